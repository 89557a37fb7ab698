"""In an agenda pack each report ends before the next page stamped "Agenda Item N": two report cover sheets
("Report No.") on stamped pages are two reports, each with its own title and pages."""
from minutebook.ingest.parse import parse_file

FRONT = """To: Members of the
TESTHAM SAFER PARTNERSHIP BOARD

Councillor Mara Quist (Chair)
Councillor Ben Ode (Vice-Chair)

A meeting of the Testham Safer Partnership Board will be held in Room 1, Testham Town Hall on
TUESDAY, 12 MARCH 2024 at 10.00 am

A G E N D A

1 APOLOGIES FOR ABSENCE

2 ANTISOCIAL BEHAVIOUR REPORT (Pages 1 - 2)

3 SERIOUS VIOLENCE DUTY (Pages 3 - 4)
"""


def cover(item, number, title, page, above=""):
    return f"""Agenda Item {item}
{above}Report No. {number}

Decision Maker:   TESTHAM SAFER PARTNERSHIP BOARD
Date:   Tuesday 12 March 2024
Title:   {title}
Contact Officer:   Rupert Allingham, Community Safety Manager
Ward:   All Wards

1. REASON FOR REPORT
1.1 This report sets out the {title.lower()} for the quarter.

{page}
"""


def test_each_stamped_report_is_its_own_record(tmp_path):
    path = tmp_path / "pack.txt"
    path.write_text(FRONT + "\f" + cover(2, "CSP 24031", "ANTISOCIAL BEHAVIOUR REPORT", 1) + "\f"
                    + "Appendix 1\nWard   Calls\nNorth   182\n\n2\n" + "\f"
                    + cover(3, "CSP 24032", "SERIOUS VIOLENCE DUTY", 3, above="Part 1 (Public)\n") + "\f"
                    + "Appendix A\nTimetable for the assessment\nData from partners by 30 November\n\n4\n" + "\f"
                    + "This page is left intentionally blank\n\n5\n", encoding="utf-8")
    reports = [r for r in parse_file(path).records if r.kind == "report"]
    assert [r.title for r in reports] == ["ANTISOCIAL BEHAVIOUR REPORT", "SERIOUS VIOLENCE DUTY"]
