"""Plain text as pdftotext (or a word processor) writes it.

Decodes UTF-8 (with or without BOM), UTF-16 with BOM, then cp1252/latin-1 where the bytes say so;
refuses binary content. Form feeds are page breaks. Page furniture is taken out of the lines and
recorded in ``Text.pages``: printed page numbers ("Page 15", "15", "Page 1 of 3", "2 of 18"),
stamps ("Agenda Item 4"), "This page is left intentionally blank", and running heads and feet
repeated at the top or bottom of most pages.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from minutebook.ingest.errors import InputError
from minutebook.ingest.lines import Line, PageInfo, Text
from minutebook.ingest.repair import normalise

PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:Page\s+(\d{1,4})(?:\s+of\s+\d{1,4})?|(\d{1,4})\s+of\s+\d{1,4})(?:\s*-)?\s*$", re.I)
BARE_NUMBER = re.compile(r"^\s*-?\s*(\d{1,4})\s*-?\s*$")
STAMP = re.compile(r"^\s*(Agenda\s+Item\s+\d+[a-z]?|Appendix\s+[A-Z0-9]{1,2}|Annex\s+[A-Z0-9]{1,2})\s*$", re.I)
BLANK_PAGE = re.compile(r"^\s*this\s+page\s+(?:is\s+|has\s+been\s+)?(?:left\s+)?intentionally\s+(?:left\s+)?blank\.?\s*$", re.I)
PUBLIC_PACK = re.compile(r"^\s*Public\s+Document\s+Pack\s*$", re.I)


def decode(path, data: bytes) -> str:
    """Bytes → str, or InputError for binary content or text no encoding explains."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "not a text file (invalid UTF-16)") from None
    sample = data[:65536]
    if b"\x00" in sample:
        # UTF-16 without BOM: every other byte zero in mostly-ASCII text
        if len(sample) > 16 and sample[1::2].count(0) > 0.9 * len(sample[1::2]):
            try:
                return data.decode("utf-16-le")
            except UnicodeDecodeError:
                pass
        raise InputError(path, "not a text file (binary content)")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(4, len(sample) // 200):
        raise InputError(path, "not a text file (binary content)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # cp1252 leaves five byte values undefined: a file using them is not cp1252
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in sample if b >= 0x80)
    if high >= 0.05 * len(sample):
        # mostly non-ASCII: a legacy code page (cp1251, cp1250, …) the detector can name
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
        except Exception:  # pragma: no cover
            best = None
        if best is not None and best.encoding and best.chaos < 0.2:
            try:
                return data.decode(best.encoding)
            except (UnicodeDecodeError, LookupError):
                pass
    raise InputError(path, "cannot decode the text (not UTF-8, UTF-16 or cp1252)")


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def split_pages(text: str) -> list[list[Line]]:
    """The pages (form feeds) and their lines, each numbered as it stands in the file (``Line.number``: its line
    on the page where the file has form feeds, else its line of the file)."""
    return [[Line(s, number=n) for n, s in enumerate(page.split("\n"), start=1)] for page in text.split("\f")]


def build(source: str, raw_pages: list[list[Line]], kind: str = "text") -> Text:
    """Lines and page map from the pages of a document (one page where no form feeds)."""
    real_pages = len(raw_pages) > 1
    # running heads/feet: short lines repeated at the edge of most pages
    repeated: set[str] = set()
    if len([p for p in raw_pages if any(ln.text.strip() for ln in p)]) >= 2:
        counts: Counter = Counter()
        for page in raw_pages:
            body = [ln.text for ln in page if ln.text.strip()]
            edge = {_shape(s) for s in body[:3] + body[-3:] if len(s.strip()) < 120}
            counts.update(edge)
        pages_with_text = sum(1 for p in raw_pages if any(ln.text.strip() for ln in p))
        repeated = {s for s, n in counts.items() if n >= 2 and n >= 0.5 * pages_with_text and len(s) > 3}
    lines: list[Line] = []
    pages: list[PageInfo] = []
    for index, page in enumerate(raw_pages, start=1):
        info = PageInfo(index=index)
        body_rows = [i for i, ln in enumerate(page) if ln.text.strip()]
        first, last = (body_rows[0], body_rows[-1]) if body_rows else (0, -1)
        for i, line in enumerate(page):
            s = line.text.rstrip()
            stripped = s.strip()
            if line.page is None and real_pages:
                line.page = index
            if not stripped:
                if not line.action:
                    lines.append(Line("", page=line.page))
                    continue
            m = PAGE_NUMBER.match(stripped)
            if m:
                info.printed_number = int(m.group(1) or m.group(2))
                if not real_pages:
                    pages.append(info)
                    info = PageInfo(index=len(pages) + 1)
                continue
            if real_pages and (i == first or i == last) and BARE_NUMBER.match(stripped):
                info.printed_number = int(BARE_NUMBER.match(stripped).group(1))
                continue
            if STAMP.match(stripped) and not stripped.lower().startswith(("appendix", "annex")):
                info.stamps.append(stripped)
                continue
            if BLANK_PAGE.match(stripped):
                info.blank = True
                continue
            if PUBLIC_PACK.match(stripped):
                info.stamps.append(stripped)
                continue
            if repeated and _shape(stripped) in repeated:
                info.stamps.append(stripped)
                continue
            line.text = s
            lines.append(line)
        if real_pages or info.printed_number or info.stamps or info.blank:
            pages.append(info)
    return Text(source=source, lines=lines, pages=pages, kind=kind)


def read_text(path, data: bytes) -> Text:
    text = decode(path, data)
    if not text.strip():
        raise InputError(path, "file is empty")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.lstrip().startswith("<?xml") or re.match(r"\s*<(?:meeting|meetings|GetMeeting)\b", text):
        from minutebook.ingest.readers.markup import read_markup

        return read_markup(path, text.encode("utf-8"), "xml")
    if looks_like_markup(text):
        from minutebook.ingest.readers.markup import read_markup

        return read_markup(path, text.encode("utf-8"), "markdown")
    text = normalise(text)
    return build(str(path), split_pages(text), "text")


def looks_like_markup(text: str) -> bool:
    """Text that a PDF converter wrote as Markdown with inline HTML, whatever the file is called."""
    sample = text[:200000]
    headings = len(re.findall(r"^#{1,6}\s+\S", sample, re.M))
    tags = len(re.findall(r"<(?:br|sup|sub|li|ul|ol|b|i|p|strong|em|table|tr|td)\b[^>]*>", sample, re.I))
    bold = len(re.findall(r"\*\*[^*\n]+\*\*", sample))
    return headings + bold >= 2 and (tags + headings + bold) >= 4 or tags >= 6


def read_path(path: str | Path) -> Text:
    path = Path(path)
    return read_text(path, path.read_bytes())
