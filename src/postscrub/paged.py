"""A page printed to PDF and turned back into text (``pdftotext -layout``, a PDF reader's
"Save as text"): pages parted by form feeds, each opening with the browser's print header
(date and time, the page's title) and closing with its footer (the address, ``1/2``).

* the header repeated at the top of every page and the footer closing each page (a line
  ending in the page's number, ``N/M``) are print chrome (``print.page_header``,
  ``print.page_footer``);
* a word hyphenated across the page break ("cham-" / "pion") is joined: the hyphen goes
  and the word's end moves up to the line it continues (``print.hyphenation``);
* a row of items laid out on one line with wide gaps ("212      31 Comments", "Like   Reply")
  is cut into one line an item, as the page showed them.

Text copied out of a PDF viewer has no form feeds and single spaces: there a page ends where
the first line (the print header) comes back right under a footer line ending in the page's
number (``… 1/2``), and the same chrome goes.

Imported only for a dump holding a form feed, or whose first line comes back further down.
"""

from __future__ import annotations

from . import _re as re

from .repair import Line, RepairLog

_PAGE_NO = re.compile(r".*\S\s{2,}\d{1,3}\s*/\s*\d{1,3}\s*")
# a footer copied out of a viewer: the page's address (or title), one space, "N/M"
_PAGE_NO_COPIED = re.compile(r".*\S\s+(\d{1,3})\s*/\s*(\d{1,3})\s*")
_GAP = re.compile(r"\S( {3,})(?=\S)")
_HYPHENATED = re.compile(r".*[^\W\d_]-\s*")
_BARE_PAGE_NO = re.compile(r"\s*\d{1,3}\s*/\s*\d{1,3}\s*")
_URL_LINE = re.compile(r"\s*https?://\S+\s*")


def read_pages(lines: list[Line], log: RepairLog) -> list[Line] | None:
    """The lines of a printed page without its print chrome (see the module's docstring);
    None when the dump is not one (fewer than two pages, or no header repeated)."""
    try:
        return _read(lines, log)
    except (ValueError, IndexError):  # (never fail a dump: read it as it is)
        return None


def _read(lines: list[Line], log: RepairLog) -> list[Line] | None:
    pages: list[list[Line]] = [[]]
    for ln in lines:
        if ln.text.startswith("\f") and pages[-1]:
            pages.append([])
        pages[-1].append(ln)

    def content(page: list[Line]) -> list[Line]:
        return [ln for ln in page if ln.text.strip("\f \t")]

    while len(pages) > 1 and not content(pages[-1]):
        pages.pop()  # (pdftotext closes every page with a form feed, the last one too)
    page_no = _PAGE_NO
    if len(pages) < 2:
        pages = _copied_pages(lines)  # (no form feeds: a printed page copied out of a viewer?)
        if pages is None:
            return None
        page_no = _PAGE_NO_COPIED
    firsts = [content(p)[0] if content(p) else None for p in pages]
    if any(f is None for f in firsts):
        return None
    head = firsts[0].text.strip("\f \t")
    if not head or any(f.text.strip("\f \t") != head for f in firsts[1:]):
        return None
    # (the header's second line, the page's title under the date, when every page repeats it)
    seconds = [content(p)[1] if len(content(p)) > 2 else None for p in pages]
    if all(x is not None and x.text.strip() == seconds[0].text.strip() for x in seconds):
        firsts += seconds
    footers: list[Line | None] = []
    for p in pages:
        c = content(p)
        if len(c) > 1 and page_no.fullmatch(c[-1].text):
            footers.append(c[-1])
        elif len(c) > 2 and _BARE_PAGE_NO.fullmatch(c[-1].text) and _URL_LINE.fullmatch(c[-2].text):
            footers += [c[-2], c[-1]]  # the page's address, then "1/2" on a line of its own
    for f in firsts:
        log.drop_line(f, "print.page_header")
    for f in footers:
        if f is not None:
            log.drop_line(f, "print.page_footer")
    # a word hyphenated across the break: joined on the line before it
    for k in range(len(pages) - 1):
        before = [ln for ln in pages[k] if ln.text.strip()]
        after = [ln for ln in pages[k + 1] if ln.text.strip()]
        if not before or not after:
            continue
        a, b = before[-1], after[0]
        nxt = b.text.lstrip()
        if _HYPHENATED.fullmatch(a.text) and nxt[:1].islower():
            # (the whole line moves up: the page's top margin is no paragraph break)
            moved = nxt.rstrip()
            end = len(a.text.rstrip())
            log.edit(a, "print.hyphenation", [(end - 1, len(a.text), "")])
            start = len(b.text) - len(nxt)
            log.edit(b, "print.hyphenation", [(start, start + len(moved), "")])
            log.edit(a, "print.hyphenation", [(len(a.text), len(a.text), moved)])
    lines = _side_column(lines, log)  # (a byline printed beside the title: under it)
    if page_no is _PAGE_NO:
        _unwrap(lines, log)  # (pdftotext's lines, wrapped at the page's width; a viewer's copy keeps the page's own lines)
    # rows laid out with wide gaps: one line an item
    out: list[Line] = []
    for ln in lines:
        t = ln.text
        if "   " in t.strip():
            cuts = [m.end(1) for m in _GAP.finditer(t)]
            if cuts:
                out.extend(ln.split_at(cuts))
                continue
        out.append(ln)
    return out


_SIDE_INDENT = 30
_SIDE_LINES = 6  # (name, headline, date, a line or two more wrapped)


def _side_column(lines: list[Line], log: RepairLog) -> list[Line]:
    """A column laid out to the right of the page's first line (an article's byline beside its
    title: name, headline, date): pdftotext prints it above the title, every line indented
    far right. Two lines or more so indented opening the page, over a line at the margin:
    they move under that line, their indentation gone (``print.column``)."""
    content = [k for k, ln in enumerate(lines) if ln.text.strip()]
    run = []
    for k in content:
        t = lines[k].text
        if len(t) - len(t.lstrip()) < _SIDE_INDENT:
            break
        run.append(k)
        if len(run) > _SIDE_LINES:
            return lines  # (a byline column is a few lines: a page indented throughout is none)
    if len(run) < 2 or len(run) >= len(content):
        return lines
    title = content[len(run)]
    t = lines[title].text
    if t[:1].isspace() or len(t) > 150 or t.rstrip()[-1:] in ".!?:":
        return lines
    for k in run:
        ln = lines[k]
        log.edit(ln, "print.column", [(0, len(ln.text) - len(ln.text.lstrip()), "")])
    moved = [lines[k] for k in run]
    in_run = set(run)
    rest = [ln for k, ln in enumerate(lines) if k not in in_run]
    at = rest.index(lines[title]) + 1
    return rest[:at] + moved + rest[at:]


def _copied_pages(lines: list[Line]) -> list[list[Line]] | None:
    """The pages of a printed page's text copied out of a viewer (no form feeds): parted where
    the first line comes back under a footer numbering the page it closes (1/M, 2/M… in
    order), the last page's footer (M/M) closing the text; None when it is not so."""
    content = [ln for ln in lines if ln.text.strip()]
    if len(content) < 4:
        return None
    head = content[0].text.strip()
    starts: list[int] = []
    total = None
    for k in range(2, len(content)):
        if content[k].text.strip() != head:
            continue
        m = _PAGE_NO_COPIED.fullmatch(content[k - 1].text)
        if m is None or int(m.group(1)) != len(starts) + 1 or (total is not None and m.group(2) != total):
            return None
        total = m.group(2)
        starts.append(k)
    if not starts or int(total) != len(starts) + 1:
        return None
    last = _PAGE_NO_COPIED.fullmatch(content[-1].text)  # (the last page's footer closes the text: "M/M")
    if last is None or last.group(1) != total or last.group(2) != total:
        return None
    pages: list[list[Line]] = [[]]
    at = {id(content[k]) for k in starts}
    for ln in lines:
        if id(ln) in at:
            pages.append([])
        pages[-1].append(ln)
    return pages


_LIST_START = re.compile(r"\s*(?:[•▪◦·*–-]\s|\d{1,3}[.)]\s|#)")


def _wrapped_short(prev: str, length: int, width: int) -> bool:
    """Was the line ``prev`` (``length`` as set, on a page ``width`` wide), which left room
    for the next word, wrapped all the same: set in a larger type, a title's? It reaches 40%
    of the measure and is not a person's name."""
    if length < width * 0.4:
        return False
    from .segment import is_name

    return not is_name(prev)


def _unwrap(lines: list[Line], log: RepairLog) -> None:
    """Lines the page wrapped, joined (``print.line_wrap``), where the text is set without a
    layout (no wide gaps) and its paragraphs are parted by blank lines: a line that reaches
    near the page's width, followed by one that is no list item, continues on it (a word
    hyphenated at its end is joined, ``print.hyphenation``)."""
    text = [ln for ln in lines if ln.text.strip()]
    # (a row of buttons or counts set with gaps, "Like   Comment   Share", is no layout: a few
    # short ones are passed over, each a line of its own; long or many gapped lines are one)
    gapped = [ln for ln in text if "   " in ln.text.strip()]
    if not text or not any(ln.blank for ln in lines) or len(gapped) * 5 > len(text) or any(
            len(ln.text.strip()) > 60 for ln in gapped):
        return
    width = max((len(ln.text.rstrip()) for ln in text if "://" not in ln.text), default=0)
    if width < 40:
        return
    groups: list[list[Line]] = []  # each paragraph's lines, when the page wrapped it
    last = 0  # the length of the group's last line, as the page set it
    prev = ""
    for b in lines:
        tb = b.text.strip()
        if not tb:
            if b.blank:
                last = -1
            continue
        if "   " in tb:
            groups.append([b])  # (a gapped row: alone)
            last = -1
            continue
        if (last < 0 or not groups or _LIST_START.match(b.text) or "://" in b.text
                or (last + 1 + len(tb.split()[0]) <= width * 0.85
                    # (a line in a larger type, a title, wraps shorter: a line going on in
                    # lower case after one that ends no sentence continues it all the same,
                    # when that one shows it was wrapped: it reaches 40% of the page's measure
                    # (a title's type is at most about twice the text's) and is no name. A
                    # short line, a name over a headline written in lower case ("Ana Lima" /
                    # "data engineer at …"), ended there)
                    and not (tb[:1].islower() and prev[-1:].isalnum() and _wrapped_short(prev, last, width)))):
            groups.append([b])  # (room for the next word: the line ended there)
        else:
            groups[-1].append(b)
        last = len(b.text.rstrip())
        prev = tb
    for g in groups:
        if len(g) < 2:
            continue
        glue = [" "]
        for x, y in zip(g, g[1:]):
            tx = x.text.rstrip()
            if _HYPHENATED.fullmatch(tx) and y.text.strip()[:1].islower():
                log.edit(x, "print.hyphenation", [(len(tx) - 1, len(x.text), "")])
                glue.append("")
            else:
                glue.append(" ")
        head = g[0]
        moved = []
        for y, sep in zip(g[1:], glue[1:]):
            ty = y.text.strip()
            start = len(y.text) - len(y.text.lstrip())
            log.edit(y, "print.line_wrap", [(start, start + len(ty), "")])
            moved.append(sep + ty)
        end = len(head.text.rstrip())  # (one insertion: the paragraph's other lines, in order)
        log.edit(head, "print.line_wrap", [(end, len(head.text), "".join(moved))])
