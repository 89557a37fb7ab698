"""Static files for production: whitenoise serves them compressed (gzip, Brotli) under names that carry
their content's hash, so browsers may keep them for ever. ``minutebook serve`` runs ``collectstatic``
first, which writes the hashed and compressed copies and the manifest into ``STATIC_ROOT``.

Before anything is collected (tests, the development server, a worker started on a fresh machine) the
files keep their plain names instead of failing on the missing manifest.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlsplit

from django.contrib.staticfiles.apps import StaticFilesConfig as _StaticFilesConfig
from django.contrib.staticfiles.finders import BaseFinder, get_finders
from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFiles(CompressedManifestStaticFilesStorage):
    manifest_strict = False

    def stored_name(self, name):
        if not self.hashed_files:          # no manifest yet: the plain name
            return name
        return super().stored_name(name)

    def hashed_name(self, name, content=None, filename=None):
        try:
            return super().hashed_name(name, content, filename)
        except ValueError:
            if content is None and urlsplit(name.strip()).path.endswith(".map"):   # a source map not shipped
                return name
            raise


# ---------------------------------------------------------------- what is collected


GOVUK_DIST = Path(__file__).resolve().parents[2] / "node_modules" / "govuk-frontend" / "dist" / "govuk"
GOVUK_FILES = ("govuk-frontend.min.js",)      # the pages' script; the stylesheet is web/govuk-frontend.min.css


class StaticFilesConfig(_StaticFilesConfig):
    """Source maps are not shipped (their references are kept as written: ``StaticFiles.hashed_name``)."""
    ignore_patterns = [*_StaticFilesConfig.ignore_patterns, "*.map"]


class GovukFrontendFinder(BaseFinder):
    """Of GOV.UK Frontend (npm), only the files the pages load, under ``govuk/``: the package's other 800
    files (Sass, components, the prototype kit) made every ``collectstatic`` take minutes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=str(GOVUK_DIST))
        self.storage.prefix = "govuk"

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        name = path.removeprefix("govuk/")
        found = str(GOVUK_DIST / name) if path.startswith("govuk/") and name in GOVUK_FILES \
            and (GOVUK_DIST / name).exists() else None
        if find_all or kwargs.get("all"):
            return [found] if found else []
        return found

    def list(self, ignore_patterns):
        for name in GOVUK_FILES:
            if (GOVUK_DIST / name).exists():
                yield name, self.storage


def sources_fingerprint() -> str:
    """What ``collectstatic`` would collect, as a hash of every source file's path, size and time: when
    STATIC_ROOT was collected from the same, ``minutebook serve`` need not collect it again."""
    h = hashlib.sha256()
    ignore = StaticFilesConfig.ignore_patterns
    for finder in get_finders():
        for path, storage in sorted(finder.list(ignore), key=lambda p: p[0]):
            stat = Path(storage.path(path)).stat()
            h.update(f"{getattr(storage, 'prefix', '') or ''}/{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return h.hexdigest()
