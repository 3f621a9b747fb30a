"""Who is who: one Participant per real person, however the source spells them, with a role."""

from __future__ import annotations

from . import lazy_re as re  # compiles each pattern on first use: start-up
import unicodedata
from collections import Counter
from functools import lru_cache

from .formats.base import DraftSpeaker
from .model import Participant, Role

_OPERATOR = re.compile(r"^(?:the\s+)?(?:conference\s+|call\s+)?(?:operator|moderator|coordinator)\b", re.I)
_UNIDENTIFIED = re.compile(r"^(?:unidentified|unknown|unverified)\b", re.I)
_ANALYST_TITLE = re.compile(r"\banalyst|\bresearch\b|\bportfolio manager\b|\binvestor\b", re.I)
_CORPORATE_TITLE = re.compile(
    r"""\b(?:c[efiot]o|chief|president|chair(?:man|woman|person)?|founder|officer|treasurer
        |controller|secretary|counsel|(?:senior\s+|executive\s+)?vice[-\s]president|[se]?vp
        |head\s+of|director|investor\s+relations|\bir\b|general\s+manager|managing\s+director
        |board|executive|finance|corporate)\b""",
    re.I | re.X,
)
# Honorifics and suffixes that do not tell two people apart.
_NOISE_TOKENS = {"mr", "mrs", "ms", "dr", "jr", "sr", "ii", "iii", "iv", "cfa", "phd"}
# Short forms a transcript may use for a listed name ("Bill Osei" for "William T. Osei").
_NICKNAMES = {
    nick: full
    for full, nicks in {
        "william": "bill will billy", "robert": "bob rob bobby", "michael": "mike mick", "james": "jim jimmy jamie",
        "thomas": "tom tommy", "daniel": "dan danny", "david": "dave", "christopher": "chris", "steven": "steve",
        "stephen": "steve", "joseph": "joe", "anthony": "tony", "kenneth": "ken", "richard": "rick rich dick",
        "edward": "ed ted", "andrew": "andy drew", "matthew": "matt", "nicholas": "nick", "patrick": "pat",
        "samuel": "sam", "benjamin": "ben", "gregory": "greg", "jeffrey": "jeff", "jonathan": "jon",
        "katherine": "kate kathy", "elizabeth": "liz beth", "jennifer": "jen jenny", "susan": "sue",
        "timothy": "tim", "alexander": "alex", "peter": "pete", "charles": "charlie chuck", "douglas": "doug",
        "lawrence": "larry", "ronald": "ron", "donald": "don", "frederick": "fred", "gerald": "jerry",
        "walter": "walt", "margaret": "maggie meg peggy", "rebecca": "becky", "deborah": "deb debbie",
    }.items()
    for nick in nicks.split()
}


def _fold(text: str) -> str:
    if text.isascii():  # nothing to decompose or strip (most names): a parse folds a name for every turn
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_NAME_TOKEN = re.compile(r"[a-z0-9]+")


def name_tokens(name: str) -> list[str]:
    return list(_tokens(name))


@lru_cache(maxsize=1024)
def _tokens(name: str) -> tuple[str, ...]:
    """A parse asks for the tokens of the same few names (each turn's speaker, everyone already met) hundreds of times."""
    return tuple(t for t in _NAME_TOKEN.findall(_fold(name)) if t not in _NOISE_TOKENS)


def name_key(name: str) -> str:
    return " ".join(name_tokens(name))


def short_key(name: str) -> str:
    """First and last name, so "Amy E. Hood" and "Amy Hood" are one person."""
    # A digit is never an initial: "Speaker 1" and "Speaker 2" are two people.
    tokens = [t for t in name_tokens(name) if len(t) > 1 or t.isdigit()] or name_tokens(name)
    if len(tokens) <= 1:
        return " ".join(tokens)
    return f"{tokens[0]} {tokens[-1]}"


def _same_person(a: list[str], b: list[str]) -> bool:
    """Same surname, and first names that agree as an initial or a nickname ("W. Osei", "Bill Osei")."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or a[-1].isdigit():
        return False
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return _NICKNAMES.get(x, x) == _NICKNAMES.get(y, y)


def slug(name: str) -> str:
    return "-".join(name_tokens(name)) or "speaker"


def clean_name(name: str) -> str:
    name = re.sub(r"[*_\[\]]+", "", name)
    name = re.sub(r"\s+", " ", name).strip(" ,:;-–—")
    return name


def is_operator_name(name: str) -> bool:
    return bool(_OPERATOR.match(name.strip()))


def role_from_placeholder(name: str) -> Role | None:
    """The role an anonymous label states: "Unidentified Company Representative", "Unknown
    Analyst". A bare "Unidentified Participant" states none."""
    if not _UNIDENTIFIED.match(name.strip()):
        return None
    if re.search(r"\banalyst\b", name, re.I):
        return Role.ANALYST
    if re.search(r"\b(?:company|corporate|representative|executive|management|officer)\b", name, re.I):
        return Role.CORPORATE
    return None


def is_placeholder(name: str) -> bool:
    """One label for several people ("Unidentified Participant"); a numbered one is one voice."""
    return bool(_UNIDENTIFIED.match(name.strip())) and not re.search(r"\d\s*$", name)


def role_from_title(title: str | None, firm: str | None = None) -> Role | None:
    text = " ".join(x for x in (title, firm) if x)
    if not text:
        return None
    if re.search(r"\banalyst\b", text, re.I):
        return Role.ANALYST
    if firm and re.search(r"\bresearch division\b|\bsecurities\b|\bcapital markets\b", firm, re.I):
        return Role.ANALYST
    if title and _CORPORATE_TITLE.search(title):
        return Role.CORPORATE
    if _ANALYST_TITLE.search(text):
        return Role.ANALYST
    return None


class Roster:
    """Collects every mention of a person and merges them into Participants."""

    def __init__(self) -> None:
        self._people: list[Participant] = []
        self._by_key: dict[str, Participant] = {}
        self._by_short: dict[str, list[Participant]] = {}

    @property
    def participants(self) -> list[Participant]:
        return self._people

    def find(self, name: str) -> Participant | None:
        name = clean_name(name)
        hit = self._by_key.get(name_key(name))
        if hit is not None:
            return hit
        candidates = self._by_short.get(short_key(name), [])
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            return None
        tokens = name_tokens(name)
        loose = [p for p in self._people if _same_person(tokens, name_tokens(p.name))]
        return loose[0] if len(loose) == 1 else None

    def add(self, sp: DraftSpeaker, *, listed: bool) -> Participant:
        name = clean_name(sp.name) or "Unknown Speaker"
        person = self.find(name)
        role = sp.role
        if is_operator_name(name):
            role = Role.OPERATOR
        if person is None:
            pid = slug(name)
            taken = {p.id for p in self._people}
            n = 2
            base = pid
            while pid in taken:
                pid = f"{base}-{n}"
                n += 1
            person = Participant(
                id=pid,
                name="Operator" if role is Role.OPERATOR and name.lower() == "operator" else name,
                role=role or Role.UNKNOWN,
                title=_blank(sp.title),
                firm=_blank(sp.firm),
                listed=listed,
            )
            self._people.append(person)
            self._by_short.setdefault(short_key(name), []).append(person)
        else:
            if name != person.name and name not in person.aliases:
                # Keep the fullest spelling as the name; the others become aliases.
                if len(name) > len(person.name) and not listed and not person.listed:
                    person.aliases.append(person.name)
                    person.name = name
                else:
                    person.aliases.append(name)
            person.title = person.title or _blank(sp.title)
            person.firm = person.firm or _blank(sp.firm)
            person.listed = person.listed or listed
            if role is not None and person.role is Role.UNKNOWN:
                person.role = role
        self._by_key[name_key(name)] = person
        return person

    def settle_roles(self, company: str | None) -> None:
        """Give everyone still `unknown` a role from title and firm where they make it clear."""
        house = company_firm(self._people, company)
        for p in self._people:
            if p.role is not Role.UNKNOWN:
                continue
            if is_operator_name(p.name):
                p.role = Role.OPERATOR
            elif _UNIDENTIFIED.match(p.name):
                p.role = role_from_placeholder(p.name) or Role.UNKNOWN
            elif house and p.firm and _same_firm(p.firm, house):
                p.role = Role.CORPORATE
            else:
                p.role = role_from_title(p.title, p.firm) or Role.UNKNOWN


def company_firm(people: list[Participant], company: str | None) -> str | None:
    """The firm that the corporate participants work for."""
    firms = Counter(p.firm for p in people if p.role is Role.CORPORATE and p.firm)
    if firms:
        return firms.most_common(1)[0][0]
    return company


def _same_firm(a: str, b: str) -> bool:
    ka, kb = _firm_key(a), _firm_key(b)
    return bool(ka) and bool(kb) and (ka == kb or ka.startswith(kb) or kb.startswith(ka))


def _firm_key(firm: str) -> str:
    tokens = re.findall(r"[a-z0-9]+", _fold(firm))
    stop = {"inc", "corp", "corporation", "co", "company", "ltd", "plc", "llc", "nv", "ag", "sa", "the", "holding", "holdings", "group"}
    return " ".join(t for t in tokens if t not in stop)


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = re.sub(r"\s+", " ", value).strip(" -–—,*_")
    return value or None
