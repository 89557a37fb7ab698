"""Time from referral to first contact: the median in days and in working days (weekends and the England and
Wales bank holidays left out, counted as the deadlines count them), over all cases and by spoke."""
import datetime as dt

from minutebook.hub.rules import deadlines as D
from minutebook.hub.rules import outcomes as O


def test_working_days_agree_with_the_deadlines_over_christmas():
    days = O.WorkingDays(dt.date(2017, 12, 1), dt.date(2018, 1, 31))
    pairs = [(dt.date(2017, 12, 22), dt.date(2017, 12, 27)), (dt.date(2017, 12, 22), dt.date(2018, 1, 2)),
             (dt.date(2017, 12, 29), dt.date(2018, 1, 1)), (dt.date(2018, 1, 8), dt.date(2018, 1, 8)),
             (dt.date(2018, 1, 5), dt.date(2018, 1, 8))]
    for start, end in pairs:
        assert days.between(start, end) == D.working_days_late(start, end), (start, end)
    assert days.between(dt.date(2017, 12, 22), dt.date(2017, 12, 27)) == 1      # Fri to Wed, 25 and 26 off


def test_weighted_median_takes_the_middle_of_an_even_count():
    assert O.median([(1, 1), (3, 1)]) == 2
    assert O.median([(1, 2), (4, 1), (10, 1)]) == 2.5
    assert O.median([(7, 5)]) == 7
    assert O.median([]) is None


def test_the_median_days_and_working_days_to_first_contact():
    friday = dt.date(2017, 12, 22)
    contacts = [O.Contact(friday, dt.date(2017, 12, 27), "South East", n=3),        # 5 days, 1 working day
                O.Contact(dt.date(2018, 1, 8), dt.date(2018, 1, 12), "South East", n=2),   # 4 days, 4 working days
                O.Contact(dt.date(2018, 1, 8), dt.date(2018, 1, 22), "North West", n=5)]   # 14 days, 10
    shown = O.first_contact(contacts)
    assert shown == {"cases": 10, "median_days": 9.5, "median_working_days": 7}
    report = O.report([], contacts, [], O.Vocabulary(spokes=("North West", "South East")))
    assert report["first_contact"]["by_spoke"]["North West"] == {"cases": 5, "median_days": 14,
                                                                 "median_working_days": 10}
    assert report["first_contact"]["by_spoke"]["South East"] == {"cases": 5, "median_days": 5,
                                                                 "median_working_days": 1}
