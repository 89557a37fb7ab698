"""The index follows the record: edits, deletions and reindex_meeting()."""
from minutebook.search.index import rebuild, reindex_meeting
from minutebook.search.models import SearchEntry
from minutebook.search.query import search


def test_edits_and_deletes_follow(record):
    minute = record.police_minute
    minute.text = "The wombatword strategy was agreed."
    minute.save()
    assert search("wombatword", None).total == 1
    assert search("pilot", None, kind="minute").total == 0
    pk = minute.pk
    minute.delete()
    assert search("wombatword", None).total == 0
    assert not SearchEntry.objects.filter(minute_id=pk).exists()


def test_bulk_writes_are_caught_by_reindex(record):
    from minutebook.store.models import Minute

    Minute.objects.filter(pk=record.police_minute.pk).update(text="A platypusword appeared.")
    assert search("platypusword", None).total == 0          # bulk update skipped the signals
    reindex_meeting(record.public)
    assert search("platypusword", None).total == 1
    before = SearchEntry.objects.count()
    assert rebuild() == before
    assert search("platypusword", None).total == 1


def test_moving_a_meeting_moves_its_entries(record):
    import datetime as dt

    record.public.date = dt.date(2017, 7, 27)
    record.public.save()
    assert {e.date for e in SearchEntry.objects.filter(meeting=record.public)} == {dt.date(2017, 7, 27)}
