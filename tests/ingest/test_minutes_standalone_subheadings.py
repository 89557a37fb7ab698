"""Under numbered minutes set as headings, a short plain line in title case standing on its own, over a paragraph
or bullets ("Landscaping", "Sports pitches", "EV Charging Point"), heads part of the minute: an unnumbered item
of its own (rule standalone-subheading). A signature line or a short line over another short line is none."""
from minutebook.ingest.lines import Line, Text
from minutebook.ingest.parse import parse_text

LINES = [
    ("Residents' Association and Portal meeting", False), ("Minutes of the meeting held on 12 September 2023", False),
    ("", False), ("Those present: Ian McMath, George Martin, Lee Barnett", False), ("", False),
    ("1. APOLOGIES & INTRODUCTIONS", True), ("", False), ("David Attridge sent his apology.", False), ("", False),
    ("2. DISCUSSION", True), ("", False),
    ("Landscaping", False), ("", False),
    ("Mears have appointed Nurture Landscapes for the grounds from September.", False), ("", False),
    ("Sports pitches", False), ("", False),
    ("IM asked if other sports pitches are available outside of the estate.", False), ("", False),
    ("3. MATTERS ARISING", True), ("", False),
    ("EV Charging Point", False), ("", False),
    ("There was discussion about the cost of charging in the basement car park.", False), ("", False),
    ("4. NEXT MEETING", True), ("", False), ("To be arranged.", False), ("", False),
    ("Chairman", False), ("", False), ("Signed", False),
]


def test_standalone_subheadings():
    text = Text(source="t.pdf", lines=[Line(t, bold=b, page=1) for t, b in LINES])
    items = parse_text(text, "t.pdf", "0" * 64).records[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "APOLOGIES & INTRODUCTIONS"), ("2", "DISCUSSION"), ("", "Landscaping"), ("", "Sports pitches"),
        ("3", "MATTERS ARISING"), ("", "EV Charging Point"), ("4", "NEXT MEETING")]
