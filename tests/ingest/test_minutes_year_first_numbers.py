"""Minute numbers written year first ("24/01", "24/02" … for 2024) are a sequence like "101/23",
"102/23" …: the part every number shares is the series, the other part counts the minutes."""
from minutebook.ingest.parse import parse_file

HEAD = """Kestrel Valley Health Trust
Minutes of the Board of Directors held on Thursday 14 March 2024 at 10:00

Present: Ada Rook (Chair), Ivo Quill, Esme Vane

"""


def minutes(tmp_path, numbers):
    titles = ["Welcome and apologies", "Declarations of interest", "Minutes of the previous meeting",
              "Finance report", "Any other business"]
    body = "".join(f"{n} {t}\n\nThe Board noted the report.\n\n" for n, t in zip(numbers, titles))
    path = tmp_path / "m.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    return next(r for r in parse_file(path).records if r.kind == "minutes")


def test_year_first_numbers_are_each_a_minute(tmp_path):
    record = minutes(tmp_path, ["24/01", "24/02", "24/03", "24/04", "24/05"])
    assert [i.number for i in record.items] == ["24/01", "24/02", "24/03", "24/04", "24/05"]
    assert record.items[3].title == "Finance report"


def test_year_last_numbers_still_count_on_the_left(tmp_path):
    record = minutes(tmp_path, ["101/24", "102/24", "103/24", "104/24", "105/24"])
    assert [i.number for i in record.items] == ["101/24", "102/24", "103/24", "104/24", "105/24"]


def test_year_first_numbers_crossing_into_two_digits(tmp_path):
    record = minutes(tmp_path, ["23/08", "23/09", "23/10", "23/11", "23/12"])
    assert [i.number for i in record.items] == ["23/08", "23/09", "23/10", "23/11", "23/12"]
