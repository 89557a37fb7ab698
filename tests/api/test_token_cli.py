"""`minutebook token create USERNAME` prints a token that authenticates as that user; bad names fail in one line."""
from click.testing import CliRunner

from minutebook.cli import main
from minutebook.web.models import ApiToken


def test_token_create_list_revoke(transactional_db, django_user_model):
    user = django_user_model.objects.create_user("clerk-cli")
    runner = CliRunner()
    made = runner.invoke(main, ["token", "create", "clerk-cli", "--name", "scripts"])
    assert made.exit_code == 0, made.output
    token = made.output.strip()
    assert ApiToken.user_for(token) == user
    listed = runner.invoke(main, ["token", "list"])
    assert "clerk-cli" in listed.output and token not in listed.output
    assert runner.invoke(main, ["token", "revoke", token[:10]]).exit_code == 0
    assert ApiToken.user_for(token) is None
    missing = runner.invoke(main, ["token", "create", "nobody"])
    assert missing.exit_code == 2 and "no user 'nobody'" in missing.output
