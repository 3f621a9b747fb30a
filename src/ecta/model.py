"""The one data model: a parsed earnings call, as served by the library, the CLI and JSON.

No `from __future__ import annotations`: pydantic evaluates each field's annotation from its string when it builds
a model, and the models are built in every process (about a third more per field).

What a reader of ecta's JSON (`Transcript.to_json`, `ecta parse --json`) may rely on is `SCHEMA_VERSION`,
"major.minor", written first in every document. A minor version only adds fields, each optional, so a document of any
1.x reads the same way: fields it lacks take their defaults, and the fields of a later 1.x that this version does not
know are set aside (`Transcript.from_json`). A field removed or renamed, or one that comes to mean something else,
makes a new major version, which `from_json` refuses rather than misread.

1.0  the first schema.
1.1  `Meta.fiscal_half`: present when the call covers a half year. A 1.0 document never says so; reading one, ecta
     works the half out from its title and opening words as the parser does.
"""

import json
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SCHEMA_VERSION = "1.1"


class Role(str, Enum):
    CORPORATE = "corporate"
    ANALYST = "analyst"
    OPERATOR = "operator"
    UNKNOWN = "unknown"


class Section(str, Enum):
    PRESENTATION = "presentation"
    QA = "qa"


class ParagraphKind(str, Enum):
    SPEECH = "speech"
    STAGE = "stage"
    """A stage direction such as "(Operator Instructions)": kept, but never read as speech."""


def new_list() -> list:
    """An empty list, as `default_factory=list` gives: building a model, pydantic reads each factory's signature,
    and a builtin's is parsed from its text (a tokenize and an ast parse per field, most of a millisecond)."""
    return []


def new_dict() -> dict:
    """An empty dict (see `new_list`)."""
    return {}


def _absent(value) -> bool:
    return value is None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Meta(_Model):
    company: str | None = None
    ticker: str | None = None
    title: str | None = None
    """The event title as the source gives it."""
    fiscal_year: int | None = None
    fiscal_quarter: int | None = Field(default=None, ge=1, le=4)
    """None for a full-year, half-year or non-periodic event, or where the source does not say."""
    fiscal_half: int | None = Field(default=None, ge=1, le=2, exclude_if=_absent)
    """1 or 2 for a half-year results call (its title's "H1", "Interim", or a welcome to "our half-year results"),
    decided once, when the call is parsed; None for any other call, and then left out of the JSON."""
    event_date: datetime | None = None
    """Start of the call in UTC; None where the source gives no date."""
    source_format: str
    source_name: str | None = None
    sha256: str
    """Digest of the source bytes, so a record can be traced to the exact file."""


class Participant(_Model):
    id: str
    """Stable within one transcript: a slug of the name."""
    name: str
    role: Role = Role.UNKNOWN
    title: str | None = None
    firm: str | None = None
    listed: bool = False
    """True when the source's participant list names this person."""
    aliases: list[str] = Field(default_factory=new_list)
    """Other spellings of the name seen in the source."""


class Paragraph(_Model):
    text: str
    kind: ParagraphKind = ParagraphKind.SPEECH
    line_start: int
    """1-based line in the source (for PDFs: line within `page`)."""
    line_end: int
    page: int | None = None
    page_end: int | None = None
    word_lines: list[int] | None = None
    """For sources with one word per line (speech-recognition token files): the source line of each
    whitespace-separated word of `text`, so a figure inside a long paragraph points to its own line."""
    word_pages: list[int] | None = None
    """For PDFs, where a paragraph runs over a page break: the page of each word, beside `word_lines`."""


class Turn(_Model):
    index: int
    speaker: Participant
    section: Section
    paragraphs: list[Paragraph]
    line_start: int
    line_end: int
    """For PDFs, `line_end` is a line of `page_end`, which may be a later page than `page`."""
    page: int | None = None
    page_end: int | None = None

    @property
    def text(self) -> str:
        """The spoken words, without stage directions."""
        return "\n\n".join(p.text for p in self.paragraphs if p.kind is ParagraphKind.SPEECH)

    @property
    def words(self) -> int:
        return len(self.text.split())


class Exchange(_Model):
    """One analyst's slot in the Q&A, follow-ups included."""

    index: int
    analyst: Participant
    firm: str | None = None
    question_turns: list[int] = Field(default_factory=new_list)
    answer_turns: list[int] = Field(default_factory=new_list)
    answered_by: list[str] = Field(default_factory=new_list)
    """Participant ids, in order of first answer."""
    read_by: str | None = None
    """The participant id of the operator or moderator who read the question out on the analyst's behalf (a
    webcast's written questions); None when the analyst asks on the line."""
    line_start: int
    line_end: int


class FactKind(str, Enum):
    ACTUAL = "actual"
    GUIDANCE = "guidance"
    """The company's outlook for a future period."""
    PRIOR_GUIDANCE = "prior_guidance"
    """An outlook given on an earlier call, recalled in this one."""
    TARGET = "target"
    """A long-term goal ("20% operating margin by 2026")."""
    ESTIMATE = "estimate"
    """An analyst's or the consensus figure."""


class Basis(str, Enum):
    GAAP = "GAAP"
    NON_GAAP = "non-GAAP"
    ADJUSTED = "adjusted"


class Change(str, Enum):
    """What a growth figure compares against; a fact with a change is never the level itself."""

    YOY = "yoy"
    QOQ = "qoq"
    SEQUENTIAL = "sequential"


class Direction(str, Enum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"


class Period(_Model):
    """A fiscal period, resolved against the call's own period and date."""

    fiscal_year: int | None = None
    quarter: int | None = Field(default=None, ge=1, le=4)
    half: int | None = Field(default=None, ge=1, le=2)
    ytd: bool = False
    label: str
    """Canonical short form: "Q4 2011", "FY2012", "H1 2012", "YTD 2011"."""


class Fact(_Model):
    """One stated figure, typed and tied to the line that says it."""

    metric: str
    """Canonical snake_case name from ecta's taxonomy (ecta.facts.taxonomy)."""
    phrase: str
    """The metric as spoken ("non-GAAP net income")."""
    value: Decimal | None = None
    """Plain units: $344.7 million -> 344700000; 20.1% -> 20.1. None for a range or a qualitative fact."""
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    """ISO 4217 code for money, or one of %, bps, days, x, count."""
    approx: bool = False
    change: Change | None = None
    direction: Direction | None = None
    period: Period | None = None
    kind: FactKind = FactKind.ACTUAL
    basis: Basis | None = None
    speaker: str | None = None
    """Participant id of the speaker."""
    turn: int | None = None
    line: int
    page: int | None = None
    sentence: str
    text: str
    """The figure exactly as written in the source ("$80 million to $82 million")."""


class Transcript(_Model):
    schema_version: str = SCHEMA_VERSION
    """The version the document was written in; in memory, always `SCHEMA_VERSION` once read (`from_json`)."""
    meta: Meta
    participants: list[Participant] = Field(default_factory=new_list)
    turns: list[Turn] = Field(default_factory=new_list)
    exchanges: list[Exchange] = Field(default_factory=new_list)
    warnings: list[str] = Field(default_factory=new_list)
    """What the parser noticed but could not resolve, in plain words."""

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)

    @field_validator("schema_version")
    @classmethod
    def _same_major(cls, version: str) -> str:
        if _major(version) != _major(SCHEMA_VERSION):
            raise ValueError(_refusal(version))
        return version

    @classmethod
    def from_json(cls, text: str | bytes) -> "Transcript":
        """A document ecta wrote, in any 1.x schema (see the module), as a Transcript of the current one.

        Raises ParseError for a document of another major version, pydantic's ValidationError for one that is not
        ecta's."""
        try:
            t = cls.model_validate_json(text)
        except ValidationError as e:
            wrong = next((x for x in e.errors() if x["loc"] == ("schema_version",)), None)
            if wrong is not None:
                from .errors import ParseError

                raise ParseError(_refusal(wrong["input"])) from None
            if any(x["type"] != "extra_forbidden" for x in e.errors()):
                raise
            doc = json.loads(text)
            if not _later(doc.get("schema_version")):
                raise
            t = cls.model_validate(_known(cls, doc))
        if _minor(t.schema_version) < 1 and t.meta.fiscal_quarter is None and t.meta.fiscal_half is None:
            # written before 1.1 gave the half a field: absent, it says nothing, so read it as the parser does
            from .callinfo import half_of_call, opening_of  # here, as only such a document needs them: start-up

            t.meta.fiscal_half = half_of_call(t.meta.title, None, opening_of(t.turns))
        t.schema_version = SCHEMA_VERSION
        return t

    @property
    def sections(self) -> list[Section]:
        seen: list[Section] = []
        for turn in self.turns:
            if turn.section not in seen:
                seen.append(turn.section)
        return seen

    def participant(self, pid: str) -> Participant | None:
        return next((p for p in self.participants if p.id == pid), None)

    def turns_of(self, section: Section) -> list[Turn]:
        return [t for t in self.turns if t.section is section]

    def __repr__(self) -> str:
        m = self.meta
        return (
            f"Transcript({m.company or '?'} {m.title or ''}".rstrip()
            + f", {len(self.participants)} participants, {len(self.turns)} turns,"
            f" {len(self.exchanges)} exchanges)"
        )


def _refusal(version) -> str:
    return (f"schema_version {version!r} is not one this ecta reads ({_major(SCHEMA_VERSION)}.x): read it with the ecta"
            " that wrote it, or parse the transcript again with this one")


def _major(version: str) -> str:
    return version.split(".", 1)[0]


def _minor(version: str) -> int:
    minor = version.partition(".")[2].partition(".")[0]
    return int(minor) if minor.isdigit() else 0


def _later(version) -> bool:
    """A 1.x later than this one: a document from a newer ecta, whose added fields this one does not know."""
    return isinstance(version, str) and _major(version) == _major(SCHEMA_VERSION) and _minor(version) > _minor(SCHEMA_VERSION)


def _known(model: type[_Model], data):
    """`data` with only the fields `model` (and the models inside it) knows."""
    if not isinstance(data, dict):
        return data
    kept = {}
    for name, value in data.items():
        field = model.model_fields.get(name)
        if field is None:
            continue
        inner = _model_in(field.annotation)
        if inner is not None:
            value = [_known(inner, v) for v in value] if isinstance(value, list) else _known(inner, value)
        kept[name] = value
    return kept


def _model_in(annotation) -> type[_Model] | None:
    """The ecta model a field holds, alone, in a list or beside None."""
    if isinstance(annotation, type) and issubclass(annotation, _Model):
        return annotation
    return next((m for a in get_args(annotation) if (m := _model_in(a)) is not None), None)
