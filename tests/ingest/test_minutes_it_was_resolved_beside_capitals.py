"""Minutes that mark decisions in capitals ("RESOLVED that …") may also write one as a sentence in the narrative
("… It was resolved to accept the quotation …", "It was agreed that the Annual Parish Meeting will be held …"): those
are decisions too; "It was agreed that Mr X would …" is an action, not a decision."""
from minutebook.ingest.parse import parse_file

DOC = """HOLLOWAY PARISH COUNCIL
Minutes of the meeting held at the Village Hall on Tuesday 5 March 2024 at 7.00 pm

Present: Cllr A Brook (Chair), Cllr B Carr, Cllr C Dunn

10/24 Minutes
RESOLVED that the minutes of 6 February 2024 be approved.

11/24 Play area
Two quotations had been received. It was resolved to accept the quotation from Swingco of £2,100. Cllr Carr will arrange the work.

12/24 Annual Parish Meeting
It was agreed that the Annual Parish Meeting will be held on 14 May 2024.

13/24 Footpaths
It was agreed that Cllr Dunn would walk the footpaths before the next meeting.
"""


def test_it_was_resolved_sentence_beside_capitals(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text(DOC, encoding="utf-8")
    record = next(r for r in parse_file(path).records if r.kind == "minutes")
    res = {i.number: i.resolutions for i in record.items}
    assert res["11/24"] == ["to accept the quotation from Swingco of £2,100."]
    assert res["12/24"] == ["the Annual Parish Meeting will be held on 14 May 2024."]
    assert res["13/24"] == []
