"""A corrected version (other bytes, same body, meeting and kind) replaces the old records and keeps
what users recorded on actions that survive."""
from django.utils import timezone

from minutebook.record import Action as A, MinuteItem
from minutebook.store.models import Action, ActionUpdate, Attendance, Document, Minute, Resolution
from store_builders import minutes_doc, store

ITEMS = [
    MinuteItem(number="201", title="APOLOGIES FOR ABSENCE"),
    MinuteItem(number="202", title="PREVENT UPDATE", resolutions=["an update be brought to the next meeting"],
               actions=[A(text="an update be brought to the next meeting", owners=["RV"], owner_names=["Rob Vale"])]),
    MinuteItem(number="203", title="RESILIENCE", resolutions=["the plan be circulated"],
               actions=[A(text="the plan be circulated", owners=["LG"], owner_names=["Laurie Grasty"])]),
]


def test_reissued_minutes_replace_the_old_ones(db):
    first = store(minutes_doc("2018-03-08", ITEMS, present=("Rob Vale", "Laurie Grasty", "Dan Jones")),
                  b"version 1", "minutes-v1.txt")
    kept = Action.objects.get(minute__number="202")
    ActionUpdate.objects.create(action=kept, status=Action.DONE, note="RAG status circulated", date=timezone.now())
    kept.status = Action.DONE
    kept.save()
    corrected = [ITEMS[0], ITEMS[1].model_copy(update={"title": "UPDATE ON THE PREVENT STRATEGY"}),
                 MinuteItem(number="203", title="RESILIENCE", resolutions=["the plan be noted"])]
    second = store(minutes_doc("2018-03-08", corrected, present=("Rob Vale", "Laurie Grasty")),
                   b"version 2", "minutes-v2.txt")
    assert (first.status, second.status) == ("ingested", "replaced")
    # nothing stale: the old minutes, resolutions, actions and attendance are gone
    assert list(Minute.objects.values_list("title", flat=True)) == [
        "APOLOGIES FOR ABSENCE", "UPDATE ON THE PREVENT STRATEGY", "RESILIENCE"]
    assert list(Resolution.objects.filter(minute__number="203").values_list("text", flat=True)) == ["the plan be noted"]
    assert Action.objects.count() == 1
    assert sorted(Attendance.objects.values_list("person__name", flat=True)) == ["Laurie Grasty", "Rob Vale"]
    # the surviving action (same minute, same owner) keeps its status and update
    survivor = Action.objects.get()
    assert survivor.status == Action.DONE
    assert [u.note for u in survivor.updates.all()] == ["RAG status circulated"]
    old, new = Document.objects.order_by("id")
    assert old.superseded_by == new and new.superseded_by is None


def test_corrected_agenda_replaces_items_and_membership_list(db):
    from store_builders import gold_pack

    from minutebook.store.models import AgendaItem, Membership

    pack = gold_pack()
    store(pack, b"pack v1", "pack-v1.txt")
    agenda = pack.records[0]
    fixed = agenda.model_copy(update={"members": [m for m in agenda.members if m.name != "Sara Bowrey"],
                                      "agenda": agenda.agenda[:-1]})
    result = store(pack.model_copy(update={"records": [fixed] + pack.records[1:]}), b"pack v2", "pack-v2.txt")
    assert result.status == "replaced"
    assert AgendaItem.objects.count() == len(agenda.agenda) - 1
    assert not Membership.objects.filter(person__name="Sara Bowrey").exists()
    assert Membership.objects.filter(person__name="Rob Vale").count() == 1
    assert Action.objects.count() == 2 and Minute.objects.count() == 19


def test_dropped_action_with_user_updates_is_reported(db):
    store(minutes_doc("2018-03-08", ITEMS), b"version 1", "minutes-v1.txt")
    gone = Action.objects.get(minute__number="203")
    ActionUpdate.objects.create(action=gone, status=Action.IN_PROGRESS, note="draft plan", date=timezone.now())
    result = store(minutes_doc("2018-03-08", ITEMS[:2]), b"version 2", "minutes-v2.txt")
    assert any("minute 203 (LG, open, 1 update(s))" in w for w in result.warnings), result.warnings
    assert Document.objects.get(filename="minutes-v2.txt").warnings == result.warnings


def test_standalone_minutes_replace_the_minutes_in_a_pack_but_not_the_pack(db):
    from store_builders import gold_pack

    from minutebook.store.models import AgendaItem, Report

    pack = gold_pack()
    store(pack, b"pack", "pack.txt")
    march = pack.records[1]
    signed = march.model_copy(update={"items": march.items[:-1]})
    result = store(pack.model_copy(update={"records": [signed]}), b"signed minutes", "signed.txt")
    assert result.status == "replaced"
    assert Minute.objects.count() == len(march.items) - 1
    assert AgendaItem.objects.count() == 19 and Report.objects.count() == 1      # the pack's other records stay
    assert Document.objects.get(filename="pack.txt").superseded_by is None
