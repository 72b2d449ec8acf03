"""content.backdated: items that appear late but carry an earlier date, judged against the store's history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from robot.rules.content import dated_items
from robot.snapshots import ListEntry
from robot.store import Store
from robot.testing import HOME, page, run_rule, snapshot

LIST = HOME + "col/tzgg/"
AS_OF = date(2024, 4, 30)


def _list(*entries: tuple[str, date]) -> object:
    return page(LIST, depth=1, entries=tuple(ListEntry(title=f"关于{u}的通知", url=LIST + u, date=d) for u, d in entries))


def test_new_item_dated_back_more_than_three_days() -> None:
    snap = snapshot([_list(("a.html", date(2024, 4, 29)), ("b.html", date(2024, 4, 20)), ("c.html", date(2024, 4, 27)),
                           ("old.html", date(2024, 3, 1)))], as_of=AS_OF)
    snap.seen_before = {LIST + "old.html": date(2024, 3, 1)}
    found = run_rule("content.backdated", snap)
    assert [f.target for f in found] == [LIST + "b.html"]  # 10 days back; c.html is 3 days: within the limit
    assert found[0].measured["days"] == 10 and found[0].url == LIST


def test_no_verdict_without_history_or_on_a_list_never_read() -> None:
    snap = snapshot([_list(("b.html", date(2024, 4, 1)))], as_of=AS_OF)
    assert run_rule("content.backdated", snap) == []  # first run of the site
    snap.seen_before = {HOME + "col/other/x.html": date(2024, 4, 1)}
    assert run_rule("content.backdated", snap) == []  # this list was never read before


def test_store_remembers_first_seen(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'z.db'}") as store:
        assert store.seen_items("demo") is None
        snap = snapshot([_list(("a.html", date(2024, 4, 29)))], as_of=AS_OF)
        items = {u: e.date for u, (e, _w) in dated_items(snap).items()}
        assert store.record_seen_items("demo", items, AS_OF, 1) == 1
        assert store.record_seen_items("demo", items, date(2024, 5, 2), 2) == 0  # known: first day kept
        assert store.seen_items("demo") == {LIST + "a.html": AS_OF}
