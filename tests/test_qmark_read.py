"""The question reader (postscrub.qmark_read): whether the sentence a `?` run closes asks,
read from its language's structure. Every sentence here is invented, none is a phrase of the
simulator's banks."""

import pytest

from postscrub import qmark, qmark_read


def asks(sentence: str) -> bool:
    return qmark_read.reading(sentence, False) >= qmark_read.ASKS


def states(sentence: str) -> bool:
    return qmark_read.reading(sentence, False) <= qmark_read.STATES


@pytest.mark.parametrize("sentence", [
    "Nutzt ihr noch Excel",  # German: a verb put before its subject
    "Heb je dat ook gemerkt",  # Dutch, the same
    "Gibt es dafür eine Vorlage",
    "Ça vous dit",  # French: the reader addressed, in statement order
    "Et toi",
    "Vendredi à Lyon ou à Paris",  # a choice offered
    "If you could change one thing, what would it be",  # the main clause asks
    "Our team shipped it last week, why does nobody talk about it",  # asked after a comma
    "这个方案能不能落地",  # Chinese A-not-A
    "Should small agencies charge for pitches",  # a modal put first
    "We tried three vendors this year Which one would you keep",  # a question run on
    "Seit wann nutzt ihr das",  # a question word after a preposition
    "Pricing pages are hard, right",  # a tag
])
def test_questions_read_as_questions(sentence):
    assert asks(sentence)


@pytest.mark.parametrize("sentence", [
    "This is what leadership looks like",  # a question word in a relative clause
    "Have a lovely holiday, everyone",  # a wish, not `Have you`
    "Jemand fragte mich „Wie geht das?“ und ich wusste es nicht",  # a question reported
    "When the budget is cut, the first thing to go is training",  # a dependent clause first
    "What a week",  # exclamations
    "Quelle semaine",
    "We rebuilt the billing service in six weeks",  # a subject put first, at some length
    "Thanks to everyone who came by the booth",  # a sign-off formula
    "Highlights from the panel, part one of",  # cut off: no sentence ends on `of`
])
def test_statements_do_not_read_as_questions(sentence):
    assert not asks(sentence)


def test_a_subject_first_sentence_of_some_length_states():
    assert states("We rebuilt the billing service in six weeks")
    assert states("Thanks to everyone who came by the booth")
    # ... but not a fragment that began before a cut, nor one with a question run on after it
    assert not states("…we rebuilt the billing service in six weeks")
    assert not states("We rebuilt the billing service Anyone tried this")


def test_short_fragments_stay_undecided():
    # `Worth a try?` or a heading: the reader leaves it to the detector's other evidence
    for fragment in ("Worth a try", "Quarterly numbers", "Ernte eingefahren"):
        assert qmark_read.STATES < qmark_read.reading(fragment, False) < qmark_read.ASKS


def test_lost_letters_do_not_break_the_reading():
    # one `?` per lost letter or apostrophe inside a word (`What?s`, `ann?e`)
    assert asks("What?s the one tool you would keep")
    assert not asks("Quelle ann?e")


def test_the_detector_asks_the_reader():
    line = "Nutzt ihr noch Excel?"
    assert qmark.question_cue(line, line.index("?"), False)
    line = "Have a lovely holiday, everyone?"
    assert not qmark.question_cue(line, line.index("?"), False)
    assert qmark._statement(line, line.index("?")) == 2


def test_exclamations_and_headline_clauses_state():
    for sentence in ("What a week", "Quelle semaine", "How we moved our billing", "When the dust settles"):
        assert states(sentence), sentence
    assert asks("How do we move our billing")


def test_a_lost_letter_neither_ends_the_sentence_nor_hides_a_closed_word():
    # a lost last letter before a lowercase word (`?t? ton`) is no sentence end: the question
    # word before it still opens the sentence; a lost letter is never an ASCII one, so `?a`
    # can only be `ça` (`Ça vous tente`: the reader addressed)
    assert asks("Qui a ?t? ton premier client")
    assert asks("?a vous tente")
    assert asks("??a vous tente")  # one `?` per UTF-8 byte
    # ... while a `?` before a capital still ends one
    assert not asks("Qui a appel? Nous avons")
    line = "Qui a ?t? ton premier client??"
    assert qmark._sentence_before(line, line.index("??")) == "Qui a ?t? ton premier client"


@pytest.mark.parametrize("sentence", [
    "Sound familiar",  # English: `does it` dropped
    "Any volunteers",  # the `any` of an elliptic question
    "Das wisst ihr bestimmt schon",  # German: statement order, the reader asked to agree
    "Czy ktoś z was też tak ma",  # Polish `czy`
    "Знаете ли вы это",  # Russian `ли`
    "Siz de yoruldunuz mu",  # Turkish `mu`
    "Láttad-e",  # Hungarian `-e`
])
def test_closed_class_question_marks_read_as_questions(sentence):
    assert asks(sentence)


@pytest.mark.parametrize("sentence", [
    "Look at this chart",  # a command
    "Вряд ли это поможет",  # `вряд ли`: "hardly", a statement
    "Non mi piace",  # Italian `mi`, no Turkish particle
])
def test_closed_class_lookalikes_do_not_ask(sentence):
    assert not asks(sentence)


@pytest.mark.parametrize("sentence", [
    "C’est moi ou la réunion a encore duré deux heures",  # French, statement order
    "It’s me or the inbox is broken today",
])
def test_the_writer_or_the_world_is_a_question(sentence):
    assert asks(sentence)


def test_an_elliptic_question_run_on_after_a_statement_is_read_alone():
    # the emoji or stop between the two sentences was lost: the last clause decides
    assert asks("Our standup now takes forty minutes Look familiar")
    assert asks("We rewrote the onboarding guide Any volunteers")


def test_a_chinese_alternative_question_asks_and_still_states():
    assert asks("线上还是线下")  # A还是B: A or B
    assert not asks("最后还是决定留下")  # 还是 "still" before a verb
    assert not asks("这个项目还是很难")


@pytest.mark.parametrize("sentence", [
    "Ellos confiaron en mi",  # Spanish `mi` ("me"): no Turkish letter, no Turkish verb before it
    "Non è un problema per mi",  # Italian
    "We finally shipped the build-e",  # a hyphenated `-e` in English: no Hungarian context
    "Ring the bell",  # a command: `ring` asks only about a bell it may ring (`Ring a bell`)
])
def test_turkish_hungarian_and_ring_lookalikes_need_their_context(sentence):
    assert not asks(sentence)


@pytest.mark.parametrize("sentence", [
    "Sizce doğru mu",  # a Turkish letter in the sentence
    "Bunu hiç denediniz mi",  # a Turkish verb ending before the particle
    "Tudtad-e",  # the Hungarian word alone
    "Ezt tényleg komolyan gondolod-e",  # Hungarian closed-class words
    "Ring a bell",
    "Ring any bells",
])
def test_turkish_hungarian_and_ring_questions_in_their_context_still_ask(sentence):
    assert asks(sentence)
