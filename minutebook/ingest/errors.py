"""Errors that ingestion reports as one line naming the file and the problem."""
from __future__ import annotations


class InputError(Exception):
    """Bad input: the file cannot be read as a meeting document. str() is the one-line message."""

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
