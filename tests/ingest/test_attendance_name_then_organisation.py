"""A name followed by its organisation or role with no separator (a table flattened to one line)."""
from minutebook.ingest.parsers.common import parse_people


def person(text):
    found = parse_people(text)
    assert len(found) == 1
    return found[0]


def test_name_then_council():
    p = person("Cllr Imogen Tasker (Chair) Harbourvale County Council")
    assert (p.name, p.organisation, bool(p.chair)) == ("Imogen Tasker", "Harbourvale County Council", True)


def test_name_then_a_role_starting_with_an_adjective():
    assert person("Mr Keith Arbo Independent Co-opted Member").name == "Keith Arbo"


def test_rank_name_then_force():
    assert person("Det Supt Helena Varga Harbour Police").name == "Helena Varga"


def test_three_word_name_then_role():
    assert person("Mary Anne Smith Director").name == "Mary Anne Smith"
