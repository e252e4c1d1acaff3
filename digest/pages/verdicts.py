"""Questions as readers see them: verdict badges, who said each value, the story summary and the
question rows the conflicts and week pages share. Everything reads the verdicts in SiteData."""

from __future__ import annotations

from html import escape as esc
from typing import NamedTuple

from digest.link.questions import DISAGREE, VERDICTS, Question, compare
from digest.pages.format import show_value
from digest.pages.links import Links, html_table
from digest.sitedata import EntryInfo, SiteData

VERDICT_ICON = {"conflict": "✗", "undisclosed": "?", "forecasts": "≠", "agree": "✓", "related": "↔", "single": "·"}


def verdict_badge(q: Question) -> str:
    """The verdict in text and colour (the icon and the word, never colour alone)."""
    return (f'<span class="digest-verdict digest-verdict--{q.verdict}">'
            f"{VERDICT_ICON[q.verdict]} {esc(q.label)}</span>")


class Verdict(NamedTuple):
    """A verdict as the fragments read it."""

    key: str
    icon: str
    label: str


def verdict_context(q: Question) -> Verdict:
    return Verdict(q.verdict, VERDICT_ICON[q.verdict], q.label)


def rank(q: Question) -> tuple:
    """Disagreements first, then questions more sources answer."""
    return (VERDICTS.index(q.verdict), -len(q.entries), q.subject.lower(), q.attribute.lower(), q.qualifier or "")


def shown(c: dict) -> str:
    v = show_value(c["value"], c.get("unit"))
    return "not disclosed" if v == "undisclosed" else v


def voice(e: EntryInfo, c: dict) -> str:
    """Who says it: the outlet, and the speaker or part of the page when that is not the outlet."""
    return f"{e.outlet}, {c['said_by']}" if c.get("said_by") else e.outlet


def values_of(q: Question, site: SiteData) -> list[tuple[str, list[tuple[EntryInfo, dict]]]]:
    """Each value of a question with the (entry, claim) pairs that give it, most cited first."""
    out: dict[str, list] = {}
    for ref in q.members:
        e, c = site.by_uid[ref.uid]
        out.setdefault(shown(c), []).append((e, c))
    return sorted(out.items(), key=lambda kv: (-len({e.src for e, _ in kv[1]}), kv[0]))


def _voices(cited: list[tuple[EntryInfo, dict]], most: int = 3) -> str:
    """'SignalDesk; Elon Musk in Deep News, Pandaily': outlets, and speakers with where they are quoted."""
    by_speaker: dict[str, list[str]] = {}
    for e, c in cited:
        outlets = by_speaker.setdefault(c.get("said_by") or "", [])
        if e.outlet not in outlets:
            outlets.append(e.outlet)
    parts = []
    for speaker, outlets in by_speaker.items():
        more = f" and {len(outlets) - most} more" if len(outlets) > most else ""
        names = ", ".join(outlets[:most]) + more
        parts.append(f"{speaker} in {names}" if speaker else names)
    return "; ".join(parts)


def _of(q: Question) -> str:
    subject = q.subject + ("'" if q.subject.endswith("s") else "'s")
    qual = f" ({q.qualifier})" if q.qualifier else ""
    return f"{subject} {q.attribute}{qual}"


def sides(values: list[tuple[str, list]]) -> list[tuple[str, list]]:
    """Values that agree with each other (MIT, open source) as one side, most cited first."""
    out: list[tuple[list[str], list, dict]] = []
    for value, cited in values:
        claim = cited[0][1]
        for shown_values, all_cited, first in out:
            if compare(claim["value"], first["value"], claim.get("unit"), first.get("unit")) == "agrees":
                shown_values.append(value)
                all_cited.extend(cited)
                break
        else:
            out.append(([value], list(cited), claim))
    return [(" / ".join(v), cited) for v, cited, _ in out]


# sentences by everything they are made from: kept across the rebuilds of `mkdocs serve`, where most
# questions do not change (the week pages say each of their stories' sentences again)
_SENTENCES: dict[tuple, str] = {}
_SENTENCES_MAX = 200_000


def sentence(q: Question, site: SiteData) -> str:
    """One plain sentence for a question, from its claims only."""
    parts = []
    for ref in q.members:
        e, c = site.by_uid[ref.uid]
        parts.append((ref.uid, e.src, e.outlet, repr(c["value"]), c.get("unit"), c.get("said_by")))
    key = (q.verdict, q.subject, q.attribute, q.qualifier, tuple(parts))
    said = _SENTENCES.get(key)
    if said is None:
        if len(_SENTENCES) >= _SENTENCES_MAX:
            _SENTENCES.clear()
        said = _SENTENCES[key] = _sentence(q, site)
    return said


def _sentence(q: Question, site: SiteData) -> str:
    grouped = sides(values_of(q, site))
    if q.verdict == "agree":
        outlets = list(dict.fromkeys(e.outlet for _, cited in grouped for e, _ in cited))
        who = " and ".join(outlets) if len(outlets) <= 3 else f"{len(outlets)} sources"
        return f"{who} agree on {_of(q)}: {grouped[0][0]}."
    if q.verdict == "undisclosed":
        stated = [(v, c) for v, c in grouped if v != "not disclosed"]
        hidden = [c for v, c in grouped if v == "not disclosed"]
        said = " against ".join(f"{v} ({_voices(c)})" for v, c in stated)
        return f"On {_of(q)}: {said}, while {_voices(hidden[0] if hidden else [])} says it is not disclosed."
    said = " against ".join(f"{v} ({_voices(c)})" for v, c in grouped[:3])
    if len(grouped) > 3:
        said += f" and {len(grouped) - 3} other {'value' if len(grouped) == 4 else 'values'}"
    lead = "Forecasts differ on" if q.verdict == "forecasts" else "Sources disagree on"
    return f"{lead} {_of(q)}: {said}."


def story_summary(questions: list[Question], site: SiteData, disagreements: int = 4, agreements: int = 2) -> list[str]:
    """The sentences that open a story page (and its item on the home and week pages):
    where sources disagree, then what they agree on; nothing when no question has two sources."""
    ranked = sorted(questions, key=rank)
    out = [sentence(q, site) for q in ranked if q.verdict in DISAGREE][:disagreements]
    out += [sentence(q, site) for q in ranked if q.verdict == "agree"][:agreements]
    return out


def questions_table(questions: list[Question], site: SiteData, src: str, links: Links, per_value: int = 6) -> str:
    """Questions as a table: each value with the sources that give it, at most `per_value` named."""
    rows = []
    for q in questions:
        said = []
        for value, cited in values_of(q, site):
            names = ", ".join(links.a(voice(e, c), src, e.src, "claim-" + c["id"]) for e, c in cited[:per_value])
            more = f" and {len(cited) - per_value} more" if len(cited) > per_value else ""
            said.append(f"<strong>{esc(value)}</strong>: {names}{more}")
        rows.append([f"{verdict_badge(q)} {esc(q.name)}", "<br>".join(said)])
    return f'<div class="digest-pairs">\n{html_table(["Question", "What the sources say"], rows)}\n</div>'
