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
    assert dates(texts) == {}                      # no date: nothing is guessed
    got = dates(texts, dt.date(2025, 2, 6))        # a Thursday
    assert got["2025-02-04"] == "The index fell 4%"
    assert got["2024-03-14"] == "Its worst day since a crash"
    assert got["2025-02-07"] == "Orbital will open a second plant"
    # an inferred entry date places a month-day but not a weekday
    got = dates(texts, dt.date(2025, 2, 6), known=False)
    assert "2025-02-04" not in got and "2024-03-14" in got


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
