"""A ModernGov front sheet as a PDF (read with pypdfium2): a run of "Councillors …" wrapped over two lines, a
"Non-Voting Co-opted Members" heading (no colon) over "Name, role" lines, the question deadline inside an item,
"(Pages 1 - 18)" set right and lettered sub-items under an item."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.ingest.parse import parse_file

SHEET = [
    # (text, x, size, bold, right-aligned pages)
    ("Democratic Services", 330, 10, False, None),
    ("Direct line: 020 8461 7743", 330, 10, False, None),
    ("To: Members of the", 60, 10, True, None),
    ("CHILDREN, EDUCATION AND FAMILIES POLICY DEVELOPMENT AND SCRUTINY COMMITTEE", 60, 9, True, None),
    ("", 0, 0, False, None),
    ("Councillor Kira Gabbert (Chairman)", 60, 10, False, None),
    ("Councillor Neil Reddin (Vice-Chairman)", 60, 10, False, None),
    ("Councillors Gareth Allatt, Kathy Bance MBE, Julie Ireland,", 60, 10, False, None),
    ("Christine Harris and Chloe-Jane Ross", 60, 10, False, None),
    ("", 0, 0, False, None),
    ("Non-Voting Co-opted Members", 60, 10, False, None),
    ("Emmanuel Arbenser, Parent Governor Representative", 60, 10, False, None),
    ("Alison Regester, Church of England Representative", 60, 10, False, None),
    ("", 0, 0, False, None),
    ("A meeting of the Children, Education and Families Policy Development and Scrutiny Committee will be", 60, 9, False, None),
    ("held at Bromley Civic Centre on TUESDAY 23 JANUARY 2024 AT 7.00 PM", 60, 9, False, None),
    ("", 0, 0, False, None),
    ("TASNIM SHAWKAT", 300, 10, False, None),
    ("Director of Corporate Services", 300, 10, False, None),
    ("", 0, 0, False, None),
    ("A G E N D A", 250, 10, True, None),
    ("", 0, 0, False, None),
    ("1    APOLOGIES FOR ABSENCE AND NOTIFICATION OF SUBSTITUTE MEMBERS", 60, 10, True, None),
    ("2    DECLARATIONS OF INTEREST", 60, 10, True, None),
    ("3    QUESTIONS FROM COUNCILLORS AND MEMBERS OF THE PUBLIC", 60, 10, True, None),
    ("     Questions must be received in writing 4 working days before the date of the meeting. Therefore please", 60, 9, False, None),
    ("     ensure questions are received by the Democratic Services Team by 5pm on Wednesday 17th January 2024.", 60, 9, False, None),
    ("4    MINUTES OF THE MEETING HELD ON 14 NOVEMBER 2023", 60, 10, True, "(Pages 1 - 18)"),
    ("5    MATTERS OUTSTANDING AND WORK PROGRAMME", 60, 10, True, "(Pages 19 - 30)"),
    ("6    PRE-DECISION SCRUTINY OF EXECUTIVE REPORTS", 60, 10, True, None),
    ("a    CAPITAL PROGRAMME MONITORING - Q2 2023/24", 80, 10, True, "(Pages 31 - 40)"),
    ("b    SCHOOLS FUNDING FORMULA 2024/25", 80, 10, True, "(Pages 41 - 56)"),
]


def _front_sheet(path):
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    y = height - 60
    for text, x, size, bold, pages in SHEET:
        if not text:
            y -= 6
            continue
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(x, y, text)
        if pages:
            c.drawRightString(width - 60, y, pages)
        y -= size + 6
    c.showPage()
    c.save()


def test_moderngov_front_sheet_pdf(tmp_path):
    path = tmp_path / "front.pdf"
    _front_sheet(path)
    (rec,) = parse_file(path).records
    assert rec.kind == "agenda"
    assert (rec.meeting.date, rec.meeting.start, rec.meeting.venue) == ("2024-01-23", "19:00", "Bromley Civic Centre")
    assert [m.name for m in rec.members] == ["Kira Gabbert", "Neil Reddin", "Gareth Allatt", "Kathy Bance",
                                             "Julie Ireland", "Christine Harris", "Chloe-Jane Ross",
                                             "Emmanuel Arbenser", "Alison Regester"]
    assert (rec.chair, rec.vice_chair) == ("Kira Gabbert", "Neil Reddin")
    assert rec.question_deadline == "2024-01-17T17:00"
    assert [(i.number, i.pages) for i in rec.agenda] == [
        ("1", None), ("2", None), ("3", None), ("4", "1-18"), ("5", "19-30"), ("6", None), ("6a", "31-40"),
        ("6b", "41-56")]
    assert rec.agenda[6].title == "CAPITAL PROGRAMME MONITORING - Q2 2023/24"
