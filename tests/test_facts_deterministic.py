"""The same call gives the same facts in every process: no choice may hang on the order of a set of strings, which
Python's hash seed changes from run to run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ecta.facts.extract import question_metric

REPO = Path(__file__).resolve().parents[1]
_DUMP = ("import ecta, sys; t = ecta.parse(sys.argv[1]); "
         "print('\\n'.join(f.model_dump_json() for f in ecta.extract_facts(t)))")


def _facts(path: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO / "src")}
    return subprocess.run([sys.executable, "-c", _DUMP, str(path)], env=env, capture_output=True, text=True,
                          check=True).stdout


def test_the_facts_do_not_depend_on_the_hash_seed() -> None:
    example = REPO / "examples" / "northwind-q4-2024.md"
    first = _facts(example, "1")
    assert first and all(_facts(example, seed) == first for seed in ("2", "3"))


def test_a_question_naming_one_metric_twice_gives_its_last_name() -> None:
    asked = "How fast are originations growing, and where do you see total loans ending the year?"
    assert question_metric(asked) == ("loans", "total loans")
    assert question_metric("Where do margins and total loans end the year?") is None
