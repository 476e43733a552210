"""Bytes -> text: the one place where bytes of unknown encoding become ``str``.

Order (FIELD-NOTES §2: detectors label GBK wrongly one time in four, so detection comes last):

1. a byte-order mark wins (UTF-8, UTF-16, UTF-32);
2. strict UTF-8;
3. UTF-16 without a BOM, recognised by its NUL bytes on one side of every pair of ASCII;
4. a file that looks binary (NUL bytes, control characters) is refused;
5. UTF-8 with a few corrupted stretches (a byte flipped, a character cut by a truncation, bytes
   spliced in), when its valid multi-byte characters away from those stretches are at least
   twice as many as the stretches, and the bad bytes no more than twice as many as those
   characters: each bad byte becomes U+FFFD, which the repairs take out as a
   ``lost_character``. Before the legacy code pages, which take such bytes too (cp1252 defines
   all but five byte values): read as one, every emoji and bullet of the dump became mojibake,
   the header was no longer read as one, and the second pass read the mojibake differently.
   Legacy text makes valid UTF-8 sequences only by chance, and those sit among its bad bytes
   (a word of Cyrillic, a run of Chinese), inside the stretches, where they do not count.
   When every run of bad bytes reads in cp1252 as letters of a word ("caf\xe9", "merci \xe0"),
   the file was joined from a UTF-8 part and a cp1252 part: those runs are read so and the
   encoding is reported as ``utf-8+cp1252`` (:func:`mixed_cp1252`);
6. GBK / GB18030, when the bytes decode strictly *and* their two-byte characters fall in the
   GB2312 block of common Chinese (lead and trail bytes 0xA1–0xFE) — Western text read as
   GBK pairs an accented letter with the ASCII letter after it, outside that block;
   Korean in EUC-KR / cp949 fits that block too; it is told apart by its lead bytes: Hangul
   syllables lead with 0xB0–0xC8 only, while common Chinese spreads over 0xB0–0xF7 (about half
   of the everyday characters, pinyin s–z, lead with 0xC9 or more);
7. Big5, when every byte beyond ASCII leads a Big5 pair and most pairs follow another (runs of
   Chinese characters); its bytes are all defined in cp1252 and fall outside GB2312's block;
8. cp1252 (a superset of latin-1 for text), when every byte is defined there — unless the
   letters beyond ASCII come in runs (Russian in cp1251 read as cp1252 is words of accented
   Latin letters, `Äìèòðèé`; Western text has one accented letter among ASCII ones), then cp1251;
9. charset-normalizer among what is left; nothing plausible raises :class:`NotTextError`.

:func:`decode` returns the text and the name of the encoding used, as the record reports it.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (  # longest first: the UTF-32-LE BOM begins with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class NotTextError(ValueError):
    """The input is not text in any encoding we can recognise."""


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if (c < " " and c not in "\t\n\r\x0c\x1b") or "\x7f" <= c < "\xa0")
    return bad / len(text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.count(0) > len(sample) // 100:
        return True
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    return ctrl > len(sample) // 50


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    pairs = len(odd)
    if odd.count(0) > 0.4 * pairs and even.count(0) < 0.05 * pairs:
        return "utf-16-le"
    if even.count(0) > 0.4 * pairs and odd.count(0) < 0.05 * pairs:
        return "utf-16-be"
    return None


def _gb2312_share(data: bytes) -> float:
    """Of the two-byte characters in ``data`` (read as GBK), the share in the GB2312 block."""
    i = n = common = 0
    end = len(data)
    while i < end:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if i + 1 >= end:
            break
        t = data[i + 1]
        n += 1
        if 0xA1 <= b <= 0xF7 and 0xA1 <= t <= 0xFE:
            common += 1
        i += 2
    return common / n if n else 0.0


def _looks_korean(data: bytes) -> bool:
    """Two-byte characters (lead 0xB0 or more) nearly all lead with 0xB0–0xC8, the Hangul rows of
    KS X 1001, and there are enough of them (see the module's docstring, step 6)."""
    hangul = other = 0
    i, end = 0, len(data)
    while i < end:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if b >= 0xB0:
            if b <= 0xC8:
                hangul += 1
            else:
                other += 1
        i += 2
    return hangul >= 12 and other * 20 <= hangul


def _looks_cp1251(data: bytes) -> bool:
    """Most bytes 0xC0–0xFF sit next to another such byte, and there are many: Cyrillic words in
    cp1251 (see the module's docstring, step 8)."""
    letters = paired = 0
    prev = False
    for b in data:
        cur = b >= 0xC0
        if cur:
            letters += 1
            if prev:
                paired += 1
        prev = cur
    return paired >= 12 and 2 * paired >= letters


# A byte that is no UTF-8, read with ``surrogateescape`` (U+DC80–U+DCFF: strict UTF-8 never
# yields a lone surrogate). A corrupted stretch: such bytes less than _GAP characters apart (the
# bytes of one splice, or of one cut character, are one stretch; a word of legacy text too).
_GAP = 8
_BAD_BYTE = re.compile("[\udc80-\udcff]")
_BAD_RUN = re.compile("[\udc80-\udcff]+")
_STRETCH = re.compile("[\udc80-\udcff](?:[^\udc80-\udcff]{0,%d}[\udc80-\udcff])*" % _GAP)


def _looks_big5(data: bytes) -> bool:
    """Every byte beyond ASCII is the lead (0xA1–0xF9) of a Big5 pair whose trail is 0x40–0x7E
    or 0xA1–0xFE, and most pairs follow another, as Chinese characters do; there are many (see
    the module's docstring, step 7). Western text in cp1252 makes a pair of an accented letter
    and the letter after it now and then, never runs of them."""
    pairs = joined = 0
    i, end, after = 0, len(data), -1
    while i < end:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if b < 0xA1 or b > 0xF9 or i + 1 >= end:
            return False
        t = data[i + 1]
        if not (0x40 <= t <= 0x7E or 0xA1 <= t <= 0xFE):
            return False
        pairs += 1
        if i == after:
            joined += 1
        i = after = i + 2
    return pairs >= 12 and 2 * joined >= pairs


def _mostly_utf8(esc: str) -> bool:
    """Does ``esc`` (bytes read as UTF-8 with ``surrogateescape``) look like UTF-8 with a few
    corrupted stretches (see the module's docstring, step 5)? The valid characters beyond ASCII
    more than _GAP characters away from any bad byte are three or more, at least twice the
    stretches, and at least half the bad bytes."""
    end = len(esc)
    stretches = near = 0  # near: characters beyond ASCII (bad bytes too) within _GAP of a stretch
    last = 0
    for m in _STRETCH.finditer(esc):
        stretches += 1
        a, b = max(m.start() - _GAP, last), min(m.end() + _GAP, end)
        if b > a:
            zone = esc[a:b]
            near += len(zone) - len(zone.encode("ascii", "ignore"))
            last = b
    if not stretches:
        return False
    valid = len(esc) - len(esc.encode("ascii", "ignore")) - near
    return valid >= 3 and valid >= 2 * stretches and 2 * valid >= len(_BAD_BYTE.findall(esc))


# A run of bytes that are no UTF-8 and read in cp1252 as a legacy word's letters: one to three
# bytes, each an accented letter or the typographic punctuation Windows programs type (’ “ ” – …),
# with a letter of the word right before or after it ("caf\xe9", "l\x92\xe9quipe"), or a word of one
# letter between spaces ("merci \xe0 tous").
_CP1252_TYPOGRAPHY = "’‘“”–—…«»°"
_ONE_LETTER_WORDS = ("à", "é", "á", "À", "É")


def _legacy_word_run(esc: str, m: re.Match) -> str | None:
    raw = bytes(ord(c) - 0xDC00 for c in m.group())
    if len(raw) > 3:
        return None
    try:
        s = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if not all(c.isalpha() or c in _CP1252_TYPOGRAPHY for c in s):
        return None
    before = esc[m.start() - 1] if m.start() else ""
    after = esc[m.end()] if m.end() < len(esc) else ""
    if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
        return s
    # (or one of the accented words of one letter: French "à", Portuguese "é", "à", "á")
    return s if s in _ONE_LETTER_WORDS and before in " \n\t(" and after in " \n\t,.;:!?)" else None


def mixed_cp1252(esc: str) -> str | None:
    """``esc`` (bytes read as UTF-8 with ``surrogateescape``) decoded, when every byte that is
    not UTF-8 reads in cp1252 as a letter of a word (:func:`_legacy_word_run`): a file joined from a UTF-8 part and a cp1252
    part (an export appended to by two programs, a note pasted into an old editor), where the
    legacy part's accented letters would otherwise be lost. Every bad run must fit; random bytes
    spliced into UTF-8 make runs that do not (control bytes, symbols, longer runs), and those
    stay lost characters."""
    runs = list(_BAD_RUN.finditer(esc))
    if not runs:
        return None
    parts: list[str] = []
    last = 0
    for m in runs:
        s = _legacy_word_run(esc, m)
        if s is None:
            return None
        parts += [esc[last:m.start()], s]
        last = m.end()
    parts.append(esc[last:])
    return "".join(parts)


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding name)``."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(name)
            except UnicodeDecodeError as exc:
                raise NotTextError(
                    f"has a {name} byte-order mark but is not valid {name}; "
                    "re-save it as UTF-8"
                ) from exc
            # (a UTF-8 BOM is judged as UTF-8 without one is: C1 controls are what mojibake of
            # UTF-8 read as latin-1 holds, no sign of a binary file; only NULs are)
            if (_looks_binary(data) and "\x00" in text if name == "utf-8-sig"
                    else _control_share(text) > 0.05):
                raise NotTextError("looks like a binary file, not text")
            return text, name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text or not _looks_binary(data):
            return text, "utf-8"
    name = _utf16_without_bom(data)
    if name is not None:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            pass
        else:
            if _control_share(text) < 0.01:
                return text, name
    if _looks_binary(data):
        raise NotTextError("looks like a binary file, not text")
    esc = data.decode("utf-8", "surrogateescape")  # (read once for both tests below)
    if _mostly_utf8(esc):
        mixed = mixed_cp1252(esc)
        return (mixed, "utf-8+cp1252") if mixed is not None else (data.decode("utf-8", errors="replace"), "utf-8")
    for name in ("gbk", "gb18030"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _gb2312_share(data) >= 0.9:
            if _looks_korean(data):
                try:
                    return data.decode("cp949"), "cp949"
                except UnicodeDecodeError:
                    pass
            return text, name
        break
    if _looks_big5(data):
        try:
            return data.decode("big5"), "big5"
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_cp1251(data):
            try:
                return data.decode("cp1251"), "cp1251"
            except UnicodeDecodeError:
                pass
        return text, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or _control_share(str(best)) > 0.01:
        raise NotTextError(
            "is not text in any encoding postscrub recognises; re-save it as UTF-8"
        )
    return str(best), best.encoding
