"""Whether restorative justice can be offered: each criterion met, not met or not yet known, with its reason.

The criteria (seed pack item 7, "Requirements of Restorative Justice" and "Service Model"):
a direct victim; the offence in the service's area or the victim living there; the offender admitting
some responsibility; voluntary, informed consent of the person referred.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from minutebook.hub.rules.service import norm_area

MET, NOT_MET, UNKNOWN = "met", "not met", "not yet known"
ELIGIBLE, INELIGIBLE, PENDING = "eligible", "not eligible", "not yet known"


@dataclass(frozen=True)
class Criterion:
    name: str
    status: str
    reason: str


@dataclass(frozen=True)
class Facts:
    direct_victim: Optional[bool]          # None: not yet known
    offence_area: str                      # "" not known; any name outside the service's areas is outside
    home_area: str
    offender_admits: Optional[bool]
    consent: Optional[bool]                # the person referred: voluntary, informed consent to take part


def assess(facts: Facts, areas: Iterable[str], region: str = "London") -> list[Criterion]:
    covered = {norm_area(a) for a in areas}
    out = []
    if facts.direct_victim is None:
        out.append(Criterion("direct victim", UNKNOWN, "Not yet known whether there is a direct victim."))
    elif facts.direct_victim:
        out.append(Criterion("direct victim", MET, "There is a direct victim of the offence."))
    else:
        out.append(Criterion("direct victim", NOT_MET, "There is no direct victim: restorative justice needs one."))

    offence, home = norm_area(facts.offence_area), norm_area(facts.home_area)
    if offence and offence in covered:
        out.append(Criterion("area", MET, f"The offence took place in {facts.offence_area.strip()}, in {region}."))
    elif home and home in covered:
        out.append(Criterion("area", MET, f"The victim lives in {facts.home_area.strip()}, in {region}."))
    elif offence and home:
        out.append(Criterion("area", NOT_MET, f"Neither the offence ({facts.offence_area.strip()}) nor the victim's "
                                              f"home ({facts.home_area.strip()}) is in {region}."))
    else:
        missing = "the offence's borough" if not offence else "the victim's home borough"
        out.append(Criterion("area", UNKNOWN, f"Not yet known whether the offence or the victim's home is in {region}: "
                                              f"{missing} is not given."))

    if facts.offender_admits is None:
        out.append(Criterion("offender admits responsibility", UNKNOWN,
                             "Not yet known whether the offender admits some responsibility."))
    elif facts.offender_admits:
        out.append(Criterion("offender admits responsibility", MET, "The offender admits some responsibility."))
    else:
        out.append(Criterion("offender admits responsibility", NOT_MET,
                             "The offender does not admit any responsibility."))

    if facts.consent is None:
        out.append(Criterion("consent", UNKNOWN, "The person referred has not yet been asked for their consent."))
    elif facts.consent:
        out.append(Criterion("consent", MET, "The person referred gives voluntary, informed consent to take part."))
    else:
        out.append(Criterion("consent", NOT_MET, "The person referred does not consent: taking part is voluntary."))
    return out


def outcome(criteria: list[Criterion]) -> str:
    if any(c.status == NOT_MET for c in criteria):
        return INELIGIBLE
    if all(c.status == MET for c in criteria):
        return ELIGIBLE
    return PENDING


def reasons_not_met(criteria: list[Criterion]) -> str:
    return " ".join(c.reason for c in criteria if c.status == NOT_MET)
