"""The pipeline's own decisions (``pipeline.py``): invented copies."""

from __future__ import annotations

from postscrub import process
from postscrub.audit import check_accounted

# invented: a post opened over the feed (Portuguese UI); below it, the next feed card's header
# peeks out, then the page's footer links, and the copy ends
_MODAL_OVER_FEED = """Publicação no feed número 1
Irene Sales
Irene Sales
Ceramista em Olaria Sol
3 d •

Abrimos as inscrições para a oficina de torno de julho.
12
Gostei
Comentar
Publicação no feed número 2
Caio Lemos
Caio Lemos
Marceneiro
1 sem. •
Sobre
Acessibilidade
Central de Ajuda
"""


def test_a_last_card_cut_off_after_its_header_is_no_post():
    recs = process(_MODAL_OVER_FEED)
    assert [r.author.name for r in recs] == ["Irene Sales"]
    assert check_accounted(_MODAL_OVER_FEED, recs) == []


def test_a_last_card_with_a_body_is_a_post():
    text = _MODAL_OVER_FEED.replace("1 sem. •\n", "1 sem. •\n\nMesa nova pronta para entrega.\n")
    assert [r.author.name for r in process(text)] == ["Irene Sales", "Caio Lemos"]


# invented: a browser extension's Markdown export: front matter, a heading, the post's fields
# as bold labels (Spanish), then the text
MD_BOLD_FIELDS = """---
fuente: https://www.linkedin.com/posts/lucia-ferro_activity-1
exportado: 2026-03-01 09:00
---

# Publicación de LinkedIn

**Autor:** [Lucía Ferro](https://www.linkedin.com/in/lucia-ferro)
**Titular:** Jefa de producto en Brisa | Madrid
**Publicado:** 3 d • Editado

Este trimestre dejamos de hacer demos en directo y grabamos vídeos cortos.

Las ventas no bajaron y el equipo duerme mejor.
"""


def test_bold_labelled_fields_before_the_text_are_the_posts_author_headline_and_age():
    (rec,) = process(MD_BOLD_FIELDS)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Lucía Ferro", "Jefa de producto en Brisa | Madrid", "3 d")
    assert rec.body.endswith("Las ventas no bajaron y el equipo duerme mejor.")
    assert "Autor" not in rec.body and "Titular" not in rec.body and "Publicado" not in rec.body
    assert check_accounted(MD_BOLD_FIELDS, [rec]) == []


def test_bold_labels_inside_the_text_are_left_to_it():
    text = MD_BOLD_FIELDS.replace("**Autor:** [Lucía Ferro](https://www.linkedin.com/in/lucia-ferro)\n", "")
    (rec,) = process(text)
    assert rec.author.name != "Jefa de producto en Brisa | Madrid"
    assert check_accounted(text, [rec]) == []


def test_a_post_copied_without_buttons_whose_first_line_is_the_name_and_its_degree():
    # invented: the header's name line keeps its degree badge ("• 3rd+"), and no button follows
    text = ("Ines Valdera • 3rd+\nFounder at Pebblepath\n2w •\n"
            "Three customers asked for the same export this week.\n\nWe built it on Friday.\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Ines Valdera", "Founder at Pebblepath", "2w")
    assert rec.body == "Three customers asked for the same export this week.\n\nWe built it on Friday."
    assert "ui.connection_degree" in {r.rule for r in rec.repairs}
