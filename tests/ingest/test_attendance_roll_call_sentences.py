"""A US roll call written as sentences at the head of the minutes: "Responding to roll call were Commissioners
Perez, Vice Chair Valencia, and Chair Ramirez in person. Commissioners Davis and Hernandez participated via
videoconference." lists those present, "Also participating were …; and …, Clerk." those also present (rule
roll-call-sentence); "Chair Ramirez called the meeting to order" and "… were absent." are sentences, not labels
(rule label-not-sentence)."""
from minutebook.ingest.parse import parse_file

DOC = """MINUTES OF THE REGULAR MEETING
NORWALK HOUSING AUTHORITY
OCTOBER 18, 2022
Chair Ramirez called the hybrid meeting to order at 5:48 p.m. in the Council Chambers,
Norwalk City Hall, Norwalk, California and via videoconference. Responding to roll call were Commissioners
Perez, Vice Chair Valencia, and Chair Ramirez in person. Commissioners Davis and
Hernandez participated via videoconference. Commissioner Ayala and Rios were
absent. Also participating were Jesus M. Gomez, Executive Director; and Theresa Devoy, Clerk.

CONSENT CALENDAR
Commissioner Perez moved and Chair Ramirez seconded to approve the consent calendar as recommended.
"""


def test_roll_call_sentences(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = parse_file(path).records[0]
    assert [p.name for p in record.present] == ["Perez", "Valencia", "Ramirez", "Davis", "Hernandez"]
    assert [p.name for p in record.also_present] == ["Jesus M. Gomez", "Theresa Devoy"]
    assert record.chair == "Ramirez"
