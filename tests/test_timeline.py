"""Dated events from prose, and dumps that state no date at all (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import yaml

from conftest import make_project, run
from digest.entryfile import split_front_matter
from digest.extract.timeline import find_mentions, resolve


def dates(texts, entry_date=None, known=True):
    return {t["date"]: t["event"] for t in resolve(find_mentions(texts), entry_date, known)}


def test_full_dates_months_quarters_and_years_in_prose():
    got = dates([
        "On August 2, 2023, Orbital Labs unveiled the Kestrel chip.",
        "Its shares closed at their lowest since the crash of October 2008, analysts said.",
        "Revenue in Q4 2025 rose to $3 billion. Orbital was founded in 2019 by two engineers.",
        "The 7 September 2024 filing lists 40 employees.",
    ])
    assert got["2023-08-02"] == "Orbital Labs unveiled the Kestrel chip"
    assert got["2008-10"].startswith("Its shares closed at their lowest since the crash")
    assert got["2025-Q4"] == "Revenue rose to $3 billion"
    assert got["2019"] == "Orbital was founded by two engineers"
    assert "2024-09-07" in got


def test_other_languages_and_scripts_use_their_own_month_names():
    got = dates(["La empresa presentó el modelo el 12 de marzo de 2025 en Madrid.",
                 "Die Firma wurde im Mai 2021 gegründet.",
                 "该公司在2018年成立。2020年3月5日发布了新模型。"])
    assert "2025-03-12" in got and "2021-05" in got
    assert "2018" in got and "2020-03-05" in got


def test_impossible_dates_and_non_dates_are_left_out():
    got = dates(["On February 30, 2024, Orbital unveiled nothing.",
                 "Shipments may 3 times exceed 2,000 units; the 2030 target stands.",
                 "The lab sold 2021 units. Updated: March 3, 2025"])
    assert got == {}


def test_month_day_and_weekday_need_the_entry_date():
    texts = ["The index fell 4% on Tuesday, its worst day since a crash on March 14.",
             "Orbital will open a second plant next Friday."]
    # no date: no year or weekday is guessed; the month-day keeps ISO 8601's yearless form
    assert dates(texts) == {"--03-14": "Its worst day since a crash"}
    got = dates(texts, dt.date(2025, 2, 6))        # a Thursday
    assert got["2025-02-04"] == "The index fell 4%"
    assert got["2024-03-14"] == "Its worst day since a crash"
    assert got["2025-02-07"] == "Orbital will open a second plant"
    # an inferred entry date places a month-day but not a weekday
    got = dates(texts, dt.date(2025, 2, 6), known=False)
    assert "2025-02-04" not in got and "2024-03-14" in got


def test_a_day_without_a_year_in_an_undated_page():
    got = dates(["Segundo o comunicado publicado em 4 de setembro, a SSI levantou US$ 1 bilhão.",
                 "小米集团3月28日晚在北京举办发布会,正式发布首款汽车。",
                 "화웨이는 9월 2일 베를린에서 새 칩을 공개했다."])
    assert set(got) == {"--09-04", "--03-28", "--09-02"}
    assert got["--03-28"].startswith("小米集团") and "发布会" in got["--03-28"]
    # a full date written the same way is not read again as a day without a year
    assert set(dates(["该公司于2020年3月5日发布了新模型。"])) == {"2020-03-05"}


def test_a_day_without_a_year_is_not_kept_where_it_could_be_misread():
    # a stamp's scattered parts (a clock time, a year elsewhere in the line) and a period's two ends
    assert dates(["EU launches last crisis-battling finance reform GMT 17:13 2017 Thursday ,14 December"]) == {}
    shipped = ["348 million smartphones were shipped between July 1 and September 30, Canalys said."]
    assert dates(shipped) == {} and dates(shipped, dt.date(2020, 10, 30)) == {}
    # with the entry's date the sentence with a year keeps its month-day, as before
    got = dates(["Orbital, founded in 2019, opened its plant on March 14."], dt.date(2025, 6, 1))
    assert "2025-03-14" in got


def test_a_day_without_a_year_in_front_matter_and_on_the_pages(tmp_path):
    proj = make_project(tmp_path / "p")
    entry = """---
title: Orbital Labs opens a plant
date: {date}
source:
  publisher: {outlet}
story: orbital-plant
timeline:
  - date: "{event_date}"
    event: {event}
---

Orbital Labs opened its plant.
"""
    entries = proj / "content" / "entries"
    (entries / "a.md").write_text(entry.format(date="2025-06-02", outlet="First Desk", event_date="2025-06",
                                               event="Orbital opens the plant"), encoding="utf-8")
    (entries / "b.md").write_text(entry.format(date="2025-06-03", outlet="Second Desk", event_date="--03-14",
                                               event="Orbital signs the lease"), encoding="utf-8")
    assert run(["digest", "check"], proj).returncode == 0
    bad = entries / "c.md"
    bad.write_text(entry.format(date="2025-06-03", outlet="Third Desk", event_date="--13-14", event="No such day"),
                   encoding="utf-8")
    proc = run(["digest", "check"], proj, check=False)
    assert proc.returncode != 0 and "c.md:8: timeline.0.date" in proc.stderr and "--05-14 (a day whose year the source does not state)" in proc.stderr
    bad.unlink()
    run(["mkdocs", "build", "--strict"], proj)
    story = (proj / "site" / "stories" / "orbital-plant" / "index.html").read_text(encoding="utf-8")
    # a day with no year cannot be placed among dated events: it comes after them, in words
    dated = story.index("2025-06</span> Orbital opens the plant")
    assert story.index("14 March, year not stated</span> Orbital signs the lease") > dated
    page = (proj / "site" / "entries" / "b" / "index.html").read_text(encoding="utf-8")
    assert "<td>14 March, year not stated</td>" in page and "--03-14" not in page


def test_parenthesised_dates_name_what_they_qualify():
    got = dates(["Kestrel 1 (June 2022) had shown that small chips could sell."])
    assert got["2022-06"] == "Kestrel 1 had shown that small chips could sell"


def test_an_undated_dump_converts_with_a_null_date_and_a_notice(tmp_path):
    proj = make_project(tmp_path / "p")
    (proj / "dumps").mkdir()
    (proj / "dumps" / "orbital.txt").write_text(
        "Orbital Labs raises $40 million for its chip plant\n\n"
        "Orbital Labs said it raised $40 million in a round led by Northwind Capital. "
        "The company was founded in 2019 and shipped its first chip in June 2023.\n", encoding="utf-8")
    proc = run(["digest", "convert", "dumps"], proj)
    assert proc.returncode == 0
    assert "dumps/orbital.txt: no publication date" in proc.stderr and "date: null" in proc.stderr
    [entry] = (proj / "content" / "entries").glob("*.md")
    fm, _, _ = split_front_matter(entry.read_text(encoding="utf-8"))
    meta = yaml.safe_load(fm)
    assert meta["date"] is None and "date_inferred" not in meta
    assert {t["date"] for t in meta["timeline"]} == {"2019", "2023-06"}
    # the entry is valid: check prints a notice, not a problem
    check = run(["digest", "check"], proj, check=False)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_year_in_other_languages_words():
    got = dates(["Damit wird die bisherige Höchststrafe von 746 Millionen Euro gegen Orbital aus dem Jahr 2021 übertroffen.",
                 "Orbital wurde im Jahr 2017 gegründet.",
                 "La empresa fue fundada en el año 2015 en Madrid.",
                 "A empresa foi multada no ano de 2019."])
    assert {"2021", "2017", "2015", "2019"} <= set(got)


def test_an_abbreviated_month_with_its_period_stays_in_its_sentence():
    got = dates(["It is the first bank to fail since the Almena State Bank in Almena, Kan., closed on Oct. 23, 2020."])
    assert "2020-10-23" in got


def test_a_history_before_1900_and_a_relative_clause_s_name():
    got = dates(["UBS is the largest bank, and its takeover of Velta Bank, which was founded in 1856 to finance the rail network, "
                 "is the biggest deal.", "Die Einsparungen sollen bis 2027 mehr als acht Milliarden Dollar erreichen."])
    assert got["1856"] == "Velta Bank was founded to finance the rail network"
    assert "2027" not in got   # a target's year is no event: it would date the story's undated pages in the future
    assert "1856" not in dates(["The bank had 1856 branches."])


def test_korean_dates_and_sentences():
    from digest.extract.timeline import find_mentions
    got = find_mentions(["2022년 9월 합병이 발표된 이후 규제 당국의 조사가 이어졌다. 코르비드는 2012년에 설립된 회사로서 디자인 소프트웨어를 만든다."])
    assert [(m.date, m.event) for m in got] == [("2022-09", "합병이 발표된 이후 규제 당국의 조사가 이어졌다"),
                                               ("2012", "코르비드는 설립된 회사로서 디자인 소프트웨어를 만든다")]


def test_months_of_more_languages_and_the_years_case_endings():
    got = dates([
        "Компания объявила результаты 26 апреля 2031 г. В 2029 году выручка выросла.",
        "Getir Mart 2029'de 2,6 milyar dolar değerleme ile 300 milyon dolar topladı.",
        "Spółka w 2028 roku zwiększyła przychody.",
        "Rapporten publicerades den 5 maj 2031.",
    ])
    assert got["2031-04-26"] == "Компания объявила результаты"
    assert got["2029"] == "Выручка выросла"
    # (a decimal comma is no clause's end, and the year's ending is no word of the event)
    assert got["2029-03"] == "Getir 2,6 milyar dolar değerleme ile 300 milyon dolar topladı"
    assert got["2028"] == "Spółka zwiększyła przychody"
    assert got["2031-05-05"] == "Rapporten publicerades"


def test_weekdays_of_languages_read_for_their_months_only_are_words():
    # Indonesian "Minggu" is Sunday and a week: no weekday is read in it
    assert not [m for m in find_mentions(["Saham perusahaan naik selama satu Minggu terakhir."]) if m.date.startswith("weekday")]


def test_today_is_the_pages_own_day_when_the_page_states_it():
    mentions = find_mentions(["Harbor Robotics today reported results for its third quarter.", "Today's robots are faster."])
    assert resolve(mentions, dt.date(2031, 11, 8), True) == [
        {"date": "2031-11-08", "event": "Harbor Robotics reported results for its third quarter"}]
    assert resolve(mentions, dt.date(2031, 11, 8), False) == []   # (a date taken from elsewhere says nothing of "today")
