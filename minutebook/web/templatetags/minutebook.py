"""Template helpers: the site name, roles, and UK date/time formats."""
from __future__ import annotations

import datetime as dt
import os
import re

from django import template

from minutebook.store import visibility

register = template.Library()


@register.simple_tag
def site_name() -> str:
    return os.environ.get("MINUTEBOOK_SITE_NAME", "minutebook")


@register.filter
def is_clerk(user) -> bool:
    return visibility.is_clerk(user)


@register.filter
def hub_roles(user) -> frozenset:
    """The user's roles in the referral hub (referrer, coordinator, practitioner, supervisor, evaluation)."""
    return visibility.hub_roles(user)


@register.filter
def minutes_public(meeting) -> bool:
    """Published and approved: draft minutes are for members and officers only."""
    return visibility.minutes_are_public(meeting)


@register.filter
def uk_date(value) -> str:
    """"Thursday 6 July 2017"."""
    if not value:
        return ""
    return f"{value:%A} {value.day} {value:%B %Y}"


@register.filter
def uk_short_date(value) -> str:
    """"6 July 2017"."""
    if not value:
        return ""
    return f"{value.day} {value:%B %Y}"


@register.filter
def uk_time(value) -> str:
    """"10.00 am"."""
    if not value:
        return ""
    if isinstance(value, dt.datetime):
        value = value.time()
    hour = value.hour % 12 or 12
    return f"{hour}.{value.minute:02d} {'am' if value.hour < 12 else 'pm'}"


_WIDGET_CLASSES = {"Textarea": "govuk-textarea", "Select": "govuk-select", "SelectMultiple": "govuk-select mb-multi",
                   "CheckboxInput": "govuk-checkboxes__input", "ClearableFileInput": "govuk-file-upload",
                   "MultipleFileInput": "govuk-file-upload", "FileInput": "govuk-file-upload"}


@register.filter
def govuk(bound_field):
    """Render a form field's widget with GOV.UK classes, error state and aria-describedby."""
    widget = bound_field.field.widget
    name = type(widget).__name__
    css = _WIDGET_CLASSES.get(name, "govuk-input")
    if bound_field.errors:
        css += {"govuk-textarea": " govuk-textarea--error", "govuk-select": " govuk-select--error"}.get(
            css, " govuk-input--error" if css == "govuk-input" else "")
    attrs = {"class": css}
    described = []
    if bound_field.help_text:
        described.append(f"{bound_field.auto_id}-hint")
    if bound_field.errors:
        described.append(f"{bound_field.auto_id}-error")
    if described:
        attrs["aria-describedby"] = " ".join(described)
    return bound_field.as_widget(attrs=attrs)


@register.filter
def widget_type(bound_field) -> str:
    return type(bound_field.field.widget).__name__


_RESOLVED_LEAD = re.compile(r"^(?:it\s+was\s+)?(?:resolved|agreed)(?:\s+that)?\s*:?\s*", re.I)


def _plain(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


@register.filter
def narrative(minute) -> str:
    """The minute's text without the paragraphs that only repeat one of its resolutions ("RESOLVED that
    the update be noted."), which the page prints on their own: the reader sees each resolution once."""
    resolutions = getattr(minute, "resolution_list", None)
    if resolutions is None:
        resolutions = minute.resolutions.all()
    resolved = {_plain(r.text) for r in resolutions} - {""}
    if not resolved:
        return minute.text or ""
    kept = [para for para in re.split(r"\n\s*\n", (minute.text or "").replace("\r\n", "\n"))
            if _plain(_RESOLVED_LEAD.sub("", para.strip())) not in resolved]
    return "\n\n".join(kept)


@register.filter
def resolution(text: str) -> str:
    """A resolution as printed after "RESOLVED that" (a leading article lower-cased), as the minutes do."""
    from minutebook.documents.text import resolution_text

    return resolution_text(text)
