"""Shapes of pages and sentences that a converter fitted to its own sets missed on pages it had not
seen: a company named like a person that reports its results, an Indian sum in crore, a measure
opened by a word that keeps it the company's whole, growth written as "increase" or "grew", the
worth of a thing, a model's lower-case tier, a price per million "for input", the three models a
sentence counts, a role of several role words; and the page furniture round them (a reading time
after an icon's word, a registration wall, a "More on …" list, an aggregator's stamp, a wire
dateline with its day alone). Names and sentences written for these tests."""

from __future__ import annotations

import datetime as dt


from conftest import body_claims, body_lines, draft_page as draft, knowledge

K = knowledge()


def claims(body: str, title: str = "A headline about the news") -> list[tuple]:
    found = body_claims(body, title)
    return [(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in found]


def test_a_name_shaped_like_a_persons_that_reports_a_figure_is_a_company():
    assert ("Marvo Telecom", "net profit", 2000000000, None) in claims("Marvo Telecom reported net profit of $2 billion.")
    # a person reports from somewhere, and a person's name after "de" is another noun's
    assert claims("Jane Harlow reported from Kyiv that 300 people had fled.") == []
    assert claims("Le groupe de Larry Ellison affiche un bénéfice de 3 milliards de dollars.") == []
    # an index records a move and is no company
    assert not any(c[0] == "Philadelphia Semiconductor Index" and c[1] == "revenue"
                   for c in claims("The Philadelphia Semiconductor Index recorded a 9.2% decline on Monday."))


def test_an_apposition_whose_determiner_is_a_name_makes_the_name_a_company():
    out = claims("Marvo Telecom, India's second-biggest telecom operator, reported a net profit of ₹1,607 crore for the quarter.")
    assert ("Marvo Telecom", "net profit", 16070000000) in [c[:3] for c in out]


def test_indian_sums_in_crore_and_lakh_crore_and_the_rupee_abbreviation():
    assert [c[:3] for c in claims("Vantara Industries reported revenue of Rs 2.4 lakh crore in the quarter.")] == \
        [("Vantara Industries", "revenue", 2400000000000)]
    # ("Rs." ends no sentence before its sum)
    assert [c[:3] for c in claims("Infolane posted net profit of Rs. 6,368 crore.")] == [("Infolane", "net profit", 63680000000)]


def test_a_measure_opened_by_a_word_that_keeps_it_the_companys_whole_is_the_companys():
    page = "Nvidia reported record results on Wednesday.\n\n"
    assert ("NVIDIA", "net profit", 2000000000, None) in claims(page + "Consolidated net profit rose to $2 billion for the quarter.")
    assert ("NVIDIA", "net profit", 2000000000, "adjusted") in claims(page + "Adjusted net profit rose to $2 billion for the quarter.")
    # ("net" is the measure's own word: "net earnings" stays a net profit)
    assert ("NVIDIA", "net profit drop", 15, "Q3") in claims(page + "Third-quarter net earnings dropped, though, by 15 percent year-on-year.")
    # a part's own word is no such word
    assert not any(c[1] == "revenue" for c in claims(page + "Advertising revenue rose to $2 billion."))


def test_growth_written_as_an_increase_or_grew():
    assert ("NVIDIA", "revenue rise", 22.2, None) in claims("Nvidia on Monday reported a 22.2% increase in quarterly revenue.")
    assert ("NVIDIA", "revenue rise", 12, None) in claims("Nvidia's revenue grew 12% to $5 billion.")
    # a transitive verb's object is what grew, never the company's shares
    assert claims("Nvidia increased its stake in Arm to 5%.") == []


def test_a_change_a_relative_clause_gives_a_count_is_the_counts():
    out = claims("Xiaomi moved into third place with 47.1 million shipments in Q3 which is a remarkable 45% increase compared to last year.")
    assert not any(c[1].startswith("share price") for c in out)


def test_the_worth_of_a_thing_is_no_companys_valuation():
    assert claims("Marvo Telecom won 5G spectrum worth $5.4 billion in the auction.") == []
    assert ("Halvard", "valuation", 5000000000, None) in claims("Halvard, a startup worth $5 billion, said on Monday it would hire.")
    assert ("Halvard", "valuation", 5000000000, None) in claims("Halvard Robotics is a startup.\n\nHalvard is now worth $5 billion.") \
        or ("Halvard Robotics", "valuation", 5000000000, None) in claims("Halvard Robotics is a startup.\n\nHalvard Robotics is now worth $5 billion.")


def test_the_lower_case_tier_of_a_model_is_part_of_its_name():
    out = claims("GPT-4.1 nano is priced at $0.10/million for input and $0.40/million for output.")
    assert ("GPT-4.1 nano", "price per million input tokens", 0.1, None) in out
    assert ("GPT-4.1 nano", "price per million output tokens", 0.4, None) in out
    assert not any(c[0] == "GPT-4.1" for c in out)


def test_all_the_models_a_sentence_counts_can_handle_a_context():
    out = claims("OpenAI introduced three new models: GPT-4.1, GPT-4.1 mini and GPT-4.1 nano. "
                 "All three models can handle 1,047,576 tokens of input and 32,768 tokens of output.")
    assert ("GPT-4.1", "context window", 1047576, None) in out


def test_a_chip_counts_its_transistors():
    assert ("B200", "transistors", 208000000000, None) in claims("Nvidia launched its B200 GPU.\n\nThe B200 has 208 billion transistors.")


def test_a_role_of_several_role_words_is_one_role():
    out = claims('"It might," Executive Editor Bill Keller wrote in a memo to staff.')
    assert ("Bill Keller", "role", "Executive Editor", None) in out
    out = claims("Microsoft's Executive Vice President and Chief Financial Officer, Amy Hood, said sales were strong.")
    assert not any(c[0] == "Vice President" for c in out)


def test_a_reading_time_after_an_icons_word_is_no_headline_and_a_wall_ends_the_article():
    d = draft("FCA fines hit six-year high\n\nDue to four high value fines\n\nElliot Mercer\nclock • 1 min read\n\n"
              "The value of fines issued by the regulator has increased nearly fourfold to £577m, research by a law firm shows.\n\n"
              "The largest fine of £265m was imposed on a bank for failing to comply with anti-money laundering measures. ...\n\n"
              "To continue reading this article...\n\nJoin Adviser Weekly for free\n\n"
              "  • Unlimited access to real-time news, industry insights and market intelligence\n\nJoin\n\n"
              "Already a Adviser Weekly member?\n\nLogin\n\nMore on Regulation\n\nRegulator removes permissions from advice firm\n\n"
              "Jen Frost\nclock 22 December 2025 • 2 min read\n")
    assert d.title == "FCA fines hit six-year high"
    assert d.source.get("publisher") == "Adviser Weekly"
    lines = body_lines(d)
    assert not any("min read" in ln or "continue reading" in ln.lower() or "Unlimited access" in ln
                   or "More on Regulation" in ln or "removes permissions" in ln for ln in lines)
    assert any("£265m" in ln for ln in lines)


def test_an_aggregators_stamp_dates_the_item_and_names_its_outlet():
    d = draft("Latest news\n\n2024-08-02 00:09:51| Gadgetwire\n\n"
              "In a crushing quarterly update, Intel disclosed that it will cut more than 15 percent of its workforce, "
              "as part of a $10 billion cost-reduction plan to recover financial stability.\n")
    assert str(d.date) == "2024-08-02"
    assert d.source.get("publisher") == "Gadgetwire"


def test_a_wire_dateline_with_its_day_alone_names_the_wire_and_leaves_the_title():
    d = draft("Feb 29 (Reuters) - Robotics startup Figure said on Thursday it raised $675 million in a funding round "
              "from investors including Nvidia and Microsoft at a valuation of $2.6 billion.\n\n"
              "Sunnyvale, California-based Figure also said it signed a collaboration with OpenAI.\n")
    assert d.source.get("publisher") == "Reuters"
    assert d.title.startswith("Robotics startup Figure")


def test_an_ordinal_day_alone_under_the_headline_dates_the_page():
    d = draft("Three new models from OpenAI, including their cheapest model yet\n14th April 2025\n"
              "OpenAI introduced three new models this morning, each of them available only through the API for now, "
              "and all of them able to read a million tokens.\n")
    assert str(d.date) == "2025-04-14"


def test_blog_theme_furniture_and_an_image_file_name_leave_the_body():
    d = draft("Samsung leads the smartphone market\n\n"
              "Samsung shipped 80.2 million smartphones in the third quarter, ahead of Huawei and Xiaomi, the firm said.\n\n"
              "Meta_i_Almedalen\n\nSpread the love\n\nSource link\n\nPrevious Article\n\nNext Article\n\n"
              "Getting your Trinity Audio player ready...\n")
    lines = body_lines(d)
    for furniture in ("Meta_i_Almedalen", "Spread the love", "Source link", "Previous Article", "Next Article",
                      "Getting your Trinity Audio player ready..."):
        assert furniture not in lines


def test_two_changes_of_one_measure_are_told_apart_by_their_bases():
    out = claims("Nvidia's revenue rose to $39.3 billion, marking a 12% increase from the previous quarter "
                 "and a 78% jump year-over-year.")
    assert ("NVIDIA", "revenue growth", 12, "quarter on quarter") in out
    assert ("NVIDIA", "revenue growth", 78, "year on year") in out
    # a change with no base after it keeps none
    assert ("NVIDIA", "revenue rise", 12, None) in claims("Nvidia's revenue rose 12% to $39 billion.")


def test_a_name_that_says_what_its_results_were_is_a_company():
    assert ("Castellan", "net profit rise", 32, None) in claims("Castellan said its net profit jumped 32 percent.")
    out = claims("The eurozone's biggest lender, Spain's Castellan, said Tuesday its first quarter net profit jumped 32 percent "
                 "as a recovery in its home market boosted revenue.")
    assert ("Castellan", "net profit rise", 32, "Q1") in out
    # a person who speaks of "its" results is no company
    assert claims("Jane Harlow said its net profit jumped 32 percent.") == []


def test_a_place_before_based_is_the_named_companys_seat():
    assert ("Corvane", "headquarters", "Toronto", None) in claims("Toronto-based Corvane said it raised $270 million.")
    out = claims("Robotics startup Corvane said on Thursday it raised $675 million in a funding round.\n\n"
                 "Sunnyvale, California-based Corvane also said it signed a collaboration with OpenAI.")
    assert ("Corvane", "headquarters", "Sunnyvale", None) in out
    # a team's or a plant's seat is not the company's, and the seat is the name's right after "-based", no one else's
    assert not any(c[1] == "headquarters" for c in claims("The Toronto-based team of Corvane grew."))
    out = claims("COLUMBUS, Ohio (AP) — Intel Corp. will break ground on its planned $20 billion Ohio semiconductor facilities, "
                 "the company said Thursday.\n\nIt's Ohio's largest ever private economic development project.\n\n"
                 "To win the project, Ohio offered California-based Intel roughly $2 billion in incentives.")
    assert not any(c[0] == "Ohio" and c[1] == "headquarters" for c in out)


def test_a_measure_of_its_own_keeps_its_gross():
    out = claims("BNP Paribas reported results.\n\nGross operating profit leapt 48% to €4.13bn from €2.79bn.")
    assert not any(c[1].startswith("operating profit") for c in out)


def test_other_languages_teasers_calls_to_action_and_a_wire_label():
    d = draft("Chemie: Große Firmenübernahmen in Deutschland und weltweit\n\nDirekt aus dem dpa-Newskanal\n\n"
              "Leverkusen (dpa) - Der Chemiekonzern Halvora übernimmt den Saatguthersteller Corvant für rund 66 Milliarden Dollar, "
              "die größte Übernahme eines deutschen Konzerns.\n\nZur SZ-Startseite\n\nJetzt entdecken\n\n"
              "Leia também: Duas em cada três operações bancárias são feitas via internet e telefone\n\n입력\n\n수정\n")
    assert d.source.get("publisher") == "dpa"
    lines = body_lines(d)
    for furniture in ("Direkt aus dem dpa-Newskanal", "Zur SZ-Startseite", "Jetzt entdecken", "입력", "수정"):
        assert furniture not in lines
    assert not any(ln.startswith("Leia também") for ln in lines)
    assert any("66 Milliarden Dollar" in ln for ln in lines)


def test_a_market_trackers_shipments_and_a_trillion_written_tr():
    assert ("Samsung", "units shipped", 80200000, None) in claims("Samsung led with 80.2 million shipments.")
    assert ("NVIDIA", "market value", 3156000000000, None) in claims("Nvidia had a market capitalisation of $3.156tr.")
    # the quarter of the clause after the figure is that clause's
    out = claims("Apple slid down to number four with 43.2 million shipments, but will likely be able to regain "
                 "the number 3 spot in Q2 thanks to the launch of a new phone.")
    assert ("Apple", "units shipped", 43200000, None) in out


def test_more_measures_open_a_results_sentence_and_a_measure_that_opens_one_is_no_name():
    page = "Telekom Halvora Group reported results on Tuesday.\n\n"
    assert ("Telekom Halvora Group", "capital expenditure", 205100000, "Q3") in claims(page + "Capex for Q3 increased to EUR 205.1 mn (+19.6%).")
    out = claims(page + "Bookings rose 12% to $1 billion.")
    assert ("Telekom Halvora Group", "bookings", 1000000000, None) in out
    assert not any(c[0] == "Bookings" for c in out)


def test_link_lines_under_a_label_widgets_and_a_stamp_with_a_comma_after_its_month():
    d = draft("Airline owner posts record profit despite delivery delays\n\nShare:\n\nPublished: Feb, 28 2025 10:08\n\n"
              "The airline group said on Friday that its operating profit rose to a record 4.3 billion euros in 2024, "
              "helped by strong demand for transatlantic travel.\n\nAlso: How to pick a seat on a long flight\n\n"
              "Read: Why airlines are short of new planes\n\nAdvertisement Advertisement\n\nClose ×\n\n+21.81%\n\n-8.92%\n\n"
              "Download PDF: Aviation Review Magazine April 2025 Issue\n\n댓글 (0)\n\n댓글 작성\n")
    assert str(d.date) == "2025-02-28"
    lines = body_lines(d)
    for furniture in ("Share:", "Advertisement Advertisement", "Close ×", "+21.81%", "-8.92%", "댓글 (0)", "댓글 작성"):
        assert furniture not in lines
    assert not any(ln.startswith(("Also:", "Read:", "Download PDF", "Published")) for ln in lines)
    assert any("4.3 billion euros" in ln for ln in lines)


def test_a_byline_beside_a_stamp_under_the_dek_and_an_authors_box_after_the_article():
    d = draft("Unity cuts 1,800 jobs\n\nThe engine maker will cut nearly a quarter of its workforce to focus on profitability.\n"
              "9 Jan 2024\nLeah J. Marlow\n\nFollowing a tumultuous year, the company has announced it will make significant cuts "
              "to its workforce in its largest round of layoffs ever, around 1,800 jobs.\n")
    assert d.source.get("author") == "Leah J. Marlow" and "Leah J. Marlow" not in body_lines(d)
    d = draft("Microsoft's profit rises to $24.7bn\n\nMicrosoft increased its profit by 11 per cent year-on-year to $24.7bn "
              "for the third quarter, driven by growth in its cloud and productivity businesses.\n\n"
              "The company's revenue rose to $65.6bn, marking a 16 per cent increase year-over-year.\n\nJustin Okoro\n\n"
              "Justin has over three years experience spanning digital and print media, and currently covers technology.\n")
    assert d.source.get("author") == "Justin Okoro"
    assert not any("three years experience" in ln or ln == "Justin Okoro" for ln in body_lines(d))
    # a profile's heading and its first paragraph are no author's box
    d = draft("Who runs the chip makers\n\nThe industry's leaders have changed a lot over the past decade, and three of them stand out "
              "for how long they have led their companies.\n\nLisa Marten\n\nShe has led the company since 2014 and doubled its sales.\n")
    assert d.source.get("author") is None and any("Lisa Marten" in ln for ln in body_lines(d))


def test_a_banks_and_a_marketplaces_measures():
    page = "Halvora Bank reported results on Tuesday.\n\n"
    assert ("Halvora Bank", "net interest income rise", 42.1, None) in claims(page + "Net interest income rose 42.1%.")
    out = claims(page + "Net customer loans fell 3.7% to €105.4 billion.")
    assert ("Halvora Bank", "customer loans", 105400000000, None) in out
    assert ("NVIDIA", "free cash flow", 2000000000, None) in claims("Nvidia's free cash flow rose to $2 billion.")
    assert ("NVIDIA", "gross merchandise value", 2000000000, None) in claims("Nvidia's GMV rose 12% to $2 billion.")


def test_a_measures_word_before_a_participle_modifies_the_noun_after():
    out = claims("Telekom Halvora Group reported results on Tuesday.\n\nThe number of revenue generating units (RGUs) rose by 1.7%.")
    assert not any(c[1].startswith("revenue") for c in out)
    assert ("Telekom Halvora Group", "revenue rise", 1.7, None) in claims("Telekom Halvora Group reported results on Tuesday.\n\n"
                                                                           "Revenue rose by 1.7%.")


def test_a_results_table_of_periods_gives_the_pages_company_its_figures_per_period():
    from digest.convert.draft import claims_for

    page = ("Kestrelingo Reports Third Quarter 2025 Financial Results\n\n"
            "Kestrelingo, Inc. (NASDAQ: KSTL), a maker of language apps, reported its financial results for the "
            "third quarter ended September 30, 2025.\n\n"
            "Key Financial Metrics\n\n"
            "Metric Q3 2025 Q3 2024 YoY Change (%) Consensus Estimates (Q3 2025)\n"
            "Total Revenue $88.1M $70.4M +25% $86.0M\n"
            "Net Income $9.2M $1.1M +736% -\n"
            "Adjusted EBITDA $20.3M $12.8M +59% -\n"
            "Net Loss 41.2 38.0 +8% -\n"
            "Monthly Active Users (MAUs) 90.2M 71.0M +27% -\n\n"
            "Kestrelingo beat the estimates for the quarter. Kestrelingo reported robust growth in paid users.\n")

    def got(text):
        d = draft(text)
        return {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in claims_for(d, K)}

    found = got(page)
    assert {("Kestrelingo", "revenue", 88100000, "Q3 2025"), ("Kestrelingo", "revenue", 70400000, "Q3 2024"),
            ("Kestrelingo", "net profit", 9200000, "Q3 2025"), ("Kestrelingo", "net profit", 1100000, "Q3 2024")} <= found
    # a count keeps the kind its label names
    assert ("Kestrelingo", "monthly active users", 90200000, "Q3 2025") in found
    # not the change, not the estimate, not a basis the label adds ("Adjusted"), not a sum with no currency
    assert {c[1] for c in found if c[3] in ("Q3 2025", "Q3 2024")} == {"revenue", "net profit", "monthly active users"}
    assert not any(c[2] in (86000000, 20300000, 41200000) for c in found)
    # the same table under a heading that names another company is not the page's company's
    other = page.replace("Key Financial Metrics", "Harbor Robotics in figures").replace(
        "a maker of language apps,", "a maker of language apps and the owner of Harbor Robotics,")
    assert not any(c[3] in ("Q3 2025", "Q3 2024") for c in got(other))


def test_a_legal_form_after_a_comma_makes_a_company():
    from digest.extract.propernames import discover

    found = discover(["Kestrel Learning, Inc. (NASDAQ: KSTL), a maker of language apps, reported its results."], K)
    assert found.get("Kestrel Learning") == ("Kestrel Learning", "lab")
    # a place's or a title's letters after a comma are no legal form
    assert discover(["Jane Roe, AG of Ohio, sued the firm on Monday."], K).get("Jane Roe", ("", "person"))[1] != "lab"


def test_an_aside_with_a_measure_of_the_name_it_describes():
    got = claims("Marvo Soft, the world's third most valuable software maker with a market capitalisation of "
                 "$3.1 trillion, reported diluted earnings per share of $3.30, a 10 per cent rise from the previous year.")
    assert ("Marvo Soft", "market value", 3100000000000, None) in got
    # the aside's figure does not keep the verb after it from its subject, and the verb after it is no aside:
    # the rise is the earnings per share's, the figure before it
    assert ("Marvo Soft", "earnings per share", 3.3, None) in got
    assert ("Marvo Soft", "earnings per share rise", 10, None) in got
    assert not any(c[1] == "market value rise" for c in got)


def test_a_deal_price_restated_for_one_share():
    got = claims("Vantor is to acquire Halcyon for $28 billion, or about $157 per share, in cash.")
    assert ("Halcyon", "deal price", 28000000000, "by Vantor") in got
    assert ("Halcyon", "deal price per share", "~157", "by Vantor") in got
    # a multiple after "or" is no price
    assert [c[1] for c in claims("Vantor is to acquire Halcyon for $28 billion, or 12 times its sales.")] == ["deal price"]


def test_a_models_longest_answer_and_its_knowledge_cutoff():
    got = claims("Orion-4 has a max output of 64K tokens and a knowledge cutoff of October 2023.")
    assert ("Orion-4", "max output tokens", 64000, None) in got
    assert ("Orion-4", "knowledge cutoff", "2023-10", None) in got
    # a price per output token is no limit on output
    assert not any(c[1] == "max output tokens" for c in claims("Orion-4 costs $8 per million output tokens."))


def test_a_name_only_written_as_the_source_of_figures_is_not_what_the_page_is_about():
    body = ("The value of fines issued by the regulator has increased nearly fourfold to £577m, research by law firm "
            "Harlow Legal shows.\n\n"
            "The increase in the value of fines was largely due to four large fines worth well over £50m issued this year. "
            "The largest fine of £265m was imposed on Marvo Bank for failing to comply with anti-money laundering rules.")
    got = claims(body, "Fines hit a six-year high")
    assert not any(c[0] == "Harlow Legal" for c in got)
    assert ("Marvo Bank", "fine", 265000000, None) in got


def test_the_round_a_possessor_owns_was_led_by_its_investor():
    from digest.extract.claims import Unit, extract_claims

    text = "Orbital Labs's funding was led by Canada's Harbor Capital and joined by other investors such as Vela Partners."
    names = {"Orbital Labs": ("Orbital Labs", "lab"), "Harbor Capital": ("Harbor Capital", "lab"),
             "Vela Partners": ("Vela Partners", "lab")}
    got = extract_claims([Unit("sentence", text, text)], K, dt.date(2025, 3, 10), "Orbital Labs", set(), names=names)
    assert ("Orbital Labs", "round led by", "Harbor Capital") in {(c["subject"], c["attribute"], c["value"]) for c in got}
    # a possessor of another noun is still not the subject ("… 's chief said it is available on Azure")
    text = "Orbital Labs's assistant is available on Azure."
    got = extract_claims([Unit("sentence", text, text)], K, dt.date(2025, 3, 10), "Orbital Labs", set(), names=names)
    assert not any(c["subject"] == "Orbital Labs" and c["attribute"] != "role" for c in got)
