"""PDF reader: characters rebuilt into lines in reading order, with page, position and bold."""
from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.ingest.readers import read
from minutebook.ingest.readers.pdf import read_pdf

W, H = A4


def _pdf(draw) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_lines_come_in_reading_order_whatever_the_drawing_order():
    def draw(c):
        # drawn bottom-up and each line in two pieces, the right-hand piece first
        for i, (left, right) in reversed(list(enumerate([("The group noted", "the report."),
                                                          ("RESOLVED that", "the update be noted."),
                                                          ("Meeting ended", "at 11.50 am")]))):
            y = H - 100 - 20 * i
            c.setFont("Helvetica", 11)
            c.drawString(72 + c.stringWidth(left + " ", "Helvetica", 11), y, right)
            c.drawString(72, y, left)

    text = read_pdf("order.pdf", _pdf(draw))
    body = [ln.text for ln in text.lines if ln.text]
    assert body == ["The group noted the report.", "RESOLVED that the update be noted.", "Meeting ended at 11.50 am"]


def test_lines_carry_page_position_and_bold(minutes_pdf):
    made = minutes_pdf(pages=3)
    text = read_pdf("m.pdf", made.data)
    assert text.kind == "pdf"
    assert {ln.page for ln in text.lines} == {1, 2, 3}
    headings = [ln for ln in text.lines if ln.text.split("   ")[0].isdigit()]
    assert [" ".join(ln.text.split()) for ln in headings] == made.minutes
    assert all(ln.bold for ln in headings)
    body = [ln for ln in text.lines if ln.text.startswith("RESOLVED that")]
    assert body and not any(ln.bold for ln in body)
    # positions in points from the top-left corner, growing down the page
    first_page = [ln for ln in text.lines if ln.page == 1 and ln.text]
    assert all(55 <= ln.x <= 200 for ln in first_page)
    ys = [ln.y for ln in first_page]
    assert ys == sorted(ys) and 40 < ys[0] < 100


def test_word_spacing_follows_the_gaps():
    def draw(c):
        c.setFont("Helvetica", 11)
        x = 72
        for word in ("Apologies", "were", "received."):      # each word placed on its own, no space glyphs
            c.drawString(x, H - 100, word)
            x += c.stringWidth(word, "Helvetica", 11) + 3.1
        c.drawString(72, H - 120, "Kerned")
        c.drawString(72 + c.stringWidth("Kerned", "Helvetica", 11) + 0.2, H - 120, "word")

    lines = [ln.text for ln in read_pdf("gaps.pdf", _pdf(draw)).lines if ln.text]
    assert lines == ["Apologies were received.", "Kernedword"]


@pytest.mark.parametrize("offset", [0, 5])
def test_two_column_page_reads_left_column_first(offset):
    left = [f"Left column line {i} of the narrative text here" for i in range(10)]
    right = [f"Right column line {i} of the other text here" for i in range(8)]

    def draw(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, H - 70, "NEWSLETTER OF THE PARTNERSHIP ACROSS THE WHOLE WIDTH OF THE PAGE")
        c.setFont("Helvetica", 10)
        for i, a in enumerate(left):
            c.drawString(50, H - 100 - 14 * i, a)
        for i, b in enumerate(right):             # the right column's baselines may not line up
            c.drawString(310, H - 100 - offset - 14 * i, b)
        c.drawString(50, H - 300, "A closing paragraph that runs right across both of the columns above.")

    lines = [ln.text for ln in read_pdf("cols.pdf", _pdf(draw)).lines if ln.text]
    assert lines == ["NEWSLETTER OF THE PARTNERSHIP ACROSS THE WHOLE WIDTH OF THE PAGE"] + left + right + [
        "A closing paragraph that runs right across both of the columns above."]


def test_label_and_value_table_reads_row_by_row():
    rows = [("Decision Maker:", "Safer Example Partnership Strategic Group"), ("Date:", "6th July 2017"),
            ("Decision Type:", "Non Urgent Non Executive Non Key"), ("Title:", "MATTERS ARISING"),
            ("Contact Officer:", "Sam Sample, Democratic Services Officer"), ("Chief Officer:", "Director"),
            ("Ward:", "N/A"), ("Report No:", "CSD 17104"), ("Appendix:", "A"), ("Status:", "Public")]

    def draw(c):
        c.setFont("Helvetica", 10)
        for i, (a, b) in enumerate(rows):
            c.drawString(50, H - 100 - 20 * i, a)
            c.drawString(200, H - 100 - 20 * i, b)

    lines = [ln.text for ln in read_pdf("form.pdf", _pdf(draw)).lines if ln.text]
    assert lines == [f"{a}   {b}" for a, b in rows]


def test_read_dispatches_pdf_by_content_not_name(tmp_path, minutes_pdf):
    path = tmp_path / "minutes.bin"
    path.write_bytes(minutes_pdf(pages=1).data)
    text = read(path)
    assert text.kind == "pdf" and text.source == str(path)
    assert any(ln.text.startswith("RESOLVED that") for ln in text.lines)


def test_table_of_multiline_cells_reads_cell_by_cell():
    """A Matters Arising table: the minute number leads its title; each cell's lines stay together,
    cells left to right, as the cells were written."""
    from weasyprint import HTML

    rows = [("137", "Resilience Overview", "RESOLVED that the minutes of the Risk Forum be reported back to the "
             "Partnership.", "The Risk Forum is due to meet in July so the minutes are not yet available."),
            ("139b", "Prevent Update", "RESOLVED that an update on the rag status of the Prevent Action Plan be "
             "provided at the next meeting.", "Mr Example will provide an update at the meeting on 6th July.")]
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    css = ("@page { size: A4; margin: 2cm } body { font: 10pt sans-serif } table { width: 100% }"
           " td { vertical-align: top; padding: 4px 8px } td:nth-child(3), td:nth-child(4) { width: 35% }")
    data = HTML(string=f"<html><head><style>{css}</style></head><body><table>{cells}</table></body></html>").write_pdf()
    lines = [ln.text for ln in read_pdf("ma.pdf", data).lines]
    chunks = [" ".join(p.split()) for p in "\n".join(lines).split("\n\n")]     # blank lines part the cells
    assert chunks == ["137 Resilience Overview", rows[0][2], rows[0][3],
                      "139b Prevent Update", rows[1][2], rows[1][3]], lines


def test_form_field_values_are_read_where_they_stand():
    """A filled-in PDF form keeps its values in the fields, not the page: they are read all the same."""
    def draw(c):
        c.setFont("Helvetica", 11)
        c.drawString(72, H - 100, "Date/Time:")
        c.drawString(72, H - 120, "Location:")
        c.drawString(72, H - 140, "Chair:")
        c.acroForm.textfield(name="when", value="June 6, 5.30pm", x=180, y=H - 104, width=200, height=16,
                             borderWidth=0, fontSize=10)
        c.acroForm.textfield(name="where", value="Civic Centre", x=180, y=H - 124, width=200, height=16,
                             borderWidth=0, fontSize=10)

    lines = [ln.text for ln in read_pdf("form.pdf", _pdf(draw)).lines if ln.text]
    assert lines == ["Date/Time:   June 6, 5.30pm", "Location:   Civic Centre", "Chair:"]


def test_rotated_and_offset_pages_read_as_upright(minutes_pdf, tmp_path):
    import pypdf
    from pypdf.generic import RectangleObject

    made = minutes_pdf(pages=2)
    upright = [(ln.text, ln.y, ln.action) for ln in read_pdf("m.pdf", made.data).lines]
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(made.data))
    writer.pages[0].rotate(90)                                   # shown landscape
    page = writer.pages[1]                                       # page space not starting at 0,0
    page.add_transformation(pypdf.Transformation().translate(-100, 200))
    page.mediabox = page.cropbox = RectangleObject([-100, 200, float(W) - 100, float(H) + 200])
    out = io.BytesIO()
    writer.write(out)
    assert [(ln.text, ln.y, ln.action) for ln in read_pdf("r.pdf", out.getvalue()).lines] == upright


@pytest.mark.parametrize("pitch", [14, 26])
def test_empty_line_where_a_paragraph_ends_single_or_double_spaced(pitch):
    def draw(c):
        c.setFont("Helvetica", 11)
        y = H - 80
        for p in range(3):
            for k in range(4):
                c.drawString(72, y, f"Paragraph {p} line {k} of the minutes text.")
                y -= pitch
            y -= 20

    lines = [ln.text for ln in read_pdf("spacing.pdf", _pdf(draw)).lines]
    paragraphs = "\n".join(lines).split("\n\n")
    assert [p.splitlines() for p in paragraphs] == [
        [f"Paragraph {p} line {k} of the minutes text." for k in range(4)] for p in range(3)]


def test_a_tab_jump_inside_one_text_run_keeps_its_gap():
    """Word writes "P Moran<tab>Clerk J Connelly" as one run with a jump: the gap is kept as a column gap."""
    def draw(c):
        c.setFont("Helvetica", 11)
        c.drawString(72, H - 100, "Councillors D Richardson (Chair) R Healey, S Linsley and")
        font = c._doc.getInternalFontName("Helvetica")
        c._code.append(f"BT {font} 11 Tf 72 {H - 114} Td [(P Moran) -4000 (Clerk J Connelly)] TJ ET")

    lines = [ln.text for ln in read_pdf("tab.pdf", _pdf(draw)).lines if ln.text]
    assert lines == ["Councillors D Richardson (Chair) R Healey, S Linsley and", "P Moran   Clerk J Connelly"]
