"""HTML source as a dump (``postscrub.markup``): the text a browser shows, every removal recorded."""

from __future__ import annotations

import pytest

from postscrub import process
from postscrub.audit import check_accounted
from postscrub.markup import is_markup
from postscrub.repair import split_lines

# a feed card's HTML as a browser's "copy outerHTML" gives it: the visible text, LinkedIn's
# screen-reader copies of it (visually-hidden), a script, entities, <br> between paragraphs
CARD = """<div class="feed-shared-update-v2" role="region">
  <div class="update-components-actor">
    <span class="actor__title"><span aria-hidden="true"><!---->Mara Quinn<!----></span><span class="visually-hidden">Mara Quinn</span></span>
    <span class="actor__description"><span aria-hidden="true">Head of Data at Larkfield &amp; Co</span><span class="visually-hidden">Head of Data at Larkfield &amp; Co</span></span>
    <span class="actor__sub-description"><span aria-hidden="true">3d • </span><span class="visually-hidden">3 days ago</span></span>
  </div>
  <script type="application/ld+json">{"text": "not shown"}</script>
  <div class="update-components-text"><span dir="ltr">We cut our meetings in half.<br><br>What did we keep? The retro.<br><br><a href="https://www.linkedin.com/feed/hashtag/?keywords=focus&amp;x=1"><span class="visually-hidden">hashtag</span><span aria-hidden="true">#</span>focus</a></span></div>
  <div class="social-counts"><span>42</span></div>
  <div class="actions"><button><span>Like</span></button><button><span>Comment</span></button><button><span>Repost</span></button></div>
</div>"""


def test_a_card_in_html_reads_as_the_page_a_browser_shows():
    (rec,) = process(CARD)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Mara Quinn", "Head of Data at Larkfield & Co", "3d")
    assert rec.body == "We cut our meetings in half.\n\nWhat did we keep? The retro.\n\n#focus"
    assert rec.hashtags == ["#focus"]
    rules = {r.rule for r in rec.repairs}
    assert {"html.markup", "html.hidden"} <= rules
    assert check_accounted(CARD, [rec]) == []


def test_minified_html_on_one_line_is_cut_into_blocks():
    # (the header's spans are inline: CSS, which a dump does not carry, puts them on lines of
    # their own; the blocks around them still part them from the body)
    one = CARD.replace("\n", "")
    (rec,) = process(one)
    assert "We cut our meetings in half.\n\nWhat did we keep? The retro.\n\n#focus" in rec.body
    assert rec.hashtags == ["#focus"]
    assert "Like" not in rec.body and "not shown" not in rec.body
    assert check_accounted(one, [rec]) == []


@pytest.mark.parametrize("text", [
    "We moved from <div> soup to CSS grid.\nIt took a week.\nWorth it.",
    "Tip: wrap it in <b>bold</b>\nand <i>italics</i>\nthen ship",
    "a < b and c > d\n<3 this team\nok",
])
def test_text_that_mentions_tags_is_no_markup(text):
    assert not is_markup(split_lines(text))
    (rec,) = process(text)
    assert "<" in rec.body  # left as written


@pytest.mark.parametrize("text", [
    "<div>" * 3000, "<script>" + "x" * 5000, "<div><span class='visually-hidden'>never closed",
    "<!DOCTYPE html><html><head><title>t</title></head><body><p>Hi</p>", "<" * 5000, "<div\n<div\n<div\n",
    "<div><!-- unterminated comment\n<p>text</p>\n<p>more</p>", "<html>\n<body>\n<p>&#xD800; &#99999999;</p>",
])
def test_hostile_markup_does_not_crash_and_is_accounted(text):
    recs = process(text)
    assert recs and check_accounted(text, recs) == []


_EXPORT = """<!DOCTYPE html>
<html><head><title>Saved post</title></head>
<body>
<header>
<span class="n">Lotte Maas</span>
<span class="h">Head Gardener at Rosehill Estate</span>
<time>3d</time>
</header>
<article>
<p>Our walled garden opens to visitors again next spring after two years of repairs.</p>
<p>The old glasshouse kept its original panes, all four hundred of them, and the vine inside it is older than the house.</p>
<p>We replanted the herb beds with the varieties listed in the head gardener's notebook from 1911, found in the attic last winter.</p>
<p>Tickets go on sale in February. Volunteers get in free on the first Sunday of every month.</p>
</article>
<div>96 reactions · 12 comments</div>
<h2>Comments</h2>
<ul class="comments">
<li>
<span class="n">Arjun Mehta</span>
<span class="h">Landscape architect | Historic gardens</span>
<time>2d</time>
<p>Four hundred original panes is remarkable. Who did the glazing work?</p>
<ul class="replies">
<li>
<span class="n">Lotte Maas</span>
<span class="h">Head Gardener at Rosehill Estate</span>
<time>1d</time>
<p>A family firm from the next village, three generations of glaziers.</p></li>
</ul></li>
<li>
<span class="n">Greta Holm</span>
<span class="h">Botanical illustrator</span>
<time>1d</time>
<p>Counting the days until I can sketch in there again.</p></li>
</ul>
<footer>Saved with PageKeep 1.2 on 02/03/2026</footer>
</body></html>
"""


def test_a_reply_in_a_list_nested_in_its_comments_item_is_nested_and_the_page_footer_is_no_comment():
    rec = process(_EXPORT)[0]
    assert [(c.author.name, c.text, [(r.author.name, r.age, r.text) for r in c.replies]) for c in rec.comments] == [
        ("Arjun Mehta", "Four hundred original panes is remarkable. Who did the glazing work?",
         [("Lotte Maas", "1d", "A family firm from the next village, three generations of glaziers.")]),
        ("Greta Holm", "Counting the days until I can sketch in there again.", [])]


def test_a_footer_inside_an_article_stays():
    from postscrub.markup import strip_markup
    from postscrub.repair import RepairLog

    lines = split_lines("<html><body><article><p>Text of the post.</p>\n"
                        "<footer>Photo: Ana Ruiz</footer></article>\n<footer>Site footer</footer></body></html>")
    out = " ".join(ln.text for ln in strip_markup(lines, RepairLog()))
    assert "Photo: Ana Ruiz" in out and "Site footer" not in out


def test_a_comment_items_header_fields_in_classed_spans_stand_on_lines_of_their_own():
    # invented: a tool's HTML with each comment's name, headline and time in its own classed
    # span, only a space between them (a browser shows them as one line)
    text = ("<!DOCTYPE html>\n<html><body>\n<div class=\"post\">\n"
            "<div class=\"who\">Rosa Lindqvist</div>\n<div class=\"role\">Baker at Vetebullen</div>\n"
            "<div class=\"when\">2 d</div>\n"
            "<div class=\"text\"><p>We switched to a sourdough that rises overnight.</p>"
            "<p>Mornings got calmer.</p></div>\n<ul class=\"replies\">\n"
            "<li class=\"item\"><span class=\"x-author\">Omar Feld</span> <span class=\"x-headline\">Pastry chef</span>"
            " <span class=\"x-time\">5 h</span>\n<div class=\"x-body\">How long do you proof it?</div></li>\n"
            "</ul>\n</div>\n</body></html>\n")
    [rec] = process(text)
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Omar Feld", "Pastry chef", "5 h", "How long do you proof it?")]
    assert "Omar" not in rec.body


def test_the_links_of_a_nav_run_together_in_the_source_stand_apart():
    text = ('<!DOCTYPE html><html><body><header><nav><a>Artikel</a><a>Leute</a><a>Lernen</a></nav></header>\n'
            '<main><p>Wir haben die Werkstatt an einem Freitag aufgeräumt.</p></main></body></html>\n')
    from postscrub.markup import strip_markup
    from postscrub.repair import RepairLog

    lines = strip_markup(split_lines(text), RepairLog())
    shown = [ln.text.strip() for ln in lines if ln.text.strip()]
    assert shown[:3] == ["Artikel", "Leute", "Lernen"]
    # (outside a nav, links in running text stay in their line)
    lines = strip_markup(split_lines('<!DOCTYPE html><p>See <a>this</a><a>page</a> now.</p>\n'), RepairLog())
    assert [ln.text.strip() for ln in lines if ln.text.strip()] == ["See thispage now."]


def test_a_nav_is_known_open_by_its_count_as_by_a_look_through_the_open_tags():
    # (a look through the open tags for each link grew with the square of a page's depth)
    from postscrub.markup import _Reader

    class Looking(_Reader):
        def _in_nav(self):
            return any(t == "nav" for t, _, _ in self._stack)

    pages = [
        "<nav><a>Artikel</a><a>Leute</a></nav><p><a>im Text</a></p>",
        "<div><nav><ul><li><a>Uno</a><li><a>Dos</a></ul></div><a>fuera</a>",  # (the div closes the nav it skips)
        "<nav><nav><a>a</a></nav><a>b</a></nav><a>c</a>",
        "<nav/><a>x</a><nav><a>y</a>",  # (a self-closed one, one never closed)
        "<section><nav><a>p</a></section></nav><a>q</a>",
        "<nav>" * 3 + "</nav><a>r</a></nav></nav><a>s</a>" + "</nav>",
    ]
    for page in pages:
        got, ref = _Reader([0]), Looking([0])
        got.feed_text(page)
        ref.feed_text(page)
        assert got.cuts == ref.cuts, page


def _walking_reader():
    """The reader as it was: the footer's holder and an end tag's match looked for by a walk of
    the open tags (nesting times tags)."""
    from postscrub.markup import _FIELD_CLASS_SPLIT, _FIELD_CLASS_WORDS, _HIDDEN_CLASSES, _HOLDERS, \
        _INVISIBLE, _LISTS, _VOID, _Reader

    class Walking(_Reader):
        def handle_starttag(self, tag, attrs):
            at, raw = self._start_tag(tag)
            if tag in _VOID or raw.rstrip().endswith("/>"):
                return
            classes = set()
            hidden_attr = False
            for k, v in attrs:
                if k == "class" and v:
                    classes.update(v.split())
                elif k == "hidden":
                    hidden_attr = True
            hides = tag in _INVISIBLE or bool(classes & _HIDDEN_CLASSES) or hidden_attr
            if tag == "span" and classes and not hides and self._stack and self._stack[-1][0] == "li" and any(
                    w in _FIELD_CLASS_WORDS for c in classes for w in _FIELD_CLASS_SPLIT.split(c.lower())):
                self._field_spans.append((len(self._stack), at))
            hides = hides or tag == "footer" and not any(t in _HOLDERS for t, _, _ in self._stack)
            self._stack.append((tag, hides, at))
            self._navs += tag == "nav"
            if tag in _LISTS:
                self._depth += 1
                self.lists.append((at, self._depth))

        def handle_endtag(self, tag):
            at = self._here()
            end = self._tag_end(at)
            self.tags.append((at, end))
            if tag in _BLOCKS_OF_READER or tag == "a" and self._in_nav():
                self.cuts += [at, end]
            for i in range(len(self._stack) - 1, -1, -1):
                if self._stack[i][0] == tag:
                    for t, hides, start in self._stack[i:]:
                        if hides:
                            self.hidden.append((start, end))
                        if t in _LISTS:
                            self._depth -= 1
                            self.lists.append((end, self._depth))
                        self._navs -= t == "nav"
                    while self._field_spans and self._field_spans[-1][0] >= i:
                        self.fields.append((self._field_spans.pop()[1], end))
                    del self._stack[i:]
                    break

    return Walking


from postscrub.markup import _BLOCKS as _BLOCKS_OF_READER  # noqa: E402

_MARKUP_TAGS = ["article", "li", "ul", "ol", "footer", "div", "span", "nav", "a", "p", "section", "script", "b"]


def test_the_reader_counts_open_tags_as_a_walk_of_them_finds_them():
    # (a footer's test for a holder around it, and an end tag with no start tag open, walked
    # every open tag: nesting times tags; counts per tag name answer the same)
    import random

    from postscrub.markup import _Reader

    Walking = _walking_reader()
    rng = random.Random(13)
    pages = ["<div>" * 50 + "</li>" * 50 + "<footer>f</footer>" + "</div>" * 50,
             "<article><footer>kept</footer></article><footer>hidden</footer></p></p>"]
    for _ in range(400):
        parts = []
        for _ in range(rng.randrange(1, 40)):
            tag = rng.choice(_MARKUP_TAGS)
            r = rng.random()
            if r < 0.45:
                cls = rng.choice(["", ' class="visually-hidden"', ' class="comment-author"', " hidden"])
                parts.append(f"<{tag}{cls}>")
            elif r < 0.85:
                parts.append(f"</{tag}>")
            else:
                parts.append(rng.choice(["text", "\n", "<br>", "<img/>", "<a href='x'/>"]))
        pages.append("".join(parts))
    for page in pages:
        starts, pos = [], 0
        for line in page.split("\n"):
            starts.append(pos)
            pos += len(line) + 1
        got, ref = _Reader(starts), Walking(starts)
        got.feed_text(page)
        ref.feed_text(page)
        assert (got.tags, got.hidden, got.cuts, got.lists, got.fields) == \
            (ref.tags, ref.hidden, ref.cuts, ref.lists, ref.fields), page


def _clip_by_look(spans, lo, hi):
    return [(max(a, lo) - lo, min(b, hi) - lo) for a, b in spans if a < hi and b > lo and min(b, hi) > max(a, lo)]


def _subtract_by_look(spans, holes):
    out = []
    for a, b in spans:
        for h0, h1 in holes:
            if h1 <= a or h0 >= b:
                continue
            if h0 > a:
                out.append((a, h0))
            a = max(a, h1)
            if a >= b:
                break
        if a < b:
            out.append((a, b))
    return out


def test_the_spans_of_a_piece_are_found_by_bisection_as_by_a_look_through_them_all():
    # (a look through every span for each piece of each line grew with the square of a page's
    # blocks: 100 KB of "<p>x</p>" took half a minute)
    import random

    from postscrub.markup import _clip, _merge, _subtract

    rng = random.Random(12)
    for _ in range(300):
        spans = _merge([(a, a + rng.randrange(0, 6)) for a in (rng.randrange(0, 80) for _ in range(rng.randrange(0, 14)))])
        holes = _merge([(a, a + rng.randrange(1, 9)) for a in (rng.randrange(0, 80) for _ in range(rng.randrange(0, 6)))])
        left = _subtract(spans, holes)
        assert left == _subtract_by_look(spans, holes), (spans, holes)
        for lo in range(0, 85, 7):
            for hi in (lo, lo + 1, lo + 9, lo + 40):
                assert _clip(left, lo, hi) == _clip_by_look(left, lo, hi)
                assert _clip(spans, lo, hi, [b for _, b in spans]) == _clip_by_look(spans, lo, hi)


def test_a_page_of_many_blocks_reads_each_block_on_its_line():
    from postscrub.markup import strip_markup
    from postscrub.repair import Line, RepairLog

    page = "<div>" + "".join(f"<p>line {i} <em>x</em><span hidden>no</span></p>" for i in range(400)) + "</div>"
    log = RepairLog()
    out = strip_markup([Line(1, page)], log)
    assert [ln.text for ln in out if ln.text] == [f"line {i} x" for i in range(400)]
    assert [e.text for e in log.entries if e.rule == "html.hidden"] == ["<span hidden>no</span>"] * 400
