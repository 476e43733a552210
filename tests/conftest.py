from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
REAL_CORPUS = Path(os.environ.get("POSTSCRUB_CORPUS", ROOT.parent / "shared" / "corpus" / "real"))


@pytest.fixture
def real_corpus() -> Path:
    if not REAL_CORPUS.is_dir():
        pytest.skip("the shared real corpus (../shared/corpus/real) is not here")
    return REAL_CORPUS
