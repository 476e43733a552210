"""The Dask engine on a real LocalCluster (2 worker processes, 1 thread each, loopback only):
the same records as the local batch, complete-or-absent outputs, and a lost worker that is
either survived (Dask retries) or reported loudly — never a silently short output."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

try:
    import dask.bag as db
    import fsspec
    from distributed import Client, LocalCluster
    from fsspec.implementations.local import LocalFileSystem
except ImportError as exc:  # pragma: no cover - depends on the install
    if os.environ.get("CI"):
        # .ci/run installs the test extra, which includes dask: a skip there would hide a broken install
        raise
    pytest.skip(f"the dask engine needs the dask extra (pip install -e '.[test]'): {exc}",
                allow_module_level=True)

from postscrub import batch
from postscrub import dask as pd
from postscrub.cli import main
from postscrub.render import render_jsonl

from .conftest import ROOT, SAMPLES

SYNTHETIC = ROOT / "tests" / "corpus" / "synthetic"


# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                      silence_logs=logging.CRITICAL) as c:
        yield c


@pytest.fixture
def client(cluster):
    with Client(cluster, set_as_default=False) as c:
        c.wait_for_workers(2, timeout=60)
        yield c
        c.wait_for_workers(2, timeout=60)  # a test that killed a worker waits for its restart


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A folder of every kind of input: dumps of several shapes and encodings (in a sub-folder
    too), a binary file and a broken link (failures), files the walk must skip."""
    root = tmp_path_factory.mktemp("dumps")
    (root / "seed-article.txt").write_bytes((SAMPLES / "seed-article.txt").read_bytes())
    sub = root / "synthetic"
    sub.mkdir()
    dumps = sorted(SYNTHETIC.glob("*.txt"))  # <shape>-<en|fr|zh>.txt
    for i in range(0, len(dumps), 3):  # one of each shape, the languages in turn
        p = dumps[min(i + (i // 3) % 3, len(dumps) - 1)]
        (sub / p.name).write_bytes(p.read_bytes())
    (root / "gbk.txt").write_bytes("领英推荐\n我们的团队很棒 ?? 谢谢！\n".encode("gbk"))
    (root / "utf16.md").write_bytes("Great post ?? Thanks\u00a0for sharing.\n".encode("utf-16"))
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "empty.txt").write_bytes(b"")
    os.symlink(root / "missing-target.txt", root / "broken.txt")
    (root / ".hidden.txt").write_text("never read\n")
    (root / "scraper.json").write_text('{"not": "a dump"}\n')
    return root


def local_run(paths):
    """What the local batch gives for the same inputs: (jsonl text, [(source, reason)])."""
    results = list(batch.process_files([str(p) for p in paths], jobs=1))
    text = "".join(render_jsonl(r.records) for r in results if r.ok)
    return text, [(r.source, r.error) for r in results if not r.ok]


def read_parts(out: Path) -> str:
    parts = sorted(out.glob("part-*.jsonl"))
    return "".join(p.read_text(encoding="utf-8") for p in parts)


def parsed(jsonl: str) -> list[dict]:
    return [json.loads(line) for line in jsonl.splitlines()]


def unprefixed(jsonl: str, prefix: str) -> list[dict]:
    """The records of ``jsonl``, read through a URL ``prefix``, with the prefix taken off their source."""
    records = parsed(jsonl)
    assert records and all(r["source"].startswith(prefix) for r in records)
    return [dict(r, source=r["source"][len(prefix):]) for r in records]


def summary_of(out: Path) -> dict:
    return json.loads((out / pd.SUMMARY_NAME).read_text(encoding="utf-8"))


# --- the same records as the local run ------------------------------------------------------


def test_dask_run_writes_the_local_runs_records(corpus, client, tmp_path):
    want_text, want_failures = local_run([corpus])
    out = tmp_path / "out"
    summary = pd.run(str(corpus), str(out), client=client, files_per_partition=3)

    assert read_parts(out) == want_text
    records = [json.loads(line) for line in want_text.splitlines()]
    assert len(records) >= 8 and any(r["repairs"] for r in records)  # a comparison that can fail
    assert {r["source"] for r in records} >= {f"{corpus}/gbk.txt", f"{corpus}/synthetic/feed-zh.txt"}
    assert len(summary.partitions) > 2  # several tasks, spread over both workers

    got_failures = [(f["source"], f["error"]) for f in summary.failures]
    assert got_failures == want_failures
    assert {os.path.basename(s) for s, _ in got_failures} == {"binary.txt", "broken.txt"}
    assert summary.exit_code == 1  # as the local batch: a failed file means exit code 1

    on_disk = summary_of(out)
    assert on_disk["records"] == len(records) == summary.report.records
    assert on_disk["failed"] == 2 and on_disk["ok"] + on_disk["failed"] == on_disk["files"]
    assert [f["source"] for f in on_disk["failures"]] == [s for s, _ in want_failures]
    assert sum(p["records"] for p in on_disk["partitions"]) == len(records)
    assert not list(out.glob(".*"))  # no temporary file left


def test_library_bag_holds_the_local_runs_records_and_failures(corpus, client):
    results = list(batch.process_files([str(corpus)], jobs=1))
    want = []
    for r in results:
        want += [rec.to_dict() for rec in r.records] if r.ok else [{"source": r.source, "error": r.error}]

    bag = pd.process_paths(str(corpus), files_per_partition=2)
    assert isinstance(bag, db.Bag) and bag.npartitions > 1
    got = client.compute(bag).result()
    assert got == want
    assert [e["source"] for e in got if pd.is_failure(e)] == [r.source for r in results if not r.ok]


def test_bag_of_urls_reads_through_fsspec(corpus):
    seed_url = "file://" + str(corpus / "seed-article.txt")
    mem = fsspec.filesystem("memory")
    mem.pipe("/postscrub-test/post.txt", (SYNTHETIC / "post-page-en.txt").read_bytes())
    urls = [seed_url, "memory:///postscrub-test/post.txt", str(corpus / "binary.txt"),
            "nosuchprotocol://x/y.txt"]
    got = pd.process_paths(db.from_sequence(urls, npartitions=2)).compute(scheduler="sync")

    local_seed = [r.to_dict() for r in next(iter(batch.process_files([str(corpus / "seed-article.txt")])))
                  .records]
    seed = [e for e in got if e["source"] == seed_url]
    assert [dict(e, source="-") for e in seed] == [dict(e, source="-") for e in local_seed]
    assert any(e["source"] == "memory:///postscrub-test/post.txt" and not pd.is_failure(e) and e["body"]
               for e in got)
    failures = {e["source"]: e["error"] for e in got if pd.is_failure(e)}
    assert set(failures) == {str(corpus / "binary.txt"), "nosuchprotocol://x/y.txt"}
    assert "binary" in failures[str(corpus / "binary.txt")]


def test_url_inputs_are_walked_like_local_folders(corpus, client, tmp_path):
    url = "file://" + str(corpus)
    summary = pd.run(url, str(tmp_path / "out"), client=client)
    want_text, want_failures = local_run([corpus])
    # the same files in the same order, named by the URL they were read through
    assert unprefixed(read_parts(tmp_path / "out"), "file://") == parsed(want_text)
    assert [f["source"] for f in summary.failures] == [url + s[len(str(corpus)):] for s, _ in want_failures]


def test_a_glob_in_a_url_picks_its_matches_in_order(corpus):
    items = pd.list_inputs("file://" + str(corpus / "synthetic" / "*-zh.txt"))
    names = sorted(p.name for p in (corpus / "synthetic").glob("*-zh.txt"))
    assert names and [it.source for it in items] == [f"file://{corpus}/synthetic/{n}" for n in names]
    assert all(it.error is None for it in items)


# --- outputs: complete or absent, reruns leave nothing stale ----------------------------------


def test_rerun_replaces_the_previous_output_and_removes_what_is_stale(corpus, client, tmp_path):
    out = tmp_path / "out"
    pd.run(str(corpus), str(out), client=client, files_per_partition=1)
    many = len(list(out.glob("part-*.jsonl")))
    (out / ".part-00001.jsonl.deadbeef.tmp").write_text("half a partition from a killed attempt")
    (out / "notes.txt").write_text("the user's own file\n")

    summary = pd.run(str(corpus), str(out), client=client, files_per_partition=100)

    assert [p.name for p in sorted(out.glob("part-*.jsonl"))] == ["part-00000.jsonl"] != many
    assert not list(out.glob(".*.tmp"))
    assert (out / "notes.txt").exists()
    assert read_parts(out) == local_run([corpus])[0]
    assert summary_of(out)["partitions"] == [{"name": "part-00000.jsonl", "files": summary.report.files,
                                              "records": summary.report.records}]


def test_output_folder_inside_an_input_folder_is_refused(corpus, client):
    with pytest.raises(batch.UsageError, match="overlaps"):
        pd.run(str(corpus), str(corpus / "out"), client=client)
    assert not (corpus / "out").exists()


# --- a worker killed mid-run ----------------------------------------------------------------


class KillingFS(LocalFileSystem):
    """Local files, except that opening ``victim`` in a worker process kills that process with
    SIGKILL (as the OOM killer or a lost machine would): once if ``marker`` is given (the marker
    file records that it happened), else every time."""

    protocol = ("killing",)

    def __init__(self, victim: str, parent: int, marker: str | None = None, **kw):
        super().__init__(**kw)
        self.victim, self.parent, self.marker = victim, parent, marker

    @classmethod
    def _strip_protocol(cls, path):
        path = str(path)
        return super()._strip_protocol(path[len("killing://"):] if path.startswith("killing://") else path)

    def _open(self, path, mode="rb", **kw):
        if os.path.basename(path) == self.victim and os.getpid() != self.parent:
            if self.marker is None:
                os.kill(os.getpid(), signal.SIGKILL)
            try:
                os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                pass
            else:
                os.kill(os.getpid(), signal.SIGKILL)
        return super()._open(path, mode, **kw)


@pytest.fixture
def killing_protocol():
    fsspec.register_implementation("killing", KillingFS, clobber=True)
    yield "killing://"


def test_a_worker_killed_mid_run_is_retried_and_the_output_is_complete(
        corpus, client, tmp_path, killing_protocol):
    marker = tmp_path / "killed-once"
    opts = {"victim": "gbk.txt", "parent": os.getpid(), "marker": str(marker)}
    out = tmp_path / "out"
    summary = pd.run(killing_protocol + str(corpus), str(out), client=client, storage_options=opts,
                     files_per_partition=2)

    assert marker.exists(), "the victim file was never read: nothing was killed"
    want_text, want_failures = local_run([corpus])
    assert unprefixed(read_parts(out), killing_protocol) == parsed(want_text)  # every record, once, in order
    assert summary.report.ok + summary.report.failed == summary.report.files == summary_of(out)["files"]
    assert len(summary.failures) == len(want_failures)


def test_a_worker_killed_every_time_fails_loudly_without_success_file(
        corpus, client, cluster, tmp_path, killing_protocol):
    out = tmp_path / "out"
    out.mkdir()
    (out / pd.SUMMARY_NAME).write_text("{}")  # from an earlier run: must not survive a failed one
    opts = {"victim": "seed-article.txt", "parent": os.getpid()}
    allowed = cluster.scheduler.allowed_failures
    cluster.scheduler.allowed_failures = 1  # give up after two deaths (default: 4) to stay fast
    try:
        with pytest.raises(pd.ClusterError, match="did not complete.*KilledWorker"):
            pd.run(killing_protocol + str(corpus), str(out), client=client, storage_options=opts,
                   files_per_partition=4)
    finally:
        cluster.scheduler.allowed_failures = allowed
    assert not (out / pd.SUMMARY_NAME).exists()


# --- the command line -----------------------------------------------------------------------


def run_cli(args, capsys):
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    captured = capsys.readouterr()
    return exc.value.code, captured.out, captured.err


def test_cli_dask_engine_with_its_own_local_cluster(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    code, stdout, stderr = run_cli([corpus, "--engine", "dask", "--jobs", "2", "-o", f"{out}/"], capsys)
    assert code == 1  # binary.txt and broken.txt failed; the others were processed
    assert stdout == ""
    assert f"postscrub: {corpus}/binary.txt: " in stderr and f"postscrub: {corpus}/broken.txt: " in stderr
    assert "2 failed" in stderr
    assert read_parts(out) == local_run([corpus])[0]
    assert summary_of(out)["failed"] == 2


def test_cli_dask_engine_on_a_running_scheduler_matches_jobs_2(corpus, cluster, tmp_path, capsys):
    out = tmp_path / "out"
    code, _, _ = run_cli([corpus, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                          "-o", f"{out}/", "-q"], capsys)
    local = tmp_path / "local.jsonl"
    # in another process: --jobs forks, and this one runs the cluster's threads
    done = subprocess.run([sys.executable, "-m", "postscrub", str(corpus), "--jobs", "2", "-o", str(local), "-q"],
                          capture_output=True, text=True, timeout=120)
    assert (code, read_parts(out)) == (done.returncode, local.read_text(encoding="utf-8"))


def test_cli_a_folder_with_nothing_to_read_fails_as_the_local_batch(tmp_path, capsys):
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "metadata.json").write_text("{}")  # not a dump by the default globs
    code, _, stderr = run_cli([empty, "--engine", "dask", "--jobs", "1", "-q", "-o", f"{tmp_path / 'out'}/"],
                              capsys)
    local_code, _, local_stderr = run_cli([empty, "-q", "-o", tmp_path / "local.jsonl"], capsys)
    assert code == local_code == 1
    assert stderr == local_stderr and "no file matches" in stderr
    assert summary_of(tmp_path / "out")["failed"] == 1  # and the summary says so


@pytest.mark.parametrize("args, message", [
    (["--engine", "dask"], "give -o OUT/"),
    (["--engine", "dask", "-o", "{out}/", "-f", "json"], "-f json cannot be used"),
    (["--scheduler", "tcp://127.0.0.1:8786", "-o", "{out}/"], "--scheduler needs --engine dask"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--jobs", "2", "-o", "{out}/"],
     "--jobs sizes the local cluster"),
    (["--engine", "dask", "-o", "{corpus}/out/"], "overlaps"),
])
def test_cli_dask_usage_errors(corpus, tmp_path, capsys, args, message):
    args = [a.format(out=tmp_path / "out", corpus=corpus) for a in args]
    code, _, stderr = run_cli([corpus, *args], capsys)
    assert code == 2
    assert message in stderr and stderr.count("\n") == 1


def test_cli_unreachable_scheduler_is_one_line_and_exit_1(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(pd, "CONNECT_TIMEOUT", "1s")
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, stderr = run_cli([corpus, "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}",
                               "-o", f"{tmp_path / 'out'}/"], capsys)
    assert code == 1
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in stderr
    assert "Traceback" not in stderr
    assert not (tmp_path / "out" / pd.SUMMARY_NAME).exists()


def test_workers_with_another_postscrub_are_refused(corpus, client, tmp_path, monkeypatch):
    import postscrub

    monkeypatch.setattr(postscrub, "__version__", "0.0.0.test")  # this side only: workers differ
    with pytest.raises(pd.ClusterError, match=r"workers run postscrub \S+, this machine 0\.0\.0\.test"):
        pd.run(str(corpus), str(tmp_path / "out"), client=client)
    assert not (tmp_path / "out" / pd.SUMMARY_NAME).exists()


def test_a_scheduler_without_workers_is_reported_not_waited_for_forever(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(pd, "CONNECT_TIMEOUT", "1s")
    with LocalCluster(n_workers=0, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
                      scheduler_kwargs={"dashboard": False}, silence_logs=logging.CRITICAL) as empty:
        with pytest.raises(pd.ClusterError, match="has no worker"):
            pd.run(str(corpus), str(tmp_path / "out"), scheduler=empty.scheduler_address)


# Runs a command as a terminal's foreground job runs it: with Ctrl-C (SIGINT) at its default. A
# test run started in the background of a shell without job control (`(pytest &)`, nohup, some CI
# runners) has SIGINT ignored, which every child inherits: postscrub would then never see the
# Ctrl-C these tests send (and rightly so: an ignored SIGINT is the caller's wish).
DEFAULT_SIGINT = [sys.executable, "-c",
                  "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"]


def test_ctrl_c_shuts_the_cluster_down_and_says_the_output_is_incomplete(tmp_path):
    psutil = pytest.importorskip("psutil")  # installed with distributed
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    sources = sorted(SYNTHETIC.glob("*.txt"))
    for i in range(600):  # enough work that the run is still going when Ctrl-C comes
        src = sources[i % len(sources)]
        (dumps / f"{i:04d}-{src.name}").write_bytes(src.read_bytes())
    out = tmp_path / "out"
    proc = subprocess.Popen([*DEFAULT_SIGINT, sys.executable, "-m", "postscrub", str(dumps), "--engine", "dask",
                             "--jobs", "2", "-o", f"{out}/"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not list(out.glob("part-*.jsonl")):  # the cluster is up and working
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.05)
        children = psutil.Process(proc.pid).children(recursive=True)
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, stderr
    assert stdout == ""
    assert stderr.startswith("postscrub: interrupted") and stderr.count("\n") == 1, stderr
    assert not (out / pd.SUMMARY_NAME).exists()
    assert not list(out.glob(".*.tmp"))
    gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, "worker processes outlived the run"


def test_the_core_install_never_imports_dask(corpus, tmp_path):
    code = f"""
import sys
from postscrub.cli import main
for argv in (["--help"], [{str(corpus)!r}, "--jobs", "1", "-q", "-o", {str(tmp_path / 'x.jsonl')!r}]):
    try:
        main(argv)
    except SystemExit:
        pass
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed", "fsspec"))
print(heavy)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr
    assert (tmp_path / "x.jsonl").exists()  # the local batch really ran
