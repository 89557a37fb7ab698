import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "search"))
from mb_records import DRAFT_WORD, EXEMPT_WORD, UNPUBLISHED_WORD, build_record  # noqa: E402,F401


@pytest.fixture
def record(db, django_user_model):
    return build_record(django_user_model)
