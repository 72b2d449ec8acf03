"""Fixtures: local test portals started by the tests (port 0), never a real website."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from robot.config import Config, parse_config

ROOT = Path(__file__).resolve().parents[1]
TEST_SITES = ROOT / "tests" / "sites"


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium; the tests fail with a clear message where it is missing."""
    from robot.gather.browser import chromium_path

    try:
        path = chromium_path()
    except RuntimeError as e:
        pytest.fail(f"{e} (make test installs it)")
    if not shutil.which("fc-match"):
        pytest.fail("fontconfig missing: install fonts-noto-cjk (make test does)")
    return path


@pytest.fixture(scope="session")
def test_portal() -> Iterator[Any]:
    """The test portal in tests/sites served on 127.0.0.1 (port 0) with path behaviours."""
    from robot.demo.server import SiteServer

    with SiteServer(TEST_SITES) as server:
        yield server


def render_config(template: Path, base: str, **defaults: Any) -> Config:
    """A config template with ``{base}`` replaced; ``defaults`` override its ``defaults:``."""
    text = template.read_text(encoding="utf-8").replace("{base}", base.rstrip("/") + "/")
    cfg = parse_config(text, str(template))
    if defaults:
        cfg = cfg.model_copy(update={"defaults": cfg.defaults.model_copy(update=defaults)})
    return cfg
