"""The command line: a thin layer that parses options, calls the library, maps errors to
one-line messages and exit codes. Data goes to stdout, messages to stderr."""

from __future__ import annotations

import enum
import os
import sys
import tempfile
from typing import Optional

import typer

from . import __version__


class ExitCode(enum.IntEnum):
    OK = 0
    INPUT_FAILED = 1  # at least one input could not be processed (the others were)
    USAGE = 2  # bad options or arguments
    INTERRUPTED = 130  # Ctrl-C


class Format(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


class Lost(str, enum.Enum):
    drop = "drop"
    mark = "mark"


app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Clean scraped LinkedIn dumps into structured JSON, recording every repair.",
)


def _err(message: str) -> None:
    """One line on stderr; never interpreted as markup."""
    sys.stderr.write(message.replace("\n", " ") + "\n")
    sys.stderr.flush()


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"postscrub {__version__}\n")
        raise typer.Exit(ExitCode.OK)


@app.command()
def run(
    paths: Optional[list[str]] = typer.Argument(
        None, help="Dump files to clean; '-' or nothing reads standard input.", show_default=False
    ),
    fmt: Format = typer.Option(
        Format.json, "-f", "--format", help="json (one record, or an array), jsonl, or text (the clean body)."
    ),
    output: Optional[str] = typer.Option(
        None, "-o", "--output", help="Write to this file (atomically) instead of standard output."
    ),
    lost: Lost = typer.Option(
        Lost.drop, "--lost", help="drop lost-character '?' artifacts, or mark them with U+FFFD."
    ),
    explain: bool = typer.Option(False, "--explain", help="List every repair on stderr."),
    show_traceback: bool = typer.Option(
        False, "--traceback", help="Show the full traceback of an internal error."
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Clean one or more LinkedIn dumps (files or standard input) into JSON records."""
    from .config import Config
    from .pipeline import process_bytes
    from .render import render
    from .decode import NotTextError
    from .sources import InputError, display_name, resolve

    config = Config(lost=lost.value)
    all_records = []
    failed = 0
    for src in resolve(paths):
        name = display_name(src.name)
        try:
            records = process_bytes(src.read_bytes(), source=src.name, config=config)
        except (InputError, NotTextError) as exc:
            _err(f"postscrub: {name}: {exc}")
            failed += 1
            continue
        except Exception as exc:  # an internal error must not stop the other inputs
            if show_traceback:
                raise
            _err(f"postscrub: {name}: internal error ({type(exc).__name__}: {exc}); "
                 "rerun with --traceback and report it")
            failed += 1
            continue
        if explain:
            from .render import render_explain

            sys.stderr.write(render_explain(records))
        all_records.extend(records)
    if all_records or fmt is not Format.json:
        text = render(all_records, fmt.value) if all_records else ""
        _write(text, output)
    raise typer.Exit(ExitCode.INPUT_FAILED if failed else ExitCode.OK)


def _write(text: str, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_atomic(output, text)


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename,
    so that ``path`` is either its old self or complete, never half-written."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".postscrub-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: usage errors become one line and exit code 2."""
    try:
        code = app(args=argv, prog_name="postscrub", standalone_mode=False)
    except KeyboardInterrupt:
        _err("postscrub: interrupted")
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
        sys.exit(ExitCode.OK)
    except OSError as exc:
        _err(f"postscrub: {exc.strerror or exc}")
        sys.exit(ExitCode.INPUT_FAILED)
    except Exception as exc:
        # typer's bundled click raises its usage errors with these two attributes
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            _err(f"postscrub: {exc.format_message()} (see 'postscrub --help')")
            sys.exit(ExitCode.USAGE)
        raise
    sys.exit(code or 0)


def _quiet_broken_pipe() -> None:
    # the reader went away (`postscrub … | head -1`): say nothing, flush nothing more
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
