"""A small made-up record for the search, API and feed tests: one body with a public meeting (with a
Part 2 minute, item and paper), a meeting whose minutes are still a draft, an unpublished meeting and a
cancelled one. Each secret is a made-up word that appears nowhere else, so a leak is easy to see."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

EXEMPT_WORD = "zebracase"        # Part 2 minute, agenda item and paper
DRAFT_WORD = "quokkadraft"       # draft minutes and an unpublished paper
UNPUBLISHED_WORD = "unicornitem"  # agenda of a meeting not yet published


def build_record(django_user_model):
    from django.contrib.auth.models import Group

    from minutebook.store.models import (
        Action, ActionOwner, AgendaItem, Attendance, Body, Document, Meeting, Membership, Minute, Organisation,
        Person, Resolution,
    )

    police = Organisation.objects.create(name="Metropolitan Police")
    council = Organisation.objects.create(name="London Borough of Testham")
    body = Body.objects.create(name="Testham Community Safety Group", default_venue="Testham Town Hall")
    other = Body.objects.create(name="Testham Youth Offending Board")
    jane = Person.objects.create(name="Jane Officer", organisation=police)
    pat = Person.objects.create(name="Pat Member", organisation=council)
    Membership.objects.create(body=body, person=pat, organisation=council)

    public = Meeting.objects.create(body=body, date=dt.date(2017, 7, 13), start=dt.time(10, 0), end=dt.time(12, 0),
                                    venue="Committee Room 1", status=Meeting.HELD, published=True,
                                    minutes_published=True, minutes_status=Meeting.APPROVED)
    AgendaItem.objects.create(meeting=public, position=1, number="1", title="Police update")
    AgendaItem.objects.create(meeting=public, position=2, number="2", title="Case review",
                              description=f"The {EXEMPT_WORD} of a family", exempt=True)
    police_minute = Minute.objects.create(
        meeting=public, position=1, number="5", title="Police update",
        text="The Borough Commander reported on the BCU pilot and the <b>pathfinder</b> sites.")
    Resolution.objects.create(minute=police_minute, text="RESOLVED that the BCU update be noted.")
    action = Action.objects.create(minute=police_minute, text="Report on the BCU pathfinder evaluation.")
    ActionOwner.objects.create(action=action, initials="JO", person=jane)
    Minute.objects.create(meeting=public, position=2, number="6", title="Case review",
                          text=f"The group discussed the {EXEMPT_WORD} and the BCU referral.", exempt=True)
    Attendance.objects.create(meeting=public, person=jane, kind=Attendance.PRESENT, organisation=police)
    Attendance.objects.create(meeting=public, person=pat, kind=Attendance.PRESENT, organisation=council)

    draft = Meeting.objects.create(body=body, date=dt.date(2017, 10, 12), start=dt.time(14, 0), status=Meeting.HELD,
                                   published=True, minutes_published=False)
    Minute.objects.create(meeting=draft, position=1, number="9", title="Budget",
                          text=f"The {DRAFT_WORD} budget and the BCU costs were considered.")
    Attendance.objects.create(meeting=draft, person=pat, kind=Attendance.PRESENT, organisation=council)

    unpublished = Meeting.objects.create(body=body, date=dt.date(2018, 1, 11), start=dt.time(10, 0))
    AgendaItem.objects.create(meeting=unpublished, position=1, number="1", title=f"The {UNPUBLISHED_WORD} plan")
    cancelled = Meeting.objects.create(body=body, date=dt.date(2017, 9, 14), start=dt.time(10, 0),
                                       status=Meeting.CANCELLED, published=True)
    youth = Meeting.objects.create(body=other, date=dt.date(2017, 7, 20), start=dt.time(18, 30), published=True,
                                   minutes_published=True, minutes_status=Meeting.APPROVED,
                                   status=Meeting.HELD)
    Minute.objects.create(meeting=youth, position=1, number="1", title="Youth update",
                          text="The BCU youth team reported on knife crime.")

    def doc(name, text, **kw):
        data = text.encode()
        import hashlib
        return Document.objects.create(sha256=hashlib.sha256(data).hexdigest(), filename=name, content=data,
                                       size=len(data), content_type="text/plain", body=body, **kw)

    report = doc("bcu-report.txt", "The BCU report: pathfinder evaluation and next steps.", kind=Document.REPORT,
                 meeting=public, title="BCU pathfinder report", published=True)
    exempt_doc = doc("case.txt", f"The {EXEMPT_WORD} paper, not for publication.", kind=Document.REPORT,
                     meeting=public, title="Case paper", published=True, exempt=True)
    draft_doc = doc("draft.txt", f"The {DRAFT_WORD} paper.", kind=Document.REPORT, meeting=draft,
                    title="Budget paper", published=False)

    clerk = django_user_model.objects.create_user("rec-clerk", "clerk@example.org")
    clerk.groups.add(Group.objects.get_or_create(name="clerk")[0])
    member = django_user_model.objects.create_user("rec-member", "pat@example.org")
    pat.user = member
    pat.save()
    outsider = django_user_model.objects.create_user("rec-outsider", "x@example.org")
    return SimpleNamespace(**locals())
