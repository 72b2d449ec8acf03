"""The rule registry, keyed by the stable IDs of the contract (e.g. ``link.broken``).

Each rule declares its ID, default severity, a one-line rectification hint and a summary; the
function is pure: ``(RuleContext) -> Iterable[Finding]``. IDs are registered once and never
reused; a test checks that every contract ID is registered, documented and has fixtures.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from robot.findings import Finding, Mark, Severity
from robot.snapshots import SiteSnapshot

log = logging.getLogger(__name__)
RULE_ID = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*\.[a-z0-9]+(_[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What a rule may look at: the site's snapshot, its config and "today"."""

    snapshot: SiteSnapshot
    site: Any  # robot.config.SiteConfig (typed loosely: rules sit below config)
    defaults: Any  # robot.config.Defaults
    as_of: date
    severities: Mapping[str, Severity] = field(default_factory=dict)  # per-config overrides
    params: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # per-rule thresholds
    calendar: Any = None  # robot.workdays.WorkCalendar with the config's holiday years (None: shipped tables)

    def param(self, rule_id: str, name: str, default: Any) -> Any:
        return self.params.get(rule_id, {}).get(name, default)

    def finding(
        self,
        rule_id: str,
        url: str,
        message: str,
        *,
        target: str | None = None,
        measured: Mapping[str, Any] | None = None,
        mark: Mark | None = None,
    ) -> Finding:
        rule = REGISTRY[rule_id]
        return Finding(
            rule=rule_id,
            severity=self.severities.get(rule_id, rule.severity),
            site=self.snapshot.site,
            url=url,
            message=message,
            target=target,
            measured=measured or {},
            mark=mark,
        )


RuleFunc = Callable[[RuleContext], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    summary: str  # what it checks, in Chinese (shown in reports)
    hint: str  # how to rectify, one line (Django's ``hint``)
    func: RuleFunc | None  # None: declared (in the contract) but checked elsewhere / not yet built
    needs: tuple[str, ...] = ()  # which gatherings it reads: pages, links, images, columns, channels ...

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]


REGISTRY: dict[str, Rule] = {}


def rule(
    rule_id: str, severity: Severity | str, *, summary: str, hint: str, needs: tuple[str, ...] = ()
) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under its stable ID."""

    def register(func: RuleFunc) -> RuleFunc:
        _add(Rule(rule_id, Severity(severity), summary, hint, func, needs))
        return func

    return register


def declare(rule_id: str, severity: Severity | str, *, summary: str, hint: str) -> None:
    """Register an ID whose findings are produced outside the pure rule pass (e.g. by a probe)."""
    _add(Rule(rule_id, Severity(severity), summary, hint, None))


def _add(r: Rule) -> None:
    if not RULE_ID.match(r.id):
        raise ValueError(f"rule ID {r.id!r} is not of the form family.name")
    if r.id in REGISTRY:
        raise ValueError(f"rule ID {r.id!r} registered twice")
    REGISTRY[r.id] = r


def selected(prefixes: Iterable[str] | None) -> list[Rule]:
    """Rules whose ID starts with one of the prefixes (``link`` or ``link.broken``); all when empty."""
    wanted = [p.strip() for p in (prefixes or []) if p.strip()]
    rules = sorted(REGISTRY.values(), key=lambda r: r.id)
    if not wanted:
        return rules
    return [r for r in rules if any(r.id == p or r.id.startswith(p.rstrip(".") + ".") or r.id.startswith(p) for p in wanted)]


def run_rules(ctx: RuleContext, prefixes: Iterable[str] | None = None) -> Iterator[Finding]:
    """Run the selected rules over one site's snapshot, in ID order."""
    for r in selected(prefixes):
        if r.func is None:
            continue
        try:
            found = list(r.func(ctx))
        except Exception:  # one rule's slip on hostile data must not lose the other rules' findings
            log.exception("rule %s failed on site %s", r.id, ctx.snapshot.site)
            continue
        yield from found
