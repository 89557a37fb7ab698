"""The agenda pack: one PDF of the agenda, the previous minutes, the reports and attachments.

* pages are numbered throughout ("Page N" at the foot of every page);
* the first page of each item carries "Agenda Item N" at the top right;
* the agenda prints where each item sits, "(Pages 3 - 16)": the agenda is rendered, its page
  count measured, the ranges computed and the agenda rendered again with them, until its page
  count is stable;
* with ``blank_pages`` every item starts on a right-hand (odd) page, a page saying "This page is
  left intentionally blank" filling the gap; the blank belongs to the item before it.

Stamps are overlays drawn with pypdf (standard Helvetica, one per page, the size of the page it
covers) merged onto the pages, marked as artifacts (page furniture a screen reader skips).

The parts' structure trees (the tags of the PDF/UA papers WeasyPrint makes) are put together again
under one /Document, each part's tree a /Part of it, with the pack's language (en-GB) and title. A
part that was not tagged (a scanned or ingested PDF) stays untagged inside the pack; the pack then
claims no tagging (/MarkInfo /Marked false), though the tagged parts keep their tags.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
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


# Helvetica advance widths (per 1000 em) for centring and right-aligning stamps; others count 556.
_WIDTHS = dict(zip(" 0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                   [278] + [556] * 10 + [333] + [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
                                                 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611]
                   + [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
                      278, 556, 500, 722, 500, 500, 500]))
MM = 72 / 25.4


def text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(_WIDTHS.get(c, 556) for c in text) * size / 1000 * (1.06 if bold else 1.0)


def _pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _stamp(width: float, height: float, number: int, item: Optional[str], blank: bool):
    """A transparent page the size of the pack page: "Page N" centred at the foot, "Agenda Item N"
    at the top right, the blank-page notice in the middle. Standard PDF fonts (Helvetica), no
    embedding: the overlay is drawn with pypdf alone, which keeps a 100-page pack fast."""
    from pypdf import PageObject
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    def show(font: str, size: float, x: float, y: float, text: str) -> str:
        return f"BT /{font} {size} Tf {x:.2f} {y:.2f} Td ({_pdf_text(text)}) Tj ET"

    ops = ["/Artifact BMC", "0 g"]
    foot = f"Page {number}"
    ops.append(show("MbF1", 10, (width - text_width(foot, 10)) / 2, 6 * MM, foot))
    if item:
        ops.append(show("MbF2", 12, width - 12 * MM - text_width(item, 12, True), height - 8 * MM - 12, item))
    if blank:
        ops.append(show("MbF1", 12, (width - text_width(BLANK_TEXT, 12)) / 2, height * 0.55, BLANK_TEXT))
    ops.append("EMC")
    page = PageObject.create_blank_page(width=width, height=height)

    def font(name: str) -> DictionaryObject:
        return DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject(name),
                                 NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})

    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({
        NameObject("/MbF1"): font("/Helvetica"), NameObject("/MbF2"): font("/Helvetica-Bold")})})
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1", "replace"))
    page.replace_contents(stream)
    return page


def build_pack(agenda_pdf_fn: Callable[[dict[str, str]], bytes], parts: Sequence[Part],
               blank_pages: bool = False, progress: Optional[Callable[[str], None]] = None,
               max_rounds: int = 6, title: Optional[str] = None) -> bytes:
    """Assemble the pack. ``agenda_pdf_fn(ranges)`` renders the agenda (without page numbers) with
    ``ranges`` = {item number: "a-b"}; parts are in pack order (several parts may share an item)."""
    say = progress or (lambda msg: None)
    readers = [PdfReader(io.BytesIO(p.pdf)) for p in parts]
    counts = [len(r.pages) for r in readers]
    say("rendering the agenda")
    # first pass with the widest ranges the pack can need, so the page count is usually right at once
    widest = str(10 ** len(str(sum(counts) * 2 + 10)) - 1)
    agenda = agenda_pdf_fn({p.item: f"{widest}-{widest}" for p in parts})
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
    added: list[tuple[PdfReader, object, object]] = []       # (reader, its page, the pack's page)
    for index, (kind, k) in enumerate(sequence):
        if kind == "agenda":
            added.append((agenda_reader, agenda_reader.pages[k], writer.add_page(agenda_reader.pages[k])))
        elif kind == "blank":
            writer.add_blank_page(width=float(ref_size.width), height=float(ref_size.height))
            blanks.add(index)
        else:
            page = readers[k].pages[cursor[k]]
            added.append((readers[k], page, writer.add_page(page)))
            cursor[k] += 1
            item = parts[k].item
            if item not in seen_items:
                seen_items.add(item)
                first_of_item[index] = f"Agenda Item {item}"
    say("stamping page numbers")
    for index, page in enumerate(writer.pages):
        if page.rotation:
            page.transfer_rotation_to_content()      # stamps read upright on rotated pages
        box = page.mediabox
        page.merge_page(_stamp(float(box.width), float(box.height), index + 1, first_of_item.get(index),
                               index in blanks))
    say("putting the tags together")
    _tag(writer, [agenda_reader, *readers], added, title or (agenda_reader.metadata or {}).get("/Title"))
    out = io.BytesIO()
    writer.write(out)
    say(f"{len(sequence)} pages")
    return out.getvalue()


def _numbers(tree) -> list[tuple[int, object]]:
    """The (key, raw value) pairs of a PDF number tree (/Nums, or /Kids of number trees)."""
    tree = tree.get_object()
    out = []
    nums = tree.get("/Nums")
    if nums is not None:
        for i in range(0, len(nums) - 1, 2):
            out.append((int(nums[i]), nums.raw_get(i + 1) if hasattr(nums, "raw_get") else nums[i + 1]))
    for kid in tree.get("/Kids", []):
        out += _numbers(kid)
    return out


def _tag(writer: PdfWriter, sources: Sequence[PdfReader], added, title: Optional[str]) -> None:
    """One structure tree for the pack from the parts' trees (see the module's docstring)."""
    from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject, IndirectObject, NameObject,
                               NumberObject, TextStringObject)

    document = DictionaryObject({NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Document")})
    document_ref = writer._add_object(document)
    root = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    root_ref = writer._add_object(root)
    document[NameObject("/P")] = root_ref
    kids, nums = ArrayObject(), ArrayObject()
    offsets: dict[int, int] = {}
    offset, all_tagged = 0, True
    seen: set[int] = set()
    for reader in sources:
        if id(reader) in seen:
            continue
        seen.add(id(reader))
        tree = reader.trailer["/Root"].get("/StructTreeRoot")
        if tree is None:
            all_tagged = False
            continue
        tree = tree.get_object()
        raw = tree.raw_get("/K") if "/K" in tree else ArrayObject()
        top = raw.get_object() if isinstance(raw, IndirectObject) and isinstance(raw.get_object(), ArrayObject) else raw
        for element in (top if isinstance(top, ArrayObject) else [top]):
            part = element.clone(writer, ignore_fields=("/P",))
            obj = part.get_object()
            if obj.get("/S") == "/Document":
                obj[NameObject("/S")] = NameObject("/Part")
            kids.append(part if isinstance(part, IndirectObject) else writer._add_object(part))
        pairs = _numbers(tree["/ParentTree"]) if "/ParentTree" in tree else []
        for key, value in pairs:
            nums += [NumberObject(key + offset), value.clone(writer, ignore_fields=("/P",))]
        offsets[id(reader)] = offset
        offset += max((key for key, _ in pairs), default=-1) + 1
    for reader, page, new in added:
        if id(reader) in offsets and "/StructParents" in page:
            new[NameObject("/StructParents")] = NumberObject(int(page["/StructParents"]) + offsets[id(reader)])
            for annot in new.get("/Annots", []):
                annot = annot.get_object()
                if "/StructParent" in annot:
                    annot[NameObject("/StructParent")] = NumberObject(int(annot["/StructParent"]) + offsets[id(reader)])
    document[NameObject("/K")] = kids

    def link_parents(element_ref, element):      # the /P links the copy left out
        raw = element.raw_get("/K") if "/K" in element else None
        if isinstance(raw, IndirectObject) and isinstance(raw.get_object(), ArrayObject):
            raw = raw.get_object()
        for kid in raw if isinstance(raw, ArrayObject) else [raw]:
            obj = kid.get_object() if isinstance(kid, IndirectObject) else kid
            if isinstance(obj, DictionaryObject) and "/S" in obj:      # an element, not marked content or an object
                obj[NameObject("/P")] = element_ref
                if isinstance(kid, IndirectObject):
                    link_parents(kid, obj)

    link_parents(document_ref, document)
    root[NameObject("/K")] = document_ref
    root[NameObject("/ParentTree")] = writer._add_object(DictionaryObject({NameObject("/Nums"): nums}))
    root[NameObject("/ParentTreeNextKey")] = NumberObject(offset)
    catalog = writer._root_object
    catalog[NameObject("/StructTreeRoot")] = root_ref
    catalog[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(all_tagged)})
    catalog[NameObject("/Lang")] = TextStringObject("en-GB")
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject({NameObject("/DisplayDocTitle"): BooleanObject(True)})
    if title:
        writer.add_metadata({"/Title": title})
