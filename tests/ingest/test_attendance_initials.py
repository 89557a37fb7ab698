"""Initials printed after a name are the person's even where a role follows on the same line."""
from minutebook.ingest.parsers.common import parse_people


def test_initials_before_a_role_without_a_comma():
    people = parse_people("Ann Stroud (AS) Chair, Bob Jarvis (BJ) Director of Finance")
    assert [(p.name, p.initials) for p in people] == [("Ann Stroud", "AS"), ("Bob Jarvis", "BJ")]
    assert people[0].chair and people[1].role == "Director of Finance"


def test_initials_before_a_dash_and_a_role():
    person = parse_people("Det Supt Helen Vance (HV) – Head of Public Protection, Westvale Constabulary")[0]
    assert (person.name, person.initials) == ("Helen Vance", "HV")
