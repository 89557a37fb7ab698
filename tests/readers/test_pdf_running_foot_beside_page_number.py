"""Text printed on the foot line beside "Page 1" is the running foot ("16 November 2023" at the right), even on
the one page that carries it: it is not body text, and not an Action column's owner."""
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from minutebook.ingest.readers import read

rl_config.invariant = 1


def test_foot_text_beside_the_page_number_is_furniture(tmp_path):
    path = tmp_path / "m.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    c.setFont("Helvetica", 10)
    y = h - 30 * mm
    for t in ("TESTHAM GROUP", "Minutes of the meeting held on 16 November 2023", "36 ANY OTHER BUSINESS",
              "Members to send comments on the opening hours to the probation service."):
        c.drawString(20 * mm, y, t)
        y -= 14
    c.drawString(160 * mm, y + 14, "DK / NR")
    c.setFont("Helvetica", 9)
    c.drawCentredString(w / 2, 10 * mm, "Page 1")
    c.drawRightString(w - 20 * mm, 10 * mm, "16 November 2023")
    c.showPage()
    c.save()
    text = read(str(path))
    assert not any("16 November 2023" == (ln.action or "") for ln in text.lines)
    assert not any(ln.text.strip() == "16 November 2023" for ln in text.lines)
    assert text.pages[0].printed_number == 1
