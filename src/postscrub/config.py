"""The one frozen set of options. Each field is named after the step it controls."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

LostMode = Literal["drop", "mark"]
PromotedMode = Literal["drop", "keep"]

#: What ``--lost mark`` puts where a character was lost.
LOST_MARK = "\ufffd"


@dataclass(frozen=True, slots=True)
class Config:
    """Options of the whole pipeline, in the order the steps run.

    Every repair step can be switched off on its own; segmentation always runs.
    """

    #: ftfy's mojibake repair (without its traps: see ``repair.FTFY_CONFIG``).
    fix_mojibake: bool = True
    #: decode HTML entities (``&amp;`` -> ``&``) on every line, consistently.
    unescape_html: bool = True
    #: remove (or mark) the ``?`` left where a lossy code page lost a character.
    remove_lost_chars: bool = True
    #: ``drop`` removes a lost-character artifact; ``mark`` puts U+FFFD in its place.
    lost: LostMode = "drop"
    #: remove LinkedIn UI strings (widget headers, buttons, counters, footers).
    strip_ui: bool = True
    #: ad cards ("Promoted") among the posts of a feed copy: ``drop`` leaves them out (recorded,
    #: with a ``promoted:`` warning); ``keep`` makes each a record with a ``promoted:`` warning.
    promoted: PromotedMode = "drop"
    #: NBSP -> space, zero-width characters, trailing spaces, runs of blank lines.
    tidy_whitespace: bool = True

    def with_(self, **changes: object) -> "Config":
        return replace(self, **changes)


DEFAULT = Config()
