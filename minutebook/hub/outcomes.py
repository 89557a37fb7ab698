"""The outcomes on the database (the rules are ``rules/outcomes.py``): three aggregate queries, grouped in the
database (never a loop over cases), feed the pure report. Anonymised cases count like any other: the
retention review keeps every category and date the figures are made of.

:func:`figures` is what the dashboard and its CSV and JSON downloads show."""
from __future__ import annotations

import datetime as dt
import hashlib
import threading
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import caches
from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, OuterRef, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from minutebook.hub.models import Agency, Area, CaseEvent, Consent, Questionnaire, Referral, Spoke
from minutebook.hub.models import Case as CaseRow
from minutebook.hub.rules import consent as C
from minutebook.hub.rules import outcomes as O
from minutebook.hub.rules import stages as S

LONDON = ZoneInfo("Europe/London")


def _flag(q: Q) -> ExpressionWrapper:
    return ExpressionWrapper(q, output_field=BooleanField())


def _where(service, start: dt.date | None, end: dt.date | None, borough: str, prefix: str = "") -> Q:
    """The referrals of the service received in the period (London days), of the borough if one is given."""
    q = Q(**{f"{prefix}service": service})
    if start is not None:
        q &= Q(**{f"{prefix}received__gte": dt.datetime.combine(start, dt.time(), tzinfo=LONDON)})
    if end is not None:
        q &= Q(**{f"{prefix}received__lt": dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=LONDON)})
    if borough:
        q &= Q(**{f"{prefix}offence_area__iexact": borough.strip()})
    return q


def funnel_rows(service, start=None, end=None, borough="") -> list[O.Row]:
    """One row per combination of categories and stages reached, with how many referrals have it."""
    consented = Consent.objects.filter(party__referral=OuterRef("pk"), purpose=C.TAKE_PART, state=C.GIVEN)
    grouped = (Referral.objects.filter(_where(service, start, end, borough))
               .annotate(f_eligible=_flag(Q(spoke__isnull=False) | Q(status=S.WAITING)),
                         f_allocated=_flag(Q(case__isnull=False)),
                         f_contacted=_flag(Q(case__first_contact__isnull=False)),
                         f_consented=Exists(consented),
                         f_intervention=_flag(Q(case__isnull=False) & ~Q(case__intervention="")),
                         f_completed=_flag(Q(status=S.CLOSED)),
                         f_withdrawn=_flag(Q(status=S.WITHDRAWN)))
               .values("agency__name", "spoke__name", "offence_area", "offence_type", "cj_stage", "f_eligible",
                       "f_allocated", "f_contacted", "f_consented", "f_intervention", "f_completed", "f_withdrawn")
               .annotate(n=Count("id")).order_by())
    return [O.Row(agency=g["agency__name"] or "", spoke=g["spoke__name"] or "", borough=g["offence_area"],
                  offence=g["offence_type"], cj_stage=g["cj_stage"], eligible=bool(g["f_eligible"]),
                  allocated=bool(g["f_allocated"]), contacted=bool(g["f_contacted"]),
                  consented=bool(g["f_consented"]), intervention=bool(g["f_intervention"]),
                  completed=bool(g["f_completed"]), withdrawn=bool(g["f_withdrawn"]), n=g["n"]) for g in grouped]


def contact_rows(service, start=None, end=None, borough="") -> list[O.Contact]:
    """Cases by spoke, London day of referral and day of first contact."""
    grouped = (CaseRow.objects.filter(_where(service, start, end, borough, "referral__"), first_contact__isnull=False)
               .annotate(day=TruncDate("referral__received", tzinfo=LONDON))
               .values("spoke__name", "day", "first_contact").annotate(n=Count("id")).order_by())
    return [O.Contact(received=g["day"], first_contact=g["first_contact"], spoke=g["spoke__name"], n=g["n"])
            for g in grouped]


def answer_rows(service, start=None, end=None, borough="") -> list[O.Answer]:
    grouped = (Questionnaire.objects.filter(_where(service, start, end, borough, "case__referral__"))
               .values("party__role", "satisfaction", "declined").annotate(n=Count("id")).order_by())
    return [O.Answer(role=g["party__role"], score=g["satisfaction"], declined=g["declined"], n=g["n"])
            for g in grouped]


def vocabulary(service) -> O.Vocabulary:
    return O.Vocabulary(
        agencies=tuple(Agency.objects.filter(service=service).order_by("name").values_list("name", flat=True)),
        spokes=tuple(Spoke.objects.filter(service=service).order_by("name").values_list("name", flat=True)),
        boroughs=tuple(Area.objects.filter(service=service).order_by("name").values_list("name", flat=True)),
        stages=tuple(Referral.STAGE_CHOICES))


CACHE_SECONDS = 600


def _version() -> str:
    """What the figures were made from: the newest case event (every change to a referral or case makes one).
    Its time is part of it, so that ids used again (a database restored, a test rolled back) are not taken
    for the same data."""
    newest = CaseEvent.objects.order_by("-id").values_list("id", "at").first()
    return "none" if newest is None else f"{newest[0]}:{newest[1].timestamp()}"


def figures(service, start: dt.date | None = None, end: dt.date | None = None, borough: str = "") -> dict:
    """The anonymised, suppressed outcomes of the service for the period and borough: made again after any
    change (or after ``CACHE_SECONDS``), else taken from the cache shared by the server's processes (at 100,000 referrals the queries take
    seconds, the lookup a millisecond)."""
    key = "hub:outcomes:" + hashlib.sha256(
        f"{service.pk}|{start}|{end}|{borough.strip().casefold()}|{_version()}".encode()).hexdigest()
    store = _cache()
    shown = store.get(key)
    if shown is None:
        with _making:                        # one thread of a process makes them; the others wait and read them
            shown = store.get(key)
            if shown is None:
                shown = _figures(service, start, end, borough)
                store.set(key, shown, CACHE_SECONDS)
    return shown


_making = threading.Lock()


def _cache():
    """The cache all the server's processes share (the database's), else the process's own."""
    return caches["shared"] if "shared" in settings.CACHES else caches["default"]


def _figures(service, start, end, borough) -> dict:
    shown = O.report(funnel_rows(service, start, end, borough), contact_rows(service, start, end, borough),
                     answer_rows(service, start, end, borough), vocabulary(service), (start, end), borough,
                     service.name)
    shown["made"] = timezone.localtime().replace(microsecond=0).isoformat()
    return shown
