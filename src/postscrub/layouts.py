"""Layouts: each dump shape's segmenter, stringing the field finders of ``segment.py``
together.

- :func:`segment_article`: title, author, bio, paragraphs, sign-off, CTA, comments (the seed)
- :func:`segment_post`: a post page one UI node per line (also Markdown, feed cards and
  flattened pages once cut into nodes): header, body, counters, comments, replies
- :func:`segment_plain`: text with no LinkedIn structure

Every line a layout drops goes through the :class:`~postscrub.repair.RepairLog` with the rule
that dropped it.
"""

from __future__ import annotations

from . import _re as re
from functools import lru_cache
from collections.abc import Callable, Sequence

from . import nodes as nd
from . import patterns
from .document import Author, Comment, Record
from .learn import LEARNED
from .repair import Line, RepairLog
from .shapes import (_DATE_ONLY, _address_line, _paragraph_long, article_start, byline_above, degree_cut, masthead_under, posted_this, reading_time_line, subtitle_at,
                     unknown_anchor_under_title)
from .segment import (
    _is_clear_name,
    _blank_separated,
    _count,
    _loose_name,
    _record_age_separator,
    blank_numbers,
    find_author,
    find_comments,
    find_comments_start,
    find_hashtags,
    find_inline_comments,
    find_lost_lists,
    find_mentions_and_links,
    find_title,
    is_cut_opening,
    possessive_in,
    _inline_head,
    _record_inline_head,
    inline_comment_head,
    inline_comments_start,
    is_cjk_text,
    is_comments_heading,
    ends_with_abbreviation,
    holds_link,
    is_hashtag_line,
    is_headline,
    is_name,
    is_rule_line,
    join_paragraphs,
    node_age,
    page_author_hint,
    parse_age,
    split_glued_age,
    split_header,
    split_name_headline,
    split_tail,
    strip_possessive,
    strip_recommended,
    take_possessive,
    use_age,
)


def _post_header_under_name(paras, i: int, log: RepairLog, record: Record) -> int:
    """The rest of a post's header under its author's name, where the text opens with it (a
    clipping of the post as it shows): a headline (one line, when none is known) and the age on
    a line of its own. Returns where the text starts."""
    j = i
    if j + 1 < len(paras) and record.author.bio is None and nd.classify(paras[j].text).kind == nd.TEXT \
            and len(paras[j].text.strip()) <= 150 and nd.classify(paras[j + 1].text).kind == nd.AGE:
        j += 1
    if j < len(paras) and nd.classify(paras[j].text).kind == nd.AGE:
        if j > i:
            record.author.bio = paras[i].text.strip()
        a = use_age(paras[j], None, log)
        record.age, record.age_iso = a.text, a.iso
        return j + 1
    return i


def _names_byline(line: str, byline: str | None) -> bool:
    """Is ``line`` a name that the front matter's author field gives ("Ana Lee" under
    ``author: Ana Lee``, ``author: Dr Ana Lee``, ``author: "Ana Lee (Acme)"``, ``author: Ana``):
    whole words of it, or it whole words of the line?"""
    if not byline or not is_name(line):
        return False
    k, b = nd.key(line), nd.key(byline)
    return bool(k and b) and (_whole_words_in(k, b) or _whole_words_in(b, k))


def _whole_words_in(part: str, text: str) -> bool:
    at = text.find(part)
    end = at + len(part)
    return at >= 0 and (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


# an event card's date line, between its title and its "Event by X" line: a short line with a
# clock time and a year or a time range ("jue, 19 feb, 2027, 9:00 - 18:30 (CET)")
_EVENT_WHEN = re.compile(r"^(?=.{0,80}$)(?=.*\d{1,2}[:.]\d{2}).*(?:\b\d{4}\b|\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[-–]\s*\d)")

def segment_article(lines: list[Line], log: RepairLog, record: Record, md_links: Sequence = (),
                    byline: str | None = None) -> Record:
    """Title, author, bio, paragraphs, sign-off, call to action, then comments. A title or
    author already known (from front matter) is kept, and not looked for in the text.
    ``byline``: who the front matter says wrote it (its author field as written, a name
    or not: "Ana Lee (Acme)"); a first line naming them is the byline, never the title."""
    strip_recommended(lines, log)
    # (where the article starts is looked for before the chrome goes: the "Published <date>"
    # line under the byline tells the title from a signed-in page's navigation words above it)
    title_line = subtitle = None
    above = None  # (the byline over the title: a newsletter e-mail's)
    if record.title is None:
        full = [ln for ln in lines if ln.text.strip()]
        at = article_start(full)
        title_line = full[at] if at is not None else None
        if at is not None and subtitle_at(full, at + 1):
            subtitle = full[at + 1]  # (the body's first line: set aside while the byline is read)
        if at is not None and record.author.name is None:
            above = byline_above(full, at)
            if above is not None:
                name_line, bio_line = full[at - 2], full[at - 1]
                if above[1]:
                    log.edit(name_line, "ui.byline", [(0, above[1], "")])  # ("By ")
                record.author = Author(above[0], bio_line.text.strip())
                byline_ids = {id(name_line), id(bio_line)}
    bare = _bare_byline(lines, log) if record.author.name is None else None
    if title_line is not None or record.title is not None:
        _masthead_under_title(lines, title_line, log)
    dropped = _drop_chrome_lines(lines, log, record)
    paras = [ln for ln in lines if ln.text.strip()]
    blank_separated = _blank_separated(lines)
    i = 0
    start = None
    doubled_byline = None  # the name shown twice under the title (the byline's two labels)
    if record.title is None:
        start = next((k for k, ln in enumerate(paras) if ln is title_line), None) if title_line is not None else None
        if start is None:
            start = article_start(paras)
    if start is not None:
        if (start + 2 < len(paras) and is_name(paras[start + 2].text)
                and unknown_anchor_under_title(paras, start + 1)):
            log.drop_line(paras[start + 1], "ui.report")  # the report anchor, in words no table holds
            paras = [*paras[: start + 1], *paras[start + 2 :]]
        for x in paras[:start]:  # a page header above the title (a newsletter's name…)
            if above is None or id(x) not in byline_ids:  # (or the title's own first copy)
                log.drop_line(x, "ui.doubled_label" if x.text.strip() == paras[start].text.strip() else "ui.page_header")
        paras = paras[start:]
        if len(paras) > 3 and _address_line(paras[1].text):
            log.drop_line(paras[1], "ui.permalink")  # (the page's address under its title: a notes app's paste)
            paras = [paras[0], *paras[2:]]
        if subtitle is not None and len(paras) > 3 and paras[1] is subtitle:
            paras = [paras[0], *paras[2:]]
        else:
            subtitle = None
        cut = degree_cut(paras[1].text) if len(paras) > 1 and ("•" in paras[1].text or "·" in paras[1].text) else None
        if cut is not None:  # the byline's name with its connection degree ("Ana Lee • 2nd")
            log.edit(paras[1], "ui.connection_degree", [(cut, len(paras[1].text), "")])
        if len(paras) > 2 and _same_name(paras[1].text, paras[2].text):
            log.drop_line(paras[2], "ui.doubled_label")
            paras = [paras[0], paras[1], *paras[3:]]
            doubled_byline = paras[1].text.strip() if paras[0] is title_line else None
    if record.title is None and len(paras) > 1:
        owner, rest = strip_possessive(paras[0].text)
        if owner and not rest.strip() and (owner == paras[1].text.strip() or (
                record.author.name is not None and nd.key(owner) == nd.key(record.author.name))):
            # "Post di Name" (a clipper's heading) over the byline's name, or naming the
            # author the front matter gave: the page's label
            log.drop_line(paras[0], "ui.page_label")
            paras = paras[1:]
        elif _labels_byline(paras, log) or _byline_name_heads(paras):
            log.drop_line(paras[0], "ui.page_label")
            paras = paras[1:]
    if record.title is None and paras and is_cut_opening(paras[0].text, paras[1:]):
        # the post's first words cut short over the post (a saved page's title): no title
        log.drop_line(paras[0], "ui.page_title")
        paras = paras[1:]
    elif record.title is None and not (paras and _names_byline(paras[0].text, byline or record.author.name)) and (
            find_title(paras) or (
            title_line is not None and paras and paras[0] is title_line and above is not None) or (
            title_line is not None and paras and paras[0] is title_line and (
                find_title(paras, period_ok=True) or _long_doubled_name(doubled_byline)
                or subtitle is not None))):
        record.title = paras[0].text.strip()
        i = 1
    elif record.title is not None and paras and paras[0].text.strip() == record.title:
        i = 1  # a heading already taken as the title
    if record.author.name is None:
        paras = _byline_masthead(paras, i, dropped, log, bare)
        header = i == 0 and bool(paras) and _names_byline(paras[0].text, byline)
        record.author, i = find_author(paras, i)
        if header and i >= 1 and record.author.name == paras[0].text.strip() and record.age is None:
            i = _post_header_under_name(paras, i, log, record)  # (the name the front matter gives)
        if record.author.name is None and i == 1 and _long_doubled_name(doubled_byline):
            # (a page's name too long for a name's shape, "株式会社ミナモ精機", shown twice as
            # a byline is: the author)
            record.author.name = doubled_byline
            i = 2
            if i < len(paras) and is_headline(paras[i].text):
                record.author.bio = paras[i].text.strip()
                i += 1
        if record.author.name is None:
            record.author, i = _one_line_byline(paras, i, log)
        if record.author.name is None:
            i = _aged_byline_line(paras, i, log, record)
    else:
        # the author is known (front matter): the byline repeats the name, then the headline
        paras = _clipper_header_above_byline(paras, i, record.author.name, log, record)
        header = i == 0 and bool(paras) and _names_byline(paras[0].text, byline or record.author.name)
        while i < len(paras) and (paras[i].text.strip() == record.author.name or (
                i == 0 and _names_byline(paras[i].text, byline)) or (
                i and record.title is not None and paras[i].text.strip() == record.title.strip())):
            # (and the title again among them: a reader view's header over the page's own)
            log.drop_line(paras[i], "ui.doubled_label")
            i += 1
        if header and record.age is None:
            i = _post_header_under_name(paras, i, log, record)
        k = i
        i = _aged_byline_line(paras, i, log, record)  # ("**Ana Lee** · CTO · 2w": the header on one line)
        parts = _byline_parts(paras[i].text) if i == k and record.author.bio is None and i < len(paras) else None
        if parts is not None and parts[1] is not None and parts[0] == record.author.name:
            # the byline on one line, "Ana Lee · Head of Data at Norte": the name repeats the
            # known author's (recorded as removed, with the bullet), the rest is the headline
            log.edit(paras[i], "ui.doubled_label", [(0, parts[3], "")])
            record.author.bio = parts[1]
            i += 1
        elif i == k and record.author.bio is None and i < len(paras) and _byline_headline(paras[i].text):
            record.author.bio = paras[i].text.strip()
            i += 1
    i = _article_meta(paras, i, log, record)
    i = _permalink(paras, i, log)
    if subtitle is not None and record.title is not None:
        paras.insert(i, subtitle)  # the subtitle opens the body
    end = _section_end(paras, i, log)
    _strip_comment_header_badges(paras, i, end, log)
    doubled_names: set[int] = set()
    paras = _undouble_comment_headers(paras[:end], i, log, doubled_names)
    ic = inline_comments_start(paras, i)
    if ic is None and dropped:
        ic = _counted_inline_comment(paras, i, lines, dropped)
    if ic is not None:
        # comments under one-line headers ("Name (headline) · age"), as a "copy as text"
        # extension writes them; the heading over them and what follows a closing rule
        # line (the tool's footer) are not the post
        c0 = ic
        if c0 - 1 >= i and is_comments_heading(paras[c0 - 1].text):
            c0 -= 1
            log.drop_line(paras[c0], "ui.comments_heading")
        main = paras[i:c0]
        while main and is_rule_line(main[-1].text):  # a rule ("---") closing the text before them
            log.drop_line(main.pop(), "segment.separator")
        comments, stop = find_inline_comments(paras[ic:], log)
        for x in paras[ic + stop:]:
            log.drop_line(x, "ui.section_end")
        _mail_footer(main, log)
        _saved_note(main, log)
        _trailing_permalink(main, log)
        _article_text(record, main, blank_separated, md_links)
        record.comments = comments
        return record
    chrome_nos = frozenset(ln.no for ln in lines if id(ln) in dropped) if dropped else frozenset()
    c0 = find_comments_start(paras, i, frozenset(doubled_names), chrome_nos)
    ageless = _ageless_comments(paras, i, chrome_nos) if c0 == len(paras) else None
    if ageless is not None:
        c0 = ageless[0][0]
    main, tail = paras[i:c0], paras[c0:]
    tail = _drop_author_card(tail, record.author, log)
    if tail and main and is_comments_heading(main[-1].text):
        log.drop_line(main.pop(), "ui.comments_heading")  # "Comments" over them (an <h2>, "## Comments")
    while main and is_rule_line(main[-1].text):  # a rule ("-----") closing the text: a mail's, a page's
        log.drop_line(main.pop(), "segment.separator")
    _mail_footer(main, log)
    _saved_note(main, log)
    _trailing_permalink(main, log)
    _article_text(record, main, blank_separated, md_links)
    if md_links and tail:
        tail = _split_linked_names(tail, md_links)
    spans: list[tuple[int, int, int]] = []
    # (the rows of buttons closing each comment, dropped as chrome: where a comment's text ends)
    row_ends = sorted(ln.no for ln in lines if id(ln) in dropped and dropped[id(ln)][1].kind == nd.ACTION) \
        if dropped and tail else ()
    # (a line the page showed twice, or the post author's name, is a name whatever its shape)
    names = frozenset(doubled_names) | frozenset(
        id(x) for x in tail if record.author.name and x.text.strip() == record.author.name)
    if ageless is not None:
        # (comments copied without their ages: each block a name, a headline, the text)
        comments = []
        for a, h, b in ageless:
            head = paras[a:h]
            comments.append(Comment(Author(head[0].text.strip(), head[1].text.strip() if len(head) > 1 else None),
                                    None, None, "\n".join(ln.text.strip() for ln in paras[h:b + 1])))
            spans.append((a - c0, h - c0, b - c0))
    else:
        comments = find_comments(tail, blank_separated, log, spans, row_ends, names)
    _drop_headless_tail(comments, spans, tail, log)
    quoted = _quoted_headers([tail[a] for a, _, _ in spans], log) if len(comments) >= 2 else None
    if quoted is None and len(comments) >= 2 and len(spans) == len(comments):
        # an HTML page nests a reply's list in its comment's item: deeper lists, replies
        depths = [tail[a].depth for a, _, _ in spans]
        if any(d > depths[0] for d in depths):
            quoted = depths
        elif md_links:
            # a Markdown list of comments, each reply an item nested in its comment's: the
            # lines under a header (its age, its text) stand at the item's content column
            cols = [len(tail[at].text) - len(tail[at].text.lstrip()) for _, at, _ in spans]
            if len(set(cols)) >= 2 and cols[0] == min(cols):
                quoted = cols
    if quoted is not None:
        record.comments = _nest_by_indent(comments, quoted)
    else:
        record.comments = _article_replies(comments, spans, tail, lines, dropped, record.author.name,
                                           titled=record.title is not None)
    return record


def _ageless_comments(paras: list[Line], start: int, chrome: frozenset[int]) -> list[tuple[int, int, int]] | None:
    """Comments copied without their ages (a note app's paste of a post page, its comments'
    age lines left out): under the post's closing line of hashtags, blocks parted by blank
    lines, each a name, its headline where the block has three lines or more, then the text
    (a badge line, "Author", already dropped as chrome, parts no block). Each block as
    (first line, first line of text, last line); None unless every block after the tags is so,
    and unless a block has three lines or more, or there are two blocks or more: a lone block of
    two lines under the tags is the post's sign-off ("Name / Headline") as likely."""
    tags = next((k for k in range(len(paras) - 1, start, -1) if is_hashtag_line(paras[k].text)), None)
    if tags is None or tags + 2 >= len(paras) or tags - start < 1:
        return None
    blocks: list[list[int]] = [[]]
    for k in range(tags + 1, len(paras)):
        if blocks[-1] and any(n not in chrome for n in range(paras[k - 1].no + 1, paras[k].no)):
            blocks.append([])  # (a blank line between: a new block)
        blocks[-1].append(k)
    out = []
    for b in blocks:
        if not 2 <= len(b) <= 12 or len(paras[b[0]].text.strip()) > 70 or not _is_clear_name(paras[b[0]].text):
            return None  # (two words or more: a one-word line over others is a row of buttons as likely)
        if len(b) >= 3 and not is_headline(paras[b[1]].text):
            return None
        h = b[1] if len(b) == 2 else b[2]
        if is_name(paras[h].text) or parse_age(paras[h].text) is not None:
            return None  # (a name or an age where the text should be: some other layout)
        out.append((b[0], h, b[-1]))
    if len(out) < 2 and not any(len(b) >= 3 for b in blocks):
        return None  # (one block of two lines: a sign-off, "Name / Headline", as likely as a comment)
    return out


def _split_linked_names(tail: list[Line], md_links: Sequence) -> list[Line]:
    """A comment's header on one line in a Markdown copy, the commenter's name a link to their
    profile and their headline after it ("[Ana Lee](…/in/ana-lee) CTO at Norte"): the name
    and the headline become lines of their own, as a page shows them. Only a header's line: the
    next line is the comment's age (a line of a comment's text opening with a mention of someone,
    "[Ana Lee](…/in/ana-lee) we show the price only", is text, whole)."""
    linked: dict[int, list[str]] = {}
    for lk in md_links:
        if lk.is_profile and 0 < len(lk.text) <= 80:
            linked.setdefault(lk.line, []).append(lk.text)
    if not linked:
        return tail
    out: list[Line] = []
    for k, ln in enumerate(tail):
        t = ln.text
        names = linked.get(ln.no)
        lead = len(t) - len(t.lstrip())
        name = next((x for x in names if t.startswith(x, lead)), None) if names else None
        rest = t[lead + len(name):] if name else ""
        if name and rest[:1].isspace() and rest.strip() and len(rest) <= 200 and _age_line_next(tail, k):
            b = lead + len(name) + (len(rest) - len(rest.lstrip()))
            out.extend(p for p in ln.split_at((lead + len(name), b)) if p.text.strip())
        else:
            out.append(ln)
    return out


def _age_line_next(lines: list[Line], k: int) -> bool:
    """Is the next line with text after ``lines[k]`` an age (a comment header's)?"""
    nxt = next((x.text for x in lines[k + 1 : k + 4] if x.text.strip()), None)
    return nxt is not None and bool(split_glued_age(nxt) or parse_age(nxt))


def _clipper_header_above_byline(paras: list[Line], i: int, name: str, log: RepairLog,
                                 record: Record | None = None) -> list[Line]:
    """A clipping whose front matter names the author: the byline (the name on its own line,
    then a headline or the "Published" line) a few short lines below where the text would
    start. Those lines are the clipper's own header (its label tags, "Read Original", the
    dates it kept, "## Full Content:"), dropped as ``ui.page_header``. Where the record has no
    title yet and the line right above the byline repeats the header's first line (the page's
    title, then the article's own heading: MarkDownload's template), that line is the title."""
    j = next((j for j in range(i + 1, min(i + 10, len(paras) - 1)) if paras[j].text.strip() == name), None)
    if j is None or any(len(paras[x].text) > 160 or nd.classify(paras[x].text).kind == nd.AGE for x in range(i, j)):
        return paras
    below = paras[j + 1].text
    if not (is_headline(below) or nd.classify(below).rule in ("ui.published", "ui.reading_time")):
        return paras
    title = None
    if (record is not None and record.title is None and j - 1 > i
            and paras[j - 1].text.strip() == paras[i].text.strip()):
        title = paras[j - 1]  # (the field takes it: it leaves the text, not recorded as removed)
        record.title = title.text.strip()
    for x in paras[i:j]:
        if x is not title:
            log.drop_line(x, "ui.page_header")
    return [*paras[:i], *paras[j:]]


def _headless(c: Comment) -> bool:
    return c.author.name is None and c.author.bio is None and c.age is None and not c.replies


def _drop_headless_tail(comments: list[Comment], spans: list[tuple[int, int, int]], tail: list[Line],
                        log: RepairLog) -> None:
    """Lines after the last comment with a header (name and age), each read as a comment of its
    own with none: the page's lines under the comment list ("Show more comments", a sign-in
    prompt, a teaser list), in words no table holds. Where every other comment has its header,
    they are no comments: dropped (``ui.section_end``)."""
    k = len(comments)
    while k and _headless(comments[k - 1]):
        k -= 1
    if k == len(comments) or k < 1 or len(spans) != len(comments) or not all(
            c.author.name is not None and c.age is not None for c in comments[:k]):
        return
    for a, _, b in spans[k:]:
        for x in tail[a : b + 1]:
            log.drop_line(x, "ui.section_end")
    del comments[k:]
    del spans[k:]


def _byline_parts(text: str) -> tuple[str, str | None, int, int] | None:
    """"Ana Lee · Head of Data at Norte" (a byline on one line, as an export writes it): the
    name, the headline and the span of the bullet between them; a name alone: the name."""
    t = text.strip()
    if is_name(t):
        return t, None, 0, 0
    k = min((x for x in (text.find(" · "), text.find(" • "), text.find(" | ")) if x > 0), default=-1)
    if k < 0:
        return None
    name, bio = text[:k].strip(), text[k + 3:].strip()
    if not is_name(name) or not bio or "·" in bio or "•" in bio or not is_headline(bio):
        return None
    return name, bio, k, k + 3


# the post's byline and age on one line, as an export writes the post's header over its text:
# "**Ana Lee** · Head of Data at Norte · 2w" (the name bold or not, the headline optional)
_BYLINE_AGED = re.compile(r"(?:\s*>)*\s*(?:\*\*(?P<b>[^*\n]{2,80})\*\*|(?P<n>[^*·•\n]{2,80}?))\s*[·•]\s*"
                          r"(?:(?P<bio>[^\n]{2,300}?)\s*[·•]\s*)?(?P<age>[^·•\n]{1,24}?)\s*")


def _byline_aged(text: str) -> tuple[str, str | None, object, list[tuple[int, int]]] | None:
    """"**Ana Lee** · Head of Data at Norte · 2w": the name, the headline, the age and the
    spans of the rest (the emphasis, the bullets); None for any other line."""
    if "·" not in text and "•" not in text:
        return None
    m = _BYLINE_AGED.fullmatch(text)
    if m is None:
        return None
    g = "b" if m.group("b") is not None else "n"
    name = m.group(g).strip()
    age = parse_age(m.group("age"))
    bio = (m.group("bio") or "").strip() or None
    if age is None or age.end < len(m.group("age").strip()) or not is_name(name) or (
            bio is not None and ("·" in bio or "•" in bio or not is_headline(bio))):
        return None
    keep = [m.span(g), m.span("age")] + ([m.span("bio")] if bio else [])
    keep.sort()
    gaps, at = [], 0
    for a, b in keep:
        if text[at:a].strip():
            gaps.append((at, a))
        at = b
    if text[at:].strip():
        gaps.append((at, len(text)))
    return name, bio, age, gaps


def _aged_byline_line(paras: list[Line], i: int, log: RepairLog, record: Record) -> int:
    """The post's header on one line under the page's label ("**Ana Lee** · CTO · 2w"):
    its name, headline and age are the record's (the values a field already took from the
    front matter are the line's doubles, recorded as ``ui.doubled_label``); its emphasis and
    bullets are recorded as ``ui.post_meta``. Returns the index after it."""
    found = _byline_aged(paras[i].text) if i < len(paras) else None
    if found is None:
        return i
    name, bio, age, gaps = found
    known = record.author.name
    if known is not None and nd.key(known) != nd.key(name):
        return i
    t = paras[i].text
    spans = [(a, b, "ui.post_meta") for a, b in gaps]
    if known is not None:
        at = t.index(name)
        spans.append((at, at + len(name), "ui.doubled_label"))
    else:
        record.author = Author(name, bio)
    if bio is not None and known is not None:
        if record.author.bio is None:
            record.author.bio = bio
        else:
            at = t.index(bio)
            spans.append((at, at + len(bio), "ui.doubled_label"))
    if record.age is None:
        record.age, record.age_iso = age.text, age.iso
    else:
        at = t.rindex(age.text)
        spans.append((at, at + len(age.text), "ui.doubled_label"))
    for a, b, rule in sorted(spans, reverse=True):  # (from the right: each edit leaves the offsets before it)
        log.edit(paras[i], rule, [(a, b, "")])
    return i + 1


def _labels_byline(paras: list[Line], log: RepairLog) -> bool:
    """A heading over the byline that names its author at its end, in words of any language
    ("# Innlegg av Ana Lee", "## Post by Ana Lee" over "Ana Lee · CTO"): the export's label
    of the page, not a title. Only a Markdown heading of a few words besides the name."""
    parts = _byline_parts(paras[1].text) or _byline_aged(paras[1].text)
    t = paras[0].text.strip()
    if parts is None or not t.endswith(" " + parts[0]) or len(t[: -len(parts[0])].split()) > 3:
        return False
    return any(e.rule == "markdown.heading" and e.line == paras[0].no for e in log.entries)


def _mail_header_without_age(content: list[Line], kinds: list, record: Record, used: list[bool],
                             drop: Callable[..., None]) -> int:
    """A notification mail's copy of a post (its own lines, ``ui.notification_mail``, on the
    page) shows the author's name and headline over the text, and no age: the header, read
    as such, its chrome above dropped. Where the body starts (0: no such header)."""
    if not any(k.rule == "ui.notification_mail" for k in kinds):
        return 0
    top = [x for x in range(min(len(content), 12)) if not nd.is_chrome(kinds[x])][:3]
    if len(top) < 3 or any(kinds[x].kind != nd.TEXT for x in top):
        return 0
    name, bio = content[top[0]].text.strip(), content[top[1]].text.strip()
    if not is_name(name) or is_name(bio) or len(bio) > 160 or bio[-1:] in ".!?。！？":
        return 0
    record.author = Author(name, bio)
    for x in range(top[0]):
        drop(x)
    for x in top[:2]:
        used[x] = True  # (the author's fields)
    return top[2]


def _doubled_name_header(content: list[Line], kinds: list, record: Record, used: list[bool],
                         drop: Callable[..., None], log: RepairLog) -> int:
    """A post header whose age line was lost or garbled (a feed card cut or damaged between the
    name and the text): the card's first line a name shown twice (the accessible label and the
    visible one, the copy recorded as ``ui.doubled_label``), which no post text opens with.
    The name is the author; the next line is the headline only when it reads as one (parted
    by ``|``, ``•``, ``@``, " at ", or shown twice too), else it is the text's. Where the body starts
    (0: no such header)."""
    top = [x for x in range(min(len(content), 12)) if not nd.is_chrome(kinds[x])][:2]
    if not top or kinds[top[0]].kind != nd.TEXT or not _shown_twice(content[top[0]], log):
        return 0
    _strip_badge(content[top[0]], log)
    name = content[top[0]].text.strip()
    if not is_name(name):
        return 0
    bio = None
    if len(top) == 2 and kinds[top[1]].kind == nd.TEXT and top[1] + 1 < len(content):
        t = content[top[1]].text.strip()
        if not is_name(t) and _byline_headline(t) and (
                any(sep in t for sep in ("|", "•", " @ ", " at ")) or _shown_twice(content[top[1]], log)):
            bio = t
    record.author = Author(name, bio)
    for x in range(top[0]):
        drop(x)
    used[top[0]] = True
    if bio is None:
        return top[0] + 1
    used[top[1]] = True
    for x in range(top[0] + 1, top[1]):
        drop(x)
    return top[1] + 1


def _byline_name_heads(paras: list[Line]) -> bool:
    """A notification's heading over the byline, the byline's name first and a verb phrase of a
    few words after it, in any language ("Ana Lee just posted", "Ana Lee ha publicado algo
    nuevo", "Ana Lee hat etwas Neues gepostet" over "Ana Lee"): what the mail says happened,
    not a title. The phrase opens with a lower-case word and closes no sentence."""
    name = paras[1].text.strip()
    t = paras[0].text.strip()
    if len(t) > 120 or not t.startswith(name + " ") or not is_name(name):
        return False
    rest = t[len(name):].split()
    return 1 <= len(rest) <= 5 and rest[0][:1].islower() and not any(
        ch in t[len(name):] for ch in ".!?:;,。！？：")


def _one_line_byline(paras: list[Line], i: int, log: RepairLog) -> tuple[Author, int]:
    """The byline on one line ("Ana Lee · Head of Data at Norte") over the post's age: the
    author and headline; the bullet between them is recorded as removed. Else no author."""
    if i + 1 >= len(paras) or nd.classify(paras[i + 1].text).kind != nd.AGE:
        return Author(), i
    parts = _byline_parts(paras[i].text)
    if parts is None or parts[1] is None:
        return Author(), i
    log.edit(paras[i], "ui.post_meta", [(parts[2], parts[3], " ")])
    return Author(parts[0], parts[1]), i + 1


def _strip_comment_header_badges(paras: list[Line], start: int, end: int, log: RepairLog) -> None:
    """"Sabine Weiß • 3.+" over a headline and an age (or over the age): a commenter's name
    line with the degree badge on it; the badge is chrome (as on its own line), so the name
    reads as one."""
    n = end
    for k in range(start, n - 1):
        t = paras[k].text
        bullet = "•" in t or "·" in t
        # (or the post author's badge after the name, no bullet: "Ana Lee Author", an app's)
        if not bullet and (len(t) > 90 or nd.key(t.rsplit(None, 1)[-1] if " " in t.strip() else "")
                           not in nd.author_badge_keys()):
            continue
        if not any(k + d < n and (split_glued_age(paras[k + d].text) or parse_age(paras[k + d].text))
                   for d in (1, 2)):
            continue
        if not bullet:
            _strip_author_badge(paras[k], log)
        elif nd.badge_cut(t) is not None and _name_line(t):
            _strip_badge(paras[k], log)


def _quoted_headers(heads: list[Line], log: RepairLog) -> list[int] | None:
    """How deep each comment's header line (``heads``) stood in Markdown block quotes (a
    reply quoted under the comment it answers: "> **Name** · headline · 1d"), when some
    stood deeper than the first; else None."""
    if len(heads) < 2:
        return None
    nos = {e.line: e.text.count(">") for e in log.entries if e.rule == "markdown.quote"}
    if not nos:
        return None
    depth = [nos.get(ln.no, 0) for ln in heads]
    return depth if any(d > depth[0] for d in depth) else None


def _counted_inline_comment(paras: list[Line], start: int, lines: list[Line],
                            dropped: dict[int, tuple[str, nd.Kind]]) -> int | None:
    """A single comment under an inline header right after the post's counters line
    ("318 reactions · 24 comments", dropped as chrome): where the comments start, or None."""
    pos = {id(ln): k for k, ln in enumerate(lines)}
    for j in range(start + 1, len(paras)):
        if not inline_comment_head(paras[j].text):
            continue
        k = pos.get(id(paras[j]))
        if k is None:
            return None
        prev = next((x for x in range(k - 1, -1, -1) if lines[x].text.strip() or id(lines[x]) in dropped), None)
        if prev is not None and id(lines[prev]) in dropped:
            kind = dropped[id(lines[prev])][1]
            if kind.kind == nd.COUNTER or kind.rule == "ui.action_row":
                return j
        return None
    return None


def _article_text(record: Record, main: list[Line], blank_separated: bool, md_links: Sequence = ()) -> None:
    """An article's body, sign-off, call to action and hashtags, from its text's lines."""
    record.warnings.extend(find_lost_lists(main))
    body, sign, cta = split_tail(list(main), record.author.name if record.author else None)
    record.sign_off = sign.text.strip() if sign else None
    record.cta = join_paragraphs(cta, blank_separated) if cta else None
    record.body = join_paragraphs(body, blank_separated)
    # (the tags of the whole text: a line of them may close it after the call to action)
    record.hashtags = find_hashtags("\n".join(ln.text for ln in main))
    record.mentions, record.links = find_mentions_and_links(main, md_links)


def _article_replies(comments: list[Comment], spans, tail: list[Line], lines: list[Line],
                     dropped: dict[int, tuple[str, nd.Kind]], post_author: str | None = None,
                     titled: bool = False) -> list[Comment]:
    """An article's comments nested as a post page's are (:func:`_thread_replies`): the
    markers and counts between them and the author's badge in their headers are among the
    chrome lines already dropped (``dropped``: each line's text and kind, by the line's id).
    Under a titled article the byline's name counts as the author's badge (an article page's
    copy may show none on the author's answers); under a post only the badge does."""
    if len(comments) < 2 or not dropped:
        return comments
    pos = {id(ln): k for k, ln in enumerate(lines)}
    if any(id(tail[x]) not in pos for span in spans for x in span):
        return comments  # (a line not the page's own: nothing to place it by)
    where = [(pos[id(tail[a])], pos[id(tail[b])], pos[id(tail[c])]) for a, b, c in spans]

    def chrome(lo: int, hi: int) -> list[tuple[str, nd.Kind]]:
        return [dropped[id(lines[k])] for k in range(lo, hi) if id(lines[k]) in dropped]

    reply_counts, bare_marker, loose, announced, by_author = [], [], [], [], []
    badged: list[bool] = []  # the author's badge itself (by_author also counts the author's name)
    for idx, (first, age_at, last) in enumerate(where):
        lo = where[idx - 1][2] + 1 if idx else first
        count, bare, counted_only = _marker_count(chrome(lo, first))
        reply_counts.append(count)
        bare_marker.append(bare)
        loose.append(counted_only)
        nxt = where[idx + 1][0] if idx + 1 < len(where) else len(lines)
        announced.append(_row_replies(chrome(last + 1, nxt)))
        name = comments[idx].author.name
        badged.append(any(_author_badge_line(t, k) for t, k in chrome(first, age_at))
                      or bool(name and _badge_is_author(name)))
        by_author.append(badged[-1] or bool(name and post_author and nd.key(name) == nd.key(post_author)))
    return _thread_replies(comments, announced, reply_counts, bare_marker, by_author, loose,
                           by_author if titled else badged)


def _undouble_comment_headers(paras: list[Line], start: int, log: RepairLog,
                              kept: set[int] | None = None) -> list[Line]:
    """A commenter's name (and headline) shown twice, the second copy being the profile
    link's accessible label ("Name / Name / headline / age"): the second copy is chrome
    (``ui.doubled_label``), when an age follows within the next three lines. ``kept`` gets
    the ids of the first copies."""
    out = paras[:start]
    k = start
    while k < len(paras):
        ln = paras[k]
        t = ln.text.strip()
        if (k + 1 < len(paras) and paras[k + 1].text.strip() == t and (is_name(t) or _long_doubled_name(t))
                and any(parse_age(x.text) for x in paras[k + 2 : k + 5])):
            out.append(ln)
            if kept is not None:
                kept.add(id(ln))
            log.drop_line(paras[k + 1], "ui.doubled_label")
            k += 2
            if k + 1 < len(paras) and paras[k].text.strip() == paras[k + 1].text.strip() and is_headline(paras[k].text):
                out.append(paras[k])
                log.drop_line(paras[k + 1], "ui.doubled_label")
                k += 2
            continue
        out.append(ln)
        k += 1
    return out


def _drop_chrome_lines(lines: list[Line], log: RepairLog, record: Record, kinds: tuple[str, ...] | None = None
                       ) -> dict[int, tuple[str, nd.Kind]]:
    """Whole lines that are UI chrome (buttons, counters, folds, "hashtag" labels), dropped
    with their rule; only the rules in ``kinds`` when given. A fold says the text was cut.
    Returns what was dropped: each line's text and kind, by the line's id."""
    dropped: dict[int, tuple[str, nd.Kind]] = {}
    after_row = False  # right after a dropped button or counter (blank lines between)
    prev: Line | None = None  # the last text line kept
    twice: Line | None = None  # the text line before it, when it read the same ("Name" / "Name")
    content = [ln for ln in lines if ln.text.strip()]
    classified = [nd.classify(ln.text) for ln in content]
    _bulleted_list_items(content, classified)  # ("• Python" in a list: no degree badge)
    for x_at, (ln, k) in enumerate(zip(content, classified)):
        if (kinds is None and prev is not None and ((
                k.kind == nd.COUNTER and _subscribers_rx().fullmatch(ln.text.strip())
                and (_subscribe_card_title(prev.text) or twice is not None))
                or (k.kind == nd.ACTION and _subscribe_button_of(ln.text, prev.text))
                or (k.kind == nd.COUNTER and twice is not None and x_at + 1 < len(content)
                    and _subscribe_button(content[x_at + 1].text) and _follower_count(ln.text)))):
            # "Subscribe to The Weekly Ledger" / "4,812 subscribers": the newsletter's card; or
            # its name shown twice over the count (the card closing an issue's page), a count of
            # its followers too when its Subscribe button follows; or the card's title right over
            # its button ("Subscribe to The Weekly Ledger" / "Subscribe")
            for x in (twice, prev):
                if x is not None:
                    dropped[id(x)] = (x.text, nd.Kind(nd.CHROME, "ui.newsletter"))
                    log.drop_line(x, "ui.newsletter")
        twice = prev if (prev is not None and k.kind == nd.TEXT and prev.text.strip() == ln.text.strip()) else None
        prev = ln if k.kind == nd.TEXT else None
        if k.kind in (nd.TEXT, nd.AGE, nd.END) or k.rule is None:
            if after_row and _ROW_FILLER_LINE.match(ln.text) and (kinds is None or "segment.separator" in kinds):
                # "Like / · / 3 / Reply": the separator between a comment's buttons and counts
                dropped[id(ln)] = (ln.text, k)
                log.drop_line(ln, "segment.separator")
                continue
            after_row = False
            continue
        after_row = k.kind in (nd.ACTION, nd.COUNTER)
        if kinds is not None and k.rule not in kinds:
            continue
        if k.kind == nd.FOLD and not _less_fold(ln.text):
            record.warnings.append(f"truncated: the body was cut at {ln.text.strip()!r} (the rest was not scraped)")
        dropped[id(ln)] = (ln.text, k)
        log.drop_line(ln, k.rule)
    return dropped


@lru_cache(maxsize=1)
def _subscribers_rx() -> re.Pattern[str]:
    """A newsletter's count of subscribers ("4,812 subscribers"), from the counter patterns."""
    return re.compile(next(x for x in patterns.UI_NODE_PATTERNS["ui.counter"] if "subscribers?" in x), re.I)


def _newsletter_card(content, kinds, start: int) -> int | None:
    """A newsletter's card opening the text at ``start``: its name (shown twice, or as
    "Subscribe to <name>"), at most a tagline under it, the subscriber count and the
    Subscribe button(s). Returns where the text starts after it, or None."""
    n = len(content)
    if start >= n or kinds[start].kind != nd.TEXT:
        return None
    for j in range(start + 1, min(start + 4, n)):
        if kinds[j].kind != nd.TEXT:
            break
    else:
        return None
    if not (start < j < n and kinds[j].kind == nd.COUNTER and _subscribers_rx().fullmatch(content[j].text.strip())):
        return None
    head = [content[x].text.strip() for x in range(start, j)]
    if any(len(t) > 150 for t in head):
        return None
    if not ((len(head) > 1 and head[0] == head[1]) or _subscribe_card_title(head[0])
            or (j + 1 < n and kinds[j + 1].kind == nd.ACTION)):
        return None
    end = j + 1
    while end < n and end <= j + 2 and kinds[end].kind == nd.ACTION:
        end += 1
    return end


def _subscribe_card_title(text: str) -> bool:
    """Is this line a newsletter subscribe card's title, "Subscribe to <newsletter>"
    (``patterns.NEWSLETTER_SUBSCRIBE_BEFORE`` / ``_AFTER``)?"""
    t = text.strip()
    if not t or len(t) > 120 or "\n" in t:
        return False
    low = t.casefold()
    return any(low.startswith(w.casefold() + " ") or (not w[-1:].isalpha() and low.startswith(w.casefold()))
               for w in patterns.NEWSLETTER_SUBSCRIBE_BEFORE) or any(
        low.endswith(" " + w.casefold()) or (not w[:1].isascii() and low.endswith(w.casefold()))
        for w in patterns.NEWSLETTER_SUBSCRIBE_AFTER)


def _subscribe_card_names(content, name: str) -> bool:
    """Does a newsletter subscribe card's title on the page ("Subscribe to <newsletter> to get
    the next edition…", "<newsletter> abonnieren") name ``name`` right at its verb: the line
    ``name`` is the newsletter's name, not an edition's title?"""
    key = " ".join(name.split()).casefold()
    if not key or len(key) > 80 or len(key) < 3:
        return False
    for ln in content:
        t = ln.text.strip()
        if len(t) > 160 or not _subscribe_card_title(t[:120]):
            continue
        low = " ".join(t.split()).casefold()
        for w in patterns.NEWSLETTER_SUBSCRIBE_BEFORE:
            wk = w.casefold()
            if low.startswith(wk):
                rest = low[len(wk):].lstrip()
                if rest.startswith(key) and not rest[len(key):len(key) + 1].isalnum():
                    return True
        for w in patterns.NEWSLETTER_SUBSCRIBE_AFTER:
            wk = w.casefold()
            if low.endswith(wk):
                head = low[: len(low) - len(wk)].rstrip()
                if head.endswith(key) and not head[len(head) - len(key) - 1 : len(head) - len(key)].isalnum():
                    return True
    return False


def _subscribe_button(text: str) -> bool:
    """A newsletter's Subscribe button alone on its line ("+ Subscribe", "Abonnieren")
    (``patterns.NEWSLETTER_SUBSCRIBE_BUTTONS``)."""
    t = text.strip().lstrip("+＋ ").casefold()
    return bool(t) and len(t) <= 24 and any(t == w.casefold() for w in patterns.NEWSLETTER_SUBSCRIBE_BUTTONS)


def _subscribe_button_of(button: str, title: str) -> bool:
    """Is ``button`` the Subscribe button of the card titled ``title`` ("Subscribe to The
    Weekly Ledger" / "Subscribe", "Die Woche abonnieren" / "Abonnieren"): the title's verb?"""
    b = button.strip().casefold()
    if not b or len(b) > 24:
        return False
    t = title.strip().casefold()
    return (t.startswith(b) or t.endswith(b)) and len(t) > len(b) and _subscribe_card_title(title)


def _drop_author_card(tail: list[Line], author: Author, log: RepairLog) -> list[Line]:
    """The author's card closing the comments (their name, maybe twice, and their headline,
    above "More articles by …"): no comment, chrome (``ui.author_card``)."""
    if not author.name or len(tail) < 2:
        return tail
    k = len(tail)
    while k > 0 and tail[k - 1].text.strip() in (author.name, author.bio) and len(tail) - k < 3:
        k -= 1
    card = tail[k:]
    if not card or card[0].text.strip() != author.name or k == 0:
        return tail
    for x in card:
        log.drop_line(x, "ui.author_card")
    return tail[:k]


def _same_name(first: str, second: str) -> bool:
    """The byline's name shown twice: the same line, or the second with a badge after a bullet
    ("Ana Lee" / "Ana Lee • 3rd+", as a phone's app shows it)."""
    a, b = first.strip(), second.strip()
    if a == b:
        return True
    cut = nd.badge_cut(b) if "•" in b and b.startswith(a) else None
    return cut is not None and b[: cut[0]].strip() == a


def _reading_time_meta(paras: list[Line], i: int, log: RepairLog, record: Record) -> bool:
    """A reading time beside the article's age or date on one line ("6 min read · 1w",
    "Apr 16, 2026 · 5 min read"): the age is the record's, the rest chrome. False when the
    line is no such line."""
    t = paras[i].text
    if not reading_time_line(t):
        return False
    parts = [x.strip() for x in t.replace("•", "·").split("·")]
    kinds = [nd.classify(x) for x in parts]
    age = next((x for x, k in zip(parts, kinds) if k.kind == nd.AGE), None)
    a = parse_age(age) if age is not None else None
    if a is not None and record.age is None:
        record.age, record.age_iso = a.text, a.iso
        at = t.index(age)
        log.edit(paras[i], "ui.reading_time", [(x, y, "") for x, y in ((0, at), (at + len(a.text), len(t))) if t[x:y].strip()])
    else:
        log.drop_line(paras[i], "ui.reading_time")
    return True




def _long_doubled_name(name: str | None) -> bool:
    """A byline's name shown twice that the name test refuses only for its length (a
    company's name in a script without spaces, up to 16 characters, no sentence mark)."""
    return bool(name) and is_cjk_text(name) and len(name) <= 16 and not any(
        c in name for c in "。，、！？：；.,!?:;")


def _masthead_under_title(lines: list[Line], title_line: Line | None, log: RepairLog) -> None:
    """A newsletter's masthead between an edition's title and its byline (the newsletter's
    name, once or twice, then its cadence): the name is the page's header, not the author
    (recorded as ``ui.page_header``; the cadence goes as chrome). With no ``title_line``
    (the title is known from front matter), the masthead opening the text."""
    full = [ln for ln in lines[:400] if ln.text.strip()]
    at = next((k for k, ln in enumerate(full) if ln is title_line), None) if title_line is not None else -1
    cadence = masthead_under(full, at) if at is not None else None
    if cadence is not None:
        for x in full[at + 1 : cadence]:
            log.drop_line(x, "ui.page_header")


def _bare_byline(lines: list[Line], log: RepairLog) -> str | None:
    """A newsletter issue's byline ("By Name") with no name line of its own under it, the
    author's headline right below: its "By" is chrome (``ui.byline``), the name stays as the
    byline's line. Returns the name, or None (the name is shown again below: the byline is
    chrome whole)."""
    content = [ln for ln in lines[:200] if ln.text.strip()]
    for k, ln in enumerate(content[:40]):
        if nd.classify(ln.text).rule != "ui.byline":
            continue
        parts = ln.text.strip().split(None, 1)
        name = parts[1].strip() if len(parts) == 2 else ""
        below = content[k + 1 : k + 5]
        if (not name or not below or any(x.text.strip() == name for x in below) or not is_headline(below[0].text)
                or not any(nd.classify(x.text).rule == "ui.published" for x in below)):
            return None
        at = ln.text.index(name, ln.text.index(parts[0]) + len(parts[0]))
        log.edit(ln, "ui.byline", [(0, at, "")])
        return name
    return None


def _byline_masthead(paras: list[Line], i: int, dropped: dict[int, tuple[str, nd.Kind]],
                     log: RepairLog, bare: str | None = None) -> list[Line]:
    """A newsletter issue's masthead between its title and its author: the byline ("By
    Name", dropped as chrome) names the author, whose name line follows the newsletter's name
    and description; those lines are the page's header, not the author (recorded as
    ``ui.page_header``), and the name shown twice is one. Returns the paragraphs without them."""
    byline = next((t for t, k in dropped.values() if k.rule == "ui.byline"), None)
    if byline is None and bare is None:
        return paras
    parts = byline.strip().split(None, 1) if byline is not None else ["", bare]
    name = parts[1].strip() if len(parts) == 2 else ""
    j = next((j for j in range(i, min(i + 6, len(paras))) if paras[j].text.strip() == name), None)
    if not name or j is None:
        return paras
    for x in paras[i:j]:
        log.drop_line(x, "ui.page_header")
    rest = paras[j:]
    if len(rest) > 1 and rest[1].text.strip() == name:
        log.drop_line(rest[1], "ui.doubled_label")
        rest = [rest[0], *rest[2:]]
    return [*paras[:i], *rest]


def _article_meta(paras: list[Line], i: int, log: RepairLog, record: Record) -> int:
    """Under an article's byline: "Published Mar 4, 2025", "+ Follow", the article's own age
    ("1年前"). Chrome is dropped (recorded), an age is the record's."""
    for _ in range(4):
        if i >= len(paras):
            break
        kind = nd.classify(paras[i].text)
        if kind.kind == nd.TEXT and record.age is None and "·" in paras[i].text:
            # "4d · 🌐 · 734 reactions · 58 comments": the age, then the post's counters on
            # its line (a tool's one-line header): the counters recorded, the age read
            t = paras[i].text
            cuts = [k for k, c in enumerate(t) if c == "·"]
            for k in cuts[1:] + cuts[:1]:
                if nd.classify(t[:k]).kind == nd.AGE and nd.classify(t[k + 1:]).rule == "ui.action_row":
                    log.edit(paras[i], "ui.action_row", [(k, len(t.rstrip()), "")])
                    kind = nd.classify(paras[i].text)
                    break
        if kind.kind == nd.AGE and record.age is None:
            a = use_age(paras[i], None, log)
            record.age, record.age_iso = a.text, a.iso
        elif kind.kind in (nd.CHROME, nd.ACTION) and kind.rule in (
                "ui.published", "ui.action", "ui.post_meta", "ui.visibility", "ui.connection_degree"):
            log.drop_line(paras[i], kind.rule)
        elif kind.kind == nd.TEXT and _DATE_ONLY.fullmatch(paras[i].text.strip()) and not any(
                c in paras[i].text for c in ".!?。"[:-1]):
            log.drop_line(paras[i], "ui.published")  # the date alone under the byline ("9 mar 2026")
        elif not _reading_time_meta(paras, i, log, record):
            break
        i += 1
    return i


# a link to the post itself ("https://www.linkedin.com/posts/…", "…/feed/update/urn:li:…")
_PERMALINK = re.compile(r"\s*(?:(?:https?://)?(?:[\w-]+\.)?linkedin\.com/(?:posts|feed/update|pulse)/\S+"
                        r"|urn:li:(?:activity|share|ugcPost):\d{6,25})\s*")  # (or the post's own id)


def _permalink(paras: list[Line], i: int, log: RepairLog) -> int:
    """A line that is only the link to the post, between the byline and the body (a "copy
    as text" export writes it there), is not the body: dropped (recorded)."""
    if i < len(paras) - 1 and _PERMALINK.fullmatch(paras[i].text):
        log.drop_line(paras[i], "ui.permalink")
        return i + 1
    return i


# the post's own link closing its text, as a share sheet or a forward adds it under the post
# ("https://www.linkedin.com/posts/…-activity-…?utm_source=share", "View on LinkedIn: …")
# (bounded runs: "posts/" and the tail are both \S, and two unbounded runs over the same
# characters made a long line of "-activity-…" repeats quadratic; lines past _OWN_LINK_MAX
# characters are not looked at)
_OWN_LINK = re.compile(r"\s{0,40}+(?:[^\W\d_][\w ]{0,30}LinkedIn\s?[:：]\s{0,10}+)?(?:https?://)?(?:[\w-]{1,63}\.)?"
                       r"linkedin\.com/(?:posts/\S{1,300}?-activity-\d{6,25}"
                       r"|feed/update/urn:li:(?:activity|share|ugcPost):\d{6,25})\S{0,300}+\s*+")
_OWN_LINK_MAX = 1000


# a LinkedIn address in angle brackets or square brackets, as a mail's text part writes a link
_MAIL_BRACKETED = (r"<https?://(?:[\w-]{1,63}\.){0,3}linkedin\.com/[^\s>]{1,1000}+>"
                   r"|\[https?://(?:[\w-]{1,63}\.){0,3}linkedin\.com/[^\s\]]{1,1000}+\]")
# A line of a mail's text part that is a short label and a LinkedIn link ("Read on LinkedIn:
# https://…", "Unsubscribe <https://…>", "Help [https://…]"), in any wording
_MAIL_LINK_LINE = re.compile(r"\s{0,8}+[^\W\d_][^\n:：<\[]{0,60}?[:：]?\s{0,8}+(?:" + _MAIL_BRACKETED
                             + r"|https?://(?:[\w-]{1,63}\.){0,3}linkedin\.com/\S{1,1000}+)\s*+")


# (a button's link alone on the line under its label, as a mail's text part writes it: "View
# post" / "[https://…linkedin.com/comm/…]"; or bare, where it is one of LinkedIn's links from
# its e-mails, "/comm/", which no post's text holds)
_BARE_MAIL_LINK = re.compile(r"\s{0,8}+(?:" + _MAIL_BRACKETED
                             + r"|https?://(?:[\w-]{1,63}\.){0,3}linkedin\.com/comm/\S{1,1000}+)\s*+")


def _mail_link(text: str) -> bool:
    return len(text) <= 1200 and "linkedin.com/" in text and len(text.split()) <= 8 and (
        _MAIL_LINK_LINE.fullmatch(text) is not None)


def _mail_footer_link(text: str) -> bool:
    """A footer's link line (:func:`_mail_link`), or a link in brackets alone on its line."""
    return _mail_link(text) or (len(text) <= 1200 and "linkedin.com/" in text and _BARE_MAIL_LINK.fullmatch(text) is not None)


def _mail_footer(main: list[Line], log: RepairLog) -> None:
    """A LinkedIn mail's footer closing the text, in words no table holds: from the first of
    its link lines (:data:`_MAIL_LINK_LINE`) to the end, where the last of them links to the
    mail's own pages ("/comm/", LinkedIn's links from its e-mails: unsubscribe, settings) and
    at most two short lines stand between two of them (the reason the mail was sent). Dropped
    (``ui.notification_mail``); the text above (a sign-off) stays."""
    j = next((k for k in range(len(main) - 1, max(0, len(main) - 6), -1)
              if "linkedin.com/comm/" in main[k].text and _mail_footer_link(main[k].text)), None)
    if j is None:
        return
    if any(not _mail_footer_link(x.text) and len(x.text) > 200 for x in main[j + 1 :]):
        return
    start, gap = j, 0
    bare = not _mail_link(main[j].text)  # (the first footer line is a link alone in brackets)
    k = j - 1
    while k > 0:
        t = main[k].text
        if _mail_footer_link(t):
            start, gap, bare = k, 0, not _mail_link(t)
        elif "linkedin.com/" in t and _address_line(t) and main[k - 1].text.rstrip().endswith((":", "：")) \
                and len(main[k - 1].text) <= 120:
            start, gap, bare = k - 1, 0, False  # (the link's label on the line above it: "Read it on LinkedIn:")
            k -= 1
        elif is_rule_line(t):
            pass  # (the rule over the footer: no line of text)
        elif len(t) <= 200 and gap < 2:
            gap += 1
        else:
            break
        k -= 1
    if start < 1:
        return
    label = main[start - 1].text.strip()
    if (start > 1 and bare and len(label) <= 40 and len(label.split()) <= 4
            and label[-1:] not in ".!?。！？:：" and label[:1] != "#"):
        start -= 1  # (the button's label over its link: "View post" / "[https://…]")
    for x in main[start:]:
        log.drop_line(x, "ui.notification_mail")
    del main[start:]


# a note app's or read-later app's line under an article it saved: a label and the date (and
# time) it was saved ("Created: 2026-02-26 21:40", "Saved 2026-03-11", the app's name before it:
# "Instapaper: Saved on 2025-02-21"); or a label and a short value ("Tags: hiring, ops"), beside
# such a date on one line
_SAVED_DATE = re.compile(r"[^\W\d_][\w'’.]{0,15}[:：]?(?: [\w'’.]{1,15}){0,2}[:：]? ?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}"
                         r"|\d{4}/\d{1,2}/\d{1,2})(?:[ T,]{1,2}\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?")
_SAVED_FIELD = re.compile(r"[^\W\d_][\w'’.]{0,15}(?: [\w'’.]{1,15})?[:：] ?[^:：·•\n]{1,80}")


# the article's own address alone on its line, as a read-later app writes it under the text
_PULSE_ADDRESS = re.compile(r"https?://(?:[\w-]{1,63}\.){0,3}linkedin\.com/pulse/\S{1,280}+")


def _saved_note_line(text: str) -> int:
    """2 for a saved-note line holding a save date (:data:`_SAVED_DATE`, alone or with fields
    beside it after " · "), 1 for the article's own address, under a label ("Clipped from:
    https://…linkedin.com/pulse/…") or alone, 0 for any other line."""
    t = text.strip()
    if len(t) > 300:
        return 0
    if "linkedin.com/pulse/" in t and (_mail_link(t) or _PULSE_ADDRESS.fullmatch(t)):
        return 1
    parts = [x.strip() for x in t.split(" · ")] if " · " in t else [t]
    if not any(_SAVED_DATE.fullmatch(x) for x in parts):
        return 0
    return 2 if all(_SAVED_DATE.fullmatch(x) or _SAVED_FIELD.fullmatch(x) for x in parts) else 0


def _saved_note(main: list[Line], log: RepairLog) -> None:
    """The lines a note or read-later app writes under an article it saved ("Clipped from:
    <the article's address>", "Created: 2026-02-26 21:40", "Saved 2026-03-11 · Tags: …"),
    maybe after a rule: up to four lines closing the text, one of them a save date, and the app's
    mark on them: a rule above them or the article's own address among them (a text's own
    closing "Applications close: 2026-03-15" is neither). Dropped (``ui.clip_source``)."""
    k = len(main)
    dated = linked = False
    while k > 1 and len(main) - k < 4:
        kind = _saved_note_line(main[k - 1].text)
        if kind == 0:
            break
        dated = dated or kind == 2
        linked = linked or kind == 1
        k -= 1
    if not dated or k == len(main):
        return
    if not linked and not is_rule_line(main[k - 1].text):
        return
    while k > 1 and is_rule_line(main[k - 1].text):
        k -= 1
    for x in main[k:]:
        log.drop_line(x, "ui.clip_source")
    del main[k:]


def _trailing_permalink(main: list[Line], log: RepairLog) -> bool:
    """A line that is only the post's own link (its share link, "View on LinkedIn: …") closing
    the text, after more of it: the share sheet's or the forward's, not the post's (a post
    cannot hold its own address); dropped (``ui.permalink``). Was one dropped?"""
    if (len(main) > 1 and len(main[-1].text) <= _OWN_LINK_MAX and "linkedin.com/" in main[-1].text
            and _OWN_LINK.fullmatch(main[-1].text)):
        log.drop_line(main.pop(), "ui.permalink")
        return True
    return False


# a LinkedIn link closing a share sheet's caption on its line ("… : https://lnkd.in/…")
_CAPTION_LINK = re.compile(r"[ \t]*+[:：\-–—]?[ \t]*+(?:https?://)?(?:[\w-]{1,63}\.){0,3}(?:linkedin\.com|lnkd\.in)/\S{1,2000}+\s*+$")
_CAPTION_MAX = 200


def _share_caption(main: list[Line], log: RepairLog, record: Record, linked: bool) -> None:
    """The caption a phone's share sheet puts under the text it shares, in the app's language
    ("Visualizza il post di Ana Lee su LinkedIn" over the share link, "Voir la publication de
    Ana Lee : https://lnkd.in/…" with it): a short last line, no sentence, that names the
    post's author in a page label's words (``segment.possessive_in``) and either stands over
    the share link (``linked``: it was just dropped) naming LinkedIn, or closes with a LinkedIn
    link. The line is the sheet's (``ui.share_text``), the name the author's; so is a short
    line opening with a dash and naming LinkedIn right over it ("— partagé depuis LinkedIn")."""
    if len(main) < 2 or record.author.name is not None:
        return
    t = main[-1].text.strip()
    if len(t) > _CAPTION_MAX or "LinkedIn" not in t and "linkedin" not in t and "lnkd.in" not in t:
        return
    m = _CAPTION_LINK.search(t)
    said = t[: m.start()] if m is not None else t
    if m is None and not (linked and re.search(r"(?<!\w)LinkedIn(?!\w)", said)):
        return
    if not said.strip() or said.rstrip()[-1:] in ".!?。！？" or said.count(" ") > 14:
        return
    name = possessive_in(said)
    if name is None:
        return
    at = main[-1].text.find(name)
    log.keep(main.pop(), "ui.share_text", [(at, at + len(name))])  # (the name stays: the field's)
    record.author = Author(name, None)
    sig = main[-1].text.strip() if len(main) > 1 else ""
    if sig[:1] in "—–-" and len(sig) <= 60 and re.search(r"(?<!\w)LinkedIn(?!\w)", sig) and sig[-1:] not in ".!?":
        log.drop_line(main.pop(), "ui.share_text")  # (the sheet's signature over it: "— shared from LinkedIn")


def _section_end(paras: list[Line], start: int, log: RepairLog) -> int:
    """Where the post ends: "More articles by …", "More Relevant Posts" and the footer after
    them are not the post; they are dropped (recorded) from there on."""
    for k in range(start, len(paras)):
        if nd.classify(paras[k].text).kind == nd.END:
            for x in paras[k:]:
                log.drop_line(x, "ui.section_end")
            return k
    return len(paras)


def segment_plain(lines: list[Line], log: RepairLog, record: Record,
                  is_post: Callable[[str], bool] | None = None) -> Record:
    """Text that shows no LinkedIn structure around it: the cleaned text is the body. When
    it is a post's text (``is_post`` says so of the whole text; ``None``: it is), the
    sign-off and call to action closing it are cut off as a post page's are."""
    strip_recommended(lines, log)
    _drop_chrome_lines(lines, log, record, kinds=("ui.hashtag_label", "ui.more_fold", "ui.reactors"))
    paras = [ln for ln in lines if ln.text.strip()]
    if record.title is not None and paras and paras[0].text.strip() == record.title:
        paras = paras[1:]  # a heading already taken as the title
    dropped = False
    while _trailing_permalink(paras, log):  # (all of them: one left would be the next pass's)
        dropped = True
    if dropped and record.shape == "plain":
        record.shape = "scraper_field"  # (the share link pasted under a post's copied text)
    _share_caption(paras, log, record, dropped)  # (the share sheet's caption over it, or with it)
    if record.author.name is not None and record.shape == "plain":
        record.shape = "scraper_field"
    blank_separated = _blank_separated(lines)
    record.body = join_paragraphs(paras, blank_separated)
    record.hashtags = find_hashtags(record.body)
    record.mentions, record.links = find_mentions_and_links(paras)
    if is_post is None or record.shape == "scraper_field" or is_post(record.body):
        body, sign, cta = split_tail(paras, record.author.name if record.author else None)
        if sign is not None or cta:
            while _trailing_permalink(body, log):  # (the share link over them closes the text too)
                pass
            record.sign_off = sign.text.strip() if sign else None
            record.cta = join_paragraphs(cta, blank_separated) if cta else None
            record.body = join_paragraphs(body, blank_separated)
    return record


def _bulleted_list_items(content: list[Line], kinds: list) -> None:
    """Short bulleted lines that read as a degree badge ("• Python", "• SQL skills": a bullet
    and a word or two) are a list's items, text, when they stand in a run of bulleted lines
    that holds a line of text ("• Strong communication skills") or three lines with no digit;
    a badge stands alone under a name, or beside "• Follow"."""
    n = len(content)
    i = 0
    while i < n:
        if kinds[i].rule != "ui.connection_degree" or content[i].text.lstrip()[:1] not in ("•", "·"):
            i += 1
            continue
        a = i
        while a > 0 and content[a - 1].text.lstrip()[:1] in ("•", "·"):
            a -= 1
        b = i + 1
        while b < n and content[b].text.lstrip()[:1] in ("•", "·"):
            b += 1
        run = range(a, b)
        if len(run) > 1 and (any(kinds[x].kind == nd.TEXT for x in run) or (
                len(run) > 2 and not any(ch.isdigit() for x in run for ch in content[x].text)) or (
                # numbered items ("• Giai đoạn 1", "• Week 2"): each holds a number, and they
                # differ (a feed copy doubles its one badge: "• 1st" / "• 1st")
                all(any(ch.isdigit() for ch in content[x].text) for x in run)
                and len({content[x].text.strip() for x in run}) > 1)):
            for x in run:
                if kinds[x].rule == "ui.connection_degree":
                    kinds[x] = nd._TEXT
        i = b


def _poll_option_ages(content: list[Line], kinds: list) -> None:
    """A poll's options each stand over their share ("2 days / 41%"): an option that reads
    as an age ("2 jours", "3 days", "1 week") is an option, text, when it stands in a run of
    two or more such pairs, not a comment's age that would open a comment under the poll. So is
    one among the short options between the question and the count of votes closing them
    ("Which days? / None / 1 day / 2–3 days / 386 votes • Poll closed"), shares or none."""
    for i, k in enumerate(kinds):
        if k.kind == nd.COUNTER and i >= 3 and _poll_votes().match(content[i].text):
            q = i - 1
            while q > 0 and i - q <= 6 and kinds[q].kind in (nd.TEXT, nd.AGE) \
                    and len(content[q].text.strip()) <= 80 and not _asks(content[q].text):
                q -= 1
            if i - q - 1 >= 2 and kinds[q].kind == nd.TEXT and _asks(content[q].text):
                for x in range(q + 1, i):
                    if kinds[x].kind == nd.AGE:
                        kinds[x] = nd._TEXT
    pct = {i for i, ln in enumerate(content) if ln.text.rstrip().endswith("%") and _PERCENT.fullmatch(ln.text.strip())}
    if len(pct) < 2:
        return
    for i in pct:
        if i > 0 and kinds[i - 1].kind == nd.AGE and (i - 2 in pct or i + 2 in pct):
            kinds[i - 1] = nd._TEXT


def segment_post(lines: list[Line], log: RepairLog, record: Record, *, author_hint: str | None = None,
                 md_links: Sequence = (), extra: list[Record] | None = None) -> Record:
    """Header (name, headline, age), body up to the counters and buttons, then comments as
    ``name / headline / age / [Report this comment] / text / Like / Reply / N Reactions``."""
    strip_recommended(lines, log)
    glued = record.shape == "flattened"
    content = [ln for ln in lines if ln.text.strip()]
    if not glued:
        content = _split_spliced_modals(_split_inline_heads(content, log))
    texts = [ln.text for ln in content]
    kinds = nd.kinds_of(texts)
    nd.colon_counters(texts, kinds)  # ("2764 / Комментарии: 5 / Нравится": the comments' count)
    _bulleted_list_items(content, kinds)
    _poll_option_ages(content, kinds)
    n = len(content)
    used = [False] * n
    doc = "\n".join(ln.text for ln in content) if glued and sum(len(ln.text) for ln in content) < 2_000_000 else ""

    def drop(i: int, rule: str | None = None) -> None:
        if not used[i]:
            log.drop_line(content[i], rule or kinds[i].rule or "ui.unassigned")
            used[i] = True

    def is_chrome(i: int) -> bool:
        return nd.is_chrome(kinds[i])

    # ---- a copy of the comments alone ---------------------------------------------------------
    # (it opens with the comment list's sort menu, "Most relevant": no post header above it, so
    # the first comment's name, headline and age are a comment's, not the post's)
    if n > 3 and _comment_sort(content[0].text) and any(k.kind == nd.AGE for k in kinds[1:12]):
        drop(0, "ui.comment_sort")
        end = next((i for i in range(1, n) if kinds[i].kind == nd.END), n)
        for x in range(end, n):
            drop(x, "ui.section_end")
        record.comments = _post_comments(content, kinds, used, 1, end, log, drop, doc, glued,
                                         nested_lists=bool(md_links))
        for x in range(n):
            if not used[x]:
                drop(x, kinds[x].rule if is_chrome(x) else "segment.outside_post")
        record.warnings.append("comments_only: the copy holds the comments, not the post")
        return record

    # ---- header -------------------------------------------------------------------------
    r = next((i for i, k in enumerate(kinds) if k.kind == nd.REPORT_POST), None)
    ra = next((i for i, k in enumerate(kinds) if k.kind == nd.REPORT_ARTICLE), None)
    age_i = None
    if ra is not None and (r is None or ra < r):
        # the anchor under the title ("Title / Report this article / Name"), or at the end of
        # the article (a newsletter issue: masthead, title, byline, body, then the anchor)
        top = None
        # (a paragraph over 150 characters, or two as long as a paragraph: the article's text,
        # not a page header's consent line)
        if any(len(content[x].text) > 150 for x in range(ra)) or sum(
                1 for x in range(ra) if _paragraph_long(content[x].text) and not nd.consent_line(content[x].text)) >= 2:
            top = article_start(content[:ra], limit=24)
        body_start = _article_page_header(content, kinds, used, ra if top is None else top + 1, record, log,
                                          drop, title_at=top)
        r = None
    elif r is not None:
        for j in range(r - 1, max(-1, r - 5), -1):
            if kinds[j].kind == nd.AGE or (kinds[j].rule == "ui.visibility" and node_age(content[j].text)):
                age_i = j
                break
            if not is_chrome(j):
                break
    else:
        first = marked = None
        for j in range(min(n, 200)):
            if kinds[j].kind == nd.AGE or (kinds[j].rule == "ui.visibility" and node_age(content[j].text)):
                if any(kinds[x].kind == nd.TEXT for x in range(max(0, j - 6), j)):
                    first = j
                    break
        if first is not None and kinds[first].kind == nd.AGE and not content[first].text.rstrip().endswith("•"):
            marked = next((j for j in range(first + 1, min(n, 200)) if kinds[j].kind == nd.AGE
                           and content[j].text.rstrip().endswith("•")), None)
        age_i = first
        # the post header's age carries the bullet of its visibility icon ("1d •"); bare ages
        # above it, with text between, are notifications' or comments' (a notifications page
        # over the post it opened)
        if marked is not None and marked != first and any(
                kinds[x].kind == nd.TEXT for x in range(first + 1, marked)):
            age_i = marked
        if age_i is not None and _under_post_bar(content, kinds, age_i):
            age_i = first = None  # (a selection that starts at the post's text: no header)
        if age_i is None:
            # no age (a promoted post): the first post-meta node after a name ("Promoted")
            for j in range(min(n, 12)):
                if kinds[j].rule == "ui.post_meta" and any(kinds[x].kind == nd.TEXT for x in range(max(0, j - 4), j)):
                    age_i = j
                    break
    anchor = age_i if age_i is not None else r
    if ra is not None and r is None and anchor is None:
        pass  # article page: header done
    elif anchor is None:
        # no header at all: a bare post body; or, in a notification mail (which shows no age),
        # the post's name and headline over its text
        body_start = _mail_header_without_age(content, kinds, record, used, drop) or \
            _doubled_name_header(content, kinds, record, used, drop, log)
    else:
        heads: list[int] = []
        j = anchor - 1
        while j >= 0 and len(heads) < 2 and anchor - j <= 8:
            if kinds[j].kind == nd.TEXT:
                owner, rest = strip_possessive(content[j].text)
                if owner and not rest.strip() and heads:
                    break  # the page label above the header ("X님의 게시물"): not a head
                heads.append(j)
                if owner and rest.strip() and is_name(owner):
                    break  # "X की पोस्ट X headline…": the label opens the header; before it is not

            elif kinds[j].kind == nd.END:
                break
            j -= 1
        heads.reverse()
        # a headline wrapped over two lines (a screenshot's OCR, a narrow copy) under a name
        # line its connection degree marks ("Name • 1st" / "Founder, X |" / "Education"):
        # the two lines are the headline
        wrapped = None
        if (len(heads) == 2 and heads[0] > 0 and heads[1] == heads[0] + 1 and kinds[heads[0] - 1].kind == nd.TEXT
                and (cut := nd.badge_cut(content[heads[0] - 1].text)) is not None
                and cut[1] == "ui.connection_degree" and is_name(content[heads[0] - 1].text[:cut[0]])
                and not is_name(content[heads[0]].text)):
            wrapped = heads
            heads = [heads[0] - 1, *heads]
        posted = posted_this(content[heads[-1]].text) if heads else None
        if posted is not None:
            # "Ana Lee posted this • 4d" (an Activity tab's card): the name, the phrase and
            # the age after it the card's; a line above it is the page's (its tabs)
            log.edit(content[heads[-1]], "ui.activity_card", [(posted, len(content[heads[-1]].text), "")])
            heads = heads[-1:]
        if len(heads) == 2 and _page_byline(content, kinds, heads, anchor, log):
            heads = heads[1:]
        for x in heads:
            # (under the name, only a known badge: a headline's own "• Artisanat breton" stays)
            _strip_badge(content[x], log, known=x != heads[0])
        # a possessive page label ("Name’s Post") or a page title gives the author's name
        if author_hint is None:
            for x in range(0, heads[0] if heads else anchor):
                if kinds[x].kind == nd.TEXT:
                    author_hint = page_author_hint(content[x].text)
                    if author_hint:
                        break
        name = bio = None
        first_owner, first_rest = strip_possessive(content[heads[0]].text) if heads else (None, "")
        if wrapped is not None:
            name = content[heads[0]].text.strip()
            bio = " ".join(content[x].text.strip() for x in wrapped)
        elif len(heads) == 2 and (is_name(content[heads[0]].text) or
                                (author_hint and content[heads[0]].text.strip() == author_hint) or
                                (_loose_name(content[heads[0]].text) and is_headline(content[heads[1]].text))):
            name, bio = content[heads[0]].text.strip(), content[heads[1]].text.strip()
        elif len(heads) == 2 and first_owner and first_rest.strip():
            # "Name’s Post Name Headline…" with the headline running on into the next node
            owner = take_possessive(content[heads[0]], log)
            hint = author_hint or owner
            name, bio = split_header(content[heads[0]], log, hint, doc, glued)
            bio = " ".join(x for x in (bio, content[heads[1]].text.strip()) if x)
        elif heads:
            owner, rest = strip_possessive(content[heads[-1]].text)
            if owner and rest.strip():
                take_possessive(content[heads[-1]], log)
                author_hint = author_hint or owner
            last = content[heads[-1]].text.strip()
            # a page's byline: its follower count stands between the name and the age
            # ("深圳灵犀机器人有限公司 / 12,806 位关注者 / 3 小时"); a person's headline does not
            paged = any(kinds[x].kind == nd.COUNTER for x in range(heads[-1] + 1, anchor))
            # (the label's name opening a longer line: the headline runs on after it, "Name
            # ครูสอนดนตรี เชียงใหม่" is no four-word name)
            hinted_more = bool(author_hint) and last.startswith(author_hint + " ")
            if (is_name(last) and not hinted_more) or (author_hint and last == author_hint) or (
                    paged and _loose_name(last)):
                name = last
                heads = heads[-1:]
            else:
                name, bio = split_header(content[heads[-1]], log, author_hint, doc, glued)
                heads = heads[-1:]
        for x in heads:
            used[x] = True
        record.author = Author(name, bio)
        a = use_age(content[age_i], kinds[age_i].rule, log) if age_i is not None else None
        if a is not None:
            record.age, record.age_iso = a.text, a.iso
            used[age_i] = True
        header_start = heads[0] if heads else anchor
        body_start = max(anchor, r if r is not None else anchor) + 1
        for x in range(0, header_start):
            if is_chrome(x):
                drop(x)
            else:
                owner, rest = strip_possessive(content[x].text)
                drop(x, "ui.page_label" if owner and not rest.strip() else "ui.page_header")
        for x in range(header_start, body_start):
            if not used[x]:
                drop(x)

    # ---- chrome between the header and the body ("Follow", "Visible to anyone…") ----------
    skipped = 0
    while body_start < n and skipped < 4 and kinds[body_start].kind in (nd.ACTION, nd.CHROME, nd.REPORT_POST):
        drop(body_start)
        body_start += 1
        skipped += 1
    # the age again in its long form, on a line of its own ("3d •" / "3 days ago" / "Visible
    # to anyone…", a page whose every element is a line): the header's, not the body's
    if (record.age is not None and body_start < n and kinds[body_start].kind == nd.AGE
            and body_start + 1 < n and kinds[body_start + 1].kind in (nd.CHROME, nd.ACTION)):
        drop(body_start, "ui.post_meta")
        body_start += 1
        while body_start < n and kinds[body_start].kind in (nd.ACTION, nd.CHROME, nd.REPORT_POST):
            drop(body_start)
            body_start += 1
    # a newsletter's card between the byline and the text ("Name / Name / its tagline / 12,406
    # subscribers / Subscribe"): chrome, the text starts under it
    card_end = _newsletter_card(content, kinds, body_start)
    if card_end is not None:
        for x in range(body_start, card_end):
            drop(x, "ui.newsletter" if kinds[x].kind == nd.TEXT else None)
        body_start = card_end

    # ---- section end ------------------------------------------------------------------------
    end = next((i for i in range(body_start, n) if kinds[i].kind == nd.END), n)
    if end < n and kinds[end].rule == "ui.learned.section_end":
        drop(end)  # (an end the page's structure taught: named so, for the audit)
    for x in range(end, n):
        drop(x, "ui.section_end")

    # ---- body -----------------------------------------------------------------------------
    def ends_body(i: int) -> bool:
        k = kinds[i].kind
        if k == nd.ACTION and body_start < i < end - 1 and (kinds[i - 1].kind == nd.AGE or (
                kinds[i - 1].rule == "ui.visibility" and node_age(content[i - 1].text))) \
                and kinds[i + 1].kind == nd.TEXT:
            # a reposted post's header inside the body: its age (or its age and visibility,
            # "1 week ago • Visible to anyone…"), "Follow", its text
            return False
        if k in (nd.ACTION, nd.REPORT_COMMENT, nd.MORE_COMMENTS):
            return True
        if k == nd.REPORT_ARTICLE and i > body_start:
            return True  # (an article's anchor closing its text: the author's card follows it)
        if k == nd.COUNTER:
            if _follower_count(content[i].text):
                return False  # a page's byline in the body: a reposted page's header, no counter row
            nxt = next((x for x in range(i + 1, end) if kinds[x].kind != nd.FOLD), None)
            return nxt is None or is_chrome(nxt)
        if k == nd.CHROME and kinds[i].rule == "ui.sign_in":
            return not spliced_modal(i)
        return False

    def spliced_modal(i: int) -> bool:
        """A sign-in modal copied into the middle of the text: its lines, then paragraphs of
        the text again, up to the post's buttons (no age, anchor or page end between)."""
        j = i
        while j < end and is_chrome(j):
            if kinds[j].kind not in (nd.CHROME, nd.ACTION):
                return False
            j += 1
        if j >= end or i == body_start or len(content[j].text.strip()) <= 80:
            return False
        for x in range(j, end):
            if kinds[x].kind in (nd.AGE, nd.REPORT_POST, nd.REPORT_COMMENT, nd.REPORT_ARTICLE, nd.END):
                return False
            if kinds[x].kind in (nd.ACTION, nd.COUNTER) or kinds[x].rule == "ui.sign_in":
                return kinds[x].kind == nd.ACTION
        return False

    body_end = next((i for i in range(body_start, end) if ends_body(i)), end)
    if body_end < end and kinds[body_end].kind == nd.REPORT_ARTICLE and record.author.name:
        # the author's card under the article's closing anchor: their name and headline
        for x in range(body_end + 1, min(end, body_end + 4)):
            if content[x].text.strip() in (record.author.name, record.author.bio):
                drop(x, "ui.author_card")
    if body_end < end and kinds[body_end].kind == nd.ACTION:
        body_end = _comment_before_row(content, kinds, body_start, body_end)
    if (body_end < end and body_end - 2 > body_start and kinds[body_end].kind == nd.ACTION
            and kinds[body_end - 1].kind == nd.COUNTER and kinds[body_end - 2].kind == nd.TEXT
            and _subscribe_button(content[body_end].text) and _follower_count(content[body_end - 1].text)
            and _shown_twice(content[body_end - 2], log, gap=2)):
        # a newsletter's card closing an article's page, under its text: its name shown twice,
        # its followers, its Subscribe button ("The Weekly Ledger" ×2 / "4,812 followers" /
        # "+ Subscribe"): the name is the card's, not the text's last line
        drop(body_end - 2, "ui.newsletter")
        body_end -= 2
    # an attached event card ("Title / Event by X / date / place / N attendees") ends the body
    # (or an attached document: "Title / PDF · 12 pages / 1 / 12 / Full screen")
    attached = False
    card = next((i for i in range(body_start + 1, body_end) if kinds[i].rule in ("ui.event_card", "ui.document_card")
                 and kinds[i - 1].kind == nd.TEXT and len(content[i - 1].text.strip()) <= 120), None)
    if card is not None:
        # ("Title / Thu, Mar 4, 2027, 9:00 AM - 5:00 PM / Event by X": the date between, or
        # "Title / date / Online event / 124 attendees": a line of the card's kind after it)
        w = next((x for x in range(card - 1, max(body_start + 1, card - 4), -1)
                  if _EVENT_WHEN.search(content[x].text)), None)
        if w is not None and w - 1 > body_start and all(
                kinds[x].kind == nd.TEXT and len(content[x].text.strip()) <= 120 for x in range(w - 1, card)):
            card = w
    if card is None:
        card = _poll_start(content, kinds, body_start, body_end)
        if card is not None:
            card += 1  # (the poll's question is the line before its options: dropped with them)
    if card is not None:
        for x in range(card - 1, body_end):
            drop(x, "ui.attachment")
        body_end = card - 1
    else:
        # a shared link, article, job, video or celebration card under the text
        card = _attachment_start(content, kinds, body_start, body_end, n)
        attached = card is not None
        if card is None:
            # a document's card with no viewer: its title, then its page count alone ("12
            # pages"), closing the text (whose call to action, if any, is not the card's)
            page = _page_count_card(content, kinds, body_start, body_end, end)
            if page is not None:
                card, last = page
                for x in range(card, max(body_end, last + 1)):
                    drop(x, "ui.attachment")  # (the page count may be the line that ended the body)
                body_end = card
        elif card is not None:
            for x in range(card, body_end):
                drop(x, "ui.attachment")
            body_end = card
    if LEARNED.get() is not None:
        # a page whose UI the tables lack (its chrome learned from its structure): the text
        # ends at its fold ("…more"); the few short lines after it, up to the counters and
        # buttons, are the post's tail whatever their words (a card's title and page count,
        # who reacted), not more text (which the fold hides, or a preview repeats at length)
        fold = next((x for x in range(body_start, body_end)
                     if kinds[x].kind == nd.FOLD and not _less_fold(content[x].text)), None)
        if (fold is not None and 0 < body_end - fold - 1 <= 10
                and all(len(content[x].text.strip()) <= 120 for x in range(fold + 1, body_end))):
            for x in range(fold + 1, body_end):
                drop(x, "ui.learned.post_tail")
            body_end = fold + 1
    body_lines: list[Line] = []
    preview = _drop_preview_copy(content, kinds, used, body_start, body_end, log)
    for x in range(body_start, body_end):
        # the fold glued to the end of a line of a cut body: "…when it was …see more"
        m = _find_trailing_fold(content[x].text) if kinds[x].kind == nd.TEXT and x not in preview else None
        if m and m.start() > 0:
            fold = m.group().strip()
            log.edit(content[x], "ui.more_fold", [(m.start(), len(content[x].text), "")])
            record.warnings.append(f"truncated: the body was cut at {fold!r} (the rest was not scraped)")
            break
    # a repost with its reposter's commentary: the original's header (name, headline, age)
    # inside the body; what follows it is the original post, a record of its own
    original: tuple[int, int | None, int] | None = None
    if extra is not None and not (ra is not None and r is None):  # (not in an article: its lists of titles)
        original = _embedded_header(content, kinds, body_start, body_end)
        if original is not None:
            _strip_badge(content[original[0]], log)
    orig_lines: list[Line] = []
    orig_warnings: list[str] = []
    likers = -1
    for x in range(body_start, body_end):
        if x in preview or x == likers:
            continue
        if original is not None and original[0] <= x <= original[2]:
            if x in original:
                used[x] = True
            else:
                drop(x)  # a badge line between the original's name and its age
            continue
        if original is not None and x > original[2] and not is_chrome(x):
            orig_lines.append(content[x])
            used[x] = True
            continue
        if kinds[x].kind == nd.FOLD:
            fold = content[x].text.strip()  # (before the drop empties the line)
            drop(x)
            if (x + 2 == body_end and body_end < n and kinds[body_end].kind == nd.COUNTER
                    and kinds[x + 1].kind == nd.TEXT and is_name(content[x + 1].text.strip())):
                # "… mehr / Jana Berg / 187": under the cut text, a liker's name over the count
                drop(x + 1, "ui.reactors")
                likers = x + 1
            if not _less_fold(fold):  # ("…see less": the text was unfolded, nothing was cut)
                (orig_warnings if original is not None and x > original[2] else record.warnings).append(
                    f"truncated: the body was cut at {fold!r} (the rest was not scraped)")
        elif is_chrome(x):
            drop(x)
        elif x + 1 < n and _reaction_icons_before(content[x].text, content[x + 1].text, kinds[x + 1]):
            drop(x, "ui.reaction_icons")
        elif 0 < x and x + 1 < n and _image_label_after_fold(content[x].text, kinds[x - 1], kinds[x + 1]):
            drop(x, "ui.image")
        else:
            body_lines.append(content[x])
            used[x] = True

    # ---- counters after the body -------------------------------------------------------------
    first_comment = next((i for i in range(body_end, end) if kinds[i].kind in (nd.REPORT_COMMENT, nd.AGE)), end)
    for x in range(body_end, first_comment):
        if kinds[x].kind == nd.COUNTER and record.reactions is None:
            t = nd.key(content[x].text)
            if re.fullmatch(r"[\d,.\s]+[kmKM]?|[\d,.\s]+\s*(?:reactions?|réactions?|reaktionen|reacciones|reações|reazioni)", t):
                record.reactions = _count(content[x].text)

    # ---- comments -----------------------------------------------------------------------------
    record.comments = _post_comments(content, kinds, used, body_end, end, log, drop, doc, glued,
                                     nested_lists=bool(md_links), post_author=record.author.name)

    # ---- the author's card beside the post -------------------------------------------------------
    # a public page shows the author's headline only in the card after the comments ("Name /
    # headline / 68 Posts / View Profile"): the header gave none, the card does
    if record.author.name and not record.author.bio:
        card = _author_card(content, kinds, used, body_end, end, record.author.name)
        if card is not None:
            drop(card, "ui.author_card")
            record.author = Author(record.author.name, content[card + 1].text.strip())
            used[card + 1] = True

    # ---- leftovers ------------------------------------------------------------------------------
    for x in range(n):
        if not used[x]:
            drop(x, kinds[x].rule if is_chrome(x) else "segment.outside_post")

    blank_separated = _blank_separated(lines)
    blanks = blank_numbers(lines)
    record.warnings.extend(find_lost_lists(body_lines))
    _fill_body(record, body_lines, blank_separated, blanks, md_links, carded=attached)
    if original is not None:
        name_i, bio_i, age_i2 = original
        rep = Record(shape=record.shape, first_line=content[name_i].no)
        rep.author = Author(content[name_i].text.strip(), content[bio_i].text.strip() if bio_i is not None else None)
        a = use_age(content[age_i2], kinds[age_i2].rule, log)
        if a is not None:
            rep.age, rep.age_iso = a.text, a.iso
        _fill_body(rep, orig_lines, blank_separated, blanks, md_links)
        rep.warnings.extend(orig_warnings)
        rep.warnings.append(f"repost: the original post that {record.author.name or 'the author'} shared")
        extra.append(rep)
    return record


@lru_cache(maxsize=1)
def _less_folds() -> frozenset[str]:
    return frozenset(nd.key(x) for xs in patterns.LESS_FOLDS.values() for x in xs)


def _less_fold(text: str) -> bool:
    """The fold of an unfolded text ("…see less", "…weniger anzeigen"), ``patterns.LESS_FOLDS``."""
    return nd.key(text) in _less_folds()


def _drop_preview_copy(content, kinds, used, start: int, end: int, log: RepairLog) -> frozenset[int]:
    """The body copied twice, folded and unfolded: the opening lines, "…see more", then the
    whole text, which opens with the same lines. The first copy is the preview
    (``ui.preview_copy``), its fold too: nothing was cut."""
    fold = next((i for i in range(start, end) if kinds[i].kind == nd.FOLD), None)
    glued = None  # (the fold glued to the preview's last line: "…480 hours a …more")
    if fold is None:
        glued = next((i for i in range(start, end) if kinds[i].kind == nd.TEXT
                      and (m := _find_trailing_fold(content[i].text)) and m.start() > 0), None)
        if glued is None:
            return frozenset()
    last = glued + 1 if glued is not None else fold
    before = [i for i in range(start, last) if kinds[i].kind == nd.TEXT and content[i].text.strip()]
    after = [i for i in range(last if glued is None else glued + 1, end)
             if kinds[i].kind == nd.TEXT and content[i].text.strip()]
    if not before or len(after) <= len(before):
        return frozenset()
    for b, a in zip(before, after):
        pre, full = content[b].text.strip(), content[a].text.strip()
        if b == glued:
            pre = pre[:_find_trailing_fold(pre).start()]
        pre = pre.rstrip("…").rstrip()
        if not pre or not full.startswith(pre) or (b != before[-1] and pre != full):
            return frozenset()
    dropped = (*before, fold) if glued is None else tuple(before)
    for i in dropped:
        log.drop_line(content[i], "ui.preview_copy")
        used[i] = True
    return frozenset(dropped)


def _image_label_after_fold(text: str, prev: nd.Kind, nxt: nd.Kind) -> bool:
    """The image's button label in a wording no table holds ("Activate to view larger image,"
    in another locale): a short line ending with the comma that joined it to the image's alt
    text, between the text's fold ("…more") or another image line and the likers line or the
    counters. Text never ends there with a comma."""
    t = text.strip()
    return (len(t) <= 80 and t.endswith((",", "،", "，", "、")) and (prev.kind == nd.FOLD or prev.rule == "ui.image")
            and (nxt.kind == nd.COUNTER or nxt.rule in ("ui.reactors", "ui.image")))


def _reaction_icons_before(text: str, nxt: str, nxt_kind: nd.Kind) -> bool:
    """The reaction icons over a post's counters, copied as emoji ("👍❤️💡"): a line of one to
    three different reaction emoji (``patterns.REACTION_EMOJI``) right before the likers line
    ("X and 311 others") or, two or more of them, before the reaction count."""
    t = text.strip()
    if not t or len(t) > 12 or t[0].isalnum():
        return False
    found: list[str] = []
    i = 0
    while i < len(t):
        hit = next((e for e in patterns.REACTION_EMOJI if t.startswith(e, i)), None)
        if hit is None:
            if t[i] in " \ufe0f":
                i += 1
                continue
            return False
        found.append(hit.rstrip("\ufe0f"))
        i += len(hit)
    if not 1 <= len(found) <= 3 or len(set(found)) != len(found):
        return False
    if nxt_kind.rule == "ui.reactors":
        return True
    return len(found) >= 2 and nxt_kind.kind == nd.COUNTER and nxt.strip()[:1].isdigit()


def _shown_twice(line: Line, log: RepairLog, gap: int = 1) -> bool:
    """The feed's doubled label: this line's text was shown twice, its copy dropped (on the
    next line, or ``gap`` lines down: a page copied with a blank line between its nodes)."""
    t, no = line.text.strip(), line.no
    seen, index = log.doubled
    entries = log.entries
    if seen < len(entries):
        # (the entries added since the last question: asked once per comment of a long page,
        # a scan of the whole log each time grew with the square of the page)
        for r in entries[seen:]:
            if r.rule == "ui.doubled_label":
                index.setdefault(r.text, []).append(r.line)
        log.doubled = (len(entries), index)
    return any(no <= x <= no + gap for x in index.get(t, ()))


def _page_byline(content, kinds, heads: list[int], anchor: int, log: RepairLog) -> bool:
    """A page's byline ("Acme Inc / Acme Inc / 12,407 followers / 2d •"): the name shown
    twice, then a follower count where a person's headline would stand. The line above it
    (a tab, a filter chip or a sort menu of the page: "Documents", "Sort by: Recent") is the
    page's, not the header's, unless it was shown twice as well (a person's name over a
    headline)."""
    if not any(kinds[x].kind == nd.COUNTER for x in range(heads[1] + 1, anchor)):
        return False
    if _shown_twice(content[heads[1]], log) and not _shown_twice(content[heads[0]], log):
        return True
    # (or the page's own header above, a company page's "Posts" tab copied whole: the same
    # name over its follower count opened the page)
    name = content[heads[1]].text.strip()
    return any(content[x].text.strip() == name and any(kinds[y].kind == nd.COUNTER for y in range(x + 1, min(x + 5, heads[0])))
               for x in range(heads[0]))


@lru_cache(maxsize=1)
def _modal_words() -> tuple[str, ...]:
    """The sign-in table's strings of 6 characters or more (2 in a script without spaces), less
    those holding another: a modal's line holds one of them, and a line holding none is not
    searched for anchors (most long lines of a page, its paragraphs)."""
    words = {st for strings in patterns.UI_NODES["ui.sign_in"].values() for st in strings
             if len(st) >= 6 or (len(st) >= 2 and not st.isascii() and " " not in st)}
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


@lru_cache(maxsize=1)
def _modal_words_rx() -> re.Pattern[str]:
    """One search for any of :func:`_modal_words` (a substring test of 200 strings on every long
    line was 4 % of the pipeline on the batch benchmark's dumps)."""
    return re.compile("|".join(re.escape(w) for w in sorted(_modal_words(), key=re.longest_first)))


def modal_prompts(text: str) -> list:
    """The sign-in modal's prompts in ``text`` ("Sign in", "Welcome back", "Email or phone",
    "Forgot password?"…): the strong ``ui.sign_in`` anchors, in order."""
    if not _modal_words_rx().search(text) or not nd.may_hold_strong_anchor(text):
        return []
    return [m for m in nd.anchors(text) if nd._is_strong(m.group()) and nd.classify(m.group()).rule == "ui.sign_in"]


def modal_run(found: list) -> tuple[int, int] | None:
    """The sign-in modal among the matches of its prompts in one text (``found``, in order):
    its prompts stand side by side (a word or two between them, "Password Show", "Sign in
    or"), so the longest run of three or more so close, as the indices of its first and last;
    None when there is none (prompts a text's sentences part, a post about signing in)."""
    best, k = (0, 0), 0
    for x in range(1, len(found) + 1):
        if x == len(found) or found[x].start() - found[x - 1].end() > _MODAL_GAP:
            if x - k > best[1] - best[0]:
                best = (k, x)
            k = x
    return (best[0], best[1] - 1) if best[1] - best[0] >= 3 else None


# the most characters between two of the sign-in modal's prompts side by side
_MODAL_GAP = 40


def _split_spliced_modals(content: list[Line]) -> list[Line]:
    """A sign-in modal run into a line of a page copied one node per line (three of its
    prompts or more on that line, "… Sign in Welcome back Email or phone Password …") cut into
    its nodes, as a flattened page's line is: read as text, the modal stayed in the body, and
    cleaning the body again (its page gone, the line searched as a flattened one) cut it out."""
    out: list[Line] | None = None
    for k, ln in enumerate(content):
        t = ln.text
        parts = None
        if len(t) >= 150 and len(modal_prompts(t)) >= 3:
            parts = [p for p in nd.split_flattened(ln) if p.text.strip()]
        if parts is not None and out is None:
            out = content[:k]
        if out is not None:
            out.extend(parts if parts is not None else (ln,))
    return content if out is None else out


def _split_inline_heads(content: list[Line], log: RepairLog) -> list[Line]:
    """A comment's header written on one line ("Name · headline · 2d", a reply quoted under
    the comment it answers) cut into its nodes: name, headline and age (the bullets between
    them recorded as ``ui.post_meta``)."""
    out: list[Line] | None = None
    skip = -1
    for k, ln in enumerate(content):
        if k == skip:
            continue
        t = ln.text
        if ("·" in t or "•" in t) and nd.classify(t).rule == "ui.action_row" and (
                at := nd.age_led_row(t, parse_age)) is not None:
            # a phone's comment row led by the comment's age, under its text ("1w · Like ·
            # Reply · 14"): the age stands under the header above the text (name, headline),
            # where a comment's header puts it; the buttons stay where they are
            done = out if out is not None else content[:k]
            below = _header_above_row(done)
            if below is not None:
                out = done
                age, row = ln.split_at((at,))
                out.insert(below, age)
                out.append(row)
                continue
        head = _inline_head(t) if "·" in t or "•" in t else None
        if head is None and "•" in t and (at := _degree_row_age(t)) is not None:
            # a phone's comment row, "Name • 3rd+   5h": the age at the row's end stands under
            # the headline that follows, where a comment's header puts it; the row's overflow
            # menu after the age ("5h  ⋯", "5h ..." as OCR reads it) is no node
            if out is None:
                out = content[:k]
            menu = _row_menu(t)
            name, age, *rest = ln.split_at((at, menu) if menu is not None else (at,))
            for x in rest:
                log.drop_line(x, "ui.overflow_menu")
            below = content[k + 1] if k + 1 < len(content) else None
            # (the line under the row is a headline only when the comment's text follows it: a
            # line the action row closes is the text of a comment shown without a headline)
            if below is not None and _row_headline(below.text) and k + 2 < len(content) \
                    and nd.classify(content[k + 2].text).kind == nd.TEXT:
                out += [name, below, age]
                skip = k + 1
            else:
                out += [name, age]
            continue
        if head is None or head.reply or not head.bio:
            if out is not None:
                out.append(ln)
            continue
        if out is None:
            out = content[:k]
        _record_inline_head(ln, head, log)
        t = ln.text
        a = t.find(head.name) + len(head.name)
        b = t.find(head.bio, a)
        c = t.rfind(head.age.text)
        if a < len(head.name) or b < 0 or c < b + len(head.bio):
            out.append(ln)
            continue
        out.extend(p for p in ln.split_at((a, b, b + len(head.bio), c)) if p.text.strip())
    return content if out is None else out


def _header_above_row(done: list[Line]) -> int | None:
    """Where a comment's header ends among the lines before its row (``done``, the row led by
    the comment's age): the text lines after the last node that is no text (the row of the
    comment before, a sort menu, "See previous replies") open with a name line (its badge
    aside: "Ana Lee • 2nd", "Ana Lee · Author"); a headline under it when text follows the
    two (a line that reads as a headline, or one no sentence ends). None when the lines do
    not open so."""
    j = len(done)
    while j > 0 and len(done) - j < 12 and nd.classify(done[j - 1].text).kind == nd.TEXT:
        j -= 1
    block = [ln.text.strip() for ln in done[j:]]
    if len(block) < 2 or len(done) - j >= 12 or not _name_line(block[0].replace("·", "•")):
        return None
    second = block[1]
    if len(block) >= 3 and len(second) <= 150 and (_row_headline(second) or second[-1:] not in ".!?。！？…"):
        return j + 2
    return j + 1


_LAST_WORD = re.compile(r"\s(\S+)$")
_LAST_TWO_WORDS = re.compile(r"\s(\S+\s+\S+)$")


_ROW_MENU_ENDS = frozenset(patterns.APP_BAR_MENU + ".•·")
_ROW_MENU = re.compile(r"\s+(?:[" + re.escape(patterns.APP_BAR_MENU) + r"]{1,3}|\.{3}|[•·]{3})\s*$")


def _row_menu(text: str) -> int | None:
    """Where a comment row's trailing overflow menu begins ("Ana Lee • 2nd  4d  ⋯": the
    "more actions" button, read by OCR as "..." or "•••"), or None."""
    if text.rstrip()[-1:] not in _ROW_MENU_ENDS:
        return None  # (most rows: no menu glyph last)
    m = _ROW_MENU.search(text[-12:])
    return None if m is None else len(text) - len(text[-12:]) + m.start()


def _degree_row_age(text: str) -> int | None:
    """Where the age begins on a name row that carries the degree badge and the age ("Ana Lee
    • 3rd+ 5h", "Ana Lee • 2nd · 1 d", as a phone shows a comment's first row), or None. The
    row's overflow menu after the age (``_row_menu``) is not part of it."""
    t = text.rstrip()
    if (menu := _row_menu(t)) is not None:
        t = t[:menu]
    for m in (_LAST_WORD.search(t), _LAST_TWO_WORDS.search(t)):
        if m is None:
            return None
        age_text = m.group(1)
        a = parse_age(age_text)
        if a is None or a.end < len(age_text):
            continue
        at = m.start(1)
        head = t[:at].rstrip().rstrip("·").rstrip()
        cut = nd.badge_cut(head)
        if cut is not None and cut[1] == "ui.connection_degree" and is_name(head[: cut[0]].strip()):
            return at
    return None


def _row_headline(text: str) -> bool:
    """A short line that reads as a member's headline, under a phone's comment row."""
    t = text.strip()
    return 0 < len(t) <= 150 and nd.classify(t).kind == nd.TEXT and is_headline(t) and not is_name(t)


def _comment_sort(text: str) -> bool:
    """The comment list's sort menu ("Most relevant", "Meest recent")."""
    return nd.key(text) in nd.comment_sort_keys()


# What opens a card under a post's text, and how many title lines may stand above it: a
# video's player (none: the player comes first), a generated celebration card (none), a
# reading time (an article's title and byline, each maybe twice), a card's buttons (a job's
# title and company, an event's title and date), a bare domain (a link's title).
_CARD_OPENERS = {"ui.video": 0, "ui.celebration_card": 0, "ui.reading_time": 4, "ui.card_button": 4,
                 "ui.newsletter": 2}
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,12}")
_TITLE_END = (".", "!", "?", ":", ";", "…", "。", "！", "？", "：", "।")
# an arrow or a pointing hand closing a line (its skin tone and presentation selector aside):
# the writer pointing at what follows
_POINTERS = ("👇", "⬇", "↓", "👉", "➡", "→", "⤵")
_EMOJI_MODIFIERS = "\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff "


@lru_cache(maxsize=1)
def _card_buttons() -> frozenset[str]:
    return frozenset(nd.key(b) for bs in patterns.CARD_BUTTONS.values() for b in bs)


def _card_opener(content, kinds, i: int) -> int | None:
    """How many title lines may stand above line ``i`` if it opens a card, else None."""
    rule = kinds[i].rule
    if rule in _CARD_OPENERS:
        return _CARD_OPENERS[rule]
    t = content[i].text.strip()
    if nd.key(t) in _card_buttons():
        return 4
    if kinds[i].kind == nd.TEXT and len(t) <= 70 and "." in t and _DOMAIN.fullmatch(t):
        return 2
    if kinds[i].kind == nd.TEXT and len(t) <= 80 and ("·" in t or "•" in t):
        # a newsletter's card: its name, then "Weekly newsletter · 4,812 subscribers"
        head, _, rest = t.replace("•", "·").partition("·")
        if nd.classify(head.strip()).rule == "ui.newsletter" and nd.classify(rest.strip()).kind == nd.COUNTER:
            return 2
    return None


def _attachment_start(content, kinds, start: int, end: int, n: int) -> int | None:
    """Where an attachment's card begins under a post's text (``start``..``end``), found by
    the line that opens it (:func:`_card_opener`) and the title lines above it: short lines
    that do not end a sentence, no hashtag line, no chrome. ``content[end]``, the line that
    ended the body, may be the card's button ("Apply" is a button of the tables). None when
    the body holds no card."""
    opener = back = None
    for i in range(start + 1, min(end + 1, n)):
        if i == end and kinds[i].kind not in (nd.ACTION, nd.TEXT):
            break
        b = _card_opener(content, kinds, i)
        if b is not None and (i < end or b == 4):
            opener, back = i, b
            break
    if opener is None:
        return None
    j = opener
    while back and j - 1 > start and opener - (j - 1) <= back:
        t = content[j - 1].text.strip()
        if kinds[j - 1].kind != nd.TEXT or len(t) > 150 or t.endswith(_TITLE_END) or t.startswith("#") \
                or holds_link(t) or t.rstrip(_EMOJI_MODIFIERS).endswith(_POINTERS):
            break  # (a card's title gives no web address: a line that does is the post's; nor
            # does it point at the card, "Full report here 👇": the post's words introducing it)
        j -= 1
    if opener == end and j == end:
        return None  # a button with no card above it
    # the text's fold ("…more") right above the card's lines: the text ends there
    f = next((x for x in range(j - 1, max(start, j - 7), -1) if kinds[x].kind == nd.FOLD), None)
    if f is not None and all(kinds[x].kind in (nd.TEXT, nd.CHROME) and len(content[x].text.strip()) <= 150
                             and not content[x].text.strip().startswith("#") for x in range(f + 1, j)):
        j = f + 1
    return j


_PERCENT = re.compile(r"\d{1,3}(?:[.,]\d)?\s?%")


@lru_cache(maxsize=1)
def _page_count() -> re.Pattern[str]:
    return re.compile(r"\d[\d,.]*\s*(?:" + "|".join(map(re.escape, patterns.DOCUMENT_PAGE_WORDS)) + r")", re.I)


def _page_count_card(content, kinds, start: int, body_end: int, end: int) -> tuple[int, int] | None:
    """A document attached under the text: right under the text's fold ("…more") or its
    closing hashtags, a title line (short, ending no sentence), then a line of its page
    count alone, the last line of the body or the one that ended it; or the document's
    viewer, its page position ("1 / 12") among two to four short lines there (its title
    above it, again under it). The card's first line and last, or None."""
    for i in (body_end - 1, body_end):
        if not start + 2 < i < end or not content[i].text.strip()[:1].isdigit():
            continue
        t = content[i - 1].text.strip()
        if (kinds[i - 1].kind == nd.TEXT and len(t) <= 120 and not t.endswith(_TITLE_END) and not t.startswith("#")
                and (kinds[i - 2].kind == nd.FOLD or is_hashtag_line(content[i - 2].text))
                and _page_count().fullmatch(content[i].text.strip())):
            return i - 1, i
    pos = next((x for x in range(body_end - 1, max(start, body_end - 4), -1)
                if kinds[x].kind == nd.COUNTER and _PAGE_POSITION.fullmatch(content[x].text.strip())), None)
    if pos is None:
        return None
    top = next((x for x in range(pos - 1, max(start, pos - 4), -1)
                if kinds[x].kind == nd.FOLD or is_hashtag_line(content[x].text)), None)
    if top is None or not 2 <= body_end - top - 1 <= 4 or any(
            len(content[x].text.strip()) > 120 or content[x].text.strip().endswith(_TITLE_END)
            or kinds[x].kind not in (nd.TEXT, nd.COUNTER) for x in range(top + 1, body_end)):
        return None
    return top + 1, body_end - 1


# a document viewer's page position ("1 / 12"), the first page shown
_PAGE_POSITION = re.compile(r"1\s?/\s?\d{1,4}")


def _asks(text: str) -> bool:
    """Does the line end with a question mark: "?", the full-width and Arabic ones, or Greek's,
    which is ";" (U+037E is the same character once normalised) after a Greek letter?"""
    t = text.rstrip()
    if t.endswith(("?", "？", "؟")):
        return True
    return t.endswith((";", "\u037e")) and len(t) > 1 and ("\u0370" <= t[-2] <= "\u03ff" or "\u1f00" <= t[-2] <= "\u1fff")


def _poll_start(content, kinds, start: int, end: int) -> int | None:
    """A poll attached to a post: options, each followed by its share ("Weekly / 41%"), two or
    more in a row. Returns the index of the poll's question (the text line before its first
    option, past a "You can see how people vote" note), or None."""
    for i in range(start + 1, end - 3):
        pairs = 0
        j = i
        # (an option may read as a node of the tables: "10–15 minutes", a reading time's
        # shape, "10 minutes", an age's; its share under it says it is an option)
        while (j + 1 < end and kinds[j].kind in (nd.TEXT, nd.CHROME, nd.AGE) and len(content[j].text.strip()) <= 80
               and _PERCENT.fullmatch(content[j + 1].text.strip())):
            pairs += 1
            j += 2
        if pairs >= 2:
            q = i - 1
            while q > start and kinds[q].kind != nd.TEXT:
                q -= 1  # past the note on who sees the votes
            if q > start and _asks(content[q].text):
                return q
            # the note in a UI language the tables lack: one text line between the question
            # and the options ("Which one? / <who sees the votes> / A / 41% / B / 59%")
            if (q - 1 > start and q == i - 1 and kinds[q - 1].kind == nd.TEXT
                    and _asks(content[q - 1].text) and not _asks(content[q].text)
                    and content[q - 1].no + 1 == content[q].no):
                return q - 1
            return i
    # before one has voted, the options show no shares: the question, the note on who sees
    # the votes, then two or more short options
    for i in range(start + 1, end - 2):
        if (kinds[i].rule == "ui.poll" and kinds[i - 1].kind == nd.TEXT
                and _asks(content[i - 1].text) and len(content[i - 1].text.strip()) <= 150
                and all(kinds[j].kind == nd.TEXT and len(content[j].text.strip()) <= 80 for j in (i + 1, i + 2))):
            return i - 1
    # or with no note (a signed-out page): the question, two or more short options, then the
    # count of votes ("1,286 votes • 3d left") closing them
    for i in range(start + 3, min(end + 1, len(content))):
        if kinds[i].kind != nd.COUNTER or not _poll_votes().match(content[i].text):
            continue
        q = i - 1
        while q > start and i - q <= 6 and kinds[q].kind == nd.TEXT and len(content[q].text.strip()) <= 80 \
                and not _asks(content[q].text):
            q -= 1
        if i - q - 1 >= 2 and q > start and kinds[q].kind == nd.TEXT and _asks(content[q].text) \
                and len(content[q].text.strip()) <= 150:
            return q
    return None


@lru_cache(maxsize=1)
def _poll_votes() -> re.Pattern[str]:
    return re.compile(r"\s*\d[\d,.\s]*(?:" + patterns.POLL_VOTE_WORDS + r")\b", re.I)


def _fill_body(record: Record, body_lines: list[Line], blank_separated: bool, blanks, md_links,
               carded: bool = False) -> None:
    """Body, sign-off, call to action, hashtags, mentions and links from a post's body lines.
    ``carded``: an attachment's card was cut from under the text; if the text then closes
    with its hashtags, a call to action without a link of its own stays in the body (the
    card stood there before, and a line asking to "apply below" is the post's own text
    above the card); one that gives the link ("Register here: https://…", whose preview
    the card is) and the sign-off are the post's tail as anywhere else."""
    body, sign, cta = split_tail(body_lines, record.author.name if record.author else None)
    if carded and cta and is_hashtag_line(body_lines[-1].text) and not any(holds_link(ln.text) for ln in cta):
        keep = {id(ln) for ln in body} | {id(ln) for ln in cta}
        body, cta = [ln for ln in body_lines if id(ln) in keep], []
    record.sign_off = sign.text.strip() if sign else None
    record.cta = join_paragraphs(cta, blank_separated, blanks) if cta else None
    record.body = join_paragraphs(body, blank_separated, blanks)
    record.hashtags = find_hashtags("\n".join(ln.text for ln in body_lines))
    record.mentions, record.links = find_mentions_and_links(body_lines, md_links)


@lru_cache(maxsize=1)
def _trailing_fold() -> re.Pattern[str]:
    """A fold of the tables that starts with an ellipsis, at the very end of a line."""
    folds = sorted({f for fs in patterns.UI_NODES["ui.more_fold"].values() for f in fs
                    if f.startswith(("…", "..."))}, key=re.longest_first)
    # ((?<!\s): a search tries the pattern at every place; only at the start of a run of spaces
    # may it take the run, so a line of spaces costs one pass, not one per space)
    return re.compile(r"(?<!\s)\s*(?:" + "|".join(re.escape(f) for f in folds) + r")\s*$", re.I)


def _find_trailing_fold(text: str) -> re.Match[str] | None:
    """:func:`_trailing_fold` searched in ``text``, only when it holds an ellipsis (every such
    fold starts with one): the pattern opens with ``\\s*``, so a search tries it at every
    character, which on a body's lines of prose costs more than all the rest of the body."""
    if "…" not in text and "..." not in text:
        return None
    return _trailing_fold().search(text)


def _byline_headline(text: str) -> bool:
    """The headline under an article's byline: short, list-like or not a sentence."""
    t = text.strip()
    if not t or len(t) > 200:
        return False
    if any(sep in t for sep in ("|", "•", " @ ")):
        return True
    return is_headline(t) and (not t.endswith((".", "!", "?", "。", "！", "？")) or ends_with_abbreviation(t)) \
        and len(t.split()) <= 20


def _strip_badge(line: Line, log: RepairLog, known: bool = False) -> None:
    """"Lena Hartmann • Following", "Ana Lee • 2nd": a badge after a bullet on the name
    line is chrome; it is removed, recorded with its rule. ``known``: only a badge that is
    chrome without its bullet too (not any short words after a bullet)."""
    t = line.text
    found = nd.badge_cut(t)
    if found is not None and known and nd.classify(t[found[0]:].strip().lstrip("•· ")).kind == nd.TEXT:
        return
    if found is not None:
        start, rule = found
        log.edit(line, rule, [(start, len(t.rstrip()), "")])


def _name_line(text: str) -> bool:
    """A name line, its badge after a bullet aside ("Ana Lee • 3rd+")."""
    found = nd.badge_cut(text)
    return is_name(text[:found[0]] if found else text)


def _embedded_header(content, kinds, start: int, end: int) -> tuple[int, int | None, int] | None:
    """The header of a reposted post inside a post's body, after the reposter's commentary:
    a name line (its badge aside), an optional headline, badge lines between them, then an
    age line (or an age with the visibility), then the original's text. Found by structure
    alone, in any UI language. Returns (name, headline or None, age) indexes, or None."""
    for k in range(start + 2, end - 1):
        if not (kinds[k].kind == nd.AGE or (kinds[k].rule == "ui.visibility" and node_age(content[k].text))):
            continue
        # the original's text follows the age (past the visibility and buttons)
        if not any(kinds[x].kind == nd.TEXT for x in range(k + 1, min(end, k + 5))):
            continue
        texts: list[int] = []
        paged = False  # a page's follower count where a headline would stand ("2.318 takipçi")
        j = k - 1
        while j > start and k - j <= 6 and len(texts) < 2:
            if kinds[j].kind == nd.TEXT:
                texts.append(j)
            elif kinds[j].kind == nd.COUNTER and not texts and _follower_count(content[j].text):
                paged = True
            elif kinds[j].rule != "ui.connection_degree":
                break
            j -= 1
        if not texts:
            continue
        near = texts[0]  # the text line closest to the age
        far = texts[1] if len(texts) > 1 else None
        if paged:
            if not (_loose_name(content[near].text) and any(c in content[k].text for c in "•·")):
                continue
            name_i, bio_i = near, None  # a page's name over its follower count
        elif far is not None and _name_line(content[far].text) and not _name_line(content[near].text) \
                and is_headline(content[near].text) and len(content[near].text.strip()) <= 220:
            name_i, bio_i = far, near
        elif _name_line(content[near].text) and any(c in content[k].text for c in "•·"):
            # a name alone (a mobile copy): only with a header's age line ("2 h •"), not a
            # list's ("Title / Name / 1 year ago")
            name_i, bio_i = near, None
        else:
            continue
        # the reposter's commentary stands before it
        if not any(kinds[x].kind == nd.TEXT for x in range(start, name_i)):
            continue
        return name_i, bio_i, k
    return None


# Under an article's byline: a label of one to three words, a colon and a date with its year
# ("Published: 12 Mar 2025", "Yayınlanma tarihi: 12 Mar 2025", "Data: 2025-03-12").
_PUBLISHED_ON = re.compile(
    r"^[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){0,2}\s?[:：]\s?(?:\d{1,2}[./]?\s?[^\W\d_]{3,10}\.?,?\s\d{4}"
    r"|[^\W\d_]{3,10}\.?\s\d{1,2},?\s\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})$"
)


def _article_page_header(content, kinds, used, ra, record, log, drop, title_at=None) -> int:
    """An article page: ``Title / Report this article / Name [/ Name] / Published … / Follow``;
    with ``title_at``, the title stands there and the byline follows it (``ra`` is then the line
    after the title). Returns where the body starts."""
    n = len(content)
    if title_at is not None:
        record.title = content[title_at].text.strip()
        used[title_at] = True
    else:
        for j in range(ra - 1, max(-1, ra - 4), -1):
            if kinds[j].kind == nd.TEXT:
                if j >= 1 and kinds[j - 1].kind == nd.TEXT and subtitle_at(content, j):
                    j -= 1  # (a subtitle under the title, over the anchor: the page's, the title above it)
                elif j >= 1 and kinds[j - 1].kind == nd.TEXT and _subscribe_card_names(content, content[j].text):
                    # the newsletter's name under the edition's title, over the anchor: the page's
                    # subscribe card names it ("Subscribe to The Ledger…"); the title is above it
                    drop(j, "ui.newsletter")
                    j -= 1
                record.title = content[j].text.strip()
                used[j] = True
                break
    j = ra + 1 if title_at is None else ra
    name = bio = None
    past_meta = False  # the date or a button after the name: the headline, if any, came before
    while j < n and j <= ra + 7:
        t = content[j].text.strip()
        if kinds[j].kind == nd.TEXT and name is None and record.title and t == record.title:
            # the title again under the anchor (the cover's label, then the heading): its copy
            drop(j, "ui.doubled_label")
        elif kinds[j].kind == nd.TEXT and name is None and (is_name(t) or _loose_name(t)):
            name = t
            used[j] = True
        elif kinds[j].kind == nd.TEXT and name is not None and t == name:
            drop(j, "ui.doubled_label")
        elif kinds[j].kind == nd.TEXT and name is not None and _PUBLISHED_ON.match(t):
            drop(j, "ui.published")  # "Yayınlanma tarihi: 12 Mar 2025": a date line, any wording
            past_meta = True
        elif (kinds[j].kind == nd.TEXT and name is not None and bio is None and not past_meta
              and len(t) <= 220 and is_headline(t)):
            bio = t  # the author's headline under the byline (before the date and "Follow")
            used[j] = True
        elif kinds[j].kind == nd.TEXT:
            break
        else:
            drop(j)
            # (the name's connection degree on a line of its own, "• 2nd", is the byline's:
            # the headline follows it)
            past_meta = past_meta or (name is not None and kinds[j].rule != "ui.connection_degree")
        j += 1
    record.author = Author(name, bio)
    if record.shape == "post_page":
        record.shape = "article_page"
    for x in range(0, ra + 1 if title_at is None else title_at):
        if not used[x]:
            drop(x, kinds[x].rule if nd.is_chrome(kinds[x]) else "ui.page_header")
    return j


def _post_comments(content, kinds, used, start, end, log, drop, doc="", glued=False,
                   nested_lists: bool = False, post_author: str | None = None) -> list[Comment]:
    def is_age(i: int) -> bool:
        return kinds[i].kind == nd.AGE

    # comment anchors: "Report this comment" when the page has them, else age nodes
    anchors = [i for i in range(start, end) if kinds[i].kind == nd.REPORT_COMMENT]
    anchors_reported = bool(anchors)
    if anchors:
        heads_at = []
        for a in anchors:
            j = a - 1
            while j >= start and nd.is_chrome(kinds[j]) and kinds[j].kind not in (nd.ACTION, nd.COUNTER):
                j -= 1
            heads_at.append(j if j >= start and is_age(j) else None)
        # a comment shown without its "Report this comment" line (a reply on a public page): an
        # age under a name (and headline) that follow the buttons of the comment before it
        extra = [i for i in range(anchors[0], end) if is_age(i) and i not in heads_at
                 and _after_buttons_header(kinds, used, i, anchors[0])]
        if extra:
            pairs = sorted([*zip(anchors, heads_at), *((i, i) for i in extra)],
                           key=lambda p: p[1] if p[1] is not None else p[0])
            anchors, heads_at = [p[0] for p in pairs], [p[1] for p in pairs]
    else:
        anchors = [i for i in range(start, end) if is_age(i)]
        heads_at = list(anchors)
    glued_ages: dict[int, tuple] = {}
    if anchors and not anchors_reported:
        # comments with an age line of their own, and among them one whose age is glued to its
        # text ("5 Tg.Bei uns…"): its header after the buttons of the comment before it
        glued_ages = {i: g for i, g in _glued_age_lines(content, kinds, used, start, end).items()
                      if _after_buttons_header(kinds, used, i, start)}
        if glued_ages:
            pairs = sorted([*zip(anchors, heads_at), *((i, None) for i in glued_ages)], key=lambda p: p[0])
            anchors, heads_at = [p[0] for p in pairs], [p[1] for p in pairs]
    if not anchors:
        # no anchor and no age of its own: "2 Wo.Tolle Zusammenfassung…" (the age glued to the
        # comment's text) under a header, the comment's buttons after it
        glued_ages = _glued_age_lines(content, kinds, used, start, end)
        anchors = sorted(glued_ages)
        heads_at = [None] * len(anchors)
    comments: list[Comment] = []
    blocks = []
    pages: set[int] = set()  # the blocks whose one header line is a page's name over its follower count
    page_names: set[int] = set()  # a page's name over its follower count: the whole line is the name
    for idx, a in enumerate(anchors):
        age_i = heads_at[idx]
        top = age_i if age_i is not None else a
        heads = []
        paged = False  # (a follower count under the name: a page's byline, its name alone)
        j = top - 1
        prev_limit = anchors[idx - 1] if idx else start - 1
        while j > prev_limit and len(heads) < 2:
            if kinds[j].kind == nd.TEXT and not used[j] and _button_count_at(content, kinds, j, prev_limit):
                break  # "Reageren / 1 reactie": the comment before's reply count, no name
            if not heads and _page_follower_line(content, kinds, used, j, prev_limit):
                # a page commenting: "Acme Inc / 12,407 followers / 2d": the count stands where a
                # person's headline would; the name alone is the header (no bio)
                drop(j, "ui.follower_count")
                heads.append(j - 1)
                page_names.add(j - 1)
                break
            elif kinds[j].kind == nd.TEXT and not used[j]:
                heads.append(j)
            elif kinds[j].kind == nd.COUNTER and not heads and _follower_count(content[j].text):
                paged = True  # a page's byline: "Acme Inc / 3,812 followers / 1d" (its count is no header's end)
            elif kinds[j].kind in (nd.ACTION, nd.COUNTER, nd.REPORT_COMMENT, nd.MORE_COMMENTS):
                break
            j -= 1
        heads.reverse()
        if paged and len(heads) == 1 and _loose_name(content[heads[0]].text):
            pages.add(idx)
        blocks.append((heads, age_i, a))
    # "2 Replies on X’s comment" before a comment: it and the next ones answer the comment above
    reply_counts: list[int] = []
    bare_marker: list[bool] = []
    loose: list[bool] = []
    for idx, (heads, age_i, a) in enumerate(blocks):
        top = min([*heads, age_i if age_i is not None else a])
        lo = blocks[idx - 1][2] if idx else start
        count, bare, counted_only = _marker_count([(content[x].text, kinds[x]) for x in range(lo, top)])
        reply_counts.append(count)
        bare_marker.append(bare)
        loose.append(counted_only)
    announced_after: list[int] = []  # "N replies" on each comment's action row
    by_author: list[bool] = []  # the post author's badge ("Author") in the comment's header
    for idx, (heads, age_i, a) in enumerate(blocks):
        top = age_i if age_i is not None else a
        by_author.append(bool(heads) and (any(
            _author_badge_line(content[x].text, kinds[x]) for x in range(heads[0] + 1, top))
            or any(_badge_is_author(content[x].text) for x in heads)))
        name = bio = None
        for x in heads:
            # "Luca Bellandi • 1°": the degree badge is chrome (on a headline, only a badge the
            # tables know without its bullet: "Data Analyst | SQL • Power BI" ends in a skill)
            _strip_badge(content[x], log, known=x != heads[0])
        if heads and _strip_author_badge(content[heads[0]], log):
            by_author[-1] = True  # "Name Author" on one node (a flattened page, a mobile copy)
        if len(heads) == 2:
            name, bio = content[heads[0]].text.strip(), content[heads[1]].text.strip()
            if not is_name(name):
                before = heads[0] - 1
                # (the share menu after the post's buttons ends a row too: "… Copy LinkedIn X")
                after_chrome = before < start or kinds[before].kind in (
                    nd.ACTION, nd.COUNTER, nd.REPORT_COMMENT, nd.MORE_COMMENTS) or kinds[before].rule == "ui.share_target"
                n0, r0 = split_name_headline(content[heads[0]].text, None, doc, glued)
                up = heads[0] - 1
                if glued and after_chrome and n0 and len(n0.split()) >= 2:
                    # a headline that ran over two nodes: "Name Headline…" + "…rest"
                    n0, r0 = split_header(content[heads[0]], log, None, doc, glued, runs_on=True)
                    name, bio = n0, " ".join(x for x in (r0, bio) if x)
                elif (not after_chrome and up > (anchors[idx - 1] if idx else start - 1) and kinds[up].kind == nd.TEXT
                      and not used[up] and is_name(content[up].text.strip()) and _header_over_chrome(kinds, up, start)
                      and len(name) + len(bio) <= 160):
                    # the name, then a headline wrapped over two lines (a screen's width, the
                    # lines a text recogniser read): the three lines between the chrome and the age
                    _strip_badge(content[up], log)
                    heads = [up, *heads]
                    name, bio = content[up].text.strip(), name + " " + bio
                else:
                    # the first is the previous comment's last line; only the second is a header
                    heads = heads[1:]
                    name, bio = split_header(content[heads[0]], log, None, doc, glued)
        elif len(heads) == 1 and (heads[0] in page_names or idx in pages or (
                (_shown_twice(content[heads[0]], log) or (post_author and nd.key(content[heads[0]].text) == nd.key(post_author)))
                and _loose_name(content[heads[0]].text))):
            # "Považské strojárne, a.s." over its follower count, a name the page showed twice, the
            # post's author (a school's or a company's page): a name alone, whole
            name = content[heads[0]].text.strip()
        elif len(heads) == 1:
            name, bio = split_header(content[heads[0]], log, None, doc, glued)
        for x in heads:
            used[x] = True
        age = None
        if age_i is not None:
            age = use_age(content[age_i], kinds[age_i].rule, log)
            used[age_i] = True
        first_text: list[Line] = []
        if a in glued_ages:
            age, rest = glued_ages[a]
            _record_age_separator(content[a], age.text, log)
            first_text = [content[a].split_at([content[a].text.rfind(rest)])[-1]]
            used[a] = True
        nxt_top = end
        if idx + 1 < len(blocks):
            h2, a2, an2 = blocks[idx + 1]
            nxt_top = min([*h2, a2 if a2 is not None else an2])
        text_lines = first_text
        reactions = None
        seen_action = False
        after_reply = False  # right after the Reply button (separators between)
        announced = 0
        closed = False
        for x in range(a + 1, nxt_top):
            k = kinds[x]
            if (seen_action or used[x]) and _ROW_FILLER_LINE.match(content[x].text):
                continue
            by_button = _button_reply_count(content[x].text) if after_reply else None
            # (the button may be used already: the row's buttons are dropped before)
            after_reply = k.kind == nd.ACTION and nd.key(content[x].text) in _reply_buttons() or (
                after_reply and by_button is not None)
            if used[x]:
                continue
            if by_button is not None:
                announced = by_button  # "Reageren / 1 reactie": the word for comments, after Reply
                drop(x)
            elif k.kind == nd.TEXT and not seen_action:
                text_lines.append(content[x])
                used[x] = True
            elif k.kind == nd.COUNTER and seen_action and (n_rep := _reply_count(content[x].text)) is not None:
                announced = n_rep  # "Reply · 1 reply"
                drop(x)
            elif k.rule in _ROW_RULES and (n_rep := _reply_count(content[x].text, True)):
                announced = n_rep  # "Antworten · 1 Antwort"
                seen_action = True
                drop(x)
            elif k.kind == nd.COUNTER and seen_action and reactions is None and not closed:
                reactions = _count(content[x].text)
                drop(x)
            elif k.kind in (nd.ACTION, nd.MORE_COMMENTS):
                seen_action = True  # ("See more comments" closes the list: nothing after it is this comment's,
                closed = closed or k.kind == nd.MORE_COMMENTS  # not a count under it: a newsletter's subscribers)
                drop(x)
            elif nd.is_chrome(k):
                drop(x)
        if a != age_i and a not in glued_ages:
            drop(a)
        for end_line in (0, -1):  # "GIF", "Image": the label of a picture the comment is or ends with
            if text_lines and nd.key(text_lines[end_line].text) in _comment_media():
                log.drop_line(text_lines.pop(end_line), "ui.comment_media")
        comments.append(Comment(Author(name, bio), age.text if age else None, age.iso if age else None,
                                join_paragraphs(text_lines, False).replace("\n\n", "\n"), reactions))
        announced_after.append(announced)
    if nested_lists:
        quoted = _quoted_headers([content[heads[0] if heads else (age_i if age_i is not None else a)]
                                  for heads, age_i, a in blocks], log)
        if quoted is not None:
            return _nest_by_indent(comments, quoted)
        # a Markdown copy nests replies as list items under the comment they answer: the
        # indentation of each comment's age line says how deep it stands (a header on one
        # line, cut into nodes, stands as deep as the comment before it)
        indents = []
        for heads, age_i, a in blocks:
            ln = content[age_i if age_i is not None else a]
            if heads and content[heads[0]].no == ln.no:
                indents.append(indents[-1] if indents else 0)
                continue
            indents.append(ln.original_column(len(ln.text) - len(ln.text.lstrip())) - 1)
        if len(set(indents)) > 1:
            return _nest_by_indent(comments, indents)
    elif len(blocks) > 1:
        # (a list's depth each header's first line stood at: a screen reader's "list item
        # level 2", an HTML page's nested list)
        depths = [content[heads[0] if heads else (age_i if age_i is not None else a)].depth
                  for heads, age_i, a in blocks]
        if depths[0] and len(set(depths)) > 1 and depths[0] == min(depths):
            return _nest_by_indent(comments, depths)
        indents = _reply_indents(content, blocks, comments)
        if indents is not None:
            return _nest_by_indent(comments, indents)
    badged = by_author
    if post_author:
        # the post's author answering under a comment whose row counts its replies, with no
        # badge shown (a company or showcase page's name has none): the author's, as a badge says
        own = nd.key(post_author)
        by_author = [b or nd.key(c.author.name or "") == own for b, c in zip(by_author, comments)]
    return _thread_replies(comments, announced_after, reply_counts, bare_marker, by_author, loose, badged)


def _header_over_chrome(kinds, i: int, start: int) -> bool:
    """Does a comment's header line at ``i`` open the comment: the comments' start, a row
    of buttons, a count or a sort above it?"""
    return i - 1 < start or kinds[i - 1].kind in (nd.ACTION, nd.COUNTER, nd.REPORT_COMMENT, nd.MORE_COMMENTS) \
        or nd.is_chrome(kinds[i - 1])


@lru_cache(maxsize=1)
def _follower_words() -> tuple[str, ...]:
    return tuple(w.casefold() for w in patterns.FOLLOWER_WORDS)


def _follower_count(text: str) -> bool:
    """A page's follower count ("3,812 followers", "1 204 sledujúcich"): a number and a word
    for followers (``patterns.FOLLOWER_WORDS``)."""
    t = text.casefold()
    return any(c.isdigit() for c in t) and any(w in t for w in _follower_words())


def _marker_count(items: Sequence[tuple[str, nd.Kind]]) -> tuple[int, bool, bool]:
    """The replies a marker before a comment announces, from the lines (text, kind) between
    the comment before it and its header: "2 Replies on X’s comment", "Load previous
    replies" (one, a bare marker), a "N replies" count before the marker, less those "View 3
    previous replies" says stay folded. Returns the count, whether the marker was bare
    (numberless, with no count), and whether the count is only the row's, over a numberless
    marker ("2 replies" / "Load previous replies": how many of them the page shows, the
    marker does not say)."""
    count = 0
    counted = 0  # "2 replies" on the action row above a marker: how many it announces
    hidden = 0  # "View 3 previous replies": how many of them the page left folded
    bare = False  # only a numberless marker ("Load previous replies") and no count
    for text, kind in items:
        if kind.rule == "ui.replies_marker":
            # "4 Replies on X’s comment" then "Load previous replies": the number counts
            m = re.match(r"\s*(\d+)", text)
            inner = None if m else re.search(r"\d+", text)
            bare = not m and not inner and not counted and not count
            count = max(count, int(m.group(1)) if m else 1, counted)
            if inner:
                hidden += int(inner.group(0))
        elif kind.kind == nd.COUNTER or kind.rule == "ui.action_row":
            n_rep = _reply_count(text, kind.rule == "ui.action_row")
            if n_rep is not None:
                counted = n_rep
    if hidden and count > hidden:
        count -= hidden  # "5 replies", "View 3 previous replies": two are shown
    # (a marker that names its number, "2 Replies on X’s comment", says how many follow: the
    # numberless "Load previous replies" beside it no longer makes the count only the row's)
    markers = [bool(re.search(r"\d", text)) for text, kind in items if kind.rule == "ui.replies_marker"]
    numberless = bool(markers) and not any(markers)
    return count, bare, numberless and not bare and not hidden and count == counted


def _row_replies(items: Sequence[tuple[str, nd.Kind]]) -> int:
    """The replies a comment's own row announces, from the lines (text, kind) after its text:
    a counter after a button ("Reply · 1 reply" on two lines) or an action row written on one
    line ("Antworten · 1 Antwort")."""
    seen_action = False
    after_reply = False
    announced = 0
    for text, kind in items:
        if seen_action and _ROW_FILLER_LINE.match(text):
            continue
        by_button = _button_reply_count(text) if after_reply else None
        after_reply = kind.kind == nd.ACTION and nd.key(text) in _reply_buttons() or (
            after_reply and by_button is not None)
        if by_button is not None:
            announced = by_button
        elif kind.kind == nd.COUNTER and seen_action and (n_rep := _reply_count(text)) is not None:
            announced = n_rep
        elif kind.rule in _ROW_RULES and (n_rep := _reply_count(text, True)):
            announced = n_rep
            seen_action = True
        elif kind.kind in (nd.ACTION, nd.MORE_COMMENTS):
            seen_action = True
    return announced


def _thread_replies(comments: list[Comment], announced: list[int], reply_counts: list[int],
                    bare_marker: Sequence[bool], by_author: Sequence[bool], loose: Sequence[bool] = (),
                    badged: Sequence[bool] = ()) -> list[Comment]:
    """Where a page shows replies, the comments nested under the comment they answer (post
    pages and articles alike): ``reply_counts`` from a marker before each comment,
    ``announced`` from a count on each comment's own row (its replies then open with a
    mention of the commenter or carry the post author's badge, ``by_author``), ``bare_marker``
    where the only marker is a numberless "Load previous replies". On a page that marks no
    replies at all, the post author's answers (``badged``: the author's badge shown) after
    another person's comment are that comment's replies (:func:`_flat_author_answers`)."""
    if len(badged) == len(comments) and not any(reply_counts) and not any(announced) and not any(bare_marker):
        return _nest_replies(comments, _flat_author_answers(badged, by_author, comments))
    counts = _mentioned_replies(comments, announced, reply_counts, by_author)
    _close_after_replies(counts, bare_marker)
    # a numberless marker shows one reply at least; the commenter answering back right after
    # it, in their own thread, is the thread's too (as on a row that counts its replies)
    for i in range(1, len(counts)):
        opener = nd.key(comments[i - 1].author.name or "")
        if bare_marker[i] and counts[i] == 1 and opener and not any(counts[i + 1: i + 2]):
            j = i + 1
            while j < len(comments) and not counts[j] and nd.key(comments[j].author.name or "") == opener:
                j += 1
            counts[i] = j - i
    # a row's count over a numberless marker ("2 replies" / "Load previous replies"): the
    # first comment after it is a reply; the next ones are while they answer the thread (name
    # its opener, are the opener's or carry the post author's badge): the page may show
    # fewer than it counts
    for i in range(1, len(counts)):
        opener = comments[i - 1].author.name
        if i < len(loose) and loose[i] and counts[i] > 1 and opener:
            j = i + 1
            thread = _Thread(comments, i)
            while j < min(len(comments), i + counts[i]) and not counts[j] and (
                    _addresses(comments[j].text, opener) or (j < len(by_author) and by_author[j])
                    or nd.key(comments[j].author.name or "") == nd.key(opener)
                    or thread.answers(j)):
                j += 1
            counts[i] = j - i
    return _nest_replies(comments, counts)


def _flat_author_answers(badged: Sequence[bool], by_author: Sequence[bool],
                         comments: Sequence[Comment] = ()) -> list[int]:
    """On a page that marks no replies at all (no count, no marker, no indentation), the
    comments that carry the post author's badge ("Author", "Autor", "作者"…, ``badged``) right
    after another person's comment answer it: they become its replies, as replies markers
    would count them (the flat page hides the indentation; held-out 7, 11, 12, 28, 50 and
    53–55 label it so). A run of such answers in a row all go under that comment (the author
    answering twice, or a note then a link, in the thread). The author's comments that follow
    no one else's (the thread's first comment, "link in the first comment", or the author's
    answers right after it) stay top-level, and so does a comment of the author known only by
    the name (``by_author``, no badge: a company page's own name), which is not taken as an
    answer nor answered under, unless it is a person's (a headline under the name, which a
    page's has not) and calls the writer of the comment before it by name ("Thank you,
    Zeynep!", :func:`_calls_by_name`): then it answers that comment as a badged one does. Returns the counts :func:`_nest_replies` takes."""
    counts = [0] * len(badged)
    i = 1
    while i < len(badged):
        if (badged[i] or (by_author[i] and i < len(comments) and comments[i].author.bio
                          and comments[i - 1].author.name
                          and _calls_by_name(comments[i].text, comments[i - 1].author.name))) and not by_author[i - 1]:
            j = i + 1
            while j < len(badged) and badged[j]:
                j += 1
            counts[i] = j - i
            i = j
        else:
            i += 1
    return counts


def _calls_by_name(text: str, name: str) -> bool:
    """Does the text name the writer ``name`` anywhere in its first lines, as a word: the whole
    name, the first name ("…, Zeynep!", "Danke dir, Lukas"), or a Chinese name without its
    surname? (How one answers someone in a thread; :func:`_addresses` asks for it at the start.)"""
    full = name.strip()
    if not full:
        return False
    if is_cjk_text(name):
        given = name.replace(" ", "")[1:]
        return len(given) >= 2 and given in text[:300]
    # (the whole name case-folded; the first name as written, capitalised: "will do" names no Will)
    # (the first name alone is a call only where no sentence opens on it: "Will do", "Mark my
    # words" open on a verb spelled like a name; "Mark, exactly", "Thanks Will", "…, Will!" call)
    for t, key, first in ((text[:300].casefold(), full.casefold(), False),
                          (text[:300], full.split(None, 1)[0], True)):
        if len(key) < 3:
            continue
        at = t.find(key)
        while at >= 0:
            end = at + len(key)
            if not t[at - 1 : at].isalnum() and not t[end : end + 1].isalnum() and (
                    not first or not _opens_sentence(t, at) or t[end:end + 3].lstrip(" ")[:1] in (",", "!", "?", "，", "！", "？")):
                return True
            at = t.find(key, at + 1)
    return False


def _opens_sentence(text: str, at: int) -> bool:
    """Does a sentence open at ``text[at]``: the text's start, or after a stop, a line break
    or an opening mark, spaces between?"""
    k = at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n:;\"'“(…。！？"


def _close_after_replies(counts: list[int], bare_marker: Sequence[bool]) -> None:
    """"Load previous replies" right after a reply (the thread's older replies folded above it)
    closes that thread: it does not make the next comment a reply (its count of 1 becomes 0).
    Whether a thread before the marker reaches the comment before it is the furthest reach of
    the threads opened so far, kept as the walk goes (a look back over every thread at each
    marker was square in the number of comments)."""
    reach = -1
    for i in range(1, len(counts)):
        if bare_marker[i] and counts[i] == 1 and reach >= i - 1:
            counts[i] = 0
        if counts[i]:
            reach = max(reach, i + counts[i] - 1)


def _under_post_bar(content, kinds, age: int) -> bool:
    """Is the first byline's age (``age``) a comment's, below the post's own bar: text, then a
    counter and a row of three or more buttons ("Like / Comment / Share"), all above its header,
    and under it a comment's shape (its "Report" line, or a row of at most two buttons, "Like /
    Reply", after its text)? Then the selection began at the post's text: there is no header."""
    bar = None
    for i in range(age - 1, 0, -1):
        if kinds[i].kind == nd.ACTION and kinds[i - 1].kind == nd.ACTION:
            run = i - 1
            while run > 0 and kinds[run - 1].kind == nd.ACTION:
                run -= 1
            if i - run + 1 >= 3 and run > 0 and kinds[run - 1].kind == nd.COUNTER:
                bar = run - 1
            break
        if age - i > 4 or kinds[i].kind != nd.TEXT:
            return False  # (only a name and a headline between the bar and the age)
    if bar is None or not any(kinds[x].kind == nd.TEXT for x in range(bar)):
        return False
    for j in range(age + 1, min(len(kinds), age + 8)):
        k = kinds[j].kind
        if k == nd.REPORT_COMMENT:
            return True
        if k == nd.ACTION:
            run = j
            while run < len(kinds) and kinds[run].kind == nd.ACTION:
                run += 1
            return run - j <= 2 and kinds[j - 1].kind == nd.TEXT
        if k != nd.TEXT:
            return False
    return False


def _comment_before_row(content, kinds, start: int, row: int) -> int:
    """Where the body ends when the first row of buttons under it is a comment's: a comment's
    header (a name, maybe a headline, then an age alone on its line) and its text (three
    lines at most) stand right above the row, the post's own counters and buttons unknown or
    missing (a page in a UI language the tables lack, its post's row not repeated to learn
    from): the body ends at the name. Else ``row``."""
    k = row - 1
    while k > start and row - k <= 3 and kinds[k].kind == nd.TEXT:
        k -= 1
    if k == row - 1 or kinds[k].kind != nd.AGE or kinds[k + 1].kind != nd.TEXT:
        return row
    heads = 0
    h = k - 1
    while h > start and heads < 2 and kinds[h].kind == nd.TEXT and len(content[h].text.strip()) <= 150:
        heads += 1
        h -= 1
    if not heads or h < start or not is_name(content[k - heads].text.strip()):
        return row
    return k - heads


def _page_follower_line(content, kinds, used, j: int, lo: int) -> bool:
    """Is line ``j``, right above a comment's age (or its glued text), a page's follower
    count ("12,407 followers", "フォロワー5,120人", "٢٨٬٤١٠ متابع", "Followers: 1,234") under the
    page's name: a counter with a word (not a bare number, not a reply count) below a text line?"""
    if j - 1 <= lo or kinds[j - 1].kind != nd.TEXT or used[j - 1]:
        return False
    t = content[j].text
    if kinds[j].kind == nd.TEXT and not used[j]:
        return nd.colon_count(t)  # "Подписчики: 8 410", "Followers: 1,234"
    if kinds[j].kind != nd.COUNTER:
        return False
    return any(c.isalpha() for c in t) and _reply_count(t) is None and _reply_count(t, True) is None


def _reply_indents(content, blocks, comments: list[Comment]) -> list[int] | None:
    """A plain copy (the mobile app's, a page's indented thread) that marks replies by
    indenting them: each comment's depth, from the leading whitespace of its header's first
    line, when the comments stand at more than one depth, the first at the least, and each
    indented comment's header lines stand as deep as its first (a whole reply header
    indented, not one ragged line). None when the copy does not indent so."""
    def indent(x: int) -> int:
        t = content[x].text
        return len(t) - len(t.lstrip())

    indents: list[int] = []
    for heads, age_i, a in blocks:
        first = heads[0] if heads else (age_i if age_i is not None else a)
        ind = indent(first)
        if ind and any(indent(x) != ind for x in heads):
            return None
        indents.append(ind)
    if len(set(indents)) < 2 or indents[0] != min(indents) or len(indents) != len(comments):
        return None
    return indents


def _nest_by_indent(comments: list[Comment], indents: list[int]) -> list[Comment]:
    """Each comment under the nearest comment before it that stands less indented (as deep
    as the list goes: a reply to a reply is nested twice)."""
    out: list[Comment] = []
    stack: list[tuple[int, Comment]] = []
    for c, ind in zip(comments, indents):
        while stack and stack[-1][0] >= ind:
            stack.pop()
        (stack[-1][1].replies if stack else out).append(c)
        stack.append((ind, c))
    return out


def _after_buttons_header(kinds, used, i: int, lo: int) -> bool:
    """Is the age at ``i`` a comment's: one or two text lines (name, headline; chrome such
    as the author's badge between them) before it, and the buttons or counters of the comment
    before them?"""
    texts = 0
    j = i - 1
    while j > lo:
        k = kinds[j]
        if k.kind == nd.TEXT and not used[j]:
            texts += 1
            if texts > 2:
                return False
        elif k.kind in (nd.ACTION, nd.COUNTER):
            return texts >= 1
        elif k.kind in (nd.AGE, nd.REPORT_COMMENT, nd.REPORT_POST, nd.MORE_COMMENTS, nd.END):
            return False
        j -= 1
    return False


def _author_card(content, kinds, used, start, end, name: str) -> int | None:
    """The author's card after the comments: a line left over that is the author's name, the
    next a headline, then (within two lines) a counter, a button or "View profile" — no age, so
    no comment's header. Returns the name line's index."""
    want = nd.key(name)
    for i in range(start, end - 2):
        if used[i] or used[i + 1] or kinds[i].kind != nd.TEXT or nd.key(content[i].text) != want:
            continue
        bio = content[i + 1].text.strip()
        if kinds[i + 1].kind != nd.TEXT or len(bio) > 220 or not is_headline(bio):
            continue
        after = [kinds[x] for x in range(i + 2, min(end, i + 4))]
        if after and (after[0].kind in (nd.COUNTER, nd.ACTION) or after[0].rule == "ui.sign_in"):
            return i
    return None


def _glued_age_lines(content, kinds, used, start, end) -> dict[int, tuple]:
    """Lines that open with an age glued to a comment's text, a header line before them and the
    comment's buttons (or another such comment) after them: line -> (age, text after it)."""
    out = {}
    for i in range(start + 1, end):
        if kinds[i].kind != nd.TEXT or used[i]:
            continue
        h = i - 1
        while h > start and i - h <= 2 and (_author_badge_line(content[h].text, kinds[h])
                                            or kinds[h].rule == "ui.connection_degree"
                                            or _page_follower_line(content, kinds, used, h, start)):
            # (no headline between the name and the text: the post's author replying, "Name /
            # Author / 1dThanks…", or a commenter who shows none, "Name / • 2nd / 1dAgreed")
            h -= 1
        if kinds[h].kind != nd.TEXT:
            continue
        nxt = next((k for k in range(i + 1, min(end, i + 4)) if kinds[k].kind != nd.TEXT), None)
        if nxt is None or kinds[nxt].kind != nd.ACTION:
            continue
        glued = split_glued_age(content[i].text)
        if glued is not None and glued[1]:
            out[i] = glued
    return out


_REPLY_COUNT = re.compile(r"\s*\d[\d,.]*\s*(?:" + patterns.REPLY_WORDS + r"|Antworten)\s*$", re.I)
# the word first, the number after it ("답글 1개", "返信 2件")
_REPLY_COUNT_AFTER = re.compile(r"\s*(?:(?:" + patterns.REPLY_WORDS + r")\s*(\d[\d,.]*)\s*(?:" + patterns.COUNT_SUFFIXES
                                + r")?|(?:" + patterns.REPLY_WORDS_FIRST + r")\s*(\d[\d,.]*)\s*(?:"
                                + patterns.COUNT_SUFFIXES + r"))\s*$", re.I)


def _reply_count(text: str, row: bool = False) -> int | None:
    """The replies a comment's row announces: "1 reply", "답글 1개", or one part of an action
    row written on one line ("Antworten · 1 Antwort", "Répondre · 1 réponse"; ``row``)."""
    learned = LEARNED.get()
    if learned is not None and learned.replies:
        hit = learned.replies.get(nd.key(text))
        if hit is not None:
            return hit  # "Reply" / "1 reply" in a UI the tables do not know: learned
    for part in (nd.ROW_SEPARATOR.split(text) if row else (text.lstrip(" \t•·"),)):
        if _REPLY_COUNT.match(part):
            return _count(part) or 0
        if row and " ".join(part.split()) in patterns.REPLY_COUNT_WORDS:
            return patterns.REPLY_COUNT_WORDS[" ".join(part.split())]  # ("رد · رد واحد": one, in words)
        m = _REPLY_COUNT_AFTER.match(part)
        if m:
            return _count(m.group(1) or m.group(2)) or 0
    return None


_ROW_FILLER_LINE = re.compile(r"[\s·•|]*$")
_ROW_RULES = ("ui.action_row", "ui.learned.action_row")  # (a row of buttons, known or learned)


@lru_cache(maxsize=1)
def _reply_buttons() -> frozenset[str]:
    return frozenset(nd.key(b) for buttons, _ in patterns.REPLY_BUTTON_COUNTS.values() for b in buttons)


@lru_cache(maxsize=1)
def _button_count_rx() -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + "|".join(rx for _, rx in patterns.REPLY_BUTTON_COUNTS.values()) + r")\s*$", re.I)


def _button_count_at(content, kinds, j: int, lo: int) -> bool:
    """Is line ``j`` a reply count in the word for comments right after a Reply button
    (separators between; :func:`_button_reply_count`)?"""
    if _button_reply_count(content[j].text) is None:
        return False
    i = j - 1
    while i > lo and (_ROW_FILLER_LINE.match(content[i].text) or _button_reply_count(content[i].text) is not None):
        i -= 1  # (separators, the count shown twice)
    return i > lo and kinds[i].kind == nd.ACTION and nd.key(content[i].text) in _reply_buttons()


def _button_reply_count(text: str) -> int | None:
    """A count in the word for comments, read as a comment's reply count where it follows the
    comment's Reply button (``patterns.REPLY_BUTTON_COUNTS``): "1 reactie", "תגובה אחת"."""
    if not _button_count_rx().match(text):
        return None
    m = re.search(r"\d[\d,.]*", text)
    return (_count(m.group(0)) or 0) if m else 1  # a number word ("אחת") says one


@lru_cache(maxsize=1)
def _comment_media() -> frozenset[str]:
    return frozenset(nd.key(m) for ms in patterns.COMMENT_MEDIA.values() for m in ms)


@lru_cache(maxsize=1)
def _author_badge_words() -> tuple[str, ...]:
    return tuple(sorted({s for badges in patterns.AUTHOR_BADGES.values() for s in badges}, key=re.longest_first))


@lru_cache(maxsize=1)
def _spaced_badge() -> re.Pattern[str]:
    """Any badge of :func:`_author_badge_words` after a space: one search of the line, the
    space first and then the badges as literals (the engine skips to a space, then to the
    badges that start with the character after it), instead of one ``find`` per badge."""
    return re.compile(" (?:" + "|".join(map(re.escape, _author_badge_words())) + ")")


def _strip_author_badge(line: Line, log: RepairLog) -> bool:
    """The post author's badge on the name's own node, after a space: "Grace Obi Author",
    "Grace Obi Author Headline…" (a flattened page runs the headline on). The badge is chrome
    (recorded as ``ui.post_meta``), never part of the name or a headline; only taken where
    what stands before it is a name and the badge is written as the UI writes it (so "Jane
    Doe, author of …" is left alone). Returns whether a badge was removed."""
    t = line.text
    if _spaced_badge().search(t) is None:  # (no badge after a space anywhere: most headers)
        return False
    for b in _author_badge_words():
        at = t.find(" " + b)
        while at > 0:
            end = at + 1 + len(b)
            after = t[end:end + 2]
            # (then the end, or a headline run on: a word that is not lower case; a headline
            # that begins with the word, "Author | Journalist", goes on with punctuation)
            nxt = after[1:2]
            if not after.strip() or (after[0].isspace() and nxt.isalnum() and not nxt.islower()):
                name = t[:at].strip(" •·")
                if name and (is_name(name) or _loose_name(name)) and len(name.split()) <= 6:
                    start = len(t[:at].rstrip(" •·"))
                    log.edit(line, "ui.post_meta", [(start, end, "")])
                    return True
            at = t.find(" " + b, at + 1)
    return False


def _author_badge_line(text: str, kind: nd.Kind) -> bool:
    """A line of its own that is the post author's badge ("Author", "Autorin", "作者")."""
    return kind.rule == "ui.post_meta" and nd.key(text) in nd.author_badge_keys()


def _badge_is_author(text: str) -> bool:
    """The post author's badge after a bullet on a commenter's name line ("Ana Lee • Author")."""
    found = nd.badge_cut(text)
    return found is not None and nd.key(text[found[0]:].strip().lstrip("•· ")) in nd.author_badge_keys()


def _mentioned_replies(comments: list[Comment], announced: list[int], reply_counts: list[int],
                       by_author: Sequence[bool] = ()) -> list[int]:
    """Replies shown right after the comment whose action row counts them ("Reply · 1
    reply"), with no marker line: the comments after it that open by naming its author (a
    reply on LinkedIn starts with a mention of the commenter it answers), that carry the
    post author's badge ("Author": the post's author answering) or that the commenter wrote
    (answering back in their own thread) are its replies; a comment with none of these is a
    top-level one (the replies were left folded). Returns ``reply_counts``
    with those replies announced, as a marker would."""
    counts = list(reply_counts)
    for i, n in enumerate(announced):
        name = comments[i].author.name
        if not n or not name or any(counts[i + 1 : i + 1 + n]):
            continue
        j = i + 1
        thread = _Thread(comments, i + 1)
        while j < len(comments) and j - i <= n and (
                _addresses(comments[j].text, name) or (j < len(by_author) and by_author[j])
                or nd.key(comments[j].author.name or "") == nd.key(name)
                or thread.answers(j)):
            j += 1
        if j > i + 1:
            counts[i + 1] = j - i - 1
    return counts


class _Thread:
    """The writers of a thread as it grows (the opener's replies, ``comments[first:]``), kept
    by what a reply naming them opens with, so that a comment is checked against them all at
    once (a pass over the thread for each comment grew with the square of a long thread):
    does the comment at ``j`` open by naming the writer of a reply already in the thread
    ("Kelly can confirm, …" under Kelly's reply; as :func:`_addresses` reads it), or name a
    Korean writer with the honorific anywhere (as :func:`_honorific_mention`), or did its
    writer comment above the thread's opener (``comments[first - 1]``) already?"""

    def __init__(self, comments: list[Comment], first: int):
        self.comments, self.upto = comments, first
        # the whole name, case-folded; a first name (a reply's "Kelly, …"); a Chinese name
        # without its surname, as written; a Korean name with the honorific ("서연님", "박서연님")
        self.keys: dict[str, set[str]] = {"full": set(), "first": set(), "given": set(), "honorific": set()}
        self.sizes: dict[str, set[int]] = {k: set() for k in self.keys}
        # (someone who comes back under a post answers in a thread far more often than they
        # write a second comment of their own)
        self.above = frozenset(k for c in comments[: max(first - 1, 0)] if (k := nd.key(c.author.name or "")))

    def _put(self, table: str, key: str) -> None:
        self.keys[table].add(key)
        self.sizes[table].add(len(key))

    def _add(self, name: str) -> None:
        full = name.casefold()
        self._put("full", full)
        if is_cjk_text(name):
            if name.replace(" ", "")[1:]:
                self._put("given", name.replace(" ", "")[1:])
        elif full.strip() and len(full.split(None, 1)[0]) >= 2:
            self._put("first", full.split(None, 1)[0])
        if "\uac00" <= name[:1] <= "\ud7a3":
            joined = name.replace(" ", "")
            self._put("honorific", joined + "님")
            if len(joined) >= 3:
                self._put("honorific", joined[1:] + "님")

    def answers(self, j: int) -> bool:
        while self.upto < j:
            if self.comments[self.upto].author.name:
                self._add(self.comments[self.upto].author.name)
            self.upto += 1
        text = self.comments[j].text
        if self._opens_with(text) or self._honours(text):
            return True
        own = nd.key(self.comments[j].author.name or "")
        return bool(own) and own in self.above

    def _opens_with(self, text: str) -> bool:
        longest = max(self.sizes["full"] | self.sizes["first"], default=0)
        t = text[: longest + 1].casefold()  # (folding goes character by character: a prefix's is the prefix)
        return (any(t[:n] in self.keys["full"] for n in self.sizes["full"])
                or any(t[:n] in self.keys["first"] and not t[n : n + 1].isalnum() for n in self.sizes["first"])
                or any(text[:n] in self.keys["given"] for n in self.sizes["given"]))

    def _honours(self, text: str) -> bool:
        if not self.keys["honorific"] or "님" not in text:
            return False
        at = text.find("님")
        while at >= 0:
            if any(text[at + 1 - n : at + 1] in self.keys["honorific"] for n in self.sizes["honorific"] if n <= at + 1):
                return True
            at = text.find("님", at + 1)
        return False


def _honorific_mention(text: str, name: str) -> bool:
    """Does a Korean text name the writer anywhere with the honorific ("서연님" for 박서연,
    "박서연님"): how a reply addresses someone of the thread, not only at its start?"""
    if "님" not in text or not name or not ("\uac00" <= name[:1] <= "\ud7a3"):
        return False
    full = name.replace(" ", "")
    return (full + "님") in text or (len(full) >= 3 and (full[1:] + "님") in text)


def _addresses(text: str, name: str) -> bool:
    """Does a reply open by naming the commenter it answers: the whole name (LinkedIn's
    mention), the first name ("Nicolas, bonne question"), or a Chinese name without its
    surname ("建宏您好" to 陳建宏)?"""
    t, full = text.casefold(), name.casefold()
    if t.startswith(full):
        return True
    if is_cjk_text(name):
        given = name.replace(" ", "")[1:]
        return bool(given) and text.startswith(given)
    first = full.split(None, 1)[0] if full.strip() else ""
    return len(first) >= 2 and t.startswith(first) and not t[len(first):len(first) + 1].isalnum()


def _nest_replies(comments: list[Comment], reply_counts: list[int]) -> list[Comment]:
    """Comments announced by a replies marker ("2 Replies on …") go under the comment before
    them: as many as the marker counts (one when it gives no number), fewer when the page
    shows fewer. Replies are one level deep, so a comment with a replies marker of its own
    after it is a top-level comment and ends the thread before it."""
    out: list[Comment] = []
    pending = 0
    for i, (c, count) in enumerate(zip(comments, reply_counts)):
        if count and out:
            pending = count
        has_own = i + 1 < len(reply_counts) and reply_counts[i + 1] > 0
        if pending and out and not has_own:
            out[-1].replies.append(c)
            pending -= 1
        else:
            out.append(c)
            pending = 0 if has_own or not pending else pending
    return out
