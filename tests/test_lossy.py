"""The simulator makes `?` the way real programs do (FIELD-NOTES §1), and knows which are real."""

from __future__ import annotations

import pytest

from postscrub import lossy


@pytest.mark.parametrize(
    "ch, codepoint, utf16, utf8",
    [
        ("👍", 1, 2, 4),
        ("🎙️", 2, 3, 7),
        ("✅", 1, 1, 3),
        ("👍🏽", 2, 4, 8),
        ("👩‍💻", 3, 5, 11),
        ("🇺🇸", 2, 4, 8),
    ],
)
def test_question_marks_per_unit_match_the_field_notes(ch, codepoint, utf16, utf8):
    for unit, n in (("codepoint", codepoint), ("utf16", utf16), ("utf8", utf8)):
        lo = lossy.degrade(f"a {ch} b", "gbk", unit)
        assert lo.text == f"a {'?' * n} b"
        assert lo.n_artifacts == n and lo.n_real == 0


def test_nbsp_lost_under_gbk_kept_under_cp1252():
    assert lossy.degrade("a\u00a0b", "gbk", "utf8").text == "a??b"
    assert lossy.degrade("a\u00a0b", "cp1252", "utf8").text == "a\u00a0b"


def test_code_pages_keep_what_they_have():
    text = "领英 café ‘quote’ 👍"
    assert lossy.degrade(text, "gbk", "codepoint").text == "领英 café ‘quote’ ?"  # GBK has é (pinyin)
    assert lossy.degrade(text, "cp1252", "codepoint").text == "?? café ‘quote’ ?"
    assert lossy.degrade(text, "latin-1", "codepoint").text == "?? café ?quote? ?"
    assert lossy.degrade(text, "ascii", "codepoint").text == "?? caf? ?quote? ?"


def test_real_question_marks_are_known():
    lo = lossy.degrade("Why? 👍", "cp1252", "utf16")
    assert lo.text == "Why? ??"
    assert lo.artifact == [False, False, False, False, False, True, True]
    assert lo.n_real == 1


def test_score_counts_runs_as_interchangeable():
    lo = lossy.degrade("noticing?👀 ok", "gbk", "codepoint")  # `noticing?? ok`
    assert lo.text == "noticing?? ok"
    c = lossy.score(lo, [(9, 10)])
    assert (c.tp, c.fp, c.fn, c.tn) == (1, 0, 0, 1)
    c = lossy.score(lo, [(8, 10)])  # both removed: one real lost
    assert (c.tp, c.fp, c.fn, c.tn) == (1, 1, 0, 0)
    c = lossy.score(lo, [])
    assert (c.tp, c.fp, c.fn, c.tn) == (0, 0, 1, 1)
    assert c.recall == 0.0 and c.real_kept == 1.0


def test_generated_text_is_deterministic_and_has_what_it_promises():
    for lang in lossy.LANGS:
        a, b = lossy.generate(lang, 7), lossy.generate(lang, 7)
        assert a == b
    texts = "\n".join(lossy.generate(lang, i) for lang in lossy.LANGS for i in range(20))
    assert "?" in texts and "？" in texts  # real questions, ASCII and full-width
    assert any(ord(c) > 0xFFFF for c in texts)  # astral emoji
    assert "\u00a0?" in texts or "\u202f?" in texts  # French typography
    assert "?utm_source=" in texts and " ? " in texts  # URL queries and code


def test_held_out_bank_is_another_text():
    fit = "\n".join(lossy.generate(lang, i) for lang in lossy.LANGS for i in range(10))
    held = "\n".join(lossy.generate(lang, i, bank="heldout") for lang in lossy.LANGS for i in range(10))
    assert held == "\n".join(lossy.generate(lang, i, bank="heldout") for lang in lossy.LANGS for i in range(10))
    fit_says = {s for b in lossy.BANKS["fit"].values() for s in b["say"]}
    assert not any(s in held for s in fit_says if len(s) > 12)
    assert "?" in held and "？" in held and "\u00a0" in held
    assert fit != held


@pytest.mark.parametrize("name, earlier", [
    ("heldout2", ("fit", "heldout")),
    ("heldout3", ("fit", "heldout", "heldout2")),
    ("heldout4", ("fit", "heldout", "heldout2", "heldout3")),
])
def test_blind_banks_are_other_texts_with_every_question_shape(name, earlier):
    """The banks written blind (heldout2, heldout3, heldout4): 20 statements, 15 questions and
    6 words per language, no final punctuation (the generator adds it), Spanish questions that
    open with ¿ once generated, deterministic text, and no sentence shared with an earlier
    bank."""
    bank = lossy.BANKS[name]
    assert set(bank) == set(lossy.LANGS)
    for lang, b in bank.items():
        assert set(b) == set(lossy.BANKS["heldout"][lang])
        assert (len(b["say"]), len(b["ask"]), len(b["words"])) == (20, 15, 6)
        assert len(set(b["say"])) == 20 and len(set(b["ask"])) == 15
        assert not any(s.endswith((".", "!", "?", "。", "！", "？")) for s in b["say"] + b["ask"])
    if name == "heldout4":  # about half written without ¿, which the generator adds
        bare = [q for q in bank["es"]["ask"] if not q.startswith("¿")]
        assert 5 <= len(bare) <= 10
        es = "\n".join(lossy.generate("es", i, bank=name) for i in range(60))
        assert any("¿" + q + "?" in es for q in bare)
    else:
        assert all(q.startswith("¿") for q in bank["es"]["ask"])
    text = "\n".join(lossy.generate(lang, i, bank=name) for lang in lossy.LANGS for i in range(10))
    assert text == "\n".join(lossy.generate(lang, i, bank=name) for lang in lossy.LANGS for i in range(10))
    others = {s for e in earlier for b in lossy.BANKS[e].values() for s in b["say"] + b["ask"]}
    assert not any(s in others for b in bank.values() for s in b["say"] + b["ask"])
    assert "?" in text and "？" in text and "\u00a0" in text


def test_fourth_bank_has_one_quoted_question_per_language():
    for b in lossy.BANKS["heldout3"].values():
        assert sum("?" in s or "？" in s for s in b["say"]) == 1


def test_fifth_bank_has_two_quoted_questions_per_language():
    for b in lossy.BANKS["heldout4"].values():
        assert sum("?" in s or "？" in s for s in b["say"]) == 2


def test_repair_stage_reports_the_question_marks_the_stage_removed_at_their_offsets():
    # (CRLF and CR line ends: offsets are into the text as given)
    text = "Great news ?? we shipped\r\nWhy now? Because ?? it works\rok ? fine\nDone ??"
    removed = lossy.repair_stage(text)
    assert all(text[s:e] == "?" for s, e in removed)
    kept = [i for i, c in enumerate(text) if c == "?" and (i, i + 1) not in removed]
    assert text.index("now?") + 3 in kept  # the real question stays
    assert (text.index("news ??") + 5, text.index("news ??") + 6) in removed
    assert (len(text) - 1, len(text)) in removed


def test_repair_stage_reports_offsets_in_a_dump_whose_line_breaks_were_doubled():
    # a dump with every line break doubled is read as one line per pair of breaks: the
    # stage's lines are the raw lines it keeps, and the removed `?` are found on those
    text = "\n\n".join(["Great news ?? we shipped", "Why now? Because it works", "Plain line one",
                        "Plain line two", "Done ?? for today", "Anyone else?"])
    removed = lossy.repair_stage(text)
    assert all(text[s:e] == "?" for s, e in removed)
    kept = [i for i, c in enumerate(text) if c == "?" and (i, i + 1) not in removed]
    assert text.index("now?") + 3 in kept and len(text) - 1 in kept  # the real questions stay
    at = text.index("news ??") + 5
    assert (at, at + 1) in removed and (at + 1, at + 2) in removed
    at = text.index("Done ??") + 5
    assert (at, at + 1) in removed and (at + 1, at + 2) in removed


def test_windows_gbk_keeps_the_euro_sign_python_s_loses_it():
    # Windows code page 936 (Microsoft's table: 0x80 = U+20AC) keeps `€` for the programs that
    # encode through Windows, one `?` per UTF-16 unit (.NET, Win32); Python's gbk codec, one
    # `?` per code point, has no `€`
    assert lossy.degrade("5€ 👍", "gbk", "utf16").text == "5€ ??"
    assert lossy.degrade("5€ 👍", "gbk", "codepoint").text == "5? ?"
    assert lossy.degrade("5€", "latin-1", "utf16").text == "5?"  # latin-1 has no `€` anywhere


def test_fitting_bank_has_the_writers_own_runs_next_to_lost_characters():
    """``fit2`` (scored as part of ``fit``): sentences that end in the writer's own run of `?`,
    after questions, statements and exclamations, each language, some with an emoji after them;
    none of its sentences comes from another bank."""
    bank = lossy.BANKS["fit2"]
    assert set(bank) == set(lossy.LANGS)
    others = {s for name, b in lossy.BANKS.items() if name != "fit2" for x in b.values()
              for s in x["say"] + x["ask"]}
    for lang, b in bank.items():
        assert all("??" in s or "?!" in s or "!?" in s for s in b["emph"])
        assert not any(s in others for s in b["say"] + b["ask"] + b["emph"])
        text = "\n".join(lossy.generate(lang, 50_000 + i, bank="fit2") for i in range(60))
        assert text == "\n".join(lossy.generate(lang, 50_000 + i, bank="fit2") for i in range(60))
        used = [s for s in b["emph"] if s in text]
        assert len(used) >= 4
        lo = lossy.degrade(text, "gbk", "utf16")
        assert lo.n_artifacts and lo.n_real
