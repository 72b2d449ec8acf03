"""How big does the findings database get? A year of the daemon's nightly runs, with and without
the retention it applies; and which indexes the bulletin's and the re-check's queries use.

Simulates what ``zwgk-robot daemon`` writes for N sites, through the real ``Store`` code:

* every night, per site, one 日监测 run (the daemon runs one inspection per site): ``start_run``,
  the page journal (``journal_add_many``, cleared when the run completes), ``record_pages``
  (50 pages), ``record_letters`` (the message board's latest letters), ``record_findings`` with
  evidence paths (a few standing findings, slow pages and unanswered letters that come and go,
  rectified by the next complete check), ``record_seen_items`` (new dated items), ``finish_run``;
* the hourly homepage probes (24 a day) into ``availability_probes`` — the rows
  ``probes.record_probe`` writes, inserted a night at a time to keep the bench quick;
* optionally the weekly sweep (``--sweep-pages``, twice a week, more pages per site);
* the retention the daemon applies, in the "with rollup" database only: ``Store.rollup`` (raw
  measurements older than 30 days → hourly buckets, hourly older than 180 days → daily; the
  inspection calls it after every run, here once after each night) and ``probes.prune_probes``
  (probes older than 90 days, after the daily summary).

The same data goes into a second database that keeps everything. Prints database sizes (also
after the ``--checkpoints`` nights: 30, 90, 180, 365), rows per table and timings. ``--explain``
then runs the bulletin (``build_bulletin``), the pytest plugin's finding queries, the re-check's
seen items and the daemon's housekeeping on the "with rollup" database and prints the query plan
of every statement they send.

**Sample and extrapolate.** After ``--full-nights`` nights (7) of all the sites, a run that would
take longer than ``--budget-min`` (20 minutes) stops there and fills instead ``--sample-sites``
sites (30) over every night, in both databases, and scales the sample up. Sites, not nights, are
sampled: no row belongs to two sites, so rows and bytes per table grow with the number of sites,
while the retention windows make them anything but proportional to the nights. What the database
holds besides its tables (PostgreSQL's catalogs, SQLite's free pages) is not scaled. The output
says what was measured and what extrapolated, and compares the scaled sample with all the sites
measured over the first nights. ``--json FILE`` keeps every figure (written after each database).

    .venv/bin/python benchmarks/bench_store.py                       # 100 sites, SQLite in a temp folder
    .venv/bin/python benchmarks/bench_store.py --sites 1000 --nights 365   # sampled: 30 sites × 365, scaled
    .venv/bin/python benchmarks/bench_store.py 20 --days 90 --explain
    .venv/bin/python benchmarks/bench_store.py --pg postgresql+psycopg://zwgk:zwgk@127.0.0.1/zwgk_test
    .venv/bin/python benchmarks/bench_store.py 1000 --only "with rollup" --keep /tmp/zwgk-1000.db
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, func, insert, select, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from robot.findings import Finding, Severity  # noqa: E402
from robot.snapshots import Message, NetError, PageSnapshot  # noqa: E402
from robot.store import Store  # noqa: E402
from robot.store import probes as probe_store  # noqa: E402
from robot.store.letters import record_letters  # noqa: E402
from robot.store.migrate import metadata  # noqa: E402

START = datetime(2024, 1, 1, tzinfo=UTC)
DAILY_CHECKS = ["site", "homepage", "column", "page", "interaction", "application", "guide"]  # robot.daemon
PROBE_KEEP = timedelta(days=90)  # robot.daemon.PROBE_KEEP
BOARD_SHOWS = 20  # letters on a message board's first page
ITEMS_SHOWN = 120  # dated items on the homepage and column lists


def site_id(n: int) -> str:
    return f"county-{n:04d}"


def homepage(n: int) -> str:
    return f"http://www.county{n:04d}.gov.cn/"


def page_url(n: int, p: int) -> str:
    return homepage(n) if p == 0 else f"{homepage(n)}col/col{1000 + p}/index.html"


@dataclass
class SiteState:
    """What one simulated site shows, night after night."""

    n: int
    letters: list[dict[str, Any]] = field(default_factory=list)  # newest last
    items: list[tuple[str, date]] = field(default_factory=list)  # dated list items, newest last
    next_letter: int = 0
    next_item: int = 0


def night_pages(rng: random.Random, n: int, pages: int, at: datetime) -> list[PageSnapshot]:
    out = []
    for p in range(pages):
        url = page_url(n, p)
        failed = rng.random() < 0.01
        status = None if failed else (404 if rng.random() < 0.01 else 200)
        resp = None if failed else int(rng.lognormvariate(5.3, 0.6))
        out.append(PageSnapshot(
            site=site_id(n), requested_url=url, final_url=url, status=status,
            error=NetError.TIMEOUT if failed else None, response_ms=resp,
            load_ms=None if failed else (resp or 0) + int(rng.lognormvariate(6.2, 0.5)),
            bytes=rng.randint(8_000, 120_000), fetched_at=at + timedelta(seconds=3 * p)))
    return out


def journal_entry(page: PageSnapshot, text_chars: int) -> dict[str, Any]:
    """A page as the run journal keeps it (robot.snapshots.to_jsonable of the snapshot), with
    ``text_chars`` of visible text and a few dozen links."""
    return {
        "site": page.site, "requested_url": page.requested_url, "final_url": page.final_url,
        "status": page.status, "error": page.error.value if page.error else None,
        "response_ms": page.response_ms, "load_ms": page.load_ms, "bytes": page.bytes,
        "fetched_at": page.fetched_at.isoformat() if page.fetched_at else None,
        "title": "工作动态", "text": ("县政府召开常务会议研究部署重点工作。" * (text_chars // 17 + 1))[:text_chars],
        "links": [{"url": f"{page.requested_url}art_{i}.html", "text": f"关于做好第{i}项工作的通知",
                   "visible": True} for i in range(40)],
    }


def night_letters(rng: random.Random, st: SiteState, day: date) -> list[Message]:
    """A new letter about every other day; replies after 1-12 working days, some never."""
    if rng.random() < 0.5:
        st.next_letter += 1
        delay = rng.choice([1, 2, 3, 3, 4, 5, 5, 6, 8, 12, None])
        st.letters.append({"url": f"{homepage(st.n)}hdjl/lyb/{st.next_letter}.html",
                           "title": f"关于小区停车问题的咨询（{st.next_letter}）", "submitted": day, "delay": delay})
    out = []
    for x in st.letters[-BOARD_SHOWS:]:
        age = (day - x["submitted"]).days * 5 // 7  # working days, near enough
        replied = x["delay"] is not None and age >= x["delay"]
        out.append(Message(url=x["url"], title=x["title"], submitted=x["submitted"],
                           replied=x["submitted"] + timedelta(days=x["delay"] * 7 // 5) if replied else None,
                           workdays_to_reply=x["delay"] if replied else age))
    return out


def night_items(rng: random.Random, st: SiteState, day: date) -> dict[str, date | None]:
    """About three new dated items a day (信息发布); the lists show the newest ones."""
    for _ in range(rng.choice([0, 1, 2, 3, 4, 5, 6])):
        st.next_item += 1
        st.items.append((f"{homepage(st.n)}art/{day:%Y/%m%d}/art_{st.next_item}.html", day))
    return {u: d for u, d in st.items[-ITEMS_SHOWN:]}


def night_findings(rng: random.Random, st: SiteState, pages: list[PageSnapshot],
                   letters: list[Message]) -> list[Finding]:
    """Standing findings (a column overdue, the identity block), slow pages (come and go) and
    unanswered letters (until answered)."""
    sid, home = site_id(st.n), homepage(st.n)
    out = [
        Finding("site.identity_missing", Severity.LOW, sid, home, "首页缺少网站标识码", target="网站标识码"),
        Finding("column.overdue", Severity.HIGH, sid, f"{home}col/col1003/index.html",
                "栏目超过6个月未更新", target="通知公告", measured={"days": 200}),
    ]
    if st.n % 3 == 0:
        out.append(Finding("guide.wrong_contact", Severity.HIGH, sid, f"{home}xxgk/xxgkzn/",
                           "信息公开指南的联系电话与配置不符", target="0797-7177965"))
    for p in pages:
        if p.load_ms is not None and p.load_ms > 2_500:
            out.append(Finding("site.slow", Severity.LOW, sid, p.requested_url, "页面加载超过3秒",
                               measured={"load_ms": p.load_ms}))
    for m in letters:
        if m.replied is None and (m.workdays_to_reply or 0) > 5:
            out.append(Finding("interaction.unreplied", Severity.HIGH, sid, m.url, "留言超过5个工作日未答复",
                               target=m.title, measured={"workdays": m.workdays_to_reply}))
    return out


def probe_rows(rng: random.Random, n: int, day: datetime, probes: int) -> list[dict[str, Any]]:
    """One day's homepage probes of site ``n``: the rows probes.record_probe would write."""
    rows = []
    for h in range(probes):
        failed = rng.random() < 0.02
        rows.append({"site": site_id(n), "at": day + timedelta(hours=24 * h / probes), "ok": not failed,
                     "status": None if failed else 200, "error": "timeout" if failed else None,
                     "response_ms": None if failed else int(rng.lognormvariate(5.0, 0.5))})
    return rows


def autovacuum_off(store: Store) -> bool:
    if store.engine.dialect.name != "postgresql":
        return False  # SQLite reuses freed pages by itself
    with store.engine.connect() as c:
        return str(c.exec_driver_sql("SHOW autovacuum").scalar()) == "off"


def vacuum_tables(store: Store) -> None:
    """What PostgreSQL's autovacuum would do: make the space of deleted and updated rows reusable
    (rolled-up measurements, pruned probes, the cleared journal, findings rewritten every night)."""
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.exec_driver_sql("VACUUM")


class OverBudget(Exception):
    """The full run would take longer than ``--budget-min``: measured so far, stopped."""

    def __init__(self, nights: int, per_night_s: float) -> None:
        super().__init__(nights, per_night_s)
        self.nights, self.per_night_s = nights, per_night_s


def fill(store: Store, args: argparse.Namespace, rollup: bool, *, sites: int | None = None,
         checkpoints: dict[int, dict[str, Any]] | None = None, budget_s: float | None = None,
         budget_after: int = 0, variants: int = 1) -> dict[str, float]:
    """Fill ``store`` with ``sites`` sites (default ``args.sites``) over ``args.days`` nights.

    ``checkpoints``: nights (1-based) whose snapshot (rows, bytes per table, database size) is
    wanted; filled in place. ``budget_s``: after ``budget_after`` nights, raise :class:`OverBudget`
    when ``args.days`` nights × ``variants`` would take longer."""
    rng = random.Random(args.seed)
    vacuum = autovacuum_off(store)
    if vacuum:
        print("  autovacuum is off on this server: VACUUM after each night instead", file=sys.stderr)
    states = [SiteState(n) for n in range(args.sites if sites is None else sites)]
    for st in states:
        store.upsert_site(site_id(st.n), f"第{st.n}县人民政府网", homepage(st.n), f"第{st.n}县人民政府办公室")
    probes_table = probe_store.ProbeRow.__table__
    t = {"write_s": 0.0, "rollup_s": 0.0}
    for day in range(args.days):
        midnight = START + timedelta(days=day)
        as_of = (midnight + timedelta(hours=8)).date()  # Beijing date of the night's run
        sweep = args.sweep_pages and midnight.weekday() in (0, 3)  # 周排查 mon and thu
        t0 = time.perf_counter()
        if args.probes:
            with store.engine.begin() as c:
                c.execute(insert(probes_table), [r for st in states for r in probe_rows(rng, st.n, midnight, args.probes)])
        for st in states:
            sid = site_id(st.n)
            pages = night_pages(rng, st.n, args.sweep_pages if sweep else args.pages, midnight + timedelta(hours=2))
            run = store.start_run(as_of, [sid], [] if sweep else DAILY_CHECKS)
            if args.journal_chars:
                store.journal_add_many(run, sid, "page", [(p.requested_url, journal_entry(p, args.journal_chars))
                                                          for p in pages])
            store.record_pages(run, sid, pages)
            letters = night_letters(rng, st, as_of)
            record_letters(store, sid, letters, as_of)
            found = night_findings(rng, st, pages, letters)
            evidence = {f.fingerprint: [f"evidence/run-{run}/{sid}/{i:04d}-{f.rule.replace('.', '-')}.png"]
                        for i, f in enumerate(found, 1)}
            store.record_findings(run, as_of, sid, found, evidence, scope_rules=None if sweep else DAILY_CHECKS,
                                  complete=True)
            store.record_seen_items(sid, night_items(rng, st, as_of), as_of, run)
            store.finish_run(run, complete=True)
        t1 = time.perf_counter()
        if rollup:
            now = midnight + timedelta(hours=4)
            store.rollup(now)  # raw_days=30, hourly_days=180: what end_run applies
            probe_store.prune_probes(store, now - PROBE_KEEP)
        if vacuum:
            vacuum_tables(store)
        t["rollup_s"] += time.perf_counter() - t1
        t["write_s"] += t1 - t0
        if (day + 1) % 10 == 0 or day + 1 == args.days:
            print(f"  … night {day + 1}/{args.days} ({t['write_s'] + t['rollup_s']:.0f} s)", file=sys.stderr, flush=True)
        if checkpoints is not None and day + 1 in checkpoints:
            checkpoints[day + 1] = snapshot(store, t)
        if budget_s is not None and day + 1 == budget_after < args.days:
            per_night = (t["write_s"] + t["rollup_s"]) / (day + 1)
            if per_night * args.days * variants > budget_s:
                raise OverBudget(day + 1, per_night)
    return t


def row_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as c:
        return {t.name: int(c.scalar(select(func.count()).select_from(t)) or 0) for t in metadata().sorted_tables}


def table_sizes(store: Store) -> dict[str, int]:
    """Bytes per table, its indexes included (SQLite: dbstat where the build has it)."""
    names = [t.name for t in metadata().sorted_tables]
    with store.engine.connect() as c:
        if store.engine.dialect.name == "postgresql":
            return {n: int(c.scalar(text("SELECT pg_total_relation_size(:t)"), {"t": n}) or 0) for n in names}
        try:
            rows = c.exec_driver_sql("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table','index')").all()
            owner = {name: tbl for name, tbl in rows}
            sizes: dict[str, int] = {}
            for name, size in c.exec_driver_sql("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
                tbl = owner.get(name, name)
                sizes[tbl] = sizes.get(tbl, 0) + int(size)
            return sizes
        except Exception:
            return {}


def snapshot(store: Store, times: dict[str, float] | None = None) -> dict[str, Any]:
    disk, in_use = db_size(store)
    return {"rows": row_counts(store), "bytes": table_sizes(store), "db_bytes": disk, "in_use_bytes": in_use,
            **({"seconds": times["write_s"] + times["rollup_s"]} if times else {})}


def db_size(store: Store) -> tuple[int, int | None]:
    """(bytes on disk, bytes in use) — SQLite keeps freed pages for reuse, so they differ."""
    with store.engine.connect() as c:
        if store.engine.dialect.name == "sqlite":
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            size = c.exec_driver_sql("PRAGMA page_size").scalar() or 0
            pages = c.exec_driver_sql("PRAGMA page_count").scalar() or 0
            free = c.exec_driver_sql("PRAGMA freelist_count").scalar() or 0
            return pages * size, (pages - free) * size
        return int(c.scalar(text("SELECT pg_database_size(current_database())")) or 0), None


# --- query plans ---------------------------------------------------------------------------------


@contextmanager
def captured(store: Store) -> Iterator[list[tuple[str, Any]]]:
    """Every single statement (not executemany) the store sends meanwhile, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def listen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, executemany: bool) -> None:
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "DELETE", "UPDATE")):
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", listen)


def plan(store: Store, statement: str, parameters: Any) -> list[str]:
    pg = store.engine.dialect.name == "postgresql"
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(("EXPLAIN " if pg else "EXPLAIN QUERY PLAN ") + statement, parameters)
        rows = cur.fetchall()
        raw.rollback()  # EXPLAIN of a DELETE changes nothing; leave no transaction open
        return [r[0] for r in rows] if pg else [str(r[-1]) for r in rows]
    finally:
        raw.close()


def explain(store: Store, args: argparse.Namespace) -> None:
    from robot.reports.bulletin import build_bulletin

    if store.engine.dialect.name == "postgresql":  # autovacuum's ANALYZE would have run by now
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.exec_driver_sql("ANALYZE")
    # SQLite: no ANALYZE, as the robot never runs it: the planner works without sqlite_stat1
    last = (START + timedelta(days=args.days - 1)).date()
    month = (last.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    sid = site_id(min(7, args.sites - 1))
    jobs: list[tuple[str, Any]] = [
        (f"bulletin {month} (build_bulletin, no config)", lambda: build_bulletin(store, None, month)),
        ("pytest --zwgk-rectify --zwgk-site: open + confirmed of a site",
         lambda: [store.findings(status=s, site=sid) for s in ("open", "confirmed")]),
        ("pytest --zwgk-rectify --zwgk-rule interaction: all sites",
         lambda: [store.findings(status=s, rule="interaction") for s in ("open", "confirmed")]),
        ("re-check: the site's seen items (recheck._seed)", lambda: store.seen_items(sid)),
        ("daemon: availability of the last 7 days (probe_counts)",
         lambda: probe_store.probe_counts(store, sid, START + timedelta(days=args.days - 7))),
        ("daemon: prune probes older than 90 days", lambda: probe_store.prune_probes(
            store, START + timedelta(days=args.days - 90))),
        ("inspection: record_findings of a complete run (rectifies what it no longer sees)",
         lambda: store.record_findings(store.start_run(last, [sid], DAILY_CHECKS), last, sid, [], {},
                                       scope_rules=DAILY_CHECKS, complete=True)),
    ]
    for title, job in jobs:
        with captured(store) as seen:
            t0 = time.perf_counter()
            job()
            took = time.perf_counter() - t0
        print(f"\n## {title}: {len(seen)} statements, {took * 1000:.0f} ms")
        shown: set[str] = set()
        for statement, parameters in seen:
            key = " ".join(statement.split())
            if key in shown:
                continue
            shown.add(key)
            print(f"  {key[:200]}{'…' if len(key) > 200 else ''}")
            for line in plan(store, statement, parameters):
                print(f"      {line}")


# --- main ------------------------------------------------------------------------------------------


@contextmanager
def database(pg_admin: str | None, folder: Path, name: str, keep: str | None) -> Iterator[str]:
    if pg_admin is None:
        yield f"sqlite:///{keep or folder / (name + '.db')}"
        return
    admin_url = make_url(pg_admin)
    db = keep or f"zwgk_bench_{name}_{secrets.token_hex(3)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{db}"'))
    try:
        yield admin_url.set(database=db).render_as_string(hide_password=False)
    finally:
        if keep is None:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        admin.dispose()


def mib(n: int | None) -> str:
    return "-" if n is None else f"{n / 2**20:,.1f} MiB"


def scaled(snap: dict[str, Any], k: float, sites: int, pg: bool,
           empty: dict[str, Any] | None = None) -> dict[str, Any]:
    """A sample's snapshot extrapolated to ``k`` times as many sites: every table's rows and bytes
    are per site (no row belongs to two sites), so they scale by ``k``; what the database holds
    besides the tables does not (PostgreSQL's catalogs, SQLite's free pages: the space of one
    run's cleared journal, reused by the next run whatever the number of sites), nor what a table
    and its indexes take when empty (``empty``: the snapshot of a new database), nor an empty table."""
    rows = {t: sites if t == "sites" else round(v * k) for t, v in snap["rows"].items()}
    base = (empty or {}).get("bytes", {})
    grows = {t: max(0, v - base.get(t, 0)) for t, v in snap["bytes"].items() if snap["rows"].get(t)}
    sizes = {t: v + round(grows[t] * (k - 1)) if t in grows else v for t, v in snap["bytes"].items()}
    extra = round(sum(grows.values()) * (k - 1))

    def grow(total: int | None) -> int | None:
        if total is None:
            return None
        return total + extra if snap["bytes"] else round(total * k)

    return {"rows": rows, "bytes": sizes, "db_bytes": grow(snap["db_bytes"]), "in_use_bytes": grow(snap["in_use_bytes"])}


def print_tables(results: dict[str, dict[str, Any]]) -> None:
    """Rows and MiB per table, one column per label."""
    tables = [t.name for t in metadata().sorted_tables]
    print(f"{'rows':24}" + "".join(f"{label:>18}" for label in results))
    for t in tables:
        print(f"{t:24}" + "".join(f"{r['rows'].get(t, 0):>18,}" for r in results.values()))
    if any(r["bytes"] for r in results.values()):
        print(f"\n{'MiB (table + indexes)':24}" + "".join(f"{label:>18}" for label in results))
        for t in tables:
            print(f"{t:24}" + "".join(f"{r['bytes'].get(t, 0) / 2**20:>18,.1f}" for r in results.values()))
        print(f"{'  sum of the tables':24}" + "".join(f"{sum(r['bytes'].values()) / 2**20:>18,.1f}"
                                                    for r in results.values()))
    print(f"\n{'database size':24}" + "".join(f"{mib(r['db_bytes']):>18}" for r in results.values()))
    if any(r["in_use_bytes"] is not None for r in results.values()):
        print(f"{'  of which in use':24}" + "".join(f"{mib(r['in_use_bytes']):>18}" for r in results.values()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sites", nargs="?", type=int, default=100, help="number of sites (default 100)")
    ap.add_argument("--sites", dest="sites_opt", type=int, metavar="N", help="the same as the positional")
    ap.add_argument("--pages", type=int, default=50, help="pages per site and night (default 50)")
    ap.add_argument("--days", "--nights", dest="days", type=int, default=365, help="nights to simulate (default 365)")
    ap.add_argument("--probes", type=int, default=24, help="homepage probes per site and day (default 24)")
    ap.add_argument("--sweep-pages", type=int, default=0,
                    help="pages of the weekly sweep (mon and thu instead of the nightly run; default 0: none)")
    ap.add_argument("--journal-chars", type=int, default=2000,
                    help="visible text per journalled page (default 2000; 0: no journal)")
    ap.add_argument("--only", choices=["with rollup", "without rollup"], help="fill one database only")
    ap.add_argument("--keep", metavar="FILE_OR_DB", help="keep the database (SQLite file / PostgreSQL name); "
                    "with --only; the full run is made whatever it takes")
    ap.add_argument("--explain", action="store_true", help="print the plans of the store's queries afterwards")
    ap.add_argument("--pg", metavar="ADMIN_URL", help="use PostgreSQL: temporary databases via this URL")
    ap.add_argument("--checkpoints", default="30,90,180,365",
                    help="nights after which sizes and rows are taken (default 30,90,180,365)")
    ap.add_argument("--budget-min", type=float, default=20.0,
                    help="when the full run would take longer (judged after --full-nights nights of all "
                         "the sites), measure a sample of sites over every night instead and extrapolate "
                         "(default 20)")
    ap.add_argument("--full-nights", type=int, default=7,
                    help="nights of all the sites measured before judging the budget (default 7)")
    ap.add_argument("--sample-sites", type=int, default=None,
                    help="sites of the sample when extrapolating (default 30); giving it extrapolates "
                         "whatever the budget")
    ap.add_argument("--json", metavar="FILE", help="write every figure as JSON")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.sites_opt is not None:
        args.sites = args.sites_opt
    if args.keep and not args.only:
        ap.error("--keep needs --only")
    if args.keep and args.sample_sites:
        ap.error("--keep keeps a full run's database: not with --sample-sites")
    pg = bool(args.pg)
    checkpoints = sorted({int(x) for x in args.checkpoints.split(",") if x.strip() and 0 < int(x) <= args.days}
                         | {args.days})
    print(f"{args.sites} sites × {args.days} nights: {args.pages} pages a night"
          f"{f', {args.sweep_pages} on mon/thu sweeps' if args.sweep_pages else ''}, {args.probes} probes a day; "
          f"{'PostgreSQL' if pg else 'SQLite'}; retention: raw 30 days, hourly 180 days, probes 90 days")
    variants = [(label, label == "with rollup") for label in ("with rollup", "without rollup")
                if args.only in (None, label)]
    budget_s = None if args.keep else (0.0 if args.sample_sites else args.budget_min * 60)
    full_nights = min(args.full_nights, args.days)
    results: dict[str, dict[str, Any]] = {}
    curves: dict[str, dict[int, dict[str, Any]]] = {}
    times: dict[str, dict[str, float]] = {}
    over: OverBudget | None = None
    full: dict[str, Any] = {}
    empty: dict[str, dict[str, Any]] = {}
    head: dict[str, Any] = {"sites": args.sites, "nights": args.days, "pages": args.pages, "probes": args.probes,
                            "sweep_pages": args.sweep_pages, "journal_chars": args.journal_chars,
                            "dialect": "postgresql" if pg else "sqlite"}

    def save_partial() -> None:  # what is measured so far, should the rest be stopped
        if args.json:
            Path(args.json).parent.mkdir(parents=True, exist_ok=True)
            Path(args.json).write_text(json.dumps(
                {**head, "mode": "partial", "load_average": os.getloadavg(), "curves": curves, "times": times,
                 "sample_sites": min(args.sample_sites or 30, args.sites) if over else None, "empty": empty,
                 "full_scale": {"nights": over.nights, "per_night_s": over.per_night_s, "snapshot": full}
                 if over else None}, indent=1, default=str), encoding="utf-8")

    def on_term(signum: int, _frame: object) -> None:  # so that the scratch databases are dropped
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    with tempfile.TemporaryDirectory(prefix="zwgk-bench-") as tmp:
        for label, rollup in variants:
            with database(args.pg, Path(tmp), label.replace(" ", "_"), args.keep) as url:
                print(f"{label}, {args.sites} sites …", file=sys.stderr, flush=True)
                store = Store(url)
                try:
                    cps: dict[int, dict[str, Any]] = dict.fromkeys(checkpoints, {})
                    try:
                        times[label] = fill(store, args, rollup, checkpoints=cps, budget_s=budget_s,
                                            budget_after=full_nights, variants=len(variants))
                    except OverBudget as e:
                        over, full = e, snapshot(store)
                        break
                    budget_s = None  # the first variant fitted: so does the second
                    curves[label] = {n: c for n, c in cps.items() if c}
                    results[label] = snapshot(store)
                    save_partial()
                    if args.explain and rollup:
                        explain(store, args)
                finally:
                    store.close()
        sample = min(args.sample_sites or 30, args.sites)
        if over is not None:
            print(f"{args.sites} sites: {over.per_night_s:.1f} s a night → {args.days} nights × {len(variants)} "
                  f"databases ≈ {over.per_night_s * args.days * len(variants) / 60:.0f} min, over the budget: "
                  f"{sample} sites over every night instead", file=sys.stderr, flush=True)
            for label, rollup in variants:
                with database(args.pg, Path(tmp), label.replace(" ", "_") + "_sample", None) as url:
                    print(f"{label}, sample of {sample} sites …", file=sys.stderr, flush=True)
                    store = Store(url)
                    try:
                        empty[label] = snapshot(store)  # the tables of a new database: not scaled
                        cps = dict.fromkeys(sorted(set(checkpoints) | {over.nights}), {})
                        times[label] = fill(store, args, rollup, sites=sample, checkpoints=cps)
                        curves[label] = cps
                        results[label] = snapshot(store)
                        save_partial()
                        if args.explain and rollup:
                            explain(store, args)
                    finally:
                        store.close()
    out: dict[str, Any] = {**head, "load_average": os.getloadavg()}
    if over is None:
        out.update(mode="measured", final=results, curves=curves, times=times)
        print(f"\n{'database size after':>20}" + "".join(f"{label:>18}" for label in curves))
        for n in checkpoints:
            print(f"{f'{n} nights':>20}" + "".join(f"{mib(cs[n]['db_bytes']):>18}" for cs in curves.values() if n in cs))
        print()
        print_tables(results)
        print(f"{'write time':24}" + "".join(f"{t['write_s']:>17.1f}s" for t in times.values()))
        print(f"{'retention time (total)':24}" + "".join(f"{t['rollup_s']:>17.1f}s" for t in times.values()))
        if "with rollup" in times:
            per_night = times["with rollup"]["rollup_s"] / max(args.days, 1)
            print(f"\nretention per night (rollup + prune): {per_night * 1000:.0f} ms")
    else:
        k = args.sites / sample
        ext = {label: {n: scaled(c, k, args.sites, pg, empty.get(label)) for n, c in cs.items()}
               for label, cs in curves.items()}
        check = ext[variants[0][0]][over.nights]
        err = check["db_bytes"] / full["db_bytes"] - 1 if full["db_bytes"] else 0.0
        out.update(mode="extrapolated", sample_sites=sample, factor=k, sample=curves, sample_times=times, empty=empty,
                   extrapolated={label: e for label, e in ext.items()},
                   full_scale={"nights": over.nights, "per_night_s": over.per_night_s, "snapshot": full,
                               "extrapolated_db_bytes": check["db_bytes"], "error": err})
        print(f"\nMEASURED: all {args.sites} sites over the first {over.nights} nights ({variants[0][0]}), "
              f"{over.per_night_s:.1f} s a night")
        print_tables({f"{args.sites}×{over.nights} measured": full,
                      f"{sample}×{over.nights} ×{k:.1f}": check})
        print(f"  the sample scaled up is {err:+.1%} off the measured database size")
        print(f"\nMEASURED: {sample} sites over every night; EXTRAPOLATED ×{k:.1f} to {args.sites} sites")
        print(f"{'nights':>8}" + "".join(f"{label + ' (sample)':>26}{label + f' ×{k:.1f}':>22}" for label in curves))
        for n in checkpoints:
            print(f"{n:>8}" + "".join(f"{mib(curves[label][n]['db_bytes']):>26}{mib(ext[label][n]['db_bytes']):>22}"
                                      for label in curves))
        print(f"\nEXTRAPOLATED to {args.sites} sites × {args.days} nights:")
        print_tables({label: ext[label][args.days] for label in ext})
        print(f"{'write time (sample)':24}" + "".join(f"{t['write_s']:>17.1f}s" for t in times.values()))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(out, indent=1, default=str), encoding="utf-8")
        print(f"\nwritten: {args.json}")


if __name__ == "__main__":
    main()
