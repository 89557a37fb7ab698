"""store.visibility: what each role (public, member of the body, member of another body, clerk) may see."""
from django.contrib.auth.models import AnonymousUser

from minutebook.store import visibility as vis
from minutebook.store.models import Action, AgendaItem, Attendance, Document, Meeting, Minute


def titles(qs):
    return set(qs.values_list("title", flat=True))


def test_roles(world):
    assert vis.role(AnonymousUser()) == vis.PUBLIC
    assert vis.role(None) == vis.PUBLIC
    assert vis.role(world.alice_user) == vis.MEMBER
    assert vis.role(world.clerk_user) == vis.CLERK
    assert vis.is_member_of(world.alice_user, world.body)
    assert not vis.is_member_of(world.outsider_user, world.body)


def test_public_sees_published_meetings_only(world):
    public = set(vis.visible_meetings(None))
    assert public == {world.held, world.drafted}
    assert not vis.can_see_meeting(None, world.hidden)
    assert vis.can_see_meeting(world.alice_user, world.hidden)
    assert not vis.can_see_meeting(world.outsider_user, world.hidden)
    assert set(vis.visible_meetings(world.clerk_user)) == set(Meeting.objects.all())


def test_public_minutes_are_published_and_not_exempt(world):
    assert set(vis.visible_minutes(None)) == {world.public_minute}
    assert set(vis.visible_minutes(world.outsider_user)) == {world.public_minute}
    member = set(vis.visible_minutes(world.alice_user))
    assert world.secret_minute in member and Minute.objects.get(number="110") in member
    assert set(vis.visible_minutes(world.clerk_user)) == set(Minute.objects.all())
    assert not vis.can_see_minute(None, world.secret_minute)
    assert vis.can_see_minute(world.alice_user, world.secret_minute)


def test_actions_follow_their_minutes_and_owners(world):
    assert set(vis.visible_actions(None)) == {world.public_action}
    assert set(vis.visible_actions(world.alice_user)) == set(Action.objects.all())
    assert not vis.can_see_action(world.outsider_user, world.secret_action)
    assert vis.can_update_action(world.alice_user, world.secret_action)
    assert not vis.can_update_action(world.outsider_user, world.public_action)


def test_agenda_items_need_a_published_agenda(world):
    public = titles(vis.visible_agenda_items(None))
    assert public == {"STREET LIGHTING", "LIGHTING PROGRESS"}
    assert len(titles(vis.visible_agenda_items(world.alice_user))) == AgendaItem.objects.count()


def test_documents(world):
    public = set(vis.visible_documents(None).values_list("filename", flat=True))
    assert public == {"minutes-2017-12-19.txt"}     # not exempt, not draft minutes, not unpublished
    assert vis.visible_documents(world.alice_user).count() == Document.objects.count()
    assert vis.visible_documents(world.outsider_user).count() == 1


def test_attendance_is_public_with_the_minutes(world):
    assert set(vis.visible_attendance(None).values_list("meeting", flat=True)) == {world.held.pk}
    assert vis.visible_attendance(world.alice_user).count() == Attendance.objects.count()


def test_ended_membership_no_longer_counts(world):
    import datetime as dt

    ms = world.alice.memberships.get()
    ms.end = dt.date(2017, 1, 1)
    ms.save()
    world.alice_user.refresh_from_db()
    fresh = type(world.alice_user).objects.get(pk=world.alice_user.pk)
    assert vis.role(fresh) == vis.PUBLIC
    assert world.secret_minute not in set(vis.visible_minutes(fresh))
