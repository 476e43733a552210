"""The loose note-comment header pattern (shapes._NOTE_COMMENT_LOOSE_rx) made linear: same results
as the plain form on header lines, and a line of blanks with a bullet is read at once."""
import re

from postscrub import patterns, shapes

# the plain form it replaced (quadratic and worse on runs of blanks)
_PLAIN = re.compile(r"(?P<indent>[ \t]*)(?P<reply>[" + patterns.REPLY_ARROWS + r"][ \t]*)?"
                    r"(?P<open>\*\*)?(?P<name>[^*·•|()\n]{2,80}?)(?(open)\*\*)"
                    r"(?P<badge>[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*[·•|][ \t]*(?P<bio>[^\n]{2,200}?))?"
                    r"[ \t]*[·•|][ \t]*(?P<age>[^·•|\n]{1,24}?)[ \t]*")


def _read(rx, text):
    m = rx.fullmatch(text)
    if m is None or not m.group("age").strip():
        return None  # (a blank age, which the plain form took and parse_age refuses: no header either way)
    return (m.group("name").strip(), (m.group("bio") or "").strip() or None, m.group("age").strip(),
            len(m.group("indent").expandtabs(4)), bool(m.group("reply")), (m.group("badge") or "").strip())


def test_same_results_as_the_plain_form():
    lines = ["Ana Lee · CTO · 2w", "↳ **Bo Kim** (Author) · Head of Data · Norte · 1w", "  ↳ Bo Kim · 3d",
             "Ana Lee ·x · 1d", "Ana Lee ·   · 1d", "ع · 2w", "  ع· 2w", "**Ana **· 1d", "Ana Lee·CTO|Norte•1d",
             "\tZeynep Kaya • Lead @ Acme • 5 days", "Ana Lee", "Ana Lee · ", "· 1d", "Ana (x) · y · 1d  "]
    for t in lines:
        assert _read(shapes._NOTE_COMMENT_LOOSE_rx(), t) == _read(_PLAIN, t), t


def test_runs_of_blanks_read_at_once():
    rx = shapes._NOTE_COMMENT_LOOSE_rx()
    assert rx.fullmatch(" " * 200_000 + "·") is None
    assert rx.fullmatch("Ana Lee ·" + " \t" * 100_000 + "x").group("age") == "x"
    assert rx.fullmatch("Ana Lee · x" + " " * 200_000 + "y") is None
    m = rx.fullmatch("Ana Lee · " + " " * 200_000 + "· 2w")
    assert m is not None and m.group("name").strip() == "Ana Lee" and m.group("age") == "2w"
