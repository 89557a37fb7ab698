"""Accessible papers, read from the files themselves: every generated PDF is tagged PDF/UA-1 (a
structure tree with headings and tables, /MarkInfo, the language en-GB, the title in the metadata);
every generated Word document uses Word's Title and Heading styles, with table header rows that repeat
and the language and title in its properties. The agenda pack puts the parts' trees together again."""
import io

import docx
import pypdf
import pytest
from docx.oxml.ns import qn

from minutebook.documents import render
from minutebook.documents.pack import Part, build_pack


def structure(pdf: bytes):
    """(catalog, metadata title, the structure types in document order with the page each marks)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    catalog = reader.trailer["/Root"]
    pages = [p.indirect_reference.idnum for p in reader.pages]
    found = []

    def walk(element):
        element = element.get_object()
        if isinstance(element, list):
            for kid in element:
                walk(kid)
            return
        if not isinstance(element, dict) or "/S" not in element:
            return
        page = element.get("/Pg")
        found.append((element["/S"], pages.index(page.idnum) + 1 if page is not None else None))
        kids = element.get("/K")
        for kid in kids if isinstance(kids, list) else [kids]:
            if kid is not None and not isinstance(kid, int):
                walk(kid)

    root = catalog["/StructTreeRoot"].get_object()
    walk(root["/K"])
    return catalog, reader.metadata.get("/Title"), found, reader


def assert_tagged(pdf: bytes, title: str):
    catalog, meta_title, found, reader = structure(pdf)
    assert catalog["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert catalog["/Lang"] == "en-GB"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert meta_title == title
    # every page's content is reachable from the tree
    assert {page for _, page in found if page} == set(range(1, len(reader.pages) + 1))
    assert all("/StructParents" in p for p in reader.pages)
    return [s for s, _ in found]


@pytest.mark.parametrize("which, title, expected", [
    ("minutes", "Minutes: Safer Bromley Partnership Strategic Group Tuesday 19 December 2017", ["/H1", "/H2", "/L"]),
    ("agenda", "Agenda: Safer Bromley Partnership Strategic Group Thursday 8 March 2018", ["/H1", "/H2", "/Table"]),
    ("report", None, ["/H2", "/Table", "/TH"]),
])
def test_every_pdf_is_tagged(which, title, expected, request):
    record = request.getfixturevalue(which)
    pdf = render(record, "pdf")
    types = assert_tagged(pdf, title or " ".join(x for x in (record.report_no, record.title) if x))
    assert "/Document" in types and all(t in types for t in expected), types
    if which == "minutes":                  # each minute's heading is a heading
        assert types.count("/H2") == len(record.items)
    assert pypdf.PdfReader(io.BytesIO(pdf)).xmp_metadata is not None     # PDF/UA-1 identifies itself in XMP


def test_the_pack_keeps_the_parts_tags(agenda, minutes, report):
    def agenda_pdf(ranges):
        rec = agenda.model_copy(deep=True)
        for item in rec.agenda:
            item.pages = ranges.get(item.number)
        return render(rec, "pdf", page_numbers=False)

    parts = [Part("2", render(minutes, "pdf", page_numbers=False)), Part("4", render(report, "pdf", page_numbers=False))]
    pack = build_pack(agenda_pdf, parts, title="Agenda pack: Safer Bromley 8 March 2018")
    types = assert_tagged(pack, "Agenda pack: Safer Bromley 8 March 2018")
    assert types[0] == "/Document" and types.count("/Part") == 3
    reader = pypdf.PdfReader(io.BytesIO(pack))
    keys = [p["/StructParents"] for p in reader.pages]
    assert len(set(keys)) == len(keys)                                    # one parent-tree entry per page
    tree = reader.trailer["/Root"]["/StructTreeRoot"]
    nums = tree["/ParentTree"]["/Nums"]
    assert set(keys) <= set(nums[0::2]) and tree["/ParentTreeNextKey"] > max(keys)
    # the stamps ("Page N", "Agenda Item N") are page furniture, marked as artifacts
    assert b"/Artifact BMC" in b"".join(p.get_contents().get_data() for p in reader.pages)


def test_a_pack_with_an_untagged_part_says_so(agenda, minutes):
    from weasyprint import HTML

    untagged = HTML(string="<html><body><p>Scanned paper</p></body></html>").write_pdf()

    def agenda_pdf(ranges):
        return render(agenda, "pdf", page_numbers=False)

    pack = build_pack(agenda_pdf, [Part("2", render(minutes, "pdf", page_numbers=False)), Part("5", untagged)])
    catalog, title, found, _ = structure(pack)
    assert catalog["/MarkInfo"]["/Marked"] == False  # noqa: E712 and catalog["/Lang"] == "en-GB"
    assert [s for s, _ in found].count("/Part") == 2                      # the tagged parts keep their tags


def _styles(data: bytes):
    d = docx.Document(io.BytesIO(data))
    return d, [p.style.name for p in d.paragraphs]


def _cell_styles(d):
    return [p.style.name for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs]


def _repeating(table) -> bool:
    trpr = table.rows[0]._tr.trPr
    el = trpr.find(qn("w:tblHeader")) if trpr is not None else None
    return el is not None and el.get(qn("w:val"), "true") in ("true", "1", "on")


def test_minutes_docx_styles(minutes):
    d, styles = _styles(render(minutes, "docx"))
    assert styles.count("Title") == 1 and d.paragraphs[styles.index("Title")].text == minutes.body.upper()
    # (no "Apologies:" heading: these minutes have an apologies item)
    assert {"Present:", "Also Present:"} <= {p.text for p in d.paragraphs if p.style.name == "Heading 2"}
    items = [t for t in d.tables if t.rows[0].cells[-1].text == "Action"]
    assert len(items) == len(minutes.items)
    for table, item in zip(items, minutes.items):
        head = table.rows[0].cells[0].paragraphs[0]
        assert head.style.name == "Heading 1" and item.title in head.text
        assert _repeating(table)
    assert d.core_properties.title == "Minutes: Safer Bromley Partnership Strategic Group Tuesday 19 December 2017"
    assert d.core_properties.language == "en-GB"
    lang = d.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang is not None and lang.get(qn("w:val")) == "en-GB"


def test_agenda_docx_styles(agenda):
    d, styles = _styles(render(agenda, "docx"))
    assert [p.text for p in d.paragraphs if p.style.name == "Title"] == ["A G E N D A"]
    headings = [s for s in _cell_styles(d) if s.startswith("Heading")]
    assert headings.count("Heading 1") + headings.count("Heading 2") == len(agenda.agenda)
    assert d.core_properties.title.startswith("Agenda: ")


def test_report_docx_styles(report):
    d, styles = _styles(render(report, "docx"))
    assert "Title" in styles
    assert [p.text for p in d.paragraphs if p.style.name == "Heading 1"] == \
        ["1. Reason for report", "2. RECOMMENDATION", "Appendix A"]
    appendix = d.tables[-1]
    assert appendix.rows[0].cells[0].text == "Minute Number/Title" and _repeating(appendix)
