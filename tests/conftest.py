"""Shared test helpers: where the shared corpora are, and the golden-file switch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
# CI clones the repository next to a copy of shared/; so does every developer checkout.
SHARED = REPO.parent / "shared"
# a sentence the fact rules fail on raises here instead of being skipped with a warning (ecta.facts)
os.environ.setdefault("ECTA_STRICT", "1")



def load_script(relpath: str):
    """A script of bench/ or scripts/ imported by path (neither is a package), once per session."""
    import importlib.util
    import sys

    name = Path(relpath).stem
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / relpath)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while the class is built
        spec.loader.exec_module(module)
    return sys.modules[name]

def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that material is not on this machine."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available")
    return p


def shared_files(*parts: str, pattern: str = "*") -> list[Path]:
    """Files under ../shared/<parts> (side folders starting with _ excluded); [] when absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        return []
    return sorted(f for f in p.glob(pattern) if f.is_file() and not f.name.startswith((".", "_")))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="Rewrite expected files under tests/data from current output (review the diff!).",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
