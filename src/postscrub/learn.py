"""Chrome learned from a page's own structure, for UI languages the tables do not know.

``patterns.py`` names LinkedIn's buttons and anchors in the locales we have seen. A public
post page in another UI language (Hebrew, Vietnamese, Thai…) still has the same *structure*:
every comment header ends with an age and the same "Report this comment" line; every comment
ends with the same pair of buttons ("Like", "Reply") and, often, a reaction count. A line that
recurs in those places is chrome whatever its words. :func:`learn` finds it:

1. the **comment anchor**: a short line (no digits, no sentence punctuation) that follows an
   age-like line (``6 ימים``: a number and one short word, or a known age) at least twice and
   after most of them; the age-like lines before it are ages;
2. the **post or article anchor**: a line before the comments built like the comment anchor
   (its first or last word, about as many words: "Report this post" / "Report this comment");
   a post anchor when an age stands just before it, an article anchor otherwise;
3. **buttons**: two short lines that follow each other, the same two, at least twice after
   the comments begin ("Like", "Reply");
4. **counters**: a number, or a number and a word, next to a button;
5. **rows**: buttons and counts in one line ("Like · 4 · Reply"), repeated counts aside;
6. **the post's bar** and **teasers**: the buttons after the post's first one, up to the share
   menu; a later block that ends with the post's own buttons is another post (the comments
   end there);
7. **reply counts**: a count after the comments' own button, named like it ("Reply" / "1 reply").

Nothing is learned when the page already shows a comment's anchor of a known locale, or a
post's anchor and buttons the tables know: the tables know it, and a coincidence (two
comments that both say "Great post") must not turn text into chrome. Learned kinds are
used while one dump is segmented (:data:`LEARNED`, read by ``nodes.classify`` and
``segment.parse_age``); their rules are named ``ui.learned.*`` in the repair log, so a user
can audit what was inferred.
"""

from __future__ import annotations

from . import _re as re
import unicodedata
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field

from .memo import line_memo
from .repair import Line


@dataclass(slots=True)
class Learned:
    kinds: dict[str, object] = field(default_factory=dict)  # nodes.key(text) -> nodes.Kind
    ages: set[str] = field(default_factory=set)  # age lines, stripped, as written
    post_header: bool = False  # an age stands in a header before the first paragraph: a post
    replies: dict[str, int] = field(default_factory=dict)  # key of a reply count -> the count


#: The chrome learned for the dump being segmented (None: nothing learned).
LEARNED: ContextVar[Learned | None] = ContextVar("postscrub_learned", default=None)

# "6 ימים", "4 ngày", "3 g", "2 sett.", "3 दिन": a number (1-2 digits) and one short word
_AGE_HEAD = re.compile(r"\d{1,2}\s?")
_COUNT_HEAD = re.compile(r"\d[\d,.\s]*")
_DIGIT = re.compile(r"\d")


def _is_word(w: str, longest: int) -> bool:
    """A word of 1 to ``longest`` letters, with the combining marks that ``\\w`` lacks (the
    vowel signs of Devanagari and Thai: ``दिन``, ``วัน``), and an optional full stop."""
    w = w[:-1] if w.endswith(".") else w
    return 1 <= len(w) <= longest and all(
        c.isalnum() and not c.isdecimal() or unicodedata.category(c) in ("Mn", "Mc") for c in w)


@line_memo  # (pure: asked of every short line, the same chrome in every dump)
def _age_like(t: str) -> bool:
    if not t[:1].isdecimal():  # (what \d is in a str pattern: most lines fail here, unmatched)
        return False
    m = _AGE_HEAD.match(t)
    return m is not None and _is_word(t[m.end():], 12)


def _count_like(t: str, word_first: bool = False) -> bool:
    """A number, or a number and one word (``148``, ``4 реакции``, ``5 प्रतिक्रियाएँ``); with
    ``word_first``, also a word and then a number, with or without a space (``返信1件``)."""
    if word_first and t[:1] and not t[0].isdecimal():
        d = _DIGIT.search(t, 1)
        if d is None or not _is_word(t[:d.start()].rstrip(), 15):
            return False
        t = t[d.start():]
    m = _COUNT_HEAD.match(t)
    if m is None:
        return False
    rest = t[m.end():]
    return not rest or _is_word(rest[1:] if rest[0].isspace() else rest, 15)


_SENTENCE_END = (".", "!", "?", ":", ";", ",", "…", "。", "！", "？", "：")


@line_memo  # (pure: the same buttons and names in every dump)
def _anchor_like(t: str) -> bool:
    words = t.split()
    return (1 <= len(words) <= 6 and len(t) <= 50 and not any(c.isdigit() for c in t)
            and not t.endswith(_SENTENCE_END) and not t.startswith(("#", "@")) and "http" not in t)


def _button_like(t: str, bang: bool = False) -> bool:
    """One to three short words, no digit, no sentence's end (with ``bang``, but for one "!":
    ``いいね！``; a short comment says "Congrats!" too, so only a pair of buttons repeated
    may end so)."""
    if bang and t.endswith(("!", "！")):
        t = t[:-1]
    return (1 <= len(t.split()) <= 3 and len(t) <= 24 and _anchor_like(t)
            and any(c.isalpha() for c in t))  # (a lone "·" or "|" between buttons is none)


def learn(lines: list[Line]) -> Learned | None:
    """What the page's structure shows to be chrome, or None when nothing is learned."""
    from . import nodes as nd

    content = [ln.text.strip() for ln in lines if ln.text.strip()]
    n = len(content)
    if n < 8 or n > 20_000:
        return None
    known_anchors = (nd.REPORT_POST, nd.REPORT_COMMENT, nd.REPORT_ARTICLE)
    # cheap first: is any short line repeated after two age-like lines, or any pair of short
    # lines repeated? (most dumps: no)
    seen: set[str] = set()
    pairs_seen: set[tuple[str, str]] = set()
    repeated = False
    known_post = known_button = False  # (both: a page of a known locale, told early)
    for i in range(n - 1):
        t = content[i]
        if len(t) <= 60 and _has_separator(t):  # a row of buttons repeated
            row = _row(t)
            if row is not None and nd.classify(t).kind == nd.TEXT:
                if row[0] in seen:
                    repeated = True
                seen.add(row[0])
        if len(t) > 40:
            continue
        if (_age_like(t) or nd.classify(t).kind == nd.AGE) and _anchor_like(content[i + 1]):
            anchor_kind = nd.classify(content[i + 1]).kind
            if anchor_kind == nd.REPORT_COMMENT or (anchor_kind in known_anchors and known_button):
                return None  # a known locale: its tables say what is chrome
            known_post = known_post or anchor_kind in known_anchors
            if content[i + 1] in seen:
                repeated = True
            seen.add(content[i + 1])
        u = content[i + 1]
        if u in _LONE_SEPARATORS:
            u = content[_next_line(content, i)]
        if len(t) <= 24 and not known_button and nd.classify(t).kind == nd.ACTION:
            known_button = True
            if known_post:
                return None  # (a known post anchor and a known button: the tables know the page)
        if (len(t) <= 24 and len(u) <= 24 and t != u
                and nd.classify(t).kind == nd.TEXT and nd.classify(u).kind == nd.TEXT):
            pair = (t, u)  # (buttons the tables know teach nothing)
            if pair in pairs_seen:
                repeated = True
            pairs_seen.add(pair)
    if not repeated:
        return None
    kinds = nd.kinds_of(content)
    if any(k.kind == nd.REPORT_COMMENT for k in kinds) or (
            any(k.kind in known_anchors for k in kinds) and any(k.kind == nd.ACTION for k in kinds)):
        # a known locale: its tables say what is chrome (a post's anchor they know over
        # comments whose anchor and buttons they do not is a page half known: a string
        # LinkedIn changed, a page half translated; its comments' chrome is learned)
        return None
    keys = [nd.key(t) for t in content]

    def agey(i: int) -> bool:
        return kinds[i].kind == nd.AGE or (kinds[i].kind == nd.TEXT and bool(_age_like(content[i])))

    # The anchor follows age-like lines of several units ("1 Tag", "20 Std."), and most lines
    # of each unit it follows; a count ("56 comments") is age-like too, but what follows it is
    # a button, after fewer lines. The line that follows the most age-like lines wins.
    unit_of: dict[int, str] = {}
    for i in range(n - 1):
        if agey(i):
            unit_of[i] = "" if kinds[i].kind == nd.AGE else keys[i].lstrip("0123456789 ")
    follows: dict[str, list[int]] = {}
    for i in unit_of:
        if kinds[i + 1].kind == nd.TEXT and _anchor_like(content[i + 1]):
            follows.setdefault(keys[i + 1], []).append(i)
    best = None
    for cand, at_ages in follows.items():
        units = {unit_of[i] for i in at_ages}
        pool = sum(1 for u in unit_of.values() if u in units)
        # a comment's age comes after its author's name and headline (text); a count after
        # other counts or the fold
        headed = sum(1 for i in at_ages if i and kinds[i - 1].kind == nd.TEXT)
        # (a tie: the post's anchor, on the post and on as many teasers below, comes first)
        if (len(at_ages) >= 2 and len(at_ages) >= 0.6 * (pool - 1) and headed * 2 >= len(at_ages)
                and (best is None or (len(at_ages), min(at_ages)) > best[1:])):
            best = (cand, len(at_ages), min(at_ages))
    if best is None:
        return _learn_without_anchor(content, kinds, keys, unit_of)
    anchor = best[0]
    learned = Learned()
    report_comment = nd.Kind(nd.REPORT_COMMENT, "ui.learned.report")
    learned.kinds[anchor] = report_comment
    at = [i for i in range(n) if keys[i] == anchor]
    for i in at:
        if i and kinds[i - 1].kind == nd.TEXT and _age_like(content[i - 1]):
            learned.ages.add(content[i - 1])
    first = at[0]

    # the post's (or the article's) own anchor, built like the comment anchor
    words = anchor.split()
    for i in range(first):
        t = keys[i]
        w = t.split()
        if (kinds[i].kind == nd.TEXT and _anchor_like(content[i]) and t != anchor
                and _built_alike(w, words)):
            # (an age, not a count after the reactions' number: "1,204" / "12 comments")
            before = [j for j in range(max(0, i - 3), i)
                      if agey(j) and not (j and _COUNT_HEAD.fullmatch(content[j - 1]))]
            again = [j for j in range(i + 1, n) if keys[j] == t]
            # once, or after an age wherever it stands (the same anchor on the "more posts"
            # teasers below the comments): a line of the body repeated is neither
            if again and not (before and all(any(agey(k) for k in range(j - 3, j)) for j in again)):
                continue
            if before:
                learned.kinds[t] = nd.Kind(nd.REPORT_POST, "ui.learned.report")
                for j in before:
                    if kinds[j].kind == nd.TEXT:
                        learned.ages.add(content[j])
                # a button between the post's age and its anchor ("Follow")
                for j in range(before[-1] + 1, i):
                    if kinds[j].kind == nd.TEXT and _button_like(content[j]) and not _name_like(content[j]):
                        learned.kinds.setdefault(keys[j], nd.Kind(nd.ACTION, "ui.learned.action"))
            elif not any(kinds[j].kind in (nd.ACTION, nd.COUNTER) or _count_like(content[j], word_first=True)
                         for j in range(max(0, i - 2), min(n, i + 3))):
                # (not among the post's counters and buttons: "12 comments", "Comment")
                learned.kinds[t] = nd.Kind(nd.REPORT_ARTICLE, "ui.learned.report")
            else:
                continue
            break

    # buttons: the same two short lines in a row, twice or more once the comments begin
    rows = [_row(t) if k.kind == nd.TEXT and _has_separator(t) else None
            for t, k in zip(content, kinds)]
    bkeys = [nd.key(r[0]) if r is not None else k for r, k in zip(rows, keys)]
    pairs = _button_pairs(content, kinds, bkeys, first, rows=rows,
                          opens=lambda i: agey(i - 1) or keys[i - 1] == anchor)
    action = nd.Kind(nd.ACTION, "ui.learned.action")
    for (a, b), c in pairs.items():
        if c >= 2 and a not in learned.kinds and b not in learned.kinds:
            learned.kinds[a] = action
            learned.kinds[b] = action
    _learn_rows(content, keys, bkeys, rows, agey, learned, action, first)
    _learn_post_bar(content, kinds, keys, learned, action, first, agey)
    if not any(k.kind in (nd.REPORT_POST, nd.REPORT_ARTICLE) for k in learned.kinds.values()):
        # no post anchor follows the post's age (or none was learned): the post's age is the
        # first age-like line after a name and headline, before the first paragraph and the
        # first comment, and not among counters and buttons ("1,204" / "47 comments" / "Like")
        for i in sorted(unit_of):
            if i >= min(first - 1, _first_paragraph(content)):
                break
            if (i and kinds[i - 1].kind == nd.TEXT and not _count_like(content[i - 1])
                    and keys[i] not in learned.kinds and keys[i + 1] not in learned.kinds):
                if kinds[i].kind == nd.TEXT:
                    learned.ages.add(content[i])
                break

    _learn_bar_shapes(content, kinds, keys, learned)
    _learn_counters(content, kinds, keys, learned, action)
    _learn_reactors(content, kinds, keys, learned, first)
    _learn_badge(content, kinds, keys, learned, first, agey)
    _learn_teaser(content, kinds, keys, learned, action, agey, first)
    _learn_reply_counts(content, keys, learned, action, first)
    _finish(content, learned)
    return learned


_TRK = re.compile(r"[?&]trk=([\w-]{1,80})")
_REPORT_TYPE = re.compile(r"[?&]guestReportContentType=(\w{1,20})")


def learn_links(lines: list[Line], links: list, learned: Learned | None) -> Learned | None:
    """The controls a Markdown copy of a public post page names by their links' targets: a
    line made only of links whose tracking name is a control's (``patterns.LINK_CONTROL_TRACKING``:
    "[விரும்பு](…trk=public_post_comment_like) [பதில்](…comment_reply) [12 …](…comment_reactions)")
    is that control in any UI language, as a "Report this post" line is by its report type.
    Added to ``learned`` (a new one if None) only where the tables read the line as text;
    returns it, or None when nothing was learned."""
    from . import nodes as nd
    from .patterns import LINK_CONTROL_TRACKING

    by_line: dict[int, list] = {}
    for lk in links:
        if "trk=" in lk.url:
            by_line.setdefault(lk.line, []).append(lk)
    if not by_line:
        return learned
    kinds = {"action": nd.Kind(nd.ACTION, "ui.learned.action"), "counter": nd.Kind(nd.COUNTER, "ui.learned.counter"),
             "more_comments": nd.Kind(nd.MORE_COMMENTS, "ui.learned.more_comments"),
             "sign_in": nd.Kind(nd.CHROME, "ui.learned.sign_in")}
    for ln in lines:
        own = by_line.get(ln.no)
        t = ln.text.strip()
        if not own or not t or len(t) > 300:
            continue
        what = []
        rest = t
        for lk in own:
            m = _TRK.search(lk.url)
            role = LINK_CONTROL_TRACKING.get(m.group(1)) if m else None
            at = rest.find(lk.text)
            if role is None or at < 0 or rest[:at].strip(" \t-*•·|"):
                break  # (a link that is no control, or text of the line's own between them)
            rest = rest[at + len(lk.text):]
            if role == "report":
                r = _REPORT_TYPE.search(lk.url)
                role = "report_comment" if r and r.group(1).upper() == "COMMENT" else "report_post"
            what.append(role)
        else:
            if not what or rest.strip(" \t-*•·|") or nd.classify(t).kind != nd.TEXT:
                continue
            if len(what) == 1 and what[0].startswith("report"):
                kind = nd.Kind(nd.REPORT_COMMENT if what[0] == "report_comment" else nd.REPORT_POST,
                               "ui.learned.report")
            elif len(set(what)) == 1 and what[0] in kinds:
                kind = kinds[what[0]]
            elif set(what) <= {"action", "counter"}:
                kind = nd.Kind(nd.ACTION, "ui.learned.action_row")  # "Like Reply 12 Reactions"
            else:
                continue
            if learned is None:
                learned = Learned()
            learned.kinds.setdefault(nd.key(t), kind)
    return learned


def _shares_start(a: str, b: str) -> bool:
    """Two words of one stem: the same first three characters (or all of the shorter, when it
    has two), or the one ending with the other: "Reply" / "reply", "Antworten" / "Antwort",
    "Répondre" / "réponse", "返信" / "件の返信"."""
    a, b = a.casefold(), b.casefold()
    need = min(3, len(a), len(b))
    return need >= 2 and (a[:need] == b[:need] or (a.endswith(b) if len(a) > len(b) else b.endswith(a)))


_DIGITS = re.compile(r"\d[\d,.]*")


def _learn_reply_counts(content: list[str], keys: list[str], learned: Learned, action, first: int) -> None:
    """Reply counts: the comments' own button (on no bar of the post: "Reply") followed,
    on its line or the next, by a count named like it ("Reply" / "1 reply", "Antworten · 1
    Antwort", "返信 · 返信1件"); the layout reads them as a count of replies, as it does the
    tables' ("1 reply"), and nests the replies that follow."""
    from . import nodes as nd

    n = len(content)
    buttons_at = [i for i in range(n) if learned.kinds.get(keys[i]) is action]
    post_bar = {keys[i] for i in buttons_at if i < first}
    if not post_bar:
        return  # (which button is the comments' own is not known)
    replies = {keys[i] for i in buttons_at if i >= first} - post_bar
    if not replies:
        return

    def named_like(count: str, button: str) -> int | None:
        m = _DIGITS.search(count)
        word = (count[:m.start()] + " " + count[m.end():]).split() if m else []
        if m is None or len(word) != 1 or not _shares_start(word[0], button):
            return None
        return int(re.sub(r"\D", "", m.group()) or 0)

    for i in range(first, n):
        t = content[i]
        if _has_separator(t):
            segs = [x for x in _SEPARATOR.split(t) if x]
            for a, b in zip(segs, segs[1:]):
                if nd.key(a) in replies and (c := named_like(b, a)) is not None:
                    learned.replies[keys[i]] = c
                    learned.kinds[keys[i]] = nd.Kind(nd.ACTION, "ui.learned.action_row")
        elif keys[i] not in learned.ages and (_count_like(t) or _count_like(t, word_first=True)):
            # the Reply button before it, the comment's other counters between
            j = i - 1
            while j >= first and keys[j] not in replies and (
                    learned.kinds.get(keys[j]) is action or _count_like(content[j])):
                j -= 1
            if j >= first and keys[j] in replies and (c := named_like(t, content[j])) is not None:
                learned.replies[keys[i]] = c
                # (a counter too, however far below its button: "Reply" / "4 reactions" /
                # "5 reactions" / "1 reply", where the layout reads a count of replies)
                learned.kinds.setdefault(keys[i], nd.Kind(nd.COUNTER, "ui.learned.counter"))


def _learn_teaser(content: list[str], kinds: list, keys: list[str], learned: Learned, action,
                  agey, first: int) -> None:
    """The page's other posts below the comments ("More relevant posts"): a block after an
    age that ends with the post's own buttons ("Comment", "Repost": on the post's bar, never
    on a comment's) and none of the comments' ("Reply") is a post's teaser, not a comment;
    the comments end at the first line after the buttons or counters that close the comment
    before it (a "See more comments", a heading, the teaser's name), learned as a section's
    end when it stands once on the page."""
    from . import nodes as nd

    n = len(content)

    def is_button(j: int) -> bool:
        return kinds[j].kind == nd.ACTION or learned.kinds.get(keys[j]) is action

    starts = [i for i in range(max(first - 1, 0), n) if agey(i)]
    if len(starts) < 2:
        return
    post_bar = {keys[j] for j in range(first) if is_button(j)}
    blocks = [(s, e) for s, e in zip(starts, starts[1:] + [n])]
    in_block = [{keys[j] for j in range(s, e) if is_button(j)} for s, e in blocks]
    comments_own = set().union(*in_block) - post_bar
    if not comments_own:
        return
    shared = {keys[j + d] for j in range(n) if keys[j] in comments_own for d in (-1, 1) if 0 <= j + d < n}
    post_own = post_bar - comments_own - shared
    for (s, _), own in zip(blocks[1:], in_block[1:]):
        if not own & post_own or own & comments_own:
            continue
        j = s - 1
        while j > first and kinds[j].kind == nd.TEXT and keys[j] not in learned.kinds:
            j -= 1
        k = learned.kinds.get(keys[j])
        closed = is_button(j) or kinds[j].kind == nd.COUNTER or (k is not None and k.kind == nd.COUNTER)
        if closed and j + 1 < s and keys.count(keys[j + 1]) == 1:
            learned.kinds[keys[j + 1]] = nd.Kind(nd.END, "ui.learned.section_end")
        return


def _learn_repeated_post_anchor(content: list[str], kinds: list, keys: list[str], learned: Learned,
                                header: int, agey) -> None:
    """Where the comments carry no anchor, the post's own ("Report this post") is the short
    line one or two lines after the post's age that stands again, as soon after an age, on
    another post of the page (the teasers below the comments); a button between the age and
    it is learned too ("Follow")."""
    from . import nodes as nd

    n = len(content)
    for i in range(header + 1, min(n, header + 3)):
        if kinds[i].kind != nd.TEXT or not _anchor_like(content[i]) or keys[i] in learned.kinds:
            continue
        again = [j for j in range(i + 1, n) if keys[j] == keys[i]]
        if again and all(any(agey(k) for k in range(j - 2, j)) for j in again):
            learned.kinds[keys[i]] = nd.Kind(nd.REPORT_POST, "ui.learned.report")
            for j in range(header + 1, i):
                if kinds[j].kind == nd.TEXT and _button_like(content[j]) and not _name_like(content[j]):
                    learned.kinds.setdefault(keys[j], nd.Kind(nd.ACTION, "ui.learned.action"))
            return


def _learn_post_bar(content: list[str], kinds: list, keys: list[str], learned: Learned, action,
                    first: int, agey=None) -> None:
    """The post's own bar of buttons ("Like", "Comment", "Repost", "Send"): its first button
    is learned from the comments'; the short lines after it, up to four, are its others when
    the bar closes on a button the tables know or on the share menu's targets ("LinkedIn",
    "Facebook") before the comments, or (with ``agey``, what tells an age-like line) on the
    first comment's header: a name of two words or more, its age one or two lines below. A
    one-word name there is not closed so, and stays."""
    from . import nodes as nd

    for b in range(first):
        if learned.kinds.get(keys[b]) is not action:
            continue
        run = []
        for j in range(b + 1, min(b + 6, first)):
            if learned.kinds.get(keys[j]) is action:
                continue
            if kinds[j].kind == nd.ACTION or kinds[j].rule == "ui.share_target" or (
                    run and agey is not None and kinds[j].kind == nd.TEXT and _name_like(content[j])
                    and any(agey(k) for k in range(j + 1, min(j + 3, len(content))))):
                for r in run:
                    learned.kinds[keys[r]] = action
                break
            if (kinds[j].kind != nd.TEXT or not _button_like(content[j]) or _name_like(content[j])
                    or keys[j] in learned.kinds or len(run) == 4):
                break
            run.append(j)


def _learn_badge(content: list[str], kinds: list, keys: list[str], learned: Learned, first: int,
                 agey=None) -> None:
    """The post author's badge on their own comments ("Author", "Автор", "ผู้เขียน"): a short
    line that a comment header puts between the name and the headline that stood together,
    without it (or with only a line of chrome between, the degree), in the post's header;
    or, in a reply that shows no headline, between that name and the reply's age (with
    ``agey``, what tells an age-like line)."""
    from . import nodes as nd

    n = len(content)
    header_pairs = {(content[j], content[j + 1]) for j in range(min(first, n - 1))}
    # (and past a line of chrome between them in the header: "Name / • 2nd / headline")
    texts = [j for j in range(min(first, n)) if kinds[j].kind == nd.TEXT]
    header_pairs.update((content[a], content[b]) for a, b in zip(texts, texts[1:]) if b - a == 2)
    names = {content[j] for j in range(min(first, n))
             if agey is not None and any(agey(k) for k in range(j + 1, min(n, j + 4)))}
    for i in range(first, n - 2):
        if (((content[i], content[i + 2]) in header_pairs or (
                content[i] in names and agey(i + 2) and not _name_like(content[i + 1])))
                and content[i + 1] != content[i] and content[i + 1] not in names  # (a name doubled)
                and kinds[i + 1].kind == nd.TEXT and keys[i + 1] not in learned.kinds
                and _button_like(content[i + 1])):
            learned.kinds[keys[i + 1]] = nd.Kind(nd.CHROME, "ui.learned.badge")


def _built_alike(a: list[str], b: list[str]) -> bool:
    """Two anchors built alike: about as many words, the same first or last word ("Report
    this post" / "Report this comment"); in a script written without spaces, where each is
    one "word", the same start or end of at least two characters and a third of the shorter
    ("รายงานโพสต์นี้" / "รายงานความคิดเห็นนี้")."""
    if not a or not b:
        return False  # (a key of no words: built like nothing)
    if abs(len(a) - len(b)) <= 1 and (a[0] == b[0] or a[-1] == b[-1]):
        return True
    if len(a) != 1 or len(b) != 1:
        return False
    x, y = a[0], b[0]
    need = max(2, min(len(x), len(y)) // 3)
    return x[:need] == y[:need] or x[-need:] == y[-need:]


def _name_like(t: str) -> bool:
    words = t.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _button_pairs(content: list[str], kinds: list, keys: list[str], start: int, *,
                  names_too: bool = True, rows: list | None = None, opens=None) -> Counter:
    """How often each two short lines the tables do not know stand in a row, from ``start``
    (``names_too=False``: not when either looks like a name, "Ana Lund"). With ``rows``
    (:func:`_row` of each line), a button that carries its count ("Like · 7", "Reply · 1
    reply") is read without it: ``keys`` are then the keys of the buttons alone. A pair
    whose first line opens a comment's text (``opens(i)``: right after its age or anchor) at
    half its places or more is two comments' words ("Congrats!" then "Like"), not buttons."""
    from . import nodes as nd

    def text(i: int) -> str:
        row = rows[i] if rows is not None else None
        return content[i] if row is None or row[1] != 1 else row[0]

    nxt = {i: _next_line(content, i) for i in range(start, len(content) - 1)
           if len(content[i]) <= 60 and kinds[i].kind == nd.TEXT and _button_like(text(i), True)}
    at = [i for i, j in nxt.items()
          if keys[i] != keys[j] and kinds[j].kind == nd.TEXT and _button_like(text(j), True)
          and (names_too or not (_name_like(text(i)) or _name_like(text(j))))]
    pairs = Counter((keys[i], keys[nxt[i]]) for i in at)
    if opens is not None:
        opening = Counter((keys[i], keys[nxt[i]]) for i in at if opens(i))
        for p, c in opening.items():
            if c * 2 >= pairs[p]:
                del pairs[p]
    return pairs


def _next_line(content: list[str], i: int) -> int:
    """The line after ``i``, past a line that holds a lone separator ("Like" / "|" / "Reply"),
    and the bare count a separator introduces (a row written a part a line: "Like" / "·" /
    "17" / "Reply")."""
    j = i + 1
    last = len(content) - 1
    while j < last and content[j] in _LONE_SEPARATORS:
        j += 1
        if j < last and _COUNT_HEAD.fullmatch(content[j]):
            j += 1
    return j


_LONE_SEPARATORS = frozenset("·•|")  # (a line of one, stripped)


def _has_separator(t: str) -> bool:
    """Does ``t`` hold one of a row's separators (:data:`_LONE_SEPARATORS`)?"""
    return "·" in t or "|" in t or "•" in t
_SEPARATOR = re.compile(r"\s*[·•|]\s*")


def _row(t: str) -> tuple[str, int] | None:
    """A row of buttons and counters in one line ("Like · 4 · Reply", "Like · 3 | Reply · 1
    reply", "Reply · 1 reply"): its buttons without the counters, joined by " · ", and how many
    buttons; None when ``t`` is no such row (a sentence, a headline)."""
    if len(t) > 100 or not _has_separator(t):
        return None
    segs = [x for x in _SEPARATOR.split(t) if x]
    if len(segs) < 2:
        return None
    buttons = []
    for x in segs:
        if _DIGIT.search(x) is None:  # (a button holds no digit: most segments, told fast)
            if not _button_like(x):
                return None
            buttons.append(x)
        elif not _count_like(x, word_first=True):
            return None
    return (" · ".join(buttons), len(buttons)) if buttons else None


def _counts_row(t: str, words: int = 1) -> bool:
    """Counters in one line: "14 comments · 3 reposts", "96 comments • 12 shares" (with
    ``words=2``, also counters of two words, "12 reposts" as "12 إعادة نشر", and of long
    ones, "40 compartilhamentos")."""
    if len(t) > 80 or not _has_separator(t):
        return False
    segs = [x for x in _SEPARATOR.split(t) if x]
    return len(segs) >= 2 and all(_count_like(x, word_first=True) or (
        words == 2 and (m := _COUNT_HEAD.match(x)) is not None and 1 <= len(x[m.end():].split()) <= 2
        and all(_is_word(w, 24) for w in x[m.end():].split())) for x in segs)


def _learn_rows(content: list[str], keys: list[str], bkeys: list[str], rows: list, agey,
                learned: Learned, action, start: int = 0) -> set[int]:
    """Rows of buttons in one line that end the comments ("Like · 4 · Reply", "Like ·
    Reply"): the same buttons, counts aside, twice or more from ``start``. A name with its
    badge ("Ana Lund • Author") is built the same, but an age follows it (right after, or
    after the headline, at every one of its lines) and its words look like a name. The
    rows' lines, their buttons standing alone (the post's own "Like") and the buttons that
    carry a count (``bkeys``, "Like · 7" in a pair learned) become buttons; returns where
    the rows stand."""
    from . import nodes as nd

    n = len(content)
    at: dict[str, list[int]] = {}
    for i in range(start, n):
        if rows[i] is not None and rows[i][1] >= 2:
            at.setdefault(bkeys[i], []).append(i)
    found: set[int] = set()
    for sig, where in at.items():
        buttons = rows[where[0]][0].split(" · ")
        if (len(where) < 2 or any(_name_like(b) for b in buttons)
                or any(i + 1 < n and agey(i + 1) for i in where)
                or all(any(agey(j) for j in range(i + 1, min(n, i + 3))) for i in where)):
            continue
        found.update(where)
        for b in buttons:
            learned.kinds.setdefault(nd.key(b), action)
    for i in range(n):
        if keys[i] not in learned.kinds and (i in found or (
                rows[i] is not None and rows[i][1] == 1 and learned.kinds.get(bkeys[i]) is action)):
            learned.kinds[keys[i]] = action
    return found


def _first_paragraph(content: list[str]) -> int:
    """Where the first paragraph (a line over 150 characters) stands, or the end."""
    return next((i for i, t in enumerate(content) if len(t) > 150), len(content))


def _learn_without_anchor(content: list[str], kinds: list, keys: list[str],
                          unit_of: dict[int, str]) -> Learned | None:
    """A page whose comments have no "Report this comment" line: the pair of buttons that
    ends each comment ("Like", "Reply") repeats; an age-like line after a name and headline,
    with the comment's text and then that pair after it, is a comment's age."""
    from . import nodes as nd

    n = len(content)
    rows = [_row(t) if k.kind == nd.TEXT and _has_separator(t) else None
            for t, k in zip(content, kinds)]
    bkeys = [nd.key(r[0]) if r is not None else k for r, k in zip(rows, keys)]
    def agey(i: int) -> bool:
        return i in unit_of or (i == n - 1 and _age_like(content[i]))

    def header_pair(i: int) -> bool:
        # (a name and a headline over an age: a comment's header, the same two where the
        # post's author answers, in a script with no capitals that tells a name: "한지우")
        j = _next_line(content, i)
        t = content[i]
        if not (j + 1 < n and agey(j + 1)) or any(c.isupper() or c.islower() for c in t):
            return False
        from .segment import is_name

        return is_name(t)

    pairs = _button_pairs(content, kinds, bkeys, 0, names_too=False, rows=rows,
                          opens=lambda i: (i > 0 and agey(i - 1)) or header_pair(i))
    buttons = {p for p, c in pairs.items() if c >= 2}
    if not buttons and not any(r is not None and r[1] >= 2 for r in rows):
        return None  # (neither a pair of buttons repeated nor a row: most dumps)

    learned = Learned()
    action = nd.Kind(nd.ACTION, "ui.learned.action")
    for a, b in buttons:
        learned.kinds[a] = action
        learned.kinds[b] = action
    firsts = {a for a, _ in buttons}
    starts = {i for i in range(n - 1) if bkeys[i] in firsts and (bkeys[i], bkeys[_next_line(content, i)]) in buttons}
    row_starts = _learn_rows(content, keys, bkeys, rows, agey, learned, action)
    starts |= row_starts
    if not starts:
        return None
    # (after a name and headline, or the degree the tables know: "• 2nd")
    ages = [i for i in unit_of if i and (kinds[i - 1].kind == nd.TEXT or kinds[i - 1].rule == "ui.connection_degree")
            and kinds[i + 1].kind == nd.TEXT
            and (not _button_like(content[i + 1]) or i + 2 in starts)  # (a short comment, its buttons)
            and bkeys[i + 1] not in learned.kinds and keys[i + 1] not in learned.kinds
            # (after a button, or before another count, it is a count: "Reply" / "4 reactions")
            and bkeys[i - 1] not in learned.kinds and not agey(i + 1)
            and any(j in starts for j in range(i + 2, min(n, i + 9)))]
    if len(ages) < 2:
        # ages the tables read inside the comments' text ("2 Wo.Tolle …"): the buttons alone,
        # when the same pair closes three comments or more, each after a line of text
        from .segment import split_glued_age

        glued = Counter((bkeys[i],) if i in row_starts else (bkeys[i], bkeys[_next_line(content, i)])
                        for i in starts
                        if any(kinds[j].kind == nd.TEXT and split_glued_age(content[j]) is not None
                               for j in range(max(0, i - 3), i)))
        if not any(c >= 3 for c in glued.values()):
            return None
        keep = {k for p, c in glued.items() if c >= 3 for k in p}
        keep |= {nd.key(b) for k in keep for b in k.split(" · ")}  # (a row's buttons, alone)
        keep |= {keys[i] for i in range(n) if bkeys[i] in keep}  # (with their counts)
        learned.kinds = {k: v for k, v in learned.kinds.items() if k in keep or v is not action}
        header = _header_age(content, kinds, keys, unit_of, learned)
        if header is not None and kinds[header].kind == nd.TEXT:
            learned.ages.add(content[header])
        _learn_bar_shapes(content, kinds, keys, learned)
        _learn_counters(content, kinds, keys, learned, action)
        _finish(content, learned)
        return learned
    header = _header_age(content, kinds, keys, unit_of, learned)
    if header is not None and header not in ages:
        ages.append(header)
    if header is not None:
        _learn_repeated_post_anchor(content, kinds, keys, learned, header, agey)
    first = min(i for i in ages if i != header)
    _learn_post_bar(content, kinds, keys, learned, action, first, agey)
    _learn_badge(content, kinds, keys, learned, max(first - 3, (header or 0) + 1), agey)
    for i in ages:
        if kinds[i].kind == nd.TEXT:
            learned.ages.add(content[i])
    _learn_bar_shapes(content, kinds, keys, learned)
    _learn_counters(content, kinds, keys, learned, action)
    _learn_reactors(content, kinds, keys, learned, first)
    _learn_teaser(content, kinds, keys, learned, action, agey, first)
    _learn_reply_counts(content, keys, learned, action, first)
    _finish(content, learned)
    return learned


def _header_age(content: list[str], kinds: list, keys: list[str], unit_of: dict[int, str],
                learned: Learned) -> int | None:
    """The post's own age: the first age-like line after a name and headline, before the
    first paragraph (its unit may differ from the comments': "1 h" against "6 d")."""
    from . import nodes as nd

    first_long = _first_paragraph(content)
    return next((i for i in sorted(unit_of) if i < first_long and i and kinds[i - 1].kind == nd.TEXT
                 and keys[i] not in learned.kinds), None)


def _finish(content: list[str], learned: Learned) -> None:
    from . import nodes as nd

    for t in learned.ages:
        learned.kinds.setdefault(nd.key(t), nd.Kind(nd.AGE))
    first_age = next((i for i, t in enumerate(content) if t in learned.ages), None)
    first_long = _first_paragraph(content)
    learned.post_header = first_age is not None and first_age < first_long
    # (the post's age may be one the tables read, "3d", "3 天", its comments' learned)
    header = next((i for i in range(min(first_long, len(content)))
                   if content[i] in learned.ages or (i and nd.classify(content[i]).kind == nd.AGE)), None)
    if header is not None:
        _learn_header_chrome(content, learned, header)


def _bare_words(t: str) -> bool:
    """One to four words of letters alone (with their combining marks, an apostrophe or a
    hyphen inside), no name: what a button or an anchor is, and what the first line of a
    post (a sentence, a hook with its "!" or emoji, a title with a number) seldom is."""
    words = t.split()
    return (1 <= len(words) <= 4 and len(t) <= 40 and not _name_like(t)
            and all(c.isalpha() or c in "'’-" or unicodedata.category(c) in ("Mn", "Mc") for w in words for c in w))


def _learn_header_chrome(content: list[str], learned: Learned, age: int) -> None:
    """The post's anchor and its "Follow" between the post's age and its text, where nothing
    repeats them to learn from (the comments carry no anchor): one or two lines of bare words
    (:func:`_bare_words`), each standing once on the page, right after the age, then the
    text."""
    from . import nodes as nd

    run = []
    for j in range(age + 1, min(age + 4, len(content))):
        t = content[j]
        k = nd.key(t)
        if k in learned.kinds or nd.classify(t).kind != nd.TEXT:
            if run or learned.kinds.get(k, nd.classify(t)).kind not in (nd.ACTION, nd.CHROME):
                break
            continue  # (a button learned or known before them: "Follow")
        if not _bare_words(t) or content.count(t) > 1:
            break  # (a line of the text repeated is text: the anchor stands once)
        run.append(k)
    else:
        return
    # (then the text: no button or counter, which would make the run a short comment's)
    if 1 <= len(run) <= 2 and nd.key(content[j]) not in learned.kinds and nd.classify(content[j]).kind == nd.TEXT:
        for k in run:
            learned.kinds.setdefault(k, nd.Kind(nd.CHROME, "ui.learned.post_chrome"))


_GAP = re.compile(r"\s{2,}|\t")
_CARETS = ("▾", "▼", "⌄")


def _icons_off(t: str) -> str:
    """``t`` without the reaction icons that open it ("👏❤️ 1 204 · 97 …")."""
    i = 0
    while i < len(t) and i < 16 and (t[i] == " " or unicodedata.category(t[i]) in ("So", "Sk", "Mn", "Cf")):
        i += 1
    return t[i:]


def _learn_bar_shapes(content: list[str], kinds: list, keys: list[str], learned: Learned) -> None:
    """On a page whose structure taught something, the post's bar in the shapes a phone copy
    gives it, whatever its words: a row of three to six short parts parted by wide gaps or
    tabs ("Like   Comment   Repost   Send"); the reaction icons and the counters in one line
    ("👏❤️ 1,204 · 97 comments • 23 reposts", a counter of two words: "13 إعادة نشر"); a
    short menu with its drop-down caret ("Most relevant ▾")."""
    from . import nodes as nd

    for i, t in enumerate(content):
        if kinds[i].kind != nd.TEXT or len(t) > 100 or keys[i] in learned.kinds:
            continue
        if ("  " in t or "\t" in t) and 3 <= len(parts := _GAP.split(t)) <= 6 and all(
                _button_like(p) for p in parts):
            learned.kinds[keys[i]] = nd.Kind(nd.ACTION, "ui.learned.action_row")
        elif t.endswith(_CARETS) and _button_like(t[:-1].rstrip()):
            learned.kinds[keys[i]] = nd.Kind(nd.CHROME, "ui.learned.sort")
        elif _has_separator(t) and _counts_row(_icons_off(t), words=2):
            learned.kinds[keys[i]] = nd.Kind(nd.COUNTER, "ui.learned.counter")


_NUMBER = re.compile(r"\d(?:[\d,.\u066C\u066B]|\s(?=\d))*")


def _reactors_like(t: str) -> bool:
    """The line that names who reacted to the post, as LinkedIn writes it in any language:
    the reaction icons or a name first, then one number and the word or two after it
    ("👍❤️ Ana Lund and 64 others", "山田太郎、他128人"); in a script without case, any
    short line so built."""
    bare = _icons_off(t)
    if len(bare) > 80 or bare.endswith(_SENTENCE_END) or "!" in bare or "?" in bare:
        return False
    nums = list(_NUMBER.finditer(bare))
    if len(nums) != 1:
        return False
    m = nums[0]
    before, after = bare[:m.start()].split(), bare[m.end():].split()
    if not 1 <= len(after) <= 3 or len(before) > 5 or not any(c.isalpha() for c in bare[m.end():]):
        return False
    if bare != t or (len(before) >= 2 and _name_like(" ".join(before[:2]))):
        return True
    return not any(c.isupper() or c.islower() for c in bare)  # (a script without case)


def _learn_reactors(content: list[str], kinds: list, keys: list[str], learned: Learned, first: int) -> None:
    """Who reacted to the post ("Ana Lund and 64 others"): the line just before the post's
    first counter, before the comments, built as :func:`_reactors_like`."""
    from . import nodes as nd

    for i in range(1, min(first, len(content))):
        k = learned.kinds.get(keys[i])
        if kinds[i].kind == nd.COUNTER or (k is not None and k.kind == nd.COUNTER):
            j = i - 1
            if kinds[j].kind == nd.TEXT and keys[j] not in learned.kinds and _reactors_like(content[j]):
                learned.kinds[keys[j]] = nd.Kind(nd.CHROME, "ui.learned.reactors")


def _learn_counters(content: list[str], kinds: list, keys: list[str], learned: Learned, action) -> None:
    """Counters: a number, or a number and a word, next to a button; or a word and then a
    number (``コメント12件``, ``Replies 3``) when it does not open a comment's text (right
    after an age or an anchor, where "Top 10" is the comment)."""
    from . import nodes as nd

    def opens(i: int) -> bool:
        k = learned.kinds.get(keys[i - 1])
        return i > 0 and (content[i - 1] in learned.ages or kinds[i - 1].kind in (nd.AGE, nd.REPORT_COMMENT)
                          or (k is not None and k.kind in (nd.AGE, nd.REPORT_COMMENT, nd.REPORT_POST)))

    n = len(content)
    counter = nd.Kind(nd.COUNTER, "ui.learned.counter")

    def is_button(j: int) -> bool:
        return 0 <= j < n and (kinds[j].kind == nd.ACTION or learned.kinds.get(keys[j]) is action)

    def chrome(j: int) -> bool:  # (between a counter and its button: no text of a comment)
        return kinds[j].kind != nd.TEXT or keys[j] in learned.kinds or _count_like(content[j])

    for i in range(n):
        if (kinds[i].kind == nd.TEXT and keys[i] not in learned.kinds and content[i] not in learned.ages
                and (_count_like(content[i]) or _count_like(content[i], word_first=True) and not opens(i)
                     or _counts_row(content[i]))
                and (is_button(i - 1) or is_button(i + 1)
                     or (is_button(i - 2) and chrome(i - 1)) or (is_button(i + 2) and chrome(i + 1)))):
            learned.kinds[keys[i]] = counter
