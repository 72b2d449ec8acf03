"""The per-host limiter shared by the workers (`RedisHostLimiter`, robot/worker.py), against a real
Redis (DB 15, as tests/test_distributed.py; keys are per test, nothing is flushed).

A task cancelled while it acquires a slot must not leave the slot held. The acquire is one round
trip: the script takes the slot in Redis at once, and its answer comes back later; a cancellation
that arrives in between, when nobody has the token yet, used to leave the slot held until it
expired (60 s by default), so a host limited to two pages at a time had one for a minute. The
first test puts Redis "a few milliseconds away" (a proxy that delays its answers) so that window
is wide, and cancels tasks at random moments inside it many times.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest

from robot.worker import RedisHostLimiter

REDIS_URL = os.environ.get("ZWGK_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
LATENCY_S = 0.03  # the answer's way back from a Redis a few hops away
TTL_S = 60.0  # the default: a leaked slot would outlive the test by far


@pytest.fixture
def redis_direct() -> Iterator[object]:
    try:
        import redis
    except ImportError:
        pytest.fail("the redis client is missing: .venv/bin/pip install -e '.[dev,worker]'", pytrace=False)
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=5, decode_responses=True)
    try:
        client.ping()
    except Exception as e:
        pytest.fail(f"Redis is not reachable at {REDIS_URL} ({type(e).__name__}: {e}); start it with "
                    "tools/ensure-services.sh, or set ZWGK_TEST_REDIS_URL", pytrace=False)
    yield client
    client.close()


class SlowProxy:
    """A TCP proxy to Redis that holds every answer back for ``latency`` seconds."""

    def __init__(self, host: str, port: int, latency: float) -> None:
        self.target, self.latency = (host, port), latency
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self._socks: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self._socks += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, 0.0), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, self.latency), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket, delay: float) -> None:
        try:
            while data := src.recv(65536):
                if delay:
                    time.sleep(delay)
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self.server.close()
        for s in self._socks:
            s.close()


@pytest.fixture
def slow_redis_url(redis_direct: object) -> Iterator[str]:
    parts = urlsplit(REDIS_URL)
    proxy = SlowProxy(parts.hostname or "127.0.0.1", parts.port or 6379, LATENCY_S)
    netloc = (parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else "") + f"127.0.0.1:{proxy.port}"
    try:
        yield urlunsplit(parts._replace(netloc=netloc))
    finally:
        proxy.close()


async def _settled(client: object, key: str, deadline_s: float = 5.0) -> int:
    """The slots still held once any release under way has landed (or the deadline passed)."""
    end = time.monotonic() + deadline_s
    while (held := client.zcard(key)) and time.monotonic() < end:  # type: ignore[attr-defined]
        await asyncio.sleep(0.05)
    return int(held)


async def _cancel_mid_acquire(limiter: RedisHostLimiter, host: str, limit: int, rounds: int, tasks: int,
                              window_s: float, inside: list[int]) -> dict[str, int]:
    """``rounds`` times: ``tasks`` tasks ask for a slot of ``host`` at once and are cancelled at random
    moments within ``window_s``; counts how many were cancelled before and after they held a slot."""
    rng = random.Random(6)
    seen = {"cancelled_waiting": 0, "cancelled_holding": 0, "cancelled_releasing": 0, "finished": 0}

    async def use() -> None:
        state = "cancelled_waiting"
        try:
            async with limiter.slot(host, limit):
                state = "cancelled_holding"
                inside[0] += 1
                inside[1] = max(inside[1], inside[0])
                try:
                    await asyncio.sleep(rng.uniform(0, window_s))
                finally:
                    inside[0] -= 1
                state = "cancelled_releasing"
            state = "finished"
        finally:
            seen[state] += 1

    for _ in range(rounds):
        running = [asyncio.create_task(use()) for _ in range(tasks)]
        for t in running:
            asyncio.get_running_loop().call_later(rng.uniform(0, window_s), t.cancel)
        await asyncio.gather(*running, return_exceptions=True)
    return seen


async def test_a_task_cancelled_while_acquiring_leaves_no_slot_held(redis_direct: object,
                                                                    slow_redis_url: str) -> None:
    limiter = RedisHostLimiter(slow_redis_url, ttl_s=TTL_S, poll_s=0.01)
    host = f"cancel-{uuid.uuid4().hex[:8]}.example:80"
    key = f"zwgk:host:{host}"
    inside = [0, 0]
    try:
        seen = await _cancel_mid_acquire(limiter, host, 2, rounds=40, tasks=3, window_s=4 * LATENCY_S,
                                         inside=inside)
        # the cancellations did land inside the acquire, often
        assert seen["cancelled_waiting"] >= 20, seen
        assert inside[1] <= 2
        left = await _settled(redis_direct, key)
        assert left == 0, (f"{left} slot(s) of {host} still held after every task ended "
                           f"(cancelled while acquiring: they stay until the {TTL_S:.0f} s TTL): {seen}")
        # and the host's two slots are both free at once for the next task
        async with limiter.slot(host, 2), limiter.slot(host, 2):
            assert redis_direct.zcard(key) == 2  # type: ignore[attr-defined]
        assert await _settled(redis_direct, key) == 0
    finally:
        redis_direct.delete(key)  # type: ignore[attr-defined]
        limiter.client.close()


async def test_cancellations_at_random_never_exceed_the_limit_nor_leak(redis_direct: object) -> None:
    """Loopback Redis, one slot per host, tasks cancelled anywhere (waiting, acquiring, holding,
    releasing): never two inside at once, and nothing held at the end."""
    limiter = RedisHostLimiter(REDIS_URL, ttl_s=TTL_S, poll_s=0.002)
    host = f"random-{uuid.uuid4().hex[:8]}.example:80"
    key = f"zwgk:host:{host}"
    inside = [0, 0]
    try:
        seen = await _cancel_mid_acquire(limiter, host, 1, rounds=60, tasks=4, window_s=0.01, inside=inside)
        assert inside[1] == 1, f"{inside[1]} tasks held the host's one slot at once"
        assert seen["finished"] + seen["cancelled_holding"] > 0, seen
        assert await _settled(redis_direct, key) == 0, seen
    finally:
        redis_direct.delete(key)  # type: ignore[attr-defined]
        limiter.client.close()
