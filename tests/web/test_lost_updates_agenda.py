"""Two clerks editing a meeting's agenda from the same page: the first save stands, the second is refused
(409) with the GOV.UK error summary, shown again with what that clerk typed beside the agenda as saved now,
and saving it again from there is a deliberate choice."""
from django.urls import reverse

from webworld import form_post


def test_the_second_save_of_an_agenda_is_refused_and_nothing_is_lost(world, two_clerks):
    first, second = two_clerks
    url = reverse("clerk-agenda", args=[world.held.pk])
    a = form_post(first, url, {"a-0-title": "STREET LIGHTING UPDATE"})
    b = form_post(second, url, {"a-0-title": "LIGHTING AND CCTV"})

    assert first.post(url, a).status_code == 302
    r = second.post(url, b)
    assert r.status_code == 409
    html = r.content.decode()
    assert "govuk-error-summary" in html and "Someone else changed this meeting after you opened the agenda" in html
    assert 'value="LIGHTING AND CCTV"' in html                        # what the second clerk typed
    assert "STREET LIGHTING UPDATE" in html                            # the agenda as saved now
    titles = list(world.held.agenda_items.values_list("title", flat=True))
    assert titles[0] == "STREET LIGHTING UPDATE" and len(titles) == 2

    # the refused page carries the current version: saving it again is deliberate, and works
    again = form_post(second, url)                                     # a fresh page ...
    resent = {**b, "version": again["version"]}                        # ... or the refused one, resent
    assert second.post(url, resent).status_code == 302
    assert world.held.agenda_items.values_list("title", flat=True)[0] == "LIGHTING AND CCTV"


def test_an_agenda_page_opened_before_the_meeting_changed_is_stale(world, clerk_in):
    url = reverse("clerk-agenda", args=[world.held.pk])
    stale = form_post(clerk_in, url, {"a-0-title": "CHANGED"})
    clerk_in.post(reverse("clerk-publish", args=[world.held.pk]), {"do": "unpublish_agenda"})
    assert clerk_in.post(url, stale).status_code == 409
    assert world.held.agenda_items.values_list("title", flat=True)[0] == "STREET LIGHTING"


def test_an_agenda_post_without_its_version_is_refused(world, clerk_in):
    url = reverse("clerk-agenda", args=[world.held.pk])
    data = form_post(clerk_in, url, {"a-0-title": "CHANGED"})
    del data["version"]
    r = clerk_in.post(url, data)
    assert r.status_code == 200 and "reload the page" in r.content.decode()
    assert world.held.agenda_items.values_list("title", flat=True)[0] == "STREET LIGHTING"
