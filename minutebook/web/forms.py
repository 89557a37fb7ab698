"""Forms of the public filters, members' action updates and the clerk workspace."""
from __future__ import annotations

from django import forms
from django.conf import settings

from minutebook.record import MAX_ID, printable
from minutebook.store.models import (
    Action, Attendance, Body, Meeting, Membership, Minute, Organisation, Person,
)
from minutebook.web.locks import INCOMPLETE, LockedForm, LockedModelForm, VersionForm  # noqa: F401 (VersionForm: views)


class Printable:
    """Text as the record can store it (minutebook.record): control characters typed or pasted in (a vertical
    tab, a bell) are left out; tab and line breaks stay. (NUL is refused by Django's own fields.)"""

    def clean(self):
        super().clean()
        for name, value in self.cleaned_data.items():
            if isinstance(value, str):
                self.cleaned_data[name] = printable(value)
        return self.cleaned_data


class DateInput(forms.DateInput):
    """A browser date picker: its value must be ISO (YYYY-MM-DD), whatever the site's date format; a
    browser blanks a value it cannot read ("06/07/2017"), and saving would then erase the date."""
    input_type = "date"

    def __init__(self, attrs=None, format="%Y-%m-%d"):
        super().__init__(attrs, format=format)


class WholeFormSet:
    """A formset refuses a management form whose counts no page sends: ``a-TOTAL_FORMS`` of -1 or 0 made an
    empty agenda, and saving it deleted every item (a page always sends at least its blank row); a huge one
    made a thousand forms to check and show again. Such a formset has no forms and one error."""
    default_error_messages = {"missing_management_form": INCOMPLETE, "too_many_forms": INCOMPLETE}

    def counts_sent(self) -> bool:
        if not self.is_bound:
            return True
        form = self.management_form
        if not form.is_valid():
            return False
        total, initial = form.cleaned_data["TOTAL_FORMS"], form.cleaned_data["INITIAL_FORMS"]
        return 0 <= initial <= total <= self.absolute_max and (total > 0 or self.extra == 0)

    def total_form_count(self):
        return super().total_form_count() if self.counts_sent() else 0

    def initial_form_count(self):
        return super().initial_form_count() if self.counts_sent() else 0

    def clean(self):
        super().clean()
        if self.management_form.is_valid() and not self.counts_sent():   # else Django's own error says so
            raise forms.ValidationError(INCOMPLETE)


class WholeModelFormSet(WholeFormSet, forms.BaseModelFormSet):
    pass


class WholeBaseFormSet(WholeFormSet, forms.BaseFormSet):
    pass


STATUS_FILTERS = [("", "Any status"), ("live", "Open or in progress")] + Action.STATUSES


class ActionFilterForm(forms.Form):
    body = forms.ModelChoiceField(Body.objects.filter(merged_into__isnull=True), required=False, empty_label="All bodies",
                                  to_field_name="slug")
    owner = forms.ModelChoiceField(Person.objects.filter(owned__isnull=False).distinct(), required=False,
                                   empty_label="Anyone", to_field_name="slug")
    organisation = forms.ModelChoiceField(Organisation.objects.all(), required=False,
                                          empty_label="All organisations", to_field_name="slug")
    status = forms.ChoiceField(choices=STATUS_FILTERS, required=False)

    def __init__(self, *a, user=None, **kw):
        from minutebook.store.visibility import visible_actions

        super().__init__(*a, **kw)
        # only owners of actions this user may see: a Part 2 action's owner is not listed to the public
        self.fields["owner"].queryset = Person.objects.filter(
            owned__action__in=visible_actions(user)).distinct().order_by("name")


class ActionUpdateForm(Printable, LockedForm):
    """An owner's update: it carries the action's version the page showed (minutebook.web.locks)."""
    status = forms.ChoiceField(choices=Action.STATUSES)
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=4000, required=False,
                           help_text="What has happened since the last meeting. The clerk's Matters Arising "
                                     "report shows your latest note.")

    def clean(self):
        data = super().clean()
        if not data.get("note", "").strip() and self.initial.get("status") == data.get("status"):
            raise forms.ValidationError("Enter a note or change the status.")
        return data


# ---------------------------------------------------------------- clerk

class BodyForm(Printable, LockedModelForm):
    standing_items_text = forms.CharField(
        label="Standing items", required=False, widget=forms.Textarea(attrs={"rows": 5}),
        help_text="One agenda item a line, in order (for example APOLOGIES FOR ABSENCE).")

    class Meta:
        model = Body
        fields = ["name", "parent", "description", "report_title", "default_venue", "default_start",
                  "question_deadline_days", "question_deadline_time", "publication_lead_days",
                  "contact_name", "contact_phone", "contact_email", "organisation_name", "chief_officer",
                  "report_prefix", "report_next_number", "next_minute_number"]
        labels = {"parent": "Parent body (for a sub-group)",
                  "report_title": "Agenda item of the parent under which this sub-group reports",
                  "question_deadline_days": "Questions close this many working days before",
                  "question_deadline_time": "Questions close at",
                  "publication_lead_days": "Clear working days between publication and meeting",
                  "default_start": "Usual start time", "report_prefix": "Report number prefix",
                  "report_next_number": "Next report number", "next_minute_number": "Next minute number"}
        widgets = {"description": forms.Textarea(attrs={"rows": 3}),
                   "default_start": forms.TimeInput(attrs={"type": "time"}),
                   "question_deadline_time": forms.TimeInput(attrs={"type": "time"})}

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        if self.instance.pk:
            self.fields["parent"].queryset = Body.objects.filter(merged_into__isnull=True).exclude(pk=self.instance.pk)
            self.fields["standing_items_text"].initial = "\n".join(self.instance.standing_items or [])

    def clean_parent(self):
        parent = self.cleaned_data.get("parent")
        node = parent
        while node is not None and self.instance.pk:
            if node.pk == self.instance.pk:
                raise forms.ValidationError("A body cannot be its own sub-group.")
            node = node.parent
        return parent

    def save(self, commit=True):
        body = super().save(commit=False)
        body.standing_items = [line.strip() for line in
                               self.cleaned_data.get("standing_items_text", "").splitlines() if line.strip()]
        locked = set(body.settings_locked or [])
        locked.update(name for name in self.changed_data if name != "standing_items_text")
        if "standing_items_text" in self.changed_data:
            locked.add("standing_items")
        body.settings_locked = sorted(locked)
        if commit:
            body.save()
        return body


class MembershipForm(Printable, LockedModelForm):
    person = forms.ModelChoiceField(Person.objects.filter(merged_into__isnull=True), required=False,
                                    help_text="Or type a new name below.")
    new_person = forms.CharField(label="New person's name", required=False, max_length=200)

    class Meta:
        model = Membership
        fields = ["person", "role", "organisation", "position", "start", "end"]
        widgets = {"start": DateInput(), "end": DateInput()}

    def clean(self):
        data = super().clean()
        if not data.get("person") and not data.get("new_person", "").strip():
            raise forms.ValidationError("Choose a person or enter a new person's name.")
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", "The end date must be on or after the start date.")
        return data

    def save(self, commit=True):
        ms = super().save(commit=False)
        if not self.cleaned_data.get("person"):
            ms.person = Person.objects.create(name=self.cleaned_data["new_person"].strip(),
                                              organisation=self.cleaned_data.get("organisation"),
                                              role=self.cleaned_data.get("role", ""))
        if commit:
            ms.save()
        return ms


class MeetingForm(Printable, LockedModelForm):
    recording_url = forms.URLField(required=False, max_length=500, assume_scheme="https",
                                   label="Recording (webcast or video) address",
                                   widget=forms.URLInput(attrs={"class": "govuk-input", "spellcheck": "false"}))

    class Meta:
        model = Meeting
        fields = ["date", "start", "end", "venue", "recording_url", "status", "chair", "next_meeting_date"]
        widgets = {"date": DateInput(),
                   "start": forms.TimeInput(attrs={"type": "time"}),
                   "end": forms.TimeInput(attrs={"type": "time"}),
                   "next_meeting_date": DateInput()}

    def __init__(self, *a, body=None, **kw):
        super().__init__(*a, **kw)
        self.body = body or self.instance.body
        self.fields["chair"].queryset = Person.objects.filter(merged_into__isnull=True)

    def clean_date(self):
        date = self.cleaned_data["date"]
        clash = Meeting.objects.filter(body=self.body, date=date).exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError("This body already has a meeting on that day.")
        return date

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            self.add_error("end", "The end time must be after the start time.")
        return data


class PeopleField(forms.ModelMultipleChoiceField):
    """People to choose as owners, shown with the initials the Action column prints."""

    def __init__(self, **kw):
        kw.setdefault("queryset", Person.objects.filter(merged_into__isnull=True).select_related("organisation"))
        kw.setdefault("required", False)
        kw.setdefault("help_text", "Hold Ctrl (Cmd on a Mac) to choose more than one.")
        super().__init__(**kw)

    def _check_values(self, value):
        """An id no database holds (``owners=99999999999999999999``) is the usual error, not an OverflowError."""
        for pk in value:
            if isinstance(pk, str) and pk.strip().lstrip("-").isdigit() and not 0 < int(pk) <= MAX_ID:
                raise forms.ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value",
                                            params={"pk": pk})
        return super()._check_values(value)

    def label_from_instance(self, person):
        return f"{person.name} ({person.initials})" + (f", {person.organisation.name}" if person.organisation_id else "")


class MinuteForm(Printable, forms.ModelForm):
    resolutions_text = forms.CharField(label="Resolutions", required=False,
                                       widget=forms.Textarea(attrs={"rows": 3}),
                                       help_text="One a paragraph (leave a blank line between), without "
                                                 "“RESOLVED that”.")
    action_text = forms.CharField(label="New action", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                                  max_length=2000)
    action_owners = PeopleField(label="Action owners")
    action_due = forms.DateField(label="Action due by", required=False,
                                 widget=DateInput())

    class Meta:
        model = Minute
        fields = ["number", "title", "report_ref", "text", "exempt"]
        labels = {"text": "Minute", "report_ref": "Report number", "exempt": "Exempt (Part 2): not for publication"}
        widgets = {"text": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.fields["title"].required = False      # a blank new minute is skipped; see clean()
        self.fields["number"].required = False
        if self.instance.pk:
            self.fields["resolutions_text"].initial = "\n\n".join(r.text for r in self.instance.resolutions.all())

    def is_blank(self) -> bool:
        d = self.cleaned_data
        return not any((d.get("title") or "").strip() or (d.get(k) or "").strip()
                       for k in ("text", "resolutions_text", "action_text"))

    def clean(self):
        data = super().clean()
        if (self.instance.pk or not self.is_blank()) and not (data.get("title") or "").strip():
            self.add_error("title", "Enter the minute's heading.")
        if (self.instance.pk or not self.is_blank()) and not (data.get("number") or "").strip():
            self.add_error("number", "Enter the minute number.")
        if data.get("action_owners") and not data.get("action_text", "").strip():
            self.add_error("action_text", "Describe the action, or clear the owners.")
        return data

    def resolutions(self) -> list[str]:
        text = self.cleaned_data.get("resolutions_text", "").replace("\r\n", "\n")
        return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


MinuteFormSet = forms.modelformset_factory(Minute, form=MinuteForm, formset=WholeModelFormSet, extra=1,
                                           can_delete=True)


class ActionForm(Printable, LockedModelForm):
    owners = PeopleField()

    class Meta:
        model = Action
        fields = ["text", "status", "due_date"]
        widgets = {"due_date": DateInput(), "text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        if self.instance.pk:
            self.fields["owners"].initial = [o.person_id for o in self.instance.owners.all() if o.person_id]


class AttendanceRowForm(Printable, forms.Form):
    KIND_CHOICES = [("", "Not recorded")] + Attendance.KINDS
    person = forms.ModelChoiceField(Person.objects.filter(merged_into__isnull=True), required=False)
    new_person = forms.CharField(required=False, max_length=200, label="Or a new name")
    kind = forms.ChoiceField(choices=KIND_CHOICES, required=False, label="Attendance")
    role = forms.CharField(required=False, max_length=300)
    substitute = forms.ModelChoiceField(Person.objects.filter(merged_into__isnull=True), required=False,
                                        label="Substitute (who attended in their place)")
    is_chair = forms.BooleanField(required=False, label="Chaired")

    def clean(self):
        data = super().clean()
        if data.get("kind") and not data.get("person") and not data.get("new_person", "").strip():
            raise forms.ValidationError("Choose the person whose attendance this is.")
        if data.get("substitute") and data.get("kind") != Attendance.APOLOGIES:
            self.add_error("substitute", "Only someone who sent apologies has a substitute.")
        return data


AttendanceFormSet = forms.formset_factory(AttendanceRowForm, formset=WholeBaseFormSet, extra=3)


class AgendaItemForm(Printable, forms.Form):
    number = forms.CharField(max_length=10)
    title = forms.CharField(max_length=400)
    presenter = forms.CharField(max_length=200, required=False)
    exempt = forms.BooleanField(required=False, label="Exempt (Part 2)")
    source_minute = forms.CharField(required=False, max_length=10, widget=forms.HiddenInput)   # carried from


AgendaFormSet = forms.formset_factory(AgendaItemForm, formset=WholeBaseFormSet, extra=1, can_delete=True)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *a, **kw):
        kw.setdefault("widget", MultipleFileInput())
        super().__init__(*a, **kw)

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            if not data and self.required:   # the form sent without a file chosen
                raise forms.ValidationError("Choose at least one file to upload.", code="required")
            cleaned = []
            for d in data:           # a problem with one file of a batch names the file
                try:
                    cleaned.append(super(MultipleFileField, self).clean(d, initial))
                except forms.ValidationError as exc:
                    raise forms.ValidationError(f"{getattr(d, 'name', 'A file')}: {' '.join(exc.messages)}") from None
            return cleaned
        return [super().clean(data, initial)]


MAX_FILE_NAME = 200      # the folder name of a stored upload adds a few; a file system allows 255 bytes


class UploadForm(forms.Form):
    files = MultipleFileField(label="Documents (PDF, Word, HTML, Markdown or text)")
    exempt = forms.BooleanField(required=False, label="Exempt (Part 2): not for publication")
    publish = forms.BooleanField(required=False, label="Publish the documents")

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        limit = settings.MAX_UPLOAD_BYTES
        for f in files:
            if len(f.name.encode("utf-8")) > MAX_FILE_NAME:
                raise forms.ValidationError(f"{f.name[:40]}…: the file name is too long ({len(f.name)} characters); "
                                            f"rename the file to at most {MAX_FILE_NAME} and upload it again.")
            if f.size > limit:
                raise forms.ValidationError(f"{f.name} is larger than {limit // (1024 * 1024)} MB.")
        return files


class UserForm(forms.Form):
    username = forms.RegexField(max_length=150, regex=r"^[\w.@+-]+$",
                                error_messages={"invalid": "Use letters, digits and @ . + - _ only."})
    role = forms.ChoiceField(choices=[("member", "Member or officer"), ("clerk", "Clerk")])
    person = forms.ModelChoiceField(Person.objects.filter(merged_into__isnull=True), required=False,
                                    help_text="The person in the record this user is: their actions become "
                                              "“My actions”.")
