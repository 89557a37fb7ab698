"""`minutebook parse`: JSON for one file, JSON Lines for several, one-line errors with exit code 2."""
import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
SEED_MINUTES = SHARED / "seeds" / "001_d28e78b19fcbbe22.txt"
MB = str(ROOT / ".venv" / "bin" / "minutebook")

MINUTES = """SAFER TOWN PARTNERSHIP BOARD
Minutes of the meeting held at 2.00 pm on Tuesday 3rd September 2019
Present:
Jo Smith (Chair)
Sam Patel, (Council Officer)
1   APOLOGIES FOR ABSENCE
Apologies were received from Alex Brown.
2   ANY OTHER BUSINESS
RESOLVED that the update be noted.
The meeting ended at 3.15 pm
"""


def run(*args):
    return subprocess.run([MB, "parse", *map(str, args)], capture_output=True, text=True)


def test_one_file_prints_one_json_object():
    out = run(SEED_MINUTES, "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["source"] == str(SEED_MINUTES) and len(doc["sha256"]) == 64
    assert doc["records"][0]["kind"] == "minutes"


def test_summary_without_json():
    out = run(SEED_MINUTES)
    assert out.returncode == 0
    assert "minutes" in out.stdout and "2017-12-19" in out.stdout


def test_binary_named_txt_is_one_line_error(tmp_path):
    bad = tmp_path / "minutes.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    out = run(bad, "--json")
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {bad}:"), out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""


def test_empty_file_is_one_line_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = run(empty)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and str(empty) in out.stderr


def test_utf16_with_bom_decodes(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(MINUTES.encode("utf-16"))
    out = run(path, "--json")
    assert out.returncode == 0, out.stderr
    rec = json.loads(out.stdout)["records"][0]
    assert rec["meeting"] == {"date": "2019-09-03", "start": "14:00", "end": "15:15", "venue": None}


def test_cp1252_decodes(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(MINUTES.replace("update be noted", "Chair\u2019s update be noted").encode("cp1252"))
    out = run(path, "--json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)["records"][0]["items"]
    assert items[1]["resolutions"] == ["the Chair's update be noted."]


def test_undecodable_text_is_one_line_error(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(MINUTES.encode("utf-8") + b"\x81\x8d\x8f\x90\x9d" * 3)
    out = run(path)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "decode" in out.stderr


def test_several_files_print_good_ones_and_fail_at_the_end(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(MINUTES)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    out = run(good, bad, SEED_MINUTES, "--json")
    assert out.returncode == 2
    docs = [json.loads(line) for line in out.stdout.strip().splitlines()]
    assert [d["source"] for d in docs] == [str(good), str(SEED_MINUTES)]
    assert out.stderr.strip().splitlines() == [line for line in out.stderr.strip().splitlines() if str(bad) in line]
    assert len(out.stderr.strip().splitlines()) == 1


def test_directory_is_one_line_error(tmp_path):
    out = run(tmp_path)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [out.stderr.strip()] and str(tmp_path) in out.stderr
