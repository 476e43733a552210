"""Bytes -> text: the one place where bytes of unknown encoding become ``str``.

Order (FIELD-NOTES §2): a BOM wins; then strict UTF-8; then detection (charset-normalizer)
among the encodings scrapers actually produce; a file that is not text raises
:class:`NotTextError`.
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class NotTextError(ValueError):
    """The input is not text in any encoding we can recognise."""


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.count(0) > len(sample) // 10:
        return True
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    return ctrl > len(sample) // 20


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding name)``."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise NotTextError(f"has a {name} byte-order mark but is not valid {name}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise NotTextError("looks like a binary file, not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise NotTextError("is not text in any encoding postscrub recognises")
    return str(best), best.encoding
