"""Periods run by the financial year (1 April to 31 March) and its quarters."""
import datetime as dt

import pytest

from minutebook.hub.rules import outcomes as O


def test_financial_years_and_quarters():
    today = dt.date(2018, 11, 5)
    assert O.period_of("fy2018", today)[:2] == (dt.date(2018, 4, 1), dt.date(2019, 3, 31))
    assert O.period_of("fy2018q1", today)[:2] == (dt.date(2018, 4, 1), dt.date(2018, 6, 30))
    assert O.period_of("fy2018q3", today) == (dt.date(2018, 10, 1), dt.date(2018, 12, 31),
                                              "Quarter 3 of 2018–19 (October to December 2018)")
    assert O.period_of("fy2018q4", today)[:2] == (dt.date(2019, 1, 1), dt.date(2019, 3, 31))
    assert O.period_of("all", today) == (None, None, "All time")
    with pytest.raises(ValueError):
        O.period_of("last week", today)


def test_the_choices_stop_at_quarters_not_yet_begun():
    keys = [k for k, _ in O.periods(dt.date(2018, 11, 5), years=2)]
    assert keys == ["all", "fy2018", "fy2018q1", "fy2018q2", "fy2018q3", "fy2017", "fy2017q1", "fy2017q2",
                    "fy2017q3", "fy2017q4"]
    assert O.financial_year(dt.date(2019, 3, 31)) == 2018
