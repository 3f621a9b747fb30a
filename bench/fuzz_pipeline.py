"""Crash hunt: perturbed sentences and calls through the whole pipeline, in strict mode.

    python bench/fuzz_pipeline.py --seed 1 --n 20000            # sentences through extract_sentence
    python bench/fuzz_pipeline.py --seed 1 --n 200 --calls      # perturbed calls: parse, facts, report, summary, compare

Sentences come from ../shared (ECTSum calls, one sentence a line, and the seed calls) and are recombined: clauses
of one spliced onto another's, figures swapped for other figure shapes, period words swapped, words dropped, cut
mid-clause, punctuation doubled, dashes and quotes made unicode, many joined into one, or a figure alone. Each
sentence runs under a few call contexts, with the paragraph's state carried as the extractor carries it. A crash,
a broken invariant of docs/facts.md (low <= high, a value is no range, the figure's text is in its sentence) or a
slow sentence (over --slow ms) is reported once per class (exception type and the innermost ecta frame), with the
shortest input that showed it (shrunk by dropping words while the same class still shows) and the traceback head.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import traceback
from pathlib import Path

os.environ["ECTA_STRICT"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import ecta  # noqa: E402
from ecta.errors import EctaError  # noqa: E402
from ecta.facts import extract_facts  # noqa: E402
from ecta.facts.extract import extract_sentence  # noqa: E402
from ecta.facts.state import Context, State  # noqa: E402
from ecta.model import Role, Section  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"

FIGURES = [
    "(0.05)", "$(0.12)", "low-to-mid teens", "mid-single digits", "high single to low double digits", "double digits",
    "$1.2 billion to $1.4 billion", "14 to 16 cents", "2x", "3.5 times", "-3%", "negative 2%", "a loss of $3 million",
    "twelve percent", "one hundred million dollars", "a third", "half", "$0.5", "50 basis points", "1,234,567",
    "12.5%", "$8.45 cents", "C$40 million", "€3.1bn", "£200m", "¥5 billion", "Rs 40 crore", "3 lakh", "7%-8%",
    "8% to 9%", "between 4% and 5%", "plus or minus 40 basis points", "$2.3 billion plus or minus $60 million",
    "up 4%", "down 12.5%", "flat to up 2%", "zero", "0", "0.0%", "100%", "1,000%", "$0", "$.5", "5.", ".5%", "$1.",
    "1.2.3", "$$5", "5%%", "% 5", "$ million", "10-K", "Q4", "FY25", "2030", "'26", "3-for-1", "1/3", "2/3 of",
    "4,5%", "1 000", "~5%", "≈ $3 million", "+5%", "±2%", "5 %", "five to six", "a dozen", "hundreds of millions",
    "$1 trillion", "1e6", "9999999999999999999999", "1" + "0" * 40, "$" + "9" * 30 + " trillion", "0.000001%", "$-5", "5-", "-", "to", "$3 to", "to $5",
]
PERIODS = ["the fourth quarter", "Q1", "next year", "last year", "fiscal 2027", "the first half", "year-to-date",
           "the second half of last year", "2031", "the prior year quarter", "this quarter", "full year", "H2",
           "the first nine months", "over the next three years", "by 2030", "in October", "at year-end",
           "the trailing twelve months", "FY '24", "the third quarter a year ago", "the remainder of the year"]
PERIOD_WORDS = re.compile(r"\b(?:(?:the\s+)?(?:first|second|third|fourth)\s+(?:quarter|half)|Q[1-4]|(?:next|last|this)\s+"
                          r"(?:year|quarter)|(?:fiscal\s+)?(?:19|20)\d\d|full[-\s]year|year[-\s]to[-\s]date)\b", re.I)
FIGURE = re.compile(r"[$€£]?\(?-?\d[\d,.]*\)?\s*(?:%|percent|basis points|bps|million|billion|cents|x\b|times)?")
UNICODE = [("-", "–"), ("-", "—"), ("-", "−"), ("'", "’"), ('"', "“"), (" ", "\u00a0"), (" ", "\u2009"), ("%", "％"),
           ("$", "＄"), ("1", "١"), (".", "。"), (" ", "\u200b")]
CONTEXTS = [
    Context(),
    Context(fiscal_year=2026, fiscal_quarter=4, role=Role.CORPORATE, section=Section.PRESENTATION),
    Context(fiscal_year=2026, fiscal_quarter=2, role=Role.ANALYST, section=Section.QA, question="What about margins next year?"),
    Context(fiscal_year=2026, fiscal_quarter=1, role=Role.CORPORATE, section=Section.QA, asked_outlook=True, currency="EUR",
            quarter_end=3, call_month=4),
    Context(fiscal_year=2026, fiscal_half=1, role=Role.CORPORATE, currency="GBP"),
]


def pool(limit: int, rng: random.Random) -> list[str]:
    files = sorted((SHARED / "ectsum" / "train" / "ects").glob("*.txt")) + sorted((SHARED / "ectsum" / "val" / "ects").glob("*.txt"))
    rng.shuffle(files)
    out: list[str] = []
    for f in files[:limit]:
        out += [ln.strip() for ln in f.read_text("utf-8", "replace").splitlines() if ln.strip()]
    return out


def perturb(rng: random.Random, sents: list[str]) -> str:
    s = rng.choice(sents)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(12)
        if op == 0:  # splice a clause of another sentence on
            o = rng.choice(sents)
            cut_a = [m.start() for m in re.finditer(r",\s|\sand\s|;\s", s)] or [len(s) // 2]
            cut_b = [m.start() for m in re.finditer(r",\s|\sand\s|;\s", o)] or [len(o) // 2]
            s = s[:rng.choice(cut_a)] + rng.choice([", and ", ", ", "; ", " while "]) + o[rng.choice(cut_b):].lstrip(",;and ")
        elif op == 1:  # another figure shape
            ms = list(FIGURE.finditer(s))
            if ms:
                m = rng.choice(ms)
                s = s[:m.start()] + rng.choice(FIGURES) + s[m.end():]
        elif op == 2:
            ms = list(PERIOD_WORDS.finditer(s))
            if ms:
                m = rng.choice(ms)
                s = s[:m.start()] + rng.choice(PERIODS) + s[m.end():]
        elif op == 3:  # words dropped
            w = s.split(" ")
            for _ in range(rng.randint(1, 3)):
                if len(w) > 1:
                    del w[rng.randrange(len(w))]
            s = " ".join(w)
        elif op == 4:  # cut mid-clause
            s = s[:rng.randint(1, max(1, len(s)))]
        elif op == 5:
            s = re.sub(r"[,.;:]", lambda m: m.group() * rng.randint(1, 3), s)
        elif op == 6:
            a, b = rng.choice(UNICODE)
            s = s.replace(a, b)
        elif op == 7:  # very long
            s = rng.choice([", and ", "; ", ", ", " "]).join([s] + rng.sample(sents, rng.randint(3, 15)))
        elif op == 8:
            s = rng.choice(FIGURES) + rng.choice(["", ".", " .", "?", " million."])
        elif op == 9:  # a figure put anywhere
            w = s.split(" ")
            w.insert(rng.randrange(len(w) + 1), rng.choice(FIGURES))
            s = " ".join(w)
        elif op == 10:
            s = s.upper() if rng.random() < 0.5 else s.lower()
        else:  # a period put anywhere
            w = s.split(" ")
            w.insert(rng.randrange(len(w) + 1), rng.choice(PERIODS))
            s = " ".join(w)
    return s


def check_facts(facts, sentences: list[str]) -> str | None:
    """The first invariant of docs/facts.md that a fact breaks, in words, else None."""
    for f in facts:
        if f.low is not None and f.high is not None and f.low > f.high:
            return f"low > high: {f.low} > {f.high} ({f.text!r})"
        if f.value is not None and (f.low is not None or f.high is not None):
            return f"value and range: {f.value} / {f.low}..{f.high} ({f.text!r})"
        if f.text and f.text not in f.sentence:
            return f"text not in sentence: {f.text!r}"
        if f.sentence not in sentences:
            return f"sentence not the input: {f.sentence[:60]!r}"
    return None


def run_paragraph(paragraph: list[str], ctx: Context, slow_ms: float) -> str | None:
    st = State()
    for i, s in enumerate(paragraph, 1):
        t0 = time.perf_counter()
        facts = extract_sentence(s, ctx, line=i, state=st)
        ms = (time.perf_counter() - t0) * 1000
        bad = check_facts(facts, [s.strip()])
        if bad:
            return bad
        if ms > slow_ms * max(1.0, len(s) / 2000):
            return f"slow: {ms:.0f} ms for a sentence of {len(s)} characters"
    return None


def failure_class(e: BaseException) -> str:
    tb = traceback.extract_tb(e.__traceback__)
    own = [fr for fr in tb if "/ecta/" in fr.filename] or tb
    fr = own[-1]
    return f"{type(e).__name__} at {Path(fr.filename).name}:{fr.name}"


def outcome(paragraph: list[str], ctx: Context, slow_ms: float) -> tuple[str, str] | None:
    """(class, detail) of what went wrong, or None."""
    try:
        bad = run_paragraph(paragraph, ctx, slow_ms)
    except RecursionError as e:
        return "RecursionError", str(e)
    except Exception as e:  # noqa: BLE001 - this is the hunt
        return failure_class(e), "".join(traceback.format_exception(e)[-4:])
    if bad and bad.startswith("slow"):
        return "slow", bad
    if bad:
        return "invariant: " + bad.split(":")[0], bad
    return None


def shrink(paragraph: list[str], ctx: Context, cls: str, slow_ms: float) -> list[str]:
    """Fewer sentences, then fewer words, while the same class of failure shows."""
    if cls == "slow":
        return paragraph
    def same(p):
        o = outcome(p, ctx, slow_ms)
        return o is not None and o[0] == cls
    p = list(paragraph)
    i = 0
    while len(p) > 1 and i < len(p):
        q = p[:i] + p[i + 1:]
        if same(q):
            p = q
        else:
            i += 1
    for k in range(len(p)):
        words = p[k].split(" ")
        step = max(1, len(words) // 2)
        while step >= 1:
            j = 0
            while j < len(words):
                cand = words[:j] + words[j + step:]
                if cand and same(p[:k] + [" ".join(cand)] + p[k + 1:]):
                    words = cand
                else:
                    j += step
            step //= 2
        p[k] = " ".join(words)
    return p


def sentences_mode(args, rng: random.Random) -> dict:
    sents = pool(args.files, rng)
    for s in sents[:200]:  # the rules compile on first use: not a slow sentence
        extract_sentence(s, CONTEXTS[1])
    found: dict[str, tuple[list[str], int, str, int]] = {}
    t0 = time.time()
    for n in range(args.n):
        paragraph = [perturb(rng, sents) for _ in range(rng.randint(1, 4))]
        ci = rng.randrange(len(CONTEXTS))
        o = outcome(paragraph, CONTEXTS[ci], args.slow)
        if o is None:
            continue
        cls, detail = o
        if cls in found:
            p, c, d, count = found[cls]
            found[cls] = (p, c, d, count + 1)
            continue
        small = shrink(paragraph, CONTEXTS[ci], cls, args.slow)
        found[cls] = (small, ci, detail, 1)
        print(f"[{n}] new: {cls}", flush=True)
    print(f"{args.n} paragraphs in {time.time() - t0:.0f} s")
    return found


def calls_mode(args, rng: random.Random) -> dict:
    from ecta.report import analyze, compare_calls
    from ecta.report import render_html, render_text
    from ecta.summarize import summarize
    from rich.console import Console
    import io
    import tempfile

    console = Console(file=io.StringIO(), width=100)
    tmp = Path(tempfile.mkdtemp(prefix="ecta_fuzz_"))

    files = sorted((SHARED / "ectsum" / "val" / "ects").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    files += sorted(f for f in (SHARED / "formats").rglob("*") if f.is_file() and "/_" not in str(f)
                    and f.suffix in (".txt", ".md", ".html", ".json", ".nlp"))
    found: dict[str, tuple[list[str], int, str, int]] = {}
    t0 = time.time()
    prev = None
    for n in range(args.n):
        f = rng.choice(files)
        lines = f.read_text("utf-8", "replace").splitlines()
        other = rng.choice(files).read_text("utf-8", "replace").splitlines()
        op = rng.randrange(5)
        if op == 0:
            rng.shuffle(lines)
        elif op == 4:  # blocks of lines (turns, sections) swapped
            cuts = sorted(rng.sample(range(len(lines) + 1), min(len(lines) + 1, rng.randint(2, 8))))
            blocks = [lines[a:b] for a, b in zip([0] + cuts, cuts + [len(lines)])]
            rng.shuffle(blocks)
            lines = [ln for b in blocks for ln in b]
        elif op == 1:  # another call's lines spliced in
            k = rng.randrange(len(lines) + 1)
            lines = lines[:k] + other[:rng.randint(1, 40)] + lines[k:]
        elif op == 2:
            sents = [ln for ln in lines + other if ln.strip()]
            lines = [perturb(rng, sents) if rng.random() < 0.3 else ln for ln in lines]
        else:
            lines = [ln for ln in lines if rng.random() < 0.7]
        text = "\n".join(lines) + "\n"
        stage = "parse"
        try:
            path = tmp / f.name  # the file name may carry the call's period, as a user's file would
            path.write_text(text, "utf-8")
            t = ecta.parse(path)
            stage = "facts"
            facts = extract_facts(t)
            stage = "analyze"
            rep = analyze(t, facts)
            stage = "render"
            rep.model_dump_json()
            render_text.markdown(rep)
            console.print(render_text.terminal(rep))
            render_html.html(rep, t)
            stage = "summarize"
            summarize(t, facts).text()
            if prev is not None:
                stage = "compare"
                c = compare_calls(prev, t)
                render_text.comparison_markdown(c)
                console.print(render_text.comparison_terminal(c))
                render_html.comparison_html(c)
            prev = t
        except EctaError:
            continue
        except Exception as e:  # noqa: BLE001
            cls = f"{stage}: {failure_class(e)}"
            if cls in found:
                found[cls] = found[cls][:3] + (found[cls][3] + 1,)
            else:
                path = Path(args.keep) / f"crash_{len(found)}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, "utf-8")
                found[cls] = ([str(path)], 0, "".join(traceback.format_exception(e)[-4:]), 1)
                print(f"[{n}] new: {cls} (input kept in {path})", flush=True)
    print(f"{args.n} calls in {time.time() - t0:.0f} s")
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--files", type=int, default=400, help="ECTSum calls to draw sentences from")
    ap.add_argument("--slow", type=float, default=300.0, help="ms a sentence may take per 2,000 characters")
    ap.add_argument("--calls", action="store_true", help="perturb whole calls and run every stage")
    ap.add_argument("--keep", default="/tmp/ecta_fuzz", help="where a crashing call's text is kept")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    found = calls_mode(args, rng) if args.calls else sentences_mode(args, rng)
    for cls, (p, ci, detail, count) in sorted(found.items(), key=lambda kv: -kv[1][3]):
        print(f"\n=== {cls}  x{count}  (context {ci})")
        for s in p:
            print("   ", repr(s[:600]))
        print("   ", detail.strip().replace("\n", "\n    "))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
