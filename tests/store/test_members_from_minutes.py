"""A body whose membership no document states is addressed as those its latest minutes list as present
or sending apologies (chair first); a stated membership list replaces that at once."""
import datetime as dt

from store_builders import gold_minutes, gold_pack, store

from minutebook.store.models import Body, Membership
from minutebook.store.records import members_at

BODY = "Safer Bromley Partnership Strategic Group"


def test_minutes_only_body_takes_its_members_from_the_last_attendance(db):
    store(gold_minutes())                       # 19 December 2017 only: no membership list anywhere
    body = Body.objects.get(name=BODY)
    assert not Membership.objects.filter(body=body).exists()
    members = members_at(body, dt.date(2018, 3, 8))
    names = [m.person.name for m in members]
    assert names[0] == "Chris Hafford" and members[0].position == Membership.CHAIR
    assert {"Kate Lymer", "Lucien Spencer", "Janet Bailey", "Philip Powell"} <= set(names)   # present and apologies
    assert "Sham Kidane" not in names and "Steve Wood" not in names                         # also present
    assert not Membership.objects.filter(body=body).exists()                                 # nothing saved
    assert members_at(body, dt.date(2017, 12, 19)) == []                                     # no earlier minutes


def test_a_stated_membership_list_wins(db):
    store(gold_minutes())
    store(gold_pack())                          # the July 2017 agenda lists the members
    body = Body.objects.get(name=BODY)
    names = [m.person.name for m in members_at(body, dt.date(2018, 3, 8))]
    assert names[:2] == ["Chris Hafford", "Nigel Davies"]
    assert "Sharon Baldwin" not in names        # present in December, but not a listed member
