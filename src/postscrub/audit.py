"""Accounting: prove that nothing in a dump vanished without a record.

:func:`check_accounted` takes the decoded input text and the records that
:func:`postscrub.process` made of it, and returns a list of problems (empty: accounted).
It is what the property tests and the fuzzer call, and users can call it on their own data::

    from postscrub import process
    from postscrub.audit import check_accounted

    records = process(text)
    assert check_accounted(text, records) == []

The claim it checks: **every non-whitespace character of the input ends up either in an
output field or in a** ``repairs`` **entry, in order.** Precisely:

1. *Replay.* The input is split into lines as the pipeline splits it (``\\r\\n``, ``\\r`` and
   U+2028 count as ``\\n``, U+2029 as a blank line: ``repair.line_texts``) and held as one
   cell per input character, each cell holding what that character has become. The repairs
   of all records (a repair repeated in several records counts once) are replayed at their
   recorded 1-based ``line``/``column``: at that place the repair's ``text`` must be what
   stands there now, and it is replaced by the repair's ``replacement``. Repairs are
   replayed in the order the pipeline makes them: ``line_separator``, ``unicode_nfc``,
   ``mail.*``, ``terminal_escape``, ``mojibake`` (after the ``lost_character`` repairs of
   U+FFFD and its layered mojibake ``ï¿½``/``Ã¯Â¿Â½``, which the mojibake step makes first),
   ``html_entity``, ``lost_character``, ``invisible_character``, then every other rule
   (segmentation: ``ui.*`` …), each group in input order; a repair whose ``text`` is only
   there once another repair has been replayed (``ui.*`` dropping a line whose mojibake was
   fixed first) is retried until nothing more can be replayed. A repair that never matches
   is a problem: its position or its text is wrong, or something changed the input
   without a record.
2. *Residual.* What the cells hold after the replay is the residual text: the input minus
   everything removed, plus every replacement.
3. *Fields.* The string fields of the records — per record (in ``index`` order):
   ``title``, ``author.name``, ``author.bio``, ``age``, ``body``, ``sign_off``, ``cta``, then
   per comment (replies right after their comment): ``author.name``, ``author.bio``,
   ``age``, ``text`` — are laid over the residual. Each field must be one *contiguous* run
   of the residual, so the characters inside a field stand in their input order (one
   exception: the lines of hashtags that close a body are laid as runs of their own, a line
   each, after the call to action, since the post's closing hashtags are its body's even where they
   stand after its call to action or sign-off); no two
   fields may share a character (a field copied twice is a problem). Fields are not required
   to follow each other in the order listed above (shapes put a post's age before or after
   its author, a title before or after a page header), but they are placed by that order:
   longest field first, each at its first free occurrence after the end of the nearest field
   listed before it that is already placed (else at its first free occurrence). A field
   that cannot be placed is a problem: text the input does not hold (invented, duplicated,
   or changed without a record).
4. *Leftovers.* Residual characters that no field covers may still be covered by the
   derived fields — ``hashtags``, ``mentions``, ``links`` and the ``reactions`` counts —
   wherever their values occur in such a stretch. Anything left after that is a problem:
   characters that vanished without a record, reported with their line and column.
5. The ``repairs`` of each record must be listed in input order (by line, then column).

"In order" therefore means: every removed or replaced piece of text stands at the position
its repair records (it is replayed in place, not merely found somewhere), and every field is
one contiguous run of what remains, so no character was moved within a field; the order of
whole fields relative to each other is not checked.

Whitespace is ignored throughout (``str.isspace``): joining paragraphs, tidying NBSP into a
space and stripping line ends are not repairs, and neither the residual nor the fields are
compared on their whitespace. Characters that are not ``isspace`` but invisible (ZWSP
U+200B, BOM U+FEFF, bidi controls, ESC) do count.
"""

from __future__ import annotations

import bisect
import re

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

#: The pipeline's repair steps, in the order they run: reading the input's lines first
#: (``repair.read_lines``: line separators recorded, NFC), then a raw mail's decoding
#: (``mime.py``, before the repairs: its soft breaks move text between lines), then
#: ``repair.STEPS``; other rules (segmentation, ``ui.*``) run after them.
REPAIR_PHASES: tuple[str, ...] = ("line_separator", "unicode_nfc",
                                  "mail.encoded_word", "mail.quoted_printable", "mail.soft_break",
                                  "terminal_escape", "mojibake", "html_entity", "lost_character",
                                  "invisible_character")

#: At most this many problems are listed; one more line says how many were left out.
MAX_PROBLEMS = 20


def check_accounted(text: str, records: Sequence[Any]) -> list[str]:
    """Problems with the accounting of ``text`` by ``records`` (``Record`` objects or their
    ``to_dict()`` form); an empty list means every non-whitespace character is accounted
    for. See the module docstring for exactly what is checked."""
    recs = [r if isinstance(r, dict) else r.to_dict() for r in records]
    problems: list[str] = []
    tape = _Tape(text)

    repairs: list[dict[str, Any]] = []
    # a repair repeated in several records counts once; one listed twice in one record is two
    # (two lost characters in a word that NFC changed both map back to the word's start)
    taken: dict[tuple, int] = {}
    for rec in recs:
        keys = []
        mine: dict[tuple, int] = {}
        for rep in rec.get("repairs", []):
            key = (rep["line"], rep["column"], rep["rule"], rep["text"], rep["replacement"])
            keys.append(key[:2])
            mine[key] = n = mine.get(key, 0) + 1
            if n > taken.get(key, 0):
                taken[key] = n
                repairs.append(rep)
        if keys != sorted(keys):
            problems.append(f"record {rec.get('index', 0)}: repairs are not listed in input order")
    problems += _replay(tape, repairs)

    residual, where = tape.residual()
    covered = bytearray(len(residual))
    problems += _lay_fields(residual, covered, list(_fields(recs)))
    _cover_derived(residual, covered, list(_derived(recs)))
    problems += _leftovers(residual, covered, where)

    if len(problems) > MAX_PROBLEMS:
        more = len(problems) - MAX_PROBLEMS
        problems = problems[:MAX_PROBLEMS] + [f"… and {more} more problem(s)"]
    return problems


# --------------------------------------------------------------------------------------------
# 1-2. Replay the repairs over the input


class _Tape:
    """The input as cells, one per character (plus one past the end of each line, where an
    insertion at the line's end lands); each cell holds what its character has become."""

    def __init__(self, text: str) -> None:
        from .repair import line_texts

        self.cells: list[str] = []
        self.line_start: list[int] = []  # index of each line's first cell (0-based lines)
        self.pos: list[tuple[int, int]] = []  # (line, column), 1-based, of each cell
        for no, line in enumerate(line_texts(text), start=1):
            self.line_start.append(len(self.cells))
            self.cells.extend(line)
            self.pos.extend((no, c) for c in range(1, len(line) + 1))
            self.cells.append("\n")  # the line break; the end-of-line insertion point
            self.pos.append((no, len(line) + 1))

    def index(self, line: int, column: int) -> int | None:
        if not (1 <= line <= len(self.line_start)) or column < 1:
            return None
        start = self.line_start[line - 1]
        end = self.line_start[line] if line < len(self.line_start) else len(self.cells)
        i = start + column - 1
        return i if i < end else None

    def apply(self, i: int, text: str, replacement: str) -> bool:
        """Replace ``text`` by ``replacement`` where cell ``i`` (or what it became) begins;
        compared on non-whitespace characters. False when ``text`` is not there."""
        need = [c for c in text if not c.isspace()]
        cells = self.cells
        # the text may start inside what cell i became (a position inside an earlier
        # replacement maps back to that replacement's start), or at a later cell when cell i
        # was removed (a position just after a removal maps to the removal's end)
        starts = [(i, o) for o in range(len(cells[i]))] or [(i, 0)]
        j = i + 1
        while not cells[i] and j < len(cells) and not cells[j]:
            j += 1
        if not cells[i] and j < len(cells):
            starts.append((j, 0))
        for ci, off in starts:
            plan = self._match(ci, off, need)
            if plan is not None:
                for cj, o in reversed(plan):
                    cells[cj] = cells[cj][:o] + cells[cj][o + 1 :]
                cells[ci] = cells[ci][:off] + replacement + cells[ci][off:]
                return True
        return False

    def _match(self, ci: int, off: int, need: list[str]) -> list[tuple[int, int]] | None:
        plan: list[tuple[int, int]] = []
        k = 0
        cells = self.cells
        while k < len(need):
            if ci >= len(cells):
                return None
            cell = cells[ci]
            while off < len(cell) and k < len(need):
                ch = cell[off]
                if not ch.isspace():
                    if ch != need[k]:
                        return None
                    plan.append((ci, off))
                    k += 1
                off += 1
            if k < len(need):
                ci, off = ci + 1, 0
        return plan

    def residual(self) -> tuple[str, list[tuple[int, int]]]:
        """The non-whitespace characters left, and the input position of each."""
        chars: list[str] = []
        where: list[tuple[int, int]] = []
        for cell, p in zip(self.cells, self.pos):
            for ch in cell:
                if not ch.isspace():
                    chars.append(ch)
                    where.append(p)
        return "".join(chars), where


def _phase(rule: str, text: str = "") -> float:
    if rule == "lost_character" and _LOST_BEFORE_MOJIBAKE.fullmatch(text.strip()):
        # the mojibake step takes a lost character's U+FFFD (or its mojibake, layered) out of
        # the line before it fixes the rest (ftfy would read them as characters to decode): a
        # fix beside it is recorded over the gap it left, and replayed first it could match
        # repeating text at its own position ("Æ½Ã¯Â" in "…Ã¯Â¿Æ½Ã¯Â¿Â½…")
        return REPAIR_PHASES.index("mojibake") - 0.5
    try:
        return REPAIR_PHASES.index(rule)
    except ValueError:
        return len(REPAIR_PHASES)


_LOST_BEFORE_MOJIBAKE = re.compile("(?:\ufffd|ï¿½|Ã¯Â¿Â½)+")


def _replay(tape: _Tape, repairs: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    todo = []
    for rep in repairs:
        bad = _malformed(rep)
        if bad:
            problems.append(bad)
        else:
            todo.append(rep)
    todo.sort(key=lambda r: (_phase(r["rule"], r["text"]), r["line"], r["column"]))
    while todo:
        left = []
        for rep in todo:
            i = tape.index(rep["line"], rep["column"])
            if i is None or not tape.apply(i, rep["text"], rep["replacement"]):
                left.append(rep)
        if len(left) == len(todo):
            break
        todo = left
    for rep in todo:
        i = tape.index(rep["line"], rep["column"])
        if i is None:
            problems.append(f"repair {_show_rep(rep)}: no such position in the input")
        else:
            now = "".join(tape.cells[i : i + max(8, len(rep["text"]) + 4)]).split("\n")[0]
            problems.append(f"repair {_show_rep(rep)}: the input there reads {_clip(now)}")
    return problems


def _malformed(rep: dict[str, Any]) -> str | None:
    ok = (
        isinstance(rep.get("rule"), str) and rep["rule"]
        and isinstance(rep.get("text"), str) and isinstance(rep.get("replacement"), str)
        and isinstance(rep.get("line"), int) and isinstance(rep.get("column"), int)
        and rep["line"] >= 1 and rep["column"] >= 1
    )
    return None if ok else f"malformed repair {rep!r}"


def _show_rep(rep: dict[str, Any]) -> str:
    return (f"{rep['rule']} at {rep['line']}:{rep['column']} "
            f"({_clip(rep['text'])} -> {_clip(rep['replacement'])})")


def _clip(s: str, n: int = 40) -> str:
    return repr(s if len(s) <= n else s[: n - 1] + "…")


# --------------------------------------------------------------------------------------------
# 3-4. Lay the fields over the residual


def _squeeze(s: str) -> str:
    return "".join(c for c in s if not c.isspace())


def _comment_fields(c: dict[str, Any], path: str) -> Iterator[tuple[str, str]]:
    author = c.get("author") or {}
    yield f"{path}.author.name", author.get("name")
    yield f"{path}.author.bio", author.get("bio")
    yield f"{path}.age", c.get("age")
    yield f"{path}.text", c.get("text")
    for k, r in enumerate(c.get("replies") or []):
        yield from _comment_fields(r, f"{path}.replies[{k}]")


def _fields(recs: Iterable[dict[str, Any]]) -> Iterator[tuple[str, str]]:
    for n, rec in enumerate(recs):
        p = f"record {rec.get('index', n)}"
        author = rec.get("author") or {}
        for name, value in (
            ("title", rec.get("title")),
            ("author.name", author.get("name")),
            ("author.bio", author.get("bio")),
            ("age", rec.get("age")),
            *_body_runs(rec.get("body")),
            ("sign_off", rec.get("sign_off")),
            ("cta", rec.get("cta")),
            *_closing_tags(rec.get("body")),
        ):
            if value:
                yield f"{p} {name}", value
        for k, c in enumerate(rec.get("comments") or []):
            for name, value in _comment_fields(c, f"comments[{k}]"):
                if value:
                    yield f"{p} {name}", value


def _tag_line(line: str) -> bool:
    """A line of hashtags ("#A #B", or "hashtag#A": a label glued before each tag)."""
    toks = line.split()
    return bool(toks) and all(0 <= t.find("#") < len(t) - 1 and (t.find("#") == 0 or t[: t.find("#")].isalpha())
                              for t in toks)


def _split_closing_tags(body: str | None) -> tuple[str | None, str | None]:
    """A body and the lines of hashtags closing it, which may stand further on in the input
    (after the call to action or the sign-off) and are laid as a run of their own."""
    if not body:
        return body, None
    lines = body.rstrip().split("\n")
    k = len(lines)
    while k and (_tag_line(lines[k - 1]) or not lines[k - 1].strip()):
        k -= 1
    if k == len(lines) or k == 0:
        return body, None
    return "\n".join(lines[:k]), "\n".join(lines[k:])


def _body_runs(body: str | None) -> list[tuple[str, str | None]]:
    return [("body", _split_closing_tags(body)[0])]


def _closing_tags(body: str | None) -> list[tuple[str, str | None]]:
    """The body's closing hashtag lines, one run each: some may have closed the text before a
    call to action, the others after it."""
    tags = _split_closing_tags(body)[1]
    return [("body (closing hashtags)", t) for t in tags.split("\n") if t.strip()] if tags else []


def _derived(recs: Iterable[dict[str, Any]]) -> Iterator[str]:
    def comment_counts(c: dict[str, Any]) -> Iterator[str]:
        if c.get("reactions") is not None:
            yield str(c["reactions"])
        for r in c.get("replies") or []:
            yield from comment_counts(r)

    for rec in recs:
        for key in ("hashtags", "mentions", "links"):
            yield from (v for v in rec.get(key) or [] if isinstance(v, str))
        if rec.get("reactions") is not None:
            yield str(rec["reactions"])
        for c in rec.get("comments") or []:
            yield from comment_counts(c)


def _free(covered: bytearray, start: int, end: int) -> bool:
    return covered.find(1, start, end) == -1


def _find_free(residual: str, covered: bytearray, s: str, start: int) -> int:
    at = residual.find(s, start)
    while at != -1 and not _free(covered, at, at + len(s)):
        at = residual.find(s, at + 1)
    return at


def _lay_fields(residual: str, covered: bytearray, fields: list[tuple[str, str]]) -> list[str]:
    """Place every field on a free run of the residual. Long fields go first (they are the
    least ambiguous); each is placed at its first free occurrence after the end of the
    nearest field before it in document order that is already placed, else at its first
    free occurrence anywhere."""
    problems = []
    todo = [(i, name, value, _squeeze(value)) for i, (name, value) in enumerate(fields)]
    todo = [t for t in todo if t[3]]
    todo.sort(key=lambda t: (-len(t[3]), t[0]))
    placed: list[int] = []  # document indexes placed so far, sorted
    ends: dict[int, int] = {}
    for i, name, value, s in todo:
        k = bisect.bisect_left(placed, i)
        expected = ends[placed[k - 1]] if k else 0
        at = _find_free(residual, covered, s, expected)
        if at == -1 and expected:
            at = _find_free(residual, covered, s, 0)
        if at == -1:
            problems.append((i, f"{name} holds {_clip(value)}, which the input (after the repairs) "
                                "does not hold as one run that no other field took"))
            continue
        covered[at : at + len(s)] = b"\x01" * len(s)
        bisect.insort(placed, i)
        ends[i] = at + len(s)
    return [p for _, p in sorted(problems)]


def _cover_derived(residual: str, covered: bytearray, values: list[str]) -> None:
    for v in values:
        s = _squeeze(v)
        if not s:
            continue
        at = residual.find(s)
        while at != -1:
            if _free(covered, at, at + len(s)):
                covered[at : at + len(s)] = b"\x01" * len(s)
            at = residual.find(s, at + 1)


def _leftovers(residual: str, covered: bytearray, where: list[tuple[int, int]]) -> list[str]:
    problems = []
    i = covered.find(0)
    while i != -1:
        j = covered.find(1, i)
        j = len(residual) if j == -1 else j
        line, col = where[i]
        problems.append(f"lost without a record at {line}:{col}: {_clip(residual[i:j])}")
        i = covered.find(0, j)
    return problems


# --------------------------------------------------------------------------------------------
# python -m postscrub.audit FILE...


def main(argv: Sequence[str] | None = None) -> int:
    """Check each dump file: print ``file: accounted`` or its problems, one per line.
    Exit status 1 when any file is not accounted (or cannot be read as text)."""
    import sys

    from .decode import NotTextError, decode
    from .pipeline import process

    paths = list(sys.argv[1:] if argv is None else argv)
    if not paths:
        sys.stderr.write("usage: python -m postscrub.audit FILE...\n")
        return 2
    failed = 0
    for path in paths:
        try:
            with open(path, "rb") as fh:
                text, encoding = decode(fh.read())
        except (OSError, NotTextError) as exc:
            print(f"{path}: cannot check: {exc}")
            failed += 1
            continue
        problems = check_accounted(text, process(text, source=path, encoding=encoding))
        if problems:
            failed += 1
            print(f"{path}: {len(problems)} problem(s)")
            for p in problems:
                print(f"  {p}")
        else:
            print(f"{path}: accounted")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
