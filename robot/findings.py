"""Findings: frozen, storable facts a rule produced. Storage maps them to rows elsewhere."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from robot.snapshots import Box
from robot.urls import normalise


class Severity(StrEnum):
    VETO = "veto"  # 单项否决
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise ValueError(f"unknown severity {text!r}: use one of veto, high, medium, low") from None


_RANK = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3, Severity.VETO: 4}


class Status(StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    IGNORED = "ignored"
    RECTIFIED = "rectified"


def fingerprint(site: str, rule: str, url: str, target: str | None) -> str:
    """Identity of a problem across runs: site, rule, normalised URL and target."""
    norm_url = normalise(url) or url
    norm_target = (normalise(target) or target) if target else ""
    raw = "\x1f".join((site, rule, norm_url, norm_target))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Mark:
    """What evidence capture should point at on ``Finding.url``: an element or a region."""

    selector: str = ""
    box: Box | None = None
    full_page: bool = False
    # words on the page to outline (a wrong word, a masked ID number as the photographed page shows
    # it): the first place one is seen is marked and photographed; the full page when none is seen
    text: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a rule saw. ``url`` is where a person sees it; ``target`` the offending thing."""

    rule: str
    severity: Severity
    site: str
    url: str
    message: str  # Chinese, for the people who read bulletins
    target: str | None = None
    measured: Mapping[str, Any] = field(default_factory=dict)
    mark: Mark | None = None  # where evidence should point; None = no screenshot needed

    def __post_init__(self) -> None:
        object.__setattr__(self, "measured", MappingProxyType(dict(self.measured)))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.site, self.rule, self.url, self.target)

    @property
    def family(self) -> str:
        return self.rule.split(".", 1)[0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "site": self.site,
            "url": self.url,
            "target": self.target,
            "message": self.message,
            "measured": json.loads(json.dumps(dict(self.measured), ensure_ascii=False, default=str)),
            "fingerprint": self.fingerprint,
        }
