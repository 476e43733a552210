"""A simulator of lossy code pages, to measure the lost-``?`` detector (FIELD-NOTES §1).

Some program encoded the text to a code page that lacks a character, with "replace" errors,
and decoded it back: every such character became one or more ``?``. How many depends on the
program (:data:`UNITS`): one per code point (Python, Java), one per UTF-16 unit (.NET, Win32,
SQL Server), one per UTF-8 byte. Which characters are lost depends on the code page
(:data:`CODECS`): GBK keeps CJK and loses emoji, ``•``, ``™``, NBSP; cp1252 and latin-1 keep
Western letters and lose emoji (latin-1 also loses curly quotes and dashes); ASCII loses
every non-ASCII character, accented letters included.

Because the simulator made every ``?``, it knows which are real and which are artifacts, and
:func:`score` counts the detector's hits and misses. :func:`generate` writes clean text in
English, Chinese, French, German and Spanish with emoji, symbols, real questions and the hard
cases of the issue (``noticing? 👀``, ``first?" 🙌``, ``right??``, French ``Quoi ?``, CJK ``？``
next to an emoji, ``?trk=`` in URLs, ``a ? b : c`` in code).

This module is for tests and ``benchmarks/qmark_eval.py``; the pipeline never imports it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

UNITS = ("codepoint", "utf16", "utf8")
CODECS = ("gbk", "cp1252", "latin-1", "ascii")
LANGS = ("en", "zh", "fr", "de", "es")


def _units(ch: str, unit: str) -> int:
    if unit == "codepoint":
        return 1
    if unit == "utf16":
        return 2 if ord(ch) > 0xFFFF else 1
    return len(ch.encode("utf-8", "surrogatepass"))


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@dataclass(slots=True)
class Lossy:
    """Text after the lossy round trip, and for each of its characters whether it is a
    ``?`` that stands for a lost character."""

    text: str
    artifact: list[bool]
    codec: str
    unit: str

    @property
    def n_artifacts(self) -> int:
        return sum(self.artifact)

    @property
    def n_real(self) -> int:
        return sum(1 for ch, a in zip(self.text, self.artifact) if ch == "?" and not a)


def degrade(text: str, codec: str, unit: str) -> Lossy:
    """Round-trip ``text`` through ``codec`` with one ``?`` per lost code point, UTF-16 unit
    or UTF-8 byte (``unit``). Line breaks are kept as they are."""
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}")
    out: list[str] = []
    flags: list[bool] = []
    cache: dict[str, bool] = {}
    for ch in text:
        ok = cache.get(ch)
        if ok is None:
            ok = cache[ch] = _encodable(ch, codec)
        if ok:
            out.append(ch)
            flags.append(False)
        else:
            n = _units(ch, unit)
            out.append("?" * n)
            flags.extend([True] * n)
    return Lossy("".join(out), flags, codec, unit)


# --------------------------------------------------------------------------------------------
# Scoring


@dataclass(slots=True)
class Counts:
    """Artifacts are the positive class: ``tp`` artifacts removed, ``fp`` real ``?`` removed,
    ``fn`` artifacts left, ``tn`` real ``?`` kept."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, other: "Counts", keep_examples: int = 0) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn
        room = keep_examples - len(self.examples)
        if room > 0:
            self.examples.extend(other.examples[:room])

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def real_kept(self) -> float:
        return self.tn / (self.tn + self.fp) if self.tn + self.fp else 1.0


Detector = Callable[[str], list[tuple[int, int]]]
"""Given a whole text, the spans (start, end) to remove; spans may include spaces."""

_QRUN = re.compile(r"\?+")


def score(lossy: Lossy, removed: Iterable[tuple[int, int]], context: int = 0) -> Counts:
    """Compare removed spans with the truth, one maximal run of ``?`` at a time: the ``?``
    of a run are interchangeable, so a run with ``a`` artifacts and ``k`` removed counts
    ``min(k, a)`` hits, ``k - a`` real ones removed (if positive), ``a - k`` misses.
    With ``context`` > 0, wrong runs are kept as examples with that many characters around."""
    text = lossy.text
    gone = bytearray(len(text))
    for s, e in removed:
        gone[s:e] = b"\x01" * (e - s)
    c = Counts()
    for m in _QRUN.finditer(text):
        s, e = m.span()
        a = sum(lossy.artifact[s:e])
        r = (e - s) - a
        k = sum(gone[s:e])
        c.tp += min(k, a)
        c.fp += max(0, k - a)
        c.fn += max(0, a - k)
        c.tn += r - max(0, k - a)
        if context and k != a:
            snippet = text[max(0, s - context) : e + context].replace("\n", "⏎")
            c.examples.append(f"{'FP' if k > a else 'FN'} a={a} r={r} k={k}: {snippet!r}")
    return c


# --------------------------------------------------------------------------------------------
# Generated text: LinkedIn-like posts in five languages


EMOJI = (
    "👍 🚀 🎉 🙌 👏 🔥 💡 📈 🤝 🎯 💪 😊 😂 🙏 👀 ✅ ✨ ❤ ⭐ ☕ ⚡ ✔ 🎙️ ❤️ 👍🏽 👏🏻 👩‍💻 🧑‍🚀 🇺🇸 🇫🇷 🇨🇳 ➡️ 📌 🌍"
).split()
SYMBOLS = ("•", "™", "€", "©", "→", "…", "—", "–", "·", "°", "½", "※", "★")

_BANK: dict[str, dict[str, list[str]]] = {
    "en": {
        "say": [
            "Over the last ten years I have worked with some exceptional leaders",
            "We just shipped the new onboarding flow",
            "Our team grew from 4 to 40 people this year",
            "Servant leadership is about serving the team, not being served",
            "The best managers I know listen more than they talk",
            "Hiring is the most important thing a founder does",
            "I’m thrilled to share that I’m starting a new position",
            "This is what happens when you trust your people",
            "Consistency beats intensity every single time",
            "We closed our Series A last week",
            "Data without context is just noise",
            "Here are 3 lessons from my first year as a CTO",
        ],
        "ask": [
            "What would you add", "Have you ever felt this way", "Who else is noticing",
            "Thoughts", "Agree", "Does your team do this", "Right", "Why does this matter",
            "How do you handle feedback", "Is remote work here to stay", "Anyone else",
            "Can you relate",
        ],
        "words": ["leadership", "growth", "sales", "career", "hiring", "product", "team"],
        "tail": "Thanks for reading",
    },
    "fr": {
        "say": [
            "Nous avons lancé notre nouvelle offre cette semaine",
            "J’ai appris énormément au contact de mes équipes",
            "Le leadership, c’est d’abord être au service des autres",
            "Après dix ans dans la vente, voici ce que j’ai compris",
            "Notre équipe a doublé en un an, et ce n’est que le début",
            "Très fier de rejoindre cette aventure",
            "La réussite ne se décrète pas, elle se construit",
            "Merci à tous pour vos messages",
        ],
        "ask": [
            "Qu’en pensez-vous", "Et vous", "Pourquoi est-ce si difficile",
            "Comment faites-vous", "Vous êtes d’accord", "Quoi de neuf",
        ],
        "words": ["leadership", "croissance", "équipe", "réussite", "carrière"],
        "tail": "Merci de m’avoir lu",
    },
    "de": {
        "say": [
            "Wir haben diese Woche unser neues Produkt vorgestellt",
            "Ich freue mich, eine neue Position anzutreten",
            "Führung heißt, für das Team da zu sein",
            "Nach zehn Jahren im Vertrieb weiß ich eines sicher",
            "Unser Team ist in einem Jahr von 5 auf 50 gewachsen",
            "Größe allein ist kein Erfolg",
            "Danke für die vielen Glückwünsche",
        ],
        "ask": [
            "Was meint ihr", "Wie seht ihr das", "Warum ist das so schwer",
            "Kennt ihr das", "Wer ist dabei", "Stimmt ihr zu",
        ],
        "words": ["Führung", "Wachstum", "Vertrieb", "Karriere", "Team"],
        "tail": "Danke fürs Lesen",
    },
    "es": {
        "say": [
            "Esta semana lanzamos nuestro nuevo producto",
            "Estoy muy feliz de empezar un nuevo puesto",
            "El liderazgo consiste en servir al equipo",
            "Después de diez años en ventas, aprendí algo",
            "Nuestro equipo creció de 4 a 40 personas",
            "Gracias a todos por los mensajes",
            "La constancia vence a la intensidad",
        ],
        "ask": [
            "¿Qué opinan", "¿Les ha pasado", "¿Por qué es tan difícil",
            "¿Cómo lo hacen", "¿Están de acuerdo", "¿Alguien más",
        ],
        "words": ["liderazgo", "crecimiento", "ventas", "carrera", "equipo"],
        "tail": "Gracias por leer",
    },
    "zh": {
        "say": [
            "过去十年我有幸与许多优秀的领导者共事",
            "我们这周发布了全新的产品",
            "很高兴地宣布我加入了新的团队",
            "服务型领导的核心是成就他人",
            "今年我们的团队从5人增长到50人",
            "感谢大家的支持与鼓励",
            "坚持比强度更重要",
        ],
        "ask": [
            "你们怎么看", "大家有没有类似的经历", "为什么这件事这么难",
            "你同意吗", "还有谁也注意到了吗", "这是真的吗",
        ],
        "words": ["领导力", "增长", "销售", "职业", "团队"],
        "tail": "感谢阅读",
    },
}


# A second bank, written separately and never used to tune the detector: ``generate(...,
# bank="heldout")`` measures how the detector does on sentences it was not fitted on. Its
# questions include ones with no question word at all (``Sound familiar?``, ``Vous aussi ?``).
_HELDOUT: dict[str, dict[str, list[str]]] = {
    "en": {
        "say": [
            "Last month our support queue dropped by half",
            "My first manager taught me to write everything down",
            "Most projects fail in the handoff, not in the build",
            "She joined as an intern and now runs the platform team",
            "Good documentation is a gift to your future self",
            "Yesterday I gave my first talk at a conference",
            "Nobody reads the long version of a strategy deck",
            "Pricing is a product decision before it is a finance one",
        ],
        "ask": [
            "Sound familiar", "Which one would you pick", "Should we stop doing annual reviews",
            "Where do you find good mentors", "Coffee next week", "Isn't that the whole point",
            "You in", "Am I the only one", "Worth it", "Would you have done the same",
        ],
        "words": ["mentoring", "pricing", "support", "platform", "writing"],
        "tail": "See you next week",
    },
    "fr": {
        "say": [
            "Le mois dernier, notre support a répondu deux fois plus vite",
            "Mon premier manager m’a appris à tout écrire",
            "On apprend plus d’un échec que de dix réussites",
            "Elle a commencé en stage et dirige aujourd’hui l’équipe",
            "Hier j’ai donné ma première conférence",
        ],
        "ask": [
            "Vous aussi", "Lequel choisiriez-vous", "Faut-il arrêter les entretiens annuels",
            "Où trouvez-vous vos mentors", "Un café la semaine prochaine", "Ça vous parle",
        ],
        "words": ["mentorat", "tarification", "plateforme", "écriture"],
        "tail": "À la semaine prochaine",
    },
    "de": {
        "say": [
            "Letzten Monat hat unser Support doppelt so schnell geantwortet",
            "Meine erste Chefin hat mir beigebracht, alles aufzuschreiben",
            "Die meisten Projekte scheitern an der Übergabe",
            "Gestern habe ich meinen ersten Vortrag gehalten",
        ],
        "ask": [
            "Kommt euch das bekannt vor", "Welches würdet ihr wählen", "Auch so erlebt",
            "Sollten wir Jahresgespräche abschaffen", "Wo findet ihr gute Mentoren",
        ],
        "words": ["Mentoring", "Preise", "Plattform", "Schreiben"],
        "tail": "Bis nächste Woche",
    },
    "es": {
        "say": [
            "El mes pasado nuestro soporte respondió el doble de rápido",
            "Mi primera jefa me enseñó a escribirlo todo",
            "Ayer di mi primera charla en un congreso",
            "La mayoría de los proyectos fallan en la entrega",
        ],
        "ask": [
            "¿Les suena", "¿Cuál elegirían", "¿Deberíamos dejar las evaluaciones anuales",
            "¿Dónde encuentran buenos mentores", "¿Un café la próxima semana",
        ],
        "words": ["mentoría", "precios", "plataforma", "escritura"],
        "tail": "Nos vemos la próxima semana",
    },
    "zh": {
        "say": [
            "上个月我们的客服响应速度提高了一倍",
            "我的第一位经理教会我把一切都写下来",
            "大多数项目失败在交接而不是开发",
            "昨天我在大会上做了第一次演讲",
        ],
        "ask": [
            "你们也有同感吗", "你会选哪一个", "我们应该取消年度评估吗",
            "你们在哪里找到好导师", "下周一起喝咖啡吗",
        ],
        "words": ["导师", "定价", "平台", "写作"],
        "tail": "下周见",
    },
}
BANKS = {"fit": _BANK, "heldout": _HELDOUT}


def _emoji(rng: random.Random, k: int = 1) -> str:
    return "".join(rng.choice(EMOJI) for _ in range(k))


def _sentence(rng: random.Random, lang: str, bank: dict = _BANK) -> str:
    """One statement or question, with the emoji and punctuation LinkedIn posts carry."""
    b = bank[lang]
    zh = lang == "zh"
    end_say = "。" if zh else "."
    r = rng.random()
    if r < 0.35:  # a question
        q = rng.choice(b["ask"])
        if zh:
            mark = "？" if rng.random() < 0.7 else "?"
        elif lang == "fr":
            mark = rng.choice([" ?", "\u00a0?", "\u202f?", "?"])
        else:
            mark = "?"
        if lang == "es" and not q.startswith("¿"):
            q = "¿" + q
        s = q + mark
        t = rng.random()
        if t < 0.03:
            s += mark[-1]  # `right??` emphasis (3 in 185 real questions of the corpus)
        elif t < 0.06:
            s += "!"
        if rng.random() < 0.2:  # an emoji after the question: `noticing? 👀`
            s += rng.choice([" ", " ", " ", "\u00a0", ""]) + _emoji(rng, rng.choice([1, 1, 2, 3]))
        return s
    s = rng.choice(b["say"])
    t = rng.random()
    if t < 0.45:
        s += rng.choice([end_say, end_say, "!", "！" if zh else "!!"])
    if rng.random() < 0.4:
        # emoji placement as measured in the real corpus: mostly after a space
        sep = rng.choices([" ", "", "\u00a0", "  "], weights=[70, 12, 12, 6])[0]
        s += sep + _emoji(rng, rng.choice([1, 1, 1, 2, 3]))
    return s


def _special_line(rng: random.Random, lang: str, bank: dict = _BANK) -> str:
    b = bank[lang]
    w = rng.choice(b["words"])
    zh = lang == "zh"
    kind = rng.randrange(12)
    if kind == 0:
        return f"{rng.choice(EMOJI)} {w}"  # emoji bullet
    if kind == 1:
        return f"• {w} {rng.choice(SYMBOLS)} {rng.choice(b['words'])}"
    if kind == 2:
        slug = w.encode("ascii", "ignore").decode() or "post"
        return (f"https://www.linkedin.com/posts/someone_{slug}-activity-7275213252?"
                f"utm_source=share&trk=public_post_feed-actor-name")
    if kind == 3:
        return rng.choice([
            "const label = count > 1 ? \"items\" : \"item\";",
            "x = a ? b : c",
            "return user?.name ?? \"anonymous\";",
            "SELECT * FROM posts WHERE id = ? AND lang = ?",
        ])
    if kind == 4:
        return "#" + " #".join(x.replace(" ", "") for x in rng.sample(b["words"], 3))
    if kind == 5:  # the hard cases of the issue, in their own words
        return rng.choice([
            "Who else is noticing? 👀",
            "Was I the first?\" 🙌",
            "He said \"are you sure?\" 🤔 and left",
            "Right?? 😂",
            "Quoi ? 🤔" if lang == "fr" else "Really?! 🚀",
            "真的吗？👍" if zh else "Why not? ✨",
            "(?) " + w,
        ])
    if kind == 6:
        return f"{w}™ — {rng.choice(b['words'])} © 2024 · 5€"
    if kind == 7:
        return f"{_emoji(rng)}{_emoji(rng)} {rng.choice(b['say'])} {_emoji(rng)}"
    if kind == 8:
        return f"“{rng.choice(b['say'])}” — {w}"
    if kind == 9:
        return f"{rng.randint(1, 999)}\u00a0Reactions · {rng.randint(1, 99)} Comments"
    if kind == 10:
        return rng.choice(b["ask"]) + ("？" if zh else "?") + " " + rng.choice(b["say"])
    return f"{rng.choice(b['say'])}: {w}, {rng.choice(b['words'])} {_emoji(rng)}"


def generate(lang: str, seed: int, paragraphs: int = 6, bank: str = "fit") -> str:
    """A LinkedIn-like post in ``lang`` (one of :data:`LANGS`), deterministic for ``seed``.
    ``bank="heldout"`` draws its sentences from a second bank kept out of any tuning."""
    words = BANKS[bank]
    rng = random.Random(f"{lang}:{seed}" if bank == "fit" else f"{bank}:{lang}:{seed}")
    joiner = "" if lang == "zh" else " "
    lines: list[str] = []
    for _ in range(paragraphs):
        if rng.random() < 0.35:
            lines.append(_special_line(rng, lang, words))
        else:
            lines.append(joiner.join(_sentence(rng, lang, words) for _ in range(rng.randint(1, 4))))
        if rng.random() < 0.3:
            lines.append("")
    lines.append(words[lang]["tail"] + rng.choice(["!", ".", " " + _emoji(rng), ""]))
    return "\n".join(lines)
