"""The report's cheap tests before a costlier pattern never refuse a text the pattern would match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ecta.report.figures import _after_capital

_WORDS = ["Delta", "margin", "ABC", "gross", "the", "a,", "XYZ", "sales", "Sales", "R&D", "Q-tech", "\u00c9cole", "q3",
          "and", ";", "margins", "Zeta-Prime"]
_BLANKS = [" ", "  ", "\t", ", ", "\u00a0", "\u2003"]


def _named(sentence: str, phrase: str) -> bool:
    """The two patterns `figures._named_before` compiles for a phrase."""
    return bool(re.search(r"(?<=[a-z,;] )((?:[A-Z][\w&-]*\s+){1,2})" + re.escape(phrase) + r"\b", sentence)
                or re.match(r"\s*((?:[A-Z]{2,}[&-]?\s+){1,2})" + re.escape(phrase) + r"\b", sentence))


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_BLANKS), st.sampled_from(_WORDS)), min_size=1, max_size=8),
       st.booleans(), st.sampled_from(["margin", "gross margin", "sales", "Sales", "margins", "R&D"]))
def test_a_phrase_after_no_capitalised_word_is_never_named_by_the_patterns(parts, bare_start, phrase):
    sentence = "".join(blank + word for blank, word in parts)
    sentence = sentence.lstrip() if bare_start else sentence
    if _named(sentence, phrase):
        assert _after_capital(sentence, phrase)


_PHRASES = ["effective tax rate", "gross margin", "Tax", "yield", "net interest", "\u00e9cart", "Loss"]
_SENT = ["the", "Effective", "TAX", "rate", "rates", "ratio", "margins", "yield", "gross", "margin", "\u00e9cart", "net",
         "interest", "\u212a", "\u017fales", "loss", "a"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([" ", "  ", "-", ", "]), st.sampled_from(_SENT)), min_size=1, max_size=9),
       st.sampled_from(_PHRASES))
def test_a_phrase_runs_into_a_ratio_word_as_the_pattern_made_from_it_says(parts, phrase):
    from ecta.report.guidance import _RATIO_AFTER, _ratio_after

    sentence = "".join(blank + word for blank, word in parts)
    assert _ratio_after(phrase, sentence) == bool(re.search(re.escape(phrase) + _RATIO_AFTER.pattern, sentence, re.I))


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["19%", "of", "total", "Revenue", "SALES", "\u017fales", "net", "revenues", "costs", " "]),
                min_size=1, max_size=8))
def test_a_share_of_revenue_is_found_as_before_the_sentence_test(words):
    from ecta.model import Fact
    from ecta.report.guidance import share_of

    sentence = " ".join(words)
    f = Fact(metric="gross_margin", phrase="gross margin", value=19, unit="%", line=1, sentence=sentence, text="19%")
    m = re.search(re.escape(f.text) + r"\s+of\s+(?:total\s+|net\s+)?(revenues?|sales)\b", f.sentence, re.I)
    assert share_of(f) == ("revenue" if m else None)
