"""Keep the documentation true: regenerate what README.md and docs/ show from the code.

    python -m postscrub._docs           # rewrite the generated parts
    python -m postscrub._docs --check   # exit 1 and name what is stale (tests/test_readme.py)

Generated parts of README.md are fenced by HTML comments. A block opened by
``<!-- output: postscrub ARGS -->`` and closed by ``<!-- /output -->`` holds the standard
output of that command (run in-process from the repository root, 80 columns, not a
terminal, so ``-f rich`` gives its plain form); ``postscrub --help`` is one such block.
docs/ holds captures of the seed's rich view (SVG with colours, and plain text), made with
rich's ``Console(record=True)``.

Run from a checkout (it reads README.md, samples/ and docs/ next to ``src/``).
"""

from __future__ import annotations

from . import _re as re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
SEED = "samples/seed-article.txt"
WIDTH = 80
#: the environment commands run in: fixed, so the output does not depend on the caller's
_ENV = {"COLUMNS": str(WIDTH), "LINES": "24", "TERM": "xterm", "NO_COLOR": "", "FORCE_COLOR": "",
        "POSTSCRUB_PAGER": "cat"}

_BLOCK = re.compile(
    r"(?P<open><!-- output: (?P<cmd>[^\n]*?) -->\n)(?P<body>.*?)(?P<close><!-- /output -->)",
    re.DOTALL,
)


def run_cli(args: list[str]) -> str:
    """Standard output of ``postscrub ARGS``, run in-process from the repository root."""
    import os

    from typer.testing import CliRunner

    from .cli import _schema, app

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        if args[:1] == ["schema"]:
            import contextlib
            import io

            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                _schema(args[1:])
            return buf.getvalue()
        result = CliRunner().invoke(app, args, prog_name="postscrub", env=_ENV, terminal_width=WIDTH)
    finally:
        os.chdir(here)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise RuntimeError(f"postscrub {shlex.join(args)} failed: {result.exception!r}")
    return result.stdout


def _fence(text: str) -> str:
    fence = "```"
    while fence in text:
        fence += "`"
    return f"{fence}text\n{text.rstrip()}\n{fence}\n"


def render_readme(readme: str) -> str:
    """``readme`` with every ``<!-- output: … -->`` block regenerated."""

    def block(m: re.Match) -> str:
        argv = shlex.split(m.group("cmd"))
        if argv[:1] != ["postscrub"]:
            raise ValueError(f"README output block must run postscrub, not {m.group('cmd')!r}")
        return m.group("open") + _fence(run_cli(argv[1:])) + m.group("close")

    return _BLOCK.sub(block, readme)


def seed_captures() -> dict[Path, str]:
    """The seed's rich view (with --explain), as SVG and as plain text."""
    from . import process_bytes
    from .decode import decode
    from .view import make_console, render_rich, view

    data = (ROOT / SEED).read_bytes()
    records = process_bytes(data, source=SEED)
    originals = [decode(data)[0]] * len(records)
    console = make_console(width=100, style="color", record=True)
    console.print(view(records, originals=originals, explain=True, style="color"))
    svg = console.export_svg(title=f"postscrub {SEED} -f rich --explain")
    text = render_rich(records, width=100, style="plain", explain=True, originals=originals)
    return {DOCS / "seed-rich.svg": svg, DOCS / "seed-rich.txt": text}


def generated() -> dict[Path, str]:
    """Every generated file, path -> the content it should have."""
    out = {README: render_readme(README.read_text(encoding="utf-8"))}
    out.update(seed_captures())
    return out


def stale() -> list[Path]:
    return [p for p, text in generated().items()
            if not p.exists() or p.read_text(encoding="utf-8") != text]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--check"]:
        bad = stale()
        for p in bad:
            print(f"stale: {p.relative_to(ROOT)} (run: python -m postscrub._docs)", file=sys.stderr)
        return 1 if bad else 0
    if argv:
        print("usage: python -m postscrub._docs [--check]", file=sys.stderr)
        return 2
    DOCS.mkdir(exist_ok=True)
    for p, text in generated().items():
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            p.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
