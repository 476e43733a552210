"""Evaluation gate: score ``postscrub.process`` against the hand-labelled corpus.

Run ``python -m postscrub.evaluate [--labels DIR] [--corpus DIR] [--json] [--failures]``.

Labels live in ``tests/corpus/labels/*.json`` (format: ``tests/corpus/README.md``). A label
names its dump either relative to the real corpus (``../shared/corpus/real`` beside the
repository, or ``--corpus`` / ``$POSTSCRUB_CORPUS``) or as ``synthetic:<name>.txt`` (in
``tests/corpus/synthetic``). Real labels hold no dump text: long spans are given as
*anchors* (first and last few words) and cut out of the dump at run time.

Checks, each right or wrong (a label key that is absent is not scored):

* exact (NFC, whitespace collapsed): title, author.name, author.bio, age, sign_off,
  comment author.name / author.bio / age / reactions; hashtags (list equality);
  the number of records (one check per label, unless ``"count_records": false``);
* token F1 >= 0.9: body and cta; the number of comments (one check), then per labelled
  comment (aligned by order) token F1 >= 0.8 on its text; replies likewise when labelled.

Besides the checks it counts *UI-string violations*: known LinkedIn chrome (all locales
below) left in an output body or comment text, as a whole line or as a token sequence.
The command always exits 0; ``tests/test_evaluate_gate.py`` holds the minimum scores.
"""

from __future__ import annotations

import argparse
import json
import os
from . import _re as re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LABELS = REPO_ROOT / "tests" / "corpus" / "labels"
DEFAULT_SYNTHETIC = REPO_ROOT / "tests" / "corpus" / "synthetic"
DEFAULT_HELDOUT = DEFAULT_SYNTHETIC.parent / "heldout"
DEFAULT_HELDOUT_LABELS = DEFAULT_SYNTHETIC.parent / "labels-heldout"
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "real"

BODY_F1 = 0.9
COMMENT_F1 = 0.8

# ------------------------------------------------------------------------------ UI chrome
# Strings LinkedIn's UI leaves in scraped text (FIELD-NOTES §3 and the synthetic locales).
# Matched case-insensitively as a whole line anywhere, and as a token sequence when the
# phrase is long enough not to occur in ordinary prose (see ``_phrase_tokens``).
UI_STRINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "Report this post", "Report this comment", "Report this article", "…more", "...more",
        "…see more", "...see more", "see more", "Like", "Comment", "Repost", "Share", "Send", "Copy",
        "Reply", "Like Reply", "Like Comment Share", "Like Comment Repost Send", "See more comments",
        "To view or add a comment, sign in", "Author", "Follow", "+ Follow", "Edited", "Promoted",
        "Visible to anyone on or off LinkedIn", "Activate to view larger image,", "Agree & Join LinkedIn",
        "Skip to main content", "More Relevant Posts", "Explore topics", "Explore content categories",
        "Others also viewed", "Recommended by LinkedIn", "No more previous content", "No more next content",
        "View Profile", "Sign in to view more content", "Join now", "Sign in", "hashtag",
        "No alternative text description for this image", "See content credentials", "Show more", "Show less",
        "Feed post number",
    ),
    "fr": (
        "Signaler ce post", "Signaler ce commentaire", "…plus", "J’aime", "J'aime", "Commenter", "Republier",
        "Envoyer", "Partager", "Répondre", "J’aime Répondre", "J’aime Commenter Partager",
        "J’aime Commenter Republier Envoyer", "Voir plus de commentaires",
        "Pour voir ou ajouter un commentaire, connectez-vous", "Recommandé par LinkedIn",
        "Visible de tous sur LinkedIn et en dehors", "Accepter et rejoindre LinkedIn",
        "Passer au contenu principal", "Voir le profil", "Suivre", "Explorer les sujets",
        "Post du fil d’actualité numéro",
    ),
    "de": (
        "Beitrag melden", "Kommentar melden", "Gefällt mir", "Kommentieren", "Teilen", "Senden", "Antworten",
        "Gefällt mir Antworten", "Empfohlen von LinkedIn", "Weitere Kommentare anzeigen",
        "Zum Hauptinhalt springen",
    ),
    "es": (
        "Denunciar esta publicación", "Denunciar este comentario", "Recomendar", "Comentar", "Compartir",
        "Enviar", "Responder", "Recomendado por LinkedIn", "Ver más comentarios",
        "Saltar al contenido principal",
    ),
    "pt": ("Denunciar esta publicação", "Gostei", "Comentar", "Compartilhar", "Recomendado pelo LinkedIn"),
    "zh": (
        "举报此动态", "举报此评论", "…更多", "赞", "评论", "转发", "发送", "分享", "回复", "领英推荐",
        "查看更多评论", "登录后即可查看或发表评论", "所有领英会员及非会员均可见", "同意并加入领英", "跳到主要内容",
        "查看档案", "关注", "探索主题",
    ),
}
# Whole-line patterns: counters and ages that are chrome when they stand alone on a line.
UI_LINE_PATTERNS: tuple[str, ...] = (
    r"\d[\d,.\s]*\s*(?:reactions?|comments?|reposts?|followers|réactions?|commentaires?|abonnés"
    r"|次回应|条评论|位关注者)",
    r"(?:feed post number|post du fil d’actualité numéro|动态第)\s*\d+\s*条?",
    r"[^\s]+ (?:reposted this|likes this|a republié ceci)",
    r"•\s*(?:1st|2nd|3rd\+?|1er|2e|3e|一度|二度|三度)",
    r"(?:premium|verified)\s*•\s*(?:1st|2nd|3rd\+?)",
    r"\d+\s*(?:h|d|w|mo|y|j|sem\.|小时|天|周|个月|年)\s*•.*",
)
_UI_LINE_RE = re.compile(r"^(?:" + "|".join(UI_LINE_PATTERNS) + r")$", re.IGNORECASE)


def ui_strings() -> list[str]:
    """All known chrome strings, ours plus ``postscrub.patterns`` tables when present."""
    out: list[str] = [s for group in UI_STRINGS.values() for s in group]
    try:  # reuse the extraction's own tables if it exposes any (never required)
        from . import patterns  # type: ignore

        for name in ("RECOMMENDED_HEADER", "UI_STRINGS", "CHROME"):
            table = getattr(patterns, name, None)
            if isinstance(table, dict):
                for v in table.values():
                    out.extend(x for x in (v if isinstance(v, (list, tuple, set)) else [v]) if isinstance(x, str))
    except Exception:  # pragma: no cover - patterns is someone else's module
        pass
    return sorted(set(out))


# ------------------------------------------------------------------------------ text utils
_WS = re.compile(r"\s+")
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
_TOKEN = re.compile(rf"{_CJK}|(?:(?!{_CJK})[^\W_])+")
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")  # no opener inside a part: linear
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")
_HASHTAG_WORD = re.compile(r"\bhashtag\s*#", re.IGNORECASE)


def collapse(s: str) -> str:
    return _WS.sub(" ", s).strip()


def norm_exact(s: Any) -> Any:
    """Normal form for exact comparison: NFC, whitespace collapsed; '' counts as None."""
    if s is None:
        return None
    if not isinstance(s, str):
        return s
    s = collapse(unicodedata.normalize("NFC", s))
    return s or None


def tokens(s: str | None) -> list[str]:
    """Word tokens for F1: NFKC + casefold, punctuation and emoji dropped, CJK per character."""
    if not s:
        return []
    return _TOKEN.findall(unicodedata.normalize("NFKC", s).casefold())


def token_f1(expected: str | None, got: str | None) -> float:
    e, g = Counter(tokens(expected)), Counter(tokens(got))
    if not e and not g:
        return 1.0
    if not e or not g:
        return 0.0
    overlap = sum((e & g).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(g.values()), overlap / sum(e.values())
    return 2 * p * r / (p + r)


def fix_text(s: str) -> str:
    """The light normalisation anchors are resolved in (same as the labelling tools)."""
    try:
        import ftfy
    except ImportError:  # pragma: no cover - ftfy is a dependency of postscrub
        return s
    return ftfy.fix_text(s, uncurl_quotes=False, fix_character_width=False)


def normalize_dump(text: str) -> str:
    return collapse(unicodedata.normalize("NFC", fix_text(text)))


def _anchor_norm(s: str) -> str:
    return collapse(unicodedata.normalize("NFC", fix_text(s)))


def resolve_anchor(dump_norm: str, anchor: Any) -> str | None:
    """Cut the expected text out of the normalised dump.

    ``anchor`` is ``{"exact": text}`` (returned as is), ``{"start": a, "end": b}`` (the
    shortest span that starts with ``a`` and ends with ``b``; ``end`` defaults to ``start``)
    or a plain string (treated as exact). Returns None when the anchors are not found.
    """
    if anchor is None:
        return None
    if isinstance(anchor, str):
        return anchor
    if "exact" in anchor:
        return anchor["exact"]
    start = _anchor_norm(anchor["start"])
    end = _anchor_norm(anchor.get("end") or anchor["start"])
    if not start or not end:
        return None
    best: tuple[int, int] | None = None
    i = dump_norm.find(start)
    while i >= 0:
        j = dump_norm.find(end, i)
        while j >= 0 and j + len(end) < i + len(start):
            j = dump_norm.find(end, j + 1)
        if j >= 0:
            span = (i, j + len(end))
            if best is None or span[1] - span[0] < best[1] - best[0]:
                best = span
        i = dump_norm.find(start, i + 1)
    if best is None:
        return None
    return dump_norm[best[0] : best[1]]


def clean_expected(text: str, exclude: Iterable[str] = ()) -> str:
    """What the span should read like once chrome the label names is gone: excluded strings
    removed, Markdown links unwrapped, ``hashtag#X`` read as ``#X``. Applied to the
    expected side only, so an extraction that leaves those in is still penalised."""
    for x in exclude or ():
        x = _anchor_norm(x)
        if x:
            text = text.replace(x, " ")
    text = _MD_IMAGE.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _HASHTAG_WORD.sub("#", text)
    return collapse(text)


# ------------------------------------------------------------------------------ UI check
@lru_cache(maxsize=1)
def _chrome_tables() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    lines, seqs = set(), []
    for s in ui_strings():
        lines.add(collapse(s).casefold())
        tk = tuple(tokens(s))
        if _phrase_tokens(tk):
            seqs.append(tk)
    # every locale of the extraction's own UI tables counts as a whole line (not as a phrase
    # inside prose: "learn more" and "see more" are ordinary words there)
    from . import patterns

    for locales in patterns.UI_NODES.values():
        for strings in locales.values():
            lines.update(collapse(x).casefold() for x in strings if len(x) >= 4)
    for strings in patterns.UI_SECTION_END.values():
        lines.update(collapse(x).casefold() for x in strings)
    return frozenset(lines), tuple(seqs)


def _phrase_tokens(tk: tuple[str, ...]) -> bool:
    """Long enough to be chrome wherever it appears: >= 2 words, or >= 4 CJK characters."""
    if not tk:
        return False
    if all(re.fullmatch(_CJK, t) for t in tk):
        return len(tk) >= 4
    return len(tk) >= 2


def ui_violations(text: str | None) -> list[str]:
    """Chrome strings found in one output text (each distinct string counted once)."""
    if not text:
        return []
    lines_set, seqs = _chrome_tables()
    found: list[str] = []
    for line in text.splitlines():
        ln = collapse(line)
        if not ln:
            continue
        if ln.casefold() in lines_set or _UI_LINE_RE.match(ln):
            found.append(ln)
    tk = tokens(text)
    joined = "\x00" + "\x00".join(tk) + "\x00"
    for seq in seqs:
        if "\x00" + "\x00".join(seq) + "\x00" in joined and " ".join(seq) not in {tokens_join(f) for f in found}:
            found.append(" ".join(seq))
    return found


def tokens_join(s: str) -> str:
    return " ".join(tokens(s))


# ------------------------------------------------------------------------------ scoring
@dataclass
class Failure:
    file: str
    where: str
    field: str
    expected: Any
    got: Any

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "where": self.where, "field": self.field,
                "expected": self.expected, "got": self.got}


@dataclass
class Tally:
    files: int = 0
    checks: int = 0
    right: int = 0
    body_f1: list[float] = field(default_factory=list)
    cta_f1: list[float] = field(default_factory=list)
    comment_f1: list[float] = field(default_factory=list)
    ui_violations: int = 0
    anchors_missing: int = 0
    errors: int = 0

    def add(self, other: "Tally") -> None:
        self.files += other.files
        self.checks += other.checks
        self.right += other.right
        self.body_f1 += other.body_f1
        self.cta_f1 += other.cta_f1
        self.comment_f1 += other.comment_f1
        self.ui_violations += other.ui_violations
        self.anchors_missing += other.anchors_missing
        self.errors += other.errors

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.checks if self.checks else 0.0

    def to_dict(self) -> dict[str, Any]:
        mean = lambda xs: round(sum(xs) / len(xs), 4) if xs else None  # noqa: E731
        return {
            "files": self.files, "checks": self.checks, "right": self.right,
            "percent": round(self.percent, 2), "mean_body_f1": mean(self.body_f1),
            "mean_cta_f1": mean(self.cta_f1), "mean_comment_f1": mean(self.comment_f1),
            "ui_violations": self.ui_violations, "anchors_missing": self.anchors_missing,
            "errors": self.errors,
        }


def _short(v: Any, n: int = 90) -> Any:
    if isinstance(v, str):
        v = collapse(v)
        return v if len(v) <= n else v[: n - 1] + "…"
    return v


class _Scorer:
    def __init__(self, name: str, dump_norm: str, diag: Callable[[str], None]):
        self.name = name
        self.dump_norm = dump_norm
        self.diag = diag
        self.tally = Tally(files=1)
        self.failures: list[Failure] = []
        self.missing = 0  # > 0 while scoring a record/comment the output lacks: every check fails

    def check(self, where: str, fld: str, ok: bool, expected: Any, got: Any) -> None:
        self.tally.checks += 1
        if self.missing:
            ok, got = False, "<missing>"
        if ok:
            self.tally.right += 1
        else:
            self.failures.append(Failure(self.name, where, fld, _short(expected), _short(got)))

    def exact(self, where: str, fld: str, expected: Any, got: Any) -> None:
        self.check(where, fld, norm_exact(expected) == norm_exact(got), expected, got)

    def expected_text(self, where: str, fld: str, spec: Any, exclude: Iterable[str] = ()) -> str | None:
        if spec is None:
            return ""
        text = resolve_anchor(self.dump_norm, spec)
        if text is None:
            self.tally.anchors_missing += 1
            self.diag(f"{self.name}: {where}.{fld}: anchors not found: {spec!r}")
            return None
        return clean_expected(text, exclude)

    def f1(self, where: str, fld: str, spec: Any, got: str | None, threshold: float,
           sink: list[float], exclude: Iterable[str] = ()) -> None:
        exp = self.expected_text(where, fld, spec, exclude)
        if exp is None:
            sink.append(0.0)
            self.check(where, fld, False, f"<anchors not found: {spec!r}>", got)
            return
        score = token_f1(exp, got or "")
        sink.append(score)
        self.check(where, fld, score >= threshold, exp, f"(F1 {score:.2f}) {got or ''}")

    def record(self, i: int, lab: dict[str, Any], got: dict[str, Any] | None) -> None:
        where = f"record[{i}]"
        self.missing += got is None
        try:
            self._record(where, lab, got or {})
        finally:
            self.missing -= got is None

    def _record(self, where: str, lab: dict[str, Any], g: dict[str, Any]) -> None:
        if "title" in lab:
            self.exact(where, "title", lab["title"], g.get("title"))
        self._author(where, lab.get("author"), g.get("author") or {})
        for key in ("age", "sign_off"):
            if key in lab:
                self.exact(where, key, lab[key], g.get(key))
        if "hashtags" in lab:
            exp = [norm_exact(h) for h in lab["hashtags"] or []]
            gh = [norm_exact(h) for h in g.get("hashtags") or []]
            self.check(where, "hashtags", exp == gh, lab["hashtags"], g.get("hashtags"))
        if "body" in lab:
            self.f1(where, "body", lab["body"], g.get("body"), BODY_F1, self.tally.body_f1, lab.get("body_exclude", ()))
        if "cta" in lab:
            self.f1(where, "cta", lab["cta"], g.get("cta"), BODY_F1, self.tally.cta_f1, lab.get("cta_exclude", ()))
        if "comments" in lab:
            self.comments(where, lab["comments"] or [], g.get("comments") or [])

    def _author(self, where: str, la: Any, ga: dict[str, Any]) -> None:
        """A post's or a comment's author: name and bio, each scored when labelled."""
        if isinstance(la, dict):
            for key in ("name", "bio"):
                if key in la:
                    self.exact(where, f"author.{key}", la[key], ga.get(key))

    def comments(self, where: str, labs: list[dict[str, Any]], gots: list[dict[str, Any]]) -> None:
        self.check(where, "comments.count", len(labs) == len(gots), len(labs), len(gots))
        for k, lc in enumerate(labs):
            w = f"{where}.comments[{k}]"
            gc = gots[k] if k < len(gots) else {}
            self.missing += k >= len(gots)
            try:
                self._comment(w, lc, gc)
            finally:
                self.missing -= k >= len(gots)

    def _comment(self, w: str, lc: dict[str, Any], gc: dict[str, Any]) -> None:
        self._author(w, lc.get("author"), gc.get("author") or {})
        if "age" in lc:
            self.exact(w, "age", lc["age"], gc.get("age"))
        if "reactions" in lc:
            self.check(w, "reactions", lc["reactions"] == gc.get("reactions"), lc["reactions"], gc.get("reactions"))
        if "text" in lc:
            excl = lc.get("text_exclude", lc.get("body_exclude", ()))
            self.f1(w, "text", lc["text"], gc.get("text"), COMMENT_F1, self.tally.comment_f1, excl)
        if lc.get("replies"):
            self.comments(w, lc["replies"], gc.get("replies") or [])


def _walk_comments(cs: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for c in cs or ():
        yield c
        yield from _walk_comments(c.get("replies") or ())


def score_label(label: dict[str, Any], records: list[dict[str, Any]], dump_text: str,
                name: str = "?", diag: Callable[[str], None] | None = None) -> tuple[Tally, list[Failure]]:
    """Score one label against the records (``Record.to_dict()`` dicts) made from its dump."""
    sc = _Scorer(name, normalize_dump(dump_text), diag or (lambda m: None))
    labs = label.get("records") or []
    if label.get("count_records", True):
        sc.check("file", "records.count", len(labs) == len(records), len(labs), len(records))
    for i, lab in enumerate(labs):
        sc.record(i, lab, records[i] if i < len(records) else None)
    for i, r in enumerate(records):
        texts = [("body", r.get("body"))] + [(f"comment '{_short((c.get('author') or {}).get('name'), 30)}'", c.get("text"))
                                            for c in _walk_comments(r.get("comments") or [])]
        for where, t in texts:
            for v in ui_violations(t):
                sc.tally.ui_violations += 1
                sc.failures.append(Failure(name, f"record[{i}].{where}", "ui_string", None, v))
    return sc.tally, sc.failures


# ------------------------------------------------------------------------------ running
def _default_corpus() -> Path:
    env = os.environ.get("POSTSCRUB_CORPUS")
    return Path(env) if env else DEFAULT_CORPUS


def resolve_dump(label: dict[str, Any], corpus: Path, synthetic: Path,
                 heldout: Path = DEFAULT_HELDOUT) -> tuple[Path, str]:
    """(path, group) of the dump a label names: ``synthetic:<name>`` and ``heldout:<name>``
    are ours (the held-out set was written blind, to measure generalisation); anything
    else is a real dump in ``corpus``."""
    f = label["file"]
    if f.startswith("synthetic:"):
        return synthetic / f.split(":", 1)[1], "synthetic"
    if f.startswith("heldout:"):
        return heldout / f.split(":", 1)[1], "heldout"
    return (corpus / f).resolve(), "real"


def _run_pipeline(path: Path) -> list[dict[str, Any]]:
    import postscrub

    data = path.read_bytes()
    pb = None
    try:
        pb = getattr(postscrub, "process_bytes")
    except AttributeError:
        pb = None
    recs = pb(data, source=str(path)) if pb is not None else postscrub.process(
        data.decode("utf-8", errors="replace"), source=str(path))
    return [r.to_dict() if hasattr(r, "to_dict") else dict(r) for r in recs]


@dataclass
class Report:
    shapes: dict[str, Tally] = field(default_factory=dict)
    groups: dict[str, Tally] = field(default_factory=dict)  # "real", "synthetic"
    group_shapes: dict[str, dict[str, Tally]] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)
    diagnostics: list[str] = field(default_factory=list)

    def score(self, group: str | None = None, shape: str | None = None) -> float:
        if group and shape:
            t = self.group_shapes.get(group, {}).get(shape)
        elif group:
            t = self.groups.get(group)
        elif shape:
            t = self.shapes.get(shape)
        else:
            t = self.overall
        return t.percent if t else 0.0

    def to_dict(self, failures: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "overall": self.overall.to_dict(),
            "shapes": {k: v.to_dict() for k, v in sorted(self.shapes.items())},
            "groups": {k: v.to_dict() for k, v in sorted(self.groups.items())},
            "group_shapes": {g: {k: v.to_dict() for k, v in sorted(s.items())} for g, s in sorted(self.group_shapes.items())},
            "skipped_missing_dump": self.skipped,
        }
        if failures:
            d["failures"] = [f.to_dict() for f in self.failures]
            d["diagnostics"] = list(self.diagnostics)
        return d


def evaluate(labels: Path | str = DEFAULT_LABELS, corpus: Path | str | None = None,
             synthetic: Path | str = DEFAULT_SYNTHETIC, only: str | None = None,
             diag: Callable[[str], None] | None = None, heldout: Path | str = DEFAULT_HELDOUT) -> Report:
    """Score every label in ``labels``. ``only`` = "real", "synthetic" or "heldout" restricts
    the set."""
    labels, synthetic, heldout = Path(labels), Path(synthetic), Path(heldout)
    corpus = Path(corpus) if corpus is not None else _default_corpus()
    rep = Report()

    def say(m: str) -> None:
        rep.diagnostics.append(m)
        if diag:
            diag(m)

    for lp in sorted(labels.glob("*.json")):
        label = json.loads(lp.read_text(encoding="utf-8"))
        path, group = resolve_dump(label, corpus, synthetic, heldout)
        if only and only != group:
            continue
        if not path.is_file():
            rep.skipped += 1
            continue
        shape = label.get("shape", "other")
        dump_text = path.read_bytes().decode("utf-8", errors="replace")
        try:
            records = _run_pipeline(path)
            tally, fails = score_label(label, records, dump_text, lp.stem, say)
        except Exception as exc:  # an extraction crash fails every check of the label
            say(f"{lp.stem}: pipeline error: {type(exc).__name__}: {exc}")
            tally, fails = score_label(label, [], dump_text, lp.stem, say)
            tally.errors += 1
            fails.insert(0, Failure(lp.stem, "file", "pipeline", None, f"{type(exc).__name__}: {exc}"))
        rep.failures.extend(fails)
        for bucket in (rep.shapes.setdefault(shape, Tally()), rep.groups.setdefault(group, Tally()),
                       rep.group_shapes.setdefault(group, {}).setdefault(shape, Tally()), rep.overall):
            bucket.add(tally)
    return rep


def format_table(rep: Report) -> str:
    def row(name: str, t: Tally) -> str:
        d = t.to_dict()
        f1 = f"{d['mean_body_f1']:.3f}" if d["mean_body_f1"] is not None else "  -  "
        cf = f"{d['mean_comment_f1']:.3f}" if d["mean_comment_f1"] is not None else "  -  "
        return (f"{name:<28}{t.files:>6}{t.checks:>8}{t.right:>7}{t.percent:>8.1f}{f1:>9}{cf:>9}"
                f"{t.ui_violations:>6}{t.anchors_missing:>5}")

    head = f"{'shape':<28}{'files':>6}{'checks':>8}{'right':>7}{'%right':>8}{'bodyF1':>9}{'commF1':>9}{'UI':>6}{'anc':>5}"
    out = [head, "-" * len(head)]
    for g in sorted(rep.group_shapes):
        for s, t in sorted(rep.group_shapes[g].items()):
            out.append(row(f"{g}/{s}", t))
        out.append(row(f"{g} (all)", rep.groups[g]))
        out.append("")
    for s, t in sorted(rep.shapes.items()):
        out.append(row(f"shape {s}", t))
    out.append("-" * len(head))
    out.append(row("OVERALL", rep.overall))
    if rep.skipped:
        out.append(f"skipped {rep.skipped} label(s) whose dump is missing")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m postscrub.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="label directory (default: tests/corpus/labels)")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="real dump directory (default: $POSTSCRUB_CORPUS or ../shared/corpus/real)")
    ap.add_argument("--synthetic", type=Path, default=DEFAULT_SYNTHETIC, help="synthetic dump directory")
    ap.add_argument("--heldout", type=Path, default=DEFAULT_HELDOUT, help="held-out dump directory")
    ap.add_argument("--only", choices=("real", "synthetic", "heldout"), default=None)
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--failures", action="store_true", help="list every failed check")
    a = ap.parse_args(argv)
    rep = evaluate(a.labels, a.corpus, a.synthetic, a.only,
                   diag=None if a.json else (lambda m: print("diagnostic:", m, file=sys.stderr)),
                   heldout=a.heldout)
    if a.json:
        print(json.dumps(rep.to_dict(failures=a.failures), ensure_ascii=False, indent=2))
        return 0
    print(format_table(rep))
    if a.failures:
        print()
        for f in rep.failures:
            print(f"FAIL {f.file} {f.where} {f.field}: expected {f.expected!r} got {f.got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
