"""Two clerks editing a meeting's details from the same page (one the venue, one the start): the first
save stands, the second is refused (409) with the error summary and what is saved now, the second
clerk's entries kept in the form."""
from django.urls import reverse

from minutebook.store.models import Meeting
from webworld import form_post


def test_the_second_save_of_the_meeting_details_is_refused(world, two_clerks):
    first, second = two_clerks
    url = reverse("clerk-meeting-edit", args=[world.held.pk])
    a = form_post(first, url, {"venue": "Town Hall, Room 4"})
    b = form_post(second, url, {"start": "11:30"})
    assert a["version"] == b["version"] and b["venue"] == "Civic Centre"

    assert first.post(url, a).status_code == 302
    r = second.post(url, b)
    assert r.status_code == 409
    html = r.content.decode()
    assert "govuk-error-summary" in html and "There is a problem" in html
    assert "Someone else changed this meeting after you opened the meeting&#x27;s details" in html
    assert 'value="11:30"' in html                                   # what the second clerk typed
    assert "Town Hall, Room 4" in html                               # saved now, shown beside it
    saved = Meeting.objects.get(pk=world.held.pk)
    assert saved.venue == "Town Hall, Room 4" and saved.start.hour == 10


def test_a_meeting_form_opened_before_publishing_is_stale(world, clerk_in):
    url = reverse("clerk-meeting-edit", args=[world.held.pk])
    stale = form_post(clerk_in, url, {"venue": "Somewhere else"})
    clerk_in.post(reverse("clerk-publish", args=[world.held.pk]), {"do": "unpublish_minutes"})
    assert clerk_in.post(url, stale).status_code == 409
    saved = Meeting.objects.get(pk=world.held.pk)
    assert saved.venue == "Civic Centre" and not saved.minutes_published
