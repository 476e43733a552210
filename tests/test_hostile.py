"""The catalogue of hostile and broken inputs (issue 7), each with the exact behaviour it gets,
through the real command line (``python -m postscrub`` in a subprocess) or, where a failure
has to be injected mid-run, typer's CliRunner. The README's "Reliability" section lists the
same catalogue with its outcomes.

Every refusal is one line on stderr, ``postscrub: <input>: <what went wrong>``, with a non-zero
exit code and no traceback; everything else gives a correct record.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postscrub.audit import check_accounted
from postscrub.decode import decode

from .conftest import SAMPLES

SEED = (SAMPLES / "seed-article.txt").read_bytes()


def cli(*args, stdin=None, input: bytes | None = None, cwd=None, close_stdin=False, timeout=120):
    """Run the real CLI; returns (exit code, stdout bytes, stderr text)."""
    p = subprocess.run(
        [sys.executable, "-m", "postscrub", *map(os.fsencode, args)],
        input=input,
        stdin=stdin if input is None and not close_stdin else None,
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
        preexec_fn=(lambda: os.close(0)) if close_stdin else None,
    )
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def one_line_error(stderr: str, *needles: str) -> None:
    assert "Traceback" not in stderr
    assert stderr.endswith("\n") and stderr.count("\n") == 1, stderr
    assert stderr.startswith("postscrub: "), stderr
    for n in needles:
        assert n in stderr, stderr


def records(stdout: bytes) -> list[dict]:
    text = stdout.decode("utf-8")  # output is always valid UTF-8
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------------------------
# Empty and enormous


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n  \n"], ids=["empty", "whitespace-only"])
def test_empty_and_whitespace_only_give_an_empty_record(tmp_path, data):
    f = write(tmp_path / "e.txt", data)
    code, out, err = cli(f, "-f", "jsonl")
    assert (code, err) == (0, "")
    (rec,) = records(out)
    assert rec["shape"] == "empty" and rec["body"] == "" and rec["repairs"] == []
    assert rec["warnings"] == ["empty: the input holds no text"]


def test_a_100_mb_file_is_refused_in_one_line(tmp_path):
    # decided: inputs over 64 MB are refused (sources.MAX_INPUT_BYTES). A real 100 MB dump
    # took 42 s and 1.5 GB in one worker; a file that size is a log or an export picked up by
    # mistake, and with one worker per core it could exhaust memory. Other files go on.
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        block = SEED * (2**20 // len(SEED) + 1)
        for _ in range(100):
            fh.write(block[: 2**20])
    small = write(tmp_path / "small.txt", SEED)
    code, out, err = cli(big, small, "-f", "jsonl", "-q")
    assert code == 1
    one_line_error(err, "big.txt", "is larger than 64 MB; split it first")
    assert [r["source"] for r in records(out)] == [str(small)]


def test_one_10_mb_line_gives_one_record_with_all_its_text(tmp_path):
    words = b"Leadership is a practice, not a title. Every day counts. "
    data = (words * (10 * 2**20 // len(words) + 1))[: 10 * 2**20].rstrip()
    f = write(tmp_path / "line.txt", data)
    code, out, err = cli(f, "-f", "jsonl")
    assert (code, err) == (0, "")
    (rec,) = records(out)
    assert rec["body"] == data.decode() and rec["repairs"] == []


@pytest.mark.parametrize("unit", [b"?", b"? "], ids=["1MB-of-?", "1MB-of-?-space"])
def test_a_megabyte_of_question_marks_is_one_recorded_loss(tmp_path, unit):
    # was quadratic (357 s for `? `): every run copied the line before it
    data = unit * (2**20 // len(unit))
    f = write(tmp_path / "q.txt", data)
    code, out, err = cli(f, "-f", "jsonl")
    assert (code, err) == (0, "")
    (rec,) = records(out)
    assert rec["body"] == "" and rec["shape"] == "empty"
    removed = "".join(r["text"] for r in rec["repairs"])
    assert {r["rule"] for r in rec["repairs"]} == {"lost_character"}
    assert removed.count("?") == data.count(b"?")  # every one accounted for


# --------------------------------------------------------------------------------------------
# Not text, or text in a surprising encoding


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


@pytest.mark.parametrize("name,data", [
    ("image.png", PNG + bytes(range(256)) * 4),
    ("program", Path(sys.executable).read_bytes()[:65536]),  # an ELF (or whatever this OS runs)
    ("zeros.txt", b"Hello\x00World\x00" * 100),  # NUL-heavy: not a text dump
], ids=["png", "elf", "nul-heavy"])
def test_binary_files_are_refused_in_one_line_and_the_others_go_on(tmp_path, name, data):
    bad = write(tmp_path / name, data)
    good = write(tmp_path / "good.txt", SEED)
    code, out, err = cli(bad, good, "-f", "jsonl", "-q")
    assert code == 1
    one_line_error(err, name, "looks like a binary file, not text")
    assert len(records(out)) == 1


def test_a_few_nul_bytes_in_a_dump_are_removed_and_recorded(tmp_path):
    f = write(tmp_path / "nul.txt", SEED.replace(b"Servant", b"Ser\x00vant", 1))
    code, out, err = cli(f, "-f", "jsonl")
    assert (code, err) == (0, "")
    (rec,) = records(out)
    assert rec["title"] == "The Power of Servant Leadership"
    assert any(r["text"] == "\x00" for r in rec["repairs"])


def test_utf8_with_a_stray_byte_is_read_as_utf8_and_the_byte_a_lost_character(tmp_path):
    # (read as cp1252 and its UTF-8 parts repaired as mojibake before: see decode's step 5)
    f = write(tmp_path / "mixed.txt", "naïve café — it’s fine".encode() + b" \xff end\n")
    code, out, err = cli(f, "-f", "jsonl")
    assert (code, err) == (0, "")
    (rec,) = records(out)
    assert rec["encoding"] == "utf-8"
    assert rec["body"] == "naïve café — it’s fine end"
    assert {r["rule"] for r in rec["repairs"]} == {"lost_character"}


def test_utf16_without_bom_is_detected(tmp_path):
    text = "The Power of Servant Leadership\nDarren Mitchell\nA line of body text ✓\n"
    f = write(tmp_path / "u16.txt", text.encode("utf-16-le"))
    code, out, err = cli(f, "-f", "jsonl")
    assert (code, err) == (0, "")
    (rec,) = records(out)
    assert rec["encoding"] == "utf-16-le"
    assert "A line of body text ✓" in json.dumps(rec, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# Terminal escapes, markup, bidi controls


ESCAPED = (
    "\x1b[1mJane Doe\x1b[0m\n"
    "\x1b]8;;https://x.example\x07a link\x1b]8;;\x07 and \x1b[31mred\x1b[0m [bold]rich[/bold] [link=https://x]y[/link]\n"
    "\x1b]0;window title\x1b\\Body line with a [red]tag[/red].\n"
)


def test_ansi_and_osc_escapes_are_removed_whole_and_markup_kept_literally(tmp_path):
    f = write(tmp_path / "ansi.txt", ESCAPED.encode())
    code, out, err = cli(f, "-f", "jsonl")
    assert (code, err) == (0, "")
    (rec,) = records(out)
    dumped = json.dumps({k: v for k, v in rec.items() if k != "repairs"}, ensure_ascii=False)
    assert "\x1b" not in dumped and "\x07" not in dumped and "]8;;" not in dumped and "]0;" not in dumped
    assert "[bold]rich[/bold]" in dumped and "[link=https://x]y[/link]" in dumped  # data, not markup
    escapes = [r["text"] for r in rec["repairs"] if r["rule"] == "terminal_escape"]
    assert escapes == ["\x1b[1m", "\x1b[0m", "\x1b]8;;https://x.example\x07", "\x1b]8;;\x07",
                       "\x1b[31m", "\x1b[0m", "\x1b]0;window title\x1b\\"]
    assert check_accounted(ESCAPED, [_Rec(rec)]) == []


def test_the_rich_view_shows_markup_as_text_and_emits_no_escape_from_the_dump(tmp_path):
    f = write(tmp_path / "ansi.txt", ESCAPED.encode())
    code, out, err = cli(f, "-f", "rich", "--no-color")
    assert (code, err) == (0, "")
    shown = out.decode("utf-8")
    assert "[bold]rich[/bold]" in shown and "\x1b" not in shown and "\x07" not in shown


def test_bidi_controls_are_removed_and_recorded(tmp_path):
    text = "Great post \u202eevil\u202c and \u2066isolate\u2069, \u200fRLM\u200e LRM \u061cALM\n"
    f = write(tmp_path / "bidi.txt", text.encode())
    code, out, err = cli(f, "-f", "jsonl")
    assert (code, err) == (0, "")
    (rec,) = records(out)
    # embeddings, overrides, isolates (Trojan-source material) and the LRM/RLM/ALM marks go,
    # each recorded where it stood
    assert rec["body"] == "Great post evil and isolate, RLM LRM ALM"
    assert [(r["rule"], r["text"]) for r in rec["repairs"]] == [
        ("invisible_character", c) for c in "\u202e\u202c\u2066\u2069\u200f\u200e\u061c"]
    assert check_accounted(text, [_Rec(rec)]) == []


class _Rec:  # check_accounted takes Record objects or their dict form
    def __init__(self, d):
        self.d = d

    def to_dict(self):
        return self.d


# --------------------------------------------------------------------------------------------
# File names, links, unreadable files, folders that change under us


def test_file_names_with_a_newline_or_undecodable_bytes(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    write(d / "new\nline.txt", SEED)
    write(Path(os.fsdecode(os.path.join(os.fsencode(d), b"bad\xff\xfename.txt"))), SEED)
    write(d / "bin\nary.txt", PNG * 8)
    code, out, err = cli(d, "-f", "jsonl", "-q")
    assert code == 1
    one_line_error(err, "bin\\nary.txt", "binary")  # the newline is escaped in the message
    sources = sorted(r["source"] for r in records(out))  # stdout is valid UTF-8 JSON
    assert sources == sorted([f"{d}/bad\\xff\\xfename.txt", f"{d}/new\nline.txt"])
    # and mirrored into an output folder (this crashed with UnicodeEncodeError)
    code, _, err = cli(d, "-o", f"{tmp_path}/out/", "-q")
    assert code == 1 and "Traceback" not in err
    made = sorted(os.listdir(os.fsencode(tmp_path / "out")))
    assert made == sorted([b"bad\xff\xfename.json", b"new\nline.json"])


def test_symlink_loops_are_walked_once_and_a_self_link_is_one_line(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    write(d / "a.txt", SEED)
    write(d / "sub" / "b.txt", SEED)
    os.symlink("..", d / "sub" / "up")  # a loop back to the top
    os.symlink("../sub", d / "sub" / "again")  # and to itself
    os.symlink("self.txt", d / "self.txt")  # a link to itself
    code, out, err = cli(d, "-f", "jsonl", "-q")
    assert code == 1
    one_line_error(err, "self.txt", "too many levels of symbolic links")
    assert sorted(r["source"] for r in records(out)) == [f"{d}/a.txt", f"{d}/sub/b.txt"]


def test_an_unreadable_file_is_one_line_and_the_others_go_on(tmp_path):
    # chmod 000 does not stop root (the tests run as root): /proc/self/mem is a file that no
    # one, not even root, can read from offset 0 (EIO)
    if not os.path.exists("/proc/self/mem"):
        pytest.skip("no /proc/self/mem on this system to stand for an unreadable file")
    d = tmp_path / "in"
    d.mkdir()
    os.symlink("/proc/self/mem", d / "mem.txt")
    write(d / "ok.txt", SEED)
    code, out, err = cli(d, "-f", "jsonl", "-q")
    assert code == 1
    one_line_error(err, "mem.txt", "cannot read: input/output error")
    assert [r["source"] for r in records(out)] == [f"{d}/ok.txt"]


def test_a_folder_that_vanishes_mid_run_is_reported_and_the_rest_done(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from postscrub import batch
    from postscrub.cli import app

    d = tmp_path / "in"
    for sub in ("a", "b", "c"):
        (d / sub).mkdir(parents=True)
        write(d / sub / "x.txt", SEED)
    real = batch._process_one
    calls = []

    def process_then_remove_b(job, st):
        calls.append(job.name)
        if len(calls) == 1:  # while a/x.txt is being cleaned, b/ disappears
            shutil.rmtree(d / "b")
        return real(job, st)

    monkeypatch.setattr(batch, "_process_one", process_then_remove_b)
    result = CliRunner().invoke(app, [str(d), "-f", "jsonl", "-j", "1", "-q"])
    assert result.exit_code == 1
    assert [json.loads(x)["source"] for x in result.stdout.splitlines()] == [f"{d}/a/x.txt", f"{d}/c/x.txt"]
    assert "Traceback" not in result.stderr and "b" in result.stderr
    assert "no such file or directory" in result.stderr


def test_output_folder_inside_the_input_folder_is_a_usage_error(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    write(d / "a.txt", SEED)
    code, out, err = cli(d, "-o", f"{d}/out/")
    assert (code, out) == (2, b"")
    one_line_error(err, "overlaps the input folder", "choose an output folder outside it")
    assert not (d / "out").exists()


# --------------------------------------------------------------------------------------------
# Where the output goes: a full disk, a device, a closed pipe; a closed or short stdin


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full to stand for a full disk")
@pytest.mark.parametrize("batch_mode", [False, True], ids=["one-file", "batch"])
def test_a_full_disk_is_one_line_and_the_device_is_left_alone(tmp_path, batch_mode):
    f = write(tmp_path / "a.txt", SEED)
    args = [tmp_path, "-f", "jsonl", "-q"] if batch_mode else [f]
    code, out, err = cli(*args, "-o", "/dev/full")
    assert code == 1
    one_line_error(err, "cannot write /dev/full: no space left on device")
    assert not Path("/dev/full").is_file()  # written through, never renamed over


def test_output_to_dev_null_writes_through_the_device(tmp_path):
    # an atomic write renames a temporary file over the target: as root that replaced the
    # /dev/null device node with a regular file
    f = write(tmp_path / "a.txt", SEED)
    for args in ([f], [tmp_path, "-q"]):
        code, out, err = cli(*args, "-o", os.devnull)
        assert (code, out, err) == (0, b"", "")
        assert not Path(os.devnull).is_file()


def test_a_full_disk_under_an_output_folder_fails_each_file_in_one_line(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from postscrub import batch
    from postscrub.cli import app

    (tmp_path / "in").mkdir()
    for n in ("a", "b"):
        write(tmp_path / "in" / f"{n}.txt", SEED)

    def full(path, text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(batch, "write_atomic", full)
    result = CliRunner().invoke(app, [str(tmp_path / "in"), "-o", f"{tmp_path}/out/", "-j", "1", "-q"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and all("no space left on device" in x for x in lines), lines
    assert "Traceback" not in result.stderr


def test_closed_stdin_is_one_line(tmp_path):
    code, out, err = cli("-f", "jsonl", close_stdin=True)
    assert (code, out) == (1, b"")
    one_line_error(err, "-: standard input is closed")


def test_stdin_closed_early_gives_the_record_of_what_arrived():
    half = SEED[: len(SEED) // 2]
    half = half[: half.rfind(b"\n") + 1]
    code, out, err = cli("-f", "jsonl", input=half)
    assert (code, err) == (0, "")
    (rec,) = records(out)
    assert rec["source"] == "-" and rec["title"] == "The Power of Servant Leadership"
    assert check_accounted(decode(half)[0], [_Rec(rec)]) == []


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_stdout_closed_after_one_line_exits_quietly(tmp_path, fmt):
    d = tmp_path / "big"
    d.mkdir()
    for i in range(60):
        write(d / f"f{i:02d}.txt", SEED)
    p = subprocess.Popen([sys.executable, "-m", "postscrub", str(d), "-f", fmt, "-q"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout.readline()  # `| head -1`
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 0
    assert err == ""


def test_plain_text_closed_by_two_share_links_is_idempotent():
    # a copied text closed by the post's share link twice (a paste done twice): both are the
    # share sheet's; dropping only the last left the other to a second pass
    from postscrub import process
    from postscrub.audit import check_accounted
    link = "https://www.linkedin.com/posts/ana-lee_hiring-activity-7171804770750394372-HGMp?utm_source=share"
    dump = f"We are hiring a product intern in Pune.\n\nWrite to me if you are interested.\n\n{link}\n\n{link}\n"
    first = process(dump)
    assert link not in first[0].body
    assert not check_accounted(dump, first)
    again = process(first[0].body)
    assert "\n\n".join(r.body for r in again) == first[0].body


def test_plain_text_share_link_over_its_call_to_action_is_idempotent():
    # the share link stands between the text and its call to action: with the call to action
    # cut off, the link closed the body, and a second pass dropped it
    from postscrub import process
    from postscrub.audit import check_accounted
    link = "https://www.linkedin.com/posts/ana-lee_hiring-activity-7171804770750394372-HGMp?utm_source=share"
    dump = (f"We are hiring a product intern in Pune.\n\nThe role is hybrid and paid.\n\n{link}\n\n"
            "Apply now by sending your CV to jobs@example.com\n")
    first = process(dump)
    assert first[0].cta
    assert not check_accounted(dump, first)
    again = process(first[0].body)
    assert "\n\n".join(r.body for r in again) == first[0].body


def test_comments_keyed_by_a_superscript_digit_do_not_crash():
    # a comments object keyed by numbers, one key a digit only to str.isdigit ("²"): no crash
    from postscrub import process

    post = {"author": "Ines Vale", "text": "Our quarterly notes on river data are out now.",
            "comments": {"²": {"author": "Rui Sol", "text": "great"}, "1": {"author": "Eva Lir", "text": "thanks"}}}
    records = process(json.dumps([post], ensure_ascii=False))
    assert records and "quarterly notes" in records[0].body
