"""Title from cleaned article lines (dates live in `dates.py`, the language in `language.py`)."""

from __future__ import annotations

import re

from digest.clean.mojibake import MARK

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“(])|(?<=[。！？])")
_CLAUSE_CUT = re.compile(r",\s+(?=(?:\w+ing|that|which|who|whose|where|while|as|a|an)\b)")


def first_sentence(text: str) -> str:
    text = text.replace(MARK, "").strip()
    parts = _SENTENCE_END.split(text, maxsplit=1)
    return parts[0].strip()


def title_from_lede(lede: str, max_words: int = 30, max_chars: int = 150) -> str:
    """A title made from the lede: its first sentence, cut at a clause boundary when long."""
    sentence = first_sentence(lede)
    rest = lede.replace(MARK, "").strip()[len(sentence):].strip()
    if sentence.endswith("?") and len(sentence.split()) <= 8 and rest:
        sentence = first_sentence(rest)   # a newsletter's "What's going on here?" asks; the next sentence tells
    sentence = sentence.rstrip(".。")
    words = sentence.split()
    if len(words) > 14:
        for m in _CLAUSE_CUT.finditer(sentence):
            head = sentence[: m.start()]
            if len(head.split()) >= 6:
                sentence = head
                break
    words = sentence.split()
    if len(words) > max_words:
        sentence = " ".join(words[:max_words]).rstrip(",;:") + "…"
    if len(sentence) > max_chars:  # a long first sentence: keep its first clause, else cut at a word
        cuts = [m.start() for m in re.finditer(r",\s", sentence[:max_chars])
                if len(sentence[: m.start()].split()) >= 6]
        if cuts:
            sentence = sentence[: cuts[-1]]
        else:
            sentence = sentence[:max_chars].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return sentence
