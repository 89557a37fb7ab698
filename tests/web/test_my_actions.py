"""An owner sees their actions, updates one with a status and note, and the Matters Arising report shows it."""
import datetime as dt

from django.urls import reverse

from minutebook.store.models import ActionUpdate, Meeting


def test_my_actions_lists_owned_actions(member_client, world):
    html = member_client.get(reverse("my-actions")).content.decode()
    assert world.public_action.text in html and world.secret_action.text in html


def test_signed_in_without_person_is_told_so(client, world, django_user_model):
    client.force_login(django_user_model.objects.create_user("nobody", password="nobody-pass-123"))
    assert "not linked to a person" in client.get(reverse("my-actions")).content.decode()


def test_my_actions_needs_sign_in(client, world):
    assert client.get(reverse("my-actions")).status_code == 302


def test_update_reaches_the_matters_arising_report(member_client, world):
    from minutebook.store.cycle import matters_arising

    pk = world.public_action.pk
    r = member_client.post(reverse("action-update", args=[pk]),
                           {f"a{pk}-status": "in_progress", f"a{pk}-note": "Survey commissioned; report due in May.",
                            f"a{pk}-version": "1"})
    assert r.status_code == 302
    update = ActionUpdate.objects.get(action=world.public_action)
    assert update.author == world.alice_user and update.status == "in_progress"
    world.public_action.refresh_from_db()
    assert world.public_action.status == "in_progress"
    Meeting.objects.create(body=world.body, date=dt.date(2018, 9, 1))
    report = matters_arising(world.body, dt.date(2018, 9, 1))
    row = next(r for r in report.matters_arising if r.minute == "101")
    assert row.update == "Survey commissioned; report due in May."


def test_cannot_update_someone_elses_action(outsider_client, world):
    pk = world.public_action.pk
    r = outsider_client.post(reverse("action-update", args=[pk]), {f"a{pk}-status": "done", f"a{pk}-note": "x"})
    assert r.status_code == 404
    assert not ActionUpdate.objects.exists()
