"""The command line: a thin layer that parses options, calls the library, maps errors to
one-line messages and exit codes. Data goes to stdout, messages to stderr."""

from __future__ import annotations

import enum
import os
import sys
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
    rich = "rich"


class Lost(str, enum.Enum):
    drop = "drop"
    mark = "mark"


class Engine(str, enum.Enum):
    local = "local"
    dask = "dask"


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
    fmt: Optional[Format] = typer.Option(
        None, "-f", "--format", show_default=False,
        help="json (one record, or an array), jsonl, text (the clean body), or rich (a view for "
        "people). Default: rich when standard output is a terminal, json otherwise.",
    ),
    output: Optional[str] = typer.Option(
        None, "-o", "--output", help="Write to this file (atomically) instead of standard output; "
        "DIR/ (trailing slash, or an existing folder) writes one file per input, mirroring the tree.",
    ),
    lost: Lost = typer.Option(
        Lost.drop, "--lost", help="drop lost-character '?' artifacts, or mark them with U+FFFD."
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
        None, "-j", "--jobs", min=1, show_default=False,
        help="Batch: processes working in parallel (default: all cores). Output order never changes.",
    ),
    glob: Optional[list[str]] = typer.Option(
        None, "--glob", show_default=False,
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
    if engine is Engine.dask or scheduler:
        _run_dask(paths or [], fmt, output, lost, explain, jobs, glob, quiet, skip_existing, engine, scheduler,
                  show_traceback)
    if _is_batch(paths, output):  # a folder, several files, or -o DIR/
        _run_batch(paths or [], fmt, output, lost, explain, show_traceback, jobs, glob, quiet,
                   skip_existing)
    from .config import Config
    from .pipeline import process_bytes
    from .render import render
    from .decode import NotTextError
    from .sources import InputError, display_name, resolve

    config = Config(lost=lost.value)
    to_stdout = output is None or output == "-"
    if fmt is None:  # people at a terminal get the view; pipes and files keep JSON
        fmt = Format.rich if to_stdout and sys.stdout.isatty() else Format.json
    originals: list[str] = []
    all_records = []
    failed = 0
    for src in resolve(paths):
        name = display_name(src.name)
        try:
            data = src.read_bytes()
            records = process_bytes(data, source=src.name, config=config)
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
        if explain and fmt is Format.rich:
            from .decode import decode

            originals += [decode(data)[0]] * len(records)  # the view shows the original lines
        elif explain:
            from .render import render_explain

            sys.stderr.write(render_explain(records))
        all_records.extend(records)
    if fmt is Format.rich and all_records:
        from .view import for_stream, page

        stream = sys.stdout if to_stdout else None
        text = for_stream(all_records, stream, no_color=no_color, explain=explain,
                          originals=originals or None)
        if not page(text, stream):
            _write(text, output)
    elif all_records or fmt is not Format.json:
        text = render(all_records, fmt.value) if all_records else ""
        _write(text, output)
    raise typer.Exit(ExitCode.INPUT_FAILED if failed else ExitCode.OK)


def _is_batch(paths: list[str] | None, output: str | None) -> bool:
    if paths and (len(paths) > 1 or os.path.isdir(paths[0])):
        return True
    return bool(output) and output != "-" and (output.endswith(("/", os.sep)) or os.path.isdir(output))


def _run_batch(paths, fmt, output, lost, explain, show_traceback, jobs, glob, quiet, skip_existing):
    """Several inputs: postscrub.batch does the work; here only options, messages, exit code."""
    from . import batch
    from .config import Config

    ui = batch.Console(quiet=quiet, progress=not quiet and sys.stderr.isatty())
    try:
        with ui.progress(paths, glob, skip_existing, output) as on_outcome:
            report = batch.run(
                paths, output=output, fmt=(fmt or Format.json).value, jobs=jobs, globs=glob,
                skip_existing=skip_existing, config=Config(lost=lost.value), explain=explain,
                traceback=show_traceback, on_outcome=on_outcome, on_explain=sys.stderr.write,
            )
    except batch.UsageError as exc:
        _err(f"postscrub: {exc}")
        raise typer.Exit(ExitCode.USAGE)
    except batch.WorkerDied as exc:
        _err(f"postscrub: {exc}")
        raise typer.Exit(ExitCode.INPUT_FAILED)
    except BrokenPipeError:  # `postscrub big/ | head -1`: the reader is gone; stop quietly
        _quiet_broken_pipe()  # (caught here: typer would turn it into exit code 1)
        raise typer.Exit(ExitCode.OK)
    ui.finish(report)
    raise typer.Exit(report.exit_code)


def _run_dask(paths, fmt, output, lost, explain, jobs, glob, quiet, skip_existing, engine, scheduler,
              show_traceback=False):
    """--engine dask: postscrub.dask does the work (imported only here: the core install never
    needs dask); messages and exit codes as the local batch."""
    def usage(message: str) -> None:
        _err(f"postscrub: {message}")
        raise typer.Exit(ExitCode.USAGE)

    if engine is not Engine.dask:
        usage("--scheduler needs --engine dask")
    if not output or output == "-":
        usage("--engine dask writes JSON Lines partitions to a folder: give -o OUT/ (a folder or URL)")
    if fmt not in (None, Format.jsonl):
        usage(f"--engine dask writes JSON Lines (part-*.jsonl); -f {fmt.value} cannot be used with it")
    if skip_existing:
        usage("--skip-existing is not available with --engine dask (a run rewrites its partitions)")
    if scheduler and jobs:
        usage("--jobs sizes the local cluster; with --scheduler the cluster's own workers are used")
    if not paths:
        usage("--engine dask needs files, folders or URLs to read (not standard input)")
    try:
        from . import dask as engine_dask
    except ImportError as exc:
        usage(f"--engine dask needs the dask extra ({exc}): pip install 'postscrub[dask]'")
    from . import batch
    from .config import Config

    ui = batch.Console(quiet=quiet)
    try:
        summary = engine_dask.run(
            paths, output, config=Config(lost=lost.value), scheduler=scheduler, workers=jobs,
            globs=glob, explain=explain, on_explain=sys.stderr.write, traceback=show_traceback,
            on_outcome=lambda o: o.error is not None and sys.stderr.write(ui.failure_line(o) + "\n"),
        )
    except batch.UsageError as exc:
        usage(str(exc))
    except engine_dask.ClusterError as exc:
        _err(f"postscrub: {exc}")
        raise typer.Exit(ExitCode.INPUT_FAILED)
    except KeyboardInterrupt:  # (typer would turn it into a silent exit 130)
        _err(f"postscrub: interrupted; the cluster was shut down and no {engine_dask.SUMMARY_NAME} "
             "was written: the partitions in the output are incomplete, rerun")
        raise typer.Exit(ExitCode.INTERRUPTED)
    ui.finish(summary.report)
    raise typer.Exit(summary.exit_code)


def _write(text: str, output: str | None) -> None:
    if output is None or output == "-":
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:  # caught here: typer would turn it into exit code 1
            _quiet_broken_pipe()
            raise typer.Exit(ExitCode.OK)
        return
    from .output import write_atomic

    write_atomic(output, text)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: usage errors become one line and exit code 2."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        if args[:1] == ["schema"]:  # the one sub-command; a file named `schema`: ./schema
            code = _schema(args[1:])
        else:
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


def _schema(rest: list[str]) -> int:
    """``postscrub schema``: the JSON Schema of a record on stdout."""
    if rest in (["-h"], ["--help"]):
        sys.stdout.write("Usage: postscrub schema\n\n  Print the JSON Schema (draft 2020-12) of a "
                         "postscrub record.\n")
        return ExitCode.OK
    if rest:
        raise typer.BadParameter("'postscrub schema' takes no arguments "
                                 "(to clean a file named 'schema', write ./schema)")
    from .schema import schema_json

    sys.stdout.write(schema_json())
    sys.stdout.flush()
    return ExitCode.OK


def _quiet_broken_pipe() -> None:
    # the reader went away (`postscrub … | head -1`): say nothing, flush nothing more
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
