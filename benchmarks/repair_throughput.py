"""Throughput of the whole repair stage next to ``ftfy.fix_text`` alone, on the same text.

The text is the real corpus (../shared/corpus/real, every dump) plus generated posts in five
languages, half of them pushed through a lossy code page, repeated to a few megabytes. Both
sides run in this invocation, best of ``--repeat``; the figure is the ratio
(repair stage MB/s ÷ ftfy MB/s; ≥ 1.0 means the stage is no slower than ftfy alone).

    python benchmarks/repair_throughput.py [--mb 4] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from postscrub import lossy  # noqa: E402
from postscrub.repair import repair_text  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real"


def corpus(mb: float) -> list[str]:
    docs = [p.read_text(encoding="utf-8") for p in sorted(REAL.glob("*.txt"))] if REAL.is_dir() else []
    for i in range(40):
        for lang in lossy.LANGS:
            text = lossy.generate(lang, i)
            if i % 2:
                text = lossy.degrade(text, "gbk" if lang == "zh" else "cp1252", lossy.UNITS[i % 3]).text
            docs.append(text)
    size = sum(len(d.encode()) for d in docs)
    return docs * max(1, int(mb * 1e6 / size))


def best(fn, docs, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    import ftfy

    docs = corpus(args.mb)
    mb = sum(len(d.encode()) for d in docs) / 1e6
    repair_text(docs[0])  # warm up: imports, compiled regexes
    ftfy.fix_text(docs[0])
    t_ftfy = best(ftfy.fix_text, docs, args.repeat)
    t_repair = best(repair_text, docs, args.repeat)
    print(f"{len(docs)} documents, {mb:.1f} MB")
    print(f"ftfy.fix_text alone : {mb / t_ftfy:6.2f} MB/s")
    print(f"repair stage        : {mb / t_repair:6.2f} MB/s  (mojibake, entities, lost ?, whitespace)")
    print(f"ratio repair/ftfy   : {t_ftfy / t_repair:.2f}x  (goal >= 1.0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
