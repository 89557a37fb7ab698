"""Referral hub benchmark: intake + allocation, a practitioner's case list and the outcomes dashboard, under 50
concurrent clients.

    .venv/bin/python benchmarks/hub.py [--referrals 100000] [--clients 50] [--seconds 15] [--reuse]

1. Builds a synthetic service in its own database: SQLite in var/bench-hub/ by default, or PostgreSQL
   (database ``minutebook_hub_bench``) when DATABASE_URL names a server. The shipped Restore:London
   configuration (5 spokes, 33 areas) with 10 practitioners a spoke, and --referrals referrals over the
   boroughs, each with two parties, most allocated and closed, about 20 open cases a practitioner, and
   their status events, first contacts, consents to take part, interventions and closing questionnaires
   (bulk_create), and an evaluation user.
2. Serves the app on 127.0.0.1 with gunicorn (gthread workers) where it is installed (the ``bench``
   extra), else a threading wsgiref server, with one extra route, the floor: a signed-in page that does
   nothing but pass the same server and middleware (session, CSRF, auth).
3. Each of --clients keep-alive connections (asyncio) signs in as a practitioner (a session cookie) and
   asks, back to back, for (a) the floor, (b) their case list /hub/cases/, (c) the same list from the API;
   then each client refers a case and allocates it through the API (two POSTs, timed together); then,
   signed in as the evaluation team, (d) the outcomes dashboard /hub/outcomes/ over all 100,000 referrals.
   Prints p50/p95 beside the floor. Target: p95 under 100 ms for the case list and the dashboard.

Prints figures; it is not a test. The load generator shares the machine's cores with the server.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DB_NAME = "minutebook_hub_bench"
TARGET_MS = 100.0
OFFENCES = ["Burglary", "Criminal damage", "Assault", "Theft", "Robbery", "Harassment", "Hate crime", "Arson",
            "Vehicle crime", "Fraud"]
FIRST = ["Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Hassan", "Isla", "Jack", "Kemi", "Leo", "Maya",
         "Nat", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tom"]
LAST = ["Adams", "Begum", "Clarke", "Davies", "Evans", "Francis", "Green", "Hussain", "Ibrahim", "Jones", "Khan",
        "Lewis", "Mensah", "Nowak", "Okoro", "Patel", "Quirke", "Reid", "Smith", "Taylor"]


def database_url(fresh: bool) -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        import psycopg

        parts = urlsplit(url)
        with psycopg.connect(url, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
            if exists and fresh:
                conn.execute(f"DROP DATABASE {DB_NAME} WITH (FORCE)")
                exists = None
            if not exists:
                conn.execute(f"CREATE DATABASE {DB_NAME}")
        return parts._replace(path=f"/{DB_NAME}").geturl()
    folder = ROOT / "var" / "bench-hub"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "minutebook.sqlite3"
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    return f"sqlite:///{path}"


def setup_django(db_url: str) -> None:
    os.environ["DATABASE_URL"] = db_url
    os.environ.setdefault("MINUTEBOOK_DATA", str(ROOT / "var" / "bench-hub"))
    os.environ.setdefault("MINUTEBOOK_PRERENDER_AFTER", "off")
    os.environ["MINUTEBOOK_TASKS_BACKEND"] = "django_tasks.backends.dummy.DummyBackend"   # no worker: mail is queued
    os.environ["DJANGO_SETTINGS_MODULE"] = "minutebook.web.settings"
    from minutebook import django_env

    django_env.setup()
    django_env.migrate()


def build(n: int, per_spoke: int = 10, open_per_practitioner: int = 20, seed: int = 2017) -> dict:
    from django.contrib.auth.models import Group, User
    from django.db import transaction
    from django.utils import timezone

    from minutebook.hub import config
    from minutebook.hub.models import (
        Agency, Area, Case, CaseEvent, Consent, Party, Practitioner, Questionnaire, Referral, Spoke,
    )
    from minutebook.hub.rules import stages as S

    rng = random.Random(seed)
    t0 = time.perf_counter()
    service = config.load_file(config.SHIPPED)
    group = Group.objects.get(name="practitioner")
    with transaction.atomic():
        practitioners = []
        for spoke in Spoke.objects.filter(service=service):
            for i in range(per_spoke):
                user = User.objects.create_user(f"bench-{spoke.slug}-{i}", f"{spoke.slug}.{i}@bench.example.org")
                user.groups.add(group)
                practitioners.append(Practitioner(service=service, user=user, name=f"{spoke.name} Practitioner {i}",
                                                  email=user.email, spoke=spoke, capacity=10_000))
        practitioners = Practitioner.objects.bulk_create(practitioners)
        by_spoke = {}
        for p in practitioners:
            by_spoke.setdefault(p.spoke_id, []).append(p)
        areas = list(Area.objects.filter(service=service).values_list("name", "spoke_id"))
        agencies = list(Agency.objects.filter(service=service))
        referrer = User.objects.create_user("bench-referrer", "referrer@bench.example.org")
        referrer.groups.add(Group.objects.get(name="referrer"))
        evaluation = User.objects.create_user("bench-evaluation", "evaluation@bench.example.org")
        evaluation.groups.add(Group.objects.get(name="evaluation"))
        now = timezone.now()
        start = now - dt.timedelta(days=5 * 365)
        open_left = {p.pk: open_per_practitioner for p in practitioners}
        referrals, plan = [], []
        for i in range(n):
            area, spoke_id = rng.choice(areas)
            received = start + dt.timedelta(seconds=rng.randint(0, 5 * 365 * 86400))
            p = rng.choice(by_spoke[spoke_id])
            if rng.random() < 0.03:
                status, p = rng.choice([S.RECEIVED, S.INELIGIBLE]), None
            elif open_left[p.pk] > 0 and rng.random() < 0.05:
                status = rng.choice(S.CASE_STAGES)
                open_left[p.pk] -= 1
            else:
                status = rng.choice([S.CLOSED, S.CLOSED, S.CLOSED, S.WITHDRAWN])
            victim, offender = f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            referrals.append(Referral(
                service=service, reference=f"RJ-B{i:07d}", received=received, status_changed=received + dt.timedelta(days=3),
                referrer=referrer, agency=rng.choice(agencies), referrer_name="Bench Referrer",
                referrer_email=referrer.email, offence_type=rng.choice(OFFENCES), offence_date=received.date(),
                reported_date=received.date(), crime_reference=f"{i:08d}", offence_area=area, home_area=area,
                cj_stage=rng.choice(Referral.STAGE_CHOICES)[0], direct_victim="yes", offender_admits="yes",
                status=status, spoke_id=spoke_id if p else None, summary="Synthetic referral.",
                duplicate_key=f"{victim.lower()}|{offender.lower()}|{received.date()}|"))
            plan.append((p, victim, offender, status))
        referrals = Referral.objects.bulk_create(referrals, batch_size=5000)
        parties, cases, events = [], [], []
        for r, (p, victim, offender, status) in zip(referrals, plan):
            parties.append(Party(referral=r, role="victim", referred=True, name=victim, safe_to_contact="yes"))
            parties.append(Party(referral=r, role="offender", name=offender))
            events.append(CaseEvent(referral=r, at=r.received, what="Referral received", to_status=S.RECEIVED))
            if p is not None:
                cases.append(Case(referral=r, spoke_id=p.spoke_id, practitioner=p, opened=r.received,
                                  closed=r.status_changed if status in S.FINAL else None))
                events.append(CaseEvent(referral=r, at=r.received, what="Allocated", from_status=S.RECEIVED,
                                        to_status=S.ASSESSMENT))
            if status != S.RECEIVED:
                events.append(CaseEvent(referral=r, at=r.status_changed, what="Status", to_status=status))
        Party.objects.bulk_create(parties, batch_size=5000)
        for case in cases:                      # how far each case got: contact, consent, intervention
            r = case.referral
            if r.status != S.ASSESSMENT or rng.random() < 0.5:
                case.first_contact = timezone.localdate(r.received) + dt.timedelta(days=rng.randint(0, 12))
            if r.status in (S.PREPARATION, S.INTERVENTION, S.OUTCOME, S.FOLLOW_UP, S.CLOSED) or \
                    (r.status == S.WITHDRAWN and rng.random() < 0.5):
                case.consented = True
            if r.status in (S.INTERVENTION, S.OUTCOME, S.FOLLOW_UP, S.CLOSED):
                case.intervention, case.mode = rng.choice([S.CONFERENCE, S.SHUTTLE, S.LETTER]), S.DIRECT
                case.intervention_date = case.first_contact
        Case.objects.bulk_create(cases, batch_size=5000)
        CaseEvent.objects.bulk_create(events, batch_size=5000)
        by_referral = {}
        for p in parties:
            by_referral.setdefault(p.referral_id, []).append(p)
        consents, answers = [], []
        for case in cases:
            for party in by_referral[case.referral_id]:
                if getattr(case, "consented", False):
                    consents.append(Consent(party=party, purpose="take_part", state="given", on=case.first_contact,
                                            recorded=case.opened))
                if case.referral.status == S.CLOSED:
                    declined = rng.random() < 0.1
                    answers.append(Questionnaire(case=case, party=party, on=case.first_contact, declined=declined,
                                                 satisfaction=None if declined else rng.choice([5, 5, 5, 4, 4, 3, 2, 1])))
        Consent.objects.bulk_create(consents, batch_size=5000)
        Questionnaire.objects.bulk_create(answers, batch_size=5000)
    return {"referrals": len(referrals), "parties": len(parties), "cases": len(cases), "events": len(events),
            "consents": len(consents), "questionnaires": len(answers), "practitioners": len(practitioners),
            "seconds": round(time.perf_counter() - t0, 1)}


# ---------------------------------------------------------------- the server

def floor(request):
    """The floor: a signed-in page through the same middleware, doing nothing else."""
    from django.http import HttpResponse

    return HttpResponse("ok" if request.user.is_authenticated else "anonymous", content_type="text/plain")


def build_app():
    """The app with the floor's route added (gunicorn: ``hub:build_app()``)."""
    import django
    from django.conf import settings

    django.setup()
    from django.urls import path

    from minutebook.web import urls as main_urls

    global urlpatterns
    urlpatterns = [path("bench/floor", floor)] + list(main_urls.urlpatterns)
    settings.ROOT_URLCONF = __name__
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def serve(port: int) -> None:
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    class Server(ThreadingMixIn, WSGIServer):
        daemon_threads = True
        request_queue_size = 256

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    make_server("127.0.0.1", port, build_app(), server_class=Server, handler_class=Quiet).serve_forever()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, workers: int, threads: int, server: str):
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    if server == "gunicorn" and not gunicorn:
        raise SystemExit("gunicorn is not installed (pip install -e '.[bench]')")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "benchmarks")]))
    if gunicorn and server != "wsgiref":
        cmd = [gunicorn, "hub:build_app()", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
               "--worker-class", "gthread", "--threads", str(threads), "--keep-alive", "30", "--backlog", "256",
               "--log-level", "warning"]
        label = f"gunicorn, {workers} processes x {threads} threads (gthread)"
    else:
        cmd = [sys.executable, __file__, "--serve", str(port)]
        label = "wsgiref with ThreadingMixIn (one process; no keep-alive)"
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                s.sendall(b"GET /bench/floor HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                if s.recv(64).startswith(b"HTTP/1."):
                    return proc, label
        except OSError:
            time.sleep(0.3)
        if proc.poll() is not None:
            break
    proc.terminate()
    raise SystemExit("the server did not start")


def sessions(usernames: list[str]) -> list[str]:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore

    keys = []
    for name in usernames:
        user = User.objects.get(username=name)
        s = SessionStore()
        s[SESSION_KEY], s[BACKEND_SESSION_KEY] = str(user.pk), "django.contrib.auth.backends.ModelBackend"
        s[HASH_SESSION_KEY] = user.get_session_auth_hash()
        s.create()
        keys.append(s.session_key)
    return keys


# ---------------------------------------------------------------- load

async def _exchange(reader, writer, method, path, headers, body=b""):
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}"
    if body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    writer.write(head.encode() + b"\r\n" + body)
    lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(l.split(":", 1)[1]) for l in lines if l.lower().startswith("content-length:")), None)
    data = await reader.readexactly(length) if length is not None else await reader.read()
    closes = (length is None or lines[0].startswith("HTTP/1.0")
              or any(l.lower().replace(" ", "") == "connection:close" for l in lines))
    return status, data, closes


def load(port, clients, seconds, max_requests, make_requests) -> dict:
    """``clients`` keep-alive connections; each repeats ``make_requests(i)`` (a list of (method, path,
    headers, body) sent one after another and timed together) until the time or the count runs out."""
    async def run():
        latencies, errors, sent = [], [0], [0]
        stop = time.perf_counter() + seconds

        async def client(i):
            reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 22)
            while time.perf_counter() < stop and sent[0] < max_requests:
                sent[0] += 1
                t = time.perf_counter()
                ok = True
                context = {}
                for method, path, headers, body in make_requests(i):
                    if callable(path):
                        path = path(context)
                    try:
                        status, data, closed = await asyncio.wait_for(
                            _exchange(reader, writer, method, path, headers, body), 60)
                    except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError, IndexError):
                        status, data, closed = 0, b"", True
                    if status not in (200, 201):
                        ok = False
                    elif data[:1] == b"{":
                        context["last"] = json.loads(data)
                    if closed:
                        writer.close()
                        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 22)
                    if not ok:
                        break
                if ok:
                    latencies.append(time.perf_counter() - t)
                else:
                    errors[0] += 1
            writer.close()

        started = time.perf_counter()
        await asyncio.gather(*(client(i) for i in range(clients)))
        wall = time.perf_counter() - started
        latencies.sort()

        def pct(p):
            return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000 if latencies else float("nan")
        return {"n": len(latencies), "errors": errors[0], "rps": len(latencies) / wall, "p50": pct(50), "p95": pct(95)}
    return asyncio.run(run())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--referrals", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--reuse", action="store_true", help="keep an existing benchmark database")
    ap.add_argument("--workers", type=int, default=max(2, (os.cpu_count() or 2)))
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--server", choices=["auto", "gunicorn", "wsgiref"], default="auto")
    ap.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        return serve(args.serve)

    db_url = database_url(fresh=not args.reuse)
    setup_django(db_url)
    from django.contrib.auth.models import Group, User
    from django.db import connections

    from minutebook.hub.models import Practitioner, Referral
    from minutebook.web.models import ApiToken

    if not args.reuse or not Referral.objects.exists():
        print(f"building {args.referrals:,} referrals ...", flush=True)
        print("built:", build(args.referrals), flush=True)
    engine = connections["default"].vendor
    practitioners = list(Practitioner.objects.filter(user__username__startswith="bench-")
                         .values_list("user__username", flat=True).order_by("id"))
    keys = sessions(practitioners)
    evaluation_key = sessions(["bench-evaluation"])[0]
    from minutebook.hub import outcomes as hub_outcomes
    from minutebook.hub.models import Service

    t = time.perf_counter()
    hub_outcomes.figures(Service.objects.get(slug="restore-london"))
    print(f"outcomes figures, in process: {(time.perf_counter() - t) * 1000:.0f} ms", flush=True)
    coordinator = User.objects.get(username="hub-coordinator")
    _, coordinator_token = ApiToken.issue(coordinator, name="benchmark")
    referrer = User.objects.get(username="bench-referrer")
    _, referrer_token = ApiToken.issue(referrer, name="benchmark")
    print(f"database: {engine}, {Referral.objects.count():,} referrals, {len(practitioners)} practitioners; "
          f"{os.cpu_count()} CPU cores; load average before: {os.getloadavg()[0]:.2f}", flush=True)
    connections.close_all()
    port = free_port()
    proc, label = start_server(port, args.workers, args.threads, args.server)
    print(f"server: {label} on 127.0.0.1:{port}; {args.clients} clients "
          f"(keep-alive, asyncio), each signed in as a practitioner of its own", flush=True)

    def cookie(i):
        return f"Cookie: sessionid={keys[i % len(keys)]}\r\n"

    rng = random.Random(5)
    boroughs = ["Bromley", "Camden", "Harrow", "Hackney", "Sutton", "Croydon", "Westminster", "Enfield"]

    def referral_body():
        return json.dumps({"agency": "Metropolitan Police Service", "offence_type": rng.choice(OFFENCES),
                           "offence_area": rng.choice(boroughs), "cj_stage": "charged", "crime_reference": "",
                           "parties": [{"role": "victim", "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.random():.6f}"},
                                       {"role": "offender", "name": "Bench Offender"}]}).encode()

    targets = {
        "floor": lambda i: [("GET", "/bench/floor", cookie(i), b"")],
        "case list page": lambda i: [("GET", "/hub/cases/", cookie(i), b"")],
        "case list API": lambda i: [("GET", "/api/hub/cases", cookie(i), b"")],
        "outcomes dashboard": lambda i: [("GET", "/hub/outcomes/", f"Cookie: sessionid={evaluation_key}\r\n", b"")],
        "intake+allocate": lambda i: [
            ("POST", "/api/hub/referrals", f"Authorization: Bearer {referrer_token}\r\n", referral_body()),
            ("POST", lambda ctx: f"/api/hub/referrals/{ctx['last']['id']}/allocate",
             f"Authorization: Bearer {coordinator_token}\r\n", b"{}")],
    }
    try:
        for name in ("floor", "case list page", "case list API", "outcomes dashboard"):   # warm-up
            load(port, 5, 5, 50, targets[name])
        print(f"\n{'target':<18}{'clients':>8}{'requests':>10}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}")
        results = {}
        for name, make in targets.items():
            for clients in (1, args.clients):
                r = load(port, clients, args.seconds, args.requests if clients > 1 else 200, make)
                results[(name, clients)] = r
                flag = ""
                if name in ("case list page", "outcomes dashboard") and clients == args.clients:
                    flag = "  (target met)" if r["p95"] < TARGET_MS else "  (over target)"
                print(f"{name:<18}{clients:>8}{r['n']:>10}{r['errors']:>8}{r['rps']:>9.1f}{r['p50']:>9.1f}"
                      f"{r['p95']:>9.1f}{flag}", flush=True)
        f, c = results[("floor", args.clients)], results[("case list page", args.clients)]
        print(f"\ncase list page p95 at {args.clients} clients: {c['p95']:.1f} ms beside a floor of {f['p95']:.1f} ms "
              f"(target {TARGET_MS:.0f} ms); load average after: {os.getloadavg()[0]:.2f}")
        o = results[("outcomes dashboard", args.clients)]
        print(f"outcomes dashboard p95 at {args.clients} clients: {o['p95']:.1f} ms beside a floor of {f['p95']:.1f} ms "
              f"(target {TARGET_MS:.0f} ms)")
        print("intake+allocate: a referral POSTed through the API by a referrer, then allocated by the rules by the "
              "coordinator (two requests, timed together; writes are serialised on SQLite).")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
