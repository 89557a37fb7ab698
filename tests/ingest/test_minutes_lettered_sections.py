"""US minutes numbered by letters: "A. CALL TO ORDER" sections in capitals and "D-1. Ordinance …" items under
them are minutes; a paragraph opening with an initial ("A. Smith reported …") is not."""
from minutebook.ingest.parse import parse_file

DOC = """CITY OF GULLPORT
CITY COMMISSION REGULAR MEETING MINUTES
Monday, March 4, 2024 - 5:30 p.m.

Commissioners present: Mayor Ray Dunn, Commissioner Ivy Hale
Staff present: City Clerk Mo Reyes

A. CALL TO ORDER
Mayor Dunn called the meeting to order at 5:30 p.m.

B. PUBLIC HEARINGS
B-1. Ordinance No. 2024-03 - Rezoning of 12 Bay Drive
A. Smith spoke in favor of the rezoning.

C. ADJOURNMENT
The meeting adjourned at 6:10 p.m.
"""


def test_lettered_sections_and_items(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [i.number for i in record.items] == ["A", "B", "B-1", "C"]
    assert record.items[2].title.startswith("Ordinance No. 2024-03")
