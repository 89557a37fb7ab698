"""Board minutes laid out as tables become the lines the parsers read: numbered headings with the Action cell on
``Line.action`` (and a date column on ``Line.due``), attendance blocks, repeated header rows dropped."""
from pathlib import Path

from minutebook.ingest.readers import read

TABLES = Path(__file__).resolve().parents[1] / "ingest" / "tables"


def _texts(text):
    return [ln.text for ln in text.lines if ln.text]


def test_ruled_pdf_items_table_over_pages():
    text = read(TABLES / "hollinmoor_place_board_minutes_2024-09-12.pdf")
    heads = [ln.text for ln in text.lines if ln.heading and ln.text.startswith("HPB/")]
    assert heads[0] == "HPB/24/31 Welcome, introductions and apologies" and len(heads) == 9
    assert not any(t.replace(" ", "") == "No.ItemAction" for t in _texts(text))     # repeated headers dropped
    # the row broken across the page is one item: its action and its decision stay under HPB/24/35
    lines = [ln for ln in text.lines if ln.text]
    start = next(k for k, ln in enumerate(lines) if ln.text.startswith("HPB/24/35"))
    end = next(k for k, ln in enumerate(lines) if ln.text.startswith("HPB/24/36"))
    assert [ln.action for ln in lines[start:end] if ln.action] == ["LH"]
    assert any(ln.text.startswith("RESOLVED that the quarter 1") for ln in lines[start:end])


def test_ruled_pdf_attendance_sections():
    texts = _texts(read(TABLES / "hollinmoor_place_board_minutes_2024-09-12.pdf"))
    assert texts.index("Present:") < texts.index("In attendance:") < texts.index("Apologies:")
    assert any(t.startswith("Nadia Ferreira attended as substitute for Owen Pryce") for t in texts)
    assert not any(t == "Members" for t in texts)


def test_word_table_with_date_column():
    text = read(TABLES / "ravensford_scp_minutes_2024-06-05.docx")
    owned = [(ln.action, ln.due) for ln in text.lines if ln.action]
    assert owned == [("CI/MO", "31/07/2024"), ("SL", "19/07/2024"), ("FC", None)]
    assert "3 Child exploitation strategy refresh" in [ln.text for ln in text.lines if ln.heading]
    assert "Apologies:" in _texts(text) and "Members" not in _texts(text)


def test_word_processor_html_table():
    text = read(TABLES / "ashcombe_csp_minutes_2025-01-21.html")
    heads = [ln.text for ln in text.lines if ln.heading and ln.text.startswith("CSP/")]
    assert heads[2] == "CSP/25/03 Strategic assessment 2025"
    assert [ln.action for ln in text.lines if ln.action] == ["VB", "IP/MT", "LA/MT"]


def test_headerless_markdown_register_and_numbered_item_cells(tmp_path):
    path = tmp_path / "board.md"
    path.write_text("| **Members present** | | |\n|---|---|---|\n| Alan Burrows (Chair) | AB | Council |\n"
                    "| Carla Dunne | CD | Police |\n| **Apologies** | | |\n| Eric Fenn | EF | Fire |\n\n"
                    "| Item | Notes | Action |\n|---|---|---|\n| 1. Welcome | Apologies noted. | |\n"
                    "| 2. Budget | Agreed: the budget was approved. | CD – 31/03/2024 |\n", encoding="utf-8")
    text = read(path)
    texts = _texts(text)
    assert texts[texts.index("Apologies:") + 1].startswith("Eric Fenn")
    assert [ln.text for ln in text.lines if ln.heading][-2:] == ["1 Welcome", "2 Budget"]
    assert [(ln.action, ln.due) for ln in text.lines if ln.action] == [("CD", "31/03/2024")]


def test_word_cells_merged_down_are_read_once(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=0, cols=3)
    for row in [("No.", "Item", "Action"), ("4", "Hate crime", "RS"), ("", "", "PQ")]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    t.cell(2, 2).add_paragraph("PQ to brief officers.")
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(1, 1).merge(t.cell(2, 1))
    path = tmp_path / "merged.docx"
    d.save(path)
    text = read(path)
    assert [ln.text for ln in text.lines if ln.heading] == ["4 Hate crime"]


def test_an_action_log_is_no_items_table(tmp_path):
    path = tmp_path / "log.md"
    path.write_text("| No. | Action | Owner | Status |\n|---|---|---|---|\n"
                    "| 1 | Circulate the draft assessment to all members for their comments | DR | Open |\n",
                    encoding="utf-8")
    lines = [ln for ln in read(path).lines if ln.text]
    # one line per action, marked as a log row (the first column numbers the actions: no minute reference)
    assert [ln.text for ln in lines] == ["Circulate the draft assessment to all members for their comments"]
    assert not lines[0].heading and lines[0].action == "DR" and lines[0].log == ""


def test_number_above_its_title_and_a_deputy_in_the_role_column(tmp_path):
    path = tmp_path / "board.md"
    path.write_text("| Name | Initials | Role |\n|---|---|---|\n| **Members** | | |\n| Alan Burrows (Chair) | AB | Council |\n"
                    "| Carla Dunne | CD | Police, deputising for Eric Fenn |\n| **Apologies** | | |\n"
                    "| Eric Fenn | EF | Police |\n\n| No. | Item | Action |\n|---|---|---|\n"
                    "| 1.<br>**Welcome** | Apologies noted. | |\n| 2.<br>**Budget** | Agreed: approved. | CD |\n",
                    encoding="utf-8")
    text = read(path)
    texts = _texts(text)
    assert "Carla Dunne attended as substitute for Eric Fenn" in texts
    assert [ln.text for ln in text.lines if ln.heading and ln.text[:1].isdigit()] == ["1 Welcome", "2 Budget"]


def test_a_present_column_of_marks_and_present_apologies_columns(tmp_path):
    path = tmp_path / "register.md"
    path.write_text("| Name | Role | Present |\n|---|---|---|\n| Alan Burrows | Chair | Y |\n| Carla Dunne | Police | N |\n"
                    "| Dan Eddy | Fire | ✓ |\n\n| Present | Apologies |\n|---|---|\n| Ann Lee | Bob Moor |\n| Cy Noon | |\n",
                    encoding="utf-8")
    texts = _texts(read(path))
    assert texts == ["Present:", "Alan Burrows (Chair)", "Dan Eddy (Fire)",
                     "Present:", "Ann Lee", "Cy Noon", "Apologies:", "Bob Moor"]


def test_section_rows_for_officers_and_the_minute_taker(tmp_path):
    path = tmp_path / "register.md"
    path.write_text("| Name | Role |\n|---|---|\n| **Members present:** | |\n| Alan Burrows (Chair) | Council |\n"
                    "| **Officers** | |\n| Gil Hart | Analyst |\n| **Minute taker** | |\n| Ivy Lake | Clerk |\n"
                    "| **Apologies received** | |\n| Eric Fenn | Police |\n", encoding="utf-8")
    assert _texts(read(path)) == ["Present:", "Alan Burrows (Chair) (Council)", "In attendance:", "Gil Hart (Analyst)",
                                  "Ivy Lake (Clerk)", "Apologies:", "Eric Fenn (Police)"]
