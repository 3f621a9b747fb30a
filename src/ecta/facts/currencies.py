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
    figure plainly is money (`plain_money`)."""
    cues: tuple[str, ...] = ()
    """Other substrings counted for the call's main currency wherever they stand (" euro", "crore")."""


def _row(code, family, words="", adjectives="", signs="", aliases="", ambiguous=False, cues="") -> Currency:
    return Currency(code, family, tuple(words.split("|")) if words else (), tuple(adjectives.split("|")) if adjectives else (),
                    tuple(signs.split()), tuple(aliases.split()), ambiguous, tuple(cues.split("|")) if cues else ())


# Every active ISO 4217 code of a country's or a union's currency (the fund codes such as CLF and USN, the metals XAU
# and XAG, and the test and no-currency codes are left out: no company reports in them). Signs are the ones the
# companies' English-language releases and their calls' transcripts write before a figure (the signs written after
# one, "zł" and "Kč", are in `AFTER_SIGNS`); the words and adjectives are the English names in those releases.
# A word or sign several rows list reads as the first such row's, or as the call's own currency when its row lists it
# too ("$" in a call in Canadian dollars, "pesos" in a call in Chilean pesos, "Rs" in a call in Pakistani rupees).
_DOLLAR = "dollars|dollar"
TABLE: tuple[Currency, ...] = (
    _row("USD", "dollar", _DOLLAR, "U.S.|U. S.|US|American|United States", "US$ $"),
    _row("CAD", "dollar", _DOLLAR, "Canadian", "C$ CA$ $"),
    _row("AUD", "dollar", _DOLLAR, "Australian", "A$ AU$ $"),
    _row("NZD", "dollar", _DOLLAR, "New Zealand", "NZ$ $"),
    _row("HKD", "dollar", _DOLLAR, "Hong Kong", "HK$ $"),
    _row("SGD", "dollar", _DOLLAR, "Singapore", "S$ $"),
    _row("TWD", "dollar", _DOLLAR, "New Taiwan|Taiwan|Taiwanese|NT", "NT$ $"),
    _row("EUR", "euro", "euros|euro", "", "€", cues=" euro"),
    _row("GBP", "pound", "pounds sterling|pound sterling|pounds|pound|sterling", "British", "£"),
    _row("CHF", "franc", "francs|franc", "Swiss", "Fr."),
    _row("JPY", "yen", "yen", "Japanese", "¥"),
    _row("INR", "rupee", "rupees|rupee", "Indian", "₹ Rs. Rs", cues="crore"),
    _row("CNY", "yuan", "yuan|renminbi", "Chinese", "¥", "RMB"),
    _row("SEK", "krone", "kronor|krona", "Swedish", "kr. kr"),
    _row("DKK", "krone", "kroner|krone", "Danish", "kr. kr"),
    _row("NOK", "krone", "kroner|krone", "Norwegian", "kr. kr"),
    _row("ISK", "krone", "kronur|krona", "Icelandic", "kr. kr"),
    _row("MXN", "peso", "pesos|peso", "Mexican", "MX$ Mex$ Ps. $"),
    _row("BRL", "real", "reais|reals", "Brazilian", "R$"),
    _row("NGN", "naira", "naira", "Nigerian", "₦"),
    _row("ZAR", "rand", "rand", "South African", "R"),
    _row("KRW", "won", "won", "Korean|South Korean", "₩"),
    _row("IDR", "rupiah", "rupiah", "Indonesian", "Rp"),
    # Europe beyond the euro
    _row("PLN", "zloty", "zlotys|zlotych|zloty|zlote", "Polish"),
    _row("CZK", "koruna", "korunas|koruny|koruna|crowns|crown", "Czech"),
    _row("HUF", "forint", "forints|forint", "Hungarian", "Ft"),
    _row("RON", "leu", "lei|leu", "Romanian", ambiguous=True),
    _row("BGN", "lev", "leva|lev", "Bulgarian"),
    _row("RSD", "dinar", "dinars|dinar", "Serbian"),
    _row("MKD", "denar", "denars|denari|denar", "Macedonian|North Macedonian"),
    _row("ALL", "lek", "leke|lek", "Albanian", ambiguous=True),
    _row("BAM", "mark", "marks|mark", "convertible|Bosnian convertible", ambiguous=True),
    _row("MDL", "leu", "lei|leu", "Moldovan"),
    _row("UAH", "hryvnia", "hryvnias|hryvnia|hryvnas|hryvna", "Ukrainian", "₴"),
    _row("RUB", "ruble", "rubles|ruble|roubles|rouble", "Russian"),
    _row("BYN", "ruble", "rubles|ruble|roubles|rouble", "Belarusian"),
    _row("GEL", "lari", "lari", "Georgian", "₾", ambiguous=True),
    _row("AMD", "dram", "drams|dram", "Armenian", ambiguous=True),
    _row("AZN", "manat", "manats|manat", "Azerbaijani", "₼"),
    _row("TRY", "lira", "liras|lira|lire", "Turkish", "₺ TL", ambiguous=True),
    # Middle East and Africa
    _row("ILS", "shekel", "shekels|shekel|new shekels|new shekel", "Israeli|Israeli new", "₪ NIS"),
    _row("AED", "dirham", "dirhams|dirham", "UAE|Emirati|Emirates", "Dhs Dh"),
    _row("MAD", "dirham", "dirhams|dirham", "Moroccan", ambiguous=True),
    _row("SAR", "riyal", "riyals|riyal", "Saudi", "SR", ambiguous=True),
    _row("QAR", "riyal", "riyals|riyal", "Qatari", "QR"),
    _row("OMR", "rial", "rials|rial", "Omani"),
    _row("YER", "rial", "rials|rial", "Yemeni"),
    _row("IRR", "rial", "rials|rial", "Iranian", ambiguous=True),
    _row("KWD", "dinar", "dinars|dinar", "Kuwaiti", "KD"),
    _row("BHD", "dinar", "dinars|dinar", "Bahraini", "BD"),
    _row("JOD", "dinar", "dinars|dinar", "Jordanian"),
    _row("IQD", "dinar", "dinars|dinar", "Iraqi"),
    _row("LYD", "dinar", "dinars|dinar", "Libyan"),
    _row("TND", "dinar", "dinars|dinar", "Tunisian"),
    _row("DZD", "dinar", "dinars|dinar", "Algerian"),
    _row("EGP", "pound", "pounds|pound", "Egyptian", "E£ LE"),
    _row("LBP", "pound", "pounds|pound", "Lebanese"),
    _row("SYP", "pound", "pounds|pound", "Syrian"),
    _row("SDG", "pound", "pounds|pound", "Sudanese"),
    _row("SSP", "pound", "pounds|pound", "South Sudanese"),
    _row("KES", "shilling", "shillings|shilling", "Kenyan", "KSh Kshs Ksh"),
    _row("TZS", "shilling", "shillings|shilling", "Tanzanian", "TSh"),
    _row("UGX", "shilling", "shillings|shilling", "Ugandan", "USh"),
    _row("SOS", "shilling", "shillings|shilling", "Somali", ambiguous=True),
    _row("ETB", "birr", "birr", "Ethiopian"),
    _row("GHS", "cedi", "cedis|cedi", "Ghanaian", "GH₵ GH¢"),
    _row("XOF", "franc", "francs|franc", "CFA|West African CFA", "FCFA"),
    _row("XAF", "franc", "francs|franc", "Central African CFA"),
    _row("XPF", "franc", "francs|franc", "CFP"),
    _row("CDF", "franc", "francs|franc", "Congolese"),
    _row("RWF", "franc", "francs|franc", "Rwandan", "RF"),
    _row("BIF", "franc", "francs|franc", "Burundian"),
    _row("DJF", "franc", "francs|franc", "Djiboutian"),
    _row("GNF", "franc", "francs|franc", "Guinean"),
    _row("KMF", "franc", "francs|franc", "Comorian"),
    _row("AOA", "kwanza", "kwanzas|kwanza", "Angolan", "Kz"),
    _row("ZMW", "kwacha", "kwachas|kwacha", "Zambian"),
    _row("MWK", "kwacha", "kwachas|kwacha", "Malawian"),
    _row("MZN", "metical", "meticais|meticals|metical", "Mozambican"),
    _row("BWP", "pula", "pula", "Botswana"),
    _row("NAD", "dollar", _DOLLAR, "Namibian", "N$"),
    _row("SZL", "lilangeni", "emalangeni|lilangeni", "Swazi|Eswatini"),
    _row("LSL", "loti", "maloti|loti", "Lesotho"),
    _row("MUR", "rupee", "rupees|rupee", "Mauritian"),
    _row("SCR", "rupee", "rupees|rupee", "Seychellois", ambiguous=True),
    _row("MGA", "ariary", "ariary", "Malagasy", ambiguous=True),
    _row("CVE", "escudo", "escudos|escudo", "Cape Verdean", ambiguous=True),
    _row("STN", "dobra", "dobras|dobra", "Sao Tome"),
    _row("GMD", "dalasi", "dalasis|dalasi", "Gambian"),
    _row("SLE", "leone", "leones|leone", "Sierra Leonean"),
    _row("LRD", "dollar", _DOLLAR, "Liberian", "L$"),
    _row("ERN", "nakfa", "nakfas|nakfa", "Eritrean"),
    _row("MRU", "ouguiya", "ouguiyas|ouguiya", "Mauritanian"),
    _row("SHP", "pound", "pounds|pound", "Saint Helena"),
    _row("ZWG", "gold", "", "Zimbabwe gold", "ZiG"),
    # Asia and the Pacific
    _row("THB", "baht", "baht", "Thai", "฿ Baht"),
    _row("MYR", "ringgit", "ringgit", "Malaysian", "RM Ringgit"),
    _row("PHP", "peso", "pesos|peso", "Philippine", "₱ P", ambiguous=True),
    _row("VND", "dong", "dong", "Vietnamese"),
    _row("KHR", "riel", "riels|riel", "Cambodian"),
    _row("LAK", "kip", "kip", "Lao|Laotian", "₭"),
    _row("MMK", "kyat", "kyats|kyat", "Myanmar|Burmese"),
    _row("BDT", "taka", "taka", "Bangladeshi", "Tk ৳"),
    _row("PKR", "rupee", "rupees|rupee", "Pakistani", "Rs. Rs"),
    _row("LKR", "rupee", "rupees|rupee", "Sri Lankan", "Rs. Rs"),
    _row("NPR", "rupee", "rupees|rupee", "Nepalese|Nepali", "Rs. Rs", ambiguous=True),
    _row("MVR", "rufiyaa", "rufiyaa", "Maldivian"),
    _row("BTN", "ngultrum", "ngultrum", "Bhutanese"),
    _row("AFN", "afghani", "afghanis|afghani", "Afghan"),
    _row("KZT", "tenge", "tenge", "Kazakh|Kazakhstani", "₸"),
    _row("UZS", "som", "sum|som", "Uzbek"),
    _row("KGS", "som", "som", "Kyrgyz"),
    _row("TJS", "somoni", "somoni", "Tajik"),
    _row("TMT", "manat", "manats|manat", "Turkmen", ambiguous=True),
    _row("MNT", "tugrik", "tugriks|tugrik|togrog", "Mongolian", "₮", ambiguous=True),
    _row("KPW", "won", "won", "North Korean"),
    _row("MOP", "pataca", "patacas|pataca", "Macanese|Macau", "MOP$", ambiguous=True),
    _row("BND", "dollar", _DOLLAR, "Brunei", "B$"),
    _row("FJD", "dollar", _DOLLAR, "Fijian|Fiji", "FJ$"),
    _row("PGK", "kina", "kina", "Papua New Guinean|Papua New Guinea"),
    _row("SBD", "dollar", _DOLLAR, "Solomon Islands", "SI$"),
    _row("WST", "tala", "tala", "Samoan"),
    _row("TOP", "pa'anga", "pa'anga|paanga", "Tongan", ambiguous=True),
    _row("VUV", "vatu", "vatu", "Vanuatu"),
    # The Americas
    _row("CLP", "peso", "pesos|peso", "Chilean", "CLP$ Ch$ $"),
    _row("COP", "peso", "pesos|peso", "Colombian", "COL$ $", ambiguous=True),
    _row("ARS", "peso", "pesos|peso", "Argentine|Argentinian", "AR$ $"),
    _row("UYU", "peso", "pesos|peso", "Uruguayan", "$U"),
    _row("DOP", "peso", "pesos|peso", "Dominican", "RD$"),
    _row("CUP", "peso", "pesos|peso", "Cuban", ambiguous=True),
    _row("PEN", "sol", "soles|sol|nuevos soles", "Peruvian", "S/. S/", ambiguous=True),
    _row("BOB", "boliviano", "bolivianos|boliviano", "Bolivian", "Bs.", ambiguous=True),
    _row("PYG", "guarani", "guaranies|guaranis|guarani", "Paraguayan", "₲"),
    _row("VES", "bolivar", "bolivares|bolivars|bolivar", "Venezuelan"),
    _row("VED", "bolivar", "bolivares|bolivars|bolivar", "Venezuelan digital"),
    _row("CRC", "colon", "colones|colon", "Costa Rican", "₡", ambiguous=True),
    _row("GTQ", "quetzal", "quetzales|quetzals|quetzal", "Guatemalan"),
    _row("HNL", "lempira", "lempiras|lempira", "Honduran"),
    _row("NIO", "cordoba", "cordobas|cordoba", "Nicaraguan", ambiguous=True),
    _row("PAB", "balboa", "balboas|balboa", "Panamanian"),
    _row("HTG", "gourde", "gourdes|gourde", "Haitian"),
    _row("JMD", "dollar", _DOLLAR, "Jamaican", "J$"),
    _row("TTD", "dollar", _DOLLAR, "Trinidad and Tobago|Trinidadian", "TT$", ambiguous=True),
    _row("BSD", "dollar", _DOLLAR, "Bahamian"),
    _row("BBD", "dollar", _DOLLAR, "Barbadian|Barbados", "Bds$"),
    _row("BZD", "dollar", _DOLLAR, "Belize|Belizean", "BZ$"),
    _row("BMD", "dollar", _DOLLAR, "Bermudian|Bermuda"),
    _row("KYD", "dollar", _DOLLAR, "Cayman Islands|Cayman", "CI$"),
    _row("GYD", "dollar", _DOLLAR, "Guyanese", "G$"),
    _row("SRD", "dollar", _DOLLAR, "Surinamese"),
    _row("XCD", "dollar", _DOLLAR, "East Caribbean", "EC$"),
    _row("AWG", "florin", "florins|florin", "Aruban", "Afl."),
    _row("ANG", "guilder", "guilders|guilder", "Netherlands Antillean"),
    _row("XCG", "guilder", "guilders|guilder", "Caribbean"),
    _row("FKP", "pound", "pounds|pound", "Falkland Islands|Falklands"),
    _row("GIP", "pound", "pounds|pound", "Gibraltar"),
    _row("XDR", "special drawing right", "special drawing rights"),
)
BY_CODE = {c.code: c for c in TABLE}

AFTER_SIGNS = {"zł": "PLN", "Kč": "CZK", "₫": "VND", "₽": "RUB"}
"""Signs written after a figure ("4.6 mld zł", "3.1 billion Kč")."""
SUBUNITS = {
    "sen": ("MYR",), "paise": ("INR", "PKR", "NPR"), "paisa": ("INR", "PKR", "NPR"), "kopeks": ("RUB", "UAH"),
    "kopecks": ("RUB", "UAH"), "kopiykas": ("UAH",), "groszy": ("PLN",), "grosz": ("PLN",), "halalas": ("SAR",), "halala": ("SAR",),
    "satang": ("THB",), "kurus": ("TRY",), "kuruş": ("TRY",), "agorot": ("ILS",), "agorah": ("ILS",), "rappen": ("CHF",),
    "centavos": ("BRL", "MXN", "PHP", "COP", "CLP", "ARS", "PEN"), "centimos": ("PEN", "PYG", "CRC"), "centimes": ("CHF", "MAD", "XOF"),
    "fils": ("AED", "KWD", "BHD", "JOD", "IQD"), "baisa": ("OMR",), "haleru": ("CZK",), "stotinki": ("BGN",),
    "bani": ("RON",), "tiyin": ("KZT", "UZS"), "kobo": ("NGN",), "pesewas": ("GHS",),
}
"""A currency's hundredth (or thousandth) said after a figure ("61.2 sen a share", "45 groszy"), like "cents" and
"pence": the call's own currency where it is one the word can be, else the first listed."""
THOUSANDTHS = frozenset({"KWD", "BHD", "OMR", "JOD", "IQD", "LYD", "TND"})
"""Currencies whose minor unit is a thousandth (fils, baisa, millimes)."""


def subunit_words() -> str:
    return "|".join(sorted(SUBUNITS, key=lambda w: (-len(w), w)))


AMBIGUOUS_WORDS = frozenset({"won", "rand", "reals", "dong", "sol", "soles", "lek", "dram", "drams", "som", "sum", "kip",
                             "colon", "pula", "mark", "marks", "crown", "crowns", "lei", "tala", "kina", "pound", "franc"})
"""Currency words that are also English words or names ("we won", "the colon", "a pound of"): read as money after a
figure only with their country ("Korean won"), before "per" ("876 won per share"), or in a call in that currency."""
TRUSTED_SIGNS = frozenset({"Rs", "Rs.", "Rp", "Ps."})
"""Letter signs read before any figure, as they always were: in the calls read so far they never name anything else."""
GLUED_SIGNS = frozenset({"R", "P"})
"""A one-letter sign is taken only glued to its figure ("R18.7 billion"; "R 7" is no amount)."""
NAMING_SIGNS = frozenset({"P"})
"""Glued signs that as often open a name: the peso's "P" (as Philippine releases write it for want of "₱") is counted
toward a call's currency only before a scaled figure, as a sign of letters is: "P90" reserves and "P1" priorities are
names."""


def guarded_sign(sign: str) -> bool:
    """A sign of letters alone ("RM", "TL", "SR", "kr", "S/") is as often an abbreviation or a name before a number: it is
    kept only where the figure plainly is money (`plain_money`)."""
    return sign.replace(".", "").replace("/", "").isalpha() and sign not in TRUSTED_SIGNS


def _owners(pairs) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for key, code in pairs:
        if code not in out.setdefault(key, []):
            out[key].append(code)
    return {k: tuple(v) for k, v in out.items()}


SIGN_OWNERS = _owners([(s.lower(), c.code) for c in TABLE for s in c.signs] + [(k.lower(), c.code) for c in TABLE for k in (c.code, *c.aliases)])
"""Lower-cased sign or code written before a figure -> the codes it can be, the first the default."""
WORD_OWNERS = _owners([(w, c.code) for c in TABLE for w in c.words] + [(f"{a.lower()} {w}", c.code) for c in TABLE for a in c.adjectives for w in c.words])
"""Word said after a figure, bare or after its country ("polish zlotys") -> the codes it can be, the first the default."""
AMBIGUOUS_CODES = frozenset(k for c in TABLE if c.ambiguous for k in (c.code, *c.aliases))


def resolve(owners: tuple[str, ...], default_currency: str) -> str:
    """A shared sign or word is the call's own currency where that is one it can be ("$" in a call in Canadian dollars,
    "pesos" in a call in Chilean pesos); otherwise its first row's."""
    return default_currency if default_currency in owners else owners[0]


def prefix_map() -> dict[str, str]:
    """Lower-cased sign or code written before a figure -> its default ISO code."""
    return {k: v[0] for k, v in SIGN_OWNERS.items()}


def word_map() -> dict[str, str]:
    """Word said after a figure (bare or after its country, lower case) -> its default ISO code."""
    return {k: v[0] for k, v in WORD_OWNERS.items()}


def trie(words, space: str = r"\s+") -> str:
    """Literal words as one compact alternation that shares their prefixes ("dollars?"), each branch opening on its own
    letter: the engine skips a branch on its first character, and a long flat list is tried branch by branch. A word
    that is another's prefix is tried after the longer one."""
    tree: dict = {}
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(re.escape(ch) if ch != " " else space) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return body + "?" if len(branches) == 1 and len(body) == 1 or body.startswith("(?:") else f"(?:{body})?"
        return body

    return emit(tree)


def sign_pattern() -> str:
    """The signs before a figure, longest first; a letter sign with the lookahead of a figure after it."""
    signs = {s for c in TABLE for s in c.signs}
    out = []
    for s in sorted(signs, key=lambda w: (-len(w), w)):
        ahead = r"(?=\d)" if s in GLUED_SIGNS else r"(?=\s?\d)" if s.replace(".", "").isalpha() else ""
        out.append(re.escape(s) + ahead)
    return "|".join(out)


def codes() -> list[str]:
    return [k for c in TABLE for k in (c.code, *c.aliases)]


def code_pattern() -> str:
    """Three-letter codes grouped by first letter ("A(?:ED|UD)|B(?:RL)"): the engine tries one branch per first letter."""
    by: dict[str, list[str]] = {}
    for c in sorted(set(codes())):
        by.setdefault(c[0], []).append(c[1:])
    return "|".join(f"{k}(?:{'|'.join(v)})" if len(v) > 1 else k + v[0] for k, v in by.items())


def unit_words() -> str:
    """The currency said after a figure: its word, after its country or not ("Polish zlotys"), or a sign written after."""
    words = trie(w for c in TABLE for w in c.words)
    adjectives = trie(a for c in TABLE for a in c.adjectives)
    after = "|".join(re.escape(s) for s in AFTER_SIGNS)
    return rf"(?:(?:{adjectives})\s+)?(?:{words})\b|\s?(?:{after})(?!\w)"


def caption_codes() -> frozenset[str]:
    """The codes and signs a caption in capitals keeps as written ("USD 40 MILLION"): not those that are also words."""
    return frozenset(k.upper() for k in (*codes(), *TRUSTED_SIGNS, *GLUED_SIGNS) if k.isalpha() and k not in AMBIGUOUS_CODES)


def _phrase(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+")


_AFTER_IN = r"(?<=\bin\s)"
_SAID_ALONE = r"(?=\s*(?:[.,;:)]|$|unless\b|except\b|and\b|throughout\b|today\b))"
"""A word that is also an English word names the call's currency alone only after "in" and where the statement ends on
it ("all amounts are in rand unless we say otherwise"; not "results in real terms", "everything ... is real")."""


def statement_names() -> tuple[tuple[str, str], ...]:
    """(pattern, code) for each currency as a call's statement names it ("all amounts are in Swedish kronor"): the
    country and its word; the word alone where no other currency is called so; a dollar's country alone ("are
    Canadian"); a sign with letters ("C$"); the code, in capitals only ("ALL" is a word)."""
    out = []
    for c in TABLE:
        words = "|".join(_phrase(w) for w in sorted(c.words, key=lambda w: (-len(w), w)))
        own = "|".join((_AFTER_IN + _phrase(w) + _SAID_ALONE) if w in AMBIGUOUS_WORDS else _phrase(w)
                       for w in sorted(c.words, key=lambda w: (-len(w), w)) if WORD_OWNERS[w] == (c.code,))
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


def _symbol(sign: str) -> str:
    """The sign's currency symbol ("$" of "C$"); "" for a sign of letters (and "S/", "Rs.")."""
    return next((ch for ch in sign if not (ch.isalpha() or ch in "./")), "")


_MARKS = sorted({s for c in TABLE for s in c.signs if _symbol(s)}, key=lambda w: (-len(w), w))
"""The signs with a symbol ("$", "C$", "€"), longest first: counted by substring, a longer sign's out of a shorter one's."""
_BY_SYMBOL: dict[str, dict[str, list[str]]] = {}
"""symbol -> the character before it in a sign ("" for none) -> those signs, longest first."""
for _s in _MARKS:
    _at = _s.index(_symbol(_s))
    _BY_SYMBOL.setdefault(_symbol(_s), {}).setdefault(_s[_at - 1] if _at else "", []).append(_s)
_UNSURE_SCALED = re.compile(r"\s?[\d.,]+\s?(?:billion|million|bn|mn|mln|m|b)\b")
_SCALE_LETTERS = frozenset("MBKT")
_COUNTED: dict[str, re.Pattern[str]] = {}


def _counted(kind: str) -> re.Pattern[str]:
    """Each pattern opens on a literal or a class of characters, which the engine scans for at speed: the tests of what
    stands before a mention are made on the few it finds."""
    if not _COUNTED:
        letters = sorted({s for c in TABLE for s in c.signs if not _symbol(s)}, key=lambda w: (-len(w), w))
        said = [w for w, owners in WORD_OWNERS.items() if len(owners) == 1 and w not in AMBIGUOUS_WORDS]
        _COUNTED["letters"] = re.compile("(?:" + "|".join(re.escape(s) for s in letters) + r")(?=\s?\d)")
        _COUNTED["codes"] = re.compile(r"([A-Z]{3,4})(?:m|bn)?(?![A-Za-z])")
        _COUNTED["words"] = re.compile(rf"\d\s(?:(?:trillion|billion|million|thousand)\s+)?({trie(said, ' ')})\b")
    return _COUNTED[kind]


def main_currency(sample: str) -> str:
    """The currency most of a call's amounts are in, by counting its signs (anywhere; a sign of letters only before a
    figure, "R" only glued to one, one that is also a name or word only before a scaled figure), its codes (anywhere; one that is also a word only before a scaled figure), its
    words said after a figure where no other currency is called so ("4.6 billion zlotys"), and its cues (" euro",
    "crore"). A sign or word several currencies share counts for the first (a bare "$" is the US dollar, unless the call
    marks its U.S. amounts "US$": `_home_dollar`). USD when nothing counts."""
    counts = dict.fromkeys(BY_CODE, 0)
    bare = marked_us = 0
    for symbol, before in _BY_SYMBOL.items():
        at = sample.find(symbol)
        while at >= 0:  # each symbol once, in the longest sign it is written in ("C$" before "$")
            for sign in before.get(sample[at - 1] if at else "", []) + before.get("", []):
                if sample.startswith(sign, at - sign.index(symbol)):
                    counts[SIGN_OWNERS[sign.lower()][0]] += 1
                    bare += sign == "$"
                    marked_us += sign == "US$"
                    break
            at = sample.find(symbol, at + 1)
    home = _home_dollar(sample) if bare and marked_us >= 2 else None
    if home:
        counts["USD"] -= bare
        counts[home] += bare
    for m in _counted("letters").finditer(sample):
        at, sign = m.start(), m.group(0)
        if (at and (sample[at - 1].isalnum() or sample[at - 1] in "$_")) or (sign in GLUED_SIGNS and not sample[m.end()].isdigit()):
            continue
        if guarded_sign(sign) and (sign not in GLUED_SIGNS or sign in NAMING_SIGNS) and not _UNSURE_SCALED.match(sample, m.end()):
            continue  # "S/4", "QR 2", "P90": a name, unless a scaled figure follows
        counts[SIGN_OWNERS[sign.lower()][0]] += 1
    for m in _counted("codes").finditer(sample):
        at, token = m.start(), m.group(1)
        if at and sample[at - 1].isalpha():
            continue
        if len(token) == 4:
            if token[0] not in _SCALE_LETTERS:
                continue
            token = token[1:]
        owners = SIGN_OWNERS.get(token.lower())
        if owners is None or token not in _CODE_SET or token in AMBIGUOUS_CODES and not _UNSURE_SCALED.match(sample, m.end()):
            continue
        counts[owners[0]] += 1
    for m in _counted("words").finditer(sample):
        counts[WORD_OWNERS[" ".join(m.group(1).split())][0]] += 1
    for c in TABLE:
        for cue in c.cues:
            counts[c.code] += sample.count(cue)
    best = max(counts, key=lambda k: (counts[k], k == home))  # a tie with the marked U.S. amounts is the home dollar's
    return best if counts[best] > 0 else "USD"


def _home_dollar(sample: str) -> str | None:
    """The other dollar a call that marks its U.S. amounts "US$" writes as a bare "$": the one whose country it names
    more than once and most ("our Canadian banking segment earned $1.7 billion ... the U.S. bank earned US$890
    million"). A call that never marks "US$" keeps the bare "$" as the U.S. dollar, whatever countries it names."""
    named = {code: sum(sample.count(a) for a in BY_CODE[code].adjectives if len(a) > 2) for code in _BARE_DOLLARS}
    best = max(named, key=lambda k: named[k], default=None)
    return best if best is not None and named[best] >= 2 else None


_CODE_SET = frozenset(codes())
_BARE_DOLLARS = tuple(c for c in SIGN_OWNERS["$"] if c != "USD")
