"""Allocation: the spoke covering the offence's borough (or the victim's home borough, by the service's
rule), then the practitioner of that spoke with the most free capacity, leaving out anyone with a declared
conflict of interest. When nobody can take it, the referral waits in the coordinator's queue with the
reason. The coordinator may override with a reason.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from minutebook.hub.rules.service import Service, Spoke


class AllocationError(ValueError):
    """A one-line reason an allocation (or override) cannot be made."""


@dataclass(frozen=True)
class Load:
    """A practitioner's place in the allocation: ``open_cases`` of at most ``capacity``."""
    id: int
    name: str
    capacity: int
    open_cases: int

    @property
    def free(self) -> int:
        return self.capacity - self.open_cases


@dataclass(frozen=True)
class Allocation:
    spoke: Optional[str]                   # the spoke's slug, None when no spoke covers the referral
    practitioner: Optional[int]            # None: waits in the coordinator's queue
    reason: str


def spoke_for(service: Service, offence_area: str, home_area: str) -> tuple[Optional[Spoke], str]:
    """The spoke by the service's rule, and why."""
    order = [("offence", offence_area), ("home", home_area)]
    if service.allocate_by == "home":
        order.reverse()
    for which, area in order:
        spoke = service.spoke_of(area) if area else None
        if spoke is not None:
            what = "the offence's borough" if which == "offence" else "the victim's home borough"
            return spoke, f"{spoke.name} covers {what}, {area.strip()}"
    return None, f"no spoke covers the offence's borough ({offence_area or 'not given'}) or the victim's home " \
                 f"borough ({home_area or 'not given'})"


def choose(loads: Iterable[Load], conflicts: Iterable[int] = ()) -> tuple[Optional[Load], str]:
    """The practitioner with the most free capacity (ties: fewest open cases, then name), or why nobody."""
    loads = list(loads)
    conflicted = set(conflicts)
    if not loads:
        return None, "the spoke has no practitioners"
    candidates = [p for p in loads if p.id not in conflicted]
    if not candidates:
        return None, "every practitioner of the spoke has declared a conflict of interest"
    free = [p for p in candidates if p.free > 0]
    if not free:
        left_out = len(loads) - len(candidates)
        return None, ("spoke full: every practitioner is at capacity"
                      + (f" ({left_out} left out for a conflict of interest)" if left_out else ""))
    best = sorted(free, key=lambda p: (-p.free, p.open_cases, p.name, p.id))[0]
    return best, f"{best.name} has the most free capacity ({best.free} of {best.capacity})"


def allocate(service: Service, offence_area: str, home_area: str, loads_by_spoke: dict[str, list[Load]],
             conflicts: Iterable[int] = ()) -> Allocation:
    spoke, why = spoke_for(service, offence_area, home_area)
    if spoke is None:
        return Allocation(None, None, why[0].upper() + why[1:] + ".")
    chosen, because = choose(loads_by_spoke.get(spoke.slug, []), conflicts)
    if chosen is None:
        return Allocation(spoke.slug, None, f"{why[0].upper() + why[1:]}; {because}: the referral waits in the "
                                            f"coordinator's queue.")
    return Allocation(spoke.slug, chosen.id, f"{why[0].upper() + why[1:]}; {because}.")


def override(load: Load, reason: str, conflicts: Iterable[int] = ()) -> str:
    """Check a coordinator's choice; returns the reason to record."""
    reason = (reason or "").strip()
    if not reason:
        raise AllocationError("give a reason for choosing the practitioner yourself")
    if load.id in set(conflicts):
        raise AllocationError(f"{load.name} has declared a conflict of interest in this referral")
    note = f"Allocated by the coordinator to {load.name}: {reason}"
    if load.free <= 0:
        note += f" (over capacity: {load.open_cases} open cases of {load.capacity})"
    return note
