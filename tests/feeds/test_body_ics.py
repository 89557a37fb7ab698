"""/bodies/<slug>.ics: a valid iCalendar file of the body's meetings in Europe/London time."""
import datetime as dt

from icalendar import Calendar

from mb_records import UNPUBLISHED_WORD


def _calendar(client, slug):
    response = client.get(f"/bodies/{slug}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return response.content.decode(), Calendar.from_ical(response.content)


def test_ics_is_valid_and_in_london_time(client, record):
    text, cal = _calendar(client, record.body.slug)
    assert cal["X-WR-TIMEZONE"] == "Europe/London"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/London"]
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    # a July meeting at 10.00 am is 09:00 UTC (British Summer Time)
    assert "DTSTART;TZID=Europe/London:20170713T100000" in text
    assert "DTEND;TZID=Europe/London:20170713T120000" in text
    july = next(e for e in events.values() if e.decoded("DTSTART").date() == dt.date(2017, 7, 13))
    assert july.decoded("DTSTART").astimezone(dt.timezone.utc) == dt.datetime(2017, 7, 13, 9, 0, tzinfo=dt.timezone.utc)
    assert str(july["LOCATION"]) == "Committee Room 1"
    assert str(july["URL"]) == f"http://testserver/meetings/{record.public.pk}/"
    assert "DTSTAMP" in july and str(july["SUMMARY"]) == record.body.name
    cancelled = next(e for e in events.values() if e.decoded("DTSTART").date() == dt.date(2017, 9, 14))
    assert str(cancelled["STATUS"]) == "CANCELLED"
    # the draft-minutes meeting (agenda published) is listed; the unpublished one is not
    dates = sorted(e.decoded("DTSTART").date() for e in events.values())
    assert dates == [dt.date(2017, 7, 13), dt.date(2017, 9, 14), dt.date(2017, 10, 12)]
    assert UNPUBLISHED_WORD not in text


def test_uids_are_stable(client, record):
    first = {str(e["UID"]) for e in _calendar(client, record.body.slug)[1].walk("VEVENT")}
    second = {str(e["UID"]) for e in _calendar(client, record.body.slug)[1].walk("VEVENT")}
    assert first == second and len(first) == 3


def test_unknown_body_is_404(client, db):
    assert client.get("/bodies/no-such-body.ics").status_code == 404
