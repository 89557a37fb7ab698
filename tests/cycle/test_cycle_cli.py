"""The cycle commands: JSON shapes, files, and one-line errors with exit code 2."""
import json

from click.testing import CliRunner

from minutebook.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_matters_arising_json(december):
    result = run("matters-arising", "--body", "Safer Bromley", "--meeting", "2018-03-08", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"report_no", "for_meeting", "rows"} and data["for_meeting"] == "2018-03-08"
    assert set(data["rows"][0]) == {"minute", "meeting_date", "title", "resolution", "owners", "owner_names",
                                    "status", "due_meeting", "due", "update", "update_for"}


def test_agenda_json_has_deadline_and_source_minutes(december):
    result = run("agenda", "--body", "safer-bromley-partnership-strategic-group", "--meeting", "2018-03-08",
                 "--format", "json")
    data = json.loads(result.output)
    assert data["question_deadline"] == "2018-03-02T17:00"
    assert {"180", "181", "189"} <= {i["source_minute"] for i in data["agenda"]}


def test_minutes_pdf_to_file_and_docx_needs_output(december, tmp_path):
    out = tmp_path / "m.pdf"
    result = run("minutes", "--body", "Strategic", "--meeting", "2017-12-19", "--format", "pdf", "--output", str(out))
    assert result.exit_code == 0 and out.read_bytes()[:5] == b"%PDF-"
    result = run("minutes", "--body", "Strategic", "--meeting", "2017-12-19", "--format", "docx")
    assert result.exit_code == 2 and "needs --output" in result.output


def test_unknown_body_and_meeting(december):
    result = run("agenda", "--body", "Nowhere Board", "--meeting", "2018-03-08")
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "no body matches" in result.output
    result = run("minutes", "--body", "Strategic", "--meeting", "2017-11-01", "--format", "json")
    assert result.exit_code == 2 and "has no meeting on 2017-11-01" in result.output


def test_ambiguous_body(december_with_agenda):
    result = run("agenda", "--body", "Sub Group", "--meeting", "2018-03-08")
    assert result.exit_code == 2 and "matches 2 bodies" in result.output


def test_approve_then_minutes_are_no_longer_draft(december):
    assert json.loads(run("minutes", "--body", "Strategic", "--meeting", "2017-12-19", "--format", "json").output)["draft"]
    assert run("approve", "--body", "Strategic", "--meeting", "2017-12-19").exit_code == 0
    assert not json.loads(run("minutes", "--body", "Strategic", "--meeting", "2017-12-19", "--format", "json").output)["draft"]


def test_pack_with_attachment_and_bad_attachment(december, tmp_path):
    from weasyprint import HTML

    attached = tmp_path / "a.pdf"
    attached.write_bytes(HTML(string="<p>Presentation</p>").write_pdf())
    out = tmp_path / "pack.pdf"
    result = run("pack", "--body", "Strategic", "--meeting", "2018-03-08", "--output", str(out),
                 "--attach", f"9={attached}")
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:5] == b"%PDF-"
    bad = tmp_path / "bad.pdf"
    bad.write_text("not a pdf")
    out2 = tmp_path / "pack2.pdf"
    result = run("pack", "--body", "Strategic", "--meeting", "2018-03-08", "--output", str(out2), "--attach", f"9={bad}")
    assert result.exit_code == 2 and "bad.pdf: not a readable PDF" in result.output and not out2.exists()
