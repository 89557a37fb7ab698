"""``minutebook import``: bring another system's record into the store (a ModernGov site's web service)."""
from __future__ import annotations

import datetime as dt
import sys

import click

from minutebook.cli import Failure, main


def _day(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise Failure(f"{option} {value!r} is not a date (2026-02-10 or 10/02/2026)")


@main.group("import")
def import_():
    """Import the record kept by another system."""


@import_.command()
@click.argument("url")
@click.option("--committee", "-c", "committees", multiple=True, metavar="NAME_OR_ID",
              help="Only this committee (its id, or its title or part of it); repeat for more. Default: all.")
@click.option("--from", "date_from", metavar="DATE", help="Meetings on or after this day (default 1 January 2000).")
@click.option("--to", "date_to", metavar="DATE", help="Meetings on or before this day (default a year from today).")
@click.option("--list", "list_only", is_flag=True, help="List the site's committees (id and title) and stop.")
@click.option("--timeout", type=click.FloatRange(min=1), default=30, show_default=True,
              help="Seconds to wait for each answer of the site.")
def moderngov(url, committees, date_from, date_to, list_only, timeout):
    """Import meetings from a ModernGov site's web service (mgWebService.asmx).

    URL is the site ("https://democracy.example.gov.uk") or its mgWebService.asmx address. For every
    meeting of the chosen committees: the meeting, its attendance (expected, present, apologies,
    substitutes), agenda items with their minutes and decisions, declarations of interest, and the
    linked documents on the site (downloaded and ingested). Restricted items stay exempt. One line per
    meeting on stderr. Each meeting is stored whole or not at all; a meeting already imported is
    skipped, so running it again after an interruption carries on where it stopped.
    """
    start, end = _day(date_from, "--from"), _day(date_to, "--to")
    if start and end and start > end:
        raise Failure(f"--from {start:%d/%m/%Y} is after --to {end:%d/%m/%Y}")
    from minutebook.ingest.moderngov import Client, ServiceError

    try:
        client = Client(url, timeout=timeout)
        if list_only:
            for c in client.committees():
                click.echo(f"{c.id}\t{c.title}" + ("\t(expired)" if c.expired else "") + ("\t(deleted)" if c.deleted else ""))
            return
    except ServiceError as exc:
        raise Failure(str(exc))
    from minutebook import django_env

    django_env.setup()
    django_env.migrate()
    from minutebook.store.moderngov import import_site

    def progress(i, total, result):
        click.echo(f"[{i + 1}/{total}] {result.line()}", err=True)

    try:
        summary = import_site(client, committees, start, end, progress=progress)
    except ServiceError as exc:
        raise Failure(str(exc))
    for line in summary.lines():
        click.echo(line)
    if summary.failed:
        click.echo(f"Error: {len(summary.failed)} meeting(s) not imported; run the command again to retry them",
                   err=True)
        sys.exit(2)
