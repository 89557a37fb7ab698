"""Where the meeting's date comes from when the document is short of it: a doubled ordinal is still a date, a
paper's "dated" is not the meeting's, and the file's name is the evidence of last resort (with a warning)."""
from minutebook.ingest.parse import file_name_date, parse_file


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_doubled_ordinal_suffix(tmp_path):
    path = write(tmp_path, "ppg.txt", "PATIENT GROUP COMMITTEE\nMinutes of the meeting held on 10thth September 2021 at 6.30pm\n\n"
                 "Present: Ann Lee, Bob Ray\n\n1. Welcome\n\nThe chair welcomed everyone.\n")
    assert parse_file(path).records[0].meeting.date == "2021-09-10"


def test_report_dated_is_not_the_meeting_date(tmp_path):
    path = write(tmp_path, "index.txt", "INTRODUCTION\n\nREPORT OF THE EXECUTIVE POLICY COMMITTEE DATED MARCH 4, 2015\n\n"
                 "1. Rezoning - 12 Elm Road\n\n2. Zoning Agreement Amendment\n")
    rec = parse_file(path).records[0]
    assert rec.meeting.date != "2015-03-04"


def test_file_name_date_when_none_is_printed(tmp_path):
    path = write(tmp_path, "agenda-20240729.txt", "AGENDA\n\n1. Apologies\n\n2. Declarations of interest\n\n3. Planning\n")
    doc = parse_file(path)
    assert doc.records[0].meeting.date == "2024-07-29"
    assert any("file name" in w for w in doc.warnings)


def test_file_name_gives_the_year_a_document_leaves_out(tmp_path):
    text = ("COMMUNITY GROUP\nMinutes of the meeting held on Monday 06 September, 6pm, online\n\n"
            "Present: Ann Lee, Bob Ray\n\n1. Welcome\n\nThe group met. The 2021 survey was discussed.\n")
    path = write(tmp_path, "group_2022-09-06.txt", text)
    assert parse_file(path).records[0].meeting.date == "2022-09-06"


def test_printed_date_wins_over_file_name(tmp_path):
    path = write(tmp_path, "minutes_2020-01-01.txt", "PARISH COUNCIL\nMinutes of the meeting held on 3 March 2020\n\n"
                 "Present: Ann Lee, Bob Ray\n\n1. Apologies\n\nNone.\n")
    doc = parse_file(path)
    assert doc.records[0].meeting.date == "2020-03-03"
    assert not any("file name" in w for w in doc.warnings)


def test_file_name_date_forms():
    assert file_name_date("/x/minutes-2024-07-29.pdf") == "2024-07-29"
    assert file_name_date("20190624.pdf") == "2019-06-24"
    assert file_name_date("minutes-2024-13-40.pdf") is None
    assert file_name_date("report-12345678.pdf") is None
