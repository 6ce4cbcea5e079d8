from datetime import date

import pytest

from diplograph.time import resolve_expression

PUB = date(2023, 9, 18)  # a Monday


@pytest.mark.parametrize("text, future, value", [
    ("on Monday", False, "2023-09-18"),
    ("Thursday", False, "2023-09-14"),
    ("Thursday", True, "2023-09-21"),
    ("yesterday", False, "2023-09-17"),
    ("today", False, "2023-09-18"),
    ("two days ago", False, "2023-09-16"),
    ("in March", False, "2023-03"),
    ("in October", True, "2023-10"),
    ("in October", False, "2022-10"),
    ("next month", True, "2023-10"),
    ("earlier this year", False, "2023"),
    ("last year", False, "2022"),
    ("August 10", False, "2023-08-10"),
    ("December 24", False, "2022-12-24"),
    ("September 18, 2021", False, "2021-09-18"),
    ("last week", False, "2023-09-11"),
    ("over the weekend", False, "2023-09-16"),
    ("in the coming week", True, "2023-09-25"),
    ("the coming month", True, "2023-10"),
])
def test_expression_resolves_against_publication(text, future, value):
    assert resolve_expression(text, PUB, future).value == value


def test_unknown_expression_gives_none():
    assert resolve_expression("the other day", PUB, False) is None
