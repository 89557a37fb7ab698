"""Static files for production: whitenoise serves them compressed (gzip, Brotli) under names that carry
their content's hash, so browsers may keep them for ever. ``minutebook serve`` runs ``collectstatic``
first, which writes the hashed and compressed copies and the manifest into ``STATIC_ROOT``.

Before anything is collected (tests, the development server, a worker started on a fresh machine) the
files keep their plain names instead of failing on the missing manifest.
"""
from __future__ import annotations

from urllib.parse import urlsplit

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
