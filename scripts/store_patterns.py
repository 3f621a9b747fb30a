"""Write src/ecta/patterns.marshal: the compiled form of ecta's own regular expressions (see ecta.stored_re).

Run it after changing rules (a pattern the store lacks is compiled as usual, only more slowly):

    python scripts/store_patterns.py

Stored are the patterns the modules define (those of `lazy_re` and those the report and summary modules compile
when imported, and the analyses `ecta.facts.guard` makes of them) (every `lazy_re` pattern alive once all of ecta is imported) and the
patterns written inline in the source that the bundled examples and the tests' own transcripts reach. Patterns
built from a transcript's words (segment or speaker names) are never stored: an inline pattern is kept only when
its source stands in ecta's code as written.
"""

from __future__ import annotations

import gc
import importlib
import marshal
import os
import pkgutil
import sys
from pathlib import Path

if __name__ == "__main__" and os.environ.get("PYTHONHASHSEED") != "0":
    # The analyses hold frozensets of words, stored in hash order, and string hashes change with every process: with a
    # fixed seed the same rules write the same bytes, so branches that do not change rules do not conflict on the store.
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import ecta  # noqa: E402
from ecta import lazy_re, stored_re  # noqa: E402
from ecta.errors import EctaError  # noqa: E402


def _modules() -> None:
    for info in pkgutil.walk_packages(ecta.__path__, "ecta."):
        importlib.import_module(info.name)


def _defined() -> set[tuple[int, str]]:
    from ecta.facts.guard import OnLowered

    for obj in gc.get_objects():
        if isinstance(obj, OnLowered):
            obj._pick("a")  # makes its lower-case copy, which it otherwise makes on first use
    keys = set()
    for obj in gc.get_objects():
        if isinstance(obj, lazy_re.Deferred):
            try:
                pattern = obj.pattern
                obj.search  # noqa: B018 - compiles it, and checks that it compiles
            except Exception:  # noqa: BLE001 - a pattern that compiles only through its fallback is not stored
                continue
            if type(pattern) is str:
                keys.add((int(obj.flags), pattern))
    return keys


def _spying(seen: set[tuple[int, str]]):
    """A stand-in for `stored_re.compile` that notes each pattern it is asked for."""
    real = stored_re.compile

    def spy(pattern, flags=0):
        if type(pattern) is str and isinstance(flags, int):
            seen.add((int(flags), pattern))
        return real(pattern, flags)

    return spy


def _inline(samples: list[Path]) -> set[tuple[int, str]]:
    seen: set[tuple[int, str]] = set()
    real, stored_re.compile = stored_re.compile, _spying(seen)
    try:
        from ecta.report import analyze

        for path in samples:
            try:
                analyze(ecta.parse(path))
            except EctaError:
                continue
    finally:
        stored_re.compile = real
    code = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "src" / "ecta").rglob("*.py"))
    return {(f, p) for f, p in seen if p in code}


def _recording(derived: dict):
    """A stand-in for `stored_re.derived` that computes afresh and keeps what it computed."""

    def spy(key, compute):
        value = compute()
        if value is not None:
            derived[key] = frozenset(value) if isinstance(value, set) else value
        return value

    return spy


def main() -> int:
    derived: dict = {}
    real, stored_re.derived = stored_re.derived, _recording(derived)
    imported: set[tuple[int, str]] = set()
    real_compile, stored_re.compile = stored_re.compile, _spying(imported)
    try:  # only while the modules define their rules: analyses of patterns made from a transcript's words stay out
        _modules()
        lazy = _defined()  # the patterns `lazy_re` compiles: the ones read through an ASCII twin
        keys = lazy | imported
    finally:
        stored_re.derived, stored_re.compile = real, real_compile
    samples = sorted(f for f in (REPO / "examples").iterdir() if f.is_file() and f.name != "README.md")
    samples += sorted(f for f in (REPO / "tests" / "data").rglob("*") if f.is_file() and f.suffix in (".txt", ".md", ".json", ".html", ".jsonl"))
    inline = _inline(samples)
    keys |= inline
    lazy |= inline
    patterns = {}
    for flags, pattern in sorted(keys, key=lambda k: (k[1], k[0])):
        try:
            patterns[flags, pattern] = stored_re.entry(pattern, flags)
        except Exception:  # noqa: BLE001 - whatever re.compile refuses is left to it
            continue
        twin = stored_re.ascii_entry(pattern, flags) if (flags, pattern) in lazy else None  # (see stored_re.twin)
        if twin is not None:
            patterns[flags | stored_re.TWIN, pattern] = twin
    out = REPO / "src" / "ecta" / stored_re._FILE
    data = {"engine": stored_re.engine(), "patterns": patterns, "derived": derived}
    out.write_bytes(marshal.dumps(data))
    print(f"{len(patterns)} patterns, {len(derived)} analyses, {out.stat().st_size // 1024} KB -> {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
