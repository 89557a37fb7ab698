"""`minutebook user add` makes clerks and members, linked to their person."""
from click.testing import CliRunner

from minutebook.cli import main


def test_user_add_member_linked_to_person(world, monkeypatch):
    from minutebook.store import visibility as vis

    monkeypatch.setattr("minutebook.cli.web._django", lambda: None)
    result = CliRunner().invoke(main, ["user", "add", "bobd", "--role", "member", "--person", "Bob Deputy"])
    assert result.exit_code == 0, result.output
    assert "password: " in result.output
    world.bob.refresh_from_db()
    assert world.bob.user.username == "bobd"
    assert not vis.is_clerk(world.bob.user)


def test_user_add_clerk_with_password_from_env(world, monkeypatch, django_user_model):
    from minutebook.store import visibility as vis

    monkeypatch.setattr("minutebook.cli.web._django", lambda: None)
    monkeypatch.setenv("NEW_PW", "a-long-secret-pw")
    result = CliRunner().invoke(main, ["user", "add", "clerk2", "--role", "clerk", "--password-env", "NEW_PW"])
    assert result.exit_code == 0 and "password:" not in result.output
    user = django_user_model.objects.get(username="clerk2")
    assert vis.is_clerk(user) and user.check_password("a-long-secret-pw")


def test_unknown_person_is_a_one_line_error(world, monkeypatch):
    monkeypatch.setattr("minutebook.cli.web._django", lambda: None)
    result = CliRunner().invoke(main, ["user", "add", "x", "--role", "member", "--person", "No Such Person"])
    assert result.exit_code == 2 and "no person called" in result.output
