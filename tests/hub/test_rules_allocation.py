"""Allocation by the service's rule, free capacity and conflicts; overflow; override (no database)."""
from pathlib import Path

import pytest

from minutebook.hub.rules import service
from minutebook.hub.rules.allocation import AllocationError, Load, allocate, choose, override, spoke_for

SHIPPED = Path(__file__).resolve().parents[2] / "minutebook" / "hub" / "services" / "restore-london.toml"


@pytest.fixture(scope="module")
def london():
    return service.load(SHIPPED.read_text())


def test_spoke_covering_the_offence_borough_then_the_home_borough(london):
    spoke, why = spoke_for(london, "Bromley", "Camden")
    assert spoke.slug == "south-east" and "offence's borough, Bromley" in why
    spoke, why = spoke_for(london, "Kent (outside London)", "Camden")
    assert spoke.slug == "central" and "home borough, Camden" in why
    assert spoke_for(london, "", "")[0] is None


def test_the_service_can_put_the_home_borough_first(london):
    from dataclasses import replace
    home_first = replace(london, allocate_by="home")
    assert spoke_for(home_first, "Bromley", "Camden")[0].slug == "central"


def test_most_free_capacity_wins():
    loads = [Load(1, "Ann", 10, 8), Load(2, "Bea", 15, 9), Load(3, "Cy", 5, 0)]
    best, why = choose(loads)
    assert best.id == 2 and "6 of 15" in why        # Bea has 6 free; Cy 5; Ann 2


def test_conflict_of_interest_leaves_a_practitioner_out():
    loads = [Load(1, "Ann", 10, 8), Load(2, "Bea", 15, 9)]
    assert choose(loads, conflicts=[2])[0].id == 1


def test_full_spoke_overflows_to_the_queue_with_the_reason(london):
    full = {"south-east": [Load(1, "Ann", 3, 3), Load(2, "Bea", 2, 2)]}
    result = allocate(london, "Bromley", "", full)
    assert result.spoke == "south-east" and result.practitioner is None
    assert "spoke full" in result.reason and "coordinator's queue" in result.reason
    only_free_conflicted = {"south-east": [Load(1, "Ann", 3, 3), Load(2, "Bea", 4, 0)]}
    result = allocate(london, "Bromley", "", only_free_conflicted, conflicts=[2])
    assert result.practitioner is None and "conflict of interest" in result.reason


def test_override_needs_a_reason_and_no_conflict():
    with pytest.raises(AllocationError, match="reason"):
        override(Load(1, "Ann", 3, 1), "  ")
    with pytest.raises(AllocationError, match="conflict"):
        override(Load(1, "Ann", 3, 1), "speaks Polish", conflicts=[1])
    assert "over capacity" in override(Load(1, "Ann", 3, 3), "speaks Polish")
