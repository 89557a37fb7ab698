"""Editing a membership or a meeting in the browser and saving without touching the dates keeps them:
the date pickers are filled with ISO dates, which a browser can read (it blanks "06/07/2017")."""
import datetime as dt

import pytest

from browserkit import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_membership_dates_survive_a_save_in_the_browser(browser_page, demo_site):
    from minutebook.store.models import Body, Membership

    body = Body.objects.get(name="Safer Bromley Partnership Strategic Group")
    ms = Membership.objects.create(body=body, person=demo_site["terry"], role="Former member",
                                   start=dt.date(2015, 4, 1), end=dt.date(2017, 7, 6))
    page = browser_page
    sign_in(page, "clerk", "clerk-pass-123")
    page.goto(f"/clerk/memberships/{ms.pk}/edit")
    assert page.input_value("#id_end") == "2017-07-06"
    page.fill("#id_role", "Former member (retired)")
    page.click("main button:has-text('Save')")
    page.wait_for_url(f"**/clerk/bodies/{body.slug}/edit")
    ms.refresh_from_db()
    assert ms.role == "Former member (retired)"
    assert (ms.start, ms.end) == (dt.date(2015, 4, 1), dt.date(2017, 7, 6))


def test_meeting_dates_survive_a_save_in_the_browser(browser_page, demo_site):
    from minutebook.store.models import Meeting

    meeting = Meeting.objects.order_by("date").first()
    Meeting.objects.filter(pk=meeting.pk).update(next_meeting_date=dt.date(2018, 7, 6))
    page = browser_page
    sign_in(page, "clerk", "clerk-pass-123")
    page.goto(f"/clerk/meetings/{meeting.pk}/edit")
    page.fill("#id_venue", "Bromley Civic Centre, Room 2")
    page.click("main button:has-text('Save the meeting')")
    page.wait_for_url(f"**/clerk/meetings/{meeting.pk}/")
    saved = Meeting.objects.get(pk=meeting.pk)
    assert saved.venue == "Bromley Civic Centre, Room 2"
    assert (saved.date, saved.next_meeting_date) == (meeting.date, dt.date(2018, 7, 6))
