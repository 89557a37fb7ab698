"""Unnumbered item headings: minutes whose items are marked by typography, not numbers.

Web-page and Markdown minutes, advisory groups' notes and many board minutes print each item as a heading
("## Lumps and Bumps", a bold line standing alone, a short line in capitals) with no minute number. Where the
record has no numbered minutes of its own (or its numbered lines are only a list under one of those headings,
"Actions" / "1. Circulate …"), the typographic headings after the record's head are its items, numbered "".

Rules (each small and named, see ``RULES``):
- ``typographic-heading``: a line the reader marked as a heading (Markdown '#', HTML <h*>, a Word heading style),
  or a bold line or a short line in capitals standing alone between blank lines;
- ``head-matter``: headings before the end of the attendance section (or the record's own title) are the head;
- ``heading-subline``: a bold line straight under a heading, with nothing but blank lines between, is the
  heading's second line (a specification, a subtitle), not another item.
"""
from __future__ import annotations

import re
from typing import Optional

from minutebook.ingest.parsers.common import is_upper
from minutebook.ingest.parsers.headings import HEAD_RX, Head, L

ATTENDANCE_HEADING = re.compile(r"^\W*(?:attend[ae]n?ce|attend[ae]es|attendace|present|members\s+present|those\s+present|"
                                r"in\s+attendance|also\s+present|apologies(?:\s+for\s+absence)?|participants)\b\W*$", re.I)
ATTENDANCE_LINE = re.compile(r"^\W*(?:present|attendees|attendance|participants|in\s+attendance)\s*:\s*\S", re.I)
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\betc)(?<!\bNo)[.;,]$")


def _standing_alone(lines: list[L], i: int) -> bool:
    before = i == 0 or not lines[i - 1].text
    after = i + 1 >= len(lines) or not lines[i + 1].text
    return before and after


def _presented_heading(ln: L) -> Optional[str]:
    """"CALL TO ORDER      Chair Ramirez": a heading in capitals in its own column, who takes it beside it."""
    c = ln.cells
    if c and len(c) == 2 and is_upper(c[0]) and not c[0].endswith(":") and len(re.sub(r"[^A-Za-z]", "", c[0])) >= 3 and len(c[0]) <= 60 \
            and not is_upper(c[1]) and len(c[1]) <= 40 and not HEAD_RX.match(c[0]):
        return c[0]
    return None


_OFFICE_LINE = re.compile(r"(?i)(?:city\s+|deputy\s+|assistant\s+)?(?:chair(?:man|woman|person)?|vice[\s-]chair\w*|mayor|president|"
                          r"clerk|secretary|presiding\s+officer|recording\s+secretary)[\s,]*")


def signed_name(lines: list[L], j: int, end: Optional[int] = None) -> bool:
    """Rule signature-block: "THERESA DEVOY, CMC" over "CLERK", "RICK RAMIREZ" over "CHAIR": a name in capitals
    signed over an office is the minutes' signature (not a heading, nor a paper after the minutes)."""
    t = lines[j].text
    if not (t and is_upper(t) and len(t) <= 60 and 2 <= len(t.split(",")[0].split()) <= 4):
        return False
    end = len(lines) if end is None else end
    nxt = next((lines[k].text for k in range(j + 1, min(end, j + 3)) if lines[k].text), "")
    return bool(_OFFICE_LINE.fullmatch(nxt))


def _signature_line(lines: list[L], i: int) -> bool:
    """A signed name, or the office under one."""
    if signed_name(lines, i):
        return True
    above = next((k for k in range(i - 1, max(-1, i - 3), -1) if lines[k].text), None)
    return bool(_OFFICE_LINE.fullmatch(lines[i].text)) and above is not None and signed_name(lines, above)


def is_typographic_heading(lines: list[L], i: int) -> bool:
    """Rule typographic-heading."""
    ln = lines[i]
    t = ln.text
    if not t or len(t) > 160 or len(t) > 100 and not is_upper(t[:40]) or HEAD_RX.match(t) and t[:1].isdigit() or _SENTENCE_END.search(t) or t.endswith(":") or ln.bullet:
        return False
    if ln.heading:
        return True
    if _presented_heading(ln):
        return True
    if ln.bold and is_upper(t) and len(t) <= 80 and not re.match(r"^[\w ]{1,20}:\s", t):
        return True         # a bold line in capitals, not a "LABEL: text" line ("AYES: …")
    if not _standing_alone(lines, i):
        return False
    if ln.bold:
        return (len(t) <= 80 or is_upper(t[:40])) and not re.search(r"[.!?]\s", t)
    letters = re.sub(r"[^A-Za-z]", "", t)
    return len(letters) >= 3 and is_upper(t) and len(t) <= 60


# "TB(5)2 Public Data Corporation discussion": the paper's reference before the heading is no part of its title
PAPER_REF = re.compile(r"^[A-Z]{1,5}\s?\(\d{1,3}\)\s?\d{1,3}(?:\.(?:[ivx]{1,4}|\d{1,2}|[a-h]))?\s+(?=[A-Za-z])")


def _wrapped_heading(lines: list[L], i: int) -> bool:
    """Rule wrapped-heading: a bold heading wrapped onto a second bold line that goes on in lower case, the pair
    standing alone ("TB(5)3.ii Right to data … presentation and" / "discussion")."""
    a, b = lines[i], lines[i + 1]
    if not (a.bold and b.bold and a.text and b.text and b.text[:1].islower()) or a.heading or b.heading:
        return False
    if (i > 0 and lines[i - 1].text) or (i + 2 < len(lines) and lines[i + 2].text):
        return False
    t = f"{a.text} {b.text}"
    return len(t) <= 120 and not _SENTENCE_END.search(t) and not t.endswith(":") and not a.bullet


def typographic_heads(lines: list[L]) -> list[Head]:
    """The unnumbered item headings of a record (rules head-matter, typographic-heading, heading-subline)."""
    found = [i for i in range(len(lines)) if is_typographic_heading(lines, i) and not _signature_line(lines, i)]
    wrapped = {i: f"{lines[i].text} {lines[i + 1].text}" for i in range(len(lines) - 1) if _wrapped_heading(lines, i)}
    found = sorted(set(found) | set(wrapped))
    if not found:
        return []
    # head-matter: the items start after the attendance section, else after the record's title block (the
    # headings before its first line of text)
    taken = set(found)
    start = next((i for i in range(found[0] + 1, len(lines)) if lines[i].text and i not in taken
                  and (len(lines[i].text) > 30 or re.search(r"[a-z]", lines[i].text))), len(lines))
    marker = None
    for i in range(len(lines)):
        t = lines[i].text
        if t and (ATTENDANCE_HEADING.match(t) and (i in taken or t.endswith(":")) or ATTENDANCE_LINE.match(t)):
            if marker is not None and i - marker > 8:
                break       # the head's attendance sections stand together; a later "Apologies" is an item
            marker = i
            # the paragraph under the attendance heading is its list of names, bold or not
            j = i + 1 if ATTENDANCE_LINE.match(t) and not ATTENDANCE_HEADING.match(t) else \
                next((j for j in range(i + 1, len(lines)) if lines[j].text), len(lines))
            while j < len(lines) and lines[j].text:
                j += 1
            start = j
    out: list[Head] = []
    previous: Optional[int] = None
    for i in found:
        if i < start or ATTENDANCE_HEADING.match(lines[i].text):
            continue
        if previous is not None and lines[i].bold and not lines[i].heading and not is_upper(lines[i].text) and \
                all(not lines[j].text for j in range(previous + 1, i)):
            continue        # heading-subline
        title = _presented_heading(lines[i]) or lines[i].text     # (a wrapped title's next line is joined on by the minutes)
        paper = PAPER_REF.match(title)
        out.append(Head(i, "", (), title[paper.end():] if paper else title, 1.0,
                        "paper-ref-heading" if paper else "wrapped-heading" if i in wrapped else "typographic-heading"))
        previous = i
    return out


def _next_number(a: Head, b: Head) -> bool:
    """Whether b's number follows a's (2 after 1)."""
    return bool(a.key and b.key and isinstance(a.key[0], int) and b.key[:1] == (a.key[0] + 1,))


def use_typographic(lines: list[L], numbered: list[Head], typographic: list[Head]) -> bool:
    """Whether the typographic headings, not the numbered lines, are the record's items: there are no numbered
    minutes, or the numbered lines are plain (no heading typography) and all stand inside sections that the
    typographic headings open (a numbered list of actions under "Actions")."""
    if len(typographic) < 2 and numbered:
        return False
    if not typographic:
        return False
    if not numbered:
        return True
    if any(lines[h.index].heading or lines[h.index].bold for h in numbered):
        return False
    if typographic[0].index > numbered[0].index:
        return False
    # the numbered lines are lists (a number a line, nothing but blank lines between them) under few of the
    # headings, and most headings have no numbered line
    runs: list[list[Head]] = []
    for h in numbered:
        if runs and all(not lines[j].text for j in range(runs[-1][-1].index + 1, h.index)):
            runs[-1].append(h)
        elif runs and _next_number(runs[-1][-1], h):
            # rule list-entries-wrapped: "1) Provide a more …" / its wrapped lines / "2) Create …": the next number
            # within a few lines, no blank line and no heading between, is the same list
            gap = range(runs[-1][-1].index + 1, h.index)
            if len(gap) <= 6 and all(lines[j].text for j in gap) and \
                    not any(t.index in gap for t in typographic):
                runs[-1].append(h)
            else:
                runs.append([h])
        else:
            runs.append([h])
    if any(len(r) < 2 for r in runs):
        return False
    sections = {max((t.index for t in typographic if t.index < h.index), default=-1) for h in numbered}
    return -1 not in sections and len(runs) <= max(1, len(typographic) // 3) and \
        not any(HEAD_RX.match(lines[t.index].text) for t in typographic)


_NOT_A_TITLE = re.compile(r"^(?:RESOLVED|AGREED|That|The|It|There|This|These|Members|Councillors?|Cllr)\b")


def sectioned_heads(lines: list[L], typographic: list[Head]) -> list[Head]:
    """Rule sectioned-numbering: headings that each open their own run of numbered items, numbered from 1 again
    under each ("REPORT OF THE EXECUTIVE POLICY COMMITTEE" / "1 Rezoning …" "2 …" / "COUNCIL MOTIONS" / "1 …"):
    each heading is an item (numbered "") followed by the numbered items under it. Empty where fewer than two
    headings open a run from 1, or the numbered lines read as sentences (numbered paragraphs of a minute)."""
    from minutebook.ingest.parsers.headings import chain

    # every heading counts here, the record's title block too: the items start at the first heading that opens a
    # numbered run (the headings above it are the head)
    typographic = [Head(i, "", (), _presented_heading(lines[i]) or lines[i].text, 1.0, "sectioned-numbering") for i in range(len(lines))
                   if is_typographic_heading(lines, i) and not ATTENDANCE_HEADING.match(lines[i].text)]
    out: list[Head] = []
    restarts = 0
    for k, t in enumerate(typographic):
        end = typographic[k + 1].index if k + 1 < len(typographic) else len(lines)
        children = chain(lines, t.index + 1, end)
        if children and any(_NOT_A_TITLE.match(c.rest) or c.rest.rstrip().endswith(".") for c in children):
            return []
        if children and children[0].key == (1,):
            restarts += 1
        if not out and not children:
            continue        # (the head)
        out.append(t)
        out.extend(children)
    return out if restarts >= 2 else []


SECTION_LABEL = re.compile(r"^([A-Z][A-Z'’&/,\- ]{3,70}?[A-Z])\s*(?::|$)")
FIELD_LABEL = re.compile(r"^(?:DATE|TIME|PLACE|LOCATION|VENUE|NOTE|TO|FROM|RE|SUBJECT|AYES|NOES|NAYS|ABSENT|ABSTAIN\w*|"
                         r"WEBINAR\s+ID|TELEPHONE|PHONE|EMAIL|E-MAIL|ATTACHMENTS?|PRESENT|MOTION|SECOND|VOTE|CONTACT|"
                         r"RECOMMENDATION|BACKGROUND|FISCAL\s+IMPACT)$")


def _label(lines: list[L], i: int) -> Optional[str]:
    """"PUBLIC HEARINGS:", "CALL TO ORDER: 6:30 p.m.", "ADJOURNMENT": a section label in capitals at the start of
    its line, or a typographic heading."""
    t = lines[i].text
    m = SECTION_LABEL.match(t) if t[:1].isupper() else None
    prev = next((lines[j].text for j in range(i - 1, max(-1, i - 3), -1) if lines[j].text), "")
    inside = bool(prev) and not re.search(r"[.:;!?)]$", prev) and not SECTION_LABEL.match(prev) and len(prev) > 60
    if m and not FIELD_LABEL.match(m.group(1)) and (t[m.end():].strip() == "" or t[m.end() - 1:m.end()] == ":") \
            and len(re.sub(r"[^A-Z]", "", m.group(1))) >= 4 and not inside:
        return m.group(1)       # (not a line of a paragraph running on: "… OR JOIN THE ZOOM MEETING BY" / "CALLING: …")
    if is_typographic_heading(lines, i):
        return _presented_heading(lines[i]) or t
    return None


def with_sections(lines: list[L], numbered: list[Head], start: int = 0) -> list[Head]:
    """Rule section-labels (agendas): unnumbered section labels in capitals or bold ("CONSENT CALENDAR",
    "ORAL COMMUNICATIONS", "ADJOURNMENT") between and around the numbered items are items of their own,
    numbered "", where at least three such labels stand after the agenda's head and the numbered items fall
    under them. Empty where the rule does not apply."""
    numbered_at = {h.index for h in numbered}
    # the agenda's title block (its headings before the first line of text) is its head, not its items
    start = next((i for i in range(start, len(lines)) if lines[i].text and not _label(lines, i)
                  and (len(lines[i].text) > 30 or re.search(r"[a-z]", lines[i].text))), len(lines))
    labels = [Head(i, "", (), got, 1.0, "section-label") for i in range(start, len(lines)) if lines[i].text and i not in numbered_at
              and not HEAD_RX.match(lines[i].text) for got in [_label(lines, i)] if got]
    # the items begin where the labels stand close together (the notice paragraphs above carry labels far apart)
    first = next((k for k in range(len(labels) - 1) if labels[k + 1].index - labels[k].index <= 3), None)
    labels = labels[first:] if first is not None else []
    if len(labels) < 3:
        return []
    if numbered and not any(t.index < numbered[0].index for t in labels):
        return []
    return sorted(labels + numbered, key=lambda h: h.index)


RUN_IN_HEADING = re.compile(r"^([A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,4}):\s+\S")
_NOT_HEADINGS = re.compile(r"^(?:participants|present|apologies|absent|date|time|venue|place|location|actions?|notes?|agreed|"
                           r"resolved|decisions?|chair(?:man|person)?|minutes?|clerk|secretary|attendees|attendance|"
                           r"in\s+attendance|also\s+present|proposed|seconded|update|status|owner|due|ref|re|to|from|"
                           r"subject|post[\s-]meeting\s+note|item)$", re.I)


def run_in_heads(lines: list[L]) -> list[Head]:
    """Rule run-in-heading: minutes with neither numbers nor headings whose paragraphs open with a short title
    and a colon ("Regular meetings: Whole committee to meet …", "Other activities: …"): those titles are the
    items, numbered "" (labels of the head and of decisions, "Present:", "ACTION:", are not)."""
    out = []
    for i, ln in enumerate(lines):
        if not ln.text or i and lines[i - 1].text:
            continue            # a paragraph's first line only
        m = RUN_IN_HEADING.match(ln.text)
        if m and not _NOT_HEADINGS.match(m.group(1)) and not is_upper(m.group(1)):
            out.append(Head(i, "", (), ln.text, 1.0, "run-in-heading"))
    return out if len(out) >= 2 else []
