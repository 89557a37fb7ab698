"""`minutebook parse FILE --explain`: for each record and field (each minute, resolution and action) the source
lines it was taken from, as page and line (or line of a file without pages) and quoted, and the name of the rule
that took them. --json is unchanged: the provenance never enters the record."""
import json
import os
import re
import subprocess
from pathlib import Path

from minutebook.ingest.parse import parse_file
from minutebook.ingest.provenance import Trail, explain

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
SEED_MINUTES = SHARED / "seeds" / "001_d28e78b19fcbbe22.txt"
MB = str(ROOT / ".venv" / "bin" / "minutebook")


def test_explain_shows_each_minute_resolution_and_action_with_its_lines(shared):
    out = subprocess.run([MB, "parse", str(SEED_MINUTES), "--explain"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    doc = parse_file(SEED_MINUTES)
    minutes = next(r for r in doc.records if r.kind == "minutes")
    source = SEED_MINUTES.read_text(encoding="utf-8").split("\n")
    for item in minutes.items:
        assert f"  minute {item.number} " in text
    # every minute's heading line is cited by its line in the file and quoted as printed there
    for m in re.finditer(r"    item = (\S+) .*← l(\d+)\S*  \[([\w-]+)\]\n        \| (.*)", text):
        number, line, rule, quoted = m.groups()
        printed = re.sub(r"\W+", "", source[int(line) - 1]).lower()
        assert re.sub(r"\W+", "", number + quoted.rstrip("…").split()[1]).lower() in printed
        assert quoted.startswith(number)
        assert rule in ("numbered-heading", "lettered-sub-item")
    resolutions = sum(len(i.resolutions) for i in minutes.items)
    actions = sum(len(i.actions) for i in minutes.items)
    assert resolutions and actions
    assert len(re.findall(r"^    resolution \d+ = .* ← l\d+\S*  \[[\w-]+\]$", text, re.M)) == resolutions
    assert len(re.findall(r"^      action = .* ← l\d+\S*  \[[\w-]+\]$", text, re.M)) == actions
    assert "[resolved-marker]" in text and "[action-column]" in text
    assert "(no source line)" not in text


def test_json_is_unchanged_by_provenance(shared):
    plain = parse_file(SEED_MINUTES).to_json()
    with Trail() as trail:
        traced = parse_file(SEED_MINUTES)
    assert traced.to_json() == plain
    assert "fields" not in json.loads(plain) and trail.notes
    assert explain(traced, trail).startswith(f"{SEED_MINUTES}: ")


def test_json_and_explain_together_is_refused():
    out = subprocess.run([MB, "parse", str(SEED_MINUTES), "--explain", "--json"], capture_output=True, text=True)
    assert out.returncode == 2 and out.stderr.count("\n") == 1
