"""The question reader: how likely the sentence a ``?`` run closes is a question.

The lost-``?`` detector (:mod:`postscrub.qmark`) must often decide whether the text before a
run asks: after a question the first ``?`` is the writer's own, after a statement every ``?``
is a lost character. :func:`reading` judges the sentence from the general structure of its
language (the data: :mod:`postscrub.qmark_lang`), never from its content words, and returns a
score: positive where it asks, negative where it states, about 0 where nothing tells.

What it reads, in the clause the run closes (the last one, where an emoji or full stop that
parted two sentences was lost: `…is just noise Right`):

* question words put first (`What would you add`, `Warum ist das so`), not a clause or an
  exclamation (`How I automated…`, `What a week`, `Quelle année`);
* a verb put before its subject (`Do you`, `Is it`, `Can anyone`, `Habt ihr`, `Sollten wir`,
  `Heb je`), French inversion (`pensez-vous`), `est-ce que`;
* Spanish ``¿`` (or the ``?`` it became), Chinese particles, question words and
  A-not-A forms (`是不是`, `能不能`);
* question tags (`…, right`, `…, n'est-ce pas`, `…, oder`, `…, ¿verdad`);
* a short clause that addresses the reader (`Vous aussi`, `You in`, `Ça vous dit`), a short
  choice (`Excellence or impact`); a bare fragment (`Worth it`) leans that way but stays
  undecided, as headings and sign-offs are fragments too;

and, against: a subject put first in a sentence of some length (`We closed our Series A`), a
command (`Be kind`, `Have a great weekend`, `Seid nett`), a sign-off formula (`Thanks for
reading`), a dependent clause before the main one that states (`When a customer churns, the
real reason is…`), a question quoted inside a statement that goes on (`Ein Kunde fragte mich
„Warum?“ und …`), a last word no sentence ends on (`…One of`: cut off), length with nothing
that asks.

The score is the detector's sentence evidence; :mod:`postscrub.qmark` combines it with the
document's (its prior: which characters were lost, as how many ``?``). Scored by
``benchmarks/qmark_read_eval.py`` on the simulated banks and on the real corpus's own
questions and statements.
"""

from __future__ import annotations

from . import _re as re
from .qmark_lang import (DE_ASKING_PARTICLES, DE_ES_VERBS, EN_ELLIPTIC_ANY, EN_ELLIPTIC_VERBS, JUST_ME, LANGS, PL_OPENERS,
                         RU_NOT_ASKING, RU_PARTICLES, TR_PARTICLES, SIGN_OFF_FORMULAS, SIGN_OFF_FORMULAS_PT_IT_NL, STATEMENT_OPENERS,
                         STATEMENT_OPENERS_PT_IT_NL, ZH_ALTERNATIVE, ZH_NOT_ALTERNATIVE, ZH_PARTICLES, ZH_WEAK_PARTICLES,
                         ZH_WORDS)

ASKS = 2.0  # a score from which the sentence reads as a question
STATES = -2.0  # ... down to which it reads as a statement
# the reader's confident answers: from these the reading may outweigh a veto of the document's
# (a run's length alone), where the document's other evidence agrees
ASKS_STRONG = 3.0
STATES_STRONG = -3.0

_WORD = re.compile(r"(?<![\w/])[^\W\d_][^\W\d]*(?:['’-][^\W\d]+)*(?![\w/])")
# a quotation that opened and closed inside the sentence: what it asks is not the sentence's
_QUOTE_CHARS = re.compile(r"[„“«‘\"]")
_CLOSED_QUOTE = re.compile(r"[„“\"«‘][^„“”\"«»‘’]{1,200}[“”\"»’]")
_FR_INVERSION = re.compile(r"\w-(?:t-)?(?:vous|tu|il|ils|elle|elles|on|je|nous)\b", re.I)
_EST_CE = re.compile(r"\best-ce\b", re.I)
_TAG = re.compile(r",\s*¿?((?:[^\W\d_][\w’'-]*\s*){1,3})$")


def _union(key: str) -> frozenset[str]:
    out: set[str] = set()
    for table in LANGS.values():
        out |= table[key]
    return frozenset(out)


_WH = _union("wh")
_SECOND = _union("second")
_TAGS = _union("tags")
_FORMULAS = _union("formulas")
_SUBORD = _union("subordinators")
_IMPERATIVE = _union("imperative")
_EXCLAMATIVE = _union("exclamative")
_EN = LANGS["en"]
_AUX = _union("aux")
_AUX_ALONE = _union("aux_alone")
_DE = LANGS["de"]
_DE_ONLY_AUX = _DE["aux"] - _EN["aux"]
_NL = LANGS["nl"]
_FILLERS = frozenset(
    "so and but or then now well ok okay also hey honestly alors et mais ou donc bon und aber "
    "oder denn na y pero o entonces bueno e ma quindi en dus".split())
_PREPOSITIONS = frozenset(
    "in for with to from at on by of about since until à de pour avec en sur par chez depuis "
    "vers für mit von zu bei an auf über seit ab bis aus nach um unter vor para con por a desde "
    "hasta sobre entre em com per di da tra fra met voor naar bij".split())
# openers of a statement, and the formulas that sign a post off, in every language the reader knows
_DECLARATIVE = STATEMENT_OPENERS | STATEMENT_OPENERS_PT_IT_NL
_FORMULA_OPENERS = SIGN_OFF_FORMULAS | SIGN_OFF_FORMULAS_PT_IT_NL


# what stands before an object pronoun of the second person in a short question (`Ça vous
# parle`, `Et toi`)
_POINTERS = frozenset("ça ca cela et and und y e das".split())
# what stands before a question word that opens a relative clause, not a question
_LEADERS = _FILLERS | _SECOND | _POINTERS
# what stands before a closing second-person pronoun in a short question (`Pareil chez vous`,
# `Und bei euch`)
_ALSO = frozenset("aussi too also auch también anche ook chez bei et and und y e mit avec con "
                  "with".split())
# words no sentence ends on, question or not: a sentence that does was cut off
NEVER_LAST = frozenset("the a an of my your our their its and than le la les des du un une mes "
                        "nos vos leurs der die das des dem den ein eine einer eines und el los "
                        "las del una y".split())
_OPENING_ARTICLES = frozenset("the a an le la les un une el los las der die das ein eine ça et".split())
# the first words of the sentences the reader may read as statements (<= STATES): a subject, a
# sign-off formula, a command, a dependent clause (the detector asks the reader about the
# lone `?` after a sentence only where it opens so, or ends on a word of NEVER_LAST)
STATE_OPENERS = _DECLARATIVE | _FORMULA_OPENERS | _IMPERATIVE | _SUBORD | _WH | frozenset(("have", "has", "had"))
# `Anyone else struggling with…`: asks at any length
_SOMEONE = frozenset("anyone anybody alguien alguém qualcuno iemand".split())


def _lost_closed_words() -> dict[str, str]:
    """The closed-class words with a letter outside ASCII, keyed as they read once such letters
    were lost (each an ``ʔ``: `ça` -> `ʔa`, `für` -> `fʔr`, `qué` -> `quʔ`; GBK keeps some, so
    every subset of them): a lost letter is never an ASCII one, so the key tells the word back
    where only one word reads so."""
    words: set[str] = set()
    for table in LANGS.values():
        for group in table.values():
            words |= group
    words |= _POINTERS | _DECLARATIVE | _FORMULA_OPENERS | _ALSO | _FILLERS | _PREPOSITIONS | NEVER_LAST
    found: dict[str, set[str]] = {}
    for w in words:
        lost = [i for i, c in enumerate(w) if not c.isascii() and c.isalpha()]
        for mask in range(1, 1 << len(lost)):
            chars = list(w)
            for b, i in enumerate(lost):
                if mask >> b & 1:
                    chars[i] = "ʔ"
            found.setdefault("".join(chars), set()).add(w)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and k != "ʔ"}


_LOST_CLOSED = _lost_closed_words()
_LOST_CLOSED_WORD = re.compile(r"(?<![\w'’])[^\W\d_]*ʔ[^\W\d_]*(?![\w'’])")


def _restore_closed(m) -> str:
    """A word that lost a letter, read back as the closed-class word it can only be (`ʔa
    vous parle` -> `ça vous parle`)."""
    w = m.group()
    known = _LOST_CLOSED.get(w.lower())
    if known is None:
        return w
    return known.capitalize() if w[0].isupper() or w[0] == "ʔ" and m.start() == 0 else known


def _norm(w: str) -> str:
    w = w.lower()
    return w.replace("’", "'") if "’" in w else w


def _head(w: str) -> str:
    w = _norm(w)
    return w.partition("'")[0] if "'" in w else w


def _clause(words: list[str], before=None) -> list[str]:
    """The last clause of a run-on: from the last capitalised word after a lowercase one (or
    after a closing bracket or a number, ``before(i)``: the character before word ``i``) that
    opens a sentence (a question word, a verb before its subject, a pronoun, an article), not
    a name or a German noun mid-sentence."""
    n = len(words)
    for i in range(n - 1, 0, -1):
        w = words[i]
        if not w[0].isupper() or w.isupper() or w[:2] in ("I'", "I’"):
            continue
        lw = _norm(w)
        nxt = _norm(words[i + 1]) if i + 1 < n else ""
        nxt2 = _norm(words[i + 2]) if i + 2 < n else ""
        if not (words[i - 1][0].islower() or before is not None and (
                (c := before(i)) in ")]" or c.isdigit())):
            # after a capitalised word (a German noun: `…an der Übergabe Sollten wir`), only a
            # question's opening with its lowercase subject or verb after it (not Title Case)
            if i + 1 < n and words[i + 1][0].islower() and (
                    (lw in _WH and lw not in _SUBORD) or lw in _AUX and (nxt in _EN["subjects"] or nxt in _DE["subjects"])
                    or _verb_first(w, nxt, nxt2)):
                return words[i:]
            continue
        if (lw in _WH or _head(w) in _WH or lw in _SECOND or "-" in w and _FR_INVERSION.search(w) or lw in _DECLARATIVE or lw in _FORMULAS
                or lw in _EN["aux"] or _verb_first(w, nxt, nxt2) or lw in _FORMULA_OPENERS
                or lw in _OPENING_ARTICLES or n - i <= 3 and (lw in EN_ELLIPTIC_VERBS or lw in EN_ELLIPTIC_ANY)):
            return words[i:]  # (`…the platform team Sound familiar`: an elliptic question run on)
    return words


def _last_char(s: str, i: int) -> str:
    """The last character before ``s[i]`` that is not a space ("" at the start)."""
    while i > 0 and s[i - 1].isspace():
        i -= 1
    return s[i - 1] if i else ""


def _verb_first(w: str, nxt: str, nxt2: str = "") -> bool:
    """A German or Dutch verb put before its subject (`Habt ihr`, `Kommt euch`, `Heb je`)."""
    lw = _norm(w)
    if not w[0].isupper() or nxt2 in ("allen", "alle", "allemaal"):
        return False  # `Schönes Wochenende euch allen`: a wish to the readers
    if lw not in _DE["closed"] and lw not in _DECLARATIVE and lw not in _WH and (
            nxt in _DE["subjects"] or nxt in _DE["objects"] and nxt2 in ("das", "es")
            or nxt == "sie" and lw in _AUX):
        return True
    if nxt == "es" and lw in DE_ES_VERBS:
        return True
    return nxt in _NL["subjects"] and lw not in _NL["closed"] and lw not in _WH


def _wh_asks(words: list[str], i: int) -> float:
    """The question word at ``words[i]``: does it open a question?"""
    lw = _norm(words[i])
    rest = len(words) - i - 1
    nxt = _norm(words[i + 1]) if rest else ""
    if nxt in _EN["clause"] and lw in _EN["wh"]:
        return -2.0  # `How I automated…`, `What a week`, `When the…`: a headline's clause, an exclamation
    if lw in _EXCLAMATIVE and rest <= 1:
        return -2.0  # `Quelle année`
    return 3.0


_ES_OPEN = re.compile(r"(?:^|\s)(?:¿[^\W\d_]|(?<!\?)\?{1,2}[^\W\d_a-zß-ÿ])")
# an unclosed quotation at the end: the question is the quoted one (`He said "are you sure`)
_QUOTED_TAIL = re.compile(r"(?:^|\s)(?:[\"“„‘](?!\s)|«[\u00a0\u202f ]?(?!\s))([^\"“”«»„‘’]*)$")
# a question or exclamation that ended inside the sentence, closing its quote, and the sentence
# goes on (`…fragte mich ?Warum gerade jetzt?“ und mir fiel…`, its opening quote lost)
_ENDED_INSIDE = re.compile(r"[?!][“”\"»’]\s+(?=[^\W\d_])")
# a sentence end the cut before the run missed (`Lequel choisiriez-vous?!??? Hier…`); not a `?`
# glued to a letter before a lowercase word: a lost last letter (`Qui a ?t? ton…`), as
# :data:`postscrub.qmark._CUT` reads it
_INNER_END = re.compile(r"(?:[.!]|(?<![^\W\d_])(?<!\?)\?)[.!?]*\s+(?=[^\W\d_])|(?<=[^\W\d_])\?+[.!?]*\s+(?=[^\W\d_a-zß-ÿ]|(?:but|or|especially|thanks|please)\b)")
# a letter lost inside a word (`Quelle ann?e`, `Gr??e`): read as one word
_LOST_LETTERS = re.compile(r"(?:(?<=[^\W\d_])|(?<!\S))\?+(?=[^\W\d_])")
# ... an apostrophe lost before a contraction's tail (`What?s`, `you???re`)
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\?+(?=(?:s|t|re|ve|ll|d|m)\b)")
_GLUED_CAPITAL = re.compile(r"(?<=[a-zà-ÿ])([A-ZÀ-Þ][a-zà-ÿ]+)\b")
_CHOICE = frozenset("or ou oder o oppure".split())
# a question word and the auxiliary after it, after a comma (`…I asked myself, why are…`)
_COMMA_WH = re.compile(r"[,:]\s*([^\W\d_]+)\s+([^\W\d_][\w'’]*)")


def _after_comma(text: str, word: str) -> bool:
    """Does ``word`` follow a comma or colon in ``text`` (`Honestly, who…`)?"""
    i = text.find(word)
    return i > 0 and _last_char(text, i) in ",:"


def reading(sentence: str, spanish: bool = True) -> float:
    """How much ``sentence`` (what a ``?`` run closes) reads as a question (> 0) or a
    statement (< 0)."""
    s = sentence.strip()
    if not s:
        return 0.0
    quoting = _QUOTE_CHARS.search(s) is not None
    if quoting:
        s = _CLOSED_QUOTE.sub(" ", s).strip()
    if "?" in s or "!" in s:
        ended = None
        for ended in _ENDED_INSIDE.finditer(s):
            pass
        if ended is not None and s[ended.end()].islower():
            return -1.0  # a question was quoted, and the sentence went on: it reported it
        inner = None
        for inner in _INNER_END.finditer(s):
            pass
        if inner is not None:
            s = s[inner.end():]
    if not s:
        return 0.0
    if not s.isascii():
        if "¿" in s:
            return 4.0
        if s[-1] in ZH_PARTICLES:
            return 4.0
        if any(w in s for w in ZH_WORDS):
            return 3.0
        if s[-1] in ZH_WEAK_PARTICLES:
            return 2.0
        alt = s.rfind(ZH_ALTERNATIVE)
        if 0 < alt <= 8 and 3 <= len(s) - alt <= alt + 3 and s[alt + 2 : alt + 3] not in ZH_NOT_ALTERNATIVE and (
                s[alt + 2 : alt + 3] and "\u4e00" <= s[alt + 2] <= "\u9fff" and "\u4e00" <= s[alt - 1] <= "\u9fff"):
            return 3.0  # `暴论还是常识`: A or B, asked (B no longer than A and a word: `最后还是决定留下` states)
    if spanish and "?" in s and _ES_OPEN.search(s):
        return 3.0  # the `?` a lost `¿` became (`?Qué`)
    if quoting:
        quoted = _QUOTED_TAIL.search(s[-200:])
        if quoted and quoted.group(1).strip():
            r = reading(quoted.group(1), spanish)
            if r >= ASKS:
                return r  # a question quoted at the end: `He said "are you sure`
    tag = _TAG.search(s[-40:]) if "," in s[-40:] else None
    if tag:
        parts = tag.group(1).split()
        first = _norm(parts[0])
        if first in _TAGS or first in _EN["aux"] or first in _WH and _wh_asks(parts, 0) > 0:
            return 3.0  # `…, right`, `…, isn't it`, `…, n’est-ce pas`, `…, was meint ihr`
    if "?" in s:
        # (`ʔ`, a letter, stands for a lost one: a word that holds it is known to be damaged)
        s = _LOST_LETTERS.sub("ʔ", _LOST_APOSTROPHE.sub("'", s))
        if "ʔ" in s:
            s = _LOST_CLOSED_WORD.sub(_restore_closed, s)
    s = s[-300:]
    found = list(_WORD.finditer(s))
    if not found:
        return 0.0
    words = [m.group() for m in found]
    clause = _clause(words, lambda i: _last_char(s, found[i].start()))
    tail = s[found[len(words) - len(clause)].start():]
    # a dependent clause first: the main clause after its comma decides
    if _norm(clause[0]) in _SUBORD and "," in tail and not (
            len(clause) > 1 and (_norm(clause[1]) in _AUX or "-" in clause[1])):
        tail = tail[tail.rfind(",") + 1 :]
        found = list(_WORD.finditer(tail))
        if not found:
            return -1.0
        words = [m.group() for m in found]
        clause = _clause(words, lambda i: _last_char(tail, found[i].start()))
        tail = tail[found[len(words) - len(clause)].start():]
        r = _read_tail(tail, clause, s)
        return r if r >= ASKS else min(r, -1.0)
    return _read_tail(tail, clause, s)


def _read_tail(tail: str, clause: list[str], s: str) -> float:
    if "-" in s and (_FR_INVERSION.search(s) or _EST_CE.search(s)):
        return 3.0
    if "," in tail:
        for m in _COMMA_WH.finditer(tail):
            if _norm(m.group(1)) in _WH and _norm(m.group(2)) in _AUX:
                return 3.0  # `…I asked myself, why are…`: a question after a comma
    r = _read_words(clause, tail)
    if r < ASKS:
        for m in _GLUED_CAPITAL.finditer(s, max(0, len(s) - 200)):
            w = _norm(m.group(1))
            if w in _WH or w in _EN["aux"]:
                return 3.0  # a question glued to the sentence before (`…5+ yearsAre you…`)
    return r


def _read_words(words: list[str], text: str = "") -> float:
    """The reading of a clause's words (``text``: the clause, for the punctuation between
    them)."""
    n = len(words)
    w0 = words[0]
    low = [_norm(w) for w in words[:5]]  # (the first words, lowercased once)
    l0 = low[0]
    h0 = l0.partition("'")[0] if "'" in l0 else l0
    l1 = low[1] if n > 1 else ""
    # fillers and prepositions before the question word (`So what`, `And is it`, `For whom`)
    i = 0
    while i < n - 1 and i < 2 and (low[i] in _FILLERS or low[i] in _PREPOSITIONS):
        i += 1
    li = low[i]
    if li in _WH or "'" in li and li.partition("'")[0] in _WH:
        return _wh_asks(words, i)
    particle = _particle(words, low)
    if particle:
        return particle
    if l0 not in _DECLARATIVE and h0 not in _DECLARATIVE and l0 not in _FORMULA_OPENERS:
        for j in range(i + 1, min(n, 3)):
            if low[j] in _WH and (all(w in _LEADERS for w in low[:j]) or _after_comma(text, words[j])):
                return _wh_asks(words, j)  # `Y tú, qué opinas`, `Ok but why`
    nxt = low[i + 1] if i + 1 < n else ""
    if li not in _AUX and "'" in li and _head(words[i]) in _DE["aux"]:
        return 3.0  # `Gibt's`, `Geht's`: the verb put first, its `es` glued to it
    if li in _AUX:
        if li in ("have", "has", "had") and nxt in ("a", "an"):
            return -2.0  # `Have a great weekend`: a wish
        if nxt in _EN["subjects"] or nxt in _DE["subjects"] or nxt in _DE["determiners"] \
                or li in _AUX_ALONE or n == i + 1 or li in _DE_ONLY_AUX and words[i + 1][0].isupper():
            return 3.0  # (`Sollten Unternehmen…`: German capitalises the noun subject)
        if li in _DE["aux"]:
            return 1.0  # `War ein tolles Event`: German drops a subject in speech
        if li in ("do", "don't", "let's") or li in _IMPERATIVE:
            return -1.0  # `Don't give up`
        if li in ("have", "had", "habe") or i + 1 < n and words[i + 1][0].isupper():
            return 1.0  # `Have fun`, `Habe gestern…`, `Will Smith…`, `May the…`
        return 3.0  # `Should companies…`, `Can small teams…`: a modal put first
    if li in _FORMULAS and (n - i <= 3 or li in _SOMEONE):
        return 3.0  # `Thoughts`, `Anyone else`, `Agree`
    if _verb_first(words[i], nxt, low[i + 2] if i + 2 < n else "") and l0 not in _FORMULA_OPENERS:
        return 3.0  # `Kommt euch das bekannt vor`, `Sollten wir…`, `Heb je…`
    for j in range(2, min(n - 1, 5)):
        if low[j] in _CHOICE and low[j - 1] in JUST_ME:
            return 3.0  # `C’est moi ou tout le monde…`: the writer or the world, a choice asked
    if l0 in _FORMULA_OPENERS or l0 in _IMPERATIVE:
        return -3.0
    if _norm(words[-1]) in NEVER_LAST:
        return -3.0  # `…One of`, `…in our`: cut off (a preview's `…` lost), no question's end
    if l0 in _DECLARATIVE or h0 in _DECLARATIVE:
        if n <= 3 and (l1 in _SECOND or l0 in _SECOND):
            return 1.0
        if n < 4 or w0[0].islower() or any(w[0].isupper() and p[0].islower() for p, w in zip(words, words[1:])):
            return -1.0  # (a capital after a lowercase word: a name, or a question run on)
        return -3.0
    pointer = l0 in _POINTERS
    if (l0 in _SECOND and n <= (2 if l0 == "you" else 3)
            or pointer and (l1 in _SECOND or n > 2 and low[2] in _SECOND) and n <= (4 if l0 == "das" else 6)
            or n <= 3 and _norm(words[-1]) in _SECOND and _norm(words[-2]) in _ALSO):
        # `Vous aussi`, `Ça vous parle`, `You in`, `Ihr auch`: the reader addressed
        return 2.0
    if n <= 6 and any(_norm(w) in _CHOICE for w in words[1:-1]):
        return 2.0  # `Excellence or impact`: a choice offered
    if _imperative_fr(w0):
        return -3.0
    if n <= 3 and w0[0].isupper():
        return 1.0  # a bare fragment: `Worth it`
    if n >= 10:
        return -1.0  # long, and nothing asks (a long question may ask by intonation alone)
    return 0.0


def _imperative_fr(w: str) -> bool:
    return len(w) > 4 and w.endswith("ez") and w.lower() not in ("assez", "chez")


# letters only Turkish writes among the languages read here, and the verb endings a Turkish
# question particle follows (`yoruldunuz mu`, `biliyor musunuz`, `gördünüz mü`)
_TR_LETTERS = frozenset("ıİğĞşŞ")
_TR_VERB_ENDS = ("yor", "yorsun", "yoruz", "dunuz", "diniz", "dınız", "dünüz", "tunuz", "tiniz", "tınız", "tünüz",
                 "dun", "din", "dın", "dün", "tun", "tin", "tın", "tün", "dum", "dim", "dım", "düm",
                 "mış", "miş", "muş", "müş", "ecek", "acak", "ebilir", "abilir", "iniz", "ınız", "unuz", "ünüz")
# the particles only Turkish spells (`mı`, `mü`, `musunuz`): the bare `mi`, `mu`, `muy` are
# also words of Spanish, Italian, Portuguese (`confiaron en mi`, `per mi`, `muy`)
_TR_SHARED = frozenset(("mi", "mu", "miy", "muy"))
# Hungarian: its letters and a few closed-class words (`hogy`, `nem`, `van`)
_HU_LETTERS = frozenset("áéíóöőúüűÁÉÍÓÖŐÚÜŰ")
_HU_WORDS = frozenset("hogy nem van és egy már még vagy ez ezt azt volt lesz kell tényleg valaki ti ön".split())


def _turkish(words: list[str], particle: str) -> bool:
    """A Turkish question particle's context: the particle spelled only in Turkish, a letter
    only Turkish writes in the sentence, or the word before ending as a Turkish verb."""
    if particle not in _TR_SHARED:
        return True
    if any(ch in _TR_LETTERS for w in words for ch in w):
        return True
    prev = _norm(words[-2]) if len(words) >= 2 else ""
    return len(prev) >= 4 and prev.endswith(_TR_VERB_ENDS)


def _hungarian(words: list[str], low: list[str]) -> bool:
    """A Hungarian `-e` question's context: a Hungarian letter on the word's stem or in the
    sentence's other words, or one of its closed-class words (`Tudod-e, hogy …`): not an
    English or German compound cut before a hyphenated `e` (`build-e`)."""
    if len(words) == 1 or any(ch in _HU_LETTERS for w in words for ch in w):  # (`Tudtad-e`, alone)
        return True
    return any(_norm(w) in _HU_WORDS for w in words[:-1])


def _particle(words: list[str], low: list[str]) -> float:
    """Closed-class marks of a question in the languages the reader knows little else of, and
    the elliptic English and German ones (0.0 where none is found)."""
    n = len(words)
    l0 = low[0]
    if l0 in PL_OPENERS and n >= 2:
        return 3.0  # `Czy ktoś z was…`
    if n >= 2 and (low[1] in RU_PARTICLES and l0 not in RU_NOT_ASKING
                   or n >= 3 and low[2] in RU_PARTICLES and low[1] not in RU_NOT_ASKING):
        return 3.0  # `Знаете ли вы`
    if n >= 2 and _norm(words[-1]) in TR_PARTICLES and _turkish(words, _norm(words[-1])):
        return 3.0  # `Biliyor musunuz`
    last = words[-1]
    if len(last) > 4 and last.endswith("-e") and last[-3].isalpha() and _hungarian(words, low):
        return 3.0  # Hungarian `Tudtad-e`
    if n <= 3 and l0 in EN_ELLIPTIC_ANY and words[0][0].isupper():
        return 2.5  # `Any thoughts`, `Any takers here`
    if n <= 3 and l0 in EN_ELLIPTIC_VERBS and words[0][0].isupper() and n >= 2 and (
            low[1] not in _PREPOSITIONS and low[1] not in ("at", "out", "up", "here", "there")
            if l0 != "ring" else n == 3 and low[1] in ("a", "any") and low[2].startswith("bell")):
        # (`ring` only with a bell asked about: `Ring the bell` is a command)
        return 2.5  # `Sound familiar`, `Look familiar`, `Ring a bell` (not `Look at this`)
    if 3 <= n <= 7 and len(low) > 2 and low[2] in ("ihr", "du") and low[0] not in _WH and (
            any(w in DE_ASKING_PARTICLES for w in low[3:]) or any(
                _norm(w) in DE_ASKING_PARTICLES for w in words[5:])):
        return 2.5  # `Das kennt ihr sicher auch`: the reader's agreement asked for
    return 0.0

