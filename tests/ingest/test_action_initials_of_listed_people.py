"""Action owners by initials: "Action: XX and YY to …" names two owners; where the attendance prints no initials,
"XX to …" still names an owner when exactly one person listed at the meeting has those initials; "ACTION: XX"
closing a paragraph gives that paragraph's decision (or last sentence) to XX."""
from minutebook.ingest.parse import parse_file

DOC = """FERNBANK ALLOTMENT SOCIETY
Minutes of the committee meeting held on Tuesday 9 April 2024 at 7.30pm in the Pavilion

Present: Rosa Milne (Chair), Tariq Bashir (Treasurer), Helen Quigley, Owen Hart
Apologies: Gwen Ashe

1. Water supply
The standpipe on plot 14 is leaking. TB to get a quote for the repair.

2. Open day
The open day will be on 15 June. Action: HQ and OH to book the marquee.

3. Finance
The treasurer reported a balance of £1,240. The committee agreed to buy two new water butts. ACTION: TB

4. Date of next meeting
Tuesday 14 May 2024.
"""


def _items(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    return {i.number: i for i in record.items}


def test_initials_of_a_listed_person(tmp_path):
    action = _items(tmp_path)["1"].actions[0]
    assert action.owners == ["TB"] and action.owner_names == ["Tariq Bashir"]


def test_two_owners_joined_by_and(tmp_path):
    action = _items(tmp_path)["2"].actions[0]
    assert action.owners == ["HQ", "OH"] and action.owner_names == ["Helen Quigley", "Owen Hart"]


def test_action_initials_closing_a_paragraph(tmp_path):
    item = _items(tmp_path)["3"]
    assert [a.owners for a in item.actions] == [["TB"]]
    assert "water butts" in item.actions[0].text
    assert "ACTION" not in item.text
