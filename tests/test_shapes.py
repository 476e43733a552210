"""Shape recognition and pre-normalisation (nodes.py, shapes.py, pipeline dispatch)."""

from __future__ import annotations

import re

import pytest

from postscrub import nodes, process
from postscrub.audit import check_accounted
from postscrub.repair import Line, RepairLog, split_lines
from postscrub import shapes


# ---------------------------------------------------------------------------- node kinds


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Report this post", nodes.REPORT_POST),
        ("Signaler ce commentaire", nodes.REPORT_COMMENT),
        ("Report this article", nodes.REPORT_ARTICLE),
        ("举报此动态", nodes.REPORT_POST),
        ("Like", nodes.ACTION),
        ("J’aime", nodes.ACTION),
        ("- Copy", nodes.ACTION),
        ("…more", nodes.FOLD),
        ("…mehr", nodes.FOLD),
        ("2,800", nodes.COUNTER),
        ("82 Comments", nodes.COUNTER),
        ("1 248 abonnés", nodes.COUNTER),
        ("5 次回应", nodes.COUNTER),
        ("More Relevant Posts", nodes.END),
        ("Más publicaciones relevantes", nodes.END),
        ("23h", nodes.AGE),
        ("Our sales grew 40% last quarter.", nodes.TEXT),
        ("Like many of you, I started small.", nodes.TEXT),
        ("Share your thoughts below", nodes.TEXT),
    ],
)
def test_classify(text, kind):
    assert nodes.classify(text).kind == kind


def test_chrome_rules_are_named():
    assert nodes.classify("Visible to anyone on or off LinkedIn").rule == "ui.post_meta"
    assert nodes.classify("13 hours ago • Visible to anyone on or off LinkedIn").rule == "ui.visibility"
    assert nodes.classify("Feed post number 12").rule == "ui.feed_marker"
    assert nodes.classify("Premium • 1st").rule == "ui.connection_degree"
    assert nodes.classify("hashtag").rule == "ui.hashtag_label"


def test_flattened_split_keeps_prose_with_ui_words_whole():
    text = ("Skip to main content LinkedIn Articles People Sign in Ana Lee Coach 2d Report this post "
            "I like to Share ideas. Like Comment Share 12 Comments")
    parts = [p.text.strip() for p in nodes.split_flattened(Line(1, text))]
    assert "I like to Share ideas." in parts
    assert "2d" in parts and "Report this post" in parts
    assert "Like Comment Share" in parts and "12 Comments" in parts


def test_split_pieces_map_back_to_input_columns():
    line = Line(3, "Ana Lee 2d Report this post Body text")
    pieces = nodes.split_flattened(line)
    body = next(p for p in pieces if "Body" in p.text)
    assert body.original_column(body.text.index("Body")) == line.text.index("Body") + 1


# ---------------------------------------------------------------------------- pre-normalisation


def test_front_matter_read_and_dropped_with_a_record():
    lines = split_lines('---\ntitle: "Hello: World"\nauthor:\n  - "[[Ana Lee]]"\n---\nBody')
    log = RepairLog()
    fm = shapes.read_front_matter(lines, log)
    assert fm.get("title") == "Hello: World" and fm.get("author") == "Ana Lee"
    fm.finish(lines, log, keep=("title",))
    assert [ln.text for ln in lines] == ["Body"]
    assert {r.rule for r in log.entries} == {"markdown.front_matter"}
    assert all("Hello: World" not in r.text for r in log.entries)  # the kept value stays for the field


def test_markdown_links_become_their_text_and_images_go():
    lines = split_lines("See [Ana Lee](https://www.linkedin.com/in/ana?trk=x) and ![chart](https://i/x.png) now")
    log = RepairLog()
    links = shapes.flatten_markdown(lines, log)
    assert lines[0].text == "See Ana Lee and  now"
    assert [(lk.text, lk.url, lk.is_profile) for lk in links] == [
        ("Ana Lee", "https://www.linkedin.com/in/ana?trk=x", True)]
    assert {r.rule for r in log.entries} == {"markdown.link", "markdown.image"}


def test_a_bold_comment_header_in_a_list_item_loses_its_marker_only():
    lines = split_lines("- **Brona Quill** (Cooper) · 2 d\n  Nice barrels.\n    - **Fen Ardoch** · 1 d\n"
                        "- **Note:** keep the list\n- plain item · 3 d")
    log = RepairLog()
    shapes.flatten_markdown(lines, log)
    assert [ln.text for ln in lines] == ["**Brona Quill** (Cooper) · 2 d", "  Nice barrels.",
                                         "    **Fen Ardoch** · 1 d", "- **Note:** keep the list", "- plain item · 3 d"]
    assert {r.rule for r in log.entries} == {"markdown.list"}


def test_undouble_feed_labels():
    lines = split_lines("Ana LeeAna Lee\nCoach\nCoach\nBody")
    log = RepairLog()
    shapes.undouble(lines, log)
    assert [ln.text for ln in lines] == ["Ana Lee", "Coach", "", "Body"]


def test_csv_with_quoted_newlines_and_offsets():
    text = 'post_url,commentor,comment_text\nhttp://x,Ana,"Hi ""there""\nsecond line"\nhttp://y,,Ok'
    rows = shapes.parse_csv(text)
    assert [[c.text for c in r] for r in rows] == [
        ["post_url", "commentor", "comment_text"], ["http://x", "Ana", 'Hi "there"\nsecond line'],
        ["http://y", "", "Ok"]]
    cell = rows[1][2]
    assert text[cell.start:cell.start + 3] == "Hi "


def test_prose_with_commas_is_no_csv():
    assert shapes.parse_csv("Hello, world, this is prose\nand more, text") is None


# ---------------------------------------------------------------------------- the pipeline's shapes


FEED = """Feed post number 1
Ana Lee
Ana Lee
 • 1st
Coach at Acme
Coach at Acme
2h •

2 hours ago • Visible to anyone on or off LinkedIn
First card text.
hashtag
#Coaching
Like
Comment
Repost
Send
Feed post number 2
Acme Corp
Acme Corp
1,024 followers
Promoted
Second card text.
Like
Comment
"""


THIRD_CARD = """Feed post number 3
Bo Chen
Bo Chen
Designer
5h •
Third card text.
Like
"""


def test_feed_copy_gives_one_record_per_card_and_leaves_ads_out():
    text = FEED + THIRD_CARD
    recs = process(text, source="feed.txt")
    assert [r.index for r in recs] == [0, 1]
    assert [r.shape for r in recs] == ["feed", "feed"]
    a, b = recs
    assert (a.author.name, a.author.bio, a.age) == ("Ana Lee", "Coach at Acme", "2h")
    # one paragraph of two lines and nothing else: its lines become paragraphs (cleaning twice = once)
    assert a.body == "First card text.\n\n#Coaching" and a.hashtags == ["#Coaching"]
    assert (b.author.name, b.body) == ("Bo Chen", "Third card text.")
    assert any(w.startswith("promoted:") for w in a.warnings)
    assert any(r.rule == "ui.promoted_card" and r.text == "Second card text." for r in a.repairs)
    assert check_accounted(text, recs) == []


def test_a_lone_ad_card_is_still_a_record():
    (rec,) = process(FEED.split("Feed post number 2")[0] .replace("Ana Lee", "Acme Corp")
                     .replace("2 hours ago • Visible to anyone on or off LinkedIn", "Promoted"))
    assert rec.author.name == "Acme Corp" and rec.body.startswith("First card text.")


def test_comments_csv_becomes_one_record_of_comments():
    text = "post_url,post_author,commentor,comment_text\nhttp://p,Ana Lee,Bo Chen,Great post\nhttp://p,Ana Lee,,CFBR\n"
    (rec,) = process(text)
    assert rec.shape == "comments_csv"
    assert [(c.author.name, c.text) for c in rec.comments] == [("Bo Chen", "Great post"), (None, "CFBR")]
    assert check_accounted(text, [rec]) == []


def test_text_with_no_structure_is_kept_whole_with_a_warning():
    text = "name,age\nAna,3\n"
    (rec,) = process(text)
    assert rec.shape == "plain" and rec.body == "name,age\n\nAna,3"
    assert any(w.startswith("no_structure") for w in rec.warnings)


@pytest.mark.parametrize("text", ["", "   \n\t\n"])
def test_empty_input(text):
    (rec,) = process(text)
    assert rec.shape == "empty" and rec.body == "" and rec.warnings


def test_glued_hashtag_label_becomes_a_space():
    (rec,) = process("We are hiring. Apply now Ana Leehashtag#Hiring hashtag#Jobs")
    assert rec.hashtags == ["#Hiring", "#Jobs"]
    assert "Ana Lee #Hiring #Jobs" in rec.body
    assert [r.rule for r in rec.repairs] == ["ui.hashtag_prefix", "ui.hashtag_prefix"]


def test_markdown_mentions_and_links_from_the_body_only():
    text = "\n".join([
        "[Ana Lee](https://www.linkedin.com/in/ana-lee?trk=public_post_feed-actor-name)",
        "2d",
        "- [Report this post](https://www.linkedin.com/uas/login?session_redirect=x)",
        "Thanks [Bo Chen](https://www.linkedin.com/in/bochen?trk=public_post-text) for the "
        "[guide](https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fexample%2Eorg%2Fg&urlhash=1) "
        "and see https://lnkd.in/abc.",
        "[Like](https://www.linkedin.com/signup/cold-join?x=1)",
        "[Comment](https://www.linkedin.com/signup/cold-join?x=2)",
    ])
    (rec,) = process(text)
    assert rec.author.name == "Ana Lee"
    assert rec.body == "Thanks Bo Chen for the guide and see https://lnkd.in/abc."
    assert rec.mentions == ["Bo Chen"]
    assert rec.links == ["https://example.org/g", "https://lnkd.in/abc"]
    assert check_accounted(text, [rec]) == []


def test_an_articles_links_are_those_its_text_shows_or_links_to():
    # (an article's record had no links at all; a clipped article's Markdown link and a bare
    # address in its text are its links, the byline's profile link a mention of no one)
    text = "\n".join([
        "---",
        "title: Why our bakery weighs flour twice",
        "author: Oskar Lind",
        "---",
        "",
        "# Why our bakery weighs flour twice",
        "",
        "We weigh every batch of flour twice, once at the mill and once at the bench.",
        "",
        "The scale we use is described in [this review](https://scales.example/review-7) and "
        "the log sheet is at https://lindbakery.example/log.",
        "",
        "Two weighings cost a minute and save a batch a week.",
    ])
    (rec,) = process(text)
    assert rec.shape == "clipper_markdown"
    assert rec.links == ["https://scales.example/review-7", "https://lindbakery.example/log"]
    assert check_accounted(text, [rec]) == []


def test_json_lines_export_one_record_per_object_escapes_accounted():
    text = "\n".join([
        '{"author": {"name": "Kofi Mensah", "headline": "CTO at Pay"}, "timeSincePosted": "3d",'
        ' "numLikes": 12, "text": "Line one.\\n\\nWe ship \\ud83d\\udcaa #Fintech", "url": "https://x"}',
        '{"authorName": "Ama Owusu", "text": "Second post", "comments": [{"author": "Bo", "text": "Nice",'
        ' "age": "1d", "replies": [{"author": "Ama Owusu", "text": "Thanks"}]}]}',
    ])
    recs = process(text)
    assert [r.shape for r in recs] == ["json_export", "json_export"]
    a, b = recs
    assert (a.author.name, a.author.bio, a.age, a.reactions) == ("Kofi Mensah", "CTO at Pay", "3d", 12)
    assert a.body == "Line one.\n\nWe ship 💪 #Fintech" and a.hashtags == ["#Fintech"]
    assert b.author.name == "Ama Owusu" and b.comments[0].text == "Nice"
    assert b.comments[0].replies[0].text == "Thanks"
    assert any(r.rule == "json.escape" and r.replacement == "💪" for r in a.repairs)
    assert check_accounted(text, recs) == []


def test_json_that_is_no_export_is_text():
    (rec,) = process('{"name": "x", "value": 3}')
    assert rec.shape in ("plain", "scraper_field")


def test_comments_csv_replies_by_parent_id():
    text = ("comment_id,parent_id,author_name,author_headline,posted,text,reactions\n"
            "1,,Ana Lee,Designer,2w,Top level,12\n2,1,Bo Chen,,1w,A reply,3\n3,,Cy Diaz,,1d,Another,\n")
    (rec,) = process(text)
    assert [c.text for c in rec.comments] == ["Top level", "Another"]
    assert rec.comments[0].author.bio == "Designer" and rec.comments[0].reactions == 12
    assert [r.text for r in rec.comments[0].replies] == ["A reply"]
    assert check_accounted(text, [rec]) == []


ACTIVITY = """Activity
4,812 followers
Ana Lee
Ana Lee
 • You
Investor | Partner at Fjord
1d •

1 day ago • Visible to anyone on or off LinkedIn
First post body.
562
71 comments
Like
Comment
Repost
Send
Ana Lee reposted this
Acme Energy
Acme Energy
12,407 followers
1w •

1 week ago • Visible to anyone on or off LinkedIn
Second post body.
Like
Comment
"""


def test_activity_copy_without_markers_splits_at_post_headers():
    recs = process(ACTIVITY)
    assert [(r.author.name, r.body) for r in recs] == [("Ana Lee", "First post body."),
                                                        ("Acme Energy", "Second post body.")]
    assert check_accounted(ACTIVITY, recs) == []


@pytest.mark.parametrize(
    "text, chrome",
    [("3 小时前 领英内外所有人可见", True), ("2 hours ago Visible to anyone on or off LinkedIn", True),
     ("3 years at LinkedIn taught me", False), ("3 years ago I joined LinkedIn", False),
     ("5 tips for LinkedIn", False)],
)
def test_visibility_line_whose_bullet_was_lost(text, chrome):
    assert (nodes.classify(text).rule == "ui.visibility") is chrome


def test_export_field_text_is_a_body_like_any_other():
    """Two blank lines and trailing spaces inside a JSON field: the body has one blank line
    between paragraphs, as every other shape gives it, and cleaning it again changes nothing."""
    text = '[{"text": "First paragraph.  \\n\\n\\nSecond paragraph.", "author": "Ana Lee"}]'
    (rec,) = process(text)
    assert rec.body == "First paragraph.\n\nSecond paragraph."
    assert "\n\n".join(r.body for r in process(rec.body)) == rec.body
    assert check_accounted(text, [rec]) == []


def test_ads_kept_on_request_each_marked():
    from postscrub.config import Config

    recs = process(FEED + THIRD_CARD, config=Config(promoted="keep"))
    assert [r.author.name for r in recs][0::2] == ["Ana Lee", "Bo Chen"] and len(recs) == 3
    ad = recs[1]
    assert ad.body == "Second card text." and ad.warnings[-1].startswith("promoted: this card is an ad")
    assert not any(w.startswith("promoted:") for w in recs[0].warnings + recs[2].warnings)
    assert check_accounted(FEED + THIRD_CARD, recs) == []


def test_posts_csv_with_camel_case_columns_and_a_comment_count():
    """A Phantombuster-style posts export: "postContent", "authorName", "likeCount"; its
    "commentCount" column does not make it a comments scrape."""
    text = ("postUrl,postContent,likeCount,commentCount,authorName\n"
            'https://x/1,"Our bakery turned ten today.\n\nThank you all.",312,41,Ottilie Brannigan\n'
            "https://x/2,New flour supplier.,87,9,Ottilie Brannigan\n")
    recs = process(text)
    assert [(r.shape, r.author.name, r.reactions, r.body) for r in recs] == [
        ("scraper_csv", "Ottilie Brannigan", 312, "Our bakery turned ten today.\n\nThank you all."),
        ("scraper_csv", "Ottilie Brannigan", 87, "New flour supplier.")]
    assert check_accounted(text, recs) == []


def test_json_export_author_in_two_parts_and_age_in_an_object():
    text = ('[{"text": "Onboarding, rewritten.", "posted_at": {"date": "2025-03-12", "relative": "4d"},'
            ' "author": {"first_name": "Marguerite", "last_name": "Østby", "headline": "VP Engineering"}}]')
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age, rec.age_iso) == ("Marguerite Østby", "VP Engineering", "4d", "P4D")
    assert check_accounted(text, [rec]) == []


def test_export_keys_in_any_spelling_and_the_glued_hashtag_label():
    # `posted_ago` is `postedAgo`; a comment's writer may be its `commenter`; a field's text
    # keeps the feed's label glued to its tags ("hashtag#UMKM"), and the tags are still found
    text = ('[{"author_name": "Dewi Lestari", "posted_ago": "2 hari", "text": "Kopi kami laris.\\n\\n'
            'hashtag#UMKM hashtag#Kopi", "comments": [{"commenter": "Bayu Pratama", "commenter_headline":'
            ' "Barista", "time": "1 hari", "comment": "Sukses!"}]}]')
    (rec,) = process(text)
    assert (rec.author.name, rec.age, rec.age_iso, rec.hashtags) == ("Dewi Lestari", "2 hari", "P2D", ["#UMKM", "#Kopi"])
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [("Bayu Pratama", "Barista", "1 hari")]
    assert check_accounted(text, [rec]) == []
    csv = "post_url,commenter_name,comment_time,comment_text\nhttp://p,Bo Chen,2일,좋은 글\nhttp://p,Ana Lee,20시간,Great\n"
    (rec,) = process(csv)
    assert [(c.author.name, c.age, c.age_iso) for c in rec.comments] == [("Bo Chen", "2일", "P2D"), ("Ana Lee", "20시간", "PT20H")]


def test_tsv_export_with_line_breaks_written_as_backslash_n():
    text = ("post_url\tauthor_name\tposted\ttext\tnum_reactions\n"
            "https://x/1\tAna Lee\t1d\tWe are hiring.\\n\\nWho else is?\\n\\n#Hiring\t12\n"
            "https://x/2\tBo Chen\t3d\tTen years today.\t40\n")
    a, b = process(text)
    assert (a.author.name, a.age, a.body, a.hashtags, a.reactions) == (
        "Ana Lee", "1d", "We are hiring.\n\nWho else is?\n\n#Hiring", ["#Hiring"], 12)
    assert (b.author.name, b.body) == ("Bo Chen", "Ten years today.")
    assert "csv.escape" in {r.rule for r in a.repairs}
    assert check_accounted(text, [a, b]) == []
    # a copied action bar is no TSV header, though "Comment" names a text column
    assert shapes.csv_delimiter("Like\tComment\tShare") is None


@pytest.mark.parametrize("line, kind", [
    ("フォロワー: 5,812人", nodes.COUNTER), ("1 204 читачі", nodes.COUNTER), ("Premium • 1-й", nodes.CHROME),
    ("Premium members get more", nodes.TEXT), ("Readers like you: 5", nodes.TEXT),
])
def test_follower_counts_and_badges_in_other_wordings(line, kind):
    assert nodes.classify(line).kind == kind


def test_flattened_first_comment_after_the_share_menu():
    """On a flattened page the post's share menu ("… Copy LinkedIn Facebook X") ends a row of
    buttons: the first comment's header (name, headline, age) is cut there like the others."""
    text = ("Agree & Join LinkedIn Skip to main content LinkedIn Articles People Learning Jobs Games Join now "
            "Sign in Delphine Okafor Logistics planner at Marlow Freight 1w Report this post Cold chain lesson "
            "of the week: doors open at the dock cost the most. 73 12 Comments Like Comment Share Copy LinkedIn "
            "Facebook X Kwame Rutherford Procurement lead at Ashby Foods 6d The timer above the bay is genius. "
            "Like Reply 4 Reactions Ilse Vandermolen Quality assurance manager 5d We saw the same thing. "
            "Like Reply 2 Reactions See more comments To view or add a comment, sign in")
    (rec,) = process(text)
    assert rec.shape == "flattened"
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [
        ("Kwame Rutherford", "6d", "The timer above the bay is genius."),
        ("Ilse Vandermolen", "5d", "We saw the same thing.")]


def test_flattened_arabic_header_ages_before_the_report_anchor():
    """An Arabic age right before "Report this …" on a flattened page (a number and its
    word, "٤ أيام", or a dual that carries its own number, "يومان") is a node of its own,
    so it is the age and not the end of the headline."""
    text = ("تخطي إلى المحتوى الرئيسي عمر الكبيسي مهندس برمجيات في شركة الرمال ٤ أيام الإبلاغ عن هذا المنشور "
            "أطلقنا اليوم نسخة جديدة من تطبيق المواعيد بعد شهرين من العمل المتواصل. شكراً للفريق كله! "
            "أعجبني تعليق مشاركة نور الهاشمي مصممة واجهات مستخدم يومان الإبلاغ عن هذا التعليق "
            "مبروك يا عمر! متى تصل النسخة إلى المتجر؟ أعجبني رد "
            "للاطلاع على التعليقات أو إضافة تعليق، سجّل الدخول")
    (rec,) = process(text)
    assert rec.shape == "flattened"
    assert (rec.author.name, rec.author.bio, rec.age) == ("عمر الكبيسي", "مهندس برمجيات في شركة الرمال", "٤ أيام")
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [
        ("نور الهاشمي", "مصممة واجهات مستخدم", "يومان")]


def test_the_anchor_regex_compiled_by_first_character_matches_as_the_whole_one():
    # the anchor regex is compiled a piece at a time (the alternatives that can start with the
    # character at hand); at every place of these lines it must match what the whole does
    whole = re.compile(nodes._anchor_regex_plain())
    lazy = nodes._anchor_regex()
    lines = [
        "Like Comment Repost Send 12 comments • 2nd Report this post …see more LinkedIn X Facebook",
        "Gefällt mir Kommentieren 3 Kommentare • 1° Signaler ce commentaire Voir plus de commentaires",
        "赞 评论 转发 12 条评论 举报此动态 … 展开 领英推荐 ·3e+ Нравится 4 реакции Пожаловаться на комментарий",
        "ถูกใจ แสดงความคิดเห็น ความคิดเห็น 12 รายการ पसंद करें 21 टिप्पणियाँ Twitter X, LinkedIn's 2nd • 3rd+",
        "We'd love to hear: what's your take? Sign in to view more content · Join now — Agree & Join LinkedIn",
    ]
    for line in lines:
        for q in range(len(line)):
            a, b = whole.match(line, q), lazy.match(line, q)
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), (line, q)
        assert [(m.span(), m.group()) for m in nodes.anchors(line)] == [(m.span(), m.group()) for m in whole.finditer(line)]


def test_two_visibility_lines_with_only_blanks_between_are_one_header():
    # the short and the long form of one post's visibility line, the first not read as an age
    lines = [Line(i + 1, t) for i, t in enumerate([
        "Ana Reyes", "Ana Reyes", " • 2nd", "Data Lead", "2d • Quux Zap • ", " ",
        "2d • Quux Zap • Visible to anyone on or off LinkedIn", "", "Body of the post here.",
    ])]
    assert shapes.visibility_starts(lines) == []


@pytest.mark.parametrize("badge", [" • 3e et +", "• 3° e oltre"])
def test_a_third_degree_badge_in_words_is_chrome(badge):
    assert nodes.classify(badge).rule == "ui.connection_degree"
    text = "\n".join([
        "Lucie Perrin", "Cheffe de projet", "2 sem.", "Signaler ce post", "Un retour sur notre migration.",
        "J’aime", "Commenter", "Partager",
        "Bastien Roux", badge, "Responsable logistique – Entrepôts du Sud", "6 j", "Très clair, merci.",
        "J’aime", "Répondre",
    ])
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio) for c in rec.comments] == [
        ("Bastien Roux", "Responsable logistique – Entrepôts du Sud")]


@pytest.mark.parametrize("badge", [" • 3.º y más", "• 3.er y más", "• 3º e +"])
def test_a_third_degree_and_more_in_any_language_is_chrome(badge):
    # invented: the ordinal, a short conjunction and a "more" word (or "+") after the bullet;
    # without it the badge read as the commenter's headline and split the name from it
    assert nodes.classify(badge).rule == "ui.connection_degree"
    text = "\n".join([
        "Nuria Calvo", "Arquitecta técnica", "3 d •", "Terminamos la reforma del mercado de abastos.",
        "Recomendar", "Comentar", "Compartir",
        "Tomás Ibarra", badge, "Jefe de obra en Construcciones Lezo", "2 d", "Quedó precioso, enhorabuena.",
        "Recomendar", "Responder",
    ])
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio) for c in rec.comments] == [
        ("Tomás Ibarra", "Jefe de obra en Construcciones Lezo")]


@pytest.mark.parametrize("line", ["• 3 or more", "• 3 in 1", "• 3 ways to win"])
def test_a_bulleted_list_item_with_a_bare_number_is_no_degree(line):
    assert nodes.classify(line).kind == nodes.TEXT


def test_a_visibility_line_whose_bullets_were_lost_around_an_edited_mark():
    # a lossy code page turned "5 天前 • 已编辑 • 领英内外…" into "?"s, removed as lost characters
    assert nodes.classify("5 天前 已编辑 领英内外的所有人均可见").rule == "ui.visibility"
    text = "\n".join([
        "远山咨询", "远山咨询", "3,105 位关注者", "5 天 已编辑", " ", "5 天前 已编辑 领英内外的所有人均可见", "",
        "关注", "我们的春季公开课报名开始了。", "", "欢迎感兴趣的朋友联系我们。",
        "88", "4 条评论", "赞", "评论", "转发", "发送",
    ])
    (rec,) = process(text)
    assert rec.body.startswith("我们的春季公开课") and "领英" not in rec.body


_CLIPPED_ARTICLE = """---
created: 2025-02-01T10:00:00
source: https://www.linkedin.com/pulse/bees-on-the-roof-tomas-lind
author: Tomas Lind
---

# Bees on the roof: one year in

> ## Excerpt
> We put two hives on the office roof last spring. Here is what a year of…

---

# Bees on the roof: one year in

- [Report this article](https://www.linkedin.com/uas/login?session_redirect=x)

[Tomas Lind](https://www.linkedin.com/in/tomas-lind)

### Facilities Manager at Norrsken Offices

[+ Follow](https://www.linkedin.com/uas/login?session_redirect=y)

We put two hives on the office roof last spring. Nobody expected the honey.

## What we learned

The neighbours asked for a jar before we had any to give.
"""


def test_a_clippers_quoted_excerpt_is_dropped_and_recorded():
    (rec,) = process(_CLIPPED_ARTICLE)
    assert (rec.title, rec.author.name) == ("Bees on the roof: one year in", "Tomas Lind")
    assert rec.author.bio == "Facilities Manager at Norrsken Offices"
    assert rec.body.startswith("We put two hives") and "Excerpt" not in rec.body and "---" not in rec.body
    assert "Here is what a year of" not in rec.body and "Bees on the roof" not in rec.body
    assert any(r.rule == "markdown.excerpt" and "Here is what a year of" in r.text for r in rec.repairs)



@pytest.mark.parametrize("text, kind", [("Diesen Beitrag melden", nodes.REPORT_POST),
                                        ("Diesen Kommentar melden", nodes.REPORT_COMMENT),
                                        ("Diesen Artikel melden", nodes.REPORT_ARTICLE)])
def test_german_report_menu_items_of_a_public_page(text, kind):
    assert nodes.classify(text).kind == kind


def _card(name: str, body: str) -> list[str]:
    return [name, f"{name} • 2nd", "Glassblower at Ostrava Lampworks", "4d •",
            "4 days ago • Visible to anyone on or off LinkedIn", body, "12", "Like", "Comment", "Repost", "Send"]


@pytest.mark.parametrize("rule", [
    ["----- Post 2 -----"], ["=== 3 ==="], ["*** Beitrag 2 ***"], ["### Inlägg 2 ###"],
    ["---", "# Post 2", "---"], ["------", "Publicación 2"], ["~~~~ 2/3 ~~~~"],
])
def test_posts_joined_by_a_labelled_rule_are_one_record_each(rule):
    text = "\n".join(_card("Quentin Ashdown", "Annealing takes patience.") + [""] + rule + [""]
                     + _card("Mireille Tabaka", "Cullet is cheaper than sand."))
    recs = process(text)
    assert [(r.author.name, r.body) for r in recs] == [("Quentin Ashdown", "Annealing takes patience."),
                                                        ("Mireille Tabaka", "Cullet is cheaper than sand.")]
    assert check_accounted(text, recs) == []
    seps = [rp for r in recs for rp in r.repairs if rp.rule == "segment.separator"]
    assert len(seps) == sum(1 for x in rule if x.strip())


def test_a_body_line_of_stars_is_not_a_rule():
    text = "\n".join(_card("Quentin Ashdown", "Annealing takes patience.")[:5]
                     + ["***bold claim***", "Annealing takes patience.", "12", "Like", "Comment"])
    (rec,) = process(text)
    assert "***bold claim***" in rec.body


def test_a_note_apps_properties_table_under_the_page_name_is_front_matter():
    from postscrub import process
    from postscrub.audit import check_accounted

    text = """# Saved post — kiln drying (Odile Brenner)

Property | Value
--- | ---
Created | 3 May 2026 10:12
Category | Reading
Link | https://example.org/saved/4411

---

Our kiln now dries oak in nine days instead of fourteen.

We moved the fans, nothing else.
"""
    rec = process(text)[0]
    assert rec.title is None
    assert rec.body.startswith("Our kiln now dries oak")
    assert "Property" not in rec.body and "---" not in rec.body
    check_accounted(text, [rec])


# invented: a mobile web feed of two posts and an ad between them, no card markers and no
# visibility lines: each post header's age keeps only the bullet before its lost icon
MOBILE_FEED = """\
Nora Quist
 • 2nd
Baker at Crumb & Co
3d • 
Follow
We sold out of rye bread before nine this morning.
Tom Ash and 40 others
5 comments
Like
Comment
Repost
Send
Tom Ash
 • 1st
Chef at Ash Kitchen
2d
Save me a loaf next time!
Like
 · 
Reply
Promoted
Lamp Ledger
Lamp Ledger
Bookkeeping that never sleeps.
Learn more
Like
Comment
Eli Park reacted to this
Ravi Mohan
 • 3rd+
Teacher at Hill School
5h • 
Our class garden grew its first pumpkin.
Like
Comment
Repost
Send
"""


def test_mobile_feed_cards_found_by_their_header_ages_and_the_ad_left_out():
    recs = process(MOBILE_FEED)
    assert [(r.author.name, r.age) for r in recs] == [("Nora Quist", "3d"), ("Ravi Mohan", "5h")]
    assert [c.author.name for c in recs[0].comments] == ["Tom Ash"]
    assert recs[1].body == "Our class garden grew its first pumpkin." and not recs[1].comments


def test_a_quoted_original_in_a_mobile_repost_is_no_card_of_its_own():
    text = ("Ana Ruiz • 1st\n2h • \nWorth reading.\nLeo Sanz • 2nd\n1d • Edited • \nThree things we changed.\n"
            "12\nLike\nComment\nRepost\nSend\nMia Gil\n1h\nGreat list!\nLike · Reply\n")
    lines = [Line(i + 1, t) for i, t in enumerate(text.splitlines())]
    assert shapes.visibility_starts(lines) == []


# invented: a public post page saved as Markdown, the reply quoted ("> ") under its comment
MD_QUOTED_REPLY = """\
[Lena Fischer](https://www.linkedin.com/in/lena-f?trk=public_post_feed-actor-name)

Gardener at Green Row

2d

- [Report this post](https://www.linkedin.com/uas/login?trk=public_post_ellipsis-menu)

Our allotment grew forty kilos of beans this summer.

[Like](https://www.linkedin.com/signup?trk=public_post_like-cta) [Comment](https://www.linkedin.com/signup?trk=public_post_comment-cta)

[Omar Haddad](https://www.linkedin.com/in/omar-h?trk=public_post_comment_actor-name)

Chef at Bean There

1d

Which variety did best?

[Like](https://www.linkedin.com/signup?trk=public_post_comment_like) [Reply](https://www.linkedin.com/signup?trk=public_post_comment_reply)

> [Lena Fischer](https://www.linkedin.com/in/lena-f?trk=public_post_comment_actor-name)
>
> Gardener at Green Row
>
> 1d
>
> The purple runners, by far.
>
> [Like](https://www.linkedin.com/signup?trk=public_post_comment_like) [Reply](https://www.linkedin.com/signup?trk=public_post_comment_reply)

[Ida Berg](https://www.linkedin.com/in/ida-b?trk=public_post_comment_actor-name)

Teacher

20h

Lovely harvest!

[Like](https://www.linkedin.com/signup?trk=public_post_comment_like) [Reply](https://www.linkedin.com/signup?trk=public_post_comment_reply)
"""


def test_markdown_block_quote_under_a_comment_is_its_reply():
    (rec,) = process(MD_QUOTED_REPLY)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Omar Haddad", ["Lena Fischer"]), ("Ida Berg", [])]
    (r,) = rec.comments[0].replies
    assert (r.author.bio, r.age, r.text) == ("Gardener at Green Row", "1d", "The purple runners, by far.")
    assert any(x.rule == "markdown.quote" for x in rec.repairs)
    assert check_accounted(MD_QUOTED_REPLY, [rec]) == []


# invented: a feed copy of two cards flattened onto one line, in a locale whose ages are long
# forms ("3 araw"), with card markers in its own wording and a "Like · 4 Reply" comment row
FLAT_FEED_TL = (
    "Post sa feed numero 1 Maria Cruz Maria Cruz • Ika-2 • Ika-2 Panadero sa Pandesal Hub Panadero sa Pandesal Hub "
    "3 araw • I-follow Binuksan namin ang pangalawang tindahan sa Iloilo ngayong linggo. Salamat sa lahat ng suki! "
    "hashtag#Tinapay …higit pa 120 14 komento I-like Magkomento I-repost Ipadala Pinakanauugnay "
    "Jose Lim Jose Lim • Ika-1 Guro sa Bayan High 2 araw Congrats po, dadaan kami bukas! I-like · 4 Tumugon "
    "Ana Sy Ana Sy • Ika-3+ Nars sa Iloilo Medical 1 araw Saan po banda ang bagong tindahan? I-like Tumugon "
    "Post sa feed numero 2 Leo Tan Leo Tan • Ika-1 • Ika-1 Inhinyero sa Tulay Corp Inhinyero sa Tulay Corp "
    "5 oras • I-follow Tapos na ang tulay sa aming bayan pagkatapos ng dalawang taon. 30 2 komento I-like Magkomento "
    "I-repost Ipadala\n"
)


def test_flattened_feed_cut_at_its_counting_card_markers_and_long_form_header_ages():
    recs = process(FLAT_FEED_TL)
    assert [(r.author.name, r.author.bio, r.age) for r in recs] == [
        ("Maria Cruz", "Panadero sa Pandesal Hub", "3 araw"), ("Leo Tan", "Inhinyero sa Tulay Corp", "5 oras")]
    assert recs[0].body.startswith("Binuksan namin") and recs[1].body.startswith("Tapos na ang tulay")
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in recs[0].comments] == [
        ("Jose Lim", "Guro sa Bayan High", "2 araw", "Congrats po, dadaan kami bukas!"),
        ("Ana Sy", "Nars sa Iloilo Medical", "1 araw", "Saan po banda ang bagong tindahan?")]
    assert check_accounted(FLAT_FEED_TL, recs) == []


A11Y_POST = """\
main
heading level 1, Jonas Weber’s post
link, View Jonas Weber’s profile
image, Jonas Weber
link, Jonas Weber
text, Schreinermeister in Freiburg
text, 5d •
text, Visible to anyone on or off LinkedIn
button, Follow Jonas Weber
text, Unsere Werkstatt bildet ab September zwei Lehrlinge aus.
text, Wer Holz mag und früh aufstehen kann, ist willkommen.
link, hashtag #Handwerk
button, 48 reactions
button, 6 comments
button, React Like
button, Comment
button, Repost
heading level 2, Comments
list, 1 item
article, Comment by Lea Hoffmann
link, View Lea Hoffmann’s profile
link, Lea Hoffmann
text, Tischlerin
text, 4d
button, Open options for Lea Hoffmann’s comment
text, Tolle Chance für junge Leute!
button, React Like to Lea Hoffmann’s comment
button, Reply to Lea Hoffmann’s comment
end of list
end of main
"""


def test_a_screen_readers_element_list_is_read_without_its_roles():
    log = RepairLog()
    lines = split_lines(A11Y_POST)
    assert shapes.strip_a11y_roles(lines, log)
    kept = [ln.text.strip() for ln in lines if ln.text.strip()]
    assert kept[:4] == ["Jonas Weber", "Schreinermeister in Freiburg", "5d •", "Visible to anyone on or off LinkedIn"]
    assert "#Handwerk" in kept and "Reply" in kept and "6 comments" in kept
    assert not any(t.startswith(("button,", "text,", "link,", "image,", "list,", "end of")) for t in kept)
    (rec,) = process(A11Y_POST)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Jonas Weber", "Schreinermeister in Freiburg", "5d")
    assert rec.body.split() == ("Unsere Werkstatt bildet ab September zwei Lehrlinge aus. Wer Holz mag und früh "
                                "aufstehen kann, ist willkommen. #Handwerk").split()
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Lea Hoffmann", "Tischlerin", "4d", "Tolle Chance für junge Leute!")]
    assert check_accounted(A11Y_POST, [rec]) == []


def test_prose_with_a_few_role_words_is_no_element_list():
    text = "\n".join(["text, then more text, as one writes it"] * 3 + [f"A line of a post number {k}." for k in range(12)])
    lines = split_lines(text)
    assert not shapes.strip_a11y_roles(lines, RepairLog())


@pytest.mark.parametrize("line, kind", [
    ("👍❤️💡 96", nodes.COUNTER), ("👍❤️ 1,027 · 73 comentarios", nodes.ACTION),
    ("👏 12 reactions", nodes.COUNTER), ("🎉 Big news today", nodes.TEXT), ("👍 3 tips for you", nodes.TEXT),
])
def test_reaction_icons_before_the_counters_are_the_counters_row(line, kind):
    assert nodes.classify(line).kind == kind


# invented: a CRM note around a post pasted between '>>>' and '<<<' markers
CRM_NOTE = """Note
Created by Ola Dahl on Feb 2, 2025 9:00 AM
Associated with 1 contact: Per Lund (Lund Bygg)

Per posted this, good hook for the renewal. Keep it short.

>>> copied from the feed
Per Lund
CEO at Lund Bygg
5h

We finished the school in Tromsø two weeks early.

The crew chose the schedule themselves.

#Construction
<<<

Follow-up: call on Friday.
"""


def test_a_note_around_a_pasted_post_keeps_only_the_post():
    (rec,) = process(CRM_NOTE)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Per Lund", "CEO at Lund Bygg", "5h")
    assert rec.body.startswith("We finished the school") and "renewal" not in rec.body and "Friday" not in rec.body
    assert rec.comments == []
    assert {"paste.outside", "paste.marker"} <= {r.rule for r in rec.repairs}
    assert check_accounted(CRM_NOTE, [rec]) == []


@pytest.mark.parametrize("text", [
    ">>> print(x)\n1\n>>> print(y)\n2\n<<<\n",  # (two openings: no block)
    "Ana Lee\n1d\n\nUse >>> and <<< in your shell.\n",
    ">>> a\nb\n<<<\n",  # (too short)
])
def test_what_is_no_pasted_block_is_left_as_it_was(text):
    recs = process(text)
    assert not any(r.rule.startswith("paste.") for rec in recs for r in rec.repairs)
    assert check_accounted(text, recs) == []


# --- a post forwarded as a block quote (invented text) ---

_QUOTED_CHAT = """Nadia Ferro  9:02 AM
look at this one before standup? @Ivo

> Our night shift stopped using pagers last spring.
>
> Alerts now go to a rota that changes every week, and nobody is on call twice in a row.
>
> Incidents did not rise. Sleep did.
>
> #OnCall #SRE

> — Teodor Vask, Platform Lead at Brindle Rail · 3d
https://example.test/some-preview
Ivo Stan  9:05 AM
nice
"""


def test_quoted_post_with_attribution():
    from postscrub import pipeline
    from postscrub.audit import check_accounted

    recs = pipeline.process(_QUOTED_CHAT)
    assert len(recs) == 1
    r = recs[0]
    assert r.author.name == "Teodor Vask"
    assert r.author.bio == "Platform Lead at Brindle Rail"
    assert r.age == "3d"
    assert r.body.startswith("Our night shift stopped using pagers last spring.")
    assert r.body.endswith("#OnCall #SRE")
    assert "Nadia" not in r.body and "nice" not in r.body
    assert check_accounted(_QUOTED_CHAT, recs) == []


def test_small_quote_is_not_a_forward():
    from postscrub import pipeline
    from postscrub.audit import check_accounted

    text = ("Ana Pires\nDesigner\n2d\nA long post text about typography and spacing.\n"
            "It goes on for a while.\n> a quoted line\n> another\nMore post text after it, long enough.\n")
    recs = pipeline.process(text)
    assert "More post text" in (recs[0].body or "")
    assert check_accounted(text, recs) == []


_CLIPPED_NOTE = """Clipped post by Wilma Oduya – river sensors
Source: https://www.linkedin.com/feed/update/urn:li:activity:1234/
Clipped on: 03/02/2031 10:20
Notebook: Field work
Labels: sensors, water

Wilma Oduya
Hydrologist at Tamsin Water Board
3d •

We put twelve cheap sensors in the river last autumn.

Eight survived the floods. The data from those eight changed our dredging plan.

#Hydrology #OpenData
"""


def test_clipping_note_properties_are_not_the_post():
    from postscrub import pipeline
    from postscrub.audit import check_accounted

    fm = shapes.read_front_matter(split_lines(_CLIPPED_NOTE), RepairLog())
    assert fm.fields.get("property_notebook") == "Field work"
    assert len(fm.lines) == 5
    recs = pipeline.process(_CLIPPED_NOTE)
    r = recs[0]
    assert r.title is None
    assert r.author.name == "Wilma Oduya"
    assert "Notebook" not in (r.body or "") and "Labels" not in (r.body or "")
    assert check_accounted(_CLIPPED_NOTE, recs) == []


def test_key_value_lines_without_address_are_no_note_header():
    text = "Weekly notes\nMood: fine\nWeather: rain\nLunch: soup\nPlan: write\n\nSome text here.\n"
    fm = shapes.read_front_matter(split_lines(text), RepairLog())
    assert not fm.fields


_SPEECH_LOG = """heading level 2 Feed post number 1
link View Odette Brill’s profile
graphic Profile photo of Odette Brill
link Odette Brill
Beekeeper at Lindqvist Apiaries
2d •
button Follow Odette Brill
Our hives wintered better under straw than under foam this year.
Nine of ten colonies came through. We will try it on all forty next autumn.
link hashtag #Beekeeping
button 45 reactions
button Like
button Comment
list with 1 items
link Odette Brill
Apprentice beekeeper
1d
Straw also smells better, honestly.
button Like
out of list
"""


def test_speech_log_roles_are_cut():
    from postscrub import pipeline

    recs = pipeline.process(_SPEECH_LOG)
    r = recs[0]
    assert r.author.name == "Odette Brill"
    assert r.body.startswith("Our hives wintered better")
    assert "#Beekeeping" in r.body and "link" not in r.body and "button" not in r.body
    assert check_accounted(_SPEECH_LOG, recs) == []


def test_plain_text_opening_with_link_is_no_speech_log():
    text = "link in the comments below\n" + "\n".join(f"Line {k} of a post about bread." for k in range(12)) + "\n"
    lines = split_lines(text)
    assert shapes.strip_a11y_roles(lines, RepairLog()) is False


_NOTIFICATION_FORWARD = """Hey Lu, this one is for Friday.

---------- Forwarded message ---------
From: LinkedIn <notifications@example.test>
Subject: Pia Aalto shared a post

> Pia Aalto shared a post
>
> Pia Aalto
> Ferry Captain at Saimaa Lines
> 5h
>
> Winter routes start next week. We tested the new ice hull for three days.
>
> Fuel use dropped by a tenth and nobody got seasick.
>
> #Ferries
>
> 40 reactions · 6 comments
>
> View post <https://example.test/feed/update/1>
>
> This email was intended for Lu Chen (Planner)
> You are receiving LinkedIn notification emails.
> Unsubscribe <https://example.test/u>  ·  Help <https://example.test/h>
"""


def test_notification_mail_lines_are_chrome():
    from postscrub import pipeline

    assert nodes.classify("Pia Aalto shared a post").rule == "ui.notification_mail"
    assert nodes.classify("View post <https://example.test/x>").rule == "ui.notification_mail"
    recs = pipeline.process(_NOTIFICATION_FORWARD)
    r = recs[0]
    assert r.title is None
    assert r.author.name == "Pia Aalto" and r.age == "5h"
    assert r.body.endswith("#Ferries") and "Unsubscribe" not in r.body
    assert check_accounted(_NOTIFICATION_FORWARD, recs) == []


_NOTE_PAGE = """# Reading list: cargo bikes

Author: Jonas Feldmann
Position: Fleet Manager at Velokurier
Source: https://www.linkedin.com/posts/jonas-feldmann_activity-77
Date: 2w
Status: Read

---

We replaced six vans with cargo bikes in the old town.

Deliveries got faster, and the drivers stopped asking for parking tickets to be refunded.

#Logistics
"""


def test_note_properties_name_author_headline_age():
    from postscrub import pipeline

    fm = shapes.read_front_matter(split_lines(_NOTE_PAGE), RepairLog())
    assert fm.get("author") == "Jonas Feldmann" and fm.get("headline") == "Fleet Manager at Velokurier"
    recs = pipeline.process(_NOTE_PAGE)
    r = recs[0]
    assert r.author.name == "Jonas Feldmann"
    assert r.author.bio == "Fleet Manager at Velokurier"
    assert r.age == "2w"
    assert "Status" not in r.body and r.body.startswith("We replaced six vans")
    assert check_accounted(_NOTE_PAGE, recs) == []


_NOTE_WITH_SECTIONS = """# Reading list: cargo bikes

Author: Jonas Feldmann
Position: Fleet Manager at Velokurier
Source: https://www.linkedin.com/posts/jonas-feldmann_activity-77
Date: 2w

---

## Post text

We replaced six vans with cargo bikes in the old town.

#Logistics

## Comments

- **Mara Lind** · City planner · 1w
    
    How do you handle the winter?
    
    - **Jonas Feldmann** (author) · Fleet Manager at Velokurier · 1w
        
        Studded tyres and a warm break room.
        

## My notes

Ask the city about loading zones?
"""


def test_note_sections_text_comments_notes():
    from postscrub import pipeline

    recs = pipeline.process(_NOTE_WITH_SECTIONS)
    r = recs[0]
    assert r.body == "We replaced six vans with cargo bikes in the old town.\n\n#Logistics"
    assert [c.author.name for c in r.comments] == ["Mara Lind"]
    assert r.comments[0].author.bio == "City planner" and r.comments[0].age == "1w"
    assert r.comments[0].text == "How do you handle the winter?"
    assert [x.author.name for x in r.comments[0].replies] == ["Jonas Feldmann"]
    assert check_accounted(_NOTE_WITH_SECTIONS, recs) == []


_TRANSLATED = """Sofia Reyes
 • 2nd
Harbour Pilot at Puerto Claro
2d •

Follow
Hoy guiamos el buque más grande que ha entrado en nuestro puerto.

Treinta años de oficio y todavía me tiemblan las manos.

#Puertos
See translation
Automatically translated by Microsoft
Today we guided the largest ship that has ever entered our port.

Thirty years on the job and my hands still shake.

#Puertos
Show original
Rate this translation
12 reactions
Like
Comment
Repost
Send
"""


def test_machine_translation_block_is_dropped():
    from postscrub import pipeline

    recs = pipeline.process(_TRANSLATED)
    r = recs[0]
    assert r.body.startswith("Hoy guiamos")
    assert "Today we guided" not in r.body and "Rate this" not in r.body
    assert check_accounted(_TRANSLATED, recs) == []


def test_translation_start_without_end_is_kept():
    lines = split_lines("Translated by Microsoft\nsome text\nmore text\n")
    assert shapes.drop_machine_translation(lines, RepairLog()) is False


def test_csv_header_with_abbreviated_and_qualified_column_names():
    # invented: a no-code scraper's header ("Nm", "Txt", a "(rel)" qualifier, "#" counts), CRLF rows
    text = ("Profile Nm,Profile Subtitle,Post Txt,Posted (rel),Likes#,Cmts#,Post Link\r\n"
            'Harbor Bakery,,"Our new rye loaf is out today.\n\nCome by before noon.\n\n#Bakery",3d,"1,204",17,'
            "https://www.linkedin.com/feed/update/urn:li:activity:1\r\n"
            'Harbor Bakery,,"Closed on Monday for the holiday.",1w,88,2,'
            "https://www.linkedin.com/feed/update/urn:li:activity:2\r\n")
    assert shapes.column_key("Posted (rel)") == "posted" and shapes.column_key("Date (UTC)") == "date"
    recs = process(text)
    assert [(r.author.name, r.author.bio, r.age, r.reactions) for r in recs] == [
        ("Harbor Bakery", None, "3d", 1204), ("Harbor Bakery", None, "1w", 88)]
    assert recs[0].body == "Our new rye loaf is out today.\n\nCome by before noon.\n\n#Bakery"


def test_a_header_mark_whose_last_bullet_was_not_copied_opens_a_card():
    # a mobile copy of saved posts: no visibility line, "3w •" on one card, "2mo • Edited"
    # (the bullet after the mark not copied) on the next; each card ends on its buttons
    lines = [Line(i + 1, t) for i, t in enumerate([
        "Tomas Reyna", "Tomas Reyna", "Glass artist", "3w •", "First post text.", "Share",
        "Oda Lind", "Oda Lind", "Weaver", "2mo • Edited", "Second post text.", "Share",
    ])]
    assert shapes.visibility_starts(lines) == [0, 6]


@pytest.mark.parametrize("mark", ["Sponsorizzato", "Patrocinado", "Gesponsord", "Sponsorowane", "Sponsorlu", "Sponsrad"])
def test_an_ad_card_marked_sponsored_in_its_locale_is_no_post(mark):
    # invented: two feed cards, the second an ad marked in the page's language
    text = ("Feed post number 1\nLuca Brandi\nLuca Brandi\nFalegname\n2 g •\n\nAbbiamo finito il tavolo.\n"
            "Like\nComment\nFeed post number 2\n" + mark + "\nLegnami Sud\nOfferta sul rovere questa settimana.\n")
    recs = process(text)
    assert [r.author.name for r in recs] == ["Luca Brandi"]


def test_a_post_header_with_a_visibility_line_is_no_article_byline():
    """A signed-in post copy without degree badges: the page-header line over the doubled
    name reads as a title ("Try Premium for $0"), but the "3 days ago • Visible to anyone…"
    line under the byline is a post's, never an article's: the copy is a post page."""
    text = ("Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\n"
            "Try Premium for $0\n\nNora Quint\nNora Quint\nHarbour pilot at Port Ellis\nHarbour pilot at Port Ellis\n"
            "3d • \n3 days ago • Visible to anyone on or off LinkedIn\n\nFollow\n"
            "Brought a container ship in through fog this morning. Radar and patience.\n\n#Shipping\n"
            "Like\nComment\nRepost\nSend\n")
    (rec,) = process(text)
    assert rec.shape == "post_page" and rec.title is None
    assert (rec.author.name, rec.age) == ("Nora Quint", "3d")
    assert rec.body == "Brought a container ship in through fog this morning. Radar and patience.\n\n#Shipping"
    assert check_accounted(text, [rec]) == []


def test_a_long_doubled_headline_is_no_paragraph_before_the_post_header():
    """A signed-in post copy whose author's headline is long (over 100 characters) and shown
    twice, with badge lines under it: the doubled headline is the header's label, not a
    paragraph, so the bulleted age further down still makes the copy a post page."""
    head = "Supply chain advisor for small food brands | Keynote speaker | Author of “Shelf Life” | Mentor"
    assert len(head) > 90
    head += " at Quayside"
    text = ("Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\n"
            "Try Premium for ₹0\n\nIvo Marchetti\nIvo Marchetti\n • 2nd\n" + head + "\n" + head + "\n"
            "Top Voice\nTop Voice\n2d • Edited • \nVisible to anyone on or off LinkedIn\n\n+ Follow\n"
            "We moved our cold storage closer to the bakeries and cut waste by a third.\n\n"
            "Small logistics choices add up faster than big campaigns.\n\n"
            "Like\nComment\nRepost\nSend\n")
    (rec,) = process(text)
    assert rec.shape == "post_page" and rec.title is None
    assert (rec.author.name, rec.age) == ("Ivo Marchetti", "2d")
    assert rec.body.startswith("We moved our cold storage") and rec.comments == []


@pytest.mark.parametrize("opening, closing", [
    ("----- Post (copied from LinkedIn) -----", "----- End of post -----"),
    ("------ 转发的动态 ------", "------ 转发的动态结束 ------"),
    ("--- Beitrag aus LinkedIn ---", "--- Ende ---"),
])
def test_a_ticket_around_a_post_pasted_between_two_banners_keeps_only_the_post(opening, closing):
    """A helpdesk ticket's fields and the requester's words around a post pasted between two
    banners of dashes, the second saying it ends (an end word):
    only what the banners enclose is the post."""
    text = CRM_NOTE.replace(">>> copied from the feed", opening).replace("<<<", closing)
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Per Lund", "CEO at Lund Bygg", "5h")
    assert "renewal" not in rec.body and "Friday" not in rec.body
    assert {"paste.outside", "paste.marker"} <= {r.rule for r in rec.repairs}
    assert check_accounted(text, [rec]) == []


@pytest.mark.parametrize("text", [
    "----- Forwarded message -----\nAna Lee\nCTO\n1d\nWe moved.\n\n----- Forwarded message -----\nOld text.\n",
    "Notes\n\n--- Part one ---\nA\nB\nC\n--- Part two ---\nD\n",
])
def test_two_banners_that_do_not_close_each_other_are_no_pasted_block(text):
    recs = process(text)
    assert not any(r.rule.startswith("paste.") for rec in recs for r in rec.repairs)


# invented: a browser extension's Markdown export of a post's comments, a reply written as a
# block quote under the comment it answers, headlines with "|"
MD_QUOTED_INLINE_REPLY = """---
source: https://www.linkedin.com/posts/oona-v_repair-activity-1
exported: 2026-01-02 10:00
---

# Post by Oona Virtanen

We opened a second repair café in Tampere. Volunteers fixed 61 things on the first day.

## Comments (3)

**[Jari Koski](https://www.linkedin.com/in/jari-k)** · Teacher | Tampere · 2 d

What kind of things did people bring?

> **[Oona Virtanen](https://www.linkedin.com/in/oona-v)** · Founder | Repair Café Tampere · 1 d
>
> Mostly lamps and coffee makers, and one accordion.

**[Sini Laine](https://www.linkedin.com/in/sini-l)** · Engineer · 1 d

Great idea.
"""


def test_a_quoted_comment_header_in_markdown_is_a_reply():
    (rec,) = process(MD_QUOTED_INLINE_REPLY)
    assert [(c.author.name, c.author.bio, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Jari Koski", "Teacher | Tampere", ["Oona Virtanen"]), ("Sini Laine", "Engineer", [])]
    reply = rec.comments[0].replies[0]
    assert (reply.author.bio, reply.age, reply.text) == (
        "Founder | Repair Café Tampere", "1 d", "Mostly lamps and coffee makers, and one accordion.")
    assert check_accounted(MD_QUOTED_INLINE_REPLY, [rec]) == []


def test_commenters_degree_lines_counting_up_are_no_feed_card_markers():
    # invented: an Indonesian card whose two commenters show "• Tingkat 2" and "• Tingkat 3+"
    text = ("Kopi Senja\nKopi Senja\n1.204 pengikut\n2 hari • \nKami buka cabang baru di Bandung!\n"
            "15\nSuka\nKomentari\nPosting ulang\nKirim\n"
            "Rina Wulan\nRina Wulan\n • Tingkat 2\nBarista di Kopi Pagi\n1 hari\nSelamat ya!\nSuka\nBalas\n"
            "Budi Santoso\nBudi Santoso\n • Tingkat 3+\nPemilik Roti Enak\n5 jam\nMantap.\nSuka\nBalas\n")
    recs = process(text)
    assert len(recs) == 1
    assert [(c.author.name, c.author.bio, c.age) for c in recs[0].comments] == [
        ("Rina Wulan", "Barista di Kopi Pagi", "1 hari"), ("Budi Santoso", "Pemilik Roti Enak", "5 jam")]


def test_a_clippers_comment_section_in_block_quotes_is_no_forwarded_post():
    # the quoted comments outweigh a short post: under a "## Comments" heading they are
    # comments, not a post someone forwarded as a quote
    from postscrub import process

    text = ("---\ntitle: \"Post by Noor Haddad | LinkedIn\"\nauthor: Noor Haddad\n---\n\n"
            "# Post by Noor Haddad\n\n**[Noor Haddad](https://www.linkedin.com/in/noor-haddad)**\n"
            "Beekeeper at Hill Farm Honey\n2d · 🌐\n\nOur hives made it through the frost.\n\n👍 12 · 3 comments\n\n---\n\n"
            "## Comments\n\n"
            "> **[Tariq Aziz](https://www.linkedin.com/in/tariq-aziz)** · Orchard keeper at Green Hill · 1d\n>\n"
            "> Great news! Did you wrap them in straw or in felt this winter?\n\n"
            "> **[Mia Lund](https://www.linkedin.com/in/mia-lund)** · Honey trader · 1d\n>\n"
            "> So glad to hear it. Ours lost two colonies in the same cold week.\n\n"
            "> **[Omar Said](https://www.linkedin.com/in/omar-said)** · Biology teacher · 20h\n>\n"
            "> My class would love a visit in spring, if you ever take guests.\n")
    rec = process(text)[0]
    assert rec.body == "Our hives made it through the frost."
    assert [c.author.name for c in rec.comments] == ["Tariq Aziz", "Mia Lund", "Omar Said"]


def test_a_comments_heading_is_no_title_of_a_short_post_above_it():
    # a short post exported as HTML (header, two paragraphs, then "Comments" over the first
    # commenter's name): the heading over a name is no article title, and the post stays
    from postscrub import process

    rec = process(_SHORT_EXPORT)[0]
    assert rec.title is None
    assert (rec.author.name, rec.author.bio) == ("Lotte Maas", "Head Gardener at Rosehill Estate")
    assert rec.body.startswith("Our walled garden opens")
    assert [c.author.name for c in rec.comments] == ["Arjun Mehta", "Greta Holm"]


_SHORT_EXPORT = """<!DOCTYPE html>
<html><head><title>Saved post</title></head>
<body>
<header>
<span class="n">Lotte Maas</span>
<span class="h">Head Gardener at Rosehill Estate</span>
<time>3d</time>
</header>
<article>
<p>Our walled garden opens to visitors again next spring after two years of repairs.</p>
<p>The old glasshouse kept its original panes, all four hundred of them.</p>
</article>
<div>96 reactions · 12 comments</div>
<h2>Comments</h2>
<ul class="comments">
<li>
<span class="n">Arjun Mehta</span>
<span class="h">Landscape architect | Historic gardens</span>
<time>2d</time>
<p>Four hundred original panes is remarkable. Who did the glazing work?</p>
</li>
<li>
<span class="n">Greta Holm</span>
<span class="h">Botanical illustrator</span>
<time>1d</time>
<p>Counting the days until I can sketch in there again.</p></li>
</ul>
</body></html>
"""


@pytest.mark.parametrize("bar", ["10:27", "10:27 ▲ 5G ◢ 64%", "7:03 PM 📶 LTE 🔋 91 %", "22:15 Wi-Fi 40%"])
def test_a_phone_status_bar_over_a_copied_post_is_chrome(bar):
    dump = (f"{bar}\n←  Post  ⋮\nLena Hoffmann\nBarista trainer at Kaffeewerk\n3 h •\n"
            "Our new cold brew recipe is finally on the menu. Come by and tell us what you think!\n")
    (rec,) = process(dump)
    assert rec.title is None
    assert (rec.author.name, rec.age) == ("Lena Hoffmann", "3 h")
    assert rec.body == "Our new cold brew recipe is finally on the menu. Come by and tell us what you think!"
    assert "ui.status_bar" in {r.rule for r in rec.repairs}
    assert check_accounted(dump, [rec]) == []


def test_a_time_in_a_line_of_prose_is_no_status_bar():
    lines = split_lines("9:30 standup moved to the big room\nsee you there\n")
    log = RepairLog()
    shapes.cut_status_bar(lines, log)
    assert lines[0].text == "9:30 standup moved to the big room" and not log.entries


def test_a_pages_doubled_name_over_its_industry_is_no_article_title():
    # invented: a signed-out mobile-web copy of a company page's post, the page's name doubled
    # over its industry and follower count, then the age
    text = ("Sign in\nJoin now\nHarbour Lane Bakery\nHarbour Lane Bakery\nHospitality\n"
            "1,204 followers\n3d\nOur rye loaf is back on Saturdays from next week.\n\n"
            "Thanks to everyone who asked for it.\nLike\nComment\nShare\n41\n")
    assert not shapes.looks_like_article(split_lines(text))
    [rec] = process(text)
    assert rec.title is None
    assert rec.author.name == "Harbour Lane Bakery"
    assert rec.age == "3d"


def test_a_post_header_in_a_script_without_capitals_is_no_article_byline():
    # invented: name, headline, then the age with its visibility bullet; in Arabic the headline
    # reads as a name and the name as a title, but the bulleted age says it is a post's header
    text = ("منى سالم\nمهندسة برمجيات\n٣ أيام • \n\nافتتحنا اليوم مكتبنا الجديد في إربد.\n\n"
            "٤٠\n٥ تعليقات\nأعجبني\nتعليق\nمشاركة\nإرسال\n")
    assert not shapes.looks_like_article(split_lines(text))
    (rec,) = process(text)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == ("post_page", "منى سالم", "مهندسة برمجيات", "٣ أيام")
    assert rec.body == "افتتحنا اليوم مكتبنا الجديد في إربد."


def test_a_name_with_its_degree_opening_a_card_is_no_counting_marker():
    # invented: a mobile copy of a repost; the original's name line carries its degree
    # ("• 2º"), which ends in a number like "Feed post 2" does, but is the original's name
    assert not shapes.is_counting_marker("Inés Marqués Vidal • 2º")
    assert shapes.is_counting_marker("Tarjeta número 2")
    text = ("Pablo Ferrer\nIngeniero de caminos\n5 h •\nSeguir\nLeed esto, merece la pena.\n\n"
            "Inés Marqués Vidal • 2º\nDirectora en Puentes Albero | Obra civil\n2 d •\n"
            "Hoy cerramos la obra del puente de Almussafes sin un solo día de retraso.\n\n"
            "Carla Soler y 120 personas más\n14 comentarios\nRecomendar\nComentar\nCompartir\nEnviar\n")
    recs = process(text)
    assert [(r.author.name, r.author.bio) for r in recs] == [
        ("Pablo Ferrer", "Ingeniero de caminos"), ("Inés Marqués Vidal", "Directora en Puentes Albero | Obra civil")]


def test_a_pages_post_header_under_its_tabs_is_no_article_byline():
    # a filter chip over the page's name, its follower count and the post's age with its
    # bullet read like a title over a byline; it is a page's post header
    text = ("Tern Road Bakery\nFood production\n880 followers\nHome\nAbout\nPosts\n\nAll\nImages\nVideos\n\n"
            "Tern Road Bakery\n880 followers\n1w •\n\nSourdough classes return in May, four evenings.\n")
    lines = split_lines(text)
    assert not shapes.looks_like_article(lines)
    article = split_lines("Why bread rises\nTern Road Bakery\n880 followers\nPublished Mar 3, 2026\n\n"
                          "Yeast eats sugar and breathes out gas. The dough traps it.\n")
    assert shapes.looks_like_article(article)


def test_an_article_title_ending_with_a_full_stop_over_a_published_line():
    content = [ln for ln in split_lines(
        "Sign in\n\nKeep your invoices boring. Nobody reads them.\n\nOda Brekke\nController at Nordfrakt\n"
        "Published Jan 9, 2026\n\nA first paragraph that runs long enough to be text.\n") if ln.text.strip()]
    assert shapes.article_start(content) == 1
    # without the "Published" line a sentence ending with a full stop is no title
    assert shapes.article_start([ln for ln in content if not ln.text.startswith("Published")]) is None


@pytest.mark.parametrize("key", ["직함", "작성자_직함", "직책", "肩書き", "役職"])
def test_korean_and_japanese_title_keys_name_a_headline(key):
    assert shapes.classify_column(key)[1] == "headline"


def test_a_korean_json_comments_short_title_is_its_headline():
    # "UX 리서처" reads as a name by its value alone; the key says it is the headline
    text = ('{"글": [{"작성자": "한지민", "작성자_직함": "데이터 분석가 @ 누리", "시간": "2일",'
            ' "본문": "오늘 팀 회고를 처음으로 진행했습니다. 생각보다 솔직한 이야기가 많이 나왔어요.",'
            ' "댓글": [{"작성자": "오세훈", "직함": "UX 리서처", "시간": "1일",'
            ' "내용": "회고 템플릿 공유 가능하실까요?", "답글": []}]}]}')
    (rec,) = process(text)
    (c,) = rec.comments
    assert (c.author.name, c.author.bio) == ("오세훈", "UX 리서처")


def test_an_article_title_under_a_long_signed_out_header_of_chrome_lines_is_found():
    # invented: a signed-out newsletter page: ten navigation and sign-in lines, then the
    # newsletter's own header, then the title over a doubled byline and its "Published" line
    text = "\n\n".join([
        "Agree & Join LinkedIn", "Skip to main content", "LinkedIn", "Articles", "People", "Learning",
        "Jobs", "Games", "Join now", "Sign in",
        "Greenhouse Notes", "Greenhouse Notes", "Short letters about growing under glass.",
        "By Pia Lorne", "Monthly newsletter", "Subscribe",
        "What Tomatoes Taught Me About Humidity", "Pia Lorne", "Pia Lorne", "Grower | Consultant",
        "Published Apr 3, 2026", "+ Follow",
        "Most of the problems I see in spring greenhouses start with the air, not the soil, and "
        "they start weeks before anyone notices a leaf curling.",
        "Hamid Ross", "Grower", "2w", "Report this comment", "Helpful, thank you.",
    ])
    lines = split_lines(text)
    content = [ln for ln in lines if ln.text.strip()]
    assert shapes.article_start(content) == 16
    assert shapes.looks_like_article(lines)


def test_a_post_header_under_unlisted_navigation_words_is_no_article_byline():
    # invented: a signed-in copy that starts in the nav bar of a UI language the tables do not
    # list (Catalan); the nav words read as a title over a byline, but the post's age with its
    # visibility bullet stands under the name and headline before the first paragraph
    text = ("Vés al contingut principal\nInici\nLa meva xarxa\nJo\nPer a empreses\nJordi Puigvert Sala\n"
            " • 2n\nEnginyer de camins a Ponts del Ter | Obra pública\n2 d • \n\nSeguir\n"
            "Avui hem acabat la passarel·la de Girona, i volia donar les gràcies a tot l'equip que "
            "hi ha treballat durant catorze mesos sense un sol accident.\n\n41\n6 comentaris\n")
    assert not shapes.looks_like_article(split_lines(text))
    (rec,) = process(text)
    assert (rec.author.name, rec.age) == ("Jordi Puigvert Sala", "2 d")
    assert rec.body.startswith("Avui hem acabat")
    # an article's byline with its "Published" line stays an article
    article = split_lines("Com es fa un pont\nJordi Puigvert Sala\nEnginyer de camins\nPublished Mar 3, 2026\n\n"
                          "Un pont comença molt abans de la primera pedra: comença al terreny.\n")
    assert shapes.looks_like_article(article)


def test_an_age_in_italics_loses_its_emphasis_only():
    lines = split_lines("*3 d • Edited*\n**Pia Holm** · Ceramicist · *2 d*\n*Glazes are chemistry*\n"
                        "Fired at *1250 C* today · _1 w_\nA *5 d* kiln run")
    log = RepairLog()
    shapes.flatten_markdown(lines, log)
    assert [ln.text for ln in lines] == ["3 d • Edited", "**Pia Holm** · Ceramicist · 2 d", "*Glazes are chemistry*",
                                         "Fired at *1250 C* today · 1 w", "A *5 d* kiln run"]
    assert {r.rule for r in log.entries} == {"markdown.emphasis"}


def test_an_age_in_italics_in_the_front_matter_is_read_as_written():
    # invented: the front matter's title ends in an italic age; the block is read as it
    # stands (its title taken whole), only the post's own age line loses its italics
    text = ("---\ntitle: Notes from the kiln · *3 d*\n"
            "source: https://www.linkedin.com/posts/rui-costa_kiln-activity-1234567890123456789-AbCd\n---\n\n"
            "## [Rui Costa](https://www.linkedin.com/in/rui-costa/)\nPotter | Teaching wheel classes in Porto\n*3 d*\n\n"
            "Our first wood firing of the year: thirty hours, four stokers, one [very tired dog](https://example.test/dog).\n\n"
            "[#Ceramics](https://www.linkedin.com/feed/hashtag/?keywords=ceramics)\n")
    (rec,) = process(text)
    assert (rec.title, rec.age) == ("Notes from the kiln · *3 d*", "3 d")
    assert rec.body.startswith("Our first wood firing")
    assert check_accounted(text, [rec]) == []


MD_ITALIC_AGES = """---
title: "Pia Holm: We fired the new kiln for the first time…"
author: Pia Holm
source: https://www.linkedin.com/posts/pia-holm_ceramics-activity-1234567890123456789-AbCd
---

## [Pia Holm](https://www.linkedin.com/in/pia-holm/)
Ceramicist | Running a small studio in Aarhus
*3 d • Edited*

We fired the new kiln for the first time this week. Eleven hours, two cracked bowls, one perfect celadon jar.

The jar goes to the market stall on Saturday.

[#Ceramics](https://www.linkedin.com/feed/hashtag/?keywords=ceramics) [#Pottery](https://www.linkedin.com/feed/hashtag/?keywords=pottery)

### Comments

**[Lars Bech](https://www.linkedin.com/in/lars-bech/)** · Glaze chemist · *2 d*
Which cone did you fire to? The celadon sounds lovely.

> **[Pia Holm](https://www.linkedin.com/in/pia-holm/)** · Author · *2 d*
> Cone 10, slowly cooled. I will post the schedule.

**[Mette Dahl](https://www.linkedin.com/in/mette-dahl/)** · Studio neighbour · *1 d*
Saving a spot at the stall for that jar.
"""


def test_a_markdown_export_with_italic_ages_has_its_age_and_comments():
    (rec,) = process(MD_ITALIC_AGES)
    assert rec.age == "3 d"
    assert rec.body.startswith("We fired the new kiln")
    assert [(c.author.name, c.author.bio, c.age, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Lars Bech", "Glaze chemist", "2 d", ["Pia Holm"]), ("Mette Dahl", "Studio neighbour", "1 d", [])]
    assert check_accounted(MD_ITALIC_AGES, [rec]) == []


def test_a_short_markdown_post_whose_only_links_are_its_heading_name_and_one_tag_is_markdown():
    """A browser extension's Markdown of a short post: "## [Name](profile)", the headline,
    the age, the text and one hashtag link. Two links made no Markdown (three were needed),
    so the heading stayed raw and was the whole body."""
    text = ("## [Tjitske Hoekstra](https://www.linkedin.com/in/tjitske-h)\n*Schipper bij Veerdienst Wad | Holwerd*\n2 d • 🌐\n\n"
            "Morgen vaart de pont een uur later.\n\nDe dienstregeling hangt bij de steiger.\n\n"
            "[#veerpont](https://www.linkedin.com/feed/hashtag/veerpont)\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Tjitske Hoekstra", "Schipper bij Veerdienst Wad | Holwerd", "2 d")
    assert rec.body == "Morgen vaart de pont een uur later.\n\nDe dienstregeling hangt bij de steiger.\n\n#veerpont"
    assert check_accounted(text, [rec]) == []
    # (a link in a text, beside a line that opens with "#", is no Markdown page)
    assert not shapes.is_markdown(split_lines("#1 tip: read [the guide](https://example.org/g) first.\nThat is all."))


# invented: a Notion export of a clipped article: the page's heading, its properties with the
# article's /pulse/ address, then a newsletter's masthead over the byline
NOTION_ARTICLE = """# Why our allotment waiting list halved in a year

| Property | Value |
|---|---|
| Created | 3 February 2026 09:12 |
| URL | https://www.linkedin.com/pulse/why-our-allotment-waiting-list-halved-ines-rowe-3kq/ |

---

Plot Talk

Published monthly · 2,304 subscribers

Ines Rowe

Secretary at Fernbank Allotment Society | Community gardening

Last year 212 people were waiting for a plot. Today it is 97.

We split the biggest plots in two and nobody complained.

#Allotments #Community
"""


def test_a_clipped_articles_page_heading_is_its_title():
    """A note app's page heading names the clipping; where its address is an article's
    (/pulse/), the clipper named it after the article: the title. The masthead under it is
    chrome, the byline's name the author."""
    (rec,) = process(NOTION_ARTICLE)
    assert rec.title == "Why our allotment waiting list halved in a year"
    assert rec.author.name == "Ines Rowe"
    assert "Plot Talk" not in rec.body


def test_translated_and_original_copies_of_a_field_and_more_headline_words():
    from postscrub.shapes import classify_column

    assert classify_column("text_original")[1] == "text"
    assert classify_column("Texte traduit")[1] == "translation"  # (no field takes a machine translation)
    assert classify_column("headline_translated")[1] == "translation"
    assert classify_column("intitulé")[1] == "headline"  # LinkedIn's French "Intitulé"
    assert classify_column("role")[1] == "headline"


# invented: a command-line tool's output copied from the terminal — the prompt that ran it and
# its status line, the header in a box-drawing panel (the age with the counters on one line,
# the post's id under it), rules of box characters, bulleted comments, an arrowed reply, the
# tool's hint naming one of its options, the prompt left at the end
TERMINAL = """$ postgrab show https://www.linkedin.com/feed/update/urn:li:activity:1234567890123/
Fetching post… done (0.8s)

┌ Maren Holt
│ Ferry captain at Sund Lines
│ 6d · 🌐 · 88 reactions · 3 comments · 1 repost
└ urn:li:activity:1234567890123

Forty crossings this week and not one late departure.
The crew did that, not me.

#Ferries

────────────────────────────────────────
Comments (showing 2 of 3, most relevant first)
────────────────────────────────────────

• Pelle Aas (Harbour master) · 5d
  Forty! The harbour noticed.

    ↳ Maren Holt (Ferry captain at Sund Lines) · 5d
      Thank you, Pelle.

• Ola Vik (Deckhand) · 4d
  Proud to be on board.

Use --all to fetch the remaining comment.
$
"""


def test_a_terminal_tools_output_reads_as_its_post():
    (rec,) = process(TERMINAL)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Maren Holt", "Ferry captain at Sund Lines", "6d")
    assert rec.body == "Forty crossings this week and not one late departure.\nThe crew did that, not me.\n\n#Ferries"
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Pelle Aas", "Harbour master", "5d", "Forty! The harbour noticed."), ("Ola Vik", "Deckhand", "4d", "Proud to be on board.")]
    assert [(r.author.name, r.text) for r in rec.comments[0].replies] == [("Maren Holt", "Thank you, Pelle.")]
    assert check_accounted(TERMINAL, [rec]) == []


def test_the_word_age_in_other_languages_names_an_age_column():
    from postscrub.shapes import classify_column

    for name in ("Alter", "Edad", "Età", "Wiek", "Ålder", "Возраст"):
        assert classify_column(name)[1] == "age", name
    (rec,) = process("Autor;Text;Alter\nHanna Berg;\"Unser Stout hat Silber gewonnen.\";2 Tg.\n")
    assert (rec.shape, rec.author.name, rec.age) == ("scraper_csv", "Hanna Berg", "2 Tg.")


# invented: the same clipped article with its properties as "Label: value" lines (Notion's other
# export), the address under a label no table names, and the comments' headers in bold
NOTION_ARTICLE_PROPERTY_LINES = """# Why the village bakery went cooperative

Created: 4 March 2026 18:20
Tags: Food, Reading
Link: https://www.linkedin.com/pulse/why-village-bakery-went-cooperative-oona-pell-8zt/

[Oona Pell](https://www.linkedin.com/in/oona-pell)

Baker and treasurer at Millbrook Bakery Co-op

Published Mar 1, 2026

Three years ago the bakery was about to close. Today forty households own it.

### The shares

We sold shares at 50 pounds each, and the first hundred went in a weekend.

### The bread

Members vote on the range each spring; rye won twice.

[#Cooperatives](https://www.linkedin.com/feed/hashtag/?keywords=cooperatives) [#Bakeries](https://www.linkedin.com/feed/hashtag/?keywords=bakeries)

**Ivor Stell** · 2nd
Shopkeeper in Millbrook
1w

How do you decide the price of bread now?

> **Oona Pell** Author
> 5d
>
> By vote, once a year. It has gone up twice.

**Maeve Corran** · 3e et +
Urbaniste | Villages
3d

Lovely to read.
"""


def test_a_clipped_articles_property_lines_under_its_page_name():
    """Property lines (not a table) under the page's heading are the note's properties too: an
    address under any label that is an article's makes the heading the title and the page an
    article; a quoted reply's bold name with the author badge is a name, the badge chrome; a
    degree in words ("3e et +") after a bold name goes."""
    (rec,) = process(NOTION_ARTICLE_PROPERTY_LINES)
    assert rec.title == "Why the village bakery went cooperative"
    assert rec.author.name == "Oona Pell"
    assert rec.body.startswith("Three years ago the bakery")
    assert rec.hashtags == ["#Cooperatives", "#Bakeries"]
    assert [c.author.name for c in rec.comments] == ["Ivor Stell", "Maeve Corran"]
    assert [r.author.name for r in rec.comments[0].replies] == ["Oona Pell"]
    assert rec.comments[1].author.bio == "Urbaniste | Villages"


# invented: an Evernote note exported as plain text: its header of labelled lines from the first
# line on (its name among them), a rule, then the clipped article page
EVERNOTE_ARTICLE = """Назва: Як наша громада відкрила пекарню на паях | LinkedIn
Джерело: https://www.linkedin.com/pulse/як-наша-громада-відкрила-пекарню-тарас-бойко-3kd/
Створено: 04.03.2026 20:10
Блокнот: Ідеї

────────────────

Як наша громада відкрила пекарню на паях

Тарас Бойко
Тарас Бойко
Голова кооперативу «Теплий хліб», Винники

Опубліковано 1 бер. 2026 р.

+ Стежити

Три роки тому в селі закрилася остання пекарня. Сьогодні нею володіють сорок родин.

Кожен пай коштує тисячу гривень, і перша сотня розійшлася за вихідні.

#кооперативи #пекарні

Подобається
Коментувати
Поширити

Ганна Левчук
Вчителька, Винницька гімназія
1 тиж.
Дуже надихає. А як ви вирішуєте, яку ціну ставити на хліб?
Подобається
Відповісти
"""


def test_a_note_header_of_labelled_lines_closed_by_a_rule():
    """Labelled lines from the first line on, one an address, then a rule: a note's header
    (its name among the labels), read as the note's properties and left out of the page, not
    a key-value export; an article's address makes the page under it an article."""
    lines = split_lines(EVERNOTE_ARTICLE)
    fm = shapes.read_front_matter(lines, RepairLog())
    assert fm.names_article() and len(fm.lines) == 5 and fm.lines[-1].text.startswith("────")
    (rec,) = process(EVERNOTE_ARTICLE)
    assert rec.title == "Як наша громада відкрила пекарню на паях"
    assert rec.author.name == "Тарас Бойко"
    assert rec.body.startswith("Три роки тому в селі")
    assert "Блокнот" not in rec.body and "Джерело" not in rec.body
    assert [c.author.name for c in rec.comments] == ["Ганна Левчук"]
    assert check_accounted(EVERNOTE_ARTICLE, [rec]) == []


@pytest.mark.parametrize("headline", ["Software Engineer", "Head Baker", "Product Manager"])
def test_a_name_over_a_headline_of_capitalised_words_and_an_age_is_a_posts_header(headline):
    # invented: the headline reads as a name too; the age under it says a post starts here,
    # not an article titled with the author's name
    text = (f"Ana Lee\n{headline}\n2d • Edited\n\nWe opened a second oven line this week and the queue is "
            "finally gone.\n\n12 reactions · 3 comments\nLike\nComment\nRepost\nSend\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name, rec.author.bio, rec.age) == (None, "Ana Lee", headline, "2d")
    assert rec.body == "We opened a second oven line this week and the queue is finally gone."


# invented: a web clipper's Markdown of an article page: its "# Title", the page's skip link
# between it and the byline, then the name, headline and "Published" line; a comment with
# its "Report this comment" anchor below
CLIPPED_ARTICLE_SKIP_LINK = """# Why our library opened a tool shed

[Skip to main content](https://www.linkedin.com/pulse/why-our-library-opened-tool-shed-kemp#main-content)

### [Oriel Kemp](https://www.linkedin.com/in/oriel-kemp?trk=article-ssr-frontend-pulse_publisher-author-card)

Head Librarian at Fernside Public Library

Published Mar 3, 2031

Last spring we started lending drills, ladders and sewing machines next to the books.

Loans of the tools now outnumber loans of the cookbooks, and the cookbooks are doing fine.

[Jonah Pell](https://www.linkedin.com/in/jonah-pell?trk=article-ssr-frontend-pulse_x-social-details_comments-action_comment_actor-name)

Retired carpenter

- [Report this comment](https://www.linkedin.com/uas/login?trk=article-ssr-frontend-pulse_x-social-details_comments-action_comment_ellipsis-menu)

2w

I borrowed the mitre saw twice already. Thank you.
"""


def test_a_skip_link_between_a_clipped_articles_title_and_its_byline():
    (rec,) = process(CLIPPED_ARTICLE_SKIP_LINK)
    assert (rec.title, rec.author.name, rec.author.bio) == (
        "Why our library opened a tool shed", "Oriel Kemp", "Head Librarian at Fernside Public Library")
    assert rec.body.startswith("Last spring we started lending drills")
    assert [(c.author.name, c.age) for c in rec.comments] == [("Jonah Pell", "2w")]


def test_an_age_in_bold_before_its_visibility_icon_loses_its_emphasis():
    # invented: an extension's post header, the age in bold with the globe after it; a bold
    # word before a bullet that is no age keeps its marks
    lines = split_lines("**4h** · 🌐\n*2 w* • Edited\n**Tip** · read the label\n_Kiln_ · 3 glazes")
    log = RepairLog()
    shapes.flatten_markdown(lines, log)
    assert [ln.text for ln in lines] == ["4h · 🌐", "2 w • Edited", "**Tip** · read the label", "_Kiln_ · 3 glazes"]
    text = ("---\nsource: https://www.linkedin.com/posts/pia-holm_glaze-activity-1\ntool: Clipper\n---\n\n"
            "## Pia Holm\n*Ceramicist at Holm Studio | Teacher*\n**4h** · 🌐\n\n"
            "Fired the new celadon glaze at 1250 C today and it came out the colour of sea glass.\n\n"
            "[#Ceramics](https://www.linkedin.com/feed/hashtag/?keywords=ceramics) "
            "[#Glaze](https://www.linkedin.com/feed/hashtag/?keywords=glaze) "
            "[#Kiln](https://www.linkedin.com/feed/hashtag/?keywords=kiln)\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Pia Holm", "Ceramicist at Holm Studio | Teacher", "4h")
    assert rec.body.startswith("Fired the new celadon glaze")


def test_an_app_article_whose_byline_closes_with_the_date_and_reading_time():
    # a phone's copy: status-bar time, tab, menu, newsletter masthead above the title; the
    # byline closed by "date · reading time" (no "Published") says where the article starts
    text = ("9:41\nArticle\n…\nBench Notes\nBiweekly newsletter · 2,140 subscribers\nSubscribe\n\n"
            "The Bench Is Not a Shelf\n\nMarta Quill\nMaintenance lead at Ostrava Mills\nMar 2, 2026 · 4 min read\n\n"
            "Every workshop I have visited keeps its spare parts on the bench, and every bench ends up a shelf.\n\n"
            "We cleared ours on a Friday and kept it clear for a month by one rule: nothing stays overnight.\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name, rec.author.bio) == (
        "The Bench Is Not a Shelf", "Marta Quill", "Maintenance lead at Ostrava Mills")
    assert rec.body.startswith("Every workshop I have visited")


def test_a_subtitle_in_sentences_under_the_title_leaves_the_title_above_it():
    text = ("Why Our Warehouse Stopped Counting Boxes\nThe count was right. The question was wrong.\n\n"
            "Delphine Araujo\nOperations Lead at Kestrel Fulfilment\nPublished Jan 14, 2026\n\n"
            "For two years we counted every box that left the dock, twice, and still missed the late orders.\n\n"
            "Then we started counting the orders that waited, and the boxes took care of themselves.\n")
    (rec,) = process(text)
    assert rec.title == "Why Our Warehouse Stopped Counting Boxes"
    assert rec.author.name == "Delphine Araujo"


def test_an_outliner_page_with_properties_blocks_comments_and_own_notes():
    text = ("title:: Why Our Bakery Closes at Two\ntype:: [[LinkedIn article]]\nauthor:: [[Minna Korhonen]]\n"
            "author-headline:: Owner at Korhonen Leipomo\n"
            "source:: https://www.linkedin.com/pulse/why-our-bakery-closes-at-two-minna-korhonen\n\n"
            "- ## Article\n"
            "\t- We used to stay open until six, and the last four hours sold less than the first one.\n"
            "\t- So we close at two now, and bake for the next morning with the whole team rested.\n"
            "- ## Comments (clipped)\n"
            "\t- **Tapio Lehtinen** · Café owner · 2w\n\t  We did the same with Mondays and never looked back.\n"
            "\t\t- **Minna Korhonen** · Owner at Korhonen Leipomo · 2w\n\t\t  Mondays are next on our list!\n"
            "- ## My notes\n\t- Ask Minna about the wholesale orders.\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name, rec.author.bio) == (
        "Why Our Bakery Closes at Two", "Minna Korhonen", "Owner at Korhonen Leipomo")
    assert rec.body.startswith("We used to stay open until six") and "wholesale" not in rec.body
    assert [c.author.name for c in rec.comments] == ["Tapio Lehtinen"]
    assert rec.comments[0].text == "We did the same with Mondays and never looked back."
    assert [r.author.name for r in rec.comments[0].replies] == ["Minna Korhonen"]


# invented: a read-later tool's Markdown export of an article: the tool's own links to its copy
# and to the page ("[Read on Omnivore](…)", "[Read Original](…)", Pocket's "View Original")
# under the byline, where the article's text starts
_READ_LATER = """---
title: "Why our bakery weighs flour twice"
author: Oskar Lind
date_saved: 2031-03-02T08:15:00.000Z
---

# Why our bakery weighs flour twice

**Oskar Lind** · Owner at Lind Bakery

{links}

We weigh every batch of flour twice, once at the mill and once at the bench, and write both numbers down.

### What changed

Two weighings cost a minute and save a batch a week. The bakers grumbled for a month and now ask for it.

#Baking
"""


@pytest.mark.parametrize("links", [
    "[Read Original](https://www.linkedin.com/pulse/why-our-bakery-weighs-flour-twice-oskar-lind-3kd)",
    "[Read on Omnivore](https://omnivore.app/me/why-our-bakery-3kd)\n"
    "[Read Original](https://www.linkedin.com/pulse/why-our-bakery-weighs-flour-twice-oskar-lind-3kd)",
    "[View Original](https://www.linkedin.com/pulse/why-our-bakery-weighs-flour-twice-oskar-lind-3kd)",
    # (flattened with the page's other links: the label alone on its line)
    "[Read on Omnivore](https://omnivore.app/me/why-our-bakery-3kd)\n"
    "[Read Original](https://www.linkedin.com/pulse/why-our-bakery-weighs-flour-twice-oskar-lind-3kd)\n\n"
    "![cover](https://media.example/flour-cover.jpg)",
])
def test_a_read_later_exports_links_to_the_original_are_the_tools_chrome(links):
    text = _READ_LATER.format(links=links)
    (rec,) = process(text)
    assert rec.body.startswith("We weigh every batch of flour twice"), rec.body[:80]
    assert "Original" not in rec.body and "Omnivore" not in rec.body
    assert check_accounted(text, [rec]) == []


def test_a_mails_link_line_over_the_newsletter_is_no_title_nor_a_paragraph():
    text = ("Read on LinkedIn: https://www.linkedin.com/pulse/the-quiet-shelf-how-we-sold-slow-stock-ravindra-kulkarni-q8x2z\n\n"
            "Shelf Talk\n\nA fortnightly note on retail by Ravindra Kulkarni\n\n"
            "The Quiet Shelf: How We Sold Slow Stock\n\nRavindra Kulkarni\nRetail advisor | Former store manager\n\n"
            "Hello friends,\n\nThis issue is about the shelf nobody looks at, and the three weeks it took us to empty it.\n\n"
            "We moved it next to the till, and priced every item in round numbers.\n")
    (rec,) = process(text)
    assert rec.title == "The Quiet Shelf: How We Sold Slow Stock"
    assert (rec.author.name, rec.author.bio) == ("Ravindra Kulkarni", "Retail advisor | Former store manager")


@pytest.mark.parametrize("head, name, bio, tail", [
    ("ปิยะ วงศ์ใหญ่\nสถาปนิก\n4 วัน\n", "ปิยะ วงศ์ใหญ่", "สถาปนิก", "15\nถูกใจ\nแสดงความคิดเห็น\n"),
    ("אורי גולן\nאדריכל\n4 ימים\n", "אורי גולן", "אדריכל", "15\nלייק\nתגובה\n"),
    ("نیما صادقی\nمعمار\n۴ روز\n", "نیما صادقی", "معمار", "۱۵\nپسندیدن\nنظر دادن\n"),
])
def test_an_uncased_name_over_a_one_word_headline_and_an_age_is_a_posts_header(head, name, bio, tail):
    # no capitals tell the name from the headline: a two-word name over a one-word line and the
    # age, on a page with a post's buttons, is a post's header (name, headline), not an
    # article's title over a one-word byline
    (rec,) = process(head + "Sentence one of the post.\n\nSentence two of the post.\n" + tail)
    assert (rec.title, rec.author.name, rec.author.bio) == (None, name, bio)
    assert rec.age is not None


def test_cjk_comment_columns_and_a_japanese_posting_time_column():
    # a comment word of Japanese, Chinese or Korean before a field word names the comment's
    # field ("コメント本文": the comment's text); "投稿時期" (posting time) is the post's age
    from postscrub.shapes import classify_column

    assert classify_column("コメント本文")[:2] == ("comment", "text")
    assert classify_column("评论内容")[:2] == ("comment", "text")
    assert classify_column("댓글 내용")[:2] == ("comment", "text")
    assert classify_column("投稿時期")[1] == "age"
    text = "投稿者,肩書き,投稿時期,本文\n浜田 亜希,編集者,4日,新しい雑誌の企画が通りました。\n"
    (rec,) = process(text)
    assert (rec.author.name, rec.age) == ("浜田 亜希", "4日")


APP_POST_WITHOUT_BUTTONS = """\
Priya Venkataraman
Head of Logistics at Tidewell Freight
4h •
We moved every depot to the same morning handover sheet last quarter.

Missed pickups fell by a fifth, and nobody had to learn a new tool.

Tell me how your handovers work.

#Logistics #Operations
58 reactions · 9 comments
Olek Brandvold
Dispatcher at Nordhavn Cargo
3h
Same sheet everywhere is underrated. We did it with a whiteboard photo.
"""


def test_an_app_post_copied_with_its_counters_but_no_buttons_is_a_post_page():
    # the header on top ("4h •", the globe after it lost) and a counter line: a post, whose
    # hashtags line is no title and whose comment's author is no post author
    (rec,) = process(APP_POST_WITHOUT_BUTTONS)
    assert rec.shape == "post_page" and rec.title is None
    assert (rec.author.name, rec.author.bio, rec.age) == (
        "Priya Venkataraman", "Head of Logistics at Tidewell Freight", "4h")
    assert rec.body.startswith("We moved every depot") and rec.hashtags == ["#Logistics", "#Operations"]
    assert [(c.author.name, c.age) for c in rec.comments] == [("Olek Brandvold", "3h")]


def test_a_notes_collection_title_over_the_first_rule_is_no_post():
    # invented: a notes app's export of two saved posts, its title underlined, a rule between
    text = ("Reading list – March\n====================\n\n"
            "Yusra Kaddour\nHead of Finance at Lowmoor Co.\n2w\nWe closed the books in three days this quarter.\n\n#Finance\n"
            "\n--------------------\n\n"
            "Benedikt Saarinen\nUX Lead at Quillgate\n5d\nNobody reads tooltips. Write better labels.\n\n#UX\n")
    recs = process(text)
    assert [(r.author.name, r.age, r.title) for r in recs] == [
        ("Yusra Kaddour", "2w", None), ("Benedikt Saarinen", "5d", None)]
    assert recs[0].body == "We closed the books in three days this quarter.\n\n#Finance"


_ONE_MARKER_FEED = """Feed post number 1
Wren Halloway
Wren Halloway
 • 2nd
Harbour pilot at Calder Sound
Harbour pilot at Calder Sound
4h • 
We brought the first electric tug into the inner basin this morning, no fuss at all.

The crew asked for coffee and a photo, in that order.
Like
Comment
Repost
Send
38
5 comments
Most relevant
Otis Ferraby
 • 3rd+
Deckhand at Ferraby Marine
2h
Quieter than the old one, too. Congratulations!
Like
Reply
Imogen Tarrant
Imogen Tarrant
 • 1st
Freight planner | Northgate Rail
Freight planner | Northgate Rail
1d • 
Honest question for planners: how far ahead do you lock your weekend slots?

We lock ten days out and still reshuffle half of them on Thursday.
Like
Comment
Repost
Send
12
"""


def test_a_feed_copy_with_only_its_first_cards_marker_still_parts_the_cards_by_their_headers():
    recs = process(_ONE_MARKER_FEED)
    assert [r.author.name for r in recs] == ["Wren Halloway", "Imogen Tarrant"]
    assert recs[0].body.startswith("We brought the first electric tug")
    assert [c.author.name for c in recs[0].comments] == ["Otis Ferraby"]
    assert recs[1].body.startswith("Honest question for planners") and recs[1].age == "1d"
    assert recs[1].comments == []


_DIGEST_MAIL = """From: LinkedIn <updates-noreply@linkedin.com>
To: Pia Lindqvist <pia@example.org>
Subject: Noor Castell and Bram Oyelaran shared posts
Date: Mon, 3 Nov 2026 06:40:00 +0000

Pia, catch up on your network

Noor Castell
Ceramics teacher at Hollow Lane Studio
Our evening class filled in four hours, so we are opening a Thursday group. Bring an apron and patience.
View post

Bram Oyelaran
Bridge inspector, Delta County
Spent the morning under the old rail bridge. The rivets from 1911 are in better shape than my knees.
View post

See all updates

This email was intended for Pia Lindqvist (Librarian at Eastmoor)
Unsubscribe
"""


def test_a_notification_digest_mail_gives_one_record_per_post_without_its_greeting_or_footer():
    recs = process(_DIGEST_MAIL)
    assert [(r.author.name, r.author.bio) for r in recs] == [
        ("Noor Castell", "Ceramics teacher at Hollow Lane Studio"), ("Bram Oyelaran", "Bridge inspector, Delta County")]
    assert [r.title for r in recs] == [None, None]
    assert recs[0].body == ("Our evening class filled in four hours, so we are opening a Thursday group. "
                            "Bring an apron and patience.")
    assert recs[1].body == ("Spent the morning under the old rail bridge. "
                            "The rivets from 1911 are in better shape than my knees.")
    assert check_accounted(_DIGEST_MAIL, recs) == []


_JA_CLIPPING = """---
title: "山本 一郎さんのLinkedInでの投稿"
source: "https://www.linkedin.com/posts/ichiro-yamamoto-demo_activity-7300000000000000000-Ab1c"
author:
  - "[[山本 一郎]]"
---
[山本 一郎](https://jp.linkedin.com/in/ichiro-yamamoto-demo?trk=public_post_feed-actor-name)

株式会社ミドリ物流 センター長

2日

倉庫の棚の配置を先月すべて見直しました。

歩く距離が一日あたり四割ほど減り、ピッキングの間違いも目に見えて少なくなりました。現場の皆さんが毎朝の会議で出してくれた小さな改善案を、一つずつ試した結果です。

[いいね！](https://jp.linkedin.com/signup/cold-join?trk=public_post_like-cta) [コメント](https://jp.linkedin.com/signup/cold-join?trk=public_post_comment-cta)

[中村 花子](https://jp.linkedin.com/in/hanako-nakamura-demo?trk=public_post_comment_actor-name)

倉庫管理マネージャー

1日

素晴らしい取り組みですね。棚の高さも変えましたか？
"""


def test_a_japanese_posts_paragraphs_are_paragraphs_so_a_comment_under_them_is_no_article_title():
    (rec,) = process(_JA_CLIPPING)
    assert rec.title is None
    assert (rec.author.name, rec.author.bio, rec.age) == ("山本 一郎", "株式会社ミドリ物流 センター長", "2日")
    assert rec.body.startswith("倉庫の棚の配置を先月すべて見直しました。")
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [
        ("中村 花子", "1日", "素晴らしい取り組みですね。棚の高さも変えましたか？")]


_SPEECH_PARTS_LOG = """Harbour pilots and the night tide | LinkedIn  document
Skip to main content  link
heading  level 1  Harbour pilots and the night tide
Selma Oduya-Brandt  link
Selma Oduya-Brandt
  link
Chief Pilot at Kestrelmouth Port
Published Mar 3, 2026
Follow  button
We used to board ships at the outer buoy whatever the tide did. Last winter we stopped.
heading  level 2  What changed
list  with 2 items  bullet  Boarding moves inside the breakwater after dark
bullet  Two pilots on every tanker over a set size
out of list
Near misses fell from five to one in a season.
Like  toggle button  not pressed
Comment  button
52 reactions  button
"""


def test_speech_viewer_parts_two_spaces_apart_are_cut():
    # invented: an NVDA speech viewer log, each utterance's parts two spaces apart, the role
    # after the name or before it
    from postscrub import pipeline

    (r,) = pipeline.process(_SPEECH_PARTS_LOG)
    assert r.title == "Harbour pilots and the night tide"
    assert (r.author.name, r.author.bio) == ("Selma Oduya-Brandt", "Chief Pilot at Kestrelmouth Port")
    assert r.body == ("We used to board ships at the outer buoy whatever the tide did. Last winter we stopped.\n\n"
                      "What changed\n\nBoarding moves inside the breakwater after dark\n\n"
                      "Two pilots on every tanker over a set size\n\nNear misses fell from five to one in a season.")
    assert check_accounted(_SPEECH_PARTS_LOG, [r]) == []


def test_text_with_double_spaces_and_a_word_like_a_role_is_no_speech_viewer_log():
    text = ("Our list  of suppliers  grew.\nThe link  to the form  is below.\n" + "\n".join(
        f"Line {k}  of a report  about bread." for k in range(12)) + "\n")
    lines = split_lines(text)
    assert shapes.strip_a11y_roles(lines, RepairLog()) is False


_ONE_LINK_MARKDOWN = """# Three winters of heat pumps in a stone house

> ## Excerpt
> We put a heat pump into a house built in 1840 and everybody told us it would not work.

---
[Maren Tullock-Achebe](https://www.linkedin.com/in/maren-tullock-achebe-example)

Energy Advisor at Fennbridge Homes

Published Jan 9, 2026

We put a heat pump into a house built in 1840 and everybody told us it would not work.

## What we did first

We fixed the draughts before we bought anything.

## What it cost

Less than the oil did over the same three winters.
"""


def test_markdown_with_one_link_and_section_headings_is_markdown():
    # invented: a Markdown clipping whose only link is the byline's, its sections "## " headings
    from postscrub import pipeline

    assert shapes.is_markdown(split_lines(_ONE_LINK_MARKDOWN))
    (r,) = pipeline.process(_ONE_LINK_MARKDOWN)
    assert r.title == "Three winters of heat pumps in a stone house"
    assert (r.author.name, r.author.bio) == ("Maren Tullock-Achebe", "Energy Advisor at Fennbridge Homes")
    assert r.body.startswith("We put a heat pump") and "Excerpt" not in r.body and "](" not in r.body


def test_reader_app_headers_give_the_title_and_the_author():
    # invented: the headers reader apps write over an article they saved: an RSS reader's
    # (title, "Name on LinkedIn · date at time", the address), a read-later export's (title,
    # the address, "Name · site · 4 min"), a reader view's (title, the site, the name, the
    # reading time as a bare count of minutes)
    from postscrub import pipeline

    text = "\n\n".join([
        "We stopped sending weekly status reports",
        "A short paragraph about why the reports went unread for months and nobody noticed at all.",
        "Then we asked every team lead to write one sentence instead, and people started reading again.",
    ])
    heads = [
        "Orla Fenwick-Adeyemi on LinkedIn · Apr 2, 2026 at 9:10 AM\nhttps://www.linkedin.com/pulse/we-stopped-sending-weekly-status-reports-orla-fenwick-adeyemi-1abcd\n",
        "https://www.linkedin.com/pulse/we-stopped-sending-weekly-status-reports-orla-fenwick-adeyemi-1abcd\nOrla Fenwick-Adeyemi · linkedin.com · 4 min\n",
        "linkedin.com\nOrla Fenwick-Adeyemi\n4 minutes\n",
    ]
    for head in heads:
        title, rest = text.split("\n\n", 1)
        (r,) = pipeline.process(f"{title}\n{head}\n{rest}\n")
        assert r.title == "We stopped sending weekly status reports", head
        assert r.author.name == "Orla Fenwick-Adeyemi", head
        assert r.body.startswith("A short paragraph about why") and "linkedin" not in r.body, head
        assert check_accounted(f"{title}\n{head}\n{rest}\n", [r]) == [], head


def test_title_over_a_plain_byline_is_no_reader_header():
    lines = split_lines("Three things I learned\nAna Lee\nHead of Data at Norte\nFirst paragraph here.\nSecond.\n")
    assert shapes.reader_header(lines, RepairLog()) is None
    lines = split_lines("Three things I learned\nAna Lee · Head of Data at Norte\nFirst paragraph here.\nSecond.\n")
    assert shapes.reader_header(lines, RepairLog()) is None


@pytest.mark.parametrize("author", ["Mira Voss", '"Mira Voss (Old Station Bakery)"', "Dr Mira Voss", "Mira"])
def test_the_front_matter_author_opening_the_text_is_the_byline_never_the_title(author):
    from postscrub.audit import check_accounted

    text = (f"---\nauthor: {author}\nsource: https://www.linkedin.com/posts/miravoss_bakery-activity-1\n---\n\n"
            "Mira Voss\nHead baker at Old Station Bakery\n2d\n\n"
            "We moved the bakery to the old station this spring.\n\nThe first loaves sold out before nine.\n")
    (rec,) = process(text)
    assert rec.title is None
    assert rec.author.name in ("Mira Voss", "Dr Mira Voss", "Mira")
    assert (rec.author.bio, rec.age, rec.age_iso) == ("Head baker at Old Station Bakery", "2d", "P2D")
    assert rec.body == "We moved the bakery to the old station this spring.\n\nThe first loaves sold out before nine."
    assert rec.comments == []
    assert check_accounted(text, [rec]) == []


def test_a_front_matter_title_is_still_the_title_over_the_post_header():
    text = ("---\ntitle: Moving a bakery in one weekend\nauthor: Mira Voss\n---\n\n"
            "Mira Voss\nHead baker at Old Station Bakery\n2d\n\nWe moved the bakery to the old station this spring.\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name, rec.age) == ("Moving a bakery in one weekend", "Mira Voss", "2d")
    assert rec.body == "We moved the bakery to the old station this spring."

# --- s13 fix50b: a profile's link alone on its line is a Markdown byline ---

def test_profile_link_alone_on_its_line_makes_a_clipping_markdown():
    from postscrub import process

    text = ("---\ntitle: Why our bakery stopped taking custom orders\nsource: https://www.linkedin.com/pulse/why-our-bakery-x1\n---\n\n"
            "# Why our bakery stopped taking custom orders\n\n"
            "[Oskar Lindqvist](https://se.linkedin.com/in/oskar-lindqvist-baker)\n\n"
            "Owner at Lindqvist Bageri\n\n"
            "Published Nov 2, 2026\n\n"
            "For six years we baked every custom cake anyone asked for.\n\n"
            "Now we bake four kinds, and our evenings are our own again.\n\n"
            "## More articles by Oskar Lindqvist\n\n"
            "- [What a sourdough starter taught me about hiring](https://www.linkedin.com/pulse/sourdough-hiring-x2)\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio) == ("Oskar Lindqvist", "Owner at Lindqvist Bageri")
    assert rec.body.startswith("For six years we baked")
    assert "[Oskar" not in rec.body


def test_edition_title_over_a_masthead_with_its_description_and_a_bare_subscriber_count():
    # invented: a newsletter edition's page, signed in: the title over the newsletter's
    # masthead (its name twice, its description, then only its subscriber count, no cadence
    # words), then the byline. The title and the author are the edition's, not a commenter's.
    from postscrub import process

    text = ("Inicio\nMi red\nEmpleos\n"
            "Lo que aprendí auditando cuarenta almacenes\n"
            "Cadena Fría\nCadena Fría\nCada quince días, logística del frío sin humo\n1.204 suscriptores\n"
            "Rocío Benítez\nRocío Benítez\nAuditora de calidad | Logística del frío\n14 de octubre de 2026\n"
            "En cuarenta auditorías encontré el mismo fallo: nadie revisaba los registros de temperatura del fin de semana.\n\n"
            "¿Quién los revisa en vuestra empresa?\n"
            "Recomendar\nComentar\nCompartir\n"
            "Jorge Vidal\nJefe de tráfico\n1 sem.\nEn la nuestra, nadie. Tomo nota.\nRecomendar\nResponder\n")
    (rec,) = process(text)
    assert rec.title == "Lo que aprendí auditando cuarenta almacenes"
    assert (rec.author.name, rec.author.bio) == ("Rocío Benítez", "Auditora de calidad | Logística del frío")
    assert rec.body.startswith("En cuarenta auditorías")
    assert [c.author.name for c in rec.comments] == ["Jorge Vidal"]


def test_an_edited_comments_age_mark_under_the_sort_menu_opens_no_card():
    # invented: a phone copy (de UI, no card markers) whose comments are listed under the sort
    # menu; one comment was edited, its age line "2 Std. • Bearbeitet •" shaped like a card's
    # header mark. It is a comment's (only a comment's two buttons follow it); a card after the
    # comments, with its own bar of post buttons, is still a card of its own.
    from postscrub import process

    post = ("Katrin Vogelsang\nWerkstattleiterin | Fahrradmanufaktur\n5 Std. •\n"
            "Wir haben die Reparaturannahme auf Termine umgestellt.\n\n"
            "Seitdem wartet niemand mehr länger als zehn Minuten am Tresen.\n"
            "57\n9 Kommentare\nGefällt mir\nKommentieren\nTeilen\nSenden\nRelevanteste\n"
            "Ole Brandt\nInhaber, Radhaus Brandt\n3 Std.\nWie viele Termine plant ihr pro Stunde ein?\n"
            "Gefällt mir\nAntworten\n"
            "Mira Jansen\n2 Std. • Bearbeitet •\nBei uns hat das die Samstage gerettet.\n"
            "Gefällt mir · 4\nAntworten\n")
    (rec,) = process(post)
    assert [(c.author.name, c.age) for c in rec.comments] == [("Ole Brandt", "3 Std."), ("Mira Jansen", "2 Std.")]
    assert rec.comments[1].text == "Bei uns hat das die Samstage gerettet."
    nxt = ("Jens Pahl\nVertrieb bei Kettenwerk\n1 Tag •\nUnsere neue Kettenlinie ist ab Montag lieferbar.\n"
           "12\nGefällt mir\nKommentieren\nTeilen\nSenden\n")
    recs = process(post + nxt)
    assert [r.author.name for r in recs] == ["Katrin Vogelsang", "Jens Pahl"]


def test_a_note_pages_comments_as_header_lines_over_quoted_text_without_bullets():
    # invented: a note page (es) with YAML front matter and its own sections; its comments are
    # no bulleted list but one header line each ("Name · headline · age", bold or not, a reply
    # marked by an arrow and indented, the post author's badge in parentheses, headlines with
    # bullets of their own), the text quoted under it ("> …").
    from postscrub import process

    text = ("---\nauthor: \"Luis Pardo\"\nsource: \"https://www.linkedin.com/posts/luis-pardo_activity-77\"\n---\n\n"
            "## Texto del post\n\n"
            "Este trimestre dejamos de imprimir los albaranes.\n\n"
            "Los firmamos en la tableta y el cliente los recibe por correo al momento.\n\n"
            "## Comentarios\n\n"
            "Ana Ruiz · Jefa de compras · Conservas Norte · 3 d\n"
            "> ¿Y qué pasa cuando el cliente no tiene correo?\n\n"
            "    ↳ **Luis Pardo** (Autor) · Director de operaciones · Grupo Sur · 2 d\n"
            "    > Se lo mandamos por SMS, con un enlace.\n\n"
            "**Marta Gil** · Transportista · 1 d\n"
            "> Por fin.\n")
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Ana Ruiz", "Jefa de compras · Conservas Norte", "3 d", "¿Y qué pasa cuando el cliente no tiene correo?"),
        ("Marta Gil", "Transportista", "1 d", "Por fin.")]
    (reply,) = rec.comments[0].replies
    assert (reply.author.name, reply.author.bio, reply.text) == (
        "Luis Pardo", "Director de operaciones · Grupo Sur", "Se lo mandamos por SMS, con un enlace.")


def test_a_properties_table_with_closing_pipes_and_labels_in_the_note_apps_language():
    # invented: an export (fr) opening with a two-column properties table whose rows close with
    # a pipe ("| Auteur | Camille Roux |"), its labels in French: the values without the pipe,
    # the labels read through the note properties' table (author, headline, an age).
    from postscrub import process

    text = ("# Export de publication\n\n"
            "| Propriété | Valeur |\n| --- | --- |\n"
            "| Auteur | Camille Roux |\n"
            "| Poste | Cheffe de projet BIM chez Atelier Sillon |\n"
            "| Date | 5 j |\n"
            "| URL | https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001/ |\n\n"
            "Nous avons rendu notre première maquette numérique entièrement en format ouvert.\n\n"
            "Le maître d'ouvrage l'a ouverte sans licence, et c'était tout l'enjeu.\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Camille Roux", "Cheffe de projet BIM chez Atelier Sillon", "5 j")
    assert rec.body.startswith("Nous avons rendu")


def test_a_markdown_list_item_holding_an_image_alone_leaves_no_bullet_in_the_text():
    # invented: a clipped post (en) with a chart as a list item of its own ("* ![chart](…)");
    # the image goes, and so does the item's bullet, which would stand alone as a line of text.
    from postscrub import process

    text = ("# Ngozi Eze on LinkedIn\n\n"
            "[Ngozi Eze](https://ng.linkedin.com/in/ngozi-eze)\n\nSupply Chain Analyst at Delta Agro\n\n5d\n\n"
            "Our cassava yield per hectare, five seasons side by side.\n\n"
            "* ![Bar chart of cassava yield per hectare](https://media.licdn.com/dms/image/v2/chart.png)\n\n"
            "The dip in 2024 was the drought, not the seed.\n\n"
            "[Like](https://www.linkedin.com/signup/cold-join) [Comment](https://www.linkedin.com/signup/cold-join)\n")
    (rec,) = process(text)
    assert rec.body == ("Our cassava yield per hectare, five seasons side by side.\n\n"
                        "The dip in 2024 was the drought, not the seed.")


def test_a_feed_post_flattened_in_part_is_split_on_the_first_pass():
    # invented: a feed copy whose first newlines were collapsed (the header run into the text on
    # one line) while the buttons under the post kept their lines. Those lines said "not
    # flattened", so the header stayed in the body; cleaning the body again (the buttons gone)
    # split it off: the first pass must do it
    text = ("Feed post number 2 Brightwater Tiles Brightwater Tiles 1,204 followers 1,204 followers 3h •   "
            " 3 hours ago • Visible to anyone on or off LinkedIn New glaze range in stock: sea green, chalk "
            "and slate. Samples ship within two days of your order.  Ask for the trade price list.\n"
            "📩 orders@brightwater.example\n\n#Tiles\n#Interiors\n…more\n12\n1 repost\nLike\nComment\nRepost\nSend\n")
    (rec,) = process(text)
    assert rec.age == "3h" and "Brightwater Tiles" in (rec.author.name or "")
    assert rec.body.startswith("New glaze range in stock: sea green, chalk and slate.")
    assert "followers" not in rec.body and "Visible to anyone" not in rec.body
    assert "\n\n".join(r.body for r in process(rec.body)) == rec.body
    # a page copied one node per line whose long paragraph holds no UI strings stays unflattened
    plain = ("Brightwater Tiles\n1,204 followers\n3h •\n" + "We glaze every tile by hand, " * 8 + "\n"
             "Like\nComment\nRepost\nSend\n")
    assert not shapes.is_flattened(split_lines(plain))


def test_read_later_export_metadata_list_and_highlights_are_no_text():
    # invented: a read-later app's Markdown export (Readwise's template) of a Spanish article,
    # the highlights section BEFORE the saved text: the "## Metadata" list gives the author and
    # title (its "#articles" category is no hashtag of the post), "## Full Document" is the
    # export's heading, and the highlights repeat sentences of the text (no body).
    text = ("# Tres semanas sin reuniones internas\n\n"
            "![rw-book-cover](https://media.licdn.com/dms/image/v2/cover/0/1)\n\n"
            "## Metadata\n"
            "- Author: [[Inés Carvajal]]\n"
            "- Full Title: Tres semanas sin reuniones internas\n"
            "- Category: #articles\n"
            "- URL: https://www.linkedin.com/pulse/tres-semanas-sin-reuniones-ines-carvajal-8zk1q\n\n"
            "## Highlights\n"
            "- Nadie echó de menos la reunión del martes. ([View Highlight](https://read.readwise.io/read/01xyz))\n\n"
            "## Full Document\n\n"
            "En marzo cancelamos todas las reuniones internas durante tres semanas.\n\n"
            "Nadie echó de menos la reunión del martes.\n\n"
            "#Productividad #Equipos\n")
    (rec,) = process(text)
    assert rec.author.name == "Inés Carvajal"
    assert rec.title == "Tres semanas sin reuniones internas"
    assert rec.body.startswith("En marzo cancelamos todas las reuniones internas durante tres semanas.")
    assert rec.body.count("Nadie echó de menos") == 1 and "View Highlight" not in rec.body
    assert "#articles" not in rec.hashtags and "#Productividad" in rec.hashtags


def test_a_posts_own_highlights_heading_without_an_export_metadata_list_stays_text():
    # invented: a Markdown post whose own section is headed "Highlights" (no read-later
    # metadata list above it): its text, kept
    text = ("# Our year in review\n\nWe shipped four releases this year.\n\n## Highlights\n\n"
            "- The offline mode landed in June\n- Support replies now take under an hour\n\n#Product\n")
    (rec,) = process(text)
    assert "offline mode landed in June" in rec.body


def test_front_matter_block_scalar_values_are_read_from_their_indented_line():
    # invented: a clipper's YAML whose title and author are block scalars ("title: >-" and
    # "author: |", the value on the indented line below), a German article: the fields are the
    # values, not the "|" / ">-" marks
    text = ("---\n"
            "title: >-\n"
            "  Warum unser Lager keine Nachtschicht mehr braucht\n"
            "author: |\n"
            "  Henrike Sommerfeld\n"
            "url: https://www.linkedin.com/pulse/warum-unser-lager-henrike-sommerfeld-2bq8x\n"
            "---\n\n"
            "Seit dem Frühjahr packen wir alle Bestellungen bis 18 Uhr.\n\n"
            "Die Nachtschicht haben wir nicht vermisst.\n")
    (rec,) = process(text)
    assert rec.title == "Warum unser Lager keine Nachtschicht mehr braucht"
    assert rec.author.name == "Henrike Sommerfeld"
    assert rec.body.startswith("Seit dem Frühjahr packen wir")


def test_reader_header_with_a_site_and_reading_time_line_then_a_by_byline():
    # invented: a read-later app's text export of a Spanish article: the title, the site and
    # the reading time on one line (no name), then "By Name" (the app's English word): the
    # title and the author, neither in the body
    text = ("Cómo dejamos de imprimir los albaranes\n"
            "www.linkedin.com • 7 min read\n"
            "By Marta Gil Ocaña\n\n"
            "Durante años imprimimos cada albarán por triplicado.\n\n"
            "Hoy todo va en la tableta del conductor y nadie lo echa de menos.\n\n"
            "Tercer párrafo con el resultado del cambio en el almacén.\n")
    (rec,) = process(text)
    assert rec.title == "Cómo dejamos de imprimir los albaranes"
    assert rec.author.name == "Marta Gil Ocaña"
    assert rec.body.startswith("Durante años imprimimos")


def test_feed_reader_item_header_names_the_feed_then_the_author_then_the_date():
    # invented: a feed reader's item of a newsletter edition (Portuguese, then Korean): the
    # title, then "feed · author · date" (the feed's name first, the date in full): the author
    # is the second part, and the line is no body
    text = ("O que aprendi a fechar a loja às segundas\n"
            "Caderno do Balcão · Beatriz Albuquerque · 3 mar. 2026\n\n"
            "Há um ano decidimos fechar a loja às segundas-feiras.\n\n"
            "As vendas da semana não caíram, e a equipa descansa.\n\n"
            "Este é o balanço de doze meses.\n")
    (rec,) = process(text)
    assert rec.title == "O que aprendi a fechar a loja às segundas"
    assert rec.author.name == "Beatriz Albuquerque"
    assert rec.body.startswith("Há um ano decidimos")
    text = ("월요일에 가게 문을 닫은 지 일 년\n"
            "동네 가게 일기 · 박서연 · 2026년 3월 3일\n\n"
            "일 년 전 월요일마다 가게 문을 닫기로 했습니다.\n\n"
            "매출은 줄지 않았고 직원들은 쉬었습니다.\n\n"
            "열두 달의 기록을 정리했습니다.\n")
    (rec,) = process(text)
    assert rec.author.name == "박서연"
    assert rec.body.startswith("일 년 전")


def test_read_later_footer_row_saved_to_the_app_and_view_original_is_no_text():
    # invented: a German article saved to a read-later app, its text export closing on the
    # app's row ("Saved to Pocket • View Original"): chrome, so the name over the hashtags
    # still signs the article
    text = ("Warum wir das Großraumbüro wieder aufgeteilt haben\n"
            "linkedin.com · 4 min read\n"
            "by Jannik Oberhauser\n\n"
            "Vor zwei Jahren haben wir alle Wände herausgenommen.\n\n"
            "Letzten Monat haben wir drei davon wieder eingezogen, und es ist ruhiger geworden.\n\n"
            "Jannik\n\n"
            "#Arbeitswelt #Büro\n\n"
            "Saved to Pocket • View Original\n")
    (rec,) = process(text)
    assert rec.sign_off == "Jannik"
    assert "Pocket" not in rec.body and "View Original" not in rec.body


def test_a_properties_tables_rows_read_the_same_with_a_long_run_of_spaces_in_a_value():
    # invented: a note export's properties table (en) whose author cell holds a long run of
    # spaces (a scraper padding the column). The rows are taken apart without a pattern that
    # tried the run again at each of its characters; each reads as before: the first cell, the
    # value without the row's closing pipe.
    from postscrub import process
    from postscrub.shapes import _table_row

    assert _table_row("| Author | Ana Lee |") == ("Author", "Ana Lee")
    assert _table_row("Author | Ana Lee") == ("Author", "Ana Lee")
    assert _table_row("| Note | a || b ||") == ("Note", "a || b |")
    assert _table_row("| Empty | |") == ("Empty", "")
    assert _table_row("no pipe here") is None
    text = ("# Post export\n\n| Property | Value |\n| --- | --- |\n"
            "| Author | Rui Costa |\n| Headline | Head of Ops" + " " * 30000 + "at Lumen |\n\n"
            "We closed the Lisbon warehouse on Fridays and nobody noticed.\n")
    (rec,) = process(text)
    assert rec.author.name == "Rui Costa"
    assert rec.body == "We closed the Lisbon warehouse on Fridays and nobody noticed."


def test_a_feed_card_flattened_into_one_line_with_its_buttons_is_read_as_flattened():
    # invented: one feed card whose every newline was collapsed, the row of buttons on the same
    # line as the text: two strong UI strings (a follower count, the visibility line) and the
    # row are a flattened card, not a paragraph
    text = ("Feed post number 7 Copperfield Cycles Copperfield Cycles 1,087 followers 5d • Visible to anyone on "
            "or off LinkedIn The workshop moves across the yard next month, into the old grain store. Same "
            "mechanics, more room for cargo bikes. Like Comment Repost Send")
    (rec,) = process(text)
    assert (rec.author.name, rec.age) == ("Copperfield Cycles", "5d")
    assert rec.body == ("The workshop moves across the yard next month, into the old grain store. Same mechanics, "
                        "more room for cargo bikes.")
    # the same in French, the row three buttons side by side
    fr = ("Post du fil d’actualité numéro 4 Atelier Sablon Atelier Sablon 640 abonnés 2 j • Visible de tous sur "
          "LinkedIn et en dehors Nous ouvrons nos portes samedi pour montrer les nouvelles presses à "
          "la clientèle du quartier. J’aime Commenter Republier Envoyer")
    (rec,) = process(fr)
    assert rec.author.name == "Atelier Sablon"
    assert rec.body.startswith("Nous ouvrons nos portes samedi") and rec.body.endswith("du quartier.")


def test_a_flattened_chinese_feed_card_shorter_than_150_characters_is_read_as_flattened():
    # invented: a zh feed card flattened to one line; CJK text holds half the characters of a
    # Latin one, so the line is under 150 characters; its marker ends in the counter word 条
    text = ("动态第 3 条 周宁 周宁 • 3度+ 杭州远帆物流 运营经理 杭州远帆物流 运营经理 5 天 • 所有领英会员和非会员可见 "
            "新仓库下周正式投入使用，我们的配送时间将缩短一天。 41 6 条评论 赞 评论 转发 发送")
    assert len(text) < 150
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("周宁", "杭州远帆物流 运营经理", "5 天")
    assert rec.body == "新仓库下周正式投入使用，我们的配送时间将缩短一天。"


def test_note_comment_header_reads_the_same_and_stays_linear_on_runs_of_blanks():
    # invented: a note's comment headers, and the same with a long run of blanks after the
    # bullet (which made the old pattern try every split of the run: seconds per KB)
    rx = shapes._NOTE_COMMENT_rx()
    m = rx.fullmatch("- **Maren Holt** · Head of Ops at Kelda · 3d")
    assert (m.group("name"), m.group("bio").strip(), m.group("age")) == ("Maren Holt", "Head of Ops at Kelda", "3d")
    m = rx.fullmatch("  * **Ikaika Long** (Author)   |   2w  ")
    assert (m.group("name"), m.group("badge").strip(), m.group("bio"), m.group("age")) == ("Ikaika Long", "(Author)", None, "2w")
    assert rx.fullmatch("- **Maren Holt** · " + " " * 30 + "x").group("age") == "x"
    assert rx.fullmatch("- **Maren Holt** · " + " " * 100_000 + "x") is None  # (no header holds that)
    assert rx.fullmatch("- **Maren Holt** · CTO" + " " * 100_000 + "· 1d") is None
    (rec,) = process("## Comments\n\n- **Maren Holt** · " + " " * 50_000 + "\n\nA note.\n")
    assert rec is not None


def test_a_read_later_export_with_a_line_over_its_title_keeps_the_title_recorded():
    # invented: a Readwise-style export with a reading time typed over its "# Title": the heading
    # is still the metadata title's copy (dropped as such), not left for the audit to miss
    from postscrub.audit import check_accounted
    text = ("2 min read\n\n# Zwei Wochen ohne Slack\n\n"
            "![rw-book-cover](https://media.licdn.com/dms/image/v2/cover/0/2)\n\n"
            "## Metadata\n- Author: [[Katrin Vogel]]\n- Full Title: Zwei Wochen ohne Slack\n"
            "- Category: #articles\n- URL: https://www.linkedin.com/pulse/zwei-wochen-ohne-slack-katrin-vogel-3kq9\n\n"
            "## Full Document\n\nIm Mai haben wir Slack zwei Wochen lang abgeschaltet.\n\n"
            "Die Mails wurden kürzer, die Entscheidungen besser.\n")
    (rec,) = process(text)
    assert (rec.title, rec.author.name) == ("Zwei Wochen ohne Slack", "Katrin Vogel")
    assert rec.body.startswith("Im Mai haben wir Slack")
    assert check_accounted(text, [rec]) == []



def test_an_article_title_shown_twice_over_its_byline_starts_the_article():
    # invented: articles copied with their title twice (the cover's label, then the heading)
    # and no report anchor (Portuguese, Hindi). The doubled title is the article's, not a post
    # header's doubled name: the byline under it (doubled or not) is the author, closed by the
    # reading time or a "Published" line; the comments' anchors below make no post page of it
    from postscrub import process

    title = "Por que paramos de contratar só pelo currículo"
    text = (f"{title}\n{title}\nBeatriz Moura\nBeatriz Moura\nHead de Pessoas na Cordel Tecnologia\n"
            "6 min read\n"
            "Durante anos a triagem começava pelo currículo, e perdíamos gente boa sem perceber.\n\n"
            "Hoje a primeira etapa é um exercício curto, corrigido sem nome nem foto.\n")
    (rec,) = process(text)
    assert rec.title == title
    assert (rec.author.name, rec.author.bio) == ("Beatriz Moura", "Head de Pessoas na Cordel Tecnologia")
    assert rec.body.startswith("Durante anos a triagem")

    title = "छोटे शहरों में डेटा टीम बनाना: तीन साल की सीख"
    text = (f"{title}\n\n{title}\n\nअनुराधा सिंह\n\nडेटा प्रमुख, सारथी फिनसर्व\n\nPublished Jan 12, 2026\n\n"
            "हमने इंदौर में पाँच लोगों से शुरुआत की थी, और आज टीम में बीस लोग हैं।\n\n"
            "सबसे बड़ी सीख यह रही कि अच्छे लोग हर शहर में हैं, बस उन्हें ढूँढना पड़ता है।\n\n"
            "Like\nComment\nShare\n\n"
            "Rohan Mehta\n\nAnalytics Manager\n\n2w\n\nReport this comment\n\nबहुत बढ़िया अनुभव साझा किया।\n\nLike\nReply\n")
    (rec,) = process(text)
    assert rec.title == title
    assert (rec.author.name, rec.author.bio) == ("अनुराधा सिंह", "डेटा प्रमुख, सारथी फिनसर्व")
    assert rec.body.startswith("हमने इंदौर में")
    assert [(c.author.name, c.age) for c in rec.comments] == [("Rohan Mehta", "2w")]


# invented: a speech viewer's log that opens on the landmark the reader entered ("navigation
# landmark"), not on a role: it is still a speech log, its roles cut off
SPOKEN_FROM_LANDMARK = """navigation landmark
link Tomasz Wilk
Tomasz Wilk
Welder and Fabrication Lead
6h
Our shop finished the bridge railings two days early. Proud of this crew.
button Like
button Comment
button Repost
list with 1 item
link Ines Duarte
Ines Duarte
Structural Engineer
5h
Clean welds, great job everyone.
button Like
button Reply
end of list
"""


def test_a_speech_log_opening_on_a_landmark_is_read_without_its_roles():
    (rec,) = process(SPOKEN_FROM_LANDMARK)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Tomasz Wilk", "Welder and Fabrication Lead", "6h")
    assert rec.body == "Our shop finished the bridge railings two days early. Proud of this crew."
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Ines Duarte", "Structural Engineer", "5h", "Clean welds, great job everyone.")]
    assert check_accounted(SPOKEN_FROM_LANDMARK, [rec]) == []


# invented: a French speech log reading a row of tag links as one line, the role spoken again
# before each link ("lien hashtag#A lien hashtag#B")
SPOKEN_TAG_ROW_FR = """lien Margaux Lefèvre
Margaux Lefèvre
Menuisière à Annecy
2 j
Première table en noyer sortie de l’atelier ce matin.
lien hashtag#Menuiserie lien hashtag#Bois lien #Artisanat
bouton J’aime
bouton Commenter
bouton Republier
lien Paul Girard
Paul Girard
Ébéniste
1 j
Superbe fil du bois !
bouton J’aime
bouton Répondre
"""


def test_a_speech_logs_row_of_tag_links_loses_the_role_before_each_tag():
    (rec,) = process(SPOKEN_TAG_ROW_FR)
    assert rec.hashtags == ["#Menuiserie", "#Bois", "#Artisanat"]
    assert rec.body == "Première table en noyer sortie de l’atelier ce matin.\n\n#Menuiserie #Bois #Artisanat"
    assert [(c.author.name, c.text) for c in rec.comments] == [("Paul Girard", "Superbe fil du bois !")]


# invented: a German public page captured behind its sign-in wall: the modal's lines, then only
# the post's header (name, headline, age) and a line of its text
SIGN_IN_WALL_DE = """Einloggen
Zustimmen & LinkedIn beitreten
Jana Krüger
Bäckermeisterin in Kassel
2 Wo.
Ab Samstag backen wir wieder Dinkelbrot mit Sauerteig.
"""


def test_a_post_header_under_a_sign_in_wall_is_read_as_a_post_page():
    assert shapes.looks_like_post_page(split_lines(SIGN_IN_WALL_DE))
    (rec,) = process(SIGN_IN_WALL_DE)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Jana Krüger", "Bäckermeisterin in Kassel", "2 Wo.")
    assert rec.body == "Ab Samstag backen wir wieder Dinkelbrot mit Sauerteig."


def test_sign_in_lines_over_prose_are_no_post_page():
    # invented: a help text that quotes the sign-in buttons, no post header under them
    text = "Einloggen\nSo melden Sie sich bei Ihrem Konto an.\nGeben Sie Ihre E-Mail-Adresse ein und klicken Sie auf Weiter.\n"
    assert not shapes.looks_like_post_page(split_lines(text))


@pytest.mark.parametrize("bar", ["16:52 ᯤ LTE 37%", "8:05 AM 🛜 🔋 100 %", "21:30 ᯤ"])
def test_a_status_bars_wifi_fan_written_as_a_stand_in_glyph_is_chrome(bar):
    # invented: a Portuguese post copied from a phone whose Wi-Fi fan the copy (or the OCR)
    # wrote as the stand-in glyph people type for it, over the app's title bar
    dump = (f"{bar}\n‹ Publicação\nRenata Quintela\nNutricionista esportiva\n5 h •\n"
            "Hoje fechamos a primeira turma do curso de alimentação para corredores.\n")
    (rec,) = process(dump)
    assert rec.title is None
    assert (rec.author.name, rec.author.bio, rec.age) == ("Renata Quintela", "Nutricionista esportiva", "5 h")
    assert rec.body == "Hoje fechamos a primeira turma do curso de alimentação para corredores."
    assert "ui.status_bar" in {r.rule for r in rec.repairs}


# invented: a German note forwarding a post as a block quote, the post's author credited on the
# line above the quote (name, em dash, headline, age), three quoted paragraphs, a sign-off below
QUOTE_CREDITED_ABOVE_DE = """Hallo zusammen, das passt zu unserer Diskussion von gestern:

Jana Krüger — Bäckermeisterin in Kassel · 2 Wo.
> Ab Samstag backen wir wieder Dinkelbrot mit Sauerteig.
>
> Der Teig ruht jetzt 36 Stunden, deshalb gibt es nur zwei Bleche pro Tag.
>
> Wer vorbestellt, bekommt sicher eins.

Viele Grüße, Tom
"""


def test_a_block_quotes_author_credited_on_the_line_above_it_is_the_posts_header():
    (rec,) = process(QUOTE_CREDITED_ABOVE_DE)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Jana Krüger", "Bäckermeisterin in Kassel", "2 Wo.")
    assert rec.body == ("Ab Samstag backen wir wieder Dinkelbrot mit Sauerteig.\n\n"
                        "Der Teig ruht jetzt 36 Stunden, deshalb gibt es nur zwei Bleche pro Tag.\n\n"
                        "Wer vorbestellt, bekommt sicher eins.")
    assert check_accounted(QUOTE_CREDITED_ABOVE_DE, [rec]) == []


def test_a_sentence_above_a_block_quote_is_no_credit():
    # invented: the line over the quote is the forwarder's sentence, with a dash in it
    assert shapes._opening_attribution("Look at this — it matches what we saw last week.") is None
    assert shapes._opening_attribution("**Ana Lee** | Head of Data at Norte") == [(2, 9), (14, 35)]


# invented: a Spanish note forwarding a post as a block quote closed by its attribution, then
# one comment on it quoted the same way, with its own attribution and age
QUOTED_POST_AND_COMMENT_ES = """Hola equipo, os reenvío esto que vi ayer:

> Este trimestre dejamos de hacer reuniones los viernes.
>
> Las tareas pendientes bajaron un 12 % y nadie echó de menos la reunión.
>
> El lunes empezamos con un resumen escrito de diez líneas.
>
> Seguiremos probando hasta verano.
> — Marta Ibáñez, Directora de Operaciones en Trazo · 3 d

Y el comentario que más me gustó:

> ¿Y cómo lo tomaron los clientes que llamaban los viernes?
> — Pablo Serra, Consultor de procesos · 2 d

Lo comentamos el lunes.
"""


def test_a_quote_after_the_quoted_post_closed_by_its_own_attribution_is_a_comment():
    (rec,) = process(QUOTED_POST_AND_COMMENT_ES)
    assert (rec.author.name, rec.age) == ("Marta Ibáñez", "3 d")
    assert rec.body.endswith("Seguiremos probando hasta verano.") and "comentario" not in rec.body
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Pablo Serra", "Consultor de procesos", "2 d", "¿Y cómo lo tomaron los clientes que llamaban los viernes?")]
    assert check_accounted(QUOTED_POST_AND_COMMENT_ES, [rec]) == []


def test_a_screen_reader_in_browse_mode_speaks_roles_of_links_and_controls_only():
    # invented: a Spanish post read by a screen reader in browse mode: plain text lines carry
    # no role, links and buttons do; the role may follow the name ("Inicio, link"), and a list
    # item's role stands before the element's own ("list item, button, Recomendar")
    text = "\n".join([
        "Navigation, landmark", "Inicio, link", "Empleos, link",
        "link, Marta Quiroga", "Jefa de cocina en Casa Alba", "3 sem", "button, Denunciar esta publicación",
        "Cambiamos la carta cada estación y tiramos la mitad de comida que antes.",
        "Ahora compramos solo a tres huertas de la comarca.",
        "button, 45 recomendaciones", "button, Recomendar", "button, Comentar", "button, Compartir",
        "heading level 2, Comentarios",
        "list item, link, Julián Ferreiro", "Sumiller", "2 sem", "¿Y cómo lo lleváis con el vino?",
        "list item, button, Recomendar", "list item, button, Responder",
        "list item, link, Inés Calvo", "1 sem", "Me encanta la idea.",
        "button, Recomendar", "button, Responder",
        "Sign in, link",
    ])
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Marta Quiroga", "Jefa de cocina en Casa Alba", "3 sem")
    assert rec.body.split() == ("Cambiamos la carta cada estación y tiramos la mitad de comida que antes. "
                                "Ahora compramos solo a tres huertas de la comarca.").split()
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Julián Ferreiro", "Sumiller", "2 sem", "¿Y cómo lo lleváis con el vino?"),
        ("Inés Calvo", None, "1 sem", "Me encanta la idea.")]
    assert check_accounted(text, [rec]) == []


# invented: a forward whose block quote is credited both above it and by its closing attribution
QUOTE_CREDITED_ABOVE_AND_BELOW_ES = """Mirad esto que publicó ayer:

*Lucía Benet* · Jefa de logística en Brisa

> Desde el lunes los envíos salen dos veces al día.
>
> El almacén de Valencia abre ahora también los sábados.
>
> Gracias a todo el turno de tarde.
>
> — Lucía Benet, Jefa de logística en Brisa · 3 d
"""


def test_a_block_quote_credited_above_and_below_accounts_for_the_credit_above():
    # the credit above was kept as the header and then left out when the closing attribution
    # was read as the header: its text went without a record
    (rec,) = process(QUOTE_CREDITED_ABOVE_AND_BELOW_ES)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Lucía Benet", "Jefa de logística en Brisa", "3 d")
    assert rec.body.startswith("Desde el lunes") and rec.body.endswith("turno de tarde.")
    assert check_accounted(QUOTE_CREDITED_ABOVE_AND_BELOW_ES, [rec]) == []


# invented: a German public post page dumped by elinks: link numbers glued before the links'
# texts, and the targets listed at the end under "References" with a "Visible links" sub-heading
ELINKS_DUMP_DE = """   [1]LinkedIn [2]Einloggen

   [3]Jonas Brandt
   Schreinermeister in Freiburg
   5 Tg.

   [4]Beitrag melden

   Unsere Werkstatt bildet ab Herbst zwei Lehrlinge mehr aus.

   Bewerbungen bitte bis Ende Juli.

   [5]#Handwerk [6]#Ausbildung

   [7]Gefällt mir [8]Kommentieren [9]Teilen

   [10]Mara Sommer
   Berufsberaterin
   4 Tg.

   [11]Kommentar melden

   Tolle Nachricht für die Region!

   [12]Gefällt mir [13]Antworten

References

   Visible links
   1. https://www.linkedin.com/
   3. https://de.linkedin.com/in/jonas-brandt
   5. https://www.linkedin.com/feed/hashtag/handwerk
   10. https://de.linkedin.com/in/mara-sommer
"""


def test_a_text_browsers_link_numbers_and_reference_list_are_cut_off():
    (rec,) = process(ELINKS_DUMP_DE)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Jonas Brandt", "Schreinermeister in Freiburg", "5 Tg.")
    assert rec.hashtags == ["#Handwerk", "#Ausbildung"]
    assert "[" not in rec.body and "https://" not in rec.body
    assert [(c.author.name, c.text) for c in rec.comments] == [("Mara Sommer", "Tolle Nachricht für die Region!")]
    assert check_accounted(ELINKS_DUMP_DE, [rec]) == []



def test_a_numbered_list_of_links_closing_a_post_is_no_reference_list():
    # invented: a post ending with its own numbered sources, no link numbers before any text
    text = "Drei Quellen zum Thema:\n\nQuellen\n1. https://a.example/x\n2. https://b.example/y\n"
    lines = split_lines(text)
    assert shapes.strip_link_references(lines, RepairLog()) is False
    assert [ln.text for ln in lines if ln.text][-3:] == ["Quellen", "1. https://a.example/x", "2. https://b.example/y"]


# invented: a Spanish post page as Playwright prints its accessibility tree (aria snapshot):
# "- role \"name\" [props]:" nodes, unnamed nodes with their text after a colon, link targets
ARIA_SNAPSHOT_ES = """- banner:
  - link "LinkedIn":
    - /url: https://www.linkedin.com/
  - link "Iniciar sesión"
- main:
  - heading "Publicación de Lucía Ferrer" [level=1]
  - article:
    - link "Lucía Ferrer":
      - /url: https://es.linkedin.com/in/lucia-ferrer
      - text: Lucía Ferrer
    - text: Enfermera de quirófano en Hospital del Mar
    - text: 6 d
    - button "Denunciar esta publicación"
    - paragraph: Hoy cumplo diez años en quirófano.
    - paragraph: Gracias a todo el equipo de noche por enseñarme tanto.
    - button "Recomendar" [pressed=false]
    - button "Comentar"
    - button "Compartir"
    - article "Comentario de Pablo Ruiz":
      - link "Pablo Ruiz"
      - text: Anestesista
      - text: 5 d
      - paragraph: ¡Enhorabuena, Lucía!
      - button "Recomendar"
      - button "Responder"
"""


def test_a_test_tools_accessibility_tree_gives_the_post_without_its_roles():
    (rec,) = process(ARIA_SNAPSHOT_ES)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Lucía Ferrer", "Enfermera de quirófano en Hospital del Mar", "6 d")
    assert rec.body == "Hoy cumplo diez años en quirófano.\n\nGracias a todo el equipo de noche por enseñarme tanto."
    assert [(c.author.name, c.author.bio, c.text) for c in rec.comments] == [("Pablo Ruiz", "Anestesista", "¡Enhorabuena, Lucía!")]
    assert check_accounted(ARIA_SNAPSHOT_ES, [rec]) == []


def test_a_markdown_or_yaml_list_is_no_accessibility_tree():
    # invented: a note of "- key: value" list lines (once read as Playwright's unnamed nodes,
    # every line a role: an empty body); only the accessibility tables' roles make a node
    text = "".join(f"- note: buy item {i} today.\n" if i % 3 else f"- todo: call supplier {i} before noon.\n"
                   for i in range(1, 11))
    assert not shapes.may_be_role_tree(text.splitlines()[0])
    assert shapes.strip_role_tree(split_lines(text), RepairLog()) is False
    bodies = "\n".join(r.body for r in process(text))
    assert all(f"item {i} today" in bodies for i in (1, 2, 4, 5, 7, 8, 10))
    assert all(f"supplier {i} before noon" in bodies for i in (3, 6, 9))
    assert shapes.may_be_role_tree("- paragraph: Hoy cumplo diez años en quirófano.")
    assert shapes.may_be_role_tree("- /url: https://example.test/in/ana")


# invented: a French mail answering a forward that quoted a post: the post at the second quote
# level ("> > "), the first forward's header and note at the first, the reply above them
MAIL_QUOTE_IN_QUOTE_FR = """Merci, je le mets dans la revue de presse de lundi.

Le jeu. 14 mars 2024 à 10:02, Hugo Lemaire <hugo@exemple.fr> a écrit :
> Regarde ce qu'a publié Inès ce matin, c'est pile notre sujet.
>
> -----Message d'origine-----
> De : Hugo Lemaire
> Objet : post Inès
>
> > Inès Garnier
> > Directrice d’école à Nantes
> > 2 h •
> >
> > Cette année, notre école a supprimé les devoirs écrits en CP.
> >
> > Les parents étaient inquiets en septembre. En mars, ils nous demandent de continuer.
> >
> > #école #éducation
>
> Hugo
"""


def test_a_post_quoted_inside_a_quoted_forward_is_the_inner_block():
    (rec,) = process(MAIL_QUOTE_IN_QUOTE_FR)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Inès Garnier", "Directrice d’école à Nantes", "2 h")
    assert rec.body == ("Cette année, notre école a supprimé les devoirs écrits en CP.\n\nLes parents étaient inquiets "
                        "en septembre. En mars, ils nous demandent de continuer.\n\n#école #éducation")
    assert rec.hashtags == ["#école", "#éducation"]


def _mail_quoted_deep(levels: int) -> str:
    """invented: a mail thread that forwarded a post ``levels`` times, each forwarder's note one
    quote level above the next (the post under ``"> " * levels``)."""
    post = ["Ana Lee", "CTO at Norte", "2d", "", "We moved the whole team to four-day weeks in March.", "",
            "Output went up, sick days went down.", "", "#work #teams"]
    notes = ["> " * k + f"Passing this on again ({k})." for k in range(levels)]
    return "\n".join(notes + [("> " * levels + t).rstrip() for t in post]) + "\n"


def test_a_post_forwarded_three_times_is_the_innermost_quote():
    (rec,) = process(_mail_quoted_deep(3))
    assert (rec.author.name, rec.author.bio, rec.age) == ("Ana Lee", "CTO at Norte", "2d")
    assert rec.body == "We moved the whole team to four-day weeks in March.\n\nOutput went up, sick days went down.\n\n#work #teams"


def test_a_mail_quoted_1500_levels_deep_gives_a_record_without_recursing_per_level():
    # (the quoted-post reader once recursed per "> " level: RecursionError at ~1,200 levels;
    # it reads four levels at most, the rest is kept as text)
    from postscrub import process_bytes

    (rec,) = process_bytes(_mail_quoted_deep(1500).encode())
    assert "We moved the whole team to four-day weeks in March." in rec.body


# invented: a German phone note: the note's title, its time and the note-taker's remark over a post they
# pasted with its header (name, headline, age line) and no page chrome
NOTE_OVER_POST_DE = """Logistik — Idee für Freitag
Heute um 08:40

Das will ich unbedingt mit allen besprechen!

Katrin Vogel
Leiterin Logistik | Brauhaus Sonnenberg
3 Tg. •

Seit April planen wir die Touren nicht mehr am Vorabend, sondern um sechs Uhr morgens.

Die Fahrer kennen dann das Wetter und die Baustellen. Die Zahl der Verspätungen hat sich halbiert.

#Logistik #Touren
"""


def test_a_notes_own_words_over_a_pasted_post_header_are_no_post():
    (rec,) = process(NOTE_OVER_POST_DE)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Katrin Vogel", "Leiterin Logistik | Brauhaus Sonnenberg", "3 Tg.")
    assert rec.body.startswith("Seit April planen wir")
    assert "Idee" not in rec.body and "besprechen" not in rec.body


def test_a_title_over_a_byline_is_no_lead_in():
    # invented: an article's title alone over its byline: the title is kept for the article
    text = "Warum wir Touren morgens planen\nKatrin Vogel\nLeiterin Logistik\n3 Tg.\nSeit April planen wir anders.\n"
    lines = split_lines(text)
    assert shapes.cut_lead_in(lines, RepairLog()) is False


# invented: a translator's page copied whole, an Italian post pasted as the source with its
# header, its German translation under it, the translator's own lines around both
TRANSLATOR_PAGE_IT = """Übersetzer
Text
Italienisch
Deutsch
Marco Bellini
Capocantiere presso Edil Nord
5 g •
Dopo 12 anni in cantiere apro la mia impresa.

Cerchiamo 3 muratori per Bergamo: https://edilbellini.it/lavora

#edilizia #Bergamo
Übersetzung
Nach 12 Jahren auf der Baustelle gründe ich mein eigenes Unternehmen.

Wir suchen 3 Maurer für Bergamo: https://edilbellini.it/lavora

#Bauwesen #Bergamo
Feedback geben
"""


def test_a_translators_page_gives_the_source_post_not_its_translation():
    (rec,) = process(TRANSLATOR_PAGE_IT)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Marco Bellini", "Capocantiere presso Edil Nord", "5 g")
    assert rec.hashtags == ["#edilizia", "#Bergamo"]
    assert "Baustelle" not in rec.body and "Übersetz" not in rec.body
    assert "Dopo 12 anni in cantiere" in rec.body


def test_two_posts_with_different_numbers_are_no_translation():
    # invented: two tag lines of the same size whose blocks hold different numbers: no copy
    text = ("Ana Lee\nCTO at Norte\n2d\nWe hired 4 people.\n#hiring #team\n"
            "Other note\nWe fired 2 people.\n#hiring #team\n")
    lines = split_lines(text)
    assert shapes.drop_translated_copy(lines, RepairLog()) is False


def test_a_long_list_between_two_tag_lines_is_no_translation_and_a_copy_under_it_is():
    # invented: a post whose 4,000-line numbered list stands between its tag line and a second
    # tag line of as many tags (each block over the second once re-read for every start line:
    # quadratic); with the source's numbers on the line over it, that line is the translation
    head = "Ana Lee\nCTO at Norte\n2d\nWe hired 4 people in 2024.\n#hiring #team\n"
    steps = "".join(f"Step {i} of the plan, item {i * 7}.\n" for i in range(4000))
    lines = split_lines(head + steps + "#hiring #team\n")
    assert shapes.drop_translated_copy(lines, RepairLog()) is False
    lines = split_lines(head + steps + "Wir stellten 4 Leute ein, 2024.\n#hiring #team\n")
    assert shapes.drop_translated_copy(lines, RepairLog()) is True
    # (a copy must be half the source's length at least: a short line with the numbers is none)
    lines = split_lines(head + steps + "4 2024\n#hiring #team\n")
    assert shapes.drop_translated_copy(lines, RepairLog()) is False


# invented: a Dutch public post page as a plain-text part writes it: every link's target in
# angle brackets after its text, the counters' links as "<#>"
ANGLE_LINKS_NL = """Sla over naar hoofdcontent <#main>

Bram de Wit <https://nl.linkedin.com/in/bram-de-wit>
Bakker | Bakkerij De Korenbloem
2 d

Deze week bakken we voor het eerst met graan van de boer hier om de hoek.

#bakkerij <https://www.linkedin.com/feed/hashtag/bakkerij> #lokaal <https://www.linkedin.com/feed/hashtag/lokaal>

18 <#> 3 opmerkingen <#>
"""


def test_links_written_as_text_and_angle_bracketed_target_lose_the_target():
    (rec,) = process(ANGLE_LINKS_NL)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Bram de Wit", "Bakker | Bakkerij De Korenbloem", "2 d")
    assert rec.hashtags == ["#bakkerij", "#lokaal"]
    assert "<" not in rec.body and "https://" not in rec.body
    assert check_accounted(ANGLE_LINKS_NL, [rec]) == []


# invented: a read-later app's reader view copied whole: its menu (a word or two a line) over
# the saved article's title in title case, the byline with the site first and the name between
# the site and the reading time
READER_MENU_ES = """Biblioteca
Destacados
Archivo
Etiquetas
Cómo Dejamos De Usar El Correo Interno
linkedin.com · Lucía Prieto · 6 min

Hace un año enviábamos más de doscientos correos internos al día.

Ahora cada decisión se escribe una vez, en un documento que todos pueden leer.
"""


def test_a_reader_apps_menu_over_its_header_is_dropped_and_the_byline_read():
    (rec,) = process(READER_MENU_ES)
    assert rec.title == "Cómo Dejamos De Usar El Correo Interno"
    assert rec.author.name == "Lucía Prieto"
    assert rec.body.startswith("Hace un año enviábamos")
    assert "Biblioteca" not in rec.body and "6 min" not in rec.body
    assert check_accounted(READER_MENU_ES, [rec]) == []


# invented: a forum thread quoting a post whole (its tag line closing the quote), the thread's
# own post and replies around it, the quote a quarter of the text
FORUM_QUOTE_PT = """Fórum Carreiras › Discussões
Tópico de joana_m · há 2 dias
Vi isto no LinkedIn hoje e fiquei sem saber se ria ou chorava. Alguém mais acha que isto é só marketing pessoal?

> Contratei três estagiários este mês.
>
> Nenhum tinha experiência. Todos tinham vontade de aprender.
>
> Atitude vale mais que currículo.
>
> Concordam?
>
> #carreira #estágio

Resposta de pedro_lx · há 2 dias
Marketing pessoal puro. Aposto que o anúncio pedia dois anos de experiência para estágio, como sempre acontece por aqui.
Resposta de ana.ribeiro · há 1 dia
Eu acho que a mensagem é boa, mesmo que o tom seja exagerado. Já vi coisas bem piores nesta rede.
"""


def test_a_post_quoted_whole_in_a_forum_thread_is_the_quote():
    (rec,) = process(FORUM_QUOTE_PT)
    assert rec.body.startswith("Contratei três estagiários este mês.")
    assert rec.body.endswith("#carreira #estágio")
    assert "Marketing pessoal" not in rec.body and rec.comments == []


def test_a_short_quoted_passage_without_tags_stays_in_a_long_text():
    # invented: a post quoting five lines of a book: the quote is no post of its own
    text = ("Li este parágrafo ontem e não paro de pensar nele, porque descreve exatamente o que vivemos no "
            "nosso primeiro ano como equipa, com todas as dúvidas, os erros e as pequenas vitórias.\n\n"
            "> Uma equipa não nasce.\n> Constrói-se.\n> Dia após dia.\n> Erro após erro.\n> Conversa após conversa.\n\n"
            "Foi assim connosco também, e é por isso que hoje celebramos três anos juntos, com a mesma "
            "vontade do primeiro dia e muito mais paciência uns com os outros. Obrigada a todos.\n")
    assert shapes.cut_quoted_post(split_lines(text), RepairLog()) is None


def test_a_posts_closing_tags_are_never_an_articles_title():
    # invented: a short post, its tag line, then a commenter's name and headline (no ages)
    text = ("Ana Roca Vidal\nPintora | Taller Azul, Girona\n2 sem. •\nHoy abro el taller por fin.\n"
            "Gracias a todas las alumnas.\n#arte #taller\nLuis Prat Soler\nGalerista en Sala Norte\n"
            "¡Qué alegría! Nos vemos el sábado.\n")
    paras = [ln for ln in split_lines(text) if ln.text.strip()]
    at = shapes.article_start(paras)
    assert at is None or not paras[at].text.startswith("#")


# invented: a German post page as Playwright's MCP snapshot prints it: every div and span a
# "generic" node with its ref, the text after the colon
ARIA_SNAPSHOT_GENERIC_DE = """- generic [ref=e1]:
  - banner [ref=e2]:
    - link "LinkedIn" [ref=e3]:
      - /url: https://www.linkedin.com/
  - main [ref=e4]:
    - generic [ref=e5]:
      - link "Jonas Weber" [ref=e6]:
        - /url: https://de.linkedin.com/in/jonas-weber
      - generic [ref=e7]: Schreinermeister in Freiburg
      - generic [ref=e8]: 3 Tage
      - button "Diesen Beitrag melden" [ref=e9]
      - generic [ref=e10]: Heute haben wir die erste Treppe aus Weißtanne eingebaut.
      - generic [ref=e11]: Danke an das ganze Team für die sauberen Fugen.
      - button "Gefällt mir" [ref=e12]
      - button "Kommentieren" [ref=e13]
"""


def test_playwrights_generic_nodes_are_an_accessibility_trees_text():
    assert shapes.may_be_role_tree("- generic [ref=e1]:")
    (rec,) = process(ARIA_SNAPSHOT_GENERIC_DE)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Jonas Weber", "Schreinermeister in Freiburg", "3 Tage")
    assert rec.body == ("Heute haben wir die erste Treppe aus Weißtanne eingebaut.\n\n"
                        "Danke an das ganze Team für die sauberen Fugen.")
    assert check_accounted(ARIA_SNAPSHOT_GENERIC_DE, [rec]) == []
