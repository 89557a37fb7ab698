"""Over-long text from a badly read document is cut to the column's size, on PostgreSQL as on SQLite."""
from minutebook.record import MeetingInfo, MinuteItem, MinutesRecord, ParsedDocument, PersonRef
from minutebook.store.models import Minute, Person
from store_builders import store


def test_long_names_roles_and_numbers_fit(db):
    rec = MinutesRecord(body="A Group " + "x" * 300, meeting=MeetingInfo(date="2020-01-02", venue="v" * 400),
                        present=[PersonRef(name="Ann " + "Long" * 80, role="r" * 500, organisation="o" * 300)],
                        items=[MinuteItem(number="1234567890123", title="T" * 600)])
    result = store(ParsedDocument(source="long.txt", sha256="0" * 64, records=[rec]), b"long", "long.txt")
    assert result.status == "ingested"
    assert len(Person.objects.get().role) == 300 and len(Minute.objects.get().title) == 400
