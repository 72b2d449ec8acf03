#!/usr/bin/env python3
"""Write the engine-4 holdout: ``site/``, ``server.yaml``, ``sites.yaml`` and ``expected.yaml``.

A county portal in the style of a 开普云-like cloud platform (columns ``/channels/N.html``, articles
``/contents/C/N.html``, lists partly filled by jQuery from JSON endpoints) and a department site
in the style of 织梦 DedeCMS (``/zrzyj/a/{dir}/``, ``list_{tid}_{n}.html``, ``{Y}/{MMDD}/{aid}.html``,
``navMenu`` + ``dropMenu``), plus two department sites whose homepages cannot be opened.

Every planted problem and every look-alike is declared once, next to the markup that carries it;
``expected.yaml`` is computed from the same declarations with the thresholds of
``shared/contract.md``. Deterministic: running it twice writes the same bytes.

    .venv/bin/python benchmarks/holdout_engine4/generate.py

Needs Pillow, PyYAML, a CJK font (fonts-noto-cjk or fonts-wqy-zenhei) and jQuery
(libjs-jquery: /usr/share/javascript/jquery/jquery.min.js).
"""

from __future__ import annotations

import calendar
import html
import io
import json
import math
import random
import shutil
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
AS_OF = date(2024, 6, 20)
JQUERY = Path("/usr/share/javascript/jquery/jquery.min.js")
FONT_FILES = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
]
FONT_BOLD_FILES = ["/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"] + FONT_FILES
FONT_SERIF_FILES = ["/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"] + FONT_BOLD_FILES

PORTAL = "yiquan"
DEPT = "yiquan-zrzy"
DEPT_ROOT = "/zrzyj/"

FINDINGS: list[dict[str, Any]] = []
DECOYS: list[dict[str, Any]] = []
DELAYS: list[dict[str, Any]] = []
ROUTES: dict[str, dict[str, Any]] = {}
SEEDS: list[str] = []
HTML_PAGES: list[str] = []


# =============================================================================================
# Small helpers
# =============================================================================================


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def write(path: str, data: str | bytes) -> None:
    """Write ``site/<path>`` (a URL path)."""
    target = SITE / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    target.write_bytes(data)
    if target.suffix == ".html":
        HTML_PAGES.append(path)


def plant(rule: str, site: str, url_path: str, target: str | None = None, certainty: str | None = None,
          note: str = "") -> None:
    item: dict[str, Any] = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        item["target"] = target
    if certainty:
        item["certainty"] = certainty
    item["note"] = note
    FINDINGS.append(item)


def decoy(rule: str, site: str, url_path: str, target: str | None = None, note: str = "",
          certainty: str | None = None) -> None:
    item: dict[str, Any] = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        item["target"] = target
    if certainty:
        item["certainty"] = certainty
    item["note"] = note
    DECOYS.append(item)


def route(path: str, **spec: Any) -> None:
    ROUTES[path] = spec


def delay(path: str, ms: int, site: str, note: str) -> None:
    route(path, delay_ms=ms)
    DELAYS.append({"url_path": path, "ms": ms, "site": site, "note": note})


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_date_pad(d: date) -> str:
    return f"{d:%Y}年{d:%m}月{d:%d}日"


def d(s: str) -> date:
    return date.fromisoformat(s)


WEEK = "一二三四五六日"
ON = ' class="on"'
HIDDEN = ' style="display:none"'


# =============================================================================================
# The contract's column limits, with a refusal of dates whose verdict depends on a reading
# =============================================================================================


def add_months(day: date, n: int) -> date:
    m = day.month - 1 + n
    y, m = day.year + m // 12, m % 12 + 1
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _overdue_readings(cat: str, newest: date, on: date, strict: bool = True) -> list[bool]:
    """Is a column of ``cat`` whose newest entry is ``newest`` overdue on ``on``, in every
    reasonable reading of the limit (calendar months, or a count of days)."""
    age = (on - newest).days

    def more(a: int | date, b: int | date) -> bool:
        return a > b if strict else a >= b  # type: ignore[operator]

    if cat == "news":
        return [more(age, 14)]
    if cat in ("notice", "policy"):
        return [more(on, add_months(newest, 6))] + [more(age, n) for n in (180, 181, 182, 183, 184)]
    if cat in ("personnel", "plan"):
        return [more(on, add_months(newest, 12))] + [more(age, n) for n in (365, 366)]
    return [False]


def verdict(cats: set[str], newest: date | None, deliberate: bool = False) -> str:
    """'overdue', 'due_soon' or 'fresh' under the contract (older than the limit = strictly more;
    due soon = overdue within 3 days). Raises when the readings disagree, unless ``deliberate``."""
    if newest is None:
        return "fresh"
    seen: set[str] = set()
    for cat in cats:
        for strict in ((True,) if deliberate else (True, False)):
            now = _overdue_readings(cat, newest, AS_OF, strict)
            for k in (2, 3, 4):
                later = _overdue_readings(cat, newest, AS_OF + timedelta(days=k), strict)
                for a, b in zip(now, later, strict=True):
                    seen.add("overdue" if a else "due_soon" if b else "fresh")
    if deliberate:  # only the contract's own reading: strict, calendar months, 3 days
        cat = sorted(cats)[0]
        now = _overdue_readings(cat, newest, AS_OF)[0]
        later = _overdue_readings(cat, newest, AS_OF + timedelta(days=3))[0]
        return "overdue" if now else "due_soon" if later else "fresh"
    if len(seen) != 1:
        raise SystemExit(f"ambiguous column date {newest} for {cats}: {sorted(seen)}")
    return seen.pop()


# =============================================================================================
# Pictures (Pillow)
# =============================================================================================


def _font_path(files: list[str]) -> str:
    for f in files:
        if Path(f).exists():
            return f
    raise SystemExit("no CJK font: install fonts-noto-cjk or fonts-wqy-zenhei")


def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    files = FONT_SERIF_FILES if serif else FONT_BOLD_FILES if bold else FONT_FILES
    return ImageFont.truetype(_font_path(files), size)


def add_grain(im: Image.Image, rng: random.Random, amount: float = 0.12) -> Image.Image:
    layer = Image.frombytes("L", im.size, rng.randbytes(im.size[0] * im.size[1])).convert(im.mode)
    return Image.blend(im, layer, amount)


def gradient(size: tuple[int, int], top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    w, h = size
    im = Image.new("RGB", size)
    dr = ImageDraw.Draw(im)
    for y in range(h):
        t = y / max(1, h - 1)
        dr.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    return im


def photo(size: tuple[int, int], seed: int, kind: str = "field", dark: bool = False) -> Image.Image:
    """A photograph-like scene: sky, hills, fields or buildings, people, grain."""
    rng = random.Random(seed)
    w, h = size
    if dark:
        im = gradient(size, (10, 14, 30), (28, 30, 40))
    else:
        im = gradient(size, (120 + rng.randint(0, 40), 170 + rng.randint(0, 30), 225), (215, 228, 240))
    dr = ImageDraw.Draw(im)
    horizon = int(h * rng.uniform(0.42, 0.58))
    for layer in range(3):  # hills
        base = horizon - int(h * 0.12) + layer * int(h * 0.05)
        pts = [(0, h)]
        x = 0
        while x <= w:
            pts.append((x, base - rng.randint(0, int(h * 0.12))))
            x += rng.randint(w // 12, w // 5)
        pts += [(w, base), (w, h)]
        g = 60 + layer * 25
        dr.polygon(pts, fill=(40, 50, 60) if dark else (g - 20, g + 40, g - 10))
    if kind == "field":
        for i in range(14):  # rows of a field
            y = horizon + i * (h - horizon) // 14
            col = (170, 150, 60) if i % 2 else (190, 170, 80)
            dr.rectangle([0, y, w, y + (h - horizon) // 14], fill=(30, 35, 30) if dark else col)
        for _ in range(6):  # harvesters / people
            x, y = rng.randint(0, w - 60), rng.randint(horizon, h - 40)
            dr.rectangle([x, y, x + rng.randint(20, 60), y + rng.randint(14, 30)], fill=(200, 40, 30))
    elif kind == "town":
        for _ in range(rng.randint(9, 15)):  # buildings
            bw, bh = rng.randint(w // 16, w // 8), rng.randint(h // 6, h // 2)
            x = rng.randint(0, w - bw)
            shade = rng.randint(150, 230) if not dark else rng.randint(30, 60)
            dr.rectangle([x, horizon - bh + h // 6, x + bw, h], fill=(shade, shade - 10, shade - 20))
            for wy in range(horizon - bh + h // 6 + 6, h - 6, 14):
                for wx in range(x + 5, x + bw - 8, 12):
                    lit = rng.random() < (0.35 if dark else 0.9)
                    dr.rectangle([wx, wy, wx + 5, wy + 7],
                                 fill=(250, 220, 120) if (dark and lit) else (90, 110, 140) if lit else (40, 40, 50))
        dr.rectangle([0, h - h // 8, w, h], fill=(70, 70, 75) if not dark else (20, 20, 25))
    elif kind == "meeting":
        im = gradient(size, (150, 40, 40), (110, 25, 25))
        dr = ImageDraw.Draw(im)
        dr.rectangle([0, int(h * 0.55), w, h], fill=(120, 80, 50))
        for row in range(3):
            for i in range(12):
                x = 20 + i * (w - 40) // 12
                y = int(h * 0.5) + row * int(h * 0.14)
                dr.ellipse([x, y, x + 22, y + 26], fill=(50, 40, 35))
                dr.rectangle([x - 4, y + 24, x + 26, y + 60], fill=(30, 35, 50))
        dr.rectangle([w // 4, int(h * 0.08), 3 * w // 4, int(h * 0.2)], fill=(200, 30, 30))
    elif kind == "water":
        for i in range(40):
            y = horizon + i * (h - horizon) // 40
            c = 90 + (i * 37 % 50)
            dr.line([(0, y), (w, y + rng.randint(-3, 3))], fill=(60, c, 150), width=(h - horizon) // 40 + 1)
        for _ in range(25):
            x, y = rng.randint(0, w), rng.randint(int(h * 0.1), horizon - 20)
            dr.line([(x, y), (x + 6, y - 3), (x + 12, y)], fill=(30, 30, 30), width=2)
    im = add_grain(im, rng, 0.10)
    return im.filter(ImageFilter.GaussianBlur(0.6))


def archive_photo(size: tuple[int, int], seed: int) -> Image.Image:
    """A black-and-white archive photograph: a city gate, a street, people; grain and vignette."""
    rng = random.Random(seed)
    w, h = size
    im = gradient(size, (185, 185, 185), (120, 120, 120)).convert("L")
    dr = ImageDraw.Draw(im)
    dr.rectangle([w * 0.2, h * 0.25, w * 0.8, h * 0.8], fill=95)  # wall
    dr.rectangle([w * 0.42, h * 0.45, w * 0.58, h * 0.8], fill=30)  # gate opening
    dr.ellipse([w * 0.42, h * 0.38, w * 0.58, h * 0.52], fill=30)
    dr.polygon([(w * 0.15, h * 0.25), (w * 0.5, h * 0.08), (w * 0.85, h * 0.25)], fill=60)  # roof
    for i in range(int(w * 0.2), int(w * 0.8), 10):  # bricks
        dr.line([(i, h * 0.25), (i, h * 0.8)], fill=80)
    for j in range(int(h * 0.25), int(h * 0.8), 8):
        dr.line([(w * 0.2, j), (w * 0.8, j)], fill=105)
    for _ in range(14):  # people
        x, y = rng.randint(0, w - 12), rng.randint(int(h * 0.75), int(h * 0.9))
        dr.ellipse([x, y, x + 8, y + 9], fill=20)
        dr.rectangle([x - 1, y + 9, x + 9, y + 30], fill=35)
    im = add_grain(im, rng, 0.18)
    vignette = Image.new("L", size, 0)
    ImageDraw.Draw(vignette).ellipse([-w * 0.15, -h * 0.2, w * 1.15, h * 1.2], fill=255)
    vignette = vignette.filter(ImageFilter.GaussianBlur(40))
    im = Image.composite(im, Image.new("L", size, 40), vignette)
    return im.filter(ImageFilter.GaussianBlur(0.7))


def portrait(size: tuple[int, int], seed: int) -> Image.Image:
    rng = random.Random(seed)
    w, h = size
    im = gradient(size, (70, 120, 190), (30, 70, 140))
    dr = ImageDraw.Draw(im)
    dr.polygon([(w * 0.08, h), (w * 0.22, h * 0.68), (w * 0.78, h * 0.68), (w * 0.92, h)], fill=(25, 28, 40))
    dr.polygon([(w * 0.42, h * 0.68), (w * 0.5, h * 0.86), (w * 0.58, h * 0.68)], fill=(235, 235, 235))
    dr.polygon([(w * 0.48, h * 0.70), (w * 0.5, h * 0.9), (w * 0.52, h * 0.70)], fill=(150, 20, 30))
    skin = (224 - rng.randint(0, 20), 180 - rng.randint(0, 20), 150 - rng.randint(0, 20))
    dr.ellipse([w * 0.3, h * 0.2, w * 0.7, h * 0.66], fill=skin)
    dr.chord([w * 0.28, h * 0.14, w * 0.72, h * 0.5], 180, 360, fill=(20, 20, 22))
    dr.ellipse([w * 0.39, h * 0.4, w * 0.44, h * 0.44], fill=(30, 30, 30))
    dr.ellipse([w * 0.56, h * 0.4, w * 0.61, h * 0.44], fill=(30, 30, 30))
    dr.arc([w * 0.42, h * 0.5, w * 0.58, h * 0.58], 20, 160, fill=(150, 80, 70), width=2)
    return add_grain(im, rng, 0.06).filter(ImageFilter.GaussianBlur(0.8))


def banner(size: tuple[int, int], text: str, sub: str, c1: tuple[int, int, int], c2: tuple[int, int, int],
           seed: int) -> Image.Image:
    rng = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size)
    dr = ImageDraw.Draw(im)
    for x in range(w):
        t = x / (w - 1)
        dr.line([(x, 0), (x, h)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2, strict=True)))
    for _ in range(9):
        r = rng.randint(h // 3, h)
        x, y = rng.randint(w // 2, w), rng.randint(-r // 2, h)
        dr.ellipse([x - r, y - r, x + r, y + r], outline=(255, 255, 255), width=2)
    dr.text((30, h * 0.18), text, font=font(int(h * 0.36), bold=True, serif=True), fill=(255, 240, 200))
    dr.text((34, h * 0.64), sub, font=font(int(h * 0.16)), fill=(255, 255, 255))
    return im


def logo(size: tuple[int, int], name: str, en: str, color: tuple[int, int, int]) -> Image.Image:
    w, h = size
    im = Image.new("RGBA", size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    r = h // 2 - 4
    cx, cy = r + 6, h // 2
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(200, 20, 20), outline=(240, 200, 60), width=3)
    for i in range(5):  # stars
        a = -90 + i * 72
        sx, sy = cx + int(r * 0.55 * math.cos(math.radians(a))), cy + int(r * 0.55 * math.sin(math.radians(a)))
        dr.regular_polygon((sx, sy, r // 7), 5, fill=(250, 220, 60))
    dr.regular_polygon((cx, cy, r // 3), 5, fill=(250, 220, 60))
    dr.text((2 * r + 20, h * 0.08), name, font=font(int(h * 0.48), bold=True, serif=True), fill=color)
    dr.text((2 * r + 22, h * 0.66), en, font=font(int(h * 0.17)), fill=color)
    return im


def badge(size: tuple[int, int], lines: list[str], color: tuple[int, int, int]) -> Image.Image:
    w, h = size
    im = Image.new("RGB", size, (255, 255, 255))
    dr = ImageDraw.Draw(im)
    dr.rectangle([1, 1, w - 2, h - 2], outline=color, width=3)
    dr.ellipse([8, h // 2 - 16, 40, h // 2 + 16], fill=color)
    dr.regular_polygon((24, h // 2, 9), 5, fill=(255, 230, 80))
    f = font(int(h * 0.26), bold=True)
    for i, line in enumerate(lines):
        dr.text((50, 8 + i * int(h * 0.38)), line, font=f, fill=color)
    return im


def qr_like(size: int, seed: int) -> Image.Image:
    rng = random.Random(seed)
    n = 25
    cell = size // (n + 4)
    im = Image.new("L", (size, size), 255)
    dr = ImageDraw.Draw(im)
    grid = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(7):
            for x in range(7):
                ring = max(abs(x - 3), abs(y - 3))
                grid[fy + y][fx + x] = ring != 2
    for y in range(n):
        for x in range(n):
            if grid[y][x]:
                dr.rectangle([(x + 2) * cell, (y + 2) * cell, (x + 3) * cell - 1, (y + 3) * cell - 1], fill=0)
    return im


def placeholder(size: tuple[int, int], text: str, bg: tuple[int, int, int], fg: tuple[int, int, int],
                broken: bool = False) -> Image.Image:
    """The CMS's 'no picture' graphic or an image server's 'failed to load' graphic."""
    w, h = size
    im = Image.new("RGB", size, bg)
    dr = ImageDraw.Draw(im)
    iw, ih = int(w * 0.22), int(h * 0.28)
    x0, y0 = (w - iw) // 2, int(h * 0.2)
    dr.rectangle([x0, y0, x0 + iw, y0 + ih], outline=fg, width=3)
    dr.polygon([(x0 + 6, y0 + ih - 4), (x0 + iw * 0.4, y0 + ih * 0.45), (x0 + iw * 0.65, y0 + ih - 4)], fill=fg)
    dr.ellipse([x0 + iw * 0.65, y0 + ih * 0.15, x0 + iw * 0.85, y0 + ih * 0.38], fill=fg)
    if broken:
        dr.line([(x0 + iw * 0.55, y0 - 6), (x0 + iw * 0.4, y0 + ih * 0.5), (x0 + iw * 0.6, y0 + ih + 6)],
                fill=bg, width=6)
    f = font(int(h * 0.1))
    tw = dr.textlength(text, font=f)
    dr.text(((w - tw) / 2, y0 + ih + h * 0.08), text, font=f, fill=fg)
    return im


def county_map(size: tuple[int, int], towns: list[str], seed: int) -> Image.Image:
    rng = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size, (245, 243, 235))
    dr = ImageDraw.Draw(im)
    cols = [(244, 205, 160), (190, 220, 170), (200, 210, 240), (240, 220, 150), (220, 190, 220), (180, 220, 220)]
    k = 0
    for gy in range(2):
        for gx in range(3):
            x0, y0 = 40 + gx * (w - 80) // 3, 40 + gy * (h - 80) // 2
            x1, y1 = x0 + (w - 80) // 3, y0 + (h - 80) // 2
            pts = [(x0 + rng.randint(-12, 12), y0 + rng.randint(-12, 12)), (x1 + rng.randint(-12, 12), y0 + rng.randint(-12, 12)),
                   (x1 + rng.randint(-12, 12), y1 + rng.randint(-12, 12)), (x0 + rng.randint(-12, 12), y1 + rng.randint(-12, 12))]
            dr.polygon(pts, fill=cols[k], outline=(120, 100, 90))
            dr.text(((x0 + x1) / 2 - 30, (y0 + y1) / 2 - 10), towns[k], font=font(20), fill=(60, 50, 40))
            k += 1
    dr.line([(20, h * 0.7), (w * 0.4, h * 0.55), (w - 20, h * 0.62)], fill=(70, 130, 200), width=5)
    dr.text((w - 130, h - 34), "沂泉县行政区划图", font=font(16), fill=(80, 80, 80))
    return im


def icon(kind: str) -> Image.Image:
    im = Image.new("RGB", (16, 16), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    color = {"pdf": (200, 30, 30), "doc": (40, 90, 180), "xls": (30, 130, 60), "rar": (130, 60, 160)}[kind]
    dr.polygon([(2, 1), (10, 1), (14, 5), (14, 15), (2, 15)], fill=color)
    dr.polygon([(10, 1), (10, 5), (14, 5)], fill=(240, 240, 240))
    dr.line([(4, 8), (11, 8)], fill=(255, 255, 255))
    dr.line([(4, 11), (11, 11)], fill=(255, 255, 255))
    return im


def save(path: str, im: Image.Image, fmt: str | None = None, **kw: Any) -> str:
    target = SITE / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    fmt = fmt or {"jpg": "JPEG", "png": "PNG", "gif": "GIF"}[path.rsplit(".", 1)[1]]
    if fmt == "JPEG":
        im = im.convert("RGB") if im.mode != "L" else im
        kw.setdefault("quality", 86)
    im.save(target, fmt, **kw)
    return path


def spacer_gif(path: str) -> str:
    im = Image.new("P", (1, 1), 0)
    im.putpalette([255, 255, 255] * 256)
    return save(path, im, "GIF", transparency=0)


# =============================================================================================
# Attachments
# =============================================================================================


def tiny_pdf(title: str) -> bytes:
    text = title.encode("ascii", "replace").decode()
    stream = f"BT /F1 14 Tf 72 760 Td ({text}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def tiny_docx(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{esc(p)}</w:t></w:r></w:p>" for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


# =============================================================================================
# Text
# =============================================================================================

TOWNS = ["东沂街道", "青石镇", "柳河镇", "桃峪镇", "西岭镇", "白沙镇"]

NEWS_P = [
    "会议指出，今年以来，全县上下坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，主要经济指标保持平稳增长，为完成全年目标任务奠定了坚实基础。",
    "会议强调，各级各部门要进一步提高政治站位，压紧压实工作责任，细化任务分工，倒排工期、挂图作战，确保各项工作按时间节点推进落实。",
    "活动现场，工作人员通过发放宣传资料、设置咨询台、现场讲解等方式，向过往群众普及相关政策和法律法规知识，引导群众积极参与、主动支持。",
    "下一步，县有关部门将持续加大工作力度，健全完善长效机制，强化督导检查，推动各项措施落地见效，不断提升人民群众的获得感、幸福感、安全感。",
    "检查组一行深入田间地头、企业车间和项目现场，详细了解工作进展情况，听取有关负责同志汇报，现场协调解决存在的困难和问题。",
    "县直有关部门主要负责同志，各镇（街道）分管负责同志参加会议。",
    "此次活动共发放宣传资料2000余份，接受群众咨询300余人次，取得了良好的社会效果。",
    "与会人员围绕议题进行了深入讨论，并结合各自分管领域和工作实际提出了具体意见建议。",
    "据了解，该项目总投资约3.2亿元，主要建设生产车间、仓储用房及配套设施，建成后预计年产值可达5亿元，可带动当地就业300余人。",
    "截至目前，全县已累计完成小麦收获面积42.6万亩，占总面积的55%以上，机收率达到99%以上。",
    "会上，各镇（街道）和县直有关部门分别汇报了近期工作开展情况及下一步工作打算。",
    "要坚持问题导向，聚焦群众急难愁盼问题，拿出务实管用的举措，以钉钉子精神抓好工作落实。",
]
NOTICE_P = [
    "各镇人民政府、街道办事处，县政府各部门、各直属机构，各有关单位：",
    "为切实做好相关工作，根据上级有关文件精神，结合我县实际，现将有关事项通知如下：",
    "一、工作目标。坚持以人民为中心的发展思想，进一步规范工作流程，提高服务质量和效率。",
    "二、工作要求。各单位要高度重视，明确专人负责，按照时间节点认真组织实施，确保工作取得实效。",
    "三、报送时间。请各单位于规定时间前将有关材料报送至县政府办公室，逾期未报送的视为无异议。",
    "联系人：县政府办公室政务公开科，联系电话：0539-6212345。",
    "特此通知。",
]
POLICY_P = [
    "第一条　为进一步规范管理，提高行政效能，根据有关法律法规和政策规定，结合本县实际，制定本办法。",
    "第二条　本办法适用于本县行政区域内的相关管理活动。法律、法规另有规定的，从其规定。",
    "第三条　县人民政府负责统筹协调本县的相关工作，县直有关部门按照各自职责做好相关工作。",
    "第四条　各镇人民政府、街道办事处负责本辖区内的具体实施工作，村（居）民委员会予以协助。",
    "第五条　有关单位和个人应当遵守本办法的规定，自觉接受社会监督。",
    "第六条　本办法自发布之日起施行，有效期五年。",
]
JD_P = [
    "一、出台背景。为贯彻落实上级决策部署，进一步推动相关工作落地见效，结合我县实际，制定出台了该文件。",
    "二、主要内容。文件共分为总体要求、重点任务、保障措施三个部分，明确了工作目标、责任单位和完成时限。",
    "三、主要特点。一是突出问题导向，聚焦群众关心关注的热点难点问题；二是突出可操作性，各项任务均明确了牵头单位和配合单位。",
    "四、解读机关及联系方式。解读机关：沂泉县发展和改革局；联系电话：0539-6218802。",
]
PERSONNEL_P = [
    "各镇人民政府、街道办事处，县政府各部门、各直属机构：",
    "经县人民政府研究决定：",
    "任命王建华同志为沂泉县发展和改革局副局长（试用期一年）；",
    "任命陈晓峰同志为沂泉县农业农村局副局长（试用期一年）；",
    "免去李明同志的沂泉县交通运输局副局长职务。",
]
DEPT_P = [
    "为进一步加强自然资源管理，切实守住耕地保护红线和生态保护红线，县自然资源局坚持问题导向，扎实推进各项重点工作。",
    "活动中，执法人员深入各镇（街道）、村居，采取实地踏勘、入户走访、对照卫片图斑等方式逐一排查，建立问题台账，明确整改时限。",
    "局党组成员、各科室及基层自然资源所负责同志参加会议。",
    "会议要求，全局干部职工要牢固树立底线思维，强化责任担当，以更加务实的作风推动各项工作落地落实。",
    "下一步，县自然资源局将持续加大宣传和监管力度，坚决遏制各类违法违规行为，为全县经济社会高质量发展提供有力的资源要素保障。",
    "此次演练检验了应急预案的可操作性，提高了相关人员的应急处置能力和协同作战能力。",
    "据统计，今年以来全县共开展各类巡查126次，发现并制止违法行为9起，立案查处3起。",
]


def paragraphs(pool: list[str], rng: random.Random, n: int, lead: str | None = None) -> list[str]:
    out = [lead] if lead else []
    picks = rng.sample(pool, min(n, len(pool)))
    return out + picks


# =============================================================================================
# Declarations shared by both sites
# =============================================================================================


@dataclass
class Art:
    """One list entry and, unless ``gone``, its article page."""

    title: str
    day: date
    hm: str = "09:30"
    source: str = ""
    gone: bool = False            # listed, but the article was deleted (answers 404)
    images: list[str] = field(default_factory=list)
    attach: list[tuple[str, str]] = field(default_factory=list)  # (label, path)
    doc_no: str = ""              # 文号
    signed: date | None = None    # 成文日期
    pool: str = "news"
    url: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Col:
    site: str
    key: str
    name: str
    url: str
    cats: set[str]
    style: str
    arts: list[Art] = field(default_factory=list)
    blank: str = ""               # how a blank column is blank ("" = not blank)
    single: bool = False          # a single page (no list)
    group: str = ""
    per_page: int = 0             # 0 = one page
    deliberate: str = ""          # a date at the limit on purpose, with the reason
    note: str = ""
    # department site only
    configured: bool = True
    config_url: str | None = None
    config_cat: str | None = None
    missing: bool = False

    @property
    def newest(self) -> date | None:
        return max((a.day for a in self.arts), default=None)


COLUMNS: list[Col] = []


def col(*args: Any, **kw: Any) -> Col:
    c = Col(*args, **kw)
    COLUMNS.append(c)
    return c


# =============================================================================================
# The county portal (开普云-like cloud platform)
# =============================================================================================

P_NAV: list[tuple[str, str, list[str]]] = []   # (group id, group name, child ids)
P_COLS: dict[str, Col] = {}
P_GROUP_NAMES: dict[str, str] = {}


def pcol(cid: str, name: str, cats: set[str], style: str, arts: list[Art] | None = None, **kw: Any) -> Col:
    c = col(PORTAL, cid, name, f"/channels/{cid}.html", cats, style, arts or [], **kw)
    P_COLS[cid] = c
    return c


def declare_portal() -> None:
    A = Art
    groups = [
        ("10010", "走进沂泉", ["10011", "10012", "10013", "10014"]),
        ("10020", "政务动态", ["10021", "10022", "10023", "10024", "10025", "10026"]),
        ("10030", "信息公开", ["10031", "10032", "10033", "10034", "10035", "10036", "10037", "10038", "10039", "10040"]),
        ("10050", "政务服务", []),
        ("10060", "互动交流", ["10061", "10062", "10063"]),
        ("10070", "专题专栏", ["10071", "10072"]),
    ]
    for gid, gname, kids in groups:
        P_NAV.append((gid, gname, kids))
        P_GROUP_NAMES[gid] = gname
    # group landing pages (columns of the navigation too)
    pcol("10010", "走进沂泉", {"other"}, "intro", single=True, group="10010",
         note="the group's landing page is the county's introduction: text and a photo, no list")
    pcol("10020", "政务动态", {"news", "other"}, "blocks", group="10020",
         note="landing page made of blocks of the sub-columns' newest items (newest 2024-06-19)")
    pcol("10030", "信息公开", {"other"}, "grid", single=True, group="10030",
         note="landing page that is a grid of sub-column tiles, not a list")
    pcol("10050", "政务服务", {"other"}, "services", single=True, group="10050",
         note="a page of service tiles and a phone table, not a list")
    pcol("10060", "互动交流", {"other", "notice"}, "hdjl", group="10060",
         note="landing page: mailbox block and the newest calls for comment (2024-06-10)")
    pcol("10070", "专题专栏", {"other"}, "banners", single=True, group="10070",
         note="landing page that is a grid of topic banners")

    # 走进沂泉: single pages
    pcol("10011", "县情概况", {"other"}, "single", single=True, group="10010", note="single page: text, a table, a photo")
    pcol("10012", "历史文化", {"other"}, "single", single=True, group="10010",
         note="single page full of old years (1958, 1987…) and a black-and-white archive photo")
    pcol("10013", "领导之窗", {"other"}, "single", single=True, group="10010", note="portraits and duties, no list")
    pcol("10014", "行政区划", {"other"}, "single", single=True, group="10010", note="a map and a table of towns")

    # 政务动态
    pcol("10021", "沂泉要闻", {"news"}, "kp-list", group="10020", per_page=5, arts=[
        A("县委常委会召开会议 传达学习省委十二届五次全会精神", d("2024-06-19"), "17:40", "沂泉县融媒体中心",
          images=["/uploadfiles/202406/19/20240619174012801.jpg"]),
        A("全县安全生产暨防汛抗旱工作会议召开", d("2024-06-18"), "16:05", "沂泉县融媒体中心", extra={"slow": 3900},
          images=["/uploadfiles/202406/18/20240618160533417.jpg"]),
        A("沂泉县召开优化营商环境工作推进会", d("2024-06-14"), "11:20", "县发展和改革局"),
        A("县政府与鲁东新材料有限公司签署年产5万吨新型建材项目合作协议", d("2024-06-12"), "15:48", "县投资促进服务中心",
          images=["/uploadfiles/202406/12/20240612154820066.jpg"]),
        A("县领导督导检查“三夏”生产和秸秆禁烧工作", d("2024-06-11"), "09:42", "沂泉县融媒体中心",
          images=["/uploadfiles/202406/11/20240611094218730.jpg"], extra={"img404": True}),
        A("全县乡村振兴重点工作现场观摩会举行", d("2024-06-05"), "18:10", "县农业农村局"),
        A("沂泉县举行2024年第二批重点项目集中开工仪式", d("2024-05-30"), "10:15", "沂泉县融媒体中心", gone=True),
        A("县人大常委会召开第十八次会议", d("2024-05-27"), "16:30", "县人大常委会办公室"),
    ], note="fresh; a side box of older items (往期回顾, 2023 dates)")
    pcol("10022", "工作动态", {"news"}, "json-rows", group="10020", arts=[
        A("县市场监管局开展夏季食品安全专项检查", d("2024-06-17"), "10:32", "县市场监督管理局"),
        A("县卫生健康局组织开展“健康沂泉”大型义诊活动", d("2024-06-15"), "09:05", "县卫生健康局"),
        A("县住建局加快推进2024年老旧小区改造工程", d("2024-06-13"), "14:20", "县住房和城乡建设局"),
        A("县教体局部署2024年中考考务及服务保障工作", d("2024-06-07"), "08:50", "县教育和体育局"),
        A("县人社局举办“春风行动”高校毕业生专场招聘会", d("2024-06-03"), "16:12", "县人力资源和社会保障局"),
        A("县农业农村局开展小麦“一喷三防”技术培训", d("2024-05-28"), "11:03", "县农业农村局"),
    ], note="fresh; filled by jQuery from a JSON endpoint, dates shown as MM-DD")
    pcol("10023", "镇街动态", {"news"}, "table-src", group="10020", arts=[
        A("青石镇开展人居环境整治“百日攻坚”行动", d("2024-05-29"), "17:22", "青石镇"),
        A("柳河镇召开农村集体“三资”清理规范工作会议", d("2024-05-22"), "10:40", "柳河镇"),
        A("东沂街道举办“邻里节”社区文化活动", d("2024-05-16"), "15:18", "东沂街道"),
    ])
    pcol("10024", "部门动态", {"news"}, "datetime", group="10020", arts=[
        A("县应急管理局开展2024年防汛应急综合演练", d("2024-06-06"), "10:32", "县应急管理局"),
        A("县交通运输局启动农村公路“养护月”活动", d("2024-06-03"), "15:06", "县交通运输局"),
        A("县税务局开展“便民办税春风行动”进园区活动", d("2024-05-30"), "09:48", "国家税务总局沂泉县税务局"),
    ], deliberate="newest exactly 14 days before the as-of date: not overdue (older than the limit means "
                  "strictly more than 14 days), overdue tomorrow, so column.due_soon",
       note="a side box of site-wide newest items (2024-06-19 …) sits next to the list")
    pcol("10025", "图片新闻", {"news", "other"}, "pic-grid", group="10020", arts=[
        A("沂泉县“三夏”麦收进度过半", d("2024-06-16"), "18:30", "沂泉县融媒体中心",
          extra={"thumb": "/uploadfiles/202406/16/20240616183011245_s.jpg"}),
        A("沂河湿地公园迎来观鸟季", d("2024-06-13"), "08:15", "沂泉县融媒体中心",
          extra={"thumb": "/uploadfiles/202406/13/20240613081520934_s.jpg"}),
        A("2024年沂泉县全民健身运动会开幕", d("2024-06-09"), "19:02", "县教育和体育局",
          extra={"thumb": "/static/images/nopic.jpg"}),
        A("西岭镇大樱桃喜获丰收", d("2024-06-04"), "10:26", "西岭镇",
          extra={"thumb": "/uploadfiles/202406/04/20240604102647118_s.jpg"}),
    ], note="fresh picture grid with lazily loaded thumbnails; served after 2400 ms")
    pcol("10026", "媒体关注", {"news", "other"}, "media", group="10020", arts=[
        A("大众日报：沂泉“一窗通办”让群众少跑腿", d("2024-06-17"), "08:20", "大众日报"),
        A("山东电视台：沂泉特色农产品走俏长三角市场", d("2024-06-12"), "20:05", "山东电视台"),
    ])

    # 信息公开
    pdf = "/uploadfiles/202405/30/P020240530387215603841.pdf"
    pcol("10031", "政策文件", {"policy"}, "doc-table", group="10030", per_page=3, arts=[
        A("沂泉县人民政府关于印发《沂泉县2024年重点项目建设计划》的通知", d("2024-05-30"), "10:00", "县政府办公室",
          pool="policy", doc_no="沂政发〔2024〕5号", signed=d("2024-05-27"),
          attach=[("沂泉县2024年重点项目建设计划表.pdf", pdf)], extra={"missing_attach": pdf}),
        A("沂泉县人民政府办公室关于做好2024年防汛抗旱工作的通知", d("2024-05-20"), "16:00", "县政府办公室",
          pool="policy", doc_no="沂政办字〔2024〕11号", signed=d("2024-05-16"),
          attach=[("2024年防汛抗旱责任人名单.docx", "/uploadfiles/202405/20/P020240520615822740936.docx")],
          extra={"flaky_attach": "/uploadfiles/202405/20/P020240520615822740936.docx"}),
        A("沂泉县人民政府关于公布县级行政许可事项清单的通知", d("2024-04-12"), "09:00", "县政府办公室",
          pool="policy", doc_no="沂政发〔2024〕3号", signed=d("2024-04-08"),
          attach=[("沂泉县县级行政许可事项清单.pdf", "/uploadfiles/202404/12/P020240412540381177215.pdf")]),
        A("沂泉县人民政府办公室关于印发沂泉县扬尘污染防治工作方案的通知", d("2024-02-26"), "15:30", "县政府办公室",
          pool="policy", doc_no="沂政办字〔2024〕4号", signed=d("2024-02-21")),
        A("沂泉县人民政府关于调整县政府领导同志工作分工的通知", d("2023-12-15"), "11:00", "县政府办公室",
          pool="policy", doc_no="沂政字〔2023〕58号", signed=d("2023-12-12")),
    ], note="fresh (2024-05-30): document table with 文号; page 1 served after 3350 ms")
    pcol("10032", "政策解读", {"policy", "news", "other"}, "jd", group="10030", arts=[
        A("图解：《沂泉县2024年重点项目建设计划》", d("2024-06-14"), "10:10", "县发展和改革局",
          images=["/uploadfiles/202406/14/20240614jd01.png"], extra={"tag": "图解", "failed_graphic": True}, pool="jd"),
        A("一图读懂：2024年防汛抗旱工作要点", d("2024-05-22"), "09:30", "县应急管理局",
          images=["/uploadfiles/202405/22/20240522jd02.png"], extra={"tag": "图解"}, pool="jd"),
        A("《沂泉县扬尘污染防治工作方案》政策解读", d("2024-02-27"), "15:00", "县生态环境分局", extra={"tag": "文字"}, pool="jd"),
    ])
    pcol("10033", "通知公告", {"notice"}, "notice-rows", group="10030", arts=[
        A("关于2023年冬季清洁取暖补贴申报的公告", d("2023-11-28"), "09:00", "县住房和城乡建设局", pool="notice"),
        A("关于开展2023年度政府信息公开工作考核的通知", d("2023-10-11"), "10:30", "县政府办公室", pool="notice"),
        A("关于公开征求《沂泉县城区停车管理办法（征求意见稿）》意见的公告", d("2023-08-25"), "16:20", "县城市管理局",
          pool="notice"),
    ], note="a side box of site-wide newest items (2024-06-19 …) sits next to the list")
    pcol("10034", "人事信息", {"personnel"}, "cn-pad", group="10030", arts=[
        A("沂泉县人民政府关于王建华等同志职务任免的通知", d("2023-04-18"), "10:00", "县政府办公室", pool="personnel"),
        A("2022年沂泉县事业单位公开招聘拟聘用人员公示", d("2022-12-06"), "15:00", "县人力资源和社会保障局",
          pool="notice"),
    ])
    pcol("10035", "规划计划", {"plan"}, "date-first", group="10030", arts=[
        A("沂泉县国民经济和社会发展第十四个五年规划纲要实施中期评估报告", d("2023-10-16"), "09:00",
          "县发展和改革局", pool="policy"),
        A("沂泉县2023年国民经济和社会发展计划", d("2023-03-02"), "10:00", "县发展和改革局", pool="policy"),
    ], note="plan column 8 months old: under its 12-month limit")
    pcol("10036", "财政资金", {"other", "policy", "notice"}, "slash-pad", group="10030", arts=[
        A("沂泉县2023年政府债务限额及余额情况", d("2023-12-29"), "16:00", "县财政局", pool="notice"),
        A("沂泉县2023年县级预算调整方案", d("2023-09-08"), "11:00", "县财政局", pool="notice"),
    ], note="newest 2023-12-29: clean under any category but news")
    pcol("10037", "重大项目", {"other"}, "blank", group="10030", blank="skeleton-xhr",
         note="eight skeleton rows that a jQuery call should fill; its JSON endpoint answers 404")
    pcol("10038", "双随机一公开", {"other"}, "blank", group="10030", blank="no-info",
         note="“暂无相关信息” in the list box")
    pcol("10039", "统计数据", {"other"}, "tj", group="10030", arts=[
        A("2022年沂泉县国民经济和社会发展统计公报", d("2023-05-10"), "09:00", "县统计局", pool="notice"),
        A("2022年沂泉县主要统计指标", d("2023-02-14"), "10:00", "县统计局", pool="notice"),
    ], note="an 'other' column whose newest item is from 2023-05: no limit")
    pcol("10040", "建议提案", {"other"}, "blank", group="10030", blank="json-empty",
         note="a table head and “共 0 条”: the JSON endpoint answers with an empty list")

    # 互动交流
    pcol("10061", "县长信箱", {"other"}, "mailbox", single=True, group="10060", note="a letter form, no list")
    pcol("10062", "征集调查", {"other", "notice"}, "zj", group="10060", arts=[
        A("关于《沂泉县城市供水管理办法（征求意见稿）》公开征求意见的公告", d("2024-06-10"), "09:00",
          "县水务局", pool="notice", extra={"range": (d("2024-06-10"), d("2024-07-10")), "state": "进行中"}),
        A("2024年县政府民生实事项目征集", d("2024-05-08"), "09:00", "县政府办公室", pool="notice",
          extra={"range": (d("2024-05-08"), d("2024-06-08")), "state": "已结束"}),
    ])
    pcol("10063", "在线访谈", {"other"}, "blank", group="10060", blank="template-404",
         note="an empty box that art-template should fill; /static/js/template-web.js answers 404")

    # 专题专栏
    pcol("10071", "创城动态", {"news"}, "zt-dl", group="10070", arts=[
        A("我县开展文明交通劝导志愿服务活动", d("2024-05-24"), "16:40", "县文明办"),
        A("东沂街道开展背街小巷环境卫生集中整治", d("2024-05-15"), "10:05", "东沂街道"),
        A("全县创建全国文明城市工作推进会召开", d("2024-04-28"), "17:00", "县文明办"),
    ])
    pcol("10072", "营商环境", {"other", "news"}, "bracket", group="10070", arts=[
        A("沂泉县推行涉企经营许可事项“证照联办”", d("2024-06-12"), "09:20", "县行政审批服务局"),
        A("县税务局推出十项便民办税缴费新举措", d("2024-05-31"), "15:10", "国家税务总局沂泉县税务局"),
    ])


# ---------------------------------------------------------------------------------------------
# Portal: chrome
# ---------------------------------------------------------------------------------------------

P_FOOT_CODE = "3713990001"
INTERVIEWS = [
    Art("“我为群众办实事”——县行政审批服务局局长做客在线访谈", d("2024-06-06"), "15:00", "县行政审批服务局"),
    Art("聚焦“三夏”生产——县农业农村局负责人在线答问", d("2024-05-29"), "15:00", "县农业农村局"),
]


def p_nav(active_group: str | None) -> str:
    items = ['<li class="nav-item{}"><a class="nav-link" href="/">首页</a></li>'.format(" on" if active_group == "home" else "")]
    for gid, gname, kids in P_NAV:
        drop = ""
        if kids:
            drop = '<div class="nav-drop">' + "".join(
                f'<a href="/channels/{k}.html">{esc(P_COLS[k].name)}</a>' for k in kids) + "</div>"
        on = " on" if active_group == gid else ""
        items.append(f'<li class="nav-item{on}"><a class="nav-link" href="/channels/{gid}.html">{esc(gname)}</a>{drop}</li>')
    return '<div class="kp-nav"><div class="kp-w"><ul class="nav-list">' + "".join(items) + "</ul></div></div>"


def p_page(title: str, body: str, group: str | None = None, scripts: str = "", body_class: str = "") -> str:
    full = f"{title}_沂泉县人民政府" if title != "沂泉县人民政府" else title
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{esc(full)}</title>
<meta name="keywords" content="沂泉县人民政府,沂泉,政务公开">
<meta name="description" content="沂泉县人民政府门户网站">
<link rel="stylesheet" href="/static/css/kp-base.css">
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/kp-common.js"></script>
</head>
<body class="{body_class}">
<div class="kp-topbar"><div class="kp-w"><span id="kpToday"></span><span class="kp-top-r"><a href="javascript:;" class="kp-wza">无障碍浏览</a><i>|</i><a href="javascript:;" class="kp-elder">长者模式</a><i>|</i><a href="/about/wzdt.html">网站地图</a></span></div></div>
<div class="kp-header"><div class="kp-w"><a class="kp-logo" href="/"><img src="/static/images/logo.png" alt="沂泉县人民政府" width="460" height="80"></a>
<form class="kp-search" action="/search/index.html" method="get"><input type="text" name="q" placeholder="请输入您要搜索的内容"><button type="submit">搜 索</button></form></div></div>
{p_nav(group)}
<div class="kp-main">
{body}
</div>
<div class="kp-footer"><div class="kp-w">
<div class="ft-links"><a href="/about/lxwm.html">联系我们</a><i>|</i><a href="/about/wzdt.html">网站地图</a><i>|</i><a href="javascript:;" onclick="window.external &amp;&amp; window.external.addFavorite &amp;&amp; window.external.addFavorite(location.href, document.title)">加入收藏</a></div>
<div class="ft-info"><a class="kp-ext ft-dzjg" href="javascript:;" data-path="/ext/conac/"><img src="/static/images/dzjg.png" alt="党政机关" width="110" height="55"></a>
<p>主办单位：沂泉县人民政府办公室　　承办单位：沂泉县大数据中心　　联系电话：0539-6212345</p>
<p>网站标识码：{P_FOOT_CODE}　　鲁ICP备05018726号-1　　鲁公网安备 37139902000318号</p>
<p>地址：山东省沂泉县沂河路188号　　邮编：276500　　建议使用1366×768分辨率浏览</p>
<span class="ft-jiucuo"><script id="_jiucuo_" sitecode="{P_FOOT_CODE}" src="/static/js/jiucuo.js"></script></span>
<span class="ft-qr"><img src="/static/images/qr_yqfb.png" alt="沂泉发布微信公众号" width="90" height="90"><em>沂泉发布</em></span></div>
</div></div>
{scripts}
</body>
</html>
"""


def p_crumb(*parts: tuple[str, str | None]) -> str:
    out = ['<a href="/">首页</a>']
    for name, href in parts:
        out.append(f'<a href="{href}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>")
    return '<div class="kp-crumb kp-w">当前位置：' + " &gt; ".join(out) + "</div>"


def p_side(gid: str, active: str) -> str:
    gname = P_GROUP_NAMES[gid]
    kids = next(k for g, _n, k in P_NAV if g == gid)
    lis = "".join(f'<li{ON if k == active else ""}><a href="/channels/{k}.html">{esc(P_COLS[k].name)}</a></li>'
                  for k in kids)
    return f'<div class="kp-side"><h3 class="side-tit">{esc(gname)}</h3><ul class="side-menu">{lis}</ul></div>'


def p_newest_aside(title: str, arts: list[Art], fmt: str = "md") -> str:
    lis = "".join(f'<li><a href="{a.url}" title="{esc(a.title)}">{esc(a.title)}</a>'
                  f'<span>{a.day:%m-%d}</span></li>' if fmt == "md" else
                  f'<li><a href="{a.url}" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.day.isoformat()}</span></li>'
                  for a in arts)
    return f'<div class="kp-aside"><div class="aside-hd">{esc(title)}</div><ul class="aside-list">{lis}</ul></div>'


def p_pager(cid: str, n: int, cur: int, total: int) -> str:
    def href(i: int) -> str:
        return f"/channels/{cid}.html" if i == 1 else f"/channels/{cid}_{i}.html"

    parts = [f'<span class="p-info">共{total}条　{cur}/{n}页</span>']
    parts.append(f'<a href="{href(1)}">首页</a>' if cur > 1 else '<span class="disabled">首页</span>')
    parts.append(f'<a href="{href(cur - 1)}">上一页</a>' if cur > 1 else '<span class="disabled">上一页</span>')
    for i in range(1, n + 1):
        parts.append(f'<a class="on">{i}</a>' if i == cur else f'<a href="{href(i)}">{i}</a>')
    parts.append(f'<a href="{href(cur + 1)}">下一页</a>' if cur < n else '<span class="disabled">下一页</span>')
    parts.append(f'<a href="{href(n)}">尾页</a>' if cur < n else '<span class="disabled">尾页</span>')
    return '<div class="kp-pager">' + "".join(parts) + "</div>"


# ---------------------------------------------------------------------------------------------
# Portal: list renderers (one markup per column, as a cloud platform's template per column)
# ---------------------------------------------------------------------------------------------


def p_list(c: Col, arts: list[Art]) -> str:
    s = c.style
    if s == "kp-list":
        return '<ul class="kp-list">' + "".join(
            f'<li class="kp-list-item"><a class="kp-title" href="{a.url}" target="_blank" title="{esc(a.title)}">'
            f'{esc(a.title)}</a><span class="kp-date">{a.day.year}/{a.day.month}/{a.day.day}</span></li>' for a in arts) + "</ul>"
    if s == "table-src":
        rows = "".join(f'<tr><td class="tit"><a href="{a.url}" target="_blank">{esc(a.title)}</a></td>'
                       f'<td class="src">来源：{esc(a.source)}</td><td class="time">[{a.day:%Y.%m.%d}]</td></tr>' for a in arts)
        return f'<table class="tb-list" cellspacing="0" cellpadding="0">{rows}</table>'
    if s == "datetime":
        return '<div class="bm-list">' + "".join(
            f'<div class="bm-item"><a href="{a.url}" target="_blank">{esc(a.title)}</a>'
            f'<p class="bm-meta"><span>来源：{esc(a.source)}</span><span>{a.day.isoformat()} {a.hm}</span></p></div>'
            for a in arts) + "</div>"
    if s == "pic-grid":
        cards = []
        for a in arts:
            thumb = a.extra["thumb"]
            if thumb.startswith("/static/"):  # the CMS writes its default picture directly
                img = f'<img src="{thumb}" alt="{esc(a.title)}" width="260" height="173">'
            else:
                img = (f'<img class="lazy" src="/static/images/blank.gif" data-original="{thumb}" '
                       f'alt="{esc(a.title)}" width="260" height="173">')
            cards.append(f'<div class="pic-card"><a href="{a.url}" target="_blank"><div class="thumb">{img}</div>'
                         f'<h4>{esc(a.title)}</h4></a><p class="meta">发布时间：{a.day.isoformat()}</p></div>')
        return '<div class="pic-grid clearfix">' + "".join(cards) + "</div>"
    if s == "media":
        return '<ol class="media-list">' + "".join(
            f'<li><em class="src">{esc(a.source)}</em><a href="{a.url}" target="_blank">{esc(a.title)}</a>'
            f'<time datetime="{a.day.isoformat()}">{cn_date(a.day)}</time></li>' for a in arts) + "</ol>"
    if s == "doc-table":
        start = arts[0].extra.get("_no", 1)
        rows = "".join(
            f'<tr><td class="no">{start + i}</td><td class="name"><a href="{a.url}" target="_blank" title="{esc(a.title)}">'
            f'{esc(a.title)}</a></td><td class="wh">{esc(a.doc_no)}</td><td>{a.signed.isoformat() if a.signed else ""}</td>'
            f'<td>{a.day.isoformat()}</td></tr>' for i, a in enumerate(arts))
        return ('<table class="doc-tb"><thead><tr><th width="50">序号</th><th>文件名称</th><th width="150">文号</th>'
                f'<th width="95">成文日期</th><th width="95">发布日期</th></tr></thead><tbody>{rows}</tbody></table>')
    if s == "jd":
        return '<ul class="jd-list">' + "".join(
            f'<li><span class="tag">{esc(a.extra.get("tag", "文字"))}</span><a href="{a.url}" target="_blank">'
            f'{esc(a.title)}</a><span class="time">{a.day.isoformat()}</span></li>' for a in arts) + "</ul>"
    if s == "notice-rows":
        return '<div class="notice-box">' + "".join(
            f'<div class="notice-row"><i class="dot"></i><a href="{a.url}" target="_blank">{esc(a.title)}</a>'
            f'<span>{a.day.isoformat()}</span></div>' for a in arts) + "</div>"
    if s == "cn-pad":
        return '<ul class="rs-list">' + "".join(
            f'<li><a href="{a.url}" target="_blank">{esc(a.title)}</a><span class="fr">{cn_date_pad(a.day)}</span></li>'
            for a in arts) + "</ul>"
    if s == "date-first":
        return '<ul class="gh-list">' + "".join(
            f'<li><span class="time">{a.day:%Y.%m.%d}</span><a href="{a.url}" target="_blank">{esc(a.title)}</a></li>'
            for a in arts) + "</ul>"
    if s == "slash-pad":
        return '<ul class="cz-list">' + "".join(
            f'<li><a href="{a.url}" target="_blank">{esc(a.title)}</a><span>{a.day:%Y/%m/%d}</span></li>' for a in arts) + "</ul>"
    if s == "tj":
        return '<div class="tj-box">' + "".join(
            f'<div class="tj-item"><h4><a href="{a.url}" target="_blank">{esc(a.title)}</a></h4>'
            f'<p>发布日期：{cn_date(a.day)}　来源：{esc(a.source)}</p></div>' for a in arts) + "</div>"
    if s == "zj":
        return '<div class="zj-box">' + "".join(
            f'<div class="zj-row"><a href="{a.url}" target="_blank">{esc(a.title)}</a>'
            f'<span class="zt {"ing" if a.extra["state"] == "进行中" else "end"}">{a.extra["state"]}</span>'
            f'<span class="rq">征集时间：{a.extra["range"][0].isoformat()} 至 {a.extra["range"][1].isoformat()}</span></div>'
            for a in arts) + "</div>"
    if s == "zt-dl":
        return '<div class="zt-list">' + "".join(
            f'<dl><dt><a href="{a.url}" target="_blank">{esc(a.title)}</a></dt><dd class="time">{a.day:%m-%d}</dd></dl>'
            for a in arts) + "</div>"
    if s == "bracket":
        return '<ul class="kp-list yshj">' + "".join(
            f'<li class="kp-list-item"><a class="kp-title" href="{a.url}" target="_blank">{esc(a.title)}</a>'
            f'<span class="kp-date">[{a.day.isoformat()}]</span></li>' for a in arts) + "</ul>"
    raise ValueError(s)


JSON_LIST_SCRIPT = """<script>
$(function () {
  $.ajax({
    url: '/api/front/channel/%(cid)s/articles.json',
    type: 'get',
    dataType: 'json',
    success: function (res) {
      var html = '';
      $.each(res.data.list, function (i, it) {
        html += '<div class=\\'art-row\\'><a href=\\'' + it.url + '\\' target=\\'_blank\\' title=\\'' + it.title + '\\'>' +
                '<span class=\\'t\\'>' + it.title + '</span><span class=\\'d\\'>' + it.publishTime.substr(5, 5) + '</span></a></div>';
      });
      $('#artList').html(html);
      $('#artTotal').text(res.data.total);
    }
  });
});
</script>"""

SKELETON_SCRIPT = """<script>
$(function () {
  $.ajax({
    url: '/api/front/channel/%(cid)s/articles.json',
    type: 'get',
    dataType: 'json',
    success: function (res) {
      var rows = $('#xmList li');
      $.each(res.data.list, function (i, it) {
        var li = rows.eq(i);
        li.find('a').attr('href', it.url).text(it.title);
        li.find('.xm-date').text(it.publishTime.substr(0, 10));
      });
    }
  });
});
</script>"""

EMPTY_TABLE_SCRIPT = """<script>
$(function () {
  $.getJSON('/api/front/channel/%(cid)s/articles.json', function (res) {
    var html = '';
    $.each(res.data.list, function (i, it) {
      html += '<tr><td>' + (i + 1) + '</td><td class=\\'l\\'><a href=\\'' + it.url + '\\'>' + it.title + '</a></td><td>' + it.code + '</td><td>' + it.publishTime.substr(0, 10) + '</td></tr>';
    });
    $('#taBody').html(html);
    $('#taTotal').text(res.data.total);
  });
});
</script>"""

TEMPLATE_SCRIPT = """<script src="/static/js/template-web.js"></script>
<script id="ftTpl" type="text/html">
{{each list v}}
<div class='ft-item'><a href='{{v.url}}' target='_blank'>{{v.title}}</a><span class='ft-guest'>{{v.guest}}</span><span class='ft-date'>{{v.date}}</span></div>
{{/each}}
</script>
<script>
$(function () {
  $.getJSON('/api/front/channel/%(cid)s/articles.json', function (res) {
    $('#ftList').html(template('ftTpl', res.data));
  });
});
</script>"""


def p_blank_body(c: Col) -> tuple[str, str]:
    if c.blank == "skeleton-xhr":
        rows = '<li><a href="javascript:;" target="_blank"></a><span class="xm-date"></span></li>' * 8
        return f'<ul class="xm-list" id="xmList">{rows}</ul>', SKELETON_SCRIPT % {"cid": c.key}
    if c.blank == "no-info":
        return '<div class="kp-listbox"><p class="kp-empty">暂无相关信息</p></div>', ""
    if c.blank == "json-empty":
        return ('<table class="ta-tb"><thead><tr><th width="60">序号</th><th>标题</th><th width="160">编号</th>'
                '<th width="110">答复日期</th></tr></thead><tbody id="taBody"></tbody></table>'
                '<div class="kp-pager"><span class="p-info">共<em id="taTotal">0</em>条　1/1页</span></div>',
                EMPTY_TABLE_SCRIPT % {"cid": c.key})
    if c.blank == "template-404":
        return '<div class="ft-list" id="ftList"></div>', TEMPLATE_SCRIPT % {"cid": c.key}
    raise ValueError(c.blank)


# ---------------------------------------------------------------------------------------------
# Portal: pages
# ---------------------------------------------------------------------------------------------


def p_article_pool(a: Art) -> list[str]:
    return {"news": NEWS_P, "notice": NOTICE_P, "policy": POLICY_P, "personnel": PERSONNEL_P, "jd": JD_P}[a.pool]


def p_article(c: Col, a: Art, gid: str) -> None:
    rng = random.Random(a.url)
    pool = p_article_pool(a)
    if a.pool == "personnel":
        paras = PERSONNEL_P + ["沂泉县人民政府", cn_date(a.day)]
    elif a.pool == "notice":
        paras = [NOTICE_P[0], NOTICE_P[1]] + rng.sample(NOTICE_P[2:5], 2) + [NOTICE_P[5], NOTICE_P[6]]
    elif a.pool == "jd":
        paras = [f"近日，{a.title.replace('图解：', '').replace('一图读懂：', '')}相关内容已正式公布。现解读如下："] + JD_P
    elif a.pool == "policy":
        paras = ["各镇人民政府、街道办事处，县政府各部门、各直属机构：", f"现将《{a.title.split('《')[-1].split('》')[0]}》印发给你们，请认真贯彻执行。" if "《" in a.title else "现将有关事项通知如下："] + POLICY_P[: rng.randint(4, 6)]
    else:
        lead = f"{a.day.month}月{a.day.day}日，{a.title.replace(' ', '，')}。"
        paras = [lead] + rng.sample(pool, 4)
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    for img in a.images:
        body = body.replace("</p>", f'</p><p style="text-align:center"><img src="{img}" alt="" width="640"></p>', 1) if body.count("</p>") > 1 else body + f'<p style="text-align:center"><img src="{img}" alt="" width="640"></p>'
    attach = ""
    if a.attach:
        lis = "".join(f'<li><img src="/static/images/ico_{p.rsplit(".", 1)[1][:3]}.png" width="16" height="16" alt="">'
                      f'<a href="{p}" target="_blank">{esc(label)}</a></li>' for label, p in a.attach)
        attach = f'<div class="art-attach"><b>附件：</b><ul>{lis}</ul></div>'
    meta = ""
    if a.doc_no:
        meta = (f'<table class="xxgk-meta"><tr><th>索引号</th><td>11371399004218835X/{a.day.year}-{a.extra.get("_idx", 101):05d}</td>'
                f'<th>主题分类</th><td>综合政务</td></tr><tr><th>发布机构</th><td>沂泉县人民政府办公室</td><th>成文日期</th>'
                f'<td>{a.signed.isoformat() if a.signed else ""}</td></tr><tr><th>名　　称</th><td colspan="3">{esc(a.title)}</td></tr>'
                f'<tr><th>文　　号</th><td>{esc(a.doc_no)}</td><th>发布日期</th><td>{a.day.isoformat()}</td></tr></table>')
    hits = random.Random(a.url + "h").randint(120, 2400)
    crumbs = [(P_GROUP_NAMES[gid], f"/channels/{gid}.html")] if gid != c.key else []
    crumbs.append((c.name, c.url))
    page = (p_crumb(*crumbs) + f'<div class="kp-w"><div class="kp-article">{meta}<h1 class="art-tit">{esc(a.title)}</h1>'
            f'<div class="art-info"><span>发布时间：{a.day.isoformat()} {a.hm}</span><span>来源：{esc(a.source or "沂泉县人民政府")}</span>'
            f'<span>浏览次数：<em>{hits}</em></span><span class="art-font">【字号：<a href="javascript:doZoom(18)">大</a> '
            f'<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>'
            f'<div class="art-con" id="zoom">{body}</div>{attach}'
            f'<div class="art-tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>'
            f"</div></div>")
    write(a.url, p_page(a.title, page, gid))


def p_column(c: Col, newest_site: list[Art], old_items: list[Art]) -> None:
    gid = c.group
    crumbs = [(P_GROUP_NAMES[gid], f"/channels/{gid}.html"), (c.name, None)]
    scripts = ""
    aside = ""
    if c.blank:
        listing, scripts = p_blank_body(c)
        pages = [(listing, "")]
    elif c.style == "json-rows":
        listing = ('<div class="art-list" id="artList"></div>'
                   '<div class="kp-pager"><span class="p-info">共<em id="artTotal">0</em>条</span></div>')
        scripts = JSON_LIST_SCRIPT % {"cid": c.key}
        pages = [(listing, "")]
    else:
        arts = c.arts
        if c.per_page:
            chunks = [arts[i:i + c.per_page] for i in range(0, len(arts), c.per_page)]
        else:
            chunks = [arts]
        pages = []
        no = 1
        for i, chunk in enumerate(chunks, 1):
            chunk[0].extra["_no"] = no
            no += len(chunk)
            pager = p_pager(c.key, len(chunks), i, len(arts)) if len(chunks) > 1 else ""
            pages.append((p_list(c, chunk), pager))
    if c.key in ("10024", "10033"):
        aside = p_newest_aside("最新信息", newest_site)
    elif c.key == "10021":
        aside = p_newest_aside("往期回顾", old_items, fmt="iso")
    for i, (listing, pager) in enumerate(pages, 1):
        body = (p_crumb(*crumbs) + f'<div class="kp-w kp-wrap clearfix{" has-aside" if aside else ""}">' + p_side(gid, c.key)
                + f'<div class="kp-content"><div class="kp-col-hd"><h2>{esc(c.name)}</h2></div>'
                + f'<div class="kp-col-bd">{listing}</div>{pager}</div>{aside}</div>')
        path = c.url if i == 1 else f"/channels/{c.key}_{i}.html"
        write(path, p_page(c.name, body, gid, scripts))


def p_single(c: Col) -> str:
    """Bodies of the single-page columns and landing pages (no list)."""
    k = c.key
    if k == "10010":
        cards = "".join(f'<a class="intro-card" href="/channels/{x}.html"><b>{esc(P_COLS[x].name)}</b><span>了解更多</span></a>'
                        for x in ("10011", "10012", "10013", "10014"))
        return ('<div class="intro-top"><img src="/uploadfiles/xqgk/yq_panorama.jpg" alt="沂泉县城全景" width="860" height="360">'
                '<p class="cap">沂河两岸的沂泉县城（县融媒体中心 摄）</p></div>'
                '<div class="intro-txt"><p>沂泉县地处山东省东南部、沂河中游，因境内沂河与泉水交汇而得名。全县总面积1268平方公里，'
                '辖4个镇、2个街道，312个行政村（社区），户籍人口58.6万人。</p><p>近年来，沂泉县坚持生态优先、绿色发展，'
                '形成了新型建材、食品加工、现代物流三大主导产业，先后获得省级文明城市、省级卫生县城等称号。</p></div>'
                f'<div class="intro-cards clearfix">{cards}</div>')
    if k == "10011":
        rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (
            ("总面积", "1268平方公里"), ("户籍人口", "58.6万人"), ("地区生产总值（2023年）", "312.6亿元"),
            ("一般公共预算收入（2023年）", "21.4亿元"), ("城镇居民人均可支配收入（2023年）", "38652元"),
            ("森林覆盖率", "41.3%")))
        return ('<div class="single-con"><p>沂泉县位于山东省东南部，东邻沂河，西依蒙山余脉，地势西北高、东南低，属暖温带季风区大陆性气候，'
                '四季分明，年平均气温13.6℃，年平均降水量820毫米。</p><p>全县辖东沂街道、沂北街道和青石镇、柳河镇、桃峪镇、西岭镇，'
                '县人民政府驻东沂街道。境内有京沪高速、205国道和鲁南高铁穿过，距临近机场约60公里。</p>'
                f'<table class="single-tb"><tbody>{rows}</tbody></table>'
                '<p style="text-align:center"><img src="/uploadfiles/xqgk/20230412xq01.jpg" alt="沂泉县城新貌" width="720"></p>'
                '<p style="text-align:center">沂泉县城新貌</p></div>')
    if k == "10012":
        return ('<div class="single-con"><p>沂泉历史悠久，早在新石器时代就有人类在此繁衍生息。西汉初年始置县，隋开皇三年（583年）更名沂泉，'
                '元、明、清三代沿袭不改。境内现存古城墙遗址、文庙大成殿等省级文物保护单位7处。</p>'
                '<p>1948年沂泉全境解放。1958年，全县开展大规模农田水利建设，修建了沂泉水库；1987年，县城东关古城门得到修缮，'
                '1992年被公布为省级文物保护单位。2006年，沂泉柳编技艺入选省级非物质文化遗产名录。</p>'
                '<p style="text-align:center"><img src="/uploadfiles/lswh/1958_gucheng.jpg" alt="东关古城门（资料照片）" width="640"></p>'
                '<p style="text-align:center">上世纪五十年代的东关古城门（资料照片）</p>'
                '<p>沂泉民风淳朴，柳编、剪纸、沂泉大鼓等民间艺术源远流长，“沂泉煎饼”“桃峪大樱桃”等特产远近闻名。</p></div>')
    if k == "10013":
        leaders = [("孙海涛", "县委副书记、县长", "主持县政府全面工作。负责审计方面工作。", "ld01"),
                   ("周文静", "县委常委、常务副县长", "负责县政府常务工作。负责发展改革、财政、税务、统计、金融等方面工作。", "ld02"),
                   ("韩志远", "副县长", "负责自然资源、住房城乡建设、交通运输、水务、城市管理等方面工作。", "ld03")]
        return '<div class="ld-list">' + "".join(
            f'<div class="ld-item clearfix"><img src="/uploadfiles/ldzc/{img}.jpg" alt="{n}" width="150" height="200">'
            f'<div class="ld-txt"><h4>{n}</h4><p class="zw">{z}</p><p>工作分工：{fg}</p></div></div>'
            for n, z, fg, img in leaders) + "</div>"
    if k == "10014":
        rows = "".join(f"<tr><td>{t}</td><td>{s}</td><td>{a}</td><td>{n}</td></tr>" for t, s, a, n in (
            ("东沂街道", "沂河路", "96.2", "38"), ("沂北街道", "北辰路", "112.5", "41"), ("青石镇", "青石街", "238.7", "62"),
            ("柳河镇", "柳河大街", "271.3", "58"), ("桃峪镇", "桃峪村", "256.0", "55"), ("西岭镇", "西岭路", "293.3", "58")))
        return ('<div class="single-con"><p>截至2023年底，沂泉县辖2个街道、4个镇，共312个行政村（社区）。</p>'
                '<p style="text-align:center"><img src="/uploadfiles/xzqh/xzqh_map.png" alt="沂泉县行政区划图" width="640"></p>'
                '<table class="single-tb"><thead><tr><th>镇（街道）</th><th>驻地</th><th>面积（平方公里）</th><th>村（社区）数</th></tr>'
                f"</thead><tbody>{rows}</tbody></table></div>")
    if k == "10030":
        tiles = "".join(f'<a class="gk-tile t{i % 5}" href="/channels/{x}.html"><i></i><span>{esc(P_COLS[x].name)}</span></a>'
                        for i, x in enumerate(next(kk for g, _n, kk in P_NAV if g == "10030")))
        return ('<div class="gk-intro">根据《中华人民共和国政府信息公开条例》，沂泉县人民政府在本栏目主动公开政府信息。'
                '请点击下列栏目查阅，或通过<a href="/search/index.html">站内检索</a>查找。</div>'
                f'<div class="gk-grid clearfix">{tiles}</div>')
    if k == "10050":
        tiles = [
            ("山东政务服务网", 'class="fw-tile kp-ext" href="javascript:;" data-path="/ext/sdzwfw/"'),
            ("办事指南", 'class="fw-tile kp-ext" href="javascript:;" data-path="/ext/sdzwfw/"'),
            ("不动产登记查询", 'class="fw-tile" href="/bdcweb/query.jsp" target="_blank"'),
            ("公积金查询", 'class="fw-tile kp-ext" href="javascript:;" data-path="/ext/sdzwfw/"'),
            ("社保查询", 'class="fw-tile kp-ext" href="javascript:;" data-path="/ext/sdzwfw/"'),
            ("12345热线", 'class="fw-tile" href="/channels/10061.html"'),
        ]
        t = "".join(f"<a {attrs}><i></i><span>{esc(n)}</span></a>" for n, attrs in tiles)
        phones = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in (
            ("市民服务热线", "12345"), ("县政务服务中心", "0539-6219001"), ("县供水服务热线", "0539-6216636"),
            ("县供电服务热线", "95598"), ("县不动产登记中心", "0539-6211388")))
        return (f'<div class="fw-grid clearfix">{t}</div><h3 class="sub-tit">便民电话</h3>'
                f'<table class="single-tb"><thead><tr><th>单位</th><th>电话</th></tr></thead><tbody>{phones}</tbody></table>')
    if k == "10060":
        zj = P_COLS["10062"]
        zl = "".join(f'<li><a href="{a.url}" target="_blank">{esc(a.title)}</a><span>{a.day.isoformat()}</span></li>' for a in zj.arts)
        return ('<div class="hd-blocks clearfix">'
                '<div class="blk blk-half"><div class="blk-hd"><h3>县长信箱</h3><a class="more" href="/channels/10061.html">我要写信&gt;&gt;</a></div>'
                '<p class="blk-txt">县长信箱受理群众对县政府工作的意见建议、咨询和投诉，来信一般在5个工作日内答复。</p></div>'
                '<div class="blk blk-half"><div class="blk-hd"><h3>征集调查</h3><a class="more" href="/channels/10062.html">更多&gt;&gt;</a></div>'
                f'<ul class="blk-list">{zl}</ul></div>'
                '<div class="blk blk-half"><div class="blk-hd"><h3>在线访谈</h3><a class="more" href="/channels/10063.html">往期访谈&gt;&gt;</a></div>'
                '<p class="blk-txt">每月下旬邀请县直部门主要负责同志做客“在线访谈”，解读政策、回应关切。'
                '<a class="live" href="/interview/live/room.do" target="_blank">进入访谈直播间</a></p></div></div>')
    if k == "10070":
        return ('<div class="zt-banners">'
                '<a href="/channels/10071.html"><img src="/uploadfiles/zt/cc_banner.jpg" alt="创建全国文明城市" width="580" height="110"></a>'
                '<a href="/channels/10072.html"><img src="/uploadfiles/zt/yshj_banner.jpg" alt="优化营商环境" width="580" height="110"></a>'
                "</div>")
    if k == "10061":
        return ('<div class="xx-notice"><p>1. 县长信箱受理范围：对县政府工作的意见建议，对县政府部门及其工作人员的咨询、投诉。</p>'
                '<p>2. 涉法涉诉、纪检监察等事项请按有关规定向相应机关反映。</p><p>3. 请如实填写联系方式，以便及时答复。</p></div>'
                '<form class="xx-form" action="/interact/letter/submit.do" method="post"><table>'
                '<tr><th><em>*</em>姓　　名</th><td><input type="text" name="name"></td></tr>'
                '<tr><th><em>*</em>联系电话</th><td><input type="text" name="phone"></td></tr>'
                '<tr><th>电子邮箱</th><td><input type="text" name="email"></td></tr>'
                '<tr><th><em>*</em>信件类型</th><td><select name="type"><option>咨询</option><option>建议</option><option>投诉</option></select></td></tr>'
                '<tr><th><em>*</em>信件标题</th><td><input type="text" name="title" class="long"></td></tr>'
                '<tr><th><em>*</em>信件内容</th><td><textarea name="content" rows="8"></textarea></td></tr>'
                '<tr><th>是否公开</th><td><label><input type="radio" name="open" value="1" checked> 公开</label>'
                '<label><input type="radio" name="open" value="0"> 不公开</label></td></tr>'
                '<tr><th></th><td><button type="submit">提交信件</button><button type="reset">重新填写</button></td></tr>'
                "</table></form>")
    raise ValueError(k)


def p_landing_blocks(c: Col) -> str:
    kids = next(kk for g, _n, kk in P_NAV if g == c.key)
    blocks = []
    for x in kids:
        sub = P_COLS[x]
        arts = [a for a in sub.arts if not a.gone][:4]
        lis = "".join(f'<li><a href="{a.url}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
                      f'<span>{a.day.isoformat()}</span></li>' for a in arts)
        blocks.append(f'<div class="blk blk-half"><div class="blk-hd"><h3>{esc(sub.name)}</h3>'
                      f'<a class="more" href="{sub.url}">更多&gt;&gt;</a></div><ul class="blk-list">{lis}</ul></div>')
    return '<div class="dt-blocks clearfix">' + "".join(blocks) + "</div>"


def p_landing(c: Col) -> None:
    inner = p_landing_blocks(c) if c.style == "blocks" else p_single(c)
    if c.key == "10050":
        body = p_crumb((c.name, None)) + f'<div class="kp-w kp-wrap"><div class="kp-full"><div class="kp-col-hd"><h2>{esc(c.name)}</h2></div>{inner}</div></div>'
    else:
        body = (p_crumb((c.name, None)) + f'<div class="kp-w kp-wrap clearfix">{p_side(c.key, "")}'
                f'<div class="kp-content"><div class="kp-col-hd"><h2>{esc(c.name)}</h2></div>{inner}</div></div>')
    write(c.url, p_page(c.name, body, c.key))


def p_single_page(c: Col) -> None:
    body = (p_crumb((P_GROUP_NAMES[c.group], f"/channels/{c.group}.html"), (c.name, None))
            + f'<div class="kp-w kp-wrap clearfix">{p_side(c.group, c.key)}<div class="kp-content">'
            f'<div class="kp-col-hd"><h2>{esc(c.name)}</h2></div>{p_single(c)}</div></div>')
    write(c.url, p_page(c.name, body, c.group))


def p_home() -> None:
    yw = [a for a in P_COLS["10021"].arts if not a.gone]
    slides = [a for a in yw if a.images and not a.extra.get("img404")][:3]
    slide_html = "".join(
        f'<li{ON if i == 0 else ""}><a href="{a.url}" target="_blank"><img src="{a.images[0]}" alt="{esc(a.title)}" width="590" height="350">'
        f"<p>{esc(a.title)}</p></a></li>" for i, a in enumerate(slides))
    dots = "".join(f'<span{ON if i == 0 else ""}>{i + 1}</span>' for i in range(len(slides)))

    def tab_list(arts: list[Art]) -> str:
        return "".join(f'<li><a href="{a.url}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a>'
                       f'<span class="fr">{a.day:%m-%d}</span></li>' for a in arts)

    tabs = [("沂泉要闻", "10021", yw[:6]), ("工作动态", "10022", P_COLS["10022"].arts[:6]),
            ("部门动态", "10024", P_COLS["10024"].arts[:6])]
    tab_hd = "".join(f'<li{ON if i == 0 else ""} data-more="/channels/{cid}.html">{n}</li>' for i, (n, cid, _a) in enumerate(tabs))
    tab_bd = "".join(f'<ul class="idx-list"{"" if i == 0 else HIDDEN}>{tab_list(arts)}</ul>'
                     for i, (_n, _c, arts) in enumerate(tabs))
    tz = "".join(f'<li><a href="{a.url}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span class="fr">{a.day.isoformat()}</span></li>'
                 for a in P_COLS["10033"].arts)
    gk = "".join(f'<a href="/channels/{x}.html">{esc(P_COLS[x].name)}</a>'
                 for x in ("10031", "10032", "10033", "10034", "10035", "10036", "10039", "10037"))
    body = f"""<div class="kp-w idx-row1 clearfix">
<div class="idx-slider" id="idxSlider"><ul>{slide_html}</ul><div class="dots">{dots}</div></div>
<div class="idx-news kp-tabs"><ul class="tab-hd">{tab_hd}<li class="more"><a href="/channels/10020.html">更多</a></li></ul><div class="tab-bd">{tab_bd}</div></div>
</div>
<div class="kp-w"><img class="divider" src="/static/images/divider.png" alt="" width="1200" height="2"></div>
<div class="kp-w"><img src="/static/images/spacer.gif" alt="" width="1200" height="8"></div>
<div class="kp-w idx-ad"><a href="/channels/10050.html" title="沂泉县政务服务“一网通办”"><img src="/uploadfiles/202406/03/20240603zwfw.png" alt="政务服务一网通办" width="1200" height="100"></a></div>
<div class="kp-w idx-row2 clearfix">
<div class="idx-tzgg"><div class="blk-hd"><h3>通知公告</h3><a class="more" href="/channels/10033.html">更多&gt;&gt;</a></div><ul class="idx-list">{tz}</ul></div>
<div class="idx-gk"><div class="blk-hd"><h3>政府信息公开</h3><a class="more" href="/channels/10030.html">更多&gt;&gt;</a></div><div class="gk-links">{gk}</div></div>
<div class="idx-hd"><div class="blk-hd"><h3>互动交流</h3></div><a class="hd-btn xx" href="/channels/10061.html">县长信箱</a><a class="hd-btn zj" href="/channels/10062.html">征集调查</a><a class="hd-btn ft" href="/channels/10063.html">在线访谈</a></div>
</div>
<div class="kp-w idx-zt clearfix"><a href="/channels/10071.html"><img src="/uploadfiles/zt/cc_banner.jpg" alt="创建全国文明城市" width="590" height="110"></a><a href="/channels/10072.html"><img src="/uploadfiles/zt/yshj_banner.jpg" alt="优化营商环境" width="590" height="110"></a></div>
<div class="kp-w idx-links"><b>友情链接：</b><a class="kp-ext" href="javascript:;" data-path="/ext/gov/" target="_blank">中国政府网</a><a class="kp-ext" href="javascript:;" data-path="/ext/sdgov/" target="_blank">山东省人民政府</a><a class="kp-ext" href="javascript:;" data-path="/ext/sdzwfw/" target="_blank">山东政务服务网</a></div>
"""
    write("/", p_page("沂泉县人民政府", body, "home", body_class="idx"))


def p_misc() -> None:
    body = (p_crumb(("联系我们", None)) + '<div class="kp-w kp-wrap"><div class="kp-full"><div class="kp-col-hd"><h2>联系我们</h2></div>'
            '<div class="single-con"><p>主办单位：沂泉县人民政府办公室</p><p>地址：山东省沂泉县沂河路188号</p><p>邮编：276500</p>'
            '<p>联系电话：0539-6212345（工作日 8:30—12:00，13:30—17:30）</p><p>电子邮箱：yqxzfb@ly.shandong.cn</p></div></div></div>')
    write("/about/lxwm.html", p_page("联系我们", body))
    groups = []
    for gid, gname, kids in P_NAV:
        links = "".join(f'<a href="/channels/{k}.html">{esc(P_COLS[k].name)}</a>' for k in kids)
        groups.append(f'<dl class="map-dl"><dt><a href="/channels/{gid}.html">{esc(gname)}</a></dt><dd>{links}</dd></dl>')
    body = (p_crumb(("网站地图", None)) + '<div class="kp-w kp-wrap"><div class="kp-full"><div class="kp-col-hd"><h2>网站地图</h2></div>'
            + "".join(groups) + "</div></div>")
    write("/about/wzdt.html", p_page("网站地图", body))
    body = (p_crumb(("站内检索", None)) + '<div class="kp-w kp-wrap"><div class="kp-full"><div class="kp-col-hd"><h2>站内检索</h2></div>'
            '<form class="so-form" action="/search/index.html" method="get"><input type="text" name="q"><button type="submit">检索</button></form>'
            '<p class="so-tip">请输入关键词进行检索。</p></div></div>')
    write("/search/index.html", p_page("站内检索", body))
    ext = {"gov": "中国政府网", "sdgov": "山东省人民政府", "sdzwfw": "山东政务服务网", "conac": "党政机关网站标识"}
    for key, name in ext.items():
        write(f"/ext/{key}/", f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{name}</title></head>'
                              f'<body><h1>{name}</h1><p>（本地模拟的外部网站）</p></body></html>')


P_CSS = """@charset "utf-8";
*{margin:0;padding:0;box-sizing:border-box}
body{font:14px/1.8 "Microsoft YaHei","PingFang SC",sans-serif;color:#333;background:#f3f5f8}
a{color:#333;text-decoration:none}a:hover{color:#c4161c}
ul,ol{list-style:none}img{border:0;vertical-align:middle}
.clearfix:after{content:"";display:block;clear:both}
.kp-w{width:1200px;margin:0 auto}
.kp-topbar{background:#eef1f5;border-bottom:1px solid #dde3ea;height:34px;line-height:34px;font-size:12px;color:#666}
.kp-top-r{float:right}.kp-top-r i{margin:0 8px;color:#ccc;font-style:normal}
.kp-header{height:130px;background:linear-gradient(90deg,#0b4f9c,#1f78c8 60%,#3b91d8)}
.kp-logo{float:left;margin-top:25px}
.kp-search{float:right;margin-top:45px;background:#fff;border-radius:20px;overflow:hidden}
.kp-search input{width:260px;height:38px;border:0;padding:0 16px;outline:none}
.kp-search button{width:80px;height:38px;border:0;background:#c4161c;color:#fff;cursor:pointer}
.kp-nav{background:#c4161c;height:52px}
.nav-list>li{float:left;position:relative;width:171px;text-align:center}
.nav-link{display:block;height:52px;line-height:52px;color:#fff;font-size:18px}
.nav-item.on .nav-link,.nav-item.hover .nav-link{background:#9e0f14;color:#fff}
.nav-drop{display:none;position:absolute;left:0;top:52px;width:171px;background:#fff;border:1px solid #e1e1e1;border-top:2px solid #c4161c;z-index:99}
.nav-drop a{display:block;height:38px;line-height:38px;border-bottom:1px dashed #eee;font-size:14px}
.kp-main{min-height:500px;padding-bottom:30px}
.kp-crumb{height:46px;line-height:46px;color:#666}
.kp-wrap{background:#fff;padding:20px;min-height:520px}
.kp-side{float:left;width:220px}
.side-tit{height:56px;line-height:56px;background:#c4161c;color:#fff;font-size:20px;text-align:center}
.side-menu li{border:1px solid #eee;border-top:0}.side-menu a{display:block;height:46px;line-height:46px;padding-left:30px}
.side-menu li.on a{background:#fdf1f1;color:#c4161c;font-weight:bold}
.kp-content{float:right;width:920px}.has-aside .kp-content{width:650px;margin-right:20px}
.kp-aside{float:right;width:250px;border:1px solid #eee}.aside-hd{height:40px;line-height:40px;padding-left:12px;background:#f6f6f6;font-weight:bold}
.aside-list li{padding:6px 12px;border-bottom:1px dashed #eee;overflow:hidden;font-size:13px}.aside-list li a{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.aside-list li span{color:#999;font-size:12px}
.kp-full{width:100%}
.kp-col-hd{border-bottom:2px solid #c4161c;height:46px;margin-bottom:12px}.kp-col-hd h2{float:left;height:46px;line-height:46px;font-size:20px;color:#c4161c}
.kp-list li,.rs-list li,.cz-list li,.idx-list li,.blk-list li,.gh-list li{height:44px;line-height:44px;border-bottom:1px dashed #e5e5e5;overflow:hidden;padding-left:14px}
.kp-list .kp-title,.rs-list a,.cz-list a{float:left;max-width:720px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.kp-date,.rs-list .fr,.cz-list span,.idx-list .fr,.blk-list span{float:right;color:#999}
.gh-list .time{color:#c4161c;margin-right:18px}
.art-row a{display:block;height:44px;line-height:44px;border-bottom:1px dashed #e5e5e5;padding-left:14px}.art-row .d{float:right;color:#999}
.tb-list{width:100%;border-collapse:collapse}.tb-list td{height:44px;border-bottom:1px dashed #e5e5e5}.tb-list .src{width:140px;color:#888}.tb-list .time{width:120px;color:#999;text-align:right}
.bm-item{padding:12px 0;border-bottom:1px dashed #e5e5e5}.bm-item a{font-size:16px}.bm-meta{color:#999;font-size:12px}.bm-meta span{margin-right:24px}
.pic-card{float:left;width:280px;margin:0 18px 18px 0;border:1px solid #eee;padding:9px}.pic-card .thumb{height:173px;background:#f2f2f2;overflow:hidden}
.pic-card h4{font-size:15px;font-weight:normal;height:28px;overflow:hidden;margin-top:6px}.pic-card .meta{color:#999;font-size:12px}
.media-list li{height:44px;line-height:44px;border-bottom:1px dashed #e5e5e5}.media-list .src{display:inline-block;width:90px;color:#c4161c;font-style:normal}.media-list time{float:right;color:#999}
.doc-tb,.ta-tb,.single-tb,.xxgk-meta{width:100%;border-collapse:collapse}
.doc-tb th,.doc-tb td,.ta-tb th,.ta-tb td,.single-tb th,.single-tb td,.xxgk-meta th,.xxgk-meta td{border:1px solid #e3e3e3;padding:8px;text-align:center}
.doc-tb th,.ta-tb th,.single-tb th,.xxgk-meta th{background:#f5f7fa}.doc-tb .name{text-align:left}
.jd-list li{height:46px;line-height:46px;border-bottom:1px dashed #e5e5e5}.jd-list .tag{display:inline-block;padding:0 8px;line-height:22px;background:#1f78c8;color:#fff;font-size:12px;margin-right:10px}.jd-list .time{float:right;color:#999}
.notice-row{height:46px;line-height:46px;border-bottom:1px dashed #e5e5e5}.notice-row .dot{display:inline-block;width:6px;height:6px;background:#c4161c;border-radius:3px;margin:0 10px 3px 4px}.notice-row span{float:right;color:#999}
.tj-item{padding:14px 0;border-bottom:1px dashed #e5e5e5}.tj-item h4{font-size:16px}.tj-item p{color:#999;font-size:12px}
.zj-row{height:52px;line-height:52px;border-bottom:1px dashed #e5e5e5}.zj-row .zt{margin:0 12px;padding:2px 8px;font-size:12px}.zt.ing{background:#e8f6ec;color:#2a9d4b}.zt.end{background:#eee;color:#999}.zj-row .rq{float:right;color:#999;font-size:12px}
.zt-list dl{height:44px;line-height:44px;border-bottom:1px dashed #e5e5e5}.zt-list dt{float:left}.zt-list dd{float:right;color:#999}
.xm-list li{height:44px;border-bottom:1px dashed #e5e5e5}.xm-list a{display:inline-block;width:700px}
.kp-empty{text-align:center;color:#999;padding:60px 0}
.kp-pager{text-align:center;margin-top:24px}.kp-pager a,.kp-pager span{display:inline-block;padding:0 12px;height:32px;line-height:32px;border:1px solid #e1e1e1;margin:0 3px}
.kp-pager a.on{background:#c4161c;color:#fff;border-color:#c4161c}.kp-pager .disabled{color:#bbb}.kp-pager .p-info{border:0}
.kp-article{background:#fff;padding:30px 60px}.art-tit{text-align:center;font-size:26px;color:#222;margin:10px 0}
.art-info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px;margin-bottom:20px}.art-info span{margin:0 12px}
.art-con p{text-indent:2em;margin-bottom:14px;font-size:16px;line-height:2}.art-con p[style]{text-indent:0}
.art-attach{margin-top:20px;padding:12px;background:#f8f8f8}.art-attach li{line-height:30px}
.art-tools{text-align:right;margin-top:30px}.art-tools a{margin-left:14px;color:#666}
.xxgk-meta{margin-bottom:24px;font-size:13px}.xxgk-meta td{text-align:left}
.single-con p{text-indent:2em;margin-bottom:14px;font-size:16px}.single-con p[style]{text-indent:0}.single-tb{margin:16px 0}
.ld-item{padding:20px 0;border-bottom:1px dashed #e5e5e5}.ld-item img{float:left;margin-right:24px}.ld-txt h4{font-size:20px}.ld-txt .zw{color:#c4161c}
.intro-top .cap{text-align:center;color:#888}.intro-txt p{text-indent:2em;margin:12px 0;font-size:16px}
.intro-card{float:left;width:215px;height:90px;margin:10px 10px 0 0;background:#f6f8fb;border:1px solid #e6ebf2;padding:16px}.intro-card b{display:block;font-size:18px}.intro-card span{color:#999;font-size:12px}
.gk-intro{padding:14px;background:#f8f9fb;margin-bottom:16px;color:#555}
.gk-tile{float:left;width:170px;height:110px;margin:0 12px 12px 0;text-align:center;padding-top:22px;color:#fff;font-size:16px}
.gk-tile i{display:block;width:36px;height:36px;margin:0 auto 8px;border:3px solid rgba(255,255,255,.8);border-radius:8px}
.gk-tile.t0{background:#1f78c8}.gk-tile.t1{background:#2a9d8f}.gk-tile.t2{background:#e76f51}.gk-tile.t3{background:#8e5ea2}.gk-tile.t4{background:#e9a23b}
.fw-tile{float:left;width:180px;height:100px;margin:0 18px 18px 0;background:#f2f7fd;border:1px solid #d6e4f5;text-align:center;padding-top:20px;font-size:16px}
.fw-tile i{display:block;width:30px;height:30px;margin:0 auto 6px;background:#1f78c8;border-radius:50%}
.sub-tit{font-size:18px;margin:10px 0;color:#c4161c}
.blk{margin-bottom:20px}.blk-half{float:left;width:445px;margin-right:30px}.blk-half:nth-child(2n){margin-right:0}
.blk-hd{height:42px;line-height:42px;border-bottom:2px solid #1f78c8;margin-bottom:6px}.blk-hd h3{float:left;font-size:18px;color:#1f78c8}.blk-hd .more{float:right;font-size:12px;color:#999}
.blk-list li a{float:left;max-width:330px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.blk-txt{color:#666;padding:10px 0}.blk-txt .live{display:inline-block;margin-top:8px;padding:4px 14px;background:#c4161c;color:#fff}
.zt-banners a{display:block;margin-bottom:16px}
.xx-notice{background:#fffbe8;border:1px solid #f3e3a5;padding:12px 16px;margin-bottom:16px}
.xx-form th{width:120px;text-align:right;padding:8px;font-weight:normal}.xx-form th em{color:#c4161c}.xx-form input[type=text]{width:300px;height:32px;border:1px solid #ccc;padding:0 8px}.xx-form input.long{width:560px}
.xx-form textarea{width:560px;border:1px solid #ccc;padding:8px}.xx-form button{padding:6px 26px;margin-right:12px;background:#c4161c;color:#fff;border:0}
.map-dl{padding:12px 0;border-bottom:1px dashed #e5e5e5}.map-dl dt{font-size:17px;font-weight:bold}.map-dl dd a{margin-right:22px;line-height:32px}
.idx .kp-main{padding-top:20px}
.idx-row1{background:#fff;padding:20px}.idx-slider{float:left;width:590px;height:350px;position:relative;overflow:hidden}
.idx-slider li{display:none;position:relative}.idx-slider li.on{display:block}.idx-slider p{position:absolute;left:0;right:0;bottom:0;height:40px;line-height:40px;padding:0 14px;background:rgba(0,0,0,.55);color:#fff}
.idx-slider .dots{position:absolute;right:10px;bottom:50px}.idx-slider .dots span{display:inline-block;width:20px;height:20px;line-height:20px;text-align:center;background:#fff;margin-left:4px;font-size:12px;cursor:pointer}.idx-slider .dots span.on{background:#c4161c;color:#fff}
.idx-news{float:right;width:550px}.tab-hd{height:44px;border-bottom:2px solid #c4161c}.tab-hd li{float:left;padding:0 18px;height:42px;line-height:42px;font-size:17px;cursor:pointer}.tab-hd li.on{background:#c4161c;color:#fff}.tab-hd li.more{float:right;font-size:12px}
.idx-list li a{float:left;max-width:430px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.divider{display:block;margin:14px auto}
.idx-ad{margin:10px auto}
.idx-row2{background:#fff;padding:20px;margin-top:10px}.idx-tzgg{float:left;width:460px}.idx-gk{float:left;width:360px;margin-left:30px}.idx-hd{float:right;width:270px}
.gk-links a{display:inline-block;width:160px;height:40px;line-height:40px;margin:6px 6px 0 0;background:#f2f7fd;text-align:center}
.hd-btn{display:block;height:52px;line-height:52px;margin-top:10px;text-align:center;color:#fff;font-size:17px}.hd-btn.xx{background:#1f78c8}.hd-btn.zj{background:#2a9d8f}.hd-btn.ft{background:#e76f51}
.idx-zt{margin-top:12px}.idx-zt a{float:left;margin-right:20px}.idx-zt a:last-child{margin-right:0}
.idx-links{background:#fff;padding:14px 20px;margin-top:12px}.idx-links a{margin-right:26px}
.kp-footer{background:#1d3557;color:#c9d3e0;padding:26px 0;font-size:13px}.kp-footer a{color:#c9d3e0}
.ft-links{text-align:center;margin-bottom:10px}.ft-links i{margin:0 10px;font-style:normal}
.ft-info{position:relative;text-align:center;line-height:2}.ft-dzjg{position:absolute;left:60px;top:8px}.ft-jiucuo{position:absolute;right:180px;top:8px}
.ft-qr{position:absolute;right:40px;top:0;text-align:center}.ft-qr em{display:block;font-style:normal;font-size:12px}
.so-form input{width:400px;height:36px;border:1px solid #ccc}.so-form button{height:36px;padding:0 20px}.so-tip{color:#999;margin-top:20px}
"""

P_JS = """/* kp-common.js: 沂泉县人民政府门户 公共脚本 */
(function ($) {
  var WEEK = '日一二三四五六';
  $(function () {
    var now = new Date();
    $('#kpToday').text('今天是：' + now.getFullYear() + '年' + (now.getMonth() + 1) + '月' + now.getDate() + '日　星期' + WEEK.charAt(now.getDay()));
    $('.nav-list .nav-item').hover(function () {
      $(this).addClass('hover').children('.nav-drop').stop(true, true).slideDown(150);
    }, function () {
      $(this).removeClass('hover').children('.nav-drop').stop(true, true).slideUp(100);
    });
    /* 外部链接：由统一的链接服务配置地址 */
    $('a.kp-ext').each(function () {
      this.href = location.protocol + '//localhost:' + location.port + $(this).attr('data-path');
    });
    $('.kp-tabs').each(function () {
      var box = $(this);
      box.find('.tab-hd li[data-more]').mouseenter(function () {
        var i = $(this).index();
        $(this).addClass('on').siblings().removeClass('on');
        box.find('.tab-bd > ul').hide().eq(i).show();
      });
    });
    var slider = $('#idxSlider'), cur = 0;
    if (slider.length) {
      var items = slider.find('li'), dots = slider.find('.dots span');
      var show = function (i) { items.removeClass('on').eq(i).addClass('on'); dots.removeClass('on').eq(i).addClass('on'); cur = i; };
      dots.click(function () { show($(this).index()); });
      setInterval(function () { show((cur + 1) % items.length); }, 5000);
    }
    /* 图片懒加载 */
    var lazy = $('img.lazy').toArray();
    var load = function (img) { img.src = img.getAttribute('data-original'); $(img).removeClass('lazy'); };
    if ('IntersectionObserver' in window) {
      var io = new IntersectionObserver(function (entries) {
        entries.forEach(function (e) { if (e.isIntersecting) { load(e.target); io.unobserve(e.target); } });
      }, { rootMargin: '200px 0px' });
      lazy.forEach(function (img) { io.observe(img); });
    } else {
      lazy.forEach(load);
    }
  });
  window.doZoom = function (size) { $('#zoom').css('font-size', size + 'px').find('p').css('font-size', size + 'px'); };
})(jQuery);
"""

JIUCUO_JS = """/* 政府网站找错 */
(function () {
  var s = document.getElementById('_jiucuo_');
  var code = s ? s.getAttribute('sitecode') : '';
  document.write('<a href="javascript:void(0)" onclick="window.open(\\'about:blank\\')" title="我为政府网站找错 ' + code + '">' +
                 '<img src="/static/images/jiucuo.png" alt="政府网站找错" width="110" height="55"></a>');
})();
"""


def p_images() -> None:
    fav = Image.new("RGB", (32, 32), (196, 22, 28))
    ImageDraw.Draw(fav).regular_polygon((16, 16, 10), 5, fill=(250, 220, 60))
    save("/favicon.ico", fav, "ICO", sizes=[(16, 16), (32, 32)])
    save("/static/images/logo.png", logo((460, 80), "沂泉县人民政府", "YIQUAN COUNTY PEOPLE'S GOVERNMENT", (255, 255, 255)))
    save("/static/images/dzjg.png", badge((110, 55), ["党政机关", "网站标识"], (200, 20, 20)))
    save("/static/images/jiucuo.png", badge((110, 55), ["政府网站", "找错"], (200, 30, 30)))
    spacer_gif("/static/images/blank.gif")
    spacer_gif("/static/images/spacer.gif")
    div = Image.new("RGB", (600, 2), (230, 230, 230))
    ImageDraw.Draw(div).line([(0, 0), (600, 0)], fill=(196, 22, 28))
    save("/static/images/divider.png", div)
    save("/static/images/qr_yqfb.png", qr_like(120, 7))
    save("/static/images/nopic.jpg", placeholder((260, 173), "暂无图片", (242, 242, 242), (190, 190, 190)))
    save("/static/images/ico_pdf.png", icon("pdf"))
    save("/static/images/ico_doc.png", icon("doc"))
    # photos of the news
    save("/uploadfiles/202406/19/20240619174012801.jpg", photo((640, 380), 11, "meeting"))
    save("/uploadfiles/202406/18/20240618160533417.jpg", photo((640, 380), 12, "meeting"))
    save("/uploadfiles/202406/12/20240612154820066.jpg", photo((640, 380), 13, "town"))
    save("/uploadfiles/202406/16/20240616183011245_s.jpg", photo((260, 173), 14, "field"))
    save("/uploadfiles/202406/13/20240613081520934_s.jpg", photo((260, 173), 15, "water"))
    save("/uploadfiles/202406/04/20240604102647118_s.jpg", photo((260, 173), 16, "field"))
    # a flat ad slot (the graphic came out as one colour) and a failed-to-load graphic
    save("/uploadfiles/202406/03/20240603zwfw.png", Image.new("RGB", (1200, 100), (58, 120, 195)))
    save("/uploadfiles/202406/14/20240614jd01.png",
         placeholder((640, 360), "图片加载失败", (250, 250, 250), (200, 200, 200), broken=True))
    info = Image.new("RGB", (640, 480), (255, 255, 255))
    dr = ImageDraw.Draw(info)
    dr.rectangle([0, 0, 640, 70], fill=(31, 120, 200))
    dr.text((30, 14), "一图读懂：防汛抗旱工作要点", font=font(30, bold=True), fill=(255, 255, 255))
    for i, t in enumerate(["压实防汛责任", "排查风险隐患", "做好物资储备", "强化值班值守"]):
        y = 100 + i * 90
        dr.rounded_rectangle([40, y, 600, y + 70], 12, fill=(234, 243, 252), outline=(31, 120, 200), width=2)
        dr.ellipse([56, y + 12, 102, y + 58], fill=(196, 22, 28))
        dr.text((72, y + 16), str(i + 1), font=font(24, bold=True), fill=(255, 255, 255))
        dr.text((130, y + 16), t, font=font(26), fill=(40, 40, 40))
    save("/uploadfiles/202405/22/20240522jd02.png", info)
    save("/uploadfiles/zt/cc_banner.jpg", banner((580, 110), "创建全国文明城市", "文明沂泉 你我共建", (196, 22, 28), (235, 120, 40), 21))
    save("/uploadfiles/zt/yshj_banner.jpg", banner((580, 110), "优化营商环境", "沂泉县营商环境专题", (20, 80, 160), (40, 160, 200), 22))
    save("/uploadfiles/xqgk/yq_panorama.jpg", photo((860, 360), 31, "town"))
    save("/uploadfiles/xqgk/20230412xq01.jpg", photo((720, 420), 32, "water"))
    save("/uploadfiles/lswh/1958_gucheng.jpg", archive_photo((640, 420), 33))
    for i in range(3):
        save(f"/uploadfiles/ldzc/ld0{i + 1}.jpg", portrait((150, 200), 40 + i))
    save("/uploadfiles/xzqh/xzqh_map.png", county_map((640, 460), ["东沂街道", "沂北街道", "青石镇", "柳河镇", "桃峪镇", "西岭镇"], 50))


def build_portal() -> None:
    declare_portal()
    every = [(c, a) for c in P_COLS.values() for a in c.arts] + [(P_COLS["10063"], a) for a in INTERVIEWS]
    every.sort(key=lambda ca: (ca[1].day, ca[1].hm, ca[1].title))
    for i, (c, a) in enumerate(every):
        a.url = f"/contents/{c.key}/{2051207 + 13 * i}.html"
        a.extra["_idx"] = 100 + i

    write("/static/css/kp-base.css", P_CSS)
    write("/static/js/kp-common.js", P_JS)
    write("/static/js/jiucuo.js", JIUCUO_JS)
    write("/static/js/jquery.min.js", JQUERY.read_bytes())
    p_images()

    # JSON endpoints of the cloud platform's list service
    def api(cid: str, arts: list[Art], guest: bool = False) -> None:
        rows = []
        for a in arts:
            row = {"id": int(a.url.rsplit("/", 1)[1].split(".")[0]), "title": a.title, "url": a.url,
                   "publishTime": f"{a.day.isoformat()} {a.hm}:00", "source": a.source}
            if guest:
                row.update(guest=a.source, date=a.day.isoformat())
            rows.append(row)
        data = {"code": 200, "msg": "success", "data": {"total": len(rows), "pageNo": 1, "pageSize": 15, "list": rows}}
        write(f"/api/front/channel/{cid}/articles.json", json.dumps(data, ensure_ascii=False, indent=1))

    api("10022", P_COLS["10022"].arts)
    api("10040", [])
    api("10063", INTERVIEWS, guest=True)
    # (no /api/front/channel/10037/articles.json: that endpoint answers 404)

    yw = [a for a in P_COLS["10021"].arts if not a.gone]
    newest_site = sorted([a for c in P_COLS.values() if c.group == "10020" for a in c.arts if not a.gone],
                         key=lambda a: (a.day, a.hm), reverse=True)[:6]
    old_items = [P_COLS["10033"].arts[0], P_COLS["10035"].arts[0], P_COLS["10039"].arts[0], P_COLS["10034"].arts[0]]

    for c in P_COLS.values():
        if c.key == c.group:
            p_landing(c)
        elif c.single:
            p_single_page(c)
        else:
            p_column(c, newest_site, old_items)
        for a in c.arts:
            if not a.gone:
                p_article(c, a, c.group)
    for a in INTERVIEWS:
        p_article(P_COLS["10063"], a, "10060")
        SEEDS.append(a.url)
    p_home()
    p_misc()

    # ----- planted problems and look-alikes of the portal (besides the columns, computed later)
    for c in P_COLS.values():
        for a in c.arts:
            if a.gone:
                page = f"/channels/{c.key}_2.html"
                plant("link.broken", PORTAL, page, a.url, "definite",
                      f"a deleted article still listed on page 2 of {c.name} (404)")
            if a.extra.get("slow"):
                delay(a.url, a.extra["slow"], PORTAL, "an article of 沂泉要闻")
                plant("site.slow", PORTAL, a.url, note=f"article served after {a.extra['slow']} ms")
            if a.extra.get("missing_attach"):
                plant("link.broken", PORTAL, a.url, a.extra["missing_attach"], "definite",
                      "policy attachment never uploaded (404)")
            if a.extra.get("flaky_attach"):
                route(a.extra["flaky_attach"], fail_first=1, status=503)
                write(a.extra["flaky_attach"], tiny_docx(["2024年防汛抗旱责任人名单", "沂泉县人民政府办公室"]))
                decoy("link.broken", PORTAL, a.url, a.extra["flaky_attach"], "a .docx that answers 503 once, then 200")
            for _label, path in a.attach:
                if path.endswith(".pdf") and path != a.extra.get("missing_attach"):
                    write(path, tiny_pdf("Yiquan County list of administrative licensing items"))
                    decoy("link.broken", PORTAL, a.url, path, "an attachment that exists")
            if a.extra.get("img404"):
                plant("image.broken", PORTAL, a.url, a.images[0], note="news photo whose file is gone (404)")
            if a.extra.get("failed_graphic"):
                plant("image.broken", PORTAL, a.url, a.images[0],
                      note="占位图: a “图片加载失败” graphic from the picture server, loads fine")
            if a.extra.get("thumb") == "/static/images/nopic.jpg":
                plant("image.broken", PORTAL, c.url, a.extra["thumb"],
                      note="占位图: the CMS's “暂无图片” default picture in a picture list")
            elif a.extra.get("thumb"):
                decoy("image.broken", PORTAL, c.url, a.extra["thumb"], "a lazily loaded thumbnail that works")
                decoy("image.broken", PORTAL, c.url, "/static/images/blank.gif", "the lazy loader's 1×1 stand-in")
    plant("image.broken", PORTAL, "/", "/uploadfiles/202406/03/20240603zwfw.png",
          note="a flat blue 1200×100 box where the 政务服务 banner should be")
    delay("/channels/10031.html", 3350, PORTAL, "the policy document list, page 1")
    plant("site.slow", PORTAL, "/channels/10031.html", note="column page served after 3350 ms")
    delay("/channels/10025.html", 2400, PORTAL, "the picture list: slow but under slow_ms")
    decoy("site.slow", PORTAL, "/channels/10025.html", note="2400 ms, under slow_ms 3000")
    route("/bdcweb/query.jsp", status=503)
    plant("link.broken", PORTAL, "/channels/10050.html", "/bdcweb/query.jsp", "suspect",
          "不动产登记查询 answers 503 every time")
    route("/interview/live/room.do", reset=True)
    plant("link.broken", PORTAL, "/channels/10060.html", "/interview/live/room.do", "suspect",
          "访谈直播间: the connection is reset every time")
    decoy("link.broken", PORTAL, "/channels/10061.html", "/interact/letter/submit.do", "a form's action (POST only)")
    decoy("link.broken", PORTAL, "/", "/ext/sdgov/", "a friendly link to another host (set by script) that works")
    decoy("link.broken", PORTAL, "/channels/10050.html", "/ext/sdzwfw/", "an outside service link that works")
    decoy("link.broken", PORTAL, "/", "/search/index.html", "the search form's action, a page that exists")
    decoy("link.broken", PORTAL, "/channels/10063.html", "/static/js/template-web.js",
          "the missing script of a blank column is not a link")
    for path, page, note in (
        ("/static/images/spacer.gif", "/", "a 1×1 transparent spacer stretched to 1200×8"),
        ("/static/images/divider.png", "/", "a 600×2 decorative divider"),
        ("/static/images/logo.png", "/", "logo on a transparent background"),
        ("/static/images/dzjg.png", "/", "党政机关 badge"),
        ("/static/images/qr_yqfb.png", "/", "a QR code"),
        ("/uploadfiles/zt/cc_banner.jpg", "/channels/10070.html", "a topic banner"),
        ("/uploadfiles/lswh/1958_gucheng.jpg", "/channels/10012.html", "a black-and-white archive photo with detail"),
        ("/uploadfiles/ldzc/ld01.jpg", "/channels/10013.html", "a portrait"),
        ("/uploadfiles/xzqh/xzqh_map.png", "/channels/10014.html", "a map on a pale background"),
        (yw[0].images[0], "/", "a slider photo"),
        ("/uploadfiles/202405/22/20240522jd02.png", P_COLS["10032"].arts[1].url, "a real infographic on white"),
        ("/static/images/ico_pdf.png", P_COLS["10031"].arts[2].url, "a 16 px attachment icon"),
    ):
        decoy("image.broken", PORTAL, page, path, note)


# =============================================================================================
# The department site (织梦 DedeCMS style): 沂泉县自然资源局
# =============================================================================================

D_COLS: dict[str, Col] = {}
D_TID: dict[str, int] = {}
D_GROUPS = [
    ("新闻动态", ["gzdt", "zryw", "jcsdt", "zfdt", "dzfz", "kcgl", "gdbh"]),
    ("政务公开", ["gsgg", "tzgg", "zcfg", "ghjh", "rsxx", "bmyjs", "dmgl"]),
    ("业务信息", ["lyzy", "gtkj", "bdcdj", "chdl", "tdcr", "kyq", "zrdc", "clbz"]),
]
D_ORDER = ["jggk"] + [k for _g, kids in D_GROUPS for k in kids]


def dcol(key: str, name: str, cats: set[str], style: str, arts: list[Art] | None = None, **kw: Any) -> Col:
    c = col(DEPT, key, name, f"{DEPT_ROOT}a/{key}/", cats, style, arts or [], **kw)
    D_COLS[key] = c
    return c


def declare_dept() -> None:
    A = Art
    src = "沂泉县自然资源局"
    dcol("jggk", "机构概况", {"other"}, "single", single=True, config_cat="other", note="single page: duties and a table")
    dcol("gzdt", "工作动态", {"news"}, "e2", per_page=4, config_cat="news", arts=[
        A("县自然资源局召开2024年“安全生产月”活动动员部署会", d("2024-06-18"), "09:12", src, pool="dept",
          images=["/zrzyj/uploads/allimg/240618/1-24061Q12Z4.jpg"]),
        A("我局开展“6·25”全国土地日主题宣传预热活动", d("2024-06-17"), "16:40", src, pool="dept",
          images=["/zrzyj/uploads/allimg/240617/1-24061G00Z0.jpg"], extra={"flat_photo": True}),
        A("县自然资源局组织开展地质灾害应急避险演练", d("2024-06-12"), "10:05", src, pool="dept",
          images=["/zrzyj/uploads/allimg/240612/1-240612093Q1.jpg"], extra={"slow": 1300}),
        A("我局召开农村乱占耕地建房问题整治推进会", d("2024-06-07"), "15:30", src, pool="dept"),
        A("县自然资源局举办不动产登记业务培训班", d("2024-05-31"), "09:50", src, pool="dept",
          images=["/zrzyj/uploads/allimg/240531/1-240531093Q10.jpg"], extra={"empty_file": True}),
        A("我局赴青石镇开展自然资源执法专项巡查", d("2024-05-24"), "14:18", src, pool="dept"),
    ], note="fresh; two list pages (index.html, list_1_2.html) and DedeCMS's list_1_1.html copy of page 1")
    dcol("zryw", "自然资源要闻", {"news"}, "e2-pic", config_cat="news", arts=[
        A("全省自然资源工作会议精神在我县传达贯彻", d("2024-06-01"), "10:20", src, pool="dept",
          extra={"litpic": "/zrzyj/uploads/allimg/240601/1-240601100Z5-lp.jpg"}),
        A("沂泉县获评全省节约集约用地先进县", d("2024-05-20"), "17:02", src, pool="dept",
          extra={"litpic": "/zrzyj/uploads/allimg/240520/1-2405201F2150-lp.jpg"}),
    ])
    dcol("jcsdt", "基层所动态", {"news"}, "d1", arts=[
        A("青石自然资源所开展耕地“非农化”问题排查", d("2024-05-26"), "11:10", "青石自然资源所", pool="dept"),
        A("柳河自然资源所召开村级护林员培训会", d("2024-05-14"), "15:45", "柳河自然资源所", pool="dept"),
    ])
    dcol("zfdt", "执法动态", {"news"}, "table", config_cat="news", arts=[
        A("县自然资源局依法查处一起非法占用耕地案件", d("2024-05-18"), "16:22", src, pool="dept",
          images=["/zrzyj/uploads/allimg/240518/1-24051Q95R6.jpg"], extra={"night": True}),
        A("我局开展打击非法采矿专项行动", d("2024-04-29"), "09:30", src, pool="dept"),
    ])
    dcol("dzfz", "地灾防治动态", {"news"}, "c1", arts=[
        A("县自然资源局开展汛前地质灾害隐患点巡查", d("2024-05-04"), "10:00", src, pool="dept"),
        A("全县地质灾害防治工作会议召开", d("2024-04-22"), "15:00", src, pool="dept"),
    ])
    dcol("kcgl", "矿产管理动态", {"news"}, "e3", config_cat="news", arts=[
        A("全县矿产资源开发利用情况专项检查启动", d("2024-04-16"), "09:40", src, pool="dept"),
        A("县自然资源局开展非煤矿山安全生产大检查", d("2024-03-27"), "14:10", src, pool="dept"),
    ])
    dcol("gdbh", "耕地保护动态", {"news"}, "e4", config_cat="news", arts=[
        A("我县召开耕地保护田长制工作推进会议", d("2024-06-07"), "16:00", src, pool="dept"),
        A("县自然资源局开展永久基本农田保护宣传进村活动", d("2024-05-23"), "10:30", src, pool="dept"),
    ], note="newest 13 days before the as-of date")
    dcol("gsgg", "公示公告", {"notice"}, "e5", config_cat="notice", config_url="{base}zrzyj/a/gsgg/", arts=[
        A("沂泉县2024年第一批次城镇建设用地征收土地补偿安置方案公示", d("2024-05-15"), "14:32", src, pool="notice",
          attach=[("征收土地补偿安置方案.doc", "/zrzyj/uploads/soft/240515/1-2405151432540.doc")],
          extra={"gone_attach": ("/zrzyj/uploads/soft/240515/1-2405151432540.doc", 410)}),
        A("关于拟办理不动产首次登记的公告", d("2024-04-26"), "10:00", "县不动产登记中心", pool="notice"),
    ], note="notice column 36 days old; configured as a full URL")
    dcol("tzgg", "通知公告", {"notice"}, "e2", arts=[
        A("关于开展2023年度地理信息数据安全检查的通知", d("2023-10-19"), "14:20", src, pool="notice"),
        A("关于做好2023年汛期地质灾害防治工作的通知", d("2023-07-12"), "09:00", src, pool="notice"),
    ])
    dcol("zcfg", "政策法规", {"policy"}, "dl-wh", config_cat="policy", arts=[
        A("沂泉县自然资源局关于印发《沂泉县农村宅基地审批管理实施细则》的通知", d("2023-09-05"), "10:00", src,
          pool="policy", doc_no="沂自然资发〔2023〕12号",
          attach=[("沂泉县农村宅基地审批管理实施细则.pdf", "/zrzyj/uploads/soft/230905/1-2309051000210.pdf")]),
        A("沂泉县自然资源局关于进一步规范不动产登记办理流程的通知", d("2023-03-20"), "09:30", src,
          pool="policy", doc_no="沂自然资发〔2023〕4号"),
    ])
    dcol("ghjh", "规划计划", {"plan"}, "e6", config_cat="plan", config_url="/zrzyj/a/ghjh", arts=[
        A("沂泉县国土空间总体规划（2021—2035年）批前公示", d("2023-11-08"), "09:00", src, pool="notice",
          attach=[("规划成果数据包.rar", "/zrzyj/uploads/soft/231108/1-23110Q0241.rar")],
          extra={"gone_attach": ("/zrzyj/uploads/soft/231108/1-23110Q0241.rar", 403)}),
        A("沂泉县2023年度土地利用计划", d("2023-04-11"), "10:00", src, pool="notice"),
    ], note="plan column 7½ months old (under 12); configured without the trailing slash")
    dcol("rsxx", "人事信息", {"personnel"}, "e6", arts=[
        A("沂泉县自然资源局关于刘庆国等同志试用期满正式任职的通知", d("2023-06-21"), "10:00", src, pool="dept-personnel"),
        A("沂泉县自然资源局2022年公开遴选工作人员拟遴选人员公示", d("2022-11-30"), "16:00", src, pool="notice"),
    ], deliberate="personnel column updated 2023-06-21: 365 days before the as-of date, overdue within 2 days "
                  "in the calendar-month and 365/366-day readings (not overdue today: the limit is strictly more)")
    dcol("bmyjs", "部门预决算", {"other"}, "e6", config_cat="other", arts=[
        A("沂泉县自然资源局2023年部门预算公开", d("2023-02-20"), "09:00", src, pool="notice"),
        A("沂泉县自然资源局2021年度部门决算公开", d("2022-08-30"), "09:00", src, pool="notice"),
    ], note="an 'other' column from 2023-02: no limit")
    dcol("dmgl", "地名管理", {"other"}, "e2", configured=False, arts=[
        A("沂泉县标准地名图录编制工作启动", d("2024-06-11"), "10:40", src, pool="dept"),
        A("我局开展地名标志设置情况排查", d("2024-05-28"), "15:10", src, pool="dept"),
    ])
    dcol("lyzy", "林业资源", {"other", "news"}, "d1", arts=[
        A("县林业发展中心开展松材线虫病春季普查", d("2024-06-14"), "09:25", "县林业发展中心", pool="dept"),
        A("全县森林防火“回头看”督导检查结束", d("2024-06-03"), "17:10", "县林业发展中心", pool="dept"),
    ], note="its page answers 502 once, then 200 (the re-probe gets it)")
    dcol("gtkj", "国土空间规划", {"other"}, "blank", blank="empty-pager", config_cat="other",
         note="an empty list and a “共 0页0条” pager")
    dcol("bdcdj", "不动产登记", {"other"}, "blank", blank="no-record", note="“暂无记录！”")
    dcol("chdl", "测绘地理信息", {"other"}, "blank", blank="template-rows",
         note="eight template rows with empty links and dates")
    dcol("tdcr", "土地出让", {"other"}, "blank", blank="header-table", config_cat="other",
         note="a table with its header row only")
    dcol("kyq", "矿业权出让", {"other"}, "blank", blank="iframe-empty",
         note="the list is an iframe whose page has an empty body")
    dcol("zrdc", "自然资源督察", {"other"}, "e2", configured=False, arts=[
        A("省自然资源督察组来我县开展例行督察", d("2024-06-13"), "16:30", src, pool="dept"),
        A("我局召开督察反馈问题整改工作调度会", d("2024-05-30"), "10:00", src, pool="dept"),
    ])
    dcol("clbz", "测量标志保护", {"other"}, "d1", configured=False, arts=[
        A("我局开展永久性测量标志普查维护工作", d("2024-06-15"), "11:00", src, pool="dept"),
        A("测量标志保护知识宣传进校园", d("2024-05-21"), "15:40", src, pool="dept"),
    ])
    # configured but gone from the site: answer 404 and linked from nowhere
    for key, name, cat in (("xfgk", "信访公开", "notice"), ("jsydsp", "建设用地审批", None)):
        c = Col(DEPT, key, name, f"{DEPT_ROOT}a/{key}/", {"other"}, "gone", missing=True, config_cat=cat)
        COLUMNS.append(c)
        D_COLS[key] = c
    for i, key in enumerate(D_ORDER, 1):
        D_TID[key] = i


def d_nav() -> str:
    items = [f'<li><a href="{DEPT_ROOT}"><span>首页</span></a></li>',
             f'<li><a href="{D_COLS["jggk"].url}"><span>机构概况</span></a></li>']
    drops = []
    for i, (gname, kids) in enumerate(D_GROUPS, 1):
        items.append(f'<li><a href="{D_COLS[kids[0]].url}" rel="dropmenu{i}"><span>{gname}</span></a></li>')
        lis = "".join(f'<li><a href="{D_COLS[k].url}">{esc(D_COLS[k].name)}</a></li>' for k in kids)
        drops.append(f'<ul id="dropmenu{i}" class="dropMenu">{lis}</ul>')
    return ('<div id="navMenu"><ul>' + "".join(items) + "</ul></div>\n" + "\n".join(drops))


def d_page(title: str, body: str, body_class: str = "articlelist") -> str:
    full = f"{title}_沂泉县自然资源局" if title != "沂泉县自然资源局" else title
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(full)}</title>
<meta name="keywords" content="沂泉县自然资源局,自然资源,国土空间规划,不动产登记" />
<meta name="description" content="沂泉县自然资源局网站" />
<link href="{DEPT_ROOT}templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="{DEPT_ROOT}templets/default/js/dropdown.js"></script>
</head>
<body class="{body_class}">
<div class="header_top"><div class="w960 center"><span id="time" class="time">沂泉县自然资源局欢迎您！</span>
<div class="toplinks"><a href="javascript:;" onclick="this.style.behavior='url(#default#homepage)';">设为首页</a> | <a href="javascript:;">加入收藏</a> | <a href="javascript:;" class="goportal" data-path="/">沂泉县人民政府</a></div></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="{DEPT_ROOT}"><img src="{DEPT_ROOT}templets/default/images/logo.png" height="70" width="420" alt="沂泉县自然资源局" /></a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div class="top">
{d_nav()}
<div class="search"><form name="formsearch" action="{DEPT_ROOT}plus/search.php"><div class="form"><h4>搜索</h4>
<input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." />
<button type="submit" class="search-submit">搜索</button></div></form></div>
</div></div></div>
{body}
<div class="footer w960 center mt1 clear">
<div class="footer_left"></div><div class="footer_body">
<p class="powered"><a href="javascript:;" class="goportal" data-path="/ext/conac/"><img src="{DEPT_ROOT}templets/default/images/dzjg.png" width="90" height="45" alt="党政机关" /></a></p>
<div class="copyright">主办：沂泉县自然资源局　地址：沂泉县沂河路216号　电话：0539-6213520<br />网站标识码：3713990012　鲁ICP备05018726号-7　鲁公网安备 37139902000421号</div>
</div><div class="footer_right"></div></div>
<script type="text/javascript">cssdropdown.startchrome("navMenu");</script>
</body>
</html>
"""


def d_right(c: Col | None) -> str:
    out = ['<div class="pright">']
    if c is not None and not c.single:
        kids = next(k for _g, k in D_GROUPS if c.key in k)
        lis = "".join(f'<li><a href="{D_COLS[k].url}">{esc(D_COLS[k].name)}</a></li>' for k in kids)
        out.append(f'<div class="commend"><dl class="tbox"><dt><strong>栏目列表</strong></dt><dd><ul class="d6">{lis}</ul></dd></dl></div>')
    newest = sorted([a for x in D_COLS.values() if x.configured and not x.missing for a in x.arts],
                    key=lambda a: (a.day, a.hm), reverse=True)[:6]
    lis = "".join(f'<li><a href="{a.url}">{esc(a.title)}</a></li>' for a in newest)
    out.append(f'<div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>最新文章</strong></dt>'
               f'<dd class="light"><ul class="c1 ico2">{lis}</ul></dd></dl></div></div>')
    return "".join(out)


def d_place(c: Col, extra: str = "") -> str:
    return (f'<div class="place"><strong>当前位置:</strong> <a href="{DEPT_ROOT}">主页</a> &gt; '
            f'<a href="{c.url}">{esc(c.name)}</a> &gt; {extra}</div>')


def d_hits(a: Art) -> int:
    return random.Random(a.url + "hits").randint(35, 620)


def d_list(c: Col, arts: list[Art]) -> str:
    s = c.style
    if s in ("e2", "e2-pic"):
        lis = []
        for a in arts:
            pic = (f'<a href="{a.url}" class="preview"><img src="{a.extra["litpic"]}" alt="{esc(a.title)}" /></a>'
                   if s == "e2-pic" else "")
            intro = esc(DEPT_P[len(a.title) % len(DEPT_P)][:54]) + "..."
            lis.append(f'<li>{pic}<a href="{a.url}" class="title">{esc(a.title)}</a>'
                       f'<span class="info"><small>日期：</small>{a.day.isoformat()} {a.hm}:{(len(a.title) * 7) % 60:02d} '
                       f'<small>点击：</small>{d_hits(a)} <small>好评：</small>0</span><p class="intro">{intro}</p></li>')
        return '<div class="listbox"><ul class="e2">' + "".join(lis) + "</ul></div>"
    if s == "d1":
        return '<div class="listbox"><ul class="d1">' + "".join(
            f'<li><span>{a.day.isoformat()}</span><a href="{a.url}">{esc(a.title)}</a></li>' for a in arts) + "</ul></div>"
    if s == "table":
        rows = "".join(f'<tr><td class="tl"><a href="{a.url}">{esc(a.title)}</a></td><td>{esc(a.source)}</td>'
                       f'<td>{a.day.year}/{a.day.month}/{a.day.day}</td></tr>' for a in arts)
        return ('<div class="listbox"><table class="list-table" width="100%" cellspacing="0" cellpadding="0">'
                f'<tr class="th"><td>标题</td><td width="140">发布单位</td><td width="100">发布时间</td></tr>{rows}</table></div>')
    if s == "c1":
        return '<div class="listbox"><ul class="c1 ico1">' + "".join(
            f'<li><a href="{a.url}">{esc(a.title)}</a> <font color="#999999">({a.day:%m-%d})</font></li>' for a in arts) + "</ul></div>"
    if s == "e3":
        return '<div class="listbox"><ul class="e3">' + "".join(
            f'<li><a href="{a.url}">{esc(a.title)}</a><span class="date">{cn_date(a.day)}</span></li>' for a in arts) + "</ul></div>"
    if s == "e4":
        return '<div class="listbox"><ul class="e4">' + "".join(
            f'<li><a href="{a.url}">{esc(a.title)}</a><em>{cn_date_pad(a.day)}</em></li>' for a in arts) + "</ul></div>"
    if s == "e5":
        return '<div class="listbox"><ul class="e5">' + "".join(
            f'<li><a href="{a.url}">{esc(a.title)}</a><span>[{a.day:%Y.%m.%d}]</span></li>' for a in arts) + "</ul></div>"
    if s == "e6":
        return '<div class="listbox"><ul class="e6">' + "".join(
            f'<li><a href="{a.url}">{esc(a.title)}</a><span>{a.day.isoformat()}</span></li>' for a in arts) + "</ul></div>"
    if s == "dl-wh":
        return '<div class="listbox zcfg">' + "".join(
            f'<dl><dt><a href="{a.url}">{esc(a.title)}</a></dt><dd>文号：{esc(a.doc_no)}　　发布日期：{a.day.isoformat()}</dd></dl>'
            for a in arts) + "</div>"
    raise ValueError(s)


def d_pages(c: Col, n: int, cur: int, total: int) -> str:
    tid = D_TID[c.key]
    parts = []
    if cur == 1:
        parts += ["<li><a>首页</a></li>"]
    else:
        parts += [f'<li><a href="list_{tid}_1.html">首页</a></li>', f'<li><a href="list_{tid}_{cur - 1}.html">上一页</a></li>']
    for i in range(1, n + 1):
        parts.append(f'<li class="thisclass">{i}</li>' if i == cur else f'<li><a href="list_{tid}_{i}.html">{i}</a></li>')
    if cur < n:
        parts += [f'<li><a href="list_{tid}_{cur + 1}.html">下一页</a></li>', f'<li><a href="list_{tid}_{n}.html">末页</a></li>']
    else:
        parts += ["<li><a>末页</a></li>"]
    parts.append(f'<li><span class="pageinfo">共 <strong>{n}</strong>页<strong>{total}</strong>条</span></li>')
    return '<div class="dede_pages"><ul class="pagelist">' + "".join(parts) + "</ul></div>"


def d_blank(c: Col) -> str:
    if c.blank == "empty-pager":
        return ('<div class="listbox"><ul class="e2"></ul></div><div class="dede_pages"><ul class="pagelist">'
                '<li><span class="pageinfo">共 <strong>0</strong>页<strong>0</strong>条</span></li></ul></div>')
    if c.blank == "no-record":
        return '<div class="listbox"><ul class="e2"><li class="none">暂无记录！</li></ul></div>'
    if c.blank == "template-rows":
        row = '<li><a href="javascript:;" class="title"></a><span class="info"></span></li>'
        return f'<div class="listbox"><ul class="e2 tpl">{row * 8}</ul></div>'
    if c.blank == "header-table":
        return ('<div class="listbox"><table class="list-table" width="100%" cellspacing="0" cellpadding="0">'
                '<tr class="th"><td width="50">序号</td><td>地块编号</td><td>土地位置</td><td width="90">面积（㎡）</td>'
                '<td width="90">出让方式</td><td width="100">公告日期</td></tr></table></div>')
    if c.blank == "iframe-empty":
        frame = f"{DEPT_ROOT}plus/list_frame_{D_TID[c.key]}.html"
        write(frame, '<!DOCTYPE html><html><head><meta charset="utf-8"><title></title>'
                     f'<link href="{DEPT_ROOT}templets/default/style/dedecms.css" rel="stylesheet" type="text/css" /></head>'
                     '<body class="frame"></body></html>')
        return (f'<div class="listbox"><iframe src="{frame}" width="100%" height="520" frameborder="0" scrolling="no" '
                'name="listframe"></iframe></div>')
    raise ValueError(c.blank)


def d_column(c: Col) -> None:
    tid = D_TID[c.key]
    if c.single:
        body = (f'<div class="w960 center clear mt1"><div class="pleft">{d_place(c)}<div class="viewbox"><div class="title"><h2>{esc(c.name)}</h2></div>'
                '<div class="content"><p>沂泉县自然资源局是县政府工作部门，为正科级，加挂县林业局牌子。主要职责是：履行全民所有土地、矿产、森林、'
                '草原、湿地、水等自然资源资产所有者职责和所有国土空间用途管制职责；负责自然资源调查监测评价、统一确权登记、'
                '合理开发利用；负责建立空间规划体系并监督实施；负责统筹国土空间生态修复；负责组织实施最严格的耕地保护制度。</p>'
                '<table class="jg-table" width="100%"><tr><th>内设机构</th><th>职责</th></tr>'
                '<tr><td>办公室</td><td>负责机关日常运转，承担信息、安全、保密、信访、政务公开等工作。</td></tr>'
                '<tr><td>国土空间规划股</td><td>拟订国土空间规划相关政策，组织编制国土空间总体规划和详细规划。</td></tr>'
                '<tr><td>耕地保护监督股</td><td>拟订并实施耕地保护政策，组织实施耕地保护责任目标考核。</td></tr>'
                '<tr><td>执法监察大队</td><td>承担自然资源违法案件查处工作。</td></tr></table>'
                '<p>局长：杨振东　　办公电话：0539-6213520　　办公地址：沂泉县沂河路216号</p></div></div></div>'
                f'{d_right(c)}</div>')
        write(c.url, d_page(c.name, body))
        return
    if c.blank:
        pages = [(d_blank(c), "")]
    elif c.per_page:
        chunks = [c.arts[i:i + c.per_page] for i in range(0, len(c.arts), c.per_page)]
        pages = [(d_list(c, ch), d_pages(c, len(chunks), i, len(c.arts))) for i, ch in enumerate(chunks, 1)]
    else:
        pages = [(d_list(c, c.arts), d_pages(c, 1, 1, len(c.arts)))]
    for i, (listing, pager) in enumerate(pages, 1):
        body = (f'<div class="w960 center clear mt1"><div class="pleft">{d_place(c)}{listing}{pager}</div>'
                f"{d_right(c)}</div>")
        html_ = d_page(c.name, body)
        if i == 1:
            write(c.url, html_)
        if c.per_page:
            write(f"{c.url}list_{tid}_{i}.html", html_)


def d_article(c: Col, a: Art, prev: Art | None, nxt: Art | None) -> None:
    rng = random.Random(a.url)
    if a.pool == "dept":
        paras = [f"{a.day.month}月{a.day.day}日，{a.title}。"] + rng.sample(DEPT_P, 4)
    elif a.pool == "dept-personnel":
        paras = ["局机关各股室、各直属单位：", "经局党组研究决定：", "刘庆国同志任县不动产登记中心副主任，试用期满，正式任职；",
                 "王丽同志任县自然资源局国土空间规划股股长，试用期满，正式任职。", "沂泉县自然资源局", cn_date(a.day)]
    elif a.pool == "policy":
        paras = ["各镇（街道）自然资源所，局机关各股室、各直属单位：", "现将有关文件印发给你们，请认真贯彻执行。"] + POLICY_P[:5]
    else:
        paras = [NOTICE_P[1]] + rng.sample(NOTICE_P[2:5], 2) + ["联系电话：0539-6213520。", "沂泉县自然资源局", cn_date(a.day)]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    for img in a.images:
        body = body.replace("</p>", f'</p><p style="text-align: center;"><img src="{img}" width="600" alt="" /></p>', 1)
    if a.attach:
        body += "".join(f'<p>附件：<a href="{p}">{esc(label)}</a></p>' for label, p in a.attach)
    ctx = (f'<li>上一篇：<a href="{prev.url}">{esc(prev.title)}</a></li>' if prev else "<li>上一篇：没有了 </li>")
    ctx += (f'<li>下一篇：<a href="{nxt.url}">{esc(nxt.title)}</a></li>' if nxt else "<li>下一篇：没有了 </li>")
    page = (f'<div class="w960 center clear mt1"><div class="pleft">{d_place(c)}<div class="viewbox">'
            f'<div class="title"><h2>{esc(a.title)}</h2></div>'
            f'<div class="info"><small>时间:</small>{a.day.isoformat()} {a.hm}<small>来源:</small>{esc(a.source)}'
            f'<small>作者:</small>办公室<small>点击:</small>{d_hits(a)} 次</div>'
            f'<div class="content"><table width="100%"><tr><td>{body}</td></tr></table></div>'
            '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
            f'<div class="handle"><div class="context"><ul>{ctx}</ul></div>'
            '<div class="actbox"><ul><li id="act-fav"><a href="javascript:;">收藏</a></li>'
            '<li id="act-pnt"><a href="javascript:window.print();">打印</a></li>'
            '<li id="act-cls"><a href="javascript:window.close();">关闭</a></li></ul></div></div></div></div>'
            f"{d_right(c)}</div>")
    write(a.url, d_page(a.title, page, "articleview"))


D_CSS = """@charset "utf-8";
/* DedeCMS default template, adapted */
*{margin:0;padding:0}
body{font:12px/1.5 "宋体",SimSun,"Microsoft YaHei",sans-serif;background:#f4f6f2;color:#333}
a{color:#333;text-decoration:none}a:hover{color:#d00;text-decoration:underline}
ul,dl{list-style:none}img{border:0}
.w960{width:960px}.w963{width:963px;margin:0 auto}.center{margin:0 auto}.clear{clear:both;overflow:hidden}.mt1{margin-top:8px}.mT10{margin-top:10px}
.header_top{height:26px;line-height:26px;background:#eef2e8;border-bottom:1px solid #dde5d3;color:#666}.header_top .w960{overflow:hidden}
.header_top .time{float:left}.toplinks{float:right}
.header{background:#fff}.header .top{height:90px;background:linear-gradient(90deg,#2f6b2f,#4f9a4a)}.header .title{float:left;padding-top:10px}
.module.blue .top{background:#2f6b2f;height:38px;overflow:visible;position:relative}
#navMenu{float:left}#navMenu ul li{float:left;height:38px}#navMenu ul li a{display:block;height:38px;line-height:38px;padding:0 22px;color:#fff;font-size:14px;font-weight:bold}
#navMenu ul li a:hover{background:#1d4d1d;text-decoration:none}
.dropMenu{position:absolute;top:0;visibility:hidden;z-index:100;width:150px;background:#fff;border:1px solid #9bbf8f;border-top:2px solid #2f6b2f}
.dropMenu li a{display:block;padding:6px 12px;border-bottom:1px dashed #e3e3e3;font-size:13px}
.search{float:right;padding-top:6px}.search h4{display:none}.search-keyword{width:160px;height:22px;border:1px solid #9bbf8f;color:#999;padding:0 4px}.search-submit{height:24px;padding:0 10px}
.pleft{float:left;width:700px;background:#fff;border:1px solid #dde5d3;min-height:560px}
.pright{float:right;width:250px}
.place{height:32px;line-height:32px;padding-left:14px;border-bottom:1px solid #e5e5e5;background:#f8faf5}
.listbox{padding:10px 16px}
.listbox ul.e2 li{padding:10px 0;border-bottom:1px dashed #ddd;overflow:hidden;min-height:18px}
.listbox ul.e2 li a.title{font-size:14px;font-weight:bold;color:#1d4d1d}.listbox ul.e2 li .info{display:block;color:#999;margin:3px 0}.listbox ul.e2 li .info small{font-size:12px;color:#666}
.listbox ul.e2 li .intro{color:#666}.listbox ul.e2 li a.preview{float:left;margin-right:12px}.listbox ul.e2 li a.preview img{width:120px;height:80px}
.listbox ul.e2 li.none{text-align:center;color:#999;padding:60px 0;border:0}
.listbox ul.e2.tpl li{height:40px;padding:0}
.listbox ul.d1 li,.listbox ul.c1 li,.listbox ul.e3 li,.listbox ul.e4 li,.listbox ul.e5 li,.listbox ul.e6 li{height:32px;line-height:32px;border-bottom:1px dashed #ddd;font-size:14px;overflow:hidden}
.listbox ul.d1 li span{color:#888;margin-right:16px}
.listbox ul.e3 li .date,.listbox ul.e4 li em,.listbox ul.e5 li span,.listbox ul.e6 li span{float:right;color:#999;font-style:normal}
.list-table td{height:32px;border-bottom:1px dashed #ddd;font-size:13px;text-align:center}.list-table td.tl{text-align:left}.list-table tr.th td{background:#eef4ea;font-weight:bold;border-bottom:1px solid #cfdcc6}
.zcfg dl{padding:10px 0;border-bottom:1px dashed #ddd}.zcfg dt{font-size:14px;font-weight:bold}.zcfg dd{color:#888;margin-top:4px}
.dede_pages{padding:14px 16px;overflow:hidden}.pagelist li{float:left;margin-right:4px;border:1px solid #ccc;padding:0 8px;line-height:22px}
.pagelist li.thisclass{background:#2f6b2f;color:#fff;border-color:#2f6b2f}.pagelist .pageinfo{border:0;color:#666}.pagelist li:last-child{border:0}
.commend{border:1px solid #dde5d3;background:#fff}.tbox dt{height:30px;line-height:30px;padding-left:10px;background:#eef4ea;border-bottom:1px solid #dde5d3;font-size:13px}
.tbox dd{padding:8px 10px}.tbox ul.d6 li{float:left;width:50%;line-height:26px}.tbox ul.d6{overflow:hidden}.tbox ul.c1 li{line-height:24px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.viewbox{padding:10px 26px}.viewbox .title{text-align:center;padding:14px 0}.viewbox .title h2{font-size:22px;color:#1d4d1d}
.viewbox .info{text-align:center;color:#888;border-bottom:1px solid #e5e5e5;padding-bottom:8px}.viewbox .info small{margin:0 4px 0 12px;font-size:12px}
.viewbox .content{font-size:14px;line-height:2;padding:14px 0}.viewbox .content p{text-indent:2em;margin-bottom:10px}.viewbox .content p[style]{text-indent:0}
.jg-table{border-collapse:collapse;margin:12px 0}.jg-table td,.jg-table th{border:1px solid #cfdcc6;padding:6px}
.boxoff{color:#ccc;margin:10px 0}.context li{line-height:26px}.actbox ul{overflow:hidden;margin-top:10px}.actbox li{float:left;margin-right:16px}
.index-banner{margin-top:8px}.index-banner img{display:block}
.idx-box{float:left;width:470px;margin:8px 8px 0 0;background:#fff;border:1px solid #dde5d3;min-height:210px}.idx-box:nth-child(2n){margin-right:0}
.idx-box .tbox dd{padding:6px 12px}.idx-box ul.c1 li{height:26px;line-height:26px;overflow:hidden}.idx-box ul.c1 li span{float:right;color:#999}
.idx-box .more{float:right;margin-right:10px;font-weight:normal}
.footer{background:#2f6b2f;color:#e3eee0;padding:16px 0;text-align:center;line-height:2}.footer a{color:#fff}.footer .powered{float:left;margin:4px 0 0 40px}
.frame{background:#fff}
"""

D_JS = """/* Chrome Drop Down Menu (DedeCMS dropdown.js, trimmed) */
var cssdropdown = {
  dropmenuobj: null, disappeardelay: 250,
  getposOffset: function (what, offsettype) {
    var total = (offsettype == "left") ? what.offsetLeft : what.offsetTop, p = what.offsetParent;
    while (p != null) { total = (offsettype == "left") ? total + p.offsetLeft : total + p.offsetTop; p = p.offsetParent; }
    return total;
  },
  show: function (link, menu) {
    if (this.dropmenuobj && this.dropmenuobj !== menu) { this.dropmenuobj.style.visibility = "hidden"; }
    this.dropmenuobj = menu;
    menu.style.left = this.getposOffset(link, "left") + "px";
    menu.style.top = this.getposOffset(link, "top") + link.offsetHeight + "px";
    menu.style.visibility = "visible";
    clearTimeout(this.timer);
  },
  hide: function () { var self = this; this.timer = setTimeout(function () { if (self.dropmenuobj) self.dropmenuobj.style.visibility = "hidden"; }, this.disappeardelay); },
  startchrome: function () {
    for (var i = 0; i < arguments.length; i++) {
      var links = document.getElementById(arguments[i]).getElementsByTagName("a");
      for (var j = 0; j < links.length; j++) {
        var rel = links[j].getAttribute("rel");
        if (!rel) continue;
        var menu = document.getElementById(rel);
        (function (link, menu) {
          link.onmouseover = function () { cssdropdown.show(link, menu); };
          link.onmouseout = function () { cssdropdown.hide(); };
          menu.onmouseover = function () { clearTimeout(cssdropdown.timer); };
          menu.onmouseout = function () { cssdropdown.hide(); };
        })(links[j], menu);
      }
    }
  }
};
window.onload = function () {
  var now = new Date(), week = "日一二三四五六";
  var t = document.getElementById("time");
  if (t) t.innerHTML = "今天是：" + now.getFullYear() + "年" + (now.getMonth() + 1) + "月" + now.getDate() + "日 星期" + week.charAt(now.getDay());
  var links = document.getElementsByTagName("a");
  for (var i = 0; i < links.length; i++) {
    if (links[i].className.indexOf("goportal") >= 0) {
      links[i].href = location.protocol + "//localhost:" + location.port + links[i].getAttribute("data-path");
      links[i].target = "_blank";
    }
  }
};
"""


def d_images() -> None:
    root = DEPT_ROOT
    save(f"{root}templets/default/images/logo.png", logo((420, 70), "沂泉县自然资源局", "YIQUAN NATURAL RESOURCES BUREAU", (255, 255, 255)))
    save(f"{root}templets/default/images/dzjg.png", badge((110, 55), ["党政机关", "网站标识"], (200, 20, 20)).resize((90, 45), Image.LANCZOS))
    save(f"{root}templets/default/images/banner.jpg", photo((960, 200), 61, "field"))
    save(f"{root}uploads/allimg/240601/1-240601100Z5-lp.jpg", photo((120, 80), 62, "meeting"))
    save(f"{root}uploads/allimg/240520/1-2405201F2150-lp.jpg", photo((120, 80), 63, "town"))
    save(f"{root}uploads/allimg/240618/1-24061Q12Z4.jpg", photo((600, 400), 64, "meeting"))
    save(f"{root}uploads/allimg/240612/1-240612093Q1.jpg", photo((600, 400), 65, "field"))
    save(f"{root}uploads/allimg/240518/1-24051Q95R6.jpg", photo((600, 400), 66, "town", dark=True))
    # a camera upload that came out as one flat beige colour, and an upload of 0 bytes
    save(f"{root}uploads/allimg/240617/1-24061G00Z0.jpg", Image.new("RGB", (600, 400), (236, 226, 204)))
    write(f"{root}uploads/allimg/240531/1-240531093Q10.jpg", b"")


def d_home() -> None:
    def box(key: str, n: int = 6) -> str:
        c = D_COLS[key]
        lis = "".join(f'<li><a href="{a.url}">{esc(a.title)}</a><span>{a.day:%m-%d}</span></li>' for a in c.arts[:n])
        return (f'<div class="idx-box"><dl class="tbox"><dt><strong>{esc(c.name)}</strong>'
                f'<a class="more" href="{c.url}">更多&gt;&gt;</a></dt><dd><ul class="c1 ico2">{lis}</ul></dd></dl></div>')

    body = (f'<div class="w960 center index-banner"><img src="{DEPT_ROOT}templets/default/images/banner.jpg" width="960" height="200" alt="守护耕地红线 建设美丽沂泉" /></div>'
            f'<div class="w960 center clear">{box("gzdt")}{box("gsgg")}{box("lyzy")}{box("zcfg")}</div>')
    write(DEPT_ROOT, d_page("沂泉县自然资源局", body, "index"))


def build_dept() -> None:
    declare_dept()
    every = [(c, a) for c in D_COLS.values() for a in c.arts]
    every.sort(key=lambda ca: (ca[1].day, ca[1].hm, ca[1].title))
    for i, (c, a) in enumerate(every):
        a.url = f"{c.url}{a.day.year}/{a.day:%m%d}/{41 + 3 * i}.html"
    write(f"{DEPT_ROOT}templets/default/style/dedecms.css", D_CSS)
    write(f"{DEPT_ROOT}templets/default/js/dropdown.js", D_JS)
    d_images()
    for key in D_ORDER:
        c = D_COLS[key]
        d_column(c)
        for i, a in enumerate(c.arts):
            d_article(c, a, c.arts[i + 1] if i + 1 < len(c.arts) else None, c.arts[i - 1] if i else None)
    d_home()

    # ----- planted problems and look-alikes of the department site (besides the columns)
    for c in D_COLS.values():
        for a in c.arts:
            if a.extra.get("flat_photo"):
                plant("image.broken", DEPT, a.url, a.images[0], note="a photo that is one flat beige colour (600×400)")
            if a.extra.get("empty_file"):
                plant("image.broken", DEPT, a.url, a.images[0], note="a 0-byte upload: cannot be decoded")
            if a.extra.get("night"):
                decoy("image.broken", DEPT, a.url, a.images[0], "a dark night photo with lit windows")
            if a.extra.get("slow"):
                delay(a.url, a.extra["slow"], DEPT, "an article: slow but under slow_ms")
                decoy("site.slow", DEPT, a.url, note="1300 ms, under slow_ms 3000")
            if a.extra.get("gone_attach"):
                path, status = a.extra["gone_attach"]
                route(path, status=status)
                plant("link.broken", DEPT, a.url, path, "definite", f"attachment answers {status}")
            for _label, path in a.attach:
                if path.endswith(".pdf"):
                    write(path, tiny_pdf("Yiquan rural homestead approval rules"))
                    decoy("link.broken", DEPT, a.url, path, "an attachment that exists")
            if a.extra.get("litpic"):
                decoy("image.broken", DEPT, c.url, a.extra["litpic"], "a 120×80 list thumbnail")
    delay(D_COLS["tzgg"].url, 4700, DEPT, "a configured column page")
    plant("site.slow", DEPT, D_COLS["tzgg"].url, note="column page served after 4700 ms")
    route(D_COLS["lyzy"].url, fail_first=1, status=502)
    decoy("site.unreachable", DEPT, DEPT_ROOT, note="the homepage answers at once")
    decoy("link.broken", DEPT, D_COLS["gzdt"].url, D_COLS["lyzy"].url, "the column page that answers 502 once, then 200")
    decoy("image.broken", DEPT, DEPT_ROOT, f"{DEPT_ROOT}templets/default/images/banner.jpg", "the homepage banner")
    decoy("image.broken", DEPT, DEPT_ROOT, f"{DEPT_ROOT}templets/default/images/logo.png", "the logo")


# =============================================================================================
# Unreachable sites, column verdicts, the YAML files
# =============================================================================================

UNREACHABLE = [
    ("yiquan-ybj", "沂泉县医疗保障局", "/ybj/", {"status": 500}, "the homepage answers 500 (a Java exception page), always"),
    ("yiquan-wlj", "沂泉县文化和旅游局", "/wlj/", {"delay_ms": 40000}, "the homepage never answers within timeout_s (15 s)"),
]


def home_of(site: str) -> str:
    return "/" if site == PORTAL else DEPT_ROOT


def expect_columns() -> None:
    blank = {PORTAL: 0, DEPT: 0}
    overdue: dict[str, list[Col]] = {PORTAL: [], DEPT: []}
    for c in COLUMNS:
        if c.missing:
            plant("column.missing", c.site, c.url, c.name, note="configured; its URL answers 404 and nothing links to it")
            decoy("column.blank", c.site, c.url, c.name, "missing, not blank")
            decoy("column.overdue", c.site, c.url, c.name, "missing, not overdue")
            continue
        if c.blank:
            blank[c.site] += 1
            plant("column.blank", c.site, c.url, c.name, note=c.note)
            decoy("column.overdue", c.site, c.url, c.name, "blank only")
            decoy("column.due_soon", c.site, c.url, c.name, "blank only")
        else:
            v = verdict(c.cats, c.newest, bool(c.deliberate))
            why = f"newest {c.newest}, {'/'.join(sorted(c.cats))}" if c.newest else c.note or "no list"
            if c.deliberate:
                why += "; " + c.deliberate
            if v == "overdue":
                overdue[c.site].append(c)
                plant("column.overdue", c.site, c.url, c.name, note=why)
                decoy("column.due_soon", c.site, c.url, c.name, "already overdue")
            elif v == "due_soon":
                plant("column.due_soon", c.site, c.url, c.name, note=why)
                decoy("column.overdue", c.site, c.url, c.name, f"not overdue yet: {why}")
            else:
                decoy("column.overdue", c.site, c.url, c.name, f"fresh or without a limit: {why}; {c.note}".rstrip("; "))
                if c.newest and "news" in c.cats:
                    decoy("column.due_soon", c.site, c.url, c.name, f"more than 3 days from its limit: {why}")
            decoy("column.blank", c.site, c.url, c.name, c.note or "has entries")
        if c.site == DEPT:
            if c.configured:
                decoy("column.unmonitored", c.site, c.url, c.name, "listed in the config")
                decoy("column.missing", c.site, c.url, c.name, "configured and reachable" +
                      (f" (configured as {c.config_url})" if c.config_url else ""))
            else:
                plant("column.unmonitored", c.site, c.url, c.name, note="in the navigation, not in the config")
        else:
            decoy("column.unmonitored", c.site, c.url, c.name, "the portal's config lists no columns")
    for gname, kids in D_GROUPS:  # group names of the DedeCMS bar link to a configured child
        decoy("column.unmonitored", DEPT, D_COLS[kids[0]].url, gname, f"the bar's group “{gname}” opens a configured column")

    for site in (PORTAL, DEPT):
        home = home_of(site)
        if blank[site] >= 5:
            plant("column.blank_many", site, home, note=f"{blank[site]} blank columns")
        else:
            decoy("column.blank_many", site, home, note=f"{blank[site]} blank columns (under 5)")
        cols = overdue[site]
        news = sum(1 for c in cols if "news" in c.cats)
        notice_policy = sum(1 for c in cols if c.cats & {"notice", "policy"})
        readings = {news >= 5 or len(cols) >= 10, news + notice_policy >= 5 or len(cols) >= 10}
        if len(readings) != 1:
            raise SystemExit(f"{site}: column.overdue_many depends on what counts as first-level")
        what = f"{len(cols)} overdue columns, {news} of them news, {notice_policy} notice/policy"
        if readings.pop():
            plant("column.overdue_many", site, home, note=what)
        else:
            decoy("column.overdue_many", site, home, note=what)


def sites_yaml() -> str:
    lines = [
        "# The engine-4 holdout's config ({base} is the server's root URL). Generated by generate.py.",
        "defaults:",
        "  timeout_s: 15",
        "  slow_ms: 3000",
        "sites:",
        f"  - id: {PORTAL}",
        "    name: 沂泉县人民政府",
        '    url: "{base}"',
        f"  - id: {DEPT}",
        "    name: 沂泉县自然资源局",
        "    owner: 沂泉县自然资源局",
        f'    url: "{{base}}{DEPT_ROOT.lstrip("/")}"',
        "    columns:",
    ]
    for c in COLUMNS:
        if c.site != DEPT or not c.configured:
            continue
        url = c.config_url or c.url
        parts = [f"name: {c.name}", f'url: "{url}"']
        if c.config_cat:
            parts.append(f"category: {c.config_cat}")
        lines.append("      - {" + ", ".join(parts) + "}")
    for sid, name, path, _spec, _why in UNREACHABLE:
        lines += [f"  - id: {sid}", f"    name: {name}", f'    url: "{{base}}{path.lstrip("/")}"']
    return "\n".join(lines) + "\n"


def dump(obj: Any) -> str:
    return yaml.safe_dump(obj, allow_unicode=True, sort_keys=False, width=120)


def main() -> None:
    if not JQUERY.exists():
        raise SystemExit(f"jQuery not found at {JQUERY} (apt-get install libjs-jquery)")
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir()
    build_portal()
    build_dept()
    for sid, _name, path, spec, why in UNREACHABLE:
        route(path + "*", **spec)
        plant("site.unreachable", sid, path, note=why)
    expect_columns()
    decoy("site.unreachable", PORTAL, "/", note="the portal answers")

    # no look-alike may be the same as a planted finding
    keys = {(f["site"], f["rule"], f["url_path"], f.get("target")) for f in FINDINGS}
    DECOYS[:] = [x for x in DECOYS if (x["site"], x["rule"], x["url_path"], x.get("target")) not in keys]
    seen = set()
    unique = []
    for x in DECOYS:
        k = (x["site"], x["rule"], x["url_path"], x.get("target"))
        if k not in seen:
            seen.add(k)
            unique.append(x)
    DECOYS[:] = unique

    server = {"routes": {k: ROUTES[k] for k in sorted(ROUTES)}}
    (HERE / "server.yaml").write_text(
        "# Server behaviours by path for benchmarks/accuracy.py (generated by generate.py).\n" + dump(server), encoding="utf-8")
    (HERE / "sites.yaml").write_text(sites_yaml(), encoding="utf-8")
    expected = {
        "as_of": AS_OF.isoformat(),
        "findings": FINDINGS,
        "delays": [{"url_path": x["url_path"], "ms": x["ms"], "note": x["note"]} for x in DELAYS],
        "crawl_seeds": SEEDS,
        "decoys": DECOYS,
    }
    (HERE / "expected.yaml").write_text(
        "# The planted problems of the engine-4 holdout, computed by generate.py from the declarations that write\n"
        "# the pages, with the thresholds of shared/contract.md. Generated: do not edit by hand.\n" + dump(expected),
        encoding="utf-8")

    counts: dict[str, int] = {}
    for f in FINDINGS:
        counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    files = [p for p in SITE.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    n_html = sum(1 for p in files if p.suffix == ".html")
    print(f"{n_html} HTML pages, {len(files) - n_html} other files, {size / 1024:.0f} KiB")
    print(f"{len(FINDINGS)} planted findings: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"{len(DECOYS)} look-alikes, {len(DELAYS)} delays, {len(SEEDS)} crawl seeds")


if __name__ == "__main__":
    main()
