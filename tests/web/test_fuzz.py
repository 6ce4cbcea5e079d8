"""An API fuzz run: schemathesis generates requests from the app's own OpenAPI document, valid
and not, and every answer must be something other than a server error. Bounded in time by the
number of examples per route."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from diplograph.web.app import create_app

schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture(scope="module")
def api_schema(corpus_store):
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(str(corpus_store)))


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_makes_a_server_error(case):
    case.call_and_validate(checks=[not_a_server_error])
