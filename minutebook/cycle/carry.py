"""Items carried forward: resolutions that ask for something at a later meeting.

Minutes ask for business at a later meeting in a few stock ways::

    An update on the mass casualty exercise is brought to the next meeting.
    an update on the RAG status of the Action Plan be provided at the next meeting
    Amanda Mumford arrange for a presentation to be provided to the March meeting by a Serious
    Organised Crime Advisor.
    a report be submitted to the meeting on 8 March 2018

:func:`requests_in` finds such a request in one resolution and gives the agenda title in house
style ("UPDATE ON THE MASS CASUALTY EXERCISE", "PRESENTATION FROM A SERIOUS ORGANISED CRIME
ADVISOR"); :func:`target_meeting` settles which meeting is meant ("the next meeting", "the March
meeting" = the next meeting in March, "the meeting on 8 March 2018"); :func:`carried_to` lists the
items for one meeting, each exempt (Part 2) where the minute that asked for it was. "The next meeting of the Risk Forum" is another body's meeting and is not
a request.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, Optional

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH = "|".join(MONTHS)
_VERB = (r"(?:brought|provided|presented|given|reported|submitted|made|tabled|received|considered|"
         r"delivered|circulated|returned|come|came)")
_AUX = r"(?:is|are|be|to\s+be|would\s+be|should\s+be|will\s+be|shall\s+be|could\s+be|must\s+be|was|were)"
_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})(?:\s+\d{{4}})?"
         rf"|(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?)")
# "to the next meeting", "at the March meeting", "to the meeting on 8 March 2018", "at the meeting in June"
_REF = re.compile(
    rf"\b(?:to|at|for|before|until)\s+(?:the\s+|a\s+)?"
    rf"(?:(?P<next>next|following|subsequent)(?:\s+[A-Z]{{2,6}})?\s+meeting"
    rf"|(?P<month>{_MONTH})\s+meeting"
    rf"|meeting\s+(?:on|of|held\s+on)\s+(?P<date>{_DATE})"
    rf"|meeting\s+in\s+(?P<month2>{_MONTH}))"
    rf"(?P<of>\s+of\s+(?:the\s+)?(?P<other>[\w'&\- ]+?))?(?=$|[\s.,;:])",
    re.I)
# what makes it a request for business: a verb of bringing, or an item deferred
_ASK = re.compile(rf"\b(?:{_VERB}|bring|provide|present|give|report|submit|make|table|deliver|return|come)\b", re.I)
_REPORT_BACK = re.compile(r"\breport(?:s|ed)?\s+back\b", re.I)
_DEFER = re.compile(r"\b(?:defer(?:red)?|carr(?:y|ied)\s+(?:forward|over)|brought\s+back|c[oa]me\s+back|"
                    r"reconsider(?:ed)?|adjourned)\b", re.I)
_OWN_BODY = re.compile(r"^(?:\w+\s+){0,3}(?:group|partnership|board|committee|panel|forum)$", re.I)
_KIND = re.compile(
    r"\b(?:an?|the|further|verbal|written)\s+(?:(?:progress|further|verbal|written|short)\s+)?"
    r"(?P<kind>update|presentation|report|briefing|paper)(?:s)?(?:/\w+)?\b", re.I)
_SUBJECT_LEAD = re.compile(
    r"^\s*(?:on|concerning|about|regarding|relating\s+to|in\s+respect\s+of|of|into|from)\s+", re.I)
_SUBJECT_END = re.compile(rf"\s+(?:{_AUX})\s+{_VERB}\b.*$|\s+(?:{_AUX})\s*$", re.I)
_BY = re.compile(r"\bby\s+(?P<who>.+?)\s*(?:[.;]|,|\band\b|$)", re.I)


@dataclass(frozen=True)
class Request:
    """One request in a resolution for business at a later meeting."""

    title: str                       # agenda title, house style (upper case)
    kind: str                        # update | presentation | report | briefing | paper | item (deferred)
    subject: Optional[str]           # "the mass casualty exercise"
    presenter: Optional[str]         # "Serious Organised Crime Advisor"
    next_meeting: bool = False       # "the next meeting"
    month: Optional[int] = None      # "the March meeting"
    date: Optional[dt.date] = None   # "the meeting on 8 March 2018"


@dataclass(frozen=True)
class SourceMinute:
    number: str
    title: str
    meeting_date: dt.date
    resolutions: tuple[str, ...] = ()
    exempt: bool = False             # a Part 2 (exempt) minute


@dataclass(frozen=True)
class Carried:
    title: str
    source_minute: str
    source_title: str
    source_date: dt.date
    presenter: Optional[str]
    resolution: str
    exempt: bool = False             # carried from a Part 2 minute: Part 2 on the new agenda too


def _clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text or "")
    text = re.sub(r"(\d)\s+(st|nd|rd|th)\b", r"\1\2", text)
    text = text.replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


def _parse_date(text: str, after: Optional[dt.date]) -> Optional[dt.date]:
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text.lower()).replace(",", " ")
    words = text.split()
    day = month = year = None
    for w in words:
        if w.isdigit() and len(w) == 4:
            year = int(w)
        elif w.isdigit():
            day = int(w)
        elif w in MONTHS:
            month = MONTHS.index(w) + 1
    if not (day and month):
        return None
    if year is None:
        if after is None:
            return None
        year = after.year + (1 if (month, day) <= (after.month, after.day) else 0)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def requests_in(resolution: str, source_title: str = "", source_date: Optional[dt.date] = None) -> list[Request]:
    """The requests for business at a later meeting that one resolution makes (usually 0 or 1)."""
    text = _clean(resolution)
    found = []
    for ref in _REF.finditer(text):
        if ref.group("of") and not _OWN_BODY.match(ref.group("other").strip()):
            continue        # "the next meeting of the Bromley Risk Forum": another body's meeting
        head = text[:ref.start()]
        clause = re.split(r"[.;]\s+", head)[-1]
        # the request: the last update/presentation/report before the meeting is named
        kinds = list(_KIND.finditer(clause))
        if kinds:
            k = kinds[-1]
            asked = _ASK.search(clause[:k.start()]) or _ASK.search(clause[k.end():])
        else:
            asked = _ASK.search(clause)
        if not (asked or _DEFER.search(clause)):
            continue        # "the report be noted at the next meeting" asks for nothing
        kind, subject, presenter = "update", None, None
        back = _REPORT_BACK.search(clause)
        if not kinds and back:
            # "the Borough Commander report back to the next meeting on BCU progress"
            kind = "report"
            after = _SUBJECT_LEAD.match(text[ref.end():])
            if after:
                subject = re.split(r"[.;,]|\s+by\s+", text[ref.end() + after.end():])[0].strip() or None
        elif kinds:
            kind = k.group("kind").lower()
            rest = clause[k.end():]
            subject = _SUBJECT_END.sub("", rest).strip(" ,")
            by = _BY.search(subject)
            if by:
                presenter = by.group("who")
                subject = subject[:by.start()].strip(" ,")
            if _SUBJECT_LEAD.match(subject or ""):
                lead = _SUBJECT_LEAD.match(subject).group(0).strip().lower()
                subject = subject[_SUBJECT_LEAD.match(subject).end():].strip()
                if lead == "from" and not presenter:
                    presenter, subject = subject, None
            subject = subject or None
        elif _DEFER.search(clause):
            kind = "item"
        else:
            # "the minutes be brought to the next meeting": something, but not an agenda request
            continue
        if not presenter:
            by = _BY.search(text[ref.end():])
            if by:
                presenter = by.group("who")
        if presenter:
            presenter = presenter.strip(" ,")
        title = _title(kind, subject, presenter, source_title)
        date = _parse_date(ref.group("date"), source_date) if ref.group("date") else None
        month_word = ref.group("month") or ref.group("month2")
        month = MONTHS.index(month_word.lower()) + 1 if month_word else None
        found.append(Request(title=title, kind=kind, subject=subject, presenter=presenter,
                             next_meeting=bool(ref.group("next")), month=month, date=date))
    return found


def _title(kind: str, subject: Optional[str], presenter: Optional[str], source_title: str) -> str:
    if kind == "item":
        return (source_title or "DEFERRED ITEM").upper()
    word = {"update": "UPDATE", "presentation": "PRESENTATION", "report": "REPORT",
            "briefing": "BRIEFING", "paper": "REPORT"}[kind]
    if subject:
        return f"{word} ON {subject}".upper()
    if presenter:
        return f"{word} FROM {presenter}".upper()
    if source_title:
        title = source_title.upper()
        return title if word in title else f"{title} {word}"
    return word


def target_meeting(request: Request, source_date: dt.date, meeting_dates: Iterable[dt.date]) -> Optional[dt.date]:
    """The meeting a request is for, among the body's meeting dates (held or planned)."""
    later = sorted(d for d in set(meeting_dates) if d > source_date)
    if request.date:
        return request.date
    if request.month:
        return next((d for d in later if d.month == request.month), None)
    if request.next_meeting:
        return later[0] if later else None
    return None


def carried_exempt(minute: SourceMinute) -> bool:
    """An item carried forward by a Part 2 (exempt) minute is Part 2 business itself: its title and the
    request come from exempt text, so the new agenda holds it as exempt."""
    return bool(minute.exempt)


def carried_to(meeting_date: dt.date, minutes: Iterable[SourceMinute],
               meeting_dates: Iterable[dt.date]) -> list[Carried]:
    """Items that earlier minutes carried forward to the meeting on ``meeting_date``.

    ``meeting_dates`` are the body's known meetings; ``meeting_date`` is added to them, so a
    meeting that is only planned (not yet in the store) still gets its items."""
    dates = set(meeting_dates) | {meeting_date}
    out: list[Carried] = []
    seen = set()
    for minute in minutes:
        if minute.meeting_date >= meeting_date:
            continue
        for resolution in minute.resolutions:
            for req in requests_in(resolution, minute.title, minute.meeting_date):
                if target_meeting(req, minute.meeting_date, dates) != meeting_date:
                    continue
                key = (minute.number, req.title)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Carried(title=req.title, source_minute=minute.number, source_title=minute.title,
                                   source_date=minute.meeting_date, presenter=req.presenter,
                                   resolution=_clean(resolution), exempt=carried_exempt(minute)))
    return out
