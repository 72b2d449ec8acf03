"""The rule catalogue: every registered ID is in the contract, documented and exercised by tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from robot.rules import REGISTRY

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT.parent / "shared" / "contract.md"

# The rules this engine issue delivers; later issues add theirs to the registry.
ENGINE_RULES = {
    "site.unreachable", "site.slow", "link.broken", "image.broken", "column.blank", "column.blank_many",
    "column.overdue", "column.overdue_many", "column.due_soon", "column.unmonitored", "column.missing",
}


def contract_ids() -> dict[str, str]:
    if not CONTRACT.exists():
        pytest.fail(f"{CONTRACT} not found: CI checks out ../shared beside the repo")
    ids = {}
    for m in re.finditer(r"^\| `([a-z0-9_]+\.[a-z0-9_]+)` \| (veto|high|medium|low) \|", CONTRACT.read_text("utf-8"), re.M):
        ids[m.group(1)] = m.group(2)
    assert len(ids) > 30, "the contract's rule table was not found"
    return ids


def test_every_engine_rule_is_registered() -> None:
    assert ENGINE_RULES <= set(REGISTRY), sorted(ENGINE_RULES - set(REGISTRY))


def test_registered_ids_and_severities_match_the_contract() -> None:
    ids = contract_ids()
    for rule_id, rule in REGISTRY.items():
        assert rule_id in ids, f"{rule_id} is not in contract.md"
        assert rule.severity.value == ids[rule_id], f"{rule_id}: {rule.severity} vs contract {ids[rule_id]}"


def test_every_rule_is_documented() -> None:
    for rule in REGISTRY.values():
        assert rule.summary and re.search(r"[\u4e00-\u9fff]", rule.summary), rule.id
        assert rule.hint and len(rule.hint) >= 8, rule.id
        assert rule.func is not None, f"{rule.id} is registered without a rule function"


def test_every_rule_has_tests() -> None:
    sources = "\n".join(p.read_text("utf-8") for p in (ROOT / "tests").glob("test_*.py") if p.name != Path(__file__).name)
    for rule_id in REGISTRY:
        assert sources.count(f'"{rule_id}"') >= 1, f"no test names {rule_id}"
