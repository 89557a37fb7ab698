"""A case whose first contact comes due, then goes past its day, is on the coordinator's list, and the background
worker e-mails its owner (through a real SMTP server) once when it is near and once when it is overdue."""
import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from minutebook.hub import deadlines as HD
from minutebook.hub import tasks
from minutebook.hub import workflow as W
from minutebook.hub.models import Case, Message
from minutebook.hub.rules import deadlines as D

OPENED = dt.date(2018, 1, 2)                 # a Tuesday: 5 working days is Tuesday 9 January


@pytest.fixture
def case(hub, refer):
    r = W.screen(refer(), hub.coordinator, direct_victim="yes", offender_admits="yes")
    Case.objects.filter(referral=r).update(opened=timezone.make_aware(dt.datetime.combine(OPENED, dt.time(10))))
    r.case.refresh_from_db()
    Message.objects.all().delete()           # the referrer's status e-mails: not what this test looks at
    return r


def test_owner_is_emailed_once_near_and_once_overdue(hub, case, smtp, django_capture_on_commit_callbacks):
    owner = case.case.practitioner.email
    with django_capture_on_commit_callbacks(execute=True):
        assert HD.remind(dt.date(2018, 1, 5)) == 0           # Friday: two working days left
        assert HD.remind(dt.date(2018, 1, 8)) == 1           # Monday: due tomorrow
        assert HD.remind(dt.date(2018, 1, 8)) == 0           # not twice
    near = smtp.wait_for(owner, 1)
    assert near[0]["subject"] == f"Referral {case.reference}: first contact due soon"
    assert "due on Tuesday 9 January 2018" in near[0]["body"]
    with django_capture_on_commit_callbacks(execute=True):
        assert HD.remind(dt.date(2018, 1, 11)) == 1
        assert HD.remind(dt.date(2018, 1, 12)) == 0
    mail = smtp.wait_for(owner, 2)
    assert mail[1]["subject"] == f"Referral {case.reference}: first contact overdue"
    assert "2 working days overdue" in mail[1]["body"]
    for m in mail:                                           # no one is named in a reminder
        for secret in ("Vera", "Owen", "Shed broken into", "vera@example.org"):
            assert secret not in m["body"] and secret not in m["subject"]
    assert set(Message.objects.values_list("kind", flat=True)) == {"deadline:first_contact:near",
                                                                   "deadline:first_contact:overdue"}
    assert Message.objects.filter(sent__isnull=True).count() == 0


def test_the_worker_task_emails_the_owner_and_the_coordinator_sees_it_overdue(hub, case, smtp,
                                                                               django_capture_on_commit_callbacks):
    owner = case.case.practitioner.email
    with django_capture_on_commit_callbacks(execute=True):
        result = tasks.remind_deadlines.enqueue()           # the worker's daily run (immediate backend here)
    assert result.return_value == "1 reminders"
    assert smtp.wait_for(owner, 1)[0]["subject"].endswith("first contact overdue")
    client = Client()
    client.force_login(hub.coordinator)
    page = client.get("/hub/deadlines").content.decode()
    assert case.reference in page and 'data-state="overdue"' in page and "Not yet" not in page
    assert case.case.practitioner.name in page
    for other in (hub.se1.user, hub.analyst, hub.officer, hub.clerk):
        c = Client()
        c.force_login(other)
        assert c.get("/hub/deadlines").status_code == 404


def test_recording_the_first_contact_takes_the_case_off_the_list(hub, case, smtp, django_capture_on_commit_callbacks):
    assert [d.referral.pk for d in HD.attention(dt.date(2018, 1, 10))] == [case.pk]
    practitioner = case.case.practitioner.user
    with pytest.raises(W.HubError, match="before the case was allocated"):
        W.record_first_contact(case, practitioner, dt.date(2018, 1, 1), case.parties.first(), "telephone")
    W.record_first_contact(case, practitioner, dt.date(2018, 1, 10), case.parties.first(), "telephone")
    assert HD.attention(dt.date(2018, 1, 10)) == []
    got = {d.kind: d for d in HD.deadlines_of(case, dt.date(2018, 1, 20))}
    assert (got[D.FIRST_CONTACT].state, got[D.FIRST_CONTACT].late) == (D.MISSED, 1)
    with django_capture_on_commit_callbacks(execute=True):
        assert HD.remind(dt.date(2018, 1, 20)) == 0
    assert smtp.to(case.case.practitioner.email) == []
    assert case.events.filter(what__startswith="First contact with Vera Victim (telephone)").exists()


def test_the_worker_queues_one_daily_run_on_the_database_backend(db, settings):
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    assert tasks.schedule_reminders() is True
    assert tasks.schedule_reminders() is False          # one is waiting already
    rows = DBTaskResult.objects.filter(task_path=tasks.remind_deadlines.module_path, status=TaskResultStatus.READY)
    assert rows.count() == 1
    DBTaskResult.objects.all().delete()
    assert tasks.schedule_reminders(after_today=True) is True
    row = DBTaskResult.objects.get()
    local = timezone.localtime(row.run_after)
    assert local.date() == timezone.localdate() + dt.timedelta(days=1) and local.hour == tasks.REMIND_AT_HOUR
