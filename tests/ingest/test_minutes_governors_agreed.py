"""School governors' and trustees' minutes record decisions as "Governors agreed …" / "Trustees agreed …" without an
article: the sentence is a resolution."""
from minutebook.ingest.parse import parse_file

DOC = """BROOKSIDE PRIMARY SCHOOL
Minutes of the Full Governing Board meeting held on Tuesday 12 March 2024 at 6.00 pm

Present: Amy Lord (Chair), Ben Cole (Headteacher), Cara Diaz

1. Governor visits
Governors agreed the focus of the summer visits would be mathematics in Year 4.

2. Date of next meeting
Tuesday 14 May 2024.
"""


def test_governors_agreed(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert record.items[0].resolutions == ["Governors agreed the focus of the summer visits would be mathematics in Year 4."]
