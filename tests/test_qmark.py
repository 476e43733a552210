"""The lost-`?` detector: the hard cases of issue 4 one by one, and its measured quality on a
small simulated corpus (the full table is benchmarks/qmark_eval.py)."""

from __future__ import annotations

import pytest

from postscrub import lossy, qmark


def clean(text: str) -> str:
    prior = qmark.document_prior(text)
    out = []
    for line in text.split("\n"):
        spans = qmark.find_artifacts(line, prior)
        for s, e in reversed(spans):
            line = line[:s] + line[e:]
        out.append(line)
    return "\n".join(out)


LOSSY = "Host of the Podcast ??\n"  # a definite artifact elsewhere in the dump


@pytest.mark.parametrize(
    "line, want",
    [
        ("Who else is noticing? ??", "Who else is noticing?"),
        ('Was I the first?" ??', 'Was I the first?"'),
        ("I help leaders ? Message me", "I help leaders Message me"),
        ("???Host of The Podcast", "Host of The Podcast"),
        ("Servant Leadership.?", "Servant Leadership."),
        ("? ? ? ? ? ?", ""),
        ("you did! ?? ?? ??", "you did!"),
        ("If you don?t know", "If you dont know"),
        ("2?Reactions", "2Reactions"),
        ("真的吗？??", "真的吗？"),
        ("太棒了??", "太棒了"),
        ("你同意吗?", "你同意吗?"),
        ("Why will she get offended?I just told her", "Why will she get offended?I just told her"),
    ],
)
def test_hard_cases_in_a_lossy_dump(line, want):
    assert clean(LOSSY + line).split("\n")[1] == want


@pytest.mark.parametrize(
    "line",
    [
        "Right?? That's the point.",
        "What do you think?",
        "https://www.linkedin.com/in/someone?trk=public_post_feed-actor-name",
        "[Report this post](/uas/login?session_redirect=https%3A%2F%2Fwww)",
        "const label = count > 1 ? \"items\" : \"item\";",
        "SELECT * FROM posts WHERE id = ? AND lang = ?",
        "return user?.name ?? \"anonymous\";",
        "Qu’en pensez-vous ? Et vous ?",
        "Quoi\u00a0? Vraiment\u202f?",
        "What do you think ? Any ideas ?",  # spaced in English: nothing else was lost
        "Fikció a családfában??? Csak óvatosan!",
        "(?) unsure",
    ],
)
def test_real_question_marks_kept_in_a_clean_dump(line):
    assert clean(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "Right?? That's the point.",
        "What do you think?",
        "https://www.linkedin.com/in/someone?trk=public_post_feed-actor-name",
        "const label = count > 1 ? \"items\" : \"item\";",
        "SELECT * FROM posts WHERE id = ? AND lang = ?",
        "Thoughts?",
    ],
)
def test_real_question_marks_kept_in_a_lossy_dump(line):
    assert clean(LOSSY + line).split("\n")[1] == line


def test_french_typography_kept_when_the_dump_is_french():
    text = ("Nous avons lancé notre offre pour les équipes et c’est une réussite ?\n"
            "Qu’en pensez-vous ? Et vous ? Merci à tous pour vos messages, c’est le début.\n"
            "Le leadership ?? est une aventure")
    prior = qmark.document_prior(text)
    assert prior.french and prior.lossy
    assert clean(text).split("\n")[1] == "Qu’en pensez-vous ? Et vous ? Merci à tous pour vos messages, c’est le début."


def test_french_question_after_a_lost_no_break_space():
    """`Vous aussi\u202f?` through GBK: the space became `?`, the question mark is real."""
    text = ("Nous avons lancé notre offre pour les équipes et c’est une réussite ??\n"
            "Vous aussi?? On apprend plus d’un échec que de dix réussites.\n"
            "Merci à tous pour vos messages ??")
    assert clean(text).split("\n")[1] == "Vous aussi? On apprend plus d’un échec que de dix réussites."
    # one `?` per UTF-8 byte: the NBSP left two, the narrow one three
    utf8 = ("Nous avons lancé notre offre pour les équipes et c’est une réussite ????\n"
            "Vous aussi???? On apprend plus d’un échec.\nEt vous??? Merci à tous ????\n"
            "Le début ????")
    assert clean(utf8).split("\n")[1:3] == ["Vous aussi? On apprend plus d’un échec.",
                                             "Et vous? Merci à tous"]


def test_a_lost_inverted_question_mark_needs_a_capital():
    assert qmark.question_cue("?Qué opinan?", 11)
    assert not qmark.question_cue("Notre ??quipe a doublé?", 22)  # a lost `é` (UTF-8)


def test_a_lost_inverted_question_mark_needs_spanish():
    # in Spanish text with no `¿` left, `?Un café` is a lost `¿`; elsewhere a `?` glued before
    # a capital is a lost emoji or bullet, and the sentence is no question
    es = "El equipo creció mucho este año y lo celebramos con todos\n?Nuestro equipo está listo para el cambio?"
    assert qmark.document_prior(LOSSY + es).inverted_lost
    # the lost `¿` goes, the `?` of the question it opened stays
    assert clean(LOSSY + es).endswith("\nNuestro equipo está listo para el cambio?")
    en = "The team grew a lot this year and we celebrated with everyone\n?Our team is ready for the change?"
    assert clean(LOSSY + en).endswith("\nOur team is ready for the change")  # emoji, then emoji
    assert clean(LOSSY + es.replace("?Nuestro", "¿Nuestro").replace("cambio?", "cambio? ?")).endswith(
        "¿Nuestro equipo está listo para el cambio?")
    de = "?Die meisten Projekte scheitern an der Übergabe? ? Mentoring ? Preise"
    assert not qmark.document_prior(LOSSY + de).inverted_lost
    assert not qmark.question_cue(de, de.index("? ?"), spanish=False)
    assert clean(LOSSY + de).split("\n")[1] == "Die meisten Projekte scheitern an der Übergabe Mentoring Preise"
    # a surviving `¿` anywhere means the code page kept it: no `?` is a lost one
    assert not qmark.document_prior("¿Qué opinan? Es la pregunta de los equipos ?Un").inverted_lost


def test_french_is_not_read_as_spanish():
    # `de`, `la`, `en` are French words too: a French dump's `?Nous` is a lost emoji, not `¿`
    fr = ("?Nous avons lanc? notre nouvelle offre de la semaine en ligne et c?est une r?ussite\n"
          "Le mois dernier, la plupart de nos clients en France ont répondu")
    assert not qmark.document_prior(fr).inverted_lost
    assert clean(fr).split("\n")[0] == "Nous avons lanc notre nouvelle offre de la semaine en ligne et cest une russite"


def test_french_short_questions_after_a_space_in_a_lossy_dump():
    text = ("Hier j’ai donné une conférence devant toute l’équipe ?? Merci à tous pour vos messages.\n"
            "Nous avons lancé notre nouvelle offre cette semaine Vous êtes d’accord ??\n"
            "C’est une réussite pour nous\u00a0????")
    lines = clean(text).split("\n")
    # a capitalised `Vous` after a lowercase word opens a sentence: a short question, kept
    assert lines[1] == "Nous avons lancé notre nouvelle offre cette semaine Vous êtes d’accord ??"
    # after a no-break space a French statement's run is its lost emoji
    assert lines[2].rstrip("\u00a0") == "C’est une réussite pour nous"


def test_french_spaced_mark_before_lowercase_is_lost():
    text = ("Hier j’ai donné une conférence devant toute l’équipe ?? Merci à tous pour vos messages.\n"
            "Mon premier manager m’a appris à tout écrire\n"
            "? réussite ? leadership\nMerci ? tous pour vos messages\nVous venez ? Il reste des places")
    lines = clean(text).split("\n")
    assert lines[2:4] == ["réussite leadership", "Merci tous pour vos messages"]
    assert lines[4] == "Vous venez ? Il reste des places"  # French spacing, a capital next: kept


def test_a_no_break_space_before_a_lone_mark_is_french_or_lost():
    english = "Our team grew from 4 to 40 people this year ??\nWe closed our Series A last week\u00a0? What a ride"
    assert clean(english).split("\n")[1].replace("\u00a0", " ").rstrip() == "We closed our Series A last week What a ride"
    french = ("Nous avons lancé notre offre et c’est une réussite pour nous ??\n"
              "Vous êtes d’accord\u00a0? Dites-le dans les commentaires")
    assert clean(french).split("\n")[1] == "Vous êtes d’accord\u00a0? Dites-le dans les commentaires"


def test_a_lost_inverted_mark_does_not_end_its_question_early():
    # `¿Qué opinan?` with `¿` and `é` lost: the `?` after `Qu` runs on in lowercase, so it is the
    # lost letter; the question's own `?` closes it
    es = ("El equipo creci? mucho este a?o y lo celebramos con todos ??\n"
          "?Qu? opinan? Estamos muy contentos con el resultado de la campaña")
    assert clean(es).split("\n")[1] == "Qu opinan? Estamos muy contentos con el resultado de la campaña"


def test_two_marks_per_lost_letter_before_lowercase_are_the_letter():
    # one `?` per UTF-8 byte (`é` -> `??`): a `??` that runs on in lowercase is a lost letter,
    # even inside a question; the question keeps its own `?`
    es = ("Hoy empiezo un nuevo puesto ????\n"
          "??Por qu?? es tan dif??cil? Gracias a todos ????\n"
          "??Un caf?? la pr??xima semana?")
    lines = clean(es).split("\n")
    assert lines[1] == "Por qu es tan difcil? Gracias a todos"
    assert lines[2] == "Un caf la prxima semana?"
    fr = "Merci pour vos messages ????\nR??pondez-vous ?? tous les messages ?"
    assert clean(fr).split("\n")[1].startswith("Rpondez-vous tous les messages")


def test_a_lone_mark_before_lowercase_is_a_lost_symbol():
    # one `?` per character: `2,4 M€ este` -> `2,4 M? este`; a question does not run on in
    # lowercase, but a link may follow it
    es = ("? Nuevo producto este mes\n"
          "Nuestra facturación superó los 2,4 M? este trimestre\n"
          "Which matters more? Excellence or impact? https://example.org/post\n"
          "Sizin ekibiniz ilanları kim yazıyor? hashtag #İşeAlım")
    lines = clean(es).split("\n")
    assert lines[3] == "Sizin ekibiniz ilanları kim yazıyor? hashtag #İşeAlım"  # the feed's label
    assert lines[1] == "Nuestra facturación superó los 2,4 M este trimestre"
    assert lines[2] == "Which matters more? Excellence or impact? https://example.org/post"


def test_a_byline_bullet_after_an_age_is_lost_even_in_a_clean_dump():
    assert clean("12h ? Visible to anyone on or off LinkedIn") == "12h Visible to anyone on or off LinkedIn"


def test_a_question_may_end_in_an_interrobang_where_no_break_spaces_were_lost():
    # `mot?:` shows the dump lost the no-break spaces French puts before `:` `!` `?`; a `?!`
    # after a statement is that lost space, after a question it is the question's
    text = "Le programme est simple?: écrire chaque jour\nC’est fini?! Il était temps\nQui vient ce soir?!"
    lines = clean(text).split("\n")
    assert lines[1] == "C’est fini! Il était temps"
    assert lines[2] == "Qui vient ce soir?!"


def test_a_doubt_in_parentheses_is_no_evidence():
    # `(?)` is written as such: it must not make a per-UTF-8-byte dump look per code point
    utf8 = "a ???? b\n???? c\nd ??? e\n(?) pricing"
    assert qmark.document_prior(utf8).multi_unit


def test_prior_reads_the_whole_document():
    assert not qmark.document_prior("Right?? Sure? Yes.").lossy
    p = qmark.document_prior("Great ?? post\nIt?s here")
    assert p.lossy and p.letters_lost
    utf8 = qmark.document_prior("a ???? b\n???? c\nd ??? e\nf ???? g")
    assert utf8.multi_unit
    # runs of 2 and no lone `?`: emoji sequences lost one code point at a time, not per byte
    per_code_point = qmark.document_prior("a ?? b\n?? c\nd ???? e\nf ?? g")
    assert not per_code_point.multi_unit and per_code_point.lone


def test_no_question_mark_is_created_or_moved():
    for lang in lossy.LANGS:
        text = lossy.generate(lang, 3)
        lo = lossy.degrade(text, "gbk", "utf16")
        out = clean(lo.text)
        assert out.count("?") <= lo.text.count("?")
        assert clean(out) == out or out.count("?") <= lo.n_real + lo.n_artifacts


def test_measured_quality_on_a_small_simulated_corpus():
    """A floor, well under the benchmark's figures: catches a detector that regresses."""
    total = lossy.Counts()
    for lang in lossy.LANGS:
        for i in range(6):
            text = lossy.generate(lang, 1000 + i)
            for unit in lossy.UNITS:
                for codec in ("gbk", "cp1252"):
                    if lang == "zh" and codec != "gbk":
                        continue
                    lo = lossy.degrade(text, codec, unit)
                    total.add(lossy.score(lo, lossy.repair_stage(lo.text)))
    assert total.tp > 1000
    assert total.precision > 0.995
    assert total.recall > 0.99
    assert total.real_kept > 0.98


@pytest.mark.parametrize(
    "line, want",
    [
        # a statement (subject-first opener) ending in a lone `?`: its glued emoji was lost
        ("We closed our funding round last week? Thanks to all", "We closed our funding round last week Thanks to all"),
        ("growth? — product ? 2024", "growth — product 2024"),  # `™ — … © 2024`
        ("Price: 5???", "Price: 5"),  # `5€` one `?` per UTF-8 byte
        ("Nach zehn Jahren wei?? ich eines", "Nach zehn Jahren wei ich eines"),  # a lost `ß`
        # a question glued to a run-on (the emoji between the sentences was lost)
        ("I wrote everything down Where do you find mentors?", "I wrote everything down Where do you find mentors?"),
        # short questions with no question word, and tag questions, keep their `?`
        ("Sound familiar? Worth it?", "Sound familiar? Worth it?"),
        ("It was the best thing ever, right? We also looked", "It was the best thing ever, right? We also looked"),
        # `? ` opening a sentence is the emoji that opened it, not a lost `¿`
        ("??? Great quarter for the team 5???", "Great quarter for the team 5"),
        # an auxiliary third in a sentence does not make it a question (`is` of a statement)
        ("Good documentation is a gift to your future self??? Isn't that the point?",
         "Good documentation is a gift to your future self Isn't that the point?"),
        # ... but a question quoted at the end of one is read on its own
        ('He said "are you sure?" ?? and left', 'He said "are you sure?" and left'),
        # a clause after a comma is a question tag only when it opens like one
        ("Meine erste Chefin hat mir beigebracht, alles aufzuschreiben??? Letzten Monat",
         "Meine erste Chefin hat mir beigebracht, alles aufzuschreiben Letzten Monat"),
        # a term list that lost its `™` and its dash
        ("mentoría??? ??? escritura ?? 2024", "mentoría escritura 2024"),
        # a short question run on after a statement keeps its emphasis
        ("Pricing is a product decision Sound familiar?? ???? Next",
         "Pricing is a product decision Sound familiar?? Next"),
        # a list of terms whose `™` and separators were lost: a lone glued `?` too, and a
        # capitalised (German) term; not a short question before its lost emoji and a sentence
        ("mentoring? ? pricing ? 2024", "mentoring pricing 2024"),
        ("Preise??? ??? Schreiben ?? 2024", "Preise Schreiben 2024"),
        ("You in?? ?? Yesterday I gave a talk", "You in?? Yesterday I gave a talk"),
        ("Your shop, right?? - No, my research", "Your shop, right?? - No, my research"),
        # a statement that ends in a lost emoji, then a lost bullet and a lowercase term
        ("Data without context is just noise? ? career", "Data without context is just noise career"),
        # an enumeration after a colon is no question; a choice offered is one
        ("Three things I learned: patience, focus ?", "Three things I learned: patience, focus"),
        ("What matters most: reliability, guardrails, or observability?",
         "What matters most: reliability, guardrails, or observability?"),
        # a token of nothing but lost characters and the marks of a word or of emphasis
        ("their business problem. ?? ?-???? ??????? ????", "their business problem."),
        ("- **??**: www.linkedin.com", "-: www.linkedin.com"),
        # a question word glued to the sentence before (a flattened page lost the space)
        ("Experience: 5+ yearsAre you from the retail industry and looking to grow?We’re hiring",
         "Experience: 5+ yearsAre you from the retail industry and looking to grow?We’re hiring"),
        # the footer's list of languages, a letter lost before the English name
        ("Dansk (Danish) Deutsch (German) Ελληνικ?? (Greek) English (English)",
         "Dansk (Danish) Deutsch (German) Ελληνικ (Greek) English (English)"),
        # a link's text runs on past a lone `?`: a lost letter; a question in a title is kept
        ("[![Andr? Vidal, graphic]()](https://example.com/in/andre)", "[![Andr Vidal, graphic]()](https://example.com/in/andre)"),
        ("[Why do projects fail? A field study](https://example.com/a)", "[Why do projects fail? A field study](https://example.com/a)"),
        # a short phrase whose quotes were both lost, the sentence going on; a question's end
        # before a capital is no closing quote
        ("This is what ?hard year? means for a team", "This is what hard year means for a team"),
        ("Was hat euch im ersten Job am meisten ?berrascht? Mit GitHub geht es",
         "Was hat euch im ersten Job am meisten berrascht? Mit GitHub geht es"),
        # a query string keeps its `?` even where the URL before it is broken
        ("someone_leve de fonds-activity-7275213252?utm_source=share&trk=x",
         "someone_leve de fonds-activity-7275213252?utm_source=share&trk=x"),
        # a quoted question whose quotes were both lost: its own `?` stands between them
        ("A client asked me ?why now?? and I had no answer", "A client asked me why now? and I had no answer"),
        ("A client asked me ???why now???? and I had no answer", "A client asked me why now? and I had no answer"),
        ("你花了多久才敢第一次提加薪?", "你花了多久才敢第一次提加薪?"),  # 多久: how long
        # `?` then CJK: a sentence ends there even without a space (the cue is the next one's)
        ("你会选哪一个?上个月我们的客服响应速度提高了一倍???", "你会选哪一个?上个月我们的客服响应速度提高了一倍"),
    ],
)
def test_sentence_shape_in_a_lossy_dump(line, want):
    assert clean("Servant Leadership.? Host ??\n" + line).split("\n")[1] == want


def test_statement_shape_scores():
    assert qmark._statement("We just shipped the new onboarding flow?", 39) > 1
    assert qmark._statement("Coffee next week?", 16) < 0
    assert qmark._statement("…solutions failing to solve real problems?", 41) == 0  # a fragment
    # a proper noun in the middle weakens the opener: not enough to remove a lone `?`
    assert qmark._statement("Yesterday I talked at a conference Coffee next week?", 51) == 1


@pytest.mark.parametrize("bank, floor", [
    ("heldout", (0.995, 0.995, 0.965)),
    # written blind, and its errors never looked at: the honest measure (raise, never lower)
    ("heldout3", (0.993, 0.996, 0.955)),
    # the fifth bank, written blind in the fourth session; its errors are not looked at either.
    # (Lowered from 0.991/0.945 when the floors moved from the detector's one pass to the repair
    # stage that ships, whose later rounds judge changed lines again: 0.9909/0.9421 here; then
    # to 0.9896/0.9339 when the stage came to judge under the repaired text's own prior, so
    # that repairing twice changes nothing. Raised from 0.989/0.975/0.930 when the simulator
    # kept `€` for the UTF-16 programs, as Windows' code page 936 does, and a spaced `?` ending
    # a statement's line went even in a clean dump: 0.9922/0.9866/0.9504 here.)
    ("heldout4", (0.991, 0.985, 0.948)),
])
def test_held_out_banks_keep_their_floor(bank, floor):
    """Floors (precision, recall, real `?` kept) on banks the rules were not written from:
    a change that buys one bank's figures with another's fails here."""
    total = lossy.Counts()
    for lang in lossy.LANGS:
        for i in range(6):
            text = lossy.generate(lang, 2000 + i, bank=bank)
            for unit in lossy.UNITS:
                lo = lossy.degrade(text, "gbk", unit)
                total.add(lossy.score(lo, lossy.repair_stage(lo.text)))
    assert total.tp > 500
    assert total.precision > floor[0] and total.recall > floor[1] and total.real_kept > floor[2]


def test_what_the_prior_remembers_of_urls_and_code_changes_no_decision():
    # the prior notes which runs sit in a URL or code; the per-run decision reuses that, and
    # must decide the same with nothing noted (another document's prior, or none)
    text = ("Read more ?? https://example.org/p?id=3&x=?\nx = a ? b : c\nwhat now? ??\n"
            "Done ?? see https://lnkd.in/abc?trk=feed")
    lines = text.split("\n")
    prior = qmark.prior_for(lines)
    with_notes = [qmark.find_artifacts(line, prior) for line in lines]
    qmark.document_prior("another? document ?? https://x.org/?q=1")
    assert [qmark.find_artifacts(line, prior) for line in lines] == with_notes
    qmark._PROTECTED.clear()
    assert [qmark.find_artifacts(line, prior) for line in lines] == with_notes
    assert with_notes[0] == [(9, 12)] and with_notes[1] == []  # the URL's and the code's `?` stay


def test_a_spaced_run_after_a_quote_that_closed_its_sentence_is_lost():
    # French spaces its `?`, but a quote that closes a sentence already ended inside it
    # (`first?"`, `maintenant ? »`) is no sentence for a spaced `?` to end: a lost emoji
    text = ("Nous avons lancé notre offre et c’est une réussite pour nous ??\n"
            'Was I the first?" ?\n'
            "Il m’a demandé « pourquoi maintenant ? » ?\n"
            "Il m’a demandé « pourquoi maintenant » ?")
    lines = clean(text).split("\n")
    assert lines[1] == 'Was I the first?"'
    assert lines[2] == "Il m’a demandé « pourquoi maintenant ? »"
    assert lines[3] == "Il m’a demandé « pourquoi maintenant » ?"  # the `?` of the sentence


def test_a_question_quoted_in_spaced_guillemets_is_a_question():
    # French sets its guillemets off with a (no-break) space inside: the quoted question is
    # read on its own, as with a glued opening quote
    text = ("Nous avons lancé notre offre et c’est une réussite pour nous.?\n"
            "Mon manager m’a demandé « comment tu vas faire ? » et je n’avais pas de réponse.\n"
            "Mon manager m’a demandé «\u00a0comment tu vas faire\u00a0? » et je n’avais rien.")
    lines = clean(text).split("\n")
    assert lines[1:] == text.split("\n")[1:]


def test_a_french_imperative_opens_a_statement():
    # a verb in `-ez` first, no pronoun after it, gives an order, not a question: the spaced `?`
    # after it is its lost emoji; with the pronoun after it (`Savez-vous`) it asks
    text = ("Nous avons lancé notre offre et c’est une réussite pour nous.?\n"
            "Soyez bienveillants avec les recruteurs ?\n"
            "Savez-vous ce que vos clients pensent vraiment ?")
    lines = clean(text).split("\n")
    assert lines[1] == "Soyez bienveillants avec les recruteurs"
    assert lines[2] == "Savez-vous ce que vos clients pensent vraiment ?"
    assert qmark._statement("Arrêtez de recruter des profils qui vous ressemblent?", 52) == 2


def test_a_sentence_that_comes_back_in_the_dump_is_judged_by_its_other_endings():
    # a sign-off that ends once with no `?`: the lone `?` glued to it elsewhere is a lost emoji
    said = LOSSY + "Thanks to everyone for the kind messages?\nSee you soon.\nThanks to everyone for the kind messages.\n"
    assert clean(said).splitlines()[1] == "Thanks to everyone for the kind messages"
    # a question with no question word, always followed by a `?`, once a single glued one
    asked = LOSSY + "Sound familiar to all of you??? Yes.\nSound familiar to all of you? Maybe.\n"
    prior = qmark.document_prior(asked)
    assert "Sound familiar to all of you" in prior.asked
    assert clean(asked).splitlines()[2] == "Sound familiar to all of you? Maybe."


def test_a_spanish_quoted_question_keeps_its_mark_where_letters_were_lost():
    # `me preguntó «¿y por qué ahora?»` through ASCII: `«¿` -> `??`, `?»` -> `??`, and the lost
    # `é` of `qué` cuts the sentence the quote is read from
    es = ("Una clienta me pregunt? ??y por qu? ahora?? y no supe qu? responder.\n"
          "?Qu? opinan de esto? La mayor?a de los equipos no lo sabe, y es normal.\n")
    assert "ahora? y no supe" in clean(es)


def test_a_letter_lost_at_a_words_edge_in_a_dump_that_lost_letters():
    # a list of terms whose `™`, dashes and accented letters were all lost
    terms = LOSSY + "Notre ?quipe a doubl? cette ann?e.\ncarri?re? ? r?ussite ? 2024 ? 5?\n"
    assert clean(terms).splitlines()[2] == "carrire russite 2024 5"
    # a lost letter before a hyphen: no question mark glues on to the next word
    hyphen = LOSSY + "Notre ?quipe a doubl? cette ann?e.\nthe privileging of P?keh?-centred narratives\n"
    assert "Pkeh-centred" in clean(hyphen)


def test_four_marks_per_utf8_byte_after_an_undecided_sentence_are_one_emoji():
    utf8 = "Host of the Podcast ????\n???? Big news\nDone ??? today\n"
    line = "Great teams ship small changes often????"
    assert qmark.document_prior(utf8 + line).multi_unit
    assert clean(utf8 + line).splitlines()[-1] == "Great teams ship small changes often"


def test_a_brand_name_closing_a_statement_is_no_run_on():
    # `…j’ai fondé BrightLoop 🚀` through one `?` per code point: the name is the statement's
    # last word, not the start of a short question run on
    assert qmark._statement("Aujourd’hui, cela fait cinq ans que j’ai fondé BrightLoop ?", 57) == 2


def test_a_lone_mark_after_chinese_is_real_where_each_utf8_byte_left_one():
    utf8 = "我们的团队 ???? 今天\n???? 新的开始\n完成了 ??? 任务\n"
    line = "是我想多了? 我的导师教会了我很多"
    assert qmark.document_prior(utf8 + line).multi_unit
    assert clean(utf8 + line).splitlines()[-1] == line


def test_thanks_and_wishes_are_statements_unless_a_question_runs_on():
    assert qmark._statement("Merci de m’avoir lu ????", 20) == 2
    assert qmark._statement("Danke für die vielen Glückwünsche Stimmt ihr zu???", 47) < 2


def test_farewells_and_wishes_are_statements():
    assert qmark._statement("À la semaine prochaine ????", 23) == 2
    assert qmark._statement("Bon week-end à toutes et à tous ?", 32) == 2
    assert qmark._statement("À la fin, qui gagne vraiment ?", 29) < 2  # `À la` alone asks too


def test_a_question_that_goes_on_in_lowercase_past_a_lost_final_letter():
    fr = LOSSY + ("Notre ?quipe a doubl? cette ann?e.\n"
                  "Pourquoi mesure-t-on encore la productivit? en heures ?\n"
                  "Avez-vous d?j? quitt? un poste sans rien en vue ?\n")
    out = clean(fr).splitlines()
    assert out[2] == "Pourquoi mesure-t-on encore la productivit en heures ?"
    assert out[3] == "Avez-vous dj quitt un poste sans rien en vue ?"


def test_a_french_spaced_lost_letter_inside_a_question_that_goes_on():
    fr = LOSSY + ("Notre ?quipe a doubl? cette ann?e, et nous sommes tr?s fiers de vous.\n"
                  "R?pondez-vous ? tous les messages de recruteurs ?\n")
    assert clean(fr).splitlines()[2] == "Rpondez-vous tous les messages de recruteurs ?"


def test_a_question_word_before_its_subject_is_a_headline_not_a_question():
    # English asks with the auxiliary after the question word (`How do I`); with the subject
    # right after it, it is a headline or a clause, and its `??` an emoji lost after it
    assert not qmark.question_cue("Webinar recap: How I Moved Our Billing to Stripe", 48)
    assert not qmark.question_cue("What we learned shipping every week", 35)
    assert qmark.question_cue("How do I move our billing", 25)
    assert qmark.question_cue("What do we learn from it", 24)
    lossy_dump = LOSSY + "Webinar recap: How I Moved Our Billing to Stripe??\n"
    # (the question reader reads the headline as a statement: both `?` go, where the first was
    # once kept as undecided)
    assert clean(lossy_dump).splitlines()[1] == "Webinar recap: How I Moved Our Billing to Stripe"


def test_three_marks_per_utf8_byte_after_a_short_sentence_are_one_lost_symbol():
    # one `?` per UTF-8 byte: a lost `✅` leaves three; a question's own `?` and an emoji after
    # it would leave four or five
    utf8 = "Host of the Podcast ????\n???? Big news\nDone ??? today\nShip it ????\n???? Go\n"
    line = "Pure focus???"
    prior = qmark.document_prior(utf8 + line)
    assert prior.multi_unit and prior.utf8
    assert clean(utf8 + line).splitlines()[-1] == "Pure focus"
    # where a run of two was lost too, an emoji sequence may have left it: one `?` per code
    # point, and `Pure focus?🙌🏽` is a question and its emoji
    codepoint = utf8 + "Great news ?? today\n"
    assert not qmark.document_prior(codepoint + line).utf8
    assert clean(codepoint + line).splitlines()[-1] == line


def test_no_sentence_ends_on_an_article():
    # `As a🎯 Senior…`, a preview cut at `the…`: a question never ends on `a` or `the`
    out = clean(LOSSY + "As a?? Senior Product Manager I lead the team\nWe keep repeating the?\n")
    assert out.splitlines()[1:3] == ["As a Senior Product Manager I lead the team", "We keep repeating the"]
    # `an` ends German questions (a separable prefix), `a` French ones (`avoir`); a lost letter
    # inside a word may leave `an` or `a` after a `?`
    assert clean(LOSSY + "Wie kommt das bei euch an?\n").splitlines()[1] == "Wie kommt das bei euch an?"
    fr = "Notre ?quipe a doubl? cette ann?e, et nous sommes tr?s fiers de vous.\n"
    assert clean(LOSSY + fr + "Qu’est-ce qu’il y a?\n").splitlines()[2] == "Qu’est-ce qu’il y a?"
    assert clean(LOSSY + "¿Cuál elegir?an?\n").splitlines()[1].endswith("an?")


def test_a_lone_spaced_mark_is_kept_as_utf8_bytes_only_where_the_dump_surely_is():
    # runs of two and more only, but a run of two where no letter was lost: an emoji sequence
    # lost one `?` per code point, so a lone `?` can be a lost symbol too
    dump = "Host of the Podcast ????\n???? Big news\nDone ??? today\nGreat ?? news\n"
    prior = qmark.document_prior(dump + "I help leaders ? Message me")
    assert prior.multi_unit and not prior.utf8
    assert clean(dump + "I help leaders ? Message me").splitlines()[-1] == "I help leaders Message me"
    utf8 = "Host of the Podcast ????\n???? Big news\nDone ??? today\nShip it ????\n???? Go\n"
    assert clean(utf8 + "I help leaders ? Message me").splitlines()[-1] == "I help leaders ? Message me"


def test_a_question_may_run_on_with_a_conjunction_or_thanks():
    # `…the SDLC? especially in…`, `…attendance? thanks!`: the writer asked and went on in
    # lowercase; a lost letter or symbol is not followed by `but`, `or`, `especially`, `thanks`
    letters = LOSSY + "If you don?t know, ask.\n"
    for line in ("It all hinges on oversight in the SDLC? especially in healthcare",
                 "Any way to expand the virtual attendance? thanks!",
                 "Not just whether the agent can act? but whether it may"):
        assert clean(letters + line).splitlines()[-1] == line
    # (a lost letter or apostrophe before another word still goes: `girls? education`)
    assert clean(letters + "We promote girls? education here").splitlines()[-1] == "We promote girls education here"


def test_a_curly_apostrophe_lost_per_utf8_byte_is_evidence():
    # `you’re` through one `?` per UTF-8 byte: three `?` between a word and its contraction's
    # tail; nothing else in the dump need be lost for it to go
    text = "So you???re telling me nobody reads it\nIt was the best decision I???ve made\n"
    assert qmark.document_prior(text).lossy
    assert clean(text).splitlines() == ["So youre telling me nobody reads it", "It was the best decision Ive made"]
    # (three glued to any other lowercase word are not read so)
    assert not qmark.document_prior("Really???no way\n").lossy


def test_a_spaced_mark_between_a_statement_and_a_capital_is_lost_even_in_a_clean_dump():
    # `Sales Manager – Latin America` through latin-1: nothing else in the dump was lost, but a
    # spaced `?` is English typography only after a sentence that asks
    text = "We are Hiring: Sales Manager ? Latin America\nLocation: Systems HQ ? Deerfield Beach, USA\n"
    assert not qmark.document_prior(text).lossy
    assert clean(text).splitlines() == ["We are Hiring: Sales Manager Latin America",
                                        "Location: Systems HQ Deerfield Beach, USA"]
    assert clean("What do you think ? Any ideas ?") == "What do you think ? Any ideas ?"


def test_three_marks_after_a_question_where_the_dump_loses_characters_as_two():
    # elsewhere in the dump lost emoji left `??` (two code points, or a surrogate pair): after
    # a question, three are its `?` and such an emoji; one stays
    paired = "Launch day ?? we did it\nBig news ?? team grew\nWho else is noticing??? Tell me"
    lines = paired.split("\n")
    prior = qmark.prior_for(lines)
    assert prior.pairs
    assert qmark.find_artifacts(lines[2], prior) == [(21, 23)]
    # where lost characters left one `?` each, `??` and a lost symbol is as likely: one goes
    # (right for `??` and the symbol, one of two for `?` and two lost emoji), a doubled `??` stays
    single = "Launch day ? we did it\nBig news ? team grew\nWho else is noticing??? Tell me"
    lines = single.split("\n")
    prior = qmark.prior_for(lines)
    assert not prior.pairs
    assert qmark.find_artifacts(lines[2], prior) == [(22, 23)]
    # nor in French, where the lost no-break space comes before a real `??`
    french = ("Le lancement est fait ?? vraiment\nNous avons une équipe ?? super\n"
              "Est-ce que vous êtes d'accord??? Dites-moi")
    lines = french.split("\n")
    prior = qmark.prior_for(lines)
    assert 2 not in [e - s for s, e in qmark.find_artifacts(lines[2], prior)]


def test_a_sentence_always_followed_by_a_mark_is_no_question_where_a_lost_run_and_lowercase_follow():
    # the statement lost its emoji in every copy (one `?` here, two there): it reads as "always
    # asked", but `week? ? delivery` goes on past another lost run in lowercase: no question
    text = ("Shipping small beats shipping perfect every week?\nnotes\n"
            "Shipping small beats shipping perfect every week??\nmore ?? here\n"
            "Shipping small beats shipping perfect every week? ? delivery")
    lines = text.split("\n")
    prior = qmark.prior_for(lines)
    assert "shipping perfect every week" in prior.asked
    assert qmark.find_artifacts(lines[4], prior) == [(48, 51)]
    # the same sentence before a capital is still judged a question, as before
    assert qmark.find_artifacts("Shipping small beats shipping perfect every week? ? Delivery", prior) == [(49, 51)]


def test_a_french_statement_ending_its_line_on_a_spaced_lone_mark_lost_its_emoji():
    # a French dump's spaced lone `?` are no evidence (its questions are so spaced): no lone
    # artifact is seen, yet a sentence that opens as a statement and ends the line on ` ?`
    # lost its emoji; the short questions around it keep theirs
    text = ("Nous avons lancé notre nouvelle offre pour les équipes de vente ?\n"
            "C'est une belle étape pour nous et pour vous ??? merci\n"
            "Vous aussi ?\nQuoi de neuf dans vos équipes ?")
    lines = text.split("\n")
    prior = qmark.prior_for(lines)
    assert prior.french and not prior.lone and not prior.multi_unit
    assert qmark.find_artifacts(lines[0], prior) == [(63, 65)]
    assert qmark.find_artifacts(lines[2], prior) == []
    assert qmark.find_artifacts(lines[3], prior) == []


def test_a_lone_mark_before_a_lost_bullet_and_the_line_s_last_term_is_lost():
    # `…together? ? Gratitude`: a sentence that asks nothing, then a lost run and one or two
    # words to the line's end (a topic after a lost bullet): its `?` is a lost emoji too;
    # before a sentence (`Tell me more`) a question's `?` stays
    text = ("Big launch ? done\nFive years of building products together? ? Gratitude\n"
            "Any plans for the weekend? ? Tell me more")
    lines = text.split("\n")
    prior = qmark.prior_for(lines)
    assert qmark.find_artifacts(lines[1], prior) == [(40, 43)]
    assert qmark.find_artifacts(lines[2], prior) == [(26, 28)]
    # nor a short question with no question word (`Coffee next week`), nor a fragment
    # (`noticing? ?? ok`: a question and its lost emoji)
    assert qmark.find_artifacts("Coffee next week? ? Sure", prior) == [(17, 19)]
    assert qmark.find_artifacts("noticing? ? ok", prior) == [(9, 11)]


def test_a_statement_ending_its_line_on_a_spaced_lone_mark_is_lost_even_in_a_clean_dump():
    # nothing else in the dump was lost, so a spaced `?` may be a writer's English typography,
    # but only after a sentence that asks: a statement that ends its line on ` ?` lost its
    # emoji (`Thanks for sharing this with the team 🙏`, `See you at the summit next week 👋`)
    text = "Thanks for sharing this with the team ?\nOur new office opens in Lisbon next month ?\n"
    assert not qmark.document_prior(text).lossy
    assert clean(text).splitlines() == ["Thanks for sharing this with the team",
                                        "Our new office opens in Lisbon next month"]
    # a question so spaced keeps its mark, with a question word or as a short question
    for line in ("What do you think ?", "Would you join us ?", "Any ideas ?", "Sound familiar ?"):
        assert clean(line) == line


def test_a_list_of_terms_with_lost_letters_after_a_colon_is_no_question():
    # where the dump lost letters, a list of terms after a colon still reads as one
    # (`…mes ?quipes: r?ussite, carri?re 👍`): the spaced lone `?` after it is the lost emoji;
    # after a clause that asks (`Quelles priorités pour vous: …`) it stays a question's mark
    text = ("Nous avons lanc? notre offre ? Merci ? tous\n"
            "Le bilan de l'ann?e ?tait bon ?Bravo\n"
            "J'ai beaucoup appris au contact de mes ?quipes: r?ussite, carri?re ?\n"
            "Ce que nous retenons: ?quipe, strat?gie ?")
    lines = text.split("\n")
    prior = qmark.prior_for(lines)
    assert prior.letters_lost and prior.lone
    assert (66, 68) in qmark.find_artifacts(lines[2], prior)
    assert (39, 41) in qmark.find_artifacts(lines[3], prior)
    asks = "Quelles priorit?s pour vous: r?ussite, carri?re ?"
    assert (47, 49) not in qmark.find_artifacts(asks, prior)


def test_the_question_reader_decides_a_lone_mark_after_a_wish_and_after_a_verb_first_question():
    # In a dump that lost characters as lone `?`, a lone `?` after a sentence the reader finds
    # a statement (a wish: `Have a…`, not `Have you…`) is its lost emoji; one after a question
    # with its verb put first (`Nutzt ihr…`, no question word) is the writer's.
    doc = ("We moved offices ? Great start\nMy sister got married ? so proud\n"
           "Have a lovely holiday, everyone?\nNutzt ihr noch Excel?\n")
    removed_at = [s for s, e in qmark.find_artifacts_in_text(doc)]
    assert any(doc[s - 8 : s] == "everyone" for s in removed_at)
    assert not any(doc[s - 5 : s] == "Excel" for s in removed_at)


def test_an_exclamation_or_a_headline_clause_is_no_question():
    # `Quelle semaine`, `What a launch` exclaim, `How we…` heads a post: the question reader
    # reads them as statements, so the run after them is all lost emoji (one `?` per UTF-8
    # byte, or per UTF-16 unit: `👍` is four `?` or two), not a question's mark and its emoji
    text = "Quelle semaine👍\nNous avons déménagé 🎉 hier\nMerci à toute l’équipe ✨\nWhat a launch👍"
    for unit in ("utf8", "utf16"):
        lo = lossy.degrade(text, "gbk", unit)
        c = lossy.score(lo, qmark.find_artifacts_in_text(lo.text))
        assert (c.fp, c.fn) == (0, 0), unit
    assert qmark._statement("What a week?", 11) == 2
    assert qmark._statement("When the dust settles?", 21) == 2
    assert qmark._statement("How we moved our billing to a new provider?", 43) == 2


def test_a_long_run_after_a_sentence_the_reader_is_sure_states_is_all_lost():
    # a formula of thanks the reader is sure states (`Danke für…`), closed by four `?` in a dump
    # that lost letters: all four are an emoji's, where the first was kept as undecided (the
    # lost letter of its last word made its shape no statement's)
    dump = "Das Team w?chst weiter ?\nDanke f?r die sch?nen W?nsche????\n"
    assert clean(dump).splitlines()[1] == "Danke fr die schnen Wnsche"
    # a question keeps its own `?` before such a run
    dump = "Das Team w?chst weiter ?\nKommt ihr morgen auch????\n"
    assert clean(dump).splitlines()[1] == "Kommt ihr morgen auch?"


def test_a_letter_lost_inside_a_question_that_goes_on_to_its_mark_is_removed_whole():
    # one `?` per UTF-8 byte: `d??j??` lost its two accented letters, inside a question that
    # goes on in lowercase to its own `?`; its last `??` is no question's end (nothing of it kept)
    text = "Notre ?quipe a grandi cette ann?e ?\nAvez-vous d??j?? quitt?? un poste sans pr??avis??? Le caf?? est offert."
    spans = qmark.find_artifacts_in_text(text)
    out = list(text)
    for s, e in sorted(spans, reverse=True):
        del out[s:e]
    assert "".join(out).split("\n")[1].startswith("Avez-vous dj quitt un poste")


def test_a_spanish_question_in_a_french_dump_keeps_its_doubled_mark():
    # a dump French by its words (its lost no-break space before `?` leaves `Vous aussi??`)
    # holds a question opened by `¿` (or, where its `¿` were lost, by the `?` glued to a capital
    # it became): no Spanish writer sets off their `?` with a space, so `¿Qué opinan??` is the
    # writer's own `??`, both kept
    text = ("Nous avons lancé une offre pour les équipes de vente, et c'est une belle étape pour nous ?\n"
            "Merci à tous pour vos messages ??? et à bientôt\n"
            "Esta semana lanzamos el nuevo producto ¿Qué opinan?? Gracias a todos\n"
            "Quoi de neuf dans vos équipes ?\nVous aussi??")
    lines = text.split("\n")
    prior = qmark.prior_for(lines)
    assert prior.french_words and prior.lossy
    assert qmark.find_artifacts(lines[2], prior) == []
    assert qmark.find_artifacts(lines[4], prior) == [(10, 11)]
    assert qmark._opened_by_inverted("producto ?Qu? opinan", True)
    assert not qmark._opened_by_inverted("producto ?Qu? opinan", False)
    assert not qmark._opened_by_inverted("Lequel choisiriez-vous", True)


def test_a_plurals_possessive_that_lost_its_apostrophe():
    # the dump lost its apostrophes as one `?` each (`don?t`, `it?s`): `Writers? Guild` is a
    # plural's possessive, its apostrophe lost; a question before the next sentence keeps its `?`
    dump = "We don?t know yet, it?s early ??\n"
    assert clean(dump + "The Writers? Guild met on Friday").split("\n")[1] == "The Writers Guild met on Friday"
    assert clean(dump + "Who else tracks their wins? Tell me").split("\n")[1] == "Who else tracks their wins? Tell me"
    # no apostrophe lost elsewhere: nothing says this `?` is one
    assert clean("Host ??\nThe Writers? Guild met on Friday").split("\n")[1] == "The Writers? Guild met on Friday"


@pytest.mark.parametrize("line, want", [
    # a lost letter set off by spaces (`à` -> ` ? `) does not end the sentence: read whole, it
    # opens as a farewell or a thanks, and the `?` that closes the line is its lost emoji
    ("Bonne semaine ? toutes et ? tous ?", "Bonne semaine toutes et tous"),
    ("Merci ? toutes et ? tous pour vos messages ?", "Merci toutes et tous pour vos messages"),
    # ... while a question keeps its own `?`
    ("Qui vient ? la f?te ? Dites-le ?", "Qui vient la fte ? Dites-le ?"),
])
def test_a_spaced_lost_letter_does_not_cut_the_sentence(line, want):
    assert clean("L??quipe a d?j? fini ??\n" + line).split("\n")[1] == want


def test_three_after_a_question_where_a_lost_character_leaves_one():
    # the dump's lost characters left one `?` each (`news ? we`), and three side by side
    # (`???Launch`): three after a question are its own `?` and two lost emoji; two are still
    # kept (`Right??` is emphasis)
    dump = "Big news ? we moved.\n???Launch day\n"
    assert clean(dump + "Who is joining us in Porto??? See you there").split("\n")[2] == (
        "Who is joining us in Porto? See you there")
    assert clean(dump + "Who is joining us in Porto??").split("\n")[2] == "Who is joining us in Porto??"
    # ... not in a dump that lost nothing
    assert clean("Who is joining us in Porto??? See you there") == "Who is joining us in Porto??? See you there"


def test_a_greeting_alone_before_a_spaced_lost_emoji_is_no_question():
    # invented: a newsletter's greeting whose waving hand was lost to one `?` after a space,
    # in a dump whose other lost emoji closed statements
    dump = "Hello everyone ?\nWe shipped the new rota this week ?\nThe night team loved it ?\n"
    assert clean(dump).split("\n")[0] == "Hello everyone"
    # a one-word greeting may ask (`Hello?`): kept
    assert qmark._statement("Hello ?", 6) < 1


def test_a_chinese_sentence_asked_with_a_fullwidth_mark_elsewhere_keeps_its_ascii_one():
    # Chinese has no spaces to count a sentence's last words by: it is known by its last
    # characters. Where the same sentence ends elsewhere in the dump with a full-width `？` (no
    # lost character), it asks, and the ASCII `?` after it is the writer's; where it ends with
    # `。`, the `?` after it is what an emoji left
    dump = "?? 新产品上线了\n下个月我们去杭州开会?大家一起来\n下个月我们去杭州开会。\n"
    asked = "团队会议改到下午了？\n"
    assert clean(dump + "团队会议改到下午了?新的排期马上发\n" + asked).split("\n")[3] == "团队会议改到下午了?新的排期马上发"
    assert clean(dump + "团队会议改到下午了???新的排期马上发\n" + asked).split("\n")[3] == "团队会议改到下午了?新的排期马上发"
    assert clean(dump + "团队会议改到下午了?新的排期马上发\n" + asked).split("\n")[1] == "下个月我们去杭州开会大家一起来"


def test_a_clause_opened_by_a_lost_capital_is_read_alone():
    # the statement before lost its end mark, and `Ça` its `Ç` (GBK, ASCII): the lost letter
    # after a lowercase word opens a new clause, and that clause asks
    dump = "?? Bilan du trimestre\nNous avons terminé le trimestre plus tôt que prévu ?a vous étonne"
    assert clean(dump + "?\n").split("\n")[1].endswith("prévu a vous étonne?")
    assert clean(dump + "??\n").split("\n")[1].endswith("prévu a vous étonne?")
    # ... one `?` per UTF-8 byte: the lost `Ç` left two
    dump8 = "???? Bilan du trimestre\nNous avons terminé le trimestre plus tôt que prévu ??a vous étonne"
    assert clean(dump8 + "?\n").split("\n")[1].endswith("prévu a vous étonne?")


def test_a_chinese_sentence_that_ends_with_one_ascii_mark_each_time_asks():
    # no full-width `？` after it anywhere, but each time one glued `?` and never a `。`: the
    # writer's ASCII question mark (not a short term, `远程办公? — 远程办公 ?`, a lost `™`)
    dump = "?? 新产品上线了\n"
    line = "下周的会议改到线上开?团队都在讨论\n"
    again = "下周的会议改到线上开?\n"
    assert clean(dump + line + again).split("\n")[1] == "下周的会议改到线上开?团队都在讨论"
    assert clean(dump + "远程办公? — 远程办公 ? 2024\n").split("\n")[1] == "远程办公 — 远程办公 2024"


def test_three_after_a_question_lose_one_where_no_rule_says_two_were_lost():
    # the dump lost one character as one `?` (`team ? we`), none side by side, none as two:
    # three after a question are the writer's `??` and a lost emoji, or its `?` and two lost
    # ones, more often than its own `???`: one goes, a doubled `??` stays
    dump = "Big news from the team ? we shipped it.\n"
    assert clean(dump + "Who is joining the offsite???\n").split("\n")[1] == "Who is joining the offsite??"
    assert clean(dump + "Who is joining the offsite??\n").split("\n")[1] == "Who is joining the offsite??"
    # ... not where the sentence does not ask, nor in a dump that lost nothing
    assert clean("Who is joining the offsite???") == "Who is joining the offsite???"


def test_an_english_tag_alone_in_a_french_dump_keeps_its_doubled_mark():
    # French sets its `?` off with a (narrow) no-break space that GBK and cp1252 lose, so
    # `Lyon??` there is that lost space and the question mark; `Right??` is an English word
    # alone, set without that space: both marks are its emphasis
    dump = ("Nous avons lancé notre nouvelle offre cette semaine ! ?? Merci à tous pour vos messages.\n"
            "C’est le début d’une belle aventure pour toute l’équipe ? et pour vous\n")
    assert clean(dump + "Right??\n").split("\n")[2] == "Right??"
    assert clean(dump + "On se voit à Lyon??\n").split("\n")[2] == "On se voit à Lyon?"


def test_a_lone_mark_glued_to_chinese_stays_where_no_lost_character_left_one():
    # every lost character of this dump left three or four `?` (one per UTF-8 byte): none left
    # one alone, so a lone `?` glued between two Chinese sentences is the writer's, whether the
    # sentence before it reads as a question or not
    dump = "新办公室终于装修好了 ????\n感谢每一位同事的付出 ???\n"
    assert clean(dump + "又到月底了?大家辛苦\n").split("\n")[2] == "又到月底了?大家辛苦"
    assert clean(dump + "又到月底了?\n").split("\n")[2] == "又到月底了?"
    # ... where a lost character did leave one (`? 新办公室…`), the lone glued one is lost data
    dump = "? 新办公室终于装修好了\n感谢每一位同事的付出 ?\n"
    assert clean(dump + "又到月底了?大家辛苦\n").split("\n")[2] == "又到月底了大家辛苦"


def test_a_doubled_mark_stays_in_a_dump_of_one_mark_per_utf8_byte_where_none_was_lost_as_two():
    # every lost emoji of this dump left four `?` (one per UTF-8 byte); two are left only by a
    # letter or a no-break space, and no lost character here left two: an undecided `??` glued to
    # a word is the writer's own
    dump = ("Big launch day for the whole crew ????\nThanks to everyone who helped ????\n"
            "Our booth is ready for the fair ????\n")
    assert clean(dump + "Forty slides for a short slot??\n").split("\n")[3] == "Forty slides for a short slot??"
    # ... where a lost character did leave two (`crew ??`), the first `?` alone is kept
    dump = dump.replace("crew ????", "crew ??")
    assert clean(dump + "Forty slides for a short slot??\n").split("\n")[3] == "Forty slides for a short slot?"
