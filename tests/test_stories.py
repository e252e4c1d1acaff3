"""Stories: entries join by the subjects they share, whatever kind of event (items written for these tests)."""

from __future__ import annotations

import datetime as dt

from digest.extract.stories import StoryItem, assign_stories

D = dt.date(2025, 3, 3)


def item(key, weights, date=D, text="", origin=None, story=None):
    primary = max(weights, key=weights.get)
    return StoryItem(key, primary, date, text, story, weights=weights, origin=origin)


def test_articles_on_one_market_move_share_a_story_though_their_main_subjects_differ():
    items = [
        item("a", {"Orbital Labs": 6, "Kestrel": 2, "Northwind": 1}, text="Orbital Labs shares plunge"),
        item("b", {"Kestrel": 4, "Orbital Labs": 3}, text="Kestrel sell-off hits Orbital stock"),
        item("c", {"Orbital Labs": 2, "Kestrel": 2, "Acme Index": 1}, date=None),   # undated
        item("d", {"Zephyr Motors": 5, "Acme Index": 1}, text="Zephyr Motors recalls cars"),
    ]
    got = assign_stories(items)
    assert got["a"] == got["b"] == got["c"] != got["d"]
    assert got["a"] == "orbital-labs-market-move"


def test_far_apart_in_time_or_from_one_feed_stays_apart():
    items = [
        item("x", {"Orbital Labs": 5}, text="Orbital launches Kestrel 2"),
        item("y", {"Orbital Labs": 5}, date=D + dt.timedelta(days=200), text="Orbital launches Kestrel 3"),
        item("feed#1", {"Orbital Labs": 4, "Kestrel": 1}, origin="feed.xml"),
        item("feed#2", {"Orbital Labs": 4, "Kestrel": 1}, origin="feed.xml"),
    ]
    got = assign_stories(items)
    assert got["x"] != got["y"]
    assert got["feed#1"] != got["feed#2"]
    assert len(set(got.values())) == 3   # one feed item joins "x"'s story, the other starts its own


def test_an_existing_story_is_kept_and_joined():
    items = [item("old.md", {"Orbital Labs": 1}, story="orbital-labs-funding"),
             item("new", {"Orbital Labs": 3, "Northwind": 1})]
    assert assign_stories(items) == {"old.md": "orbital-labs-funding", "new": "orbital-labs-funding"}


def test_a_subject_every_article_mentions_does_not_make_one_story():
    """Each launch of one lab, and each round of another company the lab's name appears in, is its
    own story: the lab that every article mentions weighs less than the subjects that differ."""
    from digest.extract.stories import StoryItem, assign_stories
    d = dt.date(2025, 3, 1)
    items = [StoryItem(f"a{i}", "Glint 2", d, "Corvane launches Glint 2", weights={"Glint 2": 5, "Corvane": 4})
             for i in range(3)]
    items += [StoryItem(f"b{i}", "Tallowmere", d, "Tallowmere raises $90 million",
                        weights={"Tallowmere": 4, "Corvane": 4, "Ottilie Varga": 2}) for i in range(3)]
    items += [StoryItem(f"c{i}", "Glint 2-7B", d, "Corvane's small Glint 2-7B", weights={"Glint 2-7B": 3, "Corvane": 3})
              for i in range(1)]
    got = assign_stories(items)
    assert len({got[f"a{i}"] for i in range(3)}) == 1 and len({got[f"b{i}"] for i in range(3)}) == 1
    assert got["a0"] != got["b0"]
    assert got["c0"] == got["a0"]   # a size of the model is the model's story


def test_a_name_written_in_another_case_is_the_same_subject():
    items = [
        item("a", {"Nordlicht": 4, "Harbor Robotics": 3}, text="Harbor Robotics buys Nordlicht"),
        item("b", {"NordLicht": 4, "Harbor Robotics": 2}, text="Harbor Robotics closes NordLicht deal"),
        item("c", {"Zephyr Motors": 5}, text="Zephyr Motors recalls cars"),
    ]
    got = assign_stories(items)
    assert got["a"] == got["b"] != got["c"]


def test_a_compound_name_written_apart_or_by_its_first_part_is_the_same_subject():
    items = [
        item("a", {"CorvidVexa": 6, "Orbis": 2}, text="CorvidVexa buys Orbis"),
        item("b", {"Corvid Vexa": 5, "Orbis": 3}, text="Corvid Vexa rachète Orbis"),
        item("c", {"Corvid": 7, "Orbis": 6}, text="Corvid kauft Orbis"),
        item("d", {"Zephyr Motors": 5}, text="Zephyr Motors recalls cars"),
    ]
    got = assign_stories(items)
    assert got["a"] == got["b"] == got["c"] != got["d"]
