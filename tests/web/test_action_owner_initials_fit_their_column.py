"""A person whose name has more words than an owner's initials column holds (ten letters) can still own an
action: the API gives 201, not a 500 on PostgreSQL, and SQLite stores no more than PostgreSQL would."""
import json

from django.test import Client

from minutebook.store.models import ActionOwner, Person
from minutebook.web.models import ApiToken


def test_an_owner_with_a_long_name_fits(world):
    person = Person.objects.create(name="Ann Beth Cara Dora Emma Fay Gina Hope Iris June Kate Lily Mary")
    r = Client().post(f"/api/minutes/{world.public_minute.pk}/actions",
                      json.dumps({"text": "Write to MOPAC", "owners": [person.slug]}), content_type="application/json",
                      HTTP_AUTHORIZATION=f"Bearer {ApiToken.issue(world.clerk_user)[1]}")
    assert r.status_code == 201, r.content
    owner = ActionOwner.objects.get(person=person)
    assert owner.initials == "ABCDEFGHIJ"
    assert r.json()["owners"] == [{"initials": "ABCDEFGHIJ", "person": person.slug, "name": person.name}]
