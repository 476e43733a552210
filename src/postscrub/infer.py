"""What an export's column or JSON key holds, told by its values when its name is in no table.

The synonym tables (``patterns.EXPORT_FIELD_NAMES``) know the vocabularies of the tools and
languages seen so far; the next export will name its columns in another. Values do not change
with the language of the header: a text is long and has sentences, a name is a few capitalised
words, an age is what :func:`segment.parse_age` reads, a URL is a URL, an id column is
referenced by a parent column, a count is a number. These tests are the second guess, used
only for the columns (and keys) whose names the tables do not recognise.
"""

from __future__ import annotations

from . import _re as re
import unicodedata

_URL = re.compile(r"(?:https?://|www\.)\S+")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?")
_COUNT = re.compile(r"\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d)?\s*[kKmM]|\d{1,7}")
_IDENT = re.compile(r"[\w:./#-]{1,100}")
_JOB_SEP = re.compile(r" at | \| |@| · | • | - | – | — |, ")
# (and the sentence marks of other scripts: the Devanagari danda, the Arabic question mark,
# the Urdu full stop, the Armenian and Ethiopic full stops)
_SENTENCE = re.compile(r"[.!?…؟](?=\s|$)|[。！？।॥۔։።]")
# little lowercase words a name may hold ("Ana de Wit", "Ludwig van Beethoven")
_PARTICLE = re.compile(r"(?:[a-z]{1,3}|[a-z]{1,3}'|bin|binti|ibn)")


def _uncased(word: str) -> bool:
    """A word in a script without capitals (CJK, Arabic, Hebrew, Thai, Devanagari…)."""
    return all(not c.isalpha() or (c.lower() == c.upper()) for c in word) and any(c.isalpha() for c in word)


def is_name(v: str) -> bool:
    """2–4 capitalised words (a particle between them allowed), no digits or sentence marks;
    2–4 characters of a script without spaces (CJK)."""
    v = v.strip()
    if not v or len(v) > 48 or any(c.isdigit() for c in v) or any(c in v for c in "!?:;|@#/\\\n()[]{}=+*%\"“”«»"):
        return False
    words = v.split()
    if len(words) == 1:
        w = words[0]
        cjk = all(unicodedata.east_asian_width(c) in "WF" and c.isalpha() for c in w)
        return cjk and 2 <= len(w) <= 4
    if not 2 <= len(words) <= 5:
        return False
    lower = 0
    for w in words:
        core = w.strip(".,'’-")
        if not core:
            return False
        if _uncased(core):
            continue
        if core[0].isupper():
            continue
        if _PARTICLE.fullmatch(core):
            lower += 1
            continue
        return False
    return lower <= 1 and len(words) - lower >= 2


def is_text(v: str) -> bool:
    """Prose: three words or more, most of them words of letters, a sentence mark that ends a
    sentence (or a line break). A user agent or a list of codes is none."""
    v = v.strip()
    words = v.split()
    wide = sum(1 for c in v if unicodedata.east_asian_width(c) in "WF" and c.isalpha())
    if wide >= 8 and wide * 2 >= len(v.replace(" ", "")):  # (a script written without spaces)
        return bool(_SENTENCE.search(v) or "\n" in v)
    if len(v) < 12 or len(words) < 3:
        return False
    wordy = sum(1 for w in words if _letters(w.strip(".,;:!?…'’\"“”«»()-–—।؟،")))
    return wordy >= 0.6 * len(words) and bool(_SENTENCE.search(v) or "\n" in v or (
        len(words) >= 6 and _ends_with_emoji(v)))  # ("… why this post exists 🙏": the emoji ends it)


def _letters(w: str) -> bool:
    """A word of letters, its combining marks allowed (the vowel signs of Devanagari, Thai,
    Bengali: "प्रेरक" is a word though ``isalpha`` says no)."""
    return w.isalpha() or (bool(w) and w[0].isalpha() and all(
        c.isalpha() or unicodedata.category(c) in ("Mn", "Mc") for c in w))


def _ends_with_emoji(v: str) -> bool:
    """A text whose last character (past a variation selector, joiner or skin tone) is a
    pictograph standing apart from the last word."""
    t = v.rstrip("\ufe0f\u200d\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")
    return bool(t) and unicodedata.category(t[-1]) == "So" and " " in t[-4:]


def is_url(v: str) -> bool:
    return bool(_URL.fullmatch(v.strip()))


def is_age(v: str) -> bool:
    v = v.strip()
    if not v or len(v) > 40:
        return False
    if _ISO.fullmatch(v):
        return True
    from . import segment

    a = segment.parse_age(v)
    return a is not None and a.end >= len(v)


def is_count(v: str) -> bool:
    return bool(_COUNT.fullmatch(v.strip()))


def is_ident(v: str) -> bool:
    v = v.strip()
    return bool(_IDENT.fullmatch(v)) and not is_url(v)


# a CJK headline's employer and role parted by a space ("杭州云栖科技 人力资源总监", "株式会社ミナト 営業部長"):
# two runs of Chinese or Japanese script (no sentence mark), where a Latin one says " at " or " | "
# (not Hangul: Korean spaces its words, a two-word phrase is no headline)
_CJK_JOB = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{2,24} [\u3040-\u30ff\u3400-\u9fff]{2,16}")


def is_headline_like(v: str) -> bool:
    v = v.strip()
    return 0 < len(v) <= 160 and "\n" not in v and (bool(_JOB_SEP.search(v)) or _cjk_job(v))


def _cjk_job(v: str) -> bool:
    """A CJK headline parted by a space (:data:`_CJK_JOB`): eight characters at least, Han
    among them (a spaced name, "佐藤 花子", "マイケル ジョーダン", is shorter or all kana)."""
    return len(v) >= 9 and bool(_CJK_JOB.fullmatch(v)) and any("\u3400" <= c <= "\u9fff" for c in v)


def _share(values: list[str], test) -> float:
    vals = [v for v in values if v.strip()]
    return sum(1 for v in vals if test(v)) / len(vals) if vals else 0.0


def _mean_len(values: list[str]) -> float:
    vals = [v for v in values if v.strip()]
    return sum(len(v) for v in vals) / len(vals) if vals else 0.0


def _repeated(values: list[str]) -> bool:
    """A post's column repeated on each of its comments' rows: every cell filled, most equal
    to the one above, few distinct values."""
    n = len(values)
    if n < 2 or not all(v.strip() for v in values):
        return False
    same = sum(1 for a, b in zip(values, values[1:]) if a == b)
    return same * 2 >= n - 1 and len(set(values)) * 2 <= n


def column_kinds(columns: list[list[str]], known: list[bool], any_known_count: bool = False,
                 known_parents: frozenset[int] = frozenset()) -> dict[int, str]:
    """The kind of each column the tables did not know (``known[i]`` False), from its values:
    ``url``, ``age``, ``id``, ``parent``, ``reactions``, ``text``, ``author``, ``headline``.
    Returns index -> kind; a column of no clear kind is left out. A parent column the tables
    named (``known_parents``) still tells the unnamed id column it refers to."""
    out: dict[int, str] = {}
    filled = {i: [v for v in col if v.strip()] for i, col in enumerate(columns)}
    # reply structure: a column whose values all name another column's (distinct) values
    for p, pv in filled.items():
        if (known[p] and p not in known_parents) or not pv or not all(is_ident(v) for v in pv):
            continue
        for i, iv in filled.items():
            if i == p or len(iv) < 2 or len(set(iv)) != len(iv) or not all(is_ident(v) for v in iv):
                continue
            ids = set(iv)
            rows_ok = all(a.strip() != b.strip() for a, b in zip(columns[p], columns[i]) if a.strip())
            if set(pv) <= ids and rows_ok and len(pv) < len(iv):
                if not known[p]:
                    out[p] = "parent"
                if not known[i]:
                    out[i] = "id"
                break
    for i, vals in filled.items():
        if known[i] or i in out or not vals:
            continue
        if _share(vals, is_url) >= 0.8:
            out[i] = "url"
        elif _share(vals, is_age) >= 0.8:
            out[i] = "age"
        elif _share(vals, is_count) >= 0.9 and max(len(v.strip()) for v in vals) <= 9:
            # (a column that gives the length of another column's values is no count of anything)
            out[i] = "length" if _lengths_of_another(columns, i) else "count"
    for i in [i for i, k in out.items() if k == "length"]:
        del out[i]
    # a count is the reactions only when it is the export's one count column (a text's
    # length, a number of comments or of followers are counts too)
    counts = [i for i, k in out.items() if k == "count"]
    for i in counts:
        if len(counts) == 1 and not any_known_count:
            out[i] = "reactions"
        else:
            del out[i]
    return out


def _lengths_of_another(columns: list[list[str]], i: int) -> bool:
    """Are column ``i``'s numbers, in most rows, the length of another column's value (a
    scraper's ``text_length``; give or take the two characters a cleaning step may cut)?"""
    for j, other in enumerate(columns):
        if j == i:
            continue
        pairs = [(a.strip(), b) for a, b in zip(columns[i], other) if a.strip().isdigit() and b.strip()]
        if len(pairs) >= 2 and sum(abs(int(a) - len(b)) <= 2 for a, b in pairs) >= 0.8 * len(pairs):
            return True
    return False


_SAMPLE = 400


def infer_columns(header: list[str], rows: list[list[str]], known: list[tuple[str | None, str | None]]
                  ) -> tuple[dict[int, tuple[str | None, str]], bool]:
    """Roles and fields of the columns of a CSV export the tables did not name, by their values:
    index -> (role, field), and whether the rows are comments under a post repeated on each row
    (a post-level text or URL column repeated, a comment-level text column varying). ``known``
    is the (role, field) the tables gave each column (field None: unknown)."""
    width = len(header)
    rows = rows[:_SAMPLE]  # (the first rows tell a column's kind; a long export costs no more)
    columns = [[r[k].strip() if k < len(r) else "" for r in rows] for k in range(width)]
    is_known = [f is not None for _, f in known]
    kinds = column_kinds(columns, is_known, any(f in ("reactions", "count") for _, f in known),
                         frozenset(i for i, (_, f) in enumerate(known) if f == "parent"))
    rep = [_repeated(c) for c in columns]
    # the free columns still to tell: text, names, headlines
    free = [i for i in range(width) if not is_known[i] and i not in kinds and any(v for v in columns[i])]
    texty = [i for i in free if _share(columns[i], is_text) >= 0.6]
    # comments under a repeated post: the post's text repeated on its comments' rows, and a
    # varying text column (a repeated URL alone may be the profile of a posts export's author)
    post_level = [i for i in range(width) if rep[i] and (i in texty or known[i][1] == "text")]
    varying_text = [i for i in range(width) if not rep[i] and (i in texty or known[i] == ("comment", "text")
                                                               or known[i] == (None, "text"))]
    # or comments answering each other: a parent column whose values are another column's ids
    # (a posts export has no replies), whatever the header's language
    replies = any(k == "parent" for k in kinds.values()) or any(f == "parent" for _, f in known)
    comments = bool((post_level or replies) and varying_text)

    def level(i: int) -> str | None:
        return ("post" if rep[i] else "comment") if comments else None

    out: dict[int, tuple[str | None, str]] = {i: (level(i), k) for i, k in kinds.items()}
    for lv in {level(i) for i in range(width)}:
        cols = [i for i in free if level(i) == lv]
        taken = {f for (r, f) in known if f is not None and _same_level(r, lv, comments)}
        taken |= {f for i, (r, f) in out.items() if r == lv}
        texts = [i for i in cols if i in texty]
        if texts and "text" not in taken:
            best = max(texts, key=lambda i: _mean_len(columns[i]))
            out[best] = (lv, "text")
            taken.add("text")
        rest = [i for i in cols if i not in out and i not in texty]
        names = [i for i in rest if _share(columns[i], is_name) >= 0.6]
        name_col = None
        if names and "author" not in taken:
            name_col = max(names, key=lambda i: (_share(columns[i], is_name), -i))
            out[name_col] = (lv, "author")
            taken.add("author")
        if "headline" not in taken:
            cand = [i for i in rest if i not in out and _mean_len(columns[i]) <= 160
                    and all("\n" not in v for v in columns[i])]
            beside = [i for i in cand if name_col is not None and i == name_col + 1]
            sep = [i for i in cand if _share(columns[i], is_headline_like) >= 0.5]
            pick = beside or sep
            if pick:
                out[pick[0]] = (lv, "headline")
    return out, comments


def _same_level(role: str | None, lv: str | None, comments: bool) -> bool:
    if not comments:
        return True
    return role == "post" if lv == "post" else role != "post"
