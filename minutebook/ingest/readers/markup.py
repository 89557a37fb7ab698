"""Markdown, HTML and ModernGov XML as converters and web sites write them.

Markdown (kind "markdown"), as PDF converters write it:
- YAML front matter: the title, the meeting's time and place and content held in fields ("minutes: >-") are
  read (front_matter_text); the post's own date is not the meeting's; "---" rules are page breaks;
- ``## headings``, ``**bold**``, ``_italic_``, backslash escapes ("1\\."), links, images;
- tab-separated rows from a two-column table: ``175\\tTITLE\\tAction`` (the "Action" header is
  dropped) and ``\\tbody text\\tLG/TG`` (a last cell of initials is the Action column → ``Line.action``);
- inline HTML: ``<ul><li>``, ``<br/>``, ``<sup>th</sup>``, ``<b>``;
- fused rows ``## 180RESILIENCE UPDATEAction180The Group noted…`` (number, title, "Action",
  the number again, then the body) and "Image: …" captions repeating the text before them.

Tables with a header row (Markdown pipe tables, HTML tables): an attendance table (Name / Initials /
Role / Attendance) becomes "Present:", "In attendance:", "Apologies:" blocks; an Item / Discussion /
Action table becomes numbered headings with the Action cell on the decision it belongs to.

HTML (kind "html"): tags are dropped, block elements (p, div, li, h1-h6, tr, dt, dd, br) end
lines, table cells become tab-separated cells handled as above; an ``<ol>`` item that starts with
a heading or a bold run-in title gets its number ("3. DECLARATIONS OF INTEREST").

XML (kind "xml"): a ModernGov ``GetMeeting`` answer becomes the lines of a minutes (or agenda)
document: committee, "held on <date> at <time>", venue, members, then each item with its minutes.
"""
from __future__ import annotations

import html
import re
from datetime import datetime
from html.parser import HTMLParser

from minutebook.ingest.errors import InputError
from minutebook.ingest.lines import Line, Text
from minutebook.ingest.repair import normalise

INITIALS_CELL = re.compile(r"^\s*(?:[A-Z][A-Za-z]{0,2}[A-Z]|[A-Z]{2,4}|ALL|All)(?:\s*[/,&]\s*(?:[A-Z][A-Za-z]{0,2}[A-Z]|[A-Z]{2,4}))*\s*$")
ACTION_HEADER = re.compile(r"^\s*(?:Action(?:s)?(?:\s+by(?:/date)?)?|Action\s+by/date|Owner|Lead|By whom)\s*:?\s*$", re.I)
BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "br", "dt", "dd", "dl",
              "hr", "section", "article", "header", "footer", "blockquote", "pre", "time", "tbody", "thead", "caption",
              "title", "main", "address", "figure", "figcaption"}
SKIP_TAGS = {"script", "style", "button", "nav", "head", "noscript", "svg", "form", "select", "option", "iframe"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Page furniture of content management systems (WordPress, Drupal, Squarespace, Wix, council sites): an element
# whose class or id names one of these (as a whole word or a "-"/"_" part) holds no part of the document
FURNITURE = re.compile(
    r"(?:^|[-_])(?:cookies?|cookie-?banner|consent|gdpr|announcement(?:-bar)?|breadcrumbs?|breadcrumb_last|sidebar|"
    r"widgets?|widget-area|share|sharing|sharedaddy|social|pagination|comments?|respond|newsletter|skip-link|"
    r"related|entry-meta|post-meta|postmeta|byline|posted-on|entry-categories|tags-links|cat-links|to-the-top|"
    r"back-to-top|backtotop)(?:$|[-_])", re.I)
POSTED_CLASS = re.compile(r"(?:^|[-_\s])(?:entry-date|published|post-date|posted|date)(?:$|[-_\s])", re.I)
# "Posted on 18 June 2024 by Clerk", "Published 3 March 2024": a post's meta line, its date the publication's
POSTED_LINE = re.compile(r"^\W*(?:posted|published)\s+(?:on\s+)?(?P<date>[^:]{6,40}?\b(?:19|20)\d\d)\b"
                         r"(?:\s*(?:at\s+[\d:.]+\s*[ap]\.?m\.?)?\s*(?:by\s+.{1,60})?)?\s*$", re.I)
FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search"}
# a web post's own date: when the page was published, never the meeting's
POSTED_META = re.compile(r"<meta\b[^>]*(?:property|itemprop|name)=[\"'](?:article:published_time|datePublished|"
                         r"dcterms\.date|DC\.date\.issued)[\"'][^>]*>", re.I)


class _Lines(HTMLParser):
    """HTML → rows of (text, heading, bold); cells separated by tabs."""

    def __init__(self, number_lists: bool = True, bold_classes: frozenset = frozenset()):
        super().__init__(convert_charrefs=True)
        self.bold_classes = bold_classes   # classes whose style sheet rule is bold (Google Docs: ".c2{font-weight:700}")
        self.spans: list[bool] = []         # open <span>s: whether each is bold by its class
        self.list_counts: dict[str, int] = {}   # a word processor's list class → the last number it printed
        self.rows: list[tuple[str, bool, bool]] = []
        self.buf: list[str] = []
        self.skip = 0
        self.heading = 0
        self.bold = 0
        self.row_heading = False
        self.row_bold_chars = 0
        self.lists: list[list] = []     # [tag, counter, pending number]
        self.number_lists = number_lists
        self.cell_open = False
        self.furniture: list[list] = []     # [tag, depth] of the furniture element being skipped
        self.inside = 0                     # open <article> / <main> elements
        self.posted: str | None = None      # the datetime of a post's <time> in its meta line
        self.li_rows: dict[int, tuple] = {}  # row index → (list serial, number, depth, type, parent number)
        self.pending_li: tuple | None = None
        self.list_serial = 0

    def _is_furniture(self, tag, attrs) -> bool:
        if tag not in ("div", "section", "aside", "header", "footer", "ul", "ol", "p", "span", "nav", "li", "a",
                       "dl", "time", "small"):
            return False
        if tag == "aside" or (tag in ("header", "footer") and not self.inside):
            return True
        if tag == "time" and POSTED_CLASS.search(dict(attrs).get("class") or "") and dict(attrs).get("datetime"):
            return True
        for name, value in attrs:
            if not value:
                continue
            if name in ("class", "id") and any(FURNITURE.search(tok) for tok in value.split()):
                return True
            if name == "role" and value.strip().lower() in FURNITURE_ROLES:
                return True
        return False

    def _posted(self, attrs):
        """A post's <time datetime="…"> in its meta line ("Posted on …", the blog item's date)."""
        a = dict(attrs)
        m = re.match(r"(\d{4}-\d{2}-\d{2})", (a.get("datetime") or "").strip())
        if m and self.posted is None and (self.furniture or POSTED_CLASS.search(a.get("class") or "")):
            self.posted = m.group(1)

    def flush(self):
        text = "".join(self.buf)
        self.buf = []
        text = re.sub(r"[ \r\n\f\v]+", " ", text)
        if text.strip():
            visible = len(text.replace("\t", "").strip())
            bold = visible > 0 and self.row_bold_chars >= visible * 0.9
            if self.pending_li is not None:
                self.li_rows[len(self.rows)] = self.pending_li
                self.pending_li = None
            self.rows.append((text.strip(" "), self.row_heading, bold))
        self.row_heading = False
        self.row_bold_chars = 0

    def handle_starttag(self, tag, attrs):
        if tag == "time":
            self._posted(attrs)
        if self.furniture:
            if tag == self.furniture[-1][0]:
                self.furniture[-1][1] += 1
            return
        if tag not in SKIP_TAGS and self._is_furniture(tag, attrs):
            if tag not in ("br", "hr", "img"):
                self.flush()
                self.furniture.append([tag, 1])
            return
        if tag in ("article", "main"):
            self.inside += 1
        if tag in SKIP_TAGS:
            self.skip += 1
            return
        if self.skip:
            return
        if tag in ("td", "th"):
            if self.cell_open or self.buf:
                self.buf.append("\t")
            self.cell_open = True
            return
        if tag in BLOCK_TAGS:
            self.flush()
        if tag in ("ol", "ul"):
            self.list_serial += 1
            self.lists.append([tag, self._list_start(tag, attrs), None, self.list_serial,
                               (dict(attrs).get("type") or "").strip(), _list_class(attrs)])
        elif tag == "li" and self.lists:
            self.lists[-1][1] += 1
            if self.lists[-1][5]:
                self.list_counts[self.lists[-1][5]] = self.lists[-1][1]
            self.lists[-1][2] = self.lists[-1][1] if self.lists[-1][0] == "ol" and len(self.lists) == 1 else None
            if self.lists[-1][0] == "ol":
                parent = self.lists[-2][1] if len(self.lists) > 1 and self.lists[-2][0] == "ol" else None
                self.pending_li = (self.lists[-1][3], self.lists[-1][1], len(self.lists), self.lists[-1][4], parent)
        if tag in HEADINGS:
            self.heading += 1
            self.row_heading = True
            if self.number_lists and self.lists and self.lists[-1][2] is not None:
                self.buf.append(f"{self.lists[-1][2]}. ")
                self.lists[-1][2] = None
        elif tag in ("b", "strong") or tag == "span" and self._span_bold(attrs):
            self.bold += 1
            if self.number_lists and self.lists and self.lists[-1][2] is not None:
                # "<li><strong>Treasurer's report:</strong> …": an item that starts with a bold run-in title
                self.buf.append(f"{self.lists[-1][2]}. ")
                self.row_bold_chars += len(str(self.lists[-1][2])) + 1
                self.lists[-1][2] = None
        elif tag == "sup":
            while self.buf and self.buf[-1].endswith(" "):
                self.buf[-1] = self.buf[-1].rstrip(" ")
                if self.buf[-1]:
                    break
                self.buf.pop()
        elif tag == "img":
            return

    def _span_bold(self, attrs) -> bool:
        if not self.bold_classes:
            return False
        bold = any(c in self.bold_classes for c in (dict(attrs).get("class") or "").split())
        self.spans.append(bold)
        return bold

    def _list_start(self, tag, attrs) -> int:
        """The count before a list's first item: ``start="3"`` gives 2; a word processor's list split into one
        <ol> per item (Google Docs: class "lst-kix_…-0", "start" on the first only) goes on from the last."""
        a = dict(attrs)
        if tag != "ol":
            return 0
        m = re.fullmatch(r"\s*(\d{1,3})\s*", a.get("start") or "")
        if m:
            return int(m.group(1)) - 1
        cls = _list_class(attrs)
        if cls and "start" not in (a.get("class") or "").split():
            return self.list_counts.get(cls, 0)
        return 0

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr"):
            if not self.skip and not self.furniture:
                self.flush()
        else:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if self.furniture:
            if tag == self.furniture[-1][0]:
                self.furniture[-1][1] -= 1
                if not self.furniture[-1][1]:
                    self.furniture.pop()
            return
        if tag in ("article", "main"):
            self.inside = max(0, self.inside - 1)
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in ("td", "th"):
            return
        if tag == "tr":
            self.cell_open = False
        if tag in HEADINGS:
            self.heading = max(0, self.heading - 1)
        elif tag in ("b", "strong") or tag == "span" and self.spans and self.spans.pop():
            self.bold = max(0, self.bold - 1)
        if tag in BLOCK_TAGS:
            self.flush()
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        elif tag == "li" and self.lists:
            self.lists[-1][2] = None

    def handle_data(self, data):
        if self.skip or self.furniture:
            return
        if self.lists and self.lists[-1][2] is not None and data.strip():
            self.lists[-1][2] = None      # the item starts with text, not a heading: no number
        self.buf.append(data)
        if self.bold or self.heading:
            self.row_bold_chars += len(data.strip())

    def close(self):
        super().close()
        self.flush()


def html_rows(fragment: str, number_lists: bool = True) -> list[tuple[str, bool, bool]]:
    return _parse(fragment, number_lists).rows


def _list_class(attrs) -> str:
    m = LIST_CLASS.search(dict(attrs).get("class") or "")
    return m.group(0) if m else ""


LIST_CLASS = re.compile(r"\blst-[\w-]+-\d+\b")
STYLE_BLOCK = re.compile(r"(?is)<style[^>]*>(.*?)</style>")
BOLD_RULE = re.compile(r"\.([\w-]+)\s*\{[^}]*font-weight\s*:\s*(?:bold|[6-9]00)\b")


def _bold_classes(source: str) -> frozenset:
    """Classes a page's style sheet makes bold (a Google Docs export styles every run by class)."""
    if "font-weight" not in source:
        return frozenset()
    return frozenset(m.group(1) for block in STYLE_BLOCK.findall(source) for m in BOLD_RULE.finditer(block))


def _parse(fragment: str, number_lists: bool = True) -> _Lines:
    parser = _Lines(number_lists, _bold_classes(fragment) if "<style" in fragment else frozenset())
    parser.feed(fragment)
    parser.close()
    return parser


def _drop_image_captions(text: str) -> str:
    """'…Corporate Resilience Manager).Image: Corporate Resilience Manager).The Group…' → without the caption."""
    while True:
        m = re.search(r"\s*Image:\s*", text)
        if not m:
            return text
        before, after = text[:m.start()], text[m.end():]
        flat_before = before
        cut = 0
        for k in range(min(len(after), 400), 3, -1):
            if flat_before.endswith(after[:k]):
                cut = k
                break
        if not cut:
            # a caption that repeats nothing: drop up to the end of its sentence
            end = re.search(r"[.)](?=[A-Z\s]|$)", after)
            cut = end.end() if end else len(after)
        text = before + after[cut:]


_FUSED = re.compile(r"^(\d{1,4}[a-z]?)\s*([A-Z][A-Z0-9 ,'&()/\-]*[A-Z)])\s*Action\s*\1\s*(.*)$")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _md_inline(text: str) -> tuple[str, bool]:
    """Markdown inline markup → plain text, and whether the whole line was bold."""
    stripped = text.strip()
    bold = bool(re.search(r"\*\*|__", stripped)) and not re.sub(r"(\*\*|__)(.+?)\1", "", stripped).strip(" .:;,-\u2013\u2014")
    text = _LINK.sub(r"\1", text)
    text = re.sub(r"(\*\*|__)", "", text)
    text = re.sub(r"(?<![\w*])[*_](?=\S)([^*_]+?)(?<=\S)[*_](?![\w*])", r"\1", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    return text, bold


def _row_lines(raw: str, heading: bool, bold: bool) -> list[Line]:
    """One source row (maybe tab-separated cells, maybe inline HTML) → lines."""
    cells = raw.split("\t")
    action = None
    if len(cells) >= 2:
        last = cells[-1].strip()
        last_plain = re.sub(r"<[^>]+>", "", last).strip()
        if not last_plain:
            cells = cells[:-1]
        elif ACTION_HEADER.match(last_plain):
            cells = cells[:-1]
        elif INITIALS_CELL.match(last_plain) and any(c.strip() for c in cells[:-1]):
            action = last_plain
            cells = cells[:-1]
    body = " ".join(c.strip() for c in cells if c.strip())
    out: list[Line] = []
    if "<" in body and re.search(r"<\s*/?\s*[a-zA-Z][^>]*>", body):
        rows = html_rows(body, number_lists=False)
    else:
        rows = [(html.unescape(body), False, False)]
    for text, h, b in rows:
        text = text.replace("\t", " ").strip()
        text = re.sub(r"^(?:[-*+]\s+)+", "", text)
        if text:
            out.append(Line(text, heading=heading or h, bold=bold or b))
    if action:
        if out:
            out[-1].action = action
        else:
            out.append(Line("", action=action))
    return out


HEADER_CELL = re.compile(
    r"^(?:attendees?|name|names|members?|role|roles|attendance|initials|organi[sz]ation|agency|representing|position|status|"
    r"item|items|no\.?|number|minute|ref|discussion|notes?|details|title|subject|decision|decisions|action|actions|owner|"
    r"lead|by whom|by when|due|deadline|date|due date|target date|timescale|action by|action owner|responsible|present|apologies|absent|not present|in attendance|substitute|item details|discussion and decisions)$", re.I)


def _role(header: str) -> str:
    h = re.split(r"\s*(?:/|&|\band\b)\s*", header.strip().lower().rstrip(".:"))[0]
    if re.match(r"^(?:attendees?|names?|members?)$", h):
        return "name"
    if h == "initials":
        return "initials"
    if re.match(r"^(?:role|roles|organi[sz]ation|agency|representing|position)$", h):
        return "role"
    if re.match(r"^(?:attendance|status|present|apologies|absent|not\s+present|in\s+attendance|substitute)$", h):
        return "attendance"
    if re.match(r"^(?:item|items|no|number|minute|ref)$", h):
        return "item"
    if re.match(r"^(?:actions?(?:\s+(?:by|owner))?|owner|lead|by whom|responsible)$", h):
        return "action"
    if re.match(r"^(?:by when|due|deadline)$", h):
        return "due"
    return "text"


def is_header(cells: list[str]) -> bool:
    cells = [re.sub(r"[*_]", "", c).strip() for c in cells]
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(all(HEADER_CELL.match(p.strip()) for p in re.split(r"\s*(?:/|&|\band\b)\s*", c) if p.strip())
                                    for c in filled)


def _cell_lines(cell: str) -> list[tuple[str, bool]]:
    """A table cell's lines (split at <br>), with whether each was bold."""
    out = []
    for part in re.split(r"<br\s*/?>|\n", cell):
        plain, bold = _md_inline(part.strip())
        plain = re.sub(r"<[^>]+>", "", plain).strip()
        if plain:
            out.append((html.unescape(plain), bold))
    return out


def table_lines(header: list[str], rows: list[list[str]]) -> list[Line]:
    """A table with a header row → lines the parsers read: attendance blocks, numbered items with their Action cell."""
    roles = [_role(h) for h in header]
    out: list[Line] = []
    widest = max((len(r) for r in rows), default=0)
    if widest > len(roles) and "attendance" not in roles and any(
            len(r) > len(roles) and re.match(r"(?i)present|apolog|absent|in\s+attendance|attend", r[-1].strip()) for r in rows):
        roles = roles + ["role"] * (widest - len(roles) - 1) + ["attendance"]
    # tick columns: "Present | Apologies | Absent" with a mark under one of them
    ticks = [k for k, r in enumerate(roles) if r == "attendance"]
    if len(ticks) < 2:
        ticks = []
    if len(roles) >= 2 and all(r == "attendance" for r in roles):
        # "Present | Apologies | Absent": each column lists its own people (the absent are neither)
        for k, head in enumerate(header):
            label = re.sub(r"[*_:]", "", head).strip()
            if re.match(r"(?i)absent|not\s+present", label):
                continue
            names = [t for cells in rows if k < len(cells) for t, _ in _cell_lines(cells[k])]
            if names:
                out.append(Line(f"{label}:", heading=True))
                out.extend(Line(n) for n in names)
                out.append(Line(""))
        return out
    if "name" in roles:
        groups: dict[str, list[str]] = {}
        for cells in rows:
            cells = cells + [""] * (len(roles) - len(cells))
            get = lambda kind: " ".join(t for c, r in zip(cells, roles) if r == kind for t, _ in _cell_lines(c))
            name = get("name")
            if not name:
                continue
            initials = get("initials")
            role = ", ".join(t for c, r in zip(cells, roles) if r == "role" for t, _ in _cell_lines(c))
            status = get("attendance").lower()
            if ticks:
                marked = [header[k].strip().lower() for k in ticks if k < len(cells) and cells[k].strip()
                          and not re.fullmatch(r"(?i)no|n|-|–|—", cells[k].strip())]
                if not marked:
                    continue
                status = marked[0]
                if re.match(r"absent|not\s+present", status):
                    continue        # absent: neither present nor apologies
                sub_note = " ".join(cells[k] for k in ticks if k < len(cells))
                if re.search(r"substitute", sub_note, re.I) and not re.search(r"substitute", status):
                    status += " " + sub_note.lower()
            from minutebook.ingest.readers.tables import SUB_WORDS, SUBSTITUTE

            stand_in = SUBSTITUTE.search(name) or SUB_WORDS.search(name)
            if stand_in:
                # "Lia Brandt (deputising for Sam Okafor)": present in Sam Okafor's place
                name = (name[:stand_in.start()] + name[stand_in.end():]).strip()
                if not re.search(r"apolog|absent|not\s+present", status):
                    groups.setdefault("Substitutes:", []).append(
                        f"{name} attended as substitute for {stand_in.group(1).strip()}")
            deputy = re.search(r"(?:deputising|substituting|attending)\s+for\s+(.+)$|in\s+place\s+of\s+(.+)$", status)
            if deputy and not re.search(r"substitute\s+for", status):
                raw_status = get("attendance")
                target = re.search(r"(?:for|of)\s+(.+)$", raw_status[re.search(r"(?i)deputising|substituting|attending|in\s+place", raw_status).start():]).group(1)
                groups.setdefault("Substitutes:", []).append(f"{name} attended as substitute for {target}")
            person = name
            if initials and not re.search(r"\(" + re.escape(initials) + r"\)", name):
                person = re.sub(r"(\s*\(.*\))?$", lambda m: f" ({initials})" + (m.group(1) or ""), name, count=1)
            if role:
                person = f"{person} ({role})"
            label = "Present:"
            if re.search(r"apolog|absent|not\s+present", status):
                label = "Apologies:"
            elif re.search(r"in\s+attendance|attending|officer|guest|observer|notes|minutes", status):
                label = "In attendance:"
            sub = re.search(r"substitute\s+for\s+(.+)$", status, re.I)
            if sub:
                raw_status = get("attendance")
                target = re.search(r"substitute\s+for\s+(.+)$", raw_status, re.I).group(1)
                groups.setdefault("Substitutes:", []).append(f"{name} attended as substitute for {target}")
            groups.setdefault(label, []).append(person)
        for label in ("Present:", "In attendance:", "Apologies:", "Substitutes:"):
            if label in groups:
                out.append(Line(label, heading=True))
                out.extend(Line(p) for p in groups[label])
                out.append(Line(""))
        return out
    for cells in rows:
        cells = cells + [""] * (len(roles) - len(cells))
        number = ""
        action = ""
        body: list[tuple[str, bool]] = []
        for cell, role in zip(cells, roles):
            if role == "item" and not number:
                number = re.sub(r"[*_]", "", cell).strip()
            elif role == "action":
                action = " ".join(t for t, _ in _cell_lines(cell))
            elif role == "due":
                continue
            else:
                body.extend(_cell_lines(cell))
        if number and not re.fullmatch(r"\d{1,4}(?:\.\d{1,3})*[a-z]?\.?", number):
            body.insert(0, (number, False))
            number = ""
        if number and body:
            out.append(Line(""))
            out.append(Line(f"{number.rstrip('.')}. {body[0][0]}", heading=True, bold=True))
            body = body[1:]
        elif number:
            out.append(Line(""))
            out.append(Line(f"{number.rstrip('.')}.", heading=True, bold=True))
        lines = [Line(t, bold=b) for t, b in body]
        if action:
            if not lines:
                lines = [Line("", action=action)]
            else:
                target = next((ln for ln in reversed(lines) if re.match(r"(?:Agreed|Resolved|RESOLVED|AGREED|Decision|Action)\b", ln.text)), lines[-1])
                target.action = action
        for ln in lines:
            out.extend([ln, Line("")])
    return out


GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
DASH_RULE = re.compile(r"^\s*-{10,}\s*$")
DASH_COLUMNS = re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _grid_table(block: list[str]) -> list[str]:
    """A pandoc grid table ("+----+----+" borders, "+====+" under the header, "| cell | cell |" lines, a cell's
    text wrapped over several lines) as a pipe table."""
    cuts = [m.start() for m in re.finditer(r"\+", block[0])]
    rows: list[list[str]] = []
    header_rows = 0
    current: list[list[str]] = []
    for line in block[1:]:
        if GRID_BORDER.match(line):
            if current:
                rows.append([" ".join(" ".join(part).split()) for part in zip(*current)] if current else [])
                current = []
            if "=" in line:
                header_rows = len(rows)
            continue
        current.append([line[a + 1:b].strip() if a + 1 < len(line) else "" for a, b in zip(cuts, cuts[1:])])
    if current:
        rows.append([" ".join(" ".join(part).split()) for part in zip(*current)])
    if not rows:
        return []
    width = len(cuts) - 1
    out = [_pipe_row(rows[0] if header_rows else [""] * width), _pipe_row(["---"] * width)]
    out += [_pipe_row(r) for r in rows[1 if header_rows else 0:]]
    return out + [""]


def _dash_table(head: list[str], rule: str, body: list[str]) -> list[str]:
    """A pandoc multiline or simple table (a header over a rule of dash groups, rows below, a row's cells
    wrapped over several lines and rows parted by blank lines in a multiline table) as a pipe table."""
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    bounds = list(zip(starts, starts[1:] + [10 ** 6]))

    def cells(lines: list[str]) -> list[str]:
        return [" ".join(" ".join(ln[a:b] for ln in lines).split()) for a, b in bounds]

    rows, current = [], []
    for line in body:
        if line.strip():
            current.append(line)
        elif current:
            rows.append(cells(current))
            current = []
    if current:
        rows.append(cells(current))
    width = len(bounds)
    return [_pipe_row(cells(head) if head else [""] * width), _pipe_row(["---"] * width)] + [_pipe_row(r) for r in rows] + [""]


def _pandoc_tables(text: str) -> str:
    """Pandoc's grid, multiline and simple tables (Markdown converted from Word) as pipe tables."""
    if "-+-" not in text and "---" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if GRID_BORDER.match(line) and i + 1 < len(lines) and lines[i + 1].lstrip().startswith(("|", "+")):
            j = i + 1
            while j < len(lines) and lines[j].lstrip().startswith(("|", "+")):
                j += 1
            out.extend(_grid_table(lines[i:j]))
            i = j
            continue
        if DASH_RULE.match(line) and i + 2 < len(lines):
            # a multiline table: a full rule, the header, a rule of dash groups, rows, a closing full rule
            k = next((x for x in range(i + 1, min(len(lines), i + 6)) if DASH_COLUMNS.match(lines[x])), None)
            end = next((x for x in range(k + 1, min(len(lines), k + 200)) if DASH_RULE.match(lines[x])), None) if k else None
            if k and end and all(lines[x].strip() for x in range(i + 1, k)):
                out.extend(_dash_table(lines[i + 1:k], lines[k], lines[k + 1:end]))
                i = end + 1
                continue
        if DASH_COLUMNS.match(line) and out and out[-1].strip() and not out[-1].lstrip().startswith("|") and \
                i + 1 < len(lines) and lines[i + 1].strip() and len(re.findall(r"\S\s{2,}\S", out[-1])) >= 1:
            # a simple table: one header line over the dash groups, one line per row, a blank line after
            j = i + 1
            while j < len(lines) and lines[j].strip():
                j += 1
            head = out.pop()
            out.extend(_dash_table([head], line, [x for x in lines[i + 1:j] for x in (x, "")]))
            i = j
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


# front-matter fields of a static-site page that hold the meeting itself, and their printed labels
FRONT_MATTER_TIMES = ("start", "end", "starts", "ends", "start_time", "end_time", "datetime", "event_date", "meeting_date")
FRONT_MATTER_VENUE = ("location", "venue", "place", "where")
FRONT_MATTER_SKIP = ("layout", "permalink", "slug", "url", "tags", "categories", "groups", "eleventyNavigation",
                     "resources", "created", "revised", "updated", "modified", "date", "author", "draft", "summary",
                     "excerpt", "description", "image", "thumbnail", "weight", "type", "id", "lang")


def _front_matter_when(value) -> datetime | None:
    """A front-matter date-time (YAML gives datetime or date; strings in ISO form too), in Europe/London."""
    from datetime import date, timezone
    from zoneinfo import ZoneInfo

    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(ZoneInfo("Europe/London")).replace(tzinfo=None)
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return None


def front_matter_text(block: str, html: bool = False) -> str:
    """The YAML front matter of a static-site page as Markdown lines: its title as the page's heading,
    the meeting's date, time and venue from fields that hold them ("start:", "location:"), and the
    content held in front-matter fields (``agenda: |-``, ``minutes: >-``) in the order they come.
    The site's own fields (layout, permalink, created, …) are left out; so is "date:", the post's.
    html: the page's body is HTML, so the lines are written as HTML paragraphs."""
    try:
        import yaml

        data = yaml.safe_load(block)
    except Exception:  # not YAML after all: keep nothing of it, as before
        return ""
    if not isinstance(data, dict):
        return ""
    out: list[str] = []
    title = data.get("title")
    if isinstance(title, str) and title.strip():
        # "held on 13 December 2011at Home Office": a year run into the next word
        title = re.sub(r"\b((?:19|20)\d\d)(?=[a-z])", r"\1 ", " ".join(title.split()))
        if not re.search(r"\b(?:19|20)\d\d\b", title):
            # "Stoke Ferry Parish Council September 19": a month and a number with no year is no date
            # (September 2019? the 19th?): the title keeps its name, the body gives the date
            title = re.sub(rf"\s*(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD}|\b{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b", "", title, flags=re.I).strip(" -–,")
        out += [f"<h1>{title}</h1>" if html else f"# {title}", ""]
    times = [(k, _front_matter_when(data[k])) for k in data if str(k).lower() in FRONT_MATTER_TIMES]
    times = [(k, t) for k, t in times if t is not None]
    if times:
        first = times[0][1]
        out += [f"Date: {first.day} {first:%B %Y}", ""]
        clock = [t for _, t in times if (t.hour, t.minute) != (0, 0)]
        if clock:
            span = " to ".join(f"{t:%H:%M}" for t in clock[:2])
            out += [f"Time: {span}", ""]
    for key, value in data.items():
        if str(key).lower() in FRONT_MATTER_VENUE and isinstance(value, str) and value.strip():
            out += [f"Venue: {value.strip()}", ""]
    for key, value in data.items():
        name = str(key)
        if name.lower() in FRONT_MATTER_SKIP or name.lower() in FRONT_MATTER_TIMES or name.lower() in FRONT_MATTER_VENUE \
                or name == "title" or not isinstance(value, str) or "\n" not in value.strip() and len(value) < 200:
            continue
        content = value.strip()
        if name.lower() in ("agenda", "minutes") and \
                not re.match(rf"^[#*\s]*{name}\b", re.sub(r"[\ufeff\u200b]", "", content), re.I):
            # a field named for the record it holds ("agenda:", "minutes:") is headed so, where its content is not
            out += [f"<h2>{name.title()}</h2>" if html else f"## {name.title()}", ""]
        out += [content, ""]
    if html:
        out = [ln if not ln or ln.startswith("<") else f"<p>{ln}</p>" for ln in out]
    return "\n".join(out) + "\n"


MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
              r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_HTML_BLOCK = re.compile(r"^\s*<(?:p|div|h[1-6]|table|ul|ol|li|tr|td|br|strong|b|em|span|section|article)\b", re.I)


def _is_html_body(text: str) -> bool:
    """A Markdown file whose paragraphs are mostly HTML elements (as static-site converters leave them)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 3:
        return False
    tagged = sum(1 for ln in lines if _HTML_BLOCK.match(ln))
    return tagged >= 0.6 * len(lines)


def markdown_lines(source: str) -> list[list[Line]]:
    from minutebook.ingest.readers.tables import grid_lines, is_section_row

    text = source.replace("\r\n", "\n").replace("\r", "\n")
    posted = None
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1 and re.search(r"^\w[\w-]*:", text[4:end], re.M):
            # the post's own date is when the page was published, never the meeting's
            m = re.search(r"^date\s*:\s*[\"']?(\d{4}-\d{2}-\d{2})\b", text[4:end], re.M)
            posted = m.group(1) if m else None
            body = text[end + 4:].lstrip("-")
            text = front_matter_text(text[4:end], html=_is_html_body(body)) + body
    if _is_html_body(text):
        # a static-site page whose body is HTML (<p>, <h2>, <table>): read as the web page it is
        pages = html_lines(text)
        if posted:
            pages[0].insert(0, Line(f"Published: {posted}"))
        return pages
    text = _pandoc_tables(text)
    pages: list[list[Line]] = [[]]
    table: list[list[str]] = []

    def flush_table():
        if not table:
            return
        separators = [k for k, r in enumerate(table) if all(re.fullmatch(r":?-{2,}:?", c.strip()) for c in r if c.strip())
                      and any(c.strip() for c in r)]
        empty_head = separators == [1] and not any(c.strip() for c in table[0])
        rows = [r for r in table if not all(re.fullmatch(r":?-{2,}:?", c.strip()) or not c.strip() for c in r)]
        if empty_head and rows and re.match(r"(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Dr|Chief|Professor|Prof)\b|[A-Z][a-z]+\s+[A-Z])", rows[0][0].strip()):
            # a members table without a header: name, then role
            pages[-1].extend(table_lines(["Name"] + ["Role"] * (len(rows[0]) - 1), rows))
        elif rows and (is_header(rows[0]) or is_section_row([re.sub(r"[*_]", "", c) for c in rows[0]])):
            grid = grid_lines([re.sub(r"[*_]", "", c) for c in rows[0]], [[_cell_lines(c) for c in r] for r in rows[1:]])
            if grid is not None:
                pages[-1].extend(grid)
            elif is_header(rows[0]):
                pages[-1].extend(table_lines(rows[0], rows[1:]))
            else:
                for r in rows:
                    pages[-1].extend(_row_lines("\t".join(c.strip() for c in r), False, False))
                    pages[-1].append(Line(""))
        else:
            for r in rows:
                pages[-1].extend(_row_lines("\t".join(c.strip() for c in r), False, False))
                pages[-1].append(Line(""))
        table.clear()

    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            table.append([c for c in re.split(r"(?<!\\)\|", stripped.strip("|"))])
            continue
        flush_table()
        if re.fullmatch(r"(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}", stripped):
            pages.append([])
            continue
        if not stripped:
            pages[-1].append(Line(""))
            continue
        heading = False
        m = re.match(r"^\s*#{1,6}\s*", raw)
        if m:
            heading = True
            raw = raw[m.end():]
        raw = raw.replace("<br/>", "\n").replace("<br>", "\n").replace("<br />", "\n")
        flat = raw.replace("\n", " ")
        if "Image:" in flat:
            flat = _drop_image_captions(flat)
            raw = flat
        fused = _FUSED.match(re.sub(r"[*_]{2}", "", raw.replace("\n", " ")))
        if fused:
            number, title, rest = fused.groups()
            pages[-1].append(Line(f"{number} {title.strip()}", heading=True))
            for piece in re.split(r"(?<=[.!?)])(?=[A-Z])", rest):
                if piece.strip():
                    pages[-1].append(Line(piece.strip()))
            continue
        pieces = []
        for piece in raw.split("\n"):
            # "**1.  Apologies**      Mr. Lionel Halls": the bold lead is a heading of its own
            lead = re.match(r"^\s*((?:\*\*[^*\n]+\*\*[\s()]*){1,6})(\S.*[A-Za-z0-9].*)$", piece)
            if lead and "\t" not in piece and len(lead.group(1)) <= 160 and not re.match(r"\*\*\s*(?:RESOLVED|AGREED)", lead.group(1)) \
                    and not re.search(r":\s*\*\*[\s()]*$", lead.group(1)):
                pieces.extend([lead.group(1).replace("****", ""), lead.group(2)])
            else:
                pieces.append(piece)
        for piece in pieces:
            if not piece.strip():
                continue
            plain, bold = _md_inline(piece)
            pm = POSTED_LINE.match(plain) if re.match(r"\W*[Pp]", plain) else None
            if pm:
                pages[-1].append(Line(f"Published: {pm.group('date')}"))
                continue
            produced = _row_lines(plain, heading, bold)
            if "\t" in piece or len(produced) > 1:
                # a table row or a list: each line is a paragraph of its own
                for line in produced:
                    pages[-1].extend([line, Line("")])
            else:
                pages[-1].extend(produced)
    flush_table()
    if posted:
        pages[0].insert(0, Line(f"Published: {posted}"))
    return pages


_TABLE = re.compile(r"<table\b[^>]*>(.*?)</table\s*>", re.I | re.S)
_TR = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.I | re.S)
_TD = re.compile(r"<t([dh])\b[^>]*>(.*?)</t[dh]\s*>", re.I | re.S)
_MARK = "\x00table{}\x00"


def _html_tables(source: str) -> tuple[str, dict[str, list[Line]]]:
    """Tables of the page that tables.grid_lines recognises (attendance, items), replaced by a marker
    paragraph; their lines by marker. A cell's paragraphs and <br> lines stay apart."""
    from minutebook.ingest.readers.tables import grid_lines, is_section_row

    found: dict[str, list[Line]] = {}

    def one(m: re.Match) -> str:
        inner = m.group(1)
        if re.search(r"<table\b", inner, re.I):
            return m.group(0)           # a nested table: read as before
        rows = []
        for tr in _TR.finditer(inner):
            cells = [[(t.replace("\t", " ").strip(), b) for t, _, b in html_rows(td.group(2), number_lists=False)
                      if t.strip()] for td in _TD.finditer(tr.group(1))]
            if any(cells):
                rows.append(cells)
        for h in range(min(2, len(rows))):
            header = [" ".join(t for t, _ in c) for c in rows[h]]
            if is_header(header) or is_section_row(header):
                grid = grid_lines(header, rows[h + 1:])
                if grid is not None:
                    key = _MARK.format(len(found))
                    found[key] = grid
                    return f"<p>{key}</p>"
                break
        return m.group(0)

    return _TABLE.sub(one, source), found


def _number_title_lists(parsed: _Lines) -> list[tuple[str, bool, bool]]:
    """An agenda's items as an <ol> of plain titles (a CMS page: "<ol><li>Call to Order</li>…", sub-items in a
    nested <ol type="a">) get their numbers as printed by the browser: "4. Consent Agenda", "a. Minutes of …".
    Only lists whose items are all short titles (no sentence), three or more of them, with no number already."""
    rows = list(parsed.rows)
    if not parsed.li_rows:
        return rows
    by_list: dict[int, list[int]] = {}
    for k, meta in parsed.li_rows.items():
        by_list.setdefault(meta[0], []).append(k)
    top = [ks for ks in by_list.values() if parsed.li_rows[ks[0]][2] == 1]
    for ks in top:
        texts = [rows[k][0] for k in ks]
        if len(ks) < 3 or any(len(t) > 120 or re.search(r"[.:;]$", t) or re.match(r"\(?\w{1,4}[.)]\s", t) or "\t" in t
                              for t in texts):
            return rows
    for ks in by_list.values():
        for k in ks:
            serial, n, depth, kind, parent = parsed.li_rows[k]
            if depth == 1:
                label = f"{n}."
            elif kind in ("a", "A") and parent is not None and n <= 26:
                label = f"{chr((96 if kind == 'a' else 64) + n)}."
            elif parent is not None and not kind:
                label = f"{parent}.{n}"
            else:
                continue
            text, heading, bold = rows[k]
            if not re.match(r"\(?\w{1,4}[.)]\s", text):
                rows[k] = (f"{label} {text}", heading, bold)
    return rows


def html_lines(source: str) -> list[list[Line]]:
    lines: list[Line] = []
    header: list[str] | None = None
    body: list[list[str]] = []
    source, grids = _html_tables(source)
    parsed = _parse(source)
    m = POSTED_META.search(source)
    posted = re.search(r"content=[\"'](\d{4}-\d{2}-\d{2})", m.group(0)) if m else None
    posted = posted.group(1) if posted else parsed.posted
    if posted:
        # the post's own date is when the page was published, never the meeting's
        lines.append(Line(f"Published: {posted}"))
    rows = _number_title_lists(parsed)
    for text, heading, bold in rows:
        pm = POSTED_LINE.match(text) if text[:1] in "Pp" else None
        if pm:
            lines.append(Line(f"Published: {pm.group('date')}"))
            continue
        if text.strip() in grids:
            if header is not None:
                lines.extend(table_lines(header, body))
                header, body = None, []
            lines.extend(grids[text.strip()])
            continue
        if "\t" in text:
            cells = text.split("\t")
            if is_header(cells):
                if header is not None:
                    lines.extend(table_lines(header, body))
                header, body = cells, []
                continue
            if header is not None and len(cells) >= 2:
                body.append(cells)
                continue
        if header is not None:
            lines.extend(table_lines(header, body))
            header, body = None, []
        lines.extend(_row_lines(text, heading, bold))
    if header is not None:
        lines.extend(table_lines(header, body))
    return [lines]


def _uk_date(value: str | None) -> str | None:
    value = (value or "").strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d/%m/%Y %H:%M:%S"):
        try:
            return datetime.strptime(value, fmt).strftime("%A %-d %B %Y")
        except ValueError:
            continue
    return None


def xml_lines(path, source: str) -> list[list[Line]]:
    """A ModernGov GetMeeting answer → the lines of the minutes (or agenda) it describes."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(source.encode("utf-8") if source.startswith("<?xml") else source)
    except ET.ParseError as exc:
        raise InputError(path, f"not well-formed XML ({exc})") from None
    meeting = root if root.tag.lower() == "meeting" else root.find(".//meeting")
    if meeting is None:
        raise InputError(path, "XML without a <meeting> element")

    def get(node, tag):
        found = node.find(tag)
        return (found.text or "").strip() if found is not None and found.text else ""

    committee = get(meeting, "committeetitle") or ""
    if not committee:
        for tag in (".//refertocommittee", ".//committeetitle"):
            found = meeting.find(tag)
            if found is not None and (found.text or "").strip():
                committee = found.text.strip()
                break
    minutes = get(meeting, "minutepublished").lower() == "true"
    date = _uk_date(get(meeting, "meetingdate"))
    time = get(meeting, "meetingactualstarttime") or get(meeting, "meetingtime")
    finish = get(meeting, "meetingactualfinishtime")
    lines = [Line(committee or "Meeting", heading=True)]
    held = "Minutes of the meeting held" if minutes else "Agenda for the meeting to be held"
    lines.append(Line(f"{held} on {date or 'an unknown date'}" + (f" at {time}" if time else "")))
    location = get(meeting, "meetinglocation")
    if location:
        lines.append(Line(f"Venue: {location}"))
    attendees = meeting.findall(".//attendee")
    groups: dict[str, list[str]] = {}
    for person in attendees:
        name = person.get("name") or ""
        role = person.get("roledescription") or ""
        state = (person.get("attendance") or "").lower()
        label = "In attendance:" if state.startswith("in attendance") else \
            "Apologies:" if "apolog" in state else \
            "Present:" if re.match(r"present|attended|virtual|remote", state) else "Membership:"
        if minutes and label == "Membership:":
            continue        # absent or never marked: neither present nor apologies
        groups.setdefault(label, []).append(f"{name} ({role})" if role else name)
    for label, names in groups.items():
        lines.append(Line(""))
        lines.append(Line(label, heading=True))
        lines.extend(Line(n) for n in names)
    items = []
    for item in meeting.findall(".//agendaitem"):
        number = get(item, "fulldisplaynumberformat").rstrip(".") or get(item, "minutesitemnumber") or \
            get(item, "agendaitemnumber")
        sub = get(item, "minutesitemsubnumber") or get(item, "agendaitemsubnumber")
        body = get(item, "minutesnonemptyhtmlbody") if minutes else ""
        body = body or get(item, "agendatext")
        items.append((number + sub, get(item, "agendaitemtitle"), body))
    for number, title, body in items:
        lines.append(Line(""))
        lines.append(Line(f"{number}. {title}", heading=True))
        for text, heading, bold in html_rows(html.unescape(body) if "&lt;" in body else body):
            lines.append(Line(text.replace("\t", " "), bold=bold))
    if finish:
        lines.append(Line(f"The meeting ended at {finish}"))
    return [lines]


def read_markup(path, data: bytes, kind: str) -> Text:
    from minutebook.ingest.readers.text import build, decode

    source = decode(path, data)
    if not source.strip():
        raise InputError(path, "file is empty")
    if kind == "xml" or source.lstrip().startswith("<?xml"):
        pages = xml_lines(path, source)
        kind = "xml"
    else:
        source = normalise(source)
        pages = markdown_lines(source) if kind == "markdown" else html_lines(source)
    for page in pages:
        for line in page:
            line.text = normalise(line.text) if kind == "xml" else line.text
    text = build(str(path), pages, kind)
    if not any(line.text.strip() for line in text.lines):
        raise InputError(path, f"no text in the {kind} file")
    return text
