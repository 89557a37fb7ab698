"""A generated pack read back by `minutebook parse` gives our agenda (items, pages where the stamps are,
deadlines, members) and our Matters Arising report: the shared scorer rates it 1.0."""
import json
import re
import subprocess
import sys

from click.testing import CliRunner

from minutebook.cli import main


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def stamped_ranges(pdf) -> dict:
    text = subprocess.run(["/usr/bin/pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    pages = text.split("\f")[:-1]
    starts = sorted((i, m) for i, p in enumerate(pages, 1) for m in re.findall(r"Agenda Item (\d+[a-z]?)\b", p))
    return {item: f"{a}-{(starts[k + 1][0] - 1) if k + 1 < len(starts) else len(pages)}"
            for k, (a, item) in enumerate(starts)}


def test_pack_reads_back(db, shared, tmp_path):
    from minutebook.store.ingest import ingest_paths

    ingest_paths([shared / "seeds" / "001_d28e78b19fcbbe22.txt"])
    body, meeting = "Safer Bromley", "2018-03-08"
    pack = tmp_path / "pack.pdf"
    run("pack", "--body", body, "--meeting", meeting, "--output", str(pack))
    agenda = json.loads(run("agenda", "--body", body, "--meeting", meeting, "--format", "json"))
    report = json.loads(run("matters-arising", "--body", body, "--meeting", meeting, "--format", "json"))
    ranges = stamped_ranges(pack)
    assert set(ranges) == {"2", "4"}
    gold = {"document_kind": "agenda", "meeting": agenda["meeting"], "published": agenda["published"],
            "question_deadline": agenda["question_deadline"], "next_meeting_date": agenda["next_meeting_date"],
            "chair": agenda["chair"], "vice_chair": agenda["vice_chair"],
            "members": [m["name"] for m in agenda["members"]],
            "agenda": [{"number": i["number"], "title": i["title"],
                        **({"pages": ranges[i["number"]]} if i["number"] in ranges else {})} for i in agenda["agenda"]],
            "matters_arising_report": {"report_no": report["report_no"], "for_meeting": report["for_meeting"],
                                       "rows": [{"minute": r["minute"], "meeting_date": r["meeting_date"]}
                                                for r in report["rows"]]}}
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    (tmp_path / "pred.json").write_text(run("parse", str(pack), "--json"))
    out = subprocess.run([sys.executable, str(shared / "tools" / "score_records.py"), str(tmp_path / "gold.json"),
                          "--pred", str(tmp_path / "pred.json")], capture_output=True, text=True).stdout
    assert out.strip().splitlines()[-1] == "overall 1.0000", out
