"""`diplograph plot dyad`: the dyad timeline as a PNG or SVG picture."""

from __future__ import annotations

from click.testing import CliRunner

from diplograph.cli import cli


def test_png_and_svg(corpus_store, tmp_path):
    for name in ("dyad.png", "dyad.svg"):
        out = tmp_path / name
        run = CliRunner().invoke(cli, ["plot", "dyad", "Russia", "Ukraine", "--db",
                                       str(corpus_store), "--out", str(out)])
        assert run.exit_code == 0, run.output
    assert (tmp_path / "dyad.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "dyad.svg").read_text(encoding="utf-8")


def test_bad_output_name(corpus_store, tmp_path):
    run = CliRunner().invoke(cli, ["plot", "dyad", "RUS", "UKR", "--db", str(corpus_store),
                                   "--out", str(tmp_path / "dyad.gif")])
    assert run.exit_code == 2 and ".png or .svg" in run.output


def test_serve_listens_on_localhost_by_default(corpus_store, monkeypatch):
    seen = {}
    monkeypatch.setattr("uvicorn.run", lambda app, host, port, log_level: seen.update(
        host=host, port=port))
    run = CliRunner().invoke(cli, ["serve", "--db", str(corpus_store)])
    assert run.exit_code == 0 and seen == {"host": "127.0.0.1", "port": 8000}
