"""Ingest benchmark: PDF pages per second for `minutebook parse` beside `pdftotext -layout`.

    .venv/bin/python benchmarks/ingest.py [--pages 100] [--repeat 3] [PDF ...]

Times the whole parse (minutebook.ingest.parse.parse_file) where it exists, else the reader alone
(minutebook.ingest.readers.read) and says so; pdftotext runs as a subprocess on the same files.
Files: a generated minutes PDF in the house style with an Action column (tests/fixtures/make_minutes_pdf.py)
plus the PDFs in the shared corpus, or the PDFs given. Each figure is the best of --repeat runs.
Prints figures; it is not a test. Target: at least a fifth of pdftotext's rate over all files.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
PDFTOTEXT = "/usr/bin/pdftotext"
TARGET = 0.2


def _generator():
    path = ROOT / "tests" / "fixtures" / "make_minutes_pdf.py"
    spec = importlib.util.spec_from_file_location("minutebook_bench_make_minutes_pdf", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.make_minutes_pdf


def _read_only():
    from minutebook.ingest.readers import read

    return read


def _parser():
    """(callable(path), label): the whole parse if the parse module exists, else the reader alone."""
    try:
        from minutebook.ingest.parse import parse_file
    except ImportError:
        from minutebook.ingest.readers import read

        return read, "read() only: minutebook.ingest.parse.parse_file is missing"
    return parse_file, "parse_file (read + parse)"


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--pages", type=int, default=100, help="pages of the generated minutes PDF")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    parse, label = _parser()
    with tempfile.TemporaryDirectory() as tmp:
        files = list(args.pdfs)
        if not files:
            generated = Path(tmp) / f"minutes_{args.pages}p_action_column.pdf"
            _generator()(generated, pages=args.pages, stamp="Agenda Item 4", blank_last=True)
            files = [generated] + sorted((SHARED / "corpus").glob("*.pdf"))
        if not Path(PDFTOTEXT).exists():
            print(f"{PDFTOTEXT} is missing (apt-get install poppler-utils)")
            return 1

        print(f"minutebook: {label}")
        print(f"{'file':<58} {'pages':>5} {'minutebook p/s':>15} {'pdftotext p/s':>14} {'ratio':>6}")
        total_pages, total_mb, total_pt = 0, 0.0, 0.0
        rows = []
        for path in files:
            pages = _pages(path)
            parse(path)                                          # warm up imports and caches
            t_mb = _best(lambda: parse(path), args.repeat)
            t_pt = _best(lambda: subprocess.run([PDFTOTEXT, "-layout", str(path), os.devnull],
                                                check=True, stderr=subprocess.DEVNULL), args.repeat)
            total_pages += pages
            total_mb += t_mb
            total_pt += t_pt
            print(f"{path.name[:58]:<58} {pages:>5} {pages / t_mb:>15.0f} {pages / t_pt:>14.0f} {t_pt / t_mb:>6.2f}")
            rows.append((path, pages, t_mb, t_pt))
        ratio = total_pt / total_mb
        print(f"{'total':<58} {total_pages:>5} {total_pages / total_mb:>15.0f} {total_pages / total_pt:>14.0f} {ratio:>6.2f}")
        startup = _best(lambda: subprocess.run([PDFTOTEXT, "-v"], stderr=subprocess.DEVNULL), args.repeat)
        print(f"note: pdftotext times include starting the process ({startup * 1000:.1f} ms), which dominates on "
              f"files of a few pages; the largest file is the fairer comparison:")
        path, pages, t_mb, t_pt = max(rows, key=lambda r: r[1])
        print(f"  {path.name}: minutebook {pages / t_mb:.0f} p/s, pdftotext {pages / t_pt:.0f} p/s, "
              f"ratio {t_pt / t_mb:.2f}")
        if parse is not _read_only():
            t_read = _best(lambda: _read_only()(path), args.repeat)
            print(f"  of which the reader alone (read()): {pages / t_read:.0f} p/s, ratio {t_pt / t_read:.2f}")
        verdict = "PASS" if ratio >= TARGET else "FAIL"
        largest = "PASS" if t_pt / t_mb >= TARGET else "FAIL"
        print(f"target: at least 1/5 of pdftotext's rate: {verdict} (total: {ratio:.2f} of pdftotext; "
              f"on {path.name} alone: {t_pt / t_mb:.2f}, {largest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
