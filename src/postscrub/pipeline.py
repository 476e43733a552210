"""The pipeline: text (or bytes) in, records out. Pure: no I/O, no global state."""

from __future__ import annotations

from .config import Config
from .document import Record
from .repair import RepairLog, repair_lines, split_lines
from . import segment

DEFAULT_CONFIG = Config()


def detect_shape(lines) -> str:
    """Which segmenter fits the dump (recorded as ``record.shape``)."""
    content = [ln for ln in lines if ln.text.strip()]
    if not content:
        return "empty"
    if len(content) >= 3 and (segment.find_title(content) or segment.is_name(content[0].text)):
        return "article"
    return "plain"


_SEGMENTERS = {
    "article": segment.segment_article,
    "plain": segment.segment_plain,
    "empty": segment.segment_plain,
}


def process(
    text: str,
    source: str = "-",
    config: Config = DEFAULT_CONFIG,
    *,
    encoding: str | None = None,
) -> list[Record]:
    """Repair and segment one dump. Returns one record per post found (at least one)."""
    log = RepairLog()
    lines = repair_lines(split_lines(text), log, config)
    shape = detect_shape(lines)
    record = Record(source=source, shape=shape, encoding=encoding)
    _SEGMENTERS[shape](lines, log, record)
    if shape == "plain" and record.body:
        record.warnings.append("no_structure: no LinkedIn post structure found; body is the cleaned text")
    if shape == "empty":
        record.warnings.append("empty: the input holds no text")
    record.repairs = log.sorted()
    return [record]


def process_bytes(data: bytes, source: str = "-", config: Config = DEFAULT_CONFIG) -> list[Record]:
    """Decode bytes of any common encoding, then :func:`process`. Raises
    :class:`postscrub.decode.NotTextError` for input that is not text."""
    from .decode import decode

    text, encoding = decode(data)
    return process(text, source, config, encoding=encoding)
