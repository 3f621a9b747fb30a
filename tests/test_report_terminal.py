"""The terminal report at 80 columns: words fold between words, and a row's bracketed qualifier is shown as written."""

from __future__ import annotations

import io

from rich.console import Console

from ecta.report import render_text


def _shown(table, width: int = 80) -> str:
    out = io.StringIO()
    Console(file=out, width=width, highlight=False, soft_wrap=False).print(table)
    return out.getvalue()


def test_a_narrow_terminal_folds_between_words_not_inside_them():
    t = render_text._table("Guidance", ("Period", "Metric", "Outlook", "vs latest actual", "Lines"))
    t.add_row("FY2027", "operating_cash_flow (yoy change), adjusted", "$1.35 billion to $1.45 billion (“roughly flat”)",
              "FY2026: $1.38 billion (-2.2% to +5.1%)", "L40, L112")
    t.add_row("Q1 2027", "administrative_expenses", "about $212 million", "Q4 2026: $205 million (+3.4%)", "L41")
    shown = _shown(t)
    words = shown.split()
    for word in ("operating_cash_flow", "administrative_expenses", "(-2.2%", "L112", "$1.45"):
        assert word in words, (word, shown)
    assert all(len(line) <= 80 for line in shown.splitlines())


def test_nine_columns_of_tone_keep_the_role_whole_at_80_columns():
    r = render_text._table("Tone", ("Scope", "Words", "Net", "Pos", "Neg", "Uncert", "Litig", "Strong", "Weak"))
    r.collapse_padding = True
    for scope in ("prepared remarks", "management", "unidentified (Q&A)"):
        r.add_row(scope, "2190", "n.s. (12+/15-)", "9.6", "7.8", "7.8", "0.5", "2.7", "0.9")
    words = _shown(r).split()
    assert "management" in words and "unidentified" in words and "Strong" in words


def test_a_qualifier_in_brackets_is_text_not_markup():
    t = render_text._table("Guidance", ("Period", "Metric", "Outlook", "Lines"))
    t.add_row("Q3 2026", "ebitda_margin [resort], adjusted", "flat", "L12")
    t.add_row("FY2026", "operating_expenses [corporate]", "about $90 million", "L14")
    shown = _shown(t)
    assert "ebitda_margin [resort], adjusted" in shown and "[corporate]" in shown


def test_a_cell_that_cannot_fit_still_folds_rather_than_cut():
    """The nearby case: when every column is at its longest word and the table is still too wide, rich's own sharing
    folds a word; no character is lost."""
    t = render_text._table("Q&A", ("#", "Analyst", "Topics", "Answered by", "Q/A words", "Direct", "Lines"))
    t.add_row("1", "Ottoline Vandersteen-Marchbanks (Fallowmere Capital Partners)", "guidance, margins",
              "Bartholomew Achterberg-Okonkwo", "70/130", "0.26", "L36-49")
    shown = _shown(t, width=60)
    assert "…" not in shown and "L36-49" in shown


def test_a_metric_name_longer_than_a_kept_word_folds_at_its_underscores():
    from ecta.report.models import GuidanceRow

    long = GuidanceRow(metric="depreciation_and_amortization", period="FY2031", kind="guidance", text="about $410 million",
                       basis="adjusted", lines=[52])
    short = GuidanceRow(metric="operating_cash_flow", period="FY2031", kind="guidance", text="about $900 million", lines=[53])
    assert render_text._metric(long, narrow=True) == "depreciation and amortization, adjusted"
    assert render_text._metric(long) == "depreciation_and_amortization, adjusted"  # markdown and JSON keep the name
    assert render_text._metric(short, narrow=True) == "operating_cash_flow"  # the nearby case: a name a column keeps whole
    t = render_text._table("Guidance", ("Period", "Metric", "Outlook", "vs latest actual", "Lines"))
    t.add_row("FY2031", render_text._metric(long, narrow=True), long.text, "FY2030: $395 million (+3.8%)", "L52")
    words = _shown(t).split()
    assert "amortization," in words and "depreciation" in words and "$410" in words
    assert render_text._narrow("general_and_administrative, adjusted") == "general and administrative, adjusted"  # compare's rows


def test_a_figure_and_its_unit_stay_on_one_line_at_80_columns():
    """Wrapped between "120" and "bps" (or "p" and "= 0.041"), a figure is read without its unit."""
    t = render_text._table("Checks", ("Severity", "Finding", "Lines"))
    finding = ("growth_consistency: gross_margin yoy change stated as 120 bps; 41.7% (Q3 2031) vs 40.5% (Q3 2030) is "
               "+120 bps, with a further 35 basis points said of the Lanternbury segment and EUR 4.2 billion of orders")
    for pad in range(0, 24):
        t.add_row("verified", "x" * pad + " " + finding, "L12, L40")
    shown = _shown(t)
    lines = [line.rstrip() for line in shown.splitlines()]
    for unit in ("bps", "basis", "billion", "2031)", "2030)", "4.2"):
        assert not any(line.split() and line.split()[0] in (unit, f"{unit};") and line.startswith(" " * 12) for line in lines), (unit, shown)
    assert not any(line.rstrip().endswith((" 120", " 35", " EUR", " Q3")) for line in lines), shown
    assert "120 bps" in shown and "\ue000" not in shown


def test_a_p_value_stays_with_its_number():
    from rich.console import Group

    note = render_text.Glued("  management vs analyst: too close to read (management +0.42 vs analyst +0.61; p = 0.376)")
    for width in range(60, 90):
        shown = _shown(Group(note), width)
        assert "p = 0.376" in shown, shown


def test_a_tone_finding_folds_under_its_own_indent():
    """Folded at 80 columns, the rest of a finding stays indented under the table, its p-value whole."""
    from ecta.model import Meta
    from ecta.report.models import Report, Tone, ToneContrast, ToneCounts, ToneRow

    row = ToneRow(key="presentation", label="prepared remarks", counts=ToneCounts(words=3000, positive=50, negative=20), net=0.43)
    contrast = ToneContrast(first="prepared remarks", second="Q&A", first_net=0.54, second_net=0.35, p_value=0.181,
                            verdict="too close to read")
    meta = Meta(company="Wrenfield Optics", fiscal_year=2031, fiscal_quarter=2, source_format="generic", sha256="0" * 64)
    r = Report(meta=meta, tone=Tone(by_section=[row], contrasts=[contrast]))
    shown = _shown(render_text.terminal(r))
    lines = shown.splitlines()
    at = next(i for i, line in enumerate(lines) if "too close to read" in line)
    assert lines[at].startswith("  prepared remarks vs Q&A")
    assert lines[at + 1].startswith("  ") and lines[at + 1].strip(), shown
    assert "p = 0.181" in shown


def test_a_non_answer_quote_folds_under_its_own_indent():
    from ecta.model import Meta
    from ecta.report.models import ExchangeReview, NonAnswer, Report

    quote = ("So a good part of that sets up the outlook we think we can deliver through the next fiscal year, and "
             "we will say more about it when we speak again next quarter.")
    ex = ExchangeReview(exchange=14, analyst="Imogen Stallard", firm="Cobbleford Securities", topics=["guidance"],
                        answered_by=["Dana Park"], question_words=40, answer_words=120, directness=0.3, line_start=330,
                        line_end=341, non_answers=[NonAnswer(kind="deferral", quote=quote, turn=30, line=341)])
    meta = Meta(company="Wrenfield Optics", fiscal_year=2031, fiscal_quarter=2, source_format="generic", sha256="0" * 64)
    lines = _shown(render_text.terminal(Report(meta=meta, qa=[ex]))).splitlines()
    at = next(i for i, line in enumerate(lines) if "#15 deferral" in line)
    assert lines[at].startswith("  #15 deferral (L341)")
    assert lines[at + 1].startswith("  ") and lines[at + 1].strip()
