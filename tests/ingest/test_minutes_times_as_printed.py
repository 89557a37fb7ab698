"""Meeting times as clerks write them: a 24-hour clock in four digits after words that say the meeting began or
ended ("commenced at 1835", "closed at 2015"), and an end time without am/pm read in the half of the day after the
start ("held … at 7.00pm" … "the meeting closed at 8.16" is 20:16). A year is never read as a time."""
from minutebook.ingest.parse import parse_file


def record(tmp_path, text):
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path).records[0]


def test_four_digit_clock(tmp_path):
    r = record(tmp_path, "Board of Governors\nMinutes of the meeting held on 23 November 2020\n\n1. Welcome\n\n"
                         "The meeting commenced at 1835.\n\n2. Close\n\nThe meeting closed at 2015\n")
    assert (r.meeting.start, r.meeting.end) == ("18:35", "20:15")


def test_end_without_am_pm_after_an_evening_start(tmp_path):
    r = record(tmp_path, "Minutes of a meeting of the above Council held on Monday 24th June 2019 at 7.00pm.\n\n"
                         "2709. Police Report: Attached.\n\n2710. Date of next meeting: July 29th.\n\n"
                         "There being no further business the meeting closed at 8.16.\n")
    assert (r.meeting.start, r.meeting.end) == ("19:00", "20:16")


def test_a_year_is_not_a_time(tmp_path):
    r = record(tmp_path, "Minutes of the meeting held on 5 May 2015 at 7pm\n\n1. Plans\n\n"
                         "The consultation closed at 2015 levels of funding.\n")
    assert r.meeting.end is None
