"""Searching the published seeds for words of a minute since marked exempt (Part 2): the search page and
the API answer every reader (public, a member of another body, a member of the body, a clerk) and only
the body's members and clerks find the minute."""
from django.contrib.auth.models import Group
from django.test import Client

from minutebook.store.models import Body, Document, Membership, Minute, Person
from minutebook.web.publishing import publish_document


def _readers(django_user_model, body):
    clerk = django_user_model.objects.create_user("clerk", password="x")
    clerk.groups.add(Group.objects.get_or_create(name="clerk")[0])
    member = django_user_model.objects.create_user("member", password="x")
    person = Membership.objects.filter(body=body).select_related("person").first().person
    person.user = member
    person.save()
    outsider = django_user_model.objects.create_user("outsider", password="x")
    other = Person.objects.create(name="Olly Outsider", user=outsider)
    Membership.objects.create(body=Body.objects.create(name="Other Panel"), person=other)
    return {"public": None, "outsider": outsider, "member": member, "clerk": clerk}


def test_mass_casualty_search_as_every_reader_with_part_2_business(seeded, django_user_model):
    for doc in Document.objects.all():
        publish_document(doc)
    minute = Minute.objects.get(meeting__date="2017-12-19", text__icontains="mass casualty exercise in the Glades")
    minute.exempt = True
    minute.save()
    # a second exempt thing of another kind: the pack of the other seed
    pack = Document.objects.exclude(pk=minute.source_id).first()
    pack.exempt = True
    pack.save()
    anchor = f"#minute-{minute.pk}"
    for name, user in _readers(django_user_model, minute.meeting.body).items():
        client = Client()
        if user is not None:
            client.force_login(user)
        for q in ("mass casualty", '"mass casualty"', "mass casualt*", "casualty -glades"):
            page = client.get("/search", {"q": q})
            api = client.get("/api/search", {"q": q, "limit": 100})
            assert page.status_code == 200 and api.status_code == 200, (name, q)
            sees = name in ("member", "clerk")      # the minute, or its resolution, links to its place
            assert (anchor in page.content.decode()) == sees, (name, q)
            assert any(r["url"].endswith(anchor) for r in api.json()["results"]) == sees, (name, q)
