"""A ModernGov front sheet: member names with their authority in a second column up to "Dear Councillor" (an
"Independent Co-opted Member" column is a role, not a person), a page range wrapped over two lines
("(Pages 11" / "- 40)"), a title that starts with a number ("5. 101 Non-Emergency Service …") wrapped onto a
second line, explanatory text under an item that is not part of its title, and "DATES OF FUTURE MEETINGS"
followed by bare dates (the first is the next meeting)."""
from minutebook.ingest.parse import parse_file

FRONT = """Public Document Pack

To: Members of the Police and Crime Panel

Councillor Imogen Hartley (Chairman)          Westbury District Council
Councillor Samuel Ord (Vice-Chairman)         Ashby Borough Council
Councillor Fiona Llewellyn                    Carnford City Council
Mrs Delia Fanshawe                            Independent Co-opted Member
Mr Kwame Asante                               Independent Co-opted Member

Dear Councillor

A meeting of the Police and Crime Panel will be held at Committee Room A, Shire Hall,
Carnford on Friday 21 November 2025 at 10.30 am.

Yours sincerely
Jonathan Pryce
Head of Democratic Services

Contact for this Agenda: Rosa Tindall
Tel: 01632 444 101  E-mail: rosa.tindall@carnford.gov.uk

Date of despatch: Thursday 13 November 2025

A G E N D A

1. Apologies for Absence

2. Declarations of Interest
Members are asked to declare any interests in items on the agenda.

3. Minutes of the Meeting held on 19 September 2025 (Pages 1 - 10)

4. Strategic Assessment 2025: Emerging Priorities for the Commissioner and the Force (Pages 11
- 40)

5. 101 Non-Emergency Service Performance and the Commissioner's Response to the Inspection
Report (Pages 41 - 56)
The Panel is asked to review the report and make recommendations.

6. DATES OF FUTURE MEETINGS
Friday 6 February 2026
Friday 20 March 2026
"""


def test_moderngov_front_sheet(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [m.name for m in rec.members] == ["Imogen Hartley", "Samuel Ord", "Fiona Llewellyn", "Delia Fanshawe",
                                             "Kwame Asante"]
    assert (rec.chair, rec.vice_chair) == ("Imogen Hartley", "Samuel Ord")
    assert (rec.meeting.date, rec.meeting.start, rec.meeting.venue) == ("2025-11-21", "10:30", "Committee Room A, Shire Hall, Carnford")
    assert rec.published == "2025-11-13"
    assert rec.contact.name == "Rosa Tindall" and rec.contact.email == "rosa.tindall@carnford.gov.uk"
    assert [(i.number, i.title, i.pages) for i in rec.agenda] == [
        ("1", "Apologies for Absence", None),
        ("2", "Declarations of Interest", None),
        ("3", "Minutes of the Meeting held on 19 September 2025", "1-10"),
        ("4", "Strategic Assessment 2025: Emerging Priorities for the Commissioner and the Force", "11-40"),
        ("5", "101 Non-Emergency Service Performance and the Commissioner's Response to the Inspection Report", "41-56"),
        ("6", "DATES OF FUTURE MEETINGS", None),
    ]
    assert rec.next_meeting_date == "2026-02-06"
