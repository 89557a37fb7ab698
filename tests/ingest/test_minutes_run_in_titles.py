"""Run-in titles of parish and community council minutes: the title ends at the first colon ("2710. Public Forum:
No one present." in bold, "Reports from Sub-Committees:- Finance.", "Correspondence: Request from … for donation:
Clerk email …"); a two-part title in bold ("Multi-agency audit: children missing from education") stays whole,
and so does an agenda item's sub-topic ("Reports from Sub-Committees:- Finance. Consider …" in an agenda)."""
from minutebook.ingest.parse import parse_file

HEAD = "Minutes of a meeting of the above Council held on Monday 24th June 2019 at 7.00pm.\n\n"


def items(tmp_path, body, name="m.md"):
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return parse_file(path).records[0].items


def test_bold_run_in_title(tmp_path):
    got = items(tmp_path, "**2710. Public Forum: No one present.**\n\n**2711. Apologies for absence: Cllr Ashman.**\n\n"
                          "**2712. Multi-agency audit: children missing from education**\n\nNoted.\n")
    assert [i.title for i in got] == ["Public Forum", "Apologies for absence", "Multi-agency audit: children missing from education"]
    assert got[0].text == "No one present."


def test_plain_run_in_titles(tmp_path):
    got = items(tmp_path, "3740. Reports from Sub-Committees:- Finance. Finance Committee met 24th June.\n\n"
                          "3746. Correspondence: Request from Cerebral Palsy for donation: Clerk email and ask how many "
                          "people they work with in our area. Email from GAVO.\n\n3747. Date of next meeting: 19th August 2024.\n",
                name="m.txt")
    assert [i.title for i in got] == ["Reports from Sub-Committees", "Correspondence", "Date of next meeting"]
