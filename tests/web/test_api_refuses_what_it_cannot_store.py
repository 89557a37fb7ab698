"""The API refuses (4xx, never 500) what it cannot store, the same on SQLite as on PostgreSQL: NUL and
control characters, integers out of range, over-long values, out-of-range positions; times with an offset
are converted to Europe/London; a stale version is 409; the schema declares its errors and value lists."""
import json

import pytest
from django.test import Client

from minutebook.web.models import ApiToken

BIG = "99999999999999999999"


@pytest.fixture
def clerk_api(world):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(world.clerk_user)[1]}"}


def send(method, url, data, auth):
    return getattr(Client(), method)(url, json.dumps(data), content_type="application/json", **auth)


@pytest.mark.parametrize("url", [f"/api/meetings?offset={BIG}", f"/api/meetings/{BIG}", f"/api/minutes/{BIG}",
                                 f"/api/actions?meeting={BIG}", f"/api/documents?meeting={BIG}",
                                 f"/api/search?q=x&offset={BIG}", "/api/actions?owner=a%00b",
                                 "/api/meetings?body=%00", "/api/bodies/a%00b",
                                 "/api/meetings/-1", "/api/nothing-here"])
def test_reads_with_impossible_values_are_refused(client, world, url):
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code)
    assert r.headers["Content-Type"].startswith("application/json")


def test_over_long_and_control_character_values_are_refused(world, clerk_api):
    url = f"/api/meetings/{world.held.pk}/minutes"
    for bad in [{"number": "1" * 11, "title": "T"}, {"number": "1", "title": "T" * 401},
                {"number": "1", "title": "Bell\x07"}, {"number": "1", "title": "NUL\x00"},
                {"number": "1", "title": "T", "position": -1}, {"number": "1", "title": "T", "position": 2**40}]:
        r = send("post", url, bad, clerk_api)
        assert r.status_code == 422, (bad, r.status_code)
    assert world.held.minutes.count() == 2                     # nothing was stored
    ok = send("post", url, {"number": "103", "title": "ANY OTHER BUSINESS", "text": "Line one\n\tLine two"},
              clerk_api)
    assert ok.status_code == 201


def test_times_with_an_offset_are_converted_to_london(world, clerk_api):
    import datetime as dt

    from minutebook.store.models import Meeting

    r = send("post", "/api/meetings", {"body": world.body.slug, "date": "2018-07-12", "start": "09:00:00Z",
                                       "end": "10:30:00+00:00"}, clerk_api)
    assert r.status_code == 201, r.content
    m = Meeting.objects.get(pk=r.json()["id"])
    assert (m.start, m.end) == (dt.time(10, 0), dt.time(11, 30))         # British Summer Time
    assert r.json()["start"] == "10:00:00+01:00"                         # times carry their offset
    assert Client().get(f"/api/meetings/{world.held.pk}").json()["start"] == "10:00:00+00:00"


def test_a_stale_meeting_version_is_409(world, clerk_api):
    version = Client().get(f"/api/meetings/{world.held.pk}").json()["version"]
    first = send("patch", f"/api/meetings/{world.held.pk}", {"venue": "Room 1", "version": version}, clerk_api)
    assert first.status_code == 200 and first.json()["version"] == version + 1
    second = send("patch", f"/api/meetings/{world.held.pk}", {"venue": "Room 2", "version": version}, clerk_api)
    assert second.status_code == 409
    world.held.refresh_from_db()
    assert world.held.venue == "Room 1"


def test_another_users_action_is_not_found(world):
    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(world.outsider_user)[1]}"}
    r = send("post", f"/api/actions/{world.public_action.pk}/updates", {"status": "done"}, auth)
    assert r.status_code == 404


def test_schema_declares_errors_and_value_lists(client, world):
    schema = client.get("/api/openapi.json").json()
    patch = schema["paths"]["/api/meetings/{pk}"]["patch"]["responses"]
    assert {"401", "403", "404", "409", "422"} <= set(map(str, patch))
    assert {"401", "404", "422"} <= set(map(str, schema["paths"]["/api/meetings"]["get"]["responses"]))
    status = schema["components"]["schemas"]["MeetingOut"]["properties"]["status"]
    assert status.get("enum") == ["planned", "held", "cancelled"]
    assert schema["components"]["schemas"]["ActionOut"]["properties"]["status"]["enum"] == \
        ["open", "in_progress", "done", "dropped"]


def test_a_patch_may_not_empty_a_required_field(world, clerk_api):
    for url, data in [(f"/api/meetings/{world.held.pk}", {"date": None}),
                      (f"/api/minutes/{world.public_minute.pk}", {"title": None}),
                      (f"/api/actions/{world.public_action.pk}", {"text": None})]:
        assert send("patch", url, data, clerk_api).status_code == 422, url
