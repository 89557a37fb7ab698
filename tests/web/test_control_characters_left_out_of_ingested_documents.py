"""A document whose text holds control characters (a vertical tab, a bell, a unit separator) is stored
without them, as the API and the forms store text."""
from tests.conftest import SEED_MINUTES

from minutebook.store.ingest import ingest_file
from minutebook.store.models import Minute, Person

CONTROLS = "\x01\x07\x0b\x1f\x7f"


def test_ingested_text_keeps_no_control_characters(db, tmp_path):
    text = SEED_MINUTES.read_text(encoding="utf-8")
    middle = text.index("\n", len(text) // 2)
    path = tmp_path / "minutes.txt"
    path.write_text(text[:middle] + " The Board noted\x0b the\x01 report\x07." + text[middle:], encoding="utf-8")
    result = ingest_file(path)
    assert result.status == "ingested", result.error
    texts = [m.title + m.text for m in Minute.objects.all()] + [p.name for p in Person.objects.all()]
    assert not [t for t in texts if any(c in t for c in CONTROLS)]
    assert any("The Board noted the report." in m.text for m in Minute.objects.all())
