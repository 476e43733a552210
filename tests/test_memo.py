"""The bounded memos of pure per-line tests (``memo.py``): invented lines."""

from __future__ import annotations

import pytest

from postscrub import learn, memo, process, segment, shapes

MEMOIZED = [segment.is_name, segment._count, learn._age_like, learn._anchor_like, shapes._numbered]

# invented lines of every kind the tests are asked about: names, buttons, ages, counters,
# numbered markers, sentences, CJK and right-to-left text, odd white space, long lines
LINES = [
    "", " ", "Mara Verhoek", "  Mara Verhoek  ", "Tomas Quist, MBA", "💡 Ilse Okafor 💡", "Dr. Kofi Dube",
    "王晓婷", "יוסי כהן", "mara verhoek", "Like", "Reply", "Like · Reply", "Comment", "Repost", "Send",
    "3d", "2w", "10 个月", "3 周", "6 ימים", "4 ngày", "12 comments", "1,204", "2.5K reactions", "1K",
    "Feed post number 3", "Post 12", "Beitrag Nr. 7", "Card 1", "We moved our whole team to four-day weeks.",
    "Is it working?", "#Leadership", "@Mara", "https://lnkd.in/abc", "1,2.5k", "9" * 40,
    "Head of Growth at Brightfold | Mentor", "x" * 119, "y" * 120, "z" * 121, "Ana Lee " * 30,
    "Like\u00a0· 3", "\u200bMara Verhoek", "Quillmarsh • 1st", "Lena Moreau Lena Moreau",
]


def _same(a, b) -> bool:
    if hasattr(a, "span") and hasattr(b, "span"):  # (regex matches: the same match, of equal strings)
        return a.span() == b.span() and a.groups() == b.groups() and a.string == b.string
    return a == b and type(a) is type(b)


@pytest.mark.parametrize("fn", MEMOIZED, ids=lambda f: f.__name__)
def test_the_memos_answer_is_the_uncached_functions(fn):
    for line in LINES * 2:  # (twice: the second answer comes from the table)
        assert _same(fn(line), fn.__wrapped__(line)), line
        assert _same(fn("".join(line)), fn.__wrapped__(line)), line  # (an equal string, not the same object)


@pytest.mark.parametrize("fn", MEMOIZED, ids=lambda f: f.__name__)
def test_only_short_texts_are_kept(fn):
    fn.table.clear()
    fn("a" * memo.MAX_LEN)
    fn("b" * (memo.MAX_LEN + 1))
    assert "a" * memo.MAX_LEN in fn.table and "b" * (memo.MAX_LEN + 1) not in fn.table


def test_a_table_stays_within_its_bound():
    @memo.line_memo
    def length(text: str) -> int:
        return len(text)

    try:
        for k in range(5 * memo.BOUND + 7):
            t = f"line {k}"
            assert length(t) == len(t)
            assert len(length.table) <= memo.BOUND
        assert length("line 3") == len("line 3")  # (emptied and filled again: still right)
    finally:
        memo.TABLES.remove(length.table)


def test_every_table_stays_within_its_bound_over_many_dumps():
    # dumps of many different names, counters and ages: each memo holds at most BOUND answers
    for k in range(60):
        names = "\n\n".join(f"Mara{k}x{j} Verhoek\nFounder\n{j % 9 + 1}d\nGreat post {k} {j}!\nLike\nReply\n{j} replies"
                            for j in range(40))
        process(f"Tomas{k} Quist\nHead of Growth\n2d\n\nA post {k}.\n\n{k} comments\n\n{names}\n")
    assert all(len(t) <= memo.BOUND for t in memo.TABLES)


def test_the_answers_do_not_depend_on_what_was_asked_before():
    # the same dump segmented with the tables empty and full: the same records
    text = ("Mira Solberg\nFounder at Kelp Works\n3d\n\nWe moved our whole team to four-day weeks.\n\n"
            "12 comments\n\nJonas Aalto\nProduct designer\n2d\nHow did clients react?\nLike | Reply\n")
    for t in memo.TABLES:
        t.clear()
    cold = [r.to_dict() for r in process(text)]
    warm = [r.to_dict() for r in process(text)]
    assert cold == warm
