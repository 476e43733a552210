"""The segmentation's fast paths give what the plain way gives, over every line of the corpora
(tests/corpus, samples, the shared real corpus when present, and generated dumps)."""

from __future__ import annotations

import sys
from functools import lru_cache

from postscrub import decode, nodes
from postscrub.repair import split_lines

from .conftest import REAL_CORPUS, ROOT, SAMPLES


@lru_cache(maxsize=1)
def corpus_lines() -> tuple[str, ...]:
    """Every distinct line of the corpora, as decoded (no repair)."""
    import tempfile

    files = sorted((ROOT / "tests" / "corpus").rglob("*.txt")) + sorted(SAMPLES.glob("*.txt"))
    if REAL_CORPUS.is_dir():
        files += sorted(REAL_CORPUS.glob("*.txt"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from gen_corpus import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    gen = tempfile.mkdtemp(prefix="postscrub-fast-paths-")
    generate(gen, 120, seed=11)
    from pathlib import Path

    files += sorted(p for p in Path(gen).rglob("*") if p.is_file())
    seen: dict[str, None] = {}
    for f in files:
        text = decode.decode(f.read_bytes())[0]
        for ln in split_lines(text):
            seen.setdefault(ln.text, None)
    return tuple(seen)


def test_anchor_candidates_find_what_the_plain_regex_finds():
    rx = nodes._anchor_regex()
    lines = corpus_lines()
    found = 0
    for t in lines:
        want = [m.span() for m in rx.finditer(t)]
        assert [m.span() for m in nodes.anchors(t)] == want, t
        found += bool(want)
    assert found > 100  # (the corpora do hold anchors)


def test_only_white_space_a_printable_string_holds_is_the_space():
    """What nodes._collapse_spaces relies on, checked over every code point."""
    for cp in range(0x110000):
        c = chr(cp)
        if c.isspace() and c != " ":
            assert not c.isprintable(), hex(cp)


def test_collapse_spaces_is_split_and_join():
    samples = ["a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u3000b", "a\u2028b", "", " ", "ab\u200bc d",
               "é  ü", "x\u1680y", "x\x1cy"]
    for t in [*samples, *corpus_lines()]:
        assert nodes._collapse_spaces(t) == " ".join(t.split()), t


def test_cta_cues_by_word_as_a_walk_over_the_words_finds_them():
    from postscrub import segment as sg

    by_word, _anywhere = sg._cta_cue_index()

    def walk(low: str) -> bool:  # (the plain way: every word of the line, in turn)
        for w in sg._WORD_RUN.finditer(low):
            for c in by_word.get(w.group(), ()):
                if low.startswith(c, w.start()) and sg._cue_at(c, low, w.start()):
                    return True
        return False

    found = 0
    for t in [*corpus_lines(), "dm me", "DM me now", "xdm me", "follow", "for free!", "forfree"]:
        low = t.casefold()
        want = walk(low)
        got = any(sg._cue_as_word(c, len(w), low) for w in by_word.keys() & sg._WORD_RUN.findall(low)
                  for c in by_word[w])
        assert got == want, t
        found += want
    assert found > 20
