"""The hand-labelled facts set (tests/data/labelled): well-formed labels, parseable calls, and a score floor."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

import ecta
from ecta.model import Basis, Change, Direction, FactKind

from .conftest import REPO, load_script

ROOT = REPO / "tests" / "data" / "labelled"
TRANSCRIPTS = ROOT / "transcripts"
LABELS = [json.loads(row) for row in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if row.strip()]
FILES = sorted(p.name for p in TRANSCRIPTS.iterdir() if p.is_file())

REQUIRED = {"file", "line", "text", "metric", "unit", "period", "kind", "basis", "change", "approx"}
OPTIONAL = {"value", "low", "high", "direction"}
UNITS = {"%", "bps", "days", "x", "count", "g/t"}
PERIOD = re.compile(r"^(?:Q[1-4] \d{4}|FY\d{4}|H[12] \d{4}|YTD \d{4})$")

# Floors sit a little below what bench/facts_eval.py measured when they were set (see bench/README.md):
# they catch regressions, they are not targets.
# Measured 2026-11-29 on 698 labels (ten calls): value P 0.988 / R 0.980; (value, period, kind) P 0.965 / R 0.957.
# Then four held-out calls were added (1,037 labels, fourteen calls), each labelled before the extractor saw it;
# with facts in one-word-per-line sources pointing at their token's line: value P 0.975 / R 0.958;
# (value, period, kind) P 0.918 / R 0.902. After their failure classes were fixed: value P 0.993 / R 0.986;
# (value, period, kind) P 0.964 / R 0.957. Then two more held-out calls (1,218 labels, sixteen calls), not yet
# tuned on: value P 0.985 / R 0.980; (value, period, kind) P 0.940 / R 0.934. After fixing the classes they
# showed: value P 0.986 / R 0.981; (value, period, kind) P 0.950 / R 0.946. Then the third session's held-out
# rounds: with a managed-care insurer and a homebuilder (1,388 labels), before any fix: value P 0.981 / R 0.974;
# (value, period, kind) P 0.943 / R 0.936; with an aerospace contractor and a hotel franchisor too (1,588 labels,
# twenty calls): value P 0.977 / R 0.971; (value, period, kind) P 0.926 / R 0.920; with a utility and a miner too
# (1,747 labels, twenty-two calls): value P 0.973 / R 0.969; (value, period, kind) P 0.911 / R 0.908. After the
# facts branch fixed the classes those six calls showed (and earlier rounds' weak spots): value P 0.991 / R 0.983;
# (value, period, kind) P 0.967 / R 0.959. Then four more held-out calls, not tuned on (2,082 labels, twenty-six
# calls): value P 0.985 / R 0.974; (value, period, kind) P 0.943 / R 0.933. After the facts2 branch fixed the
# biggest classes of those four (signs in words, decades in words, industry counts and days, an outlook announced
# without figures, streaks of quarters): value P 0.988 / R 0.985; (value, period, kind) P 0.952 / R 0.948. After
# facts3 (figure-less headings set the period, more non-facts): value P 0.991 / R 0.985; (value, period, kind)
# P 0.960 / R 0.955. Then the fourth session's four held-out calls, not tuned on (2,458 labels, thirty calls):
# value P 0.983 / R 0.978; (value, period, kind) P 0.942 / R 0.937. After that session's facts work, with its
# four blind calls added (2,807 labels, thirty-four calls): value P 0.985 / R 0.981; (value, period, kind)
# P 0.948 / R 0.944. Then the fifth session's held-out pair, not tuned on (2,987 labels, thirty-six calls), after
# the page-break line fix: value P 0.982 / R 0.978; (value, period, kind) P 0.942 / R 0.938. After that session's
# facts work, with its second (blind) pair added (3,187 labels, thirty-eight calls): value P 0.983 / R 0.978;
# (value, period, kind) P 0.945 / R 0.940. Then the sixth session's two full-length blind calls (3,516 labels,
# forty calls), not tuned on: value P 0.983 / R 0.981; (value, period, kind) P 0.931 / R 0.930. After that session's
# facts work (real-call classes, then the two calls' own period and kind classes): value P 0.984 / R 0.982;
# (value, period, kind) P 0.955 / R 0.953. The seventh session's work on real calls' gold bullets: 0.957 / 0.955;
# then its two blind calls added unfixed (3,908 labels, forty-two calls, the pair at 0.854 / 0.852): value
# P 0.982 / R 0.980; (value, period, kind) P 0.947 / R 0.945. The eighth session's work left those unchanged; its
# two blind calls added unfixed (4,181 labels, forty-four calls, the pair at 0.820 / 0.835): value P 0.979 / R 0.978;
# (value, period, kind) P 0.938 / R 0.937; after one general class found on the pair (cost ratios said to get worse),
# value P 0.979 / R 0.979, (value, period, kind) P 0.939 / R 0.938; and EBITDA losses: value P 0.980 / R 0.979,
# (value, period, kind) P 0.940 / R 0.939; and "month to date": (value, period, kind) P 0.940 / R 0.940. The ninth
# session's two blind calls added unfixed (4,495 labels, forty-six calls, the pair at 0.824 / 0.822): value P 0.980 /
# R 0.978; (value, period, kind) P 0.933 / R 0.932; after the session's facts work (metric, sign, segment, period
# and kind classes from real calls, and classes found on the pair, which then scored 0.875 / 0.873): value P 0.982 /
# R 0.981; (value, period, kind) P 0.940 / R 0.939. The tenth session's first blind call (a chip designer, 4,665
# labels, forty-seven calls, the call at 0.777 / 0.800) added unfixed: value P 0.980 / R 0.980; (value, period,
# kind) P 0.934 / R 0.934; with the second (a streaming company in a token file, 4,812 labels, forty-eight calls, the
# call at 0.781 / 0.775): value P 0.980 / R 0.980; (value, period, kind) P 0.929 / R 0.929. After the session's facts
# work (the pair then at 0.814 / 0.827) and a third blind call held out until then (an online marketplace, 4,968
# labels, forty-nine calls, the call at 0.873 / 0.885): value P 0.980 / R 0.980; (value, period, kind) P 0.930 /
# R 0.931. The eleventh session's first two blind calls added unfixed (an equipment-rental call at 0.915 / 0.908 and a
# hospital operator's first quarter at 0.759 / 0.770; 5,226 labels, fifty-one calls): value P 0.979 / R 0.979;
# (value, period, kind) P 0.926 / R 0.927; after the session's facts work (the pair then at 0.914 / 0.907, from 0.830 / 0.833) and two
# more blind calls held out until then (oilfield services 0.781 / 0.775 and a life insurer 0.797 / 0.791; the
# session's start extractor gave the pair 0.783 / 0.780): 5,503 labels, fifty-three calls, value P 0.984 / R 0.978;
# (value, period, kind) P 0.931 / R 0.925; after a short round on the held-out pair's classes and a reviewer's list
# from real calls (the pair then at 0.862 / 0.856): value P 0.984 / R 0.978; (value, period, kind) P 0.935 / R 0.929.
# The twelfth session's first two blind calls added unfixed (a franchised auto dealer group at 0.706 / 0.667 and an
# equipment maker's fourth quarter at 0.816 / 0.839; 5,802 labels, fifty-five calls): value P 0.980 / R 0.974;
# (value, period, kind) P 0.926 / R 0.920.
# After the session's facts work (the pair then at 0.857 / 0.860, from 0.758 / 0.746) and two more blind calls held out until
# then (a card issuer and a social-media platform: 0.823 / 0.820 with the session's learned period arbiter, 0.815 /
# 0.812 without it, the same as the session's start extractor gave them): 6,057 labels, fifty-seven calls, value
# P 0.979 / R 0.973; (value, period, kind) P 0.929 / R 0.924; after a short round on the held-out pair's classes (the
# pair then at 0.858 / 0.855): value P 0.979 / R 0.973; (value, period, kind) P 0.931 / R 0.926.
# The thirteenth session's first two blind calls added unfixed (a construction-materials producer at 0.830 / 0.823
# and an exchange operator at 0.769 / 0.775; 6,316 labels, fifty-nine calls): value P 0.977 / R 0.972;
# (value, period, kind) P 0.926 / R 0.921; with its second pair too (an online-education company in the sentence
# layout at 0.892 / 0.873 and a specialty-pharma company at 0.830 / 0.845; 6,574 labels, sixty-one calls): value
# P 0.977 / R 0.972; (value, period, kind) P 0.923 / R 0.918. After the session's facts work (the four then at
# 0.929 / 0.930 together, from 0.831 / 0.830) and two more blind calls held out until then (an insurance broker and a contract research
# organisation: 0.829 / 0.819 with the rules alone, 0.820 / 0.810 with the refitted period arbiter, which then
# shipped switched off; the session's start extractor gave them 0.808 / 0.798): 6,811 labels, sixty-three calls,
# value P 0.976 / R 0.970; (value, period, kind) P 0.930 / R 0.925. Fourteenth session, two blind calls scored on
# arrival (a foodservice distributor at 0.855 / 0.855 and an online sports-betting operator at 0.716 / 0.733): 7,059
# labels, sixty-five calls, value P 0.975 / R 0.970; (value, period, kind) P 0.924 / R 0.920; with a second pair
# (a tower REIT at 0.818 / 0.783 and a Taiwanese foundry reporting in NT$ at 0.790 / 0.750): 7,317 labels,
# sixty-seven calls, value P 0.973 / R 0.967; (value, period, kind) P 0.920 / R 0.914. After the session's facts work
# (the four then at 0.857 / 0.854 together, from 0.793 / 0.779) and two more blind calls held out until then (a steel
# producer and a payroll processor: 0.798 / 0.795 with the END rules, 0.802 / 0.798 with the START extractor): 7,570
# labels, sixty-nine calls, value P 0.972 / R 0.967; (value, period, kind) P 0.924 / R 0.920.
# Seventeenth session, after its facts work (kind, period, metric and guidance-update classes, and the MAEC layout's
# answers told from the questions) with its two blind calls added (a cable operator in the MAEC sentence layout and an
# apartment REIT: 0.877 / 0.855 at the session's start, 0.885 / 0.863 with every fix not read off them): 8,531 labels,
# seventy-seven calls, value P 0.973 / R 0.968; (value, period, kind) P 0.935 / R 0.930.
# Eighteenth session, after its facts work (qualitative directions, signs and thresholds, segments carried across
# sentences, and classes a judge found on real calls) with its two blind calls added (a waste-services company in
# StreetEvents markdown and a diagnostics company with a September year in FMP markdown: 0.882 / 0.854 at the session's
# start, 0.885 / 0.874 at its end): 8,777 labels, seventy-nine calls, value P 0.977 / R 0.974; (value, period, kind)
# P 0.938 / R 0.935.
# Twenty-sixth session, after its facts work with four of its blind calls added (a forint pharma group and a memory
# maker held out from the session before, 0.839 / 0.849 at its start; a baht hospital group with a specialty insurer and
# a koruna utility with an airline, 0.838 / 0.828 and 0.862 / 0.846 at the session's start): 13,890 labels, one hundred
# and twenty-one calls, value P 0.980 / R 0.976; (value, period, kind) P 0.934 / R 0.930 (the first one hundred and
# fifteen calls alone unchanged at 0.937 / 0.933).
# Twenty-seventh session, after its facts work with six of its blind calls added (a dirham developer with a
# construction-materials producer held out from the session before, 0.870 / 0.874 at its start; a Chilean retailer with
# a Philippine telecom, 0.862 / 0.848; a New Zealand formula maker with a Kenyan mobile operator, 0.452 / 0.459, the
# half-year call dated a quarter by the parser): 14,627 labels, one hundred and twenty-seven calls, value P 0.979 /
# R 0.977; (value, period, kind) P 0.933 / R 0.931 (0.9328 / 0.9306): the new calls, still below the set, pull the
# precision floor down a step.
# Twenty-eighth session, after its facts work with its six blind calls added (an aerospace distributor with a Korean
# battery-materials maker, 0.896 / 0.913 at the session's start; a dental-software company with a Colombian bank,
# 0.893 / 0.912; a grocer with an Egyptian consumer-finance group, held out to the end, 0.906 / 0.909 at start and end):
# 15,567 labels, one hundred and thirty-three calls, value P 0.978 / R 0.977; (value, period, kind) P 0.935 / R 0.933
# (0.9350 / 0.9332). Floors unchanged.
# Twenty-ninth session, after its facts work with its six blind calls added (a two-wheeler maker with a satellite
# operator, 0.838 / 0.827 at the session's start; a housebuilder with a Mexican bottler and a convenience-store operator
# with a freight broker, held out to the end, 0.886 / 0.862 -> 0.883 / 0.859 and 0.856 / 0.833 at start and end) and a
# label audit (32 labels): 16,517 labels, one hundred and thirty-nine calls, value P 0.981 / R 0.977; (value, period,
# kind) P 0.936 / R 0.933 (0.9361 / 0.9325). Floors unchanged.
# Thirtieth session's label audit (2 removed, 3 added, 4 changed): 16,518 labels, value P 0.981 / R 0.977; (value,
# period, kind) P 0.936 / R 0.933 (0.9361 / 0.9325). Floors unchanged.
# Thirtieth session, after its facts work (reporting grain, kinds, value misses, metrics, a blind pair's classes) with
# its four blind calls added (a poultry processor with a tanker owner, 0.863 / 0.851 at the start, 0.925 / 0.912 after
# their classes were fixed; a toll-road group with a video-game publisher held out to the end, 0.885 / 0.857 at start
# and end, the facts of both unchanged by the session's rules): 17,196 labels, one hundred and forty-three calls, value
# P 0.9805 / R 0.9771; (value, period, kind) P 0.938 / R 0.935 (0.9379 / 0.9347). (value, period, kind) floors raised.
# Thirty-first session, after its facts work (a span named before its figures, the quarter a sentence leads with kept
# after a cumulative aside, qualitative way verbs, declared dividends, believed levels) with its four blind calls added
# (a funeral and cemetery operator, a paint maker with an October year and an Indian cement maker held out to the end,
# 0.868 / 0.840 at the start, 0.870 / 0.842 at the end; a uranium producer scored first at 0.563 / 0.563 and then used
# as a development call, 0.759 / 0.759 at the end): 17,886 labels, one hundred and forty-seven calls, value P 0.980 /
# R 0.977; (value, period, kind) P 0.935 / R 0.932 (0.9354 / 0.9322; 0.9317 before the last merge, scaled tonnes): the new calls pull the recall floor down a step.
# Thirty-third session, after its facts work (outlook periods, comparison bases, spans to date, goals, kinds, bounds)
# with its four blind calls added unfixed (a cinema chain, an elevator maker, a timeshare company and an Indian life
# insurer, held out to the end: 0.923 / 0.925 at the start and, byte for byte the same facts, at the end): 18,420
# labels, one hundred and fifty-one calls, value P 0.980 / R 0.977; (value, period, kind) P 0.938 / R 0.935
# (0.9377 / 0.9347; the first one hundred and forty-seven calls 0.9354 / 0.9323 -> 0.9381 / 0.9350).
# After a second round (qualitative subjects by head noun, analysts' restatements under a kin name or rounded, rates
# from a named year, ranges recalled by their month, deeds done so far this year): P 0.9385 / R 0.9359.
# Floors sit just below the latest measurement.
FLOORS = {"value": (0.975, 0.971), "value+period+kind": (0.936, 0.933)}


def _source_lines(name: str) -> list[str]:
    return ecta.parsing.load(TRANSCRIPTS / name).lines


def test_the_set_is_big_enough():
    assert len(LABELS) >= 300
    assert len({lab["file"] for lab in LABELS}) >= 8
    assert set(FILES) == {lab["file"] for lab in LABELS}, "every transcript is labelled, every label has its file"


@pytest.mark.parametrize("i", range(len(LABELS)), ids=lambda i: f"{LABELS[i]['file']}:{LABELS[i]['line']}")
def test_label_is_well_formed(i):
    lab = LABELS[i]
    assert REQUIRED <= lab.keys() <= REQUIRED | OPTIONAL
    assert re.fullmatch(r"[a-z][a-z0-9_]*", lab["metric"])
    FactKind(lab["kind"])
    if lab["basis"] is not None:
        Basis(lab["basis"])
    if lab["change"] is not None:
        Change(lab["change"])
    if "direction" in lab:
        Direction(lab["direction"])
    assert isinstance(lab["approx"], bool)
    assert lab["period"] is None or PERIOD.match(lab["period"]), lab["period"]
    if "low" in lab:
        assert "value" not in lab
        low = Decimal(lab["low"])
        assert lab["high"] is None or low <= Decimal(lab["high"])
    elif lab["value"] is None:
        assert lab["unit"] is None and "direction" in lab, "a fact without a value is qualitative: it has a direction"
    else:
        Decimal(lab["value"])
    assert lab["unit"] is None or lab["unit"] in UNITS or re.fullmatch(r"[A-Z]{3}", lab["unit"])


@pytest.mark.parametrize("i", range(len(LABELS)), ids=lambda i: f"{LABELS[i]['file']}:{LABELS[i]['line']}")
def test_label_text_is_on_its_line(i):
    lab = LABELS[i]
    lines = _source_lines(lab["file"])
    assert 1 <= lab["line"] <= len(lines)
    assert lab["text"] in lines[lab["line"] - 1]


def test_labels_are_unique():
    keys = [(lab["file"], lab["line"], lab.get("value"), lab.get("low"), lab.get("high"), lab["metric"], lab["text"])
            for lab in LABELS]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes


@pytest.mark.parametrize("name", FILES)
def test_transcript_parses_into_turns(name):
    t = ecta.parse(TRANSCRIPTS / name)
    assert len(t.turns) >= 8
    assert t.meta.fiscal_year is not None
    assert {s.value for s in t.sections} == {"presentation", "qa"}
    assert sum(turn.words for turn in t.turns) >= 900
    # calls written from the sixth session on are full-length (3,500-5,500 words), like real ones
    assert 1200 <= len(ecta.parsing.load(TRANSCRIPTS / name).text.split()) <= 6000


@pytest.mark.parametrize("name", FILES)
def test_every_label_sits_in_speech(name):
    """A labelled line belongs to a parsed turn, so an extractor that reads turns can reach it."""
    t = ecta.parse(TRANSCRIPTS / name)
    spans = [(p.line_start, p.line_end) for turn in t.turns for p in turn.paragraphs]
    for lab in (lab for lab in LABELS if lab["file"] == name):
        assert any(a <= lab["line"] <= b for a, b in spans), lab


def _facts_eval():
    return load_script("bench/facts_eval.py")


def test_extractor_scores_stay_above_the_floor():
    fe = _facts_eval()
    extract = fe.load_extractor()
    if extract is None:
        pytest.skip("ecta.extract_facts does not exist yet")
    res = fe.eval_labelled(ROOT, extract)
    for level, (precision, recall) in FLOORS.items():
        score = res.scores[level]
        assert score["precision"] >= precision, (level, res.scores)
        assert score["recall"] >= recall, (level, res.scores)


def test_eval_pairs_labels_with_predictions():
    """The scorer itself: a perfect prediction scores 1, a wrong period costs the tuple but not the value."""
    fe = _facts_eval()
    labels = fe.read_labels(ROOT)[:5]
    perfect = [fe.Item(**vars(lab)) for lab in labels]
    pairs, missed, spurious = fe.pair(labels, perfect)
    assert len(pairs) == 5 and not missed and not spurious
    shifted = [fe.Item(**(vars(lab) | {"period": "Q1 1999"})) for lab in labels]
    pairs, missed, spurious = fe.pair(labels, shifted)
    assert len(pairs) == 5
    assert all(lab.period != p.period for lab, p in pairs)
    elsewhere = [fe.Item(**(vars(lab) | {"line": lab.line + 1000})) for lab in labels]
    pairs, missed, spurious = fe.pair(labels, elsewhere)
    assert not pairs and len(missed) == 5 and len(spurious) == 5


@pytest.mark.parametrize(
    "bullet, numbers",
    [
        ("q2 adjusted earnings per share $1.07 excluding one-time items.", [("1.07", "1.07", "eps")]),
        ("sees fy2022 revenue $2.415 billion to $2.465 billion.",
         [("2.415", "2415000000", "revenue"), ("2.465", "2465000000", "revenue")]),
        ("q3 revenue rose 9.7 percent to $512.4 million.", [("9.7", "9.7", "revenue"), ("512.4", "512400000", "revenue")]),
        ("qtrly net interest income $1.21 bln; eps 8 cents.", [("1.21", "1210000000", "net_interest_income"), ("8", "0.08", "eps")]),
        ("compname says covid-19 hit q2 2021 sales, see 10-k.", []),
    ],
)
def test_gold_bullet_numbers(bullet, numbers):
    fe = _facts_eval()
    got = fe.gold_numbers(bullet)
    assert [(g.text, g.value, next(iter(sorted((g.metrics or set()) & {m for _, _, m in numbers})), None)) for g in got] == [
        (t, Decimal(v), m) for t, v, m in numbers
    ]


def test_ectsum_recall_on_a_tiny_split(tmp_path):
    """eval_ectsum end to end on a made-up split, with a stub extractor: what counts, and as what."""
    from ecta.model import Fact

    fe = _facts_eval()
    (tmp_path / "ects").mkdir()
    (tmp_path / "gt_summaries").mkdir()
    (tmp_path / "ects" / "ACME_q3_2024.txt").write_text(
        "Revenue was $512.4 million, up 9.7% year over year, and free cash flow was $61.6 million.\n"
        "Adjusted earnings per share were $1.07.\n"
        "Call us at 800-555-0199 on October 24, 2024.\n"
    )
    (tmp_path / "gt_summaries" / "ACME_q3_2024.txt").write_text(
        "q3 revenue rose 9.7 percent to $512.4 million.\n"  # both found, as revenue
        "q3 adjusted earnings per share $1.07.\n"            # value found, metric wrong (the stub says revenue)
        "q3 free cash flow $62 million.\n"                   # the reporter rounded: not in the transcript, not counted
    )

    def stub(_transcript):
        def fact(metric, value):
            return Fact(metric=metric, phrase=metric, value=Decimal(value), line=1, sentence="", text="")
        return [fact("revenue", "512400000"), fact("revenue", "9.7"), fact("revenue", "1.07")]

    res = fe.eval_ectsum(tmp_path, stub)
    assert (res.gold, res.in_doc, res.value_hits) == (4, 3, 3)
    assert (res.metric_known, res.metric_hits) == (3, 2)
    assert [m["number"] for m in res.misses] == ["1.07"] and res.misses[0]["why"] == "metric"
