"""The JSON text of a record (``document.to_json``, written without building dicts) is the text
``json.dumps(record.to_dict())`` gives, character for character: compact for ``-f jsonl``,
indented for ``-f json``, nested one level for a batch's array."""

from __future__ import annotations

import enum
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postscrub import process_bytes
from postscrub.document import Author, Comment, Record, Repair, to_json
from postscrub.render import render_json, render_json_items, render_jsonl

from .conftest import REAL_CORPUS, ROOT


def _dumps(record, indent=None, level=0):
    if indent is None:
        return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=indent).replace("\n", "\n" + " " * indent * level)


def _same(record):
    assert to_json(record) == _dumps(record)
    for indent, level in ((2, 0), (2, 1), (2, 2), (4, 0), (0, 0)):
        assert to_json(record, indent, level) == _dumps(record, indent, level)


def _corpus_records():
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").rglob("*.txt"))
    if REAL_CORPUS.is_dir():
        paths += sorted(REAL_CORPUS.glob("*.txt"))
    for p in paths:
        yield from process_bytes(p.read_bytes(), source=str(p))


def test_every_corpus_record_is_written_as_json_dumps_writes_it():
    n = 0
    for record in _corpus_records():
        _same(record)
        n += 1
    assert n > 100


def test_renderers_match_json_dumps_of_the_dicts():
    records = list(_corpus_records())[:60]
    for group in ([records[0]], records[:5], []):
        dicts = [r.to_dict() for r in group]
        payload = dicts[0] if len(dicts) == 1 else dicts
        assert render_json(group) == json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
        assert render_jsonl(group) == "".join(
            json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n" for d in dicts)
        assert render_json_items(group) == ",\n".join(
            "  " + json.dumps(d, ensure_ascii=False, indent=2).replace("\n", "\n  ") for d in dicts)


text = st.text(st.characters(blacklist_categories=()), max_size=12)  # (surrogates and controls too)
maybe_text = st.none() | text
maybe_int = st.none() | st.integers(-10**20, 10**20)
authors = st.builds(Author, maybe_text, maybe_text)
comments = st.recursive(
    st.builds(Comment, authors, maybe_text, maybe_text, text, maybe_int, st.just([])),
    lambda inner: st.builds(Comment, authors, maybe_text, maybe_text, text, maybe_int, st.lists(inner, max_size=2)),
    max_leaves=5,
)
repairs = st.builds(Repair, st.integers(0, 10**6), st.integers(0, 10**6), text, text, text)
records = st.builds(
    Record, text, st.integers(0, 99), text, maybe_text, maybe_text, authors, maybe_text, maybe_text, text,
    maybe_text, maybe_text, st.lists(text, max_size=3), st.lists(text, max_size=3), st.lists(text, max_size=3),
    maybe_int, st.lists(comments, max_size=3), st.lists(repairs, max_size=4), st.lists(text, max_size=3),
)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(records)
def test_any_record_is_written_as_json_dumps_writes_it(record):
    _same(record)


class _Level(enum.IntEnum):
    HIGH = 5


class _Sub(Record):
    __slots__ = ()

    def to_dict(self):
        return {"sub": True}


@pytest.mark.parametrize("record", [
    Record(reactions=True), Record(reactions=_Level.HIGH), Record(index=2.5), Record(title=3),
    Record(hashtags=("a", "b")), Record(comments=(Comment(),)), Record(author=Author(name=1)),
    Record(repairs=[Repair(True, 2, "r", "t")]), Record(repairs=[Repair(1, 2.0, "r", "t")]),
    Record(repairs=[Repair(1, 2, "r", "t", None)]), Record(comments=[Comment(reactions=False)]),
    _Sub(),
], ids=lambda r: repr(r)[:40])
def test_values_of_other_types_are_written_as_json_dumps_writes_them(record):
    _same(record)


def test_explain_lists_the_rules_in_one_column_whatever_the_positions():
    # `--explain` on stderr printed "4:61  mojibake" over "5:1  ui.recommended_by_linkedin": the
    # rule moved with the width of the position, so the list could not be read down a column
    from postscrub.render import render_explain

    rec = Record(source="d.txt", repairs=[Repair(4, 61, "mojibake", "â€™", "’"), Repair(5, 1, "ui.counter", "3", ""),
                                          Repair(120, 7, "lost_character", "??", "")])
    lines = render_explain([rec]).splitlines()
    assert lines[0] == "d.txt: 3 repair(s)"
    assert lines[1:] == [
        "  4:61   mojibake                     'â€™' -> '’'",
        "  5:1    ui.counter                   '3' removed",
        "  120:7  lost_character               '??' removed",
    ]
