"""The search page: ``/search?q=…`` with filters for body, dates, person, organisation and kind.

A plain GET form that works without JavaScript; with htmx the results part is swapped in place.
What a user may see is decided by ``minutebook.store.visibility`` inside ``minutebook.search``.
"""
from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.core.cache import cache
from django.db.models import Exists, OuterRef
from django.forms.utils import flatatt
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from minutebook.search.models import SearchEntry
from minutebook.search.query import search as run_search
from minutebook.store import visibility
from minutebook.web.pagecache import record_version
from minutebook.store.models import Attendance, Body, Organisation, Person

PER_PAGE = 20
MAX_PAGE = 50
CHOICES_SECONDS = 300


class Select(forms.Select):
    """A select rendered in Python: Django's own renders every <option> through the template engine,
    which is most of this page's time when the person list has hundreds of names. (The class keeps
    the name "Select" so the GOV.UK widget styling applies.)"""

    def render(self, name, value, attrs=None, renderer=None):
        final = self.build_attrs(self.attrs, attrs)
        final["name"] = name
        current = "" if value is None else str(value)
        options = []
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            selected = " selected" if option_value == current else ""
            options.append(f'<option value="{escape(option_value)}"{selected}>{escape(label)}</option>')
        return mark_safe(f"<select{flatatt(final)}>{''.join(options)}</select>")


class SearchForm(forms.Form):
    q = forms.CharField(label="Search for", max_length=300, required=False,
                        help_text='Words to find. Use "quotes" for a phrase and -word to leave a word out.',
                        widget=forms.TextInput(attrs={"type": "search", "spellcheck": "false"}))
    body = forms.ModelChoiceField(Body.objects.none(), required=False, empty_label="All bodies",
                                  to_field_name="slug", label="Body", widget=Select)
    kind = forms.ChoiceField(choices=[("", "Everything")] + SearchEntry.KINDS, required=False, label="Show",
                             widget=Select)
    date_from = forms.DateField(required=False, label="From date", help_text="For example, 9 3 2017 or 2017-03-09",
                                input_formats=["%Y-%m-%d", "%d/%m/%Y", "%d %m %Y", "%d-%m-%Y"],
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To date", help_text="For example, 31 12 2017 or 2017-12-31",
                              input_formats=["%Y-%m-%d", "%d/%m/%Y", "%d %m %Y", "%d-%m-%Y"],
                              widget=forms.DateInput(attrs={"type": "date"}))
    person = forms.ModelChoiceField(Person.objects.none(), required=False, empty_label="Anyone",
                                    to_field_name="slug", label="Person", widget=Select,
                                    help_text="Meetings they attended and actions they own")
    organisation = forms.ModelChoiceField(Organisation.objects.none(), required=False,
                                          empty_label="All organisations", to_field_name="slug",
                                          label="Organisation", widget=Select,
                                          help_text="Meetings the organisation attended")
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE, widget=forms.HiddenInput)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        attended = Attendance.objects.filter(person=OuterRef("pk"))
        querysets = {
            "body": visibility.visible_bodies(user),
            "person": visibility.visible_people(user, Person.objects.filter(Exists(attended))).order_by("name"),
            "organisation": Organisation.objects.order_by("name"),
        }
        # the option lists change seldom: built once per role (and a member's bodies) and record version,
        # not on every search
        bodies = ",".join(map(str, sorted(visibility.member_body_ids(user)))) if not visibility.is_clerk(user) else ""
        key = f"search-form-choices:{visibility.role(user)}:{bodies}:{record_version()}"
        choices = cache.get(key)
        if choices is None:
            choices = {name: [("", self.fields[name].empty_label)] + [(o.slug, str(o)) for o in qs]
                       for name, qs in querysets.items()}
            cache.set(key, choices, CHOICES_SECONDS)
        for name, qs in querysets.items():
            self.fields[name].queryset = qs            # what a submitted value is checked against
            self.fields[name].widget.choices = choices[name]

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "The to date must be the same as or after the from date")
        return data


def search(request):
    form = SearchForm(request.user, request.GET or None)
    results, filters_used = None, False
    if form.is_bound and form.is_valid():
        d = form.cleaned_data
        page = d.get("page") or 1
        filters_used = any(d.get(k) for k in ("body", "kind", "date_from", "date_to", "person", "organisation"))
        if d["q"].strip():
            results = run_search(d["q"], request.user, body=d["body"], date_from=d["date_from"],
                                 date_to=d["date_to"], person=d["person"], organisation=d["organisation"],
                                 kind=d["kind"] or None, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    params = {k: v for k, v in request.GET.items() if k != "page" and v}
    ctx = {"form": form, "results": results, "filters_used": filters_used, "query": urlencode(params),
           "forms_with_errors": [form] if form.is_bound and form.errors else []}
    if results is not None:
        page = (results.offset // PER_PAGE) + 1
        last = min(MAX_PAGE, (results.total + PER_PAGE - 1) // PER_PAGE)
        ctx.update(page=page, last_page=last, first_number=results.offset + 1,
                   last_number=results.offset + len(results.results))
    template = "web/search.html#results" if getattr(request, "htmx", False) and not request.htmx.boosted \
        else "web/search.html"
    return render(request, template, ctx)
