"""Build minutebook's copy of the GOV.UK Frontend stylesheet and htmx from node_modules.

GOV.UK Frontend's patterns are open to councils, but the crown, the GOV.UK logotype and the GDS
Transport font are not: the copy drops every ``@font-face`` (GDS Transport), sets Arial/Helvetica,
and drops the crest image. Run ``python -m django build_static`` after upgrading the npm packages.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

ROOT = Path(__file__).resolve().parents[4]
NODE = ROOT / "node_modules"
OUT = Path(__file__).resolve().parents[2] / "static" / "web"


def govuk_css(css: str) -> str:
    css = re.sub(r"@font-face\{[^}]*\}", "", css)
    css = css.replace("GDS Transport,arial,sans-serif", "arial,helvetica,sans-serif")
    css = css.replace("font-family:GDS Transport", "font-family:arial,helvetica,sans-serif")
    css = re.sub(r"url\(/assets/[^)]*\)", "none", css)
    return css


class Command(BaseCommand):
    help = "Copy GOV.UK Frontend CSS (without GDS Transport or the crown) and htmx into minutebook/web/static/web."

    def handle(self, *args, **opts):
        src = NODE / "govuk-frontend" / "dist" / "govuk" / "govuk-frontend.min.css"
        htmx = NODE / "htmx.org" / "dist" / "htmx.min.js"
        for p in (src, htmx):
            if not p.exists():
                raise CommandError(f"{p}: missing; run npm install")
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / "govuk-frontend.min.css").write_text(govuk_css(src.read_text(encoding="utf-8")), encoding="utf-8")
        shutil.copyfile(htmx, OUT / "htmx.min.js")
        self.stdout.write(f"wrote {OUT}")
