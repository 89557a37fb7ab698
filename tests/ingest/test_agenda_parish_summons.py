"""A parish council summons: the meeting from "You are hereby summoned … to be held in … on Monday 10th June 2024
at 7.30pm", not from the "Date:" under the signature (that is when the summons was issued), and lettered
sub-items that start with a reference number ("a) 24/00123/FUL – 12 High Street …")."""
from minutebook.ingest.parse import parse_file

SUMMONS = """HOLBECK PARISH COUNCIL

Clerk: Mrs Jane Smith, 4 Mill Lane, Holbeck HB1 2CD
Tel: 01632 960 222   Email: clerk@holbeckpc.org.uk

To all Members of the Council

You are hereby summoned to attend a meeting of Holbeck Parish Council to be held in the Village Hall,
Church Street, Holbeck on Monday 10th June 2024 at 7.30pm.

Signed: J Smith, Clerk
Date: 3rd June 2024

Members of the public are welcome to attend. Public participation will be taken under item 3.

1. To receive apologies for absence.
2. To receive declarations of interest.
3. Public participation.
4. To approve the minutes of the meeting held on 13th May 2024.
5. Planning applications:
   a) 24/00123/FUL – 12 High Street, single storey extension.
   b) 24/00140/HOU – The Barn, Mill Lane, garage conversion.
6. Finance: to approve payments.
7. Date of next meeting: Monday 8th July 2024.
"""


def test_parish_summons(tmp_path):
    path = tmp_path / "summons.txt"
    path.write_text(SUMMONS, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert rec.kind == "agenda"
    assert (rec.meeting.date, rec.meeting.start) == ("2024-06-10", "19:30")
    assert rec.meeting.venue == "Village Hall, Church Street, Holbeck"
    assert rec.published == "2024-06-03"
    assert rec.next_meeting_date == "2024-07-08"
    assert [i.number for i in rec.agenda] == ["1", "2", "3", "4", "5", "5a", "5b", "6", "7"]
    assert rec.agenda[5].title.startswith("24/00123/FUL")
