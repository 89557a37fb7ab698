"""CLI commands for the API: issue, list and revoke API tokens, and rebuild the search index."""
from __future__ import annotations

import click

from minutebook.cli import Failure, main


def _django():
    from minutebook import django_env

    django_env.setup()
    django_env.migrate()


@main.group()
def token():
    """API tokens: a clerk's scripts write through /api/ with "Authorization: Bearer TOKEN"."""


@token.command("create")
@click.argument("username")
@click.option("--name", default="", help="What the token is for (shown in lists).")
def token_create(username, name):
    """Issue a token for USERNAME and print it (it is shown this once; only its hash is kept)."""
    _django()
    from django.contrib.auth import get_user_model

    from minutebook.web.models import ApiToken

    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise Failure(f"no user {username!r}")
    if not user.is_active:
        raise Failure(f"user {username!r} is not active")
    _, value = ApiToken.issue(user, name=name)
    click.echo(value)


@token.command("list")
def token_list():
    """Tokens by user, prefix, name, created and last used."""
    _django()
    from minutebook.web.models import ApiToken

    for t in ApiToken.objects.select_related("user"):
        state = "revoked" if t.revoked else "active"
        used = t.last_used.strftime("%Y-%m-%d %H:%M") if t.last_used else "never"
        click.echo(f"{t.user.get_username()}\t{t.prefix}…\t{state}\t{t.name}\tcreated {t.created:%Y-%m-%d}\tused {used}")


@token.command("revoke")
@click.argument("prefix")
def token_revoke(prefix):
    """Revoke the token whose printed prefix (or whole value) is PREFIX."""
    _django()
    from minutebook.web.models import ApiToken, hash_token

    rows = ApiToken.objects.filter(token_hash=hash_token(prefix)) or ApiToken.objects.filter(prefix=prefix[:10])
    if len(prefix) < 10 and not ApiToken.objects.filter(token_hash=hash_token(prefix)).exists():
        raise Failure("give the token's whole printed prefix (10 characters) or the token")
    count = ApiToken.objects.filter(pk__in=[r.pk for r in rows], revoked=False).update(revoked=True)
    if not count:
        raise Failure(f"no active token {prefix!r}")
    click.echo(f"revoked {count} token{'s' if count != 1 else ''}")


@main.command("reindex")
def reindex():
    """Rebuild the full-text search index from the store."""
    _django()
    from minutebook.search.index import rebuild

    click.echo(f"indexed {rebuild()} entries")
