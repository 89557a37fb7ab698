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
