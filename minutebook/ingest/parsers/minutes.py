"""Minutes of a meeting.

Shapes it knows:
- a head: the body, "Minutes of the meeting held at 10.00 am on 9 March 2017" (or "… HELD ON
  THURSDAY, 9TH NOVEMBER, 2017 AT 9.00 A.M.", "Ordinary Meeting Tuesday 7th March 2017, 7.30pm",
  "Minutes from Monday, January 29, 2018 – 9:00am"), then attendance sections: "Present:",
  "Members present", "PRESENT IN THE CHAIR:", "Also present:", "In attendance:", "Officials in
  attendance", "Others present", "Apologies:", "Absent";
- numbered minutes (see ``headings``) with a title, an optional report reference ("CSD 17041"), the
  narrative, decisions ("RESOLVED that …", "It was AGREED that …", "RESOLVED that: 1- … 2- …",
  and, where a document never writes them in capitals, sentences saying what was agreed or resolved),
  Action-column initials (beside the line, alone on a line under the decision, or inside a sentence
  "the update LS/JB should be fed back"), "ACTION(S): Clerk to …" lines and "Post Meeting Note" paragraphs;
- apologies and substitutes in the head or in an "Apologies" minute ("Apologies were received from
  Janet Bailey, and Sham Kidane attended in her place");
- attendance printed in other ways: "the Council being constituted as follows:" with "*" marks and a
  "*Present" key, two-column member lists, names run together ("Chairman Mrs D Clements Vice Chairman
  Mrs C Hardy Councillors M Leamon M Precey"), Irish "PRESIDING:" / "Councillors - …" / "Deputies - … T.D.",
  attendance tables (Name | Initials | Role | Present/Apologies/In attendance), "1. Those Attending: …";
- decisions in documents that never write RESOLVED: "it was agreed that …", "Councillors agreed that …",
  "The Council approved …", "… were confirmed as a true record", "CC proposed and LH seconded that X.
  Councillors were content", "Proposed - … Seconded - …" then "'That …'" and "All in favour";
- numbering: "70/17" minutes run together in one paragraph, x.0 headings with x.1 paragraphs, lists
  numbered from 1 again inside a minute, lettered sub-minutes "(a)" / "JPC Sub-Committee" → "3a";
- the previous meeting ("minutes of the previous meeting held on 8th December 2016"), the next one
  ("The next meeting … is scheduled for 8th June 2017", "Next Meeting Tuesday, 6th November 2018"),
  and the end ("The Meeting ended at 11.50 am", "At 10:31 a.m. Council adjourned").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from minutebook.ingest.owners import Known, Resolver
from minutebook.ingest.parsers.attendance import (
    APOLOGY_SENTENCE, LABEL, SKIP_LABEL, SUBSTITUTE, Attendance, _apologies_from_text, _guests_out, _people,
    _sentence_like, _unique, attendance,
)
from minutebook.ingest.parsers.body import find_body
from minutebook.ingest.parsers.common import (
    Person, ROLE_WORDS, clean_name, clock_24, end_time, find_dates, find_times, first_time, is_upper, looks_like_name, parse_people,
    sentences, title_case,
)
from minutebook.ingest.parsers.headings import (
    HEAD_RX, INITIALS_ONLY, ITEM_REF, Head, L, REPORT_REF, chain, split_title,
)
from minutebook.ingest.parsers.sections import run_in_heads, sectioned_heads, typographic_heads, use_typographic
from minutebook.ingest import provenance
from minutebook.ingest.provenance import note
from minutebook.ingest.repair import drop_repeats, join_hyphenated
from minutebook.record import Action, Apology, MeetingInfo, MinuteItem, MinutesRecord, PersonRef

MINUTES_HEAD = re.compile(
    r"minutes\s+of\s+(?:the\s+|a\s+)?(?:(?:annual|extraordinary|special|ordinary|inaugural|regular|\w+)\s+)?"
    r"(?:general\s+)?(?:meeting|proceedings)(?:\s+at\s+meeting)?\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:held|which|meeting\s+held)\b|,|$)", re.I)
MARKER = re.compile(
    r"(?:\b(?:It\s+was\s+|it\s+was\s+)(?:(?:further|also|therefore|then|unanimously|duly)\s+)*)?\b(RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided)\b"
    r"|^(Order|ORDER|Decision|DECISION)\s*:\s*(?=\S)")
LEAD = re.compile(
    r"^(?:order|decision)\s*:\s*|^(?:it\s+was\s+(?:(?:further|also|therefore|then|unanimously|duly)\s+)*)?(?:resolved|agreed|decided)\b\s*"
    r"(?:\([^)]{0,80}\)\s*)?(?:unanimously\s+)?(?:that\s*)?[:\-–—]?\s*(?:that\b\s*[:\-–—]?\s*)?", re.I)
LIST_ITEM = re.compile(r"^\(?(\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\s*[).\-–:]\s*(?=\S)")
POST_NOTE = re.compile(r"^\W*post[\s-]*meeting\s+note\s*\d*\s*[:\-–]?\s*", re.I)
ACTIONS_LINE = re.compile(r"^\W*actions?\s*(?:by|points?)?\s*[:\-–]\s*(.+)$", re.I)
DECISION = re.compile(
    r"\b(?:confirmed|approved|agreed|signed|accepted|adopted)\s+as\s+(?:an?\s+)?(?:correct|true|accurate)(?:\s+record)?"
    r"|^(?:The\s+)?minutes\s+(?:of\s+the\s+\w+\s+meeting\s+)?(?:were\s+)?(?:agreed|approved|accepted|confirmed)\b"
    r"|^(?:The\s+)?minutes\s+of\b.{0,120}\bwere\s+(?:\w+,\s+)*(?:\w+\s+and\s+)?(?:confirmed|approved|agreed|signed)\b"
    r"|^(?!It\s+was\b)(?!No\b)(?!Apolog)(?!(?:Any\s+)?Declarations?\b)(?:(?!\bnot\b).)*\b(?:was|were|be|been)\s+(?:duly\s+|unanimously\s+|formally\s+|\w+\s+and\s+)?(?:noted|agreed|approved|adopted|accepted|endorsed|ratified|turned\s+down|refused|rejected|declined)\b(?!\s+(?:as|that|in|on(?!\s+(?:the|a)\s+(?:proposal|motion)\s+(?:of|by)\b)|at)\b)"
    r"|^The\s+(?:Group|Committee|Board|Council|Panel|Partnership|Forum|Commission|Members?|Trustees|Sub-Committee)\s+(?:noted|agreed|approved|resolved|endorsed|adopted|accepted)\b", re.I)
NEXT_MEETING = re.compile(
    r"\b(?:following|forthcoming|(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+(?:monthly\s+|ordinary\s+)?meeting\b(?=.{0,80}\b(?:held|take\s+place|be\s+on)\b)|"
    r"\bnext\s+(?:(?:ordinary|regular|scheduled|full|formal|general|committee|council|board|group|parish|annual|bi-?monthly|monthly|quarterly)\s+){0,2}meet(?:ing)?s?\b"
    r"|\bdate\s+(?:and\s+(?:time|venue)\s+)?of\s+(?:the\s+)?next\b|\bdates?\s+of\s+(?:the\s+)?(?:next|future)\b|\bfuture\s+meeting\s+dates\b", re.I)
PREVIOUS = re.compile(r"\bminutes\b(?:\s+\w+){0,3}?\s+(?:of|from)\b|\bprevious\s+meeting|\blast\s+meeting"
                      r"|\breport\s+of\s+(?:the\s+)?meeting\s+held\b", re.I)
ATTENDANCE_LABEL = re.compile(r"^\W*(?:(?:council\s+|board\s+|committee\s+)?(?:members|councillors|commissioners|trustees|directors)\s+)?present\s*:", re.I)
PROCEDURAL_DECISION = re.compile(r"^(?:(?:A\s+)?motion\s+to\s+adjourn|to\s+adjourn\b|(?:that\s+)?the\s+meeting\s+(?:be\s+|was\s+|is\s+)?(?:adjourned|closed)\b)", re.I)
SIGNATURE = re.compile(r"^(?:Chair(?:man|person)?|Signed|Date[d]?|Cathaoirleach|Mayor)\b[\s:._]*(?:\S.{0,40})?$", re.I)


@dataclass
class Para:
    text: str
    actions: list[str] = field(default_factory=list)
    listed: bool = False
    lines: list[int] = field(default_factory=list)
    claimed: bool = False       # taken whole by a list rule (following-list, outcome-after-dash), no other rule's


def strict_markers(lines: list[L]) -> bool:
    """Whether the document writes its decisions as RESOLVED / It was AGREED."""
    return any(re.search(r"\bRESOLVED\b|\bIt\s+was\s+AGREED\b|^Resolved\s*[:\-–]|^Agreed\s*[:\-–]|^RESOLVED|^AGREED\b", ln.text)
               for ln in lines)


def _join(lines: list[str]) -> str:
    out = ""
    for s in lines:
        if not out:
            out = s
        elif out.endswith("-") and not out.endswith(" -"):
            out = join_hyphenated(out, s)
        else:
            out = f"{out} {s}"
    return out.strip()


NOTHING_TO_REPORT = re.compile(r"(?:NTR|NIL|TBC|TBA|AOB|N/?A|NONE)\.?$")


def paragraphs(lines: list[L], start: int, end: int, first: str = "") -> list[Para]:
    """Lines → paragraphs, with the Action-column initials that stood beside or under them."""
    paras: list[Para] = []
    cur: list[str] = []
    cur_actions: list[str] = []
    cur_list = False
    cur_hang: Optional[int] = None
    idx: list[int] = []

    def close():
        nonlocal cur, cur_actions, cur_list, idx, cur_hang
        if cur:
            paras.append(Para(_join(cur), cur_actions, cur_list, idx))
        elif cur_actions:
            if paras:
                paras[-1].actions.extend(cur_actions)
            else:
                paras.append(Para("", cur_actions, False, idx))
        cur, cur_actions, cur_list, idx, cur_hang = [], [], False, [], None

    if first:
        cur.append(first)
    widths = sorted(len(lines[i].text) for i in range(start, end) if lines[i].text)
    width = widths[int(len(widths) * 0.9)] if len(widths) >= 5 else 0
    for i in range(start, end):
        ln = lines[i]
        text = ln.text
        if not text and not ln.action:
            close()
            continue
        if text and INITIALS_ONLY.match(text) and len(text) <= 12 and not NOTHING_TO_REPORT.match(text):
            # initials on their own line: the Action column of the decision above
            close()
            if paras:
                paras[-1].actions.append(text)
            else:
                paras.append(Para("", [text], False, [i]))
            continue
        if ITEM_REF.match(text):
            continue
        starts_new = (ln.bullet or ln.heading or LIST_ITEM.match(text) or MARKER.match(text) or POST_NOTE.match(text)
                      or ACTIONS_LINE.match(text))
        short_end = (width and cur and cur[-1].endswith((".", "!", "?")) and len(cur[-1]) < 0.7 * width
                     and text[:1].isupper())
        # a list item's line that fills the measure and stops mid-sentence wraps onto this one, capital or not
        wraps_on = (width and cur and len(cur[-1]) >= 0.85 * width and not re.search(r"[.!?:;]$", cur[-1]))
        # or a line set in under the item's text (a hanging indent in laid-out text)
        wraps_on = wraps_on or (cur_hang is not None and ln.indent is not None and ln.indent >= cur_hang - 1
                                and not re.search(r"[.!?:;]$", cur[-1]))
        if cur and (starts_new or cur[-1].endswith(":") or (cur_list and not text[:1].islower() and not wraps_on)
                    or short_end):
            close()
        if text:
            cur.append(text)
            idx.append(i)
            if ln.bullet or LIST_ITEM.match(text):
                cur_list = True
                if len(cur) == 1:
                    cur_hang = ln.hang
        if ln.action:
            cur_actions.append(ln.action)
            if not text:
                close()
    close()
    # lines wrapped at the margin with blank lines between them: "it was agreed that" / "the December Meeting …"
    merged: list[Para] = []
    for p in paras:
        if merged and merged[-1].text and p.text and not merged[-1].actions and not p.listed and \
                not re.search(r"[.!?:;\"')\]]$", merged[-1].text) and \
                (p.text[:1].islower() or p.text[:1].isdigit() and not LIST_ITEM.match(p.text)
                 or re.search(r"(?:\b(?:and|or|the|of|to|that|for|in|on|by|with|a|an|at|from|as)|,)$", merged[-1].text)):
            merged[-1].text = _join([merged[-1].text, p.text])
            merged[-1].actions.extend(p.actions)
            merged[-1].lines.extend(p.lines)
            continue
        merged.append(p)
    return merged


_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Cllr|Co|Ltd|e\.g|i\.e|etc|approx|Supt|Insp|Sgt|Rev|vs|Nos|para|ref)|\b[A-Z])\.$")


def first_sentence(text: str) -> tuple[str, str]:
    """The first sentence of text and the rest."""
    for m in re.finditer(r"[.!?](?=\s+[\"'(]?[A-Z0-9]|\s*$)", text):
        if _ABBREV.search(text[:m.end()]):
            continue
        return text[:m.end()].strip(), text[m.end():].strip()
    return text.strip(), ""


def strip_lead(text: str) -> str:
    text = LEAD.sub("", text.strip(), count=1).strip()
    text = re.sub(r"^(?:that\s+)", "", text, flags=re.I)
    return text


def split_numbered(text: str) -> list[str]:
    """'(1) the report be noted; and (2) …' → one string per number."""
    marks = list(re.finditer(r"(?:^|(?<=[\s;:.]))\(?(\d{1,2}|[a-h]|i{1,3}|iv)\s*[).\-–]\s+", text))
    if len(marks) < 2 or marks[0].group(1) not in ("1", "a", "i"):
        return [text]
    parts = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        part = text[m.end():end].strip().rstrip(";").strip()
        part = re.sub(r"[;,]?\s*(?:and|or)$", "", part).strip()
        if part:
            parts.append(part)
    return parts or [text]


# "The following were elected:" / "The following matters were agreed for the next agenda:" — a decision whose
# content is the list under it (rule following-list)
FOLLOWING_LEAD = re.compile(
    r"^(?:The\s+)?following\b[^:]{0,120}?\b(?:was|were|are|have\s+been|has\s+been)\s+(?:(?:duly|unanimously|formally)\s+)?"
    r"(?:agreed|approved|elected|appointed|ratified|adopted|resolved|co-opted)\b[^:]{0,200}:\s*$", re.I)
# "SEND Policy - agreed", "Child Protection Policy – Agreed": an entry closing on its outcome (rule outcome-after-dash)
OUTCOME_TAIL = re.compile(r"\S\s+[-–—]\s*(?:agreed|approved|ratified|adopted|accepted)(?:\s+(?:subject\s+to\b.*|as\s+\w+.*|"
                          r"with\b.*|unanimously))?\.?$", re.I)
_ROLE_TASK_INSIDE = re.compile(r"\s(?=(?:the\s+)?(?:Clerk|Chair(?:man)?|Treasurer|Secretary|Headteacher)\s+(?:is\s+)?to\s+[a-z])")
_TASK_SENTENCE = re.compile(r"^(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:is\s+)?to\s+[a-z]")


@dataclass
class Decision:
    text: str
    para: int
    rule: str = "resolved-marker"     # the rule that took it (provenance)


def decisions(paras: list[Para], strict: bool) -> tuple[list[Decision], set[int]]:
    """Resolutions in an item's paragraphs and the paragraphs that are wholly decisions."""
    out: list[Decision] = []
    used: set[int] = set()
    k = 0
    while k < len(paras):
        text = paras[k].text
        if ACTIONS_LINE.match(text):
            k += 1
            continue
        if FOLLOWING_LEAD.match(text) and k + 1 < len(paras):
            # "The following matters were agreed for the next agenda:" / its list, to the item's end
            j = k + 1
            entries: list[int] = []
            while j < len(paras) and paras[j].text and len(paras[j].text) <= 400 and not ACTIONS_LINE.match(paras[j].text) \
                    and (paras[j].listed or LIST_ITEM.match(paras[j].text) or len(paras[j].text) <= 120) \
                    and not _TASK_SENTENCE.match(LIST_ITEM.sub("", paras[j].text)) and not FOLLOWING_LEAD.match(paras[j].text):
                entries.append(j)
                j += 1
            if entries:
                ruled = [e for e in entries if OUTCOME_TAIL.search(paras[e].text)]
                if ruled:
                    # "a. SEND Policy - agreed": each entry says what became of it; the lead is no decision
                    out.extend(Decision(LIST_ITEM.sub("", paras[e].text).strip(), e, "outcome-after-dash") for e in ruled)
                else:
                    listed = " ".join(paras[e].text for e in entries)
                    task = _ROLE_TASK_INSIDE.search(listed)     # "… Simon Barnes Clerk to notify …": the list ends
                    listed = listed[:task.start()] if task else listed
                    out.append(Decision(f"{text.strip()} {listed}", k, "following-list"))
                used.update([k, *entries])
                for e in (k, *entries):
                    paras[e].claimed = True
                k = j
                continue
        if OUTCOME_TAIL.search(text) and len(text) <= 200 and re.search(r"(?i)[-–—]\s*agreed\b", text):
            # "h. Agree policy review schedule - agreed": a line that closes on what the meeting did with it
            out.append(Decision(LIST_ITEM.sub("", text).strip(), k, "outcome-after-dash"))
            used.add(k)
            paras[k].claimed = True
            k += 1
            continue
        colon = text.rstrip().endswith((":", "-", "–"))
        to_list = colon and bool(re.search(r"\bagreed\s+to\s*:\s*$", text))
        listed = lambda q: q.listed or LIST_ITEM.match(q.text) or (to_list and q.text[:1].islower() and len(q.text) < 400)  # noqa: E731
        body_list = colon and bool(BODY_COLON.match(text)) and k + 1 < len(paras) and bool(DECIDED_ENTRY.match(paras[k + 1].text))
        if colon and (AGREED_TO_LIST.search(text) or body_list) and k + 1 < len(paras) and listed(paras[k + 1]):
            # "The Panel agreed to:" / "a. support …;" / "b. ask …" (or the entries without their letters)
            j = k + 1
            while j < len(paras) and listed(paras[j]) and (paras[j].listed or LIST_ITEM.match(paras[j].text) or j == k + 1
                                                           or not paras[j - 1].text.rstrip().endswith(".")):
                entries = re.split(r"(?<=;)\s+(?=[a-z])", paras[j].text) if to_list else [paras[j].text]
                for entry in entries:
                    item_text = re.sub(r"[;,]?\s*(?:\band|\bor)?\s*$", "", LIST_ITEM.sub("", entry).strip()).strip()
                    out.append(Decision(item_text, j))
                used.add(j)
                j += 1
            used.add(k)
            k = j
            continue
        low = text.lower()
        m = MARKER.search(text) if ("resolv" in low or "agree" in low or "decid" in low or "order" in low or "decision" in low) else None
        word = (m.group(1) or m.group(2)) if m else ""
        if m and (word.isupper() or m.start() == 0 or re.match(r"[:\-–]", text[m.end():].lstrip()[:1] or "x")
                  or not strict):
            head = text[:m.start()]
            # the marker starts the sentence it is in
            sentence_start = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
            if sentence_start >= 0 and head[sentence_start + 2:].strip() and not strict:
                start = sentence_start + 2
            elif head.strip() and not head.rstrip().endswith((".", "!", "?", ":", "*")) and not word.isupper():
                start = sentence_start + 2 if sentence_start >= 0 else 0
            else:
                start = m.start()
            body = text[start:]
            lead_stripped = strip_lead(body) if LEAD.match(body) else body
            if not lead_stripped.strip() or lead_stripped.rstrip().endswith(":"):
                # "RESOLVED that:" followed by a numbered list or the decision on the next lines
                intro = lead_stripped.rstrip(": ").strip()
                j = k + 1
                items = []
                while j < len(paras) and (paras[j].listed or LIST_ITEM.match(paras[j].text)):
                    items.append(re.sub(r"[;,]?\s*(?:\band|\bor)?\s*$", "", LIST_ITEM.sub("", paras[j].text).strip()).strip())
                    used.add(j)
                    j += 1
                while j < len(paras) and re.fullmatch(r"[\w &',()/-]{2,60}\s-\s.{0,20}\d{4}|\d{1,3}|Page\s+\d+", paras[j].text or ""):
                    j += 1
                if not items and j < len(paras) and paras[j].text and not MARKER.search(paras[j].text[:20]):
                    if paras[j].text.rstrip().endswith(":") and j + 1 < len(paras) and \
                            (paras[j + 1].listed or LIST_ITEM.match(paras[j + 1].text)):
                        # "RESOLVED:" / "That the Panel:" / "a) notes …" / "b) requests …"
                        used.add(j)
                        j += 1
                        while j < len(paras) and (paras[j].listed or LIST_ITEM.match(paras[j].text)):
                            items.append(re.sub(r"[;,]?\s*(?:\band|\bor)?\s*$", "", LIST_ITEM.sub("", paras[j].text).strip()).strip())
                            used.add(j)
                            j += 1
                    else:
                        items = split_numbered(paras[j].text)
                        used.add(j)
                        j += 1
                for it in items:
                    out.append(Decision(f"{intro} {it}".strip() if intro and not items else it, j - 1))
                if start == 0 or not head.strip():
                    used.add(k)
                k = j
                continue
            if LIST_ITEM.match(lead_stripped) and k + 1 < len(paras) and not len(split_numbered(lead_stripped)) > 1:
                # "RESOLVED: (a) That …;" with "(b) That …" and "(c) …" in the paragraphs below
                items = [lead_stripped]
                j = k + 1
                while j < len(paras):
                    if re.fullmatch(r"[\w &',()/-]{2,60}\s[-–]\s.{0,20}\d{4}|\d{1,3}|Page\s+\d+", paras[j].text or ""):
                        j += 1
                        continue
                    if not (paras[j].listed or LIST_ITEM.match(paras[j].text)):
                        break
                    items.append(paras[j].text)
                    used.add(j)
                    j += 1
                if len(items) > 1:
                    for it in items:
                        it = re.sub(r"[;,]?\s*(?:\band|\bor)?\s*$", "", LIST_ITEM.sub("", it.strip()).strip()).strip()
                        out.append(Decision(strip_lead("that " + it) if re.match(r"that\b", it, re.I) else it, j - 1))
                    if start == 0 or not head.strip():
                        used.add(k)
                    k = j
                    continue
            sentence, rest = first_sentence(lead_stripped)
            if re.fullmatch(r"(?:unanimously|by\s+all|nem\.?\s*con\.?)?\s*(?:agreed|resolved|carried)?\s*[.!]?", sentence, re.I):
                # "… proposed acceptance of the Minutes seconded by Cllr Hand. Unanimously Agreed"
                previous = sentences(text[:start])
                if previous:
                    sentence = f"{previous[-1]} {first_sentence(text[start:])[0]}".strip()
            numbered = split_numbered(lead_stripped)
            if len(numbered) > 1:
                for part in numbered:
                    out.append(Decision(part, k))
            else:
                out.append(Decision(sentence, k))
                # a second marker later in the same paragraph
                if rest and MARKER.search(rest):
                    paras.insert(k + 1, Para(rest, paras[k].actions, False, paras[k].lines))
                    paras[k].actions = []
            if start == 0:
                used.add(k)
        elif re.search(r"\b(?:resolved|agreed|approved)\b", text, re.I) and (not strict or IT_WAS_DECIDED.search(text)
                                                                              or "£" in text and FIGURE_AGREED.search(text)):
            for s in sentences(text):
                if strict and (not (IT_WAS_DECIDED.search(s) or "£" in s and FIGURE_AGREED.match(s)) or re.search(r"\bwould\b", s)):
                    # capitals mark the decisions; "It was resolved to …" opening a sentence is one too, but not an
                    # agreement that someone would do something (an action)
                    continue
                if AGREED_SENTENCE.search(s) and not SINGLE_AGREER.match(s) and \
                        not re.search(r"\b(?:had|have|has|or|previously)\s+(?:\w+\s+)?agreed\b", s) and not re.search(r"\bnot\s+(?:been\s+)?agreed|\bagreed\s+to\s+(?:look|check|contact|send|ask|find|write|speak|investigate|provide|circulate|arrange|forward)", s, re.I):
                    s = PROPOSED.sub("", s)
                    s = AGREED_LEAD.sub("", s, count=1)
                    # "Proposed by …, seconded by … and agreed: "That the Committee allocate …""
                    quoted = re.sub(r"^.{0,200}?\bagreed\s*:\s*[\"“'‘]?\s*(?=That\b)", "", s)
                    if quoted != s:
                        s = quoted.rstrip("\"”'’ ")
                    out.append(Decision(strip_lead(s) if LEAD.match(s) else s, k))
        k += 1
    return out, used


# "The precept for 2024/25 was agreed at £9,800.": a sum fixed by the meeting, in a sentence of its own
FIGURE_AGREED = re.compile(r"(?:^|(?<=[.!?]\s))(?:The|A|An)\s+[^.;:]{2,80}?\s+(?:was|were)\s+(?:agreed|approved|set|fixed)\s+at\s+"
                           r"£\s?\d[\d,]*(?:\.\d\d)?(?:\s+(?:per\s+\w+|for\s+\d{4}(?:/\d{2,4})?))?\s*[.;]?$", re.I)
IT_WAS_DECIDED = re.compile(r"(?:^|(?<=[.!?]\s))It\s+was\s+(?:(?:further|also|unanimously)\s+)?(?:resolved|agreed)\s+(?:that|to)\b"
                            r"|(?<=[a-z,])\s+and\s+it\s+was\s+(?:(?:further|also|unanimously)\s+)?resolved\s+(?:that|to)\b")
BODY_COLON = re.compile(r"^(?:The\s+)?(?:Board|Committee|Sub-Committee|Panel|Group|Council|Partnership|Cabinet|Forum|Trust|Executive|Commission)\s*:\s*$")
DECIDED_ENTRY = re.compile(r"^(?:\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s*)?(?:NOTED|APPROVED|AGREED|RESOLVED|ENDORSED|SUPPORTED|RECEIVED|"
                           r"DELEGATED|RECOMMENDED|RATIFIED|ADOPTED)\b")
AGREED_TO_LIST = re.compile(r"\b(?:agreed|resolved|decided|RESOLVED|AGREED)(?:\s+(?:to|that|as\s+follows))?\s*[:\-–]\s*$", re.I)
AGREED_SENTENCE = re.compile(
    r"\b(?:agreed|resolved|decided)\s+(?:unanimously\s+)?(?:that|to)\b|^(?:it\s+was\s+)?(?:agreed|resolved|decided)\b|\b(?:all|unanimously)\s+agreed\b"
    r"|\bagreed\s*:\s*[\"“'‘]?\s*That\b"
    r"|\b(?:was|were)\s+(?:\w+\s+)?(?:agreed|resolved|approved)\s*(?:by\s+all|unanimously)?\s*[.;]?$"
    r"|\b(?:was|were)\s+(?:agreed|approved|set|fixed)\s+at\s+£\s?\d[\d,]*(?:\.\d\d)?\s*[.;]?$", re.I)
AGREED_LEAD = re.compile(r"^.{0,160}?\b(?:(?:agreed|resolved|decided)\s+(?:unanimously\s+)?that|it\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided)(?:\s+that)?)\s+(?=\S+\s+\S+\s+\S+)", re.I)
SINGLE_AGREER = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Miss|Dr|Cllr|Clir|Councillor|Cmhlr)\.?\s+(?:(?:[A-Z]\.?|[A-Z][\w'-]+)\s+){0,2}[A-Z][\w'-]+|[A-Z]{2,3}|(?:He|She|They)|The\s+(?:Chair(?:man|person)?|Clerk|Mayor|Cathaoirleach))\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|then\s+)?agreed\b")
PROPOSED = re.compile(
    r"^On\s+the\s+proposal\s+of\s+.{2,60}?,?\s+seconded\s+by\s+(?:(?:Cllr|Clir|Councillor|Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,?\s+(?:(?:it\s+was\s+)?(?:agreed|resolved)\s*(?:that)?\s*:?\s*)?"
    r"|^(?:It\s+was\s+)?(?:proposed|moved)\s+by\s+.{2,60}?,?\s+(?:and\s+)?seconded\s+by\s+.{2,60}?,?\s+(?:and\s+)?(?:(?:was\s+)?(?:unanimously|duly|all)\s+)?(?:agreed|resolved|carried)\s+(?:that\s+)?", re.I)


MOTION = re.compile(r"\b(?:proposed|moved)\b.{0,80}?\bseconded\b(?:\s+by\s+[^,]{2,40}?)?,?\s+that\s+(.{8,})$"
                    r"|\b(?:proposed|moved)\s+that\s+(.{8,}?),?\s+(?:and\s+)?seconded\s+by\b", re.I)
PLANNING_VIEW = re.compile(r"(?i)(?:the\s+(?:parish\s+|town\s+)?council\s+)?(?:(?:would\s+)?recommends?\s+(?:approval|refusal)"
                           r"|(?:has\s+)?no\s+objections?|supports?(?:\s+(?:the\s+)?application)?|objects?(?:\s+to\s+the\s+application)?)"
                           r"(?:\s+(?:unanimously|by\s+all))?\.?")
SIGNED_MOTION = re.compile(r"(?i)^(?:the\s+)?minutes\b.{0,120}?\bbe\s+(?:signed|approved|confirmed|accepted|adopted)\s+as\s+"
                           r"(?:an?\s+)?(?:true|correct|accurate)\b")
OUTCOME = re.compile(r"\b(?:content|agreed|carried|approved|in\s+favour|unanimous(?:ly)?|accepted|supported|elected|appointed)\b", re.I)


QUOTED_THAT = re.compile(r"^[\"'\u2018\u201c]\s*That,?\s+(.+?)[\"'\u2019\u201d]?\.?$")


def _quoted_motion(paras: list[Para], k: int) -> Optional[Decision]:
    """A quoted "That …" paragraph after a proposer/seconder or before an outcome:
    "Proposed - Cllr X Seconded - Cllr Y" / "'That the bills be paid …'" / "All in favour"."""
    quoted = QUOTED_THAT.match(paras[k].text)
    if not quoted:
        return None
    before = paras[k - 1].text if k else ""
    after = paras[k + 1].text if k + 1 < len(paras) else ""
    if re.search(r"\bseconded\b|\bproposed\b", before, re.I) or OUTCOME.search(after[:60]):
        return Decision(quoted.group(1).rstrip("'\u2019\u201d. "), k)
    return None


def _motions(paras: list[Para]) -> list[Decision]:
    """"CC proposed and LH seconded that X. Councillors were content with the proposal." → X."""
    out = []
    for k, p in enumerate(paras):
        quoted = _quoted_motion(paras, k)
        if quoted:
            out.append(quoted)
            continue
        low = p.text.lower()
        if "carried" in low and "second" not in low and ("proposed that" in low or "moved that" in low):
            # "The committee proposed that X. After discussion … put to the vote: …. The amendment was carried.":
            # the outcome in a sentence of its own
            sents = [_PARA_NUMBER.sub("", x) for x in sentences(p.text)]
            for j, sent in enumerate(sents):
                m = re.search(r"\b(?:proposed|moved)\s+that\s+(.{8,}?)\.?$", sent, re.I)
                if m and any(CARRIED_AFTER.match(x) for x in sents[j + 1:j + 4]):
                    out.append(Decision(m.group(1).strip(), k))
                    break
            continue
        if "second" not in low:
            continue            # a motion is seconded
        sents = [_PARA_NUMBER.sub("", x) for x in sentences(p.text)]
        for j, sent in enumerate(sents):
            m = MOTION.search(sent)
            if not m:
                continue
            following = " ".join(sents[j + 1:j + 3])
            motion = (m.group(1) or m.group(2)).strip()
            if OUTCOME.search(following) and not re.search(r"\bnot\b|\bfell\b|\blost\b|\bdefeated\b", following):
                out.append(Decision(motion, k))
            elif SIGNED_MOTION.match(motion):
                # "… seconded by Y that the Minutes be signed as correct - Y raised …": the minutes signed need no vote
                out.append(Decision(re.split(r"\s+[-–]\s+(?=[A-Z])", motion)[0].strip(), k))
    return out


CARRIED_AFTER = re.compile(r"^(?:The\s+)?(?:proposal|motion|amendment|resolution|recommendation)\s+was\s+(?:duly\s+|therefore\s+|then\s+)?"
                           r"carried\b", re.I)
_WHO = r"[A-Z][\w.'\- ]{1,60}?"
US_MOTION = [
    # "Motion by Council Member A, seconded by Council Member B, to approve the agenda." / "Motion to adjourn by A, seconded by B."
    re.compile(rf"^(?:A\s+)?Motion\s+(?:was\s+)?(?:made\s+)?by\s+{_WHO},?\s+(?:and\s+)?second(?:ed)?\s+by\s+{_WHO},?\s+(?P<s>(?:to|that)\s+.+)$", re.I),
    re.compile(rf"^(?:A\s+)?Motion\s+(?P<s>to\s+.+?),?\s+(?:was\s+made\s+)?by\s+{_WHO},?\s+(?:and\s+)?second(?:ed)?\s+by\s+{_WHO}$", re.I),
    # "A motion to approve … was made by A and seconded by B."
    re.compile(rf"^A\s+motion\s+(?P<s>(?:to|that)\s+.+?)\s+was\s+(?:made|moved|offered)\s+by\s+{_WHO}(?:,?\s+(?:and\s+)?seconded\s+by\s+{_WHO})?$", re.I),
    # "Commissioner A moved to adopt …; seconded by B." / "A moved that the Council endorse …"
    re.compile(rf"^{_WHO}\s+moved\s+(?P<s>(?:to|that)\s+.+?)(?:[;,]\s*(?:and\s+)?(?:was\s+)?seconded\s+by\s+{_WHO})?$"),
    # "Commissioner Perez moved and Chair Ramirez seconded to approve the consent calendar as recommended." (rule
    # moved-and-seconded)
    re.compile(rf"^{_WHO}\s+moved\s+and\s+{_WHO}\s+seconded\s*,?\s+(?P<s>(?:to|that)\s+.+)$"),
]
US_OUTCOME = re.compile(r"\b(?:carried|passed|approved|adopted|prevailed)\b|\bunanimous(?:ly)?\b", re.I)
US_FAILED = re.compile(r"\b(?:failed|lost|defeated|denied|not\s+(?:carried|passed|approved)|withdrawn)\b", re.I)
PROCEDURAL = re.compile(r"^(?:to\s+|that\s+(?:the\s+)?(?:meeting|council|commission|board)\s+(?:be\s+|stand\s+)?)?"
                        r"(?:adjourn(?:ed)?|recess(?:ed)?|close(?:d)?)\b(?!\s+(?:to|the)\s+(?:road|street|lane|park|path))", re.I)


BLOCK_MOTION = re.compile(
    r"\b(?:Moved|MOVED)(?:\s+by)?\s*[:\-–]?\s*(?P<mover>[A-Z][^:]{1,60}?)[,;.]?\s+(?:Seconded|SECONDED)(?:\s+by)?\s*[:\-–]?\s*"
    r"(?P<seconder>[A-Z][^:]{1,60}?)[,;.]?\s+(?:That|THAT)\b[:,]?\s*(?P<s>.+?)\s*"
    r"(?:(?P<outcome>\b(?:CARRIED|LOST|DEFEATED|WITHDRAWN|LAPSED|FELL|Carried|Lost|Defeated|Withdrawn|Lapsed)\b)|$)")


def _block_motions(paras: list[Para]) -> list[Decision]:
    """Motions printed as a block ("Moved: Cr A" / "Seconded: Cr B" / "That …" / "CARRIED 6/0", or "Moved by
    Councillor A, Seconded by Councillor B, THAT … CARRIED"): a carried motion's substance is a decision; a lost,
    withdrawn or unresolved one is not. Returns a Decision with empty text for a motion that was not carried."""
    out = []
    for k, p in enumerate(paras):
        if "Moved" not in p.text and "MOVED" not in p.text:
            continue
        for m in BLOCK_MOTION.finditer(p.text):
            outcome = (m.group("outcome") or "").upper()
            substance = m.group("s").strip()
            if outcome == "CARRIED" and not PROCEDURAL.match(substance):
                out.append(Decision(substance, k))
            else:
                out.append(Decision("", k))
    return out


def _us_motions(paras: list[Para]) -> list[Decision]:
    """Motions minuted with their mover and seconder and a vote ("Motion by A, seconded by B, to approve …. Motion
    carried 4-0."): a carried motion's substance is a decision; a failed motion and a motion to adjourn are not."""
    out = []
    if not any("motion" in p.text.lower() or "moved" in p.text for p in paras):
        return out
    flat = [(k, sent) for k, p in enumerate(paras) for sent in sentences(p.text)]
    for j, (k, sent) in enumerate(flat):
        sent = sent.strip().rstrip(".")
        m = next((m for m in (rx.match(sent) for rx in US_MOTION) if m), None)
        if not m:
            continue
        substance = re.sub(r"[;,]\s*(?:and\s+)?(?:was\s+)?seconded\s+by\s+.+$", "", m.group("s")).strip(" ;,")
        # the outcome: the rest of this sentence and the sentences after it (a roll call between), up to the next motion
        outcome = []
        for _, later in flat[j + 1:j + 6]:
            if any(rx.match(later.strip().rstrip(".")) for rx in US_MOTION):
                break
            outcome.append(later)
        tail = " ".join(outcome)
        carried_inline = re.search(r"\.?\s*(?:The\s+)?Motion\s+(?:carried|passed)\b.*$", substance, re.I)
        if carried_inline:
            substance = substance[:carried_inline.start()].strip()
            tail = carried_inline.group(0) + " " + tail
        if US_FAILED.search(tail) or not US_OUTCOME.search(tail) or PROCEDURAL.match(substance):
            continue
        if substance.lower().startswith("that "):
            substance = substance[5:]
        out.append(Decision(substance, k))
    return out


LOOSE_DECISION = re.compile(
    r"^(?!It\s+was\s+noted)(?!Apolog)(?!(?:Any\s+)?Declarations?\b)(?!.*\bnoted\s+that\b)(?:(?!\bnot\b).)*"
    r"\b(?:was|were)\s+(?:(?:also|duly|unanimously|formally|then|subsequently)\s+)?(?:\w+ed\s+and\s+)?"
    r"(?:agreed|approved|adopted|accepted|endorsed|ratified|confirmed|signed|turned\s+down|refused|rejected)\b"
    r"(?!\s+(?:in|on(?!\s+(?:the|a)\s+(?:proposal|motion)\s+(?:of|by)\b)|at|last|previously|earlier|during|when|that|by\s+(?:the\s+)?(?:chair|clerk)|as(?!\s+(?:a\s+|an\s+)?(?:true|correct|accurate)))\b)"
    r"|\b(?:agreed|approved)\s+for\s+payment\b", re.I)


FAVOUR = re.compile(r"\b(?:proposed|seconded)\b.*\b(?:all|six|five|four|three|seven|eight|nine|\d+|unanimously|majority)\s+(?:were\s+|voted\s+)?in\s+favour\b"
                    r"|^The\s+(?:Parish\s+|Town\s+)?(?:Council|Committee|Members|Councillors)\s+(?:were|was)\s+(?:unanimously\s+|all\s+)?in\s+favour\b"
                    r"|\bvotes?\s+for\b.*\bcarried\b", re.I)
BODY_DECIDED = re.compile(
    # the body by its name ("The Housing Authority approved …", "The Parish Council agreed …") (rule body-decided)
    r"^(?:The\s+(?:Parish\s+|Town\s+|Community\s+|District\s+|(?:[A-Z][a-z]+\s+){1,2})?(?:Council|Committee|Sub-Committee|Board|Group|Members|Councillors|Trustees|Governors|Directors|Panel|Meeting"
    r"|Partnership|Forum|Commission|Cabinet|Executive|Authority)"
    r"|(?:Governors|Trustees|Directors))"
    r"\s+(?:(?:unanimously|then|also|formally)\s+)?(?:approved|agreed|resolved|adopted|accepted|decided|endorsed"
    # a board's decision verbs in capitals: "The Board RECEIVED and NOTED the report", "The Board APPROVED …"
    r"|(?:RECEIVED|NOTED|APPROVED|AGREED|ENDORSED|RATIFIED|SUPPORTED|ADOPTED|DELEGATED|RECOMMENDED|ACCEPTED|CONFIRMED))\b")


MOVER_AFTER = re.compile(
    r"(?:,\s*|\s*\(\s*)(?:(?:it\s+was\s+|having\s+been\s+)?(?:proposed|moved)|prop\.)(?:\s+by)?\s*:?\s+[^;()]{2,60}?,?\s+(?:and\s+)?"
    r"(?:seconded|sec\.|2nd)(?:\s+by)?\s*:?\s+[^;()]{2,60}?(?:\s*;\s*[^()]{0,40})?\)?\s*\.?\s*$", re.I)
# "The minutes … were adopted on the proposal of Mr. X, seconded by Cllr. Y.": the mover is not part of the decision
PROPOSAL_OF = re.compile(r"\s+on\s+(?:the|a)\s+(?:proposal|motion)\s+(?:of|by)\s+[^;()]{2,60}?,?\s+(?:and\s+)?"
                         r"seconded(?:\s+by)?\s+[^;()]{2,60}?\s*\.?\s*$", re.I)
def _without_mover(text: str) -> str:
    if "econd" not in text and "2nd" not in text and "sec." not in text.lower():
        return text
    m = MOVER_AFTER.search(text) or PROPOSAL_OF.search(text)
    return text[:m.start()] + "." if m and text[:m.start()].strip() else text


SECONDED_ONLY = re.compile(r"(?i)^(?:it\s+was\s+)?proposed\s+by\b.{0,80}\bseconded\s+by\b[^:;]{0,60}$")
_PARA_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+(?=[A-Z])")


def _all_decisions(paras: list[Para]) -> list[Decision]:
    """Documents without RESOLVED: every sentence that records a decision."""
    out = []
    for k, p in enumerate(paras):
        quoted = _quoted_motion(paras, k)
        if quoted:
            out.append(quoted)
            continue
        sents = [_PARA_NUMBER.sub("", x) for x in sentences(p.text)]
        for j, sent in enumerate(sents):
            if re.fullmatch(r"(?:unanimously\s+)?(?:carried|agreed|approved)(?:\s+unanimously|\s+by\s+all)?[.!]?", sent, re.I) and j:
                # "Cllr Denny proposed acceptance of the Minutes, seconded by Cllr McCarthy. Carried"
                out.append(Decision(f"{sents[j - 1]} {sent}", k))
            elif len(sent) < 300 and (LOOSE_DECISION.search(sent) or FAVOUR.search(sent) or BODY_DECIDED.match(sent)) \
                    and not ACTIONS_LINE.match(sent):
                out.append(Decision(sent, k))
    return out


MINUTES_CONFIRMED = re.compile(
    r"^(?:The\s+)?minutes\b.{0,160}\b(?:confirmed|approved|agreed|signed|accepted|adopted)\s+as\s+(?:an?\s+)?"
    r"(?:correct|true|accurate|full)\b.{0,30}\brecord\b", re.I)


def _minutes_confirmed(paras: list[Para]) -> list[Decision]:
    """Sentences confirming the minutes of a meeting as a true record."""
    return [Decision(sent, k) for k, p in enumerate(paras) for sent in sentences(p.text)
            if len(sent) < 300 and MINUTES_CONFIRMED.match(sent)]


def _fallback_decision(paras: list[Para]) -> Optional[Decision]:
    """A minute without RESOLVED: its closing sentence when it records a decision, else the minutes being agreed."""
    for k in range(len(paras) - 1, -1, -1):
        if not paras[k].text:
            continue
        if k and SECONDED_ONLY.match(paras[k].text):
            continue        # "Proposed by Cllr. P. Grady and seconded by Cllr N. Furlong." under the decision
        sents = sentences(paras[k].text)
        if len(sents) > 1 and SECONDED_ONLY.match(sents[-1]):
            sents = sents[:-1]
        last = sents[-1] if sents else ""
        last = _PARA_NUMBER.sub("", last)        # "5.3 The Board noted the partner updates."
        if len(last) < 220 and DECISION.search(last) and not last.rstrip().endswith(":"):
            return Decision(last, k)
        break
    for k, p in enumerate(paras):
        for sent in sentences(p.text):
            if len(sent) < 220 and re.search(r"\bminutes\b", sent, re.I) and DECISION.search(sent):
                return Decision(sent, k)
    return None


ROLE_SUBSTITUTE = re.compile(
    r"(?P<sub>(?:[A-Z][\w'\-]*\.?\s){1,4}?[A-Z][\w'\-]+)\s+(?:attended|was\s+present|deputised|substituted)\s+"
    r"(?:on\s+behalf\s+of|in\s+(?:the\s+)?place\s+of|for|instead\s+of)\s+the\s+(?P<role>[A-Z][\w'&\- ]{2,60}?)\s*(?=[.,;]|$)")


def _role_substitutes(texts: list[str], apologies: list[Person], att: Attendance,
                      known: list[Known]) -> list[tuple[str, str]]:
    """"Inspector X attended on behalf of the Borough Commander": the member who holds that office and sent
    apologies, where exactly one does (the office as the minutes or the agenda's membership list print it)."""
    out = []
    for text in texts:
        for m in (m for sent in sentences(" ".join((text or "").split())) for m in ROLE_SUBSTITUTE.finditer(sent)):
            sub = clean_name(m.group("sub"))
            role = m.group("role").strip().lower()
            if not looks_like_name(sub) or len(sub.split()) < 2:
                continue
            offices = {}
            for p in apologies + att.apologies + att.absent:
                offices.setdefault(clean_name(p.name).lower(), " ".join(x for x in (p.role, p.organisation) if x))
            for k in known:
                if clean_name(k.name).lower() in offices:
                    offices[clean_name(k.name).lower()] += " " + (k.role or "")
            holders = [n for n, office in offices.items() if re.search(rf"\b{re.escape(role)}\b", office, re.I)]
            if len(holders) == 1:
                name = next(clean_name(p.name) for p in apologies + att.apologies + att.absent
                            if clean_name(p.name).lower() == holders[0])
                out.append((name, sub))
    return out


def _complete_names(record: MinutesRecord, known: list[Known]) -> None:
    """Surnames alone ("Councillor Ockenden" in the apologies, "Cllr Cobbold substituted for Cllr Pargeter") stand
    for the one person with that surname the document lists in full; a substitute who attended is present."""
    full = [clean_name(p.name) for p in record.present + record.also_present + record.apologies]
    full += [clean_name(k.name) for k in known]
    full = [n for n in dict.fromkeys(full) if len(n.replace(".", " ").split()) >= 2]

    def complete(name: Optional[str]) -> Optional[str]:
        if not name:
            return name
        words = clean_name(name).split()
        if len(words) != 1:
            return name
        match = [n for n in full if n.split()[-1].lower() == words[0].lower() and len(n.split()[0]) > 1]
        return match[0] if len(set(match)) == 1 else name

    seen = set()
    apologies = []
    for a in record.apologies:
        a.name = complete(a.name)
        a.substitute = complete(a.substitute)
        if a.name.lower() not in seen:
            seen.add(a.name.lower())
            apologies.append(a)
    record.apologies = apologies
    away = {clean_name(a.name).lower() for a in record.apologies}
    record.present = [p for p in record.present if clean_name(p.name).lower() not in away]
    attending = {clean_name(p.name).lower() for p in record.present + record.also_present}
    for a in record.apologies:
        if a.substitute and clean_name(a.substitute).lower() not in attending and looks_like_name(a.substitute):
            record.present.append(PersonRef(name=clean_name(a.substitute)))
            attending.add(clean_name(a.substitute).lower())


def _ref(p: Person) -> PersonRef:
    return PersonRef(name=p.name, role=p.role, organisation=p.organisation)


def parse_minutes(lines: list[L], *, us: bool = False, year_hint: Optional[int] = None,
                  known: Optional[list[Known]] = None, warnings: Optional[list[str]] = None,
                  strict: Optional[bool] = None) -> MinutesRecord:
    warnings = warnings if warnings is not None else []
    lines, logged = _log_rows_out(lines)
    heads = _with_sub_items(_paragraph_numbers_out(chain(lines), lines), lines)
    typographic = typographic_heads(lines)
    sectioned = sectioned_heads(lines, typographic) if len(typographic) >= 2 else []
    if sectioned:
        heads = sectioned
    elif use_typographic(lines, heads, typographic):
        heads = typographic
    elif not heads and not typographic:
        heads = run_in_heads(lines)
    heads = _standalone_subheadings(lines, heads)
    first = heads[0].index if heads else len(lines)
    head_text = " ".join(ln.text for ln in lines[:first] if ln.text)
    record = MinutesRecord()
    record.draft = bool(re.search(r"\b(?:draft|unconfirmed)\b", head_text[:400], re.I))

    # the meeting: date and time from the head, leaving aside other meetings it mentions
    meeting_text = _meeting_sentence(lines, first)
    # "REPORT OF THE EXECUTIVE POLICY COMMITTEE DATED MARCH 4, 2015": a paper's date, not the meeting's
    dates = [d for d in find_dates(meeting_text, us, year_hint)
             if not re.search(r"\b(?:dated|issued|published|printed)\s*(?:on\s*)?$", meeting_text[max(0, d.start - 20):d.start], re.I)]
    record.meeting = MeetingInfo(date=dates[0].value if dates else None, start=_start_time(meeting_text),
                                 venue=_venue(meeting_text))
    span = re.search(r"(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:-|–|—|to|until)\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)(?![\d/])", meeting_text, re.I)
    if span:
        a, b = find_times(span.group(1) + (" " + span.group(2)[-2:] if re.search(r"[ap]m$", span.group(2), re.I) and not re.search(r"[ap]\.?m", span.group(1), re.I) else "")), find_times(span.group(2))
        if not (a and b):
            # "10.00 – 12.30": two clock times with minutes make a span even without am/pm
            x = re.fullmatch(r"(\d{1,2})[.:](\d{2})", span.group(1).strip())
            y = re.fullmatch(r"(\d{1,2})[.:](\d{2})", span.group(2).strip())
            if x and y and int(x.group(2)) < 60 and int(y.group(2)) < 60 and int(x.group(1)) < 24 and int(y.group(1)) < 24:
                hx, hy = int(x.group(1)), int(y.group(1))
                hx, hy = (hx + 12 if hx < 8 else hx), (hy + 12 if hy < 8 or hy < hx else hy)
                a, b = [(f"{hx:02d}:{x.group(2)}", 0, 0)], [(f"{hy:02d}:{y.group(2)}", 0, 0)]
        if a and b and a[0][0] < b[0][0]:
            record.meeting.start, record.meeting.end = a[0][0], b[0][0]
    record.body = find_body([ln.text for ln in lines[:min(first, 30)]], "\n".join(ln.text for ln in lines))

    att = attendance(lines, 0, first)
    if not att.present:
        # the roll call as one of the first minutes ("2. ROLL CALL" / "Present: …" / "Absent: …" / "Also present: …")
        for k, h in enumerate(heads[:4]):
            end = heads[k + 1].index if k + 1 < len(heads) else len(lines)
            if not any(ATTENDANCE_LABEL.match(lines[i].text) for i in range(h.index + 1, min(end, h.index + 12))):
                continue
            inner = attendance(lines, h.index + 1, end)
            if inner.present:
                att.present, att.also_present = inner.present, att.also_present + inner.also_present
                att.apologies = att.apologies + inner.apologies
                att.absent = att.absent + inner.absent
                att.subs = att.subs + inner.subs
                att.chair = att.chair or inner.chair
                break
    if not att.present:
        rolled, also = _roll_call_sentences(head_text)
        if rolled:
            # "Responding to roll call were Commissioners Perez, … Also participating were …" (rule roll-call-sentence)
            att.present, att.also_present = rolled, att.also_present + also
            att.chair = att.chair or next((p.name for p in rolled if p.chair and not p.vice_chair), None)
    strict = strict_markers(lines) if strict is None else strict
    items: list[MinuteItem] = []
    apologies = list(att.apologies)
    subs: list[tuple[str, str]] = list(att.subs)
    apology_texts: list[str] = []      # the text of the "Apologies" minute(s)
    item_paras: list[tuple[MinuteItem, list[Para], list[Decision]]] = []
    for k, h in enumerate(heads):
        end = heads[k + 1].index if k + 1 < len(heads) else len(lines)
        title, rest, last = split_title(h.rest, lines, h.index)
        title = re.sub(r"\s*[(\[](?:Agenda\s+)?Item\s+(?:No\.?\s*)?\d+[a-z]?(?:\.\d+)?[)\]]\s*$", "", title, flags=re.I).strip()
        disposition = _disposition(lines, h, end)
        if disposition:
            title, rest, last = disposition[0], "", h.index
        paras = paragraphs(lines, last + 1, end, rest)
        head_actions = [lines[x].action for x in range(h.index, last + 1) if lines[x].action]
        if head_actions and paras:
            # initials beside the heading row of an Item / Action table: the decision or "XX to …" they own
            target = next((p for p in paras if re.search(r"(?:^|[.!?]\s+)(?:[A-Z]{2,3}(?:\s*(?:and|&|/|,)\s*[A-Z]{2,3})*)\s+(?:to|will)\b", p.text)
                           or MARKER.search(p.text)), paras[-1])
            target.actions.extend(head_actions)
        item = MinuteItem(number=h.number.rstrip("."), title=title, exempt=bool(EXEMPT.search(title)))
        # a report reference on its own line or in the title
        for p in paras[:3]:
            if REPORT_REF.fullmatch(p.text.strip()) or re.fullmatch(r"(?:Report\s+(?:No\.?\s*)?)?[A-Z]{2,5}\s?\d{4,6}", p.text.strip()):
                item.report_ref = REPORT_REF.search(p.text).group(0)
                p.text = ""
                break
        if not item.report_ref:
            rm = re.search(r"\bReport\s+(?:No\.?\s*)?([A-Z]{2,5}\s?\d{4,6})\b", " ".join(p.text for p in paras) + " " + title)
            if rm:
                item.report_ref = rm.group(1)
        # post meeting notes
        kept: list[Para] = []
        skip_next = False
        for j, p in enumerate(paras):
            if skip_next:
                skip_next = False
                if not p.listed:
                    continue
            nm = POST_NOTE.match(p.text)
            if nm:
                pm_note = p.text[nm.end():].strip()
                if not pm_note and j + 1 < len(paras):
                    pm_note = paras[j + 1].text
                    skip_next = True
                    follow = j + 2
                    if pm_note.endswith(":"):
                        while follow < len(paras) and paras[follow].listed:
                            pm_note += " " + paras[follow].text
                            follow += 1
                if pm_note:
                    item.post_meeting_notes.append(pm_note)
                    note(item, f"post-meeting note {len(item.post_meeting_notes)}", [ln for ln in (lines[i] for i in p.lines
                         if i < len(lines))], "post-meeting-note", pm_note)
                continue
            kept.append(p)
        # the same paragraph printed twice
        texts = drop_repeats([p.text for p in kept])
        deduped: list[Para] = []
        pending_actions: list[str] = []
        ti = 0
        for p in kept:
            if ti < len(texts) and (p.text == texts[ti] or (p.text and texts[ti] and texts[ti] in p.text)):
                p.text = texts[ti]
                p.actions = pending_actions + p.actions
                pending_actions = []
                deduped.append(p)
                ti += 1
            elif not p.text:
                if deduped:
                    deduped[-1].actions.extend(p.actions)
                else:
                    pending_actions.extend(p.actions)
            else:
                (deduped[-1].actions if deduped else pending_actions).extend(p.actions)
        paras = [p for p in deduped if p.text or p.actions]
        # end of meeting and signature lines are not narrative
        for p in paras:
            if end_time(p.text):
                p.text = " ".join(s for s in sentences(p.text) if not (end_time(s) and len(s) < 120))
        paras = [p for p in paras if (p.text and not SIGNATURE.match(p.text)) or p.actions]
        decs, whole = decisions(paras, strict)
        blocks = _ruled(_block_motions(paras), "block-motion")
        if blocks:
            # "Moved: Cr A / Seconded: Cr B / That … / CARRIED 6/0": the carried motions are the item's decisions
            moved = {d.para for d in blocks}
            decs = [d for d in decs if d.para not in moved] + [d for d in blocks if d.text]
        decs += [d for d in _ruled(_us_motions(paras), "us-motion") if not any(d.text in x.text or x.text in d.text for x in decs)
                 and not paras[d.para].claimed]
        decs += [d for d in _ruled(_motions(paras), "proposed-seconded") if not any(d.text in x.text or x.text in d.text for x in decs)
                 and not paras[d.para].claimed]
        if not strict:
            decs += [d for d in _ruled(_all_decisions(paras), "agreed-sentence")
                     if not any(d.text in x.text or x.text in d.text for x in decs) and not paras[d.para].claimed]
        # a planning consultation answered in a paragraph of its own: "Recommend approval", "No objection"
        decs = sorted(decs + [Decision(p.text.rstrip("."), k, "planning-view") for k, p in enumerate(paras)
                              if PLANNING_VIEW.fullmatch(p.text) and not any(d.para == k for d in decs)], key=lambda d: d.para)
        if not decs:
            fb = _fallback_decision(paras)
            if fb:
                fb.rule = "fallback-decision"
                decs = [fb]
        elif strict:
            # the minutes confirmed in a plain sentence beside a marked decision ("The minutes were agreed as an
            # accurate record." above "Agreed: X to …") are a decision too
            decs = sorted(decs + [d for d in _ruled(_minutes_confirmed(paras), "minutes-confirmed")
                                  if not any(d.text in x.text or x.text in d.text for x in decs)], key=lambda d: d.para)
        if (DECISION.search(title) or not strict and LOOSE_DECISION.search(title)) and len(title) > 25 and \
                not any(title in d.text or d.text in title for d in decs):
            decs = [Decision(title, 0, "decision-title")] + decs
        taken = []
        for d in decs:
            if not d.text.strip():
                continue
            r = PROPOSED.sub("", re.sub(r"\s+", " ", d.text).strip(), count=1)
            if not strict:
                r = AGREED_LEAD.sub("", r, count=1)
            # the mover and seconder after the decision ("…, proposed by A and seconded by B." / "(proposed A,
            # seconded B; carried unanimously)") are not part of it
            r = _without_mover(r)
            # procedural motions (adjourning or closing the meeting) are not decisions
            if r and not PROCEDURAL_DECISION.search(r):
                taken.append((r, d))
        if disposition and disposition[1] and DISPOSED.search(disposition[1]) and not NOT_DISPOSED.search(disposition[1]):
            taken.insert(0, (disposition[1], Decision(disposition[1], -1, "disposition-column")))
        item.resolutions = [r for r, _ in taken]
        if provenance.active():
            note(item, "item", lines[h.index:last + 1], h.rule, f"{item.number} {title}".strip())
            if paras:
                note(item, "item.text", [lines[i] for p in paras for i in p.lines if i < len(lines)], "paragraphs")
            for n, (r, d) in enumerate(taken, 1):
                src = [lines[i] for i in paras[d.para].lines if i < len(lines)] if 0 <= d.para < len(paras) else []
                if d.rule == "decision-title" or d.rule == "disposition-column":
                    src = lines[h.index:last + 1]
                note(item, f"resolution {n}", src, d.rule, r)
        item.text = "\n\n".join(" ".join(p.text.split()) for p in paras if p.text).strip()
        if re.search(r"apolog", title, re.I) or k == 0 and re.search(r"apolog", item.text[:200], re.I):
            found, found_subs = _apologies_from_text(item.text)
            lead_para = re.sub(r"^\d+(?:\.\d+)+\s+", "", item.text.split("\n\n")[0]) if item.text else ""
            if not found and re.search(r"apolog", title, re.I) and lead_para and not re.search(r"\b(?:none|no apologies|nil)\b", lead_para, re.I) \
                    and not _sentence_like(lead_para):
                found = parse_people(re.sub(r"\.\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s)", ", ", lead_para))
            apologies.extend(found)
            subs.extend(found_subs)
            apology_texts.append(item.text)
        items.append(item)
        item_paras.append((item, paras, decs))

    # attendance printed as the first minute ("1. Those Attending: Cllr …")
    if not att.present:
        for item in items[:3]:
            if re.match(r"^(?:those\s+)?(?:attending|present|attendance|in\s+attendance|members\s+present|attendees)\b", item.title, re.I):
                paras_text = [p for p in item.text.split("\n\n") if p]
                synthetic = [L("Present: " + paras_text[0])] + [L(p) for p in paras_text[1:3]] if paras_text else []
                extra = attendance(synthetic, 0, len(synthetic))
                att.present, att.also_present = extra.present, att.also_present + extra.also_present
                att.chair = att.chair or extra.chair
                for p in paras_text[:3]:
                    for sent in sentences(p):
                        pm = re.match(r"^((?:PCSO|PC|Mr|Mrs|Ms|Dr|Cllr|Councillor)?\.?\s*[A-Z][\w.'\- ]{2,40}?)\s+(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)", sent)
                        if pm and looks_like_name(pm.group(1)):
                            att.also_present.append(Person(clean_name(pm.group(1))))
                break
    _guests_out(att)

    # the head may carry apologies as sentences too
    if not apologies:
        found, found_subs = _apologies_from_text(head_text)
        apologies.extend(found)
        subs.extend(found_subs)

    subs.extend(_role_substitutes(apology_texts + [head_text], apologies, att, known or []))

    # "Members not present: Mr Crispin Ellwood, …" and "Apologies … from Mr Ellwood": the absent member's full name
    for p in apologies:
        if len(p.name.split()) == 1:
            full = [a for a in att.absent if a.name.split()[-1].lower() == p.name.lower() and len(a.name.split()) > 1]
            if len(full) == 1:
                p.name = full[0].name
    record.items = items
    record.present = [_ref(p) for p in _unique(att.present)]
    record.also_present = [_ref(p) for p in _unique(att.also_present)
                           if clean_name(p.name).lower() not in {clean_name(x.name).lower() for x in att.present}]
    seen = set()
    full_surnames = {p.name.split()[-1].lower() for p in apologies if len(p.name.split()) > 1}
    for p in apologies:
        key = p.name.lower()
        if key in seen or (len(p.name.split()) == 1 and key in full_surnames):
            continue
        seen.add(key)
        sub = next((s for target, s in subs if clean_name(target).lower() == key or
                    clean_name(target).lower().split()[-1:] == key.split()[-1:]), None)
        record.apologies.append(Apology(name=p.name, role=p.role, substitute=sub))
    _complete_names(record, known or [])
    record.chair = att.chair or _chair_from_text(head_text + " " + (items[0].text[:400] if items else "")) \
        or _chair_by_office(head_text + " " + (items[0].text[:400] if items else ""), record.present)
    acting = _acting_chair(head_text + " " + (items[0].text[:600] if items else ""), record.present)
    if acting:
        # "Alex Wynick (Acting Chair)" beside "Janet Bunker (Chair)": who chaired this meeting (rule acting-chair)
        record.chair = acting
        note(record, "chair", lines[:first], "acting-chair", acting)
    if record.chair and len(record.chair.split()) == 1:
        # "Councillor Hale took the Chair": the one member of that surname listed in full
        full = {p.name for p in record.present if p.name.split()[-1].lower() == record.chair.lower() and len(p.name.split()) > 1}
        record.chair = full.pop() if len(full) == 1 else record.chair
    if record.chair and len(record.chair.split()) == 1:
        signed = _signed_chair(lines, record.chair)
        if signed:
            # "Chair Ramirez called the meeting to order" and the signature "RICK RAMIREZ" / "CHAIR" (rule
            # chair-signature-name)
            record.chair = signed
            note(record, "chair", [], "chair-signature-name", signed)

    full = "\n".join(ln.text for ln in lines if ln.text)
    record.meeting.end = end_time(full) or record.meeting.end
    if record.meeting.start and record.meeting.end and record.meeting.end < record.meeting.start and int(record.meeting.end[:2]) < 12:
        # "began at 7.00pm" … "closed at 8.16": the end in the same half of the day, after the start
        record.meeting.end = f"{int(record.meeting.end[:2]) + 12:02d}{record.meeting.end[2:]}"
    if not record.meeting.start:
        called = re.search(r"\bcalled\s+(?:the\s+)?(?:[\w'’]+\s+){0,10}?(?:meeting|session)\b(?:\s+[\w'’]+){0,10}?\s+to\s+order\s+at\s+"
                           r"(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?))", full, re.I)
        if called and find_times(called.group(1)):
            record.meeting.start = find_times(called.group(1))[0][0]
    if not record.meeting.start:
        began = re.search(r"\b(?:meeting\s+)?(?:commenced|started|began|opened)\s+at\s+", full, re.I)
        record.meeting.start = clock_24(full[began.end():began.end() + 12]) if began else None
    record.next_meeting_date = next_meeting(lines, us, year_hint, after=record.meeting.date)
    record.previous_meeting_date = previous_meeting(lines, us, year_hint, record.meeting.date)

    # actions and their owners
    people = [Known(p.name, " ".join(x for x in (p.role, p.organisation) if x), p.initials)
              for p in att.present + att.also_present + apologies]
    people += [Known(s) for _, s in subs]
    people += known or []
    resolver = Resolver(people)
    for item, paras, decs in item_paras:
        _actions(item, paras, decs, resolver, warnings, lines)
        # a date column of an Item / Action table (Line.due) where the action's text gives none
        printed = next((lines[i].due for p in paras for i in p.lines if i < len(lines) and lines[i].due), None)
        for action in item.actions:
            action.due = action.due or due_date(action.text, record.meeting.date, record.next_meeting_date) or \
                (due_date(f"by {printed}", record.meeting.date, record.next_meeting_date) if printed else None)
    if logged:
        _log_actions(items, logged, resolver, warnings, record)
    return record


LOG_TITLE = re.compile(r"(?i)^(?:summary\s+of\s+|schedule\s+of\s+)?actions?(?:\s+(?:log|tracker|list|table|summary|schedule|"
                       r"arising(?:\s+from\s+the\s+meeting)?))?\s*:?$")
_LOG_STOP = frozenset("a an the to of and or for on in at by with from be is are was were this that these those all any "
                      "into before after over under next meeting".split())


def _log_rows_out(lines: list[L]) -> tuple[list[L], list[L]]:
    """The rows of an ACTION LOG table (``L.log``) and its title ("ACTION LOG", "Actions") taken out of the
    minutes' lines (left blank, so line indices hold): they are the meeting's actions gathered at the end, not
    the last minute's text."""
    if not any(ln.log is not None for ln in lines):
        return lines, []
    lines = list(lines)
    logged = []
    for i, ln in enumerate(lines):
        if ln.log is None:
            continue
        if not logged or lines[i - 1].log is None:
            # the log's title: the last line above its first row
            t = next((j for j in range(i - 1, max(-1, i - 5), -1) if lines[j].text), None)
            if t is not None and LOG_TITLE.match(lines[t].text) and lines[t].log is None:
                lines[t] = L("", page=lines[t].page)
        logged.append(ln)
        lines[i] = L("", page=ln.page)
    return lines, logged


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'-]{2,}", text.lower()) if w not in _LOG_STOP}


def _same_owners(a: list[str], b: list[str]) -> bool:
    return {x.lower() for x in a} == {x.lower() for x in b}


def _log_actions(items: list[MinuteItem], logged: list[L], resolver: Resolver, warnings: list[str],
                 record: MinutesRecord) -> None:
    """An ACTION LOG at the end of the minutes: each row is an action of the minute its Ref column names, else
    of the minute that already records it inline ("Action: XX to …", the same owners and words: it is not counted
    twice, the log gives its date), else of the minute whose title and text share most of its words."""
    if not items:
        return
    by_number = {re.sub(r"\s+", "", it.number).lower().rstrip("."): it for it in items}
    for ln in logged:
        who = [x for x in re.split(r"\s*(?:/|,|&|\band\b)\s*", ln.action or "") if x.strip()]
        who = [x.strip() for x in who if not re.fullmatch(r"(?i)all(?:\s+\w+)?|n/?a|tbc|-|–|—|none", x.strip())]
        words = _words(ln.text)
        item = by_number.get(re.sub(r"\s+", "", ln.log or "").lower().rstrip("."))
        pool = [item] if item else items
        twin = next((a for it in pool for a in it.actions
                     if who and _same_owners(a.owners or [n for n in a.owner_names if n], who)
                     and len(words & _words(a.text)) >= 2), None)
        due = due_date(f"by {ln.due}", record.meeting.date, record.next_meeting_date) if ln.due else None
        if twin:
            twin.due = twin.due or due
            continue
        if item is None:
            if ln.log:
                continue        # a minute of another meeting: an earlier action carried in the log
            scored = [(len(words & _words(it.title + " " + it.text)), k) for k, it in enumerate(items)]
            best, k = max(scored, key=lambda x: (x[0], -x[1]))
            if best < 2:
                continue
            item = items[k]
        owners, names = [], []
        for o in who:
            if INITIALS_ONLY.match(o):
                name, _ = resolver.resolve(o, ln.text, item.text)
            elif ROLE_WORDS.search(o) or ROLE_OWNER.match(o):
                name = resolver.by_role(o)
            else:
                name = clean_name(o) if looks_like_name(o) else None
            owners.append(o)
            names.append(name)
        item.actions.append(Action(text=ln.text, owners=owners, owner_names=names, due=due))
        note(item.actions[-1], "action", [ln], "action-log" if ln.log is not None else "action-table", ln.text)


STATUS_UPDATE = re.compile(
    r"(?:\s[-–—:]+\s*|\s[(\[])(?:(?:now\s+)?complete[d]?|done|closed|ongoing|on-going|in\s+progress|outstanding|"
    r"carried\s+forward(?:\s+to\s+\w+)?|c/f|superseded|discharged|no\s+longer\s+required)[)\]]?\.?\s*$", re.I)
_INLINE_GROUP = re.compile(r"\b([A-Z]{2,3}(?:/[A-Z]{2,3})+)\b")
ROLE_OWNER = re.compile(
    r"^(?:the\s+)?(?:(?:parish|town|deputy|assistant|locum|committee|democratic\s+services)\s+)?"
    r"(?:clerk|chair(?:man|person)?|vice[-\s]chair(?:man|person)?|treasurer|secretary|rfo|proper\s+officer|"
    r"responsible\s+financial\s+officer|all(?:\s+members)?|council(?:lors)?|officers?)$", re.I)
TRAILING_ACTION = re.compile(r"(?<=[.!?])\s+ACTIONS?\s*[:\-–]\s*([A-Z]{2,3}(?:\s*(?:[/,&]|and)\s*[A-Z]{2,3})*)\.?\s*$")
INLINE_ACTION = re.compile(r"\(\s*actions?(?:\s+by)?\s*[:\-–—]\s*([^)]{1,40})\)", re.I)
BARE_ROLE_ACTION = re.compile(r"^(?:The\s+)?(?:Parish\s+|Town\s+)?(?:Clerk|Chair(?:man)?|Treasurer|Secretary|RFO)\s+to\s+[a-z]")


def _owner_words(text: str) -> Optional[list[str]]:
    """Owners printed as an Action label: initials ("JD/KM", "JD, KM"), or a role ("Clerk")."""
    text = text.strip(" .;:()")
    both = re.sub(r"\s+(?:and|&)\s+", "/", text)
    if both != text and INITIALS_ONLY.match(both):
        text = both         # "Action: OH and NO to review …"
    if INITIALS_ONLY.match(text):
        return [x for x in re.split(r"\s*[/,&]\s*", text) if x]
    if ROLE_OWNER.match(text):
        return [re.sub(r"^the\s+", "", text, flags=re.I)]
    return None


_COLUMN_TASK = re.compile(r"^(.{2,40}?)\s+to\s+(?=[a-z])")


def _column_owners(entry: str, resolver: Resolver) -> tuple[list[str], Optional[str]]:
    """An Action column cell → its owners, and the rule's name where the cell needed more than a split.
    The reader joins a cell's lines with "/", so a cell wrapped over lines comes as "Clerk to place on/website" or
    "Heather/Poustie/Clerk" (rule action-column-wrapped): a part in lower case, or after a word that cannot end a
    phrase ("on", "to"), goes on the part before; two parts that make the name of someone listed at the meeting are
    one owner; "Clerk to place on website" is the Clerk's (the task is the minute's). Initials alone ("JD KM") are
    one owner each."""
    parts = [x for x in re.split(r"\s*[/,&]\s*", entry.strip()) if x]
    joined: list[str] = []
    rule = None
    for part in parts:
        if joined and (part[:1].islower() or re.search(r"\s(?:to|on|of|the|and|for|in|at|with)$", joined[-1])
                       or (not INITIALS_ONLY.match(part) and resolver.full_name(f"{joined[-1]} {part}"))):
            joined[-1] = f"{joined[-1]} {part}"
            rule = "action-column-wrapped"
        else:
            joined.append(part)
    owners: list[str] = []
    for part in joined:
        m = _COLUMN_TASK.match(part)
        if m:
            part = m.group(1)
            rule = "action-column-wrapped"
        words = part.split()
        if all(INITIALS_ONLY.match(w) for w in words) or not re.match(r"[A-Z]", part):
            owners.extend(words)
        else:
            owners.append(part)
    return owners, rule


def _add_action(item: MinuteItem, text: str, owners: list[str], resolver: Resolver, all_text: str,
                warnings: list[str]) -> None:
    names: list[Optional[str]] = []
    ambiguous: dict[str, list[str]] = {}
    for o in owners:
        if INITIALS_ONLY.match(o):
            name, options = resolver.resolve(o, text, all_text)
            if name is None:
                if options:
                    ambiguous[o] = options
                warnings.append(f"minute {item.number}: initials {o} could stand for "
                                + (" or ".join(options) if options else "nobody listed at the meeting"))
        else:
            name = resolver.by_role(o)
        names.append(name)
    item.actions.append(Action(text=text, owners=owners, owner_names=names, ambiguous=ambiguous))


DUE = re.compile(
    r"\b(?:by|before|no\s+later\s+than|deadline|due(?:\s+by)?|for)\s*:?\s+(?:the\s+)?(?:(?P<end>end|close)\s+of\s+(?:the\s+month\s+of\s+)?)?"
    r"(?P<what>next\s+meeting|(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?(?:\s+\d{4})?|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\b|\d{1,2}/\d{1,2}/\d{2,4})", re.I)


def due_date(text: str, meeting: Optional[str], next_date: Optional[str]) -> Optional[str]:
    """When an action is due where its text says so: "by 31 March 2024", "by end of January 2018" (the month's
    last day), "by the next meeting" (its date where the minutes state it)."""
    import calendar

    for m in DUE.finditer(text or ""):
        what = m.group("what")
        if re.match(r"next\s+meeting", what, re.I):
            if next_date and m.group(0).lower().split()[0] in ("by", "before", "for"):
                return next_date
            continue
        year = int(meeting[:4]) if meeting else None
        found = find_dates(what, False, year)
        if found and re.search(r"\d{1,2}(?:st|nd|rd|th)?\b", what):
            value = found[0].value
            if meeting and value < meeting and not re.search(r"\d{4}", what):
                value = f"{int(value[:4]) + 1}{value[4:]}"
            return value
        mm = re.fullmatch(r"([A-Za-z]{3,9})\.?,?(?:\s+(\d{4}))?", what.strip())
        if mm and mm.group(1).lower().rstrip(".")[:3] in MONTH_NUMBERS and (mm.group(2) or year) and \
                (m.group("end") or m.group(0).lower().startswith(("by", "before", "no", "deadline", "due"))):
            if not mm.group(2) and not re.fullmatch(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*", mm.group(1), re.I):
                continue
            if mm.group(1).lower() == "may" and not mm.group(2):
                continue        # "by May" is too often the verb
            month = MONTH_NUMBERS[mm.group(1).lower()[:3]]
            y = int(mm.group(2)) if mm.group(2) else year
            if not mm.group(2) and meeting and month < int(meeting[5:7]):
                y += 1
            return f"{y:04d}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"
    return None


MONTH_NUMBERS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


EXEMPT = re.compile(r"\b(?:part\s*(?:2|ii|two)\b|exempt\b|confidential\b|not\s+for\s+publication)", re.I)
SUB_ITEM = re.compile(r"^\(([a-h])\)\s*(.*)$|^([a-h])[.)]\s+(.*)$|^([a-h])\)$")


_SUBHEADING = re.compile(r"[A-Z][\w'’&/()-]*(?:\s*[-–]?\s+[\w'’&/()-]+)*")


def _standalone_subheadings(lines: list[L], heads: list) -> list:
    """Rule standalone-subheading: under numbered minutes set as headings (bold, or a heading style), a short plain
    line in title case standing on its own (a blank line above, a blank line or a bulleted line below: "Landscaping",
    "Vice Chair", "EV Charging Point") heads a part of the minute: an unnumbered item of its own."""
    numbered = [h for h in heads if h.number]
    if len(numbered) < 3 or not all(lines[h.index].bold or lines[h.index].heading for h in numbered):
        return heads
    taken = {h.index for h in heads}
    found = []
    for k, h in enumerate(heads):
        if not h.number:
            continue
        end = heads[k + 1].index if k + 1 < len(heads) else len(lines)
        for i in range(h.index + 2, end):
            ln = lines[i]
            t = ln.text
            if not t or i in taken or ln.bold or ln.heading or ln.bullet or ln.cells or len(t) > 50 or lines[i - 1].text:
                continue
            below = lines[i + 1] if i + 1 < len(lines) else None
            if below is not None and below.text and not below.bullet:
                continue
            # what it heads: bullets, or a paragraph of text (not another short line, an address or a signature)
            nxt = next((lines[j] for j in range(i + 1, min(end, i + 3)) if lines[j].text), None)
            if nxt is None or not (nxt.bullet or len(nxt.text) > 40):
                continue
            if re.fullmatch(r"(?i)(?:back\s+to\s+top|yes\s+no|signed|chair(?:man|person)?|cathaoirleach|clerk|secretary|date)", t):
                continue
            if not _SUBHEADING.fullmatch(t) or NOTHING_TO_REPORT.match(t) or re.fullmatch(r"(?i)none|nil|no|yes|n/?a", t) \
                    or find_dates(t) or HEAD_RX.match(t) or len(t.split()) > 6:
                continue
            found.append(Head(i, "", (), t, 1.0, "standalone-subheading"))
    if len(found) < 3:
        return heads
    return sorted(heads + found, key=lambda h: h.index)


def _sub_title(lines: list[L], i: int, rest: str) -> Optional[str]:
    """The title of a lettered sub-item, or None where the letter starts a list entry or narrative."""
    at = i
    if not rest:
        j = i + 1
        while j < len(lines) and not lines[j].text:
            j += 1
        if j >= len(lines):
            return None
        rest, at = lines[j].text, j
    if len(rest) > 80 or re.search(r"[.;,:]$", rest) or not re.match(r"[A-Z]", rest) or SUB_ITEM.match(rest):
        return None
    if re.search(r"\s[-–]\s", rest) or find_dates(rest):
        return None
    if re.search(r"[.!?]\s+[A-Z]|\b(?:has|have|had|was|were|is|are|will|would)\s+(?:been\s+|now\s+|also\s+)?[a-z]", rest):
        return None         # "a. Pay Committee. The Pay Committee is meeting …": a lettered paragraph of narrative
    nxt = lines[at + 1].text if at + 1 < len(lines) else ""
    if nxt and (nxt[:1].islower() or nxt[:1].isdigit() and not HEAD_RX.match(nxt)):
        return None         # the lettered line runs on into the next ("… Heather Poustie (Headteacher)" / "have both …")
    return rest


def _paragraph_numbers_out(heads: list, lines: Optional[list[L]] = None) -> list:
    """"3.0 Minutes" / "3.1 The minutes were accepted …": with x.0 headings, x.1, x.2 number paragraphs; so too
    under "### 3. Title" headings where "3.1 BT presented …" are sentences in plain lines."""
    tens = {h.key[0] for h in heads if len(h.key) == 2 and h.key[1] == 0}
    if len(tens) >= 2:
        return [h for h in heads if not (len(h.key) == 2 and h.key[1] > 0 and h.key[0] in tens)]
    if lines:
        marked = {h.key[0] for h in heads if len(h.key) == 1 and (lines[h.index].heading or lines[h.index].bold)}
        subs = [h for h in heads if len(h.key) == 2 and h.key[0] in marked]
        if len(marked) >= 2 and subs and all(not (lines[h.index].heading or lines[h.index].bold) for h in subs) and \
                sum(bool(re.search(r"[.)]$", h.rest) or len(h.rest) > 90) for h in subs) >= 0.6 * len(subs):
            return [h for h in heads if h not in subs]
    return heads


DISPOSED = re.compile(r"\b(?:ADOPTED|CARRIED|APPROVED|PASSED|RECEIVED|CONCURRED|ENDORSED|AGREED|RATIFIED|NOTED)\b")
NOT_DISPOSED = re.compile(r"\b(?:LAID\s+OVER|DEFERRED|WITHDRAWN|DEFEATED|LOST|REFERRED\s+BACK|TABLED|POSTPONED)\b")


def _disposition(lines: list[L], h, end: int) -> Optional[tuple[str, Optional[str]]]:
    """Rule disposition-column: a disposition record's row "1 | Rezoning – 260 Wellington Crescent | ADOPTED" (a
    number, the subject, what the meeting did with it in capitals): the title is the subject cell; the last cell,
    with a note in brackets under it ("(See Motion 7)"), is the decision where it says the item was adopted,
    carried or approved (not "laid over" or "withdrawn")."""
    row = lines[h.index].cells
    if not row or len(row) < 3 or row[0].rstrip(".") != h.number.rstrip(".") or not is_upper(row[-1]) or is_upper(row[1]):
        return None
    outcome = row[-1]
    nxt = next((lines[j].text for j in range(h.index + 1, end) if lines[j].text), "")
    if re.fullmatch(r"\([^()]{2,60}\)", nxt):
        outcome = f"{outcome} {nxt}"
    return " ".join(row[1:-1]), outcome


def _ruled(decs: list[Decision], rule: str) -> list[Decision]:
    for d in decs:
        d.rule = rule
    return decs


def _with_sub_items(heads: list, lines: list[L]) -> list:
    """Headings plus lettered sub-items printed as titles of their own ("(a)" / "JPC Sub-Committee" → 3a)."""
    from minutebook.ingest.parsers.headings import Head

    out = []
    for k, h in enumerate(heads):
        out.append(h)
        end = heads[k + 1].index if k + 1 < len(heads) else len(lines)
        found = []
        for i in range(h.index + 1, end):
            m = SUB_ITEM.match(lines[i].text)
            if not m:
                continue
            letter = m.group(1) or m.group(3) or m.group(5)
            rest = (m.group(2) or m.group(4) or "").strip()
            if _sub_title(lines, i, rest) is None:
                continue
            found.append((i, letter, rest))
        letters = [f[1] for f in found]
        if letters and letters[0] == "a" and letters == [chr(97 + n) for n in range(len(letters))]:
            for i, letter, rest in found:
                out.append(Head(i, f"{h.number.rstrip('.')}{letter}", h.key + (ord(letter) - 96,), rest, 1.0,
                                "lettered-sub-item"))
    return out


def _meeting_sentence(lines: list[L], first: int) -> str:
    """Head text that speaks of this meeting (not the previous or the next one)."""
    keep = []
    for ln in lines[:first]:
        t = re.sub(r"\([^)]{0,80}\)", " ", ln.text)
        if not t.strip():
            continue
        held = re.search(r"\b(?:held|meeting)\s+(?:on|at|in)\b.{0,80}?\d{4}", t, re.I)
        if held and not re.search(r"\b(?:previous|last|next)\s+meeting\b", t[:held.start()], re.I):
            keep.append(t[held.start():])
            continue
        if NEXT_MEETING.search(t) or re.search(r"\b(?:previous|last)\s+meeting|minutes\s+(?:of|from)\s+(?:the\s+)?(?:previous|last)|approved|published|publication|printed|issued|circulated|call[\s-]*in|expiry|despatch", t, re.I):
            continue
        keep.append(t)
        if len(keep) > 40:
            break
    return " ".join(keep)


def _venue(text: str) -> Optional[str]:
    m = re.search(r"\b(?:Venue|Place|Location)\s*:\s*(.+?)(?=\s+(?:Present|Apologies|Members|Date|Time)\b|$)", text)
    if not m:
        m = re.search(r"\bheld\s+(?:at|in)\s+(?:the\s+)?((?:[A-Z0-9][\w'&,-]*\s*)+?)(?:,?\s+on\s+|\s+at\s+\d|\s*\.|$)", text)
    if m:
        venue = m.group(1).strip(" ,.")
        if 3 < len(venue) < 120 and not find_dates(venue):
            return title_case(venue) if is_upper(venue) else venue
    return None


def _start_time(text: str) -> Optional[str]:
    m = re.search(r"(?:\bat|@|commenc\w+|start\w*|held\s+at|time\s*:)\s*((?:\d{1,2}[.:]?\d{0,2})\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|noon|hrs)?)", text, re.I)
    if m:
        times = find_times(m.group(1))
        if times:
            return times[0][0]
    return first_time(text)


ACTING_CHAIR_TEXT = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:was\s+(?:to\s+act|acting|asked\s+to\s+act|appointed\s+to\s+act)\s+as|"
    r"(?:agreed\s+to\s+)?(?:act(?:ed)?\s+as|chaired\s+the\s+meeting\s+as))\s+(?:the\s+)?(?:Chair(?:man|woman|person)?)\b")


def _acting_chair(text: str, present: list) -> Optional[str]:
    """The one listed as "(Acting Chair)" at this meeting, or named "… was to act as Chair": this meeting's chair,
    whoever usually chairs."""
    acting = [p.name for p in present if p.role and re.search(r"(?i)\b(?:acting|interim)\s+chair(?:man|woman|person)?\b", p.role)]
    if len(acting) == 1:
        return acting[0]
    m = ACTING_CHAIR_TEXT.search(text)
    if m:
        key = clean_name(m.group(1)).lower()
        found = [p.name for p in present if clean_name(p.name).lower() == key]
        return found[0] if found else None
    return None


ROLL_PRESENT = re.compile(r"^(?:Responding\s+to\s+(?:the\s+)?roll\s+call\s+(?:were|was)|(?:Members\s+|Those\s+)?present\s+at\s+(?:the\s+)?roll\s+call\s+were"
                          r"|Answering\s+(?:the\s+)?roll\s+call\s+were)\s+(.+)$", re.I)
ROLL_REMOTE = re.compile(r"^(.{3,200}?)\s+(?:participated|attended|joined|were\s+present|was\s+present)\s+(?:via|by|remotely|virtually|online)\b", re.I)
ROLL_ALSO = re.compile(r"^Also\s+(?:participating|present|in\s+attendance|attending)\s+were\s+(.+)$", re.I)
_ROLL_TAIL = re.compile(r",?\s+(?:in\s+person|via\s+\w+|by\s+(?:telephone|video\w*)|remotely|virtually)\.?$", re.I)


def _roll_call_sentences(text: str) -> tuple[list, list]:
    """A US roll call written as sentences at the head of the minutes: who responded to the roll call, and who
    participated by video, are present; "Also participating were X, Executive Director; …" are also present."""
    present: list = []
    also: list = []
    if "roll call" not in text.lower():
        return present, also
    for sent in sentences(text):
        sent = sent.strip().rstrip(".")
        m = ROLL_PRESENT.match(sent)
        if m:
            present += parse_people(_ROLL_TAIL.sub("", m.group(1)))
            continue
        m = ROLL_ALSO.match(sent)
        if m and present:
            also += parse_people(m.group(1))
            continue
        m = ROLL_REMOTE.match(sent)
        if m and present and re.match(r"(?:Commissioners?|Council\s*members?|Councillors?|Trustees?|Directors?|Board\s+members?|Members?)\b", m.group(1)):
            present += parse_people(m.group(1))
    return present, also


def _signed_chair(lines: list[L], surname: str) -> Optional[str]:
    """The full name signed over the chair's office ("RICK RAMIREZ" / "CHAIR") for a chair known by surname."""
    texts = [ln.text for ln in lines if ln.text]
    for k, t in enumerate(texts[:-1]):
        words = t.split()
        if 2 <= len(words) <= 4 and words[-1].lower() == surname.lower() and \
                re.fullmatch(r"(?i)chair(?:man|woman|person)?|mayor|president|presiding\s+officer", texts[k + 1].strip(" ,")):
            return title_case(t) if is_upper(t) else t
    return None


def _chair_by_office(text: str, present: list) -> Optional[str]:
    """"The Shire President declared the meeting open" / "The Mayor opened the meeting": the one member present whose
    role is that office (not its deputy) chairs."""
    m = re.search(r"\bThe\s+((?:[A-Z][a-z]+\s+){0,2}?(?:Mayor|President|Chair(?:man|woman|person)?|Reeve|Warden|Provost|Convenor))\s+"
                  r"(?:declared\s+the\s+meeting\s+open|opened\s+the\s+meeting|called\s+the\s+meeting\s+to\s+order|welcomed)\b", text)
    if not m:
        return None
    office = m.group(1).lower()
    found = [p.name for p in present if p.role and p.role.lower().strip() == office]
    return found[0] if len(found) == 1 else None


OPENED_MEETING = re.compile(
    r"\b(?:The\s+[a-z]+(?:\s+[a-z]+)?,\s+)?((?:Rev(?:d|erend)?|Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?"
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),?\s+(?:welcomed\s+(?:everyone|all|those\s+present|members)\b[^.]{0,60}?\s+and\s+)?"
    r"opened\s+the\s+meeting\b")


def _chair_from_text(text: str) -> Optional[str]:
    # "The vicar, Rev Simon Kirby, welcomed everyone to the meeting and opened the meeting with prayer." (rule
    # opened-the-meeting): who opens the meeting chairs it
    m = OPENED_MEETING.search(text)
    if m:
        return clean_name(m.group(1))
    m = re.search(r"((?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w.'\- ]{1,30}?)\s+(?:took|was\s+in|in)\s+the\s+[Cc]hair", text)
    if m:
        return clean_name(m.group(1))
    # "Mayor Delgado called the regular meeting of the City Council to order at 6:30 p.m.": who presides opens it
    m = re.search(r"\b((?:Mayor|Vice\s+Mayor|Chair(?:man|woman|person)?|Vice[-\s]Chair(?:man|woman|person)?|President|Council\s+President|"
                  r"Presiding\s+Officer|Cllr|Councillor)\.?\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,2})\s+called\s+(?:the\s+)?"
                  r"(?:[\w'’]+\s+){0,10}?(?:meeting|session)\b(?:\s+[\w'’]+){0,10}?\s+to\s+order\b", text)
    if m and not re.match(r"Vice", m.group(1)):
        return clean_name(re.sub(r"^(?:Chair(?:man|woman|person)?|President|Council\s+President|Presiding\s+Officer)\s+", "", m.group(1)))
    return None


def next_meeting(lines: list[L], us: bool, year_hint: Optional[int], after: Optional[str] = None) -> Optional[str]:
    """The date of the next meeting: the last statement of it, a full date before one without a year."""
    texts = [ln.text for ln in lines]
    full, partial = None, None
    for i, t in enumerate(texts):
        low = t.lower()
        m = NEXT_MEETING.search(t) if ("meet" in low or "next" in low) else None
        if not m:
            continue
        window = t[m.start():] + " " + " ".join([x for x in texts[i + 1:i + 6] if x][:2])
        window = window[:220]
        dates = [d for d in find_dates(window, us) if not after or d.value > after]
        if dates:
            full = dates[0].value
            continue
        hint = int(after[:4]) if after else year_hint
        dates = [d for d in find_dates(window, us, hint) if not after or d.value > after]
        if dates:
            partial = dates[0].value
    return full or partial


def previous_meeting(lines: list[L], us: bool, year_hint: Optional[int], meeting: Optional[str]) -> Optional[str]:
    texts = [ln.text for ln in lines]
    for i, t in enumerate(texts):
        low = t.lower()
        if not t or not ("minutes" in low or "previous" in low or "last" in low or "report" in low) or NEXT_MEETING.search(t):
            continue
        m = PREVIOUS.search(t)
        if not m:
            continue
        window = t[m.start():] + " " + " ".join([x for x in texts[i + 1:i + 8] if x][:4])
        window = window[:200]
        for d in find_dates(window, us):
            if meeting is None or d.value < meeting:
                return d.value
    return None


NAMED_ACTION = re.compile(r"(?<=\S)\s+Actions?\s*:\s*")
_NEW_TOPIC = re.compile(r"\s+(?=[A-Z][\w'’ ]{2,40}?\s+[-–]\s)|\s+(?=Actions?\s*:)")
_OWNER_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")


def _named_actions(text: str) -> list[tuple[str, list[str]]]:
    """Rule action-after-text: "… it was agreed to propose a change for 2022. Action: John, before next AGM" /
    "… Action: Danny to contact IAM and John to contact DAM, by end January": what was said before "Action:",
    and the people (first names, roles) after it, without the date they are to act by."""
    out = []
    marks = list(NAMED_ACTION.finditer(text))
    start = 0
    for k, m in enumerate(marks):
        after = text[m.end():]
        nxt = _NEW_TOPIC.search(after)
        who_text = after[:nxt.start()] if nxt else after
        who_text = re.split(r",?\s+(?:by|before)\b|,\s*(?=\d)", who_text.strip().rstrip("."), maxsplit=1)[0]
        doers = re.findall(r"(?:^|\band\s+|,\s*)((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+to\s+[a-z]", who_text)
        who = doers or [w.strip() for w in re.split(r"\s*(?:,|\band\b|&)\s*", who_text) if w.strip()]
        if not who or not all(_OWNER_NAME.match(w) and not INITIALS_ONLY.match(w) for w in who):
            return []           # (initials are the Action column's: the rules for initials take them)
        said = sentences(text[start:m.start()])
        out.append((said[-1] if said else text[start:m.start()].strip(), who))
        start = m.end() + (nxt.start() if nxt else len(after))
    return out


def _first_name_owner(owner: str, resolver: Resolver) -> Optional[str]:
    """The one person listed at the meeting whose first name (or whole name) the owner is, else by role."""
    found = [p.name for p in resolver.people if clean_name(p.name).split()[:1] == [owner] or clean_name(p.name) == owner]
    return found[0] if len(found) == 1 else resolver.by_role(owner)


def _actions(item: MinuteItem, paras: list[Para], decs: list[Decision], resolver: Resolver,
             warnings: list[str], lines: list[L]) -> None:
    by_para: dict[int, list[str]] = {}
    for d in decs:
        by_para.setdefault(d.para, []).append(d.text)
    all_text = " ".join(p.text for p in paras)
    rules: dict[int, str] = {}          # action index → the rule that took it (provenance)
    starts: list[int] = []

    def tag(rule: str) -> None:
        for n in range(len(item.actions)):
            rules.setdefault(n, rule)

    for k, p in enumerate(paras):
        starts.append(len(item.actions))
        m = ACTIONS_LINE.match(p.text)
        alone = _owner_words(m.group(1)) if m and not p.actions else None
        if alone:
            # "ACTION: Clerk" / "Action – JD/KM" under the decision it belongs to
            prior = [d for d in decs if d.para < k]
            before = next((q.text for q in reversed(paras[:k]) if q.text and not ACTIONS_LINE.match(q.text)), "")
            text = prior[-1].text if prior and prior[-1].para == k - 1 else (sentences(before)[-1] if before else m.group(1))
            if not any(a.owners == alone for a in item.actions):     # "JD and KM to draft …" / "ACTION: JD/KM"
                _add_action(item, text, alone, resolver, all_text, warnings)
                tag("action-line")
            p.text = ""
            continue
        owners: list[str] = []
        column_rule = None
        for a in p.actions:
            found, wrapped = _column_owners(a, resolver)
            owners.extend(found)
            column_rule = column_rule or wrapped
        inline = _INLINE_GROUP.findall(p.text) if "/" in p.text else []
        for group in inline:
            owners.extend(group.split("/"))
            p.text = re.sub(r"\s*\b" + re.escape(group) + r"\b", "", p.text)
        declared = {kp.initials for kp in resolver.people if kp.initials}
        if not owners and "Action" in p.text:
            named = _named_actions(p.text)
            if named:
                for text, who in named:
                    names = [_first_name_owner(o, resolver) for o in who]
                    item.actions.append(Action(text=text, owners=who, owner_names=names))
                    tag("action-after-text")
                continue
        if not owners:
            # "… into a notice account. ACTION: RS": the owner's initials closing the paragraph
            tail = TRAILING_ACTION.search(p.text) if "ACTION" in p.text else None
            if tail and _owner_words(tail.group(1)) and sentences(p.text[:tail.start()]):
                who = _owner_words(tail.group(1))
                p.text = p.text[:tail.start()].rstrip()
                mine = [d.text for d in decs if d.para == k]
                _add_action(item, mine[-1] if mine else sentences(p.text)[-1], who, resolver, all_text, warnings)
                tag("trailing-action")
                continue
        if not owners and (declared or resolver.people):
            for sent in sentences(p.text):
                sent = re.sub(r"^(?i:actions?)\s*[:\-–]\s*(?=[A-Z]{2,3}\b)", "", sent)     # "… Action: FM and BT to …"
                im = re.match(r"^(?:\d{1,2}(?:\.\d{1,2})+\s+)?([A-Z]{2,3}(?:\s*(?:and|&|/|,)\s*[A-Z]{2,3})*)\s+(?:to|will|would|agreed\s+to)\s+[a-z]", sent)
                if im:
                    who = [x for x in re.split(r"\s*(?:and|&|/|,)\s*", im.group(1)) if x]
                    if all(x in declared for x in who) or \
                            (not declared and all(resolver.listed(x) for x in who)):
                        names = [resolver.resolve(x, sent, all_text)[0] for x in who]
                        item.actions.append(Action(text=sent, owners=who, owner_names=names))
                        tag("initials-to")
            if item.actions and any(a.owners for a in item.actions if a.text in p.text):
                continue
        if not owners:
            m = ACTIONS_LINE.match(p.text)
            if m:
                rest = m.group(1).strip().rstrip(".")
                for s in sentences(rest):
                    who = re.match(r"^(.{2,40}?)\s+(?:to|will)\s+", s)
                    role = _owner_words(who.group(1)) if who else None
                    if role:
                        _add_action(item, s, role, resolver, all_text, warnings)
                        tag("actions-label")
                    elif who and re.match(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s|[A-Z][a-z]+\s+[A-Z][a-z]+$", who.group(1)):
                        name = clean_name(who.group(1))
                        item.actions.append(Action(text=s, owners=[], owner_names=[name] if name else []))
                        tag("actions-label")
                    elif who:
                        item.actions.append(Action(text=s))
                        tag("actions-label")
                continue
            # "… to the Chief Constable (Action: JD)."
            previous = ""
            for sent in sentences(p.text):
                im = INLINE_ACTION.search(sent)
                if im and _owner_words(im.group(1).strip()):
                    text = (sent[:im.start()] + sent[im.end():]).strip()
                    text = re.sub(r"\s+([.,;])", r"\1", text) or previous
                    text = re.sub(r"^\d{1,2}(?:\.\d{1,2})+\s+", "", text)
                    _add_action(item, text, _owner_words(im.group(1).strip()), resolver, all_text, warnings)
                    tag("inline-action")
                    p.text = p.text.replace(im.group(0), "").replace("  ", " ").strip()
                previous = sent
            # "Clerk to write to the Highways Authority." (a role, not the Action column: no owner initials)
            for sent in sentences(p.text):
                if BARE_ROLE_ACTION.match(sent) and not any(a.text == sent for a in item.actions):
                    item.actions.append(Action(text=sent))
                    tag("role-to")
            continue
        owners = [o for o in dict.fromkeys(owners) if o.upper() not in ("ALL", "TBC", "N/A", "NA")]
        if not owners:
            continue
        text = None
        if k in by_para:
            text = by_para[k][-1] if len(by_para[k]) == 1 else by_para[k][0]
        else:
            prior = [d for d in decs if d.para <= k]
            text = prior[-1].text if prior and not p.text else (sentences(p.text)[-1] if p.text else (prior[-1].text if prior else ""))
        text = re.sub(r"\s*\b[A-Z]{2,3}(?:/[A-Z]{2,3})+\b", "", text or "").strip()
        names: list[Optional[str]] = []
        ambiguous: dict[str, list[str]] = {}
        for o in owners:
            if not INITIALS_ONLY.match(o):
                # a name or a role written out in the column ("Heather Poustie", "Clerk")
                names.append(resolver.full_name(o) or resolver.by_role(o))
                continue
            name, options = resolver.resolve(o, text or p.text, all_text)
            names.append(name)
            if name is None:
                if options:
                    ambiguous[o] = options
                warnings.append(f"minute {item.number}: initials {o} could stand for "
                                + (" or ".join(options) if options else "nobody listed at the meeting"))
        item.actions.append(Action(text=text or p.text, owners=owners, owner_names=names, ambiguous=ambiguous))
        tag((column_rule or "action-column") if p.actions else "initials-group")
    if provenance.active():
        starts.append(len(item.actions))
        for k in range(len(paras)):
            for n in range(starts[k], starts[k + 1]):
                note(item.actions[n], "action", [lines[i] for i in paras[k].lines if i < len(lines)],
                     rules.get(n, "action"), item.actions[n].text)
    if item.actions and any(STATUS_UPDATE.search(a.text) for a in item.actions):
        # matters arising: "JB to report on the damp survey – complete." updates an earlier action, sets none
        item.actions = [a for a in item.actions if not STATUS_UPDATE.search(a.text)]
    item.text = "\n\n".join(" ".join(p.text.split()) for p in paras if p.text).strip()
