""""BCU" finds the discussion in both seeds' meetings: 9 March 2017 minute 132 and 19 December 2017
minutes 179 and 184, each linking to the exact minute."""
import datetime as dt

from minutebook.search.query import search


def test_bcu_finds_both_seed_meetings(seeded, clerk):
    results = search("BCU", clerk, kind="minute", limit=100)
    found = {(r.date, r.url.rsplit("#", 1)[-1]) for r in results.results}
    assert (dt.date(2017, 3, 9), "minute-132") in found
    assert (dt.date(2017, 12, 19), "minute-179") in found
    assert (dt.date(2017, 12, 19), "minute-184") in found
    for r in results.results:
        assert "<mark>BCU</mark>" in r.snippet or "<mark>BCUs</mark>" in r.snippet
        assert r.url.startswith(f"/meetings/{r.meeting_id}/#minute-")
