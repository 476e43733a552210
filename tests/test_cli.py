"""The command line (issue 5 and the CLI contract): exit codes 0/1/2, one-line errors, data on
stdout and messages on stderr, '-' for stdin, atomic -o, folders in -> mirrored folder or a
JSONL stream with each record's source. In-process through typer's CliRunner, and a few runs
of the real ``postscrub`` console script."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from postscrub import __version__
from postscrub.cli import app, main

from .conftest import SAMPLES

SEED = SAMPLES / "seed-article.txt"
NOT_TEXT = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@pytest.fixture
def dumps(tmp_path):
    d = tmp_path / "dumps"
    (d / "a" / "b").mkdir(parents=True)
    (d / "one.txt").write_bytes(SEED.read_bytes())
    (d / "a" / "two.md").write_text("Mara Quist\nFounder at Brightfold\n\nWe shipped it. Did it work? Yes.\n",
                                    encoding="utf-8")
    (d / "a" / "b" / "three.txt").write_text("Just one line of text, nothing else.\n", encoding="utf-8")
    (d / "notes.json").write_text("{}", encoding="utf-8")
    return d


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def run_main(capsys, *args):
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    return exc.value.code, out, err


# --------------------------------------------------------------------------------------------
# In process


def test_folder_streams_jsonl_with_each_records_source(dumps):
    r = invoke(dumps, "-f", "jsonl", "--jobs", "1")
    assert r.exit_code == 0
    sources = [json.loads(line)["source"] for line in r.stdout.splitlines()]
    assert sorted(set(sources)) == sorted(
        str(dumps / p) for p in ("one.txt", os.path.join("a", "two.md"), os.path.join("a", "b", "three.txt"))
    )
    assert "notes.json" not in r.stdout
    assert "3 ok, 0 failed" in r.stderr  # the summary goes to stderr, never into the data


def test_default_format_for_a_folder_is_one_json_array(dumps):
    r = invoke(dumps, "-j", "1")
    assert r.exit_code == 0 and isinstance(json.loads(r.stdout), list)


def test_a_failed_file_gives_one_line_and_exit_1_the_rest_still_out(dumps):
    (dumps / "a" / "bad.txt").write_bytes(NOT_TEXT)
    r = invoke(dumps, "-f", "jsonl", "-j", "2")
    assert r.exit_code == 1
    errors = [ln for ln in r.stderr.splitlines() if "bad.txt" in ln]
    assert errors[0].startswith(f"postscrub: {dumps / 'a' / 'bad.txt'}: ")
    assert "Traceback" not in r.stderr
    assert len(r.stdout.splitlines()) >= 3


def test_quiet_keeps_errors_and_drops_the_summary(dumps):
    (dumps / "bad.txt").write_bytes(NOT_TEXT)
    r = invoke(dumps, "-q", "-f", "jsonl", "-j", "1")
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1 and "bad.txt" in r.stderr


def test_folder_output_mirrors_the_tree(dumps, tmp_path):
    out = tmp_path / "out"
    r = invoke(dumps, "-o", f"{out}/", "-j", "2")
    assert r.exit_code == 0 and r.stdout == ""
    got = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert got == sorted(["one.json", os.path.join("a", "two.json"), os.path.join("a", "b", "three.json")])
    assert json.loads((out / "one.json").read_text(encoding="utf-8"))["title"]


def test_skip_existing_resumes(dumps, tmp_path):
    out = tmp_path / "out"
    assert invoke(dumps, "-o", f"{out}/", "-j", "1").exit_code == 0
    (out / "one.json").unlink()
    kept = (out / "a" / "two.json").stat().st_mtime_ns
    r = invoke(dumps, "-o", f"{out}/", "--skip-existing", "-j", "1")
    assert r.exit_code == 0 and "1 ok, 0 failed, 2 skipped" in r.stderr
    assert (out / "one.json").exists() and (out / "a" / "two.json").stat().st_mtime_ns == kept


def test_glob_picks_other_files(dumps):
    r = invoke(dumps, "--glob", "*.json", "-f", "jsonl", "-j", "1")
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [str(dumps / "notes.json")]


@pytest.mark.parametrize(
    "args, says",
    [
        (["--jobs", "0"], "--jobs"),
        (["-o", "{d}/a/out/"], "overlaps"),
        (["--skip-existing"], "-o DIR/"),
        (["-f", "rich"], "json, jsonl or text"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(capsys, dumps, args, says):
    code, out, err = run_main(capsys, dumps, *[a.format(d=dumps) for a in args])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("postscrub: ") and says in err


# --------------------------------------------------------------------------------------------
# The real console script


@pytest.fixture(scope="module")
def exe():
    path = shutil.which("postscrub")
    if path is None:
        pytest.skip("the postscrub console script is not installed (pip install -e .)")
    return path


def sh(exe, *args, stdin=b""):
    return subprocess.run([exe, *map(str, args)], input=stdin, capture_output=True, timeout=60)


def test_script_version(exe):
    p = sh(exe, "--version")
    assert p.returncode == 0 and p.stdout.decode().strip() == f"postscrub {__version__}" and not p.stderr


def test_script_usage_error_is_one_line_exit_2(exe):
    p = sh(exe, SEED, "--no-such-option")
    assert p.returncode == 2 and p.stdout == b""
    assert p.stderr.decode().count("\n") == 1 and b"Traceback" not in p.stderr


def test_script_missing_file_is_one_line_exit_1(exe, tmp_path):
    p = sh(exe, tmp_path / "nope.txt")
    assert p.returncode == 1 and p.stdout == b""
    assert p.stderr.decode().count("\n") == 1 and "nope.txt" in p.stderr.decode()


def test_script_reads_stdin_with_dash(exe):
    p = sh(exe, "-", "-f", "json", stdin=SEED.read_bytes())
    assert p.returncode == 0
    rec = json.loads(p.stdout)
    assert rec["source"] == "-" and rec["title"]


def test_script_output_file_is_replaced_atomically(exe, tmp_path):
    target = tmp_path / "seed.json"
    target.write_text("old", encoding="utf-8")
    p = sh(exe, SEED, "-o", target)
    assert p.returncode == 0 and p.stdout == b""
    assert json.loads(target.read_text(encoding="utf-8"))["title"]
    assert os.listdir(tmp_path) == ["seed.json"]  # no temporary file left behind


def test_script_folder_to_folder_and_to_jsonl(exe, dumps, tmp_path):
    (dumps / "a" / "bad.txt").write_bytes(NOT_TEXT)
    p = sh(exe, dumps, "-o", f"{tmp_path / 'out'}/")
    assert p.returncode == 1 and p.stdout == b""
    assert sorted(x.name for x in (tmp_path / "out").rglob("*.json")) == ["one.json", "three.json", "two.json"]
    err = p.stderr.decode()
    assert "bad.txt" in err and "3 ok, 1 failed" in err and "Traceback" not in err
    p = sh(exe, dumps, "-o", tmp_path / "all.jsonl")
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert p.returncode == 1 and {json.loads(x)["source"] for x in lines} == {
        str(dumps / "one.txt"), str(dumps / "a" / "two.md"), str(dumps / "a" / "b" / "three.txt")}


def test_single_file_start_up_loads_no_batch_machinery(tmp_path):
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "postscrub", str(SEED), "-f", "json"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and json.loads(p.stdout)["title"]
    imported = {ln.split("|")[-1].strip() for ln in p.stderr.splitlines() if ln.startswith("import time:")}
    for heavy in ("rich", "concurrent.futures.process", "multiprocessing", "postscrub.batch"):
        assert heavy not in imported


# Runs a command as a terminal's foreground job runs it: with Ctrl-C (SIGINT) at its default. A
# test run started in the background of a shell without job control (`(pytest &)`, nohup, some CI
# runners) has SIGINT ignored, which every child inherits, and the Ctrl-C below would go unseen.
DEFAULT_SIGINT = [sys.executable, "-c",
                  "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"]


def test_script_ctrl_c_stops_cleanly_and_resume_finishes(exe, tmp_path):
    src, out = tmp_path / "dumps", tmp_path / "out"
    src.mkdir()
    dumps = sorted((SAMPLES.parent / "tests" / "corpus" / "synthetic").glob("*.txt")) + [SEED]
    for i in range(12):
        for p in dumps:
            (src / f"{i:02d}-{p.name}").write_bytes(p.read_bytes())
    total = len(list(src.iterdir()))
    proc = subprocess.Popen([*DEFAULT_SIGINT, exe, src, "-o", f"{out}/", "--jobs", "2"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 30
    while not (out.is_dir() and any(out.glob("*.json"))) and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the run finished before Ctrl-C arrived")
    assert proc.returncode == 130, err
    written = list(out.glob("*.json"))
    for p in written:
        json.loads(p.read_text(encoding="utf-8"))  # complete, every one
    assert not list(out.glob(".postscrub-*"))
    assert f"{len(written)} ok" in err.decode() and "interrupted" in err.decode()
    again = sh(exe, src, "-o", f"{out}/", "--skip-existing", "--jobs", "2")
    assert again.returncode == 0
    assert f"{len(written)} skipped" in again.stderr.decode()
    assert len(list(out.glob("*.json"))) == total


def test_promoted_option_keeps_ad_cards(tmp_path):
    from .test_shapes import FEED, THIRD_CARD

    f = tmp_path / "feed.txt"
    f.write_text(FEED + THIRD_CARD, encoding="utf-8")
    dropped = invoke(f, "-f", "jsonl")
    kept = invoke(f, "-f", "jsonl", "--promoted", "keep")
    assert dropped.exit_code == kept.exit_code == 0
    assert len(dropped.stdout.splitlines()) == 2 and len(kept.stdout.splitlines()) == 3
    ad = json.loads(kept.stdout.splitlines()[1])
    assert any(w.startswith("promoted: this card is an ad") for w in ad["warnings"])
    assert invoke(f, "--promoted", "maybe").exit_code == 2


# --------------------------------------------------------------------------------------------
# A new user's first day (dog16): what one file with -o does must match what a batch does


def test_one_file_to_an_output_that_cannot_be_created_names_it_exit_2(tmp_path):
    # `postscrub dump.txt -o missing/x.json` said only "postscrub: No such file or directory"
    # (exit 1): neither which file nor what to do; a batch says both, with exit code 2
    target = tmp_path / "missing" / "x.json"
    r = invoke(SEED, "-o", target)
    assert r.exit_code == 2, r.stderr
    assert r.stderr == (f"postscrub: cannot write {target}: no such file or directory; "
                        "check that its folder exists and is writable\n")
    assert r.stdout == "" and not target.parent.exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full to stand for a full disk")
@pytest.mark.parametrize("several", [False, True], ids=["one-file", "batch"])
def test_a_full_device_names_the_output_it_could_not_write(tmp_path, several):
    args = [SEED, SEED] if several else [SEED]
    r = invoke(*args, "-o", "/dev/full", "-q")
    assert r.exit_code == 1
    assert r.stderr == "postscrub: cannot write /dev/full: no space left on device\n"


def test_one_file_never_overwrites_its_own_input(tmp_path):
    # `postscrub dump.txt -o dump.txt` replaced the raw dump with its JSON (a batch refused it)
    dump = tmp_path / "dump.txt"
    dump.write_bytes(SEED.read_bytes())
    os.link(dump, tmp_path / "same.txt")
    for target in (dump, tmp_path / "x" / ".." / "dump.txt", tmp_path / "same.txt"):
        r = invoke(dump, "-o", target)
        assert r.exit_code == 2 and "is an input; choose another -o" in r.stderr, r.stderr
        assert dump.read_bytes() == SEED.read_bytes()
    # standard input has no file to replace: `cat dump.txt | postscrub - -o dump.txt` is fine
    r = CliRunner().invoke(app, ["-", "-o", str(dump)], input=SEED.read_bytes())
    assert r.exit_code == 0 and json.loads(dump.read_text(encoding="utf-8"))["source"] == "-"


def test_one_file_skip_existing_is_a_usage_error_as_in_a_batch(tmp_path):
    # it was ignored: `postscrub dump.txt -o done.json --skip-existing` silently redid and replaced
    # done.json, where a batch says --skip-existing needs -o DIR/
    done = tmp_path / "done.json"
    done.write_text("{}", encoding="utf-8")
    r = invoke(SEED, "-o", done, "--skip-existing")
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr == ("postscrub: --skip-existing needs a folder output (-o DIR/): it skips "
                        "inputs whose output exists\n")
    assert done.read_text(encoding="utf-8") == "{}"


def test_one_file_to_a_jsonl_file_writes_json_lines_as_a_batch_does(tmp_path):
    # `-o out.jsonl` gave a pretty-printed record over many lines with one input, JSON Lines with two
    out = tmp_path / "one.jsonl"
    r = invoke(SEED, "-o", out)
    assert r.exit_code == 0, r.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"] == str(SEED)
    r = CliRunner().invoke(app, ["-o", str(out)], input=SEED.read_bytes())
    assert r.exit_code == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_stdin_at_a_terminal_says_what_it_waits_for(tmp_path):
    # `postscrub` typed alone at a prompt waited in silence for standard input
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "postscrub", "-f", "jsonl"], stdin=slave,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(slave)
    os.write(master, b"Just one line of text, nothing else.\n\x04")  # Ctrl-D ends the input
    out, err = proc.communicate(timeout=60)
    os.close(master)
    assert proc.returncode == 0
    assert err.decode() == ("postscrub: reading a dump from the terminal: paste it and end with "
                            "Ctrl-D (or give a file; postscrub --help)\n")
    assert json.loads(out)["body"] == "Just one line of text, nothing else."
    # piped, nothing is said
    p = subprocess.run([sys.executable, "-m", "postscrub", "-f", "jsonl"], input=b"Just one line.\n",
                       capture_output=True, timeout=60)
    assert p.returncode == 0 and p.stderr == b""


def test_escape_sequences_in_a_file_name_never_reach_the_terminal(tmp_path):
    # a name holding an escape sequence was printed raw in error lines, --explain's header and
    # a batch's summary: `postscrub $'\e]0;x\a.txt'` retitled the terminal, `\e[31m` coloured it
    name = "dump\x1b[31mred\x1b]0;title\x07\u202eevil.txt"
    (tmp_path / name).write_bytes((SAMPLES / "seed-article.txt").read_bytes())
    shown = "dump\\x1b[31mred\\x1b]0;title\\x07\\u202eevil.txt"
    r = invoke(tmp_path / (name + ".missing"))
    assert r.exit_code == 1 and r.stderr == f"postscrub: {tmp_path}/{shown}.missing: cannot read: no such file or directory\n"
    r = invoke(tmp_path / name, "--explain", "-f", "json")
    assert r.exit_code == 0 and r.stderr.startswith(f"{tmp_path}/{shown}: ")
    assert json.loads(r.stdout)["source"] == str(tmp_path / name)  # the record keeps the exact name
    r = invoke(tmp_path / name, tmp_path / (name + ".missing"), "-f", "jsonl", "-j", "1")
    assert r.exit_code == 1 and "\x1b" not in r.stderr and "\x07" not in r.stderr and shown in r.stderr


@pytest.mark.parametrize("several", [False, True], ids=["one-file", "batch"])
def test_an_empty_output_name_is_a_usage_error(tmp_path, several, monkeypatch):
    # `postscrub dump.txt -o "$OUT"` with OUT unset wrote a temporary file into the current folder
    # and failed to rename it onto '' ("cannot write : no such file or directory", exit 1)
    monkeypatch.chdir(tmp_path)
    r = invoke(*([SEED, SEED] if several else [SEED]), "-o", "")
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr == "postscrub: -o was given an empty name; give a file, a folder (DIR/) or '-'\n"
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_on_one_file_says_so_whatever_the_options(monkeypatch, tmp_path):
    # `postscrub big.txt` said "postscrub: interrupted"; with any option (`-f json`, `-o x.json`)
    # typer turned Ctrl-C into a silent exit 130
    import postscrub.pipeline

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(postscrub.pipeline, "process_bytes", interrupted)
    r = invoke(SEED, "-f", "json")
    assert (r.exit_code, r.stdout, r.stderr) == (130, "", "postscrub: interrupted\n")
    target = tmp_path / "x.json"
    r = invoke(SEED, "-o", target)
    assert (r.exit_code, r.stderr) == (130, f"postscrub: interrupted; {target} was left as it was\n")
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_a_batch_to_o_file_failing_with_an_oserror_that_is_no_write_does_not_say_cannot_write(
        capsys, dumps, tmp_path, monkeypatch):
    from postscrub import batch

    def no_more_files(job, st):
        raise OSError(errno.EMFILE, "Too many open files")

    monkeypatch.setattr(batch, "_process_one", no_more_files)
    out = tmp_path / "out.json"
    code, stdout, err = run_main(capsys, dumps, "-o", out, "--jobs", "1", "-q")
    assert code == 1 and stdout == ""
    assert "cannot write" not in err and "too many open files" in err.lower(), err
    assert not out.exists()


def test_standard_input_named_twice_is_a_usage_error(tmp_path):
    # the second '-' read an already exhausted stdin: an empty second record, exit 0
    r = CliRunner().invoke(app, ["-", "-", "-f", "jsonl"], input="Mara Quist shipped the new release today.\n")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert "read only once" in r.stderr
    # with a file beside it, '-' once is still fine
    f = tmp_path / "one.txt"
    f.write_text("Just one line of text, nothing else.\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["-", str(f), "-f", "jsonl"], input="Mara Quist shipped the new release today.\n")
    assert r.exit_code == 0
    assert [json.loads(ln)["source"] for ln in r.stdout.splitlines()] == ["-", str(f)]
