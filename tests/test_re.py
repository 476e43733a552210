"""The compiled-pattern cache (postscrub._re): a pattern read back from the cache is the pattern
re.compile gives, and nothing about the cache (missing, corrupt, refused, unwritable, turned off)
is ever an error."""

from __future__ import annotations

import json
import os
import re as std_re

import pytest

from postscrub import _re

PATTERNS = [
    (r"(?P<name>[^\W\d_]{1,40})\s+(?P<age>\d{1,2})\s?(?:h|d|w|mo|yr)\b", 0),
    (r"(?:Like|Comment|Repost|Send|Gefällt mir|Kommentieren|いいね|赞)\Z", std_re.I | std_re.S),
    (r"(?<![\w#@])(?:\d[\d,.]*\s(?:comments?|Kommentare|评论))", std_re.I),
    (r"^\s*[•·]\s*(?:1st|2nd|3rd\+?)$", std_re.M),
    (r"(a)(b)?(?(2)c|d)", 0),
]
SAMPLES = ["Ana 5h", "gefällt mir", "12 Kommentare and more", " • 2nd\nx", "abc", "ad", "いいね", "1,204 comments"]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The module as in a new process, its cache in ``tmp_path``."""
    monkeypatch.setenv("POSTSCRUB_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("POSTSCRUB_NO_CACHE", raising=False)
    monkeypatch.setattr(_re, "SHIPPED", str(tmp_path / "shipped" / "_regex_cache.json"))

    def restart():
        monkeypatch.setattr(_re, "_entries", None)
        monkeypatch.setattr(_re, "_shipped", {})
        monkeypatch.setattr(_re, "_new", False)
        monkeypatch.setattr(_re, "_off", False)
        monkeypatch.setattr(_re, "_used", {})

    restart()
    return restart


def _same(a: std_re.Pattern, b: std_re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for s in SAMPLES:
        for fn in ("match", "search", "fullmatch"):
            ma, mb = getattr(a, fn)(s), getattr(b, fn)(s)
            assert (ma and (ma.span(), ma.groups(), ma.groupdict(), ma.lastgroup)) == (
                mb and (mb.span(), mb.groups(), mb.groupdict(), mb.lastgroup))
        assert a.findall(s) == b.findall(s)


def test_a_pattern_read_back_from_the_cache_is_what_re_compile_gives(fresh, monkeypatch):
    for p, f in PATTERNS:
        _same(_re.compile(p, f), std_re.compile(p, f))
    _re._save()
    fresh()  # (a new process: the patterns come from the file, with no parsing)
    from re import _parser

    def no_parse(*a, **k):
        raise AssertionError("parsed again: the cache was not used")

    monkeypatch.setattr(_parser, "parse", no_parse)
    for p, f in PATTERNS:
        _same(_re.compile(p, f), std_re.compile(p, f))


def test_a_corrupt_or_tampered_cache_falls_back_to_compiling(fresh, tmp_path):
    p, f = PATTERNS[0]
    _re.compile(p, f)
    _re._save()
    path = _re.cache_path()
    data = json.loads(open(path, encoding="utf-8").read())
    for entry in data["patterns"].values():
        entry[1] = "AAAA"  # (code the engine refuses)
    open(path, "w", encoding="utf-8").write(json.dumps(data))
    fresh()
    _same(_re.compile(p, f), std_re.compile(p, f))
    open(path, "w", encoding="utf-8").write("{not json")
    fresh()
    _same(_re.compile(p, f), std_re.compile(p, f))
    with pytest.raises(std_re.error):  # (a bad pattern is still the caller's error)
        _re.compile("(unclosed")


def test_no_cache_folder_or_none_allowed_is_no_error(fresh, tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("POSTSCRUB_CACHE_DIR", str(blocked / "sub"))
    _same(_re.compile(*PATTERNS[1]), std_re.compile(*PATTERNS[1]))
    _re._save()  # (cannot write there: nothing happens)
    fresh()
    monkeypatch.setenv("POSTSCRUB_CACHE_DIR", str(tmp_path / "off"))
    monkeypatch.setenv("POSTSCRUB_NO_CACHE", "1")
    _same(_re.compile(*PATTERNS[2]), std_re.compile(*PATTERNS[2]))
    _re._save()
    assert not os.path.exists(tmp_path / "off")


def test_other_names_are_the_standard_modules():
    assert _re.escape is std_re.escape and _re.I is std_re.I and _re.Pattern is std_re.Pattern


def test_alternations_are_built_the_same_in_every_process():
    """The patterns built from sets of table strings sort them longest first, then in a fixed
    order: a hash seed of another process must not change them (or the cache never hits)."""
    import subprocess
    import sys

    code = ("from postscrub import nodes, segment; import hashlib; "
            "print(hashlib.sha256((nodes._node_matchers()[0].pattern + segment._age_regexes()[0].pattern"
            " + ''.join(nodes._trie_build(nodes._anchor_trie()))).encode()).hexdigest())")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


def test_the_cache_shipped_with_the_package_is_read_and_never_written(fresh, tmp_path, monkeypatch):
    """A wheel's ``_regex_cache.json`` (compiled by its build) serves a first run whose own
    cache is empty; it is read only when it is this Python's."""
    for p, f in PATTERNS:
        _re.compile(p, f)
    _re._save()
    shipped = tmp_path / "shipped" / "_regex_cache.json"
    shipped.parent.mkdir()
    os.replace(_re.cache_path(), shipped)
    fresh()
    from re import _parser

    real_parse = _parser.parse

    def no_parse(*a, **k):
        raise AssertionError("parsed again: the shipped cache was not used")

    monkeypatch.setattr(_parser, "parse", no_parse)
    for p, f in PATTERNS:
        _same(_re.compile(p, f), std_re.compile(p, f))
    _re._save()
    assert not os.path.exists(_re.cache_path())  # (nothing learned: no user cache written)
    assert json.loads(shipped.read_text(encoding="utf-8"))["patterns"]  # (and the shipped one untouched)
    monkeypatch.setattr(_parser, "parse", real_parse)
    _re.compile(r"(?:a new pattern)\Z", std_re.I)  # (learned: only it goes to the user's cache)
    _re._save()
    learned = json.loads(open(_re.cache_path(), encoding="utf-8").read())["patterns"]
    assert list(learned) == [_re._key(r"(?:a new pattern)\Z", int(std_re.I))]
    data = json.loads(shipped.read_text(encoding="utf-8"))
    data["python"] = "2.7.18 (another build)"
    shipped.write_text(json.dumps(data), encoding="utf-8")
    fresh()
    _re.compile(*PATTERNS[0])
    assert _re._new  # (another Python's file: compiled here, and learned)


def test_the_wheel_build_compiles_what_a_first_run_needs(tmp_path):
    """``hatch_build.py`` (the wheel's build hook) writes a cache with which the installed
    package's first run on the bundled sample compiles no pattern: it writes no cache of its own."""
    import shutil
    import subprocess
    import sys

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(0, root)
    try:
        import hatch_build
    finally:
        sys.path.remove(root)
    built = hatch_build.build_pattern_cache(root, str(tmp_path / "build"))
    assert built is not None
    site = tmp_path / "site"
    shutil.copytree(os.path.join(root, "src", "postscrub"), site / "postscrub",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(built, site / hatch_build.TARGET)
    env = {k: v for k, v in os.environ.items() if k != "POSTSCRUB_NO_CACHE"}
    env.update(PYTHONPATH=str(site), POSTSCRUB_CACHE_DIR=str(tmp_path / "user"))
    out = subprocess.run([sys.executable, "-m", "postscrub", os.path.join(root, "samples", "seed-article.txt")],
                         env=env, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["body"]
    assert not os.path.exists(tmp_path / "user")


def test_a_cache_file_full_of_patterns_no_longer_asked_for_makes_room_for_those_in_use(fresh, monkeypatch, tmp_path):
    # an older version's patterns filled the file: the ones this version asks for are written
    # first and the oldest fall off, so later runs find theirs (before, a full file took none)
    monkeypatch.setattr(_re, "_MAX_ENTRIES", 3)
    for k in range(3):
        _re.compile(f"stale{k}[0-9]+", 0)
    _re._save()
    fresh()
    monkeypatch.setattr(_re, "_MAX_ENTRIES", 3)
    for p, f in PATTERNS[:2]:
        _re.compile(p, f)
    _re._save()
    data = json.loads(open(_re.cache_path(), encoding="utf-8").read())["patterns"]
    assert len(data) == 3
    assert {_re._key(p, int(f)) for p, f in PATTERNS[:2]} <= set(data)
    fresh()
    from re import _parser

    def no_parse(*a, **k):
        raise AssertionError("parsed again: the cache was not used")

    monkeypatch.setattr(_parser, "parse", no_parse)
    for p, f in PATTERNS[:2]:
        _same(_re.compile(p, f), std_re.compile(p, f))


def test_a_cache_file_grown_large_by_older_versions_keeps_those_in_use_and_drops_the_rest(fresh, monkeypatch):
    # many upgrades each left their large patterns behind: under a size bound the file keeps
    # what this process asked for, whatever its size, and of the older entries only what fits
    monkeypatch.setattr(_re, "_MAX_BYTES", 10 ** 9)
    for k in range(6):
        _re.compile("stale%d(?:" % k + "|".join(f"w{k}x{i}" for i in range(300)) + ")", 0)
    _re._save()
    stale = json.loads(open(_re.cache_path(), encoding="utf-8").read())["patterns"]
    assert len(stale) == 6
    one = max(len(k) + len(json.dumps(v, separators=(",", ":"))) for k, v in stale.items())
    fresh()
    monkeypatch.setattr(_re, "_MAX_BYTES", 6 * one)
    big = "(?:" + "|".join(f"in{i}use" for i in range(600)) + ")"
    for p, f in (*PATTERNS[:2], (big, 0)):
        _re.compile(p, f)
    _re._save()
    data = json.loads(open(_re.cache_path(), encoding="utf-8").read())["patterns"]
    assert {_re._key(p, int(f)) for p, f in (*PATTERNS[:2], (big, 0))} <= set(data)  # (the big one too)
    kept_stale = set(data) & set(stale)
    assert 0 < len(kept_stale) < 6
    assert sum(len(k) + len(json.dumps(v, separators=(",", ":"))) for k, v in data.items()) <= 6 * one


# ---- what a pattern needs of a line (line_facts, caseless, last_chars) ---------------------------

_POOL = ("abcxyzKkSsIiéÉßẞſıİµΣσςϐβ" "0123456789٣" " \t\u00a0" ".,:;!?'’()[]/+-–—•·©<>#@_*"
         "人的文章评论动态フォロワー件답글개รายการقتعليق\u0301\u212a")


def sample_of(src: str, flags: int, rng, tries: int = 30) -> list[str]:
    """Strings the pattern ``src`` matches whole, made from its parse (each class drawn from a
    pool of characters it allows, each repeat a few times, each branch at random); those it
    does not match (a lookaround, a class the pool cannot fill) are dropped."""
    from re import _compiler, _constants as c, _parser

    parsed = _parser.parse(src, flags)
    classes: dict[int, list[str]] = {}

    def pool_of(item) -> list[str]:
        got = classes.get(id(item))
        if got is None:
            one = _parser.SubPattern(parsed.state, [item])
            rx = _compiler.compile(one, flags | parsed.state.flags)
            got = classes[id(item)] = [ch for ch in _POOL if rx.fullmatch(ch)]
        return got

    def gen(items) -> str:
        out = []
        for item in items:
            op, av = item
            if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
                pool = pool_of(item)
                if not pool:
                    raise LookupError
                out.append(rng.choice(pool))
            elif op is c.SUBPATTERN:
                out.append(gen(av[3]))
            elif op is c.ATOMIC_GROUP:
                out.append(gen(av))
            elif op is c.BRANCH:
                out.append(gen(rng.choice(av[1])))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                lo, hi, body = av
                out.extend(gen(body) for _ in range(rng.randint(lo, min(hi, lo + 3))))
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue
            else:
                raise LookupError
        return "".join(out)

    whole = std_re.compile(src, flags)
    found = []
    for _ in range(tries):
        try:
            s = gen(parsed)
        except LookupError:
            continue
        if whole.fullmatch(s):
            found.append(s)
    return found


def _variants(s: str) -> list[str]:
    """``s`` in other cases, and with the letters the engine takes for others under re.I."""
    swaps = str.maketrans({"i": "ı", "I": "İ", "s": "ſ", "k": "\u212a", "K": "\u212a", "σ": "ς", "ß": "ẞ", "µ": "μ"})
    return [s, s.upper(), s.lower(), s.swapcase(), s.title(), s.translate(swaps), s[:1].swapcase() + s[1:]]


def _admits(facts, s: str) -> bool:
    lo, hi, digit, head, tail = facts
    if not lo <= len(s) <= hi or (digit and not std_re.search(r"\d", s)):
        return False
    if head is not None and _re.caseless(s[: head[0]]) not in head[1]:
        return False
    return tail is None or _re.caseless(s[-tail[0]:] if s else "") in tail[1]


def test_the_facts_read_from_a_pattern_let_through_every_string_it_matches():
    """_re.line_facts (length, a digit, head and tail strings, caseless) never rules out a
    string the pattern matches whole: over strings drawn from every UI node pattern's parse and
    from patterns built to tell (optional and repeated heads, lookarounds stepped over, a
    bounding lookahead, case-insensitive and case-sensitive parts, letters re.I takes for
    others), in other cases and with those letters swapped in."""
    import random

    from postscrub import nodes, patterns

    rng = random.Random(15)
    flags = std_re.I | std_re.S
    srcs = [f"(?:{nodes._guarded(g)})\\Z" for gs in patterns.UI_NODE_PATTERNS.values() for g in gs]
    srcs += [r"x{2,5}y", r"(?:ab)+c?", r"(?:a|b?)c", r"(?=.{0,6}\Z)\d+ki", r"(?-i:Ab)c", r"(?i:is)ſ", r"[•·]?\s*\d",
             r"(?<=\s)?k+", r"(?:σ|ß)\d{1,3}", r"a*", r"(?:Like|Reply)(?: · \d+)?", r"(?:x|y)\Z", r"\w{2}!?"]
    checked = 0
    for src in srcs:
        facts = _re._line_facts(src, flags)
        rx = std_re.compile(src, flags)
        for s in sample_of(src, flags, rng):
            for v in _variants(s):
                if rx.fullmatch(v):
                    assert _admits(facts, v), (src, v, facts)
                    checked += 1
    assert checked > 2000
    assert _re._line_facts(r"(?=.{0,50}\Z)x+", 0)[:2] == (1, 50)
    assert _re._line_facts(r"Feed \d+", std_re.I)[2:4] == (True, (3, frozenset({"fee"})))
    assert _re._line_facts(r".{1,80}\s(?:ab|cd)", std_re.I)[3:] == (None, (2, frozenset({"ab", "cd"})))  # (\s: not told)


def test_caseless_is_how_the_engine_compares_letters_under_ignorecase():
    """Two characters get the same _re.caseless exactly where a case-insensitive pattern of one
    matches the other: for every code point, against the ASCII letters, the letters re.I takes
    for others (ı, İ, ſ, the Kelvin sign, ß/ẞ, the sigmas, µ/μ) and the characters of the UI
    node patterns' head and tail strings; and a string is caseless character by character."""
    from postscrub import nodes

    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    by_caseless: dict[str, set[str]] = {}
    for ch in every:
        by_caseless.setdefault(_re.caseless(ch), set()).add(ch)
    nodes.new_document()
    nodes.new_document()
    split = nodes._NodeSplit()
    chars = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZıİſ\u212aßẞσςΣµμϐβ\u0345ι")
    chars |= {ch for table in (*split.heads, *split.tails) for e in table for ch in e}
    for p in chars:
        matched = set(std_re.findall(f"(?i:{std_re.escape(p)})", every))
        assert matched == by_caseless[_re.caseless(p)], p
    assert _re.caseless("İſK\u212a") == "isk" + _re.caseless("\u212a") == "iskk"


def test_last_chars_holds_on_patterns_built_to_tell():
    """_re.last_chars (first_chars at the other end): a class of every character a match may
    end with, through optional tails, repeats, branches and case changes; None where any may."""
    for src, flags, yes, no in [("abc", 0, "c", "bC"), ("x(?i:k)", 0, "kK\u212a", "x"), ("k", std_re.I, "\u212a", "x"),
                                ("(?-i:k)", std_re.I, "k", "K"), ("ab?", 0, "ab", "c"), (r"y(?=x)", 0, "y", "x"),
                                (r"z(?!\w)", 0, "z", "a"), (r"q\Z", 0, "q", "r"), (r"\d+", 0, "1\u0663", "a"),
                                ("(?:ab|\\s)", 0, "b \t", "a"), ("c(?:a|b?)", 0, "abc", "d"), (r"y(?:x{0,2})+", 0, "xy", "z")]:
        ends = std_re.compile(_re.last_chars(src, flags))
        assert all(ends.match(ch) for ch in yes) and not any(ends.match(ch) for ch in no), src
    for src in ("a*", "x.", "b*(?:a|)", "[^a]", "x{0}", r"\Z", r"(?=a)"):
        assert _re.last_chars(src, std_re.S) is None, src
