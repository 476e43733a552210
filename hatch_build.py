"""Build hook: a wheel built from source ships its patterns compiled for the interpreter that
builds it (``postscrub/_regex_cache.json``), as pip byte-compiles the modules it installs.

A filter is started once per file, and compiling postscrub's patterns is most of a first run's
start-up (see ``postscrub/_re.py``). The hook runs the bundled samples through the pipeline in a
child process of this interpreter, with the pattern cache pointed at a temporary folder, and puts
the file it wrote in the wheel. ``pip install .`` builds with the Python it installs for, so the
file's key (``sys.version``) is the one the installed package runs with; a wheel used by another
Python carries a file that is never read. Nothing here can fail a build: when the child fails
or times out, the wheel is built without the file. Editable installs get no file (their
patterns are cached under ``~/.cache/postscrub`` on the first run).
"""

from __future__ import annotations

import glob
import os
import subprocess
import sys
import tempfile

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # (imported by the tests, where hatchling need not be installed)
    BuildHookInterface = object  # type: ignore[assignment,misc]

TARGET = "postscrub/_regex_cache.json"

# (run in a child: what it imports and compiles stays out of the build's process)
_CHILD = """
import glob, os, sys
root = sys.argv[1]
sys.path.insert(0, os.path.join(root, "src"))
from postscrub import pipeline
for path in sorted(glob.glob(os.path.join(root, "samples", "*.txt"))):
    with open(path, "rb") as f:
        pipeline.process_bytes(f.read(), source=os.path.basename(path))
"""


def build_pattern_cache(root: str, folder: str, timeout: float = 300.0) -> str | None:
    """Compile the patterns a run of the samples uses, into a cache file in ``folder``; its
    path, or None when none was written."""
    env = {k: v for k, v in os.environ.items() if k not in ("POSTSCRUB_NO_CACHE", "PYTHONPATH")}
    env["POSTSCRUB_CACHE_DIR"] = folder
    try:
        subprocess.run([sys.executable, "-I", "-c", _CHILD, root], env=env, timeout=timeout, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    found = sorted(glob.glob(os.path.join(folder, "regex-*.json")))
    if len(found) != 1:
        return None
    os.chmod(found[0], 0o644)  # (readable by every user of a system-wide install)
    return found[0]


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        path = build_pattern_cache(self.root, tempfile.mkdtemp(prefix="postscrub-build-"))
        if path is not None:
            build_data["force_include"][path] = TARGET
