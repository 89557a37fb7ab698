"""The contract between readers and parsers.

A reader turns a file into a :class:`Text`: the document's lines in reading order,
each with where it stood (page, position, column), plus the page map of page
furniture it took out ("Page 15", "Agenda Item 4", running heads).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

Column = Literal["body", "action"]


@dataclass
class Line:
    text: str
    page: Optional[int] = None        # 1-based page of the source file (PDF/DOCX), None for flat text
    x: Optional[float] = None         # left edge in points from the page's left (PDF)
    y: Optional[float] = None         # top edge in points from the page's top (PDF)
    column: Column = "body"
    # initials printed in a right-hand Action column beside this line (PDF, tab rows)
    action: Optional[str] = None
    heading: bool = False             # the source marked the line as a heading (Markdown '#', HTML <h*>, DOCX style)
    bold: bool = False                # the whole line was bold in the source
    # the date printed in a table's date column ("Action by | Date") beside this line's action, as printed
    due: Optional[str] = None
    # a row of an ACTION LOG table at the end of minutes (the line's text is the action, ``action`` its owners):
    # the minute it refers to as printed in its Ref / Minute column, "" where the first column numbers the actions
    log: Optional[str] = None
    # where the line stood for a reader of the source: its line on the page (PDF, DOCX: text lines counted from
    # the page's top) or in the file (text, Markdown, HTML: the reader's lines in order); set by ``number_lines``
    number: Optional[int] = None


@dataclass
class PageInfo:
    """What a page printed outside the text: its printed page number and stamps."""

    index: int                        # 1-based page of the file
    printed_number: Optional[int] = None
    stamps: list[str] = field(default_factory=list)   # "Agenda Item 4", running heads
    blank: bool = False               # "This page is left intentionally blank"


@dataclass
class Text:
    source: str
    lines: list[Line]
    pages: list[PageInfo] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    kind: str = "text"                # pdf | text | markdown | html | docx

    def plain(self) -> str:
        return "\n".join(line.text for line in self.lines)


def _letters(s: str) -> str:
    import re

    return re.sub(r"\W+", "", s.lower())


def number_lines(text: Text, raw: Optional[str] = None) -> Text:
    """Give each line its ``number`` where the reader has not (the text reader numbers the file's lines): the
    count of text lines so far on its page (paged sources), or of the reader's lines so far (flat sources, where
    blank lines count as the file's lines do)."""
    count: dict = {}
    flat = all(line.page is None for line in text.lines)
    if any(line.number is not None for line in text.lines):
        return text
    if flat and raw is not None and text.kind in ("markdown", "html", "text"):
        # a Markdown or HTML reader gives paragraphs, not the file's lines: each line is found again in the file,
        # in order, by its first letters and digits (a line not found keeps the number of the line before it)
        source = [_letters(s) for s in raw.split("\n")]
        at = 0
        for line in text.lines:
            key = _letters(line.text)[:24]
            if key:
                for k in range(at, min(len(source), at + 400)):
                    if key in source[k]:
                        at = k
                        break
            line.number = at + 1
        return text
    for line in text.lines:
        if flat:
            count[None] = count.get(None, 0) + 1
            line.number = count[None]
        elif line.text:
            count[line.page] = count.get(line.page, 0) + 1
            line.number = count[line.page]
    return text
