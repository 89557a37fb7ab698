"""US minutes close with "Mayor X adjourned the meeting at 7:18 p.m.": that is the meeting's end."""
from minutebook.ingest.parsers.common import end_time


def test_adjourned_the_meeting_at():
    assert end_time("There being no further business, Mayor Gaitan adjourned the meeting at 7:18 p.m.") == "19:18"
    assert end_time("The Chair closed the meeting at 8.05 pm.") == "20:05"
