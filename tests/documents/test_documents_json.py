"""JSON is the record itself: draft minutes say draft: true."""
import json

from minutebook.documents import render
from minutebook.record import MinutesRecord


def test_json_round_trips_the_record(minutes):
    minutes.draft = True
    data = json.loads(render(minutes, "json"))
    assert data["draft"] is True and data["kind"] == "minutes"
    assert MinutesRecord.model_validate(data) == minutes
