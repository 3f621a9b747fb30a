"""What a call says about itself: its fiscal period, company and date, read from titles and the
operator's welcome when a format carries no metadata."""

from __future__ import annotations

from . import lazy_re as re  # compiles each pattern on first use: start-up
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from .months import MONTH_NAMES
from .fiscal_words import FISCAL

_ORD = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "one": 1, "two": 2, "three": 3, "four": 4,
}
_YEAR = rf"(?:fy\s?|{FISCAL}\s+(?:year\s+)?)?'?(?P<year>(?:19|20)\d\d|\d\d)\b"

# Ordered, first match wins: the explicit forms before the looser ones.
_PERIOD_PATTERNS = [
    # Q4 2011, Q4 FY2011, Q4'11, Q4 fiscal 2021, Q4-2011
    # Q4 & Full Year 2010, Q2 and Six Months 2010: the quarter still names the call's period
    re.compile(rf"\bq(?P<q>[1-4])(?:\s*(?:and|&(?:amp;)?)\s*(?:(?:full|{FISCAL}|half)[\s-]+year|six[\s-]+months|first[\s-]+half|h1))?"
               r"[\s\-']*" + _YEAR, re.I),
    # 3Q23, 3Q 2023, 4Q FY19
    re.compile(r"\b(?P<q>[1-4])q[\s\-']*" + _YEAR, re.I),
    # FY2021 Q3, fiscal 2021 third quarter, 2021 Q3
    re.compile(
        rf"\b(?:fy\s?|{FISCAL}\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\s+(?:q(?P<q>[1-4])\b|(?P<qw>first|second|third|fourth)[\s-]+quarter)",
        re.I,
    ),
    # fourth quarter 2011, fourth quarter of fiscal 2021, fourth-quarter fiscal year 2021
    re.compile(
        rf"\b(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+(?:and|&(?:amp;)?)\s+(?:full|{FISCAL})[\s-]+year)?"
        rf"[\s,]+(?:of\s+|for\s+)?(?:the\s+)?(?:{FISCAL}\s+(?:year\s+)?|fy\s?)?'?(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
]
# Half-year events (H1 2026, Half Year 2026) name a fiscal year but no quarter, like full-year ones.
_FULL_YEAR = re.compile(
    r"\b(?:full[\s-]+year|year[\s-]+end|annual|fy|h[12]|[12]h|6m|half[\s-]+year)\s*'?(?P<year>(?:19|20)\d\d)\b", re.I
)


def period_from_text(text: str) -> tuple[int | None, int | None]:
    """(fiscal_year, fiscal_quarter) named in a title or opening line; None where absent.

    >>> period_from_text("Q4 2011 Acme Widgets, Inc. Earnings Conference Call")
    (2011, 4)
    >>> period_from_text("welcome to the Acme third quarter fiscal 2021 conference call")
    (2021, 3)
    >>> period_from_text("3Q23 Financial Results")
    (2023, 3)
    """
    for pat in _PERIOD_PATTERNS:
        m = pat.search(text)
        if m:
            q = m.groupdict().get("q")
            qw = m.groupdict().get("qw")
            quarter = int(q) if q else _ORD.get((qw or "").lower())
            return _year(m.group("year")), quarter
    m = _FULL_YEAR.search(text)
    if m:
        return _year(m.group("year")), None
    return None, None


_OPENING_NOT_REPORTED = re.compile(
    r"\b(?:outlook|guidance|guide|expect\w*|forecast\w*|next|coming|upcoming|(?:plan|will|going)\s+to\s+release|close|closing|"
    r"starting|beginning|since|thus\s+far|described|insight|into|through|until|before|after|by|during\s+our)\b[^\w.!?;]+(?:[\w'-]+[^\w.!?;]+){0,3}$"
    r"|\b(?P<compared>versus|vs|compared|comparisons?|relative|from|over|than|against|surpass\w*|exceed\w*|lap\w*)\b[^\w.!?;]+(?:[\w'$%-]+(?:[.,]\d+)*[^\w.!?;]+){0,7}$",
    re.I,
)
"""Words before a quarter in the opening that make it another quarter than the one reported: the outlook ("give our
third quarter 2027 outlook"), a comparison ("against $0.44 in the first quarter of 2026"), a past call
("during our third quarter 2026 call")."""
_OPENING_AHEAD = re.compile(
    r"[\s,]*(?:(?:and|&)\s+(?:full[-\s]year|fy)\s*(?:'?\d+\s+)?)?(?:guidance|outlook|report\b)"
    r"|[\s,]*(?:we|I)\s+(?:expect|anticipate|see|forecast|project|guide)\b"
    r"|\s+(?:through|to)\s+(?:the\s+)?(?:first|second|third|fourth|q[1-4])\b", re.I)
"""Words after it that do: "second quarter 2027 guidance", "For the second quarter of 2027, we expect", a span."""


def period_from_opening(text: str) -> tuple[int | None, int | None]:
    """(fiscal_year, fiscal_quarter) the opening remarks report: the first period named there that is not guided,
    compared with or a past call's. ECTSum train, calls with no title: quarter right 1584 -> 1598, year right 902 -> 924.

    >>> period_from_opening("EPS was $0.52 versus $0.38 during the first quarter of 2025. We will provide our third quarter 2026 outlook. "
    ...                     "Second quarter 2026 sales rose 4%.")
    (2026, 2)
    """
    found = sorted(((m.start(), rank, m) for rank, pat in enumerate(_PERIOD_PATTERNS) for m in pat.finditer(text)),
                   key=lambda x: (x[0], x[1]))
    compared = None
    for _, _, m in found:
        q, qw = m.groupdict().get("q"), m.groupdict().get("qw")
        quarter = int(q) if q else _ORD.get((qw or "").lower())
        before = _OPENING_NOT_REPORTED.search(text, max(0, m.start() - 70), m.start())
        if before or _OPENING_AHEAD.match(text, m.end()):
            if before and before["compared"] and quarter and compared is None:
                compared = _year(m.group("year")) + 1, quarter
            continue
        return _year(m.group("year")), quarter
    if compared:
        return compared  # "14% higher versus the third quarter of 2026", and no other: the same quarter a year on
    if found:
        return None, None
    return period_from_text(text)


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


_HALF_WORDS = r"(?:(?P<h>first|second)[\s-]+half|half[\s-]+year(?:ly)?|h(?P<n>[12])|interim)"
_HALF_CALL = re.compile(
    rf"""\b(?:(?:{FISCAL}\s+(?:year\s+)?|fy\s?)?'?(?P<y1>(?:19|20)\d\d)\s+)?{_HALF_WORDS}
        (?:\s+(?:of\s+)?(?:{FISCAL}\s+(?:year\s+)?|fy\s?)?'?(?P<y2>(?:19|20)\d\d))?
        \s+(?:(?:financial\s+|trading\s+)?(?:results|earnings|report)|results?\s+(?:briefing|presentation|call))\b""",
    re.I | re.X,
)
"""A welcome that names a half-year results call: "our half-year 2027 results", "interim results briefing"."""
_SIX_MONTHS = re.compile(
    r"(?<!and\s)(?<!&\s)(?<!three-\s)\bsix[\s-]+months?\s+(?:ended|ending|to|through)\s+(?:the\s+)?(?P<end>[^.;]{6,30})",
    re.I,
)
""""The six months ended 30 September 2026": the half's end; "the three and six months ended" is a quarter's call."""
_WHOLE_YEAR_CALL = re.compile(r"\b(?:full[\s-]+year|annual|year[\s-]+end|preliminary)\s+(?:\w+\s+)?(?:results|earnings)\b", re.I)


def half_from_opening(text: str) -> tuple[int | None, int] | None:
    """(fiscal_year, half) of a half-year results call its opening words announce; None for any other call.

    A first half ends six months before its fiscal year does, so six months to September 2026 are the first half
    of the fiscal year ending March 2027, the year it is named by.

    >>> half_from_opening("Welcome to Acme's half-year 2027 results, covering the six months ended September 30, 2026.")
    (2027, 1)
    >>> half_from_opening("Our interim results cover the six months to 31 December 2026.")
    (2027, 1)
    >>> half_from_opening("Figures cover both the three and six months ended 30 June 2026.") is None
    True
    """
    if _WHOLE_YEAR_CALL.search(text):
        return None
    said = _HALF_CALL.search(text)
    six = _SIX_MONTHS.search(text)
    ended = date_from_text(six["end"]) if six else None
    if not said and not ended:
        return None
    half = 1
    if said:
        half = int(said["n"]) if said["n"] else 2 if (said["h"] or "").lower() == "second" else 1
        if said["y1"] or said["y2"]:
            return _year(said["y1"] or said["y2"]), half
    return (ended.year + (half == 1 and ended.month > 6) if ended else None), half


_HALF_TITLE = re.compile(r"\b(?:H([12])|([12])H|(first|second)[-\s]half|half[-\s]year|interim|six[-\s]months|6M)\b", re.I)


def half_of_title(title: str | None) -> int | None:
    """1 or 2 for a half-year results call ("H1 2026 ... Earnings Call", "1H FY2026", "Interim Results", "6M 2026"),
    else None."""
    m = _HALF_TITLE.search(title or "")
    if not m:
        return None
    if m.group(1) or m.group(2):
        return int(m.group(1) or m.group(2))
    if m.group(3):
        return 1 if m.group(3).lower() == "first" else 2
    return 1


def opening_of(turns) -> str:
    """The words a call opens with, where its welcome names the period: the first paragraphs of its first turns
    (a parser's draft turns or a Transcript's)."""
    return " ".join(p.text for t in turns[:3] for p in t.paragraphs[:3])


def half_of_call(title: str | None, quarter: int | None, opening: str) -> int | None:
    """`Meta.fiscal_half`: the half a call's title names, else the one its opening words announce; None for a call
    of a quarter or any call not of a half year."""
    if quarter:
        return None
    if (half := half_of_title(title)) is not None:
        return half
    said = half_from_opening(opening)
    return said[1] if said else None


_WELCOME = re.compile(
    rf"""(?i:welcome|welcoming)\s+(?:\w+\s+){{0,3}}?(?i:to\s+(?:the\s+|this\s+)?)
        (?P<company>[A-Z][\w&.,'’\-]*(?:\s+(?:[A-Z][\w&.,'’\-]*|&|of|and|de|la))*?)
        (?:'s|’s)?\s+
        (?i:(?:{FISCAL}\s+(?:year\s+)?)?(?:first|second|third|fourth|full|q[1-4]|[1-4]q|fy|h[12]|\d{{4}}|20\d\d)\b
            |(?:half[-\s]year|interim|annual|preliminary)(?:\s+(?:results|earnings|financial))?\b
            |(?:quarterly\s+|earnings\s+)?(?:conference|earnings)\s+call\b|(?:investor\s+|results\s+)?presentation\b)""",
    re.X,
)


_WELCOME_FOR = re.compile(
    r"""(?i:welcome|welcoming)\s+(?:\w+\s+){0,3}?(?i:to\s+(?:the\s+|this\s+|our\s+)?)[^.;]{0,60}?
        (?i:earnings|results)\s+(?i:(?:conference\s+)?call|discussion|webcast|presentation)\s+(?i:for|of)\s+
        (?P<company>[A-Z][\w&.'’\-]*(?:\s+(?:[A-Z][\w&.'’\-]*|&|of|and|de|la))*?)\s*(?=[.,;]|$)""",
    re.X,
)
"""The company after its call: "welcome to the first-quarter 2026 earnings discussion for Acme Mortgage Trust."."""


def company_from_text(text: str) -> str | None:
    """The company named in an operator's welcome ("welcome to the Acme Corp fourth quarter ...").

    >>> company_from_text("Good day and welcome to the Acme Widgets fourth quarter 2011 call.")
    'Acme Widgets'
    >>> company_from_text("Welcome to this Acme Energy investor presentation for Q4 2021.")
    'Acme Energy'
    >>> company_from_text("Welcome to the Brimcote Group half-year results conference call.")
    'Brimcote Group'
    >>> company_from_text("Good afternoon, and welcome to the first-quarter 2026 earnings discussion for Acme Home Loans Trust. The slides ...")
    'Acme Home Loans Trust'
    >>> company_from_text("And welcome to the Q4 2021 earnings call.") is None
    True
    """
    m = _WELCOME.search(text[:2000]) or _WELCOME_FOR.search(text[:2000])
    if not m:
        return None
    # The name token swallows a possessive ("Acme's third quarter"): drop it.
    name = re.sub(r"(?:'s|’s|'|’)$", "", m.group("company").strip(" ,."))
    if name.lower() in {"the", "our", "this", "today"} or len(name) < 2:
        return None
    if _NOT_A_NAME.match(name):
        return None  # "welcome to the Q4 2021 earnings call": a period, not a company
    return name


_NOT_A_NAME = re.compile(rf"(?:q[1-4]|[1-4]q|fy|h[12]|{FISCAL}|full|first|second|third|fourth|\d)\b", re.I)


_MONTHS = {m.lower(): i for i, m in enumerate(MONTH_NAMES, start=1)}
_MONTH_ABBR = {k[:3]: v for k, v in _MONTHS.items()}
_DATE = re.compile(
    r"\b(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?P<day2>\d{1,2})\s+(?P<month2>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?P<year2>(?:19|20)\d\d)\b"
    r"|(?<![\w-])(?P<year3>(?:19|20)\d\d)-(?P<month3>0[1-9]|1[0-2])-(?P<day3>0[1-9]|[12]\d|3[01])(?![\d-])",  # ISO 8601
    re.I,
)
_TIME = re.compile(r"(?P<h>\d{1,2}):(?P<m>\d\d)\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<tz>gmt|utc|et|est|edt|ct|pt|cet)?", re.I)
_TZ_OFFSET = {"gmt": 0, "utc": 0, "et": -5, "est": -5, "edt": -4, "ct": -6, "pt": -8, "cet": 1}
# "ET" on a summer call means EDT: US zone names without a season follow the local clock.
_TZ_ZONES = {"et": "America/New_York", "ct": "America/Chicago", "pt": "America/Los_Angeles"}


def date_from_text(text: str) -> datetime | None:
    """The first calendar date (and time, with its zone where given) in `text`, in UTC.

    >>> date_from_text("FEBRUARY 07, 2012 / 9:30PM GMT")
    datetime.datetime(2012, 2, 7, 21, 30, tzinfo=datetime.timezone.utc)
    >>> date_from_text("Posted 2026-10-28 09:00 UTC")
    datetime.datetime(2026, 10, 28, 9, 0, tzinfo=datetime.timezone.utc)
    """
    m = _DATE.search(text)
    if not m:
        return None
    if m.group("month"):
        month = _MONTH_ABBR[m.group("month")[:3].lower()]
        day, year = int(m.group("day")), int(m.group("year"))
    elif m.group("year3"):
        year, month, day = int(m.group("year3")), int(m.group("month3")), int(m.group("day3"))
    else:
        month = _MONTHS[m.group("month2").lower()]
        day, year = int(m.group("day2")), int(m.group("year2"))
    hour = minute = 0
    offset = 0
    t = _TIME.search(text, m.end())
    if t and t.start() - m.end() < 12:
        hour, minute = int(t.group("h")), int(t.group("m"))
        ampm = (t.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        zone = (t.group("tz") or "utc").lower()
        offset = _TZ_OFFSET.get(zone, 0)
        if zone in _TZ_ZONES:
            local = _local_time(year, month, day, hour % 24, minute, _TZ_ZONES[zone])
            if local is not None:
                return local
    try:
        local = datetime(year, month, day, hour % 24, minute, tzinfo=timezone.utc)
    except ValueError:
        return None
    from datetime import timedelta

    return local - timedelta(hours=offset)


def _local_time(year: int, month: int, day: int, hour: int, minute: int, zone: str) -> datetime | None:
    """A wall-clock time in a named zone, in UTC; None where the zone data is missing."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone)).astimezone(timezone.utc)
    except (ZoneInfoNotFoundError, ValueError):
        return None


# "Today is Thursday, October 21, 2021", "this call is being recorded on May 4, 2022".
_STATED_DAY = re.compile(
    r"\b(?:today(?:'s\s+date)?\s+is|today,|recorded\s+(?:today,?\s+)?on|(?:held|taking\s+place)\s+(?:today,?\s+)?on)\s+"
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?=\w)",
    re.I,
)


def stated_call_date(text: str) -> datetime | None:
    """The call's own date where the opening remarks state it ("today is October 21, 2021").

    >>> stated_call_date("This call is being recorded on Tuesday, May 3, 2022.")
    datetime.datetime(2022, 5, 3, 0, 0, tzinfo=datetime.timezone.utc)
    >>> stated_call_date("We will report again on May 3, 2022.") is None
    True
    """
    for m in _STATED_DAY.finditer(text):
        found = _DATE.match(text, m.end())
        if found:
            return date_from_text(found.group(0))
    return None


# The call's own period from its speech, for formats that carry no title (ECTSum sentences, MAEC, JSON).
_SPOKEN_QUARTER = re.compile(
    rf"\b(?:(?P<w>first|second|third|fourth)[\s-]+(?:{FISCAL}\s+)?quarter|q(?P<q>[1-4])\b|(?P<n>[1-4])q\b|quarter\s+(?P<k>[1-4])\b)"
    rf"(?:\s+(?:of\s+)?(?:{FISCAL}\s+(?:year\s+)?)?(?:'|20)?(?P<y>\d{{2}})\b)?",
    re.I,
)
_NOT_REPORTED = re.compile(
    r"\b(?:next|coming|upcoming|following|last year'?s?|prior[\s-]year|year[\s-]ago|guidance|expect\w*|estimate\w*|"
    r"outlook|forecast|from|with|versus|vs|than|over|since|into|through|early|late|by|after|before|until|"
    r"begin\w*|clos\w*|complet\w*|effective|payable)\W+(?:\w+\W+)?$",
    re.I,
)
"""Words just before a quarter that make it some other quarter: a comparison, an outlook, a deal's closing."""
_SPOKEN_YEAR = r"(?:'(?P<y2>\d\d)\b|(?P<y>20[0-4]\d)\b)"
_QUARTER_YEAR = re.compile(
    rf"\b(?:(?P<w>first|second|third|fourth)[\s-]+(?:{FISCAL}[\s-]+)?quarter|q(?P<q>[1-4])|(?P<n>[1-4])q)"
    rf"(?:\s+of)?(?:\s+(?:the\s+)?(?:{FISCAL}|fy)(?:\s+year)?)?[\s,]*" + _SPOKEN_YEAR,
    re.I,
)
_COMPARED = re.compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to|over|from|than|since|against|last\s+year'?s?)\W+(?:the\s+)?$",
    re.I,
)
_COMPARED_YEAR = re.compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to|than|over|against)\s+(?:the\s+)?"
    r"(?:same\s+\w+\s+(?:of|in)\s+)?(?:(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?|q[1-4]\s+|"
    rf"full[\s-]year\s+|{FISCAL}\s+(?:year\s+)?)?" + _SPOKEN_YEAR + r"(?!\s+levels?\b)",
    re.I,
)
_OUTLOOK_YEAR = re.compile(
    r"\b(?:guidance|outlook|expect\w*|forecast\w*|anticipat\w*|project\w*|target\w*|plan\w*)\b[^.]{0,60}?\b"
    rf"(?:for\s+|in\s+)?(?:(?:full[\s-]year|{FISCAL}(?:\s+year)?|calendar(?:\s+year)?|fy)\s*)?" + _SPOKEN_YEAR,
    re.I,
)
_YEAR_SO_FAR = re.compile(
    r"\b(?:so\s+far\s+(?:in|this\s+year)|start\s+to|year[\s-]to[\s-]date|(?P<through>first\s+half\s+of|through(?:out)?)"
    r"|(?P<entered>started|began|entered|kicked\s+off))\s+"
    rf"(?:{FISCAL}\s+(?:year\s+)?)?" + _SPOKEN_YEAR,
    re.I,
)
_OPENING_SENTENCES = 40
"""Prepared remarks name the quarter being reported early and often; later lines drift to guidance."""


def period_from_speech(sentences: Iterable[str]) -> tuple[int | None, int | None]:
    """(fiscal_year, fiscal_quarter) a call's own words report; None where the evidence is weak.

    The quarter is the one the speech names most, the opening weighing most (95% right on ECTSum train). Years
    are harder: calls name last year's quarter as often as this one's, so a year is given only when two readings
    agree, the votes of "quarter of 2021" / "compared to 2020" (+1) / "guidance for 2022" phrases and the latest year
    named with the reported quarter, or, when the speech names that quarter only as last year's comparison, two
    such comparisons (ECTSum, where the quarter is right: val 126 right / 10 wrong / 102 none, train 802 / 62 /
    742; before the comparisons counted, 103 / 19 / 116 and 676 / 106 / 824). Calls that never date their quarter
    but speak of the year they are in ("raised guidance for 2021" three times, "we started 2021 with") are placed by
    those readings when they dominate; a comparison with "2019 levels" is a baseline, not last year (train and val
    together: 928 / 72 / 844 -> 1038 / 74 / 732).

    >>> period_from_speech(["Revenue for the third quarter of 2024 rose 5% from the second quarter."])
    (2024, 3)
    """
    everything = list(sentences)
    quarters: Counter[int] = Counter()
    _count_quarters(everything[:_OPENING_SENTENCES], quarters)
    # A lone mention in the opening ("the dividend rises in the first quarter") must not outvote the rest.
    _count_quarters(everything[_OPENING_SENTENCES:], quarters, weight=0.25)
    quarter = quarters.most_common(1)[0][0] if quarters else None
    return _spoken_year(everything, quarter), quarter


def _count_quarters(sentences: list[str], quarters: Counter[int], weight: float | None = None) -> None:
    for rank, s in enumerate(sentences):
        # Earlier mentions weigh more: the welcome and the first results name the reported quarter.
        w = weight if weight is not None else 2.0 if rank < 10 else 1.0
        for m in _SPOKEN_QUARTER.finditer(s):
            if not _NOT_REPORTED.search(s[max(0, m.start() - 40):m.start()]):
                quarters[_ORD[m["w"].lower()] if m["w"] else int(m["q"] or m["n"] or m["k"])] += w


_COMPARED_WIDE = re.compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to|from|than|over|since|against|in\s+line\s+with"
    r"|prior[\s-]year|year[\s-]ago|a\s+year\s+ago|last\s+year'?s?|same\s+(?:quarter|period)|on\s+top\s+of|lap\w*|comps?|compar\w*)\b"
    r"(?:[^.;]|\.(?=\d)){0,60}$",
    re.I,
)
"""A comparison further back than `_COMPARED` reaches, across figures with decimals: "compared to a loss of
$0.83 in the first quarter 2020", "8.7% in Q1 of 2020" after "compared to"."""
_COMPARED_AFTER = re.compile(r"^\W{0,3}(?:a\s+year\s+ago|last\s+year|(?:the\s+)?prior[\s-]year)", re.I)
_COMPARED_IN_YEAR = re.compile(
    rf"\b(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to|from|than)\b(?:[^.;]|\.(?=\d)){{1,40}}?\bin\s+(?:{FISCAL}\s+)?"
    + _SPOKEN_YEAR,
    re.I,
)
""""31.5% compared to 29.8% in 2020": the year compared with is last year."""
_REST_OF_YEAR = re.compile(
    rf"\b(?:remainder|balance|rest|first\s+(?:three|six|nine)\s+months)\s+of\s+(?:the\s+year\s+)?(?:{FISCAL}\s+(?:year\s+)?)?"
    + _SPOKEN_YEAR,
    re.I,
)
""""the balance of 2021", "the first three months of 2021": the year the call is in."""


def _spoken_year(sentences: list[str], quarter: int | None) -> int | None:
    """The fiscal year of the reported quarter. Calls name it with the year ("the third quarter of 2021"),
    or, often in speech, name only last year's same quarter as the comparison ("compared with $212 million
    in the third quarter of 2020"): two such comparisons and no other reading place the call a year later."""
    if quarter is None:
        return None
    votes: Counter[int] = Counter()
    current: Counter[int] = Counter()
    named: set[int] = set()
    compared: Counter[int] = Counter()
    for s in sentences:
        for m in _QUARTER_YEAR.finditer(s):
            q = _ORD[m["w"].lower()] if m["w"] else int(m["q"] or m["n"])
            year = _spoken_year_of(m)
            before = s[max(0, m.start() - 30):m.start()]
            if _COMPARED.search(before) or q == quarter and (
                    _COMPARED_WIDE.search(s[max(0, m.start() - 80):m.start()]) or _COMPARED_AFTER.match(s[m.end():])):
                votes[year + 1] += 2 if q == quarter else 1
                if q == quarter:
                    compared[year + 1] += 1
            elif q == quarter:
                votes[year] += 3
                if not _FORWARD.search(before):
                    named.add(year)
        for m in _COMPARED_YEAR.finditer(s):
            votes[_spoken_year_of(m) + 1] += 1
        for m in _COMPARED_IN_YEAR.finditer(s):
            votes[_spoken_year_of(m) + 1] += 1
        for m in _OUTLOOK_YEAR.finditer(s):
            # A fourth-quarter call guides the next fiscal year; earlier ones the current one.
            votes[_spoken_year_of(m) - (quarter == 4)] += 0.5
            if quarter != 3:
                # A third-quarter call's outlook for a year is as often next year's as this one's.
                current[_spoken_year_of(m) - (quarter == 4)] += 0.5
        for m in _YEAR_SO_FAR.finditer(s):
            votes[_spoken_year_of(m)] += 1
            if m["entered"]:
                # "We started 2021 with ..." in a fourth-quarter call is the year after the one reported.
                current[_spoken_year_of(m) - (quarter == 4)] += 1
            elif not m["through"]:
                # "through 2022" and "the first half of 2022" are as often ahead of the call.
                current[_spoken_year_of(m)] += 1
        for m in _REST_OF_YEAR.finditer(s):
            # A fourth-quarter call's "balance of" is next year's.
            votes[_spoken_year_of(m) - (quarter == 4)] += 1
            current[_spoken_year_of(m) - (quarter == 4)] += 1
    if not votes:
        return None
    if not (named or compared):
        return _year_in_progress(votes, current)
    (best, first), *rest = votes.most_common(2)
    runner_up = rest[0][1] if rest else 0
    if first - runner_up <= 1:
        return None
    if named:
        return best if best == max(named) else None
    return best if compared[best] >= 2 else None


def _year_in_progress(votes: Counter[int], current: Counter[int]) -> int | None:
    """Many calls never name their quarter with its year but speak of the year they are in: "our outlook for
    2021" (three times), "we started 2021 with", "the balance of 2021". Readings of that one year, from
    several sentences and outweighing every comparison, place the call."""
    if not current:
        return None
    (best, first), *rest = votes.most_common(2)
    runner_up = rest[0][1] if rest else 0
    others = sum(current.values()) - current[best]
    if current[best] < _YEAR_IN_PROGRESS_VOTES or current[best] < 2 * others or first - runner_up <= 1:
        # Third- and fourth-quarter calls speak of next year's outlook as much as of this year's.
        return None
    return best


_YEAR_IN_PROGRESS_VOTES = 1.5
"""Three outlook mentions, or an outlook and a "so far in" reading: one alone is as often another year's."""


_FORWARD = re.compile(
    r"\b(?:next|coming|upcoming|following|expect\w*|guidance|outlook|by|until|into|beginning|starting)\W+(?:\w+\W+)?$",
    re.I,
)


def _spoken_year_of(m: re.Match) -> int:
    return 2000 + int(m["y2"]) if m["y2"] else int(m["y"])


# Sources that carry no header are often named after the call: MAEC "20161021_HON.txt" (date and
# ticker), ECTSum "HON_q3_2016.txt" (ticker, fiscal quarter and year), dumps "2011-01-19-ASML.txt".
_NAME_DATE = re.compile(
    r"^(?P<y>(?:19|20)\d\d)(?P<sep>-?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
    r"(?:[_\-\s]+(?P<t>[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?)(?=[_\-\s]|$))?"
)
_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")
_NAME_PERIOD = re.compile(r"^(?P<t>[A-Z][A-Z0-9]{0,5}(?:[.\-][A-Z]{1,2})?)_[qQ](?P<q>[1-4])_(?P<y>(?:19|20)\d\d)$")


@dataclass(frozen=True)
class NamedCall:
    """What a source's file name says about the call; each part None where the name does not say it."""

    date: datetime | None = None
    ticker: str | None = None
    fiscal_year: int | None = None
    fiscal_quarter: int | None = None


def call_from_name(name: str | None) -> NamedCall:
    """The call a file name names: a leading date (YYYYMMDD or YYYY-MM-DD) with an optional ticker
    after it, or TICKER_qN_YYYY.

    >>> call_from_name("/data/20161021_ACME.txt")
    NamedCall(date=datetime.datetime(2016, 10, 21, 0, 0, tzinfo=datetime.timezone.utc), ticker='ACME', fiscal_year=None, fiscal_quarter=None)
    >>> call_from_name("ACME_q2_2022.txt")
    NamedCall(date=None, ticker='ACME', fiscal_year=2022, fiscal_quarter=2)
    """
    if not name:
        return NamedCall()
    stem = name.replace("\\", "/").rsplit("/", 1)[-1]
    stem = _EXTENSION.sub("", stem)
    if m := _NAME_PERIOD.match(stem):
        return NamedCall(ticker=m["t"], fiscal_year=int(m["y"]), fiscal_quarter=int(m["q"]))
    if m := _NAME_DATE.match(stem):
        try:
            when = datetime(int(m["y"]), int(m["m"]), int(m["d"]), tzinfo=timezone.utc)
        except ValueError:  # 20230231: not a date
            return NamedCall()
        return NamedCall(date=when, ticker=m["t"])
    return NamedCall()


def period_from_date(when: datetime, quarter: int | None, year: int | None) -> tuple[int, int]:
    """(fiscal_year, fiscal_quarter) of a call held on `when`, given what its speech says (either may be None).

    A call reports the latest quarter that ended before it: a call in October reports the third quarter of
    that year, one in February the fourth quarter of the year before. The speech's quarter wins (fiscal
    years that are not calendar years); so does its year where it is the date's or the next one (fiscal
    years named by the calendar year they end in), not a year the date rules out.

    >>> period_from_date(datetime(2016, 10, 21), None, None)
    (2016, 3)
    >>> period_from_date(datetime(2017, 2, 2), 4, None)
    (2016, 4)
    """
    q = quarter or ((when.month - 1) // 3 or 4)
    dated = when.year if 3 * q < when.month else when.year - 1
    return (year if year in (dated, dated + 1) else dated), q
