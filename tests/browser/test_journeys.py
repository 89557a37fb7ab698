"""The journeys of the acceptance list, in a real browser against a live server."""
import re

import pytest

from browserkit import pdf_text, sign_in, sign_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_finds_the_19_december_2017_meeting_and_downloads_its_minutes(browser_page, demo_site):
    page = browser_page
    page.goto("/")
    page.click("text=Safer Bromley Partnership Strategic Group")
    page.click("a:has-text('Tuesday 19 December 2017')")
    assert page.locator("h1").inner_text() == "Meeting on Tuesday 19 December 2017"
    assert page.locator("text=CHAIRMAN'S UPDATE").first.is_visible()
    # the Word download is an attachment
    with page.expect_download() as download:
        page.click("a:has-text('Word')")
    assert download.value.suggested_filename.endswith("2017-12-19.docx")
    # the PDF opens in the browser: fetch it as the link gives it
    href = page.locator("a", has_text="PDF of the minutes").get_attribute("href")
    response = page.request.get(href)
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    text = pdf_text(response.body())
    assert "19 December 2017" in text or "19th December 2017" in text
    assert "RESILIENCE UPDATE" in text.upper()


def test_clerk_publishes_minutes_owner_updates_action_matters_arising_shows_it(browser_page, demo_site):
    page = browser_page
    sign_in(page, "clerk", "clerk-pass-123")
    page.click("a:has-text('Clerk')")
    page.click("a:has-text('Add a meeting of Safer Bromley Partnership Strategic Group')")
    page.fill("#id_date", "2018-05-10")
    page.fill("#id_start", "10:00")
    page.select_option("#id_status", "held")
    page.click("button:has-text('Save the meeting')")
    assert "Meeting on Thursday 10 May 2018" in page.locator("h1").inner_text()
    meeting_url = page.url

    page.click("a:has-text('Write')")
    assert page.input_value("#id_m-0-number")        # the next minute number is proposed
    page.fill("#id_m-0-title", "FIRE SAFETY CAMPAIGN")
    page.fill("#id_m-0-text", "The Group discussed the home fire safety campaign.")
    page.fill("#id_m-0-resolutions_text", "the campaign be supported.")
    page.fill("#id_m-0-action_text", "Report the number of home fire safety visits")
    page.select_option("#id_m-0-action_owners", value=str(demo_site["terry"].pk))
    page.click("button:has-text('Save the minutes')")
    assert page.locator("text=The minutes are saved.").is_visible()

    page.goto(meeting_url)
    page.click("button:has-text('Publish the minutes')")     # a draft: members and officers only so far
    assert page.locator("text=the public will see them once they are approved").is_visible()
    page.click("button:has-text('Approve the minutes')")
    assert page.locator("text=The minutes are approved and public.").is_visible()
    sign_out(page)

    # the public sees the decision and the action
    page.goto(meeting_url.replace("/clerk/meetings/", "/meetings/"))
    assert page.locator("text=Report the number of home fire safety visits").first.is_visible()

    # the owner updates it from "My actions"
    sign_in(page, "terry", "terry-pass-123")
    page.click("a:has-text('My actions')")
    section = page.locator("section", has_text="Report the number of home fire safety visits")
    section.locator("select").select_option("in_progress")
    section.locator("textarea").fill("412 visits made since April; figures to follow.")
    section.locator("button:has-text('Save update')").click()
    assert page.locator("text=is saved").first.is_visible()
    sign_out(page)

    # the clerk makes the Matters Arising report for the next meeting: it carries the update
    sign_in(page, "clerk", "clerk-pass-123")
    page.goto("/clerk/")
    page.click("a:has-text('Add a meeting of Safer Bromley Partnership Strategic Group')")
    page.fill("#id_date", "2018-07-12")
    page.click("button:has-text('Save the meeting')")
    page.click("button:has-text('Make the Matters Arising report')")
    page.wait_for_selector("text=Finished")
    link = page.locator("#job-progress a", has_text="Matters Arising").first
    response = page.request.get(link.get_attribute("href"))
    text = " ".join(pdf_text(response.body()).split())
    assert "412 visits made since April" in text


def test_an_exempt_item_stays_invisible_to_the_public_everywhere(browser_page, demo_site):
    from minutebook.store.models import Meeting

    page = browser_page
    meeting = Meeting.objects.get(date="2017-12-19")
    minute = meeting.minutes.get(title__icontains="RESILIENCE")
    secret_word = "mass casualty"
    assert secret_word in (minute.text + " ".join(r.text for r in minute.resolutions.all())).lower()
    hidden_phrase = " ".join(minute.text.split()[:6]).lower()     # the minute's opening words

    sign_in(page, "clerk", "clerk-pass-123")
    page.goto(f"/clerk/meetings/{meeting.pk}/")
    page.click(f"button:has-text('Mark exempt: minute {minute.number}')")
    assert page.locator("text=exempt (Part 2)").first.is_visible()
    # the next meeting's Matters Arising report, made and published by the clerk
    following = Meeting.objects.filter(body=meeting.body, date__gt=meeting.date).order_by("date").first()
    page.goto(f"/clerk/meetings/{following.pk}/")
    page.click("button:has-text('Make the Matters Arising report')")
    page.wait_for_selector("text=Finished")
    report_href = page.locator("#job-progress a", has_text="Matters Arising").first.get_attribute("href")
    # an agenda with no items is not published: the clerk builds it from the draft first (the exempt
    # minute's request for an update at this meeting is carried as a Part 2 item)
    page.goto(f"/clerk/meetings/{following.pk}/agenda")
    page.click("button:has-text('Save the agenda')")
    assert page.locator("text=The agenda is saved.").is_visible()
    page.click("button:has-text('Publish the agenda and papers')")
    assert page.locator("text=The agenda is published").first.is_visible()
    sign_out(page)
    response = page.request.get(report_href)
    assert response.status == 200, "the published report is public"
    report_text = " ".join(pdf_text(response.body()).split()).lower()
    assert "prevent" in report_text and secret_word not in report_text

    paths = ["/", f"/meetings/{meeting.pk}/", "/meetings/", "/actions/",
             f"/meetings/{meeting.pk}/minutes.html", f"/search?q={secret_word.replace(' ', '+')}",
             "/search?q=casualty"]
    for owner in minute.actions.values_list("owners__person__slug", flat=True):
        if owner:
            paths.append(f"/people/{owner}/")
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, path
        body = page.locator("main" if page.locator("main").count() else "body").inner_text().lower()
        if path.startswith("/search"):      # the page repeats the query: look at the results only
            body = body.replace(f"for {secret_word}", "").replace("for casualty", "").replace("casualty", "", 1)
            assert page.locator(".mb-search-result").filter(has_text=re.compile("casualt", re.I)).count() == 0, path
        assert hidden_phrase not in body, path
        assert "resilience update" not in body, path
    for fmt in ("pdf", "docx"):
        response = page.request.get(f"/meetings/{meeting.pk}/minutes.{fmt}")
        assert response.status == 200
        if fmt == "pdf":
            text = " ".join(pdf_text(response.body()).split()).lower()
            assert secret_word not in text and "resilience update" not in text
        else:
            import io
            import zipfile

            xml = zipfile.ZipFile(io.BytesIO(response.body())).read("word/document.xml").decode().lower()
            assert secret_word not in xml
    # the next meeting's page, agenda and pack, made from the record as it was published: the update the
    # exempt minute asked for is a Part 2 item there ("RESILIENCE UPDATE" itself is one of the body's
    # standing items, public on every agenda)
    response = page.goto(f"/meetings/{following.pk}/")
    assert response.status == 200
    body = page.locator("main").inner_text().lower()
    assert secret_word not in body and hidden_phrase not in body
    for path in (f"/meetings/{following.pk}/agenda.pdf", f"/meetings/{following.pk}/pack.pdf"):
        response = page.request.get(path)
        assert response.status == 200, path
        text = " ".join(pdf_text(response.body()).split()).lower()
        assert secret_word not in text and hidden_phrase not in text, path
    # the API and the calendar feed, through the same visibility rules
    for path in [f"/api/meetings/{meeting.pk}", f"/api/meetings/{following.pk}", "/feeds/documents.atom"]:
        response = page.request.get(path)
        if response.status == 200:
            assert secret_word not in response.text().lower(), path


def test_job_page_follows_progress_without_reloading(browser_page, fast_settings, django_user_model):
    from django.contrib.auth.models import Group

    from minutebook.store.models import Body, Meeting
    from minutebook.web.models import Job

    clerk = django_user_model.objects.create_user("clerk", password="clerk-pass-123")
    clerk.groups.add(Group.objects.get_or_create(name="clerk")[0])
    meeting = Meeting.objects.create(body=Body.objects.create(name="Test Group"), date="2019-01-10")
    job = Job.objects.create(kind=Job.PACK, meeting=meeting, status=Job.RUNNING, total=2, progress=1,
                             message="rendering the agenda")
    page = browser_page
    sign_in(page, "clerk", "clerk-pass-123")
    page.goto(f"/clerk/jobs/{job.pk}")
    assert page.locator("text=Running: 1 of 2").is_visible()
    page.evaluate("window.notReloaded = true")
    Job.objects.filter(pk=job.pk).update(status=Job.DONE, progress=2, message="Agenda pack is ready")
    page.wait_for_selector("text=Finished: 2 of 2", timeout=10000)
    assert page.evaluate("window.notReloaded") is True       # htmx swapped the progress in place
    assert page.locator("text=Agenda pack is ready").is_visible()
