"""Records as the store would hand them to the documents: the minutes of 19 December 2017 (in part),
an agenda and a Matters Arising report, written out here so the documents are tested on their own."""
import pytest

from minutebook.record import (Action, AgendaItem, AgendaRecord, Apology, Contact, MattersArisingRow, MeetingInfo,
                               MinuteItem, MinutesRecord, PersonRef, ReportRecord)

BODY = "Safer Bromley Partnership Strategic Group"


@pytest.fixture
def minutes():
    return MinutesRecord(
        body=BODY,
        meeting=MeetingInfo(date="2017-12-19", start="10:00", end="12:05"),
        chair="Chris Hafford",
        present=[PersonRef(name="Chris Hafford", role="Borough Police Commander"),
                 PersonRef(name="Kate Lymer", role="Portfolio Holder for Public Protection and Safety"),
                 PersonRef(name="Terry Gooding", role="Bromley Fire Commander"),
                 PersonRef(name="Rob Vale", role="LBB Trading Standards and Community Safety Manager"),
                 PersonRef(name="Lucien Spencer", role="CRC Area Manager")],
        also_present=[PersonRef(name="Steve Wood", role="Committee Secretary")],
        apologies=[Apology(name="Janet Bailey", substitute="Sham Kidane"), Apology(name="Nigel Davies")],
        previous_meeting_date="2017-10-16", next_meeting_date="2018-03-08",
        items=[
            MinuteItem(number="175", title="APOLOGIES FOR ABSENCE",
                       text="Apologies were received from Janet Bailey, and Sham Kidane attended in her place.\n\n"
                            "Apologies were also received from Nigel Davies."),
            MinuteItem(number="176", title="MINUTES OF THE PREVIOUS MEETING HELD ON 16th OCTOBER 2017",
                       text="The minutes of the meeting held on 16th October 2017 were received.\n\n"
                            "It was AGREED that the minutes be approved.",
                       resolutions=["the minutes be approved."]),
            MinuteItem(number="180", title="RESILIENCE UPDATE",
                       text="The Group noted the Resilience update report.",
                       resolutions=["An update on the mass casualty exercise is brought to the next meeting.",
                                    "Victim Support is invited to participate."],
                       actions=[Action(text="An update on the mass casualty exercise is brought to the next meeting.",
                                       owners=["LG", "TG"], owner_names=["Laurie Grasty", "Terry Gooding"])]),
            MinuteItem(number="181", title="UPDATE ON THE PREVENT STRATEGY",
                       text="The Prevent update was provided by Mr Rob Vale.",
                       resolutions=["the Prevent update be noted and that an update concerning the revised "
                                    "Prevent Action Plan be brought to the next meeting."],
                       actions=[Action(text="the Prevent update be noted and that an update concerning the revised "
                                            "Prevent Action Plan be brought to the next meeting.",
                                       owners=["RV"], owner_names=["Rob Vale"])]),
            MinuteItem(number="185", title="REPORTS FROM SUB-GROUPS"),
            MinuteItem(number="186a", title="OFFENDER MANAGEMENT SUB GROUP UPDATE",
                       text="Ms Baldwin asked how many jobs had been offered at the Jobs Fair.",
                       post_meeting_notes=["The Jobs Fair figures were circulated."],
                       resolutions=["Lucien Spencer update the Group with more information concerning the Jobs Fair."],
                       actions=[Action(text="Lucien Spencer update the Group with more information concerning "
                                            "the Jobs Fair.", owners=["LS"], owner_names=["Lucien Spencer"])]),
            MinuteItem(number="191", title="DATE OF NEXT MEETING",
                       text="The date of the next meeting was confirmed as March 8th 2018."),
        ],
    )


@pytest.fixture
def agenda():
    titles = [("1", "APOLOGIES FOR ABSENCE", None), ("2", "MINUTES OF THE PREVIOUS MEETING HELD ON 19TH DECEMBER 2017", None),
              ("3", "QUESTIONS FROM COUNCILLORS OR MEMBERS OF THE PUBLIC", None), ("4", "MATTERS ARISING", None),
              ("5", "PRESENTATION FROM A SERIOUS ORGANISED CRIME ADVISOR", None),
              ("6", "REPORTS FROM SUB-GROUPS", None), ("6a", "DOMESTIC ABUSE SUB GROUP UPDATE", None),
              ("6b", "OFFENDER MANAGEMENT SUB GROUP UPDATE", None), ("7", "ANY OTHER BUSINESS", None),
              ("8", "DATE OF NEXT MEETING", None)]
    return AgendaRecord(
        body=BODY, meeting=MeetingInfo(date="2018-03-08", start="10:00", venue="Committee Room 2 - Bromley Civic Centre"),
        published="2018-02-28", question_deadline="2018-03-02T17:00", chair="Chris Hafford", vice_chair="Nigel Davies",
        members=[PersonRef(name="Chris Hafford", role="Borough Police Commander"),
                 PersonRef(name="Nigel Davies", role="LBB Executive Director, Environmental Services"),
                 PersonRef(name="Rob Vale", role="LBB Trading Standards and Community Safety Manager")],
        agenda=[AgendaItem(number=n, title=ti, source_minute=s) for n, ti, s in titles],
        next_meeting_date="2018-06-07",
        contact=Contact(name="Steve Wood", phone="020 8313 4316", email="stephen.wood@bromley.gov.uk"))


@pytest.fixture
def report():
    return ReportRecord(
        body=BODY, meeting=MeetingInfo(date="2017-07-06"), report_no="CSD 17104", title="MATTERS ARISING",
        decision_maker=BODY, decision_type="Non Urgent Non Executive Non Key",
        contact_officer="Steve Wood, Democratic Services Officer",
        chief_officer="Mark Bowen, Director of Corporate Services", ward="N/A", for_meeting="2017-07-06",
        recommendations=["The Group is asked to review progress on matters arising from previous meetings."],
        matters_arising=[
            MattersArisingRow(minute="137", meeting_date="2017-03-09", title="Resilience Overview",
                              resolution="the minutes of the next meeting of the Bromley Risk Forum be reported back "
                                         "to the Partnership.", update="The Forum meets in July.",
                              owners=["LG"], owner_names=["Laurie Grasty"], status="open"),
            MattersArisingRow(minute="139b", meeting_date="2017-03-09", title="Prevent Update",
                              resolution="an update on the RAG status of the Action Plan be provided at the next meeting.",
                              owners=["RV"], owner_names=["Rob Vale"], status="open")])
