"""How a cost grows with its input, measured in CPU time for tests that guard linearity.

Shared machines run other work beside the suite, so one slow call can double a ratio. The
small and large calls alternate, and each keeps its fastest of several rounds: a burst of
load then slows both sides, or neither.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

ROUNDS = 5


def _cpu_seconds(run: Callable[[], object]) -> float:
    """CPU time of one call, without the garbage collector (whose full passes over every
    live object grow with the heap, not with the work under test)."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        run()
        return time.process_time() - started
    finally:
        gc.enable()


def growth(small: Callable[[], object], large: Callable[[], object]) -> float:
    """How many times longer ``large`` takes than ``small``, each at its fastest."""
    fastest_small = fastest_large = float("inf")
    for _ in range(ROUNDS):
        fastest_small = min(fastest_small, _cpu_seconds(small))
        fastest_large = min(fastest_large, _cpu_seconds(large))
    return fastest_large / max(fastest_small, 1e-4)
