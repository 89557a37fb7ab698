"""Search shows each user only what visibility.py lets them see: no Part 2, draft or unpublished text,
neither as a result nor inside a snippet."""
import pytest
from django.contrib.auth.models import AnonymousUser

from minutebook.search.query import search
from mb_records import DRAFT_WORD, EXEMPT_WORD, UNPUBLISHED_WORD


def _all_text(results):
    return " ".join(f"{r.title} {r.snippet}" for r in results.results).lower()


@pytest.mark.parametrize("word", [EXEMPT_WORD, DRAFT_WORD, UNPUBLISHED_WORD])
def test_the_public_finds_no_secret_words(record, word):
    for user in (None, AnonymousUser(), record.outsider):
        assert search(word, user).total == 0


def test_common_words_never_show_secret_text_in_snippets(record):
    results = search("BCU", None, limit=100)
    kinds = {(r.kind, r.meeting_id) for r in results.results}
    assert ("minute", record.public.pk) in kinds          # the public discussion is found
    assert all(r.meeting_id != record.draft.pk for r in results.results)
    text = _all_text(results)
    assert EXEMPT_WORD not in text and DRAFT_WORD not in text
    assert "referral" not in text                           # the Part 2 minute's other words


def test_members_and_clerks_see_their_business(record):
    for user in (record.member, record.clerk):
        assert search(EXEMPT_WORD, user).total >= 3         # minute, agenda item and paper
        assert search(DRAFT_WORD, user).total >= 2          # draft minute and unpublished paper
        assert search(UNPUBLISHED_WORD, user).total == 1
    snippet = search(EXEMPT_WORD, record.clerk, kind="minute").results[0].snippet
    assert f"<mark>{EXEMPT_WORD}</mark>" in snippet
