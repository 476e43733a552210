"""The same batch on a Dask cluster (``pip install 'postscrub[dask]'``).

Library form::

    from postscrub.dask import process_paths
    bag = process_paths("s3://bucket/dumps/")          # a dask.bag.Bag, lazy
    records = bag.filter(lambda r: "error" not in r).compute()

Each element of the bag is a record as a dict (``Record.to_dict()``, schema ``postscrub/1``), in
file order then record order; a file that could not be processed (unreadable, not text) is one
element ``{"source": ..., "error": "<one-line reason>"}`` instead (see :func:`is_failure`): a bad
file is data about the run, never an exception that kills the bag.

Engine form (what ``postscrub DIR --engine dask -o OUT/`` calls): :func:`run` processes every file
on the cluster and writes JSON Lines partitions ``OUT/part-00000.jsonl`` … (each line exactly what
``-f jsonl`` prints) and, last, ``OUT/_SUCCESS``: a JSON summary with the counts and every failed
file with its reason. A partition file is written under a temporary name and renamed, so it is
complete or absent; ``_SUCCESS`` is removed when a run starts and written only when every
partition is, so its presence means the folder is complete.

Inputs are read through fsspec: local paths, ``file://`` and any filesystem the user installed
(``s3://`` with s3fs, ``gs://`` with gcsfs, …); ``storage_options`` go to that filesystem. The
workers need postscrub (the same version) installed.

This module imports dask; nothing else in postscrub does, so the core install never needs it.
"""

from __future__ import annotations

import json
import math
import os
import posixpath
from . import _re as re
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

import dask.bag as db
from fsspec.core import url_to_fs

from .config import Config
from .pipeline import DEFAULT_CONFIG

__all__ = ["process_paths", "is_failure", "list_inputs", "run", "RunSummary", "ClusterError",
           "PART_NAME", "SUMMARY_NAME"]

PART_NAME = "part-{:05d}.jsonl"
SUMMARY_NAME = "_SUCCESS"
SUMMARY_SCHEMA = "postscrub-run/1"
#: Upper bound of files in one partition (one task): keeps a task's memory and retry cost small.
MAX_FILES_PER_PARTITION = 1000
#: How long to try reaching a ``--scheduler`` before giving up.
CONNECT_TIMEOUT = "10s"


# --- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """One file to process: where to read it, and the name its records carry as ``source``."""

    #: an fsspec filesystem (picklable: it travels to the workers); None for a plain local path,
    #: which is read exactly as the local run reads it (:class:`postscrub.sources.Source`)
    fs: Any
    path: str  # the path within ``fs``
    source: str  # as the user would recognise it: the input as given, plus the path inside it
    error: str | None = None  # known to fail before reading (a folder that cannot be listed)


def _is_url(given: str) -> bool:
    return "://" in given and not os.path.exists(given)


def list_inputs(
    inputs: str | Sequence[str],
    *,
    globs: Iterable[str] | None = None,
    storage_options: dict[str, Any] | None = None,
    exclude: Iterable[str] = (),
) -> list[Item]:
    """Expand inputs (files, folders, URLs, globs in URLs) into the files to process, in the
    same order and under the same names as the local batch run.

    Plain local paths are walked by the local run's own :func:`postscrub.sources.expand` (same
    default globs, hidden files skipped, symbolic-link loops cut); URLs (``file://``, ``s3://``, …)
    are listed through fsspec with the same :class:`postscrub.sources.Globs`, sorted the same way.
    ``exclude``: folders (e.g. the output) never entered. An input that cannot be listed or does
    not exist becomes an item that fails (data, not an exception), and so do the inputs together
    when they hold no matching file at all."""
    from .sources import Globs, expand

    if isinstance(inputs, str) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]  # type: ignore[list-item]
    globs = globs if isinstance(globs, Globs) else Globs(globs)
    exclude = [str(e) for e in exclude]
    items: list[Item] = []
    local: list[str] = []

    def flush_local() -> None:
        if not local:
            return  # (expand() of nothing would mean standard input)
        excl = [e for e in exclude if not _is_url(e)]
        for src in expand(local, globs, exclude=excl):
            items.append(Item(None, src.path or src.name, src.name, src.error))
        local.clear()

    inputs = [str(i) for i in inputs]
    for given in inputs:
        if not _is_url(given):
            local.append(given)
            continue
        flush_local()
        items.extend(_list_url(given, globs, storage_options or {}, exclude))
    flush_local()
    if not items and inputs:  # never silently write nothing (as the local batch says it)
        joined = " ".join(inputs)
        items.append(Item(None, joined, joined, f"no file matches {globs} (hidden files are skipped); "
                                                 "pick files with --glob"))
    return items


def _list_url(given: str, globs: Any, storage_options: dict[str, Any], exclude: list[str]) -> list[Item]:
    try:
        fs, root = url_to_fs(given, **storage_options)
    except (ImportError, ValueError) as exc:  # unknown protocol, filesystem not installed
        return [Item(None, given, given, f"cannot open: {_reason(exc)}")]
    skip = []
    for e in exclude:
        try:
            efs, eroot = url_to_fs(e, **storage_options) if _is_url(e) else url_to_fs(os.path.abspath(e))
        except (ImportError, ValueError):
            continue
        if efs.protocol == fs.protocol:
            skip.append(eroot.rstrip("/") + "/")
    scheme = given.split("://", 1)[0] + "://"
    try:
        if any(c in root for c in "*?[") and not fs.exists(root):
            paths = [p for p in sorted(fs.glob(root)) if fs.isfile(p)]
            return [Item(fs, p, fs.unstrip_protocol(p) if scheme != "file://" else "file://" + p)
                    for p in paths if not any(p.startswith(s) for s in skip)]
        if not fs.isdir(root):
            if not fs.exists(root):
                return [Item(None, given, given, "cannot read: no such file or directory")]
            return [Item(fs, root, given)]
        base = root.rstrip("/")
        rels = []
        for p in fs.find(root, withdirs=False):
            rel = p[len(base) + 1:] if p.startswith(base + "/") else posixpath.relpath(p, base)
            parts = rel.split("/")
            if any(part.startswith(".") for part in parts) or any(p.startswith(s) for s in skip):
                continue
            if globs.match(parts[-1], rel):
                rels.append(rel)
        rels.sort(key=lambda r: r.split("/"))  # as the local walk: by name, level by level
        return [Item(fs, base + "/" + rel, given.rstrip("/") + "/" + rel) for rel in rels]
    except OSError as exc:
        return [Item(None, given, given, f"cannot read: {_reason(exc)}")]


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    return (str(exc) or type(exc).__name__).replace("\n", " ")


# --- per-file work (runs on the workers) ----------------------------------------------------


def _outcome(item: Item, st: Any) -> tuple[Any, list | None]:
    """One file through the local batch's own per-file function (same reading of local files,
    same records, same error messages). A file on another filesystem is read here, through
    fsspec, and handed over as bytes. Never raises for a bad file."""
    from .batch import Outcome, _Job, _process_one
    from .sources import MAX_INPUT_BYTES

    if item.fs is None or item.error is not None or _plain_local(item.fs):
        return _process_one(_Job(item.source, item.path, error=item.error), st)
    try:
        if item.fs.isdir(item.path):
            return Outcome(item.source, error="is a folder: give files, or a folder for batch mode"), None
        with item.fs.open(item.path, "rb") as fh:
            data = fh.read(MAX_INPUT_BYTES + 1)
    except (OSError, ValueError) as exc:
        return Outcome(item.source, error=f"cannot read: {_reason(exc)}"), None
    if len(data) > MAX_INPUT_BYTES:
        return Outcome(item.source, error=f"is larger than {MAX_INPUT_BYTES // 2**20} MB; split it first"), None
    return _process_one(_Job(item.source, None, data=data), st)


def _plain_local(fs: Any) -> bool:
    from fsspec.implementations.local import LocalFileSystem

    return type(fs) is LocalFileSystem


def _failure(source: str, reason: str) -> dict[str, str]:
    return {"source": source, "error": reason}


def is_failure(element: dict[str, Any]) -> bool:
    """True for the bag element standing for a file that could not be processed."""
    return "error" in element and "schema" not in element


def _records_of(items: Iterable[Item], config: Config) -> list[dict[str, Any]]:
    from .batch import _Settings

    st = _Settings("jsonl", config, keep_records=True)
    out: list[dict[str, Any]] = []
    for item in items:
        outcome, records = _outcome(item, st)
        if outcome.error is not None:
            out.append(_failure(outcome.name, outcome.error))
        else:
            out.extend(r.to_dict() for r in records or [])
    return out


def _item_of(url: str, storage_options: dict[str, Any]) -> Item:
    if not _is_url(url):
        return Item(None, url, url)
    try:
        fs, path = url_to_fs(url, **storage_options)
    except (ImportError, ValueError) as exc:
        return Item(None, url, url, f"cannot open: {_reason(exc)}")
    return Item(fs, path, url)


def _records_of_urls(urls: Iterable[str], config: Config, storage_options: dict[str, Any]) -> list[dict[str, Any]]:
    return _records_of((_item_of(str(u), storage_options) for u in urls), config)


# --- library form ---------------------------------------------------------------------------


def process_paths(
    paths_or_bag: "str | Sequence[str] | db.Bag",
    *,
    config: Config = DEFAULT_CONFIG,
    globs: Iterable[str] | None = None,
    storage_options: dict[str, Any] | None = None,
    files_per_partition: int | None = None,
) -> db.Bag:
    """A lazy bag of records (dicts) for the given files, folders or URLs — or for a bag whose
    elements are file paths/URLs. A failed file is an element too (:func:`is_failure`).

    Folders are listed here, on the client (see :func:`list_inputs`); files are read on the
    workers. ``files_per_partition`` defaults to about 1/32 of the files (at most
    ``MAX_FILES_PER_PARTITION``)."""
    if isinstance(paths_or_bag, db.Bag):
        return paths_or_bag.map_partitions(_records_of_urls, config, dict(storage_options or {}))
    items = list_inputs(paths_or_bag, globs=globs, storage_options=storage_options)
    if not items:
        return db.from_sequence([], npartitions=1)
    size = files_per_partition or _partition_size(len(items), 8)
    return db.from_sequence(items, partition_size=size).map_partitions(_records_of, config)


def _partition_size(n_files: int, n_slots: int) -> int:
    """Files per partition: about 4 partitions per worker thread (so a slow or lost worker holds
    a small share), at most MAX_FILES_PER_PARTITION files each."""
    if n_files <= 0:
        return 1
    return max(1, min(MAX_FILES_PER_PARTITION, math.ceil(n_files / (4 * max(1, n_slots)))))


# --- engine form ----------------------------------------------------------------------------


@dataclass(slots=True)
class RunSummary:
    """What a run did: the local batch's :class:`postscrub.batch.Report` (counts, exit code,
    the summary printed on stderr), plus the partitions and every failure; ``_SUCCESS`` holds
    :meth:`to_dict`."""

    output: str
    report: Any  # postscrub.batch.Report
    partitions: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)  # all of them (the report keeps 100)

    @property
    def exit_code(self) -> int:
        return self.report.exit_code

    def to_dict(self) -> dict[str, Any]:
        r = self.report
        return {
            "schema": SUMMARY_SCHEMA,
            "engine": "dask",
            "files": r.files,
            "ok": r.ok,
            "failed": r.failed,
            "records": r.records,
            "bytes": r.bytes,
            "repairs": dict(sorted(r.repairs.items())),
            "warnings": dict(sorted(r.warnings.items())),
            "partitions": list(self.partitions),
            "failures": list(self.failures),
        }


def _write_partition(chunk: tuple[int, list[Item]], out_fs: Any, out_root: str, st: Any) -> dict[str, Any]:
    """Process one partition's files and write their records; runs on a worker. The file
    appears under its final name only complete (temporary name, then rename), so a task that
    Dask retries after losing a worker just writes it again. Returns the files' outcomes
    (without their text)."""
    index, items = chunk
    name = PART_NAME.format(index)
    texts: list[str] = []
    outcomes = []
    for item in items:
        outcome, _ = _outcome(item, st)
        if outcome.ok and outcome.text:
            texts.append(outcome.text)  # render_jsonl's lines: the parts concatenate to `-f jsonl`
        outcome.text = None
        outcomes.append(outcome)
    try:
        _write_atomic(out_fs, out_root, name, "".join(texts))
    except OSError as exc:
        final = out_fs.unstrip_protocol(posixpath.join(out_root, name))
        raise OSError(f"cannot write {final}: {_reason(exc)}") from exc
    return {"name": name, "files": len(items), "records": sum(o.records for o in outcomes), "outcomes": outcomes}


def _write_atomic(fs: Any, root: str, name: str, text: str) -> None:
    """``root/name`` appears complete or not at all: write a temporary name, then rename
    (on object stores, where a rename is a copy, the object still appears whole)."""
    final = posixpath.join(root, name)
    tmp = posixpath.join(root, f".{name}.{uuid.uuid4().hex}.tmp")
    try:
        with fs.open(tmp, "wb") as fh:
            fh.write(text.encode("utf-8"))
        fs.mv(tmp, final)
    except BaseException:
        try:
            fs.rm(tmp)
        except Exception:
            pass
        raise


class ClusterError(Exception):
    """The run could not complete on the cluster (scheduler unreachable, workers lost beyond
    Dask's retries, postscrub missing on the workers, output not writable). ``str(exc)`` is
    one line; no ``_SUCCESS`` was written."""


@contextmanager
def _cluster_client(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    """A client of the given scheduler, or of a LocalCluster (processes, loopback only) that is
    shut down on the way out, also on error or Ctrl-C."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {_reason(exc)}") from exc
        with client:
            yield client
        return
    from .batch import default_jobs

    with _sigint_ignored():
        cluster = LocalCluster(
            n_workers=workers or default_jobs(),
            threads_per_worker=1,  # the pipeline is pure Python: one thread per process
            processes=True,
            host="127.0.0.1",  # every port (scheduler, workers, HTTP) on loopback, chosen freely
            dashboard_address="127.0.0.1:0",
            scheduler_kwargs={"dashboard": False},
            # (dask's own log lines are not ours to print: a worker whose heartbeat outlives the
            # scheduler at Ctrl-C logs an ERROR on stderr under load; every failure that matters
            # reaches the client as an exception and is reported by postscrub itself)
            silence_logs=logging.CRITICAL,
        )
        try:
            client = Client(cluster, set_as_default=False)
        except BaseException:
            cluster.close()
            raise
    with cluster, client:  # closed in this order (client, then cluster), also on error or Ctrl-C
        yield client


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore Ctrl-C (SIGINT) while the cluster starts (a second or two). The worker processes
    started meanwhile inherit that, so a terminal's Ctrl-C, which reaches the whole process
    group, is left to this process, which then shuts the cluster down cleanly, instead of every
    worker dying with a traceback; and a half-started cluster, which cannot be shut down
    cleanly, never happens. A Ctrl-C during the start itself is lost: press it again."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


def _worker_version() -> str:
    from . import __version__

    return __version__


def _check_workers(c: Any) -> None:
    """A cluster someone else started: it must have workers, and they must run this postscrub
    (another version would give other records; none at all fails every task)."""
    from . import __version__

    try:
        c.wait_for_workers(1, timeout=_seconds(CONNECT_TIMEOUT))
    except (TimeoutError, OSError) as exc:
        raise ClusterError(f"the Dask scheduler has no worker (waited {CONNECT_TIMEOUT}); start some") from exc
    try:
        versions = c.run(_worker_version)
    except Exception as exc:
        raise ClusterError(f"the Dask workers cannot run postscrub ({type(exc).__name__}: {_reason(exc)}); "
                           f"install postscrub {__version__} with its dask extra on every worker") from exc
    other = sorted({v for v in versions.values() if v != __version__})
    if other:
        raise ClusterError(f"the Dask workers run postscrub {', '.join(other)}, this machine {__version__}: "
                           "install the same version everywhere (records would differ)")


def _seconds(duration: str) -> float:
    from dask.utils import parse_timedelta

    return float(parse_timedelta(duration))


def run(
    inputs: str | Sequence[str],
    output: str,
    *,
    config: Config = DEFAULT_CONFIG,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    globs: Iterable[str] | None = None,
    storage_options: dict[str, Any] | None = None,
    files_per_partition: int | None = None,
    explain: bool = False,
    traceback: bool = False,
    on_explain: Any = None,
    on_outcome: Any = None,
) -> RunSummary:
    """Process every file of ``inputs`` on a Dask cluster and write ``output`` (a folder or
    URL): ``part-NNNNN.jsonl`` files, then ``_SUCCESS``. Uses ``client`` if given, else connects
    to ``scheduler``, else starts a LocalCluster of ``workers`` processes (default: one per
    core) and shuts it down at the end. A bad file is a failure in the summary (exit code 1);
    anything that stops the run raises :class:`ClusterError` (or KeyboardInterrupt), and then
    no ``_SUCCESS`` exists. Raises :class:`postscrub.batch.UsageError` when a local output
    folder overlaps a local input folder. ``on_outcome``/``on_explain`` are called as in
    :func:`postscrub.batch.run`, in input order, once the cluster is done; with ``traceback``
    an internal error's reason is its full traceback from the worker."""
    from .batch import Report, _check_paths, _Settings
    from .sources import Globs

    if isinstance(inputs, str):
        inputs = [inputs]
    inputs = [str(i) for i in inputs]
    if "-" in inputs:
        from .batch import UsageError

        raise UsageError("the dask engine reads files and folders, not standard input ('-')")
    g = Globs(globs)
    if not _is_url(output):
        _check_paths([i for i in inputs if not _is_url(i)], output, True, g)
    items = list_inputs(inputs, globs=g, storage_options=storage_options, exclude=[output])
    try:
        out_fs, out_root = url_to_fs(output, **(storage_options or {}))
        out_root = out_root.rstrip("/") or "/"
        out_fs.makedirs(out_root, exist_ok=True)
        if out_fs.exists(posixpath.join(out_root, SUMMARY_NAME)):
            out_fs.rm(posixpath.join(out_root, SUMMARY_NAME))
    except (OSError, ImportError, ValueError) as exc:
        raise ClusterError(f"cannot write to {output}: {_reason(exc)}") from exc

    st = _Settings("jsonl", config, explain=explain, traceback=traceback)
    report = Report()
    summary = RunSummary(output=output, report=report)
    parts: list[dict[str, Any]] = []
    if items:
        try:
            with (nullcontext(client) if client is not None else _cluster_client(scheduler, workers)) as c:
                if client is not None or scheduler:
                    _check_workers(c)
                slots = sum(c.nthreads().values()) or 1
                size = files_per_partition or _partition_size(len(items), slots)
                chunks = [(i, items[k:k + size]) for i, k in enumerate(range(0, len(items), size))]
                bag = db.from_sequence(chunks, partition_size=1).map(_write_partition, out_fs, out_root, st)
                parts = c.compute(bag).result()
        except ClusterError:
            raise
        except KeyboardInterrupt:  # the cluster is shut down by now: its workers wrote their last
            _remove_tmp(out_fs, out_root)
            raise
        except Exception as exc:
            _remove_tmp(out_fs, out_root)
            raise ClusterError(f"the Dask run did not complete ({type(exc).__name__}: {_reason(exc)}); "
                               f"no {SUMMARY_NAME} was written") from exc
    for part in parts:
        for outcome in part.pop("outcomes"):
            report.add(outcome)
            if outcome.error is not None:
                summary.failures.append(_failure(outcome.name, outcome.error))
            if outcome.explain and on_explain:
                on_explain(outcome.explain)
            if on_outcome:
                on_outcome(outcome)
        summary.partitions.append(part)
    try:
        _remove_stale(out_fs, out_root, len(parts))
        _write_atomic(out_fs, out_root, SUMMARY_NAME,
                      json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise ClusterError(f"cannot write {posixpath.join(output, SUMMARY_NAME)}: {_reason(exc)}") from exc
    report.elapsed = time.monotonic() - report.started
    return summary


def _remove_tmp(fs: Any, root: str) -> None:
    """After a run that did not complete: no temporary file left behind (best effort)."""
    try:
        _remove_stale(fs, root, None)
    except OSError:
        pass


def _remove_stale(fs: Any, root: str, n_parts: int | None) -> None:
    """Remove what an earlier run (or a killed attempt) left: parts beyond this run's count
    (``None``: keep every part) and temporary files. Nothing else in the folder is touched."""
    keep = {PART_NAME.format(i) for i in range(n_parts or 0)}
    for path in fs.ls(root, detail=False):
        name = posixpath.basename(path.rstrip("/"))
        stale_part = n_parts is not None and _PART_RE.fullmatch(name) and name not in keep
        stale_tmp = name.startswith(".part-") and name.endswith(".tmp")
        if stale_part or stale_tmp:
            try:
                fs.rm(path)
            except FileNotFoundError:
                pass


_PART_RE = re.compile(r"part-\d{5,}\.jsonl")
