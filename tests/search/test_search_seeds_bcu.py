""""BCU" finds the discussion in both seeds' meetings: 9 March 2017 minute 132 and 19 December 2017
minutes 179 and 184, each linking to the minute's place on its meeting page."""
import datetime as dt

from minutebook.search.query import search
from minutebook.store.models import Minute


def test_bcu_finds_both_seed_meetings(seeded, clerk):
    results = search("BCU", clerk, kind="minute", limit=100)
    found = {(r.date, r.url) for r in results.results}
    for date, number in [(dt.date(2017, 3, 9), "132"), (dt.date(2017, 12, 19), "179"), (dt.date(2017, 12, 19), "184")]:
        minute = Minute.objects.get(meeting__date=date, number=number)
        assert (date, f"/meetings/{minute.meeting_id}/#minute-{minute.pk}") in found, (date, number)
    for r in results.results:
        assert "<mark>BCU" in r.snippet or "<mark>BCU" in r.title
