"""A scraper's log read as an export (invented logs)."""

from __future__ import annotations

import pytest

from postscrub import process
from postscrub.audit import check_accounted

LOG = """2025-01-10T08:00:00Z INFO  [job] run 4 started (mode=full, max=1)
2025-01-10T08:00:01Z INFO  [fetch] GET https://www.linkedin.com/posts/x-activity-1 200
2025-01-10T08:00:02Z DEBUG [parse] author="Nina Holm" headline="Chef at Holm Kitchen" age='5h' likes=31
2025-01-10T08:00:02Z INFO  [parse] text >>>
We changed the menu every week for a year.

Guests came back more often than ever. 🍲

#Food
<<< end (88 chars)
2025-01-10T08:00:03Z DEBUG [comments] #1 author='Ola Berg' headline='Baker' age='4h' text='Which dish stayed?'
2025-01-10T08:00:03Z DEBUG [comments]   reply to #1 author='Nina Holm' age='3h' text='The soup, always.'
2025-01-10T08:00:04Z DEBUG [comments] #2 author='Siri Dahl' age='2h' text='Love this.'
2025-01-10T08:00:05Z WARNING [job] slow response, waiting 5s
2025-01-10T08:00:10Z INFO  [job] run 4 finished
"""


def test_scraper_log_with_fields_a_text_block_comments_and_a_reply():
    (rec,) = process(LOG)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == ("scraper_log", "Nina Holm", "Chef at Holm Kitchen", "5h")
    assert rec.body == "We changed the menu every week for a year.\n\nGuests came back more often than ever. 🍲\n\n#Food"
    assert rec.hashtags == ["#Food"] and rec.reactions == 31
    a, b = rec.comments
    assert (a.author.name, a.author.bio, a.age, a.text) == ("Ola Berg", "Baker", "4h", "Which dish stayed?")
    assert [(r.author.name, r.text) for r in a.replies] == [("Nina Holm", "The soup, always.")]
    assert (b.author.name, b.text, b.replies) == ("Siri Dahl", "Love this.", [])
    assert check_accounted(LOG, [rec]) == []


@pytest.mark.parametrize("text", [
    "2025-01-10 08:00:00 INFO started\n2025-01-10 08:00:01 INFO done\n",  # (no text: no post)
    "2025-01-10 08:00:00 INFO text >>>\nunclosed block\n",
    "2025 was the year we opened.\n\nThanks to everyone.\n",
    "2025-01-10 08:00:00 INFO a='unterminated\n2025-01-10 08:00:00 ERROR x=\n",
])
def test_what_is_no_log_with_a_post_falls_back(text):
    recs = process(text)
    assert all(r.shape != "scraper_log" for r in recs)
    assert check_accounted(text, recs) == []


# invented: a Node scraper's log in lowercase levels, two posts each scoped "item#N", a text
# printed one message a line ("item#1 | …"), comments as pairs then the text after "::",
# each dotted under its parent's id ("k1", then "k1.a1")
SCOPED_LOG = """2031-05-02T07:00:00.100Z info  [fetch] GET /feed/1 -> 200 (90ms)
2031-05-02T07:00:00.200Z info  [parse] item#1 who="Ruth Achebe" tagline="Potter at Kilnside" ago=2d
2031-05-02T07:00:00.200Z debug [parse] item#1 | The kiln reached temperature at midnight.
2031-05-02T07:00:00.200Z debug [parse] item#1 | 
2031-05-02T07:00:00.200Z debug [parse] item#1 | Twelve bowls came out whole. #Pottery
2031-05-02T07:00:00.300Z debug [thread] item#1 k1 who="Ben Ortiz" tagline="Glaze chemist" ago=1d :: Which glaze held up best?
2031-05-02T07:00:00.300Z debug [thread] item#1 k1.a1 who="Ruth Achebe" tagline="Potter at Kilnside" ago=1d :: The ash glaze, by far.
2031-05-02T07:00:00.300Z debug [thread] item#1 k2 who="Lena Park" ago=20h :: Twelve out of twelve is rare.
2031-05-02T07:00:01.000Z info  [parse] item#2 who="Tomas Veld" tagline="Furniture maker" ago=3d
2031-05-02T07:00:01.000Z debug [parse] item#2 | Oak takes a year per inch to dry. We waited four.
2031-05-02T07:00:02.000Z warn  [export] 2 items written
"""


def test_a_log_of_several_scoped_posts_with_text_lines_and_dotted_comment_ids():
    a, b = process(SCOPED_LOG)
    assert (a.shape, a.author.name, a.author.bio, a.age) == ("scraper_log", "Ruth Achebe", "Potter at Kilnside", "2d")
    assert a.body == "The kiln reached temperature at midnight.\n\nTwelve bowls came out whole. #Pottery"
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in a.comments] == [
        ("Ben Ortiz", "Glaze chemist", "1d", "Which glaze held up best?"),
        ("Lena Park", None, "20h", "Twelve out of twelve is rare.")]
    assert [(r.author.name, r.text) for r in a.comments[0].replies] == [("Ruth Achebe", "The ash glaze, by far.")]
    assert (b.author.name, b.age, b.body, b.comments) == (
        "Tomas Veld", "3d", "Oak takes a year per inch to dry. We waited four.", [])
    assert check_accounted(SCOPED_LOG, [a, b]) == []


INDEXED_LOG = """\
2030-09-14 06:00:00.010 INFO  scrape: name="Greta Holm" occupation="Orchard owner" posted=4d
2030-09-14 06:00:00.020 DEBUG scrape: body='Frost came early, so we picked the apples by headlamp.'
2030-09-14 06:00:00.030 DEBUG scrape: comments[0] name="Ivo Marek" occupation="Cider maker"
2030-09-14 06:00:00.031 DEBUG scrape: comments[0] posted=3d body='Save me a crate of the russets!'
2030-09-14 06:00:00.032 DEBUG scrape: comments[0].replies[0] name="Greta Holm" posted=3d
2030-09-14 06:00:00.033 DEBUG scrape: comments[0].replies[0] body='Already set aside.'
2030-09-14 06:00:00.040 DEBUG scrape: comments[1] name="Lotte Berg" posted=2d
2030-09-14 06:00:00.041 DEBUG scrape: comments[1] body='Headlamp harvest sounds magical.'
2030-09-14 06:00:00.050 INFO  scrape: finished
"""


def test_an_indexed_items_fields_over_several_log_lines_are_one_comment():
    (rec,) = process(INDEXED_LOG)
    assert (rec.author.name, rec.age) == ("Greta Holm", "4d")
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Ivo Marek", "Cider maker", "3d", "Save me a crate of the russets!"),
        ("Lotte Berg", None, "2d", "Headlamp harvest sounds magical.")]
    assert [(r.author.name, r.text) for r in rec.comments[0].replies] == [("Greta Holm", "Already set aside.")]
