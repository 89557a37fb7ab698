"""Each seed parses, through the CLI, to records that score 1.0 against its gold files."""
import subprocess
import sys
from pathlib import Path

import pytest

import os
ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "gold"
SEED_PACK = SHARED / "seeds" / "000_f18476df4ed148e9.txt"
SEED_MINUTES = SHARED / "seeds" / "001_d28e78b19fcbbe22.txt"

SCORER = SHARED / "tools" / "score_records.py"
CASES = [
    (SEED_PACK, ["seed000_agenda_2017-07-06.json", "seed000_minutes_2017-03-09.json"]),
    (SEED_MINUTES, ["seed001_minutes_2017-12-19.json"]),
]


@pytest.mark.parametrize("seed,golds", CASES, ids=["seed000", "seed001"])
def test_seed_scores_one(seed, golds, tmp_path, shared):
    pred = tmp_path / "pred.json"
    out = subprocess.run([str(ROOT / ".venv" / "bin" / "minutebook"), "parse", str(seed), "--json"],
                         capture_output=True, text=True, check=True)
    pred.write_text(out.stdout)
    scored = subprocess.run([sys.executable, str(SCORER), *[str(GOLD / g) for g in golds], "--pred", str(pred)],
                            capture_output=True, text=True)
    last = scored.stdout.strip().splitlines()[-1]
    assert last == "overall 1.0000", scored.stdout
