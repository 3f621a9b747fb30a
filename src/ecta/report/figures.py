"""Small helpers over facts shared by the guidance table, the checks and the comparison."""

from __future__ import annotations

from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up
from decimal import Decimal

from ..facts.periods import closed_by, period_key  # noqa: F401  (the report's modules import them from here)
from ..model import Fact, Meta, Period

_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))
"""Below a million a figure is written out as said ("$1,318 per ounce", "1,800 megawatts", "860,000 ounces"):
"$1.318 thousand" is no way a call or a reader puts it."""
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def previous(p: Period, change: str) -> tuple[int | None, int | None, int | None]:
    """(fiscal_year, quarter, half) of the period a change figure compares against."""
    if p.fiscal_year is None:
        return (None, None, None)
    if change in ("qoq", "sequential") and p.quarter:
        return (p.fiscal_year - 1, 4, None) if p.quarter == 1 else (p.fiscal_year, p.quarter - 1, None)
    return (p.fiscal_year - 1, p.quarter, p.half)


def same_period(p: Period | None, fy: int | None, q: int | None, h: int | None) -> bool:
    return p is not None and fy is not None and p.fiscal_year == fy and p.quarter == q and p.half == h and not p.ytd


def is_level(f: Fact) -> bool:
    return f.change is None and f.value is not None


def is_money(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper()


def fmt_amount(value: Decimal | None, unit: str | None) -> str:
    """344700000, USD -> "$344.7 million"; 20.1, % -> "20.1%"."""
    if value is None:
        return "?"
    if unit == "%":
        return f"{_num(value)}%"
    if unit == "bps":
        return f"{_num(value)} bps"
    if unit == "x":
        return f"{_num(value)}x"
    if unit == "days":
        return f"{_num(value)} days"
    if unit == "g/t":
        return f"{_num(value)} g/t"
    sign = "-" if value < 0 else ""
    v = abs(value)
    word = ""
    for scale, name in _SCALES:
        if v >= scale:
            v, word = v / scale, f" {name}"
            break
    if is_money(unit):
        sym = _SYMBOLS.get(unit or "")
        # Per-share figures read in cents: "$0.60", not "$0.6".
        num = f"{v:,.2f}" if not word and v < 100 and v != v.to_integral() else _num(v)
        return f"{sign}{sym}{num}{word}" if sym else f"{sign}{unit} {num}{word}"
    return f"{sign}{_num(v)}{word}"


def fmt_fact(f: Fact) -> str:
    if f.low is not None and f.high is not None:
        return f"{fmt_amount(f.low, f.unit)} to {fmt_amount(f.high, f.unit)}"
    if f.value is not None:
        return fmt_amount(f.value, f.unit)
    return f.direction.value if f.direction else f.text


def _num(v: Decimal) -> str:
    q = v.quantize(Decimal("0.001")).normalize()
    return f"{q:,f}" if abs(q) >= 1000 else f"{q:f}"


def singular(phrase: str) -> str:
    """"adjusted operating margins" and "adjusted operating margin" name one figure."""
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w for w in phrase.split())


def half_unit(f: Fact) -> Decimal:
    """Half a unit of the last digit the speaker said, in the fact's plain units ("$32.6 million" -> 50,000)."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", f.text or "")
    if not m or f.value is None:
        return Decimal(0)
    try:
        number = Decimal(m.group().replace(",", ""))
    except ArithmeticError:
        return Decimal(0)
    if number == 0:
        return Decimal(0)
    scale = abs(f.value) / number
    return Decimal(5) / Decimal(10) ** (len(m.group(1) or "") + 1) * scale


def at(f: Fact) -> int:
    """Where the fact's figure is in its sentence (-1 if not found); "$0.02" is not the start of "$0.025"."""
    if not f.text:
        return -1
    m = re.search(re.escape(f.text) + r"(?![\d])", f.sentence)
    return m.start() if m else -1


def guided_slack(g: Fact) -> Decimal:
    """How far a result may sit from a single guided figure and still meet it: what rounds to the figure as
    said ("16%" is met by 15.9%), at least half a percent, but never more than 2.5% of it, since "$1 billion"
    is a round figure for about $1 billion, not anything from $0.5 to $1.5 billion."""
    if g.value is None and g.low is None:
        return Decimal(0)
    v = abs(g.value if g.value is not None else g.low)  # type: ignore[arg-type]
    return max(v * Decimal("0.005"), min(half_unit(g), v * Decimal("0.025")))


_FIRST_HALF = re.compile(r"\b(?:h1|1h|half[\s-]year|first[\s-]half|interim|six[\s-]months|6m)\b", re.I)
"""A title naming a half-year event: results for the first half, the year still under way."""


def call_period(m: Meta) -> tuple[int, int] | None:
    """The `period_key` a call reports: its quarter; the first half (2) for a half-year event ("H1 2026 ...
    Earnings Call", "half year results"), whose year is not over; else the whole year (5)."""
    if not m.fiscal_year:
        return None
    if m.fiscal_quarter:
        return (m.fiscal_year, m.fiscal_quarter)
    return (m.fiscal_year, 2 if m.title and _FIRST_HALF.search(m.title) else 5)
