"""Every record names its body as the document states it: the store creates meetings only for records with a body.

Corpus documents are checked against the body their SOURCES.tsv gives (a distinctive word of it must appear in the
parsed body, and the body must be a name, not a sentence or a date); gold files that state a body must mostly agree.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from minutebook.ingest.parse import parse_file

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
COMMON = {"council", "parish", "county", "city", "committee", "meeting", "minutes", "and", "the", "of", "agm",
          "special", "board", "group", "town", "community", "district", "police", "service", "area"}


def _corpus() -> list[tuple[Path, str]]:
    found = []
    for tsv in sorted((SHARED / "corpus").rglob("SOURCES.tsv")):
        with tsv.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if row and (tsv.parent / row[0]).is_file():
                    found.append((tsv.parent / row[0], row[4]))
    return found


def _plausible(body: str | None) -> bool:
    return bool(body) and 3 <= len(body) <= 100 and "\n" not in body and not re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}\b|\b(?:19|20)\d\d\b", body) \
        and not re.match(r"(?:the|a|an|held|minutes|present|apologies|councillor|cllr)\b", body, re.I)


@pytest.mark.parametrize("path,stated", _corpus(), ids=lambda v: v.name if isinstance(v, Path) else "")
def test_corpus_document_names_its_body(path, stated):
    records = [r for r in parse_file(path).records if r.kind in ("minutes", "agenda")]
    assert records
    for rec in records:
        assert _plausible(rec.body), (path.name, rec.body)
        # a distinctive word of the body the source names ("Milburn", "Portland", "Audit")
        words = {w.lower() for w in re.findall(r"[A-Za-z#]\w+", re.sub(r"\(.*?\)", "", stated))} - COMMON
        assert words & {w.lower() for w in re.findall(r"[A-Za-z#]\w+", rec.body)}, (path.name, rec.body, stated)


@pytest.mark.parametrize("seed", sorted((SHARED / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_seed_records_name_the_group(seed):
    records = [r for r in parse_file(seed).records if r.kind in ("minutes", "agenda")]
    assert records
    assert all(r.body == "Safer Bromley Partnership Strategic Group" for r in records), [r.body for r in records]


def test_gold_bodies_agree():
    pairs = []
    for folder in ("realdocs", "styles", "heldout"):
        for gold_path in sorted((ROOT / "tests" / "ingest" / folder).glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if not gold.get("body"):
                continue
            rec = next((r for r in parse_file(gold_path.parent / gold["source"]).records
                        if r.kind == gold["document_kind"]), None)
            pairs.append((gold["body"].replace("’", "'").lower(), ((rec.body if rec else None) or "").lower()))
    agree = sum(g == p for g, p in pairs)
    assert pairs and agree >= 0.8 * len(pairs), [p for p in pairs if p[0] != p[1]]
