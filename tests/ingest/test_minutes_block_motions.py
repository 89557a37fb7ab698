"""Australian and Canadian council minutes print each motion as a block: "Moved: Cr A" / "Seconded: Cr B" / "That …" /
"CARRIED 6/0" (or "Moved by Councillor A, Seconded by Councillor B, THAT … CARRIED"). A carried motion's substance
is a resolution without mover and seconder; a lost motion and an officer recommendation are not; the label over the
block ("COUNCIL RESOLUTION 2024/011", "OFFICER RECOMMENDATION") is not part of the item's title."""
from minutebook.ingest.parse import parse_file

DOC = """<html><body>
<h1>Shire of Yarrin Ordinary Council Meeting</h1>
<p>Minutes of the meeting held in the Council Chambers on Tuesday, 12 March 2024 at 5.00pm</p>
<p>PRESENT: Cr Joan Hale (Shire President), Cr Tom Ruddick, Cr Mia Sorensen</p>
<h3>1 DECLARATION OF OPENING</h3>
<p>The Shire President declared the meeting open at 5.01pm.</p>
<h4>8.1 Confirmation of Minutes – 13 February 2024</h4>
<p><b>COUNCIL RESOLUTION 2024/021</b></p>
<p>Moved: Cr Tom Ruddick<br>Seconded: Cr Mia Sorensen</p>
<p>That the minutes of the meeting held on 13 February 2024 be confirmed as a true and correct record.</p>
<p><b>CARRIED 3/0</b></p>
<h4>9.1 Road Naming – Banksia Estate</h4>
<p><b>OFFICER RECOMMENDATION</b></p>
<p>That Council adopt the name Wattle Way.</p>
<p><b>MOTION</b></p>
<p>Moved: Cr Mia Sorensen<br>Seconded: Cr Joan Hale</p>
<p>That Council defer the matter to the April meeting.</p>
<p><b>LOST 1/2</b></p>
<p><b>COUNCIL RESOLUTION 2024/022</b></p>
<p>Moved: Cr Tom Ruddick<br>Seconded: Cr Joan Hale</p>
<p>That Council adopt the name Wattle Way.</p>
<p><b>CARRIED 2/1</b></p>
<h3>10 CLOSURE</h3>
<p>The Shire President declared the meeting closed at 5.40pm.</p>
</body></html>
"""


def _record(tmp_path):
    path = tmp_path / "m.html"
    path.write_text(DOC, encoding="utf-8")
    return next(r for r in parse_file(path).records if r.kind == "minutes")


def test_carried_block_motions_only(tmp_path):
    items = {i.number: i for i in _record(tmp_path).items}
    assert items["8.1"].resolutions == ["the minutes of the meeting held on 13 February 2024 be confirmed as a true and correct record."]
    assert items["9.1"].resolutions == ["Council adopt the name Wattle Way."]


def test_block_label_is_not_title(tmp_path):
    items = {i.number: i for i in _record(tmp_path).items}
    assert items["8.1"].title == "Confirmation of Minutes - 13 February 2024"
    assert items["9.1"].title == "Road Naming - Banksia Estate"


def test_presiding_office_declared_open_chairs(tmp_path):
    assert _record(tmp_path).chair == "Joan Hale"


CANADIAN = """TOWNSHIP OF BIRCH FALLS
Minutes of the Regular Council Meeting held on Monday, April 8, 2024 at 7:00 p.m.

Present: Mayor Carol Finch, Councillor Dev Raman, Councillor Ella Stone

1. Adoption of the Agenda
Moved by Councillor Raman, Seconded by Councillor Stone, THAT the agenda be adopted as circulated. CARRIED

2. Fence By-law
Moved by Councillor Stone, Seconded by Councillor Raman, THAT the fence by-law be deferred. DEFEATED
"""


def test_canadian_moved_by_seconded_by(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text(CANADIAN, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    res = {i.number: i.resolutions for i in record.items}
    assert res["1"] == ["the agenda be adopted as circulated."]
    assert res["2"] == []
