"""A sentence the fact rules fail on costs its own facts, not the call's (outside the test suite's strict mode)."""

from __future__ import annotations

import logging

import ecta
import ecta.facts as facts_module
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "northwind-q4-2024.md"


def test_a_failing_sentence_is_skipped_with_a_warning(monkeypatch, caplog) -> None:
    transcript = ecta.parse(EXAMPLE)
    all_facts = facts_module.extract_facts(transcript)
    real = facts_module.extract_sentence
    victim = all_facts[0].sentence

    def flaky(sentence, *args, **kwargs):
        if sentence == victim:
            raise ValueError("max() arg is an empty sequence")
        return real(sentence, *args, **kwargs)

    monkeypatch.setattr(facts_module, "extract_sentence", flaky)
    monkeypatch.setattr(facts_module, "_STRICT", False)
    with caplog.at_level(logging.WARNING, logger="ecta"):
        kept = facts_module.extract_facts(transcript)
    lost = [f for f in all_facts if f.sentence == victim]
    assert lost and len(kept) == len(all_facts) - len(lost)
    assert all(f.sentence != victim for f in kept)
    assert any("no facts read from the sentence at line" in r.getMessage() for r in caplog.records)


def test_the_suite_runs_strict(monkeypatch) -> None:
    transcript = ecta.parse(EXAMPLE)

    def broken(sentence, *args, **kwargs):
        raise ValueError("a rule's bug")

    monkeypatch.setattr(facts_module, "extract_sentence", broken)
    try:
        facts_module.extract_facts(transcript)
    except ValueError:
        return
    raise AssertionError("strict mode should let the rule's error through")
