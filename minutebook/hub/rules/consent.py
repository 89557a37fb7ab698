"""Consent per person, kept apart by purpose: to take part, and to share information with a named agency.

Each record is given, refused or withdrawn on a date, with the lawful basis for processing; the latest
record for a person and purpose decides. Nothing is shared or scheduled without the consent it needs.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Optional

GIVEN, REFUSED, WITHDRAWN = "given", "refused", "withdrawn"
STATES = {GIVEN: "Given", REFUSED: "Refused", WITHDRAWN: "Withdrawn"}
TAKE_PART, SHARE = "take_part", "share"
PURPOSES = {TAKE_PART: "To take part", SHARE: "To share information with an agency"}
# UK GDPR article 6 bases, and the condition for special-category / criminal-offence data the service relies on
LAWFUL_BASES = {
    "consent": "Consent (UK GDPR article 6(1)(a))",
    "public_task": "Public task (UK GDPR article 6(1)(e))",
    "legitimate_interests": "Legitimate interests (UK GDPR article 6(1)(f))",
    "legal_obligation": "Legal obligation (UK GDPR article 6(1)(c))",
}


class ConsentError(ValueError):
    """A one-line reason something needs consent that is not given."""


@dataclass(frozen=True)
class Record:
    person: str                 # any stable key of the person (the app uses the party's id)
    purpose: str                # TAKE_PART or SHARE
    state: str
    on: dt.date
    agency: str = ""            # SHARE: the named agency
    lawful_basis: str = "consent"
    seq: int = 0                # the order records were made in, for two on the same day


def validate(record: Record, today: dt.date) -> None:
    if record.purpose not in PURPOSES:
        raise ConsentError(f"unknown purpose {record.purpose!r}")
    if record.state not in STATES:
        raise ConsentError(f"consent is given, refused or withdrawn, not {record.state!r}")
    if record.purpose == SHARE and not record.agency.strip():
        raise ConsentError("name the agency information would be shared with")
    if record.lawful_basis not in LAWFUL_BASES:
        raise ConsentError(f"unknown lawful basis {record.lawful_basis!r}")
    if record.on > today:
        raise ConsentError("the date of the consent cannot be in the future")


def current(records: Iterable[Record], person: str, purpose: str, agency: str = "") -> Optional[Record]:
    """The latest record for the person and purpose (and agency), or None: never asked."""
    key = agency.strip().casefold()
    mine = [r for r in records if r.person == person and r.purpose == purpose
            and (purpose != SHARE or r.agency.strip().casefold() == key)]
    return max(mine, key=lambda r: (r.on, r.seq)) if mine else None


def takes_part(records: Iterable[Record], person: str) -> bool:
    latest = current(list(records), person, TAKE_PART)
    return latest is not None and latest.state == GIVEN


def may_share(records: Iterable[Record], person: str, agency: str) -> bool:
    latest = current(list(records), person, SHARE, agency)
    return latest is not None and latest.state == GIVEN


def require_share(records: Iterable[Record], person: str, name: str, agency: str) -> None:
    if not may_share(records, person, agency):
        raise ConsentError(f"{name} has not consented to information being shared with {agency}")


def withdrawal_stops(record: Record) -> bool:
    """Withdrawing (or refusing) consent to take part ends the case."""
    return record.purpose == TAKE_PART and record.state in (WITHDRAWN, REFUSED)
