"""The meeting from the notice sentence, whichever order it gives the venue, the date and the time."""
import pytest

from minutebook.ingest.parse import parse_file

FRONT = """EASTHAM COUNCIL

To: Members of the Cabinet

Councillor Jo Bell (Chair)
Councillor Al Tate

{sentence}

AGENDA

1. Apologies for Absence

2. Minutes (Pages 1 - 4)
"""


@pytest.mark.parametrize("sentence, venue", [
    ("A meeting of the Cabinet will be held on Tuesday, 5 March 2024 at 7.00 pm in Committee Room 1, Town Hall, "
     "Eastham.", "Committee Room 1, Town Hall, Eastham"),
    ("A meeting of the Cabinet will be held at 7.00 pm on Tuesday 5 March 2024 in the Council Chamber, Civic Centre, "
     "Eastham.", "Council Chamber, Civic Centre, Eastham"),
    ("NOTICE IS HEREBY GIVEN that a meeting of the Cabinet will be held in the Council Chamber, Civic Centre, Eastham "
     "on Tuesday 5 March 2024 at 7.00 pm.", "Council Chamber, Civic Centre, Eastham"),
    ("A meeting of the Cabinet will take place at the Civic Centre, Eastham, on Tuesday 5 March 2024 commencing at "
     "7.00 pm", "Civic Centre, Eastham"),
    ("A meeting of the Cabinet will be held on Tuesday 5 March 2024 in Room 2, Town Hall at 7.00 pm to transact the "
     "business below.", "Room 2, Town Hall"),
])
def test_notice_sentence(tmp_path, sentence, venue):
    path = tmp_path / "front.txt"
    path.write_text(FRONT.format(sentence=sentence), encoding="utf-8")
    (rec,) = parse_file(path).records
    assert (rec.meeting.date, rec.meeting.start, rec.meeting.venue) == ("2024-03-05", "19:00", venue)


def test_meeting_labels(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text("EASTHAM COUNCIL\n\nCABINET\n\nMeeting date: Tuesday 5 March 2024\nMeeting time: 7.00 pm\n"
                    "Meeting venue: Council Chamber, Eastham Town Hall\n\nAGENDA\n\n1. Apologies\n\n"
                    "2. Minutes (Pages 1 - 4)\n", encoding="utf-8")
    (rec,) = parse_file(path).records
    assert (rec.meeting.date, rec.meeting.start, rec.meeting.venue) == ("2024-03-05", "19:00",
                                                                        "Council Chamber, Eastham Town Hall")


def test_a_venue_label_wrapped_onto_the_next_line(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text("EASTHAM COUNCIL\n\nCABINET\n\nDate: Tuesday 5 March 2024\nTime: 7.00 pm\n"
                    "Venue: Committee Room 1, County Offices, Newland Street,\nEastham EA1 2BC\n\nAGENDA\n\n"
                    "1. Apologies\n\n2. Minutes (Pages 1 - 4)\n", encoding="utf-8")
    (rec,) = parse_file(path).records
    assert rec.meeting.venue == "Committee Room 1, County Offices, Newland Street, Eastham EA1 2BC"
