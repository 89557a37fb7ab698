"""Word renderings with python-docx: real Word tables for the minutes' Action column and for
Appendix A of the Matters Arising report. Draft minutes carry "DRAFT" in every page header.

For screen readers the documents use Word's own styles (Title, Heading 1, Heading 2, in the house
font), header rows that repeat on every page (w:tblHeader), the language en-GB and a title in the
document's properties."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from minutebook.documents import text as t
from minutebook.documents.html import agenda_descriptions, minutes_items
from minutebook.record import AgendaRecord, MinutesRecord, ReportRecord

FONT = "Arial"


def _document(draft: bool, page_numbers: bool, title: str = "") -> Document:
    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.language = "en-GB"
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(20), Mm(22)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(6)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB")
    style.element.get_or_add_rPr().append(lang)
    for name, size in (("Title", 14), ("Heading 1", 13), ("Heading 2", 11)):    # the house look, Word's styles
        heading = doc.styles[name]
        heading.font.name, heading.font.size, heading.font.bold = FONT, Pt(size), True
        heading.font.color.rgb = RGBColor(0, 0, 0)
        heading.font.italic = False
        rfonts = heading.element.rPr.rFonts
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
        heading.paragraph_format.space_before, heading.paragraph_format.space_after = Pt(6), Pt(6)
        pbdr = heading.element.pPr.find(qn("w:pBdr")) if heading.element.pPr is not None else None
        if pbdr is not None:                  # the Title's rule underneath
            heading.element.pPr.remove(pbdr)
    if draft:
        p = section.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = p.add_run("DRAFT")
        run.bold, run.font.color.rgb = True, RGBColor(0xB0, 0, 0)
    if page_numbers:
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("Page ")
        _field(p, "PAGE")
    return doc


def _field(paragraph, code: str) -> None:
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = code
        run._r.append(el)


def _para(container, text: str = "", bold: bool = False, size: float | None = None, align=None):
    p = container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def _heading(container, text: str, style: str, align=None):
    """A paragraph in one of Word's heading styles ("Title", "Heading 1", "Heading 2")."""
    p = container.add_paragraph(style=style)
    p.add_run(text).bold = True
    if align is not None:
        p.alignment = align
    return p


def _header_row(row) -> None:
    """The row repeats at the top of every page the table runs onto (and is its header for screen readers)."""
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _cell(cell, text: str, bold: bool = False, align=None, style: str | None = None) -> None:
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if style and i == 0:
            p.style = style
        if align is not None:
            p.alignment = align


def _block(cell, b) -> None:
    """One printed paragraph of a minute in its cell: the decision's words bold, a list item as a
    Word bullet, a post-meeting note under its heading."""
    cell.text = ""
    p = cell.paragraphs[0]
    if b.kind == "note":
        p.add_run("Post Meeting Note:").bold = True
        p = cell.add_paragraph()
    if b.kind == "bullet":
        p.style = "List Bullet"
    if b.plain:
        p.add_run(b.plain)
    if b.bold:
        p.add_run(b.bold).bold = True


def _widths(table, widths) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def _bytes(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _logo(doc, logo, organisation) -> None:
    """The authority's logo (a ``data:`` address) at the head of the paper, described for screen readers."""
    if not logo:
        return
    import base64

    data = base64.b64decode(logo.split(",", 1)[1])
    run = doc.add_paragraph().add_run()
    shape = run.add_picture(io.BytesIO(data), height=Mm(20))
    shape._inline.docPr.set("descr", f"Logo of {organisation}" if organisation else "Logo")


def agenda_docx(r: AgendaRecord, organisation=None, page_numbers=True, logo=None) -> bytes:
    doc = _document(False, page_numbers, f"Agenda: {r.body or ''} {t.long_date(r.meeting.date)}".strip())
    _logo(doc, logo, organisation)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.alignment = WD_TABLE_ALIGNMENT.RIGHT
    lines = []
    if r.contact and r.contact.name:
        lines.append(f"Contact for this Agenda: {r.contact.name}")
    if r.contact and r.contact.phone:
        lines.append(f"Tel: {r.contact.phone}")
    if r.contact and r.contact.email:
        lines.append(f"E-mail: {r.contact.email}")
    if organisation:
        lines.append(organisation)
    if r.published:
        lines.append(t.long_date(r.published, weekday=False))
    _cell(box.rows[0].cells[0], "\n".join(lines))
    _widths(box, [Mm(70)])
    _para(doc, "To: Members of the")
    _para(doc, (r.body or "").upper(), bold=True, size=13)
    for m in r.members:
        _para(doc, t.person_line(m.name, m.role, m.organisation, as_printed=False) + t.position_mark(m, r.chair, r.vice_chair))
    lead, when, tail = t.meeting_notice(r)
    _para(doc, f"{lead} {when}{tail}")
    _heading(doc, "A G E N D A", "Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    table = doc.add_table(rows=0, cols=2)
    for item, desc in zip(r.agenda, agenda_descriptions(r)):
        row = table.add_row()
        sub = item.number[-1:].isalpha()
        _cell(row.cells[0], ("    " + item.number[-1:]) if sub else item.number, bold=True)
        title = item.title + (f" (Pages {t.pages_text(item.pages)})" if item.pages else "")
        _cell(row.cells[1], title, bold=True, style="Heading 2" if sub else "Heading 1")
        for line in desc:
            row.cells[1].add_paragraph(line)
    _widths(table, [Mm(15), Mm(159)])
    return _bytes(doc)


def minutes_docx(r: MinutesRecord, page_numbers=True, organisation=None, logo=None, **_ignored) -> bytes:
    doc = _document(r.draft, page_numbers, f"Minutes: {r.body or ''} {t.long_date(r.meeting.date)}".strip())
    if r.draft:
        _para(doc, "DRAFT: these minutes have not yet been agreed as a correct record", bold=True)
    _logo(doc, logo, organisation)
    if organisation:
        _para(doc, organisation, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _heading(doc, (r.body or "").upper(), "Title")
    _para(doc, t.held_sentence(r))
    if r.present:
        _heading(doc, "Present:", "Heading 2")
        for p in r.present:
            _para(doc, t.person_line(p.name, p.role, p.organisation) + t.position_mark(p, r.chair, None))
    if r.also_present:
        _heading(doc, "Also Present:", "Heading 2")
        for p in r.also_present:
            _para(doc, t.person_line(p.name, p.role, p.organisation))
    if r.apologies and not any(t.is_apologies(i.title) for i in r.items):
        _heading(doc, "Apologies:", "Heading 2")
        for a in r.apologies:
            _para(doc, a.name + (f", {a.substitute} attended in their place" if a.substitute else ""))
    for it in minutes_items(r):
        item = it["item"]
        table = doc.add_table(rows=1, cols=2)
        head = table.rows[0].cells
        _cell(head[0], f"{item.number}\t{item.title}", bold=True, style="Heading 1")
        _cell(head[1], "Action", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
        _header_row(table.rows[0])
        if item.report_ref:
            cells = table.add_row().cells
            _cell(cells[0], item.report_ref)
            _cell(cells[1], "")
        for b in it["blocks"]:
            cells = table.add_row().cells
            _block(cells[0], b)
            _cell(cells[1], b.mark, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
        _widths(table, [Mm(150), Mm(24)])
        _para(doc)
    if r.meeting.end:
        _para(doc, f"The Meeting ended at {t.uk_time(r.meeting.end)}")
    _para(doc)
    _para(doc, "Chairman")
    return _bytes(doc)


def report_docx(r: ReportRecord, organisation=None, contact=None, page_numbers=True, logo=None) -> bytes:
    doc = _document(False, page_numbers, " ".join(x for x in (r.report_no, r.title) if x) or "Report")
    _logo(doc, logo, organisation)
    head = doc.add_table(rows=1, cols=1)
    head.style = "Table Grid"
    _cell(head.rows[0].cells[0], f"Report No.\n{r.report_no or ''}", bold=True)
    _widths(head, [Mm(40)])
    if organisation:
        _para(doc, organisation, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _heading(doc, "PART ONE - PUBLIC", "Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    officer = r.contact_officer or ""
    if contact and (contact.phone or contact.email):
        officer += "\n" + "   ".join(x for x in (contact.phone and f"Tel: {contact.phone}",
                                                  contact.email and f"E-mail: {contact.email}") if x)
    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for label, value in (("Decision Maker:", r.decision_maker), ("Date:", t.ordinal_date(r.for_meeting)),
                         ("Decision Type:", r.decision_type), ("Title:", r.title), ("Contact Officer:", officer),
                         ("Chief Officer:", r.chief_officer), ("Ward:", r.ward)):
        cells = cover.add_row().cells
        _cell(cells[0], label, bold=True)
        _cell(cells[1], value or "", bold=label == "Title:")
    _widths(cover, [Mm(45), Mm(129)])
    _heading(doc, "1. Reason for report", "Heading 1")
    _para(doc, "1.1 Appendix A updates Members on matters arising from previous meetings.")
    _heading(doc, "2. RECOMMENDATION", "Heading 1")
    for i, rec in enumerate(r.recommendations, 1):
        _para(doc, f"2.{i} {rec}")
    extra = doc.add_table(rows=0, cols=2)
    extra.style = "Table Grid"
    for label, value in (("Non-Applicable Sections:", "Policy/Financial/Legal/Personnel"),
                         ("Background Documents:\n(Access via Contact Officer)",
                          "Minutes of the last meeting, and the previous Matters Arising Report.")):
        cells = extra.add_row().cells
        _cell(cells[0], label, bold=True)
        _cell(cells[1], value)
    _widths(extra, [Mm(45), Mm(129)])
    doc.add_page_break()
    _heading(doc, "Appendix A", "Heading 1")
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, ("Minute Number/Title", "Matters Arising", "Owner", "Due", "Status",
                                                 "Update")):
        _cell(cell, label, bold=True)
    _header_row(table.rows[0])
    for row in r.matters_arising:
        cells = table.add_row().cells
        _cell(cells[0], f"Minute {row.minute}\n{t.ordinal_date(row.meeting_date)}\n\n{row.title or ''}")
        _cell(cells[1], t.arising_text(row.resolution))
        _cell(cells[2], t.owners_text(row))
        _cell(cells[3], t.due_text(row))
        _cell(cells[4], t.status_text(row.status))
        _cell(cells[5], t.update_text(row))
    if not r.matters_arising:
        cells = table.add_row().cells
        _cell(cells[0], "There are no matters arising from previous meetings.")
    _widths(table, [Mm(30), Mm(48), Mm(26), Mm(22), Mm(18), Mm(30)])
    return _bytes(doc)


def render_docx(record, *, organisation=None, contact=None, page_numbers=True, logo=None, **_ignored) -> bytes:
    if isinstance(record, AgendaRecord):
        return agenda_docx(record, organisation, page_numbers, logo)
    if isinstance(record, MinutesRecord):
        return minutes_docx(record, page_numbers, organisation, logo)
    if isinstance(record, ReportRecord):
        return report_docx(record, organisation, contact, page_numbers, logo)
    raise TypeError(f"no Word layout for {type(record).__name__}")
