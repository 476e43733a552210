"""The output record (schema ``postscrub/1``) and its JSON form.

Fields may be added to schema 1; none is ever renamed or removed.
"""

from __future__ import annotations

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
