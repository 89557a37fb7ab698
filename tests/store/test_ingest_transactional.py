"""A failure in the middle of storing a file leaves the database exactly as it was."""
import pytest

from minutebook.store import ingest
from minutebook.store.models import Action, Attendance, Body, Document, Meeting, Minute, Person, Resolution
from store_builders import SEED_PACK, gold_minutes, gold_pack, store

MODELS = (Body, Document, Meeting, Minute, Resolution, Action, Attendance, Person)


def snapshot():
    return {m.__name__: sorted(m.objects.values_list("pk", flat=True)) for m in MODELS}


def test_failure_while_storing_actions_rolls_the_file_back(db, monkeypatch):
    store(gold_pack(), SEED_PACK.read_bytes(), SEED_PACK.name)
    before = snapshot()

    def boom(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ingest._Store, "action", boom)
    with pytest.raises(RuntimeError):
        store(gold_minutes(), b"december minutes", "december.txt")
    assert snapshot() == before


def test_ingest_file_reports_the_failure_in_one_line(db, monkeypatch, tmp_path):
    path = tmp_path / "december.txt"
    path.write_bytes(b"december minutes")
    monkeypatch.setattr("minutebook.ingest.parse.parse_text", lambda text, source, sha256: gold_minutes())
    monkeypatch.setattr(ingest._Store, "attendance", lambda *a, **k: (_ for _ in ()).throw(ValueError("bad row")))
    result = ingest.ingest_file(path)
    assert result.status == "failed" and "\n" not in result.error
    assert result.error.startswith(f"{path}: ") and "bad row" in result.error
    assert snapshot() == {m.__name__: [] for m in MODELS}
