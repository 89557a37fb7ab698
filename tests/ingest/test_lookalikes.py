"""Cyrillic and Greek capitals printed in place of Latin ones are read as the Latin letters."""
import os
from pathlib import Path

from minutebook.ingest.parse import parse_file
from minutebook.ingest.repair import normalise

ROOT = Path(__file__).resolve().parents[2]
SEED_MINUTES = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared")) / "seeds" / "001_d28e78b19fcbbe22.txt"


def test_cyrillic_initials_become_latin():
    assert normalise("RESOLVED that the report be noted.\t\u0421\u041d") == "RESOLVED that the report be noted.\tCH"
    assert normalise("\u0410\u041c and \u0391\u039c") == "AM and AM"


def test_a_cyrillic_document_is_left_alone():
    russian = "\u041f\u0440\u043e\u0442\u043e\u043a\u043e\u043b \u0437\u0430\u0441\u0435\u0434\u0430\u043d\u0438\u044f"
    assert normalise(russian) == russian


def test_seed_action_initials_in_cyrillic_resolve_to_people():
    doc = parse_file(SEED_MINUTES)
    items = {i.number: i for i in doc.records[0].items}
    assert [(a.owners, a.owner_names) for a in items["184"].actions] == [(["CH"], ["Chris Hafford"])]
    assert [(a.owners, a.owner_names) for a in items["189"].actions] == [(["AM"], ["Amanda Mumford"])]
