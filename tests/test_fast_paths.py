"""The segmentation's fast paths give what the plain way gives, over every line of the corpora
(tests/corpus, samples, the shared real corpus when present, and generated dumps)."""

from __future__ import annotations

import re
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


def _process_corpus_and_generated(tmp_path, n: int, seed: int) -> None:
    """Run the pipeline over every corpus dump and ``n`` generated ones (written to ``tmp_path``),
    for the tests that watch a fast path from inside it."""
    from postscrub import pipeline

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from gen_corpus import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    generate(str(tmp_path), n, seed=seed)
    files = sorted((ROOT / "tests" / "corpus").rglob("*.txt")) + sorted(SAMPLES.glob("*.txt"))
    if REAL_CORPUS.is_dir():
        files += sorted(REAL_CORPUS.glob("*.txt"))
    files += sorted(p for p in tmp_path.rglob("*") if p.is_file())
    for f in files:
        pipeline.process_bytes(f.read_bytes(), source=f.name)


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


# ---- the repair stage's fast paths --------------------------------------------------------------


def _mojibake_of(lines):
    """Each non-ASCII line as a program that read its UTF-8 as cp1252 shows it."""
    out = []
    for t in lines:
        if not t.isascii():
            out.append(t.encode("utf-8").decode("cp1252", "replace"))
    return out


_EDGES = ["", "a", "Р", "С", "Ра", "РЎРµ", "Сé", "aР€", "é", "Ã©", "â€™", "ðŸ‘", "\x85", "\ufb01", "a\u0301",
          "\ufffd", "Français (French)", "naïve", "ĳ", "\u206a", "\x1b[0m", "\ud800"]


def test_the_mojibake_step_line_tests_find_what_their_regexes_find():
    from postscrub import repair

    lines = [*corpus_lines(), *_mojibake_of(corpus_lines()), *_EDGES]
    for t in lines:
        assert repair._latin_or_fix(t) == (repair._LATIN_OR_FIX.search(t) is not None), t
        assert repair._needs_ftfy(t) == (repair._NEEDS_FTFY.search(t) is not None), t


def test_the_translate_fixes_are_skipped_only_where_ftfy_has_nothing_to_translate():
    from ftfy.chardata import CONTROL_CHARS, LIGATURES

    from postscrub import repair

    ligatures, controls = repair._translated()
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        assert (ligatures.search(c) is not None) == (cp in LIGATURES), hex(cp)
        assert (controls.search(c) is not None) == (cp in CONTROL_CHARS), hex(cp)


def test_the_lines_given_to_ftfy_and_what_it_makes_of_them_are_the_plain_ones():
    from ftfy.badness import is_bad

    from postscrub import repair
    from postscrub.repair import Line

    if repair._FTFY_CONFIG is None:
        repair._FTFY_CONFIG = repair._ftfy_config()
    texts = [t for t in [*corpus_lines(), *_mojibake_of(corpus_lines()), *_EDGES]
             if not (t.isascii() and t.isprintable()) and repair._latin_or_fix(t)]
    cand = [Line(1, t) for t in texts]
    todo, fixed = repair._to_ftfy(cand, is_bad)
    want = [ln for ln in cand if repair._NEEDS_FTFY.search(ln.text) or is_bad(ln.text)]
    assert [id(ln) for ln in todo] == [id(ln) for ln in want]
    assert fixed == [repair._ftfy_once(ln.text) for ln in want]
    assert sum(f != ln.text for ln, f in zip(todo, fixed)) > 100  # (mojibake was fixed)


def test_fix_encoding_without_its_last_search_and_is_bad_behind_its_class_are_ftfys_own():
    """repair._fix_encoding is ftfy.fix_encoding, repair._is_bad is is_bad: over the corpora,
    their mojibake (once and twice), the edge cases, and random strings of the characters
    ftfy's badness pattern names (its every branch finds a character of the chosen class)."""
    import random

    from ftfy import fix_encoding
    from ftfy.badness import BADNESS_RE, is_bad

    from postscrub import repair

    nodes.new_document()
    nodes.new_document()  # (past a process's first dump, where ftfy's own is used)
    step, needs = repair._encoding_step()
    assert step is not None and needs is not None  # (this ftfy is built as expected)
    lines = [*corpus_lines(), *_mojibake_of(corpus_lines()), *_EDGES]
    lines += _mojibake_of(_mojibake_of(corpus_lines()))
    bad = fixed = skipped = 0
    for t in lines:
        b = is_bad(t)
        assert repair._is_bad(t) == b, t
        assert not b or needs(t), t
        f = fix_encoding(t)
        assert repair._fix_encoding(t) == f, t
        bad += b
        fixed += f != t
        skipped += f != t and not needs(f)
    assert bad > 100 and fixed > 100 and skipped > 100  # (the corpora exercise it)
    alphabet = sorted({chr(c) for c in range(0x80, 0x2600) if BADNESS_RE.search(chr(c) * 3)}
                      | set(re.sub(r"\\.|[\s\[\]()|^-]", "", BADNESS_RE.pattern)) | set("aZ 1.,\n"))
    rng = random.Random(5)
    for _ in range(100_000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        assert not is_bad(t) or needs(t), t


def test_the_language_sample_counted_line_by_line_is_counted_as_a_whole():
    from postscrub import qmark

    # the plain way: the hint words as one regex (French group 1, Spanish group 2) over the
    # sample at once
    hints = re.compile(r"\b(?=[acdelmnpqstuvy])(?:(" + "|".join(qmark._FR_HINTS) + ")|(" + "|".join(qmark._ES_HINTS) + r"))\b")

    def whole(sample: str) -> tuple[int, int, int]:
        lower = sample.lower()
        fr = es = 0
        for m in hints.finditer(lower):
            fr += m.lastindex == 1
            es += m.lastindex != 1
        return len(lower.split()), fr, es

    lines = corpus_lines()
    samples = ["\n".join(lines[i : i + 40])[: qmark._LANG_SAMPLE] for i in range(0, len(lines), 40)]
    samples += ["c'est le\nl'est des\nΣΑΣ ΣΑΣ\nY lo\n", "les\nde\n\nmás, está? también", "Ça va ? C’est Les",
                "ac'est c'estx l'est c’est-à-dire _les les_ 2de de2 la-la y/o EL\tLOS está también más más"]
    for sample in samples:
        qmark._LANG_LINES.clear()
        assert qmark._lang_counts(sample) == whole(sample), sample[:80]


def test_the_french_spacing_search_from_the_mark_finds_the_same_lines():
    import re

    from postscrub import qmark

    plain = re.compile(r"[^\W\d_][\u00a0\u202f ][?!:;»]")
    for t in [*corpus_lines(), "é ?", "a\u00a0!", " ?", "1 ?", "_ ?", "a  ?", "ab ;x", "?", "a ?"]:
        assert (qmark._FRENCH_SPACED.search(t) is None) == (plain.search(t) is None), t


def test_a_digit_of_a_str_pattern_is_a_decimal_character():
    """What learn._age_like's first test relies on (\\d of a str pattern is str.isdecimal)."""
    import re

    digit = re.compile(r"\d")
    for cp in range(0x110000):
        if not 0xD800 <= cp < 0xE000:
            c = chr(cp)
            assert (digit.match(c) is not None) == c.isdecimal(), hex(cp)


def test_the_cta_shapes_that_close_on_a_link_are_searched_only_where_one_is():
    from postscrub import segment as sg

    assert any(needs for _, needs in sg._cta_checks())  # (one shape closes on a link)
    lines = [*corpus_lines(), "Apply here https://x.y", "APPLY by Friday: www.x.org", "xapply https://a",
             "Inscrivez-vous http://a b", "s’inscrire lnkd.in/abc  ", "Apply now", "https://a apply", "Apply: LNKD.İN/x", "Join: WWW.x.y",
             "Register HTTPS://x"]
    found = 0
    for t in lines:
        want = any(p.search(t) for p in sg._cta_patterns())
        assert sg._matches_a_cta_shape(t, t.casefold()) == want, t
        found += want
    assert found > 20


def test_the_cta_tests_a_line_of_ascii_skips_are_those_it_cannot_match():
    """An ASCII line is not searched for the cues or shapes that need a character beyond ASCII:
    _asks_to_act gives what it gives with every cue and shape tried, over the corpora and
    their lines with only their ASCII characters kept; and the test of a pattern's need for
    one holds on patterns built to tell (a non-ASCII letter that matches an ASCII one under
    re.I, a branch or an optional group that does without it)."""
    import re as std

    from postscrub import segment as sg

    def plain(t: str, offers: bool) -> bool:
        low = t.casefold()
        by_word, anywhere = sg._cta_cue_index(offers)
        if any(sg._cue_as_word(c, len(w), low) for w in by_word.keys() & sg._WORD_RUN.findall(low)
               for c in by_word[w]):
            return True
        if any(sg._cue_at(c, low, k) for c in anywhere for k in range(len(low)) if low.startswith(c, k)):
            return True
        # (and a newsletter's ask to pass it on, searched in every line here)
        return any(p.search(t) for p in sg._cta_patterns()) or sg._newsletter_ask().search(t) is not None

    nodes.new_document()
    nodes.new_document()  # (past a process's first dump, where every shape is searched)
    assert len(sg._cta_checks_ascii()) < len(sg._cta_checks())  # (some shapes are skipped)
    lines = [*corpus_lines(), *(t.encode("ascii", "ignore").decode() for t in corpus_lines())]
    found = 0
    for t in lines:
        for offers in (True, False):
            want = plain(t, offers)
            assert sg._asks_to_act(t, offers) == want, t
            found += want
    assert found > 40
    for src, flags, want in [("\u212a", 0, True), ("(?i:\u212a)", 0, False), ("(?-i:\u212a)", std.I, True),
                             ("\u0130", std.I, False), ("[\u4e00-\u9fff]+x", std.I, True), ("a|\u4e00", 0, False),
                             ("(?:\u4e00)?b", 0, False), ("(?:\u4e00|\u3042)b", 0, True), ("[^a]", 0, False),
                             ("(?=\u4e00)", 0, False), ("\u00e9", std.I, True), ("x{0}\u00e9*", 0, False)]:
        assert sg._needs_non_ascii(src, flags) == want, src


def test_the_badge_search_finds_a_line_where_a_badge_stands_after_a_space():
    """layouts._strip_author_badge looks further only where _spaced_badge finds a badge after a
    space: where one ``find`` per badge would find one, over the corpora and every badge set
    after (and glued to) a name."""
    from postscrub import layouts

    words = layouts._author_badge_words()
    lines = [*corpus_lines(), *(f"Ana Lee {b}" for b in words), *(f"Ana Lee{b} x" for b in words), " ", ""]
    found = 0
    for t in lines:
        want = any(t.find(" " + b) >= 0 for b in words)
        assert (layouts._spaced_badge().search(t) is not None) == want, t
        found += want
    assert found > len(words)


def test_a_line_said_to_hold_no_strong_anchor_holds_none():
    # is_flattened searches a long line's anchors only where may_hold_strong_anchor allows
    # (start-up: most dumps then compile no piece of the anchor regex for it)
    long_lines = [t for t in corpus_lines() if len(t) >= 150]
    crafted = ["Prose " * 30 + "Report this post " + "x " * 5, "word  " * 40 + "12   comments", "a " * 80 + "…more",
               "Über " * 40 + "Beitrag melden", "y " * 80 + "Sign in   to view more content"]
    skipped = 0
    for t in long_lines + crafted:
        if not nodes.may_hold_strong_anchor(t):
            skipped += 1
            assert not any(nodes._is_strong(m.group()) for m in nodes.anchors(t)), t[:80]
    assert skipped > len(long_lines) // 2  # (the test skips most prose, or it saves nothing)


def test_the_guarded_node_patterns_match_what_the_plain_ones_match():
    """nodes._guarded: the combined UI node regex with its guards matches (and names) what it
    matches without them, on every corpus line and on notification headings (also in other
    cases, after other white space, with a long s, at the prefix's bounds)."""
    import re

    from postscrub import patterns

    combined, rest, _, _ = nodes._tables()[1]
    plain = re.compile("|".join(f"(?P<r{i}>(?:{'|'.join(patterns.UI_NODE_PATTERNS[r])})\\Z)"
                                for i, r in enumerate(rest)), re.I | re.S)
    assert combined.pattern != plain.pattern  # (a guard is there)
    heads = patterns.NOTIFICATION_MAIL_HEADINGS
    extra = [f"{who}{sep}{h}{end}" for h in heads for who in ("Ana Lee", "x" * 79, "x" * 80, "x" * 81, "", "a\nb")
             for sep in (" ", "\t", "\u00a0", "") for end in ("", ".", " ", "\n")]
    extra += [f"Ana Lee {h.upper()}" for h in heads] + [f"Ana Lee {h.replace('s', 'ſ')}" for h in heads]
    matched = 0
    for t in (*corpus_lines(), *extra):
        for s in {t, t.strip()}:
            a, b = combined.match(s), plain.match(s)
            assert (a and a.lastgroup) == (b and b.lastgroup), s
            matched += a is not None and rest[int(a.lastgroup[1:])] == "ui.notification_mail"
    assert matched > 20


def test_an_inline_comment_head_is_read_as_the_plain_way_reads_it():
    """segment.inline_comment_head reads the age after the last separator before trying its
    pattern: the same heads (and the same None) as the pattern first, on every corpus line
    with a separator and on variations of them."""
    from postscrub import segment

    def plain(text):
        if "·" not in text and "•" not in text and "|" not in text:
            return None
        m = segment._inline_head_match(text)  # (the pattern; a dash after a bold name read as the bullet)
        if not m:
            return None
        name, age_text = m.group("name").strip(), m.group("age").strip()
        a = segment.parse_age(age_text)
        if a is None or a.end < len(age_text) or not segment.is_name(name):
            return None
        unemph = segment._unemphasised  # (a headline in emphasis is read without it)
        paren = unemph((m.group("paren") or m.group("mid") or "").strip()) or None
        if m.group("badge") is not None and nodes.classify(unemph(m.group("badge").strip())).kind == nodes.TEXT:
            if paren is not None:
                return None  # ("Name · A · B · age": only a badge may stand before the headline)
            paren = unemph(m.group("badge").strip())
        badge = paren is not None and nodes.classify(paren).kind != nodes.TEXT
        return segment.InlineHead(name, None if badge else paren, a, bool(m.group("reply")),
                                  len(m.group("indent").expandtabs(4)))

    lines = [t for t in corpus_lines() if "·" in t or "•" in t or "|" in t]
    extra = [f"{n}{p} {s} {a}{e}" for n in ("Ana Lee", "  ↳ Ana Lee", "**Ana Lee**", "Ana")
             for p in ("", " (CEO)", " · CEO", " (Author)", " · Author · CEO", " — _CEO_", " · *CEO*")
             for s in ("·", "•", "|")
             for a in ("2d", "3 weeks ago", "1 h", " ", "", "2d (edited)", "x" * 25, "2d · 3d")
             for e in ("", " ", "\u00a0", "\t")]
    heads = 0
    for t in (*lines, *extra):
        want = plain(t)
        assert segment.inline_comment_head(t) == want, t
        heads += want is not None
    assert heads > 50


def test_the_inline_head_pattern_without_backtracking_over_spaces_matches_as_it_did():
    """segment._INLINE_HEAD's runs of white space are possessive (``\\s*+``): none of what
    follows one may start with white space, so giving one back never made a match, and a
    line of a name, a bullet and hundreds of mixed tabs and spaces before an age cost the
    backtracking pattern a time cubic in its length (0.17 s for 400 characters). The same
    matches, with the same groups, as the plain pattern over the corpus lines and variations
    with white space between the parts."""
    from postscrub import segment

    plain = re.compile(segment._INLINE_HEAD.pattern.replace(r"\s*+", r"\s*"))
    assert plain.pattern != segment._INLINE_HEAD.pattern
    lines = [t for t in corpus_lines() if "·" in t or "•" in t or "|" in t]
    extra = [f"{r}{n}{w}{p}{w}{s}{w}{a}{w}" for r in ("", "↳ ", "> ", "\t") for n in ("Ana Lee", "**Ana Lee**")
             for p in ("", "(CEO)", "· CEO", "· Author · CEO", "| CTO | Data") for s in ("·", "•", "|")
             for a in ("2d", "3 weeks ago", "x" * 25) for w in ("", " ", " \t ", "   ")]
    matched = 0
    for t in (*lines, *extra):
        if not t[max(t.rfind("·"), t.rfind("•"), t.rfind("|")) + 1:].strip():
            continue  # (an age of white space only, which the plain pattern took and the reader refuses first)
        a, b = segment._INLINE_HEAD.fullmatch(t), plain.fullmatch(t)
        assert (a and (a.groupdict(), a.span("name"), a.span("sep"))) == (b and (b.groupdict(), b.span("name"), b.span("sep"))), t
        matched += a is not None
    assert matched > 100


def test_the_words_that_may_start_a_cue_are_the_words_of_the_line_that_do():
    """segment._cue_word_runs: of a line's words (runs of letters and digits), it gives every
    one that a cue's first word can be, whole (not the tail of a longer run)."""
    from postscrub import segment

    by_word, _ = segment._cta_cue_index()
    rx = segment._cue_word_runs()
    words = sorted(by_word)
    extra = [f"{a}{w}{b}" for w in words for a in ("", " ", "x", "_", "1", "é", "-") for b in ("", " ", "x", "_", "1", ".")]
    found = 0
    for t in (*corpus_lines(), *extra):
        low = t.casefold()
        want = by_word.keys() & set(segment._WORD_RUN.findall(low))
        assert by_word.keys() & set(rx.findall(low)) == want, t
        found += bool(want)
    assert found > 100


def test_a_trie_fragment_matches_a_character_as_its_regex_does():
    """:func:`nodes._frag_matches` (start-up: no compile per fragment) is ``re.fullmatch``
    for every fragment of the anchor trie, over every character of the corpora and the
    white space and apostrophes the fragments stand for."""
    import re

    chars = {c for line in corpus_lines() for c in line} | set(" \t\u00a0\u2009\u3000\u1680'’`´")
    frags: set[str] = set()
    todo = [nodes._anchor_trie()]
    while todo:  # (every fragment at every depth, not only those _for_first asks about)
        node = todo.pop()
        frags.update(f for f in node if f)
        todo.extend(node.values())
    assert r"\s+" in frags and "['’]" in frags
    for f in frags:
        for c in chars:
            assert nodes._frag_matches(f, c) == bool(re.fullmatch(f, c)), (f, c)


def test_the_trie_fragments_looked_up_for_a_character_are_those_a_pass_over_them_finds():
    """:func:`nodes._frags_for` (what _AnchorRegex._for_first builds its regex from) gives the
    fragments of the trie's first level that match a character, in the trie's order, as asking
    each of them does: over every character of the corpora, every character the fragments
    stand for, all white space, and whole blocks of code points (Latin, CJK, Hangul)."""
    trie = nodes._anchor_trie()
    chars = {c for line in corpus_lines() for c in line} | set(" \t\u00a0\u2009\u3000\u1680\u2028'’`´")
    chars |= {chr(cp) for cp in (*range(0x3000), *range(0x4E00, 0x9FFF), *range(0xAC00, 0xD7A4), *range(0x1F300, 0x1FAFF))}
    chars |= {c for f in trie for c in f}
    found = 0
    for c in chars:
        want = [f for f in trie if f and nodes._frag_matches(f, c)]
        assert nodes._frags_for(c) == want, c
        found += bool(want)
    assert found > 200


def test_a_row_with_a_word_first_counter_is_told_as_the_plain_way_tells_it():
    """:func:`nodes._word_first_row` classifies a line's parts in turn and stops at the first
    that is no button or counter: the same answer as classifying every part, then asking, on
    every corpus line with a separator and on rows of buttons and counters."""
    made_up = ["返信 · 返信1件", "답글 · 답글 1개", "いいね！ · コメント 12件", "Like · Reply · 3 replies",
               "Reply · 1 reply", "Head of Growth at Brightfold | we build ??", "返信1件 · 返信", "· 返信 ·",
               "Reply | Like | 返信1件", "Founder • 返信1件"]

    def plain(t: str) -> bool:
        if "·" not in t and "•" not in t and "|" not in t:
            return False
        parts = [p for p in nodes.ROW_SEPARATOR.split(t.strip()) if p]
        if len(parts) < 2:
            return False
        kinds = [nodes.classify(p) for p in parts]
        return (all(k.kind in (nodes.ACTION, nodes.COUNTER) for k in kinds)
                and any(k.kind == nodes.COUNTER and not p[:1].isdigit() for p, k in zip(parts, kinds)))

    nodes.new_document()
    rows = [t for t in (*corpus_lines(), *made_up) if "·" in t or "•" in t or "|" in t]
    found = 0
    for t in rows:
        want = plain(t)
        assert nodes._word_first_row(t) == want, t
        found += want
    assert len(rows) > 1000 and found >= 3


def test_the_paste_markers_are_in_a_line_where_they_are_in_the_lines_joined():
    """shapes.cut_pasted_block looks for its markers in the lines joined: a marker holds no
    newline, so it is there exactly where some line holds it (checked over the corpus lines,
    cut into dumps of 40 lines)."""
    markers = (">>>", "[quote", "BEGIN", "---")
    assert not any("\n" in m for m in markers)
    lines = corpus_lines()
    for k in range(0, len(lines), 40):
        dump = lines[k : k + 40]
        joined = "\n".join(dump)
        for m in markers:
            assert (m in joined) == any(m in t for t in dump), (m, k)


def test_a_dump_with_chrome_on_lines_of_its_own_is_no_flattened_page_over_the_corpora(monkeypatch):
    """shapes.is_flattened stops at a few short lines of chrome (a page copied one node per
    line) before its anchor search: for every dump of the corpora, where the pipeline asks,
    the answer is the search's."""
    from postscrub import pipeline, shapes

    fast_path, few = shapes.is_flattened, shapes._CHROME_LINES_UNFLATTENED
    asked = []

    def both(lines):
        fast = fast_path(lines)
        monkeypatch.setattr(shapes, "_CHROME_LINES_UNFLATTENED", 10**9)
        try:
            assert fast_path(lines) == fast
        finally:
            monkeypatch.setattr(shapes, "_CHROME_LINES_UNFLATTENED", few)
        asked.append(fast)
        return fast

    monkeypatch.setattr(shapes, "is_flattened", both)
    files = sorted((ROOT / "tests" / "corpus").rglob("*.txt")) + sorted(SAMPLES.glob("*.txt"))
    if REAL_CORPUS.is_dir():
        files += sorted(REAL_CORPUS.glob("*.txt"))
    for f in files:
        pipeline.process_bytes(f.read_bytes(), source=f.name)
    assert len(asked) > 500 and sum(asked) >= 5  # (the corpora do hold flattened pages)


def test_the_endings_read_again_in_the_changed_lines_are_those_of_the_whole_text(monkeypatch, tmp_path):
    """qmark._endings_by_find reads a later round of the repair stage in the lines that changed
    since the last one: every key's endings are those found in the whole text (as multisets:
    the decision counts them), for every dump of the corpora and generated dumps."""
    from collections import Counter

    from postscrub import qmark

    incremental = qmark._endings_by_find
    asked = []

    def both(keys, lines, text):
        last = qmark._LAST_ENDINGS[0]
        got = incremental(keys, lines, text)
        plain = qmark._find_endings(keys, text)
        assert set(got) == set(keys)
        for key in keys:
            assert Counter(got[key]) == Counter(plain.get(key, [])), key
        asked.append(last is not None and len(last) == len(lines))
        return got

    monkeypatch.setattr(qmark, "_endings_by_find", both)
    _process_corpus_and_generated(tmp_path, 150, seed=5)
    assert len(asked) > 200 and sum(asked) > 30  # (later rounds did read the changed lines only)


def test_the_line_keys_read_from_the_priors_runs_are_those_of_the_runs_searched_again():
    """qmark._line_keys takes a line's runs, and whether each is protected, from what the prior
    read of the line (qmark._PROTECTED): the keys are those the plain way finds, searching the
    runs again and asking of each whether it is protected, for every line of the corpora."""
    from postscrub import qmark

    def plain(line):
        keys = []
        for m in qmark._QRUN.finditer(line):
            s, e = m.span()
            if qmark._may_end_a_sentence(line, s, e) and not (qmark._in_url(line, s) or qmark._is_code(line, s, e)):
                key = qmark._sentence_key(qmark._find_sentence_before(line, s))
                if key:
                    keys.append(key)
        return tuple(keys)

    found = 0
    for line in corpus_lines():
        if "?" not in line:
            continue
        qmark.document_prior("", fresh=True)  # (empties the document's tables)
        qmark._line_runs(line)
        assert line in qmark._PROTECTED
        got = qmark._line_keys(line)
        assert got == plain(line), line
        found += bool(got)
    qmark.document_prior("", fresh=True)
    assert found > 100  # (the corpora do hold sentences that end at a `?`)


def test_the_prior_read_from_the_lines_as_they_are_is_the_prior_of_their_text_split(monkeypatch, tmp_path):
    """qmark.prior_for reads the lines that hold a ``?`` as they are (not their joined text split
    again) and the keys from those lines alone: the prior is the one the plain way reads (the
    joined text, then the sentences that come back over all the lines), in every round of the
    repair stage over the corpora and generated dumps, and where a line holds a line break."""
    from postscrub import qmark

    new = qmark.prior_for

    def plain(lines, fresh):
        prior = qmark.document_prior("\n".join(ln for ln in lines if "?" in ln), fresh=fresh, repeats=False)
        return qmark._repeated_sentences(prior, lines) if prior.lossy else prior

    asked = []

    def both(lines, *, fresh=True):
        lines = list(lines)
        want = plain(lines, fresh)
        got = new(lines, fresh=fresh)
        assert got == want
        asked.append((fresh, want.lossy, bool(want.said or want.asked)))
        return got

    monkeypatch.setattr(qmark, "prior_for", both)
    _process_corpus_and_generated(tmp_path, 150, seed=9)
    assert sum(lossy for _, lossy, _ in asked) > 200 and sum(not fresh for fresh, _, _ in asked) > 100
    assert sum(repeats for _, _, repeats in asked) >= 1  # (a dump does repeat its sentences)
    lines = ["Any thoughts ??", "Will it ship this week?", "ok\nWill it ship this week?? yes", "Will it ship this week."]
    assert new(lines) == plain(lines, True)


def test_the_french_spacing_asked_only_where_it_decides_gives_the_prior_s_french(monkeypatch, tmp_path):
    """qmark.document_prior asks whether French spaces a mark in the dump's lines only where the
    words are French and no lost NBSP decided it (qmark._french_spaced); ``french`` is what the
    plain way reads, every line searched, in every round of the repair stage over the corpora
    and generated dumps."""
    from postscrub import qmark

    new = qmark.prior_for
    seen = []

    def both(lines, *, fresh=True):
        lines = list(lines)
        got = new(lines, fresh=fresh)
        asking = [ln for ln in lines if "?" in ln]
        spaced = any(qmark._FRENCH_SPACED.search(ln) for ln in asking)
        assert got.french == (got.french_words and (spaced or got.nbsp_lost)), asking[:5]
        seen.append((got.french_words and not got.nbsp_lost, got.french))
        return got

    monkeypatch.setattr(qmark, "prior_for", both)
    _process_corpus_and_generated(tmp_path, 150, seed=13)
    monkeypatch.undo()
    assert sum(asked for asked, _ in seen) > 50 and sum(french for _, french in seen) > 20
    # (and a caller's lines without a ``?`` count, as before)
    assert qmark.document_prior("Quoi ?? vraiment\nC'est le début : la suite est pour vous et les autres").french


def test_the_language_counts_read_from_the_tokens_are_those_of_every_run_of_word_characters():
    """qmark._lang_counts takes a token of letters only as one run of ``\\w`` (white space is no
    ``\\w``) and searches only the other tokens: the counts are those of ``\\w+`` searched in the
    whole lowercased line, over every corpus line and random strings of words, digits,
    apostrophes, underscores and odd white space."""
    import random

    from postscrub import qmark

    def plain(line: str) -> tuple[int, int, int]:
        lower = line.lower()
        words = re.findall(r"\w+", lower)
        return len(lower.split()), sum(w in qmark._FR_WORDS for w in words), sum(w in qmark._ES_WORDS for w in words)

    rng = random.Random(7)
    pieces = [*qmark._FR_HINTS, *qmark._ES_HINTS, "Les", "ÉL", "c’est", "x", "_", "2", "de2", "l'", "-", "?", "é",
              "ß", "Σ", "ﬁ", "İ", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "\u0663", "²", "½", "Ⅻ"]
    lines = [*corpus_lines()] + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    for line in lines:
        qmark._LANG_LINES.clear()
        assert qmark._lang_counts(line) == plain(line), line
    qmark._LANG_LINES.clear()



def test_the_runs_of_a_line_read_from_the_prior_are_those_searched_again(monkeypatch, tmp_path):
    """qmark.find_artifacts takes a line's runs from what the prior read of the line
    (qmark._PROTECTED, every run in order) instead of searching them again: the spans are those
    the plain way finds (the line searched, each run decided), for every line judged in every
    round of the repair stage over the corpora and generated dumps; and qmark.Prior.decides_as,
    which compares the fields but ``evidence`` without copying either prior, answers as the
    comparison of both copied with ``evidence=0`` does, for every pair of priors read there."""
    from dataclasses import fields, replace

    from postscrub import qmark

    new = qmark.find_artifacts
    new_prior = qmark.prior_for
    judged = []
    priors = []

    def both(line, prior):
        got = new(line, prior)
        known = qmark._PROTECTED.pop(line, None)
        try:
            plain = new(line, prior)
        finally:
            if known is not None:
                qmark._PROTECTED[line] = known
        assert got == plain, line
        judged.append(known is not None)
        return got

    def read(lines, *, fresh=True):
        prior = new_prior(lines, fresh=fresh)
        priors.append(prior)
        return prior

    monkeypatch.setattr(qmark, "find_artifacts", both)
    monkeypatch.setattr(qmark, "prior_for", read)
    _process_corpus_and_generated(tmp_path, 100, seed=19)
    assert sum(judged) > 1000
    monkeypatch.undo()
    # every field changed in turn, and the pairs of priors read one after the other
    names = [f.name for f in fields(qmark.Prior)]
    pairs = list(zip(priors, priors[1:]))
    for p in priors[:300]:
        for name in names:
            v = getattr(p, name)
            other = replace(p, **{name: (v + 1) if isinstance(v, int) and not isinstance(v, bool) else (
                not v if isinstance(v, bool) else frozenset(v) | {"x y z w"})})
            pairs.append((p, other))
    same = 0
    for a, b in pairs:
        want = replace(a, evidence=0) == replace(b, evidence=0)
        assert a.decides_as(b) == want and b.decides_as(a) == want
        same += want
    assert same > 100 and len(pairs) - same > 100


def test_the_node_patterns_sorted_by_what_they_need_of_a_line_name_what_all_of_them_name():
    """Past a process's first dump, nodes._match_node sorts the UI node patterns by what each
    needs of a line (nodes._NodeSplit: length, a digit, head and tail strings or classes, read
    from the patterns) and tries only those a line's facts allow: it names what the full
    combined regex and every rule tried apart name, over the corpora's lines, as they are and
    stripped, with their first character in the other case, and after a Markdown marker cut
    off; most lines are turned away before any pattern is tried; and first_chars holds on
    patterns built to tell (a Kelvin sign under re.I, a lookaround stepped over, an optional
    or empty-matching head)."""
    import re as std

    from postscrub import _re

    combined, rest, order, apart = nodes._tables()[1]

    def plain(t: str) -> str | None:
        m = combined.match(t)
        found = rest[int(m.lastgroup[1:])] if m else None
        for rank, rule, _, rx in apart:
            if found is not None and order[found] < rank:
                break
            if rx.match(t):
                return rule
        return found

    nodes.new_document()
    nodes.new_document()  # (past a process's first dump, where the full regex is tried)
    split = nodes._node_split()
    _, rx = split.by_first("a")
    assert len(rx.pattern) < len(combined.pattern) // 2  # (most patterns cannot start with "a")
    lines = set()
    for t in corpus_lines():
        s = t.strip()
        lines.update((t, s, s[:1].swapcase() + s[1:], s[2:], "\u212a" + s[1:], s[:-1] + s[-1:].swapcase()))
    lines.update(("", "K", "k", "\u212a", "1", "١٢ تعليقًا", "·", "• 2nd", "…more", "© 2025", "Ana Lee and 3 others",
                  "Ana Lee’s profile photo", "deck.PDF", "Feed post number 3", "English (auto-generated)"))
    named = turned_away = 0
    for t in lines:
        want = plain(t)
        assert nodes._match_node(t) == want, t
        named += want is not None
    assert named > 200
    # (turned away before any pattern: no regex of the split asked)
    calls = []

    class Spy:
        def __init__(self, rx):
            self.rx = rx

        def match(self, t):
            calls.append(t)
            return self.rx.match(t)

    for rank in {r for j, (r, _) in enumerate(split.alts) if not split.tight >> j & 1}:
        split.loose_rules.get(rank) or split._loose_rule(rank)  # (each compiled, so that each is watched)
    firsts, loose = dict(split.firsts), dict(split.loose_rules)
    try:
        split.firsts.update({ch: (allowed, rx and Spy(rx)) for ch, (allowed, rx) in firsts.items()})
        split.head_of.clear()  # (built again from the watched regexes)
        split.loose_rules.update({r: (bits, Spy(rx)) for r, (bits, rx) in loose.items()})
        sample = [t for t in corpus_lines() if t and t[0] in firsts and t[-1] in split.lasts][:5000]
        for t in sample:
            calls.clear()
            split.match(t)
            turned_away += not calls
    finally:
        split.firsts.clear()
        split.firsts.update(firsts)
        split.head_of.clear()
        split.loose_rules.clear()
        split.loose_rules.update(loose)
    assert turned_away > len(sample) // 2
    for src, flags, yes, no in [("abc", 0, "a", "bA"), ("(?i:k)x", 0, "kK\u212a", "x"), ("k", std.I, "\u212a", "x"),
                                ("(?-i:k)", std.I, "k", "K"), ("a?b", 0, "ab", "c"), ("(?=x)y", 0, "y", "x"),
                                (r"(?<!\w)z", 0, "z", "a"), (r"\bq\Z", 0, "q", "r"), ("[^ab]c", 0, "cd", "ab"),
                                (r"\d+", 0, "1\u0663", "a"), (r"(?:ab|\s)", 0, "a \t", "b"), ("(?:a|b?)c", 0, "abc", "d"),
                                ("(?:x{0,2})+y", 0, "xy", "z")]:
        starts = std.compile(_re.first_chars(src, flags))
        assert all(starts.match(ch) for ch in yes) and not any(starts.match(ch) for ch in no), src
    for src in ("a*", ".x", "(?:a|)b*", "[^a]", "x{0}", r"\Z", r"(?=a)"):  # (any character, or in doubt)
        assert _re.first_chars(src, std.S) is None, src
    assert _re.first_chars(r"(a)\1") == "(?-i:[a])"


def test_the_patterns_a_line_s_head_and_tail_allow_looked_up_whole_are_those_its_characters_allow():
    """nodes._NodeSplit.head_of / tail_of: what a line's first three characters allow (the
    first character's class and strings, the head strings of two and three, caseless) and the
    regex of the tight patterns it tries, and what its last three allow, looked up by the three
    characters as they stand, are what the characters looked up one by one give (the old
    path), over the corpora's lines, in either case, with a Kelvin sign and a dotted capital I,
    and on lines shorter than three (what match then names: the test above)."""
    from postscrub import _re

    nodes.new_document()
    nodes.new_document()
    split = nodes._node_split()

    def head(t: str):
        hit = split.firsts.get(t[0]) or split.by_first(t[0])
        h = t[:3]
        h = h.lower() if h.isascii() else _re.caseless(h)
        return hit[0] | split.heads2.get(h, 0) | split.heads2.get(h[:2], 0), hit[1]

    def tail(t: str) -> int:
        e = t[-3:]
        e = e.lower() if e.isascii() else _re.caseless(e)
        last = split.lasts.get(t[-1])
        if last is None:
            last = split._last(t[-1])
        return last | split.tails2.get(e, 0) | split.tails2.get(e[-2:], 0)

    lines = set()
    for t in corpus_lines():
        s = t.strip()
        lines.update((t, s, s.swapcase(), s[:2], s[-2:], "\u212a" + s[1:], s[:-1] + "\u0130"))
    lines.update(("K", "k", "\u212a", "1", "a1", "İ", "ı", "·", "• 2nd", "…more", "© 2025", "2d", "1st"))
    lines.discard("")
    nodes_seen = 0
    for t in sorted(lines):
        got, rx = split.head_of.get(t[:3]) or split._head(t[:3])
        want, want_rx = head(t)
        assert got == want and rx is want_rx, t
        assert (split.tail_of.get(t[-3:]) or split._tail(t[-3:])) == tail(t), t
        nodes_seen += 1
    assert nodes_seen > 10_000


def test_the_rules_tried_apart_are_passed_over_together_where_none_passes_its_own_test():
    """nodes._apart_gate: a line passes the tests of the rules tried apart taken as one (every
    rule's endings by their last character, a digit for a rule tested so) where it passes one
    rule's own test, over the corpora's lines and every ending after a word."""
    _, _, _, apart = nodes._tables()[1]
    ends, by_digit = nodes._apart_gate()
    lines = [*corpus_lines(), *(f"Ana Lee {e}" for _, _, endings, _ in apart for g in endings.values() for e in g),
             "", "x", "ΟΔΟΣ", "12 others"]
    passed = 0
    for t in lines:
        low = t.lower()
        own = any(low.endswith(endings.get(low[-1:], ())) if endings else nodes._DIGIT.search(t)
                  for _, _, endings, _ in apart)
        assert bool(low.endswith(ends.get(low[-1:], ())) or (by_digit and nodes._DIGIT.search(t))) == bool(own), t
        passed += bool(own)
    assert passed > 100 and by_digit


def test_the_kinds_of_a_pass_over_the_lines_are_what_classify_says_of_each():
    """nodes.kinds_of (a pass over a dump's lines reading the dump's table of kinds) gives what
    classify gives line by line: over the corpora's lines, half of them classified before (read
    from the table), the rest not, as they are and stripped; and with chrome learned from a
    dump, which comes before the table."""
    from postscrub import learn

    lines = [t for t in corpus_lines() if len(t) < 500][:6000]
    for learned in (None, learn.Learned(kinds={nodes.key(t): nodes.Kind(nodes.ACTION, "ui.learned.action")
                                               for t in lines[::7] if t.strip()})):
        nodes.new_document()
        token = learn.LEARNED.set(learned)
        try:
            for t in lines[::2]:
                nodes.classify(t)
            texts = [*lines, *(t.strip() for t in lines)]
            got = nodes.kinds_of(texts)
            nodes.new_document()
            assert got == [nodes.classify(t) for t in texts]
        finally:
            learn.LEARNED.reset(token)
    assert sum(k.rule == "ui.learned.action" for k in got) > 100


def test_the_sentence_end_lookup_of_a_long_dump_finds_what_str_find_finds(monkeypatch, tmp_path):
    """qmark._repeated_sentences, where keys × text is over the find budget, looks keys up at
    each sentence end by their last _TAIL characters (shorter keys by their length): the same
    ``said``/``asked`` as the per-key ``str.find`` way, on every call over the corpora and the
    generated dumps, and on invented lines with keys shorter than the index."""
    from postscrub import qmark

    calls = []
    real = qmark._repeated_sentences

    def keep(prior, lines, asking=None):
        calls.append((prior, list(lines)))
        return real(prior, lines, asking)

    monkeypatch.setattr(qmark, "_repeated_sentences", keep)
    _process_corpus_and_generated(tmp_path, 60, seed=5)
    short = ["a b c d?", "a b c d.", "a b c d??", "x y z w e?", "x y z w e.", "We shipped it on time ??",
             "We shipped it on time.", "Did we ship it on time?", "Did we ship it on time? ??"] * 3
    calls.append((qmark.document_prior("\n".join(short), fresh=True), short))
    differ = repeats = 0
    for prior, lines in calls:
        if not prior.lossy:
            continue
        monkeypatch.setattr(qmark, "_FIND_BUDGET", 0)
        indexed = real(prior, lines)
        monkeypatch.setattr(qmark, "_FIND_BUDGET", 10**18)
        qmark._LAST_ENDINGS[0] = None  # (the find way from scratch)
        found = real(prior, lines)
        differ += (indexed.said, indexed.asked) != (found.said, found.asked)
        repeats += bool(found.said or found.asked)
    assert differ == 0
    assert repeats >= 2  # (the invented lines and a dump at least do repeat their sentences)
