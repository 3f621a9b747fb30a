"""The verbs a measure is said to move by: one table, read by the qualitative outlook and the outlook cue."""

from __future__ import annotations


# The verbs a measure is said to move by, beyond the few the pattern below has always held: one table, read into
# QUAL_DIR (as the groups v_up, v_down, v_flat: base, -s and -ing forms; a past form is narration, never an outlook) and
# into the "will <verb>" outlook cue (context: the GUIDANCE cue's "will" verbs). A form of one of these is a way only as a verb of the measure
# (extract._table_verb_ok: after "to", a modal, "keep" or "continue"; the -s form right after its subject; the -ing form
# as the other -ing ways are), never as a noun or an adjective ("a drop in demand", "slow growth", "a moderate increase").
WAY_VERBS: dict[str, tuple[str, ...]] = {
    "up": ("climb", "accelerate", "strengthen", "turn positive", "return to positive",
           "bounce back", "firm up", "pick back up"),
    "down": ("drop", "ease", "soften", "moderate", "slow", "weaken", "narrow", "dip", "decelerate", "taper",
             "shrink", "deteriorate", "turn negative"),
    "flat": ("stabilize", "stabilise", "level off", "level out", "plateau", "hold steady", "remain steady", "stay steady",
             "hold firm"),
}
_DOUBLED = ("drop", "dip")  # the -ing form doubles the last letter


def _way_forms(verb: str) -> list[str]:
    """"ease" -> eases, easing, ease; "level off" -> levels off, levelling off, leveling off, level off (longest first)."""
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    s_form = head + ("es" if head.endswith(("sh", "ch", "x")) else "s")
    ing = (head + head[-1] if head in _DOUBLED else head[:-1] if head.endswith("e") else head) + "ing"
    forms = [s_form, ing, head] + (["levelling"] if head == "level" else [])
    return sorted({f + tail for f in forms}, key=lambda f: (-len(f), f))


def way_alt(way: str) -> str:
    return "|".join(f.replace(" ", r"\s+") for v in WAY_VERBS[way] for f in _way_forms(v))


WAY_BASES = frozenset(v for vs in WAY_VERBS.values() for v in vs)
"""The base forms (a way said after "to" or a modal)."""


WAY_PARTICLE_VERBS = ("come", "go", "move", "edge", "tick", "step", "inch", "drift", "trend")
"""Verbs that say a way with a particle after them ("come down", "tick up", "edge higher", "trend lower")."""


def will_alt() -> str:
    """The base forms as one alternation, for "will <verb>", with the particle verbs and the ways the pattern has always
    held ("will come down", "will improve", "will widen"); not with an object after them ("will improve our cost
    structure" is a deed, no outlook of a measure)."""
    bases = sorted(WAY_BASES | {"improve", "recover", "rebound", "widen", "pick up", "return to growth"}, key=lambda v: (-len(v), v))
    verbs = "|".join(v.replace(" ", r"\s+") for v in bases) + r"|(?:" + "|".join(WAY_PARTICLE_VERBS) + r")\s+(?:up|down|higher|lower|back\s+up|back\s+down)"
    return rf"(?:{verbs})(?!\s+(?:the|our|its|their|an?|this|that|these|those)\b)"
