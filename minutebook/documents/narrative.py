"""A minute as it is printed: every paragraph of the stored narrative, in order, with its lists,
post-meeting notes and decisions where they stand, and the Action column's initials beside them.

The narrative (``MinuteItem.text``) is printed whole. A resolution the narrative holds is printed
there, in the words it was taken in ("It was AGREED that …", "The Group noted the report.") and
set in bold from its lead words; a resolution the narrative does not hold (minutes written in the
clerk's editor) follows it as "RESOLVED that …". Nothing is printed as a decision that the record
does not hold as one. Each action's initials stand beside the paragraph of the resolution it
repeats; an action that repeats none gets a row of its own with its text.

Lists: a paragraph the record marks as a list item (``layout["bullets"]``), a paragraph typed with
a bullet ("- ", "• ", "* "), or the short lines after a paragraph ending "…:" that read as list
items (no closing full stop). Post-meeting notes stand before the paragraph the record names
(``layout["notes_before"]``), else after the narrative and before the closing decisions.

Pure: no Django. Used by the HTML, PDF and Word minutes and by the public meeting page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from minutebook.documents.text import resolution_text
from minutebook.record import MinuteItem

BULLET = re.compile(r"^\s*[-•*·▪‣]\s+")
LEAD = re.compile(r"(?:(?i:\bit\s+was\s+(?:(?:further|also|therefore|then|unanimously|duly)\s+)*(?:resolved|agreed|decided))"
                  r"|\b(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided))\b(?:\s+that)?\s*:?\s*$")
LEAD_ONLY = re.compile(r"^\s*(?:It\s+was\s+)?(?:RESOLVED|AGREED|DECIDED)(?:\s+that)?\s*:?\s*$", re.I)
NUMBERED = re.compile(r"^\s*\(?\d{1,2}\s*[-.)]\s*")
_STRIP_LEAD = re.compile(r"^(?:\d+\s*[-.)]\s*)?(?:it\s+was\s+)?(?:resolved|agreed|decided)(?:\s+that)?\s*:?\s*", re.I)


@dataclass
class Block:
    """One printed paragraph. ``kind``: "para", "bullet", "note" (a post-meeting note, printed under
    "Post Meeting Note:"), "resolved" (a decision the narrative does not hold, added after it) or
    "action" (an action that repeats no resolution). From ``bold_from`` on, the text is a decision."""

    kind: str
    text: str
    bold_from: Optional[int] = None
    mark: str = ""

    @property
    def plain(self) -> str:
        return self.text if self.bold_from is None else self.text[:self.bold_from]

    @property
    def bold(self) -> str:
        return "" if self.bold_from is None else self.text[self.bold_from:]


def paragraphs(text: str) -> list[str]:
    """Narrative split into paragraphs: blank lines part them; lines inside a paragraph are joined,
    except that a line starting with a bullet starts a paragraph of its own."""
    text = (text or "").replace("\r\n", "\n")      # markup in a narrative is text, printed as such
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        current: list[str] = []
        for ln in (x.strip() for x in block.splitlines()):
            if not ln:
                continue
            if BULLET.match(ln) and current:
                out.append(" ".join(current))
                current = []
            current.append(ln)
        if current:
            out.append(" ".join(current))
    return out


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower())


def _pattern(words: list[str]) -> re.Pattern:
    return re.compile(r"[^a-z0-9]*".join(re.escape(w) for w in words), re.I)


def without_initials(text: str, initials) -> str:
    """A resolution without the Action column's initials that a text layer interleaves with it
    ("the update LS/JB should be fed back" → "the update should be fed back")."""
    marks = sorted({i for i in initials if i}, key=len, reverse=True)
    if not marks:
        return text
    one = "|".join(re.escape(m) for m in marks)
    return re.sub(rf"\s*(?<![\w/])(?:{one})(?:\s*/\s*(?:{one}))*(?![\w/])(?=\s+[a-z])", "", text).strip()


def find_in(paragraph: str, resolution: str, initials=()) -> Optional[re.Match]:
    """Where a resolution stands in a paragraph (its words in order), or None."""
    for candidate in (resolution, without_initials(resolution, initials)):
        words = _words(_STRIP_LEAD.sub("", candidate.strip()))
        if not words:
            return None
        hit = _pattern(words).search(paragraph)
        if hit:
            return hit
    return None


def _decision_start(paragraph: str, hit: re.Match) -> int:
    lead = LEAD.search(paragraph[:hit.start()])
    return lead.start() if lead else hit.start()


def _list_like(text: str) -> bool:
    return len(text) <= 120 and not re.search(r"[.!?;]['\")]?$", text) and not LEAD_ONLY.match(text)


def blocks(item: MinuteItem, layout: Optional[dict] = None) -> list[Block]:
    """The printed paragraphs of one minute, in order (see the module's docstring)."""
    layout = layout if layout is not None else (getattr(item, "layout", None) or {})
    owners = [o for a in item.actions for o in a.owners]
    paras = paragraphs(item.text)
    marked = {_norm(b) for b in layout.get("bullets") or []}
    out: list[Block] = []
    after_colon = False
    for p in paras:
        if BULLET.match(p):
            out.append(Block("bullet", BULLET.sub("", p)))
        elif (marked and _norm(p) in marked) or (not marked and after_colon and _list_like(p)):
            out.append(Block("bullet", p))
        else:
            out.append(Block("para", p))
            after_colon = p.rstrip().endswith(":")
    # decisions the narrative holds: where its words stand, preferring a place with lead words
    held: dict[int, int] = {}           # resolution index → block index
    for k, r in enumerate(item.resolutions):
        found = [(i, hit) for i, b in enumerate(out) if (hit := find_in(b.text, r, owners))]
        if not found:
            continue
        i, hit = next(((i, h) for i, h in found if _decision_start(out[i].text, h) < h.start()), found[0])
        b = out[i]
        start = _decision_start(b.text, hit)
        above = out[i - 1] if i else None
        if start < hit.start():
            b.bold_from = start if b.bold_from is None else min(start, b.bold_from)
        elif above is not None and NUMBERED.match(b.text) and (LEAD_ONLY.match(above.text) or
                                                              (above.bold_from == 0 and NUMBERED.match(above.text))):
            b.bold_from = 0
            if LEAD_ONLY.match(above.text):
                above.bold_from = 0
        held[k] = i
    missing = [r for k, r in enumerate(item.resolutions) if k not in held]
    added: list[Block] = []
    if len(missing) == 1:
        added.append(Block("resolved", f"RESOLVED that {resolution_text(missing[0])}", bold_from=0))
    elif missing:
        added.append(Block("resolved", "RESOLVED that:", bold_from=0))
        added += [Block("resolved", f"{n}- {r.strip()}", bold_from=0) for n, r in enumerate(missing, 1)]
    missing_at = {k: len(out) + (1 if len(missing) > 1 else 0) + n
                  for n, k in enumerate(k for k in range(len(item.resolutions)) if k not in held)}
    out += added
    where = {**held, **missing_at}
    # post-meeting notes: before the paragraph the record names, else before the closing decisions
    notes_before = list(layout.get("notes_before") or [])
    for n, note in enumerate(item.post_meeting_notes):
        anchor = notes_before[n] if n < len(notes_before) else None
        at = None
        if anchor:
            at = next((i for i, b in enumerate(out) if _norm(b.text).startswith(_norm(anchor)[:80])), None)
        if at is None:
            at = len(out)
            while at > 0 and (out[at - 1].bold_from is not None or out[at - 1].kind == "resolved"):
                at -= 1
        out.insert(at, Block("note", note))
        where = {k: (i + 1 if i >= at else i) for k, i in where.items()}
    # the Action column
    for action in item.actions:
        mark = "/".join(action.owners)
        if not mark:
            continue
        target = _action_target(action.text, item.resolutions, where, out, len(item.actions))
        if target is None:
            out.append(Block("action", action.text, mark=mark))
        else:
            out[target].mark = "/".join(x for x in (out[target].mark, mark) if x)
    return out


def _action_target(text: str, resolutions: list[str], where: dict[int, int], out: list[Block],
                   n_actions: int) -> Optional[int]:
    a = _norm(text)
    for k, r in enumerate(resolutions):
        rn = _norm(r)
        if a and rn and (a == rn or a in rn or rn in a) and k in where:
            return where[k]
    if a:
        for i, b in enumerate(out):
            if a in _norm(b.text):
                return i
    decided = sorted(set(where.values()))
    if decided and (not a or n_actions == 1):
        return decided[-1]
    return None
