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
    r"\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)\]?\s+(?:\[[^\]\n]{1,60}\]\s*|[\w.]{1,60}:\s+)?")
_PAIR = re.compile(r"""(?<![\w.])([A-Za-z_][\w.-]{0,40})=(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^\s'",)\]]+))""")
_OPEN = re.compile(r"(?:^|\s)([A-Za-z_]\w{0,30})\s*>>>\s*$")
_CLOSE = re.compile(r"\s*<<<")
_ID = re.compile(r"\s*#(\d{1,6})\b")
_PARENT = re.compile(r"\b(?:in\s+)?(?:reply|replying|answer)\s+to\s+#?(\d{1,6})\b|\bparent(?:_id)?=#?(\d{1,6})\b", re.I)


def may_be_log(lines: list[Line]) -> bool:
    content = [ln.text for ln in lines[:50] if ln.text.strip()]
    return bool(content) and _STAMP.match(content[0]) is not None


class _Field:
    __slots__ = ("value", "start", "end", "key")

    def __init__(self, key: str, value: str, start: int, end: int) -> None:
        self.key, self.value, self.start, self.end = key, value, start, end


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
    from .exports import LabelledText, _block, _headline, _text_fields, _whole_age

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
        for p in _PAIR.finditer(msg):
            g = 2 if p.group(2) is not None else 3 if p.group(3) is not None else 4
            val = p.group(g)
            fields.append(_Field(p.group(1), val, base + m.end() + p.start(g), base + m.end() + p.end(g)))
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
        for x in range(f.start, f.end):
            label[x] = None
        return f.value.strip() or None

    rec = Record(shape="scraper_log")
    # the post: its fields from the messages up to and including its text's (a comment is a
    # message with a text and an author of its own, after the post's text)
    post_text = texts[0]
    best: dict[str, tuple[int, _Field]] = {}
    for i in range(post_text + 1):
        for f, (rank, fld) in ranked[i].items():
            if f not in best or rank < best[f][0]:
                best[f] = (rank, fld)
    post = {f: v[1] for f, v in best.items()}
    body = take(post["text"]) or ""
    _text_fields(rec, _block(body.replace("\\n", "\n") if "\n" not in body else body))
    rec.first_line = lines[messages[post_text][0]].no
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
        if idm and not pm:
            by_id[idm.group(1)] = c
        if parent is not None and parent in by_id:
            by_id[parent].replies.append(c)
        else:
            rec.comments.append(c)
    for _, _, fs in messages:
        for f in fs:
            if f.start < len(label) and label[f.start] == "log.line":
                for x in range(f.start, f.end):
                    label[x] = f"log.field:{f.key}"
    lt.record(log)
    return [rec]
