"""London-borough front sheets print the contact block, with the letter's "Date:", before the "To:" membership
list; the meeting's date is in the "will be held on …" sentence, and the letter's date is the publication date.
A title wrapped with its page range at the end of the second line is one title with those pages."""
from minutebook.ingest.parse import parse_file

DOC = """Contact: Ian Roe
Direct line: 020 7946 0001
Email: ian.roe@example.gov.uk
Date: 20 February 2024
To: Members of the Audit Committee
Councillor Ann Lee (Chair)
Councillors Bob Ray and Cy Orr
Dear Councillor
A meeting of the Audit Committee will be held on Tuesday, 5 March 2024 at 7.00 pm in
Committee Room 1, Town Hall.
A G E N D A
1 APOLOGIES FOR ABSENCE
2 MINUTES OF THE MEETING HELD ON 16 JANUARY
2024 (Pages 5 - 10)
3 INTERNAL AUDIT PLAN (Pages 11 - 20)
"""


def test_meeting_date_and_publication(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    assert record.meeting.date == "2024-03-05"
    assert record.published == "2024-02-20"
    item = record.agenda[1]
    assert (item.title, item.pages) == ("MINUTES OF THE MEETING HELD ON 16 JANUARY 2024", "5-10")
