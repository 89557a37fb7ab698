"""/api/ocd/events: meetings as Open Civic Data events, times in Europe/London, only what the public may see."""
import re


def test_ocd_event_shape(client, record):
    data = client.get("/api/ocd/events", {"limit": 100}).json()
    events = {e["extras"]["minutebook_id"]: e for e in data["results"]}
    assert record.unpublished.pk not in events
    ev = events[record.public.pk]
    assert re.fullmatch(r"ocd-event/[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", ev["id"])
    assert ev["classification"] == "committee-meeting"
    assert ev["start_date"] == "2017-07-13T10:00:00+01:00" and ev["end_date"] == "2017-07-13T12:00:00+01:00"
    assert ev["timezone"] == "Europe/London" and ev["all_day"] is False
    assert ev["status"] == "passed"
    assert ev["location"]["name"] == "Committee Room 1"
    assert {"name": "Jane Officer", "entity_type": "person"}.items() <= ev["participants"][1].items()
    assert ev["participants"][0]["entity_type"] == "organization"
    assert [(a["order"], a["description"]) for a in ev["agenda"]] == [("1", "Police update")]
    assert all(set(a) >= {"description", "order", "subjects", "notes", "related_entities"} for a in ev["agenda"])
    assert [d["note"] for d in ev["documents"]] == ["BCU pathfinder report"]
    assert ev["documents"][0]["links"][0]["url"].startswith("http://testserver/documents/")
    assert ev["sources"][0]["url"] == f"http://testserver/meetings/{record.public.pk}/"
    assert events[record.cancelled.pk]["status"] == "cancelled"
    # stable: the same id on every request
    again = client.get("/api/ocd/events", {"limit": 100}).json()
    assert {e["id"] for e in again["results"]} == {e["id"] for e in data["results"]}
    winter = client.get("/api/ocd/events", {"date_from": "2017-12-01", "body": record.body.slug}).json()["results"]
    assert winter == []
