"""Initials resolve to people by the wording of the decision first, then by attendance; never by guess."""
import os
from pathlib import Path

from minutebook.ingest.lines import Line, Text
from minutebook.ingest.parse import parse_file, parse_text

ROOT = Path(__file__).resolve().parents[2]
SEED_MINUTES = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared")) / "seeds" / "001_d28e78b19fcbbe22.txt"


def owners(doc, number):
    item = next(i for i in doc.records[0].items if i.number == number)
    return [(a.owners, a.owner_names) for a in item.actions]


def test_same_initials_resolve_by_the_names_in_each_resolution():
    doc = parse_file(SEED_MINUTES)
    assert owners(doc, "183") == [(["LS", "JB"], ["Lucien Spencer", "Jackie Baxter"])]
    assert owners(doc, "186b") == [(["JB"], ["Justin Brett"])]


def test_role_words_resolve_to_the_person_holding_the_role():
    doc = parse_file(SEED_MINUTES)
    assert owners(doc, "187") == [(["CH"], ["Chris Hafford"])]


def minutes(lines):
    return Text(source="t.txt", lines=[Line(t, action=a) for t, a in lines])


def test_initials_the_evidence_cannot_settle_stay_unresolved():
    text = minutes([
        ("Minutes of the meeting held at 10.00 am on 5 March 2019", None),
        ("Present:", None),
        ("Jo Brown (Chair)", None),
        ("Jim Black, (Housing Manager)", None),
        ("1   HOUSING UPDATE", None),
        ("RESOLVED that an update be brought to the next meeting.", "JB"),
    ])
    doc = parse_text(text, "t.txt", "0" * 64)
    action = doc.records[0].items[0].actions[0]
    assert action.owners == ["JB"] and action.owner_names == [None]
    assert sorted(action.ambiguous["JB"]) == ["Jim Black", "Jo Brown"]
    assert any("JB" in w for w in doc.warnings)


def test_unique_initials_at_the_meeting_resolve():
    text = minutes([
        ("Minutes of the meeting held at 10.00 am on 5 March 2019", None),
        ("Present:", None),
        ("Jo Brown (Chair)", None),
        ("Sam Green, (Housing Manager)", None),
        ("1   HOUSING UPDATE", None),
        ("RESOLVED that an update be brought to the next meeting.", "SG"),
    ])
    doc = parse_text(text, "t.txt", "0" * 64)
    assert doc.records[0].items[0].actions[0].owner_names == ["Sam Green"]
