"""The Matters Arising report: one row per open action, with owners resolved and the latest update."""
import datetime as dt

from minutebook.store.cycle import matters_arising
from minutebook.store.models import Action, ActionUpdate

MARCH = dt.date(2018, 3, 8)


def test_rows_name_minute_owners_and_resolution(december):
    report = matters_arising(december, MARCH)
    assert report.title == "MATTERS ARISING" and report.for_meeting == "2018-03-08"
    rows = {r.minute: r for r in report.matters_arising}
    assert list(rows) == ["180", "181", "184", "186a", "189"]
    assert rows["180"].owners == ["LG", "TG"] and rows["180"].owner_names == ["Laurie Grasty", "Terry Gooding"]
    assert rows["180"].meeting_date == "2017-12-19" and rows["180"].title == "Resilience Update"
    assert rows["189"].resolution.startswith("Amanda Mumford arrange for a presentation")
    assert report.report_no == "CSD 18004"          # the series runs on from the CSD 18003 the minutes cite


def test_latest_update_is_shown(december):
    action = Action.objects.get(minute__number="181")
    ActionUpdate.objects.create(action=action, date=dt.datetime(2018, 1, 10, tzinfo=dt.timezone.utc), status="in_progress",
                                note="Local Profile received.")
    ActionUpdate.objects.create(action=action, date=dt.datetime(2018, 2, 20, tzinfo=dt.timezone.utc), status="in_progress",
                                note="Revised plan drafted; Mr Vale will report on 8 March.")
    row = next(r for r in matters_arising(december, MARCH).matters_arising if r.minute == "181")
    assert row.update == "Revised plan drafted; Mr Vale will report on 8 March."
