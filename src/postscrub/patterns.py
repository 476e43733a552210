"""Data tables: LinkedIn UI strings per locale, relative-age units, cue words.

Logic lives in ``repair.py`` and ``segment.py``; this module only holds data, so that a new
locale is a few lines here and nothing else. Strings are matched case-insensitively after
whitespace is tidied (NBSP -> space). Keep every table sorted by locale.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# A web clipper's own template (not LinkedIn's UI): the quoted excerpt MarkDownload puts under
# the page title ("> ## Excerpt" / "> the preview…" / "---"), a heading in the clipper's words.
CLIPPER_EXCERPT_HEADINGS: tuple[str, ...] = ("Excerpt",)

# A read-later app's export template (Readwise's Markdown export, not LinkedIn's UI): a
# "## Metadata" heading over a "- Label: value" list (the saved page's author, full title,
# address: fields, like a front matter's), a "## Full Document" heading over the saved text,
# and a "## Highlights" list repeating the reader's highlighted sentences (not the text).
READ_LATER_SECTIONS: dict[str, tuple[str, ...]] = {
    "metadata": ("Metadata",),
    "document": ("Full Document",),
    "highlights": ("Highlights",),
}
# ... the labels of the metadata list a field takes (the others are kept as properties)
READ_LATER_FIELDS: dict[str, tuple[str, ...]] = {
    "author": ("Author",), "title": ("Full Title", "Title"), "url": ("URL",),
}

# --------------------------------------------------------------------------------------------
# "Recommended by LinkedIn": the widget header injected into the middle of articles.
# Verified in real dumps: zh-CN, en, fr. The others are LinkedIn's published UI strings.
RECOMMENDED_HEADER: dict[str, tuple[str, ...]] = {
    "ar": ("موصى به من LinkedIn", "مقترح من LinkedIn"),
    "de": ("Empfohlen von LinkedIn",),
    "en": ("Recommended by LinkedIn",),
    "es": ("Recomendado por LinkedIn", "Recomendados por LinkedIn"),
    "fr": ("Recommandé par LinkedIn",),
    "it": ("Consigliato da LinkedIn", "Consigliati da LinkedIn", "Consigliato per te"),
    "ja": ("LinkedInのおすすめ", "LinkedIn のおすすめ", "LinkedInによるおすすめ"),
    "ko": ("LinkedIn 추천",),
    "nl": ("Aanbevolen door LinkedIn",),
    "pl": ("Polecane przez LinkedIn",),
    "pt": ("Recomendado pelo LinkedIn", "Recomendados pelo LinkedIn"),
    "ru": ("Рекомендовано LinkedIn", "Рекомендации LinkedIn"),
    "sv": ("Rekommenderat av LinkedIn", "Rekommenderas av LinkedIn"),
    "tr": ("LinkedIn tarafından önerilenler", "LinkedIn tarafından önerilen", "Şu kişi tarafından önerildi: LinkedIn"),
    "zh-CN": ("领英推荐",),
    "zh-TW": ("領英推薦", "LinkedIn 推薦"),
    "bn": ("LinkedIn দ্বারা প্রস্তাবিত", "LinkedIn-এর সুপারিশ"),
    "cs": ("Doporučeno LinkedInem", "Doporučuje LinkedIn"),
    "da": ("Anbefalet af LinkedIn",),
    "el": ("Προτείνεται από το LinkedIn", "Προτάσεις του LinkedIn"),
    "fi": ("LinkedInin suosittelemat", "LinkedIn suosittelee"),
    "he": ("מומלץ על ידי LinkedIn", "מומלץ ע״י LinkedIn"),
    "hi": ("LinkedIn द्वारा सुझाया गया", "LinkedIn द्वारा अनुशंसित"),
    "hu": ("A LinkedIn ajánlásai", "A LinkedIn ajánlja"),
    "mr": ("LinkedIn द्वारे शिफारस केलेले",),
    "id": ("Direkomendasikan oleh LinkedIn",),
    "ms": ("Disyorkan oleh LinkedIn",),
    "nb": ("Anbefalt av LinkedIn",),
    "ro": ("Recomandat de LinkedIn", "Recomandate de LinkedIn"),
    "th": ("แนะนำโดย LinkedIn",),
    "tl": ("Inirerekomenda ng LinkedIn",),
    "uk": ("Рекомендовано LinkedIn", "Рекомендації LinkedIn"),
    "vi": ("Được LinkedIn đề xuất", "LinkedIn đề xuất"),
}

# --------------------------------------------------------------------------------------------
# The consent line of a signed-out page ("By clicking Continue to join or sign in, you agree to
# LinkedIn’s User Agreement, Privacy Policy, and Cookie Policy."), in any UI language: in a
# page's header, a line naming LinkedIn, its cookie policy and its privacy policy is that line,
# whatever its wording (``nodes.consent_line``). Each a word of the policy's name, casefolded.
CONSENT_COOKIE_WORDS: tuple[str, ...] = (
    "cookie", "çerez", "kolačić", "sīkdat", "slapuk", "küpsis", "evästei", "sütik", "쿠키", "クッキー",
    "ملفات تعريف الارتباط", "קובצי cookie", "کوکی", "куки", "кукі",
)
CONSENT_PRIVACY_WORDS: tuple[str, ...] = (
    "privacy", "privacidad", "privacidade", "privasi", "privatnost", "privatliv", "privatumo",
    "confidentialité", "confidențialitate", "confidenţialitate", "datenschutz", "gizlilik", "prywatności",
    "integritet", "personvern", "tietosuoja", "adatvédelm", "ochrany osobních", "ochrany osobných",
    "quyền riêng tư", "ความเป็นส่วนตัว", "riservatezza", "プライバシー", "隐私", "隱私",
    "개인정보", "الخصوصية", "פרטיות", "конфиденциальност", "конфіденційност", "απορρήτου",
    "गोपनीयता", "গোপনীয়তা",
)

# --------------------------------------------------------------------------------------------
# Words that open a person's headline, never a name ("Supervisora de Urgencias", "Sinh viên
# năm cuối"): where a flattened page glues a name to its headline, the name ends before one.
# A job word in the language of the headline (not of the UI); phrases of several words are
# matched word by word.
HEADLINE_WORDS: dict[str, tuple[str, ...]] = {
    "de": (
        "geschäftsführer", "geschäftsführerin", "leiter", "leiterin", "berater", "beraterin",
        "gründer", "gründerin", "inhaber", "inhaberin", "ingenieur", "ingenieurin", "entwickler",
        "entwicklerin", "projektleiter", "projektleiterin", "referent", "referentin", "studentin",
        "lehrer", "lehrerin", "vorstand", "teamleiter", "teamleiterin",
    ),
    "en": (
        "account", "adviser", "advisor", "ai", "analyst", "architect", "assistant", "associate",
        "attorney", "author", "board", "building", "business", "ceo", "cfo", "chair", "chairman",
        "chairwoman", "chief", "cmo", "co-founder", "coach", "cofounder", "consultant", "coo",
        "cto", "data", "designer", "developer", "digital", "director", "doctor", "engineer",
        "entrepreneur", "executive", "founder", "freelance", "freelancer", "global", "head",
        "health", "helping", "i", "independent", "intern", "investor", "lawyer", "lead", "leading",
        "manager", "managing", "marketing", "member", "mentor", "nurse", "officer", "owner",
        "partner", "policy", "president", "principal", "product", "professor", "recruiter",
        "researcher", "retired", "sales", "scientist", "self", "self-employed", "self employed", "senior",
        "software", "speaker", "specialist", "strategic", "strategist", "student", "teacher",
        "technical", "trainer", "vp", "devops",
        # the field before a role ("Program Officer", "Project Manager", "Community Lead")
        "program", "programme", "project", "operations", "community", "customer",
        "content", "talent", "volunteer", "finance",
    ),
    "es": (
        "director", "directora", "gerente", "ingeniero", "ingeniera", "fundador", "fundadora",
        "cofundador", "cofundadora", "responsable", "coordinador", "coordinadora", "analista",
        "desarrollador", "desarrolladora", "estudiante", "profesor", "profesora", "jefe", "jefa",
        "técnico", "técnica", "supervisor", "supervisora", "enfermera", "enfermero", "matrona",
        "médico", "médica", "abogado", "abogada", "consultor", "consultora", "asesor", "asesora",
    ),
    "fr": (
        "directeur", "directrice", "fondateur", "fondatrice", "cofondateur", "cofondatrice",
        "ingénieur", "ingénieure", "consultante", "étudiant", "étudiante", "chargé", "chargée",
        "responsable", "infirmier", "infirmière", "enseignant", "enseignante", "développeur",
        "développeuse", "avocat", "avocate", "gérant", "gérante",
    ),
    "it": (
        "direttore", "direttrice", "responsabile", "ingegnere", "fondatore", "fondatrice",
        "studente", "studentessa", "consulente", "insegnante", "infermiere", "infermiera",
        "sviluppatore", "sviluppatrice", "avvocato", "avvocata", "titolare",
    ),
    "nl": (
        "eigenaar", "eigenaresse", "oprichter", "oprichtster", "adviseur", "docent",
        "verpleegkundige", "projectleider", "teamleider", "ontwikkelaar", "medewerker",
        "medewerkster", "directeur",
    ),
    "pl": (
        "kierownik", "kierowniczka", "dyrektor", "dyrektorka", "specjalista", "specjalistka",
        "inżynier", "właściciel", "właścicielka", "prezes", "studentka", "nauczyciel",
        "nauczycielka", "programista", "programistka", "pielęgniarka", "doradca",
    ),
    "pt": (
        "diretor", "diretora", "gerente", "engenheiro", "engenheira", "fundador", "fundadora",
        "cofundador", "cofundadora", "estudante", "analista", "coordenador", "coordenadora",
        "professora", "enfermeira", "enfermeiro", "desenvolvedor", "desenvolvedora", "advogado",
        "advogada", "consultora",
    ),
    "vi": (
        "kỹ sư", "giám đốc", "sinh viên", "trưởng phòng", "chuyên viên", "nhà sáng lập",
        "đồng sáng lập", "quản lý", "giảng viên", "nhân viên", "lập trình viên",
    ),
}

# --------------------------------------------------------------------------------------------
# A screen reader's list of a page's elements ("accessibility tree" copies): every element on
# a line of its own, after its role ("text, …", "link, …", "button, …", "list, 2 items", "end
# of list"). The roles whose element is the page's text (the role is cut off, the text kept);
# every other role's line is the page's structure or its controls (dropped).
A11Y_TEXT_ROLES: tuple[str, ...] = ("text", "link", "static text", "StaticText")
A11Y_OTHER_ROLES: tuple[str, ...] = (
    "button", "image", "img", "graphic", "figure", "region", "article", "list", "listitem", "list item",
    "navigation", "banner", "main", "complementary", "contentinfo", "separator", "toolbar", "menu",
    "menuitem", "menu button", "heading", "heading level 1", "heading level 2", "heading level 3",
    "heading level 4", "heading level 5", "heading level 6", "landmark", "group", "combo box",
)
#: controls: a button whose label is a UI string of the page ("31 comments", "Comment") is
#: kept for the page's reading, without its role; any other control's line is dropped
A11Y_CONTROL_ROLES: tuple[str, ...] = ("button", "menu button", "toggle button", "tab")
#: the lines that close an element ("end of list"), and a link's label that only names its
#: target's profile ("View Ana Lee’s profile"), both structure
A11Y_STRUCTURE_LINES: tuple[str, ...] = (
    r"end of (?:list|region|main|article|navigation|group|banner|menu|table)",
    r"View .{1,80}['’]s? profile",
)

# A browser's accessibility tree as its developer tools or a test tool print it: one node a line,
# indented under its parent, its role then its name in quotes and its properties ("StaticText
# \"…\"", "button \"Like\" pressed=false", Playwright's "- link \"Ana Lee\" [level=2]:").
# The roles whose name is the page's text (kept, the role cut off; Playwright's "generic" is a
# div or span holding text: "- generic [ref=e7]: 3 d"); the page's own node, whose
# name is the page's title (dropped); controls as in a list above; every other node dropped.
A11Y_TREE_TEXT_ROLES: tuple[str, ...] = ("StaticText", "text", "link", "heading", "paragraph", "time",
                                        "LineBreak", "listitem", "cell", "generic")
A11Y_TREE_ROOT_ROLES: tuple[str, ...] = ("RootWebArea", "WebArea", "document")

# A screen reader's speech log (NVDA's speech viewer and the like): the role is spoken before
# the element's text with no comma ("link Ana Lee", "button Like", "heading level 2 …"), and
# lines without a role are the page's plain text. Per UI language: the roles whose text is
# kept ("link"), the controls (a UI string kept without its role, any other label dropped;
# a state may follow after a comma: "button, expanded: false Like"), and the lines that are
# structure only (dropped whole).
A11Y_SPOKEN_TEXT_ROLES: tuple[str, ...] = ("link", "koppeling", "Link", "lien", "enlace", "collegamento")
A11Y_SPOKEN_CONTROL_ROLES: tuple[str, ...] = ("button", "knop", "Schalter", "bouton", "botón", "pulsante",
                                             "toggle button", "schakelknop")
A11Y_SPOKEN_STRUCTURE: tuple[str, ...] = (
    r"heading level \d.*", r"kop niveau \d.*", r"Überschrift Ebene \d.*", r"titre niveau \d.*",
    r"encabezado nivel \d.*", r"intestazione livello \d.*",
    r"graphic\b.*", r"image\b.*", r"afbeelding\b.*", r"Grafik\b.*", r"imagen\b.*", r"immagine\b.*",
    r"list with \d+ items?", r"lijst met \d+ items?", r"Liste mit \d+ (?:Einträgen|Eintrag|Elementen)",
    r"liste de \d+ éléments?", r"lista con \d+ elementos?",
    r"out of list", r"end of list", r"einde van lijst", r"uit lijst", r"Liste verlassen", r"fin de liste",
    r"fuera de lista", r"fine elenco",
    r"Bekijk het profiel van .{1,80}", r"View .{1,80}['’]s? profile",
    # a landmark announced on entering it ("main landmark", "navigation landmark"), as the
    # speech viewer's first line often is: structure
    r"(?:main|navigation|banner|complementary|contentinfo|search|form|region) landmark",
)
# NVDA's speech viewer writes the parts of one utterance apart by two spaces, the role after the
# element's name or before it, with its states and a heading's level or a list's size as parts
# of their own ("Follow  button", "Like  toggle button  not pressed", "heading  level 2  Results",
# "list  with 3 items  bullet  Day one…", "Ana Lee  link"): the parts that are no text of the
# page (regexes, whole parts). A control's part among them (A11Y_SPOKEN_CONTROL_ROLES) drops a
# label that is no UI string, as above; a "document" part announces the page's title (dropped).
A11Y_SPOKEN_PARTS: tuple[str, ...] = (
    r"link", r"visited", r"visited link", r"same page link", r"clickable", r"button", r"toggle button",
    r"menu button", r"not pressed", r"pressed", r"collapsed", r"expanded", r"heading", r"level \d",
    r"list", r"with \d+ items?", r"bullet", r"out of list", r"end of list", r"document", r"graphic",
    r"image", r"article", r"out of article", r"region", r"landmark", r"(?:main|navigation|banner) landmark",
    r"koppeling", r"Link", r"lien", r"enlace", r"collegamento", r"knop", r"Schalter", r"bouton", r"botón",
    r"pulsante", r"schakelknop", r"kop", r"niveau \d", r"Überschrift", r"Ebene \d", r"titre",
    r"encabezado", r"nivel \d", r"intestazione", r"livello \d", r"uit lijst", r"einde van lijst",
    r"Liste verlassen", r"fin de liste", r"fuera de lista", r"fine elenco",
)
A11Y_SPOKEN_DOCUMENT_PARTS: tuple[str, ...] = ("document", "Dokument", "documento")

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
    "id": {"dtk": "S", "mnt": "MIN", "j": "H", "jam": "H", "hr": "D", "h": "D", "mgg": "W",
           "bln": "M", "thn": "Y", "th": "Y"},
    "ko": {"초": "S", "분": "MIN", "시간": "H", "일": "D", "주": "W", "개월": "M", "년": "Y"},
    "pl": {"godz.": "H", "godz": "H", "d.": "D", "dz.": "D", "dni": "D", "tydz.": "W", "tyg.": "W",
           "mies.": "M", "r.": "Y"},
    "ru": {"сек.": "S", "мин.": "MIN", "мин": "MIN", "ч.": "H", "ч": "H", "дн.": "D", "дн": "D",
           "д.": "D", "нед.": "W", "нед": "W", "мес.": "M", "мес": "M", "г.": "Y", "г": "Y"},
    "sv": {"tim": "H", "d": "D", "v": "W", "mån.": "M", "mån": "M", "år": "Y"},
    "tr": {"sn": "S", "dk": "MIN", "sa": "H", "sa.": "H", "g": "D", "hf": "W", "hf.": "W", "ay": "M", "yıl": "Y"},
    # (a unit another locale already names keeps that one's meaning: nb/da "2 u" (uker) is read
    # as nl "u" (hours), fi "1 v" (vuosi) as sv "v" (weeks); still ages, with a wrong ISO)
    "bn": {"সেকেন্ড": "S", "মিনিট": "MIN", "ঘণ্টা": "H", "দিন": "D", "সপ্তাহ": "W", "মাস": "M",
           "বছর": "Y"},
    "cs": {"sek.": "S", "hod.": "H", "týd.": "W", "týd": "W", "měs.": "M", "měs": "M"},
    "da": {"t": "H", "u.": "W", "md.": "M"},
    "el": {"δευτ.": "S", "λεπ.": "MIN", "λ.": "MIN", "ώ.": "H", "ω.": "H", "ημ.": "D", "εβδ.": "W",
           "μήν.": "M", "έτ.": "Y", "χρ.": "Y"},
    "fi": {"t": "H", "pv": "D", "vk": "W", "kk": "M"},
    "he": {"דקות": "MIN", "שעה": "H", "שעות": "H", "יום": "D", "ימים": "D", "שבוע": "W",
           "שבועות": "W", "חודש": "M", "חודשים": "M", "שנה": "Y", "שנים": "Y",
           # the feed's abbreviations, geresh or apostrophe ("4 שע'", "1 י'", "2 ח׳")
           "שע'": "H", "שע׳": "H", "ד'": "MIN", "ד׳": "MIN", "י'": "D", "י׳": "D", "ח'": "M", "ח׳": "M"},
    "hi": {"सेकंड": "S", "मिनट": "MIN", "मि.": "MIN", "मि": "MIN", "घंटा": "H", "घंटे": "H", "घं.": "H", "घं": "H", "दिन": "D",
           "सप्ताह": "W", "हफ़्ता": "W", "हफ़्ते": "W", "हफ्ते": "W", "माह": "M", "महीना": "M",
           "महीने": "M", "वर्ष": "Y", "साल": "Y"},
    "hu": {"mp": "S", "p": "MIN", "ó": "H", "n": "D", "nap": "D", "hét": "W", "hó": "M", "é": "Y", "év": "Y"},
    "mr": {"सेकंद": "S", "मिनिटे": "MIN", "मिनिट": "MIN", "तास": "H", "दिवस": "D", "आठवडा": "W",
           "आठवडे": "W", "महिना": "M", "महिने": "M", "वर्ष": "Y", "वर्षे": "Y"},
    "ms": {"mgu": "W"},
    "nb": {"t": "H", "u.": "W", "md.": "M", "mnd": "M"},
    "ro": {"z": "D", "săpt.": "W", "săpt": "W", "lună": "M", "luni": "M", "ani": "Y"},
    # ta (a browser's page translation; LinkedIn offers no Tamil UI): the units cut to their first
    # syllable, as the feed cuts them ("2 நா" for நாள், a day)
    "ta": {"நிமி": "MIN", "மணி": "H", "நா": "D", "வா": "W", "மா": "M", "ஆ": "Y"},
    "th": {"วินาที": "S", "นาที": "MIN", "ชม.": "H", "ชั่วโมง": "H", "วัน": "D", "สัปดาห์": "W",
           "สป.": "W", "เดือน": "M", "ด.": "M", "ปี": "Y"},
    "uk": {"сек.": "S", "хв.": "MIN", "хв": "MIN", "год.": "H", "дн.": "D", "тиж.": "W", "тиж": "W",
           "міс.": "M", "міс": "M", "р.": "Y"},
    "vi": {"giây": "S", "phút": "MIN", "giờ": "H", "ngày": "D", "tuần": "W", "tháng": "M",
           "năm": "Y"},
    # hr/bs, lt, lv, sk, sr (Cyrillic)
    "hr": {"tj.": "W", "tj": "W", "mj.": "M", "mj": "M", "g.": "Y"},
    "lt": {"min.": "MIN", "val.": "H", "sav.": "W", "mėn.": "M", "m.": "Y"},
    "lv": {"st.": "H", "ned.": "W", "mēn.": "M", "g.": "Y"},
    "sk": {"hod.": "H", "t.": "W", "týž.": "W", "mes.": "M"},
    "sr": {"д": "D", "д.": "D", "нед": "W", "н.": "W", "м.": "M"},
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
    "es": {"segundo": "S", "segundos": "S", "minuto": "MIN", "minutos": "MIN", "hora": "H", "horas": "H", "día": "D", "días": "D", "semana": "W",
           "semanas": "W", "mes": "M", "meses": "M", "año": "Y", "años": "Y"},
    "fr": {"seconde": "S", "secondes": "S", "minute": "MIN", "minutes": "MIN", "heure": "H", "heures": "H", "jour": "D", "jours": "D", "semaine": "W",
           "semaines": "W", "mois": "M", "an": "Y", "ans": "Y", "année": "Y", "années": "Y"},
    "nl": {"seconde": "S", "seconden": "S", "minuut": "MIN", "minuten": "MIN", "uur": "H", "dag": "D", "dagen": "D", "week": "W", "weken": "W",
           "maand": "M", "maanden": "M", "jaar": "Y"},
    "pt": {"segundo": "S", "segundos": "S", "minuto": "MIN", "minutos": "MIN", "hora": "H", "horas": "H", "dia": "D", "dias": "D", "semana": "W",
           "semanas": "W", "mês": "M", "meses": "M", "ano": "Y", "anos": "Y"},
    "it": {"secondo": "S", "secondi": "S", "minuto": "MIN", "minuti": "MIN", "ora": "H", "ore": "H", "giorno": "D", "giorni": "D", "settimana": "W",
           "settimane": "W", "mese": "M", "mesi": "M", "anno": "Y", "anni": "Y"},
    "id": {"jam": "H", "hari": "D", "minggu": "W", "bulan": "M", "tahun": "Y"},
    "pl": {"sekundę": "S", "sekundy": "S", "sekund": "S", "minutę": "MIN", "minuty": "MIN", "minut": "MIN", "godzinę": "H", "godziny": "H", "godzin": "H", "dzień": "D", "dni": "D",
           "tydzień": "W", "tygodnie": "W", "tygodni": "W", "miesiąc": "M", "miesiące": "M",
           "miesięcy": "M", "rok": "Y", "lata": "Y", "lat": "Y"},
    "ru": {"минуту": "MIN", "минуты": "MIN", "минут": "MIN", "час": "H", "часа": "H", "часов": "H", "день": "D", "дня": "D", "дней": "D",
           "неделю": "W", "недели": "W", "недель": "W", "месяц": "M", "месяца": "M",
           "месяцев": "M", "год": "Y", "года": "Y", "лет": "Y"},
    "sv": {"sekund": "S", "sekunder": "S", "timme": "H", "timmar": "H", "dag": "D", "dagar": "D", "vecka": "W", "veckor": "W",
           "månad": "M", "månader": "M", "år": "Y", "minut": "MIN", "minuter": "MIN"},
    "tr": {"dakika": "MIN", "saat": "H", "gün": "D", "hafta": "W", "ay": "M", "yıl": "Y"},
    "cs": {"minuta": "MIN", "minuty": "MIN", "minutou": "MIN", "minutami": "MIN",
           "hodina": "H", "hodiny": "H", "hodin": "H", "hodinou": "H", "hodinami": "H",
           "dny": "D", "dní": "D", "dnů": "D", "dnem": "D", "týden": "W", "týdny": "W",
           "týdnů": "W", "týdnem": "W", "měsíc": "M", "měsíce": "M", "měsíců": "M",
           "měsícem": "M", "měsíci": "M", "roky": "Y", "let": "Y", "rokem": "Y", "lety": "Y"},
    "da": {"sekund": "S", "sekunder": "S", "minut": "MIN", "minutter": "MIN", "timer": "H", "dage": "D",
           "uge": "W", "uger": "W", "måned": "M", "måneder": "M", "år": "Y"},
    "el": {"λεπτό": "MIN", "λεπτά": "MIN", "ώρα": "H", "ώρες": "H", "ημέρα": "D", "ημέρες": "D",
           "μέρα": "D", "μέρες": "D", "εβδομάδα": "W", "εβδομάδες": "W", "μήνα": "M", "μήνας": "M",
           "μήνες": "M", "έτος": "Y", "έτη": "Y", "χρόνο": "Y", "χρόνια": "Y"},
    "fi": {"sekunti": "S", "sekuntia": "S", "minuutti": "MIN", "minuuttia": "MIN", "tunti": "H", "tuntia": "H", "päivä": "D",
           "päivää": "D", "viikko": "W", "viikkoa": "W", "kuukausi": "M", "kuukautta": "M",
           "vuosi": "Y", "vuotta": "Y"},
    "he": {"שניות": "S", "דקה": "MIN", "דקות": "MIN", "שעה": "H", "שעות": "H", "יום": "D", "ימים": "D",
           "שבוע": "W", "שבועות": "W", "חודש": "M", "חודשים": "M", "שנה": "Y", "שנים": "Y"},
    "hu": {"perc": "MIN", "perce": "MIN", "perccel": "MIN", "óra": "H", "órája": "H",
           "órával": "H", "napja": "D", "nappal": "D", "hét": "W", "hete": "W",
           "héttel": "W", "hónap": "M", "hónapja": "M", "hónappal": "M", "év": "Y", "éve": "Y",
           "évvel": "Y"},
    # (ms: its units are id's, but for the second: "saat", an hour in tr, is left out)
    "ms": {"minit": "MIN", "jam": "H", "hari": "D", "minggu": "W", "bulan": "M", "tahun": "Y"},
    "nb": {"sekund": "S", "sekunder": "S", "minutt": "MIN", "minutter": "MIN", "timer": "H", "dager": "D",
           "uke": "W", "uker": "W", "måned": "M", "måneder": "M", "år": "Y"},
    "ro": {"secundă": "S", "secunde": "S", "minut": "MIN", "minute": "MIN", "oră": "H", "zi": "D", "zile": "D",
           "săptămână": "W", "săptămâni": "W", "lună": "M", "luni": "M", "ani": "Y"},
    "tl": {"segundo": "S", "minuto": "MIN", "oras": "H", "araw": "D", "linggo": "W", "buwan": "M", "taon": "Y"},
    "ta": {"நிமிடம்": "MIN", "நிமிடங்கள்": "MIN", "மணிநேரம்": "H", "மணி நேரம்": "H", "நாள்": "D", "நாட்கள்": "D",
           "வாரம்": "W", "வாரங்கள்": "W", "மாதம்": "M", "மாதங்கள்": "M", "ஆண்டு": "Y", "ஆண்டுகள்": "Y"},
    "uk": {"хвилину": "MIN", "хвилини": "MIN", "хвилин": "MIN", "годину": "H", "години": "H",
           "годин": "H", "день": "D", "дні": "D", "днів": "D", "тиждень": "W", "тижні": "W",
           "тижнів": "W", "місяць": "M", "місяці": "M", "місяців": "M", "рік": "Y", "роки": "Y",
           "років": "Y"},
    # pa, te: the units' words, singular and plural (ਹਫ਼ਤਾ in both spellings of its ਫ਼: the
    # precomposed letter and ਫ + nukta)
    "pa": {"ਸਕਿੰਟ": "S", "ਮਿੰਟ": "MIN", "ਘੰਟਾ": "H", "ਘੰਟੇ": "H", "ਦਿਨ": "D", "ਹਫ਼ਤਾ": "W", "ਹਫ਼ਤੇ": "W",
           "ਹਫ਼ਤਾ": "W", "ਹਫ਼ਤੇ": "W", "ਮਹੀਨਾ": "M", "ਮਹੀਨੇ": "M", "ਸਾਲ": "Y"},
    "te": {"సెకను": "S", "సెకన్లు": "S", "నిమిషం": "MIN", "నిమిషాలు": "MIN", "గంట": "H", "గంటలు": "H",
           "రోజు": "D", "రోజులు": "D", "వారం": "W", "వారాలు": "W", "నెల": "M", "నెలలు": "M",
           "సంవత్సరం": "Y", "సంవత్సరాలు": "Y"},
    "et": {"minut": "MIN", "minutit": "MIN", "tund": "H", "tundi": "H", "päev": "D", "päeva": "D",
           "nädal": "W", "nädalat": "W", "kuu": "M", "kuud": "M", "aasta": "Y", "aastat": "Y"},
    "fa": {"ثانیه": "S", "دقیقه": "MIN", "ساعت": "H", "روز": "D", "هفته": "W", "ماه": "M", "سال": "Y"},
    "hr": {"minuta": "MIN", "minute": "MIN", "minutu": "MIN", "sat": "H", "sata": "H", "sati": "H",
           "dan": "D", "dana": "D", "tjedan": "W", "tjedna": "W", "tjedana": "W", "mjesec": "M",
           "mjeseca": "M", "mjeseci": "M", "godina": "Y", "godine": "Y", "godinu": "Y",
           # (sr Latin, ekavian)
           "nedelja": "W", "nedelje": "W", "mesec": "M", "meseca": "M", "meseci": "M"},
    "lt": {"minutė": "MIN", "minutės": "MIN", "minučių": "MIN", "valanda": "H", "valandos": "H",
           "valandų": "H", "diena": "D", "dienos": "D", "dienų": "D", "savaitė": "W", "savaitės": "W",
           "savaičių": "W", "mėnuo": "M", "mėnesiai": "M", "mėnesių": "M", "metai": "Y", "metų": "Y"},
    "lv": {"minūte": "MIN", "minūtes": "MIN", "stunda": "H", "stundas": "H", "diena": "D", "dienas": "D",
           "nedēļa": "W", "nedēļas": "W", "mēnesis": "M", "mēneši": "M", "gads": "Y", "gadi": "Y"},
    "sk": {"minúta": "MIN", "minúty": "MIN", "minút": "MIN", "hodina": "H", "hodiny": "H", "hodín": "H",
           "deň": "D", "dni": "D", "dní": "D", "týždeň": "W", "týždne": "W", "týždňov": "W",
           "mesiac": "M", "mesiace": "M", "mesiacov": "M", "rok": "Y", "roky": "Y", "rokov": "Y"},
    "sr": {"минут": "MIN", "минута": "MIN", "сат": "H", "сата": "H", "сати": "H", "дан": "D", "дана": "D",
           "недеља": "W", "недеље": "W", "месец": "M", "месеца": "M", "месеци": "M", "година": "Y",
           "године": "Y"},
    "ur": {"سیکنڈ": "S", "منٹ": "MIN", "گھنٹہ": "H", "گھنٹے": "H", "دن": "D", "ہفتہ": "W", "ہفتے": "W",
           "مہینہ": "M", "مہینے": "M", "ماہ": "M", "سال": "Y"},
}

# Units written before their number ("Siku 2", "Saa 5"): sw. Only alone on their line.
AGE_UNITS_BEFORE: dict[str, dict[str, str]] = {
    "sw": {"sekunde": "S", "dakika": "MIN", "saa": "H", "siku": "D", "wiki": "W", "mwezi": "M", "miezi": "M",
           "mwaka": "Y", "miaka": "Y"},
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
    "أعوام": (None, "Y"), "عامان": (2, "Y"), "عامين": (2, "Y"),
    "يومين": (2, "D"), "ساعتين": (2, "H"), "أسبوعين": (2, "W"), "شهرين": (2, "M"), "سنتين": (2, "Y"),
    "دقيقتين": (2, "MIN"),
}
# Hebrew: the duals are one word that carries its own number ("יומיים" = two days), alone or
# after "לפני" (ago); a unit in the singular after "לפני" is one of it ("לפני שעה" = an hour
# ago). Alone, a singular is a word of prose, no age. Read with the Arabic words above.
AGE_WORDS_HE: dict[str, tuple[int | None, str]] = {
    "שעתיים": (2, "H"), "יומיים": (2, "D"), "שבועיים": (2, "W"), "חודשיים": (2, "M"), "שנתיים": (2, "Y"),
}
AGE_WORDS_HE_AFTER_AGO: dict[str, str] = {
    "דקה": "MIN", "שעה": "H", "יום": "D", "שבוע": "W", "חודש": "M", "שנה": "Y",
}
# The app's abbreviated units ("٥ س" = 5 hours, "٢ ي" = 2 days): one letter, read only after
# a number and alone on the line (never glued to a comment: a letter opens many words).
AGE_ABBREV_AR: dict[str, str] = {"ث": "S", "د": "MIN", "س": "H", "ي": "D", "أ": "W", "ش": "M", "سنة": "Y"}
# "عام واحد" (one year), "شهر واحد" (one month)
AR_NUMBER_WORDS: dict[str, int] = {"واحد": 1, "واحدة": 1}

# Words after an age that say it is an age ("3 weeks ago", "il y a 2 jours", "vor 3 Tagen").
AGO_WORDS = ("ago", "前", "atrás", "fa", "geleden", "назад", "önce", "temu", "sedan", "yang lalu",
             "lalu", "전", "lalu",
             # bn, cs, da/nb, el, fi, hi, hu, mr, ro, th, tl, uk, vi
             "আগে", "zpět", "siden", "πριν", "sitten", "पहले", "ezelőtt", "पूर्वी", "în urmă",
             "ที่แล้ว", "ที่ผ่านมา", "ang nakalipas", "nakalipas", "тому", "trước",
             # et, fa, ur, sw
             "tagasi", "پیش", "قبل", "پہلے", "zilizopita", "iliyopita")
AGO_PREFIXES = ("il y a", "vor", "hace", "há", "منذ",
                # cs, sv, he, ro, el ("před 3 dny", "för 2 veckor sedan", "לפני 6 ימים", "acum 3 zile")
                "před", "för", "לפני", "acum", "πριν από", "πριν",
                # hr/bs, sr (Latin, Cyrillic), sk, lt, lv
                "prije", "pre", "пре", "pred", "prieš", "pirms")

# The emoji a copy writes for LinkedIn's reaction icons over a post's counters ("👍❤️💡"):
# like, celebrate, support, love, insightful, funny, curious (with and without VS16).
REACTION_EMOJI: tuple[str, ...] = ("👍", "👏", "🫶", "🤝", "💜", "❤️", "❤", "💡", "😂", "🤔")

# Company legal forms and credentials written with a closing full stop: a headline that ends
# with one ("Head of People, Kodowo sp. z o.o.", "CFO at Norte S.A.") is no sentence. Matched
# case-insensitively after a space, at the end of the line.
HEADLINE_END_ABBREVIATIONS: tuple[str, ...] = (
    # en
    "Inc.", "Ltd.", "Co.", "Corp.", "LLC.", "L.L.C.", "LLP.", "PLC.", "P.C.", "Pty.", "Pte.", "Bhd.",
    # es, pt, fr, it, ro, latam
    "S.A.", "S.A.S.", "S.A.R.L.", "S.L.", "S.L.U.", "S.C.", "S.A.C.", "C.V.", "Ltda.", "Cía.", "Cia.",
    "S.p.A.", "S.r.l.", "S.n.c.", "S.a.s.", "S.R.L.", "SRL.", "E.I.R.L.", "Lda.",
    # de, nl, be
    "e.V.", "e.K.", "mbH.", "B.V.", "N.V.", "V.O.F.", "B.V.B.A.",
    # pl, cs/sk, hr/sl/sr, hu, tr, id, ja
    "sp. z o.o.", "sp.j.", "sp.k.", "S.K.A.", "s.r.o.", "a.s.", "spol. s r.o.", "d.o.o.", "d.d.",
    "Kft.", "Zrt.", "Nyrt.", "Bt.", "A.Ş.", "Ltd. Şti.", "Tbk.", "K.K.",
    # credentials after a name or a role
    "Ph.D.", "M.D.", "Jr.", "Sr.", "D.Phil.", "Dr. med.", "Dipl.-Ing.", "M.Sc.", "B.Sc.", "M.A.", "B.A.",
)

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
    "tot de volgende keer", "tot ziens", "alla prossima", "un saluto", "hasta la próxima",
    "um abraço", "até a próxima", "bis zum nächsten mal", "mit besten grüßen", "à la prochaine",
    # a hug or a warm greeting before the name ("Un abbraccio, Giulia", "Abrazos, Lucía", "Bises, Léa"),
    # thanks for reading
    "un abbraccio", "un forte abbraccio", "un caro saluto", "buona lettura", "abrazos", "un fuerte abrazo",
    "bises", "je vous embrasse", "liebe grüsse", "viele grüsse", "herzliche grüsse", "liefs,",
    "kram,", "kramar,", "ściskam", "grazie per aver letto", "gracias por leer", "danke fürs lesen",
    # the greeting word alone before the name ("Groet, Henk", "Gruß, Jana", "Saluti, Anna")
    "groet,", "groeten,", "hartelijke groet", "gruß,", "grüße,", "saluti,", "amitiés",
    # an edition's "until the next issue" (a newsletter's), per language
    "until next issue", "until the next issue", "until the next edition", "see you in the next issue",
    "bis zur nächsten ausgabe", "à la prochaine édition", "hasta el próximo número", "até a próxima edição",
    "alla prossima uscita", "अगले अंक तक",
    # a weekly edition's "see you next week" ("until next week" in en)
    "until next week", "bis nächste woche", "bis zur nächsten woche", "à la semaine prochaine",
    "hasta la próxima semana", "nos vemos la próxima semana", "até a próxima semana", "até semana que vem",
    "alla prossima settimana", "tot volgende week", "vi ses nästa vecka", "do zobaczenia za tydzień",
    "до следующей недели", "haftaya görüşmek üzere", "sampai jumpa minggu depan",
    # zh / ja
    "祝", "此致", "感谢阅读", "谢谢阅读", "よろしくお願いします", "ではまた", "それでは", "では、また",
    "またお会いしましょう",
    # pl / ru / sv / tr / id / ar
    "pozdrawiam", "z pozdrowieniami", "dzięki za przeczytanie", "с уважением", "всего доброго",
    "спасибо, что дочитали", "med vänliga hälsningar", "vänliga hälsningar", "tack för att du läste",
    "saygılarımla", "okuduğunuz için teşekkürler", "salam hangat", "terima kasih sudah membaca", "مع تحياتي",
    "مع التحية", "مع خالص التحية", "مع أطيب التحيات", "تحياتي",
    # cs / da / nb / fi / hu / ro / el / uk / vi / th / hi / mr / bn / he / tl
    "s pozdravem", "se srdečným pozdravem", "díky za přečtení", "venlig hilsen", "med venlig hilsen",
    "bedste hilsner", "hilsen", "med vennlig hilsen", "vennlig hilsen", "takk for at du leste", "terveisin",
    "ystävällisin terveisin", "kiitos kun luit", "üdv", "köszönöm, hogy elolvastad", "cu drag", "cu stimă",
    "toate cele bune", "με εκτίμηση", "ευχαριστώ που διαβάσατε", "з повагою", "дякую, що дочитали",
    "trân trọng", "cảm ơn bạn đã đọc", "ขอบคุณที่อ่าน", "ด้วยความเคารพ", "सादर", "पढ़ने के लिए धन्यवाद",
    "वाचल्याबद्दल धन्यवाद", "পড়ার জন্য ধন্যবাদ", "בברכה", "תודה שקראתם", "hanggang sa muli",
)

# A congratulation or thanks addressed to someone ("Congrats to the whole team, Ana", "Merci à
# tous, Léa"): the formula and the word that names whom it goes to. A closing line opening with
# one (after up to three words: "A huge thanks to …") is a sentence of the text, not a sign-off,
# whatever name follows its comma; "Thanks, Ana" (no one addressed) still signs.
ADDRESSED_FORMULAS: tuple[str, ...] = (
    # en
    "congrats to", "congratulations to", "kudos to", "shoutout to", "shout-out to", "shout out to",
    "thanks to", "thank you to", "well done to", "hats off to", "props to",
    # fr
    "félicitations à", "félicitations aux", "bravo à", "bravo aux", "merci à", "merci aux",
    # es
    "felicidades a", "felicidades al", "felicitaciones a", "felicitaciones al", "enhorabuena a",
    "enhorabuena al", "gracias a", "gracias al",
    # pt
    "parabéns a", "parabéns ao", "parabéns à", "parabéns aos", "parabéns às", "obrigado a", "obrigada a",
    "obrigado ao", "obrigada ao", "obrigado à", "obrigada à", "obrigado aos", "obrigada aos",
    # it
    "complimenti a", "complimenti al", "complimenti alla", "complimenti ai", "congratulazioni a",
    "congratulazioni al", "grazie a", "grazie al", "grazie alla", "grazie ai",
    # de / nl
    "glückwunsch an", "glückwünsche an", "gratulation an", "danke an", "dank an",
    "felicitaties aan", "proficiat aan", "dank aan", "bedankt aan",
)

# The word for a team that signs a page's post or edition ("The Fieldstone team", "L’équipe X",
# "Das X-Team", "El equipo de X", "A equipe X", "Il team di X", "X チーム", "X 团队"), per language.
TEAM_WORDS: tuple[str, ...] = (
    "team", "équipe", "equipo", "equipe", "ekibi", "zespół", "команда", "команда", "チーム", "团队", "團隊",
    "팀", "فريق", "टीम", "צוות", "tiimi", "teamet", "holdet", "echipa",
)

# The mark that opens a postscript closing a post ("P.S. …", "PS: …", "P.D.: …", "追伸：…"), per
# language: the line is the post's own text (body), also after its sign-off or call to action.
# (Latin ones are matched as written, followed by no letter or digit: "PS5", "PSD" are none.)
POSTSCRIPT_MARKERS: tuple[str, ...] = (
    "P.S.", "P.S", "PS:", "PS.", "PS ", "P. S.", "P.P.S.", "PPS:", "PPS ", "Ps.", "ps:", "p.s.",
    "P.D.", "P. D.", "PD:", "Post-scriptum", "Postscriptum", "Post scriptum", "N.B.", "NB:",
    "追伸", "附言", "又及", "추신", "נ.ב.", "נ.ב", "П.С.", "П. С.", "पुनश्च", "ملاحظة:",
)

# A closing formula written after the name, on its line ("王志远 敬上", "김민수 드림"): the line
# is a sign-off when it is the name and the formula alone.
SIGN_OFF_SUFFIXES: tuple[str, ...] = ("敬上", "谨上", "謹上", "拜上", "敬呈", "드림", "올림")
# ... where the one signing is a group ("작은 식탁 팀 드림", "编辑部 全体 敬上"): the word before the
# formula names the team, and the name before it may run to more words
SIGN_OFF_GROUP_WORDS: tuple[str, ...] = ("팀", "일동", "편집부", "团队", "團隊", "全体", "全體", "编辑部", "編輯部",
                                         "チーム", "一同", "編集部")

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
    "reply with", "reply to the", "comment with", "i will send", "i'll send", "i’ll send",
    "link below", "link in the first comment",
    "apply here", "apply at", "apply via", "apply through", "apply by", "apply before", "volunteer with us",
    "send your cv", "send your resume",
    "send us your", "send me your",
    # fr / de / es / pt / it
    "inscrivez-vous", "contactez-moi", "écrivez-moi", "abonnez-vous", "commentez",
    "répondez", "envoyez-moi", "je vous l’envoie", "je vous l'envoie",
    "lien en commentaire", "antworte mit",
    "schreiben sie mir", "schicken sie mir", "stuur me", "stuur mij", "scrivetemi", "mandami",
    "escríbeme", "envíame", "me mande", "me envie", "コメント欄", "ご連絡ください", "お送りします",
    "följ mig", "skriv till mig", "skicka ett meddelande", "подписывайтесь", "напишите мне",
    "пишите в комментариях", "takip edin", "bana yazın", "obserwuj mnie", "napisz do mnie",
    "ikuti saya", "hubungi saya", "팔로우하세요", "댓글로", "تابعني", "راسلني", "في التعليقات",
    "melde dich", "schreib mir", "jetzt anmelden", "kontaktiere mich", "abonniere",
    "schreibt mir", "schickt mir", "meldet euch", "kommentiert", "schreibt es in die kommentare",
    "écrivez-nous", "escríbenos", "escribidme", "escreva-me",
    "escríbeme", "inscríbete", "suscríbete", "comenta", "inscreva-se", "me chame",
    "comente", "iscriviti", "scrivimi",
    # pt-BR "call me in the DMs", "link in the comments", "download now"; es / it the same links
    "me chama", "link nos comentários", "link no primeiro comentário", "link na bio", "baixe agora",
    "faça o download", "link en los comentarios", "enlace en los comentarios", "link en comentarios",
    "link nei commenti", "link nel primo commento",
    # "follow me", fr / es / de / it / pt / nl
    "suivez-moi", "sígueme", "folge mir", "folgt mir", "folgen sie mir", "seguimi", "siga-me", "me siga",
    "volg mij", "volg me",
    # zh / ja
    "私信", "评论区留言", "报名", "关注我", "点击链接", "联系我", "コメントして", "フォロー",
    # pl / ru / sv / tr / id / ko / ar
    "zapisz się", "link w komentarzu", "ссылка в комментариях", "пишите мне", "anmäl dig",
    "länk i kommentaren", "hör av dig", "link yorumlarda", "bana ulaşın", "daftar sekarang",
    "link di kolom komentar", "링크는 댓글에", "الرابط في التعليقات",
    # cs / da / nb / fi / hu / ro / el / uk / vi / th / hi / mr / bn / he / tl / ms
    "napište mi", "napiš mi", "sledujte mě", "zaregistrujte se", "odkaz v komentáři", "skriv til mig",
    "følg mig", "tilmeld dig", "link i kommentaren", "skriv til meg", "følg meg", "meld deg på",
    "send meg en melding", "laita viestiä", "seuraa minua", "linkki kommenteissa", "írj nekem",
    "írjon nekem", "kövess", "iratkozz fel", "link a kommentben", "scrie-mi", "scrieți-mi",
    "înscrie-te", "înscrieți-vă", "link în comentarii", "στείλτε μου μήνυμα", "ακολουθήστε με",
    "напишіть мені", "пишіть у коментарях", "підписуйтесь", "підписуйтеся", "посилання в коментарях",
    "nhắn tin cho tôi", "inbox cho mình", "theo dõi tôi", "đăng ký ngay", "link trong bình luận",
    "để lại bình luận", "ทักแชท", "สมัครเลย", "ลิงก์ในคอมเมนต์", "กดติดตาม", "मुझे मैसेज करें",
    "कमेंट करें", "फॉलो करें", "फ़ॉलो करें", "मला मेसेज करा", "फॉलो करा", "আমাকে মেসেজ করুন",
    "ফলো করুন", "שלחו לי הודעה", "עקבו אחריי", "לינק בתגובה הראשונה", "i-message mo ako",
    "sundan mo ako", "mesej saya", "pautan di ruangan komen",
    # "subscribe (to the newsletter)", per locale
    "订阅《", "欢迎订阅", "记得订阅", "訂閱《", "歡迎訂閱", "記得訂閱", "ぜひ購読", "購読してください",
    "ニュースレターを購読", "購読をお願い",
    "tilaa uutiskirje", "abonnér på", "abonner på", "prenumerera på", "abonniere den", "abonnieren sie",
    "abonnez-vous", "suscríbete", "suscríbase", "assine a newsletter", "inscreva-se", "iscriviti",
    "abonneer je", "zasubskrybuj", "subskrybuj", "подпишитесь на", "підпишіться на", "abone olun",
    "abone ol", "langgan surat berita", "berlangganan newsletter", "abonează-te", "abonați-vă",
    "přihlaste se k odběru", "odebírejte", "εγγραφείτε", "đăng ký nhận bản tin", "สมัครรับจดหมายข่าว",
    "mag-subscribe",
    # "share it with a colleague" (a newsletter's or a post's closing ask), per locale: with
    # whom, not a bare "share" ("I wanted to share this")
    # where the reader is sent for the link or asked to answer: "in the first comment", "write it in
    # the comments", per locale (not a bare "in the comments": "the numbers are in the comments")
    "in the first comment", "i første kommentar", "skriv i kommentarerne", "skriv i kommentarene",
    "i första kommentaren", "skriv i kommentarerna", "ensimmäisessä kommentissa", "kerro kommenteissa",
    "kirjoita kommentteihin", "în primul comentariu", "scrieți în comentarii", "בתגובה הראשונה",
    "כתבו בתגובות", "কমেন্টে লিখুন", "মন্তব্যে লিখুন", "প্রথম কমেন্টে", "v prvním komentáři",
    "napište do komentářů", "az első kommentben", "írjátok meg kommentben", "bình luận đầu tiên",
    "στο πρώτο σχόλιο", "γράψτε στα σχόλια", "у першому коментарі", "напишіть у коментарях",
    "sa unang comment", "sa unang komento", "komen pertama", "tulis di ruangan komen", "คอมเมนต์แรก",
    "第一則留言", "留言告訴我",
    "en el primer comentario", "en premier commentaire", "dans le premier commentaire", "im ersten kommentar",
    "no primeiro comentário", "in de eerste reactie", "in de eerste comment", "w pierwszym komentarzu",
    "ilk yorumda", "di komentar pertama", "最初のコメントに", "最初のコメント欄",
    "第一条评论", "首条评论", "첫 번째 댓글에", "첫 댓글에", "في التعليق الأول", "في أول تعليق",
    "पहले कमेंट में", "पहली टिप्पणी में",
    # an ask to send something in or to write by private message ("send it my way", "gerne
    # auch per Nachricht"), to write in the comments in the plural ("napiszcie w komentarzu"),
    # or to forward the text to someone ("forward this to someone", "전달해 주세요": a mail's or
    # an edition's pass-on ask). (An invitation to discuss, "tell me in the comments", "hit
    # reply", "欢迎在评论区交流", is the text's own closing question: no cue.)
    "send it my way", "gerne auch per nachricht", "per privatnachricht", "napiszcie w komentarzu",
    "napiszcie w komentarzach", "forward this to someone", "forward it to someone", "forward this to a friend",
    "forward this to a colleague", "전달해 주세요",
    # an offer or ask by private message, the DM's words per language ("je partage notre grille
    # en message privé", "te lo mando in privato"; not "par message privé", which also says
    # where applications go: "Candidatures par message privé ou sur notre page")
    "en message privé", "por mensaje privado", "por mensagem privada", "scrivimi in privato", "scrivetemi in privato",
    "mando in privato", "via privébericht",
    "w wiadomości prywatnej",
)

# Words that offer something for free: a call to action's too ("Grab it, it's free"), but also
# how a plain sentence of the post names what it made ("I wrote it up in a free guide"), so a
# line with one of these alone does not open a call to action's block above a line that asks.
CTA_OFFER_CUES: tuple[str, ...] = (
    "for free", "it's free", "it’s free", "my free", "free training", "free guide", "free template",
    "free checklist", "gratuitement", "kostenlos", "gratis",
)

# How a sentence in the first person opens, per language ("I put together…", "Ik heb…"): an
# offer cue in such a line tells what the writer made, and asks nothing.
FIRST_PERSON_OPENERS: tuple[str, ...] = (
    "i", "i've", "i’ve", "i'd", "i’d", "i'm", "i’m", "we", "we've", "we’ve", "ik", "wij", "ich", "wir", "je",
    "j'ai", "j’ai", "nous", "yo", "he", "hemos", "eu", "nós", "io", "ho", "abbiamo", "jag", "vi", "saya", "aku",
    "kami", "ben", "biz", "ja", "я", "мы",
)

# The start of a word that asks the reader to apply, register, join or volunteer, per language:
# a line holding one and closing on a link is a call to action (``CTA_PATTERNS``).
LINK_ACTION_STEMS: tuple[str, ...] = (
    "apply", "applications? (?:close|are open|open)", "register", "sign up", "join", "volunteer", "enrol",
    "bewirb", "bewerb", "anmeld", "melde dich", "postul", "candidat", "inscri", "s[’']inscrire", "rejoignez",
    "rsvp", "iscrizion", "inschrijv", "pendaftaran", "solicit", "únete", "unete", "regístrate", "registrate", "candidate-se", "cadastr", "iscriv", "unisciti",
    "solliciteer", "schrijf je in", "meld je aan", "aanmelden", "başvur", "katıl", "kayıt", "daftar", "lamar",
    "bergabung", "đăng ký", "ứng tuyển", "aplikuj", "zgłoś", "zapisz", "zapisy", "rejestracj", "zarejestruj", "dołącz", "ansök", "anmäl", "ansøg",
    "søg", "tilmeld", "meld deg", "søk", "hae ", "ilmoittaudu", "jelentkez", "regisztr", "înscrie", "aplică",
    "přihlas", "registr", "регистр", "зарегистр", "присоединя", "откликн", "зареєстр", "долуча", "приєдну",
    "подавайте", "подай", "報名", "报名", "申请", "申請", "応募", "申し込", "登録", "지원하", "신청", "참여하",
    "التسجيل", "سجل", "سجّل", "قدّم", "قدم", "انضم", "اشترك", "הירשמו", "הגישו", "สมัคร", "ลงทะเบียน", "आवेदन", "रजिस्टर",
)

# The word for a newsletter (NEWSLETTER_NOUNS), and the verbs that ask to share or forward something, per language
# (for ``NEWSLETTER_ASK_PATTERNS``: a newsletter's closing "share it with a colleague"). A verb
# whose form also tells a story (en "share it", "forward this", de "teile es", nl "deel het")
# asks only where it opens a clause (first, after punctuation, or after "please", "to", "and"…:
# SHARE_ASK_OPENS): "helped share this newsletter", "going forward this newsletter …" ask nothing.
NEWSLETTER_NOUNS: tuple[str, ...] = (
    "newsletter", "infolettre", "lettre d'information", "lettre d’information", "boletín", "boletim",
    "nieuwsbrief", "nyhetsbrev", "ニュースレター", "メルマガ", "通讯", "電子報", "电子报", "뉴스레터", "न्यूज़लेटर",
    "न्यूजलेटर", "نشرة")
SHARE_ASK_OPENS = ("please", "pls", "kindly", "to", "and", "or", "then", "bitte", "und", "en")
SHARE_ASKS = ("(?=[sfdt])(?:(?<![^\\W\\d_] )" + "".join("|(?<=\\b" + w + " )" for w in SHARE_ASK_OPENS) + ")"
              "\\b(?:share (?:it|this)|forward (?:it|this)|teile (?:ihn|sie|es)|deel (?:hem|het|deze))|"
              "teilen sie (?:ihn|sie|es)|"
              "partagez-l[ae]|compártel[oa]|compartilhe|condividil[oa]|"
              "シェアしてください|共有してください|转发给|分享给|轉發給|分享給|공유해 주세요|साझा करें")


# Call-to-action shapes that words alone do not catch. (They are searched with re.I. One that
# starts a word opens with its first letter in both cases, outside re.I, and checks the word
# boundary in a look-behind after that letter: a pattern opening with a set of letters lets the
# regex engine skip to them in C, where "\bjoin" was tried at every character of every line.)
CTA_PATTERNS: tuple[str, ...] = (
    r"(?-i:[jJ])(?<!\w.)oin\s+\d[\d,.]*\+?\s",  # "Join 46,000+ AI engineers"
    # (not where a negation puts the DM aside: "ask in the channel, not in DMs", "bukan di DM")
    r"(?-i:D(?<!\w.)Ms?\b)(?!\s+(?:from|with|(?:are\s+)?(?:always\s+)?open)\b)"
    r"(?<!not in DM)(?<!not in DMs)(?<!not via DM)(?<!not by DM)(?<!bukan di DM)(?<!bukan lewat DM)"
    r"(?<!nicht per DM)(?<!nicht als DM)(?<!pas en DM)(?<!pas par DM)(?<!no por DM)(?<!não por DM)(?<!niet via DM)"
    r"(?<!niet per DM)(?<!non in DM)(?<!non via DM)(?<!nie na DM)(?<!nie w DM)",  # "DM me", "mujhe DM karo" (not "a DM from X", nor "my DMs are open", "DMs open": availability, no ask)
    r"(?:👉|➡️|→|⬇️|👇)\s*(?:https?://|lnkd\.in|www\.)",  # arrow to a link
    r"^\s*(?:👉|➡️|👇)",
    # a line that asks to apply, sign up, join or volunteer and closes on the link to do it
    # ("Apply by March 31: https://…", "Başvuru için: https://…"); a link under a noun
    # ("Full write-up: https://…", "Repo and demo: https://…") is none
    r"(?<!\w)(?:" + "|".join(LINK_ACTION_STEMS) + r").{0,200}?(?:https?://|www\.|lnkd\.in/)\S+\s*$",
    # Comment "GUIDE": comment, reply, type, write or drop, then a quoted word
    r"(?-i:[cCrRtTwWdD])(?<!\w.)(?:(?<=[cC])omment|(?<=[rR])eply|(?<=[tT])ype|(?<=[wW])rite|(?<=[dD])rop)"
    r"\s+[\"'“‘«][^\"'”’»]{1,30}[\"'”’»]",
    # a keyword to send back, in capitals or CJK brackets: 'EXCEPTIONAL', „FREITAG“, 「朝会」, “模板”
    # (not one a colon follows: that names a field, "URL": "https://…" of a scraper's record)
    r"(?-i:[\"'“‘«„]\s*[A-ZÄÖÜÉÈ0-9][A-ZÄÖÜÉÈ0-9 \-]{1,20}\s*[\"'”’»“])(?![ \t]{0,3}[:：])",
    # ... in CJK, only after a verb asking for it or before "to receive" ("评论“模板”", "「朝会」と
    # コメント"): quotation marks alone are also how Chinese sets off a term ("“数据看板”").
    # (The class is CJK ideographs, kana and word characters: ``\w`` holds all of the first two
    # but the nine marks written out; ranges of 20,000 code points cost ~2 ms to compile.)
    r"(?:评论|回复|留言|私信|发送|输入|扣|コメント|返信)[^\s。！？]{0,6}?[「『“][\w\u3040\u3097-\u309c\u30a0\u30fb]{1,10}[」』”]",
    r"[「『“][\w\u3040\u3097-\u309c\u30a0\u30fb]{1,10}[」』”]\s*(?:即可|领取|获取|とコメント|と返信|とDM)",
)

# A newsletter's closing ask to pass it on, a call to action too: the line names the newsletter
# and asks to share or forward it ("If this newsletter helped, share it with a colleague",
# "Forward this newsletter to …"), per language (a post's "Share it with someone who …" is its
# text). Searched (re.I) only in a line that holds one of NEWSLETTER_NOUNS.
# ... or the line opens on a condition put to the reader and points them to the writer's own
# newsletter ("If you like write-ups like this, I send one every Friday in my newsletter …",
# "Wenn euch das interessiert: Ich schreibe … im Newsletter …"): the line also holds a first
# person, the pronoun or the possessive (a condition over a newsletter no one offers is the
# text's own advice: "If you write a newsletter, stop sending it on Mondays"). Per language: its
# openings, then its first person (pattern pieces, whole words; English "I" as a capital only)
NEWSLETTER_IF: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("if you",), ("(?-i:I)", "my", "our", "we")),
    "de": (("wenn euch", "wenn dich", "wenn ihr", "wenn du", "wenn sie", "falls euch", "falls dich",
            "falls ihr", "falls du", "falls sie"), ("ich", "mein(?:e|em|en|er|es)?", "unser(?:e|em|en|er|es)?", "wir")),
    "fr": (("si vous", "si tu"), ("je", "j['’]\\w+", "mon", "ma", "mes", "notre", "nos", "nous")),
    "es": (("si te", "si os", "si le", "si quieres"), ("yo", "mi", "mis", "nuestr[oa]s?")),
    "pt": (("se você", "se voce", "se te"), ("eu", "meu", "minha", "meus", "minhas", "noss[oa]s?")),
    "it": (("se vi", "se ti"), ("io", "mio", "mia", "miei", "mie", "nostr[oaie]")),
    "nl": (("als je", "als u"), ("ik", "mijn", "onze", "ons", "wij", "we")),
}
NEWSLETTER_IF_OPENS: tuple[str, ...] = tuple(o for opens, _ in NEWSLETTER_IF.values() for o in opens)
NEWSLETTER_ASK_PATTERNS: tuple[str, ...] = (
    r"(?:" + "|".join(NEWSLETTER_NOUNS) + r")[^\n]{0,120}?(?:" + SHARE_ASKS + r")",
    r"(?:" + SHARE_ASKS + r")[^\n]{0,40}?(?:" + "|".join(NEWSLETTER_NOUNS) + r")",
    "|".join(r"^\s{0,8}(?:" + "|".join(opens) + r")\b(?=[^\n]{0,240}?(?<!\w)(?:" + "|".join(me) + r")(?!\w))"
             r"[^\n]{0,160}?(?:" + "|".join(NEWSLETTER_NOUNS) + r")" for opens, me in NEWSLETTER_IF.values()),
)

# A line ending in ":" that promises a list ("…the following:", "Here are the attributes:").
LIST_INTRO_CUES: tuple[str, ...] = (
    "following", "these", "here are", "here's", "here’s", "include", "includes",
    "below", "steps", "tips", "ways", "reasons", "lessons", "qualities", "attributes",
    "things", "list", "suivant", "suivants", "suivantes", "voici", "folgende", "folgenden",
    "hier sind", "siguientes", "estos", "estas", "seguintes", "seguinte", "以下", "如下",
    "下面", "次の", "以下の",
)

# --------------------------------------------------------------------------------------------
# Post and page chrome that stands as a whole node (a line, or a piece of a flattened page).
# rule -> locale -> strings. Matching ignores case, surrounding spaces, a leading Markdown
# list marker and trailing punctuation. Add a locale by adding strings; add a rule by adding
# a key (its name is what `repairs` records).
#: The badge LinkedIn shows beside a commenter who wrote the post ("Jane Doe · Author"), per
#: UI language. Chrome (``ui.post_meta``, added to that table below); in a thread it also says
#: who answers: the post's author replying under a comment whose row counts its replies.
AUTHOR_BADGES: dict[str, tuple[str, ...]] = {
    "en": ("Author",), "de": ("Autor", "Autorin", "Autor:in", "Verfasser", "Verfasserin", "Verfasser:in"), "es": ("Autor", "Autora"), "fr": ("Auteur", "Autrice"), "it": ("Autore", "Autrice"),
    "ja": ("投稿者", "作成者"), "nl": ("Auteur",), "pt": ("Autor", "Autora"), "zh-CN": ("作者",), "zh-TW": ("作者",),
    "ar": ("المؤلف", "المؤلفة"), "id": ("Penulis",), "ko": ("작성자",), "pl": ("Autor", "Autorka"), "ru": ("Автор",),
    "sv": ("Författare",), "tr": ("Yazar",), "bn": ("লেখক",), "cs": ("Autor", "Autorka"), "da": ("Forfatter",),
    "el": ("Συντάκτης", "Συντάκτρια"), "fi": ("Kirjoittaja", "Tekijä"), "he": ("מחבר", "מחבר/ת", "מחברת"), "hi": ("लेखक",), "hu": ("Szerző",),
    "mr": ("लेखक",), "ms": ("Pengarang",), "nb": ("Forfatter",), "ro": ("Autor", "Autoare"), "th": ("ผู้เขียน",),
    "tl": ("May-akda",), "uk": ("Автор", "Авторка"), "vi": ("Tác giả",),
    "et": ("Autor",), "fa": ("نویسنده",), "hr": ("Autor", "Autorica"), "lt": ("Autorius", "Autorė"),
    "lv": ("Autors", "Autore"), "sk": ("Autor", "Autorka"), "sr": ("Аутор", "Ауторка"), "sw": ("Mwandishi",),
    "ur": ("مصنف",),
}

#: The role badge of a group's admins on a line of its own in a post's or comment's header,
#: between the name and the headline ("Admin"), per UI language. Chrome (``ui.post_meta``,
#: added to that table below), never a name or a headline.
GROUP_ROLE_BADGES: dict[str, tuple[str, ...]] = {
    "en": ("Admin", "Group admin", "Group owner", "Group manager", "Group moderator"),
    "de": ("Admin", "Gruppenadministrator", "Gruppenadministratorin", "Gruppeninhaber", "Gruppeninhaberin"),
    "es": ("Admin", "Administrador del grupo", "Administradora del grupo", "Propietario del grupo"),
    "fr": ("Admin", "Administrateur du groupe", "Administratrice du groupe", "Propriétaire du groupe"),
    "it": ("Admin", "Amministratore del gruppo", "Amministratrice del gruppo", "Proprietario del gruppo"),
    "nl": ("Admin", "Groepsbeheerder", "Groepseigenaar"), "pl": ("Admin", "Administrator grupy"),
    "pt": ("Admin", "Administrador do grupo", "Administradora do grupo", "Proprietário do grupo"),
    "tr": ("Grup yöneticisi",), "ja": ("グループ管理者",), "zh-CN": ("小组管理员",), "zh-TW": ("社團管理員",),
    "ko": ("그룹 관리자",), "ru": ("Администратор группы",), "sv": ("Gruppadministratör",),
}

#: The "Edited" mark after a post's or a comment's age, per UI language: on a line of its own,
#: after the age ("1 нед. Изменено", "2mo • Edited •") or in brackets on a comment
#: ("21h (edited)"). Chrome (``ui.post_meta``, added to that table below).
EDITED_MARKS: dict[str, tuple[str, ...]] = {
    "en": ("Edited",), "de": ("Bearbeitet",), "es": ("Editado",), "fr": ("Modifié", "Modifiée"),
    "it": ("Modificato",), "ja": ("編集済み",), "nl": ("Bewerkt",), "pt": ("Editado",), "zh-CN": ("已编辑",),
    "zh-TW": ("已編輯",), "ar": ("تم التعديل",), "id": ("Diedit",), "ko": ("수정됨",), "pl": ("Edytowano",),
    "ru": ("Изменено",), "sv": ("Redigerad",), "tr": ("Düzenlendi",), "bn": ("সম্পাদিত",),
    "cs": ("Upraveno",), "da": ("Redigeret",), "el": ("Επεξεργάστηκε",), "fi": ("Muokattu",), "he": ("נערך",),
    "hi": ("संपादित",), "hu": ("Szerkesztve",), "mr": ("संपादित",), "ms": ("Disunting",), "nb": ("Redigert",),
    "ro": ("Editat",), "th": ("แก้ไขแล้ว",), "tl": ("Na-edit",), "uk": ("Відредаговано", "Змінено"),
    "vi": ("Đã chỉnh sửa",),
    "et": ("Muudetud",), "fa": ("ویرایش شده", "ویرایش‌شده"), "hr": ("Uređeno",), "lt": ("Redaguota",),
    "lv": ("Rediģēts",), "sk": ("Upravené",), "sr": ("Измењено", "Izmenjeno"), "sw": ("Imehaririwa",),
    "ur": ("ترمیم شدہ",),
}

#: The Premium badge in a member's header ("Premium • 2nd", "高级帐号 • 2 度"), per UI language:
#: chrome on a line of its own (``ui.post_meta``) and before a degree (``ui.connection_degree``).
PREMIUM_BADGES: dict[str, tuple[str, ...]] = {
    "en": ("Premium",), "zh-CN": ("高级帐号", "高级账号"), "zh-TW": ("高級帳號",), "ja": ("プレミアム",),
    "ko": ("프리미엄",), "ar": ("بريميوم",), "he": ("פרימיום",), "hi": ("प्रीमियम",), "mr": ("प्रीमियम",),
    "bn": ("প্রিমিয়াম",), "th": ("พรีเมียม",), "ru": ("Премиум",), "uk": ("Преміум",), "el": ("Premium",),
}

#: The logged-in page's footer links (the right rail under the feed, or the page's foot:
#: "About / Accessibility / Help Center / Privacy & Terms / …"), per UI language, each on a
#: line of its own. Chrome (``ui.footer``; the English ones are a pattern of that rule). Its
#: one-word "More" is left out where it is a common word.
FOOTER_LINKS: dict[str, tuple[str, ...]] = {
    "de": ("Barrierefreiheit", "Hilfe", "Datenschutz & Bedingungen", "Datenschutz und Bedingungen",
           "Werbepräferenzen", "Werbung", "Services für Unternehmen", "LinkedIn App herunterladen"),
    "es": ("Acerca de", "Accesibilidad", "Centro de ayuda", "Privacidad y condiciones",
           "Preferencias de publicidad", "Publicidad", "Servicios empresariales", "Descargar la aplicación de LinkedIn"),
    "fr": ("À propos", "Accessibilité", "Centre d’aide", "Centre d'aide", "Confidentialité et conditions",
           "Choix publicitaires", "Publicité", "Services aux entreprises", "Télécharger l’application LinkedIn"),
    "it": ("Informazioni", "Accessibilità", "Centro assistenza", "Privacy e condizioni",
           "Opzioni per gli annunci pubblicitari", "Pubblicità", "Servizi alle aziende", "Scarica l’app LinkedIn"),
    "nl": ("Toegankelijkheid", "Privacy en voorwaarden", "Advertentievoorkeuren", "Adverteren", "Zakelijke diensten",
           "Download de LinkedIn-app"),
    "pt": ("Sobre", "Acessibilidade", "Central de Ajuda", "Privacidade e termos", "Opções de anúncio",
           "Publicidade", "Serviços empresariais", "Baixe o aplicativo LinkedIn"),
}

#: The buttons of a document (carousel) viewer under a post ("Download", "Full screen", the
#: English ones in the ui.action row), per UI language. Actions (added to ``ui.action`` below).
DOCUMENT_BUTTONS: dict[str, tuple[str, ...]] = {
    "de": ("Herunterladen", "Vollbild"), "es": ("Descargar", "Pantalla completa"),
    "fr": ("Télécharger", "Plein écran"), "it": ("Scarica", "Schermo intero"),
    "nl": ("Downloaden", "Volledig scherm"), "pt": ("Baixar", "Tela cheia"),
    "pl": ("Pobierz", "Pełny ekran"), "sv": ("Ladda ned", "Helskärm"), "tr": ("İndir", "Tam ekran"),
}

#: The buttons under a post on the saved items page ("My items"): un-save it, copy its link.
#: Actions (``ui.action``, added to that table below): a card's body ends on them.
SAVED_CARD_BUTTONS: dict[str, tuple[str, ...]] = {
    "en": ("Unsave", "Copy link"), "de": ("Nicht mehr speichern", "Link kopieren"),
    "es": ("Dejar de guardar", "Copiar enlace"), "fr": ("Ne plus enregistrer", "Copier le lien"),
    "it": ("Rimuovi dagli elementi salvati", "Copia link"), "nl": ("Niet meer opslaan", "Link kopiëren"),
    "pt": ("Remover dos itens salvos", "Copiar link"), "pl": ("Usuń z zapisanych", "Kopiuj link"),
    "tr": ("Kaydetmeyi geri al", "Bağlantıyı kopyala"), "ja": ("保存を取り消す", "リンクをコピー"),
    "ko": ("저장 취소", "링크 복사"), "zh-CN": ("取消保存", "复制链接"), "zh-TW": ("取消儲存", "複製連結"),
    "ru": ("Удалить из сохранённых", "Копировать ссылку"), "sv": ("Sluta spara", "Kopiera länk"),
}

#: The comment list's sort menu ("Most relevant" / "Most recent"), per UI language: chrome
#: (``ui.post_meta``), never a commenter's name.
COMMENT_SORT: dict[str, tuple[str, ...]] = {
    "en": ("Most relevant", "Most recent"), "de": ("Relevanteste", "Neueste"),
    "es": ("Más relevantes", "Más recientes"), "fr": ("Les plus pertinents", "Les plus récents"),
    "it": ("Più pertinenti", "Più recenti"), "nl": ("Meest relevant", "Meest recent"),
    "pt": ("Mais relevantes", "Mais recentes"), "zh-CN": ("最相关", "最新"), "zh-TW": ("最相關", "最新"),
    "ja": ("最も関連性の高い", "最も関連性の高い順", "最も関連性が高い", "最も関連性が高い順", "関連度順", "関連性の高い順", "最新", "新しい順"), "ko": ("관련성 높은 순", "가장 관련성 높은 순", "최신순"), "ar": ("الأكثر صلة", "الأحدث"),
    "id": ("Paling relevan", "Terbaru"), "pl": ("Najtrafniejsze", "Najnowsze"),
    "ru": ("Самые релевантные", "Наиболее релевантные", "Самые новые"), "sv": ("Mest relevanta", "Mest relevant", "Senaste"),
    "tr": ("En alakalı", "En yeni"), "bn": ("সবচেয়ে প্রাসঙ্গিক", "সবচেয়ে সাম্প্রতিক"),
    "cs": ("Nejrelevantnější", "Nejnovější"), "da": ("Mest relevante", "Nyeste"),
    "el": ("Πιο σχετικά", "Πιο πρόσφατα"), "fi": ("Osuvimmat", "Uusimmat"),
    "he": ("הרלוונטיות ביותר", "האחרונות", "הכי רלוונטיות", "הכי רלוונטיים", "הכי חדשות"), "hi": ("सबसे प्रासंगिक", "सबसे हाल का"),
    "hu": ("Legrelevánsabb", "Legújabb"), "mr": ("सर्वात संबंधित", "सर्वात अलीकडील"),
    "ms": ("Paling berkaitan", "Terkini"), "nb": ("Mest relevante", "Nyeste"),
    "ro": ("Cele mai relevante", "Cele mai recente"), "th": ("เกี่ยวข้องที่สุด", "ล่าสุด"),
    "tl": ("Pinakanauugnay", "Pinakabago"), "uk": ("Найрелевантніші", "Найбільш релевантні", "Найновіші"),
    "vi": ("Liên quan nhất", "Gần đây nhất", "Phù hợp nhất", "Mới nhất"),
    "et": ("Kõige asjakohasemad", "Asjakohasemad", "Uusimad"), "fa": ("مرتبط‌ترین", "مرتبط ترین", "جدیدترین"),
    "hr": ("Najrelevantnije", "Najnovije"), "lt": ("Aktualiausi", "Naujausi"),
    "lv": ("Visatbilstošākie", "Atbilstošākie", "Jaunākie"), "sk": ("Najrelevantnejšie", "Najnovšie"),
    "sr": ("Најрелевантније", "Најновије", "Najrelevantnije"), "sw": ("Muhimu zaidi", "Za hivi karibuni", "Mpya zaidi"),
    "ur": ("سب سے زیادہ متعلقہ", "تازہ ترین"),
}

#: A newsletter's masthead above an edition: how often it comes out ("Weekly newsletter"),
#: per UI language. Chrome (``ui.newsletter``); the line(s) above it on the page are the
#: newsletter's name, not the edition's title nor its writer.
# The title of a newsletter's subscribe card ("Subscribe to The Weekly Ledger" over "4,812
# subscribers" and the Subscribe button): its words before the newsletter's name, and after it
# where a language puts the verb last. Chrome only right above a subscriber count.
NEWSLETTER_SUBSCRIBE_BEFORE: tuple[str, ...] = (
    "Subscribe to", "S’abonner à", "S'abonner à", "Abonnez-vous à", "Suscríbete a", "Suscribirse a",
    "Assine", "Assinar", "Subscrever", "Iscriviti a", "Abonneren op", "Abonneer je op", "Prenumerera på",
    "Abonner på", "Abonnér på", "Tilaa", "Подпишитесь на", "Подписаться на", "Підписатися на",
    "Berlangganan", "Subskrybuj", "Zasubskrybuj", "Odebírat", "Feliratkozás:", "Abonează-te la",
    "Đăng ký", "订阅", "訂閱", "הירשמו ל", "اشترك في",
)
NEWSLETTER_SUBSCRIBE_AFTER: tuple[str, ...] = ("abonnieren", "abone ol", "を購読", "구독하기", "구독", "की सदस्यता लें")
# The Subscribe button itself, alone on its line ("+ Subscribe", "Abonnieren"): under a
# newsletter's name shown twice and its count of followers, the card closing an article's page
NEWSLETTER_SUBSCRIBE_BUTTONS: tuple[str, ...] = (
    "Subscribe", "Abonnieren", "S’abonner", "S'abonner", "Suscribirse", "Suscríbete", "Inscrever-se", "Assinar",
    "Iscriviti", "Abonneren", "订阅", "訂閱", "購読する", "구독", "Подписаться", "Prenumerera", "Abone ol", "Subskrybuj",
)

NEWSLETTER_CADENCE: dict[str, tuple[str, ...]] = {
    "en": ("Weekly newsletter", "Monthly newsletter", "Daily newsletter", "Biweekly newsletter",
           "Bi-weekly newsletter"),
    "de": ("Wöchentlicher Newsletter", "Monatlicher Newsletter", "Täglicher Newsletter",
           "Zweiwöchentlicher Newsletter"),
    "es": ("Boletín semanal", "Boletín mensual", "Boletín diario", "Boletín quincenal", "Newsletter semanal",
           "Newsletter mensual"),
    "fr": ("Newsletter hebdomadaire", "Newsletter mensuelle", "Newsletter quotidienne",
           "Newsletter bimensuelle"),
    "it": ("Newsletter settimanale", "Newsletter mensile", "Newsletter quotidiana", "Newsletter bisettimanale"),
    "nl": ("Wekelijkse nieuwsbrief", "Maandelijkse nieuwsbrief", "Dagelijkse nieuwsbrief",
           "Tweewekelijkse nieuwsbrief"),
    "pt": ("Newsletter semanal", "Newsletter mensal", "Newsletter diária", "Newsletter quinzenal"),
    "zh-CN": ("每周新闻稿", "每月新闻稿", "每日新闻稿", "双周新闻稿"),
    "zh-TW": ("每週電子報", "每月電子報", "每日電子報", "雙週電子報"),
    "ja": ("週刊ニュースレター", "月刊ニュースレター", "日刊ニュースレター", "隔週ニュースレター",
           # (the app's masthead drops the noun before the subscriber count: "週刊 · 購読者 3,120人")
           "週刊", "月刊", "日刊", "隔週"),
    "ko": ("주간 뉴스레터", "월간 뉴스레터", "일간 뉴스레터", "격주 뉴스레터"),
    "ar": ("نشرة إخبارية أسبوعية", "نشرة إخبارية شهرية", "نشرة إخبارية يومية"),
    "id": ("Newsletter mingguan", "Newsletter bulanan", "Newsletter harian"),
    "pl": ("Cotygodniowy newsletter", "Comiesięczny newsletter", "Codzienny newsletter"),
    "ru": ("Еженедельная рассылка", "Ежемесячная рассылка", "Ежедневная рассылка"),
    "sv": ("Veckovis nyhetsbrev", "Månatligt nyhetsbrev", "Dagligt nyhetsbrev"),
    "tr": ("Haftalık bülten", "Aylık bülten", "Günlük bülten"),
    "bn": ("সাপ্তাহিক নিউজলেটার", "মাসিক নিউজলেটার"),
    "cs": ("Týdenní newsletter", "Měsíční newsletter", "Denní newsletter"),
    "da": ("Ugentligt nyhedsbrev", "Månedligt nyhedsbrev", "Dagligt nyhedsbrev"),
    "el": ("Εβδομαδιαίο ενημερωτικό δελτίο", "Μηνιαίο ενημερωτικό δελτίο"),
    "fi": ("Viikoittainen uutiskirje", "Kuukausittainen uutiskirje", "Päivittäinen uutiskirje"),
    "he": ("ניוזלטר שבועי", "ניוזלטר חודשי", "ניוזלטר יומי"),
    "hi": ("साप्ताहिक न्यूज़लेटर", "मासिक न्यूज़लेटर", "दैनिक न्यूज़लेटर"),
    "hu": ("Heti hírlevél", "Havi hírlevél", "Napi hírlevél"),
    "mr": ("साप्ताहिक वृत्तपत्र", "मासिक वृत्तपत्र"),
    "ms": ("Surat berita mingguan", "Surat berita bulanan"),
    "nb": ("Ukentlig nyhetsbrev", "Månedlig nyhetsbrev", "Daglig nyhetsbrev"),
    "ro": ("Buletin informativ săptămânal", "Buletin informativ lunar", "Newsletter săptămânal"),
    "th": ("จดหมายข่าวรายสัปดาห์", "จดหมายข่าวรายเดือน"),
    "tl": ("Lingguhang newsletter", "Buwanang newsletter"),
    "uk": ("Щотижнева розсилка", "Щомісячна розсилка", "Щоденна розсилка"),
    "vi": ("Bản tin hằng tuần", "Bản tin hằng tháng", "Bản tin hằng ngày"),
    "et": ("Iganädalane uudiskiri", "Igakuine uudiskiri", "Uudiskiri · Ilmub kord nädalas", "Uudiskiri · Ilmub kord kuus"),
    "fa": ("خبرنامه هفتگی", "خبرنامه ماهانه"), "hr": ("Tjedni bilten", "Mjesečni bilten"),
    "lt": ("Savaitinis naujienlaiškis", "Mėnesinis naujienlaiškis"),
    "lv": ("Iknedēļas jaunumu vēstule", "Ikmēneša jaunumu vēstule"), "sk": ("Týždenný newsletter", "Mesačný newsletter"),
    "sr": ("Недељни билтен", "Месечни билтен"), "sw": ("Jarida la kila wiki", "Jarida la kila mwezi"),
    "ur": ("ہفتہ وار نیوز لیٹر", "ماہانہ نیوز لیٹر"),
}
# The same cadence said as how often it is published ("Published weekly", "每两周发布一次"),
# the wording of a newsletter's page and its e-mails, per UI language: chrome too.
_NEWSLETTER_PUBLISHED: dict[str, tuple[str, ...]] = {
    "en": ("Published weekly", "Published monthly", "Published daily", "Published biweekly",
           "Published bi-weekly", "Published every two weeks", "Published twice a month"),
    "de": ("Erscheint wöchentlich", "Erscheint monatlich", "Erscheint täglich", "Erscheint alle zwei Wochen",
           "Erscheint zweiwöchentlich", "Wöchentlich veröffentlicht", "Monatlich veröffentlicht"),
    "es": ("Se publica cada semana", "Se publica cada mes", "Se publica cada día", "Se publica a diario",
           "Se publica cada dos semanas", "Publicado semanalmente", "Publicado mensualmente",
           "Publicado quincenalmente"),
    "fr": ("Publiée chaque semaine", "Publiée chaque mois", "Publiée chaque jour", "Publiée toutes les deux semaines",
           "Publié chaque semaine", "Publié chaque mois", "Publié chaque jour", "Publié toutes les deux semaines",
           "Parution hebdomadaire", "Parution mensuelle"),
    "it": ("Pubblicata ogni settimana", "Pubblicata ogni mese", "Pubblicata ogni giorno",
           "Pubblicata ogni due settimane", "Pubblicato ogni settimana", "Pubblicato ogni mese",
           "Pubblicato ogni giorno", "Pubblicato ogni due settimane"),
    "nl": ("Wekelijks gepubliceerd", "Maandelijks gepubliceerd", "Dagelijks gepubliceerd",
           "Tweewekelijks gepubliceerd", "Verschijnt wekelijks", "Verschijnt maandelijks",
           "Verschijnt elke twee weken"),
    "pt": ("Publicado semanalmente", "Publicado mensalmente", "Publicado diariamente", "Publicado quinzenalmente",
           "Publicada semanalmente", "Publicada mensalmente", "Publicada diariamente", "Publicada quinzenalmente",
           "Publicado a cada duas semanas", "Publicada a cada duas semanas"),
    "zh-CN": ("每周发布", "每月发布", "每天发布", "每两周发布", "每周发布一次", "每月发布一次", "每天发布一次",
              "每两周发布一次", "每周更新", "每月更新", "每两周更新"),
    "zh-TW": ("每週發佈", "每月發佈", "每天發佈", "每兩週發佈", "每週發佈一次", "每月發佈一次", "每兩週發佈一次"),
    "ja": ("週1回発行", "月1回発行", "月2回発行", "毎日発行", "毎週発行", "毎月発行", "隔週発行", "2週間に1回発行"),
    "ko": ("매주 발행", "매월 발행", "매일 발행", "격주 발행", "2주마다 발행"),
    "ar": ("تُنشر أسبوعيًا", "تُنشر شهريًا", "تُنشر يوميًا", "تُنشر كل أسبوعين", "تنشر أسبوعيا", "تنشر شهريا"),
    "hi": ("हर सप्ताह प्रकाशित", "हर महीने प्रकाशित", "हर दिन प्रकाशित", "हर दो सप्ताह में प्रकाशित",
           "साप्ताहिक रूप से प्रकाशित", "मासिक रूप से प्रकाशित"),
    "id": ("Terbit setiap minggu", "Terbit setiap bulan", "Terbit setiap hari", "Terbit setiap dua minggu",
           "Diterbitkan setiap minggu", "Diterbitkan setiap bulan", "Diterbitkan setiap hari",
           "Diterbitkan setiap dua minggu"),
    "pl": ("Publikowany co tydzień", "Publikowany co miesiąc", "Publikowany codziennie", "Publikowany co dwa tygodnie"),
    "ru": ("Выходит еженедельно", "Выходит ежемесячно", "Выходит ежедневно", "Выходит раз в две недели",
           "Публикуется еженедельно", "Публикуется ежемесячно"),
    "sv": ("Publiceras varje vecka", "Publiceras varje månad", "Publiceras dagligen", "Publiceras varannan vecka"),
    "tr": ("Her hafta yayımlanır", "Her ay yayımlanır", "Her gün yayımlanır", "İki haftada bir yayımlanır",
           "Haftalık olarak yayımlanır", "Aylık olarak yayımlanır"),
    "da": ("Udgives ugentligt", "Udgives månedligt", "Udgives dagligt"),
    "nb": ("Publiseres ukentlig", "Publiseres månedlig", "Publiseres daglig"),
    "fi": ("Julkaistaan viikoittain", "Julkaistaan kuukausittain", "Julkaistaan päivittäin"),
    "cs": ("Vychází každý týden", "Vychází každý měsíc", "Vychází každý den"),
    "he": ("מתפרסם מדי שבוע", "מתפרסם מדי חודש", "מתפרסם מדי יום", "מתפרסם פעם בשבוע", "מתפרסם פעם בחודש",
           "מתפרסם פעם בשבועיים"),
    "hu": ("Hetente jelenik meg", "Havonta jelenik meg", "Naponta jelenik meg"),
    "ro": ("Publicat săptămânal", "Publicat lunar", "Publicat zilnic"),
    "uk": ("Виходить щотижня", "Виходить щомісяця", "Виходить щодня"),
    "vi": ("Xuất bản hằng tuần", "Xuất bản hằng tháng", "Xuất bản hằng ngày"),
}
for _loc, _ss in _NEWSLETTER_PUBLISHED.items():
    NEWSLETTER_CADENCE[_loc] = NEWSLETTER_CADENCE.get(_loc, ()) + _ss
del _loc, _ss

#: The word "Newsletter" that may lead the cadence on the masthead's line ("Newsletter ·
#: Published weekly"), per UI language; and a subscriber count may close it ("· 8,214
#: subscribers"): the whole line is the cadence's.
NEWSLETTER_WORDS: tuple[str, ...] = (
    "Newsletter", "Nieuwsbrief", "Boletín", "Bülten", "Nyhetsbrev", "Nyhedsbrev", "Uutiskirje",
    "Рассылка", "Розсилка", "ニュースレター", "新闻稿", "電子報", "뉴스레터", "نشرة إخبارية",
    "न्यूज़लेटर", "ניוזלטר", "Hírlevél", "Bản tin", "Buletin informativ",
)

#: The word for a newsletter's subscribers in its count ("8,214 subscribers", "購読者 3,120人"),
#: per UI language: regular-expression fragments (an inflected word takes ``\w*``). A count
#: with one of them may close the masthead's line; a number beside another word ("Vol 3",
#: "Issue 12") is the writer's.
SUBSCRIBER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("subscribers?",), "de": ("Abonnent(?:en|innen)?",), "fr": ("abonnée?s?",),
    "es": ("suscriptor(?:es|as?)?",), "pt": ("assinantes?",), "it": ("iscritti", "iscritte"),
    "nl": ("abonnees?",), "ru": (r"подписчик\w*",), "uk": (r"підписник\w*",), "sv": ("prenumeranter",),
    "tr": ("abone",), "pl": (r"subskrybent\w*",), "zh-CN": ("订阅者", "位订阅者", "名订阅者"),
    "zh-TW": ("訂閱者", "位訂閱者", "名訂閱者"), "ja": ("人の購読者", "購読者"), "ko": ("구독자",),
    "cs": (r"odběratel\w*",), "da": ("abonnenter",), "nb": ("abonnenter",), "fi": (r"tilaaja\w*",),
    "hu": (r"feliratkozó\w*",), "ro": ("abonați",), "vi": ("người đăng ký",), "ar": (r"مشترك[\w\u064B-\u0652]*",),
    "id": ("pelanggan",),
}

#: What a comment that is a picture shows in place of text: the GIF's or the image's label,
#: per UI language. On a line of its own as the whole of a comment's text (or its first or
#: last line), it is no text (``ui.comment_media``).
COMMENT_MEDIA: dict[str, tuple[str, ...]] = {
    "en": ("GIF", "Image", "Photo"), "de": ("Bild", "Foto"), "es": ("Imagen",), "fr": ("Image", "Photo"),
    "it": ("Immagine",), "nl": ("Afbeelding",), "pt": ("Imagem",), "zh-CN": ("图片", "动图"), "zh-TW": ("圖片",),
    "ja": ("画像",), "ko": ("이미지",), "ar": ("صورة",), "id": ("Gambar",), "pl": ("Obraz",),
    "ru": ("Изображение",), "sv": ("Bild",), "tr": ("Görsel", "Resim"), "bn": ("ছবি",), "cs": ("Obrázek",),
    "da": ("Billede",), "el": ("Εικόνα",), "fi": ("Kuva",), "he": ("תמונה",), "hi": ("छवि", "चित्र"),
    "hu": ("Kép",), "mr": ("प्रतिमा",), "ms": ("Imej",), "nb": ("Bilde",), "ro": ("Imagine",),
    "th": ("รูปภาพ",), "tl": ("Larawan",), "uk": ("Зображення",), "vi": ("Hình ảnh",),
}

#: The page label naming a post's (or an article's) author, per UI language: "{name}" stands
#: for the name. Shown above the header of a post page ("Dana Whitcombe’s Post"), in its tab
#: title and in feed copies; it is chrome, and the name it gives is the author's. ``’`` also
#: matches ``'``; "{name}’ Post" takes only a name ending in "s" ("James’ Post").
POSSESSIVE_HEADERS: dict[str, tuple[str, ...]] = {
    "ar": ("منشور {name}", "منشور من {name}"),
    "cs": ("Příspěvek uživatele {name}",),
    "da": ("{name}s opslag", "Opslag af {name}"),
    "de": ("Beitrag von {name}", "Artikel von {name}"),
    "el": ("Δημοσίευση του χρήστη {name}", "Δημοσίευση του/της {name}", "Δημοσίευση από {name}", "Ανάρτηση του χρήστη {name}",
           "Άρθρο του χρήστη {name}"),
    "en": ("{name}’s Post", "{name}’ Post", "{name}’s Article", "{name}’ Article", "Post by {name}",
           "Article by {name}"),
    "es": ("Publicación de {name}", "Artículo de {name}"),
    "fr": ("Publication de {name}", "Post de {name}", "Article de {name}"),
    "he": ("הפוסט של {name}", "פוסט של {name}", "המאמר של {name}"),
    "hi": ("{name} की पोस्ट", "{name} का पोस्ट"),
    "hu": ("{name} bejegyzése", "{name} cikke"),
    "id": ("Postingan {name}", "Postingan dari {name}"),
    "it": ("Post di {name}", "Articolo di {name}"),
    "ja": ("{name}さんの投稿", "{name}さんの記事"),
    "ko": ("{name}님의 게시물", "{name}님의 글"),
    "mr": ("{name} यांची पोस्ट", "{name} यांचा लेख"),
    "ms": ("Hantaran {name}",),
    "nb": ("Innlegget til {name}", "{name}s innlegg"),
    "nl": ("Bericht van {name}", "Post van {name}", "Artikel van {name}"),
    "pl": ("Post użytkownika {name}", "Artykuł użytkownika {name}"),
    "pt": ("Publicação de {name}", "Artigo de {name}"),
    "ro": ("Postarea lui {name}", "Postarea de la {name}", "Articolul lui {name}"),
    "ru": ("Публикация участника {name}", "Публикация от {name}", "Статья участника {name}"),
    "sv": ("{name}s inlägg", "Inlägg av {name}"),
    "th": ("โพสต์ของ {name}",),
    "tl": ("Post ni {name}", "Artikulo ni {name}"),
    "tr": ("{name} adlı kullanıcının gönderisi", "{name} adlı kullanıcının makalesi"),
    "uk": ("Публікація учасника {name}", "Допис від {name}", "Допис {name}", "Стаття від {name}"),
    "vi": ("Bài đăng của {name}",),
    "zh-CN": ("{name}的动态", "{name}的帖子", "{name}的文章"),
    "zh-TW": ("{name}的動態", "{name}的貼文", "{name}的文章"),
}

#: The fold under a text shown whole ("…see less"), per UI language: chrome like "…see more"
#: (a fold in any language, by its shape), but nothing was cut: no "truncated" warning.
LESS_FOLDS: dict[str, tuple[str, ...]] = {
    "en": ("…see less", "… see less", "...see less", "see less", "…show less", "Show less"),
    "de": ("…weniger", "…weniger anzeigen", "weniger anzeigen"), "es": ("…ver menos", "ver menos", "…menos"),
    "fr": ("…voir moins", "voir moins", "…moins"), "it": ("…mostra meno", "mostra meno", "…meno"),
    "nl": ("…minder", "…minder weergeven", "minder weergeven"), "pt": ("…ver menos", "…menos"),
    "pl": ("…mniej", "…pokaż mniej"), "tr": ("…daha az", "…daha az gör"), "sv": ("…visa mindre", "…mindre"),
    "da": ("…vis mindre", "…se mindre"), "nb": ("…vis mindre", "…se mindre"), "fi": ("…näytä vähemmän",),
    "cs": ("…méně", "…zobrazit méně"), "sk": ("…menej", "…zobraziť menej"), "hr": ("…manje", "…prikaži manje"),
    "sr": ("…мање", "…прикажи мање"), "et": ("…vähem", "…kuva vähem"), "lt": ("…mažiau", "…rodyti mažiau"),
    "lv": ("…mazāk", "…rādīt mazāk"), "ro": ("…mai puțin", "…vedeți mai puțin"), "hu": ("…kevesebb",),
    "ru": ("…свернуть", "…меньше"), "uk": ("…згорнути", "…менше"), "el": ("…λιγότερα",),
    "he": ("…פחות", "…הצג פחות"), "ar": ("…عرض أقل", "…أقل"), "fa": ("…کمتر", "…نمایش کمتر"),
    "ur": ("…کم دیکھیں", "…کم"), "hi": ("…कम देखें", "…कम"), "vi": ("…ẩn bớt", "…thu gọn"),
    "id": ("…lebih sedikit", "…tampilkan lebih sedikit"), "ms": ("…kurang",), "th": ("…ย่อ", "…แสดงน้อยลง"),
    "zh-CN": ("…收起", "收起"), "zh-TW": ("…收起", "收起"), "ja": ("…折りたたむ", "…表示を減らす"), "ko": ("…접기", "접기"),
}

# A read-later tool's own links in its export of a saved page, on a line of their own (its
# chrome, not the author's text): Omnivore's template puts "[Read on Omnivore](…)" and
# "[Read Original](…)" under the title, Pocket's reader "View Original" (and its "Saved to
# Pocket"). Chrome (``ui.read_later``) as the label alone (the Markdown link flattened) or as
# the link whole.
READ_LATER_LINKS: dict[str, tuple[str, ...]] = {
    "en": ("Read Original", "Read on Omnivore", "View Original", "Saved to Pocket"),
}

# The word before the author's name in a reader app's byline under the saved page's title and
# its site line ("linkedin.com · 5 min read" / "by Ana Lee": Pocket's and Instapaper's, in
# their English UI whatever the article's language), case-folded
READER_BYLINE_WORDS: tuple[str, ...] = ("by",)

# the counter word a feed card's marker may carry after its number ("动态第 2 条", ko "…번"):
# the marker ends after it (``ui.feed_marker`` below allows it; ``nodes`` cuts after it)
FEED_MARKER_COUNTERS = ("条", "번")

UI_NODES: dict[str, dict[str, tuple[str, ...]]] = {
    "ui.report": {
        "de": ("Beitrag melden", "Kommentar melden", "Artikel melden",
               "Diesen Beitrag melden", "Diesen Kommentar melden", "Diesen Artikel melden"),
        "en": ("Report this post", "Report this comment", "Report this article", "Report this reply"),
        "es": ("Denunciar esta publicación", "Denunciar este comentario", "Denunciar este artículo"),
        "fr": ("Signaler ce post", "Signaler ce commentaire", "Signaler cet article",
               "Signaler cette publication"),
        "it": ("Segnala questo post", "Segnala questo commento", "Segnala questo articolo"),
        "ja": ("この投稿を報告", "このコメントを報告", "この記事を報告"),
        "nl": ("Dit bericht melden", "Deze reactie melden", "Dit artikel melden",
               "Meld dit bericht", "Meld deze reactie", "Meld dit artikel"),
        "pt": ("Denunciar esta publicação", "Denunciar este comentário", "Denunciar este artigo"),
        "zh-CN": ("举报此动态", "举报此评论", "举报此文章", "举报文章", "举报动态", "举报评论", "举报"),
        "zh-TW": ("檢舉這則動態", "檢舉這則留言", "檢舉此貼文", "檢舉此留言", "檢舉這則貼文", "檢舉此文章", "檢舉這篇文章", "檢舉"),
        "ar": ("الإبلاغ عن هذا المنشور", "الإبلاغ عن هذا التعليق", "الإبلاغ عن هذه المقالة"),
        "id": ("Laporkan postingan ini", "Laporkan komentar ini", "Laporkan artikel ini"),
        "ko": ("게시물 신고", "댓글 신고", "아티클 신고", "이 게시물 신고", "이 댓글 신고", "이 아티클 신고"),
        "pl": ("Zgłoś ten post", "Zgłoś ten komentarz", "Zgłoś ten artykuł", "Zgłoś tę publikację"),
        "ru": ("Пожаловаться на публикацию", "Пожаловаться на комментарий", "Пожаловаться на статью",
               "Пожаловаться на эту публикацию", "Пожаловаться на этот комментарий", "Пожаловаться на эту статью"),
        "sv": ("Anmäl det här inlägget", "Anmäl den här kommentaren", "Anmäl den här artikeln",
               "Rapportera det här inlägget", "Rapportera den här kommentaren", "Rapportera den här artikeln"),
        "tr": ("Bu gönderiyi bildir", "Bu yorumu bildir", "Bu makaleyi bildir", "Gönderiyi bildir", "Yorumu bildir",
               "Makaleyi bildir"),
        "bn": ("এই পোস্টটি রিপোর্ট করুন", "এই মন্তব্যটি রিপোর্ট করুন", "এই নিবন্ধটি রিপোর্ট করুন"),
        "cs": ("Nahlásit tento příspěvek", "Nahlásit tento komentář", "Nahlásit tento článek"),
        "da": ("Rapportér dette opslag", "Rapporter dette opslag", "Rapportér denne kommentar",
               "Rapporter denne kommentar", "Rapportér denne artikel", "Rapporter denne artikel"),
        "el": ("Αναφορά αυτής της δημοσίευσης", "Αναφορά αυτού του σχολίου", "Αναφορά αυτού του άρθρου"),
        "fi": ("Ilmoita tästä julkaisusta", "Ilmoita tästä kommentista", "Ilmoita tästä artikkelista"),
        "he": ("דיווח על הפוסט הזה", "דיווח על התגובה הזו", "דיווח על התגובה", "דיווח על המאמר הזה",
               "דווח על הפוסט", "דווח על התגובה", "דווח על פוסט זה", "דווח על תגובה זו", "דווח על מאמר זה",
               "דיווח על פוסט זה", "דיווח על תגובה זו", "דיווח על מאמר זה"),
        "hi": ("इस पोस्ट की रिपोर्ट करें", "इस टिप्पणी की रिपोर्ट करें", "इस लेख की रिपोर्ट करें"),
        "hu": ("Bejegyzés jelentése", "Hozzászólás jelentése", "Cikk jelentése", "A bejegyzés jelentése",
               "A hozzászólás jelentése", "A cikk jelentése"),
        "mr": ("ही पोस्ट रिपोर्ट करा", "ही टिप्पणी रिपोर्ट करा", "हा लेख रिपोर्ट करा"),
        "ms": ("Laporkan siaran ini", "Laporkan ulasan ini", "Laporkan komen ini", "Laporkan artikel ini"),
        "nb": ("Rapporter dette innlegget", "Rapporter denne kommentaren", "Rapporter denne artikkelen"),
        "ro": ("Raportați această postare", "Raportați acest comentariu", "Raportați acest articol",
               "Raportează această postare", "Raportează acest comentariu", "Raportează acest articol"),
        "th": ("รายงานโพสต์นี้", "รายงานความคิดเห็นนี้", "รายงานบทความนี้"),
        "tl": ("I-report ang post na ito", "I-report ang komentong ito", "I-report ang artikulong ito"),
        "uk": ("Поскаржитися на допис", "Поскаржитися на коментар", "Поскаржитися на статтю",
               "Поскаржитися на цей допис", "Поскаржитися на цей коментар", "Поскаржитися на цю статтю"),
        "vi": ("Báo cáo bài đăng này", "Báo cáo bình luận này", "Báo cáo bài viết này"),
    },
    "ui.action": {
        "de": ("Gefällt mir", "Kommentieren", "Reposten", "Teilen", "Senden", "Kopieren",
               "Antworten", "Folgen", "Vernetzen", "Nachricht", "Vollbildmodus"),
        "en": ("Like", "Comment", "Repost", "Share", "Send", "Copy", "Reply", "Follow",
               "Connect", "Message", "Learn more", "Add a comment…", "Add a comment...",
               "Subscribe", "Abonnieren", "S’abonner", "S'abonner", "Suscribirse", "Inscrever-se",
               "Iscriviti", "Abonneren", "订阅", "購読する", "Подписаться", "Prenumerera", "Abone ol", "Subskrybuj",
               # the same button once pressed (a subscriber's copy of a newsletter edition)
               "Subscribed", "Abonniert", "Abonné", "Abonnée", "Suscrito", "Suscrita", "Inscrito", "Inscrita",
               "Assinado", "Iscritto", "Iscritta", "Geabonneerd", "已订阅", "已訂閱", "購読済み", "購読中", "구독 중",
               "Abone olundu", "Подписка оформлена", "Prenumererar", "Subskrybujesz",
               "Apply", "Easy Apply", "Save", "Register", "Attend", "View event", "Visit website", "See jobs",
               "Open Emoji Keyboard", "Previous", "Next", "Download", "Full screen", "Reply ·", "Like ·", "Learn more. View Sponsored Content",
               "View Sponsored Content", "Like Comment Share", "Like Comment Repost Send", "Like Reply", "Copy link",
               "Embed", "Save", "Unfollow", "+ Follow", "Following",
               # a screen reader's names of the buttons (their labels read aloud, copied with the page)
               "Like button", "Like button, not pressed", "Like button, pressed", "Comment button", "Repost button",
               "Send button", "Send in a private message button", "Share button", "Reply button", "React button",
               "Celebrate button", "Support button", "Love button", "Insightful button", "Funny button"),
        "es": ("Recomendar", "Comentar", "Compartir", "Enviar", "Copiar", "Responder", "Seguir",
               "Conectar", "Mensaje", "Republicar", "Me gusta", "Siguiendo"),
        "fr": ("J’aime", "J'aime", "Commenter", "Republier", "Partager", "Envoyer", "Copier",
               "Répondre", "Suivre", "Se connecter", "Message"),
        "it": ("Consiglia", "Commenta", "Diffondi il post", "Condividi", "Invia", "Copia",
               "Rispondi", "Segui", "Aggiungi un commento…", "Mi piace", "Più pertinenti", "Più recenti"),
        "ja": ("いいね！", "いいね", "コメント", "再投稿", "共有", "シェア", "送信", "コピー", "返信", "フォロー",
               "フォロー中"),
        "nl": ("Interessant", "Interessant vinden", "Vind ik leuk", "Reageren", "Reposten", "Opnieuw posten", "Delen",
               "Verzenden", "Versturen", "Kopiëren", "Beantwoorden", "Volgen"),
        "pt": ("Gostei", "Comentar", "Compartilhar", "Enviar", "Copiar", "Responder", "Seguir", "Gosto", "Partilhar",
               "Republicar", "Seguindo", "A seguir"),
        "zh-CN": ("赞", "评论", "转发", "发送", "分享", "复制", "回复", "关注", "+ 关注", "已关注", "正在关注"),
        "zh-TW": ("讚", "留言", "轉發", "傳送", "分享", "複製", "回覆", "追蹤", "關注", "發送", "追蹤中"),
        "ar": ("أعجبني", "تعليق", "مشاركة", "إرسال", "رد", "إعادة النشر", "إعادة نشر", "نسخ", "متابعة"),
        "id": ("Suka", "Komentari", "Bagikan", "Kirim", "Balas", "Posting ulang", "Salin", "Ikuti"),
        "ko": ("추천", "좋아요", "댓글", "퍼가기", "보내기", "공유", "답장", "답글", "팔로우", "복사"),
        "pl": ("Lubię to", "Skomentuj", "Udostępnij", "Wyślij", "Odpowiedz", "Opublikuj ponownie", "Kopiuj", "Obserwuj"),
        "ru": ("Нравится", "Комментировать", "Поделиться", "Отправить", "Ответить", "Репост", "Сделать репост", "Копировать", "Отслеживать", "Подписаться"),
        "sv": ("Gilla", "Kommentera", "Dela", "Skicka", "Svara", "Återpublicera", "Kopiera", "Följ",
               "Lägg till en kommentar…"),
        "tr": ("Beğen", "Yorum yap", "Paylaş", "Gönder", "Yanıtla", "Yeniden yayınla", "Kopyala", "Takip et",
               "Takip ediliyor"),
        # (left out, one-word strings that are common words elsewhere: nb/da "Del" (es "del"), th "งาน")
        "bn": ("পছন্দ", "মন্তব্য করুন", "মন্তব্য", "পুনরায় পোস্ট করুন", "রিপোস্ট", "পাঠান", "শেয়ার করুন",
               "কপি করুন", "উত্তর দিন", "ফলো করুন", "অনুসরণ করুন", "পছন্দ করুন"),
        "cs": ("To se mi líbí", "Líbí se mi", "Komentovat", "Znovu publikovat", "Sdílet", "Poslat", "Odeslat",
               "Kopírovat", "Odpovědět", "Sledovat", "Sdílet znovu", "Přidat komentář…"),
        "da": ("Synes godt om", "Kommentér", "Slå op igen", "Genopslå", "Del", "Kopiér", "Svar", "Følg",
               "Tilføj en kommentar…"),
        "el": ("Μου αρέσει", "Σχολιάστε", "Σχόλιο", "Αναδημοσίευση", "Αποστολή", "Κοινοποίηση",
               "Αντιγραφή", "Απάντηση", "Ακολουθήστε", "Ακολούθηση"),
        "fi": ("Tykkää", "Kommentoi", "Jaa uudelleen", "Jaa", "Lähetä", "Kopioi", "Vastaa", "Seuraa"),
        "he": ("לייק", "אהבתי", "תגובה", "הגב", "פרסום מחדש", "שליחה", "שלח", "שיתוף", "העתקה", "השבה",
               "השב", "תשובה", "מעקב", "עקוב"),
        "hi": ("पसंद करें", "टिप्पणी करें", "टिप्पणी", "कमेंट करें", "रीपोस्ट करें", "दोबारा पोस्ट करें", "भेजें",
               "शेयर करें", "कॉपी करें", "जवाब दें", "फ़ॉलो करें", "फॉलो करें"),
        "hu": ("Tetszik", "Hozzászólás", "Újraközlés", "Megosztás", "Küldés", "Másolás", "Válasz",
               "Követés"),
        "mr": ("आवडले", "टिप्पणी द्या", "टिप्पणी करा", "पुन्हा पोस्ट करा", "पाठवा", "शेअर करा",
               "कॉपी करा", "उत्तर द्या", "फॉलो करा"),
        "ms": ("Suka", "Komen", "Siar semula", "Hantar", "Kongsi", "Salin", "Balas", "Ikut"),
        "nb": ("Lik", "Liker", "Kommenter", "Publiser på nytt", "Del på nytt", "Del", "Kopier", "Svar", "Følg",
               "Legg til en kommentar…"),
        "ro": ("Îmi place", "Comentează", "Comentați", "Repostează", "Repostați", "Trimite", "Trimiteți",
               "Distribuie", "Distribuiți", "Redistribuie", "Redistribuiți", "Copiază", "Copiați", "Răspunde",
               "Răspundeți", "Urmărește", "Urmăriți"),
        "th": ("ถูกใจ", "แสดงความคิดเห็น", "โพสต์ซ้ำ", "ส่ง", "แชร์", "คัดลอก", "ตอบกลับ", "ติดตาม"),
        "tl": ("Gustuhin", "Gusto", "Mag-comment", "Magkomento", "I-repost", "Ipadala", "Ibahagi",
               "Kopyahin", "Tumugon", "Sundan", "I-like", "I-follow", "I-share"),
        "uk": ("Подобається", "Вподобати", "Коментувати", "Зробити репост", "Поширити", "Надіслати",
               "Копіювати", "Відповісти", "Стежити", "Відстежувати"),
        "vi": ("Thích", "Bình luận", "Đăng lại", "Gửi", "Chia sẻ", "Sao chép", "Phản hồi",
               "Trả lời", "Theo dõi"),
        # (not LinkedIn UI languages: what a browser's page translation writes; sw is left to
        # learn.py, which reads an unknown UI's buttons from the page's structure)
        "et": ("Meeldib", "Kommenteeri", "Postita uuesti", "Jaga", "Saada", "Vasta", "Jälgi", "+ Jälgi", "Kopeeri",
               "Telli"),
        "fa": ("پسندیدن", "نظر دادن", "بازنشر", "ارسال", "اشتراک‌گذاری", "پاسخ", "دنبال کردن", "+ دنبال کردن",
               "کپی"),
        "hr": ("Sviđa mi se", "Komentiraj", "Ponovno objavi", "Podijeli", "Pošalji", "Odgovori", "Prati",
               "+ Prati", "Kopiraj", "Komentariši", "Ponovo objavi", "Podeli"),
        "lt": ("Patinka", "Komentuoti", "Paskelbti iš naujo", "Bendrinti", "Siųsti", "Atsakyti", "Sekti",
               "+ Sekti", "Kopijuoti"),
        "lv": ("Patīk", "Komentēt", "Publicēt atkārtoti", "Kopīgot", "Sūtīt", "Nosūtīt", "Atbildēt", "Sekot",
               "+ Sekot", "Kopēt"),
        "sk": ("Páči sa mi to", "Komentovať", "Opätovne uverejniť", "Zdieľať", "Odoslať", "Poslať", "Odpovedať",
               "Sledovať", "+ Sledovať", "Kopírovať"),
        "sr": ("Свиђа ми се", "Коментариши", "Поново објави", "Подели", "Пошаљи", "Одговори", "Прати",
               "+ Прати", "Копирај"),
        "ur": ("پسند کریں", "تبصرہ کریں", "دوبارہ پوسٹ کریں", "بھیجیں", "شیئر کریں", "جواب دیں", "فالو کریں",
               # (the app's buttons, the verb left out: "پسند / تبصرہ / ری پوسٹ / بھیجیں")
               "پسند", "تبصرہ", "ری پوسٹ",
               "+ فالو کریں", "کاپی کریں"),
    },
    "ui.share_target": {
        "en": ("LinkedIn", "Facebook", "X", "Twitter", "Email", "WhatsApp"),
    },
    "ui.sign_in": {
        "de": ("Profil anzeigen", "Einloggen", "Mitglied werden", "Zustimmen & LinkedIn beitreten",
               "Melden Sie sich an, um einen Kommentar abzugeben oder anzuzeigen",
               "Melden Sie sich an, um Kommentare anzuzeigen oder hinzuzufügen",
               "Zum Anzeigen oder Hinzufügen von Kommentaren einloggen", "In der App öffnen", "App öffnen"),
        "en": ("Sign in", "Join now", "Agree & Join LinkedIn", "To view or add a comment, sign in",
               "Sign in to view more content", "Sign in to see more", "Welcome back", "Email or phone", "Password",
               "Show", "Forgot password?", "New to LinkedIn? Join now", "or",
               "Create your free account or sign in to continue your search",
               "By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement , "
               "Privacy Policy , and Cookie Policy .",
               "By clicking Continue to join or sign in, you agree to LinkedIn's User Agreement, "
               "Privacy Policy, and Cookie Policy.",
               "Continue with Google", "Sign in with Email", "Don't have the app? Get it in the Microsoft Store.",
               "Open the app", "Open in app", "Open app", "Join to view more", "See who you know", "Sign in to view",
               "Stay updated on your professional world", "Sign in to see who you already know",
               "Contact info", "View profile"),
        "es": ("Ver perfil", "Iniciar sesión", "Unirse ahora", "Aceptar y unirse a LinkedIn",
               "Para ver o añadir un comentario, inicia sesión", "Abrir en la aplicación", "Abrir la aplicación"),
        "fr": ("Accepter et rejoindre LinkedIn", "En cliquant sur Continuer pour rejoindre ou vous identifier, vous acceptez les Conditions d’utilisation, la Politique de confidentialité et la Politique relative aux cookies de LinkedIn.", "Voir le profil", "Nouveau sur LinkedIn ? Inscrivez-vous", "S’identifier", "S'identifier", "S’inscrire", "S'inscrire",
               "Accepter et s’inscrire sur LinkedIn", "Accepter et s'inscrire sur LinkedIn",
               "Pour voir ou ajouter un commentaire, connectez-vous",
               "Pour afficher ou ajouter un commentaire, connectez-vous", "Se connecter",
               "Ouvrir dans l’application", "Ouvrir dans l'application", "Ouvrir l’application"),
        "it": ("Accedi", "Iscriviti ora", "Accetta e iscriviti a LinkedIn",
               "Per visualizzare o aggiungere un commento, accedi", "Apri nell’app", "Apri nell'app", "Apri l’app"),
        "nl": ("Aanmelden", "Inloggen", "Nu lid worden", "Akkoord en lid worden van LinkedIn",
               "Akkoord & lid worden van LinkedIn",
               "Door op Doorgaan te klikken om lid te worden of in te loggen, gaat u akkoord met de "
               "Gebruikersovereenkomst, het Privacybeleid en het Cookiebeleid van LinkedIn.",
               "Meld u aan om een reactie te bekijken of toe te voegen", "Openen in app", "Openen in de app", "App openen"),
        "pt": ("Entrar", "Cadastre-se agora", "Aceitar e cadastrar-se no LinkedIn",
               "Para ver ou adicionar um comentário, entre", "Para visualizar ou adicionar um comentário, faça login",
               "Abrir no app", "Abrir no aplicativo"),
        "zh-CN": ("点击“继续”加入或登录，即表示您同意领英的用户协议、隐私政策和 Cookie 政策。", "登录后即可查看或发表评论", "查看档案", "查看个人档案", "登录", "加入", "立即加入", "同意并加入领英", "登录后查看或发表评论", "登录以查看更多内容"),
        "ja": ("ログイン", "今すぐ登録", "同意して LinkedIn に参加", "コメントを表示または追加するには、サインインしてください",
               "コメントを表示またはコメントを追加するには、サインインしてください"),
        "ar": ("تسجيل الدخول", "انضم الآن", "لعرض تعليق أو إضافته، يُرجى تسجيل الدخول",
               "لعرض تعليق أو إضافته، سجّل الدخول", "لعرض تعليق أو إضافته، سجل الدخول"),
        "id": ("Masuk", "Bergabung sekarang", "Gabung sekarang",
               "Untuk melihat atau menambahkan komentar, silakan masuk",
               "Masuk untuk melihat atau menambahkan komentar", "Buka aplikasi", "Buka di aplikasi",
               "Buka di aplikasi LinkedIn"),
        "ko": ("로그인", "지금 가입", "회원가입", "댓글을 보거나 남기려면 로그인하세요"),
        "pl": ("Zaloguj się", "Dołącz teraz", "Zaloguj się, aby wyświetlić lub dodać komentarz",
               "Aby wyświetlić lub dodać komentarz, zaloguj się", "Zaloguj się, aby zobaczyć więcej treści"),
        "ru": ("Войти", "Присоединиться", "Присоединиться сейчас",
               "Войдите, чтобы просмотреть или добавить комментарий."),
        "sv": ("Logga in", "Gå med nu", "Logga in för att visa eller lägga till en kommentar",
               "Logga in för att se eller lägga till en kommentar", "Logga in om du vill se eller lägga till en kommentar",
               "Logga in om du vill se eller lägga till en kommentar."),
        "tr": ("Oturum açın", "Oturum aç", "Şimdi katılın", "Hemen katılın", "Kabul Et ve LinkedIn’e Katıl",
               "Kabul Et ve LinkedIn'e Katıl",
               "Yorumu görüntülemek veya yorum eklemek için oturum açın",
               "Yorum görüntülemek veya eklemek için oturum açın",
               "Yorum görüntülemek veya yorum eklemek için oturum açın",
               "Yorumları görüntülemek veya yorum eklemek için oturum açın"),
        "zh-TW": ("登入", "立即加入", "登入以查看或新增留言"),
        "bn": ("সাইন ইন করুন", "এখনই যোগ দিন", "মন্তব্য দেখতে বা যোগ করতে সাইন ইন করুন", "LinkedIn-এ যোগ দিন"),
        "cs": ("Přihlásit se", "Připojit se", "Připojit se hned", "Připojte se k LinkedIn",
               "Chcete-li zobrazit nebo přidat komentář, přihlaste se"),
        "da": ("Log ind", "Tilmeld dig nu", "Bliv medlem nu",
               "Log ind for at se eller tilføje en kommentar"),
        "el": ("Σύνδεση", "Εγγραφείτε τώρα", "Συνδεθείτε για να δείτε ή να προσθέσετε ένα σχόλιο",
               "Συμμετοχή τώρα", "Συμμετοχή στο LinkedIn", "Για να δείτε ή να προσθέσετε ένα σχόλιο, συνδεθείτε"),
        "fi": ("Kirjaudu sisään", "Liity nyt", "Kirjaudu sisään nähdäksesi tai lisätäksesi kommentin",
               "Näytä profiili"),
        "he": ("כניסה", "הצטרפות עכשיו", "הצטרפו עכשיו", "הצטרפות ל־LinkedIn", "הצטרפות ל-LinkedIn", "כדי לצפות בתגובה או להוסיף תגובה, יש להיכנס",
               "כדי לצפות בתגובה או להוסיף תגובה, יש להיכנס לחשבון"),
        "hi": ("साइन इन करें", "अभी जुड़ें", "कोई टिप्पणी देखने या जोड़ने के लिए साइन इन करें"),
        "hu": ("Bejelentkezés", "Csatlakozás most", "Csatlakozzon most",
               "Hozzászólás megtekintéséhez vagy hozzáadásához jelentkezzen be"),
        "mr": ("साइन इन करा", "आता सामील व्हा", "टिप्पणी पाहण्यासाठी किंवा जोडण्यासाठी साइन इन करा"),
        "ms": ("Log masuk", "Sertai sekarang", "Untuk melihat atau menambah ulasan, log masuk"),
        "nb": ("Logg inn", "Logg på", "Bli med nå", "Logg inn for å se eller legge til en kommentar"),
        "ro": ("Conectați-vă", "Înscrieți-vă acum", "Alăturați-vă acum",
               "Pentru a vizualiza sau a adăuga un comentariu, conectați-vă"),
        "th": ("เข้าสู่ระบบ", "เข้าร่วมตอนนี้", "ลงชื่อเข้าใช้เพื่อดูหรือแสดงความคิดเห็น", "ลงชื่อเข้าใช้",
               "เข้าร่วมเลย", "ลงชื่อเข้าใช้เพื่อดูหรือเพิ่มความคิดเห็น"),
        "tl": ("Mag-sign in", "Sumali ngayon", "Para tingnan o magdagdag ng komento, mag-sign in"),
        "uk": ("Увійти", "Приєднатися зараз", "Приєднатися", "Погодитися та приєднатися до LinkedIn",
               "Щоб переглянути або додати коментар, увійдіть"),
        "vi": ("Đăng nhập", "Tham gia ngay", "Để xem hoặc thêm bình luận, hãy đăng nhập", "Mở ứng dụng",
               "Mở trong ứng dụng"),
        "et": ("Logi sisse", "Liitu kohe", "Ava rakendus"), "fa": ("ورود", "اکنون بپیوندید", "باز کردن برنامه"),
        "hr": ("Prijava", "Prijavite se", "Pridružite se sada", "Otvori aplikaciju"),
        "lt": ("Prisijungti", "Prisijunkite dabar", "Atidaryti programėlę"),
        "lv": ("Pierakstīties", "Pievienoties tagad", "Atvērt lietotni"),
        "sk": ("Prihlásiť sa", "Pripojiť sa teraz", "Otvoriť aplikáciu"),
        "sr": ("Пријави се", "Придружи се сада", "Отвори апликацију"),
        "sw": ("Ingia", "Jiunge sasa", "Fungua programu"), "ur": ("سائن ان کریں", "ابھی شامل ہوں", "ایپ کھولیں"),
    },
    "ui.navigation": {
        "de": ("Direkt zum Hauptinhalt", "Zum Hauptinhalt springen", "Artikel", "Personen", "E-Learning",
               "Jobs", "Spiele", "Mein Netzwerk", "Nachrichten", "Mitteilungen", "Startseite",
               "Für Unternehmen", "Premium testen", "Premium gratis testen"),
        "en": ("Main Feed", "No more previous content", "No more next content", "See content credentials", "Show translation", "See translation", "Translated", "Skip to main content", "Articles", "People", "Learning", "Jobs", "Games",
               "Top Content", "Home", "My Network", "Notifications", "Me", "For Business",
               "Try Premium for free", "Transcript", "Messaging", "0 notifications total", "Play", "Pause", "Unmute", "Mute",
               "Back to Top", "Fullscreen", "Playback Rate", "Loaded", "Stream Type LIVE",
               "Current Time", "Duration", "Remaining Time", "Show captions"),
        "es": ("Saltar al contenido principal", "Artículos", "Personas", "Aprendizaje", "Empleos", "Juegos",
               "Mi red", "Mensajes", "Notificaciones", "Inicio", "Para negocios"),
        "fr": ("Offres d’emploi", "Offres d'emploi", "Learning", "Passer au contenu principal", "Articles", "Personnes", "Formation", "Emplois", "Jeux",
               "Messagerie", "Accueil", "Pour les entreprises"),
        "pt": ("Pular para conteúdo principal", "Pular para o conteúdo principal", "Artigos", "Pessoas", "Learning",
               "Vagas", "Jogos", "Minha rede", "Mensagens", "Notificações", "Início", "Para negócios", "Aprendizagem"),
        "nl": ("Direct naar hoofdcontent", "Naar hoofdcontent gaan", "Artikelen", "Personen", "Learning", "Vacatures", "Games",
               "Mijn netwerk", "Berichten", "Meldingen"),
        "it": ("Vai al contenuto principale", "Articoli", "Persone", "Formazione", "Offerte di lavoro", "Giochi",
               "Messaggistica", "Notifiche"),
        "ja": ("メインコンテンツにスキップ", "メインコンテンツへスキップ", "ホーム", "マイネットワーク", "求人",
               "メッセージ", "お知らせ"),
        "zh-CN": ("领英", "领英学习", "跳到主要内容", "文章", "会员", "学习", "职位", "游戏"),
        "ar": ("تخطي إلى المحتوى الرئيسي", "مقالات", "أشخاص", "التعلم", "الوظائف", "الألعاب", "عرض الترجمة"),
        "id": ("Langsung ke konten utama", "Artikel", "Orang", "Pembelajaran", "Lowongan", "Game"),
        "ko": ("본문 바로가기", "아티클", "사람", "학습", "채용공고", "게임"),
        "pl": ("Przejdź do treści głównej", "Artykuły", "Osoby", "Nauka", "Oferty pracy", "Gry"),
        "ru": ("Пропустить и перейти к контенту", "Статьи", "Люди", "Обучение", "Вакансии", "Игры"),
        "sv": ("Hoppa till huvudinnehåll", "Artiklar", "Personer", "Utbildning", "Jobb", "Spel"),
        "tr": ("Ana içeriğe geç", "Makaleler", "Kişiler", "Öğrenme", "İş İlanları", "Oyunlar"),
        "zh-TW": ("跳到主要內容", "文章", "會員", "學習", "職缺", "遊戲"),
        # (the new locales name only "Skip to main content": the nav words at a page's top are
        # its header, dropped by position, and every string here costs start-up time in the
        # flattened-page anchor regex)
        "bn": ("মূল কন্টেন্টে যান",),
        "cs": ("Přeskočit na hlavní obsah",),
        "da": ("Gå til hovedindhold", "Spring til hovedindhold"),
        "el": ("Μετάβαση στο κύριο περιεχόμενο", "Άρθρα", "Άτομα", "Εκμάθηση", "Θέσεις εργασίας", "Παιχνίδια"),
        "fi": ("Siirry pääsisältöön", "Artikkelit", "Ihmiset", "Oppiminen", "Työpaikat", "Pelit"),
        "he": ("דילוג לתוכן הראשי", "מאמרים", "אנשים", "למידה", "משרות", "משחקים"),
        "hi": ("मुख्य सामग्री पर जाएं", "मुख्य सामग्री पर जाएँ", "लेख", "लोग", "लर्निंग", "नौकरियाँ", "नौकरियां", "गेम्स"),
        "hu": ("Ugrás a fő tartalomhoz", "Cikkek", "Személyek", "Tanulás", "Állások", "Játékok"),
        "mr": ("मुख्य मजकुराकडे जा", "लेख", "लोक", "नोकऱ्या", "गेम्स"),
        "ms": ("Langkau ke kandungan utama", "Pekerjaan", "Permainan"),
        "nb": ("Gå til hovedinnhold", "Hopp til hovedinnhold", "Artikler", "Personer", "Læring", "Jobber",
               "Spill"),
        "ro": ("Salt la conținutul principal", "Treceți la conținutul principal", "Articole", "Persoane",
               "Joburi", "Locuri de muncă", "Jocuri"),
        "th": ("ข้ามไปยังเนื้อหาหลัก", "บทความ", "ผู้คน", "การเรียนรู้", "งาน", "เกม"),
        "tl": ("Lumaktaw sa pangunahing nilalaman",),
        "uk": ("Перейти до основного вмісту", "Статті", "Люди", "Навчання", "Вакансії", "Ігри"),
        "vi": ("Chuyển đến nội dung chính",),
    },
    "ui.more_fold": {
        "de": ("…mehr", "… mehr", "...mehr", "mehr anzeigen", "…mehr anzeigen"),
        "en": ("…more", "… more", "...more", "... more", "…see more", "… see more", "...see more",
               "see more", "Show more", "…show more"),
        "es": ("…más", "... más", "ver más", "…ver más"),
        "fr": ("…plus", "… plus", "...plus", "voir plus", "…voir plus"),
        "it": ("…altro", "... altro", "mostra altro"),
        "ja": ("…もっと見る", "もっと見る", "…さらに表示"),
        "nl": ("…meer", "... meer", "meer weergeven"),
        "pt": ("…mais", "... mais", "ver mais", "…ver mais"),
        "zh-CN": ("…更多", "...更多", "展开", "…展开", "显示更多"),
        "ar": ("…المزيد", "المزيد"),
        "id": ("…selengkapnya", "selengkapnya", "…lainnya"),
        "ko": ("…더보기", "더보기"),
        "pl": ("…więcej", "więcej"),
        "ru": ("…ещё", "ещё", "…еще"),
        "sv": ("…mer", "mer", "…visa mer", "visa mer"),
        "tr": ("…daha fazla", "daha fazla", "…devamını gör", "…daha fazla gör", "daha fazla gör"),
        "zh-TW": ("…更多", "顯示更多"),
        "bn": ("…আরও", "…আরও দেখুন"),
        "cs": ("…více", "… více", "...více", "…zobrazit více"),
        "da": ("…mere", "… mere", "...mere", "…se mere", "…vis mere"),
        "el": ("…περισσότερα", "… περισσότερα", "…δείτε περισσότερα"),
        "fi": ("…lisää", "… lisää", "...lisää", "…näytä lisää"),
        "he": ("…עוד", "…הצג עוד", "…הצגת עוד"),
        "hi": ("…और", "…और देखें", "…अधिक देखें"),
        "hu": ("…több", "…továbbiak", "…továbbiak megjelenítése", "…több megjelenítése"),
        "mr": ("…अधिक", "…अधिक पहा"),
        "ms": ("…lagi", "…lihat lagi"),
        "nb": ("…se mer", "…vis mer"),
        "ro": ("…mai mult", "… mai mult", "...mai mult", "…vedeți mai mult"),
        "th": ("…เพิ่มเติม", "…ดูเพิ่มเติม"),
        "tl": ("…higit pa", "…tingnan ang higit pa"),
        "uk": ("…більше", "… більше", "…ще", "…показати більше"),
        "vi": ("…xem thêm", "… xem thêm", "...xem thêm", "…thêm"),
        "et": ("…rohkem", "…vaata rohkem", "…kuva rohkem"), "fa": ("…بیشتر", "…مشاهده بیشتر"),
        "hr": ("…više", "…prikaži više", "…vidi više"), "lt": ("…daugiau", "…rodyti daugiau"),
        "lv": ("…vairāk", "…rādīt vairāk"), "sk": ("…viac", "…zobraziť viac"), "sr": ("…више", "…прикажи више"),
        "sw": ("…zaidi", "…ona zaidi"), "ur": ("…مزید", "…مزید دیکھیں"),
    },
    # (the fold under an unfolded text, "…see less", is a fold too: see LESS_FOLDS)
    "ui.more_comments": {
        "de": ("Weitere Kommentare anzeigen", "Weitere Kommentare laden"),
        "en": ("See more comments", "Load more comments", "Show more comments", "View more comments",
               "Load more comments button", "See more comments button",
               "See more replies", "Load more replies"),  # ("Load previous replies": a replies marker)
        "es": ("Ver más comentarios", "Cargar más comentarios"),
        "fr": ("Voir plus de commentaires", "Afficher plus de commentaires", "Charger plus de commentaires"),
        "it": ("Visualizza altri commenti", "Carica altri commenti"),
        "nl": ("Meer reacties weergeven", "Meer reacties bekijken", "Meer reacties laden"),
        "pt": ("Ver mais comentários", "Carregar mais comentários"),
        "zh-CN": ("查看更多评论", "加载更多评论"),
        "ar": ("عرض المزيد من التعليقات", "تحميل المزيد من التعليقات"),
        "id": ("Lihat komentar lainnya", "Lihat lebih banyak komentar", "Muat komentar lainnya",
               "Muat lebih banyak komentar"),
        "ko": ("댓글 더보기", "댓글 더 보기", "이전 댓글 더보기", "이전 댓글 보기"),
        "pl": ("Zobacz więcej komentarzy", "Wczytaj więcej komentarzy"),
        "ru": ("Показать больше комментариев", "Ещё комментарии", "Загрузить ещё комментарии"),
        "sv": ("Visa fler kommentarer", "Se fler kommentarer", "Läs in fler kommentarer"),
        "tr": ("Daha fazla yorum gör", "Daha fazla yorum göster", "Daha fazla yorum yükle", "Diğer yorumları yükle",
               "Diğer yorumları gör"),
        "zh-TW": ("查看更多留言", "載入更多留言"),
        "ja": ("他のコメントを表示", "さらにコメントを表示", "さらにコメントを読み込む", "他のコメントを読み込む"),
        "bn": ("আরও মন্তব্য দেখুন",),
        "cs": ("Zobrazit další komentáře", "Načíst další komentáře"),
        "da": ("Se flere kommentarer", "Vis flere kommentarer", "Indlæs flere kommentarer"),
        "el": ("Δείτε περισσότερα σχόλια", "Προβολή περισσότερων σχολίων"),
        "fi": ("Näytä lisää kommentteja", "Katso lisää kommentteja", "Lataa lisää kommentteja"),
        "he": ("הצגת תגובות נוספות", "הצג תגובות נוספות", "טעינת תגובות נוספות"),
        "hi": ("और टिप्पणियाँ देखें", "अधिक टिप्पणियाँ देखें", "और कमेंट लोड करें", "और कमेंट देखें"),
        "hu": ("További hozzászólások megtekintése", "További hozzászólások megjelenítése"),
        "mr": ("अधिक टिप्पण्या पहा",),
        "ms": ("Lihat lebih banyak ulasan", "Lihat lebih banyak komen", "Lihat lagi komen", "Muatkan lagi komen"),
        "nb": ("Se flere kommentarer", "Vis flere kommentarer", "Last inn flere kommentarer"),
        "ro": ("Vedeți mai multe comentarii", "Afișați mai multe comentarii", "Încărcați mai multe comentarii"),
        "th": ("ดูความคิดเห็นเพิ่มเติม", "โหลดความคิดเห็นเพิ่มเติม"),
        "tl": ("Tingnan ang higit pang komento", "Tingnan ang iba pang komento", "Mag-load ng higit pang komento"),
        "uk": ("Переглянути більше коментарів", "Показати більше коментарів", "Завантажити більше коментарів"),
        "vi": ("Xem thêm bình luận", "Xem thêm các bình luận", "Tải thêm bình luận"),
        "et": ("Kuva rohkem kommentaare", "Vaata rohkem kommentaare", "Laadi rohkem kommentaare"),
        "fa": ("مشاهده نظرات بیشتر", "بارگذاری نظرات بیشتر", "نمایش نظرات بیشتر"),
        "hr": ("Učitaj još komentara", "Prikaži još komentara", "Prikaži više komentara"),
        "lt": ("Įkelti daugiau komentarų", "Rodyti daugiau komentarų"),
        "lv": ("Ielādēt vairāk komentāru", "Rādīt vairāk komentāru"),
        "sk": ("Zobraziť ďalšie komentáre", "Načítať ďalšie komentáre", "Načítať viac komentárov"),
        "sr": ("Учитај још коментара", "Прикажи још коментара"),
        "sw": ("Pakia maoni zaidi", "Ona maoni zaidi"), "ur": ("مزید تبصرے لوڈ کریں", "مزید تبصرے دیکھیں"),
    },
    # the mobile app's title above a post ("Post", "Publication"), a line of its own. No anchor of
    # a flattened page: the words open the page labels ("Publicación de X") there.
    "ui.page_title": {
        "en": ("Post",), "fr": ("Publication",), "es": ("Publicación",), "pt": ("Publicação",),
        "it": ("Post",), "de": ("Beitrag",), "pl": ("Post",), "tr": ("Gönderi",), "ja": ("投稿",),
        "zh-CN": ("动态",), "zh-TW": ("貼文",), "ko": ("게시물",), "ru": ("Публикация",), "uk": ("Допис",),
        "ar": ("منشور",), "id": ("Postingan",),
    },
    "ui.post_meta": {
        "de": ("Bearbeitet", "Gesponsert", "Relevanteste", "Neueste", "Für alle auf oder außerhalb von LinkedIn sichtbar",
               "Für alle auf LinkedIn und außerhalb sichtbar", "Fokusseite"),
        "en": ("Edited", "Promoted", "Visible to anyone on or off LinkedIn",
               "Activate to view larger image,", "Activate to view larger image", "Premium",
               "No alternative text description for this image", "Top comment", "Most relevant",
               "Most recent", "Pinned", "Verified", "Creator", "Open to work", "Hiring",
               "This title was summarized by AI from the post below.", "·", "|",
               "Current selected sort order is Most relevant", "Current selected sort order is Most recent",
               "Sort comments by Most relevant", "Sort comments by Most recent",
               "Poll closed", "You can see how people vote. Learn more",
               "Like Comment Repost Send", "Comment Repost Send", "reactions", "Reactions",
               "Showcase page",  # (under a showcase page's name, where a person's headline stands)
               # (the Top Voice badge on a line of its own under the name; LinkedIn writes it in
               # English in every UI language)
               "Top Voice", "LinkedIn Top Voice"),
        "es": ("Editado", "Promocionado", "Patrocinado", "Más relevantes", "Más recientes", "Visible para cualquier persona dentro o fuera de LinkedIn"),
        "fr": ("Voir la traduction", "Modifié", "Sponsorisé", "Les plus pertinents", "Les plus récents", "Visible de tous sur LinkedIn et en dehors", "Page vitrine"),
        "it": ("Modificato", "Promosso", "Sponsorizzato", "Più rilevanti", "Più recenti", "Visibile a tutti su LinkedIn e altrove", "Pagina vetrina"),
        "ja": ("編集済み", "プロモーション", "LinkedIn内外の全員に表示"),
        "nl": ("Bewerkt", "Gepromoot", "Gesponsord", "Meest relevant", "Meest recent", "Zichtbaar voor iedereen op of buiten LinkedIn",
               "Zichtbaar voor iedereen op en buiten LinkedIn", "Showcasepagina"),
        "pt": ("Editado", "Promovido", "Patrocinado", "Mais relevantes", "Mais recentes", "Visível para todos no LinkedIn e fora dele"),
        "zh-CN": ("已编辑", "推广", "所有领英会员和非会员可见"),
        "ar": ("تم التعديل", "مُروّج"),
        "id": ("Diedit", "Dipromosikan"),
        "ko": ("수정됨", "프로모션"),
        "pl": ("Edytowano", "Promowane", "Sponsorowane"),
        "ru": ("Изменено", "Продвигается"),
        "sv": ("Redigerad", "Marknadsfört", "Sponsrad", "Verifierad", "Inlägg"),
        "tr": ("Düzenlendi", "Tanıtılan", "Sponsorlu", "LinkedIn’de veya LinkedIn dışında herkes tarafından görülebilir"),
        "zh-TW": ("已編輯", "推廣", "贊助", "贊助內容"),
        # (their "Visible to anyone on or off LinkedIn" is in VISIBILITY_PHRASES: ui.visibility)
        "bn": ("সম্পাদিত", "প্রচারিত"),
        "cs": ("Upraveno", "Propagováno", "Sponzorováno", "Ověřeno"),
        "da": ("Redigeret", "Promoveret", "Sponsoreret", "Verificeret", "Opslag"),
        "el": ("Επεξεργάστηκε", "Προωθημένο", "Χορηγούμενο"),
        "fi": ("Muokattu", "Mainostettu", "Sponsoroitu", "Vahvistettu"),
        "he": ("נערך", "מקודם"),
        "hi": ("संपादित", "प्रचारित"),
        "hu": ("Szerkesztve", "Hirdetés", "Szponzorált"),
        "mr": ("संपादित", "प्रमोट केलेले"),
        "ms": ("Disunting",),
        "nb": ("Redigert", "Promotert", "Sponset", "Verifisert", "Innlegg"),
        "ro": ("Editat", "Promovat", "Sponsorizat"),
        "th": ("แก้ไขแล้ว", "โปรโมท", "ได้รับการสนับสนุน"),
        "tl": ("Na-edit", "Na-promote"),
        "uk": ("Відредаговано", "Змінено", "Просувається"),
        "vi": ("Đã chỉnh sửa", "Được quảng bá"),
    },
}
#: The comment box's prompt under a post ("Add a comment…"), per UI language: a button
#: (``ui.action``), with the ellipsis a copy writes as one character or three dots.
COMMENT_PROMPTS: dict[str, tuple[str, ...]] = {
    "fr": ("Ajouter un commentaire…",), "de": ("Kommentar hinzufügen…",),
    "es": ("Añadir un comentario…", "Agrega un comentario…", "Añade un comentario…"), "pt": ("Adicionar comentário…", "Adicione um comentário…"),
    "nl": ("Voeg een reactie toe…", "Reactie toevoegen…"), "id": ("Tambahkan komentar…",),
    "pl": ("Dodaj komentarz…",), "tr": ("Yorum ekle…",), "ru": ("Добавить комментарий…",),
    "ja": ("コメントを追加…", "コメントを追加する…"), "zh-CN": ("添加评论…",), "zh-TW": ("新增留言…",),
    "ko": ("댓글 추가…", "댓글 달기…"), "ar": ("أضف تعليقًا…", "إضافة تعليق…"),
    "it": ("Aggiungi un commento…",), "sv": ("Lägg till en kommentar…",), "da": ("Tilføj en kommentar…",),
    "nb": ("Legg til en kommentar…",), "fi": ("Lisää kommentti…",), "cs": ("Přidat komentář…",),
    "sk": ("Pridať komentár…",), "uk": ("Додати коментар…",), "ro": ("Adăugați un comentariu…",),
    "hu": ("Hozzászólás hozzáadása…",), "el": ("Προσθήκη σχολίου…",), "he": ("הוספת תגובה…",),
    "hi": ("टिप्पणी जोड़ें…",), "bn": ("মন্তব্য যোগ করুন…",), "th": ("เพิ่มความคิดเห็น…",),
    "vi": ("Thêm bình luận…",), "ms": ("Tambah ulasan…",), "tl": ("Magdagdag ng komento…",),
    "en": ("Add a comment…",), "mr": ("टिप्पणी जोडा…",),
}
for _loc, _prompts in COMMENT_PROMPTS.items():
    _row = UI_NODES["ui.action"].get(_loc, ())
    UI_NODES["ui.action"][_loc] = (*_row, *(q for p in _prompts for q in (p, p.replace("…", "..."))
                                             if q not in _row))
for _loc, _badges in LESS_FOLDS.items():  # "…see less" is a fold too (with no "truncated" warning)
    _row = UI_NODES["ui.more_fold"].get(_loc, ())
    UI_NODES["ui.more_fold"][_loc] = (*_row, *(b for b in _badges if b not in _row))
for _loc, _badges in AUTHOR_BADGES.items():  # the author badge is post chrome in every locale
    UI_NODES["ui.post_meta"][_loc] = (*UI_NODES["ui.post_meta"].get(_loc, ()), *_badges)
UI_NODES["ui.newsletter"] = NEWSLETTER_CADENCE
UI_NODES["ui.read_later"] = READ_LATER_LINKS
UI_NODES["ui.footer"] = FOOTER_LINKS
for _loc, _badges in (*SAVED_CARD_BUTTONS.items(), *DOCUMENT_BUTTONS.items()):  # (a string the row has already stays once)
    _row = UI_NODES["ui.action"].get(_loc, ())
    UI_NODES["ui.action"][_loc] = (*_row, *(b for b in _badges if b not in _row))
# so are the "Edited" mark, the Premium badge, the comment sort menu and a group admin's badge (where a row lacks them;
# a string another rule already has stays there: "Più pertinenti" is an it ui.action)
_known = {s for _rule in UI_NODES.values() for _row in _rule.values() for s in _row}
for _table in (EDITED_MARKS, PREMIUM_BADGES, COMMENT_SORT, GROUP_ROLE_BADGES):
    for _loc, _badges in _table.items():
        _row = UI_NODES["ui.post_meta"].get(_loc, ())
        UI_NODES["ui.post_meta"][_loc] = (*_row, *(b for b in _badges if b not in _row and b not in _known))
del _loc, _badges, _row, _table, _known

# What tells a "Report this …" line's kind: a word for a comment (or reply), or for an article,
# in it; a report line with neither reports a post. Matched inside the line (case-folded), so a
# stem does for its inflections ("комментари" in "комментарий").
REPORT_COMMENT_WORDS: tuple[str, ...] = (
    "comment", "reply", "komment", "comentario", "comentário", "commento", "reactie", "评论", "留言",
    "コメント", "댓글", "koment", "komen", "коментар", "комментари", "yorum", "تعليق", "תגובה",
    "σχολ", "σχόλ", "hozzászólás", "comentariu", "टिप्पणी", "মন্তব্য", "ความคิดเห็น", "bình luận",
    "ulasan", "odpověď", "відповід", "ответ",
)
REPORT_ARTICLE_WORDS: tuple[str, ...] = (
    "article", "artikel", "artículo", "artigo", "articolo", "文章", "記事", "아티클", "artykuł", "стать",
    "статт", "makale", "مقال", "מאמר", "άρθρ", "artikkel", "artikul", "cikk", "articol", "लेख", "নিবন্ধ",
    "บทความ", "bài viết", "článek", "článku",
)

# Nodes after which the rest of the page is not the post: other people's posts, topic lists,
# the footer with its language list. Everything from here on is dropped (and recorded).
UI_SECTION_END: dict[str, tuple[str, ...]] = {
    "de": ("Weitere relevante Beiträge", "Themen entdecken", "Weitere Artikel von", "Mehr Artikel von",
           "Andere Mitglieder sahen sich auch an"),
    "en": ("More Relevant Posts", "Explore topics", "Explore content categories", "More articles by",
           "Others also viewed", "Explore related topics", "More from this author",
           "Sign in to view more content", "Insights from the community", "Explore collaborative articles",
           "People also viewed", "Similar pages", "Browse jobs", "Add new skills with these courses"),
    "es": ("Más publicaciones relevantes", "Explorar temas", "Más artículos de"),
    "fr": ("Plus de posts pertinents", "Explorer les sujets", "Plus d’articles de", "Plus d'articles de"),
    "it": ("Altri post pertinenti", "Esplora argomenti", "Altri articoli di"),
    "nl": ("Meer relevante berichten", "Onderwerpen verkennen", "Meer artikelen van"),
    "pt": ("Mais publicações relevantes", "Explorar tópicos", "Mais artigos de"),
    "zh-CN": ("更多相关动态", "探索话题", "探索主题", "更多文章"),
    "ar": ("المزيد من المنشورات ذات الصلة", "استكشاف الموضوعات"),
    "id": ("Postingan lainnya yang relevan", "Postingan relevan lainnya", "Jelajahi topik", "Artikel lainnya dari"),
    "ko": ("관련 게시물 더보기", "관련성 높은 게시물 더보기", "주제 살펴보기"),
    "pl": ("Więcej trafnych postów", "Więcej powiązanych postów", "Przeglądaj tematy", "Więcej artykułów autorstwa",
           "Więcej artykułów autora", "Więcej artykułów autorki"),
    "ru": ("Больше релевантных публикаций", "Другие релевантные публикации", "Изучить темы", "Другие статьи автора"),
    "sv": ("Fler relevanta inlägg", "Utforska ämnen", "Fler artiklar av", "Andra har också tittat på"),
    "tr": ("Daha fazla ilgili gönderi", "Daha alakalı gönderiler", "Konuları keşfedin"),
    "zh-TW": ("更多相關貼文", "更多相關動態", "探索主題"),
    # ("More articles by X" with its name on the same line is a prefix test in nodes.py, from
    # MORE_ARTICLES_BY below; these match the line standing alone)
    "bn": ("আরও প্রাসঙ্গিক পোস্ট", "বিষয় এক্সপ্লোর করুন"),
    "cs": ("Další relevantní příspěvky", "Prozkoumat témata", "Další články od"),
    "da": ("Flere relevante opslag", "Udforsk emner", "Flere artikler af", "Andre så også"),
    "el": ("Περισσότερες σχετικές δημοσιεύσεις", "Εξερευνήστε θέματα", "Περισσότερα άρθρα από"),
    "fi": ("Lisää asiaankuuluvia julkaisuja", "Lisää aiheeseen liittyviä julkaisuja", "Tutustu aiheisiin",
           "Lisää artikkeleita käyttäjältä"),
    "he": ("פוסטים רלוונטיים נוספים", "גלו נושאים", "מאמרים נוספים מאת"),
    "hi": ("अधिक प्रासंगिक पोस्ट", "विषय एक्सप्लोर करें"),
    "hu": ("További releváns bejegyzések", "Témák felfedezése", "További cikkek tőle"),
    "mr": ("अधिक संबंधित पोस्ट्स", "विषय एक्सप्लोर करा"),
    "ms": ("Lebih banyak siaran yang berkaitan", "Siaran lain yang berkaitan", "Terokai topik"),
    "nb": ("Flere relevante innlegg", "Utforsk emner", "Flere artikler av", "Andre har også sett på"),
    "ro": ("Mai multe postări relevante", "Explorați subiecte", "Mai multe articole de la"),
    "th": ("โพสต์ที่เกี่ยวข้องเพิ่มเติม", "สำรวจหัวข้อ"),
    "tl": ("Higit pang kaugnay na post", "Iba pang kaugnay na post", "Galugarin ang mga paksa"),
    "uk": ("Більше релевантних публікацій", "Більше релевантних дописів", "Інші релевантні дописи",
           "Огляд тем", "Інші статті від"),
    "vi": ("Bài đăng liên quan khác", "Thêm bài đăng liên quan", "Khám phá chủ đề", "Bài viết khác của"),
    # (what a browser's page translation writes for the languages LinkedIn does not offer)
    "et": ("Rohkem asjakohaseid postitusi", "Avasta teemasid", "Rohkem artikleid", "Veel artikleid"),
    "fa": ("پست‌های مرتبط بیشتر", "کاوش موضوعات", "مقالات بیشتر از"),
    "hr": ("Više relevantnih objava", "Istražite teme", "Više članaka od"),
    "lt": ("Daugiau aktualių įrašų", "Naršyti temas", "Daugiau straipsnių"),
    "lv": ("Vairāk atbilstošu ierakstu", "Izpētīt tēmas", "Vairāk rakstu"),
    "sk": ("Ďalšie relevantné príspevky", "Preskúmať témy", "Ďalšie články od"),
    "sr": ("Више релевантних објава", "Истражите теме", "Више чланака од"),
    "ur": ("مزید متعلقہ پوسٹس", "موضوعات دریافت کریں"),
}

#: The teaser at an article's end, "More articles by" and the author's name on the same line
#: (a prefix test in nodes.py; the bare heading is also in ``UI_SECTION_END``). Case-folded.
#: (zh "更多文章" stays out: as a prefix it would end a post at any "more articles" sentence.)
MORE_ARTICLES_BY: tuple[str, ...] = (
    "more articles by", "plus d'articles de", "plus d’articles de", "weitere artikel von", "mehr artikel von",
    "más artículos de", "altri articoli di", "meer artikelen van", "mais artigos de",
    "fler artiklar av", "další články od", "flere artikler af", "flere artikler av",
    "περισσότερα άρθρα από", "מאמרים נוספים מאת", "további cikkek tőle", "mai multe articole de la",
    "інші статті від", "bài viết khác của", "więcej artykułów autorstwa", "więcej artykułów autora", "więcej artykułów autorki", "другие статьи автора",
    "lisää artikkeleita käyttäjältä", "artikel lainnya dari",
    "ďalšie články od", "više članaka od", "више чланака од", "rohkem artikleid autorilt", "veel artikleid autorilt",
    "daugiau straipsnių iš", "vairāk rakstu no", "مقالات بیشتر از",
    "مزيد من المقالات بواسطة", "المزيد من المقالات بواسطة", "مزيد من المقالات من", "المزيد من المقالات من",  # ar
)
#: ... and where the name comes first ("王晓婷的更多文章", "佐藤さんのその他の記事"): a suffix after a
#: short name, not after a pronoun ("我的更多文章" is the author's own sentence). Case-folded.
MORE_ARTICLES_BY_SUFFIX: tuple[str, ...] = (
    "的更多文章", "的其他文章", "さんのその他の記事", "さんの他の記事", "のその他の記事",
    "님의 다른 아티클", "님의 아티클 더보기", "님의 다른 글", "님의 글 더보기", "の他の記事",
    # (tr: "Burak Yılmaz tarafından daha fazla makale"; a Latin-script suffix needs a name of
    # capitalised words before it)
    " tarafından daha fazla makale", " adlı kullanıcının diğer makaleleri",
)
#: ... and where the name stands inside the heading ("更多林雨桐的文章"): its words before and
#: after the name.
MORE_ARTICLES_BY_AROUND: tuple[tuple[str, str], ...] = (("更多", "的文章"), ("查看更多", "的文章"))
MORE_ARTICLES_BY_NOT_A_NAME: frozenset[str] = frozenset({"我", "我们", "他", "她", "他们", "她们", "我々", "私", "僕", "저", "제",
                                                         # ("この他の記事", "その他の記事": "this/that other
                                                         # article", the の taken by the suffix)
                                                         "こ", "そ", "あ", "ど", "私たち", "弊社", "当社"})

# Node patterns (regular expressions, matched against the whole node, case-insensitive).
#: What a count of replies says after its number ("2 replies", "1 risposta"), in the counter
#: patterns below and where a comment's action row announces its replies.
REPLY_WORDS = (r"repl(?:y|ies)|réponses?|respuestas?|respostas?|rispost[ae]|件の返信|条回复|則回覆|个回复|개의 답글|개의 답장|"
               r"odpověd\w*|odpověď|svar|vastaus\w*|válasz|răspunsuri|răspuns|відповід\w*|ответ\w*|"
               r"odpowied\w*|yanıt|balasan|phản hồi|câu trả lời|การตอบกลับ|जवाब|απαντήσεις|απάντηση|"
               r"תשובות|tugon|답글|답장|antwort(?:en)?|antwoord(?:en)?|ردود|رد|"
               # sk, hr/sr, sr, et, lt, lv, sw, fa, ur
               r"odpove\w*|odpoveď|odgovor\w*|одговор\w*|vastus\w*|atsakym\w*|atbild\w*|majibu|jibu|پاسخ|"
               # (ur: the plural "۲ جوابات" beside the singular)
               r"جوابات|جواب")
#: A count of replies written with the word first and a counter after the number ("返信1件",
#: "답글 1개", "回复 2 条"): the words, then the counters (the counter is required but for 답글 and 답장).
REPLY_WORDS_FIRST = r"返信|回复|回覆|답글|답장|(?:การ)?ตอบกลับ"
# (th "ตอบกลับ 1 รายการ": the word, the number, the classifier "รายการ" as in "ความคิดเห็น 41 รายการ")
COUNT_SUFFIXES = r"件|条|則|個|개|รายการ"
#: Locales whose count of a comment's replies uses the word for comments ("1 reactie",
#: "תגובה אחת": "one comment"), and the comment's Reply button it follows there: read as the
#: reply count only right after that button (elsewhere it counts a post's comments). Dutch:
#: only the feed's "Reageren"; after the public page's "Beantwoorden", "3 reacties" counts
#: the comment's reactions.
REPLY_BUTTON_COUNTS: dict[str, tuple[tuple[str, ...], str]] = {
    "nl": (("Reageren",), r"\d[\d,.]*\s*reacties?"),
    # Hebrew writes one reply in words ("one comment", "one reply"), more with the number
    "he": (("השב", "השבה", "תשובה"), r"(?:תגובה|תשובה) אחת|\d[\d,.]*\s*(?:תגובות|תשובות)"),
    # Arabic writes one reply and two in words ("رد واحد", "ردان": the dual), more with the number
    "ar": (("رد", "الرد"), r"(?:رد|ردّ) واحد|ردان|ردّان|\d[\d,.]*\s*(?:ردود|ردًا|رد)"),
}

#: A count of replies written in words, with the number it says: Hebrew's and Arabic's one
#: ("one reply") and Arabic's two (the dual).
REPLY_COUNT_WORDS: dict[str, int] = {
    "תגובה אחת": 1, "תשובה אחת": 1, "رد واحد": 1, "ردّ واحد": 1, "ردان": 2, "ردّان": 2,
}

#: The feed's accessible label before each hashtag ("hashtag" / "#X"), per locale.
# a poll's count of votes ("1,286 votes • 3d left"), per language: the words after the number
POLL_VOTE_WORDS = r"votes?|Stimmen|votos|voti|stemmen|röster|stemmer|oy|голос\w*|głos\w*|ääntä|ψήφοι|ψήφος|票"

HASHTAG_LABEL = r"hashtag|해시태그|ハッシュタグ|話題標籤|话题标签|主題標籤|主题标签|हैशटैग|хештег|хэштег|هاشتاج|هاشتاغ"

# The ends of two kinds of line (the UI node patterns below match them after a name or age;
# regex-safe as written): "13 hours ago • Visible to anyone on or off LinkedIn", "Jane Doe
# reposted this".
VISIBILITY_PHRASES = (
    "Visible to anyone on or off LinkedIn", "Visible de tous sur LinkedIn et en dehors",
    "Visible par tous sur LinkedIn et en dehors",
    "Für alle auf oder außerhalb von LinkedIn sichtbar", "所有领英会员和非会员可见", "所有领英会员及非会员均可见",
    "Visible para cualquier persona dentro o fuera de LinkedIn",
    # ar, id, ko, pl, ru, sv, zh-TW; bn … vi (no Turkish: its dotless ı is lost by str.lower(),
    # which UI_NODE_ENDINGS tests the line's end with)
    "مرئي لأي شخص داخل LinkedIn أو خارجه", "Dapat dilihat oleh siapa saja di dalam maupun di luar LinkedIn",
    "LinkedIn 안팎의 모든 사람에게 표시", "Widoczne dla wszystkich w LinkedIn i poza nim",
    "Видно всем в LinkedIn и за его пределами", "Synligt för alla på och utanför LinkedIn",
    "LinkedIn 站內外的所有人皆可查看",
    "Viditelné pro kohokoli na LinkedIn i mimo něj", "Synlig for alle på og uden for LinkedIn",
    "Ορατό σε όλους εντός ή εκτός LinkedIn", "Näkyy kaikille LinkedInissä ja sen ulkopuolella",
    "גלוי לכל אחד ב-LinkedIn ומחוצה לו", "LinkedIn पर या उसके बाहर सभी को दिखाई देता है",
    "Bárki láthatja a LinkedInen és azon kívül",
    "Kelihatan kepada sesiapa sahaja di dalam atau di luar LinkedIn", "Synlig for alle på og utenfor LinkedIn",
    "Vizibil pentru oricine pe sau în afara LinkedIn", "ทุกคนทั้งในและนอก LinkedIn มองเห็นได้",
    "Nakikita ng sinuman sa loob o labas ng LinkedIn", "Видимо для всіх у LinkedIn і за його межами",
    "Hiển thị với mọi người trên hoặc ngoài LinkedIn",
    # it, pt (nl and ja: in their ui.post_meta rows)
    "Visibile a chiunque su LinkedIn o al di fuori", "Visibile a chiunque su o al di fuori di LinkedIn",
    "Visível para qualquer pessoa dentro ou fora do LinkedIn",
)
REPOSTED_PHRASES = (
    "reposted this", "reposted", "liked this", "commented on this", "loves this", "celebrates this",
    "finds this insightful", "supports this", "a republié ceci", "hat das geteilt", "ha republicado esto", "转发了",
    # (multi-word only: the line just has to end with one; none with a Turkish ı, see above)
    "ha diffuso questo post", "heeft dit opnieuw gepost", "republicou isso", "återpublicerade detta",
    "memposting ulang ini", "har genopslået dette", "publiserte dette på nytt",
    "jakoi tämän uudelleen", "újraközölte ezt", "a repostat asta", "đã đăng lại bài này",
    "αναδημοσίευσε αυτό", "menyiarkan semula ini", "ने इसे रीपोस्ट किया",
    "reacted to this", "likes this", "finds this funny", "is curious about this", "to sdílí dál",
)
# The heading of a card on a profile's Activity tab over the owner's own post ("Ana Lee posted
# this • 4d"): the owner is the author, the phrase and the age after it are the card's chrome
POSTED_THIS_PHRASES = ("posted this",)
# The word for a page's followers in its follower count ("3,812 followers", "2.318 takipçi"), per
# locale (matched inside the case-folded line, so a stem does for its inflections)
FOLLOWER_WORDS: tuple[str, ...] = (
    "follower", "abonné", "seguidor", "volger", "подписчик", "takipçi", "obserwując", "följare", "pengikut",
    "متابع", "关注者", "關注者", "追蹤者", "フォロワー", "팔로워", "sledující", "følgere", "ακόλουθ", "seuraaja",
    "עוקבים", "फ़ॉलोअर्स", "फॉलोअर्स", "követő", "urmăritor", "tagasunod", "підписник", "người theo dõi",
    "অনুসরণকারী", "ผู้ติดตาม",
    # sk, hr/sr, sr, et, lt, lv, sw, fa, ur
    "sledujúc", "pratitelj", "pratilac", "пратилац", "пратилаца", "jälgija", "sekėj", "sekotāj", "wafuasi",
    "دنبال‌کننده", "دنبال کننده", "فالوور",
)

# "Nadine Techer-Eales and 3 others": the word for the others, per locale
REACTORS_OTHERS = ("others", "other", "autres", "weitere", "andere", "otros", "outros", "altri", "anderen", "人",
                   "personas",  # es: "Ana Ruiz y 12 personas más"
                   # cs, da/nb, fi, hu, id/ms, pl, sv, tl, vi, el, hi, mr, th
                   "další", "dalších", "andre", "muuta", "további", "lainnya", "lagi", "innych", "inne",
                   "andra", "iba", "người", "ακόμη", "अन्य", "इतर", "คน",
                   # hr/sr, sr, sk, et, lt, lv, tr, he, fa, ur
                   "drugih", "drugi", "других", "ďalších", "ďalší", "teist", "teised", "kiti", "kitų", "citi",
                   "citu", "אחרים", "אחרות", "نفر", "دیگر")

# A clipping note's property labels ("Author: …" in a Notion page's properties, an Evernote
# header) that name a field of the post, per language: the author, their headline, the age
NOTE_PROPERTY_FIELDS: dict[str, tuple[str, ...]] = {
    "author": ("Author", "Автор", "Autor", "Auteur", "Autore", "Auteur·rice", "Yazar", "Penulis", "作者", "著者", "작성자"),
    "headline": ("Headline", "Position", "Job title", "Должность", "Position", "Poste", "Puesto", "Cargo", "Ruolo",
                 "Functie", "Unvan", "Stanowisko", "Jabatan", "职位", "役職", "직책"),
    # (a date label too: its value is taken only where it is an age, "3 дн.", not a date)
    "age": ("Age", "Posted", "Date", "Дата", "Datum", "Fecha", "Data", "Tarih", "Tanggal", "日期", "日付", "날짜",
            "Опубликовано"),
}

# A note page's own section headings ("## Post text", "## Comments", "## My notes"), per
# language: the post's text follows the first, the post's comments (a bulleted list) the
# second, the note-taker's own words the third
NOTE_SECTIONS: dict[str, tuple[str, ...]] = {
    "text": ("Post text", "Post", "Text", "Article", "Article text", "Текст поста", "Текст", "Beitragstext", "Texte du post", "Texto del post",
             "Texto da publicação", "Testo del post", "Tekst posta", "Gönderi metni"),
    "comments": ("Comments", "Комментарии", "Kommentare", "Commentaires", "Comentarios", "Comentários", "Commenti",
                 "Komentarze", "Yorumlar", "Reacties"),
    "notes": ("My notes", "Notes", "Мои заметки", "Заметки", "Meine Notizen", "Notizen", "Mes notes", "Mis notas",
              "Minhas notas", "Le mie note", "Moje notatki", "Notlarım"),
}

# A machine translation LinkedIn shows under a post once "See translation" is clicked: it
# opens with a line naming the translator (its brand, MACHINE_TRANSLATION_BRANDS, is the
# cheap test) and closes with "Show original" and "Rate this translation", per language
MACHINE_TRANSLATION_BRANDS: tuple[str, ...] = ("Microsoft", "Bing")
MACHINE_TRANSLATION_START: tuple[str, ...] = (
    "Automatically translated by", "Translated by", "Auto-translated by", "تمت الترجمة تلقائيًا بواسطة",
    "تمت الترجمة بواسطة", "Automatisch übersetzt von", "Übersetzt von", "Traduit automatiquement par", "Traduit par",
    "Traducido automáticamente por", "Traducido por", "Traduzido automaticamente pela", "Traduzido por",
    "Tradotto automaticamente da", "Tradotto da", "Automatisch vertaald door", "Vertaald door",
    "Automatycznie przetłumaczone przez", "Przetłumaczone przez", "Otomatik olarak çevrildi:", "Автоматический перевод:",
    "Переведено", "Diterjemahkan secara otomatis oleh", "Diterjemahkan oleh",
)
MACHINE_TRANSLATION_END: tuple[str, ...] = (
    "Show original", "See original", "عرض الأصل", "Original anzeigen", "Afficher l’original", "Afficher l'original",
    "Ver original", "Mostrar original", "Mostra originale", "Origineel weergeven", "Pokaż oryginał",
    "Orijinali göster", "Показать оригинал", "Lihat asli", "Tampilkan asli",
)
MACHINE_TRANSLATION_RATE: tuple[str, ...] = (
    "Rate this translation", "تقييم هذه الترجمة", "Diese Übersetzung bewerten", "Évaluer cette traduction",
    "Califica esta traducción", "Avalie esta tradução", "Valuta questa traduzione", "Beoordeel deze vertaling",
    "Oceń to tłumaczenie", "Bu çeviriyi değerlendirin", "Оцените этот перевод", "Beri nilai terjemahan ini",
)

# A bare "title" column's names: right after the person's name column in a profile scraper's
# export, the person's job title (their headline), not a post's title
PERSON_TITLE_COLUMNS: tuple[str, ...] = ("title", "titulo", "título", "titre", "titel", "titolo", "tittel", "job title",
                                         # tr, id, pl, vi, ru/uk (the words EXPORT_PERSON_FIELDS reads as a headline)
                                         "başlık", "judul", "tytuł", "tiêu đề", "заголовок")

# A clipping's source line label ("From <url>" in OneNote), per UI language, and the weekdays
# of a clip's date line ("Wednesday, November 25, 2026  9:03 PM")
CLIP_SOURCE_LABELS: tuple[str, ...] = (
    "From", "来自", "來自", "Von", "De", "Desde", "Da", "Van", "Из", "Kaynak", "Z", "Dari", "من", "出典", "출처",
)
CLIP_WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
)

# A LinkedIn notification e-mail's lines (forwarded as text): the heading naming what someone
# did ("Ana Lee shared a post"), and the mail's buttons and footer (regex-safe as written)
NOTIFICATION_MAIL_HEADINGS: tuple[str, ...] = (
    "shared a post", "commented on a post", "commented on your post", "mentioned you in a post",
    "mentioned you in a comment", "reposted a post", "posted an update",
)
NOTIFICATION_MAIL_LINES: tuple[str, ...] = (
    "View post", "View comment", "Reply", r"This email was intended for [^\n]{1,120}",
    # (the "View post" button in the mail's language: es, pt, fr, de)
    "Ver publicación", "Ver publicação", "Voir la publication", "Voir le post", "Beitrag anzeigen",
    r"Learn why we included this\.?", r"You are receiving LinkedIn notification emails(?: because [^\n]{1,120})?\.?",
    "Unsubscribe", "Help", r"LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn\.?",
    # a newsletter edition's e-mail: the link to the web copy at its top, the link to the article
    # and the reason it was sent at its end, per locale (en, it, fr, de, es, pt, nl)
    "View in browser", "View this email in your browser", r"Read (?:the full article |it |more )?on LinkedIn",
    # (what "this" is may be named, in one or two words: "this email", "this newsletter", "this
    # weekly digest")
    r"You(?:'|’)?re receiving this(?: [\w-]{1,20}){0,2} because [^\n]{1,160}",
    r"You are receiving this(?: [\w-]{1,20}){0,2} because [^\n]{1,160}",
    "Visualizza nel browser", r"Leggi (?:l[’']articolo completo )?su LinkedIn",
    r"Ricevi questa e-?mail perché [^\n]{1,160}", r"Annulla l[’']iscrizione", "Guida",
    "Afficher dans le navigateur", "Voir dans le navigateur", r"Lire (?:l[’']article complet )?sur LinkedIn",
    r"Vous recevez cet e-?mail (?:car|parce que) [^\n]{1,160}", "Se désabonner", "Aide",
    "Im Browser anzeigen", r"(?:Vollständigen Artikel )?[Aa]uf LinkedIn lesen", r"Sie erhalten diese E-Mail, weil [^\n]{1,160}",
    "Abbestellen", "Abmelden", "Hilfe",
    "Ver en el navegador", r"Leer (?:el artículo completo )?en LinkedIn", r"Recibes este (?:correo|e-?mail) porque [^\n]{1,160}",
    "Cancelar suscripción", "Darse de baja", "Ayuda",
    "Ver no navegador", r"(?:Ler|Leia o artigo completo) no LinkedIn", r"Você está recebendo este e-?mail porque [^\n]{1,160}",
    "Cancelar inscrição", "Cancelar assinatura", "Ajuda",
    "Bekijken in browser", "In browser bekijken", "Lezen op LinkedIn", r"(?:U|Je) ontvangt deze e-?mail omdat [^\n]{1,160}",
    "Afmelden",
    r"LinkedIn (?:è|est|ist|es|é) (?:un nome commerciale|un nom commercial|ein eingetragener|un nombre comercial|um nome comercial)[^\n]{0,300}",
    "Subscribe on LinkedIn", r"Subscribe to [^\n]{1,80} on LinkedIn(?: to get new editions in your inbox)?\.?",
)

#: A connection degree's badge of several words around its number ("{n}", 1–3, maybe "3+"), per
#: UI language, after a bullet under a name: vi "• Kết nối cấp 2", zh-TW "• 第 2 度", id
#: "• Tingkat 2". Only these words: a body bullet with a number ("• Part 1 of 3", "• Phase 2
#: rollout") is text.
DEGREE_BADGES: dict[str, tuple[str, ...]] = {
    "vi": ("Kết nối cấp {n}", "Cấp {n}"),
    "zh-TW": ("第 {n} 度",),
    "zh-CN": ("第 {n} 度",),
    "id": ("Tingkat {n}", "Koneksi tingkat {n}"),
    "he": ("קשר מדרגה {n}",),
    "tr": ("{n}. derece",),
    "ru": ("{n} степени", "Контакт {n}-го уровня"),
}


#: A connection degree's badge of one word (or a word and the number), "{n}" the degree (1–3,
#: "3+" for the third and beyond), per UI language: "• 2nd", "• 2촌", "• 3er+", "• Bậc 2",
#: "• الدرجة الثانية"; the degree in words where a language writes it so; and the badge LinkedIn
#: puts in a degree's place on the reader's own posts ("• You"). After a bullet under or beside a
#: name, only these (and DEGREE_BADGES) are a degree: "• Phase 2", "• Step 1", "• Power BI" are text.
DEGREE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("1st", "2nd", "3rd", "3rd+", "You"), "fr": ("1er", "2e", "3e", "3e+", "3e et +", "Vous"),
    "de": ("{n}.", "3.+"), "es": ("1er", "2º", "3er", "3er+", "{n}.º", "3.º+", "{n}º", "3º+", "Tú"),
    "pt": ("{n}º", "3º+", "{n}.º", "Você"), "it": ("{n}°", "3°+", "3° e oltre", "Tu"), "nl": ("1e", "2e", "3e+", "Jij"),
    "sv": ("1:a", "2:a", "3:e", "3:e+"), "ko": ("{n}촌", "3촌+"), "ru": ("{n}-й", "3-й+"), "uk": ("{n}-й", "3-й+"),
    "zh-CN": ("{n}度", "{n} 度", "3度+", "3 度+", "一度", "二度", "三度", "三度+"), "zh-TW": ("{n}度", "{n} 度", "3度+", "3 度+"),
    "ja": ("{n}次", "3次+", "3次以上", "3次以降"), "el": ("1ος", "2ος", "3ος", "3ος+"),
    "hi": ("1ला", "2रा", "3रा", "3रा+", "पहला", "दूसरा", "तीसरा", "तीसरा+", "पहली", "दूसरी", "तीसरी", "तीसरी+"),
    "vi": ("Bậc {n}", "Bậc 3+", "Cấp {n}", "Cấp 3+"), "id": ("Ke-{n}", "Ke-3+", "Tingkat {n}", "Tingkat 3+"),
    "th": ("ระดับ {n}", "ระดับ 3+"), "he": ("דרגה {n}", "דרגה 3+"),
    "ar": ("الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالث+", "الثالثة", "الثالثة+", "الدرجة الأولى",
           "الدرجة الثانية", "الدرجة الثالثة", "الدرجة الثالثة+", "أنت"),
    "fa": ("درجه ۱", "درجه ۲", "درجه ۳", "درجه ۳+"), "ur": ("پہلا", "دوسرا", "تیسرا", "تیسرا+"),
    "bn": ("১ম", "২য়", "৩য়", "৩য়+"), "cs": ("{n}.", "3. a další"), "sk": ("{n}.", "3. a ďalší"),
    "tl": ("Ika-{n}", "Ika-3+"), "ca": ("1r", "2n", "3r", "3r+"), "zh": ("第3度+", "第 3 度+"),
    # (the number alone, as ro, pl and id pages show it: "• 2", "• 3+")
    "*": ("{n}", "3+"),
}


def _degree_words() -> str:
    """DEGREE_WORDS as one alternation, longest first, "{n}" the degree (1–3)."""
    import re

    return "|".join(sorted({re.escape(w).replace(r"\{n\}", "[123]") for ws in DEGREE_WORDS.values() for w in ws},
                           key=lambda a: (-len(a), a)))


def _degree_badges() -> str:
    """DEGREE_BADGES as one alternation: its words escaped, one space or none between them
    (zh "第2度"), "{n}" the degree."""
    import re

    return "|".join(sorted({r"[ \t]?".join(re.escape(w).replace(r"\{n\}", r"[123]\+?") for w in b.split())
                            for bs in DEGREE_BADGES.values() for b in bs}, key=lambda a: (-len(a), a)))

UI_NODE_PATTERNS: dict[str, tuple[str, ...]] = {
    # "2,800", "91", "1 Reaction", "82 Comments", "3 reposts", "4,887 followers", "12 条评论"
    "ui.counter": (
        # (not "1.", "2.", "3.": a degree written as an ordinal, cs/pl/de/nb/da/fi/hu)
        r"(?![123]\.\s*$)\d[\d,.\s\u066B\u066C]{0,12}",
        r"\d[\d,.\s\u066B\u066C]{0,12}(?:k|K|M)?\s*(?:reactions?|comments?|reposts?|shares?|likes?|followers?|"
        r"réactions?|commentaires?|republications?|abonnés|Reaktionen|Kommentare?|Follower(?:[:*_]?innen)?|"
        r"reacciones|recomendaci(?:ón|ones)|comentarios?|seguidores|reações|comentários?|reazion[ei]|comment[io]|diffusion[ei](?: post)?|"
        # the reposts, per locale: pt, fr, es, it, nl, de, tr
        r"compartilhamentos?|republicações|partages|veces compartid[oa]|compartid[oa]s|republicaciones|"
        r"condivisioni|keer gedeeld|Mal geteilt|paylaşım|"
        r"reacties|opmerkingen|volgers|条评论|条回应|次回应|个回应|个反应|次反应|条反应|个赞|次转发|位关注者|件のコメント|件のリアクション|件の再投稿|人のフォロワー|"
        r"комментари\w*|реакци\w*|подписчик\w*|репост\w*|yorum|tepki|takipçi|komentarz\w*|reakcj\w*|"
        r"obserwując\w*|udostępnie\w*|kommentarer|reaktioner|följare|återpublicering\w*|komentar|reaksi|pengikut|posting ulang|"
        # the reposts: ar, tr
        r"(?:عمليات |عملية |عمليتا )?إعادة (?:ال)?نشر|إعادات نشر|yeniden yayınlama\w*|"
        # (ar: "٥٤٬٢١٠ من المتابعين", "of the followers", with "من" and the article)
        r"(?:من\s)?(?:ال)?(?:تعليق|تفاعل|متابع)[\w\u064B-\u065F]*|則留言|個心情|位追蹤者|"
        # cs, da/nb, el, fi, he, hi/mr, hu, ms, ro, tl, uk, vi, bn, th (number first)
        r"reakc\w*|komentář\w*|sledující\w*|sdílení|reaksjoner|følgere|genopslag|delinger|"
        r"αντιδράσεις|αντίδραση|σχόλια|σχόλιο|αναδημοσιεύσεις|ακόλουθοι|ακόλουθους|"
        r"reaktio\w*|kommentti\w*|uudelleenjulkaisu\w*|seuraaja\w*|תגובות|תגובה|ריאקציות|ריאקציה|עוקבים|"
        r"प्रतिक्रियाएं|प्रतिक्रियाएँ|प्रतिक्रिया|टिप्पणियाँ|टिप्पणियां|टिप्पण्या|टिप्पणी|कमेंट्स|कमेंट|रीपोस्ट|"
        r"फ़ॉलोअर्स|फॉलोअर्स|reakció|hozzászólás|újraközlés|követő|ulasan|komen|pengikut|"
        r"reacți\w*|comentari\w*|repostări|redistribuiri|urmăritori|reaksyon|komento|tagasunod|"
        r"реакці\w*|коментар\w*|поширен\w*|підписник\w*|читач\w*|cảm xúc|lượt thích|bình luận|"
        # sk, hr/sr, sr, et, lt, lv, sw, fa, ur
        r"komentár\w*|komentar\w*|sledujúc\w*|opätovn\w* uverejnen\w*|zdieľan\w*|pratitelj\w*|pratilac\w*|"
        r"objav\w*|пратилац\w*|пратилаца|објав\w*|kommentaar\w*|reaktsioon\w*|jälgija\w*|tellija\w*|"
        r"sekėj\w*|pasidalinim\w*|komentār\w*|sekotāj\w*|kopīgojum\w*|maoni|wafuasi|نظر|دیدگاه|واکنش|"
        # ur: "۸۸ تبصرے", "۱۵ ری پوسٹس", "۶۷۱ ردعمل"
        r"تبصرے|تبصرہ|ری پوسٹس|ری پوسٹ|ردعمل|"
        r"lượt đăng lại|lượt chia sẻ|người theo dõi|প্রতিক্রিয়া|মন্তব্য|অনুসরণকারী|ความรู้สึก|"
        # (th "256 ความคิดเห็น 19 รายการ": the reactions' bare count, then the comments' count
        # written word first, one counter)
        r"ความคิดเห็น(?:\s*\d[\d,.]*\s*รายการ)?|"
        r"" + REPLY_WORDS + r"|次互动|次互動)",
        # th: the word first ("ความคิดเห็น 12 รายการ", "ผู้ติดตาม 1,870 คน")
        r"(?:ความคิดเห็น|การแสดงความรู้สึก|รีแอคชัน|การโพสต์ซ้ำ|ผู้ติดตาม)\s*\d[\d,.]*\s*(?:รายการ|คน|ครั้ง)?",
        r"(?:댓글|답글|답장|반응|팔로워|퍼감)\s*\d[\d,.]*\s*(?:개|명|회)?",
        # bn: the number takes the classifier "টি" ("৭৩টি মন্তব্য", "১২টি রিপোস্ট")
        r"\d[\d,.]*\s*টি\s*(?:মন্তব্য|প্রতিক্রিয়া|রিপোস্ট|উত্তর|শেয়ার)",
        r"(?:" + REPLY_WORDS_FIRST + r")\s*\d[\d,.]*\s*(?:" + COUNT_SUFFIXES + r")",
        # ja, the word first: "フォロワー: 5,812人", "コメント 12件" (the latter below)
        r"フォロワー[:：]?\s*\d[\d,.]*\s*人?",
        r"\d[\d,.]*\+?\s*(?:connections?|posts?|Posts)",
        # a screen reader's count of reactions: "219 reactions, including like, celebrate and love"
        r"\d[\d,.]*\s*reactions?, including [a-z, ]{2,80}",
        # (French groups thousands with a narrow no-break space, U+202F: "2 350 abonnés")
        r"\d(?:[\d,.]|[\u202f\u00a0 ](?=\d))*\s*(?:subscribers?|Abonnenten|abonnés|suscriptores|assinantes|iscritti|abonnees|"
        r"подписчик\w*|prenumeranter|abone|subskrybent\w*|订阅者|位订阅者|人の購読者|"
        r"odběratel\w*|abonnenter|tilaaja\w*|feliratkozó\w*|abonați|người đăng ký)",
        r"(?:コメント|リアクション|いいね！?|再投稿)\s*\d[\d,.]*\s*件",
        # (after a bullet too: "Like · 5 · Reply · 1 Reply", a row's items copied one a line)
        r"(?:[•·]\s*)?\d[\d,.]*\s*(?:" + REPLY_WORDS + r"|Antworten|reacties)",
        # he: one comment or one reply in words, the number after the noun ("תשובה אחת")
        r"(?:תגובה|תשובה) אחת",
        # ar: one reply or comment, and two (the dual), in words
        r"(?:رد|ردّ|تعليق) واحد|ردان|ردّان|تعليقان",
        r"\d[\d,.]*\s*(?:" + POLL_VOTE_WORDS + r")(?:\s*[•·]\s*.{0,30})?",
        r"\d[\d,.]*\s*(?:pages?|Seiten|páginas|pagine|pagina's)",
        # ro: twenty and more take "de" ("23 de comentarii"); a document's page count, other locales
        r"\d[\d,.]*\s+de\s+(?:reacții|comentarii|redistribuiri|repostări|urmăritori|abonați|pagini)",
        r"\d[\d,.]*\s*(?:pagini|stran|stránek|strony|stron|sivua|oldal|sider|sidor|σελίδες|halaman|pahina|"
        r"сторін\w*|страниц\w*|sayfa)",
        r"\d{1,4}\s*/\s*\d{1,4}",
        # a counter line of emoji and numbers, as plain-text exports write one: "👍 124   💬 17   🔁 5"
        r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764]\ufe0f?\s*\d[\d,.]*\s*[kKM]?\s*){2,}",
    ),
    # "Feed post number 3" in any wording: a short line naming the feed and ending in a number
    "ui.feed_marker": (r"(?=.{0,50}\Z)(?=.*\d\s*(?:条|번)?\Z)[^\n]{0,30}(?:feed|fil d['’]actualité|フィード|动态|動態|bảng tin|flöde|akış|ленте|стрічці|"
                       r"beranda|kanale aktualności|피드|פיד|ฟีด|फ़ीड)[^\n]{0,30}?\d+\s*(?:条|번)?",
                       r"Feed post number \d+", r"Feed post", r"Post du fil d['’]actualité numéro \d+",
                       r"Beitrag im Feed Nummer \d+", r"Publicación del feed número \d+",
                       r"Publicação do feed número \d+", r"动态第\s*\d+\s*条", r"动态\s*\d+",
                       r"फ़ीड पोस्ट (?:संख्या|नंबर) \d+"),
    "ui.connection_degree": (
        # "• 1촌", "• 1-й", "• Tingkat 1": a bullet and a degree's badge of DEGREE_WORDS (maybe
        # doubled, the accessible label's and the visible one: "• 2nd2nd"); not any short text
        # after a bullet ("• Phase 2", "• Power BI" are a list's items)
        r"[•·][ \t]{0,4}+(?:" + _degree_words() + r")(?:[ \t]?(?:" + _degree_words() + r"))?",
        # (a badge of several words around the degree's number, from DEGREE_BADGES: vi "• Kết
        # nối cấp 1", zh-TW "• 第 1 度"; a body bullet with a number, "• Part 1 of 3", is text)
        # (the third and beyond's "+" also after a badge whose number is not last: zh "• 第3度+")
        r"[•·][ \t]{0,4}+(?:" + _degree_badges() + r")\+?",
        r"(?:[•·]\s*)?קשר מדרגה\s?[123]\+?",
        r"(?:1촌|2촌|3촌\+?|1-й|2-й|3-й\+?|1\.?\s?степени|Tingkat\s[123]\+?|[123]\.\s?derece|[123]\s?度\+?)",
        # (fr "3e et +", it "3° e oltre": the third degree in words)
        r"(?:[•·]\s*)?(?:1st|2nd|3rd\+?|1er|2e|3e et \+|3e\+?|3° e oltre|3\. i kolejne|1\.|2\.|3\.\+?|一度|二度|三度\+?|1º|2º|3º\+?|"
        r"1°|2°|3°\+?|1次|2次|3次(?:以上)?)",
        # (a badge before the degree; its bullet may have been lost: "Premium ? 1st" -> "Premium 1st")
        # (cs/sk "3. a další", "3. a ďalší": the third degree and more in words)
        r"(?:[•·]\s*)?3\.\s?a\s(?:další|ďalší)",
        # (the third degree "and more" in a language no pattern names: a bullet, the ordinal,
        # a short conjunction and one word or a "+": es "• 3.º y más", pt "• 3º e +")
        r"[•·]\s*3(?:\.?(?:º|°|ª|er|e|o)|\.)\s[^\W\d_]{1,3}\s(?:\+|[^\W\d_]{1,8}\+?)",
        r"(?:(?:Premium|Verified)\s*(?:[•·]\s*)?|[•·]\s*)(?:1st|2nd|3rd\+?|1er|2e|3e\+?|1\.|2\.|3\.\+?|一度|二度|三度\+?)"
        r"(?:\s*Premium\s*[•·]\s*(?:1st|2nd|3rd\+?))?",
        r"(?:Premium\s*)?[•·]\s*(?:1st|2nd|3rd\+?)(?:Premium)?\s*[•·]\s*(?:1st|2nd|3rd\+?)",
        r"(?:Premium|Verified|Influencer|Top Voice)\s*[•·]\s*(?:1st|2nd|3rd\+?)",
        # (a CJK page's "Premium" badge and degree, its bullet maybe lost: "高级帐号 2 度")
        r"(?:高级帐号|高級帳號|プレミアム)\s*(?:[•·?]\s*)?(?:[123]\s?度\+?|[123]次(?:以上)?)",
        # (any one-word badge, then a bullet and a degree: "Verificado • 2º", "Vérifié • 2e")
        r"[^\W\d_]{3,20}+[ \t]*[•·]\s*(?:1st|2nd|3rd\+?|1er|2e|3e\+?|[123]\.\+?|[123]\.?º\+?|[123]°\+?|[123]-й\+?|[123]촌\+?)",
        # (a badge, then a degree in any language: "Premium • 1-й", "Premium • 2º")
        r"(?:Premium|Verified|Influencer|Top Voice)\s*[•·]\s*\S{1,12}",
        # (a Premium badge in any locale, its bullet kept or lost, then a degree: "高级帐号 • 2 度")
        # (a bullet then any short badge; with the bullet lost, only a degree)
        r"(?:" + "|".join(b for bs in PREMIUM_BADGES.values() for b in bs) + r")\s*(?:[•·]\s*\S{1,12}|[•·]?\s*"
        r"(?:1st|2nd|3rd\+?|1er|2e|3e et \+|3e\+?|[123]\.\+?|[123]º\+?|[123]°\+?|[123]次(?:以上)?|[123]\s?度\+?|"
        r"一度|二度|三度\+?|[123]촌\+?|[123]-й\+?))",
        r"[•·]\s*(?:Follow|Following|Suivre|Folgen|Seguir|关注)",
        # a screen reader's ", 3rd+ degree connection" after a name
        r",?\s*(?:1st|2nd|3rd\+?) degree connection",
    ),
    # "13 hours ago • Visible to anyone on or off LinkedIn", "2mo • Edited •  2 months ago • Edited • Visible…"
    "ui.visibility": (r".{0,40}\b(?:" + "|".join(VISIBILITY_PHRASES) + ")",),
    # who reacted: "Nadine Techer-Eales and 3 others"
    # (one free-length prefix for both orders: the others' word after the number, or before it,
    # sk, hr/sr, et, lt, lv, sw, tr: "X a ďalší 92", "X i još 311 drugih", "X и још 152 особе",
    # "X ja veel 40", "X ir dar 12", "X un vēl 8", "X na wengine 64", "X ve diğer 64 kişi";
    # he glues its "and" to the number: "X ו-118 אחרים")
    "ui.reactors": (r".{1,80}(?:\s(?:and|et|und|y|e|en|和|a|og|ja|és|dan|i|och|at|và|και|और|आणि|และอีก|ve|ir|un|na|и|و|اور)\s"
                    r"|\sו-?)(?:\d[\d,.]*\s(?:" + "|".join(REACTORS_OTHERS) + r")(?:\s\w+)?"
                    r"|(?:ďalší|ďalších|još|још|veel|dar|vēl|wengine|diğer)\s\d[\d,.]*"
                    r"(?:\s(?:drugih|osoba|osobe|особа|особе|inimest|žmonių|cilvēki|kişi|ľudí|osôb))?)",
                    # pt / it / es: the word for the others before the number, then "people" or not
                    # ("Rodrigo Lima e outras 3.418 pessoas", "Marco Rossi e altre 52 persone", "e altri 12"),
                    # or "people" after the number alone ("Ana Pérez y 52 personas más"); one pattern:
                    # each costs a free-length prefix
                    r".{1,80}\s(?:e|y)\s(?:(?:altr[ie]|outr[ao]s|otr[ao]s)\s\d[\d,.]*(?:\s(?:persone|pessoas|personas))?"
                    r"|\d[\d,.]*\s(?:personas|pessoas|persone)(?:\s(?:más|mais))?)",
                    # cs: "Jana Nováková a dalších 24 lidí" (the word for the others before the number);
                    # ro: "Ana Pop și alți 142", "și alte 24 de persoane", "și încă 12" (one pattern:
                    # each costs a free-length prefix)
                    r".{1,80}\s(?:a\s(?:další|dalších)\s\d[\d,.]*\s(?:lidí|lidé|osob|osoby|uživatelů)"
                    r"|și\s(?:alți|alte|încă)\s\d[\d,.]*(?:\s(?:de\s)?(?:persoane|utilizatori))?)",
                    # tr: "Ayla Kaya ve 64 kişi daha"; he: "דנה כהן ו-12 נוספים" (the others' word the
                    # first pattern's table lacks)
                    r".{1,80}\s(?:ve\s\d[\d,.]*\s(?:kişi|kullanıcı)\sdaha|ו-?\d[\d,.]*\s(?:נוספים|אנשים נוספים|אחרות))",
                    # ar: "ليلى و٢٤٠ شخصًا آخر" (the conjunction glued to the number, tanween on the noun),
                    # or with no noun: "ليلى و٢٤٠ آخرون"
                    r".{1,80}\sو\s?\d[\d,.\u066B\u066C]*\s(?:(?:شخص[\w\u064B-\u065F]*|أشخاص)\s)?(?:آخر[\w\u064B-\u065F]*)",
                    # ja: "佐藤 美咲、他128人"; zh: "王伟和其他 128 人" (no spaces around the conjunction);
                    # ko: "김민수 님 외 128명"
                    r".{1,80}[、,，]\s?(?:他|ほか)\s?\d[\d,]*\s?人",
                    r".{1,80}(?:和|及|與)其他\s?\d[\d,]*\s?(?:人|位)",
                    r".{1,80}\s외\s\d[\d,]*\s?명",
                    # uk / ru: "Олена Коваль та ще 540 користувачів", "Анна и ещё 12 человек", or the
                    # number alone closing the line ("Анна и ещё 211")
                    r".{1,80}\s(?:та|і|и)\s(?:ще|ещё|еще)\s\d[\d,.\s]*(?:\s(?:користувач\w*|осіб|людей|человек|пользовател\w*))?",
                    # th: "สมชาย ใจดี และคนอื่นๆ อีก 263 คน" (the others, then "more", before the number)
                    r".{1,80}\sและ(?:คนอื่น\s?ๆ|ผู้อื่น)?\s?อีก\s?\d[\d,.]*\s?คน",),
    "ui.reposted": (r".{1,80}\s(?:" + "|".join(REPOSTED_PHRASES) + ")",),
    "ui.image": (r"Activate to view larger image,?", r"No alt(?:ernative)? text.*", r"View .{1,80}’s\s+graphic link",
                 # an image's alt text under its label, and "activate to view larger image", per locale
                 r"(?:Alt(?:ernative)? text|Image description|Texte alternatif|Alternativtext|Texto alternativo|"
                 r"Testo alternativo|Alternatieve tekst|Alternativ text|Alternatif metin|Альтернативный текст|"
                 r"Tekst alternatywny|代替テキスト|替代文本|替代文字)\s?[:：].{1,1000}",
                 r"Activ(?:ez|er) pour afficher l[’']image en plus grand\.?,?", r"Activer pour agrandir l[’']image\.?,?",
                 r"Aktivieren,? um (?:ein )?größeres Bild anzuzeigen\.?,?",
                 r"Activar? para ver (?:la )?imagen (?:más grande|ampliada)\.?,?",
                 r"Ativ(?:e|ar) para ver (?:a )?imagem (?:maior|ampliada)\.?,?",
                 r"Attiva(?:re)? per visualizzare (?:l[’']immagine )?(?:più grande|ingrandit[ao])\.?,?",
                 r"Activ(?:eer|eren) om (?:een )?grotere afbeelding (?:weer )?te geven\.?,?",
                 r"Aktivera för att visa större bild\.?,?",
                 r"拡大画像を表示するにはアクティブにしてください[、,。]?", r"激活以查看大图[，,]?",
                 r"Активуйте,? щоб переглянути (?:більше|збільшене) зображення\.?,?",
                 r"Активируйте,? чтобы (?:просмотреть|посмотреть) (?:увеличенное|большее) изображение\.?,?",
                 r"Kích hoạt để xem (?:hình )?ảnh lớn hơn\.?,?",
                 r"เปิดใช้งานเพื่อดูรูปภาพ(?:ที่)?(?:ใหญ่|ขนาดใหญ่)ขึ้น,?",  # th
                 r"Aktiv(?:ujte|ovat)(?: pro zobrazení| k zobrazení) většího obrázku\.?,?",  # cs
                 r"(?:تفعيل|فعّل|قم بالتفعيل) ل(?:عرض|رؤية) (?:ال)?صورة (?:ال)?أكبر[،,]?",  # ar
                 # "No alternative text description for this image", per locale
                 r"Keine? alternative[rn]? Text(?:beschreibung)? für dieses Bild(?: vorhanden)?\.?",
                 r"Aucun texte alternatif (?:pour|pour décrire) cette image\.?",
                 r"No hay ningún texto alternativo para esta imagen\.?",
                 r"Nenhum texto alternativo para esta imagem\.?",
                 r"Nessun testo alternativo per questa immagine\.?",
                 r"Geen alternatieve tekst(?:beschrijving)? voor deze afbeelding\.?",
                 r"Aktywuj,? aby (?:wyświetlić|zobaczyć) większy obraz\.?,?",  # pl
                 r"Daha büyük görseli görüntülemek için etkinleştirin\.?,?",  # tr
                 r"Aktifkan untuk melihat (?:gambar|imej) (?:yang )?lebih besar\.?,?",  # id, ms
                 r"Aktiv[eé]r for (?:at se|å vise|å se) større (?:billede|bilde)\.?,?",  # da, nb
                 r"Aktivoi nähdäksesi suuremman kuvan\.?,?",  # fi
                 r"Ενεργοποιήστε για (?:να δείτε|προβολή) μεγαλύτερη[ςή]? εικόνα[ςή]?\.?,?",  # el
                 r"Activați pentru a (?:vizualiza|vedea) imaginea (?:mai mare|mărită)\.?,?",  # ro
                 r"Aktiválja a nagyobb kép megtekintéséhez\.?,?",  # hu
                 r"I-activate para (?:makita|tingnan) ang mas malaking (?:larawan|imahe)\.?,?",  # tl
                 r"더 큰 이미지를 보려면 활성화하세요\.?,?",  # ko
                 # "+2": the images a gallery left out
                 r"\+\d{1,2}",
                 r"View .{1,80}'s\s+graphic link"),
    # an event shared in a post: its card ("Event by Tidewater Makerspace"), attendee count
    "ui.event_card": (r"(?-i:(?:Event by|Veranstaltung von|Événement (?:de|par)|Evento (?:de|di|por)|Evenement van|"
                      # sv, da, nb, pl, cs, tr, ro, fi
                      r"Evenemang av|Begivenhed af|Arrangement af|Arrangement av|Wydarzenie (?:od|organizowane przez)|"
                      r"Událost (?:od|pořádá)|Etkinlik düzenleyen:?|Eveniment (?:organizat )?de|Tapahtuman järjestäjä:?)"
                      r"\s[^\s.!?][^.!?\n]{0,60})",
                      # "Event · Online · Tue, Dec 3, 6:30 PM CET": the card's kind, then its place and date
                      r"(?:Event|Online event|Événement|Veranstaltung|Evento|Evenement|Evenemang|Etkinlik|"
                      r"Мероприятие|Wydarzenie|イベント|活动|活動)\s?[·•]\s?[^\n]{1,80}",
                      r"\d[\d,.\s]*\s(?:attendees?|Teilnehmende|Teilnehmer(?:innen)?|participants?|asistentes|partecipanti|"
                      r"deelnemers|deltagare|deltagere|uczestnik\w*|účastník\w*|katılımcı|participanți|osallistuja\w*|"
                      # ar ("١٢٤ من الحضور": "of the attendees"), id, ko, hi
                      r"(?:من )?الحضور|حاضرين|مشاركين|peserta|명 참석|참석자|उपस्थित(?: लोग)?)"),
    # a document (carousel) attached to a post: "PDF · 12 Seiten", then "1 / 12" and the viewer's
    # buttons; the file type and a page count, in any UI language
    "ui.document_card": (r"(?:PDF|PPTX?|DOCX?|Document|Dokument|Documento|Doc)\s*[•·]\s*\d+\s*[^\W\d_]{1,12}\.?",),
    # a document viewer's title, the document's file name alone ("Benchmark_2026.pdf"; tried
    # only on a line with such an ending, ``UI_NODE_ENDINGS``)
    "ui.document_file": (r"[^\s/\\:]{1,120}\.(?:pdf|pptx?|docx?|key|odp|odt)",),
    # a video's player, shown as text: its buttons, load and time read-outs, captions menu
    "ui.video": (r"Play(?: video)?", r"Video Player is loading\.?", r"Loaded:?\s?\d{1,3}(?:[.,]\d{1,2})?\s?%",
                 r"(?:Remaining Time|Current Time|Duration)\s?-?\d{1,2}:\d{2}(?::\d{2})?",
                 r"(?:Captions|Subtitles)(?: settings)?", r"(?:captions|subtitles) (?:off|on)(?:, selected)?",
                 r"Turn fullscreen (?:on|off)", r"[^\W\d_]{2,20}(?: [^\W\d_]{2,20})? \(auto-generated\)",
                 r"(?:Video abspielen|Lire la vidéo|Reproducir vídeo|Reproduzir vídeo|Riproduci video|"
                 r"Video afspelen|Spela upp video|Videoyu oynat|Воспроизвести видео|播放视频|動画を再生)",
                 r"(?:Untertitel|Sous-titres|Subtítulos|Legendas|Sottotitoli|Ondertiteling|Undertexter|"
                 r"Altyazılar|Субтитры|Субтитри|字幕)",
                 # uk, ru: play (the video), sound off
                 r"(?:Відтворити(?: відео)?|Воспроизвести|Звук вимкнено|Звук выключен)"),
    # a reading time under a shared article's card: "7 min read"
    "ui.reading_time": (r"\d{1,3}\s?(?:min(?:ute)?s? read|Min\.? Lesezeit|min de lecture|min de lectura|"
                        r"min de leitura|min di lettura|min\.? leestijd|min läsning|мин\.? чтения|dk okuma|"
                        r"分で読めます|分钟阅读|分鐘閱讀|"
                        # ar, hi, ko, ru (the minute's word first), pl, id
                        r"(?:دقائق|دقيقة|د) للقراءة|मिनट (?:में )?पढ़ें|मिनट का पाठ|분 분량|분 읽기|"
                        r"min\.? czytania|menit membaca)",
                        # a reader view's estimate over the text: "8–10 minutes" (a range, any language)
                        r"\d{1,3}\s?[–-]\s?\d{1,3}\s?(?:minutes|Minuten|minutos|minuti|minuten|minuter|minut|"
                        r"минут[аы]?|dakika|分|分钟|分鐘|분)",
                        # (the label before the minutes: he "זמן קריאה: 4 דקות", en "Reading time: 4 minutes")
                        r"(?:זמן קריאה|Reading time|읽는 시간|읽기 시간):?\s?\d{1,3}\s?(?:דקות|דקה|minutes?|min|분)",
                        r"\d{1,3}\s?דקות קריאה",),
    # a poll's note on who sees the votes, and the time it has left
    "ui.poll": (r"(?:You can see how people vote|The author can see how you vote|"
                r"Du kan se hur folk röstar|Vous pouvez voir comment les gens votent|"
                r"Sie können sehen, wie (?:Personen|andere) abstimmen|Puedes ver cómo vota la gente|"
                r"Você pode ver como as pessoas votam|Puoi vedere come votano le persone|"
                r"Je kunt zien hoe mensen stemmen|"
                # (what a voter sees: the author sees the votes)
                r"L[’']autore può vedere come voti|L[’']auteur peut voir comment vous votez|"
                r"El autor puede ver cómo votas|O autor pode ver como você vota|De auteur kan zien hoe je stemt|"
                r"Der Autor kann sehen, wie Sie abstimmen|Författaren kan se hur du röstar|"
                # el: the author (feminine or masculine) sees the votes; people's votes can be seen
                r"Η συντάκτρια μπορεί να δει πώς ψηφίζετε|Ο συντάκτης μπορεί να δει πώς ψηφίζετε|"
                r"Μπορείτε να δείτε πώς ψηφίζουν οι χρήστες)\.?(?:\s.{1,20})?",
                # a signed-out page's prompt under the options, per language
                r"Sign in to vote|Connectez-vous pour voter|Melden Sie sich an, um abzustimmen|Zum Abstimmen anmelden|"
                r"Inicia sesión para votar|Entre para votar|Faça login para votar|Accedi per votare|"
                r"Meld je aan om te stemmen|Log in om te stemmen|Logga in för att rösta|Zaloguj się, aby głosować|"
                r"Oy vermek için oturum açın|Войдите, чтобы проголосовать|Masuk untuk memberikan suara",
                r"\d{1,3}\s?(?:w|wk|weeks?|d|days?|h|hours?|v|veckor?|dagar?|tim|Wo\.?|Wochen?|Tage?|Std\.?|"
                r"sem\.?|semaines?|j|jours?|semanas?|días?|dias?|settimane?|giorni|g|weken|dagen|u)\s"
                r"(?:left|kvar|übrig|verbleibend|restante?s?|rimast[ei]|rimanent[ei]|over|kaldı|осталось)"),
    # a generated card under a celebration post: "Starting a New Position", "Celebrating 5 years at X"
    # (the card's line is a caption, no sentence: "Celebrating 10 years at X! Started as…", the
    # post's own opening wrapped on a phone's screen, is text; a closing period is the company's,
    # "Acme Inc.")
    "ui.celebration_card": (r"Starting a New Position", r"Celebrating (?:\d+|a) (?:years?|work anniversary)\b[^.!?\n]{0,80}+\.?",
                            r"Comemorando \d+ anos? (?:na|no|em|de) [^.!?\n]{1,80}+\.?", r"Começando um novo cargo",
                            r"Celebrando \d+ años? (?:en|de) [^.!?\n]{1,80}+\.?", r"Empezando un nuevo puesto",
                            r"(?:Fête|Célèbre) ses \d+ ans? (?:chez|à|au) [^.!?\n]{1,80}+\.?", r"Nouveau poste",
                            r"Feiert \d+ Jahre? (?:bei|im|in) [^.!?\n]{1,80}+\.?", r"Neue Position",
                            r"Festeggia \d+ anni (?:in|presso|da) [^.!?\n]{1,80}+\.?", r"Nuovo incarico",
                            r"Viert \d+ jaar (?:bij|in) [^.!?\n]{1,80}+\.?", r"Firar \d+ år (?:på|hos) [^.!?\n]{1,80}+\.?"),
    # a card's button under an attachment (a job, an event, a poll, a celebration)
    # a screen reader's labels copied with the page: "Open options for X’s comment", "View X’s
    # profile", "Reaction button state: …" (the buttons' own labels, "Reply to X’s comment",
    # stand where the buttons do: left to the comment's button row)
    "ui.a11y_label": (r"Open (?:options|control menu)(?: for .{1,80}?[’']s? (?:comment|post|reply))?",
                      r"View .{1,80}?[’']s? (?:profile|graphic link)",
                      # (the same label in other UI languages: "Profil von Ana Lee anzeigen")
                      r"(?-i:Profil von [^\n.!?,;:]{1,80}? anzeigen)", r"(?-i:Voir le profil de [^\n.!?,;:]{1,80})",
                      r"(?-i:Ver (?:el )?perfil de [^\n.!?,;:]{1,80})", r"(?-i:Bekijk het profiel van [^\n.!?,;:]{1,80})",
                      r"Reaction button state: .{1,30}", r"Open reactions menu",
                      # the alt text of a picture ("Image of Ana Lee", "Image of a dented drum…"), a
                      # person's button ("Follow Ana Lee button"), a comment's label ("Comment by Ana Lee")
                      r"(?-i:Image of .{1,300})", r"(?-i:(?:Follow|Unfollow|Connect with|Message) .{1,80} button)",
                      # the alt text of a byline's portrait, its words first ("Photo de profil de
                      # Marc Aubert"), per locale; name first: ui.profile_photo below
                      r"Profile (?:photo|picture) of [^.!?\n]{1,60}",
                      r"Profil(?:bild|foto) von [^.!?\n]{1,60}", r"Photo de profil de [^.!?\n]{1,60}",
                      r"Foto (?:de|do) perfil de [^.!?\n]{1,60}", r"Foto (?:del|di) profilo di [^.!?\n]{1,60}",
                      r"Profielfoto van [^.!?\n]{1,60}",
                      r"(?-i:(?:Comment|Reply) by [A-ZÀ-ÖØ-ÞĀ-Ž][^\s,.!?]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][^\s,.!?]*){0,3})"),
    # the alt text of a byline's portrait with the name first ("Ana Lee’s profile photo",
    # "佐藤 花子のプロフィール写真"): a free-length prefix, tried apart (UI_NODE_ENDINGS)
    "ui.profile_photo": (r"[^.!?\n]{1,60}?[’']s? profile (?:photo|picture)", r"[^。！？\n]{1,40}のプロフィール写真",
                         r"[^.!?\n]{1,40}님의 프로필 사진"),
    "ui.card_button": (r"(?-i:(?:Congratulate|Say congrats to|Dê os parabéns (?:a|à|ao)|Parabenize|Felicita a|"
                       r"Félicitez|Gratulieren Sie|Fai i complimenti a|Congratulati con|Feliciteer|Gratulera|"
                       r"Поздравьте)\s[^\W\d_][^\n.!?,;:]{0,38})",),
    # the feed's accessible label before each tag ("hashtag" / "#X" on two lines), per locale
    "ui.hashtag_label": (HASHTAG_LABEL,),
    # a newsletter's byline above the issue: "By Markus Brandt", "Von Markus Brandt"
    "ui.byline": (r"(?-i:(?:By|Von|Par|Por|Di|Door|Av|Przez|Af|Oleh|Bởi)\s[A-ZÀ-ÝŁŚŻ][\w'’.-]+(?:\s[A-ZÀ-ÝŁŚŻ][\w'’.-]+){0,3})",),
    # "2 Replies on Tomasz Wójcik’s comment", "Load previous replies": replies follow
    "ui.replies_marker": (r"\d+\s+(?:Replies|replies|Reply|reply)\s+on\s+.{1,80}",
                          r"(?:Load|See|View|Show)\s+(?:\d+\s+)?(?:previous|more|earlier)?\s*repl(?:y|ies)",
                          # "Load previous replies" in other UI languages (verb, replies, "previous")
                          r"(?:Afficher|Voir|Charger)\s+(?:les\s+)?(?:\d+\s+)?réponses?(?:\s+précédentes)?",
                          r"(?:Vorherige|Weitere|Frühere)\s+Antworten\s+(?:laden|anzeigen)",
                          r"(?:Cargar|Ver|Mostrar)\s+(?:las\s+)?(?:\d+\s+)?respuestas(?:\s+anteriores)?",
                          r"(?:Wyświetl|Wczytaj|Pokaż|Załaduj)\s+(?:\d+\s+)?(?:wcześniejsze|poprzednie|więcej)\s+odpowiedzi",
                          r"(?:Carregar|Ver|Mostrar)\s+(?:as\s+)?(?:\d+\s+)?respostas(?:\s+anteriores)?",
                          r"(?:Carica|Visualizza|Mostra)\s+(?:le\s+)?(?:\d+\s+)?risposte(?:\s+precedenti)?",
                          r"(?:Eerdere|Meer)\s+(?:reacties|antwoorden)\s+(?:laden|weergeven)",
                          r"(?:加载|查看|显示)(?:之前|更多|以前)的?回复", r"(?:載入|查看|顯示)(?:先前|更多|之前)的?回覆",
                          r"以前の返信を(?:読み込む|表示)",
                          # sv, da, nb, fi, cs, ro, vi
                          r"(?:Visa|Läs in|Se)\s+(?:\d+\s+)?(?:tidigare|fler)\s+svar",
                          r"(?:Vis|Indlæs|Last inn|Se)\s+(?:\d+\s+)?(?:tidligere|flere)\s+svar",
                          r"(?:Näytä|Lataa)\s+(?:\d+\s+)?(?:aiemmat|aikaisemmat|lisää)\s+vastauk\w*",
                          r"(?:Zobrazit|Načíst)\s+(?:\d+\s+)?(?:předchozí|další)\s+odpověd\w*",
                          r"(?:Încărcați|Vedeți|Afișați)\s+(?:\d+\s+)?(?:răspunsurile anterioare|mai multe răspunsuri)",
                          r"(?:Tải|Xem)\s+(?:thêm\s+)?(?:các\s+)?(?:câu\s+)?trả lời(?:\s+(?:trước|trước đó|khác))?",
                          r"이전 답(?:장|글) (?:불러오기|보기)",
                          # uk, ru, tr, id/ms, hu, el, th, tl
                          r"(?:Завантажити|Показати|Переглянути)\s+(?:\d+\s+)?(?:попередні|більше|ще)\s+відповід\w*",
                          r"(?:Загрузить|Показать|Посмотреть)\s+(?:\d+\s+)?(?:предыдущие|ещё|еще|другие)\s+ответ\w*",
                          r"(?:Önceki|Daha fazla)\s+yanıtları\s+(?:yükle|göster|gör)",
                          r"(?:Muat(?:kan)?|Lihat|Tampilkan)\s+(?:\d+\s+)?balasan\s+(?:sebelumnya|lainnya|lagi)",  # (ms: "Muatkan")
                          # "View 2 replies" with no "previous"/"more": the number then says it
                          r"(?:Lihat|Tampilkan)\s+\d+\s+balasan", r"(?:Wyświetl|Pokaż)\s+\d+\s+odpowiedzi",
                          r"(?:Показать|Посмотреть)\s+\d+\s+ответ\w*", r"(?:Показати|Переглянути)\s+\d+\s+відповід\w*",
                          r"Zobrazit\s+\d+\s+odpověd\w*", r"(?:Visa|Vis|Se)\s+\d+\s+svar", r"Näytä\s+\d+\s+vastaus\w*",
                          r"\d+\s+Antworten\s+anzeigen",
                          r"(?:Korábbi|További)\s+válaszok\s+(?:betöltése|megtekintése|megjelenítése)",
                          r"(?:Φόρτωση|Προβολή|Εμφάνιση)\s+(?:\d+\s+)?(?:προηγούμενων|περισσότερων)\s+απαντήσεων",
                          r"(?:โหลด|ดู)การตอบกลับ(?:ก่อนหน้า|เพิ่มเติม)",
                          r"(?:I-load|Tingnan|Ipakita)\s+ang\s+(?:mga\s+)?(?:nakaraang|higit pang)\s+(?:sagot|tugon)",
                          # ar, he, hi (right to left: the verb still opens the line)
                          r"(?:تحميل|عرض|إظهار)\s+(?:\d+\s+)?(?:الردود|ردود)\s+(?:السابقة|الأخرى)",
                          r"(?:تحميل|عرض|إظهار)\s+المزيد\s+من\s+الردود",
                          r"(?:טעינת|טען|הצגת|הצג)\s+(?:\d+\s+)?(?:תשובות|תגובות)\s+(?:קודמות|נוספות)",
                          r"(?:पिछले|और)\s+(?:जवाब|उत्तर)\s+(?:लोड करें|देखें|दिखाएं)",
                          # ur, fa, bn, mr (the verb last in ur, bn and mr: "Previous replies load")
                          r"(?:گزشتہ|پچھلے|مزید)\s+جوابات\s+(?:لوڈ کریں|دیکھیں)",
                          r"(?:بارگذاری|مشاهده|نمایش)\s+(?:\d+\s+)?پاسخ\u200c?های\s+(?:قبلی|بیشتر)",
                          r"(?:পূর্ববর্তী|আগের|আরও)\s+(?:উত্তরগুলি|উত্তর)\s+(?:লোড করুন|দেখুন)",
                          r"(?:मागील|अधिक)\s+(?:उत्तरे|प्रत्युत्तरे)\s+(?:लोड करा|पहा)",
                          # sk, hr (a page translation's wording)
                          r"(?:Zobraziť|Načítať)\s+(?:\d+\s+)?(?:predchádzajúce|ďalšie)\s+odpoved\w*",
                          r"(?:Učitaj|Prikaži|Pogledaj)\s+(?:\d+\s+)?(?:prethodne|još)\s+odgovor\w*"),
    # the alt texts of the reaction icons, run together: "likeloveinsightful"
    "ui.reaction_icons": (r"(?:like|love|celebrate|support|insightful|funny|curious|praise|empathy|"
                          r"interest|appreciation|maybe)+",),
    "ui.published": (r"(?:Published|Publié|Publiée|Veröffentlicht|Publicado|Pubblicato|Gepubliceerd|"
                     r"Опубликовано|Yayınlandı|Yayımlandı|Yayınlanma tarihi|Yayımlanma tarihi|Opublikowano|Publicerad|Diterbitkan|"
                     r"Publikováno|Udgivet|Publisert|Δημοσιεύτηκε|Julkaistu|פורסם|Közzétéve|Publicat|"
                     r"Nai-publish|Опубліковано|Đã xuất bản|প্রকাশিত)"
                     r"(?:\s(?:on|le|am|el|em|il|op|den))?:?\s.{3,40}",
                     r"(?:게시일|发布于|發佈於|公開日|发布日期|發佈日期|发表于|เผยแพร่เมื่อ|प्रकाशित किया गया)[:：]?\s?.{3,40}",),
    "ui.footer": (
        r"(?:LinkedIn|领英)\s*©\s*\d{4}.*", r"©\s*\d{4}\s*(?:LinkedIn|领英).*",
        r"(?:About|Accessibility|User Agreement|Privacy Policy|Cookie Policy|Copyright Policy|"
        r"Brand Policy|Guest Controls|Community Guidelines|Language|Help Center|Privacy & Terms|"
        r"Ad Choices|Advertising|Business Services|Get the LinkedIn app|More)",
        r"LinkedIn Corporation\s*©\s*\d{4}",
    ),
    # a read-later tool's link to the saved page, left a Markdown link: "[Read Original](https://…)"
    "ui.read_later": (r"\[(?:" + "|".join(s for ss in READ_LATER_LINKS.values() for s in ss)
                      + r")\]\(https?://[^()\s]{1,2000}\)",),
    # a note app's clipping: the page's source under the clip ("From <https://…>", OneNote,
    # per UI language) and the date and time it was clipped, on a line of their own
    "ui.clip_source": (r"(?:" + "|".join(CLIP_SOURCE_LABELS) + r")\s*[:：]?\s*<https?://[^>\s]+>",),
    "ui.clip_time": (
        r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s*(?:星期.|週.|\(.\)|.曜日)?\s*\d{1,2}:\d{2}",
        r"(?:" + "|".join(CLIP_WEEKDAYS) + r"),?\s+[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}\s+\d{1,2}:\d{2}(?:\s?[AP]M)?",
        r"(?:" + "|".join(CLIP_WEEKDAYS) + r"),?\s+\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4}\s+\d{1,2}:\d{2}",
    ),
    # a LinkedIn notification e-mail's own lines around the post it shows (forwarded as text)
    "ui.notification_mail": (
        r"[^\n]{1,80}\s(?:" + "|".join(NOTIFICATION_MAIL_HEADINGS) + r")",
        # (each with its link as the mail's text part writes it, "<https://…>" or "[https://…]")
        r"(?:" + "|".join(NOTIFICATION_MAIL_LINES) + r")(?:\s*(?:<https?://[^>\s]+>|\[https?://[^\]\s]+\]))?"
        r"(?:\s*·\s*(?:" + "|".join(NOTIFICATION_MAIL_LINES) + r")(?:\s*(?:<https?://[^>\s]+>|\[https?://[^\]\s]+\]))?)*",
        r"©\s*\d{4}\s*LinkedIn (?:Corporation|Ireland Unlimited Company).{0,300}",
        r"\[LinkedIn\]",
    ),
}

#: How a line must end (in any case) for the UI node pattern of that rule to match it:
#: looked at first, because those patterns open with a free-length prefix (``.{0,40}\b…``,
#: ``.{1,80}\s…``) that the regex engine would try at every character of every line.
UI_NODE_ENDINGS: dict[str, tuple[str, ...]] = {
    "ui.visibility": VISIBILITY_PHRASES,
    "ui.reposted": REPOSTED_PHRASES,
    "ui.document_file": (".pdf", ".ppt", ".pptx", ".doc", ".docx", ".key", ".odp", ".odt"),
    "ui.profile_photo": ("profile photo", "profile picture", "のプロフィール写真", "님의 프로필 사진"),
}

# The footer lists LinkedIn's languages as "Native (English name)": a line like that is the
# footer in any UI language.
FOOTER_LANGUAGES: tuple[str, ...] = (
    "Arabic", "Bangla", "Czech", "Danish", "German", "Greek", "English", "Spanish", "Persian",
    "Finnish", "French", "Hindi", "Hungarian", "Indonesian", "Italian", "Hebrew", "Japanese",
    "Korean", "Marathi", "Malay", "Dutch", "Norwegian", "Punjabi", "Polish", "Portuguese",
    "Romanian", "Russian", "Swedish", "Telugu", "Thai", "Tagalog", "Turkish", "Ukrainian",
    "Vietnamese", "Chinese",
)

# The page count under an attached document's title ("Field guide" / "12 pages"), per language.
DOCUMENT_PAGE_WORDS: tuple[str, ...] = (
    "pages", "page", "Seiten", "Seite", "páginas", "página", "pagine", "pagina", "pagina's", "pagini", "stron",
    "strony", "strona", "stran", "stránek", "strany", "sivua", "oldal", "sider", "sidor", "σελίδες", "halaman",
    "pahina", "sayfa", "страниц", "страницы", "страница", "сторінок", "сторінки", "ページ", "页", "頁",
    "페이지", "صفحات", "صفحة", "पेज", "पृष्ठ", "หน้า", "trang",
)

# The buttons of an attachment's card: a job ("Apply", "View job"), an event ("Attend"), a
# poll ("View results"). Under a post, the card's title lines stand above them.
CARD_BUTTONS: dict[str, tuple[str, ...]] = {
    "en": ("Apply", "Easy Apply", "Apply now", "View job", "Attend", "Register", "View event", "View results",
           "See results"),
    "de": ("Bewerben", "Einfach bewerben", "Jetzt bewerben", "Job ansehen", "Teilnehmen", "Registrieren",
           "Veranstaltung ansehen", "Ergebnisse anzeigen"),
    "fr": ("Postuler", "Candidature simplifiée", "Voir l’offre", "Voir l'offre", "Voir l’offre d’emploi",
           "Voir l'offre d'emploi", "Participer", "S’inscrire", "S'inscrire", "Voir l’événement",
           "Voir l'événement", "Voir les résultats"),
    "es": ("Solicitar", "Solicitud sencilla", "Ver empleo", "Ver oferta", "Asistir", "Inscribirse", "Ver evento",
           "Ver resultados"),
    "pt": ("Candidatar-se", "Candidatura simplificada", "Ver vaga", "Participar", "Inscrever-se", "Ver evento",
           "Ver resultados"),
    "it": ("Candidati", "Candidatura semplice", "Visualizza offerta", "Partecipa", "Registrati", "Visualizza evento",
           "Visualizza risultati", "Vedi risultati"),
    "nl": ("Solliciteren", "Makkelijk solliciteren", "Vacature bekijken", "Bijwonen", "Registreren",
           "Evenement bekijken", "Resultaten bekijken"),
    "sv": ("Ansök", "Enkel ansökan", "Visa jobb", "Delta", "Registrera dig", "Visa evenemang", "Visa resultat"),
    "tr": ("Başvur", "Kolay Başvuru", "İlanı görüntüle", "Katıl", "Kaydol", "Sonuçları görüntüle",
           "Etkinliği görüntüle"),
    "ru": ("Подать заявку", "Откликнуться", "Посмотреть вакансию", "Участвовать", "Зарегистрироваться",
           "Посмотреть результаты", "Посмотреть мероприятие"),
    "ja": ("応募", "簡単応募", "求人を見る", "参加", "参加する", "登録", "結果を表示", "イベントを表示"),
    "zh-CN": ("申请", "轻松申请", "查看职位", "参加", "注册", "查看结果", "查看活动"),
    "ar": ("تقدّم", "تقدم", "تقديم سهل", "عرض الوظيفة", "حضور", "تسجيل", "عرض الفعالية", "عرض الحدث",
           "عرض النتائج"),
    "id": ("Lamar", "Lamar Mudah", "Lihat lowongan", "Hadiri", "Daftar", "Lihat acara", "Lihat hasil"),
    "pl": ("Aplikuj", "Zobacz ofertę", "Weź udział", "Zarejestruj się", "Zobacz wydarzenie", "Zobacz wyniki"),
    "ko": ("지원", "간편 지원", "채용공고 보기", "참석", "등록", "이벤트 보기", "결과 보기"),
    "hi": ("आवेदन करें", "आसान आवेदन", "नौकरी देखें", "भाग लें", "रजिस्टर करें", "इवेंट देखें", "परिणाम देखें"),
}

# The mark of an ad card in a feed ("Promoted"): in a feed copy of several cards, an ad is
# left out of the records (recorded, with a warning).
PROMOTED: tuple[str, ...] = (
    "Promoted", "Sponsored", "Gesponsert", "Sponsorisé", "Promocionado", "Promovido", "Promosso",
    "Gepromoot", "推广", "推廣", "贊助", "贊助內容", "プロモーション", "Продвигается", "Реклама", "Tanıtılan", "Promowane",
    "Marknadsfört", "Dipromosikan", "مُروّج", "프로모션",
    "প্রচারিত", "Propagováno", "Sponzorováno", "Promoveret", "Sponsoreret", "Προωθημένο", "Χορηγούμενο",
    "Mainostettu", "Sponsoroitu", "מקודם", "प्रचारित", "Hirdetés", "Szponzorált", "प्रमोट केलेले",
    "Promotert", "Sponset", "Promovat", "Sponsorizat", "โปรโมท", "Na-promote", "Просувається",
    "Được quảng bá", "Sponsorizzato", "Patrocinado", "Gesponsord", "Sponsorowane", "Sponsorlu", "Sponsrad",
)

# The tracking name LinkedIn puts on each control of a public post page ("…?trk=
# public_post_comment_like"), which a Markdown copy keeps in the link's target: what the link
# is, whatever the language of its visible text. Per tracking name, the kind of node it is
# ("report": a post's or a comment's, by the link's "guestReportContentType").
LINK_CONTROL_TRACKING: dict[str, str] = {
    "public_post_like": "action", "public_post_comment": "action", "public_post_share": "action",
    "public_post_like-cta": "action", "public_post_comment-cta": "action", "public_post_share-cta": "action",
    "public_post_comment_like": "action", "public_post_comment_reply": "action",
    "public_post_reply_like": "action", "public_post_reply_reply": "action",
    "public_post_comment_reactions": "counter", "public_post_reply_reactions": "counter",
    "public_post_social-actions-reactions": "counter", "public_post_social-actions-comments": "counter",
    "public_post_see-more-comments": "more_comments",
    "public_post_feed-cta-banner-cta": "sign_in",
    "public_post_ellipsis-menu-semaphore-sign-in-redirect": "report",
    "public_post_comment_ellipsis-menu-semaphore-sign-in-redirect": "report",
}

# --------------------------------------------------------------------------------------------
# Export column names and JSON keys

# What a CSV column (or a JSON key) names, per field, in the vocabularies of scrapers and export
# tools (PhantomBuster, Apify, Octoparse, browser extensions) and of the exports that localise
# their headers (nl, de, fr, es, pt, it, id, tr). Names are compared by `shapes.column_key`
# (no case, no separators, no accents): "Post Text", "post_text" and "postText" are one name.
# The order is a preference: of two columns naming one field, the one listed first wins.
# A name may also be one of these words with a role word (`EXPORT_ROLE_WORDS`: "comment_text",
# "Texto del comentario") or a person word (`EXPORT_PERSON_WORDS`: "authorName", "Naam auteur")
# before or after it; `shapes.classify_column` takes those apart.
EXPORT_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": (
        "comment_text", "original_text", "post_text", "text", "comment", "content", "body", "message", "post",
        "description", "post_content", "text_content", "commentary", "snippet", "txt",
        "tekst", "inhoud", "bericht", "reactie", "opmerking",                  # nl
        "inhalt", "nachricht", "beitrag", "kommentar",                        # de
        "texte", "contenu", "publication", "commentaire",                     # fr
        "texto", "contenido", "mensaje", "publicacion", "comentario",         # es (pt: texto, comentario)
        "conteudo", "mensagem", "publicacao",                                 # pt
        "testo", "contenuto", "messaggio", "commento",                        # it
        "teks", "isi", "konten", "pesan", "komentar", "unggahan", "kiriman",  # id
        "metin", "metni", "icerik", "icerigi", "gonderi", "yorum", "mesaj",   # tr (and "X'in metni")
        "szoveg", "szovege", "tartalom", "bejegyzes", "hozzaszolas", "uzenet",  # hu
        "innlegg", "innhold", "inlagg", "innehall", "opslag", "indhold",      # nb, sv, da (tekst, text)
        "share_commentary",                                                   # LinkedIn's own data export (Shares.csv)
        "article_body",                                                       # schema.org (JSON-LD's SocialMediaPosting)
        "内容", "正文", "帖子内容", "內容", "貼文內容",                       # zh
        "tekstas", "turinys", "teksts", "saturs", "sisu", "postitus",         # lt, lv, et
        "obsah", "prispevok", "prispevek", "sadrzaj", "objava", "tresc", "wpis",  # sk, cs, hr/sr, pl
        "nội dung", "văn bản", "bài viết", "bài đăng",                        # vi
        "текст", "содержание", "содержимое", "сообщение", "публикация", "вміст", "зміст", "допис",  # ru, uk
        "내용", "본문", "텍스트", "게시물 내용", "댓글 내용",                # ko
        "本文", "テキスト", "投稿内容", "コメント内容",                      # ja (内容)
    ),
    "author": (
        "commentor", "commenter", "author", "author_name", "commentor_name", "commenter_name", "name", "user",
        "profile_name", "full_name", "author_full_name", "user_name", "username", "poster", "creator", "actor",
        "naam", "auteur", "schrijver", "volledige_naam",                      # nl (fr: auteur)
        "autor", "verfasser", "vollstandiger_name",                           # de (es, pt: autor)
        "nom", "nom_complet",                                                 # fr
        "nombre", "nombre_completo",                                          # es
        "nome", "nome_completo", "autore",                                    # pt, it
        "penulis", "nama", "nama_lengkap", "pengguna",                        # id
        "yazar", "yazari", "ad", "adi", "ad_soyad", "isim", "kullanici",      # tr (and "yorum yazarı")
        "szerzo", "nev", "teljes_nev", "felhasznalo",                         # hu
        "navn", "namn", "forfatter", "fullt_navn", "fullt_namn",  # nb, sv, da
        "姓名", "作者", "发布者", "發佈者",                                   # zh
        "autorius", "vardas", "autors", "vards", "nimi", "meno", "jmeno", "ime", "imie",  # lt, lv, et, sk, cs, hr, pl
        "tác giả", "người đăng", "người viết", "họ tên", "tên",               # vi
        "автор", "авторка", "имя", "ім'я", "імя",                              # ru, uk
        "작성자", "이름", "성명", "글쓴이", "작성자명", "작성자 이름",           # ko
        "投稿者", "名前", "氏名", "作成者", "投稿者名",                          # ja (作者)
        # "who", as a log's or a script's key names the person ("who=…"; cf. "when" for the age)
        "who", "wer", "qui", "quien", "quem", "chi", "wie", "kim", "kto", "kdo", "кто", "хто",
    ),
    "headline": (
        "author_headline", "headline", "commentor_headline", "commenter_headline", "occupation", "author_title",
        "bio", "job_title", "tagline", "author_description", "author_occupation", "subtitle", "position", "subline",
        "kop", "kopregel", "functie", "functietitel", "beroep",               # nl ("kop": a headline)
        "berufsbezeichnung", "schlagzeile",                                   # de (position)
        "role", "rol", "rolle",                                               # en (fr: role), nl/es, de/da/nb
        "poste", "fonction", "profession", "intitule", "intitule_du_poste",   # fr (LinkedIn's "Intitulé")
        "titular", "cargo", "puesto", "ocupacion",                            # es
        "ocupacao", "profissao",                                              # pt (cargo)
        "ruolo", "qualifica", "professione", "sottotitolo",                   # it
        "ondertitel", "untertitel", "sous_titre", "subtitulo",                # nl, de, fr, es/pt
        "jabatan", "pekerjaan",                                               # id
        "unvan", "unvani", "meslek", "pozisyon",                              # tr
        "cimsor", "beosztas", "foglalkozas",                                  # hu
        "stilling", "yrke", "yrkestittel", "stillingsbetegnelse", "befattning", "jobbtitel",  # nb, da, sv
        "职位", "職位", "头衔", "頭銜", "简介",                               # zh
        "antraste", "autoriaus_antraste", "pareigos", "amats", "virsraksts",  # lt, lv
        "ametinimetus", "pealkiri", "pozicia", "pozice", "titulok", "pozicija", "zanimanje",  # et, sk, cs, hr
        "stanowisko", "naglowek",                                             # pl
        "chức danh", "chức vụ", "nghề nghiệp",                                # vi
        "должность", "заголовок_профиля", "посада",                           # ru, uk
        "직함", "직책", "헤드라인", "작성자직함",                             # ko ("author's title")
        "肩書き", "肩書", "役職",                                             # ja
    ),
    "age": (
        "timestamp", "age", "time", "posted", "created", "date", "relative_time", "posted_ago", "time_since_posted",
        "comment_time", "comment_age", "comment_date", "commented_at", "time_ago", "ago", "post_time",
        "post_age", "post_date", "posted_at", "created_at", "published_at", "published", "publish_date", "when",
        "datum", "tijd", "geplaatst", "geplaatst_op",                         # nl
        "zeit", "veroffentlicht", "erstellt",                                 # de (datum)
        "il_y_a", "publie", "publie_le",                                      # fr (date)
        "fecha", "hace", "tiempo", "publicado",                               # es
        "data", "tempo",                                                      # pt, it
        "pubblicato",                                                         # it
        "tanggal", "waktu", "diposting",                                      # id
        "tarih", "tarihi", "zaman", "zamani", "once",                         # tr (and "yorum tarihi")
        "ido", "idopont", "datum", "kozzeteve",                               # hu
        "publisert", "publiceret", "publicerad", "tidspunkt", "dato", "tidpunkt",  # nb, da, sv
        "quando", "quand", "cuando", "wann", "wanneer",                       # "when": it, pt, fr, es, de, nl
        # "ago" as a column's name ("hace" and "il y a" above): pt, it, de, nl, pl
        "há", "ha", "fa", "vor", "geleden", "temu",
        "发布时间", "發佈時間", "时间", "時間", "日期",                       # zh
        "paskelbta", "laikas", "publicets", "datums", "laiks", "avaldatud", "kuupaev", "aeg",  # lt, lv, et
        "publikovane", "publikovano", "cas", "objavljeno", "vrijeme", "opublikowano", "czas",  # sk, cs, hr, pl
        "thời gian", "thời điểm", "ngày đăng", "đăng lúc",                    # vi
        "время", "дата", "опубликовано", "час", "опубліковано",               # ru, uk
        # "age" itself, as a localised export names the post's age column
        "alter", "leeftijd", "edad", "idade", "eta", "wiek", "alder", "yas", "usia",  # de, nl, es, pt, it, pl, nb/da/sv, tr, id
        "возраст", "вік",                                                     # ru, uk
        "작성시간", "작성일", "작성일시", "시간", "날짜", "게시일", "등록일",   # ko
        "投稿日時", "投稿日", "日時", "日付", "作成日時", "コメント日時", "時期", "投稿時期",  # ja (時間)
    ),
    "reactions": (
        "reactions", "num_reactions", "likes", "num_likes", "reaction_count", "like_count",
        "total_reaction_count", "reactions_count", "likes_count",
        "vind_ik_leuks",                                                      # nl
        "reaktionen", "gefallt_mir", "anzahl_reaktionen",                     # de
        "jaime", "nombre_de_reactions",                                       # fr
        "reacciones", "me_gusta", "numero_de_reacciones",                     # es
        "reacoes", "curtidas", "numero_de_reacoes",                           # pt
        "reazioni", "mi_piace", "numero_di_reazioni",                         # it
        "reaksi", "suka", "jumlah_reaksi",                                    # id
        "tepki", "tepkiler", "tepki_sayisi", "begeni", "begeni_sayisi",       # tr
        "reakciok", "reakciok_szama", "kedvelesek",                           # hu
        "reaksjoner", "reaktioner", "antall_reaksjoner", "antal_reaktioner",  # nb, sv, da
        "点赞", "點讚", "点赞数", "赞",                                       # zh
        "reakcijos", "reakcijas", "reaktsioonid", "reakcie", "reakce", "reakcije", "reakcje",  # lt, lv, et, sk, cs, hr, pl
        "좋아요", "좋아요 수", "반응", "반응 수", "공감",                     # ko
        "いいね", "いいね数", "いいね！", "リアクション", "リアクション数",      # ja
    ),
    "id": ("comment_id", "id", "urn", "comment_urn",
           "번호", "댓글 번호", "番号", "コメント番号", "编号", "編號"),            # ko, ja, zh ("number")
    "parent": ("parent_id", "parent", "parent_comment_id", "in_reply_to", "reply_to", "parent_urn",
               "antwoord_op", "ouder_id", "antwort_auf", "reponse_a", "respuesta_a", "resposta_a",
               "risposta_a", "balasan_untuk", "yanit",
               # the same with the preposition before it ("in reply to")
               "in_antwoord_op", "als_antwort_auf", "en_reponse_a", "en_respuesta_a", "em_resposta_a",
               "in_risposta_a",
               # a parent's number or id ("상위번호": the row answered), ko, ja, zh
               "상위번호", "상위 댓글", "부모 번호", "상위 id", "返信先", "親番号", "親id", "父id", "父级id", "上级编号"),
    "url": ("url", "post_url", "link", "permalink", "profile_url", "share_url", "adres"),
}
# words that qualify a field's name without changing the field, before or after it: an age
# said to be relative ("waktu_relatif", "tiempo_relativo", "relative Zeit"), a count of
# reactions ("jumlah_suka", "anzahl_likes", "total_reactions"); the bare field word beside
# them must be one of that field's names
# the plural endings of a column that lists one value per comment ("Comment Authors",
# "Kommentar-Autoren", "auteurs_commentaires", "autori_commenti"): the column's field is its
# singular's
EXPORT_PLURAL_ENDINGS: tuple[str, ...] = ("es", "en", "s", "n", "i")
EXPORT_FIELD_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "age": ("relative", "relatif", "relativo", "relativa", "relatief", "relativ", "relatywny", "goreli",
            "suhteellinen"),
    "reactions": ("num", "number", "count", "total", "jumlah", "anzahl", "aantal", "nombre", "numero", "número",
                  "sayisi", "antal", "antall", "liczba", "pocet", "szama"),
}
# the values of a thread export's row-kind column ("Type": Post / Comment / Reply) that mark
# the post's own row among its comments' rows (compared casefolded, accents kept)
EXPORT_POST_ROW_KINDS: tuple[str, ...] = (
    "post", "original post", "share", "article",                          # en
    "bericht", "beitrag", "publication", "publicación", "publicacion",    # nl, de, fr, es
    "publicação", "publicacao", "pubblicazione", "gönderi", "paylaşım",   # pt, it, tr
    "unggahan", "postingan", "kiriman", "inlägg", "innlegg", "opslag",    # id, sv, no, da
    "wpis", "příspěvek", "bejegyzés", "пост", "публикация", "допис",      # pl, cs, hu, ru, uk
    "帖子", "动态", "貼文", "投稿", "게시물", "bài viết", "bài đăng",     # zh, ja, ko, vi
    "פוסט", "منشور", "पोस्ट",                                            # he, ar, hi
)
# a text report's banner rules ("=== Text ===", "--- Comments (2/214) ---"): the characters a
# banner line opens and closes with, three of them
BANNER_MARKS: tuple[str, ...] = ("===", "---", "~~~", "***", "###", "═══", "━━━")
# a scraper's own log lines around its report ("[INFO] saved 2 posts"): their levels
LOG_LEVELS: tuple[str, ...] = ("TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "CRITICAL", "FATAL")
# the count columns of an export ("numComments", "reposts", "Commentaires"): no field takes
# them, but a header naming them is an export's
EXPORT_COUNT_COLUMNS: tuple[str, ...] = (
    "comments", "num_comments", "comment_count", "comments_count", "reposts", "num_reposts", "repost_count",
    "cmts", "num_cmts", "cmt_count",
    "shares", "num_shares", "share_count",
    "commentaires", "comentarios", "commenti", "kommentare", "reacties_aantal", "yorumlar", "komentar_jumlah",
    "kommentarer", "kommentarar", "antall_kommentarer", "antal_kommentarer", "delinger", "delningar",
    "评论", "評論", "评论数", "評論數", "转发", "轉發", "分享",
    "コメント", "コメント数", "댓글", "댓글 수",
    "bình luận", "комментарии", "коментарі",
)
# a translating scraper keeps a field twice, as written and machine-translated ("text_original",
# "text_translated", "headline_translated"): the words that mark the translation (no field
# takes it: only the original is the author's) and the original (the field itself)
EXPORT_TRANSLATION_WORDS: tuple[str, ...] = (
    "translated", "translation", "machine_translation",                   # en
    "vertaald", "vertaling", "ubersetzt", "ubersetzung",                  # nl, de
    "traduit", "traduction", "traducido", "traduccion", "traduzido", "traducao",  # fr, es, pt
    "tradotto", "traduzione", "przetlumaczony", "tlumaczenie", "cevrilmis", "ceviri",  # it, pl, tr
    "oversatt", "oversat", "oversattelse", "oversettelse", "oversatt_tekst",  # nb, da, sv
    "перевод", "переведено", "переклад",                                  # ru, uk
    "翻译", "翻譯", "翻訳", "번역",                                        # zh, ja, ko
)
EXPORT_ORIGINAL_WORDS: tuple[str, ...] = (
    "original", "orig", "source", "originale", "originel", "origineel", "oryginal", "oryginalny",
    "orijinal", "оригинал", "оригінал", "原文", "원문",
)
# words that say whose field a column is, before or after the field ("post_text",
# "commentText", "Texte du commentaire"); "comments" (a count) is not one of them
# the label a tool prints over a post's comment thread with their count ("thread : 2
# top-level", "Diskussion: 3"): it opens the comments, as a comments label does
EXPORT_THREAD_LABELS: tuple[str, ...] = ("thread", "threads", "discussion", "diskussion", "conversation",
                                         "conversación", "conversa", "fil", "hilo", "discussione")
EXPORT_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "post": ("post", "bericht", "beitrag", "beitrags", "publication", "publicacion", "publicacao", "pubblicazione",
             "gonderi", "paylasim", "unggahan", "kiriman", "postingan", "bejegyzes"),
    "comment": ("comment", "reactie", "opmerking", "kommentar", "commentaire", "comentario", "commento",
                "komentar", "yorum", "reply", "antwoord", "antwort", "reponse", "respuesta", "resposta",
                "risposta", "balasan", "yanit", "hozzaszolas", "valasz",
                "bình luận", "trả lời", "комментарий", "комментария", "комментарии", "коментар", "коментаря", "коментарі",
                "ответ", "відповідь",
                "コメント", "返信", "评论", "評論", "回复", "回覆", "留言", "댓글", "답글",  # ja, zh, ko ("コメント本文")
                # the verbs of a comment's time columns ("commented_ago", "replied_at")
                "commented", "replied"),
}
# words for whose person a field is ("authorName", "commenter_headline", "Naam auteur"): a
# commenter's field is a comment's
EXPORT_PERSON_WORDS: dict[str | None, tuple[str, ...]] = {
    None: ("author", "user", "profile", "profil", "perfil", "profilo", "poster", "creator", "actor", "auteur",
           "autor", "autors", "autore",
           "verfasser", "schrijver", "penulis", "pengguna", "yazar", "kullanici", "szerzo",
           # a record type's field prefix ("personName", "personHeadline": Haskell's records)
           "person", "persona", "personne", "pessoa", "persoon", "osoba"),
    "comment": ("commenter", "commentor", "commentator", "commentateur", "comentarista", "commentatore",
                "reageerder", "kommentator", "kommentators", "komentator", "yorumcu"),
}
# what a person word makes of the field word beside it: "authorTitle" is a headline,
# "Naam auteur" and a bare "author" a name
EXPORT_PERSON_FIELDS: dict[str, tuple[str, ...]] = {
    "author": ("", "name", "nm", "full_name", "naam", "nom", "nombre", "nome", "nama", "ad", "isim", "ad_soyad"),
    "headline": ("title", "titel", "titre", "titulo", "titolo", "judul", "baslik", "description",
                 "beschreibung", "info", "headline", "occupation", "bio", "tiêu đề", "заголовок",
                 # a description shortened ("author_desc") or in other words, and a job's words
                 # beside a person ("commenter_tagline", "autor_cargo", "auteur_poste")
                 "desc", "descr", "subtitle", "subline", "tagline", "job_title", "descripcion", "descricao",
                 "descrizione", "beschrijving", "omschrijving", "opis", "cargo", "puesto", "ruolo", "poste",
                 "functie", "funktion", "stanowisko", "描述", "简介", "職位", "职位", "肩書き"),
    "url": ("url", "profile_url", "link"),
}
# the little words between a field and its role or person ("Texte du commentaire")
EXPORT_NAME_CONNECTORS: tuple[str, ...] = ("of", "van", "de", "der", "des", "du", "del", "da", "do", "di",
                                           "von", "dari", "la", "le", "l", "het", "de la", "della",
                                           "dello", "de l")

# --------------------------------------------------------------------------------------------
# A phone's status bar at the top of a copied or OCR'd screen: the clock, then the network,
# signal and battery glyphs ("9:41", "9:41 ▲ 4G ◢ 72%", "14:05 📶 LTE 🔋 88 %"; the Wi-Fi fan
# as the text stand-ins people and OCR use for it, ᯤ and 🛜: "9:41 ᯤ 82%"); the tokens
# that may follow the clock
STATUS_BAR_TOKENS: tuple[str, ...] = (
    r"[2345]G\+?", r"5G\s?(?:UC|E|\+)", r"LTE\+?", r"VoLTE", r"H\+?", r"E", r"Wi-?Fi", r"\d{1,3}\s?%",
    r"[▲▼◢◣◤◥●○◐◑•·⋯…📶🔋🪫⚡🔇🔕🔔✈⏰🌙📳ᯤ🛜\ufe0f]+",
)
# the app's title bar under it: a back arrow, the screen's name, a menu ("←  Post  ⋮")
APP_BAR_BACK = "←⬅‹<"
APP_BAR_MENU = "⋮︙⋯…"

# --------------------------------------------------------------------------------------------
# Marker lines around a pasted post in a note (a CRM note, a log, a ticket): the opening
# marker (at the start or the end of its line) and the closing one (at the start of its line)
PASTE_MARKERS: tuple[tuple[str, str], ...] = (
    (r">{3,}", r"<{3,}"),
    (r"\[quote[^\]]*\]", r"\[/quote\]"),
    (r"-{3,} ?BEGIN\b", r"-{3,} ?END\b"),
)

# The word a closing banner line says ("----- End of post -----", "----- 貼文內容結束 -----")
# where a note encloses a pasted post between two banners of dashes
PASTE_END_WORDS: tuple[str, ...] = (
    "end", "ende", "fin", "fim", "fine", "einde", "slut", "slutt", "koniec", "konec", "sonu", "son",
    "akhir", "selesai", "kết thúc", "hết", "конец", "кінець", "loppu", "vége", "sfârșit", "τέλος",
    "結束", "结束", "終わり", "終了", "끝", "סוף", "نهاية", "समाप्त", "สิ้นสุด",
)

# A forwarded post's attribution closing its block quote: "— Name, Headline · 1w",
# "– Name · 3d" (the dash that opens a citation; the separators between name, headline and age)
QUOTE_ATTRIBUTION_DASHES = "—–-"
QUOTE_ATTRIBUTION_SEPARATORS = "·•|"
_QUOTE_ATTRIBUTION: list = []


def quote_attribution():
    """The attribution line's pattern (compiled on first use)."""
    if not _QUOTE_ATTRIBUTION:
        import re

        d, sep = re.escape(QUOTE_ATTRIBUTION_DASHES), re.escape(QUOTE_ATTRIBUTION_SEPARATORS)
        _QUOTE_ATTRIBUTION.append(re.compile(
            rf"\s*(?P<dash>[{d}]{{1,2}}\s*)(?P<name>[^\s,{sep}{d}][^,{sep}\n]{{1,60}}?)"
            rf"(?:(?P<sep1>\s*,\s*)(?P<bio>[^{sep}\n]{{2,200}}?))?(?P<sep2>\s+[{sep}]\s+)(?P<age>[^{sep}\n]{{1,24}}?)\s*"))
    return _QUOTE_ATTRIBUTION[0]


# --------------------------------------------------------------------------------------------
# Chat exports a post was pasted into: the prefix each message's first line starts with
# (sender, date, time), per app
# WhatsApp's date and time before a message, with or without a sender after it (12- and
# 24-hour; "p. m.", "PM" with a narrow space; id, fi, da…: "08.13"): iOS "[12/03/25, 09:14:02] ",
# Android "12/03/2025, 09:14 - "
_WHATSAPP_HEADS: tuple[str, ...] = (
    r"\u200e?\[\d{1,4}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[APap]\.?\s?[Mm]\.?)?\] ",
    r"\u200e?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}[:.]\d{2}(?:\s?[APap]\.?\s?[Mm]\.?)? [-–] ",
)
CHAT_MESSAGE_PREFIXES: tuple[str, ...] = (
    # WhatsApp: "[12/03/25, 09:14:02] Name: ", "12/03/2025, 09:14 - Name: "
    *(head + r"[^:\n]{1,60}: " for head in _WHATSAPP_HEADS),
    # Signal, Telegram plain copies: "[09:14] Name: ", "Name, [12.03.25 09:14]: "
    r"\[\d{1,2}:\d{2}(?::\d{2})?\] [^:\n]{1,60}: ",
    # KakaoTalk's PC export: "[Name] [오후 9:12] ", "[Name] [9:12 PM] "
    r"\[[^\[\]\n]{1,40}\] \[(?:오전|오후|AM|PM|午前|午後)? ?\d{1,2}:\d{2}(?: ?[APap][Mm])?\] ",
    # LINE's talk history (.txt): "22:14<TAB>Name<TAB>", a message of several lines in double quotes
    r"(?:[APap][Mm] ?|午前|午後)?\d{1,2}:\d{2}(?: ?[APap][Mm])?\t[^\t\n]{1,60}\t",
)
# A chat export's lines that open a message with no sender: the app's own notices ("[27/11/25,
# 09:12] Messages and calls are end-to-end encrypted…", "27/11/2025, 09:12 - Ana added Bo"),
# WhatsApp's date and time alone. They start a message (and end the one before) but never hold
# the post.
# The head of a messenger's export file and its day lines are notices too: LINE ("[LINE] 〇〇の
# トーク履歴" / "[LINE] Chat history with …", "保存日時：…" / "Saved on: …", "2026/11/26(木)"),
# KakaoTalk's PC export ("〇〇 님과 카카오톡 대화", "저장한 날짜 : …", "------ 2026년 11월 26일 목요일 ------").
CHAT_NOTICE_PREFIXES: tuple[str, ...] = (
    *_WHATSAPP_HEADS,
    r"\[LINE\] ", r"保存日時[:：]", r"Saved on ?: ",
    r"\d{4}[/.]\d{1,2}[/.]\d{1,2} ?\([^()\n]{1,4}\)\s*$",
    r"[^\n]{1,40} 님과 카카오톡 대화\s*$", r"저장한 날짜 ?: ",
    r"-{5,} [^\n]{4,40}? -{5,}\s*$",
)
# The words a forwarder puts before the name in a post's one-line credit ("Post by Ana Lee (CTO
# at Norte):", "Fwd from Ana Lee (CTO) on LinkedIn, 2w: …", "转自领英 —— 孙佳琪（HR 经理）· 5 天"),
# per locale; dashes and a colon may follow them (no bare "From", "De", "Von": they open names
# too, "De Luca", "Von Arx"). A credit with other words before the name
# ("Thanks Ana Lee (CTO at Norte) …") is a sentence, not a credit.
CREDIT_CUES: dict[str, tuple[str, ...]] = {
    "en": ("Post by", "Posted by", "Article by", "Shared by", "Shared from", "Fwd from", "Fwd", "Fw",
           "Forwarded from", "Reposted from", "via"),
    "fr": ("Publication de", "Post de", "Publié par", "Partagé par", "Transféré de", "via"),
    "de": ("Beitrag von", "Post von", "Geteilt von", "Weitergeleitet von", "via"),
    "es": ("Publicación de", "Publicado por", "Compartido por", "Reenviado de", "vía", "via"),
    "pt": ("Publicação de", "Publicado por", "Compartilhado por", "Partilhado por", "Encaminhado de", "via"),
    "zh-CN": ("转自领英", "转自", "转发自", "分享自", "来自"),
    "zh-TW": ("轉自領英", "轉自", "轉發自", "分享自", "來自"),
    "ja": ("LinkedInより", "転送", "シェア元", "投稿者"),
}
# an SMS gateway's opt-out line under a forwarded text message ("Reply STOP to opt out", "Text
# STOP to 12345 to unsubscribe")
SMS_OPT_OUT = r"^\s*(?:Reply|Text|Send|Txt)\s+STOP\b"
# the words on the first line of a messenger's export that holds no message prefix
CHAT_EXPORT_TITLES: tuple[str, ...] = ("카카오톡 대화",)

# An assistant chat copied whole (ChatGPT's web app: each turn opens with a line naming who
# speaks, a heading for screen readers that a select-all copy keeps). The user's turns, per
# locale, and the assistant's. The post is in the user's turns; the assistant's answers, the
# app's header above the first turn and its footer are no post.
ASSISTANT_CHAT_USER_TURNS: tuple[str, ...] = (
    "You said:", "Tú dijiste:", "Vous avez dit :", "Vous avez dit:", "Du hast gesagt:", "Hai detto:",
    "Você disse:",
)
ASSISTANT_CHAT_BOT_TURNS: tuple[str, ...] = (
    "ChatGPT said:", "ChatGPT dijo:", "ChatGPT a dit :", "ChatGPT a dit:", "ChatGPT hat gesagt:",
    "ChatGPT ha detto:", "O ChatGPT disse:", "ChatGPT disse:",
)

# A forwarded mail's header block pasted above the post (Outlook's "From: / Sent: / To: /
# Subject:", Gmail's "From: / Date: / Subject: / To:"), its labels per locale
FORWARD_HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "from": ("From", "Von", "De", "Da", "Van", "Od", "Kimden", "Från", "Fra", "Lähettäjä", "Feladó", "От", "Від",
             "من", "发件人", "寄件者", "差出人", "보낸 사람", "Dari", "Từ"),
    "date": ("Sent", "Date", "Gesendet", "Datum", "Envoyé", "Enviado", "Enviado el", "Fecha", "Inviato", "Data",
             "Verzonden", "Wysłano", "Tarih", "Gönderildi", "Skickat", "Sendt", "Lähetetty", "Elküldve",
             "Отправлено", "Дата", "Надіслано", "التاريخ", "发送时间", "日期", "寄件日期", "送信日時", "日付",
             "보낸 날짜", "Terkirim", "Tanggal", "Ngày gửi"),
    "to": ("To", "An", "À", "A", "Para", "Aan", "Do", "Kime", "Till", "Til", "Vastaanottaja", "Címzett", "Кому",
           "إلى", "收件人", "宛先", "받는 사람", "Kepada", "Đến", "Cc", "CC", "Kopie", "Kopia", "Bilgi"),
    "subject": ("Subject", "Betreff", "Objet", "Asunto", "Assunto", "Oggetto", "Onderwerp", "Temat", "Konu", "Ämne",
                "Emne", "Aihe", "Tárgy", "Тема", "الموضوع", "主题", "主旨", "件名", "제목", "Perihal", "Subjek",
                "Chủ đề"),
}

# Team chat copies (Slack, Teams, Mattermost): each message opens with a line of its own, the
# sender's name and the time ("Jordan Reyes  10:14 AM", "Emre Yıldız 09:47"); the name is
# checked as a name
CHAT_HEADER_LINES: tuple[str, ...] = (
    r"(?P<name>[^\W\d_][^\n:]{1,60}?)\s{1,4}(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s+)?\d{1,2}:\d{2}"
    r"(?:\s?[APap]\.?[Mm]\.?)?",
    # Teams: the time in brackets first ("[10:42 AM] Marco Rossi", "[27/11 10:42] Marco Rossi")
    r"\[(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?\s+)?\d{1,2}:\d{2}(?:\s?[APap]\.?[Mm]\.?)?\]\s{1,4}"
    r"(?P<tname>[^\W\d_][^\n:\[\]]{1,60}?)",
    # Telegram Desktop's copy of several messages: "Name, [27.11.2026 9:14]" over each message
    r"(?P<gname>[^\W\d_][^\n:\[\]]{1,60}?), \[\d{1,2}\.\d{1,2}\.\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[APap]\.?\s?[Mm]\.?)?\]",
)

# --------------------------------------------------------------------------------------------
# Plain-text exports of a post ("copy as text" extensions)

# the arrows that mark a reply under the comment it answers ("↳ Bo Chen (Author) · 2d")
REPLY_ARROWS = "↳↪⤷└»"
# the word over a comment section ("— Comments (3) —", "Yorumlar (12)"), per locale
COMMENT_SECTION_WORDS: tuple[str, ...] = (
    "Comments", "Comment", "Replies", "Kommentare", "Commentaires", "Comentarios", "Comentários", "Commenti",
    "Reacties", "Opmerkingen", "Yorumlar", "Yorum", "Komentar", "Komentarze", "Kommentarer", "Kommentit",
    "Komentáře", "Hozzászólások", "Comentarii", "Комментарии", "Коментарі", "Σχόλια", "תגובות", "التعليقات",
    "تعليقات", "टिप्पणियाँ", "評論", "评论", "留言", "コメント", "댓글", "ความคิดเห็น", "Bình luận", "Komento",
)
