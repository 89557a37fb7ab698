"""The usual defences: sign-in throttling (django-axes), a Content-Security-Policy, HSTS and an HTTPS
redirect with MINUTEBOOK_SECURE=1, a clerk's idle time-out, and the sandbox on every served paper."""
import os
import subprocess
import sys
import time
from pathlib import Path

from django.test import Client
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]


def test_forty_wrong_passwords_then_the_right_one_does_not_sign_in(world):
    client = Client()
    for _ in range(40):
        client.post(reverse("login"), {"username": "alice", "password": "guess"})
    r = client.post(reverse("login"), {"username": "alice", "password": "alice-pass-123"})
    assert r.status_code == 429 and "Too many attempts to sign in" in r.content.decode()
    assert client.get(reverse("my-actions")).status_code == 302          # not signed in
    # another user is not locked out by alice's attacker
    assert Client().post(reverse("login"), {"username": "clerk", "password": "clerk-pass-123"}).status_code == 302


def test_a_few_wrong_passwords_then_the_right_one_signs_in(world):
    client = Client()
    for _ in range(3):
        client.post(reverse("login"), {"username": "alice", "password": "guess"})
    assert client.post(reverse("login"), {"username": "alice", "password": "alice-pass-123"}).status_code == 302


def test_pages_carry_a_content_security_policy(client, world):
    policy = client.get("/").headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
    assert directives["script-src"] == "'self'"                   # no inline or injected script runs
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    html = client.get("/").content.decode()
    assert "<script>" not in html and "<script type=\"module\">" not in html


def test_every_served_paper_is_sandboxed(client, world):
    for url in [f"/meetings/{world.held.pk}/minutes.html", f"/meetings/{world.held.pk}/minutes.pdf",
                f"/meetings/{world.held.pk}/agenda.html", f"/api/documents/{world.held.documents.filter(exempt=False).first().pk}/download"]:
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["Content-Security-Policy"] == "sandbox", url


def test_secure_setting_redirects_to_https_and_sends_hsts(tmp_path):
    code = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "c = Client()\n"
        "r = c.get('/static/web/site.css')\n"
        "print(r.status_code, r.headers.get('Location'))\n"
        "r = c.get('/static/web/site.css', headers={'X-Forwarded-Proto': 'https'})\n"
        "print(r.status_code, r.headers.get('Strict-Transport-Security'))\n")
    env = {**os.environ, "MINUTEBOOK_SECURE": "1", "DJANGO_SETTINGS_MODULE": "minutebook.web.settings",
           "MINUTEBOOK_DATA": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
                         cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.split("\n")[:2]
    assert first == "301 https://testserver/static/web/site.css"
    assert second.startswith("200 max-age=31536000")


def test_an_idle_clerk_is_signed_out(clerk_in, world, settings):
    assert clerk_in.get(reverse("clerk-home")).status_code == 200
    session = clerk_in.session
    session["clerk_seen"] = int(time.time()) - settings.MINUTEBOOK_CLERK_IDLE_MINUTES * 60 - 5
    session.save()
    r = clerk_in.get(reverse("clerk-home"))
    assert r.status_code == 302 and r.url.startswith(reverse("login"))
    assert clerk_in.get(reverse("clerk-home")).status_code == 302       # signed out for good
    r = clerk_in.get(reverse("login"))
    assert "minutes without activity" in r.content.decode()


def test_an_active_clerk_stays_signed_in(clerk_in, world, settings):
    clerk_in.get(reverse("clerk-home"))
    session = clerk_in.session
    session["clerk_seen"] = int(time.time()) - settings.MINUTEBOOK_CLERK_IDLE_MINUTES * 60 + 60
    session.save()
    assert clerk_in.get(reverse("clerk-home")).status_code == 200
    assert clerk_in.session.get_expiry_age() <= settings.MINUTEBOOK_CLERK_IDLE_MINUTES * 60
