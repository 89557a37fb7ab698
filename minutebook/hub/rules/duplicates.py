"""Duplicate referrals: the same people and offence referred twice (by two agencies, or twice by one)."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Optional


def norm_name(name: str) -> str:
    """"Mrs  Jo O'Neil" → "jo oneil": no titles, accents, punctuation or case."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().casefold()
    text = re.sub(r"['’.]", "", text)
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    while words and words[0] in {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir"}:
        words = words[1:]
    return " ".join(words)


def key(victim: str, offender: str, offence_date: Optional[dt.date], offence_type: str = "") -> str:
    """The same victim, offender (where named) and date of offence give the same key."""
    return "|".join([norm_name(victim), norm_name(offender), offence_date.isoformat() if offence_date else "",
                     " ".join(re.sub(r"[^a-z0-9]+", " ", (offence_type or "").casefold()).split())])


def crime_key(reference: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", (reference or "").upper())


def is_duplicate(a: dict, b: dict) -> bool:
    """Two referrals (``victim``, ``offender``, ``offence_date``, ``offence_type``, ``crime_reference``) of the
    same matter: the same crime reference, or the same victim, offender and offence date."""
    ra, rb = crime_key(a.get("crime_reference", "")), crime_key(b.get("crime_reference", ""))
    if ra and ra == rb:
        return True
    if not norm_name(a.get("victim", "")) or not a.get("offence_date"):
        return False
    return (norm_name(a.get("victim", "")) == norm_name(b.get("victim", ""))
            and norm_name(a.get("offender", "")) == norm_name(b.get("offender", ""))
            and a.get("offence_date") == b.get("offence_date"))
