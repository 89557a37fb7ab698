"""A document → its records: ``parse_file(path)`` and ``parse_text(text, source, sha256)``.

A document may hold several records. An agenda pack runs: the agenda front sheet (up to the minutes
of the previous meeting, or the first page stamped "Agenda Item N"), the minutes ("Minutes of the meeting
held …", "MINUTES OF PROCEEDINGS …", "… Meeting Minutes", or an untitled "PRESENT: …" after the agenda's
items), then reports ("Report No."), each up to the next one. An item titled "Minutes of the meeting held
on …" under its number is an agenda item. A document with no such markers is what its own title names, else
minutes when it records attendance, decisions and narrative, an agenda when it gives notice of a meeting and
lists items to take.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate
from datetime import date
from pathlib import Path
from typing import Optional

from minutebook.ingest import provenance
from minutebook.ingest.lines import Text
from minutebook.ingest.owners import Known
from minutebook.ingest.parsers.agenda import AGENDA_HEAD, parse_agenda
from minutebook.ingest.parsers.common import _END_WORDS, end_time, find_dates, is_upper, is_us
from minutebook.ingest.parsers.headings import HEAD_RX, L, prepare
from minutebook.ingest.parsers.minutes import parse_minutes, strict_markers
from minutebook.ingest.parsers.report import REPORT_HEAD, parse_report
from minutebook.ingest.parsers.sections import signed_name
from minutebook.ingest.readers import read, sha256_of
from minutebook.record import AttachmentRecord, ParsedDocument

MINUTES_TITLE = re.compile(
    r"^\W*(?:(?:DRAFT|Draft|UNCONFIRMED|Unconfirmed|CONFIRMED|Confirmed|OFFICIAL|Official|APPROVED|Approved)\s+)?"
    r"(?:MINUTES|Minutes)\b(?:\s+(?:of|OF|from|FROM|for|FOR)\b(?!\s+(?:the\s+|THE\s+)?(?:previous|last|PREVIOUS|LAST)\b)|\s*[:.]?\s*$)"
    r"|\b(?:MINUTES|Minutes)\s*[.:]?\s*$"
    r"|\bOFFICIAL\s+MINUTES\b")


def _year_hint(text: str) -> Optional[int]:
    years = re.findall(r"\b(20\d\d|19\d\d)\b", text)
    if not years:
        return None
    return int(Counter(years).most_common(1)[0][0])


def segments(lines: list[L], why: Optional[dict] = None) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each record in the document; ``why`` (where given) gets, for each record's first
    line, the name of the rule that started it (provenance)."""
    why = {} if why is None else why
    marks: list[tuple[int, str]] = []
    present: set[int] = set()
    items_since = 0         # numbered lines since the last agenda mark: a pack's minutes follow the agenda's items
    attended = False        # the lines so far record who attended (minutes), not who is summoned
    for i, ln in enumerate(lines):
        t = ln.text
        if not t or len(t) > 160:
            continue
        if (t[:1].isdigit() or _PREFIXED.match(t)) and HEAD_RX.match(t):
            items_since += 1
            continue
        if t[:1].islower() or _item_title(lines, i) or _LETTERED.match(t):
            continue        # a record's title never starts in lower case ("… Matters for the next" / "agenda")
        low = t.lower()
        if not attended and _ATTENDED.match(t):
            attended = True
        if attended and _AGENDA_LABEL.fullmatch(t) and not any(k == "agenda" for _, k in marks):
            # "Agenda:" under the attendance of minutes (present, chaired by): the minutes' list of their items
            if not marks:
                marks.append((0, "minutes"))
                why[0] = "agenda-list-inside-minutes"
            continue
        if "report" in low and REPORT_HEAD.match(t):
            marks.append((i, "report"))
            why.setdefault(i, "report-cover-sheet")
        elif "minute" in low and MINUTES_TITLE.search(t) and not re.search(r"\b(?:approv\w*|confirm\w*|sign|previous|last)\b", t, re.I) \
                and not _object_of_item(lines, i):
            marks.append((i, "minutes"))
            why.setdefault(i, "minutes-title")
        elif (len(t) < 60 or "agenda" in low or "a g e n d a" in low or "notice" in low or "summons" in low) and AGENDA_HEAD.search(t):
            marks.append((i, "agenda"))
            why.setdefault(i, "agenda-title")
            items_since = 0
        elif "present" in low and marks and marks[-1][1] == "agenda" and PRESENT_LINE.match(t) and items_since >= 2:
            # minutes in a pack with no "Minutes" title: the title and date, then "PRESENT: …"
            marks.append((i, "minutes"))
            why.setdefault(i, "untitled-minutes-after-agenda")
            present.add(i)
    # keep the first of a run of the same kind (running heads, "Agenda" printed twice)
    kept: list[tuple[int, str]] = []
    for i, kind in marks:
        if kept and kept[-1][1] == kind:
            continue
        kept.append((i, kind))
    if not kept:
        why[0] = "document-kind-from-its-evidence"
        return _after_close([(_guess(lines), 0, len(lines))], lines)
    out = []
    for k, (i, kind) in enumerate(kept):
        start = 0 if k == 0 else i
        if k > 0 and kind in ("minutes", "report"):
            # the title lines above "Minutes of the meeting…" belong to the minutes
            j = i - 1
            titled = False
            while j > kept[k - 1][0] and j >= i - (8 if i in present else 4):
                t = lines[j].text
                if t and HEAD_RX.match(t) and not re.fullmatch(r"\d{1,3}", t):
                    break
                if t and is_upper(t) and len(t) < 90:
                    titled = True
                elif t and not re.fullmatch(r"\d{1,3}", t) and \
                        not (i in present and not titled and len(t) < 90 and find_dates(t)):   # the date under the title
                    break
                j -= 1
            start = j + 1
            out[-1] = (out[-1][0], out[-1][1], start)
        end = kept[k + 1][0] if k + 1 < len(kept) else len(lines)
        why.setdefault(start, why.get(i, f"{kind}-title"))
        out.append((kind, start, end))
    # a first "agenda" that is only a mention inside minutes: the document is minutes
    if out[0][0] == "agenda" and len(out) > 1 and out[1][0] == "minutes" and out[1][1] - out[0][1] < 3:
        out = [("minutes", out[0][1], out[1][2])] + out[2:]
    return _after_close(out, lines)


_LETTERED = re.compile(r"[A-Z][.)]\s+\S|(?:X{0,2}(?:IX|IV|V?I{1,3}|V))[.)]\s+\S")   # "K. Minutes", "IV. Agenda": an item
_PREFIXED = re.compile(r"[A-Z]{1,4}\s?\d")
_AGENDA_LABEL = re.compile(r"\W*(?:AGENDA|Agenda)\s*:?")
# a line that records who attended (minutes), not who is summoned (an agenda's membership list)
_ATTENDED = re.compile(r"^\W*(?:(?:Members\s+|Those\s+|Governors\s+|Councillors\s+)?present|in\s+attendance|attendees|"
                       r"governor\s+attendance|chaired\s+by|clerked\s+by|minuted\s+by)\b\s*(?::|-|–|\s|$)", re.I)
PRESENT_LINE = re.compile(r"^\W*(?:PRESENT|Present|(?:Members|Those)\s+[Pp]resent|MEMBERS\s+PRESENT)\s*(?::|-|–|$)")
_BARE_NUMBER = re.compile(r"(\d{1,3})(\.?)")


def _object_of_item(lines: list[L], i: int) -> bool:
    """"APPROVAL OF MINUTES:" / "Minutes of November 9, 2022 City Council Regular Meeting.": the minutes named under an
    item that approves them are what the item takes, not the start of another record."""
    above = next((lines[j].text for j in range(i - 1, max(-1, i - 3), -1) if lines[j].text), "")
    return bool(re.search(r"(?i)\b(?:approv\w*|confirm\w*|adopt\w*|accept\w*)\b.{0,20}\bminutes\b.{0,5}$", above))


def _item_title(lines: list[L], i: int) -> bool:
    """Whether line i is the title of an item whose number stands alone on the line above ("3." / "Minutes of the
    Meeting held on 16 January 2024"): an item of a list numbered that way, not the start of another record."""
    above = next((j for j in range(i - 1, max(-1, i - 3), -1) if lines[j].text), None)
    m = _BARE_NUMBER.fullmatch(lines[above].text) if above is not None else None
    if not m:
        return False
    n, dot = int(m.group(1)), m.group(2)
    others = {f"{n - 1}{dot}", f"{n + 1}{dot}"}
    return any(lines[j].text in others for j in range(max(0, i - 30), min(len(lines), i + 30)) if j != above)


def _stamped(out: list[tuple[str, int, int]], lines: list[L], text: Text) -> list[tuple[str, int, int]]:
    """An agenda pack stamps "Agenda Item 5" on the first page of each item's papers: the agenda, and the previous
    minutes, end before the first stamped page after their own, and so does each report. What follows is the next
    report when its cover sheet says so ("Report No."), minutes when it records attendance, else an attachment.
    A stamped page's few head lines above the next record's title (the body's
    name over "Minutes of the meeting held …") belong to that record."""
    stamped = {p.index for p in text.pages if any(re.match(r"(?i)agenda\s+item\s+\d", s) for s in p.stamps)}
    if not stamped:
        return out
    result: list[tuple[str, int, int]] = []
    todo = list(reversed(out))
    while todo:
        kind, start, end = todo.pop()
        if result and result[-1][0] == "attachment" and result[-1][2] == start and \
                sum(1 for i in range(result[-1][1], start) if lines[i].text) <= 3 and \
                all(lines[i].page == lines[start].page for i in range(result[-1][1], start) if lines[i].text):
            # the stamped page's head lines run into the record that starts on the same page
            start = result.pop()[1]
        first_page = next((lines[i].page for i in range(start, end) if lines[i].text and lines[i].page), None)
        cut = None
        if kind in ("agenda", "minutes", "report") and first_page is not None:
            cut = next((i for i in range(start, end) if lines[i].page in stamped and lines[i].page > first_page), None)
        if cut is None or not any(lines[i].text for i in range(cut, end)):
            result.append((kind, start, end))
            continue
        rest = [lines[i].text for i in range(cut, min(end, cut + 60)) if lines[i].text]
        result.append((kind, start, cut))
        if kind == "agenda" and any(PRESENT_LINE.match(t) for t in rest):
            result.append(("minutes", cut, end))
        elif any(REPORT_HEAD.match(t) for t in rest[:12]):
            todo.append(("report", cut, end))       # the next item's report ("Report No. …"), itself cut at the next stamp
        else:
            result.append(("attachment", cut, end))
    return result


def _after_close(out: list[tuple[str, int, int]], lines: list[L]) -> list[tuple[str, int, int]]:
    """What follows "The meeting ended at 11.50 am" and the signature is not part of the minutes (a transcript,
    an appendix): it becomes an attachment."""
    result = []
    for kind, start, end in out:
        if kind != "minutes":
            result.append((kind, start, end))
            continue
        close = None
        # one search over the record for the words that can say the meeting ended, then only those lines
        texts = [lines[i].text for i in range(start, end)]
        offsets = list(accumulate(len(t) + 1 for t in texts))
        hits = sorted({bisect_right(offsets, m.start()) for m in _END_WORDS.finditer("\n".join(texts).lower())})
        for k in hits:
            i = start + k
            t = lines[i].text
            if t and len(t) < 300 and end_time(t) and not re.search(r"reconven|resum|re-?open|adjourned\s+for|until", t, re.I):
                close = i
        if close is None:
            result.append((kind, start, end))
            continue
        j = close + 1
        tail = 0
        while j < end and tail < 4:
            t = lines[j].text
            if t and not re.match(r"^(?:Chair(?:man|person)?|Signed|Date[d]?|Cathaoirleach|Mayor|Clerk|Attest)\b|^[._\s…]+$|^\d{1,3}$", t, re.I) \
                    and not re.search(r"next\s+meeting|_{3,}|\.{4,}|…{2,}", t, re.I) and not signed_name(lines, j, end):
                tail += 1
                if tail == 1:
                    first_tail = j
            j += 1
        rest = sum(1 for i in range(close + 1, end) if lines[i].text)
        if tail >= 4 and rest >= 15:
            result.append((kind, start, first_tail))
            result.append(("attachment", first_tail, end))
        else:
            result.append((kind, start, end))
    return result


_NARRATIVE = re.compile(
    r"^\W*(?:present|in\s+attendance|apologies)\s*[:\-–]|\b(?:resolved|it\s+was\s+(?:agreed|noted|proposed)|apologies\s+(?:for\s+absence\s+)?"
    r"(?:were|had\s+been)\s+received|the\s+meeting\s+(?:closed|ended|finished|concluded|terminated)|(?:reported|explained|"
    r"advised|confirmed|noted|stated|informed\s+\w+)\s+that|(?:thanked|welcomed)\s+(?:everyone|all|members|the)|"
    r"(?:asked|queried)\s+(?:whether|if|how|what|why)|was\s+(?:seconded|carried|agreed))\b", re.I | re.M)
_NOTICE = re.compile(
    r"\b(?:will\s+be\s+held|to\s+be\s+held|will\s+take\s+place|you\s+are\s+(?:hereby\s+)?summoned|agenda|"
    r"date\s+of\s+(?:issue|publication|despatch)|dear\s+(?:councillor|member|sir)|to\s*:?\s*(?:all\s+)?(?:the\s+)?members\s+of)\b"
    r"|\(?\bpages?\s+\d{1,4}\s*(?:-|–|to)\s*\d{1,4}\)?|^\W*(?:to\s+(?:receive|consider|approve|note|agree|confirm|elect))\b"
    # a timed items table ("1   09:30   Welcome …") and its papers column ("Verbal", "Paper B", "To follow")
    r"|^\d{1,2}(?:\.\d{1,2})?\.?\s+\d{1,2}[:.]\d{2}\s+[A-Z]|\s(?:Verbal|Paper\s+[A-Z0-9]{1,3}|Encl?\.?\s*\d{1,2}|To\s+follow|Attached)$",
    re.I | re.M)


def _guess(lines: list[L]) -> str:
    """The kind of a document with no record titles: minutes when it records what happened (attendance,
    decisions, narrative), an agenda when it gives notice of a meeting and lists items to take."""
    kept = [ln for ln in lines[:400] if ln.text]
    # the document's own title (its first lines, not a numbered item or a row of a table) names what it is
    for ln in kept[:6]:
        t = ln.text
        if (HEAD_RX.match(t) and t[:1].isdigit()) or (ln.cells and len(ln.cells) >= 3) or len(t) > 100:
            continue
        if re.search(r"\bminutes\b(?!\s+(?:of|from)\s+(?:the\s+)?(?:previous|last))", t, re.I):
            return "minutes"
        if re.search(r"\bagenda\b", t, re.I) and not re.search(r"\bagenda\s+item\b", t, re.I):
            return "agenda"
    text = "\n".join(ln.text for ln in kept)
    head = "\n".join(ln.text for ln in kept if not (HEAD_RX.match(ln.text) and ln.text[:1].isdigit())
                     and not (ln.cells and len(ln.cells) >= 3))
    if re.search(r"\bminutes\b(?!\s+(?:of|from)\s+(?:the\s+)?(?:previous|last))", head[:600], re.I):
        return "minutes"
    minutes_signs = len(_NARRATIVE.findall(text))
    agenda_signs = len(_NOTICE.findall(text))
    return "agenda" if agenda_signs > minutes_signs else "minutes"


def parse_text(text: Text, source: str, sha256: str) -> ParsedDocument:
    lines = prepare(text)
    doc = ParsedDocument(source=str(source), sha256=sha256, warnings=list(text.warnings))
    plain = "\n".join(ln.text for ln in lines)
    us = is_us(plain)
    hint = _year_hint(plain)
    strict = strict_markers(lines)
    known: list[Known] = []
    records = []
    why: dict[int, str] = {}
    provenance.set_source(text.lines)
    for kind, start, end in _stamped(segments(lines, why), lines, text):
        part = lines[start:end]
        if not any(ln.text for ln in part):
            continue
        if kind == "agenda":
            rec = parse_agenda(part, us=us, year_hint=hint)
            known.extend(Known(m.name, " ".join(x for x in (m.role, m.organisation) if x)) for m in rec.members)
        elif kind == "report":
            rec = parse_report(part, us=us, year_hint=hint)
        elif kind == "attachment":
            title = next((ln.text for ln in part if ln.text), None)
            body = "\n".join(ln.text for ln in part)
            rec = AttachmentRecord(title=title[:200] if title else None, text=body.strip())
        else:
            rec = parse_minutes(part, us=us, year_hint=hint, known=known, warnings=doc.warnings, strict=strict)
            head = _shared_head(lines, records, start, text)
            if rec.meeting.date is None and head:
                # rule shared-head: a page holding one meeting's agenda and then its minutes (a static-site page's
                # agenda: and minutes: fields): the page's head (title, date, time, venue) heads the minutes too,
                # and the agenda list above them is the minutes' own (one record, the minutes)
                rec = parse_minutes(head + part, us=us, year_hint=hint, known=known, warnings=doc.warnings, strict=strict)
                records.pop()
                why[start] = "page-of-one-meeting"
        _set_pages(rec, part, text)
        if provenance.active():
            rule = why.get(start) or ("after-meeting-closed" if kind == "attachment" and start else "stamped-page")
            _note_record(rec, part, head if kind == "minutes" else [], rule)
        records.append(rec)
    _link_pack(records, text)
    # minutes inside a pack that do not name their body belong to the pack's body
    pack_body = next((r.body for r in records if r.kind == "agenda" and r.body), None)
    for rec in records:
        if rec.kind in ("minutes", "report") and not rec.body and pack_body:
            rec.body = pack_body
    _date_from_file_name(records, plain, source, doc.warnings, us)
    doc.records = records
    if not records:
        doc.warnings.append("no meeting record found in the document")
    return doc


def _dated_line(lines: list[L], value: Optional[str], us: bool = False) -> list[L]:
    if not value:
        return []
    return next(([ln] for ln in lines if ln.text and any(f.value == value for f in find_dates(ln.text, us=us))), [])


def _timed_line(lines: list[L], value: Optional[str]) -> list[L]:
    from minutebook.ingest.parsers.common import clock_24, find_times

    if not value:
        return []
    hour = int(value[:2])
    forms = {value, f"{hour % 12 or 12}.{value[3:]}", f"{hour % 12 or 12}:{value[3:]}", value.replace(":", "")}
    return next(([ln] for ln in lines if ln.text and (any(t[0] == value for t in find_times(ln.text))
                                                      or any(f in ln.text for f in forms))), [])


def _note_record(rec, part: list[L], head: list[L], rule: str) -> None:
    """The provenance of a record's own fields: its lines, and the line each field was read from."""
    from minutebook.ingest.provenance import locate, note

    texted = [ln for ln in part if ln.text]
    scope = head + part
    note(rec, "record", texted[:1] + texted[-1:], rule, f"pages {rec.pages}" if rec.pages else None)
    note(rec, "meeting.date", _dated_line(scope, rec.meeting.date), "meeting-head", rec.meeting.date)
    for name in ("start", "end"):
        value = getattr(rec.meeting, name)
        if value:
            note(rec, f"meeting.{name}", _timed_line(scope if name == "start" else list(reversed(scope)), value),
                 "meeting-head" if name == "start" else "meeting-closed", value)
    if rec.meeting.venue:
        note(rec, "meeting.venue", locate(scope, rec.meeting.venue), "meeting-head", rec.meeting.venue)
    if rec.body:
        note(rec, "body", locate(scope, rec.body), "body-name", rec.body)
    for name in ("chair", "vice_chair"):
        value = getattr(rec, name, None)
        if value:
            note(rec, name, locate(scope, value.split()[-1]), "attendance" if rec.kind == "minutes" else "membership", value)
    for group in ("present", "also_present", "apologies", "members"):
        for person in getattr(rec, group, None) or []:
            note(rec, group, locate(scope, person.name) or locate(scope, person.name.split()[-1]),
                 "membership" if group == "members" else "attendance", person.name)
    for name in ("previous_meeting_date", "next_meeting_date", "published"):
        value = getattr(rec, name, None)
        if value:
            note(rec, name, _dated_line(scope, value), name.replace("_", "-"), value)


def _shared_head(lines: list[L], records: list, start: int, text: Text) -> list[L]:
    """The document's head lines above its agenda, where the only record before these minutes is that agenda and
    the document is not a pack (no "Agenda Item" stamps): what a page of one meeting prints over both."""
    if len(records) != 1 or records[0].kind != "agenda" or any(p.stamps for p in text.pages):
        return []
    mark = next((i for i in range(start) if lines[i].text and len(lines[i].text) < 80 and AGENDA_HEAD.search(lines[i].text)), None)
    head = lines[:mark] if mark else []
    return head if any(find_dates(ln.text) for ln in head) else []


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")


def file_name_date(source: str) -> Optional[str]:
    """The date a file's name carries ("2024-07-29.txt", "minutes-20240729.pdf"), as archives name files."""
    m = _NAME_DATE.search(Path(str(source)).name)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _date_from_file_name(records: list, plain: str, source: str, warnings: list[str], us: bool) -> None:
    """Where the document prints no meeting date, or prints its day and month without the year, the date
    in the file's name is the evidence left: it is taken, with a warning saying so."""
    named = file_name_date(source)
    if not named:
        return
    printed = {f.value for f in find_dates(plain, us=us)}
    for rec in records:
        if rec.kind not in ("agenda", "minutes"):
            continue
        got = rec.meeting.date
        if got is None and not any(r.meeting.date == named for r in records):
            rec.meeting.date = named
            warnings.append(f"{rec.kind}: no meeting date printed; {named} taken from the file name")
        elif got and got != named and got[5:] == named[5:] and got not in printed:
            rec.meeting.date = named
            warnings.append(f"{rec.kind}: the meeting date is printed without its year; {named[:4]} taken from the file name")


def _set_pages(rec, part: list[L], text: Text) -> None:
    pages = [ln.page for ln in part if ln.page]
    if pages and text.pages:
        printed = {p.index: p.printed_number for p in text.pages if p.printed_number}
        a, b = printed.get(min(pages)), printed.get(max(pages))
        if a and b:
            rec.pages = f"{a}-{b}" if a != b else str(a)


def _link_pack(records: list, text: Text) -> None:
    """In an agenda pack the agenda's "(Pages 3 - 16)" say where the minutes and reports are."""
    agenda = next((r for r in records if r.kind == "agenda"), None)
    if agenda is None:
        return
    stamps = [s for p in text.pages for s in p.stamps]
    for rec in records:
        if rec is agenda or rec.pages:
            continue
        if rec.kind == "minutes":
            item = next((i for i in agenda.agenda if i.pages and re.search(r"\bminutes\b", i.title, re.I)), None)
            if item:
                rec.pages = item.pages
        elif rec.kind == "report":
            item = None
            if rec.title:
                item = next((i for i in agenda.agenda if i.pages and i.title.lower() == rec.title.lower()), None)
            if item is None:
                for stamp in stamps:
                    m = re.match(r"Agenda\s+Item\s+(\d+[a-z]?)", stamp, re.I)
                    if m:
                        item = next((i for i in agenda.agenda if i.number == m.group(1) and i.pages), None)
                        if item:
                            break
            if item:
                rec.pages = item.pages
            if not rec.for_meeting and agenda.meeting.date:
                rec.for_meeting = agenda.meeting.date


def parse_file(path: str | Path) -> ParsedDocument:
    from minutebook.ingest import readers
    from minutebook.ingest.errors import InputError

    path = Path(path)
    if hasattr(readers, "load"):
        data = readers.load(path)
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(path, f"cannot read the file ({exc.strerror})") from None
    text = read(path, data)
    return parse_text(text, str(path), sha256_of(data))
