"""Writing results: complete or untouched, never half-written.

One small module so that the single-file CLI and the batch share it without the CLI importing
the batch machinery (start-up).
"""

from __future__ import annotations

import os
import stat
import tempfile


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def open_temp_beside(path: str):
    """A hidden temporary file in ``path``'s folder, with the permissions a plain ``open``
    would give (``mkstemp`` makes it 0600). Returns ``(file object, temporary path)``."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".postscrub-", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
    except OSError:
        pass
    return os.fdopen(fd, "w", encoding="utf-8", newline="\n"), tmp


def is_special_file(path: str) -> bool:
    """A device or a pipe (``/dev/null``, a FIFO): written through, never renamed over."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode) and not os.path.isdir(path)
    except OSError:
        return False


#: The one-line refusal of ``--skip-existing`` without an output folder (one file or several).
SKIP_EXISTING_NEEDS_FOLDER = ("--skip-existing needs a folder output (-o DIR/): it skips inputs "
                              "whose output exists")


def format_for(output: str | None, fmt: str) -> str:
    """The format an output gets: an output file named ``*.jsonl`` means JSON Lines (with one
    input as with several); standard output and other names keep ``fmt``."""
    if output not in (None, "-") and output.endswith(".jsonl") and not output.endswith(("/", os.sep)):
        return "jsonl"
    return fmt


def input_overwritten(output: str | None, paths) -> str | None:
    """The input file that writing ``output`` would replace (the same file, by any name), or
    None. Standard input ('-') has no file to replace."""
    if output in (None, "-"):
        return None
    out = os.path.realpath(os.path.abspath(output))
    for p in paths or ():
        if p == "-":
            continue
        if os.path.realpath(os.path.abspath(p)) == out:
            return p
        try:
            if os.path.samefile(p, output):  # (a hard link)
                return p
        except OSError:
            pass
    return None


class CannotCreate(OSError):
    """The output file could not be created (its folder is missing, or not writable): nothing
    was written. An ``OSError`` with the ``errno`` and ``strerror`` of the failure."""


def write_error(path: str, exc: OSError) -> str:
    """The one-line message for a failed write of ``path`` (``cannot write PATH: reason``),
    with what to do when the file could not even be created."""
    from .sources import display_name

    message = f"cannot write {display_name(path)}: {(exc.strerror or str(exc)).lower()}"
    if isinstance(exc, CannotCreate):
        message += "; check that its folder exists and is writable"
    return message


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename,
    so that ``path`` is either its old self or complete, never half-written. A device or a
    pipe (``-o /dev/null``, a FIFO) is written through: renaming over it would replace the
    device node itself with a file (as root, /dev/null would be gone). Raises
    :class:`CannotCreate` when the file cannot be created, ``OSError`` when writing fails."""
    if is_special_file(path):
        try:
            fh = open(path, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise CannotCreate(exc.errno, exc.strerror) from exc
        with fh:
            fh.write(text)
        return
    try:
        fh, tmp = open_temp_beside(path)
    except OSError as exc:
        raise CannotCreate(exc.errno, exc.strerror) from exc
    try:
        with fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
