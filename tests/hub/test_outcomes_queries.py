"""The outcomes are a fixed number of grouped queries, however many referrals there are (no loop over cases)."""
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hubworld import parties, whole_case
from minutebook.hub import outcomes as hub_outcomes
from minutebook.hub import workflow as W


def queries(hub):
    with CaptureQueriesContext(connection) as seen:
        shown = hub_outcomes.figures(hub.service)
    return len(hub_queries(seen)), shown


def hub_queries(seen):
    """The queries of the figures themselves (not the shared cache's own table)."""
    return [q for q in seen.captured_queries if "minutebook_cache" not in q["sql"] and "SAVEPOINT" not in q["sql"]]


def test_the_number_of_queries_does_not_grow_with_the_cases(hub, refer):
    whole_case(hub, refer, "Vera Victim", "Owen Offender")
    few, shown = queries(hub)
    assert shown["funnel"]["counts"]["referred"] == "<5"
    for i in range(6):
        whole_case(hub, refer, f"Victim {i}", f"Harmer {i}", crime_reference=f"09/{i}/18")
        r = refer(parties=parties(f"Person {i}", f"Other {i}"), offence_area="Harrow", crime_reference=f"08/{i}/18")
        W.screen(r, hub.coordinator, direct_victim="yes", offender_admits="yes")
    many, shown = queries(hub)
    assert shown["funnel"]["counts"]["referred"] == 13 and shown["funnel"]["counts"]["completed"] == 7
    assert many == few <= 7                       # the cache's version, three grouped queries, the vocabulary


def test_the_figures_are_made_again_after_any_change(hub, refer):
    whole_case(hub, refer, "Vera Victim", "Owen Offender")
    assert hub_outcomes.figures(hub.service)["funnel"]["counts"]["allocated"] == "<5"
    with CaptureQueriesContext(connection) as seen:
        hub_outcomes.figures(hub.service)
    assert len(hub_queries(seen)) == 1                              # the version; the figures from the cache
    for i in range(5):
        r = refer(parties=parties(f"Person {i}", f"Other {i}"), crime_reference=f"07/{i}/18")
        W.screen(r, hub.coordinator, direct_victim="yes", offender_admits="yes")
    assert hub_outcomes.figures(hub.service)["funnel"]["counts"]["allocated"] == 6
