"""A page printed to PDF and read back as text (invented text)."""

import pytest

from postscrub import pipeline
from postscrub.audit import check_accounted

_HEAD = "3/4/31, 8:05 PM         Ines Varga on LinkedIn: We mapped every bus stop in our town…"
_FOOT = "https://example.test/posts/ines-varga_activity-555…                         {}/2"
PRINTED = f"""{_HEAD}


   LinkedIn                                                      Join now     Sign in

Ines Varga
Civic Data Volunteer at Open Lanes
5d

We mapped every bus stop in our town in one weekend with forty volunteers.

Half the stops had no shelter, and a third had no timetable at all. The council
asked for the data on Monday. We sent it with a short report on the worst ten
and a photo of each. The answer came back faster than any of us expec-
{_FOOT.format(1)}
\f{_HEAD}


ted: six shelters will be built this spring.

#OpenData #CivicTech

   87                                                         9 Comments

   Like                    Comment                    Share

{_FOOT.format(2)}
"""


def test_printed_page_chrome_and_hyphenation():
    recs = pipeline.process(PRINTED)
    r = recs[0]
    assert r.author.name == "Ines Varga" and r.age == "5d"
    assert "expected: six shelters" in r.body
    assert "LinkedIn:" not in r.body and "/2" not in r.body and "Comments" not in r.body
    assert r.body.endswith("#OpenData #CivicTech")
    assert check_accounted(PRINTED, recs) == []


def test_form_feed_without_repeated_header_is_left_alone():
    text = "Ana Ruiz\nBaker\n2d\nA post about bread.\n\fAnother page with other words.\n"
    recs = pipeline.process(text)
    assert recs and check_accounted(text, recs) == []


# the same page's text copied out of a PDF viewer: no form feed, the header and footer
# (address, one space, "N/M") between two lines of the body
_HEAD2 = "04.03.31, 20:05 (2) Post | LinkedIn"
_FOOT2 = "https://example.test/feed/update/urn:li:activity:555/ {}/2"
COPIED = f"""{_HEAD2}
Ines Varga
Civic Data Volunteer at Open Lanes
5d •
We mapped every bus stop in our town in one weekend with forty volunteers.
Half the stops had no shelter, and a third had no timetable at all.
{_FOOT2.format(1)}
{_HEAD2}
The council asked for the data on Monday and six shelters will be built this spring.

#OpenData #CivicTech
87
9 comments
Like Comment Share
{_FOOT2.format(2)}
"""


def test_printed_page_copied_without_form_feeds():
    recs = pipeline.process(COPIED)
    r = recs[0]
    assert r.author.name == "Ines Varga" and r.age == "5d"
    assert "no timetable at all.\nThe council asked" in r.body
    assert "LinkedIn" not in r.body and "/2" not in r.body and "example.test" not in r.body
    assert r.body.endswith("#OpenData #CivicTech")
    assert {x.rule for x in recs[0].repairs} >= {"print.page_header", "print.page_footer"}
    assert check_accounted(COPIED, recs) == []


def test_a_first_line_that_comes_back_without_a_page_footer_is_no_print_header():
    text = ("Ines Varga shared a post about buses\nInes Varga\nCivic Data Volunteer\n5d\nA post about buses.\n"
            "Ines Varga shared a post about buses\nMore text.\n")
    recs = pipeline.process(text)
    assert not any(x.rule.startswith("print.") for x in recs[0].repairs)


def test_a_first_line_back_under_a_fraction_is_no_page_break_without_the_last_footer():
    # a comment ending in "1/2" over the author's reply, the author's name the dump's first line
    text = ("Katarina Lindqvist\nBeekeeper at Hill Farm\n2d\nHalf our hives made it through the frost.\n"
            "Ola Berg\nFarmer\n1d\nOurs came through at 1/2\nKatarina Lindqvist\nAuthor\n1d\nSame ratio, then.\n")
    recs = pipeline.process(text)
    assert not any(x.rule.startswith("print.") for x in recs[0].repairs)


# invented: print to PDF, then pdftotext without -layout: a two-line print header on each page,
# the page's address over a bare "1/2", every page closed by a form feed (the last one too),
# the text wrapped near the page's width, a word hyphenated at a line's end
_TOP = "4/2/31, 9:12 AM\n\nWhat Our Repair Café Learned in Its First Year | LinkedIn\n"
_ADDR = "https://www.linkedin.com/pulse/what-our-repair-cafe-learned-its-first-year-tomasz-weir-8kd"
PDFTOTEXT = f"""{_TOP}
What Our Repair Café Learned in Its First Year of Fixing Things for the
Neighbourhood

Tomasz Weir
Volunteer Coordinator at Hollin Street Repair Café

Published Feb 9, 2031

We opened the repair café in a church hall with six volunteers, two soldering
irons and a box of donated screws. In the first year we fixed 412 things and
sent 61 home with a part to order. Lamps were the most common re-
quest, then trousers.

{_ADDR}

1/2
\f{_TOP}
Toasters were the hardest: most of them are glued shut on purpose.

#Repair #Community

{_ADDR}

2/2
\f"""


def test_pdftotext_print_chrome_wrapped_lines_and_title():
    recs = pipeline.process(PDFTOTEXT)
    r = recs[0]
    assert r.title == "What Our Repair Café Learned in Its First Year of Fixing Things for the Neighbourhood"
    assert r.author.name == "Tomasz Weir"
    assert ("We opened the repair café in a church hall with six volunteers, two soldering irons and a box"
            " of donated screws.") in r.body
    assert "Lamps were the most common request, then trousers." in r.body
    assert "| LinkedIn" not in r.body and "1/2" not in r.body and "https://" not in r.body
    assert "4/2/31" not in r.body and r.body.endswith("#Repair #Community")
    assert check_accounted(PDFTOTEXT, recs) == []


# invented: the same route, the title set in a larger type (so wrapped well short of the
# page's width, going on in lower case) and a row of buttons set with gaps among the comments
PDFTOTEXT_SHORT_TITLE = f"""{_TOP}
A small repair café, a long list of toasters and what we
learned about glue

Tomasz Weir
Volunteer Coordinator at Hollin Street Repair Café

Published Feb 9, 2031

We opened the repair café in a church hall with six volunteers, two soldering
irons and a box of donated screws. In the first year we fixed 412 things.

Like   Comment   Share

{_ADDR}

1/2
\f{_TOP}
Toasters were the hardest: most of them are glued shut on purpose.

{_ADDR}

2/2
\f"""


def test_pdftotext_title_wrapped_short_and_a_gapped_button_row():
    (r,) = pipeline.process(PDFTOTEXT_SHORT_TITLE)
    assert r.title == "A small repair café, a long list of toasters and what we learned about glue"
    assert r.author.name == "Tomasz Weir"
    assert ("two soldering irons and a box of donated screws.") in r.body


# invented (a variant of COPIED above): the page's lines as the viewer kept them, one of them
# long, then the author's name: a copy out of a viewer is not wrapped text, so no line joins
COPIED_LONG_LINE = '04.03.31, 20:05 (2) Post | LinkedIn\nWe mapped every bus stop in our town in one weekend with forty volunteers.\nInes Varga\nCivic Data Volunteer at Open Lanes\n5d •\nWe mapped every bus stop in our town in one weekend with forty volunteers.\nHalf the stops had no shelter, and a third had no timetable at all.\nhttps://example.test/feed/update/urn:li:activity:555/ 1/2\n04.03.31, 20:05 (2) Post | LinkedIn\nThe council asked for the data on Monda·y and six shelters will be built this spring.\n\n#OpenData #CivicTech\n87\n9 comments\nLike Comment Share\nhttps://example.test/feed/update/urn:li:activity:555/ 2/2\n'


def test_a_viewers_copy_keeps_its_lines_unjoined():
    recs = pipeline.process(COPIED_LONG_LINE)
    assert recs[0].author.name == "Ines Varga"
    assert not any(x.rule == "print.line_wrap" for x in recs[0].repairs)
    assert check_accounted(COPIED_LONG_LINE, recs) == []


# invented: the same route, the author's headline written in lower case under their name, and
# a paragraph wrapped at the page's width going on in lower case: the name's line is short,
# no evidence that the page wrapped it; the paragraph's lines reach the page's measure
PDFTOTEXT_LOWER_HEADLINE = f"""{_TOP}
What Our Repair Café Learned in Its First Year

Ana Lima
data engineer at Hollin Street Repair Café

Published Feb 9, 2031

We opened the repair café in a church hall with six volunteers, two soldering
irons and a box of donated screws. In the first year we fixed 412 things and
sent 61 home with a part to order.

{_ADDR}

1/2
\f{_TOP}
Toasters were the hardest: most of them are glued shut on purpose.

{_ADDR}

2/2
\f"""


@pytest.mark.parametrize("name", ["Ana Lima", "Maria Fernanda Gonçalves de Oliveira"])
def test_pdftotext_a_name_line_over_a_lower_case_headline_is_not_joined(name):
    # (the second name reaches 40% of the measure, as a title's wrapped line may: a name all
    # the same, which ends its line)
    text = PDFTOTEXT_LOWER_HEADLINE.replace("Ana Lima", name)
    recs = pipeline.process(text)
    r = recs[0]
    assert (r.author.name, r.author.bio) == (name, "data engineer at Hollin Street Repair Café")
    assert ("We opened the repair café in a church hall with six volunteers, two soldering irons and a box"
            " of donated screws. In the first year we fixed 412 things and sent 61 home with a part"
            " to order.") in r.body
    assert check_accounted(text, recs) == []


# invented: a German article printed to PDF and read back with pdftotext -layout: the byline
# (name, headline, date) laid out in a column right of the title comes out above it
_HEAD3 = "12.05.31, 09:14                Warum wir das Lager nachts schließen | LinkedIn"
_FOOT3 = "https://example.test/pulse/warum-wir-das-lager-nachts-schliessen      {}/2"
SIDE_BYLINE = f"""{_HEAD3}

                                                       Petra Lindner
                                                       Leiterin Lager bei Nordkontor
                                                       Veröffentlicht: 3. Mai 2031

Warum wir das Lager nachts schließen

Seit März arbeiten bei uns nachts keine Teams mehr im Lager. Die Zahl der
Unfälle ist auf null gesunken.
{_FOOT3.format(1)}
\f{_HEAD3}

Die Lieferzeiten sind gleich geblieben, weil wir die Touren anders planen.

{_FOOT3.format(2)}
"""


def test_a_byline_printed_in_a_column_beside_the_title_is_read_under_it():
    recs = pipeline.process(SIDE_BYLINE)
    r = recs[0]
    assert r.title == "Warum wir das Lager nachts schließen"
    assert (r.author.name, r.author.bio) == ("Petra Lindner", "Leiterin Lager bei Nordkontor")
    assert r.body.startswith("Seit März arbeiten")
    assert check_accounted(SIDE_BYLINE, recs) == []


def test_a_page_indented_throughout_is_no_byline_column():
    # invented: 4,000 lines indented far right over a line at the margin (the run's lines were
    # once looked up in a set rebuilt for every line: quadratic); a byline column is a few
    # lines, so they stay where they are, unedited
    from postscrub import paged
    from postscrub.repair import RepairLog, split_lines

    text = "".join(" " * 40 + f"Indented line {i} of the page.\n" for i in range(4000)) + "A Title\nBody text.\n"
    lines = split_lines(text)
    out = paged._side_column(lines, RepairLog())
    assert out == lines and all(not ln.edits for ln in out)
    # (three such lines over the title: a byline column, moved under it)
    lines = split_lines(text[:3 * 70].rsplit("\n", 1)[0] + "\nA Title\nBody text.\n")
    out = paged._side_column(lines, RepairLog())
    assert [ln.text for ln in out if ln.text.strip()][:2] == ["A Title", "Indented line 0 of the page."]
