"""Every read route of the API, asked by the public with an impossible value in each of its parameters (a NUL,
a control character, an integer no database holds), answers with JSON (4xx, or 200 where the value is only searched for), never a 500: on SQLite and on
PostgreSQL (which refuses NUL in a query)."""
from urllib.parse import quote

from django.test import Client

VALUES = ["a\x00b", "\x0b", "99999999999999999999", "-99999999999999999999"]


def test_no_read_gives_a_server_error(world):
    client = Client(raise_request_exception=False)
    schema = client.get("/api/openapi.json").json()
    failures, asked = [], 0
    for path, operations in schema["paths"].items():
        if "get" not in operations:
            continue
        params = operations["get"].get("parameters", [])
        for value in VALUES:
            url = path
            for p in params:
                if p["in"] == "path":
                    url = url.replace("{%s}" % p["name"], quote(value, safe=""))
            for name in [p["name"] for p in params if p["in"] == "query"] or [None]:
                full = url + (f"?{name}={quote(value, safe='')}" if name else "")
                r = client.get(full)
                asked += 1
                if r.status_code >= 500 or not r.headers["Content-Type"].startswith("application/json"):
                    failures.append((full, r.status_code))
    assert asked > 100
    assert not failures
