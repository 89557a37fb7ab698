"""A Word agenda built from tables, with no "Agenda" heading anywhere, is an agenda: a notice of the meeting
(date, time, venue, date of issue) and a table of items to take (time, lead, paper), not a record of what
happened, even when an item is "Minutes and actions of …" near the top."""
import docx

from minutebook.ingest.parse import parse_file


def _table(document, rows):
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value


def _notice(tmp_path, title):
    d = docx.Document()
    d.add_heading("Northfield Community Safety Partnership", level=1)
    d.add_heading(title, level=2)
    _table(d, [["Date", "Tuesday 14 January 2025"], ["Time", "14:00 - 16:00"],
               ["Venue", "Meeting Room 3, Northfield Civic Offices"], ["Date of issue", "7 January 2025"]])
    d.add_paragraph("Membership")
    _table(d, [["Name", "Role", "Organisation"],
               ["Superintendent Gail Rourke (Chair)", "Area Commander", "Northfield Police"],
               ["Omar Lindley (Vice-Chair)", "Head of Community Safety", "Northfield Council"],
               ["Bethan Morrow", "Probation Delivery Unit Head", "Probation Service"]])
    _table(d, [["No.", "Time", "Item", "Lead", "Paper"],
               ["1", "14:00", "Welcome and apologies", "Chair", "Verbal"],
               ["2", "14:05", "Minutes and actions of 8 October 2024", "Chair", "A"],
               ["3", "14:15", "Serious violence duty: annual review", "O Lindley", "B"],
               ["4", "14:45", "Hate crime figures, quarter 3", "G Rourke", "C"],
               ["5", "15:30", "Any other business", "All", ""]])
    d.add_paragraph("Date of next meeting: Tuesday 8 April 2025, 14:00 - 16:00")
    path = tmp_path / "notice.docx"
    d.save(path)
    return path


def test_a_table_agenda_without_the_word_agenda_is_an_agenda(tmp_path):
    records = parse_file(_notice(tmp_path, "Executive Meeting")).records
    assert [r.kind for r in records] == ["agenda"]
    rec = records[0]
    assert rec.meeting.date == "2025-01-14"
    assert rec.meeting.start == "14:00"
    assert rec.published == "2025-01-07"
    assert [(i.number, i.title) for i in rec.agenda][:3] == [
        ("1", "Welcome and apologies"), ("2", "Minutes and actions of 8 October 2024"),
        ("3", "Serious violence duty: annual review")]
    assert rec.next_meeting_date == "2025-04-08"
    assert [m.name for m in rec.members] == ["Gail Rourke", "Omar Lindley", "Bethan Morrow"]
    assert (rec.chair, rec.vice_chair) == ("Gail Rourke", "Omar Lindley")


def test_minutes_in_the_title_still_make_minutes(tmp_path):
    d = docx.Document()
    d.add_heading("Northfield Community Safety Partnership", level=1)
    d.add_heading("Minutes of the Executive Meeting, 14 January 2025", level=2)
    d.add_paragraph("Present: Superintendent Gail Rourke (Chair), Omar Lindley, Bethan Morrow")
    d.add_paragraph("1. Welcome and apologies")
    d.add_paragraph("The Chair welcomed everyone. Apologies were received from Dana Price.")
    d.add_paragraph("2. Serious violence duty")
    d.add_paragraph("Omar Lindley reported that the annual review was complete. RESOLVED that the review be noted.")
    path = tmp_path / "minutes.docx"
    d.save(path)
    assert [r.kind for r in parse_file(path).records] == ["minutes"]
