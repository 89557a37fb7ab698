"""A bounded schemathesis run (every check, as `--checks all`) against /api/openapi.json, anonymous and with
a clerk's token: no server error and no response that breaks the schema. Runs on SQLite and PostgreSQL."""
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

MAX_EXAMPLES = 25     # per operation: both callers, about 25 operations, stay well under two minutes
BOUNDED = settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
                   phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))


def api_schema():
    from django.core.wsgi import get_wsgi_application
    from schemathesis.config import SchemathesisConfig
    from schemathesis.config._checks import POSITIVE_DATA_ACCEPTANCE_EXPECTED_STATUSES, PositiveDataAcceptanceConfig

    config = SchemathesisConfig()
    config.projects.override.checks.update(included_check_names=["all"])
    # a request that fits the schema may still break one of the record's rules that OpenAPI cannot say
    # (an attendee needs a person or a name; an owner's slug must exist): those are refused with 422
    config.projects.override.checks.positive_data_acceptance = PositiveDataAcceptanceConfig(
        expected_statuses=POSITIVE_DATA_ACCEPTANCE_EXPECTED_STATUSES + ["422"])
    return schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application(), config=config)


def problems(headers=None) -> list[str]:
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    # as Django's test client does: the test's transaction must outlive each request
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        return _problems(headers)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _problems(headers) -> list[str]:
    found = []
    for result in api_schema().get_all_operations():
        operation = result.ok()

        @BOUNDED
        @given(case=operation.as_strategy())
        def run(case):
            case.call_and_validate(headers=headers)

        try:
            run()
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:       # a check failed: collect them all, then report
            found.append(f"{operation.label}: {str(exc)[:1500]}")
    return found


def test_api_as_the_public(world):
    found = problems()
    assert not found, "\n\n".join(found)


def test_api_as_a_clerk(world):
    from minutebook.web.models import ApiToken

    _, token = ApiToken.issue(world.clerk_user, "schemathesis")
    found = problems({"Authorization": f"Bearer {token}"})
    assert not found, "\n\n".join(found)
