"""Exempt (Part 2) business, draft minutes and unpublished meetings reach no member of the public:
not on any page, not in any download."""
import pytest
from django.urls import reverse

from webworld import ALL_SECRETS, text_of


def public_urls(world):
    held, drafted = world.held.pk, world.drafted.pk
    return [
        "/", reverse("body", args=[world.body.slug]), reverse("calendar"), reverse("meeting", args=[held]),
        reverse("meeting", args=[drafted]), reverse("person", args=[world.alice.slug]),
        reverse("person", args=[world.carol.slug]), reverse("organisation", args=[world.fire.slug]),
        reverse("organisation", args=[world.police.slug]), reverse("actions"),
        reverse("actions") + "?status=live", reverse("actions") + f"?owner={world.alice.slug}",
        reverse("meeting-minutes-file", args=[held, "pdf"]), reverse("meeting-minutes-file", args=[held, "docx"]),
        reverse("meeting-minutes-file", args=[held, "html"]), reverse("meeting-agenda-file", args=[held, "pdf"]),
        reverse("meeting-agenda-file", args=[held, "docx"]), reverse("meeting-agenda-file", args=[drafted, "pdf"]),
    ]


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_no_secret_on_any_public_path(client, world, who):
    if who == "outsider":
        client.force_login(world.outsider_user)   # signed in, but a member of another body
    for url in public_urls(world):
        r = client.get(url)
        assert r.status_code == 200, url
        text = text_of(r.content, r["Content-Type"])
        for secret in ALL_SECRETS:
            assert secret not in text, f"{secret!r} leaked through {url}"


def test_hidden_things_are_not_found(client, world):
    from minutebook.store.models import Document

    assert client.get(reverse("meeting", args=[world.hidden.pk])).status_code == 404
    assert client.get(reverse("meeting-minutes-file", args=[world.hidden.pk, "pdf"])).status_code == 404
    assert client.get(reverse("meeting-agenda-file", args=[world.hidden.pk, "pdf"])).status_code == 404
    # draft minutes of a published meeting
    assert client.get(reverse("meeting-minutes-file", args=[world.drafted.pk, "pdf"])).status_code == 404
    for doc in Document.objects.exclude(filename="minutes-2017-12-19.txt"):
        assert client.get(reverse("document", args=[doc.pk])).status_code == 404, doc.filename


def test_unknown_format_is_not_found(client, world):
    assert client.get(reverse("meeting-minutes-file", args=[world.held.pk, "exe"])).status_code == 404


def test_owner_filter_lists_only_owners_of_visible_actions(client, world):
    from minutebook.store.models import Action, ActionOwner

    only_secret = Action.objects.create(minute=world.secret_minute, text="another exempt action zqxj")
    ActionOwner.objects.create(action=only_secret, initials="CC", person=world.carol)
    html = client.get(reverse("actions")).content.decode()
    assert f'value="{world.alice.slug}"' in html          # owns a public action
    assert f'value="{world.carol.slug}"' not in html      # owns only a Part 2 action


def test_someone_named_only_in_part_2_is_unknown_to_the_public(client, world):
    from minutebook.store.models import ActionOwner, Person

    dana = Person.objects.create(name="Dana Hidden")
    ActionOwner.objects.create(action=world.secret_action, initials="DH", person=dana)
    assert client.get(reverse("person", args=[dana.slug])).status_code == 404
    assert client.get(reverse("person", args=[world.alice.slug])).status_code == 200   # a member
    assert client.get(reverse("person", args=[world.bob.slug])).status_code == 200     # substitute, published
    member = client
    member.force_login(world.alice_user)
    assert member.get(reverse("person", args=[dana.slug])).status_code == 200
