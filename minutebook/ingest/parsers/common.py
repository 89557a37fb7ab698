"""What agendas, minutes and reports share: dates, times, people lists, headings, paragraphs.

Dates as committees print them: "Thursday 6 July 2017", "9th March 2017", "THURSDAY 9TH NOVEMBER,
2017", "12TH DAY OF JANUARY, 2011", "March 8th 2018", "September 3, 2019", "3/9/2019" (day first
unless the document writes month-first dates), "2017-07-06"; times "10.00 am", "7.30pm", "19:00",
"9:30 A.M.", "530pm", "noon".

People lists: one per line or run on ("Councillor Kate Lymer, (Portfolio Holder) Terry Belcher,
(…)"), "Councillors A, B and C", "Director, Regional Services (Ms. C. Curley)", "Dr Andrew Payne,
Chair (AP)", "Frank Reid (FRE)   Councillor/Chair". Titles are taken off names; roles in
parentheses go to ``role``, an agency to ``organisation`` where it can be told apart.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
ORD = r"(?:(?:st|nd|rd|th){1,2}|[\"”](?=\s))?"   # "10thth September 2021": a doubled suffix is a typing slip
YEAR = r"((?:19|20)\d\d)"
_SEP = r"[\s,]*"
DATE_PATTERNS = [
    # 9th March 2017, THURSDAY 6 JULY 2017, 12TH DAY OF JANUARY, 2011, 9 March, 2017
    ("dmy", re.compile(rf"\b(\d{{1,2}}){ORD}(?:\s+day\s+of)?{_SEP}({MONTH}){_SEP}'?{YEAR}\b", re.I)),
    # March 8th 2018, September 3, 2019
    ("mdy", re.compile(rf"\b(?=[JFMASONDjfmasond])({MONTH})\s+(\d{{1,2}}){ORD}{_SEP}{YEAR}\b", re.I)),
    # 2017-07-06
    ("iso", re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")),
    # 3/9/2019, 03.09.19, 11/30/17
    ("num", re.compile(r"(?<![\d/.£$])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d\d)(?![\d/]|\.\d)")),
]
PARTIAL_PATTERNS = [
    ("dm", re.compile(rf"\b(\d{{1,2}}){ORD}(?:\s+(?:day\s+)?of)?\s+({MONTH})(?![a-z])", re.I)),
    ("md", re.compile(rf"\b(?=[JFMASONDjfmasond])({MONTH})\s+(\d{{1,2}}){ORD}\b(?!\s*,?\s*(?:19|20)\d\d)(?![:.]\d)", re.I)),
]


@dataclass
class Found:
    value: str          # ISO date
    start: int
    end: int


def _iso(y: int, m: int, d: int) -> Optional[str]:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:4] if text.lower().startswith("sept") else text.lower().rstrip(".")[:3]]


def find_dates(text: str, us: bool = False, year_hint: Optional[int] = None) -> list[Found]:
    """All full dates in text, in order. ``year_hint`` completes dates printed without a year."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def free(a, b):
        return all(b <= s or a >= e for s, e in taken)

    for kind, rx in DATE_PATTERNS:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if kind == "dmy":
                value = _iso(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
            elif kind == "mdy":
                value = _iso(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
            elif kind == "iso":
                value = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            else:
                a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
                if y < 100:
                    y += 2000
                value = _iso(y, a, b) if us else _iso(y, b, a)
                if value is None:
                    value = _iso(y, b, a) if us else _iso(y, a, b)
            if value:
                found.append(Found(value, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    if year_hint:
        for kind, rx in PARTIAL_PATTERNS:
            for m in rx.finditer(text):
                if not free(m.start(), m.end()):
                    continue
                if kind == "dm":
                    value = _iso(year_hint, _month(m.group(2)), int(m.group(1)))
                else:
                    value = _iso(year_hint, _month(m.group(1)), int(m.group(2)))
                if value:
                    found.append(Found(value, m.start(), m.end()))
                    taken.append((m.start(), m.end()))
    found.sort(key=lambda f: f.start)
    return found


def first_date(text: str, us: bool = False, year_hint: Optional[int] = None) -> Optional[str]:
    dates = find_dates(text, us, year_hint)
    return dates[0].value if dates else None


def is_us(text: str) -> bool:
    """Whether the document writes month-first dates."""
    # only lines that print a year can hold a full date
    text = "\n".join(line for line in text.split("\n") if "19" in line or "20" in line)
    mdy = len(DATE_PATTERNS[1][1].findall(text))
    dmy = len(DATE_PATTERNS[0][1].findall(text))
    return mdy > dmy


TIME = re.compile(
    r"(?<![\d.:£$])(\d{1,2})(?:[.:](\d{2})|(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|noon|hrs|hours)(?![a-z])"
    r"|(?<![\d.:£$/])([01]?\d|2[0-3]):([0-5]\d)(?![\d:/])"
    r"|\b(noon|midday)\b", re.I)


def find_times(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in TIME.finditer(text):
        if m.group(7):
            out.append(("12:00", m.start(), m.end()))
            continue
        if m.group(5) is not None:
            out.append((f"{int(m.group(5)):02d}:{m.group(6)}", m.start(), m.end()))
            continue
        hour = int(m.group(1))
        minute = int(m.group(2) or m.group(3) or 0)
        suffix = m.group(4).lower().replace(".", "").replace(" ", "")
        if hour > 23 or minute > 59:
            continue
        if suffix.startswith("p") and hour < 12:
            hour += 12
        elif suffix.startswith("a") and hour == 12:
            hour = 0
        elif suffix == "noon":
            hour, minute = 12, 0
        elif suffix in ("hrs", "hours") and not (m.group(2) or m.group(3)):
            continue
        out.append((f"{hour:02d}:{minute:02d}", m.start(), m.end()))
    return out


CLOCK_24 = re.compile(r"^\s*([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h)?\s*(?:[.,;]|$)", re.M)


def clock_24(text: str) -> Optional[str]:
    """A 24-hour clock time written as four digits at the start of text ("commenced at 1835", "closed at 2015
    hrs"): only read after words that say a meeting began or ended at a time, where a year cannot stand."""
    m = CLOCK_24.match(text)
    return f"{m.group(1)}:{m.group(2)}" if m else None


def first_time(text: str) -> Optional[str]:
    times = find_times(text)
    return times[0][0] if times else None


END_TIME = re.compile(
    r"(?:meeting|council|committee|board|group|session|panel|it)\s+(?:was\s+|then\s+)?(?:ended|closed|finished|concluded|terminated|adjourned|rose|end|close)\s*(?:at|:)?\s*"
    r"|(?:closed|ended|concluded|adjourned)\s+the\s+meeting\s+at\s*"
    r"|(?:to\s+a\s+close|closed|concluded|ended|finished|terminated|adjourned)\s+at\s*"
    r"|meeting\s+closed\W*\s*(?:at\s*)?"
    r"|(?:(?:close|closure|end)\s+of\s+(?:the\s+)?meeting(?:\s+was)?(?:\s+at)?|meeting\s+end(?:ed)?|finish(?:ed)?)\s*:?\s*"
    r"|\b(?:concluded|closed|ended|finished)\b[^.\n]{0,50}?\bat\s*", re.I)
END_BEFORE = re.compile(r"\bat\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?),?\s+(?:the\s+)?(?:council|meeting|committee|board|chair\w*)\s+(?:was\s+)?(?:adjourned|closed|ended|rose)", re.I)


_END_HINT = re.compile(r"(?i:end|clos|finish|conclu|termin|adjourn|rose)[^\n]{0,60}?\d|\d[^\n]{0,40}?(?i:adjourn|clos|ended|rose)")


_END_WORDS = re.compile(r"ended|end of|meeting end|clos|finish|conclu|termin|adjourn|rose")


def end_time(text: str) -> Optional[str]:
    """The time the meeting ended ("The meeting ended at 11.50 am", "At 10:31 a.m. Council adjourned")."""
    low = text.lower()
    if not _END_WORDS.search(low):
        return None
    if len(text) > 1500:
        # a long text: only the lines that can say it, with a line either side, the last statement winning
        lines = text.split("\n")
        starts = list(accumulate(len(line) + 1 for line in lines))
        found = None
        for i in sorted({bisect_right(starts, m.start()) for m in _END_WORDS.finditer(low)}):
            value = _end_time("\n".join(lines[max(0, i - 1):i + 2]))
            if value:
                found = value
        return found
    return _end_time(text)


def _end_time(text: str) -> Optional[str]:
    best = None
    if not _END_HINT.search(text):
        return None
    for m in END_TIME.finditer(text):
        times = find_times(text[m.end():m.end() + 20])
        if times and times[0][1] < 6:
            best = (m.start(), times[0][0])
        elif re.search(r"\bmeeting\b.*\bat\s*$", m.group(0), re.I) and (clock := clock_24(text[m.end():m.end() + 12])):
            best = (m.start(), clock)
        elif re.search(r"\bat\s*$", m.group(0), re.I) and (bare := re.match(r"\s*(\d{1,2})\.([0-5]\d)(?![\d.]*\d)", text[m.end():])) \
                and 0 < int(bare.group(1)) <= 12:
            # "closed at 8.16": a clock time without am/pm (read beside the start by the minutes parser)
            best = (m.start(), f"{int(bare.group(1)):02d}:{bare.group(2)}")
    for m in END_BEFORE.finditer(text):
        times = find_times(m.group(1))
        if times and (best is None or m.start() > best[0]):
            best = (m.start(), times[0][0])
    return best[1] if best else None


# --- people -----------------------------------------------------------------------------------

TITLES = [
    "Councillors", "Councillor", "Cllrs", "Cllr", "County Councillor", "County Cllr", "Borough Councillor",
    "Borough Cllr", "District Councillor", "District Cllr", "Town Councillor", "Parish Councillor", "Mayor",
    "Deputy Mayor", "Alderman", "Aldermen", "Commissioners", "Commissioner", "Trustee", "Director",
    "Deputy", "Cr", "Crs", "Mr", "Mrs", "Ms", "Miss", "Clir", "Cmhlr", "Comhairleoir", "Senator", "Deputies", "Mx", "Dr", "Prof", "Professor", "Rev", "Revd", "Reverend", "Sir", "Dame", "Lord", "Lady",
    "Acting DCI", "Acting DI", "Acting Chief Inspector", "Acting Inspector", "Acting Superintendent", "Acting",
    "Detective Chief Superintendent", "Detective Superintendent", "Chief Superintendent", "Superintendent",
    "Detective Chief Inspector", "Detective Inspector", "Chief Inspector", "Inspector", "Sergeant", "Sgt",
    "Detective Sergeant", "Detective Constable", "Police Constable", "PCSO", "Garda", "Supt", "Ch Supt", "DCI", "DI",
    "DS", "DC", "PC", "Insp", "Ch Insp", "Ch Supt", "Chief Supt", "Det Supt", "Det Insp", "Det Sgt", "Det Con", "Det Ch Insp",
    "Chief Insp", "Det Ch Supt", "Det Chief Supt", "Det Chief Insp", "Det Chief Inspector", "Det Chief Superintendent",
    "Det Superintendent", "Det Inspector", "Det Sergeant", "T/Supt", "A/Supt", "T/Insp", "A/Insp", "Chief Constable", "Deputy Chief Constable", "Assistant Chief Constable",
    "Temporary Assistant Chief Constable", "Temporary Deputy Chief Constable", "Acting Chief Constable",
    "Assistant Commissioner", "Deputy Assistant Commissioner", "Chief Fire Officer", "Deputy Chief Fire Officer",
    "Assistant Chief Fire Officer", "ACC", "DCC", "Senator", "Alderperson",
    # fire and rescue ranks (the London Fire Brigade's "Station Commander"; the national "Watch Manager" …)
    "Station Commander", "Group Commander", "Watch Commander", "Crew Commander", "Area Commander",
    "Station Manager", "Group Manager", "Watch Manager", "Crew Manager", "Area Manager", "Brigade Manager",
    "Firefighter",
    # US city councils and commissions
    "Vice Mayor", "Council Members", "Council Member", "Councilmembers", "Councilmember", "Councilman", "Councilwoman",
    "Alderwoman", "Alder", "Vice Chair", "Vice Chairman",
]
_TITLE_WORDS = sorted({t for t in TITLES}, key=len, reverse=True)
# Police abbreviations count as titles only in capitals: "DI Charles Clare", but "Di Aitken" is a first name.
_CAPS_TITLES = [t for t in _TITLE_WORDS if t.isupper()]
_WORD_TITLES = [t for t in _TITLE_WORDS if not t.isupper()]
TITLE_RX = re.compile(r"^(?:(?:(?-i:" + "|".join(re.escape(t) for t in _CAPS_TITLES) + r")|"
                      + "|".join(re.escape(t) for t in _WORD_TITLES) + r")\.?\s+)+", re.I)
POST_NOMINALS = re.compile(r"(?:,?\s+\b(?:OBE|MBE|CBE|QPM|KPM|QFSM|KC|QC|JP|DL|MP|MEP|BEM|TD|T\.D|MLA|MSP|MCC)\b\.?)+\s*$")
ROLE_WORDS = re.compile(
    r"\b(?:chair(?:man|woman|person)?|vice|deputy|director|manager|officer|commander|head|clerk|holder|secretary|"
    r"commissioner|executive|member|treasurer|engineer|administrator|inspector|superintendent|adviser|advisor|"
    r"co-?ordinator|lead|representative|chief|leader|portfolio|mayor|cathaoirleach|presiding|governor|trustee|"
    r"councillor|cllr|minute[- ]taker|minutes|solicitor|lawyer|accountant|president|assistant|analyst|specialist|"
    r"consultant|editor|volunteer|worker|partner|sergeant|garda|constable|pcso|supervisor|principal|controller|"
    r"planner|surveyor|auditor|rfo|warden|ranger|convenor|convener|observer|guest|public|press|legal|democratic|"
    r"services?|team|attorney|counsel|arms|solicitor|officer)\b", re.I)
ORG_WORDS = re.compile(
    r"\b(?:council|police|service|services|trust|board|agency|company|ltd|limited|plc|nhs|university|college|school|"
    r"association|partnership|group|office|department|authority|society|brigade|fire|ambulance|probation|housing|"
    r"ministry|commission|forum|network|club|church|hospital|crc|mopac|lbb|lfb|mps|las|ccg|foundation|charity|"
    r"corporation|county|borough|district|parish|town|city|community|environment agency|bank|institute|constabulary|"
    r"healthwatch|icb|gardaí|garda\s+síochána|oireachtas|ppn)\b", re.I)
NAME_WORD = r"(?:[A-ZÀ-Þ][a-z]*['’][A-ZÀ-Þ][a-z]+|[A-ZÀ-Þ][a-z]+[A-ZÀ-Þ][a-z]+|(?:Mc|Mac|O'|D'|De|Le|La|Van|Von|Di|Du)?[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)*|[A-ZÀ-Þ]{1,2}\.?|[A-ZÀ-Þ]\.(?:[A-ZÀ-Þ]\.)*)"
NAME_RX = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD}){{0,4}}$")
NOT_NAMES = {
    "the", "and", "of", "for", "to", "a", "an", "in", "on", "at", "by", "with", "from", "also", "present", "apologies",
    "group", "council", "board", "committee", "police", "borough", "service", "services", "chairman", "chair",
    "officer", "manager", "director", "members", "member", "public", "none", "nil", "clerk", "minutes",
    "meeting", "item", "items", "agenda", "update", "report", "action", "actions", "resolved", "agreed", "noted",
    "there", "this", "that", "it", "he", "she", "they", "we", "all", "no", "not", "absent", "attendance",
    "safer", "neighbourhood", "team", "unit", "trust", "fire", "london", "head", "commander", "community", "councillors",
    "other", "others", "via", "as", "was", "were", "would", "be", "been", "who", "which", "new", "one", "two",
}


@dataclass
class Person:
    name: str
    role: Optional[str] = None
    organisation: Optional[str] = None
    initials: Optional[str] = None
    chair: int = 0            # 2: "(Chairman)" printed on its own; 1: a role mentioning the chair
    vice_chair: bool = False
    substitute_for: Optional[str] = None
    extra: dict = field(default_factory=dict)

    def as_ref(self) -> dict:
        return {"name": self.name, "role": self.role, "organisation": self.organisation}


@lru_cache(maxsize=16384)
def clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.-–")
    text = POST_NOMINALS.sub("", text)
    for _ in range(3):
        new = TITLE_RX.sub("", text)
        if new == text or not new.strip():
            break
        text = new
    text = text.strip(" ,;:-")
    return text


def looks_like_name(text: str) -> bool:
    text = clean_name(text)
    if not text or len(text) > 45:
        return False
    if not NAME_RX.match(text):
        return False
    words = text.replace(".", " ").split()
    long_words = [w for w in words if len(w) > 1 and not w.isupper()]
    if not long_words:
        return False
    if all(w.lower() in NOT_NAMES for w in long_words) or long_words[0].lower() in NOT_NAMES:
        return False
    if any(ROLE_WORDS.fullmatch(p) or ORG_WORDS.fullmatch(p) for w in long_words for p in w.split("-")):
        return False
    return True


def split_role(role: str) -> tuple[Optional[str], Optional[str]]:
    """'(Clarion Housing-Neighbourhood Investment Officer)' → role, organisation."""
    role = re.sub(r"\s+", " ", role).strip(" ,;()")
    if not role:
        return None, None
    parts = re.split(r"\s*[-–—]\s*|\s+-\s*", role, maxsplit=1) if re.search(r"\w[-–—]\w|\s[-–—]\s", role) else [role]
    if len(parts) == 2:
        a, b = parts
        if ORG_WORDS.search(a) and not ROLE_WORDS.search(a) and ROLE_WORDS.search(b):
            return b, a
        if ROLE_WORDS.search(a) and ORG_WORDS.search(b) and not ROLE_WORDS.search(b):
            return role, b
    if ROLE_WORDS.search(role):
        return role, None
    return None, role


INITIALS_PAREN = re.compile(r"^\(?\s*([A-Z]{1,3}(?:[\s.\-]*[A-Z]{1,3}){0,2})\s*\)?$")


@lru_cache(maxsize=16384)
def initials_of(name: str) -> str:
    """'Laurie Grasty' → 'LG', 'Natalie Meg-Evans' → 'NME', 'AJ Brooks' → 'AJB'."""
    out = ""
    for word in re.split(r"[\s.]+", clean_name(name)):
        if not word:
            continue
        if word.isupper() and len(word) <= 3:
            out += word
        else:
            out += "".join(p[0].upper() for p in word.split("-") if p)
    return out


@lru_cache(maxsize=16384)
def fits_initials(initials: str, name: str) -> bool:
    """Whether printed initials can stand for the name: first letter of the first name and of the surname."""
    letters = re.sub(r"[^A-Z]", "", initials.upper())
    full = initials_of(name)
    if not letters or not full:
        return False
    if letters == full:
        return True
    words = [w for w in re.split(r"[\s.]+", clean_name(name)) if w]
    if len(words) < 2:
        return False
    first, surname = words[0][0].upper(), words[-1][0].upper()
    # "FRE" for Frank Reid (first letter, then the surname's first letters)
    return letters[0] == first and letters[1:2] == surname


CHAIR_RX = re.compile(r"^(?:the\s+)?(?:chair(?:man|woman|person)?|chairing(?:\s+the\s+meeting)?|presiding|in\s+the\s+chair|mayor|an\s+cathaoirleach|cathaoirleach|convenor)$", re.I)
VICE_RX = re.compile(r"\bvice[\s-]*(?:chair(?:man|woman|person)?)\b|\bdeputy\s+chair", re.I)


def _balanced_split(text: str, seps: re.Pattern) -> list[str]:
    """Split at separators outside parentheses."""
    out, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = seps.match(text, i)
            if m and m.end() > i:
                out.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    out.append(text[start:])
    return [s for s in (p.strip() for p in out) if s]


_SEPS = re.compile(r"\s*;\s*|\s*,\s*(?:and\s+|&\s+)?|\n|\s+[\u2022\u00b7|/]\s+")
_AND = re.compile(r"\s+(?:and|&)\s+")
_PAREN_THEN_NAME = re.compile(r"(\))\s+(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Dr|Acting|[A-Z][a-z]+\s+[A-Z]|[A-Z]\.?\s+[A-Z][a-z]|[A-Z]{2}\s+[A-Z][a-z]))")


def _parens(text: str) -> tuple[str, list[str]]:
    """'Nigel Davies ((LBB Executive Director)) (Chairman)' → ('Nigel Davies', ['LBB Executive Director', 'Chairman'])."""
    groups = []
    head = []
    depth = 0
    cur = []
    for ch in text:
        if ch == "(":
            if depth == 0:
                cur = []
            else:
                cur.append(ch)
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                inner = "".join(cur).strip()
                inner = re.sub(r"^\((.*)\)$", r"\1", inner).strip()
                if inner:
                    groups.append(inner)
            else:
                cur.append(ch)
        elif depth:
            cur.append(ch)
        else:
            head.append(ch)
    return re.sub(r"\s+", " ", "".join(head)).strip(" ,;"), groups


def _name_part(head: str) -> str:
    """The longest run of leading words that reads as a name: "Ann Smith Chair" → "Ann Smith"."""
    words = head.split()
    for k in range(min(len(words), 6), 1, -1):
        if looks_like_name(" ".join(words[:k])):
            return " ".join(words[:k])
    return head


_ROLE_ADJECTIVES = {"independent", "senior", "acting", "interim", "co-opted", "cabinet", "strategic", "corporate",
                    "non-executive", "joint", "associate", "designated", "named", "lay", "elected", "youth"}


def _person_from(chunk: str, role_prefix: Optional[str] = None) -> Optional[Person]:
    visiting = re.match(r"^\s*((?:County|Borough|District|City)\s+(?:Councillor|Cllr))\.?\s+", chunk)
    if visiting:
        person = _person_from(chunk[visiting.end():], role_prefix)
        if person and not person.role:
            person.role = visiting.group(1)
        return person
    head, groups = _parens(chunk)
    initials = None
    roles: list[str] = []
    chair = 0
    vice = False
    name = None
    # "Director, Regional Services (Ms. C. Curley)": the name in parentheses
    for g in list(groups):
        if TITLE_RX.match(g + " ") and re.search(r"[a-z]{2}", clean_name(g)) and looks_like_name(g):
            name = clean_name(g)
            groups.remove(g)
            if head:
                roles.insert(0, head)
            head = ""
            break
    for g in groups:
        if INITIALS_PAREN.match(g) and len(re.sub(r"[^A-Z]", "", g)) >= 2 and g.upper() == g and \
                len(re.sub(r"[^A-Z]", "", g)) <= 4 and fits_initials(g, _name_part(re.split(r",|\s[-–—]\s", head)[0])):
            initials = re.sub(r"[^A-Z]", "", g)
        elif CHAIR_RX.match(g.strip()):
            chair = 2
        elif VICE_RX.search(g) and len(g) < 25:
            vice = True
            roles.append(g)
        else:
            roles.append(g)
    if name is None:
        # "Laurie Grasty, Emergency Planning Manager", "Frank Reid Councillor/Chair", "Clerk J Connelly"
        m = re.match(r"^(.*?)(?:\s*,\s*|\s{2,}|\s+[–—-]\s+)(.+)$", head)
        if m and looks_like_name(m.group(1)):
            name = clean_name(m.group(1))
            rest = m.group(2).strip()
            if CHAIR_RX.match(rest):
                chair = max(chair, 2)
            elif rest:
                roles.insert(0, rest)
        elif looks_like_name(head):
            name = clean_name(head)
        elif re.search(r"\s[A-Z]{2,6}$", head) and len(head.split()) >= 3 and looks_like_name(head.rsplit(" ", 1)[0]):
            name = clean_name(head.rsplit(" ", 1)[0])
            roles.append(head.rsplit(" ", 1)[1])
        else:
            words = head.split()
            for k in range(1, min(6, len(words))):
                lead, tail = " ".join(words[:k]), " ".join(words[k:])
                # where the name ends: a role word ("Keith Arbo Independent Co-opted Member") or an organisation of
                # two words or more ("Ann Lee Harbour Police"), else not before a word that could still be the name
                ends = ROLE_WORDS.fullmatch(words[k]) or words[k].lower() in _ROLE_ADJECTIVES or \
                    (ORG_WORDS.search(tail) and not ROLE_WORDS.search(tail) and len(words) - k >= 2) or \
                    not looks_like_name(" ".join(words[:k + 1]))
                if ROLE_WORDS.search(lead) and looks_like_name(tail) and not lead.lower().startswith(("an ", "the ")) and \
                        not re.search(r"\b(?:of|for|and|to|the|&)$", lead, re.I) and not re.search(r"\b(?:of|for)\b", lead, re.I):
                    name = clean_name(tail)
                    roles.insert(0, lead)
                    break
                if looks_like_name(lead) and not TITLE_RX.fullmatch(lead + " ") and \
                        (ROLE_WORDS.search(tail) or ORG_WORDS.search(tail)) and ends and \
                        (len(clean_name(lead).split()) >= 2 or TITLE_RX.match(lead + " ") and ROLE_WORDS.search(tail)) \
                        and (k >= 2 or TITLE_RX.match(lead + " ")):
                    name = clean_name(lead)
                    roles.insert(0, tail)
                    break
    if not name or not re.search(r"[A-Za-zÀ-ÿ]{2}", name):
        return None
    if role_prefix:
        roles.insert(0, role_prefix)
    role_text = ", ".join(r for r in roles if r)
    for r in roles:
        if CHAIR_RX.match(r.strip()):
            chair = max(chair, 2)
        elif re.search(r"\bchair(?:man|woman|person)?\b", r, re.I) and not VICE_RX.search(r):
            chair = max(chair, 1)
        if _vice_here(r):
            vice = True
    role, org = split_role(role_text) if role_text else (None, None)
    if role and CHAIR_RX.match(role):
        role = role
    return Person(name=name, role=role, organisation=org, initials=initials, chair=chair, vice_chair=vice,
                  extra={"raw": f"{role_prefix}, {chunk}" if role_prefix else chunk})


VICE_OF = re.compile(r"\b(?:vice[\s-]*chair(?:man|woman|person)?|deputy\s+chair)\s+of\b", re.I)


def _vice_here(group: str) -> bool:
    """A bracket that makes its person vice-chair of this body: "(Vice-Chairman)", "(Vice-Chair, Wexley
    Partnership)"; not "(Vice Chairman of the Safer Neighbourhood Board)", which names another body."""
    return bool(VICE_RX.search(group)) and not VICE_OF.search(group)


def _merge_into(last: Person, chunk: str) -> None:
    """A role, agency or initials printed after the name they belong to."""
    head, groups = _parens(chunk)
    roles = [head] if head else []
    for g in groups:
        if INITIALS_PAREN.match(g) and g.upper() == g and 2 <= len(re.sub(r"[^A-Z]", "", g)) <= 4 and \
                fits_initials(g, last.name):
            last.initials = last.initials or re.sub(r"[^A-Z]", "", g)
        else:
            roles.append(g)
    for r in roles:
        if CHAIR_RX.match(r.strip()):
            last.chair = 2
        elif _vice_here(r):
            last.vice_chair = True
        elif re.search(r"\bchair(?:man|woman|person)?\b", r, re.I):
            last.chair = max(last.chair, 1)
    roles = [r for r in roles if not CHAIR_RX.match(r.strip())]
    if roles:
        joined = ", ".join(x for x in (last.role, last.organisation, *roles) if x)
        last.role, last.organisation = split_role(joined)


_RUN_ROLE = r"(?:Vice[\s-]+Chair(?:man|person)?|Chair(?:man|person)?|(?:County|Borough|District|City)\s+Councillors?|Councillors?|(?:Parish\s+)?Clerk)"
_RUN_NAME = (r"(?:(?:Mrs|Mr|Ms|Miss|Dr|Cllr)\.?\s+)?(?:[A-Z]\.?\s+){1,3}[A-Z][a-z][\w'-]*"
             r"(?:\s+(?!(?:Parish|Clerk|Councillors?|Chair\w*|Vice|County|Borough|District|Members)\b)[A-Z][a-z][\w'-]+(?=\s+(?:[A-Z]\.?\s|[A-Z][a-z]+\s+Clerk|$)|$))?")


_LEAD_ACRONYM = re.compile(r"^([A-Z]{2,6})\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s|[A-Z][a-z]+\s+[A-Z][a-z'-]+\b)")
_TITLE_SET = {t for t in TITLES if t.isupper()}
_NAME_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")


def _two_names(chunk: str) -> list[Person]:
    """"Cllr Janet Taylor Helen Richardson (Parish Clerk)": a titled member's first and last name followed by
    a second person's first and last name, with nothing between them: two people, the role the second's."""
    head, parens = _parens(chunk)
    title = TITLE_RX.match(head + " ")
    if not title:
        return []
    words = head[title.end():].split() if title.end() <= len(head) else []
    if len(words) != 4 or not all(_NAME_WORD.fullmatch(w) and len(w) >= 3 for w in words) or \
            any(ROLE_WORDS.fullmatch(w) or ORG_WORDS.fullmatch(w) or w.lower() in NOT_NAMES for w in words):
        return []
    first = _person_from(f"{head[:title.end()]}{words[0]} {words[1]}")
    second = _person_from(f"{words[2]} {words[3]}" + "".join(f" ({p})" for p in parens))
    return [first, second] if first and second else []


def _run_on_names(chunk: str) -> list[Person]:
    """"Chairman Mrs D Clements Vice Chairman Mrs C Hardy Councillors M Leamon M Precey": names run together."""
    if len(chunk.split()) < 5 or re.search(r"[,;()]", chunk):
        return []
    found = list(re.finditer(rf"(?:(?P<role>{_RUN_ROLE})\s+)?(?P<name>{_RUN_NAME})(?:\s+(?P<after>(?:Parish\s+)?Clerk))?", chunk))
    if len(found) < 2:
        return []
    covered = sum(m.end() - m.start() for m in found)
    rest = re.sub(rf"{_RUN_ROLE}|Members\s+of\s+the\s+public\s*\d*|\s+", "", chunk)
    if covered < 0.6 * len(chunk):
        return []
    people = []
    for m in found:
        role = m.group("after") or m.group("role")
        if role and re.fullmatch(r"Councillors?", role):
            role = None
        person = Person(clean_name(m.group("name")), role=role)
        if role and re.match(r"(?i)chair", role):
            person.chair = 2
        if role and re.match(r"(?i)vice", role):
            person.vice_chair = True
            person.chair = 0
        people.append(person)
    return people


_DASH = re.compile(r"^(.+?)\s+[-–—]\s+(.+)$")


def _dash_person(piece: str) -> Optional[Person]:
    """One "Name (XX) – Role, Organisation" or "Role, Organisation – Name" entry, or None."""
    m = _DASH.match(piece.strip(" .;"))
    if not m or m.group(1).count("(") != m.group(1).count(")"):
        return None
    left, right = m.group(1).strip(), m.group(2).strip()
    lh, rh = _parens(left)[0], _parens(right)[0]
    if looks_like_name(lh) and not looks_like_name(rh.split(",")[0]):
        # the role may hold commas, but no further names ("Head of Safety, Harbourvale Constabulary")
        if any(looks_like_name(p) or _DASH.match(p.strip()) for p in rh.split(",")[1:]):
            return None
        person = _person_from(left)
        if person:
            _merge_into(person, right)
        return person
    if looks_like_name(rh) and not looks_like_name(lh) and not re.fullmatch(r"(?i)(?:councillors?|cllrs?|deputies|senators|members|officials|officers)", lh.strip()):
        person = _person_from(right)
        if person:
            _merge_into(person, left)
        return person
    return None


def _dash_people(text: str) -> Optional[list[Person]]:
    """Lists written one entry a line (or between semicolons) with a spaced dash between name and role, either way
    round ("Harbourvale Constabulary – Insp Dan Roe"); None where the text is not such a list."""
    if not re.search(r"\s[-–—]\s", text):
        return None
    pieces = [p for line in text.split("\n") for p in _balanced_split(line, re.compile(r"\s*;\s*"))]
    found = []
    for p in pieces:
        person = _dash_person(p)
        parts = _balanced_split(p, re.compile(r"\s*,\s*")) if not person and "," in p else []
        split = [_dash_person(x) for x in parts]
        if len(parts) > 1 and all(split):
            # "Ann Lee – Harbour Council, Bob Ray – Police": one entry a comma
            found.extend(zip(parts, split))
        else:
            found.append((p, person))
    if not any(person for _, person in found):
        return None
    people: list[Person] = []
    for piece, person in found:
        if person:
            people.append(person)
        elif re.search(r"[A-Za-z]", piece):
            people.extend(parse_people(piece))
    return people


def _line_people(text: str) -> Optional[list[Person]]:
    """One person a line, "Name, Role, Organisation": where most lines read so, every line is one person and what
    follows the name is role and organisation ("Dr Eve Fox, GP, Harbour Health"); None otherwise."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 3:
        return None
    shaped = 0
    for ln in lines:
        parts = _balanced_split(ln, re.compile(r"\s*,\s*"))
        if len(parts) >= 2 and looks_like_name(_parens(parts[0])[0]) and (ROLE_WORDS.search(parts[1]) or ORG_WORDS.search(parts[1])) \
                and not any(TITLE_RX.match(x + " ") and looks_like_name(x) for x in parts[1:]):
            shaped += 1
    if shaped < 0.6 * len(lines) or shaped < 3:
        return None
    people: list[Person] = []
    for ln in lines:
        parts = _balanced_split(ln, re.compile(r"\s*,\s*"))
        person = _person_from(parts[0]) if looks_like_name(_parens(parts[0])[0]) else None
        if person is None or any(TITLE_RX.match(x + " ") and looks_like_name(x) for x in parts[1:]):
            # a line listing several titled people ("Superintendent A B, Inspector C D") is a list, not one person
            people.extend(parse_people(ln))
            continue
        if len(parts) > 1:
            _merge_into(person, ", ".join(parts[1:]))
        people.append(person)
    return people


def parse_people(text: str) -> list[Person]:
    """People named in an attendance or membership list."""
    text = re.sub(r"[ \t]+", " ", text.replace("\u2019", "'")).strip()
    text = re.sub(r"^(?:(?:members|councillors|commissioners|trustees|directors|officers)\s+)?(?:present|in attendance|attending|apologies(?:\s+for\s+absence)?(?:\s+were\s+received\s+from)?|absent)\s*[:\-–]\s*", "", text, flags=re.I)
    text = re.sub(r"\.\s*$", "", text)
    # "Neil Oduro (School Business Manager) for item 5": the part of the meeting attended is not the name or role
    text = re.sub(r"\s+(?:for|during|at)\s+(?:agenda\s+)?(?:items?|minutes?)\s+\d[\w/.]*(?:\s*(?:,|and|&|-|–)\s*\d[\w/.]*)*(?=\s*(?:[;,)\n]|$))",
                  "", text, flags=re.I)
    # "D. Pickston together with 3 members of the public"
    text = re.sub(r"\s*,?\s+(?:together\s+with|along\s+with|plus|with|and)\s+(?:\d+|a\s+number\s+of|several|one|two|three|four|"
                  r"five|six|seven|eight|nine|ten|\w+\s+other)\s+(?:(?:local|other)\s+)?(?:members?\s+of\s+(?:the\s+)?public|residents|parishioners|"
                  r"visitors|observers|objectors|supporters)\b(?:\s*\([^()]{1,40}\))?\.?", "", text, flags=re.I)
    # "Councillors - A, B. Deputies - C T.D.": group labels
    text = re.sub(r"(?:^|(?<=[\n.;]))\s*(?:Councillors|Deputies|Senators|Members|Officials|Officers)\s*[-\u2013:]\s*", "\n", text)
    # "Ms. Siobhán Darcy, Dunree PPN. Mr. Fergal Nestor, Dunree PPN."
    text = re.sub(r"(?<![\s.][A-Z])\.\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Senator|Deputy|Comhairleoir)\.?\s+[A-Z])", "\n", text)
    dashed = _dash_people(text)
    if dashed is not None:
        return dashed
    by_line = _line_people(text)
    if by_line is not None:
        return by_line
    # "Councillors A, B and C": the plural title belongs to every name
    text = re.sub(r"\b(?:Councillors|Cllrs\.?|Commissioners|Trustees|Aldermen)\s+", "", text)
    text = _PAREN_THEN_NAME.sub(r"\1\n", text)
    # "Cllr Sue Lintern (Chair) Cllr Daphne Clements Cllr Kit Hesketh-Harvey": each title starts a person
    text = re.sub(r"(?<=[A-Za-z)])\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])",
                  lambda m: m.group(0) if re.search(r"(?:County|Borough|District|City|Town|Parish|and|&)$", text[:m.start()])
                  or text[:m.start()].count("(") > text[:m.start()].count(")")
                  or re.fullmatch(r"(?i)(?:vice-?)?chair(?:man|woman|person)?|mayor|leader|deputy|cathaoirleach",
                                  text[:m.start()].split()[-1] if text[:m.start()].split() else "") else "\n", text)
    chunks = []
    line_starts = set()
    top = _balanced_split(text, re.compile(r"\s*;\s*"))
    if len(top) >= 2 and all(looks_like_name(_parens(re.sub(r"^(?:and|&)\s+", "", t.strip()).partition(",")[0])[0])
                             for t in top) \
            and sum("," in _parens(t)[0] for t in top) >= max(2, len(top) - 1) \
            and not any(re.search(r",.*,", _parens(t)[0]) for t in top):
        # "Karla Moore-Love, Clerk of the Council; Ben Walters, Chief Deputy City Attorney; and Ron Willis, …"
        # (the chair may stand first without a role: "Cllr X (Chair) (XX); Dr Y, Director of …; …")
        people = []
        for t in top:
            t = re.sub(r"^(?:and|&)\s+", "", t.strip())
            name, _, role = t.partition(",")
            person = _person_from(name) if name else None
            if person:
                if role.strip():
                    _merge_into(person, role.strip())
                people.append(person)
            elif people and t:
                _merge_into(people[-1], t)
        if people:
            return people
    for line in text.split("\n"):
        line_starts.add(len(chunks))
        for chunk in _balanced_split(line, _SEPS):
            # "County Cllr Webb & the Clerk": an officer named by office only is no one to list
            chunk = re.sub(r"\s*(?:&|\band)\s+the\s+(?:clerk|secretary|minute[\s-]*taker|rfo)\.?$", "", chunk, flags=re.I)
            parts = _balanced_split(chunk, _AND)
            if len(parts) > 1 and all(looks_like_name(_parens(p)[0]) for p in parts):
                chunks.extend(parts)
            else:
                chunks.append(chunk)
    people: list[Person] = []
    pending_role: Optional[str] = None
    paren_name = re.compile(r"\(\s*(?:Mr|Ms|Mrs|Miss|Dr|Cllr|Councillor)\b")
    with_parens = [c for c in chunks if "(" in c]
    role_style = len(with_parens) >= 2 and sum(1 for c in with_parens if paren_name.search(c)) >= 0.6 * len(with_parens)
    for index, chunk in enumerate(chunks):
        chunk = re.sub(r"^[06]\s+(?=[A-Z][a-z]+$)", "\u00d3 ", chunk.strip(" ."))   # OCR of "Ó Ceallaigh"
        chunk = re.sub(r"\s*[*\u2020]+$", "", chunk)                                  # "Sunita Rao *" (present remotely)
        if not chunk or re.fullmatch(r"\d+|none|nil|n/a", chunk, re.I) or \
                re.match(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|no)\s+(?:\w+\s+)?(?:members?|people|residents|persons|parishioners|visitors)\b|^(?:members?\s+of\s+(?:the\s+)?)?public$", chunk, re.I):
            continue
        following = chunks[index + 1] if index + 1 < len(chunks) else ""
        if not paren_name.search(chunk) and paren_name.search(following) and not following.lstrip().startswith("("):
            pending_role = f"{pending_role}, {chunk}" if pending_role else chunk
            continue
        head = _parens(chunk)[0]
        last_word = head.split()[-1] if head.split() else ""
        candidate_person = _person_from(chunk)
        if role_style and not paren_name.search(chunk) and not (candidate_person and candidate_person.initials):
            # "Director, Regional Services (Ms. C. Curley), …": everything up to the name is the role
            pending_role = f"{pending_role}, {chunk}" if pending_role else chunk
            continue
        if people and pending_role is None and last_word and ROLE_WORDS.search(last_word) and \
                not paren_name.search(chunk) and \
                not TITLE_RX.match(head + " ") and (index not in line_starts or not candidate_person) and \
                not (candidate_person and candidate_person.initials):
            _merge_into(people[-1], chunk)
            continue
        run_on = _run_on_names(chunk)
        if run_on:
            people.extend(run_on)
            pending_role = None
            continue
        acronym = _LEAD_ACRONYM.match(chunk)
        if acronym and people and acronym.group(1) not in _TITLE_SET:
            # "Cllr Colin Sampson, BCKLWN Cllr Martin Storey, NCC Chris Philpott": the agency after the comma is
            # the previous person's
            _merge_into(people[-1], acronym.group(1))
            chunk = chunk[acronym.end():]
        pair = _two_names(chunk)
        if pair:
            people.extend(pair)
            pending_role = None
            continue
        tail = re.search(r"\(([A-Z][A-Za-z]?[A-Z]{1,2})\)\s*$", chunk)
        if tail and people and not people[-1].initials and pending_role is None and \
                not fits_initials(tail.group(1), head) and fits_initials(tail.group(1), people[-1].name):
            # "Carl Renfree, project manager, Westcountry Homes (CR)": the initials close the entry of the
            # name before; what stands between is its role and organisation
            _merge_into(people[-1], chunk)
            continue
        person = _person_from(chunk, pending_role)
        if person:
            pending_role = None
            people.append(person)
            continue
        if people and pending_role is None and not re.search(r"\(\s*(?:Mr|Ms|Mrs|Dr|Cllr)\b", chunk) and \
                (chunk.startswith("(") or ROLE_WORDS.search(chunk) or ORG_WORDS.search(chunk)
                 or INITIALS_PAREN.match(_parens(chunk)[1][0] if _parens(chunk)[1] else "-")):
            _merge_into(people[-1], chunk)
            continue
        pending_role = chunk if (ROLE_WORDS.search(chunk) or ORG_WORDS.search(chunk)) else None
    return people


# --- lines and paragraphs ---------------------------------------------------------------------

_ABBREV_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Cllr|Clir|Cmhlr|Cllrs|Co|Ltd|e\.g|i\.e|etc|approx|Supt|Insp|Sgt|Rev|Revd|vs|para|ref|Prof|Capt|Col|Gen|Lt|Hon|Ave|Rd)|(?<![A-Za-z])[A-Z])\.$")


def sentences(text: str) -> list[str]:
    """Sentences of text, not split after titles and initials ("Cllr. P. Harries")."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?][\"')]?(?=\s+[\"'(]?[A-Z0-9]|\s+\(?[a-h]\)\s)", text):
        if _ABBREV_END.search(text[start:m.start() + 1]):
            continue
        if m.start() > 0 and text[m.start() - 1].isdigit() and re.match(r"\s+\d", text[m.end():]):
            continue            # "£25. 00"
        piece = text[start:m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def title_case(text: str) -> str:
    small = {"and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "by", "with"}
    words = text.lower().split()
    out = []
    for i, w in enumerate(words):
        if i and w in small:
            out.append(w)
        else:
            # "hall/council" → "Hall/Council": each part of a word joined by a slash or hyphen is capitalised
            out.append(re.sub(r"(^|[/-])(\w)", lambda m: m.group(1) + m.group(2).upper(), w))
    return " ".join(out)


_LETTER = re.compile(r"[^\W\d_]")
_NOT_UPPER = re.compile(r"[^\W\d_A-Z\u00c0-\u00d6\u00d8-\u00de]")


def is_upper(text: str) -> bool:
    """Whether at least 85% of the letters are capitals."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return False
    others = _NOT_UPPER.findall(text)
    if len(others) > 0.15 * letters + 1:
        return False
    return letters - sum(not c.isupper() for c in others) >= 0.85 * letters
