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
