"""Every regular expression in postscrub, on 1, 2, 4 and 8 MB of pathological input: does the
cost grow linearly?

    python benchmarks/regex_linearity.py              # all patterns, 1/2/4/8 MB
    python benchmarks/regex_linearity.py --quick      # 0.25/0.5/1/2 MB

How the patterns are found: ``re._compile`` is wrapped before postscrub is imported, and every
pattern compiled from a frame inside the postscrub package is recorded — module-level
``re.compile``, patterns built lazily inside functions (``lru_cache`` factories), and inline
``re.match(r"…", s)`` calls alike. The modules are imported and the pipeline is run over the
bundled sample, the synthetic corpus and (when present) the real corpus, so that lazily
compiled patterns are compiled too.

How each pattern is attacked: a set of generic pathological inputs (runs of one character,
``? `` runs, word/space alternations, digit runs, unterminated URLs, escape and entity
prefixes, mojibake lead bytes, a flattened dump, …) is tried at 32 KB; the input
that costs the most at 32 KB is then scaled to 1, 2, 4 and 8 MB and timed with ``finditer``
(every match, from every position, as the pipeline's searches do). Figures are ratios to the
1 MB run of the same pattern in the same invocation: linear is 2, 4, 8 (quadratic: 4, 16, 64).
A pattern is flagged when two of its three doublings cost more than 3x, or its 8 MB ratio
exceeds 24, or when it is already superlinear between 32 and 64 KB (then it is not run
further), or when it costs more than 25 µs a character already on 4 KB (then it is reported
as SLOW and not run further: such a pattern must only ever see short, bounded input). A linear pattern so slow that the series would take more than
``--budget`` seconds is run at halved sizes until it fits (the ratios mean the same).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = str(ROOT / "src" / "postscrub")

# ---- record every pattern compiled from inside the package ---------------------------------

FOUND: dict[tuple[str, int], tuple[re.Pattern, str]] = {}
_orig_compile = re._compile


def _recording_compile(pattern, flags):
    compiled = _orig_compile(pattern, flags)
    if isinstance(pattern, str):
        f = sys._getframe(1)
        while f is not None and f.f_code.co_filename.endswith(("re/__init__.py", "re.py", "enum.py")):
            f = f.f_back
        if f is not None and os.path.realpath(f.f_code.co_filename).startswith(os.path.realpath(PKG)):
            key = (compiled.pattern, compiled.flags)
            if key not in FOUND:
                where = f"{Path(f.f_code.co_filename).stem}:{f.f_lineno}"
                FOUND[key] = (compiled, where)
    return compiled


re._compile = _recording_compile


def collect() -> list[tuple[re.Pattern, str]]:
    import importlib
    import pkgutil

    import postscrub

    for mod in pkgutil.iter_modules(postscrub.__path__):
        if mod.name in ("dask", "__main__"):
            continue  # optional heavy extra / runs the CLI
        try:
            importlib.import_module(f"postscrub.{mod.name}")
        except Exception as exc:  # noqa: BLE001 - a module that cannot import is reported, not fatal
            print(f"(could not import postscrub.{mod.name}: {exc})", file=sys.stderr)
    from postscrub import process_bytes

    dumps = list((ROOT / "samples").glob("*.txt")) + list((ROOT / "tests" / "corpus" / "synthetic").rglob("*.txt"))
    real = Path(os.environ.get("POSTSCRUB_CORPUS", ROOT.parent / "shared" / "corpus" / "real"))
    if real.is_dir():
        dumps += sorted(p for p in real.iterdir() if p.is_file())
    for p in dumps:
        try:
            process_bytes(p.read_bytes(), source=str(p))
        except Exception:  # noqa: BLE001 - not-text files: the decode patterns still compiled
            pass
    # lru_cache factories that return patterns (``segment._age_regexes``) ran above; module
    # globals holding patterns are picked up here too, in case a module compiled at import
    # time through a path the hook did not see
    for name, mod in list(sys.modules.items()):
        if name.startswith("postscrub"):
            for attr, v in vars(mod).items():
                if isinstance(v, re.Pattern):
                    FOUND.setdefault((v.pattern, v.flags), (v, f"{name.split('.')[-1]}.{attr}"))
    return list(FOUND.values())


# ---- pathological inputs -------------------------------------------------------------------

SEED = (ROOT / "samples" / "seed-article.txt").read_text(encoding="utf-8")

UNITS: dict[str, str] = {
    "a": "a",
    "space": " ",
    "?": "?",
    "? ": "? ",
    "a ": "a ",
    "digits": "1",
    "1 ": "1 ",
    "dots": ".",
    "#": "#",
    "&": "&",
    "&#": "&#1",
    "ESC": "\x1b[",
    "OSC": "\x1b]8;;",
    "url": "https://x.io/a?b=",
    "Ã": "Ã",
    "ðŸ": "ðŸ",
    "NBSP": "\u00a0",
    "CJK": "领英",
    "Aa": "Aa",
    "A. ": "A. ",
    "•": "• ",
    ",": ",",
    "word:": "word: ",
    "[": "[",
    "![": "![a](",
    "[![": "[![",
    "[a](": "[a](",
    "flattened": SEED.replace("\n", " "),
}


def make(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def cost(pat: re.Pattern, text: str, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _m in pat.finditer(text):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="0.25/0.5/1/2 MB instead of 1/2/4/8 MB")
    ap.add_argument("--filter", default="", help="only patterns whose location contains this")
    ap.add_argument("--budget", type=float, default=20.0,
                    help="seconds one pattern may take; a slower one is run at smaller sizes")
    args = ap.parse_args()
    base = 2**18 if args.quick else 2**20
    sizes = [base, 2 * base, 4 * base, 8 * base]
    patterns = [(p, w) for p, w in collect() if args.filter in w]
    patterns.sort(key=lambda pw: pw[1])
    print(f"{len(patterns)} patterns compiled by postscrub; sizes "
          f"{', '.join(f'{s / 2**20:g} MB' for s in sizes)}; ratios to the first size (linear: 2, 4, 8)\n")
    head = f"{'where':<22} {'pattern':<44} {'worst input':<12} {'t(1st)':>8} {'x2':>6} {'x4':>6} {'x8':>6}  verdict"
    print(head)
    print("-" * len(head))
    flagged = 0
    for pat, where in patterns:
        tiny = {name: cost(pat, make(unit, 2**12)) for name, unit in UNITS.items()}
        slowest = max(tiny, key=tiny.get)
        shown = pat.pattern.encode("unicode_escape").decode()[:44]
        if tiny[slowest] > 0.1:  # > 25 µs a character: do not even try 32 KB
            t8 = cost(pat, make(UNITS[slowest], 2**13))
            flagged += 1
            print(f"{where:<22} {shown:<44} {slowest:<12} {'':>8} {'':>6} {'':>6} {'':>6}  "
                  f"SLOW: {tiny[slowest] * 1000:.0f} ms for 4 KB, x{t8 / tiny[slowest]:.1f} for 8 KB "
                  "(searching everywhere; see how the code bounds its input)", flush=True)
            continue
        screen = {name: cost(pat, make(unit, 2**15)) for name, unit in UNITS.items()}
        worst = max(screen, key=screen.get)
        t32 = screen[worst]
        t64 = cost(pat, make(UNITS[worst], 2**16))
        if t64 > 0.05 and t64 / max(t32, 1e-9) > 3.0:
            flagged += 1
            print(f"{where:<22} {shown:<44} {worst:<12} {'':>8} {'':>6} {'':>6} {'':>6}  "
                  f"SUPERLINEAR already at 32->64 KB ({t32:.2f}s -> {t64:.2f}s); not run further",
                  flush=True)
            continue
        # a pattern that is linear but slow is measured at smaller sizes (same ratios), so
        # that one pattern never takes more than about --budget seconds
        run_sizes = list(sizes)
        while run_sizes[0] > 2**16 and t64 * sum(run_sizes) / 2**16 > args.budget:
            run_sizes = [x // 2 for x in run_sizes]
        times = [cost(pat, make(UNITS[worst], x)) for x in run_sizes]
        r = [t / times[0] if times[0] > 0 else float("nan") for t in times]
        steps = [times[i + 1] / times[i] if times[i] > 0 else 0.0 for i in range(3)]
        verdict = "linear"
        # quadratic cost quadruples at every doubling; one step above 3 alone is usually the
        # machine (caches, allocator) at 8 MB, not the pattern
        if times[-1] > 0.05 and (sum(x > 3 for x in steps) >= 2 or r[3] > 24):
            verdict = "SUPERLINEAR"
            flagged += 1
        elif times[-1] <= 0.05:
            verdict = "linear (too fast to tell)"
        if run_sizes != sizes:
            verdict += f", slow: run at {run_sizes[0] / 2**10:g}-{run_sizes[-1] / 2**10:g} KB"
        print(f"{where:<22} {shown:<44} {worst:<12} {times[0] * 1000:>6.1f}ms {r[1]:>6.2f} {r[2]:>6.2f} "
              f"{r[3]:>6.2f}  {verdict}", flush=True)
    print(f"\n{len(patterns)} patterns, {flagged} flagged")
    sys.exit(1 if flagged else 0)


if __name__ == "__main__":
    main()
