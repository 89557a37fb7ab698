"""PDF reader: page numbers, stamps, running heads and blank pages leave the text for the page map."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.ingest.readers.pdf import read_pdf

W, H = A4


def test_page_numbers_stamp_and_blank_page(minutes_pdf):
    made = minutes_pdf(pages=5, first_page_number=15, stamp="Agenda Item 4", blank_last=True)
    text = read_pdf("pack.pdf", made.data)
    assert [p.index for p in text.pages] == [1, 2, 3, 4, 5]
    assert [p.printed_number for p in text.pages] == [15, 16, 17, 18, 19]
    assert text.pages[0].stamps == ["Agenda Item 4"]
    assert [p.blank for p in text.pages] == [False, False, False, False, True]
    plain = text.plain()
    assert "Page 1" not in plain and "Agenda Item 4" not in plain
    assert "intentionally blank" not in plain
    assert not [ln for ln in text.lines if ln.page == 5]


def _pages(draw_page, n: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(1, n + 1):
        draw_page(c, i)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_running_heads_and_bare_page_numbers():
    def page(c, i):
        c.setFont("Helvetica", 9)
        c.drawString(57, H - 30, "Safer Example Partnership - Minutes - 9 March 2017")
        c.drawCentredString(W / 2, 28, str(i + 1))
        c.setFont("Helvetica", 11)
        for k in range(5):
            c.drawString(57, H - 100 - 14 * k, f"Page {i} narrative line {k} about the 12 items discussed.")

    text = read_pdf("heads.pdf", _pages(page, 3))
    assert [p.printed_number for p in text.pages] == [2, 3, 4]
    # the head stays once, where it first stands (it is often the document's title), then is furniture
    heads = [ln for ln in text.lines if ln.text.startswith("Safer Example Partnership")]
    assert [ln.page for ln in heads] == [1]
    assert text.pages[1].stamps == ["Safer Example Partnership - Minutes - 9 March 2017"]
    body = [ln.text for ln in text.lines if ln.text and "narrative" in ln.text]
    assert len(body) == 15
    assert not any(ln.text.strip().isdigit() for ln in text.lines)


def test_numbers_in_the_body_are_not_furniture():
    def page(c, i):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(57, H - 60, "12")                # a minute number at the top of the page
        c.drawString(97, H - 60, "MATTERS ARISING")
        c.setFont("Helvetica", 11)
        c.drawString(57, H - 80, "The group noted the report.")
        c.drawString(57, H - 400, "3")                # a lone figure mid-page
        c.drawCentredString(W / 2, 30, f"Page {i} of 1")

    text = read_pdf("nums.pdf", _pages(page, 1))
    assert [ln.text for ln in text.lines if ln.text] == ["12   MATTERS ARISING", "The group noted the report.", "3"]
    assert text.pages[0].printed_number == 1


def test_turned_text_is_a_stamp_not_text():
    """A diagonal "DRAFT" watermark or a note up the margin is kept as a stamp, out of the lines."""
    def page(c, i):
        c.setFont("Helvetica", 11)
        for k in range(12):
            c.drawString(72, H - 100 - 14 * k, f"Line {k} of the minutes that runs across the page body.")
        c.saveState()
        c.translate(W / 2, H / 2)
        c.rotate(45)
        c.setFont("Helvetica-Bold", 80)
        c.drawCentredString(0, 0, "DRAFT")
        c.restoreState()
        c.saveState()
        c.translate(30, H / 2)
        c.rotate(90)
        c.setFont("Helvetica", 8)
        c.drawCentredString(0, 0, "Printed copies are uncontrolled")
        c.restoreState()

    text = read_pdf("draft.pdf", _pages(page, 1))
    assert [ln.text for ln in text.lines if ln.text] == [
        f"Line {k} of the minutes that runs across the page body." for k in range(12)]
    assert sorted(text.pages[0].stamps) == ["DRAFT", "Printed copies are uncontrolled"]


def test_running_foot_with_the_page_number():
    def page(c, i):
        c.setFont("Helvetica", 11)
        for k in range(5):
            c.drawString(57, H - 100 - 14 * k, f"Narrative line {k} of page {i}.")
        c.setFont("Helvetica", 8)
        c.drawString(57, 30, "Example Partnership Strategic Group - 9 March 2017")
        c.drawRightString(W - 57, 30, str(i))

    for n in (2, 4):                              # two pages are enough to tell a running foot
        text = read_pdf("feet.pdf", _pages(page, n))
        assert [p.printed_number for p in text.pages] == list(range(1, n + 1))
        assert all(p.stamps == ["Example Partnership Strategic Group - 9 March 2017"] for p in text.pages)
        assert not any("Example Partnership" in ln.text for ln in text.lines)


def test_slanted_text_is_not_turned():
    """A synthetic italic shears the text matrix; it is still read as text (and here as the page number)."""
    def page(c, i):
        c.setFont("Helvetica", 11)
        c.drawString(72, H - 100, "The meeting ended at 8.20pm.")
        c.saveState()
        c.transform(1, 0, 0.3333, 1, W / 2 - 30, 30)
        c.setFont("Helvetica", 8)
        c.drawString(0, 0, f"Page {i} of 1")
        c.restoreState()
        c.saveState()
        c.transform(1, 0, 0.3333, 1, 72, H - 130)
        c.drawString(0, 0, "Signed by the Chair")
        c.restoreState()

    text = read_pdf("slant.pdf", _pages(page, 1))
    assert [ln.text for ln in text.lines if ln.text] == ["The meeting ended at 8.20pm.", "Signed by the Chair"]
    assert text.pages[0].printed_number == 1 and text.pages[0].stamps == []
