"""The real-corpus gold set (tests/ingest/real, documents of ../shared/corpus-real, gold written blind to the
parser) is the measure of the parser: each document keeps its floor in accuracy_floors.json["real"] (measured,
less a 0.05 margin), so a change that makes any real document worse fails. Raise the floors as the parser
improves (``benchmarks/accuracy.py --write-floors``); never lower one to make a change pass. Gold files added
since the floors were written are measured but hold no floor until then."""
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text()).get("real", {})


def test_each_real_document_keeps_its_floor(shared):
    spec = importlib.util.spec_from_file_location("minutebook_bench_accuracy_real", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = module.measure(group_only="real")
    assert rows and FLOORS
    below = {r["gold"].name: (round(r["score"], 3), FLOORS[r["gold"].name]) for r in rows
             if r["gold"].name in FLOORS and r["score"] < FLOORS[r["gold"].name]}
    assert not below, f"real: documents below their floor (score, floor): {below}"
