from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
REAL_CORPUS = Path(os.environ.get("POSTSCRUB_CORPUS", ROOT.parent / "shared" / "corpus" / "real"))

# the compiled-pattern cache (postscrub._re) of the test run, and of the CLI processes it starts,
# in a folder of its own rather than the user's ~/.cache
if "POSTSCRUB_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["POSTSCRUB_CACHE_DIR"] = tempfile.mkdtemp(prefix="postscrub-test-cache-")


@pytest.fixture
def real_corpus() -> Path:
    if not REAL_CORPUS.is_dir():
        pytest.skip("the shared real corpus (../shared/corpus/real) is not here")
    return REAL_CORPUS
