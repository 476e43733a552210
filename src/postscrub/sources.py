"""Where dumps come from: stdin, files (folders: see ``batch``). Reading never raises past
this module except as :class:`InputError`, whose message is one line a user can act on."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

#: Inputs larger than this are refused (a dump is at most a few MB; this guards memory).
MAX_INPUT_BYTES = 256 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be read. ``str(exc)`` is the one-line reason."""


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # the path as given, or "-" for stdin
    path: str | None  # None for stdin

    def read_bytes(self) -> bytes:
        if self.path is None:
            try:
                data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            except (OSError, ValueError, AttributeError) as exc:
                raise InputError(f"cannot read standard input: {_reason(exc)}") from exc
        else:
            try:
                with open(self.path, "rb") as fh:
                    data = fh.read(MAX_INPUT_BYTES + 1)
            except IsADirectoryError as exc:
                raise InputError("is a folder: give files, or a folder for batch mode") from exc
            except OSError as exc:
                raise InputError(f"cannot read: {_reason(exc)}") from exc
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(f"is larger than {MAX_INPUT_BYTES // 2**20} MB; split it first")
        return data


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def display_name(path: str) -> str:
    """A path as it can be shown on one line (newlines and undecodable bytes escaped)."""
    return path.encode("utf-8", "backslashreplace").decode("utf-8").replace("\n", "\\n").replace("\r", "\\r")


def resolve(paths: list[str] | None) -> list[Source]:
    """Turn the command line's PATHs into sources. No PATH means standard input."""
    if not paths:
        return [Source("-", None)]
    out = []
    for p in paths:
        if p == "-":
            out.append(Source("-", None))
        else:
            out.append(Source(p, os.fspath(p)))
    return out
