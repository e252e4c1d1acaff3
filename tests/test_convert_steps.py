"""The convert pipeline's steps on their own: choosing a reader, and dating drafts across a story."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from digest.config import load_knowledge
from digest.convert.dates import infer_dates, partial_to_date
from digest.convert.read import read_documents
from digest.extract.duplicates import shingles


def test_the_reader_follows_the_content_when_the_extension_says_text(tmp_path):
    page = tmp_path / "saved.txt"
    page.write_text("<!doctype html><html><head><title>Quill Labs opens a lab | Harbor Post</title></head><body>"
                    "<article><h1>Quill Labs opens a lab</h1><p>Quill Labs opened a research lab in Lisbon on "
                    "Tuesday, with forty staff and plans to double that within a year.</p></article></body></html>",
                    encoding="utf-8")
    text = tmp_path / "notes.txt"
    text.write_text("Quill Labs opens a lab\n\nQuill Labs opened a research lab in Lisbon.\n", encoding="utf-8")
    k = load_knowledge()
    [doc] = read_documents(page, "saved.txt", k=k)
    assert doc.is_markdown and doc.title == "Quill Labs opens a lab"
    [plain] = read_documents(text, "notes.txt", k=k)
    assert not plain.is_markdown and plain.text.startswith("Quill Labs opens a lab")


def _draft(path, story, date=None, partial=False, timeline=(), body="", entities=(), primary=None):
    return SimpleNamespace(doc=SimpleNamespace(path=path), key=path, story=story, date=date, date_partial=partial,
                           date_inferred=False, structure=SimpleNamespace(timeline=list(timeline)), body=body,
                           shingles=shingles(body), subjects=SimpleNamespace(entities=list(entities), primary=primary))


def test_a_draft_takes_its_year_or_its_day_from_its_story_else_stays_undated():
    dated = _draft("a.txt", "lab-opening", dt.date(2031, 2, 24), body="The lab cost $450 million.")
    month_day = _draft("b.txt", "lab-opening", dt.date(1900, 3, 2), partial=True)   # "March 2": on or after the story
    undated = _draft("c.txt", "lab-opening", body="A 450-million-dollar lab.")
    reported = _draft("d.txt", "other", timeline=[{"date": "2030-11-20", "event": "x"}, {"date": "2030-11", "event": "y"}])
    alone = _draft("e.txt", None)
    notices: list[str] = []
    infer_dates([dated, month_day, undated, reported, alone], [], None, notices)
    assert (dated.date, dated.date_inferred) == (dt.date(2031, 2, 24), False)
    assert (month_day.date, month_day.date_inferred) == (dt.date(2031, 3, 2), True)
    assert undated.date == dt.date(2031, 2, 24) and undated.date_inferred  # the story's earliest day
    assert reported.date == dt.date(2030, 11, 20)                          # the latest full day it reports
    assert alone.date is None and notices == [
        "e.txt: no publication date in the text or its story; written with date: null "
        "(set it in the entry, or pass --date YYYY-MM-DD)"]


def test_partial_dates_mean_their_first_day_and_impossible_days_mean_nothing():
    assert partial_to_date("2031") == dt.date(2031, 1, 1)
    assert partial_to_date("2031-07") == dt.date(2031, 7, 1)
    assert partial_to_date("2031-02-30") is None and partial_to_date("2031-Q1") is None


def test_a_month_the_text_states_bounds_the_day_its_story_gives():
    june = _draft("a.txt", "round", dt.date(2031, 6, 12), body="It raised $125 million.")
    may = _draft("b.txt", "round", body="A round of 125 million.")
    may.month = "2031-05"          # "date 2031-05" over the text: written in May, before the story's June day
    also_june = _draft("c.txt", "round", body="A round of 125 million.")
    also_june.month = "2031-06"
    notices: list[str] = []
    infer_dates([june, may, also_june], [], dt.date(2031, 7, 1), notices)
    assert may.date is None and len(notices) == 1 and notices[0].startswith("b.txt:")
    assert (also_june.date, also_june.date_inferred) == (dt.date(2031, 6, 12), True)


def test_a_story_does_not_date_an_article_that_names_years_after_its_date():
    """A story's likeness can draw in an article about another event: one that names a year more
    than one after the story's date (its results of 2034, say) was not written on that date."""
    dated = _draft("a.txt", "chip-results", dt.date(2031, 4, 29), body="It shipped 2,050 units in the quarter.")
    later = _draft("b.txt", "chip-results", body="Revenue rose 9% in the second quarter of 2034. (c) 2034 Wire")
    forecast = _draft("c.txt", "chip-results", body="It expects the next chip in 2032, with a 2048-token window "
                                                    "and 2,050 units, at 20.33 a share.")
    notices: list[str] = []
    infer_dates([dated, later, forecast], [], None, notices)
    assert later.date is None and len(notices) == 1 and notices[0].startswith("b.txt:")
    assert (forecast.date, forecast.date_inferred) == (dt.date(2031, 4, 29), True)
    # a target names a year to come, not the time of writing
    target = _draft("d.txt", "chip-results", body="It aims to reach $100 billion by 2039, in fiscal 2038 and FY2037, in the 2030s, "
                                                  "after 2,050 units.")
    infer_dates([dated, target], [], None, [])
    assert target.date == dt.date(2031, 4, 29)


def test_a_story_dates_an_article_only_when_both_report_one_event():
    """A story groups articles by their subject: an undated article about another of its subject's
    events (its quarter beside its groundbreaking, sharing only the company and its chief) does not
    take that event's day. A figure, a run of words, or two names besides the main one in common do."""
    ground = _draft("a.txt", "chipmaker-news", dt.date(2031, 8, 25), entities=["Vantor", "Jane Roe", "Ohio"], primary="Vantor",
                    body="Vantor will break ground on Sept. 9 on its planned $20.5 billion Ohio plants, chief executive "
                         "Jane Roe said.")
    quarter = _draft("b.txt", "chipmaker-news", entities=["Vantor", "Jane Roe"], primary="Vantor",
                     body="Vantor steigerte den Umsatz um zehn Prozent auf 15,4 Milliarden Dollar. Chefin Jane Roe ist zuversichtlich.")
    same = _draft("c.txt", "chipmaker-news", entities=["Vantor", "Jane Roe", "Ohio"], primary="Vantor",
                  body="Vantor breaks ground in Ohio next month, Jane Roe says.")
    figure = _draft("d.txt", "chipmaker-news", body="Les usines de 20,5 milliards de dollars.")
    notices: list[str] = []
    infer_dates([ground, quarter, same, figure], [], None, notices)
    assert quarter.date is None and [n.split(":")[0] for n in notices] == ["b.txt"]
    assert same.date == figure.date == dt.date(2031, 8, 25)


def test_an_article_that_puts_an_event_in_a_later_month_is_not_dated_by_its_latest_day():
    """"On February 2, 2031, the rules took effect … By May 2032, the office has issued …": written
    after May 2032, so February 2, 2031 is not its day."""
    later = _draft("a.txt", None, timeline=[{"date": "2031-02-02", "event": "x"}, {"date": "2032-05", "event": "y"}])
    plain = _draft("b.txt", None, timeline=[{"date": "2031-02-02", "event": "x"}, {"date": "2030-05", "event": "y"}])
    infer_dates([later, plain], [], None, [])
    assert later.date is None and plain.date == dt.date(2031, 2, 2)
