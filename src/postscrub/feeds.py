"""Syndication feeds saved as a dump: an Atom feed (``<feed>``/``<entry>``) or an RSS feed
(``<rss>``/``<item>``) of a page's posts, as a feed generator (RSS-Bridge and the like) writes it.

Each entry is one record:

* its author is the entry's ``<author><name>`` (Atom), ``<dc:creator>`` or ``<author>`` (RSS);
* its body is the entry's ``<content>`` (or ``<content:encoded>``, ``<description>``,
  ``<summary>``), read as the HTML it holds — entity-escaped (``&lt;p&gt;``) or in a CDATA
  section — paragraphs and line breaks kept, its tags removed (rule ``feed.markup``), its
  entities decoded (rule ``html_entity``);
* the entry's ``<title>`` is the generator's truncation of the text, not a title (but an
  article's, its ``<link>`` a ``/pulse/`` one, is its title), and its ids, links and ISO
  dates name no age: all removed (rule ``feed.metadata``), as is the feed's own header (rule
  ``feed.header``).

Imported only for what opens like a feed; :func:`segment_feed` gives ``None`` (the dump is
read as any other markup) where the text is not a feed it can read.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from . import _re as re

from .document import Author, Record
from .repair import Line, RepairLog

_FEED_OPEN = re.compile(r"<(?:feed|rss|rdf:RDF)\b", re.I)
_ENTRY = re.compile(r"<(entry|item)\b[^>]*>(.*?)</\1\s*>", re.I | re.S)
# the element holding the post text, best first
_TEXT_TAGS = ("content:encoded", "content", "description", "summary")
_AUTHOR = re.compile(r"<author\b[^>]*>\s*<name\b[^>]*>(?P<a>.*?)</name\s*>|<dc:creator\b[^>]*>(?P<b>.*?)</dc:creator\s*>"
                     r"|<author\b[^>]*>(?P<c>[^<]*?)</author\s*>", re.I | re.S)
_CDATA_OPEN, _CDATA_CLOSE = "<![CDATA[", "]]>"
_ARTICLE_LINK = re.compile(r"<link\b[^>]*>\s*https?://[^<\s]*/pulse/|<link\b[^>]*href=\"https?://[^\"]*/pulse/", re.I)
_ESCAPED_TAG = re.compile(r"&lt;(/?)([A-Za-z][\w:-]*)(?:.*?)&gt;", re.S)
_RAW_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)(?:[^<>]*)>")
_ENTITY = re.compile(r"&(?:amp;)?(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]\w*);")
_PARAGRAPH = frozenset({"p", "div", "blockquote", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "section",
                        "article", "table"})
_LINE = frozenset({"br", "li", "tr", "hr"})


def may_be_feed(text: str) -> bool:
    """Does the text open like a feed (a cheap test on its head)?"""
    head = text[:2048]
    return ("<feed" in head or "<rss" in head or "<rdf:RDF" in head) and _FEED_OPEN.search(head) is not None


def _element(inner: str, tag: str) -> re.Match[str] | None:
    return re.search(rf"<{re.escape(tag)}\b([^>]*)>(.*?)</{re.escape(tag)}\s*>", inner, re.I | re.S)


def read_html(raw: str, base: int, escaped: bool, label: list, escapes: list) -> str:
    """The text of the HTML ``raw`` (starting at offset ``base`` of the dump): tags removed
    (labelled ``feed.markup``), entities decoded (added to ``escapes``), paragraphs kept as
    blank lines and line breaks as newlines. ``escaped``: the HTML is itself entity-escaped
    (a feed's ``type="html"``), so its tags read ``&lt;p&gt;`` and its entities ``&amp;amp;``."""
    tag_re = _ESCAPED_TAG if escaped else _RAW_TAG
    out: list[str] = []
    pos = 0

    def text_run(a: int, b: int) -> None:
        out.append(_decode_entities(raw[a:b], base + a, escaped, escapes, _one_space))
        for x in range(base + a, base + b):
            label[x] = None

    for m in tag_re.finditer(raw):
        text_run(pos, m.start())
        for x in range(base + m.start(), base + m.end()):
            label[x] = "feed.markup"
        name = m.group(2).lower()
        if name in _PARAGRAPH:
            out.append("\n\n")
        elif name in _LINE:
            out.append("\n")
        pos = m.end()
    text_run(pos, len(raw))
    text = "".join(out)
    text = "\n".join(ln.strip() for ln in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _one_space(run: str) -> str:
    return re.sub(r"\s+", " ", run)


def _decode_entities(seg: str, base: int, escaped: bool, escapes: list, between: Callable[[str], str] = str) -> str:
    """``seg`` with its entities decoded, each added to ``escapes`` at the dump's offset
    ``base`` as ``html_entity``: decoded twice where the text is escaped HTML (``escaped``) or
    the entity was escaped again ("&amp;amp;", "Harrow &amp;amp; Lowe"); a no-break space is a
    space. ``between``: what the text between the entities becomes (``str``: as it is)."""
    out: list[str] = []
    k = 0
    for m in _ENTITY.finditer(seg):
        out.append(between(seg[k:m.start()]))
        tok = m.group()
        dec = html.unescape(tok)
        if escaped or tok.startswith("&amp;"):
            dec = html.unescape(dec)
        dec = dec.replace("\xa0", " ")
        escapes.append((base + m.start(), base + m.end(), dec, "html_entity"))
        out.append(dec)
        k = m.end()
    out.append(between(seg[k:]))
    return "".join(out)


def segment_feed(lines: list[Line], log: RepairLog) -> list[Record] | None:
    """One record per entry of a feed (see the module's docstring); None where the text is
    not a feed with at least one entry holding text."""
    try:
        return _segment(lines, log)
    except (ValueError, IndexError, RecursionError):  # (never fail a dump: read it as markup)
        return None


def _segment(lines: list[Line], log: RepairLog) -> list[Record] | None:
    from .exports import LabelledText, _block, _text_fields

    text = "\n".join(ln.text for ln in lines)
    if not _FEED_OPEN.search(text[:4096]):
        return None
    entries = list(_ENTRY.finditer(text))
    if not entries:
        return None
    lt = LabelledText(lines, text, "feed.header")
    label = lt.label
    escapes: list[tuple] = []
    found: list[tuple[int, str, str | None, int, str | None]] = []  # (entry start, body, author, body offset, title)
    for e in entries:
        for x in range(e.start(), e.end()):
            label[x] = "feed.metadata"
        inner, ibase = e.group(2), e.start(2)
        body_m = None
        for tag in _TEXT_TAGS:
            body_m = _element(inner, tag)
            if body_m is not None and body_m.group(2).strip():
                break
            body_m = None
        if body_m is None:
            return None
        raw, rbase = body_m.group(2), ibase + body_m.start(2)
        attrs = body_m.group(1)
        escaped = "&lt;" in raw or "html" in attrs.lower()
        stripped = raw.strip()
        if stripped.startswith(_CDATA_OPEN) and stripped.endswith(_CDATA_CLOSE):
            a = raw.index(_CDATA_OPEN)
            b = raw.rindex(_CDATA_CLOSE)
            raw, rbase = raw[a + len(_CDATA_OPEN):b], rbase + a + len(_CDATA_OPEN)
            escaped = False
        body = read_html(raw, rbase, escaped, label, escapes)
        if not body:
            return None
        name = None
        # (the entry's own author element: one inside its text, quoted by a CDATA body or
        # left there by a cut tag, is the text's)
        am = next((m for m in _AUTHOR.finditer(inner) if m.end() <= body_m.start() or m.start() >= body_m.end()), None)
        if am is not None:
            g = next(k for k in ("a", "b", "c") if am.group(k) is not None)
            value = am.group(g)
            vbase = ibase + am.start(g)
            stripped_name = value.strip()
            if stripped_name.startswith(_CDATA_OPEN) and stripped_name.endswith(_CDATA_CLOSE):
                # (a name in a CDATA section, "<dc:creator><![CDATA[Ana Lee]]></dc:creator>": its
                # text, verbatim; the section's marks stay removed with the element)
                a = value.index(_CDATA_OPEN) + len(_CDATA_OPEN)
                vbase, value = vbase + a, value[a:value.rindex(_CDATA_CLOSE)]
                stripped_name = value.strip()
                cdata = True
            else:
                cdata = False
            if stripped_name and "<" not in stripped_name and len(stripped_name) <= 120:
                s = vbase + (len(value) - len(value.lstrip()))
                decoded: list = []
                if "&" in stripped_name and not cdata:  # (an XML-escaped name, "Smith &amp; Lowe": its entities decoded)
                    stripped_name = _decode_entities(stripped_name, s, False, decoded)
                if stripped_name.strip() and "<" not in stripped_name:  # (no name: "&#32;", "&lt;b&gt;")
                    for x in range(s, s + len(value.strip())):
                        label[x] = None
                    escapes += decoded
                    name = stripped_name
        title = None
        tm = _element(inner, "title") if _ARTICLE_LINK.search(inner) else None  # (RSS's <link>…</link>, Atom's href)
        if tm is not None:
            # an article's entry (its link a /pulse/ one): the title is the article's own
            value = tm.group(2)
            raw = value.strip()
            s0 = ibase + tm.start(2) + (len(value) - len(value.lstrip()))
            decoded = []
            t = _decode_entities(raw, s0, False, decoded) if "&" in raw else raw  # ("Tides &amp; timetables")
            if t.strip() and "<" not in t and len(raw) <= 300:
                for x in range(s0, s0 + len(raw)):
                    label[x] = None
                escapes += decoded
                title = t.strip()
        found.append((e.start(), body, name, rbase, title))
    out: list[Record] = []
    for start, body, name, rbase, title in found:
        rec = Record(shape="feed_export")
        rec.title = title
        rec.author = Author(name, None)
        _text_fields(rec, _block(body))
        rec.first_line = lt.line_at(start).no
        out.append(rec)
    lt.record(log, escapes)
    return out
