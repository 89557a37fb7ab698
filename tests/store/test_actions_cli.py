"""The action register on the command line: list with filters, and record an update."""
import json

from click.testing import CliRunner

from minutebook.cli import main
from minutebook.store.models import Action, ActionUpdate, Organisation, Person


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_list_filter_and_update(seeds_stored):
    result = run("actions", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert len(rows) == 11
    vale = json.loads(run("actions", "--owner", "RV", "--json").output)
    assert [(r["meeting"], r["minute"]) for r in vale] == [("2017-03-09", "139b"), ("2017-12-19", "181")]
    assert vale[0]["owners"] == [{"initials": "RV", "name": "Rob Vale", "candidates": []}]
    assert vale[0]["due_meeting"] == "2017-07-06" and vale[0]["status"] == "open"
    by_name = json.loads(run("actions", "--owner", "Laurie Grasty", "--json").output)
    assert {r["minute"] for r in by_name} == {"137", "180"}
    assert json.loads(run("actions", "--organisation", "Ambulance", "--json").output) == []
    lbb = Organisation.objects.create(name="London Borough of Bromley")
    Person.objects.filter(name="Laurie Grasty").update(organisation=lbb)
    assert {r["minute"] for r in json.loads(run("actions", "--organisation", "bromley", "--json").output)} == \
        {"137", "180"}

    first = vale[0]["id"]
    result = run("action", "update", str(first), "--status", "done", "--note", "RAG status reported in July")
    assert result.exit_code == 0, result.output
    assert Action.objects.get(pk=first).status == "done"
    assert ActionUpdate.objects.get(action_id=first).note == "RAG status reported in July"
    live = json.loads(run("actions", "--status", "live", "--owner", "RV", "--json").output)
    assert [r["minute"] for r in live] == ["181"]
    done = json.loads(run("actions", "--status", "done", "--json").output)
    assert done[0]["latest_update"]["note"] == "RAG status reported in July"
    text = run("actions", "--body", "Safer Bromley Partnership Strategic Group", "--owner", "rv").output
    assert "139b" in text and "RAG status reported in July" in text


def test_unknown_action_and_body_are_one_line_errors(seeds_stored):
    result = run("action", "update", "99999", "--status", "done")
    assert result.exit_code == 2 and result.output.strip() == "Error: no action with id 99999"
    result = run("actions", "--body", "Nowhere Group")
    assert result.exit_code == 2 and result.output.count("\n") == 1
