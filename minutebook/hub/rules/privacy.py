"""Data protection rules of the hub (UK GDPR and the Data Protection Act 2018): the service's records of
processing and retention period, read from its configuration's ``[data_protection]`` table; when a closed
case is due for anonymising; and the redaction of other people's names from a subject-access export.

    [data_protection]
    controller = "Restore:London, for the Mayor's Office for Policing and Crime"
    contact = "dpo@hub.example.org"
    retention_years = 6                  # closed cases are anonymised this many years after closure

    [[data_protection.processing]]
    what = "Victims' and offenders' names and contact details"
    why = "To contact them about restorative justice"
    lawful_basis = "UK GDPR 6(1)(e) public task"
    condition = ""                       # special-category or criminal-offence data: the condition
    shared_with = "The referring agency (status only)"

Every problem is one line naming the entry, as in ``service.py``.
"""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass

DEFAULT_RETENTION_YEARS = 6
ANONYMISED = "[removed]"
OTHER_PERSON = "[another person]"


class PrivacyError(ValueError):
    """A one-line reason the data protection configuration cannot be used."""


@dataclass(frozen=True)
class Processing:
    what: str
    why: str
    lawful_basis: str
    condition: str = ""
    shared_with: str = ""


@dataclass(frozen=True)
class Records:
    controller: str
    contact: str
    retention_years: int
    processing: tuple[Processing, ...]


def _text(entry: dict, key: str, where: str, required: bool = True) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise PrivacyError(f"{where}: {key} must be text")
    if required and not value.strip():
        raise PrivacyError(f"{where}: {key} is missing")
    return value.strip()


def records(data: dict | str, service_name: str = "") -> Records:
    """The ``[data_protection]`` table of a loaded (or textual) configuration; defaults where it is absent."""
    if isinstance(data, str):
        try:
            data = tomllib.loads(data) if data.strip() else {}
        except tomllib.TOMLDecodeError as exc:
            raise PrivacyError(f"not valid TOML: {exc}") from None
    table = data.get("data_protection", {})
    if not isinstance(table, dict):
        raise PrivacyError("[data_protection] must be a table")
    where = "[data_protection]"
    years = table.get("retention_years", DEFAULT_RETENTION_YEARS)
    if not isinstance(years, int) or isinstance(years, bool) or years < 1:
        raise PrivacyError(f"{where}: retention_years must be a whole number of at least 1")
    rows = []
    for i, entry in enumerate(table.get("processing") or [], 1):
        if not isinstance(entry, dict):
            raise PrivacyError(f"processing {i}: must be a table")
        w = f"processing {i}"
        rows.append(Processing(_text(entry, "what", w), _text(entry, "why", w), _text(entry, "lawful_basis", w),
                               _text(entry, "condition", w, False), _text(entry, "shared_with", w, False)))
    controller = _text(table, "controller", where, False) or service_name
    return Records(controller, _text(table, "contact", where, False), years, tuple(rows))


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` years earlier (29 February gives 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def due_for_anonymising(closed: dt.date | None, today: dt.date, years: int) -> bool:
    """Closed more than ``years`` years ago (a case closed on today's date ``years`` years ago waits a day)."""
    return closed is not None and closed < years_before(today, years)


def redact(text: str, others: list[str]) -> str:
    """``text`` with every other person's name, e-mail and telephone number (and each part of a name of
    three letters or more) replaced by :data:`OTHER_PERSON`; case and spacing of the text do not matter."""
    if not text:
        return text
    terms = set()
    for value in others:
        value = (value or "").strip()
        if not value:
            continue
        terms.add(value)
        if "@" not in value and not re.search(r"\d", value):
            terms.update(part for part in re.split(r"[\s,]+", value) if len(part) >= 3)
    for term in sorted(terms, key=len, reverse=True):
        if re.search(r"\d", term) and "@" not in term:        # a phone number, however it is spaced
            digits = re.sub(r"\D", "", term)
            pattern = r"\D{0,2}".join(re.escape(d) for d in digits)
            text = re.sub(pattern, OTHER_PERSON, text)
        else:
            text = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", OTHER_PERSON, text, flags=re.IGNORECASE)
    return text


def report(rec: Records, service_name: str) -> str:
    """The records of processing (UK GDPR article 30) as plain text, for ``minutebook hub records-of-processing``."""
    lines = [f"Records of processing: {service_name}", f"Controller: {rec.controller}"]
    if rec.contact:
        lines.append(f"Contact: {rec.contact}")
    lines.append(f"Kept: closed cases are anonymised {rec.retention_years} year{'s' if rec.retention_years != 1 else ''} "
                 f"after closure: their figures stay, and their access log keeps who and when, not why")
    if not rec.processing:
        lines.append("")
        lines.append("No processing is described: add [[data_protection.processing]] tables to the configuration.")
    for i, p in enumerate(rec.processing, 1):
        lines += ["", f"{i}. {p.what}", f"   Why: {p.why}", f"   Lawful basis: {p.lawful_basis}"]
        if p.condition:
            lines.append(f"   Condition (special-category or criminal-offence data): {p.condition}")
        if p.shared_with:
            lines.append(f"   Shared with: {p.shared_with}")
        lines.append(f"   Kept for: {rec.retention_years} years after the case closes, then anonymised")
    return "\n".join(lines) + "\n"
