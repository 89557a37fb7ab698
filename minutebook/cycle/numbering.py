"""Minute and report numbers.

Minute numbers run on across a body's meetings ("128"–"143", later "175"–"191"); sub-items take
a letter ("139b", "186a"). Report numbers are a department prefix and a running number
("CSD 17104"); the series is a body setting (prefix, next number), never assumed.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

_MINUTE = re.compile(r"^\s*(\d+)\s*([a-z]?)\s*$", re.I)
_REPORT = re.compile(r"^\s*([A-Z][A-Z&/]*)\s*[- ]?\s*(\d+)\s*$", re.I)


def minute_key(number: str) -> tuple[int, str]:
    """Sort key of a minute number: "139b" → (139, "b"); unnumbered last."""
    m = _MINUTE.match(number or "")
    return (int(m.group(1)), m.group(2).lower()) if m else (10 ** 9, (number or "").lower())


def next_minute_number(numbers: Iterable[str], configured: Optional[int] = None) -> Optional[int]:
    """The number the next meeting's first minute takes: one more than the highest printed so far,
    or the body's configured next number where that is higher. None where nothing is known."""
    highest = [minute_key(n)[0] for n in numbers if _MINUTE.match(n or "")]
    candidates = ([max(highest) + 1] if highest else []) + ([configured] if configured else [])
    return max(candidates) if candidates else None


def number_minutes(first: int, entries: Iterable[bool]) -> list[str]:
    """Minute numbers for a run of items; ``entries`` says for each item whether it is a sub-item
    (numbered with a letter under the item before it): [False, True, True] → ["192", "192a", "192b"]."""
    out: list[str] = []
    current, letter = first - 1, 0
    for sub in entries:
        if sub and out:
            out.append(f"{current}{chr(ord('a') + letter)}")
            letter += 1
        else:
            current, letter = current + 1, 0
            out.append(str(current))
    return out


def report_parts(report_no: str) -> Optional[tuple[str, int]]:
    """"CSD 17104" → ("CSD", 17104)."""
    m = _REPORT.match(report_no or "")
    return (m.group(1).upper(), int(m.group(2))) if m else None


def report_year(number: int) -> Optional[int]:
    """The two-digit year a number of a year-formed series belongs to: 18003 → 18; None where the number
    is not of that form (a year's two digits and a three-digit running number, as "CSD 18003")."""
    return number // 1000 if 10000 <= number <= 99999 else None


def next_report_no(prefix: Optional[str], existing: Iterable[str] = (),
                   configured: Optional[int] = None, year: Optional[int] = None) -> Optional[str]:
    """The next report number in a body's series; None where the series is unknown.

    ``existing`` are the numbers already taken (printed, cited or reserved). Without ``year`` the series
    runs on: the configured next number, or one more than the highest so far where that is higher. With
    ``year`` (the meeting's), a series whose numbers are year-formed ("CSD 17104", "CSD 18003": the year's
    two digits, then a running number) takes the next number of that year's run ("CSD 18004" in 2018,
    "CSD 19001" for the first of 2019), never one of another year; the configured next number counts only
    for its own year. A series not so formed runs on as without ``year``."""
    numbers = [p for p in (report_parts(r) for r in existing) if p]
    if prefix:
        numbers = [p for p in numbers if p[0] == prefix.upper()]
    series = prefix or (max(numbers, key=lambda p: p[1])[0] if numbers else None)

    def label(n: int) -> str:
        return f"{series} {n}" if series else str(n)

    values = [n for _, n in numbers]
    year_formed = bool(values or configured) and all(report_year(n) is not None for n in values + (
        [configured] if configured else []))
    if year is not None and year_formed:
        yy = year % 100
        in_year = [n for n in values if report_year(n) == yy]
        candidates = [max(in_year) + 1 if in_year else yy * 1000 + 1]
        if configured and report_year(configured) == yy:
            candidates.append(configured)
        return label(max(candidates))
    candidates = ([max(values) + 1] if values else []) + ([configured] if configured else [])
    if not candidates:
        return None
    return label(max(candidates))
