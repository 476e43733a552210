"""Field finders: one function per field, each working on repaired lines.

Every finder is small and takes the lines it needs: ages, names and headlines, hashtags,
title, author, sign-off, call to action, lost lists, mentions and links. The layouts in
``layouts.py`` string them together per dump shape. Text a finder drops as UI chrome goes
through the :class:`~postscrub.repair.RepairLog` with the rule that dropped it.
"""

from __future__ import annotations

from . import _re as re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import patterns
from .document import Author, Comment
from .learn import LEARNED
from .memo import line_memo
from .nodes import TEXT, classify, key, per_dump_table, remember
from .repair import Line, RepairLog
from .shapes import link_text

# --------------------------------------------------------------------------------------------
# Small text predicates

_NAME_PARTICLES = {
    "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin",
    "binti", "al", "el", "y", "dos", "das", "do", "ibn", "ter", "ten", "zu", "af",
}
# (id/ms: the medical titles written in lower case before a name, "dr. Sari Dewi", "drg. …";
# as written, in lower case: "Dr." is a capitalised word of the name as before)
_LOWER_TITLES = frozenset({"dr.", "drg.", "drh."})
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z.]{0,7}|[A-Z]{2,}(?:\.[A-Z]+)*\.?)$")
# (a keycap digit, "1️⃣" or "1⃣", numbers a list too)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪▫◦‣⁃►▶➤➔→✓✔✅☑️❌⭐️🔹🔸👉]|\d{1,2}[.)]|[a-zA-Z][.)]\s|[\d#*]\ufe0f?\u20e3)")
_SENTENCE_END = re.compile(r"[.!?。！？…]['\"’”)]*$")
_SENTENCE_INSIDE = re.compile(r"[.!?。！？…]['\"’”)]*\s+\S")  # (a sentence's end with another after it)


def words(text: str) -> list[str]:
    return text.split()


_NOT_IN_NAME = re.compile("[" + re.escape("|@:;!?#/\\\"“”()[]{}<>=+*&%$€£") + "]")
# a nickname between a first and a last name, in quotes or brackets: "Devendra “Dev” Malhotra",
# 'Robert "Bob" Lee', "Jennifer (Jen) Park": one capitalised word, the quote marks paired
_NICKNAME = re.compile(r"(?<=\s)(?:“([^\W\d_][\w'’.-]{0,20})”|\"([^\W\d_][\w'’.-]{0,20})\"|„([^\W\d_][\w'’.-]{0,20})“"
                       r"|«([^\W\d_][\w'’.-]{0,20})»|\(([^\W\d_][\w'’.-]{0,20})\))(?=\s)"
                       # (or closing the name, the brackets padded: "Wei Zhang ( David )")
                       r"|(?<=\s)\( ([^\W\d_][\w'’.-]{0,20}) \)$")


def is_cjk_text(text: str) -> bool:
    """Does ``text`` hold a CJK ideograph, kana or hangul? (Asked of short strings: a loop, not
    a regex, whose class of 40,000 code points costs ~2 ms to compile at every start-up.)"""
    if text.isascii():
        return False
    return any("\u4e00" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff" or "\uac00" <= ch <= "\ud7af"
               for ch in text)


@line_memo  # (pure: the text alone; asked of the same names and UI lines by every stage)
def is_name(text: str) -> bool:
    """A person's (or page's) name as LinkedIn shows it: 1–6 capitalised words, credentials
    allowed after a comma (``Carol Anne Hilton, MBA, ICD.D``), no sentence punctuation."""
    t = _undecorate(text)
    if not t or len(t) > 70 or t.endswith(","):
        return False
    if _NOT_IN_NAME.search(t) or "«" in t:
        n = _NICKNAME.subn(_nickname_word, t, 1) if " " in t else (t, 0)
        if not n[1] or _NOT_IN_NAME.search(n[0]) or "«" in n[0]:
            return False
        t = n[0]
    if is_cjk_text(t):
        # (no name ends with a colon: "要求：" is a list's label)
        return 2 <= len(t.replace(" ", "").replace("·", "")) <= 8 and not _SENTENCE_END.search(t) and t[-1] not in ":："
    if _is_uncased(t):
        # Arabic, Hebrew, Thai, Devanagari…: no capitals to go by; a short run of words (the
        # Hebrew hyphen, maqaf, and geresh inside a name: "בן־דוד", "ג׳ני")
        toks = t.split()
        return 1 <= len(toks) <= 4 and len(t) <= 40 and all(
            all(unicodedata.category(c)[0] in "LM" or c in "-'’.\u05be\u05f3" for c in tok) for tok in toks)
    main, _, creds = t.partition(",")
    toks = main.split()
    if not 1 <= len(toks) <= 5:
        return False
    capitalised = 0  # (a digit anywhere fails below: no particle holds one, other tokens are letters)
    for tok in toks:
        if tok.lower() in _NAME_PARTICLES or tok in _LOWER_TITLES:
            continue
        first = tok.lstrip("'’(\"")[:1]
        if not first or not first.isalpha() or not first.isupper():
            return False
        if not tok.isalpha() and not all(c.isalpha() or c in "-'’." for c in tok):
            return False
        capitalised += 1
    if capitalised == 0 or (len(toks) == 1 and len(toks[0]) < 2):
        return False
    if creds:
        return all(_CREDENTIAL.match(c.strip()) for c in creds.split(",") if c.strip())
    return True


def _nickname_word(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g)


def _is_clear_name(text: str) -> bool:
    """A name that cannot be a one-line headline: two or more capitalised words in a cased
    script ("Ana Lee"), not one word ("HR-specialist") nor a short CJK or Arabic title
    ("人資經理"), which a comment header line more often is, nor capitalised words opening
    with a job's word ("Fundadora de Barro y Fuego", :func:`_reads_as_headline`)."""
    t = _undecorate(text)
    return (is_name(t) and len(t.split()) >= 2 and not is_cjk_text(t) and not _is_uncased(t)
            and not _reads_as_headline(t))


def _is_uncased(text: str) -> bool:
    """Letters, but none with case (Arabic, Hebrew, Thai…)."""
    if text.isascii():
        return False  # (every ASCII letter has case)
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.isupper() or c.islower() for c in letters)


def _undecorate(text: str) -> str:
    """A name without the symbols people put around it ("💡 Vladimir Petrov 💡", "Kirill ✪")."""
    t = text.strip()
    while t and (unicodedata.category(t[0]) in ("So", "Sk", "Cf", "Mn") or t[0] in "\ufe0f\u200d"):
        t = t[1:].lstrip()
    while t and (unicodedata.category(t[-1]) in ("So", "Sk", "Cf", "Mn") or t[-1] in "\ufe0f\u200d"):
        t = t[:-1].rstrip()
    return t


def is_headline(text: str) -> bool:
    """A member headline / bio: short, list-like (``|``, ``@``, ``•``) or not a sentence."""
    t = text.strip()
    if not t or len(t) > 320 or (is_name(t) and not _reads_as_headline(t)):
        return False
    if any(sep in t for sep in (" | ", "|", " @ ", " • ", " · ")):
        return True
    if any(sep in t for sep in (" at ", " chez ", " bei ")):
        # ("Engineer at Norte"; not a paragraph of sentences that says "at" or "bei" somewhere)
        return len(t) <= 150 or _SENTENCE_INSIDE.search(t) is None
    return (not _SENTENCE_END.search(t) or ends_with_abbreviation(t)) and len(words(t)) <= 40


@lru_cache(maxsize=1)
def _headline_end_abbreviations() -> tuple[str, ...]:
    return tuple(" " + a.casefold() for a in patterns.HEADLINE_END_ABBREVIATIONS)


def ends_with_abbreviation(text: str) -> bool:
    """Does ``text`` end with a company's legal form or a credential and its full stop ("…,
    Kodowo sp. z o.o.", "… at Norte S.A.", "…, Ph.D."), no sentence's end?"""
    t = text.rstrip()
    return t[-1:] == "." and t.casefold().endswith(_headline_end_abbreviations())


def is_list_item(text: str) -> bool:
    if _LIST_ITEM.match(text):
        return True
    first = text.lstrip()[:1]
    return bool(first) and unicodedata.category(first) == "So"


# --------------------------------------------------------------------------------------------
# Relative ages


@dataclass(frozen=True, slots=True)
class Age:
    text: str  # as written ("10 个月")
    iso: str | None  # "P10M" (None: a learned age whose unit the tables do not know)
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
            compact.setdefault(unit, iso)
    long: dict[str, str] = {}
    for table in patterns.AGE_UNITS_LONG.values():
        for unit, iso in table.items():
            long.setdefault(unit.casefold(), iso)
    alts = sorted(compact, key=re.longest_first)

    def script_glued(u: str) -> bool:  # CJK, kana, hangul: written glued to what follows
        return "\u2e80" <= u[0] <= "\u9fff" or "\uac00" <= u[0] <= "\ud7af"

    alpha = [re.escape(u) for u in alts if not script_glued(u)]
    cjk = [re.escape(u) for u in alts if script_glued(u)]
    # Case-sensitive: units are matched as LinkedIn writes them. An alphabetic unit must not
    # run into a lower-case letter ("5 years" is not "5 y" + "ears", "3 года" not "3 г" +
    # "ода"; "3wThis" is "3w"); CJK units may be glued to anything ("10 个月The more…").
    # (Latin Extended-A interleaves its cases: only its lower-case letters continue a word, so
    # "3 tyg.Świetny…" is an age glued to a comment)
    lower_ext_a = "".join(c for c in map(chr, range(0x100, 0x180)) if c.islower())
    # (a number that is a year, "2023年", "2023년에", is no age: LinkedIn's ages are small)
    year = r"(?!(?:19|20)\d\d(?!\d))"
    glued = re.compile(
        r"(?P<num>" + year + r"\d{1,4})[ \u00a0]?(?:(?P<unit>" + "|".join(alpha) + r")(?![a-z\u00df-\u00ff" + lower_ext_a +
        r"\u0430-\u044f\u0451.])"
        r"|(?P<cunit>" + "|".join(cjk) + r")(?!前|전))"
    )
    ago = "|".join(re.escape(w) for w in sorted(set(patterns.AGO_WORDS), key=re.longest_first))
    before = "|".join(re.escape(w) for w in patterns.AGO_PREFIXES)
    long_re = re.compile(
        # (ro puts "de" between a number from 20 up and its noun: "acum 21 de zile")
        r"(?:(?:" + before + r")\s+)?(?P<num>" + year + r"\d{1,4}|an?|one)\s+(?:(?<=\d\s)de\s+)?(?P<unit>"
        + "|".join(re.escape(u) for u in sorted(long, key=re.longest_first))
        + r")(?:\s+(?:" + ago + r"))?",
        re.I,
    )
    return glued, long_re, compact, long


_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EDITED = "(?:Edited|Modifié|Modifiée|Bearbeitet|Editado|Modificato|Bewerkt|已编辑|已編輯|編集済み)"
# after an age: nothing, a bullet, or a bullet and/or an "Edited" mark ("2mo • Edited •", "5d  Edited")
_AGO = "(?:" + "|".join(re.escape(w) for w in sorted(set(patterns.AGO_WORDS), key=re.longest_first)) + ")"
_AGO_AFTER = re.compile(r"\s*" + _AGO)
# after an age: nothing, a bullet, an "Edited" mark, or "ago" ("3 godz. temu", "3일 전"); after
# the bullet, the icon of who may see the post where a copy kept it as an emoji ("2 j • 🌐":
# globes, the people of "connections only", a lock); the word after the bullet is at most four
# Han, kana or Hangul characters ("已编辑", "編集済み"): a longer run is a phrase written without
# spaces ("3 天 • 领英…可见", a visibility line whose wording no table holds), not one mark
_AGE_TAIL = re.compile(
    r"^(?:\s*[•·]\s*(?:(?:[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,12}"
    r"|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4})\s*[•·]?)?(?:\s*[\U0001F30D-\U0001F310\U0001F465\U0001F512]\uFE0F?)?"
    r"|\s+" + _EDITED + r"(?:\s*[•·])?|\s*" + _AGO + r"(?:\s*[•·])?)?\s*$"
)


def parse_age(text: str, learned: bool = True) -> Age | None:
    """An age that is the whole of ``text`` ("3d", "2mo • Edited", "3 weeks ago", "شهران");
    with ``learned``, also one the dump's structure taught (:data:`LEARNED`)."""
    t = text.strip()
    if not t or len(t) > 40:
        return None
    taught = LEARNED.get() if learned else None
    if taught is not None and t in taught.ages:
        return Age(t, None, len(t))  # an age in a UI language the tables do not know
    if t.endswith("前") and len(t) > 1:  # "3 周前", "5 天前": "ago"
        inner = parse_age(t[:-1], learned)
        return Age(t, inner.iso, len(t)) if inner else None
    glued, long_re, compact, long = _age_regexes()
    m = glued.match(t)
    if m and _AGE_TAIL.match(t[m.end():]):
        ago = _AGO_AFTER.match(t, m.end())  # "3 meses atrás", "3 godz. temu": the age as written
        if ago:
            return Age(t[: ago.end()].strip(), _age_from(m, compact, m.end()).iso, ago.end())
        return _age_from(m, compact, m.end())
    m = long_re.match(t)
    if m and _AGE_TAIL.match(t[m.end():]):
        num = m.group("num").lower()
        n = 1 if num in ("a", "an", "one") else int(num)
        return Age(t[: m.end()].strip(), _iso(n, long[m.group("unit").casefold()]), m.end())
    if t[-1:] not in ".!?" and (sp := t.find(" ", 2, 8)) > 0 and t[sp + 1 : sp + 2].isdigit() and t[:1].isalpha():
        # "Siku 2", "Saa 5 •": the unit before its number (sw)
        m = _unit_first_age().match(t)
        if m and _AGE_TAIL.match(t[m.end():]):
            unit = _unit_first_iso(m.group("unit"))
            return Age(t[: m.end()].strip(), _iso(int(m.group("num")), unit), m.end())
    # (an age in words closed by the header's bullet, "٣ أيام •", "שבועיים •": the age before it)
    return _parse_age_ar(t.rstrip(" •·") if t.endswith(("•", "·")) else t) or _age_then_edited(t, learned)


@lru_cache(maxsize=1)
def _unit_first_units() -> dict[str, str]:
    return {u.casefold(): iso for table in patterns.AGE_UNITS_BEFORE.values() for u, iso in table.items()}


def _unit_first_iso(unit: str) -> str:
    return _unit_first_units()[unit.casefold()]


@lru_cache(maxsize=1)
def _unit_first_age() -> re.Pattern[str]:
    """An age whose unit comes before its number ("Siku 2", "Miezi 3"), ``patterns.AGE_UNITS_BEFORE``."""
    units = "|".join(re.escape(u) for u in sorted(_unit_first_units(), key=re.longest_first))
    return re.compile(r"(?P<unit>" + units + r")\s(?P<num>\d{1,4})(?!\d)", re.I)


@lru_cache(maxsize=1)
def _edited_marks() -> frozenset[str]:
    """Each locale's "Edited" mark (``patterns.EDITED_MARKS``, and the first string of its
    ``ui.post_meta`` row), case-folded."""
    first = {loc[0] for loc in patterns.UI_NODES["ui.post_meta"].values() if loc}
    return frozenset(s.casefold() for s in (*first, *(m for ms in patterns.EDITED_MARKS.values() for m in ms)))


def is_edited_mark(text: str) -> bool:
    """An "Edited" mark of any locale, alone ("Edited", "Bearbeitet", "已编辑")."""
    return " ".join(text.split()).casefold() in _edited_marks()


def _age_then_edited(t: str, learned: bool = True) -> Age | None:
    """"أسبوعان • تم التعديل •", "2 ngày • Đã chỉnh sửa •", "1 нед. Изменено", "21h (edited)":
    an age and an "Edited" mark (after a bullet, a space, or in brackets) of more than one
    word or in a script the age patterns do not cover. The age is the part before the mark."""
    head, bullet, tail = t.partition("•")
    if bullet:
        if " ".join(tail.replace("•", " ").split()).casefold() not in _edited_marks():
            return None
        return parse_age(head, learned)
    s = t.rstrip(" ·").casefold()
    if s.endswith(")") and "(" in s:  # "21h (edited)", "3 sem. (modifié)"
        cut = s.rindex("(")
        if s[cut + 1 : -1].strip() in _edited_marks() and t[:cut].strip():
            return parse_age(t[:cut], learned)
        return None
    # "1 нед. Изменено": no bullet between them (the marks that end with the text's last word)
    for mark in _edited_marks_by_last_word().get(s.rpartition(" ")[2], ()):
        if s.endswith(" " + mark) and len(s) > len(mark) + 1:
            return parse_age(t[: len(s) - len(mark)], learned)
    return None


@lru_cache(maxsize=1)
def _edited_marks_by_last_word() -> dict[str, tuple[str, ...]]:
    # (the longest first: where one mark ends another, the whole mark is cut, and the order
    # does not hang on a set's, which varies from run to run)
    out: dict[str, list[str]] = {}
    for mark in sorted(_edited_marks(), key=lambda m: (-len(m), m)):
        out.setdefault(mark.rpartition(" ")[2], []).append(mark)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def ambiguous_units() -> frozenset[str]:
    """The compact age units whose meaning differs between UI languages (id "h", hari, is en's
    hours; id "j", jam, is fr's jours; nb "u", uker, is nl's hours): the tables read each as
    the first language that names it (:func:`_age_regexes`)."""
    seen: dict[str, set[str]] = {}
    for table in patterns.AGE_UNITS_COMPACT.values():
        for unit, iso in table.items():
            seen.setdefault(unit, set()).add(iso)
    return frozenset(u for u, isos in seen.items() if len(isos) > 1)


def locale_age_iso(text: str, locale: str) -> str | None:
    """The ISO duration of a compact age ("3 j", "2 h") read with one UI language's units
    (``patterns.AGE_UNITS_COMPACT``); None where that language names none of its units."""
    table = patterns.AGE_UNITS_COMPACT.get(locale)
    m = _age_regexes()[0].match(text.strip()) if table else None
    if m is None:
        return None
    iso = table.get(m.group("unit") or m.group("cunit"))
    return _iso(int(m.group("num")), iso) if iso else None


def locales_reading_otherwise(ages: set[str]) -> set[str]:
    """The UI languages whose tables read the unit of one of ``ages`` otherwise than the first
    language that names it (:func:`_age_regexes`): "2 h" -> {"id"} (hari, not hours)."""
    compact = _age_regexes()[2]
    units = {age_unit(a) for a in ages} - {None}
    return {loc for loc, table in patterns.AGE_UNITS_COMPACT.items()
            for u in units if u in table and table[u] != compact.get(u)}


def age_unit(text: str) -> str | None:
    """The unit of a compact age ("3 j" -> "j"), None for any other age."""
    m = _age_regexes()[0].match(text.strip())
    return (m.group("unit") or m.group("cunit")) if m else None


def _age_from(m: re.Match[str], compact: dict[str, str], end: int) -> Age:
    unit = m.group("unit") or m.group("cunit")
    return Age(m.group(0).strip(), _iso(int(m.group("num")), compact[unit]), end)


def _parse_age_ar(t: str) -> Age | None:
    """An age in words that carry their own number or take one: Arabic ("شهران", "منذ ٥ أشهر")
    and the Hebrew duals ("יומיים", "לפני שבועיים", and "לפני שעה" = one hour)."""
    if _AR_WORDS_NOT_ASCII and t.isascii():
        return None  # (no age word of the table is ASCII: an ASCII line is none of them)
    if "\u0590" <= t[:1] <= "\u05ff":
        return _parse_age_he(t)
    toks = t.translate(_AR_DIGITS).replace("منذ", "").split()
    if not 1 <= len(toks) <= 2:
        return None
    num: int | None = None
    word = toks[0] if len(toks) == 2 and toks[1] in patterns.AR_NUMBER_WORDS else toks[-1]
    if len(toks) == 2:
        if toks[1] in patterns.AR_NUMBER_WORDS:
            num = patterns.AR_NUMBER_WORDS[toks[1]]
        elif toks[0].isdecimal():  # not isdigit(): '⓶' and '²' are digits int() refuses
            num = int(toks[0])
        else:
            return None
    hit = patterns.AGE_WORDS_AR.get(word)
    if not hit:
        abbrev = patterns.AGE_ABBREV_AR.get(word) if num is not None and len(toks) == 2 else None
        return Age(t, _iso(num, abbrev), len(t)) if abbrev else None
    implied, unit = hit
    n = num if num is not None else (implied or 1)
    return Age(t, _iso(n, unit), len(t))


_AR_WORDS_NOT_ASCII = not any(w.isascii() for w in patterns.AGE_WORDS_AR)


def _parse_age_he(t: str) -> Age | None:
    toks = t.split()
    ago = toks[:1] == ["לפני"]
    if ago:
        toks = toks[1:]
    if len(toks) != 1:
        return None
    hit = patterns.AGE_WORDS_HE.get(toks[0])
    if hit:
        return Age(t, _iso(hit[0] or 1, hit[1]), len(t))
    unit = patterns.AGE_WORDS_HE_AFTER_AGO.get(toks[0]) if ago else None
    return Age(t, _iso(1, unit), len(t)) if unit else None


_AR_NUMBER_LEAD = re.compile(r"(?:منذ\s+)?([0-9٠-٩۰-۹]{1,3})\s*")


@lru_cache(maxsize=1)
def _ar_age_words() -> tuple[str, ...]:
    """The Arabic age words, longest first (sorted once, not on every line asked about)."""
    return tuple(sorted(patterns.AGE_WORDS_AR, key=re.longest_first))


def _split_glued_age_ar(text: str) -> tuple[Age, str] | None:
    """``شهرانمقال رائع`` / ``٥ أشهرهل يمكن…``: an Arabic age glued to the comment."""
    t = text.lstrip()
    num = ""
    m = _AR_NUMBER_LEAD.match(t)
    if m:
        num = m.group(0)
    rest = t[len(num):]
    if not rest.startswith(_ar_age_words()):
        return None  # (most lines: no Arabic age word where one would stand)
    for word in _ar_age_words():
        if rest.startswith(word) and len(rest.rstrip()) == len(word):
            return None  # (the whole line is the age, "أسبوعان": no shorter word is glued to a text)
        if rest.startswith(word) and len(rest) > len(word):
            written = (num + word).strip()
            age = _parse_age_ar(written)
            if age:
                return age, rest[len(word):].strip()
    return None


# After a CJK time span, what makes it "later", "within", "during" or "ago" in prose
_CJK_TIME_AFTER = ("後", "后", "以後", "以后", "之後", "之后", "内", "內", "以内", "以內", "間", "间",
                   "ぶり", "半", "以上", "ほど", "くらい", "ぐらい", "左右", "多")


# ... and after a Korean one: prose, not an age glued to a comment. Two lists, written apart
# for two sets and read as one pattern: (1) after a space, "ago", "later" with what goes on
# ("2년 전, 직원…", "3일 후에", "2주 전부터"), "during", "after (so long)", "more than", "about",
# "within", "-th" ("2 years ago, …"; a comment glued to its age, "2주 전좋은 글", has no space,
# comma or particle after the age's "전"); (2) a word that makes the span "after", "during",
# "within", "for", "the Nth" ("90일 뒤", "3일 후에", "2주 동안", "6일 만에", "4개월 차에",
# "3일간"), then a particle at most and a word's end. Bare "내" ("my"), "안" ("not") could open
# a comment, so only "내에", "안에" count.
_KO_TIME_PROSE = re.compile(r"\s*+(?:(?:전|후|뒤)(?:[\s,.!?…]|에|부터|까지|의|엔|만\s)|동안|만에|째|이상|정도|넘게|이내|쯤|가량)"
                            r"|\s?(?:뒤|후|동안|만에|안에|이내|내에|간|째|차|이후|이전|전에|전부터)"
                            r"(?:에|의|은|는|도|로|부터|까지|에는|에도)?(?=$|[\s,.!?…·:;)])")


# A Japanese particle right after a time span, then a comma or a non-kana character: the span
# is a phrase's ("3か月で、" "in three months", "2日の研修" "the two-day course"), not an age glued
# to a comment (whose text never opens on a bare particle; "もう…" keeps its age: kana follows);
# so are a two-kana particle ("30分でも長い", "3日では") and the verb of time passing ("3か月たって
# 分かった", "2年経った今"), then a comma or a non-kana character
_JA_PARTICLE_AFTER = re.compile(r"(?:でも|では|には|にも|から|まで|より|たって|経って|たった|経った|[でにのはがをも])"
                                r"(?=[、，,。]|[^\u3040-\u309f])")


# the bullet that may part a glued age from the comment's text: "2w • Great post"
_AGE_BULLET = re.compile(r"\s*([•·])\s*")


def split_glued_age(text: str) -> tuple[Age, str] | None:
    """An age at the very start of a comment line, glued to its text: ``10 个月The more…``,
    ``2w Great post``. Returns the age and the text after it. (A copy may indent every line:
    `` 2dGreat post``.)"""
    glued, _, compact, _ = _age_regexes()
    m = glued.match(text)
    if not m and text[:1].isspace():
        text = text.lstrip()
        m = glued.match(text)
    if not m:
        return _split_glued_age_ar(text)
    rest = text[m.end():]
    if rest.startswith(_CJK_TIME_AFTER):
        return None  # "3か月後、…", "3 个月后我们…": "three months later", prose, not an age
    if "\uac00" <= rest.lstrip()[:1] <= "\ud7a3" and _KO_TIME_PROSE.match(rest):
        return None  # "2년 전, 직원…" ("two years ago, …"), "90일 뒤", "6일 만에 끝났고": prose
    if _JA_PARTICLE_AFTER.match(rest):
        return None  # "3か月で、…", "2日の研修は…": a Japanese particle takes the span into prose
    mark = _glued_edited_mark(rest)
    if mark:
        rest = rest[mark.end():]  # "1d (edited)Disagree…" (recorded by :func:`_record_age_separator`)
    if m.group("unit"):
        # Latin unit: what follows must look like the start of a comment, not "3d printing"
        # (an emoji-only comment, "18h👏", starts with a symbol)
        head = rest.lstrip(" \t•·¿¡\"'“‘«(")
        if rest and not (head[:1].isupper() or head[:1].isdigit() and rest[:1] in " \t" or not rest.strip()
                         or unicodedata.category(head[:1] or " ") == "So"):
            return None
    bullet = _AGE_BULLET.match(rest)
    if bullet:
        rest = rest[bullet.end():]  # (recorded by the caller: :func:`_record_age_separator`)
    return _age_from(m, compact, m.end()), rest.strip()


_BRACKETED = re.compile(r"\s*\(([^()\n]{1,30})\)\s*")


def _glued_edited_mark(rest: str) -> re.Match[str] | None:
    """The "Edited" mark in brackets between a glued age and its comment ("1d (edited)Disagree",
    "2 g (modificato)Da noi…"), any locale's."""
    if not rest[:2].lstrip().startswith("("):
        return None
    m = _BRACKETED.match(rest)
    return m if m and " ".join(m.group(1).split()).casefold() in _edited_marks() else None


# --------------------------------------------------------------------------------------------
# UI chrome that is a whole line


@lru_cache(maxsize=1)
def _recommended_keys() -> frozenset[str]:
    return frozenset(key(s) for v in patterns.RECOMMENDED_HEADER.values() for s in v)


@lru_cache(maxsize=1)
def _recommended_words() -> tuple[str, ...]:
    """One word of each ASCII header key ("linkedin" where it has it): a line of ASCII text
    whose key is a header's holds that word, lower-cased, as it stands (the key only
    lower-cases, collapses spaces and trims the ends). A quick test before the key."""
    out = set()
    for k in _recommended_keys():
        if k.isascii():
            ws = k.split()
            out.add("linkedin" if "linkedin" in ws else max(ws, key=len))
    return tuple(sorted(out))


def is_recommended_header(text: str) -> bool:
    """The "Recommended by LinkedIn" header, also as a Markdown heading (``## 领英推荐``)."""
    if text.isascii():  # (its key is ASCII too: only the ASCII keys can be it)
        low = text.lower()
        if not any(map(low.__contains__, _recommended_words())):  # (map: no generator per line)
            return False
    k = key(text)
    return bool(k) and k in _recommended_keys()


def _ends_with_age(text: str) -> bool:
    """"Lauren Pike 2 years ago": a short line whose last words are a relative age."""
    t = text.strip()
    if len(t) > 80:
        return False
    toks = t.split()
    for k in (4, 3, 2):
        if len(toks) > k and parse_age(" ".join(toks[-k:])) and len(" ".join(toks[-k:])) > 3:
            return True
    # "Marcus Hale · 5mo": the name and the age parted by a separator
    for sep in ("·", "•"):
        head, found, tail = t.rpartition(sep)
        if found and head.strip() and parse_age(tail.strip()):
            return True
    return False


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
        # teasers: groups of 2–3 short lines ending in a standalone age, or in a line that
        # ends with one ("Lauren Pike 2 years ago")
        while True:
            group = content[i : i + 3]
            if not group or parse_age(group[0].text.replace("前", "")):
                break
            # (the first line is the teaser's title, even one ending in a duration: "… saved
            # us 40 hours", "… in 30 days" is no age)
            ages = [k for k, g in enumerate(group) if k and (parse_age(g.text.replace("前", "")) or _ends_with_age(g.text))]
            # (a clipper keeps a teaser's title as a Markdown link: judged by its visible text)
            if not ages or any(len(link_text(g.text)) > 160 for g in group[: ages[0] + 1]):
                break
            for g in group[: ages[0] + 1]:
                log.drop_line(g, "ui.recommended_teaser")
            i += ages[0] + 1


# --------------------------------------------------------------------------------------------
# Paragraph joining


def join_paragraphs(lines: Sequence[Line], blank_separated: bool, blanks: frozenset[int] | None = None) -> str:
    """Join content lines into text: a blank line between paragraphs. When the dump marks
    paragraphs with blank lines, lines with no blank input line between them (``blanks``:
    the numbers of the lines that were blank in the input) stay in one paragraph, even
    when a removed line (chrome) stood between them. Without ``blanks``, only lines that
    were adjacent in the input stay in one paragraph (an empty set would glue every
    paragraph of a blank-separated dump into one: not idempotent)."""
    out: list[str] = []
    prev_no = None
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        if out:
            same = blank_separated and prev_no is not None and (
                ln.no == prev_no + 1 or (blanks is not None and ln.no > prev_no
                                    and not any(b in blanks for b in range(prev_no + 1, ln.no))))
            out.append("\n" if same else "\n\n")
        out.append(t)
        prev_no = ln.no
    text = "".join(out)
    if "\n" in text and "\n\n" not in text:
        # one paragraph of several lines and nothing else: read again, with no blank line to
        # say otherwise, its lines would be paragraphs; say so now (cleaning twice = once)
        text = text.replace("\n", "\n\n")
    return text


def blank_numbers(lines: Sequence[Line]) -> frozenset[int]:
    return frozenset(ln.no for ln in lines if ln.blank)


# --------------------------------------------------------------------------------------------
# Field finders


# "#" not glued to a word, "#", "&", "/" or "=" before it. The look-behind comes after the
# "#" (it then checks the "#" and the character before): a pattern that opens with a literal
# lets the regex engine skip to each "#", where a leading look-behind was tried at every
# character of the body.
# (or the feed's label glued before it, "hashtag#UMKM", where no line repair took it off: the
# fields of a JSON or CSV export)
_HASHTAG = re.compile(r"#(?:(?<![\w#&/=]#)|" + "|".join(
    f"(?<={label}#)" for label in patterns.HASHTAG_LABEL.split("|") + ["Hashtag", "HASHTAG"])
    + r")([^\W\d_][\w]*|\d+[^\W\d]\w*)")


_GLUED_NAME_TAIL = re.compile(r"^([a-z0-9]{3,})([A-Z][a-z]+)$")


def _tag_end(text: str, end: int) -> int:
    """Where a tag that ``_HASHTAG`` matched up to ``end`` really ends: past the combining
    marks that ``\\w`` lacks (the vowel signs of Devanagari and Thai, ``#ศิกษา``, ``#शिक्षा``)
    and the word characters after them."""
    while end < len(text) and (text[end].isalnum() or text[end] == "_" or
                               unicodedata.category(text[end]) in ("Mn", "Mc")):
        end += 1
    return end


def find_hashtags(text: str) -> list[str]:
    """``#Tag`` in order of first appearance (case-insensitively unique). A lower-case tag
    that runs into a capitalised word starting a name (``#realmoneygamingTushar Bisht``,
    scraper glue) is cut where the name begins."""
    seen: dict[str, str] = {}
    for m in _HASHTAG.finditer(text):
        tag = m.group(1)
        if m.end() < len(text) and not text[m.end()].isascii() and not text[m.end()].isspace():
            tag = text[m.start(1):_tag_end(text, m.end())]
        g = _GLUED_NAME_TAIL.match(tag)
        if g:
            nxt = text[m.end():].split(None, 1)
            if nxt and text[m.end():m.end() + 1] == " " and is_name(g.group(2) + " " + nxt[0]):
                tag = g.group(1)
        seen.setdefault(tag.casefold(), "#" + tag)
    return list(seen.values())


def is_cut_opening(title: str, lines: Sequence[Line], skip: set[int] | frozenset[int] = frozenset()) -> bool:
    """Is ``title``, ending with an ellipsis, the opening of one of the text's first
    paragraphs cut short (a tool titled the saved post with its first words)? A line among the
    first 30 of ``lines`` (not counting the title's own, nor those whose ids are in ``skip``)
    starts with its words and runs well past them."""
    t = title.rstrip()
    if not t.endswith(("…", "...")):
        return False
    stem = " ".join(t.rstrip(".…").split())
    if len(stem) < 12:
        return False
    seen = 0
    for ln in lines:
        x = ln.text.strip()
        if not x or id(ln) in skip:
            continue
        if len(x) > len(stem) + 20 and x[:1] != "#" and " ".join(x.split()).startswith(stem):
            return True
        seen += 1
        if seen >= 30:
            break
    return False


def find_title(paras: Sequence[Line], period_ok: bool = False) -> bool:
    """An article starts with a title line followed by the author's name. ``period_ok``: a
    title may end with a full stop ("Treat it like one."), where a "Published <date>" line
    under the byline says an article starts there."""
    if len(paras) < 3:
        return False
    first, second, third = paras[0].text, paras[1].text, paras[2].text
    return (
        len(first) <= 200
        and "://" not in first  # ("View on LinkedIn: https://…": a mail's link line, no title)
        and not first.rstrip().endswith((":", "：") if period_ok else (".", ":", "。", "："))  # (CJK's too)
        and not is_list_item(first)
        and not is_list_item(second)
        and first.strip() != second.strip()
        and is_name(second)
        and _is_text_node(second)
        and not is_name(third)
        and not (is_name(first) and _reads_as_headline(second))  # ("Ana Roux / Fondatrice de La Mie")
        and not (len(paras) > 3 and _LABELLED_VALUE.match(third) and _LABELLED_VALUE.match(paras[3].text)
                 and _is_text_node(paras[3].text))  # (not "Published: Mar 3": the page's own line)
    )


# "Overall Length: 37.57 m", "Wingspan (with sharklets): 35.80 m": a label of a few words, a
# colon, its value. Two such lines under what reads as a byline's name are the first of a list
# of labelled values (a specification), not a headline: the capitalised line over them is the
# list's heading ("General Dimensions"), not a name, and the line over that no article's title.
_LABELLED_VALUE = re.compile(r"^\s*[^\W\d_][^:|@•·]{0,60}?:\s+\S")


def _is_text_node(text: str) -> bool:
    return classify(text).kind == TEXT


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
    t = paras[j].text
    return split_glued_age(t) is not None or parse_age(t) is not None \
        or (("·" in t or "•" in t) and _inline_head(t) is not None)


def _inline_head(text: str) -> InlineHead | None:
    """:func:`inline_comment_head` behind cheap tests: a bullet in the line, an age after the
    last one (most lines with a bullet are a header's "2w •" or "• 3rd+")."""
    k = max(text.rfind("·"), text.rfind("•"))
    if k <= 0 or len(text) >= 400:
        return None
    tail = text[k + 1:].strip()
    if not tail or len(tail) > 24 or parse_age(tail) is None:
        return None
    return inline_comment_head(text)


def find_comments_start(paras: Sequence[Line], start: int, doubled: frozenset[int] = frozenset(),
                        chrome: frozenset[int] = frozenset()) -> int:
    """Index of the first comment block: an age-led line, or the bio (and name) before it.
    ``doubled``: the ids of the lines whose name the page showed twice (a commenter's);
    ``chrome``: the numbers of the input lines dropped as chrome (the post's buttons and
    counters, which end the text: a name right under them opens the comments)."""
    for j in range(start, len(paras)):
        if _starts_comment(paras, j):
            k = j
            if k - 1 >= start and is_headline(paras[k - 1].text):
                k -= 1
                if k - 1 >= start and is_name(paras[k - 1].text):
                    k -= 1
            elif k - 1 >= start and is_name(paras[k - 1].text):
                k -= 1
                if k - 1 >= start and _marked_headline(paras[k - 1].text) and _headline_first(paras, start, doubled):
                    k -= 1  # a page that writes the headline over the name ("CTO | Norte" / "Ana Lee")
                elif k - 1 >= start and is_name(paras[k - 1].text) and (
                        not _is_clear_name(paras[k].text) or id(paras[k - 1]) in doubled
                        or _after_post_end(paras, k - 1, start, chrome)):
                    # a name, then a short title that reads as one too ("李娜" / "运营负责人"), or
                    # a headline of capitalised words ("Agile Coach") under a name shown twice
                    # or standing right under the post's end
                    k -= 1
            return k
    return len(paras)


_HEADLINE_MARKS = (" | ", "|", " @ ", " • ", " · ")


def _marked_headline(text: str) -> bool:
    """A headline no name can be: a list's separator in it ("CTO | Norte", "Lead @ Acme")."""
    return any(sep in text for sep in _HEADLINE_MARKS) and is_headline(text) and not is_name(text)


def _headline_first(paras: Sequence[Line], start: int, doubled: frozenset[int] = frozenset()) -> bool:
    """Does the page write each comment's header as headline, then name (over the age line)?
    Settled by the two-line headers that tell the order by their shape: a marked headline
    (:func:`_marked_headline`) over a name, or a name over one; the page's order is the one
    they show, and only when none shows the other."""
    first = second = 0
    for j in range(start + 2, len(paras)):
        if not _starts_comment(paras, j):
            continue
        a, b = paras[j - 2], paras[j - 1]
        b_name = id(b) in doubled or (is_name(b.text) and not _marked_headline(b.text))
        if _marked_headline(a.text) and b_name and id(a) not in doubled:
            first += 1
        elif (id(a) in doubled or is_name(a.text)) and _marked_headline(b.text):
            second += 1
    return first > 0 and second == 0


def _after_post_end(paras: Sequence[Line], k: int, start: int, chrome: frozenset[int]) -> bool:
    """Does ``paras[k]`` come right after the post's end: its closing hashtags, or chrome
    lines (buttons, counters) dropped between it and the line before?"""
    if k - 1 < start or k + 1 >= len(paras) or is_comments_heading(paras[k].text):
        return False
    prev, nxt = paras[k - 1], paras[k + 1]
    if chrome and any(n in chrome for n in range(paras[k].no + 1, nxt.no)):
        return False  # (the post's end is below it: the name is the text's, a sign-off)
    return is_hashtag_line(prev.text) or is_comments_heading(prev.text) or (
        bool(chrome) and any(n in chrome for n in range(prev.no + 1, paras[k].no)))


def _comment_text(paras: Sequence[Line], j: int, blank_separated: bool,
                  row_ends: Sequence[int] = ()) -> tuple[str, int]:
    """The text of the comment whose header ends at ``paras[j]``: the next line, unless it
    starts a comment, and where blank lines part paragraphs, the lines right under it (no blank
    line between) as the same paragraph, wrapped ("… nehmen" / "wir ab sofort …"). Where the
    page closed each comment with a row of buttons (``row_ends``: the numbers of those lines,
    dropped as chrome, sorted), the paragraphs before the comment's row are all its own.
    Returns the text and the index of its last line (``j`` when there is none)."""
    n = len(paras)
    if j + 1 >= n or _starts_comment(paras, j + 1):
        return "", j
    text = paras[j + 1].text.strip()
    j += 1
    while j + 1 < n and not _starts_comment(paras, j + 1):
        if blank_separated and paras[j + 1].no == paras[j].no + 1 and not (
                j + 2 < n and _starts_comment(paras, j + 2)):
            text += "\n" + paras[j + 1].text.strip()
        elif row_ends and _before_own_row(paras, j, row_ends):
            text += ("\n" if paras[j + 1].no == paras[j].no + 1 else "\n\n") + paras[j + 1].text.strip()
        else:
            break
        j += 1
    return text, j


def _before_own_row(paras: Sequence[Line], j: int, row_ends: Sequence[int]) -> bool:
    """Does ``paras[j + 1]`` go on the comment that ``paras[j]`` is in: no row of buttons
    between them, and one after it before the next comment's header (its age line)?"""
    a, b = paras[j].no, paras[j + 1].no
    k = bisect_right(row_ends, a)
    if k < len(row_ends) and row_ends[k] < b:
        return False  # the comment's row closed it
    nxt = next((paras[x].no for x in range(j + 2, min(len(paras), j + 8)) if _starts_comment(paras, x)), None)
    k = bisect_right(row_ends, b)
    return k < len(row_ends) and (nxt is None or row_ends[k] < nxt)


def find_comments(paras: Sequence[Line], blank_separated: bool, log: RepairLog | None = None,
                  spans: list[tuple[int, int, int]] | None = None, row_ends: Sequence[int] = (),
                  doubled: frozenset[int] = frozenset()) -> list[Comment]:
    """Comments written as ``[name] [bio] age+text`` blocks; a line that is neither is a
    comment of its own (a commenter whose header the scraper dropped). ``spans``, when
    given, receives each comment's first line, age line and last line (indexes in ``paras``);
    ``row_ends``: see :func:`_comment_text`; ``doubled``: the ids of the lines the page
    showed twice (a name, whatever its shape)."""
    comments: list[Comment] = []
    i = 0
    n = len(paras)
    swapped: bool | None = None  # (the page writes headline over name: settled when first asked)
    while i < n:
        name = bio = None
        j = i
        head = _inline_head(paras[i].text)
        if head is not None:
            # a header on one line ("Name · headline · 2d", a reply quoted under a comment): the
            # text follows it, up to the next comment
            if log is not None:
                _record_inline_head(paras[i], head, log)
            text, j = _comment_text(paras, j, blank_separated)
            comments.append(Comment(Author(head.name, head.bio), head.age.text, head.age.iso, text))
            if spans is not None:
                spans.append((i, i, j))
            i = j + 1
            continue
        # look ahead at most two header lines for the age-led line
        for look in (0, 1, 2):
            if j + look >= n:
                break
            if look and _inline_head(paras[j + look].text) is not None:
                break  # (a one-line header below is a comment of its own: the lines above are no header of it)
            if _starts_comment(paras, j + look):
                head = paras[j : j + look]
                if look == 2 and id(head[0]) not in doubled and (
                        is_name(head[1].text) or id(head[1]) in doubled) and (
                        is_name(head[0].text) or _marked_headline(head[0].text)) and (
                        swapped if swapped is not None else (swapped := _headline_first(paras, 0, doubled))):
                    bio, name = head[0].text.strip(), head[1].text.strip()
                elif look == 2 and (is_name(head[0].text) or id(head[0]) in doubled):
                    name, bio = head[0].text.strip(), head[1].text.strip()
                elif look == 1:
                    if _is_clear_name(head[0].text) or id(head[0]) in doubled:
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
        at = j
        glued = split_glued_age(ln.text)
        if glued and is_edited_mark(glued[1].rstrip("•· ")):
            glued = None  # "1w • Edited": the age's own line, the mark no comment text (its text follows)
        if glued and glued[1] and (j > i or _starts_comment(paras, j)):  # (an age alone: its text follows)
            age, text = glued
            if log is not None:
                _record_age_separator(ln, age.text, log)
            comments.append(Comment(Author(name, bio), age.text, age.iso, text))
        elif j > i or parse_age(ln.text):
            age2 = use_age(ln, None, log) if log is not None else parse_age(ln.text)
            text, j = _comment_text(paras, j, blank_separated, row_ends)
            comments.append(Comment(Author(name, bio), age2.text if age2 else None,
                                    age2.iso if age2 else None, text))
        else:
            comments.append(Comment(text=ln.text.strip()))
        if spans is not None:
            spans.append((i, at, j))
        i = j + 1
    return comments


def _record_age_separator(line: Line, age_text: str, log: RepairLog) -> None:
    """``2w • Great post``: the bullet between a glued age and the comment's text (which
    :func:`split_glued_age` leaves out of both) is chrome, and goes on record."""
    at = line.text.find(age_text)
    if at < 0:
        return
    pos = at + len(age_text)
    mark = _glued_edited_mark(line.text[pos:])
    if mark:
        log.edit(line, "ui.post_meta", [(pos + mark.start(1) - 1, pos + mark.end(1) + 1, "")])
        return
    m = _AGE_BULLET.match(line.text, pos)
    if m:
        log.edit(line, "ui.post_meta", [(*m.span(1), "")])


def _is_sign_off_cue(text: str) -> bool:
    t = text.strip()
    low = t.casefold()
    if len(words(t)) <= 10 and len(t) <= 80 and low.startswith(_folded(patterns.SIGN_OFF_CUES)):
        return True
    # the name, then the formula ("王志远 敬上", "김민수 드림")
    if not t.endswith(patterns.SIGN_OFF_SUFFIXES) or not any(ch.isalpha() for ch in t[:-2]):
        return False
    if len(t) <= 16 and len(words(t)) <= 3:
        return True
    # (a team signing: "작은 식탁 팀 드림", the group's word before the formula)
    return len(t) <= 24 and len(words(t)) <= 5 and t[:-2].rstrip().endswith(patterns.SIGN_OFF_GROUP_WORDS)


# "— Priya", "– Anna K.", "/Elin": a dash (not a hyphen: a list's marker) or a slash before a
# first name or two, closing the text: a signature in any language
_DASH_SIGNATURE = re.compile(r"(?:[—–]{1,2}|/)\s?[^\W\d_][\w.'’-]{0,20}(?:\s[^\W\d_][\w.'’-]{0,20}){0,2}")


def _is_dash_signature(paras: Sequence[Line], k: int) -> bool:
    """Is the line at ``k`` (the text's last) a signature like "— Priya": a dash or slash and
    a capitalised name, not an item of a list whose line before starts with the same mark?"""
    t = paras[k].text.strip()
    # (the name may take a short role after a comma: "— Priya Rao, founder of Kettle")
    head, comma, role = t.partition(", ")
    if comma and t[:1] in "—–" and 1 <= len(role.split()) <= 6 and len(role) <= 50 \
            and not role.rstrip().endswith((".", "!", "?")):
        t = head
    if not _DASH_SIGNATURE.fullmatch(t):
        return False
    name = t.lstrip("—–/ ")
    if not all(w[:1].isupper() or not w[:1].islower() for w in name.split()):
        return False
    return not (k and paras[k - 1].text.strip()[:1] == t[:1])


_EMOJI_CATEGORIES = ("So", "Sk", "Mn", "Cf")


def _is_emoji_signature(text: str) -> bool:
    """An emoji and a first name or two, the name capitalised ("🌻 Bia", "Ana ✨"): how a
    post is signed under its call to action."""
    t = text.strip()
    if not t or len(t) > 40 or t.isascii():
        return False
    name = t.strip("".join(c for c in t if unicodedata.category(c) in _EMOJI_CATEGORIES) + " ")
    if len(name) == len(t) or not 1 <= len(name.split()) <= 2:
        return False
    return all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in name.split())


def _is_short_closing(text: str) -> bool:
    """A short closing line: a few words ending in '.', '!' or ',' — not a question."""
    t = text.strip()
    if not (1 <= len(words(t)) <= 8 and len(t) <= 60 and t.endswith((".", "!", ",", "。", "！")) and not is_list_item(t)):
        return False
    # (Chinese and Japanese write no spaces: there, a line of up to 12 characters, about as many as
    # eight words of a spaced language take, not a whole sentence of 60)
    return len(t) <= 12 or not _has_ideograph_or_kana(t)


def _has_ideograph_or_kana(text: str) -> bool:
    return not text.isascii() and any("\u4e00" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff" for ch in text)


def find_sign_off(paras: Sequence[Line], before: int | None = None) -> int | None:
    """Index of a short closing line ("To your sales leadership success.", "Cheers,"): one
    that starts with a sign-off cue among the last three paragraphs, or a short closing line
    right before the call to action (``before``)."""
    n = len(paras) if before is None else before
    for k in range(n - 1, max(-1, n - 3), -1):
        if _is_sign_off_cue(paras[k].text) and not _continues_line_above(paras, k):
            return k  # (a cue that goes on with the line above, hard-wrapped, closes nothing)
    if before is None and n >= 2 and _is_dash_signature(paras, n - 1):
        return n - 1
    if before is not None and before >= 2 and _is_short_closing(paras[before - 1].text) \
            and not _continues_line_above(paras, before - 1) and not is_addressed_formula(paras[before - 1].text):
        return before - 1  # (not "Congrats to the whole team!": a sentence addressed to them)
    return None


def _continues_line_above(paras: Sequence[Line], k: int) -> bool:
    """Is ``paras[k]`` the rest of the sentence on the line right above it, wrapped (a text
    hard-wrapped by a PDF, a mail, a terminal: "… took our trainees on" / "board. Thank
    you.")? It opens in lower case under a line that ends in a letter or a comma."""
    t = paras[k].text.lstrip()
    if not (k and t[:1].islower() and paras[k - 1].no == paras[k].no - 1):
        return False
    above = paras[k - 1].text.rstrip()
    return above[-1:].isalpha() or above[-1:] == ","


@lru_cache(maxsize=1)
def _cta_patterns() -> tuple[re.Pattern[str], ...]:
    """The call-to-action shapes, each compiled alone: searched one after another they cost
    less than one alternation of them all, which the regex engine tries at every character."""
    return tuple(re.compile(p, re.I) for p in patterns.CTA_PATTERNS)


# What a call-to-action shape that closes on a link ends with: a line without it cannot match
# that shape, which opens with a look-behind and ~80 stems and so was tried at every word of
# every line (a twentieth of a batch's time); the line is searched for the link first.
_LINK_TAIL_SRC = r"(?:https?://|www\.|lnkd\.in/)\S+\s*$"
_LINK_TAIL = re.compile(_LINK_TAIL_SRC, re.I)


@lru_cache(maxsize=1)
def _cta_checks() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """:func:`_cta_patterns`, each with whether it closes on a link (ends with
    :data:`_LINK_TAIL_SRC`, so that a line :data:`_LINK_TAIL` finds nothing in is not searched)."""
    return tuple((rx, src.endswith(_LINK_TAIL_SRC)) for rx, src in zip(_cta_patterns(), patterns.CTA_PATTERNS))


_CTA_CHECKS_ASCII = None


def _cta_checks_ascii() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """:func:`_cta_checks` less the shapes that no text of ASCII characters alone can match
    (:func:`_needs_non_ascii`: the emoji arrows, the CJK ones), for a line of ASCII text. In a
    process's first dump, all of them: reading the patterns (~1 ms) would be start-up for a
    CLI run on one file, which searches a few lines."""
    global _CTA_CHECKS_ASCII
    if _CTA_CHECKS_ASCII is None:
        from .nodes import first_dump

        if first_dump():
            return _cta_checks()
        _CTA_CHECKS_ASCII = _ascii_checks(_cta_checks(), patterns.CTA_PATTERNS)
    return _CTA_CHECKS_ASCII


def _ascii_checks(checks, sources) -> tuple[tuple[re.Pattern[str], bool], ...]:
    return tuple((rx, needs_link) for (rx, needs_link), src in zip(checks, sources)
                 if needs_link or not _needs_non_ascii(src, re.I))


_ASCII = "".join(map(chr, range(128)))


def _needs_non_ascii(src: str, flags: int) -> bool:
    """Does every match of the pattern ``src`` hold a character that is not ASCII? True when a
    character it must match (a literal or a class of literals and ranges at its top level, in
    a group, in every branch of an alternation, in a repeat of at least one) matches no ASCII
    character, under the case-insensitivity that holds there (asked of the regex engine: a
    non-ASCII letter may match an ASCII one, "K" (Kelvin) a "k"). False when in doubt."""
    from re import _constants as c, _parser

    def item_needs(op, av, ic: bool) -> bool:
        if op is c.LITERAL:
            cls = re.escape(chr(av))
        elif op is c.IN and all(o in (c.LITERAL, c.RANGE) for o, _ in av):
            cls = "[" + "".join(re.escape(chr(a)) if o is c.LITERAL else f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}"
                                for o, a in av) + "]"
        elif op is c.SUBPATTERN:
            _, add, drop, sub = av
            return seq_needs(sub, (ic or bool(add & re.I)) and not drop & re.I)
        elif op is c.ATOMIC_GROUP:
            return seq_needs(av, ic)
        elif op is c.BRANCH:
            return all(seq_needs(alt, ic) for alt in av[1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return seq_needs(av[2], ic)
        else:
            return False
        return re.compile(cls, re.I if ic else 0).search(_ASCII) is None

    def seq_needs(seq, ic: bool) -> bool:
        return any(item_needs(op, av, ic) for op, av in seq)

    parsed = _parser.parse(src, flags)
    return seq_needs(parsed, bool(parsed.state.flags & re.I))


def _matches_a_cta_shape(text: str, low: str) -> bool:
    """``any(p.search(text) for p in _cta_patterns())``, the shapes that close on a link
    searched only in a line that does, those that need a character beyond ASCII only in a
    line that holds one. (``low`` is ``text.casefold()``: under re.I the letters
    of "http", "www." and "lnkd." match only characters that case-fold to them, so a line
    whose case-folded text holds none of the three has no link for :data:`_LINK_TAIL`; the
    "i" of "lnkd.in" also matches "İ" and "ı", which do not fold to "i", hence "lnkd.".)"""
    link: bool | None = None
    for rx, needs_link in _cta_checks_ascii() if text.isascii() else _cta_checks():
        if needs_link:
            if link is None:
                link = ("http" in low or "www." in low or "lnkd." in low) and _LINK_TAIL.search(text) is not None
            if not link:
                continue
        if rx.search(text):
            return True
    return False


def _asks_to_pass_on(text: str, low: str) -> bool:
    """A newsletter's ask to share or forward it (``patterns.NEWSLETTER_ASK_PATTERNS``),
    searched only in a line that names a newsletter."""
    return any(w in low for w in patterns.NEWSLETTER_NOUNS) and _newsletter_ask().search(text) is not None


@lru_cache(maxsize=1)
def _newsletter_ask() -> re.Pattern[str]:
    """``patterns.NEWSLETTER_ASK_PATTERNS`` as one pattern."""
    return re.compile("|".join(patterns.NEWSLETTER_ASK_PATTERNS), re.I)


@lru_cache(maxsize=8)
def _folded(cues: tuple[str, ...]) -> tuple[str, ...]:
    """Cue words compared case-insensitively: case-folded like the text ("ß" -> "ss")."""
    return tuple(c.casefold() for c in cues)


_WORD_RUN = re.compile(r"[^\W_]+")  # a run of letters and digits (str.isalnum)


def _bounded(c: str) -> tuple[bool, bool]:
    """Must a cue's occurrence not be glued to a letter or digit before it, after it? Where
    the cue starts (ends) with one, unless a CJK one (CJK writes words glued)."""
    return (c[0].isalnum() and not is_cjk_text(c[0]), c[-1].isalnum() and not is_cjk_text(c[-1]))


@lru_cache(maxsize=2)
def _cta_cue_index(offers: bool = True) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The cues (case-folded) that must start a word, by that first word ("dm" -> ("dm me",)):
    such a cue can only stand where the text has that word, whole. The others (CJK, emoji)
    are looked for anywhere. (``offers``: with ``CTA_OFFER_CUES``.)"""
    by_word: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for c in _folded(patterns.CTA_CUES + patterns.CTA_OFFER_CUES if offers else patterns.CTA_CUES):
        first = _WORD_RUN.match(c)
        starts, ends = _bounded(c)
        # the first word stands whole in the text: the cue goes on past it, or must end there
        if first and starts and (first.end() < len(c) or ends):
            by_word.setdefault(first.group(), []).append(c)
        else:
            anywhere.append(c)
    return {w: tuple(cs) for w, cs in by_word.items()}, tuple(anywhere)


@lru_cache(maxsize=2)
def _ascii_anywhere(offers: bool = True) -> tuple[str, ...]:
    """The cues looked for anywhere (:func:`_cta_cue_index`) that an ASCII line can hold."""
    return tuple(c for c in _cta_cue_index(offers)[1] if c.isascii())


@lru_cache(maxsize=1)
def _cue_word_runs() -> re.Pattern[str]:
    """The runs of letters and digits (:data:`_WORD_RUN`, whole) that start with a character
    some cue's first word starts with: of a line's words, the only ones that can be such a
    first word, and far fewer than all (the engine skips to those characters in C). The
    look-behind, after the first character, keeps the run whole: no letter or digit before it."""
    firsts = "".join(sorted({w[0] for w in _cta_cue_index()[0]}))
    return re.compile(f"[{re.escape(firsts)}](?<![^\\W_][^\\W_])[^\\W_]*" if firsts else "(?!)")


def _cue_as_word(c: str, n: int, low: str) -> bool:
    """Does cue ``c``, whose first word is its first ``n`` characters, stand in ``low`` where
    a word starts that is that word, whole (and as :func:`_cue_at` asks)? (What follows the
    first word in the cue is no letter or digit, so only a one-word cue needs the check
    after it.)"""
    k = low.find(c)
    while k >= 0:
        if ((k == 0 or not low[k - 1].isalnum()) and (k + n == len(low) or not low[k + n].isalnum())
                and _cue_at(c, low, k)):
            return True
        k = low.find(c, k + 1)
    return False


def _cue_at(c: str, low: str, k: int) -> bool:
    """Is the cue's occurrence at ``k`` a whole word where it has to be?"""
    starts, ends = _bounded(c)
    end = k + len(c)
    return not (starts and k and low[k - 1].isalnum()) and not (ends and end < len(low) and low[end].isalnum())


# _is_cta_line's answers for short lines, for one dump: a repost's body (and the closing
# lines of an article's) is looked at twice; bounded against a giant dump
_CTA_LINES: dict[str, bool] = per_dump_table()
_CTA_LINES_MAX = 1 << 12


def _is_cta_line(text: str) -> bool:
    """Does the line ask the reader to act? A cue word, matched as a whole word where it
    starts or ends with a letter ("comenta" must not fire inside "Comentar", nor "repost"
    inside "12 reposts"), or a call-to-action shape (``CTA_PATTERNS``)."""
    hit = _CTA_LINES.get(text)
    if hit is None:
        hit = _asks_to_act(text)
        remember(_CTA_LINES, text, hit, _CTA_LINES_MAX)
    return hit


def _asks_to_act(text: str, offers: bool = True) -> bool:
    """:func:`_is_cta_line`, worked out (``offers``: an offer cue alone counts)."""
    low = text.casefold()
    by_word, anywhere = _cta_cue_index(offers)
    # (a cue that starts a word is looked for only where the line has that word: the words
    # of the line, as strings, against the first words of the cues; most lines have none,
    # English ones "i", "for" or "me", whose cues are then found by str.find, not by a walk
    # over every word)
    for w in by_word.keys() & _cue_word_runs().findall(low):
        if any(_cue_as_word(c, len(w), low) for c in by_word[w]):
            return True
    for c in _ascii_anywhere(offers) if low.isascii() else anywhere:  # (no other is in an ASCII line)
        k = low.find(c)
        while k >= 0:
            if _cue_at(c, low, k):
                return True
            k = low.find(c, k + 1)
    return _matches_a_cta_shape(text, low) or _asks_to_pass_on(text, low)


def _is_shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.85


def _is_hook(text: str) -> bool:
    """The line that opens a call to action: in capitals, or a question to the reader (not a
    line that states something before its question: "转型并不容易。…最大的收获是什么？" is the
    text's paragraph closing on a question)."""
    t = text.strip()
    return _is_shouting(t) or (t.endswith(("?", "？")) and len(words(t)) <= 14 and not _STATED_BEFORE.search(t))


# a sentence closed by a full stop or an exclamation mark before what follows it on the line
# (a space after the Latin ones: "2.5", "v1.2" close none)
_STATED_BEFORE = re.compile(r"[^\s.!?。！？](?:[.!]++\s++|[。！]++\s*+)(?=[^\s.!。！])")


def is_hashtag_line(text: str) -> bool:
    """A line of hashtags only ("#A #B", "#A"; "hashtag#A", as an export keeps the feed's
    label glued to each tag)."""
    toks = text.split()
    return bool(toks) and all(_is_tag_token(t) for t in toks) and bool(find_hashtags(text))


_TAG_LABEL = re.compile("(?:" + patterns.HASHTAG_LABEL + ")", re.I)


def _is_tag_token(t: str) -> bool:
    k = t.find("#")
    return k >= 0 and len(t) > k + 1 and (k == 0 or _TAG_LABEL.fullmatch(t[:k]) is not None)


# (the link a call-to-action shape closes on, :data:`_LINK_TAIL_SRC`; case-sensitive here, as
# find_cta has always read it)
_CLOSING_LINK = re.compile(_LINK_TAIL_SRC)


def holds_link(text: str) -> bool:
    """Does the line give a web address (``https://…``, ``www.…``, ``lnkd.in/…``)?"""
    return ("http" in text or "www." in text or "lnkd.in" in text) and _URL.search(text) is not None


def find_cta(paras: Sequence[Line]) -> int | None:
    """Start index of a trailing call to action: the reader is asked to act (``DM me``,
    ``comment 'X'``, ``link in the comments``, ``for free``). Cue lines may be parted by at
    most two other lines; the block must reach the end (up to two closing lines after the
    last cue) and may be opened by a hook line (capitals, or a question)."""
    n = len(paras)
    # the block reaches the end: a cue among the last three lines, looked for first (most
    # posts have none, and then the seven lines before them need no look)
    last = range(max(0, n - 3), n)
    cues = [k for k in last if _is_cue_line(paras, k)]
    if not cues:
        return None
    cues = [k for k in range(max(0, n - 10), last.start) if _is_cue_line(paras, k)] + cues
    start = cues[-1]
    for k in reversed(cues[:-1]):
        if start - k <= 3:
            start = k
        else:
            break
    while start < cues[-1] and (_first_person_offer(paras[start].text) or (
            start + 1 not in cues and not _asks_to_act(paras[start].text, offers=False))):
        # a sentence of the writer's that only names something free ("I wrote it up in a free
        # guide.") opens no block above the line that asks ("Comment 'GUIDE' and I'll send it");
        # nor does any line that only names it so ("It's free. No sign-up needed.") where a
        # line that asks nothing parts it from the next cue
        start = next(k for k in cues if k > start)
    if start == 0 and cues[-1] > 0 and _CLOSING_LINK.search(paras[cues[-1]].text):
        # the cues reach back to the text's first line: that one says what the post is about
        # ("…looking for an engineer to join our team"); the last, closing on the link to act
        # on ("Apply here: https://…"), is the call alone
        start = cues[-1]
    if start >= 1 and _is_link_under_its_call(paras, start):
        start -= 1  # the call above its link ("Sign up here 👇" / "https://…")
    if start - 1 >= 1 and _is_hook(paras[start - 1].text):
        start -= 1
    elif start - 2 >= 1 and _is_shouting(paras[start - 2].text):
        start -= 2
    d = next((d for d in range(start - 1, max(0, start - 4), -1) if _DIVIDER_LINE.fullmatch(paras[d].text)), None)
    if d is not None and d < start - 1:
        # a rule set apart the closing block ("--" / "📥 Skip the guesswork." / "Join 4,000
        # readers: https://…"): the lines between it and the cue open the call to action
        start = d + 1
    return start if start > 0 else None


# a rule alone on its line, parting a text's closing block from the text ("--", "---", "***")
_DIVIDER_LINE = re.compile(r"[ \t]*+(?:[-—–_*=~·•][ \t]*+){2,40}")


def _first_person_offer(text: str) -> bool:
    """Is the line a sentence in the first person ("Ik heb … in een gratis gids") that is a
    call-to-action cue only by an offer cue (``CTA_OFFER_CUES``)?"""
    t = text.strip()
    first = t.split(maxsplit=1)[0].casefold() if t else ""
    return (first in patterns.FIRST_PERSON_OPENERS and t.endswith((".", "。"))
            and not _asks_to_act(text, offers=False))


def _is_cue_line(paras: Sequence[Line], k: int) -> bool:
    """Does the line at ``k`` ask the reader to act (:func:`_is_cta_line`, not an item of an
    arrow list), or is it the link a call on the line above it gives?"""
    if _is_cta_line(paras[k].text):
        return not _arrow_list_item(paras, k)
    return k >= 1 and _is_link_under_its_call(paras, k)


def _is_link_under_its_call(paras: Sequence[Line], k: int) -> bool:
    """Is the line at ``k`` a link alone, which the line above it asks the reader to follow
    ("Apply via the link below 👇" / "https://…"): the two read as one line are a call to
    action (a link alone under "Full write-up:" is none)?"""
    t = paras[k].text.strip()
    if not (holds_link(t) and _URL.fullmatch(t)):
        return False
    return _is_cta_line(paras[k - 1].text.rstrip() + " " + t)


_ARROWS = ("👉", "➡️", "➡", "👇")


def _arrow_list_item(paras: Sequence[Line], k: int) -> bool:
    """Is the line an item of a list marked with an arrow ("👉 Dire non, c'est aussi un
    choix" under "👉 …" and over "👉 …"), asking nothing but by its arrow? The leading arrow
    makes a line a call to action ("👉 Link in the first comment") only where the line
    beside it does not start with it too."""
    t = paras[k].text.lstrip()
    arrow = next((a for a in _ARROWS if t.startswith(a)), None)
    if arrow is None:
        return False
    if not any(0 <= j < len(paras) and paras[j].text.lstrip().startswith(arrow) for j in (k - 1, k + 1)):
        return False
    return not _asks_to_act(t[len(arrow):].lstrip("\ufe0f "))


@lru_cache(maxsize=1)
def _addressed_formula() -> re.Pattern[str]:
    """A line opening with a congratulation or thanks addressed to someone
    (``patterns.ADDRESSED_FORMULAS``: "Congrats to …", "Merci à …"), after up to three words."""
    alt = "|".join(re.escape(f) for f in sorted(patterns.ADDRESSED_FORMULAS, key=re.longest_first))
    return re.compile(r"(?:[^\W\d_]{1,20}\s{1,3}){0,3}?(?:" + alt + r")(?!\w)", re.I)


def is_addressed_formula(text: str) -> bool:
    """Does the line congratulate or thank someone ("Congrats to the whole team, Ana",
    "Félicitations à toute l'équipe")? A sentence of the text, not the author signing."""
    return _addressed_formula().match(text.strip().lstrip("-–—~ ")) is not None


def _signs_as(text: str, author: str | None) -> bool:
    """Is the line the author signing: their first name or whole name alone ("Ana", "– Ana
    Lee"), or a sign-off cue before it ("Üdv, Kata" from Kata Szabó)? Not a congratulation
    or thanks addressed to someone ("Congrats to the whole team, Ana")."""
    if not author:
        return False
    t = text.strip().lstrip("-–—~ ").rstrip(" .!")
    if not t or len(t) > 60 or is_addressed_formula(t):
        return False
    full = " ".join(author.split())
    first = full.split()[0]
    if t in (first, full):
        return True
    if len(t) >= 3 and t.isalpha() and t[0].isupper() and len(first) > len(t) and (
            first.casefold().startswith(t.casefold()) or first.casefold().endswith(t.casefold())):
        return True  # the short form of the first name ("Tunde" from Babatunde, "Alex" from Alexandra)
    if 3 <= len(full) <= 4 and " " not in full and 2 <= len(t) <= 3 and full.endswith(t) and _han_or_hangul(full):
        return True  # a Chinese or Korean name written whole ("沈嘉怡", "한지우"): the given name after the surname
    if _team_signature(t, full):
        return True  # a page's team signing ("The Fieldstone team" from Fieldstone Advisors)
    head, comma, name = t.rpartition(",")
    if comma and name.strip() in (first, full) and 1 <= len(head.split()) <= 6 and len(head) <= 40 \
            and head.strip()[-1:].isalpha():
        # a short formula, a comma and the author's name: a signature whatever the formula's
        # words ("See you in two weeks, Ana"; no cue table holds every farewell)
        return True
    return _is_sign_off_cue(t) and t.rstrip(" ,").endswith((" " + first, "," + first, " " + full))


def _han_or_hangul(name: str) -> bool:
    """Is every character of ``name`` a CJK ideograph or a hangul syllable (no kana: a
    Japanese name signs with its family name, written first)?"""
    return all("\u4e00" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in name)


def _team_signature(t: str, author: str) -> bool:
    """"The Fieldstone team", "L’équipe Fieldstone", "Das Fieldstone-Team": a short line naming
    a team (``patterns.TEAM_WORDS``) and a word of the author's (a page's) name."""
    low = t.casefold()
    if len(t.split()) > 5 or any(c.isdigit() or c in "!?" for c in t):
        return False  # ("Steam Labs turns 10 today!": a sentence, no signature)
    if not any(_has_word(low, w) for w in patterns.TEAM_WORDS):
        return False
    return any(len(w) >= 3 and _has_word(low, w.casefold()) for w in author.split())


def _has_word(low: str, w: str) -> bool:
    """``w`` in ``low`` as a word of its own (no letter glued on either side: "steam" holds no
    "team"); in a script written without spaces ("Fieldstoneチーム", "필드스톤팀"), anywhere."""
    at = low.find(w)
    if at < 0 or is_cjk_text(w) or "\uac00" <= w[:1] <= "\ud7a3":
        return at >= 0
    while at >= 0:
        before, after = low[at - 1 : at], low[at + len(w) : at + len(w) + 1]
        if not any(c.isalpha() and not is_cjk_text(c) for c in (before, after)):
            return True
        at = low.find(w, at + 1)
    return False


def split_tail(main: list[Line], author: str | None = None) -> tuple[list[Line], Line | None, list[Line]]:
    """Body, sign-off and call to action of the text part of a post or article. ``author``:
    the post's author, whose name alone on a line closing the text signs it. The lines of
    hashtags closing the text are the body's, after the call to action or the sign-off too:
    the body is the text before those, then them."""
    k = len(main)
    while k and is_hashtag_line(main[k - 1].text):
        k -= 1
    # a postscript closing the text (above those hashtags) is the body's too: "P.S. …" after
    # the sign-off or the call to action, and the line that goes on with it
    for j in (k - 2, k - 1):
        if j > 0 and is_postscript(main[j].text):
            if j == k - 2 and (_is_sign_off_cue(main[j + 1].text) or _is_dash_signature(main, j + 1)
                               or _signs_as(main[j + 1].text, author)):
                continue  # "P.S. …" / "— Ana": signed under the postscript
            k = j
            break
    if k == len(main):
        return _split_tail(main, author)
    body, sign, cta = _split_tail(main[:k], author)
    return body + main[k:], sign, cta


def is_postscript(text: str) -> bool:
    """Does the line open a postscript ("P.S. …", "PD: …", "追伸 …"; ``POSTSCRIPT_MARKERS``)?"""
    t = text.lstrip("*_ ")
    for m in patterns.POSTSCRIPT_MARKERS:
        if t.startswith(m):
            end = len(m)
            return not (m[-1].isalnum() and end < len(t) and t[end].isalnum())
    return False


def _split_tail(main: list[Line], author: str | None) -> tuple[list[Line], Line | None, list[Line]]:
    cta = find_cta(main)
    so = find_sign_off(main, before=cta)
    if so is not None and cta is not None and so == cta - 1 and not _is_sign_off_cue(main[so].text) \
            and _signed_after(main, cta, author):
        so = None  # a short sentence before the call to action, which a sign-off follows
    if so is None and cta is not None and cta >= 2 and _signs_as(main[cta - 1].text, author):
        so = cta - 1  # "Bérénice" / "Subscribe to my newsletter…"
    if so is None and cta is not None:
        # the author signing below the line read as the call to action, more lines under it:
        # the line above is the text's closing question, what follows the signature asks
        j = next((j for j in range(cta + 1, len(main) - 1)
                  if _is_dash_signature(main, j) or _signs_as(main[j].text, author)), None)
        if j is not None and _headline_under_name(main, j, author):
            # "Ana Lee" / "Head of Data, Norte" closing the text under the call to action: the
            # signature in two lines (the name, then the title it signs with), the call stays
            sign = Line(main[j].no, main[j].text.rstrip() + " " + main[j + 1].text.strip(), main[j].blank,
                        list(main[j].edits))
            return main[:cta], sign, main[cta:j]
        if j is not None:
            so, cta = j, j + 1
    if so is None and len(main) >= 3 and len(main[-2].text.split()) <= 3 and _is_signature(main[-2], main[-1]):
        # a short formula ending in a comma, then a name, closing the text: a sign-off in any
        # language ("Diolch," / "Ana"), whatever its words
        so = len(main) - 2
        if cta is not None and cta >= so:
            cta = None
        sign = Line(main[so].no, main[so].text.rstrip() + " " + main[-1].text.strip(), main[so].blank,
                    list(main[so].edits))
        return main[: so if cta is None else cta], sign, main[cta:so] if cta is not None else []
    if so is None and cta is None and len(main) >= 2 and _signs_as(main[-1].text, author):
        so = len(main) - 1  # the author's name alone closing the text ("Tunde.")
    if (so is not None and cta is None and so == len(main) - 2 and _is_dash_signature(main, so + 1)
            and not main[so].text.rstrip().endswith((",", "，", "،"))):
        so += 1  # "See you next week." / "— Ana": the signature signs; the sentence is the text's
    if so is None and cta is None and len(main) >= 3 and _signs_as(main[-2].text, author) and not _signs_as(
            main[-1].text, author):
        so = len(main) - 2  # the author signing, then one line more: what it asks ("The X team" / "Reply…")
    if so is None and cta is None and len(main) >= 4 and _headline_under_name(main, len(main) - 3, author, 1):
        so = len(main) - 3  # the signature in two lines (name, then title), then one line more: a note under it
    signed = 0  # a name under the sign-off, on its own line ("Until next time," / "Luiza")
    if so is not None and so + 1 < len(main) and (cta is None or cta == so + 2) and _is_signature(main[so], main[so + 1]):
        signed = 1
    elif so is not None and cta is None and (_headline_under_name(main, so, author) or (
            so == len(main) - 3 and _headline_under_name(main, so, author, 1))):
        signed = 1  # the name, then the title it signs with ("Ana Lee" / "Head of Data, Norte")
    if so is not None and cta is None and so + signed < len(main) - 1:
        # a sign-off followed by lines that are no call to action: they still close the post
        cta = so + 1 + signed
    sign = main[so] if so is not None else None
    if sign is not None and signed:
        sign = Line(sign.no, sign.text.rstrip() + " " + main[so + 1].text.strip(), sign.blank, list(sign.edits))
    body_end = so if so is not None else (cta if cta is not None else len(main))
    cta_lines = main[cta:] if cta is not None else []
    if so is not None and cta is not None:
        cta_lines = main[so + 1 + signed :]  # a hook line between the sign-off and the cue is the CTA's
    elif so is None and cta is not None:
        # the sign-off after the call to action, closing the text ("Write to me…" / "Cheers, Ana";
        # each field is one run of the text, so not one with more lines after it)
        last = len(main) - 1
        if last > cta and (_is_sign_off_cue(main[last].text) or _is_dash_signature(main, last)
                           or _signs_as(main[last].text, author) or _is_emoji_signature(main[last].text)):
            sign = main[last]
            cta_lines = main[cta:last]
    return main[:body_end], sign, cta_lines


def _headline_under_name(main: list[Line], j: int, author: str | None, after: int = 0) -> bool:
    """The author's whole name at ``j``, then one last line: the title they sign with ("Head of
    Data, Norte"), a short headline that asks nothing, ends no sentence and does not name them
    again (a page's "More articles by Ana Lee" under the signature is none). ``after``: how many
    lines may follow the title (a note the saver wrote under the signature)."""
    if j + 2 + after != len(main) or not author:
        return False
    name = main[j].text.strip().lstrip("-–—~ ").rstrip(" .!")
    t = main[j + 1].text.strip()
    return (name == " ".join(author.split()) and 0 < len(t.split()) <= 10 and name not in t and not t.endswith((".", "!", "?", ":", "？", "！", "。"))
            and is_headline(t) and not _is_cta_line(t) and not is_hashtag_line(t))


def _signed_after(main: list[Line], cta: int, author: str | None) -> bool:
    """Does a sign-off close the text after the call to action at ``cta``: a sign-off cue, a
    dash signature or the author's name on the last line, or a formula and the name signed
    under it on the last two?"""
    last = len(main) - 1
    if last <= cta:
        return False
    if (_is_sign_off_cue(main[last].text) or _is_dash_signature(main, last) or _signs_as(main[last].text, author)
            or _is_emoji_signature(main[last].text)):
        return True
    return last - 1 > cta and len(main[last - 1].text.split()) <= 3 and _is_signature(main[last - 1], main[last])


def split_text_tail(text: str, author: str | None = None) -> tuple[str, str | None, str | None]:
    """Body, sign-off and call to action of a post's text given whole, as an export's text
    field holds it. Body and call to action are cut out of ``text`` as written (its line
    breaks kept); the text comes back whole when its tail holds neither."""
    if "\n" not in text.strip():
        return text, None, None
    starts: list[int] = []
    lines: list[Line] = []
    pos = 0
    for k, t in enumerate(text.split("\n")):
        if t.strip():
            lines.append(Line(k, t))
            starts.append(pos)
        pos += len(t) + 1
    body, sign, cta = split_tail(lines, author)
    if sign is None and not cta:
        return text, None, None
    at = {ln.no: (k, s) for k, (ln, s) in enumerate(zip(lines, starts))}

    def span(part: list[Line]) -> str:
        """The text of ``part``'s lines as written: one run for each stretch of them that
        follow each other (a body's closing hashtags after its call to action are a second)."""
        runs: list[str] = []
        first = prev = at[part[0].no][0]
        for ln in [*part[1:], None]:
            k = at[ln.no][0] if ln is not None else -1
            if k != prev + 1:
                runs.append(text[starts[first]: starts[prev] + len(lines[prev].text)].strip())
                first = k
            prev = k
        return "\n\n".join(runs)

    return (span(body) if body else ""), (sign.text.strip() if sign else None), (span(cta) if cta else None)


def _is_signature(formula: Line, nxt: Line) -> bool:
    """Is ``nxt`` the name signed under the closing formula ``formula`` (which ends in a
    comma and waits for it, or is a sign-off cue alone, as German writes "Viele Grüße"
    without one, or with an exclamation mark, "Thanks for reading!"): one to three words, a name?"""
    t = nxt.text.strip()
    f = formula.text.rstrip()
    if not (f.endswith((",", "，", "،")) or (_is_sign_off_cue(f) and len(f.split()) <= 4
                                           and not f.endswith((".", "?", ":", "。", "？")))):
        return False
    if is_addressed_formula(f):
        return False  # ("Thanks to you," / "Ana": the name is the one thanked)
    return 1 <= len(t.split()) <= 3 and is_name(t)


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
        promises = any(c in low for c in _folded(patterns.LIST_INTRO_CUES))
        if promises or not nxt or len(words(nxt)) >= 20:
            excerpt = t if len(t) <= 70 else "…" + t[-69:]
            out.append(f"lost_list: line {ln.no} introduces a list but no items follow: {excerpt!r}")
    return out


# --------------------------------------------------------------------------------------------
# Shapes


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


# --------------------------------------------------------------------------------------------
# Post pages: one UI node per line (also Markdown, feed cards, flattened pages once split)

def _possessive_piece(text: str) -> str:
    return "".join("['’]" if ch in "'’" else re.escape(ch) for ch in text)


@lru_cache(maxsize=1)
def _possessive_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:data:`patterns.POSSESSIVE_HEADERS` as two expressions, compiled on first use: the
    labels with the name first ("Name’s Post") and those with it last ("Post de Name")."""
    suffixes, prefixes = _possessive_pieces()
    alt = lambda ps: "|".join(sorted(ps, key=re.longest_first))  # noqa: E731
    suffix = re.compile(r"^(?P<name>[^|•\n]{1,80}?)(?:" + alt(suffixes) + r")\s*", re.I)
    prefix = re.compile(r"^(?:" + alt(prefixes) + r")\s+", re.I)
    return suffix, prefix


@lru_cache(maxsize=1)
def _possessive_in_line() -> re.Pattern[str]:
    """The same labels anywhere in a line, a word's start before them: the name's end (group
    ``suf``, "’s Post") or the words before its start (group ``pre``, "post di")."""
    suffixes, prefixes = _possessive_pieces()
    alt = lambda ps: "|".join(sorted(ps, key=re.longest_first))  # noqa: E731
    return re.compile(r"(?P<suf>" + alt(suffixes) + r")|(?<!\w)(?P<pre>" + alt(prefixes) + r")[ \t]+", re.I)


def possessive_in(text: str) -> str | None:
    """The name a page label names inside a line of other words ("Visualizza il post di Ana Lee
    su LinkedIn", "See Ana Lee’s post on LinkedIn", in any language of
    ``patterns.POSSESSIVE_HEADERS``): the longest run of up to five words next to the label that
    reads as a name (before a suffix label, a run from the line's first word only when no
    shorter run of two words or more does). None when there is none."""
    t = text.strip()
    if len(t) > 300:
        return None
    for m in _possessive_in_line().finditer(t):
        if m.group("pre"):
            toks = t[m.end():].split()[:5]
            for k in range(len(toks), 0, -1):
                cand = " ".join(toks[:k])
                if is_name(cand):
                    return cand
        else:
            toks = t[: m.start()].split()
            # (a caption opens with its verb, "See Ana Lee’s post", and a verb reads as a name's
            # first word: a run of two words or more after the line's first, else all before)
            for k in [*range(min(5, len(toks) - 1), 1, -1), len(toks)]:
                cand = " ".join(toks[-k:]) if k else ""
                if cand and is_name(cand):
                    return cand
    return None


def _possessive_pieces() -> tuple[set[str], set[str]]:
    suffixes: set[str] = set()
    prefixes: set[str] = set()
    for templates in patterns.POSSESSIVE_HEADERS.values():
        for tpl in templates:
            head, _, tail = tpl.partition("{name}")
            if not head and tail:
                piece = _possessive_piece(tail)
                if tail[0] in "'’" and tail[1:2] == " ":
                    piece = "(?<=s)" + piece  # "James’ Post": only after a name ending in s
                if tail[-1].isascii() and tail[-1].isalpha():
                    piece += r"\b"
                suffixes.add(piece)
            elif head and not tail:
                prefixes.add(_possessive_piece(head.strip()))
    return suffixes, prefixes


def strip_possessive(text: str) -> tuple[str | None, str]:
    """A page label naming the author: "Name’s Post", "Post de Name", "Name的动态". Returns the
    name and the rest of the node (a flattened page glues the header on after it)."""
    t = text.strip()
    suffix, prefix = _possessive_regexes()
    m = suffix.match(t)
    if m and m.group("name").strip():
        return m.group("name").strip(), t[m.end():]
    m = prefix.match(t)
    if not m:
        return None, t
    tail = t[m.end():]
    toks = tail.split()
    for k in range(1, min(6, len(toks) // 2) + 1):
        if toks[:k] == toks[k : 2 * k]:
            return " ".join(toks[:k]), " ".join(toks[k:])
    if is_name(tail):
        return tail, ""
    return None, t
_POSTED = ("posted on the topic", "posted", "hat gepostet", "a publié", "publicó", "publicou")
_TITLE_TAIL = re.compile(r"\d[\d,.]*\s+\w+|LinkedIn")
_URL = re.compile(r"(?:https?://|www\.|lnkd\.in/)[^\s<>\"'()\]]+")
def _headline_entries() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The words that open a headline (``patterns.HEADLINE_WORDS``), case-folded: single
    words, and the phrases of several words as tuples of words."""
    one: set[str] = set()
    more: set[tuple[str, ...]] = set()
    for ws in patterns.HEADLINE_WORDS.values():
        for w in ws:
            parts = tuple(w.casefold().split())
            if len(parts) == 1:
                one.add(parts[0])
            else:
                more.add(parts)
    return frozenset(one), tuple(sorted(more))


_HEADLINE_WORDS, _HEADLINE_PHRASES = _headline_entries()


def _starts_headline(toks: Sequence[str], h: int) -> bool:
    """Is the headline word at ``h`` the first of the headline, not the last of a phrase that
    began before it ("Economic Affairs Officer - …", "Industrial designer at …")? Written
    with a capital, and the last word of the node, or followed by a word in small letters
    ("Jefe de…") or by another headline word ("DevOps Engineer…"), or a short form in
    capitals ("CTO @…")."""
    t = toks[h]
    if not t[:1].isupper():
        return False
    if t.isupper() and len(t) >= 2 or h + 1 == len(toks):
        return True
    nxt = toks[h + 1]
    return nxt[:1].islower() or _opens_headline(toks, h + 1) or any(
        len(p) > 1 and tuple(x.rstrip(",").casefold() for x in toks[h: h + len(p)]) == p for p in _HEADLINE_PHRASES)


def _reads_as_headline(text: str) -> bool:
    """Does a line that reads as a name open with a headline's word ("Fondatrice de La Mie",
    "Directora de Grupo Sur": capitalised words and particles, a job's first)?"""
    toks = text.split()
    return len(toks) >= 2 and _opens_headline(toks, 0) and _starts_headline(toks, 0)


def _opens_headline(toks: Sequence[str], h: int) -> bool:
    """Does a headline start at word ``h`` ("Supervisora de…", "Sinh viên năm…")?"""
    if toks[h].rstrip(",").casefold() in _HEADLINE_WORDS:
        return True
    return any(tuple(t.rstrip(",").casefold() for t in toks[h: h + len(p)]) == p for p in _HEADLINE_PHRASES)


def take_possessive(line: Line, log: RepairLog) -> str | None:
    """Remove a page label ("Name’s Post", "Post de Name", "Name的动态") from the start of a
    node, recorded as ``ui.page_label``; returns the name it gives."""
    owner, rest = strip_possessive(line.text)
    if owner is None:
        return None
    t = line.text
    lead = len(t) - len(t.lstrip())
    cut = len(t.strip()) - len(rest.strip()) if rest.strip() else len(t.strip())
    label_end = lead + cut
    # keep the label's trailing space out of the record
    label = t[lead:label_end].rstrip()
    log.edit(line, "ui.page_label", [(lead, lead + len(label), "")])
    return owner


def use_age(line: Line, rule: str | None, log: RepairLog) -> Age | None:
    """The age a node states; what follows it on the node ("13h •", "2mo • Edited",
    "13 hours ago • Visible to anyone…") is chrome, recorded."""
    a = node_age(line.text)
    if a is None:
        return None
    full = line.text
    at = full.find(a.text) + len(a.text)
    rest = full[at:]
    if rest.strip():
        at += len(rest) - len(rest.lstrip())
        log.edit(line, rule or "ui.post_meta", [(at, len(full.rstrip()), "")])
    return a


def _loose_name(text: str) -> bool:
    """A line that can be a display name though :func:`is_name` refuses it ("路易斯 Dr. Luis
    Rivera , JD, LLM, Ph.D."): short, no link, no sentence or list punctuation."""
    t = text.strip()
    return (0 < len(t) <= 80 and len(t.split()) <= 10 and "http" not in t and "|" not in t
            and "@" not in t and not t.endswith(("?", "!", ":", "：")))


def page_author_hint(text: str) -> str | None:
    """The author named in a page title ("excerpt | Name | 82 comments") or "Name’s Post"."""
    t = text.strip()
    name, _ = strip_possessive(t)
    if name and is_name(name):
        return name
    # "excerpt | Name [posted on the topic] [| 82 comments] [| LinkedIn]": split, do not backtrack
    parts = [p.strip() for p in t.split("|")]
    while len(parts) > 2 and _TITLE_TAIL.fullmatch(parts[-1]):
        parts.pop()
    if len(parts) >= 2 and parts[0]:
        name = parts[-1]
        for word in _POSTED:  # "Name posted on the topic": str.endswith, no backtracking
            if name.endswith(" " + word):
                name = name[: -len(word)].strip()
                break
        if 2 <= len(name) <= 80 and is_name(name):
            return name
    return None


def _is_initial(tok: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)*", tok))


_CRED_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.?(?:[A-Z][A-Za-z]{0,3}\.?)*|[A-Z]{2,}(?:\.[A-Z]+)*\.?)(?:\([A-Z]\))?$")


def _doubled_name(t: str) -> tuple[str, str | None] | None:
    """A node that opens with a name written twice or more in a row ("Ana Lee Ana Lee
    Nurse", the visible name and its copy for screen readers): that name, and what follows
    the copies. (One word twice only in CJK: "Rosa Rosa Díaz" is a name.)"""
    toks = t.split()
    for k in range(1, min(5, len(toks) // 2) + 1):
        if toks[:k] == toks[k: 2 * k] and is_name(" ".join(toks[:k])) and (k > 1 or is_cjk_text(toks[0])):
            n = 2
            while toks[n * k: (n + 1) * k] == toks[:k]:
                n += 1
            rest = " ".join(toks[n * k:]).strip(" ,")
            return " ".join(toks[:k]), rest or None
    return None


def split_name_headline(text: str, hint: str | None = None, doc: str = "", glued: bool = False
                        ) -> tuple[str | None, str | None]:
    """``Zinat Damji CEO, Alliance Trust Company`` -> name and headline, for nodes where a
    flattened page glued them together. A name is two words unless the third is an initial
    or particle, or the dump elsewhere shows the longer name (``doc``); credentials after a
    comma (``, MBA, ICD.D``) stay with the name."""
    t = " ".join(text.split())
    if hint and t.startswith(hint):
        rest = t[len(hint):].strip(" ,")
        while rest.startswith(hint + " "):  # "Erik Sandberg Erik Sandberg Hållbarhetschef…"
            rest = rest[len(hint):].strip(" ,")
        return hint, rest or None
    doubled = _doubled_name(t)
    if doubled:  # "Ana Lee Ana Lee Nurse": the page shows the name twice, then the headline
        return doubled
    if is_name(t) and not glued:
        return t, None
    if glued and is_cjk_text(t.split()[0]) and 2 <= len(t.split()[0]) <= 5 and len(t.split()) > 1:
        first = t.split()[0]  # "陈伟 市场部主管": a CJK name is one word
        return first, t[len(first):].strip() or None
    lead = ""
    core = t
    while core and (unicodedata.category(core[0]) in ("So", "Sk") or core[0] in "\ufe0f\u200d "):
        lead += core[0]
        core = core[1:]
    toks = core.split()
    if not toks or not is_name(toks[0].rstrip(",")):
        return None, t
    k = 1
    if len(toks) > 1 and is_name(" ".join(toks[:2]).rstrip(",")) and not toks[0].endswith(","):
        k = 2
    while k < len(toks) and k < 5 and not toks[k - 1].endswith(","):
        nxt = toks[k].rstrip(",")
        prev = toks[k - 1]
        cand = " ".join(toks[: k + 1]).rstrip(",")
        if not is_name(cand):
            break
        if _opens_headline(toks, k):
            break
        if "\u0e00" <= toks[0][:1] <= "\u0e7f":
            # a Thai name is a given and a family name ("ณ" joins a royal line's: "… ณ อยุธยา")
            if prev != "ณ":
                break
            k += 1
            continue
        if prev.lower() in _NAME_PARTICLES or _is_initial(prev) or _is_initial(nxt) or nxt.lower() in _NAME_PARTICLES:
            k += 1
            continue
        after = toks[k + 1].rstrip(",") if k + 1 < len(toks) else ""
        if toks[k].endswith(",") and after and _CRED_TOKEN.match(after) and after.isupper():
            k += 1  # "Elise Konadu Ahenkorah, CCIP, …": a comma and credentials close the name
            continue
        if k + 1 == len(toks) == 3:
            k += 1  # the whole node is a three-word name and nothing else
            continue
        if doc and nxt.casefold() not in _HEADLINE_WORDS and _seen_as_name(doc, cand, t):
            k += 1
            continue
        # a word that opens a headline a little further on ("Rosa María Quintero Supervisora
        # de…", "Lê Thị Ngọc Ánh DevOps Engineer…"): the words before it are the name
        ahead = next((h for h in range(k + 1, min(len(toks), 5)) if _opens_headline(toks, h)), None)
        if ahead is not None and _starts_headline(toks, ahead) and is_name(" ".join(toks[:ahead])) and not any(
                x.endswith(",") for x in toks[k - 1: ahead - 1]):
            k = ahead
        break
    name_toks = toks[:k]
    rest_toks = toks[k:]
    # credentials after a comma: "Hilton, MBA, ICD.D"
    if name_toks[-1].endswith(","):
        while rest_toks and _CRED_TOKEN.match(rest_toks[0].rstrip(",")) and rest_toks[0].rstrip(",").upper() == rest_toks[0].rstrip(",").upper():
            cred = rest_toks[0].rstrip(",")
            if cred.casefold() in _HEADLINE_WORDS:
                break
            name_toks.append(rest_toks.pop(0))
            if not name_toks[-1].endswith(","):
                break
    # a trailing emoji decoration glued to the name ("Ivanescu🍀") stays with it
    name = (lead + " ".join(name_toks)).strip().rstrip(",")
    rest = " ".join(rest_toks).strip(" ,")
    return name, rest or None


def split_header(line: Line, log: RepairLog, hint: str | None = None, doc: str = "", glued: bool = False,
                 runs_on: bool = False) -> tuple[str | None, str | None]:
    """:func:`split_name_headline` on a node, recording whatever it leaves out (the comma
    between a name and a headline) as ``ui.separator``, so nothing vanishes. ``runs_on``: the
    headline goes on in the next node ("Name Head of Sales," + "Acme Corp"), so a comma
    closing this node is the headline's own, kept."""
    t = line.text
    name, bio = split_name_headline(t, hint, doc, glued)
    if runs_on and bio and t.rstrip().endswith(",") and not bio.endswith(","):
        bio += ","
    chars = [(i, c) for i, c in enumerate(t) if not c.isspace()]
    flat = "".join(c for _, c in chars)
    taken = [False] * len(chars)
    cuts: list[tuple[int, int, str]] = []
    pos = 0
    for part in (name, bio):
        if not part:
            continue
        p = "".join(part.split())
        at = flat.find(p, pos)
        if at < 0:
            return name, bio  # not a run of the node: nothing to account for here
        for k in range(at, at + len(p)):
            taken[k] = True
        pos = at + len(p)
    k = 0
    while k < len(chars):
        if taken[k]:
            k += 1
            continue
        j = k
        while j + 1 < len(chars) and not taken[j + 1]:
            j += 1
        a, b = chars[k][0], chars[j][0] + 1
        cuts.append((a, b, ""))
        k = j + 1
    if cuts:
        cut = "".join("".join(t[a:b].split()) for a, b, _ in cuts)
        flat_name = "".join((name or "").split())
        copies = bool(flat_name) and cut == flat_name * (len(cut) // len(flat_name))
        log.edit(line, "ui.doubled_label" if copies else "ui.separator", cuts)
    return name, bio


def _seen_as_name(doc: str, cand: str, node: str) -> bool:
    """Does the dump show ``cand`` somewhere else than in this node, not followed by the same
    next word (so it is a name of its own, not the start of this same headline)?"""
    count = doc.count(cand)
    return count >= 2 and count > doc.count(node[: len(cand) + 12]) if len(node) > len(cand) + 12 else count >= 2


def node_age(text: str) -> Age | None:
    """The age a node states: an age node ("13h •"), or the first part of a visibility line
    ("13 hours ago • Visible to anyone…", "2mo • Edited • …")."""
    age = parse_age(text)
    if age:
        return age
    first = text.strip().split("•")[0].strip()
    return parse_age(first) if first and first != text.strip() else None


@line_memo  # (pure: the counters repeat on every card)
def _count(text: str) -> int | None:
    m = re.match(r"\s*(\d[\d,.\s]*)(\s*[kKM])?", text)
    if not m:
        return None
    digits = re.sub(r"[,.\s]", "", m.group(1))
    if not digits.isdigit():
        return None
    try:
        n = int(digits)
        if m.group(2):
            num = float(m.group(1).replace(",", ".").replace(" ", ""))
            n = int(num * (1000 if m.group(2).strip().lower() == "k" else 1_000_000))
    except (ValueError, OverflowError):
        # "1,2.5k", "1.2.3k": not a count LinkedIn writes; nor are thousands of digits
        # (past int()'s limit, or a float's: infinity)
        return None
    return n


def find_mentions_and_links(body_lines: Sequence[Line], md_links: Sequence = ()) -> tuple[list[str], list[str]]:
    """People and pages linked from the body (Markdown profile links) and every other URL the
    body shows or links to, in order of appearance, each once."""
    body_nos = {ln.no for ln in body_lines}
    body_text = "\n".join(ln.text for ln in body_lines)
    mentions: dict[str, None] = {}
    links: dict[str, None] = {}
    for lk in md_links:
        if lk.line not in body_nos or lk.is_chrome or lk.text not in body_text:
            continue
        if lk.is_profile:
            mentions.setdefault(lk.text)
        else:
            links.setdefault(lk.url)
    if any(ln.targets for ln in body_lines):
        # (an address removed from a line, a mail's "label [address]": where the line stood)
        for ln in body_lines:
            for u in _URL.findall(ln.text):
                links.setdefault(u.rstrip(".,;:!?"))
            for u in ln.targets:
                links.setdefault(u)
    else:
        for u in _URL.findall(body_text):
            links.setdefault(u.rstrip(".,;:!?"))
    return list(mentions), list(links)




# --------------------------------------------------------------------------------------------
# Comments written one header line each: "Name (headline) · age", then the text


# "Ana Lee (Designer at Acme) · 3d", "↳ Bo Chen (Author) · 2d", "Cy Diaz · 1w": a name, a
# headline or badge in parentheses (or between bullets: "Ana Lee · CTO | Data · 2d", a
# headline's own "|" kept), a bullet, an age; a reply marked by an arrow or by its
# indentation (the way "copy as text" extensions and plain-text exports write comments)
_INLINE_HEAD = re.compile(
    r"(?P<indent>[ \t\u3000]*)(?P<reply>(?:[" + patterns.REPLY_ARROWS + r"]|>(?=\s))\s*+)?(?P<item>[•▪‣◦*–-][ \t]+)?"
    r"(?P<bold>\*\*)?(?P<name>[^\s()（）·•|*][^()（）·•|*]{0,80}?)(?(bold)\*\*)\s*+"
    r"(?:[·•]\s*+(?P<badge>[^()（）·•|]{1,30}?)\s*+(?=[·•]))?"
    r"(?:[(（](?P<paren>[^()（）]{1,200})[)）]\s*+|[·•|]\s*+(?P<mid>[^()（）·•]{1,200}?)\s*+(?=[·•|]))?(?P<sep>[·•|])\s*+"
    r"(?P<age>[^·•|()（）]{1,24}?)\s*+")


# a dash after a bold name, where an export writes the bullet: "**Ana Lee** — CTO · 1d" (read
# as the bullet it stands for, one character for one: the offsets stay the line's)
_BOLD_NAME_DASH = re.compile(r"[^*\n]{0,12}?\*\*[^*\n]{2,80}\*\*[ \t]*+([—–])[ \t]")
# the emphasis around a whole headline ("_CTO at Norte_", "*CTO at Norte*")
_EMPHASIS_WRAP = re.compile(r"(\*{1,2}|_{1,2})(?![*_\s])([^*_\n]{1,200}?)(?<![\s*_])\1")


def _inline_head_match(text: str) -> re.Match[str] | None:
    m = _INLINE_HEAD.fullmatch(text)
    if m is None and "**" in text and ("—" in text or "–" in text):
        d = _BOLD_NAME_DASH.match(text)
        if d is not None:
            m = _INLINE_HEAD.fullmatch(text[: d.start(1)] + "·" + text[d.end(1):])
    return m


def _unemphasised(text: str | None) -> str | None:
    e = _EMPHASIS_WRAP.fullmatch(text) if text and text[:1] in "*_" else None
    return e.group(2) if e is not None else text


@dataclass(slots=True)
class InlineHead:
    name: str
    bio: str | None
    age: Age
    reply: bool
    indent: int


def inline_comment_head(text: str) -> InlineHead | None:
    """A comment's one-line header ("Name (headline) · age"), or None."""
    if "·" not in text and "•" not in text and "|" not in text:
        return None
    # The age is what follows the last separator (nothing after the separator the pattern
    # takes can be one), stripped: read first, the pattern is tried only where it is an age
    # (most lines with a separator: a row of buttons, a headline of several parts)
    tail = text[max(text.rfind("·"), text.rfind("•"), text.rfind("|")) + 1 :]
    age_text = tail.strip()
    if not age_text or len(age_text) > 24 or "(" in tail or ")" in tail or "（" in tail or "）" in tail:
        return None
    a = parse_age(age_text)
    if a is None or a.end < len(age_text):
        return None
    m = _inline_head_match(text)
    if not m:
        return None
    name = m.group("name").strip()
    if not is_name(name):
        return None
    # (the headline in italics, as an export writes it: "**Ana Lee** — _CTO at Norte_ · 1d")
    paren = _unemphasised((m.group("paren") or m.group("mid") or "").strip()) or None
    if m.group("badge") is not None and classify(_unemphasised(m.group("badge").strip())).kind == TEXT:
        # "Name · headline · age": the part read as a badge is the headline (a third part,
        # "Name · A · B · age", is no header unless the first is a badge: "· Author ·")
        if paren is not None:
            return None
        paren = _unemphasised(m.group("badge").strip())
    badge = paren is not None and classify(paren).kind != TEXT
    return InlineHead(name, None if badge else paren, a, bool(m.group("reply")), len(m.group("indent").expandtabs(4)))


def _record_inline_head(line: Line, head: InlineHead, log: RepairLog) -> None:
    """What an inline header (``head``, as :func:`inline_comment_head` read it from ``line``)
    holds besides its fields: the reply arrow, the parentheses (or a badge with them:
    "(Author)"), the bullet (or the dash in its place after a bold name); recorded as removed;
    the emphasis around the headline, as ``markdown.emphasis``."""
    m = _inline_head_match(line.text)
    if not m:
        return
    spans = []
    for g in ("paren", "mid", "badge"):  # (the emphasis around the headline: "_CTO at Norte_")
        e = _EMPHASIS_WRAP.fullmatch(m.group(g).strip()) if head.bio is not None and m.group(g) else None
        if e is not None and e.group(2) == head.bio:
            at = m.start(g) + m.group(g).index(e.group(0))
            log.edit(line, "markdown.emphasis", [(at, at + len(e.group(1)), ""), (at + e.end(2), at + e.end(0), "")])
            m = _inline_head_match(line.text)
            if not m:
                return
            break
    if m.group("reply"):
        spans.append((m.start("reply"), m.end("reply"), ""))
    if m.group("item"):  # ("• Name (headline) · 3d": a list's bullet before a comment's header)
        spans.append((m.start("item"), m.end("item"), ""))
    if m.group("bold"):  # "**Name**": the Markdown emphasis around the name
        spans += [(m.start("bold"), m.end("bold"), ""), (m.end("name"), m.end("name") + 2, "")]
    if m.group("paren") is not None:
        if head.bio is None:
            spans.append((m.start("paren") - 1, m.end("paren") + 1, ""))  # the badge, with its parentheses
        else:
            spans += [(m.start("paren") - 1, m.start("paren"), ""), (m.end("paren"), m.end("paren") + 1, "")]
    elif m.group("mid") is not None:
        # "Name · headline · age": the bullet before the headline (and a badge in its place)
        bullet = max(m.string.rfind(c, 0, m.start("mid")) for c in "·•|")
        spans.append((bullet, bullet + 1, ""))
        if head.bio is None:
            spans.append((m.start("mid"), m.end("mid"), ""))
    if m.group("badge") is not None:
        # "Name · Author · headline · age": the post author's badge, with its bullet; or the
        # headline itself, read as a badge by the pattern ("Name · headline · age")
        bullet = max(m.string.rfind(c, 0, m.start("badge")) for c in "·•")
        if head.bio is not None and _unemphasised(m.group("badge").strip()) == head.bio:
            spans.append((bullet, bullet + 1, ""))
        else:
            spans.append((bullet, m.end("badge"), ""))
    spans.append((m.start("sep"), m.end("sep"), ""))
    log.edit(line, "ui.post_meta", spans)


def is_rule_line(text: str) -> bool:
    """A horizontal rule ("---", "* * *", "___")."""
    return bool(_RULE_LINE.fullmatch(text))


_QUOTE_MARK = re.compile(r"\s*(>\s?)\S")
_RULE_LINE = re.compile(r"\s*(?:[-—–_*=~]\s*){3,}")


def inline_comments_start(paras: Sequence[Line], start: int) -> int | None:
    """Index of the first of two or more comments written with inline headers, or of the
    one comment right after a heading ("— Comments (3) —"); None when there are none."""
    heads = [j for j in range(start, len(paras)) if inline_comment_head(paras[j].text)]
    if not heads:
        return None
    first = heads[0]
    if len(heads) >= 2 or (first > start and is_comments_heading(paras[first - 1].text)):
        return first
    return None


def is_comments_heading(text: str) -> bool:
    """A heading over a comment section: "— Comments (3) —", "Yorumlar (12)", "## Comments":
    a comment word from the tables with at most a count and rule characters around it."""
    t = text.strip().strip("—–-=_*#·•:[]").strip()
    # (the patterns start at the bracket, the strip() after each takes the white space before
    # it: one starting with white space tries every position of a long run of spaces to its
    # end, time quadratic in the line)
    t = re.sub(r"[(\[]\s*\d[\d.,\s]*(?:(?:/|[^\W\d_]{1,5})\s*\d[\d.,]*\s*)?[)\]]\s*$", "", t).strip()
    # ("Comments (showing 2 of 58, sorted by relevance)": a tool's note on the count)
    t = re.sub(r"[(\[][^()\[\]\n]{0,40}\d[^()\[\]\n]{0,40}[)\]]\s*$", "", t).strip()
    return bool(t) and t.casefold() in _comment_words()


@lru_cache(maxsize=1)
def _comment_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in patterns.COMMENT_SECTION_WORDS)


def _quote_depth(ln: Line, log: RepairLog) -> int:
    """How deep a Markdown block quote's line stood ("> > text": 2), from the quote marks
    recorded as removed from it (1 when none is found)."""
    for e in reversed(log.entries):
        if e.rule == "markdown.quote" and e.line == ln.no:
            return max(1, e.text.count(">"))
    return 1


_ITALIC_BIO = re.compile(r"(\s*)([*_])(?![*_\s])([^*_\n]{2,200}?)(?<!\s)(\2)\s*")


def find_inline_comments(paras: Sequence[Line], log: RepairLog) -> tuple[list[Comment], int]:
    """Comments under inline headers, each with the lines after it up to the next header;
    a reply (an arrow, deeper indentation than the comments' or a Markdown quote's header
    among unquoted ones) goes under the last
    comment. A rule line ("---") ends the section: returns the index where the comments end."""
    comments: list[Comment] = []
    top_indent = None
    top_quoted = False
    cur: Comment | None = None
    body: list[str] = []
    quoted_text = False  # the last comment's text is a Markdown quote
    last_head: int | None = None  # the index of the last line that is a header (found when asked)

    def close() -> None:
        if cur is not None:
            cur.text = "\n".join(body).strip()

    k = 0
    while k < len(paras):
        ln = paras[k]
        if _RULE_LINE.fullmatch(ln.text):
            break
        head = inline_comment_head(ln.text)
        if head is None:
            if (cur is not None and not body and cur.author.bio is None and ln.text.lstrip()[:1] in ("*", "_")
                    and k + 1 < len(paras) and (i := _ITALIC_BIO.fullmatch(ln.text)) is not None):
                # a line in italics right under the header, the text after it: the commenter's
                # headline, as an export writes it ("*Head of Data at Norte*")
                log.edit(ln, "markdown.emphasis", [(i.start(2), i.end(2), ""), (i.start(4), i.end(4), "")])
                cur.author.bio = i.group(3)
                k += 1
                continue
            if cur is not None and body and quoted_text and not ln.quoted and not _QUOTE_MARK.match(ln.text):
                if last_head is None:  # (the last header's index, found once: asked per line it was quadratic)
                    last_head = next((j for j in range(len(paras) - 1, -1, -1)
                                      if inline_comment_head(paras[j].text) is not None), -1)
                if last_head <= k:
                    break  # the comments' texts were quoted: an unquoted line after the last is the tool's footer
            q = _QUOTE_MARK.match(ln.text)
            if q and cur is not None:  # "> text" under a quoted reply's header: the quote's mark
                log.edit(ln, "markdown.quote", [(q.start(1), q.end(1), "")])
            if cur is not None and not body:
                quoted_text = ln.quoted  # (the comment's text as a Markdown quote under its header)
            body.append(ln.text.strip())
            k += 1
            continue
        close()
        quoted_text = False
        _record_inline_head(ln, head, log)
        depth = _quote_depth(ln, log) if ln.quoted else 0
        if top_indent is None:
            top_indent = head.indent
            top_quoted = depth  # (a whole section quoted: its quote marks make no replies)
        cur = Comment(Author(head.name, head.bio), head.age.text, head.age.iso, "")
        body = []
        # (a reply quoted deeper than the comments: "> > **Name** · …" under "> **Name** · …")
        if (head.reply or head.indent > top_indent or depth > top_quoted) and comments:
            comments[-1].replies.append(cur)
        else:
            comments.append(cur)
        k += 1
    close()
    return comments, k
