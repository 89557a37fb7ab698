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
