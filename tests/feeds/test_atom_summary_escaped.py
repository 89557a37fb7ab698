"""The Atom feed's summary is HTML: a file name or body name with markup in it is escaped, not run."""
import datetime as dt

from minutebook.store.models import Body, Document, Meeting


def test_a_file_name_with_markup_is_escaped_in_the_summary(client, db):
    body = Body.objects.create(name="Group <b>bold</b>")
    meeting = Meeting.objects.create(body=body, date=dt.date(2017, 7, 6), published=True)
    Document.objects.create(sha256="f" * 64, filename='<img src=x onerror="alert(1)">.txt', kind=Document.ORIGINAL,
                            content=b"x", body=body, meeting=meeting, published=True)
    import xml.etree.ElementTree as ET

    feed = ET.fromstring(client.get("/feeds/documents.atom").content)
    summaries = feed.findall("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}summary")
    assert summaries and all(s.get("type") == "html" for s in summaries)
    html = " ".join(s.text for s in summaries)
    # the HTML a feed reader renders: the names as text, no element
    assert "<img" not in html and "<b>" not in html
    assert "&lt;img" in html and "&lt;b&gt;bold" in html
