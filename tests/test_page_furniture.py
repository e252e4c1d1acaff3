"""Page furniture, headline, byline, stamps, sections, tables and language read from text dumps.

Every page here is written for the test in the shapes scraped pages take; none is copied from a set.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.config import load_knowledge
from digest.extract.entry import extract_entry
from digest.extract.language import detect_language, guess_language
from digest.extract.metadata import title_from_lede
from digest.extract.tables import rebuild_tables

from conftest import body_lines, draft_page as draft

ROOT = Path(__file__).resolve().parent.parent
K = load_knowledge(str(ROOT / "site_config"))

LEDE = ("Harbor Robotics said on Tuesday that its warehouse arm can now sort 1,200 parcels an hour, "
        "twice the rate of the model it sold last year, and that three retailers have signed up.")
MORE = ("The company did not say what the arm costs, but analysts put the figure near $90,000 per unit, "
        "which would make it cheaper than the older model it replaces in most of its markets.")


def test_breadcrumb_promo_and_counter_give_way_to_the_repeated_headline():
    d = draft("\n".join([
        "Start / Business / Robotics / Harbor Robotics Doubles Sorting Speed With New Arm",
        "4 min read",
        "",
        "🚀 Grab your FREE robotics newsletter today — Sign up (click here)",
        "Harbor Robotics Doubles Sorting Speed With New Arm",
        "",
        "Harbor Robotics Doubles Sorting Speed With New Arm",
        "",
        LEDE, "", MORE,
    ]))
    assert d.title == "Harbor Robotics Doubles Sorting Speed With New Arm"
    lines = body_lines(d)
    assert not any("Start / Business" in ln or "min read" in ln or "newsletter" in ln for ln in lines)
    assert not any("Doubles Sorting Speed" in ln for ln in lines)
    assert any(ln.startswith("Harbor Robotics said on Tuesday") for ln in lines)


def test_the_pages_header_between_the_headline_and_its_copy_is_furniture():
    d = draft("\n".join([
        "Harbor Robotics Doubles Sorting Speed With New Arm", "", "22", "HRBR.O", "Illustration by Example Wire", "",
        "Harbor Robotics Doubles Sorting Speed With New Arm", "", LEDE, "", "Key Figures", "", MORE,
    ]))
    assert d.title == "Harbor Robotics Doubles Sorting Speed With New Arm"
    lines = body_lines(d)
    assert not ({"22", "HRBR.O", "Illustration by Example Wire", "## 22", "## HRBR.O"} & lines)
    assert any(ln.startswith("Harbor Robotics said on Tuesday") for ln in lines)
    assert "## Key Figures" in lines   # a heading of the article, after the copy, stays


def test_a_syndication_notice_glued_to_the_last_paragraph_names_the_publisher():
    d = draft("\n".join(["Wirely logo", "", "Harbor Robotics Doubles Sorting Speed With New Arm", "", LEDE, "",
                         MORE + "This article originally appeared on Example Wire at https://example.com/story?src=rss"]))
    assert d.source["publisher"] == "Example Wire" and d.source["via"] == "Wirely"
    assert not any("originally appeared" in ln for ln in body_lines(d))
    assert any(ln.endswith(MORE[-20:]) for ln in body_lines(d))   # the paragraph stays


def test_category_label_above_the_headline_is_not_the_title():
    d = draft("Markets & IndustryScience\n\nHarbor Robotics Arm Sorts 1,200 Parcels an Hour\n\n" + LEDE + "\n")
    assert d.title == "Harbor Robotics Arm Sorts 1,200 Parcels an Hour"
    assert "Markets & IndustryScience" not in d.body


def test_caption_and_kicker_above_headline_dek_and_byline():
    d = draft("\n".join([
        "Gadgets",
        "Photo of the sorting arm in a test warehouse",
        "Outlet Weekly",
        "",
        "A robot arm that sorts faster than people do is about to change warehouses",
        "",
        "Three things to know about Harbor's new machine",
        "",
        "Dana Whitfield",
        "",
        LEDE,
    ]))
    assert d.title == "A robot arm that sorts faster than people do is about to change warehouses"
    assert d.source["author"] == "Dana Whitfield"
    lines = body_lines(d)
    assert not {"Gadgets", "Outlet Weekly", "Dana Whitfield"} & lines
    assert not any(ln.startswith("Photo of") for ln in lines)
    assert any(ln.endswith("Three things to know about Harbor's new machine") for ln in lines)


def test_name_above_its_stamp_is_the_author_and_the_label_is_not():
    d = draft("\n".join([
        "Harbor Robotics Doubles Sorting Speed",
        "",
        "Last Updated June 2, 2025 9:15 AM",
        "Dana Whitfield",
        "Last Updated June 2, 2025 9:15 AM",
        "",
        "Key Points",
        "",
        "- The arm sorts 1,200 parcels an hour.",
        "",
        LEDE,
    ]))
    assert "## Key Points" in d.body
    assert d.source["author"] == "Dana Whitfield"
    assert str(d.date) == "2025-06-02"
    assert "Last Updated" not in d.body and "Dana Whitfield" not in d.body


def test_one_word_byline_names_a_company_not_an_author():
    d = draft("Harbor Arm Pricing Explained\n\nBy Harbor\n\n" + LEDE + "\n")
    assert d.source["author"] is None


@pytest.mark.parametrize("stamp, day", [
    ("Actualizado: 2025-11-02", "2025-11-02"),
    ("June 3, 2025(Updated: June 4, 2025)", "2025-06-03"),
    ("Publicado el 3 de junio de 2025", "2025-06-03"),
    ("Publicado: 3 jun 2025 - 14:34 Actualizado: 4 jun 2025 - 09:10", "2025-06-03"),
])
def test_publication_stamps_in_several_shapes_and_languages(stamp, day):
    d = draft(f"Harbor Robotics Doubles Sorting Speed\n\n{stamp}\n\n{LEDE}\n")
    assert str(d.date) == day
    assert stamp not in d.body


def test_review_box_shown_twice_is_furniture_and_its_date_is_not_the_publication_date():
    box = ["Last checked", "Mar 3, 2025", "Citations", "7 citations", "Status", "Checked"]
    d = draft("\n".join(["Harbor Arm", *box, *box, LEDE]))
    assert d.title == "Harbor Arm"
    lines = body_lines(d)
    assert not {"Last checked", "7 citations", "Status", "Checked"} & lines
    assert d.date is None


def test_comment_form_and_related_list_end_the_article_and_the_footer_names_the_outlet():
    d = draft("\n".join([
        "Harbor Robotics Doubles Sorting Speed", "", LEDE, "", MORE, "",
        "Written by", "Dana Whitfield", "",
        "Leave a Reply", "",
        "Your email address will not be published. Required fields are marked *", "",
        "Stay updated with outletweekly.net. Add us to your sources.", "",
        "Related Articles", "", "Ten Gadgets for Your Kitchen", "Lifestyle & Home",
    ]))
    assert "Ten Gadgets" not in d.body
    assert d.source["author"] == "Dana Whitfield"
    assert d.source["publisher"] == "outletweekly.net"
    for gone in ("Written by", "Leave a Reply", "Your email", "Stay updated", "Related Articles", "Ten Gadgets"):
        assert gone not in d.body
    assert "analysts put the figure" in d.body


def test_monogram_masthead_names_the_outlet_and_a_mascot_caption_too():
    d = draft("W Wharf Tech Daily\nModel\n\nHarbor Arm (2025-06)\n\n" + LEDE + "\n")
    assert d.source["publisher"] == "Wharf Tech Daily"
    assert d.title == "Harbor Arm (2025-06)"
    d = draft("Wharfy mascot — waving at the reader.\n\nHarbor Arm Sorts Faster\n\n" + LEDE + "\n")
    assert d.source["publisher"] == "Wharfy"


def test_outlet_is_never_invented():
    d = draft("Harbor Robotics Doubles Sorting Speed\n\n" + LEDE + "\n\n" + MORE + "\n")
    assert d.source["publisher"] is None and d.source["author"] is None


def test_contents_label_anchor_marks_widget_words_counters_and_caption_pairs():
    d = draft("\n".join([
        "Harbor Robotics Doubles Sorting Speed", "", LEDE, "",
        "Table of Contents #", "",
        "  1. Why speed matters — the short version",
        "  2. What it costs — the numbers", "",
        "Why Speed Matters#", "", MORE, "",
        "python", "",
        "The arm on a test line in Rotterdam, sorting parcels",
        "The arm on a test line in Rotterdam, sorting parcels – Click to enlarge", "",
        "12 comments",
    ]))
    lines = body_lines(d)
    assert "## Why Speed Matters" in lines
    assert not any("Table of Contents" in ln for ln in lines)
    assert "- Why speed matters — the short version" in lines   # the entries summarise the sections
    assert "python" not in lines and "12 comments" not in lines
    assert not any("test line in Rotterdam" in ln for ln in lines)
    assert "Why Speed Matters" in d.structure.sections


def test_title_cased_lines_alone_are_headings_even_before_code_or_at_the_end():
    d = draft("\n".join([
        "Harbor Arm Notes", "", LEDE, "",
        "Speed Figures Compared", "",
        "arm_speed:", "  parcels_per_hour: 1200", "  previous: 600", "  source: vendor", "",
        "Pricing Outlook", "", "Costs fall.", "",
        "What Comes Next",
    ]))
    assert {"Speed Figures Compared", "Pricing Outlook", "What Comes Next"} <= set(d.structure.sections)
    assert "Costs fall." not in d.structure.sections


def test_flattened_tables_rebuilt_in_three_shapes():
    spaced = rebuild_tables(["Robot    Speed    Price", "Arm A    1200/h    $90k", "Arm B    600/h    $120k"])
    assert spaced == ["| Robot | Speed | Price |", "| Arm A | 1200/h | $90k |", "| Arm B | 600/h | $120k |"]
    single = rebuild_tables(["Task Arm A Arm B Hand-9 Pro", "Sorting (boxes) 98.1 91.0 88.5",
                             "Picking 95.2 90.3 80.0"])
    assert single[0] == "| Task | Arm A | Arm B | Hand-9 Pro |"
    assert single[1] == "| Sorting (boxes) | 98.1 | 91.0 | 88.5 |"
    glued = rebuild_tables(["TaskArm OneArm TwoHand-9 Pro", "Sorting98.1%91.0%88.5%", "Picking95.2%90.3%80.0%"])
    assert glued == ["| Task | Arm One | Arm Two | Hand-9 Pro |", "| Sorting | 98.1% | 91.0% | 88.5% |",
                     "| Picking | 95.2% | 90.3% | 80.0% |"]


def test_a_comparison_flattened_to_single_spaces_is_rebuilt_by_its_like_shaped_columns():
    lines = ["Feature Orca Vega 4 Orca Lyra 4", "Positioning Flagship, long-running tasks Cost-effective, everyday work",
             "Context Window 200K tokens 200K tokens", "Max Output 32K tokens 16K tokens",
             "API Pricing $15 / $75 per MTok $3 / $15 per MTok", "SWE-bench 72.5% 72.7%", "Extended Thinking", "",
             "Notably, Lyra 4 costs less."]
    out = rebuild_tables(lines)
    assert len(out) == len(lines)   # one line out per line in
    assert out[:6] == ["| Feature | Orca Vega 4 | Orca Lyra 4 |",
                       "| Positioning Flagship, long-running tasks Cost-effective, everyday work |  |  |",
                       "| Context Window | 200K tokens | 200K tokens |", "| Max Output | 32K tokens | 16K tokens |",
                       "| API Pricing | $15 / $75 per MTok | $3 / $15 per MTok |", "| SWE-bench | 72.5% | 72.7% |"]
    assert out[6:] == lines[6:]
    # two sentences and a list of years do not split into like-shaped halves
    prose = ["Results for two years", "Revenue rose 12% in 2024 and 15% in 2025 as demand grew strongly.",
             "Sales 2024 2025", "Profit fell in both years."]
    assert rebuild_tables(prose) == prose


def test_a_results_table_flattened_with_empty_cells_and_units_apart():
    lines = ["Metric Q3 2025 Q3 2024 YoY Change (%) Analysts' Estimates (Q3 2025)",
             "Total Revenue $88.1M $70.4M +25% $86.0M", "Net Income $9.2M $1.1M +736% -",
             "Operating Margin (%) 14.0% 9.5% +4.5 pp -", "Free Cash Flow $20.3M $12.8M +59% n/a"]
    assert rebuild_tables(lines) == [
        "| Metric | Q3 2025 | Q3 2024 | YoY Change (%) | Analysts' Estimates (Q3 2025) |",
        "| Total Revenue | $88.1M | $70.4M | +25% | $86.0M |", "| Net Income | $9.2M | $1.1M | +736% | - |",
        "| Operating Margin (%) | 14.0% | 9.5% | +4.5 pp | - |", "| Free Cash Flow | $20.3M | $12.8M | +59% | n/a |"]
    # a header whose words could be cut in more than one way is cut only where the periods say
    assert rebuild_tables(["Operating Metric Q3 2025 Q3 2024 YoY Change (%)", "Monthly Users 90.2M 71.0M +27%",
                           "Paid Users 7.1M 5.0M +42%"])[0] == "| Operating Metric | Q3 2025 | Q3 2024 | YoY Change (%) |"
    # a word each period column shares stays with its period, and a bracketed part is no column of its own
    assert rebuild_tables(["Segment Q3 2025 Revenue Q3 2024 Revenue YoY Change (%)", "Subscriptions $70.5M $52.4M +35%",
                           "Advertising $10.1M $8.0M +26%"])[0] == "| Segment | Q3 2025 Revenue | Q3 2024 Revenue | YoY Change (%) |"
    # empty cells alone make no row
    rows = ["Results by quarter", "Revenue - - -", "Profit - - -"]
    assert rebuild_tables(rows) == rows


def test_prose_with_numbers_is_not_a_table():
    prose = ["The arm sorts 1,200 parcels an hour, up from 600.", "Prices start at $90,000 in 2025 and 2026."]
    assert rebuild_tables(prose) == prose
    header_mismatch = ["Notes", "Sorting 98.1 91.0", "Picking 95.2 90.3"]
    assert rebuild_tables(header_mismatch) == header_mismatch


def test_rebuilt_table_claims_quote_the_source_rows():
    from digest.extract.units import units_from_structure

    d = draft("Harbor Arm Benchmarks\n\n" + LEDE + "\n\nTask Arm A Arm B\nSorting 98.1 91.0\nPicking 95.2 90.3\n")
    assert d.structure.tables == 1
    quotes = [u.quote for u in units_from_structure(d.structure) if u.kind == "table"]
    assert quotes == ["Sorting 98.1 91.0", "Picking 95.2 90.3"]


@pytest.mark.parametrize("text, lang", [
    ("Las acciones de la empresa cayeron un 13% el lunes tras el anuncio de su rival chino.", "es"),
    ("Die Aktie des Unternehmens fiel am Montag um 13 Prozent, nachdem der Rivale sein Modell zeigte.", "de"),
    ("L'action de l'entreprise a chuté de 13 % lundi après l'annonce de son concurrent chinois.", "fr"),
    ("The company's shares fell 13% on Monday after its Chinese rival released a cheaper model.", "en"),
    ("该公司周一股价下跌百分之十三，原因是竞争对手发布了更便宜的模型。", "zh"),
    ("同社の株価は月曜日に13％下落した。ライバルが安いモデルを発表したためだ。", "ja"),
])
def test_language_detected_for_every_page(text, lang):
    assert detect_language(text) == lang


def test_too_little_text_to_tell_falls_back_to_english():
    assert guess_language("GPT-4o 2024") == (None, 0.0)
    assert detect_language("GPT-4o 2024") == "en"


def test_spanish_dump_is_labelled_spanish():
    d = draft("Las acciones de Nvidia cayeron un 13% en la apertura del lunes y arrastraron consigo una "
              "pérdida de unos 465.000 millones de dólares en capitalización de mercado.\n0 Comentarios\n")
    assert d.language == "es"
    assert "Comentarios" not in d.body


def test_long_lede_titles_keep_a_prefix_that_reaches_the_verb():
    lede = ("Barely a year after its first arm reached warehouses in three countries, the robotics maker that "
            "hopes to automate every loading dock in Europe, is already shipping a successor that sorts twice as fast.")
    title = title_from_lede(lede)
    assert len(title) <= 150
    # (cut at a word, not after "…, the robotics maker that …": the subject and its apposition alone are no title)
    assert lede.startswith(title.rstrip("…")) and len(title.split()) >= 6 and ", is" in title


def test_teaser_list_in_the_second_half_goes_with_its_label():
    d = draft("\n".join(["Harbor Robotics Doubles Sorting Speed", "", LEDE, "", MORE, "",
                         "You may also like", "- Ten Gadgets for Your Kitchen", "- A Drone That Waters Plants"]))
    assert "Ten Gadgets" not in d.body and "You may also like" not in d.body
    assert "analysts put the figure" in d.body


def test_html_pages_and_feed_items_use_the_same_vocabulary():
    from digest.sources.blocks import html_to_markdown

    md = html_to_markdown("<p>The arm sorts parcels twice as fast as before, the company said.</p>"
                          "<p>Related stories</p><ul><li>Ten Gadgets</li><li>A Drone</li></ul>"
                          "<p>© 2025 Outlet Weekly. All rights reserved.</p>", K)
    assert "twice as fast" in md
    assert "Ten Gadgets" not in md and "Related stories" not in md and "rights reserved" not in md


def test_a_section_heading_under_headline_and_dek_is_not_an_author():
    d = draft("\n".join(["Harbor Arm Doubles Sorting Speed", "",
                         "Three retailers have signed up to test the machine", "",
                         "Market Reaction", "", "Shares in Harbor rose 4% as the market reaction to the "
                         "news spread through the sector and traders bought the stock on Tuesday morning.", "",
                         "Last Updated June 2, 2025", "Sorting Speeds", "", MORE]))
    assert d.source["author"] is None
    assert "Market Reaction" in d.body and "Sorting Speeds" in d.body


def test_a_heading_printed_across_two_lines_of_a_hard_wrapped_page():
    wrapped = "\n".join([
        "Harbor Arm Notes",
        "Remember the feeling when",
        "parcels went from slow belts to fast arms? That is the kind of leap the new",
        "machine brings to warehouses, and it is why buyers are lining up to test",
        "it in three countries this summer, the company said on Tuesday morning.",
        "From Slow Belts to Fast Arms: The Sorting",
        "Revolution",
        "Harbor, known for careful engineering and slow releases, had placed its older arm as a middle option.",
        "The new arm changes that, and buyers noticed quickly when the first",
        "figures came out in the spring of this year from the test sites.",
    ])
    d = draft(wrapped)
    assert "From Slow Belts to Fast Arms: The Sorting Revolution" in d.structure.sections


def test_stamp_dates_read_in_the_pages_language():
    from digest.extract.dates import parse_date

    assert str(parse_date("02/03/2025", "es")[0]) == "2025-03-02"
    assert str(parse_date("02/03/2025", "en")[0]) == "2025-02-03"
    assert parse_date("2. Juni 2025", "de") == (parse_date("June 2, 2025")[0], False)
    assert parse_date("2024年3月4日", "zh")[1] is False   # the year is stated


@pytest.mark.parametrize("text, author, day, lang", [
    ("Startseite > Technik > Roboter\nRoboterarm sortiert doppelt so schnell\nVon Anna Weber\n"
     "3. Juni 2025, 09:30 Uhr\nDas Hamburger Unternehmen hat am Dienstag einen Roboterarm vorgestellt, der nach "
     "eigenen Angaben doppelt so viele Pakete in der Stunde sortiert wie das ältere Modell.\n",
     "Anna Weber", "2025-06-03", "de"),
    ("Accueil / Tech / Robots\nUn bras robot qui trie deux fois plus vite\nPar Claire Martin\n"
     "Publié le 3 juin 2025\nLa société a présenté mardi un bras robotisé qui, selon elle, trie deux fois "
     "plus de colis par heure que le modèle précédent vendu l'an dernier.\n",
     "Claire Martin", "2025-06-03", "fr"),
    ("Tecnología\nUn brazo robótico que clasifica el doble de rápido\nPor Lucía Gómez\n3 de junio de 2025\n"
     "La empresa presentó el martes un brazo robótico que, según sus responsables, clasifica el doble de "
     "paquetes por hora que el modelo que vendía el año pasado.\n",
     "Lucía Gómez", "2025-06-03", "es"),
])
def test_bylines_and_stamps_of_pages_in_other_languages(text, author, day, lang):
    d = draft(text)
    assert (d.source["author"], str(d.date), d.language) == (author, day, lang)
    assert author not in d.body and len(d.body.strip().splitlines()) == 1


def test_a_byline_shown_twice_with_a_blank_line_between():
    d = draft("Harbor Robotics Doubles Sorting Speed\n\nDana Whitfield\n\nDana Whitfield\n\n" + LEDE + "\n")
    assert d.source["author"] == "Dana Whitfield"
    assert "Dana Whitfield" not in d.body


def test_a_more_heading_over_prose_is_not_a_teaser():
    d = draft("\n".join(["Harbor Robotics Doubles Sorting Speed", "", LEDE, "", "More Details", "",
                         "The arm ships in September to the first three customers, the company said.", "",
                         "- Arm weight: 40 kg", "- Reach: 1.2 m"]))
    assert "More Details" in d.body and "ships in September" in d.body and "Reach: 1.2 m" in d.body


def test_headlines_and_quotes_with_spanish_and_french_punctuation_stay():
    d = draft("Tecnología\n¿Podrá el brazo robótico de Harbor cambiar los almacenes?\n\n"
              "La empresa presentó el martes un brazo robótico que clasifica el doble de paquetes por hora que "
              "el modelo anterior, según sus responsables.\n\nEl director dijo: «Es un gran avance»\n")
    assert d.title == "¿Podrá el brazo robótico de Harbor cambiar los almacenes?"
    assert "«Es un gran avance»" in d.body
    assert "Tecnología" not in d.body


def test_a_short_title_starting_with_a_year_is_not_a_counter():
    d = draft("2025 Recap\n\n" + LEDE + "\n\n" + MORE + "\n")
    assert d.title == "2025 Recap"


def test_an_empty_ranked_widget_and_its_foreign_label_at_the_end_go():
    d = draft("Harbor Robotics Doubles Sorting Speed\n\n" + LEDE + "\n\n" + MORE + "\n\n热门话题\n\n"
              + "\n".join(f"  {n}. {n}\n     \n     " for n in range(1, 6)))
    assert "热门话题" not in d.body and "- 3" not in d.body
    assert d.body.rstrip().endswith("most of its markets.")


def test_a_byline_with_the_writers_role_and_a_numbered_list_at_the_top():
    d = draft("OPENAI UNVEILS NEW REASONING MODEL\nPublished: 12 March 2025\nJane Smith, Technology Reporter\n"
              + LEDE + "\n")
    assert d.source["author"] == "Jane Smith" and "Technology Reporter" not in d.body
    d = draft("Top 3 Sorting Arms of 2025\n1. Harbor Arm\n2. Dock Hand Pro\n3. Crate Mate\n" + LEDE + "\n")
    assert "- Crate Mate" in d.body and "- Dock Hand Pro" in d.body


def test_a_name_over_its_handle_is_the_author_not_the_title():
    d = draft("Dana Whitfield\n@danaw\n" + LEDE + "\n1.2M Views\n")
    assert d.source["author"] == "Dana Whitfield"
    assert d.title != "Dana Whitfield" and "@danaw" not in d.body and "Views" not in d.body


def test_navigation_and_account_controls_above_the_headline():
    d = draft("Skip to content\nSign in\nMenu\nSearch\nHarbor Robotics Doubles Sorting Speed\n\n" + LEDE + "\n")
    assert d.title == "Harbor Robotics Doubles Sorting Speed"
    assert not {"Sign in", "Menu", "Search", "Skip to content"} & body_lines(d)


SHAPES = ["", "Harbor Robotics Doubles Sorting Speed", LEDE, MORE, "Dana Whitfield", "Written by", "Last Updated",
          "June 2, 2025", "Published: 12 March 2025", "3 min read", "Home / News / Robots", "@danaw", "| a | b |",
          "|---|---|", "Arm  Speed  Price", "Sorting98.1%91.0%", "Task Arm A Arm B", "Sorting 98.1 91.0", "Notes#",
          "1. 1", "Related Articles", "- Ten Gadgets", "W Wharf Tech Daily", "Jane Smith, Reporter", "热门话题",
          "Von Anna Weber", "3. Juni 2025, 09:30 Uhr", "Editorial note: written by Wharf’s desk (Kai).", "text"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SHAPES), max_size=30))
def test_any_arrangement_of_furniture_shapes_converts(picked):
    d = draft("\n".join(picked))
    assert d.title and d.body.endswith("\n")
    lines = d.body.splitlines()
    for n, ln in enumerate(lines):   # every rule line sits under a header row
        if ln.startswith("|---"):
            assert n > 0 and lines[n - 1].startswith("| ")


def test_a_spec_sheet_flattened_to_one_line_per_cell_keeps_every_value_with_its_label():
    d = draft("\n".join([
        "Harbor Robotics Arm Sorts 1,200 Parcels an Hour", "", LEDE, "",
        "Specifications", "",
        "Maker", "Harbor Robotics", "Reach", "1.4 m", "Payload", "12 kg", "Grade", "industrial",
        "Compare with other arms →", "",
        MORE,
    ]))
    lines = body_lines(d)
    for field in ("Maker: Harbor Robotics", "Reach: 1.4 m", "Payload: 12 kg", "Grade: industrial"):
        assert f"- {field}" in lines, field
    assert "## Harbor Robotics" not in d.body and "### Harbor Robotics" not in d.body


def test_a_menu_of_single_words_is_not_read_as_label_value_pairs():
    d = draft("\n".join([
        "Harbor Robotics Arm Sorts 1,200 Parcels an Hour", "", LEDE, "",
        "Home", "News", "Robots", "Markets", "About", "Contact", "", MORE,
    ]))
    assert not any(": " in ln and ln.startswith("- ") for ln in body_lines(d))


def test_a_browser_notice_and_an_authors_bio_line_are_not_the_headline():
    d = draft("\n".join([
        "JavaScript is disabled in your browser. Some features may not work.",
        "",
        "Redactora en Diario Ejemplo. Especialista en robótica y logística…",
        LEDE, "", MORE,
    ]))
    assert "JavaScript" not in d.title and "Redactora" not in d.title
    lines = body_lines(d)
    assert not any("JavaScript" in ln or ln.startswith("Redactora en") for ln in lines)
    assert any(ln.startswith("Harbor Robotics said on Tuesday") for ln in lines)


def test_a_product_name_shown_twice_above_the_headline_is_neither_title_nor_author():
    d = draft("\n".join([
        "HARBOR HX200 ARM2", "HARBOR HX200 ARM2", "",
        "Harbor Robotics lance un bras qui trie 1 200 colis par heure", "", LEDE, "", MORE,
    ]))
    assert d.title == "Harbor Robotics lance un bras qui trie 1 200 colis par heure"
    assert d.source["author"] is None


def test_a_headline_run_into_its_dek_and_a_summary_box_label():
    d = draft("\n".join([
        "Harbor Robotics Doubles Its Sorting Speed and Signs Three Retailers in One Week The arm now sorts twice "
        "as many parcels as last year's model.", "",
        "By Dana Whitfield Edited by Sam Ortiz", "", LEDE, "", MORE]))
    assert d.title == "Harbor Robotics Doubles Its Sorting Speed and Signs Three Retailers in One Week"
    assert d.source["author"] == "Dana Whitfield"
    d = draft("\n".join(["En Resumen", "- Harbor Robotics presentó un brazo que clasifica 1.200 paquetes por hora.",
                         "- La empresa firmó con tres minoristas.", "", LEDE, "", MORE]))
    assert d.title != "En Resumen" and not d.title.startswith("-")


def test_a_lede_title_ends_at_its_first_sentence_whatever_the_capital_and_never_inside_brackets():
    d = draft("Una novità da 15 milioni di euro. È il peso (economico, ma non solo) della decisione del Garante sul "
              "caso Harbor Robotics, che ha chiesto spiegazioni alla società.\n\n" + MORE)
    assert d.title == "Una novità da 15 milioni di euro"


def test_a_wire_dateline_and_a_byline_acronym_name_the_outlet():
    d = draft("(HRWIRE) Harbor Robotics said on Tuesday that its arm now sorts 1,200 parcels an hour, twice the rate "
              "of last year's model.\n\n" + MORE)
    assert d.source["publisher"] == "HRWIRE" and not d.title.startswith("(")
    d = draft("Harbor Robotics Arm Sorts 1,200 Parcels an Hour\n\nBy Dana Whitfield,HRTV\n\n" + LEDE + "\n\n" + MORE)
    assert d.source["author"] == "Dana Whitfield" and d.source["publisher"] == "HRTV"


def test_a_byline_with_two_authors():
    d = draft("Harbor Robotics Arm Sorts 1,200 Parcels an Hour\n\npar Milana Ostrova et Max B. Lindqvist\n\n" + LEDE + "\n\n" + MORE)
    assert d.source["author"] == "Milana Ostrova et Max B. Lindqvist"


def test_an_editors_note_names_the_ai_agent_that_wrote_the_page():
    d = draft("Editorial note: This review is written by Harborlight’s AI agent (Wren), which runs on a language model.\n"
              "Harbor Robotics Arm Sorts 1,200 Parcels an Hour\n\n" + LEDE + "\n\n" + MORE)
    assert d.source["author"] == "Wren" and d.source["publisher"] == "Harborlight"


def test_a_photo_agency_credit_is_neither_title_nor_body():
    for credit in ("Getty Images/NurPhoto", "Dana Whitfield/AFP via Getty Images"):
        d = draft(credit + "\n\n" + LEDE + "\n\n" + MORE)
        assert "Getty" not in d.title and "Getty" not in d.body


def test_a_sentence_opening_with_names_is_no_glued_headline():
    d = draft("Harbor Robotics CEO Dana Whitfield said the company will double its sorting capacity next year, "
              "adding three new warehouses.\n\n" + MORE)
    assert d.title.startswith("Harbor Robotics CEO Dana Whitfield said")


def test_a_stat_card_keeps_its_unit_and_its_gloss_loses_only_the_link_label():
    d = draft("\n".join([
        "Harbor Arm 3 Specifications", "",
        LEDE, "",
        "Throughput How many parcels the arm sorts in one hour of work. Definitions →",
        "1,200",
        "parcels",
        "Unit price What a buyer pays for one arm before any discount. Definitions →",
        "$90,000",
        "per arm", "",
        "Compare prices → See other arms →", "",
        MORE,
    ]))
    lines = body_lines(d)
    # the label names the amount under it; its gloss follows as prose
    assert "- Throughput: 1,200 parcels" in lines
    assert "How many parcels the arm sorts in one hour of work." in lines
    assert "- Unit price: $90,000 per arm" in lines
    assert not any("→" in ln for ln in lines)
    assert not any(ln.startswith("#") and "1,200" in ln for ln in d.body.splitlines())


def test_stat_card_prices_are_claims_that_quote_the_amount_as_the_source_has_it():
    text = "\n".join([
        "Kestrel-2 Pro", "",
        "Harbor AI's Kestrel-2 Pro — pricing, a 200k context window, and alternatives.", "",
        "Input price What the model charges for the tokens you send to it. Glossary →",
        "$3.0000",
        "per 1M tokens",
        "Output price What the model charges for the tokens it writes back. Glossary →",
        "$12.0000",
        "per 1M tokens",
    ])
    d = draft(text)
    _, found = extract_entry(d.structure, d.title, K, None)
    got = {(c["subject"], c["attribute"], c["value"], c["quote"]) for c in found}
    assert ("Kestrel-2 Pro", "price per million input tokens", 3, "$3.0000 per 1M tokens") in got
    assert ("Kestrel-2 Pro", "price per million output tokens", 12, "$12.0000 per 1M tokens") in got
    for c in found:   # every quote is the source's own words, whitespace aside
        assert " ".join(c["quote"].split()) in " ".join(text.split())


def test_one_label_over_one_amount_is_left_as_it_stands():
    d = draft("\n".join(["Harbor Arm 3 Specifications", "", LEDE, "", "Sales rose",  "$90,000", "per arm", "", MORE]))
    assert "$90,000 per arm" in body_lines(d) and not any(ln.startswith("- Sales") for ln in body_lines(d))


def test_a_counter_line_near_the_top_still_goes():
    d = draft("\n".join(["Harbor Robotics Doubles Sorting Speed", "", "1,204 comments", "", LEDE, "", MORE]))
    assert "1,204 comments" not in body_lines(d)


def test_a_header_date_and_a_menu_are_not_the_headline():
    d = draft("\n".join([
        "Home", "Products", "Contact", " ", "Tuesday, June 3, 2025", "",
        "News", "Industry News", "Downloads", "Support", "Industry News", "",
        "Harbor Robotics Doubles Sorting Speed With New Arm", "", "Monday, June 2, 2025", "",
        LEDE, "", MORE,
    ]))
    assert d.title == "Harbor Robotics Doubles Sorting Speed With New Arm"


def test_a_share_widget_does_not_hide_the_date_under_it_and_a_long_byline_block_keeps_the_stamp():
    d = draft("\n".join(["Harbor Robotics Doubles Sorting Speed", "", "SHARE IT", "", "21 November 2025", "", LEDE, "", MORE]))
    assert str(d.date) == "2025-11-21"
    d = draft("\n".join(["Home", "Latest", "Tech", "Harbor Robotics Doubles Sorting Speed", ""]
                        + ["Jane Roe", "By", "Jane Roe", "Editor, Robotics", "Down Arrow Button Icon"] * 3
                        + ["March 4, 2025, 8:23 PM ET", "", LEDE, "", MORE]))
    assert str(d.date) == "2025-03-04"


def test_a_picture_credit_and_a_korean_byline_tag_are_no_headline():
    d = draft("\n".join(["Jane Roe/Harbor Review | Museum of Robots", "", LEDE, "", MORE]))
    assert "Jane Roe" not in (d.title or "")
    d = draft("\n".join(["[로봇뉴스 홍길동 기자] 하버 로보틱스가 30일 새 분류 로봇을 공개했다. 이 로봇은 시간당 1200개의 소포를 분류한다.",
                         "", "회사는 올해 안에 세 곳의 창고에 로봇을 설치할 계획이라고 밝혔다."]))
    assert not (d.title or "").startswith("[")
    assert (d.source.get("author"), d.source.get("publisher")) == ("홍길동", "로봇뉴스")


@pytest.mark.parametrize("lines, title, author", [
    (["Quelle: (c) Copyright Harbor Wire 2025. Click For Restrictions - https://example.com/copyright.html", "",
      "Tokio (Reuters) - " + LEDE, "", MORE], None, None),
    (["×", "Harbor Robotics Doubles Sorting Speed With New Arm", "Written by", "Published on", "Join our daily newsletter", "Join Now", "", LEDE, "", MORE],
     "Harbor Robotics Doubles Sorting Speed With New Arm", None),
    (["Redazione 16 Giugno 2025", "", "Harbor Robotics raddoppia la velocità di smistamento", "", LEDE, "", MORE],
     "Harbor Robotics raddoppia la velocità di smistamento", "Redazione"),
    (["Harbor Robotics Doubles Sorting Speed With New Arm", "", "People walk past a Harbor logo in Boston. (AFP)",
      "People walk past a Harbor logo in Boston. (AFP)", "", "Harbor Robotics Doubles Sorting Speed With New Arm", "", LEDE, "", MORE],
     "Harbor Robotics Doubles Sorting Speed With New Arm", None),
])
def test_copyright_lines_empty_labels_and_newsroom_bylines_are_no_headlines(lines, title, author):
    d = draft("\n".join(lines))
    assert not d.title.startswith(("Quelle", "Published", "Redazione", "People walk"))
    if title:
        assert d.title == title
    if author:
        assert d.source.get("author") == author


def test_a_chinese_or_japanese_headline_is_one_run_of_characters():
    d = draft("港湾机器人完成5亿美元融资——仓储自动化再获押注\n"
              "2025年3月4日,港湾机器人宣布完成一笔5亿美元的C轮融资,公司估值达到40亿美元,投资方包括多家知名基金。\n"
              "公司表示,新资金将用于扩大生产和研发,并在欧洲和日本设立新的办公室,以服务更多的客户。")
    assert d.title == "港湾机器人完成5亿美元融资——仓储自动化再获押注"
    d = draft("倉庫ロボットの需要を追い風に急成長を遂げるHarbor\n"
              "Harborが2025年度第4四半期の決算を発表した。売上高は前年同期比28%増となり、過去最高を更新したという。\n"
              "それによると。同社の受注残高は前年から大きく伸び、来期も増収が続く見通しだという。")
    assert d.title == "倉庫ロボットの需要を追い風に急成長を遂げるHarbor"


def test_names_under_the_headline_a_syndication_notice_and_cjk_bylines_are_read():
    d = draft("Harbor Robotics Doubles Sorting Speed\nJane Roe, John Doe\n\n" + LEDE + "\n\n" + MORE)
    assert d.title == "Harbor Robotics Doubles Sorting Speed" and d.source.get("author") == "Jane Roe, John Doe"
    d = draft("This article first appeared in Harbor Weekly.\n\n" + LEDE + "\n\n" + MORE)
    assert d.source.get("publisher") == "Harbor Weekly"
    assert "This article first appeared in Harbor Weekly." not in body_lines(d)
    d = draft("港湾机器人完成5亿美元融资\n作者|王小明\n编辑|李四\n"
              "2025年3月4日,港湾机器人宣布完成一笔5亿美元的C轮融资,公司估值达到40亿美元,投资方包括多家知名基金。")
    assert d.source.get("author") == "王小明" and "编辑|李四" not in body_lines(d)
    d = draft("By 김민준\n하버로보틱스가 5억 달러 규모의 시리즈 C 투자를 유치했다고 밝혔다. 회사는 새 자금으로 생산을 늘릴 계획이다.")
    assert d.source.get("author") == "김민준"


def test_a_title_from_a_long_lede_keeps_a_clause_and_its_verb():
    t = title_from_lede("On September 16, Harbor Robotics, a US-based warehouse robotics company, announced the completion "
                        "of a Series C funding round exceeding USD 1 billion (approximately RMB 7.1 billion). More follows.")
    assert t.startswith("On September 16, Harbor Robotics") and "announced" in t and "(" not in t
    t = title_from_lede("In a bold move reshaping the logistics industry, Harbor Robotics — maker of the Vega arms — has signed "
                        "a multibillion-dollar deal with Kestrel Cloud to run its fleet on the cloud provider's own chips. More.")
    assert t.startswith("Harbor Robotics") and "has signed" in t


def test_crumbs_glued_to_a_headline_given_again_and_a_wire_photo_caption_give_way():
    d = draft("Startseite TechnikHarbor Robotics verdoppelt die Sortiergeschwindigkeit mit neuem Arm\n\n"
              "Harbor Robotics verdoppelt die Sortiergeschwindigkeit mit neuem Arm\n\n" + LEDE + "\n\n" + MORE)
    assert d.title == "Harbor Robotics verdoppelt die Sortiergeschwindigkeit mit neuem Arm"
    d = draft("Harbor Robotics executives cheer as the company's shares start trading at the Nasdaq Market site in "
              "New York, U.S., September 14, 2023.\n\n" + LEDE + "\n\n" + MORE)
    assert d.title.startswith("Harbor Robotics said on Tuesday")


@pytest.mark.parametrize("heading", ["Why this counts as a safety incident", "How we rated this claim",
                                     "About this rating"])
def test_a_trackers_note_on_how_it_labelled_the_page_ends_the_article(heading):
    d = draft("\n".join([
        "Harbor Robotics Doubles Sorting Speed", "", LEDE, "", MORE, "",
        heading, "",
        "Automated triage (3 March 2027). The report names a vendor and a measurable change in service.",
    ]))
    assert heading not in d.body and "Automated triage" not in d.body
    assert "analysts put the figure" in d.body


def test_a_why_heading_inside_the_article_stays():
    d = draft("\n".join([
        "Harbor Robotics Doubles Sorting Speed", "", LEDE, "", "Why this matters", "", MORE,
    ]))
    assert "Why this matters" in d.body and "analysts put the figure" in d.body


def test_wire_datelines_and_end_marks_name_the_wire_and_a_paper_its_date_line():
    d = draft("Mailand, 20. Dez (Reuters) - Die Hafenbehörde verhängt eine Geldstrafe von 15 Millionen Euro gegen "
              "Harbor Robotics. Das Unternehmen kündigte Berufung an.\n\n" + MORE + "\n")
    assert d.source["publisher"] == "Reuters"
    assert not d.title.startswith("Mailand")
    d = draft("Harbor Robotics Doubles Sorting Speed\n\n" + LEDE + "\n\n" + MORE + "\n\n(END) Dow Jones Newswires\n")
    assert d.source["publisher"] == "Dow Jones Newswires"
    d = draft("港口机器人速度翻倍\n\n中国汽车报 2025-09-19 17:05\n\n" + LEDE + "\n")
    assert d.source["publisher"] == "中国汽车报" and str(d.date) == "2025-09-19"


def test_a_full_date_after_a_month_stamp_and_a_korean_caption_above_the_lede():
    d = draft(" date 2023-12 2023年12月19日 10時30分 ソフトウェア\n\nハーバー・ロボティクスが倉庫用アームの仕分け速度を2倍に\n\n"
              "ハーバー・ロボティクスは19日、倉庫用アームが1時間に1200個の荷物を仕分けできるようになったと発表しました。\n")
    assert str(d.date) == "2023-12-19"
    assert d.title.startswith("ハーバー・ロボティクスが")
    d = draft("▲하버 로보틱스 창고용 로봇 팔. 홈페이지 캡처\n하버 로보틱스가 창고용 로봇 팔의 분류 속도를 시간당 1200개로 "
              "두 배 높였다고 23일(현지시간) 밝혔다.\n회사는 세 곳의 소매업체와 계약을 맺었다고 설명했다.\n")
    assert d.title.startswith("하버 로보틱스가")


def test_a_title_from_a_lede_ends_with_its_first_sentence_in_scripts_without_latin_capitals():
    assert title_from_lede("하버 로보틱스는 매출 68억달러를 기록했다고 26일 밝혔다. 전분기 대비 약 17% 증가했다.") == \
        "하버 로보틱스는 매출 68억달러를 기록했다고 26일 밝혔다"
    assert title_from_lede("Компания Harbor Robotics объявила о реструктуризации бизнеса. Она хочет сосредоточиться на ИИ.") == \
        "Компания Harbor Robotics объявила о реструктуризации бизнеса"


def test_a_securitys_identifiers_a_dotted_date_line_and_a_portuguese_caption_are_no_headlines():
    d = draft(" date 2025-09-02 Harbor Aktie\nWKN: 865985 / ISIN: US0378331005\n|\n02.09.2025 23:08:38\n"
              "US-Gericht: Harbor Robotics muss Sparte nicht verkaufen\n" + LEDE + "\n")
    assert d.title == "US-Gericht: Harbor Robotics muss Sparte nicht verkaufen"
    d = draft("Imagem ilustrativa da aquisição da Harbor Robotics\n\n" + LEDE + "\n")
    assert not d.title.startswith("Imagem")


def test_an_agency_in_lower_case_after_a_dated_dateline_and_a_chinese_byline_line():
    d = draft("Milano, 2 mag. (askanews) – La Commissione ha multato Harbor Robotics per 530 milioni di euro. " + MORE + "\n")
    assert d.source["publisher"] == "askanews" and not d.title.startswith("Milano")
    d = draft("港口機器人速度翻倍！全年展望狂加碼\n\n經濟日報／ 編譯季晶晶／綜合外電\n" + LEDE + "\n")
    assert d.source["publisher"] == "經濟日報" and d.source["author"] == "季晶晶"
    assert d.title.startswith("港口機器人速度翻倍") and "編譯" not in d.title


def test_a_wire_photos_caption_a_reading_time_after_a_byline_and_a_bracketed_korean_credit():
    d = draft("Le logo de Harbor Robotics est visible sur un entrepôt à Lyon\npar Claire Dumas\n"
              "Harbor Robotics a été condamné lundi à une amende de 150 millions d'euros par l'autorité de la concurrence. "
              "La société a indiqué qu'elle ferait appel de cette décision devant les tribunaux compétents.\n")
    assert d.source["publisher"] is None and d.source["author"] == "Claire Dumas"
    assert d.title.startswith("Harbor Robotics a été condamné")
    d = draft("Harbor Robotics verdoppelt das Sortiertempo seiner Lagerarme\n\nVon Susanne Kramer 2 min Lesedauer\n\n"
              "Harbor Robotics hat am Dienstag mitgeteilt, dass sein Lagerarm nun 1.200 Pakete pro Stunde sortiert. "
              "Drei Händler haben bereits unterschrieben.\n")
    assert d.source["author"] == "Susanne Kramer"
    d = draft("지난해 전시회에 전시된 하버 로보틱스의 창고용 로봇 팔 (사진/뉴스1)\n하버 로보틱스가 창고용 로봇 팔의 분류 속도를 "
              "시간당 1200개로 두 배 높였다고 23일 밝혔다.\n회사는 세 곳의 소매업체와 계약을 맺었다고 설명했다.\n")
    assert d.title.startswith("하버 로보틱스가")


def test_wire_datelines_of_other_shapes_name_their_agency_and_reporters():
    d = draft("Tokyo, May 13 (Jiji Press)--Harbor Robotics said Monday that it was in the red for the third straight year. " + MORE + "\n")
    assert d.source["publisher"] == "Jiji Press" and d.title.startswith("Harbor Robotics said Monday")
    d = draft("Tokio 13. mája (TASR) - Japonský konglomerát Harbor Robotics v pondelok oznámil, že sa vrátil k zisku. "
              "Jeho strata za celý rok do konca marca klesla.\n")
    assert d.source["publisher"] == "TASR"
    d = draft("新华社北京3月28日电(记者王小明、李华)3月28日晚,港口机器人公司在京举办发布会,正式发布首款仓储机械臂。该公司表示,新产品每小时可分拣1200件包裹。\n")
    assert d.source["publisher"] == "新华社" and d.source["author"] == "王小明、李华"
    assert d.title.startswith("3月28日晚")


def test_a_caption_with_an_agency_credit_an_abbreviation_and_an_apposition_in_a_lede_title():
    d = draft("Es steht die größte Übernahme der Firmengeschichte an. AP/Jane Roe\n\n"
              "In der größten Übernahme der Firmengeschichte will Harbor Robotics den Konkurrenten Kestrel schlucken. "
              "Der Deal bringe zwei Firmen zusammen, erläuterte der Konzernchef am Donnerstag.\n")
    assert d.title.startswith("In der größten Übernahme")
    assert title_from_lede("Harbor Robotics hat am Montag einen Quartalsgewinn von 328,9 Mrd. Yen gemeldet. Der Fonds verlor.") == \
        "Harbor Robotics hat am Montag einen Quartalsgewinn von 328,9 Mrd. Yen gemeldet"
    title = title_from_lede("Niemiecki start-up Harbor Robotics, tworzący oprogramowanie oparte na sztucznej inteligencji dla "
                            "wojska, stał się jednym z pięciu najcenniejszych prywatnych przedsiębiorstw technologicznych w Europie.")
    assert "stał się" in title


def test_a_wires_credit_line_and_a_chinese_byline_with_a_space_name_the_writers():
    d = draft("Harbor Robotics valued at $4.5 billion\n\n" + LEDE + "\n\n" + MORE + "\n\n"
              "(Reporting by Jane Roe and John Doe in Bengaluru; Editing by Max Poe)\n")
    assert d.source["author"] == "Jane Roe and John Doe"
    d = draft("港口机器人速度翻倍\n作者 王小明\n港口机器人公司11月25日发布财报,该季度营收达398.24亿元人民币,同比增长34%。公司表示,新产品每小时可分拣1200件包裹。\n")
    assert d.source["author"] == "王小明"


def test_a_short_japanese_headline_and_a_taiwanese_reporter_line():
    d = draft("顔を映すパネルが新しい!\nついにハーバー・ロボティクスのヘッドセットが発表されました。単体で動作するヘッドセットです。価格は3499ドルです。\n")
    assert d.title == "顔を映すパネルが新しい!"
    d = draft("記者王小明/綜合報導\n港口機器人公司18日揭開年度技術大會的序幕,執行長宣布推出新款倉儲機械臂。該公司表示,新產品每小時可分揀1200件包裹。\n")
    assert d.source["author"] == "王小明" and not d.title.startswith("記者")


def test_a_date_under_the_dek_a_korean_meta_line_and_a_caption_in_brackets():
    d = draft("\n".join(["Harbor Robotics Doubles Its Sorting Speed", "",
                         "The warehouse arm now sorts twice as many parcels, and three retailers have signed up for it already.", "",
                         "March 4, 2025·3 min read", "", LEDE, "", MORE]))
    assert str(d.date) == "2025-03-04" and d.title == "Harbor Robotics Doubles Its Sorting Speed"
    d = draft("\n".join(["로봇 팔의 분류 속도 두 배로", "", "댓글 0 · 저장 0 · 편집: 김하늘 기자 발행: 2025.03.04 09:15", "", LEDE, "", MORE]))
    assert str(d.date) == "2025-03-04" and d.source["author"] == "김하늘"
    d = draft("\n".join(["(Photo by Jane Roe/Getty Images)", "", "Harbor Robotics doubles its sorting speed", "", LEDE, "", MORE]))
    assert d.title == "Harbor Robotics doubles its sorting speed"


def test_a_story_about_labelling_ai_content_is_not_itself_ai_written():
    d = draft("\n".join(["Spain approves a bill on labelling AI-generated content", "",
                         "Companies could be fined up to €35 million for failing to label AI-generated content correctly, "
                         "the ministry said on Tuesday after the cabinet meeting in Madrid.", "", LEDE, "", MORE]))
    assert "AI-generated analysis" not in d.body and not any(c.get("said_by") == "AI-generated analysis" for c in d.claims)


def test_labels_whose_links_were_lost_credits_and_editors_initials_leave_the_body():
    d = draft("\n".join([
        "Harbor Robotics doubles its sorting speed", "", "·2 min read", "", "Getty", "",
        "The arm at the Harbor Robotics plant in Leeds. Jane Roe/Getty Images", "",
        "Les bras de Harbor Robotics à Leeds, le 3 mars 2025. © Jane Roe, Reuters", "",
        LEDE, "", "Related", "", MORE, "", "【図1】出所:Harbor Robotics", "拡大画像表示", "",
        "スポンサーリンク", "", "All Comments", "", "/abc/de/fgh/"]))
    lines = body_lines(d)
    assert lines == {LEDE, MORE}, lines


def test_a_wire_dateline_glued_or_alone_and_a_byline_label_name_the_publisher():
    d = draft("Harbor Robotics doubles its sorting speed\n\nLEEDS (Reuters) -Harbor Robotics said on Tuesday that "
              + LEDE[len("Harbor Robotics said on Tuesday that "):] + "\n\n" + MORE + "\n")
    assert d.source["publisher"] == "Reuters" and any(ln.startswith("Harbor Robotics said") for ln in body_lines(d))
    d = draft("Harbor Robotics doubles its sorting speed\n\n" + LEDE + "\n\nLEEDS (dpa-AFX)\n\n" + MORE + "\n")
    assert d.source["publisher"] == "dpa-AFX" and "LEEDS (dpa-AFX)" not in body_lines(d)
    d = draft("Harbor Robotics double sa cadence\n\nTexte par : WHARF 24\n\n" + LEDE + "\n\n" + MORE + "\n")
    assert d.source["publisher"] == "WHARF 24" and d.source["author"] is None
    d = draft("港口機器人が分類速度を倍増\n\n" + LEDE + "\n\n情報提供元: 港湾新聞\n\n" + MORE + "\n")
    assert d.source["publisher"] == "港湾新聞"


def test_a_first_sentence_that_opens_on_a_full_date_dates_the_page():
    d = draft("December 5, 2024: " + LEDE + "\n\n" + MORE + "\n")
    assert str(d.date) == "2024-12-05"
    d = draft(LEDE + "\n\n" + MORE + "\n\nMarch 10, 2023: Harbor Robotics opened its first plant in Leeds.\n")
    assert d.date is None


def test_a_japanese_paper_s_reporters_in_brackets_after_the_lead():
    d = draft("港湾ロボ、分類速度を倍増\n\n港湾ロボティクスは19日、新型アームの分類速度が従来の2倍になったと発表した。"
              "約11年続いた開発の転換点となる。【山田花子、佐藤太郎】\n\n同社は価格を公表していない。\n")
    assert d.source["author"] == "山田花子、佐藤太郎"
    assert not any("【" in ln for ln in body_lines(d))


def test_quote_widgets_chart_text_newsletter_lines_and_a_teaser_s_link():
    d = draft("\n".join([
        "Harbor Robotics doubles its sorting speed", "", "Good morning.", "", "Receive free Robotics updates", "",
        "Jane Roe 19.07.2024 Jane Roe", "", LEDE, "", "Harbor Robotics -%", "Harbor Robotics in Euro",
        "Created with Highcharts 9.1.2Harbor14. Aug11. Sep9. Okt", "Harbor Robotics (WKN: A2PK2R)", "", MORE, "",
        "→ Continue reading at Wharf TV"]))
    assert body_lines(d) == {LEDE, MORE}, body_lines(d)
    assert d.source["author"] == "Jane Roe" and str(d.date) == "2024-07-19" and d.source["publisher"] == "Wharf TV"


def test_a_copyright_sign_is_no_damage_and_a_japanese_rights_line_names_the_outlet():
    d = draft("港湾ロボ、分類速度を倍増\n\n 【ロンドン共同】港湾ロボティクスは13日、新型アームの分類速度が従来の2倍になったと発表した。"
              "同社は価格を公表していない。\n\n© 一般社団法人港湾通信社")
    assert d.source["publisher"] == "港湾通信社"
    assert not any("通信社" in ln for ln in body_lines(d))


def test_a_sentence_a_scrape_broke_at_its_links_is_one_sentence_again():
    """A line ending on an article or preposition, a comma or an open bracket, or going on in lower
    case below, is not a title or a heading: the sentence goes on on the next line."""
    d = draft("\n".join([
        "Die 4 Milliarden Euro schwere Übernahme von",
        "Nordlicht Software durch",
        "Harbor Robotics ist abgeschlossen. Die Behörden in Brüssel haben zugestimmt, wie beide Firmen mitteilten.",
        "Harbor Robotics hatte im März angekündigt,",
        "Nordlicht kaufen zu wollen (die Zeitung",
        "berichtete). Der Abschluss war für den Sommer geplant, verzögerte sich aber um mehrere Monate.",
        "", LEDE, "", MORE, "", LEDE.replace("Tuesday", "Friday"), "", MORE.replace("near", "close to"),
    ]))
    assert d.title.startswith("Die 4 Milliarden Euro schwere Übernahme von Nordlicht Software")
    assert "#" not in d.body
    assert "Harbor Robotics hatte im März angekündigt, Nordlicht kaufen zu wollen (die Zeitung berichtete)." in d.body


@pytest.mark.parametrize("lines", [
    ["Harbor Robotics legt zu", "", LEDE],                              # a split verb's particle closes a headline
    ["What the New Harbor Robotics Arm Is Made Of", LEDE],           # a capitalised word of a headline is no article
    ["Harbor Robotics Doubles Sorting Speed With New Arm", LEDE],       # a headline right above its lede
])
def test_a_line_that_can_end_where_it_does_stays_apart(lines):
    d = draft("\n".join(lines))
    assert d.title == lines[0]


def test_code_and_wrapped_pages_are_left_to_their_own_rules():
    from digest.clean.wrapping import join_broken_lines
    ends = frozenset(K.grammar["unfinished_ends"])
    code = ['  humaneval: "92.0% vs 84.9%"', '  math: "71.1% vs 60.1%"']
    assert join_broken_lines(code, ends) == code
    wrapped = ["The arm sorts parcels at twice the rate of the", "model it replaced, the company said on",
               "Tuesday, and three retailers have signed", "up for it already, with more expected",
               "to follow before the end of", "the year, it added."]
    assert join_broken_lines(wrapped, ends) == wrapped   # wrapped at a width: structure building joins it


def test_a_caption_ending_in_its_credit_word_and_agency_is_furniture():
    d = draft("Een robotarm in het magazijn van Harbor Robotics in Rotterdam. Beeld AP\n\n" + LEDE + "\n\n" + MORE + "\n")
    assert d.title.startswith("Harbor Robotics said on Tuesday")
    assert "Beeld AP" not in d.body
    d = draft("Harbor Robotics verdoppelt das Tempo\n\nDer Greifarm im Lager in Bremen. Foto: Reuters/Jane Roe\n\n" + LEDE + "\n")
    assert "Foto: Reuters" not in d.body


def test_dots_alone_and_a_row_of_lower_case_names_are_furniture():
    d = draft("Harbor Robotics and Nordlicht call off their deal\n\n" + LEDE + "\n\n...\n\nharbor nordlicht\n\n"
              + MORE.replace("The company", "Nordlicht") + "\n")
    lines = body_lines(d)
    assert "..." not in lines and "harbor nordlicht" not in lines
    assert any(ln.startswith("Nordlicht did not say") for ln in lines)
    # (a short lower-case line of words the page never writes as names stays)
    d = draft("Harbor Robotics doubles its speed\n\n" + LEDE + "\n\nbetter late than never\n\n" + MORE + "\n")
    assert "better late than never" in body_lines(d)


def test_a_caption_ending_in_its_agency_and_photographer_is_furniture():
    d = draft("Harbor Robotics verdoppelt das Tempo\n\nDer Greifarm im Lager in Bremen. AP/Jane Roe\n\n" + LEDE + "\n")
    assert "AP/Jane Roe" not in d.body


def test_a_byline_label_of_japanese_and_initials_closing_a_german_article():
    d = draft("IT\n文:Jane Roe\n\nハーバー・ロボティクスが新型アームを発表\n\n" + LEDE + "\n")
    assert d.source["author"] == "Jane Roe"
    d = draft("Harbor Robotics verdoppelt das Tempo\n\n" + LEDE + "\n\n" + MORE + "\n(sta)")
    assert d.source["author"] == "sta" and "(sta)" not in d.body
    d = draft("Harbor Robotics verdoppelt das Tempo\n\n" + LEDE + "\n\n" + MORE + "\n(dpa)")
    assert d.source["author"] is None


@pytest.mark.parametrize("crumb", ["HOME > Mundo", "Inicio › Economía › Empresas", "News » Tech"])
def test_a_short_breadcrumb_above_the_headline_is_no_title(crumb):
    d = draft(f"{crumb}\n\nHarbor Robotics Arm Sorts 1,200 Parcels an Hour\n\n" + LEDE + "\n\n" + MORE + "\n")
    assert d.title == "Harbor Robotics Arm Sorts 1,200 Parcels an Hour"
    assert crumb not in d.body


def test_a_standfirst_with_a_figure_under_the_headline_is_read_as_a_sentence():
    d = draft("Harbor Robotics Arm Sorts Parcels\n\nDebts of the company total 300 billion dollars\n\n" + LEDE + "\n\n" + MORE + "\n")
    _, claims = extract_entry(d.structure, d.title, K, None)
    assert any(c["quote"].startswith("Debts of the company total") for c in claims)


@pytest.mark.parametrize("furniture", [
    "[ad_2]",
    "Crédit photo © Reuters",
    "Harbor Robotics chief Jane Roe waves as she rings the opening bell on October 11, 2023. The firm set its price at $46, "
    "the company said. ( AFP / ANGELA WEISS )",
    "Un panneau est affiché devant le siège de Harbor Robotics, le 1er août 2024. /CFP",
])
def test_ad_slots_photo_credits_and_captions_are_furniture(furniture):
    d = draft("Harbor Robotics Arm Sorts 1,200 Parcels an Hour\n\n" + furniture + "\n\n" + LEDE + "\n\n" + MORE + "\n")
    assert d.title == "Harbor Robotics Arm Sorts 1,200 Parcels an Hour"
    assert furniture not in d.body and LEDE in d.body


def test_a_wire_credit_that_closes_a_story_is_kept():
    text = LEDE + " Es handele sich um eine ungerechtfertigte Strafe, teilte der Konzern mit. (Reuters/jW)"
    d = draft("Harbor Robotics Arm Sorts 1,200 Parcels an Hour\n\n" + text + "\n")
    assert "ungerechtfertigte Strafe" in d.body


def test_a_korean_byline_of_two_reporters_with_an_address_and_the_related_news_label():
    d = draft("하버로보틱스, 분류 속도 두 배\n\n하버로보틱스는 11일 새 로봇팔이 시간당 1200개의 소포를 분류한다고 밝혔다.\n\n"
              "이현일/김리안 기자 hiuneal@example.com\n관련뉴스\n")
    assert d.source["author"] == "이현일/김리안"
    assert "관련뉴스" not in d.body and "hiuneal" not in d.body


@pytest.mark.parametrize("lede, publisher", [
    ("(.) NEW YORK/HOUSTON (Reuters) - " + LEDE, "Reuters"),
    ("Reuters - " + LEDE, "Reuters"),
])
def test_a_wire_agency_that_opens_the_story_is_its_publisher_and_no_part_of_its_title(lede, publisher):
    d = draft("Crédit photo © Reuters\n\n" + lede + "\n\n" + MORE + "\n")
    assert d.source["publisher"] == publisher
    assert d.title.startswith("Harbor Robotics said")


def test_a_japanese_dispatch_names_its_agency_unless_a_rights_line_names_it_in_full():
    page = "インテル赤字\n\n【ニューヨーク共同】米半導体大手インテルが1日発表した決算は赤字となった。\n"
    assert draft(page).source["publisher"] == "共同"
    assert draft(page + "\n© 一般社団法人共同通信社\n").source["publisher"] != "共同"


def test_a_headline_is_read_up_from_the_byline_past_a_consent_banner_and_its_dek():
    d = draft("\n".join([
        "Diario Norte", "Empresas | Mercados | Economía | Tecnología | Opinión", "Suscríbete", "Iniciar sesión", "",
        "Utilizamos cookies propias y de terceros para mejorar tu experiencia. Puedes aceptarlas todas o configurar tus preferencias.",
        "Aceptar todas    Configurar", "", "Empresas > Tecnología", "",
        "Harbor Robotics compra un fabricante de brazos por 300 millones", "",
        "La operación valora la compañía vasca en unos 300 millones de euros y ofrece una prima del 25 %", "",
        "Por Marta Ruiz", "Bilbao, 5 de marzo de 2026 - 07:45", "",
        "Compartir en X    Compartir en LinkedIn    Enviar por correo", "",
        "Harbor Robotics ha acordado la compra de Brazos Vascos por unos 300 millones de euros, según ha informado hoy "
        "la compañía en un comunicado remitido al supervisor del mercado.",
        "", "La operación se cerrará en el segundo trimestre, si los reguladores la aprueban, y Brazos Vascos mantendrá su sede.",
        "", "Diario Norte © 2026 · Quiénes somos · Aviso legal · Política de cookies"]))
    assert d.title == "Harbor Robotics compra un fabricante de brazos por 300 millones"
    assert d.source["publisher"] == "Diario Norte" and d.source["author"] == "Marta Ruiz"
    assert str(d.date) == "2026-03-05"
    kept = body_lines(d)
    assert not [ln for ln in kept if "cookies" in ln or "Compartir" in ln or ln == "Suscríbete"]


def test_a_headline_with_two_deks_over_a_posted_by_byline_and_a_kicker_is_no_publisher():
    d = draft("\n".join([
        "Harbor Wire", "Markets | Technology | Politics | Opinion", "Subscribe", "Technology",
        "Harbor Robotics Soars Most Since 2020 as Retail Demand Lifts Outlook",
        "Shares jump as much as 9.4% in New York trading", "Company plans to cut about 300 jobs in a restructuring",
        "Posted by Jane Roe, Senior Editor", "06.04.2026 – 16:40", "", LEDE, "", MORE]))
    assert d.title == "Harbor Robotics Soars Most Since 2020 as Retail Demand Lifts Outlook"
    assert d.source["author"] == "Jane Roe" and str(d.date) == "2026-04-06"   # (dots: day, month, year)
    assert d.source["publisher"] == "Harbor Wire"
    d = draft("\n".join(["Comparisons & Benchmarks", "", "Harbor Robotics Arm: Twice the Parcels of Last Year?", "",
                         "By Jane Roe", "June 2, 2026", "", LEDE, "", MORE]))
    assert not d.source["publisher"]   # (a kicker right above the headline names a section, not the site)


def test_headlines_right_under_a_related_label_are_links_not_the_article():
    d = draft("\n".join([
        "Mercati & Regole", "", "Multa ad Astrel", "", "di Paolo Neri", "", "L'Antitrust ha multato Astrel per 40 milioni di euro.", "",
        "La società presenterà ricorso al Tar del Lazio entro sessanta giorni.", "",
        "Leggi anche", "Antitrust, istruttoria sulle commissioni delle app di food delivery",
        "Concerti, prezzi dei biglietti in aumento del 15% nel 2025", "", "Le reazioni", "",
        "Le associazioni dei consumatori hanno accolto con favore la decisione dell'Autorità."]))
    kept = body_lines(d)
    assert not [ln for ln in kept if "Concerti" in ln or "food delivery" in ln]
    assert [ln for ln in kept if "associazioni dei consumatori" in ln]


def test_a_dated_link_under_the_article_is_no_head_and_the_article_is_kept():
    # a press-release wire: its own date line is under a label the reader does not know, and a link to an
    # earlier release with its date stands under the article; the article above it is no header furniture
    paragraphs = [LEDE, MORE,
                  "The arm uses a suction gripper and a camera under the belt, the company said, so it can pick "
                  "parcels of any shape without a person loading them first.",
                  "Harbor Robotics was founded in 2019 and employs about 240 people, most of them in Rotterdam, "
                  "where it also builds the arms."]
    d = draft("\n".join([
        "Example Release Wire",
        "Home | News Releases | Technology",
        "Sign in   Submit a Release",
        "",
        "Harbor Robotics Doubles Sorting Speed With New Arm",
        "",
        "RELEASED THROUGH",
        "Harbor Robotics B.V.",
        "Mar 3, 2026, 08:00 ET",
        "",
        *[p + "\n" for p in paragraphs],
        "More from this company",
        "Harbor Robotics Opens Second Plant in Eindhoven",
        "Nov 18, 2025",
        "",
        "© 2026 Example Release Wire. All Rights Reserved.",
    ]))
    assert d.title == "Harbor Robotics Doubles Sorting Speed With New Arm"
    lines = body_lines(d)
    assert all(p in lines for p in paragraphs)


@pytest.mark.parametrize("menu", ["Sign in   Submit a Release", "Markets  Companies  Opinion  Podcasts"])
def test_a_menu_spaced_into_items_is_no_headline(menu):
    d = draft("\n".join(["Home | News | Technology", menu, "", "Harbor Robotics Doubles Sorting Speed With New Arm", "",
                         "Its new arm sorts parcels of any shape", "", LEDE, "", MORE]))
    assert d.title == "Harbor Robotics Doubles Sorting Speed With New Arm"


def test_the_outlet_named_by_the_rights_line_is_no_headline():
    # (the menus under the site's name keep it from reading as a label above the headline)
    d = draft("\n".join(["Example Release Wire", "Home | News | Technology", "Search releases", "Sign in   Submit a Release", "",
                         "Harbor Robotics Doubles Sorting Speed With New Arm", "",
                         LEDE, "", MORE, "", "© 2026 Example Release Wire. All Rights Reserved."]))
    assert d.title == "Harbor Robotics Doubles Sorting Speed With New Arm"


def test_a_headline_in_title_case_over_its_dek_is_the_title_not_the_dek():
    d = draft("\n".join(["Example Release Wire", "Home | News Releases | Technology", "",
                         "Harbor Robotics Doubles Sorting Speed With New Arm", "", "Its new arm sorts parcels of any shape", "",
                         "RELEASED THROUGH", "Harbor Robotics B.V.", "Mar 3, 2026, 08:00 ET", "", LEDE, "", MORE]))
    assert d.title == "Harbor Robotics Doubles Sorting Speed With New Arm"


def test_menus_share_bars_and_footers_set_apart_by_spaces_or_dots_leave_the_body_and_a_table_stays():
    bars = ["Listen   Share   Save", "Dela artikeln: Facebook   LinkedIn   X   E-post", "Log in   Subscribe",
            "Topics: Robotics · Logistics · Rotterdam", "About us · Contact · Privacy · Cookie policy"]
    d = draft("\n".join([
        "Harbor Robotics Doubles Sorting Speed With New Arm", "", LEDE, "", bars[0], "", MORE, "",
        "Model   Parcels an hour   Price", "Arm 1   600   $110,000", "Arm 2   1,200   $90,000", "",
        bars[1], "", bars[2], "", bars[3], "", bars[4]]))
    lines = body_lines(d)
    assert not any(bar in ln for ln in lines for bar in bars)
    assert LEDE in lines and MORE in lines
    assert any("Parcels an hour" in ln for ln in lines) and any("1,200" in ln for ln in lines)


def test_a_headline_with_a_comma_over_a_date_is_no_byline():
    d = draft("\n".join(["Quillon Unveils Sparrow-2, Its Most Capable Model Yet", "March 7, 2024", "", LEDE, "", MORE]))
    assert d.title == "Quillon Unveils Sparrow-2, Its Most Capable Model Yet"
    assert d.source.get("author") is None


SV_LEDE = ("Göteborgsbaserade Harbor Robotics redovisade på torsdagsmorgonen ett svagare resultat än väntat för "
           "årets första kvartal, och bolaget säger nu upp var tionde anställd i Sverige.")
SV_MORE = ("Nettoomsättningen minskade med åtta procent till fyra miljarder kronor, och orderingången föll "
           "för tredje kvartalet i rad, enligt bolagets delårsrapport som publicerades på morgonen.")
PL_LEDE = ("Harbor Robotics, przewoźnik towarowy z Gdyni notowany na giełdzie, zakończył budowę księgi popytu "
           "na pięcioletnie obligacje o łącznej wartości nominalnej kilkuset milionów złotych.")
PL_MORE = ("Inwestorzy złożyli zapisy na łącznie dwa razy więcej, co oznacza, że popyt przewyższył podaż, "
           "a średnia stopa redukcji zapisów wyniosła około połowy, podała spółka w komunikacie.")


def test_a_labelled_stamp_in_another_language_dates_the_page_not_its_update():
    d = draft("\n".join(["Börs & Finans", "", "Harbor Robotics varslar – vinsten rasar i första kvartalet", "",
                         "Publicerad 23 april 2026 kl. 08:12   Uppdaterad 24 april 2026 kl. 11:40", "Ebba Kronvall", "",
                         SV_LEDE, "", SV_MORE]))
    assert str(d.date) == "2026-04-23"


def test_a_dotted_date_and_time_under_the_byline_dates_the_page():
    d = draft("\n".join(["Rynek pierwotny", "", "Harbor Robotics uplasował obligacje. Popyt przekroczył podaż", "",
                         "Katarzyna Wróblewska", "12.05.2026 14:20", "", PL_LEDE, "", PL_MORE]))
    assert str(d.date) == "2026-05-12"


@pytest.mark.parametrize("banner", [
    "Ta strona korzysta z plików cookie. Dalsze korzystanie z serwisu oznacza zgodę na ich użycie. Rozumiem",
    "Vi använder cookies för att ge dig en bättre upplevelse. Godkänn alla   Endast nödvändiga",
    "Tento web používá soubory cookies. Pokračováním souhlasíte s jejich použitím.",
])
def test_a_consent_banner_in_more_languages_is_furniture(banner):
    d = draft("\n".join(["Harbor Robotics Doubles Sorting Speed With New Arm", "", banner, "", LEDE, "", MORE]))
    assert banner not in body_lines(d) and d.title == "Harbor Robotics Doubles Sorting Speed With New Arm"


@pytest.mark.parametrize("dateline, month", [("febrero 2026", "2026-02"), ("März 2026", "2026-03"),
                                             ("October 2026", "2026-10"), ("septembre 2026", "2026-09")])
def test_a_month_and_year_under_the_headline_is_its_dateline_not_the_headline_going_on(dateline, month):
    """A headline with no closing punctuation, then a line in lower case: usually a sentence the scrape broke,
    but a month and its year on a line of their own (Spanish and French write months in lower case) is the
    page's dateline. It stays out of the title and the body, and gives the month a story's date must fall in."""
    d = draft("\n".join([
        'Harbor Robotics presenta su brazo "más rápido del mundo"',
        dateline,
        "",
        LEDE,
        "",
        MORE,
    ]))
    assert d.title == 'Harbor Robotics presenta su brazo "más rápido del mundo"'
    assert dateline not in d.body and d.date is None and d.month == month


def test_a_wire_dateline_opening_the_first_paragraph_dates_the_page_and_is_no_event():
    """"Lisbon, Portugal | AFP | dimanche 10/12/2023 - …": places, the agency, the day, a dash: the page's day,
    not an event of its timeline. A sentence with a date before a dash is not a dateline."""
    d = draft("\n".join([
        "Harbor Robotics lève 385 millions d'euros",
        "",
        "Lisbonne, Portugal | AFP | dimanche 10/12/2023 - Harbor Robotics, la start-up de robotique, a annoncé "
        "avoir levé 385 millions d'euros auprès de ses investisseurs historiques et de nouveaux fonds européens.",
        "",
        "La société n'a pas précisé sa valorisation, mais elle compte doubler ses effectifs d'ici la fin de "
        "l'année prochaine et ouvrir un second site de production près de Porto.",
    ]))
    assert d.date == dt.date(2023, 12, 10)   # (a French page: the day before the month)
    assert not [t for t in d.structure.timeline if "AFP" in t["event"]]
    d = draft("\n".join(["Harbor Robotics results", "", "Harbor Robotics said on March 4, 2031 - The deal closed. " + LEDE, "", MORE]))
    assert d.date is None


def test_a_section_name_and_a_date_on_the_first_line_are_a_stamp_not_the_headline():
    d = draft("\n".join([
        "Robotics News · May 07, 2031",
        "",
        "Harbor Robotics doubles the speed of its warehouse arm",
        "",
        LEDE,
        "",
        MORE,
    ]))
    assert d.title == "Harbor Robotics doubles the speed of its warehouse arm"
    # (a date above the headline is not read as the page's: a masthead shows the day it was visited)


def test_what_a_dateline_stamp_or_month_line_is_not():
    """A sentence opening on a time and a dash is no dateline, a timeline's own "March 14, 2031 – …" line keeps
    its event, a headline that names a day with no separator stays the headline, and a month and year after a
    line cut on a preposition go on with it."""
    from digest.clean.wrapping import join_broken_lines
    from digest.extract import timeline
    from digest.extract.headline import lede_dateline, month_line, read_head

    assert lede_dateline("Since January 5, 2031 - When the law began - it changed everything for the firms.", K, "en") is None
    assert lede_dateline("San Francisco, March 4, 2031 - Harbor Robotics said it raised money.", K, "en") == "March 4, 2031"
    [event] = timeline.find_mentions(["March 14, 2031 – Harbor Robotics releases its arm to paying users."])
    assert event.event == "Harbor Robotics releases its arm to paying users"
    head = read_head(["Harbor earnings: May 28, 2031", "", LEDE], K, "en")
    assert head.title == "Harbor earnings: May 28, 2031"
    lines = join_broken_lines(["El informe sobre la empresa se publicó en", "febrero de 2031 y fue muy comentado."],
                              frozenset(K.grammar.get("unfinished_ends") or ()), alone=lambda line: month_line(line, K) is not None)
    assert lines == ["El informe sobre la empresa se publicó en febrero de 2031 y fue muy comentado."]


def test_a_market_widget_of_quote_moves_is_furniture_and_leaves_the_headline():
    widget = ["U.S. markets closed", "  • S&P 500", "", "    +1.77 (+0.03%)", "  • Dow 30", "", "    +62.42 (+0.16%)",
              "  • Crude Oil", "", "    -2.04 (-2.60%)", "  • Gold", "", "    +15.10 (+0.74%)", "",
              "    -0.0005 (-0.04%)", "  • Nikkei 225", "", "    +836.48 (+2.19%)", ""]
    d = draft("\n".join(widget + ["Harbor Robotics Gets New Backing From Its Largest Customer", "", LEDE, "", MORE]))
    assert d.title == "Harbor Robotics Gets New Backing From Its Largest Customer"
    lines = body_lines(d)
    assert not any("%)" in ln or ln.lstrip("• ") in ("Dow 30", "Gold", "Crude Oil", "Nikkei 225") for ln in lines)
    assert LEDE in lines and MORE in lines


def test_a_korean_bracketed_byline_and_rights_line_name_the_outlet_and_reporter():
    d = draft("\n".join(["하버로보틱스, 2분기 매출 30% 증가", "", "[한빛경제=김민수 기자]",
                         "하버로보틱스는 2분기 매출이 1200억원으로 전년 대비 30% 증가했다고 밝혔다. 회사는 하반기에도 성장이 이어질 것으로 내다봤다.",
                         "", "[저작권자ⓒ 한빛경제. 무단전재-재배포 금지]"]))
    assert d.source["publisher"] == "한빛경제" and d.source["author"] == "김민수"
    assert not any(ln.startswith("[") for ln in body_lines(d))


def test_chinese_credits_with_a_vertical_bar_and_a_picture_source_are_furniture():
    d = draft("\n".join(["海港机器人发布2024年财报", "", "作者丨青山", "", "编辑丨小林", "",
                         "海港机器人2024年营收为23.3亿元，同比增长18%。公司表示，仓储业务仍是增长的主要来源。", "",
                         "*图源海港机器人2024年财报", "", "公司计划明年在欧洲开设两个新的研发中心，以扩大其在物流自动化领域的布局。"]))
    assert d.source["author"] == "青山"
    assert not any(ln.startswith(("作者", "编辑", "*图源")) for ln in body_lines(d))


def test_a_wire_source_by_its_address_and_an_illustration_credit_are_furniture():
    d = draft("\n".join(["Harbor Robotics to buy Quayline for $6 billion", "", "Illustration: Jane Roe/Example News", "",
                         LEDE, "", MORE, "", "Source: Reuters.com"]))
    assert d.source["publisher"] == "Reuters"
    assert body_lines(d) == {LEDE, MORE}


def test_a_korean_stamp_with_its_correction_a_share_bar_and_a_credited_caption():
    d = draft("\n".join(["하버로보틱스, 2분기 매출 30% 증가", "", "시간 입력 2031-05-26 07:00:00 시간 수정 2031-06-05 12:51:06",
                         "  • 페이스북", "  • 트위터", "  • 카카오", "  • 링크복사", "",
                         "하버로보틱스 본사 전경. <출처=하버로보틱스>", "하버로보틱스 본사 전경. <출처=하버로보틱스>", "",
                         "하버로보틱스는 2분기 매출이 1200억원으로 전년 대비 30% 증가했다고 밝혔다. 회사는 하반기에도 성장이 이어질 것으로 내다봤다."]))
    assert d.title == "하버로보틱스, 2분기 매출 30% 증가"
    assert d.date == dt.date(2031, 5, 26)
    assert not any(ln.lstrip("• ") in ("페이스북", "트위터", "카카오", "링크복사") for ln in body_lines(d))


def test_a_stamp_right_above_the_headline_with_the_pages_age_in_brackets():
    d = draft("\n".join(["Accueil > Sociétés > Logiciels", "Communiqué", "Jeudi 29 mai 2031, 18h00  (il y a 4 mois)", "",
                         "HARBOR ROBOTICS ANNONCE SES RESULTATS SEMESTRIELS", "",
                         "Harbor Robotics a annoncé jeudi un chiffre d'affaires semestriel de 757 millions d'euros, en hausse de 8,5 %.",
                         "", "Le groupe confirme ses objectifs pour l'exercice et prévoit de nouveaux lancements au second semestre."]))
    assert d.date == dt.date(2031, 5, 29)


def test_a_tables_period_header_is_no_date():
    from digest.extract.dates import parse_date
    assert parse_date("S1 2030-31S1 2029-30", "fr") == (None, False)
    assert parse_date("Jeudi 29 mai 2031, 18h00", "fr") == (dt.date(2031, 5, 29), False)


def test_a_wire_credit_alone_in_brackets_and_a_chinese_dispatch_tag_name_the_publisher():
    d = draft("\n".join(["Harbor Robotics steigert Umsatz", "", "Der Umsatz sei im zweiten Quartal um rund 34 Prozent auf 2,73 Milliarden "
                         "Euro geklettert, teilte das Unternehmen am Donnerstag mit.", "", MORE, "", "(Reuters)"]))
    assert d.source["publisher"] == "Reuters" and "(Reuters)" not in body_lines(d)
    d = draft("\n".join(["海港机器人下调大模型价格", "", "海港科技讯 5月21日上午消息，海港机器人官网更新了大模型的定价详情，全面展示不同版本的价格信息。",
                         "", "公司表示，新的价格将在下个月生效，并适用于所有企业客户。"]))
    assert d.source["publisher"] == "海港科技"
    assert any(ln.startswith("5月21日上午消息") for ln in body_lines(d))


def test_a_lede_title_skips_the_datelines_city():
    assert title_from_lede("Sao Paulo. Harbor Robotics reportó el jueves un aumento de 71 por ciento en su ganancia neta del "
                           "primer trimestre.") == "Harbor Robotics reportó el jueves un aumento de 71 por ciento en su ganancia neta del primer trimestre"
    assert title_from_lede("Big news. Harbor Robotics sold more.") == "Big news"


def test_a_newsletter_sign_up_form_and_a_wire_credit_line_in_italian():
    d = draft("\n".join(["Harbor Robotics, utile in crescita del 13%", "", LEDE, "", MORE, "", "Harbor Weekly Newsletter",
                         "By signing up for our newsletter you agree to receive content related to harbor.example and our partners.",
                         "", "(1 dollaro = 0,9291 euro) (Redazione di Giulia Rossi; Redazione di Marco Bianchi e Jane Roe)"]))
    assert d.source["author"] == "Giulia Rossi"
    assert body_lines(d) == {LEDE, MORE}


def test_an_investment_sites_syndication_note_and_disclosure_name_the_outlet_and_the_writer():
    d = draft("\n".join(["This article originally appeared as part of ongoing coverage in our premium Harbor Advisor service... "
                         "we hope you enjoy this complimentary peek!", "", "Harbor Robotics Agrees To Be Bought", "", LEDE, "", MORE, "",
                         "Jane Roe has no position in any stocks mentioned. The Harbor Fool recommends Harbor Robotics. Try any of "
                         "our newsletter services free for 30 days. The Harbor Fool has a disclosure policy."]))
    assert d.title == "Harbor Robotics Agrees To Be Bought"
    assert d.source["author"] == "Jane Roe" and d.source["publisher"] == "The Harbor Fool"
    assert body_lines(d) == {LEDE, MORE}


def test_a_press_releases_dateline_between_slashes_names_the_wire_and_the_day():
    d = draft("\n".join(["Harbor Robotics Reports Financial Results for the Three Months Ended September 30, 2031", "",
                         "SAN JOSE, CA / ACCESSWIRE / November 8, 2031 / Harbor Robotics, Inc. (NASDAQ:HRBR) today reported results "
                         "for the three months ended September 30, 2031.", "", MORE]))
    assert d.source["publisher"] == "ACCESSWIRE" and d.date == dt.date(2031, 11, 8)
    assert any(ln.startswith("Harbor Robotics, Inc.") for ln in body_lines(d))
