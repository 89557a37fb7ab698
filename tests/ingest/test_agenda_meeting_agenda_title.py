"""A US board's agenda titled "REGULAR MEETING AGENDA" (or "Special Meeting Agenda") is an agenda, not minutes;
a lettered item of it titled "K. Minutes" (the minutes it approves) starts no minutes record."""
from minutebook.ingest.parse import parse_file


def test_regular_meeting_agenda(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text("BOARD OF WATER AND POWER COMMISSIONERS\n\nREGULAR MEETING AGENDA\nTuesday, January 25, 2022, at 10:00 A.M.\n\n"
                    "A. Roll Call\n\nB. Public Comment\n\nThe Board will hear the speakers.\n\n"
                    "K. Minutes\n\n1. Recommendation for approval of the minutes of the December 14, 2021, Regular Meeting.\n\n"
                    "N. Adjournment\n", encoding="utf-8")
    records = parse_file(path).records
    assert [r.kind for r in records] == ["agenda"]
    assert records[0].meeting.date == "2022-01-25"
