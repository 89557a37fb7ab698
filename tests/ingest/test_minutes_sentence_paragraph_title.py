"""A numbered paragraph that is one sentence ("10.3 Parking along Church Road was discussed. …") keeps the
sentence whole as its title: a capitalised place name inside the sentence ("Church Road was …") is not where a
title ends. A Title Case title followed by its narrative ("Village Hall Update Work was noted …") still splits."""
from minutebook.ingest.parse import parse_file

DOC = """KESTREL PARISH COUNCIL

Minutes of the meeting held on Monday 12 July 2010 at 7.30 pm

Present: Cllr Ada Rook (Chairman), Cllr Ivo Quill, Cllr Esme Vane

10. Highways

10.1 Village Hall Update Work was noted to be complete and the hall had reopened for the use of all residents.

10.2 Parking along Church Road was discussed. Highways have been contacted about this but it is a matter for the Police.

11. Date of next meeting

Monday 13 September 2010.
"""


def test_sentence_paragraph_keeps_its_place_name(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    titles = {i.number: i.title for i in record.items}
    assert titles["10.2"] == "Parking along Church Road was discussed"
    assert titles["10.1"] == "Village Hall Update"
