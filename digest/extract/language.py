"""A page's language: CJK by script share, everything else by py3langid (an n-gram model shipped in
the package, no network); an unsure guess falls back to English."""

from __future__ import annotations

import re
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LETTER = re.compile(r"[^\W\d_]")
# bounded scheme and local part: "\S+://" rescans a long run of non-spaces from every start (quadratic)
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,20}://\S+|[\w.+-]{1,64}@[\w.-]+")
MIN_CONFIDENCE = 0.7
FALLBACK = "en"


@lru_cache(maxsize=1)
def _identifier():
    """The model, unpacked in memory: py3langid's own loader unpacks it through a temporary file,
    which fails on a full or read-only disk and would then reject every input."""
    import io
    import lzma

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    with lzma.open(MODEL_DIR / MODEL_FILE) as src, np.load(io.BytesIO(src.read()), allow_pickle=False) as data:
        return LanguageIdentifier(np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
                                  _to_array(data["nextmove"]), data["out_feat"].tolist(), norm_probs=True,
                                  tk_row=_to_array(data["nextmove_row"]))


def _script_language(text: str, letters: int) -> str | None:
    if not text or max(text) < "\u3040":
        return None   # (no kana, hangul or CJK ideograph: nothing to count)
    cjk, kana, hangul = len(_CJK.findall(text)), len(_KANA.findall(text)), len(_HANGUL.findall(text))
    letters = letters or 1
    if kana / letters > 0.1:
        return "ja"
    if hangul / letters > 0.3:
        return "ko"
    if cjk / letters > 0.3:
        return "zh"
    return None


def guess_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence) or (None, 0.0) when the text has too few letters to tell."""
    text = _URL.sub(" ", text)
    letters = len(_LETTER.findall(text))
    by_script = _script_language(text, letters)
    if by_script:
        return by_script, 1.0
    if letters < 20:
        return None, 0.0
    lang, prob = _identifier().classify(text[:5000])
    return lang, float(prob)


def detect_language(text: str, fallback: str = FALLBACK) -> str:
    lang, prob = guess_language(text)
    return lang if lang and prob >= MIN_CONFIDENCE else fallback
