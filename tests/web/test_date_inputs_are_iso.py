"""Every <input type="date"> of the clerk's forms holds an ISO date (YYYY-MM-DD), the only format a
browser's date picker reads: "06/07/2017" is blanked by the browser and saving would erase the date."""
import datetime as dt
import re

from django.urls import reverse

from minutebook.store.models import Membership


def date_values(html: str) -> dict:
    return {re.search(r'name="([^"]+)"', tag).group(1): (re.search(r'value="([^"]*)"', tag) or [None, ""])[1]
            for tag in re.findall(r'<input[^>]*type="date"[^>]*>', html)}


def test_membership_form_dates_are_iso(clerk_in, world):
    ms = Membership.objects.get(person=world.alice)
    Membership.objects.filter(pk=ms.pk).update(end=dt.date(2017, 7, 6))
    html = clerk_in.get(reverse("clerk-membership-edit", args=[ms.pk])).content.decode()
    assert date_values(html) == {"start": "2016-01-01", "end": "2017-07-06"}


def test_meeting_and_action_form_dates_are_iso(clerk_in, world):
    from minutebook.store.models import Action, Meeting

    Meeting.objects.filter(pk=world.held.pk).update(next_meeting_date=dt.date(2018, 3, 8))
    html = clerk_in.get(reverse("clerk-meeting-edit", args=[world.held.pk])).content.decode()
    assert date_values(html) == {"date": "2017-12-19", "next_meeting_date": "2018-03-08"}
    Action.objects.filter(pk=world.public_action.pk).update(due_date=dt.date(2018, 1, 31))
    html = clerk_in.get(reverse("clerk-action-edit", args=[world.public_action.pk])).content.decode()
    assert date_values(html)["due_date"] == "2018-01-31"
