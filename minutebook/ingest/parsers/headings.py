"""Numbered headings of agendas and minutes, and the lines they stand on.

Numbering as printed: "128   APOLOGIES FOR ABSENCE", " 139a OFFENDER MANAGEMENT…", "1. Apologies",
"18.09.1 Apologies", "6.1 Chair's report", "Minute 12/34", "270. Apologies for Absence (Item 1)",
"Item 4", "**1.**" with the title on the next line, "10 a) Adult literacy…", letter sub-items
("a    DOMESTIC ABUSE SUB GROUP UPDATE" under item 12 → "12a"). Numbered lists inside the text
("1- An update…", "1. Maintenance work…") are told apart by choosing the longest chain of
numbers that runs on in order.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from typing import Optional

from minutebook.ingest.lines import Text
from minutebook.ingest.parsers.common import MONTH, find_dates, is_upper
from minutebook.ingest.repair import strip_bullet

INITIALS_ONLY = re.compile(r"^(?:[A-Z]{2,3}|[A-Z][a-z]?[A-Z])(?:\s*[/,&]\s*(?:[A-Z]{2,3}|[A-Z][a-z]?[A-Z]))*$")
REPORT_REF = re.compile(r"\b([A-Z]{2,5})\s?(\d{4,6})\b")
ACTION_WORD = re.compile(r"^(?:Action(?:s)?(?:\s+by(?:/date)?)?|Action\s+by\s*/\s*date|Lead|Owner)\s*:?$", re.I)


@dataclass
class L:
    text: str
    action: Optional[str] = None
    heading: bool = False
    bold: bool = False
    page: Optional[int] = None
    bullet: bool = False
    gap: bool = False           # the line had a wide gap (layout text)
    cells: Optional[list] = None  # the line's parts between wide gaps
    spans: Optional[list] = None  # where each cell starts on the line (layout text), to put a mark under its column
    due: Optional[str] = None     # a table's date column beside the line's action (Line.due), as printed
    indent: Optional[int] = None  # the column the text starts at (plain text laid out with spaces)
    hang: Optional[int] = None    # the column a list item's text starts at after its marker "(2)   the …"
    log: Optional[str] = None     # an action log row's minute reference (Line.log)
    src: Optional[int] = None     # the index of the reader's line (Text.lines) this line came from: its provenance

    @property
    def celled(self) -> str:
        """The text with wide gaps shown as semicolons (for lists laid out in columns)."""
        return "; ".join(self.cells) if self.cells and len(self.cells) > 1 else self.text

    @property
    def blank(self) -> bool:
        return not self.text and not self.action


TRAILING_INITIALS = re.compile(r"\s{3,}((?:[A-Z]{2,4}|[A-Z][a-z]?[A-Z])(?:\s*[/,&]\s*(?:[A-Z]{2,4}|[A-Z][a-z]?[A-Z]))*)\s*$")


_LOWER_OR_PUNCT = re.compile(r"[a-z.,;:)]")
_GAP = re.compile(r"\S\s{3,}\S")
_GAP_SPLIT = re.compile(r"\s{3,}")
_CELL = re.compile(r"\S+(?:\s{1,2}\S+)*")
_RUNNING_HEAD = re.compile(r"[\w &',()/-]{2,60}\s[-\u2013|]\s(?:[\w ]{2,30}\s)?(?:(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}"
                           r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})")
_FUSED_NUMBER = re.compile(r"^(\d{1,3}/\d{2})(?=[A-Z])")
_HANGING = re.compile(r" *\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\s*[).\-–:]\s+(?=\S)")
_LEAD_NUMBER = re.compile(r"^(\d{1,3})\.?\s")


def prepare(text: Text) -> list[L]:
    """Reader lines → working lines: bullets off, whitespace squeezed, Action column cells kept."""
    out: list[L] = []
    for src, line in enumerate(text.lines):
        raw = line.text.replace("\t", "   ")
        action = (line.action or "").strip() or None
        if action and ACTION_WORD.match(action):
            action = None
        m = TRAILING_INITIALS.search(raw) if not action and "   " in raw else None
        if m and _LOWER_OR_PUNCT.search(raw[:m.start()]):
            raw, action = raw[:m.start()], m.group(1)
        s, bullet = strip_bullet(raw)
        gap = "   " in s and bool(_GAP.search(s))
        cells = [" ".join(c.split()) for c in _GAP_SPLIT.split(s.strip())] if gap else None
        spans = [m.start() for m in _CELL.finditer(s)] if gap else None
        indent = hang = None
        if text.kind == "text" and s.strip():
            indent = len(s) - len(s.lstrip(" "))
            marked = _HANGING.match(s)
            hang = marked.end() if marked else None
        s = " ".join(s.split())
        if s in ("Action", "Actions", "ACTION", "Action by/date", "Action By") and not line.heading:
            s = ""
            if not action:
                continue
        out.append(L(s, action, line.heading, line.bold, line.page, bullet, gap, cells, spans, getattr(line, "due", None),
                     indent, hang, line.log, src))
    # running heads at the top of a page: "Council - 5 December 2023", "Cabinet - 12 October 2023"
    previous_page = None
    kept = []
    for ln in out:
        first_on_page = ln.page is not None and ln.page != previous_page and ln.text
        if ln.text:
            previous_page = ln.page if ln.page is not None else previous_page
        if first_on_page and ln.page and ln.page > 1 and _RUNNING_HEAD.fullmatch(ln.text):
            continue
        kept.append(ln)
    out = kept
    for ln in out:
        if ln.text[:1].isdigit():
            ln.text = _FUSED_NUMBER.sub(r"\1 ", ln.text)     # "206/19Apologies for Absence"
    return split_sub_numbers(split_run_on(column_tables(_split_labels(out))))


def _split_labels(lines: list[L]) -> list[L]:
    """A left-column label wrapped over two lines ("Also in" / "attendance:") is one label."""
    for k in range(len(lines) - 1):
        a, b = lines[k], lines[k + 1]
        if a.cells and b.cells and len(a.cells) >= 2 and len(b.cells) >= 2 and not a.cells[0].endswith(":") \
                and b.cells[0].endswith(":") and len(a.cells[0].split()) <= 3 and len(b.cells[0].split()) <= 2 \
                and a.cells[0][:1].isupper() and (b.cells[0][:1].islower()
                                                  or is_upper(a.cells[0]) and is_upper(b.cells[0])
                                                  and re.fullmatch(r"(?:ALSO|IN)\s+(?:PRESENT|ATTENDANCE|ATTENDING):", f"{a.cells[0]} {b.cells[0]}")):
            # "ALSO" / "PRESENT:" in capitals likewise
            label = f"{a.cells[0]} {b.cells[0]}"
            a.text = f"{label} " + " ".join(a.cells[1:])
            a.cells = [label] + a.cells[1:]
            b.text = " ".join(b.cells[1:])
            b.cells = b.cells[1:]
    return lines


def split_sub_numbers(lines: list[L]) -> list[L]:
    """"10 Correspondence 10.1 CPRE standard light pollution clause": sub-minutes run on after their minute."""
    out: list[L] = []
    todo = list(reversed(lines))
    while todo:
        ln = todo.pop()
        m = _LEAD_NUMBER.match(ln.text) if ln.text[:1].isdigit() else None
        if not m or (f"{m.group(1)}." not in ln.text[m.end():] and f"{int(m.group(1)) + 1}." not in ln.text[m.end():]):
            out.append(ln)
            continue
        rx = re.compile(rf"(?<=\S)\s+(?={m.group(1)}\.\d{{1,2}}[a-z]?\s+[A-Z0-9])|(?<=[.!?])\s+(?={int(m.group(1)) + 1}\.\s+[A-Z])")
        parts = rx.split(ln.text)
        if len(parts) == 1:
            out.append(ln)
            continue
        made = [L(part, ln.action if k == len(parts) - 1 else None, ln.heading and k == 0, ln.bold, ln.page, src=ln.src)
                for k, part in enumerate(parts)]
        out.append(made[0])
        # the next minute split off ("… reported. 8. Reports 8.1 Chairman's Report …") may run on in turn
        todo.extend(reversed(made[1:]))
    return out


def _under_header(row: L, head: L, width: int) -> Optional[list[str]]:
    """A layout row with empty cells left out ("Ned Farrow   Fire Service      Y"): each cell put under the header
    column it starts in, so a mark lands in Present, Apologies or Absent."""
    if not (row.spans and head.spans and len(row.spans) == len(row.cells) and len(head.spans) == len(head.cells)) \
            or len(row.cells) >= len(head.cells):
        return None
    out = [""] * width
    for cell, start in zip(row.cells, row.spans):
        k = max((n for n, h in enumerate(head.spans) if h <= start + 2), default=0)
        out[k] = f"{out[k]} {cell}".strip()
    return out


def column_tables(lines: list[L]) -> list[L]:
    """Attendance tables laid out in columns (Word, PDF): "Name | Role / Organisation | Present" rows → attendance blocks."""
    from minutebook.ingest.readers.markup import HEADER_CELL, _role, is_header, table_lines

    def header_words(cells):
        # "Apologies Absent": two header cells the reader printed one space apart
        out, split = [], []
        for c in cells:
            words = c.split()
            if len(words) > 1 and not HEADER_CELL.match(c) and all(HEADER_CELL.match(w) for w in words):
                split.extend(range(len(out), len(out) + len(words)))
                out.extend(words)
            else:
                out.append(c)
        return out, split

    out: list[L] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        cells, split = header_words(ln.cells) if ln.cells else (None, [])
        if cells and len(cells) >= 2 and is_header(cells) and re.match(r"(?i)(?:names?|attendees?|members?)\b", cells[0]):
            header = list(cells)
            joined = bool(split)
            # a last tick column the reader took for an Action column ("Apologies" with "•" under it)
            tick = bool(ln.action and re.fullmatch(r"(?i)present|apologies|absent|in\s+attendance", ln.action.strip()))
            if tick:
                header.append(ln.action.strip())
            rows = []
            j = i + 1
            while j < len(lines) and (lines[j].cells and len(lines[j].cells) >= 2 or not lines[j].text):
                if lines[j].cells and (is_header(lines[j].cells) or re.match(r"\d", lines[j].cells[0])):
                    break
                if lines[j].cells:
                    row = (None if joined else _under_header(lines[j], ln, len(header))) or list(lines[j].cells)
                    if tick:
                        row = row[:len(header) - 1] + [""] * (len(header) - 1 - len(row)) + [lines[j].action or ""]
                    elif joined and lines[j].action:
                        # the mark the reader took for an Action column: under the tick columns printed one space
                        # apart ("Apologies Absent"), the first of them, the columns left of it being empty
                        free = [k for k in split if _role(header[k]) == "attendance" and k >= len(row)]
                        if free:
                            row = row + [""] * (free[0] - len(row)) + [lines[j].action]
                    rows.append(row)
                j += 1
            if rows:
                for made in table_lines(header, rows):
                    out.append(L(made.text, None, made.heading, made.bold, ln.page, src=ln.src))
                i = j
                continue
        out.append(ln)
        i += 1
    return out


def split_run_on(lines: list[L]) -> list[L]:
    """Minutes numbered "70/17" run together in one paragraph: each number starts a line."""
    text = "\n".join(ln.text for ln in lines)
    years = Counter(y for y in re.findall(r"(?:^|\s)\d{1,3}/(\d{2})\s+(?=[A-Z-])", text, re.M))
    if not years:
        return lines
    year, count = years.most_common(1)[0]
    if count < 3:
        return lines
    rx = re.compile(rf"(?<=\S)(?<!Minute)(?<!minute)(?<!Item)(?<!item)(?<!No\.)\s+(?=\d{{1,3}}/{year}\s+[A-Z-])")
    out: list[L] = []
    for ln in lines:
        parts = rx.split(ln.text)
        if len(parts) == 1:
            out.append(ln)
            continue
        for k, part in enumerate(parts):
            out.append(L(part, ln.action if k == len(parts) - 1 else None, ln.heading and k == 0, ln.bold, ln.page, src=ln.src))
    return out


NUMBER = (r"([A-Z]{1,4}/\d{2,4}/\d{1,4}|(?-i:[A-Z]{1,4}\s?\d{2}/\d{1,4}|[A-Z]{1,3}\.\s?\d{1,4}(?:\.\d{1,2})?(?![\d/]))"
          r"|\d{1,4}\([a-z]\)|\d{1,4}(?:\.\d{1,3}){0,3}[a-z]?|\d{1,3}/\d{2,4})")
HEAD_RX = re.compile(
    rf"^(?:(?:Minute|Min\.?|Agenda\s+Item|Item)\s+(?:No\.?\s*)?)?{NUMBER}(?:\s*[.):]|\s*-\s+|(?=\s)|$)\s*(.*)$", re.I)
ITEM_REF = re.compile(r"^[(\[]?\s*(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(\d{1,3}[a-z]?(?:\.\d{1,2})?)\s*[)\]]?\.?$", re.I)
LETTER_RX = re.compile(r"^\(?([a-h]|i{1,3}|iv|v|vi{1,3})[.)]?\s+(\S.*)$")
NOT_TITLE = re.compile(rf"^(?:(?i:{MONTH})\b|(?i:a\.?m|p\.?m)\b\.?|%|per\s|x\s|hours?\b|mins?\b|minutes\b|years?\b|days?\b|weeks?\b|months?\b|st\b|nd\b|rd\b|th\b)")


TIME_SLOT = re.compile(r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–]|to)\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?=[A-Z])", re.I)


@dataclass
class Head:
    index: int          # line index
    number: str
    key: tuple
    rest: str           # text after the number on the same line
    strength: float
    rule: str = "numbered-heading"    # the rule that found it (provenance)


def number_key(number: str) -> tuple:
    number = re.sub(r"\(([a-z])\)$", r"\1", number.lower())       # "46(a)" is 46a
    coded = re.fullmatch(r"[a-z]{1,4}[/\s]?(\d+)/(\d+)", number)     # "FC/24/065", "CSP 24/15", "FC24/101"
    if coded:
        return (int(coded.group(1)), int(coded.group(2)))
    prefixed = re.fullmatch(r"[a-z]{1,3}\.\s?(\d+(?:\.\d+)?)", number)
    if prefixed:
        number = prefixed.group(1)
    if "/" in number:
        # "12/34" (minute 12 of the 2034 series, or of 34): the series first
        a, b = number.split("/", 1)
        number = f"{b}.{a}"
    parts: list[int] = []
    for part in number.split("."):
        m = re.match(r"(\d+)([a-z]?)$", part)
        if not m:
            return ()
        parts.append(int(m.group(1)))
        if m.group(2):
            parts.append(ord(m.group(2)) - 96)
    return tuple(parts)


DOTTED_DATE = re.compile(r"(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\d{2}")


def candidate(lines: list[L], i: int) -> Optional[Head]:
    line = lines[i]
    text = line.text
    if not text or line.bullet and not line.heading and not re.match(r"^\d{1,3}\.\d{1,2}[a-z]?\s", text):
        return None
    m = HEAD_RX.match(text)
    if not m:
        return _letter_candidate(lines, i)
    number, rest = m.group(1), m.group(2).strip()
    slot = TIME_SLOT.match(rest) if rest[:1].isdigit() else None
    if slot:
        rest = rest[slot.end():]        # rule time-slot: "1) 11.00 - 11.10 Minutes and action points": the time is no title
    dotted = re.match(r"^\d{1,2}\.\d{1,2}\.\d{1,2}(?!\d)", text)
    if re.match(r"^\d{1,2}/\d{1,2}/\d{2,4}|^\d{1,2}\.\d{1,2}\.\d{4}", text) or re.match(r"^\d{1,3}(?:,\d{3})+\b", text):
        return None
    if not dotted and find_dates(text[:40]) and find_dates(text[:40])[0].start == 0:
        return None
    if DOTTED_DATE.fullmatch(text) and "0" in (text[0], text[3]):
        return None     # rule dotted-date-not-number: "02.03.11" alone under the title is the meeting's date
    if rest and (rest[0].islower() or NOT_TITLE.match(rest)) and not rest.startswith(("e.g",)):
        return None
    if rest and not re.match(r"[A-Z\"'(\[*]|(?:19|20)\d\d\s+[A-Z]|\d{2,4}/\d{3,6}(?:/[A-Z]{1,5})?\s+(?:[-–:]\s+)?[A-Z0-9]", rest) and \
            not (re.match(r"^\d{1,4}\s+[A-Z][a-z]", rest) and re.match(r"^\s*\d{1,3}[.)]\s", text)):
        return None
    if re.match(r"^\d+\s*(?:-|to)\s*\d+", text) and not re.match(r"^\d+\s*-\s+[A-Z]", text):
        return None
    if number.count("/") == 1 and not number[:1].isalpha() and not text.lower().startswith(("minute", "min")) and not (rest and is_upper(rest[:40])) \
            and not line.heading \
            and not re.fullmatch(r"\d{1,3}/\d{2}|\d{2}/\d{3}", number):
        return None
    if re.match(r"^(?:19|20)\d\d$", number):
        return None
    key = number_key(number)
    if not key:
        return None
    if not rest:
        # a number on its own line: the title is on the next line
        nxt = next((j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].text), None)
        nm = HEAD_RX.match(lines[nxt].text) if nxt is not None else None
        if nxt is None or nm and not ITEM_REF.match(lines[nxt].text) and \
                not (key and number_key(nm.group(1)) and number_key(nm.group(1))[0] > key[0] * 3 + 10):
            return None
        if not re.match(r"[A-Z\"'(]|\d{1,4}\s+[A-Z][a-z]", lines[nxt].text) or len(lines[nxt].text) > 120:
            return None
    strength = 1.0
    if line.heading or line.bold:
        strength += 0.6
    if rest and is_upper(rest[:60]):
        strength += 0.4
    if re.search(r"[(\[]Item\s+\d", rest, re.I):
        strength += 0.6
    after = next((lines[j].text for j in range(i + 1, min(i + 4, len(lines))) if lines[j].text), "")
    if ITEM_REF.match(after):
        strength += 0.6
    if rest and rest.endswith((",", ";")):
        strength -= 0.5
    if rest and len(rest) <= 90 and not rest.endswith((".", ",", ";")):
        strength += 0.3          # a title, not a sentence
    elif rest and re.match(r"^[^:]{3,50}:", rest):
        strength += 0.3          # "Those Attending: …"
    elif rest and len(rest) > 90 and not is_upper(rest[:40]) and re.search(r"\b(?:was|were|had|has|is|are|would|will)\b", rest):
        strength -= 0.3          # a numbered paragraph of the narrative
    if re.match(r"^\d+\s*-\s", text):
        strength -= 0.7      # "1- An update…" is a list inside a resolution
    nxt_line = next((lines[j] for j in range(i + 1, min(i + 3, len(lines))) if lines[j].text or lines[j].action), None)
    if nxt_line is not None and nxt_line.text in ("",) and nxt_line.action is None:
        strength += 0.1
    return Head(i, number, key, rest, strength)


LETTER_HEAD = re.compile(r"^([A-H])(?:-(\d{1,2}))?\.\s+([A-Z\"'(].*)$")


def _letter_candidate(lines: list[L], i: int) -> Optional[Head]:
    """Lettered sections of US minutes: "A. CALL TO ORDER" (a title in capitals, or a heading or bold line) and the
    items under them "D-1. Ordinance No. …"."""
    line = lines[i]
    m = LETTER_HEAD.match(line.text)
    if not m and line.text[:1] in "IVX":
        return _roman_candidate(line, i)
    if not m or line.bullet and not line.heading:
        return None
    letter, sub, rest = m.group(1), m.group(2), m.group(3).strip()
    if not sub and not (is_upper(rest[:40]) and len(rest) <= 90 or (line.heading or line.bold) and len(rest) <= 90):
        return None
    if not sub and re.match(r"^[A-Z][a-z]+\s+(?:[a-z]|[A-Z][a-z]+\s+(?:said|reported|asked|moved|noted|was|is))", rest):
        return None         # "A. Smith reported …": an initial, not a section
    key = (ord(letter) - 64,) + ((int(sub),) if sub else ())
    strength = 1.0 + (0.6 if line.heading or line.bold else 0) + (0.4 if is_upper(rest[:60]) else 0)
    return Head(i, f"{letter}-{sub}" if sub else letter, key, rest, strength)


ROMAN_HEAD = re.compile(r"^(X{0,2}(?:IX|IV|V?I{0,3}))\.\s+([A-Z\"'(].*)$")
ROMAN = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    total = 0
    for k, ch in enumerate(numeral):
        v = ROMAN[ch]
        total += -v if k + 1 < len(numeral) and ROMAN[numeral[k + 1]] > v else v
    return total


def _roman_candidate(line: L, i: int) -> Optional[Head]:
    """Sections numbered in Roman numerals in US agendas and minutes: "VI. CONSENT AGENDA" (a title in capitals,
    or a heading or bold line); "I. Smith reported …" is an initial."""
    m = ROMAN_HEAD.match(line.text)
    if not m or not m.group(1) or line.bullet and not line.heading:
        return None
    rest = m.group(2).strip()
    if not (is_upper(rest[:40]) and len(rest) <= 90 or (line.heading or line.bold) and len(rest) <= 90):
        return None
    if re.match(r"^[A-Z][a-z]+\s+(?:[a-z]|[A-Z][a-z]+\s+(?:said|reported|asked|moved|noted|was|is))", rest):
        return None
    strength = 1.0 + (0.6 if line.heading or line.bold else 0) + (0.4 if is_upper(rest[:60]) else 0)
    return Head(i, m.group(1), (roman_value(m.group(1)),), rest, strength)


@lru_cache(maxsize=65536)
def _step_ok(a: tuple, b: tuple) -> Optional[float]:
    """Whether heading b can follow heading a, and the cost of the step."""
    if not b > a:
        return None
    for pos in range(max(len(a), len(b))):
        x = a[pos] if pos < len(a) else None
        y = b[pos] if pos < len(b) else None
        if x == y:
            continue
        if x is None:           # b goes one level deeper: 6 → 6.1, 139 → 139a
            if len(b) == len(a) + 2 and b[pos:] == (1, 1):
                return 0.1      # two levels at once: "10 REPORTS OF OFFICERS" → "10.1.1 Development Application …"
            return 0.0 if y <= 2 and len(b) == len(a) + 1 else None
        if y is None:
            return None
        gap = y - x
        if gap <= 0:
            return None
        if gap > 12:
            return None
        deeper = b[pos + 1:]
        if any(v > 3 for v in deeper):
            return None
        return 0.15 * (gap - 1) + 0.2 * len(deeper)
    return None


def _series_first(cands: list[Head]) -> None:
    """Slash numbers whose left part is the shared one ("24/01", "24/02" … in the year 2024) are keyed
    series first; number_key's default reads "206/19" as minute 206 of the 2019 series. Lettered numbers whose
    right part is the shared one ("BM 18/2021", "BM 19/2021" … of the 2020/21 series) are keyed series first too
    (number_key reads "FC/24/065" and "CSP 24/15" with the series on the left)."""
    coded = [(c, m) for c in cands for m in [re.fullmatch(r"[A-Za-z]{1,4}[/\s]?(\d+)/(\d+)", c.number)] if m]
    if len(coded) >= 3:
        right = Counter(m.group(2) for _, m in coded)
        shared, times = right.most_common(1)[0]
        if times >= 0.6 * len(coded) and len({m.group(1) for _, m in coded}) > 1:
            for c, m in coded:
                if m.group(2) == shared:
                    c.key = (int(m.group(2)), int(m.group(1)))
    slashed = [c for c in cands if re.fullmatch(r"\d{1,3}/\d{2,4}", c.number)]
    if len(slashed) < 3:
        return
    left = Counter(c.number.split("/")[0] for c in slashed)
    right = Counter(c.number.split("/")[1] for c in slashed)
    shared, times = left.most_common(1)[0]
    if times < 0.6 * len(slashed) or right.most_common(1)[0][1] >= times or len(right) <= len(left):
        return
    for c in slashed:
        a, b = c.number.split("/")
        if a == shared:
            c.key = (int(a), int(b))


def _listed_again_out(cands: list[Head]) -> list[Head]:
    """A list of the items at the head of minutes ("Agenda:" / "BM 18/2021 To record those present" / "BM 19/2021 …",
    a number a line), whose numbers are printed again further on as the minutes' own headings: the list is the
    record's table of contents, and the headings further on are the items."""
    runs: list[list[int]] = []
    for k, c in enumerate(cands):
        if runs and c.index - cands[runs[-1][-1]].index <= 2:
            runs[-1].append(k)
        else:
            runs.append([k])
    drop: set[int] = set()
    for run in runs:
        if len(run) < 4 or sum(cands[k].rest.rstrip().endswith(".") for k in run) > 0.2 * len(run):
            continue        # a list of titles, not numbered sentences ("1. No apologies were received.")
        end = cands[run[-1]].index
        later = {c.key for c in cands if c.index > end}
        again = [k for k in run if cands[k].key in later]
        if len(again) >= 0.6 * len(run):
            drop.update(again)
    return [c for k, c in enumerate(cands) if k not in drop] if drop else cands


def chain(lines: list[L], start: int = 0, end: Optional[int] = None) -> list[Head]:
    """The headings of a stretch of lines: the best chain of numbered candidates."""
    end = len(lines) if end is None else end
    cands = [c for c in (candidate(lines, i) for i in range(start, end)) if c]
    if not cands:
        return []
    _series_first(cands)
    cands = _listed_again_out(cands)
    # a list numbered from 1 again inside a minute ("7. Correspondence" / "1. …" "2. …" … "8. …") is not minutes
    k = 1
    while k < len(cands):
        if len(cands[k].key) == 1 and cands[k].key[0] == 1 and cands[k - 1].key > (1,):
            run = [k]
            while run[-1] + 1 < len(cands) and cands[run[-1] + 1].key == (cands[run[-1]].key[0] + 1,) and \
                    cands[run[-1] + 1].index - cands[run[-1]].index <= 4:
                run.append(run[-1] + 1)
            if len(run) >= 2:
                for r in run:
                    cands[r].strength -= 0.8
            k = run[-1] + 1
        else:
            k += 1
    out = _best(cands)
    # a second run numbered from 1 again after the last minute (a converter restarting its list)
    while out:
        rest = [c for c in cands if c.index > out[-1].index]
        more = _best(rest) if rest else []
        if len(more) >= 2 and more[0].key == (1,) and all(c.strength >= 1.0 for c in more) and \
                sum(c.strength for c in more) / len(more) >= 1.2:
            out.extend(more)
        else:
            break
    return out


def _best(cands: list[Head]) -> list[Head]:
    n = len(cands)
    if not n:
        return []
    best = [c.strength for c in cands]
    prev = [-1] * n
    for j in range(n):
        for i in range(max(0, j - 120), j):
            cost = _step_ok(cands[i].key, cands[j].key)
            if cost is None:
                continue
            score = best[i] + cands[j].strength - cost
            if score > best[j]:
                best[j], prev[j] = score, i
    j = max(range(n), key=lambda k: best[k])
    out = []
    while j != -1:
        out.append(cands[j])
        j = prev[j]
    out.reverse()
    return out


_VERBS = r"(?:was|were|had|has|have|is|are|would|will|reported|noted|asked|confirmed|stated|advised|presented|commented|explained|said|welcomed|thanked|agreed|informed|gave|provided|updated|raised|proposed|discussed|received|declared|made|approved|resolved|decided|accepted)"


_STARTERS = {"The", "There", "It", "This", "These", "No", "He", "She", "They", "We", "Members", "Councillors", "Cllr",
             "Councillor", "Mr", "Mrs", "Ms", "Dr", "Apologies", "A", "An", "One", "Two", "Three", "Four", "Five", "Six",
             "Several", "Many", "Some", "All", "Both", "Following", "Further", "Following", "Correspondence", "Having",
             "Although", "Despite", "Unfortunately"}


def _clause_start(rest: str) -> Optional[int]:
    """Where the narrative starts in "Apologies for absence Apologies had been received …"."""
    title_words = set()
    for m in re.finditer(r"\s(?=([A-Z][\w'’]*)\.?((?:\s+\S+){0,3}))", rest):
        title_words.update(w.lower() for w in rest[:m.start()].split())
        if m.start() < 8:
            continue
        word, following = m.group(1), m.group(2)
        if word in ("Having", "Although", "Despite", "Unfortunately") and m.start() >= 8 and following.strip():
            return m.start()           # "Chairman's Report Having given a report …"
        starter = word in _STARTERS or re.fullmatch(r"[A-Z]{2,3}", word) or word.lower() in title_words
        if word in ("Mr", "Mrs", "Ms", "Dr", "Cllr", "Councillor"):
            following = re.sub(r"^\s+\S+", "", following, count=1)
        named = re.match(r"^\s+([A-Z][a-z]+)\s+(?:was|were|had|has|reported|noted|asked|confirmed|stated|advised|presented|"
                         r"commented|explained|said|welcomed|thanked|gave|provided|updated|raised|proposed|informed)\b", following)
        if named and (named.group(1).lower() in title_words or word.lower() in title_words or named.group(1) in _STARTERS
                      or named.group(1).lower() in ("apologies", "minutes", "members", "councillors", "reports", "accounts")):
            named = None
        titled = re.match(r"^((?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?(?:\s+[A-Z][\w'-]*){1,3})\s*[\u2022:]", rest[m.end():])
        if titled and m.start() >= 8:
            return m.start()
        if not starter and named and re.search(r"\b(?:of|for|and|on|to|the|in)\b", rest[:m.start()]) and \
                word not in ("All", "St", "Saint", "Saints", "New", "Old", "North", "South", "East", "West", "Great", "Little"):
            # "Election of Chairman David Llewellyn was nominated …": a person's name starts the narrative
            return m.start()
        window = rest[m.end() + len(word):][:120]
        if word == "The" and re.match(rf"^\s+[a-z](?:[^.;:]|\.(?=\d)){{0,100}}?\s{_VERBS}\b", window):
            return m.start()           # "… 21 August 2019 The minutes of the Ordinary meeting held on 7 August were …"
        if word == "The" and re.match(rf"^\s+(?:(?:Parish|Town|District)\s+)?(?:Council|Committee|Chair(?:man)?|Clerk|Board|Group)\s+{_VERBS}", window):
            return m.start()
        run = re.match(rf"^((?:\s+[^\s.,;:]+){{0,8}}?)\s+{_VERBS}\b", window)
        if word in ("The", "There", "It", "This", "These", "No", "Apologies") and run and \
                not any(w[:1].isupper() and w not in _MONTHS for w in run.group(1).split()):
            return m.start()
        lower = re.match(rf"^((?:\s+[a-z][^\s.,;:]*){{1,3}})\s+{_VERBS}\b", window)
        if lower and re.match(rf"\s+{_VERBS}\b", lower.group(1)) and \
                not all(w[:1].isupper() or w.lower() in _FUNCTION for w in rest[:m.start()].split()):
            lower = None    # "Parking along Church Road was discussed": the capital is inside a sentence, not after a title
        if lower and len(rest[:m.start()].split()) >= 3 and word not in _MONTHS:
            # "… in the Cemetery Draft paperwork for consideration had been circulated …"
            return m.start()
        if starter and re.match(rf"^(?:\s+\S+){{0,1}}?\s+{_VERBS}\b", following):
            return m.start()
    return None


_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}
_FUNCTION = {"and", "of", "the", "for", "to", "on", "in", "at", "a", "an", "&", "-", "with", "by", "from"}


def _title_case_run(text: str) -> bool:
    """Whether text starts with a Title Case phrase ("Law and Good Practice of …")."""
    words = text.split()[:4]
    caps = [w for w in words if w[:1].isupper()]
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in _FUNCTION for w in words) and len(caps) >= 2


def _split_point(rest: str, narrative: bool = True) -> Optional[tuple[int, int]]:
    """Where a mixed-case title ends and the narrative begins on the same line: (end of title, start of body)."""
    points: list[tuple[int, int]] = []
    colon = re.match(r"^([^:]{3,60}):-?\s+(\S.*)$" if narrative else r"^([^:]{3,60}):\s+(\S.*)$", rest)
    if colon and not re.search(r"\d$|\b(?:No|Ref|Reference|Number|Application)\.?$", colon.group(1)):
        after = colon.group(2)
        # a two-part title ("Serious Violence Duty: Strategic Needs Assessment") is short and has no sentence in it;
        # "Correspondence: Request from … for donation: Clerk email …" is a run-in title and its narrative
        if not _title_case_run(after) or re.match(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b|[A-Z][a-z]+\s+[A-Z][\w'-]+[,.(]", after) \
                or len(after) < 25 or narrative and rest[colon.end(1):].startswith(":-") \
                or narrative and len(after) > 70 and len(colon.group(1).split()) <= 4 and re.search(r"[.!?:]\s+[A-Z]", after):
            points.append((colon.end(1), colon.start(2)))
    for dash in re.finditer(r"\s+[-\u2013\u2014]\s+(?=[A-Z])", rest):
        after = rest[dash.end():]
        if dash.start() >= 3 and (re.match(rf"^(?:[^\s:]+\s+){{0,4}}{_VERBS}\b", after)     # not past a run-in title's ":"
                                  or re.match(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d)", after)
                                  or after.split()[0] in _STARTERS and re.search(rf"^(?:\S+\s+){{0,5}}\S*\b", after)
                                  and after.split()[0] in ("The", "It", "There", "This", "These", "No")):
            points.append((dash.start(), dash.end()))
            break
    bullet = re.search(r"\s+[\u2022\uf0b7\u25aa]\s*", rest)
    if bullet and bullet.start() >= 3:
        points.append((bullet.start(), bullet.end()))
    listed = re.search(r"\s+(?=\(?[a-h]\)\s)", rest)
    if listed and listed.start() >= 3:
        points.append((listed.start(), listed.end()))
    if len(rest) > 60:
        period = re.search(r"\.\s+(?=[A-Z])", rest)
        if period and period.start() >= 3 and not re.search(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|St|No)$", rest[:period.start()]):
            points.append((period.start(), period.end()))
        clause = _clause_start(rest)
        if clause:
            points.append((clause, clause))
    if not points:
        return None
    return min(points)


# a label over a decision block, not a title's second line: "COUNCIL RESOLUTION 2024/011", "OFFICER RECOMMENDATION",
# "MOTION", "Committee Decision"
DECISION_LABEL = re.compile(r"(?:(?:Council|Committee|Board|Officers?'?s?|Staff|Executive|Substantive|Amended|Alternative)\s+)?"
                            r"(?:Resolution|Recommendation|Motion|Decision)s?(?:\s+(?:No\.?\s*)?[\d/.\-]+)?\s*:?", re.I)


# "Public Forum: No one present.", "Reports from outside bodies: Lower Wye Valley … Trust -": a title, a colon and
# the narrative run on, ending as a sentence or a run-on clause does (not a two-part title "Serious Violence Duty:
# Strategic Needs Assessment")
RUN_IN = re.compile(r"^([^:]{3,60}?):-?\s+(\S.*[.,;\-\u2013])$")


_CAPS_JOINERS = ("OF", "THE", "AND", "OR", "FOR", "TO", "ON", "IN", "FROM", "WITH", "BY", "AT", "A", "AN", "-", "&", "GROUP", "SUB")


def _blank_parted(lines: list[L], index: int) -> bool:
    """Whether the lines around a heading are parted by blank lines (Markdown, HTML: paragraphs), not laid out
    line by line (a PDF's wrapped lines)."""
    return index == 0 or not lines[index - 1].text and lines[index].page is None


def split_title(rest: str, lines: list[L], index: int, narrative: bool = True) -> tuple[str, str, int]:
    """Title and the body text that follows it on the heading line; index of the last title line. ``narrative``:
    the text after a run-in title is the minute's narrative (minutes), not a sub-topic of the item (an agenda)."""
    last = index
    if not rest:
        nxt = next(j for j in range(index + 1, len(lines)) if lines[j].text)
        rest = lines[nxt].text
        last = nxt
    rest = re.sub(r"\s+Action$", "", rest)
    rest = re.sub(r"\s*[(\[](?:Agenda\s+)?Item\s+(?:No\.?\s*)?\d+[a-z]?(?:\.\d+)?(?:\s*\([ivx]+\))?[)\]]", "", rest, flags=re.I)
    rest = re.sub(r"\s+(?:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\b", "", rest)
    title, body = rest, ""
    if is_upper(rest):
        title = rest
    elif re.match(r"^[A-Z0-9'\"&(]", rest):
        words = rest.split()
        upper_run = 0
        for w in words:
            letters = re.sub(r"[^A-Za-z]", "", w)
            if not letters and w not in ("-", "–") or letters.isupper() or w in ("&", "and", "of", "the", "for", "to", "on", "in"):
                upper_run += 1
            else:
                break
        capitals = [w for w in words[:upper_run] if re.sub(r"[^A-Za-z]", "", w).isupper()]
        long_tail = len(" ".join(words[upper_run:])) >= 60
        if upper_run < len(words) and (len(capitals) >= 2 or (capitals and len(re.sub(r"[^A-Za-z]", "", capitals[0])) >= 4 and long_tail)):
            # "PUBLIC FORUM Reference to a requested update…": the capitals are the title
            cut = upper_run
            while cut > 0 and words[cut - 1] in ("&", "-", "–", "and", "of", "the", "for", "to", "on", "in"):
                cut -= 1
            letters = re.sub(r"[^A-Za-z]", "", words[cut - 1]) if cut else ""
            if len(letters) == 1 and cut > 1:
                cut -= 1      # "… ACTION R" → the capital starts the sentence
            title, body = " ".join(words[:cut]), " ".join(words[cut:])
        else:
            cut = _split_point(rest, narrative)
            whole = (lines[last].bold or lines[last].heading) and len(rest) <= 100 and not re.search(r"[.!?]\s", rest) \
                and not (narrative and RUN_IN.match(rest))
            if narrative and RUN_IN.match(rest) and (lines[last].bold or lines[last].heading):
                # rule run-in-title: "Public Forum: No one present." in bold: the title ends at the first colon
                cut = (RUN_IN.match(rest).end(1), RUN_IN.match(rest).start(2))
            if cut is not None and not whole:
                # a bold or heading line is the title as a whole ("Serious Violence Duty: Strategic Needs Assessment")
                title, body = rest[:cut[0]], rest[cut[1]:]
    # a title ending in a dash runs on to the next line
    if not body and re.search(r"[-\u2013\u2014]$", title.rstrip()) and not re.search(r":\s*[-\u2013\u2014]$", title.rstrip()):
        j = last + 1
        while j < len(lines) and not lines[j].text:
            j += 1
        if j < len(lines) and len(lines[j].text) < 80 and not HEAD_RX.match(lines[j].text):
            title = f"{title.rstrip()} {lines[j].text}"
            last = j
    # a bold title wrapped over lines: "Adoption of Minutes of … Strategic" / "Policy Committee held on …"
    if not body and (lines[last].bold or lines[last].heading) and not is_upper(title):
        j, taken = last + 1, 0
        while j < len(lines) and taken < 3:
            nxt = lines[j]
            if not nxt.text:
                if _blank_parted(lines, last) and not title.endswith((",", "-", "–", " and", " of", " the", " for", " to")):
                    break   # paragraphs parted by blank lines (Markdown, HTML): a bold paragraph under the title is text
                j += 1
                continue
            if not (nxt.bold or nxt.heading) or HEAD_RX.match(nxt.text) or ITEM_REF.match(nxt.text) or len(nxt.text) > 90 \
                    or DECISION_LABEL.fullmatch(nxt.text.strip()) or nxt.text.rstrip().endswith(":") and not title.rstrip().endswith(("-", "–")):
                break       # "Members present:" in bold under the title is a label over a list, not more title
            title = f"{title.rstrip()} {nxt.text}"
            last, taken = j, taken + 1
            j += 1
    title = re.sub(r"\s+(?:\(?[a-h]\)|\(?[ivx]{1,3}\)|\d{1,2}[.)])$", "", title)
    title = title.strip(" :-–")
    if title.endswith(".") and not re.search(r"\b[A-Z]\.$|\b(?:etc|No|St)\.$", title):
        title = title[:-1]
    # a capitals title running on to the next line: "… MEMBERS OF THE" / "PUBLIC"; a long one wrapped by the layout
    # may take a line of up to eight words, and one more straight after it where the title is left open ("… NEW
    # PREMISES" / "LICENCE - THE CORNER PANTRY, 14 WHARF STREET," / "MARSHBROOK")
    taken = 0
    while is_upper(title) and not body and taken < 2:
        j = last + 1
        while not taken and j < len(lines) and not lines[j].text and not lines[j].action:
            j += 1
        if not (j < len(lines) and j - last <= 3 and lines[j].text):
            break
        nxt = lines[j].text
        words = len(nxt.split())
        open_end = title.split()[-1] in _CAPS_JOINERS or title.endswith(",")
        if taken:
            fits = open_end or words <= 2
        else:
            fits = open_end or words <= 2 or len(title) >= 35 and words <= 8
            fits = fits and (words <= 6 or not nxt.rstrip().endswith("."))
        if not (fits and is_upper(nxt) and not INITIALS_ONLY.match(nxt)
                and not REPORT_REF.fullmatch(nxt) and not HEAD_RX.match(nxt) and not ACTION_WORD.match(nxt)
                and not lines[j].action and not re.match(r"(?:RESOLVED|AGREED|NOTED|ACTIONS?|DECISION|PRESENT|APOLOGIES)\b", nxt)
                and not DECISION_LABEL.fullmatch(nxt.strip())):
            break
        title, last, taken = f"{title} {nxt}", j, taken + 1
    return title, body.strip(), last
