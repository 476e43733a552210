"""What the seed article must give (issue: the end-to-end pipe). These assertions state the
behaviour in words, independently of the golden file."""

from __future__ import annotations

import re

import pytest

from postscrub import process_bytes

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def seed():
    (rec,) = process_bytes((SAMPLES / "seed-article.txt").read_bytes(), source="seed")
    return rec


def test_title_author_bio(seed):
    assert seed.title == "The Power of Servant Leadership"
    assert seed.author.name == "Darren Mitchell"
    assert seed.author.bio.startswith("I help Sales Leaders & their teams become Exceptional")
    assert seed.author.bio.endswith("Host of The Exceptional Sales Leader Podcast")
    assert "?" not in seed.author.bio


def test_body_is_the_five_story_paragraphs(seed):
    paras = seed.body.split("\n\n")
    assert len(paras) == 5
    assert paras[0].startswith("Over the last 25 years")
    assert paras[-1].endswith("Your future self will be so grateful you did!")
    assert "领英推荐" not in seed.body
    assert "? ?" not in seed.body


def test_sign_off_and_cta(seed):
    assert seed.sign_off == "To your sales leadership success."
    assert seed.cta.startswith("ARE YOU COMMITTED TO BECOMING AN EXCEPTIONAL SALES LEADER?")
    assert seed.cta.endswith("I'll get you all the details.")
    assert len(seed.cta.split("\n\n")) == 4


def test_comments(seed):
    assert len(seed.comments) == 5
    with_bio = [c for c in seed.comments if c.author.bio]
    assert len(with_bio) == 3
    assert all(c.age == "10 个月" and c.age_iso == "P10M" for c in with_bio)
    bare = [c for c in seed.comments if not c.author.bio]
    assert all(c.age is None for c in bare)
    assert seed.comments[0].text.startswith("The more I follow you")
    assert seed.comments[4].text.startswith("5 years ago in a presentation")


def test_real_question_marks_kept_and_artifacts_gone(seed):
    everything = "\n".join(
        [seed.title, seed.author.bio, seed.body, seed.cta, seed.sign_off]
        + [c.text for c in seed.comments]
        + [c.author.bio or "" for c in seed.comments]
    )
    assert everything.count("?") == 5
    assert not re.search(r"\?\?|\s\?|\.\?|\?\w", everything)


def test_two_lost_list_warnings(seed):
    assert len(seed.warnings) == 2
    assert all(w.startswith("lost_list:") for w in seed.warnings)


def test_every_removal_recorded(seed):
    rules = {r.rule for r in seed.repairs}
    assert {"lost_character", "ui.recommended_by_linkedin"} <= rules
    header = [r for r in seed.repairs if r.rule == "ui.recommended_by_linkedin"]
    assert header[0].text == "领英推荐" and header[0].line == 8 and header[0].column == 1
