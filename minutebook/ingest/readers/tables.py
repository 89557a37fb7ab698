"""Board minutes laid out as tables, whatever the file: the reader gives the table's cells, this module gives
the lines the parsers read.

A *grid* is a list of rows; a row is a list of cells; a cell is a list of ``(text, bold)`` lines (a cell's
paragraphs, or its lines split at ``<br>``). The header row names the columns (``markup._role``):

- an attendance table (a Name column: "Name | Initials | Role/Organisation", maybe with section rows
  "Members" / "In attendance" / "Apologies" spanning the table, or Present / Apologies columns with marks)
  becomes "Present:", "In attendance:", "Apologies:" blocks of "Name (XX) (Role)" entries; a name written
  "X (for Y)" / "X (deputising for Y)" is present as Y's substitute;
- an items table (a column of minute numbers: "No. | Item | Action", "Minute | Item | Action",
  "Item | Discussion | Action", "No. | Item | Action by | Date") becomes, per row, a heading line
  "<number> <title>" (the first line of the text cell) and the narrative lines, with the Action cell's initials
  on ``Line.action`` of the line they belong to (an "XX to …" sentence or a decision, else the last line) and
  a date column on ``Line.due``. A row without a number continues the item above (a row broken across pages);
  a header row repeated on a later page is dropped.

:func:`grid_lines` returns None for a table it does not recognise, and the reader reads it as before.
"""
from __future__ import annotations

import re
from typing import Optional

from minutebook.ingest.lines import Line

Cell = list[tuple[str, bool]]

ITEM_NUMBER = re.compile(r"^(?:(?:Minute|Item)\s+)?((?:[A-Z]{1,5}\s?/?\s?)?\d{1,4}(?:[./]\d{1,4}){0,3}[a-z]?)\.?$")
ITEM_LEAD = re.compile(r"^(?:(?:Minute|Item)\s+)?((?:[A-Z]{1,5}\s?/?\s?)?\d{1,4}(?:[./]\d{1,4}){0,3}[a-z]?)[.):]?\s+([A-Z(‘'\"].*)$")
SECTION = re.compile(
    r"^(?:(?:board\s+|core\s+|voting\s+)?members(?:\s+present)?|present|attendees|attending|"
    r"(?:also\s+)?in\s+attendance|also\s+present|officers(?:\s+in\s+attendance)?|guests?|observers?|advisers?|"
    r"minute[s-]?\s*taker|note[s-]?\s*taker|minutes|secretariat|"
    r"apologies(?:\s+(?:for\s+absence|received))?|absent|not\s+present)\s*:?$", re.I)
SUBSTITUTE = re.compile(r"\s*\((?:deputising\s+for|substitut(?:e|ing)\s+for|for|on\s+behalf\s+of|representing)\s+([^)]+)\)", re.I)
SUB_WORDS = re.compile(r"\s+(?:deputising\s+for|substituting\s+for|as\s+substitute\s+for|in\s+place\s+of)\s+(.+)$", re.I)
STATUS = re.compile(r"(?i)^(?:present|apologies|absent|in\s+attendance|attended|not\s+present|sent\s+apologies|"
                    r"present\s+as\s+substitute.*|substitute.*|remote|virtual|observer|guest)\b")
ROLE_SUB = re.compile(r"(?i)(?:^|[,;(]\s*|\s)(?:deputising\s+for|substituting\s+for|as\s+substitute\s+for|in\s+place\s+of|on\s+behalf\s+of)\s+([^),;]+)\)?")
DECISION = re.compile(r"^(?:Agreed|AGREED|Resolved|RESOLVED|Decision|DECISION|Decided|The\s+Board|It\s+was\s+(?:agreed|AGREED|resolved|RESOLVED))\b")
OWNED = re.compile(r"(?:^|[.;]\s+)(?:[A-Z][A-Za-z]?[A-Z](?:\s*(?:and|&|/|,)\s*[A-Z][A-Za-z]?[A-Z])*|All(?:\s+\w+)?)\s+(?:to|will)\b")
DATE_CELL = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s*\d{0,4}|[A-Z][a-z]+\s+\d{4}")


def _text(cell: Cell) -> str:
    return " ".join(t for t, _ in cell).strip()


def _clean(text: str) -> str:
    return " ".join(re.sub(r"[*_]{2}", "", text).split())


def header_roles(header: list[str]) -> Optional[list[str]]:
    """The column roles of a header row, or None where it is not a header."""
    from minutebook.ingest.readers.markup import _role, is_header

    if not is_header(header):
        return None
    roles = [_role(h) for h in header]
    if "action" in roles:
        roles = ["due" if r == "text" and re.match(r"(?i)^(?:(?:target|due|completion)\s+)?date$|^timescale$", h.strip())
                 else r for r, h in zip(roles, header)]
    return roles


INITIALS_TEXT = re.compile(r"^(?:[A-Z][A-Za-z]?[A-Z]{1,2}|[A-Z]{2,4})$")
PERSON = re.compile(r"^(?:[A-Z][\w'’.-]*\.?\s+){1,5}[A-Z][\w'’-]+(?:\s*\(.*\))?$")


def is_section_row(cells: list[str]) -> bool:
    """A row with one filled cell naming an attendance section: "Members", "In attendance", "Apologies"."""
    filled = [_clean(c) for c in cells if c.strip()]
    return len(filled) == 1 and bool(SECTION.match(filled[0]))


def _guess_roles(rows: list[list[Cell]]) -> Optional[list[str]]:
    """Column roles of a headerless attendance table: names first, a column of initials, the rest roles."""
    people = [r for r in rows if len([c for c in r if _text(c)]) >= 2]
    width = max((len(r) for r in people), default=0)
    if len(people) < 2 or width < 2:
        return None
    roles = []
    for k in range(width):
        cells = [_clean(_text(r[k])) for r in people if k < len(r) and _text(r[k])]
        if k == 0:
            if sum(bool(PERSON.match(c)) for c in cells) < 0.7 * len(people):
                return None
            roles.append("name")
        elif cells and all(INITIALS_TEXT.match(c) for c in cells):
            roles.append("initials")
        elif cells and sum(bool(STATUS.match(c)) for c in cells) >= 0.6 * len(cells):
            roles.append("attendance")
        else:
            roles.append("role")
    return roles


def _number_column(roles: list[str], rows: list[list[Cell]]) -> Optional[int]:
    """The column whose cells are minute numbers: the first Item/No./Minute column most of whose cells are."""
    for k, role in enumerate(roles):
        if role not in ("item", "text"):
            continue
        cells = [_clean(r[k][0][0]) for r in rows if k < len(r) and _text(r[k])]
        if cells and sum(bool(ITEM_NUMBER.match(c) or ITEM_LEAD.match(c)) for c in cells) >= max(1, 0.6 * len(cells)):
            return k
    return None


def is_repeat(row: list[Cell], header: list[str]) -> bool:
    """A header row printed again (a table continued on a later page)."""
    texts = [_clean(_text(c)).lower() for c in row]
    return [t for t in texts if t] == [h.strip().lower() for h in header if h.strip()]


def grid_lines(header: list[str], rows: list[list[Cell]], page: Optional[int] = None,
               wrapped: bool = False) -> Optional[list[Line]]:
    """Lines for a recognised table; ``wrapped``: a cell's lines are lines wrapped at the cell's edge (PDF), so
    they stay one paragraph, rather than paragraphs of their own."""
    roles = header_roles([_clean(h) for h in header])
    if roles is None and is_section_row(header):
        # an attendance table without a header row, opening on its first section ("Members")
        rows = [[[(h, True)] if h.strip() else [] for h in header]] + rows
        roles = _guess_roles(rows)
        if roles is None:
            return None
        header = [r.title() for r in roles]
    if roles is None:
        return None
    rows = [r for r in rows if not is_repeat(r, header)]
    if _labelled_names(header, roles, rows):
        # "Present | Initials | Organisation": the name column's header is the first section's label
        rows = [[[(_clean(header[0]).rstrip(":"), True)]] + [[] for _ in header[1:]]] + rows
        roles = ["name"] + roles[1:]
        header = ["Name"] + list(header[1:])
    if len(roles) >= 2 and all(r == "attendance" for r in roles):
        # "Present | Apologies": each column lists its own people
        from minutebook.ingest.readers.markup import table_lines

        return _paged(table_lines(header, [[" <br> ".join(t for t, _ in c) for c in r] for r in rows]), page)
    if "name" in roles:
        return _attendance(header, roles, rows, page)
    for j, role in enumerate(roles):
        cells = [_clean(_text(r[j])) for r in rows if j < len(r) and _text(r[j])]
        if role == "action" and cells and sum(len(c) for c in cells) / len(cells) > 40:
            roles[j] = "sentences"    # an "Action" column of sentences (an action log): the text, not the owners
    k = _number_column(roles, rows)
    if k is None and "sentences" in roles and all(r in ("sentences", "action", "due", "attendance") for r in roles):
        # an Action / Owner / Due table under a minute: its actions, one line each, where they stand
        return _action_log(header, roles, None, rows, page)
    if k is None:
        return None
    if "sentences" in roles and not any(r in ("text", "item") for j, r in enumerate(roles) if j != k):
        # an action log (No. / Action / Owner / Status) holds no minutes: one line per action, marked as a log row
        return _action_log(header, roles, k, rows, page)
    return _items(roles, k, rows, page, wrapped)


LOG_REF_HEADER = re.compile(r"(?i)^(?:minute|min|ref|reference|item|agenda\s+item)\b")
DONE = re.compile(r"(?i)^(?:complete[d]?|closed|done|superseded|discharged)\b")


def _action_log(header: list[str], roles: list[str], k: int, rows: list[list[Cell]], page) -> list[Line]:
    """An ACTION LOG table (No. / Action / Owner / Due / Status, or Ref / Action / Lead / By when): a line per
    row with the action as its text, the owners on ``Line.action``, the date on ``Line.due`` and on ``Line.log``
    the minute it refers to where a Ref / Minute / Item column prints one ("" where the column numbers the
    actions: "No."; None for a table with no number column, an action table under its minute). Rows whose status is complete or closed are earlier actions carried in the log."""
    refs = [j for j, r in enumerate(roles) if r == "item" and LOG_REF_HEADER.match(_clean(header[j]))]
    ref = refs[0] if refs else None
    text_k = next(j for j, r in enumerate(roles) if r == "sentences")
    owner_ks = [j for j, r in enumerate(roles) if r == "action" and j != text_k]
    due_k = next((j for j, r in enumerate(roles) if r == "due"), None)
    status_k = next((j for j, r in enumerate(roles) if r == "attendance"), None)
    out = [Line("", page=page)]
    for r in rows:
        cell = lambda j: _clean(_text(r[j])) if j is not None and j < len(r) else ""  # noqa: E731
        text = cell(text_k)
        if not text:
            continue
        if DONE.match(cell(status_k)):
            continue
        owners = " / ".join(cell(j) for j in owner_ks if cell(j)) or None
        out.append(Line(text, page=page, action=owners, due=cell(due_k) or None,
                        log=None if k is None else cell(ref) if ref is not None else ""))
    out.append(Line("", page=page))
    return out


def _labelled_names(header: list[str], roles: list[str], rows: list[list[Cell]]) -> bool:
    """A first column headed by an attendance section ("Present", "Members present") over people's names,
    beside columns of initials or roles, with no other attendance column."""
    if not roles or roles[0] != "attendance" or "name" in roles or "attendance" in roles[1:] or \
            not any(r in ("initials", "role") for r in roles[1:]) or not SECTION.match(_clean(header[0])):
        return False
    cells = [_clean(_text(r[0])) for r in rows if r and _text(r[0])]
    people = [c for c in cells if not SECTION.match(c)]
    return len(people) >= 2 and sum(bool(PERSON.match(c)) for c in people) >= 0.7 * len(people)


def _attendance(header: list[str], roles: list[str], rows: list[list[Cell]], page) -> Optional[list[Line]]:
    from minutebook.ingest.readers.markup import table_lines

    roles = list(roles)
    for k, role in enumerate(roles):
        cells = [_clean(_text(r[k])) for r in rows if k < len(r) and _text(r[k])]
        if role in ("text", "role") and cells and sum(bool(STATUS.match(c)) for c in cells) >= 0.6 * len(cells):
            roles[k] = "attendance"       # an unheaded column of "Present" / "Apologies"
            header = header[:k] + ["Attendance"] + header[k + 1:]
    marks = [k for k, role in enumerate(roles) if role == "attendance"]
    if len(marks) == 1 and re.match(r"(?i)^(?:present|attended|attendance)\??$", _clean(header[marks[0]])):
        k = marks[0]
        cells = [_clean(_text(r[k])) for r in rows if k < len(r)]
        if cells and all(re.fullmatch(r"(?i)|[✓✔✗✘xyn]|yes|no|-|–|—", c) for c in cells):
            # one "Present" column of marks: a tick or "Y" is present, a cross, "N" or nothing is absent
            rows = [r[:k] + [[("Present", False)]] + r[k + 1:] for r in rows
                    if k < len(r) and re.fullmatch(r"(?i)[✓✔y]|yes", _clean(_text(r[k]))) or SECTION.match(_clean(_text(r[0])))]
            header = header[:k] + ["Attendance"] + header[k + 1:]
    sectioned = [r for r in rows if len([c for c in r if _text(c)]) == 1 and SECTION.match(_clean(_text(next(c for c in r if _text(c)))))]
    if "attendance" in roles and not sectioned:
        flat = [[" <br> ".join(t for t, _ in c) for c in r] for r in rows]
        return _paged(table_lines(header, flat), page)
    status = "Present"
    body: list[list[str]] = []
    for r in rows:
        filled = [c for c in r if _text(c)]
        if len(filled) == 1 and SECTION.match(_clean(_text(filled[0]))):
            status = _clean(_text(filled[0])).rstrip(":")
            if re.match(r"(?i)members|attendees|attending|present", status):
                status = "Present"
            elif re.match(r"(?i)minute|note|secretariat|officers|advisers|guests?|observers?|also", status):
                status = "In attendance"
            continue
        cells = [_clean(_text(c)) for c in r] + [""] * (len(roles) - len(r))
        name_k = roles.index("name")
        name = cells[name_k]
        if not name:
            continue
        state = status
        m = SUBSTITUTE.search(name) or SUB_WORDS.search(name)
        if m:
            name = (name[:m.start()] + name[m.end():]).strip()
            state = f"{status} substitute for {m.group(1).strip()}"
        else:
            # "Deputising for Owen Pryce" / "(for Owen Pryce)" in the role column
            for j, role in enumerate(roles):
                found = (SUBSTITUTE.search(cells[j]) or ROLE_SUB.search(cells[j])) if role == "role" else None
                if found and not re.search(r"(?i)apolog|absent", status):
                    cells[j] = (cells[j][:found.start()] + cells[j][found.end():]).strip(" ,;-–")
                    state = f"{status} substitute for {found.group(1).strip()}"
                    break
        cells[name_k] = name
        row = [c for c, role in zip(cells, roles) if role != "attendance"] + [state]
        body.append(row)
    head = [h for h, role in zip(header, roles) if role != "attendance"] + ["Attendance"]
    return _paged(table_lines(head, body), page)


def _items(roles: list[str], k: int, rows: list[list[Cell]], page, wrapped: bool = False) -> list[Line]:
    out: list[Line] = []
    merged: list[list[Cell]] = []
    for r in rows:
        r = [list(c) for c in r] + [[] for _ in range(len(roles) - len(r))]
        if merged and not _text(r[k]) and len(r) == len(merged[-1]):
            # a row broken across a page: the rest of the item above
            merged[-1] = [a + b for a, b in zip(merged[-1], r)]
        else:
            merged.append(r)
    # a column headed "Item" / "Subject" beside the number, with the notes in a column of their own: the title,
    # its lines wrapped at the cell's edge
    title_k = next((j for j, role in enumerate(roles) if j != k and role == "item"
                    and any(x == "text" for x in roles[j + 1:])), None)
    for r in merged:
        r = r + [[] for _ in range(len(roles) - len(r))]
        if title_k is not None and r[title_k]:
            r[title_k] = [(" ".join(_clean(t) for t, _ in r[title_k] if _clean(t)), True)]
        number = _clean(_text(r[k]))
        m = ITEM_NUMBER.match(number)
        actions, due, body = [], None, []
        first = ITEM_NUMBER.match(_clean(r[k][0][0])) if not m and r[k] else None
        lead = ITEM_LEAD.match(_clean(r[k][0][0])) if not m and not first and r[k] else None
        if first:
            # the number on the cell's first line, the title below it: "1." / "Welcome and apologies"
            m = first
            body = [(_clean(t), True) for t, _ in r[k][1:] if _clean(t)]
        elif lead:
            # "1. Welcome and apologies" in the number column: the title is there, the text beside it
            m = lead
            body = [(lead.group(2), True)] + [(_clean(t), b) for t, b in r[k][1:] if _clean(t)]
        for j, (cell, role) in enumerate(zip(r, roles)):
            if j == k:
                continue
            if role == "action":
                for t, _ in cell:
                    t = _clean(t)
                    when = DATE_CELL.search(t)
                    if when and (when.start() > 0 or when.end() < len(t)):
                        due = due or when.group(0)
                        t = (t[:when.start()] + t[when.end():]).strip(" -–—,;:()")
                    elif when:
                        due = due or when.group(0)
                        t = ""
                    if t:
                        actions.append(t)
            elif role == "due":
                due = _clean(_text(cell)) or None
            elif role == "attendance":
                continue              # a "Status" column ("Open", "Complete")
            else:
                body += [(_clean(t), b) for t, b in cell if _clean(t)]
        lines: list[Line] = []
        if m and body:
            n = 1
            if wrapped and body[0][1] and title_k is None:
                while n < len(body) and body[n][1] and not DECISION.match(body[n][0]):
                    n += 1                 # a bold title wrapped at the cell's edge
            out.append(Line("", page=page))
            out.append(Line(f"{m.group(1)} {' '.join(t for t, _ in body[:n])}", page=page, heading=True, bold=True))
            body = body[n:]
        elif m:
            out.append(Line("", page=page))
            out.append(Line(m.group(1), page=page, heading=True, bold=True))
        elif number:
            body.insert(0, (number, False))
        for text, bold in body:
            lines.append(Line(text, page=page, bold=bold))
        owners = [a for a in actions if not re.fullmatch(r"(?i)all(?:\s+\w+)?|n/?a|-|–|—|none|tbc", a)]
        action = "/".join(re.sub(r"\s*([/,&+])\s*", r"\1", a) for a in owners) or None
        if action:
            target = next((ln for ln in lines if OWNED.search(ln.text) and any(
                x in ln.text for x in re.split(r"[/,&+]", action))), None) \
                or next((ln for ln in reversed(lines) if DECISION.match(ln.text)), None) \
                or (lines[-1] if lines else None)
            if target is None:
                target = out[-1] if out else Line("", page=page)
            target.action = action
            target.due = due
        widest = max((len(ln.text) for ln in lines), default=0)
        for j, ln in enumerate(lines):
            if wrapped and j and _new_paragraph(lines[j - 1].text, ln.text, widest):
                out.append(Line("", page=page))
            out.extend([ln] if wrapped else [ln, Line("", page=page)])
        if wrapped and lines:
            out.append(Line("", page=page))
    return out


LIST_MARK = re.compile(r"^(?:\(?[ivx]{1,4}[.)]|\(?[a-h0-9][.)]|[•\-–])\s")


def _new_paragraph(before: str, text: str, widest: int) -> bool:
    """Whether a wrapped cell line starts a paragraph of its own: after a line ending a sentence short of the
    cell's width, or a decision or list entry after a full stop or colon."""
    if before.endswith(":"):
        return True
    if not before.endswith((".", "!", "?", ";")) or not text[:1].isupper() and not LIST_MARK.match(text):
        return False
    return len(before) < 0.85 * widest or bool(DECISION.match(text) or LIST_MARK.match(text) or OWNED.match(text))


def _paged(lines: list[Line], page) -> list[Line]:
    for ln in lines:
        ln.page = ln.page if ln.page is not None else page
    return lines
