"""Publishing minutes marks the meeting as held only when its date has come."""
import datetime as dt

from django.urls import reverse
from django.utils import timezone

from minutebook.store.models import Meeting, Minute


def _publish(client, meeting):
    Minute.objects.create(meeting=meeting, position=1, number="1", title="ITEM", text="Noted.")
    return client.post(reverse("clerk-publish", args=[meeting.pk]), {"do": "publish_minutes"})


def test_a_past_meeting_becomes_held(clerk_in, world):
    past = Meeting.objects.create(body=world.body, date=dt.date(2018, 9, 1), status=Meeting.PLANNED)
    assert _publish(clerk_in, past).status_code == 302
    past.refresh_from_db()
    assert past.minutes_published and past.status == Meeting.HELD


def test_a_meeting_still_to_come_stays_planned(clerk_in, world):
    coming = Meeting.objects.create(body=world.body, date=timezone.localdate() + dt.timedelta(days=18),
                                    status=Meeting.PLANNED)
    assert _publish(clerk_in, coming).status_code == 302
    coming.refresh_from_db()
    assert coming.minutes_published and coming.status == Meeting.PLANNED
