"""School governors' minutes print the meeting's agenda list under the attendance ("Agenda:" / "BM 18/2021 To
record those present" …), then the minutes themselves under the same numbers: the list is part of the minutes
record (not an agenda record of its own), and the items are the minutes further on, not the list."""
from minutebook.ingest.parse import parse_file

DOC = """OAKHILL PRIMARY SCHOOL BOARD OF GOVERNORS
Business Committee   23/11/2020

Chaired by   Olive Laing   Clerked by   Peter Oram

Agenda:

BM 18/2021   To record those present and accept apologies
BM 19/2021   To agree the Minutes of the last meeting
BM 20/2021   Finance
BM 21/2021   Premises
BM 22/2021   Matters for the next
agenda

BM 18/2021   Attendance and apologies

The meeting commenced at 1835. Apologies: None.

BM 19/2021   Minutes of the last meeting

The minutes were agreed and signed.

BM 20/2021   Finance

The budget monitors had been uploaded.

BM 21/2021   Premises

No repairs are urgent.

BM 22/2021   Matters for the next agenda

Finance and premises.
"""


def test_agenda_list_under_attendance_is_part_of_the_minutes(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(DOC, encoding="utf-8")
    records = parse_file(path).records
    assert [r.kind for r in records] == ["minutes"]
    items = records[0].items
    assert [i.number for i in items] == ["BM 18/2021", "BM 19/2021", "BM 20/2021", "BM 21/2021", "BM 22/2021"]
    assert items[0].title == "Attendance and apologies"        # the minute, not the list's line
    assert items[1].resolutions == ["The minutes were agreed and signed"] or items[1].text.startswith("The minutes")
    assert records[0].meeting.date == "2020-11-23"
