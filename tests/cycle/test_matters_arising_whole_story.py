"""Matters Arising tells the whole story (issue 10, item 3): an action closed since the last meeting is reported
once, as completed, with its last update, then leaves the list; each row shows owner, due meeting and status; an
update written for an earlier meeting says so; the report number is the next of the body's series for the
meeting's year, reserved for that meeting."""
import datetime as dt
import io

import docx
import pytest
from pypdf import PdfReader

from minutebook.documents import render
from minutebook.store.cycle import matters_arising
from minutebook.store.models import Action, ActionUpdate, Meeting

MARCH, JUNE = dt.date(2018, 3, 8), dt.date(2018, 6, 7)


def pdf_text(record) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(render(record, "pdf"))).pages).split())


def docx_cells(record) -> list[list[str]]:
    table = docx.Document(io.BytesIO(render(record, "docx"))).tables[-1]
    return [[c.text for c in row.cells] for row in table.rows]


def update(action, day, status, note=""):
    ActionUpdate.objects.create(action=action, date=dt.datetime.combine(day, dt.time(12), tzinfo=dt.timezone.utc),
                                status=status, note=note)
    action.status = status
    action.save(update_fields=["status"])


@pytest.fixture
def year(december):
    """The December 2017 minutes, and the March and June 2018 meetings planned."""
    Meeting.objects.get_or_create(body=december, date=MARCH)
    Meeting.objects.get_or_create(body=december, date=JUNE)
    return december


def rows(body, date):
    return {r.minute: r for r in matters_arising(body, date).matters_arising}


def test_a_done_action_is_reported_once_as_completed_with_its_last_update(year):
    prevent = Action.objects.get(minute__number="181")
    update(prevent, dt.date(2018, 1, 10), "in_progress", "Local Profile received.")
    update(prevent, dt.date(2018, 2, 1), "done", "Revised Prevent Action Plan circulated to the Group.")
    march = matters_arising(year, MARCH)
    row = next(r for r in march.matters_arising if r.minute == "181")
    assert row.status == "done" and row.update == "Revised Prevent Action Plan circulated to the Group."
    text = pdf_text(march)
    assert "Minute 181" in text and "Completed" in text and "Revised Prevent Action Plan circulated" in text
    cells = next(c for c in docx_cells(march) if c[0].startswith("Minute 181"))
    assert cells[2:5] == ["Rob Vale (RV)", "Meeting of 8 March 2018", "Completed"]
    # the meeting after: it has been reported, and is gone; the open ones stay
    june = rows(year, JUNE)
    assert "181" not in june and {"180", "184", "186a", "189"} <= set(june)
    assert "Revised Prevent Action Plan circulated" not in pdf_text(matters_arising(year, JUNE))


def test_an_action_closed_after_a_meeting_is_reported_at_the_next(year):
    fair = Action.objects.get(minute__number="186a")
    update(fair, dt.date(2018, 4, 2), "dropped", "The Jobs Fair was cancelled.")
    assert "186a" not in rows(year, MARCH)        # closed after the March meeting: not that meeting's news
    assert rows(year, JUNE)["186a"].status == "dropped"
    assert "186a" not in rows(year, dt.date(2018, 9, 1))


def test_a_report_stored_with_the_closing_is_not_repeated(year):
    """Closed after every meeting in the record, the action is news for the latest (the one being prepared);
    once that meeting's report is stored, a meeting planned later does not report it again, and the stored
    report made again still does."""
    from minutebook.web.rendering import store_paper

    prevent = Action.objects.get(minute__number="181")
    update(prevent, dt.date(2018, 7, 1), "done", "Plan adopted.")
    june = Meeting.objects.get(body=year, date=JUNE)
    assert rows(year, JUNE)["181"].status == "done" and "181" not in rows(year, MARCH)
    store_paper(june, "matters_arising")
    Meeting.objects.create(body=year, date=dt.date(2018, 9, 6))
    assert "181" not in rows(year, dt.date(2018, 9, 6))
    assert rows(year, JUNE)["181"].status == "done"


def test_rows_show_owner_due_meeting_and_status(year):
    Action.objects.filter(minute__number="180").update(due_meeting=Meeting.objects.get(date=MARCH))
    report = matters_arising(year, MARCH)
    cells = {c[0].split("\n")[0]: c for c in docx_cells(report)}
    assert cells["Minute 180"][2:5] == ["Laurie Grasty (LG), Terry Gooding (TG)", "Meeting of 8 March 2018", "Open"]
    text = pdf_text(report)
    for word in ("Owner", "Due", "Status", "Laurie Grasty (LG)", "Meeting of 8 March 2018"):
        assert word in text


def test_an_update_written_for_an_earlier_meeting_is_marked(year):
    prevent = Action.objects.get(minute__number="181")
    update(prevent, dt.date(2018, 2, 20), "in_progress", "Mr Vale will report on the revised plan on 8 March.")
    assert rows(year, MARCH)["181"].update_for is None
    june = matters_arising(year, JUNE)
    row = next(r for r in june.matters_arising if r.minute == "181")
    assert row.update == "Mr Vale will report on the revised plan on 8 March." and row.update_for == "2018-03-08"
    text = pdf_text(june)
    assert "Mr Vale will report on the revised plan on 8 March. (update for the meeting of 8 March 2018)" in text
    cells = next(c for c in docx_cells(june) if c[0].startswith("Minute 181"))
    assert cells[5].endswith("(update for the meeting of 8 March 2018)")
    assert "(update for the meeting of" not in pdf_text(matters_arising(year, MARCH))


def test_an_update_printed_in_an_earlier_report_is_marked(db, shared):
    """The seed pack's report of 6 July 2017 printed "Mr Vale will provide an update at the meeting on 6th July":
    a year later it is shown as the update for that meeting."""
    from minutebook.store.cycle import find_body
    from minutebook.store.ingest import ingest_paths

    ingest_paths([shared / "seeds" / "000_f18476df4ed148e9.txt"])
    body = find_body("Safer Bromley")
    july = {r.minute: r for r in matters_arising(body, dt.date(2017, 7, 6)).matters_arising}
    assert july["139b"].update.startswith("Mr Vale will provide an update") and july["139b"].update_for is None
    later = matters_arising(body, dt.date(2018, 7, 5))
    row = next(r for r in later.matters_arising if r.minute == "139b")
    assert row.update_for == "2017-07-06"
    assert "(update for the meeting of 6 July 2017)" in pdf_text(later)


def test_report_numbers_follow_the_meetings_year_and_are_kept(year):
    from minutebook.store.models import Body

    body = Body.objects.get(pk=year.pk)
    assert (body.report_prefix, body.report_next_number) == ("CSD", 18004)    # from the CSD 18003 minute 178 cites
    september_2017 = Meeting.objects.create(body=body, date=dt.date(2017, 9, 14))
    first_2019 = Meeting.objects.create(body=body, date=dt.date(2019, 2, 7))
    second_2019 = Meeting.objects.create(body=body, date=dt.date(2019, 5, 9))
    assert matters_arising(body, MARCH).report_no == "CSD 18004"
    assert matters_arising(body, first_2019.date).report_no == "CSD 19001"
    assert matters_arising(body, september_2017.date).report_no == "CSD 17001"
    assert matters_arising(body, JUNE).report_no == "CSD 18005"          # 18004 is the March meeting's
    assert matters_arising(body, second_2019.date).report_no == "CSD 19002"
    # made again, each keeps its number; December's is the one its minutes cite
    assert matters_arising(body, MARCH).report_no == "CSD 18004"
    assert matters_arising(body, first_2019.date).report_no == "CSD 19001"
    assert matters_arising(body, dt.date(2017, 12, 19)).report_no == "CSD 18003"
    numbers = [matters_arising(body, m.date).report_no for m in Meeting.objects.filter(body=body)]
    assert len(numbers) == len(set(numbers))
    assert "CSD 19001" in pdf_text(matters_arising(body, first_2019.date))


def test_an_action_closed_through_the_api_is_reported_at_the_next_meeting(year, client, django_user_model):
    """PATCH /api/actions/{id} with a status records the change in the action's updates, so the report knows
    when it was closed (it would otherwise be taken as closed at the meeting after its own)."""
    from minutebook.web.models import ApiToken

    clerk = django_user_model.objects.create_superuser("clerk", password="clerk-pass-123")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(clerk)[1]}"}
    fair = Action.objects.get(minute__number="186a")
    Meeting.objects.create(body=year, date=dt.date(2099, 1, 7))        # the meeting being prepared
    r = client.patch(f"/api/actions/{fair.pk}", {"status": "done"}, content_type="application/json", **auth)
    assert r.status_code == 200
    [closing] = ActionUpdate.objects.filter(action=fair)
    assert closing.status == "done" and closing.author == clerk
    assert "186a" not in rows(year, MARCH)
    assert rows(year, dt.date(2099, 1, 7))["186a"].status == "done"
