"""Public pages come from the page cache, and a change to the record shows at once."""
from django.test import Client
from django.urls import reverse

from minutebook.store.models import Meeting


def _get(path, **params):
    """A fresh anonymous reader (no cookies), as the cache serves them."""
    return Client().get(path, params)


def test_a_repeated_public_page_is_served_from_the_cache(world):
    url = reverse("meeting", args=[world.held.pk])
    first, second = _get(url), _get(url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert first.content == second.content and "STREET LIGHTING" in second.content.decode()


def test_marking_a_minute_exempt_leaves_the_cached_meeting_page_and_search_at_once(clerk_in, world):
    page, search, api = reverse("meeting", args=[world.held.pk]), reverse("search"), f"/api/meetings/{world.held.pk}"
    result = f'#minute-{world.public_minute.pk}"'      # the minute's search result links to it
    for _ in range(2):       # the second time from the cache
        assert world.public_minute.text in _get(page).content.decode()
        assert result in _get(search, q="street lighting").content.decode()
        assert world.public_minute.text in _get(api).content.decode()
    assert _get(page)["X-Page-Cache"] == "hit"
    r = clerk_in.post(reverse("clerk-exempt", args=["minute", world.public_minute.pk]), {"exempt": "1"})
    assert r.status_code == 302
    assert world.public_minute.text not in _get(page).content.decode()
    results = _get(search, q="street lighting")
    assert results["X-Page-Cache"] == "miss" and result not in results.content.decode()
    assert world.public_minute.text not in _get(api).content.decode()


def test_a_bulk_update_withdrawing_the_minutes_shows_at_once(world):
    url = reverse("meeting", args=[world.held.pk])
    _get(url)
    assert _get(url)["X-Page-Cache"] == "hit"
    Meeting.objects.filter(pk=world.held.pk).update(minutes_published=False)     # no signals: still noticed
    html = _get(url).content.decode()
    assert world.public_minute.text not in html and world.public_action.text not in html
