"""Readers for the data formats a scraper prints instead of JSON: a Python literal (a dict
``print``-ed by Python 2 or 3: ``'…'``/``u'…'`` strings, ``\\xNN``/``\\uNNNN``/``\\UNNNNNNNN``
escapes, ``None``/``True``/``False``), block YAML (``key: value`` mappings, ``- `` sequences,
``|``/``>`` block scalars, quoted scalars, ``[]``/``{}``, ``#`` comments) and TOML (``[table]``
and ``[[array of tables]]`` headers, ``key = value``, basic, literal and multi-line strings,
arrays, inline tables).

Each gives the tree :mod:`jsonexport` gives for JSON — objects (:class:`JObj`) whose strings
(:class:`JStr`) keep the span of their raw text — so that :func:`exports.segment_json` reads
them as it reads JSON and accounts for every character. A string whose raw text holds escapes
carries them (``JStr.escapes``: offset, end, decoded), recorded as decoded.

Imported only when a dump may be one of these formats. A reader that does not understand the
text returns None (the text is read as before); it never raises.
"""

from __future__ import annotations

import ast
import bisect
import json
from . import _re as re
from typing import Any, Callable

from .jsonexport import JObj, JStr, _Parser
from .repair import drop_lone_surrogates, line_starts

# --------------------------------------------------------------------------------------------
# Python literals

_PY_ESCAPE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}\n]*\}|[0-7]{1,3}|\n|.)")
# (JSON's null/true/false too: a JSON object printed in a log line is read by this parser)
# (a hex integer first: Go's %#v prints its ints so, "Likes:0x1f4")
_PY_ATOM = re.compile(r"-?0[xX][0-9a-fA-F]+|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?[lL]?|None|True|False|null|true|false")
_PY_DOTTED = re.compile(r"[A-Za-z_]\w{0,40}+(?:\.[A-Za-z_]\w{0,40}+){1,4}+(?![\w.(])")
_PY_CALL = re.compile(r"(?!(?:None|True|False)\b)[A-Za-z_][\w.]{0,80}\(")
_PY_KWARG = re.compile(r"([A-Za-z_]\w{0,40})=(?!=)")
_LOOSE_KWARG = re.compile(r"([A-Za-z_.][\w.]{0,40})[ \t]*=(?![=>])[ \t]*")
_PY_STRING_START = re.compile(r"[uUbB]?[rR]?(['\"])|[rR][uUbB]?(['\"])")


# the struct and object dumps of other languages, read by the same parser in its loose mode:
# a Go composite literal's type before its brace ("[]scrape.Post{", "&main.Person{"), a bare
# key ("Name:", "relativeDate:"), Node's depth cut ("[Array]", "[Object]"), a Date Node prints
# bare, a constant or enum ("time.April", "nil", "undefined")
_LOOSE_TYPE = re.compile(r"(?:\[\d*\]|\*|&|map\[[\w.*]{1,40}\])*(?:new[ \t]+|%)?[A-Za-z_][\w.]{0,80}(?:<[\w.<>, ]{1,80}>)?"
                         r"(?:\(\))?(?:[ ]?\{\})?(?:[ ]?|[ \t]*\r?\n[ \t]*)(?=\{)|(?:\[\d*\])+(?=\{)|[%&](?=\{)")
# (C#'s empty collection, "new List<Comment>()": nothing in it)
_LOOSE_NEW_EMPTY = re.compile(r"new[ \t]+[A-Za-z_][\w.]{0,80}(?:<[\w.<>, ]{1,80}>)?\(\)")
_LOOSE_KEY = re.compile(r"([A-Za-z_$][\w$]{0,60})[ \t]*:(?!:)")
# a Ruby symbol's or a PHP array's number key before its hash rocket (":text => …", "0 => …")
_LOOSE_BLOCK_KEY = re.compile(r"([A-Za-z_]\w{0,60})[ \t]+(?:\"[^\"\n]{0,200}\"[ \t]+){0,3}(?=\{)")  # (HCL's labels: 'comment "c1" {')
_LOOSE_HEREDOC = re.compile(r"<<(-?)([A-Za-z_]\w{0,40})[ \t]*\r?\n")
_LOOSE_ROCKET_KEY = re.compile(r":?([A-Za-z_][\w]{0,60}|\d{1,9})[ \t]*(?==>)")
_LOOSE_PHP_ARRAY = re.compile(r"array[ \t]*\(")
_LOOSE_CUT = re.compile(r"\[(?:Array|Object|Circular[^\]\n]{0,20}|Function[^\]\n]{0,60}|Getter(?:/Setter)?|Setter)\]")
_LOOSE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ ]?(?:Z|UTC|[+-]\d{2}:?\d{2}))?")
_LOOSE_WORD = re.compile(r"[A-Za-z_$][\w$.]{0,80}")
# the wider family of printers: a key given with "=" (Lua's tables, C#'s object initialisers,
# Haskell's records: "name = …"), a keyword key before its value with no separator (EDN's
# ":post/text \"…\""; its namespace is no part of the name), a constructor applied to one
# value (Haskell's "Just \"6d\""), a tagged literal's tag (EDN's "#inst \"…\"") and a sigil
# (Elixir's "~U[…]", "#DateTime<…>"): no value of their own
_LOOSE_EQ_KEY = re.compile(r"([A-Za-z_$][\w$]{0,60})[ \t]*=(?![=>~])")
_LOOSE_KW_KEY = re.compile(r":(?:[A-Za-z_][\w.*+!?-]{0,60}/)?([A-Za-z_][\w*+!?-]{0,60})(?=[ \t\r\n,]+[^\s,=}\]])")
_LOOSE_CTOR = re.compile(r"[A-Z][\w.]{0,40}[ \t]+(?=[\"'\[(\d-])")
_LOOSE_TAG = re.compile(r"#[A-Za-z][\w.-]{0,40}[ \t]+(?=[\"'\[{\d])")
_LOOSE_SIGIL = re.compile(r"~[A-Za-z]{1,3}(?:\[[^\]\n]{0,200}\]|\([^)\n]{0,200}\)|\{[^}\n]{0,200}\}|\"[^\"\n]{0,200}\")[a-zA-Z]{0,4}"
                          r"|#[A-Z][\w.]{0,40}<[^>\n]{0,200}>")
_DECIMAL_HINT = re.compile(r"\\(?:\d{0,6}[89]|\d{4}|&)")
_DECIMAL_OR_PY_ESCAPE = re.compile(r"\\(?:\d{1,7}|&|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\n|.)")
# Go's typed nil in %#v: a nil slice, map or pointer ("[]main.Reply(nil)", "(*main.User)(nil)")
_LOOSE_NIL = re.compile(r"(?:(?:\[\d*\]|\*|map\[[\w.*]{1,40}\])*[A-Za-z_][\w.]{0,80}|\(\*[A-Za-z_][\w.]{0,80}\))\(nil\)")


class _PyParser(_Parser):
    """:class:`jsonexport._Parser` (its positions, its whitespace) over Python's literal
    syntax: quotes of either kind and their prefixes, tuples, ``None``/``True``, and calls or
    default reprs, which give no value. ``loose``: also the dumps of other languages' printers
    (Go's ``%#v`` and pretty-printers, Node's ``util.inspect``): bare keys, typed braces that
    hold either fields or elements, ``'a' +`` concatenation, depth cuts and constants (no value)."""

    def __init__(self, text: str, start: int, loose: bool = False) -> None:
        super().__init__(text)
        self.i = start
        self.loose = loose
        self._decimal: bool | None = None

    def decimal(self) -> bool:
        """Are the printer's numeric escapes decimal (Haskell's ``\\8217``, Lua's ``\\226``)?
        So in a loose dump where one of them has an 8 or a 9, four or more digits, or
        Haskell's empty ``\\&``; else they are octal, as Python's."""
        if self._decimal is None:
            self._decimal = self.loose and _DECIMAL_HINT.search(self.t) is not None
        return self._decimal

    def value(self, depth: int = 0) -> Any:
        if depth > 64:
            raise ValueError("too deep")
        self.ws()
        if self.i >= len(self.t):
            raise ValueError("end")
        c = self.t[self.i]
        if self.loose:
            m = _LOOSE_TYPE.match(self.t, self.i) if c != "{" else None
            if m is not None:
                self.i = m.end()
                c = "{"
            if c == "{":
                return self.composite(depth)
            if c == "a":
                m = _LOOSE_PHP_ARRAY.match(self.t, self.i)
                if m is not None:  # (PHP's var_export: array ( 'key' => value, ) )
                    self.i = m.end() - 1
                    return self.composite(depth, ")")
            if c == "[" or c == "(" or c == "m":
                m = _LOOSE_NIL.match(self.t, self.i)
                if m is not None:
                    self.i = m.end()
                    return None
            if c == "[":
                m = _LOOSE_CUT.match(self.t, self.i)
                if m is not None:
                    self.i = m.end()
                    return None
            m = _LOOSE_DATE.match(self.t, self.i) if c.isdigit() else None
            if m is not None:
                self.i = m.end()
                return None
            if c == "<" and self.t.startswith("<<", self.i):
                m = _LOOSE_HEREDOC.match(self.t, self.i)
                if m is not None:
                    return self.heredoc(m)
            if c in "~#":
                m = _LOOSE_SIGIL.match(self.t, self.i)
                if m is not None:
                    self.i = m.end()
                    return None
                m = _LOOSE_TAG.match(self.t, self.i)
                if m is not None:
                    self.i = m.end()
                    return self.value(depth + 1)
            elif c == "n" and self.t.startswith("new", self.i):
                m = _LOOSE_NEW_EMPTY.match(self.t, self.i)
                if m is not None:
                    self.i = m.end()
                    return []
            elif c.isupper():
                m = _LOOSE_CTOR.match(self.t, self.i)
                if m is not None and not _PY_STRING_START.match(self.t, self.i):
                    self.i = m.end()
                    return self.value(depth + 1)
        if c == "{":
            return self.obj(depth)
        if c in "[(":
            return self.arr(depth, "]" if c == "[" else ")")
        if _PY_STRING_START.match(self.t, self.i):
            return self.string()
        if c == "<":
            # an object's default repr (<UTC>, <object at 0x7f…>): no value
            end = self.t.find(">", self.i, self.i + 200)
            if end < 0 or "\n" in self.t[self.i:end]:
                raise ValueError("bad value")
            self.i = end + 1
            return None
        call = _PY_CALL.match(self.t, self.i)
        if call:
            # an object's repr (datetime.datetime(2025, 3, 1, 9, 0), Decimal('1.5')): no value
            # a field takes; its arguments are skipped whole — unless every argument is named:
            # a dataclass's, a named tuple's or a model's repr (Post(text='…', author=Person(…)))
            # is an object of those fields
            self.i = call.end()
            names: list[JStr | None] = []
            values = self.arr(depth, ")", start=False, names=names)
            if values and all(n is not None for n in names):
                o = JObj.of(zip(names, values))
                return _columns_to_rows(o) if self.loose else o
            return _call_value(names, values) if self.loose else None
        m = _PY_ATOM.match(self.t, self.i)
        if not m and self.loose:
            m = _LOOSE_WORD.match(self.t, self.i)  # (nil, undefined, time.UTC: no value)
            if m is not None:
                self.i = m.end()
                return None
        if not m and c.isalpha():
            # a constant's repr among an object's arguments (a datetime's
            # tzinfo=datetime.timezone.utc, an enum member Kind.POST): no value
            m = _PY_DOTTED.match(self.t, self.i)
            if m is not None:
                self.i = m.end()
                return None
        if not m:
            raise ValueError("bad value")
        self.i = m.end()
        w = m.group()
        if w in ("None", "null"):
            return None
        if w in ("True", "False", "true", "false"):
            return w in ("True", "true")
        if "x" in w or "X" in w:
            return int(w, 16)
        w = w.rstrip("lL")
        return float(w) if any(x in w for x in ".eE") else int(w)

    def string(self) -> JStr:
        t = self.t
        s = self.string_one()
        while True:
            # adjacent literals are one string ('a long text ' 'and its rest', as pprint
            # splits it over lines): joined, the quotes and the space between them recorded
            # as removed, line by line
            k = self.i
            while k < len(t) and t[k] in " \t\r\n":
                k += 1
            if self.loose and t[k : k + 1] == "+":
                # ('a line\n' +\n  'the next': JavaScript's concatenation, as Node prints it)
                k += 1
                while k < len(t) and t[k] in " \t\r\n":
                    k += 1
            m = _PY_STRING_START.match(t, k) if k < len(t) and t[k] in "'\"uUrR" else None
            if m is None:
                return s
            self.i = k
            nxt = self.string_one()
            gap = []
            a = s.end
            for piece in t[a:nxt.start].split("\n"):
                if piece:
                    gap.append((a, a + len(piece), "", "repr.concat"))
                a += len(piece) + 1
            s = JStr(s.value + nxt.value, s.start, nxt.end, t[s.start:nxt.end],
                     (s.escapes or []) + gap + (nxt.escapes or []))

    def string_one(self) -> JStr:
        m = _PY_STRING_START.match(self.t, self.i)
        if m is None:
            raise ValueError("string")
        prefix = self.t[self.i : m.end() - 1].lower()
        q = m.group(1) or m.group(2)
        start = m.end()
        j = start
        t = self.t
        while j < len(t) and t[j] != q:
            if t[j] == "\n" and not (self.loose and q == "'"):  # (PHP's var_export keeps them raw)
                raise ValueError("newline in string")
            j += 2 if t[j] == "\\" else 1
        if j >= len(t):
            raise ValueError("unterminated")
        self.i = j + 1
        if "b" in prefix:
            raise ValueError("bytes")  # (no post text is held as bytes)
        return self._one(prefix, start, j, t[start:j])

    def _one(self, prefix: str, start: int, j: int, raw: str) -> JStr:
        if "r" in prefix:
            return JStr(raw, start, j, raw, [])
        if "\\" in raw and self.decimal():
            return self._one_decimal(start, j, raw)
        value, escapes = _unescape(raw, start, _PY_ESCAPE, self._py_escape)
        return JStr(value, start, j, raw, escapes)

    def _py_escape(self, g: str) -> str:
        """One escape of a string as Python reads it (Rust's and Swift's ``\\u{fe0f}`` too)."""
        if g == "\\\n":
            return ""  # (a line continued)
        if g[1] not in "xuUN01234567'\"\\abfnrtv":
            return g  # an unknown escape stays as written
        if g[:3] == "\\u{":
            return _code_point(g[3:-1])
        return _py_escape(g) if self.loose else ast.literal_eval("'" + g + "'")

    def heredoc(self, m: Any) -> JStr:
        """A here-document (HCL's, a shell's: ``<<-EOT`` … ``EOT``): its lines up to the line
        holding its tag alone; with ``-``, the indentation its lines share is no text
        (recorded as ``repr.heredoc``)."""
        t = self.t
        close = re.compile(r"(?m)^[ \t]*" + re.escape(m.group(2)) + r"[ \t]*$")
        c = close.search(t, m.end())
        if c is None:
            raise ValueError("heredoc")
        start, end = m.end(), c.start()
        while end > start and t[end - 1] in "\r\n":
            end -= 1
        body = t[start:end].split("\n")
        ind = min((len(x) - len(x.lstrip(" \t")) for x in body if x.strip()), default=0) if m.group(1) else 0
        escapes: list[tuple] = []
        a = start
        out = []
        for x in body:
            cut = min(ind, len(x) - len(x.lstrip(" \t")))
            if cut:
                escapes.append((a, a + cut, "", "repr.heredoc"))
            out.append(x[cut:].rstrip("\r"))
            a += len(x) + 1
        self.i = c.end()
        return JStr("\n".join(out), start, end, t[start:end], escapes)

    def _one_decimal(self, start: int, j: int, raw: str) -> JStr:
        """A string whose numeric escapes are decimal code points (``\\8217`` is ’), ``\\&``
        nothing; the other escapes as Python reads them."""
        value, escapes = _unescape(raw, start, _DECIMAL_OR_PY_ESCAPE, _decimal_escape)
        return JStr(value, start, j, raw, escapes)

    def composite(self, depth: int, close: str = "}") -> Any:
        """A brace (or PHP's ``array (``) that holds fields (``Key: value``, ``'key': value``,
        Ruby's and PHP's ``:key => value``, ``'key' => value``, ``0 => value``) or elements;
        fields whose keys are all numbers are the elements of an array."""
        self.i += 1
        j = self.i
        t = self.t
        while j < len(t) and t[j] in " \t\r\n":
            j += 1
        if t[j : j + 1] == close:
            self.i = j + 1
            return []
        if _LOOSE_KEY.match(t, j) or _LOOSE_ROCKET_KEY.match(t, j) or _LOOSE_BLOCK_KEY.match(t, j) or (
                _PY_STRING_START.match(t, j) and self._quoted_key(j)) or _LOOSE_EQ_KEY.match(t, j) \
                or _LOOSE_KW_KEY.match(t, j):
            self.i -= 1
            o = self.obj(depth, close)
            if o.items and all(k.isdigit() for k in o.items):
                return list(o.items.values())
            return o
        return self.arr(depth, close, start=False)

    def _quoted_key(self, j: int) -> bool:
        save = self.i
        try:
            self.i = j
            self.string_one()
            self.ws()
            return self.t[self.i : self.i + 1] == ":" or self.t[self.i : self.i + 2] == "=>"
        except ValueError:
            return False
        finally:
            self.i = save

    def obj(self, depth: int, close: str = "}") -> JObj:
        o = JObj()
        repeated: set[str] = set()
        self.i += 1
        while True:
            self.ws()
            if self.t[self.i : self.i + 1] == close:
                self.i += 1
                return o
            block = None
            m = (_LOOSE_KEY.match(self.t, self.i) or _LOOSE_ROCKET_KEY.match(self.t, self.i)
                 or _LOOSE_BLOCK_KEY.match(self.t, self.i) or _LOOSE_EQ_KEY.match(self.t, self.i)
                 or _LOOSE_KW_KEY.match(self.t, self.i)) if self.loose else None
            if m is not None and m.re is _LOOSE_KW_KEY:
                self.i = m.end()
                g = m.lastindex or 1
                k = JStr(m.group(g), m.start(g), m.end(g), m.group(g), [])
                block = True  # (no separator: the value follows)
            elif m is not None:
                block = m.re is _LOOSE_BLOCK_KEY
                self.i = m.end() if block else m.end(1)  # (a block's labels are syntax)
                k = JStr(m.group(1), m.start(1), m.end(1), m.group(1), [])
            else:
                at = self.i
                k = self.value(depth + 1)
                if isinstance(k, int) and not isinstance(k, bool):
                    # a number's key (a data frame's to_dict(): {'text': {0: '…', 1: '…'}}): its digits
                    k = JStr(str(k), at, self.i, self.t[at:self.i], [])
            if not isinstance(k, JStr):
                raise ValueError("key")
            self.ws()
            if block:
                pass  # (protobuf's text format: "author {" names a message, no colon)
            elif self.loose and self.t[self.i : self.i + 2] == "=>":
                self.i += 2  # (a hash rocket: Ruby's, PHP's)
            elif self.loose and self.t[self.i : self.i + 1] == "=":
                self.i += 1  # (Lua's, C#'s, Haskell's "key = value")
            elif self.t[self.i : self.i + 1] != ":":
                raise ValueError(":")
            else:
                self.i += 1
            v = self.go_value(depth, close) if self.loose and self.t[self.i : self.i + 1] not in (
                "", " ", "\t", "\r", "\n", "\"", "'", "{", "[", "(", "&") else self.value(depth + 1)
            if self.loose and k.value in o.items:
                # a field given again (protobuf's repeated "comments { … }"): their list
                old = o.items[k.value]
                v = old + [v] if k.value in repeated else [old, v]
                repeated.add(k.value)
            o.items[k.value] = v
            o.keys.setdefault(k.value, k)
            before = self.i
            self.ws()
            c = self.t[self.i : self.i + 1]
            if self.loose and c not in (",", close) and c and ("\n" in self.t[before:self.i] or (
                    self.i > before and (_LOOSE_KW_KEY.match(self.t, self.i)
                                         or _GO_NEXT_FIELD.match(self.t, self.i - 1)))):
                continue  # (fields one a line, no comma: protobuf's text format; EDN's keys; Go's %+v)
            self.i += 1
            if c == close:
                return o
            if c != ",":
                raise ValueError(",")
            if self.loose:
                self.ws()
                if self.t[self.i : self.i + 1] == close:  # (a trailing comma)
                    self.i += 1
                    return o

    def go_value(self, depth: int, close: str) -> Any:
        """A value right after its key's colon: read as any other; unless what follows it is
        neither a separator nor the next field, as Go's %+v prints a text bare ("Age:12 Std.
        Text:…"): then the value runs to the next field (a space, a name, a colon) or to its
        brace's close, on its line."""
        at = self.i
        try:
            v = self.value(depth + 1)
            k = self.i
            c = self.t[k : k + 1]
            while c == " " and not _GO_NEXT_FIELD.match(self.t, k):
                k += 1  # (spaces before a separator or the close are no value's)
                c = self.t[k : k + 1]
            if c in ("", ",", close, "\n", "\r", " "):
                return v
        except (ValueError, IndexError):
            pass
        t = self.t
        eol = t.find("\n", at)
        eol = len(t) if eol < 0 else eol
        nxt = _GO_NEXT_FIELD.search(t, at, eol)
        end = nxt.start() if nxt is not None else eol
        shut = t.find(close, at, end) if close else -1
        if shut >= 0:
            end = shut
        raw = t[at:end].rstrip(" ")
        if not raw:
            raise ValueError("bare value")
        self.i = at + len(raw)
        if raw == "<nil>" or raw == "nil":
            return None
        return JStr(raw, at, self.i, raw, [])

    def arr(self, depth: int, close: str, start: bool = True, names: list | None = None) -> list[Any]:
        out: list[Any] = []
        if start:
            self.i += 1
        while True:
            self.ws()
            if self.t[self.i : self.i + 1] == close:
                self.i += 1
                return out
            kw = (_LOOSE_KWARG if self.loose else _PY_KWARG).match(self.t, self.i) \
                if not start and close == ")" else None
            if names is not None:
                names.append(JStr(kw.group(1), kw.start(1), kw.end(1), kw.group(1), []) if kw else None)
            if kw:
                self.i = kw.end()  # (a call's keyword argument: tzinfo=None)
            out.append(self.value(depth + 1))
            before = self.i
            self.ws()
            c = self.t[self.i : self.i + 1]
            if self.loose and self.i > before and c and c not in (",", close) and close == "]" \
                    and isinstance(out[-1], (JStr, JObj)):
                continue  # (EDN's vectors: items parted by spaces)
            self.i += 1
            if c == close:
                return out
            if c != ",":
                raise ValueError(",")


def _code_point(hexdigits: str) -> str:
    try:
        return chr(int(hexdigits, 16))
    except (ValueError, OverflowError):
        return "\ufffd"


def _call_value(names: list, values: list[Any]) -> Any:
    """What a call in a loose dump stands for, when not every argument is named: a wrapper of
    one value (Rust's ``Some("…")``, a newtype ``Urn("…")``) is that value; a vector of values
    (R's ``c("a", "b")``) is their list; a value followed by named attributes (R's
    ``structure(list(…), class = …)``) is that value."""
    if not values:
        return None
    if names[0] is None and all(n is not None for n in names[1:]):
        return values[0]
    if all(n is None for n in names):
        return values
    return None


def _columns_to_rows(o: JObj) -> Any:
    """A data frame given by its columns (R's ``list(a = c(…), b = c(…))``): an object whose
    every value is a list, all of one length of two or more, is that many row objects."""
    vals = list(o.items.values())
    if len(vals) < 2 or not all(isinstance(v, list) for v in vals):
        return o
    n = len(vals[0])
    if n < 2 or any(len(v) != n for v in vals):
        return o
    rows = []
    for r in range(n):
        row = JObj()
        for k, v in o.items.items():
            row.items[k] = v[r]
            row.keys[k] = o.keys[k]
        rows.append(row)
    return rows


def _unescape(raw: str, start: int, pattern: re.Pattern, decode: Callable[[str], str]) -> tuple[str, list[tuple]]:
    """A string's text with each escape ``pattern`` finds read by ``decode``, and the escapes
    that changed the text (positions from ``start``, recorded as ``repr.escape``)."""
    escapes: list[tuple] = []
    parts: list[str] = []
    k = 0
    for e in pattern.finditer(raw):
        parts.append(raw[k : e.start()])
        g = e.group()
        dec = decode(g)
        parts.append(dec)
        if dec != g:
            escapes.append((start + e.start(), start + e.end(), dec, "repr.escape"))
        k = e.end()
    parts.append(raw[k:])
    return _join_surrogates("".join(parts)), escapes


def _decimal_escape(g: str) -> str:
    """One escape of a printer whose numeric escapes are decimal (Haskell's ``show``)."""
    if g in ("\\&", "\\\n"):
        return ""
    if g[1:].isdigit():
        n = int(g[1:])
        return chr(n) if n <= 0x10FFFF else g
    if g[1] not in "xuU'\"\\abfnrtv":
        return g
    return _py_escape(g)


def _py_escape(g: str) -> str:
    """One backslash escape as Python reads it; in another language's printed tree (the loose
    reader), one Python cannot read (``\\x`` with no hex digits, ``\\N{no such name}``, a
    printer's own) stays as written, as unknown escapes do, rather than costing the whole dump
    its reading. (A Python repr holding one is no Python: that reader still refuses it.)"""
    try:
        return ast.literal_eval("'" + g + "'")
    except (ValueError, SyntaxError):
        return g



_YAML_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "r": "\r", "0": "\0", " ": " "}


def _yaml_unescape(g: str) -> str:
    """One escape of a YAML double-quoted string (``\\n``, ``\\x41``, ``\\u00e9``…) decoded; an
    unknown one is kept as written."""
    dec = _YAML_ESCAPES.get(g[1:])
    if dec is None:
        dec = chr(int(g[2:], 16)) if g[1] in "xuU" else g
    return dec

def _join_surrogates(s: str) -> str:
    """A pair of ``\\ud83d\\ude4c`` escapes decoded one by one is the one character they encode;
    a surrogate with no other half is a lost character, and goes (its escape is recorded as
    ``lost_character``: :meth:`postscrub.exports.LabelledText.record`)."""
    if not any("\ud800" <= c <= "\udfff" for c in s):
        return s
    return drop_lone_surrogates(s).encode("utf-16", "surrogatepass").decode("utf-16")


# a literal opening inside a line, after a log line's or a prompt's prefix ("… -> {'urn': …",
# "Out[3]: [{'text': …"): a bracket after a space, then a quoted key
_PY_EMBEDDED = re.compile(r"(?:(?<=\s)|^)(?:\[\s*)?\{\s*[uU]?['\"]")
# a hash printed after a REPL's result marker or a log's prefix (irb's and pry's "=> {:url=>…",
# "{'key' => …"): its brace, then a symbol or quoted key and a hash rocket
_LOOSE_EMBEDDED = re.compile(r"(?:(?<=\s)|^)(?:\[\s*)?\{\s*(?::[A-Za-z_]\w{0,60}|['\"][^'\"\n]{1,60}['\"])\s*=>")


def parse_python(text: str, loose: bool = False) -> tuple[Any, int | list[tuple[int, int]]] | None:
    """The Python literal (a dict, or a list of them) that fills ``text`` from its first line
    opening with ``{`` or ``[`` to its end, and that line's offset; else the literals a log or
    a notebook prints between its own short lines (each opening a line, or closing a line
    after its prefix: ``… DEBUG parse: update 1/2 -> {…}``), as a list of them and the spans
    they fill. None when there is none (or a line outside them is long: that is no prompt or
    log line but text)."""
    start = 0
    for line in text.split("\n")[:4]:
        if line.lstrip().startswith(("{", "[")) or ("(" in line[:64] and _PY_REPR_LINE.match(line)) \
                or (loose and _LOOSE_PHP_ARRAY.match(line.lstrip())):
            break
        if _prose(line):
            return _embedded(text, loose)
        start += len(line) + 1
    else:
        if loose:
            fields = _fields(text)
            if fields is not None:
                return fields
        return _embedded(text, loose)
    if start >= len(text):
        return None
    try:
        p = _PyParser(text, start, loose)
        v = p.value()
        p.ws()
        if p.i < len(text) and isinstance(v, (JObj, list)) and _PROMPT_ONLY.fullmatch(text, p.i):
            # (the console's next prompt under the literal, no command typed: "C:\\app> ")
            return (v if isinstance(v, list) else [v]), [(start, p.i)]
        if p.i < len(text) or not isinstance(v, (JObj, list)):
            return _embedded(text, loose)
    except (ValueError, IndexError, SyntaxError, RecursionError, UnicodeError, MemoryError):
        return _embedded(text, loose)
    return v, start


# what opens a shell's or a REPL's command line ("$ python scrape.py --url https://…")
_PROMPT_MARK = r"(?:[$%#>]|>>>|PS [^>\n]{1,80}>|[A-Za-z]:\\[^>\n]{0,200}>|In \[\d{1,6}\]:)"
_PROMPT = re.compile(_PROMPT_MARK + " ")
# a prompt alone on the last line, waiting (its line before it blank or not)
_PROMPT_ONLY = re.compile(r"\s*+(?:" + _PROMPT_MARK + r"[ \t]*+)?+\s*+")


def _prose(line: str) -> bool:
    """Is the line long text, not a literal's prompt? A command line that a long address or
    argument makes long ("$ python scrape.py --url https://…", "% node run.js …") is no text:
    a prompt's mark, then few words."""
    return len(line) > 120 and not (_PROMPT.match(line) and sum(w.isalpha() for w in line.split()) <= 8)


def _embedded(text: str, loose: bool = False) -> tuple[list[Any], list[tuple[int, int]]] | None:
    """The literals printed among a log's or a notebook's lines, each filling the rest of its
    line (or lines); every other line short. A text that opens with a bracket is one literal
    (read whole, or malformed): none of its parts is taken."""
    if re.match(r"[\ufeff \t\r\n]*(?:\{|\[[ \t]*(?:[\[{\"'uU]|\r?\n|$))", text):
        return None  # (a log line opening with "[2031-02-03 …]" or "[INFO]" is no literal)
    out: list[Any] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        eol = text.find("\n", pos)
        eol = n if eol < 0 else eol
        line = text[pos:eol]
        m = _PY_EMBEDDED.search(line) if "{" in line else None
        at = pos + m.start() if m is not None else None
        if at is None and loose:
            at = _loose_opening(line)  # ("$VAR1 = [", "[src/main.rs:48:5] &post = Post {")
            if at is None and "{" in line:
                lm = _LOOSE_EMBEDDED.search(line)
                at = lm.start() if lm is not None else None
            at = None if at is None else pos + at
        if at is None and line.lstrip()[:1] in "[{" and line.strip():
            at = pos + len(line) - len(line.lstrip())  # (a literal opening its own line)
        if at is not None:
            try:
                p = _PyParser(text, at, loose)
                v = p.value()
            except (ValueError, IndexError, SyntaxError, RecursionError, UnicodeError, MemoryError):
                v = None
            if isinstance(v, (JObj, list)):
                end = text.find("\n", p.i)
                end = n if end < 0 else end
                if not text[p.i:end].strip() or (loose and text[p.i:end].strip() == ";"):
                    out.extend(v if isinstance(v, list) else [v])
                    spans.append((at, p.i))
                    pos = end + 1
                    continue
        if len(line) > 120 and (sum(w.isalpha() for w in line.split()) > 8 if loose else _prose(line)):
            return None  # (text; a long command line or prompt is no text)
        pos = eol + 1
    if not spans or not any(isinstance(x, JObj) for x in out):
        return None
    return out, spans


# the left side of an assignment or a debug print before a dump ("$VAR1 = ", "x <- ",
# "[src/main.rs:48:5] &post = "), then the dump's opening: a bracket, a typed brace, or a call
# whose first argument is a call of named arguments (R's "structure(list(a = …")
_LOOSE_ASSIGN = r"(?:\[[^\]\n]{1,80}\][ \t]*)?[$&*@]?[A-Za-z_][\w.]{0,40}[ \t]*(?:=|<-)[ \t]*"
_LOOSE_OPENING = re.compile(
    r"[ \t]*(?:" + _LOOSE_ASSIGN + r")?((?:\[\d*\]|\*|&)*(?:[A-Za-z_][\w.:]{0,80}[ \t]?)?[{\[][ \t]*$"
    r"|[A-Za-z_][\w.]{0,40}\([ \t]*[A-Za-z_][\w.]{0,40}\([ \t]*[A-Za-z_.][\w.]{0,40}[ \t]*=[ \t]*\S"
    r"|\{[ \t]?[A-Za-z_]\w{0,40}:[ \t])")


# Go's %#v on one line, after a log line's prefix: a package's type, its brace and a field at
# once ("2031/02/03 10:00:00 []main.Post{main.Post{Text:\"…\"", "&scrape.Post{ID:0x1")
_GO_SHARP_V = re.compile(r"(?:^|(?<=[\s=:]))(?:\[\d*\]|\*|&)*[A-Za-z_]\w{0,40}\.[A-Za-z_]\w{0,60}\{"
                         r"(?:(?:[A-Za-z_]\w{0,40}\.)?[A-Za-z_]\w{0,60}\{)*[A-Za-z_]\w{0,60}:")


# Go's %+v on one line: no type, fields parted by spaces, each value right after its colon
# ("… result: &{URN:urn:li:… Author:{Name:Ana Lee Headline:…} Age:2d Text:…}")
_GO_PLUS_V = re.compile(r"(?:^|(?<=[\s=:]))&?\{[A-Z]\w{0,60}:(?=[^\s:])")
# (where a bare value of it ends: a space, then the next field's name and its colon)
_GO_NEXT_FIELD = re.compile(r" [A-Za-z_]\w{0,60}:(?=[^\s:])")


def _loose_opening(line: str) -> int | None:
    m = _LOOSE_OPENING.match(line) if len(line) < 400 else None
    if m is None and "{" in line[:400]:
        g = _GO_SHARP_V.search(line, 0, line.find("{") + 200) or _GO_PLUS_V.search(line, 0, line.find("{") + 200)
        return g.start() if g is not None else None
    return m.start(1) if m is not None else None


# protobuf's text format: fields one a line at the top ("posts {", "name: \"…\""), no braces
_FIELDS_HEAD = re.compile(r"(?m)^[A-Za-z_]\w{0,60}[ \t]?(?:\"[^\"\n]{0,200}\"[ \t]+){0,3}\{[ \t]*$")


def _fields(text: str) -> tuple[Any, int] | None:
    """The fields a text gives one a line from its start (after ``#`` comments) to its end,
    without an enclosing brace (protobuf's text format), as one object."""
    start = 0
    while start < len(text) and (text[start] in "\n\r" or text[start] == "#"):
        eol = text.find("\n", start)
        start = len(text) if eol < 0 else eol + 1
    if start == 0 or not _FIELDS_HEAD.search(text, start, start + 4000):
        return None
    try:
        p = _PyParser(text, start - 1, True)
        v = p.obj(0, "")
    except (ValueError, IndexError, SyntaxError, RecursionError, UnicodeError, MemoryError):
        return None
    return (v, start) if v.items else None


def may_be_python(text: str) -> bool:
    """A cheap test: a dict literal with quoted keys in Python's quotes, or a JSON object
    printed after a log line's or a prompt's prefix."""
    head = text[:2000]
    return bool(re.search(r"[{,]\s*[uU]?'[^'\n]{1,60}'\s*:", head)
                or re.search(r"\S[ \t]+\{\s*\"[^\"\n]{1,60}\"\s*:", head)
                or _PY_OBJECT_REPR.search(head))


_PY_REPR_LINE = re.compile(r"[ \t]*[A-Za-z_][\w.]{0,60}\((?:\s*[A-Za-z_]\w{0,40}=(?!=)|\s*$)")
# (a dataclass's or a model's repr opening a line: "[Post(urn='…', text='…'", "Post(\n    text=")
_PY_OBJECT_REPR = re.compile(r"(?m)^[ \t\[]*[A-Za-z_][\w.]{0,60}\(\s*[A-Za-z_]\w{0,40}=(?!=)\s*[\[{('\"A-Za-z0-9-]")


_LOOSE_ROCKET = re.compile(r"(?:[{(,]|^)\s*(?::[A-Za-z_]\w{0,60}|\"[^\"\n]{1,60}\"|'[^'\n]{1,60}'|\d{1,9})\s*=>")
_LOOSE_OPEN = re.compile(r"[ \t]*(?:(?:\[\d*\]|\*|&)*%?[A-Za-z_][\w.]{0,80}(?:[ \t]+\"[^\"\n]{0,200}\"){0,3}[ \t]*)?(?:[{\[][ \t]*)+$")
_LOOSE_FIELD = re.compile(r"[ \t]+(?:[A-Za-z_$][\w$]{0,40}(?::|[ \t]*=(?![=>]))|:[A-Za-z_][\w./-]{0,60})[ \t]+\S")
# a record printed on one line with its fields named (Haskell's "[Post {postUrn = …"), an EDN
# map of keywords ("[{:post/urn \"…\"")
_LOOSE_RECORD = re.compile(r"[ \t\[(]*(?:[A-Z][\w.]{0,60}[ \t]?\{[ \t]?[A-Za-z_]\w{0,40}[ \t]?=[ \t]|\{:[A-Za-z_][\w.*+!?/-]{0,60}[ \t]+\S)")


def may_be_loose(lines: list[str]) -> bool:
    """A cheap test for a struct or object dump with bare keys (Go's, Node's): a line that
    opens a brace (after a type: ``[]scrape.Post{``) among the first twelve, and a bare
    ``key: value`` line indented under it within the next three."""
    head = lines[:12]
    if any("=>" in ln and _LOOSE_ROCKET.search(ln) for ln in head):
        return True  # (Ruby's inspect, PHP's var_export: "key" => value)
    if any(ln[:1] in "[{( \t" and _LOOSE_RECORD.match(ln) for ln in head):
        return True
    for n, ln in enumerate(head):
        if (ln.endswith(("{", "[")) or ln.rstrip().endswith(("{", "["))) and _LOOSE_OPEN.match(ln):
            if any(_LOOSE_FIELD.match(x) for x in lines[n + 1 : n + 4]):
                return True
    # an assignment's or a debug print's left side before the brace ("&post = Post {"), a
    # brace opening on a bare key (Ruby's "{id: …"), a call of named arguments (R's dput)
    for n, ln in enumerate(head):
        m = _LOOSE_OPENING.match(ln) if len(ln) < 400 else None
        if m is not None and (m.group(1)[-1:] not in "{[" or any(_LOOSE_FIELD.match(x) for x in lines[n + 1 : n + 4])):
            return True
    # Go's %#v of a value on one line ("… []main.Post{main.Post{Text:\"…\", …}}")
    return any("{" in ln[:400] and _loose_opening(ln) is not None for ln in head)


# --------------------------------------------------------------------------------------------
# SQL dumps (SQLite's .dump, mysqldump, pg_dump --inserts): each table's rows as objects

_SQL_CREATE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[`\"\[]?([\w.]{1,80})[`\"\]]?\s*\(", re.I)
_SQL_INSERT = re.compile(r"INSERT\s+INTO\s+[`\"\[]?([\w.]{1,80})[`\"\]]?\s*(?:\(([^()]{0,4000})\)\s*)?VALUES\s*", re.I)
_SQL_COLUMN = re.compile(r"\s*[`\"\[]?([^\s`\"\],()]{1,80})[`\"\]]?")
_SQL_NOT_COLUMN = frozenset({"primary", "foreign", "unique", "constraint", "check", "key", "index"})
_SQL_ATOM = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|NULL|TRUE|FALSE|X'[0-9a-fA-F]*'", re.I)
_SQL_CHAR = re.compile(r"\s*char\((\d{1,7})\)\s*\)", re.I)


_SQL_COPY = re.compile(r"(?m)^COPY\s+[\"]?([\w.]{1,80})[\"]?\s*\(([^()\n]{1,4000})\)\s+FROM\s+stdin;[ \t]*\n", re.I)
_SQL_COPY_DEC = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v", "\\": "\\"}


def may_be_sql(lines: list[str]) -> bool:
    """A cheap test: a line among the first forty opens an INSERT, a CREATE TABLE or a COPY."""
    return any(ln[:12].upper() in ("INSERT INTO ", "CREATE TABLE") or ln[:5].upper() == "COPY " for ln in lines[:40])


def _sql_copy(text: str, tables: JObj) -> None:
    """pg_dump's COPY blocks: a row a line, its values parted by tabs, ``\\N`` no value,
    backslash escapes decoded (``sql.escape``), up to the ``\\.`` line."""
    for m in _SQL_COPY.finditer(text):
        cols = []
        for cm in re.finditer(r"[\"]?([^\s\",]{1,80})[\"]?", m.group(2)):
            a = m.start(2) + cm.start(1)
            cols.append(JStr(cm.group(1), a, a + len(cm.group(1)), cm.group(1), []))
        rows = tables.items.setdefault(m.group(1), [])
        pos = m.end()
        while pos < len(text):
            e = text.find("\n", pos)
            e = len(text) if e < 0 else e
            line = text[pos:e]
            if line == "\\.":
                break
            o = JObj()
            a = pos
            for n, cell in enumerate(line.split("\t")):
                key = cols[n] if n < len(cols) else JStr(f"column{n + 1}", 0, 0, "", [])
                if cell == "\\N":
                    value = None
                else:
                    esc = [(a + x.start(), a + x.end(), _SQL_COPY_DEC[x.group()[1]], "sql.escape")
                           for x in re.finditer(r"\\[nrtbfv\\]", cell)]
                    dec = re.sub(r"\\([nrtbfv\\])", lambda x: _SQL_COPY_DEC[x.group(1)], cell)
                    value = int(cell) if cell.isdigit() and len(cell) < 16 else JStr(dec, a, a + len(cell), cell, esc)
                o.items[key.value] = value
                o.keys[key.value] = key
                a += len(cell) + 1
            rows.append(o)
            pos = e + 1


class _SqlError(ValueError):
    pass


class _Sql:
    def __init__(self, text: str) -> None:
        self.t = text
        self.mysql = False

    def ws(self, i: int) -> int:
        t = self.t
        while i < len(t) and t[i] in " \t\r\n":
            i += 1
        return i

    def string(self, i: int) -> tuple[JStr, int]:
        """A quoted string at ``i`` (its quote): '' is a quote; in a MySQL dump, backslash
        escapes too."""
        t = self.t
        start = j = i + 1
        parts: list[str] = []
        escapes: list[tuple] = []
        k = start
        while True:
            if j >= len(t):
                raise _SqlError("unterminated")
            c = t[j]
            if c == "'":
                if t[j + 1 : j + 2] == "'":
                    parts.append(t[k:j] + "'")
                    escapes.append((j, j + 2, "'", "sql.escape"))
                    j += 2
                    k = j
                    continue
                break
            if c == "\\" and self.mysql and j + 1 < len(t):
                dec = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "Z": "\x1a"}.get(t[j + 1], t[j + 1])
                parts.append(t[k:j] + dec)
                escapes.append((j, j + 2, dec, "sql.escape"))
                j += 2
                k = j
                continue
            j += 1
        parts.append(t[k:j])
        return JStr("".join(parts), start, j, t[start:j], escapes), j + 1

    def value(self, i: int) -> tuple[Any, int]:
        t = self.t
        i = self.ws(i)
        if t[i : i + 1] == "'":
            return self.string(i)
        if t[i : i + 8].lower() == "replace(":
            # SQLite's .dump: replace('a\nb','\n',char(10)) — the text with its line breaks
            # written as two characters, put back
            v, j = self.value(i + 8)
            j = self.ws(j)
            if not isinstance(v, JStr) or t[j : j + 1] != ",":
                raise _SqlError("replace")
            pat, j = self.value(j + 1)
            j = self.ws(j)
            m = _SQL_CHAR.match(t, j + 1) if t[j : j + 1] == "," else None
            if not isinstance(pat, JStr) or not pat.value or m is None:
                raise _SqlError("replace")
            ch = chr(int(m.group(1)))
            esc = [e for e in v.escapes or []]
            raw, p = v.raw, pat.value
            pos = raw.find(p)
            while pos >= 0:
                esc.append((v.start + pos, v.start + pos + len(p), ch, "sql.escape"))
                pos = raw.find(p, pos + len(p))
            esc.sort()
            return JStr(v.value.replace(p, ch), v.start, v.end, v.raw, esc), m.end()
        m = _SQL_ATOM.match(t, i)
        if m is None:
            raise _SqlError("value")
        w = m.group()
        if w[:1] in "xX" or w.upper() in ("NULL", "TRUE", "FALSE"):
            return None, m.end()
        return (float(w) if any(x in w for x in ".eE") else int(w)), m.end()

    def parse(self) -> JObj | None:
        t = self.t
        columns: dict[str, list[JStr]] = {}
        for m in _SQL_CREATE.finditer(t):
            cols: list[JStr] = []
            depth, i, part = 0, m.end(), m.end()
            while i < len(t):
                c = t[i]
                if c == "(":
                    depth += 1
                elif c == ")" or (c == "," and depth == 0):
                    if depth == 0:
                        cm = _SQL_COLUMN.match(t, part)
                        if cm and cm.group(1).lower() not in _SQL_NOT_COLUMN:
                            cols.append(JStr(cm.group(1), cm.start(1), cm.end(1), cm.group(1), []))
                        if c == ")":
                            break
                        part = i + 1
                    else:
                        depth -= 1 if c == ")" else 0
                i += 1
            columns[m.group(1)] = cols
        tables = JObj()
        for m in _SQL_INSERT.finditer(t):
            if t[m.start(1) - 1 : m.start(1)] == "`":
                self.mysql = True
            name = m.group(1)
            cols = columns.get(name)
            if m.group(2):
                cols = []
                for cm in re.finditer(r"[`\"\[]?([^\s`\"\],]{1,80})[`\"\]]?", m.group(2)):
                    a = m.start(2) + cm.start(1)
                    cols.append(JStr(cm.group(1), a, a + len(cm.group(1)), cm.group(1), []))
            i = m.end()
            while True:
                i = self.ws(i)
                if t[i : i + 1] != "(":
                    raise _SqlError("row")
                row: list[Any] = []
                i += 1
                while True:
                    v, i = self.value(i)
                    row.append(v)
                    i = self.ws(i)
                    c = t[i : i + 1]
                    i += 1
                    if c == ")":
                        break
                    if c != ",":
                        raise _SqlError(",")
                o = JObj.of((cols[n] if cols and n < len(cols) else JStr(f"column{n + 1}", 0, 0, "", []), v)
                            for n, v in enumerate(row))
                if name not in tables.items:
                    tables.items[name] = []
                tables.items[name].append(o)
                i = self.ws(i)
                if t[i : i + 1] != ",":
                    break
                i += 1
        if "COPY" in t or "copy" in t:
            _sql_copy(t, tables)
        return tables if tables.items else None


def parse_sql(text: str) -> JObj | None:
    """The rows of an SQL dump's INSERT statements, as one object holding an array of row
    objects per table (keys: the columns its CREATE TABLE or the INSERT names), or None."""
    try:
        return _Sql(text).parse()
    except (_SqlError, ValueError, IndexError, RecursionError):
        return None


# --------------------------------------------------------------------------------------------
# PHP's print_r: "Array\n(\n    [key] => value\n    [k2] => Array\n        (\n …" — values raw,
# a text running over the lines up to the next key of its array or the array's closing paren

_PR_OPEN = re.compile(r"[ \t]*(?:<pre>)?[ \t]*(?:Array|[A-Za-z_\\][\w\\]{0,80} Object)[ \t]*$")
_PR_ENTRY = re.compile(r"([ \t]*)\[([^\]\n]{0,120})\] =>(?: |$)")


def may_be_print_r(lines: list[str]) -> bool:
    """A cheap test: an ``Array`` (or ``X Object``) line, then a ``(`` line, among the first lines."""
    return any(_PR_OPEN.fullmatch(a) and b.strip() == "(" for a, b in zip(lines[:6], lines[1:7]))


def parse_print_r(text: str) -> tuple[Any, int] | None:
    """The tree a PHP ``print_r`` printed (arrays with numeric keys as lists, others and
    objects as objects; a member's ``:protected`` mark left out of its key), and the offset
    of its first line; None when the text is no such print."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for ln in text.split("\n"):
        lines.append((pos, ln))
        pos += len(ln) + 1
    first = next((k for k, (_, ln) in enumerate(lines[:6]) if _PR_OPEN.fullmatch(ln)
                  and k + 1 < len(lines) and lines[k + 1][1].strip() == "("), None)
    if first is None:
        return None

    def block(k: int, depth: int) -> tuple[Any, int]:
        # lines[k] is the "(" line; returns the value and the index after the ")" line
        if depth > 40:
            raise ValueError("too deep")
        indent = len(lines[k][1]) - len(lines[k][1].lstrip())
        items: list[tuple[JStr, Any]] = []
        k += 1
        while k < len(lines):
            off, ln = lines[k]
            if ln.strip() == ")" and len(ln) - len(ln.lstrip()) == indent:
                break
            m = _PR_ENTRY.match(ln)
            if m is None:
                if ln.strip():
                    raise ValueError("entry")
                k += 1
                continue
            ind = len(m.group(1))
            raw_key = m.group(2)
            name = raw_key.split(":", 1)[0]
            key = JStr(name, off + m.start(2), off + m.start(2) + len(name), name, [])
            rest = ln[m.end():]
            if _PR_OPEN.fullmatch(rest) and k + 1 < len(lines) and lines[k + 1][1].strip() == "(":
                v, k = block(k + 1, depth + 1)
                items.append((key, v))
                continue
            a = off + m.end()
            b = off + len(ln)
            k += 1
            while k < len(lines):
                off2, ln2 = lines[k]
                m2 = _PR_ENTRY.match(ln2)
                if (m2 is not None and len(m2.group(1)) == ind) or (
                        ln2.strip() == ")" and len(ln2) - len(ln2.lstrip()) == indent):
                    break
                if ln2.strip():
                    b = off2 + len(ln2)
                k += 1
            raw = text[a:b]
            value: Any = JStr(raw, a, b, raw, []) if raw.strip() else None
            if value is not None and raw.isdigit() and len(raw) < 16:
                value = int(raw)
            items.append((key, value))
        else:
            raise ValueError("unclosed")
        k += 1
        if items and all(kk.value.isdigit() for kk, _ in items):
            return [v for _, v in items], k
        return JObj.of(items), k

    try:
        v, k = block(first + 1, 0)
    except (ValueError, IndexError, RecursionError):
        return None
    if any(ln.strip() and ln.strip() != "</pre>" for _, ln in lines[k:]):
        return None
    if not isinstance(v, (JObj, list)):
        return None
    return v, lines[first][0]


# --------------------------------------------------------------------------------------------
# PHP's var_dump: array(2) { [0]=> array(5) { ["key"]=> string(10) "…" … } }

_VD_OPEN = re.compile(r"(?:array\(\d{1,9}\)|object\([\w\\]{1,120}\)#\d{1,9} \(\d{1,9}\)) \{")
_VD_KEY = re.compile(r"\[(?:\"((?:[^\"\n]|\"(?!(?::[^\]\n]{0,120})?\]=>))*)\"(?::[^\]\n]{0,120})?|(-?\d{1,18}))\]=>")
_VD_STRING = re.compile(r"string\((\d{1,10})\) \"")
_VD_SCALAR = re.compile(r"int\((-?\d{1,20})\)|float\(([^)\n]{1,40})\)|bool\((true|false)\)|NULL|enum\([^)\n]{1,200}\)")


def may_be_var_dump(lines: list[str]) -> bool:
    """A cheap test: a line among the first six opens an array or object as var_dump prints it."""
    return any(_VD_OPEN.match(ln.strip()) and ln.rstrip().endswith("{") for ln in lines[:6])


def parse_var_dump(text: str) -> tuple[Any, int] | None:
    """The tree PHP's ``var_dump`` printed (arrays with number keys as lists), each string
    taken by the byte length var_dump writes before it, and the offset where it begins; None
    when the text is no such dump."""
    m0 = None
    for m in re.finditer(r"(?m)^[ \t]*(?=array\(|object\()", text[:2000]):
        if _VD_OPEN.match(text, m.end()):
            m0 = m
            break
    if m0 is None:
        return None
    t = text

    def ws(i: int) -> int:
        while i < len(t) and t[i] in " \t\r\n":
            i += 1
        return i

    def value(i: int, depth: int) -> tuple[Any, int]:
        if depth > 40:
            raise ValueError("deep")
        i = ws(i)
        m = _VD_OPEN.match(t, i)
        if m is not None:
            i = m.end()
            items: list[tuple[JStr, Any]] = []
            while True:
                i = ws(i)
                if t[i : i + 1] == "}":
                    i += 1
                    break
                k = _VD_KEY.match(t, i)
                if k is None:
                    raise ValueError("key")
                name = k.group(1) if k.group(1) is not None else k.group(2)
                ks = k.start(1) if k.group(1) is not None else k.start(2)
                v, i = value(k.end(), depth + 1)
                items.append((JStr(name, ks, ks + len(name), name, []), v))
            if items and all(kk.value.lstrip("-").isdigit() for kk, _ in items):
                return [v for _, v in items], i
            return JObj.of(items), i
        m = _VD_STRING.match(t, i)
        if m is not None:
            n = int(m.group(1))
            a = j = m.end()
            while n > 0:
                n -= len(t[j].encode("utf-8", "surrogatepass"))
                j += 1
            if n < 0 or t[j : j + 1] != '"':
                raise ValueError("length")
            return JStr(t[a:j], a, j, t[a:j], []), j + 1
        m = _VD_SCALAR.match(t, i)
        if m is None:
            raise ValueError("value")
        if m.group(1) is not None:
            return int(m.group(1)), m.end()
        return None, m.end()

    try:
        v, end = value(m0.end(), 0)
    except (ValueError, IndexError, RecursionError):
        return None
    if t[end:].strip() or not isinstance(v, (JObj, list)):
        return None
    return v, m0.start()


# --------------------------------------------------------------------------------------------
# XML data (a no-code tool's or an exporter's records, not a page): elements as objects

_X_TOKEN = re.compile(r"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[(.*?)\]\]>|<!DOCTYPE[^>]*>"
                      r"|<(/?)([A-Za-z_][\w:.\-]{0,80})((?:\s+[\w:.\-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>", re.S)
_X_ATTR = re.compile(r"([\w:.\-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_X_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);")
_X_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_X_NOT_DATA = frozenset({"html", "svg", "feed", "rss", "rdf:rdf", "xsl:stylesheet"})
# the attribute that names a generic element's field (<field key="Autor">…</field>)
_X_KEY_ATTRS = ("key", "name", "field", "label", "column", "property")


def _x_str(text: str, a: int, b: int) -> JStr:
    raw = text[a:b]
    esc = []
    parts = []
    k = 0
    for m in _X_ENTITY.finditer(raw):
        g = m.group()[1:-1]
        dec = _X_NAMED.get(g) or chr(int(g[2:], 16) if g[:2] == "#x" else int(g[1:]))
        parts.append(raw[k:m.start()] + dec)
        esc.append((a + m.start(), a + m.end(), dec, "xml.entity"))
        k = m.end()
    parts.append(raw[k:])
    return JStr("".join(parts), a, b, raw, esc)


def parse_xml(text: str) -> Any | None:
    """The tree of an XML data file: an element with attributes or child elements is an
    object (attributes and children its keys; a child repeated, or the children of an element
    holding one kind only, an array), an element with text only (or CDATA) a string, a
    generic field element named by an attribute (``<field key="本文">…</field>``) a key of its
    parent. None for a page (HTML, SVG, a feed) or what is no well-formed XML."""
    stack: list[tuple[str, list, list]] = [("", [], [])]  # (tag, attrs, children) ; children: (tag, value, attrs)
    texts: list[list[tuple[int, int]]] = [[]]
    pos = 0
    root = None
    try:
        for m in _X_TOKEN.finditer(text):
            if text[pos:m.start()].strip():
                texts[-1].append((pos, m.start()))
            pos = m.end()
            if m.group(1) is not None:
                texts[-1].append((m.start(1), m.end(1)))
                continue
            tag = m.group(3)
            if tag is None:
                continue
            if root is None and not m.group(2):
                root = tag.lower()
                if root in _X_NOT_DATA:
                    return None
            if m.group(2):
                if stack[-1][0] != tag:
                    return None
                node_tag, attrs, children = stack.pop()
                spans = texts.pop()
                stack[-1][2].append((node_tag, _x_value(text, attrs, children, spans), attrs))
                continue
            attrs = [(a.group(1), a.start(2) + m.start(4) if a.group(2) is not None else a.start(3) + m.start(4),
                      a.group(2) if a.group(2) is not None else a.group(3)) for a in _X_ATTR.finditer(m.group(4) or "")]
            if m.group(5):
                stack[-1][2].append((tag, _x_value(text, attrs, [], []), attrs))
            else:
                stack.append((tag, attrs, []))
                texts.append([])
    except (ValueError, IndexError, RecursionError, OverflowError):
        return None
    if len(stack) != 1 or len(stack[0][2]) != 1 or text[pos:].strip():
        return None
    v = stack[0][2][0][1]
    return v if isinstance(v, (JObj, list)) else None


def _x_value(text: str, attrs: list, children: list, spans: list) -> Any:
    if not attrs and not children:
        if not spans:
            return None
        a, b = spans[0][0], spans[-1][1]
        if len(spans) > 1:
            return _x_str(text, a, b)
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        tail = len(text[a:b]) - len(text[a:b].rstrip())
        return _x_str(text, a + lead, b - tail)
    if not attrs and len(children) >= 2 and len(children) % 2 == 0 \
            and all(c[0].lower() == "key" and isinstance(c[1], JStr) for c in children[::2]) \
            and not any(c[0].lower() == "key" for c in children[1::2]):
        # a key element, then its value's element (Apple's property list: <key>…</key><string>…)
        return JObj.of((k[1], v[1]) for k, v in zip(children[::2], children[1::2]))
    tags = {c[0] for c in children}
    # (a leaf with one naming attribute: its value the text, {"key": …, "text": …} as read)
    keyed = [c for c in children if isinstance(c[1], JObj) and len(c[2]) == 1
             and c[2][0][0].lower() in _X_KEY_ATTRS and set(c[1].items) <= {c[2][0][0], "text"}]
    if not attrs and len(tags) == 1 and not keyed:
        return [c[1] for c in children]  # (an element of one kind of child: their array)
    o = JObj()
    for name, at, value in attrs:
        o.items[name] = JStr(value, at, at + len(value), value, []) if value.strip() else None
    counts: dict[str, int] = {}
    for c in children:
        counts[c[0]] = counts.get(c[0], 0) + 1
    keyed_ids = {id(c) for c in keyed}
    for c in children:
        tag, value, cattrs = c
        if id(c) in keyed_ids:
            name, at, key = cattrs[0]
            o.items[key] = value.items.get("text")
            o.keys[key] = JStr(key, at, at + len(key), key, [])
        elif counts[tag] > 1:
            o.items.setdefault(tag, []).append(value)
        else:
            o.items[tag] = value
    if spans and not children:
        a, b = spans[0][0], spans[-1][1]
        o.items["text"] = _x_str(text, a, b)
    return o


_X_ROOT = re.compile(r"[\ufeff \t\r\n]*(?:<!--.*?-->[ \t\r\n]*)*<([A-Za-z_][\w:.\-]{0,80})[\s/>]", re.S)
# the elements of a page (HTML's), which open no data file
_X_HTML = frozenset("""html head body div span p a ul ol li table tr td th thead tbody tfoot article section main
header footer nav aside h1 h2 h3 h4 h5 h6 img br hr pre code blockquote em strong b i u s small sup sub mark
form input button label select option textarea script style meta link title figure figcaption picture source
video audio iframe svg time abbr cite q dl dt dd details summary template noscript address canvas caption col
colgroup fieldset legend center font base""".split())


def may_be_xml(text: str) -> bool:
    """A cheap test: an XML declaration first, or a first element no page opens with
    (``<posts>``, ``<export>``: a data file's root, not ``<div>``)."""
    head = text.lstrip("\ufeff \t\r\n")
    if head[:5] == "<?xml":
        return True
    m = _X_ROOT.match(text[:4000]) if head[:1] == "<" else None
    return m is not None and m.group(1).lower() not in _X_HTML and "-" not in m.group(1)


# --------------------------------------------------------------------------------------------
# Block YAML

_Y_KEY = re.compile(r"(?P<ind>[ ]*)(?P<dash>-[ ]+)*(?P<key>[^\s#'\"{\[\-][^:#\n]{0,60}?|\"[^\"\n]{1,60}\"|'[^'\n]{1,60}')"
                    r"[ ]*:(?:[ ]+|$)")
_Y_DASH = re.compile(r"(?P<ind>[ ]*)-(?:[ ]+|$)")
_Y_BLOCK = re.compile(r"[|>][-+]?\d?[ ]*(?:#.*)?$")


class _YamlError(ValueError):
    pass


class _Yaml:
    def __init__(self, text: str) -> None:
        self.t = text
        self.lines: list[tuple[int, str]] = []  # (offset, line)
        pos = 0
        for ln in text.split("\n"):
            self.lines.append((pos, ln))
            pos += len(ln) + 1
        self.k = 0

    # lines that hold content (no blank, no comment, no document marker)
    def skip(self) -> None:
        while self.k < len(self.lines):
            s = self.lines[self.k][1].strip()
            if s and not s.startswith("#") and s not in ("---", "..."):
                return
            self.k += 1

    def indent_at(self) -> int:
        ln = self.lines[self.k][1]
        return len(ln) - len(ln.lstrip(" "))

    def block(self, indent: int, depth: int = 0) -> Any:
        """The node whose lines start at column ``indent`` (or deeper) from the current line."""
        if depth > 40:
            raise _YamlError("deep")
        self.skip()
        if self.k >= len(self.lines):
            raise _YamlError("end")
        off, ln = self.lines[self.k]
        ind = self.indent_at()
        if ind < indent:
            raise _YamlError("dedent")
        if _Y_DASH.match(ln) and ln[ind] == "-":
            return self.seq(ind, depth)
        if _Y_KEY.match(ln):
            return self.mapping(ind, off + ind, depth)
        raise _YamlError("no node")

    def seq(self, ind: int, depth: int) -> list[Any]:
        out: list[Any] = []
        while True:
            self.skip()
            if self.k >= len(self.lines):
                return out
            off, ln = self.lines[self.k]
            if self.indent_at() != ind or not (ln[ind:ind + 1] == "-" and _Y_DASH.match(ln)):
                return out
            m = _Y_DASH.match(ln)
            col = m.end()
            rest = ln[col:]
            if not rest.strip() or rest.lstrip().startswith("#"):
                self.k += 1
                out.append(self.block(ind + 1, depth + 1))
            elif _Y_KEY.match(" " * col + rest):
                # "- key: value": a mapping whose keys stand at the item's column
                out.append(self.mapping(col, off + col, depth + 1, first_line_col=col))
            else:
                out.append(self.scalar_line(off + col, rest, ind, depth))
                self.k += 1
        return out

    def mapping(self, ind: int, first_off: int, depth: int, first_line_col: int | None = None) -> JObj:
        o = JObj()
        first = True
        while True:
            self.skip()
            if self.k >= len(self.lines):
                return o
            off, ln = self.lines[self.k]
            if first and first_line_col is not None:
                col = first_line_col
                line_for_key = " " * col + ln[col:]
            else:
                col = self.indent_at()
                if col != ind:
                    if col > ind:
                        raise _YamlError("indent")
                    return o
                if ln[col:col + 1] == "-":
                    return o  # (a sequence at the mapping's own column ends it)
                line_for_key = ln
            first = False
            m = _Y_KEY.match(line_for_key)
            if m is None or m.group("dash"):
                raise _YamlError("key")
            kraw = m.group("key")
            kstart = off + m.start("key")
            if kraw[0] in "'\"":
                key = JStr(kraw[1:-1], kstart + 1, kstart + len(kraw) - 1, kraw[1:-1], [])
            else:
                key = JStr(kraw.rstrip(), kstart, kstart + len(kraw.rstrip()), kraw.rstrip(), [])
            rest = ln[m.end():]
            vcol = m.end()
            if not rest.strip() or rest.lstrip().startswith("#"):
                self.k += 1
                self.skip()
                if self.k >= len(self.lines):
                    val: Any = None
                else:
                    nind = self.indent_at()
                    nln = self.lines[self.k][1]
                    if nind > ind or (nind == ind and nln[nind:nind + 1] == "-" and _Y_DASH.match(nln)):
                        val = self.block(nind, depth + 1)
                    else:
                        val = None
            elif _Y_BLOCK.match(rest.strip()):
                self.k += 1
                val = self.block_scalar(rest.strip(), ind)
            else:
                val = self.scalar_line(off + vcol, rest, ind, depth)
                self.k += 1
            o.items[key.value] = val
            o.keys[key.value] = key

    def block_scalar(self, head: str, ind: int) -> JStr:
        """``|`` (lines kept) or ``>`` (lines folded) block: the lines deeper than ``ind``."""
        body: list[tuple[int, str]] = []
        k = self.k
        while k < len(self.lines):
            off, ln = self.lines[k]
            if ln.strip() and len(ln) - len(ln.lstrip(" ")) <= ind:
                break
            body.append((off, ln))
            k += 1
        while body and not body[-1][1].strip():
            body.pop()
        self.k = k
        if not body:
            return JStr("", self.lines[k - 1][0] if k else 0, self.lines[k - 1][0] if k else 0, "", [])
        bi = min(len(ln) - len(ln.lstrip(" ")) for _, ln in body if ln.strip())
        rows = [ln[bi:] if ln.strip() else "" for _, ln in body]
        if head.startswith(">"):
            out: list[str] = []
            for r in rows:
                if out and r and out[-1] and not r.startswith(" "):
                    out[-1] += " " + r
                else:
                    out.append(r)
            value = "\n".join(out)
        else:
            value = "\n".join(rows)
        start = body[0][0] + bi
        end = body[-1][0] + len(body[-1][1])
        return JStr(value, start, end, self.t[start:end], [])

    _Q_MULTI = re.compile(r'(?:[^"\\]|\\.){0,200000}+"', re.S)
    _Q_ESC = re.compile(r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|\n[ \t]*|.)|[ \t]*\n(?:[ \t]*\n)*[ \t]*")

    _Q1_MULTI = re.compile(r"(?:[^']|''){0,200000}+'")
    _Q1_ESC = re.compile(r"''|[ \t]*\n(?:[ \t]*\n)*[ \t]*")

    def _quoted_lines(self, start: int, quote: str = '"') -> JStr:
        """A double-quoted scalar over several lines (a YAML writer folding a long string):
        each line break with the next line's indentation folded into a space, a run of empty
        lines into as many line breaks, a line ending in ``\\`` joined without one, the
        escapes decoded (YAML 1.2, 7.3.1). A single-quoted one (PyYAML's choice for a text
        with line breaks when ``allow_unicode`` is set) folds the same way, its only escape
        being ``''`` (7.3.2)."""
        m = (self._Q_MULTI if quote == '"' else self._Q1_MULTI).match(self.t, start + 1)
        if m is None:
            raise _YamlError("quote")
        close = m.end() - 1
        eol = self.t.find("\n", close)
        tail = self.t[close + 1: len(self.t) if eol < 0 else eol]
        if tail.strip() and not tail.strip().startswith("#"):
            raise _YamlError("quote")
        raw = self.t[start + 1:close]
        parts, escapes, k = [], [], 0
        for e in (self._Q_ESC if quote == '"' else self._Q1_ESC).finditer(raw):
            parts.append(raw[k:e.start()])
            g = e.group()
            if g == "''":
                dec = "'"
            elif g[0] != "\\":
                dec = "\n" * (g.count("\n") - 1) or " "  # (a fold: a space, or the empty lines' breaks)
            elif g[1] == "\n":
                dec = ""  # (an escaped line break: the lines joined)
            else:
                dec = _yaml_unescape(g)
            parts.append(dec)
            escapes.append((start + 1 + e.start(), start + 1 + e.end(), dec, "yaml.escape"))
            k = e.end()
        parts.append(raw[k:])
        while self.k + 1 < len(self.lines) and self.lines[self.k + 1][0] <= close:
            self.k += 1
        return JStr(_join_surrogates("".join(parts)), start + 1, close, raw, escapes)

    def scalar_line(self, off: int, rest: str, ind: int, depth: int) -> Any:
        """A value on the key's (or dash's) line: quoted, a flow ``[]``/``{}``, or plain."""
        lead = len(rest) - len(rest.lstrip(" "))
        s = rest.strip()
        start = off + lead
        if s.startswith('"'):
            m = re.match(r'"((?:[^"\\]|\\.)*)"[ ]*(?:#.*)?$', s)
            if not m:
                return self._quoted_lines(start)
            raw = m.group(1)
            escapes = []
            parts, k = [], 0
            for e in re.finditer(r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|.)", raw):
                parts.append(raw[k:e.start()])
                g = e.group()
                dec = _yaml_unescape(g)
                parts.append(dec)
                escapes.append((start + 1 + e.start(), start + 1 + e.end(), dec, "yaml.escape"))
                k = e.end()
            parts.append(raw[k:])
            return JStr(_join_surrogates("".join(parts)), start + 1, start + 1 + len(raw), raw, escapes)
        if s.startswith("'"):
            m = re.match(r"'((?:[^']|'')*)'[ ]*(?:#.*)?$", s)
            if not m:
                return self._quoted_lines(start, "'")
            raw = m.group(1)
            escapes = [(start + 1 + e.start(), start + 1 + e.end(), "'", "yaml.escape") for e in re.finditer("''", raw)]
            return JStr(raw.replace("''", "'"), start + 1, start + 1 + len(raw), raw, escapes)
        plain = re.sub(r"[ ]+#.*$", "", s).rstrip()
        if plain in ("[]", "{}"):
            return [] if plain == "[]" else JObj()
        if plain in ("~", "null", "Null", "NULL", ""):
            return None
        if plain in ("true", "false", "True", "False"):
            return plain.lower() == "true"
        if re.fullmatch(r"-?\d+", plain):
            return int(plain)
        if plain[0] in "[{" and plain[-1] == {"[": "]", "{": "}"}[plain[0]]:
            # a flow collection on one line (tags: [HR, Hiring]): kept as its text, which no
            # field of a post takes
            return JStr(plain, start, start + len(plain), plain, [])
        if plain[0] in "[{&*!|>%@`":
            raise _YamlError("flow")  # (multi-line flow collections, anchors, tags: not read)
        # a plain scalar may go on over deeper lines ("text: one\n  two")
        end = start + len(plain)
        value = plain
        k = self.k + 1
        while k < len(self.lines):
            off2, ln2 = self.lines[k]
            if not ln2.strip() or len(ln2) - len(ln2.lstrip(" ")) <= ind or _Y_KEY.match(ln2):
                break
            value += " " + ln2.strip()
            end = off2 + len(ln2.rstrip())
            k += 1
        self.k = k - 1
        return JStr(value, start, end, self.t[start:end], [])


def parse_yaml(text: str) -> Any | None:
    """The tree of a block-YAML text (a mapping or a sequence at its top), or None when the
    text is not block YAML this reader understands whole."""
    try:
        y = _Yaml(text)
        v = y.block(0)
        y.skip()
        if y.k < len(y.lines) or not isinstance(v, (JObj, list)):
            return None
        return v
    except (_YamlError, ValueError, IndexError, RecursionError):
        return None


_Y_MAY = re.compile(r"(?m)^(?:- )?[^\s#:'\"{\[][^:\n]{0,40}:(?: |$)")


def may_be_yaml(lines: list[str]) -> bool:
    """A cheap test: the first content line (after ``#`` comments and ``---``) is ``key:`` or
    ``- key:``, and some later line is indented under it."""
    content = (ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#") and ln.strip() != "---")
    first = next(content, None)
    if first is None or not _Y_MAY.match(first):
        return False
    nested = 0
    for ln in content:  # (stops at the second: a long block text may come first)
        if ln.startswith((" ", "- ")) and _Y_MAY.match(ln.lstrip(" ")):
            nested += 1
            if nested >= 2:
                return True
    return False


# --------------------------------------------------------------------------------------------
# Stacked keys: a key/value pane copied as text, each key on its own line and its value on the
# lines under it (Zapier's task history "Data out", a no-code tool's output viewer), nested
# keys flattened with "__" ("author__name", "comments__text")

_ST_KEY = re.compile(r"[a-z][a-zA-Z0-9]{0,40}+(?:_{1,2}+[a-zA-Z0-9]{1,40}+){0,8}+")


def _stacked_key(line: str) -> bool:
    return len(line) <= 200 and _ST_KEY.fullmatch(line) is not None


def may_be_stacked(lines: list[str]) -> bool:
    """A cheap test: among the first 60 lines, four or more keys of the form (a bare
    identifier alone on its line, the next line not blank), at least two of them paths
    ("author__name") or snake-case names."""
    keys = snake = 0
    for ln, nxt in zip(lines[:60], lines[1:61]):
        if ln[:1].islower() and nxt.strip() and _stacked_key(ln):
            keys += 1
            snake += "_" in ln
    return keys >= 4 and snake >= 2


def parse_stacked(text: str) -> JObj | None:
    """The object of a stacked key/value text (see :func:`may_be_stacked`): each key's value
    the lines under it up to the next key (a line break inside kept; a key with no line under
    it a section, no value), paths nested by "__" (a path's value given up where a later path
    makes it an object: a count of the comments before their fields). A last paragraph of one line
    right before a section is that section's heading, no value. None: fewer than four keys
    with a value."""
    from .shapes import classify_column

    raw = text.split("\n")
    lines: list[tuple[int, str]] = list(zip(line_starts(raw), raw))
    keys = [k for k, (_, ln) in enumerate(lines) if ln[:1].islower() and _stacked_key(ln.rstrip())]
    if len(keys) < 4:
        return None
    is_key = set(keys)
    root = JObj()
    valued = 0
    for n, k in enumerate(keys):
        nxt = keys[n + 1] if n + 1 < len(keys) else len(lines)
        body = list(range(k + 1, nxt))
        while body and not lines[body[-1]][1].strip():
            body.pop()
        if not body:
            continue  # (a section: its keys follow)
        # (a heading over the section that follows: "Run Python" over "runtime_meta")
        if nxt < len(lines) and (nxt + 1 in is_key or nxt + 1 >= len(lines)) and len(body) >= 3 \
                and not lines[body[-2]][1].strip():
            body = body[:-1]
            while body and not lines[body[-1]][1].strip():
                body.pop()
        key_text = lines[k][1].rstrip()
        parts = key_text.split("__")
        leaf = parts[-1]
        rest = None
        if len(body) > 1 and classify_column(leaf)[1] in ("author", "headline", "age"):
            # a name, a headline, an age: one line (the key after it missing, the lines under
            # it up to the next key are no part of it: given up, recorded under the key)
            rest = [b for b in body[1:]]
            while rest and not lines[rest[0]][1].strip():
                rest.pop(0)
            body = body[:1]
        start = lines[body[0]][0]
        end = lines[body[-1]][0] + len(lines[body[-1]][1].rstrip())
        raw = text[start:end]
        valued += 1
        node = root
        off = lines[k][0]
        for p in parts[:-1]:
            child = node.items.get(p)
            if not isinstance(child, JObj):
                if child is not None:
                    _stacked_given_up(node, p, child, off)  # (a value a later path made an object)
                child = JObj()
                node.items[p] = child
                node.keys[p] = JStr(p, off, off + len(p), p, [])
            node = child
            off += len(p) + 2
        if rest:
            a = lines[rest[0]][0]
            b = lines[rest[-1]][0] + len(lines[rest[-1]][1].rstrip())
            _stacked_given_up(node, leaf, JStr(text[a:b], a, b, text[a:b], []), off)
        if leaf in node.items:
            _stacked_given_up(node, leaf, JStr(raw, start, end, raw, []), off)  # (a key given twice)
            continue
        node.items[leaf] = JStr(raw, start, end, raw, [])
        node.keys[leaf] = JStr(leaf, off, off + len(leaf), leaf, [])
    return root if valued >= 4 else None


def _stacked_given_up(node: JObj, key: str, value: Any, off: int) -> None:
    """A value of a stacked pane no field may take (a key given twice, a value a later path
    made an object, the lines under a one-line field): kept in ``node`` under a key of its own
    ("name#2") that no table knows, so the reader records it under its key, not as syntax."""
    n = 2
    while f"{key}#{n}" in node.items:
        n += 1
    name = f"{key}#{n}"
    node.items[name] = value
    node.keys[name] = JStr(name, off, off + len(key), name, [])


# --------------------------------------------------------------------------------------------
# TOML

_T_TABLE = re.compile(r"[ \t]*(\[\[?)[ \t]*([A-Za-z0-9_\-.\" ]{1,120}?)[ \t]*(\]\]?)[ \t]*(?:#.*)?$")
_T_KEY = re.compile(r"[ \t]*((?:[A-Za-z0-9_\-]+|\"[^\"\n]{1,60}\")(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_\-]+|\"[^\"\n]{1,60}\"))*)"
                    r"[ \t]*=[ \t]*")
_T_BARE = re.compile(r"[^\s,\]}#]+")
_T_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[btnfr\"\\]|[ \t]*\n[\s]*)")
_T_ESC = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


class _TomlError(ValueError):
    pass


def _t_keys(s: str) -> list[str]:
    return [k.strip().strip('"') for k in re.findall(r"\"[^\"\n]*\"|[^.]+", s)]


class _Toml:
    def __init__(self, text: str) -> None:
        self.t = text
        self.i = 0

    def value(self, depth: int = 0) -> Any:
        if depth > 32:
            raise _TomlError("deep")
        t, i = self.t, self.i
        if t.startswith('"""', i) or t.startswith("'''", i):
            return self.multi(t[i])
        if t[i:i + 1] in "\"'":
            return self.single(t[i])
        if t[i:i + 1] == "[":
            out = []
            self.i += 1
            while True:
                self.skip(True)
                if self.t[self.i:self.i + 1] == "]":
                    self.i += 1
                    return out
                out.append(self.value(depth + 1))
                self.skip(True)
                c = self.t[self.i:self.i + 1]
                self.i += 1
                if c == "]":
                    return out
                if c != ",":
                    raise _TomlError(",")
        if t[i:i + 1] == "{":
            o = JObj()
            self.i += 1
            while True:
                self.skip(False)
                if self.t[self.i:self.i + 1] == "}":
                    self.i += 1
                    return o
                m = _T_KEY.match(self.t, self.i)
                if m is None:
                    raise _TomlError("key")
                self.i = m.end()
                o.items[_t_keys(m.group(1))[-1]] = self.value(depth + 1)
                self.skip(False)
                c = self.t[self.i:self.i + 1]
                self.i += 1
                if c == "}":
                    return o
                if c != ",":
                    raise _TomlError(",")
        m = _T_BARE.match(t, i)
        if m is None:
            raise _TomlError("value")
        self.i = m.end()
        w = m.group().replace("_", "")
        if w in ("true", "false"):
            return w == "true"
        try:
            return int(w, 0) if w.isdigit() or w[:2] in ("0x", "0o", "0b") else float(w)
        except ValueError:
            return None  # (a date, a time: no value a field takes)

    def skip(self, newlines: bool) -> None:
        t = self.t
        while self.i < len(t):
            c = t[self.i]
            if c in " \t" or (newlines and c in "\r\n"):
                self.i += 1
            elif c == "#" and newlines:
                e = t.find("\n", self.i)
                self.i = len(t) if e < 0 else e
            else:
                return

    def single(self, q: str) -> JStr:
        t = self.t
        start = self.i + 1
        j = start
        while j < len(t) and t[j] != q:
            if t[j] == "\n":
                raise _TomlError("newline in string")
            j += 2 if (t[j] == "\\" and q == '"') else 1
        if j >= len(t):
            raise _TomlError("unterminated")
        self.i = j + 1
        return self.decode(start, j, q == '"')

    def multi(self, q: str) -> JStr:
        t = self.t
        start = self.i + 3
        if t.startswith("\r\n", start):
            start += 2
        elif t.startswith("\n", start):
            start += 1  # (a newline right after the opening quotes is no text)
        end = t.find(q * 3, start)
        if q == '"':
            while end > 0 and (len(t[start:end]) - len(t[start:end].rstrip("\\"))) % 2 == 1:
                end = t.find(q * 3, end + 1)
        if end < 0:
            raise _TomlError("unterminated")
        while t.startswith(q, end + 3) and end + 3 < len(t):
            end += 1  # ('''a ''''' : up to two quotes before the closing three are text)
        self.i = end + 3
        return self.decode(start, end, q == '"')

    def decode(self, start: int, end: int, basic: bool) -> JStr:
        raw = self.t[start:end]
        if not basic or "\\" not in raw:
            return JStr(raw, start, end, raw, [])
        escapes: list[tuple] = []
        parts: list[str] = []
        k = 0
        for e in _T_ESCAPE.finditer(raw):
            parts.append(raw[k:e.start()])
            g = e.group()
            dec = _T_ESC.get(g[1:]) if len(g) == 2 else chr(int(g[2:], 16)) if g[1] in "uU" else ""
            if dec is None:
                raise _TomlError("escape")
            parts.append(dec)
            a = start + e.start()
            for piece in raw[e.start():e.end()].split("\n"):  # (a line-ending backslash: line by line)
                if piece:
                    escapes.append((a, a + len(piece), dec, "toml.escape"))
                    dec = ""
                a += len(piece) + 1
            k = e.end()
        parts.append(raw[k:])
        return JStr(_join_surrogates("".join(parts)), start, end, raw, escapes)


# --------------------------------------------------------------------------------------------
# Front matter holding data: a static site's page (Hugo's TOML "+++" block, Jekyll's YAML
# "---" block) whose block keeps the post's comments as an array of tables or mappings, the
# post's text the page's body after the block

def may_be_front_matter(lines: list[str]) -> bool:
    """A cheap test: the first content line is ``+++`` or ``---``, a line closing the block
    follows, and inside it an array of tables (``[[comments]]``) or a list item holding a
    mapping (``- author: …``)."""
    first = next((k for k, ln in enumerate(lines[:5]) if ln.strip()), None)
    if first is None or lines[first].strip() not in ("+++", "---"):
        return False
    mark = lines[first].strip()
    held = False  # an array of tables, or a list item holding a mapping, inside the block
    for ln in lines[first + 1 : first + 400]:
        if ln.strip() == mark or (mark == "---" and ln.rstrip() in ("...",)):
            return held
        s = ln.strip()
        if mark == "+++":
            held = held or (s.startswith("[[") and s.endswith("]]"))
        else:
            held = held or (s.startswith("- ") and _FM_ITEM_KEY.match(s[2:]) is not None)
    return False


# a YAML list item's first key ("- author: …", "- src: …")
_FM_ITEM_KEY = re.compile(r"[\w\"'-]{1,60}+\s{0,5}+:(?:\s|$)")


def _holds_comments(tree: JObj) -> bool:
    """A list of mappings in the front matter that is the comments: its key names them
    (``comments``, ``kommentare``), or most of its items look like one (a text and a person).
    A page's other lists of mappings (``images: - src: … alt: …``, a menu) are not."""
    from .jsonexport import _comment_like, _names_comments

    for k, v in tree.items.items():
        if not (isinstance(v, list) and v and all(isinstance(x, JObj) for x in v)):
            continue
        if _names_comments(k) or 2 * sum(map(_comment_like, v)) > len(v):
            return True
    return False


def parse_front_matter(text: str) -> tuple[JObj, str] | None:
    """The front matter's tree, the body after the block its ``body`` (the post's text): read
    only when the block holds an array of objects (the comments); None otherwise (a page's
    plain front matter is read with its body by the text route)."""
    lines = text.split("\n")
    pos = 0
    offs = []
    for ln in lines:
        offs.append(pos)
        pos += len(ln) + 1
    first = next(k for k, ln in enumerate(lines) if ln.strip())
    mark = lines[first].strip()
    end = next((k for k in range(first + 1, len(lines)) if lines[k].strip() == mark
                or (mark == "---" and lines[k].rstrip() == "...")), None)
    if end is None:
        return None
    a, b = offs[first + 1], offs[end]
    blanked = "".join(c if c == "\n" else " " for c in text[:a]) + text[a:b] \
        + "".join(c if c == "\n" else " " for c in text[b:])
    tree = parse_toml(blanked) if mark == "+++" else parse_yaml(blanked)
    if not isinstance(tree, JObj) or not _holds_comments(tree):
        return None
    s0 = offs[end + 1] if end + 1 < len(lines) else len(text)
    body = text[s0:]
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    if body and "body" not in tree.items:
        s1 = s0 + lead
        key = JStr("body", s1, s1, "", [])
        tree.items["body"] = JStr(body, s1, s1 + len(body), body, [])
        tree.keys["body"] = key
    return tree, "toml.syntax" if mark == "+++" else "yaml.syntax"


def may_be_toml(lines: list[str]) -> bool:
    """A cheap test: the first content line (after ``#`` comments) is a ``[table]`` or
    ``[[array of tables]]`` header, or ``key = value``, and some later line is a table header."""
    content = [ln for ln in lines[:200] if ln.strip() and not ln.lstrip().startswith("#")]
    if not content or not (_T_TABLE.match(content[0]) or _T_KEY.match(content[0])):
        return False
    return any(_T_TABLE.match(ln) for ln in content[1:])


def parse_toml(text: str) -> Any | None:
    """The tree of a TOML text (its root table), or None when the text is not TOML this reader
    understands whole."""
    try:
        return _parse_toml(text)
    except (_TomlError, ValueError, IndexError, RecursionError):
        return None


def _parse_toml(text: str) -> JObj:
    root = JObj()
    cur = root
    p = _Toml(text)
    n = len(text)
    while True:
        p.skip(True)
        if p.i >= n:
            return root
        eol = text.find("\n", p.i)
        eol = n if eol < 0 else eol
        line = text[p.i:eol]
        m = _T_TABLE.match(line)
        if m and m.group(1)[:1] == "[" and len(m.group(1)) == len(m.group(3)):
            keys = _t_keys(m.group(2))
            node = root
            for k in keys[:-1]:
                v = node.items.setdefault(k, JObj())
                if isinstance(v, list):
                    v = v[-1] if v and isinstance(v[-1], JObj) else None
                if not isinstance(v, JObj):
                    raise _TomlError("table")
                node = v
            last = keys[-1]
            if len(m.group(1)) == 2:
                arr = node.items.setdefault(last, [])
                if not isinstance(arr, list):
                    raise _TomlError("array of tables")
                cur = JObj()
                arr.append(cur)
            else:
                v = node.items.setdefault(last, JObj())
                if not isinstance(v, JObj):
                    raise _TomlError("table")
                cur = v
            p.i = eol
            continue
        m = _T_KEY.match(text, p.i)
        if m is None or m.end() > eol:
            raise _TomlError("line")
        keys = _t_keys(m.group(1))
        p.i = m.end()
        val = p.value()
        node = cur
        for k in keys[:-1]:
            node = node.items.setdefault(k, JObj())
            if not isinstance(node, JObj):
                raise _TomlError("dotted key")
        node.items[keys[-1]] = val
        p.skip(False)
        if p.i < n and text[p.i] == "#":
            e = text.find("\n", p.i)
            p.i = n if e < 0 else e
        if p.i < n and text[p.i] not in "\r\n":
            raise _TomlError("after value")


# --------------------------------------------------------------------------------------------
# key=value event lines (logfmt: a Go or Heroku log, one event a line): each line an object

_KV_PAIR = re.compile(r'([A-Za-z_][\w.-]{0,60})=(?:"((?:[^"\\\n]|\\.)*)"|([^\s"]*))')
_KV_HEAD = re.compile(r'[A-Za-z_][\w.-]{0,60}=(?:"|[^\s"]*\s)')


def may_be_logfmt(lines: list[str]) -> bool:
    """A cheap test: the first content lines are key=value pairs, three or more each."""
    head = [ln for ln in lines[:8] if ln.strip()][:3]
    return bool(head) and all(_KV_HEAD.match(ln) and ln.count("=") >= 3 for ln in head)


def parse_logfmt(text: str) -> JObj | None:
    """Each line of key=value pairs (values bare or double-quoted with escapes) an object;
    the objects grouped by their set of keys (a post's event lines apart from a comment's,
    as a database's tables), under an object the export reader takes for an envelope.
    None when a content line is not made of such pairs."""
    groups: dict[tuple, list[JObj]] = {}
    pos = 0
    n = len(text)
    while pos < n:
        eol = text.find("\n", pos)
        eol = n if eol < 0 else eol
        line = text[pos:eol]
        if line.strip():
            o = JObj()
            k = pos
            while k < eol:
                while k < eol and text[k] in " \t\r":
                    k += 1
                if k >= eol:
                    break
                m = _KV_PAIR.match(text, k, eol)
                if m is None:
                    return None
                key = m.group(1)
                if m.group(2) is not None:
                    v: Any = _PyParser(text, m.start(2) - 1)._one("", m.start(2), m.end(2), m.group(2))
                else:
                    raw = m.group(3)
                    v = int(raw) if raw.isdigit() and len(raw) < 16 else JStr(raw, m.start(3), m.end(3), raw, [])
                o.items[key] = v
                o.keys[key] = JStr(key, m.start(1), m.end(1), key, [])
                k = m.end()
            if len(o.items) < 3:
                return None
            groups.setdefault(tuple(o.items), []).append(o)
        pos = eol + 1
    if not groups:
        return None
    env = JObj()
    for n_, rows in enumerate(groups.values()):
        env.items[f"table{n_}"] = rows
    return env


# --------------------------------------------------------------------------------------------
# toString() dumps with bare values (a Java record's "Post[text=…, author=…]", Lombok's and
# Kotlin's "Post(text=…, …)"): values run to the next ", field=" or to their bracket's close

_TS_OPEN = re.compile(r"([A-Z][\w$.]{0,60})([\[(])(?=[a-z_]\w{0,40}=)")
_TS_FIELD = re.compile(r"([a-z_]\w{0,40})=")
_TS_WRAP = re.compile(r"[A-Za-z_][\w$.]{0,60}([\[(])")
_TS_NONE = frozenset({"null", "Optional.empty", "None", "nil", "OptionalInt.empty"})


def may_be_tostring(lines: list[str]) -> bool:
    """A cheap test: a line among the first six opens a record's toString (``Post[urn=…``)."""
    return any("=" in ln and _TS_OPEN.search(ln) for ln in lines[:6])


class _ToString:
    def __init__(self, text: str) -> None:
        self.t = text

    def record(self, i: int, close: str, depth: int) -> tuple[JObj, int]:
        o = JObj()
        t = self.t
        while True:
            m = _TS_FIELD.match(t, i)
            if m is None:
                raise ValueError("field")
            v, i = self.value(m.end(), close, depth + 1, True)
            o.items[m.group(1)] = v
            o.keys[m.group(1)] = JStr(m.group(1), m.start(1), m.end(1), m.group(1), [])
            if t.startswith(", ", i) and _TS_FIELD.match(t, i + 2):
                i += 2
                continue
            if t[i : i + 1] == close:
                return o, i + 1
            raise ValueError("record")

    def value(self, i: int, close: str, depth: int, in_record: bool) -> tuple[Any, int]:
        if depth > 40:
            raise ValueError("deep")
        t = self.t
        m = _TS_OPEN.match(t, i)
        if m is not None:
            return self.record(m.end(), "]" if m.group(2) == "[" else ")", depth)
        m = _TS_WRAP.match(t, i)
        if t[i : i + 1] == "[" or m is not None:
            # a list ("[a, b]"), or a wrapper of values ("Optional[…]", "List.of(…)")
            j = i + 1 if t[i : i + 1] == "[" else m.end()
            end = "]" if t[j - 1] == "[" else ")"
            items: list[Any] = []
            if t[j : j + 1] != end:
                while True:
                    # (a wrapper's one value runs to its close: "Optional[Ward Sister, Respiratory]")
                    v, j = self.value(j, end, depth + 1, t[i : i + 1] != "[")
                    items.append(v)
                    if t.startswith(", ", j):
                        j += 2
                        continue
                    if t[j : j + 1] == end:
                        break
                    raise ValueError("list")
            j += 1
            if t[i : i + 1] != "[":
                return (items[0] if len(items) == 1 else items or None), j
            return items, j
        # a bare value: to the next field (in a record) or to the close its container's
        # bracket makes before a separator or the line's end
        k = i
        inner = 0  # (brackets the value opens itself: "(yes, really)" in a text is no close)
        while k < len(t):
            c = t[k]
            if c in "([":
                inner += 1
            elif inner and c in ")]":
                inner -= 1
                k += 1
                continue
            if c == "," and in_record and t.startswith(", ", k) and _TS_FIELD.match(t, k + 2):
                break
            if c == "," and not in_record and not inner and t.startswith(", ", k):
                break
            if c == close and (k + 1 >= len(t) or t[k + 1] in ",])\r\n"):
                break
            k += 1
        else:
            raise ValueError("end")
        raw = t[i:k]
        if raw in _TS_NONE:
            return None, k
        if raw.isdigit() and len(raw) < 16:
            return int(raw), k
        return JStr(raw, i, k, raw, []), k


def parse_tostring(text: str) -> tuple[list[Any], list[tuple[int, int]]] | None:
    """The records a log prints by their toString(), each running to its line's end (over
    lines: a text's raw line breaks), and the spans they fill; None when there is none."""
    p = _ToString(text)
    out: list[Any] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _TS_OPEN.search(text, pos)
        if m is None:
            break
        try:
            v, end = p.record(m.end(), "]" if m.group(2) == "[" else ")", 0)
        except (ValueError, IndexError, RecursionError):
            pos = m.end()
            continue
        eol = text.find("\n", end)
        eol = len(text) if eol < 0 else eol
        if text[end:eol].strip():
            pos = m.end()
            continue
        out.append(v)
        spans.append((m.start(), end))
        pos = end
    return (out, spans) if out else None


def _cell_scalar(v: Any, depth: int = 0) -> Any:
    """A spreadsheet cell's value: a string or number, or the one value its element wraps
    (``<Cell><Data ss:Type="String">…</Data></Cell>``: the Data's text beside its type)."""
    if v is None or isinstance(v, (JStr, int, float)):
        return v
    if depth > 3:
        return _NOT_CELL
    if isinstance(v, list):
        return _cell_scalar(v[0], depth + 1) if len(v) == 1 else (None if not v else _NOT_CELL)
    if isinstance(v, JObj):
        inner = [x for k, x in v.items.items() if not (":" in k or k.lower() in ("type", "style", "index", "styleid"))]
        if len(inner) == 1:
            return _cell_scalar(inner[0], depth + 1)
        if not inner:
            return None
    return _NOT_CELL


_NOT_CELL = object()


def xml_tables(tree: Any) -> JObj | None:
    """The tables an XML workbook holds (SpreadsheetML's ``<Row><Cell><Data>``, any element
    of rows of cells): each a list of rows whose first is a header of distinct names, read as
    row objects; all of them under one object, as a database's tables. None when there is
    no such table."""
    found: list[list[JObj]] = []

    def walk(v: Any, depth: int) -> None:
        if depth > 12:
            return
        if isinstance(v, JObj):
            for x in v.items.values():
                walk(x, depth + 1)
            return
        if not isinstance(v, list):
            return
        if len(v) >= 2 and all(isinstance(r, list) for r in v):
            rows = [[_cell_scalar(c) for c in r] for r in v]
            if all(c is not _NOT_CELL for r in rows for c in r):
                head = rows[0]
                if len(head) >= 2 and all(isinstance(c, JStr) and c.value.strip() for c in head) \
                        and len({c.value for c in head}) == len(head):
                    table = []
                    for r in rows[1:]:
                        table.append(JObj.of(zip(head, r)))
                    found.append(table)
                    return
        for x in v:
            walk(x, depth + 1)

    walk(tree, 0)
    if not found:
        return None
    env = JObj()
    for n, rows in enumerate(found):
        env.items[f"table{n}"] = rows
    return env


# --------------------------------------------------------------------------------------------
# A database client's record display: one "name <sep> value" line per column, the names
# padded so the separators stand in one column (psql's expanded "name | value", MySQL's
# "\G" "name: value", sqlite3's ".mode line" "name = value"), records parted by a rule with
# their number ("-[ RECORD 1 ]---", "*** 1. row ***") or by a name coming back, tables by
# the prompt that queried them ("sqlite> SELECT … FROM comments …")

_RD_FIELD = re.compile(r"( *)([^\W\d][\w.$-]{0,60}|) *([=:|])(?: |$)")
_RD_RULE = re.compile(r"[ \t]*[-*=+][-*=+\[ ]*(?:[^\W\d]{1,12} ?)?\d{1,9}\.?(?: ?[^\W\d]{1,12})?[\] ]*[-*=+|]{3,}[ \t]*$")
_RD_FOOTER = re.compile(r"[ \t]*(?:\d+ rows? in set\b|\(\d+ rows?\)[ \t]*$)")
_RD_PROMPT = re.compile(r"[\w.@:-]{1,40}(?:=#|=>|->|[>#])(?:[ \t]|$)")
_RD_FROM = re.compile(r"\bFROM[ \t]+[`\"\[]?([\w.]{1,60})", re.I)


def _rd_column(lines: list[str]) -> tuple[str, int] | None:
    """The separator and its column of a record display among ``lines``: the column where
    three or more field lines of two or more names put the same separator."""
    count: dict[tuple[str, int], set[str]] = {}
    quoted: dict[tuple[str, int], int] = {}
    for ln in lines:
        m = _RD_FIELD.match(ln)
        if m and m.group(2):
            at = (m.group(3), m.start(3))
            count.setdefault(at, set()).add(m.group(2))
            if ln[m.end() : m.end() + 1] in "\"'":
                quoted[at] = quoted.get(at, 0) + 1
    best = max(count.items(), key=lambda kv: len(kv[1]), default=None)
    # (names of one length only align by chance, and so do a few of YAML's indented keys: the
    # column holds most names; a config language quotes its values: HCL's aligned
    # "name     = \"…\"" is none)
    if best is None or len(best[1]) < 3 or len({len(n) for n in best[1]}) < 2 \
            or quoted.get(best[0], 0) * 2 >= len(best[1]) \
            or len(best[1]) * 3 < len({n for ns in count.values() for n in ns}) * 2:
        return None
    return best[0]


def may_be_records(lines: list[str]) -> bool:
    """A cheap test: a numbered record rule, or three field lines aligned on one separator,
    among the first forty lines."""
    head = lines[:40]
    if any(ln[:1] in "-* " and _RD_RULE.match(ln) for ln in head):
        return True
    return _rd_column([ln for ln in head if ln[:1] == " " or "=" in ln or ":" in ln or "|" in ln]) is not None


def parse_records(text: str) -> tuple[JObj, list[tuple[int, int]]] | None:
    """The records of a database client's display, as one object holding an array of row
    objects per table (a table per query, named by its ``FROM``), and the spans the records
    cover (the prompts, banners and row counts around them are preamble). A value running
    over lines is its lines (psql's ``+`` at a wrapped line's end and the padding before it
    recorded as ``db.wrap``), a value opening a JSON array or object is read as JSON, an
    empty value is no value. None when no record is found."""
    offs: list[int] = []
    rows_: list[str] = []
    pos = 0
    for ln in text.split("\n"):
        offs.append(pos)
        rows_.append(ln)
        pos += len(ln) + 1
    # each query's display aligns its own columns: the separator's column found per section
    # between prompts
    cols: list[tuple[str, int] | None] = []
    a0 = 0
    for k in range(len(rows_) + 1):
        if k == len(rows_) or (k > a0 and _RD_PROMPT.match(rows_[k])):
            cols.extend([_rd_column(rows_[a0:k])] * (k - a0))
            a0 = k
    if not any(cols):
        return None
    tables = JObj()
    spans: list[tuple[int, int]] = []
    table = "rows"
    cur: list[list] = []  # [key JStr, [(start, end)] parts, continued by a wrap, JSON]
    names: set[str] = set()
    n_tables = 0

    def close() -> None:
        nonlocal cur, names
        if cur:
            o = JObj.of((f[0], _rd_value(text, f[1])) for f in cur)
            tables.items.setdefault(table, []).append(o)
            spans.append((cur[0][0].start - (cur[0][0].start - _line_start(text, cur[0][0].start)),
                          cur[-1][1][-1][1]))
        cur, names = [], set()

    for k, ln in enumerate(rows_):
        a = offs[k]
        m = _RD_FIELD.match(ln) if cols[k] else None
        if m and (m.group(3), m.start(3)) == cols[k]:
            name = m.group(2)
            vstart = a + m.end()
            vend = a + len(ln.rstrip())
            if not name:
                # psql's continuation line: an empty name column
                if cur and cur[-1][2]:
                    cur[-1][1].append((vstart, max(vstart, vend)))
                    cur[-1][2] = False
                    _rd_wrap(text, cur[-1])
                continue
            if name in names:
                close()
            names.add(name)
            key = JStr(name, a + m.start(2), a + m.end(2), name, [])
            cur.append([key, [(vstart, max(vstart, vend))], False, text[vstart : vstart + 1] in "[{"])
            _rd_wrap(text, cur[-1])
            continue
        if _RD_RULE.match(ln):
            close()
            continue
        pm = _RD_PROMPT.match(ln)
        if pm:
            close()
            fm = _RD_FROM.search(ln)
            n_tables += 1
            table = fm.group(1) if fm else f"table{n_tables}"
            continue
        if _RD_FOOTER.match(ln):
            close()
            continue
        if cur and not cur[-1][2] and not cur[-1][3]:
            # a value's own line break: the line continues the last field's value
            if ln.strip():
                parts = cur[-1][1]
                parts[-1] = (parts[-1][0], a + len(ln.rstrip()))
        elif not ln.strip():
            continue
        else:
            close()
    close()
    if not tables.items:
        return None
    return tables, spans


def _line_start(text: str, i: int) -> int:
    return text.rfind("\n", 0, i) + 1


def _rd_wrap(text: str, field: list) -> None:
    """psql marks a value that goes on with ``+`` at its line's end (after the padding): the
    part ends before it, and the field waits for its continuation line."""
    s, e = field[1][-1]
    if e > s and text[e - 1] == "+":
        field[1][-1] = (s, len(text[s : e - 1].rstrip()) + s)
        field[2] = True


def _rd_value(text: str, parts: list[tuple[int, int]]) -> Any:
    s, e = parts[0][0], parts[-1][1]
    if len(parts) == 1:
        raw = text[s:e]
        if not raw.strip() or raw == "NULL":
            return None  # (MySQL's and sqlite3's mark of a null: no value, as psql's empty cell)
        if raw[:1] in "[{":
            try:
                p = _Parser(text)
                p.i = s
                v = p.value()
                if p.i == e:
                    return v
            except (ValueError, IndexError, RecursionError):
                pass
        if raw.isdecimal() and len(raw) < 16:
            return int(raw)
        return JStr(raw, s, e, raw, [])
    esc = [(a1, b0, "\n", "db.wrap") for (_, a1), (b0, _) in zip(parts, parts[1:])]
    value = "\n".join(text[a:b] for a, b in parts)
    return JStr(value, s, e, text[s:e], esc)


# --------------------------------------------------------------------------------------------
# Flat configuration files: INI (Python's configparser: "[section]" headers, "key = value",
# values going on over indented lines, "%%" for "%") and Java's .properties ("key=value", the
# key's dots its path, "\uXXXX" and "\:" escapes, a line going on after a "\"). A key's path
# ("post:7399:comment:1" in a section's name, "beitrag.kommentar.1.text") builds the tree:
# its numbered steps are an array's items, an object of ids alone an array of its objects.

_FC_SECTION = re.compile(r"\[([^\]\n]{1,200})\][ \t]*$")
_FC_PAIR = re.compile(r"((?:[^\s=:\\]|\\.){1,200}?)[ \t]*[=:][ \t]*")
_FC_ESCAPE = re.compile(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)")
_FC_PATH = re.compile(r"[^.:/]+")


def may_be_flat_config(lines: list[str]) -> bool:
    """A cheap test: the first content lines (after ``;``, ``#`` or ``!`` comments) are INI
    sections or ``key=value`` pairs with bare values — four or more, two with a dotted or
    sectioned path — and no quoted values (TOML's)."""
    content = [ln for ln in lines[:40] if ln.strip() and ln[:1] not in ";#!" and ln[:1] not in " \t"][:12]
    if len(content) < 4:
        return False
    pairs = sections = paths = quoted = 0
    for ln in content:
        if _FC_SECTION.match(ln):
            sections += 1
            paths += any(c in ln for c in ".:/")
            continue
        m = _FC_PAIR.match(ln)
        if m is None or not m.group(1)[:1].isalpha():
            return False
        pairs += 1
        paths += "." in m.group(1)
        quoted += ln[m.end() : m.end() + 1] in "\"'["
    return pairs >= 3 and quoted * 3 < pairs and (paths >= 2 or sections >= 2)


def parse_flat_config(text: str) -> JObj | None:
    """The tree of an INI or .properties text, or None when a content line is neither a
    section, a pair, a comment nor a value's continuation."""
    lines = text.split("\n")
    ini = any(_FC_SECTION.match(ln) for ln in lines[:400])
    root = JObj()
    section: list[JStr] = []
    pos = 0
    cur: list | None = None  # [path, value start, parts [(start, end)]]
    entries: list[tuple[list[JStr], JStr]] = []

    def close() -> None:
        nonlocal cur
        if cur is not None:
            entries.append((cur[0], _fc_value(text, cur[1], ini)))
        cur = None

    for k, ln in enumerate(lines):
        a = pos
        pos += len(ln) + 1
        if cur is not None and ini and (ln[:1] in " \t" or (not ln.strip() and _fc_next_indented(lines, k))):
            # (configparser's indented line; an empty line inside a value, the value going on
            # after it)
            b = a + len(ln) - len(ln.lstrip())
            cur[1].append((b, max(b, a + len(ln.rstrip()))))  # (configparser's indented line)
            continue
        if cur is not None and not ini and _fc_goes_on(text, cur[1][-1]):
            b = a + len(ln) - len(ln.lstrip())
            cur[1].append((b, max(b, a + len(ln.rstrip()))))  # (a .properties line after a "\")
            continue
        close()
        s = ln.strip()
        if not s or s[:1] in ";#!":
            continue
        m = _FC_SECTION.match(ln)
        if m is not None and ini:
            section = _fc_path(m.group(1), a + m.start(1))
            continue
        m = _FC_PAIR.match(ln)
        if m is None:
            return None
        key = m.group(1)
        path = section + _fc_path(key, a + m.start(1), ini)
        cur = [path, [(a + m.end(), a + len(ln.rstrip()))]]
    close()
    if len(entries) < 3:
        return None
    for path, v in entries:
        o = root
        for step in path[:-1]:
            nxt = o.items.get(step.value)
            if not isinstance(nxt, JObj):
                nxt = JObj()
                o.items[step.value] = nxt
                o.keys[step.value] = step
            o = nxt
        o.items[path[-1].value] = v
        o.keys[path[-1].value] = path[-1]
    return _fc_arrays(root)


def _fc_next_indented(lines: list[str], k: int) -> bool:
    for ln in lines[k + 1 : k + 40]:
        if ln.strip():
            return ln[:1] in " \t"
    return False


def _fc_path(key: str, at: int, ini: bool = True) -> list[JStr]:
    """A key's (or section's) steps, parted by ``.``, ``:`` or ``/``, each with its span."""
    out = []
    for m in _FC_PATH.finditer(key):
        raw = m.group()
        v = raw.strip()
        if not ini:
            v = _FC_ESCAPE.sub(lambda e: e.group()[1:] if e.group()[1] != "u" else _fc_unescape(e.group()), v)
        if v:
            out.append(JStr(v, at + m.start(), at + m.end(), raw, []))
    return out


def _fc_unescape(g: str) -> str:
    """A .properties escape's text: ``\\uXXXX`` (a surrogate pair joined), ``\\n``, ``\\t``,
    ``\\r``, ``\\f``, else the character after the backslash; a ``\\u`` with no four hex
    digits after it (a truncated or broken escape) is left as written."""
    if g[1:2] != "u":
        return {"n": "\n", "t": "\t", "r": "\r", "f": "\f"}.get(g[1:2], g[1:2])
    if len(g) < 6:
        return g
    return _join_surrogates("".join(chr(int(h, 16)) for h in g[2:].split("\\u")))


def _fc_goes_on(text: str, part: tuple[int, int]) -> bool:
    """Does a .properties line end in an odd run of backslashes (its value going on)?"""
    s, e = part
    n = 0
    while e - n - 1 >= s and text[e - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def _fc_value(text: str, parts: list[tuple[int, int]], ini: bool) -> Any:
    """A value from its lines: an INI value's lines joined by line breaks (their indentation
    recorded as ``ini.continuation``, ``%%`` as ``%``); a .properties value's lines joined as
    they stand, its escapes decoded (``\\\\uXXXX``, surrogate pairs joined, ``\\\\n``, ``\\\\:``)."""
    s, e = parts[0][0], parts[-1][1]
    escapes: list[tuple] = []
    out: list[str] = []
    for n, (a, b) in enumerate(parts):
        if n:
            prev = parts[n - 1][1]
            if ini:
                escapes.append((prev, a, "\n", "ini.continuation"))
                out.append("\n")
            else:
                escapes.append((prev - 1, a, "", "properties.continuation"))
                out[-1] = out[-1][:-1] if out and out[-1].endswith("\\") else out[-1]
        seg = text[a:b]
        if ini:
            k = 0
            piece = []
            for m in re.finditer(r"%%", seg):
                piece.append(seg[k : m.start()] + "%")
                escapes.append((a + m.start(), a + m.end(), "%", "ini.escape"))
                k = m.end()
            piece.append(seg[k:])
            out.append("".join(piece))
        else:
            k = 0
            piece = []
            for m in _FC_ESCAPE.finditer(seg):
                g = m.group()
                if m.end() == len(seg) and g == "\\" + seg[-1:] and n < len(parts) - 1 and seg[-1:] == "\\":
                    break
                dec = _fc_unescape(g)
                piece.append(seg[k : m.start()] + dec)
                if dec != g:
                    escapes.append((a + m.start(), a + m.end(), dec, "properties.escape"))
                k = m.end()
            piece.append(seg[k:])
            out.append("".join(piece))
    value = _join_surrogates("".join(out))
    if not value.strip():
        return None
    if value.isdecimal() and len(value) < 16 and not escapes:
        return int(value)
    return JStr(value, s, e, text[s:e], sorted(escapes))


def _fc_arrays(o: Any) -> Any:
    """An object whose keys are all numbers (``kommentar.1``, ``kommentar.2``) or all ids of
    ten digits or more (``post:7399…``) is the array of its values, in their numbers' order
    (ids in the order they stand)."""
    if not isinstance(o, JObj):
        return o
    for k in list(o.items):
        o.items[k] = _fc_arrays(o.items[k])
    keys = list(o.items)
    if keys and all(k.isdecimal() for k in keys):
        if all(len(k) < 10 for k in keys):
            keys.sort(key=int)
        return [o.items[k] for k in keys]
    return o


# --------------------------------------------------------------------------------------------
# redis-cli's replies: after each prompt ("127.0.0.1:6379> HGETALL li:post:1"), numbered lines
# ' 1) "field"', ' 2) "value"', strings quoted with its escapes ('\"', '\n', '\xe2\x80\x99': a
# string's bytes, UTF-8). A hash's reply (fields and values in turn) is an object; a value
# that holds JSON (a script's "comments_json") is read as JSON, its strings' spans in the text.

_RC_PROMPT = re.compile(r"[\w.-]{1,60}:\d{1,5}(?:\[\d+\])?> ?(.*)$")
_RC_ITEM = re.compile(r'[ \t]*(?:\d{1,6}\)[ \t]+)+"((?:[^"\\\n]|\\.)*)"[ \t]*$')
_RC_ESCAPE = re.compile(r"(?:\\x[0-9a-fA-F]{2})+|\\.")


def may_be_redis(lines: list[str]) -> bool:
    """A cheap test: a redis-cli prompt, then numbered quoted replies, among the first lines."""
    return any(_RC_PROMPT.match(ln) for ln in lines[:6]) and sum(bool(_RC_ITEM.match(ln)) for ln in lines[:40]) >= 4


def parse_redis(text: str) -> tuple[JObj, list[tuple[int, int]]] | None:
    """The hashes redis-cli printed (each reply of an even number of strings whose fields are
    names), as one object holding them under ``hashes``, and the spans of their replies (the
    prompts and other replies are preamble); None when there is none."""
    rows: list[JObj] = []
    spans: list[tuple[int, int]] = []
    items: list[tuple[int, int, str]] = []
    pos = 0

    def close() -> None:
        if len(items) >= 4 and len(items) % 2 == 0 and all(
                re.fullmatch(r"[A-Za-z_][\w.:-]{0,60}", raw) for _, _, raw in items[::2]):
            pairs = []
            for (ka, kb, kraw), (va, vb, vraw) in zip(items[::2], items[1::2]):
                pairs.append((JStr(kraw, ka, kb, kraw, []), _rc_value(text, va, vb)))
            rows.append(JObj.of(pairs))
            spans.append((items[0][0] - 1, items[-1][1] + 1))
        items.clear()

    for ln in text.split("\n"):
        a = pos
        pos += len(ln) + 1
        if _RC_PROMPT.match(ln):
            close()
            continue
        m = _RC_ITEM.match(ln)
        if m is not None:
            items.append((a + m.start(1), a + m.end(1), m.group(1)))
        elif ln.strip():
            close()
    close()
    if not rows:
        return None
    return JObj.of([(JStr("hashes", 0, 0, "", []), rows)]), spans


def _rc_decode(text: str, a: int, b: int) -> tuple[str, list[tuple], list[int]]:
    """A redis-cli string's value, its escapes (offset, end, decoded, rule) and, for each
    character of the value (and its end), the offset in the text it came from."""
    out: list[str] = []
    escapes: list[tuple] = []
    where: list[int] = []
    k = a
    for m in _RC_ESCAPE.finditer(text, a, b):
        for n in range(k, m.start()):
            where.append(n)
        out.append(text[k : m.start()])
        g = m.group()
        if g[:2] == "\\x" and len(g) >= 4:  # (a lone "\x", no hex digits: the next branch's)
            data = bytes(int(g[n + 2 : n + 4], 16) for n in range(0, len(g), 4))
            dec = data.decode("utf-8", "replace") if data.isascii() is False else data.decode("ascii")
        else:
            dec = {"n": "\n", "r": "\r", "t": "\t", "a": "\a", "b": "\b"}.get(g[1], g[1])
        out.append(dec)
        where.extend([m.start()] * len(dec))
        escapes.append((m.start(), m.end(), dec, "redis.escape"))
        k = m.end()
    out.append(text[k:b])
    where.extend(range(k, b + 1))
    return "".join(out), escapes, where


def _rc_value(text: str, a: int, b: int) -> Any:
    value, escapes, where = _rc_decode(text, a, b)
    if value[:1] in "[{" and value.rstrip()[-1:] in "]}":
        try:
            p = _Parser(value)
            tree = p.value()
            p.ws()
            if p.i == len(value):
                return _rc_remap(tree, text, escapes, where)
        except (ValueError, IndexError, RecursionError):
            pass
    if value.isdigit() and len(value) < 16:
        try:
            return int(value)
        except ValueError:
            pass  # (digits int() does not read, a superscript's "²": the string as written)
    return JStr(value, a, b, text[a:b], escapes)


def _rc_remap(v: Any, text: str, escapes: list[tuple], where: list[int],
              starts: list[int] | None = None) -> Any:
    """A JSON tree read out of a decoded string, its strings' spans put back on the text: each
    string's escapes are the outer ones inside its span, and its own JSON escapes spanning
    the text their characters came from. (``escapes`` are in the text's order, none inside
    another: each string finds its own by bisection on ``starts``, not by a pass over all of
    them, which made a value of many strings and escapes cost time quadratic in its length.)"""
    if starts is None:
        starts = [x[0] for x in escapes]
    if isinstance(v, list):
        return [_rc_remap(x, text, escapes, where, starts) for x in v]
    if isinstance(v, JObj):
        return JObj({k: _rc_remap(x, text, escapes, where, starts) for k, x in v.items.items()},
                    {k: _rc_remap(x, text, escapes, where, starts) for k, x in v.keys.items()})
    if not isinstance(v, JStr):
        return v
    s, e = where[v.start], where[v.end] if v.end < len(where) else where[-1]
    inner = [(m.start(), m.end()) for m in re.finditer(r"\\(?:u[0-9a-fA-F]{4}|.)", v.raw)]
    esc = []
    covered: list[tuple[int, int]] = []
    for ia, ib in inner:
        ra, rb = where[v.start + ia], where[v.start + ib] if v.start + ib < len(where) else where[-1]
        dec = json.loads('"' + v.raw[ia:ib] + '"')
        esc.append((ra, rb, dec, "redis.escape"))
        covered.append((ra, rb))
    for n in range(bisect.bisect_left(starts, s), len(escapes)):
        x = escapes[n]
        if x[0] >= e:
            break
        if x[1] <= e and not any(ca <= x[0] < cb for ca, cb in covered):
            esc.append(x)
    esc.sort()
    return JStr(v.value, s, e, text[s:e], esc)
