"""Rendered public pages kept for the public, dropped the moment the record changes.

What the public sees of a meeting, a body, a search or the API is the same for every anonymous reader, so
it is rendered once and kept in the ``pages`` cache under (host, scheme, path, query string, the htmx
headers, today's date, *the record version*). The record version is a token in the ``shared`` cache (a database table, so
every server process reads the same one); it changes whenever anything in the record changes:

- every INSERT, UPDATE or DELETE on a ``store_`` or ``search_`` table is noticed where it is executed (a
  database execute wrapper), so saves, deletes, ``QuerySet.update()`` (publishing, marking exempt) and
  bulk writes all count, whoever makes them;
- the version is changed when a transaction that wrote commits, and after any request, background task
  or command that wrote (before the response is sent), and before the next page lookup on the same
  connection; never in the middle of a statement (doing so from the execute wrapper disturbs a pending
  INSERT ... RETURNING).

Only GETs without a session or messages cookie or an Authorization header (so anonymous) are served from
or stored in the cache; nothing that sets a cookie, holds a CSRF token, varies on other headers or is not
a 200 is stored. Signed-in users and API token holders always get a freshly rendered page.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.db import connections, transaction
from django.db.backends.signals import connection_created
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone

log = logging.getLogger(__name__)
VERSION_KEY = "minutebook:record-version"
ORIGINS_KEY = "minutebook:origins"
PAGE_NAMES = {"home", "body", "calendar", "meeting", "search"}
_API = re.compile(r"^/api/(?!.*download)")
_WRITE = re.compile(r'^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+[`"]?(store|search)_', re.I)
# the request headers a page may vary on, all part of the key
KEY_HEADERS = ("HX-Request", "HX-Boosted", "HX-Target")
# a response varying on other headers is not kept ("Cookie": only requests without a session or
# messages cookie are looked up, and a page that used the CSRF cookie is never kept)
_VARY_OK = {"cookie", *(h.lower() for h in KEY_HEADERS)}


def shared():
    return caches["shared"]


def _pages():
    return caches["pages"]


class PageFileCache(FileBasedCache):
    """Django's file cache, culling at most once a minute per process and in a thread of its own: its
    own cull lists the whole directory on every set, which took 30 ms with 17,000 pages kept (most of
    them under old versions), and deleting a third of them took a second."""

    CULL_SECONDS = 60
    _lock = threading.Lock()
    _next_cull = 0.0

    def _cull(self):
        with self._lock:
            now = time.monotonic()
            if now < PageFileCache._next_cull:
                return
            PageFileCache._next_cull = now + self.CULL_SECONDS
        threading.Thread(target=self._cull_quietly, daemon=True, name="page-cache-cull").start()

    def _cull_quietly(self):
        try:
            super()._cull()
        except OSError:       # another process culled the same files
            pass


# ---------------------------------------------------------------- the record version

def record_version() -> str:
    flush()
    version = shared().get(VERSION_KEY)
    if version is None:
        version = bump()
    return version


def bump() -> str:
    """A new record version: every page kept so far is out of date (and the pages are rendered again in
    the background, see ``prerender``)."""
    version = uuid.uuid4().hex
    connections["default"]._minutebook_dirty = False
    shared().set(VERSION_KEY, version, None)
    _prerender_later()
    return version


def _prerender_later() -> None:
    from minutebook.web import prerender

    try:
        prerender.schedule()
    except Exception:        # the pages are still rendered when asked for; a change is never refused for this
        log.exception("could not queue the pages to be rendered again")


# ---------------------------------------------------------------- where the public reads the site

ORIGIN_DAYS = 2        # an address nobody has read the site at for this long is no longer rendered for


def _origins() -> dict[str, str]:
    """{scheme://host: the last day a page was rendered for it} (anything else kept there counts as none)."""
    kept = shared().get(ORIGINS_KEY)
    return {o: d for o, d in kept.items() if isinstance(o, str) and isinstance(d, str)} if isinstance(kept, dict) else {}


def _recent(origins: dict[str, str]) -> dict[str, str]:
    since = (timezone.localdate() - dt.timedelta(days=ORIGIN_DAYS)).isoformat()
    return {o: day for o, day in origins.items() if day >= since}


def seen_origins() -> list[str]:
    """The scheme://host addresses the cache has kept pages for lately (``prerender`` renders for them)."""
    return sorted(_recent(_origins()))


def _note_origin(request) -> None:
    """(Only after a page was rendered for the cache: one more cache read beside the rendering.)"""
    origin, today = f"{request.scheme}://{request.get_host()}", timezone.localdate().isoformat()
    known = _origins()
    if known.get(origin) != today:
        shared().set(ORIGINS_KEY, _recent(known) | {origin: today}, None)


_day_scheduled = [""]


def _first_miss_of_the_day() -> None:
    """Pages are kept per date: the first page rendered on a new day has the rest rendered too."""
    today = timezone.localdate().isoformat()
    if _day_scheduled[0] != today:
        _day_scheduled[0] = today
        if shared().add(f"minutebook:prerender-day:{today}", "1", timeout=2 * 86400):
            _prerender_later()


def flush(**kwargs) -> None:
    """Bump the version if this thread's connection wrote to the record since it was last bumped."""
    if getattr(connections["default"], "_minutebook_dirty", False):
        bump()      # (connecting again if the connection was closed since: a command's autocommit writes)


def _after_commit():
    bump()


def _noticing_writes(execute, sql, params, many, context):
    """Note a write to the record; the version is changed later, never in the middle of a statement."""
    result = execute(sql, params, many, context)
    if isinstance(sql, str) and _WRITE.match(sql):
        conn = context["connection"]
        conn._minutebook_dirty = True
        if conn.in_atomic_block and not any(func is _after_commit for _, func, _ in conn.run_on_commit):
            transaction.on_commit(_after_commit, using=conn.alias)
    return result


def _install(sender, connection, **kwargs):
    if _noticing_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(_noticing_writes)


def connect() -> None:
    """Notice writes on every connection; bump after each request and background task that wrote, and at exit."""
    import atexit

    from django.core.signals import request_finished
    from django_tasks.signals import task_finished

    connection_created.connect(_install, dispatch_uid="minutebook-pagecache")
    for conn in connections.all(initialized_only=True):
        _install(None, conn)
    request_finished.connect(flush, dispatch_uid="minutebook-pagecache-request")
    task_finished.connect(flush, dispatch_uid="minutebook-pagecache-task")
    atexit.register(_flush_quietly)


def _flush_quietly():
    try:
        flush()
    except Exception:        # the database may be gone at exit: nothing is cached then either
        pass


# ---------------------------------------------------------------- the middleware

def _cacheable(request) -> bool:
    """A GET without a session cookie (so anonymous), a messages cookie (whose pages differ) or credentials."""
    if request.method != "GET" or "HTTP_AUTHORIZATION" in request.META:
        return False
    return not ({settings.SESSION_COOKIE_NAME, getattr(settings, "MESSAGE_COOKIE_NAME", "messages")}
                & request.COOKIES.keys())


def _key(request) -> str:
    parts = [request.get_host(), request.scheme, request.path, request.META.get("QUERY_STRING", ""),
             *(request.headers.get(h, "") for h in KEY_HEADERS), timezone.localdate().isoformat(),
             record_version()]
    return "page:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _storable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # a page holding a CSRF token belongs to its reader's cookie
    if request.META.get("CSRF_COOKIE_USED") or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if getattr(request, "session", None) is not None and request.session.modified:
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    return vary <= _VARY_OK and "no-store" not in response.get("Cache-Control", "")


def _applies(request) -> bool:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.url_name in PAGE_NAMES or bool(_API.match(request.path_info))


class PublicPageCache:
    """Serve anonymous readers the meeting, body, calendar, home and search pages and the API's reads
    from the ``pages`` cache (see the module's docstring).

    It sits next to the outside of the middleware stack (after SecurityMiddleware), so a page kept for the
    public costs two cache reads and none of the inner middleware. That is sound because a request that
    gets this far without a session cookie or an Authorization header can only be anonymous; what the
    inner middleware add to a response (headers) is kept with it, and a response they gave a cookie is
    never kept."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = getattr(settings, "MINUTEBOOK_PAGE_SECONDS", 3600)

    def __call__(self, request):
        key = _key(request) if _cacheable(request) and _applies(request) else None
        if key is not None:
            kept = _pages().get(key)
            if kept is not None:
                status, headers, content = kept
                response = HttpResponse(content, status=status)
                for name, value in headers:
                    response[name] = value
                response["X-Page-Cache"] = "hit"
                return response
        response = self.get_response(request)
        flush()        # what this request wrote shows before its response is sent
        if key is not None and _storable(request, response):
            _pages().set(key, (response.status_code, list(response.items()), response.content), self.timeout)
            response["X-Page-Cache"] = "miss"
            if not request.META.get("minutebook.prerender"):
                try:         # for the background rendering only: never at the cost of the page
                    _note_origin(request)
                    _first_miss_of_the_day()
                except Exception:
                    log.exception("could not note where the site is read from")
        return response
