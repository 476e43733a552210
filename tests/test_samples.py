"""Golden test: every bundled sample gives exactly its expected record."""

from __future__ import annotations

import json
import os

import pytest

from postscrub import process_bytes
from postscrub.render import render_json

from .conftest import ROOT, SAMPLES

CASES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md") and
               p.with_suffix(".expected.json").exists())


@pytest.mark.parametrize("dump", CASES, ids=lambda p: p.name)
def test_sample_matches_expected(dump):
    source = os.path.relpath(dump, ROOT)
    got = json.loads(render_json(process_bytes(dump.read_bytes(), source=source)))
    want = json.loads(dump.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert got == want


def test_there_are_samples():
    assert CASES, "samples/ holds no dump with an .expected.json beside it"
