"""Exports: CSV files and JSON (Lines) files of scraped posts or comments.

Each becomes records by its columns or fields. Every character of the input is accounted
for: a field takes its value, and everything else — other columns and fields, the header,
delimiters, quotes, keys, JSON punctuation — is recorded as removed under a rule that names
it (``csv.column:<name>``, ``csv.syntax``, ``json.field:<key>``, ``json.syntax``); a JSON
escape a field decodes is recorded as replaced (``json.escape``).
"""

from __future__ import annotations

import bisect
from itertools import groupby
import json
import textwrap
import unicodedata
from . import _re as re
from collections.abc import Callable
from functools import lru_cache

from . import patterns, segment, shapes
from .document import Author, Comment, Record
from .repair import Line, RepairLog, drop_lone_surrogates, line_starts


class LabelledText:
    """The lines of a dump joined into one text, with a label per character: ``None`` where
    a field took it, else the rule that removes it."""

    def __init__(self, lines: list[Line], text: str, default: str) -> None:
        self.lines = lines
        self.text = text
        self.label: list[str | None] = [default] * len(text)
        self.starts: list[int] = []
        pos = 0
        for ln in lines:
            self.starts.append(pos)
            pos += len(ln.text) + 1

    def line_at(self, offset: int) -> Line:
        return self.lines[bisect.bisect_right(self.starts, offset) - 1]

    def record(self, log: RepairLog, escapes: list[tuple] = (), escape_rule: str = "json.escape") -> None:
        """Record every run of removed characters, line by line (a repair never spans a
        line), and each escape a field decoded: ``(start, end, decoded)``, or ``(start, end,
        decoded, rule)`` for a replacement under a rule of its own."""
        esc_at = {e[0]: (e[1], e[2], e[3] if len(e) > 3 else escape_rule) for e in escapes}
        if escapes and _LONE_HALF.search("".join([e[2] for e in escapes])):  # (one search, not one a escape)
            _settle_halves(esc_at)
        # (by runs, not by character: each line's labels are cut where they change, and where
        # an escape starts; a run's spaces before its first other character are not removed)
        label, text = self.label, self.text
        marks = sorted(esc_at)
        k, nm = 0, len(marks)
        for base, ln in zip(self.starts, self.lines):
            t = ln.text
            n = len(t)
            end = base + n
            x = 0
            while x < n:
                while k < nm and marks[k] < base + x:
                    k += 1
                stop = marks[k] - base if k < nm and marks[k] < end else n
                if stop == x:  # an escape starts here
                    e0, dec, rule = esc_at[marks[k]]
                    log.record(ln.no, ln.original_column(x), rule, text[base + x : e0], dec)
                    x = e0 - base
                    continue
                a = x
                for rule, run in groupby(label[base + x : base + stop]):
                    b = a + len(list(run))
                    if rule is not None:
                        rest = t[a:b].lstrip()
                        if rest:
                            log.record(ln.no, ln.original_column(b - len(rest)), rule, rest.rstrip())
                    a = b
                x = stop


_LONE_HALF = re.compile("[\ud800-\udfff]")


def _settle_halves(esc_at: dict[int, tuple]) -> None:
    """The escapes that decode to half a surrogate pair (a printer that escapes UTF-16 units one
    by one, Python's ``repr`` of a str holding them): a high half with its low half's escape
    right after it is one escape of the character they encode (the string's value holds it
    joined); a half with no other half beside it is a lost character, recorded as
    ``lost_character`` (the string's value does not hold it: ``JStr``)."""
    for s in sorted(esc_at):
        if s not in esc_at:
            continue  # (the low half of a pair joined below)
        e0, dec, rule = esc_at[s]
        if not _LONE_HALF.fullmatch(dec):
            continue
        nxt = esc_at.get(e0) if dec <= "\udbff" else None
        if nxt is not None and len(nxt[1]) == 1 and "\udc00" <= nxt[1] <= "\udfff":
            esc_at[s] = (nxt[0], (dec + nxt[1]).encode("utf-16", "surrogatepass").decode("utf-16"), rule)
            del esc_at[e0]
        else:
            esc_at[s] = (e0, "", "lost_character")


_COUNT_COLUMN = re.compile(r"count|^num|^total|^nb")
_COUNT_CELL = re.compile(r"\d(?:[\d,.\s]*\d)?(?:\s*[kKM])?")
# (a run of spaces is taken only from its start: tried from each of its spaces, a long run with
# no newline after it cost one pass per space)
_LINE_END_SPACE = re.compile(r"(?<![ \t])[ \t]+(?=\n)")
# (a second pass: the lines of spaces between paragraphs, "\n\n \n\n", are blank only once
# their spaces are gone; one alternation over both saw " \n" behind the newlines and kept them)
_BLANK_RUN = re.compile(r"(?<=\n\n)\n+")


def _block(text: str | None) -> str:
    """A field's text as the other shapes give a body: no trailing spaces on a line, one blank
    line at most between paragraphs (so that cleaning it again changes nothing)."""
    return _BLANK_RUN.sub("", _LINE_END_SPACE.sub("", text)) if text else (text or "")


# (GFM asks one dash a cell, and tabulate writes "|:--|" over a narrow index column; a row of
# "-" cells, a tool's empty values, is no rule: two dashes somewhere, see :func:`_md_rule`)
# (each run of spaces possessive: a pipe, a colon or a dash follows it, or the line's end, so
# it gives nothing back; an indented line's spaces were read again for each of their lengths)
_MD_SEPARATOR = re.compile(r"\s*+\|?\s*+:?-+:?\s*+(?:\|\s*+:?-+:?\s*+)+\|?\s*+")


def _md_rule(ln: str) -> bool:
    """Is the line a Markdown table's rule under its header (``|---|:--|``)?"""
    return "--" in ln and _MD_SEPARATOR.fullmatch(ln) is not None
_MD_ESCAPE = re.compile(r"<br\s*/?>|\\\|", re.I)  # a cell's line break, or an escaped pipe


def parse_md_table(text: str) -> tuple[list[list[shapes.Cell]], list[tuple], int] | None:
    """A Markdown (pipe) table — a Notion or Obsidian export of a database — with the offset
    of every cell: (rows, escapes, table start), or None when ``text``
    has none with a header row and its ``|---|`` rule among its first lines. A cell's
    ``<br>`` is a line break and ``\\|`` a pipe, each an escape recorded as decoded
    (``md.escape``). What stands before the table (a page heading) is its preamble."""
    pos = 0
    starts = []
    for ln in text.split("\n"):
        starts.append((pos, ln))
        pos += len(ln) + 1
    head = next((k for k, (_, ln) in enumerate(starts[:8]) if ln.lstrip().startswith("|")), None)
    if head is None or head + 1 >= len(starts) or not _md_rule(starts[head + 1][1]):
        return None
    rows: list[list[shapes.Cell]] = []
    escapes: list[tuple] = []
    footer = None
    for k in range(head, len(starts)):
        off, ln = starts[k]
        if not ln.strip():
            continue
        if not ln.lstrip().startswith("|"):
            rest = [x for _, x in starts[k:] if x.strip()]
            if not starts[k - 1][1].strip() and len(rest) <= 2 and all(len(x) <= 160 for x in rest):
                footer = off  # (the exporter's note under the table, after a blank line: "_4 rows · …_")
                break
            return None  # (text after the table: no table export)
        if _md_rule(ln):
            continue  # (the |---| rule: syntax, as the pipes)
        row: list[shapes.Cell] = []
        i = ln.index("|") + 1
        cell_start = i
        while i <= len(ln):
            if i < len(ln) and ln[i] == "\\" and ln[i + 1 : i + 2] == "|":
                i += 2
                continue
            if i == len(ln) or ln[i] == "|":
                raw = ln[cell_start:i]
                if i == len(ln) and not raw.strip():
                    break  # (after the closing pipe)
                lead = len(raw) - len(raw.lstrip())
                body = raw.strip()
                a = off + cell_start + lead
                value = []
                j = 0
                for m in _MD_ESCAPE.finditer(body):
                    value.append(body[j:m.start()])
                    dec = "|" if m.group() == "\\|" else "\n"
                    value.append(dec)
                    escapes.append((a + m.start(), a + m.end(), dec, "md.escape"))
                    j = m.end()
                value.append(body[j:])
                link = shapes._MD_LINK.fullmatch(body) if body[:1] == "[" and body[-1:] == ")" else None
                if link is not None and link.group(1).strip():
                    # (a cell that is one link, a person's name to their profile: its text)
                    value = [link.group(1)]
                    escapes.append((a, a + 1, "", "markdown.link"))
                    escapes.append((a + link.end(1), a + len(body), "", "markdown.link"))
                row.append(shapes.Cell("".join(value), a, a + len(body)))
                cell_start = i + 1
            i += 1
        rows.append(row)
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    _md_unescaped_pipes(rows, text)
    return (rows, escapes, starts[head][0]) + ((footer,) if footer is not None else ())


def _md_unescaped_pipes(rows: list[list[shapes.Cell]], text: str) -> None:
    """In place: a row with more cells than the header, its writer having left a pipe of a
    cell unescaped (a LinkedIn headline's "Site Lead | Logistics", a text's): the cells of the
    headline column (else the text column) joined with those that follow it, as many as the
    row has too many, when that leaves each column whose other cells are all ages or all
    counts (or whose name says so) an age or a count in this row too."""
    header = rows[0]
    n = len(header)
    exact = [r for r in rows[1:] if len(r) == n]
    fields = [shapes.classify_column(c.text)[1] for c in header]
    cands = [k for f in ("headline", "text") for k in range(n) if fields[k] == f]
    if not cands or all(len(r) <= n for r in rows[1:]):
        return

    def age(v: str) -> bool:
        return _whole_age(v) is not None

    def count(v: str) -> bool:
        return _COUNT_CELL.fullmatch(v) is not None

    kinds: list = []
    for k in range(n):
        vals = [r[k].text.strip() for r in exact if r[k].text.strip()]
        kinds.append(age if fields[k] == "age" or (vals and all(map(age, vals))) else
                     count if fields[k] == "reactions" or (vals and all(map(count, vals))) else None)
    for ri in range(1, len(rows)):
        r = rows[ri]
        extra = len(r) - n
        if extra <= 0:
            continue
        for k in cands:
            a, b = r[k], r[k + extra]
            merged = r[:k] + [shapes.Cell(a.text + text[a.end:b.start] + b.text, a.start, b.end)] + r[k + extra + 1:]
            if all(kinds[j] is None or not merged[j].text.strip() or kinds[j](merged[j].text.strip())
                   for j in range(n)):
                rows[ri] = merged
                break


def _md_tables(text: str) -> list[tuple[list[list[shapes.Cell]], list[tuple], int, int]] | None:
    """The Markdown tables of a text that holds two or more (a posts table and a comments
    table, each under its heading): (rows, escapes, start, end of the rule under the header)
    each; None when it holds fewer, or a line longer than a heading or a note between them."""
    blocks: list[tuple[int, int]] = []  # (start, end) of each run of lines opening with "|"
    pos = 0
    n = len(text)
    run = None
    while pos <= n:
        e = text.find("\n", pos)
        e = n if e < 0 else e
        ln = text[pos:e]
        if ln.lstrip().startswith("|"):
            if run is None:
                run = pos
        else:
            if run is not None:
                blocks.append((run, pos))
                run = None
            if len(ln) > 200:
                return None
        pos = e + 1
    if run is not None:
        blocks.append((run, n))
    if len(blocks) < 2:
        return None
    out = []
    for start, end in blocks:
        table = parse_md_table(text[start:end])
        if table is None:
            return None
        rows, escapes = table[0], table[1]
        rows = [[shapes.Cell(c.text, c.start + start, c.end + start) for c in r] for r in rows]
        escapes = [(a0 + start, b0 + start, *rest) for a0, b0, *rest in escapes]
        rule = text.find("\n", text.find("\n", start) + 1)
        out.append((rows, escapes, start, rule if 0 < rule < end else end))
    return out


def _md_key_value(rows: list[list[shapes.Cell]]) -> bool:
    """A table of one record's fields, one per row ("| Field | Value |", then "| Author | … |",
    "| Text | … |"): two columns (a row with more has left a pipe of its value unescaped), the
    first column's cells distinct short labels, two or more of them naming fields of a post,
    one its text. The header names no field of its own ("Field | Value", "Campo | Valor")."""
    if len(rows) < 3 or len(rows[0]) != 2 or any(len(r) < 2 for r in rows[1:]):
        return False
    keys = [r[0].text.strip() for r in rows[1:]]
    if any(not k or len(k) > 40 or "\n" in k for k in keys) or len(set(keys)) != len(keys):
        return False
    fields = [shapes.classify_column(k)[1] for k in keys]
    return "text" in fields and len({f for f in fields if f}) >= 2


def _md_tables_tree(text: str, tables: list) -> tuple:
    """Two or more Markdown tables as the tree of the general reader: one array of row
    objects per table (keys: the header's cells), each cell a string over its text."""
    from . import jsonexport as jx

    env = jx.JObj()
    header_spans = []
    record = False  # (a table of one record's fields read: the record itself)
    for n, (rows, escapes, start, rule, *named) in enumerate(tables):
        header = [c.text.strip() for c in rows[0]]
        header_spans.append((start, rule))
        if not record and _md_key_value(rows):
            record = True
            for r in rows[1:]:  # (a record's fields as rows: the record itself, the other tables its own)
                c = r[1] if len(r) == 2 else shapes.Cell(  # (a value's pipe left unescaped: "Lead | Ops")
                    "".join(x.text + text[x.end:y.start] for x, y in zip(r[1:], r[2:])) + r[-1].text,
                    r[1].start, r[-1].end)
                esc = [e for e in escapes if c.start <= e[0] < c.end]
                env.items[r[0].text.strip()] = jx.JStr(c.text, c.start, c.end, text[c.start:c.end], esc) \
                    if c.text.strip() else None
            continue
        objs = []
        for r in rows[1:]:
            o = jx.JObj()
            for h, c in zip(header, r):
                if not h:
                    continue
                esc = [e for e in escapes if c.start <= e[0] < c.end]
                o.items[h] = jx.JStr(c.text, c.start, c.end, text[c.start:c.end], esc) if c.text.strip() else None
            objs.append(o)
        name = named[0] if named and named[0] and named[0] not in env.items else f"table{n + 1}"
        env.items[name] = objs  # (a table named by the query that printed it: "… FROM comments")
    return [env], "md.syntax", header_spans


def segment_xml(lines: list[Line], log: RepairLog) -> list[Record] | None:
    """An XML data file (a no-code tool's or an exporter's records): its elements read as
    the general reader's tree (see :func:`literals.parse_xml`), then as a JSON export."""
    from . import literals

    text = "\n".join(ln.text for ln in lines)
    tree = literals.parse_xml(text)
    if tree is None:
        return None
    tables = literals.xml_tables(tree)  # (a spreadsheet's rows of cells: its tables' row objects)
    if tables is not None:
        tree = tables
    return segment_json(lines, log, (tree if isinstance(tree, list) else [tree], "xml.syntax", []))


_CDATA_MARKUP = re.compile(r"<!\[CDATA\[\s*<")
_XML_PROLOG = re.compile(r"\s*+(?:<\?xml[^<>?]{0,300}+\?>\s*+)?(?:<!DOCTYPE[^<>]{0,300}+>\s*+)?")


def may_hold_markup_field(text: str) -> bool:
    """Does an XML file hold a field of markup in a CDATA section (a note app's export: the
    clipped page's HTML)? A cheap look."""
    return _CDATA_MARKUP.search(text) is not None


def cut_to_markup_field(lines: list[Line], log: RepairLog) -> bool:
    """An XML export of one note (Evernote's ENEX, a notes app's backup) whose one field of
    markup, in a CDATA section, is the clipped page itself: everything outside that field —
    the export's elements, the note's title, dates, tags and source address — is no text of
    the page (``xml.syntax``); the field's markup is left for the markup reader. True when the
    lines were cut to such a field (one, of 200 characters or more, with five tags or more)."""
    from . import literals
    from .jsonexport import JObj, JStr

    text = "\n".join(ln.text for ln in lines)
    tree = literals.parse_xml(text)
    if tree is None:
        return False
    found: list[JStr] = []
    stack = [tree]
    while stack:
        v = stack.pop()
        if isinstance(v, JObj):
            stack.extend(v.items.values())
        elif isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, JStr) and v.value.lstrip()[:1] == "<" and len(v.value) >= 200 \
                and v.value.count("<") >= 5 and not v.escapes and v.raw == v.value:
            found.append(v)
    if len(found) != 1:
        return False
    a, b = found[0].start, found[0].end
    prolog = _XML_PROLOG.match(text, a, b)  # (the field's own XML declaration and doctype)
    if prolog is not None:
        a = prolog.end()
    pos = 0
    for ln in lines:
        s, e = pos, pos + len(ln.text)
        pos = e + 1
        if e <= a or s >= b:
            if ln.text.strip():
                log.drop_line(ln, "xml.syntax")
            continue
        spans = []
        if s < a:
            spans.append((0, a - s, ""))
        if e > b:
            spans.append((b - s, len(ln.text), ""))
        if spans:
            log.edit(ln, "xml.syntax", spans)
    return True


_HTML_TABLE_TAG = re.compile(r"<(/?)(table|thead|tbody|tfoot|tr|th|td|caption)\b[^<>]{0,600}+>", re.I)
_HTML_CELL_MARKUP = re.compile(r"<(/?)([A-Za-z][\w-]{0,20}+)\b[^<>]{0,600}+>"
                               r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HTML_ANY_TAG = re.compile(r"<[^<>]{0,2000}+>|<!--.{0,4000}?-->", re.S)


def _html_cell(text: str, a: int, b: int, escapes: list[tuple]) -> shapes.Cell:
    """The cell whose raw markup spans a..b: its text with each tag gone (``<br>`` and a
    paragraph's end a line break) and each entity decoded, recorded as ``html.markup``."""
    import html

    raw = text[a:b]
    lead = len(raw) - len(raw.lstrip())
    a, b = a + lead, a + len(raw.rstrip())
    parts, k = [], a
    for m in _HTML_CELL_MARKUP.finditer(text, a, b):
        parts.append(text[k:m.start()])
        if m.group().startswith("&"):
            dec = html.unescape(m.group())
        else:
            name = m.group(2).lower()
            dec = "\n" if name == "br" or (m.group(1) and name in ("p", "div", "li")) else ""
        parts.append(dec)
        escapes.append((m.start(), m.end(), dec, "html.markup"))
        k = m.end()
    parts.append(text[k:b])
    return shapes.Cell("".join(parts), a, b)


def parse_html_table(text: str) -> tuple[list[list[shapes.Cell]], list[tuple], int] | None:
    """An HTML table that is the whole dump (a data frame's ``to_html()``, a scraper's HTML
    report): (rows, escapes, table start) as :func:`parse_md_table` gives them, the cells'
    tags and entities recorded as ``html.markup``; None when the text holds no table, more
    than a few words outside it, or a table inside a cell (a page's layout)."""
    m = re.search(r"<table\b", text[:4096], re.I)
    if m is None:
        return None
    end = re.search(r"</table\s*>", text[m.end():], re.I)
    if end is None:
        return None
    stop = m.end() + end.end()
    outside = _HTML_ANY_TAG.sub(" ", text[:m.start()] + " " + text[stop:])
    if len(" ".join(outside.split())) > 200:
        return None
    rows: list[list[shapes.Cell]] = []
    escapes: list[tuple] = []
    cell = None  # (the offset where the open cell's content starts)
    for t in _HTML_TABLE_TAG.finditer(text, m.start(), stop):
        name, closing = t.group(2).lower(), bool(t.group(1))
        if name == "table" and t.start() != m.start() and not closing:
            return None  # (a table in a table: a page's layout, no data)
        if cell is not None and (name in ("td", "th", "tr", "table", "thead", "tbody", "tfoot")):
            rows[-1].append(_html_cell(text, cell, t.start(), escapes))
            cell = None
        if name == "tr" and not closing:
            rows.append([])
        elif name in ("td", "th") and not closing:
            if not rows:
                rows.append([])
            cell = t.end()
    rows = [r for r in rows if r]
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    return rows, escapes, m.start()


def segment_html_table(lines: list[Line], log: RepairLog) -> list[Record] | None:
    """An HTML table export: read as a CSV export of its rows (see :func:`segment_csv`), when
    its header names a text column; what stands before the table is its preamble."""
    text = "\n".join(ln.text for ln in lines)
    table = parse_html_table(text)
    if table is None or not any(shapes.classify_column(c.text)[1] == "text" for c in table[0][0]):
        return None
    return segment_csv(lines, log, table)


def segment_md_table(lines: list[Line], log: RepairLog) -> list[Record] | None:
    """A Markdown table export: read as a CSV export of its rows (see :func:`segment_csv`);
    its heading lines before the table are recorded as ``export.preamble``. Two or more
    tables (posts, then their comments) are read as the tables of a database: rows as
    objects, the comments joined to their posts by id (see :func:`segment_json`)."""
    text = "\n".join(ln.text for ln in lines)
    tables = _md_tables(text)
    if tables is not None:
        return segment_json(lines, log, _md_tables_tree(text, tables))
    table = parse_md_table(text)
    if table is None:
        return None
    rows = table[0]
    if _md_key_value(rows):  # (one record's fields, one per row: read as its object)
        rule = text.find("\n", text.find("\n", table[2]) + 1)
        one = (rows, table[1], table[2], rule if rule > 0 else len(text))
        return segment_json(lines, log, _md_tables_tree(text, [one]))
    header = [c.text for c in rows[0]]
    if not any(shapes.classify_column(h)[1] == "text" for h in header):
        return None
    return segment_csv(lines, log, table)


def segment_csv(lines: list[Line], log: RepairLog,
                table: tuple[list[list[shapes.Cell]], list[tuple], int] | None = None) -> list[Record] | None:
    """A CSV export: records of comments (a comments scrape) or one record per row.
    The value of each column a field takes goes there; every other character — other
    columns (``csv.column:<name>``), the header (``csv.header``), delimiters and quotes
    (``csv.syntax``) — is recorded. A comments scrape that repeats its post's own columns
    on every row ("post_text", "post_author"…) gives one record per post: the post's fields
    from the first row that shows it, each later copy recorded as its column's."""
    text = "\n".join(ln.text for ln in lines)
    if table is None and "|" in text[:400]:
        md = parse_md_table(text)
        if md is not None and _md_key_value(md[0]):
            return None  # (one record's fields as a Markdown table's rows: see segment_md_table)
    rows = shapes.parse_csv(text) if table is None else table[0]
    if rows is None:
        return None
    header, data = rows[0], rows[1:]
    if table is None and len(data) >= 3:
        tables = _csv_tables(rows, text)
        if tables is not None:
            # (several tables in one file, each under its own header: the tables of a database)
            tree, _, spans = _md_tables_tree(text, tables)
            got = segment_json(lines, log, (tree, "csv.syntax", spans))
            if got is not None:
                return got
    if sum(len(r) > len(header) for r in data) * 2 > len(data):
        return None  # most rows have cells the header does not name: no CSV this reads
    if table is None and ("/" in lines[0].text or "." in lines[0].text or any(c.isdigit() for c in lines[0].text)):
        # nested objects flattened into columns ("author/name", "comments/0/text"): read as
        # the objects they were
        objs = _flattened_tree(header, data, text)
        if objs is not None:
            flat = segment_json(lines, log, (objs, "csv.syntax", [(c.start, c.end) for c in header]))
            if flat is not None:
                return flat
    if table is None:
        # columns holding lists of objects as literals (a data frame's lists of comments): read
        # as the objects each row was
        objs = _literal_cells_tree(header, data, text)
        if objs is not None:
            got = segment_json(lines, log, (objs, "csv.syntax", [(c.start, c.end) for c in header]))
            if got is not None:
                return got
    cols = shapes.csv_columns(header)
    names = [shapes.column_key(c.text) for c in header]
    lt = LabelledText(lines, text, "csv.syntax")
    label = lt.label
    # the columns no table names, told by their values (a rank below every table's)
    try:
        inferred, by_values = shapes.infer_csv_columns(header, data)
    except Exception:  # (a guess that fails leaves the tables' reading as it was)
        inferred, by_values = {}, False
    for k, (role, f) in inferred.items():
        cols.setdefault((role, f), (k, 10_000 + k))

    # a comments scrape names comments in its columns; a posts export's count of them
    # ("commentCount", "numComments") or its "commentary" (the post's text) does not make it one
    # ("Comments", "Commentaires", "评论" whose every cell is a number count them too)
    # (so does a column whose name reads as the comments' text, "Yorum", "Comment", "Kommentar",
    # when every cell is a number: a count table lists only the plural forms)
    counts = {k for k, n in enumerate(names) if (n in shapes._COUNT_COLUMNS or _comment_named(header[k].text))
              and _all_counts(data, k)}
    listed = _listed_comments(header, data, names) if table is None else None
    comments_mode = listed is None and (any(
        "comment" in n and not n.endswith("commentary") and not _COUNT_COLUMN.search(n)
        and k not in counts and not (n in shapes._COUNT_COLUMNS and _packs_comments(data, k))
        for k, n in enumerate(names)) or any(
        role == "comment" and f in ("text", "author") and cols[(role, f)][0] not in counts
        for role, f in cols) or by_values or _row_kinds(data))
    # a row's own field: in a comments scrape the comment's ("comment_text", or unmarked when
    # no column is marked as the comment's), else the post's
    fields = ("text", "author", "age", "headline", "reactions", "id", "parent")
    if comments_mode:
        col = {f: shapes.pick_column(cols, f, ("comment",) if ("comment", f) in cols else (None,)) for f in fields}
    else:
        col = {f: shapes.pick_column(cols, f, ("post", None)) for f in fields}
    if col["headline"] < 0 and col["author"] >= 0:
        col["headline"] = _title_beside_name(names, data, col["author"], col["text"])
    # the other columns naming an age of the row's own (best ranked first), for a row whose
    # age column holds a date or nothing
    age_roles = ("comment",) if comments_mode and ("comment", "age") in cols else (None,) if comments_mode \
        else ("post", None)
    age_cols = [k for _, k in sorted((r, k) for k, (role, f, r) in enumerate(map(shapes.classify_column,
                (c.text for c in header))) if f == "age" and role in age_roles and k != col["age"])]
    # (then those told an age by their values alone: "Süre", "Elapsed" beside a "Date")
    age_cols += [k for k, (role, f) in sorted(inferred.items()) if f == "age" and role in age_roles
                 and k != col["age"] and k not in age_cols]
    # the post's own columns in a comments scrape: marked as the post's ("post_text"), or
    # unmarked where the comment's are marked ("Author" beside "Commenter name")
    post_col = {f: shapes.pick_column(cols, f, ("post",) if (("post", f) in cols or ("comment", f) not in cols)
                                      else (None,))
                for f in ("text", "author", "headline", "age", "url")} if comments_mode else {}
    by_id: dict[str, Comment] = {}
    by_author: dict[tuple[int, str], Comment] = {}  # a post's latest top-level comment by each author
    out: list[Record] = []
    posts: dict[str, Record] = {}  # a comments scrape's posts, by their url or text
    for c in header:
        _label(label, c, "csv.header", text)
    escapes: list[tuple] = []
    if table is not None:  # (a Markdown table: its cells' escapes, its preamble)
        escapes += table[1]
        for k in range(table[2]):
            label[k] = "export.preamble"
        for k in range(table[3] if len(table) > 3 else len(text), len(text)):
            label[k] = "export.footer"  # (the exporter's note under the table)
    post_rows = _post_rows(data, col, names) if comments_mode else set()
    # a posts export that packs each post's comments into one cell of its comments column
    # ("Ana Lee (2d): Great! || Bo Kim (1d): Thanks"), where that column is no count
    packed = -1 if comments_mode else next(
        (k for k, n in enumerate(names) if n in shapes._COUNT_COLUMNS and k not in counts
         and k not in col.values() and _packs_comments(data, k)), -1)
    post_ids: set[str] = set()  # the ids of rows that are the post itself
    for ri, row in enumerate(data):
        if not row:
            continue  # (a table's last row cut to "| ": no cell at all)
        used = set()
        get = lambda f: _cell(row, col[f])  # noqa: E731
        text_v = get("text")
        if "\\n" in text_v and 0 <= col["text"] < len(row):
            text_v = _newline_escapes(row[col["text"]], text, escapes).strip()
        used.add(col["text"])
        author = get("author") or None
        if author:
            used.add(col["author"])
        raw_age = get("age")
        age = _whole_age(raw_age)
        if age:
            used.add(col["age"])
        else:
            # a date in the best-named age column ("date") and the relative age in another
            # ("relative_date", "Há"): that one's
            for k in age_cols:
                age = _whole_age(_cell(row, k))
                if age:
                    used.add(k)
                    break
        headline = _headline(get("headline"))
        if headline:
            used.add(col["headline"])
        # (a count is the whole cell: "2 w" in a shifted row is no count of 2)
        reactions = segment._count(get("reactions")) if _COUNT_CELL.fullmatch(get("reactions")) else None
        if reactions is not None:
            used.add(col["reactions"])
            _count_written(row[col["reactions"]], reactions, text, escapes)
        cut = cell = tags = None  # (a post's text closed by a fold, its tags' labels)
        if comments_mode:
            key = _cell(row, post_col["url"]) or _cell(row, post_col["text"])
            rec = posts.get(key)
            if rec is None:
                rec = posts[key] = Record(shape="comments_csv")
                rec.first_line = lt.line_at(row[0].start).no
                out.append(rec)
                _post_fields(rec, row, post_col, used, text, escapes)
            cid, parent = get("id"), get("parent")
            if ri in post_rows and (rec.body or rec.author.name is not None) and not _cell(row, post_col["url"]) \
                    and not _cell(row, post_col["text"]):
                # the next post's own row in an export with no post columns: a record of its own
                rec = posts[key] = Record(shape="comments_csv")
                rec.first_line = lt.line_at(row[0].start).no
                out.append(rec)
            if ri in post_rows and not rec.body and rec.author.name is None:
                # the post's own row among its comments' (a thread export): the record's fields
                rec.author = Author(author, headline)
                if age:
                    rec.age, rec.age_iso = age.text, age.iso
                _text_fields(rec, _block(text_v))
                rec.reactions = reactions
                if cid:
                    post_ids.add(cid)
                _mark_row(row, used, names, label, text)
                continue
            if post_rows and not author and not age and reactions is None and not cid:
                # a row of an export that marks its posts' rows, with a text alone: the
                # tool's own footer ("Exported with … — 5 of 5 comments"), no comment
                for c in row:
                    _label(label, c, "csv.footer", text)
                continue
            comment = Comment(Author(author, headline), age.text if age else None,
                              age.iso if age else None, _block(text_v), reactions)
            if cid:
                by_id[cid] = comment
            # a parent column that names the answered comment's author, not its id
            # ("in_reply_to: Ana Lee"): the latest comment of that post by that author
            by_name = by_author.get((id(rec), parent)) if parent and parent not in by_id else None
            if by_name is None and parent and parent not in by_id:
                # "#3 Ana Lee", "@Ana Lee": the answered comment's row or mention, then its author
                by_name = by_author.get((id(rec), _REPLY_REF.sub("", parent, count=1)))
            if parent and parent in post_ids:
                rec.comments.append(comment)  # (answering the post: a comment)
                if author:
                    by_author[(id(rec), author)] = comment
            elif parent and parent in by_id:
                by_id[parent].replies.append(comment)  # a reply, under the comment it answers
            elif by_name is not None:
                by_name.replies.append(comment)
            else:
                rec.comments.append(comment)
                if author:
                    by_author[(id(rec), author)] = comment
        else:
            r = Record(shape="scraper_csv", author=Author(author, headline),
                       age=age.text if age else None, age_iso=age.iso if age else None, reactions=reactions)
            cell = row[col["text"]] if 0 <= col["text"] < len(row) else None
            cut = _trailing_fold(text_v, text[cell.start:cell.end]) if cell is not None and text_v else None
            tags = _hashtag_labels(cut[0] if cut else text_v, text[cell.start:cell.end]) if cell is not None else None
            _text_fields(r, _block(tags[0] if tags else cut[0] if cut else text_v))
            r.first_line = lt.line_at(row[0].start).no
            out.append(r)
        _mark_row(row, used, names, label, text)
        if cut is not None:
            _fold_cut(out[-1], text[cell.start + cut[1]:cell.end].rstrip(), label, cell.start + cut[1])
        for a0, b0 in tags[1] if tags else ():
            for x in range(cell.start + a0, cell.start + b0):
                label[x] = "ui.hashtag_prefix"
        if 0 <= packed < len(row) and row[packed].text.strip():
            out[-1].comments = _unpack_comments(row[packed], label, text)
        elif listed is not None:
            out[-1].comments = _unlist_comments(row, listed, label, text)
    lt.record(log, escapes, "csv.escape")
    if comments_mode:
        return out or [Record(shape="comments_csv")]
    return out or None


def segment_headerless_table(lines: list[Line], log: RepairLog) -> list[Record] | None:
    """A table printed with no header row (``jq -r '… | @tsv'``, ``cut``, a database client's
    ``-N`` output): tab-separated rows of one width (three or more cells), after at most three
    lines of a console (its prompt, its command), their columns told by their values alone
    (:mod:`infer`), then read as a CSV export of those rows (see :func:`segment_csv`); None
    unless the values show a text column and a name or URL column."""
    text = "\n".join(ln.text for ln in lines)
    rows = shapes._parse_rows(text, "\t")
    if rows is None:
        return None
    width = len(rows[-1]) if len(rows[-1]) > 1 else len(rows[-2])
    lead = 0
    while lead < len(rows) and len(rows[lead]) != width:
        lead += 1
    if width < 3 or lead > 3:
        return None
    data = [r for r in rows[lead:] if len(r) == width]
    rest = len(rows) - lead - len(data)
    if len(data) < 2 or rest > 2 or any(len(r) > 1 for r in rows[lead:] if len(r) != width):
        return None  # (tail rows of another width: a console's closing prompt at most)
    header = [shapes.Cell("", 0, 0) for _ in range(width)]
    try:
        inferred = shapes.infer_csv_columns(header, data)[0]
    except Exception:  # (a guess that fails leaves the other shapes to try)
        return None
    fields = {f for _, f in inferred.values()}
    if "text" not in fields or not fields & {"author", "url"}:
        return None
    start = rows[lead][0].start
    return segment_csv(lines, log, ([header] + data, [], start))


# the columns of a table printed as aligned text (pandas' ``to_string()``, ``print(df)``, a
# database client's or ``column -t``'s output): cells parted by two or more spaces, the
# header's names too, each a word or a few parted by single spaces ("author", "Posted At")
_ALIGNED_GAP = re.compile(r"\S+(?: \S+)*")
_ALIGNED_NAME = re.compile(r"[^\W\d][\w.]{0,40}(?: [^\W\d][\w.]{0,40}){0,3}")


def _aligned_cells(line: str, base: int) -> list[shapes.Cell]:
    return [shapes.Cell(m.group(), base + m.start(), base + m.end()) for m in _ALIGNED_GAP.finditer(line)]


def aligned_tables(text: str) -> list[tuple[list[list[shapes.Cell]], list[tuple], int, int]] | None:
    """The tables of a text printed as aligned columns (a header row of three or more column
    names parted by two or more spaces, then rows of as many cells, or one more: the row's
    index, pandas' unnamed first column, kept as ``index``), between a console's other lines
    (prompts, commands): (rows, escapes, start, end of the header) each, the literal ``\\n``
    of a cell an escape; None when there is none."""
    out = []
    lines = text.split("\n")
    starts = line_starts(lines)
    i = 0
    while i < len(lines) - 1:
        head = _aligned_cells(lines[i], starts[i])
        if len(head) < 3 or not all(_ALIGNED_NAME.fullmatch(c.text) for c in head) \
                or "  " not in lines[i].strip():
            i += 1
            continue
        rows: list[list[shapes.Cell]] = []
        j = i + 1
        while j < len(lines):
            cells = _aligned_cells(lines[j], starts[j])
            if len(cells) not in (len(head), len(head) + 1) or "  " not in lines[j].strip():
                break
            rows.append(cells)
            j += 1
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            i += 1
            continue
        header = head
        if len(rows[0]) == len(head) + 1:  # (the index: no name in the header)
            header = [shapes.Cell("index", starts[i], starts[i])] + head
        escapes = []
        for r in rows:
            for c in r:
                for m in re.finditer(r"\\n", c.text):
                    escapes.append((c.start + m.start(), c.start + m.end(), "\n"))
                if "\\n" in c.text:
                    c.text = c.text.replace("\\n", "\n")
        out.append(([header] + rows, escapes, starts[i], starts[i] + len(lines[i])))
        i = j
    return out or None


def segment_aligned_tables(lines: list[Line], log: RepairLog) -> list[Record] | None:
    """Tables printed as aligned text (see :func:`aligned_tables`): read as the tables of a
    database (rows as objects, comments joined to their posts by id; :func:`segment_json`)."""
    return _segment_text_tables(lines, log, aligned_tables)


def _segment_text_tables(lines: list[Line], log: RepairLog, read) -> list[Record] | None:
    """The tables ``read`` finds in the text of ``lines`` (:func:`aligned_tables`,
    :func:`grid_tables`), read as the tables of a database (:func:`segment_json`)."""
    text = "\n".join(ln.text for ln in lines)
    tables = read(text)
    if tables is None:
        return None
    if len(tables) == 1 and tables[0][2] > 0:
        got = _post_over_comments_table(lines, log, text, tables[0])
        if got is not None:
            return got
    tree, _, spans = _md_tables_tree(text, tables)
    return segment_json(lines, log, (tree, "table.syntax", spans))


def _post_over_comments_table(lines: list[Line], log: RepairLog, text: str, table: tuple) -> list[Record] | None:
    """A script's report of one post: the post as labelled text (:func:`segment_key_value`:
    "Author: Name (Headline) · 5d" over its text), then a comments banner or label ("---
    comments ---", "Comments:") and the comments as the table under it (console.table,
    tabulate, a database client's grid), one row each. The post's records with the table's
    rows as the last one's comments; None when the text over the table is no such report,
    or the table names no comment's author and text (or names replies: a parent column)."""
    rows, escapes, start = table[0], table[1], table[2]
    head_line = text.count("\n", 0, start)
    k = head_line - 1
    while k >= 0 and (not lines[k].text.strip() or GRID_RULE.fullmatch(lines[k].text)):
        k -= 1
    if k < 1 or (_kv_section(lines[k].text) != "comments" and _kv_comments_label(lines[k].text) is None):
        return None
    cols: dict[str, int] = {}
    for n, c in enumerate(rows[0]):
        role, f, _ = shapes.classify_column(c.text)
        if f == "parent" or role == "post":
            return None
        if f in ("author", "headline", "age", "text") and f not in cols:
            cols[f] = n
    if "author" not in cols or "text" not in cols or any(len(r) != len(rows[0]) for r in rows[1:]):
        return None
    base = len("\n".join(ln.text for ln in lines[:k + 1])) + 1  # (before the reading edits those lines)
    recs = segment_key_value(lines[:k + 1], log)
    if not recs:
        return None
    lt = LabelledText(lines[k + 1:], text[base:], "table.syntax")
    label = lt.label
    for c in rows[0]:
        for x in range(c.start - base, c.end - base):
            label[x] = "csv.header"
    taken: list[tuple[int, int]] = []
    for r in rows[1:]:
        get = lambda f: r[cols[f]].text.strip() if f in cols else ""  # noqa: E731
        name, body = get("author"), get("text")
        if not name or not body:
            continue
        bio = _headline(get("headline"))
        age = _whole_age(get("age"))
        use = [cols["author"], cols["text"]] + ([cols["headline"]] if bio else []) + ([cols["age"]] if age else [])
        for n in use:
            taken.append((r[n].start, r[n].end))
            for x in range(r[n].start - base, r[n].end - base):
                label[x] = None
        recs[-1].comments.append(Comment(Author(name, bio), age.text if age else None, age.iso if age else None,
                                         _block(body)))
    lt.record(log, [(a - base, b - base, d, *rest) for a, b, d, *rest in escapes
                    if any(s0 <= a < e0 for s0, e0 in taken)])
    return recs



# a grid table of a database client or a terminal (psql's aligned "--+--" under its header,
# MySQL's and sqlite3's ".mode table" "+--+--+", sqlite3's and DuckDB's box drawing
# "├──┼──┤"): a rule of dashes with its junctions where the columns part
GRID_RULE = re.compile(r"[ \t]{0,8}+[+├┌╞╔╠┝└╘╚]?[-─━═]{2,}+(?:[+┼┬┴╪╤╧╬┿╦╩][-─━═]{2,}+)++[+┤┐┘╡╗╣┥╛╝]?[ \t]*+")
_GRID_SEP = "|│┃║"
_GRID_JUNCTION = "+┼┬┴╪╤╧╬┿╦╩├┌╞╔╠┝└╘╚┤┐┘╡╗╣┥╛╝"


def _char_width(c: str) -> int:
    if c < "\u0300":
        return 1
    if unicodedata.combining(c) or c in "\u200b\u200c\u200d\ufe0e\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def _display_col(line: str, k: int) -> int:
    return sum(_char_width(c) for c in line[:k])


def _grid_cuts(line: str, bounds: list[int]) -> list[int] | None:
    """The character offsets of a grid line's separators at the display columns ``bounds``
    (a wide character — CJK, an emoji — takes two columns; a terminal that gave it one moves
    the separators after it, found within three columns), or None when one is missing."""
    cols = []  # display column of each character
    w = 0
    for c in line:
        cols.append(w)
        w += _char_width(c)
    out = []
    drift = 0
    k = 0
    for b in bounds:
        want = b + drift
        best = None
        while k < len(line) and cols[k] < want - 3:
            k += 1
        for j in range(k, len(line)):
            if cols[j] > want + 3:
                break
            if line[j] in _GRID_SEP and (best is None or abs(cols[j] - want) < abs(cols[best] - want)):
                best = j
        if best is None:
            return None
        out.append(best)
        drift = cols[best] - b
        k = best + 1
    return out


def _unquote_inspected(rows: list[list[shapes.Cell]]) -> None:
    """In place: the columns of a table Node's ``console.table`` printed, whose strings it
    shows as ``util.inspect`` does, quoted ('Ana Lee'; "it's" or `…` when the text holds the
    quote): each cell without its quotes, where every non-empty cell of the column is one
    quoted string, one of them in single quotes (a number, a boolean stays bare, so a column
    that mixes them keeps its cells)."""
    for k in range(len(rows[0])):
        cells = [r[k] for r in rows[1:] if k < len(r) and r[k].text]
        if not cells or not any(c.text[0] == "'" for c in cells) or not all(
                len(c.text) >= 2 and c.text[0] in "'\"`" and c.text[-1] == c.text[0]
                and "\n" not in c.text and c.text[0] not in c.text[1:-1] for c in cells):
            continue
        for r in rows[1:]:
            if k < len(r) and r[k].text:
                c = r[k]
                r[k] = shapes.Cell(c.text[1:-1], c.start + 1, c.end - 1)


def grid_tables(text: str) -> list[tuple[list[list[shapes.Cell]], list[tuple], int, int]] | None:
    """The grid tables of a text (see :data:`GRID_RULE`): a header line over a rule, then rows
    whose separators stand at the rule's junctions, each cell parted by them. A row runs over
    lines where psql marks a cell's line break (a ``+`` in the place before its separator),
    between the rules that part rows (a box table's), or where its first cell is empty; the
    parts of a cell over lines are joined by line breaks, the gutters between them recorded
    as ``db.wrap``. The prompts, queries and row counts around the tables are no cell. (rows,
    escapes, start, end of the header rule) per table; None when there is none."""
    lines = text.split("\n")
    starts = line_starts(lines)
    out = []
    i = 1
    done = 0
    while i < len(lines):
        rule = lines[i]
        if not (rule[:1] in "-+├┌╞╔╠┝ \t─━═" and GRID_RULE.fullmatch(rule)):
            i += 1
            continue
        body = rule.rstrip()
        lead = len(body) - len(body.lstrip())
        juncs = [x for x, c in enumerate(body) if c in _GRID_JUNCTION]
        left = bool(juncs) and juncs[0] == lead
        right = bool(juncs) and juncs[-1] == len(body) - 1
        inner = [x for x in juncs if x not in ((lead,) if left else ()) + ((len(body) - 1,) if right else ())]
        bounds = ([lead] if left else []) + inner + ([len(body) - 1] if right else [])
        head_cuts = _grid_cuts(lines[i - 1], bounds) if lines[i - 1].strip() else None
        if head_cuts is None:
            i += 1
            continue
        plus = not left and not right  # (psql: no border; "+" marks a cell's line break)
        # the column spans of a line: from after one separator to the next (the line's start,
        # its end without a border)

        def spans(ln: str, cuts: list[int]) -> list[tuple[int, int]]:
            edges = ([] if left else [-1]) + cuts + ([] if right else [len(ln)])
            return [(a + 1, b) for a, b in zip(edges, edges[1:])]

        header = []
        for a, b in spans(lines[i - 1], head_cuts):
            cell = lines[i - 1][a:b]
            name = cell.strip()
            off = starts[i - 1] + a + (len(cell) - len(cell.lstrip()))
            header.append(shapes.Cell(name, off, off + len(name)))
        if not all(c.text for c in header) or len({c.text for c in header}) != len(header):
            i += 1
            continue
        width = len(body)
        rows_lines: list[list[tuple[int, list[tuple[int, int]], bool]]] = []  # per row: (line, spans, marked)
        j = i + 1
        cur: list = []
        continues = False
        while j < len(lines):
            ln = lines[j]
            if GRID_RULE.fullmatch(ln):
                if cur:
                    rows_lines.append(cur)
                cur, continues = [], False
                if j + 1 >= len(lines) or not lines[j + 1].strip() or _grid_cuts(lines[j + 1], bounds) is None:
                    j += 1  # (the table's bottom rule)
                    break
                j += 1
                continue
            cuts = _grid_cuts(ln, bounds) if ln.strip() else None
            if cuts is None:
                break
            sp = spans(ln, cuts)
            marked = False
            if plus:
                # psql's mark of a cell going on: a "+" in the place before its separator (the
                # last cell's: where the rule ends)
                last = len(ln.rstrip()) - 1
                drift = _display_col(ln, cuts[-1]) - bounds[-1] if cuts else 0
                sp2 = []
                for n, (a, b) in enumerate(sp):
                    m = b - 1 if n < len(sp) - 1 else (last if last >= a and ln[last] == "+"
                                                        and _display_col(ln, last) == width - 1 + drift else -1)
                    if m >= a and ln[m] == "+":
                        marked = True
                        b = m
                    sp2.append((a, b))
                sp = sp2
            if cur and (continues if plus else not ln[sp[0][0]:sp[0][1]].strip()):
                cur.append((j, sp, marked))
            else:
                if cur:
                    rows_lines.append(cur)
                cur = [(j, sp, marked)]
            continues = marked
            j += 1
        if cur:
            rows_lines.append(cur)
        if not rows_lines:
            i += 1
            continue
        rows: list[list[shapes.Cell]] = [header]
        escapes: list[tuple] = []
        for row in rows_lines:
            cells = []
            for n in range(len(header)):
                parts = []
                for k, sp, _ in row:
                    a, b = sp[n]
                    seg = lines[k][a:b]
                    a0 = a + (1 if seg[:1] == " " else 0)
                    seg2 = lines[k][a0:b].rstrip()
                    parts.append((starts[k] + a0, starts[k] + a0 + len(seg2), seg2))
                while len(parts) > 1 and not parts[-1][2].strip():
                    parts.pop()
                while len(parts) > 1 and not parts[0][2].strip():
                    parts.pop(0)
                cells.append(parts)
            multi = [n for n, p in enumerate(cells) if len(p) > 1]
            if len(multi) > 1:
                # (two cells over lines interleave: the longest keeps its lines, the others
                # their first)
                keep = max(multi, key=lambda n: sum(len(p[2]) for p in cells[n]))
                cells = [p if n == keep else p[:1] for n, p in enumerate(cells)]
            out_row = []
            for parts in cells:
                if len(parts) == 1:
                    s0, e0, v = parts[0]
                    lead_sp = len(v) - len(v.lstrip())
                    out_row.append(shapes.Cell(v.strip(), s0 + lead_sp, e0))
                    continue
                for (_, e1, _), (s2, _, _) in zip(parts, parts[1:]):
                    escapes.append((e1, s2, "\n", "db.wrap"))
                out_row.append(shapes.Cell("\n".join(p[2] for p in parts), parts[0][0], parts[-1][1]))
            rows.append(out_row)
        _unquote_inspected(rows)
        from .literals import _RD_FROM

        # the table the query over it reads ("SELECT … FROM comments …"), among the lines
        # since the last table
        fm = None
        for k in range(i - 2, max(done, i - 12) - 1, -1):
            fm = _RD_FROM.search(lines[k])
            if fm:
                break
        out.append((rows, escapes, starts[i - 1], starts[i] + len(rule), fm.group(1) if fm else None))
        i = done = j
    return out or None


def segment_grid_tables(lines: list[Line], log: RepairLog) -> list[Record] | None:
    """Grid tables of a database client or a terminal (see :func:`grid_tables`): read as the
    tables of a database (rows as objects, comments joined to their posts by id;
    :func:`segment_json`)."""
    return _segment_text_tables(lines, log, grid_tables)


# one comment of a packed comments cell: "Name (age): text" or "Name: text", the comments
# parted by "||" or by a rule line ("---" between line breaks, "<br>---<br>" in an HTML cell);
# or "Name | headline | age | text", "Name | age | text" (a Zapier or Make step's fields
# joined by pipes); "↳ " before one marks a reply to the comment above it
# a packed cell's separator: "||", or a rule of dashes, stars or underscores on a line of its
# own (between line breaks or <br>), the spaces around it with it. Each run of spaces is read
# once (possessive; the line break before the rule found as the run's last one), and a search
# starts no match inside a run of spaces whose first one starts none (:func:`_packed_sep_split`):
# ``\s*(?:\|\||(?:<br\s*/?>|\n)\s*(?:-{3,}|\*{3,}|_{3,})\s*(?:<br\s*/?>|\n))\s*`` read a long
# run of spaces in the square of its length
_SEP_RULE = r"(?:-{3,}|\*{3,}|_{3,})(?:\s*+<br\s*+/?>|[^\S\n]*+\n)\s*+"
_SEP_BODY = (r"(?:\s*+\|\|\s*+|\s*+<br\s*+/?>\s*+" + _SEP_RULE + r"|[^\S\n]*+(?:\n[^\S\n]*+)++" + _SEP_RULE + ")")
_PACKED_SEP = re.compile(_SEP_BODY)
_PACKED_SEP_INNER = re.compile(r"(?<!\s)" + _SEP_BODY)


def _packed_sep_split(value: str) -> list[str]:
    """``value`` parted at its separators (:data:`_PACKED_SEP`), as ``re.split`` would: the
    first separator from each place, found at that place or where no space comes before it
    (a separator that starts inside a run of spaces starts at the run's first one as well)."""
    out = []
    last = pos = 0
    while (m := _PACKED_SEP.match(value, pos) or _PACKED_SEP_INNER.search(value, pos + 1)) is not None:
        out.append(value[last : m.start()])
        last = pos = m.end()
    out.append(value[last:])
    return out
_PACKED_COMMENT = re.compile(r"(?P<reply>[↳└]\s*)?(?P<name>[^():|\n]{2,70}?)\s*(?:\((?P<age>[^()\n]{1,24})\)\s*)?:\s+(?P<text>\S.*)", re.S)
_PACKED_PIPED = re.compile(r"(?P<reply>[↳└]\s*)?(?P<name>[^|\n]{2,70}?)\s*\|\s*(?:(?P<headline>[^|\n]{1,150}?)\s*\|\s*)?"
                           r"(?P<age>[^|\n]{1,24}?)\s*\|\s*(?P<text>\S.*)", re.S)

# "Name (Headline) [age]: text", "Name [age]: text": the age in square brackets, the headline
# (if any) in round ones before it
_PACKED_BRACKETED = re.compile(r"(?P<reply>[↳└]\s*)?(?P<name>[^()\[\]:|\n]{2,70}?)\s*"
                               r"(?:\((?P<headline>[^()\n]{1,150})\)\s*)?\[(?P<age>[^\[\]\n]{1,24})\]\s*:\s+(?P<text>\S.*)", re.S)


# "Name (Headline) · age" on a line of its own, the text on the lines under it (a sheet's cell
# written by a script, one comment a paragraph); the brackets full-width or not, the dot any
# of the middle dots ("高橋 健太（エンジニア）・1週間")
# (a name and an age end on no space, so that the run of spaces after each is read once, not
# again for each of their lengths: a long line of spaces cost their lengths times its own)
_PACKED_HEAD = (r"(?P<reply>[↳└]\s*)?(?P<name>[^()（）\[\]:|\n·・•]{1,69}?[^()（）\[\]:|\s·・•])[ \t]*+"
                r"(?:[(（](?P<headline>[^()（）\n]{1,150})[)）][ \t]*+)?[·・•][ \t]*+(?P<age>[^\n·・•]{0,23}?[^\s·・•])[ \t]*+")
_PACKED_HEADED = re.compile(_PACKED_HEAD + r"\n(?P<text>\S.*)", re.S)
_PACKED_HEAD_LINE = re.compile(_PACKED_HEAD)


def _packed_match(part: str) -> re.Match[str] | None:
    """One packed comment, in the colon, the pipe, the bracket or the header line's form
    (None: none, or no name and age)."""
    for rx in (_PACKED_COMMENT, _PACKED_PIPED, _PACKED_BRACKETED, _PACKED_HEADED):
        m = rx.fullmatch(part)
        if m is None or not segment.is_name(m.group("name").strip()):
            continue
        if (m.group("age") or rx is not _PACKED_COMMENT) and segment.parse_age((m.group("age") or "").strip()) is None:
            continue
        return m
    return None


def _packed_split(value: str) -> list[str]:
    """The parts of a packed cell: parted by its separators (:data:`_PACKED_SEP`), and within
    a part at each line break whose next line opens a comment with its age ("Name (Headline)
    [age]: text", "Name (age): text": a script writing one comment a line); a line that opens
    none goes on the comment above it."""
    out = []
    for part in _packed_sep_split(value):
        if "\n" not in part:
            out.append(part)
            continue
        lines = part.split("\n")
        cur = lines[0]
        for ln in lines[1:]:
            m = _packed_match(ln.strip()) if ln.strip() else None
            if m is None and ("·" in ln or "・" in ln or "•" in ln):
                m = _PACKED_HEAD_LINE.fullmatch(ln.strip())  # (a comment's header line, its text under it)
                if m is not None and (not segment.is_name(m.group("name").strip())
                                      or segment.parse_age(m.group("age").strip()) is None):
                    m = None
            if m is not None and m.group("age"):
                out.append(cur)
                cur = ln
            else:
                cur += "\n" + ln
        out.append(cur)
    return out


def _packed_parts(value: str) -> list[re.Match[str]] | None:
    """The comments a packed cell holds (None: it holds no such list)."""
    out = []
    for part in _packed_split(value.strip()):
        m = _packed_match(part)
        if m is None:
            return None
        out.append(m)
    return out


def _packs_comments(data: list[list[shapes.Cell]], k: int) -> bool:
    """Column ``k`` packs comments: every non-empty cell a list of "Name (age): text"
    parted by "||", at least one such cell."""
    cells = [_cell(r, k) for r in data]
    return any(cells) and all(not c or _packed_parts(c) is not None for c in cells)


def _unpack_comments(cell: shapes.Cell, label: list[str | None], text: str) -> list[Comment]:
    """The comments of a packed cell; the names, ages and texts are taken, the brackets,
    colons and separators between them recorded as ``csv.packed_comments``."""
    _label(label, cell, "csv.packed_comments", text)
    value = text[cell.start:cell.end]
    out: list[Comment] = []
    top: Comment | None = None
    pos = 0
    for part in _packed_split(value):
        at = value.index(part, pos) if part else pos
        pos = at + len(part)
        m = _packed_match(part.strip())
        if m is None:
            continue
        base = cell.start + at + (len(part) - len(part.lstrip()))
        for g in ("name", "headline", "age", "text") if m.re is not _PACKED_COMMENT else ("name", "age", "text"):
            if m.group(g):
                a, b = m.span(g)
                for x in range(base + a, base + b):
                    # (the second quote of a quoted cell's "" pair is CSV syntax)
                    quote2 = cell.quoted and text[x] == '"' and label[x - 1] is None and text[x - 1] == '"'
                    label[x] = "csv.syntax" if quote2 and x - 1 >= base + a else None
        name = m.group("name").strip()
        age = segment.parse_age(m.group("age").strip()) if m.group("age") else None
        headline = m.group("headline").strip() if m.re is not _PACKED_COMMENT and m.group("headline") else None
        c = Comment(Author(name, headline), age.text if age else None, age.iso if age else None,
                    _block(m.group("text").replace('""', '"') if cell.quoted else m.group("text")))
        if m.group("reply") and top is not None:
            top.replies.append(c)  # ("↳ ": a reply to the comment above)
        else:
            out.append(c)
            top = c
    return out


# (or a label before the name, "reply_to:Ana Lee", "Resposta a: Ana Lee": up to three words and a colon)
_REPLY_REF = re.compile(r"^\s*(?:#\d{1,6}\b\s*[:.\-–—]?\s*|@\s*"
                        r"|(?:[^\W\d][\w-]{0,24}[ \t]){0,2}[^\W\d][\w-]{0,24}[ \t]*:[ \t]*)")


_LIST_FIELDS = ("author", "headline", "age")
# (the spaces before the comma taken only from the start of their run: tried from each space of
# a long run with no comma after it, "\s*," was square in the run)
_LIST_COMMA = re.compile(r"(?:(?<!\s)\s+)?,\s*")
_LIST_PARAS = re.compile(r"\n[ \t]*\n\s*")


def _list_column(name: str) -> str | None:
    """The field a column lists one value of per comment ("Comment Authors", "Kommentar-
    Headlines", "Kommentar-Alter"): the comments' name, headline or age, its name read as its
    singular where that is what the tables know; else None."""
    role, f, _ = shapes.classify_column(name)
    if role == "comment" and f in _LIST_FIELDS:
        return f
    k = shapes.column_key(name)
    for end in patterns.EXPORT_PLURAL_ENDINGS:
        if k.endswith(end) and len(k) > len(end) + 3:
            role, f, _ = shapes.classify_column(k[: -len(end)])
            if role == "comment" and f in _LIST_FIELDS:
                return f
    return None


def _listed_comments(header: list[shapes.Cell], data: list[list[shapes.Cell]],
                     names: list[str]) -> dict[str, int] | None:
    """A posts export that lists each post's comments in parallel cells (Airtable's lookup
    fields: the commenters' names, headlines and ages as comma lists, the texts in the
    comments cell one paragraph each): field -> column, "text" among them; None when it has
    no such columns, or no row whose names and texts are as many (two or more)."""
    from . import jsonexport as jx

    words = jx._comment_role_words()
    cols: dict[str, int] = {}
    for k, c in enumerate(header):
        f = _list_column(c.text)
        if f is not None:
            cols.setdefault(f, k)
        elif "text" not in cols and ((names[k] in shapes._COUNT_COLUMNS and names[k].startswith(words))
                                     or _comment_named(c.text)):
            cols["text"] = k  # (the comments column, "Kommentare", no count of shares or reposts)
    if "author" not in cols or "text" not in cols:
        return None
    for row in data:
        people = [x for x in _LIST_COMMA.split(_cell(row, cols["author"])) if x]
        if len(people) >= 2 and len(_LIST_PARAS.split(_cell(row, cols["text"]))) == len(people):
            return cols
    return None


def _unlist_comments(row: list[shapes.Cell], cols: dict[str, int], label: list[str | None],
                     text: str) -> list[Comment]:
    """The comments a row lists in its parallel cells: the i-th name, headline and age with
    the i-th paragraph of the texts (a list of another length left to its column), each value
    taken, the commas between them recorded as their column's."""
    parts: dict[str, list[tuple[int, int, str]]] = {}
    for f, k in cols.items():
        if k >= len(row) or not row[k].text.strip():
            continue
        cell, v = row[k], row[k].text
        split = _LIST_PARAS if f == "text" else _LIST_COMMA
        lead = len(v) - len(v.lstrip())
        spans, at = [], lead
        for m in split.finditer(v, lead):
            if m.start() >= len(v.rstrip()):
                break
            spans.append((at, m.start()))
            at = m.end()
        spans.append((at, len(v.rstrip())))
        where = _cell_offset_map(cell, text)  # (once per cell: a map per value was square in its values)
        parts[f] = [(where(a), where(b), v[a:b]) for a, b in spans if b > a]
    n = len(parts.get("author", ()))
    if n == 0 or len(parts.get("text", ())) != n:
        return []
    out = []
    for f, ps in parts.items():
        if len(ps) != n:
            continue
        for a, b, _ in ps:
            for x in range(a, b):
                label[x] = "csv.syntax" if (x > a and text[x] == '"' and text[x - 1] == '"'
                                            and label[x - 1] is None and row[cols[f]].quoted) else None
    for i in range(n):
        def get(f: str) -> str | None:
            ps = parts.get(f)
            return ps[i][2] if ps and len(ps) == n else None
        age = _whole_age(get("age") or "")
        out.append(Comment(Author(get("author"), _headline(get("headline") or "")), age.text if age else None,
                           age.iso if age else None, _block(get("text"))))
    return out


def _cell_offset_map(cell: shapes.Cell, text: str) -> Callable[[int], int]:
    """The offset in the text of each character of a cell's value (and of its end): a quoted
    cell's doubled quotes counted twice. Built once per cell, linear in it."""
    if not cell.quoted or '"' not in cell.text:
        return lambda x: cell.start + x
    raw = text[cell.start:cell.end]
    where: list[int] = []
    k = 0
    for m in re.finditer('""', raw):
        where.extend(range(cell.start + k, cell.start + m.start() + 1))
        k = m.end()
    where.extend(range(cell.start + k, cell.end + 1))
    return where.__getitem__


def _mark_row(row: list[shapes.Cell], used: set[int], names: list[str], label: list[str | None],
              text: str) -> None:
    """Label a row's cells: taken by a field, or removed as their column's."""
    for k, c in enumerate(row):
        if k in used:
            _label(label, c, None, text)
        else:
            _label(label, c, f"csv.column:{names[k] if k < len(names) else k}", text)


_LINKEDIN_POST_URL = re.compile(r"https?://(?:[\w-]+\.)?linkedin\.com/(?:posts|feed/update|pulse)/\S+")


def _post_rows(data: list[list[shapes.Cell]], col: dict[str, int], names: list[str]) -> set[int]:
    """The rows of a thread export (ID / Parent ID columns) that are the post itself, not a
    comment: a row no parent names as answering anything, marked as the post by a row-kind
    column ("Type": Post / Comment / Reply, ``patterns.EXPORT_POST_ROW_KINDS``; without
    ids, such a column alone, marking a minority of the rows), or the one
    such root row when it alone links a post (its URL cell) while every other row answers
    another. Comments scrapes whose top-level rows have no parent keep them as comments."""
    if len(data) < 2:
        return set()
    threaded = col["parent"] >= 0 and col["id"] >= 0
    roots = [i for i, r in enumerate(data) if col["parent"] < 0 or not _cell(r, col["parent"])]
    if not roots or (threaded and len(roots) == len(data)):
        return set()
    taken = {v for f, v in col.items() if v >= 0}
    kinds = frozenset(k.casefold() for k in patterns.EXPORT_POST_ROW_KINDS)
    for k in range(len(names)):
        if k in taken:
            continue
        cells = [_cell(r, k).casefold() for r in data]
        if len(set(cells)) >= 2 and all(len(c) <= 30 and "\n" not in c for c in cells):
            marked = {i for i in roots if cells[i] in kinds}
            if marked and not any(cells[i] in kinds for i in range(len(data)) if i not in roots) \
                    and (threaded or len(marked) * 2 <= len(data)):
                return marked
    if len(roots) == 1 and threaded:
        linked = [i for i, r in enumerate(data) if any(_LINKEDIN_POST_URL.fullmatch(c.text.strip()) for c in r)]
        if linked == roots:
            return set(roots)
        # the one root answered by rows that are answered in turn (post, comment, reply: a
        # comment's thread is one level deep), or by three rows or more: the post
        root_id = _cell(data[roots[0]], col["id"])
        parents = [_cell(r, col["parent"]) for r in data]
        children = {_cell(data[i], col["id"]) for i, p in enumerate(parents) if p and p == root_id}
        children.discard("")
        if root_id and (len(children) >= 3 or any(p in children for p in parents)):
            return set(roots)
    return set()


def _csv_tables(rows: list[list[shapes.Cell]], text: str) -> list[tuple] | None:
    """The tables of a CSV file that holds several, one after the other (a spreadsheet's
    sheets saved as one file, a script's posts then comments): a row of column names opens
    each — it repeats two or more of the first header's names, or follows a lone ``#`` row
    naming the table ("# comments"). (rows, escapes, start, end of the header) per table, the
    escapes the doubled quotes of quoted cells; None when the file holds one table."""
    first = {c.text.strip() for c in rows[0] if c.text.strip()}
    cuts = [0]
    for k in range(2, len(rows)):
        r = rows[k]
        if len(r) < 2 or any(not c.text.strip() or len(c.text) > 60 or "\n" in c.text for c in r):
            continue
        after_mark = len(rows[k - 1]) == 1 and rows[k - 1][0].text.lstrip()[:1] == "#"
        if (after_mark or len(first & {c.text.strip() for c in r}) >= 2) \
                and any(shapes.classify_column(c.text)[1] == "text" for c in r) and k - 1 > cuts[-1]:
            cuts.append(k - 1 if after_mark else k)
    if len(cuts) < 2:
        return None
    out = []
    for a, b in zip(cuts, cuts[1:] + [len(rows)]):
        part = [r for r in rows[a:b] if not (len(r) == 1 and r[0].text.lstrip()[:1] == "#")]
        if len(part) < 2:
            return None
        escapes = [(c.start + m.start(), c.start + m.start() + 2, '"', "csv.syntax")
                   for r in part for c in r if c.quoted for m in re.finditer('""', text[c.start:c.end])]
        head = part[0]
        end = text.find("\n", head[-1].end)
        out.append((part, escapes, head[0].start, end if end >= 0 else len(text)))
    return out


def _row_kinds(data: list[list[shapes.Cell]]) -> bool:
    """A column tells each row's kind, posts and comments in one table ("record_type": post /
    comment / reply): its every cell a post's kind (``patterns.EXPORT_POST_ROW_KINDS``) or a
    word opening with a comment's (``patterns.EXPORT_ROLE_WORDS``), both kinds among them."""
    if len(data) < 2 or len(data) > 20000:
        return False
    from .jsonexport import _comment_role_words

    posts = frozenset(k.casefold() for k in patterns.EXPORT_POST_ROW_KINDS)
    words = _comment_role_words()
    for k in range(min(len(r) for r in data)):
        v0 = _cell(data[0], k).casefold()
        if not v0 or len(v0) > 30 or not (v0 in posts or shapes.column_key(v0).startswith(words)):
            continue  # (the first row's cell is no kind: most columns, told at once)
        vals = {_cell(r, k).casefold() for r in data}
        if 2 <= len(vals) <= 4 and vals & posts and all(
                v in posts or (len(v) <= 30 and shapes.column_key(v).startswith(words)) for v in vals):
            return True
    return False


def _sibling_name(v: object) -> bool:
    """A value that may be a name under a key a sibling object's name was found under: one
    short line, not a sentence, no address."""
    from . import jsonexport as jx

    if not isinstance(v, jx.JStr):
        return False
    t = v.value.strip()
    return 0 < len(t) <= 80 and "\n" not in t and "://" not in t and t[-1:] not in ".!?"


def _comment_named(name: str) -> bool:
    """A column named as the comments' text ("Yorum", "Comment", "Kommentar")."""
    return shapes.classify_column(name)[:2] == ("comment", "text")


def _all_counts(data: list[list[shapes.Cell]], k: int) -> bool:
    """Column ``k`` holds counts: every cell a number (or empty), at least one a number."""
    cells = [_cell(r, k) for r in data]
    return any(cells) and all(not c or _COUNT_CELL.fullmatch(c) for c in cells)


def _without_recommended(runs: list, label: list) -> list:
    """A text's paragraphs (an array of them) without the "Recommended by LinkedIn" widget a
    scraper took for paragraphs of the article: its header and teasers, found as on a page
    (``segment.strip_recommended``), each recorded under that rule."""
    if not any(segment.is_recommended_header(r.value) for r in runs):
        return runs
    from .repair import Line, RepairLog

    lines = [Line(k + 1, r.value) for k, r in enumerate(runs)]
    log = RepairLog()
    segment.strip_recommended(lines, log)
    rules = {e.line: e.rule for e in log.entries}
    for k, r in enumerate(runs):
        if k + 1 in rules:
            for x in range(r.start, r.end):
                label[x] = rules[k + 1]
    return [r for k, r in enumerate(runs) if k + 1 not in rules]


def _text_fields(rec: Record, text: str) -> None:
    """A post's text field: its body, the sign-off and call to action that close it (as a
    page's post text is read), and the hashtags of all of it."""
    rec.body, rec.sign_off, rec.cta = segment.split_text_tail(text, rec.author.name if rec.author else None)
    if "\n" in rec.body and "\n\n" not in rec.body:
        # lines and no blank line between them: read again, each line would be a paragraph
        # (``segment.join_paragraphs``); say so now, as a page's body does (cleaning twice = once)
        rec.body = rec.body.replace("\n", "\n\n")
    rec.hashtags = segment.find_hashtags(text)


def _trailing_fold(body: str, raw: str) -> tuple[str, int] | None:
    """A post's text field that ends with a fold ("…see more", "…mehr"): the scraper took the
    truncated view and its button. Returns the text without the fold, and where the fold
    starts in ``raw`` (the field as written, which must end with it as written); None when
    the text ends with none."""
    if "…" not in body[-40:] and "..." not in body[-40:]:
        return None
    from .layouts import _find_trailing_fold

    m = _find_trailing_fold(body)
    if m is None or m.start() == 0:
        return None
    fold = m.group().strip()
    r = raw.rstrip()
    if not r.endswith(fold):
        return None
    return body[: m.start()].rstrip(), len(r) - len(fold)


# a relative age in words the tables do not know: a number, then one word ("6 din", "3 ngày")
_WORDED_AGE = re.compile(r"\d{1,3} ?[^\W\d_]{1,12}\.?")


def _not_a_count(t: str) -> bool:
    """Is ``t`` (a number and a word) no counter line of the UI tables ("12 likes")?"""
    from . import nodes

    return nodes.classify(t).kind != nodes.COUNTER


@lru_cache(maxsize=1)
def _ago_keys() -> frozenset[str]:
    """The keys that name a post's or a comment's relative age only ("postedAgo", "timeAgo",
    "age"), not a date or a time ("posted_at", "date")."""
    from . import jsonexport as jx

    return frozenset(jx._norm_key(k) for k in (*jx._RELATIVE_KEYS, "postedAgo", "commentAge", "age"))


@lru_cache(maxsize=1)
def _hashtag_label_rx() -> re.Pattern[str]:
    return re.compile(r"(?:" + patterns.HASHTAG_LABEL + r")(?=#[^\W_])", re.I)


def _hashtag_labels(body: str, raw: str) -> tuple[str, list[tuple[int, int]]] | None:
    """"hashtag#AI" in a post's text field: the feed's accessible label glued to each tag, as a
    scraper copies it (pages lose it in ``pipeline._glued_hashtag_prefix``). Returns the text
    without the labels (a space where one was glued to a word: "Ranihashtag#Hiring") and their
    spans in ``raw`` (the field as written, which must hold as many); None when it holds none."""
    if "#" not in body:
        return None
    rx = _hashtag_label_rx()
    found = list(rx.finditer(body))
    if not found:
        return None
    spans = [m.span() for m in rx.finditer(raw)]
    if len(spans) != len(found):
        return None
    out, pos = [], 0
    for m in found:
        out.append(body[pos:m.start()])
        if m.start() and body[m.start() - 1].isalnum():
            out.append(" ")
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), spans


def _modal_cut(body: str, raw: str) -> tuple[str, tuple[int, int]] | None:
    """A sign-in modal run into a post's text field (three of its prompts or more, "… Sign in
    Welcome back Email or phone Password …": the scraper took the page's text with the modal
    over it): the text without it, from its first prompt to its last, and that span in ``raw``
    (the field as written, which must hold as many prompts). Left in the body, cleaning the
    body again (one long line, read as a flattened page's) cut it out. None when no modal.
    The modal's prompts stand side by side (a word or two between them, "Password Show"): the
    longest run of three or more so close is the modal; prompts a text's sentences part (a post
    about signing in) are no modal, and the text between them is kept."""
    from .layouts import modal_prompts, modal_run

    found = modal_prompts(body)
    if len(found) < 3:
        return None
    in_raw = modal_prompts(raw)
    if len(in_raw) != len(found):
        return None

    run = modal_run(found)
    if run is None:
        return None
    i, j = run
    before, after = body[: found[i].start()].rstrip(), body[found[j].end():].lstrip()
    return (before + " " + after).strip(), (in_raw[i].start(), in_raw[j].end())


def _fold_cut(rec: Record, fold: str, label: list[str | None], at: int) -> None:
    """Label a text field's closing fold (``ui.more_fold``, from offset ``at``) and warn."""
    for x in range(at, at + len(fold)):
        label[x] = "ui.more_fold"
    rec.warnings.append(f"truncated: the body was cut at {fold!r} (the rest was not scraped)")


def _cell(row: list[shapes.Cell], k: int) -> str:
    """The value of column ``k`` in ``row`` ("" for a column the row lacks or none)."""
    return row[k].text.strip() if 0 <= k < len(row) else ""


def _whole_age(value: str) -> segment.Age | None:
    """The age a cell or value holds when it holds nothing else ("3 w", not "3 w ·")."""
    a = segment.parse_age(value) if value else None
    return a if a is not None and a.end >= len(value.strip()) else None


@lru_cache(maxsize=1)
def _badges_folded() -> frozenset[str]:
    return frozenset(b.casefold() for bs in patterns.AUTHOR_BADGES.values() for b in bs)


def _headline(value: str) -> str | None:
    """A headline cell's value, or None when it holds none: a company page's exports give
    its follower count there ("2,140 followers", "12.345 volgers"), which is no bio."""
    if not value:
        return None
    from .nodes import COUNTER, classify

    if value.casefold() in _badges_folded():
        return None  # the author badge ("Author", "Autore") where a commenter's headline would be

    return None if classify(value).kind == COUNTER else value


def _title_beside_name(names: list[str], data: list[list[shapes.Cell]], author: int, text_col: int) -> int:
    """A bare "title" column right after the person's name column is the person's job title
    (a profile scraper's "fullName;title"), not a post title, where its cells read as
    headlines: short one-line values, no address, no count (``patterns.PERSON_TITLE_COLUMNS``).
    Its index, or -1."""
    k = author + 1
    if k >= len(names) or k == text_col or names[k] not in {shapes.column_key(c) for c in patterns.PERSON_TITLE_COLUMNS}:
        return -1
    cells = [_cell(r, k) for r in data]
    values = [c for c in cells if c]
    if not values or any(len(c) > 200 or "\n" in c or "://" in c or _COUNT_CELL.fullmatch(c) for c in values):
        return -1
    return k


def _post_fields(rec: Record, row: list[shapes.Cell], post_col: dict[str, int], used: set[int], text: str,
                 escapes: list[tuple[int, int, str]]) -> None:
    """A comments scrape's post, from the post columns of the first row that shows it."""
    cell = lambda k: _cell(row, k)  # noqa: E731
    name = cell(post_col["author"]) or None
    if name:
        used.add(post_col["author"])
    bio = _headline(cell(post_col["headline"])) if name else None
    if bio:
        used.add(post_col["headline"])
    rec.author = Author(name, bio)
    body = cell(post_col["text"])
    if body:
        if "\\n" in body:
            body = _newline_escapes(row[post_col["text"]], text, escapes).strip()
        _text_fields(rec, _block(body))
        used.add(post_col["text"])
    a = _whole_age(cell(post_col["age"]))
    if a is not None:
        rec.age, rec.age_iso = a.text, a.iso
        used.add(post_col["age"])


def _count_written(cell: shapes.Cell, n: int, text: str, escapes: list[tuple]) -> None:
    """A count written with separators or a suffix ("1.204", "1,2K") becomes the number:
    recorded as replaced (``csv.count``), so that what the cell said stays on record."""
    raw = text[cell.start:cell.end]
    lead = len(raw) - len(raw.lstrip())
    written = raw.strip()
    if written != str(n) and "\n" not in written:
        escapes.append((cell.start + lead, cell.start + lead + len(written), str(n), "csv.count"))


def _newline_escapes(cell: shapes.Cell, text: str, escapes: list[tuple[int, int, str]]) -> str:
    """A cell that writes its line breaks as ``\\n`` (a TSV export, which has no other way):
    its text with them decoded, each one recorded. A cell that holds a real line break, or
    whose quotes were doubled, is left as it is."""
    raw = text[cell.start:cell.end]
    if "\n" in cell.text or raw != cell.text:
        return cell.text
    for m in re.finditer(r"\\n", raw):
        escapes.append((cell.start + m.start(), cell.start + m.end(), "\n"))
    return raw.replace("\\n", "\n")


# a flattened column: a path of keys and array indices ("author/name", "comments/0/text",
# "stats.likes"), as cloud actors and json_normalize write nested objects into CSV
_FLAT_PATH = re.compile(r"[A-Za-z_][\w]{0,40}(?:([/.])(?:[A-Za-z_][\w]{0,40}|\d{1,3}))+")


_NUMBERED_COLUMN = re.compile(r"(?P<base>[^\W\d][^\W\d_]{0,30}?)[ _.#-]{0,3}(?P<n>\d{1,3})[ _.:-]{0,3}"
                              r"(?P<field>[^\W\d][\w .'’-]{0,40})")


def _flattened_tree(header: list[shapes.Cell], data: list[list[shapes.Cell]], text: str) -> list | None:
    """The objects a CSV with flattened columns was made from, when its header names nested
    keys and arrays (three or more path columns, one separator, a numbered segment): one
    object per row, each non-empty cell a string (a :class:`jsonexport.JStr` over the cell)
    at its path, numbered segments made arrays; None for any other header (one with no
    numbered segment is read by :func:`segment_csv`'s columns)."""
    from . import jsonexport as jx

    paths: list[list[str] | None] = []
    seps: set[str] = set()
    for c in header:
        m = _FLAT_PATH.fullmatch(c.text.strip())
        if m is None:
            paths.append(None)
            continue
        seps.add(m.group(1))
        paths.append(re.split(r"[/.]", c.text.strip()))
    if not seps:
        # a spreadsheet's numbered groups of comment columns ("Comment 1 Author", "Comment 1
        # Text", "comment_2_text"): each group one comment, under the comments' own word
        words = jx._comment_role_words()
        for k, c in enumerate(header):
            m = _NUMBERED_COLUMN.fullmatch(c.text.strip())
            if m is not None and shapes.column_key(m.group("base")).startswith(words):
                paths[k] = [m.group("base"), m.group("n"), m.group("field")]
        seps.add(" ")
    flat = [p for p in paths if p]
    # (isdecimal, not isdigit: a numbered column's field may be a superscript, "Comment 1 ²",
    # which isdigit takes and int() refuses)
    if len(flat) < 3 or len(seps) != 1 or not any(x.isdecimal() for p in flat for x in p):
        return None  # (no array flattened: the CSV reader's own columns read it)
    out: list = []
    for row in data:
        root: dict = {}
        for k, c in enumerate(row):
            if k >= len(paths) or not c.text.strip():
                continue
            path = paths[k] or [header[k].text.strip()]
            node = root
            for seg in path[:-1]:
                key = int(seg) if seg.isdecimal() else seg
                node = node.setdefault(key, {})
                if not isinstance(node, dict):
                    break
            else:
                raw = text[c.start:c.end]
                escapes = [(c.start + m.start(), c.start + m.end(), '"', "csv.syntax")
                           for m in re.finditer('""', raw)] if c.quoted else []
                node[int(path[-1]) if path[-1].isdecimal() else path[-1]] = jx.JStr(c.text, c.start, c.end, raw, escapes)

        def build(node: object) -> object:
            if not isinstance(node, dict):
                return node
            if node and all(isinstance(k, int) for k in node):
                return [build(node[k]) for k in sorted(node)]
            return jx.JObj({str(k): build(v) for k, v in node.items()})

        out.append(build(root))
    return out if out else None


def _cell_literal(cell: shapes.Cell, text: str) -> object | None:
    """A cell holding a list or an object written as JSON or as a Python literal (a data
    frame's column of lists of dicts, ``to_csv`` writing each one's repr): the tree, each
    string's span and escapes put back on the text (a quoted cell's doubled quotes among them,
    as ``csv.syntax``); None for any other cell."""
    from . import jsonexport as jx
    from . import literals

    value = cell.text.strip()
    if not (value[:1] in "[{" and value[-1:] in "]}" and value[1:2] in "{('\"\n\r\t "):
        return None
    lead = len(cell.text) - len(cell.text.lstrip())
    raw = text[cell.start:cell.end]
    where: list[int] = []  # for each character of the value (and its end), its offset in the text
    pairs: list[int] = []  # the offsets of a quoted cell's doubled quotes
    k = 0
    for m in re.finditer('""', raw) if cell.quoted else ():
        where.extend(range(cell.start + k, cell.start + m.start() + 1))
        pairs.append(cell.start + m.start())
        k = m.end()
    where.extend(range(cell.start + k, cell.end + 1))
    s = cell.text
    tree = None
    for parse in (lambda: jx._Parser(s), lambda: literals._PyParser(s, 0)):
        try:
            p = parse()
            p.i = lead
            v = p.value()
            p.ws()
        except (ValueError, IndexError, SyntaxError, RecursionError, UnicodeError):
            continue
        if p.i == len(s) and isinstance(v, (list, jx.JObj)):
            tree = v
            break
    if tree is None or len(where) != len(s) + 1:
        return None

    def remap(v: object) -> object:
        if isinstance(v, list):
            return [remap(x) for x in v]
        if isinstance(v, jx.JObj):
            return jx.JObj({k: remap(x) for k, x in v.items.items()}, {k: remap(x) for k, x in v.keys.items()})
        if not isinstance(v, jx.JStr):
            return v
        a, b = where[v.start], where[v.end]
        if v.escapes is None:  # (JSON's, found in its raw text)
            inner = [(v.start + m.start(), v.start + m.end(), json.loads('"' + m.group() + '"'), "json.escape")
                     for m in _JSON_ESCAPE.finditer(v.raw)]
        else:
            inner = v.escapes
        esc = sorted((where[x[0]], where[x[1]], x[2], x[3] if len(x) > 3 else "json.escape") for x in inner)
        starts = [x[0] for x in esc]
        for q in pairs[bisect.bisect_left(pairs, a):bisect.bisect_left(pairs, b)]:
            n = bisect.bisect_right(starts, q) - 1  # (a doubled quote inside the string's own escape: that one's)
            if n < 0 or q >= esc[n][1]:
                esc.append((q, q + 2, '"', "csv.syntax"))
        esc.sort()
        return jx.JStr(v.value, a, b, text[a:b], esc)

    return remap(tree)


def _literal_cells_tree(header: list[shapes.Cell], data: list[list[shapes.Cell]], text: str) -> list | None:
    """The objects of a CSV some of whose columns hold lists of objects written as literals
    (pandas' ``to_csv`` of a frame whose "comments" column holds lists of dicts): one object
    per row, each cell a string under its column's name, those columns' cells the trees they
    write; None when no column is such (every non-empty cell a literal, one of them a list of
    objects) — the CSV reader's own columns read it."""
    from . import jsonexport as jx

    width = len(header)
    cols = [k for k in range(width)
            if any(k < len(r) and r[k].text.lstrip()[:2] in ("[{", "{'", '{"') for r in data[:50])]
    if not cols:
        return None
    trees: dict[tuple[int, int], object] = {}
    for k in cols:
        for ri, row in enumerate(data):
            if k >= len(row) or not row[k].text.strip() or row[k].text.strip() == "[]":
                continue
            t = _cell_literal(row[k], text)
            if t is None:
                break
            trees[ri, k] = t
        else:
            continue
        cols = [x for x in cols if x != k]
    if not trees or not any(isinstance(t, list) and any(isinstance(x, jx.JObj) for x in t) for t in trees.values()):
        return None
    out: list = []
    for ri, row in enumerate(data):
        o = jx.JObj()
        for k, c in enumerate(row[:width]):
            if not c.text.strip():
                continue
            key = header[k].text.strip()
            if (ri, k) in trees:
                o.items[key] = trees[ri, k]
            elif k in cols and c.text.strip() == "[]":
                o.items[key] = []
            elif c.text.isdigit() and len(c.text) <= 12 and c.text.isascii():
                o.items[key] = int(c.text)  # (a count, "2210": the number, as JSON writes it)
            else:
                raw = text[c.start:c.end]
                escapes = [(c.start + m.start(), c.start + m.end(), '"', "csv.syntax")
                           for m in re.finditer('""', raw)] if c.quoted else []
                o.items[key] = jx.JStr(c.text, c.start, c.end, raw, escapes)
        out.append(o)
    return out or None


def _json_after_prompt(lines: list[Line], text: str) -> tuple[tuple | None, int]:
    """A JSON document after a console's short lines (the command typed, an echo such as
    ``undefined``): read from the first line opening a bracket alone among the first four,
    the lines before it a preamble."""
    start = 0
    for ln in lines[:4]:
        s = ln.text.strip()
        if s in ("{", "[") or s.startswith(('{"', '[{"', '[\n')):
            break
        if len(ln.text) > 160:
            return None, 0
        start += len(ln.text) + 1
    else:
        return None, 0
    if start == 0 or start >= len(text):
        return None, 0
    from . import jsonexport as jx

    blanked = "".join(c if c in "\r\n" else " " for c in text[:start]) + text[start:]
    tree = jx.parse_export_tree(blanked)
    return (tree, start) if tree is not None else (None, 0)


# what a console's printer writes for a value deeper than it prints (Node's util.inspect:
# "[Object]", "[Array]"; "[...]" of a printer cutting a nested list)
_ELIDED = re.compile(r"\[(?:Object|Array|\.\.\.|…)\]")


def _literal_over_table(text: str) -> tuple | None:
    """A post printed as a literal whose comments the printer elided ("comments: [ [Object],
    [Object] ]", Node's console.log past its depth), then the comments printed as a table under
    it (console.table, a grid): the post's tree with the table's rows as its comments — as many
    rows as the elided values — for :func:`segment_json`'s ``read``; None when it is no such
    pair."""
    from . import literals
    from .jsonexport import JObj

    tables = grid_tables(text)
    if tables is None or len(tables) != 1:
        return None
    start = tables[0][2]
    cut = start - 1  # (the line break before the header)
    while cut > 0:
        above = text.rfind("\n", 0, cut)
        if not GRID_RULE.fullmatch(text[above + 1 : cut]):
            break
        cut = above  # (the box's top border over its header)
    if cut <= 0:
        return None
    got = literals.parse_python(text[:cut], loose=True)
    if got is None or not isinstance(got[0], JObj):
        return None
    rows = tables[0][0]
    env, _, spans = _md_tables_tree(text, tables)
    objs = env[0].items.get("table1") if env and isinstance(env[0], JObj) else None
    holder = _elided_list(got[0], len(rows) - 1, 0)
    if holder is None or not objs:
        return None
    holder[0].items[holder[1]] = objs
    return [got[0]], "table.syntax", spans


def _elided_list(o: "JObj", n: int, depth: int) -> tuple[JObj, str] | None:
    """The object and key of the one list of ``n`` elided values (read as nothing) in ``o``."""
    from .jsonexport import JObj

    if depth > 4:
        return None
    for k, v in o.items.items():
        if isinstance(v, list) and len(v) == n and n > 0 and all(x is None for x in v):
            return o, k
        if isinstance(v, JObj):
            found = _elided_list(v, n, depth + 1)
            if found is not None:
                return found
    return None


def segment_json(lines: list[Line], log: RepairLog, read: tuple | None = None) -> list[Record] | None:
    """A JSON export (an array of post objects, JSON Lines, or a scraper's envelope object
    holding its posts under a key like ``data`` or ``items``): one record per post. The
    strings a field takes go there, their escapes recorded as decoded (``json.escape``);
    every other character — keys, punctuation, fields no record takes — is recorded as
    removed (``json.syntax``, ``json.field:<key>``). ``read``: the objects another reader
    made of the text (a CSV with flattened columns), with its syntax rule and the spans of
    its header."""
    from . import jsonexport as jx

    text = "\n".join(ln.text for ln in lines)
    first = next((ln.text for ln in lines if ln.text.strip()), "")
    syntax, prompt = "json.syntax", 0
    header_spans: list[tuple[int, int]] = []
    if read is not None:
        syntax, header_spans = read[1], read[2]
        tree = jx.parse_export_tree(text, read[0])
        if tree is None:
            return None
    elif first.lstrip("\ufeff \t").startswith(("[", "{")):
        tree = jx.parse_export_tree(text)
    else:
        tree, prompt = _json_after_prompt(lines, text)
    if tree is None and read is None and _ELIDED.search(text, 0, 20000) and ("──" in text or "-+-" in text):
        joined = _literal_over_table(text)  # (a post printed with its comments elided, then as a table)
        if joined is not None:
            return segment_json(lines, log, joined)
    if tree is None:
        # a Python literal (a dict printed by a script, after its prompt or log line), block
        # YAML or TOML: read by :mod:`literals` into the same tree
        from . import literals

        texts = [ln.text for ln in lines]

        def with_prompt(read: Any, rule: str | None, prompt: Any = None) -> tuple | None:
            """A reader's (tree, prompt spans) or (tree, rule) as (tree, rule, prompt)."""
            if read is None:
                return None
            return (read[0], rule, read[1]) if rule is not None else (read[0], read[1], prompt)

        # each reader whose cheap test passes, in this order; one that does not understand the
        # text (or whose tree holds no posts) leaves it to the next (a dataclass's repr test
        # also passes for a Kotlin toString with bare values, which only the toString reader reads)
        readers = (
            (lambda: literals.may_be_front_matter(texts),  # (a page's front matter holding comments)
             lambda: with_prompt(literals.parse_front_matter(text), None, 0)),
            (lambda: literals.may_be_sql(texts),  # (an SQL dump: each table's rows)
             lambda: (literals.parse_sql(text), "sql.syntax", 0)),
            (lambda: literals.may_be_redis(texts[:40]),  # (redis-cli's replies: hashes)
             lambda: with_prompt(literals.parse_redis(text), "redis.syntax")),
            (lambda: literals.may_be_records(texts[:40]),  # (a database client's record display)
             lambda: with_prompt(literals.parse_records(text), "db.syntax")),
            (lambda: literals.may_be_flat_config(texts[:40]),  # (an INI or a .properties file)
             lambda: (literals.parse_flat_config(text), "config.syntax", 0)),
            (lambda: literals.may_be_var_dump(texts[:6]),  # (PHP's var_dump)
             lambda: with_prompt(literals.parse_var_dump(text), "php.syntax")),
            (lambda: literals.may_be_print_r(texts[:7]),  # (PHP's print_r)
             lambda: with_prompt(literals.parse_print_r(text), "php.syntax")),
            (lambda: literals.may_be_python(text),
             lambda: with_prompt(literals.parse_python(text), "repr.syntax")),
            (lambda: literals.may_be_yaml(texts),
             lambda: (literals.parse_yaml(text), "yaml.syntax", 0)),
            (lambda: literals.may_be_toml(texts),
             lambda: (literals.parse_toml(text), "toml.syntax", 0)),
            (lambda: literals.may_be_tostring(texts[:6]),  # (a record's toString() in a log line)
             lambda: with_prompt(literals.parse_tostring(text), "repr.syntax")),
            (lambda: literals.may_be_logfmt(texts[:8]),  # (logfmt: one event a line, key=value pairs)
             lambda: (literals.parse_logfmt(text), "logfmt.syntax", 0)),
            (lambda: literals.may_be_stacked(texts),  # (a key/value pane: each key on its own line)
             lambda: (literals.parse_stacked(text), "kv.syntax", 0)),
            # a Go or Node struct dump and the printers of other languages: the same reader,
            # bare keys and typed braces allowed
            (lambda: literals.may_be_loose(texts),
             lambda: with_prompt(literals.parse_python(text, loose=True), "repr.syntax")),
        )
        for test, reader in readers:
            if not test():
                continue
            got = reader()
            if got is None or got[0] is None:
                continue
            tree = jx.parse_export_tree(text, got[0])
            if tree is not None:
                syntax, prompt = got[1], got[2]
                break
        else:
            return None
    posts, envelopes = tree
    rows = jx.comment_rows(posts)
    if rows is not None:
        # a comments export, one object per comment: its posts, the objects' fields (each
        # object's unused values, the post's later copies among them, recorded as their key's)
        posts, envelopes = rows, envelopes + posts
    lt = LabelledText(lines, text, syntax)
    label = lt.label
    if isinstance(prompt, list):
        # literals printed among a log's or a notebook's lines: the text outside them
        a = 0
        for s0, e0 in prompt + [(len(text), len(text))]:
            for k in range(a, s0):
                label[k] = "export.preamble"
            a = e0
    else:
        for k in range(prompt):
            label[k] = "export.preamble"  # (a prompt or log line before the literal)
    for a0, b0 in header_spans:
        for k in range(a0, b0):
            label[k] = "csv.header"
    escapes: list[tuple[int, int, str]] = []  # (start, end, decoded) inside the strings fields took

    def take_runs(runs: list[jx.JStr], paras: bool = False) -> str:
        """A text given as runs: each taken, joined as they stand; the post's own link
        closing them (a link run after runs of spaces and symbols) is no text."""
        if len(runs) >= 2 and _POST_URL.fullmatch(runs[-1].value.strip()):
            k = len(runs) - 1
            while k > 0 and not any(c.isalnum() for c in runs[k - 1].value):
                k -= 1
            for r in runs[k:]:
                for x in range(r.start, r.end):
                    label[x] = "json.post_link"
            runs = runs[:k]
        if paras:
            runs = _without_recommended(runs, label)
        parts = []
        for r in runs:
            take(r)
            parts.append(r.value)
        return ("\n\n" if paras else "").join(parts).strip()

    def take(v: jx.JStr | None) -> str | None:
        if v is None:
            return None
        for k in range(v.start, v.end):
            label[k] = None
        if v.escapes is not None:
            escapes.extend(v.escapes)
            return v.value.strip() or None
        if "</" in v.raw or "<br" in v.raw:
            html = _html_in_string(v, escapes)
            if html is not None:
                return html.strip() or None
        doubled = "\\n" in v.value and "\n" not in v.value and "\\\\n" in v.raw
        for m in _JSON_ESCAPE_DOUBLED.finditer(v.raw) if doubled else _JSON_ESCAPE.finditer(v.raw):
            # (a text whose line breaks were escaped twice, "…projeto.\\n\\n#Tag": each one a break)
            decoded = "\n" if m.group() == "\\\\n" else json.loads('"' + m.group() + '"')
            escapes.append((v.start + m.start(), v.start + m.end(), decoded))
        if doubled:
            return v.value.replace("\\n", "\n").strip() or None
        return v.value.strip() or None

    def mark_rest(o: jx.JObj) -> None:
        """Values no field took are recorded under their key; keys stay JSON syntax."""
        for key, val in o.items.items():
            _mark_unused(val, f"json.field:{key}")

    def _mark_unused(val: object, rule: str) -> None:
        if isinstance(val, jx.JStr):
            for x in range(val.start, val.end):
                if label[x] == syntax:
                    label[x] = rule
        elif isinstance(val, jx.JObj):
            for v2 in val.items.values():
                _mark_unused(v2, rule)
        elif isinstance(val, list):
            for v2 in val:
                _mark_unused(v2, rule)

    # the key a person was told by its value under, per kind (post, comment): the same key of
    # a sibling object holds that object's author, also a name no value test reads as one (a
    # company page's one-word name)
    person_keys: dict[bool, str] = {}

    def person(o: jx.JObj, comment: bool = False) -> Author:
        hit = jx.pick(o, jx._AUTHOR_KEYS)
        name = None
        if hit and isinstance(hit[1], jx.JObj) and jx.pick(hit[1], ("name", "fullName", "full_name")) is None:
            # {"first_name": "Marguerite", "last_name": "Østby"}: the two parts, in order
            first, last = jx.pick(hit[1], jx._FIRST_NAME), jx.pick(hit[1], jx._LAST_NAME)
            if first and last and isinstance(first[1], jx.JStr) and isinstance(last[1], jx.JStr):
                a, b = sorted((first[1], last[1]), key=lambda v: v.start)
                name = " ".join(x for x in (take(a), take(b)) if x)
        inner_bio = None
        if hit and isinstance(hit[1], jx.JObj):
            name_v, inner_bio = jx.person_object(hit[1])
            if name is None:
                name = take(name_v)
        elif name is None:
            name_v = jx.string_in(hit[1], jx._AUTHOR_INNER) if hit else None
            # (a person's id or address where the name would be, as LinkedIn's own API gives
            # it: "author": "urn:li:person:…", is no name: left to its key)
            name = take(name_v) if name_v is None or not _PERSON_REF.match(name_v.value.strip()) else None
        bio_hit = jx.pick(o, jx._HEADLINE_KEYS)
        if bio_hit and not comment and _article_headline(o, bio_hit, hit):
            bio_hit = None  # (the article's title: schema.org's Article "headline")
        bio_v = jx.as_str(bio_hit[1]) if bio_hit else None
        if bio_v is None and hit and isinstance(hit[1], jx.JObj):
            bio_v = inner_bio
        if bio_v is None and comment and hit and isinstance(hit[1], jx.JStr):
            # a comment's bare title word beside its author's name ({"autor": …, "titulo": …}):
            # a comment has no title of its own, so it is the commenter's headline
            bio_v = jx.bare_title(o)
        # (a company page's follower count in the headline field is no bio: left to its key)
        if hit is None:
            # keys no table knows: a person told by the values (a name, a headline beside it;
            # a headline under a known key, "tagline", beside a name under an unknown one, "who")
            found = jx.person_by_values(o)
            if found is not None:
                name = take(found[0])
                bio_v = bio_v if bio_v is not None else found[1]
                key = next((k for k, v in o.items.items() if v is found[0]), None)
                if key is not None:
                    person_keys.setdefault(comment, key)
            elif (key := person_keys.get(comment)) is not None and _sibling_name(o.items.get(key)):
                name = take(o.items[key])
        if bio_v is None and hit is not None and isinstance(hit[1], jx.JStr):
            bio_v = jx.headline_beside(o, hit[0])  # ("kdo" and "kdo_headline")
        if bio_v is None and name is not None and learned_bio:
            # a headline key the export's other objects showed by their values ("parichay")
            bio_v = next((v for k, v in o.items.items() if k in learned_bio and isinstance(v, jx.JStr)
                          and 0 < len(v.value.strip()) <= 200 and "\n" not in v.value.strip()), None)
        bio = take(bio_v) if bio_v is not None and _headline(bio_v.value.strip()) else None
        return Author(name, bio)

    def when(o: jx.JObj) -> object:
        hit = jx.pick(o, jx._AGE_KEYS)
        value = hit[1] if hit else None
        if isinstance(value, jx.JObj):  # {"date": "2025-03-12", "relative": "4d"}
            inner = jx.pick(value, jx._RELATIVE_KEYS)
            value = inner[1] if inner else jx.as_str(value)  # (or a text view model's)
        if not isinstance(value, jx.JObj) and not (isinstance(value, jx.JStr) and segment.parse_age(value.value)):
            # a date or a timestamp under the best-named key ("posted_at") and the relative
            # age under another key naming an age ("posted_relative", "il_y_a"): the age
            value = jx.relative_age_key(o) or value
        if value is None:
            value = jx.age_by_values(o)  # (a key no table knows, told by its value)
        if value is None:
            # the age kept in the author's card, under the name and headline (LinkedIn's own
            # "actor": {"name": …, "description": …, "subDescription": {"text": "3d • "}})
            who = jx.pick(o, jx._AUTHOR_KEYS)
            value = jx.age_by_values(who[1]) if who and isinstance(who[1], jx.JObj) else None
        if isinstance(value, jx.JStr):
            a = segment.parse_age(value.value)
            if a is not None:
                take(value)
                lead = len(value.value) - len(value.value.lstrip())
                if value.raw == value.value and lead + a.end < len(value.value.rstrip()):
                    # what the age leaves of its field ("2d • Edited •"): the card's marks,
                    # recorded (the age alone is the record's)
                    for x in range(value.start + lead + a.end, value.end):
                        label[x] = "json.age_marks"
                return a
            t = value.value.strip()
            if (hit is not None and value is hit[1] and jx._norm_key(hit[0]) in _ago_keys()
                    and _WORDED_AGE.fullmatch(t) and _not_a_count(t)):
                # a number and a word under a key that names a relative age ("postedAgo":
                # "6 din", "4 hari"): the age as written, in a wording the tables do not know
                # (not a count the UI tables know: "12 likes", "3 Kommentare" under "age")
                take(value)
                return segment.Age(t, None, len(t))
        return None

    def reactions(o: jx.JObj) -> int | None:
        hit = jx.pick(o, jx._REACTION_KEYS)
        if not hit or not isinstance(hit[1], (int, float)) or hit[1] != hit[1] or abs(hit[1]) == float("inf"):
            return None  # (no number, or 1e999 / NaN read as a float: no count)
        return int(hit[1])

    def comment(o: jx.JObj) -> Comment:
        who = person(o, comment=True)
        a = when(o)
        t = jx.text_of(o)
        tv = jx.string_in(t[1], jx._TEXT_KEYS) if t else None
        runs = jx.text_runs(t[1]) if t and tv is None else None  # (a rich text's runs, as a post's)
        c = Comment(who, a.text if a else None, a.iso if a else None,
                    _block(take(tv) if tv else take_runs(runs, isinstance(t[1], list) and jx.paragraphs(t[1]))
                           if runs else ""), reactions(o))
        r = jx.comments_in(o, jx._REPLY_KEYS, one=True)
        if r:
            c.replies = [comment(x) for x in r if isinstance(x, jx.JObj)]
        return c

    out: list[Record] = []
    # a repost's original, kept inside it: a record of its own after the repost's
    posts = [x for o in posts for x in [o, *jx.shared_posts(o)]]
    learned_bio = jx.headline_keys(posts)
    for o in posts:
        # (a comments export's post may show no text of its own: its address and author only)
        key, tv = jx.text_of(o) or (None, None)
        tv = jx.string_in(tv, jx._TEXT_KEYS) or tv  # {"commentary": {"text": "…"}}
        rec = Record(shape="json_export")
        runs = jx.text_runs(tv)
        body_text = take(tv) if isinstance(tv, jx.JStr) else take_runs(
            runs, isinstance(tv, list) and jx.paragraphs(tv)) if runs else ""
        rec.author = person(o)
        a = when(o)
        first = tv if isinstance(tv, jx.JStr) else runs[0] if runs else None
        lead = _attribution(first) if rec.author.name is None and first is not None else None
        if lead is not None:
            # "📌 Shared — Name (Headline), 4 days ago:" opening the text of a channel that
            # shares posts: the person, their headline and the age it names; the rest of that
            # line is the sharer's
            end, spans, (name, bio, age) = lead
            for x in range(first.start, first.start + end):
                if not any(a0 <= x - first.start < b0 for a0, b0 in spans):
                    label[x] = "json.attribution"
            rec.author = Author(name, bio)
            if a is None:
                a = age
            body_text = body_text.lstrip()[end:].strip()
        cut = _trailing_fold(body_text, tv.raw) if isinstance(tv, jx.JStr) and body_text else None
        if cut is not None:
            body_text = cut[0]
            _fold_cut(rec, tv.raw[cut[1]:].rstrip(), label, tv.start + cut[1])
        tags = _hashtag_labels(body_text, tv.raw) if isinstance(tv, jx.JStr) and body_text else None
        if tags is not None:
            body_text = tags[0]
            for a0, b0 in tags[1]:
                for x in range(tv.start + a0, tv.start + b0):
                    label[x] = "ui.hashtag_prefix"
        modal = _modal_cut(body_text, tv.raw) if isinstance(tv, jx.JStr) and len(body_text) >= 150 else None
        if modal is not None:
            body_text = modal[0]
            for x in range(tv.start + modal[1][0], tv.start + modal[1][1]):
                label[x] = "ui.sign_in"
        _text_fields(rec, _block(body_text))
        if a is not None:
            rec.age, rec.age_iso = a.text, a.iso
        th = jx.pick(o, jx._TITLE_KEYS)
        if th is None and "/pulse/" in text:
            hh = jx.pick(o, jx._HEADLINE_KEYS)
            th = hh if hh and _article_headline(o, hh, jx.pick(o, jx._AUTHOR_KEYS)) else None
        if th and isinstance(th[1], jx.JStr) and "/pulse/" in text:
            rec.title = take(th[1])
        rec.reactions = reactions(o)
        ch = jx.comments_in(o, jx._COMMENT_KEYS)
        if not ch:
            # a thread's tree with the same key at every level ("children"): the post's
            # comments under its replies key, when they are comments (a text and a person)
            r = jx.pick(o, jx._REPLY_KEYS)
            if r and isinstance(r[1], list) and sum(map(jx._comment_like, r[1])) * 2 > len(r[1]):
                ch = r[1]
        if ch and len(ch) >= 2 and all(isinstance(x, jx.JObj) for x in ch):
            # a flat array of the comments and their replies, each reply naming the comment it
            # answers by its id ("parentId", "in_reply_to"): the replies under their comments
            ch = jx.join_rows(ch)
        if ch:
            rec.comments = [comment(x) for x in ch if isinstance(x, jx.JObj)]
        anchor = tv if isinstance(tv, jx.JStr) else runs[0] if runs else next(
            (v for v in o.items.values() if isinstance(v, jx.JStr)), None)
        rec.first_line = lt.line_at(anchor.start).no if anchor is not None else 1
        mark_rest(o)
        out.append(rec)
    for env in envelopes:  # (after the posts: their strings are labelled already)
        mark_rest(env)
    lt.record(log, escapes)
    return out


def _article_headline(o, hit: tuple[str, object], who: tuple[str, object] | None) -> bool:
    """A post object's own "headline" is an article's title (schema.org's Article names it
    so) where the author is an object of its own and the post has no title key: a person's
    headline sits beside their name, not beside an author object."""
    from . import jsonexport as jx

    if who is None:
        # (an author object under a key no table names, "writer": {"fullName": …}: told by
        # the name inside it)
        who = next(((k, v) for k, v in o.items.items() if isinstance(v, jx.JObj) and jx._unknown_key(k)
                    and jx.pick(v, jx._AUTHOR_INNER) is not None), None)
    return (jx._norm_key(hit[0]) == "headline" and who is not None and isinstance(who[1], jx.JObj)
            and jx.pick(o, jx._TITLE_KEYS) is None)


_POST_URL = re.compile(r"https?://(?:[\w-]+\.)?linkedin\.com/(?:posts|feed/update)/\S+")
_PERSON_REF = re.compile(r"urn:li:\w{2,40}:\S+$|https?://\S+$")
_JSON_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.")
_JSON_ESCAPE_DOUBLED = re.compile(r"\\\\n|" + _JSON_ESCAPE.pattern)
# an HTML element's tag inside a JSON string (a scraper that saved the post's innerHTML:
# "<span dir=\"ltr\">…<br><br>…<a href=\"…\">#HR</a>"); only the elements a post's markup uses
_HTML_IN_STRING = re.compile(
    r"<(/?)(br|p|div|span|a|b|i|strong|em|u|ul|ol|li|h[1-6]|blockquote|img|hr|code|pre|small|sup|sub|mark)"
    r"(?:\s[^<>]{0,600})?/?>", re.I)
_HTML_BREAK_AFTER = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "pre"})


def _html_in_string(v, escapes: list[tuple]) -> str | None:
    """A JSON string that holds a post's markup: its text with each tag gone (``<br>``, and
    the end of a block, a line break; the end of a paragraph, a blank line), every tag recorded as ``html.markup``, every JSON
    escape between them as decoded; None when it holds no closing tag or line break tag, or
    cannot be read so."""
    raw = v.raw
    tags = list(_HTML_IN_STRING.finditer(raw))
    if not any(m.group(1) or m.group(2).lower() == "br" for m in tags):
        return None
    found: list[tuple] = []
    parts: list[str] = []
    k = 0
    try:
        for m in tags + [None]:
            seg = raw[k:m.start() if m else len(raw)]
            for e in _JSON_ESCAPE.finditer(seg):
                found.append((v.start + k + e.start(), v.start + k + e.end(), json.loads('"' + e.group() + '"')))
            parts.append(json.loads('"' + seg + '"'))
            if m is None:
                break
            name = m.group(2).lower()
            dec = "\n\n" if m.group(1) and name == "p" else \
                "\n" if name == "br" or (m.group(1) and name in _HTML_BREAK_AFTER) else ""
            found.append((v.start + m.start(), v.start + m.end(), dec, "html.markup"))
            parts.append(dec)
            k = m.end()
    except ValueError:
        return None
    escapes.extend(found)
    return drop_lone_surrogates("".join(parts))  # (as a JStr's value: their escapes are lost_character)
# "… — Name (Headline), 4 days ago:" : a line that names the shared post's author
_ATTRIBUTION = re.compile(r"(?:[^\n]{0,60}?[—–:|-]\s+)?(?P<name>[^\s()—–:|][^()\n—–:|]{1,80}?)\s+"
                          r"\((?P<bio>[^()\n]{2,200})\),\s*(?P<age>[^:()\n,]{1,30}?)\s*:[ \t]*(?=\n|$)")


def _attribution(v) -> tuple[int, list[tuple[int, int]], tuple[str, str, segment.Age]] | None:
    """The attribution line opening a text (``_ATTRIBUTION``) when its name is a name and
    its age an age, read whole: (the line's length, the spans of name, headline and age in
    it, (name, headline, age)); None otherwise, or when the line holds an escape (its raw
    text is not its value)."""
    m = _ATTRIBUTION.match(v.value) if v.value[:1] and not v.value[:1].isspace() else None
    if m is None or v.raw[: m.end()] != v.value[: m.end()]:
        return None
    name, bio = m.group("name").strip(), m.group("bio").strip()
    age = segment.parse_age(m.group("age").strip())
    if age is None or age.end < len(m.group("age").strip()) or not segment.is_name(name):
        return None
    spans = [(m.start("name"), m.end("name")), (m.start("bio"), m.end("bio")), (m.start("age"), m.end("age"))]
    return m.end(), spans, (name, bio, age)


def _label(label: list[str | None], cell: shapes.Cell, rule: str | None, text: str) -> None:
    """Mark a cell's value with ``rule`` (None: a field took it). In a quoted value the
    second quote of each ``""`` pair is CSV syntax, not text."""
    k = cell.start
    while k < cell.end:
        if cell.quoted and text[k] == '"' and k + 1 < cell.end and text[k + 1] == '"':
            label[k] = rule
            label[k + 1] = "csv.syntax" if rule is None else rule
            k += 2
            continue
        label[k] = rule
        k += 1




# "Author: Ana Lee", "Texte du commentaire : Bravo", "Yazar: …": a label the synonym table
# knows, a colon, a value (empty when the value starts on the next line); or the label in
# CJK lenticular brackets, as Chinese tools write it ("【作者】王晓晨", "【正文】")
# (a tool's own syntax too: a sigil before the label and a doubled colon, "@autore :: Name"; a
# block opened after the label, "@text >>>" … "<<< @text", its count beside it, "(2) >>>")
_KV_LINE = re.compile(r"(?P<open>【)?@?(?P<label>[^\W\d][\w .'’/-]{0,40}?)"
                      r"(?(open)】|(?:\s*(?:::?|：)|(?P<block>[ \t]++(?:\(\d{1,6}\)[ \t]*+)?>>>)))[ \t]*(?P<value>(?(block)|.*))")
# the quote mark a tool sets before a comment's text lines (">> text", "> text")
_KV_QUOTE = re.compile(r"[ \t]*+>{1,2}+[ \t]++")
# the line closing such a block ("<<< @text")
_KV_BLOCK_END = re.compile(r"\s*<<<[ \t]*+@?[^\W\d][\w.-]{0,40}+\s*")
_KV_RULE = re.compile(r"\s*(?:[-—–_*=~#]\s*){3,}")
# a banner line a tool frames its export's parts with: "=== Post export ===",
# "--- Comments (2 of 9) ---", "=== End of export ==="
_KV_BANNER = re.compile(r"\s*([-=~*#═━])\1{2,}\s*(?:#\d|[^\s=~*#═━-]).{0,100}?\s*([-=~*#═━])\2{2,}\s*")
# a banner's post header: its place in the export ("[1/3]", "#2", "3/12") before the post's
# one-line head ("Ana Lee · 2w")
_KV_BANNER_COUNTER = re.compile(r"(?:\[\d{1,5}(?:/\d{1,5})?\]|#\d{1,5}|\d{1,5}/\d{1,5})[ \t]++")
# a comment's whole line in a thread a tool printed: "↳ Name (headline) [2d]: text", a reply
# deeper than the comment it answers
_KV_THREAD_LINE = re.compile(r"(?P<indent>[ \t\u3000]*+)(?P<reply>[" + patterns.REPLY_ARROWS + r"][ \t]*+)?"
                             r"(?P<name>[^()\[\]:\n]{2,80}?)(?:[ \t]*+\((?P<bio>[^()\n]{1,200}+)\))?"
                             r"[ \t]*+\[(?P<age>[^\[\]\n]{1,24}+)\][ \t]*+:[ \t]++(?P<text>\S.*)")


# a scraper's own log lines around its report ("[INFO] saved 2 posts"), outside the records
_KV_LOG_LINE = re.compile(r"\s*\[(?:" + "|".join(patterns.LOG_LEVELS) + r")\]\s")
# a numbered comment's header in a report's comments section: "[1] Name (Headline) - 3d"
_KV_COMMENT_HEAD = re.compile(r"\s*(?:\[\d{1,4}\]|#\d{1,4}|\d{1,4}[.)])\s+(?P<name>[^\s()\[\]][^()\[\]\n]{0,80}?)"
                              r"(?:\s*\((?P<bio>[^()\n]{2,200})\))?\s+[-–—·•|]\s+(?P<age>\S[^\n]{0,30}?)\s*")


def _kv_section(text: str) -> str | None:
    """What a banner line opens ("--- Content ---", "--- Comments (2/214) ---"): "text" when
    its words name the text field, "comments" when they name comments (a role word, a
    comment-count column), "post" when it holds a post's header ("═══ [1/3] Ana Lee · 2w
    ═══": :func:`_kv_banner_head`), else None."""
    if not _KV_BANNER.fullmatch(text):
        return None
    inner = text.strip().strip("-=~*#═━ ").strip()
    if not inner:
        return None
    if _kv_banner_head(text) is not None:
        return "post"
    role, f, _ = shapes.classify_column(inner)
    if f == "text" and role is None:
        return "text"
    k = shapes.column_key(inner)
    if k in _kv_comment_words():
        return "comments"
    return None


def _kv_banner_head(text: str) -> tuple[segment.InlineHead, str] | None:
    """The post's header a banner holds, after its place in the export ("═══ [1/3] Ana Lee ·
    2w ═══", "=== #2 Bo Kim · CTO · 5d ==="): the header and the banner's inner text; None
    without a place (a banner "=== Ana Lee · 2w ===" is read as a header line elsewhere)."""
    b = _KV_BANNER.fullmatch(text)
    if b is None:
        return None
    inner = text.strip().lstrip(b.group(1)).rstrip(b.group(2)).strip()
    c = _KV_BANNER_COUNTER.match(inner)
    if c is None:
        return None
    head = segment.inline_comment_head(inner[c.end():])
    return (head, inner) if head is not None else None


def _kv_thread_head(text: str) -> re.Match[str] | None:
    """A comment's whole line in a printed thread ("↳ Name (headline) [2d]: text")."""
    if "]" not in text:
        return None
    m = _KV_THREAD_LINE.fullmatch(text)
    if m is None or not segment.is_name(m.group("name").strip()):
        return None
    age = segment.parse_age(m.group("age"))
    return m if age is not None and age.end >= len(m.group("age").strip()) else None


def _kv_comment_words() -> frozenset[str]:
    return frozenset(shapes.column_key(w) for w in (*patterns.EXPORT_ROLE_WORDS["comment"],
                                                    *patterns.EXPORT_COUNT_COLUMNS))


# what stands before a comment's one-line header in an export's comments section: its number
# ("[1]", "#2", "3."), or a reply's tree branch or arrow with a bracketed word after it
# ("└─ [回复]", "↳ [Reply]")
_KV_HEAD_PREFIX = re.compile(r"(?P<indent>[ \t\u3000]*)(?:\[\d{1,4}\]|#\d{1,4}|\d{1,4}[.)]|"
                             r"(?P<reply>[" + patterns.REPLY_ARROWS + r"├][─━-]*\s*(?:\[[^\]\s]{1,12}\])?))?\s*")
_FULL_WIDTH_PARENS = str.maketrans("（）", "()")


# a comment's header with its age first, in brackets: "[3d] Name — Headline", "└─ [1w] Name"
_KV_AGE_FIRST = re.compile(r"(?P<indent>[ \t\u3000]*+)(?P<reply>[" + patterns.REPLY_ARROWS + r"├][─━-]{0,4}+[ \t]*+)?"
                           r"\[(?P<age>[^\[\]\n]{1,24}+)\][ \t]++(?P<name>[^—–\n]{2,80}?)"
                           r"(?:[ \t]++[—–-][ \t]++(?P<bio>[^\n]{1,200}+))?[ \t]*+")


def _kv_age_first_head(text: str) -> tuple[segment.InlineHead, int] | None:
    m = _KV_AGE_FIRST.fullmatch(text) if "[" in text[:40] else None
    if m is None or not segment.is_name(m.group("name").strip()):
        return None
    age = segment.parse_age(m.group("age"))
    if age is None or age.end < len(m.group("age").strip()):
        return None
    bio = (m.group("bio") or "").strip() or None
    head = segment.InlineHead(m.group("name").strip(), bio, age, bool(m.group("reply")), len(m.group("indent")))
    return head, m.start("name")


def _kv_inline_head(text: str) -> tuple[segment.InlineHead, int] | None:
    """A comment's one-line header in an export's comments section, after its number or a
    reply's branch: "[1] Name (headline) · 2d", "└─ [Reply] Name (Author) · 1d", the
    parentheses full-width too ("陈思远（顾问）· 2 天"); or its age first, in brackets ("[2d]
    Name — headline"). The header (a reply when a branch or an arrow marks it, or an
    indentation) and where its name part begins."""
    if "·" not in text and "•" not in text and "|" not in text:
        return _kv_age_first_head(text)
    p = _KV_HEAD_PREFIX.match(text)
    at = p.end()
    head = segment.inline_comment_head(text[at:].translate(_FULL_WIDTH_PARENS))
    if head is None:
        return _kv_age_first_head(text)
    if p.group("reply") or p.group("indent"):
        head.reply = True
    return head, at


def _kv_record_head(ln: Line, at: int, head: segment.InlineHead, log: RepairLog) -> None:
    """Everything on a comment's header line besides its name, headline and age: its number
    or branch, the parentheses, a badge, the bullet (``kv.label``)."""
    t = ln.text
    keep = []
    n0 = t.find(head.name, at)
    keep.append((n0, n0 + len(head.name)))
    if head.bio:
        b0 = t.find(head.bio, keep[-1][1])
        keep.append((b0, b0 + len(head.bio)))
    a0 = t.rfind(head.age.text)
    keep.append((a0, a0 + len(head.age.text)))
    if any(a < 0 for a, _ in keep):
        return
    log.keep(ln, "kv.label", sorted(keep))  # (the age may stand first: "[2d] Name — …")


def _kv_comments_label(text: str) -> str | None:
    """A label that opens the comments ("【评论】（显示 2 / 153）", "Comments: (2 of 9)"): its
    word names comments, its value is empty or a note in parentheses. "comments", or None."""
    m = _KV_LINE.fullmatch(text.strip())
    if m is None:
        return None
    k = shapes.column_key(m.group("label"))
    v = m.group("value").strip()
    if k in _kv_thread_words():
        # ("thread : 2 top-level": the thread and how many comments open it)
        return "comments" if not v or _KV_THREAD_COUNT.fullmatch(v) else None
    if k not in _kv_comment_words():
        return None
    return "comments" if not v or (v[:1] in "(（" and v[-1:] in ")）") else None


_KV_THREAD_COUNT = re.compile(r"\(?\d{1,6}+\)?(?:[ \t]++[^\W\d][\w-]{0,20}+){0,2}+")


def _kv_thread_words() -> frozenset[str]:
    return frozenset(shapes.column_key(w) for w in patterns.EXPORT_THREAD_LABELS)


def _kv_preamble(content: list[Line]) -> int:
    """How many lines a tool's preamble takes before an export's first rule: its name and
    version, when and from where it exported (four lines at most, the first no label), with
    a label right after the rule; 0 when there is none."""
    if not content or kv_label(content[0].text) is not None:
        return 0
    for x in range(1, min(5, len(content) - 1)):
        if _KV_RULE.fullmatch(content[x].text):
            return x if kv_label(content[x + 1].text) is not None else 0
    return 0


def _kv_comment_head(text: str) -> re.Match[str] | None:
    m = _KV_COMMENT_HEAD.fullmatch(text)
    if m is None or not segment.is_name(m.group("name").strip()):
        return None
    age = segment.parse_age(m.group("age"))
    return m if age is not None and age.end >= len(m.group("age").strip()) else None


def _kv_rule(text: str) -> bool:
    return _KV_RULE.fullmatch(text) is not None or (text[-3:] in patterns.BANNER_MARKS
                                                    and _KV_BANNER.fullmatch(text) is not None) or (
        "<<<" in text[:8] and _KV_BLOCK_END.fullmatch(text) is not None)


def kv_label(text: str) -> tuple[str | None, str, re.Match[str]] | None:
    """(role, field, match) of a ``Label: value`` line whose label names an export field."""
    m = _KV_LINE.fullmatch(text.strip())
    if not m:
        return None
    role, f, _ = shapes.classify_column(m.group("label"))
    if f is None:
        return None
    return role, f, m


def _kv_byline(role: str | None, f: str, m: re.Match[str]) -> segment.InlineHead | None:
    """A post's author label whose value is a whole byline, "Name (Headline) · age" (a
    script's "AUTHOR: …" line over the text it printed): the text follows on the lines
    under it, unlabelled. The byline as :func:`segment.inline_comment_head` reads it, or None."""
    if f != "author" or role == "comment":
        return None
    head = segment.inline_comment_head(m.group("value").strip().translate(_FULL_WIDTH_PARENS))
    return head if head is not None and not head.reply and not head.indent else None


def _kv_title_words() -> frozenset[str]:
    return frozenset(shapes.column_key(w) for w in patterns.EXPORT_PERSON_FIELDS["headline"])


def segment_key_value(lines: list[Line], log: RepairLog) -> list[Record] | None:
    """A key-value text export: every record a run of ``Label: value`` lines ("Author:",
    "Date:", "Text:" and their names in other tools and languages, from the synonym table),
    a text running on over the lines after its label, comments as labels of the comment's
    ("Comment author:", "Comment:"), records parted where a post's label comes again.
    Recognised by its structure: the first content line and most lines labelled, an author
    and a text among the labels. Labels (``kv.label``), unused fields (``kv.field:<label>``)
    and rule lines (``kv.syntax``) are recorded."""
    content = [ln for ln in lines if ln.text.strip()]
    # (a scraper's log lines before and after its report: "[INFO] …", "[WARN] …")
    log_lines = []
    while content and content[0].text[:1] == "[" and _KV_LOG_LINE.match(content[0].text):
        log_lines.append(content.pop(0))
    while log_lines and content and content[-1].text[:1] == "[" and _KV_LOG_LINE.match(content[-1].text):
        log_lines.append(content.pop())
    preamble = _kv_preamble(content)
    if preamble:
        content = content[preamble:]
    if not content or (kv_label(content[0].text) is None and not _KV_BANNER.fullmatch(content[0].text)
                       and not (preamble and _kv_rule(content[0].text))):
        return None
    parsed = []  # (line, role, field, match) or (line, None, None, None) for a continuation/rule
    labelled = 0
    fields_seen = set()
    sections = {}  # id(line) -> "text" / "comments": a banner opening the post's text or its comments
    bylines: set[int] = set()  # id(line) of an author label holding a whole byline, over the text
    prev_field = None
    for ln in content:
        hit = kv_label(ln.text)
        if hit is None and prev_field == "author" and (um := _KV_LINE.fullmatch(ln.text.strip())) is not None \
                and shapes.column_key(um.group("label")) in _kv_title_words():
            hit = (None, "headline", um)  # ("Author: …" then a bare "Title: …": the author's headline)
        if hit is not None:
            labelled += 1
            fields_seen.add(hit[1])
            if _kv_byline(*hit) is not None:
                labelled += 2  # (a byline gives the headline and the age too)
                fields_seen.add("text")  # (and opens the text)
                bylines.add(id(ln))
            parsed.append((ln, *hit))
            prev_field = hit[1]
        else:
            parsed.append((ln, None, None, None))
            sec = _kv_section(ln.text) if ln.text[-3:] in patterns.BANNER_MARKS else _kv_comments_label(ln.text)
            if sec is not None:
                sections[id(ln)] = sec
                labelled += 1
                if sec == "text":
                    fields_seen.add("text")
                elif sec == "post":
                    fields_seen.add("author")  # (the banner names the post's author)
            prev_field = None
    # (the lines a banner's section holds are the text's and the comments', not fields)
    # (so do the lines of a text whose label stands alone on its line, "【正文】", "Text:", as
    # under a banner)
    in_sections = 0
    if sections or bylines or any(f == "text" and not m.group("value").strip() for _, _, f, m in parsed if m is not None):
        cur = None
        for ln, role, f, m in parsed:
            if id(ln) in sections:
                cur = sections[id(ln)]
            elif (m is not None and f == "text" and not m.group("value").strip()) or id(ln) in bylines:
                cur = "text"
            elif m is not None or _kv_rule(ln.text):
                cur = None
            elif cur is not None:
                in_sections += 1
    if labelled < 3 or labelled * 2 < len(content) - in_sections or not {"author", "text"} <= fields_seen:
        return None
    # every unlabelled line continues a text (or is a rule line between records); a tool's
    # footer of a line or two may follow the last rule ("Generated by …")
    last_rule = max((x for x, (ln, _, _, m) in enumerate(parsed) if m is None and _kv_rule(ln.text)), default=-1)
    footer = {id(ln) for ln, _, _, m in parsed[last_rule + 1:]} if 0 <= len(parsed) - last_rule - 1 <= 2 and all(
        m is None and id(ln) not in sections for ln, _, _, m in parsed[last_rule + 1:]) and last_rule > 0 else set()
    cur_field = None
    for ln, role, f, m in parsed:
        if id(ln) in footer:
            continue
        if m is not None:
            cur_field = "text" if id(ln) in bylines else f
        elif id(ln) in sections:
            cur_field = sections[id(ln)]
        elif _kv_rule(ln.text):
            cur_field = None  # (a rule line closes the text before it)
        elif cur_field not in ("text", "comments") and not _KV_LINE.fullmatch(ln.text.strip()):
            return None  # (outside a text, a line is a field: one no table knows is recorded)

    out: list[Record] = []
    rec: Record | None = None
    com: Comment | None = None
    seen_post: set[str] = set()
    seen_com: set[str] = set()
    target = None  # where continuation lines go: (obj, attr)
    pending: list[str] = []

    def flush() -> None:
        nonlocal pending
        if target is not None and pending:
            obj, attr = target
            # (a text printed indented under its label: its lines' common indentation goes)
            setattr(obj, attr, _block(textwrap.dedent("\n".join(pending)).strip()))
        pending = []

    blank_after = {id(a): b.no - a.no > 1 for a, b in zip(content, content[1:])}
    for ln in log_lines:
        log.drop_line(ln, "kv.log")
    for ln in lines:
        if ln.text.strip() and ln.no < (content[0].no if preamble else -1):
            log.drop_line(ln, "export.preamble")
    in_comments = False
    thread_indent = None  # (the indentation of a printed thread's first comment)
    for ln, role, f, m in parsed:
        if m is None:
            sec = sections.get(id(ln))
            if id(ln) in footer:
                flush()
                target = None
                log.drop_line(ln, "kv.footer")
            elif sec == "post":
                # "═══ [1/3] Ana Lee · 2w ═══": a post's header opens its record
                flush()
                target = None
                bh, _ = _kv_banner_head(ln.text)
                rec = Record(shape="keyvalue_export", author=Author(bh.name, bh.bio))
                rec.age, rec.age_iso = bh.age.text, bh.age.iso
                rec.first_line = ln.no
                out.append(rec)
                seen_post, seen_com, com = {"author"}, set(), None
                thread_indent = None
                in_comments = False
                _kv_record_head(ln, 0, bh, log)
            elif sec is not None:
                flush()
                target = None
                if rec is None:
                    rec = Record(shape="keyvalue_export")
                    rec.first_line = ln.no
                    out.append(rec)
                    seen_post, seen_com, com = set(), set(), None
                in_comments = sec == "comments"
                if sec == "text":
                    seen_post.add("text")
                    target, pending = (rec, "body"), []
                log.drop_line(ln, "kv.syntax")
            elif in_comments and (th := _kv_thread_head(ln.text)) is not None:
                # "↳ Name (headline) [2d]: text": a comment on one line, a reply when deeper
                # than the thread's first comment
                flush()
                target = None
                ind = len(th.group("indent").expandtabs(4))
                com = Comment(author=Author(th.group("name").strip(), (th.group("bio") or "").strip() or None))
                age = segment.parse_age(th.group("age"))
                com.age, com.age_iso = age.text, age.iso
                com.text = th.group("text").strip()
                if thread_indent is None or not rec.comments or ind <= thread_indent:
                    thread_indent = ind if thread_indent is None or not rec.comments else thread_indent
                    rec.comments.append(com)
                else:
                    rec.comments[-1].replies.append(com)
                log.keep(ln, "kv.label", [(th.start(g), th.end(g)) for g in ("name", "bio", "age", "text")
                                          if th.group(g)])
            elif in_comments and (head := _kv_comment_head(ln.text)) is not None:
                # "[1] Name (Headline) - 3d": a comment; its text on the lines under it
                flush()
                com = Comment()
                rec.comments.append(com)
                age = segment.parse_age(head.group("age"))
                com.author = Author(head.group("name").strip(), (head.group("bio") or "").strip() or None)
                com.age, com.age_iso = age.text, age.iso
                keep = sorted((head.start(g), head.end(g)) for g in ("name", "bio", "age") if head.group(g))
                cuts, at = [], 0
                for a0, b0 in keep:
                    if a0 > at:
                        cuts.append((at, a0, ""))
                    at = b0
                if at < len(ln.text):
                    cuts.append((at, len(ln.text), ""))
                log.edit(ln, "kv.label", cuts)
                target, pending = (com, "text"), []
            elif in_comments and (ih := _kv_inline_head(ln.text)) is not None:
                # "[1] Name（headline）· 2d", "└─ [Reply] Name (Author) · 1d": a comment, or a
                # reply (an arrow, or deeper than the comment before) under the last comment
                flush()
                head, at = ih
                com = Comment(author=Author(head.name, head.bio), age=head.age.text, age_iso=head.age.iso)
                if rec.comments and (head.reply or head.indent > 0):
                    rec.comments[-1].replies.append(com)
                else:
                    rec.comments.append(com)
                _kv_record_head(ln, at, head, log)
                target, pending = (com, "text"), []
            elif in_comments and target is None:
                log.drop_line(ln, "kv.note")  # ("(comments could not be loaded)")
            elif _kv_rule(ln.text):
                flush()
                target = None
                in_comments = False
                log.drop_line(ln, "kv.syntax")
            elif target is None and (um := _KV_LINE.fullmatch(ln.text.strip())) is not None:
                # a field no table knows ("Exported: …", "Reposts: 12"), outside any text
                log.drop_line(ln, f"kv.field:{shapes.column_key(um.group('label'))}")
            else:
                q = _KV_QUOTE.match(ln.text) if in_comments and target is not None else None
                if q is not None:  # (a comment's text lines under a quote mark: ">> text")
                    log.edit(ln, "kv.syntax", [(0, q.end(), "")])
                elif target is not None and not in_comments and ("](" in ln.text or ln.text.lstrip()[:1] == ">"):
                    # (a text's Markdown, "[page](…)", "> quoted": flattened as the other
                    # readers do, recorded, else kept in the body and changed when cleaned again)
                    shapes.flatten_markdown([ln], log)
                    if not ln.text.strip():
                        continue
                pending.append(ln.text.strip() if in_comments else ln.text.rstrip())
                if blank_after.get(id(ln)):
                    pending.append("")  # (a paragraph break inside the text)
            continue
        in_comments = False
        value = m.group("value").strip()
        is_comment = role == "comment"
        if rec is None or (not is_comment and f in seen_post and f in ("text", "author")):
            flush()
            target = None
            rec = Record(shape="keyvalue_export")
            rec.first_line = ln.no
            out.append(rec)
            seen_post, seen_com, com = set(), set(), None
        used = True
        if is_comment:
            if com is None or f in seen_com and f in ("text", "author"):
                flush()
                target = None
                com = Comment()
                rec.comments.append(com)
                seen_com = set()
            seen_com.add(f)
            obj = com
        else:
            seen_post.add(f)
            obj = rec
        if f == "text":
            flush()
            target = (obj, "text" if is_comment else "body")
            pending = [value] if value else []
            if value and blank_after.get(id(ln)):
                pending.append("")
        elif id(ln) in bylines and obj.author.name is None:
            # "Author: Name (Headline) · age": the fields, then the text under it
            head = _kv_byline(role, f, m)
            flush()
            obj.author = Author(head.name, head.bio)
            obj.age, obj.age_iso = head.age.text, head.age.iso
            seen_post.add("text")
            target, pending = (obj, "body"), []
            _kv_record_head(ln, m.start("value") + len(ln.text) - len(ln.text.lstrip()), head, log)
            continue
        # (a field given twice keeps its first value; the second is recorded, not lost)
        elif f == "author" and value and obj.author.name is None:
            obj.author = Author(value, obj.author.bio)
        elif f == "headline" and value and obj.author.bio is None and _headline(value):
            obj.author = Author(obj.author.name, value)
        elif f == "age" and value and obj.age is None and _whole_age(value):
            a = _whole_age(value)
            obj.age, obj.age_iso = a.text, a.iso
        elif f == "reactions" and obj.reactions is None and _COUNT_CELL.fullmatch(value):
            obj.reactions = segment._count(value)
        else:
            used = False
        if used:
            log.edit(ln, "kv.label", [(m.start() + len(ln.text) - len(ln.text.lstrip()),
                                       m.start("value") + len(ln.text) - len(ln.text.lstrip()), "")])
        else:
            log.drop_line(ln, f"kv.field:{shapes.column_key(m.group('label'))}")
    flush()
    for r in out:
        _text_fields(r, r.body or "")
    return out or None


# --------------------------------------------------------------------------------------------
# A Jupyter notebook (.ipynb): the post is what its cells printed, each output line a string
# of its own on a line of the JSON ("text": ["first line\n", "second line\n"])


def may_be_notebook(text: str) -> bool:
    """A cheap test: a JSON object naming its cells and its format's version."""
    return text.lstrip("\ufeff \t\r\n")[:1] == "{" and '"cells"' in text[:4000] and '"nbformat"' in text


def read_notebook(lines: list[Line], log: RepairLog) -> list[Line] | None:
    """The lines a notebook's cells printed (their ``stdout`` streams; without any, the plain
    text of their results), each read out of its JSON string (its quotes, indentation and
    comma, and the ``\\n`` that ends it, recorded as ``notebook.syntax``; an escape as
    decoded, ``json.escape``); every other line of the file — the code, metadata, other
    outputs — dropped (``notebook.syntax``). None when the file is no notebook of that layout
    (an output string running over lines, or sharing one with another)."""
    from . import jsonexport as jx

    text = "\n".join(ln.text for ln in lines)
    try:
        p = jx._Parser(text)
        root = p.value()
    except (ValueError, IndexError, RecursionError):
        return None
    cells = root.items.get("cells") if isinstance(root, jx.JObj) else None
    if not isinstance(cells, list):
        return None
    streams: list[jx.JStr] = []
    results: list[jx.JStr] = []
    for cell in cells:
        outs = cell.items.get("outputs") if isinstance(cell, jx.JObj) else None
        for out in outs if isinstance(outs, list) else ():
            if not isinstance(out, jx.JObj):
                continue
            kind = out.items.get("output_type")
            kind = kind.value if isinstance(kind, jx.JStr) else ""
            if kind == "stream":
                name = out.items.get("name")
                if isinstance(name, jx.JStr) and name.value == "stdout":
                    v = out.items.get("text")
                    streams += [x for x in (v if isinstance(v, list) else [v]) if isinstance(x, jx.JStr)]
            elif kind in ("execute_result", "display_data"):
                data = out.items.get("data")
                v = data.items.get("text/plain") if isinstance(data, jx.JObj) else None
                results += [x for x in (v if isinstance(v, list) else [v]) if isinstance(x, jx.JStr)]
    strings = streams or results
    if not strings:
        return None
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    at: dict[int, jx.JStr] = {}
    for s in strings:
        k = bisect.bisect_right(starts, s.start) - 1
        end_k = bisect.bisect_right(starts, max(s.start, s.end - 1)) - 1
        if k != end_k or k in at or "\\n" in s.raw[:-2]:
            return None  # (a string over lines, two on one line, a line break inside one)
        at[k] = s
    out_lines: list[Line] = []
    for k, ln in enumerate(lines):
        s = at.get(k)
        if s is None:
            if ln.text.strip():
                log.drop_line(ln, "notebook.syntax")
            continue
        a, b = s.start - starts[k], s.end - starts[k]
        raw = ln.text[a:b]
        tail = 2 if raw.endswith("\\n") and not raw.endswith("\\\\n") else 0
        spans = [(0, a, ""), (b - tail, len(ln.text), "")] if a > 0 else [(b - tail, len(ln.text), "")]
        log.edit(ln, "notebook.syntax", [x for x in spans if x[1] > x[0]])
        esc = [(m.start(), m.end(), json.loads('"' + m.group() + '"')) for m in _JSON_ESCAPE.finditer(ln.text)]
        if esc:
            log.edit(ln, "json.escape", esc)
        out_lines.append(ln)
    return out_lines
