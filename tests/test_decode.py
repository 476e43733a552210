"""Bytes of any encoding a scraper produces decode to the same text, and say which encoding."""

from __future__ import annotations

import codecs
import os

import pytest

from postscrub.decode import NotTextError, decode

ZH = "我们这周发布了全新的产品，感谢大家的支持与鼓励！你们怎么看？\n领英推荐\n10 个月 很有启发"
FR = "Très fier de rejoindre l’équipe — école, café. Qu’en pensez-vous ? « Merci » 5€\nÉté"
EN = "Great post! 🚀 Who else is noticing? 👀\n"


@pytest.mark.parametrize(
    "text, encoding, name",
    [
        (EN, "utf-8", "utf-8"),
        (FR, "utf-8", "utf-8"),
        (ZH, "gbk", "gbk"),
        (ZH + " 😀", "gb18030", "gb18030"),
        (FR, "cp1252", "cp1252"),
        ("Été à la plage, déjà fini", "latin-1", "cp1252"),
    ],
)
def test_encodings(text, encoding, name):
    assert decode(text.encode(encoding)) == (text, name)


@pytest.mark.parametrize(
    "bom, codec, name",
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    ],
)
@pytest.mark.parametrize("text", [EN, FR, ZH])
def test_byte_order_marks(bom, codec, name, text):
    got, used = decode(bom + text.encode(codec))
    assert got == text and used == name  # the BOM itself is not part of the text


def test_utf16_without_bom_recognised_by_its_nul_bytes():
    assert decode(FR.encode("utf-16-le")) == (FR, "utf-16-le")
    assert decode(EN.encode("utf-16-be")) == (EN, "utf-16-be")


def test_western_text_is_not_read_as_chinese():
    # `éc` is a valid GBK pair; the GB2312 check keeps cp1252 text Western
    text = "Réussite, école, équipe, économie, célébration"
    assert decode(text.encode("cp1252")) == (text, "cp1252")


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(4096),
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"PK\x03\x04" + b"\x00" * 64 + b"word/document.xml",
        codecs.BOM_UTF16_LE + b"\x00\xd8",  # a BOM, then a lone surrogate
    ],
)
def test_not_text_is_refused_with_a_message(data):
    with pytest.raises(NotTextError) as exc:
        decode(data)
    assert str(exc.value) and "\n" not in str(exc.value)


def test_empty_and_ascii():
    assert decode(b"") == ("", "utf-8")
    assert decode(b"plain") == ("plain", "utf-8")


def test_encoding_reported_in_the_record():
    from postscrub import process_bytes

    (rec,) = process_bytes(ZH.encode("gbk"), source="zh.txt")
    assert rec.encoding == "gbk"
    assert "领英推荐" not in rec.body


def test_a_utf8_bom_before_mojibake_with_c1_controls_is_read_as_without_it():
    # invented: UTF-8 read as latin-1 and saved as UTF-8 again (C1 controls in every word of
    # Chinese), then a BOM put before it by an editor: the same text as without the BOM
    text = "我们这周发布了新产品\n感谢大家的支持\n" * 3
    moji = text.encode("utf-8").decode("latin-1")
    assert decode(codecs.BOM_UTF8 + moji.encode("utf-8")) == (moji, "utf-8-sig")
    assert decode(moji.encode("utf-8")) == (moji, "utf-8")


def test_a_utf8_bom_before_nul_heavy_bytes_is_still_refused():
    with pytest.raises(NotTextError):
        decode(codecs.BOM_UTF8 + b"\x00" * 400 + b"data")


def test_utf8_with_a_stray_byte_is_read_as_utf8_not_as_a_legacy_code_page():
    # a feed copy with one byte that is no UTF-8 (0x81: cp1252 lacks it too) was read as a DOS
    # or Mac code page, every emoji and bullet of it mojibake no repair undoes
    text = "Mirela Voss\n5h • \n📩 Orders open on Monday — rye, spelt, “seeded”.\n🌐 bakery.example\n"
    data = text.encode("utf-8")
    k = data.index(b"Orders")
    got, name = decode(data[:k] + b"\x81" + data[k:])
    assert name == "utf-8" and got == text[:text.index("Orders")] + "\ufffd" + text[text.index("Orders"):]


@pytest.mark.parametrize("text, encoding", [
    ("Вірш про осінь і зиму, їжак і ґава — це наша Україна", "cp1251"),
    ("Très fier de rejoindre l’équipe — école, café « Merci »", "mac_roman"),
    ("Ελληνικά: καλημέρα σε όλους, ευχαριστώ", "cp1253"),
])
def test_legacy_code_pages_are_not_taken_for_utf8_with_stray_bytes(text, encoding):
    data = text.encode(encoding)
    assert "\ufffd" not in decode(data)[0]


def test_korean_in_cp949_is_not_read_as_chinese():
    # EUC-KR Hangul falls in the GB2312 block too; its lead bytes (0xB0-0xC8 only) tell it apart
    text = "오늘 회의에서 나온 이야기를 정리했습니다. 다들 의견 부탁드려요!\n좋아요 12개"
    assert decode(text.encode("cp949")) == (text, "cp949")
    zh = "上周我们在深圳发布了新产品，这是团队三年的心血。谢谢所有支持我们的朋友！"
    assert decode(zh.encode("gbk")) == (zh, "gbk")


def test_russian_in_cp1251_is_not_read_as_western_text():
    # every cp1251 byte of Russian is defined in cp1252 too: words of accented Latin letters
    text = "Сергей Волков\nМенеджер по продукту\nМы запустили новую версию сервиса на прошлой неделе."
    assert decode(text.encode("cp1251")) == (text, "cp1251")
    fr = "Très fier de rejoindre l’équipe — école, café, été, déjà, créée, façade"
    assert decode(fr.encode("cp1252")) == (fr, "cp1252")


# invented: a feed copy in UTF-8 (bullets, emoji, a dash) with a few bytes spliced into a word
_SPLICED_POST = (
    "Talia Brenner\n• 2nd\nHead of Logistics at Nordlicht Freight\n3h • \n\n"
    "We moved our whole yard to the new scheduling tool this week 🚚 — fewer trucks idling at "
    "the gate, shorter queues, and drivers who know their slot before they leave the depot.\n\n"
    "Thank you to the night crew for testing it with us ✨\n"
)


@pytest.mark.parametrize("splice", [
    b"\x8d\xe7Q\xfe\x81\xb2w\x9c",  # more bad bytes than the three times rule allowed: a DOS code page
    b"\xe9\x9cQ\xfe\xb2",  # every byte defined in cp1252: read as cp1252, the dump mojibake
])
def test_utf8_with_a_spliced_stretch_is_read_as_utf8_and_cleans_the_same_twice(splice):
    from postscrub import process_bytes
    from postscrub.pipeline import process

    data = _SPLICED_POST.encode("utf-8")
    k = data.index(b"scheduling")
    data = data[:k] + splice + data[k:]
    assert decode(data) == (data.decode("utf-8", "replace"), "utf-8")
    (rec,) = process_bytes(data, source="feed.txt")
    assert (rec.author.name, rec.author.bio, rec.age) == (
        "Talia Brenner", "Head of Logistics at Nordlicht Freight", "3h")
    assert rec.body.startswith("We moved our whole yard") and "🚚 —" in rec.body and "✨" in rec.body
    assert "\ufffd" not in rec.body and "lost_character" in {r.rule for r in rec.repairs}
    assert "\n\n".join(x.body for x in process(rec.body, source="feed.txt")) == rec.body


@pytest.mark.parametrize("text, encoding", [
    ("山田 太郎\nプロダクトマネージャー | 東京\n本日、新しいサービスを公開しました。"
     "皆さまのご支援に心から感謝いたします。ご意見をお待ちしています！", "shift_jis"),
    ("王 小明\n产品经理 | 上海\n今天我们正式发布了全新的服务，感谢一路支持我们的朋友和伙伴。欢迎留言分享你的想法！",
     "gbk"),
    ("陳 志明\n產品經理 | 台北\n今天我們正式發布了全新的服務，感謝所有一路支持我們的朋友與夥伴。歡迎留言分享您的想法！",
     "big5"),
    ("Ольга Смирнова\nРуководитель отдела продаж | Москва\n"
     "Сегодня мы запустили новый сервис. Спасибо всем, кто нас поддерживал!", "cp1251"),
    ("Amélie Durand\nDirectrice commerciale | Lyon\n"
     "Aujourd’hui nous lançons notre nouveau service — merci à toutes et à tous !", "cp1252"),
])
def test_legacy_code_pages_are_not_taken_for_utf8_with_corrupted_stretches(text, encoding):
    # the valid UTF-8 sequences legacy bytes make by chance sit among their bad bytes
    got, name = decode(text.encode(encoding))
    assert got == text and name != "utf-8"


def test_a_file_joined_from_utf8_and_cp1252_keeps_the_legacy_parts_letters():
    # invented: a UTF-8 file with one line saved by a cp1252 program (curly quotes in UTF-8, the
    # accented letters of the other line in cp1252): every letter is read, none lost
    from postscrub import process
    from postscrub.decode import decode

    data = ("Marie Dubois\nResponsable RH\n\n".encode()
            + "Le café de l’équipe était très réussi, merci à tous.\n".encode("cp1252")
            + "Un grand “merci” à Zoé et à l’équipe ! Ça a été génial.\n".encode("utf-8"))
    text, name = decode(data)
    assert name == "utf-8+cp1252"
    assert "Le café de l’équipe était très réussi, merci à tous." in text
    assert "Un grand “merci” à Zoé" in text and "\ufffd" not in text
    (rec,) = process(text)
    (again,) = process(rec.body)
    assert again.body == rec.body


@pytest.mark.parametrize("junk", [b"\xff\xfe\x80", b"\x9d", b"caf\xe9\x81", b"\xe9\xe8\xe0\xf9"])
def test_bytes_spliced_into_utf8_that_are_no_legacy_word_stay_lost(junk):
    # invented: runs that are no cp1252 letter of a word (undefined bytes, symbols, a run of four,
    # a run with no word beside it) leave the whole file read as UTF-8 with lost characters
    from postscrub.decode import decode

    data = "Hola equipo, ¡qué semana! Gracias por todo el esfuerzo.\n".encode() * 3 + b"x " + junk + b" y\n"
    text, name = decode(data)
    assert name == "utf-8" and "\ufffd" in text
