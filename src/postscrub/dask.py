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
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

import dask
import dask.bag as db
import fsspec
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
_GLOB_CHARS = "*?["


# --- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """One file to process: where to read it, and the name its records carry as ``source``."""

    fs: Any  # an fsspec filesystem (picklable: it travels to the workers)
    path: str  # the path within ``fs``
    source: str  # as the user would recognise it: the input as given, plus the path inside it


def _join(base: str, rel: str) -> str:
    return base.rstrip("/") + "/" + rel if base not in ("", ".") else rel


def _hidden(rel: str) -> bool:
    return any(part.startswith(".") for part in rel.split("/"))


def list_inputs(
    inputs: str | Sequence[str],
    *,
    glob: str | None = None,
    storage_options: dict[str, Any] | None = None,
) -> tuple[list[Item], list[dict[str, str]]]:
    """Expand inputs (files, folders, globs, URLs) into the files to process, in a deterministic
    order: inputs in the order given, a folder's files sorted by their path inside it.

    A folder is searched recursively; ``glob`` (matched against the path inside the folder, e.g.
    ``*.txt`` or ``**/*.md``) narrows it. Hidden files and folders (``.x``) are skipped.
    Returns ``(items, failures)``: an input that does not exist is a failure, not an exception.
    """
    if isinstance(inputs, (str, bytes)) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]  # type: ignore[list-item]
    items: list[Item] = []
    failures: list[dict[str, str]] = []
    for given in inputs:
        given = str(given)
        try:
            fs, root = url_to_fs(given, **(storage_options or {}))
        except (ImportError, ValueError) as exc:  # unknown protocol, filesystem not installed
            failures.append({"source": given, "error": f"cannot open: {_reason(exc)}"})
            continue
        try:
            if any(c in root for c in _GLOB_CHARS) and not fs.exists(root):
                found = sorted(fs.glob(root))
                files = [p for p in found if fs.isfile(p)]
                if not files:
                    failures.append({"source": given, "error": "matches no file"})
                prefix = given.split("://", 1)[0] + "://" if "://" in given else ""
                items.extend(Item(fs, p, _display(given, prefix, p)) for p in files)
            elif fs.isdir(root):
                base = root.rstrip("/")
                rels = []
                for p in fs.find(root, withdirs=False):
                    rel = posixpath.relpath(p, base) if base else p
                    if _hidden(rel) or (glob and not _match(rel, glob)):
                        continue
                    rels.append(rel)
                if not rels:
                    what = f"holds no file matching {glob}" if glob else "holds no file"
                    failures.append({"source": given, "error": f"is a folder that {what}"})
                items.extend(Item(fs, base + "/" + rel, _join(given, rel)) for rel in sorted(rels))
            elif fs.exists(root):
                items.append(Item(fs, root, given))
            else:
                failures.append({"source": given, "error": "cannot read: no such file or directory"})
        except OSError as exc:
            failures.append({"source": given, "error": f"cannot read: {_reason(exc)}"})
    return items, failures


def _display(given: str, prefix: str, path: str) -> str:
    # a glob's matches are shown in the form the glob was given (relative stays relative)
    if prefix:
        return prefix + path.lstrip("/") if not given.startswith(prefix + "/") else prefix + path
    rel = os.path.relpath(path)
    return path if given.startswith("/") or rel.startswith("..") else rel


def _match(rel: str, pattern: str) -> bool:
    from pathlib import PurePosixPath

    p = PurePosixPath(rel)
    return p.match(pattern) or ("/" not in pattern and PurePosixPath(p.name).match(pattern))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    return (str(exc) or type(exc).__name__).replace("\n", " ")


# --- per-file work (runs on the workers) ----------------------------------------------------


def _process_item(item: Item, config: Config) -> list[dict[str, Any]]:
    """One file -> its records as dicts, or one failure dict. Never raises for a bad file."""
    from .decode import NotTextError
    from .pipeline import process_bytes
    from .sources import MAX_INPUT_BYTES

    try:
        if item.fs.isdir(item.path):
            return [_failure(item.source, "is a folder: give files, or a folder for batch mode")]
        with item.fs.open(item.path, "rb") as fh:
            data = fh.read(MAX_INPUT_BYTES + 1)
    except (OSError, ValueError) as exc:
        return [_failure(item.source, f"cannot read: {_reason(exc)}")]
    if len(data) > MAX_INPUT_BYTES:
        return [_failure(item.source, f"is larger than {MAX_INPUT_BYTES // 2**20} MB; split it first")]
    try:
        records = process_bytes(data, source=item.source, config=config)
    except NotTextError as exc:
        return [_failure(item.source, str(exc))]
    except Exception as exc:  # an internal error is this file's failure, not the run's
        return [_failure(item.source, f"internal error ({type(exc).__name__}: {_reason(exc)}); "
                                      "rerun this file locally with --traceback and report it")]
    return [r.to_dict() for r in records]


def _failure(source: str, reason: str) -> dict[str, str]:
    return {"source": source, "error": reason}


def is_failure(element: dict[str, Any]) -> bool:
    """True for the element standing for a file that could not be processed."""
    return "error" in element and "schema" not in element


def _process_items(items: Iterable[Item], config: Config) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        out.extend(_process_item(item, config))
    return out


def _process_urls(urls: Iterable[str], config: Config, storage_options: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for url in urls:
        url = str(url)
        try:
            fs, path = url_to_fs(url, **storage_options)
        except (ImportError, ValueError) as exc:
            out.append(_failure(url, f"cannot open: {_reason(exc)}"))
            continue
        out.extend(_process_item(Item(fs, path, url), config))
    return out


# --- library form ---------------------------------------------------------------------------


def process_paths(
    paths_or_bag: "str | Sequence[str] | db.Bag",
    *,
    config: Config = DEFAULT_CONFIG,
    glob: str | None = None,
    storage_options: dict[str, Any] | None = None,
    files_per_partition: int | None = None,
) -> db.Bag:
    """A lazy bag of records (dicts) for the given files, folders, globs or URLs — or for a bag
    whose elements are file paths/URLs. Failed files are elements too (:func:`is_failure`).

    Folders and globs are listed here, on the client; the files are read on the workers."""
    if isinstance(paths_or_bag, db.Bag):
        return paths_or_bag.map_partitions(_process_urls, config, dict(storage_options or {}))
    items, failures = list_inputs(paths_or_bag, glob=glob, storage_options=storage_options)
    size = files_per_partition or _partition_size(len(items), 8)
    parts = [db.from_sequence(failures, npartitions=1)] if failures else []
    if items:
        parts.append(db.from_sequence(items, partition_size=size).map_partitions(_process_items, config))
    if not parts:
        return db.from_sequence([], npartitions=1)
    return db.concat(parts) if len(parts) > 1 else parts[0]


def _partition_size(n_files: int, n_slots: int) -> int:
    """Files per partition: about 4 partitions per worker thread (so a slow or lost worker holds
    a small share), at most MAX_FILES_PER_PARTITION files each."""
    if n_files <= 0:
        return 1
    return max(1, min(MAX_FILES_PER_PARTITION, math.ceil(n_files / (4 * max(1, n_slots)))))


# --- engine form ----------------------------------------------------------------------------


@dataclass(slots=True)
class RunSummary:
    """What a run did; also the content of ``_SUCCESS``."""

    output: str
    files: int = 0
    records: int = 0
    partitions: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SUMMARY_SCHEMA,
            "engine": "dask",
            "files": self.files,
            "processed": self.files - self.failed,
            "failed": self.failed,
            "records": self.records,
            "partitions": list(self.partitions),
            "failures": list(self.failures),
        }


def _write_partition(
    chunk: tuple[int, list[Item]], out_fs: Any, out_root: str, config: Config
) -> dict[str, Any]:
    """Process one partition's files and write its records; runs on a worker. The file appears
    under its final name only complete (temporary name, then rename): a retried task simply
    writes it again."""
    index, items = chunk
    name = PART_NAME.format(index)
    lines: list[str] = []
    failures: list[dict[str, str]] = []
    for element in _process_items(items, config):
        if is_failure(element):
            failures.append(element)
        else:
            # exactly render_jsonl's line, so the parts concatenate to what `-f jsonl` prints
            lines.append(json.dumps(element, ensure_ascii=False, separators=(",", ":")) + "\n")
    final = posixpath.join(out_root, name)
    tmp = posixpath.join(out_root, f".{name}.{uuid.uuid4().hex}.tmp")
    try:
        _write_atomic(out_fs, out_root, name, "".join(lines))
    except OSError as exc:
        raise OSError(f"cannot write {out_fs.unstrip_protocol(final)}: {_reason(exc)}") from exc
    return {"name": name, "files": len(items), "records": len(lines), "failures": failures}


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
    n = workers or os.cpu_count() or 1
    with LocalCluster(
        n_workers=n,
        threads_per_worker=1,  # the pipeline is pure Python: one thread per process
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster, Client(cluster, set_as_default=False) as client:
        yield client


def run(
    inputs: str | Sequence[str],
    output: str,
    *,
    config: Config = DEFAULT_CONFIG,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    glob: str | None = None,
    storage_options: dict[str, Any] | None = None,
    files_per_partition: int | None = None,
) -> RunSummary:
    """Process every file of ``inputs`` on a Dask cluster and write ``output`` (a folder or
    URL): ``part-NNNNN.jsonl`` files, then ``_SUCCESS``. Uses ``client`` if given, else connects
    to ``scheduler``, else starts a LocalCluster of ``workers`` processes (default: one per CPU)
    and shuts it down at the end. Bad files are listed in the summary; anything that stops the
    run raises :class:`ClusterError` (or KeyboardInterrupt), and then no ``_SUCCESS`` exists."""
    items, failures = list_inputs(inputs, glob=glob, storage_options=storage_options)
    try:
        out_fs, out_root = url_to_fs(output, **(storage_options or {}))
        out_root = out_root.rstrip("/") or "/"
        out_fs.makedirs(out_root, exist_ok=True)
        if out_fs.exists(posixpath.join(out_root, SUMMARY_NAME)):
            out_fs.rm(posixpath.join(out_root, SUMMARY_NAME))
    except (OSError, ImportError, ValueError) as exc:
        raise ClusterError(f"cannot write to {output}: {_reason(exc)}") from exc

    summary = RunSummary(output=output, files=len(items) + len(failures))
    summary.failures.extend(failures)
    parts: list[dict[str, Any]] = []
    if items:
        try:
            with (nullcontext(client) if client is not None else _cluster_client(scheduler, workers)) as c:
                slots = sum(c.nthreads().values()) or 1
                size = files_per_partition or _partition_size(len(items), slots)
                chunks = [(i, items[k:k + size]) for i, k in enumerate(range(0, len(items), size))]
                bag = db.from_sequence(chunks, partition_size=1).map(_write_partition, out_fs, out_root, config)
                parts = c.compute(bag).result()
        except ClusterError:
            raise
        except Exception as exc:
            raise ClusterError(f"the Dask run did not complete ({type(exc).__name__}: {_reason(exc)}); "
                               f"no {SUMMARY_NAME} was written") from exc
    for part in parts:
        summary.records += part["records"]
        summary.failures.extend(part["failures"])
        summary.partitions.append({"name": part["name"], "files": part["files"], "records": part["records"]})
    try:
        _remove_stale(out_fs, out_root, len(parts))
        _write_atomic(out_fs, out_root, SUMMARY_NAME,
                      json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise ClusterError(f"cannot write {posixpath.join(output, SUMMARY_NAME)}: {_reason(exc)}") from exc
    return summary


def _remove_stale(fs: Any, root: str, n_parts: int) -> None:
    """Remove what an earlier run (or a killed attempt) left: parts beyond this run's count and
    temporary files. Nothing else in the folder is touched."""
    keep = {PART_NAME.format(i) for i in range(n_parts)}
    for path in fs.ls(root, detail=False):
        name = posixpath.basename(path.rstrip("/"))
        stale_part = _PART_RE.fullmatch(name) and name not in keep
        stale_tmp = name.startswith(".part-") and name.endswith(".tmp")
        if stale_part or stale_tmp:
            try:
                fs.rm(path)
            except FileNotFoundError:
                pass


_PART_RE = re.compile(r"part-\d{5,}\.jsonl")
