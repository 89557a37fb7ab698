"""Every PDF of the shared corpus (real documents of other bodies) reads into lines without error."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from minutebook.ingest.readers import read

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared")) / "corpus"

PDFS = sorted(CORPUS.glob("*.pdf")) if CORPUS.exists() else []


@pytest.mark.skipif(not PDFS, reason="the shared corpus is not here")
@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_corpus_pdf_reads(path):
    text = read(path)
    body = [ln for ln in text.lines if ln.text.strip()]
    assert len(body) >= 10
    assert all(ln.page and ln.x is not None and ln.y is not None for ln in body)
    assert len(text.pages) >= 1 and not text.warnings
    # reading order: within a page, lines go down the page
    for page in {ln.page for ln in body}:
        ys = [ln.y for ln in body if ln.page == page]
        assert ys == sorted(ys)
    # page numbers printed as "Page N of M" or bare numbers come out as the page map, not text
    assert not any(ln.text.lower().startswith("page ") and " of " in ln.text and len(ln.text) < 15 for ln in body)
