"""Rules: pure functions of snapshots and config, one module per family, keyed by stable IDs."""

from robot.rules.registry import REGISTRY, Rule, RuleContext, rule, run_rules, selected

# Importing the family modules registers their rules.
from robot.rules import (  # noqa: E402,F401  isort: skip
    site, links, images, columns, channels, page, content, privacy, text, newmedia, ipv6, interpretation, meeting,
    annual_report, availability,
)

__all__ = ["REGISTRY", "Rule", "RuleContext", "rule", "run_rules", "selected"]
