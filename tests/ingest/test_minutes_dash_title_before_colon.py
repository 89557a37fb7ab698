"""A run-in title with a dash in it ("Grant application – Heritage Fund: PL presented …") ends at its colon; the
dash does not split it because a verb comes after the colon."""
from minutebook.ingest.parsers.headings import split_title
from minutebook.ingest.parsers.headings import L


def test_dash_inside_run_in_title():
    rest = "Grant application – Heritage Fund: PL presented the draft bid for the wildflower meadow."
    title, body, _ = split_title(rest, [L(f"6. {rest}")], 0)
    assert title == "Grant application – Heritage Fund"
    assert body.startswith("PL presented")


def test_dash_before_narrative_still_splits():
    rest = "Village hall – The Clerk reported that the roof had been repaired."
    title, body, _ = split_title(rest, [L(f"6. {rest}")], 0)
    assert title == "Village hall"
