"""Formatting shared by the HTML and Word renderings: UK dates and times, names, resolutions."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from minutebook.record import Action, MinuteItem, MinutesRecord
# text without the characters XML 1.0 cannot hold (and so neither Word nor an Atom feed): the record's one rule
from minutebook.record import UNPRINTABLE, printable, printable_record  # noqa: F401


def as_date(value) -> Optional[dt.date]:
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def long_date(value, weekday: bool = True) -> str:
    """"Thursday 6 July 2017"."""
    d = as_date(value)
    if not d:
        return ""
    text = f"{d.day} {d:%B %Y}"
    return f"{d:%A} {text}" if weekday else text


def ordinal_date(value) -> str:
    """"9th March 2017", as the Matters Arising appendix prints it."""
    d = as_date(value)
    return f"{ordinal(d.day)} {d:%B %Y}" if d else ""


def uk_time(value) -> str:
    """"10:00" → "10.00 am"; "12:05" → "12.05 pm"."""
    if not value:
        return ""
    if isinstance(value, dt.time):
        h, m = value.hour, value.minute
    else:
        h, m = (int(x) for x in str(value).split(":")[:2])
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}.{m:02d} {suffix}"


def deadline_text(value) -> str:
    """"2017-06-30T17:00" → "5.00pm on 30th June 2017"."""
    if not value:
        return ""
    when = dt.datetime.fromisoformat(str(value))
    return f"{uk_time(when.time()).replace(' ', '')} on {ordinal_date(when.date())}"


def meeting_notice(r) -> tuple[str, str, str]:
    """The agenda's notice in three parts, the date upper-cased in the middle (HTML sets it in bold):
    "A meeting of the X will be held at VENUE on", "THURSDAY 6 JULY 2017", " at 10.00 am"."""
    lead = f"A meeting of the {r.body} will be held" + (f" at {r.meeting.venue}" if r.meeting.venue else "") + " on"
    tail = f" at {uk_time(r.meeting.start)}" if r.meeting.start else ""
    return lead, long_date(r.meeting.date).upper(), tail


def held_sentence(r) -> str:
    """"Minutes of the meeting held at 10.00 am on 9 March 2017[ at VENUE]"."""
    held = "Minutes of the meeting held"
    if r.meeting.start:
        held += f" at {uk_time(r.meeting.start)}"
    held += f" on {long_date(r.meeting.date, weekday=False)}"
    return held + (f" at {r.meeting.venue}" if r.meeting.venue else "")


def person_line(name: str, role: Optional[str] = None, organisation: Optional[str] = None,
                as_printed: bool = True) -> str:
    """"Name, (Role)" as the attendance list printed it: where the record splits an agency off the role
    ("Safer Neighbourhood Board-Vice Chairman" → role "Vice Chairman", organisation "Safer
    Neighbourhood Board"), the two are put back in the printed order, "(Agency-Role)".

    ``as_printed=False`` (an agenda's membership list, which no document printed: it may be drawn from
    the last minutes): a chair held in another body reads "(Vice Chairman of the Safer Neighbourhood
    Board)", so that it never reads as this body's, and other pairs "(Role, Agency)"."""
    if role and organisation and organisation.casefold() not in role.casefold():
        if as_printed:
            detail = f"{organisation}-{role}"
        else:
            position = re.fullmatch(r"(?:vice[\s-]*|deputy\s+)?chair(?:man|woman|person)?", role.strip(), re.I)
            detail = f"{role} of {'' if organisation.lower().startswith('the ') else 'the '}{organisation}" \
                if position else f"{role}, {organisation}"
    else:
        detail = role or organisation
    return f"{name}, ({detail})" if detail else name


def paragraphs(text: str) -> list[str]:
    """Narrative split into paragraphs: blank lines part them; lines inside a paragraph are joined."""
    text = re.sub(r"<[^>]+>", "", text or "")
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        if not lines:
            continue
        # keep bullet lists as separate paragraphs
        current: list[str] = []
        for ln in lines:
            if re.match(r"^[-•*·]\s+", ln) and current:
                out.append(" ".join(current))
                current = []
            current.append(ln)
        out.append(" ".join(current))
    return out


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


_LEAD = re.compile(r"^(?:\d+\s*[-.)]\s*)?(?:it\s+was\s+)?(?:resolved|agreed)(?:\s+that)?\s*:?\s*", re.I)


def narrative(item: MinuteItem) -> list[str]:
    """The item's paragraphs without the resolutions and post-meeting notes (printed on their own)."""
    resolved = [_norm(r) for r in item.resolutions] + [_norm(n) for n in item.post_meeting_notes]
    out = []
    for para in paragraphs(item.text):
        n = _norm(_LEAD.sub("", para))
        if re.match(r"^\s*RESOLVED\b", para) or re.match(r"^post meeting note", n):
            continue
        if n and any(r and (n == r or n.endswith(r)) for r in resolved):
            continue
        out.append(para)
    return out


def resolution_text(text: str) -> str:
    """A resolution as printed after "RESOLVED that": a leading article is lower-cased."""
    text = (text or "").strip()
    if re.match(r"^(The|An?|That)\b", text):
        text = text[0].lower() + text[1:]
    return text


_CLAUSE = re.compile(r"^(?:The|An?|This|These|Those|Its|Their|All|Each|Every|No)\b|"
                     r"\b(?:be|is|are|was|were|would|will|should|shall|must|could|can|may|had|has|have)\b")


def arising_text(text: str) -> str:
    """The Matters Arising column for an action: a resolution reads on from "It was resolved that"
    ("the minutes … be reported back"); an instruction to its owner as the clerk typed it ("Circulate the
    briefing") is printed as an action."""
    text = re.sub(r"^that\s+", "", (text or "").strip(), flags=re.I)
    if not text:
        return ""
    if _CLAUSE.search(text):
        return f"It was resolved that {resolution_text(text)}"
    return f"Action: {text}"


STATUS_WORDS = {"open": "Open", "in_progress": "In progress", "done": "Completed", "dropped": "Dropped"}


def owners_text(row) -> str:
    """The Owner column of a Matters Arising row: "Laurie Grasty (LG), Terry Gooding (TG)"; initials alone
    where nobody is settled for them."""
    names = list(row.owner_names) + [None] * (len(row.owners) - len(row.owner_names))
    return ", ".join(f"{name} ({ini})" if name else ini for ini, name in zip(row.owners, names))


def due_text(row) -> str:
    """The Due column: the meeting the action is due at ("Meeting of 8 March 2018"), else its date."""
    if row.due_meeting:
        return f"Meeting of {long_date(row.due_meeting, weekday=False)}"
    if row.due:
        return f"By {long_date(row.due, weekday=False)}"
    return ""


def status_text(status) -> str:
    return STATUS_WORDS.get(status or "", (status or "").replace("_", " ").capitalize())


def update_text(row) -> str:
    """The Update column: the latest update, marked where it was written for an earlier meeting."""
    text = (row.update or "").strip()
    if text and row.update_for:
        text += f" (update for the meeting of {long_date(row.update_for, weekday=False)})"
    return text


def initials(action: Action) -> str:
    return "/".join(action.owners)


def resolution_rows(item: MinuteItem) -> list[tuple[str, str]]:
    """(text, action initials) rows for the resolutions: the initials stand beside the resolution
    that the action repeats (or the last one); an action that repeats none gets a row of its own."""
    rows: list[list[str]] = []
    numbered = len(item.resolutions) > 1
    if numbered:
        rows.append(["RESOLVED that:", ""])
        for i, r in enumerate(item.resolutions, 1):
            rows.append([f"{i}- {r.strip()}", ""])
    elif item.resolutions:
        rows.append([f"RESOLVED that {resolution_text(item.resolutions[0])}", ""])
    for action in item.actions:
        mark = initials(action)
        if not mark:
            continue
        a = _norm(action.text)
        target = None
        for idx, r in enumerate(item.resolutions):
            rn = _norm(r)
            if a and rn and (a == rn or a in rn or rn in a):
                target = idx + (1 if numbered else 0)
                break
        if target is None and rows and not a:
            target = len(rows) - 1
        if target is None and rows and len(item.actions) == 1:
            target = 1 if numbered else 0
        if target is None:
            rows.append([action.text, mark])
        else:
            rows[target][1] = "/".join(x for x in (rows[target][1], mark) if x)
    return [tuple(r) for r in rows]


def apologies_sentence(record: MinutesRecord) -> list[str]:
    """The apologies as the minutes word them, where the record's item has no text of its own."""
    if not record.apologies:
        return []
    names = [a.name for a in record.apologies]
    text = "Apologies were received from " + (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1
                                               else names[0]) + "."
    out = [text]
    for a in record.apologies:
        if a.substitute:
            out.append(f"{a.substitute} attended in place of {a.name}.")
    return out


def is_apologies(title: str) -> bool:
    return bool(re.search(r"\bapolog", title or "", re.I))


def pages_text(pages) -> str:
    """"3-16" → "3 - 16", as the agenda prints it."""
    return re.sub(r"\s*[-–]\s*", " - ", str(pages or ""))


def position_mark(person, chair: Optional[str], vice_chair: Optional[str]) -> str:
    """" (Chairman)" / " (Vice-Chairman)" after a member, unless the printed role already says so."""
    said = f"{person.role or ''} {person.organisation or ''}".lower()
    if person.name == vice_chair and "vice" not in said:
        return " (Vice-Chairman)"
    if person.name == chair and not re.search(r"\bchair", said):
        return " (Chairman)"
    return ""


def questions_text(record) -> list[str]:
    """The questions paragraph of the agenda, worded as the seeds word it."""
    from minutebook.cycle.deadlines import working_days_between

    when = dt.datetime.fromisoformat(record.question_deadline)
    meeting = as_date(record.meeting.date)
    to = f"Questions to the {record.body}" if record.body else "Questions"
    if meeting:
        days = working_days_between(when.date(), meeting)
        return [f"{to} should be received {days} working day{'s' if days != 1 else ''} before the meeting. "
                f"Questions should therefore be received by {deadline_text(record.question_deadline)}."]
    return [f"{to} should be received by {deadline_text(record.question_deadline)}."]
