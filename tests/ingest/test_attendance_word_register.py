"""A Word attendance register with Present / Apologies / Absent columns: the column holding the mark decides."""
import docx

from minutebook.ingest.parse import parse_file


def test_word_register_marks(tmp_path):
    d = docx.Document()
    d.add_paragraph("Westvale Community Safety Partnership")
    d.add_paragraph("Minutes of the meeting held on 5 February 2024 at 2.00 pm")
    table = d.add_table(rows=1, cols=5)
    for cell, head in zip(table.rows[0].cells, ["Name", "Representing", "Present", "Apologies", "Absent"]):
        cell.text = head
    for row in [["Cllr Anwen Lusk (Chair)", "Westvale District Council", "\u2713", "", ""],
                ["Cllr Bram Oduya", "Westvale District Council", "", "\u2713", ""],
                ["Insp Coral Theaker", "Westvale Police", "\u2713", "", ""],
                ["Ned Farrow", "Fire and Rescue Service", "", "", "\u2713"]]:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    d.add_paragraph("1. Apologies")
    d.add_paragraph("Apologies were received as set out above.")
    d.add_paragraph("2. Minutes")
    d.add_paragraph("RESOLVED: That the minutes be approved as a correct record.")
    path = tmp_path / "csp.docx"
    d.save(path)
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["Anwen Lusk", "Coral Theaker"]
    assert [a.name for a in record.apologies] == ["Bram Oduya"]
    assert record.chair == "Anwen Lusk"
