"""Two clerks editing the same membership, or the same body's settings: the first save stands, the second
is refused (409) with the error summary and what is saved now, the second clerk's entries kept."""
import datetime as dt

from django.urls import reverse

from minutebook.store.models import Body, Membership
from webworld import form_post


def test_the_second_save_of_a_membership_is_refused(world, two_clerks):
    first, second = two_clerks
    ms = Membership.objects.get(person=world.alice, body=world.body)
    url = reverse("clerk-membership-edit", args=[ms.pk])
    a = form_post(first, url, {"end": "2018-03-31"})
    b = form_post(second, url, {"role": "Group Manager"})

    assert first.post(url, a).status_code == 302
    r = second.post(url, b)
    assert r.status_code == 409
    html = r.content.decode()
    assert "govuk-error-summary" in html and "Someone else saved Alice Owner&#x27;s membership" in html
    assert 'value="Group Manager"' in html and "31 March 2018" in html
    ms.refresh_from_db()
    assert ms.end == dt.date(2018, 3, 31) and ms.role == "Station Manager"     # the ended membership stands


def test_the_second_save_of_a_body_is_refused(world, two_clerks):
    first, second = two_clerks
    url = reverse("clerk-body-edit", args=[world.body.slug])
    a = form_post(first, url, {"contact_name": "New Clerk"})
    b = form_post(second, url, {"description": "Community safety partnership."})

    assert first.post(url, a).status_code == 302
    r = second.post(url, b)
    assert r.status_code == 409
    html = r.content.decode()
    assert "govuk-error-summary" in html and "Someone else saved Test Partnership Group" in html
    assert "Community safety partnership." in html and "New Clerk" in html
    body = Body.objects.get(pk=world.body.pk)
    assert body.contact_name == "New Clerk" and body.description == ""
