"""An attendance register printed as a grid with a key to its marks ("P – Present  S – Sanctioned  A – Absent"):
each row's name and its last mark (a column per meeting of the year, those still to come empty); the chair and
the clerk from "Chaired by … Clerked by …"."""
from minutebook.ingest.parse import parse_file

DOC = """ELMWOOD SCHOOL BOARD OF GOVERNORS
Minutes of the Board of Governors held on 14 October 2019

GOVERNOR ATTENDANCE
Keith Moore   P   P
HEATHER POUSTIE   Headteacher   P
ALEX KIRKBRIDE   Parent   10/2019   S
COLIN BROWN   Co-opted   02/10/19
Chris Winfield   A

P - Present   S - Sanctioned
A - Absent   L - Late arrival

Chaired by   Keith Moore   Clerked by   Pete Osborne

1. Apologies

Apologies were received from Alex Kirkbride.
"""


def test_register_marks(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = parse_file(path).records[0]
    assert [p.name for p in record.present] == ["Keith Moore", "Heather Poustie"]
    assert [a.name for a in record.apologies] == ["Alex Kirkbride"]
    assert record.chair == "Keith Moore"
    assert [p.name for p in record.also_present] == ["Pete Osborne"]
