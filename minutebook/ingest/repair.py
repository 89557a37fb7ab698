"""Repairs for text as PDF converters and word processors leave it.

- look-alike letters: Cyrillic and Greek capitals standing in for Latin ones ("СН" for "CH");
- mojibake: UTF-8 read as cp1252 ("â€™" for "’");
- curly quotes and dashes, non-breaking spaces, zero-width characters;
- bullet glyphs (\\uf0b7, •, ▪, ...) at the start of a line;
- ordinals split from their number ("16 th October", "2 nd July");
- words hyphenated across lines;
- paragraphs printed twice.
"""
from __future__ import annotations

import re

# Cyrillic and Greek letters that print like Latin ones
LOOKALIKES = str.maketrans({
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M", "О": "O",
    "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y", "а": "a", "с": "c", "е": "e", "і": "i", "ј": "j",
    "о": "o", "р": "p", "ѕ": "s", "х": "x", "у": "y",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o",
})
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")

PUNCTUATION = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": "",
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\ufb01": "fi", "\ufb02": "fl", "\ufb00": "ff", "\ufb03": "ffi", "\ufb04": "ffl",
    "\u2026": "...",
})
BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u27a2\u2713\u2714\u00b7\u2219\uf02d"
_BULLET = re.compile(rf"^\s*[{BULLETS}o]\s+(?=\S)|^\s*[{BULLETS}]\s*")
_ORDINAL = re.compile(r"\b(\d{1,2})\s+(st|nd|rd|th)\b(?=\s*(?:of\s+)?[A-Za-z]{3})", re.I)
_MOJIBAKE = re.compile(r"[\u00c2\u00c3\u00e2][\u0080-\u00bf\u20ac\u2122\u0152\u0153\u2018-\u201e\u2020-\u2022\u2039\u203a\u0160\u0161\u017d\u017e\u0178]")


def foreign_share(text: str) -> float:
    """Share of Cyrillic/Greek letters among all letters."""
    foreign = len(_FOREIGN.findall(text))
    latin = len(_LATIN.findall(text))
    return foreign / (foreign + latin) if foreign + latin else 0.0


def fix_lookalikes(text: str) -> str:
    return text.translate(LOOKALIKES) if _FOREIGN.search(text) else text


def fix_mojibake(text: str) -> str:
    if not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    # line by line: keep the lines that do not round-trip as they are
    out = []
    for line in text.split("\n"):
        if _MOJIBAKE.search(line):
            try:
                line = line.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
        out.append(line)
    return "\n".join(out)


def strip_bullet(line: str) -> tuple[str, bool]:
    """The line without a leading bullet glyph, and whether it had one."""
    new = _BULLET.sub("", line, count=1)
    return new, new != line


def normalise(text: str, latin_document: bool = True) -> str:
    """Character-level repairs of a whole document (before it is split into lines)."""
    text = fix_mojibake(text)
    if latin_document and _FOREIGN.search(text):
        share = foreign_share(text)
        if share < 0.2:
            text = fix_lookalikes(text)
        elif share < 0.6:
            # words mixing scripts, and short capitals ("СН" initials), are Latin in disguise
            text = re.sub(r"\b\w*[\u0370-\u03ff\u0400-\u04ff]\w*\b",
                          lambda m: fix_lookalikes(m.group(0)) if _LATIN.search(m.group(0))
                          or (m.group(0).isupper() and len(m.group(0)) <= 4) else m.group(0), text)
    text = text.translate(PUNCTUATION)
    text = _ORDINAL.sub(r"\1\2", text)
    return text


_SOFT_PREFIXES = {"co", "re", "pre", "non", "anti", "multi", "mis", "self", "ex", "cross", "post", "sub", "inter",
                  "over", "under", "well", "semi", "pan", "de", "long", "short", "full", "part", "cost", "high", "low",
                  "on", "off", "out", "up", "sub", "mid", "year", "day", "time", "mini", "micro", "all", "e"}


def join_hyphenated(first: str, second: str) -> str:
    """Join two lines where the first ends in a hyphen: keep the hyphen after common prefixes."""
    head = first.rstrip()
    word = re.search(r"([A-Za-z]+)-$", head)
    if word and second[:1].islower():
        if word.group(1).lower() in _SOFT_PREFIXES:
            return head + second.lstrip()
        return head[:-1] + second.lstrip()
    return head + " " + second.lstrip()


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_NOT_KEY = re.compile(r"[^a-z0-9]+")


def _key(text: str) -> str:
    return _NOT_KEY.sub("", text.casefold())


def drop_repeats(paragraphs: list[str], min_len: int = 40) -> list[str]:
    """Paragraphs without those already printed earlier (converters print some paragraphs twice).

    A paragraph is dropped when its letters appear in order inside the text kept so far; a
    paragraph whose sentences were printed earlier in part keeps only the new sentences.
    """
    kept: list[str] = []
    seen = ""
    for para in paragraphs:
        key = _key(para)
        if len(key) >= min_len and key in seen:
            continue
        if len(key) >= min_len and key[:min_len] in seen:
            sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", para)
            if len(sentences) > 1:
                fresh = [s for s in sentences if len(_key(s)) < min_len or _key(s) not in seen]
                if len(fresh) < len(sentences):
                    para = " ".join(fresh)
                    key = _key(para)
                    if not key:
                        continue
        kept.append(para)
        seen += "|" + key
    return kept
