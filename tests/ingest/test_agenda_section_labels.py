"""US agendas: unnumbered section labels in capitals ("CALL TO ORDER: 6:30 p.m.", "CONSENT CALENDAR",
"ADJOURNMENT") are items numbered "", the numbered items under them keep their numbers, and a capitals title
before " - " is the title ("1. MEETING MINUTES - Staff recommends …"). Notice paragraphs above the items, whose
labels stand far apart, are not items; neither are the lines of a paragraph that runs on ("… JOIN THE ZOOM
MEETING BY" / "CALLING: …"). Members printed "Name, Office" one a line are the membership, the Chair first."""
from minutebook.ingest.parse import parse_file

DOC = """AGENDA
HOUSING AUTHORITY
NOVEMBER 15, 2022
REGULAR MEETING
5:45 P.M.

Rick Ramirez, Chair
Ana Valencia, Vice Chair
Tony Ayala, Commissioner
Jennifer Perez, Commissioner

PUBLIC PARTICIPATION OPTIONS: The public may join this meeting virtually or attend in person at the hall, or
send an email to the clerk. TO COMMENT, JOIN THE ZOOM MEETING BY
CALLING: (669) 900-6833.

CALL TO ORDER: 5:45 p.m.
ROLL CALL:
CONSENT CALENDAR
1. MEETING MINUTES - Staff recommends the Housing Authority approve the minutes of the regular
meeting of October 18, 2022, as submitted.
2. WARRANTS - Staff recommends the Housing Authority approve the warrant runs.
ORAL COMMUNICATIONS
ADJOURNMENT
"""


def test_section_labels_are_items(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(DOC, encoding="utf-8")
    doc = parse_file(path)
    agenda = doc.records[0]
    assert [r.kind for r in doc.records] == ["agenda"]
    assert [(i.number, i.title) for i in agenda.agenda] == [
        ("", "CALL TO ORDER"), ("", "ROLL CALL"), ("", "CONSENT CALENDAR"), ("1", "MEETING MINUTES"),
        ("2", "WARRANTS"), ("", "ORAL COMMUNICATIONS"), ("", "ADJOURNMENT")]
    assert [m.name for m in agenda.members] == ["Rick Ramirez", "Ana Valencia", "Tony Ayala", "Jennifer Perez"]
    assert (agenda.chair, agenda.vice_chair) == ("Rick Ramirez", "Ana Valencia")
