"""The one exception vocabulary for ecta.

EctaError
├── InputError (ValueError)     the input cannot be read: missing, empty, binary, undecodable
├── UnknownFormatError          readable text, but no parser recognises it as a transcript
└── ParseError (ValueError)     a parser recognised the format but could not build a Transcript

Every message is one line and says how to fix the problem where that is possible.
"""


class EctaError(Exception):
    """Base of every error ecta raises on purpose."""


class InputError(EctaError, ValueError):
    """The input could not be read as text."""


class UnknownFormatError(EctaError):
    """No format parser recognises the input."""


class ParseError(EctaError, ValueError):
    """The format was recognised but the content could not be parsed."""
