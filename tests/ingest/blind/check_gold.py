#!/usr/bin/env python3
"""Check the gold files of this set against their documents and against the shared scorer.

1. Every gold name (chair, vice-chair, members, present, also present, apologies, substitutes, action owners'
   names), item number, title, resolution, action text and owner initials, venue and contact field appears in its
   document's text (whitespace normalised, case folded; PDFs through `pdftotext` raw and `-layout`, Word files
   through python-docx, HTML with its tags removed and entities decoded).
2. Each gold file, read as a prediction, scores 1.0 on every component with /work/shared/tools/score_records.py.

Standard library, `pdftotext` and python-docx only. Exit status 1 where any gold file has a problem.

    .venv/bin/python tests/ingest/blind/check_gold.py
"""
from __future__ import annotations

import html
import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score_records.py")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def document_texts(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return [subprocess.run(["pdftotext", *opts, str(path), "-"], capture_output=True, text=True,
                               check=True).stdout for opts in ([], ["-layout"])]
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        for section in d.sections:
            parts += [p.text for p in section.footer.paragraphs]
        return ["\n".join(parts)]
    raw = path.read_text(encoding="utf-8")
    if suffix in (".html", ".htm"):
        raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?i)</?(sup|sub|strong|em|b|i|span|a|font)\b[^>]*>", "", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw).replace("\xa0", " ")
    return [raw]


def strings_of(gold: dict) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(what, value):
        if value:
            out.append((what, value))

    add("chair", gold.get("chair"))
    add("vice_chair", gold.get("vice_chair"))
    add("venue", (gold.get("meeting") or {}).get("venue"))
    for key in ("members", "present", "also_present", "apologies"):
        for n in gold.get(key) or []:
            add(key, n if isinstance(n, str) else n.get("name"))
    for s in gold.get("substitutes") or []:
        add("substitute for", s["for"])
        add("substitute by", s["by"])
    for key, value in (gold.get("contact") or {}).items():
        add("contact " + key, value)
    for entry in gold.get("agenda") or []:
        add("agenda number", entry["number"])
        add("agenda title", entry["title"])
        add("agenda pages", entry.get("pages"))
    for item in gold.get("items") or []:
        add("item number", item["number"])
        add("item title", item["title"])
        for r in item.get("resolutions") or []:
            add("resolution", r)
        for a in item.get("actions") or []:
            add("action text", a.get("text"))
            for o in a["owners"]:
                add("action owner", o)
            for o in a["owner_names"]:
                add("action owner name", o)
    return out


def as_prediction(gold: dict) -> dict:
    record = json.loads(json.dumps(gold))
    record["kind"] = gold["document_kind"]
    subs = {s["for"]: s["by"] for s in gold.get("substitutes") or []}
    for key in ("present", "also_present", "members"):
        if key in record:
            record[key] = [{"name": n, "role": None, "organisation": None} for n in record[key]]
    if "apologies" in record:
        record["apologies"] = [{"name": n, "role": None, "substitute": subs.get(n)} for n in record["apologies"]]
    return record


def main() -> int:
    spec = importlib.util.spec_from_file_location("score_records", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    golds = sorted(HERE.glob("*.gold.json"))
    bad = 0
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        problems = []
        doc = HERE / gold["source"]
        if not doc.exists():
            problems.append(f"source {gold['source']} missing")
        else:
            texts = [norm(t) for t in document_texts(doc)]
            for what, value in strings_of(gold):
                v = norm(value)
                if what == "agenda number" and re.fullmatch(r"\d+[a-z]", value):
                    letter = value[-1]
                    found = any(re.search(rf"(\({letter}\)|\b{letter}[.)])", t) for t in texts)
                elif what in ("resolution", "action text"):
                    found = any(v.rstrip(". ") in t for t in texts)
                elif what == "agenda pages":
                    a, b = value.split("-")
                    found = any(re.search(rf"\b{a}\s*-\s*{b}\b", t) for t in texts)
                else:
                    found = any(v in t for t in texts)
                if not found:
                    problems.append(f"{what} not in text: {value!r}")
        parts = scorer.score(gold, [as_prediction(gold)])
        for name, value in parts.items():
            if value is not None and value != 1.0:
                problems.append(f"self-score {name} = {value:.3f}")
        scored = ", ".join(f"{k} {v:.2f}" for k, v in parts.items() if v is not None)
        print(f"{gpath.name}: {'OK' if not problems else str(len(problems)) + ' problem(s)'} ({scored})")
        for p in problems:
            print("   -", p)
        bad += bool(problems)
    print(f"{len(golds)} gold files, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
