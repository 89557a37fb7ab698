"""Playwright in Debian's chromium (never a downloaded browser) against pytest-django's live server."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")   # Playwright's sync API runs an event loop

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def chromium():
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url, accept_downloads=True,
                                   viewport={"width": 1200, "height": 900})
    context.set_default_timeout(20000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def fast_settings(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return settings


@pytest.fixture
def demo_site(transactional_db, fast_settings, django_user_model):
    """The seeds ingested and published (as `minutebook demo` does), a clerk, and a member who is
    Terry Gooding."""
    from django.contrib.auth.models import Group

    from minutebook.store.ingest import ingest_paths
    from minutebook.store.models import Document, Person
    from minutebook.web.publishing import publish_document, show_issued_minutes_as_approved
    from tests_browser_paths import SEED_MINUTES, SEED_PACK

    summary = ingest_paths([SEED_PACK, SEED_MINUTES])
    assert not summary.failed, summary.errors
    for doc in Document.objects.all():
        publish_document(doc)
    show_issued_minutes_as_approved()
    clerk = django_user_model.objects.create_user("clerk", password="clerk-pass-123")
    clerk.groups.add(Group.objects.get_or_create(name="clerk")[0])
    member = django_user_model.objects.create_user("terry", password="terry-pass-123")
    terry = Person.objects.get(name="Terry Gooding")
    terry.user = member
    terry.save()
    return {"clerk": clerk, "member": member, "terry": terry}
