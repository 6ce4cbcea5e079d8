"""Codes that depend on the parties: the killing of armed forces in a fight is military force
(CAMEO 19); other killings stay assaults (root 18)."""

from __future__ import annotations

from diplograph import extract


def codes(text: str) -> dict[tuple[str, str], str]:
    return {(e.source.country, e.target.country): e.cameo
            for e in extract(text, "2022-07-25").events}


def test_forces_killing_soldiers_is_fighting_and_killing_civilians_an_assault():
    found = codes("Turkish forces killed five Syrian soldiers near Idlib on Monday. Syrian "
                  "troops killed three Turkish civilians.")
    assert found[("TUR", "SYR")] == "190"
    assert found[("SYR", "TUR")] == "18"


def test_soldiers_killing_journalists_stays_an_assault():
    found = codes("The United States condemned the killing of American journalists by Syrian "
                  "forces.")
    assert found[("SYR", "USA")] == "18"
