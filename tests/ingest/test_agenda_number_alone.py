"""Agenda items printed with the number alone on its line ("2.") and the title on the next, explanatory text under
the title and "Pages 3 - 10" on a line of its own. An item titled "Minutes of the Meeting held on …" is an agenda
item, not the start of a minutes record, and the next meeting stated inside the last item is the agenda's."""
from minutebook.ingest.parse import parse_file

FRONT = """Dunmoor Borough Council

HOUSING AND COMMUNITIES SCRUTINY PANEL

Date: Wednesday, 12th March, 2025
Time: 7.00 pm
Venue: Council Chamber, Dunmoor House

AGENDA

1.
Apologies for Absence
To receive apologies.

2.
Minutes of the Meeting held on 15 January 2025
To confirm the minutes as a correct record.
Pages 3 - 10

3.
Temporary Accommodation: Progress Report
Report of the Head of Housing Needs.
Pages 11 - 30

4.
Rough Sleeping Winter Provision and the Severe Weather Emergency Protocol Across the
District
Pages 31 - 34

5.
Date of Next Meeting
The next meeting of the Panel will be held on Wednesday, 23rd April, 2025 at 7.00 pm.
"""


def test_numbers_alone_on_their_line(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT, encoding="utf-8")
    records = parse_file(path).records
    assert [r.kind for r in records] == ["agenda"]
    rec = records[0]
    assert [(i.number, i.title, i.pages) for i in rec.agenda] == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes of the Meeting held on 15 January 2025", "3-10"),
        ("3", "Temporary Accommodation: Progress Report", "11-30"),
        ("4", "Rough Sleeping Winter Provision and the Severe Weather Emergency Protocol Across the District", "31-34"),
        ("5", "Date of Next Meeting", None),
    ]
    assert rec.next_meeting_date == "2025-04-23"


EXPLAINED = """HOUSING AND COMMUNITIES SCRUTINY PANEL

Date: Wednesday, 12th March, 2025
Time: 7.00 pm

AGENDA

1.
Winter Pressures: Hospital Discharge and Intermediate Care Across the District
Joint report of the Integrated Care Board and the Director of Adult Social Services.
Pages 3 - 10

2.
Rough Sleeping Winter Provision and the Severe Weather Emergency Protocol Across the
District
To consider the annual review.
"""


def test_text_under_a_long_title_is_not_title(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(EXPLAINED, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [(i.number, i.title, i.pages) for i in rec.agenda] == [
        ("1", "Winter Pressures: Hospital Discharge and Intermediate Care Across the District", "3-10"),
        ("2", "Rough Sleeping Winter Provision and the Severe Weather Emergency Protocol Across the District", None),
    ]
