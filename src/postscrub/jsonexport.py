"""JSON exports of scraped posts: a JSON array of objects, or JSON Lines (one object a line).

Scrapers (Apify, PhantomBuster and home-made ones) write each post as an object with fields
like ``text``, ``author``, ``authorHeadline``, ``timeSincePosted`` and ``comments``. This
module parses such a text *keeping the position of every string*, so that the fields a record
takes can be accounted for exactly: escapes (``\\n``, ``\\ud83d\\udcaa``) are recorded as
decoded (``json.escape``), every other character — keys, punctuation, fields no record takes —
as removed (``json.syntax``, ``json.field:<key>``).
"""

from __future__ import annotations

import functools
import json
from . import _re as re
from dataclasses import dataclass, field
from collections.abc import Iterable
from typing import Any

from .repair import drop_lone_surrogates

_TEXT_KEYS = ("text", "content", "body", "post_text", "postText", "commentary", "description", "message",
              "comment", "comment_text", "commentText",
              # the post's markup, saved by a headless browser's script (read through its tags)
              "contentHtml", "textHtml", "bodyHtml", "commentaryHtml", "innerHtml", "commentHtml")
_AUTHOR_KEYS = ("author", "authorName", "author_name", "authorFullName", "fullName", "full_name", "name",
                "user", "userName", "profileName", "actor", "commenter", "commenterName", "commentAuthor",
                "poster", "creator")
_HEADLINE_KEYS = ("authorHeadline", "author_headline", "headline", "occupation", "authorTitle", "subtitle",
                  "title_of_author", "authorDescription", "commenterHeadline", "commenterTitle",
                  "authorOccupation")
_AGE_KEYS = ("timeSincePosted", "time_since_posted", "relativeTime", "relative_time", "postedAgo", "age",
             "posted", "postedAt", "posted_at", "time", "date", "commentTime", "commentAge", "timeAgo",
             "ago", "createdAt", "commentedAt")
_TITLE_KEYS = ("title", "articleTitle", "article_title")
_COMMENT_KEYS = ("comments", "commentList", "topComments", "replies")
_REPLY_KEYS = ("replies", "comments", "children", "childComments", "subComments")  # (a thread's tree: "children")
_REACTION_KEYS = ("numLikes", "likes", "reactions", "numReactions", "reactionCount", "totalReactionCount",
                  "likeCount")


@dataclass
class JStr:
    """A JSON string: its decoded value and the span of its raw content (inside the quotes)."""

    value: str
    start: int
    end: int
    raw: str
    # the escapes in the raw text, (offset, end, decoded, rule), for a string not read as JSON
    # (a Python literal's, a YAML scalar's); None: JSON's escapes, found in ``raw``
    escapes: list[tuple] | None = None


@dataclass
class JObj:
    items: dict[str, Any] = field(default_factory=dict)  # key -> JStr | JObj | list | number
    keys: dict[str, JStr] = field(default_factory=dict)  # key -> the key's own string

    @classmethod
    def of(cls, pairs: Iterable[tuple[JStr, Any]]) -> "JObj":
        """The object of (key's string, value) pairs, in their order (a repeated key: the last)."""
        o = cls()
        for k, v in pairs:
            o.items[k.value] = v
            o.keys[k.value] = k
        return o


# what follows a string's closing quote in JSON (a key's colon, a bracket, a line's end), and
# what follows a comma after one (the next value, a line's end)
_AFTER_STRING = frozenset(("", ":", "}", "]", "\n", "\r", '"'))
_AFTER_COMMA = frozenset(("", "\n", "\r", '"', "{", "["))
_VALUE_AFTER_COMMA = re.compile(r"[ \t]*+(?:[\r\n\"{\[\]}]|$|(?:-?\d{1,40}(?:\.\d{1,40})?|true|false|null)[ \t]*+(?:[,}\]\r\n]|$))")


def _stray_quote(t: str, end: int) -> bool:
    """Is the quote before ``end`` one inside the string rather than its end? JSON puts a
    colon, a comma, a bracket or a line's end after a string (spaces between); a word there,
    or a comma that no value follows, tells text whose quote an earlier step unescaped
    (``"Revenue" is never``, ``"Revenue", he said``)."""
    c = t[end : end + 1]
    if c == "," and t[end + 1 : end + 2] in _AFTER_COMMA:
        return False  # (the fast way: most strings)
    i = end
    while t[i : i + 1] in (" ", "\t"):
        i += 1
    c = t[i : i + 1]
    if c == ",":
        return _VALUE_AFTER_COMMA.match(t, i + 1) is None
    if c == '"' and i == end:  # (a quote that closed a quotation at the string's end: "… "hi"")
        return t[end + 1 : end + 2] in (",", "}", "]", "\n", "\r", "")
    return c not in _AFTER_STRING


class _Parser:
    def __init__(self, text: str) -> None:
        self.t = text
        self.i = 0

    def ws(self) -> None:
        t, i = self.t, self.i
        while i < len(t) and t[i] in " \t\r\n\ufeff":
            i += 1
        self.i = i

    def value(self, depth: int = 0) -> Any:
        if depth > 64:
            raise ValueError("too deep")
        self.ws()
        if self.i >= len(self.t):
            raise ValueError("end")
        c = self.t[self.i]
        if c == "{":
            return self.obj(depth)
        if c == "[":
            return self.arr(depth)
        if c == '"':
            return self.string()
        m = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null").match(self.t, self.i)
        if not m:
            raise ValueError("bad value")
        self.i = m.end()
        return json.loads(m.group())

    def string(self) -> JStr:
        start = self.i + 1
        value, end = json.decoder.scanstring(self.t, start)
        if self.t[end : end + 1] not in _AFTER_STRING and _stray_quote(self.t, end):
            # a quote inside a string that an earlier step unescaped (an HTML entity
            # "&quot;" in a JSON string, decoded by the repairs): the string goes on
            parts = [value]
            while _stray_quote(self.t, end):
                more, end = json.decoder.scanstring(self.t, end)
                parts += ['"', more]
            value = "".join(parts)
        if not value.isascii():
            # (an escape of half a surrogate pair whose other half is not there, "\\ud83d"
            # alone, decodes to a lone surrogate: a lost character, which the value does not
            # hold; LabelledText.record records its escape as lost_character)
            value = drop_lone_surrogates(value)
        self.i = end
        return JStr(value, start, end - 1, self.t[start : end - 1])

    def obj(self, depth: int) -> JObj:
        o = JObj()
        self.i += 1
        self.ws()
        if self.t[self.i : self.i + 1] == "}":
            self.i += 1
            return o
        while True:
            self.ws()
            if self.t[self.i : self.i + 1] != '"':
                raise ValueError("key")
            k = self.string()
            self.ws()
            if self.t[self.i : self.i + 1] != ":":
                raise ValueError(":")
            self.i += 1
            o.items[k.value] = self.value(depth + 1)
            o.keys[k.value] = k
            self.ws()
            c = self.t[self.i : self.i + 1]
            self.i += 1
            if c == "}":
                return o
            if c != ",":
                raise ValueError(",")

    def arr(self, depth: int) -> list[Any]:
        out: list[Any] = []
        self.i += 1
        self.ws()
        if self.t[self.i : self.i + 1] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value(depth + 1))
            self.ws()
            c = self.t[self.i : self.i + 1]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise ValueError(",")


def parse_export_tree(text: str, tree: Any = None) -> tuple[list[JObj], list[JObj]] | None:
    """The post objects of a JSON export and the envelope objects around them (a scraper's
    ``{"status": …, "data": [posts]}``; none for a bare array or JSON Lines), or None when
    ``text`` is no such export. ``tree``: the text already read by another reader (a Python
    literal, YAML; see :mod:`literals`)."""
    if tree is not None:
        objs = [x for x in tree if isinstance(x, JObj)] if isinstance(tree, list) else [tree]
        return _posts_of(objs)
    s = text.lstrip("\ufeff \t\r\n")
    if not s or s[0] not in "[{":
        return None
    objs: list[JObj] = []
    try:
        p = _Parser(text)
        v = p.value()
        p.ws()
        if p.i < len(text):
            if not isinstance(v, JObj):
                return None
            objs.append(v)
            while p.i < len(text):  # JSON Lines: more objects follow
                v = p.value()
                if not isinstance(v, JObj):
                    return None
                objs.append(v)
                p.ws()
        elif isinstance(v, list):
            objs = [x for x in v if isinstance(x, JObj)]
        elif isinstance(v, JObj):
            objs = [v]
    except (ValueError, IndexError, json.JSONDecodeError, RecursionError):
        return None
    return _posts_of(objs)


def _split_table(o: JObj) -> list[JObj] | None:
    """A table given as its column names and its rows (pandas' ``to_json(orient="split")``,
    a query API's ``{"columns": […], "rows": [[…]]}``): an object holding a list of two or
    more distinct names and a list of rows, each a list of as many values, is those rows as
    objects — found by their shapes, not by their keys' names."""
    lists = [v for v in o.items.values() if isinstance(v, list) and v]
    if len(lists) < 2:
        return None
    cols = next((v for v in lists if len(v) >= 2 and all(isinstance(x, JStr) and x.value for x in v)
                 and len({x.value for x in v}) == len(v)), None)
    if cols is None:
        return None
    rows = next((v for v in lists if v is not cols and all(isinstance(r, list) and len(r) == len(cols) for r in v)), None)
    if rows is None:
        return None
    out = []
    for r in rows:
        out.append(JObj.of(zip(cols, r)))
    return out


def _indexed_table(o: JObj) -> list[JObj] | None:
    """A table kept as maps keyed by its rows' index: each row under its index (pandas'
    ``to_json(orient="index")``, ``{"0": {…}, "1": {…}}``), or each column as a map from the
    index to its values (``orient="columns"``, pandas' default, ``{"text": {"0": "…", "1":
    "…"}, "author": {…}}``): the rows as objects, in the index's order — found by their shapes
    (two or more maps, the index all digits), not by their keys' names."""
    vals = list(o.items.values())
    if len(vals) < 2 or not all(isinstance(v, JObj) and v.items for v in vals):
        return None
    if all(k.isdigit() for k in o.items):
        return vals  # (orient="index": the rows)
    index = list(vals[0].items)
    if len(index) < 1 or not all(k.isdigit() for k in index) or any(list(v.items) != index for v in vals[1:]):
        return None
    if any(isinstance(x, JObj) for v in vals for x in v.items.values()):
        return None  # (a column's cell is a value, not an object: maps of objects are no columns)
    out = []
    for i in index:
        row = JObj()
        for col, v in o.items.items():
            row.items[col] = v.items[i]
            row.keys[col] = o.keys.get(col) or JStr(col, 0, 0, col)
        out.append(row)
    return out


_BASE64 = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")


def _base64_text(v: JStr) -> JStr | None:
    """A string that is base64 of UTF-8 text (a tool that stores its texts encoded): the text,
    the whole raw string recorded as its encoding."""
    s = v.value
    if len(s) < 24 or len(s) % 4 or not _BASE64.fullmatch(s):
        return None
    import base64
    import binascii

    try:
        dec = base64.b64decode(s, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if not dec.strip() or not all(c.isprintable() or c in "\n\r\t" for c in dec) \
            or sum(c.isalpha() for c in dec) * 2 < len(dec.replace(" ", "")):
        return None
    return JStr(dec, v.start, v.end, v.raw, [(v.start, v.end, dec, "json.base64")])


def _decode_base64(x: Any, depth: int = 0) -> None:
    """In place: every string of the tree that is base64 of a text, decoded."""
    if depth > 40:
        return
    if isinstance(x, JObj):
        for k, v in x.items.items():
            if isinstance(v, JStr):
                if len(v.value) >= 24 and " " not in v.value:
                    d = _base64_text(v)
                    if d is not None:
                        x.items[k] = d
            elif isinstance(v, (JObj, list)):
                _decode_base64(v, depth + 1)
    elif isinstance(x, list):
        for n, v in enumerate(x):
            if isinstance(v, (JObj, list)):
                _decode_base64(v, depth + 1)


_FLAT_KEY = re.compile(r"[A-Za-z_]\w{0,40}(?:([./])(?:[A-Za-z_]\w{0,40}|\d{1,4}))+")


def _unflattened(o: JObj) -> JObj:
    """An object whose keys are the paths of a nested one, flattened by a no-code tool or a
    ``json_normalize`` (``"post.author.name"``, ``"comments.0.replies.1.text"``, ``"a/b/0/c"``;
    three or more such keys with one separator, at least half of the keys): that nested object,
    numbered segments made arrays (the values and each leaf's key string kept); ``o`` itself
    otherwise, or where two paths collide."""
    if len(o.items) < 3 or len(o.items) > 20000:
        return o
    seps = set()
    n = 0
    for k in o.items:
        m = _FLAT_KEY.fullmatch(k)
        if m is not None:
            seps.add(m.group(1))
            n += 1
    if n < 3 or n * 2 < len(o.items) or len(seps) != 1:
        return o
    sep = seps.pop()
    root: dict = {}
    leaf_keys: dict[int, dict] = {}
    for k, v in o.items.items():
        path = k.split(sep) if _FLAT_KEY.fullmatch(k) else [k]
        node = root
        for seg in path[:-1]:
            key = int(seg) if seg.isdigit() else seg
            nxt = node.setdefault(key, {})
            if not isinstance(nxt, dict):
                return o  # ("a.b" a value and "a.b.c" too)
            node = nxt
        last = int(path[-1]) if path[-1].isdigit() else path[-1]
        if last in node:
            return o  # ("a" and "a.b" both: no one tree)
        node[last] = v
        if k in o.keys:
            leaf_keys.setdefault(id(node), {})[str(last)] = o.keys[k]

    def build(node: object) -> object:
        if not isinstance(node, dict):
            return node
        if node and all(isinstance(k, int) for k in node):
            return [build(node[k]) for k in sorted(node)]
        return JObj({str(k): build(v) for k, v in node.items()}, dict(leaf_keys.get(id(node), {})))

    tree = build(root)
    return tree if isinstance(tree, JObj) else o


def _posts_of(objs: list[JObj]) -> tuple[list[JObj], list[JObj]] | None:
    if not objs:
        return None
    objs = [_unflattened(o) for o in objs]
    for o in objs:
        _decode_base64(o)
    if len(objs) == 1:
        rows = _split_table(objs[0]) or _indexed_table(objs[0])
        if rows is not None:
            objs = rows
    if _has_type_tags(objs):
        objs = [x for x in (_unwrap_types(o) for o in objs) if isinstance(x, JObj)]
        if not objs:
            return None
    wrapper = _value_wrapper(objs)
    if wrapper is not None:
        objs = [x for x in (_unwrap_wrapped(o, *wrapper) for o in objs) if isinstance(x, JObj)]
        if not objs:
            return None
    for o in objs:
        _unwrap_edges(o)
    envelopes: list[JObj] = []
    objs = [_unwrap_post(o, envelopes) for o in objs]
    own = pick(objs[0], _TEXT_KEYS) if len(objs) == 1 else None
    if len(objs) == 1 and (own is None or (isinstance(own[1], JStr) and len(own[1].value) <= 40
                                           and "\n" not in own[1].value)):
        # one object: an envelope even when it has a short text-like field of its own
        # ({"message": "ok", "data": [posts]}), if it keeps post objects under a container key
        inner = _inner_posts(objs[0], container_only=True)
        if inner:
            inner = [_unwrap_post(p, envelopes) for p in inner]  # (a wrapper in the payload)
            _join_split_comments(inner, objs[0])
            return inner, envelopes + objs
    posts = [o for o in objs if text_of(o) is not None]
    if len(posts) >= 2:
        posts = join_rows(posts)  # (comments and replies among the posts' rows, linked by id)
    if not posts:
        # a scraper's envelope ({"status": …, "data": [posts]}, {"data": {"items": [posts]}}):
        # the posts are the array of objects inside it that hold a text field
        for o in objs:
            inner = _inner_posts(o)
            if inner:
                # (an envelope's payload that is itself a wrapper: {"data": {"post": {…},
                # "comments": {…}}}: the post inside it)
                inner = [_unwrap_post(p, envelopes) for p in inner]
                posts += inner
                envelopes.append(o)
                _join_split_comments(inner, o)
    return (posts, envelopes) if posts else None


def _join_split_comments(posts: list[JObj], env: JObj) -> None:
    """Comments kept apart from their posts, in an array of their own beside the posts'
    (``{"posts": […], "comments": [{"post_id": 101, "parent_comment_id": null, …}]}``; the two
    tables of a database dump): each comment put under the post whose id one of its keys
    holds, a reply under the comment its parent key names — keys found by their values, not
    their names. In place: the post (or comment) gains a ``comments`` (``replies``) array."""
    if len(posts) > 2000 or any(isinstance((pick(p, _COMMENT_KEYS) or (0, 0))[1], (list, JObj)) for p in posts):
        return  # (a post's counter under a comments key, "comments=41", holds no comments)
    pid_keys = _id_keys(posts)
    if not pid_keys and len(posts) != 1:
        return
    env = _holder_of(env, posts[0]) or env  # (the object whose array holds the posts: its siblings)
    for key, v in env.items.items():
        if not isinstance(v, list) or v is posts or not v or not all(isinstance(x, JObj) for x in v):
            continue
        if any(x is posts[0] for x in v) or sum(map(_comment_like, v)) * 2 <= len(v):
            continue
        link = None
        for kp, ids in pid_keys.items():
            for kc in v[0].items:
                vals = [_id_value(c.items.get(kc)) for c in v]
                if all(x is not None and x in ids for x in vals):
                    link = (kp, kc)
                    break
            if link:
                break
        if link is None:
            if len(posts) != 1 or (set(v[0].items) == set(posts[0].items) and not _names_comments(key)):
                # (more posts, or more rows of the posts' own shape: no comments, unless their
                # table's name says they are: "… FROM li_comments")
                continue
            # (one post, and comments that name none: a second query's rows, "… WHERE
            # post_id = 12", whose link stayed in the query: that post's)
            link = (None, None)
        kp, kc = link
        own = {k: ids for k, ids in _id_keys(v).items() if k != kc}
        parent = None
        every_key = list(dict.fromkeys(k for c in v for k in c.items))
        for k_own, ids in own.items():
            for k in every_key:
                if k in (kc, k_own):
                    continue
                vals = [_id_value(c.items.get(k)) for c in v]
                if any(vals) and all(x is None or x in ids for x in vals) \
                        and not any(x == _id_value(c.items.get(k_own)) for x, c in zip(vals, v)):
                    parent = (k_own, k)
                    break
            if parent:
                break
        link_of = {id(c): _id_value(c.items.get(kc)) if kc is not None else None for c in v}
        for c in v:
            # (the link has served: a post's id under a key a table may read as a text,
            # "Post" = 1, is no field of the comment's)
            c.items.pop(kc, None)
        by_post = {_id_value(p.items.get(kp)) if kp is not None else None: p for p in posts}
        by_id = {_id_value(c.items.get(parent[0])): c for c in v} if parent else {}
        for c in v:
            up = by_id.get(_id_value(c.items.get(parent[1]))) if parent else None
            if up is not None and up is not c:
                _joined(up, "replies").append(c)
            else:
                _joined(by_post[link_of[id(c)]], "comments").append(c)
        return


def _names_comments(key: str) -> bool:
    """A table's or an array's name says it holds comments: one of its words
    ("li_comments", "post.kommentare") opens with a comment word of a language."""
    from .shapes import column_key

    words = _comment_role_words()
    return any(column_key(w).startswith(words) for w in re.split(r"[\W_]+", key) if w)


def _holder_of(o: Any, post: JObj, depth: int = 0) -> JObj | None:
    """The object (``o`` or one inside it) one of whose arrays holds ``post``."""
    if depth > 4 or not isinstance(o, JObj):
        return None
    for v in o.items.values():
        if isinstance(v, list) and any(x is post for x in v):
            return o
    for v in o.items.values():
        found = _holder_of(v, post, depth + 1) if isinstance(v, JObj) else None
        if found is not None:
            return found
    return None


def join_rows(objs: list[JObj]) -> list[JObj]:
    """Posts, comments and replies as rows of one array (JSON Lines of mixed items, a
    thread's flat dump): an object whose link key — one the export tables name as a parent
    or as the post's id ("parent_id", "in_reply_to", "post_id") — holds another object's id is
    that object's comment (a reply, when the object is itself a comment), in place; the
    objects no link names are the posts, returned. ``objs`` unchanged when there is no link."""
    if len(objs) < 2 or len(objs) > 5000 or any(isinstance((pick(o, _COMMENT_KEYS) or (0, 0))[1], (list, JObj))
                                                 for o in objs):
        return objs  # (comments nested already; a count under the comments key, "comments": 3, is none)
    if _comment_row(objs[0], _row_roles(objs[0], {})):
        return objs  # (a comments export, the post's fields on every row: read by comment_rows)
    from .shapes import classify_column

    ids = _id_keys(objs)
    for kid, values in ids.items():
        links = []
        for k in {k for o in objs for k in o.items}:
            if k == kid:
                continue
            role, f, _ = classify_column(k)
            if not (f == "parent" or role == "post"):
                continue  # (a key naming the post, "post", holding ids is a link too: its values tell)
            vals = [_id_value(o.items.get(k)) for o in objs]
            if any(vals) and all(x is None or x in values for x in vals):
                links.append((f != "parent", k))  # (a parent before the post's id: the nearest)
        if not links:
            continue
        by_id = {_id_value(o.items[kid]): o for o in objs}
        parent_of: dict[int, JObj] = {}
        for o in objs:
            for _, k in sorted(links):
                up = by_id.get(_id_value(o.items.get(k)))
                if up is not None and up is not o:
                    parent_of[id(o)] = up
                    break
        roots = [o for o in objs if id(o) not in parent_of]
        if not roots or len(roots) == len(objs):
            continue
        for o in objs:
            up = parent_of.get(id(o))
            if up is not None:
                _joined(up, "comments" if id(up) not in parent_of else "replies").append(o)
        return roots
    return objs


def _joined(o: JObj, key: str) -> list:
    """The array of an object's joined comments (replies), under ``key``; a counter there
    (``"comments": 41``) kept beside it as the total."""
    v = o.items.get(key)
    if v is not None and not isinstance(v, list):
        o.items[key + "_total"] = v
        if key in o.keys:
            o.keys[key + "_total"] = o.keys.pop(key)
        v = None
    if v is None:
        v = o.items[key] = []
    return v


def _id_keys(objs: list[JObj]) -> dict[str, set[str]]:
    """The keys whose values tell the objects apart (an id in every object, no two alike):
    key -> the ids."""
    out: dict[str, set[str]] = {}
    for k in objs[0].items:
        vals = [_id_value(o.items.get(k)) for o in objs]
        if all(x is not None and len(x) <= 80 and " " not in x for x in vals) and len(set(vals)) == len(vals):
            out[k] = set(vals)
    return out


# The type names a database's or an API's JSON wraps each value in (DynamoDB's ``{"S": "…"}``,
# ``{"N": "640"}``, ``{"L": […]}``, ``{"M": {…}}``; Firestore's and protobuf's ``stringValue``,
# ``mapValue``, ``arrayValue``; MongoDB's extended JSON ``$date``, ``$numberLong``; Avro's unions
# ``{"string": …}``), compared without case, ``$``, ``Value``/``number`` affixes
_TYPE_WORDS = frozenset((
    "s", "n", "b", "ss", "ns", "bs", "l", "m", "bool", "null", "nul", "string", "str", "int", "integer",
    "long", "short", "double", "float", "decimal", "number", "numeric", "boolean", "bytes", "binary",
    "timestamp", "date", "datetime", "array", "list", "map", "struct", "object", "dict", "set", "tuple",
    "geopoint", "reference", "oid", "uuid", "text", "varchar", "symbol", "keyword"))
_TYPE_CONTAINERS = {"fields": JObj, "values": list}  # (protobuf's Struct and ListValue inside their wrappers)


def _type_word(k: str) -> bool:
    w = k.lstrip("$").lower()
    if w.endswith("value") and len(w) > 5:
        w = w[:-5]
    elif w.startswith("number") and len(w) > 6:
        w = w[6:]
    return w in _TYPE_WORDS


def _has_type_tags(objs: list[JObj]) -> bool:
    """Does the export wrap its values in type names? Two or more distinct type names each
    wrapping a value alone, and at least four such wrappers, among the first objects' values."""
    seen: dict[str, int] = {}

    def walk(v: Any, depth: int) -> None:
        if depth > 12 or len(seen) > 40:
            return
        if isinstance(v, JObj):
            if len(v.items) == 1:
                (k,) = v.items
                if _type_word(k):
                    seen[k] = seen.get(k, 0) + 1
            for x in list(v.items.values())[:60]:
                if isinstance(x, (JObj, list)):
                    walk(x, depth + 1)
        elif isinstance(v, list):
            for x in v[:20]:
                if isinstance(x, (JObj, list)):
                    walk(x, depth + 1)

    for o in objs[:5]:
        walk(o, 0)
    return len(seen) >= 2 and sum(seen.values()) >= 4


def _unwrap_types(v: Any, depth: int = 0) -> Any:
    """A value read out of its type wrapper, at any depth: an object whose only key names a
    type (see ``_TYPE_WORDS``) is the value it holds — a null type none, a map's ``fields``
    and a list's ``values`` (protobuf's Struct) their content, an empty list wrapper ``{}``
    an empty list; and an object keeping its data under ``fields`` beside scalar metadata
    (a Firestore document's ``name``/``createTime``, an Airtable or Jira record's ``id``) is
    those fields, its metadata kept beside them. The wrappers' keys stay syntax."""
    if depth > 60:
        return v
    if isinstance(v, list):
        return [_unwrap_types(x, depth + 1) for x in v]
    if not isinstance(v, JObj):
        return v
    if len(v.items) == 1:
        ((k, x),) = v.items.items()
        if _type_word(k):
            w = k.lstrip("$").lower()
            if w.startswith("null") or w == "nul":
                return None
            if isinstance(x, JObj):
                if len(x.items) == 1:
                    ((k2, x2),) = x.items.items()
                    kind = _TYPE_CONTAINERS.get(k2)
                    if kind is not None and isinstance(x2, kind):
                        x = x2
                elif not x.items and w.rstrip("s") in ("array", "list", "l", "set"):
                    x = []
            return _unwrap_types(x, depth + 1)
    items = {k: _unwrap_types(x, depth + 1) for k, x in v.items.items()}
    inner = items.get("fields")
    if isinstance(inner, JObj) and inner.items and all(
            not isinstance(x, (JObj, list)) for k, x in items.items() if k != "fields"):
        merged = {k: x for k, x in items.items() if k != "fields" and k not in inner.items}
        merged.update(inner.items)
        keys = {k: s for k, s in v.keys.items() if k in merged}
        keys.update(inner.keys)
        return JObj(merged, keys)
    return JObj(items, v.keys)


def _value_wrapper(objs: list[JObj]) -> tuple[str, frozenset[str]] | None:
    """A wrapper the export puts around each of its values, learned from its structure: the
    same set of two or three keys on four or more objects, one key holding the values (texts,
    arrays, objects, numbers: of two kinds or more) and the others scalar metadata of one kind
    (an extractor's ``{"value": …, "confidence": 0.93}``, a form's ``{"value": …, "source":
    "ocr"}``). (the value's key, the key set), or None."""
    sets: dict[frozenset[str], list[JObj]] = {}
    under: dict[frozenset[str], set[str]] = {}  # the keys the wrappers stand under
    seen = 0

    def walk(v: Any, depth: int, key: str | None) -> None:
        nonlocal seen
        if depth > 12 or seen > 400:
            return
        if isinstance(v, JObj):
            seen += 1
            if 2 <= len(v.items) <= 3:
                ks = frozenset(v.items)
                sets.setdefault(ks, []).append(v)
                if key is not None:
                    under.setdefault(ks, set()).add(key)
            for k, x in v.items.items():
                if isinstance(x, (JObj, list)):
                    walk(x, depth + 1, k)
        elif isinstance(v, list):
            for x in v[:50]:
                if isinstance(x, (JObj, list)):
                    walk(x, depth + 1, None)

    for o in objs[:5]:
        walk(o, 0, None)

    def kind(x: Any) -> str:
        return "str" if isinstance(x, JStr) else "list" if isinstance(x, list) else \
            "obj" if isinstance(x, JObj) else "none" if x is None else "num"

    for keys, found in sorted(sets.items(), key=lambda kv: -len(kv[1])):
        if len(found) < 4:
            break
        if len(under.get(keys, ())) < 3:
            continue  # (the items of one array, all alike, wrap nothing: a wrapper is each field's)
        payload = [k for k in keys if len({kind(o.items[k]) for o in found}) >= 2]
        meta = [k for k in keys if k not in payload]
        if len(payload) != 1 or not meta or not all(
                len({kind(o.items[k]) for o in found}) == 1 and kind(found[0].items[k]) in ("num", "str")
                for k in meta):
            continue
        if any(kind(found[0].items[k]) == "str" and len({o.items[k].value for o in found}) > 3 for k in meta):
            continue  # (a metadata string is one of a few labels; a field's strings vary)
        return payload[0], keys
    return None


def _unwrap_wrapped(v: Any, payload: str, keys: frozenset[str], depth: int = 0) -> Any:
    """Each object of the wrapper's key set read as the value it wraps, at any depth (the
    wrapper's other keys and their values stay syntax)."""
    if depth > 60:
        return v
    if isinstance(v, list):
        return [_unwrap_wrapped(x, payload, keys, depth + 1) for x in v]
    if not isinstance(v, JObj):
        return v
    if frozenset(v.items) == keys:
        return _unwrap_wrapped(v.items[payload], payload, keys, depth + 1)
    return JObj({k: _unwrap_wrapped(x, payload, keys, depth + 1) for k, x in v.items.items()}, v.keys)


def _unwrap_edges(v: Any, depth: int = 0) -> Any:
    """A connection's edges read as the objects they wrap, in place, at any depth: an array
    whose every item holds one object beside a cursor or a type name only (GraphQL's
    ``"edges": [{"cursor": …, "node": {…}}]``, a feed's ``[{"item": {…}}]``) is the array of
    those objects (the wrappers' own keys stay syntax)."""
    if depth > 40:
        return v
    if isinstance(v, JObj):
        for k, x in v.items.items():
            if isinstance(x, (JObj, list)) and x:
                v.items[k] = _unwrap_edges(x, depth + 1)
        return v
    if isinstance(v, list):
        for n, x in enumerate(v):
            if isinstance(x, (JObj, list)):
                v[n] = _unwrap_edges(x, depth + 1)
        if v and all(isinstance(x, JObj) for x in v):
            key = _edge_key(v[0])
            if key is not None and all(_edge_key(x) == key for x in v[1:]):
                return [x.items[key] for x in v]
        return v
    return v


def _edge_key(o: JObj) -> str | None:
    """The key of the one object an edge wraps: every other value a short token (a cursor, a
    type name, an index) under a key no table names, at most three of them."""
    inner = None
    if len(o.items) > 4:
        return None
    for k, x in o.items.items():
        if isinstance(x, JObj):
            if inner is not None or len(x.items) < 2:
                return None
            inner = k
        elif isinstance(x, list) or not _unknown_key(k):
            return None
        elif isinstance(x, JStr) and (len(x.value) > 200 or " " in x.value.strip()):
            return None
    return inner


def person_object(p: JObj) -> tuple[JStr | None, JStr | None]:
    """A person object's name and headline: by their keys; a name under a key no name list
    holds (``"commenter": {"title": {"text": "Ana Lee"}, "subtitle": …}``) is its first
    value that is a name, and the headline is then another key's."""
    name = string_in(p, _AUTHOR_INNER)
    rest = p
    if name is None:
        from .infer import is_name

        for k, v in p.items.items():
            sv = as_str(v)
            if sv is not None and is_name(sv.value.strip()):
                name = sv
                rest = JObj({k2: v2 for k2, v2 in p.items.items() if k2 != k})
                break
    bio = string_in(rest, _HEADLINE_INNER)
    return name, bio if bio is not name else None


def _unwrap_post(o: JObj, envelopes: list[JObj], depth: int = 0) -> JObj:
    """A wrapper whose "text" key (a localised "publication", "post") holds an object that
    is a whole post — its own text and a person or comments beside it — is an envelope: the
    post is that object (``{"meta": …, "post": {"author": …, "text": …}}``). An object under
    the text key with a text alone (``{"commentary": {"text": …}}``) is the text itself."""
    hit = pick(o, _TEXT_KEYS)
    inner = hit[1] if hit else None
    if isinstance(inner, JObj) and not _whole_post(inner):
        # a payload under the text key (a webhook's "body": {"event": …, "post": {…}}): the
        # whole post inside it
        inner = _whole_post_in(inner)
    if (isinstance(inner, JObj) and pick(inner, _TEXT_KEYS) is not None
            and (pick(inner, _AUTHOR_KEYS) is not None or pick(inner, _COMMENT_KEYS) is not None)):
        envelopes.append(o)
        beside = pick(o, _COMMENT_KEYS) if pick(inner, _COMMENT_KEYS) is None else None
        if beside is not None and (isinstance(beside[1], list) or isinstance(beside[1], JObj)
                                   and _comment_array(beside[1], 1) is not None):
            # (or an object around the array: {"comments": {"elements": […], "paging": …}})
            # the comments kept beside the post, not in it ({"post": {…}, "comments": […]}):
            # the post's (a view of it with that array; the envelope's other keys stay its own)
            k, v = beside
            inner = JObj({**inner.items, k: v}, {**inner.keys, **({k: o.keys[k]} if k in o.keys else {})})
        # (a wrapper in a wrapper: an HTTP response's "body" holding {"post": {…}, "comments": […]})
        return _unwrap_post(inner, envelopes, depth + 1) if depth < 3 else inner
    return o


# the keys an envelope keeps its posts under, tried first; any other array of post objects
# found inside it is taken too
_CONTAINER_KEYS = ("data", "items", "results", "posts", "elements", "records", "rows", "entries", "feed",
                   "updates", "included", "hits", "nodes", "edges", "list", "content", "response", "result",
                   "payload", "output")


def _inner_posts(o: JObj, depth: int = 0, container_only: bool = False) -> list[JObj] | None:
    """The post objects an envelope object holds: the first array (its container keys
    first, then the others, breadth first, eight levels at most, the items of
    nested lists in their place) whose objects mostly hold a
    text field. A post's own ``comments`` array is no envelope's: only an object none of
    whose keys is a text field is searched."""
    if depth > 8 or (not container_only and pick(o, _TEXT_KEYS) is not None):
        return None
    order = sorted(o.items, key=lambda k: (_norm_key(k) not in _CONTAINER_NORM, list(o.items).index(k)))
    if container_only:
        order = [k for k in order if _norm_key(k) in _CONTAINER_NORM]
    for k in order:
        v = o.items[k]
        if isinstance(v, list):
            objs = [x for x in _flat(v) if isinstance(x, JObj)]
            hits = [x for x in objs if text_of(x) is not None]
            if hits and len(hits) * 2 >= len(objs):
                return hits
    keyed = [v for k, v in o.items.items() if isinstance(v, JObj) and any(c.isdigit() for c in k)]
    if len(keyed) >= 2:
        # posts kept as a map from their ids ({"saved:urn:li:activity:1…": {…}, …}): its values
        hits = [v for v in keyed if _whole_post(v) or _comment_like(v)]
        if len(hits) >= 2:
            return hits
    for k in order:
        # a webhook's or automation's payload keeps one post as an object, not an array of
        # them ({"data": {"post": …, "actor": …}}, [{"bundle": 1, "data": {…}}])
        v = o.items[k]
        if isinstance(v, JObj) and _whole_post(v):
            return [v]
    for k in order:
        v = o.items[k]
        inner = None
        if isinstance(v, JObj):
            inner = _inner_posts(v, depth + 1)
        elif isinstance(v, list):
            found = [p for x in _flat(v) if isinstance(x, JObj) for p in (_inner_posts(x, depth + 1) or [])]
            inner = found or None
        if inner:
            return inner
    return None


def _flat(v: list) -> list:
    """A list's items, those of the lists inside it read in their place (an automation's
    runs of items, ``"main": [[{…}, {…}]]``)."""
    if not any(isinstance(x, list) for x in v):
        return v
    # (depth first with a stack of the lists being read, not by recursion: an XML plist's
    # <array>s nested thousands deep raised RecursionError out of process)
    out: list = []
    stack = [iter(v)]
    while stack:
        for x in stack[-1]:
            if isinstance(x, list):
                stack.append(iter(x))
                break
            out.append(x)
        else:
            stack.pop()
    return out


def _whole_post_in(o: JObj, depth: int = 0) -> JObj | None:
    """The first whole post among an object's values, breadth first, three levels at most."""
    objs = [v for v in o.items.values() if isinstance(v, JObj)]
    for v in objs:
        if _whole_post(v):
            return v
    if depth < 2:
        for v in objs:
            found = _whole_post_in(v, depth + 1)
            if found is not None:
                return found
    return None


def _whole_post(o: JObj) -> bool:
    """An object that is a post: a person or comments beside a text, the text by its key or
    by its values (an article's "paragraphs" array under a key no table names)."""
    return (pick(o, _AUTHOR_KEYS) is not None or pick(o, _COMMENT_KEYS) is not None) \
        and text_of(o) is not None


def shared_posts(o: JObj) -> list[JObj]:
    """The whole posts a post holds beside its own fields — a repost's original
    ("resharedUpdate", "originalPost", "shared": …), told by structure: an object under a key
    that is not the post's own text, person or comments, with a text and a person of its own
    (an object, or beside an age)."""
    own = {hit[0] for hit in (pick(o, _TEXT_KEYS), pick(o, _AUTHOR_KEYS), pick(o, _COMMENT_KEYS)) if hit}
    out = []
    for k, v in o.items.items():
        if k in own or not isinstance(v, JObj) or pick(v, _TEXT_KEYS) is None:
            continue
        who = pick(v, _AUTHOR_KEYS)
        if who is None and person_by_values(v) is None:
            continue
        person_obj = any(isinstance(x, JObj) and pick(x, _AUTHOR_INNER) is not None for x in v.items.values())
        if person_obj or pick(v, _AGE_KEYS) is not None or age_by_values(v) is not None:
            out.append(v)
    return out


def _norm_key(k: str) -> str:
    """A key as compared: ``posted_ago``, ``postedAgo`` and ``Posted-Ago`` are one key."""
    return k.lower().replace("_", "").replace("-", "").replace(" ", "")


_CONTAINER_NORM = frozenset(_norm_key(k) for k in _CONTAINER_KEYS)


def _resource_path(t: str) -> bool:
    """A path naming a record (a database document's, an API resource's): no white space,
    three or more segments parted by slashes."""
    return t.count("/") >= 2 and not any(c.isspace() for c in t.strip())


def _usable(v: Any) -> bool:
    if isinstance(v, JStr):
        return bool(v.value.strip())
    if isinstance(v, (JObj, list)):
        return bool(v)
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def pick(o: JObj, keys: tuple[str, ...]) -> tuple[str, Any] | None:
    """The first of ``keys`` the object has with a non-empty value: (key, value). When it
    has none of them, a key that names the same field by another name (a localised export's
    "inhoud", "yazar", "fecha"; see ``patterns.EXPORT_FIELD_NAMES``) is taken, the best
    ranked first."""
    lower = {_norm_key(k): k for k in o.items}
    for k in keys:
        real = lower.get(_norm_key(k))
        if real is not None and _usable(o.items[real]):
            v = o.items[real]
            if keys is _AUTHOR_KEYS and isinstance(v, JStr) and _resource_path(v.value):
                continue  # (a document's own name, "projects/…/documents/posts/Xq8L": no person's)
            if keys is _TEXT_KEYS and isinstance(v, list) and isinstance(v[0], JObj) and _comments_array(v):
                continue  # (schema.org's "comment": one word for a comment and the comments)
            return real, v
    field = _FIELD_OF.get(keys)
    if field is None:
        return None
    from .shapes import classify_column, column_key

    if field == "comments":
        # a localised comments array ("kommentare", "yorumlar"): a key that starts with a
        # comment word and holds objects
        words = _comment_role_words()
        for real, v in o.items.items():
            if isinstance(v, list) and any(isinstance(x, JObj) for x in v) and column_key(real).startswith(words):
                return real, v
            if (isinstance(v, JObj) and column_key(real).startswith(words)
                    and classify_column(real)[1] in (None, "text") and _comment_like(v)):
                # (one comment, not in an array: HCL's one "reply" block; not the object of a
                # key that names the commenter, "commenter": {"name", "description"})
                return real, v
        return None
    if keys is _HEADLINE_INNER:
        # inside a person's object a bare "title" word in any language is the headline
        # ({"autor": {"nome": …, "titulo": …}}; "titulo" alone is no headline column)
        from . import patterns

        words = {column_key(w) for w in patterns.EXPORT_PERSON_FIELDS["headline"]}
        for real, v in o.items.items():
            if column_key(real) in words and isinstance(v, JStr) and v.value.strip():
                return real, v
    best = None
    for real, v in o.items.items():
        _, f, rank = classify_column(real)
        if f == field and _usable(v) and (best is None or rank < best[0]):
            if f in ("author", "headline") and isinstance(v, JStr) and ("://" in v.value[:12] or _resource_path(v.value)):
                continue  # ("profile": the person's address, no name nor headline; a document's path)
            if f == "text" and isinstance(v, list) and all(isinstance(x, JObj) for x in v):
                continue  # (id "komentar", one word for a comment and the comments: objects are no text)
            best = (rank, real, v)
    return best[1:] if best else None


def relative_age_key(o: JObj) -> JStr | None:
    """The string under any key naming an age (by the key tables or the synonym table) that
    reads as a relative age ("3 j", "2 Tg."), the best-ranked key first: for an object whose
    best-named age key holds a date or a timestamp ("posted_at") beside the age the page
    showed under another ("posted_relative", "hace")."""
    from .segment import parse_age
    from .shapes import classify_column

    ages = set(map(_norm_key, _AGE_KEYS + _RELATIVE_KEYS))
    hits = []
    for n, (k, v) in enumerate(o.items.items()):
        if not isinstance(v, JStr) or not v.value.strip() or len(v.value) > 40:
            continue
        _, f, rank = classify_column(k)
        if f != "age" and _norm_key(k) not in ages:
            continue
        if parse_age(v.value) is not None:
            hits.append((rank, n, v))
    return min(hits, key=lambda h: h[:2])[2] if hits else None


def _comments_array(v: list) -> bool:
    """An array of objects each with a person (by key or by value) beside its text: comments,
    no text's runs."""
    return all(isinstance(x, JObj) for x in v) and all(map(_comment_like, v[:3]))


def _comment_role_words() -> tuple[str, ...]:
    from . import patterns
    from .shapes import column_key

    return tuple(column_key(w) for w in patterns.EXPORT_ROLE_WORDS["comment"])


def string_in(v: Any, keys: tuple[str, ...]) -> JStr | None:
    """A string value, or the named string inside an object (``author: {name: …}``), each
    read through a text view model (``{"name": {"text": "Ana Lee", "accessibilityText": …}}``)."""
    if isinstance(v, JStr):
        return v
    if isinstance(v, JObj):
        hit = pick(v, keys)
        if hit:
            return as_str(hit[1])
    return None


def as_str(v: Any, depth: int = 0) -> JStr | None:
    """A string, or the string a text view model holds: an object (a GraphQL API's, a UI
    framework's) keeping it under a text key beside its rendering data
    (``{"text": "3d • ", "accessibilityText": "3d ago"}``, ``{"text": {"text": …, "attributes": […]}}``)."""
    if isinstance(v, JStr):
        return v
    if isinstance(v, JObj) and depth < 3:
        hit = pick(v, ("text", "value", "string", "content"))
        if hit is not None and not isinstance(hit[1], list):
            return as_str(hit[1], depth + 1)
    return None


_AUTHOR_INNER = ("name", "fullName", "full_name", "displayName", "display_name", "authorName", "firstName")
_HEADLINE_INNER = ("headline", "occupation", "title", "description", "info", "subline", "tagline", "subtitle")
_FIRST_NAME = ("first_name", "firstName", "given_name", "givenName")  # an author in two parts
_LAST_NAME = ("last_name", "lastName", "family_name", "familyName", "surname")
# an age given inside an object: {"date": "2025-03-12", "relative": "4d"}
_RELATIVE_KEYS = ("relative", "relativeTime", "relative_time", "ago", "timeAgo", "time_ago", "timeSincePosted")

# the field each key list names, for the keys a localised export gives it instead
_FIELD_OF: dict[tuple[str, ...], str] = {
    _TEXT_KEYS: "text", _AUTHOR_KEYS: "author", _HEADLINE_KEYS: "headline", _AGE_KEYS: "age",
    _REACTION_KEYS: "reactions", _AUTHOR_INNER: "author", _HEADLINE_INNER: "headline", _COMMENT_KEYS: "comments",
    _REPLY_KEYS: "comments",
    _RELATIVE_KEYS: "age",
}


# --------------------------------------------------------------------------------------------
# Keys no table knows, told by their values (see :mod:`infer`)

_ALL_KEYS_NORM = frozenset(_norm_key(k) for ks in (
    _TEXT_KEYS, _AUTHOR_KEYS, _HEADLINE_KEYS, _AGE_KEYS, _TITLE_KEYS, _COMMENT_KEYS, _REPLY_KEYS, _REACTION_KEYS,
    _AUTHOR_INNER, _HEADLINE_INNER, _FIRST_NAME, _LAST_NAME, _RELATIVE_KEYS, _CONTAINER_KEYS) for k in ks)


def _unknown_key(k: str) -> bool:
    """A key that neither the key lists nor the synonym table names."""
    from .shapes import classify_column

    return _norm_key(k) not in _ALL_KEYS_NORM and classify_column(k)[1] is None


def _guarded(fn):
    """A guess by values that fails is no guess: the named keys' reading stands."""
    import functools

    @functools.wraps(fn)
    def run(*a, **kw):
        try:
            return fn(*a, **kw)
        except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError):
            return None

    return run


@_guarded
def person_by_values(o: JObj, depth: int = 0) -> tuple[JStr, JStr | None] | None:
    """A person in an object whose keys no table knows: the first unknown key holding a
    name-like string (or an object holding one: an author object), and beside it a headline:
    a key that is the name's key with a headline word ("by" and "by_headline"), or an unknown
    key holding a job-like value ("… at …", "… | …"). (name, headline)."""
    from .infer import is_headline_like, is_name
    from .shapes import classify_column, column_key

    keys = list(o.items)
    for n, k in enumerate(keys):
        v = o.items[k]
        if not _unknown_key(k):
            continue
        if isinstance(v, JObj) and depth == 0:
            inner = pick(v, _AUTHOR_INNER)
            name = inner[1] if inner and isinstance(inner[1], JStr) and is_name(inner[1].value) else None
            if name is None:
                found = person_by_values(v, depth + 1)
                if found and found[1] is None:
                    # (the person object's headline under a headline key: "by": {"label": …,
                    # "subline": …})
                    bio = string_in(v, _HEADLINE_INNER)
                    found = (found[0], bio) if bio is not None and bio is not found[0] else found
                if found:
                    return found
                continue
            bio = string_in(v, _HEADLINE_INNER)
            return name, bio if bio is not None and bio is not name else None
        if not (isinstance(v, JStr) and is_name(v.value)):
            continue
        bio = headline_beside(o, k)
        if bio is None:
            after = [k2 for k2 in keys[n + 1:] if _unknown_key(k2) and isinstance(o.items[k2], JStr)]
            if after and is_headline_like(o.items[after[0]].value):
                bio = o.items[after[0]]
        return v, bio
    return None


def headline_keys(posts: list[JObj], limit: int = 2000) -> frozenset[str]:
    """The keys no table knows that hold a person's headline in some post or comment object
    of the export (one with a text), told there by its value (a job-like string after the
    name: "… | …", "… at …"). An export writes every row with the same keys: that key is the
    headline's in the objects whose value there reads as no job ("Principal", "Senior Data
    Engineer") too. A person's own object ({"name": …, "title": …}) teaches nothing."""
    from .infer import is_headline_like

    out: set[str] = set()
    todo: list[Any] = list(posts)
    n = 0
    while todo and n < limit:
        x = todo.pop()
        if isinstance(x, list):
            todo.extend(v for v in x if isinstance(v, (JObj, list)))
            continue
        if not isinstance(x, JObj):
            continue
        n += 1
        todo.extend(v for v in x.items.values() if isinstance(v, (JObj, list)))
        if text_of(x) is None:
            continue  # (a person's own object, {"name": …, "title": …}: its keys are not a post's)
        hit = pick(x, _AUTHOR_KEYS)
        if hit is not None and isinstance(hit[1], JStr):
            # a name under a key the tables know ("who"): the first unknown key after it
            keys = list(x.items)
            after = [k2 for k2 in keys[keys.index(hit[0]) + 1:] if _unknown_key(k2) and isinstance(x.items[k2], JStr)]
            if after and is_headline_like(x.items[after[0]].value):
                out.add(after[0])
        else:
            found = person_by_values(x)
            if found and found[1] is not None:
                out.update(k for k, v in x.items.items() if v is found[1])
    return frozenset(out)


def headline_beside(o: JObj, k: str) -> JStr | None:
    """The headline under the name's key with a headline word ("by" and "by_headline")."""
    from .shapes import classify_column, column_key

    nk = column_key(k)
    for k2, v2 in o.items.items():
        if k2 == k or not isinstance(v2, JStr) or not v2.value.strip():
            continue
        k2n = column_key(k2)
        rest = k2n[len(nk):] if k2n.startswith(nk) else k2n[: -len(nk)] if k2n.endswith(nk) else None
        if rest and classify_column(rest)[1] == "headline":
            return v2
    return None


def _comment_like(x: Any) -> bool:
    """An object with a text (by its key, or a sentence under a key no table knows) and a
    person (by key or by value): a comment, or a reply."""
    if not isinstance(x, JObj):
        return False
    from .infer import is_text

    text = pick(x, _TEXT_KEYS) is not None or any(
        isinstance(v, JStr) and _unknown_key(k) and is_text(v.value) for k, v in x.items.items())
    return text and (pick(x, _AUTHOR_KEYS) is not None or person_by_values(x) is not None)


def comments_in(o: JObj, keys: tuple[str, ...], skip: tuple[str, ...] = (), one: bool = False) -> list[Any] | None:
    """The comments (or replies) array of an object: under a key the lists name, as today; else
    under a key they name that holds an object around it (``{"paging": …, "elements": […]}``);
    else under any key, told by its objects: each with a text and a person. ``one``: a
    comment's replies, where one reply may stand alone under a key no table names (an XML
    element nested in its parent's, ``<remark …><remark …/></remark>``, read as an object)."""
    hit = pick(o, keys)
    if hit and isinstance(hit[1], list):
        return hit[1]
    if hit and isinstance(hit[1], JObj):
        rows = _numbered(hit[1])
        if rows is not None:
            return rows  # (the comments keyed by their numbers: "comments__0__text", PHP's {"0": …})
        inner = _comment_array(hit[1], 1)
        if inner is not None:
            return inner
        if _comment_like(hit[1]):
            return [hit[1]]  # (one comment, not in a list: protobuf's one repeated message, a one-row frame)
        lists = [v for v in hit[1].items.values() if isinstance(v, list)]
        return [] if len(lists) == 1 and not lists[0] else None
    for k, v in o.items.items():
        if k in skip:
            continue
        if not _unknown_key(k):
            if isinstance(v, list) and v and hit is not None and hit[0] != k and _comments_array(v):
                return v  # (a count under the comments key, the comments under a text word: "comment")
            continue
        found = _comment_array(v, 0) if isinstance(v, JObj) else _comment_array(JObj({k: v}), 1)
        if found:
            return found
        if one and isinstance(v, JObj) and _comment_like(v):
            return [v]
    return None


def _numbered(o: JObj) -> list[JObj] | None:
    """The values of an object keyed by their numbers ("0", "1"…, a list some writer keyed by
    its index: a flattened path's "comments__0__text", PHP's json_encode of a sparse array), in
    their order, when every value is an object; else None."""
    if not o.items or not all(k.isascii() and k.isdigit() and len(k) < 7 for k in o.items):
        # (ASCII digits only: "²" and "١" are digits to str.isdigit, not all of them to int())
        return None
    if not all(isinstance(v, JObj) for v in o.items.values()):
        return None
    return [o.items[k] for k in sorted(o.items, key=int)]


@_guarded
def _comment_array(o: JObj, depth: int) -> list[Any] | None:
    for v in o.items.values():
        if isinstance(v, list):
            objs = [x for x in v if isinstance(x, JObj)]
            if objs and sum(map(_comment_like, objs)) * 2 >= len(objs) and len(objs) * 2 >= len(v):
                return v
    if depth < 1:
        for v in o.items.values():
            if isinstance(v, JObj):
                found = _comment_array(v, depth + 1)
                if found:
                    return found
    return None


@_guarded
def text_by_values(o: JObj) -> tuple[str, JStr] | None:
    """The text of an object none of whose keys a table names as one: the longest string
    with sentences under a key no table knows (or inside an object there: ``{"x": {"y": …}}``)."""
    from .infer import is_text

    best = None
    size = 0
    for k, v in o.items.items():
        if not _unknown_key(k) and not (isinstance(v, JObj) and _norm_key(k) in _CONTAINER_NORM):
            # (a container word holding one small object is a wrapper of the text, not of
            # posts: "payload": {"kind": "text", "txt": …})
            continue
        if isinstance(v, list) and (paragraphs(v) or (len(v) == 1 and isinstance(v[0], JStr)
                                                      and v[0].value == v[0].value.strip() and is_text(v[0].value))):
            # an array of paragraphs ("paragraphs": ["First…", "Second…"]; a short comment's
            # one paragraph): the text, whole
            n = sum(len(x.value) for x in v)
            if n > size:
                best, size = (k, v), n
            continue
        cands = [v] if isinstance(v, JStr) else [x for x in v.items.values() if isinstance(x, JStr)] \
            if isinstance(v, JObj) and len(v.items) <= 4 else []
        for s in cands:
            if is_text(s.value) and len(s.value) > size:
                best, size = (k, s), len(s.value)
    return best


def paragraphs(v: list) -> bool:
    """An array of two or more strings that are a text's paragraphs: none opens or closes
    with white space (as the runs of one paragraph do: "Plain ", "#HR"), two or more are
    prose, and the prose holds most of the characters (headings, list items are short)."""
    from .infer import is_text

    if len(v) < 2 or not all(isinstance(x, JStr) and x.value.strip() for x in v):
        return False
    if any(x.value != x.value.strip() for x in v):
        return False
    prose = [len(x.value) for x in v if is_text(x.value)]
    return len(prose) >= 2 and sum(prose) * 2 >= sum(len(x.value) for x in v)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}.*")  # (a date the age parser does not read: left to its key)


@_guarded
def age_by_values(o: JObj) -> JStr | None:
    """An age under a key no table knows: the first string the age parser reads whole."""
    from .infer import is_age

    for k, v in o.items.items():
        if not _unknown_key(k):
            continue
        if isinstance(v, JObj):
            # a text view model's string, or a small object's ("stamp": {"shown": "3d",
            # "edited": false})
            w = as_str(v)
            v = w if w is not None or len(v.items) > 4 else next(
                (x for x in v.items.values() if isinstance(x, JStr) and _age_like(x.value, is_age)), None)
        if isinstance(v, JStr) and _age_like(v.value, is_age) and not _ISO_DATE.fullmatch(v.value.strip()):
            return v
    return None


def _age_like(v: str, is_age) -> bool:
    """An age read whole, or followed by the card's marks only ("3d • ", "2d • Edited •")."""
    if is_age(v):
        return True
    head = v.split("•", 1)[0]
    return head != v and 0 < len(head.strip()) <= 12 and is_age(head.strip())


def text_of(o: JObj) -> tuple[str, Any] | None:
    """The text field by its key, else by its values."""
    return pick(o, _TEXT_KEYS) or text_by_values(o)


def text_runs(v: Any) -> list[JStr] | None:
    """A text given as an array of runs — strings and objects holding one under a text key
    (Telegram's export: ``["Plain ", {"type": "hashtag", "text": "#HR"}, …]``, rich-text
    blocks) — as its strings in order, or None when ``v`` is no such array. An object that
    holds one array, of runs, beside flags (``{"spans": [{"text": …, "bold": true}, …]}``)
    is its runs."""
    if isinstance(v, JObj):
        lists = [x for x in v.items.values() if isinstance(x, list)]
        if len(lists) != 1:
            return None
        v = lists[0]
    if not isinstance(v, list) or not v:
        return None
    out: list[JStr] = []
    for x in v:
        if isinstance(x, JStr):
            out.append(x)
        elif isinstance(x, JObj):
            hit = pick(x, ("text",)) or (("text", x.items["text"]) if "text" in x.items else None)
            if hit is None or not isinstance(hit[1], JStr):
                return None  # (a run of spaces alone, " ", between two hashtags is a run too)
            out.append(hit[1])
        else:
            return None
    return out


def bare_title(o: JObj) -> JStr | None:
    """A string under a bare title word in any language ("title", "titulo", "titre")."""
    from . import patterns
    from .shapes import column_key

    words = {column_key(w) for w in patterns.EXPORT_PERSON_FIELDS["headline"]}
    for real, v in o.items.items():
        if column_key(real) in words and isinstance(v, JStr) and v.value.strip():
            return v
    return None


# --------------------------------------------------------------------------------------------
# Comments exports: one object per comment, the post's own fields repeated on each

_ROW_FIELDS = ("text", "author", "headline", "age", "reactions", "id", "parent")
_POST_FIELDS = ("text", "author", "headline", "age", "url")


@functools.lru_cache(maxsize=2048)
def _key_role(k: str) -> tuple[str | None, str | None, int]:
    """``shapes.classify_column`` of a key, kept: exports repeat their keys, dump after dump."""
    from .shapes import classify_column

    return classify_column(k)


def _row_roles(o: JObj, seen: dict[str, tuple]) -> dict[tuple[str | None, str], tuple[int, str]]:
    """The key of each (role, field) an object's keys name, by the export columns' table
    ("postText" (post, text), "commenterName" (comment, author)): (rank, key), the best of each."""
    best: dict[tuple[str | None, str], tuple[int, str]] = {}
    for k, v in o.items.items():
        c = seen.get(k)
        if c is None:
            c = seen[k] = _key_role(k)
        role, f, rank = c
        if f is not None and not isinstance(v, (JObj, list)) and ((role, f) not in best or rank < best[(role, f)][0]):
            best[(role, f)] = (rank, k)
    return best


def comment_rows(objs: list[JObj]) -> list[JObj] | None:
    """A comments export (a commenters scrape written as JSON Lines or an array): each object
    one comment, its keys marked as the comment's ("commentText", "commenterName") beside the
    post's own, repeated on every object ("postText", "postUrl"). The posts, as objects of the
    usual keys ("text", "author", "headline", "age", "comments") whose values are the first
    object's post fields, and whose comments are the objects' comment fields, each reply
    under the comment its parent id names. None when ``objs`` are no such export."""
    if not objs:
        return None
    seen: dict[str, tuple] = {}
    roles = [_row_roles(o, seen) for o in objs[:1]]
    if not _comment_row(objs[0], roles[0]):
        return None
    roles += [_row_roles(o, seen) for o in objs[1:]]
    if not all(_comment_row(o, r) for o, r in zip(objs, roles)):
        return None
    posts: dict[str, JObj] = {}
    out: list[JObj] = []
    by_id: dict[str, JObj] = {}
    for o, r in zip(objs, roles):
        def key_of(f: str, prefer: tuple[str | None, ...]) -> Any:
            for role in prefer:
                if (role, f) in r:
                    v = o.items[r[(role, f)][1]]
                    return v if _usable(v) else None
            return None

        post_v = {f: key_of(f, ("post",) if ("post", f) in r or ("comment", f) not in r else (None,))
                  for f in _POST_FIELDS}
        gk = post_v["url"] or post_v["text"]
        gk = gk.value.strip() if isinstance(gk, JStr) else str(gk)
        post = posts.get(gk)
        if post is None:
            post = posts[gk] = JObj({f: v for f, v in post_v.items() if v is not None and f != "url"})
            post.items["comments"] = []
            out.append(post)
        c_v = {f: key_of(f, ("comment",) if ("comment", f) in r else (None,)) for f in _ROW_FIELDS}
        view = JObj({f: v for f, v in c_v.items() if v is not None and f in
                     ("text", "author", "headline", "age", "reactions")})
        cid, parent = (_id_value(c_v[f]) for f in ("id", "parent"))
        if parent is not None and parent in by_id:
            by_id[parent].items.setdefault("replies", []).append(view)
        else:
            post.items["comments"].append(view)
        if cid is not None:
            by_id[cid] = view
    return out


def _comment_row(o: JObj, r: dict) -> bool:
    """An object that is one comment of a comments export: a comment's text (or a commenter)
    by its key, a post's text or address beside it, and no comments array of its own."""
    if any(isinstance(v, list) and any(isinstance(x, JObj) for x in v) for v in o.items.values()):
        return False

    def string(role: str | None, f: str) -> bool:
        return (role, f) in r and isinstance(o.items[r[(role, f)][1]], JStr)

    commenter = string("comment", "author")
    text = string("comment", "text") or (commenter and string(None, "text"))
    return text and (string("post", "text") or string("post", "url"))


def _id_value(v: Any) -> str | None:
    if isinstance(v, JStr):
        return v.value.strip() or None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(int(v)) if float(v).is_integer() else str(v)
    return None
