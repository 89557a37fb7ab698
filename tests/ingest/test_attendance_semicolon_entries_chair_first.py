"""Entries parted by semicolons, each "Name, role or organisation (XX)", are one person each, also where the
chair stands first without a role: "Cllr X (Chair) (XX); Dr Y, Director of Public Health (DK); Z, Voluntary
Action (RT)"."""
from minutebook.ingest.parsers.common import parse_people


def test_semicolon_entries_with_the_chair_first():
    people = parse_people("Present: Cllr Hazel Quarmby (Chair) (HQ); Dr Dominic Kettering, Director of Public Health (DK); "
                          "Ruth Tamworth, Penmoor Voluntary Action (RT); Fiona Ashgrove, Adult Social Care (FA)")
    assert [p.name for p in people] == ["Hazel Quarmby", "Dominic Kettering", "Ruth Tamworth", "Fiona Ashgrove"]
