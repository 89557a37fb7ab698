"""Who opened the meeting chairs it where nothing else names a chair: "The vicar, Rev Simon Kirby, welcomed
everyone to the meeting and opened the meeting with prayer." (rule opened-the-meeting); a welcome alone names
no chair."""
from minutebook.ingest.parse import parse_file

DOC = """MINUTES OF THE ANNUAL PAROCHIAL CHURCH MEETING
held in the Church on Tuesday 20th February 2018
{opening}

1. Minutes
Minutes of the 2017 APCM had been posted beforehand and were accepted and signed.

2. Reports
The reports had been posted beforehand.
"""


def chair(tmp_path, opening):
    path = tmp_path / "m.txt"
    path.write_text(DOC.format(opening=opening), encoding="utf-8")
    return parse_file(path).records[0].chair


def test_who_opened_the_meeting(tmp_path):
    assert chair(tmp_path, "The vicar, Rev Simon Kirby, welcomed everyone to the meeting and opened the meeting "
                           "with prayer.") == "Simon Kirby"


def test_a_welcome_alone(tmp_path):
    assert chair(tmp_path, "The vicar, Rev Simon Kirby, welcomed everyone to the meeting.") is None
