"""The pack: the agenda's "(Pages a - b)" are where pdftotext finds each item's stamp and last page."""
import re
import subprocess

from minutebook.documents import render
from minutebook.documents.pack import BLANK_TEXT, Part, build_pack


def pages_text(pdf: bytes) -> list[str]:
    out = subprocess.run(["/usr/bin/pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode().split("\f")[:-1]


def attachment(title: str, pages: int) -> bytes:
    from weasyprint import HTML

    body = "".join(f'<p style="break-after:page">{title} page {i}</p>' for i in range(1, pages + 1))
    return HTML(string=f"<html><body>{body}</body></html>").write_pdf()


def make_pack(agenda, minutes, report, blank_pages):
    def agenda_pdf(ranges):
        rec = agenda.model_copy(deep=True)
        for item in rec.agenda:
            item.pages = ranges.get(item.number)
        return render(rec, "pdf", page_numbers=False)

    parts = [Part("2", render(minutes, "pdf", page_numbers=False)), Part("4", render(report, "pdf", page_numbers=False)),
             Part("5", attachment("Presentation", 3)), Part("6a", attachment("Domestic abuse report", 2))]
    return build_pack(agenda_pdf, parts, blank_pages=blank_pages)


def check(pages, agenda):
    """Every item with papers prints "(Pages a - b)": a is the page stamped "Agenda Item N", b the
    page before the next stamp (or the last page)."""
    front = " ".join(" ".join(p.split()) for p in pages[:3])
    stamps = {m: i for i, p in enumerate(pages, 1) for m in re.findall(r"Agenda Item (\d+[a-z]?)\b", p)}
    starts = sorted(stamps.values())
    for item in agenda.agenda:
        if item.number not in stamps:
            continue
        m = re.search(re.escape(item.title) + r" \(Pages (\d+) - (\d+)\)", front)
        assert m, f"the agenda prints no pages for item {item.number}"
        a, b = int(m.group(1)), int(m.group(2))
        assert stamps[item.number] == a, f"item {item.number} printed from page {a}, stamped on {stamps[item.number]}"
        following = [s for s in starts if s > a]
        assert b == (following[0] - 1 if following else len(pages)), f"item {item.number} ends on {b}"
    for i, page in enumerate(pages, 1):
        assert re.search(rf"\bPage {i}\b", page), f"page {i} is not numbered"
    return stamps


def test_ranges_match_stamps(agenda, minutes, report):
    pages = pages_text(make_pack(agenda, minutes, report, blank_pages=False))
    stamps = check(pages, agenda)
    assert set(stamps) == {"2", "4", "5", "6a"}


def test_blank_pages_put_every_item_on_a_right_hand_page(agenda, minutes, report):
    pages = pages_text(make_pack(agenda, minutes, report, blank_pages=True))
    stamps = check(pages, agenda)
    assert all(page % 2 == 1 for page in stamps.values())
    assert any(BLANK_TEXT in p for p in pages)


def test_rotated_and_odd_sized_attachments_are_stamped_upright(agenda, minutes, report):
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(attachment("Letter", 2))).pages:
        page.rotate(90)
        writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)

    def agenda_pdf(ranges):
        rec = agenda.model_copy(deep=True)
        for item in rec.agenda:
            item.pages = ranges.get(item.number)
        return render(rec, "pdf", page_numbers=False)

    pack = build_pack(agenda_pdf, [Part("5", buf.getvalue())])
    pages = pages_text(pack)
    assert "Agenda Item 5" in pages[-2] and "Page 3" in pages[-1] and "Page 2" in pages[-2]
    assert all(p.rotation == 0 for p in PdfReader(io.BytesIO(pack)).pages)
