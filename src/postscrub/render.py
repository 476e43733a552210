"""Renderers: records -> text. They return strings; they never print."""

from __future__ import annotations

from collections.abc import Sequence

from .document import Record, to_json

FORMATS = ("json", "jsonl", "text", "rich")


def render_json(records: Sequence[Record]) -> str:
    """One record as an object; several (a feed copy) as an array (``json.dumps`` of their
    ``to_dict()``, ``indent=2``, ``ensure_ascii=False``)."""
    if not isinstance(records, (list, tuple)):
        records = list(records)
    if len(records) == 1:
        return to_json(records[0], 2) + "\n"
    if not records:
        return "[]\n"
    return "[\n" + render_json_items(records) + "\n]\n"


def render_json_items(records: Sequence[Record]) -> str:
    """The records as items of an indented JSON array (each indented one level, parted by
    ``,\n``), without the brackets: a batch's pieces joined into one array."""
    return ",\n".join("  " + to_json(r, 2, 1) for r in records)


def render_jsonl(records: Sequence[Record]) -> str:
    """One compact object per line (``separators=(",", ":")``, ``ensure_ascii=False``)."""
    return "".join([to_json(r) + "\n" for r in records])


def render_text(records: Sequence[Record]) -> str:
    """The clean body alone (records parted by a blank line), for piping."""
    return "".join(r.body + "\n" for r in records if r.body) if len(records) <= 1 else "\n".join(
        r.body + "\n" for r in records if r.body
    )


def render_rich(records: Sequence[Record], width: int = 80, style: str = "plain") -> str:
    """The view for people (see :mod:`postscrub.view`; rich is imported only here)."""
    from .view import render_rich as _render_rich

    return _render_rich(records, width=width, style=style)


RENDERERS = {"json": render_json, "jsonl": render_jsonl, "text": render_text, "rich": render_rich}


def render(records: Sequence[Record], fmt: str) -> str:
    return RENDERERS[fmt](records)


def render_explain(records: Sequence[Record]) -> str:
    """Every repair as one human-readable line: where, which rule, what changed."""
    from .sources import display_name

    out: list[str] = []
    for r in records:
        source = display_name(r.source)  # (a name's escape sequences never reach the terminal)
        head = source if len(records) == 1 else f"{source} #{r.index}"
        out.append(f"{head}: {len(r.repairs)} repair(s)\n")
        where = [f"{rep.line}:{rep.column}" for rep in r.repairs]
        pad = max(map(len, where), default=0)  # (so that the rules stand in one column)
        for at, rep in zip(where, r.repairs):
            change = repr(rep.text) + (f" -> {rep.replacement!r}" if rep.replacement else " removed")
            out.append(f"  {at:<{pad}}  {rep.rule:<28} {change}\n")
        for w in r.warnings:
            out.append(f"  warning: {w}\n")
    return "".join(out)
