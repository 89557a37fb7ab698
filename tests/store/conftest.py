"""Store test fixtures (the builders are in store_builders.py)."""
import pytest

from store_builders import SEED_MINUTES, SEED_PACK, gold_minutes, gold_pack, store


@pytest.fixture
def seeds_stored(db):
    """Both seeds in the store (from the gold records), oldest first."""
    pack, minutes = gold_pack(), gold_minutes()
    r1 = store(pack, SEED_PACK.read_bytes(), SEED_PACK.name)
    r2 = store(minutes, SEED_MINUTES.read_bytes(), SEED_MINUTES.name)
    return r1, r2
