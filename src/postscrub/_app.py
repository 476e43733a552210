"""The typer application behind :func:`postscrub.cli.main`: options and their help. Imported
only when the command line has something to parse (``postscrub FILE`` alone does not)."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from . import __version__
from .cli import (
    Engine, ExitCode, Format, Lost, Promoted, _is_batch, _run_batch, _run_dask, _run_files,
)
from .config import Config

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Clean scraped LinkedIn dumps into structured JSON, recording every repair.",
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"postscrub {__version__}\n")
        raise typer.Exit(ExitCode.OK)


@app.command()
def run(
    paths: Optional[list[str]] = typer.Argument(
        None, help="Dump files to clean; '-' or nothing reads standard input.", show_default=False
    ),
    fmt: Optional[Format] = typer.Option(
        None, "-f", "--format", show_default=False,
        help="json (one record, or an array), jsonl, text (the clean body), or rich (a view for "
        "people). Default: rich when standard output is a terminal, json otherwise.",
    ),
    output: Optional[str] = typer.Option(
        None, "-o", "--output", metavar="FILE|DIR/", show_default=False, help="Write to this file (atomically) instead of standard output; "
        "DIR/ (trailing slash, or an existing folder) writes one file per input, mirroring the tree.",
    ),
    lost: Lost = typer.Option(
        Lost.drop, "--lost", help="drop lost-character '?' artifacts, or mark them with U+FFFD."
    ),
    promoted: Promoted = typer.Option(
        Promoted.drop, "--promoted", help="Feed copies: leave ad cards ('Promoted') among the posts out "
        "(recorded, with a warning), or keep each as a record with a 'promoted:' warning."
    ),
    explain: bool = typer.Option(
        False, "--explain", help="List every repair on stderr; with rich, show the original lines "
        "with each change struck through and its rule named, on stdout."
    ),
    no_color: bool = typer.Option(
        False, "--no-color", help="No colour in the rich view (also NO_COLOR=1; TERM=dumb: no styling)."
    ),
    show_traceback: bool = typer.Option(
        False, "--traceback", help="Show the full traceback of an internal error."
    ),
    jobs: Optional[int] = typer.Option(
        None, "-j", "--jobs", min=1, metavar="N", show_default=False,
        help="Batch: processes working in parallel (default: all cores). Output order never changes.",
    ),
    glob: Optional[list[str]] = typer.Option(
        None, "--glob", metavar="PATTERN", show_default=False,
        help="Batch: which files in a folder to take (repeatable; default: *.txt *.text *.md *.markdown).",
    ),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Batch: no progress bar, no summary."),
    skip_existing: bool = typer.Option(
        False, "--skip-existing", help="Batch, with -o DIR/: leave inputs whose output exists (resume)."
    ),
    engine: Engine = typer.Option(
        Engine.local, "--engine", help="local (this machine), or dask: run the batch on a Dask cluster, "
        "reading any fsspec URL, writing OUT/part-*.jsonl and OUT/_SUCCESS (needs postscrub[dask]).",
    ),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="tcp://HOST:PORT", show_default=False,
        help="With --engine dask: the cluster's scheduler (default: start a local cluster of --jobs workers).",
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Clean one or more LinkedIn dumps (files or standard input) into JSON records.

    'postscrub schema' prints the JSON Schema of a record (to clean a file named
    'schema', write ./schema).
    """
    if output == "":  # `-o "$OUT"` with OUT unset: not the current folder, not a file named ''
        from .cli import _err

        _err("postscrub: -o was given an empty name; give a file, a folder (DIR/) or '-'")
        raise typer.Exit(ExitCode.USAGE)
    config = Config(lost=lost.value, promoted=promoted.value)
    if engine is Engine.dask or scheduler:
        _run_dask(paths or [], fmt, output, config, explain, jobs, glob, quiet, skip_existing, engine, scheduler,
                  show_traceback)
    if _is_batch(paths, output):  # a folder, several files, or -o DIR/
        _run_batch(paths or [], fmt, output, config, explain, show_traceback, jobs, glob, quiet,
                   skip_existing)
    if skip_existing:  # one input and no output folder: nothing to resume (a batch refuses it too)
        from .cli import _err
        from .output import SKIP_EXISTING_NEEDS_FOLDER

        _err(f"postscrub: {SKIP_EXISTING_NEEDS_FOLDER}")
        raise typer.Exit(ExitCode.USAGE)
    raise typer.Exit(_run_files(paths, fmt, output, config, explain, no_color, show_traceback))
