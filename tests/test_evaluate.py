"""Unit tests for the scorer in postscrub.evaluate (no pipeline involved)."""

from __future__ import annotations

import json

import pytest

from postscrub import evaluate as ev

DUMP = """Jane Doe

 3d

 Report this post

 We shipped the new search page today.
It is twice as fast and half the code.

Thanks to everyone who helped!

 …more

 Like

 Comment

 Sam Lee

 2d

 Report this comment

 Congrats on the launch, the speed is obvious.

 Like

 Reply
"""

LABEL = {
    "file": "synthetic:unit.txt",
    "shape": "post_page",
    "records": [
        {
            "title": None,
            "author": {"name": "Jane Doe", "bio": None},
            "age": "3d",
            "body": {"start": "We shipped the new", "end": "everyone who helped!"},
            "hashtags": [],
            "comments": [
                {"author": {"name": "Sam Lee"}, "age": "2d",
                 "text": {"start": "Congrats on the launch,", "end": "speed is obvious."}, "replies": []}
            ],
        }
    ],
}


def good_record() -> dict:
    return {
        "title": None,
        "author": {"name": "Jane Doe", "bio": None},
        "age": "3d",
        "body": "We shipped the new search page today.\nIt is twice as fast and half the code.\n\nThanks to everyone who helped!",
        "cta": None,
        "sign_off": None,
        "hashtags": [],
        "comments": [{"author": {"name": "Sam Lee", "bio": None}, "age": "2d",
                      "text": "Congrats on the launch, the speed is obvious.", "reactions": None, "replies": []}],
    }


# ----------------------------------------------------------------------------- token F1
def test_token_f1_identical_and_disjoint():
    assert ev.token_f1("a b c", "a b c") == 1.0
    assert ev.token_f1("a b c", "x y z") == 0.0
    assert ev.token_f1("", "") == 1.0
    assert ev.token_f1("a", "") == 0.0


def test_token_f1_partial_overlap():
    # expected 4 tokens, got 2 of them plus 2 others: p = r = 0.5
    assert ev.token_f1("one two three four", "one two five six") == pytest.approx(0.5)
    # got a subset: p = 1, r = 0.5 -> 2/3
    assert ev.token_f1("one two three four", "one two") == pytest.approx(2 / 3)


def test_tokens_ignore_punctuation_emoji_case_and_split_cjk():
    assert ev.tokens("Hello, WORLD!! 🚀 ??") == ["hello", "world"]
    assert ev.tokens("周报太重要了") == list("周报太重要了")
    assert ev.tokens("𝐇𝐢𝐫𝐢𝐧𝐠") == ["hiring"]  # math-bold folds under NFKC


# ----------------------------------------------------------------------------- anchors
def test_anchor_resolves_span_with_collapsed_whitespace():
    dn = ev.normalize_dump(DUMP)
    got = ev.resolve_anchor(dn, {"start": "We shipped the new", "end": "everyone who helped!"})
    assert got == "We shipped the new search page today. It is twice as fast and half the code. Thanks to everyone who helped!"


def test_anchor_picks_shortest_span_and_handles_start_equals_end():
    dn = "Title words here. Intro. Title words here. Body body end mark. Footer end mark."
    assert ev.resolve_anchor(dn, {"start": "Title words here.", "end": "end mark."}) == "Title words here. Body body end mark."
    assert ev.resolve_anchor(dn, {"start": "Intro."}) == "Intro."


def test_anchor_exact_missing_and_mojibake():
    assert ev.resolve_anchor("abc", {"exact": "free text"}) == "free text"
    assert ev.resolve_anchor("abc def", {"start": "zzz", "end": "def"}) is None
    # anchors are read through the same ftfy pass as the dump
    dn = ev.normalize_dump("It\u00e2\u20ac\u2122s time to go home now")
    assert ev.resolve_anchor(dn, {"start": "It’s time", "end": "home now"}) == "It’s time to go home now"


def test_clean_expected_excludes_and_unwraps():
    t = ev.clean_expected("Read [AGENTS.md](https://x.y/z?a=b) now 领英推荐 then hashtag#AI ![img](u)", ["领英推荐"])
    assert t == "Read AGENTS.md now then #AI"


# ----------------------------------------------------------------------------- scoring
def test_good_record_scores_everything_right():
    tally, fails = ev.score_label(LABEL, [good_record()], DUMP, "unit")
    # records.count, title, name, bio, age, hashtags, body, comments.count, c.name, c.age, c.text
    assert tally.checks == 11
    assert tally.right == 11, [f.to_dict() for f in fails]
    assert tally.ui_violations == 0


def test_bad_record_fails_the_right_checks():
    bad = good_record()
    bad["author"]["name"] = "Jane Doe 3d"  # name glued to the age
    bad["body"] += "\n…more\nLike\nComment\nSam Lee\n2d\nReport this comment"  # chrome leaked into the body
    bad["comments"] = []
    tally, fails = ev.score_label(LABEL, [bad], DUMP, "unit")
    failed = {(f.where, f.field) for f in fails}
    assert ("record[0]", "author.name") in failed
    assert ("record[0]", "comments.count") in failed
    assert ("record[0].comments[0]", "text") in failed
    assert ("record[0].comments[0]", "author.name") in failed
    assert tally.right < tally.checks
    # the leaked lines are UI-string violations
    assert tally.ui_violations >= 3
    assert {"…more", "Like", "Report this comment"} <= {f.got for f in fails if f.field == "ui_string"}


def test_body_f1_threshold():
    rec = good_record()
    rec["body"] = "We shipped the new search page today."  # about half the tokens
    tally, fails = ev.score_label(LABEL, [rec], DUMP, "unit")
    assert any(f.field == "body" for f in fails)
    assert 0.3 < tally.body_f1[0] < 0.9


def test_absent_keys_are_not_scored_and_record_count_can_be_off():
    label = {"file": "synthetic:x.txt", "count_records": False, "records": [{"age": "3d"}]}
    tally, _ = ev.score_label(label, [good_record(), good_record()], DUMP)
    assert (tally.checks, tally.right) == (1, 1)


def test_missing_record_and_missing_anchor_fail():
    tally, fails = ev.score_label(LABEL, [], DUMP)
    assert tally.right == 0 and tally.checks == 11
    label = json.loads(json.dumps(LABEL))
    label["records"][0]["body"] = {"start": "not in the dump", "end": "helped!"}
    tally, fails = ev.score_label(label, [good_record()], DUMP)
    assert tally.anchors_missing == 1
    assert any(f.field == "body" for f in fails)


def test_ui_violations_line_and_sequence_but_not_prose():
    assert ev.ui_violations("I like this idea and will share it.") == []
    assert "Like" in ev.ui_violations("Great post\nLike\nReply")
    assert ev.ui_violations("Great post Like Reply 1 Reaction 2 Reactions Next Person")  # flattened chrome
    assert ev.ui_violations("Nice\n12 Reactions") == ["12 Reactions"]
    assert ev.ui_violations("欢迎在评论区分享") == []
    assert ev.ui_violations("正文 举报此动态 更多")


def test_table_and_json_render(tmp_path):
    (tmp_path / "syn").mkdir()
    (tmp_path / "syn" / "unit.txt").write_text(DUMP, encoding="utf-8")
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "unit.json").write_text(json.dumps(LABEL), encoding="utf-8")
    rep = ev.evaluate(tmp_path / "labels", corpus=tmp_path / "nope", synthetic=tmp_path / "syn")
    assert rep.overall.files == 1 and rep.overall.checks >= 11
    assert "OVERALL" in ev.format_table(rep)
    assert json.loads(json.dumps(rep.to_dict(failures=True)))["overall"]["files"] == 1


def test_missing_real_dump_is_skipped(tmp_path):
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "r.json").write_text(json.dumps({"file": "gone.txt", "records": []}), encoding="utf-8")
    rep = ev.evaluate(tmp_path / "labels", corpus=tmp_path, synthetic=tmp_path)
    assert rep.skipped == 1 and rep.overall.files == 0
