"""Every real transcript under ../shared/seeds and ../shared/formats: parsed by the right parser,
with named speakers, the sections the file has, and analysts heading the Q&A exchanges.

Folders whose parser is not registered yet are skipped, so they start counting the moment
the parser lands. Skipped entirely when ../shared is absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import ecta
from ecta import formats
from ecta.model import Role, Section

from .conftest import shared_files


@dataclass(frozen=True)
class Folder:
    parts: tuple[str, ...]
    format: str
    named: bool = True
    """Speakers carry real names (not "Speaker 3", not absent)."""
    roles: bool = True
    """The source lets ecta tell corporate from analyst speakers."""


FOLDERS = [
    Folder(("seeds",), "streetevents-md"),
    Folder(("formats", "streetevents-txt"), "streetevents-txt"),
    Folder(("formats", "refinitiv-streetevents-txt"), "streetevents-txt"),
    Folder(("formats", "seeking-alpha-txt"), "seeking-alpha-txt"),
    Folder(("formats", "motley-fool-json"), "motley-fool-json"),
    Folder(("formats", "motley-fool-html"), "motley-fool-html"),
    Folder(("formats", "earningscall-api-json"), "earningscall-json"),
    Folder(("formats", "fmp-markdown"), "fmp-markdown"),
    Folder(("formats", "ir-pdf"), "ir-pdf"),
    Folder(("formats", "rev-earnings-nlp"), "rev-nlp", named=False),
    Folder(("formats", "maec-sentences"), "sentences", named=False, roles=False),
]

# A question somebody actually asks, announced by the operator: then the parse must have a Q&A.
# (A "Questions and Answers" heading alone is not enough: some calls have one and no questions.)
_QA_CUE = re.compile(r"\b(?:first|next)\s+question\s+(?:today\s+)?(?:comes|is\s+coming|is\s+from|will\s+come)", re.I)


# Registered parsers that cannot read their folder yet. Strict: the day one passes, the test says so,
# and the entry must go.
KNOWN_FAILING: dict[str, str] = {}


def _cases() -> list:
    registered = set(formats.names())
    cases = []
    for folder in FOLDERS:
        if folder.format not in registered:
            marks = [pytest.mark.skip(reason=f"parser {folder.format!r} not registered yet")]
        elif folder.format in KNOWN_FAILING:
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_FAILING[folder.format])]
        else:
            marks = []
        for path in shared_files(*folder.parts):
            cases.append(pytest.param(folder, path, marks=marks, id=f"{'/'.join(folder.parts)}/{path.name}"))
    return cases


CASES = _cases()


@pytest.mark.skipif(not CASES, reason="../shared is not available")
@pytest.mark.parametrize(("folder", "path"), CASES)
def test_shared_transcript(folder: Folder, path: Path):
    t = ecta.parse(path)

    assert t.meta.source_format == folder.format, "detection picked the wrong parser"
    assert t.turns, "no turns"
    for turn in t.turns:
        assert turn.line_start >= 1 and _start(turn) <= _end(turn)

    speakers = {turn.speaker.id: turn.speaker for turn in t.turns}
    if folder.roles:
        assert any(p.role is Role.CORPORATE for p in speakers.values()), "no corporate speaker"
        if folder.named:
            assert any(
                p.role in (Role.CORPORATE, Role.ANALYST) and len(p.name.split()) >= 2 for p in speakers.values()
            ), "no speaker with a full name and a role"

    raw = path.read_bytes()[:2_000_000].decode("utf-8", "replace")
    if _QA_CUE.search(raw) and folder.roles:
        assert Section.QA in t.sections, "the file has a Q&A, the parse does not"
        if not t.warnings:  # an Event Brief, say, drops the outline and says so
            assert Section.PRESENTATION in t.sections, "the prepared remarks are missing"
    if len(t.sections) == 2:
        assert t.sections == [Section.PRESENTATION, Section.QA], "sections out of order"

    for ex in t.exchanges:
        assert ex.analyst.role is Role.ANALYST, f"exchange {ex.index} is headed by {ex.analyst.name}"
        assert ex.question_turns, f"exchange {ex.index} has no question"
        for i in ex.question_turns + ex.answer_turns:
            assert t.turns[i].section is Section.QA
    if folder.roles and Section.QA in t.sections and any(
        turn.speaker.role is Role.ANALYST for turn in t.turns_of(Section.QA)
    ):
        assert t.exchanges, "analysts spoke in the Q&A but no exchange was built"


def _start(turn) -> tuple[int, int]:
    return (turn.page or 0, turn.line_start)


def _end(turn) -> tuple[int, int]:
    """A PDF turn can end on a later page, at a smaller line number: compare (page, line)."""
    last = turn.paragraphs[-1] if turn.paragraphs else None
    page = (last.page_end or last.page) if last is not None and last.page is not None else turn.page
    return (page or 0, turn.line_end)


def test_every_format_folder_is_mapped():
    """A new folder under ../shared/formats must be added to FOLDERS, or it goes untested."""
    from .conftest import SHARED

    root = SHARED / "formats"
    if not root.exists():
        pytest.skip("../shared/formats not available")
    present = {p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    mapped = {f.parts[1] for f in FOLDERS if f.parts[0] == "formats"}
    assert present <= mapped, f"unmapped folders: {sorted(present - mapped)}"


def test_seed_known_traps():
    """The seed's awkward spots: an announced analyst who left the queue, an analyst "in for" an
    unlisted colleague, and the closing remarks after the last question."""
    seeds = shared_files("seeds", pattern="*.txt")
    if not seeds:
        pytest.skip("../shared/seeds not available")
    for path in seeds:
        t = ecta.parse(path)
        qa = t.turns_of(Section.QA)
        if not qa:
            continue
        in_exchange = {i for ex in t.exchanges for i in ex.question_turns + ex.answer_turns}
        # closing remarks: corporate turns after the operator says the Q&A is over belong to no exchange
        end = next(
            (turn.index for turn in qa if turn.speaker.role is Role.OPERATOR
             and re.search(r"no (?:more|further) questions", turn.text, re.I)),
            None,
        )
        if end is not None:
            assert not any(i > end for i in in_exchange), f"{path.name}: closing remarks joined an exchange"
        # an analyst asking "in for" a colleague heads the slot, as an analyst
        heads = {ex.analyst.id for ex in t.exchanges}
        for turn in qa:
            if re.search(r"\bin for [A-Z]", turn.text[:200]):
                assert turn.speaker.role is Role.ANALYST and turn.speaker.id in heads, f"{path.name}: {turn.speaker.name}"
        # every exchange opens with the analyst's own question, never an executive's greeting
        for ex in t.exchanges:
            first = t.turns[min(ex.question_turns + ex.answer_turns)]
            assert first.speaker.role is Role.ANALYST, f"{path.name}: exchange {ex.index} opens with {first.speaker.name}"
