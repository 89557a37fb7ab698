"""An agenda on a web page as an <ol> of plain titles, sub-items in a nested <ol type="a">: the items take the numbers
the browser prints ("4", "4a"); an <ol> of sentences (a list inside minutes) is not numbered."""
from minutebook.ingest.parse import parse_file
from minutebook.ingest.readers.markup import html_lines

AGENDA = """<html><body>
<h1>Board of Directors Agenda — June 5, 2024</h1>
<p>LARKSPUR VALLEY WATER DISTRICT</p>
<p>Regular Meeting<br>Wednesday, June 5, 2024, 6:30 p.m.<br>Board Room, District Office, 40 Reservoir Road</p>
<p><strong>Directors:</strong> Ana Ruelas, President; Colm Byrne, Vice President; Tessa Hollis; Joel Marsh</p>
<ol>
<li>Call to Order</li>
<li>Public Comment</li>
<li>Consent Calendar<ol type="a"><li>Minutes of May 1, 2024</li><li>Warrants for May 2024</li></ol></li>
<li>Adjournment</li>
</ol>
</body></html>
"""

SENTENCES = """<html><body><p>Minutes of the meeting held on 3 June 2024</p>
<ol><li>The treasurer reported a balance of £900.</li><li>The hall is booked.</li><li>The fete made £410.</li></ol>
</body></html>"""


def test_title_list_items_are_numbered(tmp_path):
    path = tmp_path / "agenda.html"
    path.write_text(AGENDA, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    assert [(i.number, i.title) for i in record.agenda] == [
        ("1", "Call to Order"), ("2", "Public Comment"), ("3", "Consent Calendar"), ("3a", "Minutes of May 1, 2024"),
        ("3b", "Warrants for May 2024"), ("4", "Adjournment")]
    assert (record.meeting.date, record.meeting.start) == ("2024-06-05", "18:30")
    assert record.meeting.venue == "Board Room, District Office, 40 Reservoir Road"
    assert (record.chair, record.vice_chair) == ("Ana Ruelas", "Colm Byrne")


def test_sentence_list_is_not_numbered():
    texts = [ln.text for ln in html_lines(SENTENCES)[0]]
    assert "The hall is booked." in texts
