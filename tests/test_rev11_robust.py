"""Hostile inputs to the flat-config and record-display readers (review of session 11): none
crashes, and a long rule-like line is read in linear time."""

import time

import pytest

from postscrub import process
from postscrub.literals import _RD_RULE, parse_flat_config, parse_records

PROPS = ("post.text=Hello world\npost.author=Ana Lee\npost.age=3d\n"
         "post.comment.1.text=nice\npost.comment.1.author=Bo\n")
INI = "[post:1]\ntext = Hello world\nauthor = Ana Lee\nage = 3d\n[post:1:comment:1]\ntext = nice\nauthor = Bo\n"
PSQL = ("-[ RECORD 1 ]+------\nid     | 1\ntext   | Hello world\nauthor | Ana Lee\nage    | 3d\n"
        "-[ RECORD 2 ]+------\nid     | 2\ntext   | second\nauthor | Bo\nage    | 2d\n")


@pytest.mark.parametrize("extra", [
    "post.x=\\uZZZZ\n",          # a broken \u escape in a value
    "post.z=abc\\u12",           # a \u escape cut by a truncation
    "post.\\uZZ=1\n",            # a broken \u escape in a key
    "post.\\ud83d\\ude00=1\n",   # a surrogate pair in a key
])
def test_a_properties_file_with_a_broken_or_paired_unicode_escape_is_read(extra):
    tree = parse_flat_config(PROPS + extra)
    assert tree is not None and tree.items["post"].items["text"].value == "Hello world"
    assert process(PROPS + extra)


def test_a_broken_unicode_escape_stays_as_written_and_a_pair_is_one_character():
    tree = parse_flat_config(PROPS + "post.x=a\\uZZ b\npost.\\ud83d\\ude00=1\n")
    post = tree.items["post"]
    assert post.items["x"].value == "a\\uZZ b"
    assert "\U0001F600" in post.items


@pytest.mark.parametrize("text", [
    PROPS + "post.y=\u00b2\n",                  # a digit that is no decimal digit
    PROPS + "post.comment.\u00b2.text=x\n",     # ... as a key's step
    INI + "[post:\u00b2]\ntext = x\n",
])
def test_a_superscript_digit_in_a_config_is_text_not_a_number(text):
    tree = parse_flat_config(text)
    assert tree is not None
    assert process(text)


def test_arabic_indic_digits_still_number_a_configs_items():
    tree = parse_flat_config(PROPS.replace("comment.1", "comment.\u0661"))
    assert isinstance(tree.items["post"].items["comment"], list)


def test_a_superscript_digit_in_a_record_display_is_text():
    tables, _ = parse_records(PSQL.replace("| 1\n", "| \u00b2\n"))
    assert tables.items["rows"][0].items["id"].value == "\u00b2"
    assert tables.items["rows"][1].items["id"] == 2


def test_a_long_run_of_dashes_is_no_slow_record_rule():
    line = "-" * 200_000
    t0 = time.perf_counter()
    assert _RD_RULE.match(line) is None
    assert time.perf_counter() - t0 < 2.0  # (quadratic before: 17 s for 100,000 dashes)
    assert _RD_RULE.match("-[ RECORD 12 ]" + "-" * 5000)
    assert _RD_RULE.match("*************************** 1. row ***************************")
