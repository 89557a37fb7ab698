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
