"""Board minutes laid out as tables (tests/ingest/tables: a ruled PDF whose items table runs over pages with its
header repeated and a row broken across the page, a Word file with merged section rows and a date column, a
word processor's HTML table, a converter's Markdown pipe table): each must score at least 0.95 with the shared
scorer, through benchmarks/accuracy.py (see tests/ingest/tables/README.md)."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLES = ROOT / "tests" / "ingest" / "tables"
FLOOR = 0.95


def _accuracy():
    spec = importlib.util.spec_from_file_location("minutebook_bench_accuracy", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows(shared):
    return {r["gold"].name: r for r in _accuracy().measure(group_only="tables")}


def test_every_document_kind_has_a_gold_file(rows):
    suffixes = {Path(r["document"]).suffix for r in rows.values()}
    assert suffixes == {".pdf", ".docx", ".html", ".md"}
    assert len(rows) == len(list(TABLES.glob("*.gold.json")))


@pytest.mark.parametrize("gold", sorted(p.name for p in TABLES.glob("*.gold.json")))
def test_table_minutes_score(rows, gold):
    row = rows[gold]
    low = {k: round(v, 3) for k, v in row["parts"].items() if v < 1.0}
    assert row["score"] >= FLOOR, f"{gold}: {row['score']:.3f} {low}"
