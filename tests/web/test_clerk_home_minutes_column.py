"""The clerk's list of meetings says when no minutes are written, rather than calling them a draft."""
import datetime as dt
import re

from django.urls import reverse

from minutebook.store.models import Meeting


def test_meeting_without_minutes_is_not_called_a_draft(clerk_in, world):
    Meeting.objects.create(body=world.body, date=dt.date(2018, 6, 7))
    r = clerk_in.get(reverse("clerk-home"))
    page = " ".join(re.sub(r"<[^>]+>", " ", r.content.decode()).split())
    assert "7 June 2018 Not published None written" in page
