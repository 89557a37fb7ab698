"""Action lines: "ACTION: Clerk to …", "(Action: PB)", "Action – JD/SW" give actions with owners; a role owner
resolves to the person whose listed role it is; "by …" sets the due date."""
from __future__ import annotations

from minutebook.ingest.parse import parse_file

DOC = """MILLBROOK PARISH COUNCIL

Minutes of the meeting of Millbrook Parish Council held on Tuesday 9 January 2018 at 7.30 pm in the Village Hall

Present: Cllr Janet Taylor (Chair), Cllr Peter Brown, Cllr Susan Ward
In attendance: Helen Richardson (Parish Clerk)

1. Apologies
Apologies were received from Cllr Tom Hill.

2. Footpaths
The footpath at Mill Lane is overgrown.
ACTION: Clerk to write to the Highways Authority by 31 March 2018.

3. Playground
The inspection report was received. The Council agreed to replace the swing by end of February (Action: PB).

4. Grass cutting
Quotes to be obtained.
Action – JD/SW

5. Next meeting
The next meeting will be held on Tuesday 6 February 2018.
"""


def _items(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    return {i.number: i for i in record.items}


def test_labelled_role_action(tmp_path):
    action, = _items(tmp_path)["2"].actions
    assert action.owners == ["Clerk"]
    assert action.owner_names == ["Helen Richardson"]
    assert action.due == "2018-03-31"
    assert action.text.startswith("Clerk to write to the Highways Authority")


def test_parenthetical_action(tmp_path):
    item = _items(tmp_path)["3"]
    action, = item.actions
    assert action.owners == ["PB"] and action.owner_names == ["Peter Brown"]
    assert action.due == "2018-02-28"
    assert "Action:" not in item.text


def test_action_line_of_initials_owns_the_sentence_above(tmp_path):
    action, = _items(tmp_path)["4"].actions
    assert action.owners == ["JD", "SW"]
    assert action.owner_names == [None, "Susan Ward"]
    assert action.text == "Quotes to be obtained."
