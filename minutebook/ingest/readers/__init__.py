"""Readers: a file's bytes → :class:`minutebook.ingest.lines.Text`.

``read(path)`` checks the file (size, emptiness, type), then hands the bytes to the reader for
its format. Every problem is an :class:`~minutebook.ingest.errors.InputError` whose message is
one line naming the file and the problem.

Reader signatures (one module each):
- ``pdf.read_pdf(path, data) -> Text``
- ``docx.read_docx(path, data) -> Text``
- ``text.read_text(path, data) -> Text``       plain text as pdftotext writes it
- ``markup.read_markup(path, data, kind) -> Text``   kind is "markdown" or "html"
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from minutebook.ingest.errors import InputError
from minutebook.ingest.lines import Text

MAX_BYTES = 100 * 1024 * 1024


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sniff(path: Path, data: bytes) -> str:
    """The format of a file from its bytes first, its name second."""
    head = data[:2048].lstrip()
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "docx"
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix in (".html", ".htm", ".xhtml") or head[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    return "text"


def read(path: str | Path, data: bytes | None = None) -> Text:
    path = Path(path)
    if data is None:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InputError(path, f"cannot read the file ({exc.strerror})") from None
        if size > MAX_BYTES:
            raise InputError(path, f"file is too large ({size / 1048576:.0f} MB; the limit is {MAX_BYTES // 1048576} MB)")
        data = path.read_bytes()
    if not data.strip():
        raise InputError(path, "file is empty")
    kind = sniff(path, data)
    if kind == "pdf":
        from minutebook.ingest.readers.pdf import read_pdf
        return read_pdf(path, data)
    if kind == "docx":
        from minutebook.ingest.readers.docx import read_docx
        return read_docx(path, data)
    if kind in ("markdown", "html"):
        from minutebook.ingest.readers.markup import read_markup
        return read_markup(path, data, kind)
    from minutebook.ingest.readers.text import read_text
    return read_text(path, data)
