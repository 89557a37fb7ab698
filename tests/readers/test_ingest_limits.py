"""Bounded work: a file over a limit (unpacked size, XML size, pages, time, memory) ends with the usual
one-line error, quickly and within the memory limit, in ``minutebook parse`` and ``minutebook ingest``."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from minutebook.ingest import limits
from minutebook.ingest.bounded import parse_data, parse_file
from minutebook.ingest.errors import InputError

ROOT = Path(__file__).resolve().parents[2]

# runs the CLI in a fresh interpreter and reports the peak memory of the process and of its children
_MEASURE = textwrap.dedent("""
    import json, resource, sys, time
    from minutebook.cli import main
    start = time.monotonic()
    try:
        main(sys.argv[1:], standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
    else:
        code = 0
    # this process's own peak from /proc (getrusage's RUSAGE_SELF keeps the peak of the process that
    # started it, pytest, across exec); the children's peak from getrusage (the forked readers)
    with open("/proc/self/status") as fh:
        own = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    peak = max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"code": code, "seconds": time.monotonic() - start, "peak_mb": peak / 1024}), file=sys.__stdout__)
""")


def _measured(*args, env=None, tmp_path=None):
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    if tmp_path is not None:
        environ["MINUTEBOOK_DATA"] = str(tmp_path)
        environ.pop("DATABASE_URL", None)
    proc = subprocess.run([sys.executable, "-c", _MEASURE, *map(str, args)], capture_output=True, text=True,
                          env=environ, timeout=120)
    *out, last = proc.stdout.strip().splitlines()
    return json.loads(last), proc.stderr, "\n".join(out)


# pdfium gives up (abort) when an allocation fails; Python code that runs out raises MemoryError
_MEMORY = ("the reader stopped (SIGABRT), most likely over the memory limit of 400 MB (MINUTEBOOK_INGEST_MEMORY_MB)",
           "needs too much memory to read (over 400 MB, the limit; MINUTEBOOK_INGEST_MEMORY_MB)")
_XML = "DOCX part word/document.xml is too large (138 MB of XML; the limit is 50 MB, MINUTEBOOK_INGEST_XML_MB)"


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_parse_of_a_hostile_file_is_one_line_quickly_and_small(hostile, kind):
    path = getattr(hostile, kind)
    assert path.stat().st_size < 1.2 * 1024 * 1024
    figures, err, _ = _measured("parse", path)
    assert figures["code"] == 2
    assert figures["seconds"] < 30 and figures["peak_mb"] < 500, figures
    expected = [_XML] if kind == "docx" else _MEMORY
    assert err.strip() in [f"Error: {path}: {problem}" for problem in expected], err


def test_ingest_of_a_hostile_file_goes_on_with_the_next(hostile, tmp_path, shared):
    good = shared / "seeds" / "001_d28e78b19fcbbe22.txt"
    figures, err, out = _measured("ingest", hostile.pdf, hostile.docx, good, tmp_path=tmp_path)
    assert figures["seconds"] < 60 and figures["peak_mb"] < 500, figures
    assert figures["code"] == 2
    errors = [line for line in err.splitlines() if line.startswith("Error: ")]
    assert errors in [[f"Error: {hostile.pdf}: {memory}", f"Error: {hostile.docx}: {_XML}"] for memory in _MEMORY], err
    assert "files: 1 ingested" in out, out


def test_time_limit_stops_the_reader(hostile, monkeypatch):
    monkeypatch.setenv("MINUTEBOOK_INGEST_SECONDS", "1")
    monkeypatch.setenv("MINUTEBOOK_INGEST_MEMORY_MB", "3000")     # the clock stops it, not the memory
    data = hostile.pdf.read_bytes()
    start = time.monotonic()
    with pytest.raises(InputError) as err:
        parse_data(hostile.pdf, data, "0" * 64)
    assert time.monotonic() - start < 10
    assert str(err.value) == f"{hostile.pdf}: took too long to read (over 1 s, the limit; MINUTEBOOK_INGEST_SECONDS)"


def test_page_limit(tmp_path, minutes_pdf, monkeypatch):
    path = tmp_path / "three.pdf"
    minutes_pdf(path, pages=3)
    assert parse_file(path).records
    monkeypatch.setenv("MINUTEBOOK_INGEST_PAGES", "2")
    with pytest.raises(InputError) as err:
        parse_file(path)
    assert str(err.value) == f"{path}: PDF has too many pages (3; the limit is 2, MINUTEBOOK_INGEST_PAGES)"


def test_unpacked_and_xml_limits(hostile, monkeypatch):
    with pytest.raises(InputError) as err:
        parse_file(hostile.docx)
    assert "word/document.xml is too large (138 MB of XML; the limit is 50 MB" in str(err.value)
    monkeypatch.setenv("MINUTEBOOK_INGEST_UNPACKED_MB", "100")
    with pytest.raises(InputError) as err:
        parse_file(hostile.docx)
    assert "DOCX is too large unpacked (138 MB; the limit is 100 MB, MINUTEBOOK_INGEST_UNPACKED_MB)" in str(err.value)


def test_a_small_docx_is_read_as_before(tmp_path):
    import docx

    path = tmp_path / "minutes.docx"
    d = docx.Document()
    d.add_paragraph("Minutes of the meeting held on 6 July 2017")
    d.add_paragraph("PRESENT: Cllr A Smith (Chair)")
    d.add_paragraph("1. APOLOGIES FOR ABSENCE")
    d.save(path)
    from minutebook.ingest.parse import parse_file as in_process

    assert parse_file(path).to_json() == in_process(path).to_json()


def test_parser_bug_comes_back_as_the_same_exception(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise KeyError("no such thing")

    monkeypatch.setattr("minutebook.ingest.parse.parse_text", broken)
    path = tmp_path / "m.txt"
    path.write_text("Minutes of the meeting held on 6 July 2017\n")
    with pytest.raises(KeyError):
        parse_file(path)


def test_limits_from_the_environment():
    assert limits.current({}) == limits.Limits()
    assert limits.current({"MINUTEBOOK_INGEST_SECONDS": "2.5", "MINUTEBOOK_INGEST_PAGES": "10"}) == \
        limits.Limits(seconds=2.5, pages=10)
    with pytest.raises(ValueError, match="MINUTEBOOK_INGEST_MEMORY_MB must be a positive whole number, not 'lots'"):
        limits.current({"MINUTEBOOK_INGEST_MEMORY_MB": "lots"})
