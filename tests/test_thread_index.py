"""layouts._Thread: the writers of a reply thread, kept by what a reply naming them opens
with, give what a pass over the thread for each comment gave (the pass grew with the square
of a long thread); invented names and texts."""

import itertools

from postscrub import layouts
from postscrub import nodes as nd
from postscrub.document import Author, Comment


def _reference(comments, first, j):
    # the pass over the thread it replaces, comment by comment
    text = comments[j].text
    if any(c.author.name and (layouts._addresses(text, c.author.name) or layouts._honorific_mention(text, c.author.name))
           for c in comments[first:j]):
        return True
    own = nd.key(comments[j].author.name or "")
    return bool(own) and any(nd.key(c.author.name or "") == own for c in comments[: first - 1])


NAMES = ["Kelly Brown", "Jörg Straße", "A Lee", "Ana", "陳建宏", "박서연", "한 가람", "Σοφία Παππά", None, "Kelly Moss"]
OPENINGS = ["Kelly, yes", "kelly brown said it", "Kellyanne agrees", "JÖRG STRASSE is right", "jörg: no", "A Lee wrote",
            "A, no", "Ana!", "Anal", "建宏您好", "陳建宏 說", "서연님 말씀대로", "좋아요, 박서연님", "가람님 감사", "한가람님",
            "σοφία, ναι", "ΣΟΦΊΑ ΠΑΠΠΆ", "Great point", "", "님", "Kelly"]


def test_the_index_answers_as_the_pass_over_the_thread():
    comments = [Comment(Author(name), "1d", None, text)
                for name, text in itertools.islice(itertools.cycle(itertools.product(NAMES, OPENINGS)), 0, 140, 3)]
    for first in range(1, 12):
        thread = layouts._Thread(comments, first)
        for j in range(first, len(comments)):
            assert thread.answers(j) == _reference(comments, first, j), (first, j, comments[j])


def test_a_long_chain_of_replies_is_one_thread():
    comments = [Comment(Author("Opener Person"), "1d", None, "A question")]
    for j in range(1, 3000):
        comments.append(Comment(Author(f"Writer{j} Lastname"), "1d", None, f"{comments[-1].author.name} yes, and more"))
    counts = layouts._mentioned_replies(comments, [len(comments)] + [0] * (len(comments) - 1), [0] * len(comments))
    assert counts[1] == len(comments) - 1


def _close_by_look(counts, bare_marker):
    # the look back over every thread opened before each marker it replaces
    for i in range(1, len(counts)):
        if bare_marker[i] and counts[i] == 1 and any(
                counts[m] and m + counts[m] - 1 >= i - 1 for m in range(1, i)):
            counts[i] = 0


def test_a_marker_after_a_reply_closes_its_thread_as_the_look_back_did():
    import random

    rng = random.Random(13)
    for _ in range(3000):
        n = rng.randrange(1, 30)
        counts = [rng.choice([0, 0, 0, 1, 1, 2, 3, 7]) for _ in range(n)]
        bare = [rng.random() < 0.4 for _ in range(n)]
        got, ref = list(counts), list(counts)
        layouts._close_after_replies(got, bare)
        _close_by_look(ref, bare)
        assert got == ref, (counts, bare)
    # a long page of "Load previous replies" markers: each one after a reply closes its
    # thread, so the next one opens one again
    counts, bare = [0] + [1] * 5000, [False] + [True] * 5000
    layouts._close_after_replies(counts, bare)
    assert counts == [0] + [1, 0] * 2500
