"""Field finders: one function per field, each working on repaired lines.

Every finder is small and takes the lines it needs; :func:`segment_article` strings them
together for the article shape (the seed). Text a finder drops as UI chrome goes through the
:class:`~postscrub.repair.RepairLog` with the rule that dropped it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import patterns
from .document import Author, Comment, Record
from .repair import Line, RepairLog

# --------------------------------------------------------------------------------------------
# Small text predicates

_NAME_PARTICLES = {
    "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin",
    "binti", "al", "el", "y", "dos", "das", "do", "ibn", "ter", "ten", "zu", "af",
}
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z.]{0,7}|[A-Z]{2,}(?:\.[A-Z]+)*\.?)$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪▫◦‣⁃►▶➤➔→✓✔✅☑️❌⭐️🔹🔸👉]|\d{1,2}[.)]|[a-zA-Z][.)]\s)")
_SENTENCE_END = re.compile(r"[.!?。！？…]['\"’”)]*$")


def words(text: str) -> list[str]:
    return text.split()


def is_cjk_text(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff" or "\uac00" <= ch <= "\ud7af"
               for ch in text)


def is_name(text: str) -> bool:
    """A person's (or page's) name as LinkedIn shows it: 1–6 capitalised words, credentials
    allowed after a comma (``Carol Anne Hilton, MBA, ICD.D``), no sentence punctuation."""
    t = text.strip()
    if not t or len(t) > 70 or any(c in t for c in "|@:;!?#/\\\"“”()[]{}<>=+*&%$€£"):
        return False
    if is_cjk_text(t):
        return 2 <= len(t.replace(" ", "").replace("·", "")) <= 8 and not _SENTENCE_END.search(t)
    main, _, creds = t.partition(",")
    toks = main.split()
    if not 1 <= len(toks) <= 5:
        return False
    if any(ch.isdigit() for ch in main):
        return False
    capitalised = 0
    for tok in toks:
        if tok.lower() in _NAME_PARTICLES:
            continue
        first = tok.lstrip("'’(\"")[:1]
        if not first or not first.isalpha() or not first.isupper():
            return False
        if not all(c.isalpha() or c in "-'’." for c in tok):
            return False
        capitalised += 1
    if capitalised == 0 or (len(toks) == 1 and len(toks[0]) < 2):
        return False
    if creds:
        return all(_CREDENTIAL.match(c.strip()) for c in creds.split(",") if c.strip())
    return True


def is_headline(text: str) -> bool:
    """A member headline / bio: short, list-like (``|``, ``@``, ``•``) or not a sentence."""
    t = text.strip()
    if not t or len(t) > 320 or is_name(t):
        return False
    if any(sep in t for sep in (" | ", "|", " @ ", " • ", " · ", " at ", " chez ", " bei ")):
        return True
    return not _SENTENCE_END.search(t) and len(words(t)) <= 40


def is_list_item(text: str) -> bool:
    if _LIST_ITEM.match(text):
        return True
    first = text.lstrip()[:1]
    return bool(first) and unicodedata.category(first) == "So"


def norm_key(text: str) -> str:
    """Comparison key for UI strings: case-folded, spaces collapsed, no trailing punctuation."""
    return " ".join(text.casefold().split()).strip(" .:·•")


# --------------------------------------------------------------------------------------------
# Relative ages


@dataclass(frozen=True, slots=True)
class Age:
    text: str  # as written ("10 个月")
    iso: str  # "P10M"
    end: int  # where the age ends in the line it was found in


def _iso(n: int, unit: str) -> str:
    if unit == "MIN":
        return f"PT{n}M"
    if unit in ("H", "S"):
        return f"PT{n}{unit}"
    return f"P{n}{unit}"


@lru_cache(maxsize=1)
def _age_regexes() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str]]:
    compact: dict[str, str] = {}
    for table in patterns.AGE_UNITS_COMPACT.values():
        for unit, iso in table.items():
            compact.setdefault(unit.casefold(), iso)
    long: dict[str, str] = {}
    for table in patterns.AGE_UNITS_LONG.values():
        for unit, iso in table.items():
            long.setdefault(unit.casefold(), iso)
    alts = sorted(compact, key=len, reverse=True)
    latin = [re.escape(u) for u in alts if u.isascii() or u[0].isalpha() and u.isascii()]
    other = [re.escape(u) for u in alts if not u.isascii()]
    # Latin units must not run into a lower-case letter ("5 years" is not "5 y" + "ears");
    # CJK units may be glued to anything ("10 个月The more…").
    glued = re.compile(
        r"(?P<num>\d{1,4})[ \u00a0]?(?:(?P<unit>" + "|".join(latin) + r")(?![a-z\u00e0-\u00ff.])"
        r"|(?P<cunit>" + "|".join(other) + r")(?!前))",
        re.I,
    )
    long_re = re.compile(
        r"(?:(?:il y a|vor|hace|há)\s+)?(?P<num>\d{1,4}|an?|one)\s+(?P<unit>"
        + "|".join(re.escape(u) for u in sorted(long, key=len, reverse=True))
        + r")(?:\s+(?:ago|geleden|atrás|fa))?",
        re.I,
    )
    return glued, long_re, compact, long


_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_AGE_TAIL = re.compile(r"^(?:\s*[•·]\s*(?:[^\W\d_]{1,12}\s*[•·]?)?)?\s*$")


def parse_age(text: str) -> Age | None:
    """An age that is the whole of ``text`` ("3d", "2mo • Edited", "3 weeks ago", "شهران")."""
    t = text.strip()
    if not t or len(t) > 40:
        return None
    glued, long_re, compact, long = _age_regexes()
    m = glued.match(t)
    if m and _AGE_TAIL.match(t[m.end():]):
        return _age_from(m, compact, m.end())
    m = long_re.match(t)
    if m and _AGE_TAIL.match(t[m.end():]):
        num = m.group("num").lower()
        n = 1 if num in ("a", "an", "one") else int(num)
        return Age(t[: m.end()].strip(), _iso(n, long[m.group("unit").casefold()]), m.end())
    return _parse_age_ar(t)


def _age_from(m: re.Match[str], compact: dict[str, str], end: int) -> Age:
    unit = m.group("unit") or m.group("cunit")
    return Age(m.group(0).strip(), _iso(int(m.group("num")), compact[unit.casefold()]), end)


def _parse_age_ar(t: str) -> Age | None:
    toks = t.translate(_AR_DIGITS).replace("منذ", "").split()
    if not 1 <= len(toks) <= 2:
        return None
    num: int | None = None
    word = toks[-1]
    if len(toks) == 2:
        if not toks[0].isdigit():
            return None
        num = int(toks[0])
    hit = patterns.AGE_WORDS_AR.get(word)
    if not hit:
        return None
    implied, unit = hit
    n = num if num is not None else (implied or 1)
    return Age(t, _iso(n, unit), len(t))


def split_glued_age(text: str) -> tuple[Age, str] | None:
    """An age at the very start of a comment line, glued to its text: ``10 个月The more…``,
    ``2w Great post``. Returns the age and the text after it."""
    glued, _, compact, _ = _age_regexes()
    m = glued.match(text)
    if not m:
        return None
    rest = text[m.end():]
    if m.group("unit"):
        # Latin unit: what follows must look like the start of a comment, not "3d printing"
        if rest and not (rest[0].isupper() or rest[0] in " \t•·" and rest.lstrip(" \t•·")[:1].isupper()
                         or not rest.strip()):
            return None
    rest = re.sub(r"^\s*[•·]\s*", "", rest)
    return _age_from(m, compact, m.end()), rest.strip()


# --------------------------------------------------------------------------------------------
# UI chrome that is a whole line


@lru_cache(maxsize=1)
def _recommended_keys() -> frozenset[str]:
    return frozenset(norm_key(s) for v in patterns.RECOMMENDED_HEADER.values() for s in v)


def is_recommended_header(text: str) -> bool:
    t = text.strip().lstrip("#").strip()
    return bool(t) and norm_key(t) in _recommended_keys()


def strip_recommended(lines: list[Line], log: RepairLog) -> None:
    """Drop the "Recommended by LinkedIn" header and the teaser triples that may follow it
    (``Title / Author / N months ago``)."""
    content = [ln for ln in lines if ln.text.strip()]
    i = 0
    while i < len(content):
        ln = content[i]
        if not is_recommended_header(ln.text):
            i += 1
            continue
        log.drop_line(ln, "ui.recommended_by_linkedin")
        i += 1
        # teasers: up to 4 groups of 2–3 short lines ending in a standalone age
        while True:
            group = content[i : i + 3]
            ages = [k for k, g in enumerate(group) if parse_age(g.text.replace("前", ""))]
            if not ages or ages[0] == 0 or any(len(g.text) > 160 for g in group[: ages[0] + 1]):
                break
            for g in group[: ages[0] + 1]:
                log.drop_line(g, "ui.recommended_teaser")
            i += ages[0] + 1


# --------------------------------------------------------------------------------------------
# Paragraph joining


def join_paragraphs(lines: Sequence[Line], blank_separated: bool) -> str:
    """Join content lines into text: a blank line between paragraphs. When the dump marks
    paragraphs with blank lines, lines that were adjacent in it stay in one paragraph."""
    out: list[str] = []
    prev_no = None
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        if out:
            out.append("\n" if blank_separated and prev_no is not None and ln.no == prev_no + 1 else "\n\n")
        out.append(t)
        prev_no = ln.no
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Field finders


_HASHTAG = re.compile(r"(?<![\w#&/=])#([^\W\d_][\w]*|\d+[^\W\d]\w*)")


def find_hashtags(text: str) -> list[str]:
    seen: dict[str, str] = {}
    for m in _HASHTAG.finditer(text):
        key = m.group(1).casefold()
        seen.setdefault(key, "#" + m.group(1))
    return list(seen.values())


def find_title(paras: Sequence[Line]) -> bool:
    """An article starts with a title line followed by the author's name."""
    if len(paras) < 3:
        return False
    first, second, third = paras[0].text, paras[1].text, paras[2].text
    return (
        len(first) <= 200
        and not first.rstrip().endswith((".", ":"))
        and is_name(second)
        and not is_name(third)
    )


def find_author(paras: Sequence[Line], start: int) -> tuple[Author, int]:
    """Name, then an optional headline line. Returns the author and the index after them."""
    author = Author()
    i = start
    if i < len(paras) and is_name(paras[i].text):
        author.name = paras[i].text.strip()
        i += 1
        if i < len(paras) and is_headline(paras[i].text):
            author.bio = paras[i].text.strip()
            i += 1
    return author, i


def _starts_comment(paras: Sequence[Line], j: int) -> bool:
    return split_glued_age(paras[j].text) is not None or parse_age(paras[j].text) is not None


def find_comments_start(paras: Sequence[Line], start: int) -> int:
    """Index of the first comment block: an age-led line, or the bio (and name) before it."""
    for j in range(start, len(paras)):
        if _starts_comment(paras, j):
            k = j
            if k - 1 >= start and is_headline(paras[k - 1].text):
                k -= 1
                if k - 1 >= start and is_name(paras[k - 1].text):
                    k -= 1
            elif k - 1 >= start and is_name(paras[k - 1].text):
                k -= 1
            return k
    return len(paras)


def find_comments(paras: Sequence[Line], blank_separated: bool) -> list[Comment]:
    """Comments written as ``[name] [bio] age+text`` blocks; a line that is neither is a
    comment of its own (a commenter whose header the scraper dropped)."""
    comments: list[Comment] = []
    i = 0
    n = len(paras)
    while i < n:
        name = bio = None
        j = i
        # look ahead at most two header lines for the age-led line
        for look in (0, 1, 2):
            if j + look >= n:
                break
            if _starts_comment(paras, j + look):
                head = paras[j : j + look]
                if look == 2 and is_name(head[0].text):
                    name, bio = head[0].text.strip(), head[1].text.strip()
                elif look == 1:
                    if is_name(head[0].text):
                        name = head[0].text.strip()
                    else:
                        bio = head[0].text.strip()
                elif look == 2:
                    break  # two unrelated lines: the first is a comment of its own
                j = j + look
                break
        else:
            j = i
        ln = paras[j]
        glued = split_glued_age(ln.text)
        if glued and (j > i or _starts_comment(paras, j)):
            age, text = glued
            comments.append(Comment(Author(name, bio), age.text, age.iso, text))
        elif j > i or parse_age(ln.text):
            age2 = parse_age(ln.text)
            text = ""
            if j + 1 < n and not _starts_comment(paras, j + 1):
                text = paras[j + 1].text.strip()
                j += 1
            comments.append(Comment(Author(name, bio), age2.text if age2 else None,
                                    age2.iso if age2 else None, text))
        else:
            comments.append(Comment(text=ln.text.strip()))
        i = j + 1
    return comments


def find_sign_off(paras: Sequence[Line]) -> int | None:
    """Index of a short closing line ("To your sales leadership success.", "Cheers,")."""
    for k in range(len(paras) - 1, -1, -1):
        t = paras[k].text.strip()
        low = t.casefold()
        if len(words(t)) <= 10 and len(t) <= 80 and any(low.startswith(c) for c in patterns.SIGN_OFF_CUES):
            return k
    return None


def _is_cta_line(text: str) -> bool:
    low = text.casefold()
    return any(c in low for c in patterns.CTA_CUES)


def _is_shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.85


def find_cta(paras: Sequence[Line]) -> int | None:
    """Start index of a trailing call-to-action block: the reader is asked to act
    (``DM me``, ``comment 'X'``, ``link in the comments``), often opened by a line in
    capitals. At most six paragraphs, ending at the end of ``paras``."""
    n = len(paras)
    last = None
    for k in range(n - 1, max(-1, n - 7), -1):
        if _is_cta_line(paras[k].text):
            last = k
            break
    if last is None:
        return None
    start = last
    for k in range(last, max(-1, n - 7), -1):
        t = paras[k].text
        if _is_shouting(t) or _is_cta_line(t):
            start = k
            if _is_shouting(t):
                break
    # without a capitals opener the block is only the cue lines themselves
    return start


def find_lost_lists(paras: Sequence[Line]) -> list[str]:
    """Warnings for lines ending in ':' that promise a list whose items are gone."""
    out = []
    for k, ln in enumerate(paras):
        t = ln.text.rstrip()
        if not t.endswith((":", "：")):
            continue
        nxt = paras[k + 1].text if k + 1 < len(paras) else ""
        if nxt and is_list_item(nxt):
            continue
        low = t.casefold()
        promises = any(c in low for c in patterns.LIST_INTRO_CUES)
        if promises or not nxt or len(words(nxt)) >= 20:
            excerpt = t if len(t) <= 70 else "…" + t[-69:]
            out.append(f"lost_list: line {ln.no} introduces a list but no items follow: {excerpt!r}")
    return out


# --------------------------------------------------------------------------------------------
# Shapes


def segment_article(lines: list[Line], log: RepairLog, record: Record) -> Record:
    """Title, author, bio, paragraphs, sign-off, call to action, then comments."""
    strip_recommended(lines, log)
    paras = [ln for ln in lines if ln.text.strip()]
    blank_separated = _blank_separated(lines)
    i = 0
    if find_title(paras):
        record.title = paras[0].text.strip()
        i = 1
    record.author, i = find_author(paras, i)
    c0 = find_comments_start(paras, i)
    main, tail = paras[i:c0], paras[c0:]
    record.warnings.extend(find_lost_lists(main))
    so = find_sign_off(main)
    if so is not None:
        record.sign_off = main[so].text.strip()
        after = main[so + 1 :]
        main = main[:so]
        if after:
            record.cta = join_paragraphs(after, blank_separated)
    else:
        cta = find_cta(main)
        if cta is not None and cta > 0:
            record.cta = join_paragraphs(main[cta:], blank_separated)
            main = main[:cta]
    record.body = join_paragraphs(main, blank_separated)
    record.hashtags = find_hashtags(record.body)
    record.comments = find_comments(tail, blank_separated)
    return record


def segment_plain(lines: list[Line], log: RepairLog, record: Record) -> Record:
    """Text that shows no LinkedIn structure: the cleaned text is the body."""
    strip_recommended(lines, log)
    record.body = join_paragraphs([ln for ln in lines if ln.text.strip()], _blank_separated(lines))
    record.hashtags = find_hashtags(record.body)
    return record


def _blank_separated(lines: Sequence[Line]) -> bool:
    """Does the dump mark paragraphs with blank lines (rather than one paragraph a line)?
    Only lines that were blank in the input count, not lines a repair emptied."""
    seen_text = False
    pending_blank = False
    for ln in lines:
        if ln.blank:
            pending_blank = pending_blank or seen_text
        elif ln.text.strip():
            if seen_text and pending_blank:
                return True
            seen_text = True
            pending_blank = False
    return False
