"""Web benchmark: meeting pages, search and the API under 50 concurrent clients, on PostgreSQL.

    .venv/bin/python benchmarks/web.py [--reuse] [--clients 50] [--levels 1,10] [--modes cold,warm,uncached]
                                       [--think 0] [--seconds 15] [--requests 3000]

1. Builds a synthetic but realistic record in its own database ``minutebook_bench`` on the server of
   MINUTEBOOK_BENCH_PG (default postgresql://postgres@127.0.0.1:5432/postgres): 20 bodies x 10 years x
   10 meetings, 25 minutes each (50,000 minutes) with narrative made from partnership phrases,
   resolutions, actions with owners, agenda items, attendance and a minutes document per meeting;
   written with bulk_create and indexed for search in bulk. ``--reuse`` keeps an existing build.
2. Serves the app on 127.0.0.1 with gunicorn (gthread workers) where it is installed, else a
   threading wsgiref server, and says which.
3. Sends requests from --clients keep-alive connections (asyncio, one thread, loopback only), bounded by
   --requests and --seconds per target, to the meeting page, the search page and the API, and prints
   p50/p95/p99 latency, requests per second and the share served from the page cache for each, as the
   public would see them. Readers ask for every public meeting, the newest far more often than old ones,
   and search for partnership words from a fixed vocabulary, a few of them often (see ``targets``).
   At --clients it measures the page cache cold (emptied just before), warm (every public page rendered
   again, as the worker does after a change) and bypassed.

Prints figures; it is not a test. Target: p95 under 100 ms for search and meeting pages. The load
generator runs on the same machine as the server and the database, so they share its cores.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import http.client
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote_plus, urlsplit

ROOT = Path(__file__).resolve().parents[1]
PG = os.environ.get("MINUTEBOOK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
DB_NAME = "minutebook_bench"
TARGET_MS = 100.0

# ---------------------------------------------------------------- vocabulary

AGENCIES = ["Metropolitan Police", "London Fire Brigade", "National Probation Service", "Oxleas NHS Foundation Trust",
            "London Ambulance Service", "Community Rehabilitation Company", "Victim Support",
            "Safer Neighbourhood Board", "Clinical Commissioning Group", "Youth Offending Service",
            "Mayor's Office for Policing and Crime", "Housing Association Forum"]
COUNCILS = ["Ashbury", "Brockhurst", "Carrow", "Denholm", "Elmstead", "Fairlop", "Greystoke", "Hollins",
            "Ingleby", "Jarrow Vale"]
BODY_KINDS = ["Safer {c} Partnership Strategic Group", "{c} Domestic Abuse Sub-Group"]
FIRST = ["Amanda", "Barbara", "Charles", "Deirdre", "Edward", "Fiona", "Gillian", "Harjit", "Imran", "Janet",
         "Kate", "Laurie", "Mark", "Nigel", "Olu", "Philip", "Rachel", "Sharon", "Terry", "Victoria", "Wendy",
         "Yusuf", "Zara", "Betty", "Dan", "Rob", "Sara", "Trevor", "Lucien", "Anne"]
LAST = ["Mumford", "Godfrey", "Clare", "Bryant", "Hughes", "Patel", "Okafor", "Lymer", "Davies", "Bailey",
        "Gooding", "Grasty", "Bowen", "Jones", "Adeyemi", "Powell", "Roberts", "Baldwin", "Belcher", "Singh",
        "McDonald", "Vale", "Bowrey", "Lawry", "Spencer", "Ball", "Warnett", "Wood", "Nash", "Khan"]
ROLES = ["Borough Commander", "Director of Environment", "Community Safety Manager", "Head of Service",
         "Fire Commander", "Public Health Consultant", "Portfolio Holder for Public Protection",
         "Probation Manager", "Housing Needs Director", "Trading Standards Manager", "Youth Justice Lead"]
SUBJECTS = ["The Borough Commander", "The Chairman", "The Community Safety Manager", "The Director of Environment",
            "The Portfolio Holder", "The Fire Commander", "The Probation representative", "The Head of Service",
            "The Public Health Consultant", "A member", "The Committee Secretary", "The Vice-Chairman",
            "The Youth Justice Lead", "The Housing Needs Director", "The Safer Neighbourhood Board chair"]
VERBS = ["reported that", "advised the Group that", "noted that", "explained that", "informed members that",
         "expressed concern that", "confirmed that", "highlighted that", "updated the Group on how",
         "asked whether", "suggested that", "reminded the Group that"]
TOPICS = ["anti-social behaviour in the town centre had fallen", "the BCU restructure would reduce local continuity",
          "knife crime offences had risen over the summer", "domestic abuse referrals to MARAC had increased",
          "fly-tipping enforcement had led to twelve prosecutions", "the night-time economy plan was on track",
          "the youth offending caseload was stable", "repeat victims of burglary were being visited",
          "the CCTV upgrade was delayed by procurement", "the Prevent duty training had been completed",
          "hate crime reporting had improved since the campaign", "the Safer Streets bid had been successful",
          "county lines exploitation remained a priority", "the integrated offender management cohort had grown",
          "street drinking in the parks had been addressed", "the community trigger had been used twice",
          "the probation reforms would change reporting lines", "the ward panels wanted better engagement",
          "the fire safety checks had reached vulnerable residents", "the violence reduction action plan was agreed",
          "rough sleeping numbers had decreased", "the serious violence duty needed a needs assessment",
          "public space protection orders were due for renewal", "the MOPAC funding would end in March",
          "shoplifting had increased in the high street", "the domestic homicide review was published",
          "the safeguarding adults board had raised concerns", "the drugs partnership had new funding",
          "cuckooing cases were being identified earlier", "the police front counter would close"]
CLAUSES = ["", "", "", " and further work was planned", ", which members welcomed",
           " although resources remained a concern", " and an update would follow at the next meeting",
           ", subject to the outcome of the consultation", " across all wards", " in partnership with the council"]
TITLES = ["Police update", "Chairman's update", "Domestic abuse sub-group report", "Offender management report",
          "Youth offending and gangs", "ASB and envirocrime", "Serious violence duty", "Community safety strategy",
          "Performance report", "Hate crime update", "Prevent update", "Safer Streets fund",
          "Night-time economy", "Public space protection orders", "Victim support update", "Fire service update",
          "Probation update", "Public health update", "Communications plan", "Budget monitoring"]
STANDING = ["Apologies for absence", "Minutes of the previous meeting", "Questions from councillors or members of the public",
            "Matters arising", "Declarations of interest"]
RESOLVE = ["the report be noted", "the update be noted", "the action plan be agreed",
           "a further report be brought to the next meeting", "the strategy be endorsed",
           "officers write to MOPAC about the funding", "the sub-group review its terms of reference"]
DO = ["circulate the performance data", "write to MOPAC", "arrange a workshop", "report back on the pilot",
      "update the action plan", "share the evaluation", "contact the housing associations", "brief ward councillors"]


def narrative(rng: random.Random, sentences: int) -> str:
    return " ".join(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(TOPICS)}{rng.choice(CLAUSES)}."
                    for _ in range(sentences))


# ---------------------------------------------------------------- database

def ensure_database(fresh: bool) -> str:
    import psycopg

    url = urlsplit(PG)
    bench_url = url._replace(path=f"/{DB_NAME}").geturl()
    with psycopg.connect(PG, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if exists and fresh:
            conn.execute(f"DROP DATABASE {DB_NAME} WITH (FORCE)")
            exists = None
        if not exists:
            conn.execute(f"CREATE DATABASE {DB_NAME}")
    return bench_url


def setup_django(db_url: str) -> None:
    os.environ["DATABASE_URL"] = db_url
    # the server's processes and this one share the page cache's files
    os.environ.setdefault("MINUTEBOOK_DATA", str(ROOT / "var" / "bench"))
    os.environ.setdefault("MINUTEBOOK_PRERENDER_AFTER", "off")    # no worker here: "warm" renders them itself
    os.environ["DJANGO_SETTINGS_MODULE"] = "minutebook.web.settings"
    from minutebook import django_env

    django_env.setup()
    django_env.migrate()


def build(seed: int = 2017, bodies: int = 20, years: int = 10, per_year: int = 10, per_meeting: int = 25) -> dict:
    from django.db import connection, transaction

    from minutebook.search.index import rebuild
    from minutebook.store import models as M

    rng = random.Random(seed)
    counts: dict[str, int] = {}
    t0 = time.perf_counter()
    with transaction.atomic():
        orgs = M.Organisation.objects.bulk_create(
            [M.Organisation(name=n, slug=f"org-{i}") for i, n in enumerate(AGENCIES)]
            + [M.Organisation(name=f"London Borough of {c}", slug=f"lb-{i}") for i, c in enumerate(COUNCILS)])
        people = M.Person.objects.bulk_create([
            M.Person(name=f"{f} {l}", slug=f"{f}-{l}-{i}".lower(), role=rng.choice(ROLES), organisation=rng.choice(orgs))
            for i, (f, l) in enumerate((f, l) for f in FIRST for l in LAST[:10])])
        body_rows = M.Body.objects.bulk_create([
            M.Body(name=BODY_KINDS[i % 2].format(c=COUNCILS[i // 2]), slug=f"body-{i}", default_venue="Civic Centre",
                   default_start=dt.time(10)) for i in range(bodies)])
        members: dict[int, list] = {}
        memberships = []
        for b in body_rows:
            members[b.pk] = rng.sample(people, 14)
            memberships += [M.Membership(body=b, person=p, organisation=p.organisation,
                                         position=M.Membership.CHAIR if j == 0 else M.Membership.MEMBER)
                            for j, p in enumerate(members[b.pk])]
        M.Membership.objects.bulk_create(memberships)

        meetings = []
        first_year = 2016
        for b in body_rows:
            for y in range(first_year, first_year + years):
                months = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12][:per_year]
                for mo in months:
                    day = dt.date(y, mo, rng.randint(3, 26))
                    last = (y == first_year + years - 1 and mo == months[-1])
                    meetings.append(M.Meeting(
                        body=b, date=day, start=rng.choice([dt.time(10), dt.time(14), dt.time(18, 30)]),
                        end=None, venue="Committee Room 2 - Civic Centre", status=M.Meeting.HELD,
                        published=rng.random() > 0.02, minutes_published=not last and rng.random() > 0.02,
                        minutes_status=M.Meeting.DRAFT if last else M.Meeting.APPROVED))
        meetings = M.Meeting.objects.bulk_create(meetings, batch_size=2000)
        counts["meetings"] = len(meetings)

        items, minutes, attendance = [], [], []
        number = {b.pk: 100 for b in body_rows}
        for m in meetings:
            titles = STANDING[:4] + rng.sample(TITLES, per_meeting - 4 - 1) + ["Any other business"]
            for pos, title in enumerate(titles, 1):
                number[m.body_id] += 1
                exempt = rng.random() < 0.02
                items.append(M.AgendaItem(meeting=m, position=pos, number=str(pos), title=title.upper(),
                                          exempt=exempt))
                minutes.append(M.Minute(meeting=m, position=pos, number=str(number[m.body_id]), title=title.upper(),
                                        text=narrative(rng, rng.randint(3, 12)), exempt=exempt))
            for p in rng.sample(members[m.body_id], 10):
                attendance.append(M.Attendance(meeting=m, person=p, organisation=p.organisation,
                                               kind=M.Attendance.PRESENT if rng.random() > 0.2 else M.Attendance.APOLOGIES))
        M.AgendaItem.objects.bulk_create(items, batch_size=5000)
        minutes = M.Minute.objects.bulk_create(minutes, batch_size=5000)
        M.Attendance.objects.bulk_create(attendance, batch_size=5000)
        counts.update(agenda_items=len(items), minutes=len(minutes), attendance=len(attendance))

        resolutions, actions = [], []
        for mi in minutes:
            if rng.random() < 0.7:
                resolutions.append(M.Resolution(minute=mi, position=0, text=f"RESOLVED that {rng.choice(RESOLVE)}."))
            if rng.random() < 0.35:
                actions.append(M.Action(minute=mi, text=f"To {rng.choice(DO)} on {rng.choice(TOPICS).split(' had')[0]}.",
                                        status=rng.choice([M.Action.DONE, M.Action.DONE, M.Action.OPEN,
                                                           M.Action.IN_PROGRESS])))
        M.Resolution.objects.bulk_create(resolutions, batch_size=5000)
        actions = M.Action.objects.bulk_create(actions, batch_size=5000)
        by_meeting = {m.pk: m for m in meetings}
        owners = []
        minute_meeting = {mi.pk: mi.meeting_id for mi in minutes}
        for a in actions:
            p = rng.choice(members[by_meeting[minute_meeting[a.minute_id]].body_id])
            owners.append(M.ActionOwner(action=a, initials=p.initials, person=p))
        M.ActionOwner.objects.bulk_create(owners, batch_size=5000)
        counts.update(resolutions=len(resolutions), actions=len(actions))

        docs = []
        for m in meetings:
            text = f"Minutes of the meeting of the {m.body_id} held on {m.date:%d %B %Y}. " + narrative(rng, 20)
            data = text.encode()
            docs.append(M.Document(
                sha256=f"{m.pk:064x}", filename=f"minutes-{m.date}.txt", kind=M.Document.MINUTES,
                content_type="text/plain", content=data, size=len(data), body_id=m.body_id, meeting=m,
                title=f"Minutes {m.date:%d %B %Y}", published=m.minutes_published,
                parsed={"records": [{"kind": "attachment", "title": "Minutes", "text": text}]}))
        M.Document.objects.bulk_create(docs, batch_size=1000)
        counts["documents"] = len(docs)
    counts["build_seconds"] = round(time.perf_counter() - t0, 1)
    t1 = time.perf_counter()
    counts["search_entries"] = rebuild()
    counts["index_seconds"] = round(time.perf_counter() - t1, 1)
    with connection.cursor() as cur:
        cur.execute("VACUUM ANALYZE")
    return counts


# ---------------------------------------------------------------- server

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db_url: str, port: int, workers: int, threads: int, server: str = "auto"):
    env = dict(os.environ, DATABASE_URL=db_url, DJANGO_SETTINGS_MODULE="minutebook.web.settings",
               MINUTEBOOK_DEBUG="0")
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    if server == "gunicorn" and not gunicorn:
        raise SystemExit("gunicorn is not installed (pip install -e '.[bench]')")
    if gunicorn and server != "wsgiref":
        cmd = [gunicorn, "minutebook.web.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
               "--worker-class", "gthread", "--threads", str(threads), "--keep-alive", "30", "--backlog", "256",
               "--log-level", "warning"]
        label = f"gunicorn, {workers} processes x {threads} threads (gthread)"
    else:
        cmd = [sys.executable, __file__, "--serve", str(port)]
        label = "wsgiref with ThreadingMixIn (one process)"
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/bodies")
            if conn.getresponse().status == 200:
                return proc, label
        except OSError:
            time.sleep(0.3)
        if proc.poll() is not None:
            break
    proc.terminate()
    raise SystemExit("the server did not start")


def serve_wsgiref(port: int) -> None:
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    class Server(ThreadingMixIn, WSGIServer):
        daemon_threads = True
        request_queue_size = 256

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutebook.web.settings")
    from minutebook.web.wsgi import application

    make_server("127.0.0.1", port, application, server_class=Server, handler_class=Quiet).serve_forever()


# ---------------------------------------------------------------- load

def run_load(port: int, target: tuple[list[str], list[float]], clients: int, max_requests: int, seconds: float,
             think: float = 0.0, bypass_cache: bool = False) -> dict:
    """``clients`` keep-alive connections, each sending its next request as soon as the last is answered
    (after ``think`` seconds on average, if set). ``target``: paths and their cumulative weights.

    The clients are asyncio tasks in one thread with a minimal HTTP/1.1 reader, so that what is timed is
    the server: with one thread per client, a response that had arrived waited for the interpreter lock
    of the load generator itself, and its parsing took CPU from the server on the same two cores."""
    return asyncio.run(_load(port, target, clients, max_requests, seconds, think, bypass_cache))


async def _load(port, target, clients, max_requests, seconds, think, bypass_cache) -> dict:
    paths, cum_weights = target
    extra = "Cookie: sessionid=benchmark-no-such-session\r\n" if bypass_cache else ""  # rendered as for a session
    latencies: list[float] = []
    counts = {"hits": 0, "errors": 0, "sent": 0}
    stop_at = time.perf_counter() + seconds

    async def connect():
        return await asyncio.open_connection("127.0.0.1", port, limit=1 << 22)

    async def exchange(reader, writer, path) -> tuple[int, dict, bool]:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{extra}\r\n".encode("ascii"))
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split()[1])
        headers = {}
        for line in head[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            await reader.readexactly(int(headers["content-length"]))
        else:
            await reader.read()             # no length: the body runs to the end of the connection
        return status, headers, headers.get("connection", "").lower() == "close" or "content-length" not in headers

    async def client(seed: int):
        rng = random.Random(seed)
        reader, writer = await connect()
        while time.perf_counter() < stop_at and counts["sent"] < max_requests:
            counts["sent"] += 1
            path = rng.choices(paths, cum_weights=cum_weights)[0]
            t = time.perf_counter()
            try:
                status, headers, closed = await asyncio.wait_for(exchange(reader, writer, path), 30)
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError, IndexError):
                status, headers, closed = 0, {}, True
            elapsed = time.perf_counter() - t
            if status == 200:
                latencies.append(elapsed)
                counts["hits"] += headers.get("x-page-cache") == "hit"
            else:
                counts["errors"] += 1
            if closed:
                writer.close()
                reader, writer = await connect()
            if think:        # a reader pausing between pages (mean ``think`` seconds)
                await asyncio.sleep(rng.uniform(0, 2 * think))
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    wall = time.perf_counter() - started
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000 if latencies else float("nan")

    return {"requests": len(latencies), "errors": counts["errors"], "rps": len(latencies) / wall if wall else 0,
            "hit": 100 * counts["hits"] / len(latencies) if latencies else 0.0,
            "p50": pct(50), "p95": pct(95), "p99": pct(99),
            "mean": statistics.fmean(latencies) * 1000 if latencies else float("nan")}


# what readers search for: partnership words, a few far more often than the rest (Zipf-like), with
# the occasional filter by body or year
QUERIES = ["knife crime", "domestic abuse", "anti-social behaviour", "CCTV", "burglary", "county lines",
           "fly-tipping", "MARAC", "hate crime", "Prevent", "rough sleeping", "\"serious violence\"", "shoplifting",
           "night-time economy", "probation", "funding", "cuckooing", "consultation", "parks", "safeguarding",
           "youth offending", "street drinking", "MOPAC", "public space protection orders", "domestic homicide review",
           "Safer Streets", "fire safety", "BCU", "community trigger", "integrated offender management", "ward panels",
           "drugs partnership", "violence reduction", "police front counter", "knife*", "domestic -homicide"]


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def targets(rng: random.Random) -> dict[str, tuple[list[str], list[float]]]:
    """Paths per target, with how often each is asked for: meetings by popularity (the newest public
    meetings far more than old ones), searches from QUERIES with repeats."""
    from minutebook.store.models import Body, Meeting

    # every public meeting can be asked for; popularity falls with age (rank r weighs 1/(r+5)), so the
    # latest meetings of each body take a large share and the long tail of ten years is still read
    meetings = list(Meeting.objects.filter(published=True, minutes_published=True).order_by("-date", "-pk")
                    .values_list("pk", flat=True))
    meeting_weights = [1 / (r + 5) for r in range(len(meetings))]
    bodies = list(Body.objects.values_list("slug", flat=True))
    search, search_weights = [], []
    for rank, words in enumerate(QUERIES):
        search.append(f"/search?q={quote_plus(words)}")
        search_weights.append(1 / (rank + 1))
        for _ in range(6):     # the same words narrowed by a body or a year: rarer, and mostly unrepeated
            q = quote_plus(words)
            if rng.random() < 0.6:
                q += f"&body={rng.choice(bodies)}"
            else:
                y = rng.randint(2016, 2025)
                q += f"&date_from={y}-01-01&date_to={y}-12-31"
            search.append(f"/search?q={q}")
            search_weights.append(0.15 / (rank + 1))
    api = ([f"/api/meetings/{pk}" for pk in meetings] + [f"/api/search?q={quote_plus(w)}" for w in QUERIES]
           + [f"/api/meetings?body={b}&limit=20" for b in bodies])
    api_weights = ([w * 0.5 / sum(meeting_weights) for w in meeting_weights]
                   + [0.3 / (r + 1) / sum(1 / (k + 1) for k in range(len(QUERIES))) for r in range(len(QUERIES))]
                   + [0.2 / len(bodies)] * len(bodies))
    return {"meeting page": ([f"/meetings/{pk}/" for pk in meetings], _cumulative(meeting_weights)),
            "search page": (search, _cumulative(search_weights)),
            "API": (api, _cumulative(api_weights))}


def invalidate() -> None:
    """A new record version: the server's page cache starts cold, as after any edit."""
    from minutebook.web.pagecache import bump

    bump()


def prerender(port: int) -> str:
    """What the worker does a few seconds after each change: every public page rendered into the cache."""
    from minutebook.web import prerender as pre

    started = time.perf_counter()
    counts = pre.prerender(sites=[f"http://127.0.0.1:{port}"])
    return (f"prerendered {counts['rendered']} of {counts['pages']} public pages in "
            f"{time.perf_counter() - started:.1f} s (one process, as the worker does after a change)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reuse", action="store_true", help="keep an existing benchmark database")
    ap.add_argument("--clients", type=int, default=50, help="the concurrency the target is judged at")
    ap.add_argument("--levels", default="1,10", help="other client counts to measure as well (comma-separated)")
    ap.add_argument("--seconds", type=float, default=15.0, help="per target")
    ap.add_argument("--requests", type=int, default=3000, help="per target")
    ap.add_argument("--workers", type=int, default=max(2, (os.cpu_count() or 2)))
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--think", type=float, default=0.0,
                    help="mean pause in seconds between a client's requests (0: back to back)")
    ap.add_argument("--modes", default="cold,warm,uncached",
                    help="page cache states measured at --clients: cold, warm, uncached (comma-separated)")
    ap.add_argument("--server", choices=["auto", "gunicorn", "wsgiref"], default="auto")
    ap.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        return serve_wsgiref(args.serve)

    db_url = ensure_database(fresh=not args.reuse)
    setup_django(db_url)
    from minutebook.search.models import SearchEntry
    from minutebook.store.models import Minute as MinuteModel

    if not args.reuse or not MinuteModel.objects.exists():
        print("building the benchmark database ...", flush=True)
        print("built:", build(), flush=True)
    print(f"database {DB_NAME}: {MinuteModel.objects.count()} minutes, {SearchEntry.objects.count()} search entries; "
          f"{os.cpu_count()} CPU cores; load average before: {os.getloadavg()[0]:.2f}", flush=True)
    from django.db import connections

    paths = targets(random.Random(7))
    connections.close_all()
    port = free_port()
    proc, label = start_server(db_url, port, args.workers, args.threads, args.server)
    print(f"server: {label} on 127.0.0.1:{port}; clients: {args.clients} keep-alive connections (asyncio), "
          f"{'back to back' if not args.think else f'pausing {args.think:g} s on average'}", flush=True)
    try:
        for name, target in paths.items():   # warm-up: each worker's first requests load templates and connect
            run_load(port, target, min(args.clients, 10), 100, 10, bypass_cache=True)
        print(f"\n{'target':<14}{'clients':>8}{'cache':>10}{'requests':>10}{'errors':>8}{'req/s':>9}{'p50 ms':>9}"
              f"{'p95 ms':>9}{'p99 ms':>9}{'hits %':>8}")
        levels = sorted({int(n) for n in args.levels.split(",") if n.strip()} | {args.clients})
        modes = [m.strip() for m in args.modes.split(",") if m.strip()]
        for clients in levels:
            judged = clients == args.clients
            for name, target in paths.items():
                for mode in (modes if judged else ["warm"]):
                    if mode == "cold":
                        invalidate()
                    if mode == "warm" and judged and name == "meeting page":
                        print(prerender(port), flush=True)
                    r = run_load(port, target, clients, args.requests if clients > 1 else 200, args.seconds,
                                 args.think if clients > 1 else 0.0, bypass_cache=mode == "uncached")
                    flag = "" if name == "API" else ("  (target met)" if r["p95"] < TARGET_MS else "  (over target)")
                    print(f"{name:<14}{clients:>8}{mode:>10}{r['requests']:>10}{r['errors']:>8}{r['rps']:>9.1f}"
                          f"{r['p50']:>9.1f}{r['p95']:>9.1f}{r['p99']:>9.1f}{r['hit']:>8.0f}"
                          f"{flag if judged else ''}", flush=True)
        print(f"load average after: {os.getloadavg()[0]:.2f} (other work on the machine inflates these figures)")
        print("cold: the page cache emptied (a new record version, as after any edit) just before the run, "
              "before the worker has rendered the pages again; warm: after the public pages were rendered again "
              "(what the worker does a few seconds after each change; searches are kept as readers ask for them); "
              "uncached: every page rendered (a session cookie bypasses the cache). "
              "hits %: responses served from the page cache.")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
