"""Irish JPC attendance: capitals under group labels, and members listed as "In attendance"."""
from minutebook.ingest.parse import parse_file

CAPITALS = """COMHAIRLE CHONTAE BHAILE THEAS
BALLYTEE COUNTY COUNCIL
MINUTES OF MEETING OF THE BALLYTEE JOINT POLICING COMMITTEE HELD IN THE COUNCIL CHAMBER ON MONDAY 9th OCTOBER, 2023 AT 2.00 P.M.
PRESENT:
MEMBERS OF BALLYTEE COUNTY COUNCIL
COUNCILLORS NIAMH CORKERY (CATHAOIRLEACH), RÓNÁN DE BÚRCA AND TADHG O'SHEA.
OIREACHTAS MEMBERS
DEPUTY GRÁINNE FAHY T.D.
GARDA REPRESENTATIVES
CHIEF SUPERINTENDENT PÁDRAIG LYNAM AND SERGEANT UNA MOLONEY.
OFFICIALS BALLYTEE COUNTY COUNCIL
MR. CORMAC DALY, DIRECTOR OF SERVICES.
APOLOGIES
COUNCILLOR ÁINE SHEEHY. SENATOR LIAM RYND.

1. To agree minutes of meeting held on Monday 12th June, 2023.
It was proposed by Cllr. Tadhg O'Shea, seconded by Cllr. Rónán de Búrca and agreed to adopt the minutes.
"""

REVERSED = """Report of the Ballytee Joint Policing Committee Meeting held 10am on Friday 1st December 2023

In attendance: Cllr. Eimear Nolan (Chair), Cllr. Seán Ó Dálaigh, Cllr Ita Brophy, Deputy
Ronan Kehoe T.D., Brid Tully (PPN), Chief Superintendent Fergal Hoey

Apologies: Cllr. Dara Quinlan

Present: Inspector Maeve Coakley, Colm Redmond (Director of Services), Sorcha Lally (Administrative Officer)

1. Report of Meeting held on the 8th September 2023
The report was circulated and noted.
"""


def minutes(tmp_path, text):
    path = tmp_path / "jpc.txt"
    path.write_text(text, encoding="utf-8")
    return next(r for r in parse_file(path).records if r.kind == "minutes")


def test_capitals_under_group_labels(tmp_path):
    record = minutes(tmp_path, CAPITALS)
    assert [p.name for p in record.present] == ["Niamh Corkery", "Rónán De Búrca", "Tadhg O'Shea", "Gráinne Fahy"]
    assert [p.name for p in record.also_present] == ["Pádraig Lynam", "Una Moloney", "Cormac Daly"]
    assert [a.name for a in record.apologies] == ["Áine Sheehy", "Liam Rynd"]
    assert record.chair == "Niamh Corkery"


def test_members_listed_in_attendance_are_members(tmp_path):
    record = minutes(tmp_path, REVERSED)
    assert [p.name for p in record.present] == ["Eimear Nolan", "Seán Ó Dálaigh", "Ita Brophy", "Ronan Kehoe", "Brid Tully"]
    assert sorted(p.name for p in record.also_present) == ["Colm Redmond", "Fergal Hoey", "Maeve Coakley", "Sorcha Lally"]
    assert record.chair == "Eimear Nolan"


MIXED_CASE = """Minutes of the meeting of the Ballytee Joint Policing Committee held on Monday 9th October 2023 at 2.00 p.m.

Present:
Members of Ballytee County Council:
Cllr Niamh Corkery (Cathaoirleach), Cllr Tadhg O'Shea, Cllr Ita Brophy
Oireachtas Members:
Deputy Gráinne Fahy T.D.
Garda Representatives:
Chief Superintendent Pádraig Lynam, Sergeant Una Moloney
Officials in attendance:
Mr. Cormac Daly, Director of Services
Apologies:
Cllr Áine Sheehy

1. Minutes
The minutes were agreed.
"""


def test_group_labels_in_mixed_case_with_colons(tmp_path):
    record = minutes(tmp_path, MIXED_CASE)
    assert [p.name for p in record.present] == ["Niamh Corkery", "Tadhg O'Shea", "Ita Brophy", "Gráinne Fahy"]
    assert [p.name for p in record.also_present] == ["Pádraig Lynam", "Una Moloney", "Cormac Daly"]
    assert record.chair == "Niamh Corkery"


def test_cathaoirleach_labels(tmp_path):
    record = minutes(tmp_path, """Minutes of the meeting of the Ballytee Joint Policing Committee held on Monday 9th October 2023 at 2.00 p.m.

Cathaoirleach: Cllr Niamh Corkery
Leas-Chathaoirleach: Cllr Tadhg O'Shea
Present: Cllr Ita Brophy, Deputy Gráinne Fahy T.D.
In attendance: Chief Superintendent Pádraig Lynam, Mr. Cormac Daly, Director of Services

1. Minutes
The minutes were agreed.
""")
    assert record.chair == "Niamh Corkery"
    assert [p.name for p in record.present] == ["Niamh Corkery", "Tadhg O'Shea", "Ita Brophy", "Gráinne Fahy"]
