"""Post pages in UI locales the tables learned late (cs, vi, uk, nb): invented pages, one UI
node per line, as a public post page copies. Each needs its locale's strings in
``patterns.py``: without them the buttons, counters and anchors stay in the body or the
comments fall apart."""

from __future__ import annotations

import pytest

from postscrub import nodes, patterns, process, segment

CS = """\
Přeskočit na hlavní obsah
Články
Lidé
Pracovní nabídky
Přihlásit se
Tomáš Novák
Vedoucí vývoje ve firmě Lipa Software
3 d
Nahlásit tento příspěvek
Minulý týden jsme konečně dokončili přechod na nový sklad dat.
Nejvíc pomohla krátká ranní setkání celého týmu.
…více
42
7 komentářů
To se mi líbí
Komentovat
Sdílet
Jana Dvořáková
Produktová manažerka
2 d
Nahlásit tento komentář
Skvělá práce, gratuluji celému týmu!
To se mi líbí
Odpovědět
3 reakce
Petr Svoboda
Architekt řešení
1 d
Nahlásit tento komentář
Jak dlouho celý přechod trval?
To se mi líbí
Odpovědět
Zobrazit další komentáře
Další relevantní příspěvky
Někdo jiný píše o něčem úplně jiném.
"""

VI = """\
Chuyển đến nội dung chính
Bài viết
Mọi người
Việc làm
Đăng nhập
Nguyễn Thu Hà
Trưởng nhóm dữ liệu tại Sen Việt Analytics
4 ngày
Báo cáo bài đăng này
Ba tháng trước nhóm mình bỏ hết báo cáo thủ công hằng tuần.
Kết quả: mỗi người có thêm nửa ngày để làm việc thật sự.
…xem thêm
87
5 bình luận
Thích
Bình luận
Chia sẻ
Trần Văn Long
Kỹ sư dữ liệu
3 ngày
Báo cáo bình luận này
Nhóm mình cũng đang thử, cảm ơn chị đã chia sẻ!
Thích
Phản hồi
2 cảm xúc
Lê Minh Anh
Chuyên viên phân tích
1 ngày
Báo cáo bình luận này
Chị dùng công cụ gì để tự động hóa vậy?
Thích
Phản hồi
Xem thêm bình luận
Để xem hoặc thêm bình luận, hãy đăng nhập
"""

UK = """\
Оксана Мельник
Менеджерка з персоналу
2 тиж.
Поскаржитися на допис
Сьогодні провели перший відкритий день для студентів.
Прийшло втричі більше людей, ніж ми чекали.
15
2 коментарі
Подобається
Коментувати
Поширити
Андрій Коваль
Рекрутер
1 тиж.
Поскаржитися на коментар
Вітаю, чудова ідея!
Подобається
Відповісти
4 реакції
Більше релевантних публікацій
Чужий допис про щось інше.
"""

NB = """\
Kari Nordmann
Daglig leder i Fjordlys
5 d
Rapporter dette innlegget
Vi har ansatt vår tiende medarbeider i dag.
Takk til alle som har heiet på oss.
31
3 kommentarer
Lik
Kommenter
Ola Hansen
Rådgiver
4 d
Rapporter denne kommentaren
Gratulerer så mye!
Lik
Svar
2 reaksjoner
Flere relevante innlegg
Et helt annet innlegg.
"""


@pytest.mark.parametrize(
    "text, author, bio, age, iso, body, reactions, comments",
    [
        (CS, "Tomáš Novák", "Vedoucí vývoje ve firmě Lipa Software", "3 d", "P3D",
         "Minulý týden jsme konečně dokončili přechod na nový sklad dat.\n\n"
         "Nejvíc pomohla krátká ranní setkání celého týmu.", 42,
         [("Jana Dvořáková", "2 d", "Skvělá práce, gratuluji celému týmu!", 3),
          ("Petr Svoboda", "1 d", "Jak dlouho celý přechod trval?", None)]),
        (VI, "Nguyễn Thu Hà", "Trưởng nhóm dữ liệu tại Sen Việt Analytics", "4 ngày", "P4D",
         "Ba tháng trước nhóm mình bỏ hết báo cáo thủ công hằng tuần.\n\n"
         "Kết quả: mỗi người có thêm nửa ngày để làm việc thật sự.", 87,
         [("Trần Văn Long", "3 ngày", "Nhóm mình cũng đang thử, cảm ơn chị đã chia sẻ!", 2),
          ("Lê Minh Anh", "1 ngày", "Chị dùng công cụ gì để tự động hóa vậy?", None)]),
        (UK, "Оксана Мельник", "Менеджерка з персоналу", "2 тиж.", "P2W",
         "Сьогодні провели перший відкритий день для студентів.\n\n"
         "Прийшло втричі більше людей, ніж ми чекали.", 15,
         [("Андрій Коваль", "1 тиж.", "Вітаю, чудова ідея!", 4)]),
        (NB, "Kari Nordmann", "Daglig leder i Fjordlys", "5 d", "P5D",
         "Vi har ansatt vår tiende medarbeider i dag.\n\nTakk til alle som har heiet på oss.", 31,
         [("Ola Hansen", "4 d", "Gratulerer så mye!", 2)]),
    ],
    ids=["cs", "vi", "uk", "nb"],
)
def test_post_page_in_a_late_locale(text, author, bio, age, iso, body, reactions, comments):
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age, rec.age_iso) == (author, bio, age, iso)
    assert rec.body == body
    assert rec.reactions == reactions
    assert [(c.author.name, c.age, c.text, c.reactions) for c in rec.comments] == comments


@pytest.mark.parametrize(
    "line, iso",
    [("5 pv", "P5D"), ("2 тижні тому", "P2W"), ("před 3 dny", "P3D"), ("3 päivää sitten", "P3D"),
     ("4 ngày trước", "P4D"), ("3 วันที่แล้ว", "P3D"), ("3 दिन पहले", "P3D"), ("3 napja", "P3D"),
     ("acum 3 zile", "P3D"), ("πριν από 2 εβδομάδες", "P2W"), ("לפני 6 ימים", "P6D"),
     ("3 dager siden", "P3D"), ("1 md.", "P1M"), ("2 săpt.", "P2W"), ("2 hf.", "P2W"), ("3 dz.", "P3D")],
)
def test_ages_in_late_locales(line, iso):
    from postscrub.segment import parse_age

    age = parse_age(line)
    assert age is not None and age.iso == iso


@pytest.mark.parametrize("line", ["One time", "A nap", "A den", "For 3 years"])
def test_english_lines_that_are_no_age(line):
    from postscrub.segment import parse_age

    assert parse_age(line) is None


def test_every_locale_reports_comments_and_posts_apart():
    # the kind of a "Report this …" line comes from a word for a comment or an article in it
    # (patterns.REPORT_*_WORDS): each locale's table must name a comment's report as one
    for loc, strings in patterns.UI_NODES["ui.report"].items():
        kinds = {nodes.classify(s).kind for s in strings}
        assert nodes.REPORT_COMMENT in kinds and nodes.REPORT_POST in kinds, loc
    assert nodes.classify("Báo cáo bài viết này").kind == nodes.REPORT_ARTICLE
    assert nodes.classify("Пожаловаться на комментарий").kind == nodes.REPORT_COMMENT


def test_every_locale_has_an_edited_mark_that_is_chrome_and_ends_an_age():
    # the "Edited" mark after an age ("1 нед. Изменено", "21h (edited)") is in every locale the
    # post chrome covers, is chrome on a line of its own, and leaves the age before it
    from postscrub.segment import parse_age

    assert set(patterns.EDITED_MARKS) >= set(patterns.UI_NODES["ui.post_meta"])
    for loc, marks in patterns.EDITED_MARKS.items():
        for mark in marks:
            assert mark in patterns.UI_NODES["ui.post_meta"][loc], (loc, mark)
            assert nodes.classify(mark).kind != nodes.TEXT, (loc, mark)
            for line in (f"3d {mark}", f"3d ({mark.lower()})", f"3d • {mark} •"):
                got = parse_age(line)
                assert got is not None and got.iso == "P3D", (loc, line)


def test_the_comment_sort_menu_and_the_premium_badge_are_chrome_in_every_locale():
    # "Most relevant" / "Most recent" and the Premium badge are chrome in every locale the UI
    # tables cover, never a commenter's name; the badge before a degree too, bullet or not
    assert set(patterns.COMMENT_SORT) >= set(patterns.UI_NODES["ui.action"])
    for loc, strings in patterns.COMMENT_SORT.items():
        assert len(strings) >= 2, loc  # both orders; a locale may word one two ways ("…の高い順")
        for s in strings:
            assert nodes.classify(s).kind != nodes.TEXT, (loc, s)
    for loc, badges in patterns.PREMIUM_BADGES.items():
        for b in badges:
            assert nodes.classify(b).kind != nodes.TEXT, (loc, b)
            for line in (f"{b} • 2nd", f"{b} 3 度", f"{b} • 1-й"):
                assert nodes.classify(line).rule == "ui.connection_degree", (loc, line)
    assert nodes.classify("Premium quality").kind == nodes.TEXT


@pytest.mark.parametrize("sort", ["सबसे हाल का", "Самые новые", "En yeni"])
def test_a_sort_menu_line_before_the_first_comment_is_not_its_author(sort):
    text = "\n".join([
        "Kavya Menon • 2nd", "2d • ", "Short post about onboarding.", "", "12 comments",
        "Like", "Comment", "Repost", "Send", sort,
        "Arjun Pillai • 3rd+", "3h", "Well said.", "Like · 2 · Reply",
    ])
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio, c.text) for c in rec.comments] == [("Arjun Pillai", None, "Well said.")]


def test_share_in_japanese_katakana_and_a_chinese_premium_badge_are_chrome():
    text = "\n".join([
        "李文静", "高级帐号 ? 3 度", "供应链分析师", "5 天", "我们把库存周转天数降了一半。",
        "赞", "评论", "转发", "发送",
    ])
    (rec,) = process(text)
    assert rec.author.name == "李文静" and rec.author.bio == "供应链分析师"
    ja = "\n".join([
        "松本 彩", "データアナリスト", "2日", "在庫の見える化を始めました。",
        "いいね！", "コメント", "シェア",
        "小林 誠", "3時間", "参考になります。", "いいね！", "返信",
    ])
    (rec,) = process(ja)
    assert [(c.author.name, c.text) for c in rec.comments] == [("小林 誠", "参考になります。")]


def test_every_locale_has_newsletter_masthead_words_that_are_chrome():
    # a newsletter edition's masthead ("Weekly newsletter") is chrome in every locale the UI
    # tables cover, so the newsletter's name above it is never taken for the edition's title
    assert set(patterns.NEWSLETTER_CADENCE) >= set(patterns.UI_NODES["ui.action"])
    for loc, strings in patterns.NEWSLETTER_CADENCE.items():
        for s in strings:
            assert nodes.classify(s).rule == "ui.newsletter", (loc, s)


def test_flattened_page_cut_at_ukrainian_navigation_and_page_label():
    """A Ukrainian page on one line: the top navigation ("Статті Люди …") and the
    "Допис від {name}" label are UI strings of the locale, so the author is the name after
    them, not the menu."""
    text = ("Погодитися та приєднатися до LinkedIn Перейти до основного вмісту LinkedIn Статті Люди Навчання "
            "Вакансії Ігри Приєднатися Увійти Допис від Тарас Бондар Тарас Бондар Інженер мостів | Львів "
            "3 дн. Поскаржитися на цей допис Завершили ремонт старого мосту через річку. Дякую бригаді! "
            "12 3 коментарі Подобається Коментувати Поширити Марта Гнатюк 2 дн. Гарна новина для району. "
            "Подобається Відповісти 1 реакція Переглянути більше коментарів")
    (rec,) = process(text)
    assert rec.shape == "flattened"
    assert (rec.author.name, rec.author.bio) == ("Тарас Бондар", "Інженер мостів | Львів")
    assert rec.body == "Завершили ремонт старого мосту через річку. Дякую бригаді!"


def test_flattened_page_cut_at_norwegian_navigation_and_its_sign_in_wording():
    """The same on a Norwegian page: "Artikler Personer Læring Jobber Spill" and "Logg på"
    are the locale's navigation and sign-in, not the author's name."""
    text = ("Gå til hovedinnhold LinkedIn Artikler Personer Læring Jobber Spill Bli med nå Logg på "
            "Innlegget til Eirik Dahl Eirik Dahl Snekker i Tromsø 2 d Rapporter dette innlegget "
            "Vi har bygget ferdig den nye gapahuken ved skolen. Takk til alle som hjalp til! "
            "14 2 kommentarer Lik Kommenter Del Tone Berg 1 d Så fint blitt! Lik Svar Se flere kommentarer")
    (rec,) = process(text)
    assert rec.shape == "flattened"
    assert (rec.author.name, rec.author.bio) == ("Eirik Dahl", "Snekker i Tromsø")
    assert rec.body == "Vi har bygget ferdig den nye gapahuken ved skolen. Takk til alle som hjalp til!"


def test_flattened_page_cut_at_thai_navigation_counters_and_a_thai_commenter_name():
    """A Thai page on one line: the navigation ("บทความ ผู้คน การเรียนรู้ งาน"), the sign-in
    wording ("เข้าร่วมเลย ลงชื่อเข้าใช้"), the reactions' bare count run into the comment count
    written word first, and a commenter's headline after a two-word Thai name."""
    text = ("ข้ามไปยังเนื้อหาหลัก LinkedIn บทความ ผู้คน การเรียนรู้ งาน เข้าร่วมเลย ลงชื่อเข้าใช้ "
            "โพสต์ของ วรรณา แก้วมณี วรรณา แก้วมณี ครูสอนดนตรี เชียงใหม่ 3 วัน รายงานโพสต์นี้ "
            "วันนี้นักเรียนของเราเล่นเปียโนบนเวทีครั้งแรก ภูมิใจมากค่ะ "
            "48 ความคิดเห็น 5 รายการ ถูกใจ แสดงความคิดเห็น แชร์ "
            "สุริยา ทองดี นักแต่งเพลงอิสระ 2 วัน ยินดีด้วยครับ ถูกใจ ตอบกลับ 1 ความรู้สึก "
            "ดูความคิดเห็นเพิ่มเติม ลงชื่อเข้าใช้เพื่อดูหรือเพิ่มความคิดเห็น")
    (rec,) = process(text)
    assert rec.shape == "flattened"
    assert (rec.author.name, rec.author.bio) == ("วรรณา แก้วมณี", "ครูสอนดนตรี เชียงใหม่")
    assert rec.body == "วันนี้นักเรียนของเราเล่นเปียโนบนเวทีครั้งแรก ภูมิใจมากค่ะ"
    (c,) = rec.comments
    assert (c.author.name, c.author.bio, c.age, c.text) == ("สุริยา ทองดี", "นักแต่งเพลงอิสระ", "2 วัน", "ยินดีด้วยครับ")


@pytest.mark.parametrize("text, name, bio, body", [
    ("Ugrás a fő tartalomhoz LinkedIn Cikkek Személyek Tanulás Állások Játékok Csatlakozás most Bejelentkezés "
     "Tóth Réka bejegyzése Tóth Réka Tóth Réka Könyvtáros Szegeden 2 n Bejegyzés jelentése "
     "Ma megnyitottuk az új olvasótermet. Várunk mindenkit! 31 5 hozzászólás Tetszik Hozzászólás Megosztás",
     "Tóth Réka", "Könyvtáros Szegeden", "Ma megnyitottuk az új olvasótermet. Várunk mindenkit!"),
    ("דילוג לתוכן הראשי LinkedIn מאמרים אנשים למידה משרות משחקים הצטרפות עכשיו כניסה "
     "הפוסט של נועה לוי נועה לוי נועה לוי ספרנית בחיפה 2 ימים דיווח על הפוסט הזה "
     "היום פתחנו את חדר הקריאה החדש. מחכים לכולם! 31 5 תגובות לייק תגובה שיתוף",
     "נועה לוי", "ספרנית בחיפה", "היום פתחנו את חדר הקריאה החדש. מחכים לכולם!"),
    ("Μετάβαση στο κύριο περιεχόμενο LinkedIn Άρθρα Άτομα Εκμάθηση Θέσεις εργασίας Παιχνίδια Εγγραφείτε τώρα "
     "Σύνδεση Δημοσίευση του χρήστη Ελένη Ρήγα Ελένη Ρήγα Βιβλιοθηκονόμος στη Λάρισα 2 ημ. "
     "Αναφορά αυτής της δημοσίευσης Σήμερα ανοίξαμε το νέο αναγνωστήριο. Σας περιμένουμε! 31 5 σχόλια "
     "Μου αρέσει Σχόλιο Κοινοποίηση",
     "Ελένη Ρήγα", "Βιβλιοθηκονόμος στη Λάρισα", "Σήμερα ανοίξαμε το νέο αναγνωστήριο. Σας περιμένουμε!"),
])
def test_flattened_page_cut_at_the_navigation_and_page_label_of_more_locales(text, name, bio, body):
    """Hungarian, Hebrew and Greek pages on one line: the top navigation ("Cikkek Személyek
    …", "מאמרים אנשים …", "Άρθρα Άτομα …") and the page label ("{name} bejegyzése", "הפוסט של
    {name}", "Δημοσίευση του χρήστη {name}") are the locale's UI strings, so the author is the
    name after them, not the menu."""
    (rec,) = process(text)
    assert rec.shape == "flattened"
    assert (rec.author.name, rec.author.bio, rec.body) == (name, bio, body)


def test_romanian_plural_imperative_buttons_are_no_commenter_names():
    """Romanian LinkedIn writes its buttons in the polite plural ("Distribuiți",
    "Răspundeți") as well as the singular: a button line is no commenter's name."""
    text = ("Vlad Munteanu\nArhitect la Casa Verde\n5 z\nRaportați această postare\n"
            "Am terminat prima casă pasivă din oraș.\n7\nÎmi place\nComentați\nDistribuiți\n"
            "Elena Barbu\n4 z\nFelicitări pentru proiect!\nÎmi place\nRăspundeți\n"
            "Sorin Pop\n3 z\nCât a durat construcția?\nÎmi place\nRăspundeți\n")
    (rec,) = process(text)
    assert [(c.author.name, c.age) for c in rec.comments] == [("Elena Barbu", "4 z"), ("Sorin Pop", "3 z")]


@pytest.mark.parametrize("line", [
    "Altri articoli di Giulia Ferri", "Meer artikelen van Sanne de Wit", "Mais artigos de Ana Lima",
    "Fler artiklar av Erik Lund", "Více", "Další články od Petra Malá", "מאמרים נוספים מאת נועה כהן",
    "Więcej artykułów autorstwa Jan Nowak", "Bài viết khác của Minh Anh", "Mehr Artikel von Lena Vogt",
])
def test_more_articles_by_a_named_author_ends_the_article_in_every_locale(line):
    kind = nodes.classify(line)
    if line == "Více":  # (a word alone is no teaser)
        assert kind.kind != nodes.END
    else:
        assert kind.kind == nodes.END and kind.rule == "ui.section_end"


@pytest.mark.parametrize("line, kind", [
    ("이 게시물 신고", "report_post"), ("이 댓글 신고", "report_comment"), ("이 아티클 신고", "report_article"),
    ("Пожаловаться на эту публикацию", "report_post"), ("Пожаловаться на этот комментарий", "report_comment"),
    ("Поскаржитися на цю статтю", "report_article"), ("檢舉這篇文章", "report_article"),
    ("Raportează acest articol", "report_article"), ("A cikk jelentése", "report_article"),
])
def test_report_this_post_comment_or_article_in_its_full_form(line, kind):
    got = nodes.classify(line)
    assert got.rule == "ui.report" and got.kind == kind


@pytest.mark.parametrize("line", [
    "Layla Haddad • المؤلفة", "Giulia Ferri • Autrice", "Claire Morel • Autrice", "Rita Sousa • Autora",
    "Petra Malá • Autorka", "Ioana Pop • Autoare", "Олена Коваль • Авторка", "Ελένη Παππά • Συντάκτρια",
])
def test_the_womans_author_badge_is_the_post_authors(line):
    from postscrub.layouts import _badge_is_author

    assert _badge_is_author(line)


@pytest.mark.parametrize("line, iso", [
    ("יומיים", "P2D"), ("לפני יומיים", "P2D"), ("שבועיים", "P2W"), ("חודשיים", "P2M"),
    ("שעתיים", "PT2H"), ("לפני שנתיים", "P2Y"), ("לפני שעה", "PT1H"), ("לפני שבוע", "P1W"),
    ("שבועיים • נערך •", "P2W"),
])
def test_hebrew_duals_and_singulars_after_ago_are_ages(line, iso):
    from postscrub.segment import parse_age

    age = parse_age(line)
    assert age is not None and age.iso == iso


@pytest.mark.parametrize("line", ["שעה", "שבוע", "שבועיים טובים"])
def test_hebrew_words_of_prose_are_no_age(line):
    from postscrub.segment import parse_age

    assert parse_age(line) is None


HE_THREAD = """\
תמר אלון
מנהלת שיווק ב-Galil Foods
3 ימים
השבוע סגרנו את הרבעון הטוב ביותר שלנו.
תודה לכל הצוות.
לייק
תגובה
פרסום מחדש
שליחה
הרלוונטיות ביותר
רון שגיא
מהנדס נתונים
3 ימים
כל הכבוד! איך מדדתם את זה?
לייק
השב
תגובה אחת
תמר אלון
מחבר/ת
מנהלת שיווק ב-Galil Foods
יומיים
לפי ההכנסות מלקוחות חוזרים.
לייק
השב
Sam Reed
Data analyst
שעתיים
Great quarter, congrats!
לייק
השב
"""


def test_hebrew_thread_with_a_dual_age_and_one_reply_in_words():
    (rec,) = process(HE_THREAD)
    got = [(c.author.name, c.age, [(r.author.name, r.age) for r in c.replies]) for c in rec.comments]
    assert got == [("רון שגיא", "3 ימים", [("תמר אלון", "יומיים")]), ("Sam Reed", "שעתיים", [])]


@pytest.mark.parametrize("line, rule", [
    ("Cargar más comentarios", "ui.more_comments"), ("Carregar mais comentários", "ui.more_comments"),
    ("טעינת תגובות נוספות", "ui.more_comments"), ("載入更多留言", "ui.more_comments"),
    ("Daha fazla yorum yükle", "ui.more_comments"), ("Загрузить ещё комментарии", "ui.more_comments"),
    ("Visibile a chiunque su o al di fuori di LinkedIn", "ui.visibility"),
    ("Visível para qualquer pessoa dentro ou fora do LinkedIn", "ui.visibility"),
    ("Visible par tous sur LinkedIn et en dehors", "ui.visibility"),
    ("3 j • Visible par tous sur LinkedIn et en dehors", "ui.visibility"),
])
def test_load_more_comments_and_visibility_in_more_locales(line, rule):
    assert nodes.classify(line).rule == rule


def test_the_french_sign_in_prompt_under_comments_in_its_afficher_wording_is_chrome():
    from postscrub import nodes

    assert nodes.classify("Pour afficher ou ajouter un commentaire, connectez-vous").rule == "ui.sign_in"


def test_chinese_reaction_counts_and_more_articles_with_the_name_first():
    for counter in ("3 个反应", "12 个回应", "1 个赞"):
        assert nodes.classify(counter).kind == nodes.COUNTER, counter
    for heading in ("李明的更多文章", "Kevin Zhang的更多文章", "佐藤 花子さんのその他の記事", "김민수님의 다른 아티클"):
        assert nodes.classify(heading).kind == nodes.END, heading
    # the author's own sentence, or a pronoun, is no teaser heading
    for text in ("我的更多文章", "欢迎阅读我在专栏里的更多文章", "想看更多文章，请关注。"):
        assert nodes.classify(text).kind != nodes.END, text


def test_a_chinese_article_comment_thread_keeps_its_reaction_counts_out_of_the_comments():
    text = ("如何把客服机器人做得更好\n张伟\n张伟\n产品经理 | 客服系统\n发布时间：2025年3月1日\n+ 关注\n"
            "第一段正文，讲我们做了什么。\n\n第二段正文，讲结果如何。\n"
            "赞\n评论\n分享\n40\n3 条评论\n李娜\n运营负责人\n1 周这个方法很实用。\n赞\n回复\n2 个反应\n"
            "Tom Wu\nEngineer at Example\n2 周写得很好！\n赞\n回复\n张伟的更多文章\n")
    [rec] = process(text)
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [
        ("李娜", "1 周", "这个方法很实用。"), ("Tom Wu", "2 周", "写得很好！")]


@pytest.mark.parametrize("line, rule", [
    ("Liker", "ui.action"), ("I-like", "ui.action"), ("I-follow", "ui.action"), ("পছন্দ করুন", "ui.action"),
    ("Sdílet znovu", "ui.action"), ("Lägg till en kommentar…", "ui.action"),
    ("Tải thêm bình luận", "ui.more_comments"), ("Indlæs flere kommentarer", "ui.more_comments"),
    ("Mag-load ng higit pang komento", "ui.more_comments"), ("Lihat lagi komen", "ui.more_comments"),
    ("Ověřeno", "ui.post_meta"), ("Inlägg", "ui.post_meta"), ("Phù hợp nhất", "ui.post_meta"),
    ("Visa tidigare svar", "ui.replies_marker"), ("Vis tidligere svar", "ui.replies_marker"),
    ("Näytä aiemmat vastaukset", "ui.replies_marker"), ("Načíst předchozí odpovědi", "ui.replies_marker"),
    ("Andre har også sett på", "ui.section_end"),
    ("Jonas Berg reacted to this", "ui.reposted"), ("Eva Malá to sdílí dál", "ui.reposted"),
    ("Jan Kos a dalších 14 lidí", "ui.reactors"),
    ("৪২টি মন্তব্য", "ui.counter"), ("৩টি রিপোস্ট", "ui.counter"),
])
def test_ui_strings_of_the_less_common_locales(line, rule):
    assert nodes.classify(line).rule == rule


# invented: a Swedish mobile-app copy, the author's reply under "1 svar" / "Visa tidigare svar"
SV_MOBILE = """\
Inlägg
Karin Ek
 • 1:a
Snickare och ägare av Ek Trä
3 tim • Redigerat • 
Följ
Nu har verkstaden fått nya hyvlar. Tack alla kunder som väntat!
Per Lund och 12 andra
13
2 kommentarer
Gilla
Kommentera
Återpublicera
Skicka
Mest relevanta
Per Lund
 • 2:a
Möbelsnickare i Lund
2 tim
Grattis! Vilket märke blev det?
Gilla
 · 
2
Svara
 · 
1 svar
Visa tidigare svar
Karin Ek
Författare
1 tim
Ett svenskt, Per, det berättar jag mer om snart.
Gilla
Svara
Lägg till en kommentar…
"""


def test_swedish_mobile_copy_nests_the_announced_reply_and_drops_its_chrome():
    (rec,) = process(SV_MOBILE)
    assert rec.title is None and rec.author.name == "Karin Ek"
    (c,) = rec.comments
    assert (c.author.name, c.text) == ("Per Lund", "Grattis! Vilket märke blev det?")
    (r,) = c.replies
    assert (r.author.name, r.age, r.text) == ("Karin Ek", "1 tim", "Ett svenskt, Per, det berättar jag mer om snart.")


NL_FEED = """\
Feedbericht nummer 1
Joris de Wit
Joris de Wit
 • 2e
Bakker | Zuurdesem en rogge
Bakker | Zuurdesem en rogge
3 u • 
 
3 uur geleden • Zichtbaar voor iedereen op en buiten LinkedIn
Vanaf zaterdag bakken we ook op zondagochtend.

Wie komt er proeven?
…meer
Lotte Bos en 12 anderen
4 opmerkingen
Interessant vinden
Reageren
Opnieuw posten
Verzenden
Meest relevant
Lotte Bos
 • 1e
Fietsenmaker in Deventer
1 uIk kom zeker langs!
Interessant vinden
Beantwoorden
"""


def test_a_dutch_feed_card_with_its_long_button_labels_and_a_comment():
    (rec,) = process(NL_FEED)
    assert (rec.author.name, rec.age, rec.body) == (
        "Joris de Wit", "3 u", "Vanaf zaterdag bakken we ook op zondagochtend.\n\nWie komt er proeven?")
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Lotte Bos", "Fietsenmaker in Deventer", "1 u", "Ik kom zeker langs!")]


@pytest.mark.parametrize("line, rule", [
    ("Interessant vinden", "ui.action"), ("Opnieuw posten", "ui.action"), ("4 opmerkingen", "ui.counter"),
    ("Zichtbaar voor iedereen op en buiten LinkedIn", "ui.post_meta"),
])
def test_dutch_feed_buttons_and_counters_are_chrome(line, rule):
    assert nodes.classify(line).rule == rule


KO_THREAD = """\
김하늘
 • 1촌
베이커리 운영 | 천연발효
2일 • 
 
2일 • 누구나 LinkedIn 안팎에서 볼 수 있음
이번 주말부터 호밀빵을 다시 굽습니다.

많이 와 주세요!
댓글 3개
추천
댓글
퍼가기
보내기
관련성 높은 순
정우진
 • 2촌
카페 바리스타
1일
드디어! 몇 시에 나오나요?
추천
 
 
답장
 
 
이전 답장 불러오기
김하늘
 • 작성자
베이커리 운영 | 천연발효
1일
아침 8시에 나와요.
추천
 
 
답장
 
한소희
 • 3촌+
디자이너
5시간
꼭 가볼게요.
추천
 
 
답장
"""


def test_a_korean_load_previous_replies_marker_nests_the_reply_under_it():
    assert nodes.classify("이전 답장 불러오기").rule == "ui.replies_marker"
    (rec,) = process(KO_THREAD)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("정우진", ["김하늘"]), ("한소희", [])]


def test_the_czech_comment_like_button_in_its_short_wording_is_no_comment_text():
    assert nodes.classify("Líbí se mi").rule == "ui.action"
    (rec,) = process(CS.replace("Skvělá práce, gratuluji celému týmu!\nTo se mi líbí",
                                "Skvělá práce, gratuluji celému týmu!\nLíbí se mi"))
    assert rec.comments[0].text == "Skvělá práce, gratuluji celému týmu!"


@pytest.mark.parametrize("line, rule", [
    ("хештег", "ui.hashtag_label"), ("хэштег", "ui.hashtag_label"),
    ("Активуйте, щоб переглянути більше зображення,", "ui.image"),
    ("Активируйте, чтобы просмотреть увеличенное изображение", "ui.image"),
])
def test_ukrainian_and_russian_hashtag_labels_and_image_prompts_are_chrome(line, rule):
    assert nodes.classify(line).rule == rule


def test_a_ukrainian_feed_card_keeps_its_tags_and_loses_their_labels():
    text = ("Допис у стрічці № 1\nОксана Мельник\nОксана Мельник\n • 2-й\nФлористка\nФлористка\n3 год • \n \n"
            "3 години тому • Видимо для всіх у LinkedIn і поза ним\nВідкрили нову майстерню на Лівому березі.\n"
            "хештег\n#Квіти\nхештег\n#Київ\nАктивуйте, щоб переглянути більше зображення,\n12\nПодобається\n"
            "Коментувати\nПоширити\nНадіслати\n")
    (rec,) = process(text)
    assert rec.body.split() == "Відкрили нову майстерню на Лівому березі. #Квіти #Київ".split()
    assert rec.hashtags == ["#Квіти", "#Київ"]


def test_arabic_counts_likers_and_translation_button_with_tanween():
    from postscrub import nodes

    assert nodes.classify("١٢ تعليقًا").kind == nodes.COUNTER
    assert nodes.classify("سلمى يوسف و٣٥ شخصًا آخر").rule == "ui.reactors"
    assert nodes.classify("عرض الترجمة").rule == "ui.navigation"


def test_dutch_like_button_and_load_more_comments_are_chrome():
    """"Vind ik leuk" (the Dutch Like button) and "Meer reacties laden" are UI: a feed card's
    last button row leaves no "Vind ik leuk" at the end of the body."""
    assert nodes.classify("Vind ik leuk").kind == nodes.ACTION
    assert nodes.classify("Meer reacties laden").kind == nodes.MORE_COMMENTS
    text = ("Feedbericht nummer 1\nJoost de Wit\nJoost de Wit\n • 2e\nBakker in Zwolle\n3 d • \n"
            "Vandaag twintig jaar open. Dank aan alle klanten!\n\n#Bakkerij\n…meer\n57\n"
            "Vind ik leuk\nReageren\nReposten\nVerzenden\n")
    (rec,) = process(text)
    assert rec.body == "Vandaag twintig jaar open. Dank aan alle klanten!\n\n#Bakkerij"


@pytest.mark.parametrize("line, rule", [
    ("Beatriz Souza e outras 88 pessoas", "ui.reactors"),
    ("Lucía Gómez y 17 personas más", "ui.reactors"),
    ("Giulia Conti e altre 9 persone", "ui.reactors"),
    ("31 compartilhamentos", "ui.counter"),
    ("1 compartilhamento", "ui.counter"),
])
def test_likers_lines_with_the_others_word_first_and_the_portuguese_share_count(line, rule):
    """"X e outras N pessoas" (pt), "X y N personas más" (es), "X e altre N persone" (it) are
    likers lines, "N compartilhamentos" a counter; a sentence with the same words is prose."""
    assert nodes.classify(line).rule == rule
    assert nodes.classify("Eu e outras 3 pessoas fomos demitidas ontem.").kind == nodes.TEXT


@pytest.mark.parametrize("line", ["Emre Yılmaz ve diğer 31 kişi", "Emre Yılmaz ve 31 kişi daha", "נועה לוי ו-18 אחרים"])
def test_turkish_and_hebrew_likers_lines_are_chrome(line):
    """The likers line of a Turkish feed ("X ve diğer N kişi": the others before the number,
    then "people") and of a Hebrew one ("X ו-N אחרים") is chrome, not the body's last line."""
    assert nodes.classify(line).rule == "ui.reactors"
    text = f"Emre Yılmaz\nKurucu, Demir Atölye\n2 g •\nBugün ilk siparişimizi gönderdik.\n{line}\n44\nBeğen\nYorum Yap\n"
    (rec,) = process(text)
    assert rec.body == "Bugün ilk siparişimizi gönderdik."


@pytest.mark.parametrize("line", ["Олег Сорокин и ещё 58", "Олег Сорокин и еще 58 человек", "Ірина Ткач та ще 7"])
def test_russian_and_ukrainian_likers_lines_with_the_number_alone_are_chrome(line):
    """"X и ещё N" with no noun after the number (the Russian feed's likers line) is chrome too."""
    assert nodes.classify(line).rule == "ui.reactors"
    assert nodes.classify("Мы открыли два цеха и ещё 3 склада.").kind == nodes.TEXT


def test_turkish_prose_with_people_counted_is_no_likers_line():
    assert nodes.classify("Ekip ve 3 kişi daha bugün bize katıldı.").kind == nodes.TEXT


def test_vietnamese_activate_to_view_larger_image_is_chrome():
    """The image button's label in a Vietnamese copy ("Kích hoạt để xem hình ảnh lớn hơn,")
    is chrome, not the body's last line."""
    assert nodes.classify("Kích hoạt để xem hình ảnh lớn hơn,").rule == "ui.image"
    assert nodes.classify("Kích hoạt để xem ảnh lớn hơn").rule == "ui.image"


@pytest.mark.parametrize("line", ["山本 翔太、他42人", "山本 翔太、ほか 7人", "李明和其他 56 人", "박지훈 외 9명"])
def test_cjk_likers_lines_are_chrome(line):
    assert nodes.classify(line).rule == "ui.reactors"


def test_a_japanese_signed_in_page_loses_its_nav_header_and_likers_line():
    # invented: the signed-in top bar above a Japanese post page, then a likers line under the body
    text = ("メインコンテンツにスキップ\nホーム\nマイネットワーク\n求人\nメッセージ\nお知らせ\n\n"
            "森 あゆみさんの投稿\n\n森 あゆみ\n森 あゆみ\n• 3次\nデザイナー｜株式会社カゼ\n5日 •\n\n"
            "新しいロゴが完成しました。半年かけた甲斐がありました。\n\n山本 翔太、他42人\nコメント3件\n"
            "いいね！\nコメント\n再投稿\n送信\n\n山本 翔太\nエンジニア\n4日\nおめでとうございます！\nいいね！\n返信\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name, rec.author.bio, rec.age) == (None, "森 あゆみ", "デザイナー｜株式会社カゼ", "5日")
    assert rec.body == "新しいロゴが完成しました。半年かけた甲斐がありました。"
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [("山本 翔太", "4日", "おめでとうございます！")]


def test_an_arabic_likers_line_with_no_noun_before_the_others_is_chrome():
    assert nodes.classify("هالة منصور و٧٣ آخرون").rule == "ui.reactors"
    assert nodes.classify("هالة منصور و٧٣ آخرين").rule == "ui.reactors"


@pytest.mark.parametrize("line", ["Yorum görüntülemek veya eklemek için oturum açın",
                                  "Yorumları görüntülemek veya yorum eklemek için oturum açın"])
def test_turkish_sign_in_prompts_under_comments_in_their_other_wordings(line):
    assert nodes.classify(line).rule == "ui.sign_in"


@pytest.mark.parametrize("title", ["Publication", "Publicação", "Post", "Beitrag"])
def test_the_mobile_apps_page_title_above_a_post_is_no_title(title):
    # invented: a mobile-app copy opens with the screen's title, then the author's header
    text = (f"{title}\nNoé Bertin\nNoé Bertin\nÉbéniste à Lyon\n3 j •\nSuivre\n\n"
            "Nouvelle table en noyer livrée ce matin, trois mois de travail.\n\n#Artisanat\n\n"
            "Lina Roux et 41 autres personnes\n6 commentaires\nJ’aime\nCommenter\nRépondre\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name, rec.age) == (None, "Noé Bertin", "3 j")
    assert rec.body == "Nouvelle table en noyer livrée ce matin, trois mois de travail.\n\n#Artisanat"


def test_a_flattened_page_label_opening_with_a_page_title_word_still_names_the_author():
    assert nodes.classify("Publicación").rule == "ui.page_title"
    text = ("Saltar al contenido principal Publicación de Inés Romero Inés Romero Arquitecta en Estudio Sur "
            "2 sem Denunciar esta publicación Terminamos la biblioteca del barrio tras dos años de obra. "
            "Recomendar Comentar Compartir Para ver o añadir un comentario, inicia sesión")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio) == ("Inés Romero", "Arquitecta en Estudio Sur")


@pytest.mark.parametrize("button", sorted({b for row in patterns.SAVED_CARD_BUTTONS.values() for b in row}))
def test_saved_item_buttons_are_actions(button):
    assert nodes.classify(button).kind == nodes.ACTION


# invented: two posts copied from the saved items page (Korean UI), each ending on the page's
# "unsave / share / copy link" buttons
SAVED_KO = """최서윤
최서윤
도예가
3일 •
이번 주말 공방 문을 엽니다. 누구나 오셔서 물레를 돌려 보세요.
저장 취소
공유
링크 복사
문태오
문태오
목수, 나무결 공방
1주 •
새 의자 디자인 스케치를 공유합니다.
저장 취소
공유
링크 복사
"""


def test_saved_item_buttons_end_the_card_body():
    recs = process(SAVED_KO)
    assert [r.body for r in recs] == ["이번 주말 공방 문을 엽니다. 누구나 오셔서 물레를 돌려 보세요.",
                                      "새 의자 디자인 스케치를 공유합니다."]


@pytest.mark.parametrize("line", [
    "Rosa Ferri e altre 23 persone", "Rosa Ferri e altri 23", "Lia Prado e outras 1.204 pessoas",
    "Lia Prado e outros 7", "Inés Gil y 58 personas más", "Inés Gil y otras 58 personas",
])
def test_likers_lines_with_the_others_word_first_are_reactors(line):
    # it/pt/es put "others" before the number ("e altre 23 persone"), es says "personas más"
    assert nodes.classify(line).rule == "ui.reactors"


@pytest.mark.parametrize("line", ["Io e altri 3 amici siamo partiti", "Somos 58 personas en el equipo"])
def test_a_sentence_with_a_number_of_people_is_text(line):
    assert nodes.classify(line).kind == nodes.TEXT


@pytest.mark.parametrize("link", sorted({s for row in patterns.FOOTER_LINKS.values() for s in row}))
def test_footer_links_of_each_locale_are_footer(link):
    assert nodes.classify(link).rule == "ui.footer"


@pytest.mark.parametrize("item", ["Minha rede", "Mensagens", "Notificações", "Mein Netzwerk", "Mi red",
                                  "Messagerie", "Berichten", "Messaggistica"])
def test_the_top_bar_of_each_locale_is_navigation(item):
    assert nodes.classify(item).rule == "ui.navigation"


@pytest.mark.parametrize("button", sorted({b for row in patterns.DOCUMENT_BUTTONS.values() for b in row}
                                          | {"Vind ik leuk", "Versturen"}))
def test_document_viewer_and_dutch_row_buttons_are_actions(button):
    assert nodes.classify(button).kind == nodes.ACTION


# invented: a Dutch post page whose comment row reads "Vind ik leuk / Beantwoorden"
NL_LIKE = """Feed post number 1
Joris Smit
Joris Smit
Pottenbakker
2 d •

Nieuwe oven staat eindelijk.
Vind ik leuk
Reageren
Versturen
Meest relevant
Fenna Bos
 • 2e
Keramist
1 d
Mooi zeg, succes ermee.
Vind ik leuk
Beantwoorden
Feed post number 2
Ties Kok
Ties Kok
Houtbewerker
3 d •

Tafel af.
Vind ik leuk
Reageren
"""


def test_a_dutch_like_button_ends_the_comment():
    recs = process(NL_LIKE)
    assert [c.text for c in recs[0].comments] == ["Mooi zeg, succes ermee."]


@pytest.mark.parametrize("line, kind", [("Gönderiyi bildir", nodes.REPORT_POST), ("Yorumu bildir", nodes.REPORT_COMMENT)])
def test_turkish_report_anchors_in_their_short_form(line, kind):
    assert nodes.classify(line).kind == kind


@pytest.mark.parametrize("line", ["Marta Lima e outras 312 pessoas", "Marta Lima e outros 9", "Pablo Gil y otras 45 personas",
                                  "Pablo Gil y 45 personas más", "Sara Neri e altri 17", "Sara Neri e altre 17 persone"])
def test_likers_lines_with_the_word_for_the_others_before_the_number_are_chrome(line):
    assert nodes.classify(line).rule == "ui.reactors"


@pytest.mark.parametrize("line", ["18 compartilhamentos", "7 partages", "3 condivisioni", "12 keer gedeeld",
                                  "41 comentários · 18 compartilhamentos"])
def test_repost_counts_per_locale_are_chrome(line):
    assert nodes.classify(line).kind in (nodes.COUNTER, nodes.ACTION)


def test_the_finnish_author_badge_as_the_ui_writes_it():
    # Finnish LinkedIn writes the post author's badge "Tekijä" (the table held "Kirjoittaja" only)
    from postscrub.layouts import _badge_is_author

    assert nodes.classify("Tekijä").rule == "ui.post_meta"
    assert _badge_is_author("Liisa Mäkelä • Tekijä")
    page = "\n".join([
        "Liisa Mäkelä", "Kahvilayrittäjä, Oulu", "5 pv", "Ilmianna tämä julkaisu",
        "Avasimme toisen kahvilan tällä viikolla vanhaan kirjastoon, ja jonot ovat olleet pitkät.",
        "Tykkää", "Kommentoi",
        "Pekka Salo", "Leipuri", "4 pv", "Ilmianna tämä kommentti", "Onnea! Milloin avaatte terassin?",
        "Tykkää", "Vastaa",
        "Liisa Mäkelä", "Tekijä", "Kahvilayrittäjä, Oulu", "4 pv", "Ilmianna tämä kommentti",
        "Kiitos, Pekka! Toukokuussa.",
        "Tykkää", "Vastaa",
    ])
    (rec,) = process(page)
    names = [c.author.name for c in rec.comments] + [r.author.name for c in rec.comments for r in c.replies]
    assert "Tekijä" not in names and "Liisa Mäkelä" in names


@pytest.mark.parametrize("line, rule", [
    ("Showcase page", "ui.post_meta"), ("Page vitrine", "ui.post_meta"), ("Fokusseite", "ui.post_meta"),
    ("Pagina vetrina", "ui.post_meta"), ("Showcasepagina", "ui.post_meta"),
    ("이전 댓글 더보기", "ui.more_comments"),
])
def test_a_showcase_pages_label_and_korean_previous_comments_are_chrome(line, rule):
    assert nodes.classify(line).rule == rule


# invented: a Korean mobile copy whose comment row counts its reply as "답장 N개" (the word of
# its Reply button, 답장, with the counter)
KO_REPLY_COUNT = """윤다은
윤다은
 • 2촌
조경 설계사
2일 • 
오늘 옥상 정원 공사를 마쳤습니다. 다음 주에 사진 올릴게요.
추천
댓글
퍼가기
보내기
서재민
 • 3촌+
건축가
1일
흙 깊이는 어느 정도로 하셨나요?
추천
 | 
답장
 | 
답장 1개
윤다은
작성자
1일
30센티 정도예요.
추천
 | 
답장
노지아
 • 2촌
학생
5시간
멋져요!
추천
 | 
답장
"""


def test_a_korean_reply_count_in_the_reply_buttons_word_nests_the_reply():
    assert nodes.classify("답장 1개").kind == nodes.COUNTER
    (rec,) = process(KO_REPLY_COUNT)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("서재민", ["윤다은"]), ("노지아", [])]


def test_the_traditional_chinese_follow_button_in_its_mainland_wording_is_chrome():
    assert nodes.classify("關注").kind == nodes.ACTION


@pytest.mark.parametrize("line", [
    "Bài đăng trên bảng tin số 3", "Flödesinlägg nummer 2", "Публикация в ленте номер 4",
    "Akış gönderisi numarası 2", "피드 게시물 3번", "Postingan beranda nomor 5",
    # (pl: the feed is the "kanał aktualności")
    "Post w kanale aktualności nr 7",
])
def test_feed_card_markers_in_more_languages(line):
    assert nodes.classify(line).rule == "ui.feed_marker"


@pytest.mark.parametrize("line", ["Ana Lee 3", "Vi har 12 nya kollegor i flödet varje dag 3 gånger"])
def test_lines_with_a_number_are_no_feed_marker(line):
    assert nodes.classify(line).rule != "ui.feed_marker"


@pytest.mark.parametrize("line", ["Gosto", "Partilhar"])
def test_european_portuguese_buttons_are_actions(line):
    assert nodes.classify(line).kind == nodes.ACTION


def test_a_european_portuguese_sign_off_before_the_buttons_is_the_sign_off():
    text = ("Porque deixei de vender ao domingo\nInês Lobo\nGerente na Casa Lobo\n\n"
            "Durante dez anos abrimos ao domingo. No ano passado deixámos de o fazer.\n\n"
            "As vendas da semana compensaram quase tudo.\n\nUm abraço,\nInês\nGosto\nComentar\nPartilhar\n")
    (rec,) = process(text)
    assert rec.sign_off == "Um abraço, Inês"
    assert "Gosto" not in rec.body


# invented: a Thai card's likers line and image prompt, the other locales' image prompts, and
# the ordinal degree lines of cs/pl/nb ("1.", "3. a další") under a commenter's name
@pytest.mark.parametrize("line, rule", [
    ("สมชาย ใจดี และคนอื่นๆ อีก 41 คน", "ui.reactors"),
    ("เปิดใช้งานเพื่อดูรูปภาพที่ใหญ่ขึ้น", "ui.image"),
    ("Aktivujte pro zobrazení většího obrázku", "ui.image"),
    ("Aktifkan untuk melihat imej yang lebih besar", "ui.image"),
    ("Aktivér for at se større billede", "ui.image"),
    ("Aktivoi nähdäksesi suuremman kuvan", "ui.image"),
    ("1.", "ui.connection_degree"), ("2.", "ui.connection_degree"), ("3. a další", "ui.connection_degree"),
])
def test_thai_likers_image_prompts_and_ordinal_degrees_are_chrome(line, rule):
    assert nodes.classify(line).rule == rule


def test_a_number_with_a_period_above_three_stays_a_counter():
    assert nodes.classify("12.").kind == nodes.COUNTER and nodes.classify("4.").kind == nodes.COUNTER


def test_czech_mobile_comment_with_an_ordinal_degree_line_keeps_its_commenter():
    text = ("Jana Dvořáková\nJana Dvořáková\nVedoucí dílny ve Kolo s.r.o.\n3 h\nDnes jsme spustili novou linku.\n"
            "12\nTo se mi líbí\nKomentovat\nSdílet\nOdeslat\n"
            "Petr Malý\n1. \nMechanik ve Kolo s.r.o.\n2 h\nKonečně!\nTo se mi líbí\nOdpovědět\n"
            "Eva Nová\n3. a další\nDesignérka\n1 h\nVypadá to skvěle.\nTo se mi líbí\nOdpovědět\n")
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [
        ("Petr Malý", "Mechanik ve Kolo s.r.o.", "2 h"), ("Eva Nová", "Designérka", "1 h")]


# invented: the replies marker, sort menu, video player and likers line of a uk/ru card, and
# the replies marker in other locales
@pytest.mark.parametrize("line, rule", [
    ("Завантажити попередні відповіді", "ui.replies_marker"),
    ("Показать предыдущие ответы", "ui.replies_marker"),
    ("Önceki yanıtları yükle", "ui.replies_marker"),
    ("Muat balasan sebelumnya", "ui.replies_marker"),
    ("Korábbi válaszok betöltése", "ui.replies_marker"),
    ("Найбільш релевантні", "ui.post_meta"),
    ("Відтворити відео", "ui.video"), ("Звук вимкнено", "ui.video"), ("Субтитри", "ui.video"),
    ("Ірина Бондар та ще 37 користувачів", "ui.reactors"),
    ("Анна Петрова и ещё 12 человек", "ui.reactors"),
])
def test_ukrainian_replies_marker_player_and_likers_are_chrome(line, rule):
    assert nodes.classify(line).rule == rule


def test_ukrainian_replies_under_load_previous_replies_are_nested():
    text = ("Ірина Бондар\nІрина Бондар\nПекарка\n3 дн.\nСьогодні спекли перший хліб на заквасці.\n"
            "Ірина Бондар та ще 37 користувачів\n12\nПодобається\nКоментувати\nПоширити\nНадіслати\n"
            "Найбільш релевантні\n"
            "Олег Ткач\nОлег Ткач\n • 2-й\nКухар\n2 дн.\nА житній буде?\nПодобається\nВідповісти\n"
            "Завантажити попередні відповіді\n"
            "Ірина Бондар\nІрина Бондар\nАвтор\n1 дн.\nТак, у п’ятницю.\nПодобається\nВідповісти\n"
            "Марія Кравець\nМарія Кравець\n • 3-й+\nДизайнерка\n5 год.\nВиглядає чудово.\nПодобається\nВідповісти\n")
    (rec,) = process(text)
    assert rec.body == "Сьогодні спекли перший хліб на заквасці."
    assert [(c.author.name, [r.text for r in c.replies]) for c in rec.comments] == [
        ("Олег Ткач", ["Так, у п’ятницю."]), ("Марія Кравець", [])]


# invented: Romanian counts of twenty and more ("de" before the noun) and a document's page
# count in other locales
@pytest.mark.parametrize("line", ["27 de comentarii", "53 de redistribuiri", "120 de reacții", "9 pagini",
                                  "14 stran", "8 sivua", "11 oldal", "6 sider", "10 σελίδες"])
def test_romanian_counts_with_de_and_page_counts_are_counters(line):
    assert nodes.classify(line).kind == nodes.COUNTER


# invented: Romanian under twenty (no "de"), its repost button and "load more comments", and
# its likers line ("și alți N", the others' word before the number)
@pytest.mark.parametrize("line, kind", [
    ("4 comentarii • 3 redistribuiri", nodes.ACTION), ("3 redistribuiri", nodes.COUNTER),
    ("Redistribuiți", nodes.ACTION), ("Încărcați mai multe comentarii", nodes.MORE_COMMENTS),
    ("Mihai Stan și alți 57", nodes.CHROME), ("Ioana Dobre și alte 31 de persoane", nodes.CHROME),
])
def test_romanian_small_counts_repost_more_comments_and_likers(line, kind):
    assert nodes.classify(line).kind == kind


# UI languages LinkedIn does not offer, as a browser's page translation writes them (sk, hr,
# sr, et, lt, lv, fa, ur; sw's buttons are learned from the page), and gaps in tr, he, vi
@pytest.mark.parametrize("line, rule", [
    ("Páči sa mi to", "ui.action"), ("Odpovedať", "ui.action"), ("Sviđa mi se", "ui.action"),
    ("Ponovno objavi", "ui.action"), ("Свиђа ми се", "ui.action"), ("Прати", "ui.action"),
    ("Kommenteeri", "ui.action"), ("Paskelbti iš naujo", "ui.action"), ("Publicēt atkārtoti", "ui.action"),
    ("پسندیدن", "ui.action"),
    ("دنبال کردن", "ui.action"), ("تبصرہ کریں", "ui.action"),
    ("Najrelevantnejšie", "ui.post_meta"), ("Najrelevantnije", "ui.post_meta"), ("Најрелевантније", "ui.post_meta"),
    ("مرتبط‌ترین", "ui.post_meta"), ("הכי רלוונטיות", "ui.post_meta"), ("Upravené", "ui.post_meta"),
    ("Autorius", "ui.post_meta"),
    ("…zobraziť viac", "ui.more_fold"), ("…بیشتر", "ui.more_fold"), ("…vairāk", "ui.more_fold"),
    ("Učitaj još komentara", "ui.more_comments"), ("Diğer yorumları yükle", "ui.more_comments"),
    ("Kuva rohkem kommentaare", "ui.more_comments"),
    ("Mở ứng dụng", "ui.sign_in"), ("Otvoriť aplikáciu", "ui.sign_in"),
    ("4 komentáre", "ui.counter"), ("3 opätovné uverejnenia", "ui.counter"), ("27 komentara", "ui.counter"),
    ("12 kommentaari", "ui.counter"), ("۶۲ نظر", "ui.counter"), ("1 odpoveď", "ui.counter"),
    ("Peter Hanko a ďalší 92", "ui.reactors"), ("Ana Kovač i još 311 drugih", "ui.reactors"),
    ("Милица Ђорђевић и још 152 особе", "ui.reactors"), ("Murat Aksoy ve diğer 64 kişi", "ui.reactors"),
    ("עמית שגיא ו-118 אחרים", "ui.reactors"), ("سارا احمدی و ۱۲ نفر دیگر", "ui.reactors"),
    ("Baraka Otieno na wengine 40", "ui.reactors"),
])
def test_ui_strings_of_the_new_ui_languages(line, rule):
    assert nodes.classify(line).rule == rule


# invented: a Croatian post page (a browser's translation), two comments under the sort menu
HR = """\
Marko Babić
Marko Babić
 • 2.
Voditelj skladišta u Jadran Logistika
4 d • Uređeno •
Prati
Prošli tjedan smo prvi put složili cijelu smjenu bez papira.

Skeneri su se isplatili za dva mjeseca.
Iva Perić i još 58 drugih
6 komentara
Sviđa mi se
Komentiraj
Ponovno objavi
Pošalji
Najrelevantnije
Iva Perić
Iva Perić
 • 1.
Nabavna referentica
3 d
Bravo, Marko! Koji ste skener odabrali?
Sviđa mi se
Odgovori
Luka Horvat
Luka Horvat
 • 3.+
Inženjer kvalitete
2 d
Kod nas je trajalo pola godine, svaka čast.
Sviđa mi se
Odgovori
Učitaj još komentara
"""


def test_a_croatian_page_in_a_browsers_translation_keeps_its_comments():
    (rec,) = process(HR)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Marko Babić", "Voditelj skladišta u Jadran Logistika", "4 d")
    assert rec.body == "Prošli tjedan smo prvi put složili cijelu smjenu bez papira.\n\nSkeneri su se isplatili za dva mjeseca."
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Iva Perić", "Nabavna referentica", "3 d", "Bravo, Marko! Koji ste skener odabrali?"),
        ("Luka Horvat", "Inženjer kvalitete", "2 d", "Kod nas je trajalo pola godine, svaka čast."),
    ]


# invented: a post page as a screen reader copies it: its labels for the pictures, the
# buttons (", not pressed"), the degree (", 2nd degree connection") and each comment
SCREEN_READER = """\
Main Feed
Post by Lotte Brink
View Lotte Brink’s profile
Image of Lotte Brink
Lotte Brink, 2nd degree connection
Head baker at Korenmolen
3 days ago
Visible to anyone on or off LinkedIn
Follow Lotte Brink button
We baked our ten thousandth loaf this morning.

Thank you to the neighbours who came on the first rainy Saturday.
Image of a wooden shelf full of round loaves
Activate to view larger image
88 reactions, including like and celebrate
2 comments
Like button, not pressed
Comment button
Repost button
Send in a private message button
Sort comments by Most relevant
Comment by Ruben Smit
View Ruben Smit’s profile
Image of Ruben Smit
Ruben Smit, 1st degree connection
Chef at De Gouden Lepel
2 days ago
Still the best sourdough in town.
Like button, not pressed
Reply button
Load more comments button
"""


def test_a_screen_readers_copy_of_a_post_page_loses_its_labels():
    (rec,) = process(SCREEN_READER)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Lotte Brink", "Head baker at Korenmolen", "3 days ago")
    assert rec.body == ("We baked our ten thousandth loaf this morning.\n\n"
                        "Thank you to the neighbours who came on the first rainy Saturday.")
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Ruben Smit", "Chef at De Gouden Lepel", "2 days ago", "Still the best sourdough in town.")]
    from postscrub.audit import check_accounted

    assert check_accounted(SCREEN_READER, [rec]) == []


def test_a_screen_readers_labels_that_are_no_label():
    from postscrub import nodes

    for line in ("Comment by Friday please", "image of the future we want", "Imagine a Monday with no meetings"):
        assert nodes.classify(line).kind == nodes.TEXT, line


@pytest.mark.parametrize("line", [
    "Evenemang av Göteborgs Stadsmuseum", "Arrangement af Aarhus Kodeklub", "Wydarzenie organizowane przez Kraków Tech",
    "412 deltagare", "1 204 deltagere", "86 uczestników", "Veranstaltung von Werkbund Nord", "57 Teilnehmer",
])
def test_an_event_cards_lines_in_more_locales(line):
    assert nodes.classify(line).rule == "ui.event_card"


@pytest.mark.parametrize("line, kind", [
    ("Ajouter un commentaire…", nodes.ACTION), ("Tambahkan komentar...", nodes.ACTION),
    ("添加评论…", nodes.ACTION), ("Dodaj komentarz…", nodes.ACTION),
    ("Muat komentar lainnya", nodes.MORE_COMMENTS), ("さらにコメントを読み込む", nodes.MORE_COMMENTS),
    ("Lihat 3 balasan", nodes.CHROME), ("Pokaż 4 odpowiedzi", nodes.CHROME),
    ("7 posting ulang", nodes.COUNTER), ("٥ إعادة نشر", nodes.COUNTER), ("4 yeniden yayınlama", nodes.COUNTER),
    ("再投稿3件", nodes.COUNTER), ("2٬310 متابع", nodes.COUNTER),
])
def test_comment_section_strings_of_more_locales(line, kind):
    # the comment box's prompt, "load more comments", "View N replies" and the repost counts
    assert nodes.classify(line).kind == kind


def test_a_counters_row_with_a_repost_count_ends_an_indonesian_body():
    text = ("Sari Wulandari\nDesainer produk\n2 h\n\nKami merilis fitur baru minggu ini.\n\n"
            "👍 210 · 14 komentar • 3 posting ulang\n\nSuka   Komentari   Posting ulang   Kirim\n\n"
            "Bima Santoso\nPengembang\n1 h\nKeren sekali!\nSuka | Balas\n\nMuat komentar lainnya\nTambahkan komentar…\n")
    (rec,) = process(text)
    assert rec.body == "Kami merilis fitur baru minggu ini."
    assert [(c.author.name, c.text) for c in rec.comments] == [("Bima Santoso", "Keren sekali!")]


@pytest.mark.parametrize("line", [
    "Ďalšie relevantné príspevky", "Više relevantnih objava", "Више релевантних објава", "Rohkem asjakohaseid postitusi",
    "Daugiau aktualių įrašų", "Vairāk atbilstošu ierakstu", "پست‌های مرتبط بیشتر", "مزید متعلقہ پوسٹس",
    "Više članaka od Marko Babić", "Ďalšie články od Jana Malá", "Vairāk rakstu no Ilze Kalniņa",
])
def test_the_end_of_a_page_in_the_new_ui_languages(line):
    assert nodes.classify(line).kind == nodes.END


def test_a_croatian_page_ends_at_its_more_posts_heading():
    text = HR.replace("Učitaj još komentara\n", "Učitaj još komentara\nViše relevantnih objava\nNetko drugi\n"
                      "Direktor prodaje\n1 d\nSasvim druga objava o nečem drugom.\n")
    (rec,) = process(text)
    assert "Sasvim druga" not in rec.body and all("Sasvim" not in c.text for c in rec.comments)
    assert [c.author.name for c in rec.comments] == ["Iva Perić", "Luka Horvat"]


def test_a_polish_comment_aged_in_days_with_dz_is_kept():
    # "1 dz." (dzień): a comment's age in days, so the comment under it stays a comment
    text = ("Hanna Borowik\nRedaktorka w Wydawnictwie Kos\n3 dni\n"
            "Dziś oddaliśmy do druku nasz pierwszy atlas ptaków.\n"
            "Lubię to\nSkomentuj\nUdostępnij dalej\nWyślij\n"
            "Olek Marczak\nOrnitolog amator\n1 dz.\nGratulacje! Kiedy premiera?\n"
            "Lubię to\nOdpowiedz\n")
    rec = process(text)[0]
    assert rec.body == "Dziś oddaliśmy do druku nasz pierwszy atlas ptaków."
    assert [(c.author.name, c.age, c.age_iso, c.text) for c in rec.comments] == [
        ("Olek Marczak", "1 dz.", "P1D", "Gratulacje! Kiedy premiera?")]


@pytest.mark.parametrize("prompt", ["टिप्पणी जोड़ें...", "Thêm bình luận…", "Přidat komentář...", "Lisää kommentti…"])
def test_the_comment_box_prompt_in_more_ui_languages_is_a_button(prompt):
    from postscrub import nodes

    assert nodes.classify(prompt).rule == "ui.action"


def test_a_turkish_article_drops_its_recommended_widget_sign_in_and_more_articles_lines():
    # invented: a signed-out Turkish article whose widget header is written "Şu kişi tarafından
    # önerildi: LinkedIn", then teasers, the comments, the sign-in prompt and the closing heading
    assert segment.is_recommended_header("Şu kişi tarafından önerildi: LinkedIn")
    assert nodes.classify("Yorum görüntülemek veya yorum eklemek için oturum açın").rule == "ui.sign_in"
    assert nodes.classify("Ayşe Demirtaş tarafından daha fazla makale").kind == nodes.END
    # a sentence that ends the same way is no heading
    assert nodes.classify("bu konuda bizim tarafından daha fazla makale").kind != nodes.END
    text = ("Mutfakta israfı nasıl azalttık\nAyşe Demirtaş\nAyşe Demirtaş\nŞef @ Limonlu Bahçe\n"
            "Yayınlanma tarihi: 5 Eki 2026\n+ Takip Et\n"
            "Geçen yıl her gün iki kova yemek çöpe gidiyordu. Bunu ölçmeye başladık.\n"
            "Bugün yarım kovaya indik ve menüyü buna göre değiştirdik.\n"
            "Şu kişi tarafından önerildi: LinkedIn\nRestoranlarda stok yönetimi\nCan Erdem\n3 ay önce\n"
            "Beğen\nYorum Yap\nPaylaş\n52\n4 Yorum\n"
            "Emre Tan\nAşçıbaşı, Deniz Mutfağı\n1 hf\nHangi ölçüm aracını kullandınız?\nBeğen\nYanıtla\n"
            "Yorum görüntülemek veya yorum eklemek için oturum açın\n"
            "Ayşe Demirtaş tarafından daha fazla makale\n")
    [rec] = process(text)
    assert "önerildi" not in rec.body and "Can Erdem" not in rec.body
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [
        ("Emre Tan", "1 hf", "Hangi ölçüm aracını kullandınız?")]


@pytest.mark.parametrize("line", ["تحميل الردود السابقة", "عرض المزيد من الردود", "טען תשובות קודמות",
                                  "पिछले जवाब लोड करें", "Načítať predchádzajúce odpovede",
                                  "Učitaj prethodne odgovore"])
def test_load_previous_replies_in_arabic_hebrew_hindi_slovak_and_croatian_is_a_replies_marker(line):
    assert nodes.classify(line).rule == "ui.replies_marker"


def test_an_arabic_load_previous_replies_marker_nests_the_reply_under_it():
    # invented: one comment, then the marker and the author's reply under it
    text = ("منى سالم\nمهندسة برمجيات\n٣ أيام • \n\nافتتحنا اليوم مكتبنا الجديد في إربد.\n\n"
            "٤٠\n٥ تعليقات\nأعجبني\nتعليق\nإعادة نشر\nإرسال\n\n"
            "كريم ناصر\nمصمم جرافيك\nيوم واحد\n\nمبروك! متى الافتتاح الرسمي؟\nأعجبني\nرد\n"
            "تحميل الردود السابقة\n\nمنى سالم\nالمؤلف\nمهندسة برمجيات\n١٠ ساعات\n\nالأسبوع القادم إن شاء الله.\n"
            "أعجبني\nرد\n")
    (rec,) = process(text)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("كريم ناصر", ["منى سالم"])]


def test_japanese_article_page_chrome_profile_photo_reaction_count_and_other_articles():
    for line, rule in (("高橋 美咲のプロフィール写真", "ui.profile_photo"), ("Mara Quill’s profile photo", "ui.profile_photo"),
                       ("Photo de profil de Marc Aubert", "ui.a11y_label"), ("3件のリアクション", "ui.counter"),
                       ("高橋 美咲の他の記事", "ui.section_end"),
                       ("コメントを表示またはコメントを追加するには、サインインしてください", "ui.sign_in")):
        assert nodes.classify(line).rule == rule, line
    for text in ("この他の記事", "私の他の記事", "I changed my profile photo."):
        assert nodes.classify(text).kind == nodes.TEXT, text
    # invented: a public article page whose byline shows the portrait's alt text above the name
    text = ("今すぐ登録\nサインイン\n\n小さな書店が続けてきた三つの習慣\n\n高橋 美咲のプロフィール写真\n高橋 美咲\n高橋 美咲\n"
            "書店「ひだまり堂」店主\n公開日: 2026年3月2日\n+ フォロー\n\n開店から十年、毎朝必ず棚を一つ入れ替えています。\n\n"
            "お客様の声は手書きのノートに残しています。\n\n42\n3件のコメント\n\nいいね\nコメント\n共有\n\n"
            "森田 健\n編集者\n1週間\n\n素敵な習慣ですね。\n\nいいね\n返信\n2件のリアクション\n\n"
            "高橋 美咲の他の記事\n\n本屋の棚づくり入門\n高橋 美咲\n2025年11月3日\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name, rec.author.bio) == ("小さな書店が続けてきた三つの習慣", "高橋 美咲", "書店「ひだまり堂」店主")
    assert rec.body.startswith("開店から十年") and rec.body.endswith("残しています。")
    assert [(c.author.name, c.text) for c in rec.comments] == [("森田 健", "素敵な習慣ですね。")]


# invented: a logged-in German post page as a browser driver's innerText gives it: the top
# nav ("Startseite", "Für Unternehmen", "Premium testen") and each person's "Profil von …
# anzeigen" label over their name
DE_LOGGED_IN = """\
Zum Hauptinhalt springen

Startseite
Mein Netzwerk
Jobs
Nachrichten
Mitteilungen
Sie
Für Unternehmen
Premium testen

Beitrag


Profil von Jonas Weber anzeigen
Jonas Weber
 • 2.
Schreiner bei Holzwerk Weber
3 Tage • 

Folgen

Heute haben wir die erste Küche aus Altholz ausgeliefert. Zwei Monate Arbeit, jede Fuge von Hand.

#Handwerk #Holz

12 Kommentare

Gefällt mir
Kommentieren
Reposten
Senden

Profil von Lea Brandt anzeigen
Lea Brandt
 • 3.+
Innenarchitektin
2 Tage

Wunderschön geworden, gratuliere!

Gefällt mir

Antworten
"""


def test_german_logged_in_page_nav_and_profile_labels():
    (rec,) = process(DE_LOGGED_IN)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Jonas Weber", "Schreiner bei Holzwerk Weber", "3 Tage")
    assert rec.body.startswith("Heute haben wir") and rec.hashtags == ["#Handwerk", "#Holz"]
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [
        ("Lea Brandt", "2 Tage", "Wunderschön geworden, gratuliere!")]


# invented: a Hebrew article's comment with its reply under "one reply" written in words after
# the Reply button ("תשובה" / "תשובה אחת")
_HE_ARTICLE_REPLY = """למה כדאי לבשל בבית פעם בשבוע
רון אשכנזי
רון אשכנזי
שף ומורה לבישול במטבח הביתי
פורסם ב-2 במרץ 2026

בישול בבית חוסך כסף, אבל בעיקר מחזיר את המשפחה לשולחן.

אפילו ארוחה פשוטה אחת בשבוע משנה את האווירה.

אהבתי
תגובה
שיתוף

גלית מזרחי
גלית מזרחי
מעצבת גרפית
6 ימים

אצלנו זה יום שישי, תמיד.

אהבתי
תשובה

עמרי שגב
עמרי שגב
מהנדס תוכנה
6 ימים

איזה מתכון הכי קל להתחלה?

אהבתי
תשובה
תשובה אחת

רון אשכנזי
מחבר/ת
שף ומורה לבישול במטבח הביתי
5 ימים

שקשוקה. עשר דקות וסיימת.

אהבתי
תשובה
"""


def test_hebrew_reply_button_and_one_reply_in_words_nest_the_reply():
    assert nodes.classify("תשובה").kind == nodes.ACTION
    assert nodes.classify("תשובה אחת").kind == nodes.COUNTER
    (rec,) = process(_HE_ARTICLE_REPLY)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("גלית מזרחי", []), ("עמרי שגב", ["רון אשכנזי"])]
    from postscrub.audit import check_accounted

    assert check_accounted(_HE_ARTICLE_REPLY, [rec]) == []


# invented: Tamil ages, cut to the unit's first syllable as the feed writes them or whole, and
# Tamil words after a number that are no age
@pytest.mark.parametrize("line, iso", [("4 நா", "P4D"), ("6 மணி", "PT6H"), ("3 வா", "P3W"),
                                       ("2 மாதங்கள்", "P2M"), ("1 ஆ", "P1Y")])
def test_tamil_ages(line, iso):
    age = segment.parse_age(line)
    assert age is not None and age.iso == iso


@pytest.mark.parametrize("line", ["3 ஆம் இடம்", "12 மாணவர்கள்", "5 நாடுகள்"])
def test_tamil_counts_that_are_no_age(line):
    assert segment.parse_age(line) is None


# --- the coverage matrix (benchmarks/locale_coverage.py) --------------------------------------

def _coverage():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "locale_coverage.py"
    spec = importlib.util.spec_from_file_location("locale_coverage", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


#: The cells of the matrix left empty: no string we are sure LinkedIn shows there. Every other
#: cell is filled; one that goes missing fails the test below (fill a cell here and take it out).
UNVERIFIED_CELLS = {
    **{c: {"pa", "te"} for c in ("report", "actions", "see_more", "more_comments", "comment_prompt", "author",
                                 "edited", "most_relevant", "counters", "like", "comment", "repost", "send",
                                 "reply", "follow")},
    "degree": {"ar", "bn", "el", "hi", "mr", "ms", "pa", "ro", "te", "th", "tl", "vi"},
    "visibility": {"bn", "mr", "pa", "te"},
    "reposted": {"ar", "bn", "he", "ja", "ko", "mr", "pa", "pl", "ru", "te", "th", "tl", "tr", "uk", "zh-TW"},
    "others": {"bn", "pa", "te"},
    "previous_replies": {"bn", "mr", "pa", "te"},
    "age.S": {"ms"},  # (its "saat" is an hour in tr)
}


def test_no_filled_cell_of_the_locale_coverage_matrix_goes_missing():
    matrix = _coverage().matrix()
    missing = {(concept, loc) for concept, row in matrix.items() for loc, status in row.items()
               if status != "ok" and loc not in UNVERIFIED_CELLS.get(concept, ())}
    assert not missing, sorted(missing)
    # (and every probe string the matrix holds is one the tables read as chrome)
    assert not any(status == "GAP" for row in matrix.values() for status in row.values())


# --- cells the matrix filled: seconds and minutes said in words, pa/te ages, ms replies marker ---

ES_SECONDS = """\
Lucía Fernández
Directora de operaciones en Brisa Logística
hace 5 minutos
Denunciar esta publicación
Hoy cerramos el trimestre con el almacén nuevo funcionando al completo.
Gracias a todo el equipo por las semanas de turnos dobles.
…ver más
12
3 comentarios
Recomendar
Comentar
Compartir
Javier Morales
Jefe de turno
hace 40 segundos
Denunciar este comentario
¡Enhorabuena a todo el equipo!
Recomendar
Responder
"""
SV_SECONDS = """\
Elin Lindqvist
Produktchef på Norrsken Data
12 minuter sedan
Anmäl det här inlägget
I dag lanserade vi vår nya app för lagerinventering.
Tack till alla som testade den under våren.
…visa mer
9
2 kommentarer
Gilla
Kommentera
Dela
Oskar Berg
Utvecklare
30 sekunder sedan
Anmäl den här kommentaren
Grattis, snyggt jobbat!
Gilla
Svara
"""
MS_REPLIES = """\
Nurul Aisyah
Pengurus Projek di Teratai Digital
2 hari
Laporkan siaran ini
Pasukan kami baru sahaja menyiapkan projek kelima tahun ini.
Terima kasih kepada semua rakan sekerja.
…lagi
15
Suka
Komen
Kongsi
Hafiz Rahman
Jurutera Perisian
1 hari
Laporkan ulasan ini
Tahniah, kerja yang hebat!
Suka
Balas
Muatkan balasan sebelumnya
Siti Zulaikha
Pereka UX
1 hari
Laporkan ulasan ini
Setuju, tahniah semua!
Suka
Balas
"""


@pytest.mark.parametrize(
    "text, author, bio, age, iso, body, comments",
    [
        (ES_SECONDS, "Lucía Fernández", "Directora de operaciones en Brisa Logística", "hace 5 minutos", "PT5M",
         "Hoy cerramos el trimestre con el almacén nuevo funcionando al completo.\n\n"
         "Gracias a todo el equipo por las semanas de turnos dobles.",
         [("Javier Morales", "hace 40 segundos", "¡Enhorabuena a todo el equipo!")]),
        (SV_SECONDS, "Elin Lindqvist", "Produktchef på Norrsken Data", "12 minuter sedan", "PT12M",
         "I dag lanserade vi vår nya app för lagerinventering.\n\nTack till alla som testade den under våren.",
         [("Oskar Berg", "30 sekunder sedan", "Grattis, snyggt jobbat!")]),
    ],
    ids=["es", "sv"],
)
def test_a_fresh_post_page_with_its_ages_in_seconds_and_minutes_in_words(text, author, bio, age, iso, body,
                                                                          comments):
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age, rec.age_iso) == (author, bio, age, iso)
    assert rec.body == body
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == comments


@pytest.mark.parametrize(
    "line, iso",
    [("il y a 30 secondes", "PT30S"), ("45 secondi fa", "PT45S"), ("há 20 segundos", "PT20S"),
     ("30 seconden geleden", "PT30S"), ("8 minuten geleden", "PT8M"), ("5 minuti fa", "PT5M"),
     ("30 sekund temu", "PT30S"), ("acum 30 secunde", "PT30S"), ("10 sekuntia sitten", "PT10S"),
     ("לפני 30 שניות", "PT30S"), ("30 sekunder siden", "PT30S"),
     # pa (ਹਫ਼ਤੇ with its ਫ਼ precomposed and as ਫ + nukta), te
     ("3 ਦਿਨ", "P3D"), ("2 \u0a39\u0a5e\u0a24\u0a47", "P2W"), ("2 \u0a39\u0a2b\u0a3c\u0a24\u0a47", "P2W"),
     ("1 ਘੰਟਾ", "PT1H"), ("5 ਮਹੀਨੇ", "P5M"), ("4 రోజులు", "P4D"), ("1 వారం", "P1W"), ("2 గంటలు", "PT2H"),
     ("3 నెలలు", "P3M"), ("1 సంవత్సరం", "P1Y")],
)
def test_ages_the_coverage_matrix_filled(line, iso):
    from postscrub.segment import parse_age

    age = parse_age(line)
    assert age is not None and age.iso == iso


def test_a_malay_load_previous_replies_marker_nests_the_reply_under_it():
    (rec,) = process(MS_REPLIES)
    assert (rec.author.name, rec.age, rec.reactions) == ("Nurul Aisyah", "2 hari", 15)
    (c,) = rec.comments
    assert (c.author.name, c.age, c.text) == ("Hafiz Rahman", "1 hari", "Tahniah, kerja yang hebat!")
    assert [(r.author.name, r.text) for r in c.replies] == [("Siti Zulaikha", "Setuju, tahniah semua!")]


def test_the_marathi_comment_prompt_is_a_button():
    for line in ("टिप्पणी जोडा…", "टिप्पणी जोडा..."):
        assert nodes.classify(line).kind == nodes.ACTION


def test_the_swedish_repost_count_is_a_counter():
    # ("Återpublicera" is its button; the count of reposts says the noun after the number)
    for line in ("3 återpubliceringar", "1 återpublicering"):
        assert nodes.classify(line).kind == nodes.COUNTER


def test_a_turkish_more_articles_heading_naming_the_user_first_ends_the_comments():
    # invented: the closing heading written "<Name> adlı kullanıcının diğer makaleleri" after
    # the last comment and a "load more comments" line
    assert nodes.classify("Deniz Kaya adlı kullanıcının diğer makaleleri").kind == nodes.END
    assert nodes.classify("bu adlı kullanıcının diğer makaleleri").kind != nodes.END
    text = ("Ofiste sessiz saatler\nDeniz Kaya\nDeniz Kaya\nÜrün Yöneticisi @ Mavi Ada\n"
            "Yayınlandı: 2 Mar 2026\n+ Takip Et\n"
            "Her salı öğleden sonra toplantı yok. İlk ay herkes şüpheliydi.\n"
            "Şimdi takvimde en çok korunan iki saat bunlar.\n"
            "Beğen\nYorum Yap\nPaylaş\n"
            "Emre Tan\nAşçıbaşı, Deniz Mutfağı\n1 hf\nBiz de perşembe deniyoruz.\nBeğen\nYanıtla\n"
            "Daha fazla yorum yükle\n"
            "Deniz Kaya adlı kullanıcının diğer makaleleri\n")
    [rec] = process(text)
    assert [(c.author.name, c.text) for c in rec.comments] == [("Emre Tan", "Biz de perşembe deniyoruz.")]


def test_the_dutch_view_more_comments_link_is_the_more_comments_control():
    # invented: a clipper's Markdown closing the thread with the public page's link
    assert nodes.classify("Meer reacties bekijken").kind == nodes.MORE_COMMENTS


def test_a_dutch_report_anchor_in_the_imperative_under_an_articles_title():
    # invented: a public Dutch article page whose report link reads "Meld dit artikel" (the
    # imperative beside the table's infinitive "Dit artikel melden"); it is no title
    for line in ("Meld dit artikel", "Meld dit bericht", "Meld deze reactie"):
        assert nodes.classify(line).rule == "ui.report"
    text = ("Hoe wij de kantine opnieuw inrichtten\nMeld dit artikel\nJoris Aalbers\nJoris Aalbers\n"
            "Facilitair manager bij Dommel Zorg\nGepubliceerd op 3 mrt 2026\n\n"
            "Vorig jaar hebben we de kantine van ons hoofdkantoor helemaal omgegooid, en daar leerden we "
            "meer van dan we vooraf dachten.\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name) == ("Hoe wij de kantine opnieuw inrichtten", "Joris Aalbers")


@pytest.mark.parametrize("line", [
    "Aktivovat pro zobrazení většího obrázku,", "تفعيل لعرض صورة أكبر،",
    "Keine alternative Textbeschreibung für dieses Bild vorhanden", "Kein alternativer Text für dieses Bild vorhanden",
    "Aucun texte alternatif pour cette image", "No hay ningún texto alternativo para esta imagen",
    "Nenhum texto alternativo para esta imagem", "Nessun testo alternativo per questa immagine",
    "Geen alternatieve tekst voor deze afbeelding"])
def test_image_chrome_in_more_forms_is_chrome(line):
    assert nodes.classify(line).rule == "ui.image"


def test_a_czech_image_prompt_in_the_infinitive_does_not_join_the_cta():
    # invented: the cs image prompt under the fold, in the infinitive ("Aktivovat …") the table
    # lacked; left as text it glued the closing hashtags to the call to action above them
    text = ("Petra Malá\nMajitelka pekárny Kvásek\n3 h •\n\nOd pondělí pečeme i celozrnný chléb, "
            "každé ráno od šesti hodin, dokud nedojde.\n\n👉 Objednávky a otevírací doba: www.kvasek-example.cz/chleb\n\n"
            "hashtag#Olomouc hashtag#Pekárna\n…více\nAktivovat pro zobrazení většího obrázku,\n"
            "Eva Dvořáková a 12 dalších\n13\n2 komentáře\nTo se mi líbí\nKomentovat\nSdílet\n")
    (rec,) = process(text)
    assert rec.cta == "👉 Objednávky a otevírací doba: www.kvasek-example.cz/chleb"
    assert rec.body.endswith("#Olomouc #Pekárna")


@pytest.mark.parametrize("line, rule", [
    ("LinkedIn tarafından önerilen", "ui.recommended_by_linkedin"),
    ("Yayınlanma tarihi: 3 Mar 2027", "ui.published"),
    ("Yayımlandı: 3 Mar 2027", "ui.published"),
])
def test_turkish_recommended_widget_and_published_line_wordings(line, rule):
    if rule == "ui.published":
        assert nodes.classify(line).rule == rule
    else:
        assert segment.is_recommended_header(line)


@pytest.mark.parametrize("line", ["١٣٬٤٠٢ من المتابعين", "٨ من التعليقات", "2,310 من المتابعين"])
def test_arabic_counts_with_min_and_the_article_are_counters(line):
    """"١٣٬٤٠٢ من المتابعين" ("13,402 of the followers"): a page's follower count, not a
    headline (it became the page author's bio)."""
    assert nodes.classify(line).kind == nodes.COUNTER


@pytest.mark.parametrize("line", ["Hemen katılın", "Kabul Et ve LinkedIn’e Katıl"])
def test_turkish_join_buttons_of_a_signed_out_page_are_chrome(line):
    assert nodes.classify(line).rule == "ui.sign_in"


@pytest.mark.parametrize("line", ["最も関連性が高い", "Mest relevant"])
def test_comment_sort_menu_wordings_ja_ga_and_sv_singular(line):
    from postscrub import layouts

    assert layouts._comment_sort(line) and nodes.is_chrome(nodes.classify(line))


@pytest.mark.parametrize("line", ["7 recomendaciones", "1 recomendación"])
def test_spanish_recommend_counts_are_counters(line):
    """es: the like button is "Recomendar"; a comment's count of them is a counter."""
    assert nodes.classify(line).kind == nodes.COUNTER


def test_indonesian_article_page_chrome():
    """id: the 'Recommended by LinkedIn' widget header, 'More articles by <name>' and the
    signed-out page's sign-in and open-app lines in the wordings a mobile page shows."""
    (rec,) = process("""Kisah Koperasi Nelayan di Sorong

Budi Santoso
Ketua koperasi nelayan di Sorong | Perikanan
Diterbitkan 3 Mar 2026

Tahun lalu koperasi kami membeli mesin es sendiri. Hasilnya, ikan kami bertahan dua hari lebih lama.

Direkomendasikan oleh LinkedIn

Pasar ikan digital di Maluku
Rina Wattimena
2 minggu yang lalu

Sekarang kami menjual langsung ke restoran di Jayapura.

#Perikanan #Koperasi

Suka
Komentar
Bagikan

Dewi Lestari
Analis Rantai Dingin
1 mgg
Luar biasa, semoga makin berkembang.
Suka
Balas

Masuk untuk melihat atau menambahkan komentar

Buka di aplikasi LinkedIn

Artikel lainnya dari Budi Santoso
""")
    assert rec.title == "Kisah Koperasi Nelayan di Sorong" and rec.author.name == "Budi Santoso"
    assert "Rina Wattimena" not in rec.body and "Direkomendasikan" not in rec.body
    assert rec.body.endswith("#Perikanan #Koperasi")
    assert [c.author.name for c in rec.comments] == ["Dewi Lestari"]


@pytest.mark.parametrize("line", ["Início", "Para negócios", "Aprendizagem", "Pular para o conteúdo principal",
                                  "Inicio", "Para negocios", "Accueil", "Pour les entreprises"])
def test_signed_in_navigation_words(line):
    """A signed-in page's top bar (pt-BR, es, fr): its words are navigation, not the title of
    an article below them."""
    assert nodes.classify(line).rule == "ui.navigation"


@pytest.mark.parametrize("line, rule", [
    ("Aby wyświetlić lub dodać komentarz, zaloguj się", "ui.sign_in"),
    ("Zaloguj się, aby zobaczyć więcej treści", "ui.sign_in"),
    ("Więcej artykułów autora Jan Nowak", "ui.section_end"),
    ("Więcej artykułów autorki Anna Nowak", "ui.section_end"),
])
def test_polish_signed_out_article_page_wordings(line, rule):
    """pl: the sign-in line in its other order, and 'More articles by' with the author's
    name in the genitive ('autora', 'autorki') beside 'autorstwa'."""
    assert nodes.classify(line).rule == rule


@pytest.mark.parametrize("line, kind, rule", [
    ("هاشتاج", "chrome", "ui.hashtag_label"),
    ("٧ عمليات إعادة نشر", "counter", "ui.counter"), ("12 عملية إعادة نشر", "counter", "ui.counter"),
    ("٣٠ من الحضور", "chrome", "ui.event_card"), ("58 peserta", "chrome", "ui.event_card"),
])
def test_arabic_hashtag_label_repost_count_and_event_attendees_are_chrome(line, kind, rule):
    assert (nodes.classify(line).kind, nodes.classify(line).rule) == (kind, rule)


def test_an_arabic_event_card_under_the_text_is_no_body():
    # invented: title, date, the card's kind, the attendees, then "View event" in Arabic
    text = ("سلمى العلي\n • الدرجة الثانية\nمهندسة برمجيات\n٢ يوم • \nندعوكم إلى لقاء مفتوح عن البرمجة للمبتدئين.\n\n"
            "هاشتاج\n#برمجة\n\nلقاء البرمجة المفتوح\nالخميس، ٥ مارس ٢٠٢٧، ٦:٣٠ م\nحدث على الإنترنت\n٣٠ من الحضور\n"
            "عرض الفعالية\n\n١٤\n٧ عمليات إعادة نشر\nأعجبني\nتعليق\nإعادة النشر\nإرسال\n")
    (rec,) = process(text)
    assert rec.body == "ندعوكم إلى لقاء مفتوح عن البرمجة للمبتدئين.\n\n#برمجة"


@pytest.mark.parametrize("line, rule", [
    ("مزيد من المقالات بواسطة ليلى حداد", "ui.section_end"),
    ("المزيد من المقالات بواسطة ليلى حداد", "ui.section_end"),
    ("لعرض تعليق أو إضافته، سجّل الدخول", "ui.sign_in"),
])
def test_arabic_more_articles_by_and_the_imperative_sign_in_prompt(line, rule):
    assert nodes.classify(line).rule == rule


def test_a_degree_badge_of_several_words_before_its_number_is_no_name():
    """vi "• Kết nối cấp 2", zh-TW "• 第 2 度": the degree's badge runs to more words than the
    short badge pattern allowed; under the name it is chrome, not the author (nor, under a
    commenter's name, the line that pushes the name into the headline)."""
    vi = ("Trần Thu Hà\n• Kết nối cấp 2\nKỹ sư dữ liệu tại Sông Hồng Analytics\n3 ngày •\n"
          "We moved our nightly batch jobs to streaming this quarter.\n\nLatency went from hours to seconds.\n"
          "42\n5 bình luận\nThích\nBình luận\nĐăng lại\nGửi\n"
          "Peter Vance\n• Kết nối cấp 3+\nData Lead at Harbor Metrics\n2 ngày\nImpressive numbers, well done.\n"
          "Thích\nTrả lời\n")
    (rec,) = process(vi)
    assert (rec.author.name, rec.author.bio) == ("Trần Thu Hà", "Kỹ sư dữ liệu tại Sông Hồng Analytics")
    assert [(c.author.name, c.author.bio) for c in rec.comments] == [("Peter Vance", "Data Lead at Harbor Metrics")]
    zh = ("王志明\n • 第 2 度\n產品經理｜雲端服務\n3 天 • \n這一季我們把客服回覆時間縮短了一半。\n\n"
          "12\n3 則留言\n讚\n留言\n轉發\n傳送\n")
    (rec,) = process(zh)
    assert (rec.author.name, rec.author.bio) == ("王志明", "產品經理｜雲端服務")
    for line in ("• We hired 3 people", "• Step 1 of 3", "• Đã chỉnh sửa"):
        assert nodes.classify(line).rule != "ui.connection_degree"


def test_a_traditional_chinese_sponsored_card_in_a_feed_is_no_record():
    """zh-TW: LinkedIn marks an ad card "贊助" (Sponsored, as its "贊助內容" product is named)
    beside "推廣": the card is left out of a feed copy's records."""
    text = ("動態消息貼文編號 1\n王志明\n王志明\n • 第 2 度\n產品經理\n3 天 • \n今天分享一個小技巧：先寫測試再重構。\n"
            "12\n讚\n留言\n轉發\n傳送\n"
            "動態消息貼文編號 2\n贊助\n山嵐咖啡 Shanlan\n山嵐咖啡 Shanlan\n2,310 位追蹤者\n1 週 • \n"
            "新品上市！歡迎來店品嚐。\n8\n讚\n留言\n轉發\n傳送\n")
    recs = process(text)
    assert [r.author.name for r in recs] == ["王志明"]


def test_urdu_and_thai_reply_counts_nest_the_replies_under_their_comment():
    """ur "۳ جوابات" (the plural; "جواب" was known) with "گزشتہ جوابات لوڈ کریں" (load previous
    replies), th "ตอบกลับ 1 รายการ" (the word first, the classifier after the number, as in
    "ความคิดเห็น 41 รายการ"): the replies under them are the comment's, not comments of the post."""
    ur = ("نادیہ خان\n• دوسرا\nپروڈکٹ مینیجر، لاہور\n۵ دن •\nہم نے اس ماہ نئی ایپ لانچ کی۔\n\n#ایپ\n"
          "۳۰\n۴ تبصرے\n"
          "فیصل رضا\nڈیزائنر\n۴ دن\nبہت خوب! لانچ کب ہوا؟\nجواب دیں\n•\n۲ جوابات\nگزشتہ جوابات لوڈ کریں\n"
          "نادیہ خان\nمصنف\n۳ دن\nپچھلے پیر کو، شکریہ!\nجواب دیں\n"
          "فیصل رضا\nڈیزائنر\n۲ دن\nمبارک ہو۔\nجواب دیں\n"
          "Omar Siddiqui\nAnalyst at Delta Group\n۱ دن\nGreat work, congratulations.\nجواب دیں\n")
    (rec,) = process(ur)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("فیصل رضا", ["نادیہ خان", "فیصل رضا"]), ("Omar Siddiqui", [])]
    th = ("สุดา ใจงาม\n • ระดับ 1\nนักออกแบบ\n2 วัน •\nวันนี้เราเปิดร้านใหม่ที่ขอนแก่นแล้วค่ะ\n"
          "15\nความคิดเห็น 2 รายการ\nถูกใจ\nแสดงความคิดเห็น\n"
          "มานพ ดีมาก\nวิศวกร\n1 วัน\nยินดีด้วยครับ\nถูกใจ\nตอบกลับ\nตอบกลับ 1 รายการ\n"
          "สุดา ใจงาม\nผู้เขียน\n1 วัน\nขอบคุณค่ะ\nถูกใจ\nตอบกลับ\n"
          "Anna Berg\nDesigner at Fjord Studio\n1 วัน\nLovely shop!\nถูกใจ\nตอบกลับ\n")
    (rec,) = process(th)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("มานพ ดีมาก", ["สุดา ใจงาม"]), ("Anna Berg", [])]


def test_urdu_app_buttons_and_counts_stay_out_of_the_body_and_comments():
    """ur, the phone app: its buttons without the verb ("پسند / تبصرہ / ری پوسٹ / بھیجیں") and its
    counts of comments and reposts ("۱۲ تبصرے • ۳ ری پوسٹس") are chrome, not the post's last lines
    nor a comment's."""
    text = ("نادیہ خان\n• دوسرا\nپروڈکٹ مینیجر، لاہور\n۵ دن •\nہم نے اس ماہ نئی ایپ لانچ کی۔\n\n#ایپ\n"
            "۳۰\n۱۲ تبصرے • ۳ ری پوسٹس\nپسند\nتبصرہ\nری پوسٹ\nبھیجیں\n"
            "فیصل رضا\n• تیسرا+\nڈیزائنر\n۴ دن\nبہت خوب!\nپسند\n•\n۴\nجواب دیں\n")
    (rec,) = process(text)
    assert rec.body == "ہم نے اس ماہ نئی ایپ لانچ کی۔\n\n#ایپ"
    assert [c.text for c in rec.comments] == ["بہت خوب!"]


def test_a_flattened_marathi_page_header_gives_the_author():
    """mr: the guest nav ("लेख लोक Learning नोकऱ्या गेम्स") and the page label "{name} यांची पोस्ट"
    before the name run into the header of a page flattened to one line: the author is the
    name after them, not the nav's words, and the label is no headline."""
    text = ("मुख्य मजकुराकडे जा LinkedIn लेख लोक Learning नोकऱ्या गेम्स आता सामील व्हा साइन इन करा "
            "सुनीता पाटील यांची पोस्ट सुनीता पाटील वरिष्ठ डेटा विश्लेषक, कृष्णा अॅनालिटिक्स २ दिवस "
            "ही पोस्ट रिपोर्ट करा आमच्या टीमने या महिन्यात नवीन अहवाल प्रणाली सुरू केली. सर्वांचे आभार! "
            "#डेटा …अधिक ४२ ५ टिप्पण्या आवडले टिप्पणी शेअर करा "
            "टिप्पणी पाहण्यासाठी किंवा जोडण्यासाठी साइन इन करा © २०२६ आमच्याबद्दल\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio) == ("सुनीता पाटील", "वरिष्ठ डेटा विश्लेषक, कृष्णा अॅनालिटिक्स")


def test_swedish_and_hebrew_report_lines_in_their_other_wordings_are_no_body():
    """sv "Rapportera den här artikeln" (beside "Anmäl …") and the sign-in prompt "Logga in om du
    vill se eller lägga till en kommentar."; he "דווח על פוסט זה" (beside "דווח על הפוסט"): chrome,
    not the text's first or last line."""
    sv = ("Tre saker jag lärde mig om lager\nRapportera den här artikeln\nPer Holm\nLogistikchef på Norrvik AB\n"
          "Publicerad 2 mars 2026\n\nVi flyttade lagret två gånger på ett år.\n\nDet gick bättre andra gången.\n\n"
          "Gilla\nKommentera\nDela\n12\nLogga in om du vill se eller lägga till en kommentar.\n")
    (rec,) = process(sv)
    assert rec.body == "Vi flyttade lagret två gånger på ett år.\n\nDet gick bättre andra gången."
    he = ("מיכל לוי\nמנהלת מוצר ב־Arbel\n2 ימים\nדווח על פוסט זה\nהיום סגרנו רבעון ראשון עם לקוחות משלמים.\n\n"
          "תודה לצוות!\n48\n6 תגובות\nלייק\nתגובה\nשיתוף\n")
    (rec,) = process(he)
    assert rec.body == "היום סגרנו רבעון ראשון עם לקוחות משלמים.\n\nתודה לצוות!"


def test_the_tagalog_like_button_gusto_is_no_comment_text():
    """tl: the Like button reads "Gusto" (as Filipino UIs name it) beside "Gustuhin": under a
    comment it is the comment's row, not the last line of its text."""
    text = ("Liza Ramos\nProduct Designer | Cebu\n3 araw\nNatapos na namin ang bagong app para sa mga mangingisda.\n\n"
            "25\n4 komento\nGusto\nMagkomento\nI-repost\nIpadala\n"
            "Carlo Reyes\nUX Researcher\n2 araw\nAng ganda ng disenyo!\nGusto\nTumugon\n"
            "Nina Cruz\nEngineer sa Tala Labs\n1 araw\nCongrats sa team!\nGusto\nTumugon\n")
    (rec,) = process(text)
    assert [c.text for c in rec.comments] == ["Ang ganda ng disenyo!", "Congrats sa team!"]


def test_a_flattened_greek_page_with_its_join_buttons_and_page_label_gives_the_author():
    """el: "Συμμετοχή τώρα" (Join now), "Συμμετοχή στο LinkedIn", the sign-in prompt in its
    other order and the page label "Δημοσίευση του/της {name}": in a page flattened to one line,
    the header's join button was read as the author's name."""
    text = ("Μετάβαση στο κύριο περιεχόμενο LinkedIn Άρθρα Άτομα Εκμάθηση Θέσεις εργασίας Παιχνίδια Συμμετοχή τώρα "
            "Σύνδεση Δημοσίευση του/της Ελένη Παππά Ελένη Παππά Σύμβουλος εξαγωγών 3 ημ. Αναφορά αυτής της δημοσίευσης "
            "Σήμερα ανοίξαμε το νέο μας γραφείο στη Θεσσαλονίκη. Ευχαριστώ όλη την ομάδα! 24 3 σχόλια Μου αρέσει "
            "Σχόλιο Κοινοποίηση Για να δείτε ή να προσθέσετε ένα σχόλιο, συνδεθείτε Συμμετοχή στο LinkedIn © 2026 Σχετικά\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio) == ("Ελένη Παππά", "Σύμβουλος εξαγωγών")
    assert rec.body == "Σήμερα ανοίξαμε το νέο μας γραφείο στη Θεσσαλονίκη. Ευχαριστώ όλη την ομάδα!"


@pytest.mark.parametrize("line, rule", [
    ("LinkedIn-এ যোগ দিন", "ui.sign_in"), ("Připojte se k LinkedIn", "ui.sign_in"),
    ("הצטרפות ל־LinkedIn", "ui.sign_in"), ("โหลดความคิดเห็นเพิ่มเติม", "ui.more_comments"),
])
def test_join_linkedin_and_load_more_comments_in_more_locales(line, rule):
    assert nodes.classify(line).rule == rule
