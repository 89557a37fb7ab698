"""PDF through WeasyPrint: A4, numbered pages, DRAFT on every page of draft minutes."""
import io
import subprocess

from pypdf import PdfReader

from minutebook.documents import render


def pages_text(pdf: bytes) -> list[str]:
    out = subprocess.run(["/usr/bin/pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode().split("\f")[:-1]


def test_minutes_pdf_is_a4_with_page_numbers(minutes):
    pdf = render(minutes, "pdf")
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    pages = pages_text(pdf)
    assert all(f"Page {i}" in p for i, p in enumerate(pages, 1))
    assert "180     RESILIENCE UPDATE" in pages[0].replace("\t", " ") or "180 RESILIENCE UPDATE" in " ".join(pages[0].split())


def test_draft_on_every_page(minutes):
    minutes.draft = True
    minutes.items = minutes.items * 4          # long enough for several pages
    pages = pages_text(render(minutes, "pdf"))
    assert len(pages) > 1
    assert all("DRAFT" in p for p in pages)


def test_approved_minutes_do_not_say_draft(minutes):
    assert not any("DRAFT" in p for p in pages_text(render(minutes, "pdf")))
