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

``--keep N`` saves up to N inputs of every kind (not only the first) as
``<kind>-<digest>.bin``/``.txt`` and appends one JSON line per violating input to
``--out``/``violations.jsonl``. A "not idempotent" violation is also *classified* by what the
second pass did to the body: which fields it took out of it (``title``, ``author``, ``age``,
``sign_off``, ``cta``, ``comments``, ``split`` for several records), which repair rules fired
(``rule:ui.…``, ``rule:mojibake`` …) and, when neither, ``text`` (the body changed with no
record: joining, whitespace). The summary then counts the classes (``--classes`` on a saved
``violations.jsonl`` prints them again). ``--execs N`` stops after N executions instead of a
time: with the same ``--seed`` the random engine feeds the same inputs, so two trees compare
on exactly the same inputs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
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
    def __init__(self, check: bool, out: Path, keep: int = 1) -> None:
        from postscrub import process_bytes
        from postscrub.decode import NotTextError

        self.process_bytes = process_bytes
        self.NotTextError = NotTextError
        self.check = check
        self.out = out
        self.keep = max(1, keep)
        self.classes: dict[str, int] = {}  # "not idempotent" inputs by cause (see _classify)
        self.saved: dict[str, int] = {}  # inputs saved per kind (up to ``keep``)
        self.log = None
        if keep > 1:
            out.mkdir(parents=True, exist_ok=True)
            self.log = (out / "violations.jsonl").open("w", encoding="utf-8")
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
        self.causes: list[str] = []
        for r in records:
            again = process(r.body, source="fuzz")
            if "\n\n".join(x.body for x in again) != r.body:
                problems.append(f"not idempotent: body {r.body[:60]!r} changes when cleaned again")
                self.causes.append(classify(r, again))
        for c in dict.fromkeys(self.causes):  # an input counts once per class
            self.classes[c] = self.classes.get(c, 0) + 1
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
        digest = hashlib.sha1(data).hexdigest()[:12]
        causes = getattr(self, "causes", []) if exc is None else []
        if self.log is not None:
            self.log.write(json.dumps({"exec": self.execs, "kind": key, "input": digest, "classes": causes,
                                       "problems": problems or [detail.splitlines()[-1]]},
                                      ensure_ascii=False) + "\n")
            self.log.flush()
        # keep up to ``keep`` inputs per kind, and per idempotence class
        slots = [key] + [f"class:{c}" for c in causes]
        if all(self.saved.get(k, 0) >= self.keep for k in slots):
            return
        for k in slots:
            self.saved[k] = self.saved.get(k, 0) + 1
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / f"{kind}-{digest}.bin").write_bytes(data)
        (self.out / f"{kind}-{digest}.txt").write_text(
            f"{key}\n{' '.join(causes)}\n\n{detail}\n", encoding="utf-8")
        if key in self.distinct:
            return
        self.distinct[key] = digest
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
        if self.classes:
            print_classes(self.classes)
        return 1 if self.crashes else 0


def print_classes(classes: dict[str, int]) -> None:
    groups: dict[str, int] = {}
    for c, n in classes.items():
        groups[coarse(c)] = groups.get(coarse(c), 0) + n
    print("not idempotent, by cause (inputs; an input may have several):", flush=True)
    for g, n in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:>6}  {g}", flush=True)
    print("  in detail (the fields and rules of the second pass):", flush=True)
    for c, n in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:>6}  {c}", flush=True)


def coarse(cls: str) -> str:
    """The group of a class: a repair the first pass left undone, chrome it left in the body,
    a header (title, author, age) read out of the body, its tail (sign-off, call to action),
    paragraphs, else the text alone."""
    tags = cls.split("+")
    rules = [t[5:] for t in tags if t.startswith("rule:")]
    undone = [r for r in rules if r in ("mojibake", "lost_character", "invisible_character",
                                        "terminal_escape", "html_entity")]
    if undone:
        return "repair left undone (" + ", ".join(undone) + ")"
    if any(r.startswith(("ui.", "segment.")) for r in rules):
        return "chrome removed on the second pass (ui.*)"
    if any(t in ("title", "author", "age", "comments", "split") for t in tags):
        return "header read out of the body (title/author/age)"
    if any(t in ("cta", "sign_off") for t in tags):
        return "tail read out of the body (cta/sign_off)"
    if "rule:doubled_line_break" in tags:
        return "paragraphs (doubled_line_break)"
    return "text changed with no record"


def classify(first, again) -> str:
    """What the second pass did to a body the first pass left: the fields it took out of it,
    the repair rules that fired, else ``text`` (changed without a record)."""
    tags: set[str] = set()
    if len(again) > 1:
        tags.add("split")
    for x in again:
        for f in ("title", "age", "sign_off", "cta"):
            if getattr(x, f):
                tags.add(f)
        if x.author.name or x.author.bio:
            tags.add("author")
        if x.comments:
            tags.add("comments")
        for rep in x.repairs:
            tags.add(f"rule:{rep.rule}")
    return "+".join(sorted(tags)) or "text"


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


def run_random(h: Harness, seconds: float, max_len: int, seed: int, execs: int = 0) -> None:
    rng = random.Random(seed)
    pool = [s for s in seeds()]
    corpus = list(pool)
    start = time.monotonic()
    while (h.execs < execs) if execs else (time.monotonic() - start < seconds):
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
    ap.add_argument("--keep", type=int, default=1, help="inputs saved per kind (and per class)")
    ap.add_argument("--execs", type=int, default=0, help="random engine: stop after N executions")
    ap.add_argument("--classes", type=Path, help="print the classes of a saved violations.jsonl")
    args = ap.parse_args()
    if args.classes:
        counts: dict[str, int] = {}
        for line in args.classes.read_text(encoding="utf-8").splitlines():
            for c in dict.fromkeys(json.loads(line)["classes"]):
                counts[c] = counts.get(c, 0) + 1
        print_classes(counts)
        return
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
    h = Harness(args.check, args.out, args.keep)
    if engine == "atheris":
        run_atheris(h, args.seconds, args.max_len)
    else:
        run_random(h, args.seconds, args.max_len, args.seed, args.execs)


if __name__ == "__main__":
    main()
