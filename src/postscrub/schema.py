"""The JSON Schema (draft 2020-12) of the schema-1 record, as ``postscrub schema`` prints it.

Kept in step with :mod:`postscrub.document` by ``tests/test_schema.py``: every key that
``Record.to_dict()`` (and its author, comment and repair parts) produces must be described
here, and nothing else. Records may gain fields within schema 1 (never lose or rename one),
so the schema does not forbid additional properties: a consumer built on this schema keeps
validating newer records.

One record per ``-f jsonl`` line; ``-f json`` prints one record, or an array of records when
a dump holds several posts (``postscrub schema`` describes the record: validate each item).
"""

from __future__ import annotations

import json
from typing import Any

from .document import SCHEMA

_STR_OR_NULL = {"type": ["string", "null"]}
_COUNT_OR_NULL = {"type": ["integer", "null"], "minimum": 0}
_STR_LIST = {"type": "array", "items": {"type": "string"}}
_AGE_ISO = {
    "type": ["string", "null"],
    # ISO-8601 duration as the age finder writes it: P10M, P3D, P1W, P1Y, PT5H, PT30M …
    "pattern": r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$",
}


def _obj(properties: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": list(properties),
    }


AUTHOR = _obj(
    {
        "name": {**_STR_OR_NULL, "description": "the person's name"},
        "bio": {**_STR_OR_NULL, "description": "their headline"},
    },
    "A person: the post's author or a commenter.",
)

COMMENT = _obj(
    {
        "author": {"$ref": "#/$defs/author"},
        "age": {**_STR_OR_NULL, "description": "relative age as written: \"10 个月\", \"3d\", \"1w\""},
        "age_iso": {**_AGE_ISO, "description": "the age as an ISO-8601 duration: \"P10M\", \"P3D\", \"PT5H\""},
        "text": {"type": "string", "description": "the comment's text"},
        "reactions": {**_COUNT_OR_NULL, "description": "reaction count, where shown"},
        "replies": {"type": "array", "items": {"$ref": "#/$defs/comment"}, "description": "replies, same shape"},
    },
    "A comment, with its replies.",
)

REPAIR = _obj(
    {
        "rule": {"type": "string", "minLength": 1,
                 "description": "the rule that made the change: lost_character, mojibake, ui.*, …"},
        "text": {"type": "string", "description": "what was removed or replaced"},
        "replacement": {"type": "string", "description": "what stands there now (\"\" for a removal)"},
        "line": {"type": "integer", "minimum": 1, "description": "1-based line in the decoded input"},
        "column": {"type": "integer", "minimum": 1, "description": "1-based column in that line"},
    },
    "One change made to the dump.",
)

RECORD_PROPERTIES: dict[str, Any] = {
    "schema": {"const": SCHEMA, "description": "the schema this record follows"},
    "source": {"type": "string", "description": "the path as given, or \"-\" for standard input"},
    "index": {"type": "integer", "minimum": 0, "description": "position of the post within its dump"},
    "shape": {"type": "string", "description": "the dump shape recognised (article, plain, …)"},
    "encoding": {**_STR_OR_NULL, "description": "how the input bytes were decoded"},
    "title": {**_STR_OR_NULL, "description": "article title"},
    "author": {"$ref": "#/$defs/author"},
    "age": {**_STR_OR_NULL, "description": "the post's relative age as written"},
    "age_iso": {**_AGE_ISO, "description": "the post's age as an ISO-8601 duration"},
    "body": {"type": "string", "description": "the text, paragraphs joined by a blank line"},
    "cta": {**_STR_OR_NULL, "description": "the call to action"},
    "sign_off": {**_STR_OR_NULL, "description": "the closing line"},
    "hashtags": {**_STR_LIST, "description": "#Tag, in order of first appearance"},
    "mentions": {**_STR_LIST, "description": "people mentioned"},
    "links": {**_STR_LIST, "description": "URLs, where the dump shows them"},
    "reactions": {**_COUNT_OR_NULL, "description": "reaction count, where shown"},
    "comments": {"type": "array", "items": {"$ref": "#/$defs/comment"}},
    "repairs": {"type": "array", "items": {"$ref": "#/$defs/repair"},
                "description": "every change, in input order"},
    "warnings": {**_STR_LIST, "description": "what the dump shows was lost (kind: explanation)"},
}


def record_schema() -> dict[str, Any]:
    """The schema as a fresh dict (safe to modify)."""
    record = _obj(RECORD_PROPERTIES, "One post, article or comment thread cleaned from a scraped "
                  "LinkedIn dump. Fields may be added to schema 1; none is ever renamed or removed.")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:postscrub:schema:record:1",
        "title": f"postscrub record ({SCHEMA})",
        **record,
        "$defs": {"author": AUTHOR, "comment": COMMENT, "repair": REPAIR},
    }
    return json.loads(json.dumps(schema))


def schema_json() -> str:
    """``postscrub schema``'s output: the schema, indented, with a final newline."""
    return json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n"
