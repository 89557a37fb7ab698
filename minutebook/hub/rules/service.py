"""The shape of a referral service, read from a TOML file: the hub, its spokes and the boroughs each one
covers, practitioners (spoke, caseload capacity), supervisors, coordinators and referring agencies.

``load(text)`` checks it and returns a :class:`Service`; every problem is one line naming the entry.
Another partnership describes its own service the same way (see ``minutebook/hub/services/``).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

ALLOCATE_BY = ("offence", "home")          # which borough decides the spoke first; the other is the fallback


class ServiceError(ValueError):
    """A one-line reason the configuration cannot be used."""


@dataclass(frozen=True)
class Spoke:
    slug: str
    name: str
    unit: str                      # e.g. the police unit it is aligned with
    areas: tuple[str, ...]


@dataclass(frozen=True)
class Staff:
    username: str
    name: str
    email: str
    spoke: str = ""                # practitioners and supervisors work in one spoke
    capacity: int = 0              # practitioners: open cases at most


@dataclass(frozen=True)
class Agency:
    name: str
    kind: str = ""


@dataclass(frozen=True)
class Service:
    slug: str
    name: str
    region: str                    # "London": the area the service covers, for the eligibility reason
    allocate_by: str
    first_contact_working_days: int
    spokes: tuple[Spoke, ...]
    practitioners: tuple[Staff, ...] = ()
    supervisors: tuple[Staff, ...] = ()
    coordinators: tuple[Staff, ...] = ()
    agencies: tuple[Agency, ...] = ()
    areas: tuple[str, ...] = field(default=())      # every area the service covers, in file order

    def spoke_of(self, area: str) -> Spoke | None:
        key = norm_area(area)
        for spoke in self.spokes:
            if any(norm_area(a) == key for a in spoke.areas):
                return spoke
        return None


def norm_area(name: str) -> str:
    """"Kingston-upon-Thames", "kingston upon thames" and "Kingston upon Thames " are the same borough."""
    text = re.sub(r"[^a-z0-9]+", " ", (name or "").casefold().replace("&", " and "))
    return re.sub(r"^the ", "", " ".join(text.split()))


def _str(entry: dict, key: str, where: str, required: bool = True) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise ServiceError(f"{where}: {key} must be text")
    if required and not value.strip():
        raise ServiceError(f"{where}: {key} is missing")
    return value.strip()


def load(text: str) -> Service:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ServiceError(f"not valid TOML: {exc}") from None
    head = data.get("service")
    if not isinstance(head, dict):
        raise ServiceError("no [service] table")
    slug = _str(head, "slug", "[service]")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug):
        raise ServiceError(f"[service]: slug {slug!r} must be lower-case letters, digits and hyphens")
    allocate_by = head.get("allocate_by", "offence")
    if allocate_by not in ALLOCATE_BY:
        raise ServiceError(f"[service]: allocate_by must be one of {', '.join(ALLOCATE_BY)}, not {allocate_by!r}")
    days = head.get("first_contact_working_days", 5)
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise ServiceError("[service]: first_contact_working_days must be a whole number of at least 1")

    spokes, seen_area, seen_slug = [], {}, set()
    for i, entry in enumerate(data.get("spokes") or [], 1):
        where = f"spoke {i}"
        s_slug = _str(entry, "slug", where)
        where = f"spoke {s_slug}"
        if s_slug in seen_slug:
            raise ServiceError(f"{where}: the slug is used twice")
        seen_slug.add(s_slug)
        areas = entry.get("areas")
        if not isinstance(areas, list) or not areas or not all(isinstance(a, str) and a.strip() for a in areas):
            raise ServiceError(f"{where}: areas must be a list of names")
        for area in areas:
            key = norm_area(area)
            if key in seen_area:
                raise ServiceError(f"{where}: {area} is already in spoke {seen_area[key]}")
            seen_area[key] = s_slug
        spokes.append(Spoke(s_slug, _str(entry, "name", where), _str(entry, "unit", where, required=False),
                            tuple(a.strip() for a in areas)))
    if not spokes:
        raise ServiceError("no spokes: add [[spokes]] tables")
    expected = head.get("areas")
    if expected is not None:               # the full list the spokes must cover, each exactly once
        if not isinstance(expected, list):
            raise ServiceError("[service]: areas must be a list of names")
        missing = [a for a in expected if norm_area(a) not in seen_area]
        if missing:
            raise ServiceError(f"[service]: {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} in no spoke")
        extra = sorted(set(seen_area) - {norm_area(a) for a in expected})
        if extra:
            raise ServiceError(f"[service]: the spokes cover {', '.join(extra)}, which is not in the service's areas")

    def staff(kind: str, with_spoke: bool, with_capacity: bool) -> tuple[Staff, ...]:
        rows, names = [], set()
        for i, entry in enumerate(data.get(kind) or [], 1):
            where = f"{kind} {i}"
            username = _str(entry, "username", where)
            where = f"{kind} {username}"
            if username in names:
                raise ServiceError(f"{where}: listed twice")
            names.add(username)
            spoke = _str(entry, "spoke", where) if with_spoke else ""
            if with_spoke and spoke not in seen_slug:
                raise ServiceError(f"{where}: no spoke {spoke!r}")
            capacity = entry.get("capacity", 0) if with_capacity else 0
            if with_capacity and (not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 0):
                raise ServiceError(f"{where}: capacity must be a whole number of open cases")
            email = _str(entry, "email", where)
            if "@" not in email:
                raise ServiceError(f"{where}: {email!r} is not an e-mail address")
            rows.append(Staff(username, _str(entry, "name", where), email, spoke, capacity))
        return tuple(rows)

    from minutebook.hub.rules import privacy

    try:
        privacy.records(data)
    except privacy.PrivacyError as exc:
        raise ServiceError(str(exc)) from None
    agencies = []
    for i, entry in enumerate(data.get("agencies") or [], 1):
        agencies.append(Agency(_str(entry, "name", f"agency {i}"), _str(entry, "kind", f"agency {i}", required=False)))
    return Service(slug=slug, name=_str(head, "name", "[service]"), region=_str(head, "region", "[service]"),
                   allocate_by=allocate_by, first_contact_working_days=days, spokes=tuple(spokes),
                   practitioners=staff("practitioners", True, True), supervisors=staff("supervisors", True, False),
                   coordinators=staff("coordinators", False, False), agencies=tuple(agencies),
                   areas=tuple(a for s in spokes for a in s.areas))
