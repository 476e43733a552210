"""A simulator of lossy code pages, to measure the lost-``?`` detector (FIELD-NOTES §1).

Some program encoded the text to a code page that lacks a character, with "replace" errors,
and decoded it back: every such character became one or more ``?``. How many depends on the
program (:data:`UNITS`): one per code point (Python, Java), one per UTF-16 unit (.NET, Win32,
SQL Server), one per UTF-8 byte. Which characters are lost depends on the code page
(:data:`CODECS`): GBK keeps CJK and loses emoji, ``•``, ``™``, NBSP (and ``€`` where Python's
codec encodes, not Windows' code page 936: :data:`_WINDOWS_EXTRA`); cp1252 and latin-1 keep
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
from . import _re as re
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


def _encodable(ch: str, codec: str, unit: str = "codepoint") -> bool:
    if ch in _WINDOWS_EXTRA.get((codec, unit), ""):
        return True
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


# What Windows' own table of a code page has that Python's codec of that name lacks, for the
# programs that encode through Windows (one `?` per UTF-16 unit: .NET, Win32): code page 936,
# the GBK of zh-CN Windows, encodes `€` as 0x80 (as the WHATWG gbk encoder does); Python's
# gbk/cp936 codec, the programs of one `?` per code point, has no `€`.
_WINDOWS_EXTRA = {("gbk", "utf16"): "€"}


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
            ok = cache[ch] = _encodable(ch, codec, unit)
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

    def add_run(self, n: int, a: int, k: int) -> None:
        """Count one maximal run of ``n`` ``?`` with ``a`` artifacts of which ``k`` ``?`` are
        removed: the ``?`` of a run are interchangeable, so ``min(k, a)`` hits, ``k - a`` real
        ones removed (if positive), ``a - k`` misses."""
        self.tp += min(k, a)
        self.fp += max(0, k - a)
        self.fn += max(0, a - k)
        self.tn += (n - a) - max(0, k - a)

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


def repair_stage(text: str) -> list[tuple[int, int]]:
    """The ``?`` of ``text`` that the whole repair stage removes, as one-character spans: what
    ships, where :func:`postscrub.qmark.find_artifacts_in_text` is the detector's one pass.
    The stage runs its fixes in rounds until nothing changes (so repairing twice changes
    nothing), and a later round judges again, with the prior of those lines, the lines the
    round before changed: its decisions can differ from the one pass."""
    from .config import Config
    from .repair import RepairLog, _doubled, _line_ends, repair_lines, split_lines

    lines = split_lines(text)
    repair_lines(lines, RepairLog(), Config())
    out: list[tuple[int, int]] = []
    # (split_lines reads \r\n and \r as line ends: the same cuts, made on ``text`` itself)
    raws: list[tuple[int, str]] = []
    offset = 0
    for raw in re.split("\r\n|\r|\n", text):
        raws.append((offset, raw))
        offset += len(raw) + (2 if text.startswith("\r\n", offset + len(raw)) else 1)
    if len(raws) != len(lines):
        # a dump whose every line break was doubled is read as one line per pair of breaks
        # (``repair.line_texts``): its lines are the raw lines it keeps, not the first ones
        keep = _doubled(_line_ends(text), [raw for _, raw in raws])
        if keep is not None:
            raws = [r for r, k in zip(raws, keep) if k]
    for ln, (offset, raw) in zip(lines, raws):
        if "?" in raw:
            kept = {ln.original_column(i) - 1 for i, c in enumerate(ln.text) if c == "?"}
            out.extend((offset + p, offset + p + 1) for p, c in enumerate(raw) if c == "?" and p not in kept)
    return out


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
        c.add_run(e - s, a, k)
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


# A third bank, written blind: its author saw neither the detector nor its rules, only this
# simulator's format and real posts for register. ``generate(..., bank="heldout2")`` is an
# independent held-out measure; do not edit it after looking at the detector's numbers on it.
# Questions are about a third with a question word, a third yes/no (auxiliary, inversion,
# German verb-first, ``est-ce que``, Chinese 吗), a third with neither (``Too harsh?``).
_HELDOUT2: dict[str, dict[str, list[str]]] = {
    "en": {
        "say": [
            "I turned down a promotion last spring, and it was the best career decision I’ve made",
            "Priya on our data team rebuilt the entire reporting pipeline in three weeks",
            "3 things I wish someone had told me before my first board meeting",
            "When a customer churns, the real reason is rarely the one on the exit survey",
            "Stop hiring for culture fit and start hiring for culture add",
            "“Done is better than perfect” only works if someone comes back to finish it",
            "Clear goals, honest feedback, fair pay, and a manager who actually shows up",
            "After two years on SharePoint we moved every team to Notion, and nobody misses it",
            "Our ARR crossed $2.4M this quarter with a sales team of three",
            "The Rotterdam warehouse now ships 12,000 parcels a day (up from 3,000 in January)",
            "Be kind to recruiters",
            "Burnout is not a badge of honour",
            "Feedback lands better on a Tuesday morning than at 5pm on a Friday",
            "If your onboarding takes longer than your notice period, something is broken",
            "My mentor, a retired nurse, taught me more about leadership than any MBA course",
            "Twenty-two interviews, four offers, one yes",
            "Grateful",
            ("The GitHub Copilot rollout saves each engineer about 45 minutes a day "
             "(self-reported, so take it with a grain of salt)"),
            "Today marks five years since I founded BrightLoop",
            "A client asked me “why now?” and I didn't have a good answer",
        ],
        "ask": [
            "What’s the one habit that changed your career", "Who was your first real mentor",
            "Why do we still measure productivity in hours",
            "How would you handle this as a manager", "Which skill took you longest to learn",
            "Do you reply to every recruiter message", "Is a four-day week realistic for a startup",
            "Have you ever quit a job without another one lined up",
            "Would you hire someone without a degree", "Are we overcomplicating onboarding",
            "Too harsh", "Hot take or common sense", "Same at your company",
            "So you’re telling me nobody reads the contract", "Just me",
        ],
        "words": [
            "onboarding", "burnout", "remote work", "mentorship", "fundraising", "recruiting",
        ],
        "tail": "Have a great weekend, everyone",
    },
    "fr": {
        "say": [
            "J’ai refusé une promotion au printemps dernier, et je ne le regrette pas une seconde",
            ("Camille, notre responsable RH, a repensé tout le parcours d’intégration en six "
             "semaines"),
            "3 choses que j’aurais aimé savoir avant mon premier comité de direction",
            ("Quand un client part, la vraie raison n’est presque jamais celle du questionnaire "
             "de sortie"),
            "Arrêtez de recruter des profils qui vous ressemblent",
            "« Fait vaut mieux que parfait », à condition que quelqu’un revienne finir le travail",
            "Des objectifs clairs, des retours honnêtes, un salaire juste et un manager présent",
            "Nous sommes passés de SharePoint à Notion, et personne ne regrette l’ancien outil",
            ("Notre chiffre d’affaires a dépassé 2,4 M€ ce trimestre, avec une équipe "
             "commerciale de trois personnes"),
            "L’entrepôt de Lyon expédie désormais 12 000 colis par jour (contre 3 000 en janvier)",
            "Soyez bienveillants avec les recruteurs",
            "Le burn-out n’est pas une médaille",
            "Un retour passe mieux le mardi matin que le vendredi à 18 h",
            "Si votre intégration dure plus longtemps que votre préavis, il y a un problème",
            ("Ma mentore, une ancienne infirmière, m’en a appris plus sur le management que "
             "n’importe quel MBA"),
            "Vingt-deux entretiens, quatre offres, un seul oui",
            "Quelle année",
            ("Avec GitHub Copilot, chaque développeur gagne environ 45 minutes par jour "
             "(chiffres déclaratifs, à prendre avec des pincettes)"),
            "Aujourd’hui, cela fait cinq ans que j’ai fondé BrightLoop",
            "Une cliente m’a demandé « pourquoi maintenant ? » et je n’avais pas de bonne réponse",
        ],
        "ask": [
            "Quelle habitude a changé votre carrière", "Qui a été votre premier vrai mentor",
            "Pourquoi mesure-t-on encore la productivité en heures",
            "Comment géreriez-vous cette situation",
            "Combien de temps vous a-t-il fallu pour demander votre première augmentation",
            "Répondez-vous à tous les messages de recruteurs",
            "La semaine de quatre jours est-elle réaliste pour une start-up",
            "Avez-vous déjà quitté un poste sans avoir autre chose en vue",
            "Est-ce que vous embaucheriez quelqu’un sans diplôme",
            "Est-ce qu’on complique trop l’intégration", "Trop sévère", "Idée reçue ou vérité",
            "Pareil chez vous", "Ça vous est déjà arrivé",
            "C’est moi ou tout le monde est épuisé en ce moment",
        ],
        "words": [
            "intégration", "épuisement", "télétravail", "management", "levée de fonds",
            "recrutement",
        ],
        "tail": "Bon week-end à toutes et à tous",
    },
    "de": {
        "say": [
            "Ich habe im Frühjahr eine Beförderung abgelehnt und es keine Sekunde bereut",
            ("Jana aus unserem Datenteam hat die komplette Reporting-Pipeline in drei Wochen "
             "neu gebaut"),
            "3 Dinge, die ich gern vor meiner ersten Aufsichtsratssitzung gewusst hätte",
            "Wenn Kunden kündigen, steht der wahre Grund selten im Exit-Fragebogen",
            "Hört auf, nach Kulturfit einzustellen",
            "„Fertig ist besser als perfekt“ gilt nur, wenn später jemand aufräumt",
            ("Klare Ziele, ehrliches Feedback, faire Bezahlung und eine Führungskraft, die "
             "wirklich da ist"),
            "Nach zwei Jahren mit SharePoint sind wir komplett auf Notion umgestiegen",
            ("Unser Umsatz lag dieses Quartal bei über 2,4 Mio. €, mit einem Vertriebsteam aus "
             "drei Leuten"),
            ("Das Lager in Duisburg verschickt inzwischen 12.000 Pakete am Tag (im Januar waren "
             "es noch 3.000)"),
            "Seid nett zu Recruitern",
            "Burnout ist kein Statussymbol",
            "Feedback kommt am Dienstagmorgen besser an als freitags um 17 Uhr",
            "Wenn euer Onboarding länger dauert als die Kündigungsfrist, läuft etwas falsch",
            ("Meine Mentorin, eine ehemalige Krankenpflegerin, hat mir mehr über Führung "
             "beigebracht als jedes MBA-Seminar"),
            "Zweiundzwanzig Gespräche, vier Angebote, ein Ja",
            "Einfach nur dankbar",
            ("Mit GitHub Copilot spart jede Entwicklerin im Schnitt 45 Minuten pro Tag (selbst "
             "geschätzt, also mit Vorsicht zu genießen)"),
            "Heute vor fünf Jahren habe ich BrightLoop gegründet",
            "Ein Kunde fragte mich „Warum gerade jetzt?“ und mir fiel keine gute Antwort ein",
        ],
        "ask": [
            "Welche Gewohnheit hat eure Karriere verändert", "Wer war euer erster echter Mentor",
            "Warum messen wir Produktivität immer noch in Stunden",
            "Wie würdet ihr als Führungskraft reagieren",
            "Was hat euch im ersten Job am meisten überrascht",
            "Antwortet ihr auf jede Recruiter-Nachricht",
            "Ist die Vier-Tage-Woche für Start-ups realistisch",
            "Habt ihr schon mal ohne neuen Job gekündigt",
            "Würdet ihr jemanden ohne Abschluss einstellen",
            "Machen wir das Onboarding zu kompliziert", "Zu streng",
            "Unpopuläre Meinung oder gesunder Menschenverstand", "Ihr auch",
            "Das kennt ihr sicher auch", "Ich bin nicht die Einzige, oder",
        ],
        "words": [
            "Onboarding", "Burnout", "Homeoffice", "Weiterbildung", "Finanzierung", "Recruiting",
        ],
        "tail": "Schönes Wochenende euch allen",
    },
    "es": {
        "say": [
            "Rechacé un ascenso la primavera pasada y no me arrepiento ni un segundo",
            "Lucía, de nuestro equipo de datos, rehízo todo el flujo de informes en tres semanas",
            "3 cosas que me habría gustado saber antes de mi primera reunión con el consejo",
            ("Cuando un cliente se va, el verdadero motivo casi nunca es el que aparece en la "
             "encuesta de salida"),
            "Dejen de contratar a gente que piensa igual que ustedes",
            "«Hecho es mejor que perfecto» solo funciona si alguien vuelve para terminarlo",
            "Objetivos claros, feedback honesto, un sueldo justo y un jefe que esté presente",
            "Después de dos años con SharePoint, migramos todo a Notion y nadie lo echa de menos",
            ("Nuestra facturación superó los 2,4 M€ este trimestre con un equipo comercial de "
             "tres personas"),
            "El almacén de Valencia ya envía 12.000 paquetes al día (en enero eran 3.000)",
            "Sean amables con los reclutadores",
            "El agotamiento no es una medalla",
            ("El feedback se recibe mejor un martes por la mañana que un viernes a las seis de "
             "la tarde"),
            "Si tu incorporación dura más que tu periodo de preaviso, algo falla",
            ("Mi mentora, una enfermera jubilada, me enseñó más sobre liderazgo que cualquier "
             "máster"),
            "Veintidós entrevistas, cuatro ofertas, un solo sí",
            "Muy agradecida",
            ("Con GitHub Copilot cada desarrollador ahorra unos 45 minutos al día (según ellos "
             "mismos, así que con cautela)"),
            "Hoy se cumplen cinco años desde que fundé BrightLoop",
            "Una clienta me preguntó «¿y por qué ahora?» y no supe qué responder",
        ],
        "ask": [
            "¿Qué hábito cambió tu carrera", "¿Quién fue tu primer mentor de verdad",
            "¿Por qué seguimos midiendo la productividad en horas", "¿Cómo lo manejarían ustedes",
            "¿Cuánto tardaste en pedir tu primer aumento",
            "¿Responden a todos los mensajes de los reclutadores",
            "¿Es realista la semana de cuatro días para una startup",
            "¿Han dejado alguna vez un trabajo sin tener otro",
            "¿Contratarían a alguien sin título", "¿Estamos complicando demasiado la incorporación",
            "¿Demasiado duro", "¿Opinión impopular o sentido común", "¿A ustedes también les pasa",
            "¿Soy la única", "¿Exagero",
        ],
        "words": [
            "incorporación", "agotamiento", "teletrabajo", "formación", "financiación",
            "reclutamiento",
        ],
        "tail": "Buen fin de semana a todos",
    },
    "zh": {
        "say": [
            "去年春天我拒绝了一次晋升，到现在一点都不后悔",
            "数据团队的小林只用三周就重建了整个报表流程",
            "3件我希望在第一次董事会之前就知道的事",
            "客户流失的时候，真正的原因很少写在调查问卷里",
            "别再只招和自己相似的人了",
            "“完成比完美更重要”，前提是有人回来把事情做完",
            "清晰的目标、坦诚的反馈、公平的薪酬，还有一位真正在场的管理者",
            "用了两年SharePoint之后，我们把所有团队都迁到了Notion",
            "本季度营收突破240万元，而销售团队只有三个人",
            "上海仓库现在每天发出1.2万个包裹（一月份还只有3000个）",
            "请善待招聘顾问",
            "过劳不是荣誉勋章",
            "周二上午给反馈，比周五下午6点效果好得多",
            "如果入职培训比离职通知期还长，那一定是哪里出了问题",
            "我的导师是一位退休护士，她教我的领导力比任何MBA课程都多",
            "二十二场面试，四个offer，一个“好”",
            "心怀感恩",
            "引入GitHub Copilot后，每位工程师每天大约节省45分钟（自我评估，仅供参考）",
            "今天是我创办BrightLoop的第五年",
            "一位客户问我“为什么是现在？”，我一时答不上来",
        ],
        "ask": [
            "哪个习惯改变了你的职业生涯", "谁是你的第一位真正的导师", "为什么我们还在用工时衡量效率", "如果你是经理，你会怎么处理", "你花了多久才敢第一次提加薪",
            "你会回复每一条猎头消息吗", "四天工作制对初创公司现实吗", "你有没有裸辞过", "你会录用没有学历的人吗", "我们是不是把入职流程搞得太复杂了",
            "只有我一个人这样觉得", "太苛刻了", "暴论还是常识", "你们团队也这样", "是我想多了",
        ],
        "words": ["入职", "倦怠", "远程办公", "培训", "融资", "招聘"],
        "tail": "祝大家周末愉快",
    },
}


# A fourth bank, written blind like :data:`_HELDOUT2` and after it: its author saw neither the
# detector nor its tests, only this simulator's format and real posts for register. Its topics
# (healthcare, logistics, teaching, design, open source, public sector, retail) are not those of
# the other banks. ``generate(..., bank="heldout3")`` is a fresh held-out measure, since the
# earlier banks have all been looked at while tuning; do not edit it after seeing its numbers.
# Questions: five with a question word, five yes/no, five with neither, in each language.
_HELDOUT3: dict[str, dict[str, list[str]]] = {
    "en": {
        "say": [
            ("We cut ambulance handover times in our emergency department from 40 minutes to 12 "
             "by changing a single form"),
            ("Tomás, one of our night-shift pharmacists, caught a dosing error that three "
             "different systems had missed"),
            "The new cross-dock in Venlo moved its first 800 pallets without a single mis-pick",
            ("1,200 merge requests later, our open source scheduler finally has more outside "
             "contributors than employees"),
            ("Because the application was only available online, almost half of older residents "
             "gave up before finishing it"),
            "Test your checkout on a cheap Android phone with one bar of signal",
            "“Accessible by default” sounds obvious until you audit your own design system",
            ("Lesson plans, parent emails, marking, lunch duty, and somewhere in between all of "
             "that, the actual teaching"),
            ("We replaced three Excel sheets and an ancient Access database with a small Django "
             "app on PostgreSQL"),
            "Our pop-up store in Leeds took £38,000 in its first weekend",
            "On the new routes, each delivery van drives about 14 km less per day",
            "The city’s new permit portal went live on Monday (and yes, it works on mobile)",
            ("A Year 9 student asked me “why do we need algebra if we have phones?” and honestly, "
             "fair point"),
            "Teachers deserve better tools",
            "Back on the ward tomorrow morning",
            ("I spent a week on the tills at our busiest store and learned more than in any "
             "quarterly business review"),
            "Maintainers are not your free support desk",
            ("Design reviews move twice as fast when whoever wrote the brief is actually in the "
             "room"),
            "Last year the hospital I work with moved 60% of follow-up appointments to video calls",
            ("Huge shoutout to the warehouse crew in Memphis who kept every shelf stocked through "
             "the ice storm"),
        ],
        "ask": [
            "What’s the smallest design change that made the biggest difference for your users",
            "How do you keep volunteers coming back after the first month",
            "Which open source project would you fund first",
            "Where should a first-year teacher start with classroom management",
            "Why is government software still so painful to use",
            "Do your nurses get a say in which tools the hospital buys",
            "Has anyone tried paying maintainers per release",
            "Should supermarkets bring back staffed checkouts",
            "Can a small council really afford an in-house design team",
            "Is same-day delivery actually worth what it costs",
            "Anyone else still marking essays at 11pm on a Sunday", "Too early to call it a win",
            "Overkill for a clinic with six staff", "Still on paper forms in your department",
            "Same story in your warehouse",
        ],
        "words": [
            "healthcare", "logistics", "teaching", "accessibility", "open source", "public sector",
        ],
        "tail": "Until next time",
    },
    "fr": {
        "say": [
            ("Nous avons ramené le temps de transmission des ambulances aux urgences de 40 à 12 "
             "minutes en changeant un seul formulaire"),
            ("Tomás, l’un de nos pharmaciens de nuit, a repéré une erreur de dosage que trois "
             "logiciels avaient laissé passer"),
            ("La nouvelle plateforme de cross-docking de Cavaillon a traité ses 800 premières "
             "palettes sans une seule erreur de préparation"),
            ("1 200 merge requests plus tard, notre ordonnanceur open source compte enfin plus de "
             "contributeurs externes que de salariés"),
            ("Comme la démarche n’existait qu’en ligne, près de la moitié des personnes âgées "
             "abandonnaient avant la fin"),
            ("Testez votre tunnel de paiement sur un smartphone d’entrée de gamme avec une seule "
             "barre de réseau"),
            ("« Accessible par défaut », ça paraît évident jusqu’au jour où l’on audite son "
             "propre design system"),
            ("Préparations de cours, mails aux parents, copies, surveillance de cantine et, "
             "quelque part entre tout ça, enseigner"),
            ("Nous avons remplacé trois fichiers Excel et une vieille base Access par une petite "
             "application Django sous PostgreSQL"),
            "Notre boutique éphémère de Bordeaux a encaissé 38 000 € dès son premier week-end",
            ("Sur les nouvelles tournées, chaque camionnette parcourt environ 14 km de moins par "
             "jour"),
            ("Le nouveau portail des autorisations d’urbanisme de la métropole est en ligne "
             "depuis lundi (et il marche même sur mobile)"),
            ("Un élève de quatrième m’a demandé « à quoi sert l’algèbre si on a un téléphone ? » "
             "et, franchement, la question se pose"),
            "Les enseignants méritent de meilleurs outils",
            "Retour dans le service demain matin",
            ("J’ai passé une semaine en caisse dans notre magasin le plus fréquenté, et j’y ai "
             "appris plus qu’en n’importe quelle revue trimestrielle"),
            "Les mainteneurs ne sont pas votre support gratuit",
            "Une revue de design va deux fois plus vite quand l’auteur du brief est dans la salle",
            ("L’an dernier, l’hôpital avec lequel je travaille a basculé 60 % des consultations "
             "de suivi en téléconsultation"),
            ("Un immense bravo à l’équipe de l’entrepôt de Rungis, qui a gardé les rayons pleins "
             "pendant toute la tempête"),
        ],
        "ask": [
            "Quel petit changement de design a eu le plus d’effet chez vous",
            "Comment garder des bénévoles motivés après le premier mois",
            "Quel projet open source financeriez-vous en premier",
            "Par où commencer quand on débute dans l’enseignement",
            "Pourquoi les logiciels de l’administration sont-ils encore si pénibles",
            "Vos soignants ont-ils leur mot à dire sur les outils achetés",
            "Est-ce que quelqu’un a déjà essayé de rémunérer les mainteneurs à chaque version",
            "Les enseignes devraient-elles rouvrir des caisses tenues par du personnel",
            "Une petite commune peut-elle vraiment se payer une équipe design",
            "Est-ce que la livraison le jour même vaut vraiment ce qu’elle coûte",
            "Quelqu’un d’autre corrige des copies le dimanche à 23 h",
            "Trop tôt pour crier victoire", "Un peu excessif pour un cabinet de six personnes",
            "Toujours des formulaires papier dans votre service",
            "Même constat dans votre entrepôt",
        ],
        "words": [
            "santé", "logistique", "enseignement", "accessibilité", "open source", "service public",
        ],
        "tail": "À bientôt pour la suite",
    },
    "de": {
        "say": [
            ("Mit nur einem neuen Formular haben wir die Übergabezeit vom Rettungsdienst an die "
             "Notaufnahme von 40 auf 12 Minuten gesenkt"),
            ("Tomás, einer unserer Apotheker im Nachtdienst, hat einen Dosierungsfehler entdeckt, "
             "den drei Systeme übersehen hatten"),
            ("Das neue Cross-Dock in Kassel hat seine ersten 800 Paletten ohne einen einzigen "
             "Kommissionierfehler abgewickelt"),
            ("1.200 Merge Requests später hat unser Open-Source-Scheduler endlich mehr externe "
             "als interne Mitwirkende"),
            ("Weil es den Antrag nur online gab, hat fast die Hälfte der älteren Menschen "
             "vorzeitig aufgegeben"),
            "Testet euren Checkout auf einem billigen Android-Handy mit nur einem Balken Empfang",
            ("„Barrierefrei von Anfang an“ klingt selbstverständlich, bis man das eigene "
             "Designsystem prüft"),
            ("Unterricht vorbereiten, Elternmails, Korrekturen, Pausenaufsicht und irgendwo "
             "dazwischen noch unterrichten"),
            ("Drei Excel-Tabellen und eine uralte Access-Datenbank haben wir durch eine kleine "
             "Django-App mit PostgreSQL ersetzt"),
            "Unser Pop-up-Store in Leipzig hat am ersten Wochenende 38.000 € umgesetzt",
            "Auf den neuen Touren fährt jeder Lieferwagen etwa 14 km weniger pro Tag",
            ("Das neue Genehmigungsportal der Stadt ist seit Montag online (und ja, es läuft auch "
             "auf dem Handy)"),
            ("Ein Schüler aus der 8. Klasse fragte mich: „Wozu brauchen wir Algebra, wenn wir "
             "Handys haben?“, und ehrlich gesagt war das berechtigt"),
            "Lehrkräfte verdienen bessere Werkzeuge",
            "Morgen geht’s zurück auf Station",
            ("Ich habe eine Woche an der Kasse unserer meistbesuchten Filiale gearbeitet und "
             "dabei mehr gelernt als in jedem Quartalsreview"),
            "Maintainer sind nicht euer kostenloser Support",
            ("Design-Reviews laufen doppelt so schnell, wenn die Person mit dem Briefing im Raum "
             "sitzt"),
            ("Letztes Jahr hat das Klinikum, mit dem ich zusammenarbeite, 60 % der "
             "Nachsorgetermine auf Videosprechstunde umgestellt"),
            ("Ein riesiges Dankeschön an das Lagerteam in Bremen, das die Regale während des "
             "ganzen Sturms gefüllt gehalten hat"),
        ],
        "ask": [
            "Welche kleine Designänderung hatte bei euch die größte Wirkung",
            "Wie haltet ihr Ehrenamtliche nach dem ersten Monat bei der Stange",
            "Welches Open-Source-Projekt würdet ihr zuerst finanzieren",
            "Wo fängt man als neue Lehrkraft am besten an",
            "Warum ist Software in der Verwaltung immer noch so umständlich",
            "Dürfen eure Pflegekräfte mitentscheiden, welche Tools gekauft werden",
            "Hat schon mal jemand Maintainer pro Release bezahlt",
            "Sollte der Handel wieder mehr besetzte Kassen anbieten",
            "Kann sich eine kleine Gemeinde ein eigenes Designteam leisten",
            "Lohnt sich Lieferung am selben Tag wirklich",
            "Noch jemand, der sonntags um 23 Uhr Klausuren korrigiert",
            "Zu früh, um von Erfolg zu sprechen", "Übertrieben für eine Praxis mit sechs Leuten",
            "Bei euch auch noch Papierformulare", "Im Lager bei euch genauso",
        ],
        "words": [
            "Gesundheitswesen", "Logistik", "Schule", "Barrierefreiheit", "Open Source",
            "Verwaltung",
        ],
        "tail": "Bis zum nächsten Mal",
    },
    "es": {
        "say": [
            ("Redujimos de 40 a 12 minutos el traspaso de pacientes de las ambulancias en "
             "urgencias cambiando un solo formulario"),
            ("Tomás, uno de nuestros farmacéuticos del turno de noche, detectó un error de dosis "
             "que tres sistemas habían pasado por alto"),
            ("El nuevo centro de cross-docking de Zaragoza movió sus primeros 800 palés sin un "
             "solo error de preparación"),
            ("1.200 merge requests después, nuestro planificador open source por fin tiene más "
             "colaboradores externos que internos"),
            ("Como el trámite solo se podía hacer por internet, casi la mitad de las personas "
             "mayores lo dejaba a medias"),
            "Prueben su proceso de pago en un Android barato con una sola raya de cobertura",
            "«Accesible por defecto» suena obvio hasta que auditas tu propio sistema de diseño",
            ("Preparar clases, correos a las familias, corregir exámenes, guardias de patio y, en "
             "algún hueco, enseñar"),
            ("Sustituimos tres hojas de Excel y una vieja base de datos de Access por una pequeña "
             "app en Django con PostgreSQL"),
            "Nuestra tienda pop-up de Sevilla facturó 38.000 € en su primer fin de semana",
            "Con las nuevas rutas, cada furgoneta de reparto recorre unos 14 km menos al día",
            ("El nuevo portal de licencias del ayuntamiento funciona desde el lunes (y sí, "
             "también desde el móvil)"),
            ("Un alumno de segundo de la ESO me preguntó «¿para qué sirve el álgebra si tenemos "
             "el móvil?» y, sinceramente, tenía razón"),
            "Los docentes merecen mejores herramientas",
            "Mañana vuelvo a planta",
            ("Pasé una semana en las cajas de nuestra tienda con más afluencia y aprendí más que "
             "en cualquier revisión trimestral"),
            "Los mantenedores no son su soporte gratuito",
            ("Las revisiones de diseño van el doble de rápido cuando quien escribió el briefing "
             "está en la sala"),
            ("El año pasado, el hospital con el que colaboro pasó el 60 % de las consultas de "
             "seguimiento a videollamada"),
            ("Un aplauso enorme para el equipo del almacén de Getafe, que mantuvo las estanterías "
             "llenas durante todo el temporal"),
        ],
        "ask": [
            "¿Qué pequeño cambio de diseño les dio el mayor resultado",
            "¿Cómo mantienen motivados a los voluntarios después del primer mes",
            "¿Qué proyecto open source financiarían primero",
            "¿Por dónde debería empezar un profesor novel",
            "¿Por qué el software de la administración sigue siendo tan difícil de usar",
            "¿Tiene voz el personal de enfermería en la compra de herramientas",
            "¿Ha probado alguien a pagar a los mantenedores por versión",
            "¿Deberían los supermercados volver a las cajas con personal",
            "¿Puede un ayuntamiento pequeño permitirse un equipo de diseño propio",
            "¿Compensa de verdad la entrega en el mismo día",
            "¿Alguien más corrigiendo exámenes un domingo a las once de la noche",
            "¿Demasiado pronto para cantar victoria",
            "¿Excesivo para una consulta de seis personas",
            "¿Todavía con formularios en papel en su departamento", "¿En su almacén pasa lo mismo",
        ],
        "words": [
            "sanidad", "logística", "docencia", "accesibilidad", "código abierto", "sector público",
        ],
        "tail": "Hasta la próxima",
    },
    "zh": {
        "say": [
            "我们只改了一张表格，就把救护车在急诊的交接时间从40分钟缩短到了12分钟",
            "夜班药剂师小唐发现了一个三套系统都没拦下来的剂量错误",
            "嘉兴新的越库中心处理了首批800个托盘，没有出现一次拣货错误",
            "提交了1200个合并请求之后，我们这个开源调度器的外部贡献者终于比内部员工还多",
            "因为申请只能在网上办理，差不多一半的老年人都没能办完",
            "拿一部便宜的安卓手机，在只有一格信号的地方测一测你们的结账流程",
            "“默认无障碍”听起来理所当然，直到你认真审查自己的设计系统",
            "备课、回家长消息、批改作业、午休值班，在这些事情的缝隙里才是真正的教书",
            "我们用一个基于Django和PostgreSQL的小应用，替换了三张Excel表和一个老旧的Access数据库",
            "我们在成都的快闪店开业第一个周末就卖了38万元",
            "新线路上线后，每辆配送车每天少跑大约14公里",
            "市里新的许可证办理平台周一正式上线（对，手机上也能用）",
            "一个初二学生问我“有手机了为什么还要学代数？”，说实话，问得挺有道理",
            "老师们值得更好的工具",
            "明天回病房上班",
            "我在客流最大的门店当了一周收银员，学到的比任何一次季度复盘都多",
            "开源维护者不是你的免费客服",
            "写需求文档的人在场时，设计评审能快一倍",
            "去年，和我合作的医院把60%的复诊改成了视频问诊",
            "特别感谢武汉仓库的同事们，暴雨期间货架一直没有断货",
        ],
        "ask": [
            "哪个小小的设计改动给你们带来了最大的效果", "过了第一个月，你们怎么让志愿者继续留下来", "如果只能资助一个开源项目，你会选哪个", "新老师应该从哪里入手管理课堂",
            "为什么政务软件还是这么难用", "你们的护士能参与选购工具吗", "有人试过按版本给维护者付费吗", "超市应该恢复人工收银吗", "小城市的政府请得起专门的设计团队吗",
            "当日达真的值这个成本吗", "还有人周日晚上十一点在批改作业", "现在说成功还太早", "六个人的诊所用这个有点大材小用了", "你们部门还在用纸质表格",
            "你们仓库也一样",
        ],
        "words": [
            "医疗", "物流", "教育", "无障碍", "开源", "公共服务",
        ],
        "tail": "下次再聊",
    },
}


# A fifth bank, written blind like :data:`_HELDOUT2` and :data:`_HELDOUT3` and after them: its
# author saw neither the detector nor its tests, only this simulator's format and real posts for
# register. Its topics (agriculture, energy, banking and insurance, an amateur sports club, law
# firms, restaurants, a research lab, manufacturing, local journalism, construction) are not
# those of the other banks. ``generate(..., bank="heldout4")`` is a fresh held-out measure, since
# the earlier banks have all been looked at while tuning; do not edit it after seeing its numbers.
# Questions: five with a question word, five yes/no, five with neither, in each language; about
# half the Spanish ones are written without their ``¿`` (the generator adds it), and two
# statements per language quote a question of their own.
_HELDOUT4: dict[str, dict[str, list[str]]] = {
    "en": {
        "say": [
            "Harvest is in",
            ("Our dairy co-op in Cork now pays its 140 member farms within 10 days of collection "
             "instead of 45, and for a family milking 80 cows that gap was the overdraft"),
            ("Spent the morning with the Ørsted crew at the Hornsea site — 165 turbines, each one "
             "taller than the Gherkin"),
            ("Settling a claim used to take us 23 days; since we rebuilt the whole process around "
             "the first phone call, it takes 6"),
            ("Zoë, our head chef, rewrote the entire winter menu around three local suppliers and "
             "cut food waste by a third"),
            ("When our under-12s coach asked the parents “who can drive on Saturday?” nobody "
             "answered, so the club now has a rota, a WhatsApp group and, yes, a second-hand "
             "minibus we bought for £4,500"),
            "Pro bono is not a marketing line",
            "Billable hours reward the slowest possible way to solve a client’s problem",
            ("Three years, two failed replications and one very patient funder later, the paper "
             "is out (open access, data included)"),
            ("Scrap on Line 4 fell from 7.8% to 1.9% once the operators — not the consultants — "
             "redesigned the changeover"),
            "Local news is infrastructure",
            ("A reader emailed to ask “who actually pays for this newsroom?” so we published our "
             "budget, line by line"),
            "Tender submitted",
            ("The most dangerous hour on a building site is not the heaviest lift, it is the last "
             "one on a Friday afternoon, when everyone is tired and already thinking about the "
             "weekend"),
            ("What a good site induction covers: the exits, the cranes, who the first aider is, "
             "and where to get a decent coffee"),
            ("Łukasz joined us as an apprentice welder in 2019 and now runs quality for the whole "
             "plant"),
            ("Spreadsheets, sticky notes, a fax machine… that was our lab’s sample tracking until "
             "March"),
            ("We closed 14 branches last year and launched a van that visits 30 villages every "
             "week — footfall is up, not down"),
            ("From Monday I’m a partner in the energy disputes team at Hartley Sørensen LLP"),
            ("In our heat pump pilot across 40 terraced houses the average winter bill came down "
             "to £61 a month at 24p per kWh"),
        ],
        "ask": [
            "What’s the one safety rule nobody on your site is allowed to skip",
            "How do you get young people into farming when land costs €40,000 a hectare",
            "Who checks the fact-checkers",
            "Why do law firms still bill in six-minute units",
            "Which number would you put on the wall of a factory floor",
            "Do you still tip when the service charge is already on the bill",
            "Should research labs publish their failed experiments too",
            "Can a bakery really last with days that start at 4 a.m",
            "Would you trust an insurer that settles claims by algorithm",
            ("Have any of you managed to get a grid connection for a community solar project in "
             "under three years, or is that simply how long it takes everywhere now"),
            "Too early to call",
            "Only our club short of referees this season",
            "Coincidence",
            "Anyone else’s kitchen down two chefs going into December",
            "Still reading the Sunday paper in print",
        ],
        "words": [
            "agriculture", "energy", "insurance", "hospitality", "journalism", "construction",
        ],
        "tail": "Catch you on Monday",
    },
    "fr": {
        "say": [
            "Moisson terminée",
            ("Notre coopérative laitière du Cantal paie désormais ses 140 exploitations en 10 "
             "jours au lieu de 45 et, pour une famille qui trait 80 vaches, cet écart, c’était le "
             "découvert"),
            ("Matinée avec les équipes d’Ørsted sur le chantier du parc éolien — 80 éoliennes, "
             "chacune presque aussi haute que la tour Montparnasse"),
            ("Il nous fallait 23 jours pour régler un sinistre ; depuis qu’on a tout repensé "
             "autour du premier appel, il en faut 6"),
            ("François, notre chef, a réécrit toute la carte d’hiver autour de trois producteurs "
             "locaux et réduit le gaspillage d’un tiers"),
            ("Quand l’entraîneur des U12 a demandé aux parents « qui peut conduire samedi ? », "
             "personne n’a répondu : le club a donc monté un planning, un groupe WhatsApp et, "
             "oui, acheté un minibus d’occasion pour 4 500 €"),
            "Le pro bono n’est pas un argument marketing",
            ("La facturation au temps passé récompense la manière la plus lente de régler le "
             "problème d’un client"),
            ("Trois ans, deux réplications ratées et un financeur très patient plus tard, "
             "l’article est publié (en accès ouvert, données comprises)"),
            ("Sur la ligne 4, le taux de rebut est passé de 7,8 % à 1,9 % quand les opérateurs — "
             "pas les consultants — ont repensé le changement de série"),
            "L’info locale est une infrastructure",
            ("Une lectrice nous a écrit pour demander « qui paie vraiment cette rédaction ? », "
             "alors nous avons publié notre budget, ligne par ligne"),
            "Appel d’offres déposé",
            ("Sur un chantier, l’heure la plus dangereuse n’est pas celle du levage le plus "
             "lourd, c’est la dernière du vendredi après-midi, quand tout le monde est fatigué et "
             "pense déjà au week-end"),
            ("Ce qu’un bon accueil sécurité doit couvrir : les issues de secours, les grues, qui "
             "est le sauveteur secouriste, et où trouver un café correct"),
            ("Łukasz est arrivé chez nous comme apprenti soudeur en 2019 ; aujourd’hui, il "
             "dirige la qualité de toute l’usine"),
            ("Des tableurs, des post-it, un fax… voilà le suivi des échantillons de notre labo "
             "jusqu’en mars"),
            ("Nous avons fermé 14 agences l’an dernier et lancé un camion qui passe dans 30 "
             "villages chaque semaine — et la fréquentation a augmenté"),
            ("À partir de lundi, je rejoins comme associée le pôle contentieux de l’énergie du "
             "cabinet Moreau Sørensen SELARL"),
            ("Dans notre pilote de pompes à chaleur sur 40 maisons mitoyennes, la facture "
             "moyenne d’hiver est tombée à 68 € par mois, à 0,25 € le kWh"),
        ],
        "ask": [
            "Quelle règle de sécurité est vraiment non négociable sur vos chantiers",
            ("Comment donner envie aux jeunes de reprendre une exploitation quand l’hectare "
             "dépasse 10 000 €"),
            "Qui vérifie les fact-checkeurs",
            "Pourquoi les cabinets d’avocats facturent-ils encore au temps passé",
            "Quel indicateur afficheriez-vous dans un atelier de production",
            "Laissez-vous un pourboire quand le service est déjà compris",
            "Est-ce que les labos devraient publier aussi leurs expériences ratées",
            "Une boulangerie peut-elle vraiment tenir avec des journées qui commencent à 4 h",
            "Feriez-vous confiance à un assureur qui règle les sinistres par algorithme",
            ("Est-ce que l’un d’entre vous a réussi à obtenir un raccordement au réseau pour un "
             "projet solaire citoyen en moins de trois ans, ou est-ce désormais le délai normal "
             "partout"),
            "Je suis le seul",
            "Trop tôt pour le dire",
            "Pareil dans votre club cette saison",
            "Coïncidence",
            "Toujours abonnés à la version papier",
        ],
        "words": ["agriculture", "énergie", "assurance", "restauration", "journalisme", "BTP"],
        "tail": "Bonne semaine à tous",
    },
    "de": {
        "say": [
            "Ernte eingefahren",
            ("Unsere Molkereigenossenschaft im Allgäu zahlt ihren 140 Mitgliedsbetrieben das "
             "Milchgeld jetzt nach 10 statt nach 45 Tagen, und für eine Familie mit 80 Kühen war "
             "genau diese Lücke der Dispo"),
            ("Heute Morgen mit dem Team von Ørsted auf der Baustelle des Windparks vor Borkum – "
             "80 Anlagen, jede fast so hoch wie der Kölner Dom"),
            ("Früher hat die Regulierung eines Schadens 23 Tage gedauert; seit wir alles rund um "
             "den ersten Anruf neu aufgebaut haben, sind es 6"),
            ("Jörg Müller, unser Küchenchef, hat die komplette Winterkarte rund um drei Erzeuger "
             "aus der Region neu geschrieben und die Lebensmittelabfälle um ein Drittel gesenkt"),
            ("Als unser E-Jugend-Trainer die Eltern fragte: „Wer kann am Samstag fahren?“, hat "
             "sich niemand gemeldet – jetzt hat der Verein einen Fahrplan, eine WhatsApp-Gruppe "
             "und, ja, einen gebrauchten Kleinbus für 4.500 €"),
            "Pro bono ist kein Marketingversprechen",
            ("Stundenabrechnung belohnt den langsamsten Weg, das Problem eines Mandanten zu "
             "lösen"),
            ("Drei Jahre, zwei gescheiterte Replikationen und eine sehr geduldige Stiftung "
             "später ist das Paper erschienen (Open Access, Daten inklusive)"),
            ("Auf Linie 4 sank die Ausschussquote von 7,8 % auf 1,9 %, nachdem die Leute an der "
             "Maschine – nicht die Berater – den Rüstprozess neu gestaltet haben"),
            "Lokaljournalismus ist Infrastruktur",
            ("Eine Leserin schrieb uns: „Wer bezahlt diese Redaktion eigentlich?“ – also haben "
             "wir unser Budget offengelegt, Posten für Posten"),
            "Angebot abgegeben",
            ("Die gefährlichste Stunde auf der Baustelle ist nicht der schwerste Hub, sondern die "
             "letzte am Freitagnachmittag, wenn alle müde sind und in Gedanken schon im "
             "Wochenende"),
            ("Was eine gute Baustelleneinweisung abdeckt: Fluchtwege, Kräne, wer Ersthelfer ist "
             "und wo es anständigen Kaffee gibt"),
            ("Łukasz kam 2019 als Azubi zum Schweißer zu uns und leitet heute die "
             "Qualitätssicherung im ganzen Werk"),
            ("Excel-Listen, Post-its, ein Faxgerät… so sah die Probenverwaltung in unserem Labor "
             "bis März aus"),
            ("Wir haben letztes Jahr 14 Filialen geschlossen und einen Beratungsbus gestartet, "
             "der jede Woche 30 Dörfer anfährt – die Besucherzahlen sind gestiegen, nicht "
             "gesunken"),
            "Ab Montag bin ich Partnerin im Energierecht bei Sørensen Hartmann PartGmbB",
            ("In unserem Wärmepumpen-Pilotprojekt mit 40 Reihenhäusern liegt die "
             "durchschnittliche Winterrechnung jetzt bei 74 € im Monat, bei 29 Cent pro kWh"),
        ],
        "ask": [
            "Welche Sicherheitsregel ist auf euren Baustellen wirklich nicht verhandelbar",
            "Wie sollen junge Leute einen Hof übernehmen, wenn der Hektar 60.000 € kostet",
            "Wer prüft eigentlich die Faktenchecker",
            "Warum rechnen Kanzleien immer noch im Sechs-Minuten-Takt ab",
            "Welche Kennzahl würdet ihr in der Produktion an die Wand hängen",
            "Gebt ihr noch Trinkgeld, wenn der Service schon auf der Rechnung steht",
            "Sollten Forschungsgruppen auch ihre gescheiterten Experimente veröffentlichen",
            "Hält man das als Bäcker auf Dauer durch, jeden Tag um 3 Uhr aufzustehen",
            "Würdet ihr einer Versicherung vertrauen, die Schäden per Algorithmus reguliert",
            ("Hat es jemand von euch geschafft, für ein Bürgersolarprojekt in weniger als drei "
             "Jahren einen Netzanschluss zu bekommen, oder ist das inzwischen überall die "
             "normale Wartezeit"),
            "Nur bei uns so",
            "Zu früh für ein Fazit",
            "Bei euch im Verein auch so wenige Schiedsrichter",
            "Zufall",
            "Ernsthaft jetzt",
        ],
        "words": [
            "Landwirtschaft", "Energiewende", "Versicherung", "Gastronomie", "Journalismus",
            "Bauwesen",
        ],
        "tail": "Euch allen eine gute Woche",
    },
    "es": {
        "say": [
            "Cosecha terminada",
            ("Nuestra cooperativa láctea de Lugo paga ahora a sus 140 ganaderías a los 10 días "
             "de la recogida en lugar de a los 45, y para una familia con 80 vacas esa diferencia "
             "era el descubierto"),
            ("Mañana en la obra del parque eólico con el equipo de Ørsted — 80 aerogeneradores, "
             "cada uno casi tan alto como la Torre Picasso"),
            ("Antes tardábamos 23 días en liquidar un siniestro; desde que lo rediseñamos todo "
             "en torno a la primera llamada, tardamos 6"),
            ("José, nuestro jefe de cocina, rehízo entera la carta de invierno con tres "
             "productores de la zona y redujo el desperdicio en un tercio"),
            ("Cuando el entrenador de alevines preguntó a los padres «¿quién puede llevar a los "
             "niños el sábado?», nadie contestó, así que el club montó un turno, un grupo de "
             "WhatsApp y, sí, compró un microbús de segunda mano por 4.500 €"),
            "El pro bono no es un eslogan",
            ("Facturar por horas premia la forma más lenta de resolver el problema de un "
             "cliente"),
            ("Tres años, dos replicaciones fallidas y un financiador muy paciente después, el "
             "artículo está publicado (en abierto y con los datos)"),
            ("En la línea 4 la tasa de rechazo bajó del 7,8 % al 1,9 % cuando los operarios "
             "—no los consultores— rediseñaron el cambio de formato"),
            "El periodismo local es infraestructura",
            ("Una lectora nos escribió para preguntar «¿quién paga de verdad esta redacción?» y "
             "publicamos nuestro presupuesto, partida por partida"),
            "Oferta presentada",
            ("En una obra la hora más peligrosa no es la del izado más pesado, sino la última "
             "del viernes por la tarde, cuando todos están cansados y ya piensan en el fin de "
             "semana"),
            ("Lo que debe cubrir una buena acogida en obra: las salidas de emergencia, las "
             "grúas, quién es el socorrista y dónde hay un café decente"),
            ("Łukasz entró como aprendiz de soldador en 2019 y hoy dirige la calidad de toda la "
             "planta"),
            ("Hojas de cálculo, pósits, un fax… así era el seguimiento de muestras de nuestro "
             "laboratorio hasta marzo"),
            ("El año pasado cerramos 14 oficinas y pusimos en marcha una furgoneta que recorre "
             "30 pueblos cada semana — y las visitas han subido"),
            ("Desde el lunes estoy en Bilbao como asociada sénior del despacho Ibáñez & "
             "Sørensen, SLP"),
            ("En nuestro piloto de bombas de calor en 40 adosados, la factura media de invierno "
             "ha bajado a 58 € al mes, a 0,22 € el kWh"),
        ],
        "ask": [
            "¿Qué norma de seguridad no se negocia nunca en vuestras obras",
            ("Cómo convencemos a los jóvenes de quedarse en el campo si la hectárea de regadío "
             "ya supera los 30.000 €"),
            "¿Quién verifica a los verificadores",
            "Por qué los despachos siguen facturando en fracciones de seis minutos",
            "¿Qué indicador colgaríais en la pared de una fábrica",
            "Dejáis propina cuando el servicio ya viene incluido en la cuenta",
            "¿Deberían los laboratorios publicar también sus experimentos fallidos",
            "Aguanta una panadería muchos años con jornadas que empiezan a las 4 de la mañana",
            "¿Confiaríais en una aseguradora que liquida los siniestros con un algoritmo",
            ("Ha conseguido alguno de vosotros una conexión a red para un proyecto solar "
             "comunitario en menos de tres años, o es que ese es ya el plazo normal en todas "
             "partes"),
            "¿Solo a mí me pasa",
            "Muy pronto para sacar conclusiones",
            "¿En vuestro club también faltan árbitros esta temporada",
            "Casualidad",
            "¿Todavía alguien con la suscripción en papel",
        ],
        "words": [
            "agricultura", "energía", "seguros", "hostelería", "periodismo", "construcción",
        ],
        "tail": "Buena semana a todos",
    },
    "zh": {
        "say": [
            "秋收完成",
            ("我们在内蒙古的奶业合作社现在收奶后10天内就给140家牧场结款，以前要等45天，对一户养80"
             "头牛的人家来说，这中间差的就是一笔贷款利息"),
            "今天上午跟Ørsted的团队去了海上风电场的工地——80台风机，每一台都差不多有六十层楼高",
            "以前一个理赔要23天才能结案；我们围绕客户打来的第一通电话把流程重做了一遍，现在只要6天",
            "我们的主厨老周把冬季菜单全部重写，只用三家本地供应商，厨余浪费减少了三分之一",
            ("U12梯队的教练在家长群里问“周六谁能开车送孩子？”，没有一个人回复，于是俱乐部排了值班"
             "表，建了微信群，还花4.5万元买了一辆二手面包车"),
            "公益法律服务不是营销口号",
            "按小时计费，奖励的是解决客户问题最慢的那种方式",
            "三年、两次失败的重复实验、一位非常有耐心的资助方，论文终于发表了（开放获取，数据一并公开）",
            "4号线的废品率从7.8%降到了1.9%——改进换线流程的是一线操作工，不是咨询顾问",
            "地方新闻是基础设施",
            "有位读者来信问「这个编辑部到底是谁在出钱？」，我们干脆把预算一项一项公开了",
            "标书已投",
            "工地上最危险的时刻不是吊最重的那一件，而是周五下午的最后一个小时，大家都累了，心思早就飘到周末了",
            "一次合格的进场安全教育要讲清楚：逃生通道、塔吊、谁是急救员，还有哪里能喝到像样的咖啡",
            "Łukasz 2019年作为焊工学徒加入我们，现在负责整个工厂的质量管理",
            "Excel表格、便利贴、一台传真机……这就是我们实验室到三月份为止的样品管理系统",
            "去年我们关了14家网点，同时开出一辆流动服务车，每周跑30个村子——来办业务的人反而多了",
            "很荣幸宣布，下个月起我将出任华东一家新能源装备公司的CFO",
            "热泵试点覆盖了40户联排住宅，冬季平均电费降到每月¥420，按0.56元/kWh",
        ],
        "ask": [
            "你们工地上哪一条安全规定是绝对不能碰的", "地价这么高，怎么让年轻人愿意回村种地",
            "谁来核查事实核查员", "为什么律所还在按六分钟一个单位计费",
            "如果车间墙上只能挂一个指标，你们会挂哪一个",
            "服务费已经算在账单里了，你们还会另外给小费吗", "实验室应该把失败的实验也发表出来吗",
            "凌晨四点开工的面包店，真的能长期撑下去吗", "保险公司用算法自动理赔，你们会放心吗",
            "是不是现在各地的社区光伏项目从申请到并网都要排上整整三年，连一份进度说明都拿不到",
            "只有我这样", "这个结论下得有点早", "你们俱乐部这个赛季也缺裁判", "巧合",
            "还有人在订纸质报纸",
        ],
        "words": ["农业", "能源", "保险", "餐饮", "新闻", "建筑"],
        "tail": "我们评论区见",
    },
}


# A sixth bank, for FITTING (scored as part of ``fit`` by benchmarks/qmark_eval.py; written in
# the twelfth session on invented text, after the detector's vetoes were traced): the
# phenomena the first bank lacks, so that nothing fitted on ``fit`` alone has to guess them.
# Its ``ask`` are mostly questions in a statement's shape (`You too?`, `Das kennt ihr sicher
# auch?`), which a lone real ``?`` closes; its ``emph`` (used only by this bank) are sentences
# that end in the writer's own run of ``?``: emphasis after a question (`Friday already??`),
# after a statement or an exclamation (`We sold out in an hour???`, `On l’a fait !?`), each
# then followed by an emoji as often as any sentence, so that artifacts stand next to them.
_FIT2: dict[str, dict[str, list[str]]] = {
    "en": {
        "say": [
            "The warehouse team rebuilt the picking route over a weekend",
            "My grandmother ran a bakery for forty years without a single spreadsheet",
            "We moved the stand-up to the afternoon and nobody misses the old slot",
            "Three interns, one whiteboard and a lot of cold pizza",
            "I turned down a promotion last spring",
            "The invoice tool finally talks to the bank",
            "Our volunteers planted 600 trees along the canal",
            "Every good process starts as a messy checklist",
            "She answered every support ticket herself for the first year",
            "Twelve hours on a plane for a twenty-minute meeting",
        ],
        "ask": [
            "You too", "Same here", "Coffee on Friday", "Too early to call it", "Worth the wait",
            "Still on for Tuesday", "Only me", "Any takers", "Overkill", "Who is coming to Lisbon",
            "Ready for the long weekend", "Fair enough",
            # (the twelfth-session helper's additions: elliptic questions, tags)
            "Look familiar", "Any volunteers", "Lunch next week, right", "Is it just me",
            "Anyone else tired of slide decks",
        ],
        "emph": [
            "Friday already??", "Did that really just happen???", "Another reorg??",
            "Who knew spreadsheets could be this exciting??", "We sold out in an hour???",
            "Best team ever, right??", "We hit 10k followers?!", "A standing ovation??",
            "You thought I was joking??", "Forty slides for a ten-minute slot???",
        ],
        "words": ["logistics", "volunteering", "bakery", "travel", "interns"],
        "tail": "Talk soon",
    },
    "fr": {
        "say": [
            "L’équipe de l’entrepôt a refait tout le circuit de préparation en un week-end",
            "Ma grand-mère a tenu une boulangerie pendant quarante ans",
            "Nous avons planté 600 arbres le long du canal",
            "Chaque bon processus commence par une liste brouillonne",
            "J’ai refusé une promotion au printemps dernier",
            "Douze heures d’avion pour une réunion de vingt minutes",
            "Le nouvel outil de facturation parle enfin à la banque",
        ],
        "ask": [
            "Pareil pour vous", "Un café vendredi", "Un peu tôt pour juger", "Toujours partants",
            "Ça vous tente", "C’est grave, docteur", "Qui vient à Lyon", "Prêts pour le pont",
            "Un déjeuner la semaine prochaine", "Et toi alors", "Vous venez aussi",
            "Ça vous parle, n’est-ce pas", "Une idée pour le nom",
        ],
        "emph": [
            "Vendredi déjà ??", "Encore une réorganisation ???", "Tout ça pour ça ??",
            "On a atteint les 10 000 abonnés !?", "Sérieusement\u00a0??", "Trois ans déjà\u202f???",
            "Complet en une heure ??", "Une standing ovation ???",
        ],
        "words": ["logistique", "bénévolat", "boulangerie", "voyage", "stagiaires"],
        "tail": "À très vite",
    },
    "de": {
        "say": [
            "Das Lagerteam hat die Kommissionierroute an einem Wochenende neu gebaut",
            "Meine Oma hat vierzig Jahre lang eine Bäckerei geführt",
            "Wir haben 600 Bäume entlang des Kanals gepflanzt",
            "Jeder gute Prozess beginnt als unordentliche Checkliste",
            "Ich habe im Frühjahr eine Beförderung abgelehnt",
            "Zwölf Stunden Flug für ein Meeting von zwanzig Minuten",
            "Das Rechnungstool spricht endlich mit der Bank",
        ],
        "ask": [
            "Das geht euch doch auch so", "Geht’s euch genauso", "Kaffee am Freitag", "Zu früh für ein Urteil",
            "Noch jemand dabei", "Wer kommt nach Leipzig", "Übertrieben", "Alles klar bei euch",
            "Das kennt ihr bestimmt auch", "Und ihr", "Ihr kommt doch auch", "Passt das für euch, oder",
        ],
        "emph": [
            "Schon wieder Montag???", "Ernsthaft??", "Wir haben es wirklich geschafft?!",
            "Ein ganzes Jahr schon???", "Wer hätte das gedacht??", "In einer Stunde ausverkauft??",
            "Vierzig Folien für zehn Minuten???", "Stehende Ovationen??",
        ],
        "words": ["Logistik", "Ehrenamt", "Bäckerei", "Reisen", "Praktikanten"],
        "tail": "Bis bald",
    },
    "es": {
        "say": [
            "El equipo del almacén rehízo la ruta de preparación en un fin de semana",
            "Mi abuela llevó una panadería durante cuarenta años",
            "Plantamos 600 árboles a lo largo del canal",
            "Todo buen proceso empieza como una lista desordenada",
            "Rechacé un ascenso la primavera pasada",
            "Doce horas de avión para una reunión de veinte minutos",
            "La herramienta de facturas por fin habla con el banco",
        ],
        "ask": [
            "¿A ustedes también", "¿Café el viernes", "¿Muy pronto para decirlo", "¿Se apuntan",
            "¿Exagerado", "¿Quién viene a Valencia", "¿Listos para el puente", "¿Les pasa lo mismo",
            "¿Os suena", "¿Y vosotros", "Funciona así, ¿verdad", "¿Alguien más lo nota",
        ],
        "emph": [
            "¿Ya es viernes??", "¿Otra reorganización más???", "¿En serio??", "¡Lo logramos!?",
            "¿Quién lo diría???", "Agotado en una hora??", "¿Cuarenta diapositivas para diez minutos???",
            "¿Una ovación de pie??",
        ],
        "words": ["logística", "voluntariado", "panadería", "viajes", "becarios"],
        "tail": "Hasta pronto",
    },
    "zh": {
        "say": [
            "仓库团队用一个周末重新设计了拣货路线",
            "我奶奶开了四十年面包店，从来没用过电子表格",
            "我们在运河边种了600棵树",
            "每个好流程都是从一张乱糟糟的清单开始的",
            "去年春天我拒绝了一次升职",
            "飞了十二个小时，只为开一个二十分钟的会",
            "开票工具终于能和银行对接了",
        ],
        "ask": [
            "你们也是", "周五喝咖啡", "现在下结论太早了", "还有人一起", "有点夸张",
            "谁来上海", "假期准备好了", "就我一个人这样",
            "你们团队怎么安排的", "这个方法是不是太慢了", "下周几点见", "难道只有我一个",
            "你们有没有试过", "效果还不错，对吧",
        ],
        "emph": [
            "又是周五了??", "真的假的???", "又要重组了??", "一小时就卖完了???", "我们做到了?!",
            "已经三年了??", "四十页幻灯片讲十分钟???", "全场起立鼓掌??",
        ],
        "words": ["物流", "志愿者", "面包店", "出差", "实习生"],
        "tail": "下次见",
    },
}


BANKS = {"fit": _BANK, "heldout": _HELDOUT, "heldout2": _HELDOUT2, "heldout3": _HELDOUT3,
         "heldout4": _HELDOUT4, "fit2": _FIT2}


def _emoji(rng: random.Random, k: int = 1) -> str:
    return "".join(rng.choice(EMOJI) for _ in range(k))


def _sentence(rng: random.Random, lang: str, bank: dict = _BANK) -> str:
    """One statement or question, with the emoji and punctuation LinkedIn posts carry."""
    b = bank[lang]
    zh = lang == "zh"
    end_say = "。" if zh else "."
    if "emph" in b and rng.random() < 0.06:
        # (the fitting bank :data:`_FIT2` alone: the writer's own run of `?`, then an emoji as
        # often as after a question; the other banks draw no number here, so their text is as
        # it was)
        s = rng.choice(b["emph"])
        if rng.random() < 0.25:
            s += rng.choice([" ", " ", "", "\u00a0"]) + _emoji(rng, rng.choice([1, 1, 2]))
        return s
    r = rng.random()
    if r < 0.35:  # a question
        q = rng.choice(b["ask"])
        if zh:
            mark = "？" if rng.random() < 0.7 else "?"
        elif lang == "fr":
            mark = rng.choice([" ?", "\u00a0?", "\u202f?", "?"])
        else:
            mark = "?"
        if lang == "es" and "¿" not in q:  # (a tag asks by itself: `Funciona así, ¿verdad`)
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
    ``bank="heldout"`` draws its sentences from a second bank kept out of any tuning,
    ``bank="heldout2"``, ``bank="heldout3"`` and ``bank="heldout4"`` from a third, a fourth and
    a fifth one written blind (see :data:`_HELDOUT2`, :data:`_HELDOUT3`, :data:`_HELDOUT4`);
    ``bank="fit2"`` from a sixth one written for fitting (:data:`_FIT2`: the writer's own runs
    of ``?``, and questions in a statement's shape)."""
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
