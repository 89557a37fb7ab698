"""US agendas list the council one a line with the office before the name ("Mayor …", "Mayor Pro Tem …",
"Council Member …"): they are the members, the Mayor chairs and the Mayor Pro Tem is vice-chair; staff listed
the same way ("City Manager …") are not members. Written public comments "received by … on …" set the deadline."""
from minutebook.ingest.parse import parse_file

DOC = """CITY COUNCIL REGULAR MEETING AGENDA
Tuesday, June 4, 2024
6:00 PM

Mayor Ann Okafor
Mayor Pro Tem Ben Lindqvist
Council Member Cara Achebe
Council Member Dan Villanueva

City Manager Eve Sloane

1. CALL TO ORDER
2. PUBLIC COMMENT
Written comments must be received by the City Clerk by 12:00 p.m. on Monday, June 3, 2024.
3. ADJOURNMENT
"""


def test_members_with_office_first(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    assert [m.name for m in record.members] == ["Ann Okafor", "Ben Lindqvist", "Cara Achebe", "Dan Villanueva"]
    assert (record.chair, record.vice_chair) == ("Ann Okafor", "Ben Lindqvist")
    assert record.question_deadline == "2024-06-03T12:00"
