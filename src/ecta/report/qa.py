"""Q&A behaviour: per exchange, the topics asked about, who answered, how long, how directly,
and non-answers with the words that give them away."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use, from stored engine code: start-up

from ..assemble import read_out
from ..facts.guard import any_in, guarded, required_words
from ..model import Transcript, Turn
from .models import ExchangeReview, NonAnswer

# Ordered: the first pattern that matches a sentence names its kind.
_NON_ANSWERS: list[tuple[str, re.Pattern[str]]] = [
    ("refusal", re.compile(
        r"""\b(?:we|i)\s+(?:really\s+|just\s+|generally\s+|typically\s+|usually\s+)?(?:don'?t|do\s+not|won'?t|will\s+not|can'?t|cannot|wouldn'?t|would\s+not|haven'?t|have\s+not|aren'?t|are\s+not|'re\s+not)\s+
            (?:really\s+|typically\s+|generally\s+|normally\s+|usually\s+|going\s+to\s+|be\s+able\s+to\s+|want\s+to\s+|like\s+to\s+|prepared\s+to\s+)*
            (?:break\s+(?:that|it|those|this|them)\s+out|break\s+out|give\s+(?:out\s+)?(?:you\s+)?(?:any\s+)?(?:numbers|specifics|guidance|details|color|a\s+number|an?\s+(?:range|forecast|date))
              |give\s+(?:you\s+)?(?:that|those)\s+(?:detail|details|number|numbers|breakdown|split)
              |(?:give|provide)\s+(?:any\s+)?(?:detailed|specific|granular)\s+(?:information|details|disclosure)
              |give\s+(?:you\s+)?(?:an?\s+|the\s+|any\s+)?(?:exact|precise|specific|great|good|detailed|firm|hard|definitive)\s+(?:split|breakdown|number|figure|answer)
              |provide\s+(?:any\s+)?(?:(?:quarterly|annual|segment|long[\s-]term|specific|detailed|formal)\s+)?(?:guidance|specifics|details|numbers|that)|disclose|comment|guide\s+(?:to|on)|get\s+into\s+(?:that|the\s+specifics|specifics|details)
              |talk\s+about\s+(?:that|specific|individual)|share\s+(?:that|this|those|it|specifics|the\s+number)\b|speculate
              |forecast\s+(?:a\s+number|numbers|that|those|it\b|the\s+number))""",
        re.X)),
    ("refusal", re.compile(
        r"\b(?:not\s+going\s+to\s+(?:comment|give|provide|break|get\s+into|disclose|speculate|characteri[sz]e|size|handicap|quantify"
        r"|put\s+a\s+(?:number|figure|year|date))"
        r"|(?:i|we)\s+(?:don'?t|do\s+not)\s+have\s+anything\s+(?:more\s+|new\s+|further\s+)?to\s+(?:share|say|announce|add)\b"
        # "it wouldn't be appropriate for me to predict the timing of a pending permit"
        r"|(?:wouldn'?t\s+be|would\s+not\s+be|isn'?t|is\s+not|it'?s\s+not)\s+appropriate\s+(?:for\s+(?:me|us)\s+)?to\s+(?:comment|predict|speculate|discuss"
        r"|characteri[sz]e|get\s+into|give|say|size|handicap)"
        r"|decline\s+to\s+comment|no\s+comment|stop\s+short\s+of\s+(?:giving|providing|putting|sharing)"
        r"|(?:we|i)'?d\s+rather\s+not\s+(?:comment|say|get\s+into|give|disclose|break|quantify|commit|put\s+a\s+number|pull|single\s+out|call\s+out|split\s+out)"
        r"|(?:wouldn'?t|won'?t|can'?t|not\s+going\s+to)\s+go\s+(?:any\s+)?further"
        r"|(?:i'?ll|we'?ll|i\s+will|we\s+will|let\s+me|i'?d|we'?d)\s+(?:just\s+)?leave\s+it\s+(?:there|at\s+that)"
        r"|(?:we|i)'?d\s+rather\s+not\s+get\s+ahead\s+of"
        r"|not\s+something\s+(?:that\s+)?we\s+(?:disclose|break\s+out|talk\s+about|comment\s+on|guide\s+to)|we\s+don'?t\s+guide"
        r"|not\s+(?:yet\s+)?in\s+a\s+position\s+(?:today\s+|yet\s+|right\s+now\s+|at\s+this\s+(?:point|time)\s+)?to\s+(?:comment|give|provide|quantify|share|disclose|talk|say)"
        # "we are not ready to share a number for it": declined for now
        r"|(?:we'?re|we\s+are|i'?m|i\s+am)\s+not\s+(?:quite\s+)?ready\s+to\s+(?:comment|give|provide|quantify|share|disclose|talk|say|declare|make\s+(?:any\s+)?(?:predictions?|calls?|forecasts?))"
        r"|(?:not\s+going\s+to|won'?t|(?:don'?t|do\s+not)\s+want\s+to)\s+get\s+ahead\s+of\s+(?:ourselves|the|our|that|it))")),
    ("inability", re.compile(
        r"\b(?:(?:i|we)\s+don'?t\s+have\s+(?:that|the|those|it)\s*(?:number|numbers|data|figure|detail|breakdown)?\s*(?:in\s+front\s+of\s+(?:me|us)|handy|with\s+me|here)"
        r"|(?:too\s+early|premature)\s+for\s+(?:(?:19|20)\d\d\s+)?(?:a\s+number|numbers|guidance|specifics|a\s+forecast)\b"
        r"|(?:too\s+early|premature)\s+(?:really\s+|yet\s+)?(?:for\s+(?:me|us)\s+)?to\s+(?:(?:try\s+to\s+)?(?:tell|say|comment|know|call|speculate|quantify|predict|give|provide|put\s+a|make\s+any|declare))|(?:hard|difficult|tough|impossible)\s+to\s+(?:say|predict|tell|know|quantify|call|answer)(?!\s+that\b)"
        r"|(?:i|we)\s+(?:can'?t|cannot)\s+(?:really\s+)?(?:(?:say|tell|predict)(?!\s+(?:that|it'?s|it\s+is|we|they|this\s+is|there)\b)|quantify)"
        r"|don'?t\s+know\s+(?:yet|at\s+this\s+point))")),
    ("deferral", re.compile(
        r"\b(?:(?:talk|update|tell|say\s+more|give\s+(?:you\s+)?more|report)\s+(?:you\s+)?(?:about\s+|on\s+)?(?:that|this|it|more)?\s*(?:more\s+)?(?:on|at|in|during)\s+(?:the|our)\s+next\s+(?:quarter|call|earnings)"
        r"|(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+leave\s+(?:the|that|those|these)\s+(?:[\w-]+\s+){0,2}?(?:numbers?|figures?|details?|specifics)\s+(?:for|to|until)\b"
        r"|next\s+quarter'?s\s+call|take\s+(?:that|it|this)\s+offline|follow\s+up\s+(?:with\s+you\s+)?(?:offline|later|after\s+the\s+call)"
        # An investor day is a deferral only looking ahead ("we'll cover that at our analyst day"), not
        # when it recalls what was said there.
        r"|(?:will|'ll|going\s+to|plan\s+to)\b[^.]{0,60}\b(?:at|during|in)\s+(?:our|the)\s+(?:upcoming\s+)?(?:analyst|investor)\s+day"
        r"|more\s+(?:to\s+come|on\s+(?:that|this|it))\b[^.]{0,40}?\b(?:on|at|in|with)\s+(?:our|the)\s+next\s+(?:call|quarter)"
        r"|(?:at|during)\s+(?:our|the)\s+upcoming\s+(?:analyst|investor)\s+day|more\s+(?:details|color)\s+(?:later|in\s+the\s+coming|when\s+we)"
        r"|(?:talk|update\s+you|tell\s+you|say\s+more)\s+(?:about\s+)?(?:that|this|it)\s+(?:next\s+quarter|on\s+the\s+next\s+call|when\s+we\s+(?:report|give\s+guidance))"
        # "We'll give 2026 guidance in February, as always": the answer waits for a later date.
        r"|(?:will|'ll)\s+(?:give|provide|share|issue|lay\s+out)\b[^.]{0,40}?\b(?:guidance|guide|outlook|targets?|numbers)\b[^.]{0,25}?\b(?:in|on|at|when|until)\s+"
        r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
        # "we'll update the sales outlook with our year-end call in February": the answer waits for a later call.
        r"|(?:will|'ll)\s+(?:update|give|provide|share|cover|lay\s+out|talk\s+about)\b[^.]{0,50}?\b(?:with|on|at|in|during)\s+(?:our|the)\s+"
        r"(?:next|upcoming|year[\s-]end|fourth[\s-]quarter|q4|full[\s-]year|annual)\b[^.]{0,20}?\b(?:call|results|earnings|update|report))")),
]
# Behind a lookahead of the characters each can start with (see facts.guard): the same matches, but the engine
# no longer enters every alternative at every word boundary of every answer.
_NON_ANSWERS = [(kind, guarded(rx)) for kind, rx in _NON_ANSWERS]

# Each with the words one of which every match holds (None: too short to test): a question holding none of them
# has no mention of the topic, and is not scanned for one.
_TOPICS: list[tuple[str, re.Pattern[str], frozenset[str] | None]] = [
    (name, guarded(re.compile(rx)), required_words(rx)) for name, rx in [
        # "expect" alone is how every question about the future is asked: too vague to name a topic.
        ("guidance", r"\b(?:guidance|guide|guiding|outlook|forecast|consensus|the\s+street|reaffirm\w*|my\s+model|i\s+have\s+you\s+at)\b"),
        ("revenue", r"\b(?:revenues?|sales|top[\s-]line|revpar|comps|comparable\s+sales|same[\s-]store)\b"),
        ("margins", r"\b(?:margins?|gross\s+profit|profitability|(?:medical\s+(?:care|loss)|loss|combined|expense)\s+ratios?|mlr)\b"),
        ("costs", r"\b(?:opex|operating\s+expenses?|costs?|spending|expenses?|warranty|inflation\s+in\s+\w+|s?g&a)(?!\w)"),
        ("earnings", r"\b(?:eps|earnings|net\s+income|bottom[\s-]line|ebitda|ebit|operating\s+income|profits?)\b"),
        ("cash and capital", r"\b(?:cash|buybacks?|repurchases?|dividends?|capital\s+(?:allocation|envelope|plan|spending|expenditures?|ratios?|levels?|requirements?)|balance\s+sheet|debt|leverage|capex|equity\s+(?:issuance|needs)"
                             # a bank's capital: its ratios and the rules that set them
                             r"|cet1|tier\s+1|basel|risk[\s-]weighted\s+assets|rwas?|return\s+on\s+(?:\w+\s+){0,3}?(?:capital|equity))\b"),
        ("demand", r"\b(?:demand|orders?|bookings?|backlog|pipeline|book[\s-]to[\s-]bill|contract(?:s|ed)?|group\s+pace|load\s+growth)\b"),
        ("customers", r"\b(?:customers?|clients?|accounts?|wins?|members(?:hip)?|enrollment|patients?|subscribers?|users|policies\s+in\s+force|buyers)\b"),
        ("pricing", r"\b(?:pricing|prices?|price\s+increases?|asps?|promotional|promotions?|discounting|markdowns?)\b"),
        ("competition", r"\b(?:competit\w+|market\s+share|share\s+gains?)\b"),
        ("supply chain", r"\b(?:supply|suppliers?|inventory|inventories|shortages?|lead\s+times?)\b"),
        ("products", r"\b(?:products?|platforms?|launch(?:es)?|roadmap|milestones?|commerciali[sz]\w*|r\s*&\s*d|categor(?:y|ies)|skus?|assortment"
                     r"|(?:research|product|commercial|clinical)\s+(?:and\s+)?development|production[\s-]ready)\b"),
        ("M&A", r"\b(?:acquisitions?|acquire|m\s*&\s*a|merger|integration|divest\w*|data\s+room|owning\s+it)\b"),
        ("spin-offs and listings", r"\b(?:ipos?|initial\s+public\s+offering|spin[\s-]?offs?|spin\s+(?:it\s+)?off|public\s+listing)\b"),
        ("technology", r"\b(?:technolog(?:y|ies|ical)|nanometers?|process\s+(?:nodes?|technology)|architectures?|next[\s-]generation)\b"),
        ("strategy", r"\b(?:strateg(?:y|ies|ic)|long[\s-]term\s+(?:vision|plan|opportunit(?:y|ies))|big[\s-]picture)\b"),
        ("tax", r"\b(?:tax(?:es)?|tax\s+rate|tax\s+benefits?)\b"),
        ("regions", r"\b(?:international|europe|asia|china|emea|apac|latin\s+america|north\s+america|u\.s\.|americas|japan|india|regions?|geograph\w+)\b"),
        ("macro", r"\b(?:macro|economy|economic|recession|downturns?|inflation|interest\s+rates?|tariffs?|currency|fx)\b"),
        ("seasonality", r"\b(?:seasonal\w*)\b"),
        ("AI", r"\b(?:ai|a\.i\.|artificial\s+intelligence|gen(?:erative)?[\s-]?ai|copilots?|llms?|large\s+language\s+models?|machine\s+learning|inference)\b"),  # a GPU alone is a chip maker's product
        ("digital", r"\b(?:online|e-?commerce|digital\w*|website|mobile\s+app|omni-?channel|click[\s-]and[\s-]collect)\b"),
        ("weather", r"\b(?:weather|hurricanes?|storms?|wildfires?|fires|floods?|drought|winter\s+storm)\b"),
        ("current trading", r"\b(?:quarter[\s-]to[\s-]date|so\s+far\s+(?:in|this)|trending|first\s+(?:few|two|three|four)\s+weeks)\b"),
        ("capacity", r"\b(?:capacity|utili[sz]ation|plants?|fleet|aircraft|deliveries|megawatts|installed\s+base|placements"
                     r"|output|production\s+(?:rates?|levels?|volumes?)|fabs?|build[\s-]?outs?|built\s+out)\b"),
        ("credit", r"\b(?:credit\s+(?:quality|losses|scores?)|(?:loan[\s-]loss|loss|credit)\s+reserves?|reserve\s+(?:release|build|adequacy|development)"
                   r"|where\s+are\s+reserves|charge[\s-]offs?|delinquenc\w+|non-?performing|defaults?)\b"),
        ("investments", r"\b(?:investment\s+portfolio|portfolio\s+yields?|alternatives|reinvest\w*|new\s+money\s+yields?)\b"),
        ("headcount", r"\b(?:headcount|hiring|employees|layoffs?|restructuring)\b"),
        ("regulation", r"\b(?:regulat\w+|government|stimulus|policy|legal|litigation|rate\s+(?:base|case)s?)\b"),
        # A bank's questions: what it earns on its book, and the book itself.
        ("net interest income", r"\b(?:net\s+interest\s+(?:income|margins?)|nii|nim|deposit\s+(?:costs?|betas?)|asset\s+sensitiv\w+)\b"),
        ("loans and deposits", r"\b(?:loans?|loan\s+growth|lending|deposits?|mortgages?|mortgage\s+book|(?:average|period[\s-]end)\s+balances|originations?)\b"),
    ]
]

_STOP = frozenset("""a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further get got had has
have having he her here hers him his how i if in into is it its itself just kind like ll me more most my no
nor not now of off on once only or other our ours out over own re s same she should so some such sort t than
thank thanks that the their them then there these they this those through to too under until up us ve very
was we were what when where which while who whom why will with would you your yeah yes okay ok maybe think
guess sense question questions follow talk lot little bit really just wondering could one two also
quarter quarters year years congratulations congrats great good nice morning afternoon evening hi hey hello
color comment comments give update help understand curious wanted want maybe mean sure know going things
thing look looking see seeing""".split())
_WORD = re.compile(r"[a-z][a-z'-]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _content(text: str) -> set[str]:
    # Six letters are enough to match "margins"/"margin" and "growing"/"growth" without a stemmer; a plural
    # "s" goes first so "units" meets "unit". Figures count too: an answer that takes up the "6% to 6.5%"
    # the question asked about addresses it.
    text = text.lower()
    words = {_singular(w)[:6] for w in set(_WORD.findall(text)) if w not in _STOP and len(w) > 2}
    return words | {n.rstrip("0").rstrip(".") if "." in n else n for n in _FIGURE.findall(text)}


def _singular(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w


def _page_of(p, at: int) -> int | None:
    """The page of the character at `at` of a PDF paragraph, which may run over a page break (see `_line_of`)."""
    if p.word_pages:
        return p.word_pages[min(len(p.text[:at].split()), len(p.word_pages) - 1)]
    return p.page


_FIGURE = re.compile(r"(?<![\d.,])\d+(?:\.\d+)?(?=\s*(?:%|percent|million|billion|bps|basis|times|x\b))")
"""A figure with its unit: a bare number ("2", "2027") is said of too many things to share content."""


_GOES_ON = re.compile(r"\b(?:but|however|though|although|that\s+said|having\s+said\s+that|qualitatively|directionally|other\s+than"
                      r"|what\s+i\s+(?:can|would)\s+(?:say|tell)|i\s+(?:can|would|will)\s+(?:say|tell\s+you)"
                      r"|(?:guidance|numbers?|figures?|outlook)\s+(?:\w+\s+){0,3}?beyond\s+(?:that|this|what))\b"
                      r"|(?<![\w.])(?!(?:19|20)\d\d\b)\d", re.I)
"""Words that go on to give something, or a figure (a year, "not going to give a 2027 number", gives nothing);
"no guidance beyond that" declines more than the figures already given."""


_LONG_QUOTE = 200
_COURTESY = re.compile(r"\s*(?:[a-z-]+,\s*)?(?:(?:i|we)\s+(?:really\s+|do\s+)?(?:appreciate|understand|hear)|thanks?(?:\s+you)?\s+for|(?:that'?s\s+)?(?:a\s+)?"
                       r"(?:good|fair|great)\s+question)\b[^.;]{0,60}?\bbut\b[^.;]{0,60}$")
"""Lower-case text (see _plain): a courtesy that opens a refusal ("i appreciate the question, anjali, but we're ...")."""

_CLAUSE_END = re.compile(r"[,;:\u2014]|\s(?:because|since|and\s+so|so\s+that)\s")


def _clip(said: str, start: int, end: int) -> str:
    """A long sentence quoted whole buries the words that decline; quoted from the clause that holds them
    to the next clause break, with an ellipsis for what is left out (the line is given for the rest)."""
    said = said.strip() if len(said.strip()) <= _LONG_QUOTE else said
    if len(said) <= _LONG_QUOTE:
        return said
    head = max((m.end() for m in _CLAUSE_END.finditer(said, 0, start)), default=0)
    tail = next((m.start() for m in _CLAUSE_END.finditer(said, end)), len(said))
    clip = said[head:tail].strip()
    return ("… " if head > 0 else "") + clip + (" …" if tail < len(said.rstrip()) - 1 else "")


def non_answers(turn: Turn) -> list[NonAnswer]:
    found: list[NonAnswer] = []
    for p in turn.paragraphs:
        # A pattern that matches nowhere in the paragraph matches none of its sentences (its stretches between the
        # blanks after a sentence's end): most paragraphs decline nothing and are not split at all.
        text = _plain(p.text)
        asked = [(kind, pat) for kind, pat in _NON_ANSWERS if pat.search(text)]
        if not asked:
            continue
        pos = 0
        for said in _SENTENCE.split(p.text):
            offset = p.text.find(said, pos)
            pos = offset + len(said) if offset >= 0 else pos
            sentence = _plain(said)
            for kind, pat in asked:
                m = pat.search(sentence)
                if m:
                    # "We don't guide by segment, but qualitatively you're directionally right": the
                    # sentence declines the figure and still answers.
                    # "I appreciate the question, but I won't ...": a courtesy before the refusal is no answer given.
                    before = "" if _COURTESY.match(sentence[:m.start()]) else sentence[:m.start()]
                    rest = before + " " + sentence[m.end():]
                    found.append(NonAnswer(kind=kind, quote=_clip(said, m.start(), m.end()), turn=turn.index,
                                           line=_line_of(p, max(offset, 0) + m.start()),
                                           page=_page_of(p, max(offset, 0) + m.start()),
                                           partial=bool(_GOES_ON.search(rest))))
                    break
    if found:
        # "It's hard to predict the exact impact" inside an answer that goes on to put figures on it is a hedge,
        # not a failure to answer: an inability is partial when the rest of the answer states a figure.
        for na in found:
            if na.kind == "inability" and not na.partial:
                rest = turn.text.replace(na.quote.strip("… "), " ")
                if _FIGURE.search(rest):
                    na.partial = True
    return found


def _plain(text: str) -> str:
    """Typeset apostrophes ("we don’t comment") read as plain ones, and the patterns are lower case (a case-insensitive
    scan costs twice as much); a quote keeps the source's words."""
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def _line_of(p, at: int) -> int:
    """The source line of the character at `at` of paragraph `p`, as the facts place a figure: a paragraph of one word a
    line (speech-recognition tokens, a PDF) keeps each word's line; a wrapped one counts its line breaks."""
    if p.word_lines:
        return p.word_lines[min(len(p.text[:at].split()), len(p.word_lines) - 1)]
    return p.line_start + p.text.count("\n", 0, at)


_FIGURE = re.compile(r"(?:[$€£¥]\s?\d|\d(?:[\d,.]*)\s*(?:%|percent|basis\s+points|bps|million|billion|x\b))", re.I)
"""A figure stated in an answer: an amount, a percentage, a multiple."""


def _topics(text: str, most: int = 4) -> list[str]:
    text = text.lower()  # the patterns are lower case: case-insensitive scans cost twice as much
    hits = [(len(pat.findall(text)) if words is None or any_in(text, words) else 0, i, name)
            for i, (name, pat, words) in enumerate(_TOPICS)]
    return [name for n, _, name in sorted(hits, key=lambda h: (-h[0], h[1])) if n][:most]


# A capitalised word or run of them, with a figure after it ("Project Halden", "Atlas 3", "xLine"), with the
# character before it (none, or a sentence's end: its first word is capitalised whatever it is) and after it.
_NAMED = re.compile(r"(?P<before>[^\s]?)(?P<gap>\s*)(?P<term>\b[a-z]{0,2}[A-Z][\w&]*(?:[ -](?:[A-Z][\w&]*|\d{1,4}\b))*)(?P<after>.?)")
_NOT_NAMED = frozenset("""i i'm i'd i'll i've ok okay q1 q2 q3 q4 h1 h2 fy ceo cfo coo cto ir us u.s mr ms dr
january february march april may june july august september october november december monday tuesday wednesday
thursday friday""".split())


def _named_terms(text: str, not_names: set[str], most: int = 2) -> list[str]:
    """The names a question asks about when it names no topic of the list: a product, a project, a program
    ("the rollout of Atlas Cloud"), most said first. People, the company, capitalised words that open a sentence and
    a single word called between commas ("Thanks, Dana, and ...") are no such name."""
    seen: dict[str, int] = {}
    for m in _NAMED.finditer(text):
        before, term, after = m.group("before"), m.group("term"), m.group("after")
        if not before and m.start() == 0 or before in ".!?…:;\"“" or not m.group("gap") and before:
            continue
        if before == "," and " " not in term and after in (",", ".", "?", "!", ""):
            continue
        term = re.sub(r"['’]s$", "", term)
        words = [w.strip(".") for w in term.lower().split()]
        if len(term) < 2 or all(w in _NOT_NAMED or any(n.startswith(w[:6]) for n in not_names) for w in words):
            continue  # "grows X percent"; a short form of a name said ("Liz" for "Elizabeth" is not caught)
        seen[term] = seen.get(term, 0) + 1
    return sorted(seen, key=lambda k: -seen[k])[:most]


def review(t: Transcript) -> list[ExchangeReview]:
    from .models import Citation
    from .pages import citation

    out: list[ExchangeReview] = []
    by_turn = citation(t) is not Citation.LINE
    # Names (the analyst greeting the CFO, the CFO thanking the analyst) are no shared content.
    names_words = {w[:6] for p in t.participants for w in _WORD.findall(p.name.lower())}
    full_names = {w for p in t.participants for w in _WORD.findall(p.name.lower())} | set(_WORD.findall((t.meta.company or "").lower()))
    for ex in t.exchanges:
        questions = [t.turns[i] for i in ex.question_turns]
        answers = [t.turns[i] for i in ex.answer_turns]
        # A question read out by a moderator is the words after the call for it.
        q_said = [read_out(turn.text) if ex.read_by else turn.text for turn in questions]
        q_text = " ".join(q_said)
        a_text = " ".join(turn.text for turn in answers)
        q_words, a_words = _content(q_text) - names_words, _content(a_text) - names_words
        directness = len(q_words & a_words) / len(q_words) if q_words and answers else 0.0
        names = [p.name for pid in ex.answered_by if (p := t.participant(pid))]
        said = ex.question_turns + ex.answer_turns
        out.append(
            ExchangeReview(
                exchange=ex.index,
                analyst=ex.analyst.name,
                firm=ex.firm,
                read_by=(p.name if ex.read_by and (p := t.participant(ex.read_by)) else None),
                topics=_topics(q_text) or _named_terms(q_text, full_names),
                answered_by=names,
                question_words=sum(len(x.split()) for x in q_said) if ex.read_by else sum(turn.words for turn in questions),
                answer_words=sum(turn.words for turn in answers),
                directness=round(directness, 2),
                non_answers=[na for turn in answers for na in non_answers(turn)],
                line_start=ex.line_start,
                line_end=ex.line_end,
                page_start=t.turns[min(said)].page if said else None,
                page_end=(t.turns[max(said)].page_end or t.turns[max(said)].page) if said else None,
                turn_start=min(said) if said and by_turn else None,
                turn_end=max(said) if said and by_turn else None,
            )
        )
    return out
