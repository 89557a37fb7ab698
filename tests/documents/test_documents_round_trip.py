"""Round trip: stored minutes rendered to PDF and DOCX read back by `minutebook parse` score 1.0 against
the stored record with the shared scorer (gold written from the stored record)."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutebook.cli import main
from minutebook.documents import render

MINUTES = "001_d28e78b19fcbbe22.txt"


def gold_of(rec) -> dict:
    """The stored record in the shape of ../shared/gold/*.json."""
    return {"document_kind": "minutes", "body": rec.body, "meeting": rec.meeting.model_dump(), "chair": rec.chair,
            "previous_meeting_date": rec.previous_meeting_date, "next_meeting_date": rec.next_meeting_date,
            "present": [p.name for p in rec.present], "also_present": [p.name for p in rec.also_present],
            "apologies": [a.name for a in rec.apologies],
            "substitutes": [{"for": a.name, "by": a.substitute} for a in rec.apologies if a.substitute],
            "items": [{"number": i.number, "title": i.title, "resolutions": i.resolutions,
                       "actions": [{"owners": a.owners, "owner_names": a.owner_names} for a in i.actions]}
                      for i in rec.items]}


def score(shared, gold: Path, document: Path, tmp_path) -> str:
    result = CliRunner().invoke(main, ["parse", str(document), "--json"])
    assert result.exit_code == 0, result.output
    pred = tmp_path / f"{document.suffix[1:]}.json"
    pred.write_text(result.output)
    out = subprocess.run([sys.executable, str(shared / "tools" / "score_records.py"), str(gold), "--pred", str(pred)],
                         capture_output=True, text=True)
    return out.stdout


CASES = [("000_f18476df4ed148e9.txt", "2017-03-09", 19, "pdf"), ("000_f18476df4ed148e9.txt", "2017-03-09", 19, "docx"),
         (MINUTES, "2017-12-19", 19, "pdf"), (MINUTES, "2017-12-19", 19, "docx")]


@pytest.mark.parametrize("seed,date,count,fmt", CASES)
def test_round_trip(seed, date, count, fmt, db, shared, tmp_path):
    from minutebook.store.ingest import ingest_paths
    from minutebook.store.models import Meeting
    from minutebook.store.records import minutes_record

    summary = ingest_paths([shared / "seeds" / seed])
    assert not [f.error for f in summary.files if f.status == "failed"]
    rec = minutes_record(Meeting.objects.get(date=dt.date.fromisoformat(date), body__parent__isnull=True))
    assert rec.draft and len(rec.items) == count
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(gold_of(rec)))
    doc = tmp_path / f"minutes.{fmt}"
    doc.write_bytes(render(rec, fmt))
    report = score(shared, gold, doc, tmp_path)
    assert report.strip().splitlines()[-1] == "overall 1.0000", report
