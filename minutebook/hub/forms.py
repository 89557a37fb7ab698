"""Forms of the hub's pages (GOV.UK Frontend markup through ``web/includes/field.html``)."""
from __future__ import annotations

from django import forms
from django.utils import timezone

from minutebook.hub.models import Party, Referral, TRISTATE

OUTSIDE, NOT_KNOWN = "Outside London", ""
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def area_choices(service):
    names = list(service.areas.order_by("name").values_list("name", flat=True))
    return [(NOT_KNOWN, "Not known")] + [(n, n) for n in names] + [(OUTSIDE, f"Outside {service.region}")]


def _not_future(value, what):
    if value and value > timezone.localdate():
        raise forms.ValidationError(f"The {what} cannot be in the future")
    return value


class OffenceMixin(forms.Form):
    offence_type = forms.CharField(label="Type of offence", max_length=200,
                                   help_text="For example, burglary, criminal damage, assault")
    offence_date = forms.DateField(label="Date of the offence", required=False, widget=DATE)
    offence_area = forms.ChoiceField(label="Borough where the offence took place", required=False)
    home_area = forms.ChoiceField(label="Borough where the victim lives", required=False)

    def clean_offence_date(self):
        return _not_future(self.cleaned_data.get("offence_date"), "date of the offence")


class ReferralForm(OffenceMixin):
    """A partner agency's referral."""
    agency = forms.ModelChoiceField(label="Your agency", queryset=None, empty_label="Choose your agency")
    referrer_phone = forms.CharField(label="Your telephone number", max_length=40, required=False)
    reported_date = forms.DateField(label="Date reported to the police", required=False, widget=DATE,
                                    help_text="Leave empty if it was never reported")
    informed_date = forms.DateField(label="Date the victim was told about restorative justice", required=False,
                                    widget=DATE, help_text="Leave empty if it was when you referred them")
    asked_date = forms.DateField(label="Date the victim asked to be referred", required=False, widget=DATE)
    crime_reference = forms.CharField(label="Crime reference number", max_length=60, required=False)
    cj_stage = forms.ChoiceField(label="Criminal-justice stage", choices=[("", "Choose the stage")] + Referral.STAGE_CHOICES)
    enhanced_rights = forms.BooleanField(label="The victim has enhanced rights under the Victims' Code", required=False)
    summary = forms.CharField(label="What happened", widget=forms.Textarea(attrs={"rows": 4}), max_length=5000,
                              help_text="For the hub's practitioner; it is never shown on your referrals page")

    p_role = forms.ChoiceField(label="The person you are referring is the", choices=Party.ROLES)
    p_name = forms.CharField(label="Their full name", max_length=200)
    p_email = forms.EmailField(label="Their e-mail address", required=False)
    p_phone = forms.CharField(label="Their telephone number", max_length=40, required=False)
    p_address = forms.CharField(label="Their address", widget=forms.Textarea(attrs={"rows": 3}), required=False,
                                max_length=1000)
    p_safe_to_contact = forms.ChoiceField(label="Is it safe to contact them?", choices=TRISTATE)
    p_contact_by = forms.ChoiceField(label="How to contact them", choices=Party.CONTACT)
    p_contact_notes = forms.CharField(label="When and how it is safe to contact them", required=False, max_length=1000,
                                      widget=forms.Textarea(attrs={"rows": 2}))
    p_language = forms.CharField(label="Language", max_length=100, required=False)
    p_interpreter = forms.BooleanField(label="They need an interpreter", required=False)
    p_access_needs = forms.CharField(label="Accessibility needs", max_length=1000, required=False)
    p_other_needs = forms.CharField(label="Other needs", max_length=1000, required=False)
    p_in_custody = forms.BooleanField(label="They are in custody", required=False)
    p_establishment = forms.CharField(label="Prison or establishment", max_length=200, required=False)

    o_name = forms.CharField(label="The other party's full name", max_length=200, required=False,
                             help_text="Leave empty if not known")
    o_in_custody = forms.BooleanField(label="The other party is in custody", required=False)
    o_establishment = forms.CharField(label="The other party's prison or establishment", max_length=200, required=False)

    def __init__(self, *args, service=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = service.agencies.all()
        self.fields["offence_area"].choices = self.fields["home_area"].choices = area_choices(service)

    def clean_reported_date(self):
        return _not_future(self.cleaned_data.get("reported_date"), "date reported to the police")

    def clean_informed_date(self):
        return _not_future(self.cleaned_data.get("informed_date"), "date the victim was told")

    def clean_asked_date(self):
        return _not_future(self.cleaned_data.get("asked_date"), "date the victim asked")

    def referral_fields(self, user) -> dict:
        d = self.cleaned_data
        name = (user.get_full_name() or user.get_username()).strip()
        return dict(agency=d["agency"], referrer_name=name, referrer_email=user.email, referrer_phone=d["referrer_phone"],
                    offence_type=d["offence_type"].strip(), offence_date=d["offence_date"], reported_date=d["reported_date"],
                    informed_date=d["informed_date"], asked_date=d["asked_date"],
                    crime_reference=d["crime_reference"].strip(), offence_area=d["offence_area"],
                    home_area=d["home_area"], cj_stage=d["cj_stage"], enhanced_rights=d["enhanced_rights"],
                    summary=d["summary"].strip())

    def parties(self) -> list[dict]:
        d = self.cleaned_data
        referred = {k[2:]: (v.strip() if isinstance(v, str) else v) for k, v in d.items() if k.startswith("p_")}
        other_role = Party.OFFENDER if referred["role"] == Party.VICTIM else Party.VICTIM
        other = dict(role=other_role, name=d["o_name"].strip(), in_custody=d["o_in_custody"],
                     establishment=d["o_establishment"].strip())
        return [referred, other]


class SelfReferralForm(OffenceMixin):
    """A victim referring themselves: no police report needed."""
    name = forms.CharField(label="Your full name", max_length=200)
    email = forms.EmailField(label="Your e-mail address", required=False)
    phone = forms.CharField(label="Your telephone number", max_length=40, required=False)
    contact_by = forms.ChoiceField(label="How should we contact you?",
                                   choices=[c for c in Party.CONTACT if c[0] in ("phone", "email", "letter")])
    address = forms.CharField(label="Your address", widget=forms.Textarea(attrs={"rows": 3}), required=False,
                              max_length=1000, help_text="Only if you would like us to write to you")
    contact_notes = forms.CharField(label="When is it safe to contact you?", required=False, max_length=1000,
                                    help_text="For example, only after 6pm, or do not leave a voicemail")
    language = forms.CharField(label="Your preferred language", max_length=100, required=False)
    access_needs = forms.CharField(label="Anything that would help you take part", max_length=1000, required=False,
                                   help_text="For example, step-free access, large print, a British Sign Language interpreter")
    reported = forms.ChoiceField(label="Did you report it to the police?",
                                 choices=[("no", "No"), ("yes", "Yes")], widget=forms.RadioSelect)
    reported_date = forms.DateField(label="If you did, when did you report it?", required=False, widget=DATE)
    other_name = forms.CharField(label="The name of the person who harmed you, if you know it", max_length=200,
                                 required=False)
    summary = forms.CharField(label="What happened", widget=forms.Textarea(attrs={"rows": 4}), max_length=5000,
                              required=False, help_text="As much or as little as you want to tell us")
    website = forms.CharField(required=False, label="Leave this empty",
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    def __init__(self, *args, service=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["offence_area"].choices = self.fields["home_area"].choices = area_choices(service)
        self.fields["offence_area"].label = "Borough where it happened"
        self.fields["home_area"].label = "Borough where you live"

    def clean(self):
        d = super().clean()
        how = d.get("contact_by")
        if how == "email" and not d.get("email"):
            self.add_error("email", "Enter your e-mail address so we can write to you")
        if how == "phone" and not d.get("phone"):
            self.add_error("phone", "Enter your telephone number so we can call you")
        if how == "letter" and not d.get("address"):
            self.add_error("address", "Enter your address so we can write to you")
        _not_future(d.get("reported_date"), "date you reported it")
        return d

    def referral_fields(self) -> dict:
        d = self.cleaned_data
        reported = d["reported_date"] if d["reported"] == "yes" else None
        return dict(referrer_name=d["name"].strip(), referrer_email="", offence_type=d["offence_type"].strip(),
                    offence_date=d["offence_date"], reported_date=reported, offence_area=d["offence_area"],
                    home_area=d["home_area"], cj_stage="never_reported" if d["reported"] == "no" else "nfa",
                    direct_victim="yes", summary=d["summary"].strip())

    def parties(self) -> list[dict]:
        d = self.cleaned_data
        return [dict(role=Party.VICTIM, name=d["name"].strip(), email=d["email"], phone=d["phone"].strip(),
                     address=d["address"].strip(), safe_to_contact="yes", contact_by=d["contact_by"],
                     contact_notes=d["contact_notes"].strip(), language=d["language"].strip(),
                     access_needs=d["access_needs"].strip()),
                dict(role=Party.OFFENDER, name=d["other_name"].strip())]


PURPOSES = [("Working the case", "Working the case"), ("Screening and allocation", "Screening and allocation"),
            ("Case supervision", "Case supervision"), ("Quality assurance", "Quality assurance")]


class PurposeForm(forms.Form):
    purpose = forms.ChoiceField(label="Why are you opening this case?", choices=PURPOSES + [("other", "Another reason")],
                                widget=forms.RadioSelect)
    other = forms.CharField(label="The other reason", max_length=250, required=False)

    def clean(self):
        d = super().clean()
        if d.get("purpose") == "other" and not (d.get("other") or "").strip():
            self.add_error("other", "Say why you are opening the case")
        return d

    def value(self) -> str:
        d = self.cleaned_data
        return d["other"].strip() if d["purpose"] == "other" else d["purpose"]
