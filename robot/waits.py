"""The one place the robot waits on the clock.

Everything else waits on conditions (Playwright's auto-waiting, load states, responses). Only a
server's ``Retry-After``, a re-probe's backoff and a per-host pace need a timed pause, and they
come here, with a reason, bounded by a deadline so no wait can run away.
"""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)

MAX_PAUSE_S = 60.0


async def pause(seconds: float, *, reason: str) -> None:
    """Wait ``seconds`` (capped at :data:`MAX_PAUSE_S`) because of ``reason``."""
    seconds = max(0.0, min(seconds, MAX_PAUSE_S))
    if seconds > 1:
        log.debug("waiting %.1f s: %s", seconds, reason)
    await asyncio.sleep(seconds)
