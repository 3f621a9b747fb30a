"""Audit the Q&A structure of every transcript in the shared corpus.

For each file: its format, sections, turns per role, and per exchange the analyst the operator
announced against the analyst the exchange holds, the answerers and anything suspicious. Ends
with flag counts per format, the numbers to compare before and after a change to the shared
logic (assemble, call_shape, speakers).

    /work/venv/bin/python bench/audit_exchanges.py [--shared ../shared] [--quiet] [FILE ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import ecta
from ecta.assemble import _QA_END, parse_announcement
from ecta.errors import EctaError
from ecta.model import Role, Section, Transcript
from ecta.speakers import name_tokens, short_key

FLAGS = {
    "announced!=analyst": "the operator called someone else than the exchange's analyst",
    "analyst-role": "the exchange's analyst does not have the analyst role",
    "non-corporate-answer": "an answer turn by someone not with the company",
    "closing-in-exchange": "an answer turn that reads like closing remarks",
    "moderation-answer": "a short company turn steering the line ('Go ahead', 'a second question?', 'Thanks, Ken.') counted as an answer",
    "thanks-slot": "a slot whose questions are only a bare 'thank you' (a diarization slip or a sign-off)",
    "split-slot": "a slot of the same firm as the one before with no operator turn between",
    "orphan-qa-turn": "a Q&A turn (not the operator's, nor closing remarks) in no exchange",
    "unknown-role": "a speaking participant whose role is unknown",
    "no-qa": "no Q&A section found",
}


def corpus(shared: Path) -> list[Path]:
    files = sorted(p for p in (shared / "seeds").glob("*") if p.is_file())
    for folder in sorted((shared / "formats").iterdir()):
        if folder.is_dir() and not folder.name.startswith("_"):
            files += sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "_")))
    return files


_STEERING = re.compile(
    r"^\W*(?:(?:great|okay|ok|all right|perfect|thanks?|thank you|sure|yes|yep|yeah)\b[\w\s,]{0,20}?[,.!]\s*)*"
    r"(?:go ahead\b|(?:do|did) you have (?:a|any|another) (?:\w+ )?(?:question|follow)|operator\b|next question"
    r"|(?:thanks?|thank you)(?: very much)?(?:,? [A-Z][\w.'\-]*)?\s*[.!]?\s*$)", re.I)
_BARE_THANKS = re.compile(r"^\W*(?:(?:great|okay|ok|perfect|got it)[,.!]?\s*)*(?:thanks?|thank you)[\w\s]{0,15}[.!]?\s*$", re.I)
_ANONYMOUS = re.compile(r"^(?:speaker|unidentified|unknown|person)\b", re.I)


def _same_firm(a: str | None, b: str | None) -> bool:
    ta, tb = "".join(name_tokens(a or "")), "".join(name_tokens(b or ""))
    return bool(ta and tb) and ta[:4] == tb[:4]


def _same_person(a: str, b: str) -> bool:
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    return short_key(a) == short_key(b) or ta[-1][:4] == tb[-1][:4] or ta[0][:4] == tb[0][:4]


def audit(tr: Transcript) -> tuple[list[str], Counter]:
    lines: list[str] = []
    flags: Counter = Counter()
    turns = tr.turns
    sections = Counter(t.section.value for t in turns)
    roles = Counter(t.speaker.role.value for t in turns)
    lines.append(f"  sections {dict(sections)}  turns/role {dict(roles)}  exchanges {len(tr.exchanges)}")
    if Section.QA not in {t.section for t in turns}:
        flags["no-qa"] += 1
    unknown = {t.speaker.id for t in turns if t.speaker.role is Role.UNKNOWN}
    if unknown:
        flags["unknown-role"] += len(unknown)
        lines.append(f"  ! unknown role: {sorted(unknown)}")
    in_exchange: set[int] = set()
    for ex in tr.exchanges:
        # Moderation inside the slot ("Go ahead.") is in no list but inside the slot's span.
        members = ex.question_turns + ex.answer_turns
        span = [*range(min(members), max(members) + 1)] + [
            t.index for t in turns if t.page == turns[ex.question_turns[0]].page
            and ex.line_start <= t.line_start and t.line_end <= ex.line_end]
        in_exchange.update(ex.question_turns + ex.answer_turns, span)
        first = turns[ex.question_turns[0]].index if ex.question_turns else None
        ann = None
        if first is not None:
            for prev in reversed(turns[:first]):
                if prev.speaker.role is Role.OPERATOR or prev.speaker.role is Role.CORPORATE and (
                        parse_announcement(prev.text[-300:]) is not None):
                    ann = parse_announcement(prev.text if prev.speaker.role is Role.OPERATOR else prev.text[-300:])
                    break
                if prev.index in in_exchange and prev.index not in ex.question_turns:
                    break
        marks = []
        if (ann is not None and not _same_person(ann.name, ex.analyst.name)
                and not _ANONYMOUS.match(ex.analyst.name) and not _same_firm(ann.firm, ex.firm)):
            # A colleague standing in takes the firm called; only another firm is a mistake.
            marks.append("announced!=analyst")
        if ex.analyst.role is not Role.ANALYST:
            marks.append("analyst-role")
        for i in ex.answer_turns:
            t = turns[i]
            if t.speaker.role is not Role.CORPORATE:
                marks.append("non-corporate-answer")
            if _QA_END.search(t.text[:300]):
                marks.append("closing-in-exchange")
        for i in ex.answer_turns:
            t = turns[i]
            if t.speaker.role is Role.CORPORATE and len(t.text.split()) <= 15 and _STEERING.search(t.text):
                marks.append("moderation-answer")
        if ex.question_turns and all(_BARE_THANKS.match(turns[i].text) for i in ex.question_turns):
            marks.append("thanks-slot")
        if ex.index and ex.question_turns and ex.firm and ex.firm == tr.exchanges[ex.index - 1].firm:
            between = turns[max(tr.exchanges[ex.index - 1].question_turns + tr.exchanges[ex.index - 1].answer_turns):ex.question_turns[0]]
            if not any(t.speaker.role is Role.OPERATOR for t in between):
                marks.append("split-slot")
        for m in set(marks):
            flags[m] += 1
        said = f"{ann.name} / {ann.firm}" if ann else "-"
        answerers = ",".join(ex.answered_by)
        lines.append(
            f"  [{ex.index}] L{ex.line_start}-{ex.line_end} announced: {said} | analyst: {ex.analyst.name}"
            f" ({ex.analyst.role.value}) / {ex.firm} | q{len(ex.question_turns)} a{len(ex.answer_turns)}"
            f" by {answerers}" + (f"  !! {' '.join(sorted(set(marks)))}" if marks else "")
        )
    # Company turns after the last exchange are the closing remarks, in no exchange by design.
    last = max((ex.question_turns[0] for ex in tr.exchanges if ex.question_turns), default=-1)
    for t in turns:
        if t.section is not Section.QA or t.speaker.role is Role.OPERATOR or t.index in in_exchange:
            continue
        nxt = turns[t.index + 1] if t.index + 1 < len(turns) else None
        if (t.speaker.role is Role.CORPORATE and len(t.text.split()) <= 6 and nxt is not None
                and nxt.index in in_exchange and nxt.speaker.role is Role.ANALYST):
            continue  # greeting the analyst whose slot follows ("Good morning, Ken.")
        if t.index < last or t.speaker.role is not Role.CORPORATE:
            flags["orphan-qa-turn"] += 1
            lines.append(f"  ! orphan Q&A turn {t.index} L{t.line_start} {t.speaker.name} ({t.speaker.role.value}):"
                         f" {t.text[:90]!r}")
    return lines, flags


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--quiet", action="store_true", help="only the per-format flag counts")
    args = ap.parse_args(argv)
    files = args.files or corpus(args.shared)
    per_format: dict[str, Counter] = defaultdict(Counter)
    totals: Counter = Counter()
    for path in files:
        try:
            tr = ecta.parse(path)
        except EctaError as e:
            print(f"{path.name}: ERROR {e}")
            per_format["(error)"]["files"] += 1
            continue
        fmt = tr.meta.source_format
        lines, flags = audit(tr)
        per_format[fmt].update(flags)
        per_format[fmt]["files"] += 1
        per_format[fmt]["exchanges"] += len(tr.exchanges)
        totals.update(flags)
        if not args.quiet:
            print(f"{path.parent.name}/{path.name}: {fmt}")
            print("\n".join(lines))
    print("\nflags per format:")
    cols = ["files", "exchanges", *FLAGS]
    print("format".ljust(20) + "".join(c[:12].rjust(13) for c in cols))
    for fmt in sorted(per_format):
        print(fmt.ljust(20) + "".join(str(per_format[fmt][c]).rjust(13) for c in cols))
    print("total".ljust(20) + "".join(str(sum(per_format[f][c] for f in per_format)).rjust(13) for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
