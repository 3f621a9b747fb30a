"""Segment names a call gives other than in front of "revenue": an appositive ("Financial services, our largest
vertical, ...") or a share of group revenue ("North America is now about 14 per cent of group revenue")."""

from __future__ import annotations

from ecta.facts import Context, extract_sentence
from ecta.facts.sentences import split_sentences
from ecta.facts.state import State
from ecta.facts.taxonomy import segment_names


def test_names_from_an_appositive_and_a_share_of_revenue() -> None:
    rx = segment_names([
        "Healthcare, our largest vertical, grew 2.1% sequentially. Latin America is now 17% of our revenue.",
        "Labor was 30.4% of sales, a 20 basis point improvement.",  # a cost line's share names no segment
    ])
    assert rx is not None
    assert rx.search("Healthcare") and rx.search("Latin America") and not rx.search("Labor")


def test_a_named_segment_growing_is_segment_revenue() -> None:
    rx = segment_names(["Outdoor, our most profitable division, grew 6% to EUR 910 million."])
    ctx = Context(fiscal_year=2026, fiscal_quarter=2, segments=rx)
    facts = extract_sentence("Outdoor grew 4.5% in the quarter.", ctx)
    assert [(f.metric, f.value) for f in facts] == [("segment_revenue", 4.5)]


def test_a_line_of_business_in_lower_case_is_a_segment() -> None:
    ctx = Context(fiscal_year=2026, fiscal_quarter=2)
    facts = extract_sentence("Group revenue was $4.2 billion, with trading revenue of $1.1 billion and services revenue of "
                             "$300 million.", ctx)
    assert [(f.metric, f.text) for f in facts] == [("revenue", "$4.2 billion"), ("segment_revenue", "$1.1 billion"),
                                                   ("segment_revenue", "$300 million")]
    facts = extract_sentence("We reported annual revenue of $16 billion, and increasing revenue of $4.2 billion.", ctx)
    assert {f.metric for f in facts} == {"revenue"}


def test_a_part_said_in_lower_case_that_delivered_revenue_is_a_segment() -> None:
    rx = segment_names(["Cold storage delivered revenue of $210 million, up 7% from a year ago.",
                        "Brindlecorp delivered record revenue of $1.9 billion.",  # a name capitalised throughout: the company
                        "This segment generated sales of $80 million."])
    assert rx is not None and rx.search("Cold storage") and not rx.search("Brindlecorp") and not rx.search("This segment")
    ctx = Context(fiscal_year=2026, fiscal_quarter=2, segments=rx)
    facts = extract_sentence("Cold storage delivered revenue of $210 million, up 7% from a year ago.", ctx)
    assert [(f.metric, f.text) for f in facts] == [("segment_revenue", "$210 million"), ("segment_revenue", "7%")]


def test_a_part_whose_profit_is_stated_and_that_heads_a_sentence_owns_the_next_revenue() -> None:
    paragraphs = ["Streaming was weaker, as we had flagged. Revenue was $318 million, down 9% from last year.",
                  "Streaming operating income was $22 million, a 7% margin.",
                  "Below EBITDA, interest expense was $41 million."]  # a name before a profit alone is no part
    rx = segment_names(paragraphs)
    assert rx is not None and rx.search("Streaming") and not rx.search("Below")
    assert segment_names(["Streaming operating income was $22 million."]) is None  # never the subject of a sentence
    ctx = Context(fiscal_year=2026, fiscal_quarter=2, segments=rx)
    state = State()
    facts = [f for _, s in split_sentences(paragraphs[0]) for f in extract_sentence(s, ctx, state=state)]
    assert [(f.metric, f.text) for f in facts] == [("segment_revenue", "$318 million"), ("segment_revenue", "9%")]
    state = State()  # the company itself heading the paragraph keeps its revenue
    facts = [f for _, s in split_sentences("We had a solid quarter. Revenue was $1.2 billion.") for f in extract_sentence(s, ctx, state=state)]
    assert [(f.metric, f.text) for f in facts] == [("revenue", "$1.2 billion")]


def test_a_named_topic_before_its_sales_is_a_part() -> None:
    call = ["Welcome to the Harrowgate Therapeutics second quarter call.",
            "Harrowgate had a record quarter. Net revenue was $880 million, up 12%.",  # the company, not a part
            "Brightline led again. Net sales were $212 million. That is 9% more than a year ago, and it is 2% above the "
            "first quarter. Turning to Corvix. We ended June with 900 patients on therapy, and net sales reached $64 million.",
            "Demand was strong. Sales were up 4%.",  # a common word opening a sentence names no part
            "For Brightline and for Corvix, we expect more growth, and demand should hold."]
    rx = segment_names(call, company="Harrowgate Therapeutics")
    assert rx is not None and rx.search("Brightline") and rx.search("Corvix")
    assert not rx.search("Harrowgate") and not rx.search("Demand")
    ctx = Context(fiscal_year=2026, fiscal_quarter=2, segments=rx)
    state = State()
    facts = [f for _, s in split_sentences(call[2]) for f in extract_sentence(s, ctx, state=state)]
    got = [(f.text, f.metric, f.change.value if f.change else None) for f in facts]
    assert ("$212 million", "segment_revenue", None) in got
    assert ("9%", "segment_revenue", "yoy") in got
    assert ("$64 million", "segment_revenue", None) in got
    # a measure the part owns, or a share of something else, is not its sales
    assert extract_sentence("Brightline's discount to list should be in the low 40s.", ctx)[0].metric != "segment_revenue"
    assert extract_sentence("Brightline took 28% of new patient starts.", ctx)[0].metric != "segment_revenue"
    assert extract_sentence("Brightline total prescriptions rose 14%.", ctx)[0].metric == "units"


def test_a_name_before_its_net_sales_is_learned() -> None:
    rx = segment_names(["Tidefall net revenue was $410 million, up 9%.",
                        "For the quarter, the Company's net sales decreased 4%.",  # the whole
                        "Foreign exchange reduced net sales by 2%."])  # a verb before the sales is no part of a name
    assert rx is not None and rx.search("Tidefall")
    assert not rx.search("Company's") and not rx.search("Foreign exchange")


def test_an_appositive_arm_or_platform_names_a_part() -> None:
    s = "Marlow Fresh, our specialty seafood and dairy arm, delivered net sales of $310 million."
    rx = segment_names([s, "Quillbank, our data and analytics unit, delivered $57 million of revenue."])
    assert rx is not None and rx.search("Marlow Fresh") and rx.search("Quillbank")
    ctx = Context(fiscal_year=2026, fiscal_quarter=3, segments=rx)
    assert [(f.metric, f.text) for f in extract_sentence(s, ctx)] == [("segment_revenue", "$310 million")]
    facts = extract_sentence("Quillbank, our data and analytics unit, delivered $57 million of revenue.", ctx)
    assert [(f.metric, f.text) for f in facts] == [("segment_revenue", "$57 million")]


def test_a_capitalised_part_earning_its_sales_is_learned() -> None:
    call = ["Harborline contributed $64 million of revenue in the quarter, up 22%.",
            "Field and Fleet Services brought in revenue of $218 million.",
            "Currency added $12 million of revenue.",  # a driver of the bridge, not a part
            "Tidewater generated revenue of $1.1 billion."]  # the company itself
    rx = segment_names(call, company="Tidewater Foods")
    assert rx is not None and rx.search("Harborline") and rx.search("Field and Fleet Services")
    assert not rx.search("Currency") and not rx.search("Tidewater")
    ctx = Context(fiscal_year=2026, fiscal_quarter=3, segments=rx)
    assert {f.metric for f in extract_sentence(call[0], ctx)} == {"segment_revenue"}
    assert [f.metric for f in extract_sentence(call[3], ctx)] == ["revenue"]


def test_a_part_that_makes_up_a_share_of_revenue_is_learned() -> None:
    rx = segment_names(["Cloud services now make up 41% of revenue, against 36% a year ago.",
                        "Marine, which accounted for 7% of sales, grew 3%.",
                        "Returns represented 2% of sales."])  # a deduction from sales, not a part
    assert rx is not None and rx.search("Cloud services") and rx.search("Marine")
    assert rx.search("Cloud services now").group(0) == "Cloud services" and not rx.search("Returns")


def test_a_word_leading_the_next_point_is_no_part() -> None:
    # "Next, the ... segment." opens a part's review; "Next" names no part, else "the next 12 months" reads as its revenue
    rx = segment_names(["We grew in every region. Next, the Harbor Logistics segment. Revenue was $2.1 billion and grew 9%, "
                        "driven by Harbor and our Retail business."])
    assert rx is None or not (rx.search("Next") or rx.search("Finally"))
    ctx = Context(fiscal_year=2026, fiscal_quarter=2, segments=rx)
    facts = extract_sentence("About 45% will be recognized in the next 12 months, up 20%.", ctx)
    assert "segment_revenue" not in {f.metric for f in facts}


def test_a_share_of_one_lines_total_names_its_parts_initials_too() -> None:
    """"TV was about 21% of total licensing": a part of one line of sales, even by its initials, and its moves after."""
    paragraphs = ["TV was about 21% of total licensing in the quarter.", "Handsets represented about 30% of total licensing.",
                  "Labor was about 28% of total services."]
    rx = segment_names(paragraphs)
    assert rx is not None and rx.search("TV") and rx.search("Handsets") and not rx.search("Labor")
    ctx = Context(fiscal_year=2026, fiscal_quarter=2, segments=rx)
    facts = extract_sentence("Handsets were up about 12% from last year on higher recoveries.", ctx)
    assert [(f.metric, f.value) for f in facts] == [("segment_revenue", 12)]
    assert segment_names(["AB was about 21% of total licensing costs."]) is None


def test_a_topic_named_in_capitals_throughout_needs_no_second_mention() -> None:
    call = ["Let me take the divisions in turn. Harbour Controls had a quieter quarter than we hoped. Revenue fell 4% to "
            "$640 million.",
            "Marine Systems was the engine again. Revenue grew 11% to $910 million.",  # a count's noun inside a part's name
            "Demand was strong. Sales were up 4%.",  # one capitalised word opening a sentence may be any noun
            "Tidewater Foods had a record quarter. Net sales were $2.2 billion."]  # the company itself
    rx = segment_names(call, company="Tidewater Foods")
    assert rx is not None and rx.search("Harbour Controls") and rx.search("Marine Systems")
    assert not rx.search("Demand") and not rx.search("Tidewater Foods")
    ctx = Context(fiscal_year=2026, fiscal_quarter=3, segments=rx)
    state = State()
    facts = [f for _, s in split_sentences(call[1]) for f in extract_sentence(s, ctx, state=state)]
    assert [(f.metric, f.text) for f in facts] == [("segment_revenue", "11%"), ("segment_revenue", "$910 million")]
    state = State()
    facts = [f for _, s in split_sentences(call[3]) for f in extract_sentence(s, ctx, state=state)]
    assert [f.metric for f in facts] == ["revenue"]
