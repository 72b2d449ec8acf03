"""The store on SQLite and PostgreSQL: the same tests, the same results.

PostgreSQL: a fresh database ``zwgk_test_<random>`` is created through the ``postgres`` database
of ``ZWGK_TEST_PG`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``) and
dropped at the end. When PostgreSQL cannot be reached the PostgreSQL tests fail, never skip.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from robot.findings import Finding, Severity
from robot.snapshots import NetError, PageSnapshot
from robot.store import FindingRecord, Store, StoreError
from robot.store.models import (
    Base,
    JournalRow,
    PageMeasurementRow,
    PageStatsDailyRow,
    PageStatsHourlyRow,
    SiteRow,
)

# ZWGK_TEST_PG, else the URL `make test` prepares (tools/ensure-services.sh), else the local superuser
PG_ADMIN = os.environ.get("ZWGK_TEST_PG") or os.environ.get("ZWGK_TEST_PG_URL") or \
    "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
SITE = "xinfeng"
HOME = "http://www.xinfeng.gov.cn/"
D1, D2, D3 = date(2024, 4, 28), date(2024, 4, 29), date(2024, 4, 30)
CONTRACT_FINDING_KEYS = [
    "id", "rule", "severity", "site", "url", "target", "message", "measured", "evidence",
    "fingerprint", "status", "first_seen", "last_seen", "rectified_at",
]


# --- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    admin_url = make_url(PG_ADMIN)
    name = f"zwgk_test_{secrets.token_hex(4)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    problem = ""
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as e:
        problem = f"{type(e).__name__}: {str(getattr(e, 'orig', None) or e).strip().splitlines()[0]}"
    if problem:
        admin.dispose()
        pytest.fail(f"PostgreSQL is not reachable at {admin_url.render_as_string(hide_password=True)} "
                    f"({problem}); start it (pg_ctlcluster 15 main start) or set ZWGK_TEST_PG", pytrace=False)
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db' / 'zwgk.db'}"
        return
    url: str = request.getfixturevalue("pg_url")
    yield url
    engine = create_engine(url)
    try:
        with engine.begin() as c:  # a clean slate for the next test (DELETE: quicker than TRUNCATE here)
            for table in reversed(Base.metadata.sorted_tables):
                c.execute(table.delete())
    finally:
        engine.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    s.upsert_site(SITE, "信丰县人民政府网", HOME, "信丰县人民政府办公室")
    yield s
    s.close()


def finding(rule: str = "link.broken", url: str = HOME + "col/gzdt/", target: str | None = HOME + "a.pdf",
            message: str = "不可用链接：附件返回 404", severity: Severity = Severity.HIGH,
            site: str = SITE, **measured: Any) -> Finding:
    return Finding(rule=rule, severity=severity, site=site, url=url, message=message, target=target,
                   measured=measured or {"status": 404})


def record(store: Store, run: int, as_of: date, findings: list[Finding], *, scope: list[str] | None = None,
           complete: bool = True, evidence: dict[str, list[str]] | None = None,
           site: str = SITE) -> list[FindingRecord]:
    return store.record_findings(run, as_of, site, findings, evidence or {}, scope_rules=scope, complete=complete)


def count(store: Store, model: type[Any]) -> int:
    with store.engine.connect() as c:
        return int(c.scalar(select(func.count()).select_from(model)) or 0)


# --- opening -----------------------------------------------------------------------------------


def test_sqlite_file_folder_and_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with Store() as s:  # default: zwgk.db in the working folder
        assert s.start_run(D1, [SITE], []) == 1
    assert (tmp_path / "zwgk.db").exists()
    nested = tmp_path / "a" / "b" / "robot.db"
    s = Store.open(f"sqlite:///{nested}")
    with s.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert (c.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) > 0
    s.close()
    assert nested.exists()


def test_bad_urls_raise_store_error_with_password_masked() -> None:
    with pytest.raises(StoreError, match="unsupported database 'oracle'"):
        Store("oracle://scott:tiger@db.example/orcl")
    with pytest.raises(StoreError, match="bad database URL"):
        Store("not a url")
    with pytest.raises(StoreError) as e:
        Store("postgresql+psycopg://robot:s3cret-pw@127.0.0.1:1/zwgk")
    assert "cannot open database" in str(e.value)
    assert "127.0.0.1:1" in str(e.value) and "***" in str(e.value)
    assert "s3cret-pw" not in str(e.value)


def test_upsert_site_moves_updated_at_only_on_change(store: Store) -> None:
    def row() -> tuple[str, str | None, datetime]:
        with store.engine.connect() as c:
            r = c.execute(select(SiteRow.name, SiteRow.owner, SiteRow.updated_at).where(SiteRow.id == SITE)).one()
            return r.name, r.owner, r.updated_at

    first = row()
    store.upsert_site(SITE, "信丰县人民政府网", HOME, "信丰县人民政府办公室")
    assert row() == first and first[2].tzinfo is not None
    store.upsert_site(SITE, "信丰县人民政府门户网站", HOME, None)
    name, owner, updated = row()
    assert (name, owner) == ("信丰县人民政府门户网站", None) and updated >= first[2]
    assert count(store, SiteRow) == 1


# --- runs and the journal ----------------------------------------------------------------------


def test_run_start_finish_and_info(store: Store) -> None:
    run = store.start_run(D3, [SITE, "other"], ["link"])
    info = store.run_info(run)
    assert info["id"] == run and info["as_of"] == "2024-04-30"
    assert info["sites"] == [SITE, "other"] and info["complete"] is False and info["finished_at"] is None
    assert datetime.fromisoformat(info["started_at"]).tzinfo is not None
    store.finish_run(run, complete=True)
    info = store.run_info(run)
    assert info["complete"] is True
    assert datetime.fromisoformat(info["finished_at"]) >= datetime.fromisoformat(info["started_at"])
    assert set(info) == {"id", "as_of", "started_at", "finished_at", "sites", "complete"}
    with pytest.raises(ValueError, match="no run with id 999"):
        store.run_info(999)


def test_journal_add_overwrite_load_and_clear(store: Store) -> None:
    run = store.start_run(D3, [SITE], [])
    store.journal_add(run, SITE, "page", HOME, {"url": HOME, "status": 500})
    store.journal_add(run, SITE, "page", HOME, {"url": HOME, "status": 200})  # same key overwrites
    store.journal_add_many(run, SITE, "page", [(f"{HOME}p{i}", {"url": f"{HOME}p{i}", "i": i}) for i in range(3)])
    store.journal_add(run, SITE, "link", HOME + "x", {"ok": True})
    store.journal_add(run, "other", "page", HOME, {"url": HOME})
    long_key = HOME + "q?" + "x" * 5000  # longer than an index entry may be
    store.journal_add(run, SITE, "column", long_key, {"k": 1})
    store.journal_add(run, SITE, "column", long_key, {"k": 2})
    pages = store.journal_load(run, SITE, "page")
    assert pages == [{"url": HOME, "status": 200}] + [{"url": f"{HOME}p{i}", "i": i} for i in range(3)]
    assert store.journal_load(run, SITE, "link") == [{"ok": True}]
    assert store.journal_load(run, SITE, "column") == [{"k": 2}]
    store.finish_run(run, complete=False, interrupted=True)
    assert len(store.journal_load(run, SITE, "page")) == 4  # kept for the resume
    store.finish_run(run, complete=True)
    assert store.journal_load(run, SITE, "page") == [] and count(store, JournalRow) == 0


def test_find_resumable_run(store: Store) -> None:
    assert store.find_resumable_run(D3, [SITE], ["link"]) is None
    old = store.start_run(D3, [SITE], ["link"])
    store.journal_add(old, SITE, "page", HOME, {})
    store.start_run(D3, [SITE], ["link"])  # newer, but nothing journalled
    assert store.find_resumable_run(D3, [SITE], ["link"]) == old
    newer = store.start_run(D3, [SITE], ["link"])
    store.journal_add(newer, SITE, "page", HOME, {})
    store.finish_run(newer, complete=False, interrupted=True)
    assert store.find_resumable_run(D3, [SITE], ["link"]) == newer
    assert store.find_resumable_run(D2, [SITE], ["link"]) is None  # another day
    assert store.find_resumable_run(D3, [SITE, "other"], ["link"]) is None  # another scope
    assert store.find_resumable_run(D3, [SITE], []) is None
    store.finish_run(newer, complete=True)
    assert store.find_resumable_run(D3, [SITE], ["link"]) == old


# --- findings ----------------------------------------------------------------------------------


def test_record_findings_upserts_by_fingerprint(store: Store) -> None:
    f = finding()
    r1 = store.start_run(D1, [SITE], [])
    [a] = record(store, r1, D1, [f, f], evidence={f.fingerprint: ["evidence/run-1/a.png"]})
    assert (a.status, a.first_seen, a.last_seen, a.rectified_at) == ("open", D1, D1, None)
    assert a.fingerprint == f.fingerprint and a.evidence == ["evidence/run-1/a.png"]
    r2 = store.start_run(D2, [SITE], [])
    again = finding(message="不可用链接：附件返回 410", severity=Severity.MEDIUM, status=410)
    [b] = record(store, r2, D2, [again], evidence={f.fingerprint: ["evidence/run-2/a.png"]})
    assert b.id == a.id and b.first_seen == D1 and b.last_seen == D2
    assert b.evidence == ["evidence/run-1/a.png", "evidence/run-2/a.png"]
    assert (b.message, b.severity, b.measured) == ("不可用链接：附件返回 410", "medium", {"status": 410})
    assert [r.id for r in store.findings(run_id=r2)] == [a.id] and store.findings(run_id=r1) == []
    assert len(store.findings(status="all")) == 1


def test_ignored_stays_ignored(store: Store) -> None:
    f, g = finding(), finding(rule="image.broken", target=HOME + "logo.png")
    r1 = store.start_run(D1, [SITE], [])
    a, _ = record(store, r1, D1, [f, g])
    store.set_status(a.id, "ignored", reason="附件已按规定撤下，链接保留作存档")
    r2 = store.start_run(D2, [SITE], [])
    seen = record(store, r2, D2, [f, g])
    assert [r.rule for r in seen] == ["image.broken"]  # the ignored one is not raised again
    stored = store.get_finding(a.id)
    assert stored is not None and stored.status == "ignored" and stored.last_seen == D2
    record(store, store.start_run(D3, [SITE], []), D3, [])  # complete, not seen: still ignored
    stored = store.get_finding(a.id)
    assert stored is not None and stored.status == "ignored" and stored.rectified_at is None


def test_rectification_only_within_the_checked_scope(store: Store) -> None:
    link, image = finding(), finding(rule="image.broken", target=HOME + "logo.png")
    elsewhere = finding(site="other", url="http://other.gov.cn/")
    r1 = store.start_run(D1, [SITE, "other"], [])
    a, b = record(store, r1, D1, [link, image])
    [c] = record(store, r1, D1, [elsewhere], site="other")
    store.set_status(b.id, "confirmed")
    # cut short: rectifies nothing
    record(store, store.start_run(D2, [SITE], []), D2, [], complete=False)
    assert {r.status for r in store.findings(status="all")} == {"open", "confirmed"}
    # complete but partial (--checks link): the image finding is outside its scope
    record(store, store.start_run(D2, [SITE], ["link"]), D2, [], scope=["link"])
    assert store.get_finding(a.id).status == "rectified"  # type: ignore[union-attr]
    assert store.get_finding(a.id).rectified_at == D2  # type: ignore[union-attr]
    assert store.get_finding(b.id).status == "confirmed"  # type: ignore[union-attr]
    # a full check rectifies the confirmed image finding; the other site is untouched
    record(store, store.start_run(D3, [SITE], []), D3, [])
    assert store.get_finding(b.id).status == "rectified"  # type: ignore[union-attr]
    assert store.get_finding(b.id).rectified_at == D3  # type: ignore[union-attr]
    assert store.get_finding(c.id).status == "open"  # type: ignore[union-attr]
    assert store.get_finding(a.id).rectified_at == D2  # type: ignore[union-attr]


def test_rectified_finding_reopens_when_seen_again_with_history(store: Store) -> None:
    f = finding()
    r1 = store.start_run(D1, [SITE], [])
    [a] = record(store, r1, D1, [f])
    r2 = store.start_run(D2, [SITE], [])
    record(store, r2, D2, [])
    assert store.findings() == [] and [r.id for r in store.findings(status="rectified")] == [a.id]
    r3 = store.start_run(D3, [SITE], [])
    [b] = record(store, r3, D3, [f], evidence={f.fingerprint: ["e3.png"]})
    assert (b.id, b.status, b.rectified_at, b.first_seen, b.last_seen) == (a.id, "open", None, D1, D3)
    history = store.events(a.id)
    assert [(e["from_status"], e["to_status"], e["actor"], e["run_id"]) for e in history] == [
        (None, "open", "robot", r1), ("open", "rectified", "robot", r2), ("rectified", "open", "robot", r3)]
    assert history[2]["evidence"] == ["e3.png"]
    assert all(datetime.fromisoformat(e["at"]).tzinfo is not None for e in history)
    with pytest.raises(ValueError, match="no finding with id 999"):
        store.events(999)


def test_set_status_transitions_and_errors(store: Store) -> None:
    [a] = record(store, store.start_run(D1, [SITE], []), D1, [finding()])
    with pytest.raises(ValueError, match="no finding with id 999"):
        store.set_status(999, "confirmed")
    with pytest.raises(ValueError, match="unknown status 'fixed'"):
        store.set_status(a.id, "fixed")
    with pytest.raises(ValueError, match="already open"):
        store.set_status(a.id, "open")
    with pytest.raises(ValueError, match="needs a reason"):
        store.set_status(a.id, "ignored", reason="  ")
    c = store.set_status(a.id, "confirmed", actor="cli")
    assert c.status == "confirmed"
    r = store.set_status(a.id, "rectified", actor="pytest", evidence=["fresh.png"], on=D3, reason="复查通过")
    assert (r.status, r.rectified_at, r.status_reason) == ("rectified", D3, "复查通过")
    assert r.evidence[-1] == "fresh.png"
    with pytest.raises(ValueError, match="is rectified and cannot become ignored"):
        store.set_status(a.id, "ignored", reason="误报")
    o = store.set_status(a.id, "open")
    assert o.rectified_at is None
    i = store.set_status(a.id, "ignored", reason="误报：该链接为内网地址")
    assert i.status_reason == "误报：该链接为内网地址"
    with pytest.raises(ValueError, match="is ignored and cannot become rectified"):
        store.set_status(a.id, "rectified")
    assert [(e["to_status"], e["actor"]) for e in store.events(a.id)] == [
        ("open", "robot"), ("confirmed", "cli"), ("rectified", "pytest"), ("open", "cli"), ("ignored", "cli")]
    assert store.events(a.id)[2]["evidence"] == ["fresh.png"]


def test_to_dict_is_the_contract_finding(store: Store) -> None:
    f = finding(status=404, response_ms=35, certainty="definite")
    [a] = record(store, store.start_run(D3, [SITE], []), D3, [f], evidence={f.fingerprint: ["x.png"]})
    d = a.to_dict()
    assert list(d) == CONTRACT_FINDING_KEYS
    assert d["first_seen"] == d["last_seen"] == "2024-04-30" and d["rectified_at"] is None
    assert d["measured"] == {"status": 404, "response_ms": 35, "certainty": "definite"}
    assert d["evidence"] == ["x.png"] and d["status"] == "open" and d["fingerprint"] == f.fingerprint
    assert isinstance(d["id"], int)


def test_findings_filters(store: Store) -> None:
    run = store.start_run(D3, [SITE], [])
    recs = record(store, run, D3, [
        finding(), finding(rule="link.hidden", target="http://casino.example/"),
        finding(rule="image.broken", target=HOME + "a.png"),
        finding(rule="site.availability_warning", target=None, severity=Severity.MEDIUM),
    ])
    record(store, run, D3, [finding(site="other", url="http://o.gov.cn/")], site="other")
    store.set_status(recs[2].id, "confirmed")
    assert [r.rule for r in store.findings(rule="link", site=SITE)] == ["link.broken", "link.hidden"]
    assert [(r.rule, r.site) for r in store.findings(rule="link.broken")] == [("link.broken", SITE),
                                                                             ("link.broken", "other")]
    assert [r.rule for r in store.findings(rule="site.availability_")] == ["site.availability_warning"]
    assert [r.rule for r in store.findings(rule="site_")] == []  # '_' is no wildcard
    assert [r.rule for r in store.findings(status="confirmed")] == ["image.broken"]
    assert len(store.findings(status=None)) == len(store.findings(status="all")) == 5
    assert {r.site for r in store.findings(site="other")} == {"other"}
    with pytest.raises(ValueError, match="unknown status"):
        store.findings(status="closed")


def test_chinese_text_round_trip(store: Store) -> None:
    store.upsert_site("ganzhou", "赣州市人民政府", "http://www.ganzhou.gov.cn/", "赣州市人民政府办公厅")
    f = finding(rule="text.typo", url=HOME + "xxgk/通知公告/", target="部署", message="错别字：“布署”应为“部署”",
                word="布署", context="认真布署落实《政府信息公开条例》")
    [a] = record(store, store.start_run(D3, [SITE], []), D3, [f], evidence={f.fingerprint: ["证据/截图.png"]})
    got = store.get_finding(a.id)
    assert got is not None and got == a
    assert got.message == "错别字：“布署”应为“部署”" and got.measured["context"] == "认真布署落实《政府信息公开条例》"
    assert got.url.endswith("通知公告/") and got.evidence == ["证据/截图.png"]
    run = store.start_run(D3, [SITE], [])
    store.journal_add(run, SITE, "column", "工作动态", {"name": "工作动态", "条目": ["县长调研"]})
    assert store.journal_load(run, SITE, "column") == [{"name": "工作动态", "条目": ["县长调研"]}]
    store.set_status(a.id, "ignored", reason="专有名词，不是错别字")
    assert store.events(a.id)[-1]["reason"] == "专有名词，不是错别字"


# --- measurements and rollup -------------------------------------------------------------------

NOW = datetime(2024, 7, 1, 12, 30, tzinfo=UTC)


def page(url: str, at: datetime, status: int | None = 200, response_ms: int | None = 100,
         load_ms: int | None = 300) -> PageSnapshot:
    return PageSnapshot(site=SITE, requested_url=url, final_url=url, status=status,
                        error=NetError.TIMEOUT if status is None else None, response_ms=response_ms,
                        load_ms=load_ms, bytes=2048, fetched_at=at)


def totals(rows: list[dict[str, Any]]) -> tuple[int, int, int, int, int, int | None, int | None]:
    mins = [r["response_ms_min"] for r in rows if r["response_ms_min"] is not None]
    maxs = [r["response_ms_max"] for r in rows if r["response_ms_max"] is not None]
    return (sum(r["count"] for r in rows), sum(r["errors"] for r in rows),
            sum(r["response_ms_sum"] for r in rows), sum(r["response_count"] for r in rows),
            sum(r["load_ms_sum"] for r in rows), min(mins, default=None), max(maxs, default=None))


def test_record_pages_and_measurements(store: Store) -> None:
    run = store.start_run(D3, [SITE], [])
    naive = datetime(2024, 4, 30, 2, 0)  # naive from the gather layer means UTC
    store.record_pages(run, SITE, [page(HOME, naive), page(HOME + "x/", NOW, status=None, response_ms=None)])
    rows = store.page_measurements(run)
    assert [(r["url"], r["status"], r["error"]) for r in rows] == [(HOME, 200, None), (HOME + "x/", None, "timeout")]
    assert rows[0]["measured_at"] == "2024-04-30T02:00:00+00:00"
    assert {"site", "url", "status", "response_ms", "load_ms", "bytes"} <= set(rows[0])
    assert store.page_measurements(run, site="other") == []


def test_rollup_preserves_totals_and_is_idempotent(store: Store) -> None:
    run = store.start_run(D3, [SITE], [])
    pages: list[PageSnapshot] = []
    for days in (200, 199, 100, 45, 31, 29, 2):  # daily, daily, hourly, hourly, hourly, raw, raw
        base = NOW - timedelta(days=days)
        for i, url in enumerate([HOME, HOME + "col/gzdt/", HOME + "xxgk/"]):
            pages.append(page(url, base + timedelta(minutes=i), response_ms=100 + days + i, load_ms=400))
            pages.append(page(url, base + timedelta(minutes=10 + i), response_ms=50 + i, load_ms=None))
        pages.append(page(HOME + "dead/", base, status=404, response_ms=20))
        pages.append(page(HOME + "slow/", base, status=None, response_ms=None, load_ms=None))
    store.record_pages(run, SITE, pages)
    since = NOW - timedelta(days=400)
    before = totals(store.response_stats(SITE, since))
    assert before[0] == len(pages) == 7 * 8 and before[1] == 7 * 2

    moved = store.rollup(NOW)
    assert moved["raw_rolled"] == 5 * 8  # everything older than 30 days
    # past the raw window: the homepage's line and '*' for the other pages, per hour / day
    assert moved == {"raw_rolled": 40, "hourly_created": 5 * 2, "hourly_rolled": 2 * 2, "daily_created": 2 * 2}
    after_rows = store.response_stats(SITE, since)
    assert totals(after_rows) == before
    assert totals(store.response_stats(SITE, since, per_url=False)) == before
    cut = NOW - timedelta(days=30)
    left = store.page_measurements(run)
    assert len(left) == 2 * 8 and all(datetime.fromisoformat(r["measured_at"]) >= cut for r in left)
    assert count(store, PageMeasurementRow) == 16
    assert count(store, PageStatsHourlyRow) == 3 * 2  # three days, one hour each
    assert count(store, PageStatsDailyRow) == 4
    daily = [r for r in after_rows if r["resolution"] == "day"]
    assert {r["url"] for r in daily} == {HOME, "*"}
    assert {r["url"] for r in after_rows if r["resolution"] == "hour" and r["start"] < cut} == {HOME, "*"}
    assert len({r["url"] for r in after_rows if r["start"] >= cut}) == 5  # raw: every page its own line
    home_day = next(r for r in daily if r["url"] == HOME and r["start"].date() == (NOW - timedelta(days=200)).date())
    assert (home_day["count"], home_day["response_ms_sum"], home_day["response_ms_min"]) == (2, 300 + 50, 50)
    assert home_day["start"].tzinfo is not None

    again = store.rollup(NOW)
    assert again == {"raw_rolled": 0, "hourly_created": 0, "hourly_rolled": 0, "daily_created": 0}
    assert store.response_stats(SITE, since) == after_rows
    # a day later only what crossed the windows moves, and totals still hold
    store.rollup(NOW + timedelta(days=1, hours=1))
    assert totals(store.response_stats(SITE, since)) == before
    assert count(store, PageMeasurementRow) == 8
    # a late measurement of an hour and a day already rolled up merges into their buckets
    late = [page(HOME + "late/", NOW - timedelta(days=100), response_ms=7, load_ms=9),
            page(HOME, NOW - timedelta(days=200), response_ms=5000, load_ms=None)]
    store.record_pages(run, SITE, late)
    n_hourly, n_daily = count(store, PageStatsHourlyRow), count(store, PageStatsDailyRow)
    assert store.rollup(NOW + timedelta(days=1, hours=1))["raw_rolled"] == 2
    assert (count(store, PageStatsHourlyRow), count(store, PageStatsDailyRow)) == (n_hourly, n_daily)
    now_totals = totals(store.response_stats(SITE, since))
    assert now_totals[:5] == (before[0] + 2, before[1], before[2] + 5007, before[3] + 2, before[4] + 9)
    assert (now_totals[5], now_totals[6]) == (7, 5000)
    with pytest.raises(ValueError, match="at least 1"):
        store.rollup(NOW, raw_days=0)


def test_response_stats_since_and_naive_datetimes_refused(store: Store) -> None:
    run = store.start_run(D3, [SITE], [])
    store.record_pages(run, SITE, [page(HOME, NOW - timedelta(hours=5)), page(HOME, NOW - timedelta(hours=1))])
    recent = store.response_stats(SITE, NOW - timedelta(hours=2))
    assert [(r["resolution"], r["count"]) for r in recent] == [("hour", 1)]
    assert recent[0]["response_ms_mean"] == 100.0 and recent[0]["load_ms_mean"] == 300.0
    with pytest.raises(Exception, match="naive datetime"), store._session.begin() as s:
        s.add(PageMeasurementRow(site=SITE, url=HOME, bytes=0, measured_at=datetime(2024, 1, 1)))
