"""`minutebook serve` is gunicorn with whitenoise (hashed, compressed static files, cached for ever), and
says so; `minutebook serve --check` runs Django's deployment checks with the environment's settings."""
from __future__ import annotations

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path, **extra):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MINUTEBOOK_DATA": str(tmp_path), **extra}
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)       # set by the browser tests' Playwright; never in a deployment
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_check_reports_an_insecure_deployment_and_passes_a_secure_one(tmp_path):
    run = [sys.executable, "-m", "minutebook", "serve", "--check"]
    insecure = subprocess.run(run, env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    out = insecure.stdout + insecure.stderr
    assert "security.W012" in out and "security.W016" in out         # session and CSRF cookies not secure
    assert "security.W009" in out                                     # the development secret key
    secure = subprocess.run(run, env=_env(tmp_path, MINUTEBOOK_SECURE="1", MINUTEBOOK_SECRET_KEY=secrets.token_urlsafe(60),
                                          MINUTEBOOK_ALLOWED_HOSTS="meetings.example.org"),
                            capture_output=True, text=True, timeout=120)
    out = secure.stdout + secure.stderr
    assert secure.returncode == 0, out
    assert not re.search(r"security\.W0(08|09|12|16|20)\b", out), out


def test_serve_runs_gunicorn_with_whitenoise(tmp_path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "minutebook", "serve", "--port", str(port), "--workers", "1"],
                            env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        first = proc.stdout.readline()
        assert "gunicorn" in first and "whitenoise (compressed, cache-busted)" in first, first
        deadline = time.monotonic() + 60
        while True:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read().decode()
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.5)
        css = re.search(r'/static/web/site\.[0-9a-f]{12}\.css', page)
        assert css, "static files are not cache-busted"
        request = urllib.request.Request(f"http://127.0.0.1:{port}{css.group(0)}", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=5) as r:
            assert r.headers["Content-Encoding"] == "gzip"
            assert "immutable" in r.headers["Cache-Control"]
        assert (tmp_path / "static" / "staticfiles.json").exists()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
