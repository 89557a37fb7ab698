"""First names that look like police abbreviations or common words stay names: "Di Aitken" (not DI),
"Will Harmer"; the abbreviations in capitals are still titles ("DI Charles Clare", "PC Jo Bloggs")."""
from minutebook.ingest.parsers.common import parse_people


def names(text):
    return [p.name for p in parse_people(text)]


def test_first_names_are_kept():
    assert names("Dr Di Aitken, Councillor Will Harmer") == ["Di Aitken", "Will Harmer"]
    assert names("Di Smith, Will Jones and May Brown") == ["Di Smith", "Will Jones", "May Brown"]


def test_police_abbreviations_in_capitals_are_titles():
    assert names("DI Charles Clare, PC Jo Bloggs") == ["Charles Clare", "Jo Bloggs"]
    assert names("Acting DCI Charles Clare (Bromley Police)") == ["Charles Clare"]
