"""Pieces shared by the Motley Fool parsers (the scraped JSON and the fool.com page)."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..model import Role, Section
from .base import DraftSpeaker

# The transcript ends with a fake speaker "Duration: 62 minutes"; it is never a person.
DURATION = re.compile(r"^\s*duration\s*:\s*\d+\s*(?:min(?:ute)?s?)?\s*\.?\s*$", re.I)
_SECTION_HEADS = {
    "contents": None,
    "prepared remarks": Section.PRESENTATION,
    "questions and answers": Section.QA,
    "questions & answers": Section.QA,
    "question and answer": Section.QA,
    "questions and answers session": Section.QA,
}
_PARTICIPANTS_HEAD = re.compile(r"^\s*(?:call\s+)?participants\s*:?\s*$", re.I)


def heading(text: str) -> tuple[bool, Section | None]:
    """(is a transcript heading, the section it opens) for "Prepared Remarks:" and kin."""
    key = re.sub(r"\s+", " ", text).strip().rstrip(":").strip().lower()
    if key in _SECTION_HEADS:
        return True, _SECTION_HEADS[key]
    return False, None


def is_participants_heading(text: str) -> bool:
    return bool(_PARTICIPANTS_HEAD.match(text))


def split_name_title(name: str, affiliation: str | None) -> DraftSpeaker:
    """ "Jane Roe" + "Acme Research -- Analyst" -> analyst at Acme Research; "CFO" -> corporate.

    Motley Fool lists a company's people as `Name -- Title` and analysts as
    `Name -- Firm -- Analyst`; the operator has no affiliation at all.
    """
    name = re.sub(r"\s+", " ", name).strip(" -")
    aff = re.sub(r"\s+", " ", affiliation or "").strip(" -")
    if not aff:
        return DraftSpeaker(name=name)
    parts = [p.strip() for p in re.split(r"\s*-{2,}\s*|\s+[–—]\s+", aff) if p.strip()]
    if len(parts) >= 2 and re.fullmatch(r"(?:research\s+)?analyst", parts[-1], re.I):
        return DraftSpeaker(name=name, firm=" -- ".join(parts[:-1]), title=parts[-1], role=Role.ANALYST)
    if re.search(r"\banalyst\b", aff, re.I):
        return DraftSpeaker(name=name, title=aff, role=Role.ANALYST)
    return DraftSpeaker(name=name, title=aff, role=Role.CORPORATE)


def parse_participant(entry: str) -> DraftSpeaker | None:
    """One `participants` string: "Name--Title", "Name--Firm -- Analyst" or a bare name."""
    entry = entry.strip()
    if not entry:
        return None
    name, _, rest = entry.partition("--")
    if not name.strip():
        return None
    return split_name_title(name, rest)
