"""Cycle benchmark: time to produce the Matters Arising report, the agenda and a 100-page pack.

    .venv/bin/python benchmarks/cycle.py [--meeting 2018-03-08] [--pages 100]

Builds a scratch SQLite store (a temporary MINUTEBOOK_DATA) from the seeds through
``minutebook.store.ingest.ingest_paths`` (or, where the parser is not installed, from the records
of tests/cycle/conftest.py), then times, each as a PDF in the house style:

* the Matters Arising report for the meeting (query + render);
* the drafted agenda (query + render);
* the pack (``minutebook.store.cycle.meeting_pack``): agenda, previous minutes, Matters Arising
  report and a synthetic attachment making ``--pages`` pages in all (generated before the clock starts).

Prints figures; it is not a test. Target: under 5 s for all three together.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
TARGET = 5.0


def load_store() -> str:
    from minutebook.store.ingest import ingest_paths

    try:
        import minutebook.ingest.parse  # noqa: F401
    except ImportError:
        spec = importlib.util.spec_from_file_location("cycle_records", ROOT / "tests" / "cycle" / "conftest.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.store(module.december_minutes())
        return "records of tests/cycle/conftest.py (parser not installed)"
    seeds = [SHARED / "seeds" / "000_f18476df4ed148e9.txt", SHARED / "seeds" / "001_d28e78b19fcbbe22.txt"]
    summary = ingest_paths(seeds)
    failed = [f for f in summary.files if f.status == "failed"]
    if failed:
        sys.exit(f"ingest failed: {failed[0].error}")
    return "the seeds"


def synthetic_pdf(pages: int) -> bytes:
    from weasyprint import HTML

    para = "The report sets out the partnership's performance for the quarter. " * 30
    body = "".join(f'<section style="break-after:page"><h2>Appendix page {i}</h2><p>{para}</p></section>'
                   for i in range(1, pages + 1))
    return HTML(string=f"<html><body style='font-family:Arial'>{body}</body></html>").write_pdf()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meeting", default="2018-03-08")
    ap.add_argument("--body", default="Safer Bromley Partnership Strategic Group")
    ap.add_argument("--pages", type=int, default=100)
    args = ap.parse_args()
    os.environ["MINUTEBOOK_DATA"] = tempfile.mkdtemp(prefix="minutebook-bench-")
    os.environ.pop("DATABASE_URL", None)
    from minutebook import django_env

    django_env.migrate()
    source = load_store()

    from pypdf import PdfReader

    from minutebook.documents import render
    from minutebook.documents.pack import page_count
    from minutebook.store.cycle import (agenda, body_options, find_body, matters_arising, meeting_pack,
                                       minutes_record, previous_meeting)

    body = find_body(args.body)
    date = dt.date.fromisoformat(args.meeting)
    opts = body_options(body)
    print(f"store: {source}; body {body.name}; meeting {date}")

    t0 = time.perf_counter()
    import weasyprint

    weasyprint.HTML(string="<p>warm-up</p>").write_pdf()
    t_warm = time.perf_counter() - t0
    print(f"WeasyPrint import and first page (once per process): {t_warm:.2f} s")

    t0 = time.perf_counter()
    report = matters_arising(body, date)
    report_pdf = render(report, "pdf", page_numbers=False, **opts)
    t_ma = time.perf_counter() - t0
    print(f"matters arising: {t_ma:.2f} s ({len(report.matters_arising)} rows, {page_count(report_pdf)} pages)")

    t0 = time.perf_counter()
    record = agenda(body, date)
    agenda_pdf = render(record, "pdf", **opts)
    t_ag = time.perf_counter() - t0
    print(f"agenda: {t_ag:.2f} s ({len(record.agenda)} items, {page_count(agenda_pdf)} pages)")

    previous = previous_meeting(body, date)
    minutes_pdf = render(minutes_record(previous), "pdf", page_numbers=False, **opts) if previous else b""
    fixed = page_count(agenda_pdf) + page_count(report_pdf) + (page_count(minutes_pdf) if minutes_pdf else 0)
    attachment = synthetic_pdf(max(1, args.pages - fixed))
    numbers = [i.number for i in record.agenda]
    ma_item = next((i.number for i in record.agenda if i.title.startswith("MATTERS ARISING")), numbers[0])
    other = numbers[numbers.index(ma_item) + 1] if ma_item != numbers[-1] else numbers[-1]

    t0 = time.perf_counter()
    pack = meeting_pack(body, date, [(other, attachment)])
    t_pack = time.perf_counter() - t0
    pages = len(PdfReader(io.BytesIO(pack)).pages)
    print(f"pack: {t_pack:.2f} s ({pages} pages, {len(pack) // 1024} KiB)")
    total = t_ma + t_ag + t_pack
    print(f"total: {total:.2f} s (target under {TARGET:.0f} s: {'met' if total < TARGET else 'NOT met'}); "
          f"with the one-off WeasyPrint start: {total + t_warm:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
