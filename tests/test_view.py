"""The human view (issue 6): what a person sees at a terminal, and what must never reach it.

Through the library (view.py), through typer's CliRunner, and in a real pseudo-terminal so
colours, widths and the default format are those of an actual tty."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from postscrub import process, process_bytes
from postscrub.cli import app
from postscrub.decode import decode
from postscrub.document import Author, Comment, Record, Repair
from postscrub.repair import line_texts
from postscrub.view import (
    clean,
    place_repairs,
    render_explain,
    render_rich,
    terminal_size,
    terminal_style,
    visible,
)

from .conftest import ROOT, SAMPLES

SEED = SAMPLES / "seed-article.txt"
SYNTHETIC = sorted((ROOT / "tests" / "corpus" / "synthetic").glob("*.txt"))

# what a styled view may legitimately contain: SGR sequences only
SGR = re.compile(r"\x1b\[[0-9;]*m")
MARKUP = "[bold]x[/bold] and [link=https://e.vil]y[/link] :smile:"
NASTY = ("\x1b[2J\x1b[H", "\x1b]0;pwned\x07", "\x1b]8;;https://e.vil\x1b\\", "\x9b31m", "\x07", "\x08",
         "\x1bP+q\x1b\\", "\u202e")


def strip_sgr(text: str) -> str:
    return SGR.sub("", text)


def hostile_record() -> Record:
    """A record whose every text field carries markup and escape sequences (a library user
    may build one, or a future rule may let one through: the view must hold anyway)."""
    bad = "".join(f"a{s}" for s in NASTY) + " " + MARKUP
    reply = Comment(Author("Rep[i]ly " + NASTY[0], None), "1d", "P1D", "reply " + bad, 2, [])
    return Record(
        source="evil\x1b[31m.txt", title="Title " + bad, author=Author("Name " + bad, "Bio " + bad),
        age="2w" + NASTY[1], age_iso="P2W", body="Body " + bad + "\n\nSecond " + bad,
        cta="CTA " + bad, sign_off="Bye " + bad, hashtags=["#Tag" + NASTY[0]], mentions=["Ann" + NASTY[2]],
        links=["https://x.example/" + NASTY[1]], reactions=3,
        comments=[Comment(Author("C " + bad, "CB " + bad), "3d", "P3D", "Comment " + bad, 1, [reply])],
        repairs=[Repair(1, 1, "ui.x" + NASTY[0], "t" + NASTY[0], "r" + NASTY[1])],
        warnings=["w: " + bad],
    )


# --------------------------------------------------------------------------------------------
# Safety: markup literal, no escape sequence from the dump


@pytest.mark.parametrize("style", ["color", "mono", "plain"])
def test_markup_prints_literally_and_no_dump_escape_reaches_the_terminal(style):
    out = render_rich([hostile_record()], width=100, style=style,
                      explain=True, originals=["x\x1b[2J" + MARKUP + "\x9b2J"])
    escapes = re.findall(r"\x1b[^\[]|\x1b\[[0-9;]*[^0-9;m]", out)
    assert escapes == [], escapes  # only SGR colour/attribute sequences, made by the view
    assert not re.search("[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f\u202e]", out)
    if style == "plain":
        assert "\x1b" not in out
    text = strip_sgr(out)
    assert text.count("[bold]x[/bold]") >= 10 and "[link=https://e.vil]y[/link]" in text
    assert ":smile:" in text  # no emoji codes either
    assert "pwned" in text  # the text of an OSC title stays visible as text… not as a title


def test_rich_markup_in_a_comment_through_the_cli():
    dump = ("A Title For This Test Article\nJane Roe\nWriter | Editor\nFirst paragraph of the body, "
            "long enough to be a paragraph.\nSecond paragraph, also long enough to count here.\n"
            "Reader | Critic\n3d " + MARKUP + "\n")
    res = CliRunner().invoke(app, ["-f", "rich"], input=dump, env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert res.exit_code == 0, res.output
    assert "\x1b[" in res.stdout  # FORCE_COLOR styled the pipe…
    assert "\x1b]8" not in res.stdout  # …but made no hyperlink out of the comment
    assert "[bold]x[/bold] and [link=https://e.vil]y[/link]" in strip_sgr(res.stdout)


def test_escape_sequences_in_a_dump_never_reach_the_terminal_cli():
    dump = "Hello \x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b[2J world\n"
    res = CliRunner().invoke(app, ["-f", "rich", "--explain"], input=dump, env={"FORCE_COLOR": "1"})
    assert res.exit_code == 0
    assert not re.search(r"\x1b(?!\[[0-9;]*m)", res.stdout)
    assert "\x07" not in res.stdout
    # …and the explain view shows what was there, inertly
    assert "␛[31m" in strip_sgr(res.stdout)


def test_clean_and_visible():
    assert clean("a\x1b[1;31mb\x1b[0mc\x1b]8;;u\x1b\\d\x07e\x9b2Jf\tg\nh") == "abcde" + "f\tg\nh"
    assert visible("a\x1bb\x00c\x7f\x9bd\te") == "a␛b␀c␡<U+009B>d␉e"
    assert clean("plain ascii [b]") == "plain ascii [b]"


# --------------------------------------------------------------------------------------------
# What the record view shows


@pytest.fixture(scope="module")
def seed():
    data = SEED.read_bytes()
    return process_bytes(data, source="samples/seed-article.txt"), decode(data)[0]


def test_record_view_shows_every_field(seed):
    records, _ = seed
    r = records[0]
    out = render_rich(records, width=120, style="plain")
    flat = " ".join(out.replace("│", " ").split())  # the call to action is in a box
    for value in [r.title, r.author.name, r.sign_off, *(c.text for c in r.comments)]:
        assert value and " ".join(value.split()) in flat
    for para in r.body.split("\n\n") + r.cta.split("\n\n"):
        assert " ".join(para.split()) in flat
    assert f"Comments ({len(r.comments)})" in out and f"Repairs ({len(r.repairs)})" in out
    for rule in {x.rule for x in r.repairs}:
        n = sum(x.rule == rule for x in r.repairs)
        assert re.search(rf"^{re.escape(rule)} +{n}$", out, re.M)
    for w in r.warnings:
        assert "⚠ " + " ".join(w.split())[:40] in flat


def test_replies_are_indented_below_their_comment():
    reply = Comment(Author("Bob", None), None, None, "the reply text", None, [])
    rec = Record(body="b", comments=[Comment(Author("Ann", "Ann's bio"), "1d", "P1D", "the comment", 4, [reply])])
    lines = render_rich([rec], width=60, style="plain").splitlines()
    ann = next(i for i, l in enumerate(lines) if "Ann" in l and "●" in l)
    bob = next(i for i, l in enumerate(lines) if "Bob" in l)
    indent = lambda s: len(s) - len(s.lstrip())  # noqa: E731
    assert bob > ann and indent(lines[bob]) > indent(lines[ann])
    assert "4 reactions" in lines[ann] and "1d (P1D)" in lines[ann]
    assert indent(next(l for l in lines if "the reply text" in l)) > indent(lines[bob])


@pytest.mark.parametrize("width", [40, 60, 100])
def test_narrow_terminals_wrap_within_the_width(seed, width):
    records, original = seed
    url = "https://example.com/" + "x" * 150
    long = Record(body="word " * 50 + url + " 中文字符" * 30, links=[url],
                  comments=[Comment(Author("N" * 70, "B" * 90), None, None, "y" * 200, None, [])])
    for recs, orig in ((records, original), ([long], None)):
        for style in ("plain", "color"):
            out = render_rich(recs, width=width, style=style, explain=True, originals=[orig] * len(recs))
            widths = [cell_len(strip_sgr(l)) for l in out.splitlines()]
            assert max(widths) <= width, (width, style, max(widths))
    # nothing lost by wrapping: the long URL is all there, folded over lines
    out = render_rich([long], width=40, style="plain")
    assert url in "".join(l.strip() for l in out.splitlines())


# --------------------------------------------------------------------------------------------
# The explain view


def test_seed_explain_strikes_what_was_removed_and_names_the_rule(seed):
    records, original = seed
    out = render_explain(records, [original], width=200, style="plain")
    line8 = next(l for l in out.splitlines() if l.startswith(" 8 │"))
    assert line8 == " 8 │ [-领英推荐-]"
    assert re.search(r"col 1  ui\.recommended_by_linkedin  '领英推荐' removed", out)
    for rep in records[0].repairs:  # every repair listed, with its rule and column
        assert re.search(rf"col {rep.column}  {re.escape(rep.rule)}  ", out)
    styled = render_explain(records, [original], width=200, style="color")
    assert "\x1b[9;33m领英推荐" in styled  # struck through, yellow: a UI rule
    mono = render_explain(records, [original], width=200, style="mono")
    assert "\x1b[9m领英推荐" in mono and not re.search(r"\x1b\[[0-9;]*3[0-7][;m]", mono)


def test_explain_places_a_later_rule_over_an_earlier_fix():
    # mojibake fixed first, then the whole (fixed) UI line removed: both shown on the original
    ui = "RecommandÃ© par LinkedIn"
    text = ("Mon titre\nJean Dupont\nBio de Jean\nPremier paragraphe assez long pour être un "
            f"paragraphe, voilà.\n{ui}\nDeuxième paragraphe, et c'est tout.\n")
    (rec,) = process(text)
    reps = [r for r in rec.repairs if r.line == 5]
    assert {r.rule for r in reps} == {"mojibake", "ui.recommended_by_linkedin"}
    placed = place_repairs(ui, reps)
    assert all(p.exact for p in placed)
    (whole,) = [p for p in placed if p.repair.rule.startswith("ui.")]
    assert (whole.start, whole.end) == (0, len(ui))
    out = render_explain([rec], [text], style="plain")
    assert f"5 │ [-{ui}-]\n" in out and "{+é+}" not in out  # struck whole, inner fix not shown as kept


def test_place_repairs_generations_and_best_effort():
    line = "caf\u00c3\u00a9 ok ?? \x1b[1mX"
    reps = [Repair(1, 4, "mojibake", "\u00c3\u00a9", "é"), Repair(1, 1, "ui.word", "café", ""),
            Repair(1, 10, "lost_character", "??", ""), Repair(1, 13, "mojibake", "\x1b[1m", "")]
    spans = {p.repair.rule + str(p.repair.column): (p.start, p.end, p.exact) for p in place_repairs(line, reps)}
    assert spans == {"mojibake4": (3, 5, True), "ui.word1": (0, 5, True),
                     "lost_character10": (9, 11, True), "mojibake13": (12, 16, True)}
    # a repair whose text is not there at all: placed at its column, flagged
    (p,) = place_repairs("abcdef", [Repair(1, 3, "x", "zz", "")])
    assert (p.start, p.end, p.exact) == (2, 4, False)
    out = render_explain([Record(repairs=[Repair(1, 3, "x", "zz", "")])], ["abcdef"], style="plain")
    assert "col 3 ~" in out


def test_long_lines_are_shortened_around_the_changes_only():
    line = "a" * 500 + "??" + "b" * 500
    rec = Record(repairs=[Repair(1, 501, "lost_character", "??", "")])
    out = render_explain([rec], [line], width=400, style="plain")
    first = next(line for line in out.splitlines() if line.startswith("1 │"))
    assert "…[440 chars]…" + "a" * 60 + "[-??-]" + "b" * 60 + "…[440 chars]…" in first


# --------------------------------------------------------------------------------------------
# The CLI: formats, defaults, colour switches


def test_cli_rich_and_default_json_when_not_a_terminal():
    r = CliRunner()
    res = r.invoke(app, [str(SEED)], env={"NO_COLOR": "", "FORCE_COLOR": ""})
    assert res.exit_code == 0 and json.loads(res.stdout)["schema"] == "postscrub/1"
    res = r.invoke(app, [str(SEED), "-f", "rich"], env={"COLUMNS": "50", "FORCE_COLOR": ""})
    assert res.exit_code == 0
    assert "\x1b" not in res.stdout  # a pipe: no styling
    assert max(cell_len(l) for l in res.stdout.splitlines()) == 50
    assert "The Power of Servant Leadership" in res.stdout


def test_cli_rich_explain_goes_to_stdout_and_json_explain_to_stderr(tmp_path):
    r = CliRunner()
    res = r.invoke(app, [str(SEED), "-f", "rich", "--explain"])
    assert "[-领英推荐-]" in res.stdout and "领英推荐" not in res.stderr
    res = r.invoke(app, [str(SEED), "--explain"])
    assert json.loads(res.stdout) and "ui.recommended_by_linkedin" in res.stderr
    out = tmp_path / "view.txt"
    res = r.invoke(app, [str(SEED), "-f", "rich", "-o", str(out)], env={"FORCE_COLOR": ""})
    assert res.exit_code == 0 and res.stdout == ""
    assert "\x1b" not in out.read_text(encoding="utf-8") and "Comments (5)" in out.read_text(encoding="utf-8")


def test_terminal_style_rules():
    class Tty:
        def isatty(self):
            return True

    class Pipe:
        def isatty(self):
            return False

    assert terminal_style(Tty(), environ={"TERM": "xterm"}) == "color"
    assert terminal_style(Tty(), environ={"TERM": "xterm", "NO_COLOR": "1"}) == "mono"
    assert terminal_style(Tty(), environ={"TERM": "xterm", "NO_COLOR": ""}) == "color"  # no-color.org
    assert terminal_style(Tty(), no_color=True, environ={"TERM": "xterm"}) == "mono"
    assert terminal_style(Tty(), environ={"TERM": "dumb"}) == "plain"
    assert terminal_style(Pipe(), environ={"TERM": "xterm"}) == "plain"
    assert terminal_style(None, environ={}) == "plain"
    assert terminal_style(Pipe(), environ={"FORCE_COLOR": "1"}) == "color"
    assert terminal_style(Pipe(), environ={"FORCE_COLOR": "1", "NO_COLOR": "1"}) == "mono"
    assert terminal_size(Pipe(), {"COLUMNS": "33"}) == (33, 24)
    assert terminal_size(None, {"COLUMNS": "nope"}) == (80, 24)


def test_json_path_does_not_import_rich():
    code = ("import sys\nfrom postscrub.cli import main\ntry:\n    main([sys.argv[1], '-f', 'json'])\n"
            "except SystemExit:\n    pass\nprint('RICH' if any(m.split('.')[0] == 'rich' for m in sys.modules)"
            " else 'NORICH', file=sys.stderr)\n")
    res = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, timeout=60)
    assert res.stderr.strip().splitlines()[-1] == "NORICH", res.stderr


# --------------------------------------------------------------------------------------------
# A real terminal: a pseudo-tty of a known size


def run_in_pty(args, env_extra, cols=60, rows=500):
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = {k: v for k, v in os.environ.items()
           if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "PAGER", "POSTSCRUB_PAGER")}
    env.update({"TERM": "xterm-256color", **env_extra})
    proc = subprocess.Popen([sys.executable, "-m", "postscrub", *args], stdout=slave, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, env=env, cwd=ROOT)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    proc.wait(timeout=60)
    return proc.returncode, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_real_terminal_defaults_to_the_coloured_view_at_its_width():
    code, out = run_in_pty([str(SEED.relative_to(ROOT))], {"POSTSCRUB_PAGER": "cat"}, cols=60)
    assert code == 0
    assert "\x1b[" in out and not out.lstrip().startswith("{")  # the view, styled, not JSON
    assert max(cell_len(strip_sgr(l)) for l in out.splitlines()) == 60
    code, out = run_in_pty([str(SEED.relative_to(ROOT)), "-f", "json"], {}, cols=60)
    assert json.loads(out)["title"] == "The Power of Servant Leadership"


@pytest.mark.parametrize("env,args,want", [
    ({"NO_COLOR": "1"}, [], "mono"),
    ({}, ["--no-color"], "mono"),
    ({"TERM": "dumb"}, [], "plain"),
])
def test_real_terminal_colour_switches(env, args, want):
    code, out = run_in_pty([str(SEED.relative_to(ROOT)), "--explain", *args], {"POSTSCRUB_PAGER": "cat", **env})
    assert code == 0 and "Comments (5)" in strip_sgr(out)
    colours = re.findall(r"\x1b\[[0-9;]*(?:3[0-7]|9[0-7])[;m]", out)
    assert colours == []
    if want == "mono":
        assert "\x1b[9m" in out  # strike-through still shows what went
    else:
        assert "\x1b" not in out and "[-领英推荐-]" in out


def test_real_terminal_pages_a_tall_view(tmp_path):
    paged = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open(sys.argv[1], 'w').write(sys.stdin.read())\" {paged}"
    code, out = run_in_pty([str(SEED.relative_to(ROOT))], {"POSTSCRUB_PAGER": pager}, rows=10)
    assert code == 0 and out.strip() == ""
    assert "Comments (5)" in strip_sgr(paged.read_text(encoding="utf-8"))
    # short enough for the screen: no pager
    code, out = run_in_pty([str(SEED.relative_to(ROOT)), "-f", "text"], {"POSTSCRUB_PAGER": pager}, rows=10)
    assert code == 0 and "Servant Leadership" in out


# --------------------------------------------------------------------------------------------
# Every dump we have renders, at 40 columns, with its explain view


def _renders_narrow(paths):
    for path in paths:
        try:
            text = decode(path.read_bytes())[0]
        except ValueError:  # not text: the CLI reports it; nothing to view
            continue
        records = process(text, source=path.name)
        out = render_rich(records, width=40, style="color", explain=True, originals=[text] * len(records))
        assert max(cell_len(strip_sgr(l)) for l in out.splitlines()) <= 40, path.name
        assert not re.search(r"\x1b(?!\[[0-9;]*m)", out), path.name
        assert f"Repairs ({len(records[0].repairs)})" in strip_sgr(out) or not records[0].repairs
        # every repair's recorded text and column point at the original line: the explain view
        # can strike exactly what went (a wrong column in the repair log shows up here)
        lines = line_texts(text)  # (the lines as the pipeline counts them)
        for r in records:
            by_line: dict[int, list[Repair]] = {}
            for rep in r.repairs:
                by_line.setdefault(rep.line, []).append(rep)
            for no, reps in by_line.items():
                loose = [p.repair for p in place_repairs(lines[no - 1], reps) if not p.exact]
                assert not loose, (path.name, no, loose[:3])


def test_every_synthetic_dump_renders_narrow_with_explain():
    assert SYNTHETIC
    _renders_narrow(SYNTHETIC)


def test_every_real_dump_renders_narrow_with_explain(real_corpus):
    _renders_narrow(sorted(p for p in real_corpus.iterdir() if p.name != "SOURCES.md" and p.is_file()))


# --------------------------------------------------------------------------------------------
# Whatever the text, only the view's own SGR sequences reach the terminal

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_nasty_text = st.text(
    alphabet=st.one_of(st.sampled_from(list("\x1b\x9b\x9d\x07\x08\r\n\t[]/=:;?\u202e\u00a0 ab中")),
                       st.characters(codec="utf-8")),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(body=_nasty_text, name=_nasty_text, comment=_nasty_text, rule=_nasty_text, width=st.integers(20, 90))
def test_any_text_renders_safely(body, name, comment, rule, width):
    original = body + "\n" + comment
    rec = Record(source=name, title=name, author=Author(name, comment), body=body, cta=comment,
                 comments=[Comment(Author(name, body), comment, None, comment, 1, [])],
                 repairs=[Repair(1, 1, rule or "x", body[:3], comment[:2])], warnings=[rule])
    for style in ("color", "plain"):
        out = render_rich([rec], width=width, style=style, explain=True, originals=[original])
        assert not re.search(r"\x1b(?!\[[0-9;]*m)", out)
        assert not re.search("[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out)
        if style == "plain":
            assert "\x1b" not in out
            assert max(cell_len(line) for line in out.splitlines()) <= width


def test_a_line_end_a_repair_recorded_is_placed_where_the_line_ends():
    # invented: a U+2028 read as a line end, a doubled line end dropped: each stands just past
    # its line's text, exactly (not a best-effort placement)
    reps = [Repair(1, 8, "line_separator", "\u2028", "\n"), Repair(1, 8, "doubled_line_break", "\n", "")]
    assert [(p.start, p.end, p.exact) for p in place_repairs("Ana Lee", reps)] == [(7, 7, True)] * 2
