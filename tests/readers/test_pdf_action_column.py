"""PDF reader: initials in a right-hand Action column go to Line.action of the line beside them."""
from __future__ import annotations

import io
import re

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.ingest.readers.pdf import read_pdf

W, H = A4


@pytest.mark.parametrize("beside", ["last", "first"])
def test_initials_attach_to_the_paragraph_beside_them(minutes_pdf, beside):
    made = minutes_pdf(pages=6, action_beside=beside)
    text = read_pdf("m.pdf", made.data)
    got = [(ln.action, ln.page) for ln in text.lines if ln.action]
    assert got == [(a.initials, a.page) for a in made.actions]
    assert len(got) >= 6
    if beside == "last":
        ends = [ln.text for ln in text.lines if ln.action]
        assert all(line.endswith(a.paragraph_end) for line, a in zip(ends, made.actions))
    else:
        assert all(ln.text.startswith("RESOLVED that") for ln in text.lines if ln.action)


def test_no_initials_or_action_header_left_in_the_text(minutes_pdf):
    made = minutes_pdf(pages=4)
    text = read_pdf("m.pdf", made.data)
    initials = {a.initials for a in made.actions}
    for ln in text.lines:
        assert ln.text.strip() != "Action"
        last_word = ln.text.split()[-1] if ln.text.split() else ""
        assert last_word not in initials, ln.text
    assert all(ln.column == "body" for ln in text.lines)


def _pdf(draw) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_initials_standing_below_a_paragraph_go_to_its_last_line():
    """As ModernGov tables print them: the initials in their own cell, a little below the paragraph."""
    def draw(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(57, H - 80, "137   RESILIENCE OVERVIEW")
        c.drawString(490, H - 96, "Action")
        c.setFont("Helvetica", 11)
        para = ["RESOLVED that the minutes of the Risk Forum be", "reported back to the Partnership."]
        for i, s in enumerate(para):
            c.drawString(57, H - 120 - 14 * i, s)
        c.drawString(490, H - 120 - 14 * 2.4, "LG")
        c.drawString(57, H - 200, "138   REPORTS FROM SUB-GROUPS")
        c.drawString(57, H - 220, "Updates are noted in the sub-group sections.")
        c.drawString(490, H - 260, "RV / TG")

    lines = read_pdf("lg.pdf", _pdf(draw)).lines
    with_action = [(ln.text, ln.action) for ln in lines if ln.action]
    assert with_action == [("reported back to the Partnership.", "LG"),
                           ("Updates are noted in the sub-group sections.", "RV/TG")]


def test_initials_without_a_header_need_a_column_of_them():
    """Short capitals at the right margin count as an Action column only when several line up there."""
    def draw(c, n):
        c.setFont("Helvetica", 11)
        for i in range(6):
            c.drawString(57, H - 100 - 30 * i, f"Paragraph {i} of the minutes that runs along the body column.")
            if i < n:
                c.drawString(495, H - 100 - 30 * i, ["CH", "LG/TG", "AM"][i])

    one = read_pdf("one.pdf", _pdf(lambda c: draw(c, 1))).lines
    assert not any(ln.action for ln in one)
    assert any(re.search(r"\bCH$", ln.text) for ln in one)
    three = read_pdf("three.pdf", _pdf(lambda c: draw(c, 3))).lines
    assert [ln.action for ln in three if ln.action] == ["CH", "LG/TG", "AM"]


def test_action_column_of_a_table_layout():
    """ModernGov prints each minute as a table: number, title and the "Action" header on the first row,
    the narrative beside a cell whose initials sit at its foot."""
    from weasyprint import HTML

    minutes = [
        ("137", "RESILIENCE OVERVIEW", ["The update was provided by the Emergency Planning Manager, who explained "
                                        "the arrangements for the borough risk forum and the exercise in June.",
                                        "RESOLVED that the minutes of the Risk Forum be reported back."], "LG"),
        ("138", "REPORTS FROM SUB-GROUPS", ["Updates are noted in the sub-group sections."], ""),
        ("139", "DOMESTIC ABUSE SUB GROUP UPDATE", ["The Group noted the report.",
                                                    "RESOLVED that the report be noted and circulated."], "RV/TG"),
    ]
    tables = "".join(
        f"<table><tr><td class=n><b>{n}</b></td><td><b>{title}</b></td><td class=a><b>Action</b></td></tr>"
        f"<tr><td></td><td>{''.join(f'<p>{p}</p>' for p in paras)}</td>"
        f"<td class=a style='vertical-align:bottom'>{who}</td></tr></table>"
        for n, title, paras, who in minutes)
    css = ("@page { size: A4; margin: 2cm } body { font: 11pt sans-serif } table { width: 100%; margin-bottom: 1em }"
           " td.n { width: 3em; vertical-align: top } td.a { width: 5em } p { margin: 0 0 .8em }")
    data = HTML(string=f"<html><head><style>{css}</style></head><body>{tables}</body></html>").write_pdf()
    lines = [ln for ln in read_pdf("table.pdf", data).lines if ln.text]
    with_action = [(ln.text, ln.action) for ln in lines if ln.action]
    assert [action for _, action in with_action] == ["LG", "RV/TG"]
    assert with_action[0][0].endswith("reported back.")
    assert with_action[1][0] == "RESOLVED that the report be noted and circulated."
    assert not any("Action" in ln.text for ln in lines)
    assert [ln.text.split()[0] for ln in lines if ln.bold] == ["137", "138", "139"]


def test_initials_in_the_same_text_run_as_the_body():
    """Word may reach the Action column with a jump inside one TJ array: one text run, one PDFium box."""
    def draw(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(57, H - 100, "140   COMMUNICATIONS UPDATE")
        c.drawString(490, H - 116, "Action")
        c.setFont("Helvetica", 11)
        c.drawString(57, H - 140, "The group noted the update on the night time economy.")
        font = c._fontname and c._doc.getInternalFontName("Helvetica")
        c._code.append(f"BT {font} 11 Tf 57 {H - 154} Td [(RESOLVED that the report be noted.) -22000 (CH)] TJ ET")
        c.drawString(57, H - 168, "The next paragraph of the minutes.")

    lines = [ln for ln in read_pdf("tj.pdf", _pdf(draw)).lines if ln.text]
    assert [(ln.text, ln.action) for ln in lines if ln.action] == [("RESOLVED that the report be noted.", "CH")]


def test_short_names_under_an_action_header():
    def draw(c):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(57, H - 100, "5. Highway Matters")
        c.drawString(480, H - 100, "Action")
        c.setFont("Helvetica", 11)
        c.drawString(57, H - 120, "The Clerk to write to the Highways Department about the gully.")
        c.drawString(480, H - 120, "Clerk")
        c.drawString(57, H - 134, "Councillor Moran to check the seat on the village green.")
        c.drawString(480, H - 134, "Cllr Moran")
        c.drawString(57, H - 148, "The repairs will be carried out in the spring.")

    lines = [ln for ln in read_pdf("names.pdf", _pdf(draw)).lines if ln.text]
    assert [(ln.text, ln.action) for ln in lines] == [
        ("5. Highway Matters", None),
        ("The Clerk to write to the Highways Department about the gully.", "Clerk"),
        ("Councillor Moran to check the seat on the village green.", "Cllr Moran"),
        ("The repairs will be carried out in the spring.", None)]
