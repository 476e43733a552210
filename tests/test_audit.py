"""The accounting checker (:mod:`postscrub.audit`) on cases that its replay order decides."""

from __future__ import annotations

from postscrub import process
from postscrub.audit import check_accounted


def test_a_lost_character_taken_out_before_the_mojibake_around_it_replays():
    # found by benchmarks/fuzz.py --check: the mojibake step takes a lost character's layered
    # U+FFFD ("Ã¯Â¿Â½") out of the line before ftfy fixes the rest, so the mojibake fix next
    # to it ("Æ½Ã¯Â" -> "ƽï") is recorded over the gap it left; replayed in the opposite order
    # the fix matched the repeating text at its own position and the lost character was no
    # longer there
    text = "Fresh rye Ã¯Â¿Æ½Ã¯Â¿Â½Ã¯Â¿ today, Ã©clair"
    records = process(text)
    assert [r.rule for r in records[0].repairs].count("lost_character") == 1
    assert check_accounted(text, records) == []
    # the order is no leniency: a lost character that is not where it is recorded is reported
    bad = [r.to_dict() for r in records]
    for rep in bad[0]["repairs"]:
        if rep["rule"] == "lost_character":
            rep["column"] += 1
    assert any("lost_character" in p for p in check_accounted(text, bad))


def test_two_lost_characters_recorded_at_one_place_are_both_replayed():
    # found by benchmarks/fuzz.py --check once UTF-8 with bytes spliced in was read as UTF-8:
    # NFC rewrote a word holding two U+FFFD (U+0387 GREEK ANO TELEIA composes to U+00B7), so
    # both lost characters map back to the word's start and are listed twice, alike; the
    # checker, which counts a repair repeated in several records once, counted them once too
    # and reported the second U+FFFD as lost without a record
    text = "Ευχαριστώ όλους για τη συνάντηση σήμερα.\nΤα λέμε σύντομα\ufffd\u0387\ufffd καλή συνέχεια\n"
    (rec,) = process(text)
    lost = [(r.line, r.column, r.text) for r in rec.repairs if r.rule == "lost_character"]
    assert lost == [(2, 9, "\ufffd"), (2, 9, "\ufffd")]
    assert rec.body == "Ευχαριστώ όλους για τη συνάντηση σήμερα.\n\nΤα λέμε σύντομα· καλή συνέχεια"
    assert check_accounted(text, [rec]) == []
    assert "\n\n".join(r.body for r in process(rec.body)) == rec.body
