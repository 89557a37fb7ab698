"""People: one Person per name, likely duplicates for a clerk to review, and merging.

Matching rule used by ingest (kept deliberately strict, because a wrong merge is worse than a
missed one): two names are the same person when they are equal after removing titles
("Councillor", "Cllr", "Acting DCI", "Mr" ...), full stops, case and extra spaces. "Cllr Kate
Lymer" and "Councillor Kate Lymer" are one person; "Steve Wood" and "Stephen Wood" are two until a
clerk merges them. :func:`likely_duplicates` lists such pairs with a score and the evidence.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Titles and ranks that are part of how a person is shown, not their name. Multi-word ones first.
TITLES = [
    "chief superintendent", "detective chief inspector", "detective inspector", "detective sergeant",
    "detective constable", "chief inspector", "police constable", "the reverend", "the rt hon",
    "councillor", "cllr", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
    "lord", "lady", "baroness", "baron", "rev", "revd", "reverend", "acting", "interim", "temporary",
    "sgt", "sergeant", "insp", "inspector", "supt", "superintendent", "det", "detective", "commander",
    "cmdr", "alderman",
]
# police ranks written in capitals; "Di" or "Ds" in ordinary case may be a first name
RANKS = ["DCI", "DCS", "DSU", "DI", "DS", "DC", "PC", "PCSO", "CH", "Ch"]
_TITLE_RE = re.compile(r"^(?:(?:(?i:" + "|".join(re.escape(t) for t in TITLES) + r")|"
                       + "|".join(RANKS) + r")\.?\s+)+")

# first names that are the same name (nicknames and spellings); each group is one name
NICKNAMES = [
    "stephen steve steven stevie", "christopher chris kit", "katherine kate katharine catherine kathryn kathy "
    "cathy katie kat", "james jim jimmy jamie", "robert bob rob robbie bobby", "william bill will billy liam",
    "anthony tony antony", "samuel sam sammy samantha", "alexander alex alexandra alexandria sandy",
    "elizabeth liz lizzie beth betty eliza libby", "jennifer jenny jen", "andrew andy drew",
    "daniel dan danny", "timothy tim", "michael mike mick mickey", "nicholas nick nicky", "peter pete",
    "thomas tom tommy", "joanna jo joanne johanna", "joseph joe", "jonathan jon john jonny johnny",
    "richard rich rick ricky dick", "edward ed eddie ted ted", "david dave davey", "matthew matt",
    "benjamin ben", "charles charlie chas chuck", "margaret maggie meg peggy", "patricia pat patty trish",
    "susan sue suzie susie", "deborah debbie deb debra", "rebecca becky becca", "victoria vicky vikki tori",
    "gillian gill jill", "philip phil phillip", "terence terry", "nigel", "amanda mandy",
    "frederick fred freddie", "gregory greg", "jacqueline jackie jacqui", "barbara barbie babs",
    "kenneth ken kenny", "raymond ray", "ronald ron ronnie", "donald don donny", "abigail abby abi",
    "natalie nat", "nathan nat nate", "leonard len lenny", "lawrence laurence larry laurie",
]
_NICK: dict[str, int] = {}
for _i, _group in enumerate(NICKNAMES):
    for _n in _group.split():
        _NICK.setdefault(_n, _i)


def split_title(name: str) -> tuple[str, str]:
    """("Acting DCI", "Charles Clare") from "Acting DCI Charles Clare"; never strips the last word."""
    text = re.sub(r"\s+", " ", (name or "").replace("\u00a0", " ")).strip().strip(",;")
    m = _TITLE_RE.match(text)
    if not m or not text[m.end():].strip():
        return "", text
    return m.group(0).strip(), text[m.end():].strip()


def clean_name(name: str) -> str:
    """The name as shown, without titles and stray punctuation: "Cllr. Kate  Lymer" → "Kate Lymer"."""
    return split_title(name)[1]


def name_key(name: str) -> str:
    """What two names must share to be the same person: no titles, accents, full stops, case or spacing."""
    text = unicodedata.normalize("NFKD", clean_name(name))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace(".", " ")
    text = re.sub(r"[^\w' -]", " ", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def first_name_group(first: str) -> str:
    first = first.casefold()
    return f"g{_NICK[first]}" if first in _NICK else first


# ---- duplicates ------------------------------------------------------------------------------

@dataclass
class Duplicate:
    a: object            # Person
    b: object            # Person
    score: float         # 0-100: how likely they are one person
    reasons: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def _parts(name: str) -> tuple[str, str]:
    words = name_key(name).split()
    if not words:
        return "", ""
    return words[0], " ".join(words[1:])


def name_similarity(a: str, b: str) -> tuple[float, str]:
    """Score and reason for two names looking like one person's (0 when they plainly are not)."""
    from rapidfuzz import fuzz

    if name_key(a) and name_key(a) == name_key(b):
        return 99.0, "the same name once titles and punctuation are removed"
    fa, sa = _parts(a)
    fb, sb = _parts(b)
    if not sa or not sb:
        return 0.0, ""
    surname = fuzz.ratio(sa, sb)
    if surname < 85:
        return 0.0, ""
    if fa == fb:
        return (97.0 if surname == 100 else 85.0), "same name apart from a spelling difference"
    if first_name_group(fa) == first_name_group(fb):
        return (92.0 if surname == 100 else 80.0), f"'{fa.title()}' and '{fb.title()}' are forms of one first name"
    if len(fa) == 1 or len(fb) == 1:
        if fa[0] == fb[0]:
            return 75.0, "an initial matches the first name"
        return 0.0, ""
    first = fuzz.ratio(fa, fb)
    if first >= 75 and surname == 100:
        return round(first * 0.8, 1), f"similar first names ('{fa.title()}', '{fb.title()}'), same surname"
    return 0.0, ""


def likely_duplicates(min_score: float = 50.0) -> list[Duplicate]:
    """Pairs of people who may be one person, best first, with the evidence for and against.

    Evidence: same organisation or same role supports; never at the same meeting supports a little;
    both listed at one meeting (two attendance rows) counts heavily against. Nothing is merged here.
    """
    from minutebook.store.models import Attendance, Person

    people = list(Person.objects.filter(merged_into__isnull=True).select_related("organisation"))
    meetings: dict[int, set[int]] = {}
    for person_id, meeting_id in Attendance.objects.values_list("person_id", "meeting_id"):
        meetings.setdefault(person_id, set()).add(meeting_id)
    by_surname: dict[str, list] = {}
    for p in people:
        words = name_key(p.name).split()
        if len(words) >= 2:
            by_surname.setdefault(words[-1][:3], []).append(p)
    out: list[Duplicate] = []
    for group in by_surname.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                score, why = name_similarity(a.name, b.name)
                if not score:
                    continue
                reasons = [why]
                if a.organisation_id and a.organisation_id == b.organisation_id:
                    score += 5
                    reasons.append(f"both with {a.organisation}")
                if a.role and b.role and a.role.casefold() == b.role.casefold():
                    score += 5
                    reasons.append(f"same role ({a.role})")
                together = meetings.get(a.id, set()) & meetings.get(b.id, set())
                if together:
                    score -= 40
                    reasons.append(f"both listed at {len(together)} meeting(s) together: against")
                elif meetings.get(a.id) and meetings.get(b.id):
                    score += 3
                    reasons.append("never listed at the same meeting")
                score = max(0.0, min(100.0, score))
                if score >= min_score:
                    out.append(Duplicate(a, b, round(score, 1), reasons))
    out.sort(key=lambda d: (-d.score, d.a.name, d.b.name))
    return out


# ---- merging ---------------------------------------------------------------------------------

def resolve(record):
    """The record (a person or a body) a merged one now stands for (follows merged_into)."""
    seen = set()
    while record is not None and record.merged_into_id and record.pk not in seen:
        seen.add(record.pk)
        record = record.merged_into
    return record


def stored_person(clean: str, key: str):
    """The stored person a name (titles removed) is, as ingest matches it: the same name, else a name with the
    same key; the one not merged first, then the oldest, followed to the record it now stands for."""
    from minutebook.store.models import Person

    candidates = list(Person.objects.filter(name__iexact=clean)) or \
        [x for x in Person.objects.filter(name__icontains=clean.split()[-1]) if name_key(x.name) == key]
    return resolve(min(candidates, key=lambda x: (x.merged_into_id is not None, x.pk))) if candidates else None


def merge(keep, other) -> None:
    """Move ``other``'s attendance, memberships, action ownership, declarations and chairing to ``keep``.

    ``other`` stays (so links and history remain) with ``merged_into = keep``; ingest then maps
    its name to ``keep``. Where both were listed at one meeting, ``other``'s row goes.
    """
    from django.db import transaction

    from minutebook.store.models import ActionOwner, Attendance, Declaration, Meeting, Membership

    if keep.pk == other.pk:
        raise ValueError("cannot merge a person into themselves")
    if resolve(keep).pk == other.pk:
        raise ValueError(f"{keep} is already merged into {other}")
    with transaction.atomic():
        for row in Attendance.objects.filter(person=other):
            if Attendance.objects.filter(meeting_id=row.meeting_id, person=keep).exists():
                row.delete()
            else:
                row.person = keep
                row.save(update_fields=["person"])
        Attendance.objects.filter(substitute=other).update(substitute=keep)
        for m in Membership.objects.filter(person=other):
            if Membership.objects.filter(body_id=m.body_id, person=keep, end__isnull=True).exists() and m.end is None:
                m.delete()
            else:
                m.person = keep
                m.save(update_fields=["person"])
        ActionOwner.objects.filter(person=other).update(person=keep)
        Declaration.objects.filter(person=other).update(person=keep)
        Meeting.objects.filter(chair=other).update(chair=keep)
        changed = []
        for f in ("role", "email", "title"):
            if not getattr(keep, f) and getattr(other, f):
                setattr(keep, f, getattr(other, f))
                changed.append(f)
        if not keep.organisation_id and other.organisation_id:
            keep.organisation_id = other.organisation_id
            changed.append("organisation")
        if not keep.user_id and other.user_id:
            user_id, other.user_id = other.user_id, None
            other.save(update_fields=["user"])
            keep.user_id = user_id
            changed.append("user")
        if changed:
            keep.save(update_fields=changed)
        type(other).objects.filter(merged_into=other).update(merged_into=keep)
        other.merged_into = keep
        other.save(update_fields=["merged_into"])
