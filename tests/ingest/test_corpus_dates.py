"""Every corpus document (../shared/corpus and ../shared/corpus-real) parses into at least one record with the meeting date its source states."""
import csv

import pytest

from minutebook.ingest.parse import parse_file
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared")) / "corpus"


def cases():
    rows = []
    for index in (CORPUS / "SOURCES.tsv", CORPUS / "moderngov" / "SOURCES.tsv", CORPUS.parent / "corpus-real" / "SOURCES.tsv"):
        if not index.exists():
            continue
        with open(index, newline="") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if not row or row[0] == "file":
                    continue
                path = index.parent / row[0]
                col = 6 if index.parent.name == "corpus-real" else 5      # corpus-real has a "body" column first
                date = row[col][:10] if len(row[col]) >= 10 and row[col][4] == "-" and row[col][7] == "-" else None
                rows.append(pytest.param(path, date, id=row[0]))
    return rows


@pytest.mark.parametrize("path,date", cases())
def test_corpus_file_has_its_meeting_date(path, date):
    doc = parse_file(path)
    assert doc.records, f"no records in {path.name}"
    dates = [r.meeting.date for r in doc.records]
    if date is None:
        # the document does not state its date: a record without one, never an invented date
        assert None in dates and not [d for d in dates if d], dates
    else:
        assert date in dates, dates
