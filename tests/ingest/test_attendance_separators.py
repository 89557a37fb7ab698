"""Names separated by bullets, bars or spaced slashes are several people; a slash inside a role is not a separator."""
from minutebook.ingest.parsers.common import parse_people


def test_bullets_bars_and_slashes():
    for sep in (" \u2022 ", " | ", " / "):
        assert [p.name for p in parse_people(sep.join(["Ann Leigh", "Bob Rae", "Cy Dee"]))] == ["Ann Leigh", "Bob Rae", "Cy Dee"]


def test_slash_inside_a_role():
    people = parse_people("Frank Reid Councillor/Chair")
    assert [(p.name, p.role) for p in people] == [("Frank Reid", "Councillor/Chair")]
