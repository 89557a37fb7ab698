"""CLI commands: parse (to be filled in)."""
from minutebook.cli import main, Failure  # noqa: F401
