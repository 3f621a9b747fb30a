"""Findings as someone checking every number against the call reads them: each says what the figures allow."""

from __future__ import annotations

from decimal import Decimal

from ecta.report import checks

from .test_report import fact


def _said(metric: str, value: str, text: str, sentence: str, line: int, phrase: str | None = None):
    return fact(metric, Decimal(value), p="Q2 2031", line=line, text=text, phrase=phrase).model_copy(update={"sentence": sentence})


def test_segments_short_of_the_total_by_less_than_a_round_figures_rounding_say_so():
    facts = [_said("revenue", "1800000000", "$1.8 billion", "Revenue was $1.8 billion, up 7%.", 3),
             _said("segment_revenue", "1000000000", "$1 billion", "Instruments sales were $1 billion, up 2%.", 5, "Instruments sales"),
             _said("segment_revenue", "758000000", "$758 million", "Services revenue was $758 million, up 15%.", 8, "Services revenue")]
    (found,) = checks.segments(facts)
    assert found.severity.value == "undecided"
    assert "within the rounding of $1 billion as said" in found.message, found.message
    assert "may be unnamed" not in found.message


def test_segments_short_of_the_total_by_more_than_their_rounding_may_miss_one():
    facts = [_said("revenue", "1800000000", "$1.80 billion", "Revenue was $1.80 billion, up 7%.", 3),
             _said("segment_revenue", "1000000000", "$1.00 billion", "Instruments sales were $1.00 billion.", 5, "Instruments sales"),
             _said("segment_revenue", "758000000", "$758 million", "Services revenue was $758 million, up 15%.", 8, "Services revenue")]
    (found,) = checks.segments(facts)
    assert "may be unnamed" in found.message and "rounding" not in found.message


def test_html_guidance_rows_link_to_their_highlighted_figure():
    """A line can hold many figures: the row's outlook opens its own highlighted figure, not just the line."""
    import re
    from pathlib import Path

    import ecta
    from ecta.report import analyze
    from ecta.report.render_html import html

    path = Path(__file__).parent / "data" / "report" / "brackwater_q1_2026.txt"
    t = ecta.parse(path, format="sentences")
    r = analyze(t)
    page = html(r, t)
    table = page[page.index("<h2>Guidance"):page.index("<h2>Checks")]
    links = re.findall(r"<td><a href='#(F\d+)'>([^<]*)</a></td>", table)
    assert r.guidance and len(links) == len([g for g in r.guidance]), (links, [g.text for g in r.guidance])
    for mark, shown in links:
        said = re.search(rf'<mark id="{mark}"[^>]*>([^<]*)</mark>', page)
        assert said, mark
        assert set(re.findall(r"\d[\d.,]*", shown)) & set(re.findall(r"\d[\d.,]*", said.group(1))), (shown, said.group(1))
    assert "Text (the source marks no sections)" in page and ">Prepared remarks<" not in page


def test_a_revenue_level_under_half_a_named_parts_is_no_bullet_of_the_companys_revenue():
    """"Starting with gaming. Revenue was $1.65 billion": the part is named in the sentence before, and a segment's level
    of the period more than twice as large shows the "revenue" cannot be the company's."""
    from ecta.summarize.candidates import _misleads

    f = _said("revenue", "1650000000", "$1.65 billion", "Revenue was $1.65 billion, up 26% year-on-year.", 60)
    assert _misleads(f, {("segment", "Q2 2031", "USD"): Decimal("3870000000")})
    assert not _misleads(f, {("segment", "Q2 2031", "USD"): Decimal("900000000")})
    assert not _misleads(f, {})


def test_a_bullet_gets_back_the_capitals_its_sentences_spell():
    """The summary writes in lower case: "q2 fernline cloud revenues" reads as a typo of the name the call said."""
    from ecta.report import _as_said

    said = ["Fernline Cloud revenues were $812 million, up 24%.", "Revenue from the iLoom line rose 9% in EMEA.",
            "Adjusted EPS was $1.02, and Non-GAAP margin was 21%."]
    assert _as_said("q2 fernline cloud revenues rose 24 percent.", said[:1]) == "q2 Fernline Cloud revenues rose 24 percent."
    assert _as_said("q2 iloom revenue rose 9 percent in emea.", said[1:2]) == "q2 iLoom revenue rose 9 percent in EMEA."
    # A sentence's capitalised first word is no name, nor are the basis words the wire writes in lower case.
    assert _as_said("q2 adjusted earnings per share $1.02.", said[2:]) == "q2 adjusted earnings per share $1.02."
    assert _as_said("q2 revenue $5 million.", ["Revenue was $5 million."]) == "q2 revenue $5 million."


def test_an_html_row_links_to_the_figure_of_its_own_period_when_a_line_says_the_range_twice():
    """"Sales up 3% to 5% in the quarter ... three to five points of share gain for the year" on one line: the year's row
    opens the year's figure, not the quarter's."""
    from ecta.model import Change, FactKind
    from ecta.report.models import GuidanceRow
    from ecta.report.render_html import _row_fact

    quarter = fact("revenue", None, low=3, high=5, unit="%", p="Q1 2031", kind=FactKind.GUIDANCE, change=Change.YOY, line=35)
    year = fact("revenue", None, low=3, high=5, unit="%", p="FY2031", kind=FactKind.GUIDANCE, change=Change.YOY, line=35)
    facts = [quarter, year]
    for period, want in (("Q1 2031", 0), ("FY2031", 1)):
        row = GuidanceRow(metric="revenue (yoy change)", period=period, kind="guidance", text="+3% to +5%",
                          low=Decimal(3), high=Decimal(5), unit="%", lines=[35])
        assert _row_fact(row, facts) == want, period
