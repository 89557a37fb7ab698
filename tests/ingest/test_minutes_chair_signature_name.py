"""The signature block closing US minutes ("THERESA DEVOY, CMC" / "CLERK" / "ATTEST:" / "RICK RAMIREZ" / "CHAIR")
belongs to the minutes: it is no item and no paper after them (rule signature-block), and it gives the full name
of a chair the minutes call by surname only (rule chair-signature-name)."""
from minutebook.ingest.lines import Line, Text
from minutebook.ingest.parse import parse_text

LINES = [
    ("MINUTES OF THE REGULAR MEETING", True), ("NORWALK HOUSING AUTHORITY", True), ("OCTOBER 18, 2022", True),
    ("Chair Ramirez called the meeting to order at 5:48 p.m. Present: Commissioners Perez and Ramirez.", False),
    ("CONSENT CALENDAR", True),
    ("The Housing Authority approved the consent calendar.", False),
    ("ADJOURNMENT", True),
    ("There being no further business, the meeting was adjourned at 5:49 p.m.", False),
    ("", False), ("_______________________________", False),
    ("THERESA DEVOY, CMC", True), ("CLERK", True), ("ATTEST:", True), ("", False),
    ("_______________________________", False), ("RICK RAMIREZ", True), ("CHAIR", True),
    ("Housing Authority Agenda Report", False), ("November 15, 2022", False),
    ("TO: Honorable Housing Authority", False), ("FROM: Jesus M. Gomez, Executive Director", False),
    ("SUBJECT: Section 8 report", False),
]


def test_signature_block():
    text = Text(source="t.pdf", lines=[Line(t, bold=b, page=1) for t, b in LINES])
    minutes = parse_text(text, "t.pdf", "0" * 64).records[0]
    assert minutes.chair == "Rick Ramirez"
    assert [i.title for i in minutes.items] == ["CONSENT CALENDAR", "ADJOURNMENT"]
