"""Every line a reader gives knows where it stood: the page and the line of the page for paged sources (a PDF),
the line of the file for flat ones; a minute's provenance cites them."""
from minutebook.ingest.parse import parse_file
from minutebook.ingest.provenance import Trail, where
from minutebook.ingest.readers import read


def test_text_lines_are_numbered_as_the_file(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("Minutes of the meeting held on 3 March 2022\n\nPresent: Ann Lee, Bo Chan\n\n"
                    "1. Welcome\n\nThe chair welcomed all.\n\n2. Finance\n\nRESOLVED that the report be noted.\n",
                    encoding="utf-8")
    text = read(path)
    assert [(ln.number, ln.text) for ln in text.lines if ln.text][:2] == [(1, "Minutes of the meeting held on 3 March 2022"),
                                                                         (3, "Present: Ann Lee, Bo Chan")]
    with Trail() as trail:
        doc = parse_file(path)
    item = doc.records[0].items[1]
    notes = {n.field: n for n in trail.of(item)}
    assert where(trail, notes["item"].lines) == "l9"
    assert (where(trail, notes["resolution 1"].lines), notes["resolution 1"].rule) == ("l11", "resolved-marker")


def test_pdf_lines_are_numbered_by_page(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "m.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page, lines in enumerate([["Minutes of the Board held on 3 March 2022", "Present: Ann Lee, Bo Chan", "1. Welcome",
                                   "The chair welcomed all."],
                                  ["2. Finance", "RESOLVED that the report be noted."]]):
        y = 780
        for t in lines:
            c.drawString(72, y, t)
            y -= 40
        c.showPage()
    c.save()
    with Trail() as trail:
        doc = parse_file(path)
    item = doc.records[0].items[1]
    notes = {n.field: n for n in trail.of(item)}
    assert where(trail, notes["item"].lines) == "p2 l1"
    assert where(trail, notes["resolution 1"].lines) == "p2 l2"
