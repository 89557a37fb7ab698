"""Paragraphs a PDF converter printed twice appear once in a minute's narrative."""
import os
from pathlib import Path

from minutebook.ingest.parse import parse_file
from minutebook.ingest.repair import drop_repeats

ROOT = Path(__file__).resolve().parents[2]
SEED_MINUTES = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared")) / "seeds" / "001_d28e78b19fcbbe22.txt"


def test_repeated_paragraph_is_dropped():
    first = "The Group heard that CRC in Bromley was now located at Huntington House, and 9 officers worked there."
    assert drop_repeats(["Intro text that is long enough to count here.", first, first[20:]]) == \
        ["Intro text that is long enough to count here.", first]


def test_seed_narrative_has_no_repeats_or_furniture():
    doc = parse_file(SEED_MINUTES)
    items = {i.number: i for i in doc.records[0].items}
    text = items["183"].text
    assert text.count("The Group heard that CRC in Bromley was now located at Huntington House") == 1
    assert text.count("NTC Novo won the contract") == 1
    resilience = items["180"].text
    assert "Image:" not in resilience and resilience.count("Corporate Resilience Manager") == 1
    assert "LS/JB" not in text and "<li>" not in text
