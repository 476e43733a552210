"""Dump shapes: recognise how a dump was made and bring it to one node per line.

Shapes (FIELD-NOTES §4), recorded in ``record.shape``:

- ``article``        title, author, bio, one paragraph a line, comments with glued ages (the seed)
- ``post_page``      a public post page, one UI node per line
- ``post_markdown``  the same page as Markdown (links with tracking parameters)
- ``clipper_markdown`` web-clipper Markdown with YAML front matter
- ``feed``           a feed copy: one or more cards (``Feed post number N``), doubled labels
- ``flattened``      a whole page on one line, every newline collapsed to a space
- ``comments_csv``   a CSV export of comments (or posts) with a header row
- ``scraper_field``  a bare post body from one scraper field
- ``plain``          text with no LinkedIn structure

Pre-normalisation that changes text (Markdown links to their text, front matter, doubled
labels) goes through the repair log like every other change.
"""

from __future__ import annotations

from . import _re as re
import unicodedata
import itertools
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from . import nodes, patterns
from .memo import line_memo
from .repair import Line, RepairLog

# --------------------------------------------------------------------------------------------
# YAML front matter


@dataclass(slots=True)
class FrontMatter:
    fields: dict[str, str] = field(default_factory=dict)
    #: where each value stands: key -> (line, start, end) of the value in ``line.text``
    where: dict[str, tuple[Line, int, int]] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    #: the clipping links to the article it was made from (a read-later export's "Read
    #: Original" link to a /pulse/ page under the heading), not under a front matter key
    pulse_link: bool = False
    #: the page is an outliner's (Logseq: ``key:: value`` properties, every block a ``- `` item)
    outline: bool = False
    #: the page is a read-later app's export with its own sections (Readwise: "## Metadata",
    #: "## Full Document", "## Highlights")
    export_sections: bool = False

    def get(self, *names: str) -> str | None:
        for n in names:
            v = self.fields.get(n)
            if v:
                return v
        return None

    def key_of(self, *names: str) -> str | None:
        return next((n for n in names if self.fields.get(n)), None)

    def names_article(self) -> bool:
        """The clipped page's address, under any label ("source", "URL", "Джерело"), is an
        article's (a /pulse/ one)."""
        return self.pulse_link or any("/pulse/" in v and v.lstrip("<").startswith("http") for v in self.fields.values())

    def finish(self, lines: list[Line], log: RepairLog, keep: tuple[str, ...] = ()) -> None:
        """Drop the block (recorded), except the values of ``keep`` keys, which a field
        took: only their YAML syntax is recorded as removed. The block's lines leave
        ``lines`` either way, so segmentation never sees them."""
        kept = {id(self.where[k][0]): (*self.where[k], self.fields.get(k)) for k in keep if k in self.where}
        for ln in self.lines:
            hit = kept.get(id(ln))
            if hit:
                _, a, b, v = hit
                t = ln.text
                if v and t[a:b] != v and v in t:  # (the line was edited since: a heading's "# " went)
                    a = t.index(v)
                    b = a + len(v)
                spans = [(x, y, "") for x, y in ((0, a), (b, len(t))) if t[x:y].strip()]
                if spans:
                    log.edit(ln, "markdown.front_matter", spans)
            else:
                log.drop_line(ln, "markdown.front_matter")
        ids = {id(ln) for ln in self.lines}
        lines[:] = [ln for ln in lines if id(ln) not in ids]
        self.lines = []


_BLOCK_SCALARS = frozenset(("|", ">", "|-", ">-", "|+", ">+"))
_FM_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def read_front_matter(lines: list[Line], log: RepairLog) -> FrontMatter:
    """``---`` … ``---`` at the top: read simple ``key: value`` pairs (and the first item of
    a YAML list). The block stays until :meth:`FrontMatter.finish` says which values a field
    took."""
    fm = FrontMatter()
    content = [i for i, ln in enumerate(lines) if ln.text.strip()]
    if content and _properties_table(lines, content, fm):
        return fm
    if content and "::" in lines[content[0]].text and _outline_properties(lines, content, fm):
        return fm
    if len(content) >= 5 and ":" in lines[content[1]].text and _properties_list(lines, content, fm):
        return fm
    block = _yaml_block(lines)
    if block is None:
        _export_metadata(lines, fm)
        return fm
    start, end = block
    last_key = None
    scalar = None  # a key whose value is a YAML block scalar ("title: |"): its first indented line
    for ln in lines[start + 1 : end]:
        raw = ln.text.strip()
        if scalar is not None:
            if raw and ln.text[:1] in " \t" and scalar not in fm.fields:
                _put(fm, scalar, ln, len(ln.text) - len(ln.text.lstrip()))
                continue
            scalar = None
        m = _FM_KEY.match(raw)
        if m and m.group(2).strip() in _BLOCK_SCALARS:
            last_key = scalar = m.group(1).lower()
        elif m:
            last_key = m.group(1).lower()
            _put(fm, last_key, ln, ln.text.index(m.group(2), ln.text.index(":")) if m.group(2) else None)
        elif raw.startswith("- ") and last_key and last_key not in fm.fields:
            # a YAML list: keep its first item ("author:\n  - \"[[Name]]\"")
            _put(fm, last_key, ln, ln.text.index("- ") + 2)
    fm.lines = lines[start : end + 1]
    _export_metadata(lines, fm)
    return fm


_EXPORT_HEADING = re.compile(r"#{1,3}[ \t]+(\S[^#\n]{0,40}?)[ \t#]*")
_EXPORT_ITEM = re.compile(r"[-*][ \t]+([^\W\d_][\w'’ .-]{0,30}?)[ \t]*:[ \t]+(\S.*)")


def _export_heading(text: str, kind: str) -> bool:
    m = _EXPORT_HEADING.fullmatch(text.strip()) if "#" in text else None
    return m is not None and m.group(1).strip().casefold() in {
        x.casefold() for x in patterns.READ_LATER_SECTIONS[kind]}


def _export_metadata(lines: list[Line], fm: FrontMatter) -> None:
    """A read-later app's export (Readwise's Markdown): under the page's ``# Title`` and its
    cover image, a ``## Metadata`` heading over two or more ``- Label: value`` items, one of
    them the saved page's address or author. The items are fields (a front matter's own
    values first); the heading and the list leave the text with the front matter, and the
    export's other sections are marked for :func:`drop_read_later_sections`."""
    ids = {id(ln) for ln in fm.lines}
    content = [i for i, ln in enumerate(lines[:400]) if ln.text.strip() and id(ln) not in ids]
    for n, i in enumerate(content[:8]):
        if not _export_heading(lines[i].text, "metadata"):
            continue
        items = []
        for j in content[n + 1:]:
            m = _EXPORT_ITEM.fullmatch(lines[j].text.strip())
            if m is None:
                break
            items.append((j, m))
        labels = {m.group(1).strip().casefold() for _, m in items}
        if len(items) < 2 or not labels & {"author", "url"}:
            return
        for j, m in items:
            label = m.group(1).strip().casefold()
            key = next((f for f, names in patterns.READ_LATER_FIELDS.items()
                        if label in {x.casefold() for x in names}), None)
            key = key or "property_" + re.sub(r"\W+", "_", label).strip("_")
            if key not in fm.fields:
                ln = lines[j]
                _put(fm, key, ln, ln.text.index(m.group(2), ln.text.index(m.group(1)) + len(m.group(1))))
        fm.lines = fm.lines + [lines[i]] + [lines[j] for j, _ in items]
        fm.export_sections = True
        return


def _yaml_block(lines: list[Line]) -> tuple[int, int] | None:
    """The ``---`` … ``---`` (or ``...``) block opening the text: the indexes of its two
    marks in ``lines``, or None."""
    start = next((i for i, ln in enumerate(lines) if ln.text.strip()), None)
    if start is None or lines[start].text.strip() != "---":
        return None
    return next(((start, i) for i in range(start + 1, min(len(lines), start + 80))
                 if lines[i].text.strip() in ("---", "...")), None)


_TABLE_ROW_HEAD = re.compile(r"\|?\s*([^|]{1,40}?)\s*\|\s*")


def _table_row(text: str) -> tuple[str, str] | None:
    """A two-column table's row (``text`` stripped): its first cell, and the rest without the
    row's closing pipe and the spaces before it. (Taken apart here, not by one pattern: a lazy
    value before "\\s*\\|?$" tried the spaces' run again at each of its characters, the square
    of a long run of spaces.)"""
    m = _TABLE_ROW_HEAD.match(text)
    if m is None:
        return None
    value = text[m.end():]
    if value.endswith("|"):
        value = value[:-1]
    return m.group(1), value.rstrip()


_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*\|\s*:?-{3,}:?\s*\|?$")


def _properties_table(lines: list[Line], content: list[int], fm: FrontMatter) -> bool:
    """A note app's page properties at the top (Notion's Markdown export): a ``# Page name``
    heading, then a two-column table (``Property | Value``, a ``--- | ---`` rule, one
    ``Key | value`` row a property). The heading names the clipping, not the post (no
    title); the rows are fields, like a YAML block's."""
    k = 0
    if _H1.match(lines[content[0]].text.strip()):
        k = 1
    if len(content) < k + 4 or not _TABLE_RULE.match(lines[content[k + 1]].text.strip()):
        return False
    if _table_row(lines[content[k]].text.strip()) is None:
        return False
    end = k + 2
    while end < len(content) and content[end] == content[end - 1] + 1:
        row = _table_row(lines[content[end]].text.strip())
        if row is None:
            break
        label, value = row
        ln = lines[content[end]]
        key = re.sub(r"\W+", "_", label.strip().lower()).strip("_")
        field = _note_property_field(label.strip(), value)
        if field is not None and field not in fm.fields:
            key = field  # ("Auteur", "작성자": the author's field in the note app's language)
        if key and value:
            at = ln.text.index(value, ln.text.index("|"))
            _put(fm, key, ln, at, at + len(value))  # (not the row's closing "|")
        end += 1
    if end == k + 2:
        return False
    if end < len(content) and lines[content[end]].text.strip() in ("---", "***", "___"):
        end += 1  # the page's rule under its properties
    if k:
        _clipped_article_title(lines[content[0]], fm)
    fm.lines = [lines[i] for i in content[:end]]
    return True


@lru_cache(maxsize=1)
def _note_property_labels() -> dict[str, str]:
    return {x.casefold(): f for f, names in patterns.NOTE_PROPERTY_FIELDS.items() for x in names}


def _note_property_field(label: str, value: str) -> str | None:
    """The post's field a property's label names (``patterns.NOTE_PROPERTY_FIELDS``), or None;
    a date label only where its value is an age ("3 дн.", not "2026-11-02")."""
    from .segment import parse_age

    field = _note_property_labels().get(label.casefold())
    if field == "age":
        a = parse_age(value.strip())
        if a is None or a.end < len(value.strip()):
            return None
    return field


_OUTLINE_PROPERTY = re.compile(r"([A-Za-z][\w-]{0,40})::[ \t]+(\S.*)")


def _outline_properties(lines: list[Line], content: list[int], fm: FrontMatter) -> bool:
    """An outliner's page properties (Logseq: ``title:: …``, ``author:: [[Name]]``, one a line
    from the first, two or more): fields, like a YAML block's; a key naming the author's
    headline ("author-headline") is the headline's. The page's blocks follow as ``- `` items
    (:func:`strip_outline`)."""
    k = 0
    while k < len(content) and (k == 0 or content[k] == content[k - 1] + 1):
        ln = lines[content[k]]
        m = _OUTLINE_PROPERTY.fullmatch(ln.text.strip())
        if m is None:
            break
        key = m.group(1).lower()
        if key.endswith(("-headline", "_headline")):
            key = "headline"
        if key not in fm.fields:
            _put(fm, key, ln, ln.text.index(m.group(2), ln.text.index("::") + 2))
        k += 1
    if k < 2 or not fm.fields:
        fm.fields.clear()
        fm.where.clear()
        return False
    fm.lines = [lines[i] for i in content[:k]]
    fm.outline = True
    return True


# an outliner's block marker: "- " after the block's indent (tabs, or spaces)
_OUTLINE_MARK = re.compile(r"([ \t]*)- (?=\S)")


def strip_outline(lines: list[Line], log: RepairLog) -> None:
    """An outliner page's block markers (``- `` after each block's indent) go (recorded as
    ``note.outline``); the indent stays, so a nested block keeps its depth. A block that is a
    comment's header (``- **Name** · headline · 2w``) keeps its marker: the note's comment
    list is read with it (:func:`note_sections`)."""
    for ln in lines:
        m = _OUTLINE_MARK.match(ln.text)
        if m is None or _NOTE_COMMENT_rx().fullmatch(ln.text):
            continue
        log.edit(ln, "note.outline", [(m.end(1), m.end(), "")])


def _clipped_article_title(h: Line, fm: FrontMatter) -> None:
    """The note's name over its properties (a ``# Page name`` heading or a bare first line) is
    the article's title where the clipped address is a /pulse/ one: the clipper named the page
    after the article's title."""
    if "title" in fm.fields or not fm.names_article():
        return
    t = h.text.strip()
    m = _H1.match(t)
    name = m.group(1) if m else t
    _put(fm, "title", h, h.text.index(name) if name in h.text else None)


# "Clipped from: https://…", "Notizbuch: Ideen": a note app's property line (a label of a
# few words, a colon, a value)
@lru_cache(maxsize=1)
def _PROPERTY_LINE_rx() -> re.Pattern[str]:
    return re.compile(r"([^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,3}) ?[:：]\s+(\S.*)")


@lru_cache(maxsize=1)
def _URL_VALUE_rx() -> re.Pattern[str]:
    return re.compile(r"<?https?://\S+>?")


def _properties_list(lines: list[Line], content: list[int], fm: FrontMatter) -> bool:
    """A clipping note's header (Evernote's "simplified article" export and the like): the
    note's title on the first line, then three ``Label: value`` lines or more, one of them
    the clipped page's address, then a blank line. The title names the note, not the post;
    the properties are fields, like a YAML block's (their labels in the note app's language,
    so no field takes them by name)."""
    first = content[0]
    if _PROPERTY_LINE_rx().fullmatch(lines[first].text.strip()):
        # (labels from the first line: a key-value export's, read elsewhere; or a note's
        # header with its name among the labels, closed by a rule)
        return _properties_ruled(lines, content, fm)
    k = 1
    url = False
    while k < len(content) and (content[k] == content[k - 1] + 1 or k == 1 and content[1] - first <= 2):
        m = _PROPERTY_LINE_rx().fullmatch(lines[content[k]].text.strip())
        if m is None:
            return False if k < 4 else _properties_end(lines, content, k, url, fm)
        url = url or bool(_URL_VALUE_rx().fullmatch(m.group(2).strip()))
        k += 1
    return _properties_end(lines, content, k, url, fm)


_NOTE_RULE_CHARS = frozenset("-─━_=*~")


def _properties_ruled(lines: list[Line], content: list[int], fm: FrontMatter) -> bool:
    """A note's header of ``Label: value`` lines from the first line on (Evernote's plain-text
    export: its name, the clipped address, the dates, the notebook), three or more in a row,
    one of them an address, then a blank line and a rule (``────``) over the clipped page.
    A key-value export has no such rule: its text follows its labels."""
    k = 0
    url = False
    while k < len(content) and (k == 0 or content[k] == content[k - 1] + 1):
        m = _PROPERTY_LINE_rx().fullmatch(lines[content[k]].text.strip())
        if m is None:
            break
        url = url or bool(_URL_VALUE_rx().fullmatch(m.group(2).strip()))
        k += 1
    if k < 3 or not url or k >= len(content) or content[k] == content[k - 1] + 1:
        return False
    rule = lines[content[k]].text.strip()
    if len(rule) < 3 or len(set(rule)) != 1 or rule[0] not in _NOTE_RULE_CHARS:
        return False
    _properties_put(lines, content[:k], fm)
    fm.lines = [lines[i] for i in content[:k + 1]]
    return bool(fm.fields)


def _properties_end(lines: list[Line], content: list[int], k: int, url: bool, fm: FrontMatter) -> bool:
    if k < 4 or not url or k >= len(content) or content[k] == content[k - 1] + 1:
        return False
    _properties_put(lines, content[1:k], fm)
    if k < len(content) and lines[content[k]].text.strip() in ("---", "***", "___"):
        k += 1  # the page's rule under its properties
    _clipped_article_title(lines[content[0]], fm)
    fm.lines = [lines[i] for i in content[:k]]
    return bool(fm.fields)


def _properties_put(lines: list[Line], at: list[int], fm: FrontMatter) -> None:
    for i in at:
        ln = lines[i]
        m = _PROPERTY_LINE_rx().fullmatch(ln.text.strip())
        label = m.group(1).strip().casefold()
        key = next((f for f, names in patterns.NOTE_PROPERTY_FIELDS.items()
                    if label in {x.casefold() for x in names}), None)
        key = key or "property_" + re.sub(r"\W+", "_", label).strip("_")
        _put(fm, key, ln, ln.text.index(m.group(2), ln.text.index(m.group(1)) + len(m.group(1))))


def _put(fm: FrontMatter, key: str, ln: Line, at: int | None, end: int | None = None) -> None:
    if at is None:
        return
    raw = ln.text[at:end].rstrip()
    v = _yaml_scalar(raw)
    if not v:
        return
    fm.fields[key] = v
    inner = raw.find(v)
    if inner >= 0 and (v == raw or raw[inner + len(v):].strip(" \"'[]|") == "" and "\\" not in raw):
        fm.where[key] = (ln, at + inner, at + inner + len(v))


def _yaml_scalar(v: str) -> str:
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        v = v[1:-1].replace('\\"', '"')
    if v.startswith("[[") and v.endswith("]]"):  # Obsidian link: [[Name]]
        v = v[2:-2].split("|")[-1]
    return v.strip()


_H1 = re.compile(r"^#\s+(\S.*)$")


def uses_markdown_headings(lines: list[Line]) -> bool:
    # (a heading opens with "#": only a line holding one is stripped and matched)
    return sum(1 for ln in lines[:300] if "#" in ln.text and re.match(r"^#{1,6}\s+\S", ln.text.strip())) >= 2


def drop_clipper_excerpt(lines: list[Line], log: RepairLog, skip: "FrontMatter") -> None:
    """A clipper's quoted excerpt near the top ("> ## Excerpt", "> the page's preview…",
    then a "---" rule): the clipper's summary of the page, not its text. Dropped, recorded
    as ``markdown.excerpt``."""
    ids = {id(ln) for ln in skip.lines}
    content = [ln for ln in lines if ln.text.strip() and id(ln) not in ids]
    for k, ln in enumerate(content[:3]):
        t = ln.text.strip()
        if not t.startswith(">") or t.lstrip("> #").strip() not in patterns.CLIPPER_EXCERPT_HEADINGS:
            continue
        end = k + 1
        while end < len(content) and content[end].text.lstrip().startswith(">"):
            end += 1
        if end < len(content) and content[end].text.strip() in ("---", "***", "___"):
            end += 1
        for x in content[k:end]:
            log.drop_line(x, "markdown.excerpt")
        return


def drop_read_later_sections(lines: list[Line], log: RepairLog, fm: FrontMatter) -> None:
    """A read-later export's own sections (:func:`_export_metadata` found its metadata list):
    the heading over the saved text ("## Full Document") goes, and the highlights section
    ("## Highlights" and its lines up to the next heading of its level or higher, or the end),
    which repeats sentences of the text, goes whole. Recorded as ``ui.read_later``."""
    if not fm.export_sections:
        return
    drop = False
    level = 0
    for ln in lines:
        t = ln.text.strip()
        head = len(t) - len(t.lstrip("#")) if t.startswith("#") and _EXPORT_HEADING.fullmatch(t) else 0
        if head and drop and head <= level:
            drop = False
        if head and _export_heading(t, "highlights"):
            drop, level = True, head
        if drop or head and _export_heading(t, "document"):
            if t:
                log.drop_line(ln, "ui.read_later")


def take_h1_title(lines: list[Line], log: RepairLog) -> str | None:
    """A Markdown ``# Title`` as the first content line of a document that uses Markdown
    headings. The ``#`` marker is recorded as removed."""
    content = [ln for ln in lines if ln.text.strip()]
    if not content:
        return None
    m = _H1.match(content[0].text.strip())
    if not m or not any(re.match(r"^#{2,6}\s+\S", ln.text.strip()) for ln in content[1:200]):
        return None
    ln = content[0]
    title = m.group(1).strip()
    lead = ln.text.index("#")
    log.edit(ln, "markdown.heading", [(lead, ln.text.index(title, lead), "")])
    return title


# --------------------------------------------------------------------------------------------
# Markdown

_MD_IMAGE_LINK = re.compile(r"\[!\[[^\[\]]*\]\([^()]*\)\s*\]\([^()\s]*\)")  # no opener inside a part: linear
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\s]*\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)")


def link_text(text: str) -> str:
    """``text`` as it reads, each Markdown link replaced by its visible text."""
    return _MD_LINK.sub(r"\1", text) if "](" in text else text


_MD_OPEN_IMAGE_LINK = re.compile(r"^\[!\[[^\]]*\]\(\)\s*$")
_LINK_TAIL = re.compile(r"\]\(((?:https?://|/)[^)\s]*)\)\s*$")


@dataclass(frozen=True, slots=True)
class Link:
    text: str  # the link's text as it now stands in the line
    url: str  # the target, LinkedIn's redirect undone
    line: int  # input line number

    @property
    def is_profile(self) -> bool:
        return bool(re.search(r"linkedin\.com/(?:in|company|school|showcase)/", self.url))

    @property
    def is_chrome(self) -> bool:
        """LinkedIn's own links: sign-up walls, login, hashtag feeds, tracking-only pages."""
        return bool(re.search(r"linkedin\.com/(?:signup|uas/|login|feed/hashtag|help/|legal/|"
                              r"accessibility|about|directory)|^/uas/|^/", self.url))


def unredirect(url: str) -> str:
    """``https://www.linkedin.com/redir/redirect?url=http%3A%2F%2Fx.io&…`` -> ``http://x.io``."""
    if "/redir/redirect" in url and "url=" in url:
        from urllib.parse import parse_qs, urlsplit

        target = parse_qs(urlsplit(url).query).get("url")
        if target:
            return target[0].replace("%2E", ".")
    return url


_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_HEADING = re.compile(r"^(\s*#{1,6}\s+)(?=\S)")
_MD_QUOTE = re.compile(r"^\s*>(?:[ \t]?>)*[ \t]?")


def flatten_markdown(lines: list[Line], log: RepairLog) -> list[Link]:
    """Links become their text (their targets are returned), images are dropped, heading
    markers and backslash escapes go (``### Name``, ``\\+ Follow``), all recorded."""
    links: list[Link] = []
    block = _yaml_block(lines)  # (its values are read as they stand: an age there keeps its marks)
    for k, ln in enumerate(lines):
        qm = _MD_QUOTE.match(ln.text)
        if qm:
            # "> text": a block quote (a reply quoted under the comment it answers); its marker
            # goes, and the line keeps the depth it stood at (its column in the input)
            if qm.end() == len(ln.text.rstrip()):
                log.drop_line(ln, "markdown.quote")
                continue
            log.edit(ln, "markdown.quote", [(0, qm.end(), "")])
            ln.quoted = True  # (a quoted comment header, "> **Name** · headline · 1d", is a reply)
        if "\\" in ln.text:
            esc = [(m.start(), m.start() + 1, "") for m in _MD_ESCAPE.finditer(ln.text)]
            if esc:
                log.edit(ln, "markdown.escape", esc)
        hm = _MD_HEADING.match(ln.text)
        if hm and "](" not in ln.text:
            log.edit(ln, "markdown.heading", [(hm.start(1), hm.end(1), "")])
        if (ln.text.rstrip()[-1:] in ("*", "_") or ln.text.lstrip()[:1] in ("*", "_")) \
                and not (block and block[0] < k < block[1]):
            _italic_age(ln, log)
    for ln in lines:
        if "**" in ln.text[:12] and ln.text.lstrip()[:1] in ("-", "*", "+"):
            _comment_list_marker(ln, log)
    for ln in lines:
        t = ln.text
        if "](" not in t and "![" not in t and "[" not in t:
            continue
        spans: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        for m in _MD_IMAGE_LINK.finditer(t):
            spans.append((m.start(), m.end(), ""))
            taken.append(m.span())
        for m in _MD_IMAGE.finditer(t):
            if free(*m.span()):
                spans.append((m.start(), m.end(), ""))
                taken.append(m.span())
        if spans:
            log.edit(ln, "markdown.image", spans)
            spans = []
            taken = []
            t = ln.text
            if t.strip() in ("-", "*", "+"):  # ("- ![photo](…)": a list item that held an image alone)
                log.drop_line(ln, "markdown.image")
                continue
        lm = re.match(r"^(\s*[-*+]\s+)\[", t)
        if lm:  # "- [Name](…)": the list marker is page syntax, not text
            spans.append((lm.start(1), lm.end(1), ""))
        hm = re.match(r"^(\s*#{1,6}\s+)\S", t)
        if hm:  # "### [Title](…)": a heading marker on a link line is page syntax too
            spans.append((hm.start(1), hm.end(1), ""))
        for m in _MD_LINK.finditer(t):
            url = m.group(2)
            if url and not url.startswith("#") and m.group(1).strip():
                links.append(Link(m.group(1).strip(), unredirect(url), ln.no))
            # keep the link text in place: remove "[" and "](url)"
            spans.append((m.start(), m.start() + 1, ""))
            spans.append((m.start(1) + len(m.group(1)), m.end(), ""))
        if spans:
            log.edit(ln, "markdown.link", spans)
        # the tail of a link whose "[" opened on an earlier line: "104](https://…)"
        m = _LINK_TAIL.search(ln.text)
        if m and "[" not in ln.text[: m.start()]:
            log.edit(ln, "markdown.link", [(m.start(), m.end(), "")])
        if _MD_OPEN_IMAGE_LINK.match(ln.text) or ln.text.strip() in ("[", "]()", "[![]()", "![]()"):
            log.drop_line(ln, "markdown.image")
    return links


# an age in italics (or bold), alone on its line or closing a header's parts: "*2 w • Edited*",
# "**Ana Lee** · CTO · *3d*", "_1 sem._"
_MD_EMPHASIS_TAIL = re.compile(r"(?:^|(?<=[·•|]))\s*(\*{1,2}|_{1,2})(?![*_\s])([^*_\n]{1,40}?)(?<![\s*_])\1\s*$")


# the same emphasis opening an age line, its marks after it: "**2d** · 🌐", "*3 w* • Edited"
_MD_EMPHASIS_HEAD = re.compile(r"\s*(\*{1,2}|_{1,2})(?![*_\s])([^*_\n]{1,40}?)(?<![\s*_])\1(?=\s*[·•])")


def _italic_age(ln: Line, log: RepairLog) -> None:
    """The emphasis around an age goes (``markdown.emphasis``): an export sets the post's age
    line, or the age closing a comment's header, in italics (or in bold, its marks after it:
    "**2d** · 🌐"); read as it is, no age is found and the line stays in the text."""
    from .segment import parse_age

    m = _MD_EMPHASIS_TAIL.search(ln.text)
    if m is None:
        m = _MD_EMPHASIS_HEAD.match(ln.text)
        if m is None or len(ln.text) > 80:
            return
        a = parse_age(m.group(2) + ln.text[m.end():])  # (the whole line, its marks kept, is the age)
        if a is None or a.end < len(m.group(2)):
            return
        log.edit(ln, "markdown.emphasis", [(m.start(1), m.end(1), ""), (m.end(2), m.end(2) + len(m.group(1)), "")])
        return
    if parse_age(m.group(2)) is not None:
        log.edit(ln, "markdown.emphasis", [(m.start(1), m.end(1), ""), (m.end(2), m.end(2) + len(m.group(1)), "")])


_MD_BOLD_ITEM = re.compile(r"(\s*)([-*+][ \t]+)(?=\*\*[^*\s])")


def _comment_list_marker(ln: Line, log: RepairLog) -> None:
    """A comment written as a list item, its header in bold ("- **Ana Lee** (CTO) · 2d", the
    text indented under it): the item's marker is page syntax (``markdown.list``); the
    indentation stays (a deeper item is a reply). Only where the rest of the line reads as a
    comment's one-line header (a name, a headline, an age)."""
    from .segment import inline_comment_head

    m = _MD_BOLD_ITEM.match(ln.text)
    if m and inline_comment_head(m.group(1) + ln.text[m.end():]) is not None:
        log.edit(ln, "markdown.list", [(m.start(2), m.end(2), "")])


def is_markdown(lines: list[Line]) -> bool:
    """Three Markdown links or images, or a heading that is a link ("## [Ana Lee](…)", the
    name of a short post's header, which may hold no other link)."""
    sample = "\n".join(ln.text for ln in lines[:400])
    links = len(_MD_LINK.findall(sample)) + len(_MD_IMAGE.findall(sample))
    return links >= 3 or (links >= 1 and (any(
        ln.text[:1] in ("#", "[") and _MD_LINK_HEADING.fullmatch(ln.text.strip()) for ln in lines[:400])
        or uses_markdown_headings(lines)))


# (a heading that is a link, or a profile's link alone on its line: a byline, "[Ana Lee](…/in/ana-lee)")
_MD_LINK_HEADING = re.compile(r"#{1,6}\s+\[[^\]\n]{1,120}\]\([^)\s]{4,500}\)"
                              r"|\[[^\]\n]{1,120}\]\((?:https?://)?(?:[\w-]{1,63}\.)?linkedin\.com/in/[^)\s]{1,300}\)")


# --------------------------------------------------------------------------------------------
# Recognition


@lru_cache(maxsize=1)
def _a11y_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    text = re.compile(r"\s*(?:" + nodes.alternation(patterns.A11Y_TEXT_ROLES) + r"),\s*(?:(?:" + patterns.HASHTAG_LABEL
                      + r")\s+(?=#[^\W_]))?", re.I)
    other = re.compile(r"\s*(?:" + nodes.alternation(patterns.A11Y_OTHER_ROLES) + r")(?:,.*)?\s*", re.I)
    struct = re.compile(r"\s*(?:" + "|".join(patterns.A11Y_STRUCTURE_LINES) + r")\s*", re.I)
    control = re.compile(r"\s*(?:" + nodes.alternation(patterns.A11Y_CONTROL_ROLES) + r"),\s*", re.I)
    return text, other, struct, control


# A terminal tool's output: box-drawing gutters and rules around its panels, the shell prompt
# that ran it and the tool's own status and hint lines
_BOX_GUTTER = re.compile(r"([ \t]*)([┌└├│┃╭╰║╔╚╠┆┊])(?:[ \t]|$)")
_BOX_TAIL = re.compile(r"[ \t]+[┐┘┤│┃╮╯║╗╝╣]$")
_BOX_RULE = re.compile(r"[ \t]*[─━═┄┈╌┌┐└┘├┤┬┴┼╭╮╰╯╔╗╚╝╠╣╦╩╬]{3,}[ \t]*")
# a prompt names where it runs ("me@box:~$", "~/work$", "user@host:/srv#") or is the bare mark
# before a command ("$ tool …", "% python …", "❯ …"); a word or a number before "$" or "%" is a
# currency or a share ("R$ 40 mil", "US$ 2M", "100% of…"), and a "#" alone a Markdown heading
_SHELL_PROMPT = re.compile(r"[ \t]*(?:[\w.-]{0,40}[@~:/][\w.@~:/-]{0,60}[$%#❯➜][ \t]|[$%❯➜][ \t](?=[^\d\s])|>>>[ \t]"
                           r"|PS [A-Z]:\\[^>\n]{0,80}>[ \t]?)\S.*"
                           r"|[ \t]*[$%❯➜][ \t]*")
# a status line the command printed before its output: a progress mark, a timing
_TOOL_STATUS = re.compile(r".{0,80}?(?:…|\.\.\.|\(\d+(?:[.,]\d+)?\s?m?s\)|\[\d+/\d+\]|\d{1,3}\s?%)\s*\S{0,20}.{0,40}")
_CLI_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]{1,40}\b")


def strip_terminal(lines: list[Line], log: RepairLog) -> None:
    """A terminal tool's output, as copied from the terminal: the box-drawing gutters of its
    panels (``│ headline``, ``┌ Name``) cut off the lines they frame, its rules of box
    characters dropped (``ui.box``); a shell prompt first (``$ tool show URL``) and its
    status lines up to the output (``Fetching… done (1.2s)``), the prompt left at the end, and
    a hint naming one of the tool's options (``Use --all to …``) dropped (``ui.terminal``)."""
    gutters = [ln for ln in lines if _BOX_GUTTER.match(ln.text)]
    if len(gutters) >= 2:
        for ln in lines:
            if _BOX_RULE.fullmatch(ln.text):
                log.drop_line(ln, "ui.box")
                continue
            m = _BOX_GUTTER.match(ln.text)
            if m is None:
                continue
            spans = [(m.start(2), min(m.end(), len(ln.text)), "")]
            t = _BOX_TAIL.search(ln.text)
            if t is not None and t.start() > m.end():
                spans.append((t.start(), t.end(), ""))
            log.edit(ln, "ui.box", spans)
    content = [ln for ln in lines if ln.text.strip()]
    if not content or not _SHELL_PROMPT.fullmatch(content[0].text) or content[0].text.lstrip()[:1].isalpha() \
            and not re.match(r"[ \t]*[\w.@~:/-]{0,60}[$%#❯➜][ \t]", content[0].text):
        return
    first = content[0]
    log.drop_line(first, "ui.terminal")
    k = lines.index(first) + 1
    while k < len(lines) and lines[k].text.strip() and _TOOL_STATUS.fullmatch(lines[k].text.strip()):
        log.drop_line(lines[k], "ui.terminal")
        k += 1
    rest = [ln for ln in lines if ln.text.strip()]
    if rest and len(rest[-1].text.strip()) <= 2 and _SHELL_PROMPT.fullmatch(rest[-1].text):
        log.drop_line(rest[-1], "ui.terminal")
        rest.pop()
    if rest and not rest[-1].text[:1].isspace() and len(rest[-1].text) <= 120 and _CLI_OPTION.search(rest[-1].text):
        log.drop_line(rest[-1], "ui.terminal")


# A text browser's dump (lynx -dump, elinks, w3m with link numbers): a "[12]" before each link's
# text, and the links' targets listed at the end under a heading ("References", "Visible links")
_REF_ITEM = re.compile(r"[ \t]{0,8}\d{1,4}\.[ \t]++[a-z][a-z0-9+.-]{1,15}:\S*+[ \t]*")
_REF_HEADING = re.compile(r"[^\W\d_][^\W\d_ ]{0,20}(?: [^\W\d_]{1,20}){0,2}:?[ \t]*")
_REF_MARK = re.compile(r"\[\d{1,4}\](?=\S)")


def may_hold_link_references(text: str) -> bool:
    """Does the text end with a numbered link target ("  33. https://…"), as a text browser's
    dump with its reference list does? (A cheap test on the last line.)"""
    tail = text.rstrip()
    return _REF_ITEM.fullmatch(tail[tail.rfind("\n") + 1:]) is not None


def strip_link_references(lines: list[Line], log: RepairLog) -> bool:
    """A text browser's dump with its reference list: the list at the end (a heading line at the
    margin, then numbered link targets, two or more, and their sub-headings: "Visible links",
    "Hidden links:") dropped, and the link numbers glued before the links' texts above it
    ("[10]Ana Lee", "[13]#AI", two or more) cut off, all as ``ui.link_refs``. True when the
    dump was one."""
    k = len(lines)
    items = 0
    while k > 0:
        t = lines[k - 1].text
        if not t.strip() or _REF_ITEM.fullmatch(t):
            items += bool(t.strip())
            k -= 1
        elif t[:1].isspace() and _REF_HEADING.fullmatch(t.strip()):
            k -= 1  # (a sub-heading of the list, indented)
        else:
            break
    if items < 2 or k == 0 or not _REF_HEADING.fullmatch(lines[k - 1].text):
        return False
    marked = [(ln, spans) for ln in lines[:k - 1] if "[" in ln.text
              and (spans := [(m.start(), m.end(), "") for m in _REF_MARK.finditer(ln.text)])]
    if sum(len(spans) for _, spans in marked) < 2:
        return False  # (a post's own numbered list of sources: no link numbers above it)
    for ln in lines[k - 1:]:
        if ln.text.strip():
            log.drop_line(ln, "ui.link_refs")
    for ln, spans in marked:
        log.edit(ln, "ui.link_refs", spans)
    return True


# a link's target written after its text in angle brackets, as a browser's "Save as text" or a
# mail client's plain-text part writes links ("Ana Lee <https://…/in/ana-lee>", "12 <#>")
_ANGLE_TARGET = re.compile(r"[ \t]?<(?:[a-z][a-z0-9+.-]{1,15}://[^\s<>]{0,2000}+|#[^\s<>]{0,200}+)>")


def may_hold_angle_targets(text: str) -> bool:
    """Are there three links or more written as "text <URL>"? (A cheap count first.)"""
    return text.count(" <http") + text.count(" <#") >= 3


def strip_angle_targets(lines: list[Line], log: RepairLog) -> bool:
    """Links written as their text then their target in angle brackets ("Ana Lee
    <https://…>", "#AI <https://…/hashtag/ai>", "Skip to main content <#main-content>"), as
    Firefox's "Save Page As… Text" and mail clients' plain-text parts write them: the
    targets are no text of the page (``ui.link_target``), the links' texts stay. Only where
    three or more are written so. True when any was cut."""
    found = [(ln, spans) for ln in lines if "<" in ln.text
             and (spans := [(m.start(), m.end(), "") for m in _ANGLE_TARGET.finditer(ln.text)])]
    if sum(len(sp) for _, sp in found) < 3:
        return False
    for ln, spans in found:
        log.edit(ln, "ui.link_target", spans)
    return True


def strip_a11y_roles(lines: list[Line], log: RepairLog) -> bool:
    """A screen reader's element list (most lines open with a role: "text, …", "link, …",
    "button, …"): the role before the text of a text or link element is cut off (with the
    "hashtag" label of a tag's link), every other element's line (buttons, images, lists,
    regions, "end of list") is dropped, all as ``a11y.role``. True when the dump was one."""
    content = [ln for ln in lines if ln.text.strip()]
    if len(content) < 10 or sum(", " in ln.text[:20] for ln in content[:20]) < 5:
        # (such a list opens most lines with "role, ": a quick look first; a speech log's
        # first line opens with a role and a space)
        if len(content) >= 10 and (content[0].text.lstrip().startswith(_SPOKEN_FIRST)
                                   or _spoken_regexes()[2].fullmatch(content[0].text)):
            # (or with a structure line: the landmark the reader entered, "main landmark")
            return _strip_spoken_roles(content, log)
        if len(content) >= 10 and any("  " in ln.text.strip() for ln in content[:3]):
            return _strip_spoken_parts(content, log)  # (a speech viewer's parts, two spaces apart)
        return False
    text_rx, other_rx, struct_rx, control_rx = _a11y_regexes()
    chain_rx, after_rx = _a11y_chain_regexes()
    roled = sum(1 for ln in content if text_rx.match(ln.text) or other_rx.fullmatch(ln.text)
                or struct_rx.fullmatch(ln.text))
    # (a reader in browse mode speaks the roles of links and controls, not of plain text: a
    # third of the lines and a dozen open with a role, three controls among them)
    if roled < 0.6 * len(content) and not (roled >= 12 and 3 * roled >= len(content) and sum(
            1 for ln in content if control_rx.match(ln.text)) >= 3):
        return False
    for ln in content:
        chain = chain_rx.match(ln.text)
        if chain is not None:
            # "list item, link, Ana Lee", "list item level 2, link, …": the item's role (its
            # level: how deep a reply stands) before the element's own, cut off with it
            level = chain.group("level")
            ln.depth = int(level) if level else 1
        at = chain.end() if chain is not None else 0
        tm = text_rx.match(ln.text, at)
        m = tm or control_rx.match(ln.text, at)
        if m is None and len(ln.text) <= 120 and (tail := after_rx.search(ln.text)) is not None:
            # the role after the element's name, as some readers speak it ("Skip to main
            # content, link", "Main content, landmark"): a link's name kept, any other dropped
            if tail.group("text"):
                log.edit(ln, "a11y.role", [(tail.start(), tail.end(), "")])
            else:
                log.drop_line(ln, "a11y.role")
            continue
        if m and m.end() < len(ln.text.rstrip()):
            if tm is None and nodes.classify(ln.text[m.end():].strip()).kind == nodes.TEXT:
                # a control's own label: its first words may be a button of the page ("Reply to
                # Ana Lee’s comment" is the comment's Reply), kept; else it is dropped whole
                label = ln.text[m.end():].rstrip()
                words = label.split(" ")
                keep = next((k for k in (3, 2, 1) if len(words) > k
                             and nodes.classify(" ".join(words[:k])).kind == nodes.ACTION), 0)
                if keep:
                    cut = m.end() + len(" ".join(words[:keep]))
                    log.edit(ln, "a11y.role", [(0 if at else m.start(), m.end(), ""), (cut, len(ln.text.rstrip()), "")])
                else:
                    log.drop_line(ln, "a11y.role")
                continue
            # (a control that is a UI string of the page, "31 comments", "Comment", stays for
            # the page's reading, which knows it)
            log.edit(ln, "a11y.role", [(0 if at else m.start(), m.end(), "")])
            if struct_rx.fullmatch(ln.text):
                log.drop_line(ln, "a11y.role")
        elif m or other_rx.fullmatch(ln.text) or struct_rx.fullmatch(ln.text):
            log.drop_line(ln, "a11y.role")
    return True


@lru_cache(maxsize=1)
def _a11y_chain_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A container's role before an element's own ("list item, link, Ana Lee", "list item
    level 2, button, Like"), its level caught; and the role after the element's name, last on
    the line ("Skip to main content, link", "Main content, landmark"), a text role caught."""
    inner = nodes.alternation(patterns.A11Y_TEXT_ROLES + patterns.A11Y_CONTROL_ROLES)
    chain = re.compile(r"\s*(?:(?:" + nodes.alternation(patterns.A11Y_OTHER_ROLES) + r")(?:\s+level\s+(?P<level>\d{1,2}))?,\s*)"
                       r"{1,3}(?=(?:" + inner + r"),)", re.I)
    after = re.compile(r",\s*(?:(?P<text>" + nodes.alternation(patterns.A11Y_TEXT_ROLES) + r")|(?:"
                       + nodes.alternation(patterns.A11Y_OTHER_ROLES) + r"))\s*$", re.I)
    return chain, after


# a node of an accessibility tree: its indentation, role, quoted name and properties
# ("  button \"Like\" pressed=false", "- heading \"Title\" [level=1]:")
_TREE_NODE = re.compile(r'([ \t]*+)(?:- )?([A-Za-z][A-Za-z ]{0,30}?) "((?:[^"\\\n]|\\.)*+)"'
                        r'(?:[ \t]++\[?[\w-]{1,30}(?:=[^\s\]]{0,80})?\]?)*+:?[ \t]*')
# Playwright's unnamed node, its text after a colon ("- paragraph: …", "- text: 3 d", "- main:",
# "- /url: https://…")
_TREE_VALUE = re.compile(r'([ \t]*+)- (/?[a-z][a-zA-Z]{0,30})(?: \[[^\]\n]{0,80}\])*+:(?:[ \t]++(.*+))?')


@lru_cache(maxsize=1)
def _tree_value_roles() -> frozenset[str]:
    """The roles an unnamed node may have: the accessibility tables' and Playwright's "/url"."""
    return frozenset(patterns.A11Y_TREE_TEXT_ROLES + patterns.A11Y_TREE_ROOT_ROLES + patterns.A11Y_TEXT_ROLES
                     + patterns.A11Y_CONTROL_ROLES + patterns.A11Y_OTHER_ROLES + ("/url",))


def _tree_value(text: str) -> re.Match[str] | None:
    """An unnamed node ("- paragraph: …") whose role is a role of the accessibility tables: a
    Markdown or YAML list line ("- note: buy item 1 today.") is none."""
    m = _TREE_VALUE.fullmatch(text)
    return m if m is not None and m.group(2) in _tree_value_roles() else None


def may_be_role_tree(first: str) -> bool:
    """Does the first line look like an accessibility tree's node ("RootWebArea \"…\"", "- main:")?"""
    return (' "' in first[:40] or first[:2] == "- ") and (_TREE_NODE.fullmatch(first) or _tree_value(first)) is not None


def strip_role_tree(lines: list[Line], log: RepairLog) -> bool:
    """A browser's accessibility tree as a developer or test tool prints it (most lines, and
    eight, a node: ``role "name" properties``; ``patterns.A11Y_TREE_*``): the name of a text
    node kept without its role, quotes and properties; a node whose name repeats its parent's
    (a link's text inside the link), the page's own node (its title), unnamed nodes and every
    other node dropped; a control's name kept where it is a UI string of the page, as in an
    element list. All as ``a11y.role``. True when the dump was one."""
    content = [ln for ln in lines if ln.text.strip()]
    hits = [_TREE_NODE.fullmatch(ln.text) or _tree_value(ln.text) for ln in content]
    roled = sum(1 for h in hits if h is not None)
    if roled < 8 or roled < 0.6 * len(content):
        return False
    text_roles = frozenset(patterns.A11Y_TREE_TEXT_ROLES) | frozenset(patterns.A11Y_TEXT_ROLES)
    roots = frozenset(patterns.A11Y_TREE_ROOT_ROLES)
    controls = frozenset(patterns.A11Y_CONTROL_ROLES)
    parents: list[tuple[int, str]] = []  # (indentation, name) of the open nodes above
    for ln, m in zip(content, hits):
        if m is None:
            continue
        depth, role, name = len(m.group(1)), m.group(2), (m.group(3) or "").strip()
        while parents and parents[-1][0] >= depth:
            parents.pop()
        repeats = bool(parents) and parents[-1][1] == name
        parents.append((depth, name))
        if not name or repeats or role in roots:
            log.drop_line(ln, "a11y.role")
        elif role in text_roles or (role in controls and nodes.classify(name).kind != nodes.TEXT):
            log.edit(ln, "a11y.role", [(0, m.start(3), ""), (m.end(3), len(ln.text), "")])
        else:
            log.drop_line(ln, "a11y.role")
    return True


_SPOKEN_FIRST = tuple(r + " " for r in patterns.A11Y_SPOKEN_TEXT_ROLES + patterns.A11Y_SPOKEN_CONTROL_ROLES) + (
    "heading ", "kop ", "Überschrift ", "titre ", "encabezado ", "intestazione ")


@lru_cache(maxsize=1)
def _spoken_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    text = re.compile(r"\s*(?:" + nodes.alternation(patterns.A11Y_SPOKEN_TEXT_ROLES) + r")\s+(?:(?:" + patterns.HASHTAG_LABEL
                      + r")\s+(?=#[^\W_]))?(?=\S)")
    control = re.compile(r"\s*(?:" + nodes.alternation(patterns.A11Y_SPOKEN_CONTROL_ROLES) + r")(?:,\s*[^\W\d_][\w ]{0,30}:\s*\w+)?\s+(?=\S)")
    struct = re.compile(r"\s*(?:" + "|".join(patterns.A11Y_SPOKEN_STRUCTURE) + r")\s*", re.I)
    return text, control, struct


@lru_cache(maxsize=1)
def _spoken_inline_tag_rx() -> re.Pattern[str]:
    """The text role spoken again inside a line before each further tag's link ("link #A link
    #B", "lien hashtag#A lien hashtag#B"): the reader reads a row of links as one line."""
    return re.compile(r"(?<=\s)(?:" + nodes.alternation(patterns.A11Y_SPOKEN_TEXT_ROLES) + r")[ \t]++(?=(?:(?:"
                      + patterns.HASHTAG_LABEL + r")[ \t]?)?#[^\W_])")


def _strip_spoken_roles(content: list[Line], log: RepairLog) -> bool:
    """A screen reader's speech log (roles spoken before the text with no comma, plain text
    lines between; ``patterns.A11Y_SPOKEN_*``): roles cut off as ``a11y.role`` as in an
    element list. Only where at least a third of the lines, and eight, open with a role."""
    text_rx, control_rx, struct_rx = _spoken_regexes()
    hits = [(text_rx.match(ln.text), control_rx.match(ln.text), struct_rx.fullmatch(ln.text)) for ln in content]
    roled = sum(1 for h in hits if any(h))
    if roled < 8 or roled * 3 < len(content):
        return False
    for ln, (tm, cm, sm) in zip(content, hits):
        if sm is not None:
            log.drop_line(ln, "a11y.role")
        elif tm is not None:
            spans = [(tm.start(), tm.end(), "")]
            if "#" in ln.text:  # (the role again before each further tag of the line)
                spans += [(m.start(), m.end(), "") for m in _spoken_inline_tag_rx().finditer(ln.text, tm.end())]
            log.edit(ln, "a11y.role", spans)
            if struct_rx.fullmatch(ln.text):
                log.drop_line(ln, "a11y.role")
        elif cm is not None:
            label = ln.text[cm.end():].strip()
            if nodes.classify(label).kind == nodes.TEXT:
                log.drop_line(ln, "a11y.role")  # (a control's own label: no text of the page)
            else:
                log.edit(ln, "a11y.role", [(cm.start(), cm.end(), "")])
    return True


_PART_GAP = re.compile(r" {2,}")


@lru_cache(maxsize=1)
def _spoken_part() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(patterns.A11Y_SPOKEN_PARTS + patterns.A11Y_SPOKEN_DOCUMENT_PARTS) + ")")


def _spoken_parts(text: str) -> list[tuple[int, int, bool]] | None:
    """The parts of a speech viewer's line, two spaces apart: (start, end, is a role or
    state) each; None when none is a role (a line of the page's text)."""
    t = text.rstrip()
    if len(t) > 2000:
        return None
    at = len(t) - len(t.lstrip())
    parts, any_role = [], False
    rx = _spoken_part()
    for m in _PART_GAP.finditer(t, at):
        if m.start() > at:
            role = rx.fullmatch(t, at, m.start()) is not None
            any_role = any_role or role
            parts.append((at, m.start(), role))
        at = m.end()
    if at < len(t):
        role = rx.fullmatch(t, at, len(t)) is not None
        any_role = any_role or role
        parts.append((at, len(t), role))
    return parts if any_role else None


def _strip_spoken_parts(content: list[Line], log: RepairLog) -> bool:
    """A speech viewer's log whose lines hold an utterance's parts two spaces apart, the role
    after the name or before it ("Follow  button", "heading  level 2  Results", "Ana Lee  link";
    ``patterns.A11Y_SPOKEN_PARTS``): the role and state parts cut off as ``a11y.role``, a line
    of them alone dropped, a control whose label is no UI string dropped whole, as is the
    page's title the "document" part announces. Only where, among the first 60 lines, eight and
    a third hold a role part, and three of them beside other parts."""
    sample = [_spoken_parts(ln.text) for ln in content[:60]]
    roled = [p for p in sample if p is not None]
    if len(roled) < 8 or len(roled) * 3 < len(sample) or sum(1 for p in roled if len(p) > 1) < 3:
        return False
    controls = frozenset(patterns.A11Y_SPOKEN_CONTROL_ROLES)
    documents = frozenset(patterns.A11Y_SPOKEN_DOCUMENT_PARTS)
    for k, ln in enumerate(content):
        parts = sample[k] if k < len(sample) else _spoken_parts(ln.text)
        if parts is None:
            continue
        t = ln.text
        texts = [(a, b) for a, b, role in parts if not role]
        roles = {t[a:b] for a, b, role in parts if role}
        label = " ".join(t[a:b] for a, b in texts)
        if not texts or roles & documents or (roles & controls and nodes.classify(label).kind == nodes.TEXT):
            log.drop_line(ln, "a11y.role")
            continue
        edits = []
        first, last = texts[0][0], texts[-1][1]
        if first > 0:
            edits.append((0, first, ""))
        if last < len(t):
            edits.append((last, len(t), ""))
        # (a role between two parts of text: the gap it stood in becomes one space)
        prev = None
        for a, b, role in parts:
            if role and prev is not None and a > first and b < last:
                nxt = next(x for x, _ in texts if x >= b)
                edits.append((prev, nxt, " "))
            if not role:
                prev = b
        log.edit(ln, "a11y.role", sorted(set(edits)))
    return True


_CHROME_LINES_UNFLATTENED = 4


def _long_line(text: str) -> bool:
    """150 columns or more: a CJK character counts two (a flattened zh/ja card's header and
    text hold half the characters of a Latin one's)."""
    n = len(text)
    return n >= 150 or (n >= 75 and not text.isascii() and n + sum(c >= "\u2e80" for c in text) >= 150)


def is_flattened(lines: list[Line]) -> bool:
    """A page whose newlines were collapsed: long lines full of UI strings that would each
    stand on a line of their own in a page copied one node per line."""
    if not any(_long_line(ln.text) for ln in lines):
        return False
    # A page copied one node per line shows its chrome (buttons, counters, ages) on lines of
    # its own: where a few such lines stand, its newlines were not collapsed (no flattened dump
    # of the corpora has one), and the anchor search, whose patterns cost most of a CLI run's
    # start-up to compile, is not needed.
    chrome = 0
    top: int | None = None  # (the lines above the first chrome line)
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if t and len(t) < 80 and nodes.classify(t).kind != nodes.TEXT:
            chrome += 1
            if top is None:
                top = i
            if chrome >= _CHROME_LINES_UNFLATTENED:
                return _flattened_stretch(lines[:top or 0])
    strong = 0
    dense_lines = 0
    first = nodes.first_dump()
    for ln in lines:
        if not _long_line(ln.text) or (first and not nodes.may_hold_strong_anchor(ln.text)):
            # (in a process's first dump, a line that cannot hold a strong anchor is not
            # searched: the anchor regex's pieces are compiled only for lines that need them,
            # start-up for a CLI run on one file; later, the search is cheaper than the test)
            continue
        found = nodes.anchors(ln.text)
        hits = sum(1 for m in found if nodes._is_strong(m.group()))
        if hits == 2:
            # (a row of buttons on the same line, "… Like Comment Repost Send": a flattened
            # card's end, which no paragraph holds beside two strong UI strings)
            hits += min(1, nodes.button_rows(ln.text, found))
        strong += hits
        dense_lines += hits >= 2
    return dense_lines >= 1 and strong >= 3


def _flattened_stretch(lines: list[Line]) -> bool:
    """Above the chrome lines of a page copied one node per line (``lines``: those before the
    first), is one line a stretch of it whose newlines were collapsed (a copy flattened in
    part: the post's header run into its text, the buttons under it on lines of their own)?
    Three strong UI strings on that one line (two counters and a visibility line), which no
    paragraph of a post holds; read as text, the header stayed in the body, and cleaning the
    body again (its buttons gone) split it off. (Only the lines above: where the chrome lines
    begin, the page's nodes kept their lines, and a long article is not searched through.)"""
    for ln in lines:
        if not _long_line(ln.text) or not nodes.may_hold_strong_anchor(ln.text):
            continue
        if sum(1 for m in nodes.anchors(ln.text) if nodes._is_strong(m.group())) >= 3:
            return True
    return False


_NUMBERED = re.compile(r"^(\D{3,50}?)\s*\d{1,3}\s*\S?$")


@line_memo  # (pure, its match immutable: asked of every line of 4 to 60 characters)
def _numbered(t: str) -> re.Match[str] | None:
    """``_NUMBERED.match(t)`` for a stripped line. The count it ends with is its last
    character or stands before the last one (and spaces); a line with no digit there is not
    tried, which spares the lazy ``\\D{3,50}?`` its backtracking on every other line."""
    if not (t[-1:].isdecimal() or t[:-1].rstrip()[-1:].isdecimal()):
        return None
    return _NUMBERED.match(t)


@lru_cache(maxsize=1)
def _posted_this_rx():
    return re.compile(r"[ \t]++(?:" + nodes.alternation(patterns.POSTED_THIS_PHRASES) + r")(?:[ \t]*+[•·][^\n]{0,40}+)?\s*+$")


def posted_this(text: str) -> int | None:
    """Where an Activity tab card's heading, "Ana Lee posted this • 4d", leaves its name (the
    phrase and the age after it follow); None for any other line."""
    if len(text) > 140 or not any(p in text for p in patterns.POSTED_THIS_PHRASES):
        return None
    m = _posted_this_rx().search(text)
    from .segment import is_name

    return m.start() if m is not None and is_name(text[: m.start()]) else None


def is_counting_marker(text: str) -> bool:
    """"피드 게시물 번호 2": a card marker found by its counting shape, in any wording (not an
    Activity card's heading, "Ana Lee posted this • 2d", whose ages may count up too)."""
    t = text.strip()
    if not (4 <= len(t) <= 60 and _numbered(t) and nodes.classify(t).kind == nodes.TEXT) or posted_this(t) is not None:
        return False
    # (not a card's name with its degree after a bullet, "Ana Lee • 2º": it ends in a number too)
    cut = nodes.badge_cut(t)
    return cut is None or cut[1] != "ui.connection_degree"


def _card_follows(lines: list[Line], i: int) -> bool:
    """A feed card starts here: within the next lines, a short name line shown twice (the
    feed's doubled label) or an age — not "Step 2" in a list."""
    nxt = [ln.text.strip() for ln in lines[i + 1 : i + 12] if ln.text.strip()]
    if not nxt or len(nxt[0]) > 80:
        return False
    doubled = len(nxt) > 1 and (nxt[0] == nxt[1] or nxt[1] == nxt[0] * 2)
    aged = any(nodes.classify(t).kind == nodes.AGE or nodes.classify(t).rule == "ui.visibility" for t in nxt[:8])
    return doubled or aged


def feed_starts(lines: list[Line]) -> list[int]:
    """Lines that open a feed card: "Feed post number 3" in any locale of the table, or, in
    any wording, short lines that differ only by a number counting up (1, 2, 3…)."""
    short = [i for i, ln in enumerate(lines) if ln.text.strip() and len(ln.text) < 80]
    known = [i for i, k in zip(short, nodes.kinds_of([lines[i].text for i in short])) if k.rule == "ui.feed_marker"]
    if len(known) >= 2:
        return known
    groups: dict[str, list[tuple[int, int]]] = {}
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if 4 <= len(t) <= 60:
            m = _numbered(t)
            # (not the commenters' degrees, "• ระดับ 2", "• Tingkat 3+", nor a comment's count
            # of replies, "· Ответы: 2": they count up too; no line the tables know as other
            # chrome is a card's marker)
            if m and ((k := nodes.classify(t)).kind == nodes.TEXT or k.rule == "ui.feed_marker"):
                num = int(re.search(r"\d{1,3}", t[m.end(1):]).group())
                groups.setdefault(m.group(1).strip(), []).append((i, num))
    best = [g for g in groups.values() if len(g) >= 2 and [n for _, n in g] == sorted(n for _, n in g)
            and len({n for _, n in g}) == len(g) and all(_card_follows(lines, i) for i, _ in g)]
    if best:
        seq = max(best, key=len)
        return [i for i, _ in seq]
    vis = visibility_starts(lines)
    if len(known) == 1 and len(vis) >= 2:
        # one marker copied (the selection began on it, or the other cards' markers were not
        # selected): the cards the headers part are cards still; the header just under the
        # marker is the marker's card; and a card ends on its bar of buttons (a header with none
        # above it since the last card's heads a repost's quoted original, inside that card)
        kept = list(known)
        for s in vis:
            last = max((k for k in kept if k < s), default=None)
            if last is None:
                kept.append(s)
            elif sum(nodes.classify(x.text).kind == nodes.ACTION for x in lines[last + 1 : s] if x.text.strip()) >= 3:
                kept.append(s)  # (the card's bar, "Like / Comment / Repost / Send": not one "Follow")
        if len(kept) >= 2:
            return sorted(kept)
    return known or vis


def visibility_starts(lines: list[Line]) -> list[int]:
    """Posts copied from a feed or a profile's Activity tab with no card markers: each post's
    header has a visibility line ("1 week ago • Visible to anyone…"), which comments never
    have. A post starts where its header does: back from that line over the age, the
    headline, the name (shown once or twice), badges and a "X reposted this" line."""
    full = [i for i, ln in enumerate(lines) if ln.text.strip()]
    vis = [i for i, k in zip(full, nodes.kinds_of([lines[i].text for i in full])) if k.rule == "ui.visibility"]
    if not vis:
        # a mobile feed copy: the visibility icon after the header's age is lost ("2d • "), and
        # an ad card has "Promoted" where a post has its age; comments show neither. A card
        # ends on its buttons: a mark with none since the last one heads a quoted original
        # inside that card (a repost), no card of its own. Under a card's comment sort menu
        # ("Most relevant"), a mark is a card's only if a bar of post buttons follows it (three
        # in a row, "Like / Comment / Repost"), not a comment's two (an edited comment's
        # "4d • Edited •" over "Like · 23 / Reply")
        sorts = nodes.comment_sort_keys()
        sorted_at = -1
        marks: list[tuple[int, bool]] = []
        for i, ln in enumerate(lines):
            t = ln.text.strip()
            if t and len(t) <= 40:
                if nodes.key(t) in sorts:
                    sorted_at = i
                elif sorted_at >= 0 and nodes.classify(t).kind in (nodes.MORE_COMMENTS, nodes.END):
                    sorted_at = -1
            if _header_mark(ln.text):
                marks.append((i, sorted_at >= 0))
        for k, (i, in_comments) in enumerate(marks):
            if in_comments:
                stop = marks[k + 1][0] if k + 1 < len(marks) else len(lines)
                if not _post_bar(lines, i + 1, stop):
                    continue
            if not vis or any(
                    nodes.classify(x.text).kind == nodes.ACTION for x in lines[vis[-1] + 1 : i] if x.text.strip()):
                vis.append(i)
    if len(vis) < 2:
        return []
    starts: list[int] = []
    floor = 0
    for v in vis:
        j = v - 1
        start = v
        texts = 0
        while j >= floor:
            t = lines[j].text.strip()
            if not t:
                j -= 1
                continue
            k = nodes.classify(t)
            if k.kind in (nodes.ACTION, nodes.FOLD, nodes.END) or len(t) > 120:
                break  # (a counter may be a page's "12,407 followers" in the header)
            if k.kind == nodes.TEXT:
                texts += 1
                if texts > 4:
                    break
            start = j
            j -= 1
        if starts and (start <= starts[-1] or not any(ln.text.strip() for ln in lines[floor:v])):
            return []  # two visibility lines in one header: not a multi-post copy
        starts.append(start)
        floor = v + 1
    return starts


def _post_bar(lines: list[Line], start: int, stop: int) -> bool:
    """Three buttons in a row between ``start`` and ``stop``: a post's bar, not a comment's."""
    run = 0
    for x in lines[start:stop]:
        t = x.text.strip()
        if not t:
            continue
        run = run + 1 if len(t) <= 40 and nodes.classify(t).kind == nodes.ACTION else 0
        if run >= 3:
            return True
    return False


def _header_mark(text: str) -> bool:
    """A post header's age with the bullet before its lost visibility icon ("2d • ",
    "6 tim • Redigerat • "), or an ad card's "Promoted" mark."""
    t = text.strip()
    if not t:
        return False
    if t.endswith("•") and len(t) <= 40:
        return nodes.classify(t).kind == nodes.AGE
    if "•" in t and len(t) <= 40:  # "2mo • Edited": the bullet after the mark not copied
        from .segment import is_edited_mark

        if is_edited_mark(t.rpartition("•")[2]):
            return nodes.classify(t).kind == nodes.AGE
    return nodes.key(t) in _promoted_keys()


def looks_like_feed(lines: list[Line], starts: list[int] | None = None) -> bool:
    """A feed copy: cards found (``starts``, from :func:`feed_starts` when not given), or a
    connection degree and a visibility line near the top."""
    if starts if starts is not None else feed_starts(lines):
        return True
    sample = [ln.text.strip() for ln in lines[:60] if ln.text.strip()]
    degree = sum(1 for t in sample if nodes.classify(t).rule == "ui.connection_degree")
    visible = sum(1 for t in sample if nodes.classify(t).rule == "ui.visibility")
    return degree >= 1 and visible >= 1


_ALT_RULES = ("ui.a11y_label", "ui.profile_photo")  # (a picture's or a control's label: no text)
# (and a page's skip link, "Skip to main content", between a clipper's "# Title" and the byline)
_BELOW_TITLE_SKIP = _ALT_RULES + ("ui.navigation",)


# a date on its own ("Apr 16, 2026", "16 avr. 2026", "2026年3月6日", "2026년 3월 6일"): a day or month and a year
_DATE_ONLY = re.compile(r"(?=.{6,30}$)(?=.*\b(?:19|20)\d{2}\b|.*\d{4}[年년]).*\d.*")


def reading_time_line(t: str) -> bool:
    """A reading time beside the article's age or date on one line ("6 min read · 1w",
    "Apr 16, 2026 · 5 min read"), as an article's byline closes."""
    if len(t) > 80 or ("·" not in t and "•" not in t):
        return False
    parts = [x.strip() for x in t.replace("•", "·").split("·")]
    kinds = [nodes.classify(x) for x in parts]
    return any(k.rule == "ui.reading_time" for k in kinds) and all(
        k.rule in ("ui.reading_time", "ui.published") or k.kind == nodes.AGE or _DATE_ONLY.fullmatch(x)
        for x, k in zip(parts, kinds))


def _link_line(t: str) -> bool:
    """A label and a web address, long for the address alone ("View on LinkedIn: https://…"):
    a page's or a mail's link line over the article, no paragraph of it."""
    k = t.find("://")
    return k > 0 and len(t[:k].split()) <= 6 and " " not in t[k:].strip()


_ADDRESS_LINE = re.compile(r"\s*+<?https?://[^\s<>]{1,2000}+>?\s*+")


def _address_line(t: str) -> bool:
    """A line that is one web address and nothing else (a page's own, pasted under its title)."""
    return "://" in t[:12] and _ADDRESS_LINE.fullmatch(t) is not None


def _paragraph_long(text: str) -> bool:
    """A line as long as a paragraph, not a header's: over 100 characters, a wide (CJK,
    full-width) character counting as two, as it stands on the screen (a Japanese or Chinese
    paragraph of 60 characters is as long as an English one of 120)."""
    n = len(text)
    if n > 100:
        return True
    if n <= 50 or text.isascii():
        return False
    return n + sum(1 for c in text if "\u2e80" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
                   or "\uff01" <= c <= "\uff60") > 100


def article_start(paras: list[Line], limit: int = 16) -> int | None:
    """Where an article begins: a title line followed by the author's name (shown once or
    twice) and not by another name, after at most ``limit`` lines of page header (navigation,
    a newsletter's name and subscriber count…). None when there is no such start."""
    from .segment import find_title, is_comments_heading, is_hashtag_line, strip_possessive

    for i in range(2, min(2 * limit, len(paras) - 1)):
        # a newsletter e-mail's byline over its title, the reading time or "Published" line
        # under the title: the title, whatever header stands above the byline
        if _paragraph_long(paras[i - 2].text) and nodes.classify(paras[i - 2].text).kind == nodes.TEXT and not _link_line(
                paras[i - 2].text):
            break  # (past a paragraph the article has begun)
        if nodes.classify(paras[i + 1].text).rule in ("ui.reading_time", "ui.published") and byline_above(paras, i):
            return i
    first = None
    doubled_name = -1
    chrome = 0
    # (the header's chrome lines — a signed-out page's navigation, sign-in buttons — do not
    # count against ``limit``: up to ``limit`` of them are passed over besides)
    for i in range(min(2 * limit, max(0, len(paras) - 2))):
        if i - min(chrome, limit) >= limit:
            break
        if i == doubled_name:
            continue
        if (i and _paragraph_long(paras[i - 1].text.strip()) and nodes.classify(paras[i - 1].text).kind == nodes.TEXT
                and not nodes.consent_line(paras[i - 1].text) and not _link_line(paras[i - 1].text)):
            # a page header is short lines (and chrome); past a paragraph the article has begun
            # (not past the consent line of a signed-out page, in a wording no table holds)
            break
        if nodes.classify(paras[i].text).kind != nodes.TEXT:
            chrome += 1
            continue
        if is_comments_heading(paras[i].text) or is_comments_heading(paras[i + 1].text):
            break  # ("Comments" over a commenter's name: the comments have begun, no title is below)
        if paras[i].text.lstrip()[:1] == "#" and is_hashtag_line(paras[i].text):
            break  # (a post's closing tags: the text has ended, no title is below)
        owner, rest = strip_possessive(paras[i].text)
        if owner and not rest.strip() and owner == paras[i + 1].text.strip():
            continue  # "Name’s Post" over the name: a post page's label, no title
        if paras[i].text.strip() == paras[i + 1].text.strip():
            # a line over its own copy: a post header's doubled name (a page's or a person's),
            # no title (an article's title is not its author's name); nor is its copy
            if _doubled_title(paras, i):
                return i + 1  # (unless no name's shape, over a byline a "Published" line closes)
            doubled_name = i + 1
            continue
        if masthead_under(paras, i) is not None and len(paras[i].text) <= 200 and not paras[i].text.rstrip(
                ).endswith((".", ":")):
            return i  # a title over a newsletter's masthead (its name, then its cadence), the byline below
        # a "# Title" heading may be the title; any other Markdown heading is no name; the
        # byline portrait's alt text under it ("Ana Lee’s profile photo") is no line of it
        below = paras[i + 1 : i + 4]
        skipped_nav = False
        if any(nodes.classify(ln.text).rule in _BELOW_TITLE_SKIP or _address_line(ln.text) for ln in below):
            # (and the page's own address under its title: a notes app's or a mail's paste)
            skipped_nav = any(nodes.classify(ln.text).rule == "ui.navigation" for ln in below)
            below = [ln for ln in paras[i + 1 : i + 6] if nodes.classify(ln.text).rule not in _BELOW_TITLE_SKIP
                     and not _address_line(ln.text)][:3]
        if below and ("•" in below[0].text or "·" in below[0].text):
            below = [byline_without_degree(below[0]), *below[1:]]  # ("Ana Lee • 2nd", an app's byline)
        window = [Line(paras[i].no, re.sub(r"^#\s+", "", paras[i].text)), *below]
        if len(window) >= 4 and window[1].text.strip() == window[2].text.strip():
            window = [window[0], window[1], window[3]]
        if find_title(window):
            # a title over a doubled byline name or a "Published <date>" line is the article's;
            # a first fit without either (a signed-in page's navigation words) may be chrome
            doubled = len(below) > 1 and below[0].text.strip() == below[1].text.strip()
            # (or the date and the reading time on one line: "Apr 16, 2026 · 5 min read")
            published = any(nodes.classify(ln.text).rule == "ui.published" or reading_time_line(ln.text)
                            for ln in paras[i + 1 : i + 6])
            if doubled or published:
                if doubled and unknown_anchor_under_title(paras, i):
                    return i - 1  # (the title above the report anchor a table lacks)
                return i - 1 if subtitle_at(paras, i) else i
            if first is None and not skipped_nav:
                first = i  # (past a navigation line, only a byline closed by "Published" is one)
        elif (first is None and paras[i].text.rstrip().endswith(".") and find_title(window, period_ok=True)
              and any(nodes.classify(ln.text).rule == "ui.published" for ln in paras[i + 1 : i + 8])):
            # a title ending with a full stop, over a byline that a "Published" line closes (or
            # the subtitle, in sentences, under the title right above it)
            return i - 1 if subtitle_at(paras, i) else i
    return first


def _doubled_title(paras: list[Line], i: int) -> bool:
    """The line at ``i``, shown twice, is an article's title (a page's cover label, then its
    heading): it has no name's shape, and the byline under its copy (a name, then a headline)
    is closed by a "Published <date>" line or the reading time."""
    from .segment import find_title, is_name

    if len(paras) < i + 5 or is_name(paras[i].text):
        return False
    window = [paras[i], *paras[i + 2 : i + 5]]
    if len(window) >= 4 and window[1].text.strip() == window[2].text.strip():
        window = [window[0], window[1], window[3]]  # (the byline's name doubled too)
    return find_title(window) and any(nodes.classify(ln.text).rule in ("ui.published", "ui.reading_time")
                                      or reading_time_line(ln.text) for ln in paras[i + 3 : i + 7])


def byline_above(paras: list[Line], i: int) -> tuple[str, int] | None:
    """A byline over the title at ``i``, as a newsletter's e-mail sets it: the author's name
    (or "By Name") and their headline right above the title, and the reading time or the
    "Published" line right under it. Returns the name and where it stands in its line."""
    from .segment import is_headline, is_name

    if i < 2 or i + 1 >= len(paras):
        return None
    title = paras[i].text.strip()
    if not title or len(title) > 200 or title.endswith((".", ":")) or nodes.classify(title).kind != nodes.TEXT:
        return None
    if nodes.classify(paras[i + 1].text).rule not in ("ui.reading_time", "ui.published"):
        return None
    if not is_headline(paras[i - 1].text) or nodes.classify(paras[i - 1].text).kind != nodes.TEXT:
        return None
    t = paras[i - 2].text
    if nodes.classify(t).rule == "ui.byline":
        parts = t.strip().split(None, 1)
        if len(parts) == 2 and is_name(parts[1]):
            return parts[1].strip(), t.index(parts[1].strip(), t.index(parts[0]) + len(parts[0]))
        return None
    if is_name(t) and nodes.classify(t).kind == nodes.TEXT:
        return t.strip(), t.index(t.strip())
    return None


def degree_cut(text: str) -> int | None:
    """Where the connection degree after a byline's name starts ("Ana Lee • 2nd", "Ana Lee ·
    3e et +"), or None: the name before it must be a name."""
    from .segment import is_name

    cut = nodes.badge_cut(text.replace("·", "•")) if "·" in text else nodes.badge_cut(text)
    if cut is None or cut[1] != "ui.connection_degree" or not is_name(text[: cut[0]]):
        return None
    return cut[0]


def byline_without_degree(ln: Line) -> Line:
    cut = degree_cut(ln.text)
    return ln if cut is None else Line(ln.no, ln.text[:cut])


def unknown_anchor_under_title(paras: list[Line], i: int) -> bool:
    """Is the line at ``i``, over a doubled byline name, a signed-out article page's report
    anchor in words no table holds ("Title / Rapor et / Name / Name")? A short line with no
    sentence mark, between the byline and a title that repeats the page's own title (its
    first line, the document's <title>, copied above the navigation)."""
    if i < 2 or i + 2 >= len(paras):
        return False
    t = paras[i].text.strip()
    if not (1 <= len(t.split()) <= 3 and len(t) <= 30) or any(c in t for c in ".?!:,;()#@|"):
        return False
    title = paras[i - 1].text.strip()
    if nodes.classify(title).kind != nodes.TEXT or len(title) > 200:
        return False
    return any(paras[j].text.strip() == title for j in range(min(i - 1, 40)))


def _title_like(text: str) -> bool:
    t = text.strip()
    return (4 <= len(t.split()) <= 30 and len(t) <= 200 and not t.endswith((".", ":", ";", ","))
            and nodes.classify(t).kind == nodes.TEXT and " | " not in t and "://" not in t)


def _sentence_subtitle(text: str) -> bool:
    """A subtitle written as one or two short sentences ("New hires don't need a tour. They
    need a task."): up to 25 words, closed by a full stop."""
    t = text.strip()
    return (t.endswith(".") and not t.endswith("..") and 4 <= len(t.split()) <= 25 and t.count(". ") <= 1
            and nodes.classify(t).kind == nodes.TEXT and " | " not in t and "://" not in t)


def subtitle_at(paras: list[Line], i: int) -> bool:
    """Is line ``i``, found over the byline, an article's subtitle under its title: the line
    right above it (no blank line between) reads as a title too (four words or more, no
    sentence's end, no page title's "| LinkedIn"), and so does it (navigation words above a
    title are one to three words), the title apart from any text above it?"""
    if i < 1 or paras[i].no != paras[i - 1].no + 1:
        return False  # (the two lines touch: a note above a title stands apart)
    if i >= 2 and paras[i - 2].no + 1 == paras[i - 1].no and nodes.classify(paras[i - 2].text).kind == nodes.TEXT:
        return False  # (the title stands apart from the text above it: a list's last item does not)
    if not (_title_like(paras[i].text) or _sentence_subtitle(paras[i].text)) or not _title_like(paras[i - 1].text):
        return False
    from .segment import is_list_item, is_name

    return not any(is_list_item(paras[k].text) or is_name(paras[k].text) for k in (i - 1, i))


def masthead_under(paras: list[Line], i: int) -> int | None:
    """A newsletter's masthead right under line ``i`` (an edition's title): one to three short
    lines (the newsletter's name, shown once or twice, maybe its description), then its
    cadence ("Weekly newsletter", "Published monthly · 8,214 subscribers"). Returns the
    cadence's index, or None. The byline must follow it (past its buttons): a name shown
    twice, or a name over a headline; else the line at ``i`` is the masthead's own (its name
    over its description, the title below the cadence)."""
    from .segment import is_headline, is_name

    for k in (i + 2, i + 3, i + 4):
        if k >= len(paras) or not _cadence_line(paras[k].text):
            continue
        names = [x.text.strip() for x in paras[i + 1 : k]]
        # (the name, or the name shown twice, or the name twice over its description)
        if (len(names) >= 2 and names[0] != names[1] and len(names) == 2) or (
                len(names) == 3 and names[0] != names[1]) or any(
                len(x) > 120 or nodes.classify(x).kind != nodes.TEXT for x in names):
            return None
        after = [x.text for x in paras[k + 1 : k + 8] if nodes.classify(x.text).kind == nodes.TEXT][:2]
        if len(after) == 2 and (after[0].strip() == after[1].strip() or (
                is_name(after[0]) and is_headline(after[1]))):
            return k
        return None
    return None


def _cadence_line(text: str) -> bool:
    """A newsletter masthead's last line: its cadence ("Weekly newsletter", "Published
    monthly · 8,214 subscribers") or its bare subscriber count ("2 350 abonnés")."""
    k = nodes.classify(text)
    return k.rule == "ui.newsletter" or (k.kind == nodes.COUNTER and _subscribers_count_rx().fullmatch(text.strip()) is not None)


@lru_cache(maxsize=1)
def _subscribers_count_rx() -> re.Pattern[str]:
    """A newsletter's count of subscribers, in every locale (the counter patterns' own)."""
    return re.compile(next(x for x in patterns.UI_NODE_PATTERNS["ui.counter"] if "subscribers?" in x), re.I)


def _published_after(kinds, start: int, span: int = 7) -> bool:
    """A "Published <date>" line within ``span`` lines under the title at ``start``."""
    return any(k.rule == "ui.published" for k in kinds[start + 1 : start + 1 + span])


def _uncased_name_over_one_word(first: str, second: str, is_uncased, is_name) -> bool:
    """In a script without capitals (Thai, Hebrew, Arabic, Devanagari…) no letter tells a name
    from a headline: a name of two words or more over a one-word line ("สุดา ใจงาม" /
    "นักออกแบบ", "דנה כהן" / "מעצבת") is the person's name over their headline, as a person's
    name is a first name and a family name, a job title may be one word."""
    a, b = first.strip(), second.strip()
    return (is_uncased(a) and len(a.split()) >= 2 and is_name(a) and len(b.split()) == 1
            and is_uncased(b))


# A reader app's header over an article it saved (reader views, RSS readers, read-later
# exports): the site's name alone ("linkedin.com", as Firefox's and Edge's reader views show
# it), the article's own address alone, a byline on one line whose parts after the name are the
# site, the date and the reading time ("Ana Lee · linkedin.com · 4 min", an RSS bridge's "Ana
# Lee on LinkedIn · Mar 9, 2026 at 7:45 AM")
SITE_LINE = re.compile(r"(?:www\.|[a-z]{2}\.)?linkedin\.com/?", re.I)
_OWN_ADDRESS = re.compile(r"<?(?:https?://)?(?:[\w-]{1,63}\.){0,3}linkedin\.com/pulse/[^\s<>]{1,600}+>?", re.I)
_ON_SITE = re.compile(r"(?P<name>[^·•|\n]{2,80}?)\s+\S{1,4}\s+LinkedIn")
_AT_TIME = re.compile(r"(?P<date>.{6,30}?)(?:,?\s+\S{1,3})?\s+\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?")


def _reader_meta(part: str) -> bool:
    """One part of a reader's byline after the name: the site, a date (with its time), a
    reading time ("4 min", "6 min read")."""
    if SITE_LINE.fullmatch(part) or _DATE_ONLY.fullmatch(part):
        return True
    m = _AT_TIME.fullmatch(part)
    if m is not None and _DATE_ONLY.fullmatch(m.group("date").strip()):
        return True
    k = nodes.classify(part)
    return k.rule in ("ui.reading_time", "ui.published") or _minutes(part)


def _minutes(t: str) -> bool:
    """A count of minutes ("4 min", "5 Minuten"): under a reader's byline, its reading time."""
    from .segment import parse_age

    a = parse_age(t.strip())
    return a is not None and a.end >= len(t.strip()) and a.iso.startswith("PT") and a.iso.endswith("M")


def reader_byline(text: str) -> str | None:
    """The author's name in a reader app's byline on one line ("Ana Lee · linkedin.com · 4
    min", "Ana Lee on LinkedIn · Mar 9, 2026 at 7:45 AM"): every part after the name is the
    site, a date or a reading time. None for any other line."""
    from .segment import is_name

    if len(text) > 200 or ("·" not in text and "•" not in text):
        return None
    parts = [x.strip() for x in text.replace("•", "·").split("·")]
    if len(parts) < 2 or not all(parts):
        return None
    if not all(_reader_meta(x) for x in parts[1:]):
        # (or the name between the site and the reading time: "linkedin.com · Ana Lee · 4 min")
        others = [x for x in parts[1:] if not _reader_meta(x)]
        if len(others) != 1 or not SITE_LINE.fullmatch(parts[0]):
            return None
        parts = [others[0]]
    name = parts[0]
    m = _ON_SITE.fullmatch(name)
    if m is not None:
        name = m.group("name").strip()
    return name if is_name(name) else None


def _site_meta_line(t: str) -> bool:
    """The site's name and the reading time (or the date) on one line, no name ("linkedin.com ·
    6 min read"), as a reader app shows it over the byline."""
    if len(t) > 80 or "·" not in t and "•" not in t:
        return False
    parts = [x.strip() for x in t.replace("•", "·").split("·")]
    return all(parts) and any(SITE_LINE.fullmatch(x) for x in parts) and all(_reader_meta(x) for x in parts)


def _feed_byline(t: str) -> str | None:
    """The author's name in a feed reader's line under an item's title: the feed's name, the
    author's, then the date ("Second Draft · Ana Lee · Mar 2, 2025"), the date a full one
    (a day or month and a year) or an age; None for any other line."""
    from .segment import is_name

    if len(t) > 200 or "·" not in t and "•" not in t:
        return None
    parts = [x.strip() for x in t.replace("•", "·").split("·")]
    if len(parts) < 3 or not all(parts) or _reader_meta(parts[0]) or _reader_meta(parts[1]):
        return None
    if not all(_reader_meta(x) for x in parts[2:]) or not any(
            _DATE_ONLY.fullmatch(x) or nodes.classify(x).kind == nodes.AGE for x in parts[2:]):
        return None
    return parts[1] if is_name(parts[1]) and len(parts[0]) <= 80 else None


def _by_name(t: str) -> str | None:
    """The name in a reader app's byline under the site's line ("by Ana Lee", the app's word
    before it, ``READER_BYLINE_WORDS``), or None."""
    from .segment import is_name

    word, _, rest = t.partition(" ")
    if word.casefold() not in patterns.READER_BYLINE_WORDS:
        return None
    rest = rest.strip()
    return rest if rest and is_name(rest) else None


_APP_MENU_ENTRY = re.compile(r"[^\W\d_][^\W\d_'’-]{1,15}(?: [^\W\d_][^\W\d_'’-]{1,15})?")


def reader_header(lines: list[Line], log: RepairLog) -> tuple[Line, str] | None:
    """A reader app's header over the article it saved: the title (first, or under the site's
    name), then, in the next lines, the site's name or the article's own address, and the
    byline: on one line (:func:`reader_byline`), or the name alone, the reading time under it.
    The header's lines other than the title are dropped (``ui.site_name``, ``ui.permalink``,
    ``ui.reading_time``), the name's line leaves ``lines`` with the name kept (its other parts
    recorded as ``ui.byline``). Returns the title's line and the name, or None."""
    from .segment import is_name

    content = [ln for ln in lines[:40] if ln.text.strip()][:16]
    # the app's own menu over the header, a word or two a line ("Home", "Liked", "Archive"):
    # three entries or more, then a longer line (the title)
    nav = 0
    while nav < min(len(content), 9) and _APP_MENU_ENTRY.fullmatch(content[nav].text.strip()):
        nav += 1
    menu = content[:nav] if 3 <= nav < len(content) and len(content[nav].text.strip()) > 24 else []
    content = content[len(menu):][:7]
    if len(content) < 4:
        return None
    t0 = 1 if SITE_LINE.fullmatch(content[0].text.strip()) else 0
    title = content[t0]
    tt = title.text.strip()
    if len(tt) > 200 or tt.endswith((".", ":", "?")) or nodes.classify(tt).kind != nodes.TEXT or (
            is_name(tt) and reader_byline(content[t0 + 1].text.strip()) is None):
        return None  # (a title in capitals reads as a name: only with a reader's byline under it)
    site = t0 == 1
    drops: list[tuple[Line, str]] = [(content[0], "ui.site_name")] if site else []
    drops += [(ln, "ui.app_menu") for ln in menu]
    name = name_line = None
    k = t0 + 1
    while k < min(len(content) - 1, t0 + 4):
        t = content[k].text.strip()
        if SITE_LINE.fullmatch(t):
            site = True
            drops.append((content[k], "ui.site_name"))
        elif _OWN_ADDRESS.fullmatch(t):
            site = True
            drops.append((content[k], "ui.permalink"))
        elif _site_meta_line(t):
            site = True
            drops.append((content[k], "ui.site_name"))
        elif name is None and (n := reader_byline(t)) is not None:
            name, name_line = n, content[k]
            site = site or any(SITE_LINE.fullmatch(x.strip()) for x in t.replace("•", "·").split("·"))
        elif name is None and k == t0 + 1 and (n := _feed_byline(t)) is not None:
            site = True  # (the feed's name stands for the site)
            name, name_line = n, content[k]
        elif name is None and site and (n := _by_name(t)) is not None:
            name, name_line = n, content[k]
        elif name is None and site and is_name(t) and nodes.classify(t).kind == nodes.TEXT:
            below = content[k + 1].text.strip()
            if not (nodes.classify(below).rule == "ui.reading_time" or _minutes(below)):
                return None  # (a name under the title with no reading time: an ordinary byline)
            name, name_line = t, content[k]
            drops.append((content[k + 1], "ui.reading_time"))
            break
        else:
            break
        k += 1
    if name is None or not site:
        return None
    for ln, rule in drops:
        if ln.text.strip():
            log.drop_line(ln, rule)
    # (the name's line leaves the text, its name kept: the field took it; the byline's other
    # parts are recorded as removed)
    a = name_line.text.index(name)
    log.keep(name_line, "ui.byline", [(a, a + len(name))])
    lines[:] = [ln for ln in lines if ln is not name_line]
    return title, name


def looks_like_article(lines: list[Line], fm: "FrontMatter | None" = None) -> bool:
    """Title, author and headline near the top, and no ``Report this …`` anchor: an article
    pasted like the seed (or a newsletter page), whatever buttons were copied with it. A
    clipper's front matter naming an article (a ``/pulse/`` source) says so too."""
    skip = {id(ln) for ln in fm.lines} if fm is not None else set()
    content = [ln for ln in lines[:400] if ln.text.strip() and id(ln) not in skip]
    if fm is not None and fm.names_article() and not any(
            nodes.classify(ln.text).kind in (nodes.REPORT_POST, nodes.REPORT_ARTICLE) for ln in content):
        return True
    kinds = nodes.kinds_of([ln.text for ln in content])
    if any(k.kind in (nodes.REPORT_POST, nodes.REPORT_ARTICLE) for k in kinds):
        return False
    start = article_start(content)
    if start is not None and not _published_after(kinds, start) and (any(
            k.rule == "ui.visibility" for k in kinds[start + 1 : start + 9]) or any(
            k.kind == nodes.AGE and content[x].text.rstrip().endswith("•")
            for x, k in enumerate(kinds[start + 1 : start + 4], start + 1)) or _bulleted_age_above_text(
            content, kinds, start)):
        # "2d • / 2 days ago • Visible to anyone…" under the byline: a post's header, shown
        # under a page-header line that read as a title ("Try Premium for $0"); or the age
        # with its visibility bullet ("3d •") right under a name and headline that read as a
        # title and a name (a script without capitals: "منى سالم / مهندسة برمجيات / ٣ أيام •")
        return False
    if start is not None and _page_post_header(content, kinds, start):
        return False
    from .segment import _is_clear_name, _is_uncased, is_name

    if start is not None and start + 3 < len(kinds) and kinds[start + 2].kind == nodes.AGE and (_is_clear_name(
            content[start].text) or _uncased_name_over_one_word(content[start].text, content[start + 1].text,
                                                               _is_uncased, is_name)):
        # "Ana Lee / Software Engineer / 2d": a person's name over a headline of capitalised
        # words (which reads as a name) and the age: a post's header, not a title over a byline
        return False
    if any(k.kind == nodes.REPORT_COMMENT for k in kinds):
        # comment anchors alone make a post page, unless the byline carries an article's
        # "Published <date>" line: an article's comments copied signed in
        return start is not None and _published_after(kinds, start) and all(
            k.kind != nodes.AGE for k in kinds[:start])
    return start is not None and (start == 0 or all(
        nodes.classify(ln.text).kind != nodes.AGE for ln in content[:start]))


def _bulleted_age_above_text(content: list[Line], kinds, start: int) -> bool:
    """A post's age with its visibility bullet ("4 d •") under a name, before the first
    paragraph, further below what read as an article's start than the byline's own lines: the
    navigation words of a signed-in page in a UI language no table lists ("Inicio", "Yo", "Para
    negocios") read as a title over a byline, and the post's header follows them."""
    for x in range(start + 1, min(start + 14, len(kinds))):
        k = kinds[x]
        if k.kind == nodes.TEXT and len(content[x].text.strip()) > 100 and not _doubled_label(content, x):
            return False  # (past a paragraph: an article's body, or its comments' ages)
        if k.kind == nodes.AGE and content[x].text.rstrip().endswith("•"):
            return True
    return False


def _doubled_label(content: list[Line], x: int) -> bool:
    """The line at ``x`` repeats the line beside it: a feed's or signed-in page's doubled label
    (a long headline shown twice), header chrome, not a paragraph."""
    t = content[x].text.strip()
    return (x > 0 and content[x - 1].text.strip() == t) or (
        x + 1 < len(content) and content[x + 1].text.strip() == t)


def _page_post_header(content: list[Line], kinds, start: int) -> bool:
    """A page's post header below what read as an article's start: a name, its follower count
    where a person's headline would stand, then the post's age with its bullet ("Acme / 8,730
    followers / 2d •"), and no "Published <date>" line (a company page's tabs and filter chips
    copied over its post read like a title over a byline)."""
    for k in range(start + 1, min(start + 24, len(kinds) - 2)):
        if (kinds[k].kind == nodes.TEXT and kinds[k + 1].kind == nodes.COUNTER and kinds[k + 2].kind == nodes.AGE
                and content[k + 2].text.rstrip()[-1:] in ("•", "·")):
            return not _published_after(kinds, start)
    return False


@dataclass(slots=True)
class Parts:
    chunks: list[list[Line]]
    separators: list[Line]
    # (lines of the container, not of any part: a notification digest's greeting over its posts)
    chrome: list[Line] = field(default_factory=list)


_SEPARATOR = re.compile(r"^\s*(?:-{5,}|={5,}|_{5,}|\*{5,}|~{5,}|(?:- ){4,}-?)\s*$")
# a rule with a short label inside ("----- Post 2 -----", "=== 3 ===", "*** Beitrag 2 ***",
# "### Post 2 ###"): the same rule character on both sides of one to three words or numbers
_LABELLED_RULE = re.compile(r"^\s*([-=_*~#])\1{2,}(\s*)([^\W_][\w.:/#-]*(?:\s[\w.:/#-]+){0,2}?)\s*\1{3,}\s*$")
_SHORT_RULE = re.compile(r"^\s*(?:-{3,4}|={3,4}|\*{3,4}|_{3,4}|~{3,4})\s*$")
# a label on a line of its own beside a rule ("# Post 2", "Post 2", "2", "[3]"): a number in it
_RULE_LABEL = re.compile(r"^\s*(?:#{1,6}\s*)?[(\[]?(?:[^\W\d_]{1,16}\s?)?#?\d{1,3}[)\]:.]?\s*$")


_RULE_CHARS = frozenset("-=_*~#")


def _is_rule(text: str) -> bool:
    if _SEPARATOR.match(text):
        return True
    if len(text) > 80 or not text.lstrip()[:1] in "-=_*~#":
        return False
    m = _LABELLED_RULE.match(text)
    # a label with a digit, or set apart by spaces ("*** Beitrag 2 ***", not "***bold***")
    return bool(m) and (bool(m.group(2)) or any(c.isdigit() for c in m.group(3)))


@lru_cache(maxsize=1)
def _paste_markers() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return [(re.compile(rf"\s*{o}.*|.*\S\s*{o}\s*"), re.compile(rf"\s*{c}.*"))
            for o, c in patterns.PASTE_MARKERS]


@lru_cache(maxsize=1)
def _status_bar() -> re.Pattern[str]:
    toks = "|".join(patterns.STATUS_BAR_TOKENS)
    return re.compile(r"\s*\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+(?:" + toks + r"))*\s*")


@lru_cache(maxsize=1)
def _app_bar() -> re.Pattern[str]:
    back, menu = re.escape(patterns.APP_BAR_BACK), re.escape(patterns.APP_BAR_MENU)
    return re.compile(rf"\s*[{back}]\s+[^\s{back}{menu}][^{back}{menu}\n]{{0,40}}?(?:\s+[{menu}])?\s*")


def cut_status_bar(lines: list[Line], log: RepairLog) -> None:
    """A phone's status bar as the first line of a copy or a screenshot's OCR ("9:12",
    "9:41 ▲ 4G ◢ 72%": the clock, then network and battery glyphs) is no post's
    (``ui.status_bar``); the app's title bar under it ("←  Post  ⋮") neither (``ui.app_bar``)."""
    k = next((i for i, ln in enumerate(lines) if ln.text.strip()), None)
    if k is None or not _status_bar().fullmatch(lines[k].text):
        return
    log.drop_line(lines[k], "ui.status_bar")
    k = next((i for i in range(k + 1, len(lines)) if lines[i].text.strip()), None)
    if k is not None and lines[k].text.lstrip()[:1] in patterns.APP_BAR_BACK and _app_bar().fullmatch(lines[k].text):
        log.drop_line(lines[k], "ui.app_bar")


def cut_pasted_block(lines: list[Line], log: RepairLog) -> bool:
    """A note around a post pasted between marker lines (``>>> pasted from LinkedIn`` …
    ``<<<``, ``[quote]`` … ``[/quote]``; ``patterns.PASTE_MARKERS``): the post is what the
    markers enclose, and what stands outside them — the note's header, the note-taker's own
    words — is no post (``paste.outside``; the markers ``paste.marker``). Only one such block,
    of three lines or more, and nothing after its closing marker that looks like another."""
    # (the markers hold no newline: one of them is in a line exactly where it is in the
    # lines joined, one search each instead of a walk over the lines)
    text = "\n".join([ln.text for ln in lines])
    marked = ">>>" in text or "[quote" in text or "BEGIN" in text
    if not marked and "---" not in text:
        return False
    for open_re, close_re in _paste_markers() if marked else ():
        opens = [k for k, ln in enumerate(lines) if open_re.fullmatch(ln.text)]
        closes = [k for k, ln in enumerate(lines) if close_re.fullmatch(ln.text)]
        if len(opens) != 1 or len(closes) != 1 or closes[0] <= opens[0]:
            continue
        a, b = opens[0], closes[0]
        if sum(1 for ln in lines[a + 1:b] if ln.text.strip()) < 3:
            continue
        _cut_outside(lines, a, b, log)
        return True
    # two banners of dashes around the post, "----- Post (copied from LinkedIn) -----" …
    # "----- End of post -----" ("貼文內容" … "貼文內容結束"): the second says it ends
    banners = [(k, m.group(1)) for k, ln in enumerate(lines) if "---" in ln.text
               and (m := _BANNER.fullmatch(ln.text))]
    if len(banners) == 2:
        (a, ta), (b, tb) = banners
        if sum(1 for ln in lines[a + 1:b] if ln.text.strip()) >= 3 and _closes_banner(ta, tb):
            _cut_outside(lines, a, b, log)
            return True
    return False


_BANNER = re.compile(r"\s*-{3,}\s*([^\s-][^\n]{0,80}?)\s*-{3,}\s*")


def _closes_banner(opening: str, closing: str) -> bool:
    """Does banner text ``closing`` end the block ``opening`` began: an end word
    (``patterns.PASTE_END_WORDS``) the opening does not say?"""
    def ends(text: str) -> bool:
        low = text.casefold()
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) if w.isascii() else w in low
                   for w in patterns.PASTE_END_WORDS)

    return ends(closing) and not ends(opening)


def _cut_outside(lines: list[Line], a: int, b: int, log: RepairLog) -> None:
    """The markers at ``a`` and ``b`` and every line outside them: no post (recorded)."""
    for k, ln in enumerate(lines):
        if k in (a, b):
            log.drop_line(ln, "paste.marker")
        elif (k < a or k > b) and ln.text.strip():
            log.drop_line(ln, "paste.outside")


@lru_cache(maxsize=1)
def _QUOTE_LINE_rx() -> re.Pattern[str]:
    return re.compile(r"[ \t]{0,3}>(?:[ \t]|$)")


def cut_quoted_post(lines: list[Line], log: RepairLog, _depth: int = 0) -> list[Line] | None:
    """A post someone forwarded as a block quote ("> " on every line: a forwarded e-mail
    quoting a notification, a chat message quoting a post) with their own words around it:
    the post is the one long quoted block (its blank lines may lose their marker), and what
    stands outside it — the forwarder's note, the mail's forward headers, a link preview, the
    chat's replies — is no post (``quote.outside``); the markers go (``quote.marker``). A
    closing attribution line (``— Name, Headline · 1w``, ``patterns.QUOTE_ATTRIBUTION``) is
    the post's header: its dash goes and its parts are read before the text. None where the
    dump holds no such block (five quoted lines or more, at least a third of the text, with
    text outside it)."""
    quoted = [bool(_QUOTE_LINE_rx().match(ln.text)) for ln in lines]
    # runs of quoted lines, blank unquoted lines allowed inside a run (not a line an earlier
    # step emptied: a chat's message between two quotes parts them)
    runs: list[tuple[int, int]] = []
    k = 0
    n = len(lines)
    while k < n:
        if not quoted[k]:
            k += 1
            continue
        a = b = k
        j = k + 1
        while j < n and (quoted[j] or not lines[j].text.strip() and (lines[j].blank or not lines[j].edits)):
            if quoted[j]:
                b = j
            j += 1
        runs.append((a, b))
        k = b + 1
    if not runs:
        return None

    def weight(r: tuple[int, int]) -> int:
        return sum(len(ln.text.strip()) for ln in lines[r[0]:r[1] + 1])

    best = max(runs, key=weight)
    a, b = best
    inside = weight(best)
    total = sum(len(ln.text.strip()) for ln in lines)
    n_quoted = sum(1 for k in range(a, b + 1) if quoted[k] and lines[k].text.strip(" \t>"))
    # the line right above the block naming its author ("*Ana Lee* · CTO at Norte", "Ana Lee ·
    # CTO · 2d", as a chat message credits the post it quotes under it): the post's header
    opener = next((k for k in range(a - 1, max(-1, a - 3), -1) if lines[k].text.strip()), None)
    opening = _opening_attribution(lines[opener].text) if opener is not None else None
    # (a shorter quote, three paragraphs with quoted blank lines between them, under such a line)
    n_marked = sum(1 for k in range(a, b + 1) if quoted[k])
    if (n_quoted < 5 and not (opening and n_quoted >= 3 and n_marked >= 5)) \
            or inside * 5 < total or inside >= total - 10:
        return None
    if inside * 3 < total:
        # (a fifth to a third of the text: a thread's replies around a post quoted whole, whose
        # quote closes with its tag line; a quoted passage inside a longer text is no post)
        from .segment import is_hashtag_line

        last = next((lines[k].text for k in range(b, a - 1, -1) if lines[k].text.strip(" \t>")), "")
        if not is_hashtag_line(_QUOTE_LINE_rx().sub("", last, count=1)):
            return None
    outside = [ln for k, ln in enumerate(lines) if (k < a or k > b) and ln.text.strip()]
    if not outside:
        return None
    # a shorter quote after the post's, closed by its own attribution with an age ("> Curious
    # how…" / "> — Bo Kim, Analyst · 1d"): a comment on the post someone quoted with its
    # author, read as one under the post's text
    quoted_comments = [r for r in runs if r[0] > b and _closes_with_attribution(lines, r)]
    if quoted_comments:
        kept = {id(ln) for c, d in quoted_comments for ln in lines[c:d + 1]}
        outside = [ln for ln in outside if id(ln) not in kept]
    above = next((lines[k].text for k in range(a - 1, -1, -1) if lines[k].text.strip()), None)
    if above is not None:
        from .segment import is_comments_heading

        if is_comments_heading(above.lstrip("# ")):
            return None  # ("## Comments" over it: a clipper's comments, written as block quotes)
    block = lines[a:b + 1]
    _unmark_quote(block, log)
    # "— Name, Headline · 1w" closing the quote: the post's header, read first
    last = next((ln for ln in reversed(block) if ln.text.strip()), None)
    head = _split_closing_attribution(last, log) if last is not None else []
    body = [ln for ln in block if ln is not last] if head else block
    opened: list[Line] = []
    if opening is not None and not head:
        # (the credit above is the header only where none closes the quote: with one, it is
        # outside the post like any other line there)
        hd = lines[opener]
        outside = [ln for ln in outside if ln is not hd]
        opened = log.keep_parts(hd, "quote.attribution", opening)
    for ln in outside:
        log.drop_line(ln, "quote.outside")
    after: list[Line] = []
    for c, d in quoted_comments:
        run = lines[c:d + 1]
        _unmark_quote(run, log)
        sign = next(ln for ln in reversed(run) if ln.text.strip())
        text = [ln for ln in run if ln is not sign and ln.text.strip()]
        after += [*_split_closing_attribution(sign, log), *text]
    if not head and _depth < 4 and sum(1 for ln in body if ln.text[:1] == ">" or ln.text[:2] == " >") >= 5:
        # a quote inside the quote (a mail forwarded twice: "> > " on the post's lines, the
        # first forward's headers and note at the outer level): the inner block is the post
        # (four levels at most: each level reads the whole block again)
        inner = cut_quoted_post(body, log, _depth + 1)
        if inner is not None:
            body = inner
    return [*opened, *head, *body, *after]


def _unmark_quote(block: list[Line], log: RepairLog) -> None:
    """The "> " markers of a quoted block go (``quote.marker``); a marker alone leaves a blank line."""
    for ln in block:
        m = _QUOTE_LINE_rx().match(ln.text)
        if m is None:
            continue
        if not ln.text[m.end():].strip():
            log.drop_line(ln, "quote.marker")
            ln.blank = True  # (a blank line of the quoted text)
        else:
            log.edit(ln, "quote.marker", [(0, m.end(), "")])


def quoted_comment_lines(message: list[Line]) -> set[int]:
    """The ids of the lines of each quoted run of ``message`` that closes with an attribution
    with an age (:func:`_closes_with_attribution`)."""
    rx = _QUOTE_LINE_rx()
    out: set[int] = set()
    k, n = 0, len(message)
    while k < n:
        if not rx.match(message[k].text):
            k += 1
            continue
        j = k
        while j + 1 < n and rx.match(message[j + 1].text):
            j += 1
        if _closes_with_attribution(message, (k, j)):
            out.update(id(ln) for ln in message[k:j + 1])
        k = j + 1
    return out


def _closes_with_attribution(lines: list[Line], run: tuple[int, int]) -> bool:
    """Is the quoted run's last line an attribution with an age, under quoted text?"""
    c, d = run
    texts = [ln.text for ln in lines[c:d + 1] if ln.text.strip(" \t>")]
    if len(texts) < 2 or len(texts[-1]) > 300:
        return False
    m = _QUOTE_LINE_rx().match(texts[-1])
    return m is not None and _closing_attribution(texts[-1][m.end():]) is not None


def _closing_attribution(text: str):
    """The match of a quote's closing attribution ("— Name, Headline · 1w") whose name is a
    name and whose age is an age, or None."""
    am = patterns.quote_attribution().fullmatch(text)
    if am is None:
        return None
    from .segment import is_name, parse_age

    age = parse_age(am.group("age"))
    if is_name(am.group("name")) and age is not None and age.end >= len(am.group("age").rstrip()):
        return am
    return None


def _split_closing_attribution(last: Line, log: RepairLog) -> list[Line]:
    """A closing attribution's line cut into its name, headline and age lines (its dash and
    separators recorded as ``quote.attribution``); [] where the line is none."""
    am = _closing_attribution(last.text)
    if am is None:
        return []
    log.edit(last, "quote.attribution", [(am.start("dash"), am.end("dash"), "")]
             + [(am.start(g), am.end(g), "") for g in ("sep1", "sep2") if am.group(g)])
    # (the line's text is now "Name Headline age" with single gaps: cut it there)
    t = last.text
    cuts = []
    pos = 0
    for g in ("name", "bio", "age"):
        v = am.group(g).strip() if am.group(g) is not None else ""
        if g != "bio" or v:
            i = t.find(v, pos)
            if i < 0:
                return []
            cuts.append(i)
            pos = i + len(v)
    return [p for p in last.split_at(cuts[1:]) if p.text.strip()]


# "*Ana Lee* · CTO at Norte", "**Ana Lee** | CTO · 2d", "Ana Lee — CTO at Norte:" (a name, in a
# chat's or Markdown's bold or not, then its headline and an age, over the quote it credits)
_OPENING_ATTRIBUTION = re.compile(
    r"[ \t]{0,8}+(?P<o>\*{1,2}|_)?(?P<name>[^*_·•|—–:\n]{2,70}?)(?(o)(?P=o))[ \t]{0,4}+[·•|—–][ \t]{0,4}+"
    r"(?P<bio>[^·•|\n]{2,150}?)(?:[ \t]{0,4}+[·•|][ \t]{0,4}+(?P<age>[^·•|\n]{1,24}?))?[ \t]*+:?[ \t]*+")


def _opening_attribution(text: str) -> list[tuple[int, int]] | None:
    """The spans of the name, headline and age (when given) of a line crediting the block
    quote under it (:data:`_OPENING_ATTRIBUTION`), or None."""
    from .segment import is_name, parse_age

    if len(text) > 300:
        return None
    m = _OPENING_ATTRIBUTION.fullmatch(text)
    if m is None or not is_name(m.group("name").strip()):
        return None
    bio = m.group("bio").strip()
    if not any(c.isalpha() for c in bio) or bio[-1:] in ".!?。！？" or "://" in bio:
        return None
    spans = [m.span("name"), m.span("bio")]
    if m.group("age") is not None:
        got = parse_age(m.group("age").strip())
        if got is None or got.end < len(m.group("age").strip()):
            return None
        spans.append(m.span("age"))
    return spans


_DIGITS_OR_URL = re.compile(r"\d++|[a-z][a-z0-9+.-]{1,15}://\S++")


def drop_translated_copy(lines: list[Line], log: RepairLog) -> bool:
    """A translator's page (DeepL, Google Translate, a browser's translate pane) with the post
    pasted as the source: the post's header (a name, then an age within four lines), its text
    up to a line of hashtags, and below it the same text translated — a block closed by a line
    of as many hashtags that holds the same numbers and links in the same order. The
    translation and what follows it, and the translator's lines above the header, are no post
    (``ui.translator``). True when one was found."""
    from .chat import post_header_in
    from .segment import find_hashtags, is_hashtag_line, is_name, parse_age

    content = [ln for ln in lines if ln.text.strip()]
    tags = [k for k, ln in enumerate(content) if "#" in ln.text and is_hashtag_line(ln.text)]
    if len(tags) < 2:
        return False
    h = post_header_in(content)
    if h is None or h > tags[0]:
        return False
    g = next((k for k in range(h + 1, min(h + 5, len(content))) if parse_age(content[k].text) is not None), None)
    if g is None or g >= tags[0]:
        return False
    h = max((k for k in range(h, g - 1) if is_name(content[k].text)), default=h)  # (the name nearest the age)
    end = tags[0]
    n = len(find_hashtags(content[end].text))
    sign = _DIGITS_OR_URL.findall("\n".join(ln.text for ln in content[g + 1:end]))
    if not sign:
        return False  # (no number nor link to match the copy by: two posts may be tagged alike)
    size = sum(len(ln.text) for ln in content[g + 1:end])
    # each line's numbers and links, read once (no match spans a line break, so a block's are
    # its lines' in order), and running counts of them and of the characters from the post's
    # tag line on: a block's tokens are a slice of ``flat``, its size a difference of ``chars``
    flat: list[str] = []
    count = [0] * (end + 2)  # (count[k]: the tokens of content[end + 1:k])
    chars = [0] * (end + 2)
    for ln in content[end + 1:]:
        flat += _DIGITS_OR_URL.findall(ln.text)
        count.append(len(flat))
        chars.append(chars[-1] + len(ln.text))
    m = len(sign)
    for e2 in tags[1:]:
        if len(find_hashtags(content[e2].text)) != n:
            continue
        # the translation: a block over the second tag line that holds the same numbers and
        # links (the translator's own lines between the two copies are skipped); the blocks
        # holding exactly as many are the starts ``a`` whose count is m below e2's, all with
        # the same tokens, the longest of them the likeliest to be long enough (binary search:
        # once per tag line, not a block re-read for every start)
        a = bisect_left(count, count[e2] - m, end + 1, e2)
        if a < e2 and count[a] == count[e2] - m and flat[count[a]:count[e2]] == sign \
                and (chars[e2] - chars[a]) * 2 >= size:
            for ln in content[:h] + content[end + 1:]:
                log.drop_line(ln, "ui.translator")
            return True
    return False


def cut_lead_in(lines: list[Line], log: RepairLog) -> bool:
    """Someone's own words over a post they pasted (a note's title, date and remark, a chat
    message's "X posted this, pass it on:", a request to an assistant): the post's header —
    a name, a headline, an age line ("2 d •", "1 sem. • Modifié •") — within the first
    content lines, with the post's text under it and no age line above it. What stands above
    the header is no post (``note.outside``). Only where the header is no dump's first line
    and the words above it are more than one line, or one line that introduces what follows
    (it ends with a colon): a single line over a byline is an article's title."""
    from .segment import is_headline, is_name, parse_age

    content = [ln for ln in lines[:200] if ln.text.strip()]
    for j in range(1, min(len(content) - 3, 7)):
        t = content[j].text.strip()
        if len(t) > 70 or not t[:1].isalpha() or not is_name(t):
            continue
        age = content[j + 2].text.strip()
        a = parse_age(age) if len(age) <= 40 else None
        if a is None or not is_headline(content[j + 1].text):
            continue
        above = content[:j - 1] if content[j - 1].text.strip() == t else content[:j]  # (a name shown twice)
        if not above:
            return False
        if any(len(ln.text.strip()) <= 40 and parse_age(ln.text) is not None for ln in above):
            return False  # (an age above: the first header is the post's, and this one a comment's)
        if len(above) == 1 and not above[0].text.rstrip().endswith((":", "：")):
            return False
        if any(is_name(x.text) and is_headline(y.text) for x, y in zip(above, above[1:])):
            return False  # (a byline above, a name over its headline: the text's own header)
        if any(nodes.classify(ln.text.strip()).kind != nodes.TEXT for ln in above) or not any(
                len(ln.text.split()) >= 3 and ln.text.rstrip()[-1:] in ".!?:：。！？" for ln in above):
            return False  # (a page's chrome above, not a person's words: the page's reading knows it)
        for ln in above:
            log.drop_line(ln, "note.outside")
        return True
    return False


@lru_cache(maxsize=1)
def _NOTE_HEADING_rx() -> re.Pattern[str]:
    return re.compile(r"\s{0,3}#{2,3}\s+(\S.*?)\s*#*\s*")


# (the blanks around the bullets are bounded: with "\s*" there, a line "- **Name** · " then a
# long run of blanks made the lazy headline try every split of the run against every other:
# seconds for 1 KB; a header never holds 40 blanks in a row)
@lru_cache(maxsize=1)
def _NOTE_COMMENT_rx() -> re.Pattern[str]:
    return re.compile(r"(?P<indent>\s*)[-*+]\s+\*\*(?P<name>[^*\n]{2,80})\*\*(?P<badge>\s{0,40}\([^()\n]{1,30}\))?"
                      r"(?:\s{0,40}[·•|]\s{0,40}(?P<bio>[^·•|\n]{2,200}?))?\s{0,40}[·•|]\s{0,40}(?P<age>[^·•|\n]{1,24}?)\s*")


# the same header without the list's bullet or the bold, as an export writes a comment over
# its quoted text: "Ana Lee · CTO · 2w", "↳ **Bo Kim** (Author) · Head of Data · Norte · 1w"
# (an arrow marks a reply; the headline runs up to the last bullet, its own bullets kept).
# Linear on any line: no run of blanks is shared by two quantifiers (the blanks are taken
# possessively, the name, headline and age end on a non-blank), so a line of blanks or one
# "Name · " then blanks costs its length, where the plain form ([ \t]* around the lazy parts)
# tried every split of the run against every other (seconds for 1 KB of spaces and a "·").
# The matches are the plain form's: a name of one character then a blank ("ع · 2w", as the
# lazy name took it), one glued to the bullet after the indentation or the arrow (the name
# taking the blank before it: _ONE_GLUED), a one-character headline after a blank, a blank
# headline between two bullets ("Ana ·   · 2w"); they differ only in where the blanks around
# the name and the headline fall, which the caller strips.
_NOTE_NAME_CHAR = r"[^*·•|()\n]"
_ONE_GLUED = r"(?=[ \t][^*·•|()\n \t][·•|(])"


@lru_cache(maxsize=1)
def _NOTE_COMMENT_LOOSE_rx() -> re.Pattern[str]:
    n = _NOTE_NAME_CHAR
    return re.compile(r"(?<![ \t])(?P<indent>[ \t]*+|[ \t]*" + _ONE_GLUED + r")"
                      r"(?P<reply>[" + patterns.REPLY_ARROWS + r"](?:[ \t]*+|[ \t]*" + _ONE_GLUED + r"))?"
                      r"(?P<open>\*\*)?(?P<name>" + n + r"[ \t]|" + n + r"{1,79}?(?:[^*·•|()\n \t]|[ \t](?=\*\*)))(?(open)\*\*)"
                      r"(?P<badge>[ \t]*+\([^()\n]{1,30}\))?"
                      r"(?:[ \t]*+[·•|](?:[ \t]*+(?P<bio>(?<=[ \t])[^\n \t]|[^\n][ \t]|[^\n]{1,199}?[^\n \t])|[ \t]{2,}+))?"
                      r"[ \t]*+[·•|][ \t]*+(?P<age>[^·•|\n]{1,24}?)[ \t]*+")


# a section heading's count after its name: "(3 of 86)", "(12)", "· 12", ": 12"
_HEADING_COUNT = re.compile(r"\s*(?:[(\[（][^()\[\]（）]*\d[^()\[\]（）]*[)\]）]|[·•:—–-]\s*\d[\d,.\s]*)\s*$")
# ... or a short note in brackets after it: "## Comments (clipped)", "## Comments (partial)"
_HEADING_NOTE = re.compile(r" ?[(（][^()（）\d]{1,20}[)）]$")


def note_sections(lines: list[Line], log: RepairLog) -> tuple[list[Line], list] | None:
    """A note page's own sections (``patterns.NOTE_SECTIONS``): the heading over the post's
    text goes (``note.section``), the note-taker's own section goes whole (``note.own_notes``),
    and the comments section's bulleted list (``- **Name** · Headline · 3d`` then the text
    indented under it, a reply as a nested bullet) is read into comments, its markup recorded
    (``note.comment_syntax``). Returns the remaining lines and the comments; None where the
    page has no such sections."""
    from . import segment
    from .document import Author, Comment

    folded = {k: {x.casefold() for x in v} for k, v in patterns.NOTE_SECTIONS.items()}
    heads: list[tuple[int, str]] = []
    for k, ln in enumerate(lines):
        if ln.text.lstrip().startswith("##"):
            m = _NOTE_HEADING_rx().fullmatch(ln.text)
            if m:
                # ("## Comments (3 of 86)", "## Comments · 12": the heading with its count)
                name = _HEADING_NOTE.sub("", _HEADING_COUNT.sub("", m.group(1))).casefold()
                kind = next((f for f, names in folded.items() if name in names), None)
                if kind:
                    heads.append((k, kind))
    if not heads:
        return None
    if not any(kind == "text" for _, kind in heads):
        # no heading over the text: a note's page only where its comments heading heads such
        # a list ("- **Name** · Headline · 3d"), its first item right under it
        at = next((k for k, kind in heads if kind == "comments"), None)
        item = next((ln for ln in lines[at + 1:] if ln.text.strip()), None) if at is not None else None
        m = _NOTE_COMMENT_rx().fullmatch(item.text) if item is not None else None
        if m is None or segment.parse_age(m.group("age")) is None or not segment.is_name(m.group("name").strip()):
            return None
    bounds = [h[0] for h in heads] + [len(lines)]
    drop: set[int] = set()
    comments: list = []
    for (k, kind), end in zip(heads, bounds[1:]):
        log.drop_line(lines[k], "note.section")
        drop.add(k)
        above = next((j for j in range(k - 1, -1, -1) if lines[j].text.strip()), None)
        if above is not None and above not in drop and segment.is_rule_line(lines[above].text):
            log.drop_line(lines[above], "segment.separator")  # ("---" over the heading: the section's rule)
            drop.add(above)
        if kind == "notes":
            for j in range(k + 1, end):
                if lines[j].text.strip():
                    log.drop_line(lines[j], "note.own_notes")
                drop.add(j)
        elif kind == "comments":
            stack: list[tuple[int, object]] = []
            cur = None
            closed = False  # (a rule after the list: what follows is the tool's footer)
            for j in range(k + 1, end):
                ln = lines[j]
                drop.add(j)
                if not ln.text.strip():
                    continue
                if closed or (cur is not None and segment.is_rule_line(ln.text)):
                    closed = True
                    log.drop_line(ln, "ui.section_end")
                    continue
                m = _NOTE_COMMENT_rx().fullmatch(ln.text)
                if m is None and ("·" in ln.text or "•" in ln.text or "|" in ln.text):
                    m = _NOTE_COMMENT_LOOSE_rx().fullmatch(ln.text)
                age = segment.parse_age(m.group("age")) if m else None
                if m is not None and age is not None and segment.is_name(m.group("name").strip()):
                    bold = ln.text.startswith("**", m.end("name"))
                    tail_start = m.end("badge") if m.group("badge") else m.end("name") + (2 if bold else 0)
                    spans = [(m.end("indent"), m.start("name"), ""), (m.end("name"), tail_start, "")]
                    bio = (m.group("bio") or "").strip() or None
                    if bio is not None and nodes.key(bio) in nodes.author_badge_keys():
                        bio = None  # ("**Name** · Author · 2w": the post author's badge, no headline)
                    if bio is not None:
                        spans.append((tail_start, m.start("bio"), ""))
                        spans.append((m.end("bio"), m.start("age"), ""))
                    else:
                        spans.append((tail_start, m.start("age"), ""))
                    log.edit(ln, "note.comment_syntax", [sp for sp in spans if ln.text[sp[0]:sp[1]].strip()])
                    c = Comment(Author(m.group("name").strip(), bio), age.text, age.iso, "")
                    depth = len(m.group("indent").expandtabs(4)) + (1 if m.groupdict().get("reply") else 0)
                    while stack and stack[-1][0] >= depth:
                        stack.pop()
                    if stack:
                        stack[-1][1].replies.append(c)
                    else:
                        comments.append(c)
                    stack.append((depth, c))
                    cur = c
                elif cur is not None:
                    q = _MD_QUOTE.match(ln.text)  # (the text quoted under its header: "> …")
                    if q is not None and q.end() < len(ln.text.rstrip()):
                        log.edit(ln, "note.comment_syntax", [(0, q.end(), "")])
                    cur.text = (cur.text + "\n" + ln.text.strip()).strip()
                else:
                    log.drop_line(ln, "note.comment_syntax")  # (a line before the first comment)
    return [ln for k, ln in enumerate(lines) if k not in drop], comments


def drop_machine_translation(lines: list[Line], log: RepairLog) -> bool:
    """The machine translation shown under a post ("Automatically translated by …" up to
    "Show original", then "Rate this translation"; ``patterns.MACHINE_TRANSLATION_*``) is no
    part of the post: dropped (``ui.machine_translation``). Only a block closed by its end
    line, within 200 lines. True when one was dropped."""
    starts, ends, rate = (patterns.MACHINE_TRANSLATION_START, set(patterns.MACHINE_TRANSLATION_END),
                          set(patterns.MACHINE_TRANSLATION_RATE))
    done = False
    k = 0
    while k < len(lines):
        t = lines[k].text.strip()
        if t.startswith(starts) and len(t) <= 120:
            end = next((j for j in range(k + 1, min(len(lines), k + 200)) if lines[j].text.strip() in ends), None)
            if end is not None:
                last = end
                nxt = next((j for j in range(end + 1, min(len(lines), end + 3)) if lines[j].text.strip()), None)
                if nxt is not None and lines[nxt].text.strip() in rate:
                    last = nxt
                for ln in lines[k:last + 1]:
                    if ln.text.strip():
                        log.drop_line(ln, "ui.machine_translation")
                done = True
                k = last + 1
                continue
        k += 1
    return done


def split_concatenated(lines: list[Line]) -> Parts | None:
    """Posts a scraper (or a person) joined with a rule ("-----", "----- Post 2 -----",
    "=== 3 ==="): split there when every part has a post header of its own (a name, then an
    age or a ``Report this …`` anchor). A label on a line of its own next to a rule
    ("-----" / "# Post 2") is part of the separator."""
    # (every rule opens with its character or a space: most lines are not matched at all)
    cand = [i for i, ln in enumerate(lines)
            if ln.text and (ln.text[0] in _RULE_CHARS or ln.text[0].isspace())]
    seps = [i for i in cand if _is_rule(lines[i].text)]
    # a short rule ("---", "***") counts only with a label beside it ("---" / "# Post 2" / "---")
    short = [i for i in cand if _SHORT_RULE.match(lines[i].text)]
    if not seps and not short:
        return None
    labels: list[int] = []
    for i in sorted(seps + short):
        for step in (1, -1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j].text.strip():
                j += step
            if 0 <= j < len(lines) and j not in seps and _RULE_LABEL.match(lines[j].text):
                labels.append(j)
                if i in short:
                    seps.append(i)
    if not seps:
        return None
    cut = sorted(set(seps) | set(labels))
    bounds = [-1, *cut, len(lines)]
    chunks = [lines[a + 1 : b] for a, b in zip(bounds, bounds[1:])]
    chunks = [c for c in chunks if any(ln.text.strip() for ln in c)]
    if len(chunks) > 2 and not _has_post_header(chunks[0]):
        # a collection's title over the first rule ("Saved posts" / "=====", a notes app's):
        # part of the separator, when it is a line or two of a few words
        top = [k for k, ln in enumerate(lines[: cut[0]]) if ln.text.strip()]
        if len(top) <= 2 and all(len(lines[k].text.strip()) <= 60 for k in top):
            cut = sorted(set(cut) | set(top))
            chunks = chunks[1:]
    if len(chunks) < 2 or not all(_has_post_header(c) for c in chunks):
        return None
    return Parts(chunks, [lines[i] for i in cut])


def split_mail_digest(lines: list[Line]) -> Parts | None:
    """A notification e-mail's digest of several posts ("Name / headline / text / View post",
    one after the other, no ages): a part per post, each starting at the name under the
    previous post's button (past its counts), when a name and a text line stand there. The
    text lines above the first post's name are the mail's greeting ("Top posts in your
    network"), and so are the lines under the last post's button and counts (the mail's
    footer). Only for what is a mail (the caller's test)."""
    from .segment import is_name

    full = [i for i, ln in enumerate(lines) if ln.text.strip()]
    if len(full) > 2000:
        return None
    kinds = dict(zip(full, nodes.kinds_of([lines[i].text for i in full])))
    starts: list[int] = []
    for n, i in enumerate(full):
        if kinds[i].rule != "ui.notification_mail" or not any(kinds[x].kind == nodes.TEXT for x in full[:n]):
            continue
        m = n + 1
        while m < len(full) and kinds[full[m]].kind != nodes.TEXT:
            m += 1  # (the post's counts under its button: "46 reactions · 7 comments")
        if m + 1 < len(full) and is_name(lines[full[m]].text.strip()) and kinds[full[m + 1]].kind == nodes.TEXT:
            starts.append(full[m])
    if not starts:
        return None
    first = next((i for n, i in enumerate(full[:-1]) if i < starts[0] and kinds[i].kind == nodes.TEXT
                  and is_name(lines[i].text.strip()) and kinds[full[n + 1]].kind == nodes.TEXT), None)
    if first is None:
        return None
    greeting = [lines[i] for i in full if i < first and kinds[i].kind == nodes.TEXT]
    if len(greeting) > 2:
        return None  # (more than a greeting above the first post: not a digest's head)
    # the last post ends on its own button and counts: the mail's footer below them
    # ("See all updates", "This email was intended for …") is no post's
    end = len(lines)
    tail = [i for i in full if i > starts[-1]]
    button = next((n for n, i in enumerate(tail) if kinds[i].rule == "ui.notification_mail"), None)
    if button is not None and button > 0:
        m = button + 1
        while m < len(tail) and kinds[tail[m]].kind != nodes.TEXT:
            m += 1
        if m < len(tail):
            end = tail[m]
            greeting += [lines[i] for i in tail[m:]]
    bounds = [0, *starts, end]
    return Parts([lines[a:b] for a, b in zip(bounds, bounds[1:])], [], greeting)


def _has_post_header(chunk: list[Line]) -> bool:
    from .segment import is_name

    # (a pasted page repeats its sign-in banner and navigation before the header: chrome
    # does not count against the window)
    kinds = [(t, nodes.classify(t)) for t in (ln.text.strip() for ln in chunk[:400]) if t]
    head = [tk for tk in kinds if tk[1].kind != nodes.CHROME][:14]
    content = [t for t, _ in head]
    for k, (t, kind) in enumerate(head):
        if kind.kind in (nodes.REPORT_POST, nodes.REPORT_ARTICLE):
            return True
        if (kind.kind == nodes.AGE or kind.rule == "ui.visibility") and any(is_name(_unbadged(x)) for x in content[max(0, k - 4):k]):
            return True
    return False


def _unbadged(text: str) -> str:
    """A name line without its badge after a bullet ("Ana Lee • 2nd" -> "Ana Lee")."""
    found = nodes.badge_cut(text)
    return text[:found[0]] if found else text


@lru_cache(maxsize=1)
def _promoted_keys() -> frozenset[str]:
    return frozenset(nodes.key(p) for p in patterns.PROMOTED)


def is_promoted(chunk: list[Line]) -> bool:
    """Is this feed card an ad ("Promoted" among its first lines)?"""
    marks = _promoted_keys()
    head = [ln.text for ln in chunk if ln.text.strip()][:10]
    return any(nodes.key(t) in marks for t in head)


def looks_like_post_page(lines: list[Line]) -> bool:
    """A page copied one UI node per line: a ``Report this …`` anchor, or buttons and
    counters (an article with a "+ Follow" under its byline is not one)."""
    classified = nodes.kinds_of([ln.text for ln in lines[:3000] if ln.text.strip()])
    kinds = [c.kind for c in classified]
    anchors = sum(1 for k in kinds if k in (nodes.REPORT_POST, nodes.REPORT_COMMENT, nodes.REPORT_ARTICLE))
    # (a notification e-mail's buttons, "View post", "Unsubscribe · Help", are its page's)
    buttons = sum(1 for c in classified if c.kind in (nodes.ACTION, nodes.COUNTER, nodes.FOLD)
                  or c.rule == "ui.notification_mail")
    if anchors >= 1 or buttons >= 3:
        return True
    # a post copied from the app with its counters but not its buttons (a messenger's copy of
    # it): the post's header opens it, a name with the age and its visibility bullet ("5h •",
    # the globe after it lost) within three lines under it
    if buttons >= 1 and _post_header_on_top(lines):
        return True
    # a signed-out page behind its sign-in wall (the modal's lines, "Sign in to view more
    # content", in any UI language of the table), the post's header under them: a name, then
    # its age (a headline between them or not)
    return any(c.rule == "ui.sign_in" for c in classified[:12]) and _header_under_sign_in(classified, lines)


def _header_under_sign_in(classified, lines: list[Line]) -> bool:
    from .segment import is_name

    texts = [ln.text.strip() for ln in lines[:3000] if ln.text.strip()]
    rest = [(c, t) for c, t in zip(classified, texts) if c.rule != "ui.sign_in" and not nodes.is_chrome(c)]
    return len(rest) >= 3 and rest[0][0].kind == nodes.TEXT and is_name(rest[0][1]) and any(
        c.kind == nodes.AGE for c, _ in rest[1:3])


def _post_header_on_top(lines: list[Line]) -> bool:
    from .segment import is_name

    content = list(itertools.islice((ln.text.strip() for ln in lines if ln.text.strip()), 5))
    return len(content) > 4 and is_name(content[0]) and any(
        t[-1:] == "•" and nodes.classify(t).kind == nodes.AGE for t in content[1:4])


# --------------------------------------------------------------------------------------------
# Doubled labels in feed copies ("Ayush Tiwari" twice; "NameName" glued)


def undouble(lines: list[Line], log: RepairLog) -> None:
    prev: Line | None = None
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        n = len(t)
        half = n // 2
        if n >= 4 and n % 2 == 0 and t[:half] == t[half:]:
            start = ln.text.index(t) + half
            log.edit(ln, "ui.doubled_label", [(start, start + half, "")])
            t = ln.text.strip()
        elif n >= 5 and n % 2 == 1 and t[half] == " " and t[:half] == t[half + 1 :] and " " in t[:half]:
            start = ln.text.index(t) + half  # "Elena Fabbri Elena Fabbri"
            log.edit(ln, "ui.doubled_label", [(start, start + half + 1, "")])
            t = ln.text.strip()
        if prev is not None and t == prev.text.strip() and len(t) <= 200 and not nodes.is_chrome(nodes.classify(t)):
            log.drop_line(ln, "ui.doubled_label")
            continue
        if prev is not None and len(t) <= 20 and prev.text.strip().lstrip("•· ") == t and prev.text.strip() != t:
            log.drop_line(ln, "ui.connection_degree")  # "• 1촌" then "1촌"
            continue
        prev = ln


# --------------------------------------------------------------------------------------------
# CSV exports (comments or posts, one row each)


#: a qualifier closing a column name in brackets ("Posted (rel)", "Date (UTC)", "Likes (count)"):
#: the name is the words before it
_COLUMN_QUALIFIER = re.compile(r"(?<=\w)\s*\([^()]{1,20}\)\s*$")


@lru_cache(maxsize=4096)  # (asked for every key of every object: a 5,000-row export asked 480,000 times)
def column_key(name: str) -> str:
    """A column name compared without case, separators or accents: "postContent",
    "post_content" and "Post Content" are one name, and so are "Publicación" and
    "publicacion"."""
    name = _COLUMN_QUALIFIER.sub("", name) if ")" in name else name
    s = unicodedata.normalize("NFKD", name.strip().lstrip("\ufeff").casefold())
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("ı", "i")
    return re.sub(r"[\W_]", "", s)


@lru_cache(maxsize=1)
def _column_tables() -> tuple[dict[str, tuple[str, int]], list[tuple[str, str]], list[tuple[str | None, str]],
                              dict[str, str], tuple[str, ...]]:
    fields: dict[str, tuple[str, int]] = {}
    for f, names in patterns.EXPORT_FIELD_NAMES.items():
        for rank, n in enumerate(names):
            fields.setdefault(column_key(n), (f, rank))
    # (longest words first: "commentaire" before "comment")
    roles = sorted(((r, column_key(w)) for r, ws in patterns.EXPORT_ROLE_WORDS.items() for w in ws),
                   key=lambda rw: -len(rw[1]))
    persons = sorted(((r, column_key(w)) for r, ws in patterns.EXPORT_PERSON_WORDS.items() for w in ws),
                     key=lambda rw: -len(rw[1]))
    person_fields = {column_key(w): f for f, ws in patterns.EXPORT_PERSON_FIELDS.items() for w in ws}
    conns = tuple(sorted((column_key(c) for c in patterns.EXPORT_NAME_CONNECTORS), key=re.longest_first))
    return fields, roles, persons, person_fields, conns


def _strip_connector(rest: str, conns: tuple[str, ...], at_end: bool) -> str:
    for c in conns:
        if at_end and rest.endswith(c) and len(rest) > len(c):
            return rest[: -len(c)]
        if not at_end and rest.startswith(c) and len(rest) > len(c):
            return rest[len(c):]
    return rest


def _around(k: str, word: str, conns: tuple[str, ...]) -> list[str]:
    """What stands beside ``word`` when ``k`` begins or ends with it (a connector between
    them dropped): "commenttext" -> ["text"], "textducommentaire" -> ["text"]."""
    out = []
    if k.startswith(word):
        rest = k[len(word):]
        out += [rest, _strip_connector(rest, conns, False)]
    if k.endswith(word):
        rest = k[: len(k) - len(word)]
        out += [rest, _strip_connector(rest, conns, True)]
    return out


def _bare_column(k: str) -> tuple[str | None, str | None, int]:
    """A column name without a role word: a field name, or a person word beside a field
    word ("authorTitle", "Naam auteur", "commenter"): (role, field, rank)."""
    fields, _, persons, person_fields, conns = _column_tables()
    role = None
    for prole, w in persons:
        if w in k and any(r in person_fields for r in _around(k, w, conns)):
            role = prole
            break
    if k in fields:
        return (role, *fields[k])
    for prole, w in persons:
        for rest in _around(k, w, conns):
            if rest in person_fields:
                return prole, person_fields[rest], 500
            if rest in fields and fields[rest][0] in ("headline", "author", "age"):
                return prole, fields[rest][0], 500 + fields[rest][1]
    tr, orig = _translation_words()
    for w in tr:
        for rest in _around(k, w, conns):
            if rest and fields.get(rest, ("",))[0] in ("text", "headline", "author", "title"):
                return None, "translation", 0  # ("text_translated": a machine translation, no field's)
    for w in orig:
        for rest in _around(k, w, conns):
            if rest and fields.get(rest, ("",))[0] in ("text", "headline", "author"):
                return None, fields[rest][0], 700 + fields[rest][1]  # ("text_original": the field)
    return (None, *_doubled_field(k))


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[tuple[str, str], ...]:
    return tuple((f, column_key(w)) for f, ws in patterns.EXPORT_FIELD_QUALIFIERS.items() for w in ws)


def _doubled_field(k: str) -> tuple[str | None, int]:
    """Two words of one field run together ("content_text", "body_text", "isi_teks",
    "Inhalt Text"): that field, ranked after every name of it alone; else (None, 0)."""
    if len(k) > 60:
        return None, 0  # (no field's name is that long: a key of 100 KB was sliced at every cut)
    fields = _column_tables()[0]
    for cut in range(2, len(k) - 1):
        head, tail = fields.get(k[:cut]), fields.get(k[cut:])
        if head is not None and tail is not None and head[0] == tail[0]:
            return head[0], 600 + min(head[1], tail[1])
    # a field word and a word that qualifies it ("waktu_relatif", "jumlah_suka"; patterns.
    # EXPORT_FIELD_QUALIFIERS): that field
    for f, q in _qualifiers():
        for rest in (k[len(q):] if k.startswith(q) else "", k[: -len(q)] if k.endswith(q) else ""):
            hit = fields.get(rest) if rest else None
            if hit is not None and hit[0] == f:
                return f, 700 + hit[1]
    return None, 0


@lru_cache(maxsize=1)
def _translation_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (tuple(sorted({column_key(w) for w in patterns.EXPORT_TRANSLATION_WORDS}, key=len, reverse=True)),
            tuple(sorted({column_key(w) for w in patterns.EXPORT_ORIGINAL_WORDS}, key=len, reverse=True)))


@lru_cache(maxsize=1024)
def classify_column(name: str) -> tuple[str | None, str | None, int]:
    """What an export's column (or a JSON key) names: (role, field, rank). ``field`` is one
    of :data:`patterns.EXPORT_FIELD_NAMES` (None: no field), ``role`` "post", "comment" or
    None (the row's own), ``rank`` the preference among columns naming one field (lower
    wins). "comment_author_headline" is (comment, headline); "post_age" (post, age);
    "Texte du commentaire" (comment, text); "authorName" (None, author)."""
    k = column_key(name)
    if not k:
        return None, None, 0
    fields, roles, _, _, conns = _column_tables()
    for role, w in roles:
        if k == w:
            if k in fields:
                return role, fields[k][0], fields[k][1]
            continue
        for rest in _around(k, w, conns):
            if not rest:
                continue
            prole, f, rank = _bare_column(rest)
            if f is not None:
                return prole or role, f, fields[k][1] if k in fields and fields[k][0] == f else rank + 1000
    return _bare_column(k)


#: the count columns of an export ("numComments", "reposts"): no field takes them, but a
#: header naming them is an export's
_COUNT_COLUMNS = frozenset(column_key(c) for c in patterns.EXPORT_COUNT_COLUMNS)

@dataclass(slots=True)
class Cell:
    text: str  # the value, quotes undone
    start: int  # offset of the value's first character in the text (after an opening quote)
    end: int = 0  # offset just after the value's last character (before a closing quote)
    quoted: bool = False


_HEADER_FIELD = re.compile(r"^[^\W\d][\w .'’/()#-]{0,40}$")
_DELIMITERS = (",", ";", "\t", "|")


def _header_names(header: list[str]) -> bool:
    """Every field of a header row a column name; the first may be empty, the unnamed index
    column of a data frame written whole (pandas' ``to_csv``, R's ``write.csv``: ``,post_id,…``)."""
    return all(_HEADER_FIELD.match(h) for h in (header[1:] if len(header) >= 3 and not header[0] else header))


def csv_delimiter(first_line: str, text: str | None = None) -> str | None:
    """The delimiter of a CSV export whose first line is a header row naming a text column:
    ``,``, ``;`` (a spreadsheet in a locale whose decimal mark is the comma), tab or ``|``,
    told by the structure of the header (every field a column name, one of them a text
    column), or None when it is none. Of two delimiters that fit, the one giving more
    columns wins."""
    line = first_line.lstrip("\ufeff").strip()
    best, width = None, 0
    for delim in _DELIMITERS:
        if delim not in line:
            continue
        header = [h.strip().strip('"').strip() for h in line.split(delim)]
        if len(header) < 2 or len(header) <= width or not _header_names(header):
            continue
        kinds = [classify_column(h) for h in header]
        if not any(f == "text" for _, f, _ in kinds):
            continue
        # (tabs also part the buttons of a copied action bar, "Like\tComment\tShare": a header
        # split by anything but commas names at least two columns an export has besides its text)
        known = sum(f is not None or column_key(h) in _COUNT_COLUMNS for h, (_, f, _) in zip(header, kinds))
        if delim == "," or known >= 3:
            best, width = delim, len(header)
    if best is None and text is not None:
        best = _delimiter_by_values(line, text)
    return best


def _header_cells(line: str, delim: str) -> list[str] | None:
    """The fields of a first line that may be a header row split by ``delim``: three or more
    distinct column names."""
    if delim not in line:
        return None
    header = [h.strip().strip('"').strip() for h in line.split(delim)]
    if len(header) < 3 or len(set(map(column_key, header))) < len(header):
        return None
    return header if _header_names(header) else None


def may_have_header(first_line: str) -> bool:
    """Could this first line be a header row whose names no table knows?"""
    line = first_line.lstrip("\ufeff").strip()
    return any(_header_cells(line, d) for d in _DELIMITERS)


def _delimiter_by_values(line: str, text: str) -> str | None:
    """A header whose names the tables do not know (another tool's, another language's): the
    delimiter whose rows are as wide as the header and whose columns, told by their values
    (:mod:`infer`), hold a text and a name or a URL."""
    for delim in _DELIMITERS:
        header = _header_cells(line, delim)
        if header is None:
            continue
        try:
            rows = _parse_rows(text, delim)
            if rows is None:
                continue
            data = rows[1:]
            if len(data) < 2 or len(rows[0]) != len(header):
                continue
            if sum(len(r) == len(header) for r in data) < 0.8 * len(data):
                continue
            fields = {f for _, f in infer_csv_columns(rows[0], data)[0].values()}
            fields |= {classify_column(h)[1] for h in header}
        except Exception:  # (a guess by values never stops the other shapes from trying)
            continue
        if "text" in fields and fields & {"author", "url"}:
            return delim
    return None


def infer_csv_columns(header: list[Cell], data: list[list[Cell]]
                      ) -> tuple[dict[int, tuple[str | None, str]], bool]:
    """The (role, field) of each column the tables do not name, by its values, and whether
    the rows are comments under a post each row repeats (:func:`infer.infer_columns`)."""
    from .infer import infer_columns

    known = [classify_column(c.text)[:2] for c in header]
    known = [(r, f) if f is not None or column_key(h.text) not in _COUNT_COLUMNS else (None, "count")
             for (r, f), h in zip(known, header)]
    return infer_columns([c.text for c in header], [[c.text for c in r] for r in data], known)


def has_csv_header(first_line: str, text: str | None = None) -> bool:
    """Is this first line a CSV (or TSV) export's header row naming a text column (or, given
    the whole ``text``, a header whose rows' values show a text column)?"""
    return csv_delimiter(first_line, text) is not None


def parse_csv(text: str) -> list[list[Cell]] | None:
    """RFC 4180 rows with the offset of every cell, or None when ``text`` is no CSV export
    with a header row naming a text column."""
    delim = csv_delimiter(text.split("\n", 1)[0], text)
    if delim is None:
        return None
    return _parse_rows(text, delim)


def _parse_rows(text: str, delim: str) -> list[list[Cell]] | None:
    stops = delim + "\n"
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    i = 1 if text.startswith("\ufeff") else 0
    n = len(text)
    while i <= n:
        if i < n and text[i] == '"':
            j = i + 1
            buf = []
            while j < n:
                if text[j] == '"':
                    if j + 1 < n and text[j + 1] == '"':
                        buf.append('"')
                        j += 2
                        continue
                    break
                buf.append(text[j])
                j += 1
            row.append(Cell("".join(buf), i + 1, j, True))
            i = j + 1
            # skip to the delimiter
            while i < n and text[i] not in stops:
                i += 1
        else:
            j = i
            while j < n and text[j] not in stops:
                j += 1
            row.append(Cell(text[i:j].rstrip("\r"), i, j))
            i = j
        if i >= n:
            rows.append(row)
            break
        if text[i] == "\n":
            rows.append(row)
            row = []
        i += 1
    rows = [r for r in rows if any(c.text.strip() for c in r)]
    return rows if len(rows) >= 2 else None


def csv_columns(header: list[Cell]) -> dict[tuple[str | None, str], tuple[int, int]]:
    """The column of each (role, field) a header names: (index, rank), the best-ranked
    column of each, the first of equals."""
    best: dict[tuple[str | None, str], tuple[int, int]] = {}
    for i, c in enumerate(header):
        role, f, rank = classify_column(c.text)
        if f is not None and ((role, f) not in best or rank < best[(role, f)][1]):
            best[(role, f)] = (i, rank)
    return best


def pick_column(cols: dict[tuple[str | None, str], tuple[int, int]], field: str,
                roles: tuple[str | None, ...]) -> int:
    """The best column for ``field`` among those of ``roles`` (-1: none)."""
    hits = [cols[(r, field)] for r in roles if (r, field) in cols]
    return min(hits, key=lambda h: (h[1], h[0]))[0] if hits else -1
