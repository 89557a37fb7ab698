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


def walk(cmd: click.Command, path: list[str]):
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.list_commands(click.Context(cmd))):
            yield from walk(cmd.get_command(click.Context(cmd), name), path + [name])


def reference() -> str:
    parts = ["# minutebook command reference", "",
             "Generated from the code by `scripts/cli_reference.py`; `tests/cli/test_cli_reference.py` checks it is complete.", ""]
    for path, cmd in walk(main, ["minutebook"]):
        ctx = click.Context(cmd, info_name=" ".join(path))
        parts += [f"## {' '.join(path)}", "", "```", cmd.get_help(ctx).replace("\r", ""), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    text = reference()
    if "--check" in sys.argv:
        sys.exit(0 if OUT.exists() and OUT.read_text() == text else 1)
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}")
