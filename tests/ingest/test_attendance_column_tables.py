"""A Present | Apologies | Absent table where each column lists its own people: the absent are neither."""
from minutebook.ingest.parse import parse_file

DOC = """# WESTVALE COMMUNITY SAFETY PARTNERSHIP

**Minutes of the meeting held on 05/02/2024 at 14:00 hrs in the Guildhall**

| Present | Apologies | Absent |
|---|---|---|
| Cllr Anwen Lusk (Chair) – Westvale District Council | Cllr Bram Oduya – Westvale District Council | Station Manager Ned Farrow – Fire and Rescue |
| Insp Coral Theaker – Westvale Police | Ida Penhale – Probation Service | |

**Minute 1 – Apologies**

Apologies were received from Cllr Oduya and Ida Penhale.

**Minute 2 – Minutes of the last meeting**

RESOLVED: That the minutes be approved as a correct record.
"""


def test_columns_give_present_and_apologies(tmp_path):
    path = tmp_path / "csp.md"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["Anwen Lusk", "Coral Theaker"]
    assert sorted(a.name for a in record.apologies) == ["Bram Oduya", "Ida Penhale"]
    assert record.chair == "Anwen Lusk"
