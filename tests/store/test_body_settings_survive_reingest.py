"""Ingest fills body settings only where empty; a clerk's settings (locked) survive a re-ingest."""
from click.testing import CliRunner

from minutebook.cli import main
from minutebook.record import MinuteItem
from minutebook.store.models import Body
from store_builders import BODY, SEED_PACK, gold_pack, minutes_doc, store


def test_clerk_settings_survive_and_empty_ones_fill(db):
    Body.objects.create(name=BODY)
    result = CliRunner().invoke(main, ["body", "set", BODY, "--contact-name", "Graham Walton",
                                       "--next-minute-number", "500", "--question-days", "3",
                                       "--standing-item", "APOLOGIES", "--standing-item", "MINUTES"])
    assert result.exit_code == 0, result.output
    store(gold_pack(), SEED_PACK.read_bytes(), SEED_PACK.name)
    later = [MinuteItem(number="600", title="ANY OTHER BUSINESS")]
    store(minutes_doc("2017-12-19", later), b"december", "december.txt")
    body = Body.objects.get(name=BODY)
    assert body.contact_name == "Graham Walton"                     # locked: kept
    assert body.next_minute_number == 500                           # locked: kept even though 601 is higher
    assert body.question_deadline_days == 3
    assert body.standing_items == ["APOLOGIES", "MINUTES"]
    assert body.contact_email == "stephen.wood@bromley.gov.uk"      # empty: filled from the agenda
    assert (body.report_prefix, body.report_next_number) == ("CSD", 17105)
    assert set(body.settings_locked) == {"contact_name", "next_minute_number", "question_deadline_days",
                                         "standing_items"}


def test_running_numbers_only_move_up(db):
    store(minutes_doc("2017-12-19", [MinuteItem(number="191", title="DATE OF NEXT MEETING")]), b"dec", "dec.txt")
    store(minutes_doc("2017-03-09", [MinuteItem(number="143", title="DATE OF NEXT MEETING")]), b"mar", "mar.txt")
    assert Body.objects.get(name=BODY).next_minute_number == 192
