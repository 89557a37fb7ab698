"""Board minutes mark decisions with the verb in capitals after the board's name ("The Board RECEIVED and NOTED the
report.", "The Board APPROVED the plan."): each such sentence is a resolution, kept whole."""
from minutebook.ingest.parse import parse_file

DOC = """NHS Westford Integrated Care Board
Minutes of the Board Meeting held in Public on Thursday 6 June 2024 at 10.00 am

Members present: Ann Cole (Chair), Raj Patel (Chief Executive)

Item 2.1 Chief Executive's report
The Chief Executive presented the report.
The Board RECEIVED and NOTED the Chief Executive's report.

Item 3.1 Operational plan
The Director of Strategy presented the plan.
The Board APPROVED the operational plan for publication.

Item 4.1 Date of next meeting
Thursday 1 August 2024.
"""


def test_board_capital_verbs(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    res = {i.number: i.resolutions for i in record.items}
    assert res["2.1"] == ["The Board RECEIVED and NOTED the Chief Executive's report."]
    assert res["3.1"] == ["The Board APPROVED the operational plan for publication."]
