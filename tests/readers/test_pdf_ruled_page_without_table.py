"""PDF reader: a page that draws rules but prints no table header is not read a second time for a grid (a
pdfplumber pass costs about 0.2 s a page); a ruled table headed by a section label over cells still is."""
from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.ingest.readers.pdf import read_pdf

W, H = A4


def _pdf(draw) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def grid_reads(monkeypatch):
    opened = []
    real = pdfplumber.open

    def spy(*args, **kwargs):
        opened.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(pdfplumber, "open", spy)
    return opened


def test_a_label_over_a_running_line_on_a_ruled_page_is_not_a_table(grid_reads):
    def draw(c):
        c.line(72, H - 60, W - 72, H - 60)               # a rule under the letterhead
        c.drawString(72, H - 80, "Present")
        c.drawString(72, H - 96, "Councillors D Reed (Chair), R Healey, M Archer and P Moran")
        c.drawString(72, H - 112, "Date: 4 September 2018")
        c.drawString(72, H - 140, "18.09.1 Apologies")

    text = read_pdf("parish.pdf", _pdf(draw))
    assert "Present" in [ln.text for ln in text.lines]
    assert grid_reads == []


def test_a_ruled_table_headed_by_a_section_label_is_read_as_a_grid(grid_reads):
    rows = [("Present:", "", ""), ("Anne Greaves", "AG", "Chair"), ("Leena Mistry", "LM", "Chief Executive")]

    def draw(c):
        xs, top, height = [72, 260, 330, W - 72], H - 100, 20
        for r, row in enumerate(rows):
            y = top - r * height
            for x, cell in zip(xs, row):
                c.drawString(x + 4, y - 14, cell)
        for r in range(len(rows) + 1):
            c.line(xs[0], top - r * height, xs[-1], top - r * height)
        for x in xs:
            c.line(x, top, x, top - len(rows) * height)

    read_pdf("board.pdf", _pdf(draw))
    assert len(grid_reads) == 1
