"""Report cover sheets and Matters Arising appendices.

Shapes it knows:
- "Report No." with the number on the same or the next line ("CSD 17104");
- labelled fields: "Decision Maker:", "Date:", "Decision Type:", "Title:", "Contact Officer:",
  "Chief Officer:", "Ward:";
- a "RECOMMENDATION(S)" section of numbered paragraphs ("2.1 The Group is asked to …");
- Matters Arising rows: "Minute 137" then the meeting date, the title, the resolution ("It was
  resolved that …") and the update, on separate lines or on one line of a table.
"""
from __future__ import annotations

import re
from typing import Optional

from minutebook.ingest.parsers.common import find_dates
from minutebook.ingest.parsers.headings import L, REPORT_REF
from minutebook.ingest.parsers.minutes import first_sentence
from minutebook.record import MattersArisingRow, ReportRecord

REPORT_HEAD = re.compile(r"^\s*Report\s+(?:No\.?|Number|Ref(?:erence)?\.?)\s*:?\s*(?:[A-Z]{2,5}\s?[\d/]{3,8})?\s*$", re.I)
FIELDS = {
    "decision_maker": r"Decision\s+Maker",
    "date": r"Date(?:\s+of\s+meeting)?",
    "decision_type": r"Decision\s+Type",
    "title": r"Title|Subject|Report\s+Title",
    "contact_officer": r"Contact\s+Officer",
    "chief_officer": r"Chief\s+Officer|Report\s+(?:of|by)|Lead\s+Officer",
    "ward": r"Wards?(?:\s+Affected)?",
}
MINUTE_ROW = re.compile(r"^(?:Minute|Min\.?)\s+(?:No\.?\s*)?(\d{1,4}[a-z]?)\b\.?\s*(.*)$", re.I)
SECTION = re.compile(r"^(?:\d{1,2}\.?\s+[A-Z][A-Za-z ]+$|_{5,}|Non-Applicable|Background\s+Documents|Corporate\s+Policy|Financial|Legal|Staff|Appendix)", re.I)


def parse_report(lines: list[L], *, us: bool = False, year_hint: Optional[int] = None) -> ReportRecord:
    rec = ReportRecord()
    texts = [ln.text for ln in lines]
    for i, t in enumerate(texts[:12]):
        if REPORT_HEAD.match(t or ""):
            m = REPORT_REF.search(t)
            if not m:
                nxt = next((x for x in texts[i + 1:i + 4] if x), "")
                m = REPORT_REF.search(nxt)
            if m:
                rec.report_no = m.group(0)
            break
    for i, t in enumerate(texts[:80]):
        for name, label in FIELDS.items():
            m = re.match(rf"^(?:{label})\s*:\s*(.*)$", t or "", re.I)
            if not m or getattr(rec, name if name != "date" else "for_meeting", None):
                continue
            value = m.group(1).strip()
            if not value:
                value = next((x for x in texts[i + 1:i + 3] if x), "")
            value = re.split(r"\s{2,}|\s+Tel\b", value)[0].strip()
            if name == "date":
                d = find_dates(value, us, year_hint)
                if d:
                    rec.for_meeting = d[0].value
            else:
                setattr(rec, name, value)
    rec.body = rec.decision_maker
    rec.meeting.date = rec.for_meeting
    rec.recommendations = _recommendations(texts)
    rec.matters_arising = _rows(texts, us, year_hint)
    return rec


def _recommendations(texts: list[str]) -> list[str]:
    out: list[str] = []
    start = next((i for i, t in enumerate(texts) if t and re.match(r"^(?:\d{1,2}\.?\s*)?RECOMMENDATIONS?\b", t)), None)
    if start is None:
        return out
    cur = ""
    for t in texts[start + 1:start + 40]:
        if not t:
            continue
        if SECTION.match(t) and not re.match(r"^\d+\.\d+", t):
            break
        m = re.match(r"^(?:\d+\.\d+|\(?[a-z0-9]{1,2}\)|[-•])\s+(.*)$", t)
        if m:
            if cur:
                out.append(cur)
            cur = m.group(1)
        else:
            cur = f"{cur} {t}".strip()
    if cur:
        out.append(cur)
    return out


def _rows(texts: list[str], us: bool, hint: Optional[int]) -> list[MattersArisingRow]:
    rows: list[MattersArisingRow] = []
    starts = [i for i, t in enumerate(texts) if t and MINUTE_ROW.match(t)]
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else min(len(texts), i + 30)
        m = MINUTE_ROW.match(texts[i])
        row = MattersArisingRow(minute=m.group(1))
        rest = [m.group(2)] if m.group(2).strip() else []
        rest += [t for t in texts[i + 1:end] if t]
        body = " ".join(rest)
        dates = find_dates(body[:60], us, hint)
        if dates:
            row.meeting_date = dates[0].value
            body = (body[:dates[0].start] + body[dates[0].end:]).strip(" ,-/")
        # the title runs up to the resolution
        rm = re.search(r"\b(?:It\s+was\s+)?(?:resolved|agreed|RESOLVED|AGREED)\b", body)
        if rm:
            row.title = body[:rm.start()].strip(" ,-/") or None
            resolution, update = first_sentence(body[rm.start():])
            row.resolution = resolution
            update, _ = first_sentence(update) if update else ("", "")
            row.update = update or None
        else:
            row.title = rest[1] if len(rest) > 1 and dates else (rest[0] if rest else None)
        rows.append(row)
    return rows
