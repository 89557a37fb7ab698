"""A layout front sheet (pdftotext -layout) printing the members in two columns ("Councillor A (Chairman)
Councillor B (Vice-Chairman)" on one line), and a capitals title ending in its pages that does not run on over a
blank line into a section heading ("SECTION 2")."""
from minutebook.ingest.parse import parse_file

FRONT = """                                                              Public Document Pack

To: Members of the
PLANNING SUB-COMMITTEE NO. 2

Councillor Alexa Michael (Chairman)           Councillor Yvonne Bear (Vice-Chairman)
Councillor Katy Boughey                       Councillor Kim Botting FRSA
Councillor Simon Fawthrop                     Councillor Christine Harris
Councillor Tony Owen

A meeting of the Planning Sub-Committee No. 2 will be held at Bromwich Civic Centre on
THURSDAY 11 JANUARY 2024 AT 7.00 PM

                                                      TASNIM SHAWKAT
                                                      Director of Corporate Services

Copies of the documents referred to below can be obtained from
http://cds.bromwich.gov.uk/

                                       A G E N D A

1   APOLOGIES FOR ABSENCE AND NOTIFICATION OF SUBSTITUTE MEMBERS

2   DECLARATIONS OF INTEREST

3   CONFIRMATION OF MINUTES OF MEETING HELD ON 2 NOVEMBER 2023                   (Pages 1 - 6)

                                   SECTION 2
                  (Applications meriting special consideration)

4.1  CRYSTAL PALACE PARK                           (Pages 7 - 32)
     (23/03125/FULL1) - Crystal Palace Park, Thicket Road

4.2  BROMWICH TOWN                                 (Pages 33 - 48)
     (23/02960/FULL6) - 7 Sandford Road
"""


def test_members_in_two_columns(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [m.name for m in rec.members] == ["Alexa Michael", "Yvonne Bear", "Katy Boughey", "Kim Botting",
                                             "Simon Fawthrop", "Christine Harris", "Tony Owen"]
    assert (rec.chair, rec.vice_chair) == ("Alexa Michael", "Yvonne Bear")
    assert (rec.meeting.date, rec.meeting.start, rec.meeting.venue) == ("2024-01-11", "19:00", "Bromwich Civic Centre")
    assert [(i.number, i.title, i.pages) for i in rec.agenda][2:] == [
        ("3", "CONFIRMATION OF MINUTES OF MEETING HELD ON 2 NOVEMBER 2023", "1-6"),
        ("4.1", "CRYSTAL PALACE PARK", "7-32"),
        ("4.2", "BROMWICH TOWN", "33-48"),
    ]
