"""Distributed runs: a Celery app whose task inspects one site of a run, and the coordinator that
splits a run into one task per site and gathers the results into the same :class:`RunResult`
as a local run. A big site is split further: its site task is the site's coordinator and sends
batches of its frontier to other workers (``zwgk.inspect_pages``, see :class:`CeleryBatches`).

Broker and result backend are the same Redis (``--broker`` or ``ZWGK_BROKER``). A task carries
the config (as YAML text), the run id, the run's ``--db`` and ``--evidence`` (a worker's own
``--db`` / ``--evidence`` are used only for a task that carries none), the date and the checks.

Safety of a task that runs twice or is cut short:

* ``acks_late`` + ``task_reject_on_worker_lost`` + prefetch 1: a task's message is acknowledged
  only when the task is done, and a worker child that dies gives its task back.
* A worker that dies whole (``kill -9``, a lost machine) holds its message until Redis's
  visibility timeout; the coordinator does not wait for that: every running task keeps a
  heartbeat key in Redis (``zwgk:hb:<task id>``, refreshed every few seconds, expiring after
  ``ZWGK_HEARTBEAT_TTL_S``), and a task whose heartbeat stops before its result arrives is sent
  again (at most ``MAX_ATTEMPTS`` times).
* Sending again is safe: findings are upserted by fingerprint, so a repeated site never
  duplicates them, and the site's journal of the run lets the repeated task resume where the lost
  one stopped. A late duplicate of a task whose coordinator is gone or has moved on does nothing
  (the task checks the run's dispatch token in Redis first).

Batches of pages (``defaults.batch_pages``, default 200; 0 never splits a site): while a site
task's frontier holds at least two batches' worth of unvisited pages, it sends the first of them
(in the crawl's order, columns excepted) as one ``zwgk.inspect_pages`` task, one batch waiting for
a worker at a time. That task gathers exactly those pages as the crawl would (the HTTP path with
the crawl's template facts, else rendered) and writes each into the site's journal of the run, the
same journal resume reads (masked; the personal data found is kept masked beside the text, so the
privacy rules report what they would have). The site task loads the batch's pages from the
journal when it is done, as if it had visited them, and follows their links; the rules then run
over the whole site as in a local run.

* Same acks, heartbeats (``zwgk:hb:<task id>``, watched by the site task) and dispatch token as a
  site task; a batch whose worker is lost is sent again (at most ``MAX_ATTEMPTS`` times) and the
  new try skips the pages its predecessors journalled. Journal rows are keyed by URL, and the site
  task takes each URL once, so a batch gathered twice duplicates nothing.
* Each try of a batch has a claim key in Redis: the task that starts takes it first, or the site
  task does when it has nothing else to do and no worker has started the batch (all busy, perhaps
  with this very site: one worker of concurrency 1 still finishes the run). The loser does nothing;
  a batch taken back is visited by the site task itself, after what its tries journalled.

Per-host politeness across workers: :class:`RedisHostLimiter` gives at most
``per_host_concurrency`` slots per host (``host:port``) to all workers together, for browser
visits and link-pool requests alike. A slot is a member of a Redis sorted set scored by the
Redis server's clock; a slot of a worker that died frees itself after ``ZWGK_HOST_SLOT_TTL_S``
(default 60 s); a task cancelled while it acquires or releases a slot leaves none held (the slot
taken in Redis whose answer the task never saw is given back, see :class:`_Attempt`). Only workers
install it; a local run uses its in-process limits alone. If Redis
cannot be asked, the limiter lets requests through (the in-process limits still hold) and says so
once in the log.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from celery import Celery
from celery.exceptions import TimeoutError as CeleryTimeout

from robot.api import Progress, RunResult
from robot.config import Config, parse_config
from robot.waits import pause

log = logging.getLogger(__name__)

DEFAULT_BROKER = "redis://127.0.0.1:6379/0"
MAX_ATTEMPTS = 3  # a site whose task is lost this often is reported as an error (exit 3)
RUN_TOKEN_TTL_S = 120  # the coordinator refreshes it every poll; a gone coordinator's tasks do nothing
VISIBILITY_TIMEOUT_S = 12 * 3600  # longer than any site's crawl: Redis never hands a running task out twice


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, "") or default)
    except ValueError:
        return default


def heartbeat_ttl() -> float:
    return max(2.0, _env_float("ZWGK_HEARTBEAT_TTL_S", 30.0))


def slot_ttl() -> float:
    return max(1.0, _env_float("ZWGK_HOST_SLOT_TTL_S", 60.0))


def _hb_key(task_id: str) -> str:
    return f"zwgk:hb:{task_id}"


def _wait_for_one(results: Any, deadline_s: float) -> None:
    """Until one of the tasks finishes (its result arrives), at most ``deadline_s``: the coordinator
    then looks at results and heartbeats again."""
    first = next(iter(results), None)
    if first is None:
        return
    with contextlib.suppress(CeleryTimeout):
        first.get(timeout=deadline_s, propagate=False, disable_sync_subtasks=False)


def _run_key(run_id: int, db_url: str | None) -> str:
    """The run's dispatch token key. Run ids are per database, and one Redis may serve teams (or
    test runs) with databases of their own: the key names the database too, so run 1 of one
    database never answers for run 1 of another."""
    db = hashlib.sha1((db_url or "").encode("utf-8")).hexdigest()[:12]
    return f"zwgk:run:{db}:{run_id}:dispatch"


# --- the Celery app ------------------------------------------------------------------------------

app = Celery("zwgk")
# worker-wide fallbacks for a task that carries no --db / --evidence (set by `zwgk-robot worker`)
WORKER_DEFAULTS: dict[str, str | None] = {"db": None, "evidence": None}


def configure(broker: str | None = None) -> Celery:
    """Point the app at ``broker`` (else ``ZWGK_BROKER``, else local Redis DB 0); results in the same Redis."""
    url = broker or os.environ.get("ZWGK_BROKER") or DEFAULT_BROKER
    app.conf.update(
        broker_url=url,
        result_backend=url,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_track_started=True,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_expires=7 * 86400,
        broker_connection_retry_on_startup=True,
        broker_transport_options={"visibility_timeout": VISIBILITY_TIMEOUT_S},
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    return app


configure()


def redis_client(url: str) -> Any:
    import redis

    return redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=3, decode_responses=True)


class BrokerError(RuntimeError):
    """The broker cannot be reached or is not Redis: exit status 2."""


def check_broker(url: str) -> Any:
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise BrokerError(f"--broker {url!r}: use a Redis URL, e.g. redis://127.0.0.1:6379/0")
    client = redis_client(url)
    try:
        client.ping()
    except Exception as exc:
        raise BrokerError(f"cannot reach the broker {url}: {type(exc).__name__}: {exc} "
                          "(start Redis, e.g. `redis-server --daemonize yes`, or tools/ensure-services.sh)") from None
    return client


# --- per-host limiter across workers -------------------------------------------------------------

_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local ttl = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - ttl)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('EXPIRE', KEYS[1], math.ceil(ttl) + 1)
  return 1
end
return 0
"""


class _Attempt:
    """One acquire in flight, shared by the thread that asks Redis and the task that waits for it.

    The script takes the slot in Redis at once; its answer comes back later. A task cancelled in
    between has abandoned the attempt, and whichever side comes second (the thread with the answer,
    or the task giving up) gives the slot back, under the lock, so it is given back exactly once."""

    __slots__ = ("lock", "done", "got", "abandoned")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.done = self.got = self.abandoned = False


class RedisHostLimiter:
    """At most ``limit`` requests at once per host over all workers (a semaphore in Redis whose
    slots expire, so a dead holder frees its slots).

    Cancellation-safe: a task cancelled while it acquires (the slot taken in Redis, the answer not
    yet back) or while it releases leaves no slot held; without this the slot stayed taken until
    its TTL (60 s), one of a host's two slots gone for a minute."""

    def __init__(self, url: str, *, ttl_s: float | None = None, poll_s: float = 0.05) -> None:
        self.client = redis_client(url)
        self.ttl_s = ttl_s if ttl_s is not None else slot_ttl()
        self.poll_s = poll_s
        self._script = self.client.register_script(_ACQUIRE)
        self._broken = False

    def _try(self, key: str, limit: int, token: str) -> bool:
        return bool(self._script(keys=[key], args=[self.ttl_s, limit, token]))

    def _release(self, key: str, token: str) -> None:
        with contextlib.suppress(Exception):  # at worst the slot expires after its TTL
            self.client.zrem(key, token)

    def _attempt(self, key: str, limit: int, token: str, attempt: _Attempt) -> bool:
        """In a thread: one try; gives the slot straight back if the task has gone meanwhile."""
        try:
            got = self._try(key, limit, token)
        except BaseException:
            got = True  # unknown whether the script ran: treat the token as taken, so it is released
            raise
        finally:
            with attempt.lock:
                attempt.done, attempt.got = True, got
                give_back = attempt.abandoned and got
            if give_back:
                self._release(key, token)
        return got

    async def _acquire_once(self, key: str, limit: int, token: str) -> bool:
        attempt = _Attempt()
        try:
            return await asyncio.to_thread(self._attempt, key, limit, token, attempt)
        except BaseException:
            # cancelled (or Redis failed) with the answer unseen: the thread releases the slot when
            # its answer comes, or, if it came already, this does
            with attempt.lock:
                attempt.abandoned = True
                give_back = attempt.done and attempt.got
            if give_back:
                threading.Thread(target=self._release, args=(key, token), name="zwgk-slot-release").start()
            raise

    async def _release_shielded(self, key: str, token: str) -> None:
        """Give the slot back even if the task is cancelled (again) while it does: the release is
        handed to the executor at once and the cancellation does not reach it."""
        release = asyncio.get_running_loop().run_in_executor(None, self._release, key, token)
        await asyncio.shield(release)

    @contextlib.asynccontextmanager
    async def slot(self, host: str, limit: int) -> AsyncIterator[None]:
        if self._broken or not host:
            yield
            return
        key, token = f"zwgk:host:{host}", uuid.uuid4().hex
        held = False
        try:
            delay = self.poll_s
            while not (held := await self._acquire_once(key, limit, token)):
                await pause(delay, reason="the host's shared slots are taken by other workers")
                delay = min(delay * 1.5, 0.5)
        except Exception as exc:  # politeness must not stop a run: the in-process limits still hold
            self._broken = True
            log.warning("per-host limiter off (Redis: %s: %s)", type(exc).__name__, exc)
        try:
            yield
        finally:
            if held:
                await self._release_shielded(key, token)


# --- the task ------------------------------------------------------------------------------------


class _Heartbeat:
    """Refreshes ``zwgk:hb:<task id>`` with the task's progress until stopped; the key then expires
    by itself (never deleted: the result is stored after the task returns, and the coordinator must
    not mistake that moment for a lost task)."""

    def __init__(self, client: Any, task_id: str, info: dict[str, Any]) -> None:
        self.client, self.key, self.info = client, _hb_key(task_id), info
        self.ttl = heartbeat_ttl()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="zwgk-heartbeat", daemon=True)

    def beat(self) -> None:
        with contextlib.suppress(Exception):
            self.client.set(self.key, json.dumps(self.info, ensure_ascii=False), ex=max(1, int(self.ttl)))

    def _loop(self) -> None:
        while not self._stop.wait(self.ttl / 3):
            self.beat()

    def __enter__(self) -> _Heartbeat:
        self.beat()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.beat()  # the last progress, then let it expire


@app.task(name="zwgk.inspect_site", bind=True, acks_late=True, reject_on_worker_lost=True)
def inspect_site(self: Any, config_yaml_text: str, source: str, site_id: str, run_id: int, db_url: str | None,
                 evidence_dir: str | None, as_of: str, checks: list[str], max_pages: int | None,
                 dispatch: str | None = None) -> dict[str, Any]:
    """One site of run ``run_id``, exactly as a local run does it (:func:`robot._inspect.inspect_one_site`)."""
    from robot._inspect import inspect_one_site
    from robot.gather.linkcheck import set_shared_limiter
    from robot.store import Store

    broker = str(app.conf.broker_url)
    client = redis_client(broker)
    if dispatch is not None and client.get(_run_key(run_id, db_url)) != dispatch:
        log.warning("run %s: site %s: the run's coordinator is gone or has moved on; nothing done", run_id, site_id)
        return {"site": site_id, "skipped": True}
    db = db_url or WORKER_DEFAULTS["db"] or "sqlite:///zwgk.db"
    evidence = Path(evidence_dir or WORKER_DEFAULTS["evidence"] or "evidence")
    if WORKER_DEFAULTS["db"] and db_url and db_url != WORKER_DEFAULTS["db"]:
        log.warning("run %s uses --db %s, not this worker's %s: using the run's", run_id, db_url, WORKER_DEFAULTS["db"])
    cfg = parse_config(config_yaml_text, source)
    info: dict[str, Any] = {"worker": self.request.hostname or socket.gethostname(), "pid": os.getpid(),
                            "run": run_id, "site": site_id, "pages": 0, "queued": 0, "started": False}
    heartbeat = _Heartbeat(client, self.request.id, info)

    def progress(event: str, data: dict[str, Any]) -> None:
        if event == "page":
            info["pages"], info["queued"] = data.get("done", 0), data.get("queued", 0)
        elif event == "site_start":  # the journal is read: say at once how much is resumed
            info["resumed_pages"], info["started"] = data.get("resumed_pages", 0), True
            heartbeat.beat()

    set_shared_limiter(RedisHostLimiter(broker))
    store = Store(db)
    batches = None
    if cfg.defaults.batch_pages > 0:  # a big site's frontier is shared with the other workers
        batches = CeleryBatches(
            size=cfg.defaults.batch_pages, client=client, store=store, site_id=site_id, run_id=run_id, db_url=db_url,
            me=str(info["worker"]),
            send_args={"config": config_yaml_text, "source": source, "db_url": db_url, "as_of": as_of,
                       "checks": list(checks), "dispatch": dispatch})
    try:
        with heartbeat:
            out = inspect_one_site(cfg, site_id, store, run_id, as_of=date.fromisoformat(as_of), checks=list(checks),
                                   max_pages=max_pages, evidence_dir=evidence, progress=progress, batches=batches)
        if batches is not None and (batches.by_worker or batches.taken_back):
            out["batches"] = batches.summary()
        return out
    finally:
        set_shared_limiter(None)
        store.close()


@app.task(name="zwgk.inspect_pages", bind=True, acks_late=True, reject_on_worker_lost=True)
def inspect_pages(self: Any, config_yaml_text: str, source: str, site_id: str, run_id: int, db_url: str | None,
                  as_of: str, checks: list[str], jobs: list[list[Any]], templates: dict[str, Any], claim: str,
                  dispatch: str | None = None) -> dict[str, Any]:
    """One batch of a site's pages for the site's task (its coordinator) on another worker:
    :func:`robot._inspect.gather_pages`, after taking the batch's claim key."""
    from robot._inspect import gather_pages
    from robot.gather.linkcheck import set_shared_limiter
    from robot.store import Store

    broker = str(app.conf.broker_url)
    client = redis_client(broker)
    if dispatch is not None and client.get(_run_key(run_id, db_url)) != dispatch:
        log.warning("run %s: %s: a batch whose run's coordinator is gone or has moved on; nothing done",
                    run_id, site_id)
        return {"skipped": True, "why": "the run is over"}
    me = str(self.request.id)
    if not client.set(claim, me, nx=True, ex=VISIBILITY_TIMEOUT_S) and client.get(claim) != me:
        return {"skipped": True, "why": "taken back by the site's own task"}
    worker = self.request.hostname or socket.gethostname()
    db = db_url or WORKER_DEFAULTS["db"] or "sqlite:///zwgk.db"
    cfg = parse_config(config_yaml_text, source)
    info: dict[str, Any] = {"worker": worker, "pid": os.getpid(), "run": run_id, "site": site_id, "batch": claim,
                            "size": len(jobs), "pages": 0, "started": True}

    heartbeat = _Heartbeat(client, me, info)

    def progress(event: str, data: dict[str, Any]) -> None:
        if event == "page":  # a batch is short: its progress is told page by page
            info["pages"] = data.get("done", 0)
            heartbeat.beat()

    set_shared_limiter(RedisHostLimiter(broker))
    store = Store(db)
    try:
        with heartbeat:
            out = gather_pages(cfg, site_id, store, run_id, as_of=date.fromisoformat(as_of), checks=list(checks),
                               jobs=[(str(u), int(d), str(v)) for u, d, v in jobs], templates=templates,
                               progress=progress)
        log.info("run %s: %s: batch of %d pages done (%d visited, %d journalled by an earlier try)", run_id,
                 site_id, len(jobs), out["visited"], out["resumed"])
        return {**out, "worker": worker}
    finally:
        set_shared_limiter(None)
        store.close()


class _Batch:
    __slots__ = ("id", "jobs", "templates", "attempt", "task_id", "sent_at", "owned_at", "alive", "worker")

    def __init__(self, bid: str, jobs: list[tuple[str, int, str]], templates: dict[str, Any]) -> None:
        self.id, self.jobs, self.templates = bid, jobs, templates
        self.attempt, self.task_id, self.sent_at = 0, "", 0.0
        self.owned_at: float | None = None  # when its task was first seen holding the claim
        self.alive, self.worker = False, ""


class CeleryBatches:
    """A site task's :class:`robot.gather.crawler.PageBatches`: each batch a ``zwgk.inspect_pages``
    task, watched by its claim key, heartbeat and result (see the module's docstring)."""

    def __init__(self, *, size: int, client: Any, store: Any, send_args: dict[str, Any], site_id: str,
                 run_id: int, db_url: str | None, me: str, grace_s: float = 1.0) -> None:
        self.size, self.unstarted = size, 0
        self.client, self.store, self.send_args = client, store, send_args
        self.site_id, self.run_id, self.me, self.grace_s = site_id, run_id, me, grace_s
        db = hashlib.sha1((db_url or "").encode("utf-8")).hexdigest()[:12]
        self.prefix = f"zwgk:batch:{db}:{run_id}:{site_id}:{uuid.uuid4().hex[:8]}"
        self.batches: dict[str, _Batch] = {}
        self.by_worker: dict[str, list[int]] = {}  # worker → [batches, pages]
        self.taken_back = self.taken_back_pages = self.resent = 0

    def _claim(self, b: _Batch) -> str:
        return f"{self.prefix}:{b.id}:{b.attempt}"

    def _send(self, b: _Batch) -> None:
        b.attempt += 1
        b.task_id, b.sent_at, b.owned_at, b.alive, b.worker = uuid.uuid4().hex, time.monotonic(), None, False, ""
        a = self.send_args
        inspect_pages.apply_async(
            args=[a["config"], a["source"], self.site_id, self.run_id, a["db_url"], a["as_of"], a["checks"],
                  [list(j) for j in b.jobs], b.templates, self._claim(b)],
            kwargs={"dispatch": a["dispatch"]}, task_id=b.task_id)

    def send(self, batch_id: str, jobs: list[tuple[str, int, str]], templates: dict[str, Any]) -> None:
        b = self.batches[batch_id] = _Batch(batch_id, jobs, templates)
        self._send(b)
        self.unstarted += 1
        log.info("%s: batch %s of %d pages sent", self.site_id, batch_id, len(jobs))

    def _pages(self, b: _Batch) -> list[Any]:
        from robot.snapshots import page_from_dict

        wanted = {u for u, _d, _v in b.jobs}
        rows = self.store.journal_load_keys(self.run_id, self.site_id, "page", [u for u, _d, _v in b.jobs])
        return [p for p in map(page_from_dict, rows) if p.requested_url in wanted]

    def _back(self, b: _Batch, why: str) -> Any:
        from robot.gather.crawler import BatchOutcome

        pages = self._pages(b)
        self.taken_back += 1
        self.taken_back_pages += len(b.jobs) - len(pages)
        log.info("%s: batch %s taken back by the site's own task (%s): %d of its %d pages journalled already",
                 self.site_id, b.id, why, len(pages), len(b.jobs))
        del self.batches[b.id]
        return BatchOutcome(pages=pages, back=True)

    def _again(self, b: _Batch, why: str) -> dict[str, Any]:
        if b.attempt >= MAX_ATTEMPTS:
            return {b.id: self._back(b, f"{why}, {b.attempt} times")}
        self.resent += 1
        self._send(b)
        log.warning("%s: batch %s: %s; sent again (attempt %d), it skips the pages journalled so far",
                    self.site_id, b.id, why, b.attempt)
        return {}

    def poll(self, batch_ids: list[str], idle: bool) -> dict[str, Any]:
        from robot.gather.crawler import BatchOutcome

        out: dict[str, Any] = {}
        unstarted, took_back = 0, False
        now = time.monotonic()
        for bid in batch_ids:
            b = self.batches.get(bid)
            if b is None:
                continue
            res = app.AsyncResult(b.task_id)
            if res.ready():
                r = res.result if res.successful() else None
                if isinstance(r, dict) and not r.get("skipped"):
                    pages = self._pages(b)
                    worker = str(r.get("worker") or b.worker or "?")
                    tally = self.by_worker.setdefault(worker, [0, 0])
                    tally[0] += 1
                    tally[1] += len(pages)
                    log.info("%s: batch %s done by %s: %d pages", self.site_id, bid, worker, len(pages))
                    del self.batches[bid]
                    out[bid] = BatchOutcome(pages=pages, templates=dict(r.get("templates") or {}))
                else:
                    problem = r.get("why") if isinstance(r, dict) else f"{type(res.result).__name__}: {res.result}"
                    out.update(self._again(b, f"its task failed ({problem})"))
                continue
            owner = self.client.get(self._claim(b))
            if owner is None:  # no worker has started it
                if idle and not took_back and now - b.sent_at >= self.grace_s and \
                        self.client.set(self._claim(b), "site-task", nx=True, ex=VISIBILITY_TIMEOUT_S):
                    took_back = True
                    out[bid] = self._back(b, "no other worker was free")
                else:
                    unstarted += 1
                continue
            if owner != b.task_id:  # taken back earlier and not yet handed over: cannot happen, be safe
                out[bid] = self._back(b, "claimed by the site's task")
                continue
            beat = self.client.get(_hb_key(b.task_id))
            if beat:
                if not b.alive:
                    b.alive = True
                    b.worker = str(json.loads(beat).get("worker") or "")
                    log.info("%s: batch %s taken by %s", self.site_id, bid, b.worker)
                continue
            b.owned_at = b.owned_at if b.owned_at is not None else now
            if b.alive or now - b.owned_at > heartbeat_ttl():
                out.update(self._again(b, f"its worker {b.worker or '?'} stopped answering"))
                if bid in self.batches:
                    unstarted += 1
        self.unstarted = unstarted
        return out

    def abandon(self, batch_ids: list[str]) -> None:
        for bid in batch_ids:
            b = self.batches.pop(bid, None)
            if b is not None:
                self.client.set(self._claim(b), "site-task", nx=True, ex=VISIBILITY_TIMEOUT_S)

    def summary(self) -> dict[str, Any]:
        return {"size": self.size, "coordinator": self.me,
                "by_worker": {w: {"batches": n, "pages": p} for w, (n, p) in sorted(self.by_worker.items())},
                "taken_back": self.taken_back, "taken_back_pages": self.taken_back_pages, "resent": self.resent}


def run_worker(broker: str, *, db: str | None, evidence: str | None, concurrency: int = 1,
               name: str | None = None, loglevel: str = "INFO") -> None:
    """Start a Celery worker (prefork: each task runs in a child process with its own event loop
    and Chromium; the main process keeps answering control pings, e.g. compose's healthcheck)."""
    import robot._inspect  # noqa: F401  loaded once before the pool forks: a task starts without imports

    configure(broker)
    WORKER_DEFAULTS.update(db=db, evidence=str(Path(evidence).resolve()) if evidence else None)
    argv = ["worker", f"--loglevel={loglevel}", "--pool=prefork", f"--concurrency={max(1, concurrency)}",
            "--without-gossip", "--without-mingle"]
    if name:
        argv.append(f"--hostname={name}")
    app.worker_main(argv)


# --- the coordinator -----------------------------------------------------------------------------


def describe_batches(site_id: str, pages: int, b: dict[str, Any]) -> str:
    """One line on how a big site's pages were split, e.g. ``xinfeng: 2,000 pages; batches of 200:
    w2@host 4 batch(es), 800 pages; w3@host 3 batch(es), 600 pages; the site's task on w1@host the
    rest (1 batch taken back)``."""
    done = sum(int(w["pages"]) for w in b["by_worker"].values())
    parts = [f"{name} {w['batches']} batch(es), {w['pages']} pages" for name, w in b["by_worker"].items()]
    own = f"the site's task on {b['coordinator']} {pages - done} pages"
    if b["taken_back"]:
        own += f" ({b['taken_back']} batch(es) taken back)"
    text = f"{site_id}: {pages} pages; batches of {b['size']}: " + "; ".join([*parts, own])
    if b["resent"]:
        text += f"; {b['resent']} batch(es) sent again after their worker was lost"
    return text


def config_text(config: Config) -> str:
    """The config as YAML a worker parses back into the same :class:`Config` (lexicon paths are
    absolute already, so they must be readable where the workers run: a shared volume)."""
    return yaml.safe_dump(config.model_dump(mode="json"), allow_unicode=True, sort_keys=False)


def _absolute_db(url: str) -> str:
    """A relative SQLite path means the same file for the workers (started elsewhere) as here."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != prefix + ":memory:":
        return prefix + str(Path(url[len(prefix):]).resolve())
    return url


def run_distributed(
    config: Config, *, broker: str, db_url: str, evidence_dir: Path, as_of: date | None, sites: list[str] | None,
    checks: list[str] | None, max_pages: int | None, progress: Progress | None, poll_s: float = 0.5,
) -> RunResult:
    """One run split into one task per site for the workers; the same result as :func:`robot.api.inspect`."""
    from robot._inspect import begin_run, end_run, normalise_checks, today_shanghai, validate_selection
    from robot.evidence import write_manifest
    from robot.store import Store

    as_of = as_of or today_shanghai()
    chosen = validate_selection(config, sites, checks)
    checks = normalise_checks(checks)
    client = check_broker(broker)
    configure(broker)
    db_url = _absolute_db(db_url)
    evidence_dir = Path(evidence_dir).resolve()
    say = (lambda text: progress("message", {"text": text})) if progress else (lambda text: None)
    text = config_text(config)
    store = Store(db_url)
    try:
        result = begin_run(store, chosen, as_of, checks, evidence_dir, progress)
        run_id, token = result.run_id, uuid.uuid4().hex
        client.set(_run_key(run_id, db_url), token, ex=RUN_TOKEN_TTL_S)

        def send(site_id: str) -> Any:
            return inspect_site.apply_async(
                args=[text, config.source or "<config>", site_id, run_id, db_url, str(evidence_dir), as_of.isoformat(),
                      checks, max_pages], kwargs={"dispatch": token})

        pending = {s.id: send(s.id) for s in chosen}
        attempts = {s.id: 1 for s in chosen}
        alive: dict[str, bool] = {}  # a heartbeat of the current task was seen
        announced: set[str] = set()  # task ids whose worker was named
        shown: dict[str, tuple[int, int]] = {}
        started: set[str] = set()
        outcomes: dict[str, dict[str, Any]] = {}
        names = {s.id: s for s in chosen}
        say(f"run {run_id}: {len(pending)} site task(s) sent to {broker}")
        if not app.control.ping(timeout=1.0):
            say("no worker answers yet: the tasks wait in the queue until one starts (zwgk-robot worker --broker URL)")
        interrupted = False
        previous = signal.getsignal(signal.SIGTERM) if threading.current_thread() is threading.main_thread() else None

        def on_term(*_: object) -> None:
            raise KeyboardInterrupt

        if previous is not None:
            signal.signal(signal.SIGTERM, on_term)
        try:
            while pending:
                client.set(_run_key(run_id, db_url), token, ex=RUN_TOKEN_TTL_S)
                for site_id, res in list(pending.items()):
                    if res.ready():
                        del pending[site_id]
                        if res.successful() and isinstance(res.result, dict) and not res.result.get("skipped"):
                            outcomes[site_id] = res.result
                            r = res.result
                            if progress:
                                if site_id not in started:
                                    progress("site_start", {"site": site_id, "name": names[site_id].name,
                                                            "url": names[site_id].url, "resumed_pages": 0})
                                progress("site_done", {"site": site_id, "pages": len(r["pages"]),
                                                       "findings": len(r["findings"]), "complete": r["complete"]})
                            if r.get("batches"):
                                say(describe_batches(site_id, len(r["pages"]), r["batches"]))
                        else:
                            problem = res.result if not res.successful() else "the task did nothing"
                            outcomes[site_id] = {"site": site_id, "pages": [], "channels": [], "findings": [],
                                                 "errors": [f"{site_id}: worker: {type(problem).__name__}: {problem}"],
                                                 "complete": False}
                            say(f"{site_id}: the worker's task failed: {problem}")
                        continue
                    beat = client.get(_hb_key(res.id))
                    if beat:
                        alive[site_id] = True
                        hb = json.loads(beat)
                        if site_id not in started and progress:
                            started.add(site_id)
                            progress("site_start", {"site": site_id, "name": names[site_id].name,
                                                    "url": names[site_id].url,
                                                    "resumed_pages": hb.get("resumed_pages", 0)})
                        if res.id not in announced and hb.get("started"):
                            announced.add(res.id)
                            resumed = int(hb.get("resumed_pages") or 0)
                            say(f"{site_id}: taken by {hb.get('worker')} (pid {hb.get('pid')})"
                                + (f", resuming from {resumed} journalled page(s)" if resumed else ""))
                        now = (int(hb.get("pages", 0)), int(hb.get("queued", 0)))
                        if progress and now != shown.get(site_id) and now[0]:
                            shown[site_id] = now
                            progress("page", {"site": site_id, "done": now[0], "queued": now[1]})
                    elif alive.get(site_id) and not res.ready():
                        alive[site_id] = False
                        if attempts[site_id] >= MAX_ATTEMPTS:
                            del pending[site_id]
                            outcomes[site_id] = {"site": site_id, "pages": [], "channels": [], "findings": [],
                                                 "errors": [f"{site_id}: lost with its worker {MAX_ATTEMPTS} times"],
                                                 "complete": False}
                            say(f"{site_id}: lost with its worker {MAX_ATTEMPTS} times; giving up on it")
                            continue
                        attempts[site_id] += 1
                        pending[site_id] = send(site_id)
                        say(f"{site_id}: its worker stopped answering; sent again (attempt {attempts[site_id]}), "
                            "it resumes from the site's journal")
                if pending:
                    _wait_for_one(pending.values(), poll_s)
        except KeyboardInterrupt:
            interrupted = True
            client.delete(_run_key(run_id, db_url))  # tasks not started yet do nothing
            with contextlib.suppress(Exception):
                app.control.revoke([r.id for r in pending.values()])
            say("stopping: the tasks under way finish on their workers and save what they find")
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        for s in chosen:  # the sites in the config's order, as a local run lists them
            part = outcomes.get(s.id)
            if part is None:
                result.site_complete[s.id] = False
                continue
            result.pages.extend(part["pages"])
            result.channels.extend(part["channels"])
            result.findings.extend(part["findings"])
            result.errors.extend(part.get("errors", []))
            result.site_complete[s.id] = bool(part["complete"])
        if not interrupted:
            client.delete(_run_key(run_id, db_url))
        if result.run_dir.exists():
            write_manifest(result.run_dir, run_id)
        return end_run(store, result, interrupted=interrupted)
    finally:
        store.close()
