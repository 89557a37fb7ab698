"""CLI commands: cycle (to be filled in)."""
from minutebook.cli import main, Failure  # noqa: F401
