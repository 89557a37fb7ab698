"""Irish minutes: "The minutes of the meeting held on … were adopted on the proposal of X, seconded by Y." is a
decision, without its proposer and seconder."""
from minutebook.ingest.parse import parse_file

DOC = """Ballymore Joint Policing Committee
Minutes of meeting held on Friday, 12th April 2024 at 10.00 a.m. in the Council Chamber

Present: Cllr. Eamon Rourke (Chairperson), Cllr. Nuala Phelan, Supt. Kieran Moloney

1. Minutes of previous meeting
The minutes of the meeting held on 9th February 2024 were adopted on the proposal of Cllr. Nuala Phelan, seconded by Cllr. Eamon Rourke.

2. Policing report
Agreed: The Committee endorsed the Garda divisional policing plan.

3. Date of next meeting
Friday, 14th June 2024.
"""


def test_adopted_on_the_proposal_of(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    items = {i.number: i for i in record.items}
    assert items["1"].resolutions == ["The minutes of the meeting held on 9th February 2024 were adopted."]


def test_held_on_is_not_a_proposal():
    from minutebook.ingest.parsers.minutes import LOOSE_DECISION
    assert not LOOSE_DECISION.search("The plan was approved on 3 March by the Department.")
    assert LOOSE_DECISION.search("The accounts were adopted on the proposal of Mr. Byrne, seconded by Ms. Daly.")
