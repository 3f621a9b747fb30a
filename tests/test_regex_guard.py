import re

import pytest

from ecta.facts.guard import folded, guarded, lowered

TEXTS = [
    "We expect revenue to grow 5% and EPS of $1.20, up from $1.05.",
    "REVENUE WAS FLAT; Guidance is unchanged.",
    "",
    "an upside-down k\u212a case: \u017fales",
]


@pytest.mark.parametrize("pattern, flags", [
    (r"\b(?:expect|guid(?:ance|e)|up|flat)\b", re.I),
    (r"(?<![-\w])(?:EPS|k|sales)\b", re.I),
    (r"""\b(?:up  # a comment at the end
         |down)""", re.X | re.I),
    (r"(?:up|down)\s+$", 0),
])
def test_guard_keeps_every_match(pattern, flags):
    rx = re.compile(pattern, flags)
    g = guarded(rx)
    assert g is not rx and g.pattern.startswith("(?=[")
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in g.finditer(text)] == [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern", [r"\w+ly", r"(?:up)?", r"[^a]b", r"(?i:up)|down"])
def test_unlistable_first_characters_leave_the_pattern_alone(pattern):
    rx = re.compile(pattern)
    assert guarded(rx) is rx


FOLD_TEXTS = TEXTS + [
    "Q3 FY'25 revenue rose 4% \u2014 \u201cahead\u201d of the Street\u2019s \u20ac1.2bn",
    "Jos\u00e9 said \u00c9BITDA margins were flat in the SECOND half.",
]


@pytest.mark.parametrize("pattern, flags", [
    (r"\b(?:expect|guid(?:ance|e)|up|flat)\b", re.I),
    (r"(?<![-\w])(?:EPS|k|sales|[A-Z]\w+)\b(?!\s+[A-Z])", re.I),
    (r"(?P<Upper>\bQ[1-4])\s*(?:FY\s*)?'?(?P<y>\d{2})?|\bSecond\s+HALF|[^\WA-Z]+\B|\S+\D", re.X | re.I),
    ("(?=[acdlpuv])(?:\\b(?:ahead|street|\u2019s|\u201c))", re.I),
])
def test_folded_pattern_on_the_lowered_text_finds_the_same_spans(pattern, flags):
    rx = re.compile(pattern, flags)
    low_rx = folded(rx)
    assert low_rx is not None and not low_rx.flags & re.I
    for text in FOLD_TEXTS:
        low = lowered(text)
        if low is None:
            continue
        assert [m.span() for m in low_rx.finditer(low)] == [m.span() for m in rx.finditer(text)]
        assert [m.lastindex for m in low_rx.finditer(low)] == [m.lastindex for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern, flags", [(r"up", 0), (r"\x41", re.I), (r"(?-i:Up)", re.I), (r"(?P<a>x)(?P=a)", re.I)])
def test_patterns_lowercasing_would_change_are_not_folded(pattern, flags):
    assert folded(re.compile(pattern, flags)) is None


def test_lowered_refuses_characters_with_an_ascii_case_partner():
    assert lowered("Revenue \u2019s \u20ac \u2014 UP") == "revenue \u2019s \u20ac \u2014 up"
    for odd in ("\u212a", "\u017f", "\u0131", "\u0130"):  # Kelvin sign, long s, dotless i, dotted I
        assert lowered(f"sales {odd}") is None


@pytest.mark.parametrize("odd", ["\u00c9", "\u00e9", "\u00a0", "\u2009", "\u00b2", "\x1c", "\x1f"])
def test_lowered_refuses_characters_ascii_classes_read_otherwise(odd):
    # a letter, a digit or a space outside ASCII, and the separators Unicode takes for spaces: the folded copies read
    # \b, \w, \d and \s by the ASCII table, so the text is left to the original pattern
    assert lowered(f"Revenue{odd}grew 5%") is None
    rx = re.compile(r"\b\w+\b|\s+|\d", re.I)
    text = f"Revenue{odd}grew 5%"
    assert [m.span() for m in folded(rx).finditer(text.lower())] != [m.span() for m in rx.finditer(text)]


def test_a_deferred_pattern_compiles_on_first_use_and_reads_as_the_compiled_one():
    from ecta import lazy_re
    from ecta.facts.guard import Deferred

    rx = lazy_re.compile(r"\b(?P<w>up|down)\s+(\d+)%", re.I)
    assert isinstance(rx, Deferred) and "search" not in rx.__dict__  # nothing compiled yet
    text = "Revenue was UP 5% and costs down 3%."
    plain = re.compile(rx.pattern, re.I)
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert rx.groupindex == plain.groupindex and rx.groups == 2
    assert lazy_re.search(rx, text).group("w") == "UP" and lazy_re.sub(rx, "x", text) == plain.sub("x", text)
    with pytest.raises(ValueError):
        lazy_re.search(rx, text, re.I)
    g = guarded(rx)  # a deferred pattern's guard is worked out on first use as well
    assert [m.span() for m in g.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert g.pattern.startswith("(?=[")


def test_a_deferred_pattern_that_cannot_compile_says_so_on_first_use():
    from ecta import lazy_re

    bad = lazy_re.compile(r"(unclosed")
    with pytest.raises(re.error):
        bad.search("x")


def _sentences_of_the_cases() -> list[str]:
    import json
    from pathlib import Path

    root = Path(__file__).parent / "data" / "facts"
    out = []
    for path in sorted(root.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        cases = data.get("cases", []) if isinstance(data, dict) else []
        out += [c["sentence"] for c in cases if isinstance(c, dict) and isinstance(c.get("sentence"), str)]
    return out


def test_the_period_cue_gate_drops_no_cue():
    """The cue finder tries its pattern only where a word starts with a listed two-letter prefix: a cue whose
    start is missing from that list would silently never fire ("subsequent to quarter end" once did)."""
    from ecta.facts import periods

    sentences = _sentences_of_the_cases()
    assert len(sentences) > 500
    for s in sentences:
        gated = [(m.start(), m.end()) for m in periods._matches(s)]
        every, resume = [], 0
        for w in re.finditer(r"\b\w", s):
            if w.start() < resume:
                continue
            m = periods.CUES.match(s, w.start())
            if m and m.end() > m.start():
                resume = m.end()
                every.append((m.start(), m.end()))
        assert gated == every, s


@pytest.mark.parametrize("pattern, flags, words", [
    (r"\b(?:the\s+following|as\s+follows)\b", re.I, {"following", "follows"}),
    (r"\bpro[-\s]?forma\b|\bNormali[sz]ed", re.I, {"forma", "normali"}),
    (r"(?:Net|Gross)\s+Margin", 0, {"Margin"}),
    (r"(?P<w>(?:top|low)er)\s+(?:end)+", re.I, {"end"}),
])
def test_required_words_are_held_by_every_match(pattern, flags, words):
    from ecta.facts.guard import required_words

    assert required_words(pattern, flags) == words


@pytest.mark.parametrize("pattern", [r"(?i)margin", r"\b(?:up|down)\b", r"(?:margin)?\s+up", r"margin|\d+%", r"(?-i:Up)|down", r"(?=margin)\w+"])
def test_patterns_some_match_of_which_holds_no_long_word_are_left_alone(pattern):
    from ecta.facts.guard import gated

    from ecta import lazy_re

    # a deferred pattern knows only the flags it was given, not a "(?i)" written in it
    rx = lazy_re.compile(pattern) if pattern.startswith("(?i)") else re.compile(pattern, re.I)
    assert gated(rx) is rx


GATE_TEXTS = FOLD_TEXTS + [
    "Pro forma revenue was up; the outlook is as follows: margins NORMALIZED at 12%.",
    "Our pro-forma margin, as follows.",
    "pro \u017forma, normali\u017fed",  # a long s: re.I reads it as "s", str.lower() does not
]


@pytest.mark.parametrize("pattern, flags", [
    (r"\bpro[-\s]?forma\b|\bnormali[sz]ed", re.I),
    (r"\b(?:the\s+following|as\s+follows)\b", re.I),
    (r"Pro\s+forma", 0),
])
def test_a_gated_pattern_finds_what_the_pattern_finds(pattern, flags):
    from ecta.facts.guard import Gated, gated

    rx = re.compile(pattern, flags)
    g = gated(rx)
    assert isinstance(g, Gated)
    for text in GATE_TEXTS:
        for pos, endpos in ((0, len(text)), (3, len(text)), (0, 20)):
            assert [m.span() for m in g.finditer(text, pos, endpos)] == [m.span() for m in rx.finditer(text, pos, endpos)]
            for found, want in ((g.search(text, pos, endpos), rx.search(text, pos, endpos)), (g.match(text, pos), rx.match(text, pos))):
                assert (found and found.span()) == (want and want.span())
    assert g.pattern == rx.pattern and g.flags == rx.flags


@pytest.mark.parametrize("pattern, flags", [
    (r"\b(?:expect(?:s|ing)?|guid(?:ance|e)|(?<!no\s)outlook|we\s+see|up)\b", re.I),
    (r"""\b(?:long[-\s]term  # a comment at the end
         |target(?:s|ed)?\s+of|by\s+20[2-4]\d)""", re.X | re.I),
    (r"(?:Q[1-4]|FY)\s*'?\d{2}", 0),
])
def test_a_prefix_guard_keeps_every_match(pattern, flags):
    from ecta.facts.guard import prefix_guarded

    rx = re.compile(pattern, flags)
    g = prefix_guarded(rx)
    assert g.pattern.startswith(("(?=", "\\b(?=")) and g.pattern != rx.pattern
    for text in GATE_TEXTS + ["We expect the outlook to be up; no outlook was given. Long-term targets of 12% by 2028, Q3 FY'26."]:
        assert [(m.span(), m.groups()) for m in g.finditer(text)] == [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern, head, tried_whole", [
    (r"\b(?:(?:previous|prior)\s+guidance|(?:\w+|\d+)\s+(?:days|weeks)\s+ago,?\s+we\s+(?:said|guided)|we\s+guided)\b",
     r"(?:\w+|\d+)\s+(?:days|weeks)\s+ago", True),
    (r"\bwe\s+(?:\w+\s+(?:days|weeks)\s+ago|nothing)", r"\w+\s+(?:days|weeks)\s+ago", False),  # not the match's start
    (r"\b(?:prior\s+guidance|we\s+guided)\b", r"\w+\s+days\s+ago", False),  # not in the pattern
])
def test_a_prefix_guard_tries_an_open_head_whole_only_where_it_opens_the_match(pattern, head, tried_whole):
    from ecta.facts.guard import prefix_guarded

    rx = re.compile(pattern, re.I)
    g = prefix_guarded(rx, open_heads=(head,))
    assert (f"|(?:{head}))" in g.pattern) is tried_whole
    assert g.pattern.startswith("\\b(?=") and (not tried_whole or "\\w(?:" not in g.pattern.split("|(?:")[0])
    for text in GATE_TEXTS + ["Ninety days ago, we guided to 5%; 30 weeks ago we said less. Our prior guidance was 4%, and we said nothing 3 days ago."]:
        assert [(m.span(), m.groups()) for m in g.finditer(text)] == [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_the_kind_cues_open_heads_are_in_their_guards():
    """An edit to a kind cue that drops or rewrites one of its open heads makes `prefix_guarded` fall back silently to the
    four-character guard (same matches, slower): this keeps the heads in force, and the cues' matches the originals'."""
    from ecta.facts import context

    cues = dict(context.KIND_CUES)
    for kind, heads in context._OPEN_HEADS.items():
        g = cues[kind]
        assert g.pattern.endswith(")") and all(f"|(?:{h})" in g.pattern for h in heads), kind
        rx = g._fallback
        for text in GATE_TEXTS + ["Our updated outlook for the year is $5; the new range is 3% to 4%, and our early view is 6%.",
                                  "Other 2026 expectations are: interest of $40 million. Ninety days ago we were guiding to $2."]:
            assert [m.span() for m in g.finditer(text)] == [m.span() for m in rx.finditer(text)], kind


@pytest.mark.parametrize("pattern, flags, at_boundary", [
    (r"\b(?:expect(?:s|ing)?|guid(?:ance|e)|(?<!no\s)outlook)\b", re.I, True),
    (r"(?<!annual\s)\blong[-\s]term|\btargets?\b", re.I, True),  # a lookbehind before the \b tests nothing of the start
    (r"(?:\bQ[1-4]|FY)\s*\d{2}", 0, False),  # one path consumes before any \b
    (r"(?:,\s+|\s)(?:and|but)\s+we\b", re.I, False),
])
def test_a_prefix_guard_tests_the_word_start_first_only_where_every_match_starts_at_one(pattern, flags, at_boundary):
    from ecta.facts.guard import _starts_at_boundary, prefix_guarded

    assert _starts_at_boundary(pattern, flags) is at_boundary
    rx = re.compile(pattern, flags)
    g = prefix_guarded(rx)
    assert g.pattern.startswith("\\b(?=") is at_boundary
    for text in GATE_TEXTS + ["Long-term targets of 12%; Q3 FY26, and we expect guidance, but we see an annual long-term plan."]:
        assert [(m.span(), m.groups()) for m in g.finditer(text)] == [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern, info_block, guard", [
    (r"\bq[1-4]|(?<!\w)fy\d", {"q", "f"}, {"q", "f"}),
    (r"(?:\s+|,)and\b", {"space", ","}, None),  # the info block takes \s; a guard lists no class that wide
    (r"\w+ly|ab", {"word", "a"}, None),
    (r"(?:\d+|one)\s+units", {"digit", "o"}, {"\\d", "o"}),  # a digit class stays "\d" in the guard: every Unicode digit
    (r"(?:up)?down|x*", None, None),  # can match empty
    (r"[^a]b", None, None),
])
def test_the_info_block_and_the_guard_read_first_characters_from_one_walk(pattern, info_block, guard):
    from re import _constants as C, _parser

    from ecta import stored_re
    from ecta.facts.guard import first_chars

    names = {C.CATEGORY_DIGIT: "digit", C.CATEGORY_SPACE: "space", C.CATEGORY_WORD: "word"}
    starts = stored_re._starts(_parser.parse(pattern, 0))
    assert (None if starts is None else {names.get(c) or chr(c) for c in starts}) == info_block
    assert first_chars(pattern) == guard
