"""Readers: a file's bytes → :class:`minutebook.ingest.lines.Text`.

``read(path)`` checks the file (missing, a directory, permission, over MAX_BYTES by its size before
anything is read, empty, binary content or a format no reader takes), then hands the bytes to the
reader for its format; ``load(path)`` is the checked read of the bytes alone, for callers that also
need the bytes (a digest). Every problem is an :class:`~minutebook.ingest.errors.InputError` whose
message is one line naming the file and the problem; a reader's unexpected failure on odd input is
turned into one too.

Reader signatures (one module each):
- ``pdf.read_pdf(path, data) -> Text``
- ``docx.read_docx(path, data) -> Text``
- ``text.read_text(path, data) -> Text``       plain text as pdftotext writes it
- ``markup.read_markup(path, data, kind) -> Text``   kind is "markdown" or "html"
"""
from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from minutebook.ingest.errors import InputError
from minutebook.ingest.lines import Text

MAX_BYTES = 100 * 1024 * 1024


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# formats recognised by their first bytes that no reader takes, and what to say about them
BINARY_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 or password-protected Office file, not supported: save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file, not supported: save it as .docx or PDF"),
    (b"\x89PNG", "a PNG image, not a meeting document"),
    (b"\xff\xd8\xff", "a JPEG image, not a meeting document"),
    (b"GIF8", "a GIF image, not a meeting document"),
    (b"II*\x00", "a TIFF image, not a meeting document"),
    (b"MM\x00*", "a TIFF image, not a meeting document"),
    (b"\x1f\x8b", "a gzip archive, not a meeting document"),
    (b"7z\xbc\xaf", "a 7-Zip archive, not a meeting document"),
    (b"Rar!", "a RAR archive, not a meeting document"),
    (b"\x7fELF", "a program, not a meeting document"),
)


def one_line(message: str) -> str:
    """A message squeezed onto one line (a reader's detail may carry newlines)."""
    return " ".join(str(message).split())


def looks_binary(data: bytes) -> bool:
    """NUL bytes or control characters that no text encoding of a document would hold (UTF-16 aside)."""
    sample = data[:65536]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        if len(sample) > 16:
            odd, even = sample[1::2], sample[0::2]
            if odd.count(0) > 0.9 * len(odd) or even.count(0) > 0.9 * len(even):
                return False          # UTF-16 without a BOM
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(4, len(sample) // 200)


def sniff(path: Path, data: bytes) -> str:
    """The format of a file from its bytes first, its name second."""
    head = data[:2048].lstrip()
    if data[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
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


def load(path: str | Path) -> bytes:
    """The file's bytes, after checking it is a readable regular file within the size limit
    (refused by its size before anything is read). Callers that need the bytes as well as the
    Text (for a digest) use this, then ``read(path, data)``."""
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read the file ({exc.strerror or type(exc).__name__})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, "is not a regular file")
    if st.st_size > MAX_BYTES:
        raise InputError(path, _too_large(st.st_size))
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read the file ({exc.strerror or type(exc).__name__})") from None
    if len(data) > MAX_BYTES:          # grew while we looked
        raise InputError(path, _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return f"file is too large ({size / 1048576:.0f} MB; the limit is {MAX_BYTES // 1048576} MB)"


def read(path: str | Path, data: bytes | None = None) -> Text:
    """Read one file into :class:`Text`; every problem is an InputError with a one-line message. Each line knows
    its page and its line of the page (or of the file): ``Line.number``."""
    from minutebook.ingest.lines import number_lines

    if data is None:
        data = load(path)
    text = _read(path, data)
    return number_lines(text, data.decode("utf-8", "replace") if text.kind in ("markdown", "html", "text") else None)


def _read(path: str | Path, data: bytes | None = None) -> Text:
    path = Path(path)
    if data is None:
        data = load(path)
    elif len(data) > MAX_BYTES:
        raise InputError(path, _too_large(len(data)))
    if not data or data.isspace():
        raise InputError(path, "file is empty")
    for magic, what in BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"this is {what}")
    kind = sniff(path, data)
    if kind == "text":
        if looks_binary(data):
            raise InputError(path, "not a text document (binary content)")
    try:
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
    except InputError as exc:
        if "\n" in str(exc) or "\r" in str(exc):
            raise InputError(exc.path, one_line(exc.problem)) from None
        raise
    except (MemoryError, RecursionError) as exc:
        raise InputError(path, f"cannot read the {kind} file ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - a reader's failure on odd input is still bad input, in one line
        detail = one_line(str(exc))[:200]
        raise InputError(path, f"cannot read the {kind} file ({type(exc).__name__}{': ' + detail if detail else ''})") from None
