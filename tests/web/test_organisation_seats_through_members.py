"""An organisation's seats include memberships that name no organisation but whose member belongs to it,
so a meeting it missed without a word still shows on its page (expected 1, nobody came)."""
import datetime as dt

from django.test import Client
from django.urls import reverse

from minutebook.store.models import Attendance, Meeting, Membership, Organisation, Person


def test_meeting_missed_by_a_member_of_the_organisation_is_listed(world):
    ambulance = Organisation.objects.create(name="Ambulance Service")
    paramedic = Person.objects.create(name="Pat Medic", organisation=ambulance)
    Membership.objects.create(body=world.body, person=paramedic, start=dt.date(2016, 1, 1))   # no organisation
    missed = Meeting.objects.create(body=world.body, date=dt.date(2018, 6, 7), status=Meeting.HELD,
                                    published=True, minutes_published=True,
                                    minutes_status=Meeting.APPROVED)
    Attendance.objects.create(meeting=missed, person=world.carol, kind=Attendance.PRESENT)
    Attendance.objects.create(meeting=world.held, person=paramedic, kind=Attendance.PRESENT, organisation=ambulance)

    from minutebook.web.views_public import organisation_attendance

    rows = {r["meeting"].date: r for r in organisation_attendance(None, ambulance)}
    assert rows[dt.date(2018, 6, 7)]["expected"] == 1 and rows[dt.date(2018, 6, 7)]["attended"] == 0
    assert rows[dt.date(2017, 12, 19)]["attended"] == 1
    page = Client().get(reverse("organisation", args=[ambulance.slug])).content.decode()
    assert "7 June 2018" in page and "2 expected, 1 present" in page
