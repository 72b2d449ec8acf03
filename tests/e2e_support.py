"""Comparing a run's findings with a portal's planted problems (shared by the end-to-end tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

ENGINE_FAMILIES = ("site.", "link.", "image.", "column.", "interaction.", "application.", "guide.", "privacy.",
                   "text.", "meeting.", "interpretation.", "homepage.", "content.", "newmedia.", "ipv6.", "page.",
                   "annual_report.")


def _path(url: str | None) -> str:
    if not url:
        return ""
    if url.startswith("/"):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed href is reported as written
        return url
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _target_matches(planted: str | None, target: str | None) -> bool:
    if planted is None:
        return True
    if target is None:
        return False
    if planted == target:
        return True
    if planted.startswith("/"):
        return _path(target) == planted and "://127.0.0.1:" in target
    return planted.rstrip("/") == target.rstrip("/")


def load_planted(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = data["planted"] if isinstance(data, dict) else data
    return [dict(item) for item in items]


def compare(planted: list[dict[str, Any]], findings: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    """(missed planted items, unexpected findings) for the engine's rule families."""
    engine = [f for f in findings if f["rule"].startswith(ENGINE_FAMILIES)]
    matched: set[int] = set()
    missed = []
    for item in planted:
        if not item["rule"].startswith(ENGINE_FAMILIES):
            continue
        hits = [
            i for i, f in enumerate(engine)
            if f["rule"] == item["rule"]
            and (_path(f["url"]) == item.get("url_path") or item.get("url_path") is None
                 or (item.get("target") is None and _path(f.get("target")) == item.get("url_path")))
            and _target_matches(item.get("target"), f.get("target"))
        ]
        if not hits:
            missed.append(item)
        matched.update(hits)
    unexpected = [(f["rule"], _path(f["url"]), f.get("target")) for i, f in enumerate(engine) if i not in matched]
    return missed, unexpected
