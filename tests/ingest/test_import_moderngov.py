"""`minutebook import moderngov URL` against a ModernGov web service on a local server (moderngov_site.py):
meetings, every kind of attendance, items with minutes and decisions, linked documents and declarations are
imported; a second run duplicates nothing; a restricted item stays exempt; bad replies are one-line errors
with nothing of the meeting written; an interrupted run carries on."""
import datetime as dt
import re

import pytest
from click.testing import CliRunner

from minutebook.cli import main
from moderngov_site import MARCH, REAL, serve

pytestmark = pytest.mark.skipif(not REAL.exists(), reason="the shared corpus (../shared) is not here")


@pytest.fixture
def site():
    site, server = serve()
    yield site
    site.release.set()
    server.shutdown()
    server.server_close()


def run(*args):
    return CliRunner().invoke(main, ["import", "moderngov", *args])


def counts():
    from minutebook.store import models as M

    return {model.__name__: model.objects.count() for model in (
        M.Body, M.Meeting, M.Attendance, M.AgendaItem, M.Minute, M.Resolution, M.Document, M.Declaration, M.Person,
        M.Membership)}


def audit():
    from minutebook.store.models import Body

    return Body.objects.get(name="Audit Committee")


def test_a_committee_is_imported_with_attendance_items_documents_and_declarations(db, site):
    from minutebook.store.models import Attendance, Declaration, Document, Meeting

    result = run(site.url(), "--committee", "Audit Committee", "--from", "2026-01-01", "--to", "2026-12-31")
    assert result.exit_code == 0, result.output
    progress = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert len(progress) == 4 and progress[0].startswith("[1/4] Audit Committee, 13 January 2026 (meeting 4966)")
    assert "Traceback" not in result.output

    body = audit()
    meetings = {m.date: m for m in Meeting.objects.filter(body=body)}
    # the linked minutes of 25 November 2025 were read as well
    assert {dt.date(2026, 1, 13), dt.date(2026, 2, 10), dt.date(2026, 3, 17), dt.date(2026, 4, 21)} <= set(meetings)
    assert meetings[dt.date(2026, 1, 13)].status == Meeting.CANCELLED
    feb, march, april = meetings[dt.date(2026, 2, 10)], meetings[dt.date(2026, 3, 17)], meetings[dt.date(2026, 4, 21)]
    assert march.status == Meeting.HELD and march.start == dt.time(10, 0) and march.end == dt.time(12, 15)
    assert march.venue == "Council Antechamber, Level 2, Town Hall Extension"
    assert march.published and march.minutes_published and feb.published and feb.minutes_published
    assert april.status == Meeting.PLANNED and april.published and not april.minutes_published
    # the real reply: two items with their minutes, one attendee still "Expected"
    assert [(i.number, i.title) for i in feb.agenda_items.all()] == [("1", "Minutes"), ("9", "Work Programme")]
    assert "approve as a correct record" in feb.agenda_items.get(number="1").description
    assert [m.title for m in feb.minutes.all()] == ["Minutes", "Work Programme"]
    assert "future Work Programme" in feb.minutes.get(number="9").text
    assert [(a.person.name, a.kind) for a in feb.attendance.all()] == [("Basil Curley", Attendance.EXPECTED)]
    # every kind of attendance
    kinds = {a.person.name: (a.kind, a.role) for a in march.attendance.all()}
    assert kinds == {"Ada Rook": (Attendance.PRESENT, "Chair"),
                     "Basil Curley": (Attendance.PRESENT, "Committee Member"),
                     "Esme Vane": (Attendance.APOLOGIES, "Committee Member"),
                     "Ivo Quill": (Attendance.SUBSTITUTE, "Substitute"),
                     "Lyle Benn": (Attendance.ALSO_PRESENT, "Executive Member for Finance")}   # Tam Hewer: absent
    assert march.attendance.get(person__name="Esme Vane").substitute.name == "Ivo Quill"
    assert march.attendance.get(person__name="Ada Rook").is_chair and march.chair.name == "Ada Rook"
    assert {a.person.name for a in april.attendance.filter(kind=Attendance.EXPECTED)} == {"Ada Rook", "Basil Curley"}
    # items, minutes and decisions
    assert [i.title for i in march.agenda_items.all()] == [
        "Apologies for absence", "Minutes", "Internal Audit Progress Report", "Fraud Investigation Services Contract"]
    report = march.minutes.get(title="Internal Audit Progress Report")
    assert "progress against the 2025/26 audit plan" in report.text and "RESOLVED" not in report.text
    assert [r.text for r in report.resolutions.all()] == ["the report be noted."]      # as "RESOLVED that" is kept
    # the minutes of 10 February were agreed on 17 March: approved
    assert feb.minutes_status == Meeting.APPROVED and feb.minutes_approved_at == march
    # declarations of interest
    d = Declaration.objects.get()
    assert (d.meeting, d.item.title, d.person.name, d.type) == (
        march, "Internal Audit Progress Report", "Ada Rook", "Personal")
    assert "internal audit contractor" in d.text
    # linked documents: downloaded, ingested, filed under the meeting
    titles = dict(Document.objects.values_list("title", "meeting__date"))
    assert titles["DRAFT WP  FEBRUARY 2026"] == dt.date(2026, 2, 10)
    assert titles["Internal Audit Progress Report March 2026"] == dt.date(2026, 3, 17)
    minutes_doc = Document.objects.get(title="6 - CHAIR APPROVED  Minutes Audit Committee 25 Nov 2025")
    assert minutes_doc.content.tobytes().startswith(b"<!DOCTYPE html>") if hasattr(minutes_doc.content, "tobytes") \
        else bytes(minutes_doc.content).startswith(b"<!DOCTYPE html>")
    assert Document.objects.filter(filename__startswith="moderngov-meeting-").count() == 4
    # only the committee asked for
    assert not Meeting.objects.filter(body__name="Art Galleries Committee").exists()


def test_importing_twice_duplicates_nothing(db, site):
    assert run(site.url(), "-c", "144", "--from", "01/01/2026", "--to", "31/12/2026").exit_code == 0
    first = counts()
    downloads = sum(1 for r in site.requests if r.startswith("/mgConvert2PDF"))
    again = run(site.url() + "/mgWebService.asmx", "-c", "144", "--from", "01/01/2026", "--to", "31/12/2026")
    assert again.exit_code == 0, again.output
    assert counts() == first
    assert "0 imported, 0 updated, 4 already imported, 0 failed" in again.stdout
    assert all("already imported" in line for line in again.stderr.splitlines() if line.startswith("["))
    # nothing downloaded again: a meeting already imported is skipped whole
    assert sum(1 for r in site.requests if r.startswith("/mgConvert2PDF")) == downloads


def test_a_changed_meeting_replaces_what_it_stored(db, site):
    from minutebook.store.models import Meeting

    assert run(site.url(), "-c", "Audit", "--from", "2026-04-01", "--to", "2026-04-30").exit_code == 0
    before = counts()
    site.replies[4969] = site.replies[4969].replace(b"Annual Governance Statement", b"Annual Governance Statement 2025/26")
    result = run(site.url(), "-c", "Audit", "--from", "2026-04-01", "--to", "2026-04-30")
    assert result.exit_code == 0 and "1 updated" in result.stdout
    april = Meeting.objects.get(date=dt.date(2026, 4, 21))
    assert [i.title for i in april.agenda_items.all()] == ["Annual Governance Statement 2025/26"]
    after = counts()
    assert after["Document"] == before["Document"] + 1        # the new reply, kept beside the one it replaced
    assert {k: v for k, v in after.items() if k != "Document"} == {k: v for k, v in before.items() if k != "Document"}


def test_a_restricted_item_stays_exempt_and_is_not_public(db, site, client):
    from minutebook.store import visibility as vis
    from minutebook.store.models import AgendaItem, Document, Meeting, Minute

    assert run(site.url(), "-c", "Audit Committee", "--from", "2026-01-01", "--to", "2026-12-31").exit_code == 0
    march = Meeting.objects.get(body=audit(), date=dt.date(2026, 3, 17))
    assert vis.can_see_agenda(None, march) and not vis.can_see_minutes(None, march)    # draft until agreed
    march.minutes_status = Meeting.APPROVED           # as the next meeting will
    march.save(update_fields=["minutes_status"])
    assert vis.can_see_minutes(None, march)                                          # the meeting is public ...
    item = AgendaItem.objects.get(meeting=march, title="Fraud Investigation Services Contract")
    minute = Minute.objects.get(meeting=march, title="Fraud Investigation Services Contract")
    assert item.exempt and minute.exempt
    assert not vis.can_see_minute(None, minute)                                   # ... its restricted item is not
    assert minute not in vis.visible_minutes(None) and item not in vis.visible_agenda_items(None)
    assert vis.visible_minutes(None).filter(meeting=march).count() == 3
    paper = Document.objects.get(title="Contract award report (exempt)")
    assert paper.exempt and not vis.can_see_document(None, paper)
    assert vis.can_see_document(None, Document.objects.get(title="Internal Audit Progress Report March 2026"))
    # the web service's record of the meeting holds the restricted text: never public
    source = Document.objects.get(filename="moderngov-meeting-4968.xml")
    assert not vis.can_see_document(None, source)
    # nothing of it in the public's minutes, where the rest of them are
    from django.urls import reverse

    text = client.get(reverse("meeting-minutes-file", args=[march.pk, "html"])).content.decode()
    assert "Internal Audit Progress Report" in text and "RESOLVED that the report be noted." in text
    assert "Acme Investigations" not in text and "Fraud Investigation Services" not in text
    # nor in the public's search
    def search(q):
        page = client.get("/search", {"q": q}).content.decode()
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page.split("</form>")[-1]))

    assert "Internal Audit Progress Report Minute" in search("audit plan")
    assert "0 results" in search("Acme") or "No results" in search("Acme")
    assert "Acme" not in search("Acme").replace("for Acme", "")


def test_malformed_xml_is_one_line_and_writes_nothing_of_the_meeting(db, site):
    from minutebook.store.models import Meeting

    site.replies[4968] = site.replies[4968][:-200]          # cut off part way
    result = run(site.url(), "-c", "Audit Committee", "--from", "2026-03-01", "--to", "2026-03-31")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "failed" in line or line.startswith("Error:")]
    assert len(errors) == 2 and "not well-formed XML" in errors[0] and "Traceback" not in result.output
    assert counts()["Meeting"] == 0 and counts()["Document"] == 0
    assert not Meeting.objects.filter(date=dt.date(2026, 3, 17)).exists()


@pytest.mark.parametrize("reply, problem", [
    (b"<html><body>Server Error in '/' Application.</body></html>", "a web page, not the web service's XML"),
    (b"<?xml version='1.0'?><committees><committee>", "not well-formed XML"),
    (b"<?xml version='1.0'?><!DOCTYPE c [<!ENTITY a 'aaaa'>]><committees>&a;</committees>", "declares entities"),
    (b"<?xml version='1.0'?><error>no</error>", "not a ModernGov GetCommittees answer"),
])
def test_a_bad_site_is_one_line(db, site, reply, problem):
    site.committees = reply
    result = run(site.url())
    assert result.exit_code == 2 and problem in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ") and "Traceback" not in result.output
    assert counts()["Meeting"] == 0


def test_bad_url_unknown_committee_and_timeout(db, site):
    for args, problem in ((["ftp://x"], "is not a web address"),
                          (["http://127.0.0.1:9"], "cannot be reached"),
                          ([site.url(), "-c", "Planning"], "no committee 'Planning'"),
                          ([site.url(), "-c", "Committee"], "names 3 committees"),
                          ([site.url(), "--from", "31/02/2026"], "is not a date")):
        result = run(*args)
        assert result.exit_code == 2 and problem in result.stderr, (args, result.output)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    site.stall.set()
    result = run(site.url(), "-c", "144", "--from", "2026-03-01", "--to", "2026-03-31", "--timeout", "1")
    site.release.set()
    assert result.exit_code == 2 and "no answer within 1 s" in result.stderr
    assert counts()["Meeting"] == 0


def test_an_interrupted_import_carries_on(db, site):
    from minutebook.store.models import Meeting

    site.replies[4968] = b"<?xml version='1.0'?><meeting><meetingid>4968"        # the run breaks at March
    first = run(site.url(), "-c", "144", "--from", "2026-01-01", "--to", "2026-12-31")
    assert first.exit_code == 2 and "run the command again" in first.stderr
    dates = set(Meeting.objects.filter(body=audit()).values_list("date", flat=True))
    assert dt.date(2026, 4, 21) in dates and dt.date(2026, 3, 17) not in dates
    site.replies[4968] = MARCH.encode()
    second = run(site.url(), "-c", "144", "--from", "2026-01-01", "--to", "2026-12-31")
    assert second.exit_code == 0, second.output
    assert "1 imported, 0 updated, 3 already imported" in second.stdout
    assert Meeting.objects.get(body=audit(), date=dt.date(2026, 3, 17)).minutes.count() == 4


def test_a_document_server_error_fails_the_meeting_until_it_answers(db, site):
    from minutebook.store.models import Meeting

    def broken(path, query, reply=site.reply):
        if path == "/mgConvert2PDF.aspx" and query.get("ID") == "61001":
            return 503, "text/plain", b"busy"
        return reply(path, query)

    site.reply = broken
    result = run(site.url(), "-c", "144", "--from", "2026-03-01", "--to", "2026-03-31")
    assert result.exit_code == 2 and "503" in result.stderr
    assert not Meeting.objects.filter(date=dt.date(2026, 3, 17)).exists()
    del site.reply
    assert run(site.url(), "-c", "144", "--from", "2026-03-01", "--to", "2026-03-31").exit_code == 0
    assert Meeting.objects.filter(date=dt.date(2026, 3, 17)).exists()


def test_list_committees(site):
    result = run(site.url(), "--list")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["312\tAppointment Sub Committee for Director of Adult Social Services\t(expired)",
                                          "163\tArt Galleries Committee", "144\tAudit Committee"]


def test_parse_meeting_reads_the_real_reply():
    from minutebook.ingest import moderngov as mg

    m = mg.parse_meeting(REAL.read_bytes())
    assert (m.id, m.date, m.start, m.status, m.committee_title) == (4967, dt.date(2026, 2, 10), "10:00", "Confirmed",
                                                                     "Audit Committee")
    assert [(i.number, i.minute_number, i.title) for i in m.items] == [("1", "1", "Minutes"), ("9", "9", "Work Programme")]
    assert m.items[0].documents[0].url == "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860"
    assert [(a.name, a.role, a.attendance) for a in m.attendees] == [
        ("Councillor Basil Curley", "Committee Member", "Expected")]
    assert mg.clock("2.30 pm") == "14:30" and mg.clock("12.00 am") == "00:00" and mg.clock("soon") is None


def test_expected_attendance_is_not_counted_as_attended(db, site, client):
    """An organisation's attendance page with a member only "Expected" (a kind the import brought): no error,
    and not counted as there."""
    from minutebook.store.models import Meeting, Organisation, Person
    from minutebook.web.views_public import organisation_attendance

    assert run(site.url(), "-c", "144", "--from", "2026-04-01", "--to", "2026-04-30").exit_code == 0
    org = Organisation.objects.create(name="Manchester City Council")
    Person.objects.filter(name="Ada Rook").update(organisation=org)
    Meeting.objects.filter(date=dt.date(2026, 4, 21)).update(minutes_published=True, minutes_status=Meeting.APPROVED)
    [row] = organisation_attendance(None, org)
    assert (row["meeting"].date, row["attended"], row["apologies"]) == (dt.date(2026, 4, 21), 0, [])
    assert client.get(f"/organisations/{org.slug}/").status_code == 200


def test_merging_people_moves_their_declarations(db, site):
    from minutebook.store.models import Declaration, Person
    from minutebook.store.people import merge

    assert run(site.url(), "-c", "144", "--from", "2026-03-01", "--to", "2026-03-31").exit_code == 0
    other = Person.objects.get(name="Ada Rook")
    keep = Person.objects.create(name="Ada M. Rook")
    merge(keep, other)
    assert Declaration.objects.get().person == keep
