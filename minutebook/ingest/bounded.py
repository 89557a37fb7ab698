"""Reading one file within the limits (:mod:`minutebook.ingest.limits`): the read and the parse run in a
child process (forked, so nothing is imported or copied again) whose address space is capped with
``RLIMIT_AS``; the parent waits at most the time limit, then stops the child. Whatever goes wrong in the
child comes back as the usual one-line :class:`InputError` ("PATH: problem"), and the caller goes on
with the next file. The CLI's ``parse`` and ``ingest`` and the web app's worker all read files this way.
"""
from __future__ import annotations

import contextlib
import faulthandler
import multiprocessing
import os
import resource
import signal
import sys
from pathlib import Path

from minutebook.ingest import limits
from minutebook.ingest.errors import InputError
from minutebook.record import ParsedDocument


def parse_file(path: str | Path, explain: bool = False) -> ParsedDocument | str:
    """:func:`minutebook.ingest.parse.parse_file` within the limits (``explain``: the provenance of each
    record and field instead, as ``minutebook parse --explain`` prints it)."""
    from minutebook.ingest.readers import load, sha256_of

    data = load(path)
    return parse_data(path, data, sha256_of(data), explain=explain)


def parse_data(path: str | Path, data: bytes, sha256: str, explain: bool | str = False) -> ParsedDocument:
    """The records of one file's bytes, read and parsed in a child process within the limits (``explain``: the
    text of :func:`minutebook.ingest.provenance.explain` instead; ``explain="sources"``: the document and its
    provenance as data, :func:`minutebook.ingest.provenance.sources`, for the clerk's review of an upload)."""
    limit = limits.current()
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    for stream in (sys.stdout, sys.stderr):     # the child must not write out the parent's buffered output again
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    child = ctx.Process(target=_child, args=(send, str(path), data, sha256, limit, explain), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(limit.seconds):
            raise InputError(path, f"took too long to read (over {limit.seconds:g} s, the limit; "
                                   "MINUTEBOOK_INGEST_SECONDS)")
        try:
            outcome, value = receive.recv()
        except EOFError:           # the child died without a word: killed, or the reader crashed
            child.join(5)
            raise InputError(path, _died(child.exitcode, limit)) from None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()
    if outcome == "ok":
        return value
    if outcome == "input":
        raise InputError(path, value)
    raise value          # a parser bug: the exception itself, as an in-process parse would raise it


def _memory_problem(limit: limits.Limits) -> str:
    return f"needs too much memory to read (over {limit.memory_mb} MB, the limit; MINUTEBOOK_INGEST_MEMORY_MB)"


def _died(exitcode, limit: limits.Limits) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the reader stopped ({name}), most likely over the memory limit of {limit.memory_mb} MB " \
               "(MINUTEBOOK_INGEST_MEMORY_MB)"
    return f"the reader stopped (exit code {exitcode})"


def _cap_memory(extra_mb: int) -> None:
    """Let this process's address space grow by at most ``extra_mb`` beyond what it holds now."""
    try:
        with open("/proc/self/statm") as fh:
            now = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        now = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = now + extra_mb * limits.MB
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _child(send, path: str, data: bytes, sha256: str, limit: limits.Limits, explain: bool | str = False) -> None:
    faulthandler.disable()        # a reader that aborts is reported by the parent, in one line
    for sig in (signal.SIGINT, signal.SIGTERM):       # a worker's own handlers must not keep the child alive
        signal.signal(sig, signal.SIG_DFL)
    try:
        _cap_memory(limit.memory_mb)
        from minutebook.ingest import provenance
        from minutebook.ingest.parse import parse_text
        from minutebook.ingest.readers import read

        with provenance.Trail() if explain else contextlib.nullcontext() as trail:
            doc = parse_text(read(path, data), path, sha256)
        if explain == "sources":
            message = ("ok", (doc, provenance.sources(doc, trail)))
        else:
            message = ("ok", provenance.explain(doc, trail) if explain else doc)
    except InputError as exc:
        problem = exc.problem
        if problem.endswith("(MemoryError)"):
            problem = _memory_problem(limit)
        message = ("input", problem)
    except MemoryError:
        message = ("input", _memory_problem(limit))
    except Exception as exc:  # noqa: BLE001 - sent to the parent, which raises it as an in-process parse would
        message = ("error", exc)
    try:
        send.send(message)
    except Exception as exc:  # noqa: BLE001 - an exception that cannot be pickled: its text
        send.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    send.close()
