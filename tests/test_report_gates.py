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
