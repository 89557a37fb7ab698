"""Board attendance cells "Name (XX) - Role, Organisation (representing Y)" / "…, deputising for Y": the person is
present as Y's substitute; "representing" names a person only where that person sent apologies (otherwise it is
the organisation represented)."""
from minutebook.ingest.parse import parse_file

DOC = """Eastwold Safeguarding Adults Board
Minutes of the meeting held on Wednesday 10 April 2024, 10:00 - 12:00

Present:
Jane Orme (JO) - Independent Chair
Tom Rigg (TR) - Safeguarding Lead, Eastwold ICB (representing Ann Vickers)
DI Paul Shaw (PS) - Eastwold Police, deputising for Det Supt Kim Hale
Ruth Ings (RI) - Manager (representing Eastwold Carers)

Apologies:
Ann Vickers - Director of Nursing, Eastwold ICB
Det Supt Kim Hale - Eastwold Police

1. Welcome
JO welcomed members.

2. Date of next meeting
Wednesday 10 July 2024.
"""


def test_representing_and_deputising(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["Jane Orme", "Tom Rigg", "Paul Shaw", "Ruth Ings"]
    subs = {a.name: a.substitute for a in record.apologies}
    assert subs == {"Ann Vickers": "Tom Rigg", "Kim Hale": "Paul Shaw"}
