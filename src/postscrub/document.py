"""The output record (schema ``postscrub/1``) and its JSON form.

Fields may be added to schema 1; none is ever renamed or removed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "postscrub/1"


@dataclass(slots=True)
class Author:
    name: str | None = None
    bio: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "bio": self.bio}


@dataclass(slots=True)
class Comment:
    author: Author = field(default_factory=Author)
    age: str | None = None  # as written: "10 个月", "3d", "1w"
    age_iso: str | None = None  # ISO-8601 duration: "P10M", "P3D", "P1W", "PT5H"
    text: str = ""
    reactions: int | None = None
    replies: list["Comment"] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "author": self.author.to_dict(),
            "age": self.age,
            "age_iso": self.age_iso,
            "text": self.text,
            "reactions": self.reactions,
            "replies": [r.to_dict() for r in self.replies],
        }


@dataclass(slots=True, order=True)
class Repair:
    """One change made to the dump. ``line``/``column`` are 1-based positions in the
    decoded input; ``text`` is what was removed or replaced, ``replacement`` what
    stands there now (``""`` for a removal)."""

    line: int
    column: int
    rule: str
    text: str
    replacement: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "text": self.text,
            "replacement": self.replacement,
            "line": self.line,
            "column": self.column,
        }


@dataclass(slots=True)
class Record:
    source: str = "-"
    index: int = 0
    shape: str = "plain"
    encoding: str | None = None
    title: str | None = None
    author: Author = field(default_factory=Author)
    age: str | None = None
    age_iso: str | None = None
    body: str = ""
    cta: str | None = None
    sign_off: str | None = None
    hashtags: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    reactions: int | None = None
    comments: list[Comment] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: first input line of this post (internal: assigns repairs to posts of a feed copy)
    first_line: int = field(default=1, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": self.source,
            "index": self.index,
            "shape": self.shape,
            "encoding": self.encoding,
            "title": self.title,
            "author": self.author.to_dict(),
            "age": self.age,
            "age_iso": self.age_iso,
            "body": self.body,
            "cta": self.cta,
            "sign_off": self.sign_off,
            "hashtags": list(self.hashtags),
            "mentions": list(self.mentions),
            "links": list(self.links),
            "reactions": self.reactions,
            "comments": [c.to_dict() for c in self.comments],
            "repairs": [r.to_dict() for r in self.repairs],
            "warnings": list(self.warnings),
        }


# --------------------------------------------------------------------------------------------
# The JSON text of a record, written directly


def to_json(record: Record, indent: int | None = None, level: int = 0) -> str:
    """``json.dumps(record.to_dict(), ensure_ascii=False)`` — compact (``separators=(",", ":")``)
    when ``indent`` is None, else with ``indent`` — nested ``level`` deep (the text as it stands
    inside ``level`` containers of an indented document; its first line not indented), the same
    text, character for character, built without the dicts in between.

    The json module's C encoder makes a small string per key, value and separator and joins
    them (over a million for a thousand dumps: most of the rendering time); here each object is
    one f-string around the same string encoder (``encode_basestring``, what ``json.dumps`` uses
    for ``ensure_ascii=False``). Anything of another type than the fields declare (a number in a
    text field) goes through ``json.dumps(to_dict())`` instead, so the text is the same whatever
    the record holds. ``tests/test_output.py`` keeps the two in step."""
    try:
        return _record(record, _Style.of(indent), level)
    except (TypeError, AttributeError):
        pass
    if indent is None:
        return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))
    text = json.dumps(record.to_dict(), ensure_ascii=False, indent=indent)
    return text.replace("\n", "\n" + " " * (indent * level)) if level else text


_enc = json.encoder.encode_basestring  # (raises TypeError for anything but a str)


class _Style:
    """One layout (compact, or indented by ``indent``): ``nl(d)`` is what stands before an
    item at depth ``d`` (nothing when compact); ``template(kind, d)`` the %-template of an
    object of ``kind`` whose keys stand at depth ``d``."""

    __slots__ = ("indent", "_nl", "_templates")
    _cache: dict[int | None, "_Style"] = {}

    def __init__(self, indent: int | None) -> None:
        self.indent = indent
        self._nl: list[str] = []
        self._templates: dict[tuple[str, int], str] = {}

    @classmethod
    def of(cls, indent: int | None) -> "_Style":
        st = cls._cache.get(indent)
        if st is None:
            if indent is not None and (type(indent) is not int or indent < 0):
                raise TypeError("indent")  # (json.dumps's own handling of odd indents)
            st = cls._cache[indent] = cls(indent)
        return st

    def nl(self, depth: int) -> str:
        nls = self._nl
        while len(nls) <= depth:
            nls.append("" if self.indent is None else "\n" + " " * (self.indent * len(nls)))
        return nls[depth]

    def template(self, kind: str, depth: int) -> str:
        t = self._templates.get((kind, depth))
        if t is None:
            n, ks = self.nl(depth), ":" if self.indent is None else ": "
            t = "{" + ",".join(f'{n}"{key}"{ks}{fmt}' for key, fmt in _KEYS[kind]) + self.nl(depth - 1) + "}"
            t = self._templates[(kind, depth)] = t
        return t


# the keys of each object in to_dict() order; %d: an int checked to be one (json writes a bool
# as true, not 1)
_KEYS = {
    "author": (("name", "%s"), ("bio", "%s")),
    "comment": (("author", "%s"), ("age", "%s"), ("age_iso", "%s"), ("text", "%s"),
                ("reactions", "%s"), ("replies", "%s")),
    "repair": (("rule", "%s"), ("text", "%s"), ("replacement", "%s"), ("line", "%d"), ("column", "%d")),
    "record": (("schema", "%s"), ("source", "%s"), ("index", "%s"), ("shape", "%s"), ("encoding", "%s"),
               ("title", "%s"), ("author", "%s"), ("age", "%s"), ("age_iso", "%s"), ("body", "%s"),
               ("cta", "%s"), ("sign_off", "%s"), ("hashtags", "%s"), ("mentions", "%s"), ("links", "%s"),
               ("reactions", "%s"), ("comments", "%s"), ("repairs", "%s"), ("warnings", "%s")),
}


def _s(value: str | None) -> str:
    return "null" if value is None else _enc(value)


def _i(value: int | None) -> str:
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    raise TypeError("not an int")


def _list(items: list[str], st: _Style, d: int) -> str:
    """The JSON texts ``items`` as an array whose items stand at depth ``d``."""
    if not items:
        return "[]"
    nl = st.nl(d)
    return "[" + nl + ("," + nl).join(items) + st.nl(d - 1) + "]"


def _strs(values: list[str], st: _Style, d: int) -> str:
    if type(values) is not list:
        raise TypeError("not a list")
    return _list(list(map(_enc, values)), st, d)


def _author(a: Author, st: _Style, d: int) -> str:
    if type(a) is not Author:
        raise TypeError("not an Author")
    return st.template("author", d) % (_s(a.name), _s(a.bio))


def _comments(comments: list[Comment], st: _Style, d: int) -> str:
    """A list of comments whose items stand at depth ``d``."""
    if not comments:
        return "[]"
    if type(comments) is not list:
        raise TypeError("not a list")
    t = st.template("comment", d + 1)
    items = []
    for c in comments:
        if type(c) is not Comment:
            raise TypeError("not a Comment")
        items.append(t % (_author(c.author, st, d + 2), _s(c.age), _s(c.age_iso), _s(c.text),
                          _i(c.reactions), _comments(c.replies, st, d + 2)))
    return _list(items, st, d)


def _repairs(repairs: list[Repair], st: _Style, d: int) -> str:
    """A list of repairs whose items stand at depth ``d``."""
    if not repairs:
        return "[]"
    if type(repairs) is not list:
        raise TypeError("not a list")
    t = st.template("repair", d + 1)
    items = [t % (_enc(x.rule), _enc(x.text), _enc(x.replacement), x.line, x.column) for x in repairs]
    for x in repairs:  # (%d takes a bool, a float: they would not be written as json writes them)
        if type(x) is not Repair or type(x.line) is not int or type(x.column) is not int:
            raise TypeError("not a Repair of ints")
    return _list(items, st, d)


def _record(r: Record, st: _Style, level: int) -> str:
    if type(r) is not Record:  # (a subclass may have a to_dict of its own)
        raise TypeError("not a Record")
    d = level + 1
    return st.template("record", d) % (
        _enc(SCHEMA), _s(r.source), _i(r.index), _s(r.shape), _s(r.encoding), _s(r.title),
        _author(r.author, st, d + 1), _s(r.age), _s(r.age_iso), _s(r.body), _s(r.cta), _s(r.sign_off),
        _strs(r.hashtags, st, d + 1), _strs(r.mentions, st, d + 1), _strs(r.links, st, d + 1),
        _i(r.reactions), _comments(r.comments, st, d + 1), _repairs(r.repairs, st, d + 1),
        _strs(r.warnings, st, d + 1),
    )
