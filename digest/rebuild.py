"""Which pages a rebuild while serving must write again, from the claim graph.

Each page gets a fingerprint of everything that goes into its HTML: an entry its file's stamp,
its story and, claim by claim, its question's verdict and every related claim its panel names;
a generated page its Markdown and slot HTML (digest.pageplan decides which to render again). A page is rebuilt when its fingerprint differs from
the previous build's; a page the previous build had and this one has not is removed. Pages not
rebuilt keep what the previous build gave them in site-wide outputs (search index, feeds, tags):
`carry_over` merges that, in the order a full build writes it. Plain data only, no MkDocs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from digest.sitedata import EntryInfo, SiteData, claim_uid


def digest_of(parts: Iterable[str]) -> str:
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def entry_fingerprint(info: EntryInfo, site: SiteData, stamp: tuple, story_page: str | None,
                      token: Callable[[EntryInfo], str]) -> str:
    """An entry page's inputs: the file (its stamp), the story the build gave it, and for each
    claim the verdict of its question and every related claim its panel shows, with that other
    entry as it is now (its `token`: what the panel shows of it, its outlet and claims; a value
    changed there, or the title of an entry panels name by its title, changes this page too)."""
    parts = [repr(stamp), str(info.story), str(story_page)]
    by_uid = site.by_uid
    for c in info.claims:
        uid = claim_uid(info.src, c["id"])
        ref = site.refs.get(uid)
        q = site.questions.of.get(uid)
        parts.append(f"{c['id']}|{q.verdict if q else ''}|{q.label if q else ''}|{ref.subject if ref else ''}")
        if ref and ref.relations:
            parts.append("|".join(f"{target}>{kind}>{token(by_uid[target][0])}" for target, kind in ref.relations))
    return digest_of(parts)


@dataclass
class EntryPrint:
    """An entry page's fingerprint and what it was computed from."""

    print: str
    stamp: tuple
    story_page: str | None
    token: str
    refs: tuple            # the linked claims (objects) of its claims
    targets: frozenset     # the entries its panels name


def entry_prints(site: SiteData, stamps: Mapping[str, tuple], story_page_of: Callable[[EntryInfo], str | None],
                 token: Callable[[EntryInfo], str], previous: Mapping[str, EntryPrint],
                 relinked: set[str] | None = None) -> dict[str, EntryPrint]:
    """Every entry page's fingerprint. An entry whose file, story page and linked claims are the
    same objects as last time (linking kept their part), and whose panels name no entry that
    changed, keeps its previous fingerprint without computing it again. `relinked`: the entries
    whose claims linking made anew since the previous prints (the parts it linked again); the
    others' linked claims are the same objects, without looking them up."""
    tokens = {e.src: token(e) for e in site.entries}
    changed = {src for src, t in tokens.items() if (p := previous.get(src)) is None or p.token != t}
    changed |= set(previous) - set(tokens)
    out = {}
    for e in site.entries:
        stamp, story_page = stamps[e.src], story_page_of(e)
        p = previous.get(e.src)
        if (relinked is not None and p is not None and e.src not in relinked and p.stamp == stamp
                and p.story_page == story_page and p.token == tokens[e.src] and len(p.refs) == len(e.claims)
                and p.targets.isdisjoint(changed)):
            out[e.src] = p      # its file unchanged, none of its claims linked again
            continue
        refs = tuple(site.refs.get(claim_uid(e.src, c["id"])) for c in e.claims)
        if (p is not None and p.stamp == stamp and p.story_page == story_page and p.token == tokens[e.src]
                and len(p.refs) == len(refs) and all(a is b for a, b in zip(p.refs, refs))
                and p.targets.isdisjoint(changed)):
            out[e.src] = p
            continue
        targets = frozenset(site.by_uid[t][0].src for r in refs if r is not None for t, _ in r.relations)
        out[e.src] = EntryPrint(entry_fingerprint(e, site, stamp, story_page, lambda other: tokens[other.src]),
                                stamp, story_page, tokens[e.src], refs, targets)
    return out


def page_fingerprint(markdown: str, slots: Mapping[str, str] | None = None) -> str:
    """A generated page's inputs: its Markdown and the HTML of its slots."""
    parts = [markdown]
    for name in sorted(slots or {}):
        parts += [name, slots[name]]
    return digest_of(parts)


def site_fingerprint(fingerprints: Mapping[str, str]) -> str:
    """Everything at once: for the few hand-written pages (home, tags) that list the whole site."""
    return digest_of(f"{src}={fp}" for src, fp in sorted(fingerprints.items()))


def changed_pages(previous: Mapping[str, str], current: Mapping[str, str]) -> tuple[set[str], set[str]]:
    """(pages to rebuild, pages gone): new or changed fingerprints, and pages no longer built."""
    modified = {src for src, fp in current.items() if previous.get(src) != fp}
    return modified, set(previous) - set(current)


def carry_over(order: Iterable[str], rebuilt: set[str], fresh: Mapping[str, list],
               previous: Mapping[str, list]) -> dict[str, list]:
    """Per page, in site order: this build's items for the pages it rebuilt, the previous
    build's for the others; pages no longer in `order` drop out."""
    out = {}
    for key in order:
        items = fresh.get(key) if key in rebuilt else previous.get(key)
        if items:
            out[key] = items
    return out


def group_by(items: Iterable, key_of) -> dict[str, list]:
    out: dict[str, list] = {}
    for item in items:
        out.setdefault(key_of(item), []).append(item)
    return out
