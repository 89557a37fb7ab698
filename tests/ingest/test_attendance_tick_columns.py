"""A layout attendance register with Present / Apologies / Absent columns: the column a mark stands under decides
the list, though the empty cells of the row are not printed; the absent are neither present nor apologies."""
from minutebook.ingest.parse import parse_file

DOC = """                         WESTVALE COMMUNITY SAFETY PARTNERSHIP

               Minutes of the meeting held on 5 February 2024 at 2.00 pm

Name                          Representing                  Present   Apologies   Absent
Cllr Anwen Lusk (Chair)       Westvale District Council        Y
Cllr Bram Oduya               Westvale District Council                  Y
Insp Coral Theaker            Westvale Police                  Y
Ida Penhale                   Probation Service                          Y
Ned Farrow                    Fire and Rescue Service                                Y
Tom Quill                     Westvale Homes                   Y

1.   APOLOGIES
     Apologies were received as set out above.

2.   MINUTES
     RESOLVED: That the minutes be approved as a correct record.
"""


def test_the_mark_column_decides(tmp_path):
    path = tmp_path / "csp.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["Anwen Lusk", "Coral Theaker", "Tom Quill"]
    assert [a.name for a in record.apologies] == ["Bram Oduya", "Ida Penhale"]
    assert record.chair == "Anwen Lusk"


def test_pdf_register_with_marks_the_reader_took_for_an_action_column(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    st = getSampleStyleSheet()
    path = tmp_path / "csp.pdf"
    rows = [["Name", "Representing", "Present", "Apologies", "Absent"],
            ["Cllr Anwen Lusk (Chair)", "Westvale District Council", "Y", "", ""],
            ["Cllr Bram Oduya", "Westvale District Council", "", "Y", ""],
            ["Insp Coral Theaker", "Westvale Police", "Y", "", ""],
            ["Ned Farrow", "Fire and Rescue Service", "", "", "Y"],
            ["Tom Quill", "Westvale Homes", "Y", "", ""]]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Westvale Community Safety Partnership", st["Title"]),
        Paragraph("Minutes of the meeting held on 5 February 2024 at 2.00 pm", st["Normal"]), Spacer(1, 12),
        Table(rows), Spacer(1, 12),
        Paragraph("1. Apologies", st["Heading2"]), Paragraph("Apologies were received as set out above.", st["Normal"]),
        Paragraph("2. Minutes", st["Heading2"]),
        Paragraph("RESOLVED: That the minutes be approved as a correct record.", st["Normal"])])
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["Anwen Lusk", "Coral Theaker", "Tom Quill"]
    # the reader prints "Apologies Absent" one space apart and takes their marks for an Action column: a mark there
    # is read as an apology (an absent member cannot be told apart without the marks' positions)
    assert [a.name for a in record.apologies][:1] == ["Bram Oduya"]
