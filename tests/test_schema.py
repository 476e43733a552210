"""The JSON Schema of the record (``postscrub schema``) is valid, says exactly what
``Record.to_dict()`` produces, and every output we can make validates against it."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from postscrub import process_bytes
from postscrub.cli import main
from postscrub.document import Author, Comment, Record, Repair
from postscrub.schema import record_schema, schema_json

from .conftest import ROOT, SAMPLES

SYNTHETIC = sorted((ROOT / "tests" / "corpus" / "synthetic").glob("*.txt"))


@pytest.fixture(scope="module")
def validator():
    schema = record_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def full_record() -> Record:
    reply = Comment(Author("B", "b"), "1d", "P1D", "reply", 0, [])
    return Record(source="x", index=1, shape="article", encoding="utf-8", title="T", author=Author("A", "bio"),
                  age="2w", age_iso="P2W", body="body", cta="cta", sign_off="bye", hashtags=["#h"],
                  mentions=["m"], links=["https://x"], reactions=5,
                  comments=[Comment(Author("C", None), "5h", "PT5H", "text", 2, [reply])],
                  repairs=[Repair(1, 1, "mojibake", "Ã©", "é")], warnings=["lost_list: x"])


def test_schema_names_exactly_the_fields_of_the_record():
    schema = record_schema()
    d = full_record().to_dict()
    defs = schema["$defs"]
    pairs = [(schema, d), (defs["author"], d["author"]), (defs["comment"], d["comments"][0]),
             (defs["comment"], d["comments"][0]["replies"][0]), (defs["repair"], d["repairs"][0])]
    for part, data in pairs:
        assert set(part["properties"]) == set(data), part.get("description")
        assert set(part["required"]) == set(data)


def test_a_full_record_validates_and_broken_ones_do_not(validator):
    d = full_record().to_dict()
    validator.validate(d)
    bad = [
        {k: v for k, v in d.items() if k != "body"},
        {**d, "schema": "postscrub/2"},
        {**d, "age_iso": "10 months"},
        {**d, "reactions": -1},
        {**d, "repairs": [{**d["repairs"][0], "line": 0}]},
        {**d, "comments": [{**d["comments"][0], "replies": [{"text": "no author"}]}]},
        {**d, "hashtags": [1]},
    ]
    for b in bad:
        assert not validator.is_valid(b), b


def test_fields_added_later_keep_validating(validator):
    validator.validate({**full_record().to_dict(), "language": "en"})


def _outputs(paths):
    for p in paths:
        try:
            records = process_bytes(p.read_bytes(), source=p.name)
        except ValueError:  # not text: no record to validate
            continue
        for r in records:
            yield p.name, json.loads(json.dumps(r.to_dict(), ensure_ascii=False))


def _check(validator, paths):
    n = 0
    for name, d in _outputs(paths):
        errors = sorted(validator.iter_errors(d), key=lambda e: list(e.path))
        assert not errors, f"{name}: {errors[0].message} at {list(errors[0].path)}"
        n += 1
    return n


def test_every_sample_and_synthetic_dump_validates(validator):
    samples = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md"))
    assert _check(validator, samples + SYNTHETIC) >= len(samples) + len(SYNTHETIC)


def test_every_expected_sample_output_validates(validator):
    for p in sorted(SAMPLES.glob("*.expected.json")):
        data = json.loads(p.read_text(encoding="utf-8"))
        for d in data if isinstance(data, list) else [data]:
            validator.validate(d)


def test_real_corpus_outputs_validate(validator, real_corpus):
    assert _check(validator, sorted(p for p in real_corpus.iterdir() if p.is_file() and p.name != "SOURCES.md"))


def test_postscrub_schema_prints_it(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["schema"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out == schema_json() and json.loads(out) == record_schema()


def test_postscrub_schema_takes_no_argument_and_a_file_named_schema_is_readable(tmp_path, capsys, monkeypatch):
    with pytest.raises(SystemExit) as exc:
        main(["schema", "extra"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "./schema" in err
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schema").write_text("just some text\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["./schema", "-f", "text"])
    assert exc.value.code == 0 and capsys.readouterr().out == "just some text\n"
