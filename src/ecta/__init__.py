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
    "parse",
]
