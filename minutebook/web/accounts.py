"""Users of the web application: a role (clerk or member) and the person in the record they are."""
from __future__ import annotations

import secrets


class AccountError(ValueError):
    """A one-line reason an account could not be made."""


def ensure_user(username: str, role: str, person_name=None, password: str | None = None):
    """Create (or update) a user with a role; link to a person (a Person, or a name). Returns
    (user, the new password or None). A new user without a given password gets a random one."""
    from django.contrib.auth.models import Group, User

    from minutebook.store.models import Person
    from minutebook.store.visibility import CLERK_GROUP

    if role not in ("clerk", "member"):
        raise AccountError(f"unknown role {role!r}: choose clerk or member")
    person = None
    if isinstance(person_name, Person):
        person = person_name
        if person.user_id and person.user.username != username:
            raise AccountError(f"{person.name} is already linked to the user {person.user.username!r}")
    elif person_name:
        matches = Person.objects.filter(name__iexact=person_name.strip(), merged_into__isnull=True)
        if not matches:
            raise AccountError(f"no person called {person_name!r} in the store (see `minutebook people`)")
        person = matches.first()
        if person.user_id and person.user.username != username:
            raise AccountError(f"{person.name} is already linked to the user {person.user.username!r}")
    username = (username or "").strip()
    if not username:
        raise AccountError("enter a username")
    user = User.objects.filter(username=username).first()
    created_password = None
    if user is None:
        created_password = password or secrets.token_urlsafe(12)
        user = User.objects.create_user(username, password=created_password)
    elif password:
        user.set_password(password)
        user.save()
    group, _ = Group.objects.get_or_create(name=CLERK_GROUP)
    if role == "clerk":
        user.groups.add(group)
    else:
        user.groups.remove(group)
    if person is not None:
        Person.objects.filter(user=user).exclude(pk=person.pk).update(user=None)   # one person a user
        person.user = user
        person.save(update_fields=["user"])
    return user, created_password
