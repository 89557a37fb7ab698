"""Victims' Code working-day deadlines, on the meeting cycle's working days (England and Wales bank holidays).

* information about restorative justice: within 5 working days of the crime being reported to the police,
  1 working day for a victim with enhanced rights;
* a referral passed to the service: within 2 working days of the victim asking;
* first contact: within the service's own target (``first_contact_working_days`` in its configuration).

A deadline ``n`` working days after a day is the ``n``-th working day after it (the day itself never counts).
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from minutebook.cycle.deadlines import is_working_day

INFORMATION_DAYS, INFORMATION_DAYS_ENHANCED = 5, 1
REFERRAL_DAYS = 2


def working_days_after(day: dt.date, n: int, holidays: Optional[Iterable[dt.date]] = None) -> dt.date:
    """The working day ``n`` working days after ``day``.

    >>> working_days_after(dt.date(2017, 12, 22), 2)     # Friday; Christmas Day and Boxing Day are bank holidays
    datetime.date(2017, 12, 28)
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    fixed = None if holidays is None else frozenset(holidays)
    current, counted = day, 0
    while counted < n:
        current += dt.timedelta(days=1)
        if is_working_day(current, fixed):
            counted += 1
    return current


def information_due(reported: dt.date, enhanced_rights: bool) -> dt.date:
    return working_days_after(reported, INFORMATION_DAYS_ENHANCED if enhanced_rights else INFORMATION_DAYS)


def referral_due(asked: dt.date) -> dt.date:
    return working_days_after(asked, REFERRAL_DAYS)


def first_contact_due(allocated: dt.date, target_days: int) -> dt.date:
    return working_days_after(allocated, target_days)
