"""Optimistic locks of every edit form (and the API's writes).

A form carries the ``version`` of the row it was made from (a meeting for its details, agenda, attendance
and minutes; an action; a membership; a body). Saving claims the next version in one conditional UPDATE
inside the save's transaction: of two saves made from the same version only the first is kept, and the
second is refused (409) with the form shown again as the person filled it in, the saved values beside it,
and a message in the GOV.UK error-summary pattern. Nothing is lost: the first save stands, the second
person's text is still in their form, and saving it again is a deliberate choice.

Anything else that changes a locked row moves its version too (:func:`claim` with no version), so a form
opened before the change is stale.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django import forms
from django.db import transaction
from django.db.models import F, Model
from django.shortcuts import render

MAX_VERSION = 2**31 - 1          # PositiveIntegerField on every database: a larger one is a tampered form
INCOMPLETE = "The form was incomplete: reload the page and try again."


class VersionField(forms.IntegerField):
    """The hidden version a form was made from."""
    widget = forms.HiddenInput

    def __init__(self, **kw):
        kw.setdefault("error_messages", {k: INCOMPLETE for k in ("required", "invalid", "min_value", "max_value")})
        super().__init__(min_value=1, max_value=MAX_VERSION, **kw)


class VersionForm(forms.Form):
    """The lock of a formset (agenda, attendance, minutes): the meeting's version the page started from."""
    version = VersionField()


class _VersionErrors:
    """A missing or tampered version is the form's error (the field is hidden: its error would be too)."""

    def clean(self):
        data = super().clean()
        if "version" in self._errors:
            del self._errors["version"]
            self.add_error(None, INCOMPLETE)
        return data


class LockedForm(_VersionErrors, forms.Form):
    """A form that changes a row with a ``version`` (a member's update of an action)."""
    version = VersionField()


class LockedModelForm(_VersionErrors, forms.ModelForm):
    """A ModelForm whose instance has a ``version``: the form carries it (new rows need none)."""
    version = VersionField()

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        if self.instance.pk:
            self.initial.setdefault("version", self.instance.version)
        else:
            self.fields["version"].required = False


def claim(obj: Model, version: int | None = None) -> bool:
    """Move ``obj``'s version on if it is still ``version`` (any version when None); False when someone
    saved since. Call inside the save's transaction, before writing: the row stays locked until commit."""
    qs = type(obj)._default_manager.filter(pk=obj.pk)
    if version is not None:
        qs = qs.filter(version=version)
    if not qs.update(version=F("version") + 1):
        return False
    obj.version = version + 1 if version is not None else type(obj)._default_manager.get(pk=obj.pk).version
    return True


def save_form(form: LockedModelForm, fields=(), **values):
    """Save a valid LockedModelForm if its row is still at the form's version: the saved object, or None
    when it is stale (nothing written). Only the form's fields, ``fields`` and ``values`` are written, so a
    column changed elsewhere is never put back."""
    with transaction.atomic():
        instance = form.instance
        if instance.pk and not claim(instance, form.cleaned_data["version"]):
            return None
        obj = form.save(commit=False)
        for name, value in values.items():
            setattr(obj, name, value)
        if instance.pk:
            names = [f.name for f in obj._meta.concrete_fields if f.name in form._meta.fields]
            obj.save(update_fields=[*names, *fields, *values, "version"])
        else:
            obj.save()
        if hasattr(form, "save_m2m"):
            form.save_m2m()
    return obj


@dataclass
class Stale:
    """What a refused save shows: the message (the error summary) and what is saved now."""
    message: str
    saved: list[tuple[str, str]] = field(default_factory=list)
    saved_title: str = "Saved now by the other person"
    anchor: str = ""              # what the summary's link goes to: the saved values

    def __post_init__(self):
        self.anchor = self.anchor or ("saved-now" if self.saved else "main-content")

    def __bool__(self):
        return True


def rebind(form_class, data, version: int, **kw):
    """The refused form again, as the person filled it in, now carrying the current version."""
    data = data.copy()
    prefix = kw.get("prefix")
    data[f"{prefix}-version" if prefix else "version"] = str(version)
    form = form_class(data, **kw)
    form.is_valid()
    return form


def shown(value) -> str:
    """A saved value as a person reads it."""
    if value is None or value == "":
        return "(blank)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return f"{value.day} {value:%B %Y}"
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    return str(value)


def differences(form, saved: Model) -> list[tuple[str, str]]:
    """(label, saved value) of each of the form's record fields where what the person typed differs from
    what is saved now."""
    out = []
    columns = {f.name for f in saved._meta.concrete_fields}
    for name, bound in form.fields.items():
        if name == "version" or name not in columns or name not in getattr(form, "cleaned_data", {}):
            continue
        typed, now = form.cleaned_data[name], getattr(saved, name)
        if isinstance(typed, str) and isinstance(now, str):
            typed, now = typed.strip(), now.strip()
        if (typed or None) != (now or None):
            display = getattr(saved, f"get_{name}_display", None)
            out.append((str(bound.label or name.replace("_", " ").capitalize()), display() if display else shown(now)))
    return out


def refuse(request, template: str, ctx: dict, message: str, saved=(), saved_title: str | None = None):
    """Render ``template`` again for a stale save: 409, with the error summary and what is saved now."""
    stale = Stale(message, list(saved))
    if saved_title:
        stale.saved_title = saved_title
    return render(request, template, {**ctx, "stale": stale}, status=409)
