"""Chat exports a post was pasted into (invented chats)."""

from __future__ import annotations

import pytest

from postscrub import process
from postscrub.audit import check_accounted

WHATSAPP = """[03/04/25, 18:02:11] Lena Roth: Look at this one, fits our Friday session
[03/04/25, 18:02:40] Lena Roth: Paul Winter
Head of Sales at Nordlicht GmbH
3 d

We stopped counting calls and started counting second meetings.

Our pipeline shrank for a month. Then it doubled.

#Sales #Leadership
[03/04/25, 18:05:02] Mia Falk: Nice, adding it to the slides
[03/04/25, 18:05:09] Mia Falk: \u200eimage omitted
"""

ANDROID = """03/04/2025, 18:02 - Lena Roth: Saw this today
03/04/2025, 18:03 - Lena Roth: Paul Winter
Head of Sales at Nordlicht GmbH
3 d

We stopped counting calls and started counting second meetings.

#Sales
03/04/2025, 18:09 - Mia Falk: 👍
"""

# invented: an Android export in a locale that writes the time with a dot and no comma after
# the date (id, fi, da: "03/04/25 18.03 - ")
ANDROID_DOT = """03/04/25 18.02 - Lena Roth: Saw this today
03/04/25 18.03 - Lena Roth: Paul Winter
Head of Sales at Nordlicht GmbH
3 d

We stopped counting calls and started counting second meetings.

#Sales
03/04/25 18.09 - Mia Falk: 👍
"""


@pytest.mark.parametrize("text", [WHATSAPP, ANDROID, ANDROID_DOT])
def test_chat_export_keeps_only_the_message_holding_the_post(text):
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Paul Winter", "Head of Sales at Nordlicht GmbH", "3 d")
    assert rec.body.startswith("We stopped counting calls")
    assert "Lena" not in rec.body and "Mia" not in rec.body and "slides" not in rec.body
    assert rec.comments == []
    assert {"chat.prefix", "chat.message"} <= {r.rule for r in rec.repairs}
    assert check_accounted(text, [rec]) == []


# invented: the post quoted line by line ("> ") in the message that holds it, a comment under it
QUOTED = """[03/04/25, 18:02:11] Lena Roth: this one 👀
[03/04/25, 18:02:40] Lena Roth:\x20
> Paul Winter
> Head of Sales at Nordlicht GmbH
> 3 d
> We stopped counting calls and started counting second meetings.
>
> #Sales
> 14
> Like
> Comment
> Mia Falk
> Account Manager at Kettle & Co
> 2 d
> Same here, our calendar finally breathes.
> Like
> Reply
[03/04/25, 18:05:02] Mia Falk: haha that's me
"""


def test_chat_message_quoting_the_post_line_by_line():
    (rec,) = process(QUOTED)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Paul Winter", "Head of Sales at Nordlicht GmbH", "3 d")
    assert rec.body == "We stopped counting calls and started counting second meetings.\n\n#Sales"
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Mia Falk", "Account Manager at Kettle & Co", "2 d", "Same here, our calendar finally breathes.")]
    assert "quote.marker" in {r.rule for r in rec.repairs}
    assert check_accounted(QUOTED, [rec]) == []


@pytest.mark.parametrize("text", [
    "[03/04/25, 18:02:11] Lena Roth: hi\n[03/04/25, 18:02:40] Mia Falk: hello\n",  # (no post in it)
    "[1] First point of the list\n[2] Second point\n",
    "2025 was a good year.\n",
])
def test_what_is_no_chat_with_a_post_is_left_as_it_was(text):
    recs = process(text)
    assert not any(r.rule.startswith("chat.") for rec in recs for r in rec.repairs)
    assert check_accounted(text, recs) == []


_TEAM_THREAD = """Rosa Lindgren 14:02
Have a look at this before the retro? I think it fits us.

Callum Iweala
 • 2nd
Head of Support at Fernhill Tools
3d •

We stopped closing tickets on Fridays.

Instead, every open ticket gets a named owner for the weekend, and Monday starts with those.

Our reopen rate halved in two months.

#Support #CustomerExperience

Like
Comment
Hugo Brandt
 • 1st
Support lead
2d
Same here, the named owner is the whole trick.
Like
Reply

2 replies
Mats Olsen 14:05
agreed, adding it to the agenda
Rosa Lindgren 14:06
thanks!
"""


def test_team_thread_keeps_the_pasted_post():
    from postscrub import pipeline

    recs = pipeline.process(_TEAM_THREAD)
    r = recs[0]
    assert r.author.name == "Callum Iweala"
    assert r.age == "3d"
    assert r.body.startswith("We stopped closing tickets on Fridays.")
    assert "retro" not in r.body and (r.title is None)
    assert [c.author.name for c in r.comments] == ["Hugo Brandt"]
    assert check_accounted(_TEAM_THREAD, recs) == []


def test_single_time_line_is_no_thread():
    from postscrub import chat

    assert not chat.may_be_thread("Meeting notes\nsome text")
    assert chat.may_be_thread("Ana Lopes  9:14 AM\nhello")


def test_team_thread_with_an_arabic_post_whose_age_closes_on_a_bullet():
    # invented: a Slack message with a note, then an Arabic-UI post copy whose header age is "٤ أيام •"
    text = ("Omar Fares  9:15 AM\nplease check the hashtags on this one\n\n"
            "نادية يوسف\nنادية يوسف\n• الدرجة الثالثة\nمهندسة بيانات في شركة الأفق\n٤ أيام •\nمتابعة\n\n"
            "أنهينا اليوم نقل قاعدة البيانات إلى الخوادم الجديدة دون أي توقف للخدمة.\n\n"
            "هالة منصور و٧٣ آخرون\n١٢ تعليقًا\nأعجبني\nتعليق\n\n"
            "هالة منصور\nمديرة مشاريع\nيومان\nعمل رائع يا نادية!\nأعجبني\nرد\n\n"
            "Sara Lind  9:20 AM\nlooking now\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("نادية يوسف", "مهندسة بيانات في شركة الأفق", "٤ أيام")
    assert rec.body == "أنهينا اليوم نقل قاعدة البيانات إلى الخوادم الجديدة دون أي توقف للخدمة."
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [("هالة منصور", "يومان", "عمل رائع يا نادية!")]


def test_teams_thread_with_the_time_before_the_sender_keeps_the_pasted_post():
    # invented: a Teams copy, "[time] Name" headers, a post pasted into the first message
    text = ("[9:05 AM] Priya Nair\ncan you check why this one lost its tags?\n\n"
            "Tomás Reyes\nTomás Reyes\n• 2nd\nWarehouse lead at Bayline\n3d • \nFollow\n\n"
            "We cut picking errors in half by relabelling every shelf.\n\nhashtag\n#Logistics\n\n"
            "Dana Hill and 40 others\n5 comments\nLike\nComment\nRepost\nSend\n\n"
            "[9:12 AM] Luis Ortega\non it\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name, rec.age) == (None, "Tomás Reyes", "3d")
    assert rec.body == "We cut picking errors in half by relabelling every shelf.\n\n#Logistics"
    assert check_accounted(text, [rec]) == []


# invented: exports that open with the app's notice (no sender), in 24- and 12-hour clocks
NOTICE_IOS = """[14/02/2026, 08:01] Messages and calls are end-to-end encrypted. Only people in this chat can read them.
[14/02/2026, 08:03] Ilse Brandt: worth a read for Monday
[14/02/2026, 08:04] Ilse Brandt: Tomasz Wren
Operations lead at Kestrel Freight
4 d

We moved every dock appointment to a shared calendar.

Waiting time at the gate fell by a third.

#Logistics
[14/02/2026, 08:20] Oren Voss: <Media omitted>
"""

NOTICE_ANDROID = """2/14/26, 8:01 p. m. - Messages and calls are end-to-end encrypted. Only people in this chat can read them.
2/14/26, 8:03 p. m. - Ilse Brandt: worth a read for Monday
2/14/26, 8:04 p. m. - Ilse Brandt: Tomasz Wren
Operations lead at Kestrel Freight
4 d

We moved every dock appointment to a shared calendar.

Waiting time at the gate fell by a third.

#Logistics
2/14/26, 8:20 p. m. - Oren Voss: nice
"""


@pytest.mark.parametrize("text", [NOTICE_IOS, NOTICE_ANDROID])
def test_chat_export_opening_with_the_apps_notice(text):
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Tomasz Wren", "Operations lead at Kestrel Freight", "4 d")
    assert rec.body.startswith("We moved every dock appointment")
    assert rec.body.endswith("#Logistics")
    assert "encrypted" not in rec.body and "Ilse" not in rec.body and "Oren" not in rec.body
    assert check_accounted(text, [rec]) == []


def test_telegram_desktop_copy_keeps_the_pasted_post():
    # invented: Telegram Desktop's copy of several messages, "Name, [dd.mm.yyyy h:mm]" over each
    text = ("Ilse Brandt, [14.02.2026 8:03]\nworth a read for Monday\n\n"
            "Ilse Brandt, [14.02.2026 8:04]\nTomasz Wren\nOperations lead at Kestrel Freight\n4d\n\n"
            "We moved every dock appointment to a shared calendar.\n\nWaiting time at the gate fell by a third.\n\n"
            "#Logistics\n\nOren Voss, [14.02.2026 8:20]\nnice, thanks\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Tomasz Wren", "Operations lead at Kestrel Freight", "4d")
    assert rec.body == ("We moved every dock appointment to a shared calendar.\n\nWaiting time at the gate fell by a third."
                        "\n\n#Logistics")
    assert check_accounted(text, [rec]) == []


def test_slack_paste_with_the_posts_header_on_its_name_line_its_unfurl_and_reactions():
    # invented: a Slack message with a note, a post copied from its header ("Name • 2nd") down,
    # the link Slack unfurled under it, and the message's reactions
    text = ("Mira Castell  9:02 AM\nthe bit about onboarding is what I meant yesterday\n\n"
            "Tobias Renn • 2nd\nHead of People at Larchwood\n3d •\n"
            "We cut onboarding from six weeks to ten days.\n\nEvery new hire ships something on day three.\n\n"
            "#Onboarding\n"
            "https://www.linkedin.com/posts/tobias-renn_onboarding-activity-7000000000000000000-abcd\n"
            "LinkedIn\nTobias Renn on LinkedIn: We cut onboarding from six weeks to ten days. Every new…\n"
            "We cut onboarding from six weeks to ten days. Every new hire ships something on day three…\n"
            ":raised_hands:\n4\n:eyes:\n1\n"
            "Kofi Mensah  9:10 AM\nten days sounds ambitious\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Tobias Renn", "Head of People at Larchwood", "3d")
    assert rec.body == ("We cut onboarding from six weeks to ten days.\n\nEvery new hire ships something on day three."
                        "\n\n#Onboarding")
    assert {"chat.unfurl", "chat.reaction", "chat.sender_note"} <= {r.rule for r in rec.repairs}
    assert check_accounted(text, [rec]) == []


def test_whatsapp_export_whose_notice_line_lost_its_time():
    # invented: the encryption notice copied without its time, then Android-style messages
    text = (
        "Messages and calls are end-to-end encrypted. Tap to learn more.\n"
        "03/02/26, 8:15 pm - Kavya: dekho yeh post\n"
        "03/02/26, 8:16 pm - Kavya: Arjun Mehta\n"
        "Founder at Chai Loop | Bengaluru\n"
        "5h • \n"
        "\n"
        "We opened our second kiosk today, inside a metro station.\n"
        "\n"
        "The first customer was a ticket inspector who asked for extra ginger.\n"
        "03/02/26, 8:20 pm - Ravi: nice!\n"
    )
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Arjun Mehta", "Founder at Chai Loop | Bengaluru", "5h")
    assert rec.body.startswith("We opened our second kiosk") and "end-to-end" not in rec.body
    assert check_accounted(text, [rec]) == []


@pytest.mark.parametrize("credit", [
    "Rasmus Holt-Varga · Head of Growth at Pinecrest Labs · 3 d",
    "Rasmus Holt-Varga ?? Head of Growth at Pinecrest Labs ?? 3 d",  # (the bullets lost to "?")
])
def test_whatsapp_post_under_the_forwarders_one_line_credit(credit):
    # invented: the sender wrote the post's header on one line over the text they pasted
    text = ("[12/05/26, 19:40:02] Noa Lind: read this\n"
            f"[12/05/26, 19:40:31] Noa Lind: {credit}\n"
            "We stopped sending weekly reports nobody opened.\n\n"
            "A five-minute call on Mondays replaced them.\n\n#Growth\n"
            "[12/05/26, 19:45:10] Ida Berg: same at ours\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Rasmus Holt-Varga", "Head of Growth at Pinecrest Labs", "3 d")
    assert rec.title is None
    assert rec.body == "We stopped sending weekly reports nobody opened.\n\nA five-minute call on Mondays replaced them.\n\n#Growth"
    assert check_accounted(text, [rec]) == []


def test_whatsapp_post_credited_in_the_message_before_it():
    # invented: "Post by Name (headline):" sent as its own message, the post's text in the next
    text = ("27/03/2026, 10:02 - Emil Sato: Post by Greta Lindqvist (Chief People Officer at Aldermoor):\n"
            "27/03/2026, 10:02 - Emil Sato: We replaced annual reviews with monthly check-ins.\n\n"
            "Nobody misses the forms.\n\nDo you still run annual reviews?\n\n#HR\n"
            "27/03/2026, 10:06 - Tove Ek: we tried, it stuck\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio) == ("Greta Lindqvist", "Chief People Officer at Aldermoor")
    assert rec.body.startswith("We replaced annual reviews") and "Post by" not in rec.body
    assert check_accounted(text, [rec]) == []


def test_kakaotalk_pc_export_keeps_the_pasted_post_only():
    # invented: KakaoTalk's PC export, its head, a day line and "[name] [오후 h:mm]" prefixes
    text = ("한지우 님과 카카오톡 대화\n저장한 날짜 : 2026-03-02 08:10:44\n\n"
            "--------------- 2026년 3월 1일 일요일 ---------------\n"
            "[한지우] [오후 7:01] 이 글 한번 봐\n"
            "[한지우] [오후 7:02] 오세린\n마케팅 팀장 | 봄날상회\n3일\n"
            "작년에 광고비를 절반으로 줄였습니다.\n\n대신 고객 후기를 매주 정리해서 올렸어요.\n\n#마케팅\n"
            "[나] [오후 7:15] 좋은 아이디어다\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("오세린", "마케팅 팀장 | 봄날상회", "3일")
    assert rec.body == "작년에 광고비를 절반으로 줄였습니다.\n\n대신 고객 후기를 매주 정리해서 올렸어요.\n\n#마케팅"
    assert check_accounted(text, [rec]) == []


def test_line_talk_history_keeps_the_quoted_post_only():
    # invented: LINE's .txt history, "time<TAB>name<TAB>message", a message of several lines quoted
    text = ("[LINE] 勉強会 のトーク履歴\n保存日時：2026/02/10 21:00\n\n2026/02/09(月)\n"
            "20:01\t森 早紀\tこれ面白いよ\n"
            "20:02\t森 早紀\t\"石田 陽介\nプロダクトマネージャー｜株式会社ナギサ\n2日\n"
            "毎朝10分だけ顧客の声を読む習慣を始めました。\n\n半年で企画の質が変わりました。\n\n#プロダクト\"\n"
            "20:10\t佐野 翔\tありがとう\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("石田 陽介", "プロダクトマネージャー｜株式会社ナギサ", "2日")
    assert rec.body == "毎朝10分だけ顧客の声を読む習慣を始めました。\n\n半年で企画の質が変わりました。\n\n#プロダクト"
    assert check_accounted(text, [rec]) == []


def test_sms_forward_in_numbered_segments_is_one_post_under_its_credit():
    # invented: a text message forwarded by a gateway in three segments, the phone's header
    # over it, the gateway's opt-out line under it, the post's credit opening the message
    text = ("From: +1 555 0142\nReceived: 3 Mar 2026 08:12\n"
            "(1/3) Fwd from Dario Mwangi-Holt (Plant Manager at Ridgeway Foods) on LinkedIn, 5d: We ran the line "
            "at 80% speed for a week and scrap fell by half.\n"
            "(2/3) Slower was faster. Has anyone else tried this?\n"
            "(3/3) #Manufacturing #Lean\n"
            "Reply STOP to opt out\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Dario Mwangi-Holt", "Plant Manager at Ridgeway Foods", "5d")
    assert rec.body == ("We ran the line at 80% speed for a week and scrap fell by half. Slower was faster. "
                        "Has anyone else tried this? #Manufacturing #Lean")
    assert rec.hashtags == ["#Manufacturing", "#Lean"]
    assert check_accounted(text, [rec]) == []


def test_chat_record_with_date_lines_over_sender_lines_keeps_the_post_under_its_credit():
    # invented: a chat record whose messages open with a date-time line, then "Name："
    text = ("【聊天记录】\n2026年03月02日 09:15\n林晓彤：\n"
            "转自领英 —— 郑一帆（产品经理 @ 蓝鲸出行）· 2 天\n\n"
            "我们把需求评审会从一小时改成了二十分钟。\n\n"
            "结果大家准备得更充分了，决定也更快。\n\n"
            "你们的评审会开多久？\n\n#产品管理\n\n"
            "2026年03月02日 09:17\n林晓彤：\n值得试试\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("郑一帆", "产品经理 @ 蓝鲸出行", "2 天")
    assert rec.title is None
    assert rec.body == ("我们把需求评审会从一小时改成了二十分钟。\n\n结果大家准备得更充分了，决定也更快。\n\n"
                        "你们的评审会开多久？\n\n#产品管理")
    assert check_accounted(text, [rec]) == []


# --- rev12 fixes: a credit's name follows a forwarder's cue, or stands alone ---

@pytest.mark.parametrize("line, want", [
    ("Thanks Ana Lee (CTO at Norte) on LinkedIn, 2w: nice", None),
    ("Loved this from Ana Lee (CTO at Norte) on LinkedIn, 2w: nice", None),
    ("Ana Lee (CTO at Norte) on LinkedIn, 2w: nice", None),
    ("Shared from Bo Chen (Data lead at Kite) on LinkedIn, 3d: hello there", ("Bo Chen", "Data lead at Kite", "3d")),
    ("via Bo Chen (Data lead at Kite), 3d: hello there", ("Bo Chen", "Data lead at Kite", "3d")),
    ("Partagé par Léa Morel (Cheffe de projet chez Brume) sur LinkedIn : bonjour", ("Léa Morel", "Cheffe de projet chez Brume")),
    ("Geteilt von Jonas Weber (CTO bei Falke), 2 Wo.: hallo", ("Jonas Weber", "CTO bei Falke")),
    ("Ana Lee (CTO at Norte) on LinkedIn, 2w:", ("Ana Lee", "CTO at Norte", "2w")),
    ("转自 —— 孙佳琪（HR 经理 @ 星桥数据）· 5 天", ("孙佳琪", "HR 经理 @ 星桥数据", "5 天")),
])
def test_credit_name_only_after_a_cue_or_alone(line, want):
    from postscrub.chat import credit_spans

    got = credit_spans(line)
    if want is None:
        assert got is None
    else:
        assert got is not None
        assert tuple(line[a:b] for a, b in got[0])[: len(want)] == want


# --- s13 fix50b: a lost emoji at the end of a later segment stays on record where it was ---

def test_sms_segments_joined_after_the_repairs_keep_the_accounting():
    # invented: a lost emoji ("?" after "." and a space) closing the second segment, and a
    # real "?" earlier in the same segment
    text = ("From: +44 7700 900123\n"
            "(1/2) Fwd from Ola Brekke (Harbour pilot at Vestkyst) on LinkedIn, 3d: Night shifts taught me one thing: "
            "sleep is a skill, and the fog does not care about your rota or your\n"
            "(2/2) coffee. Best habit? Blackout blinds. ?\n")
    (rec,) = process(text)
    assert rec.author.name == "Ola Brekke"
    assert rec.body.endswith("Best habit? Blackout blinds.")
    assert check_accounted(text, [rec]) == []


# invented: a team chat (bracketed times before the sender) where one message shares a post as
# a bold-credited block quote and a later one quotes a comment on it with its author and age;
# the chat's own lines between them are no comment
CHAT_QUOTED_COMMENT_DE = """[09:12] Noor Haddad
für unser Retro-Thema:
**Jens Albrecht** · Leiter Kundenservice bei Nordtakt
> Seit Oktober beantworten wir Tickets am Wochenende nicht mehr.
>
> Die Antwortzeit am Montag stieg um drei Stunden, die Zufriedenheit um vier Punkte.
>
> Das Team ist ausgeruhter.
[09:20] Felix Roth
spannend
[09:21] Noor Haddad
darunter stand:
> Wie habt ihr das den Kunden angekündigt?
> — Sabine Kurz, Teamleiterin im Support · 2 Tg.
"""


def test_a_later_message_quoting_a_comment_with_its_author_is_the_posts_comment():
    (rec,) = process(CHAT_QUOTED_COMMENT_DE)
    assert (rec.author.name, rec.author.bio) == ("Jens Albrecht", "Leiter Kundenservice bei Nordtakt")
    assert rec.body == ("Seit Oktober beantworten wir Tickets am Wochenende nicht mehr.\n\n"
                        "Die Antwortzeit am Montag stieg um drei Stunden, die Zufriedenheit um vier Punkte.\n\n"
                        "Das Team ist ausgeruhter.")
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Sabine Kurz", "Teamleiterin im Support", "2 Tg.", "Wie habt ihr das den Kunden angekündigt?")]
    assert check_accounted(CHAT_QUOTED_COMMENT_DE, [rec]) == []


# invented: a Spanish team chat copied with its channel's name and a day line over the first
# message header; the post is pasted in the second message, under the sender's own words
CHANNEL_HEAD_THREAD_ES = """equipo-ventas
Hoy
Rocío Salinas  9:05 AM
¿Alguien tiene la presentación del jueves?
Martín Aguirre  9:12 AM
Mirad lo que ha publicado nuestra clienta:
Inés Corral
Directora de Compras en Frutas Levante
4 d •
Este año hemos reducido un 30 % los envíos urgentes.
La clave fue sentarnos cada lunes con logística y con ventas a la vez.
Gracias a todos los proveedores que se apuntaron.
#compras #logística
Rocío Salinas  9:20 AM
¡Qué bien!
"""


def test_a_thread_under_its_channels_name_and_a_day_line_is_read_as_a_thread():
    (rec,) = process(CHANNEL_HEAD_THREAD_ES)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Inés Corral", "Directora de Compras en Frutas Levante", "4 d")
    assert rec.body.startswith("Este año hemos reducido")
    assert rec.body.endswith("#compras #logística")
    assert rec.comments == []


# invented: a German assistant chat copied whole: a first question, the assistant's answer,
# then the post pasted alone in the user's second turn, and the assistant's rewrite of it
ASSISTANT_TURNS_DE = """Du hast gesagt:
Kannst du mir gleich helfen, einen Beitrag kürzer zu machen?
ChatGPT hat gesagt:
Gern! Schick mir den Text.
Du hast gesagt:
Leon Hartwig
Werkstattleiter bei Radhaus Münster
2 Tg. •

Wir reparieren seit Januar auch Lastenräder.

Inzwischen ist jeder dritte Auftrag ein Lastenrad, oft von Familien aus dem Viertel.

#Fahrrad #Münster
ChatGPT hat gesagt:
Hier ist eine kürzere Fassung:

Seit Januar reparieren wir Lastenräder, inzwischen jeder dritte Auftrag.
"""


def test_an_assistant_chat_gives_the_post_from_the_users_turn_not_the_answers():
    (rec,) = process(ASSISTANT_TURNS_DE)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Leon Hartwig", "Werkstattleiter bei Radhaus Münster", "2 Tg.")
    assert rec.body == ("Wir reparieren seit Januar auch Lastenräder.\n\nInzwischen ist jeder dritte Auftrag ein "
                        "Lastenrad, oft von Familien aus dem Viertel.\n\n#Fahrrad #Münster")
    assert check_accounted(ASSISTANT_TURNS_DE, [rec]) == []
