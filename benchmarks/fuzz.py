"""Fuzz ``postscrub.process_bytes`` for a given number of seconds; report executions and crashes.

    python benchmarks/fuzz.py --seconds 600                 # atheris (coverage-guided), if installed
    python benchmarks/fuzz.py --seconds 600 --engine random  # mutation fuzzer, no extra package
    python benchmarks/fuzz.py --seconds 60 --check           # also check invariants on each result

Engines:

* ``atheris`` (``pip install atheris``): libFuzzer's coverage-guided mutation over the bytes
  entry point, with postscrub, ftfy and charset-normalizer instrumented. Seeds: the bundled
  samples and, when present, the real corpus (``../shared/corpus/real`` or
  ``$POSTSCRUB_CORPUS``), copied into a scratch folder so libFuzzer never writes next to them.
* ``random``: a seeded mutation fuzzer over the same seed bytes (bit flips, hostile tokens such
  as ``?`` runs, BOMs, NUL, ESC/OSC sequences, bidi controls, mojibake bytes, splices,
  truncations, duplications). Used automatically when atheris cannot be imported.

A *crash* is any exception other than :class:`postscrub.decode.NotTextError` (the documented
refusal of input that is not text). With ``--check`` a result that is not schema-valid, not
accounted (:func:`postscrub.audit.check_accounted`) or not idempotent counts as a *violation*.
Every distinct crash (exception type + innermost postscrub frame) is saved once under
``--out`` (default ``/tmp/postscrub-fuzz``) as the input bytes plus a ``.txt`` traceback.

The run never stops at the first crash: it keeps going until the time is up, then prints one
summary (``executions``, ``exec/s``, ``crashes``, ``distinct``, ``violations``, slowest input)
and exits 1 when anything crashed, else 0. This is a script, not a test: never run it in CI.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = Path(os.environ.get("POSTSCRUB_CORPUS", ROOT.parent / "shared" / "corpus" / "real"))

HOSTILE_TOKENS = [
    b"?", b"??", b"? ", b" ?? ", b"????", b"\xef\xbc\x9f",  # ？
    b"\x00", b"\x1b[31m", b"\x1b]8;;https://x.y\x07", b"\x1b]0;t\x1b\\", b"\x1b[0m",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\r", b"\r\n", b"\n\n", b"\t",
    b"\xe2\x80\xae", b"\xe2\x80\x8b", b"\xe2\x80\x8d", b"\xc2\xa0", b"\xe2\x81\xa6",  # RLO ZWSP ZWJ NBSP LRI
    b"\xc3\xa2\xe2\x82\xac\xe2\x84\xa2", b"\xc3\xb0\xc5\xb8\xc5\xa1\xe2\x82\xac",  # â€™ ðŸš€
    b"&amp;", b"&#0;", b"&#x110000;", b"&lt;", b"&nbsp;", b"#Tag", b"hashtag#",
    "领英推荐".encode(), b"Recommended by LinkedIn", "10 个月".encode(), b"2w", b"3d ",
    b"...more", b"Like", b"Reply", b"\xed\xa0\xbd", b"\xf0\x9f\x91\x8d", b"\xff", b"\x80",
    b"[b]", b"[/b]", b"[link=x]", b"https://www.linkedin.com/in/x?trk=a", b": ", b" | ",
]


def seeds() -> list[bytes]:
    out = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.txt"))]
    if REAL.is_dir():
        out += [p.read_bytes() for p in sorted(REAL.iterdir()) if p.is_file()]
    out += [b"", b" \n\t", b"?" * 64, b"? " * 64, b"A title\nJane Doe\nCEO | Acme\nBody.\n"]
    return out


# --------------------------------------------------------------------------------------------
# What one execution checks


class Harness:
    def __init__(self, check: bool, out: Path) -> None:
        from postscrub import process_bytes
        from postscrub.decode import NotTextError

        self.process_bytes = process_bytes
        self.NotTextError = NotTextError
        self.check = check
        self.out = out
        self.execs = 0
        self.crashes = 0
        self.violations = 0
        self.by_kind: dict[str, int] = {}  # how many inputs hit each distinct crash or violation
        self.rejected = 0
        self.distinct: dict[str, str] = {}
        self.slowest = (0.0, 0)
        if check:
            from postscrub import audit

            self.audit = audit

    def run(self, data: bytes) -> None:
        self.execs += 1
        t0 = time.perf_counter()
        try:
            records = self.process_bytes(data, source="fuzz")
            problems = self._check(data, records) if self.check else []
        except self.NotTextError:
            self.rejected += 1
            return
        except Exception as exc:  # noqa: BLE001 - a crash is what we are looking for
            self.crashes += 1
            self._save("crash", data, exc)
            return
        finally:
            dt = time.perf_counter() - t0
            if dt > self.slowest[0]:
                self.slowest = (dt, len(data))
                if dt > 1.0:  # keep the slowest input: a regex or a loop may be superlinear
                    self.out.mkdir(parents=True, exist_ok=True)
                    (self.out / "slowest.bin").write_bytes(data)
        if problems:
            self.violations += 1
            self._save("violation", data, None, problems)

    def _check(self, data: bytes, records) -> list[str]:
        from postscrub.decode import decode
        from postscrub.pipeline import process

        text, _ = decode(data)
        problems = self.audit.check_accounted(text, records)
        for r in records:
            again = process(r.body, source="fuzz")
            if "\n\n".join(x.body for x in again) != r.body:
                problems.append(f"not idempotent: body {r.body[:60]!r} changes when cleaned again")
        return problems

    def _save(self, kind: str, data: bytes, exc: BaseException | None, problems=None) -> None:
        if exc is not None:
            tb = traceback.extract_tb(exc.__traceback__)
            ours = [f for f in tb if "postscrub" in f.filename] or tb
            key = f"{type(exc).__name__}@{Path(ours[-1].filename).name}:{ours[-1].lineno}"
            detail = "".join(traceback.format_exception(exc))
        else:
            first = re.sub(r"\[\d+\]|\d+", "N", problems[0])
            key = f"{kind}:{first.split(' holds ')[0].split(':')[0]}"
            detail = "\n".join(problems)
        self.by_kind[key] = self.by_kind.get(key, 0) + 1
        if key in self.distinct:
            return
        digest = hashlib.sha1(data).hexdigest()[:12]
        self.distinct[key] = digest
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / f"{kind}-{digest}.bin").write_bytes(data)
        (self.out / f"{kind}-{digest}.txt").write_text(f"{key}\n\n{detail}\n", encoding="utf-8")
        print(f"[fuzz] new {kind}: {key} (input {len(data)} bytes -> {self.out}/{kind}-{digest}.bin)",
              file=sys.stderr, flush=True)

    def report(self, engine: str, seconds: float) -> int:
        rate = self.execs / seconds if seconds else 0.0
        print(f"engine={engine} seconds={seconds:.0f} executions={self.execs} exec/s={rate:.1f} "
              f"not_text_rejections={self.rejected} crashes={self.crashes} distinct={len(self.distinct)} "
              f"violations={self.violations} slowest={self.slowest[0]*1000:.0f}ms "
              f"(input {self.slowest[1]} bytes{', saved as slowest.bin' if self.slowest[0] > 1.0 else ''})", flush=True)
        for key, digest in sorted(self.distinct.items(), key=lambda kv: -self.by_kind.get(kv[0], 0)):
            print(f"  {self.by_kind.get(key, 0):>6}  {key}  {self.out}/{digest}", flush=True)
        return 1 if self.crashes else 0


# --------------------------------------------------------------------------------------------
# Engines


def instrument() -> None:
    import atheris

    with atheris.instrument_imports():
        import charset_normalizer  # noqa: F401
        import ftfy  # noqa: F401

        import postscrub.decode  # noqa: F401
        import postscrub.pipeline  # noqa: F401
        import postscrub.qmark  # noqa: F401
        import postscrub.repair  # noqa: F401
        import postscrub.segment  # noqa: F401
        try:
            import postscrub.audit  # noqa: F401
        except ImportError:
            pass


def run_atheris(h: Harness, seconds: float, max_len: int) -> None:
    import atheris

    work = Path("/tmp/postscrub-fuzz-corpus")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for i, s in enumerate(seeds()):
        (work / f"seed-{i:03d}").write_bytes(s[:max_len])
    start = time.monotonic()

    def one(data: bytes) -> None:
        h.run(data)
        if time.monotonic() - start >= seconds:
            code = h.report("atheris", time.monotonic() - start)
            sys.stdout.flush()
            os._exit(code)  # libFuzzer's own exit would skip the report

    argv = [sys.argv[0], f"-max_len={max_len}", "-rss_limit_mb=8192", "-timeout=60",
            "-print_final_stats=0", "-close_fd_mask=0", str(work)]
    atheris.Setup(argv, one)
    atheris.Fuzz()


def mutate(rng: random.Random, data: bytes, pool: list[bytes], max_len: int) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(7)
        pos = rng.randint(0, len(b))
        if op == 0 and b:  # flip a bit
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # insert a hostile token
            tok = rng.choice(HOSTILE_TOKENS) * rng.choice((1, 1, 1, 2, 5, 50))
            b[pos:pos] = tok
        elif op == 2 and b:  # delete a range
            b[pos : pos + rng.randint(1, 64)] = b""
        elif op == 3 and b:  # duplicate a range
            j = rng.randint(pos, min(len(b), pos + 256))
            b[pos:pos] = b[pos:j] * rng.randint(1, 4)
        elif op == 4:  # splice another seed
            other = rng.choice(pool)
            if other:
                i = rng.randrange(len(other))
                b[pos:pos] = other[i : i + rng.randint(1, 512)]
        elif op == 5:  # random bytes
            b[pos:pos] = rng.randbytes(rng.randint(1, 16))
        elif op == 6:  # collapse newlines (a flattened page)
            b = bytearray(bytes(b).replace(b"\n", b" ", rng.randint(1, 50)))
    return bytes(b[:max_len])


def run_random(h: Harness, seconds: float, max_len: int, seed: int) -> None:
    rng = random.Random(seed)
    pool = [s for s in seeds()]
    corpus = list(pool)
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        parent = rng.choice(corpus)
        data = mutate(rng, parent, pool, max_len)
        h.run(data)
        if rng.random() < 0.02 and len(corpus) < 5000:
            corpus.append(data)  # keep some offspring: deeper mutations over time
    sys.exit(h.report(f"random(seed={seed})", time.monotonic() - start))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--engine", choices=("auto", "atheris", "random"), default="auto")
    ap.add_argument("--max-len", type=int, default=64 * 1024)
    ap.add_argument("--seed", type=int, default=0, help="random engine's seed")
    ap.add_argument("--check", action="store_true", help="also check schema, accounting, idempotence")
    ap.add_argument("--out", type=Path, default=Path("/tmp/postscrub-fuzz"))
    args = ap.parse_args()
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            print("[fuzz] atheris is not installed: using the random mutation engine", file=sys.stderr)
            engine = "random"
    if engine == "atheris":
        instrument()  # before the harness imports postscrub, or nothing gets coverage hooks
    h = Harness(args.check, args.out)
    if engine == "atheris":
        run_atheris(h, args.seconds, args.max_len)
    else:
        run_random(h, args.seconds, args.max_len, args.seed)


if __name__ == "__main__":
    main()
