"""The ``re`` module, with compiled patterns kept between runs.

A filter is started once per file, and compiling postscrub's patterns (the UI tables of every
locale, as a few large alternations) was most of a run's start-up: about 60 ms of parsing and
code generation in pure Python, the same every time. What ``re.compile`` produces for a pattern
is a list of integers (the engine's code) and its group names; this module keeps those in a
cache file and, on the next run, gives them back to the engine (``_sre.compile``, what
``re.compile`` itself calls last), skipping the parse. The engine checks the code it is given.

The cache is keyed by the Python build and the engine's version (``sys.version``,
``_sre.MAGIC``) and, per pattern, by a hash of the pattern and its flags. Anything unexpected
(no cache folder, a file that does not parse, an entry the engine refuses, a Python whose
``_sre`` differs) falls back to ``re.compile``, silently: the cache only ever saves time.

Where: ``$POSTSCRUB_CACHE_DIR``, else ``$XDG_CACHE_HOME/postscrub``, else
``~/.cache/postscrub``; ``POSTSCRUB_NO_CACHE=1`` turns it off. The file is written once, when
the process exits, if it learned a pattern, atomically (a temporary file, then a rename).

A wheel built from source (``pip install .``) also ships one, ``_regex_cache.json`` beside this
module: the build (``hatch_build.py``) runs the bundled samples with the interpreter that builds
it, so the first run after an install finds its patterns compiled, as pip byte-compiles the
modules it installs. It is read only, and used only when its key is this Python's
(``sys.version``); a wheel built by another Python just compiles as usual.

Modules use it as ``from . import _re as re``: every other name is the standard module's.
"""

from __future__ import annotations

import os
import re as _std
import sys
from typing import Any

_VERSION = 1
_MAX_ENTRIES = 2000  # (a bound: per-character pieces of the anchor search could grow it on CJK text)
_MAX_BYTES = 6_000_000  # (and one on the file's size: a version's own patterns take ~2.7 MB; this process's own are always kept)
_entries: dict[str, list] | None = None
_shipped: dict[str, list] = {}  # (the entries of the package's own file, never written again)
_used: dict[str, None] = {}  # (the keys this process asked for, in order: written first)
_new = False
_off = False


def __getattr__(name: str) -> Any:  # (re.I, re.escape, re.Pattern, … are the standard module's)
    return getattr(_std, name)


def longest_first(s: str) -> tuple[int, str]:
    """The sort key of an alternation's strings: the longest first (a shorter one that starts
    a longer one must not win), then in a fixed order, so that the pattern built from a set is
    the same in every process (and found in the cache)."""
    return -len(s), s


def cache_path() -> str | None:
    """The cache file of this Python build, or None when the cache is off."""
    if os.environ.get("POSTSCRUB_NO_CACHE"):
        return None
    folder = os.environ.get("POSTSCRUB_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "postscrub")
    import _sre

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-v{_VERSION}"
    return os.path.join(folder, f"regex-{tag}.json")


SHIPPED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_regex_cache.json")


def _read(path: str) -> dict[str, list]:
    """The entries of the cache file at ``path`` when it is this Python's, else none."""
    import json

    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if isinstance(data, dict) and data.get("python") == sys.version:
            patterns = data.get("patterns")
            if isinstance(patterns, dict):
                return patterns
    except (OSError, ValueError, AttributeError, TypeError):
        pass  # (no cache yet, or one that does not parse: compiled as usual)
    return {}


def _load() -> dict[str, list]:
    global _entries, _off, _shipped
    if _entries is None:
        path = cache_path()
        if path is None:
            _off = True
            _entries = {}
            return _entries
        _shipped = _read(SHIPPED)  # (what the wheel's build compiled, then what runs learned)
        _entries = {**_shipped, **_read(path)}
        import atexit

        atexit.register(_save)
    return _entries


def _key(pattern: str, flags: int) -> str:
    import hashlib

    return hashlib.blake2b(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def compile(pattern: Any, flags: int = 0) -> _std.Pattern:  # noqa: A001  (the name re gives it)
    """``re.compile(pattern, flags)``, from the cache where it holds the pattern."""
    global _new, _off
    if _off or not isinstance(pattern, str):
        return _std.compile(pattern, flags)
    entries = _load()
    if _off:
        return _std.compile(pattern, flags)
    import _sre
    import array
    import base64

    flags = int(flags)
    key = _key(pattern, flags)
    hit = entries.get(key)
    _used[key] = None
    if hit is not None:
        try:
            all_flags, code, groups, groupindex, indexgroup = hit
            return _sre.compile(pattern, all_flags, array.array("I", base64.b64decode(code)).tolist(),
                                groups, groupindex, tuple(indexgroup))
        except Exception:  # noqa: BLE001  (an entry the engine refuses: compiled as usual)
            entries.pop(key, None)
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        all_flags = flags | parsed.state.flags
        rx = _sre.compile(pattern, all_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except _std.error:
        raise
    except Exception:  # noqa: BLE001  (an engine whose internals differ: the cache is off)
        _off = True
        return _std.compile(pattern, flags)
    if len(entries) < 2 * _MAX_ENTRIES:  # (in memory; the file keeps _MAX_ENTRIES, those asked for first)
        entries[key] = [all_flags, base64.b64encode(array.array("I", code).tobytes()).decode("ascii"),
                        parsed.state.groups - 1, groupindex, indexgroup]
        _new = True
    return rx


def _save() -> None:
    """Write what this process learned, merged with what the file holds now (another process
    may have written it meanwhile), atomically; never an error at exit."""
    if not _new or _entries is None:
        return
    try:
        import json
        import tempfile

        path = cache_path()
        if path is None:
            return
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        # what this process asked for first, then what the file holds now (another process may
        # have written it meanwhile), up to the bound: a file filled by an older version's
        # patterns makes room for the ones in use, which would otherwise never be kept
        merged: dict[str, list] = {}
        for k in _used:
            v = _entries.get(k)
            if v is not None and _shipped.get(k) is not v:  # (the package's file holds the rest)
                merged[k] = v
        old: dict = {}
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            if isinstance(data, dict) and data.get("python") == sys.version:
                old = data.get("patterns") or {}
        except (OSError, ValueError, AttributeError, TypeError):
            pass
        # then what the file holds now, up to the bounds: a count, and a size, since an older
        # version's few large patterns (the anchor search, ~0.3 MB each) would otherwise stay
        # for good and cost every run the time and memory of parsing them (a file grown to
        # 15 MB by many upgrades took 12 MB more RSS and a slower start than a fresh one)
        size = sum(len(k) + len(json.dumps(v, separators=(",", ":"))) for k, v in merged.items())
        for k, v in (old.items() if isinstance(old, dict) else ()):
            if k in merged or not isinstance(k, str):
                continue
            n = len(k) + len(json.dumps(v, separators=(",", ":")))
            if size + n <= _MAX_BYTES:
                merged[k] = v
                size += n
        if len(merged) > _MAX_ENTRIES:
            merged = dict(list(merged.items())[:_MAX_ENTRIES])
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"python": sys.version, "patterns": merged}, f, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # noqa: BLE001  (a read-only home, a full disk: the next run compiles again)
        pass


def last_chars(src: str, flags: int = 0) -> str | None:
    """:func:`first_chars` at the other end: a pattern of one character that matches every
    character a match of ``src`` may end with (None: any, or in doubt). Kept in the cache file."""
    return first_chars(src, flags, last=True)


def first_chars(src: str, flags: int = 0, last: bool = False) -> str | None:
    """A pattern of one character that matches every character a match of the pattern ``src``
    may start with (an alternation of the classes it may start with, each under the
    case-insensitivity that holds where it stands), or None when any character may, or when in
    doubt: the pattern may match an empty string, or opens with a class of another kind, a
    negated literal, any character or a group reference. Zero-width items (anchors,
    lookarounds) are stepped over: they consume nothing. Kept in the cache file (the parse is
    the cost: a few ms for a pattern of a few hundred words)."""
    key = ("last:" if last else "first:") + _key(src, int(flags))
    entries = None if _off else _load()
    if entries is not None and not _off:
        _used[key] = None
        hit = entries.get(key)
        if hit is not None and len(hit) == 1 and (hit[0] is None or isinstance(hit[0], str)):
            return hit[0]
    found = _first_chars(src, flags, last)
    if entries is not None and not _off and len(entries) < 2 * _MAX_ENTRIES:
        global _new
        entries[key] = [found]
        _new = True
    return found


def _first_chars(src: str, flags: int, last: bool = False) -> str | None:
    """:func:`first_chars` (with ``last``, :func:`last_chars`), worked out."""
    from re import _constants as c, _parser

    escapes = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
               c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)

    def class_of(items) -> str | None:
        out = []
        for o, a in items:
            if o is c.LITERAL:
                out.append(_std.escape(chr(a)))
            elif o is c.RANGE:
                out.append(f"{_std.escape(chr(a[0]))}-{_std.escape(chr(a[1]))}")
            elif o is c.CATEGORY and a in escapes:
                out.append(escapes[a])
            elif o is c.NEGATE and not out:
                out.append("^")
            else:
                return None
        return "[" + "".join(out) + "]"

    def first(seq, ic: bool) -> tuple[set | None, bool]:
        """(the classes a match of ``seq`` may start with, or None for any; may it be empty?)"""
        found: set = set()
        for op, av in (reversed(list(seq)) if last else seq):
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # (zero width: the next item gives the first character)
            if op is c.LITERAL or op is c.IN:
                cls = class_of([(c.LITERAL, av)] if op is c.LITERAL else av)
                if cls is None:
                    return None, False
                found.add(f"(?i:{cls})" if ic else f"(?-i:{cls})")
                return found, False
            if op is c.SUBPATTERN:
                _, add, drop, sub = av
                got, empty = first(sub, (ic or bool(add & _std.I)) and not drop & _std.I)
            elif op is c.ATOMIC_GROUP:
                got, empty = first(av, ic)
            elif op is c.BRANCH:
                got, empty = set(), False
                for alt in av[1]:
                    g, e = first(alt, ic)
                    if g is None:
                        return None, False
                    got |= g
                    empty = empty or e
            elif op in repeats:
                got, empty = first(av[2], ic)
                empty = empty or av[0] == 0
            else:
                return None, False  # (any character, a negated literal, a group reference…)
            if got is None:
                return None, False
            found |= got
            if not empty:
                return found, False
        return found, True

    parsed = _parser.parse(src, flags)
    got, empty = first(parsed, bool(parsed.state.flags & _std.I))
    return None if got is None or empty else "|".join(sorted(got))


def caseless(s: str) -> str:
    """``s`` as the engine compares it under ``re.I``: each character as its simple lower case,
    then as the least of the characters the engine takes for the same letter ("ı" as "i", "ſ"
    as "s"), so that two strings a case-insensitive pattern of literals cannot tell apart give
    the same text (``str.lower`` is that for ASCII; for the rest it may give two characters,
    "İ" as "i̇", where the engine takes one)."""
    if s.isascii():
        return s.lower()
    get = _CASELESS.get
    return "".join(get(c) or _caseless_char(c) for c in s)


_CASELESS: dict[str, str] = {}


def _caseless_char(c: str) -> str:
    import _sre
    from re._casefix import _EXTRA_CASES

    lo = _sre.unicode_tolower(ord(c))
    out = _CASELESS[c] = chr(min((lo, *_EXTRA_CASES.get(lo, ()))))
    if len(_CASELESS) > 8192:  # (a bound: a CJK dump meets many characters)
        _CASELESS.clear()
    return out


_FACTS_MAX_HEAD = 3  # (the characters of a line's head and tail looked at)
_FACTS_MAX_SET = 4096  # (strings of a head or a tail, past which fewer characters are looked at)


def line_facts(src: str, flags: int = 0) -> tuple[int, int, bool, tuple | None, tuple | None]:
    """What a string must be like for the pattern ``src`` to match the whole of it, read from
    the pattern (its parse), for a test of a line before any pattern is tried:
    ``(least length, greatest length, needs a decimal digit, head, tail)``, the head (tail)
    ``(k, strings)``: the line's first (last) ``k`` characters, through :func:`caseless`, are
    one of ``strings`` (a string shorter than ``k``: the whole line), or None when the pattern
    does not tell (a class of many characters, any character, a group reference there).
    Lookarounds and anchors are stepped over: they consume nothing (so the facts may let
    through a line the pattern does not match, never the reverse). Kept in the cache file
    with the compiled patterns (the parse is the cost)."""
    key = "facts:" + _key(src, int(flags))
    entries = None if _off else _load()
    if entries is not None and not _off:
        _used[key] = None
        hit = entries.get(key)
        if hit is not None and len(hit) == 5:
            try:
                lo, hi, digit, head, tail = hit
                return (int(lo), int(hi), bool(digit), None if head is None else (int(head[0]), frozenset(head[1])),
                        None if tail is None else (int(tail[0]), frozenset(tail[1])))
            except (TypeError, ValueError, IndexError):
                pass
    found = _line_facts(src, flags)
    if entries is not None and not _off and len(entries) < 2 * _MAX_ENTRIES:
        global _new
        lo, hi, digit, head, tail = found
        entries[key] = [lo, hi, digit, None if head is None else [head[0], sorted(head[1])],
                        None if tail is None else [tail[0], sorted(tail[1])]]
        _new = True
    return found


class _Unknown(Exception):
    """A pattern's head or tail the facts cannot tell (a class of many characters, any one)."""


def _line_facts(src: str, flags: int):
    """:func:`line_facts`, worked out."""
    from re import _constants as c, _parser

    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
    zero_width = (c.AT, c.ASSERT, c.ASSERT_NOT)

    def chars(op, av) -> set[str]:
        """The characters one item matches (caseless), when they are few."""
        if op is c.LITERAL:
            return {caseless(chr(av))}
        if op is c.IN:
            out: set[str] = set()
            for o, a in av:
                if o is c.LITERAL:
                    out.add(caseless(chr(a)))
                elif o is c.RANGE and a[1] - a[0] < 16:
                    out.update(caseless(chr(x)) for x in range(a[0], a[1] + 1))
                else:
                    raise _Unknown
            return out
        raise _Unknown

    def join(cur: set[str], more, budget: int, rev: bool) -> set[str]:
        """Each string of ``cur`` not yet ``budget`` long, followed (rev: preceded) by what
        ``more(room)`` says the next item may give."""
        out: set[str] = set()
        for s in cur:
            if len(s) >= budget:
                out.add(s)
                continue
            for e in more(budget - len(s)):
                out.add(e + s if rev else s + e)
        if len(out) > _FACTS_MAX_SET:
            raise _Unknown
        return out

    def seq(items, budget: int, rev: bool) -> set[str]:
        """The strings, at most ``budget`` long, a match of ``items`` may start (rev: end)
        with; one shorter than ``budget`` is a whole match."""
        cur = {""}
        for op, av in (reversed(list(items)) if rev else items):
            if all(len(s) >= budget for s in cur):
                break
            if op in zero_width:
                continue
            cur = join(cur, lambda room, op=op, av=av: item(op, av, room, rev), budget, rev)
        return cur

    def item(op, av, budget: int, rev: bool) -> set[str]:
        if op is c.SUBPATTERN:
            return seq(av[3], budget, rev)
        if op is c.ATOMIC_GROUP:
            return seq(av, budget, rev)
        if op is c.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                out |= seq(alt, budget, rev)
            return out
        if op in repeats:
            lo, hi, body = av
            more = lambda room: seq(body, room, rev)  # noqa: E731
            cur: set[str] = {""}
            for _ in range(lo):  # (the repeats it must make; past a fixed point, more change nothing)
                nxt = join(cur, more, budget, rev)
                if nxt == cur:
                    break
                cur = nxt
            out, front, extra = set(cur), cur, 0
            while extra < hi - lo:  # (the repeats it may make)
                front = join(front, more, budget, rev) - out
                if not front:
                    break
                out |= front
                extra += 1
                if len(out) > _FACTS_MAX_SET:
                    raise _Unknown
            return out
        return chars(op, av)

    def needs_digit(items) -> bool:
        for op, av in items:
            if op is c.LITERAL and 0x30 <= av <= 0x39:
                return True
            if op is c.IN and all((o is c.CATEGORY and a is c.CATEGORY_DIGIT) or (o is c.LITERAL and 0x30 <= a <= 0x39)
                                  or (o is c.RANGE and 0x30 <= a[0] and a[1] <= 0x39) for o, a in av):
                return True
            if op is c.SUBPATTERN and needs_digit(av[3]):
                return True
            if op is c.ATOMIC_GROUP and needs_digit(av):
                return True
            if op is c.BRANCH and all(needs_digit(alt) for alt in av[1]):
                return True
            if op in repeats and av[0] >= 1 and needs_digit(av[2]):
                return True
        return False

    def bound(items) -> int | None:
        """The greatest length a lookahead at the start that runs to the end (``(?=.{0,50}\\Z)``)
        allows the whole string, if the pattern opens with one."""
        for op, av in items:
            if op is c.SUBPATTERN:
                return bound(av[3])
            if op is c.ASSERT and av[0] == 1 and av[1] and av[1][-1] == (c.AT, c.AT_END_STRING):
                return av[1].getwidth()[1]
            if op is c.ASSERT or op is c.AT:
                continue  # (another lookahead, an anchor: the next item may be such a bound)
            return None
        return None

    parsed = _parser.parse(src, flags)
    lo, hi = parsed.getwidth()
    cap = bound(parsed)
    if cap is not None:
        hi = min(hi, cap)
    ends: list = []
    for rev in (False, True):
        found = None
        for k in range(_FACTS_MAX_HEAD, 0, -1):
            try:
                found = (k, frozenset(seq(parsed, k, rev)))
                break
            except _Unknown:
                continue
        ends.append(found)
    return lo, hi, needs_digit(parsed), ends[0], ends[1]
