"""In an agenda pack the previous minutes end where the next paper begins: the first page after their own stamped
"Agenda Item N" (a report cover sheet "Report of: / Wards affected: / Key decision:" with its appendix). The lines
above "Minutes of the meeting held …" on the minutes' stamped page (the body's name) go with the minutes."""
from minutebook.ingest.parse import parse_file

FRONT = """To: Members of the
TESTHAM HEALTH BOARD

Councillor Mara Quist (Chair)
Councillor Ben Ode (Vice-Chair)
Lia Tamm (Healthwatch)

A meeting of the Testham Health Board will be held in Room 1, Testham Town Hall on
TUESDAY, 12 MARCH 2024 at 10.00 am

A G E N D A

1 APOLOGIES FOR ABSENCE

2 MINUTES OF THE PREVIOUS MEETING (Pages 1 - 2)

3 CARE FUND RETURN (Pages 3 - 4)
"""

MINUTES = """Agenda Item 2
Testham Health Board
Minutes of the meeting held on Tuesday 9 January 2024 at 10.00 am

Present: Councillor Mara Quist (Chair), Councillor Ben Ode and Lia Tamm

5 APOLOGIES FOR ABSENCE
There were none.

6 IMMUNISATIONS
RESOLVED: That the report be noted.
Action: LT to circulate the figures.

The meeting ended at 11.20 am

1
"""

REPORT = """Agenda Item 3
Report of: Director of Adult Social Care
Wards affected: All
Key decision: No

Care Fund Return

Summary
The return reports spend against the pooled budget.

Recommendations
The Board is recommended to approve the return.

3
"""

APPENDIX = """Appendix A: Metrics
Metric   Plan   Actual   RAG
Avoidable admissions   182   176   Green
Falls admissions   498   511   Amber

4
"""


def test_the_minutes_end_before_the_next_stamped_paper(tmp_path):
    path = tmp_path / "pack.txt"
    path.write_text(FRONT + "\f" + MINUTES + "\f" + REPORT + "\f" + APPENDIX, encoding="utf-8")
    records = parse_file(path).records
    minutes = [r for r in records if r.kind == "minutes"]
    assert len(minutes) == 1
    m = minutes[0]
    assert [i.number for i in m.items] == ["5", "6"]
    owners = [o for i in m.items for a in i.actions for o in a.owners]
    assert owners == ["LT"]
    assert not any("Recommendations" in (i.title or "") for i in m.items)
