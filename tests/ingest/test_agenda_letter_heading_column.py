"""A letter-style front sheet in layout text: the members on the left and the letter heading's column on the
right of the same lines ("Councillor Kate Lymer (Chairman)      DATE: 27 June 2017", "Ask for: …"): the right
column is not part of the members, and its date is the publication date."""
from minutebook.ingest.parse import parse_file

FRONT = """                                                                     Public Document Pack

                                                   Democratic Services
                                                   Fax:     020 8290 0608    DX 5727 Bromley
 BROMLEY CIVIC CENTRE, STOCKWELL CLOSE, BROMLEY BRI 3UH
                                                   Direct line: 020 8461 7566
To: Members of the                                 Email: graham.walton@bromley.gov.uk
SAFER BROMLEY PARTNERSHIP STRATEGIC GROUP
Councillor Kate Lymer (Chairman)                   DATE: 27 June 2017
Councillor Wendy Harmer (Vice-Chairman)
Councillor Ian Payne                               Ask for: Graham Walton
Dr Angela Bhan, Bromley CCG
Laurie Grasty, Emergency Planning Manager
Terry Gooding, LBB Head of Community Safety

                A meeting of the Safer Bromley Partnership Strategic Group will be held at
                Bromley Civic Centre on THURSDAY 6 JULY 2017 AT 10.00 AM

                                              MARK BOWEN
                                              Director of Corporate Services

                                    A G E N D A

1   APOLOGIES FOR ABSENCE

2   MINUTES OF THE PREVIOUS MEETING HELD ON 9TH MARCH 2017 (Pages 3 - 16)
"""


def test_members_beside_the_letter_heading(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [m.name for m in rec.members] == ["Kate Lymer", "Wendy Harmer", "Ian Payne", "Angela Bhan", "Laurie Grasty",
                                             "Terry Gooding"]
    assert (rec.chair, rec.vice_chair) == ("Kate Lymer", "Wendy Harmer")
    assert rec.published == "2017-06-27"
    assert rec.contact.name == "Graham Walton"
    assert (rec.meeting.date, rec.meeting.start, rec.meeting.venue) == ("2017-07-06", "10:00", "Bromley Civic Centre")
