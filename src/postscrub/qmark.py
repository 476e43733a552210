"""Lost-character ``?`` detection.

A ``?`` that stands where an emoji or symbol was is what a lossy code page leaves behind
(FIELD-NOTES §1). A real question mark sits right after a word, digit or closing quote and is
followed by whitespace, a closing quote/bracket or the end. This module scores every run of
``?`` in a line, using the whole document as a prior ("this dump went through a lossy code
page"), and returns the spans that are artifacts.

The public surface is :func:`document_prior` and :func:`find_artifacts`; everything else is
an implementation detail that the simulator (``postscrub.lossy``) measures.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_QRUN = re.compile(r"\?+")
# A ``?`` run that is part of a URL or query string: keep.
_URL_TOKEN = re.compile(r"(?:https?://|www\.|lnkd\.in/|[\w-]+\.[a-z]{2,}/)\S*$", re.I)
_CLOSERS = set(")]}\"'’”»」』）】›>")
_OPENERS = set("([{\"'‘“«「『（【‹<")
_CJK_QUESTION_PARTICLES = set("吗嗎呢么麼吧啊嘛")
# Definite artifacts used to estimate the prior: a ``?`` glued to the next word after a
# non-word, a ``?`` after sentence punctuation, a ``?`` alone between spaces, long runs.
_DEFINITE = re.compile(
    r"(?:(?<=[\s.,;:!])\?+(?=[^\W\d_])"  # ` ?Host`, `.?Be`
    r"|(?<=[.,;:])\?"  # `leadership.?`
    r"|(?:^|(?<=\s))\?{2,}(?=\s|$)"  # ` ?? `
    r"|\?{3,})",  # `????`
    re.M,
)
_FRENCH_HINT = re.compile(
    r"\b(?:le|la|les|des|une|est|pas|vous|nous|avec|pour|dans|sur|qui|que|c'est|c’est)\b",
    re.I,
)
_FRENCH_SPACED = re.compile(r"[^\W\d_][\u00a0\u202f ][?!:;»]")


@dataclass(frozen=True, slots=True)
class Prior:
    """What the whole document says about its ``?``."""

    lossy: bool  # at least one definite artifact: the dump went through a lossy code page
    french: bool  # French typography: a space before ``?`` is normal

    @property
    def label(self) -> str:
        return f"lossy={self.lossy} french={self.french}"


def document_prior(text: str) -> Prior:
    if "?" not in text:
        return Prior(lossy=False, french=False)
    definite = sum(1 for _ in _DEFINITE.finditer(text))
    french_words = len(_FRENCH_HINT.findall(text))
    words = max(1, len(text.split()))
    french = french_words / words > 0.04 and bool(_FRENCH_SPACED.search(text))
    return Prior(lossy=definite >= 1, french=french)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u3040" <= ch <= "\u30ff"


def _in_url(line: str, start: int) -> bool:
    left = line[:start]
    token_start = max(left.rfind(" "), left.rfind("\t"), left.rfind("("), left.rfind("<")) + 1
    token = left[token_start:]
    return bool(token) and _URL_TOKEN.search(token) is not None


def _is_ternary(line: str, start: int, end: int) -> bool:
    # ``a ? b : c`` / ``x ?? y`` in code: spaced operator, an operand on both sides, a ``:``
    # later on the line (or the null-coalescing ``??``).
    before = line[:start]
    after = line[end:]
    if not (before.endswith(" ") and after.startswith(" ")):
        return False
    left_tok = before.rstrip().rsplit(" ", 1)[-1]
    if not left_tok or not (left_tok[-1].isalnum() or left_tok[-1] in ")]_"):
        return False
    if end - start == 1:
        return bool(re.match(r" [\w(\"'][^:]{0,80} : \S", after))
    return end - start == 2 and bool(re.match(r" [\w(\"']", after)) and bool(
        re.search(r"[=(]", before)
    )


def _classify(line: str, start: int, end: int, prior: Prior) -> bool:
    """True when the run ``line[start:end]`` (all ``?``) is an artifact."""
    n = end - start
    prev = line[start - 1] if start else ""
    nxt = line[end] if end < len(line) else ""

    if _in_url(line, start) or _is_ternary(line, start, end):
        return False
    if prev in "?？":  # cannot happen for ASCII runs; a full-width ？ then ``?``
        return True

    glued_next = bool(nxt) and (_is_word(nxt) or _is_emoji_like(nxt))
    after_space = prev == "" or prev.isspace()

    # 1. glued to the next word: `???Host`, `?Be`, `Mitchell?Great`
    if glued_next:
        if prev and _is_word(prev) and n == 1 and not prior.lossy:
            # `what?now` is rare but possible in careless prose: only without other evidence.
            return False
        if prev in _CJK_QUESTION_PARTICLES and n == 1:
            return False
        return True
    # 2. after sentence punctuation: `leadership.?`, `serving.? Be`
    if prev in ".,;:":
        return True
    if prev in "!！":
        return prior.lossy or n > 1
    # 3. after whitespace or at line start: ` ? `, `?? ?? ??`
    if after_space:
        if n == 1 and prior.french and not prior.lossy:
            before = line[:start].rstrip()
            if before and (_is_word(before[-1]) or before[-1] in _CLOSERS):
                return False  # French `Quoi ?`
        return True
    # 4. right after a word / digit / closer: real unless the run is long or the dump is lossy
    if _is_word(prev) or prev in _CLOSERS or _is_cjk(prev):
        if n == 1:
            return False
        if n == 2 and not prior.lossy:
            return False  # `right??`
        return True
    # 5. after an opener or a symbol: `(?` `"?`
    if prev in _OPENERS:
        return True
    return prior.lossy or n > 1


def _is_emoji_like(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") or ord(ch) > 0xFFFF


def find_artifacts(line: str, prior: Prior) -> list[tuple[int, int]]:
    """Spans of ``line`` that are lost-character artifacts, merged where only spaces part
    them, and widened to take one separating space with them (so ``success. ??`` becomes
    ``success.``, not ``success. ``). Real question marks of the run are left outside."""
    if "?" not in line:
        return []
    spans: list[tuple[int, int]] = []
    for m in _QRUN.finditer(line):
        s, e = m.span()
        if _classify(line, s, e, prior):
            # keep a leading real ``?`` in `noticing??` style only when not lossy
            spans.append((s, e))
        elif e - s > 1:
            pass
    if not spans:
        return spans
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and line[merged[-1][1]:s].strip(" ") == "":
            merged[-1][1] = e
        else:
            merged.append([s, e])
    out: list[tuple[int, int]] = []
    for s, e in merged:
        before = line[s - 1] if s else ""
        after = line[e] if e < len(line) else ""
        if before == " " and (after in ("", " ") or not _is_word(after)):
            s -= 1  # `word ?? ` -> `word `, `word ??` -> `word`
        elif before == " " and _is_word(after) and s >= 2 and line[s - 2] == " ":
            s -= 1
        elif after == " " and (s == 0 or before in (" ", "")):
            e += 1  # line-initial `?? text`
        out.append((s, e))
    return out
