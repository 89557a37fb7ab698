"""DOCX reader: python-docx → lines in document order.

- paragraphs in order, with list numbering that Word generates written out ("1.", "a)", "•");
- headings (styles "Heading N", "Title", "Subtitle") → ``Line.heading``; whole-bold paragraphs → ``Line.bold``;
- tables row by row: the cells' first paragraphs on one line joined by three spaces, further paragraphs
  on their own lines; a last column headed "Action" or holding initials gives ``Line.action`` on the
  last text line of its row (the header word itself is furniture);
- page breaks (explicit, or where Word last laid a page out) count pages, so ``Line.page`` is the page
  Word showed the line on when the file was saved (approximately, for files saved by other programs);
- headers and footers are page furniture: their text is kept as the stamps of every page ("DRAFT").
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from minutebook.ingest import limits
from minutebook.ingest.errors import InputError
from minutebook.ingest.lines import Line, PageInfo, Text
from minutebook.ingest.readers.pdf import ACTION_HEADER, INITIALS, normalise_lines
from minutebook.ingest.repair import fix_lookalikes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PAGE_LABEL = re.compile(r"^(?:page\s*)?\d*(?:\s*(?:of|/)\s*\d*)?$", re.I)     # "Page", "Page 3 of 9", "3"
HEADING_STYLE = re.compile(r"^(?:heading\s*\d*|title|subtitle)$", re.I)


def _check_zip(path: Path, data: bytes) -> None:
    # the sizes are those the zip declares: Python's zipfile never unpacks a member beyond its declared
    # size (a member that claims less than it holds fails its CRC check)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            unpacked = sum(i.file_size for i in zf.infolist())
            biggest_xml = max(((i.file_size, i.filename) for i in zf.infolist()
                               if i.filename.lower().endswith((".xml", ".rels"))), default=(0, ""))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise InputError(path, "not a valid DOCX (corrupt or not a zip archive)") from None
    if "word/document.xml" not in names:
        if "xl/workbook.xml" in names:
            raise InputError(path, "this is an Excel workbook, not a Word document")
        if any(n.startswith("ppt/") for n in names):
            raise InputError(path, "this is a PowerPoint file, not a Word document")
        if "mimetype" in names and "content.xml" in names:
            raise InputError(path, "this is an OpenDocument file, not supported: save it as .docx or PDF")
        raise InputError(path, "not a valid DOCX (a zip archive without a Word document inside)")
    limit = limits.current()
    if unpacked > limit.unpacked_bytes:
        raise InputError(path, f"DOCX is too large unpacked ({unpacked / limits.MB:.0f} MB; the limit is "
                               f"{limit.unpacked_mb} MB, MINUTEBOOK_INGEST_UNPACKED_MB)")
    if biggest_xml[0] > limit.xml_bytes:
        raise InputError(path, f"DOCX part {biggest_xml[1]} is too large ({biggest_xml[0] / limits.MB:.0f} MB of XML; "
                               f"the limit is {limit.xml_mb} MB, MINUTEBOOK_INGEST_XML_MB)")


class _Numbering:
    """Word's generated list numbers, formatted as the numbering part says. As in Word, lists that
    share an abstract numbering continue one another's count, unless a list restarts it
    (w:lvlOverride/w:startOverride)."""

    def __init__(self, document):
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.abstract_of: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, list[int | None]] = {}   # per abstract numbering
        self.started: set[str] = set()                # lists whose restart has been applied
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            return
        root = part.element
        abstract = {}
        for a in root.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in a.iter(f"{W}lvl"):
                levels[int(lvl.get(f"{W}ilvl", "0"))] = self._level(lvl)
            abstract[a.get(f"{W}abstractNumId")] = levels
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            num_id, abstract_id = num.get(f"{W}numId"), ref.get(f"{W}val")
            self.abstract_of[num_id] = abstract_id
            levels = dict(abstract.get(abstract_id, {}))
            for override in num.iter(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    levels[ilvl] = self._level(lvl)
                start = override.find(f"{W}startOverride")
                if start is not None:
                    self.overrides.setdefault(num_id, {})[ilvl] = int(start.get(f"{W}val"))
            for ilvl, spec in levels.items():
                self.formats[(num_id, ilvl)] = spec

    @staticmethod
    def _level(lvl) -> tuple[str, str, int]:
        fmt = lvl.find(f"{W}numFmt")
        text = lvl.find(f"{W}lvlText")
        start = lvl.find(f"{W}start")
        return (fmt.get(f"{W}val") if fmt is not None else "decimal",
                text.get(f"{W}val") if text is not None else "",
                int(start.get(f"{W}val")) if start is not None else 1)

    def label(self, paragraph) -> str:
        num_pr = None
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.numPr is not None:
            num_pr = ppr.numPr
        else:                                   # numbering set by the paragraph's style (List Number)
            style = paragraph.style
            while style is not None and num_pr is None:
                sppr = style.element.pPr
                if sppr is not None and sppr.numPr is not None:
                    num_pr = sppr.numPr
                style = style.base_style
        if num_pr is None:
            return ""
        num_id = num_pr.numId.val if num_pr.numId is not None else None
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        if num_id is None or str(num_id) == "0":
            return ""
        num_id = str(num_id)
        spec = self.formats.get((num_id, ilvl))
        if spec is None:
            return "•"
        ilvl = min(ilvl, 9)
        counters = self.counters.setdefault(self.abstract_of.get(num_id, num_id), [None] * 10)
        if num_id not in self.started:
            self.started.add(num_id)
            for level, value in self.overrides.get(num_id, {}).items():
                if level < 10:
                    counters[level] = value - 1        # the next number at this level is the override
        counters[ilvl] = spec[2] if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 10):
            counters[deeper] = None
        fmt, text, _ = spec
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return ""

        def level_value(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            f = self.formats.get((num_id, k), ("decimal", "", 1))[0] if k != ilvl else fmt
            value = counters[k] if 0 <= k < 10 and counters[k] is not None else self.formats.get((num_id, k), ("", "", 1))[2]
            return _format(value, f)

        return re.sub(r"%(\d)", level_value, text) if text else _format(counters[ilvl], fmt)


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(97 + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        s = ""
        for v, sym in vals:
            while n >= v:
                s += sym
                n -= v
        return s.upper() if fmt == "upperRoman" else s
    return str(n)


_SKIP = {f"{W}{t}" for t in ("pPr", "rPr", "del", "txbxContent", "instrText", "delText", "footnoteReference",
                              "commentReference")}


def _paragraph_text(p_element) -> str:
    """A paragraph's text in document order, tracked insertions included and deletions left out
    (python-docx's Paragraph.text drops text inside w:ins); text boxes and field codes are not read."""
    out: list[str] = []

    def walk(el):
        for child in el:
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == f"{W}t":
                out.append(child.text or "")
            elif tag in (f"{W}tab", f"{W}ptab"):
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                if child.get(f"{W}type") not in ("page", "column"):
                    out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(p_element)
    return "".join(out)


def _style_bold(style) -> bool | None:
    while style is not None:
        if style.font is not None and style.font.bold is not None:
            return style.font.bold
        style = style.base_style
    return None


class _Reader:
    def __init__(self, document):
        self.document = document
        self.numbering = _Numbering(document)
        self.page = 1
        self.lines: list[Line] = []
        self.rendered = next(document.element.body.iter(f"{W}lastRenderedPageBreak"), None) is not None

    def _breaks(self, p_element) -> tuple[int, int]:
        """Page breaks in a paragraph: (before its first text, after it). Where Word recorded its own
        layout (lastRenderedPageBreak) only those count, else explicit page breaks."""
        before = after = 0
        seen_text = False
        for el in p_element.iter(f"{W}t", f"{W}br", f"{W}lastRenderedPageBreak"):
            if el.tag == f"{W}t":
                seen_text = seen_text or bool(el.text and el.text.strip())
                continue
            if self.rendered:
                hit = el.tag == f"{W}lastRenderedPageBreak"
            else:
                hit = el.tag == f"{W}br" and el.get(f"{W}type") == "page"
            if hit:
                if seen_text or (not self.rendered and el.tag == f"{W}br"):
                    after += 1
                else:
                    before += 1
        ppr = p_element.pPr
        if not self.rendered and ppr is not None and ppr.find(f"{W}pageBreakBefore") is not None:
            before += 1
        return before, after

    def paragraph_lines(self, paragraph) -> list[Line]:
        """The lines of one paragraph (a soft line break starts a new line)."""
        style = paragraph.style
        style_name = style.name if style is not None else ""
        heading = bool(HEADING_STYLE.match(style_name or ""))
        style_bold = _style_bold(style)
        runs = [r for r in paragraph.runs if r.text.strip()]

        def run_bold(run) -> bool:
            if run.bold is not None:
                return run.bold
            inherited = _style_bold(run.style) if run.style is not None else None
            return bool(style_bold) if inherited is None else inherited

        bold = bool(runs) and all(run_bold(r) for r in runs)
        text = _paragraph_text(paragraph._p).replace("\t", "   ").replace("\xa0", " ")
        label = self.numbering.label(paragraph)
        before, after = self._breaks(paragraph._p)
        self.page += before
        page = self.page
        self.page += after
        parts = text.split("\n") if text.strip() else [""]
        out = []
        for i, part in enumerate(parts):
            part = part.rstrip()
            if i == 0 and label and part.strip():
                part = f"{label} {part.lstrip()}"
            out.append(Line(part, page=page, heading=heading and bool(part.strip()), bold=bold and bool(part.strip())))
        return out

    def table(self, table) -> None:
        rows = []
        for row in table.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                cells.append(cell)
            rows.append(cells)
        if not rows:
            return
        if self._tick_register(rows) or self._grid(rows):
            return
        width = max(len(r) for r in rows)
        last_texts = [fix_lookalikes(r[-1].text.strip()) for r in rows if len(r) == width and len(r) > 1]
        header = bool(last_texts) and bool(ACTION_HEADER.match(last_texts[0]))
        initials = [t for t in last_texts[1 if header else 0:] if t]
        action_col = width > 1 and (header or (len(initials) >= 1 and all(INITIALS.match(t) for t in initials)
                                               and len(initials) >= max(1, len(last_texts) // 4)))
        for r, cells in enumerate(rows):
            action = None
            if action_col and len(cells) == width:
                t = fix_lookalikes(cells[-1].text.strip())
                cells = cells[:-1]
                if t and not (r == 0 and header) and not ACTION_HEADER.match(t):
                    action = re.sub(r"\s*([/,&+])\s*", r"\1", " ".join(t.split()))
            per_cell = [[ln for p in c.paragraphs for ln in self.paragraph_lines(p)] for c in cells]
            per_cell = [[ln for ln in lines if ln.text.strip()] for lines in per_cell]
            firsts = [lines[0] for lines in per_cell if lines]
            if not firsts:
                if action and self.lines:
                    self._attach(action)
                continue
            self.lines.append(Line(
                "   ".join(ln.text.strip() for ln in firsts),
                page=firsts[0].page,
                heading=all(ln.heading for ln in firsts),
                bold=all(ln.bold for ln in firsts),
            ))
            for lines in per_cell:
                self.lines.extend(lines[1:])
            if action:
                self._attach(action)
            self.lines.append(Line("", page=self.page))

    def _tick_register(self, rows) -> bool:
        """An attendance register with Present / Apologies / Absent columns: read cell by cell (empty cells kept), so
        the column a mark stands in decides the list."""
        from minutebook.ingest.readers.markup import _role, is_header, table_lines

        header = [" ".join(c.text.split()) for c in rows[0]]
        roles = [_role(h) for h in header]
        if not (is_header(header) and "name" in roles and roles.count("attendance") >= 2):
            return False
        body = [[fix_lookalikes(" ".join(c.text.split())) for c in r] for r in rows[1:]]
        self.lines.extend(table_lines(header, body))
        return True

    def _grid(self, rows) -> bool:
        """An attendance or items table recognised from its header row (tables.grid_lines): its lines."""
        from minutebook.ingest.readers.markup import is_header
        from minutebook.ingest.readers.tables import grid_lines, is_section_row

        title = None
        if len(rows) > 2 and len(rows[0]) == 1 and is_header([" ".join(c.text.split()) for c in rows[1]]):
            title, rows = " ".join(rows[0][0].text.split()), rows[1:]     # a caption row above the header
        header = [fix_lookalikes(" ".join(c.text.split())) for c in rows[0]]
        if not (is_header(header) or is_section_row(header)):
            return False
        page = self.page
        saved = ({k: list(v) for k, v in self.numbering.counters.items()}, set(self.numbering.started))
        grid, above = [], {id(c._tc) for c in rows[0]}
        for r in rows[1:]:
            # a cell merged down from the row above (w:vMerge) is read once, in its first row
            grid.append([[] if id(c._tc) in above else
                         [(fix_lookalikes(ln.text.strip()), ln.bold) for p in c.paragraphs for ln in self.paragraph_lines(p)
                          if ln.text.strip()] for c in r])
            above = {id(c._tc) for c in r}
        lines = grid_lines(header, grid, page=page)
        if lines is None:
            self.page = page
            self.numbering.counters, self.numbering.started = saved    # read again by the caller
            return False
        if title:
            self.lines.extend([Line(title, page=page, bold=True), Line("", page=page)])
        self.lines.extend(lines)
        self.lines.append(Line("", page=self.page))
        return True

    def _attach(self, action: str) -> None:
        for ln in reversed(self.lines):
            if ln.text.strip():
                ln.action = f"{ln.action}/{action}" if ln.action else action
                return

    def read(self) -> list[Line]:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        body = self.document.element.body
        for child in body.iterchildren():
            if child.tag == f"{W}p":
                self.lines.extend(self.paragraph_lines(Paragraph(child, self.document)))
            elif child.tag == f"{W}tbl":
                self.table(Table(child, self.document))
            elif child.tag == f"{W}sdt":          # content controls wrap paragraphs and tables
                content = child.find(f"{W}sdtContent")
                for el in (content if content is not None else []):
                    if el.tag == f"{W}p":
                        self.lines.extend(self.paragraph_lines(Paragraph(el, self.document)))
                    elif el.tag == f"{W}tbl":
                        self.table(Table(el, self.document))
        return self.lines


def read_docx(path: str | Path, data: bytes) -> Text:
    path = Path(path)
    _check_zip(path, data)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a broken package
        detail = " ".join(str(exc).split())[:120]
        raise InputError(path, f"not a valid DOCX ({type(exc).__name__}{': ' + detail if detail else ''})") from None
    reader = _Reader(document)
    lines = reader.read()
    # collapse runs of blank lines, trim the ends
    out: list[Line] = []
    for ln in lines:
        if not ln.text.strip() and (not out or not out[-1].text.strip()):
            continue
        out.append(ln)
    while out and not out[-1].text.strip():
        out.pop()
    if not out:
        raise InputError(path, "the document has no text")
    normalise_lines(out)
    # headers and footers are running heads and feet: kept as stamps of every page ("DRAFT")
    stamps: list[str] = []
    try:
        for section in document.sections:
            for part in (section.header, section.footer):
                if part.is_linked_to_previous and stamps:
                    continue
                for paragraph in part.paragraphs:
                    text = " ".join(_paragraph_text(paragraph._p).split())
                    if text and not PAGE_LABEL.match(text) and text not in stamps:
                        stamps.append(text)
    except Exception:  # noqa: BLE001 - a broken header must not cost the document
        pass
    pages = [PageInfo(index=i, stamps=list(stamps)) for i in range(1, reader.page + 1)]
    return Text(source=str(path), lines=out, pages=pages, kind="docx")
