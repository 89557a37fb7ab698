"""`minutebook hub records-of-processing` prints what is held, why, on what basis and for how long, from the
service's configuration; a configuration with a bad [data_protection] table is refused in one line."""
from click.testing import CliRunner

from minutebook.cli import main
from minutebook.hub import config


def test_records_are_printed_from_the_shipped_configuration():
    out = CliRunner().invoke(main, ["hub", "records-of-processing", str(config.SHIPPED)])
    assert out.exit_code == 0, out.output
    text = out.output
    assert text.startswith("Records of processing: Restore:London\n")
    assert "Kept: closed cases are anonymised 6 years after closure" in text
    assert "Lawful basis:" in text and "Condition (special-category or criminal-offence data):" in text
    assert "criminal offence" in text.lower()


def test_a_bad_retention_period_is_one_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(config.SHIPPED.read_text().replace("retention_years = 6", 'retention_years = "six"'))
    out = CliRunner().invoke(main, ["hub", "records-of-processing", str(bad)])
    assert out.exit_code == 2                         # the CLI's exit code for bad input
    assert out.output.strip().splitlines() == ["Error: bad.toml: [data_protection]: retention_years must be a whole "
                                               "number of at least 1"]
