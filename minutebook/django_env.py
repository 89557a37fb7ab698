"""Set Django up for CLI commands that need the store (core modules never import this)."""
from __future__ import annotations

import os


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutebook.web.settings")
    import django
    from django.conf import settings

    if not settings.configured or not getattr(setup, "_done", False):
        settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        django.setup()
        setup._done = True


def migrate(verbosity: int = 0) -> None:
    setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=verbosity, interactive=False)
