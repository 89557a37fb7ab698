"""Several machines against one PostgreSQL (docs/deploy.md, "Several machines"): two app servers (`minutebook
serve`, each with its own data folder, the page cache in the database) and two task workers. An edit made
through one server is seen through the other, on the API and on the public page that the other had cached;
every background job runs exactly once, though both workers poll the same queue.

PostgreSQL only: SQLite is the one-machine deployment."""
from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
URL = os.environ.get("DATABASE_URL", "")

pytestmark = pytest.mark.skipif(not URL.startswith("postgres"), reason="PostgreSQL only: several app servers share it")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def database():
    """A database of its own, made and dropped here: the servers are other processes, so they cannot see
    the test's transaction."""
    import psycopg

    name = f"mb_two_{os.getpid()}_{secrets.token_hex(3)}"
    admin = URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield URL.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _env(db: str, data: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": db, "MINUTEBOOK_DATA": str(data),
           "MINUTEBOOK_PAGE_CACHE": "db", "MINUTEBOOK_PRERENDER_AFTER": "off",
           "MINUTEBOOK_CLERK_PASSWORD": "clerk-pass-two-servers", "MINUTEBOOK_MEMBER_PASSWORD": "member-pass-two",
           "MINUTEBOOK_HUB_PASSWORD": "hub-pass-two-servers"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def _mb(env, *args, timeout=300) -> str:
    done = subprocess.run([sys.executable, "-m", "minutebook", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _get(url: str, token: str | None = None) -> str:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    return urllib.request.urlopen(request, timeout=30).read().decode()


def _wait(url: str, proc: subprocess.Popen, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            _get(url)
            return
        except OSError:
            assert proc.poll() is None, "the server stopped"
            assert time.monotonic() < deadline, f"{url} did not answer"
            time.sleep(0.5)


def _start(env, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "minutebook", *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def _stop(procs) -> None:
    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


ENQUEUE = """
from minutebook import django_env
django_env.setup()
from minutebook.store.models import Meeting
from minutebook.web.models import Job
from minutebook.web.tasks import start
meeting = Meeting.objects.get(pk={pk})
print(",".join(str(start(Job.objects.create(kind=Job.AGENDA, meeting=meeting)).pk) for _ in range({n})))
"""

RESULTS = """
import json
from minutebook import django_env
django_env.setup()
from minutebook.web.models import Job
from django_tasks_db.models import DBTaskResult
jobs = {{j.pk: j for j in Job.objects.filter(pk__in=[{ids}])}}
tasks = {{str(t.id): t for t in DBTaskResult.objects.filter(id__in=[j.task_id for j in jobs.values()])}}
print(json.dumps([dict(status=j.status, log=j.log, task=tasks[j.task_id].status,
                       workers=tasks[j.task_id].worker_ids) for j in jobs.values()]))
"""


def test_an_edit_through_one_server_is_seen_through_the_other_and_each_job_runs_once(database, tmp_path):
    a_env, b_env = _env(database, tmp_path / "a"), _env(database, tmp_path / "b")
    _mb(a_env, "demo", "--no-serve", "--seeds", str(SEEDS))
    token = _mb(a_env, "token", "create", "clerk", "--name", "two servers").split()[-1]
    a_port, b_port = _free_port(), _free_port()
    procs = []
    try:
        procs.append(_start(a_env, "serve", "--port", str(a_port), "--workers", "1"))
        procs.append(_start(b_env, "serve", "--port", str(b_port), "--workers", "1"))
        a, b = f"http://127.0.0.1:{a_port}", f"http://127.0.0.1:{b_port}"
        _wait(a + "/", procs[0])
        _wait(b + "/", procs[1])

        meetings = json.loads(_get(b + "/api/meetings"))
        items = meetings["items"] if isinstance(meetings, dict) else meetings
        public = next(m for m in items if m.get("published"))
        page = f"{b}/meetings/{public['id']}/"
        venue = "Room 7q, the two-server test"
        assert venue not in _get(page)                                # B has now cached the page

        request = urllib.request.Request(f"{a}/api/meetings/{public['id']}", method="PATCH",
                                         data=json.dumps({"venue": venue}).encode(),
                                         headers={"Authorization": f"Bearer {token}",
                                                  "Content-Type": "application/json"})
        assert json.loads(urllib.request.urlopen(request, timeout=30).read())["venue"] == venue
        assert json.loads(_get(f"{b}/api/meetings/{public['id']}"))["venue"] == venue
        assert venue in _get(page)                                    # B's cached page followed A's edit

        procs.append(_start(a_env, "worker"))
        procs.append(_start(b_env, "worker"))
        ids = subprocess.run([sys.executable, "-c", ENQUEUE.format(pk=public["id"], n=8)], env=a_env,
                             capture_output=True, text=True, timeout=120, check=True).stdout.strip()
        deadline = time.monotonic() + 300
        while True:
            out = subprocess.run([sys.executable, "-c", RESULTS.format(ids=ids)], env=a_env, capture_output=True,
                                 text=True, timeout=120)
            assert out.returncode == 0, out.stderr
            results = json.loads(out.stdout)
            if all(r["status"] in ("done", "failed") for r in results):
                break
            assert time.monotonic() < deadline, results
            time.sleep(2)
        assert len(results) == 8
        for r in results:
            assert r["status"] == "done", r
            assert r["task"] == "SUCCESSFUL", r
            assert len(r["workers"]) == 1, r                          # one worker took it
            assert r["log"].count("Preparing the agenda") == 1, r      # and it ran once
    finally:
        _stop(procs)
