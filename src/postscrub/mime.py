"""A raw e-mail (.eml) with its post in the body: RFC 822 headers and a quoted-printable body.

Someone mails a post to themselves and saves the message as it is. Its header block is mail
chrome, not the post (``mail.header``); a header's RFC 2047 encoded words
(``=?UTF-8?Q?Fwd=3A_…?=``) are decoded first (``mail.encoded_word``). A quoted-printable body
(``Content-Transfer-Encoding: quoted-printable``) is decoded line by line: each run of ``=XX``
bytes becomes its characters in the message's charset (``mail.quoted_printable``), and a soft
line break (a line ending in ``=``) is undone: the ``=`` removed and the next line's text moved
up to the end of the line it continues (``mail.soft_break``: removed there, inserted here).

Imported only for what starts like a mail header block.
"""

from __future__ import annotations

import base64
import binascii
import quopri
from . import _re as re
from functools import lru_cache

from .repair import Line, RepairLog

_HEADER = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,40}:(?:[ \t].*)?")
_CONT = re.compile(r"[ \t]+\S.*")
_QP_RUN = re.compile(r"(?:=[0-9A-Fa-f]{2})+")
_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=")
# the headers a mail has at its top (one of them is enough with three headers in all)
_MAIL_HEADERS = ("from", "to", "subject", "date", "message-id", "mime-version", "content-type",
                 "content-transfer-encoding", "return-path", "received", "reply-to", "cc", "delivered-to")


def header_block(lines: list[Line]) -> tuple[int, dict[str, str]] | None:
    """The index of the blank line that ends a mail's header block at the top of ``lines``,
    and its headers (lower-case names), or None when the dump does not start with one."""
    headers: dict[str, str] = {}
    last = None
    for k, ln in enumerate(lines[:200]):
        t = ln.text
        if not t.strip():
            if len(headers) >= 3 and any(h in headers for h in ("from", "subject", "content-type")):
                return k, headers
            return None
        if _HEADER.fullmatch(t):
            name, _, value = t.partition(":")
            last = name.strip().lower()
            headers[last] = headers.get(last, "") + value.strip()
        elif _CONT.fullmatch(t) and last is not None:
            headers[last] += " " + t.strip()
        else:
            return None
        if k >= 2 and not any(h in headers for h in _MAIL_HEADERS):
            return None
    return None


def _charset(headers: dict[str, str]) -> str:
    m = re.search(r'charset="?([\w.:-]+)"?', headers.get("content-type", ""), re.I)
    name = m.group(1) if m else "utf-8"
    try:
        "".encode(name)
    except LookupError:
        return "utf-8"
    return name


def _decode_word(m: re.Match[str]) -> str:
    charset, kind, data = m.groups()
    try:
        raw = (quopri.decodestring(data.replace("_", " ").encode("ascii"), header=True) if kind in "Qq"
               else base64.b64decode(data + "=" * (-len(data) % 4)))
        return raw.decode(charset)
    except (LookupError, UnicodeError, ValueError, binascii.Error):
        return m.group()


_QP_VALID = re.compile(r"=(?:[CD][0-9A-F]=[89AB][0-9A-F]|E[0-9A-F](?:=[89AB][0-9A-F]){2}|F[0-4](?:=[89AB][0-9A-F]){3}"
                       r"|3D|20|09)")


def read_bare_quoted_printable(lines: list[Line], log: RepairLog) -> bool:
    """A quoted-printable body copied without its mail headers (from a mail client's "show
    original"): three or more soft line breaks, each near QP's line limit (50 characters or
    more), and two or more encoded characters (a UTF-8 sequence, ``=3D``, ``=20``), with no
    line longer than QP's 76 characters. Decoded as a mail's body is, in UTF-8; True when it
    was one."""
    soft = [ln for ln in lines if ln.text.endswith("=") and not ln.text.endswith("==")]
    # (an encoder breaks a line only near its 76-character limit: short lines ending in "="
    # are something else)
    if len(soft) < 3 or any(len(ln.text) < 50 for ln in soft) or any(len(ln.text) > 78 for ln in lines):
        return False
    if sum(len(_QP_VALID.findall(ln.text)) for ln in lines) < 2:
        return False
    _quoted_printable(lines, log, "utf-8")
    return True


def read_mail(lines: list[Line], log: RepairLog) -> bool:
    """Undo a raw mail's encoding and drop its header block; True when ``lines`` were one.
    Fails soft: anything not understood is left as it was."""
    found = header_block(lines)
    if found is None:
        return False
    end, headers = found
    for ln in lines[:end]:
        spans = [(m.start(), m.end(), dec) for m in _WORD.finditer(ln.text)
                 if (dec := _decode_word(m)) != m.group()]
        if spans:
            log.edit(ln, "mail.encoded_word", spans)
        log.drop_line(ln, "mail.header")
    body = lines[end + 1:]
    if "multipart/" in headers.get("content-type", "").lower():
        body = _plain_part(body, headers, log)
        if body is None:
            return True  # (no part this reads: the parts are left as they are)
        headers = body[1]
        body = body[0]
    if headers.get("content-transfer-encoding", "").strip().lower() == "quoted-printable":
        _quoted_printable(body, log, _charset(headers))
    _forwarded_block(body, log)
    _reply_around_post(body, 0, log)
    _external_banner(body, 0, log)
    _link_targets(body, log)
    return True


# a link as a mail's text part renders it: its label, then its address in brackets
# ("Like [https://…]", "Commenter <https://…>")
_LINK_TARGET = re.compile(r"(?:\[https?://[^\]\s]{1,2000}\]|<https?://[^>\s]{1,2000}>)\s*$")
# or after a colon ("Unsubscribe: https://…", "Lire sur LinkedIn : https://…")
_LINK_AFTER_COLON = re.compile(r"[:：]\s*https?://\S{1,2000}\s*$")


# LinkedIn's own addresses (its buttons, its mail's tracking and settings pages), and the
# pages a mailing service links under any mail (unsubscribe, preferences, settings): "opt-out"
# and "unsubscribe" as words of their own (not "adopt-out"), "/settings" as a whole path step
# (not "/settings-guide")
_UI_LINK = re.compile(r"https?://(?:[\w-]{1,63}\.){0,4}(?:linkedin\.com|licdn\.com)(?![\w.-])"
                      r"|(?<![^\W\d_])(?:unsubscri|opt-?out)|email-?pref|/preferences|/settings(?![^/?#\s>)\]])"
                      r"|manage[-_]?subscription",
                      re.I)


def _author_link(label: str, url: str) -> bool:
    """Is a mail's link, its label and address, one the author's text gave (a page of their
    own, a document), not LinkedIn's button or a mail's footer link?"""
    from . import nodes

    return _UI_LINK.search(url) is None and nodes.classify(label).kind == nodes.TEXT


def _link_targets(body: list[Line], log: RepairLog) -> None:
    """The address after a short label, alone on its line, that a mail's text part gives for
    each of its HTML links (a newsletter's buttons, "J’aime [https://…]"): removed
    (``mail.link``), so that the label is read as what it is (a button, a footer link). An
    address the author's text gave ("The checklist [https://…]", not LinkedIn's nor the
    mail's own) is kept on the line (``Line.targets``): the record's link."""
    from . import nodes

    for ln in body:
        t = ln.text
        if "://" not in t:
            continue
        # (the patterns start at the bracket, the colon, and the white space before it goes
        # with them here: a pattern starting with white space, searched, tries every position
        # of a long run of spaces to its end, time quadratic in the line)
        m = _LINK_TARGET.search(t) if t.rstrip().endswith(("]", ">")) else None
        at = len(t[: m.start()].rstrip()) if m is not None else 0
        if m is not None and at > 0:
            label = t[:at].strip()
            if label and len(label.split()) <= 4 and not label.endswith((":", "：")):
                url = m.group().strip()[1:-1]
                log.edit(ln, "mail.link", [(at, len(t), "")])
                if _author_link(label, url):
                    ln.targets = (*ln.targets, url)
            continue
        # "Label: https://…": only where the label is the mail's own chrome (a known footer
        # link, a button), not a sentence's "sign up here: https://…"
        m = _LINK_AFTER_COLON.search(t)
        at = len(t[: m.start()].rstrip()) if m is not None else 0
        if m is not None and at > 0 and len(t[:at].split()) <= 4 \
                and nodes.classify(t[:at]).kind != nodes.TEXT:
            log.edit(ln, "mail.link", [(at, len(t), "")])


_BOUNDARY = re.compile(r'boundary\s*=\s*"?([^";\s]+)"?', re.I)


def _plain_part(body: list[Line], headers: dict[str, str], log: RepairLog
                ) -> tuple[list[Line], dict[str, str]] | None:
    """A multipart message's first ``text/plain`` part: its lines and its headers (the
    message's charset and encoding when the part names none). The boundaries
    (``mail.boundary``), the parts' headers (``mail.header``), the preamble and every other
    part — the HTML copy of the same text, attachments — are dropped (``mail.part``).
    A nested multipart (``multipart/alternative`` inside ``multipart/mixed``) is searched
    too. None when no plain part is found."""
    m = _BOUNDARY.search(headers.get("content-type", ""))
    if m is None:
        return None
    delim = "--" + m.group(1)
    cuts = [k for k, ln in enumerate(body) if ln.text.strip() in (delim, delim + "--")]
    if len(cuts) < 2:
        return None
    parts = [body[a + 1:b] for a, b in zip(cuts, cuts[1:])]
    chosen = None
    for part in parts:
        ph_end = next((k for k, ln in enumerate(part) if not ln.text.strip()), None)
        if ph_end is None:
            continue
        ph: dict[str, str] = {}
        last = None
        for ln in part[:ph_end]:
            if _HEADER.fullmatch(ln.text):
                name, _, value = ln.text.partition(":")
                last = name.strip().lower()
                ph[last] = ph.get(last, "") + value.strip()
            elif _CONT.fullmatch(ln.text) and last is not None:
                ph[last] += " " + ln.text.strip()
        ctype = ph.get("content-type", "text/plain").lower()
        if ctype.startswith("multipart/"):
            inner = _plain_part(part[ph_end + 1:], ph, log)
            if inner is not None and chosen is None:
                chosen = (part, ph_end, inner)
                continue
        elif ctype.startswith("text/plain") and chosen is None:
            merged = {**headers, **{k: v for k, v in ph.items() if k.startswith("content-")}}
            if "charset" not in ph.get("content-type", ""):
                merged["content-type"] = headers.get("content-type", "") + "; " + ph.get("content-type", "")
            chosen = (part, ph_end, (part[ph_end + 1:], merged))
            continue
    if chosen is None:
        return None
    keep = {id(ln) for ln in chosen[2][0]}
    chosen_part, ph_end = chosen[0], chosen[1]
    for ln in chosen_part[:ph_end]:
        log.drop_line(ln, "mail.header")
    for k, ln in enumerate(body):
        if id(ln) in keep or not ln.text.strip():
            continue
        if k in cuts:
            log.drop_line(ln, "mail.boundary")
        elif chosen_part and any(ln is x for x in chosen_part[:ph_end]):
            continue
        else:
            log.drop_line(ln, "mail.part")
    return chosen[2]


# "---------- Forwarded message ----------", "----- LinkedIn post -----": a rule of dashes with
# a label in it opens what the sender forwards; a bare rule after it closes it
_OPEN_RULE = re.compile(r"\s*[-=_]{4,}\s*[^\W\d_][^-=_]{0,60}?\s*[-=_]{4,}\s*")
_CLOSE_RULE = re.compile(r"\s*[-=_]{8,}\s*")


def _forwarded_block(body: list[Line], log: RepairLog) -> None:
    """The sender's own words around what a mail forwards: the lines before a labelled rule
    of dashes and after the bare rule that closes it are not the post (``mail.sender_note``,
    the rules ``mail.forward_rule``)."""
    opening = next((k for k, ln in enumerate(body) if _OPEN_RULE.fullmatch(ln.text)), None)
    if opening is None or not any(ln.text.strip() for ln in body[opening + 1:]):
        return
    closing = next((k for k in range(opening + 1, len(body)) if _CLOSE_RULE.fullmatch(body[k].text)), None)
    for ln in body[:opening]:
        log.drop_line(ln, "mail.sender_note")
    log.drop_line(body[opening], "mail.forward_rule")
    if closing is not None:
        log.drop_line(body[closing], "mail.forward_rule")
        for ln in body[closing + 1:]:
            log.drop_line(ln, "mail.sender_note")


def _quoted_printable(body: list[Line], log: RepairLog, charset: str) -> None:
    for ln in body:
        t = ln.text
        if t.endswith((" ", "\t")):
            # whitespace at a line's end is a transport's (RFC 2045 6.7: "must be deleted"),
            # also after a soft break's "=" (whitespace for whitespace: not recorded)
            ln.replace([(len(t.rstrip(" \t")), len(t), "")])
        _qp_runs(ln, log, charset)
    # soft line breaks: a run of them gathers on its first line, the lines after it moved up
    # in one insertion (linear in the run's length)
    soft = [ln.text.endswith("=") and not ln.text.endswith("==") for ln in body]
    k = 0
    while k < len(body) - 1:
        if not soft[k]:
            k += 1
            continue
        head = body[k]
        log.edit(head, "mail.soft_break", [(len(head.text) - 1, len(head.text), "")])
        pieces: list[str] = []
        j = k
        while j + 1 < len(body) and soft[j]:
            nxt = body[j + 1]
            moved = nxt.text
            if moved:
                log.edit(nxt, "mail.soft_break", [(0, len(moved), "")])
                pieces.append(moved[:-1] if soft[j + 1] else moved)
            j += 1
        if pieces:
            log.edit(head, "mail.soft_break", [(len(head.text), len(head.text), "".join(pieces))])
            if "=" in head.text:
                # a character's bytes cut by the soft break ("=E0=A4=" / "=95…"), whole again
                _qp_runs(head, log, charset)
        k = j + 1


def _qp_runs(ln: Line, log: RepairLog, charset: str) -> None:
    """Each run of ``=XX`` bytes in the line that decodes in ``charset`` becomes its text
    (``mail.quoted_printable``); a run that does not (a character cut by a soft break) stays."""
    spans = []
    for m in _QP_RUN.finditer(ln.text):
        try:
            dec = binascii.unhexlify(m.group().replace("=", "")).decode(charset)
        except (UnicodeError, ValueError, binascii.Error):
            continue
        spans.append((m.start(), m.end(), dec))
    if spans:
        log.edit(ln, "mail.quoted_printable", spans)


@lru_cache(maxsize=1)
def _forward_label() -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(_forward_fields(), key=re.longest_first))
    return re.compile(r"\s*(?:\*\*)?(?P<label>" + alt + r")(?:\*\*)?\s?[:：]\s*\S")


@lru_cache(maxsize=1)
def _forward_fields() -> dict[str, str]:
    from . import patterns

    return {w: f for f, ws in patterns.FORWARD_HEADER_LABELS.items() for w in ws}


def cut_forward_header(lines: list[Line], log: RepairLog) -> bool:
    """A forwarded mail's header block pasted above the post ("From: … / Sent: … / To: … /
    Subject: …", in any of ``patterns.FORWARD_HEADER_LABELS``' languages), the forwarder's
    own words before it: those words (``mail.sender_note``), a rule opening the forward
    (``mail.forward_rule``) and the header lines (``mail.header``) are not the post. True
    when such a block (a sender line and two more header lines, one a date or a subject)
    stood before the post's text."""
    rx, fields = _forward_label(), _forward_fields()
    for k, ln in enumerate(lines):
        m = rx.match(ln.text)
        if m is None or fields[m.group("label")] != "from":
            continue
        seen = set()
        j = k + 1
        while j < len(lines) and j <= k + 6:
            h = rx.match(lines[j].text)
            if h is None:
                break
            seen.add(fields[h.group("label")])
            j += 1
        if len(seen) < 2 or "from" in seen or not seen & {"date", "subject"}:
            continue
        nxt = next((x.text.lstrip() for x in lines[j:] if x.text.strip()), None)
        if nxt is None or nxt.startswith(">"):
            return False  # (nothing after it, or a quoted post: read as a block quote)
        for x in lines[:k]:
            if x.text.strip():
                rule = _OPEN_RULE.fullmatch(x.text) or _CLOSE_RULE.fullmatch(x.text) or \
                    re.fullmatch(r"\s*-{3,}\s*[^\W\d_][\w ]{0,40}\s*-{3,}\s*", x.text)
                log.drop_line(x, "mail.forward_rule" if rule else "mail.sender_note")
        for x in lines[k:j]:
            log.drop_line(x, "mail.header")
        # (the forwarder's words under the header, then the post between a labelled rule and a
        # bare one, "----- LinkedIn post -----" … "----------", their signature after it)
        _forwarded_block(lines[j:], log)
        _reply_around_post(lines, j, log)
        _external_banner(lines, j, log)
        return True
    return False


# the mail system's warning on a message from outside the organisation, at its top or its end
_EXTERNAL_BANNER = re.compile(r"\s*(?:\[?EXTERNAL(?: E-?MAIL)?\]?\s*[:\-–]?\s*)?(?:CAUTION|WARNING|EXTERNAL(?: E-?MAIL)?)\s*[:\-–]\s*"
                              r"This (?:e-?mail|message) (?:originated|came|was sent|is) from outside\b.*", re.I)


def _external_banner(lines: list[Line], start: int, log: RepairLog) -> None:
    """The warning a mail system puts on a message from outside the organisation ("CAUTION:
    This email originated from outside the organisation. Do not click links…"), in a
    forward below its header block: the mail's, not the post's (``mail.external_banner``)."""
    for x in lines[start:]:
        t = x.text.lstrip()
        if t[:1] in "CcWwEe[" and len(t) < 400 and _EXTERNAL_BANNER.fullmatch(x.text):
            log.drop_line(x, "mail.external_banner")


def _header_block_at(lines: list[Line], k: int) -> int:
    """The end of a mail's header block opening at ``k`` (a sender line and two more header
    lines, one a date or a subject), or ``k`` when none opens there."""
    rx, fields = _forward_label(), _forward_fields()
    m = rx.match(lines[k].text)
    if m is None or fields[m.group("label")] != "from":
        return k
    seen = set()
    j = k + 1
    while j < len(lines) and j <= k + 6 and (h := rx.match(lines[j].text)) is not None:
        seen.add(fields[h.group("label")])
        j += 1
    return j if len(seen) >= 2 and "from" not in seen and seen & {"date", "subject"} else k


# the line over the message a reply quotes: Outlook's rule, Gmail's "On …, X wrote:"
_QUOTED_OPENER = re.compile(r"\s*-{3,}\s*Original Message\s*-{3,}\s*|\s*On .{6,120} wrote:\s*", re.I)


def _reply_around_post(lines: list[Line], start: int, log: RepairLog) -> None:
    """A reply's own words around a post pasted into it, after its header block (``start``):
    the earlier message it quotes below (a second header block, or "On …, X wrote:", to the
    end: ``mail.quoted``), the sender's note before the post's header (a name, then an age
    within four lines: ``mail.sender_note``) and their closing between the post's last button
    and that quoted message (``mail.signature``)."""
    from . import nodes
    from .chat import post_header_in

    quoted = next((k for k in range(start, len(lines))
                   if _header_block_at(lines, k) > k or _QUOTED_OPENER.fullmatch(lines[k].text)), None)
    if quoted is None:
        return
    body = [ln for ln in lines[start:quoted] if ln.text.strip()]
    at = post_header_in(body[:12])
    if at is None:
        return  # (no post before it: a forward, whose "original message" is what it sends)
    for x in lines[quoted:]:
        if x.text.strip():
            log.drop_line(x, "mail.quoted")
    for x in body[:at]:
        log.drop_line(x, "mail.sender_note")
    kinds = [nodes.classify(ln.text) for ln in body]
    last = max((i for i, kd in enumerate(kinds) if kd.kind == nodes.ACTION), default=None)
    if last is None or last < at:
        return
    tail = body[last + 1:]
    if tail and not any(kd.kind in (nodes.AGE, nodes.ACTION, nodes.COUNTER) for kd in kinds[last + 1:]) and len(tail) <= 6:
        for x in tail:
            log.drop_line(x, "mail.signature")
