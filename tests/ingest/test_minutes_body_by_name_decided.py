"""A body named in full deciding in a sentence of its own ("The Housing Authority approved the warrant run for
the dates September 15, 2022 through October 1, 2022.") is a decision (rule body-decided), as "The Council
approved …" is."""
from minutebook.ingest.lines import Line, Text
from minutebook.ingest.parse import parse_text

LINES = [
    ("MINUTES OF THE REGULAR MEETING", True), ("NORWALK HOUSING AUTHORITY", True), ("OCTOBER 18, 2022", True),
    ("Chair Ramirez called the meeting to order at 5:48 p.m.", False),
    ("WARRANTS", True),
    ("The Housing Authority approved the warrant run for the dates September 15, 2022", False),
    ("through October 1, 2022.", False),
    ("ORAL COMMUNICATIONS", True),
    ("There were no persons wishing to address the Authority.", False),
]


def test_body_by_name_decided():
    text = Text(source="t.pdf", lines=[Line(t, bold=b, page=1) for t, b in LINES])
    items = parse_text(text, "t.pdf", "0" * 64).records[0].items
    assert [i.title for i in items] == ["WARRANTS", "ORAL COMMUNICATIONS"]
    assert items[0].resolutions == ["The Housing Authority approved the warrant run for the dates September 15, 2022 "
                                    "through October 1, 2022."]
    assert items[1].resolutions == []
