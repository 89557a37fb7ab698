"""Acceptance: the agenda for 8 March 2018 drafted from the seed minutes of 19 December 2017."""
import datetime as dt

import pytest

from minutebook.store.cycle import draft_agenda, draft_minutes, find_body

BODY = "Safer Bromley Partnership Strategic Group"
PACK, MINUTES = "000_f18476df4ed148e9.txt", "001_d28e78b19fcbbe22.txt"
MARCH = dt.date(2018, 3, 8)


def ingest(*paths):
    from minutebook.store.ingest import ingest_paths

    summary = ingest_paths(list(paths))
    assert not [f.error for f in summary.files if f.status == "failed"]


@pytest.mark.django_db
def test_agenda_carries_the_requested_items(shared):
    ingest(shared / "seeds" / MINUTES)
    body = find_body(BODY)
    record = draft_agenda(body, MARCH)
    carried = {i.source_minute: i.title for i in record.agenda if i.source_minute}
    assert carried["189"] == "PRESENTATION FROM A SERIOUS ORGANISED CRIME ADVISOR"
    assert carried["180"] == "UPDATE ON THE MASS CASUALTY EXERCISE"
    assert carried["181"] == "UPDATE ON THE REVISED PREVENT ACTION PLAN"
    titles = [i.title for i in record.agenda]
    assert titles[:4] == ["APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING HELD ON 19TH DECEMBER 2017",
                          "QUESTIONS FROM COUNCILLORS OR MEMBERS OF THE PUBLIC", "MATTERS ARISING"]
    assert titles[-2:] == ["ANY OTHER BUSINESS", "DATE OF NEXT MEETING"]
    assert "REPORTS FROM SUB-GROUPS" in titles
    assert record.question_deadline == "2018-03-02T17:00"
    # minute numbers run on from 191
    assert draft_minutes(body, MARCH).items[0].number == "192"


@pytest.mark.django_db
def test_standing_items_of_the_earlier_agenda_lead(shared):
    ingest(shared / "seeds" / PACK, shared / "seeds" / MINUTES)
    record = draft_agenda(find_body(BODY), MARCH)
    numbers = {i.title: i.number for i in record.agenda}
    assert numbers["APOLOGIES FOR ABSENCE"] == "1"
    subs = [i for i in record.agenda if i.number[-1].isalpha()]
    head = numbers["REPORTS FROM SUB-GROUPS"]
    assert [i.number for i in subs] == [f"{head}{c}" for c in "abcd"]
    assert {"180", "181", "189"} <= {i.source_minute for i in record.agenda}
