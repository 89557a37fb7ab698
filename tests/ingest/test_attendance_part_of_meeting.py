"""An attendance entry noting the part of the meeting attended ("Neil Oduro (School Business Manager) for item 5")
keeps the name and role; the item reference belongs to neither."""
from minutebook.ingest.parsers.common import parse_people


def test_for_item_after_a_person():
    people = parse_people("Gail Hartnell (Clerk); Neil Oduro (School Business Manager) for item 5")
    assert [(p.name, p.role) for p in people] == [("Gail Hartnell", "Clerk"), ("Neil Oduro", "School Business Manager")]


def test_for_items_after_a_person():
    people = parse_people("Jo Bell (Finance Officer) for items 3 and 4, Sam Lee (Auditor)")
    assert [p.name for p in people] == ["Jo Bell", "Sam Lee"]
