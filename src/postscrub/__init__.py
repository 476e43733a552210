"""postscrub: clean, structured JSON from messy scraped LinkedIn dumps.

Library first::

    import postscrub
    records = postscrub.process(text, source="dump.txt")   # -> list[Record]
    records[0].to_dict()

``process`` is pure (no I/O, no global state) and picklable, so it can be mapped
over any collection with ``multiprocessing``, ``concurrent.futures`` or Dask.
"""

__version__ = "0.1.0"

__all__ = ["__version__", "Config", "Record", "process", "process_bytes"]


def __getattr__(name: str):  # lazy: keep `import postscrub` (and CLI start-up) cheap
    if name == "Config":
        from .config import Config

        return Config
    if name == "Record":
        from .document import Record

        return Record
    if name in ("process", "process_bytes"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'postscrub' has no attribute {name!r}")
