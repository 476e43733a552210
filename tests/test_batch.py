"""Batch (issue 5): a collection in parallel, deterministic, atomic, resumable, never
overwriting an input; the Report counts outcomes and decides the exit code."""

from __future__ import annotations

import errno
import io
import json

import pytest

from postscrub import batch, process_bytes
from postscrub.render import render_json

from .conftest import ROOT, SAMPLES

SYNTHETIC = ROOT / "tests" / "corpus" / "synthetic"


@pytest.fixture
def tree(tmp_path):
    """A small folder of real-looking dumps: the seed and the invented synthetic ones, nested."""
    src = tmp_path / "dumps"
    (src / "sub").mkdir(parents=True)
    (src / "seed.txt").write_bytes((SAMPLES / "seed-article.txt").read_bytes())
    for p in sorted(SYNTHETIC.glob("*.txt"))[:7]:
        (src / "sub" / p.name).write_bytes(p.read_bytes())
    (src / "meta.json").write_text("{}", encoding="utf-8")  # not a dump: not picked by default
    return src


def walked(src):
    return sorted(p for p in src.rglob("*.txt"))


def no_temp_files(folder):
    return not [p for p in folder.rglob(".postscrub-*")]


@pytest.fixture
def small_chunks(monkeypatch):
    # a pool with several chunks in flight even for a handful of files
    monkeypatch.setattr(batch, "CHUNK_FILES", 2)


def test_folder_output_mirrors_the_tree_with_the_single_file_result(tree, tmp_path):
    out = tmp_path / "out"
    report = batch.run([str(tree)], output=str(out) + "/", fmt="json", jobs=1)
    assert report.exit_code == 0 and report.ok == len(walked(tree)) and report.failed == 0
    for p in walked(tree):
        rel = p.relative_to(tree)
        target = out / rel.with_suffix(".json")
        want = json.loads(render_json(process_bytes(p.read_bytes(), source=str(p))))
        assert json.loads(target.read_text(encoding="utf-8")) == want
    assert not (out / "meta.json").exists()
    assert no_temp_files(out)


def test_output_is_identical_whatever_the_number_of_jobs(tree, small_chunks):
    outs = []
    for jobs in (1, 2):
        buf = io.StringIO()
        report = batch.run([str(tree)], fmt="jsonl", jobs=jobs, stream=buf)
        assert report.exit_code == 0
        outs.append(buf.getvalue())
    assert outs[0] == outs[1]
    sources = [json.loads(line)["source"] for line in outs[0].splitlines()]
    assert sources == sorted(sources)  # walk order: a stable sorted order
    assert set(sources) == {str(p) for p in walked(tree)}


def test_streamed_json_is_one_valid_array_of_every_record(tree):
    buf = io.StringIO()
    batch.run([str(tree)], fmt="json", jobs=1, stream=buf)
    data = json.loads(buf.getvalue())
    jsonl = io.StringIO()
    batch.run([str(tree)], fmt="jsonl", jobs=1, stream=jsonl)
    assert data == [json.loads(line) for line in jsonl.getvalue().splitlines()]


def test_a_failed_input_is_reported_and_the_others_still_written(tree, tmp_path, small_chunks):
    (tree / "sub" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)  # not text
    out = tmp_path / "out"
    seen = []
    report = batch.run([str(tree)], output=str(out) + "/", jobs=2, on_outcome=seen.append)
    assert report.exit_code == 1 and report.failed == 1
    assert report.ok == len(walked(tree)) - 1
    (name, reason), = report.failures
    assert name.endswith("broken.txt") and "binary" in reason
    assert not (out / "sub" / "broken.json").exists()
    assert (out / "seed.json").exists()
    assert [o.name for o in seen] == [str(p) for p in walked(tree)]  # in order, failures included
    summary = report.summary()
    assert "1 failed" in summary and "broken.txt" in summary and "binary" in summary


def test_skip_existing_leaves_complete_outputs_alone(tree, tmp_path):
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    done = out / "seed.json"
    done.write_text('{"kept": true}\n', encoding="utf-8")
    report = batch.run([str(tree)], output=str(out) + "/", jobs=1, skip_existing=True)
    assert report.skipped == 1 and report.ok == len(walked(tree)) - 1 and report.exit_code == 0
    assert done.read_text(encoding="utf-8") == '{"kept": true}\n'
    again = batch.run([str(tree)], output=str(out) + "/", jobs=1, skip_existing=True)
    assert again.skipped == len(walked(tree)) and again.ok == 0


def test_skip_existing_needs_a_folder_output(tree):
    with pytest.raises(batch.UsageError, match="folder output"):
        batch.run([str(tree)], skip_existing=True, stream=io.StringIO())


@pytest.mark.parametrize("jobs", [1, 2])
def test_interrupt_leaves_only_complete_outputs(tree, tmp_path, jobs, small_chunks):
    out = tmp_path / "out"
    for i, p in enumerate(walked(tree) * 4):  # enough chunks that some are never started
        (tree / f"copy-{i:02d}.txt").write_bytes(p.read_bytes())

    def stop_after_two(o, n=[0]):
        n[0] += 1
        if n[0] == 2:
            raise KeyboardInterrupt

    report = batch.run([str(tree)], output=str(out) + "/", jobs=jobs, on_outcome=stop_after_two)
    assert report.interrupted and report.exit_code == 130
    written = list(out.rglob("*.json"))
    assert 2 <= len(written) < len(walked(tree))
    assert report.ok == len(written)  # files finished while stopping are counted, not lost
    for p in written:
        json.loads(p.read_text(encoding="utf-8"))  # every output present is complete
    assert no_temp_files(out)
    assert "interrupted" in report.summary()


def test_interrupt_leaves_an_output_file_untouched(tree, tmp_path):
    target = tmp_path / "all.jsonl"
    target.write_text("old\n", encoding="utf-8")

    def stop(o):
        raise KeyboardInterrupt

    report = batch.run([str(tree)], output=str(target), jobs=1, on_outcome=stop)
    assert report.exit_code == 130
    assert target.read_text(encoding="utf-8") == "old\n"
    assert no_temp_files(tmp_path)


def test_interrupted_json_stream_stays_valid(tree):
    buf = io.StringIO()

    def stop(o, n=[0]):
        n[0] += 1
        if n[0] == 3:
            raise KeyboardInterrupt

    report = batch.run([str(tree)], fmt="json", jobs=1, stream=buf, on_outcome=stop)
    assert report.exit_code == 130
    assert len(json.loads(buf.getvalue())) >= 3


def test_output_file_is_written_atomically_as_jsonl(tree, tmp_path):
    target = tmp_path / "all.jsonl"
    report = batch.run([str(tree)], output=str(target), fmt="json", jobs=1)  # .jsonl implies jsonl
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == report.records and all(json.loads(x)["source"] for x in lines)
    assert no_temp_files(tmp_path)


@pytest.mark.parametrize("where", ["inside", "around", "same"])
def test_output_folder_may_not_overlap_the_walk(tree, where):
    out = {"inside": tree / "sub" / "out", "around": tree.parent, "same": tree}[where]
    with pytest.raises(batch.UsageError, match="overlaps"):
        batch.run([str(tree)], output=str(out) + "/")
    assert not (tree / "sub" / "out").exists()


def test_output_file_that_the_walk_would_read_is_refused(tree):
    with pytest.raises(batch.UsageError, match="read as an input"):
        batch.run([str(tree)], output=str(tree / "all.txt"), fmt="text")
    with pytest.raises(batch.UsageError, match="is an input"):
        batch.run([str(tree / "seed.txt"), str(tree / "meta.json")], output=str(tree / "seed.txt"))


def test_an_input_is_never_overwritten(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    victim = out / "x.json"
    victim.write_bytes((SAMPLES / "seed-article.txt").read_bytes())
    before = victim.read_bytes()
    report = batch.run([str(victim), str(SAMPLES / "seed-article.txt")], output=str(out) + "/", jobs=1)
    assert report.exit_code == 1 and "input itself" in report.failures[0][1]
    assert victim.read_bytes() == before
    assert (out / "seed-article.json").exists()


def test_siblings_with_one_stem_keep_their_full_names(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("a.txt", "a.md", "b.txt"):
        (src / name).write_text("Hello there, a dump.\n", encoding="utf-8")
    batch.run([str(src)], output=str(out) + "/", jobs=1)
    assert sorted(p.name for p in out.iterdir()) == ["a.md.json", "a.txt.json", "b.json"]


def test_two_inputs_with_one_output_name_do_not_overwrite_each_other(tmp_path):
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    for d in (a, b):
        d.mkdir()
        (d / "x.txt").write_text(f"Written in {d.name}.\n", encoding="utf-8")
    report = batch.run([str(a / "x.txt"), str(b / "x.txt")], output=str(out) + "/", jobs=1)
    assert report.ok == 1 and report.failed == 1 and "overwrite another" in report.failures[0][1]
    assert json.loads((out / "x.json").read_text(encoding="utf-8"))["source"] == str(a / "x.txt")


def test_output_file_in_a_missing_folder_is_a_usage_error(tree, tmp_path):
    with pytest.raises(batch.UsageError, match="folder exists"):
        batch.run([str(tree)], output=str(tmp_path / "no" / "such" / "all.jsonl"))


def test_a_folder_with_nothing_to_do_is_not_silent_success(tmp_path):
    (tmp_path / "only.json").write_text("{}", encoding="utf-8")
    report = batch.run([str(tmp_path)], stream=io.StringIO(), jobs=1)
    assert report.exit_code == 1 and "--glob" in report.failures[0][1]


def test_stdin_in_a_batch(monkeypatch, tree):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("Just a line from stdin.\n".encode())))
    buf = io.StringIO()
    batch.run(["-", str(tree / "seed.txt")], fmt="jsonl", jobs=1, stream=buf)
    assert [json.loads(x)["source"] for x in buf.getvalue().splitlines()] == ["-", str(tree / "seed.txt")]
    with pytest.raises(batch.UsageError, match="standard input"):
        batch.run(["-"], output=str(tree.parent / "o") + "/")


def test_report_counts_and_exit_code():
    r = batch.Report()
    r.add(batch.Outcome("a", records=2, size=10, repairs={"mojibake": 2}, warnings={"lost_list": 1}))
    r.add(batch.Outcome("b", skipped=True))
    assert (r.ok, r.skipped, r.records, r.exit_code) == (1, 1, 2, 0)
    r.add(batch.Outcome("c", error="cannot read: permission denied"))
    assert r.exit_code == 1
    r.interrupted = True
    assert r.exit_code == 130
    s = r.summary()
    assert "mojibake 2" in s and "lost_list 1" in s and "c: cannot read: permission denied" in s


def test_report_memory_does_not_grow_with_failures(monkeypatch):
    monkeypatch.setattr(batch, "MAX_FAILURES_KEPT", 5)
    r = batch.Report()
    for i in range(50):
        r.add(batch.Outcome(f"f{i}", error="broken"))
    assert r.failed == 50 and len(r.failures) == 5
    assert "and 40 more" in r.summary()


def test_process_files_gives_each_files_records_in_order(tree, small_chunks):
    results = list(batch.process_files(tree, jobs=2))  # a path alone, or any iterable of paths
    assert [r.source for r in results] == [str(p) for p in walked(tree)]
    for r, p in zip(results, walked(tree)):
        assert r.ok
        assert [x.to_dict() for x in r.records] == [x.to_dict() for x in process_bytes(p.read_bytes(), source=str(p))]


def test_importing_batch_loads_no_pool_and_no_rich():
    import subprocess
    import sys

    code = ("import sys, postscrub.batch; "
            "print(any(m in sys.modules for m in ('rich', 'concurrent.futures.process', 'multiprocessing')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("n, jobs", [(0, 2), (1, 2), (8, 2), (9, 2), (300, 2), (300, 4), (50, 1)])
def test_chunks_keep_every_job_in_order_and_shrink_at_the_end(n, jobs):
    made = [batch._Job(str(i), None, b"x") for i in range(n)]
    chunks = list(batch._chunks(iter(made), jobs))
    assert [j for c in chunks for j in c] == made
    assert all(1 <= len(c) <= batch.CHUNK_FILES for c in chunks)
    if n <= batch.CHUNK_FILES:
        assert len(chunks) == min(n, 1)  # what fits one chunk is one (no pool for it)
    else:
        assert len(chunks[-1]) == 1  # the last ones are small: the workers finish together


def test_an_interrupted_run_says_how_to_go_on_for_its_output(tree, tmp_path):
    # Ctrl-C under -o FILE or onto stdout advised "rerun with --skip-existing", an option these
    # outputs refuse (it needs -o DIR/); -o FILE is left as it was and is simply rerun
    def stop(o):
        raise KeyboardInterrupt

    target = tmp_path / "all.jsonl"
    to_file = batch.run([str(tree)], output=str(target), jobs=1, on_outcome=stop)
    to_stdout = batch.run([str(tree)], fmt="json", jobs=1, stream=io.StringIO(), on_outcome=stop)
    to_folder = batch.run([str(tree)], output=f"{tmp_path}/out/", jobs=1, on_outcome=stop)
    assert f"interrupted: {target} was left as it was; rerun" in to_file.summary()
    assert "interrupted: the output stopped early (a JSON array is closed); rerun" in to_stdout.summary()
    assert "--skip-existing" not in to_file.summary() + to_stdout.summary()
    assert "interrupted: outputs written are complete, rerun with --skip-existing" in to_folder.summary()
    quiet = io.StringIO()
    batch.Console(quiet=True, stream=quiet).finish(to_file)
    assert quiet.getvalue() == f"postscrub: interrupted; {target} was left as it was; rerun\n"


def test_files_given_by_name_that_share_a_stem_keep_their_full_names(tmp_path):
    # `postscrub d/a.txt d/a.md d/c.txt -o out/` failed a.md ("would overwrite another input's",
    # exit 1) where the same two files found in a folder walk both keep their full names
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    for name in ("a.txt", "a.md", "sub/c.txt"):
        (d / name).write_text("Just one line of text, nothing else.\n", encoding="utf-8")
    out = tmp_path / "out"
    report = batch.run([str(d / "a.txt"), str(d / "a.md"), str(d / "sub" / "c.txt")], output=f"{out}/", jobs=1)
    assert (report.ok, report.failed) == (3, 0), report.failures
    assert sorted(p.name for p in out.iterdir()) == ["a.md.json", "a.txt.json", "c.json"]
    # files of the same name from two folders still cannot share one output folder
    (tmp_path / "e").mkdir()
    (tmp_path / "e" / "a.txt").write_text("Another line.\n", encoding="utf-8")
    report = batch.run([str(d / "a.txt"), str(tmp_path / "e" / "a.txt")], output=f"{tmp_path}/out2/", jobs=1)
    assert report.failed == 1 and "would overwrite another input's" in report.failures[0][1]


def _no_more_files(job, st):  # (the worker side failing as a process out of file handles would)
    raise OSError(errno.EMFILE, "Too many open files")


def test_an_oserror_that_is_no_write_is_not_reported_as_the_output_it_could_not_write(tree, tmp_path, monkeypatch):
    # the whole results loop stood in the except that names -o FILE: an OSError from the
    # workers said "cannot write out.json: too many open files"
    monkeypatch.setattr(batch, "_process_one", _no_more_files)
    out = tmp_path / "out.json"
    with pytest.raises(OSError) as exc:
        batch.run([str(tree)], output=str(out), jobs=1)
    assert not isinstance(exc.value, batch.OutputFailed) and "cannot write" not in str(exc.value)
    assert exc.value.errno == errno.EMFILE
    assert not out.exists() and not list(tmp_path.glob(".postscrub-*"))


def test_a_failed_rename_onto_the_output_file_still_names_it(tree, tmp_path, monkeypatch):
    def refused(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    out = tmp_path / "out.json"
    monkeypatch.setattr(batch.os, "replace", refused)
    with pytest.raises(batch.OutputFailed, match=r"^cannot write .*out\.json: permission denied"):
        batch.run([str(tree)], output=str(out), jobs=1)
    assert not out.exists() and not list(tmp_path.glob(".postscrub-*"))
