"""Behind the API's own checks, a value the database refuses (DataError: too long, out of range; SQLite's
OverflowError) is answered 422 with a one-line detail, not a 500, and logged with its traceback."""
import logging

import pytest
from django.db import DataError
from django.test import Client

from minutebook.store import visibility


@pytest.mark.parametrize("error", [DataError("value too long for type character varying(10)"),
                                   OverflowError("Python int too large to convert to SQLite INTEGER")])
def test_a_database_refusal_is_422_and_logged(db, monkeypatch, caplog, error):
    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr(visibility, "visible_bodies", refuse)
    with caplog.at_level(logging.ERROR):
        r = Client(raise_request_exception=False).get("/api/bodies")
    assert r.status_code == 422
    assert r.json() == {"detail": "a value cannot be stored (too long or out of range)"}
    [record] = [rec for rec in caplog.records if rec.name == "minutebook.web.api"]
    assert record.exc_info[1] is error and "/api/bodies" in record.getMessage()
