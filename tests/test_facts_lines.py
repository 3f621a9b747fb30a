"""A fact's `line` is the source line of its own figure, also when a sentence spans several lines."""

from __future__ import annotations

import ecta

_HEADER = "token|speaker|ts|endTs|punctuation|prepunctuation|case|tags"


def _nlp(words: list[tuple[str, str]]) -> str:
    rows = [_HEADER] + [f"{w}|1|||{p}||LC|[]" for w, p in words]
    return "\n".join(rows) + "\n"


def test_token_per_line_source_gives_each_figure_its_token_line() -> None:
    words = [("Revenue", ""), ("was", ""), ("$412", ""), ("million", ","), ("and", ""), ("gross", ""), ("margin", ""),
             ("was", ""), ("38.5%", "."), ("Free", ""), ("cash", ""), ("flow", ""), ("was", ""), ("about", ""),
             ("$57", ""), ("million", ".")]
    text = _nlp(words)
    facts = ecta.extract_facts(ecta.parse(text.encode(), format="rev-nlp"))
    lines = {f.text: f.line for f in facts}
    # line 1 is the header, so the n-th token (0-based) stands on line n + 2
    assert lines["$412 million"] == 4
    assert lines["38.5%"] == 10
    assert lines["about $57 million"] == 16


def test_multiline_paragraph_gives_the_figure_line_not_the_sentence_start() -> None:
    from ecta.facts import extract_facts
    from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn

    para = Paragraph(text="Revenue for the quarter was\n$412 million, and gross margin\nwas 38.5%.", line_start=20, line_end=22)
    who = Participant(id="p1", name="Ann Example", role=Role.CORPORATE)
    turn = Turn(index=0, speaker=who, section=Section.PRESENTATION, paragraphs=[para], line_start=20, line_end=22)
    t = Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2025, fiscal_quarter=2),
                   participants=[who], turns=[turn])
    lines = {f.text: f.line for f in extract_facts(t)}
    assert lines["$412 million"] == 21
    assert lines["38.5%"] == 22


def _figure_token(text: str) -> str | None:
    import re
    m = re.search(r"\d[\d,.]*", text)
    return m.group(0).rstrip(".,") if m else None


def _plain_text_sources() -> list:
    from pathlib import Path
    root = Path(__file__).parent / "data"
    files = sorted((root / "labelled" / "transcripts").glob("*.md")) + sorted((root / "labelled" / "transcripts").glob("*.txt"))
    files += sorted(f for d in ("streetevents-md", "streetevents-txt") for f in (root / "formats" / d).glob("*")
                    if f.suffix in (".md", ".txt"))
    return files


def test_every_figure_stands_on_the_line_the_fact_points_to() -> None:
    """Page breaks cut sentences in two and the parser rejoins them: a figure after the break still points to
    its own line, not to one interpolated between the two parts."""
    files = _plain_text_sources()
    assert len(files) >= 20
    wrong = []
    for path in files:
        lines = path.read_bytes().decode("utf-8", "replace").splitlines()
        for fact in ecta.extract_facts(ecta.parse(path)):
            token = _figure_token(fact.text or "")
            if token and token not in lines[fact.line - 1].replace("\u2009", "").replace("\xa0", " "):
                wrong.append((path.name, fact.line, fact.text))
    assert not wrong, wrong[:10]


def test_a_figure_inside_an_earlier_one_keeps_its_own_token_line() -> None:
    """"4%" after "up 14%": the second figure's text is also the tail of the first, and must not point there."""
    words = [("Sales", ""), ("were", ""), ("$88", ""), ("million", ","), ("up", ""), ("14%", ""), ("on", ""),
             ("the", ""), ("year", ""), ("and", ""), ("up", ""), ("4%", ""), ("from", ""), ("the", ""), ("spring", ""),
             ("quarter", ".")]
    facts = ecta.extract_facts(ecta.parse(_nlp(words).encode(), format="rev-nlp"))
    lines = sorted((f.text, f.line) for f in facts if f.unit == "%")
    assert lines == [("14%", 7), ("4%", 13)]
