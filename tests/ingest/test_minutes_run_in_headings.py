"""Minutes with neither numbers nor headings whose paragraphs open with a short title and a colon ("Regular
meetings: …", "Other activities: …"): those titles are the items, numbered ""; "Participants:" lists who took
part, and labels such as "ACTION:" are not items."""
from minutebook.ingest.parse import parse_file

DOC = """Patient Group Committee - Email Meeting Minutes

10th September 2021, by email.
Participants: Jennifer Deegan (JD), Ingrid Pryor, Lesley Guy.

Our committee is now considerably larger.

ACTION: We agreed to propose the following to the surgery staff.

Regular meetings: Whole committee to meet with surgery staff every other month, by zoom.
The topic will be a simple Q&A session.

Other activities: Several of the committee members are keen to do voluntary work.
"""


def test_run_in_headings_and_participants(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = parse_file(path).records[0]
    assert [(i.number, i.title) for i in record.items] == [("", "Regular meetings"), ("", "Other activities")]
    assert [p.name for p in record.present] == ["Jennifer Deegan", "Ingrid Pryor", "Lesley Guy"]
    assert record.meeting.date == "2021-09-10"
