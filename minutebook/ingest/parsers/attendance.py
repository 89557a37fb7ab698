"""Who attended a meeting, as minutes print it.

- Sections of the head under labels: "Present:", "Present (Officers):", "Attendees:", "Also present:", "In
  attendance:", "Officers:", "Invited guests:", "Clerk to the meeting:", "Apologies (received):", "Substitutes:",
  "PRESIDING:", "Chair:", "Cathaoirleach:", labels run in on one line or wrapped over two in a left column.
- Irish JPC group labels in capitals or with a colon ("MEMBERS OF … COUNTY COUNCIL", "OIREACHTAS MEMBERS",
  "GARDA REPRESENTATIVES", "OFFICIALS IN ATTENDANCE"), names in capitals title-cased; where members are listed
  "In attendance" and officials "Present", people are sorted by who they are (councillors, TDs, Senators and PPN
  representatives are members; Garda officers and officials attend).
- Layout rows ("Name | Role, Organisation | XX" is one person; "Cllr A   Cllr B" are two), a table's column header
  closing the list, registers with Present / Apologies / Absent marks (read in ``headings.column_tables`` and the
  readers), the absent being neither present nor apologies.
- Substitutes: "X attended in place of / on behalf of / as substitute for Y", "X substituted for Y", "Y (X
  substituting)", "Y who was substituted by X", "X (substitute for Y)", "X (for Y)", a "Substitutes:" section: the
  substitute is present, Y sent apologies.
- Apologies written as sentences in an "Apologies" minute ("Apologies for absence were received from …", "X and Y
  sent their apologies"; apologies for lateness are not absence).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from minutebook.ingest.parsers.common import (
    ORG_WORDS, TITLE_RX,
    Person, ROLE_WORDS, _person_from, clean_name, is_upper, looks_like_name, parse_people, sentences,
)
from minutebook.ingest.parsers.headings import L

LABEL = re.compile(
    r"^(?:also,\s+)?(?:(?:virtually|remotely|online|physically)\s+(?=present))?(?:(?:parish|town|deputy|assistant|locum)\s+)?(?:(?:the\s+)?(?:councillors|members|commissioners|trustees|directors|officers|officials|others|other|staff|guests|"
    r"board\s+members|committee\s+members|committee|governors|those)\s+)?"
    r"(present\s+in\s+the\s+chair|present|participants|sederunt|in\s+attendance|also\s+(?:present|in\s+attendance|attending)|attending|attendees|"
    r"invited\s+guests|clerk\s+to\s+the\s+(?:meeting|committee|board|council|panel|group)|"
    r"apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received\b\s*)?(?:from)?)?|absent|not\s+present|substitutes?|"
    r"in\s+the\s+chair|presiding|vice[-\s]chair(?:man|person)?|leas[-\s]chathaoirleach|(?:an\s+)?cathaoirleach|chair(?:man|woman|person)?|present\s+were|meetings\s+administrator|administrator|secretary|"
    r"committee\s+(?:officer|secretary)|democratic\s+services\s+officer|attendance|attendace|members|officials|officers|gard(?:a|aí|ai)|"
    r"staff|guests|clerk|council\s+officers|advisers|advisors|councillors|co-opted\s+members|voting\s+members|notes|minutes|minute\s+taker|note\s+taker|secretariat|panel(?:\s+members)?|board)\b\s*(?:were\s*)?[:\-–]?\s*(.*)$", re.I)


SKIP_LABEL = re.compile(r"^(?:members\s+of\s+the\s+public|public(?:\s+members)?|distribution|press|observers?)\b", re.I)


SUBSTITUTE = [
    re.compile(r"(?P<sub>[A-Z][\w'.\- ]{2,40}?)\s+(?:attended|attending|was\s+present|substituted)\s+(?:in\s+(?:her|his|their)\s+(?:place|absence|stead)|as\s+(?:a\s+|the\s+|her\s+|his\s+|their\s+)?substitute)(?:\s+for\s+(?P<for>[A-Z][\w'.\- ]{2,40}))?"),
    re.compile(r"(?P<sub>[A-Z][\w'.\- ]{2,40}?)\s+(?:attended\s+)?(?:as\s+(?:a\s+)?)?substitut(?:e|ed|ing)\s+for\s+(?P<for>[A-Z][\w'.\- ]{2,40})"),
    re.compile(r"(?P<sub>[A-Z][\w'.\- ]{2,40}?)\s*\(\s*(?:as\s+)?substitute\s+for\s+(?P<for>[^)]+)\)"),
    re.compile(r"(?P<for>[A-Z][\w'.\- ]{2,40}?)\s*\(\s*substituted\s+by\s+(?P<sub>[^)]+)\)"),
    # a "Substitutes:" entry "Councillor A (for Councillor B)"
    re.compile(r"^(?P<sub>[A-Z][\w'.\- ]{2,40}?)\s*\(\s*(?:for|in\s+place\s+of|replacing)\s+(?P<for>[A-Z][^)]{2,40})\)\s*$"),
    re.compile(r"(?P<for>[A-Z][\w'.\- ]{2,40}?),?\s+who\s+(?:was\s+)?substituted\s+by\s+(?P<sub>[A-Z][\w'.\- ]{2,40})"),
    re.compile(r"(?P<for>[A-Z][\w'.\- ]{2,40}?)\s*\(\s*(?P<sub>[A-Z][\w'.\- ]{2,40}?)\s+(?:substituting|deputising|attending\s+as\s+(?:a\s+|the\s+)?substitute|as\s+(?:a\s+|the\s+)?substitute)\s*\)"),
    re.compile(r"(?P<for>[A-Z][\w'.\- ]{2,40}?)\s*[-–,]?\s*(?:substitute|sub)\s*:\s*(?P<sub>[A-Z][\w'.\- ]{2,40})"),
    re.compile(r"(?P<sub>[A-Z][\w'\-]*(?:\.?\s[A-Z][\w'\-]*){0,4})\s+(?:attended|was\s+present|deputised)\s+(?:on\s+behalf\s+of|in\s+(?:the\s+)?place\s+of|instead\s+of|for)\s+"
               r"(?P<for>[A-Z][\w'\-]*(?:\.?\s[A-Z][\w'\-]*){0,4})"),
]


APOLOGY_SENTENCE = re.compile(
    r"apolog(?:ies|y)\s+(?:for\s+absence\s+)?(?:were\s+|was\s+|had\s+been\s+)?(?:also\s+)?(?:received|tendered|given|submitted|noted|provided|offered|sent|accepted|reported|recorded|intimated|conveyed|announced)?\s*(?:and\s+(?:accepted|noted)\s*)?"
    r"(?:were\s+)?(?:also\s+)?(?:on\s+behalf\s+of|from|for|by|of)\s*(?:the\s+following)?\s*(?:members?)?\s*:?\s*(.+)"
    r"|^apolog(?:ies|y)(?:\s+for\s+absence)?\s*[:\-–]\s*(.+)"
    r"|^(.+?)\s+(?:had\s+)?(?:sent|tendered|gave|offered|submitted)\s+(?:(?:their|her|his)\s+)?apolog", re.I)
LATE = re.compile(r"apolog(?:ies|y)\s+for\s+(?:lateness|late\s+arrival|arriving\s+late|leaving\s+early|early\s+departure)", re.I)


GROUP_LABEL = re.compile(
    r"^(?:(?:members|representatives|officials|officers|councillors|oireachtas|(?:an\s+)?garda|gardaí|staff)\b.*"
    r"|.*\b(?:members|representatives|officials|officers|councillors|gardaí)(?:\s+in\s+attendance)?)\s*:?$", re.I)
_ACRONYMS = {"PPN", "JPC", "ICB", "NHS", "CCG", "PCC", "HSE", "ETB", "OBE", "MBE", "CBE", "QPM", "SPC", "LCDC", "CEO",
             "TD", "MP", "MEP", "JP", "DL", "GP", "UK", "EU", "CSP", "BCU", "OPCC", "PFCC", "LBB", "MOPAC"}
_SMALL = {"and", "of", "the", "for", "in", "from", "on", "at", "to", "with"}


CAPS_PEOPLE = re.compile(r"[,(]|\bAND\b|\b(?:MR|MRS|MS|MISS|DR|CLLR|COUNCILLORS?|COMHAIRLEOIR|DEPUTY|SENATOR|SUPERINTENDENT|"
                         r"INSPECTOR|SERGEANT|GARDA|SUPT|INSP|SGT|T\.D)\b")


def title_caps(text: str) -> str:
    """"COUNCILLORS SÍLE O'KEEFFE (CATHAOIRLEACH) AND DEPUTY X T.D." → "Councillors Síle O'Keeffe (Cathaoirleach) and
    Deputy X T.D.": names printed in capitals, acronyms and initials kept."""
    def word(m: re.Match) -> str:
        w = m.group(0)
        core = w.strip(".")
        if core.upper() in _ACRONYMS or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]", w) or not re.search(r"[AEIOUYÁÉÍÓÚ]", core.upper()):
            return w
        if w.lower() in _SMALL:
            return w.lower()
        return w.title()
    return re.sub(r"[^\s,;:()]+", word, text)


def _group_label(text: str, current: Optional[str]) -> Optional[str]:
    """A group label printed in capitals over a block ("OIREACHTAS MEMBERS", "GARDA REPRESENTATIVES", "OFFICIALS IN
    ATTENDANCE"): the section it opens, or None."""
    if not (is_upper(text) or text.rstrip().endswith(":")) or len(text.split()) > 8 or \
            re.search(r"[,;()]|\b(?:MR|MRS|MS|DR|CLLR|COUNCILLOR)\b\.?\s", text, 0 if is_upper(text) else re.I):
        return None
    if not GROUP_LABEL.match(text.strip()) or (current is None and not re.match(r"(?i)(?:members|officials|officers|oireachtas|(?:an\s+)?garda)", text)):
        return None
    if re.search(r"(?i)officials|officers|garda|gardaí|staff|attendance|administrator", text):
        return "also_present"
    return "present"


BILINGUAL = re.compile(
    r"(?<![\w'’])[^\W\d_][\w'’]*(?:\s[^\W\d_][\w'’]*){0,3}\s/\s(?=(?:(?:County|Town|Community)\s+)?(?:Councill?ors?|Cllrs?)\b|"
    r"(?:Vice[-\s])?Chair(?:man|person)?\b|Clerk\b|Present\b|Also\b|In\s+attendance\b|Apologies\b|Absent\b|Mayor\b|Secretary\b|Treasurer\b)")


def english_side(text: str) -> str:
    """Welsh bilingual minutes print labels and roles in both languages, Welsh first: "Yn bresennol / Present:",
    "Cynghorwyr / Councillors …", "(Cadeirydd / Chair)", "Clerc / Clerk": keep the English side."""
    return BILINGUAL.sub("", text) if " / " in text else text


def _people_block(lines: list[L], start: int, end: int) -> dict[str, list[str]]:
    """Attendance sections of the head: label → the text listed under it."""
    blocks: dict[str, list[str]] = {}
    current: Optional[str] = None
    from minutebook.ingest.readers.markup import is_header

    starred = any(re.match(r"^\*\s*(?:present|denotes\s+(?:members\s+)?present)\s*\.?$", lines[i].text, re.I) for i in range(start, end))
    for i in range(start, end):
        text = english_side(lines[i].text)
        if not text:
            continue
        if lines[i].cells and is_header(lines[i].cells):
            current = None
            continue
        if re.search(r"\b(?:constituted\s+as\s+follows|(?:the\s+)?following\s+(?:members|councillors)\s+(?:were\s+)?present)\s*:?\s*$", text, re.I):
            current = "present"
            blocks.setdefault(current, [])
            continue
        if re.match(r"^\*\s*(?:present|denotes|attended|remote|virtual|absent|apolog)", text, re.I):
            continue            # "*present remotely": the key to a mark
        # "Those present were:", "Members of the Council present were: …" (rule present-were)
        inline = re.search(r"\b(?:those|members(?:\s+of\s+the\s+(?:\w+\s+)?(?:council|board|committee|panel|group|"
                           r"forum|trust|partnership))?)\s+present\s+were\s*:?\s*", text, re.I)
        if inline and (inline.start() > 0 or " of the " in inline.group(0).lower()):
            text = "Present: " + text[inline.end():]
        segments = [text]
        if current or LABEL.match(text):
            cuts = [m.start() for m in INLINE_LABEL.finditer(text) if m.start() > 0 and len(text[:m.start()].split()) >= 2]
            if cuts:
                segments = [text[a:b].strip(" .;,") for a, b in zip([0] + cuts, cuts + [len(text)])]
        for text in segments:
            group = _group_label(text, current)
            if group:
                current = group
                blocks.setdefault(current, [])
                continue
            if is_upper(text) and len(text.split()) >= 2 and (current or LABEL.match(text)) and CAPS_PEOPLE.search(text):
                text = title_caps(text)
            if starred and current and "*" in text and not LABEL.match(text):
                # "* Councillor Adaeze Obi      * Councillor Martin Holcroft": only the marked were present
                parts = lines[i].cells if lines[i].cells else [text]
                text = "; ".join(p.lstrip("* ").strip() for p in parts if p.strip().startswith("*"))
                if not text:
                    continue
                blocks.setdefault(current, []).append(text)
                continue
            current = _block_line(text, current, blocks, lines[i])
    return blocks


INLINE_LABEL = re.compile(
    r"(?<=\s)(?<!Also\s)(?<!ALSO\s)(?<!also\s)(?<!Members\s)(?<!MEMBERS\s)(?<!Councillors\s)(?<!Officers\s)(?<!OFFICERS\s)(?<!Those\s)(?:(?:Parish|Town|Deputy|Assistant|Locum|PARISH|TOWN)\s+)?(?:Clerk|CLERK|In\s+attendance|IN\s+ATTENDANCE|Also,?\s+(?:present|in\s+attendance)|"
    r"ALSO\s+PRESENT|Apologies(?:\s+for\s+absence)?|APOLOGIES|Absent|ABSENT|Officers?|OFFICERS?|Present|PRESENT)\s*:"
    r"|(?<=\.\s)(?:Also|ALSO),?\s+(?:present|in\s+attendance)\s*,")


_HEAD_WORD = (r"(?:minute|minutes|no\.?|number|subject|item|items|action|actions|owner|lead|by\s+whom|by\s+when|due|"
              r"discussion|decisions?|notes?|details|title|page|ref\.?|name|role|representing|organi[sz]ation|initials|"
              r"present|apologies|absent|attendance|status)")
COLUMN_HEADER = re.compile(rf"{_HEAD_WORD}(?:\s*[/&|]?\s*{_HEAD_WORD})*", re.I)


def _block_line(text: str, current: Optional[str], blocks: dict, line: L) -> Optional[str]:
    """One line (or inline-labelled part of a line) of the head: returns the section now open."""
    if SKIP_LABEL.match(text):
        return None
    m = LABEL.match(text)
    if m and re.match(r"(?:members|councillors|co-opted|voting|officials|officers|gard|staff|guests|clerk|council\s+officers|advis|notes|minute|note|secretariat|meetings|administrator|secretary|committee|democratic)", m.group(1), re.I) \
            and not re.match(r"^[^:\-–]{0,40}[:\-–]", text):
        m = None
    if m and re.match(r"^\W*(?:(?:Chair(?:man|woman|person)?|Mayor|President|Presiding\s+Officer)\s+[A-Z][\w'’-]+\s+[a-z]+"
                      r"|[A-Za-z ]{2,30}\.\s)", text) and not re.match(r"^[^.:]{0,40}:", text):
        # "Chair Ramirez called the meeting to order …", "absent. Also participating were …": a sentence of the
        # narrative, not a label (rule label-not-sentence)
        m = None
    if m and re.match(r"(?i)panel|board", m.group(1)) and not re.match(r"(?i)^(?:the\s+)?(?:panel|board)(?:\s+members)?\s*:\s*\S", text):
        # "Panel: Professor Nigel Shadbolt (Chair), Tim Allen (…), …": the body's own name as the label of who sat
        # (rule body-label-present); only with a colon and names after it
        m = None
    if m and (m.group(2) or text.rstrip().endswith(":") or len(text.split()) <= 4):
        label = re.sub(r"\s+", " ", m.group(1).lower())
        if re.match(r"^also,?\s", text, re.I) or re.match(r"(?i)others?\s+(?:attendees|attending|present|in\s+attendance)\b", text):
            current = "also_present"     # "Other Attendees:" beside the members (rule other-attendees)
        elif label.startswith(("vice", "leas")):
            current = "present"
        elif label.startswith(("present in the chair", "in the chair", "chair", "presiding", "cathaoirleach", "an cathaoirleach")):
            current = "chair"
        elif label.startswith(("present", "present were", "participants", "sederunt", "attendance", "attendace", "members", "councillors", "co-opted", "voting",
                               "panel", "board")):
            current = "present"
        elif label.startswith(("officials", "officers", "gard", "staff", "guests", "invited", "clerk", "council officers", "advis", "notes",
                               "minute", "note taker", "secretariat", "meetings administrator", "administrator", "secretary",
                               "committee officer", "committee secretary", "democratic services")):
            current = "also_present"
        elif label.startswith(("attending", "attendees")):
            current = "present"
        elif label.startswith(("also", "in attendance")) or re.match(r"^also,", text, re.I):
            current = "also_present"
        elif label.startswith(("absent", "not present")):
            current = "absent"          # absent is neither present nor an apology
        elif label.startswith("apolog"):
            current = "apologies"
        elif label.startswith("substitute"):
            current = "substitutes"
        if current == "present" and (re.match(r"^(?:officers|officials|others|staff|guests)\b", text, re.I) or
                                     re.match(r"^\(\s*(?:officers|officials|staff|guests|others|in\s+attendance)\b", m.group(2) or "", re.I)):
            current = "also_present"
        rest = re.sub(r"^\([^)]{0,40}\)\s*:?\s*[-–]?\s*", "", m.group(2) or "").strip()
        rest = re.sub(r"^(?:with|by|at)\b[^:]{0,60}:\s*", "", rest)      # "with the agreement of the Chairman: …"
        if rest:
            blocks.setdefault(current, []).append(rest)
        else:
            blocks.setdefault(current, [])
        return current
    if current is None:
        return None
    if COLUMN_HEADER.fullmatch(text.strip()):
        return None         # "Minute / No. / Subject", "Minute No. Item Action": a table's header closes the list
    if _sentence_like(text):
        if current == "apologies" or blocks.get(current):
            return None
        return current
    blocks.setdefault(current, []).append(_row_text(line.cells) if line.cells and text == line.text else text)
    return current


def _row_text(cells: list[str]) -> str:
    """A layout row: "Name | Role, Organisation | XX" is one person (the role may hold commas); cells that are
    all names ("Cllr A Bee    Cllr C Dee") are several."""
    cells = [c for c in cells if c.strip()]
    bare = [re.sub(r"^[*\u2020\s]+|[*\u2020\s]+$", "", c) for c in cells]
    if len(cells) >= 2 and looks_like_name(bare[0]) and not any(looks_like_name(c) for c in bare[1:]) and \
            not any("," not in c and _person_from(c) for c in bare[1:]) and \
            not any("(" in c or "*" in c for c in cells):
        rest = [f"({c})" for c in cells[1:]]
        return " ".join([cells[0]] + rest)
    return "; ".join(cells) if len(cells) > 1 else (cells[0] if cells else "")


def _sentence_like(text: str) -> bool:
    words = text.split()
    if len(words) < 5:
        return False
    lower = [w for w in words if w[:1].islower() and w not in ("and", "of", "the", "for", "in", "&", "de", "van", "von")]
    if re.search(r"\b(?:was|were|is|are|had|has|have|welcomed|took|opened|advised|reported|noted|agreed|explained|declared|thanked|would|will)\b", text):
        return True
    return len(lower) > 0.5 * len(words)


@dataclass
class Attendance:
    present: list[Person] = field(default_factory=list)
    also_present: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    chair: Optional[str] = None
    subs: list[tuple[str, str]] = field(default_factory=list)     # (absent member, substitute)
    absent: list[Person] = field(default_factory=list)            # listed as absent: neither present nor apologies


def _first_name_wrapped(line: str, following: str) -> bool:
    """"…, Ade Ogunleye, Olu" / "Adeyemi (Director), …": a list line ending in a first name alone, the surname on the
    next line (only where the other entries of the line are full names, so lists of surnames stay apart)."""
    chunks = [c.strip() for c in re.split(r",|;|\band\b|&", re.sub(r"\([^)]*\)", "", line)) if c.strip()]
    if len(chunks) < 2 or not re.fullmatch(r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+", chunks[-1]):
        return False
    if ROLE_WORDS.fullmatch(chunks[-1]):
        return False        # "Monique Averill, Chair": a role after the name, not a first name wrapped
    if sum(len(clean_name(c).split()) >= 2 for c in chunks[:-1]) < max(1, 0.6 * (len(chunks) - 1)):
        return False
    first = following.split()[0] if following.split() else ""
    return bool(re.fullmatch(r"(?:Mc|Mac|O'|Ó\s)?[A-Z][a-z'’-]+[,.;]?", first)) and not TITLE_START.match(following)


TITLE_START = re.compile(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Senator|Deputy)\b\.?\s", re.I)


def _people(texts: list[str]) -> list[Person]:
    """People of a block of lines; a line ending in "and" or a comma runs on to the next."""
    if len(texts) > 1 and any(t.rstrip().endswith(",") for t in texts[:-1]) and \
            sum(1 for t in texts[:-1] if not t.rstrip().endswith(".")) >= 0.5 * (len(texts) - 1):
        # one list wrapped at the margin: "A/Director, Support Services (Mr. S." / "Coughlan), …"; a line ending in a
        # full stop ends its list ("… (Ms. E." / "Buckley)." / "Superintendent E. O'Neill, Inspector A. Cullen …")
        groups, cur = [], []
        for t in texts:
            cur.append(t)
            if re.search(r"[a-z)]{2}\.$|\)\.$", t.rstrip()):
                groups.append(cur)
                cur = []
        if cur:
            groups.append(cur)
        return [p for g in groups for p in parse_people(" ".join(g))]
    joined = ""
    for t in texts:
        if not joined:
            joined = t
        elif re.search(r"(?:\band|&|,|\(|-|\b(?:Mr|Ms|Mrs|Miss|Dr|Cllr|Councillor|Comhairleoir|Senator|Deputy|Prof|Professor|Sir|Dame|"
                       r"Rev|Revd|Insp|Supt|Sgt|Inspector|Superintendent|Sergeant|Chief|Det|Ch)\.?)\s*$", joined) or t[:1].islower() or \
                _first_name_wrapped(joined.split("\n")[-1], t) or \
                (re.search(r"[^\W\d_]$", joined) and re.fullmatch(r"[A-Z][\w'-]+\.?", t)) or \
                joined.count("(") > joined.count(")") or t.startswith("(") or \
                (len(t.split()) <= 2 and "(" not in t and ROLE_WORDS.search(t)):
            joined = f"{joined} {t}"
        else:
            joined = f"{joined}\n{t}"
    return parse_people(english_side(_comma_roles(joined))) if joined else []


_NAME_COMMA = re.compile(r"([^,()\n]+),\s*([^,()\n]+?)\s*")


def _comma_roles(joined: str) -> str:
    """One person a line, most lines "Name, role or organisation": a line "Sinead Quarrie, Victim Support" is a
    name and the body she speaks for, not two names, though its second part has no role or organisation word."""
    rows = joined.split("\n")
    pairs = [_NAME_COMMA.fullmatch(r) for r in rows]
    pairs = [m for m in pairs if m and looks_like_name(clean_name(m.group(1)))]
    roled = sum(1 for m in pairs if ROLE_WORDS.search(m.group(2)) or ORG_WORDS.search(m.group(2)))
    if len(rows) < 3 or roled < 2 or roled < 0.5 * len(rows):
        return joined
    out = []
    for r in rows:
        m = _NAME_COMMA.fullmatch(r)
        if m and looks_like_name(clean_name(m.group(1))) and not TITLE_RX.match(m.group(2)) \
                and not re.search(r"\band\b|&", m.group(2)) and len(m.group(2).split()) <= 6:
            r = f"{m.group(1)} ({m.group(2)})"
        out.append(r)
    return "\n".join(out)


# a register's key: "P – Present   S – Sanctioned", "A – Absent   L – Late arrival"
REGISTER_KEY = re.compile(r"\b([A-Z✓X])\s*[-–=:]\s*(present|absent|apologies|sanctioned(?:\s+absence)?|excused|late(?:\s+arrival)?|"
                          r"attended|not\s+present|substitute)\b", re.I)
KEY_MEANING = {"present": "present", "late": "present", "attended": "present", "absent": "absent",
               "not": "absent", "apologies": "apologies", "sanctioned": "apologies", "excused": "apologies"}
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def register(lines: list[L], start: int, end: int) -> Optional[dict[str, list[Person]]]:
    """An attendance register printed as a grid, a member a row, with a key to its marks ("P – Present
    S – Sanctioned A – Absent"): each row's name and its last mark (where the register has a column per
    meeting of the year, the columns after this meeting's are still empty)."""
    keys: dict[str, str] = {}
    at = None
    for i in range(start, min(end, start + 120)):
        found = REGISTER_KEY.findall(lines[i].text)
        if found:
            keys.update({letter: KEY_MEANING.get(word.split()[0].lower(), "present") for letter, word in found})
            at = i if at is None else at
    if len(keys) < 2 or at is None:
        return None
    out: dict[str, list[Person]] = {"present": [], "apologies": [], "absent": []}
    for i in list(range(max(start, at - 40), at)) + list(range(at + 1, min(end, at + 12))):
        ln = lines[i]
        if not ln.text or REGISTER_KEY.search(ln.text):
            continue
        words = ln.text.split()
        caps = words[0].isupper() and len(words[0]) > 1
        name = []
        for w in words:
            if w in keys or not _NAME_WORD.fullmatch(w) or (caps and not w.isupper()) or len(name) == 4 \
                    or (caps and len(name) >= 2 and len(w) <= 2):
                break           # "PAUL EVEMY LA 10/2022 P": the type column after the name in capitals
            name.append(w)
        marks = [w for w in words[len(name):] if w in keys] + ([ln.action] if ln.action in keys else [])
        if len(name) < 2 or not marks or any(w.lower() in ("vacant", "key", "name", "governor", "member") for w in name):
            continue
        text = " ".join(name)
        out[keys[marks[-1]]].append(Person(title_caps(text) if caps else text))
    return out if any(out.values()) else None


CHAIRED_BY = re.compile(r"\b((?i:chaired|clerked|minuted|minutes\s+taken))\s+(?i:by)\s*:?\s+([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}?)(?=\s+(?i:clerked|chaired|minuted)\b|\s{2,}|\s*$|\s*[,;(])")


def _chaired_by(lines: list[L], start: int, end: int, att: Attendance) -> None:
    """"Chaired by Oliver Laity   Clerked by Pete Osborne": the chair, and the clerk in attendance."""
    for i in range(start, min(end, start + 120)):
        for m in CHAIRED_BY.finditer(lines[i].text):
            name = m.group(2).strip()
            if not looks_like_name(name):
                continue
            if m.group(1).lower() == "chaired":
                att.chair = att.chair or name
            elif clean_name(name).lower() not in {clean_name(p.name).lower() for p in att.also_present}:
                # the one "Clerked by" names is who "Clerk" in an Action column stands for
                att.also_present.append(Person(name, role="Clerk" if m.group(1).lower() == "clerked" else None))


def attendance(lines: list[L], start: int, end: int) -> Attendance:
    blocks = _people_block(lines, start, end)
    att = Attendance()
    chair_people = _people(blocks.get("chair", []))
    for p in chair_people:
        p.chair = 2
    att.present = chair_people + _people(blocks.get("present", []))
    att.also_present = _people(blocks.get("also_present", []))
    att.apologies = _people(blocks.get("apologies", []))
    att.absent = _people(blocks.get("absent", []))
    if any(IRISH_JPC.search(lines[i].text) for i in range(start, min(end, start + 80))):
        _by_standing(att)
    _substitutes(att, blocks.get("substitutes", []))
    ranked = sorted((p for p in att.present if p.chair and not p.vice_chair), key=lambda p: -p.chair)
    if ranked:
        att.chair = ranked[0].name
    if not att.present:
        grid = register(lines, start, end)
        if grid:
            guests = {clean_name(p.name).lower() for p in att.also_present}
            grid["present"] = [p for p in grid["present"] if clean_name(p.name).lower() not in guests]
            att.present, att.absent = grid["present"], att.absent + grid["absent"]
            att.apologies = att.apologies or grid["apologies"]
    _chaired_by(lines, start, end, att)
    return att


_SUB_ROLE = re.compile(
    r"(?:^|,\s*|\b(?=(?:present\s+)?(?:as\s+)?(?:a\s+)?substitut))(?:(?:present\s+)?(?:as\s+)?(?:a\s+)?substitut(?:e|ing)\s+for|"
    r"(?:deputising|standing\s+in|attending)\s+for|for|on\s+behalf\s+of|in\s+place\s+of)\s+([A-Z][^,]*?)\s*(?=,|$)", re.I)
_SUB_AFTER = re.compile(r"(?:^|,\s*|\(\s*|\s)(representing|deputising\s+for|deputizing\s+for|standing\s+in\s+for)\s+([A-Z][^,()]*?)\s*\)?\s*$", re.I)
_SUB_FOR = re.compile(r"^(?P<sub>.+?)\s+(?:for|replacing|in\s+place\s+of|on\s+behalf\s+of)\s+(?P<for>.+)$", re.I)


def _substitutes(att: Attendance, texts: list[str]) -> None:
    """Substitutes from a "Substitutes:" section ("Cllr A for Cllr B", "A attended as substitute for B") and from
    roles in the lists ("Cllr A (substitute for Cllr B)"): the substitute is present, the member they stood in for
    sent apologies."""
    found: list[tuple[str, str]] = []
    joined: list[str] = []
    for text in texts:
        # "Councillor A (for Councillor" / "B)": an entry wrapped inside its brackets in a label column
        if joined and joined[-1].count("(") > joined[-1].count(")"):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    for text in joined:
        for piece in re.split(r"\s*[;\n]\s*", text):
            m = None
            for rx in SUBSTITUTE:
                m = rx.search(piece)
                if m and m.groupdict().get("for"):
                    break
                m = None
            m = m or _SUB_FOR.match(piece.strip(" ."))
            if m and looks_like_name(m.group("sub")) and looks_like_name(m.group("for").strip(" .)")):
                found.append((clean_name(m.group("for").strip(" .)")), clean_name(m.group("sub"))))
    absent_names = {clean_name(a.name).lower() for a in att.apologies}
    for p in att.present + att.also_present:
        done = False
        for m in _SUB_ROLE.finditer(p.role or ""):
            if looks_like_name(m.group(1).strip(" .")):
                found.append((clean_name(m.group(1).strip(" .")), p.name))
                p.role = (p.role[:m.start()] + p.role[m.end():]).strip(" ,;") or None
                done = True
                break
        if done:
            continue
        # "Name (XX) - Role, Organisation, deputising for Det Supt Y" / "… (representing Y)": the text after the
        # name; "representing" names a person only where that person sent apologies (else it is an organisation)
        for attr in ("role", "organisation"):
            value = getattr(p, attr) or ""
            m = _SUB_AFTER.search(value)
            if not m:
                continue
            who = clean_name(m.group(2).strip(" .)"))
            if m.group(1).lower().startswith("represent") and who.lower() not in absent_names:
                continue
            if looks_like_name(who):
                found.append((who, p.name))
                setattr(p, attr, value[:m.start()].strip(" ,;") or None)
                break
    for p in att.apologies:
        # "Apologies: Cllr A (substituted by Cllr B)", "(substitute: Cllr B)", "(Cllr B substituting)"
        for part in re.split(r"\s*,\s*", p.role or ""):
            m = re.match(r"(?i)(?:substituted\s+by|substitute\s*:|sub\s*:|represented\s+by|deputised\s+by)\s*(.+)$", part) or \
                re.match(r"(?i)(.+?)\s+(?:substituting|deputising|attending\s+as\s+(?:a\s+)?substitute|as\s+substitute)$", part)
            if m and looks_like_name(m.group(1).strip(" .")):
                found.append((p.name, clean_name(m.group(1).strip(" ."))))
                p.role = None
                break
    here = {p.name.lower() for p in att.present + att.also_present}
    away = {p.name.lower() for p in att.apologies}
    for target, sub in found:
        if (target, sub) in att.subs:
            continue
        att.subs.append((target, sub))
        if sub.lower() not in here:
            att.present.append(Person(sub))
            here.add(sub.lower())
        if target.lower() not in away and not any(a.lower().split()[-1:] == target.lower().split()[-1:] for a in away):
            att.apologies.append(Person(target))
            away.add(target.lower())


IRISH_JPC = re.compile(r"Joint\s+Policing|\bGard(?:a|aí)\b|Cathaoirleach|Comhairle|\bT\.D\.|Oireachtas", re.I)
MEMBER_MARK = re.compile(
    r"^(?:Cllr|Councillor|Comhairleoir|Cmhlr|Senator|Deputy(?!\s+(?:Chief|Director|Head|Manager))|Mayor)\b"
    r"|\bT\.?\s?D\b\.?|\bPPN\b|\((?:Chair\w*|Cathaoirleach|Leas-Chathaoirleach)\)|\bCathaoirleach\b|Community\s+(?:and|&)\s+Voluntary", re.I)
OFFICIAL_MARK = re.compile(
    r"^(?:Chief\s+Superintendent|Superintendent|Inspector|Sergeant|Garda|Detective|Det|Ch\s+Supt|Supt|Insp|Sgt|A/\w+)\b"
    r"|\b(?:Director|Officer|Administrator|Executive|Manager|Engineer|Clerk|Secretary|Garda\s+Síochána|Gardaí)\b", re.I)


def _by_standing(att: Attendance) -> None:
    """Irish JPCs: where members are listed as attending ("In attendance:" over councillors, "Present:" over the
    officials), councillors, TDs, Senators and PPN representatives are members and Garda officers and council
    officials attend."""
    def standing(p: Person) -> Optional[str]:
        raw = re.sub(r"\s+", " ", p.extra.get("raw") or " ".join(x for x in (p.name, p.role, p.organisation) if x)).strip()
        raw = re.sub(r"^(?:Ms|Mr|Mrs|Miss|Dr)\.?\s+", "", raw)
        member, official = MEMBER_MARK.search(raw), OFFICIAL_MARK.search(raw)
        if member and not official:
            return "member"
        if official and not member:
            return "official"
        return None
    moving = [p for p in att.also_present if standing(p) == "member"]
    if not (len(moving) >= 2 or moving and not any(standing(p) == "member" for p in att.present)):
        return          # the labels agree with who people are (Garda officers listed as members stay members)
    present, also = [], []
    for p in att.present:
        (also if standing(p) == "official" else present).append(p)
    for p in att.also_present:
        (present if standing(p) == "member" else also).append(p)
    att.present, att.also_present = present, also


GUEST_ROLE = re.compile(r"^(?:(?:parish|town|deputy|assistant|locum)\s+)?clerk\b|^rfo$|^minute[s\s-]*(?:taker|secretary)$"
                        r"|^(?:county|borough|district|city)\s+(?:councillor|cllr)"
                        r"|\b(?:democratic\s+services|committee\s+(?:services\s+)?(?:officer|clerk|administrator|manager)|"
                        r"governance\s+(?:officer|support|adviser|advisor)|meetings?\s+administrator|note[\s-]*taker|"
                        r"minute[s\s-]*taker|secretariat)\b|(?:^|,\s*)minutes$", re.I)


def _guests_out(att: Attendance) -> None:
    """The clerk and visiting county or borough councillors listed with the members are not members."""
    if len(att.present) < 2:
        return
    keep, guests = [], []
    for p in att.present:
        role = (p.role or "").strip()
        (guests if role and GUEST_ROLE.search(role) and not p.chair else keep).append(p)
    if keep and guests:
        att.present = keep
        att.also_present = guests + att.also_present


def _apologies_from_text(text: str) -> tuple[list[Person], list[tuple[str, str]]]:
    """Apologies and substitutes written as sentences."""
    people: list[Person] = []
    subs: list[tuple[str, str]] = []
    # "Mr. Lionel Halls. Mrs. Daphne Clements": names separated by full stops
    text = re.sub(r"\.\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:[A-Z][\w'-]*\.?\s*){1,3}(?:\.|$))", ", ", text)
    for sentence in sentences(text):
        m = APOLOGY_SENTENCE.search(sentence) if not re.match(r"(?i)no\s+apologies", sentence) and not LATE.search(sentence) else None
        if m and m.group(3) and (re.search(r"\b(?!and\b)[a-z]", m.group(3)) or re.match(r"(?i)no\s*(?:body|one)\b|none\b|all\b", m.group(3))):
            m = None            # "The Clerk reported that …": not a list of names
        listed = (m.group(1) or m.group(2) or m.group(3)) if m else sentence
        if m:
            # "Councillor A, who was unwell, and Councillor B": the aside out, the list kept
            listed = re.sub(r",\s+(?:who(?!\s+(?:was\s+)?substitut)|as\s+(?:he|she|they)|due\s+to|because|owing\s+to|being)\b[^,]*,", ",", listed)
            listed = re.sub(r"\s+(?:who(?!\s+(?:was\s+)?substitut)|as\s+(?:he|she|they)|due\s+to|because|owing\s+to|being)\b.*$", "", listed)
            listed = re.sub(r",?\s+and\s+(?:were|was|had\s+been)\s+(?:duly\s+)?(?:noted|received|accepted)\b.*$", "", listed)
            # "Cllr A (work commitments) and Cllr B (illness) and the reasons were accepted": the reasons are asides
            listed = re.sub(r",?\s+and\s+(?:the|their|these|both|all)\s+(?:reasons?|apolog(?:y|ies)|absences?)\b.*$", "", listed)
            listed = re.sub(r"\s*\((?:[a-z][^()]{1,40})\)", "", listed)
        sub_part = None
        for rx in SUBSTITUTE:
            sm = rx.search(listed)
            if sm:
                sub_part = sm
                if m and sm.groupdict().get("for") and sm.group(0).startswith(sm.group("for")):
                    # "Councillor A (Councillor B substituting) and Councillor C": the bracket out, the list kept
                    listed = listed[:sm.start()] + sm.group("for") + listed[sm.end():]
                elif m:
                    listed = listed[:sm.start()].rstrip(" ,;")
                    listed = re.sub(r",?\s*(?:and|&)$", "", listed).strip()
                break
        listed = re.sub(r"\s+(?:were\s+|was\s+)?(?:noted|received|accepted)\.?$", "", listed.rstrip(". "))
        found = parse_people(listed) if m else []
        people.extend(found)
        if sub_part:
            sub = clean_name(sub_part.group("sub"))
            sub = re.sub(r"^(?:and|&)\s+", "", sub)
            for_name = sub_part.groupdict().get("for")
            target = clean_name(for_name) if for_name else (people[-1].name if people else None)
            if target:
                target = re.sub(r"[.,;]+$", "", target).strip()
            if target and looks_like_name(sub):
                subs.append((target, clean_name(sub)))
    return people, subs


def _unique(people: list[Person]) -> list[Person]:
    """A name printed twice is one person."""
    out, seen = [], set()
    for p in people:
        key = clean_name(p.name).lower()
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
