"""Where sentences and their clauses end."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from functools import lru_cache

from .guard import OnLowered, prefix_guarded


# The end mark is matched, not looked behind for: a pattern that starts with a character class lets the
# engine skip straight to the candidates instead of trying every position of the paragraph.
_SENT_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z0-9$€£])")
# "NII ex. Markets", "costs excl. fuel": "ex."/"excl."/"incl." shorten excluding/including mid-sentence.
_ABBREV_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Inc|Corp|Co|Ltd|vs|approx|No|St|Jr|Sr|U\.S|e\.g|i\.e|etc|Fig|Mt|Nos|est|Rs|Ps|Mn|Bn|Cr|ca|Rp|Sh|ex|excl|incl)\.|\b[A-Z]\.)$")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; offsets index into `text` so a sentence keeps its line."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        piece = text[start:m.start() + 1]
        # The pattern is anchored at the end and its longest form is 7 characters: scan only the tail
        # (\b still sees the character before `pos`).
        if _ABBREV_END.search(piece, max(0, len(piece) - 12)):
            continue
        if piece.strip():
            out += _cut(start, piece)
        start = m.end()
    if text[start:].strip():
        out += _cut(start, text[start:])
    return out


_LONGEST = 3000
"""No call's sentence runs past a thousand characters; speech-to-text without full stops can run a paragraph into one
of 40,000, whose figures the rules read in time that grows faster than its length (14 s there)."""


def _cut(start: int, piece: str) -> list[tuple[int, str]]:
    """A sentence over _LONGEST characters in pieces of at most 2,000, cut after a comma or semicolon where there is one."""
    out = []
    while len(piece) > _LONGEST:
        at = max(piece.rfind(", ", 0, 2000), piece.rfind("; ", 0, 2000)) + 2
        if at < 2:
            at = piece.rfind(" ", 0, 2000) + 1 or 2000
        out.append((start, piece[:at]))
        start, piece = start + at, piece[at:]
    out.append((start, piece))
    return out


# (", which, in turn, is expected to ...": an aside after "which" opens the clause all the same; the stop of a currency's
# short name, "Ps. 8,140 million", "Rs. 11 crore", ends no clause)
CLAUSE_BREAK = re.compile(r";|:\s|,\s+(?:and|but|while|whereas|although|though|which|with|so)\s|,\s+which,|\s(?:while|whereas|but)\s|(?<!\bPs)(?<!\bRs)(?<!\bRp)(?<!\bSh)\.\s|—|\s–\s|\s-\s")
# ", and we expect ...": a new subject starts a new statement, whose cue is not the earlier figure's
NEW_SUBJECT = re.compile(r"(?:,\s+|\s)(?:and|but|while|so)\s+(?:we|I|they|you|management)\b|;\s"
                          r"|,\s+(?:and|but|while|so)\s+(?:the|our|this|that|it)\b|\s(?:and|but)\s+(?:the|our)\s+(?:guide|guidance|outlook|forecast)\b", re.I)


def new_subject_at(s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    return NEW_SUBJECT.search(s, pos, len(s) if endpos is None else endpos)


@lru_cache(maxsize=32)
def _breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple([m.span() for m in CLAUSE_BREAK.finditer(sentence)])


@lru_cache(maxsize=256)  # asked of the same figure by the metric, change, basis and segment tests
def clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(sentence)
    for b_start, b_end in _breaks(sentence):
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


# Searched around every figure and its callers use spans and truth only: a test of the first four characters (see
# guard.prefix_guarded; its first character is most often a space) on the lower-cased copy (see guard.OnLowered).
NEW_SUBJECT = OnLowered(prefix_guarded(NEW_SUBJECT))
