"""HTML source saved as a dump: a scraper's raw HTML, "Save page as", a copied outerHTML.

When the dump *is* markup (:func:`is_markup`: most of its lines open with a tag, or it opens
with a doctype or ``<html>``), :func:`strip_markup` reads it with the standard library's HTML
parser and leaves the text a browser would show, one line per block:

* every tag and comment goes (rule ``html.markup``);
* what a browser does not show goes with its text: ``<script>``, ``<style>``, ``<head>``,
  ``<noscript>``, ``<template>``, ``<svg>``, and the copies LinkedIn writes for screen
  readers (``class="visually-hidden"``, ``sr-only``, the ``hidden`` attribute) (rule
  ``html.hidden``);
* a line is cut where a block starts or ends (``<div>``, ``<p>``, ``<li>``, ``<br>``…), so a
  post's paragraphs and a comment's header stay apart even where the source ran them
  together on one line.

Entities are left to the repair stage (``html_entity``), which decodes them in text of any
shape. Every removal is recorded on the line and column where it stood, as every repair is.
"""

from __future__ import annotations

from . import _re as re
from bisect import bisect_left, bisect_right
from html.parser import HTMLParser

from .repair import Line, RepairLog

# (matched at a line's first non-space character: no leading \s*, which a search would try at
# every character of a run of spaces)
_TAG_START = re.compile(r"<(?:[A-Za-z][\w:-]*|/[A-Za-z]|!--|!DOCTYPE)", re.I)
_DOC_START = re.compile(r"(?:<!DOCTYPE\s+html|<html[\s>])", re.I)
_WHOLE_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?>")

# what a browser does not show, with its content
_INVISIBLE = frozenset({"script", "style", "head", "noscript", "template", "svg", "title", "iframe"})
_HIDDEN_CLASSES = frozenset({"visually-hidden", "sr-only", "screen-reader-text", "a11y-text"})
# where a browser breaks the line
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "tr", "td", "th", "ul",
    "button",  # (a row of buttons: "Like", "Comment", each its own node, as a browser lays them out)
})
# a span right inside a list item (a comment's item) that its class names as one field of the
# comment's header — the author's name, headline or time — stands on a line of its own where
# only a space parts it from the next such span
# (``<li><span class="c-author">…</span> <span class="c-time">8 h</span>``); a class token of these
_FIELD_CLASS_WORDS = frozenset({"author", "name", "headline", "time", "timestamp", "date", "age"})
_FIELD_CLASS_SPLIT = re.compile(r"[-_]+")
_LISTS = frozenset({"ul", "ol"})  # (a reply's list nested in its comment's item: one level deeper)
_HOLDERS = frozenset({"article", "li", "section", "main", "ul", "ol", "blockquote", "figure"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr"})


def is_markup(lines: list[Line]) -> bool:
    """Is the dump HTML source (not text that mentions a tag or two)? It opens with a doctype
    or ``<html>``, or at least two thirds of its lines, and at least three, open with a tag."""
    content = [ln.text for ln in lines if ln.text.strip()]
    if not content or "<" not in content[0] and not any("<" in t for t in content[:20]):
        return False
    if _DOC_START.match(content[0].lstrip()):
        return True
    tagged = sum(1 for t in content if _TAG_START.match(t.lstrip()))
    if tagged * 3 < len(content) * 2:
        return False
    # (a minified page is one line or a few: then its tags, not its lines, tell)
    return tagged >= 3 or len(_WHOLE_TAG.findall("\n".join(content)[:20000])) >= 5


class _Reader(HTMLParser):
    """Offsets (in the joined text) of every tag and comment, of the spans a browser hides,
    and of the places where it breaks the line."""

    def __init__(self, starts: list[int]) -> None:
        super().__init__(convert_charrefs=False)
        self.starts = starts  # offset of each line's start in the joined text
        self.tags: list[tuple[int, int]] = []
        self.hidden: list[tuple[int, int]] = []
        self.cuts: list[int] = []
        self.lists: list[tuple[int, int]] = []  # (offset, list depth from there on)
        self._depth = 0
        self._stack: list[tuple[str, bool, int]] = []  # (tag, hides, start offset)
        self._navs = 0  # how many of them are <nav> (counted as they open and close, not looked for)
        # how many of them hold each tag name, and how many are _HOLDERS: an end tag with no
        # such tag open, and the test for a footer's holder, are answered without a walk of
        # the stack (a walk per tag: nesting times tags, on a page of unmatched end tags)
        self._open: dict[str, int] = {}
        self._holders = 0
        self._field_spans: list[tuple[int, int]] = []  # (stack index, start) of the open field spans
        self.fields: list[tuple[int, int]] = []  # (start, end) of the closed field spans
        self._text = ""

    def feed_text(self, text: str) -> None:
        self._text = text
        self.feed(text)
        self.close()
        for tag, hides, start in self._stack:  # never closed: hidden to the end
            if hides:
                self.hidden.append((start, len(text)))

    def _here(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def _tag_end(self, at: int) -> int:
        end = self._text.find(">", at)
        return len(self._text) if end < 0 else end + 1

    def _start_tag(self, tag: str) -> tuple[int, str]:
        """Note a start tag (and where it cuts the line); returns its offset and raw text."""
        at = self._here()
        raw = self.get_starttag_text() or ""
        end = at + len(raw) if raw else self._tag_end(at)
        self.tags.append((at, end))
        if tag in _BLOCKS or tag == "a" and self._in_nav():
            self.cuts += [at, end]
        return at, raw

    def _in_nav(self) -> bool:
        """Inside a ``<nav>``: its links are the menu's items, laid out apart ("Articles",
        "People"…), however the source runs them together."""
        return self._navs > 0

    def handle_starttag(self, tag, attrs):
        at, raw = self._start_tag(tag)
        if tag in _VOID or raw.rstrip().endswith("/>"):
            return
        classes = set()
        hidden_attr = False
        for k, v in attrs:
            if k == "class" and v:
                classes.update(v.split())
            elif k == "hidden":
                hidden_attr = True
        hides = tag in _INVISIBLE or bool(classes & _HIDDEN_CLASSES) or hidden_attr
        if tag == "span" and classes and not hides and self._stack and self._stack[-1][0] == "li" and any(
                w in _FIELD_CLASS_WORDS for c in classes for w in _FIELD_CLASS_SPLIT.split(c.lower())):
            self._field_spans.append((len(self._stack), at))
        # (the page's own footer, outside any article or list: a tool's or the site's, no post)
        hides = hides or tag == "footer" and not self._holders
        self._stack.append((tag, hides, at))
        self._open[tag] = self._open.get(tag, 0) + 1
        self._holders += tag in _HOLDERS
        self._navs += tag == "nav"
        if tag in _LISTS:
            self._depth += 1
            self.lists.append((at, self._depth))

    def handle_startendtag(self, tag, attrs):
        self._start_tag(tag)

    def handle_endtag(self, tag):
        at = self._here()
        end = self._tag_end(at)
        self.tags.append((at, end))
        if tag in _BLOCKS or tag == "a" and self._in_nav():
            self.cuts += [at, end]
        if not self._open.get(tag):
            return  # (an end tag with no start tag open: it closes nothing)
        for i in range(len(self._stack) - 1, -1, -1):  # (close what it closes, and what it skips)
            if self._stack[i][0] == tag:
                for t, hides, start in self._stack[i:]:
                    if hides:
                        self.hidden.append((start, end))
                    if t in _LISTS:
                        self._depth -= 1
                        self.lists.append((end, self._depth))
                    self._navs -= t == "nav"
                    self._open[t] -= 1
                    self._holders -= t in _HOLDERS
                while self._field_spans and self._field_spans[-1][0] >= i:
                    self.fields.append((self._field_spans.pop()[1], end))
                del self._stack[i:]
                break

    def _other(self, length_of) -> None:
        at = self._here()
        self.tags.append((at, at + length_of))

    def handle_comment(self, data):
        self._other(len(data) + 7)  # <!--data-->

    def handle_decl(self, decl):
        self._other(len(decl) + 3)  # <!decl>

    def handle_pi(self, data):
        self._other(len(data) + 2)  # <?data>

    def unknown_decl(self, data):
        self._other(len(data) + 5)  # <![data]>


def strip_markup(lines: list[Line], log: RepairLog) -> list[Line]:
    """The lines of a markup dump as the text a browser shows (see the module's docstring),
    every removal recorded. Lines are cut where blocks begin and end."""
    starts: list[int] = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    text = "\n".join(ln.text for ln in lines)
    reader = _Reader(starts)
    try:
        reader.feed_text(text)
    except (AssertionError, ValueError, IndexError):  # (the parser gave up: leave the text as it is)
        return lines
    # two field spans with nothing but a space between them: a browser's one line "Ana Lee
    # Engineer 8 h" that only the markup parts; cut between them (where a tool wrote a
    # separator, "Ana Lee · 8 h", the line is read as it shows)
    fields = sorted(reader.fields)
    for (_, a_end), (b_start, _) in zip(fields, fields[1:]):
        if a_end <= b_start and not text[a_end:b_start].strip():
            reader.cuts += [a_end, b_start]
    hidden = _merge(reader.hidden)
    removed = _subtract(_merge(reader.tags), hidden)  # (what a hidden span holds goes with it)
    out: list[Line] = []
    depth_at = [at for at, _ in reader.lists]
    # (each line's cuts and spans found by bisection: a look through all of them for each line
    # and each piece grew with the square of a page's blocks)
    all_cuts = sorted(set(reader.cuts))
    hidden_ends, removed_ends = [b for _, b in hidden], [b for _, b in removed]
    for ln, base in zip(lines, starts):
        end = base + len(ln.text)
        cuts = [c - base for c in all_cuts[bisect_right(all_cuts, base) : bisect_left(all_cuts, end)]]
        for piece, offset in _pieces(ln, cuts):
            lo, hi = base + offset, base + offset + len(piece.text)
            spans_h = _clip(hidden, lo, hi, hidden_ends)
            spans_t = _clip(removed, lo, hi, removed_ends)
            if spans_h:
                log.edit(piece, "html.hidden", [(a, b, "") for a, b in spans_h])
            if spans_t:
                # (offsets again: the hidden spans' removal shifted what follows them)
                shifted = [(_shift(a, spans_h), _shift(b, spans_h)) for a, b in spans_t]
                log.edit(piece, "html.markup", [(a, b, "") for a, b in shifted if a < b])
            if depth_at:
                k = bisect_right(depth_at, lo) - 1
                piece.depth = reader.lists[k][1] if k >= 0 else 0
            out.append(piece)
    return out


def _pieces(ln: Line, cuts: list[int]) -> list[tuple[Line, int]]:
    if not cuts:
        return [(ln, 0)]
    pieces = ln.split_at(cuts)
    out, offset = [], 0
    for p in pieces:
        out.append((p, offset))
        offset += len(p.text)
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _subtract(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` without what ``holes`` cover (both sorted and merged)."""
    out: list[tuple[int, int]] = []
    j = 0  # (the first hole not wholly before the span: both are sorted, the holes looked at once)
    for a, b in spans:
        while j < len(holes) and holes[j][1] <= a:
            j += 1
        for k in range(j, len(holes)):
            h0, h1 = holes[k]
            if h0 >= b:
                break
            if h0 > a:
                out.append((a, h0))
            a = max(a, h1)
            if a >= b:
                break
        if a < b:
            out.append((a, b))
    return out


def _clip(spans: list[tuple[int, int]], lo: int, hi: int, ends: list[int] | None = None) -> list[tuple[int, int]]:
    """The parts of ``spans`` (sorted, apart) inside ``[lo, hi)``, as offsets from ``lo``;
    ``ends``, the spans' ends, finds the first by bisection."""
    out = []
    for i in range(bisect_right(ends if ends is not None else [b for _, b in spans], lo), len(spans)):
        a, b = spans[i]
        if a >= hi:
            break
        if min(b, hi) > max(a, lo):
            out.append((max(a, lo) - lo, min(b, hi) - lo))
    return out


def _shift(x: int, removed: list[tuple[int, int]]) -> int:
    """Where offset ``x`` lands once the spans ``removed`` (not holding it) are gone."""
    return x - sum(b - a for a, b in removed if b <= x)
