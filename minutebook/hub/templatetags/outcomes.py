"""How an outcomes figure is written on the dashboard: "<5" and "withheld" explained, nothing as "none"."""
from django import template
from django.utils.safestring import mark_safe

from minutebook.hub.rules import outcomes as O

register = template.Library()


@register.filter
def figure(value, suffix=""):
    if value is None:
        return mark_safe('<span class="govuk-hint govuk-!-margin-0">none</span>')
    if value == O.SUPPRESSED:
        return mark_safe('<abbr title="fewer than 5: not shown so that no one can be identified">&lt;5</abbr>')
    if value == O.WITHHELD:
        return mark_safe('<abbr title="worked out from a count under 5, so not shown">withheld</abbr>')
    return f"{value}{suffix}"
