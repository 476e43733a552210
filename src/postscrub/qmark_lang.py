"""What a sentence's language says about whether it asks: the data of the question reader
(:mod:`postscrub.qmark_read`), kept apart from its logic.

Only closed-class words and word order: question words, the auxiliaries and verbs that open a
yes/no question when a subject follows them, subject pronouns, question tags, the words a
clause or an exclamation opens with, sign-off formulas. No content word of any phrase bank:
the reader must judge sentences it has never seen (``benchmarks/qmark_eval.py`` scores it on
banks written blind, ``benchmarks/qmark_read_eval.py`` on the real corpus's own questions).

Per language (``en fr de es pt it nl``):

``wh``         question words that open a question (``what``, ``pourquoi``, ``warum``, ``qué``…)
``aux``        verbs that open a yes/no question by inversion when a subject follows
               (``Do you``, ``Habt ihr``, ``Heb je``); ``aux_alone``: those that open one
               whatever follows (English ``Is``, ``Does``: no statement starts so)
``subjects``   what stands after an inverted verb (pronouns, ``anyone``, determiners)
``second``     second-person pronouns (an intonation question addresses the reader:
               ``Vous aussi``, ``You in``, ``Ihr auch``)
``tags``       question tags after a comma (``…, right``, ``…, n'est-ce pas``, ``…, oder``)
``formulas``   one-word openers that ask on their own in a short sentence (``Thoughts``,
               ``Anyone``)
``clause``     what may follow a question word to make it a clause or an exclamation, not a
               question (``How I…``, ``What a…``, ``When the…``)
``closed``     closed-class words that never are a verb put first (articles, pronouns,
               prepositions, conjunctions, common adverbs), so that a capitalised word before
               a subject pronoun reads as a verb put first (German and Dutch yes/no questions)
``subordinators`` conjunctions that open a dependent clause (``When…, …``, ``Si…, …``)
``imperative`` words that open a command, a statement (``Be``, ``Let's``, ``Seid``)
``exclamative`` question words that make an exclamation when only a noun follows (``Quelle
               année``, ``What a week``)
"""

from __future__ import annotations


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


LANGS: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "wh": _w("what who whom whose why how when where which whats whos hows wheres"),
        "aux": _w("do does did is are was were am can could would should will shall have has had "
                  "may might must isn't aren't wasn't weren't don't doesn't didn't won't wouldn't "
                  "can't couldn't shouldn't haven't hasn't"),
        "aux_alone": _w("is are was were am isn't aren't wasn't weren't does did doesn't didn't has "
                        "hasn't"),
        "subjects": _w("i you we they he she it this that these those there anyone anybody "
                       "someone somebody anything everyone everybody people your our their my his "
                       "her its the a an any"),
        "second": _w("you"),
        "tags": _w("right no eh huh ok okay correct true agreed yeah isn't aren't don't doesn't "
                   "didn't won't wouldn't can't yes"),
        "formulas": _w("thoughts agree anyone anybody really seriously right"),
        "clause": _w("i we you they he she it a an the"),
        "closed": _w(""),
        "subordinators": _w("when if because since while although though once after before "
                            "unless until as"),
        "imperative": _w("be let's lets please never"),
        "exclamative": _w(""),
    },
    "fr": {
        "wh": _w("quoi qui quel quelle quels quelles pourquoi comment combien où quand lequel "
                 "laquelle lesquels lesquelles est-ce"),
        # (their subject `vous` dropped after a lost line break or emoji: `…Avez-vous`)
        "aux": _w("avez êtes"),
        "aux_alone": _w("avez êtes"),
        "subjects": _w(""),
        "second": _w("vous tu toi"),
        "tags": _w("n'est-ce non hein pas vrai oui"),
        "formulas": _w(""),
        "clause": _w(""),
        "closed": _w(""),
        "subordinators": _w("quand si lorsque parce puisque comme"),
        "imperative": _w(""),
        "exclamative": _w("quel quelle quels quelles"),
    },
    "de": {
        "wh": _w("was wer wen wem wessen wie wo wann warum wieso weshalb weswegen welche welcher "
                 "welches welchen welchem woher wohin womit wofür worüber wozu"),
        "aux": _w("ist sind war waren hat haben habt hast wird werden kann können könnt soll "
                  "sollen sollte sollten muss müssen darf dürfen will wollt wollen würde würdet "
                  "würden gibt geht seid bist kennt stimmt"),
        # (German drops a subject or object before them in speech, `War ein tolles Event`,
        # `Bin gespannt`, `Seid nett`; put first before a `?` they ask more often than not,
        # and a question misread costs its real `?`)
        "aux_alone": _w("ist sind war waren hat haben habt hast wird werden kann können könnt soll "
                        "sollen sollte sollten muss müssen darf dürfen wollt würde würdet würden "
                        "gibt geht bist kennt stimmt"),
        # what follows a verb put first in a question besides a pronoun: an article, a
        # possessive, a demonstrative
        "determiners": _w("das der die den dem des ein eine einen einem einer es sie euer eure "
                          "euren dein deine deinen ihr ihre unser unsere dieser diese dieses "
                          "jemand man"),
        # (after a verb put first: `Habt ihr`; `Sie` only after an auxiliary, as `Lesen Sie
        # mehr` is a command; `euch`, `dir`, `dich` only before `das`/`es`: `Kommt euch das…`,
        # where `Meldet euch` is one)
        "subjects": _w("ihr wir du man er jemand ich"),
        "objects": _w("euch dir dich"),
        "second": _w("ihr du euch"),
        "tags": _w("oder nicht ne gell ja stimmt's stimmts"),
        "formulas": _w(""),
        "clause": _w(""),
        "closed": _w(
            "der die das den dem des ein eine einen einem einer eines kein keine ich du er sie es "
            "wir ihr uns euch mir dir mich dich ihm ihn ihnen man mein meine unser unsere euer "
            "eure dein deine sein seine ihre dies diese dieser dieses jeder jede jedes alle "
            "und oder aber denn sondern doch dass ob weil wenn als wie obwohl damit bevor nachdem "
            "seit während bis für mit ohne bei von zu zum zur nach aus auf an in im am um über "
            "unter vor hinter neben zwischen durch gegen trotz dank laut "
            "heute gestern morgen jetzt nun hier dort da dann so auch nur noch schon immer oft "
            "nie deshalb darum trotzdem dafür daher also endlich letzte letzten letztes diesmal "
            "danke vielen herzlichen lieben liebe bitte"),
        "subordinators": _w("wenn als weil obwohl dass ob nachdem bevor"),
        "imperative": _w("seid sei"),
        "exclamative": _w(""),
    },
    "es": {
        "wh": _w("qué quién quiénes cómo cuándo dónde cuál cuáles cuánto cuánta cuántos cuántas "
                 "adónde"),
        "aux": _w(""),
        "aux_alone": _w(""),
        "subjects": _w(""),
        "second": _w("tú usted ustedes vosotros vosotras"),
        "tags": _w("verdad cierto sí vale no"),
        "formulas": _w("alguien"),
        "clause": _w(""),
        "closed": _w(""),
        "subordinators": _w("cuando si porque aunque como mientras"),
        "imperative": _w("sean sed"),
        "exclamative": _w(""),
    },
    "pt": {
        "wh": _w("quem quê qual quais quanto quantos quanta quantas porquê onde quando como"),
        "aux": _w(""),
        "aux_alone": _w(""),
        "subjects": _w(""),
        "second": _w("você vocês tu"),
        "tags": _w("né não certo verdade"),
        "formulas": _w("alguém"),
        "clause": _w(""),
        "closed": _w(""),
        "subordinators": _w("quando se porque embora"),
        "imperative": _w(""),
        "exclamative": _w(""),
    },
    "it": {
        "wh": _w("chi cosa perché perchè come quando dove quale quali quanto quanti quanta quante"),
        "aux": _w(""),
        "aux_alone": _w(""),
        "subjects": _w(""),
        "second": _w("voi tu lei"),
        "tags": _w("vero no giusto"),
        "formulas": _w("qualcuno"),
        "clause": _w(""),
        "closed": _w(""),
        "subordinators": _w("quando se perché anche"),
        "imperative": _w(""),
        "exclamative": _w("che"),
    },
    "nl": {
        "wh": _w("wie wat waarom hoe wanneer waar welke welk waarmee waarover"),
        "aux": _w(""),
        "aux_alone": _w(""),
        # Dutch-only pronouns (`we`, `u`, `ze`, `het`, `er` are English or French words too)
        "subjects": _w("je jij jullie wij zij iemand"),
        "second": _w("jij jullie"),
        "tags": _w("toch niet"),
        "formulas": _w("iemand"),
        "clause": _w(""),
        "closed": _w("de het een ik je jij hij zij wij jullie ze we en of maar want dat omdat "
                     "als dan in op met voor van naar bij door om over nu hier daar ook nog al "
                     "vandaag gisteren morgen dank bedankt"),
        "subordinators": _w("als omdat hoewel wanneer"),
        "imperative": _w(""),
        "exclamative": _w(""),
    },
}

# German verbs that put `es` after them in a question (`Gibt es`, `Geht es`, `Lohnt es sich`);
# elsewhere `es` is Spanish (`Esto es`)
DE_ES_VERBS = _w("gibt geht ist war hat gab wird kann muss soll darf lohnt klingt braucht")

# Chinese: final particles (strong, weak), question words, alternative and A-not-A questions,
# tags
ZH_PARTICLES = frozenset("吗嗎呢么麼")
ZH_WEAK_PARTICLES = frozenset("吧嘛")
ZH_WORDS = ("什么", "怎么", "为什么", "為什麼", "谁", "誰", "哪", "几", "多少", "是否", "有没有",
            "是不是", "难道", "如何", "怎样", "能否", "可否", "对不对", "好不好", "多久", "多长",
            "为何", "何时", "啥", "咋", "能不能", "会不会", "要不要", "可不可以", "对吧",
            "是吧", "行不行")

# Sentence openers of a statement: subject pronouns, possessives, demonstratives, time adverbs
# (strong), and articles (weak: `Un café la semaine prochaine ?` is a question). The detector's
# own rules (qmark) read en fr de es; the reader adds pt it nl.
STATEMENT_OPENERS = frozenset(
    """
    i i'm i've i'll we we're we've our my this these here it it's its today yesterday
    last after over most nobody everyone she he they his her their there
    je j nous notre nos mon ma mes ce cette c il elle ils on hier après aujourd'hui voici
    ich wir unser unsere mein meine heute gestern nach letzten letzte es er
    yo nosotros nuestro nuestra mi mis hoy ayer después esta este estoy estamos
    """.split()
)
STATEMENT_OPENERS_PT_IT_NL = frozenset(
    """
    eu nós nosso nossa meu minha hoje ontem io noi nostro nostra mio mia oggi ieri
    ik wij onze ons mijn vandaag gisteren
    """.split()
)
# Thanks, wishes and congratulations: the formulas that sign a post off, statements (unless a
# question runs on after them: `Danke für die Glückwünsche Stimmt ihr zu`); en fr de es, then
# the reader's pt it nl
SIGN_OFF_FORMULAS = frozenset(
    """
    thanks thank congrats congratulations cheers merci félicitations bravo danke
    glückwunsch herzlichen gracias felicidades enhorabuena
    """.split()
)
SIGN_OFF_FORMULAS_PT_IT_NL = frozenset("obrigado obrigada parabéns grazie complimenti bedankt dank gefeliciteerd".split())

# Question particles of languages the reader knows no more of (closed-class, each a question's
# mark wherever it stands so): Polish `czy` opening the sentence (`Czy ktoś…`), Russian `ли`
# after the sentence's first word or two (`Знаете ли вы`; not `вряд ли`, `едва ли`: "hardly"),
# Turkish `mı`/`mi`/`mu`/`mü` (with their person endings) closing it (`Biliyor musunuz`), and
# Hungarian `-e` hyphened to the verb (`Tudtad-e`)
PL_OPENERS = frozenset(("czy",))
RU_PARTICLES = frozenset(("ли", "ль"))
RU_NOT_ASKING = frozenset(("вряд", "едва"))
TR_PARTICLES = frozenset(
    f"{m}{end}" for m in ("mı", "mi", "mu", "mü") for end in ("", "y", "yım", "yim", "yum", "yüm")
) | frozenset(
    "mısın misin musun müsün mıyız miyiz muyuz müyüz mısınız misiniz musunuz müsünüz mıdır midir mudur müdür "
    "mıydı miydi muydu müydü".split())
# English questions that drop their `do`/`does it` (`Sound familiar`, `Look familiar`, `Ring a
# bell`), and the `any` of a short elliptic one (`Any thoughts`, `Any takers`)
EN_ELLIPTIC_VERBS = frozenset("sound look ring".split())
EN_ELLIPTIC_ANY = frozenset(("any",))
# German modal particles that make a sentence in statement order, its subject the reader
# (`Das kennt ihr sicher auch`, `Du kennst das bestimmt`), ask for agreement
DE_ASKING_PARTICLES = frozenset("doch sicher bestimmt etwa wohl auch".split())

# stressed first-person pronouns: one put before `or` early in a sentence makes it ask whether
# it is the writer or the world (`C’est moi ou…`, `Is it just me or…`, `Bin ich das oder…`)
JUST_ME = frozenset("moi me ich yo io ik eu mí".split())
# Chinese alternative questions: `A还是B` (`咖啡还是茶`), short, `还是` between two terms (not
# `还是很难`: `还是` "still" before an adverb or verb)
ZH_ALTERNATIVE = "还是"
ZH_NOT_ALTERNATIVE = frozenset("很要会得没不有在挺太更觉但可却也都")
