"""`minutebook demo` loads the seeds, publishes them, and makes a clerk and a member with actions."""
import os
from pathlib import Path

from click.testing import CliRunner
from django.test import Client

from minutebook.cli import main

SEEDS = Path(os.environ.get("MINUTEBOOK_SHARED", Path(__file__).resolve().parents[2].parent / "shared")) / "seeds"


def test_demo_without_serving(db, monkeypatch, settings):
    from minutebook.store import visibility as vis
    from minutebook.store.models import Meeting

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.setattr("minutebook.cli.web._django", lambda: None)
    monkeypatch.setenv("MINUTEBOOK_CLERK_PASSWORD", "clerk-demo-pass")
    monkeypatch.delenv("MINUTEBOOK_MEMBER_PASSWORD", raising=False)
    result = CliRunner().invoke(main, ["demo", "--seeds", str(SEEDS), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "2 ingested" in result.output
    assert "user member (member, " in result.output and "clerk-demo-pass" not in result.output
    meeting = Meeting.objects.get(date="2017-12-19")
    assert vis.can_see_minutes(None, meeting)
    client = Client()
    assert client.login(username="clerk", password="clerk-demo-pass")
    assert client.get("/clerk/").status_code == 200
    from django.contrib.auth.models import User

    member = User.objects.get(username="member")
    assert vis.person_of(member).owned.exists()
    # a second run changes nothing and prints no new passwords
    again = CliRunner().invoke(main, ["demo", "--seeds", str(SEEDS), "--no-serve"])
    assert again.exit_code == 0 and "password" not in again.output and "2 unchanged" in again.output


def test_missing_seeds_folder(db, monkeypatch):
    monkeypatch.setattr("minutebook.cli.web._django", lambda: None)
    result = CliRunner().invoke(main, ["demo", "--seeds", "/nonexistent/seeds", "--no-serve"])
    assert result.exit_code == 2 and "no such folder" in result.output


def test_demo_loads_the_referral_hub_with_its_users(db, monkeypatch, settings):
    from django.contrib.auth.models import User

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.setattr("minutebook.cli.web._django", lambda: None)
    monkeypatch.setenv("MINUTEBOOK_HUB_PASSWORD", "hub-demo-pass")
    result = CliRunner().invoke(main, ["demo", "--seeds", str(SEEDS), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "Restore:London, 5 spokes, 33 areas" in result.output and "hub-demo-pass" not in result.output
    client = Client()
    assert client.login(username="hub-coordinator", password="hub-demo-pass")
    assert client.get("/hub/queue").status_code == 200
    assert client.login(username="referrer", password="hub-demo-pass")
    assert client.get("/hub/refer").status_code == 200
    assert User.objects.get(username="se-practitioner-1").groups.filter(name="practitioner").exists()
