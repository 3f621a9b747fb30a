"""API Ninjas transcripts (`/earningstranscript`).

Layout: `{"date", "transcript"}` (some responses add `ticker`, `year`, `quarter`), the transcript ONE string with the
speakers' `Name: ` labels inline and no line breaks; newer responses add `transcript_split`, a list of
`{"speaker", "text"}` turns, which is read instead where it holds any. The one string is cut at its labels: a short
capitalised name before ": " at the start or after a sentence's end, and only a name the call uses as a label twice or
introduces elsewhere ("over to Priya", "from Sam Whitlock with ..."), so "Note: " or "Revenue: " in a turn stays
speech. A turn cites the line of the file where its string starts (for the one string, the line of that string).
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import ParseError
from ..source import Source
from ..speakers import is_operator_name
from . import _api, sniff
from .base import Draft, DraftParagraph, DraftTurn

_WHAT = "API Ninjas transcript API"
_PARTICLE = r"(?:de|van|von|der|da|del|la|le|bin|al)"
_LABEL = re.compile(
    rf"""(?:^|(?<=[.?!"”’)\]])\s+)                                   # the text's start, or a sentence's end
        (?P<name>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|{_PARTICLE})){{0,4}})  # one to five words, capitalised
        :\s+""",
    re.X,
)


class ApiNinjasJson:
    name = "api-ninjas-json"
    description = "API Ninjas /earningstranscript JSON (`transcript` as one string with inline `Name: ` labels, or `transcript_split`)"

    def sniff(self, source: Source) -> float:
        return sniff.api_ninjas_json(source)

    def parse(self, source: Source) -> Draft:
        got = _api.load(source, _WHAT)
        doc = got.doc
        draft = Draft(format=self.name)
        split = doc.get("transcript_split")
        for i, entry in enumerate(split if isinstance(split, list) else []):
            if not isinstance(entry, dict):
                continue
            name, said = _api.text_of(entry.get("speaker")).strip(), _api.text_of(entry.get("text")).strip()
            if name and said:
                line = got.line("transcript_split", i, "text")
                draft.turns.append(DraftTurn(speaker=_api.speaker(name), header_line=got.line("transcript_split", i, "speaker"),
                                             paragraphs=[DraftParagraph(text=said, line_start=line, line_end=line)]))
        if not draft.turns:
            said = _api.text_of(doc.get("transcript"))
            line = got.line("transcript")
            for name, part in split_labelled(said):
                if name is None:
                    draft.warnings.append("text before the first speaker label skipped")
                    continue
                draft.turns.append(DraftTurn(speaker=_api.speaker(name), header_line=line,
                                             paragraphs=[DraftParagraph(text=part, line_start=line, line_end=line)]))
        if not draft.turns:
            raise ParseError(f"{source.label}: the {_WHAT} response holds no transcript with speaker labels (`transcript`).")
        _api.read_ticker(draft, doc.get("ticker", doc.get("symbol")))
        _api.read_period(draft, doc.get("year"), doc.get("quarter"))
        _api.read_date(draft, doc.get("date"))
        return draft


def split_labelled(text: str) -> list[tuple[str | None, str]]:
    """(speaker, words) for each turn of one string with inline `Name: ` labels; None for words before the first.

    >>> split_labelled("Operator: Over to Jane Roe. Jane Roe: Thanks. Revenue: up. Operator: Next, Sam Ng with Acme. Sam Ng: Hi.")
    [('Operator', 'Over to Jane Roe.'), ('Jane Roe', 'Thanks. Revenue: up.'), ('Operator', 'Next, Sam Ng with Acme.'), ('Sam Ng', 'Hi.')]
    """
    text = re.sub(r"\s+", " ", text).strip()
    found = [m for m in _LABEL.finditer(text) if m.group("name").lower().split()[0] not in {"the", "our", "we", "i", "and", "but", "so"}]
    counts: dict[str, int] = {}
    for m in found:
        counts[m.group("name")] = counts.get(m.group("name"), 0) + 1
    labels = [m for m in found if _is_speaker(m.group("name"), counts[m.group("name")], text)]
    out: list[tuple[str | None, str]] = []
    if labels and text[: labels[0].start()].strip():
        out.append((None, text[: labels[0].start()].strip()))
    for m, after in zip(labels, labels[1:] + [None]):
        said = text[m.end(): after.start() if after else len(text)].strip()
        if said:
            out.append((m.group("name"), said))
    return out


def _is_speaker(name: str, labelled: int, text: str) -> bool:
    """An operator, or a name the call labels twice or introduces outside a label; one word only when introduced
    mid-sentence, where only a name is capitalised ("over to Priya", never "Revenue")."""
    if is_operator_name(name):
        return True
    words = name.split()
    if len(words) == 1:
        return bool(re.search(rf"[a-z,]\s+{re.escape(name)}\b(?!:)", text))
    if labelled >= 2:
        return True
    return bool(re.search(rf"\b{re.escape(words[-1])}\b(?!:)", text.replace(name + ":", "")))


PARSER = ApiNinjasJson()
