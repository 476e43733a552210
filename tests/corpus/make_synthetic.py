"""Regenerate the synthetic corpus: ``python tests/corpus/make_synthetic.py``.

Every post here is invented for this project (no text from the real dumps), so the
dumps and the exact expected strings may be committed.  One content definition per
locale is rendered into six dump shapes; the label is derived from the same content,
so dump and label cannot drift apart.

Placeholders in the content: ``{L1}``/``{L2}``/``{L3}`` become 1/2/3 lost-character
question marks in the dump and vanish from the expected text; ``{NB}`` is a lost NBSP
(``?`` glued after punctuation).  ``MOJIBAKE`` shapes are written through a cp1252
round-trip, so the dump reads ``â€™``, ``Ã©`` etc.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_TXT = HERE / "synthetic"
OUT_LAB = HERE / "labels"


def dump(s: str) -> str:
    return s.replace("{L1}", "?").replace("{L2}", "??").replace("{L3}", "???").replace("{NB}", "?")


def clean(s: str | None) -> str | None:
    if s is None:
        return None
    s = re.sub(r"\{L[123]\}", "", s).replace("{NB}", "")
    s = re.sub(r"[ \t]{2,}", " ", s)
    return re.sub(r"[ \t]+\n", "\n", s).strip()


def mojibake(s: str) -> str:
    """The whole text UTF-8-encoded and read back as Windows-1252 (ftfy's sloppy codec
    keeps the five bytes cp1252 leaves undefined)."""
    import ftfy.bad_codecs  # noqa: F401  (registers 'sloppy-windows-1252')

    return s.encode("utf-8").decode("sloppy-windows-1252")


# ----------------------------------------------------------------------------- UI
UI = {
    "en": dict(
        agree="Agree & Join LinkedIn",
        legal="By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement, Privacy Policy, and Cookie Policy.",
        skip="Skip to main content", nav=["LinkedIn", "Articles", "People", "Learning", "Jobs", "Games", "Join now", "Sign in"],
        posthead="{name}’s Post", report_post="Report this post", report_comment="Report this comment", more="…more",
        comments_n="{n} Comments", like="Like", comment="Comment", share="Share", repost="Repost", send="Send", copy="Copy",
        reply="Reply", reactions="{n} Reactions", see_more="See more comments", sign_in="To view or add a comment, sign in",
        sign_in_md="To view or add a comment, [sign in]({u})", followers="{n} followers", view_profile="View Profile",
        follow="Follow", explore="Explore topics", footer=["LinkedIn © 2025", "About", "Accessibility", "User Agreement",
        "Privacy Policy", "Cookie Policy", "Copyright Policy", "Brand Policy", "Guest Controls", "Community Guidelines"],
        language="Language", recommended="Recommended by LinkedIn", feed_post="Feed post number {n}",
        visible="Visible to anyone on or off LinkedIn", reposted="{x} reposted this", edited="Edited",
        first="1st", second="2nd", comments_feed="{n} comments",
    ),
    "fr": dict(
        agree="Accepter et rejoindre LinkedIn",
        legal="En cliquant sur Continuer pour rejoindre ou vous identifier, vous acceptez les Conditions d’utilisation, la Politique de confidentialité et la Politique relative aux cookies de LinkedIn.",
        skip="Passer au contenu principal", nav=["LinkedIn", "Articles", "Personnes", "Learning", "Offres d’emploi", "Jeux", "S’inscrire", "S’identifier"],
        posthead="Post de {name}", report_post="Signaler ce post", report_comment="Signaler ce commentaire", more="…plus",
        comments_n="{n} commentaires", like="J’aime", comment="Commenter", share="Partager", repost="Republier", send="Envoyer",
        copy="Copier", reply="Répondre", reactions="{n} réactions", see_more="Voir plus de commentaires",
        sign_in="Pour voir ou ajouter un commentaire, connectez-vous", sign_in_md="Pour voir ou ajouter un commentaire, [connectez-vous]({u})",
        followers="{n} abonnés", view_profile="Voir le profil", follow="Suivre", explore="Explorer les sujets",
        footer=["LinkedIn © 2025", "À propos", "Accessibilité", "Conditions générales d’utilisation", "Politique de confidentialité",
        "Politique relative aux cookies", "Politique de copyright", "Politique de la marque", "Réglages invités", "Directives de la communauté"],
        language="Langue", recommended="Recommandé par LinkedIn", feed_post="Post du fil d’actualité numéro {n}",
        visible="Visible de tous sur LinkedIn et en dehors", reposted="{x} a republié ceci", edited="Modifié",
        first="1er", second="2e", comments_feed="{n} commentaires",
    ),
    "zh": dict(
        agree="同意并加入领英", legal="点击“继续”加入或登录，即表示您同意领英的用户协议、隐私政策和 Cookie 政策。",
        skip="跳到主要内容", nav=["领英", "文章", "会员", "领英学习", "职位", "游戏", "加入", "登录"],
        posthead="{name}的动态", report_post="举报此动态", report_comment="举报此评论", more="…更多",
        comments_n="{n} 条评论", like="赞", comment="评论", share="分享", repost="转发", send="发送", copy="复制",
        reply="回复", reactions="{n} 次回应", see_more="查看更多评论", sign_in="登录后即可查看或发表评论",
        sign_in_md="[登录]({u})后即可查看或发表评论", followers="{n} 位关注者", view_profile="查看档案", follow="关注",
        explore="探索主题", footer=["领英 © 2025", "关于", "无障碍", "用户协议", "隐私政策", "Cookie 政策", "版权政策",
        "品牌政策", "访客控制", "社区准则"],
        language="语言", recommended="领英推荐", feed_post="动态第 {n} 条", visible="所有领英会员及非会员均可见",
        reposted="{x}转发了", edited="已编辑", first="一度", second="二度", comments_feed="{n} 条评论",
    ),
}
LANGS = ["العربية (Arabic)", "Deutsch (German)", "English (English)", "Español (Spanish)", "Français (French)",
         "日本語 (Japanese)", "Português (Portuguese)", "简体中文 (Chinese (Simplified))", "正體中文 (Chinese (Traditional))"]
LONG_AGE = {  # feed cards print the age twice: compact, then long form
    "en": {"2h": "2 hours ago", "1d": "1 day ago", "3w": "3 weeks ago"},
    "fr": {"5 h": "il y a 5 heures", "3 j": "il y a 3 jours"},
    "zh": {"5 天": "5 天前", "3 周": "3 周前"},
}

# ------------------------------------------------------------------------- content
C = {}
C["en"] = dict(
    article=dict(
        title="Five Lessons From Ten Years of Night Shifts", author="Marta Okonkwo",
        bio="{L2} Operations lead at Harbour Logistics | Helping warehouse teams sleep better {L3}Host of The Night Shift Notes {L2}",
        paras=[
            "When I started running the night shift at our coastal depot, I believed that stamina was the whole job. It took me a decade to learn that rhythm matters more than stamina.{NB}",
            "The first lesson was about handovers. A tired team will forget anything that is not written down, so we moved every handover to a single shared checklist. Errors fell by a third in two months.",
            "The second lesson was about light. We replaced the flickering tubes in the loading bay, and people stopped leaving early with headaches. Why had nobody asked them sooner?",
            "The third, fourth and fifth lessons were really one lesson: treat the night crew as a team of its own, not as the day team’s understudy. Give them their own meetings, their own budget and their own wins.{NB}",
            "If you lead people who work while the rest of us sleep, start with the checklist and the lights. The rest will follow {L2}",
        ],
        split=3, teasers=[("Why Warehouses Need Better Lighting", "Priya Das", "2 months ago"), ("The Quiet Cost of Handover Errors", "Tom Reilly", "5 months ago")],
        sign_off="Rest well and lead well.",
        cta=["WANT THE NIGHT SHIFT CHECKLIST?", "I share the exact template we use with every new supervisor.", "Reply with the word 'CHECKLIST' and I will send it over this week."],
        comments=[
            dict(name=None, bio="Warehouse manager | Forklift safety trainer {L2}", age="3w", text="This matches my experience exactly, Marta. The lighting point is underrated!"),
            dict(name=None, bio=None, age=None, text="We tried the shared checklist last spring and it changed our handovers completely. {L2} {L2}"),
            dict(name=None, bio="Shift supervisor at Northgate Freight", age="1mo", text="Which checklist tool do you use?"),
        ],
        slug="five-lessons-ten-years-night-shifts-marta-okonkwo-q3x7c",
    ),
    post=dict(
        author="Daniel Brandt", slug="daniel-brandt-fieldnote", bio="Product designer at Fieldnote | Writing about calm software", age="5d",
        body=["We removed 40% of the settings screen last quarter. Nobody complained. {L2}", "", "Here is what we learned:",
              "1. Most settings exist because a meeting could not agree.", "2. Defaults are a product decision, not a shrug.",
              "3. Every toggle doubles what support has to explain.", "",
              "Are you sure your users need that option? Ask them, not the roadmap.{NB}", "", "#ProductDesign #UX #Simplicity"],
        hashtags=["#ProductDesign", "#UX", "#Simplicity"], reactions=214, ncomments=3, followers="8,120",
        comments=[
            dict(name="Ines Carvalho", slug="ines-carvalho", bio="Design lead at Ponte Studio", age="4d", text="The meeting line is painfully true {L2}", r=12),
            dict(name="Omar Haddad", slug="omarhaddad", bio="Support engineer at Brightdesk", age="4d", text="As the person who writes the help articles: thank you!\nEvery toggle is a page I have to maintain.", r=7),
            dict(name="Grace Liu", slug="grace-liu-42", bio="Founder, Quiet Apps", age="2d", text="Saving this for our next roadmap review.", r=1),
        ],
    ),
    feed=[
        dict(name="Greenline Bikes", company=True, followers="3,412", age="2h", body=["Our spring service week starts Monday {L2}", "", "Bring your bike in for a free safety check at any of our three workshops. No appointment needed."], hashtags=["#Cycling", "#BikeMaintenance"], reactions="14", ncomments=2),
        dict(name="Priya Raman", bio="Data engineer at Lumen Analytics | Python, SQL, dbt", degree="first", premium=True, age="1d", body=["Three years ago I could not write a SQL join. Today I shipped my first data pipeline to production.", "", "If you are learning something hard right now: keep going."], hashtags=[], reactions="87", ncomments=12),
        dict(name="Leo Fischer", bio="Head barista & trainer at Northwind Coffee", degree="second", reposted="Northwind Coffee", age="3w", edited=True, body=["We’re hiring two weekend baristas in Leeds. Training provided, no experience needed.", "Send me a message if you’re interested!"], hashtags=["#Hiring", "#Leeds"], reactions="31", ncomments=0),
    ],
    mojibake={"feed", "post_markdown"},
)
C["fr"] = dict(
    article=dict(
        title="Cinq leçons tirées de dix ans de gestion de projet", author="Nicolas Bernard",
        bio="Chef de projet senior chez Vauban Conseil | Conférencier {L2}",
        paras=[
            "Quand j’ai commencé ma carrière, je pensais qu’un bon chef de projet était celui qui ne dormait jamais. Dix ans plus tard, je sais que c’est exactement l’inverse.{NB}",
            "La première leçon concerne les réunions. Une réunion sans ordre du jour est une conversation, pas une réunion. Depuis que nous envoyons l’ordre du jour la veille, nos réunions durent moitié moins longtemps.",
            "La deuxième leçon concerne les estimations. Les équipes ne se trompent pas par paresse, mais par optimisme. Alors pourquoi ne pas ajouter une marge dès le départ ?",
            "Les trois dernières leçons tiennent en une phrase : protégez votre équipe, dites la vérité aux clients et fêtez chaque livraison, même petite.{NB}",
            "Si vous débutez dans ce métier, commencez par l’ordre du jour. Le reste viendra naturellement {L2}",
        ],
        split=3, teasers=[("Le piège des estimations optimistes", "Claire Dubois", "il y a 3 mois"), ("Réunions : moins, mais mieux", "Hugo Lambert", "il y a 1 an")],
        sign_off="Bonne gestion de projet à tous.",
        cta=["VOUS VOULEZ MON MODÈLE D’ORDRE DU JOUR ?", "Je le partage gratuitement avec les chefs de projet qui débutent.", "Écrivez « MODÈLE » en commentaire et je vous l’envoie cette semaine."],
        comments=[
            dict(name=None, bio="Directrice de programme | Transformation numérique", age="1 mois", text="La remarque sur l’optimisme est très juste. Merci Nicolas !"),
            dict(name=None, bio=None, age=None, text="Je partage cet article avec toute mon équipe. {L2}"),
            dict(name=None, bio="Consultant PMO indépendant", age="2 sem.", text="Et pour les projets agiles, vous gardez la même marge ?"),
        ],
        slug="cinq-lecons-dix-ans-gestion-de-projet-nicolas-bernard-k2m9d",
    ),
    post=dict(
        author="Camille Lefèvre", slug="camille-lefevre-rh", bio="Responsable RH chez Atelier Nord | Recrutement bienveillant", age="2 sem.",
        body=["Cette semaine, nous avons supprimé la lettre de motivation de nos offres d’emploi. {L2}", "",
              "Pourquoi ? Parce que personne ne la lisait vraiment, et qu’elle décourageait les meilleurs profils.", "",
              "À la place, nous posons trois questions courtes :", "– Qu’est-ce qui vous a donné envie de postuler ?",
              "– Sur quel projet aimeriez-vous travailler ?", "– De quoi avez-vous besoin pour bien démarrer ?", "",
              "Résultat : deux fois plus de candidatures, et des entretiens bien plus riches.{NB}", "", "#Recrutement #RH #MarqueEmployeur"],
        hashtags=["#Recrutement", "#RH", "#MarqueEmployeur"], reactions=132, ncomments=3, followers="4 902",
        comments=[
            dict(name="Julien Moreau", slug="julien-moreau-ops", bio="Directeur des opérations chez Logis Plus", age="1 sem.", text="Excellente idée ! On teste ça dès le mois prochain {L2}", r=9),
            dict(name="Sophie Martin", slug="sophiemartin", bio="Consultante en recrutement", age="3 j", text="La troisième question est ma préférée.\nElle en dit long sur l’entreprise.", r=4),
            dict(name="Karim Benali", slug="karim-benali", bio="Étudiant en master RH", age="5 h", text="Merci pour ce partage, très inspirant.", r=1),
        ],
    ),
    feed=[
        dict(name="Boulangerie Dupain", company=True, followers="1 248", age="5 h", body=["Nouvelle recette ce week-end : la fougasse aux olives de Nyons ! {L2}", "", "Venez la goûter samedi matin dans nos deux boutiques."], hashtags=["#Boulangerie", "#Artisanat"], reactions="23", ncomments=4),
        dict(name="Élodie Garnier", bio="Ingénieure logiciel chez Orbital | Rust et systèmes embarqués", degree="first", age="3 j", body=["Après six mois de travail, notre bibliothèque open source passe enfin en version 1.0.", "", "Merci à toutes les personnes qui ont contribué, testé et signalé des bogues. Vous êtes formidables."], hashtags=[], reactions="56", ncomments=9),
    ],
    mojibake={"post_page", "clipper_markdown"},
)
C["zh"] = dict(
    article=dict(
        title="远程团队的五个沟通习惯", author="刘佳", bio="{L3}远程团队教练 | 前外企项目经理 {L2}",
        paras=[
            "三年前，我们的团队分散在四个城市。一开始，每个人都觉得沟通成本太高，误会也越来越多。{NB}",
            "第一个习惯是把决定写下来。每次会议结束后，负责人会在十分钟内发出一份简短的纪要，说明谁在什么时候完成什么。",
            "第二个习惯是约定回复时间。我们不要求随时在线，但约定工作日内四小时内回复消息。这样大家既不焦虑，也不会被打扰。",
            "第三、第四和第五个习惯其实是同一件事：相信同事，公开进展，及时感谢。信任是远程团队最重要的基础设施。",
            "如果你也在带远程团队，不妨从写下决定开始试试。你会发现，距离并不是问题。{L2}",
        ],
        split=3, teasers=[("远程办公的三个误区", "赵磊", "2 个月前"), ("如何开好一场线上会议", "孙悦", "1 年前")],
        sign_off="祝大家合作愉快。",
        cta=["想要我们的会议纪要模板吗？", "在评论区留言“模板”，我会私信发给你。"],
        comments=[
            dict(name=None, bio="人力资源总监 | 组织发展", age="10 个月", text="约定回复时间这一点非常实用，我们团队也在用。"),
            dict(name=None, bio=None, age=None, text="写得很好，收藏了！{L2} {L2}"),
            dict(name=None, bio="软件工程师 | 分布式系统", age="3 周", text="请问你们用什么工具来记录决定？"),
        ],
        slug="远程团队的五个沟通习惯-佳-刘-p8t4w",
    ),
    post=dict(
        author="王晓明", slug="wang-xiaoming-data", bio="数据分析师 | 专注零售行业的数据可视化", age="5 天",
        body=["上个月我们把周报从二十页缩减到了一页。{L2}", "", "很多同事担心信息不够，但结果恰恰相反：", "1. 管理层真正开始阅读周报了",
              "2. 每周的会议时间缩短了一半", "3. 大家更愿意提出问题", "", "你们团队的周报有多长？欢迎在评论区分享。{L1}", "", "#数据分析 #效率 #团队管理"],
        hashtags=["#数据分析", "#效率", "#团队管理"], reactions=76, ncomments=3, followers="2,915",
        comments=[
            dict(name="李娜", slug="li-na-retail", bio="产品经理 | 零售数字化", age="4 天", text="一页纸的周报太重要了！我们也在尝试。{L2}", r=5),
            dict(name="陈伟", slug="chenwei", bio="市场部主管", age="3 天", text="请问一页里最先放的是哪个指标？", r=2),
            dict(name="张磊", slug="zhang-lei-fin", bio="财务分析师", age="2 小时", text="学习了，谢谢分享。", r=1),
        ],
    ),
    feed=[
        dict(name="晨光书店", company=True, followers="2,306", age="5 天", body=["本周六下午举办读书分享会，主题是“城市与记忆”。{L2}", "", "欢迎大家带上自己喜欢的书来参加。"], hashtags=["#读书会", "#阅读"], reactions="31", ncomments=6),
        dict(name="周婷", bio="用户体验设计师 | 关注无障碍设计", degree="first", age="3 周", edited=True, body=["无障碍设计不是额外的功能，而是基本的尊重。", "", "这个月我们为应用增加了读屏支持，很多用户留言表示感谢。"], hashtags=[], reactions="88", ncomments=15),
    ],
    mojibake=set(),
)


# ------------------------------------------------------------------------ renderers
def body_text(lines: list[str]) -> str:
    return "\n".join(lines)


def render_article(lang, a):
    ui = UI[lang]
    out = [a["title"], a["author"], a["bio"]]
    out += a["paras"][: a["split"]]
    out.append(ui["recommended"])
    if lang != "zh":  # the seed (zh) shows the bare header; other pages keep teaser triples
        for t in a["teasers"]:
            out += list(t)
    out += a["paras"][a["split"]:]
    out.append(" ".join(["?"] * 24))
    out.append(a["sign_off"] + " {L2}")
    out += a["cta"]
    for c in a["comments"]:
        if c["bio"]:
            out.append(c["bio"])
        out.append((c["age"] or "") + c["text"])
    return "\n".join(out) + "\n"


def slugify(s: str) -> str:
    return re.sub(r"\W+", "-", s.lower()).strip("-")


def render_clipper(lang, a):
    ui = UI[lang]
    head = ["---", f'title: "{a["title"]}"', f'source: "https://www.linkedin.com/pulse/{a["slug"]}"', "author:",
            f'  - "[[{a["author"]}]]"', "published:", "created: 2025-06-02", 'description: "' + clean(a["paras"][0])[:60] + '"',
            "tags:", '  - "clippings"', "---", ""]
    out = list(head)
    for p in a["paras"][: a["split"]]:
        out += [p, ""]
    out += [f"## {ui['recommended']}", ""]
    for i, t in enumerate(a["teasers"], 1):
        out += [f"[{t[0]}](https://www.linkedin.com/pulse/{slugify(t[0])}-{i}?trk=article-ssr-frontend-pulse_little-text-block)", "", t[1], "", t[2], ""]
    for p in a["paras"][a["split"]:]:
        out += [p, ""]
    out += [a["sign_off"] + " {L2}", ""]
    out += [c + "\n" for c in a["cta"]]
    return "\n".join(out)


def md_link(text, trk):
    return f"[{text}](https://www.linkedin.com/signup/cold-join?session_redirect=https%3A%2F%2Fwww%2Elinkedin%2Ecom%2Fposts%2Fx&trk={trk})"


def page_nodes(lang, p, md=False):
    """Public post page, one UI node per element (body and comment texts are one node each)."""
    ui = UI[lang]
    n = []
    n += [ui["agree"], ui["legal"], ui["skip"]] + ui["nav"]
    n.append(ui["posthead"].format(name=p["author"]))
    if md:
        n.append(f"[![View profile for {p['author']}]()](https://www.linkedin.com/in/{p['slug']}?trk=public_post_feed-actor-image)")
        n.append(f"[{p['author']}](https://www.linkedin.com/in/{p['slug']}?trk=public_post_feed-actor-name)")
    else:
        n.append(p["author"])
    n += [p["bio"], p["age"]]
    n.append(f"- [{ui['report_post']}](/uas/login?session_redirect=x&trk=public_post_ellipsis-menu-semaphore-sign-in-redirect)" if md else ui["report_post"])
    body = body_text(p["body"])
    if md:
        body = re.sub(r"#(\w+)", lambda m: f"[#{m.group(1)}](https://www.linkedin.com/feed/hashtag/{m.group(1).lower()}?trk=public_post-text)", body)
    n.append(body)
    if not md:
        n.append(ui["more"])
    n.append(md_link(str(p["reactions"]), "public_post_social-actions-reactions") if md else str(p["reactions"]))
    cn = ui["comments_n"].format(n=p["ncomments"])
    n.append(md_link(cn, "public_post_social-actions-comments") if md else cn)
    n += [md_link(ui["like"], "public_post_like-cta") if md else ui["like"], md_link(ui["comment"], "public_post_comment-cta") if md else ui["comment"], ui["share"]]
    n += ([f"- {ui['copy']}", "- LinkedIn", "- Facebook", "- X"] if md else [ui["copy"], "LinkedIn", "Facebook", "X"])
    for c in p["comments"]:
        if md:
            n.append(f"[![{c['name']}, graphic]()](https://www.linkedin.com/in/{c['slug']}?trk=public_post_comment_actor-image)")
            n.append(f"[{c['name']}](https://www.linkedin.com/in/{c['slug']}?trk=public_post_comment_actor-name)")
        else:
            n.append(c["name"])
        n += [c["bio"], c["age"]]
        n.append(f"- [{ui['report_comment']}](/uas/login?session_redirect=x&trk=public_post_comment_ellipsis-menu-semaphore-sign-in-redirect)" if md else ui["report_comment"])
        n.append(c["text"])
        n += [md_link(ui["like"], "public_post_comment_like") if md else ui["like"], md_link(ui["reply"], "public_post_comment_reply") if md else ui["reply"]]
        rc = ui["reactions"].format(n=c["r"])
        n += [md_link(rc, "public_post_comment_reactions") if md else rc, ui["reactions"].format(n=c["r"] + 1)]
    n.append(md_link(ui["see_more"], "public_post_see-more-comments") if md else ui["see_more"])
    n.append(ui["sign_in_md"].format(u="https://www.linkedin.com/signup/cold-join?trk=public_post_feed-cta-banner-cta") if md else ui["sign_in"])
    n += [ui["followers"].format(n=p["followers"]), ui["view_profile"], ui["follow"], ui["explore"]]
    n += ui["footer"] + LANGS + [ui["language"]]
    return n


def render_post_page(lang, p):
    return "\n\n".join(" " + x for x in page_nodes(lang, p)) + "\n"


def render_post_markdown(lang, p):
    return "\n\n".join(page_nodes(lang, p, md=True)) + "\n"


def render_flattened(lang, p):
    # the whole page on one line; newlines survive only inside body and comment texts
    return " ".join(page_nodes(lang, p)).replace("\n\n", "\n\n") + " "


def render_feed(lang, posts):
    ui = UI[lang]
    out = []
    for i, f in enumerate(posts, 1):
        out.append(ui["feed_post"].format(n=i))
        if f.get("reposted"):
            out.append(ui["reposted"].format(x=f["reposted"]))
        out += [f["name"], f["name"]]
        if f.get("company"):
            out += [ui["followers"].format(n=f["followers"])] * 2
        else:
            deg = ui[f["degree"]]
            out += [f"   • {deg}", ("Premium • " if f.get("premium") else "") + deg, f["bio"], f["bio"]]
        ed = f" • {ui['edited']}" if f.get("edited") else ""
        out += [f"{f['age']}{ed} • ", " ", f"{LONG_AGE[lang][f['age']]}{ed} • {ui['visible']}"]
        out += f["body"]
        if f["hashtags"]:
            out.append("")
            for h in f["hashtags"]:
                out += ["hashtag", h + " "]
        out.append(ui["more"])
        out.append(f["reactions"])
        if f["ncomments"]:
            out.append(ui["comments_feed"].format(n=f["ncomments"]))
        out += [ui["like"], ui["comment"], ui["repost"], ui["send"]]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------- labels
def ex(s):
    return None if s is None else {"exact": clean(s)}


def article_label(a, with_comments=True):
    return dict(
        title=a["title"], author=dict(name=a["author"], bio=clean(a["bio"])), age=None,
        body=dict(exact="\n\n".join(clean(p) for p in a["paras"])), cta=dict(exact="\n".join(a["cta"])),
        sign_off=a["sign_off"], hashtags=[],
        comments=[dict(author=dict(name=c["name"], bio=clean(c["bio"])), age=c["age"], text=ex(c["text"]), replies=[]) for c in a["comments"]] if with_comments else [],
    )


def post_label(p):
    return dict(
        title=None, author=dict(name=p["author"], bio=p["bio"]), age=p["age"],
        body=dict(exact=clean(body_text(p["body"]))), cta=None, sign_off=None, hashtags=p["hashtags"],
        comments=[dict(author=dict(name=c["name"], bio=c["bio"]), age=c["age"], text=ex(c["text"]), replies=[]) for c in p["comments"]],
    )


def feed_label(f):
    body = clean(body_text(f["body"]))
    if f["hashtags"]:
        body += "\n\n" + " ".join(f["hashtags"])
    return dict(title=None, author=dict(name=f["name"], bio=None if f.get("company") else f["bio"]), age=f["age"],
                body=dict(exact=body), hashtags=f["hashtags"], comments=[])


NOTES = {
    "article": "Article pasted one paragraph per line (like the seed): title, author, headline with lost-emoji '?' runs, a '{rec}' widget inside the body, a row of lost NBSPs, sign-off, CTA, then comments as headline line + age glued to the text.",
    "post_page": "Public post page, one UI node per line, localised chrome; comments show 'N reactions' twice.",
    "post_markdown": "The same kind of page captured as Markdown: names and counts are links (…trk=public_post_feed-actor-name), hashtags are /feed/hashtag/ links.",
    "feed": "Home-feed copy with several cards: 'feed post number N', doubled names and headlines, degree badges, compact + long ages, 'hashtag' / '#X' line pairs, fold and action row.",
    "clipper_markdown": "Web-clipper Markdown with YAML front matter; '## {rec}' teaser block inside the body; no comments captured.",
    "flattened": "The post page with every newline between nodes collapsed to a space (newlines survive only inside body and comment texts).",
}


def main() -> None:
    OUT_TXT.mkdir(parents=True, exist_ok=True)
    OUT_LAB.mkdir(parents=True, exist_ok=True)
    for lang, c in C.items():
        a, p, feed = c["article"], c["post"], c["feed"]
        items = {
            "article": (render_article(lang, a), [article_label(a)]),
            "clipper_markdown": (render_clipper(lang, a), [dict(article_label(a, with_comments=False), author=dict(name=a["author"], bio=None))]),
            "post_page": (render_post_page(lang, p), [post_label(p)]),
            "post_markdown": (render_post_markdown(lang, p), [post_label(p)]),
            "flattened": (render_flattened(lang, p), [post_label(p)]),
            "feed": (render_feed(lang, feed), [feed_label(f) for f in feed]),
        }
        for shape, (text, records) in items.items():
            name = f"{shape.replace('_', '-')}-{lang}"
            text = dump(text)
            notes = NOTES[shape].format(rec=UI[lang]["recommended"])
            if shape in c["mojibake"]:
                text = mojibake(text)
                notes += " The whole file went through a UTF-8 → Windows-1252 mojibake (â€™, Ã©, â€”)."
            (OUT_TXT / f"{name}.txt").write_text(text, encoding="utf-8")
            label = {"file": f"synthetic:{name}.txt", "shape": shape, "lang": lang, "notes": notes, "records": records}
            (OUT_LAB / f"synthetic-{name}.json").write_text(json.dumps(label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print("wrote", name)


if __name__ == "__main__":
    main()
