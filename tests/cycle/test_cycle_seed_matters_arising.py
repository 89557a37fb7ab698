"""Acceptance: the Matters Arising reports the seeds call for.

* 6 July 2017 (seed pack): minutes 137 (LG) and 139b (RV), as the report printed in that pack, CSD 17104;
* 8 March 2018 (seed minutes of 19 December 2017): the nine minutes with actions, owners resolved.
"""
import datetime as dt

import pytest

from minutebook.store.cycle import find_body, matters_arising
from minutebook.store.models import Report

BODY = "Safer Bromley Partnership Strategic Group"
PACK, MINUTES = "000_f18476df4ed148e9.txt", "001_d28e78b19fcbbe22.txt"


def ingest(*paths):
    from minutebook.store.ingest import ingest_paths

    summary = ingest_paths(list(paths))
    failed = [f.error for f in summary.files if f.status == "failed"]
    assert not failed, failed


@pytest.mark.django_db
def test_6_july_2017_is_the_printed_report(shared):
    ingest(shared / "seeds" / PACK)
    report = matters_arising(find_body(BODY), dt.date(2017, 7, 6))
    assert [(r.minute, r.owners, r.meeting_date) for r in report.matters_arising] == [
        ("137", ["LG"], "2017-03-09"), ("139b", ["RV"], "2017-03-09")]
    printed = Report.objects.get(meeting__date=dt.date(2017, 7, 6), title__icontains="matters arising")
    assert report.report_no == printed.report_no == "CSD 17104"
    assert [r["minute"] for r in printed.data["matters_arising"]] == [r.minute for r in report.matters_arising]
    assert [r.title for r in report.matters_arising] == ["Resilience Overview", "Prevent Update"]
    # the updates printed in that report are the latest known
    assert report.matters_arising[1].update.startswith("Mr Vale will provide an update")


@pytest.mark.django_db
def test_8_march_2018_has_every_open_action_with_people(shared):
    ingest(shared / "seeds" / MINUTES)
    report = matters_arising(find_body(BODY), dt.date(2018, 3, 8))
    rows = {r.minute: r for r in report.matters_arising}
    assert list(rows) == ["180", "181", "183", "184", "186a", "186b", "187", "188", "189"]
    assert rows["180"].owner_names == ["Laurie Grasty", "Terry Gooding"]
    assert rows["183"].owner_names == ["Lucien Spencer", "Jackie Baxter"]
    assert rows["186b"].owner_names == ["Justin Brett"]
    assert rows["189"].owner_names == ["Amanda Mumford"]
    assert all(r.owner_names and all(r.owner_names) for r in rows.values())
