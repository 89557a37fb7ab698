"""Membership in groups, as a layout front sheet prints it: "Chair:" with the chair's name, "Board Members:" and
"Non Voting Members:" over name / role / organisation columns ("Vice-Chair" in a column of its own), and
"Reserve Members:" (not members)."""
from minutebook.ingest.parse import parse_file

FRONT = """                                                              Public Document Pack

   London Borough of Wexley

   HEALTH AND WELLBEING BOARD

   Date:          Thursday 7 March 2024
   Time:          12.30 pm
   Place:         Committee Rooms 1 & 2, Wexley Civic Centre

   Membership (Quorum 6)

   Chair:                  Councillor Paul Osgood

   Board Members:
   Councillor Hitesh Karim          Wexley Council
   Councillor Janet Motley          Wexley Council
   Dr Anjali Sharman   Vice-Chair   Wexley Borough Based Partnership
   Lisa Henschen                    Managing Director, Wexley Partnership

   Non Voting Members:
   Carole Furlow        Director of Public Health        Wexley Council
   Senel Arkut          Corporate Director, People       Wexley Council

   Reserve Members:
   Councillor Christine Robson
   Councillor Ghazanfar Ali

   Contact: Mwimba Chella, Senior Democratic & Electoral Services Officer
   Tel: 07761 405966 E-mail: mwimba.chella@wexley.gov.uk

   Published: Wednesday 28 February 2024

   Agenda - Part I

   1.     Attendance by Reserve Members

   2.     Minutes                                                      (Pages 5 - 12)
"""


def test_member_groups_under_labels(tmp_path):
    path = tmp_path / "front.txt"
    path.write_text(FRONT, encoding="utf-8")
    (rec,) = parse_file(path).records
    assert [m.name for m in rec.members] == ["Paul Osgood", "Hitesh Karim", "Janet Motley", "Anjali Sharman",
                                             "Lisa Henschen", "Carole Furlow", "Senel Arkut"]
    assert (rec.chair, rec.vice_chair) == ("Paul Osgood", "Anjali Sharman")
    assert rec.published == "2024-02-28"
    assert rec.meeting.venue == "Committee Rooms 1 & 2, Wexley Civic Centre"
    assert [(i.number, i.title, i.pages) for i in rec.agenda] == [
        ("1", "Attendance by Reserve Members", None), ("2", "Minutes", "5-12")]
