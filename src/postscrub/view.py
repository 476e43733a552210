"""The human view: records (and what was repaired in them) as a person reads them, with rich.

Everything here *returns* renderables or strings; nothing prints. The CLI decides where the
text goes (stdout, a file, a pager) and which :data:`STYLES` the terminal can take.

Two rules hold for every piece of dump text shown here:

* it is never interpreted as rich markup or emoji codes: it only ever enters rich as the
  plain string of a :class:`rich.text.Text` (``[bold]`` or ``[link=…]`` in a comment print
  literally);
* it never carries a control character to the terminal: escape sequences and C0/C1
  controls are removed from record text (:func:`clean`), and shown as inert visible
  symbols in the explain view, which displays the original lines (:func:`visible`).

This module imports rich at import time; import it lazily (``postscrub -f json`` never does).
"""

from __future__ import annotations

import io
from . import _re as re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from .document import Comment, Record, Repair

#: How the output may be styled: ``color`` (ANSI colours and attributes), ``mono``
#: (attributes such as bold and strike-through but no colour: ``NO_COLOR``/``--no-color``),
#: ``plain`` (no escape sequence at all: pipes, files, ``TERM=dumb``). In ``plain`` the
#: explain view marks changes with ``[-removed-]{+inserted+}`` (the ``git diff
#: --word-diff=plain`` convention), since strike-through cannot be seen there.
STYLES = ("color", "mono", "plain")

# --------------------------------------------------------------------------------------------
# Making dump text safe to show

# ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/APC/PM/SOS (… BEL or ST), and the
# two-character escapes. The 8-bit C1 forms (CSI = U+009B, OSC = U+009D …) are covered too.
_ESCAPE_SEQ = re.compile(
    r"""
      (?:\x1b\[|\x9b) [0-?]* [ -/]* [@-~]                         # CSI … final byte
    | (?:\x1b[\]P^_X]|[\x9d\x90\x9e\x9f\x98]) .*? (?:\x07|\x1b\\|\x9c|$)  # OSC, DCS, PM, APC, SOS
    | \x1b [ -/]* [0-~]                                           # other ESC sequences
    """,
    re.VERBOSE | re.DOTALL,
)
# C0 (but tab and newline), DEL, C1; and the bidi controls that reorder what a terminal shows
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` without escape sequences or control characters (tab and newline kept):
    safe to hand to a terminal."""
    if text.isascii() and text.isprintable():
        return text
    return _CONTROL.sub("", _ESCAPE_SEQ.sub("", text))


def _picture(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (ESC shows as ␛)
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def visible(text: str) -> str:
    """``text`` with every control character (tab and newline too) replaced by a visible,
    inert stand-in (control pictures such as ``␛``, or ``<U+009B>``): for showing exactly
    what the dump held without letting it act on the terminal."""
    if text.isascii() and text.isprintable():
        return text
    return re.sub("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", lambda m: _picture(m.group()), text)


def _t(text: str | None, style: str = "") -> Text:
    """Dump text as a rich Text: cleaned, never parsed as markup, folded when too long."""
    return Text(clean(text or ""), style=style, overflow="fold")


# --------------------------------------------------------------------------------------------
# The record view

_S = {
    "title": "bold",
    "name": "bold cyan",
    "bio": "italic",
    "meta": "dim",
    "age": "dim",
    "heading": "bold",
    "cta": "yellow",
    "sign_off": "italic green",
    "hashtag": "cyan",
    "mention": "magenta",
    "link": "underline blue",
    "warning": "bold yellow",
    "reply": "dim",
}


def _age(age: str | None, age_iso: str | None) -> Text:
    if not age:
        return Text("")
    out = _t(age, _S["age"])
    if age_iso:
        out.append(f" ({clean(age_iso)})", _S["age"])
    return out


def _paragraphs(text: str, style: str = "") -> Group:
    parts: list[RenderableType] = []
    for i, para in enumerate(p for p in text.split("\n\n") if p.strip()):
        if i:
            parts.append(Text(""))
        parts.append(_t(para.strip("\n"), style))
    return Group(*parts)


def _section(title: str, count: int | None = None) -> Rule:
    label = Text(title, style=_S["heading"])
    if count is not None:
        label.append(f" ({count})", _S["meta"])
    return Rule(label, align="left", style="dim")


def _header(record: Record, many: bool) -> RenderableType:
    lines: list[RenderableType] = []
    if record.title:
        lines.append(_t(record.title, _S["title"]))
    who = Text(overflow="fold")
    if record.author.name:
        who.append_text(_t(record.author.name, _S["name"]))
    age = _age(record.age, record.age_iso)
    if age:
        if who:
            who.append(" · ", _S["meta"])
        who.append_text(age)
    if who:
        lines.append(who)
    if record.author.bio:
        lines.append(_t(record.author.bio, _S["bio"]))
    meta = _t(record.source + (f" #{record.index}" if many else ""), _S["meta"])
    facts = [record.shape, record.encoding or "", _n(len(record.repairs), "repair")]
    if record.warnings:
        facts.append(_n(len(record.warnings), "warning"))
    meta.append("".join(f" · {clean(f)}" for f in facts if f), _S["meta"])
    lines.append(meta)
    return Panel(Group(*lines), border_style="dim", expand=True)


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _comment(c: Comment, depth: int) -> RenderableType:
    head = Text(overflow="fold")
    head.append("↳ " if depth else "● ", _S["meta"])
    head.append_text(_t(c.author.name, _S["name"]) if c.author.name else Text("(no name)", _S["meta"]))
    age = _age(c.age, c.age_iso)
    if age:
        head.append(" · ", _S["meta"])
        head.append_text(age)
    if c.reactions is not None:
        head.append(f" · {_n(c.reactions, 'reaction')}", _S["meta"])
    parts: list[RenderableType] = [head]
    if c.author.bio:
        parts.append(Padding(_t(c.author.bio, _S["bio"] + " dim"), (0, 0, 0, 2)))
    if c.text:
        parts.append(Padding(_paragraphs(c.text), (0, 0, 0, 2)))
    for reply in c.replies:
        parts.append(Padding(_comment(reply, depth + 1), (0, 0, 0, 2)))
    return Group(*parts)


def _tags(record: Record) -> Text | None:
    items: list[Text] = []
    items += [_t(h if h.startswith("#") else "#" + h, _S["hashtag"]) for h in record.hashtags]
    items += [_t(m if m.startswith("@") else "@" + m, _S["mention"]) for m in record.mentions]
    if not items:
        return None
    return Text("  ", overflow="fold").join(items)


def repair_counts(record: Record) -> Table:
    """Repairs counted by rule, most frequent first (ties by name)."""
    counts = Counter(r.rule for r in record.repairs)
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0), pad_edge=False)
    table.add_column("rule", overflow="fold")
    table.add_column("count", justify="right")
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(_t(rule), Text(str(n)))
    return table


def record_view(record: Record, *, many: bool = False) -> RenderableType:
    """One record as a person reads it: header (title, author, bio, age), body paragraphs,
    sign-off and call to action set apart, hashtags and mentions, links, comments with
    replies indented, warnings highlighted, and repairs counted by rule."""
    parts: list[RenderableType] = [_header(record, many)]
    if record.body:
        parts += [Text(""), _paragraphs(record.body)]
    if record.sign_off:
        parts += [Text(""), Padding(_t(record.sign_off, _S["sign_off"]), (0, 0, 0, 4))]
    if record.cta:
        parts += [
            Text(""),
            Panel(_paragraphs(record.cta), title=Text("call to action", _S["cta"]),
                  title_align="left", border_style=_S["cta"]),
        ]
    tags = _tags(record)
    if tags:
        parts += [Text(""), tags]
    if record.links:
        parts += [Text("")] + [_t(u, _S["link"]) for u in record.links]
    if record.reactions is not None:
        parts += [Text(""), Text(_n(record.reactions, "reaction"), _S["meta"])]
    if record.comments:
        parts += [Text(""), _section("Comments", len(record.comments))]
        for i, c in enumerate(record.comments):
            if i:
                parts.append(Text(""))
            parts.append(_comment(c, 0))
    if record.warnings:
        parts += [Text(""), _section("Warnings", len(record.warnings))]
        for w in record.warnings:
            line = Text("⚠ ", _S["warning"], overflow="fold")
            line.append_text(_t(w, "yellow"))
            parts.append(line)
    if record.repairs:
        parts += [Text(""), _section("Repairs", len(record.repairs)), repair_counts(record)]
    return Group(*parts)


def records_view(records: Sequence[Record]) -> RenderableType:
    many = len(records) > 1
    parts: list[RenderableType] = []
    for i, r in enumerate(records):
        if i:
            parts.append(Text(""))
        parts.append(record_view(r, many=many))
    return Group(*parts)


# --------------------------------------------------------------------------------------------
# The explain view: original lines, with what was removed struck through and the rule named

#: Rule families and their colour in the explain view (strike-through for what went,
#: green for what stands there now).
_RULE_COLOURS = (
    ("lost_character", "red"),
    ("mojibake", "magenta"),
    ("html_entity", "magenta"),
    ("invisible_character", "blue"),
    ("line_separator", "blue"),
    ("unicode_nfc", "magenta"),
    ("ui.", "yellow"),
)


def rule_colour(rule: str) -> str:
    for prefix, colour in _RULE_COLOURS:
        if rule.startswith(prefix):
            return colour
    return "red"


@dataclass(slots=True)
class _Placed:
    repair: Repair
    start: int  # span in the original line
    end: int
    exact: bool  # the recorded text was found there (False: best effort)


# NBSP and the other fixed-width spaces become a plain space without a record (whitespace for
# whitespace), so a recorded text may differ from the original there and only there
_SPACES = str.maketrans({c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                         "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})


def _same(original: str, recorded: str) -> bool:
    return original == recorded or original.translate(_SPACES) == recorded.translate(_SPACES)


def place_repairs(original: str, repairs: Sequence[Repair]) -> list[_Placed]:
    """Find where each repair of one line stands in the *original* line.

    A repair records the text as it was when its rule fired, at the column of the original
    line. For the first rules (mojibake) that text is the original; a later rule may have
    removed text an earlier rule produced (a UI line whose mojibake was fixed first). So the
    repairs are placed in generations: those matching the original, then those matching the
    line with the first generation applied, and so on, each span mapped back to the original.
    """
    # each char of the current text knows the original span it stands for
    cur = original
    origin = [(i, i + 1) for i in range(len(original))]
    todo = sorted(repairs, key=lambda r: (r.column, r.line))
    placed: list[_Placed] = []
    while todo:
        found: list[tuple[int, int, _Placed]] = []  # (cur start, cur end, placed)
        rest: list[Repair] = []
        taken: list[tuple[int, int]] = []
        for rep in todo:
            col = rep.column - 1
            # position in the current text standing for original column `col`
            p = next((k for k, (s, _) in enumerate(origin) if s >= col), len(cur))
            n = len(rep.text)
            if p == len(cur) and rep.text and not rep.text.strip("\n\u2028\u2029"):
                # a line end (a separator read as one, a doubled one dropped): it stands just
                # past the line's text, where the line ends
                placed.append(_Placed(rep, len(original), len(original), True))
                continue
            if _same(cur[p : p + n], rep.text) and not any(p < b and a < p + n for a, b in taken):
                if n:
                    a, b = origin[p][0], origin[p + n - 1][1]
                else:
                    a = b = origin[p][0] if p < len(origin) else len(original)
                found.append((p, p + n, _Placed(rep, a, b, True)))
                taken.append((p, p + n))
            else:
                rest.append(rep)
        if not found:
            for rep in rest:  # best effort: from the column, as long as the recorded text
                a = min(max(rep.column - 1, 0), len(original))
                placed.append(_Placed(rep, a, min(a + len(rep.text), len(original)), False))
            break
        placed += [f for _, _, f in found]
        # apply this generation to the current text
        new_cur: list[str] = []
        new_origin: list[tuple[int, int]] = []
        cursor = 0
        for p, q, f in sorted(found, key=lambda x: (x[0], x[1])):
            new_cur.append(cur[cursor:p])
            new_origin += origin[cursor:p]
            new_cur.append(f.repair.replacement)
            new_origin += [(f.start, f.end)] * len(f.repair.replacement)
            cursor = q
        new_cur.append(cur[cursor:])
        new_origin += origin[cursor:]
        cur, origin = "".join(new_cur), new_origin
        todo = rest
    return sorted(placed, key=lambda f: (f.start, f.end))


def _elide(text: str, keep: int, style: str, *, head: bool, tail: bool) -> Text:
    """Unchanged text between changes: kept whole when short, else its ends only."""
    out = Text()
    limit = (keep if head else 0) + (keep if tail else 0)
    if len(text) <= limit + 24:
        out.append(visible(text), style)
        return out
    left = text[:keep] if head else ""
    right = text[len(text) - keep :] if tail else ""
    out.append(visible(left), style)
    out.append(f"…[{len(text) - len(left) - len(right)} chars]…", "dim")
    out.append(visible(right), style)
    return out


def explain_line(original: str, placed: Sequence[_Placed], *, style: str = "color",
                 context: int = 60) -> Text:
    """One original line, every removed part struck through (coloured by rule), what stands
    there now in green, and long unchanged stretches shortened to ``context`` characters
    each side of a change."""
    plain = style == "plain"
    out = Text(overflow="fold")
    cursor = 0
    spans = sorted(placed, key=lambda f: (f.start, -f.end))
    drawn = 0
    for f in spans:
        if f.end <= cursor and f.start < cursor:
            continue  # inside a change already drawn (fixed, then removed whole): listed below
        if f.start > cursor:
            out.append_text(_elide(original[cursor : f.start], context, "", head=drawn > 0, tail=True))
        drawn += 1
        start = max(f.start, cursor)
        removed = original[start : f.end]
        colour = rule_colour(f.repair.rule)
        if removed:
            shown = _elide(removed, 2 * context, f"strike {colour}", head=True, tail=True)
            if plain:
                out.append("[-")
                out.append_text(shown)
                out.append("-]")
            else:
                out.append_text(shown)
        if f.repair.replacement:
            new = visible(f.repair.replacement)
            out.append(("{+" + new + "+}") if plain else new, "bold green")
        cursor = max(cursor, f.end)
    if cursor < len(original):
        out.append_text(_elide(original[cursor:], context, "", head=drawn > 0, tail=False))
    return out


def _short(text: str, keep: int = 40) -> str:
    text = visible(text)
    return text if len(text) <= 2 * keep + 24 else f"{text[:keep]}…[{len(text) - 2 * keep} chars]…{text[-keep:]}"


def _note(rep: Repair, placed: _Placed | None) -> Text:
    """``col 54  lost_character  ' ?' removed``; ``~`` after the column when the recorded
    text could not be found at that place of the original line (shown there best effort)."""
    out = Text(overflow="fold")
    out.append(f"col {rep.column}{' ~' if placed is not None and not placed.exact else ''}  ", _S["meta"])
    out.append(visible(rep.rule), rule_colour(rep.rule))
    out.append("  ")
    out.append(repr(_short(rep.text)), f"strike {rule_colour(rep.rule)}")
    if rep.replacement:
        out.append(" → ")
        out.append(repr(_short(rep.replacement)), "green")
    else:
        out.append(" removed", _S["meta"])
    return out


def explain_view(record: Record, original: str | None, *, style: str = "color",
                 context: int = 60, warnings: bool = True) -> RenderableType:
    """The original lines a record's repairs touched, each change shown in place (struck
    through, what replaced it in green) and listed under the line with its rule and column.
    ``original`` is the decoded input the record came from; without it only the list is
    shown."""
    from .repair import split_lines

    lines = [ln.text for ln in split_lines(original)] if original is not None else []
    by_line: dict[int, list[Repair]] = {}
    for rep in record.repairs:
        by_line.setdefault(rep.line, []).append(rep)
    title = Text("What changed", _S["heading"])
    title.append_text(_t(f" · {record.source}" + (f" #{record.index}" if record.index else ""),
                         _S["meta"]))
    title.append(f" · {_n(len(record.repairs), 'repair')} on {_n(len(by_line), 'line')}", _S["meta"])
    title.overflow = "fold"  # a long source name wraps rather than being cut
    parts: list[RenderableType] = [title, Rule(style="dim")]
    if not record.repairs:
        parts.append(Text("nothing was changed", _S["meta"]))
    width = len(str(max(by_line, default=1)))
    grid = Table.grid(padding=0)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold", ratio=1)
    bar = Text(" " * width + " │ ", _S["meta"])
    for no in sorted(by_line):
        reps = sorted(by_line[no], key=lambda r: (r.column, r.rule))
        gutter = Text(f"{no:>{width}} │ ", _S["meta"])
        if 1 <= no <= len(lines):
            placed = place_repairs(lines[no - 1], reps)
            grid.add_row(gutter, explain_line(lines[no - 1], placed, style=style, context=context))
            where = {id(p.repair): p for p in placed}
        else:
            grid.add_row(gutter, Text("(this line is not in the input shown)", _S["meta"]))
            where = {}
        for rep in reps:
            grid.add_row(bar, _note(rep, where.get(id(rep))))
    parts.append(grid)
    if not warnings:
        return Group(*parts)
    for w in record.warnings:
        line = Text("⚠ ", _S["warning"], overflow="fold")
        line.append_text(_t(w, "yellow"))
        parts.append(line)
    return Group(*parts)


# --------------------------------------------------------------------------------------------
# To text


def make_console(*, width: int = 80, style: str = "color", file: io.StringIO | None = None,
                 record: bool = False) -> Console:
    """A console that writes to a string, never to the real terminal, whatever the
    environment says: the caller decides width and style."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, not {style!r}")
    return Console(
        file=file if file is not None else io.StringIO(),
        width=max(int(width), 20),
        force_terminal=style != "plain",
        force_jupyter=False,
        force_interactive=False,
        color_system=None if style == "plain" else "standard",
        no_color=style == "mono",
        legacy_windows=False,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
        tab_size=4,
        record=record,
    )


def view(records: Sequence[Record], *, originals: Sequence[str | None] | None = None,
         explain: bool = False, style: str = "color", context: int = 60) -> RenderableType:
    """The whole human view: each record, followed by its explain view when ``explain``
    (``originals[i]`` is the decoded input of ``records[i]``)."""
    many = len(records) > 1
    originals = list(originals) if originals is not None else [None] * len(records)
    parts: list[RenderableType] = []
    for i, r in enumerate(records):
        if i:
            parts.append(Text(""))
        parts.append(record_view(r, many=many))
        if explain:
            parts += [Text(""), explain_view(r, originals[i] if i < len(originals) else None,
                                              style=style, context=context, warnings=False)]
    return Group(*parts)


def render_rich(records: Sequence[Record], *, width: int = 80, style: str = "color",
                explain: bool = False, originals: Sequence[str | None] | None = None,
                context: int = 60) -> str:
    """The human view as a string, for ``width`` columns, styled per ``style``
    (see :data:`STYLES`)."""
    console = make_console(width=width, style=style)
    console.print(view(records, originals=originals, explain=explain, style=style, context=context))
    return _tidy(console.file.getvalue(), style)


def _tidy(text: str, style: str) -> str:
    # rich pads lines to the width; unstyled output (pipes, files) should not end lines in blanks
    if style != "plain":
        return text
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))


def render_explain(records: Sequence[Record], originals: Sequence[str | None] | None = None, *,
                   width: int = 80, style: str = "color", context: int = 60) -> str:
    """The explain view alone, as a string."""
    console = make_console(width=width, style=style)
    originals = list(originals) if originals is not None else [None] * len(records)
    for r, text in zip(records, originals):
        console.print(explain_view(r, text, style=style, context=context))
    return _tidy(console.file.getvalue(), style)


# --------------------------------------------------------------------------------------------
# Fitting the terminal (the CLI's side; kept here so the CLI stays thin)


def terminal_style(stream, *, no_color: bool = False, environ=None) -> str:
    """Which of :data:`STYLES` ``stream`` takes: ``plain`` unless it is a terminal (a pipe or
    a file gets no escape sequence) or when ``TERM=dumb``; ``mono`` when colour is refused
    (``--no-color``, or ``NO_COLOR`` set to anything non-empty, https://no-color.org);
    otherwise ``color``. ``FORCE_COLOR`` (non-empty) styles a pipe too, for ``| less -R``."""
    import os

    env = os.environ if environ is None else environ
    try:
        tty = bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError, OSError):
        tty = False
    if env.get("TERM", "").lower() in ("dumb", "unknown"):
        return "plain"
    if not tty and not env.get("FORCE_COLOR"):
        return "plain"
    if no_color or env.get("NO_COLOR"):
        return "mono"
    return "color"


def terminal_size(stream, environ=None) -> tuple[int, int]:
    """``(columns, lines)`` of the terminal behind ``stream``; ``COLUMNS``/``LINES`` win when
    set (as everywhere); 80×24 when there is no terminal to ask."""
    import os

    env = os.environ if environ is None else environ
    cols = lines = 0
    try:
        if stream is not None and stream.isatty():
            cols, lines = os.get_terminal_size(stream.fileno())
    except (AttributeError, ValueError, OSError):
        pass
    for name, current in (("COLUMNS", cols), ("LINES", lines)):
        value = env.get(name, "")
        if value.isdecimal() and value.isascii() and int(value) > 0:
            if name == "COLUMNS":
                cols = int(value)
            else:
                lines = int(value)
    return (cols if cols > 0 else 80), (lines if lines > 0 else 24)


def for_stream(records: Sequence[Record], stream, *, no_color: bool = False, explain: bool = False,
               originals: Sequence[str | None] | None = None, environ=None) -> str:
    """:func:`render_rich` sized and styled for ``stream`` (``None``: a file, plain, 80 wide)."""
    style = terminal_style(stream, no_color=no_color, environ=environ)
    width, _ = terminal_size(stream, environ)
    return render_rich(records, width=width, style=style, explain=explain, originals=originals)


def page(text: str, stream, environ=None) -> bool:
    """Show ``text`` through a pager when it is taller than the terminal behind ``stream``,
    as git does: ``POSTSCRUB_PAGER``, else ``PAGER``, else ``less`` (with ``LESS=FRX`` unless
    ``LESS`` is set). An empty value or ``cat`` means no pager. Returns False when ``text``
    was not paged (the caller then writes it itself)."""
    import os
    import shlex
    import subprocess

    env = dict(os.environ if environ is None else environ)
    try:
        if stream is None or not stream.isatty():
            return False
    except (AttributeError, ValueError, OSError):
        return False
    if env.get("TERM", "").lower() in ("dumb", "unknown"):
        return False
    _, lines = terminal_size(stream, env)
    if text.count("\n") < lines:
        return False
    cmd = env.get("POSTSCRUB_PAGER", env.get("PAGER", "less"))
    try:
        argv = shlex.split(cmd)
    except ValueError:
        return False
    if not argv or argv[0] == "cat":
        return False
    env.setdefault("LESS", "FRX")
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False  # no such pager: write directly
    try:
        proc.communicate(text.encode("utf-8", "replace"))
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the user quit the pager early
    proc.wait()
    return True
