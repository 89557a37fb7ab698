"""Parse accuracy on the evaluation sets, scored with the shared scorer through benchmarks/accuracy.py.

Sets (each has a README.md with its sources, conventions and first-contact figures):
- realdocs: real public meeting documents (parish and district councils, Irish SPCs and a JPC agenda);
- styles, heldout: documents written for the project in the shapes of real ModernGov minutes and agenda front
  sheets, London borough packs, board minutes with Action columns and Irish JPC minutes;
- tables: board minutes laid out as tables (ruled PDF, Word, word-processor HTML, Markdown);
- blind1: the first blind set (UK partnership, council and board forms), measured blind once and tuned on since;
- blind2: the second blind set (parish, US, Irish, trustees, liaison, planning, agendas), measured blind, then
  used to choose the kinds of document worked on;
- seeds: the two seed documents against ../shared/gold.
The current blind set (tests/ingest/blind) is measured only on demand: see test_blind_accuracy.py.

For every set: each gold file names a document, the mean reaches 0.85, and each document keeps its floor in
accuracy_floors.json (measured, less a 0.05 margin), so a parser change that makes any document worse fails.
Raise a floor when the parser improves (``benchmarks/accuracy.py --write-floors``); never lower one to make a
change pass.
"""
import importlib.util
import json
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text())
TARGET_MEAN = 0.85
SETS = ("realdocs", "styles", "heldout", "tables", "kinds", "blind1", "blind2", "seeds")


@lru_cache(maxsize=1)
def accuracy():
    spec = importlib.util.spec_from_file_location("minutebook_bench_accuracy", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows(shared):
    measured = accuracy().measure()
    return {name: [r for r in measured if r["set"] == name] for name in SETS}


@pytest.mark.parametrize("name", SETS)
def test_every_gold_file_names_a_document(name, shared):
    cases = [c for c in accuracy().cases() if c[0] == name]
    assert cases and all(doc.exists() and gold.exists() for _, doc, gold in cases)
    assert {gold.name for _, _, gold in cases} == set(FLOORS[name])


@pytest.mark.parametrize("name", SETS)
def test_mean_reaches_target(rows, name):
    scores = {r["gold"].name: round(r["score"], 3) for r in rows[name]}
    mean = sum(scores.values()) / len(scores)
    assert mean >= TARGET_MEAN, f"{name}: mean {mean:.3f} over {len(scores)} gold files: {scores}"


@pytest.mark.parametrize("name", SETS)
def test_each_document_keeps_its_floor(rows, name):
    below = {r["gold"].name: (round(r["score"], 3), FLOORS[name][r["gold"].name]) for r in rows[name]
             if r["score"] < FLOORS[name][r["gold"].name]}
    assert not below, f"{name}: documents below their floor (score, floor): {below}"
