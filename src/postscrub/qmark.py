"""Lost-character ``?`` detection.

A ``?`` that stands where an emoji or symbol was is what a lossy code page leaves behind
(FIELD-NOTES §1). A real question mark sits right after a word, digit or closing quote and is
followed by whitespace, a closing quote/bracket or the end.

Detection works in two passes:

1. :func:`document_prior` reads the whole dump and collects *structural evidence*, the shapes
   that a real question mark never takes (``?`` glued to the next word after a space,
   ``leadership.?``, ``? ?`` alone between spaces, ``don?t`` inside a word, ``2?Reactions``,
   runs of four or more). From it the prior says whether the dump went through a lossy code
   page at all, whether one lost character ever gives a lone ``?`` (it never does when the
   program wrote one ``?`` per UTF-8 byte), whether accented letters/apostrophes were lost,
   whether the NBSP of French typography was lost, and whether the text is French.
2. :func:`find_artifacts` decides each run of ``?`` in a line from its neighbours, the
   sentence it ends (does it read as a question? :func:`question_cue`), and the prior; it may
   keep the first ``?`` of a run and drop the rest (``noticing?👀`` → ``noticing????``).

Ambiguity is resolved towards keeping: deleting a real question mark corrupts the author's
words, a stray ``?`` only looks untidy. ``benchmarks/qmark_eval.py`` measures both sides.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_QRUN = re.compile(r"\?+")
# A ``?`` that is part of a URL or query string: keep.
_URL_TOKEN = re.compile(r"(?:https?://|www\.|lnkd\.in/|[\w-]+\.[a-z]{2,}/|\]\(|^/)\S*$", re.I)
_CLOSERS = frozenset(")]}\"'’”»」』）】›>")
_OPENERS = frozenset("([{\"'‘“«「『（【‹<")
_URL_START = re.compile(r"(?:https?://|www\.)", re.I)
_PUNCT_BEFORE = frozenset(".,;:")
_FULLWIDTH_Q = "？"
# A line of code: a ``?`` operator or placeholder there is real.
_CODE_LINE = re.compile(
    r"[;{}]\s*$|^\s*(?:return|const|let|var|if|else|def|SELECT|INSERT|UPDATE|DELETE)\b"
    r"|\b(?:WHERE|AND|VALUES)\b.*\?|===?|!==?|<=|>=|=>|[\w\])]\s=\s[\w\"'(]"
)


_LAST_CODE_LINE: list = [None, False]  # (line object, answer): one entry, by identity


def _code_line(line: str) -> bool:
    # Cached by identity, not by value: every ``?`` run of a line asks about the same line
    # object, and a value cache (lru_cache) compares a long line with its key in full on
    # every hit whenever the caller holds another copy of it: O(n) per run, O(n²) per line.
    last = _LAST_CODE_LINE
    if line is last[0]:
        return last[1]
    answer = _CODE_LINE.search(line) is not None
    last[0], last[1] = line, answer
    return answer

# ---- question cues: typography and question words, per language --------------------------
_Q_WORDS = frozenset(
    """
    what who whom whose why how when where which whats whos hows wheres
    do does did is are was were am can could would should will shall have has had may might must
    isn't aren't don't doesn't didn't won't wouldn't can't couldn't shouldn't haven't hasn't
    anyone anybody anything right agree thoughts really seriously
    quoi qui quel quelle quels quelles pourquoi comment combien où quand est-ce
    avez êtes peut-on faut-il
    was wer wen wem wie wo wann warum wieso weshalb welche welcher welches woher wohin
    kann können könnt ist sind hast habt hat seid bist gibt kennt stimmt wollt soll sollte würde
    wollen geht habe
    qué quién quiénes cómo cuándo dónde cuál cuáles cuánto cuántos alguien
    """.split()
)
_FR_INVERSION = re.compile(r"\w-(?:t-)?(?:vous|tu|il|ils|elle|elles|on|je|nous)\b", re.I)
_AND_YOU = re.compile(
    r"(?:et|and|or|ou|und|oder|y|o)\s+(?:vous|toi|you|ihr|du|tú|usted|ustedes|vosotros)\b", re.I
)
_ES_OPEN = re.compile(r"(?:^|\s)[¿?][^\W\d_]")
_THIN_SPACES = ("\u00a0", "\u202f")
_ZH_PARTICLES = frozenset("吗嗎呢么麼吧嘛")
_ZH_Q_WORDS = ("什么", "怎么", "为什么", "為什麼", "谁", "誰", "哪", "几", "多少", "是否", "有没有",
               "是不是", "难道", "如何", "怎样", "能否", "可否", "对不对", "好不好")
_SENTENCE_END = re.compile(r"[.!?。！？…]\s|[。！？\n]|^")
_WORD_RE = re.compile(r"(?<![\w/])[^\W\d_][^\W\d]*(?:['’-][^\W\d]+)*(?![\w/])")
_CUT = re.compile(r"[.!]+(?:\s+|$)|[。！？]+\s*|(?<=\w)\?+\s+|\n")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u3040" <= ch <= "\u30ff"


def _is_emoji_like(ch: str) -> bool:
    return bool(ch) and (ord(ch) > 0xFFFF or unicodedata.category(ch) in ("So", "Sk")
                         or ch in "\ufe0f\u200d")


# Each ``?`` run looks at a bounded window around it, never at a copy of the whole line before
# or after it: a flattened page is one long line with thousands of ``?`` (1 MB of ``? `` took
# minutes when every run copied the line). A sentence or URL longer than its window is judged
# on its last ``_SENTENCE_WINDOW`` / ``_URL_WINDOW`` characters.
_SENTENCE_WINDOW = 1000
_URL_WINDOW = 2000


def _last_nonspace(line: str, s: int) -> str:
    """The last character before ``line[s]`` that is not whitespace ("" if none)."""
    i = s - 1
    while i >= 0 and line[i].isspace():
        i -= 1
    return line[i] if i >= 0 else ""


def question_cue(line: str, start: int) -> bool:
    """Does the sentence that ends at ``line[start]`` read as a question? Its first words are a
    question word or auxiliary (en/fr/de/es), French inversion (``pensez-vous``), Spanish
    ``¿`` (or the ``?`` it became), a Chinese question particle or question word."""
    left = line[max(0, start - _SENTENCE_WINDOW) : start]
    cut = 0
    for m in _CUT.finditer(left):
        cut = m.end()
    sentence = left[cut:].strip()
    if not sentence:
        return False
    if sentence[0] in "¿?" or _ES_OPEN.search(sentence):
        return True
    if sentence[-1] in _ZH_PARTICLES or any(w in sentence for w in _ZH_Q_WORDS):
        return True
    words = [w for w in _WORD_RE.findall(sentence[:80])]
    for w in words[:3]:
        w = w.lower().replace("’", "'")
        if w in _Q_WORDS or w.split("'")[0] in _Q_WORDS:
            return True
    return bool(_FR_INVERSION.search(sentence) or _AND_YOU.match(sentence))


# ---- the document prior ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Prior:
    """What the whole document says about its ``?``."""

    lossy: bool = False  # structural evidence that a lossy code page went over the text
    french: bool = False  # French typography: a space before ``?`` is normal
    multi_unit: bool = False  # lost characters always left 2+ ``?`` (one per UTF-8 byte)
    letters_lost: bool = False  # ``?`` inside words: accented letters or apostrophes lost
    nbsp_lost: bool = False  # ``mot?:`` ``mot?!``: the NBSP before punctuation was lost
    evidence: int = 0  # definite artifacts found

    @property
    def label(self) -> str:
        flags = [k for k in ("lossy", "french", "multi_unit", "letters_lost", "nbsp_lost")
                 if getattr(self, k)]
        return f"evidence={self.evidence} " + (" ".join(flags) or "clean")


_FRENCH_HINT = re.compile(
    r"\b(?:le|les|des|une|est|pas|vous|nous|avec|pour|dans|sur|c'est|c’est|et|du|au|aux|cette|sont)\b",
    re.I,
)
_FRENCH_SPACED = re.compile(r"[^\W\d_][\u00a0\u202f ][?!:;»]")


def _in_url(line: str, start: int) -> bool:
    left = line[max(0, start - _URL_WINDOW) : start]
    token_start = max(left.rfind(" "), left.rfind("\t"), left.rfind("("), left.rfind("<")) + 1
    token = left[token_start:]
    if not token:
        return False
    return _URL_TOKEN.search(token) is not None or (
        "/" in token and "=" in line[start : start + 40].split(" ", 1)[0]
    )


def _is_code(line: str, start: int, end: int) -> bool:
    """A ``?`` operator or placeholder in a line of code: ``a ? b : c``, ``x ?? y``,
    ``id = ?``, ``user?.name``."""
    before, after = line[max(0, start - 1) : start], line[end : end + 2]
    n = end - start
    if n == 1 and after[:1] == "." and after[1:2].isalpha() and before[-1:].isalnum():
        return True  # optional chaining
    if n > 2:
        return False
    if not _code_line(line):
        return False
    if before.endswith(" ") and (after[:1] in ("", " ", ";", ",", ")")):
        return True
    return before[-1:] in ("(", ",", "=") and after[:1] in (")", ",", "")


def _structural(line: str, s: int, e: int) -> str | None:
    """The kind of definite artifact the run ``line[s:e]`` is, or None when a real question
    mark could stand there. Context-free: no prior used."""
    n = e - s
    p = line[s - 1] if s else ""
    q = line[e] if e < len(line) else ""
    if _in_url(line, s) or _is_code(line, s, e):
        return None
    if n >= 4 and not (_is_word(p) or p in _CLOSERS):
        return "long"
    if p == "" or p.isspace() or p in _OPENERS:
        if q and (_is_word(q) or _is_emoji_like(q)):
            return "glued"
        if p == "" or p in _OPENERS or n >= 2:
            return "isolated" if q in ("", " ", "\t") or q in _CLOSERS else None
        before = _last_nonspace(line, s)
        if before and not (_is_word(before) or before in _CLOSERS):
            return "isolated"
        return None
    if p in _PUNCT_BEFORE:
        return "after_punct"
    if _is_word(p) and q:
        if p.isalpha() and q.isalpha() and q.islower() and n <= 2:
            return "in_word"
        if p.isdigit() and q.isalpha():
            return "in_word"
        if q in (":", ";", "»") and not _code_line(line):
            return "nbsp"
    if n >= 4:
        return "long"
    return None


def document_prior(text: str) -> Prior:
    if "?" not in text:
        return Prior()
    kinds: dict[str, int] = {}
    singles = multis = 0
    for line in text.split("\n"):
        if "?" not in line:
            continue
        for m in _QRUN.finditer(line):
            kind = _structural(line, *m.span())
            if kind is None:
                continue
            kinds[kind] = kinds.get(kind, 0) + 1
            if kind in ("isolated", "glued", "after_punct", "long"):
                if m.end() - m.start() == 1:
                    singles += 1
                else:
                    multis += 1
    evidence = sum(kinds.values())
    french = (_FRENCH_SPACED.search(text) is not None or kinds.get("nbsp", 0) > 0) and (
        len(_FRENCH_HINT.findall(text)) / max(1, len(text.split())) > 0.025
    )
    return Prior(
        lossy=evidence >= 1,
        french=french,
        multi_unit=singles == 0 and multis >= 3,
        letters_lost=kinds.get("in_word", 0) >= 1,
        nbsp_lost=kinds.get("nbsp", 0) >= 1,
        evidence=evidence,
    )


# ---- one run at a time ------------------------------------------------------------------------


def _decide(line: str, s: int, e: int, prior: Prior) -> tuple[int, int] | None:
    """The part of the run ``line[s:e]`` (all ``?``) that is an artifact, or None."""
    n = e - s
    p = line[s - 1] if s else ""
    q = line[e] if e < len(line) else ""
    if _in_url(line, s) or _is_code(line, s, e):
        return None
    if p == _FULLWIDTH_Q:
        return (s, e)  # `？` already asks; the ASCII run after it is lost data

    # -- after a space, at the line start, after an opener
    opener = p in _OPENERS and (s < 2 or not _is_word(line[s - 2]))
    if p == "" or p.isspace() or opener:
        if q and (_is_word(q) or _is_emoji_like(q)):
            return (s, e)  # `???Host`, ` ?Be`, `?Qué` (a lost ¿)
        if p in _OPENERS and q in _CLOSERS:
            return None  # `(?)`
        before = _last_nonspace(line, s)
        after_word = bool(before) and (_is_word(before) or before in _CLOSERS)
        if after_word and line[s - 2 : s - 1] not in (" ", "") and (
            (p == " " and prior.french) or (p in _THIN_SPACES and n <= 2)
        ):
            return _after_word(line, s, e, prior)  # French `Quoi ?`, `Quoi\u202f?`
        if n == 1 and prior.multi_unit:
            return None  # one ``?`` per UTF-8 byte never leaves a lone ``?``
        return (s, e)

    # -- after sentence punctuation: `leadership.?`, `great!?`
    if p in _PUNCT_BEFORE:
        if p == "." and line[s - 2 : s - 1] == "." and n == 1 and not prior.lossy:
            return None  # `so...?`
        return (s, e)
    if p in ("!", "！"):
        return (s, e) if prior.lossy else None

    # -- after an emoji that survived: a lost variation selector, skin tone or ZWJ part
    if _is_emoji_like(p):
        return (s, e) if prior.lossy else None

    # -- after a word, digit, closing quote, CJK
    return _after_word(line, s, e, prior)


def _after_word(line: str, s: int, e: int, prior: Prior) -> tuple[int, int] | None:
    n = e - s
    p = line[s - 1]
    q = line[e] if e < len(line) else ""
    cjk = _is_cjk(p) or (p == " " and _is_cjk(line[s - 2 : s - 1]))
    if not prior.lossy and n <= 3:
        return None  # nothing else in the dump was lost: `right??` is emphasis
    cue = question_cue(line, s)

    # glued to what follows
    if q and (_is_word(q) or _is_emoji_like(q)):
        if p.isalpha() and q.isalpha() and q.islower():
            return (s, e)  # `don?t`, `hei?t`: a letter or apostrophe lost inside a word
        if p.isdigit() and q.isalpha():
            return (s, e)  # `2?Reactions`: a lost NBSP
        if cue:
            return (s + 1, e) if n > 1 else None  # `offended?I just told`
        return (s, e)  # `Mitchell?Great`

    if q in (".", ",", ";") or (q == ":" and not line[e + 1 : e + 2].isalnum()):
        return (s, e)  # a real `?` never comes before `.` `,` `;`
    if q == "!" and prior.nbsp_lost:
        return (s, e)  # `mot?!`: lost NBSP before `!`

    if n == 2 and prior.nbsp_lost and prior.french and _is_word(p):
        return (s, s + 1)  # `vous??`: lost NBSP, then the real `?`

    j = e
    while j < len(line) and line[j] == " ":
        j += 1
    rest = line[j : j + 16]  # what follows, past the spaces (a window: no copy of the line)
    continues = bool(rest) and rest[0].isalpha() and rest[0].islower()
    if n == 1:
        if cue:
            return None
        if cjk or p.isdigit():
            return (s, e)  # a Chinese statement does not end with an ASCII `?`; `5€` -> `5?`
        if prior.letters_lost and p.isalpha() and (continues or rest[:1] in ("(", "[")) and not (
            _URL_START.match(rest)
        ):
            return (s, e)  # `caf? avec`: a lost final letter
        return None
    # n >= 2
    if cue:
        return (s + 1, e) if n >= 4 else None  # `noticing?👀` -> `noticing?????`
    return (s, e)


def find_artifacts(line: str, prior: Prior) -> list[tuple[int, int]]:
    """Spans of ``line`` that are lost-character artifacts, merged where only spaces part
    them, and widened to take one separating space with them (so ``success. ??`` becomes
    ``success.``, not ``success. ``). Real question marks of a run are left outside."""
    if "?" not in line:
        return []
    spans: list[tuple[int, int]] = []
    for m in _QRUN.finditer(line):
        span = _decide(line, m.start(), m.end(), prior)
        if span is not None and span[0] < span[1]:
            spans.append(span)
    if not spans:
        return spans
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and line[merged[-1][1] : s].strip(" ") == "":
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
