""""… and two local residents (objectors)" / "together with 3 members of the public" after the last name counts
people who are not named: it is not part of that name or role."""
from minutebook.ingest.parsers.common import parse_people


def test_counted_group_after_last_name():
    text = "Mr K Sandhu (applicant), PC A Lyle (Police Licensing Officer) and two local residents (objectors)"
    assert [p.name for p in parse_people(text)] == ["K Sandhu", "A Lyle"]
    assert [p.name for p in parse_people("D. Pickston together with 3 members of the public")] == ["D. Pickston"]
