"""A ModernGov agenda web page: breadcrumbs are not the body's name; the date, venue, items and next meeting are read
from the page."""
from minutebook.ingest.parse import parse_file

PAGE = """<html><head><title>Agenda for Cabinet on Tuesday, 5th March, 2024, 7.00 pm - Eastham Council</title></head>
<body>
<div id="breadcrumb">Home &gt; Meetings &gt; Cabinet</div>
<h1>Agenda</h1>
<h2 class="mgSubTitleTxt">Cabinet</h2>
<p>Tuesday, 5th March, 2024 7.00 pm</p>
<p><strong>Venue:</strong> Council Chamber, Eastham Town Hall</p>
<p><strong>Contact:</strong> Sam Reid, Democratic Services Officer  Email: sam.reid@eastham.gov.uk</p>
<h2>Items</h2>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p>1.</p></td><td><p class="mgAiTitleTxt">Apologies for absence</p></td></tr>
<tr><td class="mgItemNumberCell"><p>2.</p></td><td><p class="mgAiTitleTxt">Declarations of interest</p></td></tr>
<tr><td class="mgItemNumberCell"><p>3.</p></td><td><p class="mgAiTitleTxt">Minutes of the previous meeting</p><p>To approve the minutes of the meeting held on 6 February 2024.</p><p><a href="x.pdf">PDF 210 KB</a></p></td></tr>
<tr><td class="mgItemNumberCell"><p>4.</p></td><td><p class="mgAiTitleTxt">Budget 2024/25 and Medium Term Financial Strategy</p><p><a href="y.pdf">PDF 1 MB</a></p></td></tr>
</table>
<p>Date of next meeting: Tuesday, 9th April, 2024</p>
</body></html>
"""


def test_moderngov_agenda_page(tmp_path):
    path = tmp_path / "agenda.html"
    path.write_text(PAGE, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert rec.kind == "agenda"
    assert rec.body == "Cabinet"
    assert (rec.meeting.date, rec.meeting.start, rec.meeting.venue) == ("2024-03-05", "19:00", "Council Chamber, Eastham Town Hall")
    assert [(i.number, i.title) for i in rec.agenda] == [
        ("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Minutes of the previous meeting"),
        ("4", "Budget 2024/25 and Medium Term Financial Strategy")]
    assert rec.next_meeting_date == "2024-04-09"
