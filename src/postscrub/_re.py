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


def first_chars(src: str, flags: int = 0) -> str | None:
    """A pattern of one character that matches every character a match of the pattern ``src``
    may start with (an alternation of the classes it may start with, each under the
    case-insensitivity that holds where it stands), or None when any character may, or when in
    doubt: the pattern may match an empty string, or opens with a class of another kind, a
    negated literal, any character or a group reference. Zero-width items (anchors,
    lookarounds) are stepped over: they consume nothing. Kept in the cache file (the parse is
    the cost: a few ms for a pattern of a few hundred words)."""
    key = "first:" + _key(src, int(flags))
    entries = None if _off else _load()
    if entries is not None and not _off:
        _used[key] = None
        hit = entries.get(key)
        if hit is not None and len(hit) == 1 and (hit[0] is None or isinstance(hit[0], str)):
            return hit[0]
    found = _first_chars(src, flags)
    if entries is not None and not _off and len(entries) < 2 * _MAX_ENTRIES:
        global _new
        entries[key] = [found]
        _new = True
    return found


def _first_chars(src: str, flags: int) -> str | None:
    """:func:`first_chars`, worked out."""
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
        for op, av in seq:
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
