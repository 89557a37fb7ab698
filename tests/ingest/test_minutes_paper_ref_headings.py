"""Bold headings of a board's minutes: a dotted date under the title ("02.03.11") is no minute number (rule
dotted-date-not-number); the paper's reference before a heading ("TB(5)2 Public Data …") is no part of its title
(rule paper-ref-heading); a bold heading wrapped onto a second bold line in lower case is one heading (rule
wrapped-heading); a numbered list whose entries wrap over lines inside a section is no run of minutes (rule
list-entries-wrapped)."""
from minutebook.ingest.lines import Line, Text
from minutebook.ingest.parse import parse_text

LINES = [
    ("Transparency Board Minutes", True), ("02.03.11", True), ("", False),
    ("Minutes of the meeting held on 2 March 2011 at the Cabinet Office", True), ("", False),
    ("Present: Francis Maude (Chair), Tom Steinberg", False), ("", False),
    ("Welcome and Introductions", True), ("", False),
    ("The note of the previous meeting was agreed.", False), ("", False),
    ("TB(5)2 Public Data Corporation discussion", True), ("", False),
    ("The three aims for the corporation were outlined:", False), ("", False),
    ("1) Provide a more consistent approach towards access to and", False),
    ("accessibility of public sector information;", False),
    ("2) Create a centre of excellence driving further efficiencies in the public", False),
    ("sector; and", False),
    ("3) Facilitate or create a vehicle that can attract private investment.", False), ("", False),
    ("TB(5)3.ii Right to data and Freedom of Information presentation and", True),
    ("discussion", True), ("", False),
    ("The Board discussed the right to data.", False), ("", False),
    ("AOB", True), ("", False),
    ("There was no other business.", False),
]


def test_board_headings():
    text = Text(source="t.pdf", lines=[Line(t, bold=b) for t, b in LINES])
    items = parse_text(text, "t.pdf", "0" * 64).records[0].items
    assert [(i.number, i.title) for i in items] == [
        ("", "Welcome and Introductions"), ("", "Public Data Corporation discussion"),
        ("", "Right to data and Freedom of Information presentation and discussion"), ("", "AOB")]
