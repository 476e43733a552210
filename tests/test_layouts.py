"""Page layouts (``layouts.py``): invented copies."""

from __future__ import annotations

import pytest

from postscrub import layouts, process
from postscrub.audit import check_accounted

# invented: only the comment section of a post copied (English UI): the sort menu first,
# doubled names, degree and author badges, "2 replies" and "Load previous replies" over the
# replies of the first comment
COMMENTS_ONLY = """Most relevant
Lea Moreau
Lea Moreau
 • 2nd
Head of Finance at Brightfield
3d
We tried this too and it only worked once the team leads ran the first sessions.

Like
 · 
4
Reply
 · 
2 replies
Load previous replies
Tom Becker
Tom Becker
 • Author
COO at Lantern Works
3d
How long did you keep it going?

Like
Reply
Lea Moreau
Lea Moreau
 • 2nd
Head of Finance at Brightfield
2d
Two years now. It is part of the monthly kickoff.

Like
 · 
1
Reply
Ravi Menon
Ravi Menon
 • 3rd+
Consultant at Northgate
1d
Would you share the format somewhere?

Like
Reply
Load more comments
"""


def test_a_copy_of_the_comments_alone_has_no_post():
    (rec,) = process(COMMENTS_ONLY)
    assert rec.body == "" and rec.author.name is None and rec.age is None
    a, b = rec.comments
    assert (a.author.name, a.author.bio, a.age) == ("Lea Moreau", "Head of Finance at Brightfield", "3d")
    assert a.text.startswith("We tried this too")
    assert [(r.author.name, r.age) for r in a.replies] == [("Tom Becker", "3d"), ("Lea Moreau", "2d")]
    assert (b.author.name, b.text, b.replies) == ("Ravi Menon", "Would you share the format somewhere?", [])
    assert check_accounted(COMMENTS_ONLY, [rec]) == []


def test_a_post_with_its_sort_menu_above_the_comments_keeps_its_header():
    text = ("Tom Becker\nCOO at Lantern Works\n3d\n\nWe moved the kickoff to Mondays.\n\nLike\nComment\nRepost\n"
            "Send\n\nMost relevant\nRavi Menon\nConsultant at Northgate\n1d\nGood call.\nLike\nReply\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.body) == ("Tom Becker", "We moved the kickoff to Mondays.")
    assert [c.author.name for c in rec.comments] == ["Ravi Menon"]
    assert check_accounted(text, [rec]) == []


# invented: an extension's export of an article: title, byline, text, a counters line, then
# one comment under a one-line header "Name · headline · age"
ARTICLE_ONE_COMMENT = """What the Early Shift Taught Me

Rosa Diaz
Operations Lead at Harbor Freight

I started on the early shift with a badge, a map and no idea what a cross-dock was.

The shift lead gave me one rule: write down every question, ask none until ten.

By ten most of them had answered themselves.

— Rosa Diaz
120 reactions · 8 comments
Sam Okafor · Planner at Linden Logistics · 2w
We tried the ten o'clock rule with drivers. It works.
"""


def test_one_inline_comment_after_the_counters_line_of_an_article():
    (rec,) = process(ARTICLE_ONE_COMMENT)
    assert rec.sign_off == "— Rosa Diaz"
    assert rec.body.endswith("By ten most of them had answered themselves.")
    (c,) = rec.comments
    assert (c.author.name, c.author.bio, c.age, c.text) == (
        "Sam Okafor", "Planner at Linden Logistics", "2w", "We tried the ten o'clock rule with drivers. It works.")
    assert check_accounted(ARTICLE_ONE_COMMENT, [rec]) == []


_BULLETED_REPLY_COUNT = """Pavla Horak
Pavla Horak
Glassblower at Orrin Studio
Glassblower at Orrin Studio
2d •
Follow
We switched our furnace to a night schedule and cut our gas bill by a fifth.
Has anyone tried this with a smaller kiln?
#Glass
Like
Comment
Repost
Most relevant
Tomas Weir
 • 2nd
Potter | Kiln builder
1d
We did, with a 60-litre kiln. Works fine if you insulate the door.
Like
 · 4
Reply
 · 1 Reply
Pavla Horak
Author
Glassblower at Orrin Studio
1d
Good to know, thanks Tomas.
Like
Reply
Irene Salo
 • 3rd+
Ceramicist
20h
Saving this.
Like
Reply
"""


def test_bulleted_reply_count_nests_the_reply():
    from postscrub import pipeline
    from postscrub.audit import check_accounted

    recs = pipeline.process(_BULLETED_REPLY_COUNT)
    cs = recs[0].comments
    assert [c.author.name for c in cs] == ["Tomas Weir", "Irene Salo"]
    assert [r.author.name for r in cs[0].replies] == ["Pavla Horak"]
    assert check_accounted(_BULLETED_REPLY_COUNT, recs) == []


# invented: a signed-in post page whose ages are glued to the comment texts; the post
# author's reply shows the "Author" badge and no headline
_GLUED_AUTHOR_REPLY = """Rosa Ilves
Rosa Ilves
 • 2nd
Beekeeper | Honey co-op founder
4d •
Follow
Our hives came through the cold snap. Wrapping them in October paid off.
Like
Comment
Repost
Send
Most relevant
Anton Greer
Anton Greer
 • 3rd+
Orchard manager at Fallow Hill
3dWhat did you wrap them with? Straw or foam?
Like
Reply
·
1 reply
Rosa Ilves
Rosa Ilves
Author
2dAnton Greer foam boards, with a gap at the top for air.
Like
Reply
Lina Porsch
Lina Porsch
 • 2nd
Gardener
1dGood news for the orchard next spring.
Like
Reply
"""


def test_glued_age_reply_with_author_badge_and_no_headline_is_nested():
    """A reply whose header is the name and the author's badge (no headline) with the age
    glued to its text is a comment (it used to be dropped), nested under the comment whose
    row counts it."""
    recs = process(_GLUED_AUTHOR_REPLY)
    cs = recs[0].comments
    assert [(c.author.name, c.age) for c in cs] == [("Anton Greer", "3d"), ("Lina Porsch", "1d")]
    (reply,) = cs[0].replies
    assert (reply.author.name, reply.author.bio, reply.age) == ("Rosa Ilves", None, "2d")
    assert reply.text == "Anton Greer foam boards, with a gap at the top for air."
    assert check_accounted(_GLUED_AUTHOR_REPLY, recs) == []


# invented: a signed-in article copy whose last comment's row parts its buttons and count
# with a lone "·" line
_ARTICLE_ROW_SEPARATOR = """Why Harbour Towns Need Night Buses
Marit Olsen
Transport planner at Fjordline Council
Published Feb 2, 2026

Our harbour shifts end at midnight. The last bus leaves at eleven.

So we ran a pilot: one night bus, every hour, for six months.

Ridership doubled by month three.

Like
Comment
Share
42 comments

Most relevant
Sven Aas
Dock supervisor
2w
We needed this for years. Thank you for pushing it.
Like
Reply
Hanna Berg
Nurse at Fjord Hospital
1w
The 1 a.m. bus gets our night staff home safely.
Like
Like
·
3
Reply
Load more comments
"""


def test_article_row_separator_line_is_no_comment():
    """A lone "·" between a comment's buttons and its count is the row's separator, chrome,
    not a comment of its own (it used to come out as a third comment with no author)."""
    recs = process(_ARTICLE_ROW_SEPARATOR)
    (rec,) = recs
    assert rec.shape == "article"
    assert [(c.author.name, c.age) for c in rec.comments] == [("Sven Aas", "2w"), ("Hanna Berg", "1w")]
    assert check_accounted(_ARTICLE_ROW_SEPARATOR, recs) == []


def test_reaction_icons_over_the_counters_are_chrome():
    """The reaction icons a copy writes as emoji ("👏❤️💡") over the likers line or the count
    are chrome, not the body's last line; one emoji closing the text before a bare count is
    the author's."""
    page = ("Nadia Brook\nNadia Brook\n • 2nd\nCeramicist | Studio owner\n2d • \nFollow\n"
            "We fired the big kiln for the first time today.\n\n#Ceramics\n…more\n{icons}\n{after}"
            "Like\nComment\nRepost\nSend\n")
    for icons, after in (("👏❤️💡", "Omar Tal and 40 others\n41\n"), ("👍💡", "41\n3 comments\n"),
                         ("👍", "Omar Tal and 40 others\n41\n")):
        text = page.format(icons=icons, after=after)
        recs = process(text)
        assert recs[0].body == "We fired the big kiln for the first time today.\n\n#Ceramics", icons
        assert check_accounted(text, recs) == []
    text = page.format(icons="🎉", after="41\n3 comments\n")
    assert process(text)[0].body.endswith("🎉")


def test_glued_age_comment_whose_commenter_shows_a_degree_and_no_headline():
    """"Name / Name / • 2nd / 1dText": a commenter with no headline, the degree badge right
    above the text its age is glued to, is a comment (it used to be dropped)."""
    text = _GLUED_AUTHOR_REPLY.replace(" • 2nd\nGardener\n1dGood news", " • 2nd\n1dGood news")
    recs = process(text)
    assert [(c.author.name, c.author.bio, c.age) for c in recs[0].comments] == [
        ("Anton Greer", "Orchard manager at Fallow Hill", "3d"), ("Lina Porsch", None, "1d")]
    assert check_accounted(text, recs) == []


# invented: a signed-in post page (German UI) where the first comment has its age on a line of
# its own and the author's reply and a later comment have theirs glued to the text
_MIXED_GLUED_AGES = """Beitrag im Feed
Mira Falk
Mira Falk
 • 2.
Imkerin | Gründerin der Honigkooperative Nordheide
3 Wo. • 
3 Wochen • Für alle auf LinkedIn und außerhalb sichtbar
Folgen
Unsere Völker sind gut durch den Frost gekommen. Das Einpacken im Oktober hat sich gelohnt.
Gefällt mir
Kommentieren
Reposten
Senden
Relevanteste
Udo Kern
Udo Kern
 • 3.+
Obstbauer am Elbhang
2 Wo.
Womit habt ihr eingepackt? Stroh oder Dämmplatten?
Gefällt mir
 · 
Antworten
 · 
1 Antwort
Mira Falk
Mira Falk
Autor
Imkerin | Gründerin der Honigkooperative Nordheide
2 Wo.Dämmplatten, oben mit einem Spalt für die Luft.
Gefällt mir
Antworten
Lotte Brandt
Lotte Brandt
 • 2.
Gärtnerin
4 Tg.Gute Nachrichten für die Obstblüte im Frühjahr.
Gefällt mir
Antworten
"""


def test_glued_age_comments_among_comments_with_an_age_line_are_kept():
    """Where one comment has its age on a line of its own, a later one whose age is glued to
    its text ("4 Tg.Gute…") is still a comment (it used to be dropped, with the reply)."""
    recs = process(_MIXED_GLUED_AGES)
    cs = recs[0].comments
    assert [(c.author.name, c.author.bio, c.age) for c in cs] == [
        ("Udo Kern", "Obstbauer am Elbhang", "2 Wo."), ("Lotte Brandt", "Gärtnerin", "4 Tg.")]
    assert cs[1].text == "Gute Nachrichten für die Obstblüte im Frühjahr."
    (reply,) = cs[0].replies
    assert (reply.author.name, reply.age) == ("Mira Falk", "2 Wo.")
    assert reply.text == "Dämmplatten, oben mit einem Spalt für die Luft."
    assert check_accounted(_MIXED_GLUED_AGES, recs) == []


def test_a_repost_card_whose_original_has_a_follow_button_gives_both_posts():
    # invented: a feed card of a repost with commentary; the original's header carries "Follow"
    text = ("Feed post number 2\n\nMarta Silva\nMarta Silva\n• 1st\nBaker at Crumb & Co\nBaker at Crumb & Co\n1h • \n\n"
            "This is exactly how we plan our mornings now.\n\nWorth a read if you run a small kitchen.\n\n"
            "Leo Grant\nLeo Grant\n• 3rd+\nChef and author\nChef and author\n3w • \nFollow\n\n"
            "Prep the night before, bake at dawn, sell by ten.\n\nThat is the whole system.\n\n"
            "Ana Reis and 12 others\n2 comments\nLike\nComment\nRepost\nSend\n")
    recs = process(text)
    assert [(r.author.name, r.author.bio, r.age) for r in recs] == [
        ("Marta Silva", "Baker at Crumb & Co", "1h"), ("Leo Grant", "Chef and author", "3w")]
    assert recs[0].body == "This is exactly how we plan our mornings now.\n\nWorth a read if you run a small kitchen."
    assert recs[1].body == "Prep the night before, bake at dawn, sell by ten.\n\nThat is the whole system."


# invented: a company page's Posts tab (English UI): the page's tabs and filter chips, then two
# posts whose byline is the page's name shown twice and its follower count (no headline)
_PAGE_POSTS_TAB = """Quillmarsh Ceramics
Handmade tableware since 1998
Follow
Overview
Posts
Careers
Newest first
Photos
Polls
Quillmarsh Ceramics
Quillmarsh Ceramics
5,118 followers
5,118 followers
4d •

Our spring glaze range is out: six colours, all lead-free and fired twice.

Visit the studio shop on Saturday for the launch.
…see more
61
4 comments
Like
Comment
Repost
Send
Quillmarsh Ceramics
Quillmarsh Ceramics
5,118 followers
5,118 followers
2w •

We are looking for an apprentice thrower for our workshop in Ashby.
…see more
38
Like
Comment
Repost
Send
"""


def test_a_page_byline_leaves_the_tab_above_it_out_of_the_header():
    recs = process(_PAGE_POSTS_TAB)
    assert [(r.author.name, r.author.bio, r.age) for r in recs] == [
        ("Quillmarsh Ceramics", None, "4d"), ("Quillmarsh Ceramics", None, "2w")]
    assert recs[0].body.startswith("Our spring glaze range")
    assert check_accounted(_PAGE_POSTS_TAB, recs) == []


# invented: a person's header shown twice, name and headline, with a follower count below
_PERSON_WITH_FOLLOWERS = """Feed post number 1
Dorota Wilk
Dorota Wilk
Pottery teacher at Ashby College
Pottery teacher at Ashby College
902 followers
902 followers
1d •

Kiln day. Twenty bowls in, let us see how many come out whole.
Like
Comment
Feed post number 2
Dorota Wilk
Dorota Wilk
Pottery teacher at Ashby College
Pottery teacher at Ashby College
902 followers
902 followers
3d •

Glaze test tiles for the new term are ready.
Like
Comment
"""


def test_a_person_header_over_a_follower_count_keeps_name_and_headline():
    recs = process(_PERSON_WITH_FOLLOWERS)
    assert [(r.author.name, r.author.bio) for r in recs] == [
        ("Dorota Wilk", "Pottery teacher at Ashby College")] * 2


# invented: the notifications page (English UI) over the post one of them opened: each
# notification is a line and a bare age; the post's header age has its visibility bullet
_NOTIFICATIONS_OVER_A_POST = """Notifications
All
Nadia Perl commented on your post: Same here, the second kiln made all the difference.
2h
Your post is getting attention. Keep the conversation going.
6h
Osman Kaya viewed your profile.
4d
Ilse Varga
Ilse Varga
Studio potter at Varga Clayworks
Studio potter at Varga Clayworks
2d •

We fired the second kiln for the first time this week.

Half the pieces cracked, and we learned more than in a year.
…see more
41
6 comments
Like
Comment
Repost
Send
Most relevant
Nadia Perl
 • 2nd
Ceramics teacher
2h
Same here, the second kiln made all the difference.
Like
Reply
"""


def test_a_notifications_list_above_a_post_is_not_its_header():
    recs = process(_NOTIFICATIONS_OVER_A_POST)
    assert len(recs) == 1
    rec = recs[0]
    assert (rec.author.name, rec.author.bio, rec.age) == ("Ilse Varga", "Studio potter at Varga Clayworks", "2d")
    assert rec.body.startswith("We fired the second kiln") and rec.body.endswith("than in a year.")
    assert [c.author.name for c in rec.comments] == ["Nadia Perl"]
    assert check_accounted(_NOTIFICATIONS_OVER_A_POST, recs) == []


# invented: a group's feed (English UI): an admin's post, the "Admin" badge on a line of its
# own between the doubled name and the headline
_GROUP_ADMIN_POST = """Feed post number 1
Hedda Lorne
Hedda Lorne
Admin
Chair of the Riverside Potters Circle
2d •

Our next meeting moves to the library annex, same time.
Like
Comment
Feed post number 2
Bram Okoro
Bram Okoro
Potter
3d •

Does anyone have a spare banding wheel to lend?
Like
Comment
"""


def test_a_group_admin_badge_is_neither_name_nor_headline():
    recs = process(_GROUP_ADMIN_POST)
    assert (recs[0].author.name, recs[0].author.bio) == ("Hedda Lorne", "Chair of the Riverside Potters Circle")


# invented: a signed-in German article copy, the top navigation over the title, the byline
# name shown once
_DE_ARTICLE_NAV = """Zum Hauptinhalt springen
Startseite
Mein Netzwerk
Jobs
Nachrichten
Mitteilungen
Sie
Für Unternehmen
Artikel schreiben

Warum Bäckereien nachts backen

Lena Vogt
Bäckermeisterin in Freiburg

Veröffentlicht: 3. Februar 2026

+ Folgen

Um drei Uhr morgens ist die Backstube der ruhigste Ort der Stadt.

Der Teig braucht Zeit, und die Kunden wollen um sechs frisches Brot.
"""


def test_article_title_after_navigation_words_is_told_by_its_published_line():
    """The "Published <date>" line under the byline tells the article's title from the
    signed-in navigation words over it ("Sie / Für Unternehmen / Artikel schreiben") even
    when the name is shown once; it used to be dropped as chrome before the title was looked
    for, and the navigation gave title and author."""
    (rec,) = process(_DE_ARTICLE_NAV)
    assert rec.shape == "article"
    assert rec.title == "Warum Bäckereien nachts backen"
    assert (rec.author.name, rec.author.bio) == ("Lena Vogt", "Bäckermeisterin in Freiburg")
    assert rec.body.startswith("Um drei Uhr morgens")
    assert check_accounted(_DE_ARTICLE_NAV, [rec]) == []


def test_article_byline_headline_ending_with_a_legal_form():
    """A byline headline ending with the company's legal form and its full stop ("…, Miodek
    sp. z o.o.") is the author's headline; it used to be taken for the body, and the article's
    paragraphs were dropped as outside the post."""
    text = ("Jak pszczoły przetrwały zimę\nZgłoś ten artykuł\nEwa Lis\nEwa Lis\n"
            "Pszczelarka, Miodek sp. z o.o.\nOpublikowano 9 lut 2026\n+ Obserwuj\n"
            "Zimą ule stały pod lasem, owinięte matami.\n\nNa wiosnę wszystkie rodziny przeżyły.\n\n"
            "Lubię to\nSkomentuj\nUdostępnij\n12\n")
    (rec,) = process(text)
    assert rec.title == "Jak pszczoły przetrwały zimę"
    assert (rec.author.name, rec.author.bio) == ("Ewa Lis", "Pszczelarka, Miodek sp. z o.o.")
    assert rec.body == "Zimą ule stały pod lasem, owinięte matami.\n\nNa wiosnę wszystkie rodziny przeżyły."
    assert check_accounted(text, [rec]) == []


def test_article_commenter_name_with_its_degree_badge_on_the_same_line():
    """"Tilo Brandt • 2." (the name, doubled, the degree badge on the second copy) over a
    headline and an age in an article's comments: the badge is chrome and the name reads as
    one, where the comment had lost its header."""
    text = _DE_ARTICLE_NAV.replace("Lena Vogt\n", "Lena Vogt\nLena Vogt\n", 1) + (
        "\nGefällt mir\nKommentieren\n12 Kommentare\n\nRelevanteste\n"
        "Tilo Brandt\nTilo Brandt • 2.\nKonditor in Basel\n2 Wo.\nSo ist es. Der Ofen wartet nicht.\n"
        "Gefällt mir\nAntworten\n"
        "Maren Stolz\nMaren Stolz • 3.+\nStudentin\n4 Tg.\nDanke für den Einblick!\nGefällt mir\nAntworten\n")
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [
        ("Tilo Brandt", "Konditor in Basel", "2 Wo."), ("Maren Stolz", "Studentin", "4 Tg.")]
    assert check_accounted(text, [rec]) == []


# invented: a poll as its voters see it (French UI): the question, the note that the author
# sees the votes, the options with their shares, the votes and the time left
_POLL_VOTER_VIEW = """Feed post number 1
Odile Marchand
Odile Marchand
Potière à Vallauris
2 j •

Petit sondage avant de lancer les cours du soir.
Quel créneau vous convient le mieux ?
L’auteur peut voir comment vous votez. En savoir plus
Lundi
40%
Mercredi
35%
Vendredi
25%
20 votes • 5 j restants
J’aime
Commenter
Feed post number 2
Paul Girard
Paul Girard
Tourneur
3 j •

Nouvelle série de bols terminée.
J’aime
Commenter
"""


def test_a_poll_seen_by_a_voter_is_left_out_of_the_body():
    recs = process(_POLL_VOTER_VIEW)
    assert recs[0].body == "Petit sondage avant de lancer les cours du soir."


def test_a_reply_quoted_under_the_comment_it_answers_in_a_markdown_clip_is_nested():
    # invented: a web clip in Markdown; the author's reply is a block quote under the comment
    text = ('---\ntitle: "Ines Moreau on LinkedIn: We moved our standup to the afternoon"\n'
            "source: https://www.linkedin.com/posts/ines-moreau_activity-1\nauthor:\n  - \"[[Ines Moreau]]\"\n---\n"
            "[Ines Moreau](https://www.linkedin.com/in/ines-moreau?trk=public_post_feed-actor-name)\n\n"
            "Team Lead at Northwind\n\n4d\n\n"
            "- [Report this post](https://www.linkedin.com/uas/login?trk=public_post_ellipsis-menu-semaphore)\n\n"
            "We moved our standup to the afternoon. Nobody misses the morning rush.\n\n"
            "[38](https://www.linkedin.com/signup?trk=public_post_social-actions-reactions) "
            "[3 Comments](https://www.linkedin.com/signup?trk=public_post_social-actions-comments)\n\n"
            "[Like](https://www.linkedin.com/signup?trk=public_post_like-cta) "
            "[Comment](https://www.linkedin.com/signup?trk=public_post_comment-cta)\n\n"
            "[Karl Berg](https://www.linkedin.com/in/karl-berg?trk=public_post_comment_actor-name)\n\n"
            "Engineer at Southpoint\n\n3d\n\nDid the meetings get shorter too?\n\n"
            "> **[Ines Moreau](https://www.linkedin.com/in/ines-moreau?trk=public_post_comment_actor-name)**"
            " · Team Lead at Northwind · 2d\n>\n> Yes, by about ten minutes.\n\n"
            "[Lea Fink](https://www.linkedin.com/in/lea-fink?trk=public_post_comment_actor-name)\n\n"
            "Designer\n\n1d\n\nTrying this on Monday.\n")
    (rec,) = process(text)
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [
        ("Karl Berg", "3d", "Did the meetings get shorter too?"), ("Lea Fink", "1d", "Trying this on Monday.")]
    assert [(r.author.name, r.author.bio, r.age, r.text) for r in rec.comments[0].replies] == [
        ("Ines Moreau", "Team Lead at Northwind", "2d", "Yes, by about ten minutes.")]
    assert check_accounted(text, [rec]) == []


# invented: a company page's post, signed out; the page answers a comment whose row counts one
# reply, under its name alone (a page shows no author badge and no headline there)
_PAGE_ANSWERS = """Sign in
Join now
Tidewater Bakery Co-op
1,204 followers
3d
We bake with flour milled twenty miles away. Ask us anything about it.
44
3 Comments
Like
Comment
Share
Hedda Lund
Pastry chef at Brinn
2d
Which mill do you work with?
Like
Reply
2 Reactions
1 Reply
Tidewater Bakery Co-op
2d
Kestrel Mill, since the spring.
Like
Reply
Omar Quist
Home baker
1d
Lovely loaves.
Like
Reply
"""


def test_post_author_answering_a_counted_thread_is_a_reply_without_a_badge():
    """A row counting one reply, then the post's own author answering under their bare name:
    the answer is the reply (as if it carried the "Author" badge); the next commenter, who
    neither is the author nor addresses the thread, stays top-level."""
    recs = process(_PAGE_ANSWERS)
    cs = recs[0].comments
    assert [c.author.name for c in cs] == ["Hedda Lund", "Omar Quist"]
    (reply,) = cs[0].replies
    assert (reply.author.name, reply.age, reply.text) == ("Tidewater Bakery Co-op", "2d", "Kestrel Mill, since the spring.")
    assert check_accounted(_PAGE_ANSWERS, recs) == []


# invented: a newsletter issue copied signed out: the newsletter's name (twice) and description
# between the title and the byline, a subscribe card after the text, and the author answering
# a comment whose row counts one reply
_NEWSLETTER_ISSUE = """Three ways to keep a small orchard healthy through winter
Orchard Notes
Orchard Notes
Seasonal advice for smallholders, twice a month.
By Tobias Wren-Adair
Tobias Wren-Adair
Tobias Wren-Adair
Arborist | Writing Orchard Notes
Published Feb 2, 2026
+ Follow
Winter is when an orchard is won or lost, and most of the work is quiet.

First, prune on dry days only, so the cuts close before the rain.

Second, mulch the roots, but keep the mulch off the trunk.
Subscribe to Orchard Notes
1,020 subscribers
Subscribe
Like
Comment
Share
41
2 Comments
Greta Pell
Allotment holder
5d
How thick should the mulch be?
Like
Reply
3 Reactions
1 Reply
Tobias Wren-Adair
Arborist | Writing Orchard Notes
4d
About a hand's width, thinner on clay.
Like
Reply
Ivo Barr
Gardener
2d
Saved for next year.
Like
Reply
"""


def test_newsletter_masthead_byline_subscribe_card_and_author_reply():
    """The byline names the author: the newsletter's name and description before the name are
    its masthead, not the author; "Subscribe to <newsletter>" over a subscriber count is the
    subscribe card, no call to action; the author answering a counted thread under their name
    and headline (no badge) is the reply."""
    (rec,) = process(_NEWSLETTER_ISSUE)
    assert rec.author.name == "Tobias Wren-Adair" and rec.author.bio == "Arborist | Writing Orchard Notes"
    assert rec.body.startswith("Winter is when") and rec.body.endswith("off the trunk.")
    assert rec.cta is None
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Greta Pell", ["Tobias Wren-Adair"]), ("Ivo Barr", [])]
    assert check_accounted(_NEWSLETTER_ISSUE, [rec]) == []


# invented: one feed card (its marker in Swedish) of a repost with commentary; the original's
# header ends on its long age with the visibility and a Follow button, and the card's comment
# answers the reposter
_SV_REPOST_CARD = """Flödesinlägg nummer 4
Linnea Berg
Linnea Berg
 • 1:a
Rekryterare på Nordvik
Rekryterare på Nordvik
1 d • 
1 dag sedan • Synligt för alla på och utanför LinkedIn
Klokt skrivet av Axel om introduktionen av nya kollegor.
Axel Holm
Axel Holm
 • 2:a
HR-chef på Tallåsen
HR-chef på Tallåsen
1 v • 
1 vecka sedan • Synligt för alla på och utanför LinkedIn
Följ
Den första veckan avgör mer än vi tror.

Ge varje ny kollega en fadder från dag ett.
12
Gilla
Kommentera
Dela
Skicka
Maja Ek
 • 2:a
Lärare
5 tim
Tack Linnea, delar vidare!
Gilla
Svara
"""


def test_a_feed_card_reposting_with_a_follow_button_under_the_originals_visibility():
    """One card (a marker alone counts no cards), a repost inside it: the original's header
    ends on its age with the visibility line, then Follow; the original is a record of its
    own after the reposter's, and the card's comment stays the reposter's."""
    recs = process(_SV_REPOST_CARD)
    assert [(r.author.name, r.age) for r in recs] == [("Linnea Berg", "1 d"), ("Axel Holm", "1 v")]
    assert recs[0].body == "Klokt skrivet av Axel om introduktionen av nya kollegor."
    assert recs[1].body.startswith("Den första veckan") and recs[1].body.endswith("dag ett.")
    assert [c.author.name for c in recs[0].comments] == ["Maja Ek"] and recs[1].comments == []
    assert check_accounted(_SV_REPOST_CARD, recs) == []


# invented: a company post with a PDF carousel, copied signed in: a call to action, the
# closing hashtags, the fold, then the document viewer (its file name, twice, and pages)
_DOC_CAROUSEL = """Brightmoor Labs
4,410 followers
3d •
We surveyed 300 clinics about their booking tools.

Swipe through the charts below.

👉 Get the full survey: https://lnkd.in/xY12ab
#HealthTech #Survey
…more
Clinic_Booking_Survey_2026.pdf
Clinic_Booking_Survey_2026.pdf
9 pages
41
Like
Comment
Repost
Send
"""


def test_a_document_viewers_file_name_is_no_text_and_the_hashtags_stay_the_bodys():
    (rec,) = process(_DOC_CAROUSEL)
    assert rec.cta == "👉 Get the full survey: https://lnkd.in/xY12ab"
    assert rec.body.endswith("#HealthTech #Survey") and ".pdf" not in rec.body
    assert check_accounted(_DOC_CAROUSEL, [rec]) == []


# invented: a comment section copied with the screen reader's labels around each comment
_A11Y_COMMENTS = """Pia Lund
Baker at Rye & Co
2d
We switched to a wood-fired oven this spring.
Like
Comment
Share
View Tove Berg’s profile
Tove Berg
Caterer
1d
Open options for Tove Berg’s comment
How long does it take to heat up in the morning?
Like
Reply
View Arne Holt’s profile
Arne Holt
Chef
20h
Open options for Arne Holt’s comment
Great choice.
Like
Reply
"""


def test_a_screen_readers_labels_around_comments_are_chrome():
    (rec,) = process(_A11Y_COMMENTS)
    assert [(c.author.name, c.text) for c in rec.comments] == [
        ("Tove Berg", "How long does it take to heat up in the morning?"), ("Arne Holt", "Great choice.")]
    assert check_accounted(_A11Y_COMMENTS, [rec]) == []


# invented: a page's post whose first comment is by another page (its follower count under its
# name, where a person's headline stands) and is answered by the posting page (an "Author" badge)
PAGE_THREAD = """\
Northfield Technical School
Northfield Technical School
1,204 followers
2d • Edited •
Follow
Our third-year students won second place at the regional robotics day.

Thank you to everyone who lent us parts.
Peter Hanko and 92 others
4 comments
Like
Comment
Repost
Send
Most relevant
Bayline metalworks, Inc.
Bayline metalworks, Inc.
3,812 followers
1d
Congratulations! Happy to lend the sensors again.
Like
Reply
5
1 reply
Northfield Technical School
Northfield Technical School
Author
1d
Thank you, we could not have done it without you.
Like
Reply
Jana Hruska
Jana Hruska
 • 3rd+
Accountant
20h
Proud mum here.
Like
Reply
"""


def test_a_pages_comment_over_its_follower_count_and_the_pages_own_reply():
    (rec,) = process(PAGE_THREAD)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Northfield Technical School", None, "2d")
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Bayline metalworks, Inc.", None, "1d", "Congratulations! Happy to lend the sensors again."),
        ("Jana Hruska", "Accountant", "20h", "Proud mum here."),
    ]
    (reply,) = rec.comments[0].replies
    assert (reply.author.name, reply.author.bio, reply.text) == (
        "Northfield Technical School", None, "Thank you, we could not have done it without you.")
    assert check_accounted(PAGE_THREAD, [rec]) == []


# invented: a Turkish feed card, a person's commentary over a company page's post shared in
# full (the page's name over its follower count, twice), a comment under the card, and the
# next card's marker alone at the copy's end
REPOST_OF_A_PAGE = """\
Akıştaki gönderi numarası 1
Deniz Aydın
Deniz Aydın
 • 2.
Lojistik Müdürü
3 sa • 
Bu ekibin ilk günlerini hatırlıyorum, harika bir yol aldılar.
Kuzey Liman İşletmeleri
Kuzey Liman İşletmeleri
5.120 takipçi
5.120 takipçi
2 hf • 
Yeni konteyner sahamız bu hafta açıldı.

Bekleme süreleri yarıya indi.
…daha fazla
Selin Koç ve diğer 40 kişi
3 yorum
Beğen
Yorum yap
Yeniden yayınla
Gönder
En alakalı
Emre Şahin
Emre Şahin
 • 3.+
Gümrük Danışmanı
1 sa
Tebrikler, sahayı görmek için sabırsızlanıyorum.
Beğen
Yanıtla
Akıştaki gönderi numarası 2
"""


def test_a_feed_cards_repost_of_a_pages_post_is_two_records_and_the_comment_is_the_cards():
    recs = process(REPOST_OF_A_PAGE)
    assert [(r.author.name, r.author.bio, r.age) for r in recs] == [
        ("Deniz Aydın", "Lojistik Müdürü", "3 sa"), ("Kuzey Liman İşletmeleri", None, "2 hf")]
    assert recs[0].body == "Bu ekibin ilk günlerini hatırlıyorum, harika bir yol aldılar."
    assert recs[1].body == "Yeni konteyner sahamız bu hafta açıldı.\n\nBekleme süreleri yarıya indi."
    assert [(c.author.name, c.text) for c in recs[0].comments] == [
        ("Emre Şahin", "Tebrikler, sahayı görmek için sabırsızlanıyorum.")]
    assert recs[1].comments == []
    assert check_accounted(REPOST_OF_A_PAGE, recs) == []


# invented: a phone's copy of a post whose replies stand indented under the comment they
# answer (no reply count, no "Load previous replies": the indentation alone marks them)
_INDENTED_REPLIES = """Oskar Varga
Baker at Field & Flour
2d

We started selling yesterday's loaves at half price after four.

Like
Comment
Repost
Send

Ines Rowe
Pastry chef
1d
Do you get regulars for it?
Like | Reply
  Oskar Varga
  Baker at Field & Flour
  1d
  Ines Rowe yes, the same faces every day.
  Like | Reply

Tariq Bell
Café owner
20h
Smart way to cut waste.
Like | Reply
"""


def test_indented_comments_of_a_plain_copy_are_replies():
    (rec,) = process(_INDENTED_REPLIES)
    a, b = rec.comments
    assert (a.author.name, a.text) == ("Ines Rowe", "Do you get regulars for it?")
    assert [(r.author.name, r.author.bio, r.age, r.text) for r in a.replies] == [
        ("Oskar Varga", "Baker at Field & Flour", "1d", "Ines Rowe yes, the same faces every day.")]
    assert (b.author.name, b.replies) == ("Tariq Bell", [])
    assert check_accounted(_INDENTED_REPLIES, [rec]) == []


# invented: a company page and a person comment on a post; the page's header shows its follower
# count where a person's headline stands (an English, a Dutch and an Arabic count, the last
# with the Arabic thousands separator U+066C; or the word first, with a colon)
@pytest.mark.parametrize("count", ["3,410 followers", "3.410 volgers", "٣٬٤١٠ متابع", "Followers: 3,410",
                                   "Подписчики: 3 410"])
def test_a_page_commenting_has_its_follower_count_for_no_headline(count):
    text = ("Mira Solberg\nFounder at Kelp Works\n3d\n\nWe moved our whole team to four-day weeks.\n\n"
            "Like\nComment\nRepost\nSend\n\n"
            f"Harbor & Pine Coffee\n{count}\n2d\nProud to host your offsite next month!\nLike | Reply\n\n"
            "Jonas Aalto\nProduct designer\n1d\nHow did clients react?\nLike | Reply\n")
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [
        ("Harbor & Pine Coffee", None, "2d"), ("Jonas Aalto", "Product designer", "1d")]
    assert rec.comments[0].text == "Proud to host your offsite next month!"
    assert check_accounted(text, [rec]) == []


def test_a_page_commenting_on_a_phone_copy_has_its_age_glued_under_its_follower_count():
    text = ("Mira Solberg\nFounder at Kelp Works\n3d\n\nWe moved our whole team to four-day weeks.\n\n"
            "Like\nComment\nRepost\nSend\n\n"
            "Jonas Aalto\nProduct designer\n2dHow did clients react?\nLike | Reply\n\n"
            "Harbor & Pine Coffee\n3,410 followers\n1dProud to host your offsite next month!\nLike | Reply\n")
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Jonas Aalto", "Product designer", "2d", "How did clients react?"),
        ("Harbor & Pine Coffee", None, "1d", "Proud to host your offsite next month!")]
    assert check_accounted(text, [rec]) == []



# invented: a signed-in article page whose comments close each with their row of buttons; one
# comment runs over two paragraphs, and the post's author answers it
_ARTICLE_TWO_PARAGRAPH_COMMENT = """Why We Stopped Estimating in Hours

Ida Brennan
Delivery Lead at Foxglove Labs

Published Mar 3, 2026

We used to estimate every ticket in hours. The numbers were always wrong, and everyone knew it.

Now we slice work until each piece fits in a day, and we count pieces. Forecasts got better overnight.

👍 310
18 comments

Like
Comment
Repost
Send

Tomas Ferreira
Engineering Manager at Pellucid
3d
We tried slicing too, but some work just does not split. What do you do with research spikes?

Honest question, our spikes always blow the forecast.
Like · 4 | Reply · 1 reply
Ida Brennan
Author
Delivery Lead at Foxglove Labs
2d
Tomas Ferreira we timebox them to two days and count them as two pieces.
Like · 2 | Reply

Wen Li
Product Owner
1d
Counting pieces is underrated.
Like | Reply
"""


def test_an_articles_comment_runs_over_paragraphs_up_to_its_row_of_buttons():
    (rec,) = process(_ARTICLE_TWO_PARAGRAPH_COMMENT)
    a, b = rec.comments
    assert (a.author.name, a.age) == ("Tomas Ferreira", "3d")
    assert a.text == ("We tried slicing too, but some work just does not split. What do you do with research "
                      "spikes?\n\nHonest question, our spikes always blow the forecast.")
    assert [(r.author.name, r.age) for r in a.replies] == [("Ida Brennan", "2d")]
    assert (b.author.name, b.text) == ("Wen Li", "Counting pieces is underrated.")
    assert check_accounted(_ARTICLE_TWO_PARAGRAPH_COMMENT, [rec]) == []


def test_a_top_voice_badge_line_under_a_commenters_name_is_chrome():
    text = ("Mira Solberg\nFounder at Kelp Works\n3d\n\nWe moved our whole team to four-day weeks.\n\n"
            "Like\nComment\nRepost\nSend\n\n"
            "Jonas Aalto\nTop Voice\n • 2nd\nProduct designer | Writing about calm software\n1d\n"
            "How did clients react?\nLike | Reply\n")
    (rec,) = process(text)
    (c,) = rec.comments
    assert (c.author.name, c.author.bio, c.text) == (
        "Jonas Aalto", "Product designer | Writing about calm software", "How did clients react?")
    assert check_accounted(text, [rec]) == []


# invented: a copy with no counters and no row of buttons under the post (the row of the
# first comment is the first one): the first comment's header and text are no body
_NO_POST_ROW = (_INDENTED_REPLIES.replace("Like\nComment\nRepost\nSend\n\n", "")
                .replace("  1d\n  Ines Rowe yes", "1d\n  Ines Rowe yes"))  # (the reply's age line unindented)


def test_the_first_comment_above_the_first_row_is_no_body():
    (rec,) = process(_NO_POST_ROW)
    assert rec.body == "We started selling yesterday's loaves at half price after four."
    a, b = rec.comments
    assert (a.author.name, a.author.bio, a.age, a.text) == ("Ines Rowe", "Pastry chef", "1d", "Do you get regulars for it?")
    # (the reply's age line lost its indentation; its header kept it)
    assert [(r.author.name, r.text) for r in a.replies] == [("Oskar Varga", "Ines Rowe yes, the same faces every day.")]
    assert b.author.name == "Tariq Bell"
    assert check_accounted(_NO_POST_ROW, [rec]) == []


def test_a_commenters_headline_keeps_what_follows_its_bullet():
    # "Role | Skill • Skill": words after a bullet on the headline are the headline's; a
    # degree badge after the name is still chrome
    text = "\n".join(["Ines Marlow", "Head brewer at Tallow Lane", "3d", "Report this post",
                      "We poured the first cask of the winter ale tonight.", "12", "2 comments",
                      "Like", "Comment", "Share",
                      "Oskar Vedder • 2nd", "Cellarman | Cask ales • Sensory panels", "2d",
                      "Saving a pint for Friday.", "Like", "Reply",
                      "Rhea Tamsin", "Brewery tours • Tallow Lane", "1d", "Count me in.", "Like", "Reply"])
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio) for c in rec.comments] == [
        ("Oskar Vedder", "Cellarman | Cask ales • Sensory panels"), ("Rhea Tamsin", "Brewery tours • Tallow Lane")]
    assert check_accounted(text, [rec]) == []


# invented: a post copied with its preview and, after "…see more", the whole text again
PREVIEW_TWICE = """\
Noor Haddad
Noor Haddad
 • 2nd
Product designer at Saltmarsh
3d • 
Follow
Seven years at one studio ended today.

What I learned there:
• the best design is rarely the prettiest
…see more
Seven years at one studio ended today.

What I learned there:
• the best design is rarely the prettiest
• support tickets teach more than any survey

Next: a small studio of my own.
112
9 comments
Like
Comment
Repost
Send
"""


def test_a_preview_copied_before_the_whole_text_is_dropped():
    (rec,) = process(PREVIEW_TWICE)
    assert rec.body == ("Seven years at one studio ended today.\n\nWhat I learned there:\n"
                        "• the best design is rarely the prettiest\n• support tickets teach more than any survey\n\n"
                        "Next: a small studio of my own.")
    assert not any(w.startswith("truncated") for w in rec.warnings)
    assert "ui.preview_copy" in {r.rule for r in rec.repairs}
    assert check_accounted(PREVIEW_TWICE, [rec]) == []


def test_a_cut_body_whose_fold_is_not_followed_by_its_copy_stays_truncated():
    text = PREVIEW_TWICE.replace("Seven years at one studio ended today.\n\nWhat I learned there:\n"
                                 "• the best design is rarely the prettiest\n• support",
                                 "A different opening line.\n\n• support", 1)
    text = text.replace("…see more\nA different", "…see more\nA different")
    (rec,) = process(text)
    assert "ui.preview_copy" not in {r.rule for r in rec.repairs}


def test_an_unfolded_text_under_its_see_less_fold_is_not_truncated():
    # invented: a post copied after "see more" was clicked: "…see less" closes the whole text
    for fold in ("…see less", "Show less", "…weniger anzeigen", "…zobraziť menej"):
        text = PREVIEW_TWICE.split("…see more\n", 1)[0].split("Follow\n", 1)[0] + (
            "Follow\nSeven years at one studio ended today.\n\nNext: a small studio of my own.\n"
            f"{fold}\n112\n9 comments\nLike\nComment\nRepost\nSend\n")
        (rec,) = process(text)
        assert rec.body == "Seven years at one studio ended today.\n\nNext: a small studio of my own.", fold
        assert not any(w.startswith("truncated") for w in rec.warnings), fold
    (rec,) = process(text.replace("…zobraziť menej", "…see more"))
    assert any(w.startswith("truncated") for w in rec.warnings)


@pytest.mark.parametrize("heading", ["# Post by Noor Haddad", "# Post di Noor Haddad", "# Noor Haddad’s Post",
                                     "# Beitrag von Noor Haddad"])
def test_a_clippers_heading_that_is_the_pages_label_is_no_title(heading):
    from postscrub import process

    text = ("---\ntitle: \"" + heading[2:] + " | LinkedIn\"\n"
            "source: https://www.linkedin.com/posts/noor-haddad_bees-activity-7400000000000000002-XyZw\n"
            "author: Noor Haddad\ntags: [linkedin]\n---\n\n" + heading + "\n\n"
            "**[Noor Haddad](https://www.linkedin.com/in/noor-haddad)**\nBeekeeper at Hill Farm Honey\n2d · 🌐\n\n"
            "Our hives made it through the frost, all eleven of them, and the first ones are flying again.\n\n"
            "[#Bees](https://www.linkedin.com/feed/hashtag/?keywords=bees)\n\n👍 40 · 2 comments\n\n---\n\n"
            "## Comments\n\n> **[Mia Lund](https://www.linkedin.com/in/mia-lund)** · Honey trader · 1d\n>\n"
            "> So glad to hear it!\n")
    rec = process(text)[0]
    assert rec.title is None
    assert "Noor Haddad" not in rec.body and rec.body.startswith("Our hives")


def test_a_comments_heading_between_an_articles_text_and_its_comments_is_chrome():
    text = ("Why our library lends seeds\n"
            "Marta Oliveira\n"
            "Librarian at Riverside Public Library\n"
            "We started lending seeds in March, a drawer of envelopes beside the returns desk.\n\n"
            "By October, neighbours had brought back more seeds than they borrowed.\n\n"
            "Visit us any Saturday to pick a packet.\n\n"
            "Comments\n\n"
            "Paulo Reis\nGardener | Composting workshops\n2d\n"
            "Brilliant idea. Do you take squash seeds too?\n")
    rec = process(text)[0]
    assert "Comments" not in (rec.body or "") and "Comments" not in (rec.cta or "")
    assert [c.author.name for c in rec.comments] == ["Paulo Reis"]


_POLL_UNKNOWN_NOTE = """Feed post number 1
Mira Kovač
Mira Kovač
Voditeljica ureda
2 d •

Pitanje za kolege prije planiranja proljeća.
Koji dan vam najviše odgovara za radionicu?
Autor vidi kako glasate. Drugi ne vide vaš glas.
Ponedjeljak
45%
Srijeda
30%
Petak
25%
31 glas • preostalo 3 d
J’aime
Commenter
"""


def test_a_poll_note_in_a_language_the_tables_lack_goes_with_the_question():
    # invented: the note on who sees the votes is unknown; it stands alone between the
    # question (ending in "?") and the options: the question and the note are the poll's
    (rec,) = process(_POLL_UNKNOWN_NOTE)
    assert rec.body == "Pitanje za kolege prije planiranja proljeća."


_WRAPPED_HEADLINE = """Tomasz Zieliński • 2nd
Head of Field Service, Baltic Wind |
Offshore maintenance
4d •
Our crew finished the last turbine inspection of the season today.
Thanks to everyone who worked through the storms.
Like
Comment
Repost
Send
"""


def test_a_headline_wrapped_over_two_lines_under_a_degree_marked_name():
    # invented: a narrow copy wraps the headline; the name line carries the connection degree
    (rec,) = process(_WRAPPED_HEADLINE)
    assert (rec.author.name, rec.author.bio, rec.age) == (
        "Tomasz Zieliński", "Head of Field Service, Baltic Wind | Offshore maintenance", "4d")
    assert rec.body.startswith("Our crew finished") and rec.title is None
    assert check_accounted(_WRAPPED_HEADLINE, [rec]) == []


def test_an_event_cards_title_over_its_date_line_goes_with_the_card():
    # invented: the card reads "Title / date and time / Event by X / In person / View event"
    text = ("Ana Lee\nAna Lee\n • 2nd\nOrganiser at Green Fields\n1w • \nFollow\n"
            "Our spring meetup is back!\n\nTalks on soil, water and money.\n\n#Farming #Soil\n"
            "Spring Soil Meetup\nThu, Mar 4, 2027, 9:00 AM - 5:00 PM (CET)\nEvent by Green Fields\n"
            "In person\nView event\nBo Chan and 40 others\n3 comments\n")
    [rec] = process(text)
    assert rec.body.endswith("#Farming #Soil")
    assert "Spring Soil Meetup" not in rec.body


def test_a_selection_starting_at_the_post_text_has_no_header():
    # invented: the copy opens at the post's text (no byline), then the counters, the post's
    # row of buttons, and two comments; the first byline below the row is a comment's
    text = ("Three winters of fixing bikes in a garage turned into a shop on Mill Lane this week.\n\n"
            "Thank you to everyone who brought us a flat tyre 🚲\n\n#SmallShops #Cycling\n\n"
            "48\n6 comments\n\nLike\nComment\nShare\n\n"
            "Edda Tarrant\nPhysiotherapist\n2d\n\nReport this comment\n\nCongratulations, see you on Saturday!\n\n"
            "Like\nReply\n1 Reaction\n\n"
            "Bo Lindell\nStudent at Northgate College\n1d\n\nDo you take bike repair interns?\n\nLike\nReply\n")
    (rec,) = process(text)
    assert rec.author.name is None and rec.age is None
    assert rec.body.startswith("Three winters") and rec.body.endswith("#SmallShops #Cycling")
    assert rec.hashtags == ["#SmallShops", "#Cycling"]
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [
        ("Edda Tarrant", "Physiotherapist", "2d"), ("Bo Lindell", "Student at Northgate College", "1d")]
    assert check_accounted(text, [rec]) == []


def test_a_headline_with_its_own_bullet_keeps_the_words_after_it():
    # invented: a public post page whose headline has a bullet of its own ("… • Vannerie"):
    # only the name line's badge after a bullet is chrome, not the headline's words
    text = ("Publication de Maëlle Kervella\n\nMaëlle Kervella\nGérante chez Osier du Blavet • Vannerie\n2 sem.\n\n"
            "Signaler cette publication\n\nNous avons tressé notre millième panier cette semaine.\n\n"
            "58\n4 commentaires\n\nJ’aime\nCommenter\nPartager\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio) == ("Maëlle Kervella", "Gérante chez Osier du Blavet • Vannerie")
    assert rec.body == "Nous avons tressé notre millième panier cette semaine."


def test_a_likers_name_under_a_cut_text_is_no_sign_off():
    # invented: a feed card cut at "… see more"; the reactions line shows a liker's name over
    # the count on lines of their own: the name is the likers line, not the post's sign-off
    text = ("Ines Vollmer\nInes Vollmer\nWerkstattleiterin\n2 Std. • \n\nUnsere Lehrwerkstatt hat heute ihren "
            "ersten Jahrgang verabschiedet.\n\nAlle zwölf bleiben bei uns.\n… mehr\nKarl Ostendorf\n64\n"
            "5 Kommentare\nGefällt mir\nKommentieren\nReposten\nSenden\n")
    (rec,) = process(text)
    assert rec.sign_off is None
    assert rec.body.endswith("Alle zwölf bleiben bei uns.") and "Karl" not in rec.body
    assert check_accounted(text, [rec]) == []


_EXPORT_MD_ONE_LINE_BYLINE = """---
source: https://www.linkedin.com/feed/update/urn:li:activity:1234567890123456789/
exported: 2026-03-02 10:00
---

# Beitrag gesichert: Tilde Marwick

**[Tilde Marwick](https://www.linkedin.com/in/tilde-marwick)** · Beekeeper and honey cooperative founder
*4 d*

We moved forty hives up the valley this spring. The heather bloom came two weeks late.

Next year we will split the move into two trips.

[#Beekeeping](https://www.linkedin.com/feed/hashtag/?keywords=beekeeping) [#Honey](https://www.linkedin.com/feed/hashtag/?keywords=honey)

## Comments

- **Osric Penhallow** (Orchard keeper) · 3 d
  Did the late bloom change the taste?
  > **Tilde Marwick** (Beekeeper and honey cooperative founder) · 2 d
  > Darker and stronger, yes.
- **Wren Abernethy** (Baker) · 1 d
  Saving a jar for me!
"""


def test_markdown_export_byline_on_one_line_and_comments_as_list_items():
    (rec,) = process(_EXPORT_MD_ONE_LINE_BYLINE)
    assert rec.title is None  # the export's heading naming the author is its label
    assert (rec.author.name, rec.author.bio, rec.age) == (
        "Tilde Marwick", "Beekeeper and honey cooperative founder", "4 d")
    assert rec.body.startswith("We moved forty hives")
    assert rec.hashtags == ["#Beekeeping", "#Honey"]
    a, b = rec.comments
    assert (a.author.name, a.author.bio, a.age, a.text) == (
        "Osric Penhallow", "Orchard keeper", "3 d", "Did the late bloom change the taste?")
    (r,) = a.replies
    assert (r.author.name, r.age, r.text) == ("Tilde Marwick", "2 d", "Darker and stronger, yes.")
    assert (b.author.name, b.text, b.replies) == ("Wren Abernethy", "Saving a jar for me!", [])
    assert check_accounted(_EXPORT_MD_ONE_LINE_BYLINE, [rec]) == []


_COMPANY_POSTS_TAB = """Quarry Lane Ceramics
Ceramic manufacturing
Faro, Algarve
2,317 followers
Follow
Home
About
Posts
Jobs
People

All
Images
Videos
Articles
Documents

Quarry Lane Ceramics
2,317 followers
5d •

Our new glaze line is running. Every tile now cures at a lower kiln temperature.

The first batch ships to the harbour hotel next week.

#Ceramics #Tiles

Lia Ventura and 61 others
7 comments • 2 reposts
Like
Comment
Repost
Send

Most relevant

Lia Ventura
Architect at Casa Sul
4d

Lovely colour. Samples available for studios?

Like

Reply
"""


def test_a_company_pages_posts_tab_copied_whole_is_a_post_by_the_page():
    # the page's header (name, industry, city, followers, tabs, filter chips) above its post:
    # no article's title over a byline, and the chip above the post's header is no name
    (rec,) = process(_COMPANY_POSTS_TAB)
    assert rec.shape == "post_page" and rec.title is None
    assert (rec.author.name, rec.author.bio, rec.age) == ("Quarry Lane Ceramics", None, "5d")
    assert rec.body.startswith("Our new glaze line is running.")
    assert rec.body.endswith("#Ceramics #Tiles")
    (c,) = rec.comments
    assert (c.author.name, c.author.bio, c.age) == ("Lia Ventura", "Architect at Casa Sul", "4d")
    assert check_accounted(_COMPANY_POSTS_TAB, [rec]) == []


_NEWSLETTER_BARE_BYLINE = """Skip to main content
Articles
People
Join now
Sign in

Your warehouse map is out of date. Redraw it every spring.

Aisle Notes
Aisle Notes
Small lessons from running mid-size warehouses, monthly.
By Petra Lindqvist
Operations lead | Warehouse layout nerd
Published Apr 2, 2026

+ Subscribe

Every warehouse I visit has a map on the wall that nobody has updated since the racking moved.

Pickers stop trusting it, and then they stop looking at it.

Redraw it each spring, walk it with the night shift, and pin the new one up.

— Petra Lindqvist

Aisle Notes
Aisle Notes
3,120 subscribers
Subscribe

Like
Comment
Share
48
6 Comments
"""


def test_newsletter_byline_without_a_name_line_and_a_title_ending_with_a_full_stop():
    (rec,) = process(_NEWSLETTER_BARE_BYLINE)
    assert rec.title == "Your warehouse map is out of date. Redraw it every spring."
    assert (rec.author.name, rec.author.bio) == ("Petra Lindqvist", "Operations lead | Warehouse layout nerd")
    assert rec.body.startswith("Every warehouse I visit") and rec.body.endswith("pin the new one up.")
    assert rec.sign_off == "— Petra Lindqvist"  # the newsletter's card under it (name twice, count) is chrome
    assert check_accounted(_NEWSLETTER_BARE_BYLINE, [rec]) == []


# invented: a public page whose UI speaks a made-up language (its chrome learned from the
# comments' repeated anchor and buttons): the text cut at its fold, then a document's card
# (its title and page count) before the counters and the bar
_UNKNOWN_UI_FOLD = "\n".join([
    "Rhea Sandoval", "Ceramicist at Kiln Nine", "4 dagi", "Zorb tal posto",
    "We fired forty test tiles before one glaze held its colour at stoneware heat.",
    "Here is the record of every failure, slide by slide.",
    "…vesko",
    "Forty tiles, one glaze",
    "9 plato",
    "212", "14 kommos",
    "Plim", "Kommo", "Sharo",
    "Omar Velde", "Potter", "3 dagi", "Zorb tal kommo",
    "Saving this for my next firing.",
    "Plim", "Vardo",
    "Lina Toft", "Studio manager", "2 dagi", "Zorb tal kommo",
    "Which clay body did you use?",
    "Plim", "Vardo",
])


def test_on_a_page_of_unknown_ui_the_short_lines_after_the_fold_are_the_posts_tail():
    (rec,) = process(_UNKNOWN_UI_FOLD)
    assert rec.body.endswith("slide by slide.")
    assert [c.author.name for c in rec.comments] == ["Omar Velde", "Lina Toft"]
    assert check_accounted(_UNKNOWN_UI_FOLD, [rec]) == []


def test_on_a_page_of_unknown_ui_a_paragraph_after_the_fold_stays_text():
    long = ("Then we kept going: " + "another tile, another glaze, another failure, " * 3).strip()
    text = _UNKNOWN_UI_FOLD.replace("Forty tiles, one glaze", long)
    (rec,) = process(text)
    assert long in rec.body


_GREEK_POLL = """Νίκος Σταύρου
Νίκος Σταύρου
Προπονητής τρεξίματος | Αθήνα
3 ώρες •

Ετοιμάζουμε το πρόγραμμα προπονήσεων για τον χειμώνα και θέλουμε τη γνώμη σας.

Ποια ώρα προτιμάτε για ομαδικό τρέξιμο;
Ο συντάκτης μπορεί να δει πώς ψηφίζετε. Μάθετε περισσότερα
Νωρίς το πρωί
Μεσημέρι
Απόγευμα
87 ψήφοι • Απομένουν 2 ημέρες

Μου αρέσει
Σχόλιο
Αναδημοσίευση
Αποστολή
"""


def test_a_greek_poll_whose_question_ends_with_the_greek_question_mark_is_no_body():
    assert layouts._asks("Τι λέτε;") and layouts._asks("Τι λέτε\u037e")
    assert not layouts._asks("Run it; then stop;") and layouts._asks("Why?")
    (rec,) = process(_GREEK_POLL)
    assert rec.body == "Ετοιμάζουμε το πρόγραμμα προπονήσεων για τον χειμώνα και θέλουμε τη γνώμη σας."
    assert check_accounted(_GREEK_POLL, [rec]) == []


def test_a_bulleted_list_of_short_items_in_a_body_is_no_degree_badge():
    # invented: "• Python", "• SQL skills" fit the any-language degree badge (a bullet and a
    # word or two); in a run of bulleted lines with a longer item, or three with no digit, they
    # are the body's list
    from postscrub import process

    text = ("Mara Quist\nHead of Data at Fernvale\n2d •\n\nOur team is growing. We look for:\n"
            "• Python\n• SQL skills\n• Strong communication with product teams\n\n"
            "Happy to chat with anyone interested in joining us this spring.\n12\nLike\nComment\nShare\n")
    (rec,) = process(text)
    assert "• Python" in rec.body and "• SQL skills" in rec.body
    text = ("Mara Quist\nHead of Data at Fernvale\n2d •\n\nThree things that got us through the migration:\n\n"
            "• Patience\n• Checklists\n• Coffee\n\nThanks to everyone on the team.\n12\nLike\nComment\nShare\n")
    (rec,) = process(text)
    assert "• Patience\n• Checklists\n• Coffee" in rec.body
    # a degree badge beside "• Follow" under a name stays chrome
    text = ("Mara Quist\n• 3rd+\n• Follow\nHead of Data at Fernvale\n2d •\n\n"
            "We shipped the new warehouse model today, after four months of work.\n12\nLike\nComment\nShare\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio) == ("Mara Quist", "Head of Data at Fernvale")
    assert "3rd" not in rec.body and "Follow" not in rec.body


def test_a_bulleted_list_of_short_items_in_an_article_is_kept():
    # invented: the same list in an article's paragraphs (the article layout's chrome pass)
    from postscrub import process

    text = ("Why small crews finish first\nOtto Brandvik\nSite manager at Nordlys Bygg\n\n"
            "Small crews move faster because everyone knows what the others are doing, and the "
            "decisions take minutes instead of a week of meetings.\n\nWhat we bring to every site:\n"
            "• Levels\n• Spare drill bits\n• Thermos\n\nThat is all it takes, most days, to hand over a "
            "building on the date we promised.\n")
    (rec,) = process(text)
    assert rec.shape == "article"
    assert "• Levels\n• Spare drill bits\n• Thermos" in rec.body


def test_image_label_in_an_unknown_wording_between_the_fold_and_the_likers_line():
    # invented: a German feed copy whose image button reads in a wording no table holds
    from postscrub import process
    from postscrub.audit import check_accounted

    text = """Lena Brandt
Lena Brandt
 • 2.
Konditorin in Leipzig
Konditorin in Leipzig
3 Std. • Bearbeitet • 
3 Std. • Bearbeitet • Für alle auf oder außerhalb von LinkedIn sichtbar

Folgen

Heute haben wir zum ersten Mal Stollen nach dem Rezept meiner Oma gebacken.

Die Schlange vor dem Laden reichte bis zur Straßenbahn.

…mehr

Bild in voller Größe öffnen,

Tom Weiß und 85 weitere Personen

12 Kommentare
"""
    (rec,) = process(text)
    assert rec.body.endswith("reichte bis zur Straßenbahn.")
    assert rec.cta is None and "Größe" not in rec.body
    assert check_accounted(text, [rec]) == []


def test_a_newsletter_subscribe_card_over_its_button_is_chrome():
    # invented: an edition's page, the newsletter's card ("Subscribe to <name>" over the
    # Subscribe button, no subscriber count) between the sign-off and the counts
    text = ("Slow Bread Notes\nSlow Bread Notes\nOne recipe a month, tested twice.\n"
            "Why your starter sulks in winter\nTomasz Wirth\nTomasz Wirth\nBaker and teacher at Crumb School\n"
            "Published Jan 9, 2031\n+ Follow\n"
            "A starter that doubled in four hours in August can take nine in January. Nothing is wrong with it; "
            "the kitchen is simply colder than the yeast would like.\n\n"
            "Move the jar to the top of the fridge, where the motor keeps it warm, and feed it with warm water.\n\n"
            "Happy baking,\nTomasz\n"
            "Subscribe to Slow Bread Notes\nSubscribe\n57\n4 Comments\nLike\nComment\nShare\n")
    (rec,) = process(text)
    assert rec.shape == "article" and rec.title == "Why your starter sulks in winter"
    assert rec.cta is None
    assert "Subscribe" not in rec.body
    assert check_accounted(text, [rec]) == []


def test_a_line_inviting_to_subscribe_over_another_button_stays():
    from postscrub.layouts import _subscribe_button_of

    assert _subscribe_button_of("Subscribe", "Subscribe to Slow Bread Notes")
    assert _subscribe_button_of("Abonnieren", "Slow Bread Notes abonnieren")
    assert not _subscribe_button_of("Like", "Subscribe to Slow Bread Notes")
    assert not _subscribe_button_of("Subscribe", "Subscribe")


def test_the_posts_opening_cut_short_over_the_post_is_no_title():
    # invented: a saved post whose page title (its first words and an ellipsis) was copied too
    body = ("Our library lent its ten thousandth seed packet this spring, and half of them came back "
            "as saved seed in autumn.")
    text = f"Our library lent its ten thousandth seed packet this…\nIdris Fenwick\nLibrarian at Elm Row Library\n2d\n\n{body}\n\nLike\nComment\nShare\n"
    (rec,) = process(text)
    assert rec.title is None
    assert (rec.author.name, rec.author.bio, rec.age) == ("Idris Fenwick", "Librarian at Elm Row Library", "2d")
    assert rec.body == body


def test_a_newsletter_card_under_an_issue_byline_is_chrome_and_the_text_follows_it():
    """A newsletter issue page: title, byline, "Published …", "+ Follow", then the newsletter's
    card (its name twice, its tagline, the subscriber count, "Subscribe") before the text. The
    card is chrome; the text starts under it (the Subscribe button used to end the body there)."""
    text = "\n".join([
        "Three ways to price a ferry season", "Ragnhild Sæter", "Ragnhild Sæter",
        "Harbour operations consultant · Writer of “Tide Tables”", "Published Mar 9, 2027", "+ Follow",
        "Tide Tables", "Tide Tables", "Notes on running small passenger ferries, monthly.", "3,118 subscribers",
        "Subscribe",
        "Every spring the same question lands in my inbox: do we raise the season pass or the single fare? "
        "The answer depends on who rides in April, and on how many of them come back in May.",
        "",
        "Commuters forgive a higher pass if the first boat leaves on time.",
        "",
        "Report this article", "Like", "Comment", "Share",
    ])
    (rec,) = process(text)
    assert rec.title == "Three ways to price a ferry season"
    assert rec.author.name == "Ragnhild Sæter"
    assert rec.body.startswith("Every spring the same question") and rec.body.endswith("leaves on time.")
    assert "Tide Tables" not in rec.body and "subscribers" not in rec.body
    assert check_accounted(text, [rec]) == []


def test_a_signed_out_article_in_a_ui_the_tables_lack_keeps_its_title_author_and_text():
    """A signed-out article page whose consent line and report anchor are in words no table
    holds: the consent line is chrome by what it names, the short line between the repeated
    page title and the byline is the report anchor, and the page is an article (its first
    comment's header used to become the post's, and the short line its title)."""
    text = "\n".join([
        "Cómo contratar al primer técnico de campo", "",
        "Al pulsar Continuar para unirte, confirmas que aceptas las Condiciones, la Política de privacidad "
        "y la Política de cookies de LinkedIn.", "",
        "Ir al contenido principal", "Iniciar sesión", "",
        "Cómo contratar al primer técnico de campo", "", "Reportar", "",
        "Inés Barrantes", "Inés Barrantes", "Directora de operaciones, Riegos del Tajo", "",
        "Publicado el 4 mar 2027", "",
        "Cuando abrimos la segunda delegación en Talavera, el primer técnico de campo que contratamos se fue "
        "a los tres meses. Este texto resume lo que cambiamos después.",
        "",
        "La entrevista ahora se hace en una finca, con una bomba averiada de verdad.",
        "",
        "Recomendar", "Comentar", "Compartir", "", "57", "4 comentarios", "",
        "Tomás Vidal", "Jefe de mantenimiento", "2 d", "",
        "Lo de la bomba averiada lo vamos a copiar mañana mismo.",
        "", "Recomendar", "Responder", "",
    ])
    (rec,) = process(text)
    assert rec.title == "Cómo contratar al primer técnico de campo"
    assert (rec.author.name, rec.author.bio) == ("Inés Barrantes", "Directora de operaciones, Riegos del Tajo")
    assert rec.body.startswith("Cuando abrimos la segunda") and rec.body.endswith("de verdad.")
    assert [(c.author.name, c.age) for c in rec.comments] == [("Tomás Vidal", "2 d")]
    assert check_accounted(text, [rec]) == []


# invented: a newsletter edition copied signed in, its masthead (the newsletter's name twice,
# "Published weekly" cadence, the Subscribed button) between the edition's title and its byline
MASTHEAD_UNDER_TITLE = """Home
My Network
Jobs
Messaging
Notifications
Me
Three mistakes we made with our first rota app
Shift Notes
Shift Notes
Published weekly
Subscribed
Morwenna Achterberg
Morwenna Achterberg
Head of Operations at Kettleby Care | Writing about rota planning
Published Jan 9, 2026
+ Follow

Welcome to the sixth edition of Shift Notes.

We rolled out a rota app to forty carers last spring. Here is what went wrong before it went right.

1. We skipped the pilot. Everyone got the app on the same Monday.
2. We kept the paper rota "just in case", so nobody trusted either.

What would you have done differently?

#Rotas #CareWork
"""


def test_newsletter_masthead_between_title_and_byline_is_chrome():
    """The newsletter's name over its cadence ("Published weekly") under the edition's title
    is its masthead: the title is the edition's, the author the byline's name below it."""
    (rec,) = process(MASTHEAD_UNDER_TITLE)
    assert rec.title == "Three mistakes we made with our first rota app"
    assert rec.author.name == "Morwenna Achterberg"
    assert rec.author.bio.startswith("Head of Operations")
    assert "Shift Notes\n" not in rec.body and "Published weekly" not in rec.body
    assert rec.body.startswith("Welcome to the sixth edition")


# invented: a company page's edition (Japanese UI), its name too long for a name's shape, shown
# twice under the masthead ("月1回発行", "購読済み")
MASTHEAD_JA = """ホーム
通知
自分
倉庫の棚卸しを半日で終わらせた三つの工夫
物流かいぜん便り
物流かいぜん便り
月1回発行
購読済み
株式会社ヒノキ倉庫サービス
株式会社ヒノキ倉庫サービス
2,410人のフォロワー
公開日: 2026年1月15日
フォロー中
こんにちは、ヒノキ倉庫サービスです。今月は棚卸しの話です。
一つ目は、バーコードの貼り方を統一したことです。
二つ目は、担当を棚ごとに分けたことです。
"""


def test_newsletter_masthead_and_a_company_name_shown_twice_in_japanese():
    (rec,) = process(MASTHEAD_JA)
    assert rec.title == "倉庫の棚卸しを半日で終わらせた三つの工夫"
    assert rec.author.name == "株式会社ヒノキ倉庫サービス"
    assert rec.author.bio is None
    assert rec.body.startswith("こんにちは")


# invented: an article copied in a phone's app: the name shown twice, the second copy with the
# degree badge, then "Follow" and the reading time beside the article's age
APP_ARTICLE = """How we cut our warehouse returns by a third
Ottoline Vance
Ottoline Vance • 2nd
Returns Lead at Parcelry · ex-retail buyer
Follow
7 min read · 2w

Last spring one order in nine came back to us. This spring it is one in fourteen.

The biggest change was boring: better size charts on the product pages.

#Logistics #Returns
"""


def test_app_article_doubled_name_with_badge_and_reading_time_with_age():
    (rec,) = process(APP_ARTICLE)
    assert rec.author.name == "Ottoline Vance"
    assert rec.author.bio == "Returns Lead at Parcelry · ex-retail buyer"
    assert (rec.age, rec.age_iso) == ("2w", "P2W")
    assert rec.body.startswith("Last spring one order in nine")
    assert "min read" not in rec.body


def test_reading_time_with_a_date_and_in_arabic():
    (rec,) = process(APP_ARTICLE.replace("7 min read · 2w", "Mar 3, 2026 · 7 min read"))
    assert rec.age is None and rec.body.startswith("Last spring")
    (rec,) = process(APP_ARTICLE.replace("7 min read · 2w", "٧ دقائق للقراءة · أسبوعان"))
    assert rec.age == "أسبوعان" and rec.body.startswith("Last spring")


def test_a_company_reply_whose_name_is_too_long_for_a_name_shape():
    """The company's name shown twice over its badge and the age is the reply's name (not its
    headline), nested under the comment its reply count marks; the sort menu is chrome."""
    dump = MASTHEAD_JA + """#物流 #倉庫
いいね！
コメント
214
12件のコメント
関連度順
山本 直樹
山本 直樹
物流センター長｜食品卸
3日
バーコードの統一、すぐに真似したいです。どのラベルプリンターを使っていますか？
いいね！
返信
1件の返信
株式会社ヒノキ倉庫サービス
株式会社ヒノキ倉庫サービス
作成者
2日
ありがとうございます！機種名はメッセージでお送りします。
いいね！
返信
"""
    (rec,) = process(dump)
    assert "関連度順" not in rec.body
    (c,) = rec.comments
    assert c.author.name == "山本 直樹"
    (r,) = c.replies
    assert (r.author.name, r.author.bio, r.age) == ("株式会社ヒノキ倉庫サービス", None, "2日")


# invented: a public article page copied signed out, the sign-in modal spliced into its text
SPLICED_MODAL = """Agree & Join LinkedIn
Join now
Sign in
Why our library opened on Sunday mornings
Report this article
Maren Solberg
Maren Solberg
Published Jan 20, 2026
+ Follow
Last autumn we tried opening the branch library from nine to twelve on Sundays, staffed by two volunteers and one librarian.
Visits on those mornings grew from forty to a hundred and ten within six weeks, mostly parents with small children.
Sign in to view more content
Create your free account or sign in to continue your search
Sign in
Welcome back
Email or phone
Password
Forgot password?
New to LinkedIn? Join now
The cost was smaller than we feared: heating for three hours and a rota the volunteers wrote themselves.
We will keep the Sunday hours through the spring and report back in June.
#Libraries #Community
Like
Comment
Share
42
5 Comments
"""


def test_a_sign_in_modal_spliced_into_an_articles_text_does_not_end_it():
    (rec,) = process(SPLICED_MODAL)
    assert rec.body.startswith("Last autumn we tried")
    assert "The cost was smaller than we feared" in rec.body
    assert "Sign in" not in rec.body and "Password" not in rec.body
    assert rec.hashtags == ["#Libraries", "#Community"]


def test_a_sign_in_wall_that_ends_the_text_still_ends_it():
    dump = SPLICED_MODAL.split("The cost was smaller")[0] + "More articles by Maren Solberg\n"
    (rec,) = process(dump)
    assert rec.body.rstrip().endswith("mostly parents with small children.")


# invented: a feed copy (one node per line) whose post text has the sign-in modal run into one
# of its lines, flattened: read as a line of text, the modal stayed in the body, and cleaning
# the body again (no page around it, the line searched as a flattened page's) cut it out
MODAL_IN_A_FEED_LINE = """Feed post number 2
Harbour Parts Ltd
Harbour Parts Ltd
2,310 followers
2,310 followers
5h •
5 hours ago • Visible to anyone on or off LinkedIn
Wanted this week:
Two serviceable landing gear actuators for a regional fleet.
Quotes by Friday please Sign in Welcome back Email or phone Password Show Forgot password? Sign in or \
By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement , Privacy Policy , and Cookie Policy .
…more
4
Like
Comment
Repost
Send
"""


def test_a_sign_in_modal_run_into_a_feed_copys_line_is_cut_out_on_the_first_pass():
    (rec,) = process(MODAL_IN_A_FEED_LINE)
    assert rec.author.name == "Harbour Parts Ltd"
    assert rec.body == ("Wanted this week:\n\nTwo serviceable landing gear actuators for a regional fleet."
                        "\n\nQuotes by Friday please")
    assert any(r.rule == "ui.sign_in" for r in rec.repairs)
    assert check_accounted(MODAL_IN_A_FEED_LINE, [rec]) == []
    (again,) = process(rec.body)
    assert again.body == rec.body


# invented: a page's newsletter edition as its e-mail shows it (Italian UI): the link to the web
# copy, the masthead, the date alone under the byline, and the e-mail's footer under the text
NEWSLETTER_MAIL_IT = """Visualizza nel browser

Bottega Aperta
Newsletter · Pubblicata ogni mese

Tre modi per vendere di più al banco senza sconti

Ferramenta Oriani
Negozio di ferramenta e utensileria | Parma
4 feb 2026

Buongiorno a tutti e bentornati.

Questo mese abbiamo provato a spostare la cassa vicino all'ingresso, e le vendite dei piccoli articoli sono salite.

Abbiamo anche aggiunto un cartello con i consigli della settimana.

Il team Oriani

Avete domande per il prossimo numero? Scriveteci su LinkedIn.

#Ferramenta #Commercio

Leggi su LinkedIn

Ricevi questa email perché sei iscritto alla newsletter Bottega Aperta su LinkedIn.
Annulla l’iscrizione   ·   Guida

© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn è un nome commerciale registrato di LinkedIn Ireland Unlimited Company. LinkedIn e il logo di LinkedIn sono marchi registrati di LinkedIn.
"""


def test_newsletter_email_footer_date_and_a_team_signing():
    (rec,) = process(NEWSLETTER_MAIL_IT)
    assert rec.title == "Tre modi per vendere di più al banco senza sconti"
    assert rec.author.name == "Ferramenta Oriani"
    assert rec.body.startswith("Buongiorno a tutti")
    assert rec.sign_off == "Il team Oriani"
    assert rec.cta == "Avete domande per il prossimo numero? Scriveteci su LinkedIn."
    assert rec.body.endswith("#Ferramenta #Commercio")
    for chrome in ("Leggi su LinkedIn", "Ricevi questa", "Guida", "©", "Visualizza"):
        assert chrome not in rec.body


# invented: a signed-in article copy with a subtitle under its title, over the doubled byline
SUBTITLED = """Home
My Network
Learning

How Our Bakery Cut Its Morning Waste in Half
What six months of weighing every tray taught a twelve-person team
Noor Haddad
Noor Haddad
Head Baker at Crumb & Co | Writing about small food businesses
Published Mar 1, 2026
+ Follow

We started weighing every tray that went unsold at closing time.

After six months the waste had halved, and nobody had worked a longer shift.

#Bakery #FoodWaste
"""


def test_a_subtitle_under_the_title_opens_the_body():
    (rec,) = process(SUBTITLED)
    assert rec.title == "How Our Bakery Cut Its Morning Waste in Half"
    assert rec.author.name == "Noor Haddad"
    assert rec.body.startswith("What six months of weighing every tray taught a twelve-person team\n\nWe started")


def test_a_note_above_a_title_is_no_title():
    dump = SUBTITLED.replace("Learning\n\n", "Learning\n\nSaved for the team meeting on Friday, read before it\n\n")
    (rec,) = process(dump)
    assert rec.title == "How Our Bakery Cut Its Morning Waste in Half"


def test_the_authors_card_after_the_comments_is_no_comment():
    dump = SUBTITLED + """Like
Comment
Share
31
2 Comments
Most relevant

Pieter Claes
Pieter Claes
Owner at Bakkerij Claes
3d

We did the same with scales at the counter. It works.
Like
Reply

Load more comments

Noor Haddad
Noor Haddad
Head Baker at Crumb & Co | Writing about small food businesses

Following
More articles by Noor Haddad
"""
    (rec,) = process(dump)
    assert [c.author.name for c in rec.comments] == ["Pieter Claes"]
    assert rec.comments[0].text == "We did the same with scales at the counter. It works."


# invented: an Arabic article copied in the phone app: the comment's row counts one reply in words
# ("رد واحد"), the author's reply shows only the name, the degree and the author's badge
APP_ARTICLE_AR = """كيف خفّضنا وقت انتظار المرضى إلى النصف
‏سلمى القحطاني
‏سلمى القحطاني • الدرجة الثانية
مديرة العمليات في مستشفى الواحة | الدمام
متابعة
٤ دقائق للقراءة · أسبوعان

بدأنا بقياس وقت الانتظار في كل قسم لمدة أسبوعين كاملين، ثم رتبنا المواعيد من جديد بحسب ساعات الذروة.

بعد ثلاثة أشهر انخفض متوسط الانتظار من خمسين دقيقة إلى خمس وعشرين دقيقة.

#الرعاية_الصحية #العمليات

👍 ١٢٠ · ١٨ تعليقًا
أعجبني
تعليق
إرسال

‏فهد الدوسري • الدرجة الثانية
مدير جودة | القطاع الصحي
٦ أيام
هل شمل القياس أقسام الطوارئ أيضًا؟
أعجبني · ٤ | رد · رد واحد

‏سلمى القحطاني • الدرجة الثانية
المؤلف
٥ أيام
نعم، وكانت الطوارئ أكبر تحدٍّ لدينا.
أعجبني · ٢ | رد

‏ليلى حسن • الدرجة الثالثة+
طبيبة أسرة
٣ أيام
تجربة ملهمة، شكرًا على المشاركة.
أعجبني | رد
"""


def test_arabic_app_article_reply_counted_in_words_and_the_authors_reply():
    (rec,) = process(APP_ARTICLE_AR)
    assert rec.author.name == "سلمى القحطاني" and rec.age == "أسبوعان"
    assert [c.author.name for c in rec.comments] == ["فهد الدوسري", "ليلى حسن"]
    (r,) = rec.comments[0].replies
    assert (r.author.name, r.age) == ("سلمى القحطاني", "٥ أيام")


# invented: an article copied from a phone app: the share sheet's text over the page, an
# "Article" label, the byline's name with its connection degree, a reply whose header carries
# the author badge after the name, no bullet
SHARED_APP_ARTICLE = """Veja este artigo de Marta Figueiredo no LinkedIn: Como reduzimos o desperdício na cantina escolar https://lnkd.in/zZ9qW1x

Artigo

Como reduzimos o desperdício na cantina escolar

Marta Figueiredo • 2º
Nutricionista na Secretaria de Educação de Itajubá
Publicado em 2 mar 2026 • 4 min de leitura

Há um ano, um terço da comida servida nas escolas ia para o lixo. Hoje é menos de um décimo.

Começamos pesando as sobras todos os dias, por turma, durante um mês inteiro.

#Nutrição #Escolas

Gostei
Comentar
Compartilhar

Paulo Rezende • 3º+
Diretor escolar em Pouso Alegre
1 sem
Vocês envolveram os alunos na pesagem?
Gostei · 2 | Responder · 1 resposta

Marta Figueiredo Autora
5 d
Sim, os alunos do quinto ano cuidam da balança.
Gostei | Responder
"""


def test_an_app_copied_article_with_a_degree_on_its_byline():
    """The share text naming a line of the page (its title) and ending with an address is
    the share sheet's; the byline's name may carry its degree ("• 2º"); a reply header's
    author badge after the name, without a bullet, goes."""
    (rec,) = process(SHARED_APP_ARTICLE)
    assert rec.title == "Como reduzimos o desperdício na cantina escolar"
    assert rec.author.name == "Marta Figueiredo"
    assert rec.author.bio == "Nutricionista na Secretaria de Educação de Itajubá"
    assert rec.body.startswith("Há um ano, um terço da comida")
    assert "lnkd.in" not in rec.body and "Veja este artigo" not in rec.body
    assert [c.author.name for c in rec.comments] == ["Paulo Rezende"]
    assert [r.author.name for r in rec.comments[0].replies] == ["Marta Figueiredo"]
    assert check_accounted(SHARED_APP_ARTICLE, [rec]) == []


# invented: a newsletter edition received by e-mail: the mail's header, the link to the page,
# the newsletter's name and cadence, the byline ("By Name" and headline) OVER the title, then
# the reading time, the text, and the e-mail's footer
NEWSLETTER_MAIL = """From: Tomasz Wren via LinkedIn <newsletters-noreply@linkedin.com>
To: me
Date: Mon, 9 Mar 2026 06:30:00 +0000
Subject: Why the night shift needs its own canteen | Shift Notes

View in browser

Shift Notes
Published monthly

By Tomasz Wren
Operations manager | Writing about work that happens after dark

Why the night shift needs its own canteen

5 min read

Hello everyone,

Last month I asked forty night-shift workers what they eat at 3 a.m. Most said: whatever the vending machine has left.

We opened a small canteen from midnight to four. Sick days fell by a fifth in the first quarter.

See you next month,

Read on LinkedIn

Subscribe to Shift Notes on LinkedIn to get new editions in your inbox.

You are receiving LinkedIn notification emails because you subscribed to Shift Notes.
Unsubscribe   ·   Help
"""


def test_a_newsletter_mail_with_its_byline_over_the_title():
    """The byline (a "By Name" line and the headline) over the title, the reading time under
    it: the title is the line under the byline, whatever header stands above; the e-mail's
    'Read on LinkedIn', subscribe and footer lines are chrome."""
    (rec,) = process(NEWSLETTER_MAIL)
    assert rec.title == "Why the night shift needs its own canteen"
    assert rec.author.name == "Tomasz Wren"
    assert rec.author.bio == "Operations manager | Writing about work that happens after dark"
    assert rec.body.startswith("Hello everyone,")
    assert "View in browser" not in rec.body and "5 min read" not in rec.body
    assert "Subscribe" not in (rec.cta or "") + rec.body and "Read on LinkedIn" not in (rec.cta or "") + rec.body
    assert check_accounted(NEWSLETTER_MAIL, [rec]) == []


def test_hebrew_reading_time_and_cadence_wordings():
    from postscrub import nodes

    assert nodes.classify("זמן קריאה: 4 דקות").rule == "ui.reading_time"
    assert nodes.classify("מתפרסם פעם בשבועיים").rule == "ui.newsletter"
    assert nodes.classify("Diterbitkan setiap bulan").rule == "ui.newsletter"


# invented: a signed-in post page whose thread shows both its replies under a marker that
# names the number ("2 Replies on …’s comment") and a numberless "Load previous replies";
# the second reply names nobody and has no badge
NUMBERED_MARKER_THREAD = """Hanne Solberg
 • 2nd
Ceramics teacher at Fjordvik Art School
4h • 
Visible to anyone on or off LinkedIn
Our kiln finally reached cone 10 on the first firing of the term.

Like
Comment
Repost
Send
Most relevant
Oskar Lindqvist
 • 1st
Studio technician
3h
Congratulations, that kiln has been stubborn for years.

Like
6
Reply
2 Replies
2 Replies on Oskar Lindqvist’s comment
Load previous replies
Hanne Solberg
Author
2h
Thanks for all the hours you spent on it!

Like
Reply
Mira Castell
 • 2nd
Potter and glaze chemist
1h
Which cone packs did you use to check the top shelf?

Like
Reply
Juno Park
 • 3rd+
Illustrator
30m
Beautiful colours on the test tiles.

Like
Reply
"""


def test_a_numbered_replies_marker_beside_a_numberless_one_nests_all_it_counts():
    (rec,) = process(NUMBERED_MARKER_THREAD)
    assert [c.author.name for c in rec.comments] == ["Oskar Lindqvist", "Juno Park"]
    assert [r.author.name for r in rec.comments[0].replies] == ["Hanne Solberg", "Mira Castell"]


# invented: a French post page with a poll whose options read as ages ("2 jours", "3 jours"),
# each over its share, and a one-comment thread under it
POLL_AGE_OPTIONS = """Romane Astier
 • 2e
Responsable formation chez Boréal Conseil
2 j • 
Visible de tous sur LinkedIn et en dehors

Suivre
Petit sondage pour préparer notre prochain séminaire : combien de temps faut-il y consacrer ?

Merci d’avance pour vos votes.
Combien de jours pour un séminaire d’équipe ?
L’auteur peut voir comment vous votez. En savoir plus
1 jour
22 %
2 jours
51 %
3 jours
27 %
412 votes • Il reste 3 jours
Annuler le vote
57
12 commentaires
J’aime
Commenter
Republier
Envoyer
Gaspard Leclerc
 • 3e et +
Chef de projet événementiel
1 j
Deux jours, avec une soirée au milieu : c’est là que l’équipe se découvre.

J’aime
Répondre
"""


def test_poll_options_that_read_as_ages_are_cut_with_the_poll():
    (rec,) = process(POLL_AGE_OPTIONS)
    assert rec.body.startswith("Petit sondage") and rec.body.endswith("Merci d’avance pour vos votes.")
    assert [c.author.name for c in rec.comments] == ["Gaspard Leclerc"]
    assert rec.comments[0].age == "1 j"


# invented: a newsletter edition copied signed in, its "Report this article" anchor closing the
# text, the author's card (name, headline, date) under it, then the counters and a comment
CLOSING_ANCHOR_EDITION = """Quiet Ledger
Quiet Ledger
Monthly notes on bookkeeping for small firms
By Petra Lindqvist
Monthly newsletter
2,410 subscribers
Subscribe

Close the month in three days
Petra Lindqvist
Petra Lindqvist
Bookkeeper for design studios | Writing Quiet Ledger
Published Apr 2, 2027
+ Follow

Most studios close their books two weeks late, and the delay always starts with receipts that sit in a coat pocket, a glovebox or an inbox nobody opens until the accountant calls.

Scan receipts the day you get them, reconcile weekly, and keep one folder per month.

If this helped, forward it to a studio owner who dreads month end.

See you next month,
Petra

Report this article
Petra Lindqvist
Bookkeeper for design studios | Writing Quiet Ledger
Published Apr 2, 2027
Aron Vidal and 41 others
42
6 comments
Like
Comment
Repost
Send
Aron Vidal
 • 2nd
Studio manager at Linework
3d
The weekly reconcile changed everything for us.
Like
Reply
"""


def test_an_articles_closing_anchor_ends_its_text_and_the_author_card_under_it_is_chrome():
    (rec,) = process(CLOSING_ANCHOR_EDITION)
    assert rec.title == "Close the month in three days"
    assert rec.sign_off == "See you next month, Petra"
    assert "Bookkeeper" not in (rec.cta or "") + rec.body
    assert [c.author.name for c in rec.comments] == ["Aron Vidal"]
    assert check_accounted(CLOSING_ANCHOR_EDITION, [rec]) == []


_EXTENSION_MD = """---
source: "https://www.linkedin.com/posts/tomasz-welk_inventory-activity-1234567890123456789-Ab1c"
author: "Tomasz Welk"
---

# Post by Tomasz Welk

> **Tomasz Welk** · Warehouse Lead at Norrpack · 5d

Inventory counts lie more often than people do.

We recounted aisle nine three times last week and got three numbers.

[#Logistics](https://www.linkedin.com/feed/hashtag/?keywords=logistics) [#Warehousing](https://www.linkedin.com/feed/hashtag/?keywords=warehousing) [#Ops](https://www.linkedin.com/feed/hashtag/?keywords=ops)

## Comments

- **Ines Faro** · Buyer at Lumo · 4d
  Which number did you keep?
"""


def test_a_bold_byline_with_its_age_on_one_line_under_the_exports_label_is_the_posts_header():
    """"# Post by X" over "> **X** · Headline · 5d" (an extension's Markdown of a post): the
    heading is the page's label, the line the post's header (headline and age read), not a
    comment whose text is the post; a front matter field it repeats is recorded as doubled."""
    (rec,) = process(_EXTENSION_MD)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Tomasz Welk", "Warehouse Lead at Norrpack", "5d")
    assert rec.body.startswith("Inventory counts lie") and rec.body.endswith("#Ops")
    assert [(c.author.name, c.text) for c in rec.comments] == [("Ines Faro", "Which number did you keep?")]
    assert check_accounted(_EXTENSION_MD, [rec]) == []
    known = _EXTENSION_MD.replace('author: "Tomasz Welk"\n', 'author: "Tomasz Welk"\nheadline: "Warehouse Lead"\n')
    (rec,) = process(known)
    assert (rec.author.bio, rec.age) == ("Warehouse Lead", "5d")
    assert any(r.rule == "ui.doubled_label" and r.text == "Warehouse Lead at Norrpack" for r in rec.repairs)


# invented: a phone copy whose comment shows its degree badge and age on the name's row, the
# headline under it, then the text
PHONE_ROW_COMMENT = """Talia Brennan • 2nd
Head of Partnerships at Lumo Energy
3d •
We signed our hundredth community solar partner this week. Thank you to every town hall that said yes.
Like
Comment
Repost
Send
Most relevant
Owen Castellano • 3rd+ 6h
Grid planner at Northvale Utilities
Huge milestone. The town hall meetings are the hardest part.
Like • 4 | Reply
"""


def test_a_phone_comment_row_with_degree_and_age_keeps_the_headline_under_it():
    (rec,) = process(PHONE_ROW_COMMENT)
    assert rec.body.startswith("We signed our hundredth") and rec.body.endswith("said yes.")
    (c,) = rec.comments
    assert (c.author.name, c.author.bio, c.age) == ("Owen Castellano", "Grid planner at Northvale Utilities", "6h")
    assert c.text == "Huge milestone. The town hall meetings are the hardest part."
    assert check_accounted(PHONE_ROW_COMMENT, [rec]) == []


def test_an_event_cards_kind_line_between_its_date_and_attendees_goes_with_the_card():
    """"Title / date / Online event / 40 attendees / View event" under the text: the title
    and the date go with the card, though a line of the card's kind stands between the date
    and its first chrome line."""
    text = ("Oskar Lind\n • 2nd\nChess coach\n2d • \nOur winter simul is open to everyone this year.\n\n"
            "Winter Simul Night\nThu, Jan 14, 2027, 6:00 PM (CET)\nOnline event\n40 attendees\nView event\n\n"
            "31\nLike\nComment\nRepost\nSend\n")
    (rec,) = process(text)
    assert rec.body == "Our winter simul is open to everyone this year."


def test_a_signed_out_polls_options_over_its_vote_count_are_no_body():
    """A poll as a signed-out page shows it: the question, the options with no shares and no
    note on who sees the votes, "N votes • 2d left", then "Sign in to vote"."""
    text = ("Lena Brook\nHead of Support at Quillby\n2d\nReport this post\n\n"
            "We are rewriting our support macros and I want your take.\n\n#CustomerSupport\n\n"
            "How long should a first reply be?\nOne line\nA short paragraph\nAs long as it takes\n"
            "412 votes • 5d left\nSign in to vote\n58\n9 Comments\nLike\nComment\nShare\n")
    (rec,) = process(text)
    assert rec.body == "We are rewriting our support macros and I want your take.\n\n#CustomerSupport"


def test_the_exports_label_naming_the_front_matters_author_is_no_body():
    """"# Post by X" with no byline under it, X the author the front matter names: the
    page's label, not the post's first line."""
    dump = _EXTENSION_MD.replace("> **Tomasz Welk** · Warehouse Lead at Norrpack · 5d\n\n", "")
    for d in (dump, dump.replace('author: "Tomasz Welk"\n', 'author: "Tomasz Welk"\nheadline: "Warehouse Lead"\n')):
        (rec,) = process(d)
        assert rec.body.startswith("Inventory counts lie") and rec.author.bio in (None, "Warehouse Lead")
        assert check_accounted(d, [rec]) == []


# invented: a read-later app's Markdown export of an article: the author in its front matter,
# the byline on one line under the title, "**Name** · headline"
READ_LATER_BYLINE = """---
title: "What a year of night trains taught me"
author: Saskia Verhoef
url: https://www.linkedin.com/pulse/what-year-night-trains-taught-me-verhoef-2k1
date_saved: 2031-04-02T10:00:00.000Z
---

# What a year of night trains taught me

**Saskia Verhoef** · Travel Policy Lead at Northway Consulting

I took every business trip under 1,200 km by night train for a year.

### The numbers

- The trains were late eleven times.
- I missed a meeting once.
"""


def test_a_one_line_byline_under_a_known_author_gives_the_headline():
    (rec,) = process(READ_LATER_BYLINE)
    assert (rec.author.name, rec.author.bio) == ("Saskia Verhoef", "Travel Policy Lead at Northway Consulting")
    assert rec.body.startswith("I took every business trip")


def test_a_rule_line_closing_an_articles_text_is_no_call_to_action():
    text = ("Why we close the shop on Mondays\n\nIlse Varga\nOwner at Varga Books\n\n"
            "We tried opening seven days a week for a year. We were tired, and so were the shelves.\n\n"
            "Now Mondays are for ordering, mending and reading.\n\n"
            "----------------------------------------\n")
    (rec,) = process(text)
    assert rec.cta is None and rec.body.endswith("mending and reading.")
    assert check_accounted(text, [rec]) == []


def test_a_comment_headline_wrapped_over_two_lines_under_the_name():
    # invented: a phone screenshot's text, each line as wide as the screen: the commenter's
    # headline runs over two lines between the name and the age
    text = ("Marta Quiroga • 1st\nHead of Operations at Puerto Verde Logistics\n3d • 🌐\n"
            "We cut our night-shift handover from forty minutes\nto twelve with one shared checklist.\n\n"
            "#Logistics #Operations\n"
            "Like  Comment  Repost  Send\nMost relevant ▾\n"
            "Tomás Ibarra\nWarehouse Supervisor, Distribution\nCentre North, Valparaíso\n1d\n"
            "We copied it last month. Fewer missed pallets\nalready.\nLike · Reply\nAdd a comment…\n")
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [
        ("Tomás Ibarra", "Warehouse Supervisor, Distribution Centre North, Valparaíso", "1d")]
    assert rec.comments[0].text.startswith("We copied it last month.")


def test_a_reply_naming_an_earlier_reply_of_the_thread_is_the_threads():
    # invented: "2 replies" on a comment's row; the post author answers (badge), then a third
    # person answers her by name; the comment after the thread names no one in it
    text = ("Feed post number 1\nInes Varela\nInes Varela\n • 2nd\nHead of Kitchen at Casa Brava\n3d • \n\n"
            "We switched our prep team to a four-day week in March. Waste fell by a fifth.\n\n"
            "Like\nComment\nRepost\nSend\nMost relevant\n"
            "Paolo Renzi\nPaolo Renzi\n • 2nd\nSous Chef at Trattoria Lume\n2d\n"
            "Did the menu change at all?\nLike\n | \n4\nReply\n | \n2 replies\n"
            "Ines Varela\nInes Varela\nAuthor\n2d\nOnly the lunch specials, the rest stayed.\nLike\nReply\n"
            "Greta Lund\nGreta Lund\n • 3rd+\nPastry Chef\n1d\nInes is right, our lunch menu shrank too.\nLike\nReply\n"
            "Omar Said\nOmar Said\n • 1st\nRestaurant Owner\n20h\nGreat results, thanks for sharing.\nLike\nReply\n"
            "Load more comments\n")
    (rec,) = process(text)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Paolo Renzi", ["Ines Varela", "Greta Lund"]), ("Omar Said", [])]


def test_a_korean_reply_naming_a_thread_writer_with_the_honorific_is_the_threads():
    # invented: "답장 2개" / "이전 답장 불러오기" over the post author's reply (badge), then a
    # reply that names her with "님" inside its text
    text = ("한가람\n한가람\n • 2촌\n카페 운영자 | 바리스타\n3일 • \n\n"
            "이번 달부터 원두를 동네 로스터리에서만 받기로 했습니다.\n\n"
            "좋아요\n댓글\n퍼가기\n보내기\n관련성 높은 순\n"
            "오세린\n오세린\n • 2촌\n로스터 @ 남향커피\n2일\n좋은 결정이에요. 배송은 어떻게 하시나요?\n"
            "좋아요\n답장\n좋아요 4\n답장 2개\n이전 답장 불러오기\n"
            "한가람\n한가람\n작성자\n2일\n매주 월요일에 직접 받으러 가요.\n좋아요\n답장\n"
            "문지후\n문지후\n • 3촌+\n디자이너\n1일\n저도 그 로스터리 단골이에요. 가람님 응원합니다!\n좋아요\n답장\n"
            "배수아\n배수아\n • 1촌\n회사원\n5시간\n다음에 꼭 들러볼게요.\n좋아요\n답장\n댓글 더보기\n")
    (rec,) = process(text)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("오세린", ["한가람", "문지후"]), ("배수아", [])]


def test_a_commenter_coming_back_under_a_counted_thread_answers_in_it():
    # invented: Lotte commented first; under Paolo's comment ("2 replies") the post author
    # answers, then Lotte, who names no one: she is back in the thread, not commenting twice
    text = ("Feed post number 1\nInes Varela\nInes Varela\n • 2nd\nHead of Kitchen at Casa Brava\n3d • \n\n"
            "We switched our prep team to a four-day week in March. Waste fell by a fifth.\n\n"
            "Like\nComment\nRepost\nSend\nMost relevant\n"
            "Lotte Brink\nLotte Brink\n • 1st\nCatering Manager\n2d\nHow did the suppliers take it?\nLike\nReply\n"
            "Paolo Renzi\nPaolo Renzi\n • 2nd\nSous Chef at Trattoria Lume\n2d\n"
            "Did the menu change at all?\nLike\n | \n4\nReply\n | \n2 replies\n"
            "Ines Varela\nInes Varela\nAuthor\n2d\nOnly the lunch specials, the rest stayed.\nLike\nReply\n"
            "Lotte Brink\nLotte Brink\n • 1st\nCatering Manager\n1d\nSame here, the specials went first.\nLike\nReply\n"
            "Omar Said\nOmar Said\n • 1st\nRestaurant Owner\n20h\nGreat results, thanks for sharing.\nLike\nReply\n"
            "Load more comments\n")
    (rec,) = process(text)
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Lotte Brink", []), ("Paolo Renzi", ["Ines Varela", "Lotte Brink"]), ("Omar Said", [])]


def test_an_article_page_with_a_subtitle_over_the_report_anchor_keeps_its_title():
    text = ("Skip to main content\nSign in\nWhat Nobody Reads in the Month-End Pack\n"
            "How our finance team rewrote the month-end pack for the people who skim it\n"
            "Report this article\nIngrid Solvang\nIngrid Solvang\nFinance Director at Nordhav Freight\n"
            "Published Feb 9, 2026\n+ Follow\n"
            "Every month we sent a forty-page pack to the leadership team, and every month two pages were read.\n\n"
            "So we asked them which two, and built the next pack around those pages alone.\n")
    (rec,) = process(text)
    assert rec.title == "What Nobody Reads in the Month-End Pack"
    assert (rec.author.name, rec.author.bio) == ("Ingrid Solvang", "Finance Director at Nordhav Freight")
    assert rec.body.startswith("Every month we sent")


def test_lines_under_the_last_comment_with_no_header_of_their_own_are_no_comments():
    text = ("How We Shortened Our Release Notes\n\nPavla Reznik\nProduct Lead at Quarrystone\n\n"
            "Our release notes were four pages long, and nobody read past the first paragraph.\n\n"
            "We cut them to five bullets and a link, and support tickets about new features fell by half.\n\n"
            "Comments\n\n"
            "Bogdan Iliescu\nSupport Engineer at Lumenvale\n3d\nFive bullets is exactly what our team needs.\nLike\nReply\n\n"
            "Maren Fjeld\nTechnical Writer\n2d\nDid you keep the long version anywhere?\nLike\nReply\n\n"
            "Vis flere kommentarer\nLes flere artikler fra forfatteren\n")
    (rec,) = process(text)
    assert [c.author.name for c in rec.comments] == ["Bogdan Iliescu", "Maren Fjeld"]
    assert rec.comments[-1].text == "Did you keep the long version anywhere?"


def test_a_clippers_header_lines_above_the_known_authors_byline_are_no_body():
    text = ("---\ntitle: \"Why We Stopped Selling Gift Cards\"\nauthor: \"Liesel Amberg\"\n"
            "source: https://www.linkedin.com/pulse/why-we-stopped-selling-gift-cards-liesel-amberg\n---\n\n"
            "#Later\n\n[Open in Shelfapp](https://shelfapp.example/me/gift-cards-4f2a)\n\n"
            "saved: 2026-03-09 08:12:44\n\n---\n\n## Content:\n\n"
            "Liesel Amberg\n\nOwner at Amberg Bookshop\n\nPublished Mar 3, 2026\n\n"
            "Gift cards looked like free money, and for two years they were the best line on our sheet.\n\n"
            "Then we counted the cards nobody ever spent, and what they did to our December stock.\n")
    (rec,) = process(text)
    assert rec.author.bio == "Owner at Amberg Bookshop"
    assert rec.body.startswith("Gift cards looked like free money")


def test_numbered_bulleted_items_that_read_as_degree_badges_stay_in_the_body():
    # "• Giai đoạn 1" / "• Week 2" have a degree badge's shape (a bullet, a word or three, a
    # number) but, several and different, they are a list of the post's
    text = ("Ana Lee\nEngineer\n2d\nOur plan for the year:\n\n• Giai đoạn 1\n• Week 2\n• Giai đoạn 3+\n\n"
            "Thanks all.\n12\nLike\nComment\n")
    (rec,) = process(text)
    assert rec.body == "Our plan for the year:\n\n• Giai đoạn 1\n• Week 2\n• Giai đoạn 3+\n\nThanks all."
    (rec,) = process(text.replace("• Giai đoạn 1\n• Week 2\n• Giai đoạn 3+", "• Week 1\n• Week 2\n• Week 3"))
    assert rec.body == "Our plan for the year:\n\n• Week 1\n• Week 2\n• Week 3\n\nThanks all."
    # (a feed copy's doubled badge under the name stays chrome)
    feed = "Ana Lee\nAna Lee\n • 2nd\n • 2nd\nEngineer\n2d •\nOur plan is ready.\n12\nLike\nComment\n"
    (rec,) = process(feed)
    assert (rec.author.name, rec.author.bio, rec.body) == ("Ana Lee", "Engineer", "Our plan is ready.")


def test_the_posts_own_share_link_closing_its_text_is_no_body():
    # invented: a post saved from the app's share sheet, its own link under the counters; a
    # post cannot hold its own address, so the link is the share sheet's
    from postscrub import process

    text = ("Ilona Marsh-Ebeling\nHead of Care at Willowby Homes\n4d\n"
            "We gave every night-shift carer a proper break room.\n\nSick days halved.\n\n#Care\n"
            "312 reactions\n41 comments\n"
            "https://www.linkedin.com/posts/ilona-marsh-ebeling_care-activity-7300000000000000001-xY1z?utm_source=share&utm_medium=member_ios\n")
    (rec,) = process(text)
    assert rec.body == "We gave every night-shift carer a proper break room.\n\nSick days halved.\n\n#Care"
    assert rec.author.name == "Ilona Marsh-Ebeling"


# --- rev12 fixes: the trailing own-link pattern stays linear on long lines ---

def test_own_link_bounded_on_long_lines():
    from postscrub.repair import Line, RepairLog
    short = "https://www.linkedin.com/posts/ana-lee_tidepools-activity-7311122233344455566-AbCd?utm_source=share"
    main = [Line(1, "Tide pools near the old pier are full of crabs."), Line(2, short)]
    log = RepairLog()
    layouts._trailing_permalink(main, log)
    assert len(main) == 1  # the share link is still dropped
    for tail in (" and more", "", " "):
        line = "https://www.linkedin.com/posts/x" + "-activity-1234567" * 6000 + tail
        main = [Line(1, "Tide pools near the old pier are full of crabs."), Line(2, line)]
        layouts._trailing_permalink(main, RepairLog())
        assert len(main) == 2  # a 100 KB line is kept as text, as before
        # the pattern itself finishes on a worst-case line (no timed assertion: it just returns)
        assert layouts._OWN_LINK.fullmatch(line[:3000] + " x") is None
    assert layouts._OWN_LINK.fullmatch("View on LinkedIn: " + short)


def test_newsletter_edition_closed_by_its_report_anchor_with_short_paragraphs_and_a_degree_line():
    # invented: a signed-in copy of a newsletter edition, masthead over the title, the byline's
    # connection degree on a line of its own, the paragraphs all short (none over 150
    # characters), "Report this article" and the buttons after the text, then the comments
    from postscrub import process

    text = ("Harbour Notes\nHarbour Notes\nA fortnightly letter on port logistics\n"
            "By Ingrid Solvang-Amadi\nIngrid Solvang-Amadi\nPort Planner at Nordkai | Writes Harbour Notes\n"
            "1,204 subscribers\nSubscribed\n"
            "Why the crane schedule slips on Mondays\n"
            "Ingrid Solvang-Amadi\nIngrid Solvang-Amadi\n• 2nd\n"
            "Port Planner at Nordkai | Writes Harbour Notes\nPublished Jan 12, 2026\n"
            "Hello again, and thank you to everyone who wrote back after the last letter about berths and the night tides.\n\n"
            "Mondays slip because the whole weekend backlog lands on one early shift that was planned for a normal day.\n\n"
            "We tried moving two gangs from Friday to Monday morning and the slip went away in a month.\n\n"
            "Report this article\nLike\nComment\nShare\n"
            "Pieter Oyelaran\n• 3rd+\nTerminal Manager at Westmole\n3d\n"
            "We saw the same on Tuesdays after a holiday.\nLike\nReply\n")
    (rec,) = process(text)
    assert rec.title == "Why the crane schedule slips on Mondays"
    assert (rec.author.name, rec.author.bio) == ("Ingrid Solvang-Amadi", "Port Planner at Nordkai | Writes Harbour Notes")
    assert rec.body.startswith("Hello again, and thank you") and rec.body.endswith("went away in a month.")
    assert [c.author.name for c in rec.comments] == ["Pieter Oyelaran"]


def test_a_newsletter_mails_footer_in_words_no_table_holds_closes_the_body():
    # invented: a newsletter e-mail's text part in a UI language whose footer wording no table
    # holds: a link to the article, the reason for the mail, an unsubscribe link (LinkedIn's
    # /comm/ address); the sign-off above them stays the text's
    from postscrub import process

    text = ("Kleine Zahlen\nWarum wir die Quartalsplanung abgeschafft haben\nJonte Vierkötter\n"
            "Leiter Finanzen bei Harlweg | Schreibt Kleine Zahlen\n\n"
            "Hallo zusammen,\n\nwir planen seit einem Jahr nur noch in rollierenden Sechswochenblöcken.\n\n"
            "Der Aufwand ist gesunken und die Zahlen sind genauer geworden.\n\nBis bald,\nJonte\n\n"
            "Zum Artikel xyz: https://www.linkedin.com/pulse/warum-wir-die-quartalsplanung-jonte-1abc\n\n"
            "Qwerty Kleine Zahlen uvwxyz abcdef ghijk.\n"
            "Lmnop qrstu: https://www.linkedin.com/comm/psettings/email-unsubscribe\n")
    (rec,) = process(text)
    assert rec.title == "Warum wir die Quartalsplanung abgeschafft haben"
    assert "linkedin.com" not in rec.body and "Qwerty" not in rec.body
    assert "Der Aufwand ist gesunken" in rec.body
    assert "Jonte" in (rec.body + (rec.sign_off or ""))


def test_a_count_under_load_more_comments_is_no_reaction_count_of_the_last_comment():
    # invented: a signed-in newsletter edition, its last comment with no reaction count, then
    # "Load more comments" and the newsletter's card with its subscriber count
    from postscrub import process

    text = ("Field Notes\nField Notes\nBy Oskar Lindqvist-Bamba\nOskar Lindqvist-Bamba\nSite Lead at Norrhamn Works\n"
            "812 subscribers\nSubscribed\n"
            "How we cut the morning briefing to ten minutes\nOskar Lindqvist-Bamba\nOskar Lindqvist-Bamba\n"
            "Site Lead at Norrhamn Works\nPublished Feb 3, 2026\n"
            "Our morning briefing used to run for forty minutes and nobody on the site remembered any of it by lunch time.\n\n"
            "We now stand at the board for ten minutes, three short questions each, and then we all go out to work.\n\n"
            "Report this article\nLike\nComment\nShare\n"
            "Ruth Amankwah\n• 2nd\nCrane Operator\n3d\nTen minutes is about right.\nLike\n·\n5\nReply\n"
            "Bo Ferreira\n• 3rd+\nSafety Officer\n2d\nWe tried this too.\nLike\nReply\n"
            "Load more comments\nField Notes\n812 subscribers\nSubscribed\n")
    (rec,) = process(text)
    assert [(c.author.name, c.reactions) for c in rec.comments] == [("Ruth Amankwah", 5), ("Bo Ferreira", None)]


def test_a_note_apps_lines_under_a_saved_article_are_no_body():
    # invented: an article saved by a note app and by a read-later app, their own lines under
    # the text (the address it was clipped from, the date it was saved, its tags)
    from postscrub import process

    head = ("Why our depot stopped night deliveries\nMagda Ostrowska-Iheanacho\nFleet Manager at Wartal Logistics\n"
            "Published Mar 2, 2026\n\n"
            "We stopped night deliveries last spring after two near misses in one month on the same road.\n\n"
            "Fuel costs went up a little. Sick days and damage claims went down a lot more than that.\n\n")
    tails = ("Clipped from: https://www.linkedin.com/pulse/why-our-depot-stopped-night-deliveries-magda-1abc\n"
             "Created: 2026-03-04 21:40\n",
             "---\nSaved 2026-03-11 · Tags: fleet, safety\n")
    for tail in tails:
        (rec,) = process(head + tail)
        assert rec.body.endswith("went down a lot more than that."), tail
    # a date line the article's text ends with, with no label, stays
    (rec,) = process(head + "The next review is on 2026-04-01\n")
    assert rec.body.endswith("The next review is on 2026-04-01")
    # nor a labelled date closing the article's own text, with no rule above it and no address
    # of the article beside it: the writer's, not an app's
    for own in ("Applications close: 2026-03-15", "Workshop date: 14.04.2026", "Last updated 2026-03-01 · Version: 2"):
        (rec,) = process(head + own + "\n")
        assert rec.body.endswith(own), own

# --- s13 fix50b: the share link pasted under a post's bare text ---

def test_plain_post_text_closed_by_its_share_link_drops_the_link():
    text = ("Three winters ago I could not swim a length. Today I coached the junior squad at the regional meet.\n\n"
            "Thank you to everyone at the lido who kept me going.\n\n"
            "https://www.linkedin.com/posts/marit-oyelaran_swim-coach-activity-7312345678901234567-Ab9c"
            "?utm_source=share&utm_medium=member_android\n")
    (rec,) = process(text)
    assert rec.body == ("Three winters ago I could not swim a length. Today I coached the junior squad at the regional meet.\n\n"
                        "Thank you to everyone at the lido who kept me going.")
    assert rec.shape == "scraper_field"
    assert rec.author.name is None  # (a slug alone names no author)


def test_comments_counted_word_first_with_a_colon_beside_the_post_bar_are_no_body():
    # invented: Slavic UIs count a post's comments word first with a colon ("Комментарии: 5",
    # "Komentarze: 12"); under the bare reaction count and over the buttons it is the counter,
    # not the post's last line. Among the text (a sentence of the post) it stays.
    from postscrub import process

    ru = ("Виктор Зайцев\nИнженер-технолог\n2 дн.\n"
          "Запустили новую линию упаковки.\n\nСпасибо команде!\n"
          "318\nКомментарии: 7\nНравится\nКомментировать\nРепост\nОтправить\n"
          "Анна Белова\nМастер смены\n1 дн.\nПоздравляю!\nНравится\nОтветить\n")
    (rec,) = process(ru)
    assert rec.body == "Запустили новую линию упаковки.\n\nСпасибо команде!"
    assert rec.reactions == 318
    assert [c.text for c in rec.comments] == ["Поздравляю!"]
    pl = ("Tomasz Wrona\nKierownik magazynu\n3 d.\nNowy regał już stoi.\n"
          "Komentarze: 12\nLubię to\nSkomentuj\nUdostępnij\n")
    (rec,) = process(pl)
    assert rec.body == "Nowy regał już stoi."
    # (a line of the post's own text that reads as a count keeps its place away from the bar)
    kept = ("Tomasz Wrona\nKierownik magazynu\n3 d.\nNowy regał już stoi.\nKomentarze: 12\n"
            "Dziękuję wszystkim!\nLubię to\nSkomentuj\nUdostępnij\n")
    (rec,) = process(kept)
    assert rec.body.split() == "Nowy regał już stoi. Komentarze: 12 Dziękuję wszystkim!".split()


# --- s13 conv13: the post author's answer on a page that marks no replies ---
# invented: posts whose comment sections mark no replies at all (no "N replies" count, no
# "Load previous replies", no indentation): the author's answer, with its badge, right after
# someone's comment is that comment's reply; the author's own first comment, the author's
# comments with no one else's before them and comments without the badge stay top-level.

_FLAT_EN = """Nora Vance
Nora Vance
 • 2nd
Product designer at Fieldwork
2d
We replaced our standups with a written check-in and meetings dropped by a third.
Like
Comment
Repost
Send
Most relevant
Nora Vance
Nora Vance
 • Author
Product designer at Fieldwork
2d
The template we use is linked here: fieldwork.example/checkin
Like
 · 
Reply
Ben Ortiz
Ben Ortiz
 • 3rd+
Engineering manager
1d
How do you keep the written ones from getting skipped?
Like
 · 
Reply
Nora Vance
Nora Vance
 • Author
Product designer at Fieldwork
1d
A bot reminds anyone who has not posted by ten.
Like
 · 
Reply
Nora Vance
Nora Vance
 • Author
Product designer at Fieldwork
1d
And the leads read them before lunch, so nobody writes into the void.
Like
 · 
Reply
Priya Shah
Priya Shah
 • 2nd
Delivery lead
5h
We did the same and never looked back.
Like
 · 
Reply
Tariq Mensah
Tariq Mensah
 • 3rd+
Consultant
3h
Did the quieter people write more than they used to speak?
Like
 · 
Reply
"""


def test_flat_page_author_answers_nest_under_the_comment_before_them():
    (rec,) = process(_FLAT_EN)
    cs = rec.comments
    # the author's first comment (a link note) follows no one: top-level; then Ben's comment
    # with both of the author's answers in a row under it; Priya's and Tariq's (no badge) stay
    assert [c.author.name for c in cs] == ["Nora Vance", "Ben Ortiz", "Priya Shah", "Tariq Mensah"]
    assert cs[0].text == "The template we use is linked here: fieldwork.example/checkin"
    assert cs[0].replies == []
    assert [r.text for r in cs[1].replies] == [
        "A bot reminds anyone who has not posted by ten.",
        "And the leads read them before lunch, so nobody writes into the void."]
    assert cs[2].replies == [] and cs[3].replies == []


_FLAT_DE = """Jonas Albrecht
Jonas Albrecht
 • 2.
Tischlermeister in Kassel
3 Tg.
Unsere Werkstatt bildet ab Herbst zwei Lehrlinge mehr aus.
Gefällt mir
Kommentieren
Reposten
Senden
Relevanteste
Hanna Vogt
Hanna Vogt
 • 3.+
Berufsberaterin
2 Tg.
Gibt es dafür schon einen Termin zum Kennenlernen?
Gefällt mir
 · 
Antworten
Jonas Albrecht
Jonas Albrecht
 • Autor
Tischlermeister in Kassel
2 Tg.
Ja, am ersten Samstag im Juni, einfach vorbeikommen.
Gefällt mir
 · 
Antworten
Felix Sommer
Felix Sommer
 • 2.
Schreiner
1 Tg.
Sehr gut, das Handwerk braucht jeden.
Gefällt mir
 · 
Antworten
"""

_FLAT_FR = """Claire Dumas
Claire Dumas
 • 2e
Fromagère à Annecy
4 j
Nous ouvrons une deuxième cave d’affinage cet hiver.
J’aime
Commenter
Republier
Envoyer
Les plus pertinents
Paul Girard
Paul Girard
 • 3e et +
Restaurateur
3 j
Vous prendrez aussi des tommes de petits producteurs ?
J’aime
 · 
Répondre
Claire Dumas
Claire Dumas
 • Auteur
Fromagère à Annecy
3 j
Oui, trois fermes du plateau nous en confient déjà.
J’aime
 · 
Répondre
"""


@pytest.mark.parametrize("page, opener, answer", [
    (_FLAT_DE, "Hanna Vogt", "Ja, am ersten Samstag im Juni, einfach vorbeikommen."),
    (_FLAT_FR, "Paul Girard", "Oui, trois fermes du plateau nous en confient déjà."),
], ids=["de", "fr"])
def test_flat_page_author_answer_nests_in_other_ui_languages(page, opener, answer):
    (rec,) = process(page)
    assert rec.comments[0].author.name == opener
    assert [r.text for r in rec.comments[0].replies] == [answer]
    assert all(c.author.name != rec.author.name for c in rec.comments)


def test_flat_page_comment_without_the_author_badge_stays_top_level():
    # the same German page, the answer's badge gone: nothing says it is the author's answer
    page = _FLAT_DE.replace(" • Autor\n", " • 2.\n")
    (rec,) = process(page)
    assert [c.author.name for c in rec.comments] == ["Hanna Vogt", "Jonas Albrecht", "Felix Sommer"]
    assert all(c.replies == [] for c in rec.comments)


def test_flat_author_answers_counts():
    # one pass over a thread run: answers after another's comment, not after the author's own
    f = layouts._flat_author_answers
    assert f([True, False, True, True, False], [True, False, True, True, False]) == [0, 0, 2, 0, 0]
    assert f([True, True, False], [True, True, False]) == [0, 0, 0]  # the author's first two
    assert f([False, True, False, True], [False, True, False, True]) == [0, 1, 0, 1]
    assert f([False, False, True], [False, True, True]) == [0, 0, 0]  # after the author's, by name


def test_page_that_marks_replies_keeps_the_marked_rule_for_author_answers():
    # the English page with one count on Ben's row ("Reply · 2 replies"): the page marks its
    # replies, so the author's comments go only where a count says; Tariq's comment followed by
    # an author's answer with no count over it stays top-level as before
    page = _FLAT_EN.replace("How do you keep the written ones from getting skipped?\nLike\n · \nReply\n",
                            "How do you keep the written ones from getting skipped?\nLike\n · \nReply\n · \n2 replies\n")
    page += "Nora Vance\nNora Vance\n • Author\nProduct designer at Fieldwork\n1h\nMostly, yes.\nLike\n · \nReply\n"
    (rec,) = process(page)
    names = [c.author.name for c in rec.comments]
    assert names == ["Nora Vance", "Ben Ortiz", "Priya Shah", "Tariq Mensah", "Nora Vance"]
    assert len(rec.comments[1].replies) == 2
    assert rec.comments[3].replies == [] and rec.comments[4].text == "Mostly, yes."


def test_a_poll_option_reading_as_an_age_over_the_vote_count_is_cut_with_the_poll():
    """Options with no shares over "N votes • …" (a signed-out page's poll) where one reads
    as an age ("1 week"): an option, not the age of a comment opening under the question."""
    text = ("Oskar Brandt\nFleet Manager at Nordweg Transport\n3d\nReport this post\n\n"
            "We are changing how often our drivers rotate routes.\n\n"
            "How often should routes rotate?\nNever\n1 week\nEvery month\n"
            "97 votes • Poll closed\n31\n12 Comments\nLike\nComment\nShare\n\n"
            "Mina Okafor\nDispatcher\n2d\nMonthly works best for us.\nLike\nReply\n")
    (rec,) = process(text)
    assert rec.body == "We are changing how often our drivers rotate routes."
    assert [(c.author.name, c.age) for c in rec.comments] == [("Mina Okafor", "2d")]


# invented: a signed-out post page copied flat (no reply count, no marker, no badge): the
# post's author answers under a comment, known by the name and headline only
_FLAT_NAMED_ANSWER = ("Sigrid Holm\nProduktchef på Fjällbo\n2d\nReport this post\n\n"
                      "Vi har flyttat hela supporten till en enda kö.\n\nSvarstiden halverades på tre veckor.\n\n"
                      "41\n6 Comments\nLike\nComment\nShare\n\n"
                      "Anders Lund\nSupportansvarig\n1d\nHur löste ni prioriteringen av företagskunder?\nLike\nReply\n\n"
                      "Sigrid Holm\nProduktchef på Fjällbo\n1d\n{answer}\nLike\nReply\n\n"
                      "Maja Ek\nUX-designer\n20h\nSnyggt jobbat!\nLike\nReply\n")


def test_the_post_authors_unbadged_answer_calling_the_commenter_above_by_name_is_its_reply():
    (rec,) = process(_FLAT_NAMED_ANSWER.format(answer="Bra fråga Anders! Vi taggar dem automatiskt."))
    assert [(c.author.name, [r.author.name for r in c.replies]) for c in rec.comments] == [
        ("Anders Lund", ["Sigrid Holm"]), ("Maja Ek", [])]
    # naming no one of the comment above, it stays a comment of its own
    (rec,) = process(_FLAT_NAMED_ANSWER.format(answer="Vi taggar dem automatiskt, tack Andreas."))
    assert [c.author.name for c in rec.comments] == ["Anders Lund", "Sigrid Holm", "Maja Ek"]


def test_a_preview_whose_fold_is_glued_to_its_last_line_then_the_whole_text_counts_once():
    # invented: a post page (es UI) copied folded and unfolded, the fold glued to the end of
    # the preview's last line ("… y la diferencia …ver más") rather than on a line of its own.
    # The preview is a copy of the text's opening: the body is the whole text once, nothing cut.
    from postscrub import process

    text = ("Lucía Ferrer Vidal\nDirectora de operaciones en Harinera del Turia\n3 sem.\n"
            "Este año cambiamos de proveedor de sacos.\n"
            "El anterior nos cobraba por palé, el nuevo por kilo, y la diferencia …ver más\n"
            "Este año cambiamos de proveedor de sacos.\n"
            "El anterior nos cobraba por palé, el nuevo por kilo, y la diferencia pagó una furgoneta nueva.\n"
            "Revisad vuestras tarifas una vez al año.\n"
            "86\nRecomendar\nComentar\nCompartir\n"
            "Tomás Ruiz\nComprador industrial\n2 sem.\n¿Qué proveedor es?\nRecomendar\nResponder\n")
    (rec,) = process(text)
    assert rec.body == ("Este año cambiamos de proveedor de sacos.\n\n"
                        "El anterior nos cobraba por palé, el nuevo por kilo, y la diferencia pagó una furgoneta nueva.\n\n"
                        "Revisad vuestras tarifas una vez al año.")
    assert not any(w.startswith("truncated") for w in rec.warnings)


def test_a_markdown_comment_header_with_the_linked_name_and_the_headline_on_one_line():
    # invented: a clipped article (fr) whose comments are plain paragraphs, each header one
    # line: the commenter's name as a link to their profile, then their headline after it.
    # The link's text is the name; what follows it on the line is the headline.
    from postscrub import process

    text = ("---\ntitle: \"Ce que trois hivers de livraisons à vélo m'ont appris\"\n"
            "source: \"https://www.linkedin.com/pulse/trois-hivers-velo-claire-morel\"\n---\n"
            "# Ce que trois hivers de livraisons à vélo m'ont appris\n\n"
            "[Claire Morel](https://fr.linkedin.com/in/claire-morel-velo)\n\n"
            "Fondatrice de Roue Libre Logistique\n\nPublié le 3 nov. 2026\n\n"
            "Le premier hiver, nous avons perdu un tiers de nos coursiers en janvier.\n\n"
            "Le deuxième, nous avons acheté des gants chauffants et personne n'est parti.\n\n"
            "Le troisième, nous avons changé les horaires plutôt que le matériel.\n\n"
            "[J’aime](https://www.linkedin.com/signup/cold-join) [Commenter](https://www.linkedin.com/signup/cold-join)\n\n"
            "[Hugo Lefèvre](https://fr.linkedin.com/in/hugo-lefevre-42) Responsable flotte chez Cargo Ouest\n\n"
            "1 sem.\n\nQuels horaires avez-vous retenus en fin de compte ?\n\n"
            "[Inès Barbier](https://fr.linkedin.com/in/ines-barbier) Consultante mobilité urbaine\n\n"
            "5 j\n\nLes gants chauffants, on a fait pareil. Ça change tout.\n")
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [
        ("Hugo Lefèvre", "Responsable flotte chez Cargo Ouest", "1 sem."),
        ("Inès Barbier", "Consultante mobilité urbaine", "5 j")]


def test_a_markdown_reply_nested_as_a_list_item_in_its_comments_item():
    # invented: an article copied to Markdown (en, "*" items, four-space content column), each
    # comment a list item whose header is the linked name and headline, a reply (not by the
    # author) an item nested in its comment's: the list marker goes with its indentation, but
    # the lines under each header stand at its item's content column, deeper for the reply.
    from postscrub import process

    text = ("# Pricing a repair service when parts cost more every month\n\n"
            "[Tomasz Wierzba](https://www.linkedin.com/in/tomasz-wierzba)\n\n"
            "Owner, Wierzba Appliance Repair\n\nPublished Oct 12, 2026\n\n"
            "We used to quote a flat fee per visit and absorb the parts.\n\n"
            "This year we split the quote into labour and parts, and show both on the invoice.\n\n"
            "Nobody has complained, and two customers thanked us for the detail.\n\n"
            "[Like](https://www.linkedin.com/signup/cold-join) [Comment](https://www.linkedin.com/signup/cold-join)\n\n"
            "* [Ama Owusu](https://www.linkedin.com/in/ama-owusu) Service manager at Kettle & Co\n\n"
            "    2w\n\n    Do you show the parts margin too, or only the price?\n\n"
            "    * [Piotr Nowak](https://www.linkedin.com/in/piotr-nowak-7) Bookkeeper for small trades\n\n"
            "        2w\n\n        Showing the margin invites haggling, in my experience.\n\n"
            "* [Lior Ben-David](https://www.linkedin.com/in/lior-bd) Field technician\n\n"
            "    1w\n\n    Same here since spring, it works.\n")
    (rec,) = process(text)
    assert [c.author.name for c in rec.comments] == ["Ama Owusu", "Lior Ben-David"]
    assert [r.author.name for r in rec.comments[0].replies] == ["Piotr Nowak"]
    assert rec.comments[0].replies[0].text == "Showing the margin invites haggling, in my experience."


def test_a_mails_button_labels_with_their_links_in_angle_brackets_on_the_next_line():
    # invented: a notification mail's text part (nb buttons) where each button is its label on
    # one line and its link alone in angle brackets under it ("Se innlegget" /
    # "<https://…linkedin.com/comm/…>"): the footer, labels and links, is not the post's text.
    from postscrub import process

    text = ("Marit Solberg\nHead of Procurement at Fjordkraft Logistikk\n2d\n\n"
            "We moved every supplier contract to a single renewal month.\n\n"
            "Renewals used to surprise us eleven times a year. Now they surprise us once, and we are ready for it.\n\n"
            "Se innlegget\n"
            "<https://www.linkedin.com/comm/feed/update/urn:li:activity:7300000000000000042?trk=eml-digest>\n\n"
            "Avslutt abonnement\n"
            "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=abc>\n")
    (rec,) = process(text)
    assert rec.body == ("We moved every supplier contract to a single renewal month.\n\n"
                        "Renewals used to surprise us eleven times a year. Now they surprise us once, and we are ready for it.")


def test_the_pages_address_under_an_articles_title_is_no_text():
    # invented: a notes app's capture of an article (Spanish), the page's address pasted
    # in angle brackets right under the title, then the byline, headline and age
    note = ("Lo que aprendí cerrando una panadería\n"
            "<https://www.linkedin.com/pulse/lo-que-aprendi-cerrando-una-panaderia-ines-roldan-4kx/>\n\n"
            "Inés Roldán\nConsultora de pymes | Ex-panadera\n2 sem\n\n"
            "Cerramos después de nueve años. No fue el alquiler, fue la falta de datos.\n\n"
            "Hoy ayudo a otras tiendas a mirar sus números cada lunes.\n")
    (rec,) = process(note)
    assert rec.title == "Lo que aprendí cerrando una panadería"
    assert (rec.author.name, rec.author.bio, rec.age) == ("Inés Roldán", "Consultora de pymes | Ex-panadera", "2 sem")
    assert rec.body.startswith("Cerramos después de nueve años.")


def test_a_reader_views_header_over_the_pages_title_and_doubled_byline():
    # invented: a reader view (German) whose own header (site, title, author, reading time)
    # stands over the page's title and its byline, the name shown twice
    page = ("linkedin.com\nDrei Jahre Viertagewoche: eine Bilanz\nMoritz Albrecht\n4–5 Minuten\n\n"
            "Drei Jahre Viertagewoche: eine Bilanz\nMoritz Albrecht\nMoritz Albrecht\n"
            "Geschäftsführer bei Holzwerk Albrecht GmbH\n\n"
            "Vor drei Jahren haben wir die Viertagewoche eingeführt. Heute ziehe ich Bilanz, mit Zahlen.\n\n"
            "Die Krankheitstage sind um ein Drittel gesunken.\n")
    (rec,) = process(page)
    assert rec.title == "Drei Jahre Viertagewoche: eine Bilanz"
    assert (rec.author.name, rec.author.bio) == ("Moritz Albrecht", "Geschäftsführer bei Holzwerk Albrecht GmbH")
    assert rec.body.startswith("Vor drei Jahren")


def test_a_newsletter_mails_footer_with_the_link_under_its_label_and_a_rule():
    # invented: a newsletter edition as a plain-text mail (Spanish): the link to the article
    # on the line under its label, a rule of "=", then the reason it was sent in words no
    # table holds and the unsubscribe link; the sign-off above them closes the text
    mail = ("Cómo negocié mi primer aumento sin amenazar con irme\nMarta Quiroga\n"
            "Ingeniera de datos | Mentora en Women in Tech\n\n"
            "El año pasado pedí un aumento por primera vez. Preparé tres números y una sola frase, "
            "y funcionó mejor de lo que esperaba.\n\n"
            "Lo más importante fue pedir una reunión solo para eso, no aprovechar la revisión anual.\n\n"
            "Un abrazo,\nMarta\n\nLee el artículo completo en LinkedIn:\n"
            "https://www.linkedin.com/pulse/como-negocie-mi-primer-aumento-marta-quiroga-7hq1c\n\n"
            "==========\nRecibiste este correo porque sigues el boletín Datos sin drama.\n"
            "Cancelar suscripción: https://www.linkedin.com/comm/newsletters/unsubscribe?id=123\n")
    (rec,) = process(mail)
    assert rec.sign_off == "Un abrazo, Marta"
    assert rec.body.endswith("no aprovechar la revisión anual.")
    assert check_accounted(mail, [rec]) == []


def test_clipper_page_title_repeated_as_the_heading_over_the_byline_is_the_title():
    # invented: a web clipper's page (MarkDownload's template) whose front matter names the
    # author but no title: the page's title, the excerpt block, then the article's own heading
    # repeating it right over the byline. The heading is the title; the header's copy goes.
    text = ("---\nsource: https://www.linkedin.com/pulse/tre-anni-senza-straordinari-marta-de-santis-4kq2z\n"
            "author: Marta De Santis\n---\n\n"
            "# Tre anni senza straordinari\n\n"
            "> ## Excerpt\n> Tre anni fa abbiamo smesso di pagare gli straordinari del venerdì.\n\n---\n\n"
            "# Tre anni senza straordinari\n\n"
            "[Marta De Santis](https://www.linkedin.com/in/marta-de-santis?trk=article-ssr-frontend-pulse_publisher-author-card)\n\n"
            "Responsabile operazioni presso Officine Rovere\n\nPubblicato il 4 feb 2026\n\n"
            "Tre anni fa abbiamo smesso di pagare gli straordinari del venerdì, e li abbiamo vietati.\n\n"
            "## Dove è finito il lavoro\n\n"
            "Il lavoro non è diminuito: si è spostato al giovedì, e poi è sparito.\n")
    (rec,) = process(text)
    assert rec.title == "Tre anni senza straordinari"
    assert rec.author.name == "Marta De Santis"
    assert rec.body.startswith("Tre anni fa abbiamo smesso")
    assert check_accounted(text, [rec]) == []


def test_a_newsletters_card_with_its_followers_closes_the_text_not_joins_it():
    # invented: the card a newsletter shows under a page's text, its name shown twice, its
    # count of followers (not subscribers) and its Subscribe button: a post page (Spanish,
    # the copy dropped as a feed's doubled label) and an article (German, the copy kept)
    post = ("Lucía Ferrandis\n\nDirectora de Operaciones en Vela Logística\n\n5 d\n\nDenunciar esta publicación\n\n"
            "Llevamos seis meses sin reuniones los viernes. Los equipos deciden qué hacer ese día.\n\n"
            "Menos horas extra y más tareas cerradas al final de la semana.\n\n"
            "Probadlo un mes y contadme qué tal.\n\n"
            "Trabajo sin ruido\n\nTrabajo sin ruido\n\n4.118 seguidores\n\n+ Suscribirse\n\n"
            "Recomendar\n\nComentar\n\nCompartir\n\n12\n\n")
    (rec,) = process(post)
    assert rec.body.endswith("Probadlo un mes y contadme qué tal.")
    assert "Trabajo sin ruido" not in rec.body + (rec.cta or "")
    article = ("Warum wir Meetings am Freitag abgeschafft haben\n\nKatrin Oberholzer\n\nCOO bei Nordlicht Software\n\n"
               "Veröffentlicht: 12. März 2026\n\n"
               "Seit einem halben Jahr gibt es bei uns freitags keine Meetings mehr. Die Teams planen selbst.\n\n"
               "Das Ergebnis: weniger Überstunden und mehr fertige Aufgaben am Ende der Woche.\n\n"
               "Probiert es einen Monat lang aus und erzählt mir, wie es lief!\n\n"
               "Arbeit neu gedacht\n\nArbeit neu gedacht\n\n8.214 Follower\n\n+ Abonnieren\n\n"
               "Gefällt mir\n\nKommentieren\n\nTeilen\n\n37\n\n")
    (rec,) = process(article)
    assert rec.body.endswith("erzählt mir, wie es lief!")
    assert "Arbeit neu gedacht" not in rec.body + (rec.cta or "")


def test_a_markdown_comments_text_opening_with_a_linked_mention_stays_whole():
    # invented: a clipped article (en) whose comments have the name (a profile link) and the
    # headline on lines of their own; a reply's text opens with a mention of the commenter it
    # answers, a profile link too ("[Rafa Ortiz](…/in/…) we only show …"). That line is the
    # comment's text, whole: no header to split into a name and a headline (no age under it).
    from postscrub import process
    from postscrub.audit import check_accounted

    text = ("# Why our bakery stopped selling gift cards\n\n"
            "[Lene Vik](https://www.linkedin.com/in/lene-vik)\n\n"
            "Owner, Vik Bakeri\n\nPublished Sep 3, 2026\n\n"
            "Gift cards looked like free money until we counted the unredeemed ones.\n\n"
            "We now sell a bread subscription instead, and people use it every week.\n\n"
            "[Like](https://www.linkedin.com/signup/cold-join) [Comment](https://www.linkedin.com/signup/cold-join)\n\n"
            "[Rafa Ortiz](https://www.linkedin.com/in/rafa-ortiz)\n\nCafé owner in Bergen\n\n"
            "2w\n\nDo subscribers pause in summer?\n\n"
            "[Mia Berg](https://www.linkedin.com/in/mia-berg-3)\n\nAccountant for small shops\n\n"
            "1w\n\n[Rafa Ortiz](https://www.linkedin.com/in/rafa-ortiz) most of mine pause in July, plan for it.\n")
    (rec,) = process(text)
    assert [(c.author.name, c.text) for c in rec.comments] == [
        ("Rafa Ortiz", "Do subscribers pause in summer?"),
        ("Mia Berg", "Rafa Ortiz most of mine pause in July, plan for it.")]
    assert check_accounted(text, [rec]) == []


def test_a_first_name_opening_a_sentence_is_no_call_by_name():
    # invented: a verb spelled like the writer's first name at a sentence's start ("Will do",
    # "Mark my words") does not call them; the name followed by a comma, or after a greeting, does
    from postscrub.layouts import _calls_by_name
    assert not _calls_by_name("Will do, sending the draft tonight.", "Will Harper")
    assert not _calls_by_name("Fair point. Mark my words though, it ships late.", "Mark Osei")
    assert _calls_by_name("Will, sending the draft tonight.", "Will Harper")
    assert _calls_by_name("Thanks Will, that helps a lot.", "Will Harper")
    assert _calls_by_name("Agreed Mark! It ships late.", "Mark Osei")
    assert _calls_by_name("Danke dir, Lukas", "Lukas Berg")


# invented: a French phone screen's OCR whose comment rows end with the overflow menu ("⋯", read
# by OCR as "..." too) after the degree and the age; one commenter shows a headline under the
# row, the other none (the text then stands right under the row, the action row under it)
PHONE_ROW_MENU_FR = """Mathilde Garnier • 2e
Responsable logistique chez Transports Abeille
1 sem. •
Nous avons livré notre dernière palette de l'année hier soir. Merci à toute l'équipe de nuit.
J'aime
Commenter
Republier
Envoyer
Les plus pertinents
Bastien Leroy • 3e   6 j   ⋯
Chef de quai chez Entrepôts Rivière
Bravo à l'équipe de nuit, la cadence était folle cette semaine.
J'aime | Répondre
Inès Moreau • 2e   2 j   ...
Quelle belle fin d'année pour toute la logistique, félicitations !
J'aime | Répondre
"""


def test_a_phone_comment_rows_overflow_menu_is_cut_and_a_text_under_the_row_is_no_headline():
    (rec,) = process(PHONE_ROW_MENU_FR)
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Bastien Leroy", "Chef de quai chez Entrepôts Rivière", "6 j",
         "Bravo à l'équipe de nuit, la cadence était folle cette semaine."),
        ("Inès Moreau", None, "2 j", "Quelle belle fin d'année pour toute la logistique, félicitations !")]
    assert check_accounted(PHONE_ROW_MENU_FR, [rec]) == []


# invented: a German post whose last line points at the link card under it (a pointing hand
# with a skin tone), then the card's title and its domain
POINTER_OVER_LINK_CARD_DE = """Henrik Baumann
Leiter Einkauf bei Falkner Metallbau
2 Wo.
Wir haben ausgewertet, wie sich die Lieferzeiten für Blech seit Januar entwickelt haben.
Kurz gesagt: besser, aber noch nicht gut.
Hier geht's zur ganzen Auswertung 👇🏼
Lieferzeiten im Stahlhandel: Halbjahresbilanz
falkner-metallbau.de
Gefällt mir
Kommentieren
Teilen
Jana Wolff
Disponentin bei Rheinstahl Logistik
1 Wo.
Deckt sich mit unseren Zahlen, danke fürs Teilen.
Gefällt mir
Antworten
"""


def test_a_line_pointing_at_a_link_card_is_the_posts_not_the_cards_title():
    (rec,) = process(POINTER_OVER_LINK_CARD_DE)
    assert rec.body.endswith("Kurz gesagt: besser, aber noch nicht gut.\n\nHier geht's zur ganzen Auswertung 👇🏼")
    assert "Halbjahresbilanz" not in rec.body and "falkner-metallbau.de" not in rec.body
    assert [c.author.name for c in rec.comments] == ["Jana Wolff"]


# invented: a Portuguese post page flattened to one line, whose share menu ("Copiar LinkedIn
# Facebook Twitter") ends the post's row of buttons; the first commenter's headline runs over
# a newline that survived the flattening
FLATTENED_SHARE_MENU_PT = (
    "Pular para conteúdo principal Publicação de Renata Lopes Renata Lopes Gerente de compras na "
    "Vinhedo Alimentos 3 sem Denunciar esta publicação Fechamos o inventário anual sem nenhuma "
    "diferença no estoque de embalagens. Foi o primeiro ano assim. 48 6 comentários Gostei Comentar "
    "Compartilhar Copiar LinkedIn Facebook Twitter Tiago Moura Analista de suprimentos, Cooperativa\n"
    "Serra Azul 2 sem Denunciar este comentário Parabéns pela equipe, inventário zerado é raro. "
    "Gostei Responder 2 reações\n")


def test_a_headline_over_two_nodes_after_the_share_menu_keeps_its_commenters_name():
    (rec,) = process(FLATTENED_SHARE_MENU_PT)
    assert [(c.author.name, c.author.bio, c.age) for c in rec.comments] == [
        ("Tiago Moura", "Analista de suprimentos, Cooperativa Serra Azul", "2 sem")]
    assert check_accounted(FLATTENED_SHARE_MENU_PT, [rec]) == []


def test_a_flattened_headline_cut_after_its_comma_keeps_the_comma():
    # invented: the same Portuguese page, the commenter's headline broken right after a comma
    text = FLATTENED_SHARE_MENU_PT.replace("suprimentos, Cooperativa\nSerra Azul", "suprimentos,\nCooperativa Serra Azul")
    (rec,) = process(text)
    assert [(c.author.name, c.author.bio) for c in rec.comments] == [
        ("Tiago Moura", "Analista de suprimentos, Cooperativa Serra Azul")]
    assert check_accounted(text, [rec]) == []


def test_an_article_pages_title_repeated_under_the_report_anchor_is_no_byline():
    # invented: an article page with a Spanish UI, copied without blank lines: the title, the
    # report anchor, then the title again (the cover's label, then the heading) over the byline
    # (one name, no doubled copy); the title's copy must not stop the byline's reading
    text = ("Lo que aprendimos cerrando dos oficinas en un año\nDenunciar este artículo\n"
            "Lo que aprendimos cerrando dos oficinas en un año\nLucía Ferrández\n"
            "Directora de Operaciones en Almendra Logística\nPublished Mar 2, 2026\n"
            "Cerramos Valencia en enero y Bilbao en octubre, y las dos veces nos equivocamos en lo mismo.\n\n"
            "La segunda vez preguntamos antes a quienes se quedaban, no a quienes se iban.\n")
    (rec,) = process(text)
    assert rec.title == "Lo que aprendimos cerrando dos oficinas en un año"
    assert (rec.author.name, rec.author.bio) == ("Lucía Ferrández", "Directora de Operaciones en Almendra Logística")
    assert rec.body.startswith("Cerramos Valencia en enero")
    assert rec.body.endswith("no a quienes se iban.")


# invented: the caption a phone's share sheet closes a shared post with, naming its author in
# a page label's words: Dutch with the short link on the same line, under a dash-led "shared
# from" line; English over the post's own link, the name before "’s post"
@pytest.mark.parametrize("text, name, last", [
    ("Vanaf maart bezorgen we ook op zaterdag in heel Utrecht.\n\nDank aan het hele team voor het meedenken.\n\n"
     "— gedeeld via LinkedIn\nBekijk het bericht van Sanne de Wit op LinkedIn: https://lnkd.in/gQ4xT9z",
     "Sanne de Wit", "Dank aan het hele team voor het meedenken."),
    ("Our clinic now opens at 7am on Tuesdays.\n\nEarly appointments book out fast, so call ahead.\n\n"
     "See Omar Haddad’s post on LinkedIn\n"
     "https://www.linkedin.com/posts/omar-haddad-md_clinic-hours-activity-7301122334455667788-Zx1c?utm_source=share",
     "Omar Haddad", "Early appointments book out fast, so call ahead."),
])
def test_a_share_sheets_closing_caption_names_the_author_and_is_not_the_body(text, name, last):
    (rec,) = process(text)
    assert rec.author.name == name
    assert rec.body.endswith(last)
    assert "LinkedIn" not in rec.body
    assert check_accounted(text, [rec]) == []


def test_a_closing_sentence_that_names_a_post_by_someone_stays_the_body():
    # invented: the post's own last line mentions a post by someone, with no share link
    text = "We rebuilt the onboarding flow.\n\nInspired by the post by Lena Berg on LinkedIn"
    (rec,) = process(text)
    assert rec.author.name is None
    assert rec.body.endswith("Inspired by the post by Lena Berg on LinkedIn")


# invented: a notification's heading pasted over the post it announces, the byline's name
# first and a verb phrase after it (German, no mail header around it)
NOTIFIED_DE = """Jonas Becker hat etwas Neues gepostet

Jonas Becker
Tischlermeister in Lüneburg

Heute haben wir die letzte Treppe für das Stadtarchiv eingebaut. Drei Monate Arbeit, null Reklamationen.

Danke an mein Team.
"""


def test_a_heading_opening_with_the_bylines_name_and_a_verb_phrase_is_no_title():
    (rec,) = process(NOTIFIED_DE)
    assert rec.title is None
    assert (rec.author.name, rec.author.bio) == ("Jonas Becker", "Tischlermeister in Lüneburg")
    assert rec.body.startswith("Heute haben wir die letzte Treppe")
    assert "gepostet" not in rec.body


def test_byline_name_heads_only_a_short_lowercase_phrase():
    from postscrub.repair import split_lines

    def heads(first):
        return layouts._byline_name_heads([ln for ln in split_lines(first + "\nAna Lee\n") if ln.text.strip()])

    assert heads("Ana Lee just posted") and heads("Ana Lee ha publicado algo nuevo")
    assert not heads("Ana Lee: what I learned in ten years")
    assert not heads("Ana Lee On Leadership")
    assert not heads("Ana Lee wrote this for everyone who ever started a company alone")


# invented: a notification mail's copy of a post, no age shown: the author's name and headline
# over the text, the mail's "View post" and footer lines under it
NOTIFIED_NO_AGE = """From: LinkedIn <notifications-noreply@linkedin.com>
To: Lee Park <lee.park@example.com>
Subject: Chloe Martin shared a post
Date: Tue, 3 Mar 2026 08:10:00 +0000
Content-Type: text/plain; charset="UTF-8"

Chloe Martin
Architect at Atelier Rive

We deliver the Vienne media library in March, six months ahead of plan.

View post

You are receiving LinkedIn notification emails.
Unsubscribe
"""


def test_a_notification_mails_post_header_without_an_age_gives_the_author():
    (rec,) = process(NOTIFIED_NO_AGE)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Chloe Martin", "Architect at Atelier Rive", None)
    assert rec.body == "We deliver the Vienne media library in March, six months ahead of plan."
    assert check_accounted(NOTIFIED_NO_AGE, [rec]) == []


# invented: two cards of a profile's Activity tab, each headed "<owner> posted this • <age>",
# the tab's own filter chips over the first
ACTIVITY_TAB = """Activity
812 followers
All
Posts
Articles
Documents

Mateo Ruiz posted this • 2d

2d •
We moved our warehouse picking to two waves a day. Error rate fell by a third in a month.
Like
Comment
Repost
Send
44

Mateo Ruiz posted this • 3w

3w •
Hiring a night-shift lead for Zaragoza. Forklift licence required.
Like
Comment
Repost
Send
12
"""


def test_an_activity_cards_posted_this_heading_names_the_author():
    recs = process(ACTIVITY_TAB)
    assert [(r.author.name, r.author.bio, r.age) for r in recs] == [("Mateo Ruiz", None, "2d"), ("Mateo Ruiz", None, "3w")]
    assert recs[0].body.startswith("We moved our warehouse picking")
    assert check_accounted(ACTIVITY_TAB, recs) == []


def test_a_read_later_apps_save_date_and_the_articles_bare_address_under_it_are_no_body():
    # invented: a read-later app's export writes its name before the save date, then the
    # article's address alone on its line, under the text and its signature: neither is the
    # article's, and the name above them signs it
    from postscrub import process

    text = ("Why our depot stopped night deliveries\nlinkedin.com · 4 min read\nby Magda Ostrowska\n\n"
            "We stopped night deliveries last spring after two near misses in one month on the same road.\n\n"
            "Fuel costs went up a little. Sick days and damage claims went down a lot more than that.\n\n"
            "Magda\n\n#Fleet #Safety\n\n"
            "Readlater: Saved on 2026-03-11\n"
            "https://www.linkedin.com/pulse/why-our-depot-stopped-night-deliveries-magda-1abc\n")
    (rec,) = process(text)
    assert rec.sign_off == "Magda"
    assert "Saved on" not in rec.body and "linkedin.com/pulse" not in rec.body


def test_a_newsletters_name_under_the_editions_title_is_no_title_when_its_subscribe_card_names_it():
    # invented: a German newsletter edition page, the newsletter's name between the edition's
    # title and the report anchor; the card at the end ("<name> abonnieren") names it: the
    # title is the line above it, and the name is no text of the record
    from postscrub import process

    text = ("Warum unsere Werkstatt freitags nichts mehr repariert\n"
            "Werkbank Notizen\n"
            "Artikel melden\n"
            "Jonas Vogelsang\n"
            "Meister im Kfz-Handwerk | Schreibt über Werkstattalltag\n"
            "Veröffentlicht: 3. März 2026\n"
            "Seit dem Herbst nimmt unsere Werkstatt freitags keine Reparaturen mehr an, nur noch Abholungen.\n\n"
            "Die Fehlerquote am Montag ist seitdem um ein Drittel gesunken, und niemand arbeitet mehr bis acht Uhr abends.\n\n"
            "Werkbank Notizen abonnieren\nAbonnieren\n")
    (rec,) = process(text)
    assert rec.title == "Warum unsere Werkstatt freitags nichts mehr repariert"
    assert rec.author.name == "Jonas Vogelsang"
    assert rec.body.startswith("Seit dem Herbst")


def test_the_modal_words_search_finds_what_the_substring_test_finds():
    # (speed: one regex over the sign-in table's strings instead of 200 substring tests a line;
    # the same lines must pass)
    from postscrub import layouts, patterns

    lines = [s for strings in patterns.UI_NODES["ui.sign_in"].values() for s in strings]
    lines += ["A paragraph of a post that is long enough and holds no prompt of the modal at all.",
              "Texte d’un post. " + lines[0] + " et la suite", "登录 欢迎回来", ""]
    for t in lines:
        assert bool(layouts._modal_words_rx().search(t)) == any(w in t for w in layouts._modal_words()), t


def test_a_notification_mails_bare_comm_link_opens_its_footer_in_words_no_table_holds():
    # invented: a German mention mail whose button's link stands bare under it (no brackets),
    # one of LinkedIn's "/comm/" links from its e-mails, and whose footer says in its own
    # words who it went to and why: from the link on, the mail's, not the post's
    text = ("Von: LinkedIn <notifications-noreply@linkedin.com>\n"
            "An: Lea Brandt <lea.brandt@example.de>\n"
            "Betreff: Jonas Weber hat Sie in einem Beitrag erwähnt\n\n"
            "Jonas Weber hat Sie in einem Beitrag erwähnt\n\n"
            "Jonas Weber\nWerkstattleiter bei Rad & Rahmen\n\n"
            "Unsere neue Werkstatt in Freiburg ist offen, und Lea hat die Einrichtung geplant.\n\n"
            "Danke für die vielen Wochenenden!\n\n"
            "Beitrag anzeigen\n"
            "https://www.linkedin.com/comm/feed/update/urn:li:activity:7400999888777666555\n\n"
            "Diese Nachricht ging an Lea Brandt (Projektplanerin)\n"
            "Sie bekommen Hinweise zu Erwähnungen.\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio) == ("Jonas Weber", "Werkstattleiter bei Rad & Rahmen")
    assert rec.body == ("Unsere neue Werkstatt in Freiburg ist offen, und Lea hat die Einrichtung geplant.\n\n"
                        "Danke für die vielen Wochenenden!")
    assert check_accounted(text, [rec]) == []


def test_a_comment_row_led_by_its_age_gives_the_age_to_the_header_above_the_text():
    # invented: a German phone copy whose comment rows start with the comment's age, parted by
    # bullets ("3 Tg. • Gefällt mir • Antworten • 2"), under the text: the age belongs to the
    # header above the text (name with its degree, a headline or none), the row is chrome; an
    # indented reply with two paragraphs and no headline keeps both as its text
    text = "\n".join([
        "Henrike Sommerfeld", "Leiterin Logistik bei Nordkai Spedition", "5 Tg.", "",
        "Wir haben die Nachtschicht im Lager abgeschafft und die Touren neu geplant.", "",
        "Seitdem kommen die Fahrer pünktlicher an und niemand vermisst die Nacht.", "",
        "87 · 3 Kommentare", "Gefällt mir   Kommentieren   Teilen   Senden", "",
        "Tobias Reinhardt • 2.", "Disponent bei Elbland Transporte",
        "Wie habt ihr die Kunden mit frühen Lieferfenstern überzeugt?",
        "4 Tg. • Gefällt mir • Antworten • 6", "",
        "    Henrike Sommerfeld • Autorin",
        "    Mit zwei Wochen Vorlauf und festen Zeitfenstern.",
        "    Die meisten fanden es sogar besser.",
        "    3 Tg. • Gefällt mir • Antworten • 2", "",
        "Mareike Olsen • 3.+", "Endlich sagt es mal jemand!", "2 Tg. • Gefällt mir • Antworten",
    ])
    (rec,) = process(text)
    assert rec.body.endswith("niemand vermisst die Nacht.")
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Tobias Reinhardt", "Disponent bei Elbland Transporte", "4 Tg.",
         "Wie habt ihr die Kunden mit frühen Lieferfenstern überzeugt?"),
        ("Mareike Olsen", None, "2 Tg.", "Endlich sagt es mal jemand!")]
    (reply,) = rec.comments[0].replies
    assert (reply.author.name, reply.author.bio, reply.age) == ("Henrike Sommerfeld", None, "3 Tg.")
    assert reply.text.split() == "Mit zwei Wochen Vorlauf und festen Zeitfenstern. Die meisten fanden es sogar besser.".split()
    assert check_accounted(text, [rec]) == []


def test_a_post_pages_comments_in_nested_lists_nest_their_replies_by_the_lists_depth():
    # invented: an HTML post page whose comments are list items, a reply in a list nested in
    # its comment's item: the depth of each comment's header says where it stands
    html = """<html><body><main>
<div>Kofi Mensah</div><div>Beekeeper at Asante Apiaries</div><div>2w</div><div>Report this post</div>
<p>We moved our hives two metres uphill and lost no colony to the floods this year.</p>
<div>58</div><div>3 comments</div><div>Like</div><div>Comment</div><div>Share</div>
<ul>
<li><div>Ama Owusu</div><div>Agronomist</div><div>1w</div><div>Did the bees take long to find the new spot?</div>
  <div>Like</div><div>Reply</div>
  <ul><li><div>Yaw Boateng</div><div>Farmer</div><div>1w</div><div>Ours took two days, no more.</div>
    <div>Like</div><div>Reply</div></li></ul>
</li>
<li><div>Efua Addo</div><div>Teacher</div><div>5d</div><div>Great to read this.</div><div>Like</div><div>Reply</div></li>
</ul>
</main></body></html>"""
    (rec,) = process(html)
    assert [(c.author.name, [(r.author.name, r.text) for r in c.replies]) for c in rec.comments] == [
        ("Ama Owusu", [("Yaw Boateng", "Ours took two days, no more.")]), ("Efua Addo", [])]
    assert check_accounted(html, [rec]) == []


def test_poll_options_that_read_as_a_reading_time_or_an_age_are_still_the_polls():
    # invented: a Spanish post with a poll whose options are durations ("10–15 minutos" has a
    # reading time's shape), the note on who sees the votes in a wording no table holds: each
    # option has its share under it, so the options, the question and the note are the
    # poll's, not the body's
    text = "\n".join([
        "Lucía Ortega", "Directora de ingeniería en Faro Digital", "3 d", "",
        "¿Cuánto duran hoy vuestras reuniones diarias?", "",
        "#Ingeniería #Agile", "",
        "¿Cuánto dura vuestra reunión diaria?", "Solo quien publica ve los votos.",
        "Hasta 10 minutos", "21%", "10–15 minutos", "52%", "15–30 minutos", "22%", "Más de media hora", "5%",
        "230 votos • Encuesta cerrada", "",
        "64", "9 comentarios", "Recomendar", "Comentar", "Compartir", "Enviar",
        "Tomás Berrocal", "Ingeniero de plataforma", "2 d", "Diez minutos, de pie y sin portátil.",
        "Recomendar", "Responder",
    ])
    (rec,) = process(text)
    assert rec.body == "¿Cuánto duran hoy vuestras reuniones diarias?\n\n#Ingeniería #Agile"
    assert [(c.author.name, c.text) for c in rec.comments] == [("Tomás Berrocal", "Diez minutos, de pie y sin portátil.")]


def test_a_document_viewers_page_position_takes_the_cards_title_lines_out_of_the_body():
    # invented: a Dutch feed copy of a post with a document: under the text's fold, the
    # document's title, its viewer's page position ("1 / 9") and the title again, then the
    # counters; the title lines are the card's, not the post's
    text = "\n".join([
        "Sanne de Wit", "HR Business Partner bij Kustlijn Zorg", "5 d", "",
        "We hebben onze onboarding voor nieuwe verpleegkundigen herschreven, van dag één tot week zes.",
        "…meer", "",
        "Onboarding in zes weken", "1 / 9", "Onboarding in zes weken", "",
        "212", "14 reacties", "Interessant", "Reageren", "Reposten", "Verzenden",
    ])
    (rec,) = process(text)
    assert rec.body == "We hebben onze onboarding voor nieuwe verpleegkundigen herschreven, van dag één tot week zes."


# invented: two feed cards whose age line the copy lost (no "5h •", no "Visible to anyone…"
# under the header): a person's (name shown twice, degree badge, headline) and a company page's
# (name shown twice, follower count). With no age to anchor it the header stayed in the body,
# and cleaning the body again read its first lines as an article's byline
FEED_CARD_NO_AGE = """Feed post number 3
Marta Quinn
Marta Quinn
 • 2nd
Fleet Planner | Regional Airlines | Spares
We are looking for two serviceable APU starters for a regional fleet
Offers by the end of the month please.
Like
Comment
Repost
Send
"""

FEED_PAGE_CARD_NO_AGE = """Feed post number 7
Norde Aviation Spares
Norde Aviation Spares
1,204 followers
Starter generators in stock and ready to ship
to operators in Europe and the Gulf.
Ask us for the certificates.
Like
Comment
Repost
Send
"""


def test_a_feed_cards_doubled_name_is_its_header_when_the_age_line_was_lost():
    (rec,) = process(FEED_CARD_NO_AGE)
    assert (rec.author.name, rec.author.bio, rec.age) == (
        "Marta Quinn", "Fleet Planner | Regional Airlines | Spares", None)
    assert rec.body == ("We are looking for two serviceable APU starters for a regional fleet\n\n"
                        "Offers by the end of the month please.")
    assert check_accounted(FEED_CARD_NO_AGE, [rec]) == []
    (again,) = process(rec.body)
    assert again.body == rec.body


def test_a_feed_cards_doubled_name_without_a_headline_leaves_the_next_line_in_the_text():
    # (the line under a page's name and follower count is the text's, not a headline: it has
    # no headline's separators and is not shown twice)
    (rec,) = process(FEED_PAGE_CARD_NO_AGE)
    assert (rec.author.name, rec.author.bio) == ("Norde Aviation Spares", None)
    assert rec.body == ("Starter generators in stock and ready to ship\n\nto operators in Europe and the Gulf."
                        "\n\nAsk us for the certificates.")
    assert check_accounted(FEED_PAGE_CARD_NO_AGE, [rec]) == []
    (again,) = process(rec.body)
    assert again.body == rec.body


def test_a_doubled_label_is_found_among_entries_recorded_between_questions():
    # _shown_twice reads the log's doubled labels once (an index kept on the log, grown with
    # the entries recorded since the last question): the answers are those of a scan of the
    # whole log each time, entries added between the questions included
    from postscrub.repair import Line, RepairLog

    log = RepairLog()
    lines = [Line(no, text) for no, text in enumerate(["Rosa Pell", "Rosa Pell", "Tilde Marr", "x", "Tilde Marr"], 1)]

    def scan(line, gap=1):
        t, no = line.text.strip(), line.no
        return any(r.rule == "ui.doubled_label" and r.text == t and no <= r.line <= no + gap for r in log.entries)

    def answers():
        return [(layouts._shown_twice(ln, log, gap), scan(ln, gap)) for ln in lines for gap in (1, 2)]

    assert all(a == b for a, b in answers())
    log.record(2, 0, "ui.doubled_label", "Rosa Pell")
    log.record(3, 0, "ui.bullet", "Tilde Marr")
    got = answers()
    assert all(a == b for a, b in got) and any(a for a, _ in got)
    log.record(5, 0, "ui.doubled_label", "Tilde Marr")
    got = answers()
    assert all(a == b for a, b in got)
    assert layouts._shown_twice(lines[2], log, 2) and not layouts._shown_twice(lines[2], log, 1)


# invented: a Spanish post pasted into a notes app with its comments, whose age lines the copy
# left out: under the post's tags, blocks of name, headline and text; the author's answer,
# with its badge, after the first comment
AGELESS_COMMENTS_ES = """Rocío Benítez Lara
Ceramista | Taller Barro Sur, Sevilla
2 sem. •

Este mes hemos vendido la pieza número mil del taller.

Gracias a quienes vinisteis a los cursos de los sábados.

#cerámica #Sevilla

Daniel Ortega Ruiz
Librero en La Hoja Suelta
¡Enhorabuena! Guardadme una taza de la próxima hornada.

Rocío Benítez Lara
Autor
Hecho, Daniel. Te aviso en cuanto salga del horno.
"""


def test_comments_copied_without_ages_are_read_under_the_posts_tags():
    (rec,) = process(AGELESS_COMMENTS_ES)
    assert rec.body.endswith("#cerámica #Sevilla")
    assert [(c.author.name, c.author.bio, c.text) for c in rec.comments] == [
        ("Daniel Ortega Ruiz", "Librero en La Hoja Suelta", "¡Enhorabuena! Guardadme una taza de la próxima hornada.")]
    assert [(r.author.name, r.text) for r in rec.comments[0].replies] == [
        ("Rocío Benítez Lara", "Hecho, Daniel. Te aviso en cuanto salga del horno.")]


# invented: a Spanish post closing with its tags, then "Name / Headline" under them: the
# author's sign-off, or a name the post ends on, not a comment without its age
SIGNED_UNDER_TAGS_ES = """Marta Quiroga Vidal
Directora de operaciones en Hilos del Norte
3 d •

Hoy cerramos el primer año de la cooperativa textil con cuarenta socias.

Gracias a todas las que confiasteis en el proyecto desde el primer día.

#cooperativa #textil #Asturias

{name}
{headline}
"""


@pytest.mark.parametrize("name, headline", [
    ("Marta Quiroga Vidal", "Directora de operaciones en Hilos del Norte"),
    ("Jorge Prieto Sanz", "Diseño de producto | Lana Viva, Gijón"),
])
def test_a_name_and_headline_under_the_posts_tags_is_no_comment(name, headline):
    (rec,) = process(SIGNED_UNDER_TAGS_ES.format(name=name, headline=headline))
    assert rec.comments == []
    assert "#cooperativa #textil #Asturias" in rec.body
    kept = rec.body + "\n" + (rec.sign_off or "")
    assert name in kept and headline in kept


def test_two_comments_copied_without_ages_each_name_headline_text_are_read():
    text = SIGNED_UNDER_TAGS_ES.format(
        name="Jorge Prieto Sanz", headline="Fundador de Lana Viva\n¡Felicidades! Un año que se nota en cada prenda."
    ) + "\nLucía Fernández Mora\nDiseñadora textil en Oviedo\nQué orgullo veros crecer así, enhorabuena a las cuarenta.\n"
    (rec,) = process(text)
    assert rec.body.endswith("#cooperativa #textil #Asturias")
    assert [(c.author.name, c.author.bio, c.text) for c in rec.comments] == [
        ("Jorge Prieto Sanz", "Fundador de Lana Viva", "¡Felicidades! Un año que se nota en cada prenda."),
        ("Lucía Fernández Mora", "Diseñadora textil en Oviedo", "Qué orgullo veros crecer así, enhorabuena a las cuarenta."),
    ]
