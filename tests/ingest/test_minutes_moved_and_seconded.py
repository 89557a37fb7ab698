"""US minutes: "Commissioner Perez moved and Chair Ramirez seconded to approve the consent calendar as
recommended. MOTION CARRIED BY THE FOLLOWING ROLL CALL VOTE:" — the carried motion's substance is the decision
(rule moved-and-seconded); a motion that failed is none."""
from minutebook.ingest.lines import Line, Text
from minutebook.ingest.parse import parse_text

LINES = [
    ("MINUTES OF THE REGULAR MEETING", True), ("NORWALK HOUSING AUTHORITY", True), ("OCTOBER 18, 2022", True),
    ("Chair Ramirez called the meeting to order at 5:48 p.m.", False),
    ("CONSENT CALENDAR", True),
    ("Commissioner Perez moved and Chair Ramirez seconded to approve the consent calendar as recommended. MOTION", False),
    ("CARRIED BY THE FOLLOWING ROLL CALL VOTE:", True),
    ("AYES: Commissioners Davis, Perez and Chair Ramirez", True), ("NOES: None", True),
    ("NEW BUSINESS", True),
    ("Commissioner Davis moved and Commissioner Perez seconded to defer the report. MOTION FAILED.", False),
]


def test_moved_and_seconded():
    text = Text(source="t.pdf", lines=[Line(t, bold=b, page=1) for t, b in LINES])
    items = parse_text(text, "t.pdf", "0" * 64).records[0].items
    assert [i.title for i in items] == ["CONSENT CALENDAR", "NEW BUSINESS"]
    assert items[0].resolutions == ["to approve the consent calendar as recommended"]
    assert items[1].resolutions == []
