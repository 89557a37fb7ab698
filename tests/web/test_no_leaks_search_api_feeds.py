"""Cross-check with the search, API and feeds work: the same record leaks nothing there either, because
they ask ``store.visibility`` too. (Their own tests go deeper; this guards the shared rules.)"""
import pytest
from django.urls import reverse

from webworld import ALL_SECRETS


def paths(world):
    from minutebook.store.models import Action, Document, Minute

    out = [reverse("search") + "?q=zqxj", reverse("search") + "?q=wqpv", reverse("search") + "?q=kkrt",
           reverse("search") + "?q=named", reverse("body-ics", args=[world.body.slug]), reverse("documents-atom"),
           "/api/meetings", f"/api/meetings/{world.held.pk}", f"/api/meetings/{world.held.pk}/minutes",
           f"/api/meetings/{world.held.pk}/agenda", f"/api/meetings/{world.drafted.pk}/minutes",
           "/api/actions", "/api/resolutions", "/api/documents", "/api/search?q=zqxj", "/api/ocd/events"]
    out += [f"/api/minutes/{m.pk}" for m in Minute.objects.all()]
    out += [f"/api/actions/{a.pk}" for a in Action.objects.all()]
    out += [f"/api/documents/{d.pk}" for d in Document.objects.all()]
    out += [f"/api/documents/{d.pk}/download" for d in Document.objects.all()]
    out += [f"/api/meetings/{world.hidden.pk}"]
    return out


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_search_api_and_feeds_leak_nothing(client, world, who):
    import json
    import re

    if who == "outsider":
        client.force_login(world.outsider_user)
    for path in paths(world):
        r = client.get(path)
        assert r.status_code in (200, 404), (path, r.status_code)
        text = r.content.decode("utf-8", "replace")
        if path.startswith("/search"):        # the page repeats the query: look at the results
            text = " ".join(re.findall(r'<li class="mb-search-result">.*?</li>', text, re.S))
        elif path.startswith("/api/search"):
            text = json.dumps(json.loads(text).get("results", []))
        for secret in ALL_SECRETS:
            assert secret not in text, f"{secret!r} leaked through {path}"


def test_the_search_check_sees_results(client, world):
    """The result markup the leak check reads is there when something public matches."""
    html = client.get(reverse("search") + "?q=lighting").content.decode()
    assert '<li class="mb-search-result">' in html
