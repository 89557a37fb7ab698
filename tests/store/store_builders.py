"""Parsed documents for the store tests, built from the hand-made gold files so the store is tested on
its own, and helpers to write variants (a corrected version, a later meeting)."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from minutebook.record import (Action, AgendaItem, AgendaRecord, Apology, Contact, MattersArisingRow, MeetingInfo,
                               MinuteItem, MinutesRecord, ParsedDocument, PersonRef, ReportRecord)

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "gold"
SEED_PACK = SHARED / "seeds" / "000_f18476df4ed148e9.txt"
SEED_MINUTES = SHARED / "seeds" / "001_d28e78b19fcbbe22.txt"

BODY = "Safer Bromley Partnership Strategic Group"


def _minutes_from_gold(g: dict) -> MinutesRecord:
    items = []
    for it in g["items"]:
        actions = [Action(text=(it.get("resolutions") or [it["title"]])[0], owners=a["owners"],
                          owner_names=a["owner_names"]) for a in it.get("actions", [])]
        items.append(MinuteItem(number=it["number"], title=it["title"], report_ref=it.get("report_ref"),
                                text=it.get("text", ""), resolutions=it.get("resolutions", []), actions=actions))
    return MinutesRecord(
        body=g["body"], meeting=MeetingInfo(**g["meeting"]), chair=g["chair"],
        present=[PersonRef(name=n) for n in g["present"]], also_present=[PersonRef(name=n) for n in g["also_present"]],
        apologies=[Apology(name=n) for n in g["apologies"]],
        previous_meeting_date=g.get("previous_meeting_date"), next_meeting_date=g.get("next_meeting_date"), items=items)


def gold_pack() -> ParsedDocument:
    ag = json.loads((GOLD / "seed000_agenda_2017-07-06.json").read_text())
    mi = json.loads((GOLD / "seed000_minutes_2017-03-09.json").read_text())
    ma = ag["matters_arising_report"]
    agenda = AgendaRecord(
        body=ag["body"], meeting=MeetingInfo(**ag["meeting"]), published=ag["published"],
        question_deadline=ag["question_deadline"], chair=ag["chair"], vice_chair=ag["vice_chair"],
        members=[PersonRef(name=n, role="London Ambulance Service" if n == "Philip Powell" else None)
                 for n in ag["members"]],
        agenda=[AgendaItem(**i) for i in ag["agenda"]], next_meeting_date=ag["next_meeting_date"],
        contact=Contact(name="Steve Wood", phone="020 8313 4316", email="stephen.wood@bromley.gov.uk"))
    report = ReportRecord(body=ag["body"], meeting=MeetingInfo(date=ma["for_meeting"]), report_no=ma["report_no"],
                          title="MATTERS ARISING", for_meeting=ma["for_meeting"],
                          chief_officer="Mark Bowen, Director of Corporate Services",
                          matters_arising=[MattersArisingRow(**r) for r in ma["rows"]])
    data = SEED_PACK.read_bytes()
    return ParsedDocument(source=SEED_PACK.name, sha256=hashlib.sha256(data).hexdigest(),
                          records=[agenda, _minutes_from_gold(mi), report])


def gold_minutes() -> ParsedDocument:
    mi = json.loads((GOLD / "seed001_minutes_2017-12-19.json").read_text())
    rec = _minutes_from_gold(mi)
    rec.apologies[0].substitute = "Sham Kidane"
    data = SEED_MINUTES.read_bytes()
    return ParsedDocument(source=SEED_MINUTES.name, sha256=hashlib.sha256(data).hexdigest(), records=[rec])


def store(parsed: ParsedDocument, data: bytes | None = None, name: str | None = None):
    from minutebook.store.ingest import store_parsed

    if data is None:
        data = parsed.model_dump_json().encode()
    return store_parsed(parsed, data, name or parsed.source)


def minutes_doc(date: str, items: list[MinuteItem], *, present=("Rob Vale", "Laurie Grasty"), previous=None,
                nxt=None, source="later.txt", body=BODY, **kw) -> ParsedDocument:
    rec = MinutesRecord(body=body, meeting=MeetingInfo(date=date, start="10:00"), chair=present[0],
                        present=[PersonRef(name=n) for n in present], previous_meeting_date=previous,
                        next_meeting_date=nxt, items=items, **kw)
    return ParsedDocument(source=source, sha256="0" * 64, records=[rec])
