"""The evaluation gate: extraction quality on the labelled corpus must not fall below
``tests/corpus/minimum.json``. Raising a minimum is always allowed; lowering one needs a
reason in the commit message. The real-corpus part skips when ../shared/corpus/real is
absent; the synthetic part always runs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from postscrub import evaluate as ev

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "corpus" / "labels"
HELDOUT_LABELS = ROOT / "tests" / "corpus" / "labels-heldout"
MINIMUM = json.loads((ROOT / "tests" / "corpus" / "minimum.json").read_text(encoding="utf-8"))
REAL = Path(os.environ.get("POSTSCRUB_CORPUS", ROOT.parent / "shared" / "corpus" / "real"))
SHAPES = {"article", "post_page", "post_markdown", "feed", "clipper_markdown", "flattened",
          "scraper_field", "comments_csv", "other"}

needs_real = pytest.mark.skipif(not REAL.is_dir(), reason="the shared real corpus (../shared/corpus/real) is not here")


@pytest.fixture(scope="module")
def synthetic_report() -> ev.Report:
    return ev.evaluate(LABELS, corpus=REAL, only="synthetic")


@pytest.fixture(scope="module")
def real_report() -> ev.Report:
    return ev.evaluate(LABELS, corpus=REAL, only="real")


def _gate(rep: ev.Report, group: str) -> None:
    mins = MINIMUM[group]
    got = rep.score(group)
    assert got >= mins["overall"], f"{group} overall {got:.1f}% < minimum {mins['overall']}%"
    for shape, floor in mins.get("shapes", {}).items():
        s = rep.score(group, shape)
        assert s >= floor, f"{group}/{shape} {s:.1f}% < minimum {floor}%"
    if "ui_violations_max" in mins:
        assert rep.groups[group].ui_violations <= mins["ui_violations_max"]


def test_synthetic_gate(synthetic_report):
    assert synthetic_report.groups["synthetic"].files >= 18
    assert synthetic_report.groups["synthetic"].anchors_missing == 0
    _gate(synthetic_report, "synthetic")


@needs_real
def test_real_gate(real_report):
    assert real_report.groups["real"].files >= 35
    assert real_report.groups["real"].anchors_missing == 0, [d for d in real_report.diagnostics if "anchors" in d]
    _gate(real_report, "real")


def test_heldout_gate():
    """The held-out set (written blind, in languages and layouts the corpus lacks) must not
    regress either; it is ours, so it always runs."""
    rep = ev.evaluate(HELDOUT_LABELS, corpus=REAL, only="heldout")
    assert rep.groups["heldout"].files >= 24
    assert rep.groups["heldout"].anchors_missing == 0
    _gate(rep, "heldout")


@pytest.mark.parametrize("name, files", [("heldout2", 24), ("heldout3", 30), ("heldout4", 20), ("heldout5", 22), ("heldout6", 18),
                                         ("heldout7", 18), ("heldout8", 18), ("heldout9", 22),
                                         ("heldout10", 22), ("heldout11", 24),
                                         ("heldout12", 24), ("heldout13", 24),
                                         ("heldout14", 20), ("heldout15", 20), ("heldout16", 20), ("heldout18", 20), ("heldout19", 20), ("heldout17", 22), ("heldout20", 20), ("heldout21", 20), ("heldout22", 20), ("heldout23", 20),
                                         ("heldout24", 20), ("heldout25", 22), ("heldout26", 20), ("heldout27", 20), ("heldout28", 20), ("heldout29", 20),
                                         ("heldout30", 20), ("heldout31", 22), ("heldout32", 20),
                                         ("heldout33", 20), ("heldout34", 25), ("heldout35", 20),
                                         ("heldout36", 20), ("heldout37", 20), ("heldout38", 18), ("heldout39", 20),
                                         ("heldout40", 20), ("heldout41", 18), ("heldout42", 20), ("heldout43", 20),
                                         ("heldout44", 20), ("heldout45", 20), ("heldout46", 20), ("heldout47", 20),
                                         ("heldout48", 20), ("heldout49", 20), ("heldout51", 20), ("heldout52", 20), ("heldout53", 20), ("heldout50", 20), ("heldout54", 20), ("heldout55", 20), ("heldout56", 20), ("heldout57", 20), ("heldout58", 20), ("heldout59", 20), ("heldout60", 20), ("heldout61", 20), ("heldout65", 20), ("heldout63", 20), ("heldout62", 20), ("heldout64", 20), ("heldout66", 20), ("heldout69", 20), ("heldout67", 20), ("heldout68", 20)])
def test_later_heldout_gates(name, files):
    root = ROOT / "tests" / "corpus"
    rep = ev.evaluate(root / f"labels-{name}", corpus=REAL, only="heldout", heldout=root / name)
    assert rep.groups["heldout"].files >= files
    assert rep.groups["heldout"].anchors_missing == 0, [d for d in rep.diagnostics if "anchors" in d]
    mins = MINIMUM[name]
    assert rep.score("heldout") >= mins["overall"], f"{name} {rep.score('heldout'):.1f}% < {mins['overall']}%"
    assert rep.groups["heldout"].ui_violations <= mins["ui_violations_max"]


@needs_real
def test_overall_gate():
    rep = ev.evaluate(LABELS, corpus=REAL)
    assert rep.score() >= MINIMUM["overall"], f"overall {rep.score():.1f}% < minimum {MINIMUM['overall']}%"
    assert rep.score(shape="flattened") >= MINIMUM["flattened"]


def _labels():
    return sorted(LABELS.glob("*.json"))


@pytest.mark.parametrize("path", _labels(), ids=lambda p: p.stem)
def test_label_is_well_formed(path):
    lab = json.loads(path.read_text(encoding="utf-8"))
    assert set(lab) >= {"file", "shape", "records"}
    assert lab["shape"] in SHAPES
    assert lab["records"], "a label holds at least one record"
    real = not lab["file"].startswith("synthetic:")

    def texts(rec):
        for k in ("body", "cta"):
            if isinstance(rec.get(k), dict):
                yield k, rec[k]
        stack = list(rec.get("comments") or [])
        while stack:
            c = stack.pop()
            if isinstance(c.get("text"), dict):
                yield "comment", c["text"]
            stack.extend(c.get("replies") or [])

    for rec in lab["records"]:
        for kind, spec in texts(rec):
            assert ("exact" in spec) != ("start" in spec), f"{kind}: give anchors or exact text"
            if real:  # licence: real labels hold anchors only, never long dump text
                if "exact" in spec:
                    assert len(spec["exact"].split()) <= 3, f"{kind}: exact text in a real label"
                else:
                    for side in ("start", "end"):
                        assert len(spec.get(side, "").split()) <= 8, f"{kind}.{side} anchor too long"


def _heldout_labels():
    return sorted((ROOT / "tests" / "corpus").glob("labels-heldout*/*.json"))


@pytest.mark.parametrize("path", _heldout_labels(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_heldout_label_is_well_formed(path):
    """Every held-out label names a dump of its own set that exists, and says what it expects in
    a form the evaluator reads (a set whose label is malformed would score nothing silently)."""
    lab = json.loads(path.read_text(encoding="utf-8"))
    assert set(lab) >= {"file", "shape", "records"}
    assert lab["shape"] in SHAPES
    assert lab["records"], "a label holds at least one record"
    prefix, _, name = lab["file"].partition(":")
    assert prefix == "heldout"
    assert (path.parent.parent / path.parent.name.removeprefix("labels-") / name).is_file()
    for rec in lab["records"]:
        stack = [rec, *(rec.get("comments") or [])]
        while stack:
            item = stack.pop()
            for key in ("body", "cta", "text"):
                spec = item.get(key)
                if isinstance(spec, dict):
                    assert ("exact" in spec) != ("start" in spec), f"{key}: give anchors or exact text"
            stack.extend(item.get("replies") or [])
