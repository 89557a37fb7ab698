"""Senior police and fire ranks written before a name ("Assistant Chief Constable Neil Varga - Wyvern Police")
are titles: the person is kept, under their name."""
import pytest

from minutebook.ingest.parsers.common import parse_people

LIST = """Ada Rook - Police and Crime Commissioner
Ivo Quill - Chief Executive, Office of the Police and Crime Commissioner
{rank} Esme Vane - Kestrel Police
Tam Hewer - Chief Finance Officer, Office of the Police and Crime Commissioner"""


@pytest.mark.parametrize("rank", ["Assistant Chief Constable", "Temporary Assistant Chief Constable",
                                  "Deputy Chief Constable", "Assistant Commissioner", "Chief Fire Officer", "DCC"])
def test_rank_before_the_name(rank):
    names = [p.name for p in parse_people(LIST.format(rank=rank))]
    assert names == ["Ada Rook", "Ivo Quill", "Esme Vane", "Tam Hewer"]


def test_rank_after_the_name_stays_a_role():
    people = parse_people("Esme Vane, Assistant Chief Constable, Kestrel Police\nAda Rook, Director of Housing\n"
                          "Ivo Quill, Head of Community Safety")
    assert [(p.name, p.role) for p in people][0] == ("Esme Vane", "Assistant Chief Constable, Kestrel Police")
