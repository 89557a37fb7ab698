"""The /search page: a labelled search box, filters, a list of results with marked snippets, counts and pages."""
import re

from minutebook.search.index import reindex_meeting
from minutebook.store.models import Minute


def test_page_lists_results_with_marks(client, record):
    html = client.get("/search", {"q": "BCU"}).content.decode()
    assert re.search(r'<label class="govuk-label[^"]*" for="id_q">', html)
    assert '<ol class="govuk-list mb-search-results"' in html
    assert "<mark>BCU</mark>" in html
    assert re.search(r">\s*\d+ results", html)
    assert f'href="/meetings/{record.public.pk}/#minute-{record.police_minute.pk}"' in html
    for name in ("body", "date_from", "date_to", "person", "organisation", "kind"):
        assert f'name="{name}"' in html


def test_page_filters_and_paginates(client, record):
    Minute.objects.bulk_create([Minute(meeting=record.public, position=10 + i, number=str(100 + i),
                                       title=f"Item {i}", text="The emuword was noted.") for i in range(45)])
    reindex_meeting(record.public)
    first = client.get("/search", {"q": "emuword"}).content.decode()
    assert "45 results" in first and "Page 1 of 3" in first and 'rel="next"' in first
    third = client.get("/search", {"q": "emuword", "page": 3}).content.decode()
    assert "Showing 41 to 45 of 45" in third and 'rel="next"' not in third
    none = client.get("/search", {"q": "emuword", "body": record.other.slug}).content.decode()
    assert "No results" in none


def test_bad_dates_are_reported_not_raised(client, record):
    response = client.get("/search", {"q": "BCU", "date_from": "2018-01-01", "date_to": "2017-01-01"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_htmx_gets_only_the_results(client, record):
    html = client.get("/search", {"q": "BCU"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<mark>BCU</mark>" in html and "<html" not in html


def test_many_matches_are_capped_and_said_so(client, record, monkeypatch):
    import minutebook.search.query as query

    monkeypatch.setattr(query, "CANDIDATES", 30)
    monkeypatch.setattr(query, "CHUNK", 35)
    Minute.objects.bulk_create([Minute(meeting=record.public, position=10 + i, number=str(100 + i),
                                       title=f"Item {i}", text="The emuword was noted.") for i in range(45)])
    reindex_meeting(record.public)
    html = client.get("/search", {"q": "emuword"}).content.decode()
    assert "More than 30 results" in html and "Page 1 of 2" in html
    assert client.get("/api/search", {"q": "emuword"}).json()["capped"] is True
