"""Python literals and block YAML read as exports (invented dumps)."""

from __future__ import annotations

import pytest

from postscrub import process
from postscrub.audit import check_accounted
from postscrub.literals import parse_python, parse_yaml

# invented: a script's Python 2 print of a scraped post, after its prompt line: u'' strings,
# \xNN / \uNNNN / \UNNNNNNNN escapes, None, sorted keys (comments before the text)
PY_REPR = (
    ">>> print item  # run 7\n"
    "{'comments': [{'author': u'Ren\\xe9 Dupuis', 'headline': None, 'replies': [{'author': u'Ana Ort\\xedz', "
    "'text': u'\\xa1Gracias!', 'time': u'1 d'}], 'text': u'Muy bueno \\U0001f44f', 'time': u'2 d'}], "
    "'headline': u'Panadera en Horno Sol', 'name': u'Ana Ort\\xedz', 'posted': u'3 d', 'reactions': 12L, "
    "'text': u'Pan nuevo cada ma\\xf1ana.\\n\\n#Pan \\u2014 hoy', 'url': 'https://example.com/p/1'}\n"
)


def test_python_repr_of_a_post_with_comments_and_replies():
    (rec,) = process(PY_REPR)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Ana Ortíz", "Panadera en Horno Sol", "3 d")
    assert rec.body == "Pan nuevo cada mañana.\n\n#Pan — hoy"
    (c,) = rec.comments
    assert (c.author.name, c.author.bio, c.age, c.text) == ("René Dupuis", None, "2 d", "Muy bueno 👏")
    assert [(r.author.name, r.text) for r in c.replies] == [("Ana Ortíz", "¡Gracias!")]
    assert any(r.rule == "repr.escape" and r.text == "\\xf1" for r in rec.repairs)
    assert any(r.rule == "export.preamble" for r in rec.repairs)
    assert check_accounted(PY_REPR, [rec]) == []


@pytest.mark.parametrize("text", [
    "{'a': u'unterminated}", "{'a' 1}", "x" * 200 + "\n{'a': 1}", "{'a': b'bytes'}", "{'a': u'\\N{NO SUCH NAME}'}",
    "[{'text': u'one'}, {'text': 2}", "{'x': [" * 100,
])
def test_malformed_python_literals_fall_back(text):
    assert parse_python(text) is None
    recs = process(text)
    assert check_accounted(text, recs) == []


# invented: a YAML export with Portuguese keys, a literal block text, a reply list and a
# quoted comment text
YAML_EXPORT = """# exported by some-tool 0.1
- url: https://example.com/p/9
  autor:
    nome: Rita Lopes
    titulo: Padeira na Casa do Pão
  publicado: 3 d
  texto: |
    Fornada nova hoje de manhã. 🍞

    Quem quer provar?

    #Pão
  comentarios:
    - autor: Caio Reis
      tempo: 2 d
      texto: "Eu quero! \\u00c9 de centeio?"
      respostas:
        - autor: Rita Lopes
          tempo: 1 d
          texto: 'É sim, Caio. It''s rye.'
    - autor: Lia Prado
      tempo: 1 d
      texto: Que cheiro bom
      respostas: []
"""


def test_yaml_export_with_block_text_and_nested_replies():
    (rec,) = process(YAML_EXPORT)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Rita Lopes", "Padeira na Casa do Pão", "3 d")
    assert rec.body == "Fornada nova hoje de manhã. 🍞\n\nQuem quer provar?\n\n#Pão"
    assert rec.hashtags == ["#Pão"]
    a, b = rec.comments
    assert (a.author.name, a.text) == ("Caio Reis", "Eu quero! É de centeio?")
    assert [(r.author.name, r.text) for r in a.replies] == [("Rita Lopes", "É sim, Caio. It's rye.")]
    assert (b.author.name, b.text, b.replies) == ("Lia Prado", "Que cheiro bom", [])
    assert check_accounted(YAML_EXPORT, [rec]) == []


def test_yaml_folded_block_and_plain_scalars():
    v = parse_yaml("post:\n  text: >\n    one\n    two\n\n    three\n  n: 3\n  none: ~\n")
    inner = v.items["post"]
    assert inner.items["text"].value == "one two\n\nthree"
    assert inner.items["n"] == 3 and inner.items["none"] is None


@pytest.mark.parametrize("text", [
    "Author: Ana\nText: hello there\n  more", "key: [1, 2]\n  x: y\n", "a:\n    b: 1\n  c: 2\n",
    "- a: 1\n  b: &anchor x\n", "Title: A walk\n\nWe walked far today, and then: nothing.\n",
])
def test_what_is_no_block_yaml_falls_back(text):
    recs = process(text)
    assert check_accounted(text, recs) == []


def test_python_reprs_of_objects_are_skipped_as_values():
    text = ("{'author': u'Ana Lee', 'created': datetime.datetime(2025, 3, 1, 9, 0, tzinfo=<UTC>), "
            "'price': Decimal('1.5'), 'text': u'New oven today.\\n\\n#Bread'}")
    (rec,) = process(text)
    assert (rec.shape, rec.author.name, rec.body) == ("json_export", "Ana Lee", "New oven today.\n\n#Bread")
    assert check_accounted(text, [rec]) == []


def test_yaml_flow_collection_on_one_line_is_kept_as_text():
    text = "- author: Ana Lee\n  tags: [Bread, Oven]\n  text: |\n    New oven today.\n"
    (rec,) = process(text)
    assert (rec.shape, rec.author.name, rec.body) == ("json_export", "Ana Lee", "New oven today.")
    assert check_accounted(text, [rec]) == []


def test_yaml_whose_long_block_text_comes_before_its_other_keys():
    text = ("- author: Ana Lee\n  text: |\n" + "".join(f"    Line {i} of the oven diary.\n" for i in range(300))
            + "  comments:\n    - author: Bo Chen\n      text: Long read!\n")
    (rec,) = process(text)
    assert (rec.shape, rec.author.name) == ("json_export", "Ana Lee")
    assert [c.author.name for c in rec.comments] == ["Bo Chen"]
    assert check_accounted(text, [rec]) == []


# invented: a scraper's log printing each parsed item as a dict repr after its log prefix,
# with log lines before, between and after them
PY_LOG = (
    "2031-02-03 08:00:01,001 INFO  bot.net: session ok\n"
    "2031-02-03 08:00:02,114 DEBUG bot.parse: item 1/2 -> {'who': {'name': 'Wren Okafor', "
    "'headline': 'Baker at Crumb & Co'}, 'ago': '3h', 'text': 'Sourdough day.\\n\\nWho wants a loaf?\\n\\n#Baking', "
    "'comments': [{'who': {'name': 'Ilse Marr', 'headline': 'Chef'}, 'ago': '2h', 'text': 'Me, please!'}]}\n"
    "2031-02-03 08:00:02,115 DEBUG bot.parse: item 2/2 -> {'who': {'name': 'Crumb Bakery', 'headline': None}, "
    "'ago': '1d', 'text': 'Closed on Monday for repairs.', 'comments': []}\n"
    "2031-02-03 08:00:02,200 INFO  bot.out: wrote 2 rows\n"
)

# invented: a notebook's pprint of one item: the prompt lines around it, a long text split
# into adjacent string literals over lines
PY_NOTEBOOK = (
    "In [4]: rows[0]\n"
    "Out[4]: \n"
    "{'name': 'Wren Okafor',\n"
    " 'posted': '2w',\n"
    " 'text': 'Sourdough day. The starter is eleven years old and still '\n"
    "         'going strong.\\n'\n"
    "         '\\n'\n"
    "         '#Baking',\n"
    " 'comments': [{'name': 'Ilse Marr', 'posted': '1w', 'text': 'Eleven '\n"
    "                                                            'years!'}]}\n"
    "\n"
    "In [5]: \n"
)


def test_python_reprs_printed_in_log_lines_are_one_record_each():
    recs = process(PY_LOG)
    assert [(r.author.name, r.age) for r in recs] == [("Wren Okafor", "3h"), ("Crumb Bakery", "1d")]
    assert recs[0].body == "Sourdough day.\n\nWho wants a loaf?\n\n#Baking"
    assert [(c.author.name, c.text) for c in recs[0].comments] == [("Ilse Marr", "Me, please!")]
    assert recs[1].author.bio is None and recs[1].comments == []
    assert check_accounted(PY_LOG, recs) == []


def test_notebook_pprint_joins_adjacent_string_literals():
    (rec,) = process(PY_NOTEBOOK)
    assert (rec.author.name, rec.age) == ("Wren Okafor", "2w")
    assert rec.body == "Sourdough day. The starter is eleven years old and still going strong.\n\n#Baking"
    assert [c.text for c in rec.comments] == ["Eleven years!"]
    assert any(r.rule == "repr.concat" for r in rec.repairs)
    assert check_accounted(PY_NOTEBOOK, [rec]) == []


# invented: a TOML dump of posts: a meta table, an array of posts with a multi-line text,
# their comments as a nested array of tables, an escape, a comment line, a date
TOML_EXPORT = '''# written by some-archiver 0.3
[meta]
saved = 2031-02-03T08:00:00Z

[[posts]]
author = "Wren Okafor"
headline = "Baker at Crumb Bakery"
posted = "2d"
likes = 1_204
text = """
Sourdough day.

Who wants a loaf? \\u2014 first come, first served.

#Baking"""

[[posts.comments]]
author = 'Ilse Marr'
posted = "1d"
text = "Me, please! \\"The\\" rye one."

[[posts]]
author = "Otto Brandt"
posted = "3d"
text = \'\'\'Mill closed on Monday.\'\'\'
'''


def test_toml_export_with_arrays_of_tables():
    recs = process(TOML_EXPORT)
    assert [(r.author.name, r.age) for r in recs] == [("Wren Okafor", "2d"), ("Otto Brandt", "3d")]
    assert recs[0].author.bio == "Baker at Crumb Bakery"
    assert recs[0].body == "Sourdough day.\n\nWho wants a loaf? — first come, first served.\n\n#Baking"
    assert [(c.author.name, c.age, c.text) for c in recs[0].comments] == [("Ilse Marr", "1d", 'Me, please! "The" rye one.')]
    assert recs[1].body == "Mill closed on Monday."
    assert check_accounted(TOML_EXPORT, recs) == []


@pytest.mark.parametrize("text", [
    "[posts]\ntext = \"unterminated\n[x]\n", "[[posts]]\ntext = '''never closed\n[x]\n",
    "[a]\njust a sentence here\n[b]\n", "[a]\nx = 1\n[a.x]\ny = 2\n", "[[a]]\nt = [1, 2\n[b]\n",
])
def test_malformed_toml_falls_back(text):
    from postscrub.literals import parse_toml

    assert parse_toml(text) is None
    assert check_accounted(text, process(text)) == []


# invented: the same kind of log, each item printed as JSON (null, true) after the prefix
JSON_LOG = (
    "2031-02-03 08:00:01,001 INFO  bot.net: session ok\n"
    '2031-02-03 08:00:02,114 DEBUG bot.parse: item 1/1 -> {"who": {"name": "Wren Okafor", '
    '"headline": "Baker at Crumb Bakery"}, "ago": "3h", "text": "Sourdough day.\\n\\n#Baking", '
    '"pinned": true, "extra": null, "comments": [{"who": {"name": "Ilse Marr"}, "ago": "2h", "text": "Me, please!"}]}\n'
    "2031-02-03 08:00:02,200 INFO  bot.out: wrote 1 row\n"
)


# the log's prefix as it stands, or opening with a bracketed stamp and level
@pytest.mark.parametrize("stamp", ["2031-02-03 08:00:01,001 INFO ", "[2031-02-03 08:00:01] [INFO]"])
def test_json_objects_printed_in_log_lines_are_read(stamp):
    text = JSON_LOG.replace("2031-02-03 08:00:01,001 INFO ", stamp)
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Wren Okafor", "Baker at Crumb Bakery", "3h")
    assert rec.body == "Sourdough day.\n\n#Baking"
    assert [(c.author.name, c.text) for c in rec.comments] == [("Ilse Marr", "Me, please!")]
    assert check_accounted(text, [rec]) == []


# invented: a YAML export under comment lines and a "---" document marker, its keys in no
# table's words for the comment thread ("thread", "said", "answers")
YAML_DOCUMENT = """# quillsave export v3
# written 2030-01-02
---
items:
  - who: Odile Varga
    role: Baker at Crumb & Co
    ago: 2d
    content: |-
      We bake at four so the town eats at seven.

      #Bakery
    thread:
      - who: Piet Haan
        role: Miller
        ago: 1d
        said: |-
          Four is early. Respect.
"""


def test_yaml_export_after_a_document_marker():
    (rec,) = process(YAML_DOCUMENT)
    assert (rec.shape, rec.author.name, rec.age) == ("json_export", "Odile Varga", "2d")
    assert rec.body == "We bake at four so the town eats at seven.\n\n#Bakery"
    assert check_accounted(YAML_DOCUMENT, [rec]) == []


# invented: a Go program's pretty-printed struct dump after its log line (typed braces, bare
# keys, nil, a time.Date call), and Node's console.log of an object after its prompt and log
# lines (bare keys, 'a\n' + 'b' concatenation, a depth cut [Array], a bare Date)
GO_DUMP = """2030/01/02 08:00:00 fetched 1 posts
[]harvest.Post{
\t{
\t\tID:     "p-1",
\t\tAuthor: harvest.Person{
\t\t\tName:     "Ilse Marrow",
\t\t\tHeadline: "Beekeeper at Hollow Hives",
\t\t},
\t\tAgo:  "2d",
\t\tText: "The bees left at dawn.\\nThey came back at noon, heavier. \\"Honey\\" soon.",
\t\tSeen: time.Date(2030, time.January, 2, 8, 0, 0, 0, time.UTC),
\t\tComments: []harvest.Comment{
\t\t\t{
\t\t\t\tAuthor:  harvest.Person{Name: "Tobin Vale", Headline: "Orchard hand"},
\t\t\t\tAgo:     "1d",
\t\t\t\tText:    "Heavier is good news.",
\t\t\t\tReplies: nil,
\t\t\t},
\t\t},
\t},
}
"""
NODE_INSPECT = """$ node grab.js
[grab] starting
{
  id: '42',
  author: { name: 'Petra Lund', headline: 'Glassblower at Ember Works' },
  relativeDate: '3d',
  text: 'First vase of the year.\\n' +
    '\\n' +
    'It leans a little. I like it.',
  comments: [
    { commenterName: 'Rafe Doyle', relativeDate: '2d', text: 'Leaning is character.', replies: [Array] }
  ],
  scrapedAt: 2030-01-02T08:00:00.000Z
}
[grab] done
"""


def test_go_and_node_struct_dumps_are_read_as_exports():
    (rec,) = process(GO_DUMP)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == ("json_export", "Ilse Marrow", "Beekeeper at Hollow Hives", "2d")
    assert rec.body == 'The bees left at dawn.\n\nThey came back at noon, heavier. "Honey" soon.'
    assert [(c.author.name, c.text, c.replies) for c in rec.comments] == [("Tobin Vale", "Heavier is good news.", [])]
    assert check_accounted(GO_DUMP, [rec]) == []
    (rec,) = process(NODE_INSPECT)
    assert (rec.author.name, rec.age, rec.body) == ("Petra Lund", "3d", "First vase of the year.\n\nIt leans a little. I like it.")
    assert [(c.author.name, c.text) for c in rec.comments] == [("Rafe Doyle", "Leaning is character.")]
    assert check_accounted(NODE_INSPECT, [rec]) == []


# invented: Go's %#v of a slice on one log line, as log.Printf("%#v", posts) writes it:
# package-qualified types, hex ints, a typed nil slice, a nil pointer
GO_SHARP_V = ('2030/01/02 08:00:01 got 1\n'
              '2030/01/02 08:00:01 []crawl.Entry{crawl.Entry{ID:"e-7", Who:crawl.Person{Name:"Marit Oduya", '
              'Role:"Ferry captain | Northsound Lines"}, Ago:"5d", Body:"We sailed through the fog on memory alone.'
              '\\n\\nThe radar came back at the harbour mouth.", Likes:0x2a, Boss:(*crawl.Person)(nil), '
              'Notes:[]crawl.Note{crawl.Note{Who:crawl.Person{Name:"Tam Rudd", Role:"Deckhand"}, '
              'Body:"Memory is the best radar we have.", Ago:"4d", Likes:0x3, Notes:[]crawl.Note(nil)}}}}\n')


def test_go_sharp_v_on_one_log_line_is_read_as_an_export():
    (rec,) = process(GO_SHARP_V)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == (
        "json_export", "Marit Oduya", "Ferry captain | Northsound Lines", "5d")
    assert rec.body == "We sailed through the fog on memory alone.\n\nThe radar came back at the harbour mouth."
    assert [(c.author.name, c.author.bio, c.age, c.text) for c in rec.comments] == [
        ("Tam Rudd", "Deckhand", "4d", "Memory is the best radar we have.")]
    assert check_accounted(GO_SHARP_V, [rec]) == []


# invented: a SQLite ".dump" of two tables (posts and comments joined by ids), a text with
# its line breaks written by replace(…,'\n',char(10)) and a doubled quote
SQL_DUMP = """PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  author TEXT NOT NULL,
  author_headline TEXT,
  age TEXT,
  body TEXT,
  price DECIMAL(10,2)
);
INSERT INTO posts VALUES(1,'Nell Prowse','Potter at Kiln Row','4d',replace('We fired the kiln twice this week.\\n\\nIt''s a record.','\\n',char(10)),NULL);
CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER, parent_id INTEGER, commenter TEXT, body TEXT);
INSERT INTO comments VALUES(7,1,NULL,'Arlo Keast','Twice! Your arms must ache.');
INSERT INTO comments VALUES(8,1,7,'Nell Prowse','They do, Arlo.');
COMMIT;
"""


def test_an_sql_dump_gives_its_posts_with_their_comments_joined_by_id():
    (rec,) = process(SQL_DUMP)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == ("json_export", "Nell Prowse", "Potter at Kiln Row", "4d")
    assert rec.body == "We fired the kiln twice this week.\n\nIt's a record."
    (c,) = rec.comments
    assert (c.author.name, c.text) == ("Arlo Keast", "Twice! Your arms must ache.")
    assert [(r.author.name, r.text) for r in c.replies] == [("Nell Prowse", "They do, Arlo.")]
    assert check_accounted(SQL_DUMP, [rec]) == []


# invented: PHP's print_r of a list of posts (Spanish keys), a text running raw over several
# lines, an empty array, an object member with its visibility mark
PRINT_R = """<pre>Array
(
    [0] => Array
        (
            [autor] => Lucía Ferrer Soto
            [titular] => Ceramista en Taller Barro
            [hace] => 2 d
            [texto] => Hoy abrimos el horno.

Salieron tres jarras enteras.

#Cerámica
            [reacciones] => 31
            [comentarios] => Array
                (
                    [0] => stdClass Object
                        (
                            [autor:protected] => Mateo Ruiz Gil
                            [texto] => ¡Qué bonitas!
                            [respuestas] => Array
                                (
                                )

                        )

                )

        )

)
</pre>
"""


def test_php_print_r_is_read_as_an_export():
    (rec,) = process(PRINT_R)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == ("json_export", "Lucía Ferrer Soto", "Ceramista en Taller Barro", "2 d")
    assert rec.body == "Hoy abrimos el horno.\n\nSalieron tres jarras enteras.\n\n#Cerámica"
    assert [(c.author.name, c.text, c.replies) for c in rec.comments] == [("Mateo Ruiz Gil", "¡Qué bonitas!", [])]
    assert check_accounted(PRINT_R, [rec]) == []


# invented: an automation's XML records — generic <field key="…"> elements, CDATA with an
# entity outside it, the commenter as attributes, nested <replies>
XML_RECORDS = """<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by some automation -->
<rows count="1">
  <row id="11">
    <field key="Poster">Ines Vidal</field>
    <field key="Tagline">Florist at Petal &amp; Stem</field>
    <field key="Ago">5d</field>
    <field key="Body"><![CDATA[Tulips sold out by nine.

#Flowers]]></field>
    <comments>
      <comment>
        <commenter name="Kofi Mensah" headline="Gardener"/>
        <relativeTime>4d</relativeTime>
        <message><![CDATA[Nine! Save me some next week.]]></message>
        <replies>
          <comment>
            <commenter name="Ines Vidal" headline="Florist at Petal &amp; Stem"/>
            <relativeTime>4d</relativeTime>
            <message>Deal, Kofi.</message>
          </comment>
        </replies>
      </comment>
    </comments>
  </row>
</rows>
"""


def test_xml_records_are_read_as_an_export():
    (rec,) = process(XML_RECORDS)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == ("json_export", "Ines Vidal", "Florist at Petal & Stem", "5d")
    assert rec.body == "Tulips sold out by nine.\n\n#Flowers"
    (c,) = rec.comments
    assert (c.author.name, c.author.bio, c.age, c.text) == ("Kofi Mensah", "Gardener", "4d", "Nine! Save me some next week.")
    assert [(r.author.name, r.text) for r in c.replies] == [("Ines Vidal", "Deal, Kofi.")]
    assert check_accounted(XML_RECORDS, [rec]) == []
    page = '<?xml version="1.0"?>\n<html><body><p>Hello there, this is a page.</p></body></html>\n'
    assert process(page)[0].shape != "json_export"


# invented: a Python scraper's dataclasses printed (every argument named), on one line after
# the prompt, and pretty-printed over several lines
DATACLASS_REPR = (">>> print(posts)\n"
                  "[Post(urn='u1', author=Person(name='Hanna Berg', headline='Brewer at Old Mill'), age='2d', "
                  "text='Our stout won silver.\\n\\n#Beer', seen=datetime.datetime(2030, 1, 2, 9, 0), comments=["
                  "Comment(author=Person(name='Ivo Dahl', headline=None), age='1d', text='Well deserved!', replies=[])])]\n")
DATACLASS_PRETTY = ("Post(\n    author=Person(name='Hanna Berg', headline='Brewer at Old Mill'),\n    age='2d',\n"
                    "    text='Our stout won silver.',\n    comments=[],\n)\n")


def test_dataclass_reprs_are_objects_of_their_named_fields():
    (rec,) = process(DATACLASS_REPR)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == ("json_export", "Hanna Berg", "Brewer at Old Mill", "2d")
    assert rec.body == "Our stout won silver.\n\n#Beer"
    assert [(c.author.name, c.text) for c in rec.comments] == [("Ivo Dahl", "Well deserved!")]
    assert check_accounted(DATACLASS_REPR, [rec]) == []
    (rec,) = process(DATACLASS_PRETTY)
    assert (rec.author.name, rec.body) == ("Hanna Berg", "Our stout won silver.")
    assert check_accounted(DATACLASS_PRETTY, [rec]) == []


# invented: Ruby's inspect of a hash (symbol and string keys before hash rockets), PHP's
# var_export (array ( 'key' => value ), number keys, a raw line break in a string), and Node's
# print of class instances ("Post { … }")
RUBY_INSPECT = ('[{:author=>{:name=>"Hanna Berg", :headline=>"Brewer at Old Mill"}, :age=>"2d", '
                ':text=>"Our stout won silver.\\n\\n#Beer", :comments=>[{"author"=>"Ivo Dahl", "text"=>"Well deserved!", "replies"=>nil}]}]\n')
PHP_VAR_EXPORT = """array (
  0 =>
  array (
    'author' => 'Hanna Berg',
    'headline' => 'Brewer at Old Mill',
    'age' => '2d',
    'text' => 'Our stout won silver.

#Beer',
    'comments' =>
    array (
      0 =>
      array (
        'author' => 'Ivo Dahl',
        'text' => 'Well deserved!',
      ),
    ),
  ),
)
"""
NODE_CLASSES = ("[\n  Post {\n    author: Person { name: 'Hanna Berg', headline: 'Brewer at Old Mill' },\n"
                "    age: '2d',\n    text: 'Our stout won silver.\\n\\n#Beer',\n"
                "    comments: [ Comment { author: 'Ivo Dahl', text: 'Well deserved!' } ]\n  }\n]\n")


@pytest.mark.parametrize("dump", [RUBY_INSPECT, PHP_VAR_EXPORT, NODE_CLASSES], ids=["ruby", "php", "node"])
def test_hash_rockets_php_arrays_and_class_instances_are_read(dump):
    (rec,) = process(dump)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == ("json_export", "Hanna Berg", "Brewer at Old Mill", "2d")
    assert rec.body == "Our stout won silver.\n\n#Beer"
    assert [(c.author.name, c.text) for c in rec.comments] == [("Ivo Dahl", "Well deserved!")]
    assert check_accounted(dump, [rec]) == []


# invented: an XML export with no declaration, its root a data element (<export>), one post
XML_BARE = """<export>
  <post>
    <author>Hanna Berg</author>
    <headline>Brewer at Old Mill</headline>
    <age>2d</age>
    <text>Our stout won silver &amp; a medal.</text>
    <comments>
      <comment><author>Ivo Dahl</author><age>1d</age><text>Well deserved!</text></comment>
    </comments>
  </post>
</export>
"""


def test_xml_without_a_declaration_is_read_when_its_root_is_no_page_element():
    (rec,) = process(XML_BARE)
    assert (rec.shape, rec.author.name, rec.body) == ("json_export", "Hanna Berg", "Our stout won silver & a medal.")
    assert [(c.author.name, c.text) for c in rec.comments] == [("Ivo Dahl", "Well deserved!")]
    assert check_accounted(XML_BARE, [rec]) == []
    page = "<div>\n<p>Hello there, a page copied as its source.</p>\n<p>Second paragraph here.</p>\n</div>\n"
    assert process(page)[0].shape != "json_export"


def _vd(v: str) -> str:
    return 'string(%d) "%s"' % (len(v.encode("utf-8")), v)


# invented: PHP's var_dump of a list of posts — strings taken by their byte length (a quote
# and a line break inside one, a non-ASCII character), an object with a protected member
VAR_DUMP = ("array(1) {\n  [0]=>\n  array(4) {\n    [\"author\"]=>\n    " + _vd("Hanna Berg") + "\n    [\"age\"]=>\n    "
            + _vd("2d") + "\n    [\"text\"]=>\n    " + _vd('Our "stout" won silver.\n\n#Beer') + "\n    [\"comments\"]=>\n"
            "    array(1) {\n      [0]=>\n      object(stdClass)#2 (2) {\n        [\"author\":protected]=>\n        "
            + _vd("Ivo Dahl") + "\n        [\"text\"]=>\n        " + _vd("Well deserved! ✨") + "\n      }\n    }\n  }\n}\n")


def test_php_var_dump_is_read_by_its_byte_lengths():
    (rec,) = process(VAR_DUMP)
    assert (rec.shape, rec.author.name, rec.age, rec.body) == ("json_export", "Hanna Berg", "2d", 'Our "stout" won silver.\n\n#Beer')
    assert [(c.author.name, c.text) for c in rec.comments] == [("Ivo Dahl", "Well deserved! ✨")]
    assert check_accounted(VAR_DUMP, [rec]) == []


# invented: pg_dump's COPY blocks (tab-separated rows, \N for no value, \n escapes), two tables
PG_COPY = ("--\n-- PostgreSQL database dump\n--\n\n"
           "COPY public.posts (id, author, headline, age, body) FROM stdin;\n"
           "1\tNell Prowse\tPotter at Kiln Row\t4d\tWe fired the kiln twice.\\n\\nA record.\n\\.\n\n"
           "COPY public.comments (id, post_id, parent_id, author, body) FROM stdin;\n"
           "7\t1\t\\N\tArlo Keast\tTwice! Your arms must ache.\n8\t1\t7\tNell Prowse\tThey do, Arlo.\n\\.\n")


def test_pg_dump_copy_blocks_are_read_as_tables():
    (rec,) = process(PG_COPY)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.body) == (
        "json_export", "Nell Prowse", "Potter at Kiln Row", "We fired the kiln twice.\n\nA record.")
    (c,) = rec.comments
    assert (c.author.name, [r.text for r in c.replies]) == ("Arlo Keast", ["They do, Arlo."])
    assert check_accounted(PG_COPY, [rec]) == []


# invented: printed trees of five more languages, one post each with a comment and a reply --
# Perl's Data::Dumper after a command line ("$VAR1 = [", quoted keys with "=>", raw newlines),
# Ruby's pp after an irb prompt ("{key: …", "…" + chains, a bare timestamp), Rust's dbg!
# ("[file:line] &x = Type {", Some(…), "\u{…}"), protobuf's text format (no outer brace,
# "name {" blocks, a repeated field, one reply not in a list) and R's dput (columns to rows)
TREE_PERL = """$ ./grab.pl --dump
$VAR1 = [
          {
            'by' => 'Wren Tallis',
            'role' => 'Glassblower at Ember Row',
            'when' => '2d',
            'body' => 'The furnace is lit again.

It took a week, but it\\'s ours.',
            'comments' => [
                            {
                              'by' => 'Odo Fenn',
                              'when' => '1d',
                              'body' => 'Worth the wait, truly.',
                              'replies' => []
                            }
                          ],
            'pic' => undef
          }
        ];
"""
TREE_RUBY = """irb(main):002> pp Grab.post("https://example.com/glass/1", deep: true, with_comments: true, with_replies: true, retries: 3)
{autor: "Wren Tallis",
 cargo: "Glassblower at Ember Row",
 quando: "2d",
 texto:
  "The furnace is lit again.\\n" +
  "\\n" +
  "It took a week, but it's ours.",
 comentarios:
  [{autor: "Odo Fenn", quando: "1d", texto: "Worth the wait, truly.", respostas: []}],
 lido_em: 2031-04-02 10:11:12.5 +0100}
=> nil
"""
TREE_RUST = """   Compiling grab v0.1.0 (/home/me/grab)
[src/main.rs:9:5] &post = Post {
    author: Author {
        name: "Wren Tallis",
        headline: Some(
            "Glassblower at Ember Row",
        ),
    },
    age: Some(
        "2d",
    ),
    body: "The furnace is lit again \\u{1f525}\\n\\nIt took a week, but it's ours.",
    comments: [
        Comment {
            author: Author {
                name: "Odo Fenn",
                headline: None,
            },
            age: Some(
                "1d",
            ),
            text: "Worth the wait, truly.",
            replies: [],
        },
    ],
}
"""
TREE_PROTO = """# proto-message: grab.Snapshot

taken_at {
  seconds: 1900000000
}
posts {
  author {
    name: "Wren Tallis"
    headline: "Glassblower at Ember Row"
  }
  age: "2d"
  text: "The furnace is lit again.\\n\\nIt took a week, but it's ours."
  comments {
    author {
      name: "Odo Fenn"
    }
    age: "1d"
    text: "Worth the wait, truly."
    replies {
      author {
        name: "Wren Tallis"
      }
      age: "20h"
      text: "It truly was, Odo."
    }
  }
  comments {
    author {
      name: "Ines Marle"
    }
    age: "1d"
    text: "Lovely colour on the first piece."
  }
  kind: KIND_PUBLIC
}
"""
TREE_R = """> dput(p)
structure(list(author = "Wren Tallis", headline = "Glassblower at Ember Row", age = "2d",
    text = "The furnace is lit again.\\n\\nIt took a week, but it's ours.", likes = 12L,
    comments = list(structure(list(who = c("Odo Fenn", "Ines Marle"), ago = c("1d", "1d"),
    comment = c("Worth the wait, truly.", "Lovely colour on the first piece."),
    replies = list(structure(list(who = "Wren Tallis", ago = "20h", comment = "It truly was, Odo."),
    row.names = c(NA, -1L), class = "data.frame"), NULL)), row.names = c(NA, -2L), class = "data.frame"))),
    row.names = c(NA, -1L), class = "data.frame")
> 
"""


@pytest.mark.parametrize("dump", [TREE_PERL, TREE_RUBY, TREE_RUST, TREE_PROTO, TREE_R])
def test_printed_trees_of_other_languages_are_read_as_exports(dump):
    (rec,) = process(dump)
    assert (rec.shape, rec.author.name, rec.age) == ("json_export", "Wren Tallis", "2d")
    assert rec.body.startswith("The furnace is lit again") and rec.body.endswith("It took a week, but it's ours.")
    assert rec.comments[0].author.name == "Odo Fenn" and rec.comments[0].text == "Worth the wait, truly."
    if dump in (TREE_PROTO, TREE_R):
        assert [(r.author.name, r.text) for r in rec.comments[0].replies] == [("Wren Tallis", "It truly was, Odo.")]
        assert rec.comments[1].text == "Lovely colour on the first piece."
    assert check_accounted(dump, [rec]) == []


def test_rust_code_point_escapes_are_decoded():
    (rec,) = process(TREE_RUST)
    assert rec.body.startswith("The furnace is lit again \U0001f525\n\n")
    assert rec.author.bio == "Glassblower at Ember Row"


# invented: a scraper's logfmt log (one event a line): run lines, a post's line with a comment
# counter, its comments on lines of their own joined by the post's id, a reply by its parent
LOGFMT = (
    'ts=2031-05-01T08:00:00Z level=info msg="run started" job=watch targets=1\n'
    'ts=2031-05-01T08:00:02Z level=info msg=post id=555 author="Tova Reyes" headline="Luthier at Sprucewood" '
    'age=3d comments=12 text="Finished the cello today.\\n\\nIts first note made me \\"cry\\". #Luthiery"\n'
    'ts=2031-05-01T08:00:03Z level=info msg=comment post=555 cid=a1 parent="" author="Ben Oyelaran" '
    'age=2d text="What wood did you use for the back?"\n'
    'ts=2031-05-01T08:00:03Z level=info msg=comment post=555 cid=a2 parent=a1 author="Tova Reyes" '
    'age=2d text="Flamed maple, from an old barn."\n'
)


def test_logfmt_event_lines_are_read_as_tables_joined_by_id():
    (rec,) = process(LOGFMT)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == ("json_export", "Tova Reyes", "Luthier at Sprucewood", "3d")
    assert rec.body == 'Finished the cello today.\n\nIts first note made me "cry". #Luthiery'
    (c,) = rec.comments
    assert (c.author.name, c.text) == ("Ben Oyelaran", "What wood did you use for the back?")
    assert [(r.author.name, r.text) for r in c.replies] == [("Tova Reyes", "Flamed maple, from an old barn.")]
    assert check_accounted(LOGFMT, [rec]) == []


# invented: a Spring-style log line printing a Java record's toString(): bare values with
# commas and raw line breaks, Optional[…] wrappers, a list of nested records, a trailing line
JAVA_RECORD = (
    "2031-06-02 09:00:00.100  INFO 77 --- [main] c.x.Grab : fetched 1 post\n"
    "2031-06-02 09:00:00.104 DEBUG 77 --- [main] c.x.Grab : PostRec[id=42, authorName=Noor Vance, "
    "authorHeadline=Optional[Sailmaker, Harbour Lofts], timeAgo=6h, text=We stitched the last panel at dawn.\n\n"
    "Four weeks, two sore thumbs, one sail. #Sailmaking, likes=88, comments=[CommentRec[authorName=Ivo Brand, "
    "authorHeadline=Optional.empty, timeAgo=5h, text=That cut is beautiful, Noor., replies=[]]], images=[]]\n"
    "2031-06-02 09:00:00.120  INFO 77 --- [main] c.x.Grab : done\n"
)


def test_a_records_tostring_in_a_log_line_is_read_as_an_object():
    (rec,) = process(JAVA_RECORD)
    assert (rec.shape, rec.author.name, rec.author.bio, rec.age) == ("json_export", "Noor Vance", "Sailmaker, Harbour Lofts", "6h")
    assert rec.body == "We stitched the last panel at dawn.\n\nFour weeks, two sore thumbs, one sail. #Sailmaking"
    assert [(c.author.name, c.author.bio, c.text) for c in rec.comments] == [("Ivo Brand", None, "That cut is beautiful, Noor.")]
    assert check_accounted(JAVA_RECORD, [rec]) == []


# invented: a spreadsheet saved as Excel 2003 XML: two worksheets of rows of cells (a header
# row first), line breaks as &#10;, the comments' sheet joined to the posts' by its number
XML_WORKBOOK = """<?xml version="1.0"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles><Style ss:ID="Default" ss:Name="Normal"/></Styles>
 <Worksheet ss:Name="Posts">
  <Table ss:ExpandedColumnCount="4">
   <Row>
    <Cell><Data ss:Type="String">Nr</Data></Cell><Cell><Data ss:Type="String">Author</Data></Cell>
    <Cell><Data ss:Type="String">Posted</Data></Cell><Cell><Data ss:Type="String">Post text</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="Number">7</Data></Cell><Cell><Data ss:Type="String">Hale Munro</Data></Cell>
    <Cell><Data ss:Type="String">5d</Data></Cell>
    <Cell ss:StyleID="Default"><Data ss:Type="String">The orchard gave its first pears.&#10;&#10;Small, hard, ours.</Data></Cell>
   </Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Comments">
  <Table>
   <Row>
    <Cell><Data ss:Type="String">Post Nr</Data></Cell><Cell><Data ss:Type="String">Commenter</Data></Cell>
    <Cell><Data ss:Type="String">Comment</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="Number">7</Data></Cell><Cell><Data ss:Type="String">Lise Daal</Data></Cell>
    <Cell><Data ss:Type="String">Small pears are the sweetest.</Data></Cell>
   </Row>
  </Table>
 </Worksheet>
</Workbook>
"""


def test_a_spreadsheet_xml_workbook_is_read_as_tables_of_rows():
    (rec,) = process(XML_WORKBOOK)
    assert (rec.shape, rec.author.name, rec.age) == ("json_export", "Hale Munro", "5d")
    assert rec.body == "The orchard gave its first pears.\n\nSmall, hard, ours."
    assert [(c.author.name, c.text) for c in rec.comments] == [("Lise Daal", "Small pears are the sweetest.")]
    assert check_accounted(XML_WORKBOOK, [rec]) == []


# invented: three database clients' record displays — psql's expanded records (padded values,
# "+" where a value goes on), MySQL's vertical rows with a JSON column, and sqlite3's line
# mode over two queries whose comment rows name the post only in their query
PSQL_RECORDS = """shop=# SELECT who, who_headline, ago, body FROM saved;
-[ RECORD 1 ]+-------------------------------------
who          | Lotte Brandvik
who_headline | Cheesemaker at Fjellost
ago          | 4d
body         | Our cave holds 11 degrees all year.  +
             |                                      +
             | #Cheese
-[ RECORD 2 ]+-------------------------------------
who          | Arvo Penttila
who_headline | Sauna builder
ago          | 1w
body         | Cedar or spruce? Spruce, always.

shop=# """
MYSQL_ROWS = """mysql> SELECT * FROM saved\\G
*************************** 1. row ***************************
           id: 7
  poster_name: Gwen Talory
   poster_ago: 2d
      content: Kites fly best in March.

Trust me.
     comments: [{"author": "Huw Bryn", "age": "1d", "text": "And in April!", "replies": []}]
1 row in set (0.00 sec)
"""
SQLITE_LINES = """sqlite> SELECT id, author, headline, age, body FROM posts WHERE id = 3;
      id = 3
  author = Nadia Vorst
headline = Glass artist
     age = 5h
    body = A kiln is a patient teacher.

#Glass
sqlite> SELECT id, parent_id, author, age, body FROM comments WHERE post_id = 3;
       id = 8
parent_id = 
   author = Emil Dorne
      age = 4h
     body = How long does it cool?

       id = 9
parent_id = 8
   author = Nadia Vorst
      age = 3h
     body = Two days, slowly.
"""


def test_a_database_clients_record_display_is_read_as_tables_of_rows():
    recs = process(PSQL_RECORDS)
    assert [(r.author.name, r.author.bio, r.age) for r in recs] == [
        ("Lotte Brandvik", "Cheesemaker at Fjellost", "4d"), ("Arvo Penttila", "Sauna builder", "1w")]
    assert recs[0].body == "Our cave holds 11 degrees all year.\n\n#Cheese"
    assert recs[1].body == "Cedar or spruce? Spruce, always."
    assert check_accounted(PSQL_RECORDS, recs) == []
    (rec,) = process(MYSQL_ROWS)
    assert (rec.author.name, rec.age, rec.body) == ("Gwen Talory", "2d", "Kites fly best in March.\n\nTrust me.")
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [("Huw Bryn", "1d", "And in April!")]
    assert check_accounted(MYSQL_ROWS, [rec]) == []
    (rec,) = process(SQLITE_LINES)
    assert (rec.author.name, rec.author.bio, rec.age, rec.body) == (
        "Nadia Vorst", "Glass artist", "5h", "A kiln is a patient teacher.\n\n#Glass")
    (c,) = rec.comments
    assert (c.author.name, c.age, c.text) == ("Emil Dorne", "4h", "How long does it cool?")
    assert [(r.author.name, r.text) for r in c.replies] == [("Nadia Vorst", "Two days, slowly.")]
    assert check_accounted(SQLITE_LINES, [rec]) == []


# invented: the same saved post printed by five languages' printers — Lua's inspect ("key =",
# "{ {"), C#'s object dumper ("new Type { Key = … }", an empty "new List<T>()"), Elixir's
# IO.inspect ("%Mod.Struct{", nil, a sigil), Haskell's show (records with "=", "Just",
# decimal escapes and "\&") and EDN (namespaced keywords, vectors parted by spaces, "#inst")
LUA_TABLES = """-- 1 post
{ {
    autor = {
      cargo = "Luthier",
      nome = "Bruna Seixas"
    },
    comentarios = { {
        autor = { nome = "Davi Pessoa" },
        idade = "1 d",
        texto = "Que madeira linda!"
      } },
    idade = "2 d",
    texto = "Terminei um violino hoje.\\n\\n#Luteria"
  } }
"""
CSHARP_DUMP = """var posts = new List<Post>
{
  new Post
  {
    Texto = "Hoy horneamos 300 panes.\\n\\n#Panaderia",
    Autor = new Perfil
    {
      Nombre = "Inés Carballo",
      Titular = "Panadera en Trigo Fino"
    },
    Antiguedad = "3 d",
    Comentarios = new List<Comentario>
    {
      new Comentario
      {
        Autor = new Perfil { Nombre = "Rocío Llanes", Titular = "Chef" },
        Texto = "¡Qué barbaridad!",
        Antiguedad = "2 d",
        Respuestas = new List<Comentario>()
      }
    }
  }
};
"""
ELIXIR_INSPECT = """iex(2)> Saved.all() |> IO.inspect()
[
  %Saved.Post{
    author: %Saved.Person{name: "Odile Marchal", headline: "Apicultrice", url: nil},
    age: "4 j",
    saved_at: ~U[2026-01-02 10:00:00Z],
    text: "Les abeilles dorment enfin.\\n\\n#Apiculture",
    comments: []
  }
]
"""
HASKELL_SHOW = ('ghci> print posts\n[Post {postAuthor = Person {personName = "Tamsin Orr", personHeadline = Just "Cooper"}, '
                'postAge = Just "5d", postBody = "Barrels don\\8217t rush.\\n\\n#Cooperage \\127866", '
                'postComments = [Comment {commentAuthor = Person {personName = "Ned Vale", personHeadline = Nothing}, '
                'commentAge = Just "4d", commentText = "Nor should we \\8212 \\&agreed.", commentReplies = []}]}]\nghci> ')
EDN_POSTS = """;; saved
[{:post/author {:person/name "Yusra Kanbar", :person/headline "Typesetter"}
  :post/relative-time "6d"
  :post/text "Kerning is a moral question.\\n\\n#Typography"
  :post/hashtags ["#Typography" "#Design"]
  :post/saved-at #inst "2026-01-02T10:00:00.000-00:00"}]
"""


def test_the_printers_of_more_languages_are_read_by_the_loose_reader():
    (rec,) = process(LUA_TABLES)
    assert (rec.author.name, rec.author.bio, rec.age, rec.body) == (
        "Bruna Seixas", "Luthier", "2 d", "Terminei um violino hoje.\n\n#Luteria")
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [("Davi Pessoa", "1 d", "Que madeira linda!")]
    (rec,) = process(CSHARP_DUMP)
    assert (rec.author.name, rec.author.bio, rec.age, rec.body) == (
        "Inés Carballo", "Panadera en Trigo Fino", "3 d", "Hoy horneamos 300 panes.\n\n#Panaderia")
    assert [(c.author.name, c.author.bio, c.text, c.replies) for c in rec.comments] == [
        ("Rocío Llanes", "Chef", "¡Qué barbaridad!", [])]
    (rec,) = process(ELIXIR_INSPECT)
    assert (rec.author.name, rec.author.bio, rec.age, rec.body) == (
        "Odile Marchal", "Apicultrice", "4 j", "Les abeilles dorment enfin.\n\n#Apiculture")
    (rec,) = process(HASKELL_SHOW)
    assert (rec.author.name, rec.author.bio, rec.age, rec.body) == (
        "Tamsin Orr", "Cooper", "5d", "Barrels don\u2019t rush.\n\n#Cooperage \U0001F37A")
    assert [(c.author.name, c.author.bio, c.text) for c in rec.comments] == [("Ned Vale", None, "Nor should we \u2014 agreed.")]
    (rec,) = process(EDN_POSTS)
    assert (rec.author.name, rec.author.bio, rec.age, rec.body) == (
        "Yusra Kanbar", "Typesetter", "6d", "Kerning is a moral question.\n\n#Typography")
    for dump in (LUA_TABLES, CSHARP_DUMP, ELIXIR_INSPECT, HASKELL_SHOW, EDN_POSTS):
        assert check_accounted(dump, process(dump)) == []


def test_an_escape_python_cannot_read_stays_as_written_and_the_dump_is_still_read():
    # the reviewer's case: one "\\x" with no hex digits, or a "\\N{…}" no name answers, made
    # ast.literal_eval raise, and the whole printed tree went unread (no author, the raw dump
    # as the body)
    lua = LUA_TABLES.replace("Terminei um violino hoje.", "Terminei um violino hoje (\\x).")
    (rec,) = process(lua)
    assert (rec.author.name, rec.age) == ("Bruna Seixas", "2 d")
    assert rec.body == "Terminei um violino hoje (\\x).\n\n#Luteria"
    hs = HASKELL_SHOW.replace("Barrels don", "Barrels \\N{NO SUCH NAME} don")
    (rec,) = process(hs)
    assert (rec.author.name, rec.age) == ("Tamsin Orr", "5d")
    assert rec.body.startswith("Barrels \\N{NO SUCH NAME} don\u2019t rush.")
    for dump in (lua, hs):
        assert check_accounted(dump, process(dump)) == []


# invented: a script's INI file (configparser: a section per post and per comment, a value going
# on over indented lines with an empty one among them, "%%", a count under "comments" and the
# comments under "comment") and a Java .properties file (dotted paths, "\uXXXX" with a surrogate
# pair, "\:", keys in no order, a numbered reply)
INI_POSTS = """; saved by a script
[DEFAULT]
source = web

[post:1234567890123]
author = Maren Holt
author_headline = Beekeeper at Lindenhof
posted = 3d
comments = 1
text = Our hives made 40%% more honey this year.

\tThe lime trees bloomed late.

\t#Beekeeping

[post:1234567890123:comment:1]
author = Ove Brandt
posted = 2d
text = Late bloom, sweet honey.

[post:1234567890999]
author = Sunniva Lie
posted = 1w
text = Winter feeding starts now.
"""
PROPERTIES_POST = """#saved posts
#Mon Jan 05 10:00:00 CET 2026
beitrag.kommentar.1.antwort.1.text=Gern geschehen\\!
beitrag.autor.name=Greta Voss
beitrag.kommentar.1.autor=Jonas Ebert
beitrag.text=Unsere Werkstatt wird 50 Jahre alt\\: Danke an alle\\! \\uD83C\\uDF89\\n\\n\\#Handwerk
beitrag.kommentar.1.text=Herzlichen Gl\\u00FCckwunsch\\!
beitrag.alter=2 Tg.
beitrag.kommentar.1.antwort.1.autor=Greta Voss
beitrag.autor.titel=Tischlermeisterin
"""


def test_ini_and_properties_files_are_read_as_trees_of_their_key_paths():
    recs = process(INI_POSTS)
    assert [(r.author.name, r.age) for r in recs] == [("Maren Holt", "3d"), ("Sunniva Lie", "1w")]
    assert recs[0].author.bio == "Beekeeper at Lindenhof"
    assert recs[0].body == "Our hives made 40% more honey this year.\n\nThe lime trees bloomed late.\n\n#Beekeeping"
    assert [(c.author.name, c.age, c.text) for c in recs[0].comments] == [("Ove Brandt", "2d", "Late bloom, sweet honey.")]
    assert check_accounted(INI_POSTS, recs) == []
    (rec,) = process(PROPERTIES_POST)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Greta Voss", "Tischlermeisterin", "2 Tg.")
    assert rec.body == "Unsere Werkstatt wird 50 Jahre alt: Danke an alle! \U0001F389\n\n#Handwerk"
    (c,) = rec.comments
    assert (c.author.name, c.text) == ("Jonas Ebert", "Herzlichen Glückwunsch!")
    assert [(r.author.name, r.text) for r in c.replies] == [("Greta Voss", "Gern geschehen!")]
    assert check_accounted(PROPERTIES_POST, [rec]) == []


# invented: a Kotlin data class's toString printed after a build tool's lines — bare values,
# a text over raw lines holding its own "(…)" and commas, nested records and lists
KOTLIN_TOSTRING = """> Task :app:run
Post(author=Author(name=Iris Valen, headline=Baker, Rye & Sons), postedAgo=4h, text=We bake at 4am (yes, every day).

Bread waits for no one.

#Baking, comments=[Comment(author=Author(name=Tom Ekdahl, headline=Miller), postedAgo=3h, text=Respect (and crumbs)., replies=[])])
BUILD SUCCESSFUL in 2s
"""


def test_a_tostring_with_brackets_inside_a_bare_text_and_a_repr_test_that_passes_first():
    (rec,) = process(KOTLIN_TOSTRING)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Iris Valen", "Baker, Rye & Sons", "4h")
    assert rec.body == "We bake at 4am (yes, every day).\n\nBread waits for no one.\n\n#Baking"
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [("Tom Ekdahl", "3h", "Respect (and crumbs).")]
    assert check_accounted(KOTLIN_TOSTRING, [rec]) == []


# invented: an HCL snapshot — a labelled block per post, an "author" block, a "<<-EOT"
# here-document body, labelled "comment" blocks holding one "reply" block
HCL_SNAPSHOT = """# saved posts, generated
post "p1" {
  url = "https://example.com/p1"

  author {
    name     = "Hedda Lund"
    headline = "Ferry engineer"
  }

  posted_ago = "2d"
  hashtags   = ["#Ferries"]

  text = <<-EOT
    The old engine ran for 41 years.

    #Ferries
    EOT

  comment "c1" {
    author = "Bo Strand"
    age    = "1d"
    text   = "Forty-one! Remarkable."

    reply "r1" {
      author = "Hedda Lund"
      age    = "1d"
      text   = "And never late."
    }
  }
}
"""


def test_an_hcl_snapshot_with_labelled_blocks_and_a_here_document():
    (rec,) = process(HCL_SNAPSHOT)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Hedda Lund", "Ferry engineer", "2d")
    assert rec.body == "The old engine ran for 41 years.\n\n#Ferries"
    (c,) = rec.comments
    assert (c.author.name, c.age, c.text) == ("Bo Strand", "1d", "Forty-one! Remarkable.")
    assert [(r.author.name, r.text) for r in c.replies] == [("Hedda Lund", "And never late.")]
    assert check_accounted(HCL_SNAPSHOT, [rec]) == []


# invented: a read-later app's property list — dicts of <key> then value elements, an array
# of saved posts, a comment with a nested reply
PLIST_SAVED = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>Items</key>
\t<array>
\t\t<dict>
\t\t\t<key>authorName</key>
\t\t\t<string>Wilma Achter</string>
\t\t\t<key>authorTagline</key>
\t\t\t<string>Clockmaker &amp; restorer</string>
\t\t\t<key>bodyText</key>
\t\t\t<string>This clock lost a minute a year for a century.

#Clocks</string>
\t\t\t<key>pinned</key>
\t\t\t<true/>
\t\t\t<key>comments</key>
\t\t\t<array>
\t\t\t\t<dict>
\t\t\t\t\t<key>authorName</key>
\t\t\t\t\t<string>Jens Kroll</string>
\t\t\t\t\t<key>commentText</key>
\t\t\t\t\t<string>A minute a year is nothing!</string>
\t\t\t\t\t<key>replies</key>
\t\t\t\t\t<array>
\t\t\t\t\t\t<dict>
\t\t\t\t\t\t\t<key>authorName</key>
\t\t\t\t\t\t\t<string>Wilma Achter</string>
\t\t\t\t\t\t\t<key>commentText</key>
\t\t\t\t\t\t\t<string>It adds up, slowly.</string>
\t\t\t\t\t\t</dict>
\t\t\t\t\t</array>
\t\t\t\t</dict>
\t\t\t</array>
\t\t</dict>
\t</array>
</dict>
</plist>
"""


def test_a_property_list_reads_each_key_element_with_the_value_after_it():
    (rec,) = process(PLIST_SAVED)
    assert (rec.author.name, rec.author.bio) == ("Wilma Achter", "Clockmaker & restorer")
    assert rec.body == "This clock lost a minute a year for a century.\n\n#Clocks"
    (c,) = rec.comments
    assert (c.author.name, c.text) == ("Jens Kroll", "A minute a year is nothing!")
    assert [(r.author.name, r.text) for r in c.replies] == [("Wilma Achter", "It adds up, slowly.")]
    assert check_accounted(PLIST_SAVED, [rec]) == []


# invented: a redis-cli session — a SCAN, then a hash's fields and values in numbered replies,
# UTF-8 bytes escaped as \xNN, the comments a JSON string inside a value (quotes escaped)
REDIS_SESSION = r'''127.0.0.1:6379> SCAN 0 MATCH saved:*
1) "0"
2) 1) "saved:1"
127.0.0.1:6379> HGETALL saved:1
 1) "author"
 2) "Liv Sandvik"
 3) "headline"
 4) "Boatbuilder"
 5) "age"
 6) "5h"
 7) "text"
 8) "The hull is oak, the mast is spruce \xe2\x80\x94 both older than me.\n\n#Boats"
 9) "comments_json"
10) "[{\"name\":\"Ari Holm\",\"age\":\"4h\",\"text\":\"Beautiful work \xf0\x9f\x9b\xb6\"}]"
127.0.0.1:6379> '''


def test_a_redis_cli_hash_with_byte_escapes_and_json_inside_a_value():
    (rec,) = process(REDIS_SESSION)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Liv Sandvik", "Boatbuilder", "5h")
    assert rec.body == "The hull is oak, the mast is spruce \u2014 both older than me.\n\n#Boats"
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [("Ari Holm", "4h", "Beautiful work \U0001F6F6")]
    assert check_accounted(REDIS_SESSION, [rec]) == []


def test_a_redis_cli_string_with_a_lone_backslash_x_is_read():
    # '\x' with no hex digits after it (a value cut short, a hand-edited dump) is no byte: it was
    # taken for a run of \xNN bytes and int('') raised out of process (the reviewer's finding)
    text = REDIS_SESSION.replace(r"spruce \xe2\x80\x94 both", r"spruce \xe2\x8 both \x")
    (rec,) = process(text)
    assert rec.author.name == "Liv Sandvik"
    assert rec.body.startswith("The hull is oak, the mast is spruce ")
    assert check_accounted(text, [rec]) == []


def test_a_redis_cli_value_of_digits_int_cannot_read_is_a_string():
    # str.isdigit() holds for a superscript's '²', which int() refuses: it raised out of process
    text = REDIS_SESSION.replace('"5h"', '"5h"\n 7) "footnote"\n 8) "\u00b2"').replace(' 7) "text"', ' 9) "text"')
    (rec,) = process(text)
    assert (rec.author.name, rec.age) == ("Liv Sandvik", "5h")
    assert check_accounted(text, [rec]) == []


def test_a_redis_cli_json_value_of_many_comments_keeps_each_ones_escapes():
    # each string of the JSON inside a value takes the outer escapes inside its own span (found
    # by bisection; a pass over every escape for every string was quadratic: 3,000 comments, 10 s)
    comments = ",".join(r'{\"name\":\"Ari Holm %d\",\"age\":\"4h\",\"text\":\"Fine work \xe2\x80\x94 no. %d\\n\"}'
                        % (n, n) for n in range(300))
    text = REDIS_SESSION.replace(REDIS_SESSION[REDIS_SESSION.index('10) "[') + 5: REDIS_SESSION.rindex('"')],
                                 "[" + comments + "]")
    (rec,) = process(text)
    assert len(rec.comments) == 300
    assert [c.text for c in rec.comments[:2]] == ["Fine work \u2014 no. 0", "Fine work \u2014 no. 1"]
    assert rec.comments[-1].author.name == "Ari Holm 299"
    assert check_accounted(text, [rec]) == []


def test_a_plist_of_arrays_nested_thousands_deep_is_read_without_recursion():
    # the arrays inside arrays were flattened by recursion: RecursionError out of process (a
    # plist is data since s11-fix46, and its reader builds such a tree without recursing)
    from postscrub.jsonexport import _flat

    assert _flat([1, [2, [3, []], 4], [[5]], 6]) == [1, 2, 3, 4, 5, 6]
    text = ('<?xml version="1.0"?>\n<plist version="1.0">\n' + "<array>" * 5000
            + "<string>A line of text.</string>" + "</array>" * 5000 + "\n</plist>\n")
    recs = process(text)
    assert recs and check_accounted(text, recs) == []


MYSQL_NULLS = """mysql> SELECT * FROM posts WHERE id = 4\\G
*************************** 1. row ***************************
      id: 4
  author: Wren Halloway
headline: Ferry timetable planner
     age: 3d
    body: The winter timetable drops two sailings.

Tell me which ones you rely on.
1 row in set (0.00 sec)

mysql> SELECT * FROM replies WHERE post_id = 4\\G
*************************** 1. row ***************************
       id: 21
  post_id: 4
 reply_of: NULL
   author: Odile Marsh
 headline: NULL
      age: 2d
     text: The early one, every single day.
*************************** 2. row ***************************
       id: 22
  post_id: 4
 reply_of: 21
   author: Wren Halloway
 headline: Ferry timetable planner
      age: 1d
     text: Noted, it stays.
2 rows in set (0.00 sec)
"""


def test_a_mysql_null_in_a_record_display_is_no_value():
    # MySQL's "NULL" is the client's mark of a null: no headline, and no link that keeps a
    # reply's parent column from reading as one
    (rec,) = process(MYSQL_NULLS)
    assert [(c.author.name, c.author.bio) for c in rec.comments] == [("Odile Marsh", None)]
    assert [(r.author.name, r.text) for r in rec.comments[0].replies] == [("Wren Halloway", "Noted, it stays.")]
    assert check_accounted(MYSQL_NULLS, [rec]) == []


HUGO_PAGE = '''+++
title = "A post by Pia Lund"
draft = true
author = "Pia Lund"
headline = "Bookbinder"
posted = "3d"

[[comments]]
author = "Kai Berg"
headline = "Printer"
age = "2d"
text = "Lovely stitching on that spine."
+++

I rebound my grandmother's recipe book this week.

Every stain is still there, on purpose.
'''

JEKYLL_PAGE = '''---
author: Pia Lund
headline: Bookbinder
posted: 3d
comments:
  - author: Kai Berg
    age: 2d
    text: Lovely stitching on that spine.
---
I rebound my grandmother's recipe book this week.
'''


@pytest.mark.parametrize("text", [HUGO_PAGE, JEKYLL_PAGE])
def test_front_matter_holding_the_comments_and_the_body_after_it(text):
    # a static site's page: its front matter (TOML "+++" or YAML "---") keeps the post's
    # fields and its comments, the body after the block is the post's text
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Pia Lund", "Bookbinder", "3d")
    assert rec.body.startswith("I rebound my grandmother's recipe book this week.")
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [("Kai Berg", "2d", "Lovely stitching on that spine.")]
    assert check_accounted(text, [rec]) == []


# --- rev12 fixes: a front matter's list of mappings is the comments only when it looks so ---

CLIPPING_WITH_IMAGES = """---
title: "Marta Quill on LinkedIn: Our orchard switched to drip lines"
source: https://www.linkedin.com/posts/marta-quill_orchard-activity-7299911122233344455-QwEr
author: Marta Quill
clipped: 2025-03-02
images:
  - src: https://media.licdn.com/dms/image/orchard-rows.jpg
    alt: Rows of young apple trees under drip lines
  - src: https://media.licdn.com/dms/image/valve-box.jpg
    alt: A green valve box at the end of a row
---

# Marta Quill on LinkedIn: Our orchard switched to drip lines

Marta Quill
Orchard manager at Quill Family Farm

Our orchard switched to drip lines this spring.

We use a third of the water and the young trees look stronger than ever.

#Farming #Water
"""


def test_clipping_with_an_images_list_stays_a_clipping():
    # (an "images:" list of "- src: … alt: …" mappings is not the comments: the clipping is
    # read as one, its heading, the author's name and headline out of the body)
    (rec,) = process(CLIPPING_WITH_IMAGES)
    assert rec.shape == "clipper_markdown"
    assert rec.author.name == "Marta Quill"
    assert rec.body.startswith("Our orchard switched to drip lines this spring.")
    assert "Orchard manager" not in rec.body and "# " not in rec.body
    assert check_accounted(CLIPPING_WITH_IMAGES, [rec]) == []


HUGO_FEEDBACK = '''+++
title = "Notes from the harbour"
author = "Lio Santos"
headline = "Ferry captain"
posted = "5d"

[[remarks]]
name = "Ines Duarte"
text = "The new timetable is a real improvement for us commuters."

[[remarks]]
name = "Tom Avery"
text = "Thanks for keeping the early crossing running all winter."
+++

We moved the first ferry to 6:10 so the market traders make it across.
'''

JEKYLL_REPLIES = '''---
author: Lio Santos
headline: Ferry captain
posted: 5d
comments:
  - author: Ines Duarte
    text: The new timetable is a real improvement for us commuters.
---
We moved the first ferry to 6:10 so the market traders make it across.
'''


@pytest.mark.parametrize("text", [HUGO_FEEDBACK, JEKYLL_REPLIES])
def test_front_matter_holding_comments_is_still_read_as_data(text):
    # (by the comments' looks under a key no table names, or by the key's name)
    (rec,) = process(text)
    assert rec.author.name == "Lio Santos"
    assert rec.body == "We moved the first ferry to 6:10 so the market traders make it across."
    assert rec.comments and rec.comments[0].author.name == "Ines Duarte"
    assert rec.comments[0].text == "The new timetable is a real improvement for us commuters."


# invented: a dataclass's repr whose datetime names its time zone as a constant
# (tzinfo=datetime.timezone.utc), as Python prints it
DATACLASS_TZ = ("Post(author=Person(name='Ida Brenner', headline='Glassblower'), text='Kiln is back up. Orders "
                "ship Monday.', relative_time='2d', posted_at=datetime.datetime(2026, 3, 2, 9, 30, "
                "tzinfo=datetime.timezone.utc), comments=[Comment(author=Person(name='Lu Fen', headline='Buyer'), "
                "text='Good news!', relative_time='1d')])\n")


def test_a_repr_with_a_dotted_constant_is_still_read():
    (rec,) = process(DATACLASS_TZ)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Ida Brenner", "Glassblower", "2d")
    assert rec.body == "Kiln is back up. Orders ship Monday."
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [("Lu Fen", "1d", "Good news!")]
    assert check_accounted(DATACLASS_TZ, [rec]) == []


# invented: a data frame printed as its to_dict(), each column a dict keyed by the row's
# number, and as to_dict("index"), each row under its number
FRAME_DICT = ("{'author': {0: 'Tariq Noor', 1: 'Tariq Noor'}, 'age': {0: '3d', 1: '2w'}, "
              "'text': {0: 'Our night market returns on Friday.', 1: 'Stalls are open for booking.'}}\n")
FRAME_DICT_INDEX = ("{0: {'author': 'Tariq Noor', 'age': '3d', 'text': 'Our night market returns on Friday.'}, "
                    "1: {'author': 'Tariq Noor', 'age': '2w', 'text': 'Stalls are open for booking.'}}\n")


@pytest.mark.parametrize("dump", [FRAME_DICT, FRAME_DICT_INDEX])
def test_a_data_frames_dict_with_number_keys_is_read_row_by_row(dump):
    recs = process(dump)
    assert [(r.author.name, r.age, r.body) for r in recs] == [
        ("Tariq Noor", "3d", "Our night market returns on Friday."),
        ("Tariq Noor", "2w", "Stalls are open for booking.")]
    assert check_accounted(dump, recs) == []


def test_a_hash_printed_on_one_long_line_after_a_repl_result_marker():
    # invented: pry's "=> {…}" on one line longer than a prompt, symbol keys and hash rockets
    text = ('[3] pry(main)> rec = Feed.pull(id)\n'
            '=> {:owner=>"Farah Qureshi", :owner_headline=>"Bridge inspector", :ago=>"8h", '
            ':body=>"Every rivet on the old swing bridge got a photo today.\\n\\nAll 4,112 of them.", '
            ':comments=>[{"owner" => "Tom Eklund", :ago => "7h", :body => "That is dedication."}]}\n'
            '[4] pry(main)> exit\n')
    (rec,) = process(text)
    assert (rec.author.name, rec.age) == ("Farah Qureshi", "8h")
    assert rec.body == "Every rivet on the old swing bridge got a photo today.\n\nAll 4,112 of them."
    assert [(c.author.name, c.text) for c in rec.comments] == [("Tom Eklund", "That is dedication.")]


def test_a_double_quoted_yaml_scalar_folded_over_lines():
    # invented: a YAML writer wrapping a long double-quoted string: a fold is a space, an
    # empty line a line break, a trailing backslash joins, "\ " keeps a space, \u escapes
    text = ('items:\n'
            '- by: Aiko Brandt\n'
            '  role: "Harbour pilot"\n'
            '  shown: 9 h\n'
            '  content: "Fog this morning so thick we\n'
            '    docked by radar alone.\n'
            '\n'
            '    Thirty years, and it still hum\\\n'
            '    bles me.\\n\\nCaf\\u00e9 after\\\n'
            '    \\ shift, always."\n'
            '  likes: 12\n')
    (rec,) = process(text)
    assert rec.author.name == "Aiko Brandt"
    assert rec.body == ("Fog this morning so thick we docked by radar alone.\n"
                        "Thirty years, and it still humbles me.\n\nCafé after shift, always.")


def test_a_go_plus_v_struct_with_bare_values_after_a_glog_prefix():
    # invented: Go's %+v (no types, fields parted by spaces, every text bare, a nil headline)
    # after a glog line's prefix and an assignment, Portuguese, the text first
    text = ("I1128 09:12:03.000000 dump.go:40] post=&{Body:Lançamos hoje o novo app, depois de oito meses. "
            "Writer:{FullName:Rita Duarte Title:Designer de produto na Vela} Posted:3 sem Likes:41 "
            "Replies:[{Writer:{FullName:Caio Brandão Title:<nil>} Posted:2 sem Body:Parabéns pelo lançamento, Rita!} "
            "{Writer:{FullName:Lia Torres Title:PM} Posted:1 sem Body:Ficou lindo.}]}\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Rita Duarte", "Designer de produto na Vela", "3 sem")
    assert rec.body == "Lançamos hoje o novo app, depois de oito meses."
    assert [(c.author.name, c.age, c.text) for c in rec.comments] == [
        ("Caio Brandão", "2 sem", "Parabéns pelo lançamento, Rita!"), ("Lia Torres", "1 sem", "Ficou lindo.")]


def test_a_single_quoted_yaml_scalar_folded_over_lines():
    # invented: PyYAML (allow_unicode) writes a text with line breaks as a single-quoted
    # scalar: a fold is a space, each empty line one line break, '' a quote (YAML 1.2, 7.3.2)
    text = ("writer: Maëlle Corbin\n"
            "when: 6 j\n"
            "message: 'Première nuit d''astreinte\n"
            "  à la maternité.\n"
            "\n"
            "\n"
            "  On en ressort fatiguée, mais fière.'\n"
            "replies:\n"
            "- writer: Jonas Petit\n"
            "  when: 5 j\n"
            "  message: 'Courage !\n"
            "\n"
            "    C''est le plus beau métier.'\n")
    (rec,) = process(text)
    assert rec.author.name == "Maëlle Corbin"
    assert rec.body == ("Première nuit d'astreinte à la maternité.\n\n"
                        "On en ressort fatiguée, mais fière.")
    assert [(c.author.name, c.text) for c in rec.comments] == [
        ("Jonas Petit", "Courage !\nC'est le plus beau métier.")]


def test_a_key_value_pane_with_each_key_on_its_own_line():
    # invented: a no-code tool's output pane copied as text: a key alone on its line, its
    # value under it, nested keys joined by "__"; a key with no value opens a section, and a
    # one-line paragraph right before such a section is its heading, not the value above
    text = ("Output\n"
            "\n"
            "record\n"
            "autore__nome\n"
            "Giulia Ferraris\n"
            "autore__ruolo\n"
            "Responsabile logistica presso Trasporti Alpini\n"
            "testo\n"
            "Abbiamo chiuso il magazzino di Novara per due giorni.\n"
            "\n"
            "Inventario completo: zero discrepanze.\n"
            "tempo\n"
            "3 g\n"
            "commenti__autore__nome\n"
            "Marco Bellini\n"
            "commenti__testo\n"
            "Complimenti a tutta la squadra!\n"
            "\n"
            "Step 3: Formatter\n"
            "meta\n"
            "elapsed_ms\n"
            "88\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == (
        "Giulia Ferraris", "Responsabile logistica presso Trasporti Alpini", "3 g")
    assert rec.body == "Abbiamo chiuso il magazzino di Novara per due giorni.\n\nInventario completo: zero discrepanze."
    assert [(c.author.name, c.text) for c in rec.comments] == [("Marco Bellini", "Complimenti a tutta la squadra!")]


def test_a_key_value_panes_name_is_one_line_and_given_up_values_are_recorded():
    # invented: a stacked pane whose key after the author's name is missing: the name takes its
    # one line, not the lines up to the next key; a key given twice keeps its first value, the
    # second recorded under its key (not as syntax)
    from postscrub import literals
    text = ("record\nautor__nombre\nLucía Ferrer\nJefa de almacén en Puerto Seco\n"
            "Cerramos el almacén dos días.\n\nInventario: cero diferencias.\n"
            "tiempo\n3 d\ntiempo\n4 d\ncomentarios__texto\n¡Enhorabuena!\n")
    tree = literals.parse_stacked(text)
    assert tree.items["autor"].items["nombre"].value == "Lucía Ferrer"
    assert tree.items["autor"].items["nombre#2"].value.startswith("Jefa de almacén en Puerto Seco\nCerramos")
    assert (tree.items["tiempo"].value, tree.items["tiempo#2"].value) == ("3 d", "4 d")
    (rec,) = process(text)
    assert rec.author.name == "Lucía Ferrer"


def test_a_literal_under_a_long_command_line_is_read():
    # invented: a PowerShell prompt whose arguments (an address, an output path) make it long,
    # over a dict printed on one line, in Portuguese; the long prompt is no text
    text = ("PS C:\\Users\\ops\\coleta> python .\\coletar.py --perfil producao --saida .\\saida\\posts.json "
            "--url https://www.linkedin.com/feed/update/urn:li:activity:7011223344556677889/\n"
            "{'autor': 'Rafael Lima', 'headline': 'Engenheiro de dados na Pratik', 'time': '2d', "
            "'text': 'Migramos o pipeline inteiro para lotes de cinco minutos.', 'comments': []}\n")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Rafael Lima", "Engenheiro de dados na Pratik", "2d")
    assert rec.body == "Migramos o pipeline inteiro para lotes de cinco minutos."
    assert check_accounted(text, [rec]) == []


def test_a_long_line_of_prose_over_a_literal_is_still_text():
    from postscrub.literals import _prose
    assert _prose("> " + "Eu acho que a gente devia medir tudo antes de mudar qualquer coisa no pipeline de dados. " * 2)
    assert not _prose("$ node fetch.mjs --out ./tmp/run-2031-02-03.json https://www.linkedin.com/posts/someone_activity-7000000000000000000-abcd")


def test_a_literal_with_the_consoles_next_prompt_under_it_is_read():
    # invented: a REPL session in Spanish, the dict printed, then the interpreter's next prompt
    # waiting (">>> "); and a Windows console's repr of an object, its next prompt "D:\…> "
    text = (">>> print(posts[0])\n"
            "{'author': 'Carmen Vidal', 'headline': 'Jefa de compras', 'age': '5 d',\n"
            " 'text': 'Renegociamos todos los contratos de transporte en un mes.'}\n"
            ">>> ")
    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Carmen Vidal", "Jefa de compras", "5 d")
    assert rec.body == "Renegociamos todos los contratos de transporte en un mes."
    assert check_accounted(text, [rec]) == []
    win = ("D:\\tools\\scrape> scrape.exe show 42\n"
           "Post(author=Author(name='Tomás Gil', headline='Analista'), age='1 sem', "
           "text='Primer informe trimestral publicado.')\n"
           "\n"
           "D:\\tools\\scrape> ")
    (rec,) = process(win)
    assert (rec.author.name, rec.age, rec.body) == ("Tomás Gil", "1 sem", "Primer informe trimestral publicado.")
