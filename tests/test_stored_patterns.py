"""ecta.stored_re: patterns built from the stored engine code behave as `re.compile` makes them."""

from __future__ import annotations

import marshal
import re
from array import array
from pathlib import Path

import pytest

from ecta import stored_re

STORE = Path(stored_re.__file__).with_name(stored_re._FILE)


def _stored() -> dict:
    data = marshal.loads(STORE.read_bytes())
    if data["engine"] != stored_re.engine():
        pytest.skip("the store was written for another Python's regular-expression engine")
    return data["patterns"]


def test_every_stored_pattern_is_what_re_would_compile():
    patterns = _stored()
    assert len(patterns) > 300  # the rules of the facts extractor and the parsers, not an empty file
    for (flags, source), (final, packed, groups, groupindex, indexgroup) in patterns.items():
        if flags & stored_re.TWIN:  # a pattern's ASCII twin (see stored_re.twin)
            fresh = stored_re.ascii_entry(source, flags & ~stored_re.TWIN)
            assert fresh is not None, source
        else:
            fresh = stored_re.entry(source, flags)
        fresh_final, fresh_packed, fresh_groups, fresh_index, fresh_names = fresh
        assert array(stored_re._CODE_TYPE, packed) == array(stored_re._CODE_TYPE, fresh_packed), source
        assert (final, groups, groupindex, indexgroup) == (fresh_final, fresh_groups, fresh_index, fresh_names), source


def test_a_stored_pattern_matches_as_the_standard_one():
    patterns = _stored()
    (flags, source) = next(k for k in patterns if patterns[k][2] > 0 and k[0] & re.I)
    stored, plain = stored_re.compile(source, flags), re.compile(source, flags)
    assert (stored.pattern, stored.flags, stored.groups, stored.groupindex) == (plain.pattern, plain.flags, plain.groups, plain.groupindex)
    text = "Revenue for the quarter was $4.2 billion, up 6% year over year; we now expect $17 to $18 billion for 2026."
    for t in (text, text.upper(), text.lower()):
        assert [m.span() for m in stored.finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_a_pattern_the_store_lacks_is_compiled_as_usual():
    rx = stored_re.compile(r"(?P<n>\d+) widgets? of a kind no rule names", re.I)
    assert rx.search("We shipped 12 WIDGETS of a kind no rule names").group("n") == "12"
    with pytest.raises(re.error):
        stored_re.compile(r"(unbalanced")


@pytest.mark.parametrize("source, flags", [
    (r"\b(?:kilns?|stock)\s+\d+", re.I),  # case ignored: "K" (Kelvin) and "ſ" (long s) fold to ASCII letters
    (r"(?<![\w-])(?:net\s+)?sales\b", 0),
    (r"(?=[ks])(?:\bkeep|\bsell)", re.I),
    (r"\b\d+(?:\.\d+)?%", 0),
])
def test_the_first_characters_listed_keep_every_match(source, flags):
    # entry() lists the characters a match can start with where the standard compiler does not: the same matches
    _final, packed, groups, groupindex, indexgroup = stored_re.entry(source, flags)
    import _sre

    code = array(stored_re._CODE_TYPE, packed).tolist()
    stored = _sre.compile(source, flags | re.compile(source, flags).flags, code, groups, groupindex, indexgroup)
    plain = re.compile(source, flags)
    text = "Net sales of 12 KILNS, \u212aeep 4 \u017ftock 7, stock 9 and 3.5% more; pre-sales 2%, KILN 44"
    for t in (text, text.upper(), text.lower()):
        assert [m.span() for m in stored.finditer(t)] == [m.span() for m in plain.finditer(t)]
    assert code[2] == 4  # the info block now lists a class of first characters


def test_a_pattern_opening_on_a_space_or_word_class_keeps_its_matches():
    for source in (r";|:\s|,\s+(?:and|but)\s|\s(?:while|but)\s", r"\s+to\s+\d", r"\w+ly\b"):
        _final, packed, groups, groupindex, indexgroup = stored_re.entry(source, 0)
        import _sre

        stored = _sre.compile(source, re.compile(source).flags, array(stored_re._CODE_TYPE, packed).tolist(), groups, groupindex, indexgroup)
        text = "Sales rose,\u00a0but margins fell; units\u2003while mostly flat: rose\u3000to 4, quickly and\tbut to 7"
        assert [m.span() for m in stored.finditer(text)] == [m.span() for m in re.finditer(source, text)]
