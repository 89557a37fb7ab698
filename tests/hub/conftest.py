"""Fixtures of the hub's tests: the shipped Restore:London configuration loaded (``hubworld.make_hub``), users of
each role, and a real SMTP server (aiosmtpd) for the e-mail."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hubworld import make_hub, parties, referral_fields  # noqa: E402


@pytest.fixture(autouse=True)
def fast(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def smtp(settings):
    import smtp as smtpmod

    controller, inbox = smtpmod.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    yield inbox
    controller.stop()


@pytest.fixture
def hub(db, django_user_model):
    return make_hub(django_user_model)


@pytest.fixture
def refer(hub):
    from minutebook.hub import workflow

    def make(**kw):
        who = kw.pop("parties", None) or parties()
        return workflow.intake(hub.service, referral_fields(hub, **kw), who, user=hub.officer)
    return make
