"""An agenda pack whose previous minutes carry no "Minutes" title: the body's name and the date, then "PRESENT: …"
after the agenda's items start the minutes (title and date included); a membership table read as "Present:"
above the items does not."""
from minutebook.ingest.parse import parse_file

PACK = """Public Document Pack

To: Members of the
HEALTH AND WELLBEING BOARD

Councillor Anna Kerr (Chair)
Councillor Idris Vaughan (Vice-Chair)
Councillor Tomas Lind

A meeting of the HEALTH AND WELLBEING BOARD will be held at Room 4, Eastham Town Hall on
THURSDAY, 14 MARCH 2024 at 6.30 pm

A G E N D A

1 APOLOGIES FOR ABSENCE

2 MINUTES OF THE PREVIOUS MEETING (Pages 3 - 6)

3 BETTER CARE FUND (Pages 7 - 20)

4 DATE OF NEXT MEETING
Thursday 20 June 2024 at 6.30 pm.

Agenda Item 2
HEALTH AND WELLBEING BOARD

Thursday 7 December 2023 at 6.30 pm

PRESENT: Councillor Anna Kerr (Chair), Councillor Idris Vaughan (Vice-Chair) and Councillor
Tomas Lind

ALSO PRESENT: Dr Ruth Ames (Director of Public Health)

1 APOLOGIES FOR ABSENCE
There were no apologies.

2 MINUTES OF THE PREVIOUS MEETING
RESOLVED that the minutes of the meeting held on 21 September 2023 be agreed.

3 WINTER PLAN
The Board considered the winter plan.
RESOLVED that the plan be endorsed.

The meeting ended at 7.45 pm.

Chair
"""


def test_minutes_without_a_title_after_the_agenda(tmp_path):
    path = tmp_path / "pack.txt"
    path.write_text(PACK, encoding="utf-8")
    records = parse_file(path).records
    assert [(r.kind, r.meeting.date) for r in records] == [("agenda", "2024-03-14"), ("minutes", "2023-12-07")]
    agenda, minutes = records
    assert [i.title for i in agenda.agenda] == ["APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING",
                                                "BETTER CARE FUND", "DATE OF NEXT MEETING"]
    assert agenda.next_meeting_date == "2024-06-20"
    assert [p.name for p in minutes.present] == ["Anna Kerr", "Idris Vaughan", "Tomas Lind"]
    assert [i.number for i in minutes.items] == ["1", "2", "3"]
    assert minutes.pages == "3-6"
