"""Robustness to capture routes that change characters, not words.

The same page reaches users through routes that change only whitespace and encoding details:
CRLF or lone-CR line ends, every line break doubled (Word, Outlook, some clipboards), runs of
blank lines squeezed or blank lines dropped, trailing spaces, NBSP for spaces (HTML to text),
NFD (macOS; Hangul as jamo), a UTF-8 BOM, one indentation of every line (e-mail clients),
zero-width spaces, U+2028/U+2029 line separators, soft hyphens. A record should not change
because of these.

For every labelled set (each ``tests/corpus/heldoutN`` with its ``labels-heldoutN``, and the
main labels: the real corpus when ``../shared/corpus/real`` exists, and the synthetic dumps),
each dump is rewritten under each perturbation into a temporary folder and the evaluator
(``postscrub.evaluate.evaluate``, in process) is run with the pipeline reading the rewritten
dump. The *expected* side is resolved in the original dump, so what a human expects is what
the label says whatever the route did to the characters (the evaluator compares output
NFC-normalised and whitespace-collapsed: NBSP or a line separator in a name passes, a
zero-width space or soft hyphen does not). A file that does not decode as UTF-8 is kept as it
is (it tests bytes already).

    python benchmarks/perturb.py                       # every set x every perturbation
    python benchmarks/perturb.py --sets heldout14,real --modes nfd,double
    python benchmarks/perturb.py --changed             # and list the dumps whose record changed
    python benchmarks/perturb.py -j 4                  # perturbations in parallel processes
    python benchmarks/perturb.py --modes indent+double,bom+double+trailing   # routes composed

Columns: the overall % of each set unperturbed, then per perturbation the difference from it
(``=`` when the same), and the number of dumps whose records (all fields but ``repairs``,
``source``, ``encoding``) differ from the unperturbed ones.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CORPUS = ROOT / "tests" / "corpus"
REAL = ROOT.parent / "shared" / "corpus" / "real"


# ------------------------------------------------------------------------------ perturbations
def _lf(t: str) -> str:
    return t.replace("\r\n", "\n")


def _each_line(t: str, f: Callable[[str], str]) -> str:
    return "\n".join(f(x) for x in _lf(t).split("\n"))


_WORD_SPACE = re.compile(r"(?<=\w) (?=\w)")
_LONG_WORD = re.compile(r"\b([^\W\d_]{5})([^\W\d_]{5,})")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_BLANKS = re.compile(r"\n(?:[ \t]*\n)+")  # a paragraph break (one or more blank lines)

_TAG = re.compile(r"(<[^<>\n]*>)")


def _outside_tags(t: str, f: Callable[[str], str]) -> str:
    """``f`` applied to the text, not to HTML tags (an HTML-to-text route leaves none)."""
    return "".join(x if k % 2 else f(x) for k, x in enumerate(_TAG.split(t)))


MODES: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: _lf(t).replace("\n", "\r\n"),
    "cr": lambda t: _lf(t).replace("\n", "\r"),
    "double": lambda t: _lf(t).replace("\n", "\n\n"),
    "squeeze": lambda t: _BLANK_RUN.sub("\n\n", _lf(t)),  # runs of blank lines -> one
    "noblank": lambda t: _BLANKS.sub("\n", _lf(t)),  # every blank line dropped
    "trailing": lambda t: _each_line(t, lambda x: x + "  "),
    "nbsp": lambda t: _outside_tags(t, lambda x: _WORD_SPACE.sub("\u00a0", x)),  # between words
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "bom": lambda t: t if t.startswith("\ufeff") else "\ufeff" + t,
    "indent": lambda t: _each_line(t, lambda x: "  " + x if x.strip() else x),
    "tab": lambda t: _each_line(t, lambda x: "\t" + x if x.strip() else x),
    "zwsp": lambda t: _each_line(t, lambda x: "\u200b" + x + "\u200b" if x.strip() else x),
    "lsep": lambda t: _BLANKS.sub("\u2029", _lf(t)).replace("\n", "\u2028"),
    "shy": lambda t: _outside_tags(t, lambda x: _LONG_WORD.sub("\\1\u00ad\\2", x)),  # inside long words
}


def perturb_bytes(data: bytes, mode: str) -> bytes:
    """The dump as the route ``mode`` would deliver it; bytes that are not UTF-8 unchanged."""
    if mode == "none":
        return data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    for m in mode.split("+"):  # ("indent+double": routes composed, the first applied first)
        text = MODES[m](text)
    return text.encode("utf-8")


# ------------------------------------------------------------------------------ sets
def label_sets() -> dict[str, tuple[Path, Path]]:
    """name -> (labels dir, held-out dir); "main" for the main labels (real + synthetic)."""
    sets: dict[str, tuple[Path, Path]] = {}
    for d in sorted(CORPUS.glob("labels-heldout*"), key=lambda p: (len(p.name), p.name)):
        name = d.name[len("labels-"):]
        if (CORPUS / name).is_dir():
            sets[name] = (d, CORPUS / name)
    sets["main"] = (CORPUS / "labels", CORPUS / "heldout")
    return sets


def blind(name: str) -> bool:
    """A set whose failures this project's helpers must not read (only its overall line)."""
    m = re.fullmatch(r"heldout(\d+)", name)
    return name in ("heldout13", "heldout22") or bool(m and int(m.group(1)) >= 24)


def _record_key(records: list[dict]) -> str:
    return json.dumps([{k: v for k, v in r.items() if k not in ("repairs", "source", "encoding")}
                       for r in records], ensure_ascii=False, sort_keys=True)


def run_mode(mode: str, sets: list[str]) -> dict[str, dict]:
    """Evaluate every set with its dumps rewritten by ``mode``: per row (a held-out set, or
    "real"/"synthetic" of the main labels) the overall %, checks and ui, and the records of
    every dump (as a comparable string)."""
    from postscrub import evaluate as ev

    all_sets = label_sets()
    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix=f"perturb-{mode}-") as tmp:
        mirror: dict[Path, Path] = {}
        keys: dict[str, str] = {}

        def run(path: Path) -> list[dict]:
            import postscrub

            data = perturb_bytes(path.read_bytes(), mode)
            dst = mirror.get(path)
            if dst is None:
                dst = Path(tmp) / f"{len(mirror):05d}-{path.name}"
                dst.write_bytes(data)
                mirror[path] = dst
            recs = [r.to_dict() for r in postscrub.process_bytes(dst.read_bytes(), source=str(path))]
            keys[str(path)] = _record_key(recs)
            return recs

        ev._run_pipeline = run  # the evaluator reads the original (expected) and runs on the copy
        for name in sets:
            labels, heldout = all_sets[name]
            keys.clear()
            corpus = REAL if REAL.is_dir() else Path(tmp) / "no-real-corpus"
            rep = ev.evaluate(labels, corpus=corpus, heldout=heldout)
            if name == "main":
                for g, t in sorted(rep.groups.items()):
                    out[g] = {"pct": t.percent, "checks": t.checks, "ui": t.ui_violations, "keys": {}}
                out["main-keys"] = {"keys": dict(keys)}
            else:
                t = rep.overall
                out[name] = {"pct": t.percent, "checks": t.checks, "ui": t.ui_violations, "keys": dict(keys)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="", help="comma-separated: heldout14,heldout2,main (default: all)")
    ap.add_argument("--modes", default="", help="comma-separated, of: " + ",".join(MODES)
                    + " (a+b: b applied after a)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="perturbations evaluated in parallel")
    ap.add_argument("--changed", action="store_true", help="list the dumps whose records changed")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args(argv)
    known = label_sets()
    sets = [s for s in a.sets.split(",") if s] or list(known)
    sets = ["main" if s in ("real", "synthetic") else s for s in sets]
    sets = list(dict.fromkeys(sets))
    for s in sets:
        if s not in known:
            ap.error(f"unknown set {s!r} (known: {', '.join(known)})")
    modes = [m for m in a.modes.split(",") if m] or list(MODES)
    for m in modes:
        if any(x not in MODES for x in m.split("+")):
            ap.error(f"unknown mode {m!r} (known: {', '.join(MODES)}; compose them with '+')")
    todo = ["none", *modes]
    if a.jobs > 1:
        with ProcessPoolExecutor(a.jobs) as pool:
            results = dict(zip(todo, pool.map(run_mode, todo, [sets] * len(todo))))
    else:
        results = {m: run_mode(m, sets) for m in todo}

    base = results["none"]
    rows = [r for r in base if r != "main-keys"]
    # the record keys of a row: the main labels' dumps count under "main"
    def changed(mode: str, row: str) -> list[str]:
        src = "main-keys" if row in ("real", "synthetic") else row
        b, p = base.get(src, {}).get("keys", {}), results[mode].get(src, {}).get("keys", {})
        return sorted(k for k in b if p.get(k) != b[k])

    if a.json:
        print(json.dumps({m: {r: {k: v for k, v in results[m][r].items() if k != "keys"} | {"changed": changed(m, r)}
                              for r in rows} for m in todo}, indent=1))
        return 0
    w = max(len(r) for r in rows) + 1
    cw = {m: max(10, len(m) + 2) for m in modes}
    print(f"{'set':<{w}}{'base':>6}  " + "".join(f"{m:>{cw[m]}}" for m in modes))
    total_changed = {m: 0 for m in modes}
    for r in rows:
        cells = []
        for m in modes:
            d = results[m][r]["pct"] - base[r]["pct"]
            n = len(changed(m, r)) if r not in ("synthetic",) else 0
            if r == "real":  # (the main labels' dumps, real and synthetic, counted once)
                n = len(changed(m, r))
            total_changed[m] += n if r != "synthetic" else 0
            ui = results[m][r]["ui"] - base[r]["ui"]
            cell = ("=" if abs(d) < 0.05 else f"{d:+.1f}") + (f"/{n}" if n else "") + ("u" if ui > 0 else "")
            cells.append(f"{cell:>{cw[m]}}")
        print(f"{r:<{w}}{base[r]['pct']:>6.1f}  " + "".join(cells))
    print(f"{'changed':<{w}}{'':>6}  " + "".join(f"{total_changed[m]:>{cw[m]}}" for m in modes))
    print("\ncell: difference of the overall % from the unperturbed run (= same) / dumps whose records"
          " changed (main labels: counted on the 'real' row); u: more UI violations")
    if a.changed:
        for m in modes:
            names = sorted({f"{'main' if r == 'real' else r}:{Path(k).name}" for r in rows
                            if not blind(r) and r != "synthetic" for k in changed(m, r)})
            if names:
                print(f"{m}: {' '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
