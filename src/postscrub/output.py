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


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename,
    so that ``path`` is either its old self or complete, never half-written. A device or a
    pipe (``-o /dev/null``, a FIFO) is written through: renaming over it would replace the
    device node itself with a file (as root, /dev/null would be gone)."""
    if is_special_file(path):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return
    fh, tmp = open_temp_beside(path)
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
