"""CLI commands of the referral hub: load a service's configuration."""
from __future__ import annotations

from pathlib import Path

import click

from minutebook.cli import Failure, main


@main.group()
def hub():
    """The referral hub (restorative justice referrals and cases)."""


@hub.command("load-config")
@click.argument("file", type=click.Path(path_type=Path), required=False)
def load_config(file):
    """Load (or update) a service from its TOML configuration: spokes, areas, staff, agencies.

    Without FILE, the shipped Restore:London configuration (minutebook/hub/services/restore-london.toml)."""
    from minutebook import django_env

    django_env.setup()
    django_env.migrate()
    from minutebook.hub import config
    from minutebook.hub.rules.service import ServiceError

    path = file or config.SHIPPED
    if not path.exists():
        raise Failure(f"{path}: no such file")
    try:
        service = config.load_file(path)
    except ServiceError as exc:
        raise Failure(str(exc)) from None
    click.echo(f"{service.name}: {service.spokes.count()} spokes, {service.areas.count()} areas, "
               f"{service.practitioners.filter(active=True).count()} practitioners, "
               f"{service.supervisors.count()} supervisors, {service.agencies.count()} agencies")


@hub.command("remind")
def remind():
    """E-mail the owners of cases whose Victims' Code deadline is near or past (the worker does this each
    morning by itself; this is for a cron job, or to send them now)."""
    from minutebook import django_env

    django_env.setup()
    django_env.migrate()
    from minutebook.hub.deadlines import attention, remind as send

    due = attention()
    made = send()
    click.echo(f"{len(due)} deadlines near or past; {made} reminders queued for the worker")


@hub.command("records-of-processing")
@click.argument("file", type=click.Path(path_type=Path), required=False)
def records_of_processing(file):
    """Print the records of processing (what is held, why, on what lawful basis, for how long) from a
    service's configuration: FILE, or the service loaded in the database (else the shipped one)."""
    from minutebook.hub.rules import privacy, service as rules

    if file is not None:
        if not file.exists():
            raise Failure(f"{file}: no such file")
        text = file.read_text(encoding="utf-8")
        try:
            shape = rules.load(text)
        except rules.ServiceError as exc:
            raise Failure(f"{file.name}: {exc}") from None
        click.echo(privacy.report(privacy.records(text, shape.name), shape.name), nl=False)
        return
    from minutebook import django_env

    django_env.setup()
    django_env.migrate()
    from minutebook.hub import config
    from minutebook.hub import privacy as db_privacy
    from minutebook.hub.models import Service

    service = Service.objects.order_by("id").first()
    if service is None:
        text = config.SHIPPED.read_text(encoding="utf-8")
        name = rules.load(text).name
        click.echo(privacy.report(privacy.records(text, name), name), nl=False)
        return
    click.echo(db_privacy.records_of_processing(service), nl=False)


@hub.command("retention-review")
@click.option("--dry-run", is_flag=True, help="List the cases due, and change nothing.")
def retention_review(dry_run):
    """Anonymise the cases closed more than the configured number of years ago ([data_protection]
    retention_years): names, contact details and notes go; every figure stays."""
    from minutebook import django_env

    django_env.setup()
    django_env.migrate()
    from minutebook.hub import privacy
    from minutebook.hub.models import Service

    total = 0
    for service in Service.objects.order_by("id"):
        done = privacy.retention_review(service, dry_run=dry_run)
        years = privacy.records_of(service).retention_years
        verb = "due for anonymising" if dry_run else "anonymised"
        click.echo(f"{service.name}: {len(done)} case{'s' if len(done) != 1 else ''} closed more than {years} years "
                   f"ago {verb}{': ' + ', '.join(done) if done and dry_run else ''}")
        total += len(done)
