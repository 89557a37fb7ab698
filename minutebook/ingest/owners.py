"""Who initials stand for: "LG" in the Action column → Laurie Grasty.

Evidence, strongest first:
1. initials printed beside a name in the attendance list ("Dr Andrew Payne, Chair (AP)");
2. people named in the resolution or action itself (full name, or title and surname: "Mr Spencer");
3. role words in the resolution ("the Borough Commander" → whoever's role says Borough … Commander);
4. people named anywhere in the item's narrative;
5. the only person at the meeting (present, also present, apologies, membership) with those initials.
Where the evidence leaves more than one candidate the owner stays unresolved (``None``), the
candidates go into ``Action.ambiguous`` and a warning says so: initials are never guessed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Optional

from minutebook.ingest.parsers.common import NOT_NAMES, ROLE_WORDS, ORG_WORDS, TITLES, clean_name, fits_initials, initials_of

FULL_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2})\s+((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Commissioner|Superintendent|Inspector)\.?\s+((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
ROLE_PHRASE = re.compile(r"\bthe\s+((?:[A-Z][A-Za-z&-]*\s+){0,4}(?:Commander|Director|Manager|Officer|Chairman|Chair|Clerk|Head|Holder|Secretary|Commissioner|Executive|Lead|Leader|Coordinator|Co-ordinator|Treasurer|Inspector|Superintendent))\b")
PLACES = {"house", "street", "road", "lane", "park", "hall", "centre", "center", "station", "estate", "close", "avenue",
          "square", "green", "way", "court", "place", "school", "college", "church", "library", "market", "bridge",
          "hill", "common", "village", "town", "city", "forum", "plan", "programme", "project", "strategy", "fund",
          "act", "day", "week", "month", "year", "news", "newsletter", "twitter", "office", "board", "team"}
_QUALIFIERS = {"deputy", "vice", "assistant", "acting", "interim", "former"}


@dataclass
class Known:
    name: str
    role: str = ""
    initials: Optional[str] = None     # as printed beside the name


_STOP = frozenset({w.lower() for w in TITLES} | NOT_NAMES)


@lru_cache(maxsize=4096)
def mentioned(text: str) -> tuple[str, ...]:
    """Full names written in text ("Jackie Baxter"), in order."""
    out = []
    stop = _STOP
    for m in FULL_NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if first.lower() in stop or last.lower() in stop or last.lower() in PLACES or ROLE_WORDS.fullmatch(last) or ORG_WORDS.fullmatch(last) \
                or ORG_WORDS.fullmatch(first) or ROLE_WORDS.fullmatch(first):
            continue
        out.append(f"{first} {last}")
    return tuple(out)


def _surname(name: str) -> str:
    words = clean_name(name).split()
    return words[-1] if words else ""


class Resolver:
    def __init__(self, people: list[Known]):
        self.people = []
        seen = set()
        for p in people:
            key = clean_name(p.name).lower()
            if key and key not in seen:
                seen.add(key)
                self.people.append(p)

    def candidates(self, initials: str) -> list[Known]:
        printed = [p for p in self.people if p.initials and p.initials == re.sub(r"[^A-Z]", "", initials)]
        if printed:
            return printed
        return [p for p in self.people if fits_initials(initials, p.name)]

    def listed(self, initials: str) -> bool:
        """Exactly one person listed at the meeting has these initials ("MB" with Morven Baillie present)."""
        return len(self.candidates(re.sub(r"[^A-Z]", "", initials))) == 1

    def _named_in(self, text: str, initials: str) -> list[str]:
        names = []
        for p in self.people:
            if not fits_initials(initials, p.name):
                continue
            full = clean_name(p.name)
            if full and re.search(r"\b" + re.escape(full) + r"\b", text):
                names.append(p.name)
                continue
            surname = _surname(p.name)
            if surname and any(m.group(1) == surname for m in TITLED.finditer(text)):
                names.append(p.name)
        for name in mentioned(text):
            if fits_initials(initials, name) and name not in names and \
                    not any(clean_name(n).endswith(name.split()[-1]) and n != name for n in names):
                if not any(clean_name(p.name) == name for p in self.people) or name not in names:
                    names.append(name)
        # the same person found twice (full name and "Mr Surname")
        unique = []
        for n in names:
            if not any(clean_name(u).lower() == clean_name(n).lower() for u in unique):
                unique.append(n)
        return unique

    def _known(self, name: str) -> bool:
        key = clean_name(name).lower()
        return any(clean_name(p.name).lower() == key for p in self.people)

    def _by_role(self, text: str, initials: str) -> list[str]:
        found = []
        for m in ROLE_PHRASE.finditer(text):
            words = [w.lower() for w in re.findall(r"[A-Za-z]+", m.group(1))]
            best, best_extra = [], None
            for p in self.people:
                role = (p.role or "").lower()
                if not role:
                    continue
                role_words = set(re.findall(r"[a-z]+", role))
                if not all(w in role_words for w in words):
                    continue
                extra = len(role_words & _QUALIFIERS - set(words))
                if best_extra is None or extra < best_extra:
                    best, best_extra = [p], extra
                elif extra == best_extra:
                    best.append(p)
            for p in best:
                if fits_initials(initials, p.name) and p.name not in found:
                    found.append(p.name)
        return found

    def full_name(self, name: str) -> Optional[str]:
        """The one person listed at the meeting with this name written out ("Heather Poustie"), else None."""
        key = clean_name(name).lower()
        if len(key.split()) < 2:
            return None
        found = [p.name for p in self.people if clean_name(p.name).lower() == key]
        return found[0] if len(found) == 1 else None

    def by_role(self, role: str) -> Optional[str]:
        """The one person whose role as listed contains the role word ("Clerk" → the Parish Clerk), else None."""
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", role) if w.lower() not in ("the", "parish", "town")]
        if not words:
            return None
        found = [p.name for p in self.people
                 if p.role and all(re.search(r"\b" + re.escape(w) + r"\b", p.role, re.I) for w in words)
                 and not re.search(r"\b(?:deputy|assistant|vice)\b", p.role, re.I)]
        return found[0] if len(found) == 1 else None

    def resolve(self, initials: str, action_text: str, item_text: str) -> tuple[Optional[str], list[str]]:
        """The person the initials stand for, or (None, candidates)."""
        letters = re.sub(r"[^A-Z]", "", initials.upper())
        printed = [p.name for p in self.people if p.initials and p.initials == letters]
        if len(printed) == 1:
            return printed[0], []
        known_named = [n for n in self._named_in(action_text, letters) if self._known(n)]
        if len(known_named) == 1:
            return known_named[0], []
        for finder in (lambda: self._by_role(action_text, letters), lambda: self._named_in(action_text, letters)):
            names = finder()
            if len(names) == 1:
                return names[0], []
        pool = [p.name for p in self.candidates(letters)]
        named = self._named_in(item_text, letters)
        if len(named) == 1:
            return named[0], []
        if len(pool) == 1 and not named:
            return pool[0], []
        options = list(dict.fromkeys(pool + named))
        if len(options) == 1:
            return options[0], []
        return None, options
