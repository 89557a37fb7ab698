"""A blog post's meta line ("Posted on 18 June 2024 by Clerk") in a page saved as Markdown or HTML is when the page
was published, not the meeting's date."""
from minutebook.ingest.parse import parse_file

BODY = """Posted on [3 October 2024](https://example.org/2024/10/03/minutes/) by [Clerk](https://example.org/author/clerk/)

**Minutes of the meeting of Tolland Parish Council held on Tuesday 24 September 2024 at 7.30pm in the Village Hall**

**Present:** Cllr Ada Pryor (Chairman), Cllr Ben Harte, Cllr Cora Lusk

**1. Apologies** – Apologies were received from Cllr Dan Oakes.

**2. Finance** – It was resolved to approve payments of £410.

**3. Date of next meeting** – Tuesday 22 October 2024.

Posted in [Minutes](https://example.org/category/minutes/)
"""


def test_markdown_post_date_is_not_the_meeting(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(BODY, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert (record.meeting.date, record.meeting.start) == ("2024-09-24", "19:30")
    assert record.next_meeting_date == "2024-10-22"


def test_html_post_date_is_not_the_meeting(tmp_path):
    html = ("<html><body><p>Posted on 3 October 2024 by Clerk</p>"
            "<p><b>Minutes of the meeting of Tolland Parish Council held on Tuesday 24 September 2024 at 7.30pm "
            "in the Village Hall</b></p><p>Present: Cllr Ada Pryor (Chairman), Cllr Ben Harte</p>"
            "<h3>1. Finance</h3><p>It was resolved to approve payments of £410.</p></body></html>")
    path = tmp_path / "post.html"
    path.write_text(html, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert record.meeting.date == "2024-09-24"
