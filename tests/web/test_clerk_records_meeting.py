"""A clerk records a new meeting, writes minutes with an action, publishes them; the action reaches its owner."""
from django.urls import reverse

from minutebook.store.models import Action, Attendance, Meeting


def test_new_meeting_to_published_minutes(clerk_in, world):
    from django.test import Client

    client = Client()   # the public
    r = clerk_in.post(reverse("clerk-meeting-new", args=[world.body.slug]),
                      {"date": "2019-01-10", "start": "10:00", "venue": "Room 1", "status": "held"})
    meeting = Meeting.objects.get(body=world.body, date="2019-01-10")
    assert r.status_code == 302 and r["Location"] == reverse("clerk-meeting", args=[meeting.pk])

    # attendance: the form offers current members
    page = clerk_in.get(reverse("clerk-attendance", args=[meeting.pk])).content.decode()
    assert "Alice Owner" in page
    r = clerk_in.post(reverse("clerk-attendance", args=[meeting.pk]), {
        "version": meeting.version, "p-TOTAL_FORMS": "2", "p-INITIAL_FORMS": "0",
        "p-0-person": world.carol.pk, "p-0-kind": "present", "p-0-is_chair": "on",
        "p-1-person": world.alice.pk, "p-1-kind": "apologies", "p-1-substitute": world.bob.pk})
    assert r.status_code == 302
    kinds = dict(meeting.attendance.values_list("person__name", "kind"))
    assert kinds == {"Carol Chief": "present", "Alice Owner": "apologies", "Bob Deputy": "substitute"}
    meeting.refresh_from_db()
    assert meeting.chair == world.carol

    from test_minutes_optimistic_lock import minutes_post

    data = minutes_post(clerk_in, meeting, {
        "m-0-number": "130", "m-0-title": "CCTV REVIEW", "m-0-text": "The Group discussed the CCTV review.",
        "m-0-resolutions_text": "the review be noted.\n\na report come to the next meeting.",
        "m-0-action_text": "Report on CCTV coverage", "m-0-action_owners": [world.alice.pk, world.carol.pk]})
    assert clerk_in.post(reverse("clerk-minutes", args=[meeting.pk]), data).status_code == 302
    minute = meeting.minutes.get()
    assert [r.text for r in minute.resolutions.all()] == ["the review be noted.", "a report come to the next meeting."]
    action = Action.objects.get(minute=minute)
    assert sorted(action.owners.values_list("initials", flat=True)) == ["AO", "CC"]

    # not public until published
    assert client.get(reverse("meeting", args=[meeting.pk])).status_code == 404
    clerk_in.post(reverse("clerk-publish", args=[meeting.pk]), {"do": "approve_minutes"})
    clerk_in.post(reverse("clerk-publish", args=[meeting.pk]), {"do": "publish_minutes"})
    meeting.refresh_from_db()
    assert meeting.minutes_published and meeting.minutes_status == Meeting.APPROVED

    from django.test import Client

    public = Client()
    html = public.get(reverse("meeting", args=[meeting.pk])).content.decode()
    assert "CCTV REVIEW" in html and "Report on CCTV coverage" in html
    owner = Client()
    owner.force_login(world.alice_user)
    assert "Report on CCTV coverage" in owner.get(reverse("my-actions")).content.decode()


def test_clerk_edits_an_action(clerk_in, world):
    url = reverse("clerk-action-edit", args=[world.public_action.pk])
    r = clerk_in.post(url, {"text": "Bring the survey", "status": "open", "owners": [world.bob.pk],
                            "version": world.held.version})
    assert r.status_code == 302
    world.public_action.refresh_from_db()
    assert world.public_action.text == "Bring the survey"
    assert list(world.public_action.owners.values_list("person__name", flat=True)) == ["Bob Deputy"]
    # stale: refused, text kept
    r = clerk_in.post(url, {"text": "Late edit", "status": "open", "version": world.held.version})
    assert r.status_code == 409 and "Late edit" in r.content.decode()


def test_agenda_from_the_draft(clerk_in, world):
    meeting = Meeting.objects.create(body=world.body, date="2019-03-14")
    page = clerk_in.get(reverse("clerk-agenda", args=[meeting.pk])).content.decode()
    assert "APOLOGIES FOR ABSENCE" in page and "generated draft" in page
    r = clerk_in.post(reverse("clerk-agenda", args=[meeting.pk]), {
        "a-TOTAL_FORMS": "2", "a-INITIAL_FORMS": "0", "a-0-number": "1", "a-0-title": "APOLOGIES FOR ABSENCE",
        "a-1-number": "2", "a-1-title": "CASE REVIEW", "a-1-exempt": "on", "version": meeting.version})
    assert r.status_code == 302
    assert list(meeting.agenda_items.values_list("title", "exempt")) == [("APOLOGIES FOR ABSENCE", False),
                                                                         ("CASE REVIEW", True)]
    meeting.refresh_from_db()
    assert meeting.question_deadline is not None      # set by the cycle from the body's settings


def test_body_and_membership(clerk_in, world):
    r = clerk_in.post(reverse("clerk-body-new"), {
        "name": "Youth Panel", "parent": world.body.pk, "question_deadline_days": "3",
        "question_deadline_time": "17:00", "publication_lead_days": "5",
        "standing_items_text": "APOLOGIES FOR ABSENCE\nANY OTHER BUSINESS"})
    assert r.status_code == 302
    from minutebook.store.models import Body

    body = Body.objects.get(name="Youth Panel")
    assert body.parent == world.body and body.standing_items == ["APOLOGIES FOR ABSENCE", "ANY OTHER BUSINESS"]
    assert "question_deadline_days" in body.settings_locked
    r = clerk_in.post(reverse("clerk-membership-add", args=[body.slug]),
                      {"new_person": "Dana New", "position": "member", "role": "Youth Worker"})
    assert r.status_code == 302
    assert body.memberships.get().person.name == "Dana New"
