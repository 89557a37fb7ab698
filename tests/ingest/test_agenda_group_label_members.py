"""Small bodies label their membership with the group's own name ("Committee: A (Chair), B (Secretary), …",
"Trustees: …"); the venue's aside "(and on Zoom …)" is not the place; an Irish letter's "A Chara," is the
salutation, not a member."""
from minutebook.ingest.parse import parse_file

DOC = """# Example Housing Co-operative

## Management Committee agenda

**When:** Tuesday 23 July 2024, 7:00pm
**Where:** Common room, 2 Mill Yard (and on Zoom - link from the secretary)

**Committee:** Ruth Adeyemi (Chair), Tom Wierzbicki (Secretary), Hana Ogunleye (Treasurer),
Colm Brady

### Agenda

1. Welcome and apologies
2. Finance
3. Any other business
"""

IRISH = """EXAMPLE COUNTY COUNCIL
To: Each Member of Example County Council
A Chara,
You are requested to attend the Monthly Meeting of Example County Council which will be held in the
Council Chamber, County Hall on Monday, 8th July 2024 at 3.00 p.m.
CLÁR / AGENDA
1. Votes of Sympathy.
2. Correspondence.
"""


def test_group_label(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    assert [m.name for m in record.members] == ["Ruth Adeyemi", "Tom Wierzbicki", "Hana Ogunleye", "Colm Brady"]
    assert record.chair == "Ruth Adeyemi"
    assert record.meeting.venue == "Common room, 2 Mill Yard"


def test_salutation_is_not_a_member(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(IRISH, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    assert record.members == []
    assert record.meeting.date == "2024-07-08"
