"""Filters: body, dates, person (meetings attended, actions owned), organisation and kind."""
import datetime as dt

from minutebook.search.query import search


def _meetings(results):
    return {r.meeting_id for r in results.results}


def test_body_filter(record):
    assert _meetings(search("BCU", None, body=record.other.slug)) == {record.youth.pk}
    assert record.youth.pk not in _meetings(search("BCU", None, body=record.body))


def test_date_filter(record):
    results = search("BCU", None, date_from=dt.date(2017, 7, 14), date_to=dt.date(2017, 12, 31))
    assert _meetings(results) == {record.youth.pk}


def test_person_and_organisation_filters(record):
    assert _meetings(search("BCU", None, person=record.jane.slug)) == {record.public.pk}
    assert _meetings(search("BCU", None, organisation=record.police.slug)) == {record.public.pk}
    assert search("BCU", None, person="nobody-of-that-name").total == 0


def test_kind_filter(record):
    kinds = {r.kind for r in search("BCU", None, kind="action").results}
    assert kinds == {"action"}
