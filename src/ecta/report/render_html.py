"""The report as one self-contained HTML page: no scripts or styles from the network.

The transcript is shown in full with every fact highlighted; each fact, bullet, guidance row and check
links to its line, and the tone over the call is drawn as inline SVG.
"""

from __future__ import annotations

import re
from collections import defaultdict
from html import escape
from typing import TYPE_CHECKING

from ..model import Fact, ParagraphKind, Section, Transcript
from .figures import fmt_fact
from .models import Citation, Report
from .tone import speakers_shown, unmarked
from .render_text import TONE_NOTE, TONE_TEST, _outcome_tables, _title, call_label, cite_lines, contrast_text, net_text, outcome_text, shift_nets, tone_shifts

if TYPE_CHECKING:
    from .compare_models import Comparison

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2430;background:#fafafa}
main{max-width:1100px;margin:0 auto;padding:1.5rem}
td:first-child{white-space:nowrap}
h1{font-size:1.5rem;margin:.2rem 0} h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #dde;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;background:#fff} th,td{border:1px solid #e2e4ea;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f2f6} a{color:#2456b3;text-decoration:none} a:hover{text-decoration:underline}
.muted{color:#6b7280} li.headline{font-weight:600;list-style:none;margin-left:-1em} .warning{color:#b42318;font-weight:600} .undecided{color:#a15c07} .verified{color:#067647} .info{color:#1d4ed8}
mark{background:#fff1a8;padding:0 .1rem;border-radius:2px} mark:target{background:#ffc53d;outline:2px solid #d97706}
.turn{background:#fff;border:1px solid #e2e4ea;border-radius:6px;padding:.6rem .9rem;margin:.6rem 0}
.turn h3{font-size:.95rem;margin:0 0 .3rem} .role{font-size:.75rem;color:#6b7280;margin-left:.4rem}
.p{display:flex;gap:.7rem} .ln{color:#9aa1ad;font-size:.75rem;min-width:3.2rem;text-align:right;padding-top:.15rem}
.p:target{background:#eef4ff} .stage{color:#6b7280;font-style:italic} .section{margin-top:1.5rem;font-weight:600;color:#374151}
"""


def _ln(line: int, page: int | None = None) -> str:
    """A link to a line; in a PDF, whose lines are numbered per page, to the line of its page."""
    return f'<a href="#P{page}L{line}">p{page} L{line}</a>' if page else f'<a href="#L{line}">L{line}</a>'


def _lines(lines: list[int], pages: list[int | None] | None = None, turns: list[int | None] | None = None,
           cited: Citation = Citation.LINE) -> str:
    if turns and cited is not Citation.LINE:
        # Where lines do not find the words, the turn does: its box in the transcript below.
        said = {f"T{k}" if cited is Citation.TURN else f"T{k} L{n}": k for n, k in zip(lines, turns) if k is not None}
        return ", ".join(f'<a href="#T{k}">{label}</a>' for label, k in list(said.items())[:8])
    if pages:
        return ", ".join(_ln(n, p) for n, p in list(zip(lines, pages))[:8])
    return ", ".join(_ln(n) for n in sorted(set(lines))[:8])


def _exchange_link(ex) -> str:
    href = (f"T{ex.turn_start}" if ex.turn_start is not None else f"P{ex.page_start}L{ex.line_start}" if ex.page_start
            else f"L{ex.line_start}")
    return f"<a href='#{href}'>{ex.exchange + 1}</a>"


def _page_ids(held: set[tuple[int, int]], seen: set[tuple[int, int]]) -> str:
    """Anchors for the (page, line) places a paragraph or speaker header holds that no earlier one took."""
    new = sorted(held - seen)
    seen.update(new)
    return "".join(f"<span id='P{pg}L{n}'></span>" for pg, n in new)


def _held(p) -> set[tuple[int, int]]:
    """The (page, line) places of a PDF paragraph: its words' own where the parser kept them, else its lines, the
    last on the page it ends on."""
    if p.word_lines and p.word_pages:
        return set(zip(p.word_pages, p.word_lines))
    if p.page_end and p.page_end != p.page:
        return {(p.page, p.line_start), (p.page_end, p.line_end)}
    return {(p.page, n) for n in range(p.line_start, max(p.line_end, p.line_start) + 1)}


def _fact_line(n: int, f: Fact, cited: Citation = Citation.LINE) -> str:
    """A PDF's line is a line of its page, and a line number names one place on each page: the fact's own mark is
    the place to open; so it is where a line holds several paragraphs, named by its turn."""
    if cited is not Citation.LINE and f.turn is not None:
        return f"<a href='#F{n}'>T{f.turn}" + ("" if cited is Citation.TURN else f" L{f.line}") + "</a>"
    return _ln(f.line) if f.page is None else f"<a href='#F{n}'>p{f.page} L{f.line}</a>"


def _row_fact(g, facts: list[Fact]) -> int | None:
    """The fact a guidance row shows, for a link to its highlighted figure: a line of the call can hold a dozen
    figures (a paragraph of outlooks, a web page on one line). The row's first line is its outlook's own; a row signs
    a decline ("-6% to -4%") its fact may hold unsigned."""
    if not g.lines:
        return None
    page = g.pages[0] if g.pages else None
    shown = {abs(v) for v in (g.low, g.high) if v is not None}
    found = [n for n, f in enumerate(facts)
             if f.line == g.lines[0] and f.page == page and f.kind.value == g.kind and f.unit == g.unit
             and {abs(v) for v in (f.low, f.high, f.value) if v is not None} & shown]

    # One line can say the same range of two periods or measures ("sales up 3% to 5% in the quarter ... three to five
    # points of share gain for the year"): the fact of the row's own period, then of its own name.
    def fits(f: Fact) -> tuple[bool, bool]:
        return (g.period is None or (f.period.label if f.period else None) == g.period,
                g.metric.lower().startswith((f.metric.lower(), " ".join(f.phrase.split()).lower())))

    return max(found, key=lambda n: fits(facts[n]), default=None)  # max keeps the first of equals


def _tone_svg(r: Report, t: Transcript, unmarked: bool = False) -> str:
    """Net tone per turn across the call as bars; prepared remarks and Q&A shaded differently."""
    rows = r.tone.by_turn
    if not rows:
        return '<p class="muted">No tone computed.</p>'
    width, height, pad = 1000, 160, 20
    step = (width - 2 * pad) / max(len(rows), 1)
    mid = height / 2
    bars = []
    for i, row in enumerate(rows):
        turn = t.turns[int(row.key)]
        # Short turns ("Thanks.") should not shout; a net too thin to read is drawn faint.
        weight = min(1.0, row.counts.words / 150) * (1.0 if row.readable else 0.35)
        h = abs(row.net) * (mid - pad) * weight
        y = mid - h if row.net >= 0 else mid
        color = "#16a34a" if row.net >= 0 else "#dc2626"
        x = pad + i * step
        bars.append(
            f'<a href="#T{turn.index}"><rect x="{x:.1f}" y="{y:.1f}" width="{max(step - 1, 1):.1f}" height="{max(h, 0.5):.1f}" '
            f'fill="{color}"><title>{escape(turn.speaker.name)} (turn {turn.index}, L{turn.line_start}): '
            f'net {escape(net_text(row))}, {row.counts.words} words</title></rect></a>'
        )
    qa_start = next((i for i, row in enumerate(rows) if t.turns[int(row.key)].section is Section.QA), None)
    shade = ""
    if qa_start is not None:
        x = pad + qa_start * step
        shade = (f'<rect x="{x:.1f}" y="0" width="{width - pad - x:.1f}" height="{height}" fill="#eef2ff"/>'
                 f'<text x="{x + 4:.1f}" y="{height - 6}" font-size="11" fill="#4b5563">Q&amp;A</text>')
    return (
        f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="Net tone per turn">{shade}'
        + ("" if unmarked else f'<text x="{pad + 4}" y="14" font-size="11" fill="#4b5563">Prepared remarks</text>')
        + f'<line x1="{pad}" x2="{width - pad}" y1="{mid}" y2="{mid}" stroke="#9ca3af"/>{"".join(bars)}</svg>'
    )


def _highlight(text: str, facts: list[tuple[int, Fact]]) -> str:
    """Escape `text`, wrapping each fact's figure in <mark id="F{n}">. Each figure takes the first place it is said
    from its sentence on that no other figure holds, and never part of a longer number ("3%" inside "13%"): two
    figures said alike ("$5 million or $15 million, a $5 million cut") each keep their own place."""
    taken: list[tuple[int, int, int, Fact]] = []
    for n, f in facts:
        if not f.text:
            continue
        start = max(text.find(f.sentence[:60]), 0) if f.sentence else 0
        said = re.compile(r"(?<![\d.,])" + re.escape(f.text) + r"(?![\d])" if f.text[-1:].isdigit() or f.text[:1].isdigit()
                          else re.escape(f.text))
        spots = [m.start() for m in said.finditer(text)]
        free = [a for a in spots if not any(x < a + len(f.text) and a < y for x, y, _, _ in taken)]
        at = next((a for a in free if a >= start), free[0] if free else None)
        if at is not None:
            taken.append((at, at + len(f.text), n, f))
    out, pos = [], 0
    for at, end, n, f in sorted(taken, key=lambda x: x[0]):
        out.append(escape(text[pos:at]))
        out.append(f'<mark id="F{n}" title="{escape(f.metric)} · {escape(f.kind.value)}'
                   f'{" · " + escape(f.period.label) if f.period else ""}">{escape(f.text)}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def html(r: Report, t: Transcript) -> str:
    # Facts are placed by (turn, paragraph). A source that holds many paragraphs on one line (a web page's
    # article body, a JSON string) gives them all the same line: the paragraph that says the fact's sentence wins.
    facts_by_para: dict[tuple[int, int], list[tuple[int, Fact]]] = defaultdict(list)
    paras_at: dict[tuple[int, int], list[int]] = defaultdict(list)
    for turn in t.turns:
        for k, p in enumerate(turn.paragraphs):
            for line in range(p.line_start, p.line_end + 1):
                paras_at[(turn.index, line)].append(k)
    paragraphs = {turn.index: turn.paragraphs for turn in t.turns}
    for n, f in enumerate(r.facts):
        if f.turn is None or f.turn not in paragraphs:
            continue
        # A PDF numbers lines within each page: a turn over a page break holds the same line twice, and the
        # fact's line may be another page's. Its own sentence, then its figure, finds the paragraph.
        at = paras_at.get((f.turn, f.line), []) + [i for i in range(len(paragraphs[f.turn])) if i not in paras_at.get((f.turn, f.line), [])]
        texts = [paragraphs[f.turn][i].text for i in at]
        k = next((i for i, x in zip(at, texts) if f.sentence and f.sentence[:80] in x),
                 next((i for i, x in zip(at, texts) if f.text and f.text in x), None))
        if k is None and paras_at.get((f.turn, f.line)):
            k = paras_at[(f.turn, f.line)][0]
        if k is not None:
            facts_by_para[(f.turn, k)].append((n, f))

    body: list[str] = [f"<h1>{escape(_title(r))}</h1>"]
    if r.meta.title:
        body.append(f'<p class="muted">{escape(r.meta.title)} · {escape(r.meta.source_format)}</p>')

    body.append("<h2>Summary</h2><ul>")
    body += [f"<li{' class=headline' if b.headline else ''}>{escape(b.text)} <span class='muted'>({_lines(b.lines, b.pages, b.turns, r.cited_by)})</span></li>"
             for b in r.summary]
    body.append("</ul>")

    body.append("<h2>Guidance</h2>")
    if r.guidance:
        body.append("<table><tr><th>Period</th><th>Metric</th><th>Kind</th><th>Outlook</th><th>Basis</th><th>vs latest actual</th><th>Lines</th></tr>")
        for g in r.guidance:
            ref = escape(g.reference or "")
            if g.implied_level:
                ref += f" → implies {escape(g.implied_level)}"
            elif g.implied_change_low is not None:
                ref += f" ({g.implied_change_low:+.1f}%"
                ref += f" to {g.implied_change_high:+.1f}%)" if g.implied_change_high not in (None, g.implied_change_low) else ")"
            if g.status:
                ref += f" → {g.status.value}" + (f" ({g.reading})" if g.reading else "")
            mark = _row_fact(g, r.facts)
            said = escape(g.text) if mark is None else f"<a href='#F{mark}'>{escape(g.text)}</a>"
            body.append(f"<tr><td>{escape(g.period or '-')}</td><td>{escape(g.metric)}</td><td>{g.kind}</td><td>{said}</td>"
                        f"<td>{escape(g.basis or '')}</td><td>{ref}</td><td>{_lines(g.lines, g.pages, g.turns, r.cited_by)}</td></tr>")
        body.append("</table>")
    else:
        body.append('<p class="muted">No outlook given in the call.</p>')

    body.append("<h2>Checks</h2>")
    if r.checks:
        body.append("<table><tr><th>Severity</th><th>Check</th><th>Finding</th><th>Lines</th></tr>")
        for c in r.checks:
            body.append(f"<tr><td class='{c.severity.value}'>{c.severity.value}</td><td>{c.name}</td><td>{escape(c.message)}</td><td>{_lines(c.lines, c.pages, c.turns, r.cited_by)}</td></tr>")
        body.append("</table>")
    else:
        body.append('<p class="muted">Nothing to flag.</p>')

    body.append("<h2>Tone</h2>" + _tone_svg(r, t, unmarked(t)))
    if r.tone.by_section:
        body.append("<table><tr><th>Scope</th><th>Words</th><th>Net</th><th>Positive/1k</th><th>Negative/1k</th><th>Uncertainty/1k</th><th>Litigious/1k</th><th>Weak modal/1k</th></tr>")
        for row in r.tone.by_section + [x for x in r.tone.by_role if x.key != "operator"]:
            k = row.counts
            body.append(f"<tr><td>{escape(row.label)}</td><td>{k.words}</td><td>{escape(net_text(row))}</td>"
                        + "".join(f"<td>{k.per_thousand(c)}</td>" for c in ("positive", "negative", "uncertainty", "litigious", "weak_modal"))
                        + "</tr>")
        body.append("</table>")
        body.append("".join(f"<p>{escape(contrast_text(ct))}</p>" for ct in r.tone.contrasts))
        if speakers_shown(r.tone):
            body.append("<h3>Tone by speaker</h3><table><tr><th>Speaker</th><th>Role</th><th>Words</th><th>Net</th>"
                        "<th>Positive/1k</th><th>Negative/1k</th><th>Uncertainty/1k</th></tr>")
            for row in speakers_shown(r.tone):
                k = row.counts
                body.append(f"<tr><td>{escape(row.label)}</td><td>{escape(row.role or '')}</td><td>{k.words}</td>"
                            f"<td>{escape(net_text(row))}</td>"
                            + "".join(f"<td>{k.per_thousand(c)}</td>" for c in ("positive", "negative", "uncertainty")) + "</tr>")
            body.append("</table>")
        body.append(f"<p class='muted'>{escape(TONE_NOTE)}</p>")

    body.append("<h2>Q&amp;A</h2>")
    if r.qa:
        body.append("<table><tr><th>#</th><th>Analyst</th><th>Topics</th><th>Answered by</th><th>Q/A words</th><th>Directness</th><th>Non-answers</th></tr>")
        for ex in r.qa:
            na = "<br>".join(f"{n.kind}{' (partial: goes on to answer)' if n.partial else ''}: “{escape(n.quote)}” ({_lines([n.line], [n.page], [n.turn], r.cited_by) if r.cited_by is not Citation.LINE else _ln(n.line, n.page)})"
                             for n in ex.non_answers)
            body.append(f"<tr><td>{_exchange_link(ex)}</td><td>{escape(ex.analyst)}"
                        f"{' (' + escape(ex.firm) + ')' if ex.firm else ''}{', read by ' + escape(ex.read_by) if ex.read_by else ''}</td><td>{escape(', '.join(ex.topics))}</td>"
                        f"<td>{escape(', '.join(ex.answered_by))}</td><td>{ex.question_words}/{ex.answer_words}</td>"
                        f"<td>{ex.directness:.2f}</td><td>{na}</td></tr>")
        body.append("</table>")
    else:
        body.append('<p class="muted">No Q&amp;A exchanges found.</p>')

    body.append(f"<h2>Facts ({len(r.facts)})</h2>")
    if r.facts:
        body.append("<table><tr><th>Metric</th><th>Value</th><th>Period</th><th>Kind</th><th>Basis</th><th>Change</th><th>Speaker</th><th>Line</th></tr>")
        for n, f in enumerate(r.facts):
            who = t.participant(f.speaker).name if f.speaker and t.participant(f.speaker) else ""
            body.append(f"<tr><td><a href='#F{n}'>{escape(f.metric)}</a></td><td>{escape(fmt_fact(f))}</td><td>{escape(f.period.label if f.period else '')}</td>"
                        f"<td>{f.kind.value}</td><td>{escape(f.basis.value if f.basis else '')}</td><td>{escape(f.change.value if f.change else '')}</td>"
                        f"<td>{escape(who)}</td><td>{_fact_line(n, f, r.cited_by)}</td></tr>")
        body.append("</table>")

    body.append("<h2>Transcript</h2>")
    section = None
    seen: set[int] = set()
    seen_pages: set[tuple[int, int]] = set()
    for turn in t.turns:
        if turn.section is not section:
            section = turn.section
            title = ("Text (the source marks no sections)" if unmarked(t) else "Prepared remarks" if section is Section.PRESENTATION
                     else "Questions and answers")
            body.append(f"<div class='section'>{title}</div>")
        sp = turn.speaker
        role = escape(", ".join(x for x in (sp.role.value, sp.title, sp.firm) if x))
        # The speaker's header lines are cited too (an exchange starts at its question's header).
        first = turn.paragraphs[0].line_start if turn.paragraphs else turn.line_end + 1
        heads = "".join(f"<span id='L{n}'></span>" for n in range(turn.line_start, first) if n not in seen)
        if turn.page:
            heads += _page_ids({(turn.page, n) for n in range(turn.line_start, first)}, seen_pages)
        seen.update(range(turn.line_start, first))
        body.append(f"<div class='turn' id='T{turn.index}'>{heads}<h3>{escape(sp.name)}<span class='role'>{role}</span></h3>")
        for k, p in enumerate(turn.paragraphs):
            # An id once: the first paragraph on a line is the one a line link opens.
            pid = f" id='L{p.line_start}'" if p.line_start not in seen else ""
            # A PDF paragraph over a page break ends on a line of the next page, often a lower number than it
            # starts on: the lines its words sit on are the ones it holds.
            held = sorted(set(p.word_lines)) if p.word_lines else range(p.line_start, p.line_end + 1)
            anchors = "".join(f"<span id='L{n}'></span>" for n in held if n != p.line_start and n not in seen)
            seen.update(held)
            seen.add(p.line_start)
            page = f"p{p.page} " if p.page else ""
            if p.page:
                anchors = _page_ids(_held(p), seen_pages) + anchors
            cls = "stage" if p.kind is ParagraphKind.STAGE else ""
            text = _highlight(p.text, facts_by_para.get((turn.index, k), []))
            # Facts and checks cite any line of a paragraph that spans several.
            body.append(f"<div class='p'{pid}><span class='ln'>{page}L{p.line_start}</span>"
                        f"<div class='{cls}'>{anchors}{text}</div></div>")
        body.append("</div>")
    notes = "".join(f"<p class='undecided'>note: {escape(n)}</p>" for n in r.notes)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width,initial-scale=1'><title>{escape(_title(r))}</title>"
        f"<style>{_CSS}</style></head><body><main>{''.join(body)}{notes}"
        "<p class='muted'>Generated by ecta.</p></main></body></html>\n"
    )


def comparison_html(c: Comparison) -> str:
    """The comparison as one self-contained page: the same tables as the terminal, no transcript."""
    title = f"{c.old.company or 'Unknown company'}: what changed"
    body = [f"<h1>{escape(title)}</h1>",
            f"<p class='muted'>Old: {escape(call_label(c.old))} · New: {escape(call_label(c.new))}. "
            "Old lines are in the old call, new lines in the new one.</p>"]
    for heading, rows in _outcome_tables(c):
        body.append(f"<h2>{escape(heading)}</h2>")
        if not rows:
            body.append("<p class='muted'>None found.</p>")
            continue
        body.append("<table><tr><th>Period</th><th>Metric</th><th>Old outlook</th><th>New</th><th>Outcome</th><th>Old lines</th><th>New lines</th></tr>")
        for o in rows:
            cls = {"missed": "warning", "lowered": "warning", "withdrawn": "warning", "beat": "verified", "raised": "verified"}.get(o.outcome, "")
            body.append(f"<tr><td>{escape(o.period)}</td><td>{escape(o.metric + (f', {o.basis}' if o.basis else ''))}</td><td>{escape(o.guided)}</td><td>{escape(o.actual or '-')}</td>"
                        f"<td class='{cls}'>{escape(outcome_text(o))}</td>"
                        f"<td>{cite_lines(o.old_lines, None, o.old_turns, c.old_cited_by)}</td>"
                        f"<td>{cite_lines(o.new_lines, None, o.new_turns, c.new_cited_by) or '-'}</td></tr>")
        body.append("</table>")
    body.append("<h2>Metrics</h2><ul>"
                f"<li>With figures in the new call only (the old gave none): {escape(', '.join(c.metrics_appeared) or 'none')}</li>"
                f"<li>With figures in the old call only (the new gives none): {escape(', '.join(c.metrics_disappeared) or 'none')}</li></ul>")
    body.append("<h2>Tone shift</h2>")
    if c.tone:
        body.append("<table><tr><th>Scope</th><th>Old net</th><th>New net</th><th>Change</th><th>Uncertainty/1k old → new</th>"
                    "<th>Significant shifts (p &lt; 0.01)</th></tr>")
        for t in c.tone:
            body.append(f"<tr><td>{escape(t.scope)}</td>" + "".join(f"<td>{x}</td>" for x in shift_nets(t))
                        + f"<td>{t.old_uncertainty_per_1000:.1f} → {t.new_uncertainty_per_1000:.1f}</td>"
                        f"<td class='{'warning' if t.significant else 'muted'}'>{escape(tone_shifts(t) or 'none')}</td></tr>")
        body.append(f"</table><p class='muted'>{escape(TONE_TEST)}</p>")
    else:
        body.append("<p class='muted'>Tone not computed.</p>")
    body += [f"<p class='undecided'>note: {escape(n)}</p>" for n in c.notes]
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width,initial-scale=1'><title>{escape(title)}</title>"
            f"<style>{_CSS}</style></head><body><main>{''.join(body)}</main></body></html>\n")
