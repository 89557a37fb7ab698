"""A static-site page whose front matter holds both ``agenda:`` and ``minutes:`` (the agenda a numbered list, the
minutes under bold headings): each field is headed for what it holds, so the agenda's numbered list is not taken
for the minutes' items; the page is one record, the minutes, dated by the page, their items the headings."""
from minutebook.ingest.parse import parse_file

PAGE = """---
title: Autumn 2023 Imaging Special Interest Group
start: 2023-10-24T09:00:21.276Z
end: 2023-10-24T10:00:21.302Z
location: Virtual via MS Teams
agenda: |-
  1. Previous meeting minutes and actions arising
  2. Patient letters
  3. AOB
minutes: >-
  **IMAGING SPECIAL INTEREST GROUP**


  **PRESENT:**

  Ioan Prata, Kate Clough, Paul Wakelin


  **PREVIOUS ACTIONS**


  Directory of regional departments to be sent to KC.


  **PATIENT LETTERS**


  Suggestion that we define the basics of the letter.


  **AOB**


  None.
---
"""


def test_agenda_and_minutes_fields(tmp_path):
    path = tmp_path / "2023-10-24-imaging.md"
    path.write_text(PAGE, encoding="utf-8")
    records = parse_file(path).records
    assert [r.kind for r in records] == ["minutes"]
    minutes = records[0]
    assert minutes.meeting.date == "2023-10-24"
    assert [(i.number, i.title) for i in minutes.items] == [("", "PREVIOUS ACTIONS"), ("", "PATIENT LETTERS"), ("", "AOB")]
    assert [p.name for p in minutes.present] == ["Ioan Prata", "Kate Clough", "Paul Wakelin"]
