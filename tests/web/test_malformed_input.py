"""Malformed form data gets form errors (or 404 for nonsense ids), never a server error."""
from django.urls import reverse


def test_clerk_forms_with_garbage(clerk_in, world):
    m = world.held.pk
    garbage = {"m-TOTAL_FORMS": "x", "m-INITIAL_FORMS": "-3", "version": "abc", "p-TOTAL_FORMS": "9999999",
               "a-TOTAL_FORMS": "", "date": "31/31/2017", "start": "25:99", "name": "", "position": "boss",
               "person": "99999", "kind": "telepathy", "question_deadline_days": "-4", "parent": "nope"}
    urls = [reverse("clerk-minutes", args=[m]), reverse("clerk-attendance", args=[m]), reverse("clerk-agenda", args=[m]),
            reverse("clerk-meeting-edit", args=[m]), reverse("clerk-meeting-new", args=[world.body.slug]),
            reverse("clerk-body-new"), reverse("clerk-body-edit", args=[world.body.slug]),
            reverse("clerk-membership-add", args=[world.body.slug]), reverse("clerk-upload"),
            reverse("clerk-action-edit", args=[world.public_action.pk]), reverse("clerk-publish", args=[m])]
    for url in urls:
        r = clerk_in.post(url, garbage)
        assert r.status_code < 500, url
        if r.status_code == 200:
            assert "govuk-error-message" in r.content.decode() or "There is a problem" in r.content.decode(), url


def test_meeting_form_reports_the_problem(clerk_in, world):
    r = clerk_in.post(reverse("clerk-meeting-new", args=[world.body.slug]),
                      {"date": "2017-12-19", "status": "planned", "start": "11:00", "end": "10:00"})
    html = r.content.decode()
    assert r.status_code == 200
    assert "already has a meeting on that day" in html and "end time must be after" in html


def test_minutes_action_needs_text(clerk_in, world):
    from test_minutes_optimistic_lock import minutes_post

    data = minutes_post(clerk_in, world.held, {"m-0-action_owners": str(world.alice.pk)})
    r = clerk_in.post(reverse("clerk-minutes", args=[world.held.pk]), data)
    assert r.status_code == 200 and "Describe the action" in r.content.decode()


def test_member_update_with_bad_status(member_client, world):
    url = reverse("action-update", args=[world.public_action.pk])
    r = member_client.post(url, {f"a{world.public_action.pk}-status": "exploded", f"a{world.public_action.pk}-note": "x"})
    assert r.status_code == 200 and "govuk-error-message" in r.content.decode()
    assert member_client.post(reverse("action-update", args=[999999]), {}).status_code == 404


def test_nonsense_ids_are_not_found(client, world):
    assert client.get("/meetings/999999/").status_code == 404
    assert client.get("/people/nobody-at-all/").status_code == 404
    assert client.get("/documents/999999/").status_code == 404
    assert client.get("/actions/?owner=nobody&status=weird&page=zz").status_code == 200


def test_nonsense_query_parameters(clerk_in, world):
    assert clerk_in.get(reverse("clerk-upload") + "?meeting=abc").status_code == 200
    assert clerk_in.get(reverse("clerk-agenda", args=[world.held.pk]) + "?draft=zz").status_code == 200
    assert clerk_in.get(reverse("calendar") + "?body=%00").status_code == 200


def test_nul_characters_in_filters(client, world):
    """PostgreSQL refuses NUL in strings: filters must drop them before they reach a query."""
    assert client.get(reverse("calendar") + "?body=a%00b").status_code == 200
    assert client.get(reverse("actions") + "?owner=a%00b&body=%00&organisation=%00&status=%00").status_code == 200
