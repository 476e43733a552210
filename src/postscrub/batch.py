"""Batch: a collection of dumps (folders, several files) in parallel, streamed, resumable.

The library entry point for a collection; the CLI is a thin layer over :func:`run`::

    from postscrub import batch

    report = batch.run(["dumps/"], output="out/")          # one <name>.json per input
    report = batch.run(["dumps/"], output="all.jsonl")     # one record per line, with its source
    for result in batch.process_files(["dumps/"], jobs=4):  # records, in a stable order
        ...

Guarantees:

* **Deterministic**: inputs are taken in :func:`postscrub.sources.walk` order, and results come
  out (and are written to a stream) in that order, whatever ``jobs`` is.
* **Flat memory**: the walk is lazy, a bounded window of chunks is in flight, and the
  :class:`Report` keeps counters (and at most :data:`MAX_FAILURES_KEPT` failure reasons), never the
  records.
* **Never half-written**: every output file is written to a hidden temporary file in its folder
  and renamed into place, so an output that exists is complete; ``skip_existing`` relies on it.
  Ctrl-C stops cleanly: files in progress are finished or discarded, no temporary file is left,
  and :attr:`Report.exit_code` is 130.
* **Never overwrites an input**: the output folder may not overlap a folder being walked, and an
  output that would land on an input is refused.

This module imports nothing heavy at import time: the process pool and rich are loaded only when
a batch needs them.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TextIO

from .config import Config
from .output import (
    SKIP_EXISTING_NEEDS_FOLDER, format_for, is_special_file, open_temp_beside, write_atomic, write_error,
)
from .sources import Globs, InputError, Source, display_name, expand

#: Formats a batch can write, and the extension of a mirrored output file for each.
EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "text": ".txt"}
#: Failure reasons kept for the summary (all of them are reported as they happen).
MAX_FAILURES_KEPT = 100
#: Files per task sent to a worker process, and chunks in flight per worker.
CHUNK_FILES = 8
CHUNK_BYTES = 256 * 1024
WINDOW_PER_JOB = 4


class UsageError(ValueError):
    """The options cannot work together (e.g. the output folder is inside an input folder).
    ``str(exc)`` is one line saying what to do."""


class OutputFailed(RuntimeError):
    """Writing ``-o FILE`` failed (a full disk): the file was left as it was. ``str(exc)`` is
    one line, ``cannot write FILE: reason``."""


class WorkerDied(RuntimeError):
    """A worker process died (killed, out of memory). The outputs written so far are complete."""


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------------------------
# Per-file outcome and the run's report


@dataclass(slots=True)
class Outcome:
    """What happened to one input. Small and picklable: it crosses process boundaries."""

    name: str
    error: str | None = None
    skipped: bool = False
    size: int = 0
    records: int = 0
    repairs: dict[str, int] = field(default_factory=dict)
    warnings: dict[str, int] = field(default_factory=dict)
    #: the rendered output, when it goes to a stream (not to a mirrored file)
    text: str | None = None
    #: the same, already encoded, when the stream is written as bytes (standard output and
    #: ``-o FILE`` in UTF-8: the worker encodes once, the parent neither decodes nor re-encodes)
    data: bytes | None = None
    #: the ``--explain`` listing, when asked for
    explain: str | None = None
    #: the file written (mirror mode)
    output: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class Report:
    """Counts per-file outcomes and decides the exit code (as black does: 0 when every input
    succeeded, 1 when any failed, 130 when interrupted)."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    records: int = 0
    bytes: int = 0
    repairs: Counter = field(default_factory=Counter)
    warnings: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (name, reason), capped
    interrupted: bool = False
    #: what an interrupted run left and how to go on (set by :func:`run` for its output)
    resume: str = "outputs written are complete, rerun with --skip-existing"
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0

    def add(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.failed += 1
            if len(self.failures) < MAX_FAILURES_KEPT:
                self.failures.append((outcome.name, outcome.error))
            return
        if outcome.skipped:
            self.skipped += 1
            return
        self.ok += 1
        self.bytes += outcome.size
        self.records += outcome.records
        self.repairs.update(outcome.repairs)
        self.warnings.update(outcome.warnings)

    @property
    def files(self) -> int:
        return self.ok + self.failed + self.skipped

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 1 if self.failed else 0

    def summary(self, top: int = 10) -> str:
        """A one-screen summary: files ok/failed/skipped, records, rate, failures with their
        reasons, repairs by rule, warnings by kind."""
        secs = max(self.elapsed, 1e-9)
        size = f"{self.bytes / 1e6:.1f} MB" if self.bytes >= 100_000 else f"{self.bytes / 1e3:.1f} KB"
        head = (
            f"postscrub: {self.ok:,} ok, {self.failed:,} failed, {self.skipped:,} skipped; "
            f"{self.records:,} records; {size} in {self.elapsed:.1f} s "
            f"({self.ok / secs:,.0f} files/s, {self.bytes / 1e6 / secs:.2f} MB/s)"
        )
        if self.interrupted:
            head += f"; interrupted: {self.resume}"
        lines = [head]
        if self.failed:
            lines.append(f"  failed ({self.failed:,}):")
            for name, reason in self.failures[:top]:
                lines.append(f"    {display_name(name)}: {reason}")
            if self.failed > top:
                lines.append(f"    … and {self.failed - top:,} more (each was reported above)")
        for label, counts in (("repairs", self.repairs), ("warnings", self.warnings)):
            if counts:
                items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
                shown = ", ".join(f"{k} {v:,}" for k, v in items[:top])
                more = f", … {len(items) - top} more" if len(items) > top else ""
                lines.append(f"  {label}: {shown}{more}")
        return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Rendering and writing (run in the workers)


def render_piece(records, fmt: str, streamed: bool) -> str:
    """The text one input contributes. Streamed ``json`` is a list of indented objects that
    :class:`_Sink` joins into one JSON array (so a batch's output is one valid document)."""
    from .render import render, render_json_items

    if fmt == "json" and streamed:
        return render_json_items(records)
    return render(records, fmt)



@dataclass(frozen=True, slots=True)
class _Job:
    """One input as sent to a worker."""

    name: str
    path: str | None
    data: bytes | None = None  # standard input, read by the parent
    out: str | None = None  # the mirrored output file, or None to stream
    error: str | None = None  # known unreadable (a folder that cannot be listed)


@dataclass(frozen=True, slots=True)
class _Settings:
    fmt: str
    config: Config
    explain: bool = False
    keep_records: bool = False  # process_files(): send the records back
    traceback: bool = False
    #: (encoding, errors) of the stream written as bytes, or None to send text
    encode: tuple[str, str] | None = None


def _process_one(job: _Job, st: _Settings) -> tuple[Outcome, list | None]:
    from .decode import NotTextError
    from .pipeline import process_bytes

    outcome = Outcome(job.name)
    try:
        data = job.data if job.data is not None else Source(job.name, job.path, error=job.error).read_bytes()
        outcome.size = len(data)
        records = process_bytes(data, source=job.name, config=st.config)
    except (InputError, NotTextError) as exc:
        outcome.error = str(exc)
        return outcome, None
    except Exception as exc:  # an internal error must not stop the other inputs
        outcome.error = f"internal error ({type(exc).__name__}: {exc}); rerun with --traceback and report it"
        if st.traceback:
            import traceback

            outcome.error = "internal error:\n" + traceback.format_exc()
        return outcome, None
    outcome.records = len(records)
    rep: dict[str, int] = {}
    warn: dict[str, int] = {}
    for r in records:
        for x in r.repairs:
            rep[x.rule] = rep.get(x.rule, 0) + 1
        for w in r.warnings:
            kind = w.split(":", 1)[0]
            warn[kind] = warn.get(kind, 0) + 1
    outcome.repairs, outcome.warnings = rep, warn
    if st.explain:
        from .render import render_explain

        outcome.explain = render_explain(records)
    if st.keep_records:
        return outcome, records
    if job.out is None:
        outcome.text = render_piece(records, st.fmt, streamed=True)
        if st.encode is not None:
            try:
                outcome.data, outcome.text = outcome.text.encode(*st.encode), None
            except UnicodeEncodeError:  # (sent as text: the parent's write raises as it would)
                pass
        return outcome, None
    try:
        if os.path.exists(job.out) and job.path is not None and os.path.samefile(job.out, job.path):
            outcome.error = f"its output {display_name(job.out)} is the input itself; choose another -o folder"
            return outcome, None
        os.makedirs(os.path.dirname(job.out) or ".", exist_ok=True)
        write_atomic(job.out, render_piece(records, st.fmt, streamed=False))
    except OSError as exc:
        outcome.error = f"cannot write {display_name(job.out)}: {(exc.strerror or str(exc)).lower()}"
        return outcome, None
    outcome.output = job.out
    return outcome, None


def _work_chunk(chunk: list[_Job], st: _Settings) -> list[tuple[Outcome, list | None]]:
    """Run in a worker process: one chunk of inputs, in order."""
    return [_process_one(job, st) for job in chunk]


def _init_worker() -> None:
    # Ctrl-C is the parent's business: it lets running chunks finish (outputs complete) and
    # cancels the rest, so workers must not die half-way through a write.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


# --------------------------------------------------------------------------------------------
# The ordered, bounded parallel map


def _chunks(jobs: Iterable[_Job], n_jobs: int = 1) -> Iterator[list[_Job]]:
    """Chunks of at most :data:`CHUNK_FILES` files and about :data:`CHUNK_BYTES`. A few chunks'
    worth of jobs is read ahead, so that the end of the walk is seen coming: the last chunks
    get smaller (about 1/2 ``n_jobs`` of what is left each), and the workers finish together
    instead of one of them running the last full chunk alone."""
    it = iter(jobs)
    ahead: deque[_Job] = deque()
    look = CHUNK_FILES * max(1, n_jobs) * 2
    exhausted = yielded = False
    while True:
        while not exhausted and len(ahead) < look:
            job = next(it, None)
            if job is None:
                exhausted = True
            else:
                ahead.append(job)
        if not ahead:
            return
        limit = CHUNK_FILES
        if exhausted and (yielded or len(ahead) > CHUNK_FILES):  # (what fits one chunk stays one)
            limit = min(CHUNK_FILES, -(-len(ahead) // (2 * max(1, n_jobs))))
        chunk: list[_Job] = []
        size = 0
        while ahead:
            job = ahead.popleft()
            chunk.append(job)
            if job.data is not None:
                size += len(job.data)
            elif job.path is not None:
                try:
                    size += os.stat(job.path).st_size
                except OSError:
                    pass
            if len(chunk) >= limit or size >= CHUNK_BYTES:
                break
        yielded = True
        yield chunk


def _ordered_map(
    jobs: Iterable[_Job], st: _Settings, n_jobs: int, leftovers: list | None = None
) -> Iterator[tuple[Outcome, list | None]]:
    """Results of every job, in the order of ``jobs``, computed by ``n_jobs`` processes with a
    bounded window of chunks in flight (memory stays flat whatever the number of files).

    When the consumer stops early (Ctrl-C), chunks already running are finished, not killed
    (their outputs are complete), the rest is cancelled, and the results that were computed but
    not yielded are put in ``leftovers`` as ``(in_order, result)``: ``in_order`` is true for the
    ones that directly follow the last result yielded."""
    if n_jobs <= 1:
        for job in jobs:
            yield _process_one(job, st)
        return
    chunks = _chunks(jobs, n_jobs)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if second is None:  # not worth a pool
        yield from _work_chunk(first, st)
        return

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from . import pipeline  # noqa: F401  warm the modules before forking: workers inherit them

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(n_jobs, mp_context=ctx, initializer=_init_worker)
    pending: deque = deque()
    current: deque = deque()  # results of the chunk being yielded
    window = max(2, n_jobs * WINDOW_PER_JOB)
    try:
        pending.append(pool.submit(_work_chunk, first, st))
        pending.append(pool.submit(_work_chunk, second, st))
        for chunk in chunks:
            while len(pending) >= window:
                done = pending[0].result()  # popped only once its results are here
                pending.popleft()
                current.extend(done)
                while current:
                    yield current.popleft()
            pending.append(pool.submit(_work_chunk, chunk, st))
        while pending:
            done = pending[0].result()
            pending.popleft()
            current.extend(done)
            while current:
                yield current.popleft()
    except BrokenProcessPool as exc:
        raise WorkerDied(
            "a worker process died (killed or out of memory); outputs written so far are complete: "
            "rerun with --skip-existing, perhaps with --jobs 1"
        ) from exc
    finally:
        for fut in pending:
            fut.cancel()
        # chunks already running finish (their outputs are complete); nothing new starts
        pool.shutdown(wait=True, cancel_futures=True)
        if leftovers is not None:
            in_order = True
            leftovers.extend((True, r) for r in current)
            for fut in pending:
                if fut.done() and not fut.cancelled() and fut.exception() is None:
                    leftovers.extend((in_order, r) for r in fut.result())
                else:
                    in_order = False


# --------------------------------------------------------------------------------------------
# Where the output goes


def is_folder_output(output: str | None) -> bool:
    """``-o DIR/`` (a trailing slash) or an existing folder means one output file per input."""
    if not output or output == "-":
        return False
    return output.endswith(("/", os.sep)) or os.path.isdir(output)


def _real(path: str) -> str:
    return os.path.realpath(os.path.abspath(path))


def _inside(child: str, parent: str) -> bool:
    return child == parent or child.startswith(parent.rstrip(os.sep) + os.sep)


def _check_paths(paths: list[str], output: str | None, folder_out: bool, globs: Globs) -> None:
    """Refuse standard input named twice (its second reading is empty), and outputs that could
    land inside the walk or on an input."""
    if paths.count("-") > 1:
        raise UsageError("standard input ('-') can be read only once; give '-' once")
    if output is None or output == "-":
        return
    out = _real(output)
    for p in paths:
        if p == "-":
            if folder_out:
                raise UsageError("standard input ('-') has no name to mirror under -o DIR/; use -o FILE")
            continue
        real = _real(p)
        if os.path.isdir(p):
            if folder_out and (_inside(out, real) or _inside(real, out)):
                raise UsageError(
                    f"the output folder {display_name(output)} overlaps the input folder {display_name(p)}; "
                    "choose an output folder outside it"
                )
            if not folder_out and _inside(out, real) and not _hidden_under(out, real) and globs.match(
                os.path.basename(out), os.path.relpath(out, real)
            ):
                raise UsageError(
                    f"the output file {display_name(output)} would be read as an input of {display_name(p)}; "
                    "write it outside that folder or give it another extension"
                )
        elif not folder_out and out == real:
            raise UsageError(f"the output file {display_name(output)} is an input; choose another -o")


def _hidden_under(path: str, root: str) -> bool:
    rel = os.path.relpath(path, root)
    return any(part.startswith(".") for part in rel.split(os.sep))


def mirror_path(src: Source, out_dir: str, fmt: str) -> str:
    """Where ``-o DIR/`` writes the output of ``src``: its path under the folder it was found in
    (or its base name, for a file given by name), with the format's extension in place of its
    own — or after it, when another selected file in the same folder has the same stem."""
    rel = src.rel or os.path.basename(src.name)
    head, _, tail = rel.rpartition(os.sep)
    stem = tail if src.stem_clash else (tail.rpartition(".")[0] or tail)
    return os.path.join(out_dir, head, stem + EXTENSIONS[fmt]) if head else os.path.join(out_dir, stem + EXTENSIONS[fmt])


def _byte_layer(stream: TextIO) -> tuple[str, str] | None:
    """``(encoding, errors)`` when ``stream`` can be written as bytes through its ``buffer``,
    to the same effect: UTF-8 (the workers' encoding is then the stream's), no newline
    translation (POSIX). None otherwise: the pieces are then sent and written as text."""
    import codecs

    if os.linesep != "\n" or not hasattr(stream, "buffer"):
        return None
    try:
        if codecs.lookup(stream.encoding).name != "utf-8":
            return None
    except (LookupError, TypeError, AttributeError):
        return None
    return "utf-8", getattr(stream, "errors", None) or "strict"


class _Sink:
    """Streams the pieces to a text stream, in order, joining ``json`` pieces into one array.
    With ``encode`` (see :func:`_byte_layer`), everything goes through the stream's byte
    layer; pieces arrive encoded (``Outcome.data``), text is encoded here."""

    def __init__(self, stream: TextIO, fmt: str, encode: tuple[str, str] | None = None) -> None:
        self.stream, self.fmt = stream, fmt
        self.pieces = 0
        self.encode = encode
        self.raw = None if encode is None else stream.buffer

    def write(self, piece: str | None, data: bytes | None = None) -> None:
        if not (piece if data is None else data):
            return
        if self.fmt == "json":
            lead = "[\n" if not self.pieces else ",\n"
        else:
            lead = "\n" if self.fmt == "text" and self.pieces else ""
        if self.raw is None:
            self.pieces += 1
            self.stream.write(lead + piece)
            return
        if data is None:
            data = piece.encode(*self.encode)
        if not self.pieces:
            self.stream.flush()  # (what was written to it as text stands first)
        self.pieces += 1
        _write_all(self.raw, lead.encode() + data)

    def close(self) -> None:
        if self.fmt == "json":
            tail = "\n]\n" if self.pieces else "[]\n"
            if self.raw is None or not self.pieces:
                self.stream.write(tail)
            else:
                _write_all(self.raw, tail.encode())
        if self.raw is not None:
            self.raw.flush()
        self.stream.flush()


class _WritingTo:
    """``with`` around the writes to ``-o FILE`` (or a device) and the rename that ends them
    (reusable): an OSError they raise (a full disk) becomes :class:`OutputFailed`, naming the
    file. Only there: an OSError from anything else (the worker pool, reading an input) is no
    failure to write. ``output`` None (standard output, a caller's stream) and a broken pipe:
    raised as they are, the caller's to report."""

    __slots__ = ("output",)

    def __init__(self, output: str | None) -> None:
        self.output = output

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if self.output is not None and isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            raise OutputFailed(write_error(self.output, exc)) from exc
        return False


def _write_all(raw, data: bytes) -> None:
    """``raw.write(data)``, again for the rest when an unbuffered stream (``python -u``)
    takes only a part."""
    n = raw.write(data)
    if n is not None and n < len(data):
        view = memoryview(data)
        while n < len(data):
            written = raw.write(view[n:])
            n += written or 0


# --------------------------------------------------------------------------------------------
# Entry points


@dataclass(slots=True)
class FileResult:
    """One input of :func:`process_files`: its records, or why it failed."""

    source: str
    records: list = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def process_files(
    paths: Iterable[str],
    *,
    config: Config | None = None,
    jobs: int | None = None,
    globs: Iterable[str] | None = None,
) -> Iterator[FileResult]:
    """The records of every input (files, folders walked with ``globs``), in walk order,
    computed by ``jobs`` processes (default: all cores). A failed input is a result with an
    ``error``; it never stops the others."""
    st = _Settings("json", config or Config(), keep_records=True)
    sources = expand(_paths(paths), globs)
    for outcome, records in _ordered_map(_jobs_for(sources, None, "json"), st, jobs or default_jobs()):
        yield FileResult(outcome.name, records or [], outcome.error)


def _paths(paths) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return [os.fspath(p) for p in paths] or ["-"]


def _jobs_for(sources: Iterable[Source], out_dir: str | None, fmt: str,
              skipped: Callable[[Source, str], None] | None = None,
              clash_check: bool = False) -> Iterator[_Job]:
    outs: set[str] | None = set() if clash_check else None
    for src in sources:
        if src.path is None:  # standard input: read here, once
            try:
                data = src.read_bytes()
            except InputError as exc:
                yield _Job(src.name, None, None, None, str(exc))
                continue
            yield _Job(src.name, None, data)
            continue
        out = None
        if out_dir is not None and src.error is None:
            out = mirror_path(src, out_dir, fmt)
            if outs is not None:
                if out in outs:
                    yield _Job(src.name, src.path, error=(
                        f"its output {display_name(out)} would overwrite another input's; "
                        "process these inputs into separate -o folders"))
                    continue
                outs.add(out)
            if skipped is not None and os.path.exists(out):
                skipped(src, out)
                continue
        yield _Job(src.name, src.path, None, out, src.error)


def run(
    paths: list[str],
    *,
    output: str | None = None,
    fmt: str = "json",
    jobs: int | None = None,
    globs: Iterable[str] | None = None,
    skip_existing: bool = False,
    config: Config | None = None,
    explain: bool = False,
    traceback: bool = False,
    stream: TextIO | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_explain: Callable[[str], None] | None = None,
) -> Report:
    """Process every input into ``output``:

    * ``None`` or ``"-"``: stream to ``stream`` (default: standard output), in order;
    * a folder (``"out/"``, or an existing folder): one file per input, mirroring the tree;
    * a file: the whole stream, written atomically (complete at the end, or untouched).

    ``fmt`` is ``json`` (streamed as one array), ``jsonl`` or ``text``; an output file named
    ``*.jsonl`` implies ``jsonl``. ``skip_existing`` (folder output only) leaves inputs whose
    output already exists alone. ``on_outcome`` sees each input's :class:`Outcome`, in order.
    Raises :class:`UsageError` for options that cannot work; a failed input never raises.
    """
    if fmt not in EXTENSIONS:
        raise UsageError(f"-f {fmt} cannot be used for several inputs; use json, jsonl or text")
    paths = _paths(paths)
    folder_out = is_folder_output(output)
    to_file = output not in (None, "-") and not folder_out
    if to_file:
        fmt = format_for(output, fmt)
    if skip_existing and not folder_out:
        raise UsageError(SKIP_EXISTING_NEEDS_FOLDER)
    g = Globs(globs)
    _check_paths(paths, output, folder_out, g)
    if folder_out:
        try:
            os.makedirs(output, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create the output folder {display_name(output)}: "
                             f"{(exc.strerror or str(exc)).lower()}") from exc
    report = Report()
    if not folder_out:  # (--skip-existing resumes a folder output only)
        report.resume = (f"{display_name(output)} was left as it was; rerun"
                         if to_file and not is_special_file(output) else
                         "the output stopped early (a JSON array is closed); rerun" if fmt == "json" else
                         "the output stopped early; rerun")
    st = _Settings(fmt, config or Config(), explain=explain, traceback=traceback)

    def skipped(src: Source, out: str) -> None:
        o = Outcome(src.name, skipped=True, output=out)
        report.add(o)
        if on_outcome:
            on_outcome(o)

    exclude = [output] if folder_out else []
    sources = expand(paths, g, exclude=exclude)
    several_roots = sum(1 for p in paths if p != "-") > 1
    job_iter = _jobs_for(sources, output if folder_out else None, fmt,
                         skipped if skip_existing else None, clash_check=folder_out and several_roots)

    tmp_stream = None
    target = stream if stream is not None else sys.stdout
    direct = None
    if to_file and is_special_file(output):
        # a device or a pipe (-o /dev/null, a FIFO): write through it; the rename below would
        # replace the device node itself with a file
        try:
            direct = target = open(output, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise UsageError(f"cannot write {display_name(output)}: "
                             f"{(exc.strerror or str(exc)).lower()}") from exc
        to_file = False
    if to_file:
        try:
            tmp_stream, tmp_path = open_temp_beside(output)
        except OSError as exc:
            raise UsageError(f"cannot write {display_name(output)}: {(exc.strerror or str(exc)).lower()}; "
                             "check that its folder exists and is writable") from exc
        target = tmp_stream
    sink = None
    if not folder_out:
        encode = _byte_layer(target)
        sink = _Sink(target, fmt, encode)
        st = replace(st, encode=encode)
    finished = False
    leftovers: list = []
    # (-o FILE or a device: a failed write names it; see _WritingTo)
    writing = _WritingTo(output if direct is not None or tmp_stream is not None else None)
    results = _ordered_map(job_iter, st, jobs or default_jobs(), leftovers)
    try:
        try:
            for outcome, _ in results:
                report.add(outcome)
                if sink is not None and outcome.ok:
                    with writing:
                        sink.write(outcome.text, outcome.data)
                if outcome.explain and on_explain:
                    on_explain(outcome.explain)
                if on_outcome:
                    on_outcome(outcome)
            finished = True
            if report.files == 0:  # never silently write nothing
                o = Outcome(" ".join(paths), error=f"no file matches {g} (hidden files are skipped); "
                            "pick files with --glob")
                report.add(o)
                if on_outcome:
                    on_outcome(o)
        except KeyboardInterrupt:
            report.interrupted = True
        finally:
            results.close()  # stop the pool now: running chunks finish, the rest is cancelled
        for in_order, (outcome, _) in leftovers:  # finished while stopping: complete, so counted
            if in_order or sink is None:
                report.add(outcome)
                if sink is not None and outcome.ok:
                    with writing:
                        sink.write(outcome.text, outcome.data)
        with writing:
            if sink is not None and (finished or tmp_stream is None):
                sink.close()  # stdout: close the JSON array even when interrupted: it stays valid
            if tmp_stream is not None:
                tmp_stream.close()
                if finished:
                    os.replace(tmp_path, output)
            if direct is not None:
                direct.flush()  # (here, not at the close below: a full device is reported)
    finally:
        for fh in (tmp_stream, direct):
            if fh is not None and not fh.closed:
                try:
                    fh.close()
                except OSError:  # (a write that failed is reported above; nothing more to say)
                    pass
        if tmp_stream is not None and os.path.exists(tmp_path):
            os.unlink(tmp_path)
        report.elapsed = time.monotonic() - report.started
    return report


# --------------------------------------------------------------------------------------------
# What a person sees on stderr (the CLI's batch view)


class Console:
    """Messages of a batch on stderr: a one-line error per failed input (always), a rich
    progress bar (files done, rate, ETA, failures) only when asked — the CLI asks when stderr
    is a terminal and not ``--quiet`` — and the end-of-run summary unless ``quiet``."""

    def __init__(self, *, quiet: bool = False, progress: bool = False, stream: TextIO | None = None) -> None:
        self.quiet = quiet
        self.show_progress = progress and not quiet
        self.stream = stream

    @property
    def _err(self) -> TextIO:
        return self.stream if self.stream is not None else sys.stderr

    def _line(self, text: str) -> None:
        self._err.write(text.replace("\n", " ") + "\n")
        self._err.flush()

    def failure_line(self, outcome: Outcome) -> str:
        if outcome.error and outcome.error.startswith("internal error:\n"):  # --traceback
            return f"postscrub: {display_name(outcome.name)}: {outcome.error}"
        return f"postscrub: {display_name(outcome.name)}: {outcome.error}".replace("\n", " ")

    def progress(self, paths: list[str], globs: Iterable[str] | None, skip_existing: bool, output: str | None):
        """A context manager giving the ``on_outcome`` callback for :func:`run`."""
        import contextlib

        if not self.show_progress:
            def on_outcome(o: Outcome) -> None:
                if o.error is not None:
                    self._err.write(self.failure_line(o) + "\n")
                    self._err.flush()

            return contextlib.nullcontext(on_outcome)
        return self._rich_progress(paths, globs, output)

    @staticmethod
    def _count(paths: list[str], globs: Iterable[str] | None, output: str | None) -> int | None:
        try:
            exclude = [output] if is_folder_output(output) else []
            return sum(1 for _ in expand(list(paths) or ["-"], globs, exclude=exclude))
        except OSError:
            return None

    def _rich_progress(self, paths, globs, output):
        import contextlib

        from rich.console import Console as RichConsole
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        console = RichConsole(file=self._err, highlight=False, markup=False)

        @contextlib.contextmanager
        def cm():
            total = self._count(paths, globs, output)
            bar = Progress(
                TextColumn("postscrub"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} files/s"), TimeElapsedColumn(), TextColumn("ETA"),
                TimeRemainingColumn(), TextColumn("{task.fields[failed]}"),
                console=console, transient=True, auto_refresh=False,  # no thread: safe to fork
            )
            task = bar.add_task("files", total=total, rate="-", failed="")
            state = {"failed": 0, "last": 0.0, "start": time.monotonic(), "done": 0}

            def on_outcome(o: Outcome) -> None:
                state["done"] += 1
                if o.error is not None:
                    state["failed"] += 1
                    console.print(self.failure_line(o), markup=False, highlight=False, soft_wrap=True)
                now = time.monotonic()
                if now - state["last"] >= 0.1 or o.error is not None:
                    state["last"] = now
                    rate = state["done"] / max(now - state["start"], 1e-9)
                    bar.update(task, completed=state["done"], rate=f"{rate:,.0f}",
                               failed=f"{state['failed']:,} failed" if state["failed"] else "")
                    bar.refresh()

            with bar:
                yield on_outcome

        return cm()

    def finish(self, report: Report) -> None:
        if not self.quiet:
            self._err.write(report.summary())
            self._err.flush()
        elif report.interrupted:
            self._line(f"postscrub: interrupted; {report.resume}")
