"""Writes need a clerk's token: none is 401, a member's is 403, a clerk's creates and updates."""
from minutebook.store.models import Attendance, Meeting, Minute
from minutebook.web.models import ApiToken, hash_token


def _auth(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user)[1]}"}


def _post(client, url, data, **kw):
    return client.post(url, data, content_type="application/json", **kw)


def test_no_token_is_401_and_member_token_is_403(client, record):
    data = {"body": record.body.slug, "date": "2018-03-08"}
    assert _post(client, "/api/meetings", data).status_code == 401
    assert _post(client, "/api/meetings", data, HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    assert _post(client, "/api/meetings", data, **_auth(record.member)).status_code == 403
    assert not Meeting.objects.filter(date="2018-03-08").exists()


def test_tokens_are_stored_hashed(record):
    row, token = ApiToken.issue(record.clerk)
    assert row.token_hash == hash_token(token) and token not in (row.token_hash, row.prefix)
    assert ApiToken.user_for(token) == record.clerk
    row.revoked = True
    row.save()
    assert ApiToken.user_for(token) is None


def test_clerk_writes_the_record(client, record):
    auth = _auth(record.clerk)
    made = _post(client, "/api/meetings", {"body": record.body.slug, "date": "2018-03-08", "start": "10:00",
                                           "venue": "Room 3"}, **auth)
    assert made.status_code == 201
    pk = made.json()["id"]
    assert _post(client, "/api/meetings", {"body": record.body.slug, "date": "2018-03-08"}, **auth).status_code == 409
    patched = client.patch(f"/api/meetings/{pk}", {"status": "held"}, content_type="application/json", **auth)
    assert patched.json()["status"] == "held"
    people = client.put(f"/api/meetings/{pk}/attendance",
                        [{"person": record.jane.slug, "kind": "present", "is_chair": True},
                         {"name": "Cllr New Person", "kind": "apologies"}], content_type="application/json", **auth)
    assert people.status_code == 200
    assert Attendance.objects.filter(meeting_id=pk).count() == 2
    assert Attendance.objects.get(meeting_id=pk, kind="apologies").person.name == "New Person"
    minute = _post(client, f"/api/meetings/{pk}/minutes",
                   {"number": "20", "title": "Budget", "text": "Noted.", "resolutions": ["RESOLVED that it be noted."]},
                   **auth)
    assert minute.status_code == 201
    minute_id = minute.json()["id"]
    version = Meeting.objects.get(pk=pk).version
    stale = client.patch(f"/api/minutes/{minute_id}", {"text": "x", "version": version - 1},
                         content_type="application/json", **auth)
    assert stale.status_code == 409
    ok = client.patch(f"/api/minutes/{minute_id}", {"text": "Noted with thanks.", "version": version},
                      content_type="application/json", **auth)
    assert ok.status_code == 200 and Minute.objects.get(pk=minute_id).text == "Noted with thanks."
    action = _post(client, f"/api/minutes/{minute_id}/actions", {"text": "Write to MOPAC", "owners": [record.jane.slug]},
                   **auth)
    assert action.status_code == 201 and action.json()["owners"][0]["person"] == record.jane.slug
    update = _post(client, f"/api/actions/{action.json()['id']}/updates", {"status": "done", "note": "Sent"}, **auth)
    assert update.status_code == 201
    assert client.get(f"/api/actions/{action.json()['id']}", **auth).json()["status"] == "done"
    bad = _post(client, f"/api/actions/{action.json()['id']}/updates", {"status": "finished"}, **auth)
    assert bad.status_code == 422
