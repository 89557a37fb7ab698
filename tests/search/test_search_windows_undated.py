"""Matches without a date (a document outside any meeting, say) are read in their turn, chunk after chunk,
with the dated ones: none is lost or read twice, whichever end of the order the database puts them."""
from minutebook.search.models import SearchEntry
from minutebook.search.query import search


def test_undated_and_dated_matches_are_all_read(record, monkeypatch):
    import minutebook.search.query as query

    monkeypatch.setattr(query, "CANDIDATES", 50)
    monkeypatch.setattr(query, "CHUNK", 4)
    SearchEntry.objects.bulk_create(
        [SearchEntry(kind=SearchEntry.DOCUMENT, title=f"Paper {i}", text="The wombatword paper.") for i in range(9)]
        + [SearchEntry(kind=SearchEntry.MINUTE, title=f"Minute {i}", text="The wombatword minute.",
                       date=f"2017-0{1 + i % 3}-0{1 + i}", meeting=record.public) for i in range(7)])
    results = search("wombatword", record.clerk, limit=100)
    assert results.total == 16 and not results.capped
    assert len({r.entry_id for r in results.results}) == 16
