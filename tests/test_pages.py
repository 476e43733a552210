"""Copied post pages (heldout11's cluster): several pages pasted into one file, possessive
page headers in every locale, badges, replies. Invented text only."""

from __future__ import annotations

from postscrub import process
from postscrub.audit import check_accounted

_BANNER = """Agree & Join LinkedIn

By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement , Privacy Policy , and Cookie Policy .

Skip to main content
LinkedIn
Articles
People
Learning
Jobs
Games
Join now
Sign in
"""


def _page(url: str, name: str, headline: str, age: str, body: str, commenter: str, comment: str) -> str:
    return f"""{url}

{_BANNER}
{name}

{headline}

{age}

Report this post

{body}

14

3 Comments

Like
Comment
Share

{commenter}

1d

Report this comment

{comment}

Like
Reply
2 Reactions

See more comments

To view or add a comment, sign in
"""


def test_pasted_pages_with_their_banners_are_two_records():
    # each pasted page repeats its sign-in banner and navigation before its header: the
    # header is found past the chrome, so the rule between the pages splits them
    a = _page("https://www.linkedin.com/posts/orla-brennick_kilns-activity-1", "Orla Brennick",
              "Ceramicist | Studio teacher", "3d", "Our kiln finally survived a full glaze firing.",
              "Tobin Achterberg", "Congratulations on the firing!")
    b = _page("https://www.linkedin.com/posts/mateus-quirino_bikes-activity-2", "Mateus Quirino",
              "Bicycle mechanic at Roda Livre", "5d", "Tubeless tyres are worth it for city riders.",
              "Ilse Vandermolen", "Agreed, no more flats for me.")
    text = a + "\n==========\n\n" + b
    recs = process(text)
    assert [r.author.name for r in recs] == ["Orla Brennick", "Mateus Quirino"]
    assert [r.age for r in recs] == ["3d", "5d"]
    assert [[c.author.name for c in r.comments] for r in recs] == [["Tobin Achterberg"], ["Ilse Vandermolen"]]
    assert recs[1].body == "Tubeless tyres are worth it for city riders."
    check_accounted(text, recs)


import pytest

from postscrub import segment as sg


@pytest.mark.parametrize("label, name", [
    ("Wendell Prior’s Post", "Wendell Prior"),
    ("Ines Marques' Post", "Ines Marques"),
    ("Beitrag von Henrike Obst", "Henrike Obst"),
    ("Publication de Gaspard Lenoir", "Gaspard Lenoir"),
    ("Publicación de Rocío Valdés", "Rocío Valdés"),
    ("최민서님의 게시물", "최민서"),
    ("刘思远的动态", "刘思远"),
    ("森田 圭さんの投稿", "森田 圭"),
    ("राहुल वर्मा की पोस्ट", "राहुल वर्मा"),
    ("Annika Bergs inlägg", "Annika Berg"),
])
def test_possessive_page_labels_in_every_locale(label, name):
    assert sg.strip_possessive(label) == (name, "")


_LABELLED = {
    "ko": ("""최민서님의 게시물

최민서

팔로워 1,024명

5일

게시물 신고

주말에 만든 작은 도구를 공개합니다. 피드백 환영해요!

댓글
공유
""", "최민서", "주말에 만든 작은 도구를 공개합니다. 피드백 환영해요!"),
    "de": ("""Beitrag von Henrike Obst

Henrike Obst

1.024 Follower:innen

5 Tg.

Beitrag melden

Am Wochenende habe ich ein kleines Werkzeug veröffentlicht.

Gefällt mir
Kommentieren
Teilen
""", "Henrike Obst", "Am Wochenende habe ich ein kleines Werkzeug veröffentlicht."),
}


@pytest.mark.parametrize("locale", sorted(_LABELLED))
def test_possessive_label_above_a_follower_count_is_not_the_name(locale):
    # a signed-out page: the label, the name, a follower count where a headline would be
    text, name, body = _LABELLED[locale]
    rec = process(text)[0]
    assert (rec.author.name, rec.author.bio) == (name, None)
    assert rec.body == body
    assert any(r.rule == "ui.page_label" for r in rec.repairs)
    check_accounted(text, [rec])


def test_author_badge_glued_to_a_name_on_a_flattened_page_is_chrome():
    # one line: the reply's head runs "Name Author 2w" together; the badge is neither name
    # nor headline, and it says the post's author answers
    text = ("Agree & Join LinkedIn By clicking Continue to join or sign in, you agree to LinkedIn’s User "
            "Agreement , Privacy Policy , and Cookie Policy . Skip to main content LinkedIn Articles People "
            "Learning Jobs Games Join now Sign in Tamsin Okafor’s Post Tamsin Okafor Hydrologist | River "
            "restoration 3w Report this post We replanted four kilometres of riverbank this spring and the "
            "trout came back within a season. Patience beats concrete. #Rivers #Restoration 212 18 Comments "
            "Like Comment Share Bram Oosterhuis 2w Report this comment Which species did you plant first? "
            "Like Reply 1 Reply 4 Reactions Tamsin Okafor Author 2w Report this comment Bram Oosterhuis "
            "willows first, then alder. Like Reply 2 Reactions See more comments To view or add a comment, "
            "sign in")
    rec = process(text)[0]
    assert rec.shape == "flattened"
    [top] = rec.comments
    [reply] = top.replies
    assert (reply.author.name, reply.author.bio) == ("Tamsin Okafor", None)
    assert any(r.rule == "ui.post_meta" and r.text.strip() == "Author" for r in rec.repairs)
    check_accounted(text, [rec])


def test_a_headline_that_begins_with_the_badge_word_stays_a_headline():
    from postscrub import layouts
    from postscrub.repair import Line, RepairLog

    line = Line(1, "Odile Farrant Author | Illustrator | Picture books", False)
    assert not layouts._strip_author_badge(line, RepairLog())
    assert line.text == "Odile Farrant Author | Illustrator | Picture books"


def test_japanese_author_badge_line_is_not_a_bio():
    text = """森田 圭さんの投稿

森田 圭

1週間

この投稿を報告

新しい工房を開きました。ぜひ遊びに来てください。

いいね
コメント
共有

小川 真央

3日

このコメントを報告

おめでとうございます！

いいね
返信
1件の返信

森田 圭
作成者
2日
このコメントを報告
小川 真央 ありがとうございます！

いいね
返信
"""
    rec = process(text)[0]
    [top] = rec.comments
    [reply] = top.replies
    assert (reply.author.name, reply.author.bio) == ("森田 圭", None)
    check_accounted(text, [rec])


def test_a_page_label_glued_to_the_header_opens_it():
    # a flattened page in a locale whose navigation words the tables do not list: the nav
    # run stands before "X की पोस्ट X headline", and is not the author's name
    text = ("मुख्य सामग्री पर जाएँ LinkedIn लेख लोग लर्निंग जॉब्स गेम्स अभी जुड़ें साइन इन करें "
            "कविता जोशी की पोस्ट कविता जोशी पुस्तकालय प्रबंधक | पुणे 2 सप्ताह इस पोस्ट की रिपोर्ट करें "
            "हमारे पुस्तकालय में अब हर शनिवार को बच्चों के लिए कहानी सत्र होता है। आइए और अपने बच्चों को साथ लाइए। "
            "41 पसंद करें टिप्पणी करें शेयर करें "
            "सुरेश नायर 1 सप्ताह इस टिप्पणी की रिपोर्ट करें बहुत अच्छा प्रयास! पसंद करें जवाब दें 2 प्रतिक्रियाएँ "
            "और टिप्पणियाँ देखें")
    rec = process(text)[0]
    assert rec.shape == "flattened"
    assert (rec.author.name, rec.author.bio) == ("कविता जोशी", "पुस्तकालय प्रबंधक | पुणे")
    assert any(r.rule == "ui.page_label" for r in rec.repairs)
    check_accounted(text, [rec])


def test_mobile_web_app_prompt_is_chrome_not_a_title():
    # a mobile-web copy opens with the app prompt above the header: not the title of an
    # article, the page is a post page; the sort label above the comments is chrome too
    text = """LinkedIn
In der App öffnen
Wiebke Sandoval
Tischlermeisterin · Möbel nach Maß
3 Tg.
Folgen
Unser Lehrling hat heute sein erstes eigenes Regal fertig gebaut. Stolz auf ihn!
#Handwerk #Ausbildung
👍 41
5 Kommentare
Gefällt mir
Kommentieren
Teilen
Relevanteste
Lorenz Abt
Schreiner
2 Tg.
Großartig, weiter so!
Gefällt mir · 2
Antworten
"""
    rec = process(text)[0]
    assert rec.shape == "post_page"
    assert rec.title is None
    assert (rec.author.name, rec.age) == ("Wiebke Sandoval", "3 Tg.")
    assert [(c.author.name, c.text) for c in rec.comments] == [("Lorenz Abt", "Großartig, weiter so!")]
    rules = {r.text.strip(): r.rule for r in rec.repairs}
    assert rules["In der App öffnen"] == "ui.sign_in" and rules["Relevanteste"] == "ui.post_meta"
    check_accounted(text, [rec])


_THREADS = {
    # the reply count inside a one-line action row
    "de": """Wiebke Sandoval
Tischlermeisterin · Möbel nach Maß
3 Tg.
Unser Lehrling hat heute sein erstes eigenes Regal fertig gebaut.
Gefällt mir
Kommentieren
Teilen
Lorenz Abt
Schreiner
2 Tg.
Welches Holz hat er genommen?
Gefällt mir · 2
Antworten · 1 Antwort
Wiebke Sandoval
Verfasser
Tischlermeisterin · Möbel nach Maß
1 Tg.
Lorenz Abt Eiche, natürlich.
Gefällt mir · 1
Antworten
Greta Voss
Innenarchitektin
20 Std.
Sehr schön geworden.
Gefällt mir
Antworten
""",
    # the word first, the number after it
    "ko": """최민서
제품 디자이너
5일
게시물 신고
주말에 만든 작은 도구를 공개합니다.
댓글
공유
정하늘
4일
댓글 신고
어떤 언어로 만드셨어요?
답글
답글 1개
최민서
작성자
3일
댓글 신고
정하늘 러스트로 만들었어요.
답글
윤도현
2일
댓글 신고
멋지네요!
답글
""",
    # the word first and a counter after the number, inside a one-line action row
    "ja": """藤井 彩
編集者
4日
投稿を報告
来月、小さな読書会を始めます。
コメント
共有
松本 蓮
3日
コメントを報告
場所はどこですか？
いいね！
返信 · 返信1件
藤井 彩
作成者
2日
コメントを報告
松本 蓮 駅前の図書館です。
返信
石田 葵
1日
コメントを報告
参加したいです。
返信
""",
}


@pytest.mark.parametrize("locale", sorted(_THREADS))
def test_reply_counts_in_action_rows_and_word_first(locale):
    text = _THREADS[locale]
    rec = process(text)[0]
    assert [len(c.replies) for c in rec.comments] == [1, 0]
    assert rec.comments[0].replies[0].author.bio in (None, "Tischlermeisterin · Möbel nach Maß")
    check_accounted(text, [rec])


def test_load_previous_replies_after_a_reply_closes_its_thread():
    text = """Odile Farrant
Illustrator | Picture books
4d
Report this post
Finished the last spread of the fox book today.
Like
Comment
Share
Hugo Brandvold
Art director
3d
Report this comment
Which medium did you use for the night scenes?
Like
Reply
1 reply
Odile Farrant
Author
Illustrator | Picture books
3d
Report this comment
Hugo Brandvold gouache over a graphite underdrawing.
Like
Reply
Load previous replies
Mireille Costa
Bookseller
2d
Report this comment
Cannot wait to stock it.
Like
Reply
"""
    rec = process(text)[0]
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Hugo Brandvold", ["Odile Farrant"]), ("Mireille Costa", [])]
    check_accounted(text, [rec])


@pytest.mark.parametrize("marker", ["Load previous replies", "Wczytaj poprzednie odpowiedzi"])
def test_the_commenter_answering_back_under_a_numberless_marker_stays_in_the_thread(marker):
    text = f"""Odile Farrant
Illustrator | Picture books
4d
Report this post
Finished the last spread of the fox book today.
Like
Comment
Share
Hugo Brandvold
Art director
3d
Report this comment
Which medium did you use for the night scenes?
Like
Reply
{marker}
Odile Farrant
Author
Illustrator | Picture books
3d
Report this comment
Gouache over a graphite underdrawing.
Like
Reply
Hugo Brandvold
Art director
3d
Report this comment
Lovely, thank you.
Like
Reply
Mireille Costa
Bookseller
2d
Report this comment
Cannot wait to stock it.
Like
Reply
"""
    rec = process(text)[0]
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Hugo Brandvold", ["Odile Farrant", "Hugo Brandvold"]), ("Mireille Costa", [])]
    assert check_accounted(text, [rec]) == []


_ARTICLE = """Why Our Bakery Switched to Night Proofing
Tamsin Okoro
Head baker at Crumb & Kiln | Sourdough teacher
Published Mar 3, 2025
+ Follow
For years we proofed our loaves in the morning and baked at noon. The queue at the door told us that was wrong.

Last spring we moved the proof overnight, into a cool room, and started baking at five.

The crust is darker, the crumb more open, and the first customers now get warm bread.
Like
Comment
Share
58
9 comments
Lorenzo Vasquez
Pastry chef at Ondina
2w
Did the longer proof change how much starter you use?
Like
Reply
{count}
Tamsin Okoro
Author
Head baker at Crumb & Kiln | Sourdough teacher
2w
We cut it by a third, the cold does the rest.
Like
Reply
Priya Menon
Food writer
1w
Lovely piece, the photos of the crumb sold it.
Like
Reply
"""


def test_an_article_comment_with_a_counted_reply_nests_it_as_a_post_page_does():
    text = _ARTICLE.format(count="1 reply")
    rec = process(text)[0]
    assert rec.shape == "article"
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Lorenzo Vasquez", ["Tamsin Okoro"]), ("Priya Menon", [])]
    assert rec.comments[0].replies[0].text == "We cut it by a third, the cold does the rest."
    check_accounted(text, [rec])


def test_an_article_comment_without_a_reply_count_nests_only_the_authors_answer():
    # a page that marks no replies: the author's answer right after a comment is its reply (the
    # flat-page convention), told by the badge or, on an article, by the byline's name (an
    # article page's copy may show no badge); anyone else's comment stays top-level
    for text in (_ARTICLE.format(count=""),
                 _ARTICLE.format(count="").replace("Tamsin Okoro\nAuthor\n", "Tamsin Okoro\n")):
        rec = process(text)[0]
        assert [(c.author.name, len(c.replies)) for c in rec.comments] == [
            ("Lorenzo Vasquez", 1), ("Priya Menon", 0)]
        assert rec.comments[0].replies[0].author.name == "Tamsin Okoro"
        check_accounted(text, [rec])
    text = _ARTICLE.format(count="").replace("Tamsin Okoro\nAuthor\nHead baker", "Ines Barros\nHead baker")
    rec = process(text)[0]
    assert [(c.author.name, len(c.replies)) for c in rec.comments] == [
        ("Lorenzo Vasquez", 0), ("Ines Barros", 0), ("Priya Menon", 0)]


def test_the_commenter_answering_inside_a_counted_thread_is_a_reply():
    # "답글 2개" on a comment, then the post author's badged answer and the commenter's own
    # answer back (no mention): both are the comment's replies; the next comment is not
    text = """한지우
여행 작가
6일
게시물 신고
제주 동쪽 해안길을 걸었습니다.
댓글
공유
오세린
5일
댓글 신고
몇 시간 걸리나요?
답글
답글 2개
한지우
작성자
5일
댓글 신고
네 시간쯤 걸렸어요.
답글
오세린
4일
댓글 신고
감사합니다, 다음 달에 가 볼게요.
답글
배준호
3일
댓글 신고
사진도 보고 싶어요.
답글
"""
    rec = process(text)[0]
    assert [(c.author.name, len(c.replies)) for c in rec.comments] == [("오세린", 2), ("배준호", 0)]
    assert [r.author.name for r in rec.comments[0].replies] == ["한지우", "오세린"]
    check_accounted(text, [rec])


_BUTTON_COUNTS = {
    # Dutch writes a comment's reply count in the word for comments, right after the feed's
    # Reply button ("Reageren"), separators between
    "nl": """Lotte Vermeer
Bakker en ondernemer
3 d
Vanaf volgende week bakken we ook op zondag.
12 reacties
Interessant
Reageren
Verzenden
Joris Dekker
2 d
Ook 's ochtends vroeg open?
Interessant
 | 
3
Reageren
 | 
1 reactie
Lotte Vermeer
Auteur
1 d
Joris Dekker vanaf zeven uur.
Interessant
Reageren
Mila Bos
1 d
Eindelijk!
Interessant
Reageren
""",
    # Hebrew writes one reply in words, "one comment", after the Reply button
    "he": """יעל אברהם
מעצבת גרפית
5 ימים
דיווח על הפוסט
השקנו היום את האתר החדש של הסטודיו.
17 תגובות
לייק
תגובה
שליחה
רון שמעוני
4 ימים
דיווח על התגובה
איזה צבעים יפים! מי צילם?
לייק
 
2
השב
 
תגובה אחת
יעל אברהם
מחבר/ת
3 ימים
דיווח על התגובה
רון שמעוני צילמנו בעצמנו.
לייק
השב
דנה גולן
2 ימים
דיווח על התגובה
מזל טוב!
לייק
השב
""",
}


@pytest.mark.parametrize("locale", sorted(_BUTTON_COUNTS))
def test_a_count_in_the_word_for_comments_after_the_reply_button_counts_replies(locale):
    text = _BUTTON_COUNTS[locale]
    rec = process(text)[0]
    assert [len(c.replies) for c in rec.comments] == [1, 0]
    check_accounted(text, [rec])


_SIGNED_IN_ARTICLE = """Skip to main content
Why Orchards Need Hedges
Maren Ostby-Kiptoo
Maren Ostby-Kiptoo
Orchard manager at Fjordside Fruit
Published Apr 9, 2026
+ Follow
Our pears stopped setting fruit the year the old hedge came down.

The bees had nowhere to shelter from the wind off the water.

Subscribe to my newsletter for the next piece.
Like
Comment
Share
2 comments
Tobias Ferreira-Lund
Tobias Ferreira-Lund
Beekeeper and pollination adviser
3w
Report this comment
Which shrubs did you plant back first?
Like
Reply
"""


def test_an_article_with_comment_anchors_and_a_published_line_is_an_article():
    rec = process(_SIGNED_IN_ARTICLE)[0]
    assert rec.shape == "article"
    assert rec.title == "Why Orchards Need Hedges"
    assert (rec.author.name, rec.author.bio) == ("Maren Ostby-Kiptoo", "Orchard manager at Fjordside Fruit")
    assert rec.body.startswith("Our pears stopped")
    assert [(c.author.name, c.age) for c in rec.comments] == [("Tobias Ferreira-Lund", "3w")]
    check_accounted(_SIGNED_IN_ARTICLE, [rec])


_NAV_OVER_ARTICLE = """Domů
Moje síť
Oznámení
Já
Pro firmy
Článek
Tři roky s tepelným čerpadlem
Radka Novotná-Pham
Radka Novotná-Pham
Energetická poradkyně | Brno
Publikováno 3. 2. 2026
První zimu jsme topili jen čerpadlem a účet klesl o třetinu.

Druhou zimu jsme přidali stínění oken a spotřeba spadla ještě víc.
"""


def test_an_article_title_over_a_doubled_byline_wins_over_navigation_words_above_it():
    rec = process(_NAV_OVER_ARTICLE)[0]
    assert rec.shape == "article"
    assert rec.title == "Tři roky s tepelným čerpadlem"
    assert (rec.author.name, rec.author.bio) == ("Radka Novotná-Pham", "Energetická poradkyně | Brno")
    assert rec.body.startswith("První zimu")
    check_accounted(_NAV_OVER_ARTICLE, [rec])


def test_polish_comment_bar_separators_third_degree_and_previous_replies_are_chrome():
    from postscrub import nodes as nd

    assert nd.classify(" | ").kind == nd.CHROME
    assert nd.classify(" • 3. i kolejne").rule == "ui.connection_degree"
    assert nd.classify("Wyświetl wcześniejsze odpowiedzi").rule == "ui.replies_marker"
    text = """Wojciech Baran
Wojciech Baran
Inżynier dźwięku | Gdańsk
3 dni
Nagraliśmy cały album w starej stoczni, pogłos był nie do podrobienia.
Lubię to
Skomentuj
Udostępnij
Marta Lis
 • 3. i kolejne
Producentka muzyczna
2 dni
Jak poradziliście sobie z hałasem z portu?
Lubię to
 | 
Odpowiedz
Wczytaj więcej komentarzy
"""
    rec = process(text)[0]
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Marta Lis", "Producentka muzyczna", "2 dni", "Jak poradziliście sobie z hałasem z portu?")]
    check_accounted(text, [rec])


_POSSESSIVE_OVER_NAME = """Ilse Vandermeer-Osei’s Post
Ilse Vandermeer-Osei
Ilse Vandermeer-Osei
 • 2nd
Beekeeping teacher at Hive School Leuven
3d • Edited • 
Follow
Our school hives wintered well: all twelve colonies made it to spring.

The children weighed every hive each Friday.
Like
Comment
Repost
Send
Noor Castillo-Brandt
 • 1st
Science teacher, Gent
2d
Could my class visit in May?
Like
Reply
"""


def test_a_possessive_page_label_over_the_name_is_no_article_title():
    rec = process(_POSSESSIVE_OVER_NAME)[0]
    assert rec.shape == "post_page"
    assert rec.title is None
    assert (rec.author.name, rec.age) == ("Ilse Vandermeer-Osei", "3d")
    assert rec.body.startswith("Our school hives")
    check_accounted(_POSSESSIVE_OVER_NAME, [rec])


@pytest.mark.parametrize("age, long_age, visible", [
    ("2d •", "2 days ago", "Visible to anyone on or off LinkedIn"),
    ("2 j •", "il y a 2 jours", "Visible de tous sur LinkedIn et en dehors"),
])
def test_the_age_again_in_its_long_form_on_a_line_of_its_own_is_no_body(age, long_age, visible):
    text = f"""Maren Holt
Beekeeper | Honey and wax
{age}
{long_age}
{visible}
Our bees made it through the winter, all twelve hives.
12
3 comments
Like
Comment
Share
"""
    (rec,) = process(text)
    assert rec.body == "Our bees made it through the winter, all twelve hives."
    assert check_accounted(text, [rec]) == []


_COUNTED_THREAD = """Odile Farrant
Illustrator | Picture books
4d
Report this post
Finished the last spread of the fox book today.
Like
Comment
Share
Hugo Brandvold
Art director
3d
Report this comment
Which medium did you use for the night scenes?
Like
Reply
{count}
{marker}
Odile Farrant
Author
Illustrator | Picture books
3d
Report this comment
Gouache over a graphite underdrawing.
Like
Reply
Mireille Costa
Bookseller
2d
Report this comment
{third}
Like
Reply
"""


@pytest.mark.parametrize("count, marker", [("2 replies", "Load previous replies"),
                                           ("2 odpowiedzi", "Wyświetl wcześniejsze odpowiedzi")])
def test_a_rows_count_over_a_numberless_marker_nests_only_what_answers_the_thread(count, marker):
    # the next comment neither names the commenter nor is theirs or the author's: top-level
    text = _COUNTED_THREAD.format(count=count, marker=marker, third="Cannot wait to stock it.")
    rec = process(text)[0]
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Hugo Brandvold", ["Odile Farrant"]), ("Mireille Costa", [])]
    assert check_accounted(text, [rec]) == []
    # one that names him answers his thread: the second reply the row counts
    text = _COUNTED_THREAD.format(count=count, marker=marker, third="Hugo Brandvold same question here!")
    rec = process(text)[0]
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Hugo Brandvold", ["Odile Farrant", "Mireille Costa"])]


@pytest.mark.parametrize("header, headline, age", [
    ("**Maren Holt** · 2nd", "Beekeeper | Honey and wax", "2w · 🌐"),
    ("**Lena Vogt** · 3.+", "Imkerin im Schwarzwald", "1 Wo. · 🌐"),
])
def test_a_markdown_note_apps_one_line_post_header(header, headline, age):
    text = f"""{header}
{headline}
{age}

Our bees made it through the winter, all twelve hives.

#Beekeeping
"""
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio) == (header.split("**")[1], headline)
    assert rec.body.split() == ["Our", "bees", "made", "it", "through", "the", "winter,", "all", "twelve", "hives.",
                                "#Beekeeping"]
    assert check_accounted(text, [rec]) == []


def test_a_rule_line_between_the_text_and_its_one_line_comments_is_no_body():
    text = """**Maren Holt** · 2nd
Beekeeper | Honey and wax
2w · 🌐

Our bees made it through the winter, all twelve hives.

---

### Comments (2 of 9)

**Tomás Ruiz** · Panadero en Granada · 1w
¡Qué buena noticia!

**Lea Stone** · 3d
Which hives do you use?
"""
    (rec,) = process(text)
    assert rec.body == "Our bees made it through the winter, all twelve hives."
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [
        ("Tomás Ruiz", "Panadero en Granada", "1w"), ("Lea Stone", None, "3d")]
    assert check_accounted(text, [rec]) == []


_READER_VIEW = """linkedin.com
How We Stopped Losing Seeds in the Post
Marit Olsson
6–8 minutes

Every spring we mail seed packets to four hundred schools, and every spring some of them vanish.

This year we changed the envelope, the label and the day we post them. Here is what happened.

The envelope

Padded envelopes cost more, but they survive the sorting machines.

Marit
"""


def test_reader_view_reading_time_is_no_byline():
    from postscrub import nodes

    assert nodes.classify("6–8 minutes").rule == "ui.reading_time"
    assert nodes.classify("12-15 Minuten").rule == "ui.reading_time"
    recs = process(_READER_VIEW)
    assert recs[0].author.name == "Marit Olsson"
    assert recs[0].author.bio is None
    assert check_accounted(_READER_VIEW, recs) == []


_ONENOTE_CLIP = """Night trains - LinkedIn
Wednesday, March 12, 2031    7:40 PM

Lea Brunner
 • 2nd
Rail Planner at Alpstrecke
4d •

Night trains are back on our network this winter: four routes, two of them new.

We sold out the first month in nine days.

#Rail #NightTrain

Like
Comment
Repost
Send
Ola Nyberg
 • 3rd+
Travel writer
3d
Booked the Vienna one already.
Like
Reply

From <https://www.linkedin.com/posts/lea-brunner_rail-activity-42>
"""


def test_onenote_clip_time_and_source_are_chrome():
    recs = process(_ONENOTE_CLIP)
    r = recs[0]
    assert r.title is None
    assert r.author.name == "Lea Brunner" and r.age == "4d"
    assert [c.author.name for c in r.comments] == ["Ola Nyberg"]
    assert check_accounted(_ONENOTE_CLIP, recs) == []
