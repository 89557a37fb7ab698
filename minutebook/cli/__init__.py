"""The ``minutebook`` command: a thin layer over the library. Errors are one-line ClickExceptions (exit 2)."""
from __future__ import annotations

import click

from minutebook import __version__


class Failure(click.ClickException):
    """A one-line error on stderr with exit code 2 (bad input, unknown body, ...)."""

    exit_code = 2

    def show(self, file=None):
        click.echo(f"Error: {self.format_message()}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="minutebook")
def main():
    """minutebook: agendas, minutes, actions and packs for partnership meetings."""


def _register():
    # each module owns one area of the CLI and adds its commands to ``main``
    from minutebook.cli import parse, store, cycle, web, api, hub, imports  # noqa: F401


_register()
