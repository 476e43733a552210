"""Page layouts (``layouts.py``): invented copies."""

from __future__ import annotations

from postscrub import process
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
