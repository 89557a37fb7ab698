"""Attendance printed as layout rows and wrapped runs: a row is one person even where the role holds a comma,
a table's column header closes the list, a role in brackets wrapped onto the next line stays with its name."""
from minutebook.ingest.parse import parse_file

ROWS = """                    Minutes of the Board Meeting held in Public
        Wednesday 6 March 2024, 09:30 - 12:15, Board Room, Ashgate House

Present:
Dame Lorna Pettigrew               Chair                                         LP
Dr Kofi Mensah                     Chief Executive                               KM
Cllr Ruth Ellery                   Partner Member, Ashgate County Council        RE

Apologies:
Tobias Quayle                      Partner Member, Primary Care                  TQ

In attendance:
Gemma Hartnell                     Board Secretary (minutes)                     GH

Minute No.   Item                                                                Action

ASB/24/001   Welcome and apologies
             The Chair welcomed members. Apologies were noted as above.
"""

WRAPPED = """ASHGATE COUNTY COUNCIL

Minutes of the meeting of the County Council held on Tuesday, 5 March 2024 at 10.00 am

PRESENT: Councillor P Ormerod (Chairman)

Officers: Karen Sturgis (Chief Executive), Alan Petty (Director of Finance), Nina Roddam
(Monitoring Officer) and Owen Falk (Democratic Services Manager).

Minute
No.
Subject

C.101 APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillors T Brisk and L Onions.
"""


def minutes(tmp_path, text):
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    return next(r for r in parse_file(path).records if r.kind == "minutes")


def test_layout_rows_are_one_person_each(tmp_path):
    record = minutes(tmp_path, ROWS)
    assert [p.name for p in record.present] == ["Lorna Pettigrew", "Kofi Mensah", "Ruth Ellery"]
    assert [a.name for a in record.apologies] == ["Tobias Quayle"]
    assert [p.name for p in record.also_present] == ["Gemma Hartnell"]


def test_wrapped_role_and_column_header(tmp_path):
    record = minutes(tmp_path, WRAPPED)
    assert [p.name for p in record.also_present] == ["Karen Sturgis", "Alan Petty", "Nina Roddam", "Owen Falk"]
    assert [a.name for a in record.apologies] == ["T Brisk", "L Onions"]


def test_a_cell_holding_a_role_and_a_name_is_a_second_person(tmp_path):
    record = minutes(tmp_path, """Ashgate Parish Council A.G.M. - 2nd May 2017

Present
Councillors D Roper (Chair) R Hale, S Linn and
P Moss   Clerk J Conway

17.05.1 Election of Chair
All Councillors agreed that Councillor Roper be elected Chair.
""")
    assert [p.name for p in record.present] == ["D Roper", "R Hale", "S Linn", "P Moss"]
    assert [p.name for p in record.also_present] == ["J Conway"]
