"""PDF renderings through WeasyPrint (CSS paged media: A4, "Page N" footers, DRAFT on drafts)."""
from __future__ import annotations

import logging

from minutebook.documents.html import render_html

for _name in ("weasyprint", "fontTools"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML

    # tagged PDF/UA-1: the structure tree, the language (the template's lang="en-GB") and the title (its <title>)
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")


def render_pdf(record, **options) -> bytes:
    return html_to_pdf(render_html(record, **options))
