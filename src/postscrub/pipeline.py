"""The pipeline: text (or bytes) in, records out. Pure: no I/O, no global state.

decode -> repair (``repair.py``) -> recognise the shape and bring it to one node per line
(``shapes.py``) -> segment each post (``segment.py``) -> records.
"""

from __future__ import annotations

from . import _re as re
from functools import lru_cache
from bisect import bisect_right

from . import layouts, learn, patterns, segment, shapes
from .config import Config
from .document import Author, Record
from .nodes import new_document
from .repair import Line, RepairLog, read_lines, repair_lines, sniffing_text

DEFAULT_CONFIG = Config()

_HASHTAG_PREFIX = re.compile(r"(?:" + patterns.HASHTAG_LABEL + r")(?=#[^\W_])", re.I)


_HASHTAG_SUFFIX = re.compile(r"#[^\W_][^\s#]*(\s+(?:" + patterns.HASHTAG_LABEL + r"))\s*$", re.I)


def _glued_hashtag_prefix(lines: list[Line], log: RepairLog) -> None:
    """``hashtag#Leadership`` (the feed's accessible label glued to the tag) -> ``#Leadership``;
    and the label of the next line's tag, left at the end of a tag's line when the line
    break between them was lost ("#CustomerSuccess hashtag" / "#SaaS")."""
    for k, ln in enumerate(lines):
        if "#" not in ln.text:
            continue
        if "ashtag#" in ln.text or "ASHTAG#" in ln.text or _HASHTAG_PREFIX.search(ln.text):
            # "Ranihashtag#Hiring": the label glued to a name becomes a space, not nothing
            spans = [(m.start(), m.end(), " " if m.start() and ln.text[m.start() - 1].isalnum() else "")
                     for m in _HASHTAG_PREFIX.finditer(ln.text)]
            if spans:
                log.edit(ln, "ui.hashtag_prefix", spans)
        m = _HASHTAG_SUFFIX.search(ln.text)
        if m:
            nxt = next((x.text.lstrip() for x in lines[k + 1:] if x.text.strip()), "")
            if nxt.startswith("#"):
                log.edit(ln, "ui.hashtag_label", [(m.start(1), m.end(1), "")])


_BOLD_HEADER = re.compile(r"(\s*)(\*\*)([^*\n]{2,80}?)(\*\*)(?=\s*(?:[·•|]|$))")
# the same name with the post author's badge after it, a word alone: "**Ana Lee** Author"
_BOLD_BADGED = re.compile(r"(\s*)(\*\*)([^*\n]{2,80}?)(\*\*)(?=\s+([^\W\d_][^\s*]{1,20})\s*$)")
# (the degree: one short token and up to two more words, "· 2nd", "· 3e et +")
_DEGREE_AFTER = re.compile(r"\s*[·•]\s*\S{1,12}(?:\s\S{1,8}){0,2}\s*$")
# the headline under such a name, in italics on its own line: "*Head of Data at Norte*"
_ITALIC_LINE = re.compile(r"(\s*)([*_])(?![*_\s])([^*_\n]{2,200}?)(?<!\s)(\2)\s*")


def _katakana_bullets(lines: list[Line], log: RepairLog) -> None:
    """The Japanese UI's bullet: the katakana middle dot between spaces in a short line ("三浦
    彩花 ・ 2次", "5日 ・ 🌐", "いいね ・ 5 | 返信") is the "•" other UIs put there; read as one
    (``ui.bullet``), so that every rule that knows the bullet knows it; so is one that ends
    such a line after a space ("3日 ・", as "3d •" ends the age's line). A text's own "・"
    (a list item's mark, a word joiner) has no space on both sides."""
    for ln in lines:
        t = ln.text
        if len(t) <= 80 and (" ・ " in t or t.rstrip().endswith(" ・")):
            spans = []
            k = t.find(" ・ ")
            while k >= 0:
                spans.append((k + 1, k + 2, "•"))
                k = t.find(" ・ ", k + 3)
            end = len(t.rstrip()) - 1
            if t[end - 1:end + 1] == " ・" and (not spans or spans[-1][0] != end):
                spans.append((end, end + 1, "•"))
            log.edit(ln, "ui.bullet", spans)


def _wrapped_inline_heads(lines: list[Line], log: RepairLog) -> None:
    """A header written on one line ("Name · headline · age") inside a script's own marks:
    brackets ("[Ana Lee | CTO | 2d]", "↳ [Bo Kim | 1d]") or a banner's rule on both sides
    ("=== Ana Lee · CTO · 2d ==="). The marks go (``ui.header_marks``) where what they wrap
    reads as such a header."""
    from .segment import inline_comment_head

    for ln in lines:
        t = ln.text.rstrip()
        if len(t) < 8 or len(t) > 400 or t[-1] not in "]=-~*#":
            continue
        body = t.lstrip()
        lead = len(t) - len(body)
        if body[:1] in patterns.REPLY_ARROWS:
            arrow = len(body) - len(body[1:].lstrip())
            lead, body = lead + arrow, body[arrow:]
        if body[:1] == "[" and t[-1] == "]":
            a, b = lead + 1, len(t) - 1
        elif body[:3] in patterns.BANNER_MARKS and t.endswith(body[:3]) and len(body) > 8:
            mark = body[0]
            a = lead + len(body) - len(body.lstrip(mark))
            b = len(t.rstrip(mark))
        else:
            continue
        inner = t[a:b].strip()
        if "[" in inner or "]" in inner or inline_comment_head(inner) is None:
            continue
        a2 = a + (len(t[a:b]) - len(t[a:b].lstrip()))
        b2 = a2 + len(inner)
        log.edit(ln, "ui.header_marks", [(lead, a2, ""), (b2, len(ln.text), "")])


def _header_line_marks(lines: list[Line], log: RepairLog) -> None:
    """A post header written on one line as a Markdown note app keeps it: ``**Ana Lee** · 2nd``.
    The emphasis around a name that opens a line goes (``markdown.emphasis``), and so does a
    connection degree after that name on its line (``ui.connection_degree``), and the italics
    of a headline alone on the next line (``*Head of Data at Norte*``)."""
    from . import nodes
    from .segment import is_name, parse_age

    for k, ln in enumerate(lines):
        t = ln.text
        if len(t) > 120:
            continue
        if "**" not in t:
            # a name line (a heading or a link the Markdown reader undid: "## [Ana Lee](…)"),
            # the headline in italics under it, then the age: the italics go too
            nxt = lines[k + 1] if k + 2 < len(lines) else None
            if (nxt is not None and nxt.text.lstrip()[:1] in ("*", "_") and t.strip() and is_name(t)
                    and nodes.classify(lines[k + 2].text).kind == nodes.AGE):
                i = _ITALIC_LINE.fullmatch(nxt.text)
                if i is not None:
                    log.edit(nxt, "markdown.emphasis", [(i.start(2), i.end(2), ""), (i.start(4), i.end(4), "")])
            continue
        m = _BOLD_HEADER.match(t)
        if m is None:
            m = _BOLD_BADGED.match(t)
            if m is not None and nodes.key(m.group(5)) not in nodes.author_badge_keys():
                m = None
        if not (m and is_name(m.group(3))):
            continue
        log.edit(ln, "markdown.emphasis", [(m.start(2), m.end(2), ""), (m.start(4), m.end(4), "")])
        if m.re is _BOLD_BADGED:  # (the badge is chrome, never part of the name)
            t = ln.text.rstrip()
            log.edit(ln, "ui.post_meta", [(len(t) - len(m.group(5)) - 1, len(t), "")])
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        i = _ITALIC_LINE.fullmatch(nxt.text) if nxt is not None and nxt.text.lstrip()[:1] in ("*", "_") else None
        if i is not None:
            log.edit(nxt, "markdown.emphasis", [(i.start(2), i.end(2), ""), (i.start(4), i.end(4), "")])
        t = ln.text
        d = _DEGREE_AFTER.search(t)
        if not d or d.start() == 0:
            continue
        name, badge = t[: d.start()].strip(), t[d.start():].strip()
        bare = badge.strip(" ·•")
        # (a name of two words or more: "Reply · 1 reply" is a button and its count)
        if (is_name(name) and len(name.split()) >= 2 and nodes.classify(badge).rule == "ui.connection_degree"
                and nodes.classify(bare).kind != nodes.COUNTER and parse_age(bare) is None):
            log.edit(ln, "ui.connection_degree", [(d.start(), len(t.rstrip()), "")])




_SHARE_URL_END = re.compile(r"\s+(?:https?://|www\.|lnkd\.in/)\S+\s*$")


def _share_text(lines: list[Line], log: RepairLog) -> None:
    """A phone app's share text as the first line ("Check out this article by Ana Lee on
    LinkedIn: <title> https://lnkd.in/…", in the app's language): a sentence closed by an
    address that holds, word for word, a line of the page under it (the shared article's
    title). The line is the share sheet's, not the page's (``ui.share_text``)."""
    content = [ln for ln in lines[:60] if ln.text.strip()]
    if len(content) < 4:
        return
    head = content[0].text
    m = _SHARE_URL_END.search(head)
    if m is None or m.start() < 20:
        return
    said = head[: m.start()]
    for ln in content[1:12]:
        t = ln.text.strip()
        if len(t) >= 15 and said.rstrip().endswith(t) and len(said.strip()) > len(t) + 5:
            log.drop_line(content[0], "ui.share_text")
            return


# the slug of a post's link: the author's profile name ("linkedin.com/posts/ana-lee-4b2_…")
_POST_SLUG = re.compile(r"linkedin\.com/posts/([a-z0-9-]{2,100}+)_")
_LEAD_IN_MAX = 120


def _share_lead_in(lines: list[Line], log: RepairLog) -> Line | None:
    """A phone app's share sheet puts a line of its own over the post it shares, in the
    app's language ("Check out this post on LinkedIn", "… de Ana Lee no LinkedIn:"): a short
    first line naming LinkedIn, with no sentence closing it, in a text that holds the post's
    own link right under it or as its last line (the share link). The line is the sheet's
    (``ui.share_text``), and so is the link under it (``ui.permalink``), and the link
    preview's title under that, or in its place ("Ana Lee on LinkedIn: <the post's first
    words>…", :func:`_preview_title`). Returns the line naming the author the sheet names
    (the words of the lead-in that spell the link's profile slug, or the preview title's
    name), cut down to the name and taken out of ``lines``: the name is the record's field,
    or, where the record names its author otherwise, the caller drops it."""
    content = [ln for ln in lines if ln.text.strip()]
    if len(content) < 3:
        return None
    head = content[0].text
    said = head.strip()
    if (len(said) > _LEAD_IN_MAX or said.rstrip(":： ")[-1:] in ".!?。！？" or "://" in said
            or re.search(r"(?<!\w)LinkedIn(?!\w)", said) is None):
        return None
    own = next((ln for ln in (content[1], content[-1]) if len(ln.text) <= layouts._OWN_LINK_MAX
                and "linkedin.com/" in ln.text and layouts._OWN_LINK.fullmatch(ln.text)), None)
    if own is None:
        return None
    if _page_title_heading(said):
        named = _preview_title(content, 0)  # (the preview's title alone over the text)
    else:
        slug = _POST_SLUG.search(own.text)
        found = _slug_name(head, slug.group(1)) if slug else None
        named = (content[0], *found) if found else None
        if (named is None and content[1] is not own and not said.endswith((":", "："))
                and _preview_title(content, 1) is None):
            # (the link only closing the text, under a line that names no one, introduces
            # nothing and has no preview under it: the post's own first line, "Why I stopped
            # posting on LinkedIn every day", over the post its share link closes)
            return None
        if named is None:
            log.drop_line(content[0], "ui.share_text")
        k = 1
        if content[1] is own and len(content) > 3:
            log.drop_line(own, "ui.permalink")
            k = 2
        preview = _preview_title(content, k)
        if preview is not None and named is None:
            named = preview
        elif preview is not None:
            log.drop_line(content[k], "ui.share_text")
    if named is None:
        return None
    ln, a, b = named
    log.keep(ln, "ui.share_text", [(a, b)])
    lines[:] = [x for x in lines if x is not ln]
    return ln


def _preview_title(content: list[Line], k: int) -> tuple[Line, int, int] | None:
    """Is ``content[k]`` a link preview's title, "Ana Lee on LinkedIn: <first words>…", over
    the text that opens with those words? Then the line and where the name stands on it."""
    t = content[k].text
    m = _PAGE_TITLE.fullmatch(t.strip())
    colon = max(t.find(": "), t.find("："))
    if m is None or colon <= 0 or t.rstrip()[-1:] != "…" or not segment.is_name(m.group("name").strip()):
        return None
    opening = t[colon + 1 :].strip()[:-1].rstrip()
    following = " ".join(ln.text.strip() for ln in content[k + 1 : k + 4])
    if len(opening) < 12 or not following.startswith(opening):
        return None
    lead = len(t) - len(t.lstrip())
    return content[k], lead, lead + len(m.group("name").strip())


def _slug_name(text: str, slug: str) -> tuple[int, int] | None:
    """Where a run of two or more words of ``text`` spells the profile slug (accents and case
    folded: "Ana Núñez" for "ana-nunez", "ana-nunez-4b2" or "ana-nunez-data") and reads as a
    name: its span (the longest), or None."""
    import unicodedata

    def fold(w: str) -> str:  # (a hyphen inside a name stays one in the slug: "Valentin-Roy", "valentin-roy")
        w = "-".join(x for x in re.split(r"[-\u2010\u2011]", w) if x) if "-" in w or "\u2010" in w or "\u2011" in w else w
        return "".join(c for c in unicodedata.normalize("NFKD", w.casefold()) if (c.isalnum() and c.isascii()) or c == "-")

    words = [(m.start(), m.end(), fold(m.group())) for m in re.finditer(r"[^\s:：,]+", text)]
    best: tuple[int, int] | None = None
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + 6) + 1):
            key = "-".join(w[2] for w in words[i:j])
            if not all(w[2] for w in words[i:j]):
                continue
            # (or the slug joins a hyphenated name's parts: "Jean-Luc Roy", "jeanluc-roy")
            bare = "-".join(w[2].replace("-", "") for w in words[i:j])
            if not any(slug == k or slug.startswith(k + "-") for k in {key, bare}):
                continue
            a, b = words[i][0], words[j - 1][1]
            if segment.is_name(text[a:b]) and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
    return best


# a post page's own title as a heading: "Ana Lee on LinkedIn", "Ana Lee sur LinkedIn : …"
_PAGE_TITLE = re.compile(r"(?P<name>[^:|\n]{2,80}?)\s+\S{1,4}\s+LinkedIn(?:\s*[:：|].*)?\s*")


def _site_suffix(text: str) -> int | None:
    """Where " | LinkedIn" closing a one-part page title starts, or None."""
    t = text.rstrip()
    for site in ("LinkedIn", "领英"):
        if t.endswith(site):
            rest = t[: -len(site)].rstrip(" \t")
            if rest.endswith(("|", "｜")) and rest[-2:-1] in (" ", "\t"):
                head = rest[:-1].rstrip(" \t")
                if head.lstrip("# ").strip() and "|" not in head and "｜" not in head:
                    return len(head)
    return None


def _post_page_title(content: list[Line], log: RepairLog) -> bool:
    """A post page's own title over a copy of the page ("Ana Lee on LinkedIn: <the post's
    first words>", a reader view's or a saved page's first line, under the site's name or
    not): the byline under it names the same person and the words after the colon open the
    text. The page's title, not the post's (a post has none): dropped as ``ui.page_title``."""
    k = 1 if shapes.SITE_LINE.fullmatch(content[0].text.strip()) else 0
    t = content[k].text.strip()
    if "LinkedIn" not in t or len(t) > 300 or not _page_title_heading(t):
        return False
    name = _PAGE_TITLE.fullmatch(t).group("name").strip()
    colon = max(t.find(": "), t.find("："))
    if colon <= 0 or content[k + 1].text.strip() != name:
        return False
    opening = t[colon + 1:].split(" | ")[0].strip().rstrip("…").rstrip()
    following = " ".join(ln.text.strip() for ln in content[k + 2: k + 8])
    if len(opening) < 12 or opening not in following[: len(opening) + 400]:
        return False
    log.drop_line(content[k], "ui.page_title")
    return True


def _page_title_heading(h1: str) -> bool:
    from .segment import is_name

    m = _PAGE_TITLE.fullmatch(h1)
    return m is not None and is_name(m.group("name").strip())


# a line of date and time over a sender's "Name：" line (a chat record's message header)
_STAMP_HEAD = re.compile(r"\n\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?\s*\n[^\n:：]{1,30}[:：]\s*\n")
_MAIL_START = re.compile(r"\ufeff?(?:return-path|received|from|to|subject|date|message-id|mime-version|"
                         r"delivered-to|content-type|reply-to|x-[a-z0-9-]+):[ \t]", re.I)


def _first_line_recurs(text: str) -> bool:
    """Does the dump's first line (of some length) come back as a later line? (A printed
    page's header, repeated at every page: one search of the text.)"""
    nl = text.find("\n", 0, 300)
    head = text[:nl].strip() if nl > 0 else ""
    return len(head) >= 12 and text.find("\n" + head, nl) >= 0


def _text_name(name: str) -> str:
    """A path as valid Unicode: a file name's undecodable bytes (held as lone surrogates by
    ``os.fsdecode``) become ``\\xff`` escapes, so that JSON output stays valid UTF-8."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        try:
            return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return name.encode("utf-8", "backslashreplace").decode("utf-8")


def process(
    text: str,
    source: str = "-",
    config: Config = DEFAULT_CONFIG,
    *,
    encoding: str | None = None,
) -> list[Record]:
    """Repair and segment one dump. Returns one record per post found (at least one)."""
    new_document()
    log = RepairLog()
    lines = read_lines(text, log, config)
    text = sniffing_text(text, lines, log)
    if _MAIL_START.match(text):
        from . import mime  # (only for what starts like a raw e-mail's header block)

        mime.read_mail(lines, log)
    elif text.count("=\n") + text.count("=\r\n") >= 3 and ("=C" in text or "=E" in text or "=F" in text or "=3D" in text):
        from . import mime  # (only for what may be a quoted-printable body without its headers)

        mime.read_bare_quoted_printable(lines, log)
    nl = text.find("\n", 0, 300)  # (or whose second line does: a chat app's notice copied without its time)
    if text[:1] == "[" or text[:1].isdigit() or text[:2] == "\u200e[" or (
            nl > 0 and (text[nl + 1 : nl + 2] == "[" or text[nl + 1 : nl + 2].isdigit()
                        or any(w in text[:nl] for w in patterns.CHAT_EXPORT_TITLES))):
        from . import chat  # (only for what may open with a chat message's prefix)

        read = chat.read_chat(lines, log)
    else:
        read = False
    if not read and any(t in text for t in patterns.ASSISTANT_CHAT_BOT_TURNS):
        from . import chat  # (only for what names an assistant's turn: "ChatGPT said:")

        read = chat.read_assistant_turns(lines, log)
    sms = False
    if not read and ("：\n" in text[:400] or ":\n" in text[:400]) and _STAMP_HEAD.search(text, 0, 400):
        from . import chat  # (only for what may open with a date-time line over a sender's line)

        chat.read_stamped(lines, log)
    else:
        sms = not read and "(1/" in text[:4000] and "(2/" in text  # (a text message forwarded in segments)
    records = None
    if "<" in text[:4096]:
        if "<feed" in text[:2048] or "<rss" in text[:2048] or "<rdf:RDF" in text[:2048]:
            from . import feeds  # (only for what opens like an Atom or RSS feed)

            records = feeds.segment_feed(lines, log) if feeds.may_be_feed(text) else None
        if records is None and text.lstrip("\ufeff \t\r\n")[:1] == "<":
            from . import literals  # (an XML data file: records, not a page)

            if literals.may_be_xml(text):
                from . import exports

                if not (exports.may_hold_markup_field(text) and exports.cut_to_markup_field(lines, log)):
                    records = exports.segment_xml(lines, log)  # (else: a note's markup, read below)
        if records is None and "<t" in text[:4096].lower() and re.search(r"<table\b", text[:4096], re.I):
            from . import exports  # (an HTML table: a data frame's to_html(), a scraper's report)

            records = exports.segment_html_table(lines, log)
        if records is None:
            from . import markup  # (only for what may be HTML source)

            if markup.is_markup(lines):
                lines = markup.strip_markup(lines, log)
    if records is None and text[:1] == "{" and '"nbformat"' in text:
        from . import exports  # (a Jupyter notebook: what its cells printed)

        if exports.may_be_notebook(text):
            lines = exports.read_notebook(lines, log) or lines
    if records is None and ("\f" in text or _first_line_recurs(text)):
        from . import paged  # (only for a dump with a form feed, or whose first line comes back: a printed page's text)

        lines = paged.read_pages(lines, log) or lines
    if records is None:
        lines = repair_lines(lines, log, config)
        if sms:
            from . import chat  # (only for what may hold a text message forwarded in segments)

            # (after the repairs: joined first, a segment's repairs would be recorded at the
            # column its text was moved to on the first line, where they cannot be told apart)
            chat.read_sms(lines, log)
        if any(b in text for b in patterns.MACHINE_TRANSLATION_BRANDS):
            shapes.drop_machine_translation(lines, log)  # (a post's machine translation, expanded)
        records = _segment(lines, log, source, encoding, config,
                           quoted="\n> " in text or text[:2] == "> " or "\n>\n" in text,
                           forward=(forward := _may_hold_forward_header(text)),
                           mail=forward or _MAIL_START.match(text) is not None,
                           terminal="│" in text or "┃" in text or "║" in text,
                           link_refs=shapes.may_hold_link_references(text),
                           translated=text.count("\n#") >= 2,
                           angle_targets=shapes.may_hold_angle_targets(text))
    _ages_in_ui_language(records, text)
    repairs = log.sorted()
    source = _text_name(source)
    for i, rec in enumerate(records):
        rec.index = i
        rec.source = source
        rec.encoding = encoding
    # Repairs belong to the record whose lines they touched; shared ones (front matter,
    # page chrome) to the first record.
    if len(records) == 1:
        records[0].repairs = repairs
    else:
        bounds = [r.first_line for r in records]
        if all(a <= b for a, b in zip(bounds, bounds[1:])):
            # (the usual case, records in line order: the last record starting at or before
            # the repair's line, found by bisection)
            for rep in repairs:
                records[max(bisect_right(bounds, rep.line) - 1, 0)].repairs.append(rep)
        else:
            for rep in repairs:
                k = 0
                for j, b in enumerate(bounds):
                    if rep.line >= b:
                        k = j
                records[k].repairs.append(rep)
    return records


_LOG_LEVELS = frozenset(patterns.LOG_LEVELS)


@lru_cache(maxsize=None)
def _own_buttons(loc: str) -> tuple[str, ...]:
    """The post buttons (``ui.action``) UI language ``loc`` shows and no other does."""
    actions = patterns.UI_NODES["ui.action"]
    others = {b for k, bs in actions.items() if k != loc for b in bs}
    return tuple(b for b in actions.get(loc, ()) if b not in others)


def _ages_in_ui_language(records: list[Record], text: str) -> None:
    """A compact age whose unit means another thing in another UI language ("3 j": fr jours,
    id jam; "2 h": en hours, id hari) was read as the first language of the tables names it;
    where the dump's own UI language (:func:`nodes.ui_locale`, by its buttons and menus) names
    that unit, its ISO duration is that language's. (ms is not among them: what LinkedIn's Malay
    UI writes for hours and days is not known here, so "3h" stays hours there.)"""
    ambiguous = segment.ambiguous_units()
    todo: list = []
    stack: list = list(records)
    while stack:
        x = stack.pop()
        if x.age and x.age.lstrip("0123456789 \u00a0") in ambiguous:  # ("3 j": its unit, after the number)
            todo.append(x)
        stack.extend(x.comments if isinstance(x, Record) else x.replies)
    if not todo:
        return
    from .nodes import ui_locale

    # (the dump as read: segmentation took the chrome lines out; its first 16 KB, where the
    # first post's buttons stand, not every line of a large dump; and only where a button only
    # a language that reads one of these units otherwise shows stands there at all)
    head = text[:16384]
    if not any(b in head for loc in segment.locales_reading_otherwise({x.age for x in todo})
               for b in _own_buttons(loc)):
        return
    loc = ui_locale(head.splitlines())
    if loc is None:
        return
    for x in todo:
        iso = segment.locale_age_iso(x.age, loc)
        if iso is not None:
            x.age_iso = iso


@lru_cache(maxsize=1)
def _forward_from() -> re.Pattern[str]:
    """A line opening with a forwarded mail's sender label ("From: …", "Von: …"); it opens
    with the newline before it (a literal first character: the engine skips to each)."""
    alt = "|".join(re.escape(w) for w in sorted(patterns.FORWARD_HEADER_LABELS["from"], key=re.longest_first))
    return re.compile(r"\n[ \t]*(?:\*\*)?(?:" + alt + r")(?:\*\*)?[ \t]?[:：][ \t]*\S")


def _may_hold_forward_header(text: str) -> bool:
    """Does a line of the text (not the first: a mail's own header is read apart) open with a
    forwarded mail's sender label ("From: …")?"""
    return _forward_from().search(text) is not None


def _segment(lines: list[Line], log: RepairLog, source: str, encoding: str | None,
             config: Config = DEFAULT_CONFIG, quoted: bool = False, forward: bool = False,
             terminal: bool = False, mail: bool = False, link_refs: bool = False,
             translated: bool = False, angle_targets: bool = False) -> list[Record]:
    if not any(ln.text.strip() for ln in lines):
        rec = Record(shape="empty")
        rec.warnings.append("empty: the input holds no text")
        return [rec]

    if lines[0].text[:4].lower() == "sep=" and len(lines[0].text.strip()) == 5 and len(lines) > 1:
        # Excel's delimiter hint over a CSV ("sep=;"): no row of the table
        log.drop_line(lines[0], "csv.delimiter_hint")
        lines = lines[1:]
    if lines[0].text[:1] == "#" and len(lines) > 2:
        lines = _csv_comment_lines(lines, log)  # (a tool's "# …" lines over its CSV or TSV)
    first = next((ln.text for ln in lines if ln.text.strip()), "")
    if shapes.may_be_role_tree(first):
        shapes.strip_role_tree(lines, log)  # (a browser's accessibility tree, as a developer or test tool prints it)
    if _may_be_export(lines):
        from . import exports  # (only for what may be a CSV or JSON export)

        csv_records = exports.segment_csv(lines, log)
        if csv_records is not None:
            return csv_records
        json_records = exports.segment_json(lines, log)
        if json_records is not None:
            return json_records
        if any(ln.text.lstrip().startswith("|") for ln in lines[:8]):
            md_records = exports.segment_md_table(lines, log)
            if md_records is not None:
                return md_records
    if any("\t" in ln.text for ln in lines[:4]) and len(lines) > 1:
        from . import exports  # (a table printed with no header row: "jq -r '…|@tsv'")

        tsv_records = exports.segment_headerless_table(lines, log)
        if tsv_records is not None:
            return tsv_records
    if any((ln.text[:1] in _GRID_FIRST and "--" in ln.text) or "──" in ln.text for ln in lines[:60]):
        from . import exports  # (grid tables of a database client: psql's, sqlite3's box)

        if any(exports.GRID_RULE.fullmatch(ln.text) for ln in lines[:60]):
            grid_records = exports.segment_grid_tables(lines, log)
            if grid_records is not None:
                return grid_records
    if any("   " in a.text and "  " in b.text.strip() for a, b in zip(lines[:24], lines[1:25])):
        from . import exports  # (tables printed as aligned text: pandas' to_string())

        aligned_records = exports.segment_aligned_tables(lines, log)
        if aligned_records is not None:
            return aligned_records
    first = next((ln.text for ln in lines if ln.text.strip()), "")
    if first[:4].isdigit() or first[:2] == "[2":
        from . import logs  # (only for what may open with a log line's timestamp)

        if logs.may_be_log(lines):
            log_records = logs.segment_log(lines, log)
            if log_records is not None:
                return log_records
    if ":" in first[:48] or "：" in first[:48] or (first[:3] in patterns.BANNER_MARKS
                                                  and first.rstrip()[-3:] == first[:3] and len(first.strip()) > 7) \
            or (first[:1] == "[" and first[1:first.find("]")] in _LOG_LEVELS) \
            or any(ln.text[:1] == "【" for ln in lines[:12]):  # ("[INFO] …" over a report; "【作者】…" labels)
        from . import exports  # (a first line "Label: value", or a banner, may open a key-value export)

        kv_records = exports.segment_key_value(lines, log)
        if kv_records is not None:
            return kv_records

    if (first[:1].isalpha() and (first.rstrip()[-3:-2] == ":" or first.rstrip()[-2:] in ("AM", "PM", "am", "pm"))) \
            or (first[:1] == "[" and ":" in first[:24]) \
            or (first[:1].isalpha() and first.rstrip()[-1:] == "]" and ", [" in first):  # (Teams: "[10:42 AM] Name"; Telegram: "Name, [27.11.2026 9:14]")
        from . import chat  # (only for what may open with a team chat's message header)

        if chat.may_be_thread(first):
            chat.read_thread(lines, log)
    elif len(first) <= 60 and first[:1].isalpha():
        from . import chat  # (or whose message header stands under the export's head: a title, a day line)

        if chat.may_open_thread(lines):
            chat.read_thread(lines, log)
    if forward:  # (only for a dump with a line opening with a mail's sender label)
        from . import mime

        mime.cut_forward_header(lines, log)  # a forwarded mail's header block above the post
    if first[:1].isdigit() and ":" in first[1:3]:
        shapes.cut_status_bar(lines, log)  # (a phone's clock and glyphs over the screen it copied)
    shapes.cut_pasted_block(lines, log)  # (a note around a post pasted between markers)
    shared_by = None
    if "://" in first:
        _share_text(lines, log)  # an app's share text over the page it shares
    elif "LinkedIn" in first:
        shared_by = _share_lead_in(lines, log)  # a share sheet's line over the post it shares
    if quoted:  # (only for a dump with block-quoted lines)
        cut = shapes.cut_quoted_post(lines, log)  # a post forwarded as a block quote
        if cut is not None:
            lines = cut
    if translated:  # (only for a dump with two lines or more that open with a hashtag)
        shapes.drop_translated_copy(lines, log)  # a translator's page: the post is the source
    shapes.cut_lead_in(lines, log)  # (someone's own words over a post they pasted)
    parts = shapes.split_concatenated(lines)
    if parts is None and mail:
        parts = shapes.split_mail_digest(lines)  # (a notification e-mail's digest of posts)
    if parts is not None:
        # several posts a scraper joined with a rule of dashes: one record each
        out: list[Record] = []
        for sep in parts.separators:
            log.drop_line(sep, "segment.separator")
        for ln in parts.chrome:
            log.drop_line(ln, "ui.notification_mail")
        for chunk in parts.chunks:
            for rec in _segment(chunk, log, source, encoding, config):
                rec.first_line = next((ln.no for ln in chunk if ln.text.strip()), rec.first_line)
                out.append(rec)
        if shared_by is not None:
            log.drop_line(shared_by, "ui.share_text")  # (several posts: the sheet's name is none's field)
        return out

    if terminal or first.lstrip()[:2] in ("$ ", "% ", "❯ ", "➜ ", "PS") or _PROMPT_HEAD.match(first):
        shapes.strip_terminal(lines, log)  # (a terminal tool's output: prompt, box gutters)
    if angle_targets:  # (only for a dump with three " <http" or " <#" in it)
        shapes.strip_angle_targets(lines, log)  # links written as "text <URL>": the targets go
    if link_refs:  # (only for a dump whose last line is a numbered link target)
        shapes.strip_link_references(lines, log)  # a text browser's link numbers and reference list
    shapes.strip_a11y_roles(lines, log)  # a screen reader's element list: its text, without the roles
    fm = shapes.read_front_matter(lines, log)
    if fm.outline:
        shapes.strip_outline(lines, log)  # (an outliner's page: its blocks' "- " markers)
    md_links: list[shapes.Link] = []
    shape = None
    markdown = shapes.is_markdown(lines)
    if markdown or fm.fields:
        shapes.drop_clipper_excerpt(lines, log, fm)
    if fm.export_sections:
        shapes.drop_read_later_sections(lines, log, fm)
    if fm.fields and fm.lines:
        # a link to the article itself among the clipping's first lines, under no key of the
        # front matter ("[Read Original](https://…linkedin.com/pulse/…)")
        top = fm.lines[-1].no
        fm.pulse_link = any("/pulse/" in ln.text and "linkedin." in ln.text and len(ln.text) <= 800
                            and _PULSE_LINE.fullmatch(ln.text) for ln in lines if top < ln.no <= top + 20)
    if markdown:
        md_links = shapes.flatten_markdown(lines, log)
        shape = "clipper_markdown" if fm.fields else "post_markdown"
    elif fm.fields:
        shape = "clipper_markdown"
    if markdown or fm.fields:
        in_fm = {id(ln) for ln in fm.lines}
        head = next((ln for ln in lines if ln.text.strip() and id(ln) not in in_fm), None)
        if head is not None and "LinkedIn" in head.text and _page_title_heading(head.text.strip()):
            log.drop_line(head, "ui.page_title")  # "# Name on LinkedIn": the page's title, not the post's
        elif head is not None and ("LinkedIn" in head.text or "领英" in head.text):
            cut = _site_suffix(head.text)
            if cut is not None:
                # "# Title | LinkedIn": an article page's title and the site's name (a post's page
                # title has more parts, "excerpt | Name | LinkedIn", and is kept whole)
                log.edit(head, "ui.page_title", [(cut, len(head.text), "")])
    if any(" ・" in ln.text for ln in lines[:400]):
        _katakana_bullets(lines, log)
    _glued_hashtag_prefix(lines, log)
    _header_line_marks(lines, log)
    _wrapped_inline_heads(lines, log)

    if shapes.is_flattened(lines):
        from .nodes import split_flattened

        split: list[Line] = []
        keep_whole = {id(ln) for ln in fm.lines}  # front matter is read, not cut into nodes
        for ln in lines:
            split.extend(split_flattened(ln) if len(ln.text) > 80 and id(ln) not in keep_whole else [ln])
        lines = split
        shape = "flattened"
        shapes.undouble(lines, log)  # a flattened logged-in view doubles names and headlines too

    # a page in a UI language the tables do not know: its chrome, learned from its structure
    learned = learn.learn(lines)
    if md_links:  # (and the controls a Markdown copy names by its links' targets)
        learned = learn.learn_links(lines, md_links, learned)
    token = learn.LEARNED.set(learned) if learned is not None else None
    try:
        records = _segment_shape(lines, log, fm, shape, md_links, source, encoding, config)
        if shared_by is not None:
            if len(records) == 1 and not records[0].author.name:
                records[0].author = Author(shared_by.text.strip(), None)  # (the name the share sheet gave)
            else:  # (the post names its author itself: the sheet's name is no field, and is recorded)
                log.drop_line(shared_by, "ui.share_text")
        return records
    finally:
        if token is not None:
            learn.LEARNED.reset(token)


def _segment_shape(lines: list[Line], log: RepairLog, fm: shapes.FrontMatter, shape: str | None,
                   md_links: list, source: str, encoding: str | None,
                   config: Config = DEFAULT_CONFIG) -> list[Record]:
    hint = fm.get("author")
    starts = shapes.feed_starts(lines)
    if starts or shapes.looks_like_feed(lines, starts):
        shapes.undouble(lines, log)
        chunks = _chunks(lines, starts)
        out = []
        ads: list[tuple[Record, list[Line]]] = []
        for k, chunk in enumerate(chunks):
            rec = Record(shape="feed")
            rec.first_line = chunk[0].no if chunk else 1
            promoted = shapes.is_promoted(chunk)
            if starts and chunk and chunk[0].text.strip() and shapes.is_counting_marker(chunk[0].text):
                log.drop_line(chunk[0], "ui.feed_marker")  # a marker found by its shape, in any wording
            extra: list[Record] = []  # (the original of a quote repost: a record after its card's)
            layouts.segment_post(chunk, log, rec, extra=extra)
            # what stands before the first card (a profile page) is a post only if it has one
            preface = bool(starts) and k == 0 and starts[0] > 0
            if k == len(chunks) - 1 and k > 0 and not (rec.body or rec.comments or extra) and _no_button(chunk, log):
                # the last card is a header alone, cut off by the copy's end (the next card
                # peeking out below a post opened over the feed): no body, comment or button
                _drop_all(chunk, log)
            elif (rec.age if preface else (rec.body or rec.author.name or rec.comments)):
                (ads if promoted else out).append((rec, chunk))
                (ads if promoted else out).extend((x, chunk) for x in extra)
            else:
                _drop_all(chunk, log)
        if out and ads and config.promoted == "drop":
            # an ad card among posts is not a post of the feed: left out, recorded
            for rec, chunk in ads:
                _drop_all(chunk, log, "ui.promoted_card")
                out[0][0].warnings.append(f"promoted: an ad card (line {rec.first_line}) was left out")
            return [rec for rec, _ in out]
        for rec, _ in ads:
            rec.warnings.append("promoted: this card is an ad ('Promoted'), not a post")
        out = sorted(out + ads, key=lambda rc: rc[0].first_line)
        if out:
            return [rec for rec, _ in out]
        return [Record(shape="feed", warnings=["no_structure: no post found in the feed copy"])]

    learned = learn.LEARNED.get()
    if shape == "flattened" or (learned is not None and learned.post_header) or (
            shapes.looks_like_post_page(lines) and not shapes.looks_like_article(lines, fm)):
        fm.finish(lines, log)
        shapes.undouble(lines, log)  # names shown twice (accessible label + visible one)
        rec = Record(shape=shape or "post_page")
        extra: list[Record] = []
        layouts.segment_post(lines, log, rec, author_hint=hint or _title_author(fm), md_links=md_links,
                             extra=extra)
        return [rec, *extra]

    keep: list[str] = []
    fm_title_key = fm.key_of("title")
    fm_author_key = fm.key_of("author", "authors", "byline")
    title = fm.get("title") if fm_title_key in fm.where else None
    if title and ("|" in title or "LinkedIn" in title or "领英" in title):
        cut = _site_suffix(title)
        if cut is not None and fm.names_article():
            # an article page's title and the site's name ("Title | LinkedIn"): the title (the
            # site's name and the bar recorded as removed with the front matter)
            title = fm.fields[fm_title_key] = title[:cut].strip()
        else:
            title = None  # a page title ("excerpt | Name | LinkedIn", "X 在 LinkedIn 上發佈：…")
    elif title and segment.is_cut_opening(title, lines, {id(ln) for ln in fm.lines}):
        title = None  # the post's first words, cut short by the tool that saved it: no title
    elif title and _opens_the_text(title, lines, {id(ln) for ln in fm.lines}):
        title = None  # the post's first sentence, whole, as the tool's title: no title
    author = fm.get(fm_author_key) if fm_author_key in fm.where else None
    if author and not segment.is_name(author):
        author = None
    if title:
        keep.append(fm_title_key)
    bio = age = None
    if author:
        keep.append(fm_author_key)
        # a note's properties beside the author: their headline, the post's age ("3d")
        if fm.key_of("headline") in fm.where:
            bio = fm.get("headline")
            keep.append("headline")
        # (the age under any name the export tables give it: "age", "posted", "time")
        for ak in [k for k in fm.where if fm.fields.get(k) and (k == "age" or _fm_field(k) == "age")]:
            age = segment.parse_age(fm.get(ak))
            if age is not None and age.end >= len(fm.get(ak).strip()):
                keep.append(ak)
                break
            age = None
    fm.finish(lines, log, tuple(keep))
    h1 = shapes.take_h1_title(lines, log) if (fm.fields or shape or shapes.uses_markdown_headings(lines)) else None
    if h1 is not None and (segment.is_cut_opening(h1, lines) or _names_the_author(h1, author)):
        # "# The post's first words…": the saved page's title, cut short, not the post's;
        # "# Post by Ana Lee" (the author the front matter names): the page's label
        log.drop_line(next(ln for ln in lines if ln.text.strip()), "ui.page_title")
        h1 = None
    content = [ln for ln in lines if ln.text.strip()]
    if len(content) >= 3 and not fm.fields and ("•" in content[0].text[:80] or "·" in content[0].text[:80]):
        _name_badge(content[0], log)  # "Ruth Park • 2nd" over a post copied without its buttons
    fields: dict = {}
    if not fm.fields and not author and ((shape and any("**" in ln.text for ln in content[:4])) or
                                         _placed_field_list(content, shape or shapes.uses_markdown_headings(lines))):
        # a Markdown export's bold field lines before the text ("- **Author:** Name"), or a
        # plain list of them ("- Author: [[Name]]"): its fields; the heading over them named
        # the saved page ("# Post by …"), not the post, unless a field repeats it (its title)
        fields = _bold_fields(lines, log)
        if fields.get("author"):
            h1 = fields.get("title")  # (the heading a title field repeats, else the page's label)
    if not (fm.fields or author or fields or h1) and len(content) >= 4 and _post_page_title(content, log):
        content = [ln for ln in lines if ln.text.strip()]
    # a reader app's header over the article it saved (the site's name or the article's address,
    # a byline with the reading time): the title and the author
    reader = shapes.reader_header(lines, log) if not (fm.fields or author or fields or h1) else None
    if reader is None and len(content) >= 3 and content[0].text.rstrip()[-4:].lower() in (".com", "com/") \
            and shapes.SITE_LINE.fullmatch(content[0].text.strip()):
        # the site's name alone over the page (a phone browser's address bar, a reader view's
        # host line, over no article header): the browser's, not a title
        log.drop_line(content[0], "ui.site_name")
        content = content[1:]
    if reader is not None or fields.get("author") or fm.fields or shapes.looks_like_article(lines, fm) or (
            len(content) >= 3 and (segment.is_name(content[0].text) or (
                not content[0].text[:1].isspace() and segment.inline_comment_head(content[0].text) is not None))):
        # (a byline on the first line, or the post's whole header on it: "Ana Lee · CTO · 2d")
        rec = Record(shape=shape or "article")
        rec.title = title or h1
        if reader is not None:
            rec.title, author = reader[0].text.strip(), reader[1]
        first = next((ln for ln in lines if ln.text.strip()), None)
        if title and first is not None and first.text.strip() != title.strip() and fm.export_sections:
            # (a read-later export's heading under a stray line, "2 min read" over "# Title":
            # the heading still the title's copy, else the metadata's title went unrecorded)
            first = next((ln for ln in [x for x in lines if x.text.strip()][1:3]
                          if ln.text.strip() == title.strip()), first)
        if title and first is not None and first.text.strip() == title.strip():
            # the page repeats the front matter's title as its heading: one copy is the field's
            log.drop_line(first, "ui.doubled_label")
        if not author and (fm.fields or shape or fields):
            if not fields:
                fields = _bold_fields(lines, log)  # "**Author:** Name" lines before the text
            if fields.get("author"):
                author, bio, age = fields["author"], fields.get("headline"), fields.get("age")
                rec.title = rec.title or fields.get("title")
        if author:
            rec.author = Author(author, bio)
            if age is not None:
                rec.age, rec.age_iso = age.text, age.iso
        sections = shapes.note_sections(lines, log) if fm.fields and author else None
        if sections is not None:  # a note page's sections: its text, the comments it lists
            lines = sections[0]
        if fm.fields:
            # ("## Section": a clipping's Markdown with no link, not flattened as Markdown; where
            # it was, no marker is left)
            _section_heading_marks(lines, log)
        layouts.segment_article(lines, log, rec, md_links,
                                byline=fm.get(fm_author_key) if fm_author_key in fm.where else None)
        if sections is not None and sections[1] and not rec.comments:
            rec.comments = sections[1]
        return [rec]

    rec = Record(shape=shape or "plain", title=h1)
    layouts.segment_plain(lines, log, rec, is_post=None if shape else _looks_like_post_text)
    if shape is None:
        # (a sign-off or call to action is cut off only from text that looked like a post's)
        posty = (rec.shape == "scraper_field" or rec.cta is not None or rec.sign_off is not None
                 or _looks_like_post_text(rec.body))  # (scraper_field: the post's share link closed it)
        rec.shape = "scraper_field" if posty else "plain"
        if rec.shape == "plain":
            rec.warnings.append("no_structure: no LinkedIn post structure found; body is the cleaned text")
    return [rec]


def _fm_field(key: str) -> str | None:
    """The post's field a front matter key names (by the export tables), None for a
    comment's or none."""
    role, f, _ = shapes.classify_column(key)
    return f if role != "comment" else None


def _opens_the_text(title: str, lines: list[Line], skip: set[int]) -> bool:
    """Is a front matter's title a sentence (closed by "." or "!") that a paragraph of the
    text's first lines repeats whole, below its first line (a page label, a byline), not as a
    heading? Then a tool titled the saved post with its opening, as when it cuts it short."""
    t = " ".join(title.split())
    if len(t) < 12 or not t.endswith((".", "!", "。", "！")):
        return False
    seen = 0
    for ln in lines:
        if id(ln) in skip or not ln.text.strip():
            continue
        seen += 1
        if seen > 1 and ln.text.lstrip()[:1] != "#" and " ".join(ln.text.split()) == t:
            return True
        if seen >= 12:
            break
    return False


_SECTION_HEADING = re.compile(r"[ \t]*#{2,6}[ \t]+(?=\S)")


def _section_heading_marks(lines: list[Line], log: RepairLog) -> None:
    """The markers of a clipping's section headings ("## Step 2", "### What we found") in a
    Markdown text with no link (which :func:`shapes.is_markdown` does not take for Markdown):
    removed, recorded as ``markdown.heading``; the heading stays a line of the text."""
    for ln in lines:
        if "#" in ln.text[:8]:
            m = _SECTION_HEADING.match(ln.text)
            if m is not None:
                log.edit(ln, "markdown.heading", [(0, m.end(), "")])


def _names_the_author(heading: str, author: str | None) -> bool:
    """Is the heading a page label naming the post's author ("Post by Ana Lee", "Ana Lee’s
    Post", in any language of ``patterns.POSSESSIVE_HEADERS``), nothing else?"""
    if not author:
        return False
    owner, rest = segment.strip_possessive(heading)
    return owner is not None and not rest.strip() and owner.casefold() == author.strip().casefold()


def _name_badge(line: Line, log: RepairLog) -> None:
    """A first line that is a name and its badge after a bullet ("Ana Lee • 2nd", "Jan Novák •
    3.+"): the badge is chrome, removed (recorded with its rule), when what stays is a name."""
    from . import nodes

    found = nodes.badge_cut(line.text)
    if found is not None and segment.is_name(line.text[: found[0]]):
        log.edit(line, found[1], [(found[0], len(line.text.rstrip()), "")])


# (also as the items of a bullet list: "- **Author:** Name")
_BOLD_FIELD = re.compile(r"\s*(?:[-*+•]\s+)?\*\*(?P<a>[^*\n]{1,40}?)\s*[:：]\s*\*\*\s*(?P<v>\S.*)|"
                         r"\s*(?:[-*+•]\s+)?\*\*(?P<b>[^*\n]{1,40}?)\*\*\s*[:：]\s*(?P<w>\S.*)")
# (or plain, as a read-later tool's metadata list writes them: "- Author: [[Ana Lee]]")
_LIST_FIELD = re.compile(r"[ \t]{0,8}+[-*+•][ \t]++(?P<c>[^\W\d_][^:：\n*\[\]]{0,30}?)[ \t]*+[:：][ \t]++(?P<u>\S.*)")
# (a wiki link around a value: "[[Ana Lee]]", Obsidian's and Logseq's)
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]{1,200}+)(?:\|[^\[\]\n]{0,200}+)?\]\]")


def _field_line(text: str) -> re.Match[str] | None:
    """A Markdown export's field line: "**Author:** Name" (bold), "- Author: Name" (a list item)."""
    if "**" in text:
        return _BOLD_FIELD.fullmatch(text)
    head = text.lstrip()[:1]
    return _LIST_FIELD.fullmatch(text) if head and head in "-*+•" and ("：" in text or ":" in text) else None


def _placed_field_list(content: list[Line], markdown: bool) -> bool:
    """A plain list of "Label: value" items among the first lines is an export's field list only
    where an export puts one: the dump's opening block, right under a heading, or, in a
    Markdown-shaped file, a list holding the saved page's address ("- Source: https://…",
    "- URL: …"). A post's own list ("- Title: Deep Work / - Author: Cal Newport" under its
    first line) is text."""
    from . import shapes as sh

    for i, ln in enumerate(content[:6]):
        if "**" in ln.text or not _field_line(ln.text):
            continue
        if i == 0 or content[i - 1].text.lstrip()[:1] == "#":
            return True
        if not markdown:
            return False
        for nx in content[i:i + 12]:
            m = _field_line(nx.text)
            if m is None or "c" not in m.re.groupindex:
                break
            if sh.classify_column(m.group("c"))[1] == "url" or m.group("u").lstrip("<[(").startswith(("http://", "https://", "www.")):
                return True
        return False
    return False


def _bold_fields(lines: list[Line], log: RepairLog) -> dict:
    """The post's fields a Markdown export writes as bold labels before the text ("**Author:**
    Name", "**Headline:** …", "**Posted:** 4d • Edited"; the labels of the export synonym
    table, in any of its languages): {"author": name, "headline": bio, "age": Age}. Only a run
    of such lines among the first lines, with a name; else nothing is taken. Their lines
    leave ``lines``; what a field did not take (the label, a link's syntax, "• Edited") is
    recorded as removed (``markdown.field``), and a heading over them is the page's
    (``ui.page_header``)."""
    from . import shapes as sh

    found: dict = {}
    taken: list[tuple[Line, int, int]] = []  # (line, start and end of the value a field took)
    seen = 0
    values: set[str] = set()  # (the values of the export's other fields: a title a heading repeats)
    extra: list[Line] = []
    for ln in lines:
        if not ln.text.strip():
            continue
        seen += 1
        m = _field_line(ln.text)
        if m is None:
            if taken or seen > 4:
                break
            continue  # (a heading before them)
        plain = "c" in m.re.groupindex
        role, f, _ = sh.classify_column(m.group("c") if plain else m.group("a") or m.group("b"))
        g = "u" if plain else "v" if m.group("v") is not None else "w"
        value = sh.link_text(m.group(g).strip()).strip()  # ("[Name](…/in/…)": the name)
        if "[[" in value:
            value = _WIKI_LINK.sub(r"\1", value).strip()  # ("[[Name]]": the name)
        if role != "comment" and f in (None, "url"):
            values.add(m.group(g).strip())  # (the export's other fields among them, "- Source: …")
            extra.append(ln)
            continue
        if role == "comment" or f not in ("author", "headline", "age") or f in found:
            break
        if f == "age":
            a = segment.parse_age(value)
            if a is None:
                break
            found[f], value = a, a.text
        else:
            found[f] = value
        at = ln.text.find(value, m.start(g))
        if not value or at < 0:
            return {}
        taken.append((ln, at, at + len(value)))
    if not found.get("author") or not segment.is_name(found["author"]):
        return {}
    for ln, x, y in taken:
        log.edit(ln, "markdown.field", [(p, q, "") for p, q in ((0, x), (y, len(ln.text))) if p < q])
    ids = {id(t[0]) for t in taken}
    for ln in extra:
        if ln.no < taken[-1][0].no:
            log.drop_line(ln, "markdown.field")
            ids.add(id(ln))
    # the export's other fields in the same run ("**Reactions:** 12", "**URL:** …", "**Saved:** …"):
    # its metadata, no text (up to the first line of another kind or a blank line)
    at = next(i for i, ln in enumerate(lines) if id(ln) == id(taken[-1][0])) + 1
    while at < len(lines) and (m := _field_line(lines[at].text)):
        values.add(m.group("u" if "c" in m.re.groupindex else "v" if m.group("v") is not None else "w").strip())
        log.drop_line(lines[at], "markdown.field")
        ids.add(id(lines[at]))
        at += 1
    while at < len(lines) and not lines[at].text.strip():
        at += 1
    if at < len(lines) and lines[at].text.strip() in ("---", "***", "___"):
        log.drop_line(lines[at], "markdown.rule")  # the export's rule under its fields
        ids.add(id(lines[at]))
    for ln in lines:  # the export's heading over the fields ("# Post by …"): the page's, no text
        if id(ln) in ids:
            break
        if ln.text.strip() and "title" not in found and ln.text.lstrip("# ").strip() in values:
            found["title"] = ln.text.lstrip("# ").strip()  # (a heading a field repeats: "Full Title: …")
            # (the heading is the title's copy: out of the lines, its marker recorded, also where
            # a line above it kept take_h1_title from reading it; else it stayed as the bio)
            lead = len(ln.text) - len(ln.text.lstrip())
            if ln.text[lead:lead + 1] == "#":
                log.edit(ln, "markdown.heading", [(lead, ln.text.index(found["title"], lead), "")])
            ids.add(id(ln))
        elif ln.text.strip():
            log.drop_line(ln, "ui.page_header")
            ids.add(id(ln))
    lines[:] = [ln for ln in lines if id(ln) not in ids]
    return found


def _csv_comment_lines(lines: list[Line], log: RepairLog) -> list[Line]:
    """A CSV or TSV export whose tool wrote comment lines over its header ("# Exported by …",
    "# URL: …", "# captured 2026-11-27"; a few, each opening with "#"): they are no rows, and
    are dropped (``csv.comment``) when the first other line is a header row. Else ``lines``
    as they were (a Markdown heading over a post)."""
    k = 0
    while k < min(len(lines), 12) and lines[k].text[:1] == "#":
        k += 1
    j = k
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    if k == 0 or j + 1 >= len(lines) or lines[j].text[:1] == "#":
        return lines
    head = lines[j].text
    if not (shapes.has_csv_header(head) or (shapes.may_have_header(head) and shapes.has_csv_header(
            head, "\n".join(ln.text for ln in lines[j:])))):
        return lines
    for ln in lines[:j]:
        if ln.text.strip():
            log.drop_line(ln, "csv.comment")
    return lines[j:]


# a line that is nothing but a link to a LinkedIn article: the address bare or in angle brackets,
# or a Markdown link whose text is a short label ("[Read Original](https://…linkedin.com/pulse/…)");
# a sentence that links to an article is a post's text, not the clipping's own link
_PULSE_URL = r"(?:https?://)?(?:[\w-]{1,63}\.){0,3}linkedin\.[a-z]{2,3}(?:\.[a-z]{2})?/pulse/"
_PULSE_LINE = re.compile(rf"[ \t]{{0,8}}+(?:[-*>][ \t]{{1,4}}+)?(?:<?{_PULSE_URL}[^\s<>]{{1,600}}+>?"
                         rf"|\[[^\[\]\n]{{1,40}}\]\(<?{_PULSE_URL}[^\s<>()]{{1,600}}+>?\))[ \t]*+", re.I)


def _may_be_export(lines: list[Line]) -> bool:
    """The tests that open :func:`exports.segment_csv` and :func:`exports.segment_json`: a
    CSV header row first, or a first content line opening a JSON array or object."""
    head = lines[0].text.split("\n", 1)[0]
    if shapes.has_csv_header(head):
        return True
    if shapes.may_have_header(head) and len(lines) > 2 and shapes.has_csv_header(
            head, "\n".join(ln.text for ln in lines)):
        return True  # (a header in a vocabulary no table knows, told by its rows' values)
    first = next((ln.text for ln in lines if ln.text.strip()), "")
    if first.lstrip("\ufeff \t").startswith(("[", "{")):
        return True
    if first.strip() in ("+++", "---"):
        from .literals import may_be_front_matter

        if may_be_front_matter([ln.text for ln in lines[:405]]):
            return True  # (a page's front matter that may hold its comments: "[[comments]]", "- author: …")
    # a Markdown table (a header row, then its |---| rule) under a heading or two
    if any(ln.text.lstrip().startswith("|") and "---" in nxt.text
           for ln, nxt in zip(lines[:7], lines[1:8])):
        return True
    # a Python literal after a prompt or log line; block YAML (``key:`` / ``- key:`` first,
    # after its comments)
    if any(ln.text.lstrip().startswith(("{'", "[{'", "{u'", "[{u'")) for ln in lines[1:4]):
        return True
    if head.count("=") >= 3 and _LOGFMT_HEAD.match(head):
        return True  # (logfmt: key=value pairs, one event a line)
    if sum(ln.text[:1].islower() and "_" in ln.text and " " not in ln.text for ln in lines[:60]) >= 2:
        from .literals import may_be_stacked

        if may_be_stacked([ln.text for ln in lines[:61]]):
            return True  # (a key/value pane copied with each key on its own line: "author__name")
    if any(ln.text.strip() in ("{", "[") for ln in lines[1:4]):
        return True  # (a JSON document after a console's command line and its echo)
    if any(" {'" in ln.text or ' {"' in ln.text or ln.text.startswith("{'") for ln in lines[1:12]):
        return True  # (a literal printed in a log line's tail or a notebook's output)
    if any("(" in ln.text[:80] and _OBJECT_REPR.match(ln.text) for ln in lines[:6]):
        return True  # (a dataclass's or a model's repr: "[Post(text='…', …")
    if any("=" in ln.text and _TOSTRING.search(ln.text) for ln in lines[:6]):
        return True  # (a Java record's or Lombok's toString: "PostRecord[urn=…, text=…")
    if any(ln.text[:12].upper() in ("INSERT INTO ", "CREATE TABLE") or ln.text[:5] == "COPY " for ln in lines[:40]):
        return True  # (an SQL dump's statements)
    if _CONFIG_HEAD.match(next((ln.text for ln in lines[:20] if ln.text.strip() and ln.text[:1] not in ";#!"), "")):
        from . import literals  # (an INI file's "[section]", a .properties file's "a.b.c=value")

        if literals.may_be_flat_config([ln.text for ln in lines[:40]]):
            return True
    if ":" in first[:24] and first[:1].isalnum() and "> " in first[:40]:
        from . import literals  # (redis-cli: "127.0.0.1:6379> HGETALL …", numbered replies)

        if literals.may_be_redis([ln.text for ln in lines[:40]]):
            return True
    if any(_RECORD_HEAD.match(ln.text) for ln in lines[:12]):
        from . import literals  # (a database client's record display: "-[ RECORD 1 ]-", "  id = 12")

        if literals.may_be_records([ln.text for ln in lines[:40]]):
            return True
    if any(ln.text.rstrip().endswith(("Array", "Object")) for ln in lines[:6]):
        from . import literals  # (PHP's print_r: "Array", then "(")

        if literals.may_be_print_r([ln.text for ln in lines[:7]]):
            return True
    if any(ln.text.rstrip().endswith(("{", "[", "(")) or "=>" in ln.text or ln.text[:1] in ("{", "[")
           or ("(" in ln.text[:40] and _NESTED_CALL.match(ln.text))
           or (ln.text.rstrip().endswith("}") and "{" in ln.text[:400]) for ln in lines[:12]):
        # (a Go, Node, Rust, Ruby or R dump: a brace, then bare keys; or Go's %#v on one line)
        from . import literals

        head = [ln.text for ln in lines[:16]]
        if literals.may_be_loose(head) or literals.may_be_var_dump(head):
            return True
    head = next((ln.text for ln in lines if ln.text.strip() and not ln.text.startswith("#")
                 and ln.text.rstrip() != "---"), "")  # (after comments and a document marker)
    if head[:1] == "[" and _TOML_TABLE.match(head):
        return True  # (TOML: a "[table]" or "[[array of tables]]" header first)
    return bool(_YAML_HEAD.match(head)) and any(ln.text.startswith(("  ", "- ")) for ln in lines[1:40])


_GRID_FIRST = frozenset("-+├┌╞╔╠┝ \t")
_CONFIG_HEAD = re.compile(r"\[[^\]\n]{1,200}\][ \t]*$|[A-Za-z][\w.:-]{0,200}[ \t]*[=:]")
_RECORD_HEAD = re.compile(r"[-*]{1,40}[\[ ]|[ ]{0,40}[^\W\d][\w.$-]{0,60}[ ]*[=:|] ")
_TOSTRING = re.compile(r"[A-Z][\w$.]{0,60}[\[(][a-z_]\w{0,40}=")
_LOGFMT_HEAD = re.compile(r'[A-Za-z_][\w.-]{0,60}=(?:"[^"\n]*"|[^\s"=]*)[ \t]+[A-Za-z_][\w.-]{0,60}=')
_NESTED_CALL = re.compile(r"[A-Za-z_][\w.]{0,40}\([ \t]*[A-Za-z_][\w.]{0,40}\(")  # (R's "structure(list(")
_OBJECT_REPR = re.compile(r"[ \t\[]*[A-Za-z_][\w.]{0,60}\(\s*(?:[A-Za-z_]\w{0,40}=(?!=)|$)")
_PROMPT_HEAD = re.compile(r"[\w.-]{0,40}[@~:/][\w.@~:/-]{0,60}[$%❯➜] \S")  # ("me@box:~$ tool …": a shell prompt; "R$ 40", "100% of" are none)
_YAML_HEAD = re.compile(r"(?:- )?[^\W\d][\w -]{0,40}:(?: |$)")
_TOML_TABLE = re.compile(r"\[\[?[A-Za-z_][\w.-]{0,60}\]\]?[ \t]*$")


def _chunks(lines: list[Line], starts: list[int]) -> list[list[Line]]:
    if not starts:
        return [lines]
    bounds = starts + [len(lines)]
    chunks = [lines[: starts[0]]] if starts[0] > 0 else []
    for a, b in zip(bounds, bounds[1:]):
        chunks.append(lines[a:b])
    return chunks


def _no_button(chunk: list[Line], log: RepairLog) -> bool:
    """No line of this card was a button (segmentation dropped none as ``ui.action``)."""
    lo, hi = chunk[0].no, chunk[-1].no
    return not any(r.rule == "ui.action" and lo <= r.line <= hi for r in log.entries)


def _drop_all(lines: list[Line], log: RepairLog, rule: str | None = None) -> None:
    from .nodes import classify

    for ln in lines:
        if ln.text.strip():
            log.drop_line(ln, rule or classify(ln.text).rule or "segment.outside_post")


def _title_author(fm: shapes.FrontMatter) -> str | None:
    t = fm.get("title")
    return segment.page_author_hint(t) if t else None


_POSTY = re.compile(r"(?<![\w&])#[^\W\d_]|lnkd\.in/|linkedin\.com/|[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def _looks_like_post_text(body: str) -> bool:
    """A bare post body from a scraper field shows some LinkedIn trait: a hashtag, a
    LinkedIn link, an emoji. Text with none of them is reported as having no structure."""
    return bool(_POSTY.search(body))


def process_bytes(data: bytes, source: str = "-", config: Config = DEFAULT_CONFIG) -> list[Record]:
    """Decode bytes of any common encoding, then :func:`process`. Raises
    :class:`postscrub.decode.NotTextError` for input that is not text."""
    from .decode import decode

    text, encoding = decode(data)
    return process(text, source, config, encoding=encoding)
