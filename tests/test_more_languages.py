"""Results written in languages the sets hardly hold: Swedish, Polish, Czech, Indonesian, Russian,
Turkish, Vietnamese and Dutch sums, measures, quarters and forecasts; a Mexican sum and Spanish profit
words; a German month and opening adverb; a Korean company named with its chief executive in brackets;
and a sum written with a minus sign. Names and sentences written for these tests."""

from __future__ import annotations


import pytest

from digest.extract import values as V

from conftest import body_claims


def claims(body: str) -> list[tuple]:
    found = body_claims(body)
    return [(c["subject"], c["attribute"], c["value"], c.get("qualifier"), c.get("said_by")) for c in found]


@pytest.mark.parametrize("text, value, unit", [
    ("4,5 miljarder kronor", 4500000000, "SEK"),
    ("671,3 mln zł", 671300000, "PLN"),
    ("5 miliard Kč", 5000000000, "CZK"),
    ("150 млрд рублей", 150000000000, "RUB"),
    ("Rp63,2 triliun", 63200000000000, "IDR"),
    ("12 milyar TL", 12000000000, "TRY"),
    ("5 tỷ đồng", 5000000000, "VND"),
])
def test_sums_in_more_currencies_and_magnitude_words(text, value, unit):
    assert [(v, u) for _, _, v, u in V.find_money(text)] == [(value, unit)]


def test_results_in_swedish_polish_czech_and_indonesian():
    assert claims("Betalningsbolaget Klarna presenterade ett sparpaket under måndagen. Klarna hade en nettoförlust på "
                  "2 miljarder kronor under första kvartalet.") == [("Klarna", "net loss", 2000000000, "Q1", None)]
    assert claims("Spółka Allegro opublikowała wyniki za pierwszy kwartał. Allegro zwiększyło przychody do 2,5 mld zł "
                  "w pierwszym kwartale.") == [("Allegro", "revenue", 2500000000, "Q1", None)]
    # a measure's word that opens the sentence is no word of the name after it
    assert claims("Przychody Allegro wyniosły 2,5 mld zł.") == [("Allegro", "revenue", 2500000000, None, None)]
    assert claims("Pendapatan GoTo naik menjadi Rp 3,3 triliun pada kuartal kedua.") == \
        [("GoTo", "revenue", 3300000000000, "Q2", None)]
    assert claims("Společnost Allegro zveřejnila výsledky. Čistý zisk společnosti Allegro dosáhl 1,2 miliardy zlotých.") == \
        [("Allegro", "net profit", 1200000000, None, None)]


def test_a_dutch_forecast_range_and_a_result_above_expectations():
    assert claims("In het tweede kwartaal rekent ASML op een omzet van tussen de €6,5 miljard en €7 miljard.") == \
        [("ASML", "revenue", "6500000000-7000000000", "Q2", "forecast")]
    assert claims("ASML boekte in het tweede kwartaal een omzet van 6,2 miljard euro, meer dan verwacht.") == \
        [("ASML", "revenue", 6200000000, "Q2", None)]


def test_a_sum_written_with_a_minus_sign_is_not_read_as_its_opposite():
    assert claims("Vantara reported an operating profit of -$2.5 billion for the quarter.") == []
    assert claims("Betalningsbolaget Klarna presenterade siffror. Rörelseresultatet för Klarna uppgick till -2,5 miljarder kronor.") == []
    # a range's dash is no minus sign
    assert ("Vantara", "operating profit", 2500000000, None, None) in \
        claims("Vantara reported an operating profit of $2.5 billion for the quarter, up 10-12%.")


def test_a_mexican_sum_of_thousands_of_millions_and_spanish_profit_and_revenue_words():
    assert [(v, u) for _, _, v, u in V.find_money("ingresos netos de 4 mil 300 millones de dólares")] == [(4300000000, "USD")]
    out = claims("Vantara Libre reportó un aumento de 71 por ciento en su ganancia neta del primer trimestre.\n\n"
                 "Vantara Libre registró ingresos netos de 4 mil 300 millones de dólares en el trimestre.")
    assert ("Vantara Libre", "net profit rise", 71, "Q1", None) in out
    assert ("Vantara Libre", "revenue", 4300000000, "Q1", None) in out
    assert not any(c[1] == "net profit" or c[2] == 300000000 for c in out)


def test_a_month_or_an_opening_german_adverb_is_no_subject():
    out = claims("Korvanta steigerte den Umsatz deutlich. Jüngst expandierte Korvanta in weitere Länder.\n\n"
                 "Das schlägt sich im Bruttowarenvolumen (GMV) wieder, das von April bis Juni um 40 Prozent auf 3,79 Milliarden "
                 "Euro kletterte.")
    assert out and all(c[0] == "Korvanta" for c in out)


def test_a_korean_company_named_with_its_chief_executive_in_brackets_reports_its_results():
    out = claims("하버로보틱스가 올해 2분기 첫 실적을 내놨다.\n\n하버로보틱스(대표 김민수)는 지난 2분기 연결 기준 매출액 4593억 원, "
                 "영업이익 1742억 원을 기록했다고 12일 공시했다.\n\n▲ 하버로보틱스(HARBOR) CI")
    assert ("HARBOR", "revenue", 459300000000, "Q2", None) in out
    assert ("HARBOR", "operating profit", 174200000000, "Q2", None) in out


def test_korean_results_of_a_company_its_lede_names():
    # the company before its topic particle and its day, or its period; the move written right before the sum it led to
    assert claims("한빛항공은 27일 3분기 영업이익이 전년 동기 대비 257.8% 급증한 3581억원을 기록했다고 공시했다.") == [
        ("한빛항공", "operating profit rise", 257.8, "Q3", None), ("한빛항공", "operating profit", 358100000000, "Q3", None)]
    assert claims("하버SDI의 3분기 영업이익은 1238억원으로 집계됐다.") == [("하버SDI", "operating profit", 123800000000, "Q3", None)]
    # a percentage compared with the year before, past the measure's own sum
    assert claims("한빛정밀은 1분기 매출이 253억700만원으로 전년 대비 40.1% 증가했다.") == [
        ("한빛정밀", "revenue rise", 40.1, "Q1", None), ("한빛정밀", "revenue", 25307000000, "Q1", None)]
    # a common noun that opens a lede names no company
    assert claims("회사는 27일 3분기 영업이익이 3581억원을 기록했다고 밝혔다.") == []


def test_a_chinese_or_korean_move_with_no_measure_is_no_share_price():
    # (Baidu, a company site_config knows, so that its name is found in Chinese)
    # another business's revenue fell: no move of the page's company's shares
    assert claims("百度发布财报。海港影业收入为79亿元人民币(11亿美元),同比下降5%。") == []
    # a share price named as such moves
    assert claims("百度发布财报。百度股价下跌5%。") == [("Baidu", "share price drop", 5, None, None)]


@pytest.mark.parametrize("text, value", [
    ("o 32,9 procenta na", 32.9),                 # Czech
    ("wzrost o 5 procent", 5),                     # Polish
    ("на 40,1 процента", 40.1),                    # Russian
    ("naik 54 persen", 54),                        # Indonesian
    ("růstem o necelých 8 %", "<8"),               # a Czech bound below
    ("růst tržeb o 22 až 24 procent", "22-24"),     # a range whose low end has no word of its own
])
def test_percentages_in_more_languages(text, value):
    from digest.extract.lexicon import find_percents
    from conftest import knowledge
    assert [v for _, _, v, _ in find_percents(text, knowledge())] == [value]


def test_moves_and_levels_in_czech_polish_russian_and_indonesian():
    assert claims("Skupina Allegro zvýšila EBITDA meziročně o 32,9 procenta na 671,3 milionu zlotých.") == [
        ("Allegro", "EBITDA rise", 32.9, None, None), ("Allegro", "EBITDA", 671300000, None, None)]
    assert claims("Przychody Allegro wzrosły o 6,6 procent do 2,5 mld zł.") == [
        ("Allegro", "revenue rise", 6.6, None, None), ("Allegro", "revenue", 2500000000, None, None)]
    # a forecast range is read whole, never as its upper end
    assert claims("Na druhé čtvrtletí skupina Allegro očekává meziroční růst tržeb o 22 až 24 procent.") == [
        ("Allegro", "revenue rise", "22-24", None, "forecast")]


def test_a_move_in_a_language_that_names_its_measure_is_no_share_price_without_one():
    # "liczbę klientów", a measure site_config does not know: no share of the company moved
    assert claims("Allegro zwiększyło liczbę klientów o 5 procent.") == []
    assert claims("Akcie společnosti Allegro vzrostly o 5 procent.") == [("Allegro", "share price gain", 5, None, None)]


def test_an_ebitda_loss_and_a_measure_phrase_that_opens_the_sentence():
    from digest.extract.quantities import measure_head
    from conftest import knowledge
    assert claims("Harbor Robotics said its adjusted EBITDA loss narrowed to $48 million.") == [
        ("Harbor Robotics", "EBITDA loss", 48000000, "adjusted", None)]
    assert [measure_head(n, knowledge()) for n in ("Rugi EBITDA GoTo", "Przychody Allegro", "Harbor Robotics", "Revenue")] == \
        ["Rugi EBITDA", "Przychody", "", ""]


def test_a_source_named_with_its_kind_after_laut_is_no_subject_and_halves_in_more_languages():
    assert claims("Bisher wurden 1,2 Mrd. Euro in deutsche Start-ups investiert. Laut der Beratungsgesellschaft Harborix "
                  "wurden in den USA bereits 23 Mrd. Euro in KI-Neugründungen investiert.") == []
    assert claims("PT Harbor Robotik Tbk cetak laba bersih sebesar Rp688,79 miliar di semester pertama 2023.") == [
        ("PT Harbor Robotik Tbk", "net profit", 688790000000, "H1 2023", None)]
