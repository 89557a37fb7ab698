"""Sign-in: hashed passwords, CSRF enforced, session cookies HttpOnly and SameSite."""
from django.conf import settings
from django.test import Client
from django.urls import reverse


def test_passwords_are_hashed_with_a_strong_hasher(world):
    import minutebook.web.settings as real
    from django.conf import global_settings

    hashers = getattr(real, "PASSWORD_HASHERS", global_settings.PASSWORD_HASHERS)
    assert "PBKDF2" in hashers[0] or "Argon2" in hashers[0] or "Scrypt" in hashers[0]
    assert "alice-pass-123" not in world.alice_user.password


def test_cookie_settings():
    assert settings.SESSION_COOKIE_HTTPONLY and settings.SESSION_COOKIE_SAMESITE in ("Lax", "Strict")
    assert settings.CSRF_COOKIE_SAMESITE in ("Lax", "Strict")


def test_sign_in_sets_a_safe_cookie(world):
    client = Client()
    r = client.post(reverse("login"), {"username": "alice", "password": "alice-pass-123"})
    assert r.status_code == 302
    cookie = r.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


def test_wrong_password_is_refused(world):
    r = Client().post(reverse("login"), {"username": "alice", "password": "wrong"})
    assert r.status_code == 200 and "Enter a correct username and password" in r.content.decode()


def test_posts_need_the_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.clerk_user)
    r = client.post(reverse("clerk-publish", args=[world.hidden.pk]), {"do": "publish_agenda"})
    assert r.status_code == 403
    world.hidden.refresh_from_db()
    assert not world.hidden.published


def test_sign_out_is_a_post(member_client, world):
    assert member_client.post(reverse("logout")).status_code == 302
    assert member_client.get(reverse("my-actions")).status_code == 302
