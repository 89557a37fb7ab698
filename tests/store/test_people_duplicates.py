"""Likely duplicates are listed with a score and the evidence; merging moves everything to one person."""
from minutebook.record import Action as A, MinuteItem
from minutebook.store.models import ActionOwner, Attendance, Person
from minutebook.store.people import likely_duplicates, merge, name_key
from store_builders import minutes_doc, store


def pairs():
    return {frozenset((d.a.name, d.b.name)): d for d in likely_duplicates()}


def test_titles_do_not_make_two_people(db):
    assert name_key("Cllr Kate Lymer") == name_key("Councillor Kate Lymer") == name_key("Kate  Lymer")
    store(minutes_doc("2017-03-09", [], present=("Councillor Kate Lymer", "Rob Vale")), b"a", "a.txt")
    store(minutes_doc("2017-07-06", [], present=("Cllr. Kate Lymer", "Rob Vale")), b"b", "b.txt")
    assert list(Person.objects.filter(name__icontains="Lymer").values_list("name", flat=True)) == ["Kate Lymer"]


def test_nicknames_are_candidates_not_merged(seeds_stored):
    found = pairs()
    wood = found[frozenset(("Steve Wood", "Stephen Wood"))]
    assert wood.score >= 90 and "Steve" in wood.reason and "never listed at the same meeting" in wood.reason
    bailey = found[frozenset(("Janet Bailey", "Jane Bailey"))]
    assert 50 <= bailey.score < wood.score
    # nothing was merged by ingest
    assert Person.objects.filter(merged_into__isnull=False).count() == 0
    assert frozenset(("Terry Gooding", "Terry Belcher")) not in found


def test_both_present_at_one_meeting_counts_against(db):
    store(minutes_doc("2017-03-09", [], present=("Chris Hafford", "Christopher Hafford")), b"a", "a.txt")
    store(minutes_doc("2017-07-06", [], present=("Steve Wood", "Rob Vale")), b"b", "b.txt")
    store(minutes_doc("2017-09-14", [], present=("Stephen Wood", "Rob Vale")), b"c", "c.txt")
    found = pairs()
    assert found[frozenset(("Steve Wood", "Stephen Wood"))].score > 90
    together = found.get(frozenset(("Chris Hafford", "Christopher Hafford")))
    assert together is not None and together.score < 60 and "together" in together.reason


def test_merge_moves_attendance_and_actions(db):
    items = [MinuteItem(number="10", title="MINUTES", actions=[A(text="circulate", owners=["SW"],
                                                                   owner_names=["Steve Wood"])])]
    store(minutes_doc("2017-07-06", items, present=("Steve Wood", "Rob Vale")), b"b", "b.txt")
    store(minutes_doc("2017-09-14", [], present=("Stephen Wood", "Rob Vale")), b"c", "c.txt")
    keep, other = Person.objects.get(name="Stephen Wood"), Person.objects.get(name="Steve Wood")
    merge(keep, other)
    other.refresh_from_db()
    assert other.merged_into == keep
    assert Attendance.objects.filter(person=keep).count() == 2 and not Attendance.objects.filter(person=other).exists()
    assert ActionOwner.objects.get().person == keep
    # a later document naming "Steve Wood" now means Stephen Wood
    store(minutes_doc("2017-12-19", [], present=("Steve Wood", "Rob Vale")), b"d", "d.txt")
    assert Attendance.objects.filter(person=keep).count() == 3
    assert [d for d in likely_duplicates() if "Wood" in d.a.name] == []


def test_people_command_lists_and_merges(seeds_stored):
    import json

    from click.testing import CliRunner

    from minutebook.cli import main

    runner = CliRunner()
    out = runner.invoke(main, ["people", "--duplicates", "--json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    wood = next(r for r in rows if set(r["names"]) == {"Stephen Wood", "Steve Wood"})
    keep, other = Person.objects.get(name="Stephen Wood").pk, Person.objects.get(name="Steve Wood").pk
    merged = runner.invoke(main, ["people", "--merge", str(keep), str(other)])
    assert merged.exit_code == 0 and "merged Steve Wood" in merged.output
    assert Person.objects.get(pk=other).merged_into_id == keep
    assert "Steve Wood" not in runner.invoke(main, ["people"]).output
    assert runner.invoke(main, ["people", "--merge", str(keep), "99999"]).exit_code == 2
    assert wood["score"] >= 90


def test_records_made_elsewhere_with_titles_are_flagged(db):
    Person.objects.create(name="Kate Lymer")
    Person.objects.create(name="Cllr Kate Lymer")
    [dup] = likely_duplicates()
    assert dup.score == 99 and "titles" in dup.reason
