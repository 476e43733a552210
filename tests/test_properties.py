"""Properties that hold for every input (issue 7): never raises, schema-valid records,
idempotent, and accounted (every non-whitespace character of the decoded input ends up in an
output field or in a repair, in order: :func:`postscrub.audit.check_accounted`).

Two sources of inputs: arbitrary text, biased towards what dumps are made of (``?`` runs,
mojibake, UI strings, ages, emoji, invisible characters), and byte-level mutations of the real
corpus (skipped when ``../shared/corpus/real`` is absent). ``max_examples`` is kept modest so
the suite stays fast; ``benchmarks/fuzz.py`` is the long-running search.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from postscrub import process, process_bytes
from postscrub.audit import check_accounted
from postscrub.decode import NotTextError, decode
from postscrub.repair import repair_text

from .conftest import REAL_CORPUS

# --------------------------------------------------------------------------------------------
# Schema validation: the project's JSON Schema when there is one, else a minimal check.


@functools.lru_cache(maxsize=1)
def _validator():
    try:
        from postscrub.schema import record_schema
    except ImportError:
        return None
    from jsonschema import Draft202012Validator

    schema = record_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _minimal_check(d: dict) -> list[str]:  # used only while postscrub.schema does not exist
    problems = []
    if d.get("schema") != "postscrub/1":
        problems.append("schema is not postscrub/1")
    for key in ("source", "shape", "body"):
        if not isinstance(d.get(key), str):
            problems.append(f"{key} is not a string")
    for rep in d.get("repairs", []):
        if not (isinstance(rep.get("rule"), str) and rep["rule"] and rep["line"] >= 1 and rep["column"] >= 1):
            problems.append(f"bad repair {rep!r}")
    return problems


def schema_problems(records) -> list[str]:
    v = _validator()
    out = []
    for r in records:
        d = r.to_dict()
        if v is None:
            out += _minimal_check(d)
        else:
            out += [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in v.iter_errors(d)]
    return out


# --------------------------------------------------------------------------------------------
# The properties, on one decoded text


def text_fields(rec) -> list[str]:
    out = [rec.title, rec.author.name, rec.author.bio, rec.body, rec.sign_off, rec.cta]
    stack = list(rec.comments)
    while stack:
        c = stack.pop()
        out += [c.author.name, c.author.bio, c.text]
        stack += c.replies
    return [t for t in out if t]


def assert_properties(text: str, records) -> None:
    assert records, "process() returned no record"
    assert [r.index for r in records] == list(range(len(records)))
    assert schema_problems(records) == []
    assert check_accounted(text, records) == []
    for rec in records:
        # idempotent, character level: repairing what came out finds nothing to repair
        for field in text_fields(rec):
            again, repairs = repair_text(field)
            assert repairs == [], f"repairing the output again changes {field!r}: {repairs}"
            assert again == field.rstrip("\n") or again.split() == field.split()
        # idempotent, whole pipeline: cleaning the body again removes nothing
        if rec.body:
            twice = process(rec.body)
            removed = [r for t in twice for r in t.repairs]
            assert removed == [], f"cleaning the body again changes it: {removed[:3]}"
            if len(twice) == 1 and twice[0].shape == "plain":
                assert twice[0].body == rec.body, "cleaning the body again changes its paragraphs"


# --------------------------------------------------------------------------------------------
# Arbitrary text, biased towards the material of dumps

TOKENS = [
    "?", "??", "? ", " ? ", "???", "？", "!", ".", ",", ":", "\n", "\n\n", " ", "\t", "\r\n", "\r",
    "\u00a0", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\x1b[31m", "\x1b]8;;http://x\x07",
    "\x00", "\x7f", "â€™", "Ã©", "ðŸš€", "&amp;", "&#39;", "&lt;b&gt;", "&nbsp;", "#Leadership", "hashtag",
    "hashtag#AI", "@Jane", "https://lnkd.in/x?a=b", "领英推荐", "Recommended by LinkedIn", "10 个月",
    "2w", "3d", "1h •", "• 1st", "…more", "Like", "Comment", "Reply", "Report this post",
    "12 Reactions", "Jane Doe", "CEO | Acme", "Great post!", "Why?", "Quoi ?", "吗？", "👍", "🎙️",
    "👩‍💻", "🇺🇸", "“quoted”", "’", "To your success.", "DM me", "Feed post number 2", "---", "title: x",
    "# Heading", "[Jane](https://www.linkedin.com/in/jane?trk=x)", "- [Report this post](x)", "a",
]

dump_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=40).map("".join),
)


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(dump_text)
@example("")
@example(" \n\t\n")
@example("Why? ?? Great!\nJane Doe\nCEO | Acme\n2w Great post 👍\n")
@example("The Title\nJane Doe\nCEO | Acme\nBody one.\n\n领英推荐\nTeaser\nBob\n3 months ago\nBody two?\n")
def test_arbitrary_text(text):
    assert_properties(text, process(text))


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_arbitrary_bytes_decode_or_refuse(data):
    try:
        text, _ = decode(data)
    except NotTextError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert_properties(text, process_bytes(data))


# --------------------------------------------------------------------------------------------
# Mutations of the real corpus


def _real_dumps() -> list[bytes]:
    if not REAL_CORPUS.is_dir():
        return []
    return [_head(p.read_bytes()) for p in sorted(REAL_CORPUS.iterdir()) if p.suffix in (".txt", ".md", ".csv")]


def _head(data: bytes, size: int = 20000) -> bytes:
    """The first lines of a dump, at most ``size`` bytes (whole lines: keeps UTF-8 intact)."""
    if len(data) <= size:
        return data
    cut = data.rfind(b"\n", 0, size)
    return data[: cut if cut > 0 else size]


@functools.lru_cache(maxsize=1)
def _real_baseline() -> tuple[list[bytes], frozenset[int]]:
    """The real dumps (first 20 kB of each), and which of them are accounted as they are."""
    dumps = _real_dumps()
    ok = set()
    for k, data in enumerate(dumps):
        try:
            text, _ = decode(data)
        except NotTextError:
            continue
        if not check_accounted(text, process(text)):
            ok.add(k)
    return dumps, frozenset(ok)


@st.composite
def mutated_dump(draw):
    dumps, _ = _real_baseline()
    k = draw(st.integers(0, len(dumps) - 1))
    b = bytearray(dumps[k])
    flattened = False
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(b)))
        op = draw(st.sampled_from(["insert", "delete", "flip", "newlines"]))
        if op == "insert":
            b[pos:pos] = draw(st.sampled_from(TOKENS)).encode("utf-8") * draw(st.sampled_from([1, 1, 2, 30]))
        elif op == "delete":
            del b[pos : pos + draw(st.integers(1, 200))]
        elif op == "flip" and b:
            i = min(pos, len(b) - 1)
            b[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "newlines":
            b = bytearray(bytes(b).replace(b"\n", b" "))  # a flattened page
            flattened = True
    return k, bytes(b), flattened


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                  HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_real_corpus(real_corpus, data):
    dumps, accounted = _real_baseline()
    assume(dumps)
    k, mutated, _flattened = data.draw(mutated_dump())
    try:
        text, _ = decode(mutated)
    except NotTextError:
        return
    records = process_bytes(mutated, source="mutant")
    assert records and schema_problems(records) == []
    for rec in records:
        for field in text_fields(rec):
            assert repair_text(field)[1] == [], f"repairing the output again changes {field!r}"
    if k in accounted:
        # a dump that is accounted as it is stays accounted under mutation, flattening included
        problems = check_accounted(text, records)
        assert problems == [], problems[:3]


# --------------------------------------------------------------------------------------------
# The checker itself must be able to fail


def test_checker_catches_a_silent_loss():
    text = "Hello brave world"
    (rec,) = process(text)
    rec.body = "Hello world"
    assert any("lost without a record" in p and "brave" in p for p in check_accounted(text, [rec]))


def test_checker_catches_invented_text():
    (rec,) = process("Hello world")
    rec.body = "Hello there world"
    assert any("body holds" in p for p in check_accounted("Hello world", [rec]))


def test_checker_catches_a_misplaced_repair():
    text = "a ?? b\nc d"
    (rec,) = process(text)
    assert check_accounted(text, [rec]) == []
    assert rec.repairs, "the lost-character '??' should have been repaired"
    rec.repairs[0].line = 2
    assert any("repair lost_character at 2:" in p for p in check_accounted(text, [rec]))


def test_checker_catches_reordering_within_a_field():
    (rec,) = process("alpha beta gamma")
    rec.body = "alpha gamma beta"
    assert check_accounted("alpha beta gamma", [rec]) != []


def test_checker_accepts_recorded_removals_and_replacements():
    text = "Itâ€™s here &amp; there ??\n领英推荐\nMore text."
    records = process(text)
    assert {r.rule for r in records[0].repairs} >= {"mojibake", "html_entity"}
    assert check_accounted(text, records) == []


def test_every_real_dump_is_accounted(real_corpus):
    """Every real dump (its first 20 kB): each repair replays at its recorded line and column,
    and no character vanishes without a record (``python -m postscrub.audit`` prints the
    details for a whole file)."""
    dumps, _ = _real_baseline()
    bad = {}
    for k, data in enumerate(dumps):
        try:
            text, _ = decode(data)
        except NotTextError:
            continue
        problems = check_accounted(text, process(text))
        if problems:
            bad[k] = problems[:2]
    assert bad == {}


# --------------------------------------------------------------------------------------------
# Regressions found by the property search and the fuzzer


def test_invisible_character_hiding_a_lost_question_mark_is_repaired_in_one_pass():
    # found by test_arbitrary_text: the ZWSP kept the detector from seeing a line-initial `?`;
    # once the ZWSP was removed, a second cleaning removed the `?`
    for text in ("\u200b?", "Great post \u2066?? \u2069thanks"):
        out, repairs = repair_text(text)
        assert repair_text(out) == (out, []), text
        assert check_accounted(text, process(text)) == []


def test_nbsp_hiding_mojibake_is_repaired_in_one_pass():
    # found by the property search: ftfy left `Ã©` after an NBSP; after NBSP -> space a
    # second cleaning fixed it
    text = "x &amp;\u00a0Ã©"
    out, _ = repair_text(text)
    assert repair_text(out) == (out, [])


@pytest.mark.parametrize("text", [
    "1h •\u2066\r⓶\u202e&nbsp;Ã©",  # an Arabic-style age whose number is a circled digit
    "Jane Doe\n2w\nReport this post\nA body line here, long enough to be a body.\n"
    "1,2.5k reactions\n5 Comments\nLike\nComment\nShare\n",  # a count float() refuses
])
def test_crashers_found_by_fuzzing(text):
    records = process(text)
    assert schema_problems(records) == []


def test_paragraphs_of_a_blank_separated_body_survive_a_second_cleaning():
    # found by benchmarks/fuzz.py --check: one-line-a-paragraph text came out blank-separated,
    # and the second cleaning glued the paragraphs back into one (and so on, alternating)
    body = process('{\n  "engagement": 899,\n  "row": 7\n}')[0].body
    assert body == '{\n\n"engagement": 899,\n\n"row": 7\n\n}'
    assert process(body)[0].body == body


# --------------------------------------------------------------------------------------------
# An export's text field, cleaned again as a body standing alone

_SENTENCES = [
    "We moved the bakery to the old station this spring.", "The first loaves sold out before nine.",
    "Thanks to everyone who came by on Saturday!", "Our ovens are lit again, and the queue is long.",
    "What would you bake first?", "- rye with caraway", "- spelt with honey", "👉 Orders open on Monday.",
    "#baking #smallbusiness", "Mirela", "Best wishes,", "https://example.org/bread",
]


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_SENTENCES),
                          st.sampled_from(["\n", "\n\n", "\n \n", "\n\n \n\n", " \n", "\n\n\n"])),
                min_size=1, max_size=8))
def test_an_export_body_cleaned_again_is_the_same(parts):
    # found by benchmarks/fuzz.py --check: a JSON export's text of lines with no blank line
    # between them, and a scraper's line of spaces between paragraphs, gave bodies that came
    # out different when cleaned again (each line a paragraph; the blank run collapsed)
    import json

    text = "".join(s + sep for s, sep in parts).strip()
    dump = json.dumps([{"author": "Mirela Voss", "text": text}])
    for rec in process(dump):
        assert rec.shape == "json_export"
        assert check_accounted(dump, [rec]) == []
        if rec.body:
            assert "\n\n".join(r.body for r in process(rec.body)) == rec.body


# --------------------------------------------------------------------------------------------
# Lone surrogates (half of a UTF-16 pair, the other half lost): a lost character, wherever it
# comes from (the decoded text itself, or a string escape a reader decodes)


def _has_surrogate(s: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in s)


_HALVES = ["\ud83d", "\ude4c", "\udbff", "\ud83d\ud83d"]


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_SENTENCES[:8]), st.sampled_from(["", " ", "\n"]),
                          st.sampled_from(_HALVES), st.sampled_from(["", " ", "\n"])),
                min_size=1, max_size=4),
       st.sampled_from(["plain", "json", "python", "feed"]))
def test_a_lone_surrogate_is_a_lost_character_wherever_it_stands(parts, wrap):
    import json

    text = "".join("".join(p) for p in parts)
    if wrap == "plain":
        dump = text
    elif wrap == "json":  # (the halves as \\uXXXX escapes, as json.dumps writes them)
        dump = json.dumps([{"author": "Mirela Voss", "text": text}])
    elif wrap == "python":
        dump = repr([{"author": "Mirela Voss", "text": text}])
    else:
        dump = ("<?xml version='1.0'?><rss><channel><item><title>Bakery news</title>"
                f"<description>{text}</description></item></channel></rss>")
    records = process(dump)
    for rec in records:
        for field in text_fields(rec):
            assert not _has_surrogate(field), (wrap, field)
    assert check_accounted(dump, records) == []
    repairs = [r for rec in records for r in rec.repairs]
    assert any(r.rule == "lost_character" for r in repairs)
    assert not any(_has_surrogate(r.replacement) for r in repairs)


def test_a_lone_surrogate_is_removed_once_and_a_whole_pair_joined():
    from postscrub.config import Config

    out, repairs = repair_text("Great talk \ud83d today")
    assert out == "Great talk today"
    assert [(r.rule, r.text, r.replacement) for r in repairs] == [("lost_character", " \ud83d", "")]
    out, repairs = repair_text("Great talk \ud83d today", Config(lost="mark"))
    assert out == "Great talk \ufffd today"
    assert [(r.rule, r.replacement) for r in repairs] == [("lost_character", "\ufffd")]
    assert repair_text(out, Config(lost="mark")) == (out, [])
    out, repairs = repair_text("Great talk \ud83d\ude4c today")  # (a pair standing whole)
    assert out == "Great talk 🙌 today"
    # a JSON escape of one half, and a pair of escapes
    dump = '[{"author": "Mirela Voss", "text": "Great talk \\ud83d today \\ud83d\\ude4c"}]'
    rec = process(dump)[0]
    assert rec.body == "Great talk  today 🙌"
    assert [(r.rule, r.text) for r in rec.repairs if r.rule in ("lost_character", "json.escape")] == [
        ("lost_character", "\\ud83d"), ("json.escape", "\\ud83d\\ude4c")]
    # a Python literal's escapes, decoded one by one: the pair joined, the half alone lost
    dump = repr([{"author": "Mirela Voss", "text": "Great \ud83d talk \ud83d\ude4c"}])
    assert "\\ud83d\\ude4c" in dump  # (repr escapes each half)
    rec = process(dump)[0]
    assert rec.body == "Great  talk 🙌"
    assert check_accounted(dump, [rec]) == []


# --------------------------------------------------------------------------------------------
# A feed copy flattened in part: its first newlines collapsed, the rest one node per line


_FEED_POST = ("Feed post number 4\nOrla Quinn\nOrla Quinn\n• 2nd\nCeramicist at Kilnworks\n"
              "Ceramicist at Kilnworks\n1,380 followers\n2d •\n2 days ago • Visible to anyone on or off LinkedIn\n"
              "Our spring firing is done: forty bowls, six of them cracked, the rest glazed in ash green.\n"
              "Studio open on Saturday from ten.\n#ceramics\n…more\n27\n3 comments\nLike\nComment\nRepost\nSend\n")


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=1, max_value=_FEED_POST.count("\n")))
def test_a_feed_post_flattened_in_part_is_cleaned_once(k):
    # found by benchmarks/fuzz.py --check: with its header run into the text on one line and its
    # buttons on lines of their own, the page was read as one node per line and the header left
    # in the body; cleaning the body again (no buttons left) split it off
    text = _FEED_POST.replace("\n", " ", k)
    assert_properties(text, process(text))


# --------------------------------------------------------------------------------------------
# UTF-8 with a few bytes spliced in (a flipped byte, a cut character, a splice of garbage)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(_FEED_POST)),
       st.lists(st.integers(min_value=0x80, max_value=0xFF), min_size=1, max_size=6).map(bytes))
def test_utf8_with_bytes_spliced_in_is_read_as_utf8_and_cleaned_once(at, splice):
    # found by benchmarks/fuzz.py --check: read as a legacy code page (cp1252, or a Mac or DOS
    # one by charset-normalizer), the dump's bullets became mojibake, the header stayed in the
    # body, and cleaning the body again read it differently
    data = _FEED_POST[:at].encode("utf-8") + splice + _FEED_POST[at:].encode("utf-8")
    assume(b"\xef\xbf\xbd" not in data)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return  # (the bytes happened to make a valid character)
    text, name = decode(data)
    # (a splice whose every run reads in cp1252 as a letter of a word is taken for a file joined
    # from UTF-8 and cp1252 parts: decode's mixed_cp1252; either way never a legacy code page)
    assert name in ("utf-8", "utf-8+cp1252")
    assert_properties(text, process_bytes(data))


# --------------------------------------------------------------------------------------------
# A feed card with lines of its header lost (the age, the visibility line, the badge, a copy)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.sets(st.integers(min_value=3, max_value=8), min_size=1))
def test_a_feed_card_missing_header_lines_is_cleaned_once(lost):
    # found by benchmarks/fuzz.py --check: a card whose age line was cut or garbled kept its
    # doubled name and headline in the body; cleaning the body again read them as a byline
    lines = _FEED_POST.split("\n")
    text = "\n".join(ln for k, ln in enumerate(lines) if k not in lost)
    records = process(text)
    assert_properties(text, records)
    for rec in records:  # (the header read out of the body again moves text, removes nothing)
        assert "\n\n".join(x.body for x in process(rec.body)) == rec.body
