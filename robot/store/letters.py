"""Letters of the message boards as each run read them (for the monthly bulletin's 互动交流 table).

Each run's message-board probe sees the letters a citizen sees: title, 来信日期, 回复日期 and the
working days from sending to reply (or, with no reply yet, open so far). ``record_letters`` keeps
one row per letter (site, url), updating the reply and the working days when a later run reads
the letter again, so a month's letters can be counted long after they left the board's first
pages. Titles are masked (ID and mobile numbers) before they are stored.

Also here, the other reads the bulletin needs from the store without the bulletin touching rows:
the dated list items shown in a period (``items_shown_between``, from ``seen_items``) and the
sites the database knows (``known_sites``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, Index, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from robot.store.models import Base, BigId, SeenItemRow, SiteRow

if TYPE_CHECKING:
    from robot.store.repository import Store


class LetterRow(Base):
    """One letter of a site's message board, as last read."""

    __tablename__ = "letters"
    __table_args__ = (
        UniqueConstraint("site", "url", name="uq_letter"),
        Index("ix_letters_site_submitted", "site", "submitted"),
        Index("ix_letters_submitted", "submitted"),  # the bulletin's letters of a month, all sites
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    site: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)  # the letter's page; 'inline:<hash>' for a board without pages
    title: Mapped[str] = mapped_column(Text)  # masked
    submitted: Mapped[date | None] = mapped_column(Date, nullable=True)  # 来信日期
    replied: Mapped[date | None] = mapped_column(Date, nullable=True)  # 回复日期; None: no reply seen
    workdays_to_reply: Mapped[int | None] = mapped_column(Integer, nullable=True)  # or open so far
    first_seen: Mapped[date] = mapped_column(Date)
    last_seen: Mapped[date] = mapped_column(Date)


@dataclass(frozen=True)
class LetterRecord:
    site: str
    url: str
    title: str
    submitted: date | None
    replied: date | None
    workdays_to_reply: int | None
    first_seen: date
    last_seen: date

    @property
    def answered(self) -> bool:
        return self.replied is not None

    def overdue(self, limit: int = 5) -> bool:
        """Answered after more than ``limit`` working days, or still open after more than that."""
        return self.workdays_to_reply is not None and self.workdays_to_reply > limit


def _key(site: str, m: Any) -> str:
    url = str(getattr(m, "url", "") or "")
    if url:
        return url
    # a board that shows letters inline only: the letter is what it says and when it was sent
    raw = f"{site}|{getattr(m, 'title', '')}|{getattr(m, 'submitted', None)}"
    return "inline:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def record_letters(store: Store, site: str, messages: Iterable[Any], as_of: date) -> int:
    """Upsert the letters read on ``as_of`` (``robot.snapshots.Message``-like objects).

    A new letter gets ``first_seen = as_of``; a known one gets the reply date and working days
    of this reading (a reply that appeared since is recorded) and ``last_seen = as_of``.
    Returns how many letters were new.
    """
    from robot.content.privacy import mask_personal

    latest: dict[str, Any] = {}
    for m in messages:
        latest[_key(site, m)] = m
    if not latest:
        return 0
    new = 0
    with store._session.begin() as s:
        known = {r.url: r for r in s.scalars(select(LetterRow).where(LetterRow.site == site,
                                                                       LetterRow.url.in_(list(latest))))}
        for key, m in latest.items():
            title = mask_personal(str(getattr(m, "title", "") or ""), as_of)
            submitted = getattr(m, "submitted", None)
            replied = getattr(m, "replied", None)
            workdays = getattr(m, "workdays_to_reply", None)
            row = known.get(key)
            if row is None:
                s.add(LetterRow(site=site, url=key, title=title, submitted=submitted, replied=replied,
                                workdays_to_reply=workdays, first_seen=as_of, last_seen=as_of))
                new += 1
                continue
            if as_of < row.last_seen:  # an older reading (a late resumed run) never undoes a newer one
                row.first_seen = min(row.first_seen, as_of)
                continue
            row.title = title or row.title
            row.submitted = submitted or row.submitted
            if replied is not None or row.replied is None:
                row.replied = replied
            if workdays is not None:
                row.workdays_to_reply = workdays
            row.last_seen = as_of
    return new


def letters_between(store: Store, site: str | None, start: date, end: date) -> list[LetterRecord]:
    """Letters sent from ``start`` to ``end`` (both included), of one site or all (``None``);
    ordered by site, date sent and URL. Letters with no known sending date are left out."""
    q = (select(LetterRow).where(LetterRow.submitted >= start, LetterRow.submitted <= end)
         .order_by(LetterRow.site, LetterRow.submitted, LetterRow.url))
    if site is not None:
        q = q.where(LetterRow.site == site)
    with store._session() as s:
        return [LetterRecord(site=r.site, url=r.url, title=r.title, submitted=r.submitted, replied=r.replied,
                             workdays_to_reply=r.workdays_to_reply, first_seen=r.first_seen, last_seen=r.last_seen)
                for r in s.scalars(q)]


def items_shown_between(store: Store, site: str, start: date, end: date) -> list[tuple[str, date]]:
    """(url, shown date) of the site's dated list items whose shown date is from ``start`` to ``end``."""
    q = (select(SeenItemRow.url, SeenItemRow.shown_date)
         .where(SeenItemRow.site == site, SeenItemRow.shown_date >= start, SeenItemRow.shown_date <= end)
         .order_by(SeenItemRow.url))
    with store._session() as s:
        return [(u, d) for u, d in s.execute(q).all() if d is not None]


def known_sites(store: Store) -> list[dict[str, str | None]]:
    """The sites the database knows: id, name, url, owner; ordered by id."""
    with store._session() as s:
        return [{"id": r.id, "name": r.name, "url": r.url, "owner": r.owner}
                for r in s.scalars(select(SiteRow).order_by(SiteRow.id))]
