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
   sentence it ends (does it read as a question? :func:`question_cue`, which asks the question
   reader, :mod:`postscrub.qmark_read`: a score from the sentence's language structure, a
   statement's reading also making its shape one, :func:`_statement`), and the prior; it may
   keep the first ``?`` of a run and drop the rest (``noticing?👀`` → ``noticing????``).

Ambiguity is resolved towards keeping: deleting a real question mark corrupts the author's
words, a stray ``?`` only looks untidy. ``benchmarks/qmark_eval.py`` measures both sides.
"""

from __future__ import annotations

from . import _re as re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from itertools import filterfalse
from operator import attrgetter

from . import qmark_lang, qmark_read
from .patterns import FOOTER_LANGUAGES, HASHTAG_LABEL

# (written with a literal first: the engine then skips to each `?` in C; as `\?+` it tried a
# match at every character, 3.5x slower over a line, and every line with a `?` is walked so)
_QRUN = re.compile(r"\?\?*")
# A ``?`` that is part of a URL or query string: keep.
# A domain is only tried from the start of a word run (the lookbehind): tried from every
# position, `[\w-]+\.` made a long token cost O(n²) (benchmarks/regex_linearity.py).
_URL_TOKEN = re.compile(r"(?:https?://|www\.|lnkd\.in/|(?<![\w-])[\w-]+\.[a-z]{2,}/|\]\(|^/)\S*$", re.I)
_CLOSERS = frozenset(")]}\"'’”»」』）】›>")
_OPENERS = frozenset("([{\"'‘“«「『（【‹<")
_URL_START = re.compile(r"(?:https?://|www\.)", re.I)
# what may follow a question in lowercase: a link, or the feed's label before a hashtag
# (`ilanları kim yazıyor? hashtag #İşeAlım` on a flattened page)
_AFTER_QUESTION_LOWER = re.compile(r"(?:https?://|www\.|(?:" + HASHTAG_LABEL + r") ?#)", re.I)
_PUNCT_BEFORE = frozenset(".,;:")
_FULLWIDTH_Q = "？"
# A line of code: a ``?`` operator or placeholder there is real.
_CODE_LINE = re.compile(
    r"[;{}]\s*$|^\s*(?:return|const|let|var|if|else|def|SELECT|INSERT|UPDATE|DELETE)\b"
    r"|\b(?:WHERE|AND|VALUES)\b.*\?|===?|!==?|<=|>=|=>|[\w\])]\s=\s[\w\"'(]"
)


_CODE_CHARS = ";{}=<>"
_CODE_START = re.compile(r"^\s*(?:return|const|let|var|if|else|def|SELECT|INSERT|UPDATE|DELETE)\b")
_LAST_CODE_LINE: list = [None, False]  # (line object, answer): one entry, by identity


def _code_line(line: str) -> bool:
    # Cached by identity, not by value: every ``?`` run of a line asks about the same line
    # object, and a value cache (lru_cache) compares a long line with its key in full on
    # every hit whenever the caller holds another copy of it: O(n) per run, O(n²) per line.
    last = _LAST_CODE_LINE
    if line is last[0]:
        return last[1]
    if any(c in line for c in _CODE_CHARS) or "WHERE" in line or "AND" in line or "VALUES" in line:
        answer = _CODE_LINE.search(line) is not None
    else:  # no character or keyword any other alternative needs: only the line's first word
        answer = _CODE_START.match(line) is not None
    last[0], last[1] = line, answer
    return answer

# ---- question words, for the shape rules (a quoted question whose quotes were lost, a
# statement's opener); whether a sentence asks is read by :mod:`postscrub.qmark_read` --------
# Question words open a question anywhere in its first three words (`So what do you think`);
# auxiliaries and question-like openers only as the first word, or after a filler (`And is it`,
# `So, do you`): in `Good documentation is a gift` the `is` of a statement comes third.
_WH_WORDS = frozenset(
    """
    what who whom whose why how when where which whats whos hows wheres
    quoi qui quel quelle quels quelles pourquoi comment combien où quand est-ce
    wer wen wem wie wo wann warum wieso weshalb welche welcher welches woher wohin
    qué quién quiénes cómo cuándo dónde cuál cuáles cuánto cuántos
    """.split()
)
_AUX_WORDS = frozenset(
    """
    do does did is are was were am can could would should will shall have has had may might must
    isn't aren't don't doesn't didn't won't wouldn't can't couldn't shouldn't haven't hasn't
    anyone anybody anything right agree thoughts really seriously
    avez êtes peut-on faut-il
    was kann können könnt ist sind hast habt hat seid bist gibt kennt stimmt wollt soll sollte
    würde wollen geht habe
    alguien
    """.split()
)
_Q_WORDS = _WH_WORDS | _AUX_WORDS
_FILLERS = frozenset(
    """
    so and but or then now well ok okay also hey honestly seriously
    alors et mais ou donc bon
    und aber oder denn na
    y pero o entonces bueno
    """.split()
)
# French asks in statement order after its pronoun: `Vous êtes d'accord ?`, `Tu viens ?`
_FR_ASK_PRONOUNS = frozenset(("vous", "tu"))
_THIN_SPACES = ("\u00a0", "\u202f")
_SENTENCE_END = re.compile(r"[.!?。！？…]\s|[。！？\n]|^")
_WORD_RE = re.compile(r"(?<![\w/])[^\W\d_][^\W\d]*(?:['’-][^\W\d]+)*(?![\w/])")
# `?` runs (with what they glue to) at the start of a sentence are artifacts of the emoji that
# opened it, not a lost `¿` (`?Qué` is handled apart: glued to a letter).
_LEAD_ARTIFACTS = re.compile(r"^\s*(?:\?+\s+)+")
# Where a sentence is cut: ``[.!]+(?:\s+|$)|[。！？]+\s*|(?<=\w)\?+\s+|(?<!\S)\?+\s+|[:：|]\s+|\n``,
# except that ``word?`` or a spaced `` ? `` before a lowercase word is no cut (a lost last letter,
# `Qui a ?t? ton…`, `d?j? arriv?`, a lost `à`, `Bonne semaine ? toutes et ? tous`; a question
# does not run on in lowercase, but for `…act? but is it…`),
# and (in :func:`_sentence_before`) ``[.!?]+`` right before CJK, which puts no space after a
# sentence (a class of CJK ranges here would cost ~1.5 ms to compile at every start-up),
# written with the first character taken before the alternatives (each checks it by a
# lookbehind), so that the regex engine skips to the next character that can start a cut
# instead of trying every alternative at every position (10x faster, same matches).
_CUT = re.compile(
    r"[.!。！？?:：|\n](?:(?<=[.!])[.!]*(?:\s+|$)|(?<=[。！？])[。！？]*\s*"
    r"|(?<=\w\?)\?*\s+(?!(?!(?:but|or|especially|thanks|please)\b)[a-zà-ÿ])"
    r"|(?<!\S\?)(?<=\?)\?*\s+(?!(?!(?:but|or|especially|thanks|please)\b)[a-zà-ÿ])|(?<=[:：|])\s+|(?<=\n))"
)


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
_SENTENCE_REACH = 200
_URL_WINDOW = 2000


def _last_nonspace(line: str, s: int) -> str:
    """The last character before ``line[s]`` that is not whitespace ("" if none)."""
    i = s - 1
    while i >= 0 and line[i].isspace():
        i -= 1
    return line[i] if i >= 0 else ""


_LAST_SENTENCE: list = [None, -1, ""]  # (line object, start, sentence): one entry, by identity
# The answers for the document's lines (the prior's repeated sentences, then each run's cue and
# shape, then the next round of the repair stage ask about the same runs again): keyed by line
# and start, for lines of at most ``_SENTENCES_LINE_MAX`` characters (a longer one is compared in
# full on a lookup by a copy of it); emptied by each document (:func:`document_prior`) and at
# ``_SENTENCES_MAX`` entries.
_SENTENCES: dict[tuple[str, int], str] = {}
_SENTENCES_LINE_MAX = 2000
_SENTENCES_MAX = 1 << 12  # (a generated dump asks about ~100 runs; a sentence may be 1,000 characters)


def _sentence_before(line: str, start: int) -> str:
    """The sentence that ends at ``line[start]`` (within its window), leading artifacts off;
    asked several times per run (cue and shape), so the answers are kept."""
    last = _LAST_SENTENCE
    if line is last[0] and start == last[1]:
        return last[2]
    if len(line) <= _SENTENCES_LINE_MAX:
        known = _SENTENCES.get((line, start))
        if known is not None:
            last[0], last[1], last[2] = line, start, known
            return known
        sentence = _find_sentence_before(line, start)
        if len(_SENTENCES) >= _SENTENCES_MAX:
            _SENTENCES.clear()
        _SENTENCES[(line, start)] = sentence
    else:
        sentence = _find_sentence_before(line, start)
    last[0], last[1], last[2] = line, start, sentence
    return sentence


def _find_sentence_before(line: str, start: int) -> str:
    """:func:`_sentence_before`, not looked up."""
    # Most sentences end within a short reach: look there first (``pos``/``endpos`` keep the
    # lookbehinds' view of the line), and over the whole window only when no cut is near.
    cut = -1
    if start > _SENTENCE_REACH:
        for m in _CUT.finditer(line, start - _SENTENCE_REACH, start):
            cut = m.end()
    if cut < 0:
        left = line[max(0, start - _SENTENCE_WINDOW) : start]
        cut = 0
        for m in _CUT.finditer(left):
            cut = m.end()
        sentence = _LEAD_ARTIFACTS.sub("", left[cut:])
    else:
        sentence = _LEAD_ARTIFACTS.sub("", line[cut:start])
    if not sentence.isascii():
        # `你会选哪一个?上个月…`: an ASCII `.!?` glued to CJK ends a sentence too
        for i in range(len(sentence) - 2, -1, -1):
            nxt = sentence[i + 1]
            if sentence[i] in ".!?" and (_is_cjk(nxt) or "\uac00" <= nxt <= "\ud7af"):
                sentence = _LEAD_ARTIFACTS.sub("", sentence[i + 1 :])
                break
    return sentence


def question_cue(line: str, start: int, spanish: bool = True) -> bool:
    """Does the sentence that ends at ``line[start]`` read as a question? The question reader
    (:func:`postscrub.qmark_read.reading`) judges it from its language's structure: question
    words, a verb before its subject, French inversion, Spanish ``¿`` (or, in Spanish text,
    the ``?`` it became), Chinese particles and question words, tags, a short clause that
    addresses the reader."""
    return _reading(line, start, spanish) >= qmark_read.ASKS


def _reading(line: str, start: int, spanish: bool) -> float:
    """The reader's score of the sentence that ends at ``line[start]``."""
    sentence = _sentence_before(line, start).rstrip()
    r = _read(sentence, spanish)
    if r < qmark_read.ASKS and " ?" in sentence:
        # a sentence whose end mark was never written runs on into the next one: where a word
        # lost its first letter after a lowercase word, a capital was lost (`Ç`, `À`, `É`, which
        # GBK and ASCII lack), and a new clause begins there; it is read alone (`…avec
        # l’équipe ?a vous parle?`). (Not at any capital: English `…the team Can’t wait` and
        # German nouns would open as many false questions)
        last = None
        for last in _RUN_ON_CLAUSE.finditer(sentence, max(0, len(sentence) - 80)):
            pass
        if last is not None:
            r = max(r, _read(sentence[last.end():], spanish))
    return r


# a lost letter opening a word (`?a vous`; `??a vous`, one `?` per UTF-8 byte) after a lowercase
# word (whole, of two letters or more, some maybe lost) and a space: where a clause begins in a
# sentence that lost its end mark
_RUN_ON_CLAUSE = re.compile(r"(?<!\S)[a-zà-ÿß?][a-zà-ÿß’'?-]*[a-zà-ÿß] (?=\?+[a-zà-ÿ])")


def _read(sentence: str, spanish: bool) -> float:
    """:func:`qmark_read.reading`, its answers kept (by sentence: the rounds of the repair
    stage, and the cue and shape of one run, ask about the same sentences again)."""
    key = (sentence, spanish)
    r = _READINGS.get(key)
    if r is None:
        if len(_READINGS) >= _SENTENCES_MAX:
            _READINGS.clear()
        r = _READINGS[key] = qmark_read.reading(sentence, spanish)
    return r


_READINGS: dict[tuple[str, bool], float] = {}


def _first_words(text: str) -> list[str]:
    """The first three words of ``text`` (what :func:`_opens_with_q` reads)."""
    words = []
    for m in _WORD_RE.finditer(text):
        words.append(m.group())
        if len(words) == 3:
            break
    return words


_AFTER_QUOTE = frozenset(" ,.:;)")
# a lost opening quote (or `«¿`): a run of `?` glued to the first word of a short phrase
# (a letter lost inside the phrase is a `?` glued to a letter: `??y por qu? ahora`)
_LOST_OPEN_QUOTE = re.compile(r"(?:^|\s)(\?+)([^\W\d_](?:[^?]|(?<=[^\W\d_])\?{1,2}(?=[^\W\d_?]| [^\W\d_])){0,80})$")


_CLAUSE_SUBJECTS = frozenset(("I", "we", "We"))


def _opens_with_q(words: list[str]) -> bool:
    for i, w in enumerate(words[:3]):
        lw = w.lower().replace("’", "'")
        if lw in _WH_WORDS or lw.split("'")[0] in _WH_WORDS:
            # an English question puts its auxiliary after the question word (`How do I`);
            # the subject right after it is a headline or a clause (`How I Automated…`,
            # `What we learned`)
            return not (i + 1 < len(words) and words[i + 1] in _CLAUSE_SUBJECTS)
        if _is_q_word(w) and (i == 0 or all(x.lower() in _FILLERS for x in words[:i])
                              or i == 1 and words[0].lower() in _FR_ASK_PRONOUNS):
            return True
    return False


def _is_q_word(w: str) -> bool:
    w = w.lower().replace("’", "'")
    return w in _Q_WORDS or w.split("'")[0] in _Q_WORDS


# ---- the document prior ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Prior:
    """What the whole document says about its ``?``."""

    lossy: bool = False  # structural evidence that a lossy code page went over the text
    french: bool = False  # French typography: a space before ``?`` is normal
    multi_unit: bool = False  # lost characters always left 2+ ``?`` (one per UTF-8 byte)
    letters_lost: bool = False  # ``?`` inside words: accented letters or apostrophes lost
    # ... and among them an English apostrophe, as one ``?`` (`don?t`, `it?s`, `we?re`): a
    # plural's possessive lost its apostrophe the same way (`Girls? Education`)
    apostrophes: bool = False
    nbsp_lost: bool = False  # ``mot?:`` ``mot?!``: the NBSP before punctuation was lost
    french_words: bool = False  # French by its words (its typography may have been lost)
    lone: bool = False  # a definite artifact of a single ``?``: one lost character, one ``?``
    # Spanish by its words, and no ``¿`` survived: a ``?`` glued before a capital may be a lost
    # ``¿`` (elsewhere it is a lost emoji or bullet: ``?Most projects fail``)
    inverted_lost: bool = False
    # ``multi_unit`` by five runs or more, and not one of two ``?`` where no letter was lost: one ``?``
    # per UTF-8 byte leaves two only for a letter or NBSP, one per code point or UTF-16 unit
    # leaves them for every emoji sequence or astral emoji (`Sound familiar?🙌🏽` -> `???`)
    utf8: bool = False
    # a definite artifact of exactly two ``?`` somewhere: this dump loses some characters as
    # two (an emoji of two code points or a surrogate pair, a letter of two UTF-8 bytes)
    pairs: bool = False
    # a definite artifact of two ``?`` or more somewhere: lost characters here also come in
    # clusters (emoji side by side, sequences), not always one ``?`` apart
    clusters: bool = False
    evidence: int = 0  # definite artifacts found
    # The same sentence elsewhere in the dump (:func:`_repeated_sentences`): the endings of
    # sentences seen somewhere with no ``?`` after them (statements: every ``?`` after them is
    # lost data), and of sentences always followed by a ``?``, once by a single glued one
    # (questions: a lone ``?`` after them is real)
    said: frozenset[str] = frozenset()
    asked: frozenset[str] = frozenset()

    def decides_as(self, other: "Prior") -> bool:
        """Would every run be decided the same under ``other``? (``evidence`` is a count
        for the reader; the decisions use only the flags.)"""
        # (the fields but ``evidence``, compared as the dataclass compares them: no copy of
        # either prior made)
        return _DECIDING(self) == _DECIDING(other)

    @property
    def label(self) -> str:
        flags = [k for k in ("lossy", "french", "multi_unit", "letters_lost", "nbsp_lost")
                 if getattr(self, k)]
        return f"evidence={self.evidence} " + (" ".join(flags) or "clean")


_DECIDING = attrgetter(*(f.name for f in fields(Prior) if f.name != "evidence"))


# Function words of French and Spanish, counted on lowercased text: the share of each among
# the words tells the language
_FR_HINTS = ("le", "les", "des", "une", "est", "pas", "vous", "nous", "avec", "pour", "dans", "sur", "c'est", "c’est",
             "et", "du", "au", "aux", "cette", "sont")
_ES_HINTS = ("el", "los", "las", "una", "que", "por", "para", "con", "del", "de", "la", "en", "y", "lo", "es", "está",
             "muy", "nuestro", "nuestra", "pero", "como", "más", "también")
_LANG_SAMPLE = 2000
# ... counted as the words (runs of ``\w``) of a line that are one of them, looked up in a set
# instead of tried against each alternative of one pattern of them all: each word such a
# pattern matches is such a run, whole (``\b`` on both sides), except ``c'est``, which is
# counted as its run ``est`` (also a hint). The same counts: tests/test_fast_paths.py counts
# with that pattern, which nothing else needs (it is not compiled at import).
_LANG_WORD = re.compile(r"\w+")
_FR_WORDS = frozenset(_FR_HINTS)
_ES_WORDS = frozenset(_ES_HINTS)


def _lang_counts(sample: str) -> tuple[int, int, int]:
    """``(words, French hints, Spanish hints)`` of the sample, counted line by line: the
    counts of the whole sample are the sums (a hint never spans a line break), and a line
    already counted in an earlier round of the repair stage is not counted again
    (:data:`_LANG_LINES`)."""
    n_words = fr = es = 0
    for line in sample.split("\n"):
        hit = _LANG_LINES.get(line)
        if hit is None:
            tokens = line.lower().split()
            # (the line's runs of ``\w`` are those of its tokens, white space being no ``\w``; a
            # token of letters only is one such run, whole: only the others are searched)
            words = list(filter(str.isalpha, tokens))
            if len(words) < len(tokens):
                words += _LANG_WORD.findall(" ".join(filterfalse(str.isalpha, tokens)))
            hit = _LANG_LINES[line] = (len(tokens), sum(map(_FR_WORDS.__contains__, words)),
                                       sum(map(_ES_WORDS.__contains__, words)))
        n_words += hit[0]
        fr += hit[1]
        es += hit[2]
    return n_words, fr, es


_LANG_LINES: dict[str, tuple[int, int, int]] = {}
# A letter, a space, a mark: searched from the mark, the letter and the space checked by a
# lookbehind (a letter class first had the engine start at every letter of the line: 8x slower,
# ~3 % of a batch; the same lines found)
_FRENCH_SPACED = re.compile(r"[?!:;»](?<=[^\W\d_][\u00a0\u202f ].)")


# `…-7275213252?utm_source=share&…`: a query string, even where the URL before it is broken
_QUERY = re.compile(r"[A-Za-z_][\w.-]{0,30}=[^\s=]*(?:&|$|\s)")


def _in_url(line: str, start: int) -> bool:
    if start and "=" in line[start + 1 : start + 34] and line[start - 1].isalnum() and _QUERY.match(line, start + 1):
        return True
    lo = max(0, start - _URL_WINDOW)
    # the token starts after the last space, tab, `(` or `<`: the others are looked for only
    # after the last space (most tokens are short; a tab or `(` may not be in the line at all)
    cut = max(line.rfind(" ", lo, start), lo - 1) + 1
    token_start = max(line.rfind("\t", cut, start), line.rfind("(", cut, start), line.rfind("<", cut, start),
                      cut - 1) + 1
    if token_start >= start:
        return False
    token = line[token_start:start]
    # every alternative of the URL pattern needs a `/` or a `.` (a `](` cannot be in the token)
    if "/" not in token and "." not in token:
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
    # the operator's or placeholder's neighbours first: cheap, and most runs fail them
    if not (before.endswith(" ") and after[:1] in ("", " ", ";", ",", ")")
            or before[-1:] in ("(", ",", "=") and after[:1] in (")", ",", "")):
        return False
    return _code_line(line)


# The runs of the last document's lines that sit in a URL or a line of code, as the prior
# found them (line -> {start: (end, protected)}): :func:`_decide` asks the same of the same
# runs. Keyed by the line's text, so a line that changed since is simply asked again; cleared
# by each document, so it holds one document's lines at most.
_PROTECTED: dict[str, dict[int, tuple[int, bool]]] = {}


def _protected(line: str, s: int, e: int, known: dict[int, tuple[int, bool]] | None = None) -> bool:
    """Is the run ``line[s:e]`` part of a URL or an operator in code (a real ``?``)? (``known``:
    what the prior found of the line, when the caller looked it up already: a long line is
    compared in full on every lookup by a copy of it)"""
    if known is None:
        known = _PROTECTED.get(line)
    if known is not None:
        hit = known.get(s)
        if hit is not None and hit[0] == e:
            return hit[1]
    return _in_url(line, s) or _is_code(line, s, e)


# what follows an apostrophe inside an English word: `you’re`, `I’ve`, `don’t`, `it’s`, `we’ll`
_CONTRACTION_TAIL = re.compile(r"(?:s|t|re|ve|ll|d|m)(?![^\W\d_])")


def _structural(line: str, s: int, e: int, protected: bool) -> str | None:
    """The kind of definite artifact the run ``line[s:e]`` is, or None when a real question
    mark could stand there (``protected``: it is part of a URL or code). Context-free: no
    prior used."""
    n = e - s
    p = line[s - 1] if s else ""
    q = line[e] if e < len(line) else ""
    if protected:
        return None
    if n >= 4 and not (_is_word(p) or p in _CLOSERS):
        return "long"
    if p == "" or p.isspace() or p in _OPENERS:
        if q and (_is_word(q) or _is_emoji_like(q)):
            return "glued"
        if p in _OPENERS and q in _CLOSERS and n == 1:
            return None  # `(?)`: a doubt, written as such
        if p == "" or p in _OPENERS or n >= 2:
            return "isolated" if q in ("", " ", "\t") or q in _CLOSERS else None
        before = _last_nonspace(line, s)
        if before and not (_is_word(before) or before in _CLOSERS):
            return "isolated"
        after = line[e + 1 : e + 2] if q == " " else ""
        if after and (after.isdigit() or after.islower() or after in _SYMBOL_NEXT):
            return "spaced"  # `growth — product ? 2024` (French would have a capital next)
        return None
    if p in _PUNCT_BEFORE:
        return "after_punct"
    if _is_word(p) and q:
        if p.isalpha() and q.isalpha() and q.islower() and (n <= 2 or n == 3 and _CONTRACTION_TAIL.match(line, e)):
            return "in_word"  # (three: a curly apostrophe, one `?` per UTF-8 byte: `you???re`)
        if p.isdigit() and q.isalpha():
            return "in_word"
        if q in (":", ";", "»") and not _code_line(line):
            return "nbsp"
    if n >= 4:
        return "long"
    return None


# an English apostrophe lost as one ``?``: `don?t`, `it?s`, `we?re`, `I?m` (not `?t` or `?s` after
# any letter: German `hei?t` lost its `ß`, French `apr?s` its `è`)
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])(?:(?<=n)\?t|(?<=t)\?s|\?(?:re|ve|ll)|(?<=\bI)\?m)(?![^\W\d_])")


# How much more likely a run of ``n`` lost ``?`` is when the program wrote one ``?`` per UTF-8
# byte than one per code point (log odds). Per UTF-8 byte, an emoji leaves 4, a BMP symbol 3
# (`•`, `✅`, `→`), an emoji with its variation selector 7, never 1, and 2 only for a letter
# or NBSP; per code point, most lost characters leave 1, an emoji sequence or two glued emoji 2.
_UTF8_ODDS = {2: -2.0, 3: 0.5, 4: 1.5, 5: 1.0, 6: 1.5, 7: 2.0, 8: 2.0, 9: 1.5}


def _spaced_single(line: str, s: int) -> bool:
    """A lone ``?`` set off by a space after a word, before a space, capital or the end."""
    if s < 2 or line[s - 1] != " " or not _is_word(line[s - 2]):
        return False
    return line[s + 1 : s + 2] in ("", " ", "\t")


# What the prior reads of one line: the kind and length of each run that is a definite
# artifact, and the lone spaced ``?`` that no kind claims. Kept per line's text for the document,
# like :data:`_PROTECTED`, so that a later round of the repair stage reads the whole dump again at
# the cost of the lines that changed.
_LINE_RUNS: dict[str, tuple[tuple[tuple[str, int], ...], int]] = {}


def _line_runs(line: str) -> tuple[tuple[tuple[str, int], ...], int]:
    known = _LINE_RUNS.get(line)
    if known is not None:
        return known
    runs_of_line = _PROTECTED.setdefault(line, {})
    found: list[tuple[str, int]] = []
    spaced_singles = 0
    for m in _QRUN.finditer(line):
        s, e = m.span()
        protected = _in_url(line, s) or _is_code(line, s, e)
        runs_of_line[s] = (e, protected)
        kind = _structural(line, s, e, protected)
        if kind is None:
            if e - s == 1 and _spaced_single(line, s):
                spaced_singles += 1
        else:
            found.append((kind, e - s))
    out = (tuple(found), spaced_singles)
    _LINE_RUNS[line] = out
    return out


# Whether French spaces a mark in a line (:data:`_FRENCH_SPACED`), kept like :data:`_LINE_RUNS`.
# Asked only of a dump whose words are French and where no lost NBSP decided it already: the
# prior's ``french`` needs it nowhere else.
_FRENCH_LINES: dict[str, bool] = {}


def _french_spaced(lines: Iterable[str]) -> bool:
    """Does French typography space a mark somewhere in ``lines``?"""
    known = _FRENCH_LINES
    for line in lines:
        hit = known.get(line)
        if hit is None:
            hit = known[line] = _FRENCH_SPACED.search(line) is not None
        if hit:
            return True
    return False


def document_prior(text: str, *, fresh: bool = True, repeats: bool = True,
                   lines: list[str] | None = None) -> Prior:
    """The prior of a document (its lines that hold a ``?``, joined). ``fresh=False`` reads
    again the document last read, after some of its lines changed: what is known of the lines
    that did not change is kept. ``repeats=False``: the sentences that come back in the
    document are read by the caller, from more lines than ``text`` holds. ``lines``: the lines
    of ``text`` (``text.split("\n")``), where the caller has them (not split again, and each
    line's text looked up as the same string as before, its hash known)."""
    if fresh:
        _PROTECTED.clear()
        _LINE_RUNS.clear()
        _FRENCH_LINES.clear()
        _LANG_LINES.clear()
        _SENTENCES.clear()
        _LINE_KEYS.clear()
        _LAST_ENDINGS[0] = _LAST_ENDINGS[1] = None
    if "?" not in text:
        return Prior()
    kinds: dict[str, int] = {}
    singles = multis = spaced_singles = 0
    runs: list[int] = []
    # the language is read from a sample: 2,000 characters (some 300 words) tell it as well as
    # a whole flattened page of them, and it is read again in each later round of the repair
    # stage (6,000 scored the same on every qmark_eval bank, and cost ~5 % of a lossy batch)
    n_words, fr, es = _lang_counts(text[:_LANG_SAMPLE])
    n_words = max(1, n_words)
    french_words = fr / n_words > 0.025
    # (Spanish shares `de`, `la`, `en` with French: its own words must outnumber French ones)
    inverted_lost = "¿" not in text and es / n_words > 0.025 and es > 2 * fr
    if lines is None:
        lines = text.split("\n")
    for line in lines:
        if "?" not in line:
            continue  # (:func:`prior_for` passes only lines with a ``?``; another caller may not)
        found, lone_spaced = _line_runs(line)
        spaced_singles += lone_spaced
        for kind, n in found:
            if kind == "spaced" and french_words:
                continue  # `Quoi ? vraiment`: French typography may do this
            kinds[kind] = kinds.get(kind, 0) + 1
            if kind in ("isolated", "glued", "after_punct", "long", "in_word", "spaced"):
                if n == 1:
                    singles += 1
                else:
                    multis += 1
                    runs.append(min(n, 9))
    evidence = sum(kinds.values())
    # where letters were lost, a run of 2 may be one letter per UTF-8 byte: it tells nothing
    letters = kinds.get("in_word", 0) >= 1
    utf8_odds = sum(_UTF8_ODDS.get(n, 0.0) for n in runs if not (letters and n == 2))
    if not french_words:
        # `word ? Next`: English does not space its `?`; one lost character, one `?` (a hint
        # only: some writers do space it)
        utf8_odds -= spaced_singles
    # (whether French spaces a mark in the dump's lines is asked only where it decides)
    french = french_words and (kinds.get("nbsp", 0) > 0 or _french_spaced(lines))
    multi_unit = singles == 0 and multis >= 3 and utf8_odds > 0
    prior = Prior(
        lossy=evidence >= 1,
        french=french,
        french_words=french_words,
        multi_unit=multi_unit,
        utf8=multi_unit and multis >= 5 and (letters or 2 not in runs),
        pairs=2 in runs,
        clusters=multis >= 1,
        # no definite lone artifact, but runs of 2: lost one code point at a time
        lone=singles >= 1 or (multis >= 2 and utf8_odds < 0),
        letters_lost=kinds.get("in_word", 0) >= 1,
        apostrophes=letters and not french_words and any(_APOSTROPHE.search(line) for line in lines if "?" in line),
        nbsp_lost=kinds.get("nbsp", 0) >= 1,
        evidence=evidence,
        inverted_lost=inverted_lost,
    )
    return _repeated_sentences(prior, lines) if repeats and prior.lossy else prior


# ---- the same sentence elsewhere in the dump ------------------------------------------------
# A dump repeats itself: a post shown twice (in the feed and expanded), a sign-off or a
# question an author uses in every post. Where the same sentence ends once with no ``?`` after
# it, it is a statement, and a ``?`` after it elsewhere is what an emoji or symbol left; where
# it is always followed by a ``?``, once by a single one glued to it, it is a question and a
# lone ``?`` after it is real. A sentence is known by its last words (:func:`_sentence_key`):
# at least four, within its last 32 characters (three, such as `la semaine prochaine`, are
# the tail of too many sentences).
_KEY_CHARS = 32
_KEY_MIN_WORDS = 4
_CJK_KEY = 5
_CJK_KEY_MIN = 3
# where a sentence may end: before a ``?``, a space, sentence punctuation or the end
_SENTENCE_ENDS = re.compile(r"[^\s?](?=[\s?.!…。！？]|\Z)")
_SPACES_BEFORE_MARK = " \t\u00a0\u202f"
# keys × characters that ``str.find`` may scan before the per-word lookup is cheaper
_FIND_BUDGET = 50_000_000
# the characters that index the keys by their ends (:func:`_repeated_sentences`)
_TAIL = 12


def _may_end_a_sentence(line: str, s: int, e: int) -> bool:
    """Could the run ``line[s:e]`` end a sentence (after a word, not glued to the next one)?
    Only such runs are looked up: a run inside a word (`don?t`) is no sentence's end, and
    reading the sentence before every one of them would cost a window per run."""
    if s == 0 or e < len(line) and line[e].isalnum() and not line[e].isupper() and not _is_cjk(line[e]):
        return False  # (glued to a capital it may end one: `…vor?Gestern`; Chinese has no spaces)
    i = s - 1
    while i > 0 and s - i < 4 and line[i] in _SPACES_BEFORE_MARK:
        i -= 1  # (French sets its `?` off with a space; a lost emoji may be after two)
    p = line[i]
    return _is_word(p) or p in _CLOSERS or p in ".!…"


def _sentence_key(sentence: str) -> str | None:
    """The last words of ``sentence`` that stand for it, or None when too short to tell."""
    t = sentence.rstrip(_SPACES_BEFORE_MARK)
    if t and _is_cjk(t[-1]):
        # Chinese or Japanese has no spaces to count words by: its last characters, as many as
        # ``_CJK_KEY`` (fewer where the sentence is shorter, down to ``_CJK_KEY_MIN``)
        i = len(t)
        while i > 0 and len(t) - i < _CJK_KEY and _is_cjk(t[i - 1]):
            i -= 1
        return t[i:] if len(t) - i >= _CJK_KEY_MIN else None
    key = t[-_KEY_CHARS:]
    if len(t) > _KEY_CHARS:
        key = key[key.find(" ") + 1 :] if " " in key else ""
    if key.count(" ") < _KEY_MIN_WORDS - 1 or key[-1:] == "?":
        return None
    return key


def _ending(text: str, p: int) -> tuple[int, bool] | None:
    """What follows a sentence that stops at ``text[p]``: how many ``?`` (past spaces), and
    whether the first is glued to it; ``(0, False)`` where it ends with no ``?`` (a full stop,
    ``!``, the line's end, or a space and a capital); None where it runs on (``,``, lowercase)."""
    j = p
    while j < len(text) and text[j] in _SPACES_BEFORE_MARK:
        j += 1
    k = j
    while k < len(text) and text[k] == "?":
        k += 1
    if k > j:
        return k - j, j == p
    c = text[j] if j < len(text) else "\n"
    if c in "\n.!…。！" or j > p and c.isupper():
        return 0, False
    if c == "？":
        return -1, True  # (the full-width mark is no lost character: a question for sure)
    return None


# The keys of the sentences that end at a ``?`` run of a line (:func:`_line_keys`), kept per
# line's text for the document like :data:`_LINE_RUNS`: a later round of the repair stage reads
# the whole dump again at the cost of the lines that changed.
_LINE_KEYS: dict[str, tuple[str, ...]] = {}


def _line_keys(line: str) -> tuple[str, ...]:
    known_keys = _LINE_KEYS.get(line)
    if known_keys is not None:
        return known_keys
    keys = []
    known = _PROTECTED.get(line)
    if known is not None:
        # the line's runs as the prior read them (:func:`_line_runs`, every run of the line, in
        # order, with whether it is protected): not searched for and looked up again
        for s, (e, protected) in known.items():
            if not protected and _may_end_a_sentence(line, s, e):
                key = _sentence_key(_sentence_before(line, s))
                if key:
                    keys.append(key)
    else:
        for m in _QRUN.finditer(line):
            if _may_end_a_sentence(line, m.start(), m.end()) and not _protected(line, m.start(), m.end()):
                key = _sentence_key(_sentence_before(line, m.start()))
                if key:
                    keys.append(key)
    out = _LINE_KEYS[line] = tuple(keys)
    return out


def _find_endings(keys: Iterable[str], text: str) -> dict[str, list[tuple[int, bool]]]:
    """Where each key stands in ``text`` and what follows it there (:func:`_ending`; a key
    followed by nothing that ends a sentence is not listed)."""
    endings: dict[str, list[tuple[int, bool]]] = {}
    for key in keys:
        i = text.find(key)
        while i >= 0:
            seen = _ending(text, i + len(key))
            if seen is not None:
                endings.setdefault(key, []).append(seen)
            i = text.find(key, i + 1)
    return endings


# The last document's lines and every key's endings in them (:func:`_endings_by_find`). A later
# round of the repair stage reads the dump again with a few lines changed (the artifacts it
# removed): a key's endings are then those it had, less the ones in the changed lines as they
# were, plus the ones in them as they are now. (A key holds no line break and what follows it
# is read up to the line's end, where a joined text has a "\n" or ends: the endings of a text
# are those of its lines put together, in any order, and the decision counts them, whatever
# their order; a key with a line break in it, were there one, is looked for in the whole text.)
_LAST_ENDINGS: list = [None, None]  # [lines, {key: endings}]


def _endings_by_find(keys: set[str], lines: list[str], text: str) -> dict[str, list[tuple[int, bool]]]:
    """:func:`_find_endings` of ``keys`` in ``text`` (``lines`` joined), each key with its
    endings listed (an empty list for none), read again only in the lines that changed since
    the last call where most lines are the same."""
    last_lines, last = _LAST_ENDINGS
    changed: list[int] | None = None
    if last_lines is not None and len(last_lines) == len(lines) and not any("\n" in key for key in keys):
        changed = [i for i, (a, b) in enumerate(zip(last_lines, lines)) if a is not b and a != b]
        if 4 * len(changed) > len(lines):
            changed = None
    if changed is None:
        found = _find_endings(keys, text)
        out = {key: found.get(key, []) for key in keys}
    else:
        new = [key for key in keys if key not in last]
        found = _find_endings(new, text)
        out = {key: found.get(key, []) for key in new}
        old = [key for key in keys if key in last]
        if changed:
            gone = _find_endings(old, "\n".join(last_lines[i] for i in changed))
            came = _find_endings(old, "\n".join(lines[i] for i in changed))
        else:
            gone = came = {}
        for key in old:
            seen = last[key]
            if key in gone:
                seen = list(seen)
                for x in gone[key]:
                    seen.remove(x)
            out[key] = seen + came[key] if key in came else seen
    _LAST_ENDINGS[0], _LAST_ENDINGS[1] = lines, out
    return out


def _repeated_sentences(prior: Prior, lines: list[str], asking: list[str] | None = None) -> Prior:
    """``prior`` with what the sentences that end at a ``?`` show where they come back in the
    dump (``said``, ``asked``; ``asking``: the lines that hold a ``?``, in order, where the
    caller has them picked out already). Each key is looked for with ``str.find``; where there
    are so many keys in so long a dump that this would cost more than a few passes of the regex
    engine, the keys are looked up instead at every place a sentence may end whose last three
    characters end a key, once per key length (at most ``_KEY_CHARS``): linear in the dump."""
    keys: set[str] = set()
    if asking is None:
        asking = [line for line in lines if "?" in line]
    for line in asking:
        keys.update(_line_keys(line))
    if not keys:
        return prior
    text = "\n".join(lines)
    endings: dict[str, list[tuple[int, bool]]] = {}
    if len(keys) * len(text) <= _FIND_BUDGET:
        endings = _endings_by_find(keys, lines, text)
    else:
        # (the key lengths to try, by the key's last _TAIL characters: only the lengths of the
        # keys that end so, so the work per sentence end does not grow with the number of keys;
        # the rare shorter keys are looked up by their length, at every end)
        by_tail: dict[str, set[int]] = {}
        short: dict[int, set[str]] = {}
        for key in keys:
            if len(key) >= _TAIL:
                by_tail.setdefault(key[-_TAIL:], set()).add(len(key))
            else:
                short.setdefault(len(key), set()).add(key)
        lengths_of = {tail: sorted(ns) for tail, ns in by_tail.items()}
        shorts = sorted(short.items())
        for m in _SENTENCE_ENDS.finditer(text):
            p = m.end()
            found = [text[p - n : p] for n in lengths_of.get(text[p - _TAIL : p], ())]
            for n, some in shorts:
                if text[p - n : p] in some:
                    found.append(text[p - n : p])
            for key in found:
                if key in keys:
                    seen = _ending(text, p)
                    if seen is not None:
                        endings.setdefault(key, []).append(seen)
    said, asked = set(), set()
    for key, seen in endings.items():
        if len(seen) < 2:
            continue
        least = min(n for n, _ in seen)
        if least < 0:
            # followed once by a full-width `？`: a question, unless it also ends with no mark
            if all(n for n, _ in seen):
                asked.add(key)
        elif least == 0 and any(n for n, _ in seen):
            said.add(key)
        elif least == 1 and (1, True) in seen and (any(n > 1 for n, _ in seen) or (
                len(key) >= _CJK_KEY and _is_cjk(key[-1]))):
            # (a Chinese sentence, not a short term, that ends each time with one `?` and no
            # other mark: a writer who types the ASCII `?` after a question more often than an
            # emoji lands glued after the same statement, one `?` each time)
            asked.add(key)
    if not said and not asked:
        return prior
    return replace(prior, said=frozenset(said), asked=frozenset(asked))


# ---- one run at a time ------------------------------------------------------------------------


# A token that is nothing but lost characters with the marks of a word (`??-????`, `?’??`) or of
# Markdown emphasis around them (`**??**:`): no real question mark looks like that
_LOST_TOKEN = re.compile(r"[*_~]*\?+(?:[-‐'’./]\?+)*[*_~]*[:.,]?")
_LOST_TOKEN_MARKS = frozenset("*_~-‐'’./")


def _lost_token(line: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of such a token around the run ``line[s:e]`` (its marks go with it, a
    trailing ``:``, ``.`` or ``,`` stays), or None."""
    a = s
    while a > 0 and not line[a - 1].isspace() and s - a < 12:
        a -= 1
    b = e
    while b < len(line) and not line[b].isspace() and b - e < 40:
        b += 1
    token = line[a:b]
    if not _LOST_TOKEN.fullmatch(token):
        return None
    core = token.rstrip(":.,")
    if not (token[:1] in "*_~" or any(c in core.strip("*_~") for c in "-‐'’./")):
        return None
    return (a, a + len(core))


def _closes_a_sentence(line: str, s: int) -> bool:
    """Does the closing quote or bracket before the spaced run at ``line[s]`` close a sentence
    that already ended inside it (`Was I the first?" ?`, `« Quoi ? » ?`)? Then the run is not
    that sentence's question mark."""
    i = s - 1
    while i >= 0 and line[i].isspace():
        i -= 1
    while i >= 0 and line[i] in _CLOSERS:
        i -= 1
    while i >= 0 and line[i] in (" ", "\u00a0", "\u202f"):
        i -= 1
    return i >= 0 and line[i] in ".!?…"


def _decide(line: str, s: int, e: int, prior: Prior) -> tuple[int, int] | None:
    """The part of the run ``line[s:e]`` (all ``?``) that is an artifact, or None."""
    n = e - s
    p = line[s - 1] if s else ""
    q = line[e] if e < len(line) else ""
    if _protected(line, s, e):
        return None
    if p == _FULLWIDTH_Q:
        return (s, e)  # `？` already asks; the ASCII run after it is lost data
    if (prior.said or prior.asked) and _may_end_a_sentence(line, s, e):
        key = _sentence_key(_sentence_before(line, s))
        if key in prior.said:
            return (s, e)  # the same sentence ends elsewhere with no `?`: a statement
        if n == 1 and key in prior.asked and not (q == " " and _lost_then_lower(line, e + 1)):
            # ... or always with one: a question. (Not where another lost run and a lowercase
            # word follow, `…your future self? ? writing`: no question goes on so; a statement
            # that lost an emoji in every copy of it, one `?` or more, is judged as any other)
            return None
        if n > 1 and key in prior.asked and _is_cjk(p):
            # a Chinese question (a full-width `？` after it elsewhere): its first `?` is real
            return (s + 1, e)
    if p in _LOST_TOKEN_MARKS or q in _LOST_TOKEN_MARKS:
        token = _lost_token(line, s, e)
        if token is not None:
            return token  # `??-????` (a word of a lost script), `**??**:` (a lost emoji in bold)

    # -- after a space, at the line start, after an opener
    opener = p in _OPENERS and (s < 2 or not _is_word(line[s - 2]))
    if p == "" or p.isspace() or opener:
        if q and (_is_word(q) or _is_emoji_like(q)):
            return (s, e)  # `???Host`, ` ?Be`, `?Qué` (a lost ¿)
        if p in _OPENERS and q in _CLOSERS:
            return None  # `(?)`
        before = _last_nonspace(line, s)
        after_word = bool(before) and (_is_word(before) or before in _CLOSERS and not _closes_a_sentence(line, s))
        if after_word and line[s - 2 : s - 1] not in (" ", "") and (
            (p == " " and prior.french) or p == "\u202f" or (p == "\u00a0" and prior.french_words)
        ):
            return _after_word(line, s, e, prior)  # French `Quoi ?`, `Quoi\u202f?`
        if n == 1 and prior.utf8:
            # one ``?`` per UTF-8 byte never leaves a lone ``?`` (where the dump only may be so,
            # `multi_unit` alone, a lone one after a space is judged as in any lossy dump)
            return None
        if n == 1 and after_word and not prior.lossy and not _AGE_BEFORE.search(line, max(0, s - 24), s) and not (
                line[e : e + 1] == " " and line[e + 1 : e + 2].isupper() and not question_cue(line, s, False)) and not (
                not line[e:].strip() and _statement(line, s) >= 0 and not question_cue(line, s, False)):
            # `What do you think ?`: some writers space their `?` in English too; kept where
            # nothing else in the dump was lost (not after an age: `12h ? Visible to anyone`
            # lost the bullet of a byline; nor between a sentence that does not ask and the
            # next capital: `Sales Manager ? Latin America` lost a dash or bullet; nor at the
            # line's end after a sentence that does not ask and is no short question:
            # `Thanks for reading ?` lost its emoji)
            return None
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
    # (whether the sentence asks, :func:`question_cue`, is read only where it decides)

    # glued to what follows
    if q and (_is_word(q) or _is_emoji_like(q)):
        if p.isalpha() and q.isalpha() and q.islower():
            return (s, e)  # `don?t`, `hei?t`: a letter or apostrophe lost inside a word
        if p.isdigit() and q.isalpha():
            return (s, e)  # `2?Reactions`: a lost NBSP
        if question_cue(line, s, prior.inverted_lost):
            return (s + 1, e) if n > 1 else None  # `offended?I just told`
        if n == 1 and not prior.lone:
            # no lost character of this dump left one `?` alone (one `?` per UTF-8 byte leaves
            # two or more): a lone one glued to the next sentence is the writer's (`又是周五了?仓库`)
            return None
        return (s, e)  # `Mitchell?Great`
    if q == "-" and p.isalpha() and line[e + 1 : e + 2].isalpha():
        return (s, e)  # `P?keh?-centred`: a letter lost before a hyphen (no question glues on)

    if q in (".", ",", ";") or (q == ":" and not line[e + 1 : e + 2].isalnum()):
        return (s, e)  # a real `?` never comes before `.` `,` `;`
    if p in "ae" and _after_article(line, s, prior.french_words):
        return (s, e)  # `As a🎯 Senior…`, `repeating the…`: no sentence ends on an article
    if q == "!" and prior.nbsp_lost and not question_cue(line, s, prior.inverted_lost):
        return (s, e)  # `mot?!`: lost NBSP before `!` (`?!` ends questions too)

    if q == " " and _FOOTER_LANGUAGE_NEXT.match(line, e):
        return (s, e)  # `Ελληνικ?? (Greek)`: the page footer's list of languages, a letter lost
    if q == " " and n <= 3 and _inside_link_text(line, s, e) and not question_cue(line, s, prior.inverted_lost):
        return (s, e)  # `[Andr? Vidal](…)`: a link's text runs on past it; no question asks there
    if not prior.inverted_lost and _is_word(p) and q in _AFTER_QUOTE and (q != " " or line[e + 1 : e + 2].islower()):
        quoted = _LOST_OPEN_QUOTE.search(_sentence_before(line, s)[-120:])
        if quoted and quoted.start(1) > 0 and len(quoted.group(1)) == n and len(
                _WORD_RE.findall(quoted.group(2))) <= 5:
            # `This is what ?hard year? means`: a short phrase whose quotes were both lost, as
            # many `?` each, and the sentence goes on in lowercase or punctuation (in
            # mid-sentence: at a sentence's start the first is an emoji; before a capital or
            # another run, the end of a question: `?berrascht? Mit`, `?berrascht? ??`)
            return (s, e)

    if n == 2 and prior.nbsp_lost and prior.french and _is_word(p):
        return (s, s + 1)  # `vous??`: lost NBSP, then the real `?`

    j = e
    while j < len(line) and line[j] == " ":
        j += 1
    rest = line[j : j + 16]  # what follows, past the spaces (a window: no copy of the line)
    continues = bool(rest) and rest[0].isalpha() and rest[0].islower()
    # what follows a real question is a new sentence, a closing mark, an emoji or the end; a
    # dash, a bullet or a number after ``word?`` is what ``word™ — x``, ``LinkedIn © 2026`` lose
    symbol_next = bool(rest) and j > e and (rest[0] in _SYMBOL_NEXT or rest[0].isdigit())
    if n == 1:
        # a question keeps its `?`, whatever else is true
        if (cjk or p.isdigit()) and not (cjk and (prior.multi_unit or not prior.lone)):
            # a Chinese statement does not end with an ASCII `?`; `5€` -> `5?` (but one `?` per
            # UTF-8 byte never leaves a lone one: `是我想多了?` asks; nor where no lost character
            # of the dump was seen to leave one)
            return None if question_cue(line, s, prior.inverted_lost) else (s, e)
        if p in (" ", "\u00a0", "\u202f") and prior.french and continues:
            # French sets its `?` off with a space, but a question does not run on in lowercase:
            # `réussite ? leadership` lost a symbol, `Merci ? tous` a letter (also in a question
            # that goes on to its own `?`: `R?pondez-vous ? tous les messages ?`)
            return None if question_cue(line, s, prior.inverted_lost) and not (
                prior.letters_lost and _goes_on_to_a_mark(line, j)) else (s, e)
        if prior.letters_lost and p.isalpha() and (continues or rest[:1] in ("(", "[")) and not (
            _URL_START.match(rest)
        ):
            # `caf? avec`: a lost final letter. (A lost `¿` does not make this a question's end:
            # `?Qu? opinan?` is one question, which its last `?` closes; nor does a question
            # that goes on in lowercase to a later `?`: `Pourquoi … la productivit? en heures ?`)
            if _QUESTION_RUNS_ON.match(line, j):
                return None  # `…the SDLC? especially in…`: a question, and the writer went on
            return None if question_cue(line, s, False) and not _goes_on_to_a_mark(line, j) else (s, e)
        if not (prior.multi_unit or prior.lone) and p == " " and _is_word(line[s - 2]) and prior.french and not rest and (
                _statement(line, s, not prior.letters_lost) >= 2) and not question_cue(line, s, prior.inverted_lost):
            # a French dump: its spaced lone `?` are no evidence (its questions are so spaced),
            # so that no lone artifact may be seen even where every lost emoji left one; a
            # sentence that opens as a statement and ends the line on a word there lost its
            # emoji (not after a closing quote: `Il m’a demandé « pourquoi maintenant » ?`)
            return (s, e)
        if prior.apostrophes and p == "s" and q == " " and rest[:1].isalpha() and not _URL_START.match(
                rest) and not question_cue(line, s, prior.inverted_lost):
            return (s, e)  # `Girls? Education`: a plural's possessive, its apostrophe lost
        if prior.multi_unit or not prior.lone:
            return None  # one lost character never left a lone `?` in this dump
        if continues and p.isalpha() and not _AFTER_QUESTION_LOWER.match(line, j) and not _QUESTION_RUNS_ON.match(line, j):
            # `2,4 M? este trimestre`, `perfecto? solo funciona`: a lost symbol or closing
            # quote mid-sentence (a question does not run on in lowercase)
            return None if question_cue(line, s, prior.inverted_lost) else (s, e)
        shape = _statement(line, s, not prior.letters_lost)
        term_item = _TERM_ITEM_LETTERS_LOST if prior.letters_lost else _TERM_ITEM
        term_end = _TERM_END_LETTERS_LOST if prior.letters_lost else _TERM_END
        if symbol_next or term_item.match(line, j) or shape >= 2 or shape >= 0 and _lost_then_lower(line, j) and (
                _capitalised(_sentence_before(line, s))) or j > e and shape >= 0 and term_end.match(line, j) and (
                _short_words(line, s) >= 3):
            # `growth? — product`, `mentoring? ? pricing ? 2024` (a list of terms, its `™` and
            # dashes lost; `noticing? ?? ok` is a question and its lost emoji), `We closed our
            # Series A last week?`
            return None if question_cue(line, s, prior.inverted_lost) else (s, e)
        return None
    # n >= 2
    quoted = _LOST_OPEN_QUOTE.search(_sentence_before(line, s)[-120:])
    if (quoted is None or quoted.start(1) == 0) and prior.letters_lost and prior.inverted_lost:
        # (a lost letter, `qu?`, cut the sentence: `me pregunt? ??y por qu? ahora??`)
        quoted = _LOST_OPEN_QUOTE.search(line, max(0, s - 120), s)
    if quoted and (_opens_with_q(_first_words(quoted.group(2))) or prior.inverted_lost and quoted.start(1) > 0
                   and len(_WORD_RE.findall(quoted.group(2))) <= 6):
        # `asked me ?why now?? and`: a quoted question whose quotes were both lost, one `?` or
        # one `?` per byte each; the question's own `?` stands between them. In Spanish with
        # its `¿` lost the opening run holds the `¿` too (`«¿` -> `??`, 4 per UTF-8 byte), and
        # a short phrase in mid-sentence so opened is a question (`me preguntó «¿y por qué ahora?»`)
        k = len(quoted.group(1))
        if (n in (k, k - 1) and k >= (4 if prior.multi_unit else 2)) if prior.inverted_lost else n == k + 1:
            return (s + 1, e)
    if n == 2 and prior.multi_unit and continues and (_is_word(p) or p == " "):
        # one `?` per UTF-8 byte: `??` is one lost letter or NBSP (`Por qu?? es`, `vous ?? tous`),
        # and a question does not run on in lowercase after its `??`
        return (s, e)
    cue = question_cue(line, s, prior.inverted_lost)
    if not cue and (p.isdigit() or continues or cjk):
        return (s, e)  # `5€` -> `5???`; `wei?? ich` (a lost `ß`) mid-sentence; `太棒了??`
    if cue and continues and prior.letters_lost and p.isalpha() and _goes_on_to_a_mark(line, j):
        # a question that goes on in lowercase to its own `?`: the run is a letter lost inside
        # it (`Avez-vous d??j?? quitt?? un poste … ?`), not its end
        return (s, e)
    spanish_q = prior.french_words and _is_word(p) and _opened_by_inverted(_sentence_before(line, s), prior.inverted_lost)
    if n == 2 and prior.french_words and _is_word(p) and _english_tag_alone(line, s):
        # `Right??` in a French dump: an English word alone, set without French typography's
        # space before its mark, so the two are its emphasis, not a lost space and a `?`
        # (the rules below read it as an opened Spanish question is read: no space lost)
        spanish_q = True
    if cue and prior.french_words and prior.lossy and _is_word(p) and not spanish_q and (
        n == 2 and not prior.multi_unit or n in (3, 4) and prior.multi_unit
    ):
        return (s, e - 1)  # `difficile\u00a0?` with the space lost: 1 `?`, or 2/3 (UTF-8)
    if n >= 4 and not cue and not prior.french_words and _reading(line, s, prior.inverted_lost) <= qmark_read.STATES_STRONG:
        # a sentence the reader is sure states (a subject or formula first, at some length; a
        # command), closed by a long run: all of it is lost data, none of it the writer's
        # (measured on fit, heldout and heldout2: 5 such runs, every `?` of them lost). (Not
        # in French, whose `C’est moi ou…` asks as a statement's words would)
        return (s, e)
    spaced = p == " " or p in _THIN_SPACES
    shape = _statement(line, s, not prior.letters_lost)
    if prior.french_words and prior.lossy and _is_word(p) and shape <= 1 and not symbol_next and not spanish_q and (
        n == 2 and not prior.multi_unit or n in (3, 4) and prior.multi_unit
    ) and _capitalised(_sentence_before(line, s)):
        # French sets its `?` off with a (narrow) no-break space, which GBK and cp1252 lack:
        # `Vous aussi??` is that lost space and the question mark, unless it is a plain
        # statement with an emoji glued to it (2 or 3 `?` for the space, one per UTF-8 byte)
        return (s, e - 1)
    term_next = _TERM_NEXT_LETTERS_LOST if prior.letters_lost else _TERM_NEXT
    if not cue and shape < 0 and (symbol_next or _lost_then_lower(line, j) or term_next.match(line, j)) and (
            _is_term(line, s)):
        return (s, e)  # `Preise??? — Schreiben`: a list of terms that lost its separators
    # (a short question set off by a space is French typography in a French dump, except
    # where one `?` per UTF-8 byte makes a spaced run of 3 or 4 one lost emoji)
    if cue or (shape < 0 and (not spaced or prior.french and not prior.multi_unit and not _is_word_alone(line, s))):
        # a question: its first `?` is real and a long run is lost data after it
        # (`noticing?👀` -> `noticing?????`); a run of 2 or 3 is kept: `right??` is real
        # emphasis as often as it is a question with a lost emoji glued to it (measured:
        # removing one of them gained 0.5 point of recall for 0.1 of precision)
        if n >= 4:
            return (s + 1, e)
        if n == 3 and prior.utf8 and not prior.french_words and not cue:
            # one `?` per UTF-8 byte: three are one lost symbol (`✅`, `→`); a question's own
            # `?` and an emoji after it would leave four or five
            return (s, e)
        if n == 3 and cue and prior.pairs and not prior.french_words:
            # a question in a dump that loses characters as two `?` elsewhere: `Sério???` is
            # its `?` and an emoji of two code points or UTF-16 units (`❤️`, `👍🏽`; `🚀` as a
            # surrogate pair), or a symbol's three UTF-8 bytes after a misread question: keep
            # one. (Where no lost character left two, `semana???` is more likely `??` and a
            # lost symbol; in French `Quoi\u00a0???` is a lost no-break space and a real `??`)
            return (s + 1, e)
        if n == 3 and prior.lone and prior.clusters and not prior.multi_unit and not (
                prior.french_words and prior.pairs):
            # a dump where a lost character leaves one `?`, and lost ones also stand side by
            # side: three after a question are its `?` and two lost emoji (or one of two code
            # points) more often than the writer's `???` (measured on fit with its second
            # bank, which has the writer's runs; where no lost characters stood together, `??`
            # and a lost symbol is as likely: kept)
            return (s + 1, e)
        if n == 3 and cue and not prior.french_words:
            # three after a question in a dump where neither rule above says two were lost:
            # `Who is coming???` is the writer's `??` and one lost character (one `?` per code
            # point) or its `?` and two lost ones at least as often as the writer's `???`;
            # one of them goes, so that a doubled `??` stays. (Not in French: `Quoi\u202f???`
            # is a lost space before a real `??`, and a later round reads `vous??` as that)
            return (s + 2, e)
        return None
    if shape >= 1 or symbol_next or _lost_then_lower(line, j):
        # a statement, or a run before another lost one (`mentoría??? ??? escritura`)
        return (s, e)  # a statement: `a founder does???` is its lost emoji
    if spaced and n == 2 and prior.multi_unit:
        return None  # one `?` per UTF-8 byte: a lost symbol or emoji leaves 3 or 4, not `mot ??`
    if spaced:
        return (s, e)  # French spacing, no question word: `pour vos messages ??`
    if n == 4 and prior.multi_unit and not prior.french_words:
        return (s, e)  # one `?` per UTF-8 byte: four are one emoji, no question asks here
    if n == 2 and prior.multi_unit and not prior.pairs:
        # one `?` per UTF-8 byte leaves two only for a letter or a no-break space, and no
        # definite artifact of this dump is two: `Another reorg??` is the writer's own `??`
        return None
    return (s + 1, e)  # undecided: the first `?` may be real, keep it


# A clause opened by `¿`, or where the dump lost its `¿` (Spanish by its words, none left) by a
# `?` glued to a capital after a space: a Spanish question, closed by the run (its words may
# have lost letters inside them: `?Qu? opinan`)
_OPENED_BY_INVERTED = re.compile(r"(?:^|[\s(«\"“])¿(?:[^¿?.!]|(?<=\w)\?(?=\w| [a-zà-ÿ]))*$")
_OPENED_BY_LOST_INVERTED = re.compile(r"(?:^|[\s(«\"“])\?[A-ZÁÉÍÓÚÑ](?:[^¿?.!]|(?<=\w)\?(?=\w| [a-zà-ÿ]))*$")


def _opened_by_inverted(sentence: str, inverted_lost: bool) -> bool:
    """Does the clause that the run closes open with `¿` (or, where the dump lost its `¿`, with
    the `?` it became)? Then it is a Spanish question, and a Spanish writer does not set off
    their `?` with a (lost) no-break space: `¿Qué opinan??` is the writer's own `??`."""
    tail = sentence[-200:]
    if "¿" in tail:
        return _OPENED_BY_INVERTED.search(tail) is not None
    return inverted_lost and "?" in tail and _OPENED_BY_LOST_INVERTED.search(tail) is not None


def _after_article(line: str, s: int, french: bool) -> bool:
    """Is the word right before ``line[s]`` the English article `the`, or `a` (lowercase, a
    word of its own)? A question never ends on one; a lost emoji, arrow or ellipsis may stand
    after it. (Not `an`, which ends German questions: `Was zieht ihr an?`; nor `a` in a French
    dump, where it is `avoir`: `Qu’est-ce qu’il y a ?`)"""
    i = s
    while i > 0 and s - i < 4 and line[i - 1].isalpha():
        i -= 1
    word = line[i:s]
    # (after a space: `elegir?an` lost a letter inside a word)
    return (word == "the" or word == "a" and not french) and (
        i == 0 or line[i - 1].isspace() or line[i - 1] in _OPENERS)


# what a writer goes on with in lowercase after a question of their own (`…the SDLC? especially
# in healthcare`, `…attendance? thanks!`): a lost letter, apostrophe or symbol is followed by
# the next word of its sentence, seldom by one of these (`so`, `just`, `like` were: rejected)
_QUESTION_RUNS_ON = re.compile(r"(?:but|or|especially|thanks|please)\b")


# an age before a spaced `?` (`12h ? Visible to anyone`): the `?` is a byline's lost bullet
_AGE_BEFORE = re.compile(r"\b\d+ ?[^\W\d_]{0,7}(?: ago)? $")


def _inside_link_text(line: str, s: int, e: int) -> bool:
    """Is ``line[s:e]`` inside the text of a Markdown link (``[…](url)``), with more of that
    text after it?"""
    if "[" not in line:
        return False
    opened = line.rfind("[", max(0, s - 200), s)
    if opened < 0 or line.find("]", opened, s) >= 0:
        return False
    closed = line.find("]", e, e + 200)
    return closed > e and line.find("[", e, closed) < 0 and line[closed + 1 : closed + 2] == "(" and bool(
        line[e:closed].strip())


# what follows a language's own name in the page footer's list: ` (Greek)`, ` (Romanian)`
_FOOTER_LANGUAGE_NEXT = re.compile(r" \((?:" + "|".join(FOOTER_LANGUAGES) + r")\)")
_SYMBOL_NEXT = frozenset("—–-·|•©®™→>")
# another run of `?` then a lowercase word, a digit or a symbol: a list of terms parted by
# lost dashes or bullets, not a question before its emoji and the next sentence
_LOST_THEN = re.compile(r"(?<!\?)\?+ +(\S)")  # (lookbehind: linear when searched everywhere)


# another lost run, then one or two words: the next item of a list of terms
_TERM_HEAD = r"\?+ +[^\W\d_][\w’'-]*(?: [^\W\d_][\w’'-]*)? *"
# ... then another separator or the end (`Preise??? ??? Schreiben © 2024`), not a sentence
# (`You in?? 🎉 Yesterday I…`)
_TERM_NEXT = re.compile(_TERM_HEAD + r"(?:$|[?—–·|•©®™→>-])")
# ... then a further separator, past which the list goes on: a list for sure
_TERM_ITEM = re.compile(_TERM_HEAD + r"(?:[—–·|•©®™→>]|-(?=\s)|\?+ +\S)")
# The same where the dump lost letters: a term's word may hold a lost letter, or open with a
# lost capital (`? carri?re ? 2024`, `? ?quipe`), a `?` before a lowercase letter (before a
# capital it is a lost `¿` or emoji opening a sentence: `? ?Qu? opinan`)
_LOST_LETTER_WORD = r"(?:\?+(?=[^\W\d_A-ZÀ-Þ])|[^\W\d_])(?:[\w’'-]|\?+(?=[^\W\d_A-ZÀ-Þ]))*"
_TERM_HEAD_LETTERS_LOST = rf"\?+ +{_LOST_LETTER_WORD}(?: {_LOST_LETTER_WORD})? *"
_TERM_NEXT_LETTERS_LOST = re.compile(_TERM_HEAD_LETTERS_LOST + r"(?:$|[?—–·|•©®™→>-])")
_TERM_ITEM_LETTERS_LOST = re.compile(_TERM_HEAD_LETTERS_LOST + r"(?:[—–·|•©®™→>]|-(?=\s)|\?+ +\S)")
# ... or the line's last term (`…last week? ? leadership`, `…gegründet? ? Weiterbildung`): a
# lost emoji and a lost bullet before a topic
_TERM_END = re.compile(_TERM_HEAD + r"$")
_TERM_END_LETTERS_LOST = re.compile(_TERM_HEAD_LETTERS_LOST + r"$")


def _goes_on_to_a_mark(line: str, j: int) -> bool:
    """Does the sentence go on from ``line[j]`` in lowercase words to another ``?`` glued to a
    word or set off by a space, with no sentence punctuation or capital on the way?"""
    rest = line[j : j + 120]
    k = rest.find("?")
    if k <= 0:
        return False
    between = rest[:k]
    words = between.split()
    # (a word of one letter may be what is left of one whose capital was lost: `?a vous` is
    # `Ça vous`, a new sentence, once the repair stage's first round removed its `?`)
    return bool(words) and len(words[0]) > 1 and (between[-1].isalpha() or between[-1] == " ") and not any(
        c in between for c in ".!:;") and all(w[0].islower() or not w[0].isalpha() for w in words)


def _lost_then_lower(line: str, j: int) -> bool:
    m = _LOST_THEN.match(line, j, j + 40)
    return bool(m) and (m.group(1).islower() or m.group(1).isdigit() or m.group(1) in _SYMBOL_NEXT)


# Sentence openers of a statement, and the formulas that sign a post off (qmark_lang)
_DECLARATIVE = qmark_lang.STATEMENT_OPENERS
_FORMULAS = qmark_lang.SIGN_OFF_FORMULAS
# ... and the farewells and wishes that close one, by their first two or three words (`À la`
# alone opens questions too: `À la fin, qui gagne`)
_FAREWELLS = frozenset(
    """
    à_bientôt à_demain à_plus à_très_vite à_la_semaine à_la_prochaine bon_week-end bon_weekend
    bonne_semaine bonne_journée bonne_soirée bonne_fin bon_dimanche see_you talk_soon
    happy_friday happy_weekend bis_bald bis_nächste bis_morgen bis_dann schönes_wochenende
    schöne_woche schönen_tag nos_vemos hasta_pronto hasta_la_próxima buen_fin feliz_fin
    buena_semana
    """.split()
)
_FAREWELL_FIRST = frozenset(f.split("_", 1)[0] for f in _FAREWELLS)
# ... and the greetings that open a letter or a newsletter, as a sentence of their own (`Hi
# there 👋`): no question (a greeting of one word may be one, `Hello?`: not listed)
_GREETINGS = frozenset(
    """
    hi_there hello_there hey_there hi_all hello_all hey_all hi_everyone hello_everyone
    hey_everyone hi_everybody hello_everybody hi_team hello_team hey_team hi_folks hey_folks
    hello_friends hi_friends good_morning good_afternoon good_evening hallo_zusammen
    hallo_allerseits guten_morgen bonjour_à_tous salut_à_tous hola_a_todos buenos_días
    ciao_a_tutti buongiorno_a_tutti olá_a_todos bom_dia hallo_allemaal
    """.split()
)
# Second-person pronouns: capitalised after a lowercase word, a new sentence (not German `Sie`,
# which is capitalised everywhere)
_YOU = frozenset("you vous tu usted ustedes vosotros".split())
_ARTICLES = frozenset("the a an le la les l un une der die das ein eine el los las una".split())
_TAG = re.compile(r",\s*((?:[^\W\d_][\w’'-]*\s*){1,3})$")  # `…ever, right`, `…, n’est-ce pas`
# The words a question tag opens with (`…, right`, `…, isn't it`, `…, non`, `…, oder`,
# `…, ¿verdad`); a short clause after a comma that opens otherwise is a statement's tail
# (`…beigebracht, alles aufzuschreiben`).
_TAG_WORDS = frozenset(
    """
    right no yes eh huh ok okay correct true agreed yeah
    n'est-ce n’est-ce non hein pas vrai oui
    oder nicht ne gell ja stimmt's stimmts
    verdad cierto sí vale
    """.split()
)


# English words that make a sentence alone (`Right??`, `Really?!`): English, whatever the dump's
# language, so not set in French typography
_ENGLISH_TAGS = frozenset("right yes ok okay correct true agreed yeah really seriously".split())


def _english_tag_alone(line: str, start: int) -> bool:
    """Is the sentence that ends at ``line[start]`` one English tag word (`Right`, `Really`)?"""
    words = _WORD_RE.findall(_sentence_before(line, start)[-40:])
    return len(words) == 1 and words[0].lower() in _ENGLISH_TAGS


def _is_tag(clause: str) -> bool:
    first = clause.split(None, 1)[0].lower().lstrip("¿")
    return first in _TAG_WORDS or _is_q_word(first)


# two to four items of one or two lowercase words, parted by commas (`pricing, support`)
_ENUMERATION = re.compile(r"\s*[^\W\d_A-Z][\w’'-]*(?: [\w’'-]+)?(?:, [\w’'-]+(?: [\w’'-]+)?){1,3}\s*$")
# ... where the dump lost letters, its terms may hold them (`: r?ussite, ?quipe`)
_ENUMERATION_LETTERS_LOST = re.compile(
    r"\s*(?:\?+|[^\W\d_A-Z])[\w’'?-]*(?: [\w’'?-]+)?(?:, [\w’'?-]+(?: [\w’'?-]+)?){1,3}\s*$")
_CHOICE = re.compile(r"\b(?:or|ou|oder|o|u|或)\b")
_GLUED_LOST = re.compile(r"(?<=\s)\?+[^\W\d_]")


def _asks_before_colon(line: str, start: int) -> bool:
    """Does the clause before the last colon ahead of ``line[start]`` ask?"""
    colon = line.rfind(":", 0, start)
    return colon > 0 and question_cue(line, colon, False)


def _short_words(line: str, start: int) -> int:
    """The words of the sentence that ends at ``line[start]``, counted in its last 60
    characters (enough to tell one or two words from more)."""
    return len(_WORD_RE.findall(_sentence_before(line, start)[-60:]))


def _is_term(line: str, start: int) -> bool:
    """Is what ends at ``line[start]`` a bare term of one or two words (an item of a list such
    as ``Preise — Schreiben — Plattform``), not a clause (``Your shop, right``)?"""
    return "," not in _sentence_before(line, start) and _short_words(line, start) <= 2


def _is_word_alone(line: str, start: int) -> bool:
    """Is the sentence that ends at ``line[start]`` a single word (`Conférencier`)?"""
    return _short_words(line, start) <= 1


def _capitalised(sentence: str) -> bool:
    """Does the sentence open with a capital (not a fragment such as a list item)?"""
    m = _WORD_RE.search(sentence[:200])
    return bool(m) and m.group()[0].isupper()


def _imperative(w: str) -> bool:
    """A French imperative (`Soyez`, `Arrêtez`): a verb in `-ez` first, its pronoun not put after
    it (`Avez-vous` is one word, and a question)."""
    return len(w) > 4 and w.endswith("ez") and w not in ("assez", "chez")


def _farewell(words: list[str]) -> bool:
    if words[0].lower() not in _FAREWELL_FIRST:
        return False  # (asked of most sentences: their first word settles it)
    head = "_".join(words[:3]).lower()
    return head in _FAREWELLS or head.rsplit("_", 1)[0] in _FAREWELLS


def _opener(w: str) -> int:
    w = w.lower().replace("’", "'")
    head = w.split("'")[0]
    if w in _DECLARATIVE or head in _DECLARATIVE or _imperative(w):
        return 2
    return 1 if w in _ARTICLES or head in _ARTICLES else 0


def _statement(line: str, start: int, glued_breaks: bool = True) -> int:
    """How much the sentence that ends at ``line[start]`` reads as a statement (> 0) or as a
    short question with no question word (< 0: ``Sound familiar``, ``Vous aussi``, a tag
    ``…, right``). A subject-first opener (pronoun, possessive, time adverb; an article
    counts less) and length point to a statement; four words or fewer with no opener, or a
    short clause after a comma, point to a question; anything else is 0 (undecided)."""
    sentence = _sentence_before(line, start).rstrip()
    tag = _TAG.search(sentence[-40:])
    if tag and _is_tag(tag.group(1)):
        return -1
    words = _WORD_RE.findall(sentence[-400:])
    if not words:
        return 0
    if not words[0][0].isupper():
        if (_ENUMERATION.match(sentence) or not glued_breaks and "?" in sentence and (
                _ENUMERATION_LETTERS_LOST.match(sentence)) and not _asks_before_colon(line, start)
                ) and not _CHOICE.search(sentence):
            # a list of terms (after a colon): `…conference: pricing, writing`, also with lost
            # letters where the dump lost them (`…mes ?quipes: r?ussite, ?quipe`, not after a
            # question: `Quelles priorit?s pour vous: r?ussite, carri?re ?`); not a choice
            # offered (`…matters most: reliability, guardrails, or observability`)
            return 2
        return 0  # a fragment: the sentence began on another line or before a cut
    # A run-on (the emoji or stop between two sentences was lost) or a proper noun: a
    # capitalised word after a lowercase one. Judge the last such segment when it opens
    # like a statement; otherwise the opener counts less.
    # A lost character glued to a word after a space (`…plus vite ?a vous parle`) may be the
    # emoji that parted two sentences, or a lost capital (`Ça`): a run-on as well; not where
    # the dump lost letters (`de mes ?quipes`).
    runon = glued_breaks and "?" in sentence and _GLUED_LOST.search(sentence, 1) is not None
    for i in range(len(words) - 1, 0, -1):
        w = words[i]
        if w[0].isupper() and words[i - 1][0].islower() and not (w == "I" or w[:2] in ("I'", "I’")):
            if _opener(w) or w.lower() in _YOU:
                words = words[i:]  # (a capitalised `You` mid-line opens a sentence: no name is `You`)
            elif 2 <= len(words) - i <= 3 and words[i + 1][0].islower() and not _opener(words[0]):
                # `…now runs the platform team Sound familiar`: a short question run on (a
                # sentence that opened like a statement keeps its tail: German capitalises
                # its nouns, `…unser neues Produkt vorgestellt`)
                return -1
            elif i == len(words) - 1 and _opener(words[0]) == 2 and any(c.isupper() for c in w[1:]) and not w.isupper():
                pass  # a name closing a statement: `…que j’ai fondé BrightLoop`
            else:
                runon = True  # a proper noun, or a run-on whose second opener is unknown
            break
    if len(words) <= 4 and "_".join(words).lower() in _GREETINGS:
        return 2  # a greeting alone (`Hi there ?`, `Bonjour à tous ?`): no question
    strength = _opener(words[0])
    if not strength and (words[0].lower() in _FORMULAS or _farewell(words)) and not any(
            w[0].isupper() and _is_q_word(w) for w in words[1:]):
        strength = 2
    if (strength == 2 or words[0].lower() in qmark_read.STATE_OPENERS
            or words[-1].lower() in qmark_read.NEVER_LAST) and _read(sentence, False) <= qmark_read.STATES:
        # the question reader finds a statement (a subject, a formula or a command first and
        # nothing that asks, or a sentence cut off): this is asked of every lone `?` after a
        # word in a lossy dump, so the reader runs only where the opener or last word may
        # make it one
        return 2
    n = len(words)
    if runon:
        return 1 if strength else 0  # never enough alone to remove a lone `?`
    if strength == 2:
        return 2 if n >= 4 else 1
    if strength == 1:
        return 2 if n >= 8 else 1
    if n <= 4:
        return -1
    return 1 if n >= 8 else 0


def find_artifacts(line: str, prior: Prior) -> list[tuple[int, int]]:
    """Spans of ``line`` that are lost-character artifacts, merged where only spaces part
    them, and widened to take one separating space with them (so ``success. ??`` becomes
    ``success.``, not ``success. ``). Real question marks of a run are left outside."""
    if "?" not in line:
        return []
    spans: list[tuple[int, int]] = []
    # (the line's runs as the prior read them, every run in order: :data:`_PROTECTED`, not
    # searched for again; a line the prior did not read is searched)
    known = _PROTECTED.get(line)
    runs = [(m.start(), m.end()) for m in _QRUN.finditer(line)] if known is None else [
        (s, e) for s, (e, _) in known.items()]
    for s, e in runs:
        span = _decide(line, s, e, prior)
        if span is not None and span[0] < span[1]:
            spans.append(span)
    if not spans:
        return spans
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and line[merged[-1][1] : s].strip(" ") == "":
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[tuple[int, int]] = []
    for s, e in merged:
        before = line[s - 1] if s else ""
        after = line[e] if e < len(line) else ""
        if before in (" ", "\u00a0", "\u202f") and (after in ("", " ") or not _is_word(after)):
            s -= 1  # `word ?? ` -> `word `, `word ??` -> `word` (a no-break space went with it)
        elif before == " " and _is_word(after) and s >= 2 and line[s - 2] == " ":
            s -= 1
        elif after == " " and (s == 0 or before in (" ", "")):
            e += 1  # line-initial `?? text`
        out.append((s, e))
    return out


def prior_for(lines: Iterable[str], *, fresh: bool = True) -> Prior:
    """The document prior as the repair stage reads it: from the lines that hold a ``?``
    (``fresh=False``: the same document again, some of its lines changed), and the sentences
    that come back elsewhere in the dump, read from all its lines."""
    lines = list(lines)
    asking = [ln for ln in lines if "?" in ln]
    text = "\n".join(asking)
    # (the lines as they are, not the joined text split again, unless one holds a line break a
    # repair made: there the text is read as split)
    prior = document_prior(text, fresh=fresh, repeats=False,
                           lines=asking if text.count("\n") == len(asking) - 1 else None)
    return _repeated_sentences(prior, lines, asking) if prior.lossy else prior


def find_artifacts_in_text(text: str) -> list[tuple[int, int]]:
    """Artifact spans of a whole text (offsets into ``text``), found exactly as the repair
    stage finds them: one prior for the dump, then line by line."""
    lines = text.split("\n")
    prior = prior_for(lines)
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in lines:
        spans.extend((offset + s, offset + e) for s, e in find_artifacts(line, prior))
        offset += len(line) + 1
    return spans
