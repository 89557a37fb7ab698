"""A public-comment sign-up with two deadlines ("in person no later than 5:45 p.m. or online by 12:00 p.m. on Monday,
May 20"): the deadline is the date and the time printed with it."""
from minutebook.ingest.parsers.agenda import _deadline


def test_time_printed_with_the_date():
    text = ("To speak, sign up in person at the meeting no later than 5:45 p.m. or online by 12:00 p.m. on Monday, "
            "May 20, 2024. Written public comment may be emailed to the council.")
    assert _deadline("Public comment\n" + text, True, "2024-05-21") == "2024-05-20T12:00"


def test_single_time_before_the_date():
    text = "Written comments must be received by the City Clerk by 5:00 p.m. on Friday, May 17, 2024."
    assert _deadline(text, True, "2024-05-21") == "2024-05-17T17:00"
