"""An item carried forward by a Part 2 (exempt) minute is Part 2 on the next agenda: its title comes from
exempt business, so it must never reach the public agenda, pack, pages, feeds, search or API."""
import datetime as dt

from minutebook.cycle.carry import SourceMinute, carried_exempt, carried_to

DEC, MARCH = dt.date(2017, 12, 19), dt.date(2018, 3, 8)


def test_an_item_carried_from_a_part_2_minute_is_exempt():
    secret = SourceMinute("182", "CASE REVIEW", DEC,
                          ("an update on the Vellacott family be brought to the next meeting.",), exempt=True)
    public = SourceMinute("180", "RESILIENCE UPDATE", DEC,
                          ("An update on the mass casualty exercise is brought to the next meeting.",))
    items = {c.source_minute: c for c in carried_to(MARCH, [public, secret], [DEC, MARCH])}
    assert items["182"].title == "UPDATE ON THE VELLACOTT FAMILY" and items["182"].exempt
    assert items["180"].title == "UPDATE ON THE MASS CASUALTY EXERCISE" and not items["180"].exempt


def test_a_deferred_part_2_item_keeps_its_exempt_title_exempt():
    secret = SourceMinute("183", "TENDER FOR CCTV MAINTENANCE", DEC,
                          ("the item be deferred to the next meeting.",), exempt=True)
    [item] = carried_to(MARCH, [secret], [DEC, MARCH])
    assert item.title == "TENDER FOR CCTV MAINTENANCE" and item.exempt and carried_exempt(secret)


def test_the_drafted_agenda_holds_it_as_part_2(december):
    from minutebook.store.cycle import draft_agenda
    from minutebook.store.models import Minute

    body = december
    minute = Minute.objects.get(number="180")
    minute.exempt = True
    minute.save()
    record = draft_agenda(body, MARCH, save=True)
    [item] = [i for i in record.agenda if i.source_minute == "180"]
    assert item.exempt
    stored = body.meetings.get(date=MARCH).agenda_items.get(source_minute__number="180")
    assert stored.exempt and stored.title == "UPDATE ON THE MASS CASUALTY EXERCISE"
    # the carried item from the public minute stays public
    assert not body.meetings.get(date=MARCH).agenda_items.get(source_minute__number="181").exempt
