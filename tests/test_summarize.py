"""The Reuters-style summary: bullet count, figures traceable to their lines, the CLI, and a ROUGE floor."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecta.cli import app
from ecta.summarize import MAX_BULLETS, MIN_BULLETS, summarize
from ecta.summarize.numbers import figures
from ecta import parse as load
from ecta.summarize import with_call_period
from ecta.summarize.period import call_period

from .conftest import shared_path

DATA = Path(__file__).parent / "data" / "summarize"
CALLS = sorted(DATA.glob("*.txt"))


def _cited_numbers(source: Path, lines: list[int]) -> set[str]:
    text = source.read_text("utf-8").splitlines()
    return {n for ln in lines for n in figures(text[ln - 1])}


@pytest.mark.parametrize("path", CALLS, ids=lambda p: p.name)
def test_bullets_cite_the_lines_their_figures_come_from(path: Path) -> None:
    summary = summarize(load(path))
    assert MIN_BULLETS <= len(summary.bullets) <= MAX_BULLETS
    for b in summary.bullets:
        assert b.lines, b.text
        numbers = figures(b.text)
        # Only an outlook statement ("raises full-year guidance.") goes without a figure.
        assert numbers or b.text.endswith("guidance."), b.text
        assert set(numbers) <= _cited_numbers(path, b.lines), b.text


@pytest.mark.parametrize("path", CALLS, ids=lambda p: p.name)
def test_no_figure_is_told_twice_except_by_the_headline(path: Path) -> None:
    """Only the brief's headline ("acme reports q2 eps of $0.61.") restates a bullet's figure, and it leads."""
    bullets = summarize(load(path)).bullets
    assert all(not b.headline for b in bullets[1:])
    told = [tuple(b.facts) for b in bullets if b.facts and not b.headline]
    assert len(told) == len(set(told)), told
    if bullets and bullets[0].headline:
        assert tuple(bullets[0].facts) in told


def test_fictional_call_reads_like_a_wire_story() -> None:
    texts = [b.text for b in summarize(load(DATA / "larkspur_q2.txt")).bullets]
    # The best figure leads as the headline, and is told once more among the bullets, as on the wire. Which of
    # the quarter's two per-share results leads is the ranker's close call (both are wire headlines).
    head = re.fullmatch(r"larkspur fittings reports q2 (gaap|adjusted) earnings per share of (\$0\.52|\$0\.61)\.",
                        texts[0])
    assert head and (head[1] == "gaap") == (head[2] == "$0.52"), texts[0]
    assert sum(head[2] in t for t in texts) == 2
    assert "q2 adjusted earnings per share $0.61." in texts
    assert "q2 gaap earnings per share $0.52." in texts
    assert "q2 revenue rose 8.4 percent to $214.6 million." in texts
    assert "sees fy 2025 revenue $845 million to $860 million." in texts
    # Outlook comes after results.
    first_outlook = next(i for i, t in enumerate(texts) if t.startswith("sees "))
    assert all(t.startswith("sees ") for t in texts[first_outlook:])


def test_a_half_year_call_is_not_given_a_quarter_of_its_half() -> None:
    """The parser found a half-year call: the quarters its speech names are those of the half, not the call's."""
    t = with_call_period(load(
        "Good morning and welcome to Pelham Rowe Logistics interim results for the six months to 31 December 2030.\n"
        "Revenue in the second quarter was $320 million, and revenue for the half was $610 million.\n"
        "Second quarter margin was 12.1%, up from 11.4% in the first quarter.\n"
        "Next question please.\n"
        "Thanks for the question. Our second quarter volumes were the strongest of the half.\n"
        "Margin for the half was 11.8%.\n"))
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter, t.meta.fiscal_half) == (2031, None, 1)


def test_quarter_is_inferred_from_the_text() -> None:
    t = with_call_period(load(DATA / "larkspur_q2.txt"))
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter) == (2025, 2)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Revenue for the third quarter of 2024 rose 5% from the second quarter."], (2024, 3)),
        (["Sales were up 4% compared with the fourth quarter.", "In Q1 we shipped more units.",
          "Q1 margins improved."], (None, 1)),
        (["We expect the next quarter to be stronger.", "Thank you."], (None, None)),
    ],
)
def test_call_period_ignores_compared_and_coming_quarters(sentences: list[str], expected: tuple) -> None:
    assert call_period(sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # Only last year's quarter is named: the year stays unknown rather than a year off.
        (["Second quarter sales rose 7% compared to Q2 2024.", "In Q2 margins improved."], (None, 2)),
        (["Our Q2 2025 revenue grew 7% compared to Q2 2024.", "In the second quarter of 2025 margins improved."],
         (2025, 2)),
        # A fourth-quarter call guides the next year: "guidance for 2026" supports 2025, not 2026.
        (["Fourth quarter 2025 sales rose 3%.", "Our guidance for 2026 calls for growth.",
          "Q4 2025 margins improved versus 2024."], (2025, 4)),
    ],
)
def test_year_only_when_the_speech_names_the_reported_quarter(sentences: list[str], expected: tuple) -> None:
    from ecta.callinfo import period_from_speech

    assert period_from_speech(sentences) == expected


def test_sentences_format_gets_the_quarter_from_speech() -> None:
    t = load("Revenue for the third quarter of 2024 rose 5% from the second quarter.\nMargins improved.",
             format="sentences")
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter) == (2024, 3)


def test_a_call_without_figures_gives_no_bullets_rather_than_invented_ones() -> None:
    text = "\n".join(f"We thank our employees for their hard work in region {w}." for w in "abcdefgh")
    assert summarize(load(text, format="sentences")).bullets == []


def test_cli_writes_one_summary_per_input_and_reports_bad_files(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a_call.txt", "b_call.txt"):
        (src / name).write_text((DATA / "larkspur_q2.txt").read_text("utf-8"), "utf-8")
    (src / "broken.txt").write_text("not a transcript", "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["summarize", str(src), "--out", str(out)])
    assert result.exit_code == 1
    assert "broken.txt" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["a_call.txt", "b_call.txt"]
    lines = (out / "a_call.txt").read_text("utf-8").splitlines()
    assert MIN_BULLETS <= len(lines) <= MAX_BULLETS
    assert all(ln and ln == ln.strip() and "(line" not in ln for ln in lines)


def test_cli_prints_bullets_with_line_refs() -> None:
    result = CliRunner().invoke(app, ["summarize", str(DATA / "larkspur_q2.txt")])
    assert result.exit_code == 0, result.output
    bullets = [ln for ln in result.output.splitlines() if ln.startswith("- ")]
    assert MIN_BULLETS <= len(bullets) <= MAX_BULLETS
    assert all(re.search(r"\(lines? \d+(?:, \d+)*\)$", b) for b in bullets)


def test_cli_missing_path_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["summarize", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


ROUGE_FLOOR = {"rouge1": 0.33, "rouge2": 0.20}
"""Well below what the five files score today (see the report in the commit); a floor, not a target."""


def test_rouge_smoke_on_ectsum_val() -> None:
    pytest.importorskip("rouge_score")
    import sys

    val = shared_path("ectsum", "val")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from ectsum_eval import score_documents

    files = sorted((val / "ects").glob("*.txt"))[:5]
    preds = [(summarize(load(p)).text(), (val / "gt_summaries" / p.name).read_text("utf-8"), p.read_text("utf-8"))
             for p in files]
    r = score_documents(preds)
    assert r["rouge1"] >= ROUGE_FLOOR["rouge1"]
    assert r["rouge2"] >= ROUGE_FLOOR["rouge2"]
    assert r["num_prec"] >= 0.99


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales decreased 26% to $410 million.", ["26", "410"]),
        ("On March 3, 2021 we paid $1,250.5 million in q3 fy21.", ["1250.5"]),
        ("Call us at 555-123-4567 at 10:30 a.m.", []),
    ],
)
def test_figures_mask_dates_years_and_period_tokens_only(text: str, expected: list[str]) -> None:
    assert figures(text) == expected


def test_gaap_and_continuing_operations_are_named_when_the_call_names_them() -> None:
    text = ("Welcome to the Tamsin Tools second quarter 2025 earnings call.\n"
            "GAAP earnings per share from continuing operations were $1.10 for the second quarter.\n"
            "Adjusted earnings per share were $1.32, up 9% from last year.\n"
            "Revenue for the quarter was $410 million.\n")
    from ecta.facts import extract_facts
    from ecta.summarize.candidates import candidates

    t = load(text, format="sentences")
    texts = [c.text for c in candidates(t, extract_facts(t))]
    assert "q2 gaap earnings per share $1.10 from continuing operations." in texts
    # An adjusted figure never becomes "gaap", and only the sentence that says so gets the suffix.
    assert "q2 adjusted earnings per share $1.32." in texts


_STATEMENTS = json.loads((DATA / "outlook_statements.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", _STATEMENTS, ids=lambda c: c["lines"][-1][:40])
def test_outlook_statements_are_bullets_without_figures(case: dict, tmp_path: Path) -> None:
    from ecta.summarize.statements import outlook_statements

    path = tmp_path / "call.txt"
    path.write_text("\n".join(case["lines"]) + "\n", "utf-8")
    found = outlook_statements(load(path, format="sentences"))
    assert [text for text, *_ in found] == case["expected"]
    for text, line, *_ in found:
        # The bullet rests on the sentence that said it, and writes no figure of its own.
        assert not figures(text)
        assert 1 <= line <= len(case["lines"])


_CANDIDATES = json.loads((DATA / "candidate_cases.json").read_text("utf-8"))["cases"]


def _candidate_texts(lines: list[str], tmp_path: Path, for_report: bool = False) -> set[str]:
    from ecta.facts import extract_facts
    from ecta.summarize.candidates import candidates

    path = tmp_path / "call.txt"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    t = with_call_period(load(path, format="sentences"))
    return {c.text for c in candidates(t, extract_facts(t), for_report=for_report)}


@pytest.mark.parametrize("case", _CANDIDATES, ids=lambda c: c["id"])
def test_candidate_wording(case: dict, tmp_path: Path) -> None:
    texts = _candidate_texts(case["lines"], tmp_path, case.get("for_report", False))
    assert set(case["include"]) <= texts, texts
    assert not set(case["exclude"]) & texts, texts


def test_a_level_with_its_growth_takes_the_place_of_the_growth_alone() -> None:
    """'q3 revenue rose 5 percent.' ranked above 'q3 revenue rose 5 percent to $1.2 billion.': one bullet, the fuller."""
    from ecta.summarize import select
    from ecta.summarize.candidates import Candidate

    def cand(text: str, key: tuple, numbers: set[str], score: float) -> Candidate:
        return Candidate(text=text, lines=[1], facts=[len(text)], key=key, numbers=frozenset(numbers), score=score)

    growth = cand("q3 revenue rose 5 percent.", ("revenue", "revenue", "actual", "q3", True), {"5"}, 0.9)
    both = cand("q3 revenue rose 5 percent to $1.2 billion.", ("revenue", "revenue", "actual", "q3", False),
                {"5", "1.2"}, 0.8)
    eps = cand("q3 earnings per share $0.40.", ("eps", "earnings per share", "actual", "q3", False), {"0.40"}, 0.7)
    segment = cand("q3 tools revenue rose 5 percent to $0.3 billion.", ("segment_revenue", "tools revenue", "actual",
                   "q3", False), {"5", "0.3"}, 0.6)
    chosen = select([growth, both, eps, segment], threshold=0.5, lo=1, hi=8)
    assert [c.text for c in chosen] == [both.text, eps.text, segment.text]
    # Another period's revenue is a bullet of its own.
    fy = cand("fy revenue rose 5 percent to $4.8 billion.", ("revenue", "revenue", "actual", "fy", False),
              {"5", "4.8"}, 0.8)
    assert [c.text for c in select([growth, fy], threshold=0.5, lo=1, hi=8)] == [growth.text, fy.text]


def test_ranking_features_see_twins_and_where_a_figure_was_said() -> None:
    """A GAAP figure beside its adjusted twin is marked as such (the wire reports the pair); each figure carries
    the section it was said in and whether this is its first mention."""
    from ecta.facts import extract_facts
    from ecta.summarize.candidates import candidates

    text = ("Welcome to the Quillon Labs third quarter 2025 earnings call.\n"
            "GAAP earnings per share were $0.41 and adjusted earnings per share were $0.55.\n"
            "Revenue for the quarter was $88.2 million.\n")
    t = with_call_period(load(text, format="sentences"))
    feats = {c.text: c.features for c in candidates(t, extract_facts(t))}
    assert feats["q3 gaap earnings per share $0.41."]["sib_basis"] == 1.0
    assert feats["q3 adjusted earnings per share $0.55."]["sib_basis"] == 1.0
    assert feats["q3 revenue $88.2 million."]["sib_basis"] == 0.0
    assert all(f["first"] == 1.0 and f.get("sec=presentation") == 1.0 for f in feats.values())


_FOREST = json.loads((DATA / "forest.json").read_text("utf-8"))


@pytest.mark.parametrize("case", _FOREST["cases"], ids=lambda c: c["id"])
def test_forest_scores_a_candidate_as_its_trees_say(case: dict) -> None:
    import math

    from ecta.summarize.trees import Forest

    forest = Forest(_FOREST["model"])
    assert forest.raw(case["features"]) == pytest.approx(case["raw"])
    assert forest.probability(case["features"]) == pytest.approx(1 / (1 + math.exp(-case["raw"])))


def test_shipped_ranker_is_a_well_formed_forest() -> None:
    """Every split names a known feature and nodes of its own tree, every node is reached once, and the
    stopping rule is a probability and a discount."""
    from ecta.summarize import ranker

    forest, model = ranker()
    assert 0.0 < model["threshold"] < 1.0 and 0.0 < model["redundancy"] <= 1.0
    assert 50 <= len(forest.trees) <= 1000
    for tree in forest.trees:
        reached = [0]
        for node in tree:
            if type(node) is list:
                feature, _, left, right = node
                assert 0 <= feature < len(forest.features)
                reached += [left, right]
            else:
                assert isinstance(node, (int, float))
        assert sorted(reached) == list(range(len(tree)))


def test_a_second_figure_of_a_metric_and_kind_told_counts_for_less() -> None:
    """With a redundancy discount, another metric's figure goes before a second one of a metric already told."""
    from ecta.summarize import select
    from ecta.summarize.candidates import Candidate

    def cand(text: str, key: tuple, number: str, score: float) -> Candidate:
        return Candidate(text=text, lines=[1], facts=[len(text)], key=key, numbers=frozenset({number}), score=score)

    gaap = cand("q3 gaap earnings per share $0.40.", ("eps", "gaap earnings per share", "actual", "q3", False),
                "0.40", 0.9)
    adjusted = cand("q3 adjusted earnings per share $0.52.", ("eps", "adjusted earnings per share", "actual", "q3",
                    False), "0.52", 0.8)
    revenue = cand("q3 revenue $1.2 billion.", ("revenue", "revenue", "actual", "q3", False), "1.2", 0.7)
    outlook = cand("sees fy earnings per share $2.10.", ("eps", "earnings per share", "guidance", "fy", False),
                   "2.10", 0.6)
    cands = [gaap, adjusted, revenue, outlook]
    assert select(cands, threshold=0.5, lo=1, hi=8) == [gaap, adjusted, revenue, outlook]
    assert select(cands, threshold=0.5, lo=1, hi=8, redundancy=0.5) == [gaap, revenue, outlook]
    assert select(cands, threshold=0.3, lo=1, hi=8, redundancy=0.5) == [gaap, revenue, outlook, adjusted]
    assert select(cands, threshold=0.5, lo=4, hi=8, redundancy=0.5) == [gaap, revenue, outlook, adjusted]


_SOUND = json.loads((DATA / "sound_wording.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", _SOUND, ids=lambda c: c["id"])
def test_candidates_leave_out_or_mend_figures_they_cannot_word_soundly(case: dict, tmp_path: Path) -> None:
    texts = _candidate_texts(case["lines"], tmp_path)
    assert set(case["include"]) <= texts, texts
    told = {n for text in texts for n in re.findall(r"\d[\d,.]*\d|\d", text)}
    assert not set(case["absent"]) & told, texts


def test_a_range_wider_than_five_times_is_a_misreading_unless_said_in_words() -> None:
    from decimal import Decimal

    from ecta.model import Fact, FactKind, Period
    from ecta.summarize.candidates import _worded_soundly

    def outlook(text: str, low: str, high: str, unit: str) -> Fact:
        return Fact(metric="revenue" if unit == "%" else "eps", phrase="revenue", low=Decimal(low), high=Decimal(high),
                    unit=unit, change=None if unit != "%" else "yoy", period=Period(fiscal_year=2026, label="FY2026"),
                    kind=FactKind.GUIDANCE, line=4, sentence=f"We expect {text}.", text=text)

    assert not _worded_soundly(outlook("$0.04 to $2.85", "0.04", "2.85", "USD"))  # one end misheard
    assert _worded_soundly(outlook("low to mid-single digits", "1", "6", "%"))


def test_the_ranker_read_through_its_cache_is_the_shipped_json(tmp_path, monkeypatch) -> None:
    """The marshal copy in the cache folder holds what the JSON says; a damaged copy is read past, and rewritten."""
    from importlib import resources

    from ecta.summarize import _cached

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    source = resources.files("ecta.summarize").joinpath("ranker.json")
    shipped = json.loads(source.read_text("utf-8"))
    assert _cached(source) == shipped  # written
    (copy,) = (tmp_path / "ecta").glob("ranker-*.marshal")
    assert _cached(source) == shipped  # read
    copy.write_bytes(b"\x00 not a model")
    assert _cached(source) == shipped
    assert _cached(source) == shipped


def test_an_analysts_figure_is_no_candidate() -> None:
    """"So your outlook implies revenue of $95 million next quarter?" is the analyst's arithmetic, not the company's
    outlook; the same figure said by management is."""
    from ecta.facts import extract_facts
    from ecta.model import Section
    from ecta.summarize.candidates import candidates

    from .test_report import ANALYST, CFO, call

    t = call([(CFO, Section.PRESENTATION, "Revenue for the second quarter of 2025 was $88.4 million."),
              (ANALYST, Section.QA, "So for the third quarter you expect revenue of about $95 million?"),
              (CFO, Section.QA, "For the third quarter we expect revenue of about $93 million.")])
    texts = " ".join(c.text for c in candidates(t, extract_facts(t)))
    assert "$93 million" in texts and "$95 million" not in texts
