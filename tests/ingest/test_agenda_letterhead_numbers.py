"""A numbered line in the letterhead above the agenda ("1 Pier Road") is not item 1: the items follow the
"AGENDA" heading, and the front sheet above it still gives the members and the meeting."""
from minutebook.ingest.parse import parse_file

FRONT = """Democratic Services
Town Hall
1 Pier Road
Eastham EA1 2BC

To: Members of the Cabinet

Councillor Jo Bell (Chair)
Councillor Al Tate

A meeting of the Cabinet will be held at the Town Hall on Tuesday 5 March 2024 at 7.00 pm.

AGENDA

1. Apologies for Absence

2. Declarations of Interest

3. Minutes (Pages 1 - 4)
"""


def test_letterhead_numbers_are_not_items(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [(i.number, i.title) for i in rec.agenda] == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Minutes")]
    assert [m.name for m in rec.members] == ["Jo Bell", "Al Tate"]
    assert (rec.meeting.date, rec.meeting.start, rec.meeting.venue) == ("2024-03-05", "19:00", "Town Hall")
