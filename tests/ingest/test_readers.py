import json

import pytest

from diplograph.errors import InputError
from diplograph.ingest import read_inputs
from diplograph.ingest.decode import decode_text, looks_binary
from diplograph.model import Article


def read_all(paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_text_file_takes_its_date_from_the_name(tmp_path):
    path = tmp_path / "talks-2024-02-01.txt"
    path.write_text("Leaders met in Paris.", encoding="utf-8")
    [article] = read_all([path])
    assert isinstance(article, Article)
    assert article.id == "talks-2024-02-01"
    assert article.published == "2024-02-01"


def test_published_option_wins_over_the_name(tmp_path):
    path = tmp_path / "talks-2024-02-01.txt"
    path.write_text("Leaders met in Paris.", encoding="utf-8")
    [article] = read_all([path], published="2024-03-05")
    assert article.published == "2024-03-05"


def test_json_record_keeps_its_fields(tmp_path):
    path = tmp_path / "a.json"
    record = {"id": "x1", "text": "Body.", "title": "T", "published": "2020-01-02T10:00:00Z",
              "url": "http://example.org", "outlet": "Wire", "extra": 1}
    path.write_text(json.dumps(record), encoding="utf-8")
    [article] = read_all([path])
    assert (article.id, article.title, article.published, article.outlet) == (
        "x1", "T", "2020-01-02", "Wire")


def test_jsonl_broken_line_is_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text('{"text": "One."}\n{broken\n\n{"id": "three", "text": "Three."}\n'
                    '{"title": "no text"}\n', encoding="utf-8")
    items = read_all([path])
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article", "InputError"]
    assert items[0].id == "many:1"
    assert "many.jsonl:2" in str(items[1]) and "not valid JSON" in str(items[1])
    assert "many.jsonl:5" in str(items[3]) and "no \"text\"" in str(items[3])


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"   \n\t", "empty"),
    (b"\x00\x01\x02binary\x00data", "binary"),
    (b"caf\xe9 au lait in Paris", "not valid UTF-8"),
])
def test_bad_text_files_fail_with_the_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [error] = read_all([path])
    assert isinstance(error, InputError)
    assert str(path) in str(error) and reason in str(error)
    assert "\n" not in str(error)


def test_missing_file_and_folder_are_errors(tmp_path):
    items = read_all([tmp_path / "nope.txt", tmp_path])
    assert all(isinstance(i, InputError) for i in items)
    assert "no such file" in str(items[0]) and "folder holds no article files" in str(items[1])


def test_bad_publication_date_in_record_is_a_warning(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": "Body.", "published": "yesterday"}), encoding="utf-8")
    [article] = read_all([path])
    assert article.published is None
    assert "not YYYY-MM-DD" in article.warnings[0] and "read without it" in article.warnings[0]


def test_decode_strips_bom_and_detects_binary():
    assert decode_text("\ufeffHello".encode(), "x") == "Hello"
    assert looks_binary(bytes(range(0, 32)) * 10)
    assert not looks_binary(b"Plain text\nwith lines\t and tabs")


def test_text_longer_than_the_parser_takes_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Talks went on. " * 70_000, encoding="utf-8")
    [error] = read_all([path])
    assert isinstance(error, InputError) and "too long" in str(error)
