"""Data tables: LinkedIn UI strings per locale, relative-age units, cue words.

Logic lives in ``repair.py`` and ``segment.py``; this module only holds data, so that a new
locale is a few lines here and nothing else. Strings are matched case-insensitively after
whitespace is tidied (NBSP -> space). Keep every table sorted by locale.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# "Recommended by LinkedIn": the widget header injected into the middle of articles.
# Verified in real dumps: zh-CN, en, fr. The others are LinkedIn's published UI strings.
RECOMMENDED_HEADER: dict[str, tuple[str, ...]] = {
    "ar": ("موصى به من LinkedIn", "مقترح من LinkedIn"),
    "de": ("Empfohlen von LinkedIn",),
    "en": ("Recommended by LinkedIn",),
    "es": ("Recomendado por LinkedIn",),
    "fr": ("Recommandé par LinkedIn",),
    "it": ("Consigliato da LinkedIn",),
    "ja": ("LinkedInのおすすめ", "LinkedIn のおすすめ", "LinkedInによるおすすめ"),
    "ko": ("LinkedIn 추천",),
    "nl": ("Aanbevolen door LinkedIn",),
    "pl": ("Polecane przez LinkedIn",),
    "pt": ("Recomendado pelo LinkedIn",),
    "ru": ("Рекомендовано LinkedIn", "Рекомендации LinkedIn"),
    "sv": ("Rekommenderat av LinkedIn",),
    "tr": ("LinkedIn tarafından önerilenler",),
    "zh-CN": ("领英推荐",),
    "zh-TW": ("領英推薦", "LinkedIn 推薦"),
}

# --------------------------------------------------------------------------------------------
# Relative ages. Each unit maps to its ISO-8601 designator: "S", "MIN", "H" (time part) or
# "D", "W", "M", "Y" (date part). Compact units may be glued to the comment text that follows
# ("10 个月The more…", "2wGreat post"); long forms ("3 weeks ago") only stand on their own.
AGE_UNITS_COMPACT: dict[str, dict[str, str]] = {
    "de": {"Sek.": "S", "Min.": "MIN", "Std.": "H", "T.": "D", "Tg.": "D", "W.": "W",
           "Wo.": "W", "Mon.": "M", "J.": "Y"},
    "en": {"s": "S", "m": "MIN", "min": "MIN", "h": "H", "hr": "H", "d": "D", "w": "W",
           "wk": "W", "mo": "M", "y": "Y", "yr": "Y"},
    "es": {"sem.": "W", "sem": "W", "mes": "M", "meses": "M", "a": "Y", "año": "Y",
           "años": "Y"},
    "fr": {"j": "D", "sem.": "W", "sem": "W", "mois": "M", "an": "Y", "ans": "Y"},
    "it": {"g": "D", "sett.": "W", "mese": "M", "mesi": "M", "anno": "Y", "anni": "Y"},
    "ja": {"秒": "S", "分": "MIN", "時間": "H", "日": "D", "週間": "W", "週": "W",
           "か月": "M", "ヶ月": "M", "カ月": "M", "年": "Y"},
    "nl": {"u": "H", "mnd": "M", "mnd.": "M", "jr": "Y", "j": "Y"},
    "pt": {"sem.": "W", "sem": "W", "m": "M", "mês": "M", "meses": "M", "a": "Y"},
    "zh-CN": {"秒": "S", "分钟": "MIN", "小时": "H", "天": "D", "周": "W", "个月": "M",
              "月": "M", "年": "Y"},
    "zh-TW": {"秒": "S", "分鐘": "MIN", "小時": "H", "天": "D", "週": "W", "個月": "M",
              "年": "Y"},
}

# Long forms, only recognised when the age stands alone on its line ("3 weeks ago",
# "13 hours ago • Visible to anyone…" is handled by the chrome table).
AGE_UNITS_LONG: dict[str, dict[str, str]] = {
    "de": {"Sekunde": "S", "Sekunden": "S", "Minute": "MIN", "Minuten": "MIN",
           "Stunde": "H", "Stunden": "H", "Tag": "D", "Tage": "D", "Tagen": "D",
           "Woche": "W", "Wochen": "W", "Monat": "M", "Monate": "M", "Monaten": "M",
           "Jahr": "Y", "Jahre": "Y", "Jahren": "Y"},
    "en": {"second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN",
           "hour": "H", "hours": "H", "day": "D", "days": "D", "week": "W", "weeks": "W",
           "month": "M", "months": "M", "year": "Y", "years": "Y"},
    "es": {"hora": "H", "horas": "H", "día": "D", "días": "D", "semana": "W",
           "semanas": "W", "mes": "M", "meses": "M", "año": "Y", "años": "Y"},
    "fr": {"heure": "H", "heures": "H", "jour": "D", "jours": "D", "semaine": "W",
           "semaines": "W", "mois": "M", "an": "Y", "ans": "Y", "année": "Y", "années": "Y"},
    "nl": {"uur": "H", "dag": "D", "dagen": "D", "week": "W", "weken": "W",
           "maand": "M", "maanden": "M", "jaar": "Y"},
    "pt": {"hora": "H", "horas": "H", "dia": "D", "dias": "D", "semana": "W",
           "semanas": "W", "mês": "M", "meses": "M", "ano": "Y", "anos": "Y"},
}

# Arabic: duals carry their own number ("شهران" = two months); plurals take a number in
# Arabic-Indic or Latin digits ("٥ أشهر").
AGE_WORDS_AR: dict[str, tuple[int | None, str]] = {
    "ثانية": (None, "S"), "ثوان": (None, "S"),
    "دقيقة": (None, "MIN"), "دقائق": (None, "MIN"), "دقيقتان": (2, "MIN"),
    "ساعة": (None, "H"), "ساعات": (None, "H"), "ساعتان": (2, "H"),
    "يوم": (None, "D"), "أيام": (None, "D"), "يومان": (2, "D"),
    "أسبوع": (None, "W"), "أسابيع": (None, "W"), "أسبوعان": (2, "W"),
    "شهر": (None, "M"), "أشهر": (None, "M"), "شهور": (None, "M"), "شهران": (2, "M"),
    "سنة": (None, "Y"), "سنوات": (None, "Y"), "سنتان": (2, "Y"), "عام": (None, "Y"),
}

# Words after an age that say it is an age ("3 weeks ago", "il y a 2 jours", "vor 3 Tagen").
AGO_WORDS = ("ago", "前", "atrás", "fa", "geleden")
AGO_PREFIXES = ("il y a", "vor", "hace", "há", "منذ")

# --------------------------------------------------------------------------------------------
# Cue words.
# A short closing line after the body: "To your sales leadership success.", "Cheers,".
SIGN_OFF_CUES: tuple[str, ...] = (
    # en
    "to your", "here's to", "here’s to", "cheers", "best,", "best regards", "kind regards",
    "warm regards", "warmly", "regards", "sincerely", "yours", "thanks for reading",
    "thank you for reading", "until next time", "talk soon", "see you", "onwards",
    "onward", "stay curious", "keep going", "keep leading", "happy selling", "to your success",
    "wishing you", "with gratitude", "much love", "peace",
    # de / fr / es / pt / it / nl
    "viele grüße", "beste grüße", "herzliche grüße", "liebe grüße", "bis bald",
    "cordialement", "bien à vous", "à bientôt", "belle journée", "bonne lecture",
    "saludos", "un abrazo", "hasta pronto", "abraços", "atenciosamente", "até breve",
    "cordiali saluti", "a presto", "met vriendelijke groet", "groetjes", "tot snel",
    # zh / ja
    "祝", "此致", "感谢阅读", "谢谢阅读", "よろしくお願いします", "ではまた",
)

# Words that mark a call to action: the reader is asked to do something.
CTA_CUES: tuple[str, ...] = (
    # en
    "dm me", "send me a dm", "send me a message", "message me", "comment below",
    "comment '", "comment \"", "comment “", "drop a comment", "link in the comments",
    "link in comments", "link in bio", "sign up", "register", "book a call", "book your",
    "subscribe", "join my", "join our", "join the", "download", "grab your", "apply now",
    "click the link", "follow me", "follow for more", "repost", "♻️", "are you committed",
    "i'm looking for", "i’m looking for", "reach out", "get in touch", "let's connect",
    "let’s connect", "get you all the details", "enroll", "enrol", "waitlist",
    # fr / de / es / pt / it
    "inscrivez-vous", "contactez-moi", "écrivez-moi", "abonnez-vous", "commentez",
    "melde dich", "schreib mir", "jetzt anmelden", "kontaktiere mich", "abonniere",
    "escríbeme", "inscríbete", "suscríbete", "comenta", "inscreva-se", "me chame",
    "comente", "iscriviti", "scrivimi",
    # zh / ja
    "私信", "评论区", "报名", "关注我", "点击链接", "联系我", "コメントして", "フォロー",
)

# A line ending in ":" that promises a list ("…the following:", "Here are the attributes:").
LIST_INTRO_CUES: tuple[str, ...] = (
    "following", "these", "here are", "here's", "here’s", "include", "includes",
    "below", "steps", "tips", "ways", "reasons", "lessons", "qualities", "attributes",
    "things", "list", "suivant", "suivants", "suivantes", "voici", "folgende", "folgenden",
    "hier sind", "siguientes", "estos", "estas", "seguintes", "seguinte", "以下", "如下",
    "下面", "次の", "以下の",
)
