"""The service's outcomes for its funder and the scrutiny panel, from plain rows (no Django): the funnel
(referred, eligible, allocated, contacted, consented, intervention, completed, withdrawn) broken down by
referring agency, spoke, borough, offence type and criminal-justice stage; the time from referral to first
contact; the satisfaction of victims and of harmers from the closing questionnaires.

Every count from 1 to 4 is shown as ``"<5"`` (:data:`SUPPRESSED`); a figure worked out from a suppressed
count (a percentage, a mean, a median) is :data:`WITHHELD`. A figure with nothing to work from is ``None``.

No name or contact detail can reach the result: the rows carry only a referral's categories, and each is
mapped onto a fixed vocabulary (the service's agencies, spokes and boroughs, the offence groups below, the
criminal-justice stages); anything else becomes "Other" or "Not known". :func:`report` is what pages and
downloads show; :func:`csv_rows` is the same report as the rows of a CSV file.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from minutebook.cycle.deadlines import is_working_day

SUPPRESSED = "<5"
WITHHELD = "withheld"
THRESHOLD = 5

STAGES = ("referred", "eligible", "allocated", "contacted", "consented", "intervention", "completed", "withdrawn")
STAGE_LABELS = {
    "referred": "Referred", "eligible": "Eligible", "allocated": "Allocated to a practitioner",
    "contacted": "Contacted", "consented": "Consented to take part", "intervention": "Intervention arranged",
    "completed": "Completed", "withdrawn": "Withdrawn",
}
DIMENSIONS = {"agency": "Referring agency", "spoke": "Spoke", "borough": "Borough of the offence",
              "offence": "Offence type", "cj_stage": "Criminal-justice stage"}
NOT_KNOWN = "Not known"
OUTSIDE = "Outside the service's area, or not given"
SELF_REFERRAL = "Self-referral"
OTHER = "Other"

# Home Office offence groups, matched by keywords in the referral's own words (its free text never shows)
OFFENCE_GROUPS = (
    ("Robbery", r"\brobb|\bmugg"),
    ("Burglary", r"burglar|\bbreak[- ]?in|\bbroke in"),
    ("Sexual offences", r"\bsex|\brape|indecen"),
    ("Violence against the person", r"assault|violen|\babh\b|\bgbh\b|wound|harass|stalk|murder|manslaughter|"
                                    r"threat|grievous|bodily harm|battery|\bfight|attack|punch"),
    ("Hate crime", r"\bhate\b"),
    ("Criminal damage and arson", r"damage|arson|\bfire\b|graffiti|vandal"),
    ("Vehicle offences", r"vehicle|\bcar\b|\bcars\b|driving|motor"),
    ("Theft", r"theft|\bsteal|\bstole|shoplift|pickpocket|handling"),
    ("Fraud", r"fraud|scam|decept"),
    ("Drug offences", r"\bdrug|cannabis|cocaine|heroin"),
    ("Possession of weapons", r"weapon|knife|knives|blade|firearm|\bgun"),
    ("Public order offences", r"public order|affray|disorder|anti-?social"),
)
OFFENCE_LABELS = tuple(g for g, _ in OFFENCE_GROUPS) + ("Other offences",)


@dataclass(frozen=True)
class Row:
    """``n`` referrals alike in their categories and in how far they got."""
    agency: str = ""              # the referring agency's name ("" for a self-referral)
    spoke: str = ""
    borough: str = ""             # the offence's borough as given
    offence: str = ""             # the offence type as given (mapped onto OFFENCE_GROUPS)
    cj_stage: str = ""            # a key of ``stages``
    eligible: bool = False
    allocated: bool = False
    contacted: bool = False
    consented: bool = False
    intervention: bool = False
    completed: bool = False
    withdrawn: bool = False
    n: int = 1


@dataclass(frozen=True)
class Contact:
    """``n`` cases referred on ``received`` and first contacted on ``first_contact``."""
    received: dt.date
    first_contact: dt.date
    spoke: str = ""
    n: int = 1


@dataclass(frozen=True)
class Answer:
    """``n`` closing questionnaires of one party's role: a score of 1 to 5, or declined."""
    role: str                     # "victim" or "offender"
    score: Optional[int] = None
    declined: bool = False
    n: int = 1


@dataclass(frozen=True)
class Vocabulary:
    """What a category may be called in the result: anything else is "Other" (or "Not known")."""
    agencies: tuple[str, ...] = ()
    spokes: tuple[str, ...] = ()
    boroughs: tuple[str, ...] = ()
    stages: tuple[tuple[str, str], ...] = ()        # (key, label) of the criminal-justice stages


# ---------------------------------------------------------------- suppression

def suppress(n: int):
    """A count as shown: 0 and 5 or more as they are, 1 to 4 as "<5"."""
    return SUPPRESSED if 0 < n < THRESHOLD else n


def is_suppressed(n: int) -> bool:
    return 0 < n < THRESHOLD


def percent(part: int, whole: int):
    """``part`` of ``whole`` in per cent (one decimal place): withheld if either count is suppressed."""
    if is_suppressed(part) or is_suppressed(whole):
        return WITHHELD
    if whole == 0:
        return None
    return round(100.0 * part / whole, 1)


# ---------------------------------------------------------------- categories

def offence_group(text: str) -> str:
    """The offence group of a referral's offence type, "Other offences" when none matches."""
    words = " ".join((text or "").casefold().split())
    for group, pattern in OFFENCE_GROUPS:
        if group.casefold() == words or re.search(pattern, words):
            return group
    return OFFENCE_LABELS[-1]


def _in(value: str, allowed: Iterable[str]) -> Optional[str]:
    key = " ".join((value or "").split()).casefold()
    return next((a for a in allowed if a.casefold() == key), None)


def category(dimension: str, value: str, vocabulary: Vocabulary) -> str:
    """A row's value for one dimension, as the result may show it."""
    value = value or ""
    if dimension == "agency":
        return SELF_REFERRAL if not value.strip() else (_in(value, vocabulary.agencies) or OTHER)
    if dimension == "spoke":
        return _in(value, vocabulary.spokes) or NOT_KNOWN
    if dimension == "borough":
        return _in(value, vocabulary.boroughs) or OUTSIDE
    if dimension == "offence":
        return offence_group(value)
    if dimension == "cj_stage":
        return dict(vocabulary.stages).get(value, NOT_KNOWN)
    raise ValueError(f"unknown dimension {dimension!r}")


def _order(dimension: str, vocabulary: Vocabulary) -> list[str]:
    return {"agency": list(vocabulary.agencies) + [SELF_REFERRAL, OTHER],
            "spoke": list(vocabulary.spokes) + [NOT_KNOWN],
            "borough": list(vocabulary.boroughs) + [OUTSIDE],
            "offence": list(OFFENCE_LABELS),
            "cj_stage": [label for _, label in vocabulary.stages] + [NOT_KNOWN]}[dimension]


# ---------------------------------------------------------------- the funnel

def counts(rows: Iterable[Row]) -> dict[str, int]:
    """How many referrals reached each stage of the funnel (unsuppressed)."""
    referred = eligible = allocated = contacted = consented = intervention = completed = withdrawn = 0
    for r in rows:
        n = r.n
        referred += n
        eligible += n if r.eligible else 0
        allocated += n if r.allocated else 0
        contacted += n if r.contacted else 0
        consented += n if r.consented else 0
        intervention += n if r.intervention else 0
        completed += n if r.completed else 0
        withdrawn += n if r.withdrawn else 0
    return {"referred": referred, "eligible": eligible, "allocated": allocated, "contacted": contacted,
            "consented": consented, "intervention": intervention, "completed": completed, "withdrawn": withdrawn}


def breakdown(rows: Iterable[Row], dimension: str, vocabulary: Vocabulary) -> list[tuple[str, dict[str, int]]]:
    """The funnel's counts for each value of ``dimension`` that has referrals, in the vocabulary's order."""
    groups: dict[str, list[Row]] = {}
    named: dict[str, str] = {}                       # each value as given is looked up once
    for r in rows:
        given = getattr(r, dimension)
        shown = named.get(given)
        if shown is None:
            shown = named[given] = category(dimension, given, vocabulary)
        groups.setdefault(shown, []).append(r)
    return [(value, counts(groups[value])) for value in _order(dimension, vocabulary) if value in groups]


def shown_funnel(c: dict[str, int]) -> dict:
    """The counts suppressed, with each stage's share of the referrals (withheld from a suppressed count)."""
    return {"counts": {s: suppress(c[s]) for s in STAGES},
            "percent_of_referred": {s: percent(c[s], c["referred"]) for s in STAGES[1:]}}


# ---------------------------------------------------------------- time to first contact

class WorkingDays:
    """Working days between two days by a running count over the span (one look at each day, not each pair)."""

    def __init__(self, first: dt.date, last: dt.date, holidays: Optional[Iterable[dt.date]] = None):
        fixed = None if holidays is None else frozenset(holidays)
        self.first = first
        self.running = []
        total, day = 0, first
        while day <= last:
            total += is_working_day(day, fixed)
            self.running.append(total)
            day += dt.timedelta(days=1)

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to ``end`` (counted): a Friday to the Monday after is 1."""
        if end <= start:
            return 0
        return self.running[(end - self.first).days] - self.running[(start - self.first).days]


def median(values: Iterable[tuple[float, int]]):
    """The median of values given with their weights (the mean of the two middle ones for an even count)."""
    pairs = sorted((v, n) for v, n in values if n > 0)
    total = sum(n for _, n in pairs)
    if total == 0:
        return None

    def at(i):                      # the i-th value (from 0) in order
        seen = 0
        for v, n in pairs:
            seen += n
            if i < seen:
                return v
        raise IndexError(i)
    middle = (at((total - 1) // 2) + at(total // 2)) / 2
    return int(middle) if float(middle).is_integer() else round(middle, 1)


def first_contact(contacts: Sequence[Contact], holidays: Optional[Iterable[dt.date]] = None) -> dict:
    """Cases contacted and the median days from referral to first contact (calendar and working days)."""
    contacts = [c for c in contacts if c.first_contact >= c.received]
    n = sum(c.n for c in contacts)
    if is_suppressed(n) or n == 0:
        empty = WITHHELD if n else None
        return {"cases": suppress(n), "median_days": empty, "median_working_days": empty}
    days = WorkingDays(min(c.received for c in contacts), max(c.first_contact for c in contacts), holidays)
    calendar, working = Counter(), Counter()
    for c in contacts:
        calendar[(c.first_contact - c.received).days] += c.n
        working[days.between(c.received, c.first_contact)] += c.n
    return {"cases": n, "median_days": median(calendar.items()), "median_working_days": median(working.items())}


# ---------------------------------------------------------------- satisfaction

ROLES = {"victim": "Victims", "offender": "Harmers"}
SCORES = {5: "Very satisfied", 4: "Satisfied", 3: "Neither satisfied nor dissatisfied", 2: "Dissatisfied",
          1: "Very dissatisfied"}


def satisfaction(answers: Iterable[Answer], role: str) -> dict:
    """One role's questionnaires: answered, declined, each score, the mean score and the share satisfied
    (4 or 5). The mean and share are withheld when any count they come from is suppressed."""
    mine = [a for a in answers if a.role == role]
    scores = {s: sum(a.n for a in mine if not a.declined and a.score == s) for s in SCORES}
    answered = sum(scores.values())
    declined = sum(a.n for a in mine if a.declined)
    cells = list(scores.values()) + [answered]
    if any(is_suppressed(c) for c in cells):
        mean = share = WITHHELD
    elif answered == 0:
        mean = share = None
    else:
        mean = round(sum(s * n for s, n in scores.items()) / answered, 1)
        share = round(100.0 * (scores[4] + scores[5]) / answered, 1)
    return {"answered": suppress(answered), "declined": suppress(declined),
            "scores": {str(s): suppress(scores[s]) for s in SCORES}, "mean_score": mean, "percent_satisfied": share}


# ---------------------------------------------------------------- the report

def report(rows: Sequence[Row], contacts: Sequence[Contact], answers: Sequence[Answer], vocabulary: Vocabulary,
           period: tuple[Optional[dt.date], Optional[dt.date]] = (None, None), borough: str = "",
           service: str = "", holidays: Optional[Iterable[dt.date]] = None) -> dict:
    """Everything the dashboard and the downloads show, suppressed. Only vocabulary reaches it."""
    rows, answers = list(rows), list(answers)
    start, end = period
    shown_borough = _in(borough, vocabulary.boroughs) if borough else None
    by = {}
    for dimension, label in DIMENSIONS.items():
        by[dimension] = {"label": label, "rows": [{"value": value, **shown_funnel(c)}
                                                  for value, c in breakdown(rows, dimension, vocabulary)]}
    spoke_of = {given: category("spoke", given, vocabulary) for given in {c.spoke for c in contacts}}
    per_spoke: dict[str, list[Contact]] = {}
    for c in contacts:
        per_spoke.setdefault(spoke_of[c.spoke], []).append(c)
    by_spoke = {spoke: first_contact(per_spoke[spoke], holidays) for spoke in _order("spoke", vocabulary)
                if spoke in per_spoke}
    return {
        "service": service,
        "period": {"from": start.isoformat() if start else None, "to": end.isoformat() if end else None},
        "borough": shown_borough or "All boroughs",
        "suppression": f"Counts from 1 to {THRESHOLD - 1} are shown as \"{SUPPRESSED}\"; a figure worked out from "
                       f"one is \"{WITHHELD}\".",
        "stages": [{"key": s, "label": STAGE_LABELS[s]} for s in STAGES],
        "funnel": shown_funnel(counts(rows)),
        "breakdowns": by,
        "first_contact": {"all": first_contact(list(contacts), holidays), "by_spoke": by_spoke},
        "satisfaction": {role: {"label": label, **satisfaction(answers, role)} for role, label in ROLES.items()},
    }


CSV_HEADER = ["section", "group", "value", "measure", "figure"]


def csv_rows(shown: dict) -> list[list]:
    """The report as long rows: section, group, value, measure, figure (the same figures, the same suppression)."""
    out = [CSV_HEADER,
           ["filter", "period", "from", "date", shown["period"]["from"] or "all"],
           ["filter", "period", "to", "date", shown["period"]["to"] or "all"],
           ["filter", "borough", shown["borough"], "", ""]]

    def funnel(section, group, value, f):
        for s in STAGES:
            out.append([section, group, value, s, _cell(f["counts"][s])])
        for s in STAGES[1:]:
            out.append([section, group, value, f"{s}_percent_of_referred", _cell(f["percent_of_referred"][s])])
    funnel("funnel", "all", "All referrals", shown["funnel"])
    for b in shown["breakdowns"].values():
        for row in b["rows"]:
            funnel("breakdown", b["label"], row["value"], row)
    fc = shown["first_contact"]
    for value, figures in [("All cases", fc["all"])] + list(fc["by_spoke"].items()):
        for measure in ("cases", "median_days", "median_working_days"):
            out.append(["first_contact", "all" if value == "All cases" else "Spoke", value, measure,
                        _cell(figures[measure])])
    for role, s in shown["satisfaction"].items():
        for measure in ("answered", "declined"):
            out.append(["satisfaction", s["label"], "", measure, _cell(s[measure])])
        for score, n in s["scores"].items():
            out.append(["satisfaction", s["label"], SCORES[int(score)], f"score_{score}", _cell(n)])
        for measure in ("mean_score", "percent_satisfied"):
            out.append(["satisfaction", s["label"], "", measure, _cell(s[measure])])
    return out


def _cell(value) -> str:
    return "" if value is None else str(value)


# ---------------------------------------------------------------- periods

def financial_year(day: dt.date) -> int:
    """The year a financial year (1 April to 31 March) starts in."""
    return day.year if day.month >= 4 else day.year - 1


def period_of(key: str, today: dt.date) -> tuple[Optional[dt.date], Optional[dt.date], str]:
    """``"all"``, ``"fy2018"`` (1 April 2018 to 31 March 2019) or ``"fy2018q3"`` (its third quarter,
    October to December 2018): the first and last days and a label. Anything else raises ValueError."""
    if key in ("", "all"):
        return None, None, "All time"
    m = re.fullmatch(r"fy(\d{4})(?:q([1-4]))?", key)
    if not m:
        raise ValueError(f"unknown period {key!r}")
    year = int(m.group(1))
    name = f"{year}–{(year + 1) % 100:02d}"
    if not m.group(2):
        return dt.date(year, 4, 1), dt.date(year + 1, 3, 31), f"Financial year {name}"
    q = int(m.group(2))
    month = 4 + 3 * (q - 1)
    first = dt.date(year + (month > 12), (month - 1) % 12 + 1, 1)
    after = dt.date(first.year + (first.month + 3 > 12), (first.month + 2) % 12 + 1, 1)
    return first, after - dt.timedelta(days=1), f"Quarter {q} of {name} ({first:%B} to {(after - dt.timedelta(days=1)):%B %Y})"


def periods(today: dt.date, years: int = 3) -> list[tuple[str, str]]:
    """The periods to choose from: all time, then this and earlier financial years, each followed by its
    quarters that have begun."""
    out = [("all", "All time")]
    this = financial_year(today)
    for year in range(this, this - years, -1):
        out.append((f"fy{year}", period_of(f"fy{year}", today)[2]))
        for q in range(1, 5):
            first, _, label = period_of(f"fy{year}q{q}", today)
            if first <= today:
                out.append((f"fy{year}q{q}", label))
    return out
