"""In a comma list, initials in brackets close a person's entry: "Carl Renfree, project manager, Westcountry
Homes (CR)" is one person (the initials fit the name before, not the organisation)."""
from minutebook.ingest.parsers.common import parse_people


def test_role_and_organisation_before_the_initials():
    people = parse_people("In attendance: Carl Renfree, project manager, Westcountry Homes (CR), Dee Moss (DM)")
    assert [(p.name, p.initials) for p in people] == [("Carl Renfree", "CR"), ("Dee Moss", "DM")]
    assert "Westcountry Homes" in people[0].role


def test_initials_that_fit_the_entry_make_a_person():
    people = parse_people("Present: Ann Lee, Wendy Hale (WH)")
    assert [p.name for p in people] == ["Ann Lee", "Wendy Hale"]
