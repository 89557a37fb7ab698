"""An agenda pack whose papers follow the agenda without the previous minutes: the first page stamped "Agenda Item 3"
starts the item's report, which is not part of the agenda (its numbered paragraphs are not items, the next meeting
of another body in it is not the agenda's)."""
from minutebook.ingest.parse import parse_file

FRONT = """Public Document Pack

To: Members of the
HOUSING SCRUTINY PANEL

Councillor Mara Quist (Chair)
Councillor Ben Ode (Vice-Chair)
Councillor Lia Tamm

A meeting of the HOUSING SCRUTINY PANEL will be held in Room 1, Eastham Town Hall on
TUESDAY, 12 MARCH 2024 at 7.00 pm

A G E N D A

1 APOLOGIES FOR ABSENCE

2 DECLARATIONS OF INTEREST

3 TEMPORARY ACCOMMODATION REVIEW (Pages 3 - 8)

4 WORK PROGRAMME (Pages 9 - 10)

1
"""

REPORT = """Agenda Item 3
EASTHAM COUNCIL

Report to: Housing Scrutiny Panel
Date: 12 March 2024
Report of: Director of Housing
Title: Temporary Accommodation Review

1. Purpose of the report
The report sets out the findings of the review.

2. Recommendations
The Panel is asked to note the report.

3. Background
Demand rose by 20 per cent. The next meeting of the Housing Board will be held on 30 April 2024.

4. Financial implications
None.

5. Legal implications
None.

3
"""


def test_the_agenda_ends_at_the_first_stamped_page(tmp_path):
    path = tmp_path / "pack.txt"
    path.write_text(FRONT + "\f" + REPORT, encoding="utf-8")
    records = parse_file(path).records
    assert [r.kind for r in records] == ["agenda", "attachment"]
    agenda = records[0]
    assert [(i.number, i.pages) for i in agenda.agenda] == [("1", None), ("2", None), ("3", "3-8"), ("4", "9-10")]
    assert agenda.next_meeting_date is None
