"""`minutebook serve` collects the static files once: a second start with the same sources skips the
minutes-long compression, a changed source collects again; only the files the pages load are collected."""
from __future__ import annotations

import os
from unittest import mock

import pytest

from django.test import override_settings

from minutebook.cli.web import _collect_static


@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="no database in it: run once, on SQLite")
def test_second_start_skips_collectstatic_and_a_change_collects_again(tmp_path):
    root = tmp_path / "static"
    with override_settings(STATIC_ROOT=str(root)):
        _collect_static()
        assert (root / "staticfiles.json").exists() and (root / "govuk" / "govuk-frontend.min.js").exists()
        assert not list(root.rglob("*.map")) and not list(root.rglob("*.scss"))
        assert not (root / "govuk-prototype-kit").exists()
        with mock.patch("django.core.management.call_command") as collect:
            _collect_static()
        collect.assert_not_called()
        (root / ".collected").write_text("sources have changed")
        with mock.patch("django.core.management.call_command") as collect:
            _collect_static()
        collect.assert_called_once()
