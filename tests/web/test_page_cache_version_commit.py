"""Other server processes read the record version from the shared cache: it changes when a write commits."""
import pytest
from django.core.cache import caches
from django.db import transaction

from minutebook.store.models import Body, Meeting, Minute
from minutebook.web.pagecache import VERSION_KEY, record_version

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def minute():
    meeting = Meeting.objects.create(body=Body.objects.create(name="Test Partnership Group"), date="2017-12-19",
                                     published=True, minutes_published=True)
    return Minute.objects.create(meeting=meeting, position=1, number="101", title="STREET LIGHTING",
                                 text="The Group noted the update on street lighting.")


def _shared_version():
    return caches["shared"].get(VERSION_KEY)


def test_the_shared_version_changes_on_commit_and_not_on_rollback(minute):
    before = record_version()
    with transaction.atomic():
        Minute.objects.filter(pk=minute.pk).update(exempt=True)
        assert _shared_version() == before          # not yet committed: others keep the old record
    after = _shared_version()
    assert after != before
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            Minute.objects.filter(pk=minute.pk).update(exempt=False)
            raise RuntimeError("rolled back")
    assert _shared_version() == after


def test_a_write_outside_a_transaction_changes_it_before_the_next_page(minute):
    from minutebook.web.pagecache import flush

    before = record_version()
    Minute.objects.filter(pk=minute.pk).update(exempt=True)       # autocommit, no signals
    flush()                                                       # as at the end of the request or task
    assert _shared_version() != before


def test_a_command_that_wrote_changes_it_at_exit_even_after_closing_its_connection(minute):
    from django.db import connection

    from minutebook.web.pagecache import _flush_quietly

    before = record_version()
    Minute.objects.filter(pk=minute.pk).update(title="STREET LIGHTING AND CCTV")
    connection.close()
    _flush_quietly()          # what runs at the command's exit
    assert _shared_version() != before
