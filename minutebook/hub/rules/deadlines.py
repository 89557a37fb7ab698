"""Victims' Code working-day deadlines, on the meeting cycle's working days (England and Wales bank holidays).

* information about restorative justice: within 5 working days of the crime being reported to the police,
  1 working day for a victim with enhanced rights;
* a referral passed to the service: within 2 working days of the victim asking;
* first contact: within the service's own target (``first_contact_working_days`` in its configuration),
  counted from the allocation of the case.

A deadline ``n`` working days after a day is the ``n``-th working day after it (the day itself never counts).

:func:`assess` says where one deadline stands on a day: met or missed once done; before that pending, near
(at most :data:`NEAR_WORKING_DAYS` working days left: due today or the next working day) or overdue (past its day).
:func:`for_referral` gives a referral's three deadlines from its dates, :func:`needs_attention` the ones a
coordinator should see.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Optional

from minutebook.cycle.deadlines import is_working_day

INFORMATION_DAYS, INFORMATION_DAYS_ENHANCED = 5, 1
REFERRAL_DAYS = 2
NEAR_WORKING_DAYS = 1            # "near": due today or on the next working day

INFORMATION, REFERRAL, FIRST_CONTACT = "information", "referral", "first_contact"
KINDS = {INFORMATION: "Information about restorative justice", REFERRAL: "Referral passed to the service",
         FIRST_CONTACT: "First contact"}

MET, MISSED, PENDING, NEAR, OVERDUE = "met", "missed", "pending", "near", "overdue"
STATES = {MET: "Met", MISSED: "Missed", PENDING: "Not yet due", NEAR: "Due soon", OVERDUE: "Overdue"}
ATTENTION = (NEAR, OVERDUE)


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


def working_days_late(due: dt.date, on: dt.date, holidays: Optional[Iterable[dt.date]] = None) -> int:
    """Working days from ``due`` (not counted) up to ``on`` (counted): 0 on or before the day.

    >>> working_days_late(dt.date(2017, 12, 22), dt.date(2017, 12, 27))   # Fri; Mon 25 and Tue 26 are holidays
    1
    """
    fixed = None if holidays is None else frozenset(holidays)
    n, day = 0, due
    while day < on:
        day += dt.timedelta(days=1)
        n += is_working_day(day, fixed)
    return n


def information_due(reported: dt.date, enhanced_rights: bool) -> dt.date:
    return working_days_after(reported, INFORMATION_DAYS_ENHANCED if enhanced_rights else INFORMATION_DAYS)


def referral_due(asked: dt.date) -> dt.date:
    return working_days_after(asked, REFERRAL_DAYS)


def first_contact_due(allocated: dt.date, target_days: int) -> dt.date:
    return working_days_after(allocated, target_days)


@dataclass(frozen=True)
class Deadline:
    kind: str
    due: dt.date
    done: Optional[dt.date]
    state: str
    late: int = 0                     # working days past the due day (when done late, or overdue today)

    @property
    def label(self) -> str:
        return KINDS[self.kind]

    @property
    def state_label(self) -> str:
        return STATES[self.state]


def assess(kind: str, due: dt.date, done: Optional[dt.date], today: dt.date,
           near_days: int = NEAR_WORKING_DAYS, holidays: Optional[Iterable[dt.date]] = None) -> Deadline:
    """Where one deadline stands on ``today``."""
    if done is not None:
        late = working_days_late(due, done, holidays)
        return Deadline(kind, due, done, MISSED if done > due else MET, late)
    if today > due:
        return Deadline(kind, due, None, OVERDUE, working_days_late(due, today, holidays))
    ahead = working_days_late(today, due, holidays)          # working days left, the due day included
    return Deadline(kind, due, None, NEAR if ahead <= near_days else PENDING)


@dataclass(frozen=True)
class Dates:
    """A referral's dates as far as the deadlines go (``None``: not known, or not yet)."""
    reported: Optional[dt.date] = None           # the crime reported to the police
    enhanced_rights: bool = False
    informed: Optional[dt.date] = None           # the victim told about restorative justice
    asked: Optional[dt.date] = None              # the victim asked to be referred
    received: Optional[dt.date] = None           # the referral reached the service
    allocated: Optional[dt.date] = None          # the case allocated to a practitioner
    first_contact: Optional[dt.date] = None
    closed: bool = False                         # closed before first contact: that deadline no longer runs


def for_referral(d: Dates, today: dt.date, first_contact_days: int, near_days: int = NEAR_WORKING_DAYS,
                 holidays: Optional[Iterable[dt.date]] = None) -> list[Deadline]:
    """The deadlines that apply: information (when the crime was reported), referral (when the victim's
    request is dated) and first contact (once allocated; not after a closure without contact)."""
    out = []
    if d.reported is not None:
        out.append(assess(INFORMATION, information_due(d.reported, d.enhanced_rights), d.informed, today,
                          near_days, holidays))
    if d.asked is not None:
        out.append(assess(REFERRAL, referral_due(d.asked), d.received, today, near_days, holidays))
    if d.allocated is not None and not (d.closed and d.first_contact is None):
        out.append(assess(FIRST_CONTACT, first_contact_due(d.allocated, first_contact_days), d.first_contact,
                          today, near_days, holidays))
    return out


def needs_attention(deadlines: Iterable[Deadline]) -> list[Deadline]:
    """The near and overdue ones, overdue first then by due day."""
    return sorted((x for x in deadlines if x.state in ATTENTION), key=lambda x: (x.state != OVERDUE, x.due, x.kind))
