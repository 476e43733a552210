"""Throughput of ``--engine dask`` next to ``--jobs 2`` (issue 8). Every figure is a ratio against
the ``--jobs 2`` run of the same invocation, on the same generated files, so the machine's speed
(and its other load) cancels out.

    python benchmarks/dask_throughput.py                        # 300 and 2,000 dumps, 3 rounds
    python benchmarks/dask_throughput.py --files 300 --rounds 1  # quicker

For each corpus size, three commands, rounds interleaved, the run with the best wall time of
each kept, with the CPU seconds it cost (all its processes: on a loaded machine wall time
depends on the other load, CPU time much less):

* ``postscrub DIR --jobs 2 -q -o OUT.jsonl``: the local batch, 2 worker processes (baseline);
* ``postscrub DIR --engine dask --jobs 2 -q -o OUT/``: the CLI starts a 2-worker LocalCluster,
  runs, shuts it down (what a user pays on one machine);
* ``postscrub DIR --engine dask --scheduler ADDR -q -o OUT/``: a 2-worker LocalCluster already
  running (started here before the round, untimed), as with a real cluster: the engine's cost
  without the cluster's start-up.

Every run's records are checked to be the same, byte for byte (parts concatenated vs the local
JSON Lines), so the three measure the same work. The corpus comes from ``gen_corpus.py``
(invented text) in a temporary folder, removed at the end. This is a script, not a test.
"""

from __future__ import annotations

import argparse
import glob
import logging
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_corpus import generate  # noqa: E402
from batch_throughput import folder_bytes, load, measure, postscrub_cmd  # noqa: E402  (one copy of the shared helpers)


def timed(cmd: list[str], running=None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of ``cmd``; plus the CPU the ``running`` cluster's worker
    processes spent meanwhile (they are not the command's children)."""
    before = _cluster_cpu(running)
    wall, _, cpu = measure(cmd)
    return wall, cpu + _cluster_cpu(running) - before


def _cluster_cpu(running) -> float:
    if running is None:
        return 0.0
    import psutil

    total = 0.0
    for child in psutil.Process().children(recursive=True):
        try:
            t = child.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def parts_text(folder: str) -> str:
    out = []
    for p in sorted(glob.glob(os.path.join(folder, "part-*.jsonl"))):
        with open(p, encoding="utf-8") as fh:
            out.append(fh.read())
    return "".join(out)


def cluster():
    """A 2-worker LocalCluster like the one the CLI starts (loopback only)."""
    from distributed import LocalCluster

    return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                        dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                        silence_logs=logging.ERROR)


def bench(tmp: str, n: int, rounds: int) -> dict[str, tuple[float, float]]:
    folder = os.path.join(tmp, f"in{n}")
    generate(folder, n, seed=8)
    size = folder_bytes(folder)
    ps = postscrub_cmd()
    local_out = os.path.join(tmp, f"local{n}.jsonl")
    dask_out = os.path.join(tmp, f"dask{n}") + "/"
    sched_out = os.path.join(tmp, f"sched{n}") + "/"
    best: dict[str, tuple[float, float]] = {}
    for r in range(rounds):
        # a running cluster per round (started outside the timing, idle while the others run):
        # its workers import postscrub when the round starts, as the other commands do
        with cluster() as running:
            cmds = {
                "--jobs 2 (local batch)": ps + [folder, "-q", "--jobs", "2", "-o", local_out],
                "--engine dask --jobs 2": ps + [folder, "-q", "--engine", "dask", "--jobs", "2",
                                                "-o", dask_out],
                "--engine dask --scheduler": ps + [folder, "-q", "--engine", "dask", "--scheduler",
                                                   running.scheduler_address, "-o", sched_out],
            }
            for label, cmd in cmds.items():
                wall, cpu = timed(cmd, running if "--scheduler" in cmd else None)
                if label not in best or wall < best[label][0]:
                    best[label] = (wall, cpu)
        print(f"  {n:,} dumps: round {r + 1}/{rounds} done ({load()})", flush=True)
    with open(local_out, encoding="utf-8") as fh:
        want = fh.read()
    same = all(parts_text(out) == want for out in (dask_out, sched_out))
    base, base_cpu = best["--jobs 2 (local batch)"]
    print(f"\n## {n:,} dumps, {size / 1e6:.1f} MB (1-30 KB, article/post page/feed mix); "
          f"{want.count(chr(10)):,} records, " + ("identical in all three runs" if same else
          "BUT THE OUTPUTS DIFFER (was postscrub edited during the run?): figures not comparable"))
    print(f"{'':28} {'wall s':>8} {'MB/s':>7} {'dumps/s':>8} {'vs --jobs 2':>12} {'cpu s':>7} {'cpu vs':>7}")
    for label, (wall, cpu) in best.items():
        print(f"{label:28} {wall:8.2f} {size / 1e6 / wall:7.2f} {n / wall:8.0f} {base / wall:11.2f}x"
              f" {cpu:7.1f} {cpu / base_cpu:6.2f}x")
    print("(vs --jobs 2: throughput ratio, higher is faster; cpu vs: CPU spent, all processes, "
          "lower is cheaper)")
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", default="300,2000", help="corpus sizes, comma-separated")
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {load()}")
    tmp = tempfile.mkdtemp(prefix="postscrub-dask-bench-")
    try:
        for n in (int(x) for x in a.files.split(",")):
            bench(tmp, n, a.rounds)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nend: {load()}")


if __name__ == "__main__":
    main()
