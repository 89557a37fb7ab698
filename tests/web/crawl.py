"""An outsider's crawl of the whole site: every address the site links, every meeting and document by id,
every GET route of the API with every id, search for given words, the feeds; the text of everything it
can download (HTML, JSON, Atom, iCal, PDF, DOCX). And a form submitted as a browser would submit it."""
from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urldefrag, urljoin, urlsplit

from webworld import text_of

SKIP = ("/static/", "/admin/", "/accounts/", "/hub/")   # sign-in pages repeat their next= address
LINK = re.compile(r"""(?:href|src|action)=["']([^"'#]+)["']""")
JSON_URL = re.compile(r'"(/(?:api|documents|meetings|bodies|people|organisations)/[^"\s]*)"')
MAX_PAGES = 2000


def _local(url: str, base: str) -> str | None:
    url = urldefrag(urljoin(base, url.replace("&amp;", "&")))[0]
    parts = urlsplit(url)
    if parts.netloc not in ("", "testserver"):
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return None if not path.startswith("/") or path.startswith(SKIP) else path


def api_routes(client, ids: dict[str, list]) -> list[str]:
    """Every GET route of the API (from its OpenAPI schema) with every id of what it names."""
    schema = client.get("/api/openapi.json").json()
    urls = []
    for path, ops in schema["paths"].items():
        if "get" not in ops or "openapi" in path:
            continue
        params = re.findall(r"{(\w+)}", path)
        if not params:
            urls.append(path + ("?limit=1000" if "limit" in json.dumps(ops["get"].get("parameters", [])) else ""))
            continue
        first = path.strip("/").split("/")[1]          # /api/<things>/{...}
        for value in ids.get(first, []):
            urls.append(re.sub(r"{\w+}", str(value), path))
    return urls


class Crawl:
    """``Crawl(client).run(seeds)`` -> {url: text} of every 200 response reached from ``seeds``."""

    def __init__(self, client):
        self.client = client

    def run(self, seeds: list[str]) -> dict[str, str]:
        seen, texts, queue = set(), {}, list(seeds)
        while queue and len(seen) < MAX_PAGES:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            r = self.client.get(url)
            if r.status_code in (301, 302) and r.get("Location"):
                nxt = _local(r["Location"], url)
                if nxt and nxt not in seen:
                    queue.append(nxt)
                continue
            if r.status_code != 200:
                assert r.status_code < 500, f"{url} gave {r.status_code}"
                continue
            kind = r.get("Content-Type", "")
            body = b"".join(r.streaming_content) if r.streaming else r.content
            text = text_of(body, kind)
            texts[url] = self._without_echo(url, text)
            if "html" in kind:
                found = LINK.findall(text)
            elif "json" in kind or "atom" in kind or "xml" in kind or "calendar" in kind:
                found = JSON_URL.findall(text) + re.findall(r"https?://testserver(/[^\s\"<]*)", text)
            else:
                found = []
            for link in found:
                nxt = _local(link, url)
                if nxt and nxt not in seen:
                    queue.append(nxt)
        return texts

    def _without_echo(self, url: str, text: str) -> str:
        """A search page repeats what was asked: take away as many of the word as it shows for a word that
        is nowhere, so that what is left is only what it found."""
        query = parse_qs(urlsplit(url).query).get("q")
        if not query:
            return text
        word = query[0]
        control = "nowhere" + "x" * max(0, len(word) - 7)
        other = self.client.get(url.replace(f"q={word}", f"q={control}"))
        echoes = text_of(other.content, other.get("Content-Type", "")).count(control)
        return text.replace(word, "", echoes)


def leaks(texts: dict[str, str], words) -> list[str]:
    return [f"{w!r} at {url}" for url, text in texts.items() for w in words if w.lower() in text.lower()]


class _Form(HTMLParser):
    """The fields of the first form whose action matches, as a browser would submit them."""

    def __init__(self, action: str):
        super().__init__()
        self.action, self.inside, self.done, self.fields = action, False, False, []
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and not self.done and (a.get("action") or "") in ("", self.action):
            self.inside = True
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "button", "file"):
            kind, value = a.get("type", "text"), a.get("value") or ""
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind == "date":
                # the browser keeps only a valid yyyy-mm-dd; anything else it shows blank and submits blank
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    value = ""
            self.fields.append((name, value if kind not in ("checkbox", "radio") or value else "on"))
        elif tag == "select" and name:
            self._select = [name, None, None]
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            if self._select[2] is None:
                self._select[2] = value
            if "selected" in a:
                self._select[1] = value
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select" and self._select is not None:
            name, chosen, first = self._select
            self.fields.append((name, chosen if chosen is not None else (first or "")))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append(tuple(self._textarea))
            self._textarea = None
        elif tag == "form" and self.inside:
            self.inside, self.done = False, True


def resubmit(client, url: str, **changes):
    """Open the form at ``url`` and submit it as a browser would, with ``changes`` typed in."""
    page = client.get(url)
    assert page.status_code == 200, url
    form = _Form(url)
    form.feed(page.content.decode())
    data: dict[str, list[str]] = {}
    for name, value in form.fields:
        data.setdefault(name, []).append(value)
    for name, value in changes.items():
        data[name] = [value]
    return client.post(url, data)
