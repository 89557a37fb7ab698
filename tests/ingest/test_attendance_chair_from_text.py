"""Where no one is marked chair in the attendance, "Councillor X took the Chair" names the chair, completed to the
member listed in full."""
from minutebook.ingest.parse import parse_file

DOC = """Harbour Parish Council

Minutes of the meeting held on 5 February 2024 at 7.00 pm

Present: Councillors Ann Hale, Bob Ray and Cy Dee

1. Election of Chair
Councillor Hale took the Chair for the meeting.

2. Minutes
RESOLVED: That the minutes be approved as a correct record.
"""


def test_chair_from_the_sentence(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    assert record.chair == "Ann Hale"
