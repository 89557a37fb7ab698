"""PDF reader: pypdfium2 text runs → lines in reading order, an Action column, and the page map.

How it works, page by page:

1. PDFium gives the page's text with its own line breaks, and the boxes of its text runs
   ("rects": one per run of characters from one text object).  Each PDFium line is cut where
   two runs stand far apart (a table cell, the Action column), giving *segments* with a box.
   Boxes of single characters or words are asked for only on lines that need them, so a page
   costs a few hundred calls into PDFium rather than several per character.  Turned text
   (a "DRAFT" watermark, a note up the margin) is kept as a page stamp; filled-in form fields
   and free-text comments, which live in annotations, are read where they stand.
2. Segments are grouped into *rows* by vertical overlap.
3. Page furniture is taken off the top and bottom of each page ("Page 15", bare page numbers,
   "Agenda Item 4" stamps, running heads repeated at the same place on several pages) and kept in
   :class:`PageInfo`; "This page is left intentionally blank" marks the page blank.
4. A right-hand Action column is found from its "Action" header and/or short initials standing
   alone at the right; each set of initials goes to ``Line.action`` of the body line beside it
   (same row, else the nearest line above it), and leaves the text.
5. Reading order: segments are chained into *blocks* in content-stream order (a paragraph, a table
   cell, a column); blocks standing side by side over several lines (a table row of multi-line
   cells, two columns of text) are read one after the other, left to right, as pdftotext's raw
   mode does; everything else is read row by row, as ``pdftotext -layout`` does, with three spaces
   where a row has a wide gap ("128   APOLOGIES FOR ABSENCE") and an empty line where a paragraph
   or a cell ends.
"""
from __future__ import annotations

import bisect
import ctypes
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from minutebook.ingest import limits
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
# a line of PDFium's text; a word hyphenated across lines (PDFium marks the hyphen \x02 or \ufffe and joins the
# rest of the word onto the line) is cut after the hyphen, so each piece stays on its own row
_LINE = re.compile(r"[^\r\n\x02\ufffe]*[^\s\x02\ufffe][^\r\n\x02\ufffe]*[\x02\ufffe]?|[\x02\ufffe]")

PAGE_NUMBER = re.compile(r"^(?:page|pg\.?|p\.)\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
BARE_NUMBER = re.compile(r"^[-–—(\[]?\s*(\d{1,4})\s*[-–—)\]]?$")
ROMAN_NUMBER = re.compile(r"^(?=[ivxlc]{1,7}$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
STAMP = re.compile(r"^(?:agenda\s+item\s+[0-9]{1,3}[a-z]?(?:\s*\([a-z0-9]+\))?|public\s+document\s+pack)$", re.I)
BLANK = re.compile(r"(?:intentionally|deliberately)\s+(?:been\s+)?(?:left\s+)?blank", re.I)
ACTION_HEADER = re.compile(r"^(?:actions?|action\s+by|action\s+owner|by\s+whom|owner)\s*:?$", re.I)
_INIT = r"(?:[A-Z]{1,4}|[A-Z]\.(?:\s?[A-Z]\.){0,3}|[A-Z][a-z]?[A-Z]{1,2})"
INITIALS = re.compile(rf"^{_INIT}(?:\s*(?:/|,|&|\+|and)\s*{_INIT})*$|^(?:all|ALL|All)$")

TOP_BAND = 0.12       # share of the page height searched for furniture at the top
BOTTOM_BAND = 0.15    # ... and at the bottom
HEAD_BAND = 0.09      # running heads and feet stand closer to the edge
CELL_GAP = 1.0        # a gap wider than this many text heights parts two cells or columns
WORD_GAP = 0.2        # a gap wider than this many text heights is a space between words
BULLETS = {"•", "o", "-", "–", "*", "▪", "►", "➢", "✓", "○", "◦", "■", "□", "§"}
ADVANCE = 0.58       # a line wider than this many text heights per character may hide a tab's jump
JOIN_GAP = 0.8        # segments of one row nearer than this many (font box) heights are one piece of text


@dataclass
class Segment:
    text: str
    x0: float
    x1: float
    top: float        # top-down points, font box of a letter of the segment
    bottom: float
    bold: bool = False
    seq: int = 0      # place in the content stream (PDFium's character order)
    seq_end: int = 0
    annotation: bool = False      # from a form field or comment: placed by position, not stream order
    action: list[str] = field(default_factory=list)   # Action-column initials standing beside it

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class Row:
    segments: list[Segment]
    top: float
    bottom: float

    @property
    def action(self) -> list[str]:
        return [a for s in self.segments for a in s.action]

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.segments)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    def text(self) -> str:
        segments = self.segments
        if len(segments) == 1:
            return segments[0].text
        key = tuple(map(id, segments))
        if self.__dict__.get("_key") == key:
            return self.__dict__["_text"]
        out = ""
        prev = None
        for seg in sorted(segments, key=lambda s: s.x0):
            if prev is None:
                out = seg.text
            else:
                gap = seg.x0 - prev.x1
                size = min(seg.height, prev.height)
                out += ("   " if gap > JOIN_GAP * size else (" " if gap > 0.12 * size or gap < -1 else "")) + seg.text
            prev = seg
        self.__dict__["_key"], self.__dict__["_text"] = key, out.strip()
        return out.strip()

    @property
    def bold(self) -> bool:
        return bool(self.segments) and all(s.bold for s in self.segments)


class _Page:
    """One page's segments, read through PDFium's C API."""

    def __init__(self, page, index: int, form=None):
        self.index = index
        # character boxes are in the page's own (unrotated) space, from the crop box's corner
        left, bottom, right, top = page.get_cropbox()
        self._x, self._y = left, top
        self.width, self.height = right - left, top - bottom
        self.segments: list[Segment] = []
        self.stamps: list[str] = []          # turned text (watermarks, margin notes)
        self.has_images = False
        self.chars = False
        textpage = page.get_textpage()
        try:
            self._read(page, textpage)
        finally:
            textpage.close()
        if pdfium_c.FPDFPage_GetAnnotCount(page.raw) > 0:
            self._annotations(page, form)
        self.ruled = _draws_rules(page)


    def _annotations(self, page, form) -> None:
        """Text that stands in annotations, not the page: filled-in form fields and typed comments
        (free-text annotations), placed where they show on the page."""
        seq = 10_000_000
        for k in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
            annot = pdfium_c.FPDFPage_GetAnnot(page.raw, k)
            if not annot:
                continue
            try:
                subtype = pdfium_c.FPDFAnnot_GetSubtype(annot)
                if subtype == pdfium_c.FPDF_ANNOT_WIDGET and form is not None:
                    kind = pdfium_c.FPDFAnnot_GetFormFieldType(form, annot)
                    if kind not in (pdfium_c.FPDF_FORMFIELD_TEXTFIELD, pdfium_c.FPDF_FORMFIELD_COMBOBOX):
                        continue
                    value = _wide(lambda buf, n: pdfium_c.FPDFAnnot_GetFormFieldValue(form, annot, buf, n))
                elif subtype == pdfium_c.FPDF_ANNOT_FREETEXT:
                    value = _wide(lambda buf, n: pdfium_c.FPDFAnnot_GetStringValue(annot, b"Contents", buf, n))
                else:
                    continue
                rect = pdfium_c.FS_RECTF()
                if not value.strip() or not pdfium_c.FPDFAnnot_GetRect(annot, rect):
                    continue
                x0, x1 = min(rect.left, rect.right) - self._x, max(rect.left, rect.right) - self._x
                top = self._y - max(rect.top, rect.bottom)
                bottom = self._y - min(rect.top, rect.bottom)
                lines = [ln for ln in value.replace("\r", "\n").split("\n")]
                size = 11.0
                y = top + max((bottom - top - size) / 2, 0) if len(lines) == 1 else top + 2
                for line in lines:
                    text = " ".join(line.translate(_TRANSLATE).split())
                    if text:
                        seq += 10
                        self.segments.append(Segment(text, x0 + 2, min(x1, x0 + 2 + 5.5 * len(text)), y, y + size,
                                                     seq=seq, seq_end=seq + 1, annotation=True))
                    y += size + 2
            finally:
                pdfium_c.FPDFPage_CloseAnnot(annot)

    def _read(self, page, textpage) -> None:
        raw = textpage.raw
        n = pdfium_c.FPDFText_CountChars(raw)
        self.chars = n > 0
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
        self._matrix = pdfium_c.FS_MATRIX()
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
                out.append((L.value - self._x, self._y - T.value, R.value - self._x, self._y - B.value))
        return out

    def _charbox(self, i: int) -> tuple[float, float, float, float]:
        pdfium_c.FPDFText_GetCharBox(self._raw, i, self._l, self._r, self._b, self._t)
        return self._l.value - self._x, self._y - self._t.value, self._r.value - self._x, self._y - self._b.value

    def _loosebox(self, i: int) -> tuple[float, float, float, float]:
        rect = self._rect
        if not pdfium_c.FPDFText_GetLooseCharBox(self._raw, i, rect):
            return self._charbox(i)
        return rect.left - self._x, self._y - rect.top, rect.right - self._x, self._y - rect.bottom

    def _loose(self, i: int) -> tuple[float, float]:
        rect = self._rect
        if not pdfium_c.FPDFText_GetLooseCharBox(self._raw, i, rect):
            return 0.0, 0.0
        return self._y - rect.top, self._y - rect.bottom

    def _turned(self, i: int) -> bool:
        """The character is turned (rotated), not merely slanted: a synthetic italic shears the text
        matrix, which PDFium's own angle counts as a turn."""
        m = self._matrix
        if not pdfium_c.FPDFText_GetMatrix(self._raw, i, m):
            return False
        return m.a <= 0 or abs(m.b) > 0.02 * abs(m.a)

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
        first = start + len(chunk) - len(chunk.lstrip())
        if self._turned(first):
            # turned text: a watermark ("DRAFT") or a note up the margin, not part of the reading
            words = " ".join(chunk.translate(_TRANSLATE).split())
            if words and len(words) <= 80:
                self.stamps.append(words)
            return
        last = start + len(chunk.rstrip()) - 1
        if last > first and self._turned(last):
            # upright text with turned text run onto its line: cut the turned tail off
            cut = last
            while cut > first and (text[cut].isspace() or self._turned(cut)):
                cut -= 1
            self._line(text, cut + 1, end)
            end = cut + 1
            chunk = text[start:end]
        rects = self._rects(start, end - start)
        if not rects:
            return
        size = max(max(r[3] - r[1] for r in rects), 4.0)
        split = False
        gaps = 0
        cuts: list[int] = []
        for j in range(1, len(rects)):
            a, b = rects[j - 1], rects[j]
            gap = b[0] - a[2]
            if gap > CELL_GAP * size or b[2] < a[0] or b[1] > a[3] or b[3] < a[1]:
                split = True
                cuts.append(j)
            else:
                gaps += gap > WORD_GAP * size
        if split and self._cut_at_runs(text, start, end, rects, cuts):
            return
        if not split and gaps and gaps > len(re.findall(r"\s+", chunk.strip())):
            # a visible gap between two runs where PDFium put no space ("MinuteTitle"): by character
            self._by_chars(text, start, end, size)
            return
        if not split and rects[-1][2] > 0.55 * self.width:
            # one text run may still hold a far-off word (a TJ jump to the Action column): look when the
            # line ends in what could be initials or the "Action" header
            words = chunk.split()
            split = len(words) > 1 and bool(INITIALS.match(words[-1]) or ACTION_HEADER.match(words[-1]))
        if not split and " " in chunk.strip():
            # ... or a tab's jump between words ("P Moran <tab> Clerk J Connelly"): the run is wider
            # than its letters would make it
            width = rects[-1][2] - rects[0][0]
            split = width > ADVANCE * size * len(chunk.strip())
        if not split:
            self._segment(text, start, end, min(r[0] for r in rects), max(r[2] for r in rects))
            return
        # slower path, for this line only: a box per word, cut where words stand far apart
        words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", chunk)]
        group: list[tuple[int, int, float, float, float, float]] = []
        for a, b in words:
            first, last = self._loosebox(a), (self._loosebox(b - 1) if b - 1 > a else None)
            x0, top, x1, bottom = first
            if last is not None:
                x1, top, bottom = max(x1, last[2]), min(top, last[1]), max(bottom, last[3])
            if group:
                prev = group[-1]
                far = x0 - prev[4] > CELL_GAP * size or x1 < prev[2] - 1
                off_row = top > prev[5] - 0.3 * size or bottom < prev[3] + 0.3 * size
                if far or off_row:
                    self._segment(text, group[0][0], group[-1][1], group[0][2], max(g[4] for g in group))
                    group = []
            group.append((a, b, x0, top, x1, bottom))
        if group:
            self._segment(text, group[0][0], group[-1][1], group[0][2], max(g[4] for g in group))

    def _cut_at_runs(self, text: str, start: int, end: int, rects, cuts: list[int]) -> bool:
        """Cut a line where its text runs stand far apart, finding the first character of each run
        after a gap by its position (one call per cut). False when a run's start cannot be found."""
        bounds = [start]
        for j in cuts:
            left, top, _, bottom = rects[j]
            idx = pdfium_c.FPDFText_GetCharIndexAtPos(self._raw, left + self._x + 0.5,
                                                      self._y - (top + bottom) / 2, 1.0, 1.0)
            if not (bounds[-1] < idx < end) or text[idx].isspace():
                return False
            bounds.append(idx)
        bounds.append(end)
        groups = [rects[:cuts[0]]] + [rects[a:b] for a, b in zip(cuts, cuts[1:] + [len(rects)])]
        for (a, b), group in zip(zip(bounds, bounds[1:]), groups):
            self._segment(text, a, b, min(r[0] for r in group), max(r[2] for r in group))
        return True

    def _by_chars(self, text: str, start: int, end: int, size: float) -> None:
        """A box per character: cut where they stand far apart, a space wherever there is a visible gap."""
        out: list[str] = []
        first = prev = None
        space = False
        for i in range(start, end):
            ch = text[i]
            if ch.isspace():
                space = True
                continue
            box = self._loosebox(i)
            if box[2] - box[0] <= 0 and box[3] - box[1] <= 0 and prev is not None:
                box = (prev[1][2], prev[1][1], prev[1][2], prev[1][3])    # a glyph without a box
            if prev is not None:
                pbox = prev[1]
                gap = box[0] - pbox[2]
                off_row = box[1] > pbox[3] or box[3] < pbox[1]
                if gap > CELL_GAP * size or box[2] < pbox[0] - 1 or off_row:
                    self._segment(text, first[0], prev[0] + 1, first[1][0], x1, "".join(out))
                    out, first = [], None
                elif space or gap > WORD_GAP * size:
                    out.append(" ")
            if first is None:
                first, x1 = (i, box), box[2]
            out.append(ch)
            x1 = max(x1, box[2])
            prev, space = (i, box), False
        if first is not None:
            self._segment(text, first[0], prev[0] + 1, first[1][0], x1, "".join(out))

    def _segment(self, text: str, start: int, end: int, x0: float, x1: float, content: str | None = None) -> None:
        s = (text[start:end] if content is None else content).translate(_TRANSLATE)
        if not s or s.isspace():
            return
        first = start
        while first < end - 1 and text[first].isspace():
            first += 1
        last = end - 1
        while last > first and text[last].isspace():
            last -= 1
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
        alnum = [i for i in (first, last) if text[i].isalnum()]
        bold = bool(alnum) and all(self._is_bold(i) for i in alnum)
        self.segments.append(Segment(" ".join(s.split()), x0, x1, top, bottom, bold, seq=start, seq_end=end))


def _wide(call) -> str:
    """A UTF-16 string from a PDFium getter that takes (buffer, length in bytes)."""
    n = call(None, 0)
    if n <= 2:
        return ""
    buf = ctypes.create_string_buffer(n)
    call(ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), n)
    return buf.raw[: n - 2].decode("utf-16-le", "ignore")


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
    starts: list[tuple[float, float]] = []
    xs: list[float] = []

    def aligned(seg: Segment) -> bool:
        """Other text starts at this segment's left edge just above or below it: a cell or column edge."""
        if not starts:
            starts.extend(sorted((s.x0, s.top) for s in segments))
            xs.extend(x for x, _ in starts)
        i = bisect.bisect_left(xs, seg.x0 - 3)
        while i < len(starts) and starts[i][0] <= seg.x0 + 3:
            if 0.5 * seg.height < abs(starts[i][1] - seg.top) <= 4 * seg.height:
                return True
            i += 1
        return False

    for row in rows:
        row.segments.sort(key=lambda s: s.x0)
        # merge neighbouring segments of one row that are close (pieces of one PDFium line)
        merged: list[Segment] = []
        for seg in row.segments:
            prev = merged[-1] if merged else None
            gap = seg.x0 - prev.x1 if prev is not None else 0.0
            h = min(seg.height, prev.height) if prev is not None else 0.0
            follows = prev is not None and (0 <= seg.seq - prev.seq_end <= 3 or 0 <= prev.seq - seg.seq_end <= 3)
            bullet = prev is not None and prev.text in BULLETS and gap <= 4 * h
            # a wide gap inside one PDFium line is justified text unless the text after it starts a column
            justified = follows and JOIN_GAP * h < gap <= 1.6 * h and not aligned(seg)
            if prev is not None and (gap <= 0.3 * h or (follows and gap <= JOIN_GAP * h) or bullet or justified):
                gap = seg.x0 - prev.x1
                joiner = " " if gap > 0.12 * min(seg.height, prev.height) or gap < -1 or bullet else ""
                merged[-1] = Segment(prev.text + joiner + seg.text, prev.x0, max(prev.x1, seg.x1),
                                     min(prev.top, seg.top), max(prev.bottom, seg.bottom), prev.bold and seg.bold,
                                     seq=min(prev.seq, seg.seq), seq_end=max(prev.seq_end, seg.seq_end),
                                     action=prev.action + seg.action)
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
                seen.setdefault((_head_text(row).lower(), band, True), set()).add(page.index)
    many = max(3, len(pages) // 2)
    repeated = {key for key, on in seen.items() if len(on) >= (2 if key[2] else many) and len(key[0]) > 1}
    first_page = pages[0].index if pages else 1

    infos = []
    for n, (page, rows) in enumerate(zip(pages, rows_by_page)):
        info = PageInfo(index=page.index, stamps=list(page.stamps))
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


def _head_text(row: Row) -> str:
    """A row's text without the page number standing in it (the part a running head repeats)."""
    if len(row.segments) < 2:
        return row.text()
    kept = [s.text for s in row.segments if not (PAGE_NUMBER.match(s.text.strip()) or BARE_NUMBER.match(s.text.strip()))]
    return "   ".join(kept) if kept else row.text()


def _take_furniture(row: Row, info: PageInfo, bare: list[int], page: _Page, edge: str,
                    repeated: set, first_page: int) -> bool | None:
    """Strip furniture segments from *row*. None: the row is body text; False: it was all furniture;
    True: some segments were furniture and the rest is body."""
    text = row.text()
    band = round(row.top / 6)
    if (_head_text(row).lower(), band, True) in repeated or (_norm(text), band, False) in repeated:
        if edge == "top" and page.index == first_page:
            return None            # a running head's first showing stays: it is often the title
        for seg in row.segments:   # a running foot often ends in the page number
            m = PAGE_NUMBER.match(seg.text.strip()) or (len(row.segments) > 1 and BARE_NUMBER.match(seg.text.strip()))
            if m:
                if PAGE_NUMBER.match(seg.text.strip()):
                    info.printed_number = info.printed_number or int(m.group(1))
                else:
                    bare.append(int(m.group(1)))
        info.stamps.append(_head_text(row))
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
        if ROMAN_NUMBER.match(t) and len(row.segments) == 1:
            took = True                 # front-matter page number (i, ii, iv): furniture, no number kept
            continue
        if STAMP.match(t):
            info.stamps.append(t)
            took = True
            continue
        kept.append(seg)
    if not took:
        return None
    if kept and edge == "bottom" and row.bottom > (1 - HEAD_BAND) * page.height and \
            any(PAGE_NUMBER.match(seg.text.strip()) for seg in row.segments) and len(row.text()) < 160:
        # text printed on the foot line beside "Page 7" is the running foot ("Licensing Sub-Committee 16.05.24"),
        # even on the one page that carries it
        info.stamps.append("   ".join(seg.text.strip() for seg in kept))
        row.segments = []
        return False
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
            if seg.x0 < right:
                continue
            if not INITIALS.match(fix_lookalikes(t)):
                # under an "Action" header a short name also stands for the owner ("Clerk", "Cllr Moran")
                named = (len(t) <= 25 and len(t.split()) <= 3 and t[-1:] not in ".:;,"
                         and any(abs(seg.x0 - hx) < 40 for hx in header_x))
                if not named:
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
            target.segments[-1].action.append(re.sub(r"\s*([/,&+])\s*", r"\1", fix_lookalikes(seg.text.strip())))


def _blocks(segments: list[Segment]) -> list[list[Segment]]:
    """Runs of segments in content-stream order that read down one column: a paragraph, a table cell,
    a column of a two-column page. A segment continues the block when it stands on the block's last
    row to its right, or just below the block within its horizontal extent."""
    blocks: list[list[Segment]] = []
    x0 = x1 = 0.0
    for seg in sorted(segments, key=lambda s: s.seq):
        block = blocks[-1] if blocks else None
        if block is not None and not seg.annotation and not block[-1].annotation:
            last = block[-1]
            h = max(last.height, seg.height)
            same_row = min(last.bottom, seg.bottom) - max(last.top, seg.top) >= 0.5 * min(last.height, seg.height)
            right_of = same_row and last.x1 - 2 <= seg.x0 <= last.x1 + JOIN_GAP * h
            below = last.top < seg.top <= last.bottom + 1.5 * h and seg.x0 < x1 - 2 and seg.x1 > x0 + 2
            if right_of or below:
                block.append(seg)
                x0, x1 = min(x0, seg.x0), max(x1, seg.x1)
                continue
        blocks.append([seg])
        x0, x1 = seg.x0, seg.x1
    return blocks


def _beside(a: list[Segment], b: list[Segment]) -> bool:
    """Two blocks stand side by side over at least two lines, apart from each other."""
    a_top, a_bottom = min(s.top for s in a), max(s.bottom for s in a)
    b_top, b_bottom = min(s.top for s in b), max(s.bottom for s in b)
    a_in = [s for s in a if s.bottom > b_top and s.top < b_bottom]
    b_in = [s for s in b if s.bottom > a_top and s.top < a_bottom]
    if len(a_in) < 2 or len(b_in) < 2:
        return False
    return max(s.x1 for s in a_in) <= min(s.x0 for s in b_in) + 2 or max(s.x1 for s in b_in) <= min(s.x0 for s in a_in) + 2


def _reading_order(page_rows: list[Row]) -> list[tuple[Row, bool]]:
    """Rows in reading order, each with whether it starts a new block (a cell or column after another).

    Blocks that stand beside one another (overlapping in height) form a band. A band of one-line blocks
    is a row of a form or table and is read row by row; otherwise its blocks are read one after the
    other, left to right (a table row of multi-line cells cell by cell, two columns column by column)."""
    row_of = {id(s): r for r in page_rows for s in r.segments}

    def rows_for(segs: list[Segment]) -> list[Row]:
        """The page's rows made of exactly these segments, else the segments grouped anew."""
        ids = {id(s) for s in segs}
        found: dict[int, Row] = {}
        for seg in segs:
            row = row_of.get(id(seg))
            if row is None:
                return _rows(segs)
            found[id(row)] = row
        if any(id(x) not in ids for row in found.values() for x in row.segments):
            return _rows(segs)
        return sorted(found.values(), key=lambda r: r.top)

    blocks = []
    for block in _blocks([s for r in page_rows for s in r.segments]):
        rows = rows_for(block)
        blocks.append((min(r.top for r in rows), max(r.bottom for r in rows), block[0].x0, rows, block))
    blocks.sort(key=lambda b: (b[0], b[2]))
    bands: list[list[tuple]] = []
    bottom = None
    for b in blocks:
        if bands and b[0] < bottom - 2:
            bands[-1].append(b)
            bottom = max(bottom, b[1])
        else:
            bands.append([b])
            bottom = b[1]
    out: list[tuple[Row, bool]] = []
    for band in bands:
        tall = [b for b in band if len(b[3]) > 1]
        side_by_side = any(_beside(a[4], b[4]) for i, a in enumerate(tall) for b in tall[i + 1:])
        if not side_by_side:
            # one column (bullets, numbers and labels beside it): row by row
            rows = band[0][3] if len(band) == 1 else rows_for([s for b in band for s in b[4]])
            out.extend((row, i == 0) for i, row in enumerate(rows))
            continue
        # columns side by side (a table row of multi-line cells, a two-column page): blocks that
        # overlap horizontally form a column, read top to bottom; columns left to right
        columns: list[list] = []          # [x0, x1, blocks]
        for b in sorted(band, key=lambda b: b[2]):
            bx0, bx1 = b[2], max(s.x1 for s in b[4])
            for col in columns:
                if min(col[1], bx1) - max(col[0], bx0) > 0.5 * min(col[1] - col[0], bx1 - bx0):
                    col[0], col[1] = min(col[0], bx0), max(col[1], bx1)
                    col[2].append(b)
                    break
            else:
                columns.append([bx0, bx1, [b]])
        columns.sort(key=lambda c: c[0])
        pending: list[Segment] = []
        for n, (_, _, column) in enumerate(columns):
            column = sorted(column, key=lambda b: b[0])
            first = column[0][3][0]
            if pending and min(first.bottom, pending[0].bottom) - max(first.top, pending[0].top) > 0:
                first.segments[:0] = pending
            elif pending:
                out.append((Row(pending, pending[0].top, pending[0].bottom), True))
            pending = []
            head = column[0][3]
            if len(column) == 1 and len(head) == 1 and n + 1 < len(columns) and len(head[0].text()) <= 12:
                pending = head[0].segments       # a minute number beside its cell: one line with it
                continue
            for b in column:
                out.extend((row, i == 0) for i, row in enumerate(b[3]))
        if pending:
            out.append((Row(pending, pending[0].top, pending[0].bottom), True))
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
        form = None
        if pdfium_c.FPDF_GetFormType(doc.raw) != pdfium_c.FORMTYPE_NONE:
            doc.init_forms()                 # filled-in form fields are read from their values
            form = getattr(doc.formenv, "raw", doc.formenv)
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
        most = limits.current().pages
        if len(doc) > most:
            raise InputError(path, f"PDF has too many pages ({len(doc)}; the limit is {most}, MINUTEBOOK_INGEST_PAGES)")
        pages: list[_Page] = []
        for i in range(len(doc)):
            try:
                page = doc[i]
                try:
                    pages.append(_Page(page, i + 1, form))
                finally:
                    page.close()
            except Exception as exc:  # noqa: BLE001 - one bad page must not cost the rest of the document
                detail = " ".join(str(exc).split())[:120]
                warnings.append(f"page {i + 1}: could not read the page ({type(exc).__name__}: {detail})")
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
        ordered = [(row, new) for row, new in _reading_order([r for r in rows if r.segments]) if row.text()]
        # the page's usual space between lines (double-spaced minutes have a wide one): a paragraph
        # break is a gap clearly wider than that
        gaps = sorted(b.top - a.bottom for (a, _), (b, _) in zip(ordered, ordered[1:])
                      if 0 <= b.top - a.bottom < 3 * a.height)
        usual = gaps[len(gaps) // 10] if len(gaps) >= 4 else 0.0
        prev: Row | None = None
        for row, new_block in ordered:
            text = row.text()
            h = max(row.height, prev.height) if prev is not None else 0.0
            if prev is not None and (row.top - prev.bottom > max(0.6 * h, usual + 0.45 * h)
                                     or (new_block and row.top < prev.bottom)):
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
    try:
        lines = _grid_tables(data, lines, {p.index for p in pages if p.ruled}, {p.index for p in pages if p.chars})
    except Exception as exc:  # noqa: BLE001 - a table the layout reader cannot take is read as before
        warnings.append(f"tables: could not read the ruled tables ({type(exc).__name__})")
    normalise_lines(lines)
    return Text(source=str(path), lines=lines, pages=infos, warnings=warnings, kind="pdf")


BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)


def _centre_in(box):
    """pdfplumber object filter: characters whose centre stands in the cell (a crop keeps the edges of a line
    of text above or below the cell that only touch it)."""
    x0, top, x1, bottom = box

    def keep(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        return x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1 and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom
    return keep


def _draws_rules(page) -> bool:
    """Whether the page draws a straight rule or a box (a path wider or taller than 3 points): where a ruled
    table may stand."""
    raw = page.raw
    for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_PATH:
            left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
            if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top) and \
                    (right.value - left.value > 3 or top.value - bottom.value > 3):
                return True
    # paths inside form objects (a table drawn as a reusable XObject)
    if any(pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw, k)) == pdfium_c.FPDF_PAGEOBJ_FORM
           for k in range(pdfium_c.FPDFPage_CountObjects(raw))):
        for inner in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=3):
            left, bottom, right, top = inner.get_bounds()
            if right - left > 3 or top - bottom > 3:
                return True
    return False


def _grid_tables(data: bytes, lines: list[Line], ruled: set[int], texted: set[int]) -> list[Line]:
    """Ruled tables (a drawn grid) that tables.grid_lines recognises from their header row — attendance
    registers and Item / Action tables — read cell by cell with pdfplumber and put in place of the lines the
    page gave for them. A header row repeated on a later page is dropped; a table that goes on over a page
    without its header keeps the header of the table it continues."""
    import io

    import pdfplumber

    from minutebook.ingest.readers.markup import is_header
    from minutebook.ingest.readers.tables import grid_lines, is_section_row

    from minutebook.ingest.readers.tables import SECTION

    from minutebook.ingest.readers.markup import HEADER_CELL

    if not ruled:
        return lines                  # no page draws a rule: no grid to read
    # pages that print a table header (the reader may have taken its "Action" cell for an Action column already):
    # a row of two or more header cells, an "Action" header, or a section label ("Present:") over a row of cells;
    # a label alone over a running line ("Present" / "Councillors A, B and C") is a layout, not a table, and
    # reading a page with pdfplumber costs about 0.2 s
    texts = [ln.text.strip() if ln.page in ruled else "" for ln in lines]   # (only ruled pages matter)

    def cells(text: str) -> list[str]:
        return [c for c in re.split(r"\s{3,}", text) if c]

    def table_row_follows(i: int) -> bool:
        after = next((t for t in texts[i + 1:i + 4] if t), "")
        return len(cells(after)) >= 2

    headed = {lines[i].page for i, t in enumerate(texts) if t and (
        (len(cells(t)) >= 2 and all(HEADER_CELL.match(c.strip(" .:")) or HEADER_CELL.match(c.strip(" :"))
                                    for c in cells(t)))
        or ACTION_HEADER.match(t)
        or ((SECTION.match(t) or HEADER_CELL.match(t.strip(" .:"))) and table_row_follows(i)))}
    if not headed:
        return lines                  # no table header anywhere: nothing to do (and no second reading of the file)
    groups: list[dict] = []           # one per table, its parts on each page: header, rows, (page, bbox)
    last: dict | None = None
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index, page in enumerate(pdf.pages, start=1):
            # pdfplumber reads a whole page to find its rules: only pages PDFium finds ruled lines or boxes on
            if index not in ruled:
                last = None if index in texted else last
                continue
            if index not in headed and last is None:
                continue              # only pages that print a table's header, or go on with a table
            if not (page.rects or page.lines):
                last = None if page.chars else last
                continue
            # a row broken at the foot (or head) of the page is drawn open: close it where its rules end
            v = [e for e in page.edges if e["orientation"] == "v"]
            h = [e for e in page.edges if e["orientation"] == "h"]
            extra = []
            if v and h:
                if max(e["bottom"] for e in v) > max(e["top"] for e in h) + 3:
                    extra.append(max(e["bottom"] for e in v))
                if min(e["top"] for e in v) < min(e["top"] for e in h) - 3:
                    extra.append(min(e["top"] for e in v))
            for t, table in enumerate(page.find_tables({"explicit_horizontal_lines": extra} if extra else None)):
                rows = []
                region = page.crop(table.bbox)         # the table's own characters, once
                for row in table.rows:
                    cells = []
                    for box in row.cells:
                        if box is None:
                            cells.append([])
                            continue
                        got = region.filter(_centre_in(box)).crop(box).extract_text_lines(return_chars=True)
                        cells.append([(fix_lookalikes(" ".join(ln["text"].split())),
                                       bool(ln["chars"]) and all(BOLD_FONT.search(c.get("fontname") or "")
                                                                 for c in ln["chars"] if c["text"].strip()))
                                      for ln in got if ln["text"].strip()])
                    rows.append(cells)
                if not rows:
                    continue
                header = [" ".join(x for x, _ in c) for c in rows[0]]
                continued = t == 0 and last is not None and len(rows[0]) == len(last["header"])
                if continued and (not is_header(header) or [h.lower() for h in header] == [h.lower() for h in last["header"]]):
                    last["rows"] += rows[1:] if is_header(header) else rows
                    last["parts"].append((index, table.bbox))
                elif is_header(header) or is_section_row(header):
                    last = {"header": header, "rows": rows[1:], "parts": [(index, table.bbox)], "first": index}
                    groups.append(last)
                else:
                    last = None
            if page.chars and last is not None and last["parts"][-1][0] != index:
                last = None
    found: list[tuple[list, list[Line]]] = []
    for g in groups:
        got_lines = grid_lines(g["header"], g["rows"], page=g["first"], wrapped=True)
        if got_lines is not None:
            found.append((g["parts"], got_lines))
    if not found:
        return lines
    out: list[Line] = []
    placed: set[int] = set()
    for ln in lines:
        hit = next((k for k, (parts, _) in enumerate(found) for page, box in parts if ln.page == page
                    and ln.y is not None and box[1] - 2 <= ln.y <= box[3]), None)
        if hit is None:
            out.append(ln)
        elif hit not in placed:
            placed.add(hit)
            out.append(Line("", page=ln.page))
            out.extend(found[hit][1])
    return out
