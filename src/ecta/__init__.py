"""ecta: Earnings Call Transcript Analyzer."""

from .errors import EctaError, InputError, ParseError, UnknownFormatError
from .model import Exchange, Meta, Paragraph, ParagraphKind, Participant, Role, Section, Transcript, Turn
from .parsing import parse

__version__ = "0.1.0"

__all__ = [
    "EctaError",
    "Exchange",
    "InputError",
    "Meta",
    "Paragraph",
    "ParagraphKind",
    "ParseError",
    "Participant",
    "Role",
    "Section",
    "Transcript",
    "Turn",
    "UnknownFormatError",
    "extract_facts",
    "parse",
]


def __getattr__(name: str):  # the facts engine compiles its rules on first use, not on `import ecta`
    if name == "extract_facts":
        from .facts import extract_facts

        return extract_facts
    raise AttributeError(f"module 'ecta' has no attribute {name!r}")
