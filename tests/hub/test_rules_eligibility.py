"""Each eligibility criterion is met, not met or not yet known, with its reason (no database)."""
from minutebook.hub.rules.eligibility import ELIGIBLE, INELIGIBLE, MET, NOT_MET, PENDING, UNKNOWN, Facts, assess, outcome

AREAS = ["Bromley", "Croydon", "City of London"]


def by_name(facts):
    return {c.name: c for c in assess(facts, AREAS, "London")}


def facts(**kw):
    base = dict(direct_victim=True, offence_area="Bromley", home_area="Bromley", offender_admits=True, consent=True)
    base.update(kw)
    return Facts(**base)


def test_all_met_is_eligible():
    criteria = assess(facts(), AREAS)
    assert [c.status for c in criteria] == [MET] * 4
    assert outcome(criteria) == ELIGIBLE


def test_direct_victim():
    assert by_name(facts(direct_victim=False))["direct victim"].status == NOT_MET
    assert "no direct victim" in by_name(facts(direct_victim=False))["direct victim"].reason
    assert by_name(facts(direct_victim=None))["direct victim"].status == UNKNOWN


def test_offence_in_london_or_victim_living_in_london():
    c = by_name(facts(offence_area="Bromley", home_area="Kent"))["area"]
    assert c.status == MET and "offence took place in Bromley" in c.reason
    c = by_name(facts(offence_area="Sevenoaks", home_area="croydon"))["area"]
    assert c.status == MET and "lives in croydon" in c.reason
    c = by_name(facts(offence_area="Sevenoaks", home_area="Dartford"))["area"]
    assert c.status == NOT_MET and "Sevenoaks" in c.reason and "Dartford" in c.reason
    c = by_name(facts(offence_area="Sevenoaks", home_area=""))["area"]
    assert c.status == UNKNOWN and "home borough is not given" in c.reason


def test_offender_admits_some_responsibility():
    assert by_name(facts(offender_admits=False))["offender admits responsibility"].status == NOT_MET
    assert by_name(facts(offender_admits=None))["offender admits responsibility"].status == UNKNOWN


def test_voluntary_consent():
    assert by_name(facts(consent=False))["consent"].status == NOT_MET
    assert "voluntary" in by_name(facts(consent=False))["consent"].reason
    assert by_name(facts(consent=None))["consent"].status == UNKNOWN


def test_outcome_not_met_wins_over_unknown():
    assert outcome(assess(facts(consent=None), AREAS)) == PENDING
    assert outcome(assess(facts(consent=None, direct_victim=False), AREAS)) == INELIGIBLE
