"""Attendance lists where two people run together without a separator, and an agency printed after the comma."""
from __future__ import annotations

from minutebook.ingest.parsers.common import parse_people


def test_titled_member_then_clerk_are_two_people():
    people = parse_people("Cllr Sue Lintern (Chair) Cllr Daphne Clements Cllr Janet Taylor Helen Richardson (Parish Clerk)")
    assert [p.name for p in people] == ["Sue Lintern", "Daphne Clements", "Janet Taylor", "Helen Richardson"]
    assert people[-1].role == "Parish Clerk"
    assert people[2].role is None


def test_three_word_name_is_one_person():
    people = parse_people("Cllr Kit Hesketh-Harvey, Cllr Mary Jane Smith")
    assert [p.name for p in people] == ["Kit Hesketh-Harvey", "Mary Jane Smith"]


def test_agency_after_the_comma_belongs_to_the_person_before():
    people = parse_people("Cllr Colin Sampson, BCKLWN Cllr Martin Storey, NCC Chris Philpott, Footpath Warden")
    assert [p.name for p in people] == ["Colin Sampson", "Martin Storey", "Chris Philpott"]
    assert people[2].role == "Footpath Warden"
