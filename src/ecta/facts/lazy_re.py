"""The `re` module as the facts modules use it: `ecta.lazy_re`, whose `compile` leaves the work to first use.

Compiling the rules is most of ecta's start-up, and one call reads only the patterns of the figures and wordings it
has. A module opts in with `from . import lazy_re as re`; everything else is the standard module's.
"""

from __future__ import annotations

from ..lazy_re import *  # noqa: F403 - compile, the module-level functions and the standard module's names
