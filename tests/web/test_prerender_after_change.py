"""After a change, the public's pages are rendered into the page cache before anyone asks for them, and
only as the public would see them."""
from click.testing import CliRunner
from django.test import Client
from django.urls import reverse

from minutebook.cli import main
from minutebook.store.models import Meeting, Minute
from minutebook.web import pagecache, prerender
from webworld import ALL_SECRETS, DRAFT_TEXT

SITE = "http://testserver"


def _get(path):
    return Client().get(path)


def test_every_public_page_is_rendered_and_then_served_from_the_cache(world):
    counts = prerender.prerender(sites=[SITE])
    paths = list(prerender.public_paths())
    assert counts == {"pages": len(paths), "rendered": len(paths), "kept": 0, "skipped": 0, "stopped": False}
    for path in (reverse("home"), reverse("calendar"), reverse("body", args=[world.body.slug]),
                 reverse("meeting", args=[world.held.pk]), reverse("meeting", args=[world.drafted.pk])):
        assert path in paths
        assert _get(path)["X-Page-Cache"] == "hit"          # the first reader gets the kept page
    assert prerender.prerender(sites=[SITE])["kept"] == len(paths)    # nothing to do the second time


def test_only_what_the_public_may_see_is_rendered(world):
    assert reverse("meeting", args=[world.hidden.pk]) not in list(prerender.public_paths())   # unpublished
    prerender.prerender(sites=[SITE])
    held = _get(reverse("meeting", args=[world.held.pk])).content.decode()
    drafted = _get(reverse("meeting", args=[world.drafted.pk])).content.decode()
    assert not [s for s in ALL_SECRETS if s in held or s in drafted]
    assert DRAFT_TEXT not in drafted          # draft minutes: the agenda only


def test_a_signed_in_reader_is_never_given_the_rendered_page(world, clerk_in):
    prerender.prerender(sites=[SITE])
    page = clerk_in.get(reverse("meeting", args=[world.held.pk]))
    assert "X-Page-Cache" not in page and "Signed in as clerk" in page.content.decode()


def test_a_change_renders_the_pages_again_for_the_addresses_readers_used(world, settings):
    settings.MINUTEBOOK_PRERENDER_AFTER = "0"        # (the tests' tasks run at once)
    url = reverse("meeting", args=[world.held.pk])
    assert _get(url)["X-Page-Cache"] == "miss"
    assert pagecache.seen_origins() == [SITE]
    Minute.objects.filter(pk=world.public_minute.pk).update(text="The lighting contract was signed.")
    page = _get(url)              # the change was rendered before this reader came
    assert page["X-Page-Cache"] == "hit" and "The lighting contract was signed." in page.content.decode()


def test_a_run_stops_when_the_record_changes_under_it(world):
    def change_once(done, total):
        if done == 1:
            Meeting.objects.filter(pk=world.held.pk).update(venue="Town Hall")

    counts = prerender.prerender(progress=change_once, sites=[SITE])
    assert counts["stopped"] and counts["rendered"] == 1


def test_the_command_needs_an_address_and_shows_what_it_did(world, monkeypatch):
    monkeypatch.setattr("minutebook.cli.web._django", lambda: None)
    missing = CliRunner().invoke(main, ["prerender"])
    assert missing.exit_code == 2 and "no site address known yet" in missing.output
    done = CliRunner().invoke(main, ["prerender", "--site-url", SITE + "/"])
    assert done.exit_code == 0, done.output
    assert f"{len(list(prerender.public_paths()))} pages: " in done.output and " rendered, 0 already kept" in done.output


def test_a_page_is_served_whatever_the_cache_holds_for_the_addresses(world):
    """(an older or damaged entry for the addresses is taken as none, and never costs the reader the page)"""
    pagecache.shared().set(pagecache.ORIGINS_KEY, ["http://old.example"], None)
    assert pagecache.seen_origins() == []
    page = _get(reverse("meeting", args=[world.held.pk]))
    assert page.status_code == 200 and page["X-Page-Cache"] == "miss"
    assert pagecache.seen_origins() == [SITE]
