"""Template helpers: the site name, roles, and UK date/time formats."""
from __future__ import annotations

import datetime as dt
import os
import re
from zoneinfo import ZoneInfo

from django import template

from minutebook.store import visibility

register = template.Library()


@register.simple_tag
def site_name() -> str:
    return os.environ.get("MINUTEBOOK_SITE_NAME", "minutebook")


@register.simple_tag
def authority():
    """The deployment's identity (:mod:`minutebook.identity`): its name and whether it has a logo."""
    from minutebook import identity

    return identity.current()


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


LONDON = ZoneInfo("Europe/London")


def london(value):
    """A date-time as read in London (British Summer Time in summer); dates and times pass unchanged."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(LONDON)
    return value


@register.filter
def uk_date(value) -> str:
    """"Thursday 6 July 2017" (a date-time: its day in London)."""
    if not value:
        return ""
    value = london(value)
    return f"{value:%A} {value.day} {value:%B %Y}"


@register.filter
def uk_short_date(value) -> str:
    """"6 July 2017"."""
    if not value:
        return ""
    value = london(value)
    return f"{value.day} {value:%B %Y}"


@register.filter
def uk_time(value) -> str:
    """"10.00 am" (a date-time: its time in London, "5.00 pm" for 16:00 UTC in summer)."""
    if not value:
        return ""
    if isinstance(value, dt.datetime):
        value = london(value).time()
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


@register.filter
def printed_role(row) -> str:
    """An attendance row's role as the minutes printed it ("Safer Neighbourhood Board-Vice Chairman")."""
    from minutebook.documents.text import person_line

    org = row.organisation.name if getattr(row, "organisation_id", None) else None
    line = person_line("", row.role or None, org)
    return line[3:-1] if line.startswith(", (") else ""


@register.filter
def minute_blocks(minute):
    """The minute's printed paragraphs, as the generated minutes print them
    (:func:`minutebook.documents.narrative.blocks`): the whole narrative, each resolution once and in
    the words it was taken in, lists grouped: [("p", block) | ("ul", [blocks])]."""
    from minutebook.documents.html import grouped
    from minutebook.documents.narrative import blocks
    from minutebook.record import Action, MinuteItem

    resolutions = getattr(minute, "resolution_list", None)
    if resolutions is None:
        resolutions = minute.resolutions.all()
    actions = getattr(minute, "action_list", None)
    if actions is None:
        actions = minute.actions.all()
    item = MinuteItem(number=minute.number, title=minute.title, text=minute.text or "",
                      resolutions=[r.text for r in resolutions],
                      actions=[Action(text=a.text, owners=[o.initials for o in a.owners.all()]) for a in actions],
                      post_meeting_notes=list(minute.post_meeting_notes or []))
    return grouped(blocks(item, getattr(minute, "layout", None) or {}))


@register.filter
def resolution(text: str) -> str:
    """A resolution as printed after "RESOLVED that" (a leading article lower-cased), as the minutes do."""
    from minutebook.documents.text import resolution_text

    return resolution_text(text)
