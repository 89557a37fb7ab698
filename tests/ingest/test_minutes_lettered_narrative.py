"""Lettered paragraphs that run on into narrative ("a. Pay Committee. The Pay Committee is meeting …", a lettered
line continued on the next) are the minute's text, not sub-items; a lettered title on its own line is one."""
from minutebook.ingest.parse import parse_file

HEAD = "Finance Committee\nMinutes of the meeting held on 23 November 2020\n\n"


def test_lettered_paragraphs_are_text(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(HEAD + """1. Personnel

a. Pay Committee. The Pay Committee is meeting on 24 November
2020 and the feedback will be given to the board.

b. Dave Lee (Deputy Head) and Heather Poustie (Head)
have both attended training.

c. The Safeguarding Leaflet has been updated to reflect the changes

2. Premises

No repairs are needed.
""", encoding="utf-8")
    record = parse_file(path).records[0]
    assert [i.number for i in record.items] == ["1", "2"]
    assert "Pay Committee is meeting" in record.items[0].text


def test_lettered_titles_are_sub_items(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(HEAD + """1. Reports

a) Finance Sub-Committee

The sub-committee met in October.

b) Premises Sub-Committee

The roof was inspected.

2. Close
""", encoding="utf-8")
    record = parse_file(path).records[0]
    assert [i.number for i in record.items] == ["1", "1a", "1b", "2"]
