"""A store built from records written out here (the minutes of 19 December 2017 as the spec's
records), through the store's own ``store_parsed``: the cycle is tested apart from the parser."""
import pytest

from minutebook.record import (Action, AgendaItem, AgendaRecord, Apology, Contact, MeetingInfo, MinuteItem,
                               MinutesRecord, ParsedDocument, PersonRef)

BODY = "Safer Bromley Partnership Strategic Group"


def act(text, *pairs):
    return Action(text=text, owners=[p[0] for p in pairs], owner_names=[p[1] for p in pairs])


def december_minutes():
    items = [
        MinuteItem(number="175", title="APOLOGIES FOR ABSENCE",
                   text="Apologies were received from Janet Bailey, and Sham Kidane attended in her place."),
        MinuteItem(number="176", title="MINUTES OF THE PREVIOUS MEETING HELD ON 16th OCTOBER 2017",
                   text="The minutes of the meeting held on 16th October 2017 were received.",
                   resolutions=["the minutes be approved."]),
        MinuteItem(number="177", title="QUESTIONS FROM COUNCILLORS OR MEMBERS OF THE PUBLIC"),
        MinuteItem(number="178", title="MATTERS ARISING", report_ref="CSD 18003",
                   resolutions=["The Matters Arising report was noted."]),
        MinuteItem(number="179", title="CHAIRMAN'S UPDATE", resolutions=["the Chairman's update be noted."]),
        MinuteItem(number="180", title="RESILIENCE UPDATE",
                   resolutions=["An update on the mass casualty exercise is brought to the next meeting.",
                                "Victim Support is invited to participate."],
                   actions=[act("An update on the mass casualty exercise is brought to the next meeting.",
                                ("LG", "Laurie Grasty"), ("TG", "Terry Gooding"))]),
        MinuteItem(number="181", title="UPDATE ON THE PREVENT STRATEGY",
                   resolutions=["the Prevent update be noted and that an update concerning the revised Prevent "
                                "Action Plan be brought to the next meeting."],
                   actions=[act("the Prevent update be noted and that an update concerning the revised Prevent "
                                "Action Plan be brought to the next meeting.", ("RV", "Rob Vale"))]),
        MinuteItem(number="184", title="SAFER NEIGHBOURHOOD BOARD UPDATE",
                   resolutions=["the Borough Commander find out why the SNB meeting at Clock House was not "
                                "mentioned on the Police Twitter feed."],
                   actions=[act("the Borough Commander find out why the SNB meeting at Clock House was not "
                                "mentioned on the Police Twitter feed.", ("CH", "Chris Hafford"))]),
        MinuteItem(number="185", title="REPORTS FROM SUB-GROUPS"),
        MinuteItem(number="186", title="DOMESTIC ABUSE SUB GROUP UPDATE", resolutions=["The Group noted the report."]),
        MinuteItem(number="186a", title="OFFENDER MANAGEMENT SUB GROUP UPDATE",
                   resolutions=["Lucien Spencer update the Group with more information concerning the Jobs Fair."],
                   actions=[act("Lucien Spencer update the Group with more information concerning the Jobs Fair.",
                                ("LS", "Lucien Spencer"))]),
        MinuteItem(number="188", title="COMMUNICATIONS UPDATE"),
        MinuteItem(number="189", title="CONSIDERATION OF EMERGING ISSUES OR NON-STANDARD ITEMS FOR THE NEXT AGENDA",
                   resolutions=["Amanda Mumford arrange for a presentation to be provided to the March meeting by a "
                                "Serious Organised Crime Advisor."],
                   actions=[act("Amanda Mumford arrange for a presentation to be provided to the March meeting by a "
                                "Serious Organised Crime Advisor.", ("AM", "Amanda Mumford"))]),
        MinuteItem(number="190", title="ANY OTHER BUSINESS"),
        MinuteItem(number="191", title="DATE OF NEXT MEETING",
                   text="The date of the next meeting was confirmed as March 8th 2018."),
    ]
    return MinutesRecord(
        body=BODY, meeting=MeetingInfo(date="2017-12-19", start="10:00", end="12:05"), chair="Chris Hafford",
        present=[PersonRef(name="Chris Hafford", role="Borough Police Commander"),
                 PersonRef(name="Laurie Grasty", role="LBB Emergency Planning and Corporate Resilience Manager"),
                 PersonRef(name="Terry Gooding", role="Bromley Fire Commander"),
                 PersonRef(name="Rob Vale", role="LBB Trading Standards and Community Safety Manager"),
                 PersonRef(name="Lucien Spencer", role="CRC Area Manager"),
                 PersonRef(name="Amanda Mumford", role="LBB Community Safety Officer")],
        also_present=[PersonRef(name="Steve Wood", role="Committee Secretary")],
        apologies=[Apology(name="Janet Bailey", substitute="Sham Kidane")],
        previous_meeting_date="2017-10-16", next_meeting_date="2018-03-08", items=items)


def october_agenda():
    titles = ["APOLOGIES FOR ABSENCE", "MINUTES OF THE PREVIOUS MEETING HELD ON 14TH SEPTEMBER 2017",
              "QUESTIONS FROM COUNCILLORS OR MEMBERS OF THE PUBLIC", "MATTERS ARISING", "CHAIRMAN'S UPDATE",
              "RESILIENCE UPDATE", "PRESENTATION FROM RESTORE LONDON", "REPORTS FROM SUB-GROUPS",
              "DOMESTIC ABUSE SUB GROUP UPDATE", "OFFENDER MANAGEMENT SUB GROUP UPDATE",
              "COMMUNICATIONS UPDATE", "ANY OTHER BUSINESS", "DATE AND TIME OF NEXT MEETING"]
    numbers = ["1", "2", "3", "4", "5", "6", "7", "8", "8a", "8b", "9", "10", "11"]
    return AgendaRecord(
        body=BODY, meeting=MeetingInfo(date="2017-10-16", start="10:00", venue="Committee Room 2 - Bromley Civic Centre"),
        published="2017-10-06", question_deadline="2017-10-10T17:00", chair="Chris Hafford",
        members=[PersonRef(name="Chris Hafford", role="Borough Police Commander"),
                 PersonRef(name="Rob Vale", role="LBB Trading Standards and Community Safety Manager")],
        agenda=[AgendaItem(number=n, title=t) for n, t in zip(numbers, titles)],
        contact=Contact(name="Steve Wood", phone="020 8313 4316", email="stephen.wood@bromley.gov.uk"))


def store(*records, name="records.json"):
    from minutebook.store.ingest import store_parsed

    data = ("\n".join(r.model_dump_json() for r in records) + name).encode()
    doc = ParsedDocument(source=name, sha256="0" * 64, records=list(records))
    result = store_parsed(doc, data, name)
    assert result.status != "failed", result.error
    return result


@pytest.fixture
def december(db):
    store(december_minutes())
    from minutebook.store.models import Body

    return Body.objects.get(name=BODY)


@pytest.fixture
def december_with_agenda(db):
    store(october_agenda(), name="agenda.json")
    store(december_minutes())
    from minutebook.store.models import Body

    return Body.objects.get(name=BODY)
