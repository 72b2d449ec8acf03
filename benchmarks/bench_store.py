"""How big does the findings database get? A year of nightly runs, with and without rollup.

Simulates what the daemon writes: every night one run over N sites (50 pages each), plus the
hourly homepage probes (24 a day), then ``Store.rollup`` as the daemon applies it after each
night. The same data goes into a second database that is never rolled up. Prints the database
sizes and row counts of both, for the README's sizing notes.

    .venv/bin/python benchmarks/bench_store.py                # 100 sites, SQLite in a temp folder
    .venv/bin/python benchmarks/bench_store.py 20 --days 90   # smaller
    .venv/bin/python benchmarks/bench_store.py --pg postgresql+psycopg://postgres@127.0.0.1/postgres
"""

from __future__ import annotations

import argparse
import random
import secrets
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from robot.snapshots import NetError, PageSnapshot  # noqa: E402
from robot.store import Store  # noqa: E402
from robot.store.models import Base  # noqa: E402

START = datetime(2024, 1, 1, tzinfo=UTC)


def site_id(n: int) -> str:
    return f"county-{n:03d}"


def homepage(n: int) -> str:
    return f"http://www.county{n:03d}.gov.cn/"


def night_pages(rng: random.Random, n: int, pages: int, at: datetime) -> list[PageSnapshot]:
    home = homepage(n)
    out = []
    for p in range(pages):
        url = home if p == 0 else f"{home}col/col{1000 + p}/index.html"
        failed = rng.random() < 0.01
        status = None if failed else (404 if rng.random() < 0.01 else 200)
        resp = None if failed else int(rng.lognormvariate(5.3, 0.6))
        out.append(PageSnapshot(
            site=site_id(n), requested_url=url, final_url=url, status=status,
            error=NetError.TIMEOUT if failed else None, response_ms=resp,
            load_ms=None if failed else (resp or 0) + int(rng.lognormvariate(6.2, 0.5)),
            bytes=rng.randint(8_000, 120_000), fetched_at=at + timedelta(seconds=3 * p)))
    return out


def probe(rng: random.Random, n: int, at: datetime) -> PageSnapshot:
    failed = rng.random() < 0.02
    resp = None if failed else int(rng.lognormvariate(5.0, 0.5))
    return PageSnapshot(site=site_id(n), requested_url=homepage(n), final_url=homepage(n),
                        status=None if failed else 200, error=NetError.TIMEOUT if failed else None,
                        response_ms=resp, load_ms=None, bytes=0 if failed else 35_000, fetched_at=at)


def autovacuum_off(store: Store) -> bool:
    if store.engine.dialect.name != "postgresql":
        return False  # SQLite reuses freed pages by itself
    with store.engine.connect() as c:
        return str(c.exec_driver_sql("SHOW autovacuum").scalar()) == "off"


def vacuum_tables(store: Store) -> None:
    """What PostgreSQL's autovacuum would do: make the space of deleted rows reusable."""
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.exec_driver_sql("VACUUM page_measurements, page_stats_hourly, page_stats_daily")


def fill(store: Store, sites: int, pages: int, days: int, probes: int, rollup: bool, seed: int,
         raw_days: int, hourly_days: int) -> dict[str, float]:
    rng = random.Random(seed)
    vacuum = autovacuum_off(store)
    if vacuum and rollup:
        print("  autovacuum is off on this server: VACUUM after each rollup instead", file=sys.stderr)
    for n in range(sites):
        store.upsert_site(site_id(n), f"第{n}县人民政府网", homepage(n), f"第{n}县人民政府办公室")
    ids = [site_id(n) for n in range(sites)]
    t_write = t_roll = 0.0
    for day in range(days):
        midnight = START + timedelta(days=day)
        t0 = time.perf_counter()
        if probes:  # the daemon's homepage probes; written per site and day to keep the bench quick
            run = store.start_run(midnight.date(), ids, ["site.unreachable"])
            for n in range(sites):
                store.record_pages(run, site_id(n), [probe(rng, n, midnight + timedelta(hours=24 * h / probes))
                                                     for h in range(probes)])
            store.finish_run(run, complete=True)
        run = store.start_run(midnight.date(), ids, [])  # 日监测 at 02:00
        for n in range(sites):
            store.record_pages(run, site_id(n), night_pages(rng, n, pages, midnight + timedelta(hours=2)))
        store.finish_run(run, complete=True)
        t1 = time.perf_counter()
        if rollup:
            store.rollup(midnight + timedelta(hours=4), raw_days=raw_days, hourly_days=hourly_days)
            if vacuum:
                vacuum_tables(store)
        t_roll += time.perf_counter() - t1
        t_write += t1 - t0
        if (day + 1) % 30 == 0:
            print(f"  … day {day + 1}/{days}", file=sys.stderr, flush=True)
    return {"write_s": t_write, "rollup_s": t_roll}


def row_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as c:
        return {t.name: int(c.scalar(select(func.count()).select_from(t)) or 0) for t in Base.metadata.sorted_tables}


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


@contextmanager
def database(pg_admin: str | None, folder: Path, name: str) -> Iterator[str]:
    if pg_admin is None:
        yield f"sqlite:///{folder / (name + '.db')}"
        return
    admin_url = make_url(pg_admin)
    db = f"zwgk_bench_{name}_{secrets.token_hex(3)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{db}"'))
    try:
        yield admin_url.set(database=db).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        admin.dispose()


def mib(n: int | None) -> str:
    return "-" if n is None else f"{n / 2**20:,.1f} MiB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sites", nargs="?", type=int, default=100, help="number of sites (default 100)")
    ap.add_argument("--pages", type=int, default=50, help="pages per site and night (default 50)")
    ap.add_argument("--days", type=int, default=365, help="nights to simulate (default 365)")
    ap.add_argument("--probes", type=int, default=24, help="homepage probes per site and day (default 24)")
    ap.add_argument("--raw-days", type=int, default=30, help="rollup: raw rows kept (default 30)")
    ap.add_argument("--hourly-days", type=int, default=180, help="rollup: hourly buckets kept (default 180)")
    ap.add_argument("--pg", metavar="ADMIN_URL", help="use PostgreSQL: temporary databases via this URL")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    total = args.sites * args.days * (args.pages + args.probes)
    print(f"{args.sites} sites × {args.pages} pages + {args.probes} probes a day × {args.days} days "
          f"= {total:,} measurements; {'PostgreSQL' if args.pg else 'SQLite'}; "
          f"rollup keeps raw {args.raw_days} days, hourly {args.hourly_days} days")
    results = {}
    with tempfile.TemporaryDirectory(prefix="zwgk-bench-") as tmp:
        for label, rollup in (("with rollup", True), ("without rollup", False)):
            with database(args.pg, Path(tmp), label.replace(" ", "_")) as url:
                print(f"{label} …", file=sys.stderr, flush=True)
                store = Store(url)
                try:
                    times = fill(store, args.sites, args.pages, args.days, args.probes, rollup, args.seed,
                                 args.raw_days, args.hourly_days)
                    results[label] = (row_counts(store), db_size(store), times)
                finally:
                    store.close()
    tables = ["page_measurements", "page_stats_hourly", "page_stats_daily", "runs", "run_journal"]
    print(f"\n{'':24}" + "".join(f"{label:>18}" for label in results))
    for t in tables:
        print(f"{t:24}" + "".join(f"{r[0][t]:>18,}" for r in results.values()))
    print(f"{'database size':24}" + "".join(f"{mib(r[1][0]):>18}" for r in results.values()))
    if not args.pg:
        print(f"{'  of which in use':24}" + "".join(f"{mib(r[1][1]):>18}" for r in results.values()))
    print(f"{'write time':24}" + "".join(f"{r[2]['write_s']:>17.1f}s" for r in results.values()))
    print(f"{'rollup time (total)':24}" + "".join(f"{r[2]['rollup_s']:>17.1f}s" for r in results.values()))
    per_night = results["with rollup"][2]["rollup_s"] / max(args.days, 1)
    print(f"\nrollup per night: {per_night * 1000:.0f} ms")


if __name__ == "__main__":
    main()
