"""Agenda front sheets.

Shapes it knows:
- "To: Members of the …" (or "Members:", "Membership", "Councillors:", "To: Councillors A, B …") and the
  membership list: one person a line with roles in parentheses and "(Chairman)", "(Vice-Chairman)" marks,
  "Name (Chair), role, organisation" lines, runs of names wrapped over lines, group labels ("Co-opted Member:",
  "Non-Voting Co-opted Members", "Chair:"), members in two columns or beside the letter heading's column;
  "Substitutes:" / "Reserve Members:" are not members;
- "A meeting of the X will be held at VENUE on THURSDAY 6 JULY 2017 at 10.00 am" (or the date and time
  first), "MEETING TO BE HELD ON TUESDAY, 12th NOVEMBER 2019 @ 7.30pm" with the venue on the next line,
  a parish summons, or labelled fields ("Date:", "Time:", "Venue:", "Date/Time:", "Location/Address:",
  label and value in two cells);
- numbered items (the number alone on its line or not; an items table with a time column), page ranges
  "(Pages 3 - 16)" (wrapped, on a line of their own, or in a "Page Nos." column) and lettered sub-items
  ("a", "b" under 12 → 12a, 12b), and "An update will be provided by …" (the presenter);
- the deadline for questions ("Questions should therefore be received by 5.00pm on 30th June 2017",
  "Deadline for questions: 12 noon, …"), the contact officer ("Contact for this Agenda: …", "Ask for:",
  "Tel:", "E-mail:"), the publication date ("Published:", a date printed alone on the front sheet or last
  under the signature) and the next meeting.
"""
from __future__ import annotations

import re
from typing import Optional

from minutebook.ingest.parsers.body import find_body
from minutebook.ingest.parsers.common import (
    ORG_WORDS, ROLE_WORDS, TITLE_RX, find_dates, find_times, is_upper, parse_people, title_case, first_time, clean_name, looks_like_name,
)
from minutebook.ingest.parsers.headings import HEAD_RX, L, LETTER_RX, chain, split_title
from minutebook.ingest.parsers.sections import with_sections
from minutebook.ingest.provenance import note
from minutebook.ingest.parsers.attendance import _first_name_wrapped
from minutebook.ingest.parsers.minutes import NEXT_MEETING, next_meeting
from minutebook.record import AgendaItem, AgendaRecord, Contact, MeetingInfo, PersonRef

AGENDA_HEAD = re.compile(
    r"^\s*(?:A\s+G\s+E\s+N\s+D\s+A|AGENDA|Agenda)\s*:?\s*$|\bNOTICE\s+(?:AND|OF)\s+AGENDA\b|^\s*AGENDA\s+(?:FOR|OF)\b"
    r"|^\s*(?:Notice\s+of\s+(?:the\s+)?meeting|Summons\s+to\s+attend)\b|^\s*Meeting\s+Agenda\s*$"
    r"|^\s*(?:regular|special|ordinary|annual|extraordinary|adjourned|joint|budget)\s+(?:meeting\s+)?agenda\s*$"
    r"|^[^\d:]{3,80}?\s[-–—:|]\s*Agenda\s*$", re.I)
PAGES = re.compile(r"\(?\s*(?:\bPages?|\bpp\.?|\bPp\.)\s*(\d{1,4})(?:\s*(?:-|–|to)\s*(\d{1,4}))?\s*\)?", re.I)
HELD = re.compile(r"\b(?:will|is\s+to|to|shall)\s+(?:be\s+held|take\s+place|meet)\b|\bmeeting\s+(?:information|details)\b|\bDate\s*(?:/|and)\s*Time\s*:", re.I)
PRESENTER = re.compile(r"\b(?:provided|given|presented|introduced|led|delivered)\s+by\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,5})")


def _field(text: str, label: str) -> Optional[str]:
    m = re.search(rf"(?:^|\s{{2,}}|\n){label}\s*:\s*(.+?)(?:\s{{2,}}|\n|$)", text, re.I | re.M)
    return m.group(1).strip() if m else None


def parse_agenda(lines: list[L], *, us: bool = False, year_hint: Optional[int] = None) -> AgendaRecord:
    rec = AgendaRecord()
    leads: dict[int, str] = {}
    columns: Optional[tuple[int, Optional[int]]] = None      # (title, lead) columns of an items table's header
    for i, ln in enumerate(lines):
        c = ln.cells
        if c and len(c) >= 3 and re.fullmatch(r"(?i)(?:item\s+)?no\.?|item|#|ref\.?", c[0]):
            title_col = next((k for k, x in enumerate(c) if k and re.fullmatch(r"(?i)items?|title|subject|business|"
                                                                            r"agenda\s+item|description|topic", x)), None)
            lead_col = next((k for k, x in enumerate(c) if re.fullmatch(r"(?i)lead|presenter|presented\s+by|owner|"
                                                                       r"speaker|officer|lead\s+officer", x)), None)
            columns = (title_col, lead_col) if title_col else None
            continue
        if not (c and len(c) >= 3 and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?[a-z]?\.?", c[0])):
            continue
        if columns and len(c) > columns[0]:
            # an items table "No. | Item | Lead | Paper": the title from its column, the lead from its own
            ln.text = f"{c[0]} {c[columns[0]]}"
            lead = c[columns[1]] if columns[1] is not None and columns[1] < len(c) else None
            if lead and not re.fullmatch(r"(?i)all|verbal|tbc|n/?a|-", lead):
                leads[i] = lead
        elif re.fullmatch(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?", c[1], re.I):
            # "1 | 09:30 | Welcome … | Chair | Verbal" without its header: the time before the title is not part of it
            ln.text = f"{c[0]} {c[2]}"
            if len(c) >= 4 and not re.fullmatch(r"(?i)all|verbal|tbc|n/?a|-", c[3]):
                leads[i] = c[3]
    _join_split_pages(lines)
    # the items follow the "AGENDA" heading: a numbered line above it is the letterhead's ("1 Pier Road")
    marked = next((i for i, ln in enumerate(lines) if ln.text and len(ln.text) < 80 and AGENDA_HEAD.search(ln.text)), None)
    heads = (chain(lines, marked) if marked else []) or chain(lines)
    if us:
        heads = with_sections(lines, heads, (marked or 0) + 1) or heads
    first = heads[0].index if heads else len(lines)
    texts = [ln.text for ln in lines]
    # "Date   Wednesday 13 March 2024": a label and its value in two cells
    block = "\n".join((f"{ln.cells[0]}: {ln.cells[1]}" if ln.cells and len(ln.cells) == 2 and len(ln.cells[0]) <= 20
                       and not ln.cells[0].endswith(":") and ln.cells[0][:1].isupper() else ln.text)
                      for ln in lines[:first] if ln.text)

    # the meeting: labelled fields, "… will be held at VENUE on DATE at TIME", or the first date
    front = [i for i, t in enumerate(texts[:max(first, 1) + 40]) if t]
    def _held(i: int) -> bool:
        following = next((texts[j] for j in range(i + 1, min(i + 4, len(texts))) if texts[j]), "")
        joined = f"{texts[i]} {following}"
        m = HELD.search(joined)
        return bool(m) and m.start() < len(texts[i]) and not NEXT_MEETING.search(texts[i])

    held_at = next((i for i in front if _held(i) and (i < first or not heads)), None)
    sentence = ""
    if held_at is not None:
        parts = [t for t in texts[held_at:held_at + 8] if t][:4]
        sentence = " ".join(parts)
    labelled_date = _field(block, r"(?:Meeting\s+)?Date(?:\s*/\s*Time)?") or _field(block, r"Date\s+and\s+Time")
    signed = _signed(texts)
    if labelled_date and signed is not None and labelled_date in texts[signed]:
        labelled_date = None      # "Signed: J Smith, Clerk" / "Date: 3rd June 2024": when the summons was signed
    if labelled_date and sentence and find_dates(sentence, us, year_hint):
        # "Contact: …" / "Direct line: …" / "Email: …" / "Date: 27 February 2024": the date of the letter in the contact
        # block, not of the meeting the sentence below announces
        at = next((i for i, t in enumerate(texts) if t and labelled_date in t), None)
        if at is not None and any(re.match(r"^\W*(?:contact|direct\s+line|tel(?:ephone)?|e-?mail|enquiries|our\s+ref|your\s+ref)\b",
                                           texts[i], re.I) for i in range(max(0, at - 4), min(len(texts), at + 3)) if i != at):
            labelled_date = None
    date_line = None
    dates = find_dates(labelled_date, us, year_hint) if labelled_date else []
    if not dates and sentence:
        dates = find_dates(sentence, us, year_hint)
    if not dates:
        for i in front:
            t = texts[i]
            if i >= first and heads:
                break
            if re.search(r"\b(?:previous|last|minutes|published|issued|despatch|dispatch|printed|circulated)\b", t, re.I) \
                    or NEXT_MEETING.search(t):
                continue
            dates = find_dates(t, us, year_hint)
            if dates:
                date_line = i
                break
    date = dates[0].value if dates else None
    start = None
    t_field = _field(block, r"(?:Meeting\s+|Start\s+)?Time")
    if t_field:
        start = first_time(t_field)
    if not start and labelled_date:
        start = first_time(labelled_date)
    if not start and sentence:
        after = sentence[dates[0].end:] if dates and find_dates(sentence, us, year_hint) else sentence
        times = find_times(after) or find_times(sentence)
        start = times[0][0] if times else None
    if not start and date_line is not None and not find_times(texts[date_line]):
        # a web page's title repeats the meeting's date ("… Agenda — March 14, 2024"); the meeting's own line with
        # its date and time follows under the body's name ("Thursday, March 14, 2024, 7:00 p.m.")
        for i in front[front.index(date_line) + 1:front.index(date_line) + 6] if date_line in front else []:
            if heads and i >= first:
                break
            d2 = find_dates(texts[i], us, year_hint)
            if d2 and d2[0].value == date and find_times(texts[i][d2[0].end:]):
                date_line = i
                break
    if not start and date_line is not None:
        for t in [texts[date_line]] + [x for x in texts[date_line + 1:date_line + 4] if x][:2]:
            times = find_times(t)
            if times:
                start = times[0][0]
                break
    venue = None
    m = re.search(r"\b(?:held|take\s+place|meet)\s+(?:at|in)\s+(.+?),?\s+on\s+(?:\w+day\b|\d)", sentence, re.I)
    if m and not re.fullmatch(r"[\d.:]+\s*(?:[ap]\.?m\.?|hrs)?", m.group(1).strip(" ,"), re.I):
        venue = re.sub(r"^the\s+", "", m.group(1).strip(" ,"))
    elif sentence and find_dates(sentence, us, year_hint):
        # "… will be held on Tuesday, 5 March 2024 at 7.00 pm in Committee Room 1, Town Hall."
        after = sentence[find_dates(sentence, us, year_hint)[0].end:]
        after = re.sub(r"^\s*,?\s*(?:(?:at|commencing\s+at|from|starting\s+at)\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs|noon)?", "", after, flags=re.I)
        m = re.match(r"\s*,?\s*(?:in|at)\s+(?:the\s+)?(.{4,120}?)(?=\.(?:\s|$)|\s+at\s+\d|\s+(?:to|for)\s+(?:consider|transact|the\s+purpose)|$)", after, re.I)
        if m and not find_times(m.group(1)):
            venue = m.group(1).strip(" ,")
    if not venue:
        venue = _field(block, r"(?:Meeting\s+)?(?:Venue|Place|Location(?:\s*/\s*Address)?|Where)")
        if venue:
            # "Venue: Committee Room 1, County Offices, Newland Street," / "Tennerford TN1 2AB"
            rows = block.split("\n")
            at = next((k for k, r in enumerate(rows) if r.rstrip().endswith(venue)), None)
            nxt = rows[at + 1].strip() if at is not None and at + 1 < len(rows) else ""
            if nxt and ":" not in nxt and len(nxt) < 60 and not find_dates(nxt) and not find_times(nxt) and \
                    (venue.endswith(",") or re.search(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$", nxt)):
                venue = f"{venue.rstrip(',')}, {nxt}" if venue.endswith(",") else f"{venue}, {nxt}"
    anchor = held_at if held_at is not None else date_line
    if not venue and anchor is not None:
        # "MEETING TO BE HELD ON TUESDAY, 12th NOVEMBER 2019 @ 7.30pm" / "MILBURN VILLAGE HALL"
        for t in [x for x in texts[anchor + 1:anchor + 6] if x][:3]:
            if not find_dates(t) and not AGENDA_HEAD.search(t) and len(t) < 100 and \
                    re.search(r"\b(?:hall|room|centre|center|chamber|house|office|library|school|church|online|zoom|teams|pavilion|building|club|hotel|station|offices)\b", t, re.I):
                venue = re.sub(r"^(?:at|in)\s+", "", t.split("  ")[0]).strip()
                break
    if venue and venue.endswith(")"):
        # "Common room, 2 Tanner's Yard (and on Zoom – link from the secretary)": the aside is not the place
        venue = re.sub(r"\s*\((?:and|or|also)\b[^()]*\)$", "", venue, flags=re.I) or venue
    if venue and is_upper(venue) and len(venue) > 4:
        venue = title_case(venue)
    rec.meeting = MeetingInfo(date=date, start=start, venue=venue)

    # the body
    head = []
    for i in front[:14]:
        if i >= first and heads or held_at is not None and i > held_at:
            break       # the signature under "… will be held …" is not the body's name
        if not re.search(r"\S\s*(?:>|»|›)\s*\S.*(?:>|»|›)", texts[i]):    # "Home > Meetings > Cabinet": breadcrumbs
            head.append(texts[i])
    rec.body = find_body(head, "\n".join(texts), sentence=sentence)

    # membership
    # (a "MEETING INFORMATION" heading over labelled fields is no summons: a members list may follow it)
    rec.members = _members(lines, first if held_at is None or re.search(r"(?i)\bmeeting\s+(?:information|details)\b",
                                                                         texts[held_at]) else min(first, held_at))
    if not rec.members:
        rec.members = _offices(lines, first)
    # "(Chair)" printed after a name before a role that mentions a chair ("Chair of Overview and Scrutiny")
    chair = max((p for p in rec.members if p[1] and not p[2]), key=lambda p: p[1], default=None)
    vice = next((p for p in rec.members if p[2]), None)
    rec.chair = chair[0].name if chair else None
    if not rec.chair:
        # "Chair:   Detective Chief Superintendent Ruth Okoro" among the meeting's details
        named = _field(block, r"Chair(?:man|woman|person)?")
        if named and looks_like_name(re.split(r"\s*[,(]", named)[0]):
            rec.chair = clean_name(re.split(r"\s*[,(]", named)[0])
    rec.vice_chair = vice[0].name if vice else None
    if not rec.chair and not rec.vice_chair:
        # "Yvonne Castellano, President; Bernard Whitfield, Vice President": a board's officers after the names
        for p in rec.members:
            role = (p[0].role or "").strip().lower()
            if role == "president" and not rec.chair:
                rec.chair = p[0].name
            elif re.fullmatch(r"vice[\s-]+president", role) and not rec.vice_chair:
                rec.vice_chair = p[0].name
    rec.members = [p[0] for p in rec.members]

    # items
    items: list[AgendaItem] = []
    # a "Page Nos." column over the items: "2. Minutes      1 - 10"
    page_column = any(PAGE_HEADER.fullmatch(t) or ln.cells and PAGE_HEADER.fullmatch(ln.cells[-1])
                      for ln, t in zip(lines, texts) if t)
    detached = _detached(texts, heads)
    if detached:
        run_start, span_end, numbered = detached
        heads = [h for h in heads if h.index < run_start or h.index >= span_end]
    for k, h in enumerate(heads):
        end = heads[k + 1].index if k + 1 < len(heads) else len(lines)
        if detached and h.index < run_start:
            end = min(end, run_start)
        if detached and numbered and h.index >= span_end:
            items.extend(AgendaItem(number=n, title=t) for n, t in numbered)
            numbered = []
        head_rest, head_pages = _pages(h.rest)
        if not head_pages:
            head_rest, head_pages = _page_cell(head_rest, lines[h.index], page_column)
        if not h.rest.strip():
            # the number alone on its line: the title line under it may carry the pages
            j = next((j for j in range(h.index + 1, end) if texts[j]), None)
            if j is not None:
                bare, pages = _pages(texts[j])
                if not pages:
                    bare, pages = _page_cell(texts[j], lines[j], page_column)
                if pages and bare:
                    lines[j].text = texts[j] = bare
                    head_pages = pages
        # the title runs on over consecutive lines only ("… 2023      (Pages 1 - 6)" / "" / "SECTION 2" is not title)
        stop = next((j for j in range(h.index + 1, end) if texts[j]), end) if not head_rest.strip() else h.index
        stop = next((j for j in range(stop + 1, end) if not texts[j]), end)
        title, rest, last = split_title(head_rest, lines[:stop], h.index, narrative=False)
        capitals_first = is_upper(title) and re.match(r"\s*[-\u2013\u2014]\s", head_rest[len(title):]) and not is_upper(rest)
        if rest and not title.endswith(rest) and len(title) + len(rest) < 160 and not re.search(r"[.!?]", rest[:-1]) \
                and not capitals_first:      # "MEETING MINUTES - Staff recommends …": the capitals are the title
            # the title as printed ("Block Contract: Contract Award"), on the number's line or the next
            whole = head_rest.strip() or _pages(texts[last])[0]
            title = whole if whole.startswith(title) else f"{title} {rest}".strip()
        if not head_pages and last + 1 < end and texts[last + 1]:
            # "3  MINUTES OF THE MEETING HELD ON 16 JANUARY" / "2024 (Pages 5 - 10)": a title wrapped with its page
            # range at the end of the second line
            bare, pg = _pages(texts[last + 1])
            if pg and bare and len(bare) <= 80 and not re.search(r"[.!?;]$", bare) and len(bare.split()) <= 10 \
                    and not PRESENTER.search(bare) and (not re.search(r"[a-z]", bare) or not is_upper(title)):
                title, head_pages, last = f"{title.rstrip()} {bare}", pg, last + 1
        # a long title wrapped at the margin runs on to the next line
        tail_line = title
        # (a title that ends in its "(Pages 13 - 80)" is whole; one with the pages in a column of their own may not be)
        complete = bool(head_pages) and not lines[last].cells
        while len(tail_line) >= 60 and not re.search(r"[.:?)]$", title) and not is_upper(title) and not complete:
            j = last + 1      # the next line, not across a blank line
            if j >= end or not texts[j] or HEAD_RX.match(texts[j]) or LETTER_RX.match(texts[j]) or len(texts[j]) > 120 \
                    or EXPLAINS.match(texts[j]):
                break
            title, last, tail_line = f"{title} {texts[j]}", j, texts[j]
        title, pages = _pages(title)
        pages = pages or head_pages
        led = re.search(r"\s*\(((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\)$", title)
        if led and looks_like_name(led.group(1)) and not leads.get(h.index) and len(title) > len(led.group(0)) + 3:
            # "Minutes and action points (Nigel Shadbolt)": who takes the item, in brackets after its title
            leads[h.index], title = led.group(1), title[:led.start()].rstrip(" :-–")
        item = AgendaItem(number=h.number.rstrip("."), title=title, pages=pages, presenter=leads.get(h.index),
                          exempt=bool(re.search(r"\b(?:part\s*(?:2|ii|two)\b|exempt\b|confidential\b|not\s+for\s+publication)", title, re.I)))
        items.append(item)
        note(item, "item", lines[h.index:last + 1], h.rule, f"{item.number} {item.title}".strip())
        taken: set[int] = set()
        for j in range(last + 1, end):
            t = texts[j]
            if not t or j in taken:
                continue
            if not item.pages and PAGES.fullmatch(t.strip()):
                item.pages = _pages(t)[1]          # "(Pages 11 - 32)" on a line of its own
                continue
            if not item.pages and page_column and PAGE_RANGE.fullmatch(t):
                item.pages = _page_cell(t, L(t, cells=[t]), True)[1]      # "1 - 10" under a "Page Nos." column
                continue
            um = re.match(r"^([A-H])[.)]\s+([A-Z\"'(].*)$", t) if t[:1] in "ABCDEFGH" else None
            if um and ord(um.group(1)) - 65 == sum(1 for x in items[-8:] if x.number[:-1] == item.number and x.number[-1].islower()):
                # "VI. CONSENT AGENDA" / "A. Approval of Minutes" / "B. …": capital letters in sequence under an item
                sub_title, sub_pages = _pages(um.group(2))
                items.append(AgendaItem(number=f"{item.number}{um.group(1).lower()}", title=sub_title, pages=sub_pages))
                continue
            lm = LETTER_RX.match(t)
            if lm and len(lm.group(1)) == 1 and (re.match(r"[A-Z]", lm.group(2))
                                                 or re.match(r"\(?[a-h][.)]\s+\d", t)):     # "a) 24/00123/FUL – 12 High Street"
                sub_title, sub_pages = _pages(lm.group(2))
                k = j
                while not sub_pages and k + 1 < end and _hangs(lines[j], lines[k + 1], texts[k + 1]) \
                        and not re.search(r"[.;:]$", sub_title) and len(sub_title) < 200:
                    # "b. Special meeting of April 30, 2024 (community conversation on youth" / "   safety)": a
                    # sub-item's title wrapped under its own text, indented past the letter
                    k += 1
                    taken.add(k)
                    sub_title, sub_pages = _pages(f"{sub_title} {texts[k]}")
                items.append(AgendaItem(number=f"{item.number}{lm.group(1)}", title=sub_title, pages=sub_pages))
                note(items[-1], "item", [lines[x] for x in range(j, k + 1)], "lettered-sub-item", sub_title)
                continue
            if not item.presenter:
                pm = PRESENTER.search(t)
                if pm:
                    who = pm.group(1).strip()
                    who = re.sub(r"\s+(?:from|of)\s.*$", "", who)
                    item.presenter = clean_name(who) if looks_like_name(who) else who
    if detached and numbered:
        items.extend(AgendaItem(number=n, title=t) for n, t in numbered)
    rec.agenda = items

    # deadline for questions, contact, publication, next meeting
    full = "\n".join(t for t in texts if t)
    rec.question_deadline = _deadline(full, us, date)
    rec.contact = _contact(full)
    rec.published = _published(lines, first, date, us, year_hint)
    if not rec.published and signed is not None:
        d = find_dates(texts[signed], us, year_hint)
        rec.published = d[0].value if d and (not date or d[0].value <= date) else None
    rec.next_meeting_date = next_meeting(lines, us, year_hint, after=date)
    return rec


# the text under an item's title that says what the item is, not more of the title
EXPLAINS = re.compile(
    r"(?:(?:Joint\s+|Covering\s+)?Report\s+(?:of|by|from)|To\s+(?:receive|consider|note|approve|agree|confirm|elect|appoint|"
    r"review|discuss|scrutinise|comment)|Members\s+(?:are|will)|The\s+(?:Committee|Board|Panel|Cabinet|Council|Group|"
    r"Partnership|Sub-Committee)\s+(?:is|are|will)|This\s+(?:report|item)|Purpose\b|Lead\s+(?:officer|member)|Contact\b|"
    r"(?:Presented|Introduced)\s+by|Wards?\s+affected|Decision\s+maker|Key\s+decision|Verbal\s+(?:update|report))\b", re.I)
PAGE_HEADER = re.compile(r"(?i)pages?(?:\s+(?:nos?\.?|numbers?))?|page\s+nos?\.?")
PAGE_RANGE = re.compile(r"(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?")


def _page_cell(text: str, line: L, column: bool) -> tuple[str, Optional[str]]:
    """A page range printed in a column of its own at the end of the line: "Minutes      1 - 10" (a range, or any
    number under a "Page Nos." column)."""
    cell = line.cells[-1] if line.cells and len(line.cells) >= 2 else None
    if column and (cell is None or not PAGE_RANGE.fullmatch(cell)):
        # the column's gap lost ("Minutes 1 - 10", a long title run up to the column): a range at the end, not a
        # span of years
        end = re.search(r"\s(\d{1,3}\s*[-–]\s*\d{1,4})$|(?<=[^\d\s–-])\s+(\d{1,3})$", text)
        cell = (end.group(1) or end.group(2)) if end else None
    m = PAGE_RANGE.fullmatch(cell) if cell else None
    if not m or not text.rstrip().endswith(cell):
        return text, None
    a, b = int(m.group(1)), int(m.group(2)) if m.group(2) else None
    if not (column or b and b > a):
        return text, None
    return text.rstrip()[:-len(cell)].rstrip(" -–"), f"{a}-{b}" if b else str(a)


def _detached(texts: list[str], heads: list) -> Optional[tuple[int, int, list[tuple[str, str]]]]:
    """Item numbers in a column of their own that a scan's text recognition printed apart from their titles:
    "10." / "11." / "12." / "13." alone, then the titles as paragraphs ("To consider the following Notice of
    Motion …"), each followed by the quoted motion. The titles are numbered so that the last takes the last
    number, where that continues the items before (or the numbers and titles are as many)."""
    bare = [i for i, t in enumerate(texts) if re.fullmatch(r"\d{1,3}\.?", t)]
    for a in bare:
        run = [a]
        for b in bare:
            if b > run[-1] and all(not texts[x] for x in range(run[-1] + 1, b)) and \
                    int(texts[b].rstrip(".")) == int(texts[run[-1]].rstrip(".")) + 1:
                run.append(b)
        if len(run) < 2:
            continue
        first_n, last_n = int(texts[run[0]].rstrip(".")), int(texts[run[-1]].rstrip("."))
        # the paragraphs after the run, up to the next numbered item
        nxt = next((h.index for h in heads if h.index > run[-1] and h.rest), len(texts))
        titles, para, span_end = [], [], nxt
        for i in range(run[-1] + 1, nxt + 1):
            t = texts[i] if i < nxt else ""
            if t:
                para.append(t)
                continue
            if para:
                first = para[0]
                if re.match(r"[A-Z]", first) and not re.match(r"[\"“'|]|I\s+(?:will|am|wish)\b", first):
                    titles.append(re.sub(r"\s*:$", "", " ".join(para)).strip())
                para = []
        before = [h for h in heads if h.index < run[0]]
        previous = int(re.match(r"\d+", before[-1].number).group()) if before and re.match(r"\d+", before[-1].number) else None
        if len(titles) >= len(run) and previous is not None and last_n - len(titles) == previous:
            start = previous + 1
        elif len(titles) == len(run):
            start = first_n
        else:
            continue
        return run[0], span_end, [(str(start + k), t) for k, t in enumerate(titles)]
    return None


def _join_split_pages(lines: list[L]) -> None:
    """"… STATEMENT (Pages 59" / "- 62)": a page range wrapped over two lines is one."""
    for k, ln in enumerate(lines):
        if not re.search(r"\(\s*Pages?(?:\s+\d{1,4}(?:\s*(?:-|–|to))?)?\s*$", ln.text, re.I):
            continue
        nxt = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].text), None)
        if nxt is not None and re.fullmatch(r"(?:(?:-|–|to)\s*)?\d{1,4}(?:\s*(?:-|–|to)\s*\d{1,4})?\s*\)", lines[nxt].text, re.I):
            ln.text = f"{ln.text} {lines[nxt].text}"
            lines[nxt].text = ""
            ln.cells = None


# "(To follow)", "(Verbal)", "(Report to follow)", "(Tabled)" after a title: the state of its papers, not title
PAPER_STATE = re.compile(r"\s*\((?:(?:report|paper|papers|presentation)\s+)?(?:to\s+follow|to\s+be\s+tabled|tabled|"
                         r"verbal(?:\s+(?:report|update))?|to\s+be\s+circulated)\)\s*$", re.I)


def _pages(title: str) -> tuple[str, Optional[str]]:
    title = PAPER_STATE.sub("", title)
    m = PAGES.search(title)
    if not m:
        return title.strip(), None
    pages = m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")
    return (title[:m.start()] + title[m.end():]).strip(" -–"), pages


PARTY = re.compile(r"^(?:[A-Z][\w &-]{2,40}\(\d+\)|Conservatives?|Labour|Liberal\s+Democrats?|Greens?|Independents?|Plaid\s+Cymru|SNP|UKIP|Reform(?:\s+UK)?)\s*(?:\(\d+\))?\s*:\s*")
FIELD_LINE = re.compile(r"^[A-Z][\w /&-]{1,30}\s*:\s*\S")
# "Councillors: A (Chair), B …", "Co-opted Member: Dr X (Healthwatch …)": a label over members
MEMBER_LABEL = re.compile(
    r"^(?:(?:Co-?opted|Independent|Lay|Voting|Non-?voting|Ex[- ]officio|Statutory|Elected|Appointed|Added|Church|"
    r"Parent\s+Governor|Partner|Advisory)\s+(?:Members?|Representatives?|Persons?)|Councillors?|Cllrs?\.?|Members?|"
    r"Aldermen|Representatives?|(?:[A-Z][\w-]*\s+){1,3}(?:Members?|Representatives?))\s*(?:\(\d+\))?\s*:\s*(.*)$", re.I)
# a heading over a group of members, without a colon: "Non-Voting Co-opted Members", "Independent Members"
MEMBER_HEADING = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}(?:Members|Representatives|Councillors)|Co-?opted\s+Members?|"
                            r"(?:Substitute|Reserve)\s+Members?")
# "Committee: Ruth Adeyemi (Chair), Tomasz Wierzbicki (Secretary), …": the group's name as the label over its members
GROUP_LABEL = re.compile(r"^(?:(?:The\s+)?(?:Management\s+)?(?:Committee|Board|Trustees|Directors|Governors))\s*:\s*(\S.*)$", re.I)
# "Chair:   Councillor Paul Osgood"
CHAIR_LABEL = re.compile(r"^((?:Vice[\s-]?|Deputy\s+)?Chair(?:man|woman|person)?)\s*:\s*(\S.*)$", re.I)
# "Substitutes: Councillors X, Y": not members
SUBSTITUTE_LABEL = re.compile(r"^(?:Named\s+)?(?:Substitutes?|Substitute\s+Members?|Reserves?|Reserve\s+Members?|Deputies)\s*(?:\(\d+\))?\s*:", re.I)


def _members(lines: list[L], end: int) -> list:
    """(person, chair, vice) of the membership list above the meeting's items; chair is 2 for "(Chair)", 1 for a role
    that names a chair."""
    header = None
    for i, ln in enumerate(lines[:end]):
        t = ln.text
        if t and (len(t) < 60 or re.match(r"^(?:members(?:hip)?|councillors)\s*(?:\(\d+\))?\s*:|^to\s*:?\s*(?:councillors?|cllrs?)\b", t, re.I)) and re.search(r"^(?:to\s*:?\s*)?(?:the\s+)?members(?:hip)?\b|^membership\b|^councillors?\s*:|^members\s+of\s+the\b|^to\s*:"
                             r"|^(?:(?:district|city|town|village|county|parish)\s+)?(?:council|board|commission|committee)\s+members\s*:?$", t, re.I) \
                or t and "," in t and GROUP_LABEL.match(t):

            header = i
            break
    texts: list[str] = []
    if header is not None:
        head_line = lines[header]
        m = re.search(r"(?:members(?:hip)?(?:\s*\(\d+\))?|councillors?)\s*:\s*(\S.*)$", head_line.text, re.I) \
            or GROUP_LABEL.match(head_line.text)
        if m:
            cells = head_line.cells[1:] if head_line.cells and len(head_line.cells) >= 3 else None
            texts.append(f"{cells[0]} ({', '.join(cells[1:])})" if cells else m.group(1))
        else:
            # "To: Councillors Alan Smith (Chair), Beth Jones (Vice-Chair), …"
            m = re.match(r"^To\s*:?\s*((?:Councillors?|Cllrs?\.?)\s+(?!of\b)[A-Z].*)$", head_line.text)
            if m:
                texts.append(m.group(1))
        blank = 0
        appended = False
        skipping = False
        for k in range(header + 1, end):
            ln = lines[k]
            t = ln.text
            if not t:
                blank += 1
                skipping = False
                continue
            cells = ln.cells
            if cells and len(cells) >= 2 and re.fullmatch(r"(?i)(?:item\s+)?no\.?|item|#|ref\.?|time", cells[0]) and \
                    any(re.fullmatch(r"(?i)items?|title|subject|business|agenda\s+item|description", c) for c in cells[1:]):
                break       # the header of the items table: "No. | Time | Item | Lead | Paper"
            if cells and len(cells) >= 2:
                # the right-hand column of a letter-style front sheet ("DATE: 27 June 2017", "Ask for: …")
                kept = [c for c in cells if not _furniture(c)]
                if len(kept) < len(cells):
                    if not kept:
                        continue
                    t = " ".join(kept)
                    cells = kept if len(kept) >= 2 else None
            following = next((x.text for x in lines[k + 1:min(end, k + 4)] if x.text), "")
            if "(" not in t and "," not in t and not TITLE_RX.match(t) and _prose(following) and \
                    (not looks_like_name(t) or NOTICE_WORDS.search(t)):
                # "Webcasting Notice" over its paragraph: the membership has ended
                if texts:
                    break
                continue
            t = PARTY.sub("", t)
            heading = MEMBER_HEADING.fullmatch(t.rstrip(" :"))
            if SUBSTITUTE_LABEL.match(t) or heading and re.match(r"(?i)(?:named\s+)?(?:substitute|reserve)", t):
                skipping = True
                continue
            if heading:
                skipping, blank = False, 0      # "Non-Voting Co-opted Members" over the names
                continue
            label = MEMBER_LABEL.match(t)
            chair_label = CHAIR_LABEL.match(t)
            if label:
                skipping = False
                t = label.group(1).strip()
                if not t:
                    continue
            elif chair_label and looks_like_name(chair_label.group(2).split("  ")[0].split(",")[0]):
                skipping = False
                t = f"{chair_label.group(2)} ({chair_label.group(1)})"
            elif skipping:
                continue
            if cells and len(cells) >= 2 and all(TITLE_RX.match(c) for c in cells) and t == " ".join(cells):
                texts.extend(cells)       # members printed in two columns: "Councillor A (Chairman)   Councillor B"
                blank, appended = 0, False
                continue
            if AGENDA_HEAD.search(t) or HELD.search(t) or re.match(r"^(?:Dear|A\s+Chara|Quorum|Contact|Enquiries)\b", t) or (FIELD_LINE.match(t) and not PARTY.match(ln.text)) \
                    or find_dates(t) or re.search(r"\b(?:tel|telephone|e-?mail|phone|contact|ask\s+for)\b", t, re.I):
                if texts:
                    break
                continue
            if is_upper(t) and "(" not in t and "," not in t:
                continue
            if cells and len(cells) >= 2 and not (label or chair_label) and parse_people(cells[0]):
                t = f"{cells[0]} ({', '.join(cells[1:])})"     # name and role in two columns
            people = parse_people(t) if len(t) < 300 else []
            if not people:
                if texts and len(t) < 80 and (ORG_WORDS.search(t) or ROLE_WORDS.search(t)) and not re.search(r"[.:]", t) \
                        and not appended:
                    texts[-1] = f"{texts[-1]} ({t})"      # the member's authority on the line below
                    blank, appended = 0, True
                    continue
                if texts and blank:
                    break
                continue
            texts.append(t)
            blank, appended = 0, False
    else:
        run: list[str] = []
        for ln in lines[:end]:
            t = ln.text
            if t and "(" in t and parse_people(t) and not re.search(r"\b(?:tel|e-?mail|phone|contact)\b", t, re.I):
                run.append(t)
            elif t and run:
                if len(run) >= 3:
                    break
                run = []
        texts = run if len(run) >= 3 else []
    out = []
    joined = ""
    for t in texts:
        # a run wrapped after a comma, "and" or a title ("…, Councillor" / "Jacqui Dyer, …"), or a role wrapped
        # after a preposition ("… Cabinet Member for" / "Finance")
        wrapped = re.search(r"(?:,|\band|&|\b(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Revd?)"
                            r"|\s[-–]|(?-i:\b(?:for|of|to|the|with|in|on|at)))\s*$", joined)
        # or a first name at the line's end with the surname on the next ("… and Fergus" / "Adeyemi (ICB)")
        wrapped = wrapped or (joined and _first_name_wrapped(joined.split("\n")[-1], t))
        joined = f"{joined} {t}" if joined and wrapped else (f"{joined}\n{t}" if joined else t)
    # "Mr R C Love, OBE and Mrs C Marsh": honours after a name are not a member
    joined = _one_a_line(re.sub(r",?\s+\b(?:OBE|MBE|CBE|QPM|KPM|QFSM|KC|QC|JP|DL|BEM|FRSA|FRCP|FRCS|FCA|PhD)\b\.?(?=\s*(?:,|\band\b|&|\(|$))", "", joined,
                                flags=re.M))
    for p in parse_people(joined) if joined else []:
        out.append((PersonRef(name=p.name, role=p.role, organisation=p.organisation),
                    2 if p.chair >= 2 else int(bool(p.chair and not p.vice_chair)), p.vice_chair))
    return out


# "Mayor Denise Okafor" / "Mayor Pro Tem Gareth Lindqvist" / "Council Member Rosalind Achebe": the office before the name
OFFICE_NAME = re.compile(r"^(Mayor(?:\s+Pro[\s-]+Tem(?:pore)?)?|Vice[\s-]+Mayor|Deputy\s+Mayor|Council\s*(?:Member|member|woman|man)|"
                         r"Alder(?:man|woman|person)|Commissioner|Supervisor|Trustee|Selectman|Selectwoman|"
                         r"(?:Board|Commission)\s+Member|President(?:\s+Pro\s+Tem)?|Vice[\s-]+(?:President|Chair))\s+"
                         r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*$")


NAME_OFFICE = re.compile(r"^([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}),\s*((?:Vice[-\s])?Chair(?:man|woman|person)?|Commissioner|"
                         r"Council\s*member|Council\s+Member|Board\s+Member|Trustee|Director|Mayor(?:\s+Pro\s+Tem(?:pore)?)?|"
                         r"Vice\s+Mayor|(?:Vice\s+)?President|Secretary|Treasurer)$")


def _offices(lines: list[L], end: int) -> list:
    """Members listed one a line with their office before the name, as US agendas print them above the items:
    a run of three or more; the Mayor (or President) chairs, the Mayor Pro Tem (or Vice Mayor) is vice-chair."""
    run: list[tuple[str, str]] = []
    best: list[tuple[str, str]] = []
    for ln in lines[:end]:
        t = ln.text.strip() if ln.text else ""
        if not t:
            continue
        m = OFFICE_NAME.match(t) if t[:1] in "MVDCASTBP" else None
        if m and looks_like_name(m.group(2)):
            run.append((m.group(1), m.group(2)))
            continue
        m = NAME_OFFICE.match(t)
        if m and looks_like_name(m.group(1)):
            run.append((m.group(2), m.group(1)))      # "Rick Ramirez, Chair": the office after the name
            continue
        if len(run) > len(best):
            best = run
        run = []
    best = run if len(run) > len(best) else best
    if len(best) < 3:
        return []
    out = []
    for office, name in best:
        o = re.sub(r"\s+", " ", office).lower()
        chair = 2 if o in ("mayor", "president", "chair", "chairman", "chairwoman", "chairperson") else 0
        vice = bool(re.match(r"mayor pro|vice|deputy|president pro", o))
        out.append((PersonRef(name=clean_name(name), role=re.sub(r"\s+", " ", office), organisation=None), chair, vice))
    return out


def _furniture(cell: str) -> bool:
    """A cell of the letter heading beside the members: contact details, a date, a reference."""
    if MEMBER_LABEL.match(cell) or CHAIR_LABEL.match(cell):
        return False
    return bool(FIELD_LINE.match(cell) or find_dates(cell) or re.search(
        r"\b(?:tel|telephone|e-?mail|phone|fax|direct\s+line|ask\s+for|dx|democratic\s+services|minicom)\b|@|www\.",
        cell, re.I))


NOTICE_WORDS = re.compile(r"\b(?:notices?|information|webcast\w*|filming|recording|notes?|access|guidance|procedure|"
                          r"evacuation|quorum|public|meetings?|agenda|welcome|introduction|privacy|declarations?|"
                          r"interests?|questions?|deputations?|petitions?)\b", re.I)


def _prose(text: str) -> bool:
    """A sentence of running text, not a member's line."""
    return len(text) > 70 and len(re.findall(r"\b[a-z]{2,}\b", text)) >= 6 or \
        bool(re.search(r"\b[a-z]{3,}\b.*[.:]$", text) and len(re.findall(r"\b[a-z]{2,}\b", text)) >= 4)


def _commas(text: str) -> list[str]:
    """text split at the commas outside parentheses."""
    out, depth, cur = [], 0, ""
    for ch in text:
        depth += (ch == "(") - (ch == ")" and depth > 0)
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    out.append(cur.strip())
    return [c for c in out if c]


def _bare(chunk: str) -> str:
    return re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", " ", chunk).strip()


def _one_a_line(joined: str) -> str:
    """"Name (Chair), role, organisation" one member a line: what follows the name is the member's role and
    organisation, never more names ("Hugo Lindqvist, Healthwatch Ravensbury")."""
    entries = [re.sub(r",\s*(?=\()", " ", e) for e in joined.split("\n")]     # "Chris Hafford, (Chairman)"
    split = [_commas(e) for e in entries]
    def titled(chunk: str) -> bool:
        return bool(TITLE_RX.match(chunk)) and looks_like_name(_bare(chunk))      # "Councillor Ann Lee": a person
    def described(chunks: list[str]) -> bool:
        return len(chunks) >= 2 and looks_like_name(_bare(chunks[0])) and not looks_like_name(_bare(chunks[1])) and \
            not any(titled(c) for c in chunks[1:])
    if sum(described(c) for c in split) < 2:
        return "\n".join(entries)
    out = []
    for entry, chunks in zip(entries, split):
        if len(chunks) >= 2 and looks_like_name(_bare(chunks[0])) and not any(titled(c) for c in chunks[1:]) and \
                (described(chunks) or len(chunks) == 2 and not re.search(r"\s(?:and|&)\s", entry)):
            entry = f"{chunks[0]} ({', '.join(chunks[1:])})"
        out.append(entry)
    return "\n".join(out)


def _hangs(head: L, line: L, text: str) -> bool:
    """Whether a line runs on a lettered sub-item's title: indented past the letter ("a. …" / "   …"), not itself
    numbered or lettered."""
    if not text or HEAD_RX.match(text) or LETTER_RX.match(text) or len(text) > 120:
        return False
    return head.indent is not None and line.indent is not None and line.indent >= head.indent + 2


def _deadline(text: str, us: bool, meeting: Optional[str]) -> Optional[str]:
    flat = re.sub(r"\s+", " ", text)
    for m in re.finditer(r"\bquestions?\b|\bdeadline\b(?=.{0,40}\bquestions?\b)|\b(?:written|public)\s+comments?\b", flat, re.I):
        window = flat[m.start():m.start() + 260]
        # "… received by 5.00pm on 30th June 2017", "Deadline for questions: 12 noon, Wednesday, 28 February 2024"
        w = re.search(r"\b(?:by|before|no\s+later\s+than|deadline|close[sd]?\s+at)\b(.{0,80})"
                      r"|^deadline\b[^:.]{0,40}?(?::|\bis\b)(.{0,80})", window, re.I)
        if not w:
            continue
        tail = re.sub(r"\bmidnight\b", "23:59", w.group(1) or w.group(2), flags=re.I)
        dates = find_dates(tail, us, int(meeting[:4]) if meeting else None)
        times = find_times(tail)
        if dates and times:
            day = dates[0].value
            # "no later than 5:45 p.m. or online by 12:00 p.m. on Monday, May 20": the time printed with the date
            before = [x for x in times if x[2] <= dates[0].start and not re.search(r"\bor\b", tail[x[2]:dates[0].start])]
            if before and before[-1] is not times[0]:
                times = [before[-1]]
            if meeting and day > meeting and not find_dates(tail, us):
                day = f"{int(day[:4]) - 1}{day[4:]}"     # "by 5pm on Friday 29 December" for a January meeting
            return f"{day}T{times[0][0]}"
    return None


def _contact(text: str) -> Optional[Contact]:
    name = None
    m = re.search(r"(?i:Contact(?:\s+(?:for\s+this\s+agenda|officer|person|details|name))?|Clerk(?:\s+to\s+the\s+\w+)?|Enquiries(?:\s+to)?|Ask\s+for|Democratic\s+Services\s+Officer)\s*:\s*([A-Z][\w.'’\- ]{2,60}?)(?=\s{2,}|\s*[,;|\n]|\s+Tel|\s+Phone|\s+E-?mail|$)", text, re.M)
    if m:
        name = clean_name(m.group(1))
    phone = None
    pm = re.search(r"(?:Tel(?:ephone)?|Phone|Direct\s+line|T)\.?\s*(?:no\.?)?\s*:?\s*(\+?\(?\d[\d ()\-]{6,}\d)", text, re.I)
    if pm:
        phone = re.sub(r"\s+", " ", pm.group(1)).strip()
    em = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
    email = em.group(0) if em else None
    if not (name or phone or email):
        return None
    return Contact(name=name, phone=phone, email=email)


def _signed(texts: list[str]) -> Optional[int]:
    """The "Date:" line under the signature of a summons ("Signed: J Smith, Clerk")."""
    for i, t in enumerate(texts):
        if re.match(r"(?i)dated?\s*:", t):
            above = [x for x in texts[max(0, i - 3):i] if x][-2:]
            if any(re.match(r"(?i)(?:signed|signature|clerk|proper\s+officer)\b", x) for x in above):
                return i
    return None


def _published(lines: list[L], first: int, meeting: Optional[str], us: bool, hint: Optional[int]) -> Optional[str]:
    # a posting certificate: "… the foregoing agenda was posted on the City Hall bulletin board … Dated this 9th day
    # of November 2022."
    joined = " ".join(ln.text for ln in lines if ln.text)
    posted = re.search(r"\b(?:was|were)\s+posted\b[^.]{0,240}\.\s*(?:Dated|Posted)\s+(?:this\s+)?(.{4,40})", joined, re.I)
    if posted and find_dates(posted.group(1), us):
        return find_dates(posted.group(1), us)[0].value
    for ln in lines:
        # "Date of publication: …", "Despatched: …", "This agenda was published on …" (not "guidance issued …" in an item)
        m = None
        for t in [ln.text] + (ln.cells or [])[1:]:
            m = m or re.search(r"(?:^\W*(?:agenda\s+|date\s+)?|\b(?:this|the)\s+(?:agenda|notice|summons|papers?)\s+(?:was|were)\s+)"
                               r"(?:published|date\s+of\s+publication|issued|date\s+of\s+issue|despatched|dispatched|"
                               r"date\s+of\s+despatch|circulated|publication\s+date)\b\s*(?:on)?\s*:?\s*(.{4,40})", t, re.I)
        if m:
            d = find_dates(m.group(1), us)
            if d:
                return d[0].value
    # a date printed alone on the front sheet, or last, under the signature: in the weeks before the meeting
    soon = None
    if meeting:
        from datetime import date, timedelta
        soon = (date.fromisoformat(meeting) - timedelta(days=45)).isoformat()
    tail = [ln for ln in lines if ln.text][-12:]
    for ln in lines[:max(first + 40, 60)] + tail:
        for t in [ln.text] + (ln.cells or []):
            # "DATE: 27 June 2017" in the letter heading's column
            t = re.sub(r"^(?i:date[d]?)\s*:\s*", "", t).strip(" .")
            if not (t and len(t) < 40):
                continue
            d = find_dates(t, us)
            if d and d[0].start <= 12 and len(t) - d[0].end <= 2 and d[0].value != meeting:
                if meeting is None or soon <= d[0].value <= meeting:
                    return d[0].value
    return None
