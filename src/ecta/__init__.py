"""ecta: Earnings Call Transcript Analyzer."""

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

_HOME = {**dict.fromkeys(("EctaError", "InputError", "ParseError", "UnknownFormatError"), "errors"),
         **dict.fromkeys(("Exchange", "Meta", "Paragraph", "ParagraphKind", "Participant", "Role", "Section",
                          "Transcript", "Turn"), "model"),
         "parse": "parsing", "extract_facts": "facts"}
"""Where each public name lives. Nothing is imported with the package: `ecta.cli` sets up the process (the garbage
collector) before pydantic and the model load, and the facts engine compiles its rules only when first used."""


def __getattr__(name: str):
    from importlib import import_module

    if name in _HOME:
        value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
        globals()[name] = value
        return value
    if not name.startswith("_"):  # `import ecta` then `ecta.model.Fact`, as when the package imported its model
        try:
            return import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module 'ecta' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
