"""The organisation page shows, meeting by meeting, whether the agency was represented."""
import datetime as dt

from django.urls import reverse

from minutebook.store.models import Attendance, Meeting
from minutebook.web.views_public import organisation_attendance


def test_a_partner_that_stopped_coming_shows_nobody(client, world):
    later = Meeting.objects.create(body=world.body, date=dt.date(2019, 2, 1), status=Meeting.HELD,
                                   minutes_published=True, minutes_status=Meeting.APPROVED)
    Attendance.objects.create(meeting=later, person=world.carol, kind=Attendance.PRESENT, organisation=world.police)
    rows = {r["meeting"].date: r for r in organisation_attendance(None, world.fire)}
    assert rows[dt.date(2019, 2, 1)]["expected"] == 1 and rows[dt.date(2019, 2, 1)]["attended"] == 0
    dec = rows[dt.date(2017, 12, 19)]
    assert [a.person.name for a in dec["substitute"]] == ["Bob Deputy"]
    assert [a.person.name for a in dec["apologies"]] == ["Alice Owner"]
    html = client.get(reverse("organisation", args=[world.fire.slug])).content.decode()
    assert "Nobody" in html


def test_unpublished_attendance_is_not_counted_for_the_public(world):
    # the police chair was present at the meeting whose minutes are still a draft
    public = {r["meeting"].pk for r in organisation_attendance(None, world.police)}
    member = {r["meeting"].pk for r in organisation_attendance(world.alice_user, world.police)}
    assert world.drafted.pk not in public and world.drafted.pk in member
