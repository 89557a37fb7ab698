"""In minutes that mark decisions in capitals, "… and it was resolved to object …" inside a sentence is a decision
too; "Members noted that it was resolved last year …" is not."""
from minutebook.ingest.parse import parse_file

DOC = """EXAMPLE PARISH COUNCIL
Minutes of the meeting held on Monday 12 February 2024 at 7.30pm in the Village Hall.
Present: Cllrs A. Lee (Chairman), B. Ray and C. Orr

24/015 Minutes
RESOLVED that the minutes of 8 January 2024 be approved.

24/016 Planning applications
PL/2024/0047, Land off Gorse Road, erection of a barn: Members raised concerns about access for large vehicles and it was resolved to object to the application on highway safety grounds.

24/017 Close
The meeting closed at 9pm.
"""


def test_and_it_was_resolved(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    item = record.items[1]
    assert [r.rstrip(".") for r in item.resolutions] == ["to object to the application on highway safety grounds"]
