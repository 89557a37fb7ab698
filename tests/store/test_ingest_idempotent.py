"""Storing the same bytes twice changes nothing and reports "unchanged"."""
from store_builders import SEED_PACK, gold_pack, store

from minutebook.store.models import Action, Attendance, Document, Meeting, Minute, Person


def counts():
    return [m.objects.count() for m in (Document, Meeting, Minute, Action, Attendance, Person)]


def test_same_bytes_twice_is_unchanged(db):
    data = SEED_PACK.read_bytes()
    first = store(gold_pack(), data, SEED_PACK.name)
    before = counts()
    second = store(gold_pack(), data, "renamed-copy.txt")
    assert (first.status, second.status) == ("ingested", "unchanged")
    assert counts() == before
    assert second.minutes == second.actions == second.people == 0
