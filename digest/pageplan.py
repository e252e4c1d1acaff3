"""Generated pages, each with a fingerprint of its inputs, so that a rebuild renders only the
pages whose inputs changed and takes the others as the previous build rendered them.

A page's inputs are the entries it shows (a token of each entry's parsed data) and the questions
it shows (their verdict, name and members). Plain data only, no MkDocs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from digest.link.questions import Question
from digest.pages import overview, story as story_pages, weekly
from digest.pages.links import Links, PageParts
from digest.rebuild import digest_of
from digest.sitedata import EntryInfo, SiteData


@dataclass
class PlannedPage:
    src: str
    inputs: str                         # fingerprint of everything the page shows
    render: Callable[[], PageParts]


class Tokens:
    """A short digest of each entry's parsed data, computed once per parsed entry: an entry that
    is not parsed again is the same object from one build to the next."""

    def __init__(self) -> None:
        self._memo: dict[int, tuple[EntryInfo, str]] = {}

    def __call__(self, e: EntryInfo) -> str:
        hit = self._memo.get(id(e))
        if hit is None or hit[0] is not e:
            hit = self._memo[id(e)] = (e, digest_of(repr(x) for x in (
                e.src, e.title, e.date, e.date_inferred, e.source, e.entities, e.claims, e.timeline,
                e.summary, e.primary)))
        # the build may give an entry without `story:` a story: not part of the parsed data
        return f"{hit[1]}:{e.story}"

    def keep_only(self, entries: list[EntryInfo]) -> None:
        """Forget entries no longer in the site (their ids may be reused)."""
        live = {id(e) for e in entries}
        for key in [k for k in self._memo if k not in live]:
            del self._memo[key]


def question_prints(site: SiteData, token: Callable[[EntryInfo], str]) -> dict[int, str]:
    """id(question) -> its verdict, name and members (each with its entry's token)."""
    out = {}
    by_uid = site.by_uid
    for q in site.questions.all:
        out[id(q)] = digest_of([q.verdict, q.name, repr(q.key), repr(q.stories)]
                               + [f"{c.uid}|{token(by_uid[c.uid][0])}" for c in q.members])
    return out


def planned_pages(site: SiteData, links: Links, token: Callable[[EntryInfo], str]) -> list[PlannedPage]:
    """Every generated page, in the order `digest.sitebuild.generated_pages` lists them."""
    qprint = question_prints(site, token)
    verdicts = {uid: (q.verdict, q.label) for uid, q in site.questions.of.items()}

    stories: dict[str, str] = {}
    for slug, s in site.stories.items():
        stories[slug] = digest_of(["story", slug] + [token(e) for e in s.entries]
                                  + [qprint[id(q)] for q in site.questions.in_story(slug)])
    entities: dict[str, str] = {}
    for name in site.entities:
        parts = ["entity", name, str(site.entity_kinds.get(name, ""))]
        for c in site.entities[name]:
            e = site.by_uid[c.uid][0]
            parts.append(f"{c.uid}|{c.attribute}|{c.date}|{token(e)}|{verdicts.get(c.uid)}")
        parts += [token(e) for e in site.mentioned_in.get(name, [])]
        entities[name] = digest_of(parts)
    week_conflicts = weekly.conflicts_by_week(site)
    weeks = weekly.weeks(site)
    week_prints = {}
    for week, entries in weeks.items():
        slugs = sorted({e.story for e in entries if e.story})
        week_prints[week] = digest_of(["week", week] + [token(e) for e in entries]
                                      + [stories[s] for s in slugs]
                                      + [qprint[id(q)] for q in week_conflicts.get(week, [])])
    # the indexes, the timeline and the conflicts page list the whole site
    whole = digest_of(["whole"] + [token(e) for e in site.entries]
                      + [f"{k}={v}" for k, v in sorted(stories.items())]
                      + [f"{k}={v}" for k, v in sorted(entities.items())]
                      + [qprint[id(q)] for q in site.questions.all if q.verdict == "conflict"])

    pages = [PlannedPage("stories/index.md", whole, lambda: story_pages.stories_index(site, links)),
             PlannedPage("entities/index.md", whole, lambda: overview.entities_index(site, links)),
             PlannedPage("timeline.md", whole, lambda: overview.timeline_page(site, links)),
             PlannedPage("conflicts.md", whole, lambda: overview.conflicts_page(site, links)),
             PlannedPage("digest/index.md", whole, lambda: weekly.archive_page(site, links)),
             PlannedPage(story_pages.UNDATED_SRC, whole, lambda: overview.undated_page(site, links))]
    for week, entries in weeks.items():
        pages.append(PlannedPage(weekly.week_src(week), week_prints[week],
                                 lambda week=week, entries=entries: weekly.week_page(week, entries, site, links)))
    for slug, s in sorted(site.stories.items()):
        pages.append(PlannedPage(story_pages.story_src(slug), stories[slug],
                                 lambda s=s: story_pages.story_page(s, site, links)))
    for name in sorted(site.entities):
        pages.append(PlannedPage(overview.entity_src(name), entities[name],
                                 lambda name=name: overview.entity_page(name, site, links)))
    return pages


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
