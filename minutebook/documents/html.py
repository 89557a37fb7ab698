"""HTML (and JSON) renderings of records, with Jinja2 templates in the house style."""
from __future__ import annotations

from functools import lru_cache

import jinja2
import markupsafe

from minutebook.documents import text as t
from minutebook.documents.narrative import Block, blocks
from minutebook.record import AgendaRecord, MinutesRecord, ReportRecord


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("minutebook.documents", "templates"),
                             autoescape=jinja2.select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters.update(long_date=t.long_date, ordinal_date=t.ordinal_date, uk_time=t.uk_time,
                       person=t.person_line, resolution=t.resolution_text, arising=t.arising_text, balanced=balanced,
                       pages=t.pages_text, owners=t.owners_text, due=t.due_text, status=t.status_text,
                       update=t.update_text)
    env.globals["position_mark"] = t.position_mark
    env.globals["meeting_notice"] = t.meeting_notice
    env.globals["held_sentence"] = t.held_sentence
    return env


def balanced(title: str, width: int = 58):
    """A long heading broken into two lines of about equal length (house headings do not leave one
    word dangling on a line of its own)."""
    words = title.split()
    if len(title) <= width or len(words) < 2:
        return title
    best = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
    return markupsafe.Markup("{}<br>{}").format(" ".join(words[:best]), " ".join(words[best:]))


def agenda_descriptions(r: AgendaRecord) -> list[list[str]]:
    """Lines printed under each agenda item: who presents, the questions deadline, the next meeting."""
    out = []
    for item in r.agenda:
        lines = []
        title = item.title.upper()
        if "QUESTION" in title and r.question_deadline:
            lines.extend(t.questions_text(r))
        if "NEXT MEETING" in title and r.next_meeting_date:
            lines.append(f"The next meeting is scheduled for {t.long_date(r.next_meeting_date)}.")
        if item.presenter:
            noun = "A presentation" if "PRESENTATION" in title else "An update"
            lines.append(f"{noun} will be provided by {item.presenter}.")
        out.append(lines)
    return out


def minutes_items(r: MinutesRecord) -> list[dict]:
    """Each minute with its printed paragraphs (:mod:`minutebook.documents.narrative`), consecutive
    list items grouped: {"item", "blocks", "groups": [("p", block) | ("ul", [blocks])]}."""
    items = []
    for item in r.items:
        printed = blocks(item)
        if t.is_apologies(item.title) and not item.text.strip():
            printed = [Block("para", line) for line in t.apologies_sentence(r)] + printed
        items.append({"item": item, "blocks": printed, "groups": grouped(printed)})
    return items


def grouped(printed: list[Block]) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for b in printed:
        if b.kind == "bullet":
            if out and out[-1][0] == "ul":
                out[-1][1].append(b)
            else:
                out.append(("ul", [b]))
        else:
            out.append(("p", b))
    return out


def render_html(record, *, organisation: str | None = None, contact=None, page_numbers: bool = True,
                logo: str | None = None, **_ignored) -> str:
    env = environment()
    common = {"r": record, "organisation": organisation, "contact": contact, "page_numbers": page_numbers,
              "logo": logo,
              "draft": getattr(record, "draft", False)}
    if isinstance(record, AgendaRecord):
        return env.get_template("agenda.html").render(descriptions=agenda_descriptions(record), **common)
    if isinstance(record, MinutesRecord):
        has_item = any(t.is_apologies(i.title) for i in record.items)
        block = [] if has_item else [
            f"{a.name}" + (f" ({a.role})" if a.role else "") + (f", {a.substitute} attended in their place" if a.substitute else "")
            for a in record.apologies]
        return env.get_template("minutes.html").render(items=minutes_items(record), apologies_block=block, **common)
    if isinstance(record, ReportRecord):
        return env.get_template("report.html").render(**common)
    raise TypeError(f"no HTML layout for {type(record).__name__}")


def render_json(record) -> str:
    return record.model_dump_json(indent=2)
