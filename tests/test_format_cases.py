"""Every parser fixture in tests/data/formats: detection, then the hand-reviewed projection."""

from __future__ import annotations

import pytest

import ecta
from ecta.model import ParagraphKind

from . import golden
from .conftest import DATA

CASES = golden.cases(DATA / "formats")


@pytest.mark.parametrize("expected_path", CASES, ids=[str(p.relative_to(DATA / "formats")) for p in CASES])
def test_fixture(expected_path, update_golden):
    expected = golden.load(expected_path)
    t = ecta.parse(expected_path.parent / expected["input"])
    if "format" in expected:
        assert t.meta.source_format == expected["format"]
    for needle in expected.get("absent", []):
        for turn in t.turns:
            speech = " ".join(p.text for p in turn.paragraphs if p.kind is ParagraphKind.SPEECH)
            assert needle not in speech, f"{needle!r} leaked into turn {turn.index} ({turn.speaker.name})"
    if update_golden:
        golden.write(expected_path, expected, t)
        return
    actual = golden.project(t)
    for key, value in actual.items():
        assert value == expected.get(key), f"{key} differs; run pytest --update-golden and review the diff"


def test_a_sniffer_other_sniffers_ask_is_worked_out_once_per_source():
    """The header-lines layout gives way to the vendors' own; their scores, asked by it and by detection, are read once."""
    from ecta.formats import detect, sniff
    from ecta.source import Source

    path = next((DATA / "formats" / "header-lines").glob("*.txt"))
    source = Source.from_path(path)
    assert detect(source).name == "header-lines"
    assert {"factset_txt", "capital_iq_txt", "bloomberg_txt", "seeking_alpha_txt", "streetevents_txt"} <= set(source.sniffed)
    source.sniffed["factset_txt"] = 0.77  # what was worked out is what later askers get
    assert sniff.factset_txt(source) == 0.77
    assert sniff.factset_txt(Source.from_path(path)) < 0.2  # a fresh source works it out again
