"""PDF reader: pypdfium2 text runs → lines in reading order, an Action column, and the page map.

How it works, page by page:

1. PDFium gives the page's text with its own line breaks, and the boxes of its text runs
   ("rects": one per run of characters from one text object).  Each PDFium line is cut where
   two runs stand far apart (a table cell, the Action column), giving *segments* with a box.
   Boxes of single characters are asked for only on such lines, so a page costs a few hundred
   calls into PDFium rather than several per character.
2. Segments are grouped into *rows* by vertical overlap and ordered top to bottom, left to right.
3. Page furniture is taken off the top and bottom of each page ("Page 15", bare page numbers,
   "Agenda Item 4" stamps, running heads repeated at the same place on several pages) and kept in
   :class:`PageInfo`; "This page is left intentionally blank" marks the page blank.
4. A right-hand Action column is found from its "Action" header and/or short initials standing
   alone at the right; each set of initials goes to ``Line.action`` of the body line beside it
   (same row, else the nearest line above it).
5. Where a page is set in two columns of running text, the left column is read before the right.
"""
from __future__ import annotations

import ctypes
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from minutebook.ingest.errors import InputError
from minutebook.ingest.lines import Line, PageInfo, Text
from minutebook.ingest.repair import fix_lookalikes, normalise

NO_TEXT = "PDF has no text layer (scanned image?)"

# characters PDFium or the producer use that a reader wants as something plainer
_TRANSLATE = str.maketrans({
    "\t": " ", "\xa0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200b": "",
    "\x02": "-", "\xad": "-", "\ufffe": "-", "\x00": "", "\ufeff": "",
    "\uf0b7": "•", "\uf0a7": "•", "\uf0d8": "•", "\uf0fc": "•", "\uf076": "•", "\uf0a8": "•",
    "\uf0e0": "•", "\uf06e": "•", "\uf02d": "-", "\u25aa": "•", "\u25cf": "•",
})
_LINE = re.compile(r"[^\r\n]*\S[^\r\n]*")

PAGE_NUMBER = re.compile(r"^(?:page|pg\.?|p\.)\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
BARE_NUMBER = re.compile(r"^[-–—(\[]?\s*(\d{1,4})\s*[-–—)\]]?$")
STAMP = re.compile(r"^(?:(?:agenda\s+item|item|appendix|annex|enclosure)\s+[0-9]{1,3}[a-z]?(?:\s*\([a-z0-9]+\))?"
                   r"|public\s+document\s+pack)$", re.I)
BLANK = re.compile(r"(?:intentionally|deliberately)\s+(?:been\s+)?(?:left\s+)?blank", re.I)
ACTION_HEADER = re.compile(r"^(?:actions?|action\s+by|action\s+owner|by\s+whom|owner)\s*:?$", re.I)
_INIT = r"(?:[A-Z]{1,4}|[A-Z]\.(?:\s?[A-Z]\.){0,3}|[A-Z][a-z]?[A-Z]{1,2})"
INITIALS = re.compile(rf"^{_INIT}(?:\s*(?:/|,|&|\+|and)\s*{_INIT})*$|^(?:all|ALL|All)$")

TOP_BAND = 0.12       # share of the page height searched for furniture at the top
BOTTOM_BAND = 0.15    # ... and at the bottom
HEAD_BAND = 0.09      # running heads and feet stand closer to the edge


@dataclass
class Segment:
    text: str
    x0: float
    x1: float
    top: float        # top-down points, font box of the first character
    bottom: float
    bold: bool = False

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class Row:
    segments: list[Segment]
    top: float
    bottom: float
    action: list[str] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.segments)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    def text(self) -> str:
        out = ""
        prev = None
        for seg in sorted(self.segments, key=lambda s: s.x0):
            if prev is None:
                out = seg.text
            else:
                gap = seg.x0 - prev.x1
                size = min(seg.height, prev.height)
                out += ("   " if gap > 1.5 * size else (" " if gap > 0.12 * size else "")) + seg.text
            prev = seg
        return out.strip()

    @property
    def bold(self) -> bool:
        return bool(self.segments) and all(s.bold for s in self.segments)


class _Page:
    """One page's segments, read through PDFium's C API."""

    def __init__(self, page, index: int):
        self.index = index
        self.width, self.height = page.get_size()
        self.segments: list[Segment] = []
        self.has_images = False
        textpage = page.get_textpage()
        try:
            self._read(page, textpage)
        finally:
            textpage.close()

    def _read(self, page, textpage) -> None:
        raw = textpage.raw
        n = pdfium_c.FPDFText_CountChars(raw)
        if n <= 0:
            self.has_images = any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2))
            return
        text = textpage.get_text_range(0, n)
        if len(text) != n:            # PDFium's text view and its character list disagree: ask per character
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i) or 32) for i in range(n))
        self._raw = raw
        self._l, self._r = ctypes.c_double(), ctypes.c_double()
        self._b, self._t = ctypes.c_double(), ctypes.c_double()
        self._rect = pdfium_c.FS_RECTF()
        self._font = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()
        for m in _LINE.finditer(text):
            self._line(text, m.start(), m.end())

    # --- PDFium calls -------------------------------------------------------------------------
    def _rects(self, start: int, count: int) -> list[tuple[float, float, float, float]]:
        raw, L, T, R, B = self._raw, self._l, self._t, self._r, self._b
        k = pdfium_c.FPDFText_CountRects(raw, start, count)
        out = []
        for j in range(k):
            pdfium_c.FPDFText_GetRect(raw, j, L, T, R, B)
            if R.value - L.value > 0.3 and T.value - B.value > 0.3:
                out.append((L.value, self.height - T.value, R.value, self.height - B.value))
        return out

    def _charbox(self, i: int) -> tuple[float, float, float, float]:
        pdfium_c.FPDFText_GetCharBox(self._raw, i, self._l, self._r, self._b, self._t)
        return self._l.value, self.height - self._t.value, self._r.value, self.height - self._b.value

    def _loose(self, i: int) -> tuple[float, float]:
        rect = self._rect
        if not pdfium_c.FPDFText_GetLooseCharBox(self._raw, i, rect):
            return 0.0, 0.0
        return self.height - rect.top, self.height - rect.bottom

    def _is_bold(self, i: int) -> bool:
        weight = pdfium_c.FPDFText_GetFontWeight(self._raw, i)
        if weight >= 600:
            return True
        n = pdfium_c.FPDFText_GetFontInfo(self._raw, i, self._font, 128, ctypes.byref(self._flags))
        name = self._font.raw[: max(n - 1, 0)].decode("latin-1", "ignore").lower()
        return any(w in name for w in ("bold", "black", "heavy", "semibold", "demi")) or bool(self._flags.value & (1 << 18))

    # --- building segments --------------------------------------------------------------------
    def _line(self, text: str, start: int, end: int) -> None:
        chunk = text[start:end]
        rects = self._rects(start, end - start)
        if not rects:
            return
        size = max(r[3] - r[1] for r in rects)
        split = False
        for a, b in zip(rects, rects[1:]):
            gap = b[0] - a[2]
            if gap > 1.8 * max(size, 4.0) or b[2] < a[0] or b[1] > a[3] or b[3] < a[1]:
                split = True
                break
        if not split and rects[-1][2] > 0.55 * self.width:
            # one text run may still hold a far-off word (a TJ jump to the Action column): look when the
            # line ends in what could be initials or the "Action" header
            words = chunk.split()
            split = len(words) > 1 and bool(INITIALS.match(words[-1]) or ACTION_HEADER.match(words[-1]))
        if not split:
            self._segment(text, start, end, min(r[0] for r in rects), max(r[2] for r in rects))
            return
        # cut the line where words stand far apart (one box per word's first and last character)
        words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", chunk)]
        group: list[tuple[int, int, float, float, float, float]] = []
        limit = 1.8 * max(size, 4.0)
        for a, b in words:
            first, last = self._charbox(a), (self._charbox(b - 1) if b - 1 > a else None)
            x0, top, x1, bottom = first
            if last is not None:
                x1, top, bottom = max(x1, last[2]), min(top, last[1]), max(bottom, last[3])
            if group:
                prev = group[-1]
                far = x0 - prev[4] > limit or x1 < prev[2] - 1
                off_row = top > prev[5] + 0.5 * size or bottom < prev[3] - 0.5 * size
                if far or off_row:
                    self._segment(text, group[0][0], group[-1][1], group[0][2], max(g[4] for g in group))
                    group = []
            group.append((a, b, x0, top, x1, bottom))
        if group:
            self._segment(text, group[0][0], group[-1][1], group[0][2], max(g[4] for g in group))

    def _segment(self, text: str, start: int, end: int, x0: float, x1: float) -> None:
        s = text[start:end].translate(_TRANSLATE)
        if not s or s.isspace():
            return
        first = start + (len(s) - len(s.lstrip()))
        # the font box of a letter from the middle: a bullet or a symbol at the start has another font
        probe = first
        for i in range((first + end) // 2, end):
            if text[i].isalnum():
                probe = i
                break
        top, bottom = self._loose(probe)
        if bottom <= top:
            box = self._charbox(probe)
            top, bottom = box[1], box[3]
        alnum = [i for i in (first, end - 1 - (len(s) - len(s.rstrip()))) if text[i].isalnum()]
        bold = bool(alnum) and all(self._is_bold(i) for i in alnum)
        self.segments.append(Segment(" ".join(s.split()), x0, x1, top, bottom, bold))


def _rows(segments: list[Segment]) -> list[Row]:
    """Group segments into rows by vertical overlap, top to bottom."""
    rows: list[Row] = []
    for seg in sorted(segments, key=lambda s: ((s.top + s.bottom) / 2, s.x0)):
        row = rows[-1] if rows else None
        if row is not None:
            overlap = min(row.bottom, seg.bottom) - max(row.top, seg.top)
            if overlap >= 0.5 * min(row.height, seg.height):
                row.segments.append(seg)
                continue
        rows.append(Row([seg], seg.top, seg.bottom))
    for row in rows:
        row.segments.sort(key=lambda s: s.x0)
        # merge neighbouring segments of one row that are close (pieces of one PDFium line)
        merged: list[Segment] = []
        for seg in row.segments:
            prev = merged[-1] if merged else None
            if prev is not None and seg.x0 - prev.x1 <= 1.5 * min(seg.height, prev.height):
                gap = seg.x0 - prev.x1
                joiner = " " if gap > 0.12 * min(seg.height, prev.height) else ""
                merged[-1] = Segment(prev.text + joiner + seg.text, prev.x0, max(prev.x1, seg.x1),
                                     min(prev.top, seg.top), max(prev.bottom, seg.bottom), prev.bold and seg.bold)
            else:
                merged.append(seg)
        row.segments = merged
        # the row's box: its tallest segment (a superscript must not stretch it)
        tall = max(merged, key=lambda s: s.height)
        row.top, row.bottom = tall.top, tall.bottom
    return rows


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.lower())).strip()


def _furniture(pages: list[_Page], rows_by_page: list[list[Row]]) -> list[PageInfo]:
    """Take page numbers, stamps, running heads and 'intentionally blank' notices off each page."""
    # running heads: the same text (digits aside) at the same height near the edge of several pages
    seen: dict[tuple[str, int], set[int]] = {}
    for page, rows in zip(pages, rows_by_page):
        for row in rows[:3] + rows[-3:]:
            text = row.text()
            if ACTION_HEADER.match(text) or INITIALS.match(text) or PAGE_NUMBER.match(text) or BARE_NUMBER.match(text):
                continue
            if row.top < HEAD_BAND * page.height or row.bottom > (1 - HEAD_BAND) * page.height:
                band = round(row.top / 6)
                seen.setdefault((_norm(text), band, False), set()).add(page.index)
                seen.setdefault((text.lower(), band, True), set()).add(page.index)
    many = max(3, len(pages) // 2)
    repeated = {key for key, on in seen.items() if len(on) >= (2 if key[2] else many) and len(key[0]) > 1}
    first_page = pages[0].index if pages else 1

    infos = []
    for n, (page, rows) in enumerate(zip(pages, rows_by_page)):
        info = PageInfo(index=page.index)
        bare: list[int] = []
        for row in rows:
            if BLANK.search(row.text()) and len(row.text()) < 80:
                info.blank = True
                row.segments = []
        rows = [r for r in rows if r.segments]
        # walk in from the top, then from the bottom, while rows are furniture
        for row in rows:
            if row.top >= TOP_BAND * page.height and not (row is rows[0] and PAGE_NUMBER.match(row.text())):
                break
            if _take_furniture(row, info, bare, page, "top", repeated, first_page) is not False:
                break
        for row in reversed(rows):
            if row.bottom <= (1 - BOTTOM_BAND) * page.height and not (row is rows[-1] and PAGE_NUMBER.match(row.text())):
                break
            if _take_furniture(row, info, bare, page, "bottom", repeated, first_page) is not False:
                break
        if info.printed_number is None and bare:
            info.printed_number = bare[-1]
        rows_by_page[n] = [r for r in rows if r.segments]
        infos.append(info)
    return infos


def _take_furniture(row: Row, info: PageInfo, bare: list[int], page: _Page, edge: str,
                    repeated: set, first_page: int) -> bool | None:
    """Strip furniture segments from *row*. None: the row is body text; False: it was all furniture;
    True: some segments were furniture and the rest is body."""
    text = row.text()
    band = round(row.top / 6)
    if (text.lower(), band, True) in repeated or (_norm(text), band, False) in repeated:
        if edge == "top" and page.index == first_page:
            return None            # a running head's first showing stays: it is often the title
        info.stamps.append(text)
        row.segments = []
        return False
    kept, took = [], False
    for seg in row.segments:
        t = seg.text.strip()
        m = PAGE_NUMBER.match(t)
        if m:
            info.printed_number = info.printed_number or int(m.group(1))
            took = True
            continue
        m = BARE_NUMBER.match(t)
        if m and len(row.segments) == 1:
            bare.append(int(m.group(1)))
            took = True
            continue
        if STAMP.match(t):
            info.stamps.append(t)
            took = True
            continue
        kept.append(seg)
    if not took:
        return None
    row.segments = kept
    return bool(kept)


def _action_column(page: _Page, rows: list[Row], has_header_anywhere: bool) -> None:
    """Find the Action column on a page and move its initials onto the rows beside them."""
    right = 0.55 * page.width
    header_x: list[float] = []
    for row in rows:
        for seg in list(row.segments):
            if seg.x0 >= right and ACTION_HEADER.match(seg.text.strip()) and (len(row.segments) > 1 or seg.x0 >= 0.6 * page.width):
                header_x.append(seg.x0)
                row.segments.remove(seg)
    body_x1 = [s.x1 for row in rows for s in row.segments if s.x0 < right]
    body_right = statistics.quantiles(body_x1, n=10)[-1] if len(body_x1) >= 10 else (max(body_x1) if body_x1 else right)
    candidates: list[tuple[Row, Segment]] = []
    for row in rows:
        for seg in row.segments:
            t = seg.text.strip()
            if seg.x0 < right or not INITIALS.match(fix_lookalikes(t)):
                continue
            if header_x:
                near = any(abs(seg.x0 - hx) < 60 for hx in header_x) or seg.x0 >= body_right - 2
            else:
                near = has_header_anywhere or seg.x0 >= body_right - 2
            if near and (len(row.segments) > 1 or seg.x0 > body_right - 2):
                candidates.append((row, seg))
    if not candidates:
        return
    if not header_x and not has_header_anywhere and len(candidates) < 2:
        return
    for row, seg in candidates:
        row.segments.remove(seg)
        target = row if row.segments else None
        if target is None:
            mid = (row.top + row.bottom) / 2
            level = [r for r in rows if r.segments and abs((r.top + r.bottom) / 2 - mid) <= 0.5 * r.height]
            if level:
                target = min(level, key=lambda r: abs((r.top + r.bottom) / 2 - mid))
        if target is None:
            above = [r for r in rows if r.segments and r.top <= mid and r is not row]
            below = [r for r in rows if r.segments and r.top > mid]
            if above:
                target = max(above, key=lambda r: r.top)
            elif below:
                target = min(below, key=lambda r: r.top)
        if target is not None:
            target.action.append(re.sub(r"\s*([/,&+])\s*", r"\1", fix_lookalikes(seg.text.strip())))


def _gutter(page: _Page, segments: list[Segment]) -> float | None:
    """The x of a gutter between two columns of running text, or None for a page in one column."""
    w = page.width
    if len(segments) < 10 or sum(1 for s in segments if s.x1 - s.x0 > 0.55 * w) > 0.2 * len(segments):
        return None
    best = None
    for x in range(int(0.3 * w), int(0.7 * w), 3):
        crossing = sum(1 for s in segments if s.x0 < x < s.x1)
        if crossing > 0.25 * len(segments):        # headings across both columns are allowed, a few
            continue
        left = [s for s in segments if s.x1 <= x]
        right = [s for s in segments if s.x0 >= x]
        if len(left) < 5 or len(right) < 5:
            continue
        left_w = statistics.median(s.x1 - s.x0 for s in left)
        right_w = statistics.median(s.x1 - s.x0 for s in right)
        if left_w < 0.25 * w or right_w < 0.25 * w:
            continue       # a narrow column of labels, numbers or initials: a table, read row by row
        score = min(len(left), len(right)) - 3 * crossing
        if best is None or score > best[0]:
            best = (score, x)
    return best[1] if best else None


def _two_columns(page: _Page, rows: list[Row]) -> list[Row]:
    """Reorder a page set in two columns of running text: left column first, then right, band by band
    (a heading or a paragraph across both columns starts a new band)."""
    if len(rows) < 8 or any(r.action for r in rows):
        return rows
    x = _gutter(page, [s for r in rows for s in r.segments])
    if x is None:
        return rows
    out: list[Row] = []
    left: list[Segment] = []
    right: list[Segment] = []

    def flush():
        out.extend(_rows(left))
        out.extend(_rows(right))
        left.clear()
        right.clear()

    for row in rows:
        if any(s.x0 < x < s.x1 for s in row.segments):
            flush()
            out.append(row)
            continue
        for seg in row.segments:
            (left if seg.x1 <= x else right).append(seg)
    flush()
    return out


def normalise_lines(lines: list[Line]) -> None:
    """The repairs the text reader makes (mojibake, look-alike letters, quotes and dashes, "16 th"),
    decided over the whole document and made line by line."""
    joined = "\n".join(ln.text for ln in lines)
    fixed = normalise(joined).split("\n")
    if len(fixed) != len(lines):
        fixed = [normalise(ln.text) for ln in lines]
    for ln, text in zip(lines, fixed):
        ln.text = text


def read_pdf(path: str | Path, data: bytes) -> Text:
    path = Path(path)
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise InputError(path, "PDF is encrypted (password protected)") from None
        if "security" in msg:
            raise InputError(path, "PDF is encrypted (unsupported security scheme)") from None
        if "format" in msg:
            raise InputError(path, "not a valid PDF (damaged, or not a PDF at all)") from None
        detail = " ".join(re.sub(r"^failed to load document \(pdfium: (.*?)\.?\)\.?$", r"\1", msg).split())
        raise InputError(path, f"not a valid PDF ({detail or 'unreadable'})") from None
    except Exception as exc:  # noqa: BLE001 - any failure to open is a bad file, reported in one line
        raise InputError(path, f"not a valid PDF ({type(exc).__name__})") from None
    warnings: list[str] = []
    try:
        if len(doc) == 0:
            raise InputError(path, "not a valid PDF (it has no pages)")
        pages: list[_Page] = []
        for i in range(len(doc)):
            try:
                page = doc[i]
                try:
                    pages.append(_Page(page, i + 1))
                finally:
                    page.close()
            except pdfium.PdfiumError as exc:
                warnings.append(f"page {i + 1}: could not read the page ({exc})")
    finally:
        doc.close()
    if not any(p.segments for p in pages):
        raise InputError(path, NO_TEXT)
    for p in pages:
        if not p.segments and p.has_images:
            warnings.append(f"page {p.index}: {NO_TEXT}")

    rows_by_page = [_rows(p.segments) for p in pages]
    infos = _furniture(pages, rows_by_page)
    has_header = any(
        ACTION_HEADER.match(s.text.strip()) and s.x0 >= 0.55 * p.width
        for p, rows in zip(pages, rows_by_page) for r in rows for s in r.segments
    )
    lines: list[Line] = []
    for page, rows in zip(pages, rows_by_page):
        _action_column(page, rows, has_header)
        rows = _two_columns(page, [r for r in rows if r.segments])
        prev: Row | None = None
        for row in rows:
            text = row.text()
            if not text:
                continue
            if prev is not None and row.top - prev.bottom > 0.6 * max(row.height, prev.height):
                lines.append(Line("", page=page.index, x=None, y=round(prev.bottom, 1)))
            lines.append(Line(
                text=text,
                page=page.index,
                x=round(row.x0, 1),
                y=round(row.top, 1),
                action="/".join(row.action) if row.action else None,
                bold=row.bold,
            ))
            prev = row
    while lines and not lines[-1].text:
        lines.pop()
    normalise_lines(lines)
    return Text(source=str(path), lines=lines, pages=infos, warnings=warnings, kind="pdf")
