"""Whatever a user types, search answers (maybe with nothing) and the page never fails."""
from minutebook.search.query import parse_query, search

NASTY = ['"', '"BCU', "BCU\"", "*", "-", "--", "-BCU", "BCU*", "***", "(", "BCU)", "AND", "OR BCU", "NOT",
         "NEAR(BCU pilot)", "BCU:*", "a & b | !c", "'; DROP TABLE x; --", "title:BCU", "^BCU", "{BCU}",
         "BCU <-> pilot", "\\", "%", "_", "\x00BCU", "é", "BCU's", "x" * 2000, "a " * 200]


def test_search_never_raises(record):
    for text in NASTY:
        assert search(text, None).total >= 0
    assert search("BCU*", None).total >= 1 and search('"BCU', None).total >= 1


def test_queries_become_plain_terms():
    assert [t.words for t in parse_query('BCU "pilot sites" -knife path* AND (x)')] == [
        ("bcu",), ("pilot", "sites"), ("knife",), ("path",), ("x",)]
    assert parse_query("-only -negatives") == []


def test_search_page_never_fails(client, record):
    for text in NASTY:
        assert client.get("/search", {"q": text[:300]}).status_code == 200


def test_api_search_never_fails(client, record):
    for text in NASTY:
        assert client.get("/api/search", {"q": text[:300]}).status_code == 200
