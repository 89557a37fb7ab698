"""Load a service's configuration (TOML, see ``services/restore-london.toml``) into the database.

Loading again updates the service: spokes, the areas they cover, practitioners' spokes and capacity.
Staff missing from the file are made inactive (their cases stay). Users are made for staff who have
none, without a password (set one with ``minutebook user``/the admin, or ``minutebook demo``)."""
from __future__ import annotations

from pathlib import Path

from django.contrib.auth.models import Group, User
from django.db import transaction

from minutebook.hub.rules import service as rules
from minutebook.store.visibility import HUB_GROUPS

SHIPPED = Path(__file__).resolve().parent / "services" / "restore-london.toml"


def _user(staff: rules.Staff, group: str) -> User:
    user, created = User.objects.get_or_create(username=staff.username, defaults={"email": staff.email})
    if created:
        user.set_unusable_password()
    user.email = staff.email
    if not user.first_name and not user.last_name:
        user.first_name = staff.name[:150]
    user.save()
    user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


def ensure_groups() -> None:
    for name in HUB_GROUPS:
        Group.objects.get_or_create(name=name)


@transaction.atomic
def load(text: str):
    """Check and load; returns the Service row. Raises ServiceError (one line) with nothing written."""
    from minutebook.hub.models import Agency, Area, Practitioner, Service, Spoke, Supervisor

    shape = rules.load(text)
    ensure_groups()
    service, _ = Service.objects.update_or_create(slug=shape.slug, defaults={
        "name": shape.name, "region": shape.region, "allocate_by": shape.allocate_by,
        "first_contact_working_days": shape.first_contact_working_days, "config": text})
    spokes = {}
    for s in shape.spokes:
        spokes[s.slug], _ = Spoke.objects.update_or_create(service=service, slug=s.slug,
                                                           defaults={"name": s.name, "unit": s.unit})
    Area.objects.filter(service=service).delete()
    Area.objects.bulk_create([Area(service=service, name=a, spoke=spokes[s.slug]) for s in shape.spokes for a in s.areas])
    gone = Spoke.objects.filter(service=service).exclude(slug__in=spokes)
    for spoke in gone:
        if spoke.referrals.exists() or spoke.cases.exists():
            raise rules.ServiceError(f"spoke {spoke.slug} has referrals: it cannot be left out of the configuration")
    Practitioner.objects.filter(service=service, spoke__in=gone).delete()
    Supervisor.objects.filter(service=service, spoke__in=gone).delete()
    gone.delete()
    kept = []
    for p in shape.practitioners:
        user = _user(p, "practitioner")
        row, _ = Practitioner.objects.update_or_create(service=service, user=user, defaults={
            "name": p.name, "email": p.email, "spoke": spokes[p.spoke], "capacity": p.capacity, "active": True})
        kept.append(row.pk)
    Practitioner.objects.filter(service=service).exclude(pk__in=kept).update(active=False)
    kept = []
    for s in shape.supervisors:
        user = _user(s, "supervisor")
        row, _ = Supervisor.objects.update_or_create(service=service, user=user, defaults={
            "name": s.name, "email": s.email, "spoke": spokes[s.spoke]})
        kept.append(row.pk)
    Supervisor.objects.filter(service=service).exclude(pk__in=kept).delete()
    for c in shape.coordinators:
        _user(c, "coordinator")
    for a in shape.agencies:
        Agency.objects.update_or_create(service=service, name=a.name, defaults={"kind": a.kind})
    return service


def load_file(path) -> "object":
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise rules.ServiceError(f"{path}: cannot be read ({exc.__class__.__name__})") from None
    try:
        return load(text)
    except rules.ServiceError as exc:
        raise rules.ServiceError(f"{path.name}: {exc}") from None


def shape_of(service) -> rules.Service:
    """The pure rules' view of a loaded service (its rows, not the file: the database is what is in force)."""
    spokes = []
    for spoke in service.spokes.prefetch_related("areas").order_by("slug"):
        spokes.append(rules.Spoke(spoke.slug, spoke.name, spoke.unit, tuple(a.name for a in spoke.areas.all())))
    return rules.Service(slug=service.slug, name=service.name, region=service.region, allocate_by=service.allocate_by,
                         first_contact_working_days=service.first_contact_working_days, spokes=tuple(spokes),
                         areas=tuple(a for s in spokes for a in s.areas))


DEMO_REFERRER = ("referrer", "referrer@police.example.org", "Demo", "Referrer")


def load_demo(password: str | None = None) -> list[str]:
    """For ``minutebook demo``: the shipped service, a referrer, and one password for every hub user that has
    none yet (given, or made up and returned once). Returns lines to print."""
    import secrets

    service = load_file(SHIPPED)
    username, email, first, last = DEMO_REFERRER
    referrer, _ = User.objects.get_or_create(username=username, defaults={"email": email, "first_name": first,
                                                                          "last_name": last})
    referrer.groups.add(Group.objects.get(name="referrer"))
    if not referrer.has_usable_password() or not referrer.password:
        referrer.set_unusable_password()
        referrer.save()
    fresh = [u for u in User.objects.filter(groups__name__in=["referrer", "coordinator", "practitioner", "supervisor"])
             .distinct().order_by("username") if not u.has_usable_password()]
    lines = [f"referral hub: {service.name}, {service.spokes.count()} spokes, {service.areas.count()} areas"]
    if fresh:
        made = password or secrets.token_urlsafe(12)
        for user in fresh:
            user.set_password(made)
            user.save()
        names = ", ".join(u.username for u in fresh)
        lines.append(f"hub users {names}" + ("" if password else f", password: {made}"))
    return lines
