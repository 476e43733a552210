"""The locale tables' coverage: for each core concept a copy of a post page shows, which of
LinkedIn's UI languages the tables in ``postscrub/patterns.py`` know.

    PYTHONPATH=src python benchmarks/locale_coverage.py            # the matrix, then the gaps
    PYTHONPATH=src python benchmarks/locale_coverage.py --gaps     # the gaps only

Two kinds of cell:

* a table keyed by locale (``ui.report``, ``AUTHOR_BADGES``, ``EDITED_MARKS``, ...): the cell
  is filled when the locale's row holds a string (each string of the row must also classify as
  chrome, so a row no rule reads is no cover);
* a concept the tables say by pattern (counters, degrees, "X reposted this", "X and N others",
  "See previous replies", "Visible to anyone ..."): the cell holds one of LinkedIn's strings for
  that locale (``PROBES``), and is filled when ``nodes.classify`` reads it as chrome. The age
  units are probed with ``segment.parse_age`` on "3" and each unit word the locale's tables
  (or ``AGE_PROBES``) give.

A cell left empty prints as ``unverified``: no string we are sure LinkedIn shows there (a
wrong one can turn a word of a post into chrome). ``tests/test_locales.py`` reads
:func:`matrix` and fails when a cell filled here goes missing.
"""
from __future__ import annotations

import sys

from postscrub import nodes, patterns, segment

#: LinkedIn's UI languages (nb is also written "no"; pt covers pt-BR and pt-PT).
LOCALES = ("ar", "bn", "cs", "da", "de", "el", "en", "es", "fi", "fr", "he", "hi", "hu", "id", "it",
           "ja", "ko", "mr", "ms", "nb", "nl", "pa", "pl", "pt", "ro", "ru", "sv", "te", "th", "tl",
           "tr", "uk", "vi", "zh-CN", "zh-TW")

#: concept -> the locale-keyed table that says it.
TABLES = {
    "report": lambda: patterns.UI_NODES["ui.report"],
    "actions": lambda: patterns.UI_NODES["ui.action"],
    "see_more": lambda: patterns.UI_NODES["ui.more_fold"],
    "more_comments": lambda: patterns.UI_NODES["ui.more_comments"],
    "comment_prompt": lambda: patterns.COMMENT_PROMPTS,
    "author": lambda: patterns.AUTHOR_BADGES,
    "edited": lambda: patterns.EDITED_MARKS,
    "most_relevant": lambda: patterns.COMMENT_SORT,
}

#: concept -> locale -> LinkedIn strings a copy shows for it, each on a line of its own (the
#: names and numbers in them invented). A locale missing from a row is a cell we hold no sure
#: string for.
PROBES: dict[str, dict[str, tuple[str, ...]]] = {
    # the action buttons one by one (Follow also as the header's "+ Follow")
    "like": {
        "ar": ("أعجبني",), "bn": ("পছন্দ",), "cs": ("To se mi líbí",), "da": ("Synes godt om",),
        "de": ("Gefällt mir",), "el": ("Μου αρέσει",), "en": ("Like",), "es": ("Recomendar",),
        "fi": ("Tykkää",), "fr": ("J’aime",), "he": ("לייק",), "hi": ("पसंद करें",), "hu": ("Tetszik",),
        "id": ("Suka",), "it": ("Consiglia",), "ja": ("いいね！",), "ko": ("추천",), "mr": ("आवडले",),
        "ms": ("Suka",), "nb": ("Lik",), "nl": ("Interessant",), "pl": ("Lubię to",), "pt": ("Gostei",),
        "ro": ("Îmi place",), "ru": ("Нравится",), "sv": ("Gilla",), "th": ("ถูกใจ",), "tl": ("Gustuhin",),
        "tr": ("Beğen",), "uk": ("Подобається",), "vi": ("Thích",), "zh-CN": ("赞",), "zh-TW": ("讚",),
    },
    "comment": {
        "ar": ("تعليق",), "bn": ("মন্তব্য করুন",), "cs": ("Komentovat",), "da": ("Kommentér",),
        "de": ("Kommentieren",), "el": ("Σχόλιο",), "en": ("Comment",), "es": ("Comentar",),
        "fi": ("Kommentoi",), "fr": ("Commenter",), "he": ("תגובה",), "hi": ("टिप्पणी करें",),
        "hu": ("Hozzászólás",), "id": ("Komentari",), "it": ("Commenta",), "ja": ("コメント",), "ko": ("댓글",),
        "mr": ("टिप्पणी द्या",), "ms": ("Komen",), "nb": ("Kommenter",), "nl": ("Reageren",),
        "pl": ("Skomentuj",), "pt": ("Comentar",), "ro": ("Comentează",), "ru": ("Комментировать",),
        "sv": ("Kommentera",), "th": ("แสดงความคิดเห็น",), "tl": ("Magkomento",), "tr": ("Yorum yap",),
        "uk": ("Коментувати",), "vi": ("Bình luận",), "zh-CN": ("评论",), "zh-TW": ("留言",),
    },
    "repost": {
        "ar": ("إعادة النشر",), "bn": ("রিপোস্ট",), "cs": ("Znovu publikovat",), "da": ("Slå op igen",),
        "de": ("Reposten",), "el": ("Αναδημοσίευση",), "en": ("Repost",), "es": ("Republicar",),
        "fi": ("Jaa uudelleen",), "fr": ("Republier",), "he": ("פרסום מחדש",), "hi": ("रीपोस्ट करें",),
        "hu": ("Újraközlés",), "id": ("Posting ulang",), "it": ("Diffondi il post",), "ja": ("再投稿",),
        "ko": ("퍼가기",), "mr": ("पुन्हा पोस्ट करा",), "ms": ("Siar semula",), "nb": ("Publiser på nytt",),
        "nl": ("Reposten",), "pl": ("Opublikuj ponownie",), "pt": ("Republicar",), "ro": ("Repostează",),
        "ru": ("Репост",), "sv": ("Återpublicera",), "th": ("โพสต์ซ้ำ",), "tl": ("I-repost",),
        "tr": ("Yeniden yayınla",), "uk": ("Зробити репост",), "vi": ("Đăng lại",), "zh-CN": ("转发",),
        "zh-TW": ("轉發",),
    },
    "send": {
        "ar": ("إرسال",), "bn": ("পাঠান",), "cs": ("Poslat",), "da": ("Send",), "de": ("Senden",),
        "el": ("Αποστολή",), "en": ("Send",), "es": ("Enviar",), "fi": ("Lähetä",), "fr": ("Envoyer",),
        "he": ("שליחה",), "hi": ("भेजें",), "hu": ("Küldés",), "id": ("Kirim",), "it": ("Invia",),
        "ja": ("送信",), "ko": ("보내기",), "mr": ("पाठवा",), "ms": ("Hantar",), "nb": ("Send",),
        "nl": ("Verzenden",), "pl": ("Wyślij",), "pt": ("Enviar",), "ro": ("Trimite",), "ru": ("Отправить",),
        "sv": ("Skicka",), "th": ("ส่ง",), "tl": ("Ipadala",), "tr": ("Gönder",), "uk": ("Надіслати",),
        "vi": ("Gửi",), "zh-CN": ("发送",), "zh-TW": ("傳送",),
    },
    "reply": {
        "ar": ("رد",), "bn": ("উত্তর দিন",), "cs": ("Odpovědět",), "da": ("Svar",), "de": ("Antworten",),
        "el": ("Απάντηση",), "en": ("Reply",), "es": ("Responder",), "fi": ("Vastaa",), "fr": ("Répondre",),
        "he": ("השבה",), "hi": ("जवाब दें",), "hu": ("Válasz",), "id": ("Balas",), "it": ("Rispondi",),
        "ja": ("返信",), "ko": ("답장",), "mr": ("उत्तर द्या",), "ms": ("Balas",), "nb": ("Svar",),
        "nl": ("Beantwoorden",), "pl": ("Odpowiedz",), "pt": ("Responder",), "ro": ("Răspunde",),
        "ru": ("Ответить",), "sv": ("Svara",), "th": ("ตอบกลับ",), "tl": ("Tumugon",), "tr": ("Yanıtla",),
        "uk": ("Відповісти",), "vi": ("Phản hồi",), "zh-CN": ("回复",), "zh-TW": ("回覆",),
    },
    "follow": {
        "ar": ("متابعة", "+ متابعة"), "bn": ("অনুসরণ করুন", "+ অনুসরণ করুন"), "cs": ("Sledovat", "+ Sledovat"),
        "da": ("Følg", "+ Følg"), "de": ("Folgen", "+ Folgen"), "el": ("Ακολουθήστε", "+ Ακολουθήστε"),
        "en": ("Follow", "+ Follow"), "es": ("Seguir", "+ Seguir"), "fi": ("Seuraa", "+ Seuraa"),
        "fr": ("Suivre", "+ Suivre"), "he": ("מעקב", "+ מעקב"), "hi": ("फ़ॉलो करें", "+ फ़ॉलो करें"),
        "hu": ("Követés", "+ Követés"), "id": ("Ikuti", "+ Ikuti"), "it": ("Segui", "+ Segui"),
        "ja": ("フォロー", "+ フォロー"), "ko": ("팔로우", "+ 팔로우"), "mr": ("फॉलो करा", "+ फॉलो करा"),
        "ms": ("Ikut", "+ Ikut"), "nb": ("Følg", "+ Følg"), "nl": ("Volgen", "+ Volgen"),
        "pl": ("Obserwuj", "+ Obserwuj"), "pt": ("Seguir", "+ Seguir"), "ro": ("Urmărește", "+ Urmărește"),
        "ru": ("Отслеживать", "+ Отслеживать"), "sv": ("Följ", "+ Följ"), "th": ("ติดตาม", "+ ติดตาม"),
        "tl": ("Sundan", "+ Sundan"), "tr": ("Takip et", "+ Takip et"), "uk": ("Стежити", "+ Стежити"),
        "vi": ("Theo dõi", "+ Theo dõi"), "zh-CN": ("关注", "+ 关注"), "zh-TW": ("追蹤", "+ 追蹤"),
    },
    "counters": {  # (a post's comments, reactions and, where we are sure of the word, reposts)
        "en": ("12 reactions", "7 comments", "3 reposts"), "de": ("7 Kommentare", "12 Reaktionen"),
        "fr": ("7 commentaires", "12 réactions", "3 republications"),
        "es": ("7 comentarios", "12 reacciones", "3 republicaciones"),
        "pt": ("7 comentários", "12 reações", "3 compartilhamentos"), "it": ("7 commenti", "12 reazioni"),
        "nl": ("7 reacties",), "sv": ("7 kommentarer", "12 reaktioner", "3 återpubliceringar"),
        "da": ("7 kommentarer", "12 reaktioner", "3 genopslag"), "nb": ("7 kommentarer", "12 reaksjoner"),
        "fi": ("7 kommenttia", "12 reaktiota"), "pl": ("7 komentarzy", "12 reakcji"), "cs": ("7 komentářů", "12 reakcí"),
        "ru": ("7 комментариев", "12 реакций", "3 репоста"), "uk": ("7 коментарів", "12 реакцій"),
        "tr": ("7 yorum", "12 tepki"), "ro": ("7 comentarii", "12 reacții"), "hu": ("7 hozzászólás", "12 reakció"),
        "el": ("7 σχόλια", "12 αντιδράσεις"), "id": ("7 komentar", "12 reaksi"), "ms": ("7 komen",),
        "tl": ("7 komento", "12 reaksyon"), "vi": ("7 bình luận", "12 cảm xúc", "3 lượt đăng lại"),
        "he": ("7 תגובות",), "ar": ("7 تعليقات",), "hi": ("7 टिप्पणियाँ", "12 प्रतिक्रियाएं"), "mr": ("7 टिप्पण्या",),
        "th": ("ความคิดเห็น 7 รายการ",), "bn": ("৭টি মন্তব্য", "১২টি প্রতিক্রিয়া"), "ja": ("コメント 7件", "リアクション 12件"),
        "ko": ("댓글 7개",), "zh-CN": ("7 条评论",), "zh-TW": ("7 則留言",),
    },
    "degree": {
        "en": ("• 2nd", "• 3rd+"), "fr": ("• 2e", "• 3e et +"), "de": ("• 2.", "• 3.+"), "es": ("• 2º", "• 3º+"),
        "pt": ("• 2º", "• 3º+"), "it": ("• 2°", "• 3° e oltre"), "zh-CN": ("• 2 度",), "zh-TW": ("• 2 度",),
        "ja": ("• 2次",), "ko": ("• 2촌",), "ru": ("• 2-й",), "id": ("• Tingkat 2",), "tr": ("• 2. derece",),
        "pl": ("• 2.",), "cs": ("• 2.",), "nl": ("• 2e",), "sv": ("• 2:a",), "da": ("• 2.",), "nb": ("• 2.",),
        "fi": ("• 2.",), "hu": ("• 2.",), "he": ("• קשר מדרגה 2",), "uk": ("• 2-й",),
    },
    "visibility": {
        "en": ("Visible to anyone on or off LinkedIn",), "fr": ("Visible de tous sur LinkedIn et en dehors",),
        "de": ("Für alle auf oder außerhalb von LinkedIn sichtbar",),
        "es": ("Visible para cualquier persona dentro o fuera de LinkedIn",),
        "pt": ("Visível para qualquer pessoa dentro ou fora do LinkedIn",),
        "it": ("Visibile a chiunque su LinkedIn o al di fuori",),
        "nl": ("Zichtbaar voor iedereen op of buiten LinkedIn",), "ja": ("LinkedIn内外の全員に表示",),
        "zh-CN": ("所有领英会员和非会员可见",), "zh-TW": ("LinkedIn 站內外的所有人皆可查看",),
        "ar": ("مرئي لأي شخص داخل LinkedIn أو خارجه",),
        "id": ("Dapat dilihat oleh siapa saja di dalam maupun di luar LinkedIn",),
        "ko": ("LinkedIn 안팎의 모든 사람에게 표시",), "pl": ("Widoczne dla wszystkich w LinkedIn i poza nim",),
        "ru": ("Видно всем в LinkedIn и за его пределами",), "sv": ("Synligt för alla på och utanför LinkedIn",),
        "cs": ("Viditelné pro kohokoli na LinkedIn i mimo něj",), "da": ("Synlig for alle på og uden for LinkedIn",),
        "el": ("Ορατό σε όλους εντός ή εκτός LinkedIn",), "fi": ("Näkyy kaikille LinkedInissä ja sen ulkopuolella",),
        "he": ("גלוי לכל אחד ב-LinkedIn ומחוצה לו",), "hi": ("LinkedIn पर या उसके बाहर सभी को दिखाई देता है",),
        "hu": ("Bárki láthatja a LinkedInen és azon kívül",),
        "ms": ("Kelihatan kepada sesiapa sahaja di dalam atau di luar LinkedIn",),
        "nb": ("Synlig for alle på og utenfor LinkedIn",), "ro": ("Vizibil pentru oricine pe sau în afara LinkedIn",),
        "th": ("ทุกคนทั้งในและนอก LinkedIn มองเห็นได้",), "tl": ("Nakikita ng sinuman sa loob o labas ng LinkedIn",),
        "uk": ("Видимо для всіх у LinkedIn і за його межами",), "vi": ("Hiển thị với mọi người trên hoặc ngoài LinkedIn",),
        "tr": ("LinkedIn’de veya LinkedIn dışında herkes tarafından görülebilir",),
    },
    "reposted": {
        "en": ("Jane Doe reposted this", "Jane Doe likes this"), "fr": ("Jeanne Martin a republié ceci",),
        "de": ("Anna Weber hat das geteilt",), "es": ("Ana Ruiz ha republicado esto",),
        "it": ("Marco Rossi ha diffuso questo post",), "nl": ("Eva de Vries heeft dit opnieuw gepost",),
        "pt": ("Ana Lima republicou isso",), "sv": ("Eva Berg återpublicerade detta",),
        "id": ("Budi Santoso memposting ulang ini",), "da": ("Mette Holm har genopslået dette",),
        "nb": ("Kari Nordmann publiserte dette på nytt",), "fi": ("Liisa Virtanen jakoi tämän uudelleen",),
        "hu": ("Kovács Anna újraközölte ezt",), "ro": ("Ana Pop a repostat asta",),
        "vi": ("Nguyễn Lan đã đăng lại bài này",), "el": ("Μαρία Παππά αναδημοσίευσε αυτό",),
        "ms": ("Aisyah Rahman menyiarkan semula ini",), "hi": ("अनीता शर्मा ने इसे रीपोस्ट किया",),
        "cs": ("Jana Nováková to sdílí dál",), "zh-CN": ("王伟 转发了",),
    },
    "others": {
        "en": ("Jane Doe and 12 others",), "fr": ("Jeanne Martin et 12 autres",), "de": ("Anna Weber und 12 weitere",),
        "es": ("Ana Ruiz y 12 personas más",), "pt": ("Ana Lima e outras 12 pessoas",),
        "it": ("Marco Rossi e altre 12 persone",), "nl": ("Eva de Vries en 12 anderen",),
        "sv": ("Eva Berg och 12 andra",), "da": ("Mette Holm og 12 andre",), "nb": ("Kari Nordmann og 12 andre",),
        "fi": ("Liisa Virtanen ja 12 muuta",), "pl": ("Anna Nowak i 12 innych",), "cs": ("Jana Nováková a dalších 12 lidí",),
        "ro": ("Ana Pop și alți 12",), "hu": ("Kovács Anna és 12 további",), "tr": ("Ayla Kaya ve 12 kişi daha",),
        "ru": ("Анна Иванова и ещё 12",), "uk": ("Олена Коваль та ще 12",), "el": ("Μαρία Παππά και 12 ακόμη",),
        "id": ("Budi Santoso dan 12 lainnya",), "ms": ("Aisyah Rahman dan 12 lagi",), "vi": ("Nguyễn Lan và 12 người khác",),
        "th": ("สมชาย ใจดี และคนอื่นๆ อีก 12 คน",), "he": ("דנה כהן ו-12 נוספים",), "ar": ("ليلى حسن و12 آخرون",),
        "ja": ("佐藤 美咲、他12人",), "zh-CN": ("王伟和其他 12 人",), "zh-TW": ("王偉和其他 12 人",), "ko": ("김민수 님 외 12명",),
        "hi": ("अनीता शर्मा और 12 अन्य",), "mr": ("अनिता पाटील आणि 12 इतर",), "tl": ("Juan Cruz at 12 iba pa",),
    },
    "previous_replies": {
        "en": ("Load previous replies", "See previous replies"), "fr": ("Afficher les réponses précédentes",),
        "de": ("Vorherige Antworten laden",), "es": ("Cargar respuestas anteriores",),
        "pt": ("Carregar respostas anteriores",), "it": ("Carica risposte precedenti",),
        "nl": ("Eerdere reacties laden",), "zh-CN": ("加载之前的回复",), "zh-TW": ("載入先前的回覆",),
        "ja": ("以前の返信を読み込む",), "ko": ("이전 답글 불러오기",), "sv": ("Läs in tidigare svar",),
        "da": ("Indlæs tidligere svar",), "nb": ("Last inn tidligere svar",), "fi": ("Lataa aiemmat vastaukset",),
        "cs": ("Načíst předchozí odpovědi",), "ro": ("Încărcați răspunsurile anterioare",),
        "vi": ("Tải các câu trả lời trước",), "uk": ("Завантажити попередні відповіді",),
        "pl": ("Wczytaj poprzednie odpowiedzi",), "ru": ("Загрузить предыдущие ответы",),
        "tr": ("Önceki yanıtları yükle",), "id": ("Muat balasan sebelumnya",), "ms": ("Muatkan balasan sebelumnya",),
        "hu": ("Korábbi válaszok betöltése",), "el": ("Φόρτωση προηγούμενων απαντήσεων",),
        "th": ("โหลดการตอบกลับก่อนหน้า",), "tl": ("I-load ang mga nakaraang sagot",), "ar": ("تحميل الردود السابقة",),
        "he": ("טעינת תשובות קודמות",), "hi": ("पिछले जवाब लोड करें",),
    },
}

#: Unit words a locale's ages use where its tables say them by code, not in AGE_UNITS_* (the
#: compact and long forms LinkedIn writes after the number).
AGE_PROBES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"S": ("s",), "MIN": ("m",), "H": ("h",), "D": ("d",), "W": ("w",), "M": ("mo",), "Y": ("yr", "y")},
    "zh-CN": {"S": ("秒",), "MIN": ("分钟",), "H": ("小时",), "D": ("天",), "W": ("周",), "M": ("个月",), "Y": ("年",)},
    "zh-TW": {"S": ("秒",), "MIN": ("分鐘",), "H": ("小時",), "D": ("天",), "W": ("週",), "M": ("個月",), "Y": ("年",)},
    "ar": {"S": ("ث",), "MIN": ("د",), "H": ("س",), "D": ("ي",), "W": ("أ",), "M": ("ش",), "Y": ("سنة",)},
}
AGE_UNITS = ("S", "MIN", "H", "D", "W", "M", "Y")


def _age_units(loc: str) -> set[str]:
    """The age units a "3 <unit>" (or "3<unit>") of ``loc``'s tables parses as."""
    words: dict[str, set[str]] = {}
    for table in (patterns.AGE_UNITS_COMPACT, patterns.AGE_UNITS_LONG):
        for word, unit in table.get(loc, {}).items():
            words.setdefault(unit, set()).add(word)
    for unit, ws in AGE_PROBES.get(loc, {}).items():
        words.setdefault(unit, set()).update(ws)
    found = set()
    for unit, ws in words.items():
        for w in ws:
            if any(segment.parse_age(t, learned=False) for t in (f"3 {w}", f"3{w}")):
                found.add(unit)
                break
    return found


def _chrome(s: str) -> bool:
    return nodes.is_chrome(nodes.classify(s))


def matrix() -> dict[str, dict[str, str]]:
    """concept -> locale -> "ok" | "unverified" | "GAP" (a probe the tables do not read as
    chrome: a string we know LinkedIn shows, missing)."""
    out: dict[str, dict[str, str]] = {}
    for concept, table in TABLES.items():
        rows = table()
        out[concept] = {loc: ("ok" if rows.get(loc) and all(_chrome(s) for s in rows[loc][:1]) else "unverified")
                        for loc in LOCALES}
    for concept, probes in PROBES.items():
        out[concept] = {loc: ("unverified" if loc not in probes
                              else "ok" if all(_chrome(s) for s in probes[loc]) else "GAP")
                        for loc in LOCALES}
    ages = {loc: _age_units(loc) for loc in LOCALES}
    for unit in AGE_UNITS:
        out[f"age.{unit}"] = {loc: ("ok" if unit in ages[loc] else "unverified") for loc in LOCALES}
    return out


def main(argv: list[str]) -> int:
    m = matrix()
    mark = {"ok": "+", "unverified": "?", "GAP": "X"}
    width = max(map(len, m))
    if "--gaps" not in argv:
        print(" " * width, " ".join(f"{loc[:2] if loc not in ('zh-CN', 'zh-TW') else loc[-2:]:>2}" for loc in LOCALES))
        for concept, row in m.items():
            print(f"{concept:<{width}}", " ".join(f"{mark[row[loc]]:>2}" for loc in LOCALES))
        print("(+ covered, ? unverified: no sure LinkedIn string, left empty, X gap: a known string missing)")
    gaps = 0
    for concept, row in m.items():
        for status in ("GAP", "unverified"):
            locs = [loc for loc in LOCALES if row[loc] == status]
            if locs:
                print(f"{status} {concept}: {' '.join(locs)}")
                gaps += status == "GAP"
    filled = sum(v == "ok" for row in m.values() for v in row.values())
    print(f"filled {filled} of {len(m) * len(LOCALES)} cells")
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
