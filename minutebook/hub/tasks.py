"""Background jobs of the hub (django-tasks): e-mail to referrers, sent by the worker after the change commits."""
from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone
from django_tasks import task


@task()
def send_message(message_id: int) -> str:
    from minutebook.hub.models import Message

    message = Message.objects.filter(pk=message_id, sent__isnull=True).first()
    if message is None:
        return "nothing to send"
    try:
        send_mail(message.subject, message.body, settings.DEFAULT_FROM_EMAIL, [message.to])
    except Exception as exc:        # kept for the next try; the referrer's page shows the status anyway
        Message.objects.filter(pk=message.pk).update(error=f"{type(exc).__name__}: {exc}"[:1000])
        raise
    Message.objects.filter(pk=message.pk).update(sent=timezone.now(), error="")
    return "sent"


REMIND_AT_HOUR = 7          # the daily run, local time (and once whenever the worker starts)


@task()
def remind_deadlines() -> str:
    """E-mail the owners of cases whose Victims' Code deadline is near or past; then queue tomorrow's run."""
    from minutebook.hub.deadlines import remind

    made = remind()
    schedule_reminders(after_today=True)
    return f"{made} reminders"


def schedule_reminders(after_today: bool = False) -> bool:
    """Queue the next run of :func:`remind_deadlines` (now, or tomorrow at REMIND_AT_HOUR), unless one is
    queued already. Only on a backend that can defer (the database backend of ``minutebook worker``)."""
    import datetime as dt

    backend = remind_deadlines.get_backend()
    if not backend.supports_defer:
        return False
    try:
        from django_tasks_db.models import DBTaskResult
        from django_tasks.base import TaskResultStatus
    except ImportError:        # another deferring backend: no way to see what is queued, so queue
        DBTaskResult = None
    if DBTaskResult is not None and DBTaskResult.objects.filter(
            task_path=remind_deadlines.module_path, status=TaskResultStatus.READY).exists():
        return False
    when = timezone.now()
    if after_today:
        tomorrow = timezone.localdate() + dt.timedelta(days=1)
        when = timezone.make_aware(dt.datetime.combine(tomorrow, dt.time(REMIND_AT_HOUR)))
    remind_deadlines.using(run_after=when).enqueue()
    return True
