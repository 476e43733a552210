"""A scraper's log: timestamped lines (``2025-03-04 10:15:03,870 DEBUG [scraper] …``) whose
messages carry the post's fields as ``key='value'`` pairs (logfmt), a long text between a
message ending in ``text >>>`` and a line opening with ``<<<``, and comments as messages with
a text and an author, numbered ``#2`` and answered by ``reply to #2``.

Keys are read through the export synonym table (``author``, ``headline``, ``age``, ``text``…,
see :func:`shapes.classify_column`). Every character no field takes — timestamps, levels,
loggers, keys, quotes, other messages — is recorded as ``log.line`` (or ``log.field:<key>``
for a value no field took). Imported only for a dump whose first line opens with a date.
"""

from __future__ import annotations

from . import _re as re

from .document import Author, Comment, Record
from .repair import Line, RepairLog

_STAMP = re.compile(
    r"\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s+"
    r"\[?(?i:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)\]?\s+(?:\[[^\]\n]{1,60}\]\s*|[\w.]{1,60}:\s+)?")
_PAIR = re.compile(r"""(?<![\w.])([A-Za-z_][\w.-]{0,40})=(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^\s'",)\]]+))""")
_OPEN = re.compile(r"(?:^|\s)([A-Za-z_]\w{0,30})\s*>>>\s*$")
_CLOSE = re.compile(r"\s*<<<")
_ID = re.compile(r"\s*#(\d{1,6})\b")
_PARENT = re.compile(r"\b(?:in\s+)?(?:reply|replying|answer)\s+to\s+#?(\d{1,6})\b|\bparent(?:_id)?=#?(\d{1,6})\b", re.I)
# the post a message is about, opening it: "post#2 …", "item#7 …"
_SCOPE = re.compile(r"\s*([A-Za-z_]\w{0,20}#\d{1,6})(?=\s|$)")
# a comment's own id after it, dotted under its parent's: "c1", "c1.r1", "3.2"
_DOTTED = re.compile(r"\s*((?:[A-Za-z]{1,8})?\d{1,4}(?:\.(?:[A-Za-z]{1,8})?\d{1,4}){0,4})(?=\s)")
# an indexed item a message is about, opening it: "comment[0] …", "comments[2].replies[0] …",
# "comment[1][0] …"; the messages of one item (its author on one line, its text on the next)
# are one message
_ITEM = re.compile(r"\s*([A-Za-z_]\w{0,20}\[\d{1,4}\](?:\.?(?:[A-Za-z_]\w{0,20})?\[\d{1,4}\]){0,4})(?=[\s:])")
# a line of a text printed one log message a line: "post#2 | the line"
_TEXT_LINE = re.compile(r"\s*\|(?: |$)")
# the free text after a message's pairs: "who=… ago=3h :: the comment"
_TAIL_TEXT = re.compile(r"\s+(?:::|—|->|=>|>>)\s+(?=\S)")


def may_be_log(lines: list[Line]) -> bool:
    content = [ln.text for ln in lines[:50] if ln.text.strip()]
    return bool(content) and _STAMP.match(content[0]) is not None


class _Field:
    __slots__ = ("value", "start", "end", "key", "spans")

    def __init__(self, key: str, value: str, start: int, end: int, spans: list[tuple[int, int]] | None = None) -> None:
        self.key, self.value, self.start, self.end = key, value, start, end
        self.spans = spans  # (a text over several messages: the span of each of its lines)


def segment_log(lines: list[Line], log: RepairLog) -> list[Record] | None:
    """One record from a scraper's log, or None when ``lines`` are no such log with a post
    (most lines timestamped, a text among the fields)."""
    try:
        return _segment_log(lines, log)
    except (ValueError, IndexError, KeyError, RecursionError):
        return None


def _field_of(key: str) -> tuple[str | None, int]:
    """The field a key names and its rank among the keys naming it (lower wins)."""
    from .shapes import classify_column

    _, f, rank = classify_column(key)
    return f, rank


def _best(fields: list[_Field]) -> dict[str, tuple[int, _Field]]:
    out: dict[str, tuple[int, _Field]] = {}
    for fld in fields:
        f, rank = _field_of(fld.key)
        if f is not None and (f not in out or rank < out[f][0]):
            out[f] = (rank, fld)
    return out


def _segment_log(lines: list[Line], log: RepairLog) -> list[Record] | None:
    from .exports import LabelledText

    content = [ln for ln in lines if ln.text.strip()]
    stamped = sum(1 for ln in content if _STAMP.match(ln.text))
    text = "\n".join(ln.text for ln in lines)
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    # messages: (line index, fields); a heredoc block gives one field over its lines
    messages: list[tuple[int, int, list[_Field]]] = []  # (line index, message start offset, fields)
    k = 0
    in_blocks = 0
    while k < len(lines):
        ln = lines[k]
        m = _STAMP.match(ln.text)
        if not m:
            k += 1
            continue
        base = starts[k]
        msg = ln.text[m.end():]
        fields = []
        sc = _SCOPE.match(msg)
        if sc is not None:
            tl = _TEXT_LINE.match(msg, sc.end())
            if tl is not None:
                # a text printed a line a message ("post#1 | …"): the run of them, one field
                a = base + m.end() + tl.end()
                pieces, spans = [msg[tl.end():]], [(a, base + len(ln.text))]
                j = k + 1
                while j < len(lines):
                    m2 = _STAMP.match(lines[j].text)
                    msg2 = lines[j].text[m2.end():] if m2 else ""
                    sc2 = _SCOPE.match(msg2) if m2 else None
                    tl2 = _TEXT_LINE.match(msg2, sc2.end()) if sc2 is not None and sc2.group(1) == sc.group(1) else None
                    if tl2 is None:
                        break
                    pieces.append(msg2[tl2.end():])
                    spans.append((starts[j] + m2.end() + tl2.end(), starts[j] + len(lines[j].text)))
                    j += 1
                fields.append(_Field("text", "\n".join(pieces), spans[0][0], spans[-1][1], spans))
                messages.append((k, base + m.end(), fields))
                k = j
                continue
        for p in _PAIR.finditer(msg):
            g = 2 if p.group(2) is not None else 3 if p.group(3) is not None else 4
            val = p.group(g)
            fields.append(_Field(p.group(1), val, base + m.end() + p.start(g), base + m.end() + p.end(g)))
        if fields and ("::" in msg or "—" in msg or "->" in msg or "=>" in msg or ">>" in msg):
            t = _TAIL_TEXT.search(msg, fields[-1].end - base - m.end())
            if t is not None and _field_of(fields[-1].key)[0] != "text":
                # the free text after the pairs, a comment's: "who=… ago=3h :: Great news"
                fields.append(_Field("text", msg[t.end():], base + m.end() + t.end(), base + len(ln.text)))
        o = _OPEN.search(msg)
        if o:
            close = next((j for j in range(k + 1, len(lines)) if _CLOSE.match(lines[j].text)), None)
            if close is not None and close > k + 1:
                a, b = starts[k + 1], starts[close] - 1
                fields.append(_Field(o.group(1), text[a:b], a, b))
                in_blocks += close - k - 1
                messages.append((k, base + m.end(), fields))
                k = close + 1
                continue
        messages.append((k, base + m.end(), fields))
        k += 1
    if stamped * 2 < len(content) - in_blocks or stamped < 2:
        return None
    merged: list[tuple[int, int, list[_Field]]] = []
    last_item = None
    for li, mstart, fs in messages:
        it = _ITEM.match(lines[li].text, mstart - starts[li])
        item = it.group(1) if it else None
        if item is not None and item == last_item and merged:
            merged[-1][2].extend(fs)  # (the same item's next field, on a message of its own)
            continue
        merged.append((li, mstart, fs))
        last_item = item
    messages = merged
    ranked = [_best(fs) for _, _, fs in messages]
    kinds = [{f: v[1] for f, v in r.items()} for r in ranked]
    texts = [i for i, kd in enumerate(kinds) if "text" in kd]
    if not texts:
        return None
    lt = LabelledText(lines, text, "log.line")
    label = lt.label

    def take(f: _Field | None) -> str | None:
        if f is None:
            return None
        for a0, b0 in f.spans or [(f.start, f.end)]:
            for x in range(a0, b0):
                label[x] = None
        return f.value.strip() or None

    # the posts: one per scope the messages open with ("post#1 …", "post#2 …"), or the whole
    # log's one post when they name none
    scopes: dict[str | None, list[int]] = {}
    for i, (li, mstart, _) in enumerate(messages):
        sc = _SCOPE.match(lines[li].text, mstart - starts[li])
        scopes.setdefault(sc.group(1) if sc else None, []).append(i)
    if len(scopes) == 1 or None not in scopes or not any(i in texts for i in scopes[None]):
        groups = [idx for key, idx in scopes.items() if key is not None and any(i in texts for i in idx)]
    else:
        groups = []
    if not groups:
        groups = [list(range(len(messages)))]
    out = []
    for group in groups:
        rec = _record(group, messages, ranked, kinds, lines, starts, take)
        if rec is not None:
            out.append(rec)
    if not out:
        return None
    for _, _, fs in messages:
        for f in fs:
            if f.start < len(label) and label[f.start] == "log.line":
                for a0, b0 in f.spans or [(f.start, f.end)]:
                    for x in range(a0, b0):
                        label[x] = f"log.field:{f.key}"
    lt.record(log)
    return out


def _record(group: list[int], messages, ranked, kinds, lines, starts, take) -> Record | None:
    """The record of one post's messages (``group``: their indices, in order): its fields from
    the messages up to and including its text's; a comment is a later message with a text and
    an author of its own, numbered ``#2`` (answered by ``reply to #2``) or dotted under its
    parent's id (``c1``, then ``c1.r1``)."""
    from .exports import _block, _headline, _text_fields, _whole_age

    texts = [i for i in group if "text" in kinds[i]]
    if not texts:
        return None
    rec = Record(shape="scraper_log")
    post_text = texts[0]
    best: dict[str, tuple[int, _Field]] = {}
    for i in group:
        if i > post_text:
            break
        for f, (rank, fld) in ranked[i].items():
            if f not in best or rank < best[f][0]:
                best[f] = (rank, fld)
    post = {f: v[1] for f, v in best.items()}
    body = take(post["text"]) or ""
    _text_fields(rec, _block(body.replace("\\n", "\n") if "\n" not in body else body))
    rec.first_line = lines[messages[group[0]][0]].no
    name = post.get("author")
    bio = post.get("headline")
    rec.author = Author(take(name) if name else None,
                        take(bio) if bio is not None and _headline(bio.value.strip()) else None)
    age = post.get("age")
    a = _whole_age(age.value.strip()) if age is not None else None
    if a is not None:
        take(age)
        rec.age, rec.age_iso = a.text, a.iso
    n = post.get("reactions")
    if n is not None and n.value.strip().isdigit():
        rec.reactions = int(take(n) or 0)
    by_id: dict[str, Comment] = {}
    for i in texts[1:]:
        kd = kinds[i]
        if "author" not in kd:
            continue
        li, mstart, _ = messages[i]
        msg = lines[li].text[mstart - starts[li]:]
        ca = _whole_age(kd["age"].value.strip()) if "age" in kd else None
        if ca is not None:
            take(kd["age"])
        cbio = kd.get("headline")
        c = Comment(Author(take(kd["author"]), take(cbio) if cbio is not None and _headline(cbio.value.strip()) else None),
                    ca.text if ca else None, ca.iso if ca else None, _block(take(kd["text"]) or ""))
        pm = _PARENT.search(msg)
        parent = (pm.group(1) or pm.group(2)) if pm else None
        idm = _ID.match(msg)
        it = _ITEM.match(msg)
        if it is not None and pm is None:
            # "comment[0]", then "comment[0].replies[1]": a reply under the item its path opens with
            cid = it.group(1)
            by_id.setdefault(cid, c)
            up = re.sub(r"\.?(?:[A-Za-z_]\w{0,20})?\[\d{1,4}\]$", "", cid)
            parent = up if up != cid and up in by_id else None
        elif idm is None:
            sc = _SCOPE.match(msg)
            dm = _DOTTED.match(msg, sc.end() if sc else 0)
            if dm is not None and "=" not in dm.group(1):
                cid = dm.group(1)
                if parent is None and "." in cid:
                    parent = cid.rsplit(".", 1)[0]
                if cid not in by_id:
                    by_id[cid] = c
        elif not pm:
            by_id[idm.group(1)] = c
        if parent is not None and parent in by_id:
            by_id[parent].replies.append(c)
        else:
            rec.comments.append(c)
    return rec
