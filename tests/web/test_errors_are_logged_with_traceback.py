"""An unhandled error is logged (django.request, at ERROR, with its traceback) to standard error, for a
page and for the API, and the caller gets a plain 500."""
import logging

from django.conf import settings
from django.test import Client

from minutebook.store import visibility


def _boom(*args, **kwargs):
    raise RuntimeError("forced for the test")


def test_an_unhandled_error_is_logged_with_its_traceback(db, monkeypatch, caplog):
    monkeypatch.setattr(visibility, "visible_bodies", _boom)
    with caplog.at_level(logging.ERROR, logger="django.request"):
        r = Client(raise_request_exception=False).get("/api/bodies")
    assert r.status_code == 500
    [record] = [rec for rec in caplog.records if rec.name == "django.request"]
    assert record.levelno == logging.ERROR and "/api/bodies" in record.getMessage()
    assert record.exc_info and record.exc_info[0] is RuntimeError


def test_the_log_goes_to_standard_error():
    django_logger = settings.LOGGING["loggers"]["django"]
    assert django_logger["level"] in ("ERROR", "WARNING", "INFO", "DEBUG")
    handlers = [settings.LOGGING["handlers"][name] for name in django_logger["handlers"]]
    assert any(h["class"] == "logging.StreamHandler" and h.get("stream", "ext://sys.stderr") == "ext://sys.stderr"
               for h in handlers)
    assert any(isinstance(h, logging.StreamHandler) for h in logging.getLogger("django").handlers)
