#!/usr/bin/env python3
"""Writes docs/cli.md, the CLI reference, from the click commands themselves.

    .venv/bin/python scripts/cli_reference.py          # rewrite docs/cli.md
    .venv/bin/python scripts/cli_reference.py --check  # exit 1 if docs/cli.md is out of date
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutebook.cli import main  # noqa: E402

OUT = ROOT / "docs" / "cli.md"


WIDTH = 100  # fixed, so the reference does not depend on the terminal it was made in


def walk(cmd: click.Command, path: list[str], parent: click.Context | None = None):
    """Every command with the context click would give it (so -h/--help and widths are as in use)."""
    ctx = click.Context(cmd, info_name=path[-1], parent=parent, terminal_width=WIDTH, max_content_width=WIDTH,
                        **cmd.context_settings)
    yield path, cmd, ctx
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.list_commands(ctx)):
            yield from walk(cmd.get_command(ctx, name), path + [name], ctx)


def reference() -> str:
    parts = ["# minutebook command reference", "",
             "Generated from the code by `scripts/cli_reference.py`; `tests/cli/test_cli_reference.py` checks it is complete.", ""]
    for path, cmd, ctx in walk(main, ["minutebook"]):
        parts += [f"## {' '.join(path)}", "", "```", cmd.get_help(ctx).replace("\r", ""), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    text = reference()
    if "--check" in sys.argv:
        sys.exit(0 if OUT.exists() and OUT.read_text() == text else 1)
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}")
