"""Working-day deadlines of the meeting cycle (England and Wales bank holidays).

* question deadline: a set number of working days before the meeting, at a set hour
  (the seeds: 4 working days, 5pm);
* publication: the agenda is open to the public at least ``clear_days`` clear working days
  before the meeting (Local Government Act 1972, s. 100B): neither the day of publication nor
  the day of the meeting counts.

Working days exclude Saturdays, Sundays and the bank holidays of England and Wales, from the
``holidays`` package (``GB``, subdivision ``ENG``), plus :data:`SPECIAL_DAYS`: one-off bank
holidays proclaimed at short notice, kept here so that an older ``holidays`` release that lacks
one still gives the right answer.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterable, Optional

import holidays as _holidays

# One-off bank holidays of England and Wales (proclaimed, not in the regular calendar).
SPECIAL_DAYS: dict[dt.date, str] = {
    dt.date(2011, 4, 29): "Wedding of Prince William and Catherine Middleton",
    dt.date(2012, 6, 5): "Diamond Jubilee of Elizabeth II",
    dt.date(2022, 6, 3): "Platinum Jubilee of Elizabeth II",
    dt.date(2022, 9, 19): "State Funeral of Queen Elizabeth II",
    dt.date(2023, 5, 8): "Coronation of Charles III",
}


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[dt.date]:
    days = set(_holidays.GB(subdiv="ENG", years=year).keys())
    days.update(d for d in SPECIAL_DAYS if d.year == year)
    return frozenset(days)


def is_working_day(day: dt.date, holidays: Optional[Iterable[dt.date]] = None) -> bool:
    """Monday to Friday and not a bank holiday (``holidays`` replaces the England and Wales list)."""
    if day.weekday() >= 5:
        return False
    if holidays is None:
        return day not in _bank_holidays(day.year)
    return day not in set(holidays)


def working_days_before(day: dt.date, n: int, holidays: Optional[Iterable[dt.date]] = None) -> dt.date:
    """The working day ``n`` working days before ``day`` (``day`` itself never counts).

    >>> working_days_before(dt.date(2017, 7, 6), 4)
    datetime.date(2017, 6, 30)
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    fixed = None if holidays is None else frozenset(holidays)
    current, counted = day, 0
    while counted < n:
        current -= dt.timedelta(days=1)
        if is_working_day(current, fixed):
            counted += 1
    return current


def question_deadline(meeting_date: dt.date, days: int = 4, at: dt.time = dt.time(17, 0),
                      holidays: Optional[Iterable[dt.date]] = None) -> dt.datetime:
    """When questions from councillors or the public close: ``days`` working days before, at ``at``."""
    return dt.datetime.combine(working_days_before(meeting_date, days, holidays), at)


def publication_date(meeting_date: dt.date, clear_days: int = 5,
                     holidays: Optional[Iterable[dt.date]] = None) -> dt.date:
    """The latest working day on which the agenda can be published with ``clear_days`` clear
    working days before the meeting (the day of publication and the meeting day do not count)."""
    return working_days_before(meeting_date, clear_days + 1, holidays)


def working_days_between(first: dt.date, meeting_date: dt.date,
                         holidays: Optional[Iterable[dt.date]] = None) -> int:
    """Working days from ``first`` (counted) up to ``meeting_date`` (not counted): the "4 working
    days before the meeting" that a question deadline on ``first`` gives."""
    fixed = None if holidays is None else frozenset(holidays)
    n, day = 0, first
    while day < meeting_date:
        n += is_working_day(day, fixed)
        day += dt.timedelta(days=1)
    return n
