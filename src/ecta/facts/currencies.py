"""Every currency ecta reads, one row each: its ISO 4217 code, the signs written before a figure, the words said after
one, and the country adjectives that tell one dollar, peso or krone from another.

The patterns and look-ups that read money (`numbers`, the call's currency in `context` and `_currency`) are derived
from this table, so a currency is added by adding its row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Currency:
    code: str
    family: str
    """The unit's common noun ("dollar", "peso", "krone"): a bare "$" or "dollars" is the call's own when the call's
    currency is of that family."""
    words: tuple[str, ...] = ()
    """Said after a figure ("4 billion zlotys"), lower case. A word shared by several rows reads as the first row's
    unless its country adjective or the call's currency says otherwise."""
    adjectives: tuple[str, ...] = ()
    """The country before a shared word ("Canadian dollars", "Swedish kronor")."""
    signs: tuple[str, ...] = ()
    """Written before a figure, as written ("C$", "Rp"): case matters, as it does for the code."""
    aliases: tuple[str, ...] = ()
    """Other codes written for it before a figure ("RMB")."""
    ambiguous: bool = False
    """The code is also an English word or a common abbreviation ("TOP 10", "ALL 3"): read as money only where the
    figure plainly is money (see `numbers._plain_money`)."""


def _row(code, family, words="", adjectives="", signs="", aliases="", ambiguous=False) -> Currency:
    return Currency(code, family, tuple(words.split("|")) if words else (), tuple(adjectives.split("|")) if adjectives else (),
                    tuple(signs.split()), tuple(aliases.split()), ambiguous)


# Signs are the ones transcripts and the companies' own releases write before a figure.
TABLE: tuple[Currency, ...] = (
    _row("USD", "dollar", "dollars|dollar", "U.S.|U. S.|US|American|United States", "US$ $"),
    _row("CAD", "dollar", "", "Canadian", "C$ CA$"),
    _row("AUD", "dollar", "", "Australian", "A$ AU$"),
    _row("NZD", "dollar", "", "New Zealand", "NZ$"),
    _row("HKD", "dollar", "", "Hong Kong", "HK$"),
    _row("SGD", "dollar", "", "Singapore", "S$"),
    _row("TWD", "dollar", "", "New Taiwan|Taiwan|Taiwanese|NT", "NT$"),
    _row("EUR", "euro", "euros|euro", "", "€"),
    _row("GBP", "pound", "pounds sterling|pounds|sterling", "British", "£"),
    _row("CHF", "franc", "francs", "Swiss"),
    _row("JPY", "yen", "yen", "Japanese", "¥"),
    _row("INR", "rupee", "rupees|rupee", "Indian", "₹ Rs. Rs"),
    _row("CNY", "yuan", "yuan|renminbi", "Chinese", "", "RMB"),
    _row("DKK", "krone", "kroner", "Danish"),
    _row("SEK", "krona", "", "Swedish"),
    _row("NOK", "krone", "", "Norwegian"),
    _row("MXN", "peso", "pesos", "Mexican", "MX$ Ps."),
    _row("BRL", "real", "reais", "Brazilian", "R$"),
    _row("NGN", "naira", "naira", "", "₦"),
    _row("ZAR", "rand", "rand", "South African", "R"),
    _row("KRW", "won", "won", "Korean"),
    _row("IDR", "rupiah", "rupiah", "Indonesian", "Rp"),
)
BY_CODE = {c.code: c for c in TABLE}

AMBIGUOUS_WORDS = frozenset({"won", "rand"})
"""Currency words that are also English words or names ("we won", "Rand Corporation"): read as money after a figure
only before "per" ("876 won per share")."""
GUARDED_SIGNS = {"R": r"(?=\d)"}
"""Signs that are also a letter of names ("the R7 release"): taken only glued to a digit, and kept only where the figure
plainly is money (`numbers._plain_money`)."""
SIGN_AHEAD = {"Rp": r"(?=\s?\d)"}


def _alternation(words) -> str:
    """Literal words as one alternation, longest first so that no word stops at a shorter one's end."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _grouped(codes) -> str:
    """Three-letter codes grouped by first letter ("A(?:ED|UD)|B(?:RL)"): the engine tries one branch per first letter."""
    by: dict[str, list[str]] = {}
    for c in sorted(set(codes)):
        by.setdefault(c[0], []).append(c[1:])
    return "|".join(f"{k}(?:{'|'.join(v)})" if len(v) > 1 else k + v[0] for k, v in by.items())


def codes() -> list[str]:
    return [c.code for c in TABLE] + [a for c in TABLE for a in c.aliases]


def prefix_map() -> dict[str, str]:
    """Lower-cased sign or code written before a figure -> ISO code."""
    out: dict[str, str] = {}
    for c in TABLE:
        for s in c.signs:
            out.setdefault(s.lower(), c.code)
        for k in (c.code, *c.aliases):
            out.setdefault(k.lower(), c.code)
    return out


def word_map() -> dict[str, str]:
    """Word said after a figure -> ISO code (a shared word: the first row's)."""
    out: dict[str, str] = {}
    for c in TABLE:
        for w in c.words:
            out.setdefault(w.split()[0], c.code)
    return out


def sign_pattern() -> str:
    """The signs before a figure, longest first; a guarded sign with its lookahead."""
    signs = {s for c in TABLE for s in c.signs}
    out = []
    for s in sorted(signs, key=lambda w: (-len(w), w)):
        out.append(re.escape(s) + GUARDED_SIGNS.get(s, SIGN_AHEAD.get(s, "")))
    return "|".join(out)


def code_pattern() -> str:
    return _grouped(codes())


def unit_words() -> str:
    """The currency words read after a figure, ambiguous ones left out."""
    words = [w for c in TABLE for w in c.words if w not in AMBIGUOUS_WORDS]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _phrase(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+")


def statement_names() -> tuple[tuple[str, str], ...]:
    """(pattern, code) for each currency as a call's statement names it ("all amounts are in Swedish kronor"): the
    country and its word; the word alone where no other currency is called so; a dollar's country alone ("are
    Canadian"); a sign with letters ("C$"); the code, in capitals only ("ALL" is a word)."""
    owners: dict[str, set[str]] = {}
    for c in TABLE:
        for w in c.words:
            owners.setdefault(w, set()).add(c.code)
    out = []
    for c in TABLE:
        words = "|".join(_phrase(w) for w in sorted(c.words, key=lambda w: (-len(w), w)))
        own = "|".join(_phrase(w) for w in sorted(c.words, key=lambda w: (-len(w), w)) if owners[w] == {c.code})
        adjs = "|".join(_phrase(a) for a in sorted(c.adjectives, key=lambda a: (-len(a), a)))
        parts = []
        if adjs and words:
            parts.append(rf"(?:{adjs})\s+(?:{words})")
        if adjs and c.family == "dollar":
            parts.append(rf"(?:{adjs})(?:\s+dollars?)?")
        if own:
            parts.append(own)
        parts += [re.escape(s) for s in c.signs if "$" in s and len(s) > 1]
        parts += [f"(?-i:{k})" for k in (c.code, *c.aliases)]
        out.append(("|".join(parts), c.code))
    return tuple(out)


def statement_cues() -> tuple[str, ...]:
    """Lower-case substrings one of which a call's currency statement holds: the pre-test before its pattern."""
    cues = {w.split()[0] for c in TABLE for w in c.words} | {a.lower() for c in TABLE for a in c.adjectives}
    cues |= {k.lower() for c in TABLE if not c.ambiguous for k in (c.code, *c.aliases)}
    cues |= {s.lower() for c in TABLE for s in c.signs if "$" in s}
    return tuple(sorted(cues))
