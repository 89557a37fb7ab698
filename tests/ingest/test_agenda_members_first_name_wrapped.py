"""A membership paragraph wrapped after a first name ("… and Fergus" / "Adeyemi (North East London ICB)"): the
name is one member, as in attendance lists."""
from minutebook.ingest.parse import parse_file

TEXT = """Testham Health and Wellbeing Board
Date: Wednesday, 6 November 2024
Time: 10.00 am
Venue: The Assembly Room, Testham Town Hall
Membership:
Councillor Tamsin Oyelaran (Chair), Dr Howard Pennicott (Vice-Chair), Megan Tolliver (Healthwatch) and Fergus
Adeyemi (North East London ICB)
Contact: Oliver Brennan, Governance Officer

AGENDA
1. Apologies for Absence
2. Minutes of the Previous Meeting
3. Any Other Business
"""


def test_first_name_at_the_line_end_joins_its_surname(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    rec = parse_file(path).records[0]
    assert [m.name for m in rec.members] == ["Tamsin Oyelaran", "Howard Pennicott", "Megan Tolliver", "Fergus Adeyemi"]
