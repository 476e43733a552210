"""Bounded memos of pure per-line tests, kept across dumps.

A batch of dumps from one site repeats the same short lines thousands of times (buttons,
counters, ages, names), and several stages ask the same question of each (is it a name? an
age-like line? a counter?). A test whose answer depends on nothing but the line's text (no
dump's learned chrome, no configuration) is asked once per text: the answer is kept in a table
of its own, for the process (a batch worker keeps it across the dumps it segments).

Bounds: only texts of at most :data:`MAX_LEN` characters are kept (UI strings; a paragraph is
rarely asked twice), and at most :data:`BOUND` answers per test: a full table is emptied and
fills again with what the next dumps ask. Worst case per test: ``BOUND`` keys of ``MAX_LEN``
characters of 4 bytes each (~560 bytes a key object), their dict slots and answers (a bool, an
int or None, shared; or a regex match, ~200 bytes): under 2 MB. Typical short ASCII lines,
~0.4 MB. The memory of a long batch does not grow with the number of files.

Only functions of one argument whose answer is immutable (bool, int, None, str, a match) are
memoized: no caller can change a kept answer.
"""

from __future__ import annotations

from functools import update_wrapper
from typing import Callable, TypeVar

MAX_LEN = 120  # (texts kept: at most this many characters)
BOUND = 2048  # (answers kept per test; the table is emptied when full)

T = TypeVar("T")

_MISS = object()
TABLES: list[dict] = []  # (every memo's table)


def line_memo(fn: Callable[[str], T]) -> Callable[[str], T]:
    """``fn(text)``, worked out once per short text (see the module's note): ``fn`` must be
    pure, its answer a function of ``text`` alone. The uncached function is ``__wrapped__``,
    the table ``table``."""
    table: dict[str, T] = {}
    TABLES.append(table)
    get = table.get

    def memo(text: str) -> T:
        hit = get(text, _MISS)
        if hit is not _MISS:
            return hit  # type: ignore[return-value]
        value = fn(text)
        if len(text) <= MAX_LEN:
            if len(table) >= BOUND:
                table.clear()
            table[text] = value
        return value

    update_wrapper(memo, fn)
    memo.table = table  # type: ignore[attr-defined]
    return memo
