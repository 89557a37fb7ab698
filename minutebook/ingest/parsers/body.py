"""The body a record belongs to, from how documents state it.

- "Minutes of the meeting of the Cabinet held on …", "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF
  LIMERICK CITY AND COUNTY COUNCIL HELD …", "Minutes of the July meeting of Wretton Parish Council";
- "Minutes of Stoke Ferry Parish Council Meeting held …", "MINUTES OF THE HARROWDEN … BOARD HELD ON …";
- "A meeting of the Cabinet will be held …", "AT A MEETING of the Police and Crime Panel of … held",
  "A REGULAR MEETING OF THE COUNCIL OF THE CITY OF … WAS HELD", "Manordeilo … Council held their meeting";
- title lines: "MILBURN PARISH COUNCIL", "Milburn Parish Council A.G.M. - 2nd May 2017",
  "Kestrel Valley Police and Crime Panel - Friday, 14th July, 2023", ModernGov "Meeting of Cabinet, …",
  "Lincoln Square Special Service Area #21" over "Commission Meeting Minutes", "… VILLAGE LIAISON MINUTES";
- a generic name ("Cabinet", "Joint Policing Committee", "Board of Trustees", "County Council") takes the
  organisation printed above it ("ALDERMOOR COUNTY COUNCIL" → "Aldermoor County Council Cabinet"), or the
  council the document names most often;
- otherwise the parish, town or community council the document names most often.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from minutebook.ingest.parsers.common import find_dates, is_upper

KEYWORD = (r"(?:Council|Committee|Sub-?Committee|Board|Group|Panel|Partnership|Forum|Cabinet|Commission|Trust|Trustees|"
           r"Authority|Assembly|Executive|Liaison|Association|Society|Meeting|Network|Alliance|Conference)")
_STOP = (r"(?=\s+(?:held|which|was|were|will|shall|is\s+to|to\s+be|taking|meeting\s+held|commencing|convened)\b"
         r"|\s+on\s+(?:\w+day\b|\d)|\s+at\s+|\s*\(|\s*[.;:]|\s*,\s*(?:\w+day\b|\d|held\b)|\s+\d|\s+(?-i:MINUTES|Minutes)\b|$)")
MEETING_OF = re.compile(
    r"\bminutes\s+(?:of|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.]+\s+){0,2}?(?:meeting|proceedings)"
    r"(?:\s+at\s+(?:a\s+|the\s+)?(?:\w+\s+)?meeting)?\s+of\s+(?:the\s+)?(?P<b>(?!held\b).{3,120}?)" + _STOP, re.I)
MINUTES_OF = re.compile(
    r"\b(?:minutes|report|notes)\s+of\s+(?:the\s+|a\s+)?(?P<b>(?!(?:the\s+|a\s+)?(?:\w+\s+)?(?:meeting|previous|last|proceedings)\b)[^,.:;]{3,100}?)\s+"
    r"(?:(?:annual|ordinary|extraordinary|special|general|monthly|regular)\s+)*(?:meeting\b|held\b)", re.I)
A_MEETING = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:annual|ordinary|extraordinary|special|regular|general|remote|virtual)\s+)*meeting\s+of\s+"
    r"(?:the\s+)?(?P<b>.{3,120}?)\s+(?:was|will\s+be|is\s+to\s+be|to\s+be|held|shall\s+be)\b", re.I)
HELD_THEIR = re.compile(r"^(?P<b>[A-Z][^.:;]{3,80}?)\s+(?:held\s+(?:their|its)\b|will\s+hold\b|met\b)")
TITLE_DASH = re.compile(r"^(?:meeting\s+of\s+(?:the\s+)?)?(?P<b>.{3,90}?\b" + KEYWORD + r"s?)\b\.?\s*(?:[-–—,:|]|A\.?G\.?M\b|\()\s*(?P<rest>.*)$", re.I)
AGENDA_OF = re.compile(r"\bagenda\s+(?:of|for)\s+(?:the\s+|a\s+)?(?P<b>.{3,80}?)\s+meeting\b", re.I)
TITLE_MINUTES = re.compile(r"^(?P<b>.{3,80}?)\s+(?:meeting\s+)?minutes$", re.I)
GENERIC = {
    "the", "of", "and", "&", "cabinet", "council", "county", "city", "borough", "district", "committee", "sub-committee",
    "subcommittee", "board", "trustees", "trust", "joint", "policing", "audit", "scrutiny", "overview", "panel", "group",
    "executive", "full", "planning", "public", "licensing", "standards", "governance", "finance", "meeting", "commission",
    "general", "purposes", "directors", "management", "steering", "strategic", "policy", "working", "police", "crime",
}
COUNCIL_NAME = re.compile(
    r"\b(?:London\s+Borough\s+of\s+[A-Z][\w'’-]+(?:\s+and\s+[A-Z][\w'’-]+)?"
    r"|(?:[A-Z][\w'’-]+ +){1,4}(?:(?:County|City|Borough|District|Metropolitan +Borough|Parish|Town|Community) +)?Council)\b")
LOCAL_COUNCIL = re.compile(r"\b(?:[A-Z][\w'’-]+ +){1,4}(?:Parish|Town|Community) +Council\b")
NOT_NAME_START = {"any", "the", "this", "that", "each", "every", "all", "other", "local", "our", "your", "a", "an", "parish",
                  "town", "county", "city", "borough", "district", "whole", "full", "said", "which", "no", "cllr",
                  "councillor", "county councillor", "mr", "mrs", "ms", "dr", "chair", "chairman", "clerk", "to", "from"}
PERSON = re.compile(r"^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Rev|Comhairleoir)\b", re.I)
LABELLED = re.compile(r"^[\w '’/&-]{2,30}\s*:\s*\S")
NOT_TITLE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|public\s+document\s+pack|^to\s*:|^dear\b|^\W*(?:draft|agenda|minutes|notice|original\s+file)\W*$|"
                       r"^(?:clerk|contact|tel|telephone|e-?mail|email|web|date|time|venue|present|apologies|membership|members)\b|@|www\.|"
                       r"^(?:democratic|corporate|committee)\s+services$", re.I)
ATTENDANCE = re.compile(r"^\W*(?:present|attendance|attending|those\s+attending|apologies|members\s+present|in\s+attendance|"
                        r"membership|in\s+the\s+chair|presiding|chairman|chair)\b", re.I)
LEADING_CAPS = re.compile(r"^(?P<b>(?:[A-Z][A-Z'’&-]+ +){1,7}[A-Z][A-Z'’-]+)\s+(?=[A-Z][a-z])")
ADDRESS = re.compile(r"\b(?:Road|Street|Lane|Avenue|Drive|Close|Crescent|Hall|House|Offices?|Centre|Center|Building|Services|"
                     r"Chamber|Room|Suite|Floor)\W*$", re.I)
ORG_WORD = re.compile(r"\b(?!Meeting)" + KEYWORD + r"s?\b|\bBorough\s+of\b", re.I)


def body_case(text: str) -> str:
    """An upper-case name in title case; words without vowels ("JPC", "SPC") stay capitals."""
    if not is_upper(text):
        return text
    small = {"and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "by", "with"}
    out = []
    for i, word in enumerate(text.split()):
        low = word.lower()
        if i and low in small:
            out.append(low)
        elif len(word) > 1 and word.isalpha() and not re.search(r"[AEIOUY]", word):
            out.append(word)
        else:
            out.append(re.sub(r"(^|[-/(])(\w)", lambda m: m.group(1) + m.group(2).upper(), low))
    return " ".join(out)


def _clean(name: str) -> str:
    name = re.sub(r"\bOF(?=THE\b)", "OF ", name)
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
    name = re.sub(r"^[^\w#&]+|[^\w#)&.]+$|(?<!\b[A-Z])\.$", "", name).strip()
    return body_case(name)


def _generic(name: str) -> bool:
    return all(w.lower() in GENERIC for w in re.findall(r"[\w&-]+", name))


def _capitalised(t: str) -> bool:
    words = [w for w in t.split() if w.lower() not in ("of", "and", "the", "for", "in", "on", "at", "&")]
    return len(t.split()) >= 2 and bool(words) and all(re.match(r"[A-Z0-9#]", w) for w in words) and not ADDRESS.search(t)


def _titleish(t: str, loose: bool = False) -> bool:
    return bool(t) and len(t) < 90 and not NOT_TITLE.search(t) and not LABELLED.match(t) and not PERSON.match(t) \
        and not find_dates(t) and not re.search(r"\d{1,2}[.:]\d\d", t) \
        and (is_upper(t) or bool(ORG_WORD.search(t)) or (loose and _capitalised(t)))


def _councils(document: str, rx: re.Pattern) -> Counter:
    found = Counter()
    for m in rx.finditer(document):
        name = m.group(0)
        words = name.split()
        while words and words[0].lower() in NOT_NAME_START:
            words = words[1:]
        if len(words) >= 2 and not _generic(" ".join(words)):
            found[" ".join(words)] += 1
    return found


def _join(texts: list[str]) -> str:
    out = ""
    for t in texts:
        if out.endswith("-") and t[:1].isupper():
            out += t
        else:
            out = (out + " " + t) if out else t
    return out


def _qualified(name: str, head: list[str], above: int, document: str) -> str:
    """A generic name with the organisation printed above it or named most often in the document; a committee
    named without its place with the council printed above it."""
    name = re.sub(r"^(?:Public|Private|Open|Closed)\s+(?=\w+\s+\w)", "", name)     # "Public Trust Board"
    if not _generic(name):
        for t in head[:above]:
            council = COUNCIL_NAME.fullmatch(body_case(t.strip()))
            if council and _titleish(t.strip(), loose=True):
                org = _clean(t)
                place = re.sub(r"^London\s+Borough\s+of\s+", "", org)
                if place.split()[0].lower() not in name.lower() and not re.search(r"\b(?:council|borough)\b", name, re.I):
                    return f"{place} {name}"
                break
        return name
    above = [t.strip() for t in head[:above]]
    for strict in (True, False):
        for t in reversed(above):
            if _titleish(t, loose=True) and not _generic(t) and len(t) < 70 and \
                    (COUNCIL_NAME.fullmatch(body_case(t)) if strict else (is_upper(t) or _capitalised(t))):
                org = _clean(t)
                if org.lower().endswith(name.lower()):
                    return org
                if org.split()[-1].lower() == name.split()[0].lower():
                    return f"{org} {' '.join(name.split()[1:])}"       # "… NHS Trust" + "Trust Board"
                return f"{org} {name}"
    counts = _councils(document, COUNCIL_NAME)
    for org, _ in counts.most_common():
        if name.lower() in ("council", "county council", "city council", "borough council", "district council"):
            if org.lower().endswith(name.lower()):
                return org
        elif re.search(r"\bcouncil\b", org, re.I) and not re.search(r"\b(?:parish|town|community)\s+council", org, re.I):
            return f"{org} {name}"
    return name


def find_body(head: list[str], document: str = "", sentence: str = "") -> Optional[str]:
    """The body from the head lines of a record (title lines, the "Minutes of …" sentence, an agenda's
    "A meeting of … will be held" sentence) and, as a last resort, the council the whole document names
    most often."""
    head = [t.strip() for t in head if t and t.strip()][:14]
    # the title and the sentence naming the meeting come before the attendance
    cut = next((k for k, t in enumerate(head) if k and ATTENDANCE.match(t)), len(head))
    head = head[:cut]
    joined = _join(head)
    for rx in (MEETING_OF, MINUTES_OF, A_MEETING, AGENDA_OF):
        m = rx.search(sentence) if sentence else None
        if m and not find_dates(m.group("b")):
            return _qualified(_clean(m.group("b")), head, len(head), document)
        m = rx.search(joined)
        if m and not find_dates(m.group("b")) and re.search(r"[A-Za-z]{3}", m.group("b")):
            name = _clean(m.group("b"))
            if re.search(r"[A-Za-z]{3}", name) and name.lower() not in ("the", "and") and not re.fullmatch(r"(?:meeting|minutes|council\s+meeting)", name, re.I):
                k = next((k for k in range(len(head)) if len(_join(head[:k + 1])) > m.start()), 0)
                return _qualified(name, head, k, document)
    for k, t in enumerate(head):
        m = HELD_THEIR.match(t)
        if m and ORG_WORD.search(m.group("b")):
            return _qualified(_clean(m.group("b")), head, k, document)
        m = LEADING_CAPS.match(t)
        if m and ORG_WORD.search(m.group("b").split()[-1]):
            return _qualified(_clean(m.group("b")), head, k, document)
        m = TITLE_DASH.match(t)
        if m and not PERSON.match(t) and (find_dates(m.group("rest")) or re.search(r"\b(?:meeting|a\.?g\.?m)\b|^(?:agenda|minutes)$", m.group("rest"), re.I)) \
                and not NOT_TITLE.search(m.group("b")):
            return _qualified(_clean(m.group("b")), head, k, document)
        m = TITLE_MINUTES.match(t)
        if m and not find_dates(m.group("b")) and not NOT_TITLE.search(m.group("b")) and not re.search(r"\bof\b", m.group("b"), re.I) \
                and not re.fullmatch(r"(?:(?:agenda|and|draft|the|approved|confirmed|signed|unconfirmed|official|&)\s*)+", m.group("b"), re.I):
            name = _clean(m.group("b"))
            if k and _titleish(head[k - 1], loose=True):
                return _clean(head[k - 1]) + " " + name
            if ORG_WORD.search(name):
                return _qualified(name, head, k, document)
    for k, t in enumerate(head):
        if _titleish(t) and not re.search(r"\bminutes\b", t, re.I):
            # "LONDON BOROUGH OF HARROWDEN" over "HARROWDEN COMMUNITY SAFETY PARTNERSHIP BOARD" (perhaps after
            # the contact block)
            if COUNCIL_NAME.fullmatch(body_case(t)):
                nxt = next((j for j in range(k + 1, len(head)) if _titleish(head[j]) and ORG_WORD.search(head[j])
                            and not COUNCIL_NAME.fullmatch(body_case(head[j])) and not re.search(r"\bminutes\b", head[j], re.I)), None)
                if nxt is not None:
                    return _qualified(_clean(head[nxt]), head, nxt, document)
            return _qualified(_clean(t), head, k, document)
    counts = _councils(document, LOCAL_COUNCIL)
    if counts:
        return counts.most_common(1)[0][0]
    return None
