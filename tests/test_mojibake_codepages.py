"""UTF-8 read through a single-byte code page ftfy does not try (Greek windows-1253 here), repaired
for the whole text; genuine Greek, Cyrillic, Turkish and Polish text is left alone. Text written
for these tests."""

from __future__ import annotations

import pytest

from digest.clean.mojibake import fix_text, repair_codepage_damage


def _damage(text: str, codepage: str) -> str:
    """What a scraper shows when it decodes UTF-8 bytes with `codepage` (undefined bytes kept as
    windows-1252's characters, as browsers do)."""
    out = []
    for b in text.encode("utf-8"):
        one = bytes([b])
        for codec in (codepage, "cp1252", "latin-1"):
            try:
                out.append(one.decode(codec))
                break
            except UnicodeDecodeError:
                continue
    return "".join(out)


@pytest.mark.parametrize("codepage", ["cp1253", "cp1250", "cp1257"])
def test_text_read_through_a_single_byte_code_page_is_repaired(codepage):
    clean = "Orion 3 Mini — $2 per 1M tokens → about 3× cheaper 🔧 than last year’s model."
    damaged = _damage(clean, codepage)
    assert damaged != clean
    assert repair_codepage_damage(damaged) == clean
    assert "—" in fix_text(damaged) and "→" in fix_text(damaged) and "×" in fix_text(damaged)


@pytest.mark.parametrize("text", [
    "Η τιμή είναι 5€ — σχεδόν το μισό.",
    "Цена снизилась на 17% — до 3 долларов.",
    "Şirketin hisseleri %17 düştü — rekor.",
    "Zażółć gęślą jaźń: 40 mln zł.",
])
def test_genuine_text_in_other_scripts_is_left_alone(text):
    assert repair_codepage_damage(text) == text


@pytest.mark.parametrize("text", ["„groß“ und Spaß…", "l'ÉTÉ\xa0: oui", "Ці моделі … Ні, ні"])
def test_words_whose_bytes_happen_to_be_utf8_are_left_alone(text):
    assert repair_codepage_damage(text) == text


def test_thai_code_page_with_windows_1252_fill_is_repaired_whole():
    # UTF-8 read through the Thai code page, whose missing bytes a reader filled with windows-1252's
    # characters: nothing is lost, so "€" and the curly quotes come back, and real Thai stays
    clean = "Vega reported sales of €7.5B and a net income of €2.1B — “a record”. ภาษาไทย"
    damaged = "".join(ch if ch.isascii() or "\u0e00" <= ch <= "\u0e7f" else
                      "".join(bytes([b]).decode("cp874") if b not in range(0x80, 0xA0) else bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                              for b in ch.encode("utf-8"))
                      for ch in clean)
    assert "โ‚ฌ" in damaged
    fixed = fix_text(damaged)
    assert "€7.5B" in fixed and "€2.1B" in fixed and "—" in fixed and "ภาษาไทย" in fixed
