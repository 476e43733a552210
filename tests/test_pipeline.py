"""The pipeline's own decisions (``pipeline.py``): invented copies."""

from __future__ import annotations

import pytest

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


# invented: a browser extension's Markdown, its fields a bullet list under a page heading, more
# fields after them, a rule, then the post under a section heading
MD_BULLET_FIELDS = """<!-- Saved by ClipTool 1.0 -->
# Beitrag von Jonas Weber

- **Author:** [Jonas Weber](https://www.linkedin.com/in/jonas-weber-x)
- **Headline:** Schreiner | Ausbilder in Kassel
- **Posted:** 2 Tg.
- **Reactions:** 58 · **Comments:** 7
- **Saved:** 2026-03-02 08:00

---

## Post

Unser Azubi hat heute sein erstes Möbelstück allein gebaut.

Ein Hocker aus Eiche, ohne eine einzige Schraube. Drei Wochen hat er daran gesessen, jeden
Abend eine Stunde länger als nötig, weil er die Zapfen wieder und wieder nachgemessen hat.

Ich bin stolz auf ihn, und ein bisschen auch auf uns als Werkstatt.

[#Handwerk](https://www.linkedin.com/feed/hashtag/?keywords=handwerk) [#Ausbildung](https://www.linkedin.com/feed/hashtag/?keywords=ausbildung)
"""


def test_bold_labelled_fields_as_a_bullet_list_under_a_page_heading():
    (rec,) = process(MD_BULLET_FIELDS)
    assert (rec.author.name, rec.author.bio) == ("Jonas Weber", "Schreiner | Ausbilder in Kassel")
    assert rec.title is None
    assert rec.body.startswith("Unser Azubi hat heute") and rec.body.endswith("#Handwerk #Ausbildung")
    for chrome in ("Reactions", "Saved", "---", "Beitrag von", "Post\n"):
        assert chrome not in rec.body
    assert check_accounted(MD_BULLET_FIELDS, [rec]) == []


def test_bold_labels_inside_the_text_are_left_to_it():
    text = MD_BOLD_FIELDS.replace("**Autor:** [Lucía Ferro](https://www.linkedin.com/in/lucia-ferro)\n", "")
    (rec,) = process(text)
    assert rec.author.name != "Jefa de producto en Brisa | Madrid"
    assert check_accounted(text, [rec]) == []


# invented: a note, a forwarded mail's header block in French (its labels composed: "Envoyé",
# "À"), then a post copy; the same dump is read the same whatever ends its lines or however
# its accents are encoded
_FORWARDED = ("Voir plus bas.\n\nMia\n\nDe : Ken Ito <ken.ito@example.com>\nEnvoyé : lundi 23 novembre 2026\n"
              "À : Support <support@example.com>\nObjet : post LinkedIn\n\n"
              "Rosa Vidal\nRosa Vidal\n• 2nd\nCarpenter at Vidal Works\n4d • \nFollow\n\n"
              "We finished our first timber hall, fourteen months of planning.\n\nhashtag\n#Timber\n\n"
              "3 comments\nLike\nComment\nRepost\nSend\n")


def _same(recs):
    return [{k: v for k, v in r.to_dict().items() if k not in ("repairs", "source", "encoding")} for r in recs]


_ROUTES = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "u2028": lambda t: t.replace("\n", "\u2028"),
    "u2029": lambda t: t.replace("\n\n", "\u2029").replace("\n", "\u2028"),
    "nfd": lambda t: __import__("unicodedata").normalize("NFD", t),
    "doubled": lambda t: t.replace("\n", "\n\n"),
    "doubled-crlf": lambda t: t.replace("\n", "\r\n\r\n"),
    "indent": lambda t: "\n".join("  " + x if x.strip() else x for x in t.split("\n")),
    "tab": lambda t: "\n".join("\t" + x if x.strip() else x for x in t.split("\n")),
    "zwsp": lambda t: "\n".join("\u200b" + x + "\u2060" if x.strip() else x for x in t.split("\n")),
    "bom": lambda t: "\ufeff" + t,
    "trailing": lambda t: "\n".join(x + "  " for x in t.split("\n")),
    "shy": lambda t: __import__("re").sub(r"\b([^\W\d_]{4})([^\W\d_]{4,})", "\\1\u00ad\\2", t),
}


@pytest.mark.parametrize("route", _ROUTES)
def test_a_capture_routes_line_ends_and_characters_leave_the_record_as_it_was(route):
    text = _ROUTES[route](_FORWARDED)
    recs = process(text)
    assert _same(recs) == _same(process(_FORWARDED))
    assert recs[0].author.name == "Rosa Vidal"
    assert check_accounted(text, recs) == []


def test_a_post_copied_without_buttons_whose_first_line_is_the_name_and_its_degree():
    # invented: the header's name line keeps its degree badge ("• 3rd+"), and no button follows
    text = ("Ines Valdera • 3rd+\nFounder at Pebblepath\n2w •\n"
            "Three customers asked for the same export this week.\n\nWe built it on Friday.\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Ines Valdera", "Founder at Pebblepath", "2w")
    assert rec.body == "Three customers asked for the same export this week.\n\nWe built it on Friday."
    assert "ui.connection_degree" in {r.rule for r in rec.repairs}


SAVED_MD = """---
title: "Jonas Weber on LinkedIn: Three lessons from our first hardware recall"
author: Jonas Weber
saved: 2026-10-02 08:15
---

# Jonas Weber on LinkedIn

**[Jonas Weber](https://www.linkedin.com/in/jonas-weber-hw)**
*VP Operations at Kettleworks*
2d · 🌐

Three lessons from our first hardware recall. Tell customers before they find out. Pay for the shipping. Write down what broke.

[Like](https://www.linkedin.com/x) · [Comment](https://www.linkedin.com/y)
"""


def test_saved_markdown_page_title_heading_and_italic_headline():
    # "# Name on LinkedIn" is the page's title, not the post's; the headline under the bold
    # name is in italics: the emphasis goes
    (rec,) = process(SAVED_MD)
    assert rec.title is None
    assert (rec.author.name, rec.author.bio) == ("Jonas Weber", "VP Operations at Kettleworks")
    assert rec.body.startswith("Three lessons from our first hardware recall.")
    assert check_accounted(SAVED_MD, [rec]) == []


def test_a_front_matter_title_that_is_the_posts_opening_cut_short_is_no_title():
    # invented: a saver put the post's first words, cut with an ellipsis, in the title field
    text = ("---\ntitle: \"Three winters ago we planted forty apple trees on the old…\"\nauthor: Rosa Klint\n---\n\n"
            "Rosa Klint\nOrchard keeper | Cider maker\n\n"
            "Three winters ago we planted forty apple trees on the old car park behind the school. "
            "This autumn the children picked the first harvest.\n\nWe pressed it into 60 bottles of juice.\n")
    rec = process(text)[0]
    assert rec.title is None
    assert rec.body.startswith("Three winters ago we planted")
    assert check_accounted(text, [rec]) == []


def test_a_front_matter_title_cut_short_that_opens_no_paragraph_stays_the_title():
    text = ("---\ntitle: \"What forty apple trees taught a school about patience and…\"\nauthor: Rosa Klint\n---\n\n"
            "Rosa Klint\nOrchard keeper | Cider maker\n\n"
            "Three winters ago we planted forty apple trees on the old car park behind the school. "
            "This autumn the children picked the first harvest.\n\nWe pressed it into 60 bottles of juice.\n")
    rec = process(text)[0]
    assert rec.title == "What forty apple trees taught a school about patience and…"


def test_a_markdown_heading_that_is_the_posts_opening_cut_short_is_no_title():
    text = ("# Three winters ago we planted forty apple trees on the old...\n\nRosa Klint\nOrchard keeper\n2d\n\n"
            "Three winters ago we planted forty apple trees on the old car park behind the school. "
            "This autumn the children picked the first harvest.\n\n## Comments\n\nAna Lee · Teacher · 1d\nLovely.\n")
    rec = process(text)[0]
    assert rec.title is None
    assert (rec.author.name, rec.age) == ("Rosa Klint", "2d")
    assert rec.body.startswith("Three winters ago")


def test_an_italic_headline_under_a_markdown_heading_name_loses_its_italics():
    """A browser extension's Markdown: the name as a heading with its profile link, the
    headline in italics under it, then the age. The italics are the export's, not the
    headline's (they went only under a bold name)."""
    text = ("---\ntitle: \"Fenna Oosterhuis op LinkedIn: Vanaf maandag draait de brug\"\n"
            "url: https://www.linkedin.com/posts/fenna-o_brug-activity-1234\n---\n\n"
            "## [Fenna Oosterhuis](https://www.linkedin.com/in/fenna-o)\n"
            "*Sluiswachter | Provincie Fryslân*\n3 d • 🌐\n\n"
            "Vanaf maandag draait de brug weer op het oude schema.\n\n"
            "[#brug](https://www.linkedin.com/feed/hashtag/brug)\n\n👍 41 · 3 reacties\n\n---\n\n### Reacties (1)\n\n"
            "**[Wiebe Kramer](https://www.linkedin.com/in/wiebe-k)** · Schipper · 1 d\n> Eindelijk.\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio) == ("Fenna Oosterhuis", "Sluiswachter | Provincie Fryslân")
    assert rec.body == "Vanaf maandag draait de brug weer op het oude schema.\n\n#brug"
    assert check_accounted(text, [rec]) == []


@pytest.mark.parametrize("first", ["R$ 40 mil arrecadados para a biblioteca da escola em duas semanas.",
                                   "US$ 2M raised in our seed round, and the work starts now.",
                                   "100% of the proceeds go to the school library this year."])
def test_a_first_line_opening_with_a_currency_or_a_share_is_no_shell_prompt(first):
    # invented: a word or a number before "$" or "%" is money or a share, not a prompt
    text = first + "\nThank you to everyone who gave.\n\nThe work starts in March.\n"
    (rec,) = process(text)
    assert rec.body.startswith(first)
    assert not any(r.rule == "ui.terminal" for r in rec.repairs)


def test_excels_delimiter_hint_over_a_csv_is_no_row():
    from postscrub import process
    from postscrub.audit import check_accounted

    dump = ('sep=;\nAutor;Text;Alter\nHanna Berg;"Unser Stout hat Silber gewonnen.";2 Tg.\n'
            'Ivo Dahl;"Noch ein Text hier, bitte.";3 Tg.\n')
    a, b = process(dump)
    assert (a.shape, a.author.name, a.body, b.author.name) == (
        "scraper_csv", "Hanna Berg", "Unser Stout hat Silber gewonnen.", "Ivo Dahl")
    assert any(r.rule == "csv.delimiter_hint" for r in a.repairs)
    assert check_accounted(dump, [a, b]) == []


def test_a_bold_name_with_the_author_badge_or_a_degree_in_words():
    """"**Name** Author" (a quoted reply's header) loses its emphasis and its badge; a degree
    in words after a bold name ("· 3e et +") goes as a degree; "**Note** Bene" stays."""
    from postscrub.pipeline import _header_line_marks
    from postscrub.repair import RepairLog, split_lines

    lines = split_lines("**Oona Pell** Author\n**Maeve Corran** · 3e et +\n**Note** Bene\n")
    _header_line_marks(lines, RepairLog())
    assert [ln.text for ln in lines[:3]] == ["Oona Pell", "Maeve Corran", "**Note** Bene"]


def test_a_tools_comment_lines_over_its_tsv_header_are_no_rows():
    """"# Exported by …" lines over a TSV header (a comment collector's export): they go as
    the export's comments, the rows are read; "# Heading" over prose stays a heading."""
    from postscrub import process
    from postscrub.audit import check_accounted

    dump = ("# Thread Saver 0.9 export\n# source: https://www.linkedin.com/feed/update/urn:li:activity:1/\n"
            "ID\tKind\tParent ID\tAuthor\tHeadline\tAge\tText\n"
            "1\tPost\t\tNell Varga\tBaker at Crumb & Co\t4d\tOur sourdough class is full again.\n"
            "2\tComment\t1\tOtto Reyes\tPastry chef\t3d\tSave me a seat next time!\n"
            "3\tReply\t2\tNell Varga\tBaker at Crumb & Co\t3d\tDone, Otto.\n")
    (rec,) = process(dump)
    assert (rec.author.name, rec.age, rec.body) == ("Nell Varga", "4d", "Our sourdough class is full again.")
    assert [c.author.name for c in rec.comments] == ["Otto Reyes"]
    assert [r.text for r in rec.comments[0].replies] == ["Done, Otto."]
    assert sum(r.rule == "csv.comment" for r in rec.repairs) == 2
    assert check_accounted(dump, [rec]) == []
    (plain,) = process("# Notes from the week\nWe baked four hundred loaves.\nThe oven held up.\n")
    assert not any(r.rule == "csv.comment" for r in plain.repairs)


_SAVED_POST = """---
title: "Our bakery switched to four-day weeks in spring."
author: "Carla Mendes"
headline: "Owner at Forno Azul"
posted: "6d"
---

# Post by Carla Mendes

Our bakery switched to four-day weeks in spring.

Nobody quit, and the croissants got better.

#SmallBusiness #Bakery

---

## Comments (2 of 14)

- **Tiago Rocha** · Chef at Casa Verde · 5d
  How did you cover Saturdays?
  - **Carla Mendes** · Author · 5d
    Two shifts, both part-time.
- **Rui Sousa** · Baker · 4d
  Brave move.

---
*Saved with Clipmate 1.2*
"""


def test_a_saved_posts_front_matter_title_that_opens_its_text_is_no_title():
    """A tool's front matter titles the saved post with its first sentence, whole; the age
    is under "posted"; "# Post by <author>" is the page's label; the comments under "##
    Comments (2 of 14)" (no heading over the text) are read, the reply's "Author" badge is
    no headline, and the tool's footer after the closing rule is no comment's text."""
    from postscrub import process
    from postscrub.audit import check_accounted

    (rec,) = process(_SAVED_POST)
    assert (rec.title, rec.author.name, rec.author.bio, rec.age) == (None, "Carla Mendes", "Owner at Forno Azul", "6d")
    assert rec.body == ("Our bakery switched to four-day weeks in spring.\n\nNobody quit, and the croissants got better."
                        "\n\n#SmallBusiness #Bakery")
    assert [(c.author.name, c.author.bio, c.text) for c in rec.comments] == [
        ("Tiago Rocha", "Chef at Casa Verde", "How did you cover Saturdays?"), ("Rui Sousa", "Baker", "Brave move.")]
    reply = rec.comments[0].replies[0]
    assert (reply.author.name, reply.author.bio, reply.text) == ("Carla Mendes", None, "Two shifts, both part-time.")
    assert check_accounted(_SAVED_POST, [rec]) == []


def test_a_feed_copy_with_one_stray_byte_keeps_its_header_and_records_the_byte():
    # found by benchmarks/fuzz.py --check: one byte that is no UTF-8 (and no cp1252) made the
    # dump read as a Japanese or DOS code page; the header's bullet became mojibake, the header
    # stayed in the body, and the body alone read as an author and a headline
    from postscrub import process_bytes
    from postscrub.decode import decode

    dump = ("Feed post number 1\nMirela Voss\nMirela Voss\nBaker at Voss Bread\n5h • \n \n"
            "5 hours ago • Visible to anyone on or off LinkedIn\n"
            "📩 Orders open on Monday: rye, spelt and seeded loaves.\n\n"
            "We moved the bakery to the old station this spring 🚉 and the first loaves sold out.\n\n"
            "📞 +1 555 0100\n🌐 bakery.example\n…more\nLike\nComment\nRepost\nSend\n").encode("utf-8")
    k = dump.index(b"We moved")
    data = dump[:k] + b"\x81" + dump[k:]
    (rec,) = process_bytes(data)
    assert (rec.encoding, rec.author.name, rec.age) == ("utf-8", "Mirela Voss", "5h")
    assert rec.body.startswith("📩 Orders open on Monday") and "\ufffd" not in rec.body
    assert [r.text for r in rec.repairs if r.rule == "lost_character"] == ["\ufffd"]
    assert check_accounted(decode(data)[0], [rec]) == []
    assert "\n\n".join(r.body for r in process(rec.body)) == rec.body


# invented: a phone app's copy of an article in the Japanese UI, whose bullet is the katakana
# middle dot between spaces (the byline's degree, the age's globe, the comment rows)
JA_APP_ARTICLE = """9:41

小さなパン屋の経営ノート
月刊ニュースレター・購読者 1,204人
購読中

朝五時のシフトをやめた話

山田 花子 ・ 2次
オーナー｜ベーカリー小麦堂
3日 ・ 🌐
フォロー

開店前の仕込みを前日の夜に移しました。朝の人手は半分になりました。

パンの味は変わらず、スタッフの遅刻はゼロになりました。

#パン屋 #働き方

いいね
コメント

佐藤 一郎 ・ 3次以上
パン職人
2日

夜の仕込みで生地の発酵はどう調整しましたか？

いいね ・ 3 | 返信
"""


def test_the_japanese_uis_katakana_bullet_reads_as_the_bullet():
    (rec,) = process(JA_APP_ARTICLE)
    assert (rec.title, rec.author.name, rec.author.bio, rec.age) == (
        "朝五時のシフトをやめた話", "山田 花子", "オーナー｜ベーカリー小麦堂", "3日")
    assert rec.body.startswith("開店前の仕込みを前日の夜に移しました。")
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [("佐藤 一郎", "パン職人", "2日")]
    assert check_accounted(JA_APP_ARTICLE, [rec]) == []


def test_a_clipped_articles_heading_loses_the_sites_name_after_the_bar():
    text = ("---\nsource: https://www.linkedin.com/pulse/night-shift-handover-ilka-brandt\nauthor: Ilka Brandt\n---\n\n"
            "# What the Night Shift Knows | LinkedIn\n\nIlka Brandt\nWard Manager at St. Aldric Hospital\n\n"
            "## The handover\n\nEvery morning at seven the night shift hands over twenty patients in twelve minutes.\n\n"
            "## The fix\n\nWe moved the handover to the bedside and it got shorter, not longer.\n")
    (rec,) = process(text)
    assert rec.title == "What the Night Shift Knows"


def test_a_clipping_linking_to_the_pulse_article_under_its_heading_is_an_article():
    # a read-later export: its front matter has no address, the link to the article stands
    # under the heading; the comments' first age is no post header
    text = ("---\ntitle: \"Why We Stopped Selling Gift Cards\"\nauthor: \"Liesel Amberg\"\n---\n\n"
            "# Why We Stopped Selling Gift Cards\n\n#Later\n\n[Open in Shelfapp](https://shelfapp.example/me/gift-cards-4f2a)\n"
            "[Open Original](https://www.linkedin.com/pulse/why-we-stopped-selling-gift-cards-liesel-amberg)\n\n"
            "saved: 2026-03-09 08:12:44\n\n---\n\n## Content:\n\n"
            "Liesel Amberg\n\nOwner at Amberg Bookshop\n\nPublished Mar 3, 2026\n\n"
            "Gift cards looked like free money, and for two years they were the best line on our sheet.\n\n"
            "Then we counted the cards nobody ever spent, and what they did to our December stock.\n\n"
            "Like\nComment\nShare\n\n"
            "Oskar Brenner\nBookseller\n4d\nWe saw the same thing with our vouchers last winter.\nLike\nReply\n")
    (rec,) = process(text)
    assert rec.title == "Why We Stopped Selling Gift Cards"
    assert rec.author.name == "Liesel Amberg"
    assert "Gift cards looked like free money" in rec.body
    assert [c.author.name for c in rec.comments] == ["Oskar Brenner"]


def test_a_clippings_section_headings_lose_their_markers_with_no_link_in_the_text():
    text = ("---\ntitle: \"Three Shelves, Not Ten\"\nauthor: \"Ottilie Brandvold\"\n"
            "source: https://www.linkedin.com/pulse/three-shelves-not-ten-ottilie-brandvold\n---\n\n"
            "Ottilie Brandvold\nOwner at Brandvold Hardware\n\n"
            "We had ten shelves of fasteners and sold from three of them.\n\n"
            "## What we kept\n\nThe three shelves by the till, restocked every Friday.\n")
    (rec,) = process(text)
    assert "\nWhat we kept\n" in rec.body and "##" not in rec.body


SCRIPT_PRINTOUT = """=== Hana Morrow · Beekeeper | Honey & hives at Lindhurst · 2d ===

Our hives made it through the coldest week in ten years.

We wrapped them in straw and hoped. Every colony survived.

--- comments ---

[Colm Avery | Orchard grower | 1d]
Great news, the apples will thank you in spring.
    ↳ [Hana Morrow | Beekeeper | Honey & hives at Lindhurst | 20h]
    They will, we are already planning the pollination rounds.
"""


def test_one_line_headers_inside_a_scripts_banner_and_brackets():
    # a script printed the post's header as a banner and each comment's in brackets: the marks
    # go, and the headers read as one-line headers ("Name | headline | age")
    (rec,) = process(SCRIPT_PRINTOUT)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Hana Morrow", "Beekeeper | Honey & hives at Lindhurst", "2d")
    assert rec.body == ("Our hives made it through the coldest week in ten years.\n\n"
                        "We wrapped them in straw and hoped. Every colony survived.")
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [("Colm Avery", "Orchard grower", "1d")]
    assert [(r.author.name, r.text) for r in rec.comments[0].replies] == [
        ("Hana Morrow", "They will, we are already planning the pollination rounds.")]
    assert check_accounted(SCRIPT_PRINTOUT, [rec]) == []


# --- rev12 fixes: only a line that is nothing but the link to a /pulse/ page makes an article ---

def test_a_post_clipping_whose_text_links_to_an_article_stays_a_post():
    text = ("---\nsource: https://www.linkedin.com/posts/ines-duarte_ferries-activity-7301122334455667788-ZxCv\n"
            "author: Ines Duarte\nclipped: 2025-04-11\n---\n\n"
            "Ines Duarte\nFerry operations lead at Baía Lines\n2d •\n\n"
            "We cut the ferry timetable in half and nobody missed the empty crossings.\n\n"
            "I wrote up the numbers here: https://www.linkedin.com/pulse/half-timetable-ines-duarte-xk2f\n\n"
            "#Transport #Ferries\n\nLike\nComment\nRepost\n\n"
            "Tom Avery\nHarbour master at Porto Leste\n1d\nSame at ours, the early boat was always empty.\nLike\nReply\n")
    (rec,) = process(text)
    assert rec.title is None
    assert (rec.author.name, rec.age) == ("Ines Duarte", "2d")
    assert rec.body.startswith("We cut the ferry timetable in half")
    assert "https://www.linkedin.com/pulse/half-timetable-ines-duarte-xk2f" in rec.body
    assert [c.author.name for c in rec.comments] == ["Tom Avery"]


def test_an_omnivore_read_original_line_makes_the_clipping_an_article():
    text = ("---\nid: 5b7c9e10-aa21-4c1f-9d3e-7f1e2a6b8c44\ntitle: \"The Quiet Shift to Four-Day Weeks\"\n"
            "author: \"Maren Solberg\"\ndate_saved: 2026-02-14 07:40:12\n---\n\n"
            "# The Quiet Shift to Four-Day Weeks\n\n#Omnivore\n\n"
            "[Read on Omnivore](https://omnivore.app/me/the-quiet-shift-18d2a)\n"
            "[Read Original](https://www.linkedin.com/pulse/quiet-shift-four-day-weeks-maren-solberg)\n\n"
            "date_saved: 2026-02-14 07:40:12\n\n---\n\n## Content\n\n"
            "Maren Solberg\n\nHead of People at Fjordline Studio\n\nPublished Feb 10, 2026\n\n"
            "We tried a four-day week for one quarter and kept it.\n\n"
            "Output held steady, and sick days fell by a third.\n\n"
            "Like\nComment\nShare\n\n"
            "Jonas Weber\nCTO at Falke\n3d\nWe are starting our own trial in April.\nLike\nReply\n")
    (rec,) = process(text)
    assert rec.title == "The Quiet Shift to Four-Day Weeks"
    assert rec.author.name == "Maren Solberg"
    assert "We tried a four-day week for one quarter and kept it." in rec.body
    assert [c.author.name for c in rec.comments] == ["Jonas Weber"]


def test_a_clipped_articles_page_title_gives_the_title_without_the_sites_name():
    # invented: a clipper's front matter whose title is the article page's <title>, "Title |
    # LinkedIn", its source a /pulse/ address
    text = ("---\ntitle: \"Night shifts need their own handbook | LinkedIn\"\n"
            "source: \"https://www.linkedin.com/pulse/night-shifts-need-own-handbook-tove-ramsay-1xyz\"\n"
            "author:\n  - \"[[Tove Ramsay]]\"\n---\n"
            "[Tove Ramsay](https://www.linkedin.com/in/tove-ramsay-example)\n\n"
            "Head of Nursing at Brightwater Clinic\n\nPublished Jan 5, 2026\n\n"
            "Our night staff were reading a handbook written for days.\n\n## What we changed\n\n"
            "We wrote a second one with them.\n")
    (rec,) = process(text)
    assert rec.title == "Night shifts need their own handbook"
    assert rec.author.name == "Tove Ramsay"
    assert check_accounted(text, [rec]) == []


_ID_PAGE = ("Dewi Lestari\nManajer Produk di Tokoraya\n3 j\nLaporkan postingan ini\n"
            "Minggu ini tim kami merilis fitur pembayaran baru untuk toko kecil di Bandung.\n\n"
            "Suka\nKomentari\nPosting ulang\nKirim\n\n"
            "Budi Santoso\nInsinyur Perangkat Lunak\n2 h\nSelamat, Dewi! Fiturnya sangat membantu.\nSuka\nBalas\n")


def test_a_compact_age_is_read_with_the_units_of_the_dumps_ui_language():
    # invented: an Indonesian page, "3 j" (jam, hours) and "2 h" (hari, days); the tables read
    # "j" as fr's jours and "h" as en's hours first
    (rec,) = process(_ID_PAGE)
    assert (rec.age, rec.age_iso) == ("3 j", "PT3H")
    assert [(c.age, c.age_iso) for c in rec.comments] == [("2 h", "P2D")]
    # the same ages on a French page are jours and heures
    fr = (_ID_PAGE.replace("Laporkan postingan ini", "Signaler cette publication")
          .replace("Suka\nKomentari\nPosting ulang\nKirim", "J’aime\nCommenter\nRepublier\nEnvoyer")
          .replace("Suka\nBalas", "J’aime\nRépondre"))
    (rec,) = process(fr)
    assert rec.age_iso == "P3D" and [c.age_iso for c in rec.comments] == ["PT2H"]


def test_a_malay_pages_short_ages_keep_the_tables_reading():
    # LinkedIn's Malay UI's letters for hours and days are not known here: "3h" stays hours
    ms = (_ID_PAGE.replace("Laporkan postingan ini", "Laporkan siaran ini").replace("3 j", "3h")
          .replace("Suka\nKomentari\nPosting ulang\nKirim", "Suka\nKomen\nSiar semula\nHantar"))
    (rec,) = process(ms)
    assert (rec.age, rec.age_iso) == ("3h", "PT3H")

# --- s13 fix50b: a share sheet's lead-in line over the post it shares ---

def test_share_sheet_lead_in_names_the_author_by_the_link_slug():
    text = ("Schau dir diesen Beitrag von Jördis Halvorsen auf LinkedIn an\n\n"
            "Our cooperative bakery just fed its 5,000th guest this winter.\n\n"
            "Thanks to every volunteer who turned up before sunrise.\n\n#Community #Bakery\n\n"
            "https://www.linkedin.com/posts/jordis-halvorsen-7b1_community-bakery-activity-7301234567890123456-Xy1z"
            "?utm_source=share&utm_medium=member_ios\n")
    (rec,) = process(text)
    assert rec.author.name == "Jördis Halvorsen"
    assert rec.body.startswith("Our cooperative bakery just fed")
    assert rec.body.endswith("#Community #Bakery")
    assert check_accounted(text, [rec]) == []


def test_share_sheet_lead_in_with_link_and_preview_title_over_the_text():
    text = ("Have a look at this post on LinkedIn\n"
            "https://www.linkedin.com/posts/tomasz-wrobel-harbour_we-moved-the-night-shift-activity-7309876543210987654-Qw3e"
            "?utm_source=share&utm_medium=member_android\n\n"
            "Tomasz Wrobel on LinkedIn: We moved the night shift to four days and nobody…\n\n"
            "We moved the night shift to four days and nobody left.\n\n"
            "Overtime fell by a third in the first quarter.\n")
    (rec,) = process(text)
    assert rec.author.name == "Tomasz Wrobel"
    assert rec.body == ("We moved the night shift to four days and nobody left.\n\n"
                        "Overtime fell by a third in the first quarter.")
    assert check_accounted(text, [rec]) == []


def test_a_first_line_about_linkedin_without_the_post_link_is_the_text():
    text = ("Five lessons from ten years on LinkedIn\n\n"
            "Write for one reader, not for the feed.\n\nReply to every comment in the first hour.\n\n#Writing\n")
    (rec,) = process(text)
    assert rec.body.startswith("Five lessons from ten years on LinkedIn")
    assert rec.author.name is None


def test_a_first_line_about_linkedin_over_text_its_share_link_closes_is_the_text():
    # invented: the post's own hook line names LinkedIn, no one, and introduces nothing (no
    # colon, no preview title under it); the share link only closes the text: the line is the
    # post's, not a share sheet's
    for head in ("Why I stopped posting on LinkedIn every day", "3 years of writing on LinkedIn 👇"):
        text = (head + "\n\nI used to post daily. It wore me out and my writing got worse.\n\n"
                "Now I post twice a week and the replies are better.\n\n"
                "https://www.linkedin.com/posts/oda-berg-4b2_writing-activity-7312345678901234567-Ab9c\n")
        (rec,) = process(text)
        assert rec.body.startswith(head), head
        assert check_accounted(text, [rec]) == []


def test_link_preview_title_alone_over_the_text_and_its_share_link_names_the_author():
    text = ("Ines Okafor on LinkedIn: We cut the harbour's fuel bill by a fifth…\n\n"
            "We cut the harbour's fuel bill by a fifth this year by idling the tugs between jobs.\n\n"
            "#Ports\n\nhttps://www.linkedin.com/posts/harbour-ops-io_ports-activity-7301234567890123456-Ab1c\n")
    (rec,) = process(text)
    assert rec.author.name == "Ines Okafor"
    assert rec.body == "We cut the harbour's fuel bill by a fifth this year by idling the tugs between jobs.\n\n#Ports"
    assert check_accounted(text, [rec]) == []


def test_share_sheet_lead_in_names_an_author_with_a_hyphenated_surname_by_the_link_slug():
    # the slug keeps the hyphen of a double surname ("Mäkelä-Sund" -> "makela-sund"): the run of
    # words spelling it is the name, the link on the line above the text this time
    text = ("Bekijk de post van Aino Mäkelä-Sund op LinkedIn\n"
            "https://www.linkedin.com/posts/aino-makela-sund-92a_harbour-activity-7311122233344455566-Ab9c"
            "?utm_source=share&utm_medium=member_ios\n\n"
            "The harbour ferry now runs every twenty minutes in winter too.\n\n"
            "It took three years of counting passengers by hand.\n")
    (rec,) = process(text)
    assert rec.author.name == "Aino Mäkelä-Sund"
    assert rec.body.startswith("The harbour ferry now runs")
    assert check_accounted(text, [rec]) == []


def test_the_sites_name_alone_over_a_post_is_the_browsers_not_a_title():
    # a phone browser's address bar ("www.linkedin.com") over a post copied with its byline
    text = ("www.linkedin.com\n\nLucía Ferrer Ibáñez\nArquitecta | Estudio Albada\n5 d\n\n"
            "Terminamos la rehabilitación de la antigua fábrica de hielo del puerto.\n\n"
            "Dos años de obra y ni una viga original perdida.\n")
    (rec,) = process(text)
    assert rec.title is None
    assert rec.author.name == "Lucía Ferrer Ibáñez"
    assert rec.body.startswith("Terminamos la rehabilitación")


def test_a_plain_list_of_fields_over_the_text_names_its_author_and_title():
    # invented: a notes export (German) whose metadata is a plain bulleted list, the author
    # a wiki link and not the first item; the heading repeats the title field
    text = ("# Warum wir keine Roadmap mehr veröffentlichen\n\n## Info\n"
            "* Quelle: https://www.linkedin.com/pulse/warum-wir-keine-roadmap-jana-roth-1a2b\n"
            "* Titel: Warum wir keine Roadmap mehr veröffentlichen\n"
            "* Autor: [[Jana Roth]]\n* Gespeichert: 2026-03-02\n\n## Text\n\n"
            "Vor zwei Jahren haben wir unsere öffentliche Roadmap gelöscht. Die Kunden haben es kaum "
            "bemerkt, das Team schon.\n\nSeitdem schreiben wir jeden Monat einen kurzen Brief.\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name) == ("Warum wir keine Roadmap mehr veröffentlichen", "Jana Roth")
    assert rec.body.startswith("Vor zwei Jahren") and "Quelle" not in rec.body and "Gespeichert" not in rec.body
    assert check_accounted(text, [rec]) == []


def test_share_sheet_lead_in_names_an_author_whose_slug_joins_the_parts_of_a_hyphenated_first_name():
    # invented: the profile slug writes the hyphenated first name joined ("Jean-Luc Moreau" ->
    # "jeanluc-moreau-7b1"), as many chosen slugs do: the run of words still spells it (the
    # hyphen kept or not), and the lead-in's name is the author
    text = ("Découvrez le post de Jean-Luc Moreau sur LinkedIn\n"
            "https://www.linkedin.com/posts/jeanluc-moreau-7b1_velo-activity-7311122233344455577-Xy1z"
            "?utm_source=share&utm_medium=member_android\n\n"
            "Nos livreurs à vélo ont parcouru 40 000 km cette année.\n\n"
            "Aucun accident, et deux fois moins de retards qu'en camionnette.\n")
    (rec,) = process(text)
    assert rec.author.name == "Jean-Luc Moreau"
    assert rec.body.startswith("Nos livreurs à vélo")
    assert check_accounted(text, [rec]) == []


def test_a_share_sheets_name_that_the_post_overrides_with_its_own_author_is_recorded_not_lost():
    # invented: a share sheet's lead-in naming the author by the slug over a Markdown copy that
    # names its author itself (a profile link over the text): the record's author is the
    # copy's, and the sheet's name, no field then, is recorded as the sheet's, not lost
    text = ("Bekijk de post van Aino Mäkelä op LinkedIn\n"
            "https://www.linkedin.com/posts/aino-makela-92a_harbour-activity-7311122233344455566-Ab9c"
            "?utm_source=share&utm_medium=member_ios\n\n"
            "[Sami Virta](https://www.linkedin.com/in/sami-virta)\n"
            "The harbour ferry now runs every twenty minutes in winter too.\n\n"
            "It took three years of counting passengers by hand.\n")
    (rec,) = process(text)
    assert rec.author.name == "Sami Virta"
    assert rec.body.startswith("The harbour ferry now runs")
    assert check_accounted(text, [rec]) == []
    assert any(r.rule == "ui.share_text" and "Aino Mäkelä" in r.text for r in rec.repairs)


def test_a_posts_own_list_of_label_value_items_is_no_export_field_list():
    # invented: a plain-text post listing books as "- Title: … / - Author: …" under its first
    # line: no export's field list (not the opening block, under no heading, no address item)
    text = ("Three books changed how I run my week this year.\n"
            "- Title: Deep Work\n- Author: Cal Newport\n- Title: Four Thousand Weeks\n\n"
            "The first taught me to block mornings. The second taught me to drop half my list.\n\n"
            "Which one would you start with?\n")
    (rec,) = process(text)
    assert rec.author.name != "Cal Newport"
    assert rec.body.startswith("Three books changed how I run my week this year.\n- Title: Deep Work\n- Author: Cal Newport")
    assert check_accounted(text, [rec]) == []


def test_a_heading_a_title_field_repeats_under_a_stray_line_is_the_title_not_the_bio():
    # invented: a line over the "# Title" kept the heading reader off; the field list's
    # "Title:" repeats the heading: the heading is the title's copy, not the author's headline
    text = ("Saved from my phone\n\n# How we priced the second plan\n\n"
            "- Title: How we priced the second plan\n- Author: [[Marta Oyelaran]]\n"
            "- Source: https://www.linkedin.com/pulse/how-we-priced-marta-oyelaran-9f8e\n\n"
            "We tried three prices in three weeks and kept the one nobody complained about.\n\n"
            "That was a mistake, and here is why.\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name, rec.author.bio) == ("How we priced the second plan", "Marta Oyelaran", None)
    assert rec.body.startswith("We tried three prices")
    assert check_accounted(text, [rec]) == []


def test_a_katakana_bullet_that_ends_the_age_line_is_the_uis_bullet():
    # invented: a Japanese copy whose age line ends with the UI's "・" after a space, as
    # "2w •" ends it in English: the age, not a name, and the post's header stays whole
    text = ("小林 直樹 ・ 3rd+\n地方銀行 法人営業部\n2週間 ・\n"
            "今月から取引先への訪問を午前中にまとめることにしました。\n\n午後は提案書づくりに集中できます。\n"
            "いいね！ コメント 再投稿 送信\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("小林 直樹", "地方銀行 法人営業部", "2週間")
    assert rec.body == "今月から取引先への訪問を午前中にまとめることにしました。\n\n午後は提案書づくりに集中できます。"


def test_a_post_pages_own_title_over_its_byline_is_no_title_of_the_post():
    # invented: a German post page saved as plain text: its first line is the page's title
    # ("Name auf LinkedIn: <the post's first words> | N Kommentare"), the byline under it names
    # the same person and the text opens with those words: the page's title, not the post's
    text = ("Jonas Keller auf LinkedIn: Wir haben die Freitagsmeetings gestrichen | 12 Kommentare\n\n"
            "Jonas Keller\nTeamleiter Backend bei Elbwerk\n3 Tg.\n\n"
            "Wir haben die Freitagsmeetings gestrichen und niemand vermisst sie.\n\n"
            "Die Zeit geht jetzt in Code-Reviews, die sonst liegen geblieben wären.\n")
    (rec,) = process(text)
    assert rec.title is None
    assert (rec.author.name, rec.author.bio) == ("Jonas Keller", "Teamleiter Backend bei Elbwerk")
    assert rec.body.startswith("Wir haben die Freitagsmeetings gestrichen")
    assert check_accounted(text, [rec]) == []
