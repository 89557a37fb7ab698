"""A planning committee minute whose title starts with the application number ("51  24/00213/FUL - LAND NORTH OF
…", wrapped over lines in capitals) is a minute, the number part of its title."""
from minutebook.ingest.parse import parse_file

DOC = """                              PLANNING COMMITTEE

          Minutes of the meeting held on Wednesday, 8 May 2024 at 6.30 pm

Present:           Councillor Ada Brook (Chair), Councillors Ben Carr and Cleo Dunn

20        MINUTES

          RESOLVED: That the minutes of the meeting held on 10 April 2024 be
          approved as a correct record.

21        24/00455/FUL - LAND EAST OF MILL LANE, HOLMDALE -
          ERECTION OF 9 DWELLINGS WITH ASSOCIATED ACCESS AND
          PARKING

          The Planning Officer presented the report.

          RESOLVED: That planning permission be GRANTED subject to conditions.

22        24/00502/HOU - 3 BECK ROW, HOLMDALE - SINGLE STOREY REAR
          EXTENSION

          RESOLVED: That planning permission be REFUSED.
"""


def test_application_number_titles(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    titles = {i.number: i.title for i in record.items}
    assert titles["21"] == ("24/00455/FUL - LAND EAST OF MILL LANE, HOLMDALE - ERECTION OF 9 DWELLINGS WITH "
                            "ASSOCIATED ACCESS AND PARKING")
    assert titles["22"] == "24/00502/HOU - 3 BECK ROW, HOLMDALE - SINGLE STOREY REAR EXTENSION"
    assert [i.resolutions for i in record.items if i.number == "21"] == [["planning permission be GRANTED subject to conditions."]]
