"""Both seeds, read by the real parser, go into the store with their meetings, minutes, actions, people and
body settings (``seeded`` in tests/conftest.py runs ``ingest_paths`` on the seed files)."""
import datetime as dt

import pytest

from minutebook.store.models import (Action, Attendance, Body, Document, Meeting, Membership, Minute, Person,
                                     Report, Resolution)

BODY = "Safer Bromley Partnership Strategic Group"
D = dt.date


def test_summary_of_the_seed_ingest(db):
    from minutebook.store.ingest import ingest_paths
    from store_builders import SEED_MINUTES, SEED_PACK

    seen = []
    summary = ingest_paths([SEED_MINUTES.parent], progress=lambda i, n, p: seen.append((i, n, p.name)))
    assert seen == [(0, 2, SEED_PACK.name), (1, 2, SEED_MINUTES.name)]
    assert (summary.ingested, summary.unchanged, summary.failed) == (2, 0, 0)
    assert summary.minutes == 38 and summary.actions == 11
    again = ingest_paths([SEED_PACK, SEED_MINUTES])
    assert (again.ingested, again.unchanged) == (0, 2)


def test_seed_pack_meetings_minutes_and_actions(seeded):
    body = Body.objects.get(name=BODY)
    march = Meeting.objects.get(body=body, date=D(2017, 3, 9))
    july = Meeting.objects.get(body=body, date=D(2017, 7, 6))
    assert march.status == Meeting.HELD and july.status == Meeting.PLANNED
    assert (march.start, march.end) == (dt.time(10), dt.time(11, 50))
    assert july.venue == "Committee Room 2 - Bromley Civic Centre" and july.agenda_published_on == D(2017, 6, 27)
    assert july.previous_meeting_date == D(2017, 3, 9)
    # 8 June 2017 (stated in the March minutes) became 6 July: no empty placeholder stays
    assert not Meeting.objects.filter(body=body, date=D(2017, 6, 8)).exists()
    assert Meeting.objects.filter(body=body, date=D(2017, 9, 14), status=Meeting.PLANNED).exists()
    assert Minute.objects.filter(meeting=march).count() == 19
    assert [m.number for m in Minute.objects.filter(meeting=march)][:2] == ["128", "129"]
    march_actions = Action.objects.filter(minute__meeting=march)
    assert sorted((a.minute.number, [o.initials for o in a.owners.all()]) for a in march_actions) == \
        [("137", ["LG"]), ("139b", ["RV"])]
    assert all(a.status == Action.OPEN and a.due_meeting == july for a in march_actions)
    assert march_actions.get(minute__number="137").owners.get().person.name == "Laurie Grasty"
    assert july.agenda_items.count() == 19 and july.reports.get().report_no == "CSD 17104"
    assert Report.objects.get(report_no="CSD 17104").data["matters_arising"][1]["minute"] == "139b"


def test_seed_minutes_december(seeded):
    body = Body.objects.get(name=BODY)
    dec = Meeting.objects.get(body=body, date=D(2017, 12, 19))
    assert dec.status == Meeting.HELD and dec.chair.name == "Chris Hafford"
    numbers = list(Minute.objects.filter(meeting=dec).values_list("number", flat=True))
    # 175 to 191 (17 numbers) plus the lettered sub-items 186a and 186b
    assert numbers == [str(n) for n in range(175, 187)] + ["186a", "186b"] + [str(n) for n in range(187, 192)]
    owners = sorted((a.minute.number, tuple(o.initials for o in a.owners.all()))
                    for a in Action.objects.filter(minute__meeting=dec))
    assert owners == [("180", ("LG", "TG")), ("181", ("RV",)), ("183", ("LS", "JB")), ("184", ("CH",)),
                      ("186a", ("LS",)), ("186b", ("JB",)), ("187", ("CH",)), ("188", ("AR",)), ("189", ("AM",))]
    march_next = Meeting.objects.get(body=body, date=D(2018, 3, 8))
    assert march_next.status == Meeting.PLANNED
    assert set(Action.objects.filter(minute__meeting=dec).values_list("due_meeting", flat=True)) == {march_next.pk}
    assert Resolution.objects.filter(minute__meeting=dec, minute__number="180").count() == 2
    # substitute: Sham Kidane attended in Janet Bailey's place
    apology = Attendance.objects.get(meeting=dec, person__name="Janet Bailey")
    assert apology.kind == Attendance.APOLOGIES and apology.substitute.name == "Sham Kidane"
    assert Attendance.objects.filter(meeting=dec, kind=Attendance.PRESENT).count() == 12
    assert Attendance.objects.get(meeting=dec, is_chair=True).person.name == "Chris Hafford"


def test_people_memberships_and_documents(seeded):
    body = Body.objects.get(name=BODY)
    # one person per name across both documents; Steve and Stephen Wood stay two people
    assert Person.objects.filter(name="Rob Vale").count() == 1
    assert {"Steve Wood", "Stephen Wood"} <= set(Person.objects.values_list("name", flat=True))
    chair = Membership.objects.get(body=body, position=Membership.CHAIR)
    vice = Membership.objects.get(body=body, position=Membership.VICE_CHAIR)
    assert (chair.person.name, vice.person.name) == ("Chris Hafford", "Nigel Davies")
    assert Membership.objects.filter(body=body, end__isnull=True).count() == 18
    assert Person.objects.get(name="Philip Powell").organisation.name == "London Ambulance Service"
    docs = Document.objects.order_by("id")
    assert [d.kind for d in docs] == ["original", "original"]
    assert docs[0].content.tobytes() if hasattr(docs[0].content, "tobytes") else docs[0].content
    assert docs[0].meeting.date == D(2017, 7, 6) and docs[0].parsed["records"][0]["kind"] == "agenda"


def test_body_settings_from_the_documents(seeded):
    body = Body.objects.get(name=BODY)
    assert body.next_minute_number == 192
    # CSD 17104 (the pack's report), then CSD 18003 (discussed at minute 178 in December)
    assert (body.report_prefix, body.report_next_number) == ("CSD", 18004)
    assert (body.contact_name, body.contact_email) == ("Steve Wood", "stephen.wood@bromley.gov.uk")
    assert (body.question_deadline_days, body.question_deadline_time) == (4, dt.time(17))
    assert body.standing_items[:2] == ["APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING"]
    assert "PRESENTATION FROM RESTORE LONDON" not in body.standing_items
    assert body.default_venue == "Committee Room 2 - Bromley Civic Centre" and body.default_start == dt.time(10)
    subs = list(Body.objects.filter(parent=body).order_by("name").values_list("name", flat=True))
    assert subs == ["ASB and Envirocrime Sub Group", "Domestic Abuse Sub Group", "Offender Management Sub Group",
                    "Youth Offending Service and Gangs Sub Group"]
