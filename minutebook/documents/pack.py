"""The agenda pack: one PDF of the agenda, the previous minutes, the reports and attachments.

* pages are numbered throughout ("Page N" at the foot of every page);
* the first page of each item carries "Agenda Item N" at the top right;
* the agenda prints where each item sits, "(Pages 3 - 16)": the agenda is rendered, its page
  count measured, the ranges computed and the agenda rendered again with them, until its page
  count is stable;
* with ``blank_pages`` every item starts on a right-hand (odd) page, a page saying "This page is
  left intentionally blank" filling the gap; the blank belongs to the item before it.

Stamps are a WeasyPrint overlay (one page per pack page, each the size of the page it covers)
merged onto the pages with pypdf.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from html import escape
from typing import Callable, Optional, Sequence

from pypdf import PdfReader, PdfWriter

BLANK_TEXT = "This page is left intentionally blank"


@dataclass
class Part:
    """One item's papers: ``item`` is the agenda number ("2", "12a"), ``pdf`` the bytes."""

    item: str
    pdf: bytes
    title: str = ""


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def layout(agenda_pages: int, parts: Sequence[Part], counts: Sequence[int],
           blank_pages: bool) -> tuple[dict[str, str], list[tuple[str, int]]]:
    """Page ranges per item and the page sequence: [("agenda", i) | ("part", k) | ("blank", 0)]."""
    sequence: list[tuple[str, int]] = [("agenda", i) for i in range(agenda_pages)]
    starts: dict[str, int] = {}
    ends: dict[str, int] = {}
    previous_item: Optional[str] = None
    for k, (part, n) in enumerate(zip(parts, counts)):
        new_item = part.item != previous_item
        if new_item and blank_pages and len(sequence) % 2 == 1:
            sequence.append(("blank", 0))
            if previous_item is not None:
                ends[previous_item] = len(sequence)
        if new_item:
            starts.setdefault(part.item, len(sequence) + 1)
        sequence.extend(("part", k) for _ in range(n))
        ends[part.item] = len(sequence)
        previous_item = part.item
    ranges = {item: f"{starts[item]}-{ends[item]}" for item in starts}
    return ranges, sequence


def _overlay(sizes: list[tuple[float, float]], stamps: dict[int, str], blanks: set[int]) -> bytes:
    """One page per pack page: "Page N" at the foot, "Agenda Item N" at the top right where given."""
    from weasyprint import HTML

    css = ["body{margin:0;font-family:Arial,'Liberation Sans',Helvetica,sans-serif;}",
           ".pg{position:relative;width:100%;height:100%;break-after:page;}",
           ".foot{position:absolute;bottom:6mm;left:0;right:0;text-align:center;font-size:10pt;}",
           ".item{position:absolute;top:8mm;right:12mm;font-size:12pt;font-weight:bold;}",
           ".blank{position:absolute;top:45%;left:0;right:0;text-align:center;font-size:12pt;}"]
    names = {}
    for w, h in sizes:
        key = f"s{round(w)}x{round(h)}"
        if key not in names:
            names[key] = (w, h)
            css.append(f"@page {key}{{size:{w}pt {h}pt;margin:0}} .{key}{{page:{key}}}")
    body = []
    for i, (w, h) in enumerate(sizes):
        key = f"s{round(w)}x{round(h)}"
        stamp = f'<div class="item">{escape(stamps[i])}</div>' if i in stamps else ""
        blank = f'<div class="blank">{BLANK_TEXT}</div>' if i in blanks else ""
        body.append(f'<div class="pg {key}" style="width:{w}pt;height:{h}pt">{stamp}{blank}'
                    f'<div class="foot">Page {i + 1}</div></div>')
    html = f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{''.join(css)}</style></head>" \
           f"<body>{''.join(body)}</body></html>"
    return HTML(string=html).write_pdf()


def build_pack(agenda_pdf_fn: Callable[[dict[str, str]], bytes], parts: Sequence[Part],
               blank_pages: bool = False, progress: Optional[Callable[[str], None]] = None,
               max_rounds: int = 6) -> bytes:
    """Assemble the pack. ``agenda_pdf_fn(ranges)`` renders the agenda (without page numbers) with
    ``ranges`` = {item number: "a-b"}; parts are in pack order (several parts may share an item)."""
    say = progress or (lambda msg: None)
    readers = [PdfReader(io.BytesIO(p.pdf)) for p in parts]
    counts = [len(r.pages) for r in readers]
    say("rendering the agenda")
    agenda = agenda_pdf_fn({})
    pages = page_count(agenda)
    for _ in range(max_rounds):
        ranges, _seq = layout(pages, parts, counts, blank_pages)
        agenda = agenda_pdf_fn(ranges)
        now = page_count(agenda)
        if now == pages:
            break
        pages = now
    else:
        raise RuntimeError("the agenda's page count did not settle")
    ranges, sequence = layout(pages, parts, counts, blank_pages)
    say(f"merging {len(sequence)} pages")
    agenda_reader = PdfReader(io.BytesIO(agenda))
    writer = PdfWriter()
    first_of_item: dict[int, str] = {}
    seen_items: set[str] = set()
    blanks: set[int] = set()
    ref_size = agenda_reader.pages[0].mediabox
    cursor = [0] * len(parts)
    for index, (kind, k) in enumerate(sequence):
        if kind == "agenda":
            writer.add_page(agenda_reader.pages[k])
        elif kind == "blank":
            writer.add_blank_page(width=float(ref_size.width), height=float(ref_size.height))
            blanks.add(index)
        else:
            writer.add_page(readers[k].pages[cursor[k]])
            cursor[k] += 1
            item = parts[k].item
            if item not in seen_items:
                seen_items.add(item)
                first_of_item[index] = f"Agenda Item {item}"
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in writer.pages]
    say("stamping page numbers")
    overlay = PdfReader(io.BytesIO(_overlay(sizes, first_of_item, blanks)))
    for page, stamp in zip(writer.pages, overlay.pages):
        page.merge_page(stamp)
    out = io.BytesIO()
    writer.write(out)
    say(f"{len(sequence)} pages")
    return out.getvalue()
