"""Tests of the tables in ``postscrub.patterns`` (through the classifier that reads them)."""

from __future__ import annotations

import pytest

from postscrub import nodes, process


# --- rev12 fixes: a degree badge of several words is one of the table's, a numbered bullet is text ---

@pytest.mark.parametrize("line", ["• Part 1 of 3", "• Phase 2 rollout", "• Part 1 of", "• Week 2 of",
                                  "• Best of 3", "• Only 3 of us", "· Round 2 ok"])
def test_a_body_bullet_with_a_number_is_no_degree(line):
    assert nodes.classify(line).rule != "ui.connection_degree"


@pytest.mark.parametrize("line", ["• Kết nối cấp 2", "• Kết nối cấp 3+", "• 第 2 度", "• 第3度+", "• Tingkat 2",
                                  "· 1st", "• 2nd", "• 1촌"])
def test_a_degree_badge_from_the_table_is_chrome(line):
    assert nodes.classify(line).rule == "ui.connection_degree"


def test_a_numbered_bullet_under_the_name_stays_in_the_body():
    text = ("Marta Quill\nOrchard manager at Quill Family Farm\n3d •\n"
            "Our drip line project, in three steps:\n"
            "• Part 1 of 3\n"
            "We dug the trenches before the frost.\n")
    (rec,) = process(text)
    assert "• Part 1 of 3" in rec.body


def test_a_newsletter_mails_link_lines_with_the_link_in_square_brackets_are_chrome():
    # invented: a newsletter e-mail's text part writing each link after its label in square
    # brackets, as some mail programs convert HTML links
    from postscrub import nodes, process

    for line in ("Read on LinkedIn [https://www.linkedin.com/comm/pulse/quiet-hours-abc-1x2y]",
                 "Unsubscribe [https://www.linkedin.com/comm/psettings/email-unsubscribe?x=1]",
                 "Help [https://www.linkedin.com/help/linkedin/answer/67]"):
        assert nodes.classify(line).rule == "ui.notification_mail", line
    assert nodes.classify("Read this [https://example.com/a] before Monday").kind == nodes.TEXT
    text = ("Quiet Hours\nView in browser [https://www.linkedin.com/comm/pulse/quiet-hours-abc-1x2y]\n\n"
            "Why we stopped meeting on Fridays\nLotte Brennan-Ishikawa\nTeam Lead at Harrow Labs\n\n"
            "Fridays are for finishing things, so we moved every recurring meeting away from them.\n\n"
            "Two months later nobody wants them back.\n\n"
            "Read on LinkedIn [https://www.linkedin.com/comm/pulse/quiet-hours-abc-1x2y]\n\n"
            "Unsubscribe [https://www.linkedin.com/comm/psettings/email-unsubscribe?x=1]\n"
            "Help [https://www.linkedin.com/help/linkedin/answer/67]\n")
    (rec,) = process(text)
    assert rec.body == ("Fridays are for finishing things, so we moved every recurring meeting away from them.\n\n"
                        "Two months later nobody wants them back.")


def test_subscriber_count_with_narrow_no_break_space_thousands_is_a_counter():
    # invented: French groups thousands with U+202F ("12 480 abonnés"); the count is the
    # newsletter's counter as "12,480 subscribers" is
    from postscrub import nodes

    assert nodes.classify("12\u202f480 abonnés").rule == "ui.counter"
    from postscrub.shapes import _cadence_line

    assert _cadence_line("12\u202f480 abonnés") and _cadence_line("3\u00a0015 abonnés")
    assert not _cadence_line("12 480")  # (a bare number is no subscriber count)


def test_quoted_key_before_a_colon_is_no_keyword_to_send_back():
    # invented: a scraper's JSON record whose braces were damaged is read as text; its keys in
    # capitals ("URL": "https://…") are quoted words like 'GUIDE' in "Comment 'GUIDE'", but a
    # quoted word followed by a colon names a field, it asks nothing. Taken as a call to action,
    # each pass took one more field off the body's end (cleaning twice changed it).
    from postscrub import segment

    assert segment._is_cta_line('"URL": "https://www.linkedin.com/posts/ana-ruiz_kiln-activity-1"') is False
    assert segment._is_cta_line('"ID": 42,') is False
    assert segment._is_cta_line("Comment 'KILN' and I'll send you the firing schedule.") is True
    assert segment._is_cta_line('Reply "YES" below.') is True
    text = ('{\n\n"Query": "pottery studios",\n\n"Date": "Mar 3, 2024",\n\n'
            '"Text": "Our kiln fires twice a week now. Glaze tests are on the shelf by the door.",\n\n'
            '"URL": "https://www.linkedin.com/posts/ana-ruiz_kiln-activity-1",\n\n'
            '"Text": "Open studio on Saturdays from ten.",\n\n'
            '"URL": "https://www.linkedin.com/posts/ana-ruiz_studio-activity-2",\n\n"row": 7\n\n')
    (rec,) = process(text)
    assert rec.cta is None
    assert rec.body.rstrip().endswith('"row": 7')
    (again,) = process(rec.body)
    assert again.body == rec.body and again.cta is None


def test_asks_to_send_in_write_privately_or_forward_are_calls_to_action():
    # invented: closing asks to send something in, to write by private message, to write in the
    # comments (Polish plural), to forward the text on: the call to action, not the body;
    # an invitation to discuss ("tell me in the comments") is no cue
    from postscrub import process

    def cta(name, head, *paras):
        (rec,) = process(name + "\n" + head + "\n\n" + "\n\n".join(paras) + "\n\n#Teams\n")
        return rec.cta

    assert cta("Ana Lee", "Returns lead at Parcelmoor", "We rebuilt our returns desk around three questions.",
               "Two of them came from the drivers, not from us.",
               "If your team has a returns checklist, send it my way.") == (
        "If your team has a returns checklist, send it my way.")
    assert cta("Jonas Riedl", "Teamleiter Disposition", "Seit März rechnen wir Überstunden monatlich ab.",
               "Die Teams planen seitdem ruhiger.", "Fragen zur Umstellung? Gerne auch per Nachricht.") is not None
    assert cta("Ewa Kordecka", "Kierowniczka zespołu", "Od stycznia nie mamy porannych spotkań.",
               "Zespół sam ustala, kiedy rozmawia.", "Chcecie nasz szablon tygodnia? Napiszcie w komentarzu.") is not None
    assert "Forward this to someone" in (cta(
        "Mina Cho", "Librarian", "Our small library lent more board games than books this winter.",
        "Next month we try the same with tools.", "Forward this to someone who could use a tool shelf.") or "")
    assert cta("Tom Reyes", "Engineering manager", "We moved stand-ups to the afternoon.",
               "Nobody misses the morning rush.", "Tell me in the comments how your team does it.") is None


def test_a_newsletter_mails_reason_line_without_the_word_email_is_chrome():
    # invented: an edition's mail whose footer gives the reason it was sent without saying
    # "email" ("You're receiving this because you follow …"): chrome, so the two-line sign-off
    # over the hashtags still closes the text
    from postscrub import nodes, process

    assert nodes.classify("You’re receiving this because you follow Harbour Notes on LinkedIn.").rule == (
        "ui.notification_mail")
    text = ("Harbour Notes\nView in browser\n\n"
            "What a tide table taught our ferry crews\nOrla Quennell\nOperations Manager at Kestrel Ferries\n\n"
            "Every crew now starts the shift with the tide table, not the timetable.\n\n"
            "Late departures fell by a fifth in one season.\n\n"
            "Fair winds,\nOrla\n\n#Maritime #Operations\n\n"
            "Read on LinkedIn\n\n"
            "You’re receiving this because you follow Harbour Notes on LinkedIn.\nUnsubscribe\nHelp\n")
    (rec,) = process(text)
    assert "receiving" not in rec.body and "Fair winds" not in rec.body
    assert rec.sign_off == "Fair winds, Orla"


# invented: a Spanish post page whose text opens with the words of its celebration card, as a
# sentence that goes on; the generated card's caption stands under the text, alone
CELEBRATION_OPENING_ES = """Marta Quintana
Jefa de almacén en Grupo Alba
1 sem •
Celebrando 3 años en Grupo Alba. Empecé como becaria y hoy dirijo el turno de noche.
Gracias a quienes me enseñaron a cargar un camión sin romper nada.
Celebrando 3 años en Grupo Alba
Recomendar
Comentar
Compartir
Diego Salas
Conductor en Transportes Salas
5 d
¡Enhorabuena, Marta! Tres años que parecen diez por todo lo que has hecho.
Recomendar
Responder
"""


def test_a_celebration_cards_caption_is_no_sentence_so_the_texts_opening_sentence_stays():
    (rec,) = process(CELEBRATION_OPENING_ES)
    assert rec.body == ("Celebrando 3 años en Grupo Alba. Empecé como becaria y hoy dirijo el turno de noche.\n\n"
                        "Gracias a quienes me enseñaron a cargar un camión sin romper nada.")
    assert nodes.classify("Celebrating 6 years at Brightline Labs Inc.").rule == "ui.celebration_card"
    assert nodes.classify("Celebrating 6 years at Brightline Labs! Started in the post room").kind == nodes.TEXT


def test_an_offer_or_ask_by_private_message_is_a_call_to_action():
    # invented: the closing line offers to send something, or asks to write, by private
    # message (fr, es, it): the call to action, not the body; where applications go "par
    # message privé" is the text's
    from postscrub import process

    def cta(name, head, *paras):
        (rec,) = process(name + "\n" + head + "\n\n" + "\n\n".join(paras) + "\n\n#Equipe\n")
        return rec.cta

    assert cta("Lucie Marchand", "DRH chez Valtoria", "Nous avons refondu nos entretiens annuels.",
               "Chaque manager a maintenant une grille d’une page.",
               "Si le sujet vous intéresse, je partage notre grille en message privé.") == (
        "Si le sujet vous intéresse, je partage notre grille en message privé.")
    assert cta("Pablo Ruiz", "Jefe de almacén", "Cambiamos los turnos del sábado.",
               "Nadie quiere volver al sistema anterior.", "¿Quieres la plantilla? Te la envío por mensaje privado.") is not None
    assert cta("Sara Conti", "Responsabile HR", "Abbiamo cambiato i colloqui di fine anno.",
               "I manager usano una griglia di una pagina.", "Se vi interessa, ve la mando in privato.") is not None
    assert cta("Luc Perrin", "Directeur d’usine", "Nous recrutons deux techniciens de maintenance.",
               "CDI, formation assurée en interne.", "Candidatures par message privé ou sur notre page Carrières.") is None


def test_private_in_a_sentence_of_the_text_is_no_call_to_action():
    # invented (review): "in privato" alone also tells what happened ("ne ho parlato in privato
    # con il team"); only the ask forms are cues
    from postscrub import process

    (rec,) = process("Sara Conti\nResponsabile HR\n\nAbbiamo cambiato i colloqui di fine anno.\n\n"
                     "Ne ho parlato in privato con il team prima di annunciarlo.\n\n#HR\n")
    assert rec.cta is None
    (rec,) = process("Sara Conti\nResponsabile HR\n\nAbbiamo cambiato i colloqui di fine anno.\n\n"
                     "Se volete la griglia, scrivetemi in privato.\n\n#HR\n")
    assert rec.cta == "Se volete la griglia, scrivetemi in privato."


def test_a_mails_reason_line_naming_what_it_sent_is_chrome():
    # invented: the reason line names what was sent ("this newsletter", "this weekly digest"),
    # under a rule of dashes, after a dash sign-off: chrome, so the sign-off closes the text
    for line in ("You are receiving this newsletter because you subscribed to Pier Notes on LinkedIn.",
                 "You’re receiving this weekly digest because you follow Pier Notes."):
        assert nodes.classify(line).rule == "ui.notification_mail"
    text = ("Pier Notes\n\nWhy our night shift eats first\nMarek Olsen\nPort logistics lead\n\n"
            "We moved the crew meal to the start of the night shift.\n\n"
            "Mistakes in the first hour dropped by half.\n\n— Marek\n\n"
            "------------------------------\n"
            "You are receiving this newsletter because you subscribed to Pier Notes on LinkedIn.\n"
            "Unsubscribe\n")
    (rec,) = process(text)
    assert rec.body == "We moved the crew meal to the start of the night shift.\n\nMistakes in the first hour dropped by half."
    assert rec.sign_off == "— Marek"


def test_a_french_invitation_to_answer_in_the_comments_stays_in_the_body_before_the_call_to_action():
    # invented: a French post whose next-to-last paragraph invites the readers to answer in the
    # comments ("Racontez-nous en commentaire": a closing invitation to discuss, the body's by
    # the corpus convention), the last asks to subscribe (the call to action); a bare "en
    # commentaire" is no cue, as "in the comments" is none in English
    text = ("Camille Roche\nResponsable RH chez Atelier Nord\n2 j\n\n"
            "Nous avons supprimé les entretiens annuels l’an dernier au profit de points trimestriels courts.\n\n"
            "Les managers y passent moins de temps et les équipes disent enfin ce qui coince.\n\n"
            "Et dans votre entreprise, comment ça se passe ? Racontez-nous en commentaire.\n\n"
            "Pour recevoir notre trame d’entretien trimestriel, abonnez-vous à la lettre « RH pratique ».\n")
    (rec,) = process(text)
    assert rec.body.endswith("Et dans votre entreprise, comment ça se passe ? Racontez-nous en commentaire.")
    assert rec.cta == "Pour recevoir notre trame d’entretien trimestriel, abonnez-vous à la lettre « RH pratique »."
