"""A static-site page for one meeting holds its agenda and then its minutes (front matter ``agenda:`` and
``minutes:``): the page's head (title, date, time, venue) heads the minutes too."""
from minutebook.ingest.parse import parse_file

PAGE = """---
title: 2022 Spring Head & Neck Group Meeting
start: 2022-05-12T13:00:46.420Z
end: 2022-05-12T15:00:46.440Z
location: Microsoft Teams
agenda: |-
  ## AGENDA

  * Introduce the project managers
  * AOB
minutes: >-
  ## Minutes


  ### Attendance


  **Elizabeth Loney, Helen Cliffe, Stuart Viner**


  **Protocols**


  It was agreed to include the mandible only if asked for.
---
"""


def test_minutes_take_the_pages_head(tmp_path):
    path = tmp_path / "2022-05-12-head-neck.md"
    path.write_text(PAGE, encoding="utf-8")
    records = parse_file(path).records
    minutes = next(r for r in records if r.kind == "minutes")
    assert (minutes.meeting.date, minutes.meeting.start, minutes.meeting.end) == ("2022-05-12", "14:00", "16:00")
    assert [p.name for p in minutes.present] == ["Elizabeth Loney", "Helen Cliffe", "Stuart Viner"]
    assert [i.title for i in minutes.items] == ["Protocols"]
