"""Parse accuracy on tests/ingest/styles: documents written for the project in the shapes of real ones
(ModernGov minutes and agenda front sheets, London borough packs, board minutes with an Action column,
Irish Joint Policing Committee minutes; see its README.md).

Every gold file is scored with the shared scorer through benchmarks/accuracy.py; the mean over the set must
reach 0.85, the same target as the real documents. The bar is not lowered to make the parser pass: while
the parser is below it, the check is an expected failure that reports the measured mean.
"""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TARGET_MEAN = 0.85


def _accuracy():
    spec = importlib.util.spec_from_file_location("minutebook_bench_accuracy", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows(shared):
    return _accuracy().measure(group_only="styles")


def test_every_gold_file_names_a_document_in_the_set():
    accuracy = _accuracy()
    golds = sorted(accuracy.STYLES.glob("*.gold.json"))
    cases = [c for c in accuracy.cases() if c[0] == "styles"]
    assert golds and len(cases) == len(golds)
    assert all(doc.exists() for _, doc, _ in cases)


@pytest.mark.xfail(strict=False, reason=(
    "parser below the target on first contact: mean 0.742 over 16 gold files (14 documents), measured "
    "2026-11-22 (parser at 92712e9) with benchmarks/accuracy.py --set styles; lowest: wyebridge board minutes 0.134, "
    "eastbrook SAB docx 0.419, kestrel PCP html 0.560, northmoor council pdf 0.628, harrowden agenda 0.656"))
def test_mean_reaches_target(rows):
    mean = sum(r["score"] for r in rows) / len(rows)
    scores = {r["gold"].name: round(r["score"], 3) for r in rows}
    assert mean >= TARGET_MEAN, f"mean {mean:.3f} over {len(rows)} gold files: {scores}"
