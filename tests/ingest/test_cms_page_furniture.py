"""A minutes page saved whole from a content management system: the site header, sidebar widgets (recent posts with
their dates), an announcement bar, comments, sharing links and the footer (opening hours) are furniture, not part of
the minutes; the post's own date ("Posted on …", <time datetime>) is when the page was published, never the meeting's."""
from minutebook.ingest.parse import parse_file
from minutebook.ingest.readers.markup import html_lines

PAGE = """<!DOCTYPE html><html><head><title>Minutes – Hartwell Village Hall Committee</title></head><body>
<div class="site-announcement-bar"><p>The hall is closed on Monday 6 May 2024 from 9 a.m.</p></div>
<header id="masthead"><p class="site-title">Hartwell Village Hall</p><nav><a href="/">Home</a></nav></header>
<main><article class="post">
<header class="entry-header"><h1>Committee minutes</h1>
<div class="entry-meta">Posted on <time class="entry-date published" datetime="2024-04-30T10:00:00+01:00">30 April 2024</time> by Secretary</div></header>
<div class="entry-content">
<p><strong>Minutes of the meeting of Hartwell Village Hall Committee held on Tuesday 23 April 2024 at 7.30pm in the Small Hall</strong></p>
<p>Present: Jean Audley (Chair), Victor Salt, Imogen Rook</p>
<p>Apologies: Barry Thwaite</p>
<h3>1. Minutes of the last meeting</h3>
<p>The minutes of the meeting held on 19 March 2024 were approved.</p>
<h3>2. Boiler</h3>
<p>It was agreed to replace the boiler at a cost of £2,950.</p>
<p>The meeting closed at 8.40pm.</p>
</div>
<div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><a href="#">Facebook</a></div>
<div id="comments" class="comments-area"><h2>One thought on “Committee minutes”</h2>
<p>Posted on 2 May 2024 at 9:15 am by a neighbour: Thanks for the update.</p></div>
</article></main>
<aside class="widget-area"><h2>Recent Posts</h2><ul><li>Quiz night – 17 May 2024 at 8pm</li></ul></aside>
<footer class="site-footer"><p>Open Monday to Friday 9am – 9pm</p></footer>
</body></html>
"""


def test_furniture_is_dropped_and_the_post_date_is_publication(tmp_path):
    texts = [ln.text for ln in html_lines(PAGE)[0]]
    assert texts[0] == "Published: 2024-04-30"
    joined = "\n".join(texts)
    for furniture in ("closed on Monday", "Hartwell Village Hall\n", "Share this", "thought on", "Recent Posts",
                      "Open Monday", "30 April 2024"):
        assert furniture not in joined + "\n"
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert (record.meeting.date, record.meeting.start, record.meeting.end) == ("2024-04-23", "19:30", "20:40")
    assert [p.name for p in record.present] == ["Jean Audley", "Victor Salt", "Imogen Rook"]
    assert [i.number for i in record.items] == ["1", "2"]


def test_header_inside_the_article_is_kept():
    texts = [ln.text for ln in html_lines(PAGE)[0]]
    assert "Committee minutes" in texts
