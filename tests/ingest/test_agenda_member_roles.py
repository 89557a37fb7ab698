"""A London borough front sheet lists one member a line as "Name (Chair), role, organisation": what follows the
name is the member's role and organisation, never more members ("Yusuf Carrick, Eastcombe Youth Trust"), and
"(Chair)" after a name outranks a role that mentions a chair ("Chair of Overview and Scrutiny")."""
from minutebook.ingest.parse import parse_file

FRONT = """Public Document Pack

London Borough of Eastcombe

Contact: Priya Venkatesh
Direct line: 020 8765 4321
Email: priya.venkatesh@eastcombe.gov.uk

Date of publication: 10 June 2025

To: Members of the
SAFER EASTCOMBE PARTNERSHIP BOARD

Councillor Frances Obi, Chair of Overview and Scrutiny
Councillor Rhys Calloway (Chair), Cabinet Member for Community Safety
Chief Superintendent Laura Denholm (Vice-Chair), BCU Commander, Metropolitan Police
Gareth Mwangi, Director of Housing
Yusuf Carrick, Eastcombe Youth Trust
Penny Harcourt, Eastcombe Business Forum
Tom Ellery, London Fire Brigade

A meeting of the SAFER EASTCOMBE PARTNERSHIP BOARD will be held in Room 2.01, Eastcombe
Town Hall on WEDNESDAY, 18 JUNE 2025 at 10.00 am

A G E N D A

1 APOLOGIES FOR ABSENCE

2 MINUTES OF THE MEETING HELD ON 19 MARCH 2025 (Pages 3 - 10)
"""


def test_one_member_a_line_with_role_and_organisation(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [m.name for m in rec.members] == ["Frances Obi", "Rhys Calloway", "Laura Denholm", "Gareth Mwangi",
                                             "Yusuf Carrick", "Penny Harcourt", "Tom Ellery"]
    assert rec.chair == "Rhys Calloway"
    assert rec.vice_chair == "Laura Denholm"
    assert rec.members[4].organisation == "Eastcombe Youth Trust"
    assert rec.members[3].role == "Director of Housing"


RUNS = """To: Members of the
SAFER EASTCOMBE PARTNERSHIP BOARD

Councillor Rhys Calloway (Chair), Councillor Frances Obi, Gareth Mwangi, Crime Reduction Unit
Councillor Laura Denholm (Vice-Chair), Councillor Yusuf Carrick, Penny Harcourt, Probation Service

A meeting of the SAFER EASTCOMBE PARTNERSHIP BOARD will be held in Room 2.01, Eastcombe
Town Hall on WEDNESDAY, 18 JUNE 2025 at 10.00 am

A G E N D A

1 APOLOGIES FOR ABSENCE
"""


def test_runs_of_names_over_lines_stay_names(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(RUNS, encoding="utf-8")
    (rec,) = parse_file(path).records
    names = [m.name for m in rec.members]
    assert names[:3] == ["Rhys Calloway", "Frances Obi", "Gareth Mwangi"]
    assert "Laura Denholm" in names and "Yusuf Carrick" in names and "Penny Harcourt" in names
    assert (rec.chair, rec.vice_chair) == ("Rhys Calloway", "Laura Denholm")


COMMA_PARENS = """To: Members of the
SAFER EASTCOMBE PARTNERSHIP BOARD

Rhys Calloway, (Borough Police Commander) (Chairman)
Frances Obi, (Portfolio Holder for Public Protection)
Gareth Mwangi, (LBB Director of Environment)
Penny Harcourt, (Chairman)
Tom Ellery

A meeting of the SAFER EASTCOMBE PARTNERSHIP BOARD will be held in Room 2.01, Eastcombe
Town Hall on WEDNESDAY, 18 JUNE 2025 at 10.00 am

A G E N D A

1 APOLOGIES FOR ABSENCE
"""


def test_name_comma_role_in_brackets(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(COMMA_PARENS, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [m.name for m in rec.members] == ["Rhys Calloway", "Frances Obi", "Gareth Mwangi", "Penny Harcourt",
                                             "Tom Ellery"]
    assert rec.chair == "Rhys Calloway"
    assert rec.members[1].role == "Portfolio Holder for Public Protection"
