"""A form count no page sends (``a-TOTAL_FORMS`` of -1, 0 or 99999999999999999999) is refused with a
message, quickly, and the agenda, minutes and attendance are left as they were: 0 used to empty them."""
import time

import pytest
from django.urls import reverse

from minutebook.store.models import AgendaItem, Attendance, Minute

COUNTS = ["-1", "0", "99999999999999999999", "5000"]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("form,prefix,rows", [("clerk-agenda", "a", AgendaItem), ("clerk-minutes", "m", Minute),
                                              ("clerk-attendance", "p", Attendance)])
def test_a_tampered_count_changes_nothing(clerk_in, world, form, prefix, rows, count):
    before = rows.objects.filter(meeting=world.held).count()
    started = time.monotonic()
    r = clerk_in.post(reverse(form, args=[world.held.pk]),
                      {f"{prefix}-TOTAL_FORMS": count, f"{prefix}-INITIAL_FORMS": "0", "version": str(world.held.version)})
    assert time.monotonic() - started < 2
    assert r.status_code == 200
    assert "reload the page and try again" in r.content.decode()
    assert rows.objects.filter(meeting=world.held).count() == before
