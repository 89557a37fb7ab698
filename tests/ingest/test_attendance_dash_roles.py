"""Attendance entries with a spaced dash between name and role, either way round."""
from minutebook.ingest.parsers.common import parse_people


def names(text):
    return [p.name for p in parse_people(text)]


def test_role_and_organisation_after_the_dash_are_not_names():
    people = parse_people("Nadia Quell (NQ) – Head of Public Protection, Westvale Constabulary\n"
                          "Oren Tapley (OT) – Chief Executive, Healthwatch Westvale and Brough")
    assert [p.name for p in people] == ["Nadia Quell", "Oren Tapley"]
    assert [p.initials for p in people] == ["NQ", "OT"]
    assert people[0].role.startswith("Head of Public Protection")


def test_role_first_then_the_name():
    assert names("Police and Crime Commissioner - Hester Lumb\n"
                 "Chief Executive, Office of the PCC - Amos Trindle\n"
                 "Westvale Constabulary – Insp Cara Mabey") == ["Hester Lumb", "Amos Trindle", "Cara Mabey"]


def test_dash_entries_between_semicolons():
    assert names("Lucy Amberley – Community Safety Manager; Rhys Gant – Partnership Analyst; "
                 "Tom Eddery – Democratic Services Officer") == ["Lucy Amberley", "Rhys Gant", "Tom Eddery"]


def test_independent_chair_after_the_dash_chairs():
    person = parse_people("Dame Olwen Petch (OP) – Independent Chair")[0]
    assert (person.name, person.initials) == ("Olwen Petch", "OP") and person.chair


def test_a_dash_before_a_run_of_names_keeps_every_name():
    assert names("P. Harlow - Chairman, P. Quint, D. Rusk together with 3 members of the public.") == \
        ["P. Harlow", "P. Quint", "D. Rusk"]


def test_dash_entries_between_commas():
    assert names("Ann Leigh – Harbour Council, Bob Rae – Harbour Police") == ["Ann Leigh", "Bob Rae"]
