"""The command line: a thin layer that parses options, calls the library, maps errors to
one-line messages and exit codes. Data goes to stdout, messages to stderr."""

from __future__ import annotations

import enum
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (annotations only: the config module is imported where a run needs it)
    from .config import Config


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


class Promoted(str, enum.Enum):
    drop = "drop"
    keep = "keep"


class Engine(str, enum.Enum):
    local = "local"
    dask = "dask"


def _err(message: str) -> None:
    """One line on stderr; never interpreted as markup."""
    sys.stderr.write(message.replace("\n", " ") + "\n")
    sys.stderr.flush()


def _run_files(paths: list[str] | None, fmt: "Format | None", output: str | None, config: Config,
               explain: bool, no_color: bool, show_traceback: bool) -> int:
    """One input (a file, or standard input): processed here, in this process. Returns the
    exit code."""
    try:
        return _run_files_inner(paths, fmt, output, config, explain, no_color, show_traceback)
    except KeyboardInterrupt:  # (caught here: typer would turn it into a silent exit 130)
        _err("postscrub: interrupted" + ("" if output in (None, "-") else
                                         f"; {_display(output)} was left as it was"))
        return ExitCode.INTERRUPTED


def _display(path: str) -> str:
    from .sources import display_name

    return display_name(path)


def _run_files_inner(paths, fmt, output, config, explain, no_color, show_traceback) -> int:
    from .pipeline import process_bytes
    from .render import render
    from .decode import NotTextError
    from .sources import InputError, display_name, resolve

    to_stdout = output is None or output == "-"
    if not to_stdout:
        from .output import format_for, input_overwritten

        if input_overwritten(output, paths) is not None:  # (a batch refuses it the same way)
            _err(f"postscrub: the output file {display_name(output)} is an input; choose another -o")
            return ExitCode.USAGE
    if fmt is None:  # people at a terminal get the view; pipes and files keep JSON
        fmt = Format.rich if to_stdout and sys.stdout.isatty() else Format.json
    if not to_stdout:  # -o FILE.jsonl: JSON Lines, as in a batch
        fmt = Format(format_for(output, fmt.value))
    originals: list[str] = []
    all_records = []
    failed = 0
    for src in resolve(paths):
        name = display_name(src.name)
        if src.path is None and sys.stdin is not None and sys.stdin.isatty():
            # `postscrub` typed alone at a prompt: say why nothing happens
            _err("postscrub: reading a dump from the terminal: paste it and end with Ctrl-D "
                 "(or give a file; postscrub --help)")
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
            code = _write(text, output)
            if code is not None:
                return code
    elif all_records or fmt is not Format.json:
        text = render(all_records, fmt.value) if all_records else ""
        code = _write(text, output)
        if code is not None:
            return code
    return ExitCode.INPUT_FAILED if failed else ExitCode.OK


def _is_batch(paths: list[str] | None, output: str | None) -> bool:
    if paths and (len(paths) > 1 or os.path.isdir(paths[0])):
        return True
    return bool(output) and output != "-" and (output.endswith(("/", os.sep)) or os.path.isdir(output))


def _run_batch(paths, fmt, output, config, explain, show_traceback, jobs, glob, quiet, skip_existing):
    """Several inputs: postscrub.batch does the work; here only options, messages, exit code."""
    import gc

    import typer

    from . import batch, pipeline  # noqa: F401  (loaded before the freeze below, which covers it)

    # what is loaded now (typer, the pipeline's modules and compiled patterns: some 250,000
    # objects) lives until exit: moved out of the collector's generations, the full collections
    # a batch triggers stop walking it (collection time per 1,000 dumps 48 -> 25 ms; the
    # workers' page faults did not change)
    gc.freeze()
    ui = batch.Console(quiet=quiet, progress=not quiet and sys.stderr.isatty())
    try:
        with ui.progress(paths, glob, skip_existing, output) as on_outcome:
            report = batch.run(
                paths, output=output, fmt=(fmt or Format.json).value, jobs=jobs, globs=glob,
                skip_existing=skip_existing, config=config, explain=explain,
                traceback=show_traceback, on_outcome=on_outcome, on_explain=sys.stderr.write,
            )
    except batch.UsageError as exc:
        _err(f"postscrub: {exc}")
        raise typer.Exit(ExitCode.USAGE)
    except (batch.WorkerDied, batch.OutputFailed) as exc:
        _err(f"postscrub: {exc}")
        raise typer.Exit(ExitCode.INPUT_FAILED)
    except BrokenPipeError:  # `postscrub big/ | head -1`: the reader is gone; stop quietly
        _quiet_broken_pipe()  # (caught here: typer would turn it into exit code 1)
        raise typer.Exit(ExitCode.OK)
    ui.finish(report)
    raise typer.Exit(report.exit_code)


def _run_dask(paths, fmt, output, config, explain, jobs, glob, quiet, skip_existing, engine, scheduler,
              show_traceback=False):
    """--engine dask: postscrub.dask does the work (imported only here: the core install never
    needs dask); messages and exit codes as the local batch."""
    import typer

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
    ui = batch.Console(quiet=quiet)
    try:
        summary = engine_dask.run(
            paths, output, config=config, scheduler=scheduler, workers=jobs,
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


def _write(text: str, output: str | None) -> int | None:
    """Write the output. None when written; else the exit code to stop with: OK when the
    reader of standard output has gone away, USAGE when the output file cannot be created
    (as in a batch), INPUT_FAILED when writing it failed (a full disk)."""
    if output is None or output == "-":
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:  # caught here: typer would turn it into exit code 1
            _quiet_broken_pipe()
            return ExitCode.OK
        return None
    from .output import CannotCreate, write_atomic, write_error

    try:
        write_atomic(output, text)
    except OSError as exc:
        _err(f"postscrub: {write_error(output, exc)}")
        return ExitCode.USAGE if isinstance(exc, CannotCreate) else ExitCode.INPUT_FAILED
    return None


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: usage errors become one line and exit code 2."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        if args[:1] == ["schema"]:  # the one sub-command; a file named `schema`: ./schema
            code = _schema(args[1:])
        elif _one_plain_file(args):
            # `postscrub FILE`, no option: nothing to parse, so typer (and the time it takes
            # to import and to build the command) is not needed
            from .config import DEFAULT

            code = _run_files(args, None, None, DEFAULT, False, False, False)
        else:
            from ._app import app

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


def _one_plain_file(args: list[str]) -> bool:
    """One argument, a regular file, no option: what ``run`` does with its defaults."""
    return (len(args) == 1 and not args[0].startswith("-") and os.path.isfile(args[0])
            and "_POSTSCRUB_COMPLETE" not in os.environ)  # (click's shell-completion hook)


def _schema(rest: list[str]) -> int:
    """``postscrub schema``: the JSON Schema of a record on stdout."""
    if rest in (["-h"], ["--help"]):
        sys.stdout.write("Usage: postscrub schema\n\n  Print the JSON Schema (draft 2020-12) of a "
                         "postscrub record.\n")
        return ExitCode.OK
    if rest:
        import typer

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


def __getattr__(name: str):
    # the typer application (``postscrub.cli.app``, ``run``) is built on first use
    if name in ("app", "run"):
        from . import _app

        return getattr(_app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
