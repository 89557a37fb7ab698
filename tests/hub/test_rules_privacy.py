"""The pure data protection rules: when a closed case is due for anonymising, and the redaction of other people."""
import datetime as dt

from minutebook.hub.rules import privacy as P


def test_due_only_after_the_full_period():
    today = dt.date(2026, 3, 1)
    assert P.due_for_anonymising(dt.date(2020, 2, 28), today, 6)
    assert not P.due_for_anonymising(dt.date(2020, 3, 1), today, 6)           # exactly 6 years: not yet
    assert not P.due_for_anonymising(None, today, 6)                          # not closed
    assert P.years_before(dt.date(2024, 2, 29), 1) == dt.date(2023, 2, 28)


def test_redaction_of_names_emails_and_phone_numbers():
    others = ["Owen Offender", "owen@example.org", "020 7946 0000"]
    text = "Owen apologised; OFFENDER wrote from owen@example.org, phone 02079460000. Owens Lane stays."
    assert P.redact(text, others) == ("[another person] apologised; [another person] wrote from [another person], "
                                      "phone [another person]. Owens Lane stays.")
    assert P.redact("", others) == ""


def test_records_default_when_the_table_is_missing():
    rec = P.records("[service]\nslug = 'x'\n", "X Service")
    assert (rec.controller, rec.retention_years, rec.processing) == ("X Service", P.DEFAULT_RETENTION_YEARS, ())
