"""Consent per person and purpose: the latest record decides; sharing is per named agency."""
import datetime as dt

import pytest

from minutebook.hub.rules import consent as C

D1, D2 = dt.date(2018, 1, 8), dt.date(2018, 2, 1)


def test_take_part_given_then_withdrawn():
    records = [C.Record("1", C.TAKE_PART, C.GIVEN, D1), C.Record("1", C.TAKE_PART, C.WITHDRAWN, D2)]
    assert not C.takes_part(records, "1")
    assert C.takes_part(records[:1], "1")
    assert C.withdrawal_stops(records[1])


def test_consent_is_per_person():
    records = [C.Record("1", C.TAKE_PART, C.GIVEN, D1)]
    assert not C.takes_part(records, "2")


def test_sharing_is_per_named_agency_and_apart_from_taking_part():
    records = [C.Record("1", C.TAKE_PART, C.GIVEN, D1), C.Record("1", C.SHARE, C.GIVEN, D1, agency="Victim Support")]
    assert C.may_share(records, "1", "victim support")
    assert not C.may_share(records, "1", "National Probation Service")
    with pytest.raises(C.ConsentError, match="has not consented"):
        C.require_share(records, "1", "Vic", "National Probation Service")
    assert not C.may_share([C.Record("1", C.TAKE_PART, C.GIVEN, D1)], "1", "Victim Support")


def test_same_day_records_keep_their_order():
    records = [C.Record("1", C.TAKE_PART, C.GIVEN, D1, seq=1), C.Record("1", C.TAKE_PART, C.REFUSED, D1, seq=2)]
    assert not C.takes_part(records, "1")


def test_validation():
    with pytest.raises(C.ConsentError, match="agency"):
        C.validate(C.Record("1", C.SHARE, C.GIVEN, D1), D2)
    with pytest.raises(C.ConsentError, match="future"):
        C.validate(C.Record("1", C.TAKE_PART, C.GIVEN, D2), D1)
    with pytest.raises(C.ConsentError, match="lawful basis"):
        C.validate(C.Record("1", C.TAKE_PART, C.GIVEN, D1, lawful_basis="because"), D2)
