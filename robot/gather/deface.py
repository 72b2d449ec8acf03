"""Homepage defacement (page.defaced): a baseline screenshot per site, compared on each run.

The baseline is set (and refreshed) by ``zwgk-robot baseline``: each one is a new file
``<evidence>/baselines/<site>/<UTC time>.png`` with a sidecar (URL, time, SHA-256, masks); the
newest is the one compared with, and none is ever overwritten. A run captures the homepage the
same way (same viewport, animations off, personal data masked), hides the config's
``deface_mask`` selectors (carousels, dates, counters) in both, and compares them with OpenCV
(``robot.vision.diff_screens``: blur, per-pixel threshold, minimum changed area).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from playwright.async_api import BrowserContext
from playwright.async_api import Error as PlaywrightError

from robot import vision
from robot.gather.browser import close_page, new_page
from robot.gather.capture import mask_personal_data
from robot.snapshots import Box

log = logging.getLogger(__name__)

MAX_HEIGHT = 4000  # px of the homepage compared (the first screens are what a defacer changes)

_MASK_BOXES_JS = """(sels) => {
  const out = [];
  for (const sel of sels) {
    let nodes = [];
    try { nodes = document.querySelectorAll(sel); } catch (e) { continue; }
    for (const el of nodes) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) out.push({x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height});
    }
  }
  return out;
}"""


@dataclass(frozen=True)
class Shot:
    png: bytes
    masks: tuple[Box, ...]
    url: str
    taken_at: str


async def homepage_shot(ctx: BrowserContext, url: str, masks: list[str], *, timeout_s: float) -> Shot:
    """The homepage as a person sees it on arrival, with the boxes of the masked selectors."""
    page = await new_page(ctx)
    try:
        await page.goto(url, wait_until="domcontentloaded", timeout=timeout_s * 1000)
        try:
            await page.wait_for_load_state("load", timeout=timeout_s * 1000)
        except (TimeoutError, PlaywrightError):
            pass
        await mask_personal_data(page)
        boxes = await asyncio.wait_for(page.evaluate(_MASK_BOXES_JS, masks), 10) if masks else []
        height = await page.evaluate("() => document.documentElement.scrollHeight")
        vp = page.viewport_size or {"width": 1280, "height": 800}
        clip = {"x": 0, "y": 0, "width": vp["width"], "height": max(vp["height"], min(int(height or 0), MAX_HEIGHT))}
        png = await page.screenshot(full_page=True, clip=clip, animations="disabled", timeout=20000)  # type: ignore[arg-type]
        return Shot(png, tuple(Box(**b) for b in boxes), page.url, datetime.now(UTC).isoformat(timespec="seconds"))
    finally:
        await close_page(page)


def baseline_dir(evidence_dir: str | Path, site_id: str) -> Path:
    return Path(evidence_dir) / "baselines" / site_id


def save_baseline(evidence_dir: str | Path, site_id: str, shot: Shot) -> Path:
    """Write a new baseline (never replacing one); the newest is the one compared with."""
    folder = baseline_dir(evidence_dir, site_id)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{stamp}.png"
    with path.open("xb") as f:
        f.write(shot.png)
    meta = {"file": path.name, "site": site_id, "url": shot.url, "captured_at": shot.taken_at,
            "sha256": hashlib.sha256(shot.png).hexdigest(), "rule": "page.defaced", "kind": "baseline",
            "masks": [{"x": b.x, "y": b.y, "width": b.width, "height": b.height} for b in shot.masks]}
    with path.with_suffix(".png.json").open("x", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
    return path


def current_baseline(evidence_dir: str | Path, site_id: str) -> Path | None:
    folder = baseline_dir(evidence_dir, site_id)
    shots = sorted(folder.glob("*.png")) if folder.is_dir() else []
    return shots[-1] if shots else None


def _boxes(meta: dict[str, Any]) -> list[Box]:
    return [Box(float(m["x"]), float(m["y"]), float(m["width"]), float(m["height"])) for m in meta.get("masks", [])]


def compare(baseline: Path, shot: Shot) -> vision.ScreenDiff:
    """Compare the current homepage with a baseline, outside the masks of both."""
    try:
        meta = json.loads(baseline.with_suffix(".png.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        meta = {}
    masks = list(shot.masks) + _boxes(meta)
    return vision.diff_screens(baseline.read_bytes(), shot.png, masks=masks)
