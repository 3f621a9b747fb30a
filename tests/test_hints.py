"""ecta.facts.hints: the one scan of a sentence answers every registered list exactly as substring tests would."""

from __future__ import annotations

import random

import ecta.facts  # noqa: F401 - registers every rule's hint words
from ecta.facts import hints
from ecta.facts.guard import any_in


def _texts() -> list[str]:
    words = sorted(hints._registry)
    rng = random.Random(7)
    texts = [
        "we now expect the range to narrow, ex fuel, from the prior outlook of about 4%.",
        "the tariff on imported widgets rose; industry surveys put the household count near 12 million.",
        "a couple of points of margin came from the half-point price step we took in the third quarter.",
        "",
        "nothing here at all",
    ]
    for _ in range(400):  # words that overlap or hold each other: the cases a non-overlapping scan would miss
        a, b = rng.choice(words), rng.choice(words)
        k = rng.randrange(0, min(len(a), len(b)))
        glue = a + b[k:] if a.endswith(b[:k]) else a + b
        texts.append(rng.choice(["", "so ", "the "]) + glue + rng.choice(["", " and more", "."]))
    return texts


def test_every_list_is_held_exactly_when_one_of_its_words_occurs():
    lists = [w for w in hints._lists if w.keys is w.words]  # those tested on a lower-cased text
    assert len(lists) > 20  # the kind cues, the non-figure tests, the gates of the facts rules
    for text in _texts():
        hints.scan(text)
        for w in lists:
            assert hints.holds(text, w) == any_in(text, w.words), (text, w.words)


def test_a_list_tested_on_the_text_as_written_keeps_its_capitals():
    cased = [w for w in hints._lists if w.keys is not w.words]
    assert cased
    rng = random.Random(11)
    for text in _texts():
        for written in (text, text.upper(), text.title(), "".join(c.upper() if rng.random() < 0.3 else c for c in text)):
            hints.scan(written.lower(), written)
            for w in cased:
                assert hints.in_text(written, w) == any_in(written, w.words), (written, w.words)
                # a slice holds a word only where the whole text may
                assert hints.may_be_in(written, w) or not any_in(written[3:30].lower(), w.keys)


def test_a_text_not_scanned_is_tested_word_by_word():
    w = hints._lists[0]
    hints.scan("something else entirely")
    text = " ".join(w.words)
    assert hints.holds(text, w) is True
    assert hints.holds("zzz", w) is any_in("zzz", w.words)
