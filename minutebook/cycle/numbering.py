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


def next_report_no(prefix: Optional[str], existing: Iterable[str] = (),
                   configured: Optional[int] = None) -> Optional[str]:
    """The next report number in a body's series: the configured next number if set, else one
    more than the highest number of the series so far; None where the series is unknown."""
    if configured:
        return f"{prefix} {configured}".strip() if prefix else str(configured)
    numbers = [p for p in (report_parts(r) for r in existing) if p]
    if prefix:
        numbers = [p for p in numbers if p[0] == prefix.upper()]
    if not numbers:
        return None
    series, number = max(numbers, key=lambda p: p[1])
    return f"{prefix or series} {number + 1}"
