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


def test_documents_outlive_their_meeting_and_publishing_does_not_reread(record, monkeypatch):
    import minutebook.search.index as index

    reads = []
    real = index.document_text
    monkeypatch.setattr(index, "document_text", lambda doc: reads.append(doc.pk) or real(doc))
    record.draft_doc.published = True
    record.draft_doc.save(update_fields=["published"])
    assert reads == []
    record.draft_doc.title = "Budget paper v2"
    record.draft_doc.save(update_fields=["title"])
    assert SearchEntry.objects.get(document=record.draft_doc).title == "Budget paper v2" and reads == []
    record.draft_doc.content = b"New words: kiwiword."
    record.draft_doc.save()
    assert reads == [record.draft_doc.pk]
    assert search("kiwiword", record.clerk).total == 1
    record.report.meeting.delete()
    entry = SearchEntry.objects.get(document=record.report)
    assert entry.meeting_id is None and search("pathfinder", record.clerk, kind="document").total == 1


def test_a_saved_draft_agenda_is_searchable(record):
    import datetime as dt

    from minutebook.record import AgendaItem as ItemRecord, AgendaRecord, MeetingInfo
    from minutebook.store.cycle import save_agenda

    agenda = AgendaRecord(meeting=MeetingInfo(date="2018-03-08"),
                          agenda=[ItemRecord(number="1", title="Apologies for absence"),
                                  ItemRecord(number="2", title="Wallabyword review")])
    meeting = save_agenda(record.body, agenda)
    assert meeting.date == dt.date(2018, 3, 8)
    assert search("wallabyword", record.clerk).total == 1
