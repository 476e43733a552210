"""Where dumps come from: stdin, files, folders. Reading never raises past this module except
as :class:`InputError`, whose message is one line a user can act on.

A folder is walked recursively (:func:`walk`) in a stable sorted order, picking the files whose
name matches the globs (:data:`DEFAULT_GLOBS` unless told), skipping hidden files and folders,
following symbolic links without ever entering the same folder twice (no loops), and turning a
folder that cannot be listed into a source whose reading fails: it is reported, never fatal.
The walk is lazy: it holds one folder listing per level, never the whole tree.
"""

from __future__ import annotations

import bisect
import fnmatch
import os
from . import _re as re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

#: Inputs larger than this are refused with a one-line error (a dump is at most a few MB;
#: a 100 MB text took 42 s and 1.5 GB of memory in one worker: more is a log or an export
#: picked up by mistake, and with one worker per core it could exhaust memory).
MAX_INPUT_BYTES = 64 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be read. ``str(exc)`` is the one-line reason."""


#: What a folder walk picks when no ``--glob`` is given: text-like dump files. Not ``*.json``:
#: beside scraped dumps a ``.json`` is usually the scraper's metadata, and it is postscrub's own
#: output format (re-running on an output folder must not eat its results).
DEFAULT_GLOBS: tuple[str, ...] = ("*.txt", "*.text", "*.md", "*.markdown")


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # the path as given (or found under a folder given), or "-" for stdin
    path: str | None  # None for stdin
    #: for a file found in a folder: its path relative to that folder (mirrored under -o DIR/);
    #: for a file given by name: its base name
    rel: str | None = None
    #: another selected file in the same folder has the same stem (``a.txt`` and ``a.md``)
    stem_clash: bool = False
    #: set when the source is known unreadable before reading (a folder that cannot be listed)
    error: str | None = None

    def read_bytes(self) -> bytes:
        if self.error is not None:
            raise InputError(self.error)
        if self.path is None:
            if sys.stdin is None:  # started with standard input closed (`postscrub <&-`)
                raise InputError("standard input is closed; give a file, or pipe a dump in")
            try:
                data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            except (OSError, ValueError, AttributeError) as exc:
                raise InputError(f"cannot read standard input: {_reason(exc)}") from exc
        else:
            try:
                with open(self.path, "rb") as fh:
                    data = _read_limited(fh)
            except IsADirectoryError as exc:
                raise InputError("is a folder: give files, or a folder for batch mode") from exc
            except FileNotFoundError as exc:
                if os.path.islink(self.path):
                    raise InputError("is a broken symbolic link") from exc
                raise InputError(f"cannot read: {_reason(exc)}") from exc
            except OSError as exc:
                raise InputError(f"cannot read: {_reason(exc)}") from exc
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(f"is larger than {MAX_INPUT_BYTES // 2**20} MB; split it first")
        return data


def _read_limited(fh) -> bytes:
    """At most ``MAX_INPUT_BYTES + 1`` bytes of ``fh`` (one more than allowed: the caller sees
    that it is too large). A regular file is read as one piece of its size, plus one byte to
    see whether it grew meanwhile (then on, up to the limit): ``read(MAX_INPUT_BYTES + 1)``
    allocates, and gives back, a buffer of the limit's size (64 MB) for every dump."""
    try:
        st = os.fstat(fh.fileno())
    except (OSError, AttributeError, ValueError):
        st = None
    if st is None or not stat.S_ISREG(st.st_mode) or st.st_size > MAX_INPUT_BYTES:
        return fh.read(MAX_INPUT_BYTES + 1)
    data = fh.read(st.st_size + 1)
    if len(data) > st.st_size:  # (it grew, or it is a /proc file whose size says 0)
        data += fh.read(MAX_INPUT_BYTES + 1 - len(data))
    return data


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


#: Characters of a file name that a message never sends to the terminal as they are: C0 and
#: C1 controls and DEL (an escape sequence in a name would drive the terminal), and the bidi
#: controls (they would reorder the message around the name). A table for ``str.translate``
#: (no pattern: nothing to compile at start-up).
_UNSHOWN = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7f, 0xa0))}
_UNSHOWN.update({c: f"\\u{c:04x}" for c in (0x61C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_UNSHOWN.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def display_name(path: str) -> str:
    """A path as it can be shown on one line of a terminal: undecodable bytes, newlines and
    other control characters (an escape sequence in a name), and bidi controls escaped."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8").translate(_UNSHOWN)


def resolve(paths: list[str] | None) -> list[Source]:
    """Turn the command line's PATHs into sources. No PATH means standard input."""
    if not paths:
        return [Source("-", None)]
    out = []
    for p in paths:
        if p == "-":
            out.append(Source("-", None))
        else:
            out.append(Source(p, os.fspath(p)))
    return out


# --------------------------------------------------------------------------------------------
# Folders


class Globs:
    """File-name patterns, matched case-insensitively against the file name, or against the
    path relative to the walked folder (with ``/``) when the pattern contains a ``/``."""

    __slots__ = ("patterns", "_name", "_rel")

    def __init__(self, patterns: Iterable[str] | None = None) -> None:
        pats = tuple(p for p in (patterns or ()) if p) or DEFAULT_GLOBS
        self.patterns = pats
        by_name = [fnmatch.translate(p) for p in pats if "/" not in p]
        by_rel = [fnmatch.translate(p.lstrip("/")) for p in pats if "/" in p]
        self._name = re.compile("|".join(by_name), re.IGNORECASE) if by_name else None
        self._rel = re.compile("|".join(by_rel), re.IGNORECASE) if by_rel else None

    def match(self, name: str, rel: str) -> bool:
        if self._name is not None and self._name.match(name):
            return True
        if self._rel is not None:
            return bool(self._rel.match(rel.replace(os.sep, "/")))
        return False

    def __str__(self) -> str:
        return " ".join(self.patterns)


def is_hidden(name: str) -> bool:
    return name.startswith(".")


def _dir_key(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _stem(name: str) -> str:
    stem, dot, _ = name.rpartition(".")
    return stem if dot and stem else name


def walk(
    root: str,
    globs: Globs | Iterable[str] | None = None,
    *,
    exclude: Iterable[str] = (),
    seen: set[tuple[int, int]] | None = None,
) -> Iterator[Source]:
    """The files under folder ``root`` that match ``globs``, recursively, sorted by name at each
    level (a sub-folder is walked where its name sorts). Hidden files and folders are skipped;
    a folder in ``exclude`` (e.g. the output folder), or one already walked (a symbolic-link
    loop, or two links to one folder), is not entered. A folder that cannot be listed is
    yielded as a source whose reading raises :class:`InputError`."""
    if not isinstance(globs, Globs):
        globs = Globs(globs)
    seen = set() if seen is None else seen
    for ex in exclude:
        key = _dir_key(ex)
        if key is not None:
            seen.add(key)
    key = _dir_key(root)
    if key is not None:
        if key in seen:
            return
        seen.add(key)
    # one pending listing per level: (folder path, folder rel, sorted names, sub-folder names, next index)
    listing = _list(root, "", globs, seen)
    if isinstance(listing, Source):
        yield listing
        return
    stack = [(root, "", listing[0], listing[1], [0])]
    while stack:
        folder, frel, names, dirs, pos = stack[-1]
        i = pos[0]
        if i >= len(names):
            stack.pop()
            continue
        pos[0] += 1
        name = names[i]
        path = os.path.join(folder, name)
        rel = os.path.join(frel, name) if frel else name
        if name not in dirs:
            yield Source(path, path, rel, _stem_clash(names, dirs, i))
            continue
        sub = _list(path, rel, globs, seen)
        if isinstance(sub, Source):
            yield sub
        elif sub[0]:
            stack.append((path, rel, sub[0], sub[1], [0]))


def _list(folder: str, frel: str, globs: Globs, seen: set[tuple[int, int]]):
    """The selected entries of one folder: their names, sorted, and the set of those that are
    folders; or a failing :class:`Source` when the folder cannot be listed. Only names are
    kept (a folder of 50,000 dumps costs a few MB, once)."""
    names: list[str] = []
    dirs: set[str] = set()
    try:
        with os.scandir(folder) as it:
            for e in it:
                if is_hidden(e.name):
                    continue
                try:
                    if e.is_dir():  # follows links; loops are cut by ``seen`` below
                        st = e.stat()
                        key = (st.st_dev, st.st_ino)
                        if key in seen:
                            continue
                        seen.add(key)
                        names.append(e.name)
                        dirs.add(e.name)
                        continue
                    is_file = e.is_file()
                    broken = not is_file and e.is_symlink()
                except OSError:
                    is_file, broken = False, True
                if (is_file or broken) and globs.match(e.name, os.path.join(frel, e.name)):
                    names.append(e.name)
    except OSError as exc:
        return Source(folder, folder, frel or None, error=f"cannot read folder: {_reason(exc)}")
    names.sort()
    return names, dirs


def _stem_clash(names: list[str], dirs: set[str], i: int) -> bool:
    """Does another selected file of the folder have the stem of ``names[i]`` (``a.txt`` and
    ``a.md``, or ``a``)? Names sharing the prefix ``stem.`` are contiguous in sorted order, so
    a binary search finds them without any per-folder table."""
    name = names[i]
    stem = _stem(name)
    if stem != name:
        j = bisect.bisect_left(names, stem)
        if j < len(names) and names[j] == stem and stem not in dirs:
            return True
    prefix = stem + "."
    j = bisect.bisect_left(names, prefix)
    while j < len(names) and names[j].startswith(prefix):
        if j != i and names[j] not in dirs and _stem(names[j]) == stem:
            return True
        j += 1
    return False


def expand(
    paths: list[str] | None,
    globs: Globs | Iterable[str] | None = None,
    *,
    exclude: Iterable[str] = (),
) -> Iterator[Source]:
    """Every source named by the command line's PATHs, in order: ``-`` is standard input, a
    folder is walked (see :func:`walk`), anything else is a file taken as given (whatever its
    name: the globs only pick files inside folders)."""
    if not isinstance(globs, Globs):
        globs = Globs(globs)
    exclude = tuple(exclude)
    seen: set[tuple[int, int]] = set()
    sources = resolve(paths)
    # files given by name are mirrored by their base name: two that share a stem (a.txt and
    # a.md) keep their full names, as two such files of one folder do
    named = [os.path.basename(os.path.normpath(s.path)) for s in sources
             if s.path is not None and not os.path.isdir(s.path)]
    stems: dict[str, set[str]] = {}
    for n in named:
        stems.setdefault(_stem(n), set()).add(n)
    for src in sources:
        if src.path is not None and os.path.isdir(src.path):
            yield from walk(src.path, globs, exclude=exclude, seen=seen)
        else:
            rel = None if src.path is None else os.path.basename(os.path.normpath(src.path))
            yield Source(src.name, src.path, rel, rel is not None and len(stems.get(_stem(rel), ())) > 1)
