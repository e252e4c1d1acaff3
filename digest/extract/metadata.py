"""Title from cleaned article lines (dates live in `dates.py`, the language in `language.py`)."""

from __future__ import annotations

import re

from digest.clean.mojibake import MARK

# (after the stop, a capital of a Latin, Cyrillic or Greek script, or a letter of a script without
# capitals: "밝혔다. 전분기 …", "бизнеса. Она …")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω\"'“(¿¡«\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff])|(?<=[。！？])")
_CLAUSE_CUT = re.compile(r",\s+(?=(?:\w+ing|that|which|who|whose|where|while|as|a|an)\b)")


# abbreviations that end with a full stop inside a sentence ("328,9 Mrd. Yen", "Mr. Son", "U.S. Steel")
_ABBREVIATIONS = frozenset("mr mrs ms dr prof st jr sr inc corp co ltd vs no nr bzw ca mrd mio bn mn tn "
                           "approx est fig etc al ggf usw zb sig sra sr dott ing".split())


def first_sentence(text: str) -> str:
    text = text.replace(MARK, "").strip()
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"([\w.]+)[.!?]$", text[:m.start()])
        token = word.group(1).lower().replace(".", "") if word else ""
        if text[m.start() - 1:m.start()] == "." and word and (token in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))
                                                               or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word.group(1))):
            continue   # an abbreviation, an initial ("J. Smith") or "U.S.": the sentence goes on
        return text[:m.start()].strip()
    return text.strip()


_SMALL = frozenset("a an and as at but by for from in into of on or over the to up via vs with".split())


def glued_headline(sentence: str) -> str | None:
    """'OpenAI Has the Biggest Funding Round Ever … Same Week ChatGPT's user base is now double …':
    a title-cased headline run into its sentence-case dek; the headline, else None."""
    words = sentence.split()
    for j in range(4, len(words) - 3):
        if not words[j][:1].isupper() or not all(re.fullmatch(r"[a-zß-ÿ][\w'’-]*", w) for w in words[j + 1:j + 4]):
            continue
        content = [w for w in words[:j] if re.search(r"[A-Za-z]", w) and w.lower() not in _SMALL]
        # title case shows in a capitalised verb or small word ("Has", "Is", "The" inside): a run of names
        # before a verb ("Google DeepMind CEO Demis Hassabis said …") is a sentence, not a headline
        titled = any(w in ("Has", "Have", "Is", "Are", "Was", "Were", "Will", "Gets", "Hits", "Takes", "Makes") or
                     (i > 0 and w.lower() in _SMALL | {"its", "their", "his", "her", "our", "this", "that", "than"}
                      and w[:1].isupper()) for i, w in enumerate(words[:j]))
        if titled and len(content) >= 4 and sum(1 for w in content if w[:1].isupper() or w[:1].isdigit()) >= 0.9 * len(content):
            return " ".join(words[:j])
        return None
    return None


# a wire photo's caption ends with where and when it was taken: "…, in New York, U.S., September 14, 2023."
_CAPTION_END = re.compile(r",\s+(?:[A-Z][\w.]*\s?){1,3},\s+(?:[A-Z][\w.]*\s?){0,2},?\s*(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\s+\d{1,2},\s+\d{4}\.?(?:\s*(?:REUTERS|Reuters|AP|AFP)[/\w .-]*)?$")


def photo_caption(line: str) -> bool:
    return bool(_CAPTION_END.search(line.replace(MARK, "").strip()))


def title_from_lede(lede: str, max_words: int = 30, max_chars: int = 150) -> str:
    """A title made from the lede: its first sentence, cut at a clause boundary when long."""
    lede = re.sub(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+", "", lede.replace(MARK, "").strip())   # a list item's marker
    sentence = first_sentence(lede)
    sentence = glued_headline(sentence) or sentence
    rest = lede.replace(MARK, "").strip()[len(sentence):].strip()
    if sentence.endswith("?") and len(sentence.split()) <= 8 and rest:
        sentence = first_sentence(rest)   # a newsletter's "What's going on here?" asks; the next sentence tells
    elif re.fullmatch(r"(?:[A-ZÀ-Ý][\w'’-]+\s?){1,3}\.", sentence) and len(rest.split()) >= 6:
        sentence = first_sentence(rest)   # "Sao Paulo. Mercado Libre reportó …": the dateline's city, then the lede
    sentence = sentence.rstrip(".。")
    sentence = re.sub(r"^(?:摘要|要約|概要|요약|Summary|TL;DR|Resumen|Résumé|Zusammenfassung|Sommario|Resumo)\s*[:：]\s*", "", sentence)
    fronted = re.match(r"(?:In|Amid|Despite|Following)\s+(?:a|an|the)\b[^,]{0,60},\s+(?=[A-Z])", sentence)
    if fronted and len(sentence) > max_chars:
        sentence = sentence[fronted.end():]   # "In a bold move reshaping the industry, Anthropic has …": the clause itself
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
    if len(sentence) > max_chars:  # a long first sentence: keep its first clauses, else cut at a word
        # (not inside an apposition: "Niemiecki start-up Helsing, tworzący oprogramowanie …, stał się" keeps its verb)
        cuts = [m.start() for m in re.finditer(r",\s|\s\(", sentence[:max_chars])
                if len(sentence[: m.start()].split()) >= 6 and sentence[: m.start()].count(",") % 2 == 0]
        if cuts and cuts[-1] >= 0.6 * max_chars:
            sentence = sentence[: cuts[-1]]
        else:
            sentence = sentence[:max_chars].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    opened = sentence.rfind("(")
    if opened > 0 and sentence.find(")", opened) < 0 and len(sentence[:opened].split()) >= 4:
        sentence = sentence[:opened].rstrip(" ,;:") + "…"   # never a title cut inside brackets
    return sentence
