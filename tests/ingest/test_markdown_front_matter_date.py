"""A static site's post carries its own date in the YAML front matter: that is when the page was published,
never the meeting's date."""
from minutebook.ingest.parse import parse_file

DOC = """---
title: "Committee agenda"
date: 2024-07-16
layout: post
---

# Example Society Committee

Meeting on Tuesday 23 July 2024 at 7pm in the Library.

## Agenda

1. Apologies
2. Minutes of the last meeting
3. Any other business
"""


def test_front_matter_date_is_publication(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "agenda")
    assert record.published == "2024-07-16"
    assert record.meeting.date == "2024-07-23"
