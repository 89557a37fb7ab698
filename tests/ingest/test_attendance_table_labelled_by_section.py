"""An attendance table whose name column is headed by the first section's label ("Present | Initials |
Organisation"), with "In attendance" and "Apologies" rows further down: the header cell is a section, the
column below it is people's names, and a "Name (for Name)" row is a substitute."""
import docx

from minutebook.ingest.parse import parse_file

ROWS = [
    ("Present", "Initials", "Organisation"),
    ("Cllr Ada Rook (Chair)", "AR", "Kestrel District Council"),
    ("Ivo Quill", "IQ", "Kestrel Police"),
    ("Pia Sorrel (for Tam Hewer)", "PS", "Valley Housing"),
    ("In attendance", "", ""),
    ("Lev Marr", "LM", "Partnership Officer (minutes)"),
    ("Apologies", "", ""),
    ("Tam Hewer", "TH", "Valley Housing"),
]


def _docx(path):
    doc = docx.Document()
    doc.add_paragraph("KESTREL COMMUNITY SAFETY PARTNERSHIP")
    doc.add_paragraph("Minutes of the meeting held on Tuesday 5 March 2024 at 10:00")
    table = doc.add_table(rows=0, cols=3)
    for row in ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    doc.add_paragraph("1 Welcome and apologies")
    doc.add_paragraph("Apologies were noted as above.")
    doc.add_paragraph("2 Town centre patrols")
    doc.add_paragraph("IQ to share the patrol plan with partners.")
    doc.save(path)
    return path


def _markdown(path):
    lines = ["# Kestrel Community Safety Partnership", "",
             "Minutes of the meeting held on Tuesday 5 March 2024 at 10:00", ""]
    lines += ["| " + " | ".join(ROWS[0]) + " |", "|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in ROWS[1:]]
    lines += ["", "## 1 Welcome and apologies", "", "Apologies were noted as above.", "",
              "## 2 Town centre patrols", "", "IQ to share the patrol plan with partners.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _check(path):
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert [p.name for p in record.present] == ["Ada Rook", "Ivo Quill", "Pia Sorrel"]
    assert [p.name for p in record.also_present] == ["Lev Marr"]
    assert [(a.name, a.substitute) for a in record.apologies] == [("Tam Hewer", "Pia Sorrel")]
    assert record.chair == "Ada Rook"
    assert [p for a in record.items[1].actions for p in a.owner_names] == ["Ivo Quill"]


def test_word_table_headed_present(tmp_path):
    _check(_docx(tmp_path / "m.docx"))


def test_markdown_table_headed_present(tmp_path):
    _check(_markdown(tmp_path / "m.md"))
