"""The headline of an HTML page chosen from the evidence of its sources together, on pages written here."""

from __future__ import annotations

from digest.sources.html import read_html

BODY = ("<p>Harbor Robotics said on Tuesday that its warehouse arm now sorts 1,200 parcels an hour, twice "
        "the rate of last year's model, and that three retailers have signed up to test it in Europe.</p>"
        "<p>The company did not give a price, but analysts put it near $90,000 per unit, cheaper than the "
        "arm it replaces in most markets, according to two people who have seen the offer.</p>")


def page(head: str, top: str = "") -> bytes:
    return (f"<!doctype html><html lang='en'><head>{head}</head><body>{top}"
            f"<article>{BODY}</article></body></html>").encode()


def test_the_reading_most_sources_agree_on_wins():
    html = page("<title>Harbor arm doubles sorting speed | Outlet Weekly</title>"
                "<meta property='og:title' content='Harbor arm doubles sorting speed'>"
                "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                "\"headline\": \"harbor-arm-doubles-speed-2025\"}</script>")
    doc = read_html(html, "p.html")
    assert doc.title == "Harbor arm doubles sorting speed"
    assert doc.publisher == "Outlet Weekly"


def test_a_site_name_in_h1_is_not_the_headline():
    html = page("<title>Harbor arm doubles sorting speed - Outlet Weekly</title>"
                "<meta property='og:site_name' content='Outlet Weekly'>",
                "<h1>Outlet Weekly</h1>")
    doc = read_html(html, "p.html")
    assert doc.title == "Harbor arm doubles sorting speed"


def test_the_pages_own_h1_wording_is_kept_when_it_agrees():
    html = page("<meta property='og:title' content='HARBOR ARM DOUBLES SORTING SPEED'>",
                "<h1>Harbor Arm Doubles Sorting Speed</h1>")
    assert read_html(html, "p.html").title == "Harbor Arm Doubles Sorting Speed"


def test_the_pages_own_article_element_is_the_fallback_body():
    from digest.sources.blocks import fallback_blocks
    from digest.sources.markup import parse_page

    tree = parse_page("<html><head><title>Harbor arm notes</title></head><body>"
                      "<nav><a href='/'>Home</a></nav><main><table><tr><th>Figure</th><th>Value</th></tr>"
                      "<tr><td>Sorting rate</td><td>1,200 parcels an hour</td></tr></table>"
                      "<p>Price: about $90,000 per unit, analysts say.</p></main>"
                      "<footer>Outlet Weekly</footer></body></html>", "short.html")
    blocks = fallback_blocks(tree)
    assert ("table", [["Sorting rate", "1,200 parcels an hour"]], ["Figure", "Value"]) in blocks
    assert ("p", "Price: about $90,000 per unit, analysts say.") in blocks
    assert not any("Home" in str(b) or "Outlet Weekly" in str(b) for b in blocks)
