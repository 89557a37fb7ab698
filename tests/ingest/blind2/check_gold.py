#!/usr/bin/env python3
"""Check the blind set's gold files against their documents, without the parser.

For every *.gold.json in this folder:
- every name, item number, title, resolution, action owner, owner name, venue and contact field must appear in the
  document's text (whitespace normalised; quotes folded; Markdown emphasis and backslash escapes removed; HTML tags
  removed and entities decoded; `pdftotext` for PDFs, python-docx paragraphs and table cells for Word);
- the gold, read as a prediction, must score 1.0 on every component with the shared scorer.

usage: python3 tests/ingest/blind2/check_gold.py   (standard library, pdftotext and python-docx only)
Exits 1 when anything is missing.
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
# Strings the README names as not verbatim in the document's extracted text (gold file, string): `pdftotext` (raw)
# prints the Action cell "AR / SP" in the middle of this resolution's wrapped line.
KNOWN_EXCEPTIONS: set[tuple[str, str]] = {
    ("wendlebury_csp_minutes_2024-03-21.gold.json",
     "a briefing on the Castle Court problem-solving plan be sent to ward councillors."),
}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        for section in doc.sections:
            parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
        return "\n".join(parts)
    raw = path.read_bytes()
    if path.suffix in (".html", ".htm"):
        charset = re.search(rb"charset=[\"']?([\w-]+)", raw)
        text = raw.decode(charset.group(1).decode() if charset else "utf-8")
        text = re.sub(r"<!\[(?:if|endif)[^\]]*\]>", " ", text)
        text = re.sub(r"<style.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        return html.unescape(text)
    text = raw.decode("utf-8")
    if path.suffix == ".md":
        text = text.replace("**", "").replace("<br>", " ")
        text = re.sub(r"\\([.\-#*_()\[\]])", r"\1", text)
    return text


def strings(gold: dict) -> list[tuple[str, str]]:
    """(what, string) pairs that must appear in the document."""
    out = []

    def name(n):
        return n["name"] if isinstance(n, dict) else n

    for group in ("present", "also_present", "apologies", "members"):
        out += [(group, name(n)) for n in gold.get(group) or []]
    for key in ("chair", "vice_chair"):
        if gold.get(key):
            out.append((key, gold[key]))
    for s in gold.get("substitutes") or []:
        out += [("substitute", s["for"]), ("substitute", s["by"])]
    venue = (gold.get("meeting") or {}).get("venue")
    if venue:
        out.append(("venue", venue))
    for key, value in (gold.get("contact") or {}).items():
        if value:
            out.append(("contact." + key, value))
    for item in gold.get("items") or gold.get("agenda") or []:
        # an agenda's sub-item "a" under item 9 is "9a" in the gold: look for the letter
        sub = re.fullmatch(r"\d+([a-z])", item["number"])
        out += [("number", sub.group(1) if sub else item["number"]), ("title", item["title"])]
        out += [("resolution", r) for r in item.get("resolutions") or []]
        for action in item.get("actions") or []:
            out += [("owner", o) for o in action["owners"]] + [("owner_name", o) for o in action["owner_names"]]
    return out


def self_score(gold: dict) -> dict:
    spec = importlib.util.spec_from_file_location("score_records", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    record = dict(gold, kind=gold["document_kind"])
    if gold["document_kind"] == "minutes":
        record["apologies"] = [{"name": a, "substitute": next((s["by"] for s in gold.get("substitutes") or []
                                                              if s["for"] == a), None)}
                               for a in gold.get("apologies") or []]
    return {k: v for k, v in scorer.score(gold, [record]).items() if v is not None}


def main() -> int:
    failures = 0
    golds = sorted(HERE.glob("*.gold.json"))
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = HERE / gold["source"]
        text = norm(document_text(doc))
        missing = [(what, s) for what, s in strings(gold)
                   if norm(s) not in text and (gold_path.name, s) not in KNOWN_EXCEPTIONS]
        parts = self_score(gold)
        low = {k: v for k, v in parts.items() if v != 1.0}
        status = "ok" if not missing and not low else "FAIL"
        print(f"{status}  {gold_path.name}: {len(strings(gold))} strings, components {sorted(parts)}")
        for what, s in missing:
            print(f"      missing {what}: {s!r}")
        for k, v in low.items():
            print(f"      self-score {k} = {v}")
        failures += bool(missing or low)
    print(f"{len(golds)} gold files, {failures} with problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
