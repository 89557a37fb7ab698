"""The deadline for questions, however the front sheet words it: "Deadline for questions: 12 noon, Wednesday,
5 March 2025.", "… received by 5.00pm on 30th June 2017", "… no later than midday on …", "… by midnight on …"."""
import pytest

from minutebook.ingest.parse import parse_file

FRONT = """Westmere District Council

LICENSING COMMITTEE

Date: Tuesday, 11 March 2025
Time: 6.30 pm
Venue: Council Chamber, Westmere

{line}

AGENDA

1. Apologies for Absence

2. Public Questions
"""


@pytest.mark.parametrize("line, deadline", [
    ("Deadline for questions: 12 noon, Wednesday, 5 March 2025.", "2025-03-05T12:00"),
    ("Questions from the public should therefore be received by 5.00pm on 4th March 2025.", "2025-03-04T17:00"),
    ("Written questions must reach the clerk no later than midday on Thursday 6 March 2025.", "2025-03-06T12:00"),
    ("Questions must be submitted by midnight on 6 March 2025.", "2025-03-06T23:59"),
    ("The deadline for receipt of questions is 10.00 am on Friday 7 March 2025.", "2025-03-07T10:00"),
])
def test_question_deadline(tmp_path, line, deadline):
    path = tmp_path / "front.txt"
    path.write_text(FRONT.format(line=line), encoding="utf-8")
    (rec,) = parse_file(path).records
    assert rec.question_deadline == deadline


def test_no_deadline_stated(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT.format(line="Members of the public are welcome to attend."), encoding="utf-8")
    (rec,) = parse_file(path).records
    assert rec.question_deadline is None


def test_a_deadline_without_its_year_comes_before_the_meeting(tmp_path):
    text = FRONT.format(line="Questions must be received by 5.00 pm on Friday 29 December.").replace(
        "Tuesday, 11 March 2025", "Tuesday, 9 January 2024")
    path = tmp_path / "front.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert rec.meeting.date == "2024-01-09"
    assert rec.question_deadline == "2023-12-29T17:00"
