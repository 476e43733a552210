"""Atom and RSS feeds of a page's posts (invented text)."""

from postscrub import pipeline
from postscrub.audit import check_accounted

ATOM = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Quillby Bakery - LinkedIn</title>
  <id>https://example.test/company/quillby/</id>
  <updated>2031-04-02T08:00:00Z</updated>
  <entry>
    <title>We baked 400 loaves for the river cleanup volunteers…</title>
    <id>urn:li:activity:1111</id>
    <published>2031-04-01T07:00:00Z</published>
    <author><name>Quillby Bakery</name></author>
    <content type="html">&lt;p&gt;We baked 400 loaves for the river cleanup volunteers &amp;amp; their dogs.&lt;/p&gt;&lt;p&gt;Line one&lt;br&gt;Line two?&lt;/p&gt;&lt;p&gt;#Community #Bread&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Second post…</title>
    <author><name>Quillby Bakery</name></author>
    <content type="html">&lt;p&gt;Our sourdough starter turns nine today 🎂&lt;/p&gt;</content>
  </entry>
</feed>
"""

RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Posts</title>
<item><title>Short…</title><dc:creator>Odile Marchetti</dc:creator>
<description><![CDATA[<p>Three things I learned from tuning pianos.</p><p>Patience first.</p>]]></description>
<pubDate>Tue, 01 Apr 2031 07:00:00 GMT</pubDate></item>
</channel></rss>
"""


def test_atom_entries_are_records():
    recs = pipeline.process(ATOM)
    assert len(recs) == 2
    a, b = recs
    assert a.author.name == "Quillby Bakery" and a.author.bio is None
    assert a.title is None and a.age is None
    assert a.body == ("We baked 400 loaves for the river cleanup volunteers & their dogs.\n\n"
                      "Line one\nLine two?\n\n#Community #Bread")
    assert a.hashtags == ["#Community", "#Bread"]
    assert b.body == "Our sourdough starter turns nine today 🎂"
    assert check_accounted(ATOM, recs) == []


def test_rss_cdata_item():
    recs = pipeline.process(RSS)
    assert len(recs) == 1
    assert recs[0].author.name == "Odile Marchetti"
    assert recs[0].body == "Three things I learned from tuning pianos.\n\nPatience first."
    assert check_accounted(RSS, recs) == []


def test_not_a_feed_falls_back():
    text = "<feed> is a word here\nJust a post about feeding cats.\n"
    recs = pipeline.process(text)
    assert recs and check_accounted(text, recs) == []
    broken = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>x</title>'
    recs = pipeline.process(broken)
    assert recs and check_accounted(broken, recs) == []


def test_soft_hyphens_and_zero_width_spaces_a_route_added_are_gone_from_a_feeds_records():
    # invented: the same feed with soft hyphens inside long words (a hyphenating HTML export)
    # and zero-width spaces at its lines' ends: the records are those of the feed without them
    import re

    routed = re.sub(r"\b([^\W\d_]{4})([^\W\d_]{4,})", "\\1\u00ad\\2", ATOM).replace("\n", "\u200b\n")
    got = [(r.author.name, r.body) for r in pipeline.process(routed)]
    assert got == [(r.author.name, r.body) for r in pipeline.process(ATOM)]
    assert "\u00ad" not in str(got) and "\u200b" not in str(got)


def test_an_escaped_ampersand_in_an_authors_name_is_decoded():
    rss = ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
           "<title>Posts</title>\n<item><title>Kilns…</title><dc:creator>Pell &amp; Quarry Ceramics</dc:creator>\n"
           "<description>&lt;p&gt;Our new kilns arrive on Monday.&lt;/p&gt;</description></item>\n"
           "<item><title>Glaze…</title><author>Brine &amp;amp; Birch</author>\n"
           "<description>&lt;p&gt;Glaze tests all week.&lt;/p&gt;</description></item>\n</channel></rss>\n")
    recs = pipeline.process(rss)
    assert [r.author.name for r in recs] == ["Pell & Quarry Ceramics", "Brine & Birch"]
    assert recs[0].body == "Our new kilns arrive on Monday."
    assert check_accounted(rss, recs) == []


def test_an_author_element_inside_an_entrys_text_is_the_texts():
    # invented: a CDATA body quoting the template's author tags; the entry's own author is
    # the element outside it (or none)
    rss = ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
           "<title>Posts</title>\n<item><title>Tags…</title>\n<description><![CDATA[<p>Our feed template writes "
           "<dc:creator>Brine &amp; Birch</dc:creator> for the author.</p>]]></description>\n"
           "<dc:creator>Pell &amp; Quarry</dc:creator></item>\n<item><title>Tags…</title>\n"
           "<description><![CDATA[<p>And <author>Ana Lee</author> in Atom.</p>]]></description></item>\n</channel></rss>\n")
    recs = pipeline.process(rss)
    assert [(r.author.name, r.body) for r in recs] == [
        ("Pell & Quarry", "Our feed template writes Brine & Birch for the author."), (None, "And Ana Lee in Atom.")]
    assert check_accounted(rss, recs) == []


def test_an_author_element_whose_entities_decode_to_no_name_gives_none():
    # invented: a blank name written as an entity, and a name holding escaped markup
    rss = ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
           "<title>Posts</title>\n<item><title>Kilns…</title><dc:creator>&#32;&nbsp;</dc:creator>\n"
           "<description>&lt;p&gt;Our new kilns arrive on Monday.&lt;/p&gt;</description></item>\n"
           "<item><title>Glaze…</title><author>&lt;b&gt;Brine &amp;amp; Birch&lt;/b&gt;</author>\n"
           "<description>&lt;p&gt;Glaze tests all week.&lt;/p&gt;</description></item>\n</channel></rss>\n")
    recs = pipeline.process(rss)
    assert [(r.author.name, r.body) for r in recs] == [(None, "Our new kilns arrive on Monday."),
                                                       (None, "Glaze tests all week.")]
    assert check_accounted(rss, recs) == []


# invented: an RSS reader's export of a newsletter's editions (articles: their links are /pulse/ ones)
_ARTICLE_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Field Kitchen | LinkedIn Newsletter</title>
<item>
<title>Why We Stopped Buying Pre-Cut Vegetables</title>
<link>https://www.linkedin.com/pulse/why-we-stopped-buying-pre-cut-vegetables-rina-okoye-3qx/</link>
<dc:creator>Rina Okoye</dc:creator>
<content:encoded><![CDATA[<p>For two years our canteen bought every vegetable washed and cut.</p><p>It cost us a third more than whole produce, and the waste was worse.</p><p>Have you priced your prep time lately? Tell me what you found.</p><p><strong>— Rina</strong></p><p><em>Liked this? Subscribe to Field Kitchen to get it every Monday.</em></p>]]></content:encoded>
</item>
</channel>
</rss>
"""


def test_an_article_entrys_title_and_its_signature_between_question_and_call_to_action():
    (rec,) = pipeline.process(_ARTICLE_RSS)
    assert rec.title == "Why We Stopped Buying Pre-Cut Vegetables"
    assert rec.author.name == "Rina Okoye"
    assert rec.sign_off == "— Rina"
    assert rec.cta == "Liked this? Subscribe to Field Kitchen to get it every Monday."
    assert rec.body.endswith("Have you priced your prep time lately? Tell me what you found.")
    assert check_accounted(_ARTICLE_RSS, [rec]) == []


def test_an_article_entrys_title_is_the_articles():
    """An entry whose link is an article's (/pulse/) has a title of its own, not a
    truncation of its text: the record's title (entities decoded). A post's entry keeps none."""
    from postscrub import process

    feed = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Notes | LinkedIn Newsletter</title>
<item>
<title>Issue #7: Tides &amp; timetables</title>
<link>https://www.linkedin.com/pulse/issue-7-tides-timetables-ines-carvalho-2kq/</link>
<dc:creator>Ines Carvalho</dc:creator>
<content:encoded><![CDATA[<p>The ferry timetable changed twice this winter.</p><p>Here is why the tide tables matter more than the weather.</p>]]></content:encoded>
</item>
<item>
<title>The ferry timetable changed twice…</title>
<link>https://www.linkedin.com/posts/ines-carvalho_ferries-activity-7123-abc/</link>
<dc:creator>Ines Carvalho</dc:creator>
<description>The ferry timetable changed twice this winter. More soon.</description>
</item>
</channel></rss>"""
    article, post = process(feed)
    assert article.title == "Issue #7: Tides & timetables" and article.author.name == "Ines Carvalho"
    assert post.title is None


def test_an_author_name_in_a_cdata_section_is_its_text():
    # invented: an Atom feed whose author's name a generator wrapped in CDATA (an ampersand in
    # it left as written, no entity); the body's own element as usual
    text = ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom">\n'
            '  <title>Saved posts</title>\n'
            '  <entry>\n'
            '    <id>urn:li:activity:7020000000000000001</id>\n'
            '    <author><name><![CDATA[Chloé Martin & Associés]]></name></author>\n'
            '    <content type="html">&lt;p&gt;Nous recrutons deux juristes à Lyon.&lt;/p&gt;</content>\n'
            '  </entry>\n'
            '</feed>\n')
    (rec,) = pipeline.process(text)
    assert rec.author.name == "Chloé Martin & Associés"
    assert rec.body == "Nous recrutons deux juristes à Lyon."
    assert check_accounted(text, [rec]) == []
