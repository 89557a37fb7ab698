"""A small record with every kind of thing that must not leak: exempt items and documents, draft
minutes, an unpublished meeting, and a member of one body who is not a member of another."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from webworld import (  # noqa: F401
    ALL_SECRETS, DRAFT_TEXT, PUBLIC_ACTION, PUBLIC_TEXT, SECRET_ACTION, SECRET_AGENDA, SECRET_DOC, SECRET_MINUTE,
    SECRET_TEXT, UNPUBLISHED_TEXT, text_of,
)

@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    # PBKDF2 takes over a second a user here; the real settings keep Django's default (see test_security_settings)
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

@pytest.fixture
def world(db, django_user_model):
    from django.contrib.auth.models import Group

    from minutebook.store.models import (
        Action, ActionOwner, AgendaItem, Attendance, Body, Document, Meeting, Membership, Minute, Organisation,
        Person, Resolution,
    )

    fire = Organisation.objects.create(name="Fire Brigade")
    police = Organisation.objects.create(name="Police Service")
    body = Body.objects.create(name="Test Partnership Group", contact_name="Clerk Person",
                               standing_items=["APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING",
                                               "MATTERS ARISING"])
    other = Body.objects.create(name="Other Panel")
    sub = Body.objects.create(name="Lighting Sub Group", parent=body)

    alice_user = django_user_model.objects.create_user("alice", "alice@example.org", "alice-pass-123")
    outsider_user = django_user_model.objects.create_user("olly", "olly@example.org", "olly-pass-123")
    clerk_user = django_user_model.objects.create_user("clerk", "clerk@example.org", "clerk-pass-123")
    clerk_user.groups.add(Group.objects.get_or_create(name="clerk")[0])

    alice = Person.objects.create(name="Alice Owner", role="Station Manager", organisation=fire, user=alice_user)
    bob = Person.objects.create(name="Bob Deputy", role="Watch Manager", organisation=fire)
    carol = Person.objects.create(name="Carol Chief", role="Borough Commander", organisation=police)
    olly = Person.objects.create(name="Olly Outsider", user=outsider_user)
    Membership.objects.create(body=body, person=alice, organisation=fire, role="Station Manager",
                              start=dt.date(2016, 1, 1))
    Membership.objects.create(body=body, person=carol, organisation=police, position=Membership.CHAIR)
    Membership.objects.create(body=other, person=olly)

    # a held meeting, agenda and minutes published and approved, with Part 2 business
    held = Meeting.objects.create(body=body, date=dt.date(2017, 12, 19), start=dt.time(10), status=Meeting.HELD,
                                  published=True, minutes_published=True, minutes_status=Meeting.APPROVED,
                                  venue="Civic Centre", chair=carol)
    AgendaItem.objects.create(meeting=held, position=1, number="1", title="STREET LIGHTING")
    AgendaItem.objects.create(meeting=held, position=2, number="2", title=SECRET_AGENDA, exempt=True)
    public = Minute.objects.create(meeting=held, position=1, number="101", title="STREET LIGHTING",
                                   text=PUBLIC_TEXT)
    Resolution.objects.create(minute=public, text="the update be noted.")
    act = Action.objects.create(minute=public, text=PUBLIC_ACTION)
    ActionOwner.objects.create(action=act, initials="AO", person=alice)
    secret = Minute.objects.create(meeting=held, position=2, number="102", title=SECRET_MINUTE, text=SECRET_TEXT,
                                   exempt=True)
    Resolution.objects.create(minute=secret, text="the family be referred zqxj.")
    sact = Action.objects.create(minute=secret, text=SECRET_ACTION)
    ActionOwner.objects.create(action=sact, initials="AO", person=alice)
    Attendance.objects.create(meeting=held, person=carol, kind=Attendance.PRESENT, organisation=police, is_chair=True)
    Attendance.objects.create(meeting=held, person=alice, kind=Attendance.APOLOGIES, organisation=fire,
                              substitute=bob)
    Attendance.objects.create(meeting=held, person=bob, kind=Attendance.SUBSTITUTE, organisation=fire)
    Document.objects.create(sha256="a" * 64, filename="minutes-2017-12-19.txt", kind=Document.ORIGINAL,
                            content_type="text/plain", content=PUBLIC_TEXT.encode(), size=10, body=body,
                            meeting=held, published=True)
    Document.objects.create(sha256="b" * 64, filename=SECRET_DOC, kind=Document.REPORT, content_type="text/plain",
                            content=SECRET_TEXT.encode(), size=10, body=body, meeting=held, published=True,
                            exempt=True, title="Exempt report zqxj")

    # agenda published, minutes written but still a draft and not published
    drafted = Meeting.objects.create(body=body, date=dt.date(2018, 3, 8), status=Meeting.HELD, published=True)
    AgendaItem.objects.create(meeting=drafted, position=1, number="1", title="LIGHTING PROGRESS")
    Minute.objects.create(meeting=drafted, position=1, number="110", title="LIGHTING PROGRESS", text=DRAFT_TEXT)
    Attendance.objects.create(meeting=drafted, person=carol, kind=Attendance.PRESENT, organisation=police)
    Document.objects.create(sha256="c" * 64, filename="draft-minutes-wqpv.txt", kind=Document.MINUTES,
                            content_type="text/plain", content=DRAFT_TEXT.encode(), size=10, body=body,
                            meeting=drafted, published=True)

    # nothing published at all
    hidden = Meeting.objects.create(body=body, date=dt.date(2018, 6, 14))
    AgendaItem.objects.create(meeting=hidden, position=1, number="1", title=UNPUBLISHED_TEXT)
    Minute.objects.create(meeting=hidden, position=1, number="120", title="BUSINESS", text=UNPUBLISHED_TEXT)
    Document.objects.create(sha256="d" * 64, filename="agenda-kkrt.txt", kind=Document.AGENDA,
                            content_type="text/plain", content=UNPUBLISHED_TEXT.encode(), size=10, body=body,
                            meeting=hidden, published=False)

    return SimpleNamespace(body=body, other=other, sub=sub, held=held, drafted=drafted, hidden=hidden,
                           alice=alice, bob=bob, carol=carol, olly=olly, fire=fire, police=police,
                           alice_user=alice_user, outsider_user=outsider_user, clerk_user=clerk_user,
                           public_minute=public, secret_minute=secret, public_action=act, secret_action=sact)

@pytest.fixture
def member_client(client, world):
    client.force_login(world.alice_user)
    return client

@pytest.fixture
def outsider_client(client, world):
    client.force_login(world.outsider_user)
    return client

@pytest.fixture
def clerk_in(client, world):
    client.force_login(world.clerk_user)
    return client

@pytest.fixture
def two_clerks(world, django_user_model):
    """Two clerks signed in at once, each in their own browser."""
    from django.contrib.auth.models import Group
    from django.test import Client

    other = django_user_model.objects.create_user("clerk2", password="clerk2-pass-123")
    other.groups.add(Group.objects.get(name="clerk"))
    first, second = Client(), Client()
    first.force_login(world.clerk_user)
    second.force_login(other)
    return first, second
