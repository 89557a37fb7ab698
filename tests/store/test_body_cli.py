"""Bodies on the command line: list, show, set (locks what it sets), members and sub-groups."""
import datetime as dt
import json

from click.testing import CliRunner

from minutebook.cli import main
from minutebook.store.models import Body, Membership

BODY = "Safer Bromley Partnership Strategic Group"


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_body_commands(seeds_stored):
    listing = run("body", "list").output
    assert listing.splitlines()[0].startswith(BODY) and "  Domestic Abuse Sub Group" in listing

    result = run("body", "set", BODY, "--question-days", "4", "--question-time", "17:00", "--publication-days", "5",
                 "--report-prefix", "csd", "--next-report-number", "17105", "--next-minute-number", "192",
                 "--standing-item", "APOLOGIES FOR ABSENCE", "--standing-item", "MATTERS ARISING",
                 "--venue", "Committee Room 1", "--start", "10:00")
    assert result.exit_code == 0, result.output
    shown = json.loads(run("body", "show", BODY, "--json").output)
    assert shown["report_prefix"] == "CSD" and shown["report_next_number"] == 17105
    assert shown["standing_items"] == ["APOLOGIES FOR ABSENCE", "MATTERS ARISING"]
    assert shown["default_venue"] == "Committee Room 1" and shown["question_deadline_time"] == "17:00"
    assert {"report_prefix", "report_next_number", "default_venue", "standing_items"} <= set(shown["settings_locked"])
    assert shown["members"][0] == {"name": "Chris Hafford", "position": "chair", "role": "", "start": "2017-07-06"}

    bad = run("body", "set", BODY, "--contact-email", "not-an-email")
    assert bad.exit_code == 2 and bad.output.startswith("Error: contact_email")
    assert run("body", "show", "No Such Group").exit_code == 2

    assert run("body", "member", "add", BODY, "Cllr Kim Botting", "--role", "Councillor",
               "--start", "2018-01-01").exit_code == 0
    ms = Membership.objects.get(person__name="Kim Botting")
    assert ms.start == dt.date(2018, 1, 1) and ms.person.title == "Cllr"
    assert run("body", "member", "add", BODY, "Kim Botting").exit_code == 2      # already a member
    assert run("body", "member", "end", BODY, "Rob Vale", "--end", "2018-02-01").exit_code == 0
    assert Membership.objects.get(person__name="Rob Vale").end == dt.date(2018, 2, 1)
    assert run("body", "member", "end", BODY, "Rob Vale").exit_code == 2

    assert run("body", "subgroup", "add", BODY, "Hate Crime Sub Group").exit_code == 0
    assert Body.objects.get(name="Hate Crime Sub Group").parent.name == BODY
