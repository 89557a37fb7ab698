"""Scottish minutes list those present under "Sederunt:" (and "Committee present:" / "Governors present:" elsewhere):
the people under it are present, the chair among them."""
from minutebook.ingest.parse import parse_file

DOC = """KILBRAY COMMUNITY COUNCIL
Minute of the meeting held in Kilbray Hall on Monday 4 March 2024 at 7.00pm

Sederunt: Isla Ross (Chair), Angus Baird (Treasurer), Mairi Orr
In attendance: Cllr Neil Watt (Argyll Council)
Apologies: Fraser Dunn

1. Welcome
The Chair welcomed everyone.

2. Date of Next Meeting
Monday 1 April 2024.
"""

AGM = DOC.replace("Sederunt:", "Committee present:")


def _record(tmp_path, text):
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    return next(r for r in parse_file(path).records if r.kind == "minutes")


def test_sederunt_is_present(tmp_path):
    record = _record(tmp_path, DOC)
    assert [p.name for p in record.present] == ["Isla Ross", "Angus Baird", "Mairi Orr"]
    assert record.chair == "Isla Ross"
    assert [p.name for p in record.also_present] == ["Neil Watt"]
    assert [p.name for p in record.apologies] == ["Fraser Dunn"]


def test_committee_present_is_present(tmp_path):
    assert [p.name for p in _record(tmp_path, AGM).present] == ["Isla Ross", "Angus Baird", "Mairi Orr"]
