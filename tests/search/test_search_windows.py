"""Matches are read newest first in chunks: hidden newer rows never crowd out older visible ones,
and the count is exact until it passes the candidate window."""
from minutebook.search.index import reindex_meeting
from minutebook.search.query import search
from minutebook.store.models import Minute


def test_hidden_newer_matches_do_not_hide_older_ones(record, monkeypatch):
    import minutebook.search.query as query

    monkeypatch.setattr(query, "CANDIDATES", 10)
    monkeypatch.setattr(query, "CHUNK", 5)
    for meeting, count in ((record.draft, 12), (record.public, 8)):     # the draft meeting is the newer
        Minute.objects.bulk_create([Minute(meeting=meeting, position=50 + i, number=str(500 + i), title="Emus",
                                           text="The emuword was noted.") for i in range(count)])
        reindex_meeting(meeting)
    public = search("emuword", None, limit=100)
    assert public.total == 8 and not public.capped
    assert {r.meeting_id for r in public.results} == {record.public.pk}
    clerk = search("emuword", record.clerk, limit=100)
    assert clerk.total == 10 and clerk.capped
    assert len(search("emuword", record.clerk, limit=4, offset=8).results) == 2
