"""An API fuzz run: schemathesis generates requests from the app's own OpenAPI document, valid
and not, and every answer must be something other than a server error. Bounded in time by the
number of examples per route."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from diplograph.web.app import create_app

EXAMPLES = 20  # per route and mode (valid and invalid requests)


def test_no_request_makes_a_server_error(corpus_store):
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(str(corpus_store)))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    for operation, mode in ((o, m) for o in operations for m in GenerationMode):

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)
        def no_server_error(case):
            response = case.call()
            assert response.status_code < 500, (case.operation.label, case.path, case.query,
                                                response.status_code, response.text[:200])

        try:
            no_server_error()
        except Unsatisfiable:
            # a route whose every parameter takes any string has no invalid request to make
            assert mode is GenerationMode.NEGATIVE
