"""Who acted as chair at this meeting chairs it, whoever usually does: "Alex Wynick (Acting Chair)" beside "Janet
Bunker (Chair)", or "Agreed that Alex Wynick was to act as Chair" (rule acting-chair)."""
from minutebook.ingest.parse import parse_file

HEAD = """Community Group Minutes 17 September 2020

Present:
Janet Bunker, Parish of Ascension (Chair)
Alex Wynick{role}, Communications Coordinator
Tom Traynor

1. WELCOME

{welcome}
"""


def chair(tmp_path, role, welcome):
    path = tmp_path / "m.txt"
    path.write_text(HEAD.format(role=role, welcome=welcome), encoding="utf-8")
    return parse_file(path).records[0].chair


def test_acting_chair_in_the_list(tmp_path):
    assert chair(tmp_path, " (Acting Chair)", "The group was welcomed.") == "Alex Wynick"


def test_acting_chair_in_the_text(tmp_path):
    assert chair(tmp_path, "", "Agreed that Alex Wynick was to act as Chair due to the video call.") == "Alex Wynick"


def test_the_usual_chair_otherwise(tmp_path):
    assert chair(tmp_path, "", "The group was welcomed.") == "Janet Bunker"
