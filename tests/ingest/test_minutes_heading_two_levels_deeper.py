"""A section heading with its first item two levels down ("10 REPORTS OF OFFICERS" then "10.1.1 …") is a heading,
even after a jump in the numbering (4.1 → 10)."""
from minutebook.ingest.parse import parse_file

DOC = """MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON 27 FEBRUARY 2024

PRESENT: Cr Ann Lee (Shire President), Cr Bob Ray

4 CONFIRMATION OF MINUTES
4.1 Ordinary Council Meeting 23 January 2024
That the minutes be confirmed.

10 REPORTS OF OFFICERS
10.1.1 Development Application DA 2023/118 - Transport Depot
The application seeks approval for a depot.
10.1.2 Road Naming Proposal
The proposal names two roads.
"""


def test_two_levels_deeper(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [i.number for i in record.items] == ["4", "4.1", "10", "10.1.1", "10.1.2"]
