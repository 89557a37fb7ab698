"""CLI commands of the web application: serve, demo, user add, worker, prerender.

Django is set up inside each command (``minutebook --help`` stays fast).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import click

from minutebook.cli import Failure, main

DEFAULT_SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def _django():
    from minutebook import django_env

    django_env.setup()
    django_env.migrate()


def _collect_static() -> None:
    """collectstatic, unless STATIC_ROOT was collected from the same source files (a stamp beside it)."""
    from django.conf import settings
    from django.core.management import call_command

    from minutebook.web.staticfiles import sources_fingerprint

    stamp = Path(settings.STATIC_ROOT) / ".collected"
    fingerprint = sources_fingerprint()
    if stamp.exists() and stamp.read_text() == fingerprint and (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        return
    call_command("collectstatic", interactive=False, verbosity=0, clear=stamp.exists())
    stamp.write_text(fingerprint)


def _serve(host: str, port: int, workers: int = 2, threads: int = 4) -> None:
    """Collect the static files, then serve with gunicorn (gthread workers) until stopped."""
    from django.db import connections
    from gunicorn.app.base import BaseApplication

    _collect_static()
    connections.close_all()          # the workers are forked: each opens its own connection

    class Server(BaseApplication):
        def load_config(self):
            for key, value in {"bind": f"{host}:{port}", "workers": workers, "threads": threads,
                               "worker_class": "gthread", "keepalive": 30, "accesslog": "-"}.items():
                self.cfg.set(key, value)

        def load(self):
            from minutebook.web.wsgi import application
            return application

    click.echo(f"minutebook at http://{host}:{port}/: gunicorn, {workers} workers x {threads} threads; "
               "static files by whitenoise (compressed, cache-busted) (Ctrl+C stops it)")
    sys.stdout.flush()
    Server().run()


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=lambda: int(os.environ.get("MINUTEBOOK_WEB_WORKERS", "2")), type=int,
              show_default="MINUTEBOOK_WEB_WORKERS or 2", help="gunicorn worker processes (4 threads each).")
@click.option("--check", is_flag=True,
              help="Run Django's deployment checks (check --deploy) with this environment's settings, and stop.")
def serve(host, port, workers, check):
    """Run the migrations, collect the static files and serve the web application with gunicorn
    (docs/deploy.md). With --check, report what the deployment's settings get wrong instead."""
    if check:
        from django.core.management import call_command
        from django.core.management.base import SystemCheckError

        from minutebook import django_env

        django_env.setup()
        try:
            call_command("check", deploy=True)
        except SystemCheckError as exc:
            click.echo(str(exc).strip(), err=True)
            raise SystemExit(1) from None
        return
    _django()
    _serve(host, port, workers)


@main.command()
def worker():
    """Run the background worker (ingest of uploads, packs, the hub's e-mail and daily deadline reminders)
    until stopped."""
    _django()
    from django.core.management import call_command

    from minutebook.hub.tasks import schedule_reminders

    schedule_reminders()

    call_command("db_worker", interval=1, reload=False)


@main.command()
@click.option("--site-url", "site_urls", multiple=True, metavar="URL",
              help="Render for this address (scheme://host[:port]) too; repeatable. Default: MINUTEBOOK_SITE_URL "
                   "and every address the public has read the site at.")
def prerender(site_urls):
    """Render every public page (home, calendar, bodies, meetings) into the page cache now.

    The worker does this by itself a few seconds after each change; this is for a cron job after
    midnight or after restoring a database. It stops early if the record changes meanwhile."""
    _django()
    from minutebook.web import prerender as pre

    sites = list(dict.fromkeys([*pre.origins(), *(u.rstrip("/") for u in site_urls)]))
    if not sites:
        raise Failure("no site address known yet: give --site-url (e.g. http://127.0.0.1:8000) or set "
                      "MINUTEBOOK_SITE_URL")
    with click.progressbar(length=1, label="rendering public pages", file=sys.stderr) as bar:
        def progress(done, total):
            bar.length = total
            bar.update(done - bar.pos)

        counts = pre.prerender(progress=progress, sites=sites)
    click.echo(f"{counts['pages']} pages: {counts['rendered']} rendered, {counts['kept']} already kept, "
               f"{counts['skipped']} not kept" + ("; stopped: the record changed" if counts["stopped"] else ""))


def ensure_user(username: str, role: str, person_name: str | None = None, password: str | None = None):
    """See :func:`minutebook.web.accounts.ensure_user`; errors become one-line CLI failures."""
    from minutebook.web.accounts import AccountError, ensure_user as ensure

    try:
        return ensure(username, role, person_name, password)
    except AccountError as exc:
        raise Failure(str(exc)) from None


@main.group()
def user():
    """Users of the web application."""


@user.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(["clerk", "member"]), required=True,
              help="clerk: edits everything; member: a member or officer who updates their own actions.")
@click.option("--person", "person_name", help="The person in the record this user is (by name).")
@click.option("--password-env", metavar="VAR", help="Take the password from this environment variable.")
def user_add(username, role, person_name, password_env):
    """Add a user (or change an existing user's role and person). A new user's password is printed once."""
    _django()
    password = None
    if password_env:
        password = os.environ.get(password_env)
        if not password:
            raise Failure(f"the environment variable {password_env} is empty")
    _user, created = ensure_user(username, role, person_name, password)
    click.echo(f"{username}: {role}" + (f", linked to {person_name}" if person_name else ""))
    if created and not password_env:
        click.echo(f"password: {created}")


def demo_member_person():
    """A person with open actions, so the demo member has something in "My actions"."""
    from minutebook.store.models import Action, Person

    return (Person.objects.filter(owned__action__status__in=Action.LIVE, user__isnull=True,
                                  merged_into__isnull=True)
            .distinct().order_by("name").first())


def load_demo(seeds: Path) -> list[str]:
    """Ingest and publish the seed documents; make the demo users. Returns lines to print."""
    from minutebook.store.ingest import ingest_paths
    from minutebook.store.models import Document, Person
    from minutebook.web.publishing import publish_document, show_issued_minutes_as_approved

    lines = []
    summary = ingest_paths([seeds])
    lines += summary.lines()
    lines += [f"Error: {e}" for e in summary.errors]
    for f in summary.files:
        if f.document_id:
            doc = Document.objects.filter(pk=f.document_id).first()
            if doc:
                publish_document(doc)
    shown = show_issued_minutes_as_approved()
    if shown:
        lines.append(f"{shown} published minutes marked approved (the seeds are the council's issued record)")
    clerk, clerk_pw = ensure_user("clerk", "clerk", password=os.environ.get("MINUTEBOOK_CLERK_PASSWORD"))
    existing = Person.objects.filter(user__username="member").first()
    person = existing or demo_member_person()
    member, member_pw = ensure_user("member", "member", person.name if person else None,
                                    password=os.environ.get("MINUTEBOOK_MEMBER_PASSWORD"))
    if clerk_pw and not os.environ.get("MINUTEBOOK_CLERK_PASSWORD"):
        lines.append(f"user clerk (clerk), password: {clerk_pw}")
    if member_pw and not os.environ.get("MINUTEBOOK_MEMBER_PASSWORD"):
        lines.append(f"user member (member{', ' + person.name if person else ''}), password: {member_pw}")
    from minutebook.hub.config import load_demo as load_hub_demo

    lines += load_hub_demo(os.environ.get("MINUTEBOOK_HUB_PASSWORD"))
    return lines


def _port_free(host: str, port: int) -> None:
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise Failure(f"{host}:{port} is in use ({exc.strerror}): choose another with --port") from None


@main.command()
@click.option("--seeds", type=click.Path(path_type=Path), default=DEFAULT_SEEDS, show_default="../shared/seeds beside the repository",
              help="Folder of documents to ingest and publish.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Load the demo and stop (no worker, no server).")
def demo(seeds, host, port, no_serve):
    """Migrate, ingest and publish the seeds, create demo users (clerk, member), load the referral hub's
    Restore:London service with its demo users, start a worker and serve.

    Passwords come from MINUTEBOOK_CLERK_PASSWORD / MINUTEBOOK_MEMBER_PASSWORD / MINUTEBOOK_HUB_PASSWORD
    (one for every hub user), or are made up and printed once when the users are created.
    """
    if not seeds.exists():
        raise Failure(f"{seeds}: no such folder")
    if not no_serve:
        _port_free(host, port)       # before the worker starts: runserver on a busy port exits at once
    _django()
    for line in load_demo(seeds):
        click.echo(line)
    if no_serve:
        return
    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    worker = subprocess.Popen([sys.executable, "-c", "from minutebook.cli import main; main()", "worker"],
                              env={**os.environ, "DJANGO_SETTINGS_MODULE": "minutebook.web.settings"})
    try:
        _serve(host, port)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
