"""The authority's identity, set by the deployment: its name and logo, on the site and on every paper.

``MINUTEBOOK_AUTHORITY`` is the authority's name ("London Borough of Bromley"); ``MINUTEBOOK_AUTHORITY_LOGO``
the path of its logo, a PNG or JPEG file of at most 1 MB. A body's own organisation name (the clerk sets it
on the body) is printed on that body's papers instead of the deployment's. Pure: reads the environment given.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

MAX_LOGO_BYTES = 1_000_000
_TYPES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))


class IdentityError(ValueError):
    """The deployment's identity cannot be used (a one-line message naming the setting)."""


@dataclass(frozen=True)
class Identity:
    name: str = ""
    logo: Optional[bytes] = None
    logo_type: str = ""

    @property
    def logo_data_uri(self) -> Optional[str]:
        """The logo as a ``data:`` address, for papers that carry it inside themselves."""
        if not self.logo:
            return None
        return f"data:{self.logo_type};base64,{base64.b64encode(self.logo).decode('ascii')}"


def logo_type(data: bytes) -> Optional[str]:
    """The image type read from the file's first bytes, or None when it is neither PNG nor JPEG."""
    for magic, mime in _TYPES:
        if data.startswith(magic):
            return mime
    return None


def read_logo(path: str) -> tuple[bytes, str]:
    where = Path(path)
    try:
        size = where.stat().st_size
    except OSError:
        raise IdentityError(f"MINUTEBOOK_AUTHORITY_LOGO: {path}: no such file") from None
    if size > MAX_LOGO_BYTES:
        raise IdentityError(f"MINUTEBOOK_AUTHORITY_LOGO: {path}: {size:,} bytes; a logo may be at most "
                            f"{MAX_LOGO_BYTES:,}")
    data = where.read_bytes()
    mime = logo_type(data)
    if mime is None:
        raise IdentityError(f"MINUTEBOOK_AUTHORITY_LOGO: {path}: not a PNG or JPEG file")
    return data, mime


_cache: dict[tuple[str, str], Identity] = {}


def current(environ: Mapping[str, str] = os.environ) -> Identity:
    """The deployment's identity from ``environ`` (read again when the settings change)."""
    name = " ".join((environ.get("MINUTEBOOK_AUTHORITY") or "").split())[:200]
    path = (environ.get("MINUTEBOOK_AUTHORITY_LOGO") or "").strip()
    key = (name, path)
    if key not in _cache:
        logo, mime = read_logo(path) if path else (None, "")
        _cache.clear()
        _cache[key] = Identity(name=name, logo=logo, logo_type=mime)
    return _cache[key]


def organisation_for(body_organisation: str, identity: Identity) -> Optional[str]:
    """The authority printed on a body's papers: the body's own organisation, else the deployment's."""
    return (body_organisation or "").strip() or identity.name or None
