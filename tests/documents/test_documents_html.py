"""HTML in the house style: front sheet, minutes with an Action column, Matters Arising cover and appendix."""
import re

from minutebook.documents import render


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_agenda_front_sheet(agenda):
    agenda.agenda[1].pages = "3-16"
    html = render(agenda, "html", organisation="London Borough of Bromley")
    text = text_of(html)
    assert "To: Members of the" in text and "A G E N D A" in text
    assert "Chris Hafford, (Borough Police Commander) (Chairman)" in text
    assert "THURSDAY 8 MARCH 2018 at 10.00 am" in text
    assert "MINUTES OF THE PREVIOUS MEETING HELD ON 19TH DECEMBER 2017 (Pages 3 - 16)" in text
    assert "should be received 4 working days before the meeting" in text
    assert "Questions should therefore be received by 5.00pm on 2nd March 2018." in text
    assert "Contact for this Agenda: Steve Wood" in text and "London Borough of Bromley" in text
    assert "GDS Transport" not in html and "Arial" in html


def test_minutes_have_a_right_hand_action_column(minutes):
    html = render(minutes, "html")
    row = re.search(r'<p class="text resolved">1- An update on the mass casualty exercise[^<]*'
                    r'<span class="initials">([^<]*)</span></p>', html)
    assert row and row.group(1) == "LG/TG"
    assert "right: -26mm" in html          # the initials stand in the right-hand column
    text = text_of(html)
    assert "Present:" in text and "Also Present:" in text
    assert "RESOLVED that the Prevent update be noted" in text
    # printed once, in the words it was taken in (not reworded as "RESOLVED that …")
    assert text.count("It was AGREED that the minutes be approved") == 1
    assert "RESOLVED that the minutes be approved" not in text
    assert "Post Meeting Note:" in text and "The Meeting ended at 12.05 pm" in text


def test_draft_minutes_say_draft(minutes):
    assert "DRAFT" not in render(minutes, "html")
    minutes.draft = True
    html = render(minutes, "html")
    assert 'class="draft-banner"' in html and '@top-right { content: "DRAFT"' in html


def test_matters_arising_cover_sheet_and_appendix(report):
    text = text_of(render(report, "html", organisation="London Borough of Bromley"))
    for label in ("Report No.", "CSD 17104", "Decision Maker:", "Decision Type:", "Title:", "Contact Officer:",
                  "Chief Officer:", "Ward:", "1. Reason for report", "2. RECOMMENDATION",
                  "Non-Applicable Sections:", "Background Documents:", "Appendix A", "Minute Number/Title",
                  "Matters Arising", "Update"):
        assert label in text, label
    assert "Minute 139b 9th March 2017 Prevent Update" in text
    assert "It was resolved that an update on the RAG status" in text
    assert "Mr Vale will provide" not in text and "The Forum meets in July." in text
