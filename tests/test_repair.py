"""Each repair step on its own: what it fixes, what it must leave alone, that it is recorded,
and that repairing twice changes nothing."""

from __future__ import annotations

import ftfy.bad_codecs  # noqa: F401  (the sloppy-windows-1252 codec, to make mojibake)

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postscrub.config import LOST_MARK, Config
from postscrub.repair import repair_text

DROP, MARK = Config(), Config(lost="mark")


def rules(repairs):
    return [r.rule for r in repairs]


# ---- mojibake (ftfy without its traps) --------------------------------------------------------


@pytest.mark.parametrize(
    "broken, fixed",
    [
        ("doesnâ€™t", "doesn’t"),
        ("ðŸš€ launch", "🚀 launch"),
        ("cafÃ©", "café"),
        ("I ðŸ’¡ ideas", "I 💡 ideas"),
    ],
)
def test_mojibake_repaired_and_recorded(broken, fixed):
    out, reps = repair_text(broken)
    assert out == fixed
    assert "mojibake" in rules(reps)


@pytest.mark.parametrize(
    "text",
    [
        "“curly” and ‘single’ quotes stay curly",
        "中文的问号？冒号：括号（）逗号，都保留",
        "Emoji 👍🏽 👩‍💻 🇺🇸 intact, café, naïve, Größe",
        "plain ASCII line with a real question?",
        "I <3 this & that",
    ],
)
def test_clean_text_is_left_alone(text):
    out, reps = repair_text(text)
    assert out == text and reps == []


def test_a_dump_read_as_cp1252_is_repaired_on_every_line():
    """ftfy judges each line alone and leaves short ones it cannot prove (``BeÄŸen``); once
    it has fixed two lines by the cp1252 round trip, the lines it left get the same."""
    clean = ["Küçük Ekiplerde Büyük Kararlar", "Elif Yıldırım", "Beğen", "Bu yorumu şikayet et",
             "Paylaş", "Burak Şahin"]
    broken = [t.encode("utf-8").decode("sloppy-windows-1252") for t in clean]
    out, reps = repair_text("\n".join(broken))
    assert out.split("\n") == clean
    assert set(rules(reps)) == {"mojibake"}
    # one line alone proves nothing: left as it is
    assert repair_text(broken[2])[0] == broken[2]
    # correct text in a cp1252-mojibake dump is not touched (its bytes are no UTF-8)
    mixed = "\n".join(broken[:2] + ["café déjà vu", "naïve Größe"])
    assert repair_text(mixed)[0].split("\n")[2:] == ["café déjà vu", "naïve Größe"]


def test_a_dump_read_as_cp1251_is_repaired_on_every_line():
    """UTF-8 Cyrillic read as cp1251 (invented Serbian lines): ftfy leaves some lines ("4 Рґ",
    a bullet alone) and takes apart those where the byte cp1251 lacks (0x98 of every ``ј``)
    was kept as U+0098; once two lines make the strict round trip, every such line gets it."""
    clean = ["Марија Јовановић", "Марија Јовановић", " • 2.", "Наставница физике у Шапцу", "4 д •",
             "Прошле јесени смо са ђацима направили мали соларни аутомобил.",
             "• Радионице су суботом, у школској библиотеци", "Свиђа ми се", "Одговори"]
    broken = [t.encode("utf-8").decode("sloppy-windows-1251") for t in clean]
    assert "\x98" in broken[0]
    out, reps = repair_text("\n".join(broken))
    assert out.split("\n") == clean
    assert set(rules(reps)) == {"mojibake"}
    # real Cyrillic beside it is left alone (its letters are no UTF-8 bytes)
    mixed = "\n".join(broken[:2] + ["Сегодня мы запустили новый сервис.", "Спасибо всем!"])
    assert repair_text(mixed)[0].split("\n")[2:] == ["Сегодня мы запустили новый сервис.", "Спасибо всем!"]


def test_dropped_cp1252_byte_is_a_lost_character_not_another_emoji():
    # 👍 = F0 9F 91 8D; 8D is undefined in cp1252 and was dropped: ftfy alone gives 👠
    broken = "👍 thanks".encode("utf-8").decode("cp1252", errors="ignore")
    out, reps = repair_text(broken)
    assert out == "thanks" and "👠" not in out
    assert rules(reps) == ["lost_character"]
    out, _ = repair_text(broken, MARK)
    assert out == f"{LOST_MARK} thanks"


def test_layered_fffd_mojibake_is_lost_characters():
    line = "Let" + "ï¿½" * 9 + "s make history" + "ï¿½" * 9 + "one story"
    out, reps = repair_text(line)
    assert "ï¿½" not in out and "\ufffd" not in out
    assert set(rules(reps)) == {"lost_character"}
    out, _ = repair_text(line, MARK)
    assert out == f"Let{LOST_MARK}s make history{LOST_MARK}one story"
    out, _ = repair_text("ï¿½" * 12 + " Vision: a $100B economy")
    assert out == "Vision: a $100B economy"


def test_plain_replacement_characters_follow_lost():
    assert repair_text("a\ufffd\ufffdb")[0] == "ab"
    assert repair_text("a\ufffd\ufffdb", MARK)[0] == f"a{LOST_MARK}b"


def test_real_corpus_mojibake_dumps(real_corpus):
    for path in sorted(real_corpus.glob("past5-hashtag-mojibake_*.txt")):
        text = path.read_text(encoding="utf-8")
        out, reps = repair_text(text)
        assert "ï¿½" not in out and "\ufffd" not in out, path.name
        assert "lost_character" in rules(reps)
        assert repair_text(out)[0] == out


# ---- HTML entities ------------------------------------------------------------------------------


def test_entities_decoded_on_every_line_even_after_a_literal_lt():
    out, reps = repair_text("I <3 this\nFish &amp; chips &eacute;t&eacute;\nAT&amp;T &#8217;")
    assert out == "I <3 this\nFish & chips été\nAT&T ’"
    assert set(rules(reps)) == {"html_entity"}


def test_double_escaped_entity_decoded_at_once():
    out, _ = repair_text("&amp;lt;b&amp;gt; and don&#39")
    assert out == "<b> and don'"
    assert repair_text(out)[0] == out


def test_entities_never_produce_control_characters():
    out, _ = repair_text("a&#0;b&#1;c")
    assert "\x00" not in out and "\x01" not in out


# ---- lost characters -----------------------------------------------------------------------------


def test_lost_drop_and_mark():
    text = "Host of The Podcast ??\nnoticing? ?? ok"
    assert repair_text(text)[0] == "Host of The Podcast\nnoticing? ok"
    assert repair_text(text, MARK)[0] == f"Host of The Podcast {LOST_MARK}\nnoticing? {LOST_MARK} ok"


def test_invisible_characters_out_of_one_mojibake_span_are_one_repair():
    """Five ZWSPs that came out of one mojibake span share its original column: one repair for
    the run (five at one column could not be replayed)."""
    from postscrub import process
    from postscrub.audit import check_accounted

    text = '    "pro' + "â€‹" * 5 + 'file_url": "x",'
    out, reps = repair_text(text)
    assert out == '    "profile_url": "x",'
    assert [(r.rule, r.text) for r in reps] == [("mojibake", "â€‹" * 5), ("invisible_character", "\u200b" * 5)]
    assert check_accounted(text, process(text)) == []


def test_every_removal_has_its_original_position():
    text = "ðŸ‘ great\nSo ?? what?"
    _, reps = repair_text(text)
    lost = [r for r in reps if r.rule == "lost_character"]
    assert [(r.line, r.column) for r in lost] == [(1, 1), (2, 3)]


# ---- the whole stage: idempotent, never creates `?` -----------------------------------------------

_PIECES = st.sampled_from(
    [
        "?", "??", " ", "\n", "word", "Why", "é", "？", "吗", "👍", "👍🏽", "\u00a0", "\u202f",
        "&amp;", "&lt;", "&#39", "ðŸ‘", "â€™", "â€", "ï¿½", "\ufffd", ".", "!", "\"", "”", "“",
        "https://x.com/a?b=1", " ? ", "Ã©", "\u200b", "\t", "a ? b : c", "hei?t", "2?Reactions",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=25), st.sampled_from([DROP, MARK]))
def test_repair_is_idempotent_and_never_creates_a_question_mark(parts, config):
    text = "".join(parts)
    once, _ = repair_text(text, config)
    twice, again = repair_text(once, config)
    assert twice == once, again
    assert once.count("?") <= text.count("?")


# ---- the diff behind recorded spans -------------------------------------------------------------


def _difflib_spans(old, new):
    from difflib import SequenceMatcher

    return [(i1, i2, new[j1:j2]) for tag, i1, i2, j1, j2
            in SequenceMatcher(None, old, new, autojunk=False).get_opcodes() if tag != "equal"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abé€™ ’", max_size=30), st.text(alphabet="abé€™ ’", max_size=30))
def test_matching_blocks_are_difflibs(old, new):
    """The spans of a mojibake fix are difflib's (``SequenceMatcher``, nothing junk): found by
    substring search, but the same blocks, ties broken the same way."""
    from difflib import SequenceMatcher

    from postscrub.repair import _matching_blocks

    assert _matching_blocks(old, new) == [
        tuple(m) for m in SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks()
    ]


@pytest.mark.parametrize("old, new", [
    ("doesnâ€™t it â€œworkâ€\ufffd", "doesn’t it “work”"),
    ("ab" * 50, "ba" * 50),
    ("aaaa", "aaba"),
    ("cafÃ© au lait, cafÃ©", "café au lait, café"),
])
def test_diff_spans_are_difflibs(old, new):
    from postscrub.repair import diff_spans

    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    a, b = old[p:len(old) - s], new[p:len(new) - s]
    assert diff_spans(old, new) == [(p + i, p + j, r) for i, j, r in _difflib_spans(a, b)]


# Text that reaches ftfy's fixes only through the filter: accented Latin letters (most of a
# French or German dump, left alone), the cp1252 view of UTF-8 bytes, spaces and punctuation.
_FILTER_ALPHABET = st.sampled_from(
    list("aeinost ,.!?'’“”-–—€™ ") + [chr(c) for c in range(0xA0, 0x100)] + list("ŠšŒœŽžŸƒˆ˜‚„…†‡‰‹›•")
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(_FILTER_ALPHABET, max_size=12).map("".join))
def test_lines_left_out_of_ftfy_are_lines_ftfy_leaves_alone(text):
    """Only lines the filter lets through go to ftfy (speed): every line it keeps out must be
    one that ftfy would not change."""
    from postscrub import repair

    from ftfy.badness import is_bad

    if repair._NEEDS_FTFY.search(text) is None and not is_bad(text):
        assert ftfy.fix_text(text, repair._ftfy_config()) == text


# Text through the mistakes ftfy undoes: UTF-8 read as cp1252 or latin-1 (once or twice), C1
# controls, ligatures, decomposed accents, terminal colours.
_MOJIBAKE_SOURCE = st.lists(
    st.sampled_from(list("aeinost ,.!?-") + list("éèàçüößñ’“”–—€™…🙂👍中文ﬁ") + ["e\u0301", "\x1b[1m", "\x85"]),
    max_size=24,
).map("".join)


def _garble(text: str, how: int) -> str:
    for _ in range(how // 2 + 1):
        if how % 2:
            text = text.encode("utf-8").decode("latin-1")
        else:
            text = text.encode("utf-8").decode("sloppy-windows-1252")
    return text


@settings(max_examples=600, deadline=None, derandomize=True)
@given(_MOJIBAKE_SOURCE, st.integers(0, 3), st.booleans())
def test_one_ftfy_pass_to_a_fixpoint_is_fix_text(text, how, garble):
    """The repair stage runs one pass of ftfy's chain per round (its own fixpoint repeats it
    where work is left); that must come to what ``fix_text`` gives, which repeats the chain
    itself."""
    from postscrub import repair

    line = _garble(text, how) if garble else text
    repair._FTFY_CONFIG = repair._ftfy_config()
    once = repair._ftfy_once(line)
    for _ in range(3):
        if repair._ftfy_once(once) == once:
            break
        once = repair._ftfy_once(once)
    assert once == ftfy.fix_text(line, repair._ftfy_config())


def test_accented_text_is_kept_out_of_ftfy_and_mojibake_is_not():
    from postscrub import repair

    from ftfy.badness import is_bad

    def needs(t):
        return bool(repair._NEEDS_FTFY.search(t) or is_bad(t))

    assert not needs("Très fier de l’équipe, schöne Grüße, añadir")
    assert needs("TrÃ¨s fier") and needs("Itâ€™s") and needs("РЎРµРіРѕРґРЅСЏ")
    assert repair_text("voilÃ  tout")[0] == "voilà tout"  # `Ã ` for `à` (its NBSP byte became a space)


def test_repairing_lossy_text_twice_changes_nothing():
    """A second repair reads its prior from the repaired text, where the artifacts are gone,
    and may judge a kept `?` again under it (`Quoi de neuf??` once the lost NBSPs that made
    the dump read as French are removed). The stage judges again under the repaired text's
    own prior until nothing changes, so a second repair finds nothing."""
    from postscrub import lossy

    for bank in ("fit", "heldout", "heldout2"):
        for seed in range(3000, 3010):
            text = lossy.generate("fr", seed, bank=bank)
            for codec in ("gbk", "cp1252", "ascii"):
                lo = lossy.degrade(text, codec, "utf16")
                once, _ = repair_text(lo.text)
                twice, again = repair_text(once)
                assert again == [], (bank, seed, codec, again[:2])


def test_a_header_bullet_lost_to_a_code_page_is_put_back():
    """GBK has no "•": a post header's "5d •" / "1mo • Edited" comes back as "5d ?" and
    "1mo ? Edited". The ``?`` stood for the bullet: it becomes one again (and is recorded),
    so the line still reads as a header mark; a lost emoji elsewhere is still dropped."""
    text = "Mara Quist\nKiln technician\n5d ?\nFired the big kiln today ??\n1mo ? Edited\nDone ?? ok"
    out, reps = repair_text(text)
    assert out.split("\n")[2] == "5d •"
    assert out.split("\n")[3] == "Fired the big kiln today"
    assert out.split("\n")[4] == "1mo • Edited"
    assert [(r.rule, r.text, r.replacement) for r in reps if r.replacement] == [
        ("lost_character", " ?", " •"), ("lost_character", " ?", " •")]
    assert repair_text(text, MARK)[0].split("\n")[4] == "1mo • Edited"
    assert repair_text(out)[0] == out


# ---- reading the lines: what a capture route did to the characters ---------------------------


def test_decomposed_text_is_composed_and_recorded_word_by_word():
    import unicodedata

    text = "Zoë Ørsted\nUne journée à Köln, 한국 여행"  # invented
    out, reps = repair_text(unicodedata.normalize("NFD", text))
    assert out == text
    assert set(rules(reps)) == {"unicode_nfc"}
    assert [(r.line, r.column, r.replacement) for r in reps][:2] == [(1, 1, "Zoë"), (2, 5, "journée")]  # (Ø has no decomposition)
    assert repair_text(out) == (out, [])  # composed text is not touched; repairing twice: no change


def test_composed_text_with_a_mark_that_has_no_precomposed_form_is_left_alone():
    text = "q\u0303 is not a letter of any alphabet"  # NFC already: no precomposed q-tilde
    assert repair_text(text) == (text, [])


@pytest.mark.parametrize("sep, between", [("\u2028", "\n"), ("\u2029", "\n\n")])
def test_line_and_paragraph_separators_end_lines_and_are_recorded(sep, between):
    from postscrub.repair import line_texts

    text = f"Ana Lee{sep}Ceramist at Olaria{sep}We open the July workshop."  # invented
    out, reps = repair_text(text)
    assert out == between.join(["Ana Lee", "Ceramist at Olaria", "We open the July workshop."])
    assert [(r.rule, r.text, r.replacement) for r in reps] == [("line_separator", sep, between)] * 2
    # at the end of the line each one ended, counted as the lines are (the audit counts alike)
    assert [(r.line, r.column) for r in reps] == ([(1, 8), (2, 19)] if sep == "\u2028" else [(1, 8), (3, 19)])
    assert line_texts(text) == out.split("\n")
    assert repair_text(out) == (out, [])


def test_a_dump_whose_every_line_break_was_doubled_is_read_with_single_ones():
    # invented: five lines, a paragraph break between the third and fourth (three blank lines
    # once doubled); each added line end recorded where the line before it ends
    text = "Ana Lee\nCeramist\n3d\n\nWe open the July workshop.\nTen places.\n"
    doubled = text.replace("\n", "\n\n")
    out, reps = repair_text(doubled)
    assert out == text
    assert {r.rule for r in reps} == {"doubled_line_break"}
    assert [(r.line, r.column, r.text) for r in reps][:3] == [(1, 8, "\n"), (2, 9, "\n"), (3, 3, "\n\n")]
    assert repair_text(out) == (out, [])


@pytest.mark.parametrize("text", [
    "Ana Lee\n\nCeramist\n\n3d\n\nWe open the July workshop.\nTen places.\n\nBook now.",  # two lines touch
    "Ana Lee\n\nCeramist\n\n\n3d\n\nWe open the July workshop.\n\nBook now.",  # an even run
    "Ana Lee\n\nCeramist\n\n3d\n\nBook now.",  # four lines: too little to tell
])
def test_blank_lines_that_part_paragraphs_are_kept(text):
    assert repair_text(text) == (text, [])


def test_an_indentation_every_line_shares_goes_and_a_deeper_one_stays():
    text = "\tAna Lee\n\t3d\n\n\tWe open the July workshop.\n\t  Great news! (a reply)\n"  # invented
    out, reps = repair_text(text)
    assert out == "Ana Lee\n3d\n\nWe open the July workshop.\n  Great news! (a reply)\n"
    assert [(r.rule, r.line, r.text) for r in reps] == [("indentation", n, "\t") for n in (1, 2, 4, 5)]
    assert repair_text(out) == (out, [])
    mixed = "  Ana Lee\n\tWe open the July workshop."  # no indentation in common: left as it is
    assert repair_text(mixed)[0] == "  Ana Lee\n\tWe open the July workshop."


def test_zero_width_characters_are_gone_before_any_reader_looks_at_a_line():
    from postscrub.repair import RepairLog, read_lines

    log = RepairLog()
    lines = read_lines("\u200bFrom: Ken Ito\u2060\n\ufeffSubject: a post", log)  # invented
    assert [ln.text for ln in lines] == ["From: Ken Ito", "Subject: a post"]
    assert [(r.rule, r.line, r.column) for r in log.sorted()] == [
        ("invisible_character", 1, 1), ("invisible_character", 1, 15), ("invisible_character", 2, 1)]


def test_a_soft_hyphen_that_is_a_byte_of_decomposed_mojibake_is_left_to_the_mojibake_step():
    import unicodedata

    # invented Greek, its UTF-8 read as cp1252 ("έ" is CE AD: "Î" and a soft hyphen), then
    # decomposed (NFD: "Î" is I and a combining circumflex): read back as the Greek it was
    greek = "νέα εβδομάδα, καλή επιτυχία σε όλους"
    moji = greek.encode("utf-8").decode("cp1252", "replace")
    assert "Î\u00ad" in moji
    assert repair_text(unicodedata.normalize("NFD", moji))[0] == greek


@pytest.mark.parametrize("text", ["Testler hâlâ\u00a0çoğu ekipte son dakikaya kalıyor.",  # invented
                                  "Bugün hâlâ\u00a0!", "Ce n’est pas un château\u00a0: c’est un hâ\u00a0»"])
def test_a_word_ending_in_a_circumflex_a_before_an_nbsp_is_no_truncated_mojibake(text):
    out, reps = repair_text(text)
    assert out == text.replace("\u00a0", " ") and "lost_character" not in rules(reps)


def test_a_doubled_dump_whose_lines_were_padded_with_spaces_too_is_read_with_single_breaks():
    # invented: doubled, then every line (the blank ones too) padded with two spaces
    text = "Ana Lee\nCeramist\n3d\n\nWe open the July workshop.\nTen places."
    routed = "\n".join(x + "  " for x in text.replace("\n", "\n\n").split("\n"))
    assert repair_text(routed)[0] == text


def test_an_indentation_is_found_in_a_dump_whose_lines_end_with_separators():
    from postscrub.repair import RepairLog, read_lines

    text = "\u2028  Ana Lee\u2028  3d\u2029  We open the July workshop."  # invented: no \n anywhere
    # (before any reader: a mail's or a chat's reader looks for its marks at a line's start)
    assert [ln.text for ln in read_lines(text, RepairLog())] == ["", "Ana Lee", "3d", "", "We open the July workshop."]


@pytest.mark.parametrize("emoji", ["\U0001F3F3\ufe0f\u200d\U0001F308", "\u2764\ufe0f\u200d\U0001F525",
                                   "\U0001F441\ufe0f\u200d\U0001F5E8\ufe0f", "\U0001F469\U0001F3FD\u200d\U0001F4BB"])
def test_a_zero_width_joiner_inside_an_emoji_sequence_stays(emoji):
    text = f"\u200bShipped it {emoji} today\u2060"  # invented; the ZWSP and word joiner go
    out, reps = repair_text(text)
    assert out == f"Shipped it {emoji} today"
    assert [r.text for r in reps] == ["\u200b", "\u2060"]


def test_nbsps_put_for_spaces_in_a_dump_that_is_mojibake_throughout_are_read_as_spaces():
    # invented Turkish, its UTF-8 read as cp1252 on every line; then an HTML-to-text route put
    # NBSPs for the spaces of the last line: read as bytes they break its round trip
    lines = ["Geçen hafta ekibimiz büyük bir iş çıkardı.", "Teşekkürler, çok güzel olmuş!",
             "Burak Şahin, Yazılım Geliştirme Müdürü"]
    moji = [x.encode("utf-8").decode("cp1252") for x in lines]
    moji[-1] = moji[-1].replace(" ", "\u00a0")
    out, reps = repair_text("\n".join(moji))
    assert out == "\n".join(lines)
    assert "mojibake" in rules(reps) and "lost_character" not in rules(reps)


def test_a_line_separator_a_repair_produced_inside_a_line_is_a_space():
    # mojibake of U+2028 ("â€¨"), and its entity: a second repair reads the line as the first
    for text in ("Line one â€¨word", "Line one &#8232;word"):
        once = repair_text(text)[0]
        assert once == "Line one  word" and repair_text(once)[0] == once


def test_a_bullet_lost_between_a_name_and_its_connection_degree_is_put_back():
    # "Ana Lee • 2nd" through an ASCII-only pipe (one "?" per UTF-8 byte): the bullet comes back,
    # so the degree is read as the badge it is, not as a word of the name
    text = "Tomasz Ilves-Kerr ??? 2nd\nLogistics Planner at Oakridge Haulage\n4h ???\nWe cut our empty miles by a fifth.\n"
    out, _ = repair_text(text)
    assert out.split("\n")[0] == "Tomasz Ilves-Kerr • 2nd"
    assert repair_text(out)[0] == out
    from postscrub import process

    (rec,) = process(text)
    assert (rec.author.name, rec.author.bio, rec.age) == ("Tomasz Ilves-Kerr", "Logistics Planner at Oakridge Haulage", "4h")


def test_paragraphs_of_one_line_each_are_not_a_doubled_dump():
    # found with a lone surrogate on a line of its own (its line left blank once it was
    # removed): any five one-line paragraphs, as a body comes out, read as a dump whose every
    # line break was doubled, and cleaning the body again recorded doubled_line_break repairs
    from postscrub import process

    for text in ("We moved the bakery.\nThe ovens came first.\nThen the flour.\nThen the people.\nWe open Monday.",
                 "We moved the bakery.\n\ud83d\nThe ovens came first.\nThen the flour.\nThen the people.\nWe open Monday."):
        body = process(text)[0].body
        assert body.count("\n\n") == 4
        assert repair_text(body) == (body, [])
        assert [r for rec in process(body) for r in rec.repairs] == []
    # a doubled copy of a page, with its UI nodes (an age, buttons), is still read as one
    page = "Ana Lee\nCeramist\n3d\nWe open the July workshop.\nLike\nComment\nShare"
    out, reps = repair_text(page.replace("\n", "\n\n"))
    assert out == page and {r.rule for r in reps} == {"doubled_line_break"}


def test_a_dump_read_as_cp1256_is_repaired_on_every_line():
    """UTF-8 Arabic script read as cp1256 (invented Persian and Urdu lines of a post page, not
    a CSV): ftfy has no code page for it and no Latin letter shows. Every line that makes the
    strict round trip gets it, a soft hyphen that is a byte of ``ح`` included; real Arabic
    script beside it, and one line alone, are left as they are."""
    clean = ["Sara Ahmadi", "مدیر محصول در گروه پارسه", "2d •",
             "امروز نسخهٔ جدید اپلیکیشن را منتشر کردیم؛ چه سفر طولانی‌ای بود!",
             "حمایت تیم پشتیبانی بی‌نظیر بود.", "ہم نے یہ کام مل کر کیا۔ 🎉", "Like", "Comment"]
    broken = [t.encode("utf-8").decode("sloppy-windows-1256") for t in clean]
    assert "\u00ad" in broken[4]
    out, reps = repair_text("\n".join(broken))
    assert out.split("\n") == clean
    assert set(rules(reps)) == {"mojibake"}
    real = ["امروز نسخهٔ جدید را منتشر کردیم.", "مع، السلامة"]
    mixed = "\n".join(broken[:3] + real)
    assert repair_text(mixed)[0].split("\n")[3:] == real
    assert repair_text(broken[5])[0] == broken[5]  # (one line alone proves nothing)


def test_a_dump_read_as_cp932_is_repaired_but_for_the_bytes_it_lost():
    """UTF-8 Japanese read as cp932 (invented lines of a post page with a Japanese UI, and a
    line of Chinese the same program misread): each byte pair cp932 lacks became U+FFFD and
    is lost; the rest of every line is repaired, the character a lost byte cut goes as a lost
    character (no guess), and real Japanese text beside it is left as it is."""
    clean = ["佐藤 美咲", "人事部マネージャー（東京）", "3週間", "新しい研修制度を始めました。",
             "参加者は 40 名、満足度は 92% でした！", "会议记录已经整理好了", "いいね", "返信"]
    broken = [t.encode("utf-8").decode("cp932", "replace") for t in clean]
    assert sum("\ufffd" in t for t in broken) >= 2  # (lost bytes: before an ASCII byte, at the end)
    out, reps = repair_text("\n".join(broken))
    got = out.split("\n")
    for a, b, was in zip(got, clean, broken):
        if "\ufffd" not in was:
            assert a == b  # (no byte lost: the line whole)
        else:  # (one character gone for each U+FFFD, nothing put in its place)
            rest = iter(b)
            assert all(ch in rest for ch in a) and len(b) - len(a) <= was.count("\ufffd")
    assert got[0] == "佐藤 美咲" and got[-1] == "返信" and got[2].startswith("3週")
    assert "mojibake" in rules(reps) and "lost_character" in rules(reps)
    assert not any("\u7e3a" in t or "\ufffd" in t for t in got)  # (no 縺, no U+FFFD left)
    real = ["こんにちは、世界。", "縺という字は珍しい"]
    mixed = "\n".join(broken[:4] + real)
    assert repair_text(mixed)[0].split("\n")[4:] == real
    assert repair_text(broken[3])[0] != clean[3]  # (one line alone proves nothing)
