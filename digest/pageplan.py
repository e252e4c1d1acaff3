"""Generated pages, each with a fingerprint of its inputs, so that a rebuild renders only the
pages whose inputs changed and takes the others as the previous build rendered them.

A page's inputs are the entries it shows (a token of each entry's parsed data) and the questions
it shows (their verdict, name and members). Plain data only, no MkDocs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from digest.pages import overview, story as story_pages, verdicts, weekly
from digest.pages.links import Links, PageParts
from digest.rebuild import digest_of
from digest.sitedata import EntryInfo, SiteData, claim_uid


@dataclass
class PlannedPage:
    src: str
    inputs: str                         # fingerprint of everything the page shows
    render: Callable[[], PageParts]


class Tokens:
    """Short digests of each entry's parsed data, computed once per parsed entry: an entry that
    is not parsed again is the same object from one build to the next. Calling gives the digest
    of everything; `claims` of what question tables show (source, outlet, date, claims) and
    `timeline` of what timelines show, so that a new headline does not redraw them."""

    def __init__(self) -> None:
        self._memo: dict[int, tuple] = {}   # id -> (entry, whole, claims, timeline, story)

    def _of(self, e: EntryInfo) -> tuple:
        hit = self._memo.get(id(e))
        # the build may give an entry without `story:` a story: not part of the parsed data
        if hit is None or hit[0] is not e or hit[4] != e.story:
            outlet = e.outlet
            whole = digest_of(repr(x) for x in (e.src, e.title, e.date, e.date_inferred, e.source, e.entities,
                                                e.claims, e.timeline, e.summary, e.primary))
            claims = digest_of(repr(x) for x in (e.src, outlet, e.date, e.claims))
            hit = self._memo[id(e)] = (e, f"{whole}:{e.story}", f"{claims}:{e.story}",
                                       digest_of(repr(x) for x in (e.src, outlet, e.timeline)), e.story)
        return hit

    def __call__(self, e: EntryInfo) -> str:
        return self._of(e)[1]

    def claims(self, e: EntryInfo) -> str:
        return self._of(e)[2]

    def timeline(self, e: EntryInfo) -> str:
        return self._of(e)[3]

    def keep_only(self, entries: list[EntryInfo]) -> None:
        """Forget entries no longer in the site (their ids may be reused)."""
        live = {id(e) for e in entries}
        for key in [k for k in self._memo if k not in live]:
            del self._memo[key]


class Tables:
    """The conflicts page's question tables (one per story), kept by the questions they show:
    a rebuild draws again only the stories whose conflicts changed."""

    def __init__(self) -> None:
        self._kept: dict[tuple, str] = {}

    def table(self, site: SiteData, links: Links, qprint: dict[int, str], per_value: int = 6):
        """A `table` for `overview.conflicts_page`; what it draws is kept for the next build."""
        kept, drawn = self._kept, {}
        self._kept = drawn

        def draw(questions) -> str:
            key = (per_value,) + tuple(qprint[id(q)] for q in questions)
            html = kept.get(key) or drawn.get(key)
            if html is None:
                html = verdicts.questions_table(questions, site, "conflicts.md", links, per_value)
            drawn[key] = html
            return html
        return draw


def changed_entries(site: SiteData, memo: dict) -> set[str] | None:
    """The entries that changed since the last plan `memo` kept: new, gone, another parsed object
    or story, or claims linked anew (their verdicts and relations may differ). None when not known:
    no plan before, or a full linking (every digest is computed then)."""
    was = memo.get("entries")
    now = memo["entries"] = {e.src: (e, e.story) for e in site.entries}
    if was is None or site.linked is None:
        return None
    out = set(site.linked.relinked_entries) | (was.keys() - now.keys())
    for src, (e, story) in now.items():
        hit = was.get(src)
        if hit is None or hit[0] is not e or hit[1] != story:
            out.add(src)
    return out


def question_prints(site: SiteData, claims_token: Callable[[EntryInfo], str],
                    memo: dict[int, tuple] | None = None, changed: set[str] | None = None) -> dict[int, str]:
    """id(question) -> its verdict, name, stories and members (each with its entry's claims).
    With `memo` (kept between builds), a question that is the same object as last time (its part
    was not linked again), none of whose members' entries `changed`, keeps its digest."""
    out = {}
    by_uid = site.by_uid
    kept = memo.copy() if memo is not None else {}
    if memo is not None:
        memo.clear()
    for q in site.questions.all:
        hit = kept.get(id(q))
        if hit is not None and hit[0] is q and changed is not None and hit[1].isdisjoint(changed):
            srcs, printed = hit[1], hit[2]
        else:
            infos = [by_uid[c.uid][0] for c in q.members]
            srcs = frozenset(e.src for e in infos)
            printed = digest_of([q.verdict, q.name, repr(q.key), repr(q.stories)]
                                + [f"{c.uid}|{claims_token(e)}" for c, e in zip(q.members, infos)])
        if memo is not None:
            memo[id(q)] = (q, srcs, printed)
        out[id(q)] = printed
    return out


def entity_prints(site: SiteData, tokens: Tokens, memo: dict, changed: set[str] | None) -> dict[str, str]:
    """Each entity page's inputs: its claims (with their entries' claims and their verdicts) and
    the entries that mention it. An entity none of whose entries `changed`, and that no changed
    entry names now, keeps its digest (`memo`, kept between builds)."""
    kept, memo["entities"] = memo.get("entities", {}), {}
    by_uid, of = site.by_uid, site.questions.of
    named: set[str] = set()      # what the changed entries name now: their claims' subjects, their entities
    for e in site.entries if changed else ():
        if e.src in changed:
            named.update(e.entities)
            named.update(ref.subject for c in e.claims if (ref := site.refs.get(claim_uid(e.src, c["id"]))))
    out = {}
    for name, refs in site.entities.items():
        kind = str(site.entity_kinds.get(name, ""))
        hit = kept.get(name)
        if (changed is not None and hit is not None and name not in named and hit[1] == kind
                and hit[0].isdisjoint(changed)):
            srcs, printed = hit[0], hit[2]
        else:
            mentioned = site.mentioned_in.get(name, ())
            parts = ["entity", name, kind]
            for c in refs:
                e = by_uid[c.uid][0]
                q = of.get(c.uid)
                parts.append(f"{c.uid}|{c.attribute}|{c.date}|{tokens.claims(e)}|{q and (q.verdict, q.label)}")
            parts += [tokens(e) for e in mentioned]
            srcs = frozenset([c.entry for c in refs] + [e.src for e in mentioned])
            printed = digest_of(parts)
        memo["entities"][name] = (srcs, kind, printed)
        out[name] = printed
    return out


def planned_pages(site: SiteData, links: Links, tokens: Tokens, tables: Tables | None = None,
                  memo: dict | None = None) -> list[PlannedPage]:
    """Every generated page, in the order `digest.sitebuild.generated_pages` lists them, each
    with the digest of what it shows. `tables` keeps the conflicts page's tables between builds,
    `memo` the questions' and entities' digests."""
    tables = tables or Tables()
    memo = {} if memo is None else memo
    changed = changed_entries(site, memo)
    qprint = question_prints(site, tokens.claims, memo.setdefault("questions", {}), changed)

    pages_of: dict[str, str] = {}      # story -> its page's inputs
    briefs: dict[str, str] = {}        # story -> what week pages show of it (counts, summary)
    listed: dict[str, str] = {}        # story -> what lists of stories show (latest, counts)
    # a story's summary is made from its questions alone (their verdicts, names and each member's
    # claims and outlet: what their digests cover), so it is kept while they are the same
    said, memo["summary_of"] = memo.get("summaries", {}), {}
    for slug, s in site.stories.items():
        questions = site.questions.in_story(slug)
        asked = [qprint[id(q)] for q in questions]
        key = memo["summary_of"][slug] = tuple(asked)
        hit = said.get(slug)
        if hit is not None and hit[0] == key and slug not in site.summaries:
            site.summaries[slug] = hit[1]
        conflicts = sum(1 for q in questions if q.verdict == "conflict")
        listed[slug] = f"{slug}|{s.shown_latest}|{len(s.entries)}|{conflicts}"
        briefs[slug] = digest_of([listed[slug], next((e.summary for e in s.entries if e.summary), "") or ""] + asked)
        pages_of[slug] = digest_of(["story", slug] + [tokens(e) for e in s.entries] + asked)
    entities = entity_prints(site, tokens, memo, changed)
    week_conflicts = weekly.conflicts_by_week(site)
    weeks = weekly.weeks(site)
    week_prints = {}
    for week, entries in weeks.items():
        slugs = sorted({e.story for e in entries if e.story})
        week_prints[week] = digest_of(["week", week] + [tokens(e) for e in entries]
                                      + [briefs[s] for s in slugs]
                                      + [qprint[id(q)] for q in week_conflicts.get(week, [])])
    undated = len(site.undated)
    stories_listed = [listed[slug] for slug in sorted(listed)]
    indexes = {
        "stories/index.md": digest_of(["stories", str(undated)] + stories_listed),
        "entities/index.md": digest_of(["entities"] + [f"{name}|{site.entity_kinds.get(name)}|{len(claims)}"
                                                       for name, claims in site.entities.items()]),
        "timeline.md": digest_of(["timeline"] + [tokens.timeline(e) for e in site.entries]),
        "conflicts.md": digest_of(["conflicts"] + stories_listed
                                  + [qprint[id(q)] for q in site.questions.all if q.verdict == "conflict"]),
        "digest/index.md": digest_of(["weeks", str(undated)] + [
            f"{week}|{len(entries)}|{len({e.story for e in entries if e.story})}" for week, entries in weeks.items()]),
        story_pages.UNDATED_SRC: digest_of(["undated"] + [f"{tokens(e)}|{e.story in site.stories}"
                                                         for e in site.undated]),
    }
    pages = [PlannedPage("stories/index.md", indexes["stories/index.md"], lambda: story_pages.stories_index(site, links)),
             PlannedPage("entities/index.md", indexes["entities/index.md"], lambda: overview.entities_index(site, links)),
             PlannedPage("timeline.md", indexes["timeline.md"], lambda: overview.timeline_page(site, links)),
             PlannedPage("conflicts.md", indexes["conflicts.md"],
                         lambda: overview.conflicts_page(site, links, table=tables.table(site, links, qprint))),
             PlannedPage("digest/index.md", indexes["digest/index.md"], lambda: weekly.archive_page(site, links)),
             PlannedPage(story_pages.UNDATED_SRC, indexes[story_pages.UNDATED_SRC],
                         lambda: overview.undated_page(site, links))]
    for week, entries in weeks.items():
        pages.append(PlannedPage(weekly.week_src(week), week_prints[week],
                                 lambda week=week, entries=entries: weekly.week_page(week, entries, site, links)))
    for slug, s in sorted(site.stories.items()):
        pages.append(PlannedPage(story_pages.story_src(slug), pages_of[slug],
                                 lambda s=s: story_pages.story_page(s, site, links)))
    for name in sorted(site.entities):
        pages.append(PlannedPage(overview.entity_src(name), entities[name],
                                 lambda name=name: overview.entity_page(name, site, links)))
    return pages


def keep_summaries(site: SiteData, memo: dict) -> None:
    """After the pages are drawn: the story summaries made or kept, for the next build's plan."""
    keys = memo.get("summary_of", {})
    memo["summaries"] = {slug: (keys[slug], said) for slug, said in site.summaries.items() if slug in keys}


def render_changed(plan: list[PlannedPage], previous: Mapping[str, tuple[str, PageParts]]
                   ) -> tuple[list[PageParts], set[str]]:
    """Each page's parts: rendered again when its inputs changed, else the previous build's.
    Returns the pages in plan order and the srcs rendered."""
    out, rendered = [], set()
    for p in plan:
        hit = previous.get(p.src)
        if hit is not None and hit[0] == p.inputs:
            out.append(hit[1])
        else:
            out.append(p.render())
            rendered.add(p.src)
    return out, rendered
