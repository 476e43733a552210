"""UI nodes: what each line (or piece of a flattened page) of a dump *is*.

A public post page, copied one UI node per line, is a sequence of nodes: chrome (buttons,
counters, sign-in prompts, navigation), anchors (``Report this post``), ages, names,
headlines and text. :func:`classify` names each node from the tables in ``patterns.py``;
:func:`split_flattened` cuts a page whose newlines were collapsed back into nodes, using the
same vocabulary.
"""

from __future__ import annotations

from . import _re as re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import patterns
from .learn import LEARNED
from .repair import Line

# kinds
TEXT = "text"
CHROME = "chrome"
REPORT_POST = "report_post"
REPORT_COMMENT = "report_comment"
REPORT_ARTICLE = "report_article"
FOLD = "fold"
COUNTER = "counter"
ACTION = "action"
END = "end"
AGE = "age"
MORE_COMMENTS = "more_comments"

_ARTICLE_WORDS = tuple(w.casefold() for w in patterns.REPORT_ARTICLE_WORDS)
_COMMENT_WORDS = tuple(w.casefold() for w in patterns.REPORT_COMMENT_WORDS)
_MD_MARKER = re.compile(r"^(?:[-*+]\s+|#{1,6}\s+|>\s*)+")


_KEYS: dict[str, str] = {}  # key() of short lines, asked for again by several finders; bounded
_CACHE_MAX = 1 << 19  # (per dump: see new_document)


def key(text: str) -> str:
    """Comparison key: NFC, case-folded, ’ as ', spaces collapsed, a leading Markdown list or
    heading marker and trailing punctuation dropped (and a menu's drop-down caret: "Most
    relevant ▾")."""
    hit = _KEYS.get(text)
    if hit is not None:
        return hit
    t = unicodedata.normalize("NFC", text).replace("’", "'").replace("\u00a0", " ").strip()
    if t[:1] in ("-", "*", "+", "#", ">"):  # (what a marker starts with)
        t = _MD_MARKER.sub("", t)
    k = _collapse_spaces(t.casefold()).strip(" .:·•,▾▼⌄")
    if len(text) <= 400:  # (remember(_KEYS, text, k, _CACHE_MAX), inlined: asked for every line)
        if len(_KEYS) >= _CACHE_MAX:
            _KEYS.clear()
        _KEYS[text] = k
    return k


def _collapse_spaces(t: str) -> str:
    """``" ".join(t.split())``, without the split where it would change nothing: the only
    white space of a printable string is " " (every other white space character is a control
    or separator), so with no two in a row and none at the ends there is nothing to collapse.
    Most lines are so, and splitting a line into words and joining them was a third of
    :func:`key`'s time."""
    if t.isprintable() and "  " not in t and t[:1] != " " and t[-1:] != " ":
        return t
    return " ".join(t.split())


@dataclass(frozen=True, slots=True)
class Kind:
    kind: str
    rule: str | None = None  # the repair rule that removes it, for chrome


@lru_cache(maxsize=1)
def _tables():
    exact: dict[str, Kind] = {}
    for rule, locales in patterns.UI_NODES.items():
        for strings in locales.values():
            for s in strings:
                k = key(s)
                if not k:
                    continue
                if rule == "ui.report":
                    kind = (REPORT_COMMENT if any(w in k for w in _COMMENT_WORDS)
                            else REPORT_ARTICLE if any(w in k for w in _ARTICLE_WORDS) else REPORT_POST)
                elif rule == "ui.more_fold":
                    kind = FOLD
                elif rule == "ui.action":
                    kind = ACTION
                elif rule == "ui.more_comments":
                    kind = MORE_COMMENTS
                else:
                    kind = CHROME
                exact.setdefault(k, Kind(kind, rule))
    for strings in patterns.UI_SECTION_END.values():
        for s in strings:
            exact.setdefault(key(s), Kind(END, "ui.section_end"))
    return exact, _node_matchers()


# Rules whose pattern needs a digit ("Nadine Techer-Eales and 3 others"): it opens with a
# free-length prefix (".{1,80}\s…") that cost half of the combined match, on every line, and
# few lines hold a digit; tried apart, on the lines that do.
_NEEDS_DIGIT = ("ui.reactors",)
_DIGIT = re.compile(r"\d")

# A notification e-mail's heading line ("Ana Lee shared a post"): a free-length prefix, then the
# heading. A line it matches whole ends with a white space and the heading, which a lookbehind
# per heading checks at the line's end before the prefix is tried (at every length, on every
# line, the prefix cost a third of the combined match).
_MAIL_HEADING = r"[^\n]{1,80}\s(?:" + "|".join(patterns.NOTIFICATION_MAIL_HEADINGS) + r")"


def _guarded(alternative: str) -> str:
    """``alternative`` behind a lookahead that fails at once on a line it cannot match whole
    (it checks what the alternative needs at the line's end), where one is known: the same
    matches, found sooner."""
    if alternative == _MAIL_HEADING:
        ends = "|".join(rf"(?<=\s{h})" for h in patterns.NOTIFICATION_MAIL_HEADINGS)
        return f"(?=(?s:.*+)(?:{ends})){alternative}"
    return alternative


def _node_matchers():
    """The UI node patterns, matched as one regex (a named group per rule, the first rule of
    the table that matches wins), except the rules of ``patterns.UI_NODE_ENDINGS``: those
    open with a free-length prefix that the engine tries at every character of every line,
    costing more than all the others together, and few lines end as they need, so each is
    tried apart, behind that test, where the table puts it. The rules of ``_NEEDS_DIGIT``
    likewise, behind a test for a digit."""
    order = {rule: i for i, rule in enumerate(patterns.UI_NODE_PATTERNS)}
    apart_rules = {*patterns.UI_NODE_ENDINGS, *_NEEDS_DIGIT}
    rest = [r for r in patterns.UI_NODE_PATTERNS if r not in apart_rules]
    combined = re.compile(
        "|".join(f"(?P<r{i}>(?:{'|'.join(map(_guarded, patterns.UI_NODE_PATTERNS[r]))})\\Z)"
                 for i, r in enumerate(rest)),
        re.I | re.S,
    )
    apart = [
        (order[r], r, _by_last(e.lower() for e in patterns.UI_NODE_ENDINGS.get(r, ())), re.compile(f"(?:{'|'.join(patterns.UI_NODE_PATTERNS[r])})\\Z", re.I | re.S))
        for r in patterns.UI_NODE_PATTERNS if r in apart_rules
    ]
    return combined, rest, order, apart


def _by_last(endings) -> dict[str, tuple[str, ...]]:
    """Line endings by their last character: a line can end with only those that end with
    its own last character (``str.endswith`` with all ~60 of a rule, on every line, was a
    test per ending)."""
    out: dict[str, tuple[str, ...]] = {}
    for e in endings:
        if not e:
            raise ValueError("an empty line ending")  # (every line ends with it: no test)
        out[e[-1]] = out.get(e[-1], ()) + (e,)
    return out


def _match_node(t: str) -> str | None:
    """The rule of the first UI node pattern (in table order) that ``t`` matches whole, or None."""
    split = _node_split()
    if split is not None:
        return split.match(t)
    return _match_node_plain(t)


def _match_node_plain(t: str) -> str | None:
    """:func:`_match_node` by the one regex and the rules tried apart behind their endings (a
    process's first dump, where reading the patterns' facts would be start-up)."""
    combined, rest, order, apart = _tables()[1]
    m = combined.match(t)
    found = rest[int(m.lastgroup[1:])] if m else None
    low = t.lower()
    ends, by_digit = _apart_gate()
    if not (low.endswith(ends.get(low[-1:], ())) or (by_digit and _DIGIT.search(t))):
        return found  # (no rule tried apart passes its test: most lines)
    for rank, rule, endings, rx in apart:
        if found is not None and order[found] < rank:
            break
        # (the rule's test: how the line ends, or, with no endings, a digit in it)
        if (low.endswith(endings.get(low[-1:], ())) if endings else _DIGIT.search(t)) and rx.match(t):
            return rule
    return found


@lru_cache(maxsize=1)
def _apart_gate() -> tuple[dict[str, tuple[str, ...]], bool]:
    """The tests of the rules tried apart, as one: every rule's line endings by their last
    character (a line ending with none of them passes no rule's test of its ending), and whether
    a rule is tested for a digit instead."""
    ends: dict[str, tuple[str, ...]] = {}
    by_digit = False
    for _, _, endings, _ in _tables()[1][3]:
        for last, group in endings.items():
            ends[last] = ends.get(last, ()) + group
        by_digit = by_digit or not endings
    return ends, by_digit


# The regexes of the told UI node patterns by the set of them a line's first character allows
# (see _NodeSplit.by_first), bounded; and the answers per character.
_FIRST_MAX = 1 << 12
_HEAD_MAX = 1 << 14  # (the distinct heads and tails of three characters kept, _NodeSplit.head_of)
_BY_SET: dict[tuple[int, ...], re.Pattern[str]] = {}
_BY_SET_MAX = 256


class _CharMasks:
    """The bits of the patterns whose class of one character (a first or a last one) allows a
    given character, asked of all the classes in one call of the engine (a lookahead per
    distinct class, each a group that holds the character where the class allows it): the
    classes one at a time were ~100 calls per character a process meets."""

    def __init__(self, pairs: list[tuple[int, re.Pattern[str] | None]]) -> None:
        self.always = 0
        by_class: dict[str, int] = {}
        for bit, cls in pairs:
            if cls is None:
                self.always |= bit
            else:
                by_class[cls.pattern] = by_class.get(cls.pattern, 0) | bit
        self.masks = list(by_class.values())
        self.rx = re.compile("".join(f"(?:(?=({c}))|)" for c in by_class)) if by_class else None

    def __call__(self, ch: str) -> int:
        m = self.always
        if self.rx is not None:
            for bits, got in zip(self.masks, self.rx.match(ch).groups()):
                if got is not None:
                    m |= bits
        return m


class _NodeSplit:
    """The UI node patterns, sorted by what each needs of a line (read from the tables once,
    kept with the compiled patterns: :func:`_re.line_facts`, :func:`_re.first_chars`,
    :func:`_re.last_chars`): its length, a digit, its first three characters (caseless) or
    else the class of its first, its last three or else the class of its last.

    Each pattern is a bit of a mask, and each fact of a line keeps the bits of the patterns it
    allows (its length and first and last characters looked up in tables built from the
    patterns' facts), so a line that no bit survives is matched by none, found without trying
    any: most lines of prose start or end as no UI node does. Where some survive, a pattern
    whose head is told by its strings ("View …", "Feed post …") is tried in the regex of those
    that may start with the line's first character (the engine turns most lines away at their
    first characters); one whose head is not told (a free-length prefix, ``.{1,80}\\s(?:and|…)``,
    a class of letters, ``[^\\W\\d_]{2,20} \\(auto-generated\\)``) would make the engine walk the
    line, and is tried alone, only where its bit survives. The first rule of the table that
    matches wins, as in the one regex of them all."""

    def __init__(self) -> None:
        flags = re.I | re.S
        combined = set(_tables()[1][1])  # (the rules of the combined regex, their patterns guarded)
        self.rules = list(patterns.UI_NODE_PATTERNS)
        alts = []
        for rank, (rule, gs) in enumerate(patterns.UI_NODE_PATTERNS.items()):
            for g in gs:
                g = _guarded(g) if rule in combined else g
                alts.append((rank, g, re.line_facts(f"(?:{g})\\Z", flags), _starts(g, flags), _ends(g, flags)))
        self.alts = [(rank, g) for rank, g, _, _, _ in alts]
        self.spans = [(f[0], f[1]) for _, _, f, _, _ in alts]
        self.lengths = [self._by_length(n) for n in range(302)]
        self.nodigit = 0
        self.tight = 0  # (the patterns tried in the regex of a first character; the rest, one by one)
        self.heads: list[dict[str, int]] = [{} for _ in range(re._FACTS_MAX_HEAD + 1)]
        self.tails: list[dict[str, int]] = [{} for _ in range(re._FACTS_MAX_HEAD + 1)]
        self.head_classes: list[tuple[int, re.Pattern[str] | None]] = []
        self.tail_classes: list[tuple[int, re.Pattern[str] | None]] = []
        self.starts = [(1 << j, starts) for j, (_, _, _, starts, _) in enumerate(alts)]
        for j, (_, _, (lo, hi, digit, head, tail), starts, ends) in enumerate(alts):
            bit = 1 << j
            if not digit:
                self.nodigit |= bit
            if head is not None or (starts is not None and tail is None):
                self.tight |= bit
            for told, table, classes, cls in ((head, self.heads, self.head_classes, starts),
                                              (tail, self.tails, self.tail_classes, ends)):
                if told is None:
                    classes.append((bit, cls))
                    continue
                for e in told[1]:
                    table[told[0]][e] = table[told[0]].get(e, 0) | bit
        # (the head strings of one character looked up with the first character's answers; those
        # of two or three in one table: a string of two there that is a whole match of a pattern
        # told by three lets more lines through, never fewer)
        self.heads2 = {**self.heads[2], **{e: self.heads[2].get(e, 0) | m for e, m in self.heads[3].items()}}
        self.tails2 = {**self.tails[2], **{e: self.tails[2].get(e, 0) | m for e, m in self.tails[3].items()}}
        self.digit = ~self.nodigit & ((1 << len(alts)) - 1)
        self.loose_rules: dict[int, tuple[int, re.Pattern[str]]] = {}
        self.may_start = _CharMasks(self.starts)
        self.may_head = _CharMasks(self.head_classes)
        self.may_end = _CharMasks(self.tail_classes)
        self.firsts: dict[str, tuple[int, re.Pattern[str] | None]] = {}
        self.lasts: dict[str, int] = {}
        # (what a line's first three characters allow, and its last three: each looked up once
        # per distinct string, so that a line is told by two lookups)
        self.head_of: dict[str, tuple[int, re.Pattern[str] | None]] = {}
        self.tail_of: dict[str, int] = {}

    def _by_length(self, n: int) -> int:
        return sum(1 << j for j, (lo, hi) in enumerate(self.spans) if lo <= n <= hi)

    def by_first(self, ch: str) -> tuple[int, re.Pattern[str] | None]:
        """For a line starting with ``ch``: the patterns it allows by its first character
        alone (those with no head strings whose first class allows it, and those told by one
        character that it is), and the regex of the tight patterns that may start with it (None:
        none may)."""
        hit = self.firsts.get(ch)
        if hit is not None:
            return hit
        may = self.may_start(ch)
        kept = tuple(j for j in range(len(self.alts)) if may >> j & 1 and self.tight >> j & 1)
        rx = _BY_SET.get(kept)
        if rx is None and kept:
            groups: dict[int, list[str]] = {}
            for j in kept:
                groups.setdefault(self.alts[j][0], []).append(self.alts[j][1])
            rx = re.compile("|".join(f"(?P<r{i}>(?:{'|'.join(gs)})\\Z)" for i, gs in groups.items()), re.I | re.S)
            if len(_BY_SET) < _BY_SET_MAX:
                _BY_SET[kept] = rx
        if len(self.firsts) >= _FIRST_MAX:
            self.firsts.clear()
        allowed = self.may_head(ch) | self.heads[1].get(re.caseless(ch), 0)
        hit = self.firsts[ch] = (allowed, rx)
        return hit

    def _last(self, ch: str) -> int:
        """The patterns a line ending with ``ch`` allows by that character alone."""
        if len(self.lasts) >= _FIRST_MAX:
            self.lasts.clear()
        m = self.lasts[ch] = self.may_end(ch) | self.tails[1].get(re.caseless(ch), 0)
        return m

    def _head(self, h: str) -> tuple[int, re.Pattern[str] | None]:
        """For a line whose first (up to) three characters are ``h``: the patterns they allow
        (by the first character's class or strings, by the head strings of two or three), and
        the regex of the tight patterns that may start with the first."""
        hit = self.firsts.get(h[0]) or self.by_first(h[0])
        c = h.lower() if h.isascii() else re.caseless(h)
        heads = self.heads2
        if len(self.head_of) >= _HEAD_MAX:
            self.head_of.clear()
        got = self.head_of[h] = (hit[0] | heads.get(c, 0) | heads.get(c[:2], 0), hit[1])
        return got

    def _tail(self, e: str) -> int:
        """For a line whose last (up to) three characters are ``e``: the patterns they allow."""
        last = self.lasts.get(e[-1])
        if last is None:
            last = self._last(e[-1])
        c = e.lower() if e.isascii() else re.caseless(e)
        tails = self.tails2
        if len(self.tail_of) >= _HEAD_MAX:
            self.tail_of.clear()
        m = self.tail_of[e] = last | tails.get(c, 0) | tails.get(c[-2:], 0)
        return m

    def match(self, t: str) -> str | None:
        """The rule of the first UI node pattern (in table order) that ``t`` matches whole."""
        n = len(t)
        if not n:
            return _match_node_plain(t)  # (an empty line: not told apart)
        h = t[:3]
        hit = self.head_of.get(h) or self._head(h)
        m = (self.lengths[n] if n < 302 else self._by_length(n)) & hit[0]
        if not m:
            return None
        e = t[-3:]
        tail = self.tail_of.get(e)
        m &= self._tail(e) if tail is None else tail
        if m & self.digit and not _DIGIT.search(t):
            m &= self.nodigit
        if not m:
            return None
        found = 1 << 30
        if m & self.tight:
            found_m = hit[1].match(t)
            if found_m:
                found = int(found_m.lastgroup[1:])
        m &= ~self.tight
        while m:  # (a rule's loose patterns tried as one regex, the rules in the table's order)
            rank = self.alts[(m & -m).bit_length() - 1][0]
            if rank >= found:
                break
            bits, rx = self.loose_rules.get(rank) or self._loose_rule(rank)
            if rx.match(t):
                return self.rules[rank]
            m &= ~bits
        return self.rules[found] if found < len(self.rules) else None

    def _loose_rule(self, rank: int) -> tuple[int, re.Pattern[str]]:
        """The loose patterns of the rule ``rank``: their bits, and one regex of them."""
        bits = sum(1 << j for j, (r, _) in enumerate(self.alts) if r == rank and not self.tight >> j & 1)
        gs = [g for j, (_, g) in enumerate(self.alts) if bits >> j & 1]
        hit = self.loose_rules[rank] = (bits, re.compile(f"(?:{'|'.join(gs)})\\Z", re.I | re.S))
        return hit


def _ends(src: str, flags: int) -> re.Pattern[str] | None:
    """What a match of the pattern may end with, as a regex of one character (None: any)."""
    last = re.last_chars(src, flags)
    return None if last is None else re.compile(last)


_SPLIT: list[_NodeSplit] = []


def _node_split() -> _NodeSplit | None:
    """The :class:`_NodeSplit`, built past a process's first dump (None before: reading the
    patterns' facts is start-up for a CLI run on one file, which tries the one regex)."""
    if _SPLIT:
        return _SPLIT[0]
    if first_dump():
        return None
    _SPLIT.append(_NodeSplit())
    return _SPLIT[0]


def _starts(src: str, flags: int) -> re.Pattern[str] | None:
    """What a match of the pattern may start with, as a regex of one character (None: any)."""
    first = re.first_chars(src, flags)
    return None if first is None else re.compile(first)


# A fold is an ellipsis and one word ("…more", "…ещё", "… voir plus"); the footer lists
# languages as "Native (English)" and carries "© 2025".
_STRUCTURAL_FOLD = re.compile(r"^(?:…|\.\.\.)\s?[^\W\d_]{1,14}(?:\s[^\W\d_]{1,10})?$")


def _marked_fold(t: str) -> bool:
    """A fold whose words carry the combining marks that ``\\w`` lacks (the vowel signs of
    Thai, Devanagari, Bengali: "…ดูเพิ่มเติม", "…और देखें"): read without them."""
    bare = "".join(c for c in t if unicodedata.category(c) not in ("Mn", "Mc"))
    return bare != t and _STRUCTURAL_FOLD.match(bare) is not None


_LANGUAGE_ITEM = re.compile(
    r"^\S[^()]{0,30}\s\((?:" + "|".join(patterns.FOOTER_LANGUAGES) + r")(?:\s\((?:Simplified|Traditional)\))?\)$"
)
_COPYRIGHT = re.compile(r"^(?:\S+\s)?©\s*\d{4}(?:\s\S+){0,3}$")

_TEXT = Kind(TEXT)
_AGE = Kind(AGE)


# classify() is asked about the same lines many times (every shape test and layout walks the
# lines again): its answers for short lines are kept, keyed by the line as given, for one dump
# (new_document empties the table; a bound guards against a giant one).
_KINDS: dict[str, Kind] = {}
_KINDS_MAX = 1 << 19


_PER_DUMP: list[dict] = []  # other modules' tables of answers for one dump (see per_dump_table)


def per_dump_table() -> dict:
    """A table for answers kept while one dump is segmented: :func:`new_document` empties it."""
    table: dict = {}
    _PER_DUMP.append(table)
    return table


def remember(table: dict, text: str, value, bound: int) -> None:
    """Keep ``value`` as the answer for the line ``text`` in one of the per-dump tables above
    (only for a line of at most 400 characters: a longer one is rare, and costly to hash and
    compare), emptying the table first when it holds ``bound`` answers."""
    if len(text) <= 400:
        if len(table) >= bound:
            table.clear()
        table[text] = value


def new_document() -> None:
    """Forget the line caches of the previous dump. They hold one dump's lines (every pass over
    a dump asks about the same lines again; a bound smaller than a big dump's lines made later
    passes recompute, and a 10 MB dump cost more than ten 1 MB ones); emptied between dumps,
    so a batch worker's memory stays flat."""
    global _DUMPS
    _DUMPS += 1
    _KINDS.clear()
    _KEYS.clear()
    for table in _PER_DUMP:
        table.clear()


_DUMPS = 0  # dumps begun in this process (new_document)


def first_dump() -> bool:
    """Is this the process's first dump? (What it compiles, a CLI run on one file pays as
    start-up; :func:`may_hold_strong_anchor` spares it compiling for lines that need none.)"""
    return _DUMPS <= 1


def classify(text: str) -> Kind:
    """What a node is. Text that is no UI string is ``TEXT`` (ages are ``AGE``)."""
    learned = LEARNED.get()
    if learned is not None:
        hit = learned.kinds.get(key(text))
        if hit is not None:
            return hit
    hit = _KINDS.get(text)
    if hit is not None:
        return hit
    t = text.strip()
    if not t or len(t) > 300:
        return _TEXT
    # (a dump that taught ages reads them as the tables' own: not through the cache, which is
    # kept across dumps and so holds what the tables alone say)
    kind = _classify(t) if learned is None else _classify_with(t, _age_parser())
    if len(text) <= 400:  # (remember(_KINDS, text, kind, _KINDS_MAX), inlined)
        if len(_KINDS) >= _KINDS_MAX:
            _KINDS.clear()
        _KINDS[text] = kind
    return kind


def kinds_of(texts: Iterable[str]) -> list[Kind]:
    """``[classify(t) for t in texts]``, for a pass over a dump's lines: each stage walks the
    lines again (feeds, post pages, articles, the post's layout: ~8 passes a dump), and a line
    already classified in this dump is read from the dump's table without a call. With chrome
    learned from the dump, which comes first, each line is asked as before."""
    if LEARNED.get() is not None:
        return [classify(t) for t in texts]
    get = _KINDS.get
    return [get(t) or classify(t) for t in texts]


@lru_cache(maxsize=1)
def _age_parser():
    """``segment.parse_age``, looked up once: segment imports this module, so it cannot be
    imported at the top, and an import statement in :func:`_classify` cost 0.7 µs a line."""
    from .segment import parse_age

    return parse_age


@lru_cache(maxsize=1)
def _unlearned_age_parser():
    """:func:`_age_parser`, by the tables alone (not the ages one dump taught)."""
    parse_age = _age_parser()
    return lambda t: parse_age(t, learned=False)


@lru_cache(maxsize=1)
def _more_articles_by() -> tuple[str, ...]:
    """"More articles by X" in every locale (``patterns.MORE_ARTICLES_BY``), as keys."""
    return tuple({key(s) for s in patterns.MORE_ARTICLES_BY})


# a name before "的更多文章": two to four Han characters (or two names joined by "·"), or one
# to four capitalised words
# (compiled on first use: the Han range makes the engine build a 20k-character set, ~1.5 ms of
# every process's start-up, for a heading few dumps hold)
@lru_cache(maxsize=1)
def _han_name() -> re.Pattern[str]:
    return re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,5}[·・][\u4e00-\u9fff]{1,6}")


_WORDS_NAME = re.compile(r"[^\W\d_][^\W_]*(?:[-'’.][^\W\d_]+)*(?: [^\W\d_][^\W_]*(?:[-'’.][^\W\d_]+)*){0,3}")


def _more_articles_by_name_first(t: str) -> bool:
    """"王晓婷的更多文章", "佐藤さんのその他の記事": the teaser heading with the name before it
    (a Chinese one needs a name there, not a pronoun or a sentence)."""
    t = t.strip()
    if not t.endswith(patterns.MORE_ARTICLES_BY_SUFFIX):  # (most lines: one test, not one per suffix)
        if t.endswith("的文章") and len(t) <= 40:
            for head, tail in patterns.MORE_ARTICLES_BY_AROUND:
                name = t[len(head): -len(tail)].strip() if t.startswith(head) and t.endswith(tail) else ""
                if name and name not in patterns.MORE_ARTICLES_BY_NOT_A_NAME and (
                        _han_name().fullmatch(name) or (_WORDS_NAME.fullmatch(name)
                                                        and all(w[0].isupper() for w in name.split()))):
                    return True  # "更多林雨桐的文章": the name inside the heading
        return False
    for suffix in patterns.MORE_ARTICLES_BY_SUFFIX:
        if t.endswith(suffix):
            name = t[: -len(suffix)].strip()
            if not name or len(name) > 40 or name in patterns.MORE_ARTICLES_BY_NOT_A_NAME:
                return False
            if suffix.startswith("的"):
                if any("\u4e00" <= c <= "\u9fff" for c in name):
                    return bool(_han_name().fullmatch(name))
                return bool(_WORDS_NAME.fullmatch(name)) and all(w[0].isupper() for w in name.split())
            if suffix.startswith(" "):  # (a Latin-script suffix: a name of capitalised words)
                return bool(_WORDS_NAME.fullmatch(name)) and all(w[0].isupper() for w in name.split())
            return not any(c in name for c in "，。！？、,.!?:：")
    return False


def consent_line(t: str) -> bool:
    """A signed-out page's consent line, in any UI language: one or two sentences naming
    LinkedIn, its cookie policy and its privacy policy (``patterns.CONSENT_*_WORDS``). Asked
    only of a page's header (a post may talk of LinkedIn's cookies and privacy)."""
    if not ("LinkedIn" in t or "领英" in t) or not 60 <= len(t) <= 400:
        return False
    low = t.casefold()
    return (any(w in low for w in patterns.CONSENT_COOKIE_WORDS) and any(w in low for w in patterns.CONSENT_PRIVACY_WORDS)
            and sum(low.count(c) for c in ".!?。") <= 2)


def _classify_head(t: str) -> Kind | None:
    """The tests of :func:`_classify` that come before an age: a table string, a section end,
    a UI node pattern (None: none of them)."""
    exact = _tables()[0]
    k = key(t)
    hit = exact.get(k)
    if hit:
        return hit
    if len(t) > 200 and t[:1] != "©":  # (an e-mail's copyright line may be long: the company's address)
        return _TEXT
    if len(t) <= 100 and ("·" in t or "•" in t or "・" in t) and _newsletter_masthead_line(t, exact):
        return _NEWSLETTER
    if k.startswith(_more_articles_by()) or _more_articles_by_name_first(t):
        return Kind(END, "ui.section_end")
    # (a Markdown marker starts with one of these: most lines are not searched for one)
    rule = _match_node(_MD_MARKER.sub("", t) if t[:1] in ("-", "*", "+", "#", ">") else t)
    if rule is not None:
        return Kind(COUNTER if rule == "ui.counter" else CHROME, rule)
    return None


_NEWSLETTER = Kind(CHROME, "ui.newsletter")


@lru_cache(maxsize=1)
def _subscriber_count() -> re.Pattern[str]:
    """A count of subscribers after the cadence ("8,214 subscribers", "15.302 suscriptores",
    "1,2K 名订阅者"), or the noun first, the count after it, as Japanese and Korean put it
    ("購読者 3,120人", "구독자 3,120명"): the word one of ``patterns.SUBSCRIBER_WORDS`` (a
    number beside any other word, "Vol 3", "Issue 12", "Part 2", names an edition)."""
    alt = "|".join(sorted({w for ws in patterns.SUBSCRIBER_WORDS.values() for w in ws}, key=re.longest_first))
    return re.compile(r"\d[\d,.\s\u066B\u066C]{0,12}(?:[kKM]\b)?\s?(?:" + alt + r")"
                      r"|(?:" + alt + r")\s?\d[\d,.]{0,12}[^\W\d_]{0,3}", re.I)


@lru_cache(maxsize=1)
def _newsletter_words() -> frozenset[str]:
    return frozenset(key(w) for w in patterns.NEWSLETTER_WORDS)


def _newsletter_masthead_line(t: str, exact: dict) -> bool:
    """A newsletter's cadence with what its masthead line adds around it, parted by "·":
    the word "Newsletter" before it, a subscriber count after it ("Newsletter · Published
    weekly", "Published monthly · 8,214 subscribers")."""
    # (the Japanese UI parts them with the katakana middle dot: "月刊ニュースレター・購読者 3,120人")
    parts = [p.strip() for p in t.replace("•", "·").replace("・", "·").split("·")]
    if not 2 <= len(parts) <= 3 or not all(parts):
        return False
    hits = [k for k, p in enumerate(parts) if (h := exact.get(key(p))) is not None and h.rule == "ui.newsletter"]
    if len(hits) != 1:
        return False
    c = hits[0]
    return all(key(p) in _newsletter_words() for p in parts[:c]) and c <= 1 and all(
        _subscriber_count().fullmatch(p) for p in parts[c + 1:])


@lru_cache(maxsize=4096)  # enough for one dump's UI nodes; more only grows a batch worker's memory
def _classify(t: str) -> Kind:
    """What ``t`` (stripped) is by the tables alone: cached across dumps, so it must not read
    what one dump taught (:data:`LEARNED`)."""
    return _classify_with(t, _unlearned_age_parser())


def _classify_with(t: str, parse_age) -> Kind:
    """:func:`_classify`, with ``parse_age`` telling the ages."""
    head = _classify_head(t)
    if head is not None:
        return head
    if parse_age(t):
        return _AGE
    if _STRUCTURAL_FOLD.match(t) or (t[:1] in ("…", ".") and _marked_fold(t)):
        return Kind(FOLD, "ui.more_fold")  # "…ещё", "…더보기": a fold in any language
    # (each pattern tried only on lines that hold what it needs: a closing bracket at the end, a ©)
    if (t.endswith(")") and _LANGUAGE_ITEM.match(t)) or ("©" in t and _COPYRIGHT.match(t)):
        return Kind(END, "ui.footer")  # the footer's language list, "© 2025": the page is over
    if len(t) <= 100 and _all_ui(t):
        # "Like · 3 | Reply · 1 reply", "讚 回覆 1 個心情", "96 comments · 12 reposts": a row of
        # buttons and counters in one line
        return Kind(ACTION, "ui.action_row")
    if len(t) <= 100 and _word_first_row(t):
        return Kind(ACTION, "ui.action_row")  # "返信 · 返信1件", "いいね！ · コメント 12件"
    if len(t) <= 60 and _button_and_count(t):
        return Kind(ACTION, "ui.action_row")  # "Like • 5", "Recomendar · 12": a phone's comment row
    if len(t) <= 100 and "   " in t and _gapped_row(t):
        return Kind(ACTION, "ui.action_row")  # "Suka   Komentar   Posting ulang   Kirim"
    if len(t) <= 100 and ("·" in t or "•" in t) and age_led_row(t, parse_age) is not None:
        return Kind(ACTION, "ui.action_row")  # "1w · Like · Reply · 14": a comment's row, its age first
    if len(t) <= 100 and t[:1] and unicodedata.category(t[0]) == "So":
        # "👍❤️💡 1,027 · 73 comments": the reaction icons, then the counters
        rest = t.lstrip("".join(c for c in t[:12] if unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") or c == " "))
        if rest[:1].isdigit():
            inner = _classify(rest)
            if inner.kind == COUNTER or inner.rule == "ui.action_row":
                return inner
    if ("LinkedIn" in t or "领英" in t) and len(t) <= 80 and _age_then_linkedin(t, parse_age):
        # "3 小时前 领英内外所有人可见": the visibility line whose "•" a lossy code page took
        return Kind(CHROME, "ui.visibility")
    if "•" in t and parse_age(t.split("•", 1)[0]):
        # "vor 3 Stunden • Für alle … sichtbar", "5 mesi • 5 mesi fa • Visibile a tutti": an age
        # leading a meta line, in any locale's wording
        return Kind(CHROME, "ui.visibility")
    if "**" in t or "__" in t:
        # "👍❤️👏 **327** · 41 reacties", "**Like**": Markdown bold around a count or a button
        bare = t.replace("**", "").replace("__", "").strip()
        if bare and len(bare) < len(t):
            inner = _classify_with(bare, parse_age)
            if inner.kind in (COUNTER, ACTION):
                return inner
    if t[:1] in ("·", "•") and len(t) <= 60 and colon_count(t[1:]):
        # "· Ответы: 1": a count after a row's separator, its word first (a comment's row, cut
        # at its buttons): the row's meta, not a post's counter line
        return Kind(CHROME, "ui.post_meta")
    return _TEXT


def _age_then_linkedin(t: str, parse_age) -> bool:
    """An age said with "ago" ("3 小时前", "2 hours ago"), then a phrase naming LinkedIn."""
    toks = t.split()
    for k in (1, 2, 3, 4):
        head = " ".join(toks[:k])
        age = parse_age(head) if len(toks) > k else None
        if not (age and head.endswith(patterns.AGO_WORDS)):
            continue
        rest = toks[k:]
        # "2 周前 已编辑 领英内外…": the "Edited" mark between them, its bullets lost too
        cut = next((e for e in (1, 2, 3) if len(rest) > e and key(" ".join(rest[:e])) in _edited_keys()), 0)
        rest = rest[cut:]
        known = _tables()[0].get(key(" ".join(rest)))
        if known is not None and known.rule == "ui.post_meta":
            return True  # "2 hours ago Visible to anyone on or off LinkedIn"
        if len(rest) == 1 and ("领英" in rest[0] or "LinkedIn" in rest[0]) and any(
                "\u4e00" <= c <= "\u9fff" for c in rest[0]):
            return True  # "3 小时前 领英内外所有人可见"
    return False


@lru_cache(maxsize=1)
def _edited_keys() -> frozenset[str]:
    """Each locale's "Edited" mark (the first string of its ``ui.post_meta`` row), as keys."""
    return frozenset(key(loc[0]) for loc in patterns.UI_NODES["ui.post_meta"].values() if loc)


@lru_cache(maxsize=1)
def _locales_of_strings() -> dict[str, frozenset[str]]:
    """Each post button of the tables (``patterns.UI_NODES["ui.action"]``: "Like", "Suka",
    "Komentari", as a key) -> the UI languages that show it."""
    out: dict[str, set[str]] = {}
    for table in (patterns.UI_NODES["ui.action"],):
        for loc, strings in table.items():
            for x in strings:
                out.setdefault(key(x), set()).add(loc)
    return {k: frozenset(v) for k, v in out.items()}


def ui_locale(texts: Iterable[str]) -> str | None:
    """The UI language of a dump, by the post buttons its short lines are: the one language
    that shows the most of them, two at least, and more than any
    other (a string two languages share counts for both: id and ms "Suka", "Balas"). None when
    no language leads so."""
    index = _locales_of_strings()
    counts: dict[str, int] = {}
    for t in texts:
        if len(t) <= 60 and t.strip():
            for loc in index.get(key(t), ()):
                counts[loc] = counts.get(loc, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    if n < 2 or (len(ranked) > 1 and ranked[1][1] == n):
        return None
    return best


def is_chrome(kind: Kind) -> bool:
    return kind.kind not in (TEXT, AGE)


# --------------------------------------------------------------------------------------------
# Flattened pages


_DEGREE = r"\s*(?:1st|2nd|3rd\+?|1°|2°|3° e oltre|3°\+?|1º|2º|3º\+?|1er|2e|3e et \+|3e\+?|1次|2次|3次)"  # after "•" or "·"


def _anchor_strings() -> set[str]:
    strings: set[str] = set()
    for rule, locales in patterns.UI_NODES.items():
        if rule in ("ui.share_target", "ui.page_title"):
            continue
        for ss in locales.values():
            strings.update(s for s in ss if len(s) >= 2 or not s.isascii())
    for ss in patterns.UI_SECTION_END.values():
        strings.update(ss)
    # a post's visibility line in every locale (a flattened header's "… 1 sem • Visível para
    # qualquer pessoa…"): the rows list only a few, the pattern the rest
    strings.update(patterns.VISIBILITY_PHRASES)
    return strings


# the share menu's targets, an anchor each (every alternative starts with L, F, T or X)
_SHARE = r"(?:LinkedIn|Facebook|Twitter|(?<=Facebook\s)X|(?<=Twitter\s)X|(?<=LinkedIn\s)X)"


def _counters() -> str:
    """The counter pattern the anchor regex holds (a number, then a word for what it counts)."""
    return patterns.UI_NODE_PATTERNS["ui.counter"][1]


def _counters_lead_with_digit() -> bool:
    """Does every counter start with a digit (one alternative, ``\\d`` first)? The anchor regex
    may then be split by first character, and its starts looked for (see :class:`_AnchorRegex`
    and :func:`_anchor_first`)."""
    counters = _counters()
    return counters.startswith(r"\d") and "|" not in _top_level(counters)


def _anchor_regex_plain() -> str:
    """The anchor regex as it reads: a UI string (or a counter, or a share target) not glued
    to a word, or a connection degree, not followed by a word character."""
    body = "(?:" + _trie_build(_anchor_trie()) + ")"
    return rf"(?:(?<![\w#@])(?:(?i:{_counters()})|{body}|{_SHARE})|[•·]{_DEGREE})(?![\w])"


class _AnchorRegex:
    """The anchor regex (:func:`_anchor_regex_plain`), compiled a piece at a time. All of it
    (every UI string of every locale) takes ~25 ms to compile, and a single dump meets a
    few scripts' worth of it: :meth:`match` at a place uses only the alternatives that can
    start with the character there (the trie's branch for it; the counters after a digit,
    the share targets after L, F, T or X, the degree after a bullet), compiled on first use,
    which matches exactly what the whole regex matches there. :meth:`finditer` (rarely
    needed) compiles the whole."""

    def __init__(self) -> None:
        self._whole: re.Pattern[str] | None = None
        self._by_first: dict[str, re.Pattern[str] | None] = {}
        self._split = _counters_lead_with_digit()  # (else the split would not be exact)

    def whole(self) -> re.Pattern[str]:
        if self._whole is None:
            self._whole = re.compile(_anchor_regex_plain())
        return self._whole

    def finditer(self, text: str):
        return self.whole().finditer(text)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if not self._split:
            return self.whole().match(text, pos)
        if pos >= len(text):
            return None
        c = text[pos]
        rx = self._by_first.get(c, False)
        if rx is False:
            if len(self._by_first) > 4096:  # (a bound: CJK text meets many first characters)
                self._by_first.clear()
            rx = self._by_first[c] = self._for_first(c)
        return rx.match(text, pos) if rx is not None else None

    def _for_first(self, c: str) -> re.Pattern[str] | None:
        parts = []
        if c.isdecimal():
            parts.append(f"(?i:{_counters()})")
        trie = _anchor_trie()
        branches = [frag + _trie_build(trie[frag]) for frag in _frags_for(c)]
        if branches:
            parts.append("(?:" + "|".join(branches) + ")")
        if c in "LFTX":
            parts.append(_SHARE)
        alts = []
        if parts:
            alts.append(r"(?<![\w#@])(?:" + "|".join(parts) + ")")
        if c in "•·":
            alts.append(f"[•·]{_DEGREE}")
        if not alts:
            return None
        return re.compile("(?:" + "|".join(alts) + r")(?![\w])")


@lru_cache(maxsize=1)
def _anchor_regex() -> _AnchorRegex:
    """Every UI string as an alternation, longest first, bounded by non-word characters
    (compiled a piece at a time: :class:`_AnchorRegex`)."""
    return _AnchorRegex()


# ASCII characters an anchor (but a connection degree) may follow: no word character, "#" or "@"
_ASCII_BOUNDARY = "".join(re.escape(chr(c)) for c in range(128) if not re.match(r"[\w#@]", chr(c)))


@lru_cache(maxsize=1)
def _anchor_first() -> str | None:
    """The pattern of an anchor's first characters: one of an alternative's, a lower-case
    letter only with the rest of one of its strings after it (its branch of the trie): it
    starts most words of prose and few UI strings (no counter, share target or degree)."""
    if not _counters_lead_with_digit():
        return None
    trie = _anchor_trie()
    firsts: list[str] = [r"\d", "LFTX", "•·"]
    for frag in trie:
        firsts.append(r"\s" if frag == r"\s+" else "'’" if frag == "['’]" else frag)
    lower = [f for f in trie if len(f) == 1 and f.isalpha() and f.islower()]
    rest = ("(?:(?<=[^" + "".join(lower) + "])" + "".join(f"|(?<={f}){_trie_build(trie[f])}" for f in lower)
            + ")") if lower else ""
    return "[" + "".join(firsts) + "]" + rest


@lru_cache(maxsize=1)
def _anchor_starts() -> re.Pattern[str] | None:
    """Where an anchor can start after an ASCII character that is no word character, "#" or
    "@" (the place is where the match ends); at the start of a line, when the line is
    searched with a newline before it. :func:`_anchor_starts_other` finds the places after
    other such characters, and a connection degree's bullet may start one anywhere (see
    :func:`_anchor_candidates`).

    Why the boundary comes first: the engine skips in C to the characters a pattern starts
    with. Started at an anchor's first characters (capitals, "s", "o", "r"… — a third of the
    letters of prose, most inside words), it stopped at each to look behind; started at an
    ASCII boundary (the spaces and punctuation between words), it stops less often and at
    a simpler test, and the rarer other boundaries ("—", "«", "、") are looked for only in
    lines that are not ASCII (compiled only then: the CLI's start-up pays for each pattern)."""
    first = _anchor_first()
    return None if first is None else re.compile(f"[{_ASCII_BOUNDARY}](?={first})")


@lru_cache(maxsize=1)
def _anchor_starts_other() -> re.Pattern[str]:
    """:func:`_anchor_starts` after a character that is not ASCII."""
    return re.compile(rf"[^\x00-\x7f\w](?={_anchor_first()})")


_DEGREE_BULLET = re.compile("[•·]")


def _anchor_candidates(text: str, after_ascii: re.Pattern[str]) -> list[int]:
    """The places, in order, where :func:`_anchor_starts` says an anchor can start."""
    places = [m.end() - 1 for m in after_ascii.finditer("\n" + text)]  # (the newline: the line's start)
    if not text.isascii():  # (the other boundaries and the bullets are not ASCII)
        places += [m.end() for m in _anchor_starts_other().finditer(text)]
        if "•" in text or "·" in text:
            places += [m.start() for m in _DEGREE_BULLET.finditer(text)]
        places.sort()
    return places


def anchors(text: str) -> list[re.Match[str]]:
    """``list(_anchor_regex().finditer(text))``, found faster: the anchor regex is tried only
    where :func:`_anchor_starts` says an anchor can start."""
    rx = _anchor_regex()
    starts = _anchor_starts()
    if starts is None:
        return list(rx.finditer(text))
    out: list[re.Match[str]] = []
    match = rx.match
    pos = 0
    for q in _anchor_candidates(text, starts):
        if q < pos:  # (inside the anchor found last)
            continue
        m = match(text, q)
        if m is None:
            continue
        if m.end() > q:
            out.append(m)
            pos = m.end()
        else:  # an empty match (none of today's alternatives can give one): the plain way
            return list(rx.finditer(text))
    return out


def _top_level(pattern: str) -> str:
    """``pattern`` with its groups and character classes blanked out (to see its top level)."""
    out, depth, in_class, esc = [], 0, False, False
    for ch in pattern:
        if esc:
            esc = False
            out.append(" ")
            continue
        if ch == "\\":
            esc = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out.append(ch)
            continue
        out.append(" ")
    return "".join(out)


def _trie(strings: set[str]) -> dict:
    trie: dict = {}
    # (each character's fragment worked out once: the tables' strings hold ~20k characters
    # but a few hundred distinct ones, and re.escape per character was half of a process's
    # start-up cost here)
    frags: dict[str, str] = {" ": r"\s+", "'": "['’]", "’": "['’]"}
    for s in sorted(strings):  # (in a fixed order: the same pattern in every process)
        node = trie
        for ch in s:
            frag = frags.get(ch)
            if frag is None:
                frag = frags[ch] = re.escape(ch)
            node = node.setdefault(frag, {})
        node[""] = {}
    return trie


def _frag_matches(frag: str, c: str) -> bool:
    """``re.fullmatch(frag, c)`` for a fragment of :func:`_trie` (each distinct fragment
    compiled was a few milliseconds of a process's start-up)."""
    if frag == r"\s+":
        return c.isspace()  # (what \s matches in a str pattern)
    if frag == "['’]":
        return c in "'’"
    return frag == re.escape(c)


def _frags_for(c: str) -> list[str]:
    """The fragments of the anchor trie's first level that match the character ``c``, in the
    trie's order: ``[f for f in _anchor_trie() if f and _frag_matches(f, c)]``, looked up (a
    character matches its own fragment, and a space or an apostrophe the fragment for all of
    them) instead of asking each of the ~300 fragments, per character met first in a process
    (~1,000 on a batch holding CJK text: that was ~4 % of its time)."""
    order = _trie_order()
    found = [f for f in (re.escape(c), r"\s+" if c.isspace() else "", "['’]" if c in "'’" else "") if f in order]
    if len(found) > 1:
        found.sort(key=order.__getitem__)
    return found


@lru_cache(maxsize=1)
def _trie_order() -> dict[str, int]:
    """The place of each fragment on the anchor trie's first level (none for the empty one)."""
    return {frag: i for i, frag in enumerate(_anchor_trie()) if frag}


def _trie_build(node: dict) -> str:
    """One regular expression for the strings of a :func:`_trie`: linear in the text and fast
    however many strings (locales) the tables hold. At each point the longest string is tried
    first; the caller's boundary check backtracks to shorter ones. A space matches any run of
    whitespace, ' and ’ match each other."""
    alts = [frag + _trie_build(child) for frag, child in node.items() if frag]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=1)
def _anchor_trie() -> dict:
    trie = _trie(_anchor_strings())
    assert "" not in trie  # no empty string
    return trie


_ROW_FILLER = re.compile(r"[\s·•|,/\-–—]*(?:\d[\d,.]*\s*)?[\s·•|,/\-–—]*")
_FILLER_START = re.compile(r"[\s·•|,/\-–—\d]")  # what a filler that is not empty starts with


def _all_ui(t: str) -> bool:
    """Is the line nothing but UI strings, counts and separators, with at least two UI
    strings?"""
    rx = _anchor_regex()
    if not _FILLER_START.match(t) and rx.match(t) is None:
        # the line starts with no filler, so the first UI string must stand at its start
        return False
    pos = 0
    hits = 0
    for m in anchors(t):
        gap = t[pos:m.start()]
        if not _ROW_FILLER.fullmatch(gap):
            return False
        hits += 1
        pos = m.end()
    return hits >= 2 and bool(_ROW_FILLER.fullmatch(t[pos:]))


# the separators between the buttons and counters of a row written on one line
# (and the Japanese UI's katakana middle dot, unspaced between two counters: "コメント 12件・再投稿 9件")
ROW_SEPARATOR = re.compile(r"\s*[·•|・]\s*")


def _word_first_row(t: str) -> bool:
    """A row of buttons and counters in one line that holds a counter with its word first
    ("返信 · 返信1件", "답글 · 답글 1개"): the anchors (a counter there starts with a digit)
    do not see it, so :func:`_all_ui` does not. Every part between separators is a button or
    a counter, and one is such a counter."""
    if "·" not in t and "•" not in t and "|" not in t and "・" not in t:
        return False
    parts = [p for p in ROW_SEPARATOR.split(t.strip()) if p]
    if len(parts) < 2:
        return False
    word_first = False
    for p in parts:  # (in turn: most lines so parted are a headline, its first part no button)
        k = classify(p)
        if k.kind not in (ACTION, COUNTER):
            return False
        word_first = word_first or k.kind == COUNTER and not p[:1].isdigit()
    return word_first


def age_led_row(t: str, parse_age=None) -> int | None:
    """Where the buttons start on a comment's row led by its age ("1w · Like · Reply · 14",
    "6日 · いいね！ · 返信 · 5": a phone shows the age there, under the text, not in the header),
    or None: an age, a separator, then a row of buttons (and counts) holding one button at
    least ("4d · 734 reactions · 58 comments", counts alone, is a post's header line)."""
    m = ROW_SEPARATOR.search(t, 0, 24)
    if m is None or m.start() == 0 or not any(c.isdigit() for c in t[:m.start()]):
        return None  # (an age says its number: most lines so parted are a name and its badge)
    age = (parse_age or _unlearned_age_parser())(t[:m.start()])
    if not age or age.end < len(t[:m.start()].strip()):
        return None
    rest = t[m.end():]
    if _classify(rest.strip()).rule != "ui.action_row" or not any(
            _classify(p).kind == ACTION for p in ROW_SEPARATOR.split(rest.strip()) if p):
        return None
    return m.start()


def _button_and_count(t: str) -> bool:
    """A button and its bare count after a separator, one line ("Like • 5", "Recomendar · 12",
    "Gefällt mir · 1.204"): a phone's comment row (a word and a number alone, "Founder • 3",
    "Ana Lee • 2", is none: the word must be a button)."""
    if "·" not in t and "•" not in t:
        return False
    parts = [p for p in ROW_SEPARATOR.split(t.strip()) if p]
    return (len(parts) == 2 and _BARE_COUNT.fullmatch(parts[1]) is not None
            and classify(parts[0]).kind == ACTION)


# a bare count as locales group its digits: "1,204", "1.204", "1 204" (a space, a no-break or a
# narrow no-break space: French, Nordic, Slavic), "1'204" (Swiss), "١٬٢٠٤" (Arabic)
_BARE_COUNT = re.compile(r"\d+(?:[,.\u066c][\d,.\u066c]*)?|\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3})+")


_WIDE_GAP = re.compile(r"\s{3,}")
_WORD_COLON_COUNT = re.compile(r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s*[:：]\s*(\d[\d\s,.\u066C]{0,12})")


def colon_count(t: str) -> bool:
    """A counter written with its word first and a colon ("Followers: 1,234", "Подписчики:
    8 410", "Komentarze: 27"), read where the layout expects a count: its word is a counter's
    ("8 410 подписчики" is one). Not a node kind of its own: as a line it stays text."""
    if len(t) > 60 or (":" not in t and "：" not in t):
        return False
    m = _WORD_COLON_COUNT.fullmatch(t.strip())
    return bool(m) and _classify(f"{m.group(2).strip()} {m.group(1)}").kind == COUNTER


_COLON_COUNTER = Kind(COUNTER, "ui.counter")


def colon_counters(texts: Sequence[str], kinds: list[Kind]) -> None:
    """A counter written word first with a colon ("Комментарии: 5", "Komentarze: 27",
    "Коментарі: 28": how the Slavic UIs count a post's comments) on a line of its own next to
    other chrome (the bare reaction count, the row of buttons, the likers line) is that
    counter: its kind becomes ``ui.counter`` in ``kinds`` (in place). Among text (a sentence, a
    YAML field) it stays text, as :func:`colon_count` says."""
    last = len(texts) - 1
    for i, t in enumerate(texts):
        if (":" in t or "：" in t) and kinds[i].kind == TEXT and (
                (i > 0 and is_chrome(kinds[i - 1])) or (i < last and is_chrome(kinds[i + 1]))) and colon_count(t):
            kinds[i] = _COLON_COUNTER


def _gapped_row(t: str) -> bool:
    """The post's row of buttons copied as one line, its buttons parted by wide gaps (a phone
    copy: "Like   Comment   Repost   Send"), one of them a word the tables lack (another
    wording of one button): four parts or more, all but one a button the tables know."""
    parts = _WIDE_GAP.split(t.strip())
    if len(parts) < 4 or len(parts) > 6:
        return False
    known = sum(_classify(p).kind == ACTION for p in parts)
    return known >= len(parts) - 1


_STRONG_KINDS = (REPORT_POST, REPORT_ARTICLE, REPORT_COMMENT, MORE_COMMENTS, END, COUNTER, FOLD)


@lru_cache(maxsize=1)
def _strong_strings() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """What a strong anchor (:func:`_is_strong`) can be, for a cheap test of a line before its
    anchors are looked for: the UI strings whose kind is strong (or may be: a string of the
    three rules whose strings are strong from 10 characters, unless shorter however matched;
    a string whose kind the table does not settle), as a
    line is compared (whitespace runs as one space, ’ as '), by their first two characters
    (those that start with a letter or digit) or apart; and the counter pattern."""
    exact = _tables()[0]
    by_first: dict[str, list[str]] = {}
    apart: set[str] = set()
    for st in _anchor_strings():
        k = exact.get(key(st))
        if k is not None and k.kind not in _STRONG_KINDS and (
                k.rule not in ("ui.sign_in", "ui.navigation", "ui.post_meta")
                or (len(st) < 10 and not any(c.isspace() for c in st))):  # (as matched, shorter than 10)
            continue
        n = " ".join(st.split()).replace("’", "'")
        if not n:
            continue
        if n[0].isalnum() and len(n) >= 2:
            by_first.setdefault(n[:2], []).append(n)
        else:
            apart.add(n)
    # (the first two characters looked for at word starts as one alternation: the engine
    # skips in C past the words that start no such string, most words of prose)
    firsts = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(by_first))) + ")")
    return ({f: tuple(v) for f, v in by_first.items()}, tuple(sorted(apart)),
            re.compile(_counters(), re.I), firsts)


def may_hold_strong_anchor(text: str) -> bool:
    """Can ``text`` hold a strong anchor (:func:`anchors`, then :func:`_is_strong`)? False
    only where it cannot: no counter, and no UI string of a strong kind in it. (An anchor is a
    table string as written, its spaces any run of whitespace and its ' either apostrophe, or
    a counter, a share target or a connection degree, which are not strong.)"""
    by_first, apart, counter, firsts = _strong_strings()
    norm = " ".join(text.split()).replace("’", "'")
    if counter.search(norm):
        return True
    for m in firsts.finditer(norm):
        p = m.start()
        if any(norm.startswith(c, p) for c in by_first[m.group()]):
            return True
    return any(a in norm for a in apart)


def _is_strong(ui_text: str) -> bool:
    """A UI string that cannot be prose: anchors, counters, long prompts and navigation."""
    k = classify(ui_text)
    if k.kind in _STRONG_KINDS:
        return True
    return k.rule in ("ui.sign_in", "ui.navigation", "ui.post_meta", "ui.visibility") and len(ui_text) >= 10


def _row_anchor(ui_text: str) -> bool:
    """One anchor that is a whole row of buttons ("Like Comment Repost Send", a table string
    of three or more): a row as sure as three buttons found side by side."""
    return len(ui_text.split()) >= 3 and classify(ui_text).kind == ACTION


def _buttons_over_header(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """The buttons of a comment (``matches[i]``, "Like Reply", a row of two a table holds),
    after a ``Report this comment`` anchor (the caller's test) and before the next one, with no
    other UI string between, a header's length apart and an age right before it: the next
    comment's header follows them ("… text Like Reply Ana Lee Engineer 1w Report this comment")."""
    m = matches[i]
    if i + 1 >= len(matches):
        return False
    nxt = matches[i + 1]
    if nxt.start() - m.end() > 240 or len(m.group().split()) < 2 or classify(m.group()).kind != ACTION:
        return False
    if classify(nxt.group()).kind != REPORT_COMMENT:
        return False
    return _age_before_anchor().search(text, max(m.end(), _age_search_from(text, nxt.start())), nxt.start()) is not None


def button_rows(text: str, matches: list[re.Match[str]]) -> int:
    """The rows of buttons among a line's anchors (``matches``): one anchor that is a whole
    row, or three or more buttons side by side ("Gefällt mir Kommentieren Reposten Senden")."""
    rows = run = 0
    prev_end = None
    for m in matches:
        if classify(m.group()).kind != ACTION:
            run = 0
        elif _row_anchor(m.group()):
            rows += 1
            run = 0
        else:
            adj = prev_end is not None and run and bool(_ROW_FILLER.fullmatch(text[prev_end : m.start()]))
            run = run + 1 if adj else 1
            rows += run == 3
        prev_end = m.end()
    return rows


def alternation(strings: Iterable[str]) -> str:
    """The strings as one regular-expression alternation, escaped, the longest first (where a
    shorter one starts a longer one, the longer is tried first)."""
    return "|".join(map(re.escape, sorted(set(strings), key=re.longest_first)))


@lru_cache(maxsize=1)
def _compact_units() -> str:
    """Every locale's compact age units (``patterns.AGE_UNITS_COMPACT``) as one alternation."""
    return alternation(u for t in patterns.AGE_UNITS_COMPACT.values() for u in t)


@lru_cache(maxsize=1)
def _edited_marks() -> str:
    """Every locale's "Edited" mark (the first string of its ``ui.post_meta`` row) as one
    alternation."""
    return alternation(s for loc in patterns.UI_NODES["ui.post_meta"].values() for s in loc[:1])


def _before_spaces(text: str, e: int) -> int:
    """``e`` moved back over the spaces right before it."""
    while e > 0 and text[e - 1].isspace():
        e -= 1
    return e


@lru_cache(maxsize=1)
def _age_before_anchor() -> re.Pattern[str]:
    """A compact age (any locale) or one in a long form ("1 hafta", "3 weeks": a locale with
    no compact form shows it in its headers) with an optional "Edited" mark, ending where a
    ``Report this …`` anchor starts."""
    units = alternation([*{u for t in patterns.AGE_UNITS_COMPACT.values() for u in t},
                         *{u for t in patterns.AGE_UNITS_LONG.values() for u in t}])
    edited = _edited_marks()
    # (an Arabic age: a number before its word, "٣ أسابيع", or a dual that carries its own, "أسبوعان")
    ar_dual = alternation(w for w, (n, _) in patterns.AGE_WORDS_AR.items() if n)
    ar_words = alternation(patterns.AGE_WORDS_AR)
    return re.compile(r"(?:^|\s)(\d{1,4}\s?(?:" + units + r")|\d{1,4}\s(?:" + ar_words + r")|(?:" + ar_dual
                      + r"))(?:\s+(?:" + edited + r"))?\s*$")


# (how far before an anchor its age may start, spaces and its "Edited" mark left aside: a
# number and a unit, with room)
_AGE_BEFORE_SPAN = 64


def _age_search_from(text: str, s: int) -> int:
    """Where to search for :func:`_age_before_anchor` ending at ``s``: far enough back for
    the age, past the spaces and the "Edited" mark between it and the anchor (the runs of
    spaces before two anchors are apart: each space is walked over once per line)."""
    e = _before_spaces(text, s)
    m = _edited_before().search(text, max(0, e - 40), e)
    if m is not None:
        e = _before_spaces(text, m.start())
    return max(0, e - _AGE_BEFORE_SPAN)


@lru_cache(maxsize=1)
def _edited_before() -> re.Pattern[str]:
    edited = _edited_marks()
    return re.compile(r"(?<=\s)(?:" + edited + r")$")


@lru_cache(maxsize=1)
def _age_chain_before() -> re.Pattern[str]:
    units = _compact_units()
    return re.compile(r"(?:^|\s)(\d{1,4}\s?(?:" + units + r")\s*•(?:[^•]{0,40}•)*)\s*$")


@lru_cache(maxsize=1)
def _age_before_bullet() -> re.Pattern[str]:
    units = _compact_units()
    return re.compile(r"(?:^|\s)(\d{1,4}\s?(?:" + units + r"))\s*$")


def _age_chain_starts(text: str) -> dict[int, int | None]:
    """For each "•" of ``text``: where the age opening its chain starts (the match
    :func:`_age_chain_before` gives for a chain ending at that bullet: the earliest age
    followed by a run of bullets each at most 40 characters from the next), or None. One
    pass over the bullets, each age searched in the stretch right before its bullet: the
    same starts as that pattern searched from the line's start for every anchor, which cost
    the square of a long line."""
    out: dict[int, int | None] = {}
    prev = -1
    found: int | None = None
    for b in (i for i, ch in enumerate(text) if ch == "•"):
        linked = prev >= 0 and b - prev - 1 <= 40
        if not (linked and found is not None):
            e = _before_spaces(text, b)
            m = _age_before_bullet().search(text, max(0, e - _AGE_BEFORE_SPAN), b)
            found = m.start(1) if m else None
        out[b] = found
        prev = b
    return out


def split_flattened(line: Line) -> list[Line]:
    """Cut one flattened page line into nodes at UI strings. A UI string counts when it is a
    strong anchor (``Report this post``, ``N Comments``, sign-in prompts) or stands next to
    another UI string (``Like Comment Share``); a lone ``Like`` in prose is left alone. An age
    right before a ``Report this …`` anchor becomes a node of its own."""
    text = line.text
    matches = anchors(text)
    if not matches:
        return [line]
    accepted: list[tuple[int, int]] = []
    reported = False  # (a "Report this comment" anchor before: the comments have begun)
    for i, m in enumerate(matches):
        strong = _is_strong(m.group())
        # (next to another: parted by spaces, or by a row's separators and a count, "Like · 6 Reply")
        prev_adj = i > 0 and bool(_ROW_FILLER.fullmatch(text[matches[i - 1].end() : m.start()]))
        next_adj = i + 1 < len(matches) and bool(_ROW_FILLER.fullmatch(text[m.end() : matches[i + 1].start()]))
        if strong or prev_adj or next_adj or _row_anchor(m.group()) or (
                reported and _buttons_over_header(text, matches, i)):
            accepted.append(m.span())
        reported = reported or (strong and classify(m.group()).kind == REPORT_COMMENT)
    cuts: set[int] = set()
    chains: dict[int, int | None] | None = None
    # where a run of buttons or counters ends ("… Like Reply 1 Reaction |"): a comment header may follow
    # (the share menu after the post's buttons ends one too: "… Copy LinkedIn Facebook X |")
    # (and the page's navigation, its skip link or its menu, ends where the post's header may
    # follow: "… Skip to main content Ana Lee Headline 3d text…")
    row_ends: set[int] = set()
    nav_ends: set[int] = set()
    for s, e in accepted:
        k = classify(text[s:e])
        if k.kind in (ACTION, COUNTER) or k.rule == "ui.share_target":
            row_ends.add(e)
        elif k.rule == "ui.navigation" or (k.kind == CHROME and key(text[s:e]) in comment_sort_keys()):
            nav_ends.add(e)  # (the comment list's sort menu too: the first comment's header follows it)
    for s, e in accepted:
        cuts.add(s)
        cuts.add(e)
        k = classify(text[s:e])
        if k.kind == COUNTER:
            cuts.update(_link_card_cuts(text, s))
        if k.kind in (REPORT_POST, REPORT_ARTICLE, REPORT_COMMENT):
            # (the age ends right before the anchor, spaces between: searched in the stretch
            # before it only; from the line's start each time, a flattened feed of many posts
            # cost the square of its length)
            am = _age_before_anchor().search(text, _age_search_from(text, s), s)
            if am:
                cuts.add(am.start(1))
        elif k.rule in ("ui.post_meta", "ui.visibility") and text[:s].rstrip().endswith("•"):
            # "… 5 mesi • 5 mesi fa • Visibile a tutti…": the age chain is a node of its own
            # (the chain's age found once per line for every bullet: searched again from the
            # line's start for each anchor, a long flattened line cost its square)
            if chains is None:
                chains = _age_chain_starts(text)
            at = chains.get(len(text[:s].rstrip()) - 1)
            if at is not None:
                cuts.add(at)
    # a feed copy's card markers, counting up: "Post sa feed numero 1 … Post sa feed numero 2 …"
    counted = _counting_marker_cuts(text)
    cuts.update(counted)
    # one marker the tables know at a card's start (the text's, or after a row of buttons),
    # and the actor's name shown twice after a marker (the accessible label and the visible one)
    cuts.update(_card_head_cuts(text, sorted({0, *row_ends}), counted[1::2], cuts))
    # a comment with no "Report this comment" anchor: "Sara Holm Sara Holm Arkitekt 1 v Fantastiskt!…",
    # or, after a row of buttons, "Leon Brandt Data analyst 4h Does a notebook count?"
    bounds = sorted({0, len(text), *cuts})
    for a, b in zip(bounds, bounds[1:]):
        found = _doubled_header_cuts(text, a, b)
        if not found and (a in row_ends or a in nav_ends):
            found = _age_header_cuts(text, a, b)
        cuts.update(found)
    pieces = sorted(c for c in cuts if 0 < c < len(text))
    return line.split_at(pieces)


# a link card's domain closing the text before the counters ("… Title | News cbc.ca 22 4 Comments")
_CARD_DOMAIN = re.compile(r"(?<=\s)(?:www\.)?[a-z0-9](?:[a-z0-9-]{0,62}+\.){1,4}+[a-z]{2,12}+\s*+$")
_URL_IN_TEXT = re.compile(r"https?://\S{1,300}+")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)\]]{0,2})\s+(?=[\"“'‘(]?[A-Z0-9])")
_CARD_TITLE_MAX = 150


def _link_card_cuts(text: str, s: int) -> list[int]:
    """A link card run into the text on a flattened page, right before the counters (``s``):
    its domain alone ("cbc.ca") and its title before it, each a node of its own, as they stand
    on a page copied one node per line. The title starts after the post's link when one stands
    a title's length before it (with at most one sentence's end between: a title may ask a
    question), else after the last sentence's end; none found, nothing is cut."""
    a = max(0, s - 80)
    m = _CARD_DOMAIN.search(text, a, s)
    if m is None or "." not in m.group():
        return []
    d = m.start()
    last = text[max(0, d - 12):d].split()
    if last and last[-1].isalpha() and last[-1].islower() and len(last[-1]) <= 4:
        return []  # "… more at acme.com", "… infos sur acme.fr": the text names the site
    lo = max(0, d - _CARD_TITLE_MAX - 320)
    before = text[lo:d]
    start = None
    url = None
    for u in _URL_IN_TEXT.finditer(before):
        url = u
    if url is not None and d - (lo + url.end()) <= _CARD_TITLE_MAX and len(
            _SENTENCE_END.findall(before, url.end())) <= 1:
        start = lo + url.end()
    else:
        ends = [x.end() for x in _SENTENCE_END.finditer(before, max(0, len(before) - _CARD_TITLE_MAX))]
        if ends:
            start = lo + ends[-1]
    if start is None:
        return []
    while start < d and text[start].isspace():
        start += 1
    if d - start < 10:
        return []
    return [start, d, d + len(m.group().rstrip())]


# words, then "1", near a flattened copy's start: the first card marker of a feed, in any wording
_MARKER_ONE = re.compile(r"(?<!\S)((?:[^\W\d_][^\s]*\s){2,6})1(?=\s)")


def _counting_marker_cuts(text: str) -> list[int]:
    """A flattened feed copy's card markers ("Feed post number 1", "Post sa feed numero 2"),
    found by their shape in any wording: the same words before a number that counts up from 1
    (at least to 2) through the text. Each marker is cut out as a node of its own."""
    for m in _MARKER_ONE.finditer(text, 0, min(len(text), 300)):
        words = m.group(1).split()
        for k in range(len(words), 1, -1):
            prefix = " ".join(words[-k:])
            found = list(re.finditer(r"(?<!\S)" + re.escape(prefix) + r"\s(\d{1,3})(?=\s)", text))
            if len(found) >= 2 and [int(f.group(1)) for f in found] == list(range(1, len(found) + 1)):
                return [c for f in found for c in f.span()]
    return []


_TOKEN = re.compile(r"\S+")


def _card_head_cuts(text: str, starts: list[int], marker_ends: list[int], cuts: set[int]) -> list[int]:
    """A flattened feed card's head: at a card's start (``starts``), a card marker the
    ``ui.feed_marker`` table knows ("Feed post number 2", "Beitrag im Feed Nummer 2"), even
    the only one copied; after a marker (found here or counted, ``marker_ends``), the actor's
    name shown twice ("Ana Lee Ana Lee", the accessible label and the visible one), each copy
    a node of its own (the second is dropped as a doubled label, the marker as chrome)."""
    found: list[int] = []
    ends = list(marker_ends)
    for s in starts:
        toks = list(_TOKEN.finditer(text, s, min(len(text), s + 80)))[:8]
        for i, t in enumerate(toks):
            if not (t.group()[-1:].isdecimal() or t.group()[-1:] in patterns.FEED_MARKER_COUNTERS):
                continue
            if classify(text[toks[0].start() : t.end()]).rule == "ui.feed_marker":
                if i + 1 < len(toks) and toks[i + 1].group() in patterns.FEED_MARKER_COUNTERS:
                    t = toks[i + 1]  # (the counter word after the number: "动态第 2 条")
                found += [toks[0].start(), t.end()]
                ends.append(t.end())
                break
    later = sorted(c for c in cuts if c > 0)
    for e in ends:
        # the card's head after its marker: the name shown twice ("Ana Lee Ana Lee"), its
        # badges ("• 2nd"), then the headline shown twice up to the age ("Designer Designer
        # 4h •"), each copy a node. (A head glued to its text, "Ana Lee Ana Lee Headline 4h
        # text…", is :func:`_doubled_header_cuts`'s: left to it.)
        stop = next((c for c in later if c > e + 1), len(text))
        if stop - e > 400 or _doubled_header_cuts(text, e, stop):
            continue
        toks = list(_TOKEN.finditer(text, e, stop))
        words = [t.group() for t in toks]
        k = next((k for k in (1, 2, 3, 4) if len(words) >= 2 * k and words[:k] == words[k : 2 * k]
                  and not words[0][:1].islower()), 0)
        if not k:
            continue
        found += [toks[k].start(), toks[2 * k - 1].end()]
        pos = toks[2 * k - 1].end()
        bm = _BADGE_RUN.match(text, pos, stop)
        if bm and bm.end() > pos:
            badge = bm.start() + len(bm.group()) - len(bm.group().lstrip())
            if classify(text[badge : bm.end()]).kind != TEXT:
                found += [badge, bm.end()]
                pos = bm.end()
        # the headline, up to an age chain before the next UI string ("… 4h • Visible to…")
        stop = next((c for c in later if c > pos + 1), len(text))
        am = _age_chain_before().search(text, pos, stop)
        head = list(_TOKEN.finditer(text, pos, am.start(1) if am else stop))
        n = len(head) // 2
        if 0 < n <= 24 and len(head) == 2 * n and [t.group() for t in head[:n]] == [t.group() for t in head[n:]]:
            found += [head[n].start(), head[-1].end()]
            if am:
                found.append(am.start(1))
    return found


@lru_cache(maxsize=1)
def _age_token() -> re.Pattern[str]:
    units = _compact_units()
    return re.compile(r"(?<!\S)\d{1,4}\s?(?:" + units + r")(?=\s)")


@lru_cache(maxsize=1)
def _long_age_token() -> re.Pattern[str]:
    """An age in a long form ("2 araw", "20 oras", "3 weeks"): the one a locale with no
    compact form shows in its headers; looked for only where no compact age stands."""
    units = alternation(u for t in patterns.AGE_UNITS_LONG.values() for u in t)
    return re.compile(r"(?<!\S)\d{1,4}\s(?:" + units + r")(?=\s)")


def _header_age(piece: str, start: int, end: int) -> re.Match[str] | None:
    """The first age in ``piece[start:end]``: a compact one, else one in a long form."""
    return _age_token().search(piece, start, end) or _long_age_token().search(piece, start, end)


def _age_header_cuts(text: str, a: int, b: int) -> list[int]:
    """After a row of buttons: "Name Headline 4h text…" — cut around the first age, when a
    name-like start (two capitalised words) comes before it within a headline's length."""
    from .segment import is_name

    piece = text[a:b]
    m = _header_age(piece, 0, min(len(piece), 180))
    if m is None:
        return []
    head = piece[: m.start()].split()
    # (the reaction count of the comment before, after its buttons: "… Reply 3 Ana Lee • 2nd
    # Engineer 2d …", a node of its own before the name)
    count = _LEADING_COUNT.match(piece) if head[:1] and head[0][:1].isdigit() else None
    if count is not None:
        head = head[1:]
    lead = None
    if len(head) >= 3 and not is_name(" ".join(head[:2]).rstrip(",")):
        # the post author's badge after the name ("… Ana Lee Author Headline 2d …") marks where
        # the name stands behind a line the tables do not know (a replies link's wording)
        found = _name_before_badge(piece, count.end() if count is not None else 0, m.start())
        if found is None:
            return []
        lead, badge_at, badge_end = found
        head = piece[lead: m.start()].split()
    if len(head) < 2 or not is_name(" ".join(head[:2]).rstrip(",")):
        return []
    cuts = [*((a + count.end(),) if count is not None else ()), a + m.start(), a + m.end()]
    if lead is not None:
        cuts += [a + lead, a + badge_at, a + badge_end]  # (the badge a node: chrome, the headline after it)
    # the connection degree after the name ("Ana Lee • 2nd Engineer 2d"): a node of its own,
    # the headline after it
    bullet = piece.find("•", 0, m.start())
    badge = _BADGE_RUN.match(piece, bullet) if bullet > 0 else None
    if badge is not None and classify(badge.group().strip()).rule == "ui.connection_degree" \
            and is_name(piece[count.end() if count is not None else 0: bullet].strip()):
        cuts += [a + bullet, a + badge.end()]
    return cuts


def _name_before_badge(piece: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Where the name starts that the post author's badge follows among a header's words
    (``piece[start:end]``): two to four words before the badge that are a name, the most
    that are, a word before them; and where the badge starts and ends. None when no badge of
    the tables stands so."""
    from .segment import is_name

    badges = _author_badge_set()
    words = [(w.start(), w.group()) for w in _WORD.finditer(piece, start, end)]
    for b in range(3, len(words)):
        if words[b][1] not in badges:
            continue
        for k in (4, 3, 2):
            if b - k >= 1 and is_name(" ".join(w for _, w in words[b - k: b])):
                return words[b - k][0], words[b][0], words[b][0] + len(words[b][1])
    return None


_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _author_badge_set() -> frozenset[str]:
    return frozenset(x for xs in patterns.AUTHOR_BADGES.values() for x in xs)


_LEADING_COUNT = re.compile(r"\s*\d[\d,.]{0,12}+(?=\s)")


@lru_cache(maxsize=1)
def comment_sort_keys() -> frozenset[str]:
    """The keys of the comment list's sort menu in every locale (``patterns.COMMENT_SORT``)."""
    return frozenset(key(x) for xs in patterns.COMMENT_SORT.values() for x in xs)


@lru_cache(maxsize=1)
def author_badge_keys() -> frozenset[str]:
    """The keys of the post author's badge in every locale (``patterns.AUTHOR_BADGES``)."""
    return frozenset(key(b) for bs in patterns.AUTHOR_BADGES.values() for b in bs)


_BADGE_RUN = re.compile(r"(?:\s*[•·]\s*[^\s•·]{1,12})+")  # "• 2nd", "• Ika-2 • Ika-2" after a name


def _doubled_header_cuts(text: str, a: int, b: int) -> list[int]:
    """A piece that starts with a name shown twice ("Sara Holm Sara Holm …", the page's
    accessible label and visible one) and holds an age further on is a comment header
    glued to its text: cut after the doubled name, around the age."""
    piece = text[a:b]
    lead = len(piece) - len(piece.lstrip())
    toks = piece.split()
    for k in (1, 2, 3, 4):
        if len(toks) >= 2 * k + 2 and toks[:k] == toks[k : 2 * k]:
            name = " ".join(toks[:k])
            second = piece.find(name, lead + len(name))
            after = second + len(name)
            m = _header_age(piece, after, min(len(piece), after + 200))
            if m is None:
                return []
            # the badges after the name ("• 2nd", "• Ika-2 • Ika-2"): a node each
            badges = [c for bm in _BADGE_RUN.finditer(piece, after, m.start()) if bm.start() == after
                      for x in re.finditer(r"[•·]", bm.group()) for c in (a + bm.start() + x.start(),)]
            run_end = [a + bm.end() for bm in _BADGE_RUN.finditer(piece, after, m.start()) if bm.start() == after]
            cuts = [a + second, a + after, *badges, *run_end, a + m.start(), a + m.end()]
            # the post header's "• Follow" after its age ("2 araw • I-follow Noong…"): a node
            fm = re.compile(r"\s*[•·]\s*").match(piece, m.end())
            am = _anchor_regex().match(piece, fm.end()) if fm else None
            if am and classify(am.group()).kind == ACTION:
                cuts.append(a + am.end())
            return cuts
    return []


def badge_cut(t: str) -> tuple[int, str] | None:
    """Where a badge after a bullet on a name line starts ("Ana Lee • 2nd"), with its rule;
    None when the line holds none."""
    cut = t.rfind("•")
    if cut <= 0 and t.endswith(" degree connection"):
        cut = t.rfind(",")  # a screen reader's "Ana Lee, 2nd degree connection"
    if cut <= 0 or not t[:cut].strip():
        return None
    tail = t[cut:].strip()
    kind = classify(tail)
    if kind.kind == TEXT:
        kind = classify(tail.lstrip("•· "))
    if kind.kind in (TEXT, AGE, END) or kind.rule is None:
        return None
    return len(t[:cut].rstrip()), kind.rule
