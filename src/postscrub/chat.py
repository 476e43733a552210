"""A chat export (WhatsApp's "Export chat", Signal or Telegram copies) a post was pasted into.

Each message starts with the app's prefix (``[12/03/25, 09:14:02] Name: ``, see
``patterns.CHAT_MESSAGE_PREFIXES``) and runs on over the lines up to the next one. The post
is the message that holds it: the longest, of four lines or more. The other messages — the
forwarder's words, the chat's answers, the app's notices with no sender ("Messages and calls
are end-to-end encrypted…") — are no post and no comments (``chat.message``); the
post's own prefix is chat chrome (``chat.prefix``).

Imported only for a dump whose first line opens with a digit or ``[``.
"""

from __future__ import annotations

from . import _re as re
from functools import lru_cache

from .repair import Line, RepairLog


@lru_cache(maxsize=1)
def _prefix() -> re.Pattern[str]:
    from . import patterns

    return re.compile("|".join(f"(?:{p})" for p in patterns.CHAT_MESSAGE_PREFIXES))


@lru_cache(maxsize=1)
def _notice() -> re.Pattern[str]:
    """The start of a message with no sender (the app's notices, ``patterns.CHAT_NOTICE_PREFIXES``)."""
    from . import patterns

    return re.compile("|".join(f"(?:{p})" for p in patterns.CHAT_NOTICE_PREFIXES))


def _longest_message(lines: list[Line], starts: list[int], least: int) -> tuple[list[list[Line]], int] | None:
    """The messages that open at ``starts`` and the index of the longest (the first of the
    longest), or None where the dump does not open with a message, holds fewer than two, or
    the longest has fewer than ``least`` lines of text (no post pasted into it)."""
    first = next((k for k, ln in enumerate(lines) if ln.text.strip()), None)
    if len(starts) < 2 or first not in starts:
        return None
    bounds = starts + [len(lines)]
    messages = [lines[a:b] for a, b in zip(bounds, bounds[1:])]
    size = [sum(1 for ln in m if ln.text.strip()) for m in messages]
    best = max(range(len(messages)), key=lambda k: (size[k], -k))
    return (messages, best) if size[best] >= least else None


def read_chat(lines: list[Line], log: RepairLog) -> bool:
    """Keep only the message that holds the post; True when ``lines`` were a chat export
    (its first content line and two or more lines in all open with a message prefix)."""
    pat, notice = _prefix(), _notice()
    starts = [k for k, ln in enumerate(lines) if pat.match(ln.text) or notice.match(ln.text)]
    if len(starts) >= 2:
        # one line before the first message, right above it: the app's notice copied without its
        # time ("Messages and calls are end-to-end encrypted…"), a message of its own
        content = (k for k, ln in enumerate(lines) if ln.text.strip())
        first, second = next(content, None), next(content, None)
        if first is not None and first < starts[0] and second == starts[0]:
            starts.insert(0, first)
    found = _longest_message(lines, starts, 4)
    if found is None:
        return False  # (no chat, or a chat with no pasted post in it: left as it is)
    messages, best = found
    if pat.match(messages[best][0].text) is None:
        return False  # (the longest is the app's notice: no post pasted in)
    # the forwarder's credit of the post in the message before it, a line of its own ("Post by
    # Ana Lee (CTO at Norte):"): the post's header, not a chat message
    credit = None
    if best > 0:
        before = [ln for ln in messages[best - 1] if ln.text.strip()]
        hit = pat.match(before[0].text) if len(before) == 1 else None
        if hit is not None:
            found_credit = credit_spans(before[0].text[hit.end():])
            if found_credit is not None and found_credit[1] >= len(before[0].text[hit.end():].rstrip()):
                credit = before[0]
    for k, m in enumerate(messages):
        if k == best:
            head = m[0]
            hit = pat.match(head.text)
            log.edit(head, "chat.prefix", [(0, hit.end(), "")])
            _unwrap(m, log)
            _unquote(m, log)
            continue
        for ln in m:
            if ln is credit:
                log.edit(ln, "chat.prefix", [(0, pat.match(ln.text).end(), "")])
            else:
                log.drop_line(ln, "chat.message")
    if credit is not None:
        split_credit(lines, next(k for k, ln in enumerate(lines) if ln is credit), log)
    else:
        head = messages[best][0]
        at = next(k for k, ln in enumerate(lines) if ln is head)
        if not head.text.strip():  # (the prefix alone on its line: the post's first line below it)
            at = next((k for k in range(at + 1, min(at + 3, len(lines))) if lines[k].text.strip()), at)
        split_credit(lines, at, log)
    return True


def _unwrap(message: list[Line], log: RepairLog) -> None:
    """A message of several lines in double quotes, as LINE's talk history writes one
    (``"First line`` … ``last line"``): the quotes are the export's (``chat.quote``)."""
    body = [ln for ln in message if ln.text.strip()]
    if len(body) < 2:
        return
    first, last = body[0], body[-1]
    a = len(first.text) - len(first.text.lstrip())
    b = len(last.text.rstrip())
    if first.text[a:a + 1] != '"' or last.text[b - 1:b] != '"' or first.text.count('"') != 1 or last.text.count('"') != 1:
        return
    log.edit(first, "chat.quote", [(a, a + 1, "")])
    log.edit(last, "chat.quote", [(b - 1, b, "")])


def _unquote(message: list[Line], log: RepairLog) -> None:
    """A post the sender quoted line by line ("> " opening every line of the message after
    its prefix, as a chat app's reply or a mail client quotes): the markers go
    (``quote.marker``), a marker alone on its line leaves a blank line of the post."""
    from .shapes import _QUOTE_LINE_rx

    body = [ln for ln in message if ln.text.strip()]
    rx = _QUOTE_LINE_rx()
    if len(body) < 4 or not all(rx.match(ln.text) for ln in body):
        return
    for ln in body:
        m = rx.match(ln.text)
        if not ln.text[m.end():].strip():
            log.drop_line(ln, "quote.marker")
            ln.blank = True
        else:
            log.edit(ln, "quote.marker", [(0, m.end(), "")])


@lru_cache(maxsize=1)
def _header() -> re.Pattern[str]:
    from . import patterns

    return re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in patterns.CHAT_HEADER_LINES) + r")\s*")


def may_be_thread(text: str) -> bool:
    """Does the dump open with a team chat's message header (a cheap look at its first line)?"""
    end = text.find("\n", 0, 200)
    first = text[: end if end >= 0 else 200].rstrip()
    return len(first) > 5 and (first[-3:-2] == ":" or first[-2:].upper() in ("AM", "PM") or first[:1] == "["
                               or first[-1:] == "]") \
        and _header().fullmatch(first) is not None


def may_open_thread(lines: list[Line]) -> bool:
    """Does a team chat's message header stand among the first lines, under a few short lines
    of the export's own head (the chat's title, a day line)?"""
    content = [ln.text for ln in lines[:12] if ln.text.strip()][:5]
    return any(may_be_thread(t) for t in content[1:]) and all(len(t) <= 60 for t in content[:1])


def _sender(m: re.Match[str]) -> str:
    """The sender's name in a header line's match (after the time, or before it)."""
    return next(g for g in (m.group("name"), m.group("tname"), m.group("gname")) if g is not None)


def read_thread(lines: list[Line], log: RepairLog) -> bool:
    """A team chat's thread copied with a post pasted into one message (Slack, Teams, Telegram
    Desktop's "Name, [27.11.2026 9:14]"): each
    message opens with a header line, the sender's name and the time
    (``patterns.CHAT_HEADER_LINES``). The post is in the longest message, of six lines or
    more; the other messages are no post and no comments (``chat.message``), the post's
    header is chat chrome (``chat.prefix``). In that message, the sender's own words before
    the post's header (a name, then an age within four lines) are theirs
    (``chat.sender_note``), and a count of the thread's replies closing it (``2 replies``) is
    the chat's (``chat.thread``). True when ``lines`` were such a thread."""
    from .segment import is_name

    pat = _header()
    starts = []
    for k, ln in enumerate(lines):
        m = pat.fullmatch(ln.text) if ln.text[-1:].isalnum() or ln.text[-1:] in ".]" else None
        if m is not None and is_name(_sender(m).strip()):
            starts.append(k)
    content = [k for k, ln in enumerate(lines) if ln.text.strip()]
    if starts and content and content[0] < starts[0] and content.index(starts[0]) <= 4 and all(
            len(lines[k].text) <= 60 and not lines[k].text.rstrip().endswith((".", "!", "?", ":"))
            for k in content if k < starts[0]):
        # the export's head over the first message (the chat's title, a day line): a message
        # of its own, no post
        starts.insert(0, content[0])
    found = _longest_message(lines, starts, 6)
    if found is None:
        return False
    messages, best = found
    from .shapes import quoted_comment_lines

    for k, m in enumerate(messages):
        if k == best:
            continue
        # (a later message quoting a comment on the post with its author, "> …" / "> — Bo Kim,
        # Analyst · 1d": the quote is left for the quoted post's reader, the rest is the chat's)
        spare = quoted_comment_lines(m) if k > best else ()
        for ln in m:
            if ln.text.strip() and id(ln) not in spare:
                log.drop_line(ln, "chat.message")
    post = messages[best]
    log.drop_line(post[0], "chat.prefix")
    body = [ln for ln in post[1:] if ln.text.strip()]
    header = _post_header_at(body)
    if header:
        for ln in body[:header]:
            log.drop_line(ln, "chat.sender_note")
    _drop_unfurl_and_reactions(body, log)
    body = [ln for ln in body if ln.text.strip()]
    if body and best < len(messages) - 1:
        from . import nodes

        last = body[-1]
        kind = nodes.classify(last.text.strip())
        if kind.kind == nodes.COUNTER and re.search(r"\d", last.text):
            from .layouts import _reply_count

            if _reply_count(last.text) is not None:
                log.drop_line(last, "chat.thread")
    return True


# a connection degree after a name on its line ("Ruth Park • 2nd", "• 3.+")
_DEGREE_AFTER = re.compile(r"\s*[•·]\s*\S{1,12}$")
# Slack's reactions under a message, ":eyes:" then its count on the next line
_EMOJI_CODE = re.compile(r":[a-z0-9_+'-]{1,40}:")
# the link preview a chat app unfurls under a pasted LinkedIn link: the site's name, then the
# page's title ("Name on LinkedIn: the post's first words…", "… | LinkedIn") and its description
_UNFURL_TITLE = re.compile(r".{1,120}\s(?:on|sur|auf|en|em|su|op|på) LinkedIn\s?:.*|.{1,200}\s[|–-] LinkedIn")


def _drop_unfurl_and_reactions(body: list[Line], log: RepairLog) -> None:
    """The chat app's own lines at the end of the message that holds the post: the reactions
    (":eyes:" / "3", ``chat.reaction``) and the preview unfurled under a LinkedIn link (the
    link, "LinkedIn", the page's title and description, ``chat.unfurl``)."""
    k = len(body)
    while k >= 2 and body[k - 1].text.strip().isdigit() and _EMOJI_CODE.fullmatch(body[k - 2].text.strip()):
        k -= 2
    for ln in body[k:]:
        log.drop_line(ln, "chat.reaction")
    for i in range(max(0, k - 6), k - 1):
        if body[i].text.strip() == "LinkedIn" and _UNFURL_TITLE.fullmatch(body[i + 1].text.strip()):
            start = i - 1 if i and "linkedin.com/" in body[i - 1].text and " " not in body[i - 1].text.strip() else i
            for ln in body[start:k]:
                log.drop_line(ln, "chat.unfurl")
            break


def _post_header_at(body: list[Line]) -> int:
    """The index of the post's header in a message (a name, then an age within four lines),
    when text stands before it (0: none found, or nothing before it)."""
    return post_header_in(body, 1) or 0


def post_header_in(body: list[Line], first: int = 0) -> int | None:
    """The index of the first post header (a name, then an age within four lines) among the
    first 40 lines of ``body`` from ``first`` on, or None."""
    from . import nodes
    from .segment import is_name, parse_age

    for k, ln in enumerate(body[:40]):
        if k < first:
            continue
        t = ln.text.strip()
        if not is_name(t) and not is_name(_DEGREE_AFTER.sub("", t)):  # ("Name • 2nd": its degree aside)
            continue
        for j in range(k + 1, min(len(body), k + 5)):
            u = body[j].text.strip()
            a = parse_age(u)
            if a is not None and (a.end >= len(u.rstrip(" •·")) or nodes.classify(u).kind == nodes.AGE):
                return k
    return None


# ---- the forwarder's one-line credit over a pasted post --------------------------------------
# "Name · headline · 4 d" (the bullets may have been lost to "?" runs on the way), or
# "[their words] Name (headline)[ on LinkedIn][, 2w]:" with the post's text after the colon or on
# the next lines ("Post by Ana Lee (CTO at Norte):", "Fwd from Ana Lee (CTO) on LinkedIn, 2w: …",
# "转自领英 —— 孙佳琪（HR 经理 @ 星桥数据）· 5 天")
_CREDIT_SEP = re.compile(r"[ \t]+(?:[·•|]|\?{1,8})[ \t]+")
_CREDIT_PAREN = re.compile(r"[(（]([^()（）\n]{2,150})[)）]")
_CREDIT_SITE = re.compile(r"\s*(?:\S{1,6}\s)?(?:LinkedIn|领英|領英)")
_CREDIT_AGE = re.compile(r"\s*[,，·•]\s*([^:：\n]{1,16}?)(?=\s*(?:[:：]|$))")
_CREDIT_END = re.compile(r"\s*[:：]?(?:\s+|$)")


@lru_cache(maxsize=1)
def _credit_cue() -> re.Pattern[str]:
    """A forwarder's cue opening a credit (``patterns.CREDIT_CUES``), with the dashes or colon
    after it; a cue of letters ends at a word's end."""
    from . import patterns

    cues = sorted({c for v in patterns.CREDIT_CUES.values() for c in v}, key=lambda c: (-len(c), c))
    alts = "|".join(re.escape(c) + (r"(?![^\W_])" if c[-1:].isascii() else "") for c in cues)
    return re.compile(rf"\s{{0,8}}+(?:(?:{alts})[ \t]{{0,4}}+(?:[-—–:：|]{{1,3}}+[ \t]{{0,4}}+)?){{1,2}}", re.I)


def _credit_bio(text: str) -> bool:
    t = text.strip()
    return 2 <= len(t) <= 150 and any(c.isalpha() for c in t) and t[-1:] not in ".!?。！？"


def credit_spans(text: str) -> tuple[list[tuple[int, int]], int] | None:
    """The spans of a credit's name, headline and age (the age may be missing from a credit
    in brackets), and where the post's text starts on the line (its length: nowhere);
    None when ``text`` opens with no credit."""
    from .segment import is_name, parse_age

    if len(text) > 2000:
        return None
    seps = list(_CREDIT_SEP.finditer(text, 0, 400))
    if len(seps) == 2:
        a, b = seps
        name, bio, age = text[: a.start()].strip(), text[a.end(): b.start()], text[b.end():].strip()
        got = parse_age(age) if len(age) <= 16 else None
        if name and is_name(name) and _credit_bio(bio) and got is not None and got.end >= len(age):
            lead = len(text) - len(text.lstrip())
            return [(lead, a.start()), (a.end(), b.start()), (b.end(), b.end() + len(age))], len(text)
    m = _CREDIT_PAREN.search(text, 0, 400)
    if m is None or not _credit_bio(m.group(1)):
        return None
    head = text[: m.start()].rstrip()
    # the name: after a forwarder's cue ("Post by", "Fwd from", "转自领英 ——"), or the words
    # before the brackets alone (then the credit must be the line's only words: below)
    cue = _credit_cue().match(head)
    name_at = cue.end() if cue is not None else len(head) - len(head.lstrip())
    cand = head[name_at:]
    if not (cand[:1].isalpha() and " " * 2 not in cand and is_name(cand)):
        return None
    at = m.end()
    site = _CREDIT_SITE.match(text, at)
    if site is not None:
        at = site.end()
    spans = [(name_at, len(head)), m.span(1)]
    am = _CREDIT_AGE.match(text, at)
    if am is not None:
        got = parse_age(am.group(1).strip())
        if got is not None and got.end >= len(am.group(1).strip()):
            a = am.start(1)
            spans.append((a, a + len(am.group(1).strip())))
            at = am.end()
    end = _CREDIT_END.match(text, at)
    if end is None:
        return None
    colon = ":" in text[at: end.end()] or "：" in text[at: end.end()]
    rest = end.end()
    if rest < len(text.rstrip()) and (not colon or (len(spans) < 3 and site is None)):
        return None  # (words after the brackets that are no post's text: a sentence)
    if not (colon or len(spans) == 3 or site is not None or cue is not None):
        return None  # ("Ana Lee (CTO)" alone: a name and headline, no credit)
    if cue is None and rest < len(text.rstrip()):
        return None  # (no cue: the name alone is a credit only with nothing after it on the line)
    return spans, min(rest, len(text))


def split_credit(lines: list[Line], at: int, log: RepairLog) -> bool:
    """The credit on ``lines[at]`` cut into the post's header lines: name, headline and age
    (what stood around them recorded as ``chat.credit``), and the post's text after it on
    the line, if any. True when the line held a credit."""
    ln = lines[at]
    found = credit_spans(ln.text)
    if found is None:
        return False
    spans, rest = found
    text = ln.text
    keep = [*spans, (rest, len(text))] if rest < len(text) else spans
    lines[at: at + 1] = log.keep_parts(ln, "chat.credit", keep)
    return True


# ---- an SMS forward split into numbered segments ("(1/3) …", "(2/3) …") -----------------------
_SEGMENT = re.compile(r"\s*\((\d{1,2})/(\d{1,2})\)\s+")
# the phone's header over the message ("From: +44 7700 900412", "Received: 26 Nov 2026 19:03"):
# a label and its value
_SMS_HEADER = re.compile(r"\s*[^\W\d_][\w ]{0,24}\s?[:：]\s*\S.{0,60}")


def read_sms(lines: list[Line], log: RepairLog) -> bool:
    """A text message forwarded in segments, each line opening with its number of the
    whole ("(1/3) ", "(2/3) ", …, every one there, in order): the segments are one message,
    joined on the first line (``sms.segment``, the markers ``sms.marker``); the phone's header
    lines above them and a gateway's opt-out line under them (``patterns.SMS_OPT_OUT``) are
    no post (``sms.header``, ``sms.opt_out``); a credit opening the message is its post's
    header (:func:`split_credit`). True when ``lines`` held such a message."""
    from . import patterns

    content = [k for k, ln in enumerate(lines) if ln.text.strip()]
    segs = [(k, m) for k in content[:40] if (m := _SEGMENT.match(lines[k].text)) is not None]
    if len(segs) < 2:
        return False
    total = int(segs[0][1].group(2))
    if total != len(segs) or any(int(m.group(1)) != i + 1 or int(m.group(2)) != total for i, (_, m) in enumerate(segs)):
        return False
    at = [k for k, _ in segs]
    first = content.index(at[0])
    if content[first: first + total] != at:
        return False  # (the segments follow each other, one a line)
    before = content[:first]
    if len(before) > 4 or not all(_SMS_HEADER.fullmatch(lines[k].text) for k in before):
        return False
    for k in before:
        log.drop_line(lines[k], "sms.header")
    opt_out = re.compile(patterns.SMS_OPT_OUT)
    for k in content[first + total:]:
        if opt_out.search(lines[k].text):
            log.drop_line(lines[k], "sms.opt_out")
    head = lines[at[0]]
    for k, m in segs:
        log.edit(lines[k], "sms.marker", [(0, m.end(), "")])
    pieces = []
    for k in at[1:]:
        ln = lines[k]
        moved = ln.text.strip()
        if moved:
            log.edit(ln, "sms.segment", [(0, len(ln.text), "")])
            pieces.append(moved)
    if pieces:
        end = len(head.text.rstrip())
        log.edit(head, "sms.segment", [(end, len(head.text), " " + " ".join(pieces))])
    split_credit(lines, at[0], log)
    return True


# ---- a chat record whose messages open with a date-time line, then the sender's line ----------
# ("2026年11月26日 20:41" / "陈思远：", "2026-11-26 20:41" / "Ana Lee:"), as a chat app's record of a
# conversation or an export tool writes it
_STAMP = re.compile(r"\s*\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*")
_SENDER = re.compile(r"\s*([^\n:：]{1,30})[:：]\s*")


def read_stamped(lines: list[Line], log: RepairLog) -> bool:
    """A chat record whose messages each open with a line of date and time and a line of the
    sender's name and a colon: the message that holds the post (the longest, of five lines or
    more) is kept, its two header lines are chat chrome (``chat.prefix``), the other messages
    and a title line over the first are no post (``chat.message``); a credit opening the post's
    message is its header (:func:`split_credit`). True when ``lines`` were such a record."""
    from .segment import is_name

    content = [k for k, ln in enumerate(lines) if ln.text.strip()]
    starts = [content[i] for i in range(len(content) - 1)
              if _STAMP.fullmatch(lines[content[i]].text)
              and (m := _SENDER.fullmatch(lines[content[i + 1]].text)) is not None and is_name(m.group(1).strip())]
    if len(starts) < 2 or not content or content.index(starts[0]) > 1:
        return False
    bounds = starts + [len(lines)]
    sizes = [sum(1 for ln in lines[a:b] if ln.text.strip()) for a, b in zip(bounds, bounds[1:])]
    best = max(range(len(sizes)), key=lambda k: (sizes[k], -k))
    if sizes[best] < 7:  # (two header lines and five of the post)
        return False
    for k in content:
        if k < starts[0]:
            log.drop_line(lines[k], "chat.message")
    a, b = bounds[best], bounds[best + 1]
    for i, (x, y) in enumerate(zip(bounds, bounds[1:])):
        if i != best:
            for ln in lines[x:y]:
                if ln.text.strip():
                    log.drop_line(ln, "chat.message")
    body = [k for k in range(a, b) if lines[k].text.strip()]
    log.drop_line(lines[body[0]], "chat.prefix")
    log.drop_line(lines[body[1]], "chat.prefix")
    if len(body) > 2:
        split_credit(lines, body[2], log)
    return True


def read_assistant_turns(lines: list[Line], log: RepairLog) -> bool:
    """An assistant chat copied whole, a post pasted into the user's turn: each turn opens with
    a line naming who speaks (``patterns.ASSISTANT_CHAT_*_TURNS``). The post is in the user's
    longest turn; the other turns (the assistant's answers, its closing disclaimer with them),
    the app's header above the first turn and the turn lines are no post (``chat.turn``).
    True when ``lines`` held such turns (a user's and an assistant's)."""
    from . import patterns

    users = frozenset(patterns.ASSISTANT_CHAT_USER_TURNS)
    bots = frozenset(patterns.ASSISTANT_CHAT_BOT_TURNS)
    marks = [(k, ln.text.strip() in users) for k, ln in enumerate(lines)
             if len(ln.text) <= 40 and (ln.text.strip() in users or ln.text.strip() in bots)]
    if not any(u for _, u in marks) or all(u for _, u in marks):
        return False
    bounds = [k for k, _ in marks] + [len(lines)]
    turns = [(lines[a + 1:b], u) for (a, u), b in zip(marks, bounds[1:])]

    def size(turn: list[Line]) -> int:
        return sum(len(ln.text.strip()) for ln in turn)

    best = max((t for t, u in turns if u), key=size)
    keep = {id(ln) for ln in best}
    for ln in lines:
        if id(ln) not in keep and ln.text.strip():
            log.drop_line(ln, "chat.turn")
    return True
