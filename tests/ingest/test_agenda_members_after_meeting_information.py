"""A US district council agenda: a "MEETING INFORMATION" block of labelled fields, then a "COUNCIL MEMBERS" heading
over "Name, Chair" / "Name, Member" lines: those are the members, the one marked Chair chairs."""
from minutebook.ingest.parse import parse_file

DOC = """                                   City of Carverton
                 NOTICE AND AGENDA OF DISTRICT COUNCIL MEETING

                                 MEETING INFORMATION
          Meeting Type:      Regular
          Date:              Wednesday, August 7, 2024
          Time:              6:30 p.m.
          Location:          Carverton Branch Library, 12 Oak Street

                                  COUNCIL MEMBERS
          Imani Brookes, Chair
          Rafael Quintero, Member
          Solveig Ness, Member

                                    MEETING AGENDA
  1.   Call to Order
  2.   Public Comment
  3.   Adjournment
"""


def test_members_under_council_members_heading(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    assert [m.name for m in record.members] == ["Imani Brookes", "Rafael Quintero", "Solveig Ness"]
    assert record.chair == "Imani Brookes"
    assert (record.meeting.date, record.meeting.start) == ("2024-08-07", "18:30")
