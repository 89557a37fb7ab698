"""Store → record gives back what was stored, in the parser's shape."""
import re

from minutebook.record import Action as A, AgendaRecord, Apology, MinuteItem, MinutesRecord, PersonRef
from minutebook.store.models import Body, Meeting, Person
from minutebook.store.records import agenda_record, minutes_record, report_records
from store_builders import gold_minutes, gold_pack, minutes_doc, store


def test_minutes_round_trip(db):
    parsed = gold_minutes()
    store(parsed, b"december", "december.txt")
    out = minutes_record(Meeting.objects.get(date="2017-12-19"))
    assert isinstance(out, MinutesRecord) and out.draft
    expected = parsed.records[0].model_copy(update={"draft": True, "body": "Safer Bromley Partnership Strategic Group"},
                                            deep=True)
    # an action is stored as the thing to be done, not the whole resolution it came with
    prevent = next(i for i in expected.items if i.number == "181").actions[0]
    assert prevent.text.startswith("the Prevent update be noted and that ")
    prevent.text = prevent.text.removeprefix("the Prevent update be noted and that ")
    assert out.model_dump() == expected.model_dump()


def test_unsettled_owner_keeps_candidates_and_roles_come_back(db):
    items = [MinuteItem(number="186b", title="YOUTH OFFENDING", post_meeting_notes=["A working group was set up."],
                        actions=[A(text="send details", owners=["JB"], owner_names=[None],
                                   ambiguous={"JB": ["Janet Bailey", "Justin Brett"]})])]
    doc = minutes_doc("2017-12-19", items, present=("Justin Brett", "Rob Vale"))
    doc.records[0].present[0] = PersonRef(name="Justin Brett", role="Clarion Housing-Neighbourhood Investment Officer")
    doc.records[0].apologies.append(Apology(name="Janet Bailey", role="LBB Director", substitute="Sham Kidane"))
    store(doc, b"x", "x.txt")
    out = minutes_record(Meeting.objects.get(date="2017-12-19"))
    action = out.items[0].actions[0]
    assert action.owner_names == [None] and action.ambiguous == {"JB": ["Janet Bailey", "Justin Brett"]}
    assert out.items[0].post_meeting_notes == ["A working group was set up."]
    assert out.present[0].role == "Clarion Housing-Neighbourhood Investment Officer"
    assert out.present[0].organisation is None                 # as the document gave it
    assert Person.objects.get(name="Justin Brett").organisation.name == "Clarion Housing"   # the person's agency
    assert out.apologies == [Apology(name="Janet Bailey", role="LBB Director", substitute="Sham Kidane")]
    assert [p.name for p in out.also_present] == []        # the unlisted substitute is not invented as a guest


def test_agenda_and_reports_round_trip(db):
    parsed = gold_pack()
    store(parsed, b"pack", "pack.txt")
    july = Meeting.objects.get(date="2017-07-06")
    agenda = agenda_record(july)
    original: AgendaRecord = parsed.records[0]
    assert isinstance(agenda, AgendaRecord)
    for f in ("published", "question_deadline", "chair", "vice_chair", "next_meeting_date", "contact", "agenda"):
        assert getattr(agenda, f) == getattr(original, f), f
    assert agenda.meeting.model_dump() == original.meeting.model_dump() | {"end": None}
    assert sorted(m.name for m in agenda.members) == sorted(m.name for m in original.members)
    assert [m.name for m in agenda.members][:2] == ["Chris Hafford", "Nigel Davies"]
    [report] = report_records(july)
    assert report == parsed.records[2]
    assert Body.objects.get(parent__isnull=True).name == original.body


def stored_as(rec):
    """The parsed minutes as the store keeps them: each action as the thing to be done (181: "an update
    concerning the revised Prevent Action Plan be brought …", not "the Prevent update be noted and that …"),
    and no Action-column initials inside a resolution where the narrative has the clean sentence (183:
    "the update LS/JB should be fed back")."""
    rec = rec.model_copy(deep=True)
    for item in rec.items:
        if item.number == "183" and rec.meeting.date == "2017-12-19":
            assert "the update LS/JB should" in item.resolutions[0]
            item.resolutions[0] = item.resolutions[0].replace("the update LS/JB should", "the update should")
        for a in item.actions:
            a.text = re.sub(r"^the Prevent update be noted and that ", "", a.text)
    return rec


def test_seed_documents_come_back_as_parsed(seeded):
    from minutebook.ingest.parse import parse_file
    from store_builders import SEED_MINUTES, SEED_PACK

    pack = parse_file(SEED_PACK)
    december = parse_file(SEED_MINUTES)
    for parsed in (pack, december):
        for rec in parsed.records:
            if rec.kind == "minutes":
                out = minutes_record(Meeting.objects.get(date=rec.meeting.date, body__parent__isnull=True))
                assert out.model_dump() == stored_as(rec).model_copy(update={"draft": True}).model_dump()
            elif rec.kind == "agenda":
                assert agenda_record(Meeting.objects.get(date=rec.meeting.date)).model_dump() == rec.model_dump()
            elif rec.kind == "report":
                assert rec in report_records(Meeting.objects.get(date=rec.for_meeting))
