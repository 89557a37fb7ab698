"""Snippets and titles are escaped HTML with the matched words in <mark>."""
from minutebook.search.query import search


def test_snippet_marks_matches_and_escapes_markup(record):
    results = search("pathfinder", None, kind="minute")
    assert results.total == 1
    snippet = str(results.results[0].snippet)
    assert "<mark>pathfinder</mark>" in snippet
    assert "<b>" not in snippet                      # the minute's own "<b>" never becomes markup
    assert results.results[0].url == f"/meetings/{record.public.pk}/#minute-{record.police_minute.pk}"


def test_title_matches_are_marked(record):
    results = search("police", None, kind="item")
    assert [str(r.title) for r in results.results] == ["<mark>Police</mark> update"]


def test_stemmed_and_prefix_forms_match(record):
    assert search("reported", None, kind="minute").total >= 1      # "reported" in the minute
    assert search("pathfind*", None, kind="minute").total == 1
    assert search('"BCU pilot"', None).total == 1                   # phrase
    assert search("BCU -pilot", None, kind="minute").total == 1     # only the youth board's minute
