"""Renderers: records -> text. They return strings; they never print."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .document import Record

FORMATS = ("json", "jsonl", "text", "rich")


def render_json(records: Sequence[Record]) -> str:
    """One record as an object; several (a feed copy) as an array."""
    data = [r.to_dict() for r in records]
    payload = data[0] if len(data) == 1 else data
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(records: Sequence[Record]) -> str:
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)


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
    out: list[str] = []
    for r in records:
        head = r.source if len(records) == 1 else f"{r.source} #{r.index}"
        out.append(f"{head}: {len(r.repairs)} repair(s)\n")
        for rep in r.repairs:
            change = repr(rep.text) + (f" -> {rep.replacement!r}" if rep.replacement else " removed")
            out.append(f"  {rep.line}:{rep.column}  {rep.rule:<28} {change}\n")
        for w in r.warnings:
            out.append(f"  warning: {w}\n")
    return "".join(out)
