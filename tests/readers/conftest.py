"""The minutes PDF generator (tests/fixtures/make_minutes_pdf.py), loaded by path for the reader tests."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_GENERATOR = Path(__file__).resolve().parents[1] / "fixtures" / "make_minutes_pdf.py"


def _load():
    spec = importlib.util.spec_from_file_location("minutebook_test_make_minutes_pdf", _GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def minutes_pdf():
    """make_minutes_pdf(path=None, pages=3, ...) -> Minutes (bytes and the truth)."""
    return _load().make_minutes_pdf
