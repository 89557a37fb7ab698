"""A roll call printed inside one of the first minutes ("2. ROLL CALL" / "Present: …" / "Absent: …" / "Also
present: …") is the attendance; US titles ("Mayor", "Council Members", "Vice Mayor") are not part of names, and
members listed as absent are neither present nor apologies."""
from minutebook.ingest.parse import parse_file

DOC = """CITY OF OAKMERE
CITY COUNCIL REGULAR MEETING MINUTES
Tuesday, June 4, 2024

1. CALL TO ORDER
Mayor Lindgren called the meeting to order at 7:00 p.m.

2. ROLL CALL
Present: Mayor Ada Lindgren, Vice Mayor Paul Okoye, Council Members Rita Adair and Sam Voss
Absent: Council Member Hal Brody
Also present: City Clerk Jo Park

3. PUBLIC COMMENT
None.
"""


def test_roll_call_inside_a_minute(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["Ada Lindgren", "Paul Okoye", "Rita Adair", "Sam Voss"]
    assert [p.name for p in record.also_present] == ["Jo Park"]
    assert record.apologies == []
    assert record.chair == "Ada Lindgren"
