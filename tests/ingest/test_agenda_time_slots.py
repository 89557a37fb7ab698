"""Timed agenda items ("1) 11.00 - 11.10 Minutes and action points (Nigel Shadbolt)"): the time slot is not part
of the title, and the name in brackets after it is who takes the item."""
from minutebook.ingest.parse import parse_file


def test_time_slots_and_presenters(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text("LOCAL DATA PANEL MEETING\n11am - 1pm, Thursday 17th October 2013\n\nAGENDA\n\n"
                    "1) 11.00 - 11.10 Minutes and action points (Nigel Shadbolt)\n\n"
                    "2) 11.10 - 11.30 Revised Transparency Code (Ashley Pottier)\n\n"
                    "3) 12.50 - 13.00 AOB and Close\n", encoding="utf-8")
    agenda = parse_file(path).records[0]
    assert [(i.number, i.title, i.presenter) for i in agenda.agenda] == [
        ("1", "Minutes and action points", "Nigel Shadbolt"), ("2", "Revised Transparency Code", "Ashley Pottier"),
        ("3", "AOB and Close", None)]
