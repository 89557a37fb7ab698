"""Static-site pages: the YAML front matter holds the title, the meeting's time and place, and often the content
itself (``agenda: |-``, ``minutes: >-``); the page body may be HTML inside Markdown. None of it is rejected."""
from minutebook.ingest.parse import parse_file

CMS_PAGE = """---
title: Autumn Finance Working Group Meeting
start: 2023-10-17T13:30:00.000Z
end: 2023-10-17T15:00:00.000Z
groups:
  - Finance
layout: meeting
location: Room 4, Civic Centre
agenda: |-
  * Welcome
  * Budget monitoring
minutes: >-
  ### Attendance


  *Priya Shah, Tom Okafor, Lena Fischer*


  ### Actions


  1. Circulate the budget monitoring report \\[completed]

  2. Draft the reserves policy \\[new for TO]
---
"""

HTML_BODY = """---
title: Harbour Users Forum - Minutes of the meeting held on 4 March 2015at Harbour Office
layout: post
created: 16/5/2015
categories:
---

<p><strong>Present</strong></p>
<p>Ann Marsh (Chair)</p>
<p>Bill Tovey, Harbour Master</p>
<p><strong>1. Minutes of the last meeting</strong></p>
<p>The minutes were agreed.</p>
<p><strong>2. Moorings review</strong></p>
<p>The Forum discussed the review.</p>
"""


def test_content_held_in_front_matter_is_read(tmp_path):
    path = tmp_path / "autumn-finance.md"
    path.write_text(CMS_PAGE, encoding="utf-8")
    doc = parse_file(path)               # was rejected: "no text in the markdown file"
    (rec,) = doc.records
    assert rec.kind == "minutes"
    assert rec.meeting.date == "2023-10-17"
    # the CMS writes UTC: 13:30Z in October is 14:30 in London
    assert (rec.meeting.start, rec.meeting.end) == ("14:30", "16:00")
    assert {p.name for p in rec.present} == {"Priya Shah", "Tom Okafor", "Lena Fischer"}


def test_site_fields_are_not_content(tmp_path):
    path = tmp_path / "page.md"
    path.write_text(CMS_PAGE, encoding="utf-8")
    text = " ".join(line.text for line in __import__("minutebook.ingest.readers", fromlist=["read"]).read(path, path.read_bytes()).lines)
    assert "layout" not in text and "meeting" not in text.split("Autumn Finance Working Group Meeting")[0]
    assert "Finance" in text and "Room 4, Civic Centre" in text


def test_html_body_in_markdown_with_title_date(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(HTML_BODY, encoding="utf-8")
    (rec,) = parse_file(path).records
    # "created:" is when the page was made; the title carries the meeting's date (its year run into "at")
    assert rec.meeting.date == "2015-03-04"
    assert [(i.number, i.title) for i in rec.items] == [("1", "Minutes of the last meeting"), ("2", "Moorings review")]
    assert "Ann Marsh" in [p.name for p in rec.present]


def test_title_month_without_year_is_no_date(tmp_path):
    path = tmp_path / "post.md"
    path.write_text('---\ntitle: "Oakhill Parish Council September 19"\ndate: "2020-02-19"\n---\n\n'
                    "OAKHILL PARISH COUNCIL Minutes of the Meeting held on Wednesday 4 September 2019 at 7.00pm\n\n"
                    "Present: Cllr Ann Lee (Chair), Cllr Bob Ray\n\n1. Apologies\n\nNone.\n", encoding="utf-8")
    (rec,) = parse_file(path).records
    assert rec.meeting.date == "2019-09-04"
