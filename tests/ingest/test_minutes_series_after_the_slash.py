"""Lettered minute numbers with the series after the slash ("BM 18/2021", "BM 19/2021" … of the 2020/21 series,
"LW 64/2122"): each is a minute of one run, counted on the left of the slash."""
from minutebook.ingest.parse import parse_file


def test_series_after_the_slash(tmp_path):
    body = "".join(f"LW {n}/2122   {t}\n\nThe committee noted the update.\n\n"
                   for n, t in zip(range(64, 69), ["Welcome", "Declarations of interest", "Minutes", "Governance",
                                                   "Date of next meeting"]))
    path = tmp_path / "m.txt"
    path.write_text("Learning Committee\nMinutes of the meeting held on 9 May 2022\n\n" + body, encoding="utf-8")
    record = parse_file(path).records[0]
    assert [i.number for i in record.items] == ["LW 64/2122", "LW 65/2122", "LW 66/2122", "LW 67/2122", "LW 68/2122"]
