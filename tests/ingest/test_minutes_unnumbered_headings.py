"""Minutes whose items are marked by typography, not numbers (web pages, Markdown, advisory groups' notes): the
headings after the attendance are the items, numbered ""; a numbered list under one of them ("Actions" / "1.
Circulate …") is that item's text, and a bold line straight under a heading is its second line, not an item."""
from minutebook.ingest.parse import parse_file

DOC = """# Spring Imaging Group Meeting

Date: 24 May 2022

### Attendance

Neal Larkman, Lisa Field, Amy Richards

### Actions

1. Circulate updated pathway [completed]
2. Establish the approach to cauda equina [new for PMs]

### Lumps and Bumps

Trusts agreed that a criteria of 1cm and above would be a good baseline.

**BRAIN-CSKUH**

**0.5mm or 0.625mm bone and soft tissue**

Need to look at the timing of contrast.
"""


def test_headings_are_the_items(tmp_path):
    path = tmp_path / "page.md"
    path.write_text(DOC, encoding="utf-8")
    record = parse_file(path).records[0]
    assert [(i.number, i.title) for i in record.items] == [("", "Actions"), ("", "Lumps and Bumps"), ("", "BRAIN-CSKUH")]
    assert [p.name for p in record.present] == ["Neal Larkman", "Lisa Field", "Amy Richards"]
    assert "Circulate updated pathway" in record.items[0].text


def test_numbered_minutes_keep_their_numbers(tmp_path):
    path = tmp_path / "m.md"
    path.write_text("# Minutes of the Group held on 3 March 2022\n\n### Attendance\n\nAnn Lee, Bo Chan\n\n"
                    "1. Welcome\n\nThe chair welcomed all.\n\n2. Finance\n\nThe report was noted.\n\n"
                    "### Any other business\n\nNone.\n", encoding="utf-8")
    record = parse_file(path).records[0]
    assert [i.number for i in record.items][:2] == ["1", "2"]
