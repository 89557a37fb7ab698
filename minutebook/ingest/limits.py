"""The limits on the work one file may cost, so that a hostile or broken file cannot stall ingest.

Each limit is read from the environment when a file is read (so a test, or a deployment, can set it):

| variable | limit | default |
|---|---|---|
| ``MINUTEBOOK_INGEST_UNPACKED_MB`` | a DOCX's zip members unpacked, in all | 200 |
| ``MINUTEBOOK_INGEST_XML_MB`` | any one XML part of a DOCX, unpacked | 50 |
| ``MINUTEBOOK_INGEST_PAGES`` | pages of a PDF | 2000 |
| ``MINUTEBOOK_INGEST_SECONDS`` | time to read and parse one file | 60 |
| ``MINUTEBOOK_INGEST_MEMORY_MB`` | memory reading one file may take beyond the process's own | 400 |

The sizes and the page count are checked by the readers before the content is unpacked; the time and
memory limits are kept by :mod:`minutebook.ingest.bounded`, which reads each file in a child process.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    unpacked_mb: int = 200
    xml_mb: int = 50
    pages: int = 2000
    seconds: float = 60
    memory_mb: int = 400

    @property
    def unpacked_bytes(self) -> int:
        return self.unpacked_mb * MB

    @property
    def xml_bytes(self) -> int:
        return self.xml_mb * MB


ENV = {"unpacked_mb": "MINUTEBOOK_INGEST_UNPACKED_MB", "xml_mb": "MINUTEBOOK_INGEST_XML_MB",
       "pages": "MINUTEBOOK_INGEST_PAGES", "seconds": "MINUTEBOOK_INGEST_SECONDS",
       "memory_mb": "MINUTEBOOK_INGEST_MEMORY_MB"}


def current(environ=None) -> Limits:
    """The limits the environment sets (a bad value is a ValueError naming the variable)."""
    environ = os.environ if environ is None else environ
    values = {}
    for name, var in ENV.items():
        raw = environ.get(var, "").strip()
        if not raw:
            continue
        kind = float if name == "seconds" else int
        try:
            value = kind(raw)
        except ValueError:
            value = 0
        if value <= 0:
            raise ValueError(f"{var} must be a positive {'number' if kind is float else 'whole number'}, not {raw!r}")
        values[name] = value
    return Limits(**values)
