"""Start-up: `import ecta` loads nothing until a name is asked for, so that `ecta.cli` can pause the garbage collector
before pydantic and the model load; the collector is back as it was once a command has run."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _run(code: str, *args: str) -> str:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT,
                          env=ENV).stdout


def test_importing_the_package_loads_no_model_and_every_public_name_resolves():
    out = _run("import sys, ecta\n"
               "print('pydantic' in sys.modules, 'ecta.model' in sys.modules)\n"
               "print(all(getattr(ecta, n) is not None for n in ecta.__all__), ecta.model.Fact.__name__)")
    assert out.split() == ["False", "False", "True", "Fact"]


def test_a_direct_command_leaves_the_collector_as_it_found_it():
    code = ("import gc, io, sys, contextlib\n"
            "from ecta.cli import main\n"
            "print(gc.isenabled())\n"
            "sys.argv = ['ecta', 'analyze', sys.argv[1], '--json']\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main()\n"
            "print(gc.isenabled(), gc.get_freeze_count() > 0)")
    assert _run(code, str(ROOT / "examples" / "northwind-q1-2025.md")).split() == ["True", "True", "True"]


def test_with_plugins_disabled_a_direct_command_skips_the_entry_point_search_and_pydantic_still_loads_plugins_else():
    code = ("import io, os, sys, contextlib\n"
            "from ecta.cli import main\n"
            "sys.argv = ['ecta', 'analyze', sys.argv[1], '--json']\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main()\n"
            "print('importlib.metadata' in sys.modules)\n"
            "os.environ['PYDANTIC_DISABLE_PLUGINS'] = ''\n"
            "from pydantic import BaseModel\n"
            "class Later(BaseModel):\n"
            "    n: int\n"
            "import pydantic.plugin._loader as loader\n"
            "print('importlib.metadata' in sys.modules, hasattr(loader, 'PYDANTIC_ENTRY_POINT_GROUP'))")
    env = {k: v for k, v in ENV.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "examples" / "northwind-q1-2025.md")],
                         capture_output=True, text=True, check=True, cwd=ROOT, env=env).stdout
    assert out.split() == ["False", "True", "True"]
