"""Parse accuracy on tests/ingest/heldout: documents written for the project in the shapes of real ones
(ModernGov Cabinet and Council minutes, a Police, Fire and Crime Panel, agenda front sheets, a London borough
pack, board minutes with Action columns, Irish Joint Policing Committees; see its README.md), written without
looking at the parser and measured once on first contact.

Every gold file is scored with the shared scorer through benchmarks/accuracy.py; the mean over the set must
reach 0.85, the same target as the real documents. The bar is not lowered to make the parser pass: while the
parser is below it, the check is an expected failure that reports the first-contact figures. The set is an
estimate of accuracy on unseen documents only while nobody tunes the parser against it.
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
    return _accuracy().measure(group_only="heldout")


def test_every_gold_file_names_a_document_in_the_set():
    accuracy = _accuracy()
    golds = sorted(accuracy.HELDOUT.glob("*.gold.json"))
    cases = [c for c in accuracy.cases() if c[0] == "heldout"]
    assert golds and len(cases) == len(golds)
    assert all(doc.exists() for _, doc, _ in cases)


@pytest.mark.xfail(strict=False, reason=(
    "parser below the target on first contact: mean 0.554 over 13 gold files (12 documents), measured once "
    "2026-11-22 (parser at 89a644a plus the working tree of that moment) with benchmarks/accuracy.py --set heldout; "
    "lowest: wealdmoor SCP agenda docx 0.000 (read as minutes), tennerdale agenda 0.369, greymoor trust board pdf "
    "0.400, harbourvale PFCP html 0.403, rossduff JPC docx 0.467, caddow SAB md 0.496"))
def test_mean_reaches_target(rows):
    mean = sum(r["score"] for r in rows) / len(rows)
    scores = {r["gold"].name: round(r["score"], 3) for r in rows}
    assert mean >= TARGET_MEAN, f"mean {mean:.3f} over {len(rows)} gold files: {scores}"
