"""Documents in the house style, from pydantic records (pure: no Django, no store).

``render(record, fmt, **options)`` returns bytes (pdf, docx) or str (html, json) for an agenda,
minutes or report record. Options carry what a record does not hold: ``organisation`` ("London
Borough of Bromley"), ``contact`` (a :class:`minutebook.record.Contact` for the cover sheet),
``page_numbers`` (False inside a pack, which stamps its own). Draft minutes (``draft=True``)
say "DRAFT" on every page of every format. The pack is :func:`minutebook.documents.pack.build_pack`.
"""
from __future__ import annotations

from typing import Union

FORMATS = ("pdf", "docx", "html", "json")


def render(record, fmt: str, **options) -> Union[bytes, str]:
    from minutebook.documents.text import printable_record

    # control characters already stored (XML, and so Word, refuses them) are left out of every format
    record = printable_record(record)
    options = {k: printable_record(v) for k, v in options.items()}
    if fmt == "html":
        from minutebook.documents.html import render_html
        return render_html(record, **options)
    if fmt == "pdf":
        from minutebook.documents.pdf import render_pdf
        return render_pdf(record, **options)
    if fmt == "docx":
        from minutebook.documents.word import render_docx
        return render_docx(record, **options)
    if fmt == "json":
        from minutebook.documents.html import render_json
        return render_json(record)
    raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
