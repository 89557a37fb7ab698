"""Provenance: where each field of a parsed record came from, and which rule took it.

Ingest runs in stages with contracts:

1. a reader turns the file into :class:`~minutebook.ingest.lines.Text`: lines with typography (bold, heading) and
   where they stood (page, line of the page, or line of the file);
2. ``headings.prepare`` turns those into working lines, each keeping ``src``, the index of the reader line it
   came from;
3. ``parse.segments`` (and the pack's stamps) cut the document into records;
4. the parsers take each record's fields.

While a document is parsed with a :class:`Trail` active (``with Trail() as trail: parse_text(...)``), the stages
note for each record and field the working lines it was taken from and the name of the rule that took them
(``note``). Nothing is noted, and nothing costs, when no trail is active: ``--json`` is unchanged, and the
provenance never enters the record (the spec allows no extra fields).

``explain(doc, trail)`` prints it: for each record and field (each minute, resolution and action especially)
the source lines and the rule.
"""
from __future__ import annotations

import contextvars
from dataclasses import dataclass, field
from typing import Iterable, Optional

_CURRENT: contextvars.ContextVar[Optional["Trail"]] = contextvars.ContextVar("minutebook_ingest_trail", default=None)


@dataclass
class Note:
    field: str                  # "record", "meeting.date", "item", "item.text", "resolution", "action", …
    lines: list                 # working lines (headings.L) the value was taken from
    rule: str
    value: Optional[str] = None


@dataclass
class Trail:
    """The provenance of one parse: notes keyed by the record or item object they describe."""

    notes: dict = field(default_factory=dict)       # id(obj) → [Note]
    keep: list = field(default_factory=list)        # the objects, so their ids stay theirs
    source_lines: list = field(default_factory=list)   # the reader's lines (lines.Line), for page and line numbers
    _token: object = None

    def __enter__(self) -> "Trail":
        self._token = _CURRENT.set(self)
        return self

    def __exit__(self, *exc) -> None:
        _CURRENT.reset(self._token)

    def of(self, obj) -> list[Note]:
        return self.notes.get(id(obj), [])


def active() -> bool:
    return _CURRENT.get() is not None


def note(obj, field_name: str, lines: Iterable, rule: str, value: Optional[str] = None) -> None:
    """Record that ``field_name`` of ``obj`` was taken from ``lines`` (working lines) by ``rule``."""
    trail = _CURRENT.get()
    if trail is None or obj is None:
        return
    if id(obj) not in trail.notes:
        trail.keep.append(obj)
        trail.notes[id(obj)] = []
    trail.notes[id(obj)].append(Note(field_name, [ln for ln in lines if ln is not None], rule, value))


def set_source(lines: list) -> None:
    trail = _CURRENT.get()
    if trail is not None:
        trail.source_lines = lines


def locate(lines: list, needle: Optional[str]) -> list:
    """The first working line whose text holds ``needle`` (a name, a date as printed): where a value was read
    when the rule that read it saw a joined text rather than lines."""
    if not needle:
        return []
    low = needle.lower()
    for ln in lines:
        if ln.text and low in ln.text.lower():
            return [ln]
    words = [w for w in low.replace(",", " ").split() if len(w) > 2]
    for ln in lines:
        if words and ln.text and all(w in ln.text.lower() for w in words):
            return [ln]
    return []


def where(trail: Trail, lines: list) -> str:
    """"p3 l12-15" (page and lines of the page) or "l40-42" (lines of a file without pages)."""
    spots = []
    for ln in lines:
        src = getattr(ln, "src", None)
        if src is None or src >= len(trail.source_lines):
            continue
        line = trail.source_lines[src]
        spots.append((line.page, line.number))
    if not spots:
        return "(no source line)"
    spots = sorted(set(spots), key=lambda s: (s[0] or 0, s[1] or 0))
    out = []
    for page in dict.fromkeys(p for p, _ in spots):
        numbers = [n for p, n in spots if p == page and n is not None]
        span = _ranges(numbers)
        out.append(f"p{page} l{span}" if page else f"l{span}")
    return ", ".join(out)


def _ranges(numbers: list[int]) -> str:
    parts, run = [], []
    for n in sorted(set(numbers)):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            parts.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
        run = [n]
    if run:
        parts.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
    return ",".join(parts)


def _quote(trail: Trail, lines: list, width: int = 100) -> list[str]:
    out = []
    for ln in lines[:6]:
        src = getattr(ln, "src", None)
        text = trail.source_lines[src].text if src is not None and src < len(trail.source_lines) else ln.text
        text = " ".join((text or "").split())
        out.append(text if len(text) <= width else text[:width - 1] + "…")
    if len(lines) > 6:
        out.append(f"… ({len(lines) - 6} more lines)")
    return out


def _short(value, width: int = 70) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def explain(doc, trail: Trail) -> str:
    """Each record and field with the source lines it was taken from and the rule that took them."""
    out = [f"{doc.source}: {len(doc.records)} record(s)"]
    for k, rec in enumerate(doc.records, 1):
        head = f"record {k}: {rec.kind} {rec.meeting.date or 'date not stated'}"
        out.append(head)
        out += _notes(trail, trail.of(rec), "  ")
        for item in getattr(rec, "items", None) or getattr(rec, "agenda", None) or []:
            notes = sorted(trail.of(item), key=lambda n: n.field != "item")
            label = f"{item.number} {item.title}".strip()
            out.append(f"  {'minute' if rec.kind == 'minutes' else 'item'} {_short(label)}")
            out += _notes(trail, notes, "    ")
            for action in getattr(item, "actions", None) or []:
                owners = "/".join(action.owners) or "no owner"
                out.append(f"    action ({owners}) {_short(action.text)}")
                out += _notes(trail, trail.of(action), "      ")
    for w in doc.warnings:
        out.append(f"warning: {w}")
    return "\n".join(out)


def _notes(trail: Trail, notes: list[Note], indent: str) -> list[str]:
    out = []
    for n in notes:
        value = f" = {_short(n.value)}" if n.value else ""
        if n.field == "record":
            # the record's span: its first and last lines
            spot = " to ".join(where(trail, [ln]) for ln in n.lines)
            out.append(f"{indent}record{value}  ← {spot}  [{n.rule}]")
            out += [f"{indent}    | {q}" for q in _quote(trail, n.lines[:1])]
            continue
        out.append(f"{indent}{n.field}{value}  ← {where(trail, n.lines)}  [{n.rule}]")
        out += [f"{indent}    | {q}" for q in _quote(trail, n.lines[:2] if n.field.endswith(".text") else n.lines)]
        if n.field.endswith(".text") and len(n.lines) > 2:
            out.append(f"{indent}    | … ({len(n.lines) - 2} more lines)")
    return out


def sources(doc, trail: Trail) -> list[dict]:
    """The provenance as data, for the clerk's review of an upload (JSON-ready): one entry a record,
    ``{"fields": {field: [{"value", "where", "lines"}]}, "items": {number: {"where", "lines"}}}``, where
    ``where`` is "p3 l12" and ``lines`` the source lines quoted, as ``explain`` prints them."""
    out = []
    for rec in doc.records:
        fields: dict[str, list] = {}
        for n in trail.of(rec):
            if n.field == "record":
                continue
            fields.setdefault(n.field, []).append(
                {"value": n.value, "where": where(trail, n.lines), "lines": _quote(trail, n.lines[:2])})
        items = {}
        for item in getattr(rec, "items", None) or getattr(rec, "agenda", None) or []:
            notes = [n for n in trail.of(item) if n.field == "item"]
            if notes and item.number not in items:
                items[item.number] = {"where": where(trail, notes[0].lines), "lines": _quote(trail, notes[0].lines[:1])}
        out.append({"fields": fields, "items": items})
    return out
