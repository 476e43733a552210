"""Node classification (``nodes.py``): invented lines."""

from __future__ import annotations

import pytest

from postscrub import nodes, process
from postscrub.audit import check_accounted


@pytest.mark.parametrize("line", ["Most relevant ▾", "Les plus récents ▼", "最新 ▾", "Meest relevant⌄"])
def test_a_sort_menu_with_its_drop_down_caret_is_chrome(line):
    assert nodes.classify(line).kind == nodes.CHROME


@pytest.mark.parametrize("line", ["Like   Remark   Repost   Send", "J’aime   Commenter   Partager   Expédier"])
def test_a_row_of_buttons_parted_by_wide_gaps_with_one_unknown_wording_is_a_row(line):
    assert nodes.classify(line).kind == nodes.ACTION


@pytest.mark.parametrize("line", ["Like   Remark   Share", "Apples   Pears   Plums   Send", "Like Remark Repost Send"])
def test_gapped_words_that_are_mostly_no_buttons_stay_text(line):
    assert nodes.classify(line).kind == nodes.TEXT


def test_a_phone_copys_gapped_button_row_ends_the_body():
    text = ("Mira Solberg\nFounder at Kelp Works\n3d\n\nWe moved our whole team to four-day weeks.\n\n"
            "Like   Remark   Repost   Send\n\nMost relevant ▾\n\n"
            "Jonas Aalto\nProduct designer\n2d\nHow did clients react?\nLike | Reply\n")
    (rec,) = process(text)
    assert rec.body == "We moved our whole team to four-day weeks."
    assert [(c.author.name, c.text) for c in rec.comments] == [("Jonas Aalto", "How did clients react?")]
    assert check_accounted(text, [rec]) == []


def test_the_signed_out_mobile_webs_sign_in_to_see_more_is_chrome():
    assert nodes.classify("Sign in to see more").rule == "ui.sign_in"


@pytest.mark.parametrize("line", ["…ขยายต่อ", "…देखिए और", "…আরো পড়ুন"])
def test_a_fold_whose_words_carry_combining_vowel_signs_is_a_fold(line):
    assert nodes.classify(line).kind == nodes.FOLD


@pytest.mark.parametrize("line", ["…ขยายต่อไปเรื่อยๆจนถึงท้ายบทความนี้แล้วค่อยว่ากัน", "…देखिए और 12"])
def test_a_long_or_counted_line_after_an_ellipsis_stays_text(line):
    assert nodes.classify(line).kind == nodes.TEXT


@pytest.mark.parametrize("line", ["Like • 4", "Recomendar • 12", "Gefällt mir • 1.204", "J’aime • 3", "Like · 1,204"])
def test_a_like_button_with_its_bare_count_is_a_row_of_buttons(line):
    # invented: a phone's comment row writes the like button and its count on one line,
    # after a bullet or a middle dot (some buttons with a middle dot, "J’aime · 3", were
    # rows already: the cases here were not)
    assert nodes.classify(line).rule == "ui.action_row"


@pytest.mark.parametrize("line", ["J’aime · 1 204", "Gilla · 12\u00a0480", "J’aime · 1\u202f204", "Gefällt mir · 1’204"])
def test_a_like_count_grouped_by_spaces_or_apostrophes_is_a_row_of_buttons(line):
    # invented: French, Nordic and Slavic locales group thousands with a (no-break) space,
    # Swiss German with an apostrophe
    assert nodes.classify(line).rule == "ui.action_row"


@pytest.mark.parametrize("line", ["Ana Lee • 2", "Founder • 3", "Like • Ana", "Ana Lee · 1 204", "Like · 12 34", "Like · 1 2045"])
def test_a_name_or_a_word_with_a_number_after_a_bullet_is_no_row(line):
    assert nodes.classify(line).rule != "ui.action_row"


def test_a_phone_comments_like_count_is_not_part_of_its_text():
    text = ("Rosa Vidal\nArquitecta\n3 h •\n\nHoy entregamos la biblioteca de Alzira.\n\n"
            "Recomendar\nComentar\nCompartir\n\nPau Serra\nAparejador\n1 h\n¡Qué buena noticia!\n"
            "Recomendar • 4\nResponder\n")
    (rec,) = process(text)
    assert [(c.author.name, c.text) for c in rec.comments] == [("Pau Serra", "¡Qué buena noticia!")]


def test_polish_report_post_written_with_publikacja_is_the_post_anchor():
    """Polish pages name a post 'publikacja' too: 'Zgłoś tę publikację' is the post's report
    line, as 'Zgłoś ten post' is, and never the first line of the body."""
    assert nodes.classify("Zgłoś tę publikację").kind == nodes.REPORT_POST
    page = ("Anna Kowalska\nKierowniczka zespołu wsparcia\n2 tyg.\nZgłoś tę publikację\n"
            "Od stycznia każde powracające zgłoszenie omawiamy w piątek przez kwadrans.\n"
            "Liczba powtórek spadła o połowę.\n12\n3 komentarze\nLubię to\nSkomentuj\nUdostępnij\n")
    rec = process(page)[0]
    assert rec.body.startswith("Od stycznia")
    assert "Zgłoś" not in rec.body


@pytest.mark.parametrize("line", ["Verificado • 2º", "Verificada • 2.º", "Vérifiée • 3e+", "Verifiziert • 1."])
def test_a_one_word_badge_before_a_bulleted_degree_is_the_degree_line(line):
    # invented: a verified badge in the UI's language, then the connection degree
    assert nodes.classify(line).rule == "ui.connection_degree"


@pytest.mark.parametrize("line", ["Schritt • 2", "Verificado • 2º tiempo", "Ergebnis • 2. Platz"])
def test_a_word_and_a_number_after_a_bullet_in_a_sentence_is_no_degree(line):
    assert nodes.classify(line).rule != "ui.connection_degree"


@pytest.mark.parametrize("line", [
    # invented wordings (no table holds them): LinkedIn, its cookie policy and its privacy policy
    "Al pulsar Continuar para unirte, confirmas que aceptas las Condiciones, la Política de privacidad "
    "y la Política de cookies de LinkedIn.",
    "Mit Klick auf Weiter akzeptieren Sie die Vereinbarung, die Datenschutzrichtlinie und die "
    "Cookie-Richtlinie von LinkedIn.",
    "Devam ederek LinkedIn’in Sözleşmesi’ni, Gizlilik Politikası’nı ve Çerez Politikası’nı onaylarsınız.",
])
def test_a_signed_out_pages_consent_line_is_told_in_any_wording(line):
    assert nodes.consent_line(line)


@pytest.mark.parametrize("line", [
    "LinkedIn changed its cookie banner again and nobody on our team noticed for a week.",
    "Our privacy review of LinkedIn ads took a month. Then a second month. Then a third. Then we gave up.",
])
def test_a_sentence_about_linkedin_and_cookies_or_privacy_alone_is_no_consent_line(line):
    assert not nodes.consent_line(line)


def test_a_post_line_naming_linkedin_cookies_and_privacy_stays_text():
    """(the consent test is asked only of a page's header: a post's line stays text)"""
    assert nodes.classify("LinkedIn’s new cookie and privacy settings confused half of our sales team.").kind == nodes.TEXT


@pytest.mark.parametrize("line, kind", [
    ("👍💡 **1,204** · 88 comments · 9 reposts", nodes.ACTION),
    ("**Like**", nodes.ACTION),
    ("**57**", nodes.COUNTER),
])
def test_markdown_bold_around_a_count_or_a_button_leaves_it_chrome(line, kind):
    assert nodes.classify(line).kind == kind


@pytest.mark.parametrize("line", ["**Note:** the ferry leaves at nine.", "__main__ runs the tests", "**Ferry times**"])
def test_markdown_bold_around_words_that_are_no_ui_stays_text(line):
    assert nodes.classify(line).kind == nodes.TEXT


@pytest.mark.parametrize("line", [
    "Published monthly · 8,214 subscribers", "Newsletter · Pubblicata ogni due settimane",
    "Se publica cada semana · 3.118 suscriptores", "Her hafta yayımlanır", "月1回発行", "每两周发布一次",
    "Weekly newsletter · 4,812 subscribers",
])
def test_newsletter_cadence_lines_in_every_wording(line):
    assert nodes.classify(line).rule == "ui.newsletter"


@pytest.mark.parametrize("tail", ["Vol 3", "Issue 12", "Part 2", "Ep 45", "Nr 7", "Folge 12", "Édition 4"])
def test_a_cadence_beside_an_editions_number_is_no_masthead_line(tail):
    # (only a count of subscribers closes the masthead's line; "Vol 3" names an edition, the
    # line is the writer's)
    for cadence in ("Weekly newsletter", "Newsletter", "Published monthly"):
        assert nodes.classify(f"{cadence} · {tail}").rule != "ui.newsletter"


@pytest.mark.parametrize("line", [
    "Weekly newsletter · 12K subscribers", "Published monthly · 1 subscriber", "Wöchentlicher Newsletter · 2.404 Abonnenten",
    "Publiée chaque semaine · 1 204 abonnés", "Weekly newsletter · 1,2K 名订阅者", "Weekly newsletter · 3,120 подписчиков",
    "週刊ニュースレター・購読者 3,120人", "주간 뉴스레터 · 구독자 3,120명", "Weekly newsletter · ٨٬٢١٤ مشتركًا",
])
def test_a_subscriber_count_in_any_ui_language_closes_the_masthead_line(line):
    assert nodes.classify(line).rule == "ui.newsletter"


def test_a_publication_date_is_no_cadence():
    assert nodes.classify("Published Mar 4, 2025").rule == "ui.published"
    assert nodes.classify("Published weekly reports · 12 teams").rule != "ui.newsletter"


@pytest.mark.parametrize("line, end", [
    ("更多周明远的文章", True), ("更多Lena Ortiz的文章", True), ("更多我们的文章", False), ("更多的文章", False),
])
def test_more_articles_heading_with_the_name_inside(line, end):
    assert (nodes.classify(line).rule == "ui.section_end") is end


def test_spanish_comment_prompt_in_the_imperative():
    """es: the app's comment box says 'Añade un comentario…' (tú) beside 'Añadir …'."""
    from postscrub import nodes

    assert nodes.classify("Añade un comentario…").kind == nodes.ACTION
    assert nodes.classify("Añade un comentario...").kind == nodes.ACTION


def test_the_japanese_masthead_and_counter_row_with_the_katakana_middle_dot():
    assert nodes.classify("週刊ニュースレター・購読者 8,210人").rule == "ui.newsletter"
    assert nodes.classify("コメント 4件・再投稿 2件").kind == nodes.ACTION
    assert nodes.classify("購読中").kind == nodes.ACTION
    assert nodes.classify("ニュースレター・アーカイブの使い方").kind == nodes.TEXT


def test_a_japanese_app_masthead_with_the_bare_cadence_and_a_subscriber_count():
    assert nodes.classify("月刊 · 購読者 1,204人").rule == "ui.newsletter"
    assert nodes.classify("週刊").rule == "ui.newsletter"


def test_a_korean_reading_time_with_its_label_first():
    assert nodes.classify("읽는 시간: 12분").rule == "ui.reading_time"


def test_the_node_patterns_sorted_by_what_they_need_turn_away_no_line_one_of_them_matches():
    """nodes._NodeSplit (the UI node patterns sorted by what each needs of a line, read from the
    tables) names the rule the one alternation of the whole table names, for strings drawn
    from every pattern's own parse, in other cases and with letters re.I takes for others
    swapped in, each also with a word before or after it."""
    import random
    import re

    from postscrub import patterns

    from .test_re import _variants, sample_of

    rules = list(patterns.UI_NODE_PATTERNS)
    whole = re.compile("|".join(f"(?P<r{i}>(?:{'|'.join(p)})\\Z)" for i, p in enumerate(patterns.UI_NODE_PATTERNS.values())),
                       re.I | re.S)
    nodes.new_document()
    nodes.new_document()
    split = nodes._node_split()
    rng = random.Random(7)
    named = 0
    for rule, gs in patterns.UI_NODE_PATTERNS.items():
        for g in gs:
            for s in sample_of(f"(?:{g})\\Z", re.I | re.S, rng, tries=20):
                for v in {x for base in _variants(s) for x in (base, "Ana " + base, base + " x", base + ".")}:
                    m = whole.match(v)
                    want = rules[int(m.lastgroup[1:])] if m else None
                    assert split.match(v) == want, (rule, v)
                    named += want is not None
    assert named > 180  # (the degree badge after a bullet is a table now, no catch-all: fewer strings of it sampled)


@pytest.mark.parametrize("badge", [
    "• 2nd", "• 3rd+", "• 2촌", "• 3-й+", "• 3er+", "• 2:a", "• 1e", "• 2.º", "• Bậc 2", "• ระดับ 3+",
    "• الدرجة الثانية", "• दूसरा", "• 2ος", "• درجه ۲", "• Ika-2", "• 2", "• 3+", "• 2 度", "• You", "· 2nd",
    "• 2nd2nd",
])
def test_a_degree_badge_of_the_tables_is_a_connection_degree(badge):
    assert nodes.classify(badge).rule == "ui.connection_degree"


@pytest.mark.parametrize("item", ["• Phase 2", "• Step 1", "• Power BI", "• Guardrails", "• who decides",
                                  "· Q3 results", "• Part 1 of 3", "• Week 12"])
def test_a_short_bulleted_item_is_no_degree_badge(item):
    assert nodes.classify(item).rule != "ui.connection_degree"


def test_short_bulleted_items_under_a_name_stay_in_the_body():
    from postscrub import process

    text = ("Mira Voss\nOperations lead at Old Station Bakery\n2d\n\n"
            "Our move is done. Here is the plan we followed:\n• Phase 1\nFind the site.\n• Phase 2\n"
            "Move the ovens over one weekend.\n\nLike\nComment\nShare\n")
    (rec,) = process(text)
    assert "• Phase 1" in rec.body and "• Phase 2" in rec.body
    assert not any(r.rule == "ui.connection_degree" for r in rec.repairs)


def test_a_count_of_replies_counting_up_is_no_feed_card_marker():
    from postscrub.repair import split_lines
    from postscrub.shapes import feed_starts

    lines = split_lines("Ana Lee\nGreat idea.\nLike\n· Ответы: 1\nBo Chen\nAgreed.\nLike\n· Ответы: 2\nCy Dunn\nYes.\n")
    assert feed_starts(lines) == []


def test_a_long_form_age_before_the_report_anchor_of_a_flattened_page():
    # invented: a public page (id UI) flattened to one line; the post's age is in its long form
    # ("2 minggu", the locale has no compact one) right before "Laporkan postingan ini". The age
    # is a node of its own, not the end of the headline.
    from postscrub import process

    text = ("LinkedIn Artikel Orang Learning Lowongan Gabung sekarang Masuk "
            "Postingan Dewi Lestari Dewi Lestari Pemilik, Kopi Tepi Sawah | Bandung 2 minggu Laporkan postingan ini "
            "Hari ini kedai kami genap lima tahun. Terima kasih untuk semua pelanggan yang datang sejak hari pertama, "
            "termasuk yang selalu memesan kopi tubruk tanpa gula. #UMKM #kopi "
            "214 18 komentar Suka Komentari Bagikan "
            "Rudi Hartono Barista, Kopi Senja 1 minggu Selamat Bu Dewi! Semoga makin ramai. Suka Balas 2 Reaksi "
            "Masuk untuk melihat atau menambahkan komentar\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Dewi Lestari", "Pemilik, Kopi Tepi Sawah | Bandung", "2 minggu")


def test_the_age_before_each_report_anchor_of_a_long_flattened_feed_is_cut_as_on_a_short_one():
    # invented: a feed flattened to one line, many posts and comments, each age right before its
    # "Report this …" anchor (compact, long form, an "Edited" mark and spaces between). The age
    # is looked for just before each anchor, not from the line's start each time (which cost
    # the square of the line): every age is still a node of its own, as on one post alone.
    from postscrub.repair import Line

    post = ("Postingan Dewi Lestari Pemilik, Kopi Tepi Sawah 2 minggu Laporkan postingan ini "
            "Hari ini kedai kami genap lima tahun. Suka Komentari Bagikan "
            "Rudi Hartono Barista 3d •  Edited      Report this comment Selamat! Like Reply "
            "Sara Holm Arkitekt 4 w Report this comment Fantastiskt! Like Reply ")
    one = [p.text for p in nodes.split_flattened(Line(1, post))]
    assert "2 minggu " in one and "3d •  " in one and "4 w " in one
    many = [p.text for p in nodes.split_flattened(Line(1, post * 200))]
    for age in ("2 minggu ", "3d •  ", "Edited", "4 w "):
        assert many.count(age) == 200 * one.count(age)


def test_the_only_card_marker_of_a_flattened_feed_copy_and_the_doubled_name_after_it():
    # invented: one feed card flattened to one line, its marker the only one copied, and the
    # company's name printed twice (the accessible label and the visible one) before its
    # follower count. The marker is chrome, the name comes out once.
    text = ("Feed post number 5 Harbour Lane Bakery Harbour Lane Bakery 2,318 followers 2,318 followers 6h • "
            "Visible to anyone on or off LinkedIn Our sourdough starter turns twelve this week. We are baking "
            "a loaf for every regular who has stood in the Saturday queue since the start.\n"
            "#Baking\n…more\n31\nLike\nComment\nRepost\nSend\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.age) == ("Harbour Lane Bakery", "6h")
    assert rec.body.startswith("Our sourdough starter turns twelve")
    assert any(r.text.strip() == "Feed post number 5" for r in rec.repairs)
    # the same in German, the marker from the table
    de = ("Beitrag im Feed Nummer 3 Mühlbach Gärtnerei Mühlbach Gärtnerei 812 Follower 812 Follower 2 Tage • "
          "Für alle auf LinkedIn und außerhalb sichtbar Ab Montag verkaufen wir wieder Jungpflanzen aus eigener "
          "Anzucht, solange der Vorrat reicht.\n…mehr\n9\nGefällt mir\nKommentieren\nReposten\nSenden\n")
    (rec,) = process(de)
    assert rec.author.name == "Mühlbach Gärtnerei"
    assert rec.body.startswith("Ab Montag verkaufen wir")


def test_a_flattened_feed_card_of_a_person_drops_the_doubled_headline_and_the_badge():
    # invented: a member's card flattened to one line: the name twice, the degree badge, the
    # headline twice (the accessible label and the visible one), then the age and visibility
    text = ("Feed post number 1 Tomas Ruud Tomas Ruud • 3rd+ Welding instructor at Nordkapp Tech Welding "
            "instructor at Nordkapp Tech 9h • Visible to anyone on or off LinkedIn Our first class of apprentices "
            "passed the pressure-vessel test today, all eleven of them. 64 7 comments Like Comment Repost Send")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Tomas Ruud", "Welding instructor at Nordkapp Tech", "9h")
    assert rec.body == "Our first class of apprentices passed the pressure-vessel test today, all eleven of them."
    es = ("Publicación del feed número 2 Irene Soler Irene Soler • 2º Jefa de compras en Almazara Sur Jefa de "
          "compras en Almazara Sur 1 d • Visible para cualquier persona dentro o fuera de LinkedIn Cerramos el "
          "primer pedido con la cooperativa vecina. 21 3 comentarios Recomendar Comentar Compartir Enviar")
    (rec,) = process(es)
    assert (rec.author.name, rec.author.bio) == ("Irene Soler", "Jefa de compras en Almazara Sur")


def test_the_visibility_line_of_any_locale_is_an_anchor_of_a_flattened_header():
    # invented: a pt card flattened to one line; its visibility line, which the pattern knows in
    # every locale of the table but no row listed, parts the header from the text
    text = ("Publicação do feed número 2 Beatriz Lobo Beatriz Lobo • 2º Enfermeira-chefe no Hospital da Serra "
            "Enfermeira-chefe no Hospital da Serra 2 sem • Visível para qualquer pessoa dentro ou fora do LinkedIn "
            "Hoje a nossa ala pediátrica recebeu as primeiras camas novas. 33 4 comentários Gostei Comentar "
            "Compartilhar Enviar")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Beatriz Lobo", "Enfermeira-chefe no Hospital da Serra", "2 sem")
    assert rec.body == "Hoje a nossa ala pediátrica recebeu as primeiras camas novas."
    sv = ("Inlägg i flödet nummer 1 Nils Berg Nils Berg 1 v • Synligt för alla på och utanför LinkedIn Vi har "
          "öppnat vår nya verkstad i Umeå och söker två mekaniker till hösten. 12 2 kommentarer Gilla "
          "Kommentera Dela Skicka")
    (rec,) = process(sv)
    assert rec.body.startswith("Vi har öppnat") and "Synligt" not in rec.body


def test_the_age_chain_before_a_meta_anchor_is_found_in_one_pass_with_the_same_starts():
    # invented: bullets after ages, spaces, long stretches, an age after a long gap; each
    # bullet's chain start is what the pattern searched from the line's start gives
    texts = ["Lia Moretti 5 mesi • 5 mesi fa • Visibile a tutti",
             "Bo Lind 3 g •   2h • " + "x" * 45 + " • 12 h • Modificato •",
             "7 d•• 4 h  •" + " word" * 9 + "•",
             "no age here • at all • ",
             "Ana 2h • Edited • " * 30]
    found = 0
    for t in texts:
        chains = nodes._age_chain_starts(t)
        for s in range(len(t) + 1):
            if not t[:s].rstrip().endswith("•"):
                continue
            am = nodes._age_chain_before().search(t, 0, s)
            assert chains.get(len(t[:s].rstrip()) - 1) == (am.start(1) if am else None), (t, s)
            found += am is not None
    assert found > 10


# invented: a Spanish post page flattened to one line with no "Report this post" anchor: the
# page's navigation menu, then the post's header glued to its text, then the comments
FLATTENED_AFTER_NAV_ES = (
    "Saltar al contenido principal Artículos Personas Aprendizaje Empleos Juegos Lucía Ferrer "
    "Directora de operaciones en Hortalizas del Sur 2 sem Esta semana cerramos la campaña de invierno "
    "con un récord de cajas enviadas. Gracias al equipo de almacén por cada madrugada. Recomendar "
    "Comentar Compartir Pablo Ruiz Jefe de compras en Frutas Norte 1 sem ¡Enhorabuena! Vaya campaña, "
    "se notó en los pedidos. Recomendar Responder\n")


def test_a_flattened_pages_navigation_ends_where_the_posts_header_begins():
    (rec,) = process(FLATTENED_AFTER_NAV_ES)
    assert (rec.author.name, rec.author.bio, rec.age) == (
        "Lucía Ferrer", "Directora de operaciones en Hortalizas del Sur", "2 sem")
    assert rec.body.startswith("Esta semana cerramos") and rec.body.endswith("cada madrugada.")
    assert [(c.author.name, c.age) for c in rec.comments] == [("Pablo Ruiz", "1 sem")]
    assert check_accounted(FLATTENED_AFTER_NAV_ES, [rec]) == []


# invented: a French post page flattened to one line whose text ends with its link, then the
# link card's title (a question in it) and its domain run in before the counters
FLATTENED_LINK_CARD_FR = (
    "Passer au contenu principal Post de Camille Perrin Camille Perrin Cheffe de projet fret chez "
    "Rail Atlantique 2 sem Signaler ce post Enfin des chiffres clairs sur le report modal dans le "
    "Grand Ouest. #fret #ferroviaire https://lnkd.in/eXmPl3Q Le fret ferroviaire repart-il vraiment ? "
    "Ce que disent les chiffres | Journal des Transports journaldestransports.fr 31 4 commentaires "
    "J’aime Commenter Partager Hugo Lemoine Conducteur de ligne chez Fret Vendée 1 sem Signaler ce "
    "commentaire Merci pour le partage, très utile. J’aime Répondre\n")


def test_a_link_card_run_into_a_flattened_text_before_the_counters_is_no_body():
    (rec,) = process(FLATTENED_LINK_CARD_FR)
    assert rec.body == ("Enfin des chiffres clairs sur le report modal dans le Grand Ouest. "
                        "#fret #ferroviaire https://lnkd.in/eXmPl3Q")
    assert [c.author.name for c in rec.comments] == ["Hugo Lemoine"]
    assert check_accounted(FLATTENED_LINK_CARD_FR, [rec]) == []
    # the text naming a site at its end ("… sur site.fr") keeps it
    named = FLATTENED_LINK_CARD_FR.replace(
        "https://lnkd.in/eXmPl3Q Le fret ferroviaire repart-il vraiment ? Ce que disent les chiffres | "
        "Journal des Transports", "Plus de détails sur")
    (rec,) = process(named)
    assert rec.body.endswith("Plus de détails sur journaldestransports.fr")




def test_a_flattened_comments_two_buttons_before_the_next_comments_header_are_cut():
    # invented: a post page (English UI) flattened to one line, its comments in Hindi and Thai
    # (no capitals to find a name by): the first comment's buttons, "Like Reply" (one string of
    # the table, two buttons), stand alone between its text and the next comment's header
    # ("नाम शीर्षक 5d Report this comment"), no other UI string beside them. They are the
    # comment's buttons: the next comment's header is its own, not the end of the text before.
    from postscrub.repair import Line

    text = ("Ploy Srisuk Ploy Srisuk Data Lead at Baan Analytics 1w Report this post "
            "We closed the quarter with the new warehouse in production and no weekend on call. "
            "12 3 Comments Like Comment Repost Send "
            "अंकित वर्मा डेटा विश्लेषक 5d Report this comment बहुत अच्छा काम, बधाई हो! Like Reply "
            "สมชาย ใจดี วิศวกรข้อมูล 3d Report this comment ยินดีด้วยครับทีมเก่งมาก "
            "Like Reply See more comments")
    parts = [p.text.strip() for p in nodes.split_flattened(Line(1, text))]
    assert "बहुत अच्छा काम, बधाई हो!" in parts and "สมชาย ใจดี วิศวกรข้อมูล" in parts
    (rec,) = process(text)
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [
        ("अंकित वर्मा", "5d", "बहुत अच्छा काम, बधाई हो!"), ("สมชาย ใจดี", "3d", "ยินดีด้วยครับทีมเก่งมาก")]
    # (the pair in a comment's text, the real buttons after it, is prose: left whole)
    prose = text.replace("बहुत अच्छा काम, बधाई हो!", "बहुत अच्छा, I Like Reply guys, बधाई हो!")
    parts = [p.text.strip() for p in nodes.split_flattened(Line(1, prose))]
    assert "बहुत अच्छा, I Like Reply guys, बधाई हो!" in parts


def test_a_flattened_comment_header_after_the_sort_menu_or_a_bare_count_is_cut_with_its_degree():
    # invented: a Portuguese public page flattened onto one line, no "Denunciar" anchor on the
    # comments: the first comment's header follows the sort menu, the next ones follow the
    # reaction count of the comment before ("Responder 12 Name • 3º+ …"); the degree badge
    # between the name and the headline is no part of the headline
    text = ("Helena Baptista Engenheira de dados na Ribeira Digital 2 sem Denunciar esta publicação "
            "Migramos todos os relatórios para um único catálogo e a equipa deixou de discutir números. "
            "Demorou três meses. 87 4 comentários Gostei Comentar Partilhar Enviar Mais relevantes "
            "Tiago Lemos • 2º Analista de BI na Foz Dados 1 sem Quanto tempo gastaram com os nomes das métricas? "
            "Gostei Responder 12 Rita Amaral • 3º+ Gestora de produto 5 d "
            "Ótimo exemplo de governança sem burocracia. Gostei Responder")
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Tiago Lemos", "Analista de BI na Foz Dados", "1 sem", "Quanto tempo gastaram com os nomes das métricas?"),
        ("Rita Amaral", "Gestora de produto", "5 d", "Ótimo exemplo de governança sem burocracia.")]
    assert check_accounted(text, [rec]) == []


def test_a_flattened_reply_header_behind_an_unknown_line_is_found_by_the_authors_badge():
    # invented: a German public page flattened onto one line; a line the tables do not know
    # stands between the comment's row and the reply's header; the post author's badge after
    # the reply's name ("… Greta Lindqvist Autorin Bäckermeisterin …") says where the name starts
    text = ("Greta Lindqvist Bäckermeisterin in Lübeck 6 Tg. Beitrag melden "
            "Wir backen seit März nur noch drei Brotsorten und verkaufen mehr als vorher. "
            "54 2 Kommentare Gefällt mir Kommentieren Teilen Senden Relevanteste "
            "Ole Brandt • 2. Konditor 4 Tg. Welche drei habt ihr behalten? Gefällt mir Antworten 5 1 Antwort "
            "Antworten ausklappen Greta Lindqvist Autorin Bäckermeisterin in Lübeck 4 Tg. "
            "Ole Brandt Roggen, Dinkel und das Kastenbrot. Gefällt mir Antworten 2")
    (rec,) = process(text)
    (comment,) = rec.comments
    assert (comment.author.name, comment.text) == ("Ole Brandt", "Welche drei habt ihr behalten?")
    assert [(r.author.name, r.author.bio, r.age, r.text) for r in comment.replies] == [
        ("Greta Lindqvist", "Bäckermeisterin in Lübeck", "4 Tg.", "Ole Brandt Roggen, Dinkel und das Kastenbrot.")]
    assert check_accounted(text, [rec]) == []
