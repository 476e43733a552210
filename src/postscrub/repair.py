"""Character-level repair: an explicit, ordered list of small fixes, each recorded.

The dump is held as :class:`Line` objects that remember their line number in the decoded
input and every edit made to them, so a repair recorded late (after ftfy changed the line)
still points at the right column of the *original* line.

Order (see :data:`STEPS`):

0. ``terminal_escape`` ANSI/OSC escape sequences (colours, titles, hyperlinks), whole
1. ``mojibake``      ftfy, on the lines that need it, without its traps (FIELD-NOTES §2)
2. ``html_entity``   HTML entities, decoded the same way on every line
3. ``lost_character`` the ``?`` that a lossy code page left (``qmark``)
4. ``whitespace``    NBSP and friends -> space, zero-width characters, trailing spaces

UI strings are removed later, by segmentation, because whether a line is chrome depends on
where it stands.
"""

from __future__ import annotations

import html
from . import _re as re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter

from . import qmark
from .config import LOST_MARK, Config
from .document import Repair

# --------------------------------------------------------------------------------------------
# Lines that remember their edits


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in the decoded input
    text: str
    blank: bool = False  # blank in the input (a line emptied by a repair is not)
    # edits applied so far, oldest first: (start, end, new_len) in the text *as it was then*
    edits: list[tuple[int, int, int]] = field(default_factory=list)
    quoted: bool = False  # a Markdown block quote's line, its "> " mark removed
    depth: int = 0  # how deep in nested HTML lists (<ul>, <ol>) the line stood (markup dumps)
    # the addresses of the author's links removed from the text (a mail's text part renders a
    # link as "label [address]": the label stays, the address is the record's link)
    targets: tuple[str, ...] = ()

    def original_column(self, pos: int) -> int:
        """Map a position in the current text back to a 1-based column of the input line."""
        for start, end, new_len in reversed(self.edits):
            if pos >= start + new_len:
                pos = pos - new_len + (end - start)
            elif pos > start:
                pos = start
        return pos + 1

    def split_at(self, cuts: Iterable[int]) -> list["Line"]:
        """Cut this line into pieces at the given positions (a flattened page into nodes).
        Each piece keeps the line number and maps its columns back to the input line."""
        out: list[Line] = []
        prev = 0
        for cut in [*sorted(set(cuts)), len(self.text)]:
            if cut <= prev:
                continue
            edits = self.edits + [(0, prev, 0)] if prev else list(self.edits)
            out.append(Line(self.no, self.text[prev:cut], self.blank, edits, self.quoted, self.depth))
            prev = cut
        if out and self.targets:
            out[-1].targets = self.targets  # (a removed address stood at the line's end)
        return out or [self]

    def replace(self, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, str]]:
        """Apply non-overlapping ``(start, end, replacement)`` spans (any order). Returns
        ``(original column, removed text)`` for each, in line order."""
        spans = sorted(spans)
        return self._apply(spans) if spans else []

    def _apply(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
        """:meth:`replace` with the spans sorted already (and at least one)."""
        text, edits = self.text, self.edits
        if len(spans) == 1:  # (most edits: one span)
            start, end, repl = spans[0]
            out = [(self.original_column(start) if edits else start + 1, text[start:end])]
            self.text = text[:start] + repl + text[end:]
            edits.append((start, end, len(repl)))
            return out
        out = []
        for start, end, _ in spans:
            out.append((self.original_column(start), text[start:end]))
        pieces: list[str] = []
        cursor = 0
        shift = 0
        new_edits: list[tuple[int, int, int]] = []
        for start, end, repl in spans:
            pieces.append(text[cursor:start])
            pieces.append(repl)
            # record each edit relative to the text after the previous edits of this call
            new_edits.append((start + shift, end + shift, len(repl)))
            shift += len(repl) - (end - start)
            cursor = end
        pieces.append(text[cursor:])
        self.text = "".join(pieces)
        edits.extend(new_edits)
        return out


_LINE_COLUMN = attrgetter("line", "column")


class RepairLog:
    """Collects :class:`~postscrub.document.Repair` entries as the steps fire."""

    __slots__ = ("entries", "lost_state", "doubled")

    def __init__(self) -> None:
        self.entries: list[Repair] = []
        # the feed's doubled labels recorded so far (``ui.doubled_label``): how many entries
        # were read for it, and each label's text with the lines its copies stood on (read by
        # layouts._shown_twice, once per entry, not once per question)
        self.doubled: tuple[int, dict[str, list[int]]] = (0, {})
        # the lost-character step's state between the rounds of :func:`repair_lines`: the
        # dump's lines and the prior it last judged them with
        self.lost_state: tuple[list[Line], qmark.Prior] | None = None

    def edit(self, line: Line, rule: str, spans: Iterable[tuple[int, int, str]]) -> None:
        spans = sorted(spans)
        if not spans:
            return
        append, no = self.entries.append, line.no
        for (col, removed), (_, _, repl) in zip(line._apply(spans), spans):
            append(Repair(no, col, rule, removed, repl))

    def keep(self, line: Line, rule: str, spans: Iterable[tuple[int, int]]) -> None:
        """Remove what stands outside ``spans`` (in order, not overlapping) on ``line``, each
        gap recorded under ``rule``: a header line cut down to its fields."""
        text = line.text
        gaps, at = [], 0
        for a, b in spans:
            if a > at:
                gaps.append((at, a, ""))
            at = b
        if at < len(text):
            gaps.append((at, len(text), ""))
        self.edit(line, rule, gaps)

    def keep_parts(self, line: Line, rule: str, spans: Sequence[tuple[int, int]]) -> list[Line]:
        """:meth:`keep` ``spans`` of ``line``, then the line cut into the kept parts (those
        not blank), one line each: a header line cut into its fields' lines."""
        self.keep(line, rule, spans)
        cuts = list(accumulate(b - a for a, b in spans))
        return [p for p in line.split_at(cuts[:-1]) if p.text.strip()]

    def drop_line(self, line: Line, rule: str) -> None:
        """Remove a whole line (its text is recorded; the line becomes empty)."""
        t = line.text
        rest = t.lstrip()
        if rest:  # (``edit(line, rule, [(start, end, "")])`` without its sort and loop)
            start = len(t) - len(rest)
            ((col, removed),) = line._apply([(start, len(t.rstrip()), "")])
            self.entries.append(Repair(line.no, col, rule, removed, ""))
        line.text = ""

    def record(self, line_no: int, column: int, rule: str, text: str, replacement: str = "") -> None:
        self.entries.append(Repair(line_no, column, rule, text, replacement))

    def sorted(self) -> list[Repair]:
        return sorted(self.entries, key=_LINE_COLUMN)


def line_starts(lines: list[str]) -> list[int]:
    """The offset in the text of each of its lines (the text split at "\\n")."""
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    return starts


def split_lines(text: str) -> list[Line]:
    return [Line(i, t, not t.strip()) for i, t in enumerate(line_texts(text), start=1)]


def line_texts(text: str) -> list[str]:
    """The text of each line (the one definition of a line, which the repairs' line numbers
    and the audit count by): ``\\r\\n``, ``\\r``, ``\\n`` and U+2028 (LINE SEPARATOR) end a
    line, U+2029 (PARAGRAPH SEPARATOR) ends one and a blank line after it; and in a dump whose
    every line break was doubled (:func:`_doubled`), each pair of line ends is one."""
    raw, keep = _physical_lines(text)
    return raw if keep is None else [t for t, k in zip(raw, keep) if k]


def _physical_lines(text: str) -> tuple[list[str], list[bool] | None]:
    """The text of each line as its line ends part it, and which to keep where the dump's
    every line break was doubled (:func:`_doubled`; None where it was not)."""
    lf = _line_ends(text)
    raw = lf.split("\n")
    return raw, _doubled(lf, raw)


def _line_ends(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and ("\u2028" in text or "\u2029" in text):
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return text


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")  # (spaces on it too: a route that pads every line)
_MIN_DOUBLED = 5


def _doubled(lf: str, raw: list[str]) -> list[bool] | None:
    """In a dump whose every line break was doubled (Word, Outlook, some clipboards write a
    paragraph for each line), which lines to keep: of each run of ``2k + 1`` blank lines
    between two lines with text, ``k`` (what a run of ``k`` became); at the start and the end,
    half. None when the dump is not so: two lines with text stand one under the other somewhere
    (a blank line there parts paragraphs, and is kept), a run between two lines with text is
    even, or fewer than five lines hold text."""
    # (a blank line first: its pattern opens with a literal the engine skips to, and a dump on
    # one line, a flattened page, has none; then the lines, up to the first two that touch)
    if len(raw) < 2 * _MIN_DOUBLED - 1 or not _BLANK_LINE.search(lf):
        return None
    at: list[int] = []
    prev = False
    for i, t in enumerate(raw):
        full = bool(t) and not t.isspace()
        if full:
            if prev:
                return None
            at.append(i)
        prev = full
    if len(at) < _MIN_DOUBLED or any((b - a - 1) % 2 == 0 for a, b in zip(at, at[1:])):
        return None
    if all(b - a == 2 for a, b in zip(at, at[1:])) and not _any_ui_line(raw[i] for i in at[:400]):
        # one blank line between every two lines and no paragraph break kept (no run of three):
        # doubled, or paragraphs of one line each, as this tool writes a body; a doubled copy of
        # a page shows its UI nodes (an age, a button, a count), one-line paragraphs need none
        # (and a body cleaned again must not read as doubled)
        return None
    keep = [True] * len(raw)
    runs = [(0, at[0])] + [(a + 1, b) for a, b in zip(at, at[1:])] + [(at[-1] + 1, len(raw))]
    for k, (lo, hi) in enumerate(runs):
        n = hi - lo  # blank lines in the run
        drop = n - n // 2 if k in (0, len(runs) - 1) else n - (n - 1) // 2
        keep[lo:lo + drop] = [False] * drop
    return keep


def _any_ui_line(texts) -> bool:
    """Is any of ``texts`` a UI node of the tables (an age, a button, a count, a badge)?"""
    from .nodes import TEXT, classify

    return any(classify(t).kind != TEXT for t in texts)


# --------------------------------------------------------------------------------------------
# The one place text becomes lines: what a capture route did to the characters, not the words


def read_lines(text: str, log: RepairLog, config: Config | None = None) -> list[Line]:
    """The input's lines (:func:`split_lines`), with what a capture route changed in its
    characters (not its words) undone, each change recorded:

    * a U+2028 / U+2029 a program wrote for a line or paragraph break, where it stood
      (``line_separator``); in a dump whose every line break was doubled, each line end the
      doubling added (``doubled_line_break``, at the end of the line before it);
    * zero-width spaces, word joiners, BOMs and soft hyphens (not one that may be a byte of
      mojibake), before any reader looks at the lines (``invisible_character``, as the
      repair step records them: a reader that makes records itself, an Atom feed's, never
      reaches that step);
    * text in a decomposed form (NFD: macOS, Hangul as jamo) is composed (``unicode_nfc``);
      text that is NFC already is not touched;
    * an indentation every line with text shares (an e-mail client's, a quoting tool's: two
      spaces, a tab) goes (``indentation``); an indentation beyond it (a reply's) stays;
    * a lone surrogate (half of a UTF-16 pair, the other half lost: a broken UTF-16 pipe, a
      ``surrogateescape`` decode) is a lost character: removed, or a U+FFFD under ``--lost
      mark`` (``lost_character``), here, before any reader (a feed's, an XML file's) takes
      the text as it stands; a pair standing whole is joined (``mojibake``, as ftfy does).
    """
    raw, keep = _physical_lines(text)
    if keep is None:
        lines = [Line(i, t, not t.strip()) for i, t in enumerate(raw, start=1)]
    else:
        lines, dropped = [], 0
        for t, k in zip([*raw, "x"], [*keep, True]):
            if not k:
                dropped += 1
                continue
            if dropped:  # (one repair for the line ends a run lost, where the line before ends)
                at = (lines[-1].no, len(lines[-1].text) + 1) if lines else (1, 1)
                log.record(*at, "doubled_line_break", "\n" * dropped, "")
                dropped = 0
            lines.append(Line(len(lines) + 1, t, not t.strip()))
        lines.pop()
    if not text.isascii():
        if "\u2028" in text or "\u2029" in text:
            _record_separators(text, log, keep)
        import unicodedata

        if not unicodedata.is_normalized("NFC", text):
            _compose(lines, log)  # (first: a soft hyphen after a decomposed Î is mojibake's)
        if _SURROGATE.search(text):
            for ln in lines:
                if not _SURROGATE.search(ln.text):
                    continue
                spans = lone_surrogates(ln.text)
                if spans:
                    log.edit(ln, "lost_character", _lost_edits(ln.text, spans, config or Config()))
                pairs = [(m.start(), m.end(), m.group().encode("utf-16", "surrogatepass").decode("utf-16"))
                         for m in _SURROGATE_PAIR.finditer(ln.text)]
                if pairs:  # (what ftfy's fix_surrogates does, as the mojibake step recorded it)
                    log.edit(ln, "mojibake", pairs)
        if "\u200b" in text or "\u2060" in text or "\ufeff" in text or "\u00ad" in text:
            for ln in lines:
                t = ln.text
                if "\u200b" in t or "\u2060" in t or "\ufeff" in t or "\u00ad" in t:
                    log.edit(ln, "invisible_character", [(m.start(), m.end(), "") for m in _ZERO_WIDTH_EARLY.finditer(t)])
    _dedent(lines, log)  # (it stops at the first line with text when that one is not indented)
    return lines


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def lone_surrogates(text: str) -> list[tuple[int, int]]:
    """The spans of the surrogates in ``text`` that are not half of a pair (a high one right
    before a low one), runs merged."""
    out: list[tuple[int, int]] = []
    for m in _SURROGATE.finditer(text):
        i = m.start()
        c = text[i]
        if c <= "\udbff" and "\udc00" <= text[i + 1 : i + 2] <= "\udfff":
            continue  # (a high half before its low half)
        if c >= "\udc00" and i and "\ud800" <= text[i - 1] <= "\udbff":
            continue  # (the low half of that pair)
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def drop_lone_surrogates(text: str) -> str:
    """``text`` without its lone surrogates (:func:`lone_surrogates`)."""
    if not _SURROGATE.search(text):
        return text
    spans = lone_surrogates(text)
    if not spans:
        return text
    parts, k = [], 0
    for s, e in spans:
        parts.append(text[k:s])
        k = e
    parts.append(text[k:])
    return "".join(parts)


def sniffing_text(text: str, lines: list[Line], log: RepairLog) -> str:
    """``text`` as :func:`read_lines` read it, for the pipeline's quick looks at the whole
    text (a mail header, a quoted line, a forwarded header): the lines joined by ``\\n``
    where reading them changed anything, else ``text`` itself."""
    if log.entries or "\r" in text:
        return "\n".join([ln.text for ln in lines])
    return text


_SEPARATOR = re.compile("([\u2028\u2029])")
# (a soft hyphen only where it cannot be a byte of mojibake: ``Ã\u00ad`` is ``í`` read as
# cp1252, which the mojibake step repairs; after any character cp1252 or latin-1 gives a byte
# from 0x80 up, it is left to the invisible-character step, which comes after that one; and
# after the letters cp1256 shows for Arabic script's UTF-8 lead bytes: ``ط\u00ad`` is ``ح``)
_CP1252_HIGH = "\u0080-\u00ff" + "".join(
    c for c in bytes(range(0x80, 0xA0)).decode("cp1252", "ignore") if c > "\u00ff") + "\u0637-\u063a"
_ZERO_WIDTH_EARLY = re.compile(f"[\u200b\u2060\ufeff]+|(?<![{_CP1252_HIGH}])\u00ad+")


def _record_separators(text: str, log: RepairLog, keep: list[bool] | None) -> None:
    """A ``line_separator`` repair for each U+2028 / U+2029, at the end of the line it ends."""
    no = 1
    number = None
    if keep is not None:  # (the line numbers once a doubled dump's added line ends are gone)
        number, n = [], 0
        for k in keep:
            n += k
            number.append(max(n, 1))
    for phys in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = _SEPARATOR.split(phys)
        for k in range(1, len(parts), 2):
            sep = parts[k]
            at = no if number is None else number[min(no, len(number)) - 1]
            log.record(at, len(parts[k - 1]) + 1, "line_separator", sep, "\n" if sep == "\u2028" else "\n\n")
            no += 1 if sep == "\u2028" else 2
        no += 1


def _dedent(lines: list[Line], log: RepairLog) -> None:
    """The indentation (spaces and tabs) every line with text begins with, removed, in a dump
    of two such lines or more (one line alone shows no indentation in common)."""
    prefix = None
    n = 0
    for ln in lines:
        t = ln.text
        if not t or t.isspace():
            continue
        p = t[: len(t) - len(t.lstrip(" \t"))]
        n += 1
        if prefix is None:
            prefix = p
        elif not p.startswith(prefix):
            k = 0
            while k < len(prefix) and k < len(p) and prefix[k] == p[k]:
                k += 1
            prefix = prefix[:k]
        if not prefix:
            return
    if prefix and n >= 2:
        for ln in lines:
            if ln.text and not ln.text.isspace():
                log.edit(ln, "indentation", [(0, len(prefix), "")])


_WORDS = re.compile(r"\S+")


def _compose(lines: list[Line], log: RepairLog) -> None:
    """NFC, word by word (a repair for each word it changes), on the lines not NFC already."""
    import unicodedata

    normalize, is_nfc = unicodedata.normalize, unicodedata.is_normalized
    for ln in lines:
        t = ln.text
        if t.isascii() or is_nfc("NFC", t):
            continue
        spans = []
        for m in _WORDS.finditer(t):
            w = m.group()
            if not w.isascii() and not is_nfc("NFC", w):
                spans.append((m.start(), m.end(), normalize("NFC", w)))
        if spans:
            log.edit(ln, "unicode_nfc", spans)


# --------------------------------------------------------------------------------------------
# Diff helper: which spans of ``old`` became what in ``new``


def diff_spans(old: str, new: str) -> list[tuple[int, int, str]]:
    """Minimal-ish edit spans turning ``old`` into ``new``. Linear for long lines: past a
    size the changed middle is reported as one span rather than risk quadratic matching."""
    if old == new:
        return []
    p = 0
    limit = min(len(old), len(new))
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[-1 - s] == new[-1 - s]:
        s += 1
    a, b = old[p : len(old) - s], new[p : len(new) - s]
    if len(a) + len(b) > 4000:
        return [(p, p + len(a), b)]
    spans = []
    i = j = 0
    for ai, bj, size in _matching_blocks(a, b):
        if i < ai or j < bj:
            spans.append((p + i, p + ai, b[j:bj]))
        i, j = ai + size, bj + size
    return spans


def _matching_blocks(a: str, b: str) -> list[tuple[int, int, int]]:
    """``SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()``, the same blocks
    (the same recursion, and the same longest match at each step: earliest in ``a``, then
    earliest in ``b``), found by substring search instead of a Python loop over every pair
    of equal characters (6x faster on mojibake lines; ``tests/test_repair.py`` compares them)."""
    queue = [(0, len(a), 0, len(b))]
    blocks = []
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        i, j, k = _longest_match(a, b, alo, ahi, blo, bhi)
        if k:
            blocks.append((i, j, k))
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    blocks.sort()
    out = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in blocks:  # adjacent blocks collapse into one, as difflib does
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                out.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        out.append((i1, j1, k1))
    out.append((len(a), len(b), 0))
    return out


def _longest_match(a: str, b: str, alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
    """The longest common substring of ``a[alo:ahi]`` and ``b[blo:bhi]`` as ``(i, j, size)``:
    of the longest, the one starting earliest in ``a``, then earliest in ``b`` (what
    ``SequenceMatcher.find_longest_match`` returns when nothing is junk)."""
    window = b[blo:bhi]
    best, besti, i = 0, alo, alo
    while i + best < ahi:
        if a[i : i + best + 1] in window:
            best += 1  # a longer match starts at i: the first i where it is found is the earliest
            besti = i
        else:
            i += 1
    if not best:
        return alo, blo, 0
    return besti, blo + window.find(a[besti : besti + best]), best


# --------------------------------------------------------------------------------------------
# The fixes. Each takes the lines, the log and the config, and edits lines in place.

# ftfy without its traps (FIELD-NOTES §2): no full-width -> ASCII (it would *create* `?`),
# no uncurling of quotes that were never broken, HTML handled by our own step.
#
# Only lines that can hold something for ftfy go through it. ftfy re-decodes a line only where
# its own badness test (``ftfy.badness.is_bad``) finds mojibake, so that test decides; its
# other fixes need a C1 or other control character, a surrogate, a ligature or a combining
# mark (NFC), which :data:`_NEEDS_FTFY` finds. Cyrillic through cp1251 (``РЎРµРіРѕРґРЅСЏ`` for
# ``Сегодня``) leads with ``Р``/``С``: such a line goes to ftfy too, which leaves real
# Cyrillic alone. A line of ASCII, emoji, CJK or well-formed accented text (most of a French
# or German dump) is left alone. (A test checks that ftfy leaves alone every line kept out.)
_FIX_CHARS = "\u0080-\u009f\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufb00-\ufb06\u0300-\u036f\ufffd"
_FTFY_FIXES = (
    "[" + _FIX_CHARS + "]"
    "|[\u0420\u0421][\u0400-\u045f\u0490\u0491\u00a0-\u00bf\u2010-\u203a\u2116\u2122\u20ac]"
)
_NEEDS_FTFY = re.compile(_FTFY_FIXES)
# The lines gathered first (for the lost-byte checks and the dump-wide cp1252 round trip): a
# Latin-1 letter (the lead character of most mojibake, ``Ã`` ``â`` ``ð`` …) or the above.
_LATIN_OR_FIX = re.compile("[\u00c0-\u00ff]|" + _FTFY_FIXES)
# ... looked for first as one class of every character an alternative starts with (the engine
# skips to those in C; the alternation tried each of its branches at every character: 4x
# slower on the lines that are not ASCII), the pair only where an ``Р`` or ``С`` was found
_LATIN_OR_FIX_FIRST = re.compile("[\u00c0-\u00ff" + _FIX_CHARS + "\u0420\u0421]")


_NEEDS_FTFY_FIRST = re.compile("[" + _FIX_CHARS + "\u0420\u0421]")


def _latin_or_fix(text: str) -> bool:
    """``_LATIN_OR_FIX.search(text) is not None``, found faster."""
    m = _LATIN_OR_FIX_FIRST.search(text)
    if m is None:
        return False
    return text[m.start()] not in "\u0420\u0421" or _LATIN_OR_FIX.search(text, m.start()) is not None


def _needs_ftfy(text: str) -> bool:
    """``_NEEDS_FTFY.search(text) is not None``, found the same way."""
    m = _NEEDS_FTFY_FIRST.search(text)
    if m is None:
        return False
    return text[m.start()] not in "\u0420\u0421" or _NEEDS_FTFY.search(text, m.start()) is not None

# The bytes of UTF-8 continuation (0x80–0xBF) as cp1252 shows them, plus the C1 controls
# latin-1 shows for them.
_CONT = "".join(
    bytes([b]).decode("cp1252") for b in range(0x80, 0xC0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
) + "".join(chr(c) for c in range(0x80, 0xA0))
_CONT_CLASS = "[" + re.escape(_CONT) + "]"
# UTF-8 mojibake that lost a byte: the bytes cp1252 leaves undefined (81 8D 8F 90 9D) were
# dropped, so ``👍`` (F0 9F 91 8D) shows as ``ðŸ‘`` with nothing after it. ftfy "repairs" it
# by taking the next byte along (``👠``, the space eaten); the character is in fact lost.
# Only the two lead bytes that never stand before continuation characters in real text:
# ``ð`` (emoji, F0) and ``â`` (punctuation and symbols, E2).
# (not ``â`` and an NBSP: E2 A0 would open a Braille pattern, never seen truncated, while a
# word that ends in ``â`` before an NBSP is Turkish, French, Vietnamese: ``hâlâ\u00a0çoğu``)
_TRUNCATED = re.compile(
    f"ð{_CONT_CLASS}{{2}}(?!{_CONT_CLASS})|â(?!\u00a0){_CONT_CLASS}(?!{_CONT_CLASS})"
)
# U+FFFD, and the layered mojibake of it (EF BF BD read as cp1252, once or twice): a
# character that some earlier program already lost.
_LOST_FFFD = re.compile("(?:\ufffd|ï¿½|Ã¯Â¿Â½)+")


def _ftfy_config():
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        normalization="NFC",
        explain=False,
    )


_FTFY_CONFIG = None


def _ftfy_once(text: str) -> str:
    """One pass of what ``ftfy.fix_text(text, _ftfy_config())`` does to one line.

    ``fix_text`` repeats its whole chain on a line until a pass changes nothing, so every line
    it fixes costs a second, confirming pass (a third of its time on a mojibake dump). The
    repair stage has its own fixpoint (:func:`repair_lines` sends a changed line through every
    step again, and this step sends it to ftfy again only where ftfy still has work there), so
    one pass is enough here. The steps are ftfy's, in ftfy's order, with the config's
    switches (``tests/test_repair.py`` checks the result against ``fix_text``)."""
    # (``fix_text`` cuts a line into pieces of ``max_decode_length`` code points)
    limit = _FTFY_CONFIG.max_decode_length
    if len(text) > limit:
        return "".join(_ftfy_once(text[i : i + limit]) for i in range(0, len(text), limit))
    return _ftfy_after_encoding(_fix_encoding(text))


# ftfy's ``fix_encoding`` repeats one step until a step changes nothing, and each step opens
# with ftfy's badness test (``is_bad``: a search of one large pattern, which has a branch that
# may start at every letter). On a mojibake line the last step is a whole search of the fixed
# text that finds nothing, two thirds of the line's time. Every branch of that pattern needs,
# somewhere, one character of a class the pattern spells out; a text with no character of the
# union of those classes (one per branch, read from ftfy's own pattern) is not bad, and the
# step would give it back unchanged: the loop ends there without the search. The same steps,
# the same text (``tests/test_fast_paths.py`` compares with ``fix_encoding`` and ``is_bad``).
_ENCODING_STEP = None


def _encoding_step():
    """(ftfy's one step of ``fix_encoding`` and its config, a test that holds for every text
    ``is_bad`` finds bad), or (None, None) where this ftfy is not built as expected. (None,
    None) too in a process's first dump: reading ftfy's pattern (a few ms) would be start-up
    for a CLI run on one file, which has a few mojibake lines at most."""
    global _ENCODING_STEP
    if _ENCODING_STEP is None:
        from .nodes import first_dump

        if first_dump():
            return None, None
        _ENCODING_STEP = (None, None)
        try:
            from ftfy import TextFixerConfig, _fix_encoding_one_step_and_explain
            from ftfy.badness import BADNESS_RE

            needs = _badness_needs(BADNESS_RE)
            if needs is not None:
                config = TextFixerConfig(explain=False)  # (what ``fix_encoding`` passes)
                _ENCODING_STEP = (lambda t: _fix_encoding_one_step_and_explain(t, config)[0], needs)
        except Exception:  # noqa: BLE001  (another ftfy: its own fix_encoding, unchanged)
            pass
    return _ENCODING_STEP


def _badness_needs(pattern) -> Callable[[str], bool] | None:
    """``is_bad`` is ``bool(pattern.search(text))``; ``pattern`` is one alternation of
    sequences. From each sequence, one of the characters it must match (a literal or a class
    of literals and ranges, at its top level), the class that holds the fewest characters
    common in clean text (ASCII, then typographic punctuation): a text with none of the chosen
    characters matches no branch. None when the pattern is not so built."""
    from re import _constants as c, _parser

    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    if len(parsed) != 1 or parsed[0][0] is not c.BRANCH:
        return None
    chosen: set[str] = set()
    for seq in parsed[0][1][1]:
        best = None
        for op, av in seq:
            if op is c.LITERAL:
                chars = [chr(av)]
            elif op is c.IN and all(o in (c.LITERAL, c.RANGE) for o, _ in av):
                chars = [chr(x) for o, a in av for x in ((a,) if o is c.LITERAL else range(a[0], a[1] + 1))]
            else:
                continue
            cost = (sum(100 if ch.isascii() else 10 if ch in "“”‘’•—–…«»" else 0 for ch in chars), len(chars))
            if best is None or cost < best[0]:
                best = (cost, chars)
        if best is None or len(best[1]) > 200:
            return None  # (a branch with no such character, or a broad one: no test worth it)
        chosen.update(best[1])
    rx = re.compile("[" + "".join(re.escape(ch) for ch in sorted(chosen)) + "]")
    return lambda t: rx.search(t) is not None


def _fix_encoding(text: str) -> str:
    """``ftfy.fix_encoding(text)``."""
    step, needs = _encoding_step()
    if step is None:
        from ftfy import fix_encoding

        return fix_encoding(text)
    while needs(text):  # (else ``is_bad(text)`` is false: the step would give it back)
        fixed = step(text)
        if fixed == text:
            break
        text = fixed
    return text


def _is_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, not searched where it cannot hold."""
    from ftfy.badness import is_bad

    needs = _encoding_step()[1]
    return (needs is None or needs(text)) and is_bad(text)


def _ftfy_after_encoding(text: str) -> str:
    """The steps of :func:`_ftfy_once` after ``fix_encoding``."""
    import unicodedata

    from ftfy import fixes

    text = fixes.fix_c1_controls(text)
    ligatures, controls = _translated()
    if ligatures.search(text):  # (a translation with nothing to translate gives the text back)
        text = fixes.fix_latin_ligatures(text)
    text = fixes.fix_surrogates(text)
    text = fixes.remove_terminal_escapes(text)
    if controls.search(text):
        text = fixes.remove_control_chars(text)
    return unicodedata.normalize("NFC", text)


_TRANSLATED = None


def _translated():
    """Patterns of the characters ftfy's two ``str.translate`` fixes (``fix_latin_ligatures``,
    ``remove_control_chars``) replace, built from ftfy's own tables: the fixes run only where
    one stands. A translation walks the line a character at a time through a dict; the search
    finds there is nothing to do ~10x faster, and most lines have nothing."""
    global _TRANSLATED
    if _TRANSLATED is None:
        from ftfy.chardata import CONTROL_CHARS, LIGATURES

        _TRANSLATED = tuple(re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")
                            for table in (LIGATURES, CONTROL_CHARS))
    return _TRANSLATED


def _widen(text: str, s: int, e: int) -> tuple[int, int]:
    """Take one separating space with a removed span: ``word ?? next`` -> ``word next``."""
    before = text[s - 1] if s else ""
    after = text[e] if e < len(text) else ""
    if before == " " and (after in ("", " ") or not (after.isalnum() or after == "_")):
        return s - 1, e
    if after == " " and before in ("", " "):
        return s, e + 1
    return s, e


def _lost_edits(text: str, spans: list[tuple[int, int]], config: Config) -> list[tuple[int, int, str]]:
    """Edits for lost-character spans under ``--lost``: removed (with one separating space),
    or one U+FFFD each. A span that already is a single U+FFFD is left as it is."""
    out = []
    for s, e in spans:
        if config.lost == "mark":
            if text[s:e] != LOST_MARK:
                out.append((s, e, LOST_MARK))
        else:
            s, e = _widen(text, s, e)
            out.append((s, e, ""))
    return out


# Terminal escape sequences (a dump copied from a terminal or a log): OSC (``ESC ] … BEL`` or
# ``ESC ] … ESC \\``: titles, hyperlinks), CSI (``ESC [ … m``: colours), and the other two-byte
# escapes. ftfy removes CSI only and would leave an OSC's ``]8;;https://…`` in the text. Each
# alternative stops at the next ESC or BEL, so matching is linear.
_TERMINAL_ESCAPE = re.compile(
    r"\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)"  # OSC
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b[@-Z\\-_]"  # two-byte escapes, and the ``ESC ]`` of an OSC left unterminated
)


def strip_terminal_escapes(lines: list[Line], log: RepairLog, config: Config) -> None:
    for ln in lines:
        if "\x1b" in ln.text:
            spans = [(m.start(), m.end(), "") for m in _TERMINAL_ESCAPE.finditer(ln.text)]
            if spans:
                log.edit(ln, "terminal_escape", spans)


def fix_mojibake(lines: list[Line], log: RepairLog, config: Config) -> None:
    global _FTFY_CONFIG
    # (printable ASCII holds none of those characters: most lines are not searched)
    sample = _non_ascii_sample(lines)
    _lossy_codepage(lines, sample, log)  # (first: its U+FFFD are where bytes went, the loop below drops them)
    cand = [ln for ln in lines if not (ln.text.isascii() and ln.text.isprintable()) and _latin_or_fix(ln.text)]
    if not cand and _codepage_marked(sample) is None:
        return  # (a code page's mojibake with no Latin letter in it: Arabic script through cp1256)
    if _FTFY_CONFIG is None:
        _FTFY_CONFIG = _ftfy_config()
    for ln in cand:
        # first what ftfy would get wrong: sequences that lost a byte, layered U+FFFD
        lost = [m.span() for m in _TRUNCATED.finditer(ln.text)]
        lost += [m.span() for m in _LOST_FFFD.finditer(ln.text)]
        if lost:
            edits = _lost_edits(ln.text, _merge(sorted(lost)), config)
            if edits:
                log.edit(ln, "lost_character", edits)
    todo, fixed_all = _to_ftfy(cand, _is_bad)
    fixed_of = {id(ln): fixed for ln, fixed in zip(todo, fixed_all)}
    # A dump decoded as cp1252 when it was UTF-8 is so on every line, but ftfy judges each line
    # alone and leaves those it cannot prove (`BeÄŸen`, `Bu yorumu ÅŸikayet et`: no character
    # there is implausible by itself). Where ftfy fixed two lines or more by exactly that round
    # trip, the lines it left are given the same round trip when it decodes strictly.
    proven = sum(1 for ln, fixed in zip(todo, fixed_all)
                 if fixed != ln.text and _cp1252_utf8(ln.text) is not None)
    # The same for UTF-8 read as cp1251 (Cyrillic: ``РЎРІРёС’Р°`` for ``Свиђа``): ftfy judges
    # its lines one by one, leaves some ("2 Рґ") and takes others apart where a byte cp1251
    # lacks (0x98, in every ``ј``) was kept as U+0098. Where two lines or more make the strict
    # round trip, every line that makes it is given it (a line of real Cyrillic never does:
    # its letters are UTF-8 lead bytes with no continuation).
    # The same again for Arabic-script text through cp1256 (``ظٹظˆط³ظپ`` for ``يوسف``), which
    # ftfy has no code page for: one code page per dump, the first whose marks it shows.
    cyr = {}
    codec = _codepage_marked(todo[:50] + sample) if proven < 2 else None
    if codec is not None:
        cyr = {id(ln): r for ln in lines
               if not ln.text.isascii() and (r := _utf8_read_as(ln.text, codec)) is not None and r != ln.text}
        if len(cyr) < 2:
            cyr = {}
        else:  # (and the lines no test above picked: "вЂў 1.", a bullet alone)
            seen = {id(ln) for ln in cand}
            cand = cand + [ln for ln in lines if id(ln) in cyr and id(ln) not in seen]
    for ln in cand:
        fixed = cyr.get(id(ln)) or fixed_of.get(id(ln), ln.text)
        if proven >= 2 and "\u00a0" in ln.text and _cp1252_utf8(ln.text) is None:
            # NBSPs put for spaces (HTML to text) in a dump that is mojibake throughout: read as
            # the byte A0 they break the round trip (and ftfy takes them for bytes of the
            # characters beside them); where the line round-trips with spaces for them, and
            # not with the bytes, they were spaces
            fixed = _cp1252_utf8(ln.text.replace("\u00a0", " ")) or fixed
        if fixed == ln.text and proven >= 2:
            fixed = _cp1252_utf8(ln.text) or fixed
        if fixed == ln.text:
            continue
        if len(ln.text) > _LONG_LINE:
            # a flattened page: fix it piece by piece (cut at spaces) so every change keeps its
            # own position, instead of one coarse span over the whole changed middle
            log.edit(ln, "mojibake", _piecewise_spans(ln.text))
        else:
            log.edit(ln, "mojibake", diff_spans(ln.text, fixed))


_LONG_LINE = 2000

# What most mojibake of UTF-8 read as cp1252 holds (accented letters, punctuation, emoji)
_MOJIBAKE_HINTS = ("Ã", "â€", "Â", "ðŸ")


def _to_ftfy(cand: list[Line], is_bad: Callable[[str], bool]) -> tuple[list[Line], list[str]]:
    """The lines ftfy is given (those :func:`_needs_ftfy` picks, or ftfy's ``is_bad`` finds
    bad) and what :func:`_ftfy_once` makes of each.

    ``fix_encoding`` changes a line only where its own first test, ``is_bad``, holds: so a
    line that looks like mojibake goes to it first, and when it changed the line, the line
    was bad (and ``fix_encoding`` is done); only when it did not is ``is_bad`` asked (as ftfy
    had just asked it). That spares the second ``is_bad`` of each mojibake line (a regex over
    the whole line); other lines are asked first, as before, so accented text that is not
    mojibake is not read twice either. The same lines, the same results."""
    limit = _FTFY_CONFIG.max_decode_length
    todo: list[Line] = []
    fixed_all: list[str] = []
    for ln in cand:
        t = ln.text
        if _needs_ftfy(t):
            fixed = _ftfy_once(t)
        elif len(t) <= limit and any(h in t for h in _MOJIBAKE_HINTS):
            enc = _fix_encoding(t)
            if enc != t:
                fixed = _ftfy_after_encoding(enc)
            elif is_bad(t):
                fixed = _ftfy_after_encoding(t)  # (fix_encoding left it as it was)
            else:
                continue
        elif is_bad(t):
            fixed = _ftfy_once(t)
        else:
            continue
        todo.append(ln)
        fixed_all.append(fixed)
    return todo, fixed_all


def _cp1252_utf8(text: str) -> str | None:
    """``text`` as the UTF-8 it was before a program read its bytes as cp1252 (ftfy's sloppy
    variant: the five bytes cp1252 leaves undefined map to themselves), or None when that
    round trip does not hold (a character cp1252 lacks, bytes that are not UTF-8)."""
    return _utf8_read_as(text, "sloppy-windows-1252")


def _utf8_read_as(text: str, codec: str) -> str | None:
    """``text`` encoded back with the code page ``codec`` that misread it, decoded as the UTF-8
    it was; None for ASCII text or where the round trip does not hold."""
    if text.isascii():
        return None
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    try:
        return text.encode(codec).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


# Two-byte UTF-8 Cyrillic (D0/D1 + a continuation byte) read as cp1251: ``Р`` or ``С`` and a
# character of cp1251's upper half below its letters (0x80–0xBF: ``ђ ѓ ‚ € µ ° Ѓ ™ …``)
_CP1251_MOJIBAKE = re.compile("[\u0420\u0421][\u0080-\u00bf\u0401-\u040f\u0451-\u045f\u0490\u0491\u2010-\u203a\u20ac\u2116\u2122]")


# Two-byte UTF-8 Arabic script (D8–DB + a continuation byte) read as cp1256: ``ط ظ ع غ`` and a
# character of cp1256's upper half below its letters (0x80–0xBF: ``پ ٹ ‚ … ک ، ؛ ؟ ¢ « »``…),
# two such letters in a row (one alone is a real word's last letter before "،" or "؟")
_CP1256_MOJIBAKE = re.compile("(?:[\u0637-\u063a][" + re.escape(bytes(range(0x80, 0xC0)).decode("cp1256")) + "]){2}")

# (the marks of a code page's mojibake, the codec that made it): tried in order, see fix_mojibake
_CODEPAGE_MOJIBAKE = ((_CP1251_MOJIBAKE, "sloppy-windows-1251"), (_CP1256_MOJIBAKE, "sloppy-windows-1256"))


def _non_ascii_sample(lines: list[Line]) -> list[Line]:
    """The first 50 lines that are not ASCII: where a code page's marks are looked for."""
    out = []
    for ln in lines:
        if not ln.text.isascii():
            out.append(ln)
            if len(out) >= 50:
                break
    return out


def _codepage_marked(pool: list[Line]) -> str | None:
    """The codec of :data:`_CODEPAGE_MOJIBAKE` whose marks show on the lines of ``pool`` (those
    ftfy changed, the first non-ASCII ones), the first in the table's order; None when none shows."""
    for marks, codec in _CODEPAGE_MOJIBAKE:
        if any(marks.search(ln.text) for ln in pool):
            return codec
    return None


# UTF-8 Japanese read as cp932 (Shift-JIS, 文字化け: ``縺翫ａ縺ｧ縺ｨ縺`` for ``おめでと``): the
# kanji cp932 shows for the UTF-8 lead pairs of CJK punctuation, hiragana and katakana (E3 80,
# E3 81, E3 82, E3 83: ``縲 縺 繧 繝``), rare in real Japanese. The reading replaced each byte
# pair it could not map by U+FFFD: those bytes are lost, and no table tells which they were.
_CP932_MOJIBAKE = re.compile("[\u7e32\u7e3a\u7e67\u7e5d]")

# (marks, codec) of code pages whose reading lost bytes (see :func:`_lossy_codepage`)
_LOSSY_CODEPAGES = ((_CP932_MOJIBAKE, "cp932"),)


def _lossy_codepage(lines: list[Line], pool: list[Line], log: RepairLog) -> None:
    """UTF-8 text that a program read with a multibyte code page (cp932), its byte pairs the
    code page lacks replaced by U+FFFD: where the marks of one of :data:`_LOSSY_CODEPAGES`
    show on the first non-ASCII lines (``pool``) and two lines or more make the round trip
    (strict but at each U+FFFD, see :func:`_utf8_read_lossy`), every line that makes it gets
    it; a character broken by a lost byte stays one U+FFFD, for the lost-character repairs."""
    for marks, codec in _LOSSY_CODEPAGES:
        if not any(marks.search(ln.text) for ln in pool):
            continue
        fixed = {id(ln): r for ln in lines
                 if not ln.text.isascii() and (r := _utf8_read_lossy(ln.text, codec)) is not None and r != ln.text}
        if len(fixed) >= 2:
            for ln in lines:
                if id(ln) in fixed:
                    log.edit(ln, "mojibake", diff_spans(ln.text, fixed[id(ln)]))
            return


def _utf8_read_lossy(text: str, codec: str) -> str | None:
    """``text`` as the UTF-8 it was before a program read its bytes as ``codec`` and put
    U+FFFD for the bytes it could not map: between two U+FFFD the bytes must be UTF-8, but
    for the pieces of a character cut by a lost byte at either end (each cut character stays
    in the U+FFFD beside it). None where that does not hold."""
    if "\ufffd" not in text:
        return _utf8_read_as(text, codec)
    parts = text.split("\ufffd")
    out = []
    try:
        raw = [p.encode(codec) for p in parts]
    except UnicodeEncodeError:
        return None
    last = len(raw) - 1
    for k, b in enumerate(raw):
        if k:  # (after a lost byte: the rest of the character it cut)
            i = 0
            while i < 3 and i < len(b) and 0x80 <= b[i] <= 0xBF:
                i += 1
            b = b[i:]
        if k < last:  # (before a lost byte: the start of the character it cut)
            for back in range(1, min(3, len(b)) + 1):
                c = b[-back]
                if c >= 0xC0:  # a lead byte: its sequence is cut when shorter than it says
                    need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
                    if back < need:
                        b = b[:-back]
                    break
                if c < 0x80:
                    break
        try:
            out.append(b.decode("utf-8"))
        except UnicodeDecodeError:
            return None
    return "\ufffd".join(out)


def _piecewise_spans(text: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + 1000)
        if end < len(text):
            cut = text.rfind(" ", start + 200, end)
            end = cut + 1 if cut > 0 else end
        piece = text[start:end]
        fixed = _ftfy_once(piece)
        spans.extend((a + start, b + start, r) for a, b, r in diff_spans(piece, fixed))
        start = end
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


# Named and numeric entities; a numeric one may lack its ``;`` where the text was cut
# (``don&#39`` at the end of a scraped field).
_ENTITY = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|&#[0-9]{2,7}(?=\s|$)"
)


def _unescape(entity: str) -> str:
    # to a fixpoint, so that ``&amp;lt;`` (escaped twice) gives ``<`` now and not on the next
    # run: repairing twice must change nothing
    for _ in range(4):
        new = html.unescape(entity)
        if new == entity or "&" not in new:
            return new
        m = _ENTITY.search(new)
        if m is None:
            return new
        entity = new
    return entity


def unescape_html(lines: list[Line], log: RepairLog, config: Config) -> None:
    """Every entity on every line, the same way (ftfy's ``auto`` mode stops decoding once a
    literal ``<`` appears). A NUL or a control character is never produced."""
    for ln in lines:
        if "&" not in ln.text:
            continue
        spans = []
        for m in _ENTITY.finditer(ln.text):
            end = m.end()
            # ``&amp;lt;``: take the entities the first one's decoding completes
            while ln.text.startswith("amp;", m.start() + 1) and _ENTITY.match(
                "&" + ln.text[end:end + 33]
            ):
                nxt = _ENTITY.match("&" + ln.text[end:end + 33])
                end += nxt.end() - 1
            repl = _unescape(ln.text[m.start():end])
            if repl != ln.text[m.start():end] and not any(
                c < " " and c not in "\t" or c == "\x7f" for c in repl
            ):
                spans.append((m.start(), end, repl))
        spans = [sp for i, sp in enumerate(spans) if i == 0 or sp[0] >= spans[i - 1][1]]
        if spans:
            log.edit(ln, "html_entity", spans)


def remove_lost_chars(lines: list[Line], log: RepairLog, config: Config) -> None:
    """The ``?`` a lossy code page left (``qmark``), and U+FFFD (or its layered mojibake
    ``ï¿½``) where an earlier program lost a character: removed, or one U+FFFD each under
    ``--lost mark``."""
    # Repairing twice must change nothing, and a second repair reads its prior from the
    # repaired text, where the artifacts are gone. So each later round reads the prior of the
    # whole dump again (what it knows of unchanged lines is kept): if it decides as the one
    # before, only the lines that changed are judged again; if not, every line is. The rounds
    # end when a round changes nothing, so the last prior is the repaired text's own.
    state = log.lost_state
    if state is None:
        doc, judge = lines, lines  # (the first round: every line of the dump)
        prior = qmark.prior_for(ln.text for ln in doc)
    else:
        doc, last = state
        prior = qmark.prior_for((ln.text for ln in doc), fresh=False)
        judge = lines if prior.decides_as(last) else doc
    log.lost_state = (doc, prior)
    for ln in judge:
        t = ln.text
        spans: list[tuple[int, int]] = []
        if "?" in t:
            spans = qmark.find_artifacts(t, prior)
        if not t.isascii() and ("\ufffd" in t or "ï¿½" in t):
            spans = _merge(sorted(spans + [m.span() for m in _LOST_FFFD.finditer(t)]))
        if not spans:
            continue
        bullets = _header_bullets(t, spans) if len(t) <= 48 else None
        if bullets is not None:
            edits = bullets
        elif config.lost == "mark":
            edits = [(s, e, _mark(t[s:e])) for s, e in spans]
            edits = [(s, e, r) for s, e, r in edits if t[s:e] != r]
        else:
            edits = [(s, e, "") for s, e in spans]
        if edits:
            log.edit(ln, "lost_character", edits)


def _header_bullets(t: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]] | None:
    """A post header's age line whose bullets the lossy code page lost ("3w ?", "2mo ? Edited ?";
    GBK and latin-1 have no ``•``): each ``?`` there stood for the bullet, and is put back as
    one, not dropped, so that the line still reads as the header mark it is ("3w •"). None
    when the line is anything else."""
    from .segment import is_edited_mark, parse_age

    pieces, prev = [], 0
    for s, e in spans:
        if not 1 <= t[s:e].strip().count("?") <= 3 or t[s:e].strip().strip("?"):
            return None
        pieces.append(t[prev:s])
        prev = e
    pieces.append(t[prev:])
    head = pieces[0].strip()
    if len(spans) == 1 and head and pieces[1].strip() and len(pieces[1]) <= 16 and _degree_after_name(head, pieces[1]):
        # a name with its connection degree ("Ana Lee ? 2nd", the bullet between them lost)
        s, e = spans[0]
        return [(s, e, re.sub(r"\?+", "•", t[s:e]))]
    age = parse_age(head, learned=False) if head else None
    if age is None or age.end < len(head) or any(
            p.strip() and not is_edited_mark(p) for p in pieces[1:]) or any(not p.strip() for p in pieces[1:-1]):
        return None
    return [(s, e, re.sub(r"\?+", "•", t[s:e])) for s, e in spans]


def _degree_after_name(name: str, rest: str) -> bool:
    from . import nodes
    from .segment import is_name

    r = rest.strip()
    return r[:1].isdigit() and nodes.classify("• " + r).rule == "ui.connection_degree" and is_name(name)


def _mark(artifact: str) -> str:
    # one U+FFFD per run of lost characters, spaces between runs kept: `?? ??` -> `� �`
    # (the separating spaces the span took with it stay: the mark stands where the character was)
    return re.sub("(?:[?\ufffd]|ï¿½|Ã¯Â¿Â½)+", LOST_MARK, artifact)


# NBSP and the other fixed-width spaces become a plain space; zero-width characters go,
# except ZWJ/VS16 inside emoji sequences and ZWNJ (needed by Persian, Hindi…).
# (and a line or paragraph separator a repair produced inside a line, mojibake's "â€¨": the
# input's own end lines in read_lines, and a second repair must read the line as the first did)
_SPACES = re.compile("[\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# (runs, one repair each: a run that came out of one mojibake span has one original position)
# (a ZWJ after an emoji, or after the VS16 that makes one of a symbol: "🏳️‍🌈", "❤️‍🔥", is the
# sequence's own)
_ZERO_WIDTH = re.compile("(?:[\u200b\u2060\ufeff\u00ad]|(?<![\U0001F000-\U0001FAFF\u2600-\u27bf\ufe0f])\u200d)+")
# bidi embeddings, overrides, isolates and the LRM/RLM/ALM marks a right-to-left page leaves
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+")


# every character the three patterns above can match (and ZWNJ): a line with none of them is
# searched once, not three times
_ANY_INVISIBLE = re.compile("[\u00a0\u00ad\u061c\u2000-\u200f\u2028\u2029\u202a-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff]")


def tidy_whitespace(lines: list[Line], log: RepairLog, config: Config) -> None:
    for ln in lines:
        t = ln.text
        if t.isascii() or not _ANY_INVISIBLE.search(t):
            if t.endswith((" ", "\t")) or not t.isascii() and t != t.rstrip():
                ln.replace([(len(t.rstrip()), len(t), "")])
            continue
        spans = [(m.start(), m.end(), " ") for m in _SPACES.finditer(t)]
        if spans:
            ln.replace(spans)  # whitespace for whitespace: not recorded
        spans = [(m.start(), m.end(), "") for m in _ZERO_WIDTH.finditer(ln.text)]
        spans += [(m.start(), m.end(), "") for m in _BIDI.finditer(ln.text)]
        if spans:
            log.edit(ln, "invisible_character", spans)
        t = ln.text
        if t != t.rstrip():
            ln.replace([(len(t.rstrip()), len(t), "")])


Fix = Callable[[list[Line], RepairLog, Config], None]

#: The ordered list of fixes, each with the Config field that switches it on.
STEPS: tuple[tuple[str, Fix], ...] = (
    ("fix_mojibake", strip_terminal_escapes),
    ("fix_mojibake", fix_mojibake),
    ("unescape_html", unescape_html),
    ("remove_lost_chars", remove_lost_chars),
    ("tidy_whitespace", tidy_whitespace),
)


def repair_lines(lines: list[Line], log: RepairLog, config: Config) -> list[Line]:
    # To a fixpoint, so that repairing twice changes nothing: a later step can expose work
    # for an earlier one (a ZWSP or bidi control hiding a lost `?` from the detector; an NBSP
    # that kept ftfy from seeing `Ã©`). Later rounds run only on the lines the last one changed.
    # (A step may change lines outside the round's: the lost-character step judges the whole
    # dump again when its prior changed. Every round ends by removing characters or by
    # changing nothing, so it comes to rest; the bound is for safety.)
    todo = lines
    for _ in range(_ROUNDS):
        before = [ln.text for ln in lines]
        for flag, fix in STEPS:
            if getattr(config, flag):
                fix(todo, log, config)
        todo = [ln for ln, old in zip(lines, before) if ln.text != old]
        if not todo:
            break
    # (a repair can leave every line indented alike, as read_lines found none: an NBSP the
    # dump's lines open with, become a space; that indentation goes too, so that repairing
    # twice changes nothing)
    _dedent(lines, log)
    return lines


_ROUNDS = 8


def repair_text(text: str, config: Config | None = None) -> tuple[str, list[Repair]]:
    """Repair a whole text (no segmentation). Returns the text and the repairs, in order."""
    config = config or Config()
    log = RepairLog()
    lines = repair_lines(read_lines(text, log, config), log, config)
    return "\n".join(ln.text for ln in lines), log.sorted()
