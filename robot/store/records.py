"""What the store hands back: plain frozen records, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from robot.findings import Status
from robot.store.models import FindingRow

# Who may move a finding where by hand (``set_status``). The robot itself only opens findings and
# marks them rectified (or reopens a rectified one it sees again) in ``record_findings``.
TRANSITIONS: dict[str, frozenset[str]] = {
    Status.OPEN: frozenset({Status.CONFIRMED, Status.IGNORED, Status.RECTIFIED}),
    Status.CONFIRMED: frozenset({Status.OPEN, Status.IGNORED, Status.RECTIFIED}),
    Status.IGNORED: frozenset({Status.OPEN, Status.CONFIRMED}),
    Status.RECTIFIED: frozenset({Status.OPEN}),
}

CONTRACT_KEYS = (
    "id", "rule", "severity", "site", "url", "target", "message", "measured", "evidence",
    "fingerprint", "status", "first_seen", "last_seen", "rectified_at",
)


@dataclass(frozen=True)
class FindingRecord:
    """A stored finding with its lifecycle state, as callers see it."""

    id: int
    rule: str
    severity: str
    site: str
    url: str
    target: str | None
    message: str
    measured: dict[str, Any]
    evidence: list[str]
    fingerprint: str
    status: str
    status_reason: str | None
    first_seen: date
    last_seen: date
    rectified_at: date | None

    def to_dict(self) -> dict[str, Any]:
        """The contract's finding object (run result and ``findings --format json``)."""
        return {
            "id": self.id,
            "rule": self.rule,
            "severity": self.severity,
            "site": self.site,
            "url": self.url,
            "target": self.target,
            "message": self.message,
            "measured": dict(self.measured),
            "evidence": list(self.evidence),
            "fingerprint": self.fingerprint,
            "status": self.status,
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "rectified_at": self.rectified_at.isoformat() if self.rectified_at else None,
        }

    @classmethod
    def from_row(cls, row: FindingRow) -> FindingRecord:
        return cls(
            id=row.id,
            rule=row.rule,
            severity=row.severity,
            site=row.site,
            url=row.url,
            target=row.target,
            message=row.message,
            measured=dict(row.measured or {}),
            evidence=list(row.evidence or []),
            fingerprint=row.fingerprint,
            status=row.status,
            status_reason=row.status_reason,
            first_seen=row.first_seen,
            last_seen=row.last_seen,
            rectified_at=row.rectified_at,
        )
