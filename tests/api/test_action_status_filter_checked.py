"""An unknown status in the action register's filter is refused (422, naming the allowed values), not
answered with an empty list that looks like "no actions"."""
from django.test import Client


def test_unknown_status_is_refused_and_known_ones_filter(record):
    client = Client()
    r = client.get("/api/actions", {"status": "bogus"})
    assert r.status_code == 422
    assert "open" in r.content.decode() and "in_progress" in r.content.decode()
    r = client.get("/api/actions", {"status": "open"})
    assert r.status_code == 200 and all(a["status"] == "open" for a in r.json()["items"])
