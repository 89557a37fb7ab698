"""An action's owners written through the API are people's slugs or initials: initials stand for the
body's member who has them; anything else is refused (422) and nothing is written."""
from minutebook.store.models import Action, Meeting, Minute
from minutebook.web.models import ApiToken


def _minute(record):
    meeting = Meeting.objects.create(body=record.body, date="2018-03-08")
    return Minute.objects.create(meeting=meeting, position=1, number="20", title="Budget", text="Noted.")


def _post(client, record, minute, owners):
    return client.post(f"/api/minutes/{minute.pk}/actions", {"text": "Write to MOPAC", "owners": owners},
                       content_type="application/json",
                       HTTP_AUTHORIZATION=f"Bearer {ApiToken.issue(record.clerk)[1]}")


def test_an_unknown_owner_is_refused(client, record):
    minute = _minute(record)
    r = _post(client, record, minute, ["nobody"])
    assert r.status_code == 422 and "unknown owner 'nobody'" in r.json()["detail"]
    assert not Action.objects.filter(minute=minute).exists()


def test_initials_stand_for_the_member_who_has_them(client, record):
    minute = _minute(record)
    r = _post(client, record, minute, [record.pat.initials, "ZQ"])
    assert r.status_code == 201
    owners = r.json()["owners"]
    assert owners[0] == {"initials": record.pat.initials, "person": record.pat.slug, "name": record.pat.name}
    assert owners[1] == {"initials": "ZQ", "person": None, "name": None}       # unsettled, as in the minutes
