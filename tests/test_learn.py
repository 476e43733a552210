"""Chrome learned from a page's structure (``postscrub.learn``): a post page in a UI language
the tables do not know. The UI words below are invented on purpose: only the structure can
tell what they are."""

from __future__ import annotations

import pytest

from postscrub import learn, nodes, process
from postscrub.repair import split_lines

# a public post page whose UI speaks a made-up language: "Zorb tal posto" (report this post),
# "Zorb tal kommo" (report this comment), "Plim" / "Vardo" (Like / Reply), "N dagi" (N days)
PAGE = "\n".join([
    "Nav one", "Nav two", "Nav three",
    "Mira Okonkwo", "Head of Data at Larkfield", "6 dagi", "Zorb tal posto",
    "We cut our weekly meeting load in half and nobody missed the old rituals.",
    "Here is what we kept, and why it worked for a team of nine.",
    "#meetings #focus",
    "1,204", "47 kommos",
    "Plim", "Kommo", "Sharo",
    "Tomas Reyes", "Engineering Manager", "5 dagi", "Zorb tal kommo",
    "We did the same and it changed how we plan.",
    "Plim", "Vardo", "8 reakso",
    "Ana Lund", "Designer", "4 dagi", "Zorb tal kommo",
    "Saved for my next retro.",
    "Plim", "Vardo",
    "Jon Berg", "Analyst", "2 dagi", "Zorb tal kommo",
    "Which meetings did you drop first?",
    "Plim", "Vardo", "3 reakso",
    "© 2025",
])


def test_learns_anchors_buttons_ages_and_counters_from_structure():
    got = learn.learn(split_lines(PAGE))
    assert got is not None
    kinds = {k: v.kind for k, v in got.kinds.items()}
    assert kinds["zorb tal kommo"] == nodes.REPORT_COMMENT
    assert kinds["zorb tal posto"] == nodes.REPORT_POST  # built alike, after the post's age
    assert kinds["plim"] == kinds["vardo"] == nodes.ACTION
    assert kinds["8 reakso"] == nodes.COUNTER
    assert {"6 dagi", "5 dagi", "4 dagi", "2 dagi"} <= got.ages


def test_a_page_in_an_unknown_ui_language_is_segmented():
    (rec,) = process(PAGE)
    assert rec.shape == "post_page"
    assert (rec.author.name, rec.author.bio, rec.age, rec.age_iso) == (
        "Mira Okonkwo", "Head of Data at Larkfield", "6 dagi", None)
    assert rec.body.startswith("We cut our weekly meeting load")
    assert rec.body.endswith("#meetings #focus")
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [
        ("Tomas Reyes", "5 dagi", "We did the same and it changed how we plan."),
        ("Ana Lund", "4 dagi", "Saved for my next retro."),
        ("Jon Berg", "2 dagi", "Which meetings did you drop first?"),
    ]
    rules = {r.rule for r in rec.repairs}
    assert {"ui.learned.report", "ui.learned.action"} <= rules  # what was inferred is named
    assert learn.LEARNED.get() is None  # nothing learned outlives the dump


def test_nothing_is_learned_where_the_locale_is_known():
    # two comments that both say "Great post" after their ages: text, not an anchor
    page = "\n".join([
        "Mira Okonkwo", "Head of Data", "6d", "Report this post", "Body text of the post.",
        "Like", "Comment", "Share",
        "Tomas Reyes", "Engineer", "5d", "Great post", "Like", "Reply",
        "Ana Lund", "Designer", "4d", "Great post", "Like", "Reply",
    ])
    assert learn.learn(split_lines(page)) is None
    (rec,) = process(page)
    assert [c.text for c in rec.comments] == ["Great post", "Great post"]


def test_prose_teaches_nothing():
    prose = "\n".join(f"Paragraph {i} says something different about the topic." for i in range(20))
    assert learn.learn(split_lines(prose)) is None


def test_comments_without_an_anchor_are_found_by_their_button_pair():
    page = "\n".join([
        "Nav one", "Nav two", "Mira Okonkwo", "Head of Data at Larkfield", "6 dagi",
        "We cut our weekly meeting load in half and nobody missed the old rituals.",
        "Plim", "Kommo", "Sharo",
        "Tomas Reyes", "Engineering Manager", "5 dagi", "We did the same and it changed how we plan.",
        "Plim", "Vardo", "8 reakso",
        "Ana Lund", "Designer", "4 dagi", "Saved for my next retro.",
        "Plim", "Vardo",
    ])
    got = learn.learn(split_lines(page))
    assert got is not None and {"5 dagi", "4 dagi"} <= got.ages
    assert got.kinds["plim"].kind == got.kinds["vardo"].kind == nodes.ACTION
    (rec,) = process(page)
    assert [(c.author.name, c.text) for c in rec.comments][-2:] == [
        ("Tomas Reyes", "We did the same and it changed how we plan."), ("Ana Lund", "Saved for my next retro.")]


# the same page in a made-up UI written without spaces and with combining vowel signs (as
# Thai and Devanagari are): "ซอร์บโพสโต" / "ซอร์บคอมโม" (report post / comment) share their
# start, not a word; the ages' unit "दिवि" holds a vowel sign that ``\w`` does not match; the
# post's author answers with a badge ("เขียนเอง") between their name and headline
UNSPACED = "\n".join([
    "Nav one", "Nav two", "Nav three",
    "Mira Okonkwo", "Head of Data at Larkfield", "6 दिवि", "ซอร์บโพสโต",
    "We cut our weekly meeting load in half and nobody missed the old rituals.",
    "#การประชุม #โฟกัส",
    "1,204", "47 คอมโม",
    "ปลิม", "คอมโม", "ชาโร",
    "Tomas Reyes", "Engineering Manager", "5 दिवि", "ซอร์บคอมโม",
    "We did the same and it changed how we plan.",
    "ปลิม", "วาร์โด", "8 รีแอ็ค",
    "Mira Okonkwo", "เขียนเอง", "Head of Data at Larkfield", "4 दिवि", "ซอร์บคอมโม",
    "Thanks, it took us a quarter.",
    "ปลิม", "วาร์โด",
    "Jon Berg", "Analyst", "2 दिवि", "ซอร์บคอมโม",
    "Which meetings did you drop first?",
    "ปลิม", "วาร์โด", "3 รีแอ็ค",
    "© 2025",
])


def test_unspaced_anchors_marked_units_and_the_authors_badge_are_learned():
    (rec,) = process(UNSPACED)
    assert (rec.author.name, rec.age) == ("Mira Okonkwo", "6 दिवि")
    assert rec.body.startswith("We cut our weekly meeting load")
    assert rec.hashtags == ["#การประชุม", "#โฟกัส"]  # the tags keep their vowel signs
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [
        ("Tomas Reyes", "Engineering Manager", "5 दिवि"),
        ("Mira Okonkwo", "Head of Data at Larkfield", "4 दिवि"),
        ("Jon Berg", "Analyst", "2 दिवि"),
    ]
    assert "ui.learned.badge" in {r.rule for r in rec.repairs}



def test_what_one_dump_taught_does_not_leak_into_the_next():
    # the ages one dump taught are that dump's: classify's cache across dumps must not keep
    # them, or a batch's output would depend on the order of its files
    line = "7 dagi • Zorbo"  # a taught age, then its bullet and a word: read by the age patterns
    taught = learn.Learned()
    taught.ages.add("7 dagi")
    token = learn.LEARNED.set(taught)
    try:
        during = nodes.classify(line).kind
    finally:
        learn.LEARNED.reset(token)
    nodes.new_document()
    assert nodes.classify(line).kind == nodes.TEXT and during != nodes.TEXT


# a Swahili UI (not in the tables): "Ripoti chapisho hili" / "Ripoti maoni haya" (report this
# post / comment), "Penda" / "Jibu" (Like / Reply), "N siku" (N days); a teaser of another post
# below the comments carries the post's anchor again, after its own age
SWAHILI = "\n".join([
    "Nav one", "Nav two", "Nav three",
    "Amani Mwakyusa", "Mkurugenzi wa Shamba Bora", "6 siku", "Ripoti chapisho hili",
    "We doubled the harvest on the cooperative's plots by sharing one water pump between farms.",
    "#kilimo #ushirika",
    "214", "12 maoni",
    "Penda", "Toa maoni", "Shiriki",
    "Neema Otieno", "Mhandisi wa maji", "5 siku", "Ripoti maoni haya",
    "How did you split the pump's running costs?",
    "Penda", "Jibu", "4 hisia",
    "Baraka Njoroge", "Mkulima", "3 siku", "Ripoti maoni haya",
    "Congratulations to the whole cooperative!",
    "Penda", "Jibu",
    "Zawadi Kimaro", "Mshauri wa kilimo", "2 wiki", "Ripoti chapisho hili",
    "Drip lines halved our water use this season.",
    "Penda", "Toa maoni", "Shiriki",
    "© 2026",
])


def test_the_posts_anchor_repeated_on_a_teaser_after_its_age_is_learned():
    got = learn.learn(split_lines(SWAHILI))
    assert got is not None
    assert got.kinds["ripoti chapisho hili"].kind == nodes.REPORT_POST
    (rec,) = process(SWAHILI)
    assert (rec.author.name, rec.age) == ("Amani Mwakyusa", "6 siku")
    assert "Ripoti" not in rec.body and rec.body.startswith("We doubled the harvest")


def test_a_repeated_body_line_is_not_taken_for_the_posts_anchor():
    # the line built like the anchor stands once after an age, and again in the body: text
    page = SWAHILI.replace("#kilimo #ushirika", "#kilimo #ushirika\nRipoti chapisho hili")
    got = learn.learn(split_lines(page))
    assert got is not None and "ripoti chapisho hili" not in got.kinds


# a mobile page in a Catalan UI (not in the tables): each comment ends with one line of
# buttons and counters ("M'agrada · 4 · Respon": Like, its count, Reply); the ages are "N d"
CATALAN_ROWS = "\n".join([
    "Montserrat Puig • 2n", "Directora de la Cooperativa del Priorat", "6 d",
    "Avui fa deu anys que vam plantar la primera vinya ecològica de la cooperativa.",
    "Gràcies a tots els socis que hi van creure des del primer dia!",
    "👍❤️ 214", "31 comentaris",
    "M'agrada", "Comenta", "Comparteix",
    "Jordi Vilaró • 1r", "Enòleg", "5 d",
    "Felicitats, Montserrat! Quina feinada heu fet.",
    "M'agrada · 4 · Respon",
    "Montserrat Puig • Autora", "Directora de la Cooperativa del Priorat", "5 d",
    "Moltes gràcies, Jordi, sense tu no hauria estat possible.",
    "M'agrada · 2 · Respon",
    "Laia Ferrer • 3r+", "4 d",
    "Quan obriu el celler per a visites?",
    "M'agrada · Respon",
    "Pere Casals • 2n", "Pagès", "3 d",
    "Enhorabona a tot l'equip.",
    "M'agrada · Respon · 1 resposta",
    "Carrega més comentaris",
])


def test_rows_of_buttons_in_one_line_end_the_comments():
    got = learn.learn(split_lines(CATALAN_ROWS))
    assert got is not None
    assert got.kinds["m'agrada · 4 · respon"].kind == nodes.ACTION
    assert got.kinds["m'agrada"].kind == nodes.ACTION  # the post's own button, alone
    assert not any("montserrat" in k for k in got.kinds)  # a name with its badge: not a row
    (rec,) = process(CATALAN_ROWS)
    assert rec.shape == "post_page"
    assert [(c.author.name, c.text) for c in rec.comments][:1] == [
        ("Jordi Vilaró", "Felicitats, Montserrat! Quina feinada heu fet.")]
    texts = [c.text for c in rec.comments] + [r.text for c in rec.comments for r in c.replies]
    assert "Quan obriu el celler per a visites?" in texts and "Enhorabona a tot l'equip." in texts
    assert not any("M'agrada" in t for t in texts)
    assert {r.rule for r in rec.repairs} >= {"ui.learned.action"}


def test_a_button_and_its_count_in_one_line_pair_with_the_next():
    # "M'agrada · 7" / "Respon · 1 resposta": the pair of buttons, each carrying its count
    page = "\n".join([
        "Montserrat Puig", "Directora de la Cooperativa del Priorat", "6 d",
        "Avui fa deu anys que vam plantar la primera vinya ecològica de la cooperativa.",
        "M'agrada", "Comenta",
        "Jordi Vilaró", "Enòleg", "5 d", "Felicitats, Montserrat! Quina feinada heu fet.",
        "M'agrada · 7", "Respon · 1 resposta",
        "Laia Ferrer", "Sommelier", "4 d", "Quan obriu el celler per a visites?",
        "M'agrada · 3", "Respon",
        "Pere Casals", "Pagès", "3 d", "Enhorabona a tot l'equip.",
        "M'agrada", "Respon",
    ])
    got = learn.learn(split_lines(page))
    assert got is not None
    assert got.kinds["m'agrada · 7"].kind == got.kinds["respon · 1 resposta"].kind == nodes.ACTION
    (rec,) = process(page)
    assert [c.author.name for c in rec.comments] == ["Jordi Vilaró", "Laia Ferrer", "Pere Casals"]


def test_a_name_and_its_badge_repeated_is_no_row():
    # the same commenter twice, "Name • badge" then a headline and an age: a header, not buttons
    got = learn._row("Laia Ferrer • Sommelier")
    assert got == ("Laia Ferrer · Sommelier", 2)
    assert learn._row("Quan obriu el celler? · Demà") is None  # a sentence is no button
    assert learn._row("1.209 · 186 comentaris") is None  # counters alone: no button


def test_a_caseless_name_with_its_badge_twice_is_no_row():
    # Georgian has no capitals: the name with its badge is told from a row by the age that
    # follows it (after the headline) wherever it stands
    page = CATALAN_ROWS.replace("Montserrat Puig • Autora", "ნინო ბერიძე • ავტორი").replace(
        "Pere Casals • 2n", "ნინო ბერიძე • ავტორი")
    got = learn.learn(split_lines(page))
    assert got is not None and not any("ნინო" in k for k in got.kinds)
    removed = [r.text for r in process(page)[0].repairs if r.rule.startswith("ui.learned")]
    assert removed and not any("ნინო" in t for t in removed)


# an Amharic UI (not in the tables): "ሪፖርት አድርግ ይህን አስተያየት" (report this comment),
# "ወደድኩት!" / "መልስ" (Like, ending in "!" as Japanese "いいね！" does / Reply), "N ቀን" (days),
# "ምላሾች 3" (replies, the word first); the post's own anchor is not on the page
AMHARIC = "\n".join([
    "Nav one", "Nav two", "Nav three",
    "Selam Tesfaye", "Founder at Addis Roasters", "2 ቀን",
    "We opened our second roastery this week, in a building that used to be a textile mill.",
    "Thank you to every farmer who trusted us with their harvest.",
    "#coffee #ethiopia",
    "ወደድኩት!", "አስተያየት",
    "Dawit Haile", "Barista trainer", "1 ቀን", "ሪፖርት አድርግ ይህን አስተያየት",
    "Top 10",
    "ወደድኩት!", "መልስ", "ምላሾች 3",
    "Hana Girma", "Coffee importer", "20 ሰዓት", "ሪፖርት አድርግ ይህን አስተያየት",
    "Congratulations, Selam! Can we visit on Saturday?",
    "ወደድኩት!", "መልስ",
    "Yonas Bekele", "Engineer", "5 ሰዓት", "ሪፖርት አድርግ ይህን አስተያየት",
    "Which beans will you roast first?",
    "ወደድኩት!", "መልስ", "ምላሾች 1",
    "© 2026",
])


def test_a_button_ending_in_a_bang_the_posts_age_and_word_first_counters_are_learned():
    got = learn.learn(split_lines(AMHARIC))
    assert got is not None
    assert got.kinds["ወደድኩት!"].kind == got.kinds["መልስ"].kind == nodes.ACTION
    assert got.kinds["ምላሾች 3"].kind == nodes.COUNTER
    assert "2 ቀን" in got.ages  # the post's age, with no post anchor after it
    assert "top 10" not in got.kinds  # a comment's own words, right after its anchor
    (rec,) = process(AMHARIC)
    assert (rec.author.name, rec.age) == ("Selam Tesfaye", "2 ቀን")
    assert rec.body.startswith("We opened our second roastery")
    assert [(c.author.name, c.text) for c in rec.comments] == [
        ("Dawit Haile", "Top 10"),
        ("Hana Girma", "Congratulations, Selam! Can we visit on Saturday?"),
        ("Yonas Bekele", "Which beans will you roast first?"),
    ]


def test_short_cheers_repeated_before_the_buttons_are_comments():
    # two comments that both say "Hongera!" (congratulations), each then the buttons: the pair
    # ("Hongera!", "Penda") opens the comments' text after their anchor, so it is not buttons
    page = SWAHILI.replace("How did you split the pump's running costs?", "Hongera!").replace(
        "Congratulations to the whole cooperative!", "Hongera!")
    got = learn.learn(split_lines(page))
    assert got is not None and "hongera!" not in got.kinds
    (rec,) = process(page)
    assert [c.text for c in rec.comments][:2] == ["Hongera!", "Hongera!"]


def test_a_word_among_the_posts_counters_is_no_article_anchor():
    # unspaced script: the comment anchor "រាយការណ៍មតិនេះ" and a post-bar word "រាយបញ្ជី"
    # share their first characters, but the word stands among counters and buttons
    page = "\n".join([
        "Nav one", "Nav two",
        "Sokha Chan", "Teacher at Phnom Penh School",
        "Our class planted forty trees along the river this weekend, and every student named one.",
        "1,204", "12 មតិ", "រាយបញ្ជី",
        "Dara Kim", "Parent", "3 ថ្ងៃ", "រាយការណ៍មតិនេះ", "What a lovely idea for the children.",
        "ចូលចិត្ត", "ឆ្លើយតប",
        "Vanna Sok", "Student", "2 ថ្ងៃ", "រាយការណ៍មតិនេះ", "My tree is called Hope.",
        "ចូលចិត្ត", "ឆ្លើយតប",
    ])
    got = learn.learn(split_lines(page))
    assert got is not None and got.kinds["រាយការណ៍មតិនេះ"].kind == nodes.REPORT_COMMENT
    assert got.kinds.get("រាយបញ្ជី") is None or got.kinds["រាយបញ្ជី"].kind == nodes.ACTION
    assert "12 មតិ" not in got.ages  # a count after the reactions', not the post's age


# a public page in a Catalan UI: "Segueix" (Follow) between the post's age and "Denuncia
# aquesta publicació" (report this post); the post's bar "M'agrada" / "Comenta" / "Republica" /
# "Envia" closes on the share menu's targets; the post's author answers with a badge
# ("Creadora") and no headline; no "report this comment" on the comments, but the post's
# anchor stands again on a teaser of another post below them
CATALAN_PAGE = "\n".join([
    "Nav one", "Nav two", "Nav three",
    "Montserrat Puig", "Directora de la Cooperativa del Priorat", "3 d", "Segueix",
    "Denuncia aquesta publicació",
    "Avui fa deu anys que vam plantar la primera vinya ecològica de la cooperativa, amb vint socis.",
    "#vi #cooperativa",
    "214", "31 comentaris",
    "M'agrada", "Comenta", "Republica", "Envia",
    "LinkedIn", "Facebook", "X",
    "Jordi Vilaró", "Enòleg", "2 d", "Felicitats, Montserrat! Quina feinada heu fet.",
    "M'agrada", "Respon", "4 reaccions",
    "Montserrat Puig", "Creadora", "2 d", "Moltes gràcies, Jordi, sense tu no hauria estat possible.",
    "M'agrada", "Respon",
    "Laia Ferrer", "Sommelier", "1 d", "Quan obriu el celler per a visites?",
    "M'agrada", "Respon",
    "Pere Casals", "Pagès a Gratallops", "5 d", "Denuncia aquesta publicació",
    "La verema d'enguany ha estat la més curta que recordo.",
    "M'agrada", "Comenta", "Republica",
])


def test_the_post_bar_the_follow_button_the_repeated_anchor_and_a_bare_badge_are_learned():
    got = learn.learn(split_lines(CATALAN_PAGE))
    assert got is not None
    kinds = {k: v.kind for k, v in got.kinds.items()}
    assert kinds["denuncia aquesta publicació"] == nodes.REPORT_POST
    assert kinds["segueix"] == kinds["comenta"] == kinds["republica"] == kinds["envia"] == nodes.ACTION
    assert kinds["creadora"] == nodes.CHROME
    assert "montserrat puig" not in kinds and "jordi vilaró" not in kinds
    (rec,) = process(CATALAN_PAGE)
    assert (rec.author.name, rec.age) == ("Montserrat Puig", "3 d")
    assert rec.body.startswith("Avui fa deu anys") and "Segueix" not in rec.body
    got = [(c.author.name, c.text) for c in rec.comments]
    got += [(r.author.name, r.text) for c in rec.comments for r in c.replies]
    assert ("Jordi Vilaró", "Felicitats, Montserrat! Quina feinada heu fet.") in got
    assert ("Montserrat Puig", "Moltes gràcies, Jordi, sense tu no hauria estat possible.") in got
    assert not any("Envia" in t or "Republica" in t for _, t in got)


def test_a_bar_that_does_not_close_on_the_share_menu_leaves_the_next_lines():
    # without the share targets, the lines after the bar's first button may be the first
    # commenter's name (a script without capitals): they stay
    page = CATALAN_PAGE.replace("\nLinkedIn\nFacebook\nX\nJordi Vilaró", "\nჯორდი ვილარო")
    got = learn.learn(split_lines(page))
    assert got is not None and "ჯორდი ვილარო" not in got.kinds and "envia" not in got.kinds


def test_counters_in_one_line_next_to_a_button_are_counters():
    page = CATALAN_ROWS.replace('"31 comentaris"', '"31 comentaris · 4 republicacions"').replace(
        "31 comentaris\n", "31 comentaris · 4 republicacions\n")
    got = learn.learn(split_lines(page))
    assert got is not None and got.kinds["31 comentaris · 4 republicacions"].kind == nodes.COUNTER
    (rec,) = process(page)
    assert "republicacions" not in rec.body
    assert learn._counts_row("14 comentaris • 3 republicacions")
    assert not learn._counts_row("Quan obriu el celler? · 3 dies")  # a sentence is no counter


# a Swahili page with no anchors at all: the comments end with "Penda" / "Jibu" (Like /
# Reply); below them, another post of the page ends with the post's own bar ("Penda" / "Toa
# maoni" / "Shiriki": Like / Comment / Share), after "Machapisho zaidi" (more posts)
SWAHILI_TEASER = "\n".join([
    "Nav one", "Nav two", "Nav three",
    "Amani Mwakyusa", "Mkurugenzi wa Shamba Bora", "6 siku",
    "We doubled the harvest on the cooperative's plots by sharing one water pump between farms.",
    "#kilimo #ushirika",
    "214",
    "Penda", "Toa maoni", "Shiriki",
    "Neema Otieno", "Mhandisi wa maji", "5 siku",
    "How did you split the pump's running costs between the farms?",
    "Penda", "Jibu", "4 hisia",
    "Baraka Njoroge", "Mkulima", "3 siku",
    "Asante sana",
    "Penda", "Jibu", "2 hisia",
    "Machapisho zaidi",
    "Zawadi Kimaro", "Mshauri wa kilimo", "2 wiki",
    "Drip lines halved our water use this season, and the maize came in early.",
    "58",
    "Penda", "Toa maoni", "Shiriki",
    "© 2026",
])


def test_a_teaser_below_the_comments_ends_them_and_a_short_comment_keeps_its_age():
    got = learn.learn(split_lines(SWAHILI_TEASER))
    assert got is not None
    assert got.kinds["machapisho zaidi"].kind == nodes.END
    assert "3 siku" in got.ages  # before a short comment ("Asante sana") and its buttons
    assert "3 siku" not in got.kinds or got.kinds["3 siku"].kind == nodes.AGE
    (rec,) = process(SWAHILI_TEASER)
    assert [(c.author.name, c.text) for c in rec.comments] == [
        ("Neema Otieno", "How did you split the pump's running costs between the farms?"),
        ("Baraka Njoroge", "Asante sana"),
    ]
    assert "ui.learned.section_end" in {r.rule for r in rec.repairs}


def test_without_the_posts_own_buttons_below_there_is_no_teaser():
    # the last block ends with the comments' buttons: a comment, and nothing ends the comments
    page = SWAHILI_TEASER.replace('"58",\n    "Penda", "Toa maoni", "Shiriki"', '"Penda", "Jibu"')
    page = page.replace("58\nPenda\nToa maoni\nShiriki\n©", "Penda\nJibu\n©")
    got = learn.learn(split_lines(page))
    assert got is not None and not any(k.kind == nodes.END for k in got.kinds.values())


# a Catalan public page: "Respon" (Reply) and, after the comment's reactions, "1 resposta"
# (one reply) named like it; the reply opens by naming the commenter it answers
CATALAN_THREAD = "\n".join([
    "Nav one", "Nav two", "Nav three",
    "Montserrat Puig", "Directora de la Cooperativa del Priorat", "3 d", "Denuncia aquesta publicació",
    "Avui fa deu anys que vam plantar la primera vinya ecològica de la cooperativa, amb vint socis.",
    "214", "31 comentaris",
    "M'agrada", "Comenta", "Comparteix",
    "Jordi Vilaró", "Enòleg", "2 d", "Denuncia aquest comentari",
    "Quina és la varietat que més us ha sorprès en aquests deu anys?",
    "M'agrada", "Respon", "6 reaccions", "1 resposta",
    "Montserrat Puig", "Directora de la Cooperativa del Priorat", "2 d", "Denuncia aquest comentari",
    "Jordi Vilaró la garnatxa blanca, sens dubte.",
    "M'agrada", "Respon", "2 reaccions",
    "Laia Ferrer", "Sommelier", "1 d", "Denuncia aquest comentari",
    "Quan obriu el celler per a visites?",
    "M'agrada", "Respon",
])


def test_a_reply_count_named_like_the_reply_button_nests_the_reply():
    got = learn.learn(split_lines(CATALAN_THREAD))
    assert got is not None and got.replies == {"1 resposta": 1}  # not "6 reaccions"
    (rec,) = process(CATALAN_THREAD)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Jordi Vilaró", ["Montserrat Puig"]), ("Laia Ferrer", [])]
    assert learn._shares_start("Respon", "resposta") and learn._shares_start("返信", "件の返信")
    assert not learn._shares_start("Respon", "reaccions")


def test_buttons_closing_comments_whose_age_is_glued_to_their_text():
    # a copy that glued each comment's age to its text ("5dQuan obriu …", which the tables
    # read), in a Catalan UI: the pair "M'agrada" / "Respon" closes three comments
    page = "\n".join([
        "Montserrat Puig", "Directora de la Cooperativa del Priorat", "6 d",
        "Avui fa deu anys que vam plantar la primera vinya ecològica de la cooperativa.",
        "#vi #cooperativa",
        "M'agrada", "Comenta", "Comparteix",
        "Jordi Vilaró", "Enòleg", "5dFelicitats, Montserrat! Quina feinada heu fet.",
        "M'agrada", "Respon",
        "Laia Ferrer", "Sommelier", "4dQuan obriu el celler per a visites?",
        "M'agrada", "Respon",
        "Pere Casals", "Pagès", "3dEnhorabona a tot l'equip de la cooperativa.",
        "M'agrada", "Respon",
        "Carrega més comentaris",
    ])
    got = learn.learn(split_lines(page))
    assert got is not None and got.kinds["respon"].kind == nodes.ACTION
    (rec,) = process(page)
    assert (rec.author.name, rec.age) == ("Montserrat Puig", "6 d")
    assert [(c.author.name, c.text) for c in rec.comments] == [
        ("Jordi Vilaró", "Felicitats, Montserrat! Quina feinada heu fet."),
        ("Laia Ferrer", "Quan obriu el celler per a visites?"),
        ("Pere Casals", "Enhorabona a tot l'equip de la cooperativa."),
    ]


def test_rows_of_buttons_closing_comments_whose_age_is_glued_to_their_text():
    page = "\n".join([
        "Montserrat Puig", "Directora de la Cooperativa del Priorat", "6 d",
        "Avui fa deu anys que vam plantar la primera vinya ecològica de la cooperativa.",
        "M'agrada · 412", "31 comentaris", "M'agrada", "Comenta",
        "Jordi Vilaró", "Enòleg", "5dFelicitats, Montserrat! Quina feinada heu fet.",
        "M'agrada · Respon",
        "Laia Ferrer", "Sommelier", "4dQuan obriu el celler per a visites?",
        "M'agrada · Respon",
        "Pere Casals", "Pagès", "3dEnhorabona a tot l'equip de la cooperativa.",
        "M'agrada · Respon",
    ])
    (rec,) = process(page)
    assert [(c.author.name, c.text) for c in rec.comments] == [
        ("Jordi Vilaró", "Felicitats, Montserrat! Quina feinada heu fet."),
        ("Laia Ferrer", "Quan obriu el celler per a visites?"),
        ("Pere Casals", "Enhorabona a tot l'equip de la cooperativa."),
    ]


def test_counts_after_the_buttons_are_no_comment_ages():
    # "Penda" / "Jibu" then the reactions, counted twice ("4 hisia" / "5 hisia", as a public
    # page writes them): counts after a button, never a comment's age
    page = SWAHILI_TEASER.replace('"Penda", "Jibu", "4 hisia",', '"Penda", "Jibu", "4 hisia", "5 hisia",')
    page = page.replace("Penda\nJibu\n4 hisia\n", "Penda\nJibu\n4 hisia\n5 hisia\n")
    got = learn.learn(split_lines(page))
    assert got is not None and not {"4 hisia", "5 hisia"} & got.ages
    (rec,) = process(page)
    assert [c.author.name for c in rec.comments] == ["Neema Otieno", "Baraka Njoroge"]


def test_a_row_written_a_part_a_line_pairs_its_buttons():
    # a mobile copy writes the row "M'agrada · 3 · Respon · 1 resposta" a part a line, and a
    # lone "|" between two buttons; the ages follow the tables' degree ("• 2n")
    page = "\n".join([
        "Montserrat Puig", "Directora de la Cooperativa del Priorat", "6 dies",
        "Avui fa deu anys que vam plantar la primera vinya ecològica de la cooperativa.",
        "M'agrada", "Comenta", "Comparteix", "LinkedIn", "Facebook", "X",
        "Jordi Vilaró", "• 2n", "5 dies", "Felicitats, Montserrat! Quina feinada heu fet.",
        "M'agrada", "·", "3", "Respon", "·", "1 resposta",
        "Montserrat Puig", "Directora de la Cooperativa del Priorat", "4 dies",
        "Jordi Vilaró moltes gràcies!",
        "M'agrada", "|", "Respon",
        "Laia Ferrer", "• 3r+", "3 dies", "Quan obriu el celler per a visites?",
        "M'agrada", "|", "Respon",
    ])
    got = learn.learn(split_lines(page))
    assert got is not None
    assert got.kinds["respon"].kind == nodes.ACTION and "·" not in got.kinds and "|" not in got.kinds
    assert {"5 dies", "3 dies"} <= got.ages
    (rec,) = process(page)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Jordi Vilaró", ["Montserrat Puig"]), ("Laia Ferrer", [])]


# a phone copy of a post in a made-up UI language: the reaction icons and counters in one
# line, the bar's buttons parted by wide gaps, the sort menu with its caret
PHONE = "\n".join([
    "Ilse Marten", "Brewer at Koppel Ales", "3 dagi", "Zorb tal posto",
    "We swapped our bottling line for cans and our returns dropped by a third.",
    "The cans chill faster and the distributors stopped complaining about breakage.",
    "#brewing #packaging",
    "🍺👏 1 310 · 64 kommos • 9 ripo sendi",
    "Plim   Kommo   Ripo   Sendo",
    "Fresko tal ▾",
    "Aart Veld", "Cooper at Veld Barrels", "2 dagi", "Zorb tal kommo",
    "Did the taste change at all?",
    "Plim", "Vardo",
    "Noor Haas", "Taproom lead", "1 dagi", "Zorb tal kommo",
    "Our regulars never noticed.",
    "Plim", "Vardo",
])


def test_a_phone_copys_bar_in_an_unknown_ui_language_leaves_the_body():
    (rec,) = process(PHONE)
    assert rec.body.endswith("#brewing #packaging")
    assert [(c.author.name, c.text) for c in rec.comments] == [
        ("Aart Veld", "Did the taste change at all?"), ("Noor Haas", "Our regulars never noticed.")]
    got = learn.learn(split_lines(PHONE))
    assert got.kinds["plim kommo ripo sendo"].kind == nodes.ACTION
    assert got.kinds["fresko tal"].kind == nodes.CHROME


@pytest.mark.parametrize("line", [
    "Cans   are lighter to ship, so the fuel bill fell as well.",
    # three gapped parts, as many as a bar has: what keeps it text is that they are no buttons
    "Cans   are lighter to ship,   so the fuel bill fell as well.",
])
def test_gapped_words_in_a_comment_that_are_no_short_parts_stay_text(line):
    (rec,) = process(PHONE.replace("Our regulars never noticed.", line))
    assert rec.comments[-1].text == line


def _with_tail(*tail: str) -> str:
    lines = PAGE.split("\n")
    at = lines.index("1,204")
    return "\n".join(lines[:at] + list(tail) + lines[at:])


def test_who_reacted_before_the_posts_counters_is_chrome_whatever_its_words():
    for who in ("Ilse Marten zu 1,203 vinkos", "👍❤️ Ilse Marten zu 1,203 vinkos"):
        (rec,) = process(_with_tail(who))
        assert rec.body.endswith("#meetings #focus"), who
        assert "ui.learned.reactors" in {r.rule for r in rec.repairs}


def test_a_last_line_with_a_number_that_names_no_one_stays_in_the_body():
    for line in ("Thanks to all 40 volunteers", "Ilse Marten zu 1,203 vinkos.", "Year 2025"):
        (rec,) = process(_with_tail(line))
        assert rec.body.endswith(line), line


# a page whose comments carry no anchor (only their buttons repeat): the post's own anchor
# and its "Follow" stand once, between the post's age and its text
NO_ANCHOR = "\n".join([
    "Pia Nordin", "Baker at Rye & Salt", "3 dagi", "Zorb tal posto",
    "We sold every loaf by nine this morning and still had people at the door.",
    "Tomorrow we bake a third more, and we will see who comes.",
    "#bakery",
    "88", "6 kommos",
    "Plim", "Kommo", "Sharo",
    "Ola Brandt", "Café owner", "2 dagi",
    "Save me two, I will be there at eight.",
    "Plim", "Vardo", "3 reakso",
    "Eva Lind", "Neighbour", "1 dagi",
    "Best rye in town, no contest.",
    "Plim", "Vardo",
])


def test_the_posts_anchor_that_nothing_repeats_is_learned_between_its_age_and_text():
    for head in (["Zorb tal posto"], ["Volgo", "Zorb tal posto"], ["Volgo"]):
        text = NO_ANCHOR.replace("Zorb tal posto", "\n".join(head))
        (rec,) = process(text)
        assert rec.body.startswith("We sold every loaf"), head
        assert [c.author.name for c in rec.comments] == ["Ola Brandt", "Eva Lind"]


def test_a_posts_first_line_that_is_no_bare_word_stays_in_the_body():
    # (a title of bare words, "Three things I learned", is not told from an anchor by its
    # shape: on a page of unknown UI it is read as one; with its colon, digit or emoji it stays)
    for first in ("Big news!", "Sold out by 9", "Three things I learned:", "Ana Lund", "Bread 🍞"):
        text = NO_ANCHOR.replace("Zorb tal posto", first)
        (rec,) = process(text)
        assert rec.body.startswith(first), first


def test_a_learned_reply_count_below_the_reaction_counts_is_no_comments_text():
    # "Vardo" (Reply), the reactions shown twice, then "1 vardo" (1 reply) twice: the count
    # is learned however far below its button, and the reply (the author's) nests under it
    lines = PAGE.split("\n")
    at = lines.index("8 reakso")
    reply = ["Mira Okonkwo", "Head of Data at Larkfield", "4 dagi", "Zorb tal kommo", "Glad it helped, Tomas.",
             "Plim", "Vardo"]
    page = "\n".join(lines[:at + 1] + ["9 reakso", "1 vardo", "1 vardo"] + reply + lines[at + 1:])
    (rec,) = process(page)
    assert [c.author.name for c in rec.comments] == ["Tomas Reyes", "Ana Lund", "Jon Berg"]
    assert rec.comments[0].text == "We did the same and it changed how we plan."
    assert [r.author.name for r in rec.comments[0].replies] == ["Mira Okonkwo"]


def test_a_known_post_anchor_over_comments_in_an_unknown_ui_still_teaches_the_comments():
    # the tables know the post's "Report this post", nothing of the comments' UI (a string
    # LinkedIn changed, a page half translated): the comments' chrome is learned
    page = PAGE.replace("Zorb tal posto", "Report this post")
    (rec,) = process(page)
    assert rec.body.endswith("#meetings #focus")
    assert [(c.author.name, c.text) for c in rec.comments] == [
        ("Tomas Reyes", "We did the same and it changed how we plan."),
        ("Ana Lund", "Saved for my next retro."),
        ("Jon Berg", "Which meetings did you drop first?"),
    ]


def test_a_page_whose_tables_know_its_buttons_learns_nothing_from_its_comments():
    page = PAGE.replace("Zorb tal posto", "Report this post").replace("Plim", "Like").replace("Vardo", "Reply")
    assert learn.learn(split_lines(page)) is None


def test_the_posts_anchor_is_learned_after_an_age_the_tables_know():
    # the post's age in a form the tables read ("3d"), the comments' ages learned
    text = NO_ANCHOR.replace("3 dagi", "3d")
    (rec,) = process(text)
    assert rec.body.startswith("We sold every loaf")
    assert rec.age == "3d"


def test_the_posts_bar_closes_on_the_first_comments_header():
    # the post's bar ("Plim", "Kommo", "Sharo") right above a comment that shows no headline:
    # its last buttons are learned, not read as the commenter's name
    page = PAGE.replace("Tomas Reyes\nEngineering Manager\n5 dagi", "Tomas Reyes\n5 dagi")
    (rec,) = process(page)
    assert [c.author.name for c in rec.comments] == ["Tomas Reyes", "Ana Lund", "Jon Berg"]
    got = learn.learn(split_lines(page))
    assert got.kinds["sharo"].kind == nodes.ACTION


def test_a_one_word_name_after_the_posts_bar_is_not_learned_as_a_button():
    # (nor does it close the bar as a name of two words does: a one-word line there may be
    # the bar's last button, so the buttons after the first learned one are left unlearned)
    page = PAGE.replace("Tomas Reyes\nEngineering Manager\n5 dagi", "Tomas\n5 dagi")
    got = learn.learn(split_lines(page))
    assert "tomas" not in got.kinds
    assert "kommo" not in got.kinds and "sharo" not in got.kinds


def test_the_authors_badge_is_learned_past_the_degree_in_the_posts_header():
    # the post's header "Name / • 2nd / headline"; the author's reply "Name / Skrivo /
    # headline": the badge is learned though the degree stood between in the header
    page = PAGE.replace("Mira Okonkwo\nHead of Data at Larkfield", "Mira Okonkwo\n • 2nd\nHead of Data at Larkfield")
    page = page.replace("Ana Lund\nDesigner", "Mira Okonkwo\nSkrivo\nHead of Data at Larkfield")
    got = learn.learn(split_lines(page))
    assert got.kinds["skrivo"].kind == nodes.CHROME
    (rec,) = process(page)
    assert [c.author.name for c in rec.comments] == ["Tomas Reyes", "Mira Okonkwo", "Jon Berg"]


def test_a_counters_row_whose_word_is_long_is_learned():
    # "40 compartilhamentos": a counter's word may be longer than a button's
    page = PHONE.replace("🍺👏 1 310 · 64 kommos • 9 ripo sendi", "64 kommos • 9 ripostadorinhamentos")
    (rec,) = process(page)
    assert rec.body.endswith("#brewing #packaging")


def test_anchors_built_alike_of_no_words_are_not_alike():
    # a line whose key has no words (a fuzzed dump reached it) is built like nothing, not a crash
    assert not learn._built_alike([], ["report", "this", "post"])
    assert not learn._built_alike(["report"], [])
    assert learn._built_alike(["report", "this", "post"], ["report", "this", "comment"])


def test_a_markdown_pages_controls_are_told_by_their_links_tracking_names():
    # a clipper's Markdown of a public post page in a UI the tables do not know (invented
    # words): the buttons, counts, report, "more comments" and sign-in links are named by
    # their targets' "trk=public_post_…", whatever their text
    u = "https://www.linkedin.com/signup/cold-join?trk=public_post_"
    page = (
        "[Velu Arasan](https://in.linkedin.com/in/velu-arasan?trk=public_post_feed-actor-name)\n\n"
        "Kaṭṭumāna poṟiyāḷar\n\n3 நா\n\n"
        "- [Pukār ceyyavum](/uas/login?session_redirect=x&trk=public_post_ellipsis-menu-semaphore-sign-in-redirect"
        "&guestReportContentType=POST)\n\n"
        "Inṟu engaḷ putiya pālam tiṟakkappaṭṭatu.\n\n"
        f"[ 214]({u}social-actions-reactions) [9 karuttukal]({u}social-actions-comments)\n\n"
        f"[Virumpu]({u}like-cta) [Karuttu]({u}comment-cta) [Pakir]({u}share-cta)\n\n"
        "[Mala Devi](https://in.linkedin.com/in/mala-devi?trk=public_post_comment_actor-name)\n\n"
        "Civil Engineer | Madurai\n\n2 நா\n\nCongratulations to the whole team!\n\n"
        f"[Virumpu]({u}comment_like) [Patil]({u}comment_reply) [4 etirvinaikal]({u}comment_reactions)\n\n"
        f"[Mēlum karuttukal]({u}see-more-comments)\n\n[Uḷnuḻaiyavum karuttu cērkka]({u}feed-cta-banner-cta)\n")
    (rec,) = process(page)
    assert rec.body == "Inṟu engaḷ putiya pālam tiṟakkappaṭṭatu."
    assert [(c.author.name, c.text) for c in rec.comments] == [("Mala Devi", "Congratulations to the whole team!")]


KO_AUTHOR_REPLIES = """오민재
서울 로스터리 대표
3일 • 수정됨
새 원두가 들어왔습니다. 이번에는 에티오피아 내추럴입니다.
산미가 밝고 뒷맛이 깨끗해요.
드립으로 내리면 과일 향이 제일 잘 살아납니다.
여러분은 어떤 추출 방식을 좋아하세요?
#커피 #로스팅
반응 52 · 댓글 3
정하늘
바리스타
2일
벌써 기대돼요! 주말에 들를게요.
Mina Cho
Cafe owner at Bean Street
2일
샘플 주문 가능할까요?
오민재
서울 로스터리 대표
1일
네, 메시지로 보내드릴게요.
"""


def test_a_name_and_headline_over_an_age_twice_are_no_buttons():
    # the post's author answers a comment: their name and headline come back over an age; in a
    # script with no capitals that tells a name they looked like a pair of buttons and were
    # learned as chrome (the reply lost its author)
    learned = learn.learn(split_lines(KO_AUTHOR_REPLIES))
    assert learned is None or not {nodes.key("오민재"), nodes.key("서울 로스터리 대표")} & set(learned.kinds)
    rec = process(KO_AUTHOR_REPLIES)[0]
    assert (rec.comments[-1].author.name, rec.comments[-1].text) == ("오민재", "네, 메시지로 보내드릴게요.")
