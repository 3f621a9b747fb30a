"""Segment names a call gives other than in front of "revenue": an appositive ("Financial services, our largest
vertical, ...") or a share of group revenue ("North America is now about 14 per cent of group revenue")."""

from __future__ import annotations

from ecta.facts import Context, extract_sentence
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
