"""Parse accuracy on real documents: tests/ingest/realdocs, tests/ingest/styles, tests/ingest/heldout and the seeds.

    .venv/bin/python benchmarks/accuracy.py [--detail] [--only NAME] [--set real|realdocs|styles|heldout|tables|kinds|blind1|blind2|blind|seeds]

(tests/ingest/tables: board minutes laid out as tables in PDF, DOCX, HTML and Markdown; tests/ingest/kinds: US city
council and commission, English parish, planning committee, London agenda and charity trustee shapes; see their README.md.)

Each gold file (tests/ingest/realdocs/*.gold.json, tests/ingest/styles/*.gold.json,
tests/ingest/heldout/*.gold.json, and the shared gold files for the seeds) names its
document in "source". The document is parsed once (minutebook.ingest.parse.parse_file, the code behind
`minutebook parse FILE --json`) and scored with the shared scorer (../shared/tools/score_records.py):
every component 0..1, the document score their mean. Prints one line per gold file with its score and
the components below 1.0, then the means. --detail also prints, for each component below 1.0, what the
gold has that the parse lacks and what the parse has that the gold lacks.
Prints figures; it is not a test (tests/ingest/test_accuracy_sets.py holds the 0.85 target for each set's
mean and each document's floor from accuracy_floors.json, written by --write-floors;
tests/ingest/test_blind_accuracy.py the target for the blind set, measured only on request). The styles set holds documents written
for the project in the shapes of real ones (see its README.md); several gold files may share one document.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
REALDOCS = ROOT / "tests" / "ingest" / "realdocs"
STYLES = ROOT / "tests" / "ingest" / "styles"
HELDOUT = ROOT / "tests" / "ingest" / "heldout"
BLIND = ROOT / "tests" / "ingest" / "blind"
TABLES = ROOT / "tests" / "ingest" / "tables"
KINDS = ROOT / "tests" / "ingest" / "kinds"
BLIND1 = ROOT / "tests" / "ingest" / "blind1"
BLIND2 = ROOT / "tests" / "ingest" / "blind2"
REAL = ROOT / "tests" / "ingest" / "real"            # gold for ../shared/corpus-real, written blind to the parser
SETS = ("real", "realdocs", "styles", "heldout", "tables", "kinds", "blind1", "blind2", "blind", "seeds")
SEEDS = SHARED / "seeds"


def scorer():
    """The shared scorer as a module (standard library only)."""
    spec = importlib.util.spec_from_file_location("score_records", SHARED / "tools" / "score_records.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cases() -> list[tuple[str, Path, Path]]:
    """(set, document, gold) for every gold file whose document exists: "realdocs", "styles", "heldout",
    "tables", "kinds", "blind1", "blind2", "blind" or "seeds"."""
    found = []
    for group, folder in (("realdocs", REALDOCS), ("styles", STYLES), ("heldout", HELDOUT), ("tables", TABLES),
                          ("kinds", KINDS), ("blind1", BLIND1), ("blind2", BLIND2), ("blind", BLIND)):
        for gold in sorted(folder.glob("*.gold.json")):
            source = json.loads(gold.read_text(encoding="utf-8"))["source"]
            found.append((group, folder / source, gold))
    for gold in sorted(REAL.glob("*.gold.json")):
        source = json.loads(gold.read_text(encoding="utf-8"))["source"]
        found.append(("real", SHARED / "corpus-real" / source, gold))
    for gold in sorted((SHARED / "gold").glob("*.json")):
        source = json.loads(gold.read_text(encoding="utf-8"))["source"]
        if (SEEDS / source).exists():
            found.append(("seeds", SEEDS / source, gold))
    return found


def parse(path: Path) -> list[dict]:
    from minutebook.ingest.parse import parse_file

    return json.loads(parse_file(path).to_json()).get("records") or []


def measure(only: str | None = None, group_only: str | None = None) -> list[dict]:
    """One row per gold file: set, document, gold, score, parts, records (the parse).
    only: gold files whose name contains it; group_only: one set (see SETS). The blind set is left out unless it is named."""
    sr = scorer()
    parsed: dict[Path, list[dict]] = {}
    rows = []
    for group, doc, gold_path in cases():
        if only and only not in gold_path.name:
            continue
        if group_only and group != group_only:
            continue
        if group == "blind" and group_only != "blind":
            continue  # the blind set is parsed only when asked for by name (--set blind): see its README.md
        if doc not in parsed:
            parsed[doc] = parse(doc)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        parts = {k: v for k, v in sr.score(gold, parsed[doc]).items() if v is not None}
        rows.append({"set": group, "document": doc, "gold": gold_path, "gold_data": gold,
                     "score": sum(parts.values()) / len(parts) if parts else 0.0,
                     "parts": parts, "records": parsed[doc]})
    return rows


CUTS = {"present": 0.9, "also_present": 0.9, "apologies": 0.9, "members": 0.9, "items": 0.9, "agenda": 0.9,
        "resolutions": 0.85, "action_owners": 1.0, "action_people": 0.9, "substitutes": 0.9}


def _keys(sr, gold: dict, pred: dict, part: str) -> tuple[list, list]:
    """The keys the scorer compares for one component, (exact part, fuzzy part), gold side and parse side."""
    gi, pi = gold.get("items") or [], pred.get("items") or []
    num = lambda i: sr.fold(i.get("number"))  # noqa: E731
    if part in ("present", "also_present", "apologies", "members"):
        return sr.names(gold.get(part)), sr.names(pred.get(part))
    if part in ("items", "agenda"):
        g, p = (gi, pi) if part == "items" else (gold.get("agenda") or [], pred.get("agenda") or [])
        return [(num(i), sr.fold(i["title"])) for i in g], [(num(i), sr.fold(i.get("title"))) for i in p]
    if part == "pages":
        return ([(num(i), i["pages"]) for i in gold.get("agenda") or [] if i.get("pages")],
                [(num(i), str(i.get("pages"))) for i in pred.get("agenda") or [] if i.get("pages")])
    if part == "resolutions":
        return ([(num(i), sr.resolution(r)) for i in gi for r in i.get("resolutions", [])],
                [(num(i), sr.resolution(r)) for i in pi for r in i.get("resolutions") or []])
    if part in ("action_owners", "action_people"):
        field, norm = ("owners", sr.fold) if part == "action_owners" else ("owner_names", sr.person)
        return ([(num(i), norm(o)) for i in gi for a in i.get("actions", []) for o in a[field]],
                [(num(i), norm(o)) for i in pi for a in i.get("actions") or [] for o in a.get(field) or []])
    if part == "substitutes":
        return ([("", sr.person(s["for"]) + " > " + sr.person(s["by"])) for s in gold.get("substitutes") or []],
                [("", sr.person(a.get("name")) + " > " + sr.person(a.get("substitute")))
                 for a in pred.get("apologies") or [] if isinstance(a, dict) and a.get("substitute")])
    if part == "meta":
        paths = ["meeting.date", "meeting.start", "meeting.end", "chair", "previous_meeting_date",
                 "next_meeting_date"] if gold["document_kind"] == "minutes" else \
                ["meeting.date", "meeting.start", "meeting.venue", "question_deadline", "next_meeting_date",
                 "chair", "vice_chair", "published"]
        g = [(p, sr.field(gold, p)) for p in paths if sr.field(gold, p) or sr.field(pred, p)]
        return g, [(p, sr.field(pred, p)) for p, _ in g]
    return [], []


def _unmatched(sr, gold_keys: list, pred_keys: list, cut: float) -> tuple[list, list]:
    """What the scorer's greedy matching leaves over on each side."""
    left = list(pred_keys)
    missing = []
    for g in gold_keys:
        for i, p in enumerate(left):
            if g[0] == p[0] and sr.similar(str(g[1]), str(p[1]), cut):
                del left[i]
                break
        else:
            missing.append(g)
    return missing, left


def detail(row: dict) -> list[str]:
    sr = scorer()
    gold = row["gold_data"]
    pred = sr.find(row["records"], gold["document_kind"], sr.field(gold, "meeting.date")) or {}
    lines = []
    if not pred:
        kinds = [(r.get("kind"), sr.field(r, "meeting.date")) for r in row["records"]]
        lines.append(f"    no {gold['document_kind']} record dated {sr.field(gold, 'meeting.date')}; parse has {kinds}")
    for part, value in row["parts"].items():
        if value >= 1.0:
            continue
        g, p = _keys(sr, gold, pred, part)
        if part == "meta":
            missing = [k for k, q in zip(g, p) if (sr.person(k[1]) if k[0] == "chair" else k[1])
                       != (sr.person(q[1]) if q[0] == "chair" else q[1])]
            extra = [p[g.index(k)] for k in missing]
        else:
            missing, extra = _unmatched(sr, g, p, CUTS.get(part, 1.0))
        lines.append(f"    {part} {value:.3f}")
        lines += [f"      gold only:  {json.dumps(k, ensure_ascii=False)}" for k in missing]
        lines += [f"      parse only: {json.dumps(k, ensure_ascii=False)}" for k in extra]
    return lines


FLOORS_FILE = ROOT / "tests" / "ingest" / "accuracy_floors.json"


def write_floors(rows: list[dict]) -> None:
    """Floors for tests/ingest/test_accuracy_sets.py from a measurement; only ever raised by hand review."""
    floors: dict[str, dict[str, float]] = {}
    for row in rows:
        if row["set"] != "blind":
            floors.setdefault(row["set"], {})[row["gold"].name] = max(0.0, int((row["score"] - 0.05) * 20) / 20)
    FLOORS_FILE.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
    print(f"wrote {FLOORS_FILE.relative_to(ROOT)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--detail", action="store_true", help="show what differs for each component below 1.0")
    ap.add_argument("--only", help="only gold files whose name contains this")
    ap.add_argument("--set", choices=SETS, help="only one set of documents (default: all)")
    ap.add_argument("--write-floors", action="store_true",
                    help="write tests/ingest/accuracy_floors.json: each document's score less 0.05, rounded down "
                         "to 0.05 (the blind set is never written)")
    args = ap.parse_args()
    rows = measure(args.only, args.set)
    if args.write_floors:
        write_floors(rows)
    for row in rows:
        low = ", ".join(f"{k} {v:.2f}" for k, v in row["parts"].items() if v < 1.0)
        print(f"{row['set']:8} {row['gold'].name:55} {row['score']:.3f}  {low}")
        if args.detail and row["score"] < 1.0:
            print("\n".join(detail(row)))
    for group in SETS:
        scores = [r["score"] for r in rows if r["set"] == group]
        if scores:
            print(f"mean {group:8} {sum(scores) / len(scores):.4f}  ({len(scores)} gold files)")
    if rows:
        print(f"mean all      {sum(r['score'] for r in rows) / len(rows):.4f}  ({len(rows)} gold files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
