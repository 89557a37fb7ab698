"""An agenda's items as a Word table "No. | Item | Lead | Paper": the title is the Item column's text (not the lead
or the paper after it) and the Lead column gives the presenter."""
import docx

from minutebook.ingest.parse import parse_file


def test_items_table_columns(tmp_path):
    d = docx.Document()
    d.add_heading("Northfield Community Safety Partnership", level=1)
    d.add_paragraph("Agenda")
    d.add_paragraph("Date: Tuesday 14 January 2025, 14:00")
    table = d.add_table(rows=0, cols=4)
    for row in [["No.", "Item", "Lead", "Paper"],
                ["1", "Welcome and apologies", "Chair", "Verbal"],
                ["2", "Serious violence duty: annual review", "Omar Lindley", "B"],
                ["3", "Any other business", "All", ""]]:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    path = tmp_path / "agenda.docx"
    d.save(path)
    (rec,) = parse_file(path).records
    assert rec.kind == "agenda"
    assert [(i.number, i.title) for i in rec.agenda] == [
        ("1", "Welcome and apologies"), ("2", "Serious violence duty: annual review"), ("3", "Any other business")]
    assert [i.presenter for i in rec.agenda] == ["Chair", "Omar Lindley", None]
