"""Instants in the API's answers (an action update's date, a document's creation) carry their Europe/London
offset: +01:00 in summer, +00:00 in winter, as meeting times do."""
import datetime as dt

from django.test import Client

from minutebook.store.models import ActionUpdate, Document

UTC = dt.timezone.utc


def test_instants_carry_the_london_offset(world):
    ActionUpdate.objects.create(action=world.public_action, status="open", note="summer",
                                date=dt.datetime(2017, 7, 1, 9, tzinfo=UTC))
    ActionUpdate.objects.create(action=world.public_action, status="open", note="winter",
                                date=dt.datetime(2017, 12, 1, 9, tzinfo=UTC))
    Document.objects.filter(filename="minutes-2017-12-19.txt").update(created=dt.datetime(2018, 6, 1, 12, tzinfo=UTC))
    action = Client().get(f"/api/actions/{world.public_action.pk}").json()
    assert {u["note"]: u["date"] for u in action["updates"]} == {"summer": "2017-07-01T10:00:00+01:00",
                                                                 "winter": "2017-12-01T09:00:00+00:00"}
    [doc] = [d for d in Client().get("/api/documents").json()["items"] if d["filename"] == "minutes-2017-12-19.txt"]
    assert doc["created"] == "2018-06-01T13:00:00+01:00"
