"""Render the public's pages into the page cache before anyone asks for them.

The page cache (``pagecache``) keeps a page once a reader has asked for it, and every change to the record
starts it again. Without more, the first reader of each page after a change waits for it to be rendered,
and under load those first visits are what make the slow tail. So after a change, and on the first
uncached page of each day (pages are kept per date), a background task renders every public page in turn:
the home page, the calendar, each body's page and each public meeting's page, newest meeting first.

- It renders as the public: an anonymous GET through Django's own request handling, so the page kept is
  exactly the page a reader would have been given, and only where the page cache would keep it (a page
  holding anything private is never anonymous, see ``pagecache``).
- It renders for each address the site is read at: ``MINUTEBOOK_SITE_URL`` (comma-separated) and every
  scheme and host the page cache has kept a page for.
- It stops as soon as the record changes again; the change queues the next run.
- ``minutebook prerender`` runs it in the terminal with progress; ``MINUTEBOOK_PRERENDER_AFTER`` (seconds,
  default 5; ``off`` to stop it) is how long a change waits before the run, so a burst of edits costs one.
"""
from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from minutebook.web import pagecache

QUEUED_KEY = "minutebook:prerender-queued"


def public_paths() -> Iterator[str]:
    """Every public page worth keeping warm, the most read first: home, calendar, bodies, then each
    meeting the public may see, newest first."""
    from minutebook.store import visibility as vis
    from minutebook.store.models import Body, Meeting

    yield reverse("home")
    yield reverse("calendar")
    for slug in Body.objects.filter(merged_into__isnull=True).order_by("name").values_list("slug", flat=True):
        yield reverse("body", args=[slug])
    public = vis.visible_meetings(AnonymousUser(), Meeting.objects.all())
    for pk in public.order_by("-date", "-pk").values_list("pk", flat=True):
        yield reverse("meeting", args=[pk])


def origins() -> list[str]:
    """The scheme://host addresses the public reads the site at."""
    configured = [o.strip().rstrip("/") for o in getattr(settings, "MINUTEBOOK_SITE_URL", "").split(",") if o.strip()]
    return list(dict.fromkeys(configured + pagecache.seen_origins()))


def _request(origin: str, path: str) -> WSGIRequest:
    parts = urlsplit(origin)
    https = parts.scheme == "https"
    return WSGIRequest({
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "SCRIPT_NAME": "", "QUERY_STRING": "",
        "SERVER_NAME": parts.hostname or "localhost", "SERVER_PORT": str(parts.port or (443 if https else 80)),
        "HTTP_HOST": parts.netloc, "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": parts.scheme or "http",
        "wsgi.input": io.BytesIO(b""), "wsgi.errors": sys.stderr, "REMOTE_ADDR": "127.0.0.1",
        "minutebook.prerender": True,
    })


def prerender(progress: Callable[[int, int], None] | None = None, sites: list[str] | None = None) -> dict:
    """Render every public page not already kept under the current record version, for ``sites``
    (scheme://host addresses; default: ``origins()``). Returns counts:
    rendered, kept (already there), skipped (not kept: an error or a page the cache may not keep), and
    stopped (True when the record changed part way)."""
    handler = BaseHandler()
    handler.load_middleware()
    version = pagecache.record_version()
    paths = list(public_paths())
    targets = [(origin, path) for origin in (origins() if sites is None else sites) for path in paths]
    counts = {"pages": len(targets), "rendered": 0, "kept": 0, "skipped": 0, "stopped": False}
    for done, (origin, path) in enumerate(targets, 1):
        if pagecache.record_version() != version:
            counts["stopped"] = True
            break
        response = handler.get_response(_request(origin, path))
        state = response.get("X-Page-Cache")
        counts["rendered" if state == "miss" else "kept" if state == "hit" else "skipped"] += 1
        if progress:
            progress(done, len(targets))
    return counts


@task()
def prerender_task() -> dict:
    from minutebook.store.publication import note_publication

    if note_publication():        # when agendas and minutes became public (the Atom feed's dates)
        pagecache.flush()         # part of the record: a new version before the pages are rendered
    pagecache.shared().delete(QUEUED_KEY)      # a change from now on queues another run
    return prerender()


def delay() -> float | None:
    value = str(getattr(settings, "MINUTEBOOK_PRERENDER_AFTER", "5")).strip().lower()
    if value in ("", "off", "no", "false", "none"):
        return None
    return max(0.0, float(value))


def schedule() -> None:
    """Queue one run (none if one is already waiting), ``MINUTEBOOK_PRERENDER_AFTER`` seconds from now."""
    wait = delay()
    if wait is None:
        return
    if not pagecache.shared().add(QUEUED_KEY, "1", timeout=wait + 600):
        return          # one is waiting and has not started: it will see this change
    run = prerender_task
    if wait and run.get_backend().supports_defer:
        run = run.using(run_after=timezone.now() + timedelta(seconds=wait))
    try:
        run.enqueue()
    except Exception:
        pagecache.shared().delete(QUEUED_KEY)
        raise
