"""Chinese and Japanese numbers: digits or numerals with the myriad magnitudes, bounds, currencies."""

from __future__ import annotations

from digest.extract import values as V
from digest.extract.claims import split_sentences


def test_myriads_and_numerals():
    assert V.cjk_number("3000", "万") == 3e7
    assert V.cjk_number("1.5", "亿") == 1.5e8
    assert V.cjk_number("2", "万亿") == 2e12
    assert V.cjk_number("三千") == 3000
    assert V.cjk_number("十五") == 15
    assert V.cjk_number("两", "亿") == 2e8


def test_counts_keep_their_bound():
    assert list(V.find_counts("研究人员向模型提供了大约2000万条记录")) == [(10, 17, "~20000000", None)]
    assert [h[2] for h in V.find_counts("公司已有三千多名员工")] == [">3000"]


def test_money_needs_a_currency_word():
    assert [h[2:] for h in V.find_money("这家初创公司获得了2.5亿美元融资")] == [(250000000, "USD")]
    assert [h[2:] for h in V.find_money("評価額は約40億ドルに達した")] == [("~4000000000", "USD")]
    assert [h[2:] for h in V.find_money("估值超过2万亿元")] == [(">2000000000000", "CNY")]
    assert list(V.find_money("公司有3000万用户")) == []


def test_a_lone_numeral_is_a_word_and_a_year_is_no_myriad():
    assert list(V.find_cjk_numbers("这是一个模型")) == []
    assert list(V.find_cjk_numbers("在2014年收购")) == []


def test_sentences_end_at_a_cjk_full_stop():
    assert split_sentences("模型很大。它有三千亿个参数！真的吗？") == ["模型很大。", "它有三千亿个参数！", "真的吗？"]


def test_latin_magnitudes_and_korean_myriads_inside_cjk_text():
    assert [h[2] for h in V.find_cjk_numbers("Orion-5は540Bパラメータを含む")] == [540000000000]
    assert [h[2] for h in V.find_cjk_numbers("오리온은 5400억 개의 파라미터를 가진")] == [540000000000]
    assert [h[2:] for h in V.find_cjk_numbers("7억 달러를 유치했다")] == [(700000000, "USD")]
    assert [h[2] for h in V.find_tokens("Orion-5は12.5Tトークンで事前学習された")] == [12500000000000]


def test_spec_claims_in_chinese_japanese_and_korean_only_when_the_noun_follows_the_value():
    import datetime as dt
    from digest.config import load_knowledge
    from digest.extract.entry import extract_entry
    from digest.extract.units import structure_from_markdown
    k = load_knowledge()
    body = ("DeepSeek-V3是一个模型。\n\nDeepSeek-V3拥有5400亿参数，在12.5万亿token上进行了预训练。\n\n"
            "据报道，该模型使用了高达10万块GPU进行训练。\n\n"
            "有观点认为，Grok-3的参数规模可能远超DeepSeek-V3的5400亿。\n")
    _, found = extract_entry(structure_from_markdown(body), "DeepSeek-V3", k, dt.date(2025, 1, 1))
    got = {(c["subject"], c["attribute"], c["value"]) for c in found}
    assert ("DeepSeek-V3", "parameters", 540000000000) in got
    assert ("DeepSeek-V3", "training tokens", 12500000000000) in got
    assert not any(c["value"] == 100000 for c in found)              # GPUs, not training tokens
    assert not any(c["subject"] == "Grok-3" for c in found)          # DeepSeek-V3的5400亿: DeepSeek-V3's figure


def test_a_size_inside_a_model_name_is_no_count_in_a_cjk_sentence():
    import datetime as dt
    from digest.config import load_knowledge
    from digest.extract.entry import extract_entry
    from digest.extract.units import structure_from_markdown
    body = "Qwen3是一个模型系列。\n\n小型MoE模型Qwen3-30B-A3B的激活参数数量仅QwQ-32B的十分之一。\n"
    _, found = extract_entry(structure_from_markdown(body), "Qwen3", load_knowledge(), dt.date(2025, 5, 1))
    assert not any(c["attribute"] == "parameters" for c in found)


def test_a_company_by_its_chinese_name_reports_revenue_an_estimate_and_a_forecast():
    import datetime as dt
    from digest.config import load_knowledge
    from digest.extract.entry import extract_entry
    from digest.extract.units import structure_from_markdown
    k = load_knowledge()
    body = ("英特尔公布第三财季财务数据。\n\n英特尔第三财季实现营收136.5亿美元。分析师预期英特尔营收为131.4亿美元。\n\n"
            "展望下一季度,英特尔预计,公司营收将达到140亿美元。\n")
    _, found = extract_entry(structure_from_markdown(body), "英特尔公布第三财季财务数据", k, dt.date(2025, 1, 1))
    got = {(c["subject"], c["attribute"], c["value"], c.get("said_by")) for c in found}
    assert ("Intel", "revenue", 13650000000, None) in got
    assert ("Intel", "revenue", 13140000000, "analysts' estimate") in got
    assert ("Intel", "revenue", 14000000000, "forecast") in got


def test_a_chinese_headline_with_a_quarter_and_figures_is_a_headline():
    from digest.config import load_knowledge
    from digest.extract.headline import headline_shaped
    assert headline_shaped("英特尔2025财年Q3营收136.5亿美元 数据中心业务增长", load_knowledge())


def test_units_under_a_myriad_written_in_digits():
    # "4万9980円" is 49,980 yen, not 9,980
    assert [h[2:] for h in V.find_money("国内版は4万9980円")] == [(49980, "JPY")]
    assert [h[2:] for h in V.find_money("3億2000万円")] == [(320000000, "JPY")]


def test_units_sold_counted_with_a_counter_and_a_device_in_brackets():
    from test_open_claims import facts
    got = facts("コルビッドは新型ゲーム機「テルン2」を発売した。任天堂によると、テルン2の販売台数は発売から4日間で350万台を超えた。")
    assert ("テルン2", "units sold", ">3500000", "first 4 days") in got
    got = {(f[0], f[1], f[2]) for f in facts("コルビッドは新型ゲーム機「テルン2」を発売した。テルン2は25年度、世界で1500万台の販売を計画している。")}
    assert ("テルン2", "units sold", 15000000) in got
    # no device named before the count: no one's units
    assert not facts("初代モデルは発売後1ヶ月で270万台を販売した。")
