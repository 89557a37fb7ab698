"""Welsh bilingual minutes print labels and roles in both languages, Welsh first ("Yn bresennol / Present:",
"Cynghorwyr / Councillors …", "(Cadeirydd / Chair)", "Clerc / Clerk"): the English side is read."""
from minutebook.ingest.parse import parse_file

DOC = """CYNGOR CYMUNED LLANWERN FACH
LLANWERN FACH COMMUNITY COUNCIL

Minutes of the meeting held at the Village Hall on Monday 5 February 2024 at 7.00pm

Yn bresennol / Present: Cynghorwyr / Councillors Elin Morgan (Cadeirydd / Chair), Dafydd Owen,
Bethan Hughes

Hefyd yn bresennol / Also present: Mr Gareth Lewis (Clerc / Clerk), Cynghorydd Sir / County
Councillor Menna Jones

1. Ymddiheuriadau / Apologies
Apologies were received from Councillor Iwan Roberts.

2. Dyddiad y cyfarfod nesaf / Date of next meeting
Monday 4 March 2024.
"""


def test_english_side_of_bilingual_attendance(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["Elin Morgan", "Dafydd Owen", "Bethan Hughes"]
    assert record.chair == "Elin Morgan"
    assert [p.name for p in record.also_present] == ["Gareth Lewis", "Menna Jones"]
    assert [p.name for p in record.apologies] == ["Iwan Roberts"]
