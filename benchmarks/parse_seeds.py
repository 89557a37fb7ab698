"""Parse speed on the seeds and the corpus: seconds per document for minutebook.ingest.parse.parse_file.

    .venv/bin/python benchmarks/parse_seeds.py [--repeat 5]

Prints the best of --repeat runs for each file (the target: a seed parses well under 0.5 s).
"""
from __future__ import annotations

import argparse
import os
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from minutebook.ingest.parse import parse_file

    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted(p for p in (SHARED / "corpus").glob("*.*")
                                                              if p.suffix != ".tsv")
    for path in files:
        parse_file(path)
        best = min(timeit.repeat(lambda: parse_file(path), number=1, repeat=args.repeat))
        print(f"{best:7.3f} s  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
