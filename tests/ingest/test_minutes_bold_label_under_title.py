"""A bold label ending in ":" under a heading ("**Members present:**" under "### 2. Roll Call") is a label over a
list, not more of the heading's title."""
from minutebook.ingest.parse import parse_file

DOC = """# Example District Council

## Minutes of the meeting of May 7, 2024

### 1. Call to Order

Chair Ann Lee called the meeting to order at 6:00 PM.

### 2. Roll Call and Quorum Determination

**Members present:**

- Ann Lee, Chair
- Bob Ray

### 3. Adjournment

The meeting was adjourned at 7:00 PM.
"""


def test_label_is_not_title(tmp_path):
    path = tmp_path / "m.md"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [i.title for i in record.items] == ["Call to Order", "Roll Call and Quorum Determination", "Adjournment"]
