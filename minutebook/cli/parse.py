"""``minutebook parse FILE [FILE...] [--json | --explain]``: the records a document holds.

One JSON object for one file, one object a line (JSON Lines) for several. Without --json a short
summary. --explain prints, for each record and field, the source lines (page and line) it was taken from and
the name of the rule that took them (the provenance; --json is unchanged by it). A bad file gives one line on stderr ("Error: PATH: problem") and exit code 2; with
several files the good ones are still printed.
"""
from __future__ import annotations

import sys

import click

from minutebook.cli import Failure, main


def _summary(doc) -> str:
    out = [f"{doc.source}: {len(doc.records)} record(s)"]
    for rec in doc.records:
        date = rec.meeting.date or "date not stated"
        line = f"  {rec.kind:<8} {date}"
        if rec.body:
            line += f"  {rec.body}"
        if rec.pages:
            line += f"  pages {rec.pages}"
        if rec.kind == "minutes":
            line += f"  ({len(rec.items)} minutes, {len(rec.present)} present, {len(rec.apologies)} apologies)"
        elif rec.kind == "agenda":
            line += f"  ({len(rec.agenda)} items, {len(rec.members)} members)"
        elif rec.kind == "report":
            line += f"  {rec.report_no or ''} {rec.title or ''}".rstrip()
        out.append(line)
    for w in doc.warnings:
        out.append(f"  warning: {w}")
    return "\n".join(out)


@main.command("parse")
@click.argument("files", nargs=-1, required=True, type=str)
@click.option("--json", "as_json", is_flag=True, help="Print the records as JSON (JSON Lines for several files).")
@click.option("--explain", is_flag=True,
              help="For each record and field (each minute, resolution and action), print the source lines it was "
                   "taken from (page and line) and the rule that took them.")
def parse_command(files, as_json, explain):
    """Read agendas, minutes and packs (PDF, text, Markdown, HTML, DOCX) and print their records."""
    from minutebook.ingest.errors import InputError
    from minutebook.ingest.bounded import parse_file

    if as_json and explain:
        raise Failure("--json and --explain print different things: choose one")
    failures = []
    for path in files:
        try:
            doc = parse_file(path, explain=explain)
        except InputError as exc:
            failures.append(str(exc))
            if len(files) > 1:
                click.echo(f"Error: {exc}", err=True)
            continue
        except Exception as exc:  # a parser bug must still be one line naming the file
            failures.append(f"{path}: cannot parse ({type(exc).__name__}: {exc})")
            if len(files) > 1:
                click.echo(f"Error: {failures[-1]}", err=True)
            continue
        if explain:
            click.echo(doc)         # the explanation, already text
        elif as_json:
            click.echo(doc.to_json(indent=None if len(files) > 1 else 2))
        else:
            click.echo(_summary(doc))
        sys.stdout.flush()
    if failures:
        if len(files) == 1:
            raise Failure(failures[0])
        raise SystemExit(2)
