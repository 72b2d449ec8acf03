"""Generate the engine-5 holdout: site/, sites.yaml, server.yaml and expected.yaml, together.

An invented county in 陕西省 (渭宁县) on one local server:

* ``weining``       the portal, a 集约化-platform style site (浪潮/电信-like) whose lists are mostly
                    rendered in the browser by Vue 2 from JSON endpoints, pager buttons (no links)
                    that switch ``?page=N``; columns ``/{group}/{column}/list.html``, articles
                    ``/{group}/{column}/art/YYYY/MM/{32 hex}.html``, uploads ``/upload/…``;
* ``weining-lwz``   a township site in the style of an old ASP CMS: GBK, table layout, ``<font>``
                    dates such as ``2024-7-3``, ``/lwz/html/ClassNN/Index.htm`` and ``List_2.htm``;
* ``weining-nync``  a PHPCMS v9 department site: ``/nyncj/html/{catdir}/index.html``, ``2.html``,
                    articles ``/nyncj/html/YYYY/{catdir}_MMDD/{id}.html``, ``uploadfile/…``;
* ``weining-xzsp``  a homepage that hangs.

Deterministic. Needs Pillow, PyYAML, the Noto CJK font, jQuery (libjs-jquery) and Vue 2.7
(kept in site/static/js/vue.min.js; fetched once with ``npm pack vue@2.7.16`` when absent).

    .venv/bin/python benchmarks/holdout_engine5/generate.py
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import random
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
AS_OF = date(2024, 7, 10)
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
JQUERY = Path("/usr/share/javascript/jquery/jquery.min.js")
VUE_VERSION = "2.7.16"

FILES: dict[str, bytes] = {}
FINDINGS: list[dict] = []
DECOYS: list[dict] = []
DELAYS: list[dict] = []
ROUTES: dict[str, dict] = {}
BROKEN: dict[str, int | None] = {}  # planted broken targets (path -> status, None = no answer)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def put(path: str, data: bytes | str, enc: str = "utf-8") -> None:
    assert path.startswith("/") and path not in FILES, path
    FILES[path] = data.encode(enc) if isinstance(data, str) else data


def hexid(*parts: object) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


def num(*parts: object, digits: int = 6) -> int:
    return int(hexid(*parts)[:10], 16) % (10 ** digits)


def plant(rule: str, site: str, url_path: str, target: str | None = None, certainty: str | None = None,
          note: str = "") -> None:
    e = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        e["target"] = target
    if certainty:
        e["certainty"] = certainty
    e["note"] = note
    FINDINGS.append(e)


def decoy(rule: str, site: str, url_path: str, target: str | None = None, note: str = "",
          certainty: str | None = None) -> None:
    e = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        e["target"] = target
    if certainty:
        e["certainty"] = certainty
    e["note"] = note
    DECOYS.append(e)


# =============================================================================================
# Dates and verdicts
# =============================================================================================

def D(s: str) -> date:
    y, m, d = map(int, s.split("-"))
    return date(y, m, d)


def sub_months(d: date, n: int) -> date:
    y, m = d.year, d.month - n
    while m <= 0:
        m += 12
        y -= 1
    last = [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return date(y, m, min(d.day, last))


LIMITS = {"news": ("days", 14), "notice": ("months", 6), "policy": ("months", 6),
          "personnel": ("months", 12), "plan": ("months", 12)}


def _overdue(cat: str, newest: date, today: date, reading: str, strict: bool) -> bool:
    unit, n = LIMITS[cat]
    age = (today - newest).days
    if unit == "days":
        return age > n if strict else age >= n
    if reading == "calendar":
        limit = sub_months(today, n)
        return newest < limit if strict else newest <= limit
    days = int(reading)
    return age > days if strict else age >= days


def _readings(cat: str) -> list[str]:
    unit, n = LIMITS[cat]
    if unit == "days":
        return ["days"]
    return ["calendar"] + (["180", "181", "182", "183", "184"] if n == 6 else ["365", "366"])


def verdict(cat: str | None, newest: date | None, deliberate: bool = False) -> str:
    """'overdue', 'due_soon' or 'fresh'; refuses a date whose verdict depends on the reading."""
    if cat in (None, "other") or newest is None:
        return "fresh"
    now = {(r, s): _overdue(cat, newest, AS_OF, r, s) for r in _readings(cat) for s in (True, False)}
    strict_now = {v for (r, s), v in now.items() if s}
    if len(strict_now) > 1 or (len(set(now.values())) > 1 and not deliberate):
        raise SystemExit(f"ambiguous overdue verdict for {cat} {newest}")
    if True in strict_now:
        return "overdue"
    soon = {w: any(_overdue(cat, newest, AS_OF + timedelta(days=k), r, True) for k in range(1, w + 1))
            for r in _readings(cat) for w in (2, 3, 4)}
    soon_all = {any(_overdue(cat, newest, AS_OF + timedelta(days=k), r, True) for k in range(1, w + 1))
                for r in _readings(cat) for w in (2, 3, 4)}
    soon_nonstrict = {any(_overdue(cat, newest, AS_OF + timedelta(days=k), r, False) for k in range(1, w + 1))
                      for r in _readings(cat) for w in (2, 3, 4)}
    del soon
    if len(soon_all) > 1 or (len(soon_all | soon_nonstrict) > 1 and not deliberate):
        raise SystemExit(f"ambiguous due-soon verdict for {cat} {newest}")
    return "due_soon" if True in soon_all else "fresh"


def dates(newest: str, gaps: list[int]) -> list[date]:
    d = D(newest)
    out = [d]
    for g in gaps:
        d = d - timedelta(days=g)
        out.append(d)
    return out


WEEK = "一二三四五六日"


def f_ymd(d: date) -> str:
    return d.isoformat()


def f_short(d: date) -> str:  # 2024-7-3
    return f"{d.year}-{d.month}-{d.day}"


def f_cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def f_cn0(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def f_cnweek(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}"


def f_dot(d: date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def f_slash(d: date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def f_md(d: date) -> str:
    return f"{d.month:02d}-{d.day:02d}"


# =============================================================================================
# Pictures
# =============================================================================================

_fonts: dict[int, ImageFont.FreeTypeFont] = {}


def font(size: int) -> ImageFont.FreeTypeFont:
    if size not in _fonts:
        _fonts[size] = ImageFont.truetype(FONT, size, index=2)
    return _fonts[size]


def _jpg(img: Image.Image, q: int = 82) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=q)
    return b.getvalue()


def _png(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=True)
    return b.getvalue()


def photo(w: int, h: int, seed: object, grey: bool = False, night: bool = False) -> bytes:
    r = random.Random(str(seed))
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    horizon = int(h * r.uniform(0.38, 0.55))
    top = (r.randint(20, 40), r.randint(25, 45), r.randint(60, 90)) if night else \
        (r.randint(80, 140), r.randint(140, 190), r.randint(200, 240))
    bot = (60, 60, 90) if night else (225, 232, 240)
    for y in range(horizon):
        t = y / max(1, horizon)
        d.line([(0, y), (w, y)], fill=tuple(int(top[i] * (1 - t) + bot[i] * t) for i in range(3)))
    for layer in range(3):
        base = horizon - int(h * (0.18 - layer * 0.05))
        pts = [(0, horizon)]
        x = 0
        while x < w:
            pts.append((x, base + r.randint(-int(h * 0.08), int(h * 0.08))))
            x += r.randint(w // 14, w // 6)
        pts += [(w, horizon)]
        g = 60 + layer * 30
        d.polygon(pts, fill=(g // 2, g + 20, g // 2 + 10) if not night else (20 + layer * 8, 25 + layer * 8, 40))
    d.rectangle([0, horizon, w, h], fill=(96, 140, 70) if not night else (25, 25, 35))
    for i in range(8):
        y = horizon + int((h - horizon) * i / 8)
        d.line([(0, y), (w, y + r.randint(-20, 20))], fill=(120 + r.randint(-30, 30), 160, 80) if not night else (40, 40, 50), width=2)
    for i in range(r.randint(5, 10)):
        bw, bh = r.randint(w // 16, w // 7), r.randint(h // 8, h // 3)
        bx = r.randint(0, w - bw)
        by = horizon + r.randint(-bh // 2, h // 10) - bh // 2
        col = (r.randint(150, 230),) * 3 if not night else (35, 35, 45)
        d.rectangle([bx, by, bx + bw, by + bh], fill=col, outline=(90, 90, 90))
        for wy in range(by + 6, by + bh - 6, 12):
            for wx in range(bx + 5, bx + bw - 5, 10):
                lit = r.random() < (0.45 if night else 0.0)
                d.rectangle([wx, wy, wx + 5, wy + 6], fill=(250, 220, 120) if lit else ((90, 110, 130) if not night else (20, 20, 25)))
    if night:
        for _ in range(60):
            x, y = r.randint(0, w), r.randint(0, horizon // 2)
            d.point((x, y), fill=(230, 230, 230))
    noise = Image.effect_noise((w, h), 18).convert("RGB")
    img = Image.blend(img, noise, 0.06).filter(ImageFilter.GaussianBlur(0.5))
    if grey:
        img = img.convert("L").convert("RGB")
    return _jpg(img)


def portrait(w: int, h: int, seed: object) -> bytes:
    r = random.Random(str(seed))
    img = Image.new("RGB", (w, h), (40, 90, 160))
    d = ImageDraw.Draw(img)
    for y in range(h):
        t = y / h
        d.line([(0, y), (w, y)], fill=(int(60 + 40 * t), int(110 + 40 * t), int(190 - 20 * t)))
    d.polygon([(w * 0.1, h), (w * 0.25, h * 0.68), (w * 0.75, h * 0.68), (w * 0.9, h)], fill=(30, 32, 40))
    d.polygon([(w * 0.44, h * 0.68), (w * 0.5, h * 0.9), (w * 0.56, h * 0.68)], fill=(245, 245, 245))
    d.line([(w * 0.5, h * 0.72), (w * 0.5, h * 0.92)], fill=(160, 20, 30), width=max(2, w // 30))
    skin = (228 - r.randint(0, 20), 190 - r.randint(0, 20), 160 - r.randint(0, 20))
    d.rectangle([w * 0.44, h * 0.55, w * 0.56, h * 0.7], fill=skin)
    d.ellipse([w * 0.32, h * 0.2, w * 0.68, h * 0.62], fill=skin)
    d.chord([w * 0.31, h * 0.16, w * 0.69, h * 0.45], 180, 360, fill=(25, 25, 25))
    for ex in (0.42, 0.58):
        d.ellipse([w * ex - 3, h * 0.4 - 2, w * ex + 3, h * 0.4 + 2], fill=(30, 30, 30))
    d.arc([w * 0.44, h * 0.47, w * 0.56, h * 0.55], 20, 160, fill=(150, 80, 70), width=2)
    return _jpg(img, 88)


def banner(w: int, h: int, text: str, seed: object, c1=(180, 20, 30), c2=(230, 120, 40)) -> bytes:
    r = random.Random(str(seed))
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for x in range(w):
        t = x / w
        d.line([(x, 0), (x, h)], fill=tuple(int(c1[i] * (1 - t) + c2[i] * t) for i in range(3)))
    for _ in range(12):
        cx, cy, rad = r.randint(0, w), r.randint(0, h), r.randint(h // 6, h)
        d.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], outline=(255, 255, 255), width=1)
    fs = max(14, int(h * 0.32))
    d.text((w * 0.06 + 2, h * 0.3 + 2), text, font=font(fs), fill=(90, 10, 10))
    d.text((w * 0.06, h * 0.3), text, font=font(fs), fill=(255, 240, 200))
    return _jpg(img, 85)


def icon(size: int, color: tuple, glyph: str) -> bytes:
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([2, 2, size - 3, size - 3], radius=size // 5, fill=color + (255,))
    fs = int(size * 0.5)
    d.text((size / 2, size / 2), glyph, font=font(fs), fill=(255, 255, 255, 255), anchor="mm")
    return _png(img)


def logo(w: int, h: int, text: str, sub: str, color=(200, 20, 20), bg=(255, 255, 255)) -> bytes:
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    d.ellipse([8, 8, h - 8, h - 8], fill=color)
    d.regular_polygon((h / 2, h / 2, h / 4), 5, fill=(255, 215, 0))
    d.text((h + 8, h * 0.12), text, font=font(int(h * 0.42)), fill=color)
    d.text((h + 10, h * 0.62), sub, font=font(int(h * 0.2)), fill=(120, 120, 120))
    return _png(img)


def placeholder(w: int, h: int, text: str) -> bytes:
    img = Image.new("RGB", (w, h), (240, 241, 244))
    d = ImageDraw.Draw(img)
    cx, cy = w // 2, int(h * 0.42)
    s = min(w, h) // 5
    d.rectangle([cx - s, cy - s * 0.75, cx + s, cy + s * 0.75], outline=(190, 194, 200), width=3)
    d.polygon([(cx - s + 6, cy + s * 0.6), (cx - s * 0.3, cy - s * 0.1), (cx + s * 0.2, cy + s * 0.6)], fill=(200, 204, 210))
    d.ellipse([cx + s * 0.35, cy - s * 0.5, cx + s * 0.65, cy - s * 0.2], fill=(200, 204, 210))
    d.text((cx, cy + s + 18), text, font=font(max(14, w // 16)), fill=(165, 170, 178), anchor="mm")
    return _jpg(img, 90)


def flat(w: int, h: int, color: tuple) -> bytes:
    return _jpg(Image.new("RGB", (w, h), color), 92)


def qrcode(seed: object, n: int = 25, px: int = 5) -> bytes:
    r = random.Random(str(seed))
    img = Image.new("RGB", ((n + 4) * px, (n + 4) * px), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for y in range(n):
        for x in range(n):
            finder = (x < 7 and y < 7) or (x >= n - 7 and y < 7) or (x < 7 and y >= n - 7)
            on = (x in (0, 6) or y in (0, 6) or (2 <= x <= 4 and 2 <= y <= 4)) if finder and (x < 7 or x >= n - 7) and (y < 7 or y >= n - 7) else r.random() < 0.5
            if finder:
                xx, yy = x % (n - 7) if x >= n - 7 else x, y % (n - 7) if y >= n - 7 else y
                on = xx in (0, 6) or yy in (0, 6) or (2 <= xx <= 4 and 2 <= yy <= 4)
            if on:
                d.rectangle([(x + 2) * px, (y + 2) * px, (x + 3) * px - 1, (y + 3) * px - 1], fill=(0, 0, 0))
    return _png(img)


def gif1x1() -> bytes:
    b = io.BytesIO()
    img = Image.new("P", (1, 1), 0)
    img.putpalette([255, 255, 255] + [0] * 765)
    img.save(b, "GIF", transparency=0)
    return b.getvalue()


def divider(w: int, h: int) -> bytes:
    img = Image.new("RGB", (w, h), (200, 200, 200))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w // 5, h], fill=(190, 20, 30))
    return _png(img)


def tiny_pdf(title: str) -> bytes:
    body = f"BT /F1 14 Tf 60 760 Td ({title}) Tj ET".encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def fake_office(title: str) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + hashlib.sha256(title.encode()).digest() * 64


# =============================================================================================
# Text
# =============================================================================================

PARA = [
    "会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持稳中求进工作总基调，统筹发展和安全，确保各项工作落地见效。",
    "{c}相关负责同志介绍了近期工作进展情况，并就下一步重点任务作了具体安排。与会人员围绕问题短板进行了深入交流，提出了意见建议。",
    "据了解，今年以来，{c}坚持问题导向，聚焦群众急难愁盼，细化工作台账，明确责任分工和完成时限，推动工作取得阶段性成效。",
    "下一步，各相关单位要进一步提高思想认识，压紧压实工作责任，加强协调配合，强化督促检查，确保按期保质完成目标任务。",
    "活动现场，工作人员通过发放宣传资料、现场讲解、答疑解惑等方式，向群众宣传相关政策法规，累计发放宣传资料一千余份，接受群众咨询二百余人次。",
    "{c}将以此为契机，持续巩固提升工作成效，建立健全长效机制，不断增强人民群众的获得感、幸福感、安全感。",
]


def paras(title: str, who: str, n: int = 4, seed: object = 0) -> list[str]:
    r = random.Random(str(seed) + title)
    out = [f"近日，{who}{title.rstrip('。')}。" if not title.startswith(who) else f"近日，{title}。"]
    pool = PARA[:]
    r.shuffle(pool)
    out += [p.format(c=who) for p in pool[: n - 1]]
    return out


# =============================================================================================
# Columns
# =============================================================================================

@dataclass
class Item:
    title: str
    day: date
    url: str = ""
    thumb: str = ""
    extra: dict = field(default_factory=dict)


@dataclass
class Col:
    site: str
    key: str
    name: str
    url: str  # the column page path
    cat: str | None  # the contract category the name / config implies
    items: list[Item] = field(default_factory=list)
    blank: str = ""  # why the column is blank
    deliberate: bool = False
    config_cat: str | None = None  # the category written in sites.yaml (None: inferred from the name)
    configured: bool = True
    note: str = ""

    @property
    def newest(self) -> date | None:
        return max((i.day for i in self.items), default=None)


COLUMNS: list[Col] = []


def judge(c: Col) -> None:
    """Plant (or decoy) the column's verdicts."""
    COLUMNS.append(c)
    if c.blank:
        plant("column.blank", c.site, c.url, c.name, note=c.blank)
        decoy("column.overdue", c.site, c.url, c.name, "blank only, not also overdue")
        return
    decoy("column.blank", c.site, c.url, c.name, f"{len(c.items) or 'no list but content'} entries: not blank")
    v = verdict(c.cat, c.newest, c.deliberate)
    nd = c.newest.isoformat() if c.newest else "undated"
    if v == "overdue":
        plant("column.overdue", c.site, c.url, c.name, note=f"{c.cat}, newest {nd}")
        decoy("column.due_soon", c.site, c.url, c.name, "already overdue, not due soon")
    elif v == "due_soon":
        plant("column.due_soon", c.site, c.url, c.name, note=f"{c.cat}, newest {nd}" + (f" ({c.note})" if c.note else ""))
        decoy("column.overdue", c.site, c.url, c.name, f"newest {nd}: due soon, not overdue")
    else:
        decoy("column.overdue", c.site, c.url, c.name, f"{c.cat or 'other'}, newest {nd}: in time")
        if c.cat not in (None, "other"):
            decoy("column.due_soon", c.site, c.url, c.name, f"newest {nd}: not within 3 days of the limit")


# =============================================================================================
# Checking what was generated (the same reference syntax as accuracy.py's --check-site)
# =============================================================================================

_REF = re.compile(r"""(?:href|src)\s*=\s*"([^"'<>]+)"|"(?:u|url)"\s*:\s*"([^"]+)\"""")
_ANYREF = re.compile(r'(?:data-echo|data-ext)\s*=\s*"([^"\'<>]+)"')
FAILING_SCRIPTS = {"/static/js/chunk-zcjd.6f1b2a.js", "/nyncj/statics/layui/layui.js"}  # on blank columns, on purpose


def validate() -> None:
    problems = []
    for path, data in FILES.items():
        if not path.endswith((".html", ".htm", ".json")):
            continue
        text = data.decode("utf-8" if "/lwz/" not in path else "gbk")
        for m in list(_REF.finditer(text)) + list(_ANYREF.finditer(text)):
            raw = html.unescape(m.group(1) or (m.group(2) if m.lastindex and m.lastindex >= 2 else "") or "")
            if not raw or raw.startswith(("javascript:", "mailto:", "#", "data:")):
                continue
            if raw.startswith("http"):
                problems.append(f"{path}: absolute link {raw}")
                continue
            ref = urljoin("http://h" + path, raw)[len("http://h"):].split("#")[0]
            p = urlsplit(ref).path
            if ref in BROKEN or p in FAILING_SCRIPTS or p in ROUTES or any(p.startswith(k[:-1]) for k in ROUTES if k.endswith("*")):
                continue
            cands = [p, p + "index.html", p + "index.shtml"] if p.endswith("/") else [p]
            if not any(c in FILES for c in cands):
                problems.append(f"{path}: missing {ref}")
    for target in BROKEN:
        n = sum(1 for p, d in FILES.items() if p.endswith((".html", ".htm")) and
                (f'"{target}"' in d.decode("utf-8" if "/lwz/" not in p else "gbk")))
        if n > 1:
            problems.append(f"planted {target} written on {n} pages")
    if problems:
        raise SystemExit("generated site has problems:\n  " + "\n  ".join(problems[:60]))


# =============================================================================================
# Site 1: the portal (weining) — Vue-rendered 集约化 platform
# =============================================================================================

P = "weining"
CNTY = "渭宁县"
GOV = "渭宁县人民政府"

PORTAL_GROUPS = [
    ("zjwn", "走进渭宁"), ("xwzx", "新闻中心"), ("zwgk", "政务公开"),
    ("zwfw", "政务服务"), ("hdjl", "互动交流"), ("ztzl", "专题专栏"),
]

PORTAL_CSS = """
*{margin:0;padding:0;box-sizing:border-box}body{font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}a:hover{color:#c40000}ul{list-style:none}.w1200{width:1200px;margin:0 auto}
.g-top{background:#eee;height:34px;line-height:34px;font-size:12px;color:#666}.g-top .r{float:right}.g-top a{margin-left:12px;color:#666}
.g-head{height:130px;background:linear-gradient(#fff,#fdeeee)}.g-head .logo{margin-top:25px;height:80px}.g-head form{float:right;margin-top:48px}
.g-head input{width:260px;height:34px;border:1px solid #c40000;padding:0 8px}.g-head button{height:34px;width:70px;background:#c40000;color:#fff;border:0}
.mega{background:#c40000;height:50px;position:relative}.mega-bar>li{float:left;width:14.28%;text-align:center}.mega-bar>li>a{display:block;color:#fff;font-size:17px;line-height:50px}
.mega-bar>li.on>a,.mega-bar>li>a:hover{background:#9e0000}.mega-panel{display:none;position:absolute;left:0;right:0;top:50px;background:#fff;box-shadow:0 6px 18px rgba(0,0,0,.15);z-index:20;text-align:left;padding:20px 0}
.mega-bar>li.open .mega-panel{display:block}.mega-panel dl{float:left;width:25%;padding:0 20px}.mega-panel dt{font-weight:bold;color:#c40000;border-bottom:1px solid #eee;margin-bottom:6px}.mega-panel dd a{display:inline-block;margin-right:14px;line-height:30px}
.mega-panel .pic{float:right;width:280px;margin-right:20px}.mega-panel .pic img{width:280px;height:140px}
.crumb{line-height:46px;color:#888}.main{background:#fff;padding:20px 30px;min-height:500px;margin-bottom:20px}
.side{float:left;width:230px}.side h2{background:#c40000;color:#fff;line-height:56px;text-align:center;font-size:20px}.side li a{display:block;line-height:46px;border-bottom:1px solid #eee;padding-left:30px;background:#fff}.side li.cur a{color:#c40000;font-weight:bold;border-left:4px solid #c40000}
.cont{margin-left:250px}.cont-hd{border-bottom:2px solid #c40000;line-height:44px;font-size:18px;color:#c40000;font-weight:bold}
.with-aside .cont{margin-right:280px}.aside{float:right;width:260px}.aside-box{background:#fff;padding:12px 16px;margin-bottom:16px}.aside-box h3{font-size:16px;border-bottom:1px solid #eee;line-height:38px}.aside-box li{line-height:32px;font-size:13px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.aside-box em{float:right;color:#999;font-style:normal;margin-left:6px}
.irs-list .list-ul li,.txt-list li{line-height:44px;border-bottom:1px dashed #ddd;padding-left:14px;overflow:hidden}.irs-list .date,.txt-list span{float:right;color:#888}
.irs-pager,.pg{text-align:center;margin:24px 0}.irs-pager button{border:1px solid #ddd;background:#fff;padding:4px 12px;margin:0 3px;cursor:pointer}.irs-pager button.cur{background:#c40000;color:#fff}
.irs-empty{text-align:center;color:#999;padding:80px 0}[v-cloak]{display:none}
.tab-list{width:100%;border-collapse:collapse}.tab-list td,.tab-list th{border-bottom:1px solid #eee;line-height:42px;padding:0 8px}.tab-list th{background:#f6f6f6}.tab-list td.d{width:130px;color:#888;text-align:right}
.pic-grid li{float:left;width:31%;margin:0 1% 20px;background:#fafafa}.pic-grid img{width:100%;height:180px;display:block;object-fit:cover}.pic-grid p{padding:6px 10px;height:56px;overflow:hidden}.pic-grid span{display:block;padding:0 10px 8px;color:#999;font-size:12px}
.card-list .card{border:1px solid #eee;margin-bottom:14px;padding:14px 18px}.card-list .card h4{font-size:16px}.card-list .card p{color:#999;font-size:13px}
.tiles a{float:left;width:23%;margin:1%;height:110px;color:#fff;font-size:18px;text-align:center;padding-top:24px;border-radius:4px}.tiles img{display:block;margin:0 auto 6px;width:40px;height:40px}
.banners a{display:block;margin-bottom:16px}.banners img{width:100%;height:150px;display:block}
.article h1{text-align:center;font-size:26px;color:#222;padding:20px 0 10px}.article .meta{text-align:center;color:#888;border-bottom:1px solid #eee;padding-bottom:12px;font-size:13px}
.article .meta span{margin:0 10px}.article .body{padding:24px 10px;font-size:16px;line-height:2.1}.article .body p{text-indent:2em;margin-bottom:12px}.article .body img{display:block;margin:10px auto;max-width:760px}
.article .fj{border-top:1px solid #eee;padding-top:12px}.article .tools{text-align:right;color:#888}
.home-row{overflow:hidden;margin:18px auto}.focus{float:left;width:580px;height:380px;position:relative;overflow:hidden}.focus img{width:580px;height:380px;display:block}.focus .strip img{width:180px;height:70px;display:inline-block}.focus .cap{position:absolute;bottom:0;left:0;right:0;background:rgba(0,0,0,.5);color:#fff;padding:6px 14px}
.hblock{float:right;width:590px;background:#fff;padding:0 16px}.hblock .hd{border-bottom:2px solid #eee;line-height:46px;font-size:18px}.hblock .hd a.more{float:right;font-size:13px;color:#999}.hblock .hd span{display:inline-block;margin-right:20px}.hblock .hd span.on{color:#c40000;border-bottom:2px solid #c40000}
.hblock li{line-height:38px;overflow:hidden}.hblock li em{float:right;color:#999;font-style:normal}
.third{float:left;width:390px;margin-right:15px;background:#fff;padding:0 16px}.third:last-child{margin-right:0}
.ft{background:#8b0000;color:#f3d0d0;text-align:center;padding:24px 0;font-size:13px;line-height:2}.ft a{color:#f3d0d0}.ft img{vertical-align:middle;margin:0 8px}
.clearfix:after{content:"";display:block;clear:both}.sep{display:block}
"""

PORTAL_JS_COMMON = r"""
(function(){
  var d=new Date(),w='日一二三四五六';var el=document.getElementById('today');
  if(el){el.innerHTML='今天是'+d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w.charAt(d.getDay());}
  var items=document.querySelectorAll('.mega-bar>li');
  for(var i=0;i<items.length;i++){(function(li){
    li.addEventListener('mouseenter',function(){li.className+=' open';});
    li.addEventListener('mouseleave',function(){li.className=li.className.replace(/\s*open/g,'');});
  })(items[i]);}
  var ext=document.querySelectorAll('a[data-ext]');
  for(var j=0;j<ext.length;j++){ext[j].href=location.protocol+'//localhost:'+location.port+ext[j].getAttribute('data-ext');ext[j].target='_blank';}
  var sel=document.getElementById('yqlj');
  if(sel){sel.onchange=function(){var v=sel.value;if(v){if(confirm('您即将离开本站，确定访问该网站吗？')){window.open(location.protocol+'//localhost:'+location.port+v);}}};}
  function echo(){var imgs=document.querySelectorAll('img[data-echo]');for(var k=0;k<imgs.length;k++){var r=imgs[k].getBoundingClientRect();
    if(r.top<window.innerHeight+200){imgs[k].src=imgs[k].getAttribute('data-echo');imgs[k].removeAttribute('data-echo');}}}
  window.addEventListener('scroll',echo);window.addEventListener('load',echo);setTimeout(echo,300);
})();
"""

PORTAL_VUE_APP = r"""
/* irs-front list component: renders a channel's documents from the platform's JSON API */
(function(){
  function pad(n){return n<10?'0'+n:''+n;}
  var WEEK='日一二三四五六';
  function parts(s){var m=/^(\d{4})-(\d{2})-(\d{2})/.exec(s||'');return m?[+m[1],+m[2],+m[3]]:null;}
  var FMT={
    ymd:function(p){return p[0]+'-'+pad(p[1])+'-'+pad(p[2]);},
    cn:function(p){var wd=new Date(Date.UTC(p[0],p[1]-1,p[2])).getUTCDay();return p[0]+'年'+p[1]+'月'+p[2]+'日 星期'+WEEK.charAt(wd);},
    md:function(p){return '['+pad(p[1])+'/'+pad(p[2])+']';},
    dot:function(p){return '发布：'+p[0]+'.'+pad(p[1])+'.'+pad(p[2]);}
  };
  var nodes=document.querySelectorAll('[data-irs-channel]');
  for(var i=0;i<nodes.length;i++){(function(el){
    var cid=el.getAttribute('data-irs-channel'),fmt=FMT[el.getAttribute('data-irs-fmt')]||FMT.ymd;
    new Vue({
      el:el,
      data:{list:[],page:1,pages:1,total:0,loading:true},
      template:'<div class="irs-list">'+
        '<ul class="list-ul" v-if="list.length"><li v-for="(it,k) in list" :key="k"><a :href="it.url" :title="it.title" target="_blank">{{it.title}}</a><span class="date">{{show(it.pubDate)}}</span></li></ul>'+
        '<div class="irs-empty" v-else-if="!loading">暂无数据</div>'+
        '<div class="irs-pager" v-if="pages>1"><span>共{{total}}条</span>'+
        '<button type="button" :disabled="page<=1" @click="go(page-1)">上一页</button>'+
        '<button type="button" v-for="n in pages" :key="\'p\'+n" :class="{cur:n===page}" @click="go(n)">{{n}}</button>'+
        '<button type="button" :disabled="page>=pages" @click="go(page+1)">下一页</button></div></div>',
      methods:{
        show:function(s){var p=parts(s);return p?fmt(p):'';},
        load:function(p){var vm=this;vm.loading=true;
          var x=new XMLHttpRequest();x.open('GET','/irs-api/channel/'+cid+'/page-'+p+'.json');
          x.onload=function(){if(x.status===200){var d=JSON.parse(x.responseText);vm.list=d.list;vm.total=d.total;vm.pages=d.pages||1;vm.page=p;}vm.loading=false;};
          x.onerror=function(){vm.loading=false;};x.send();},
        go:function(p){if(p<1||p>this.pages)return;history.pushState(null,'','?page='+p);this.load(p);}
      },
      mounted:function(){var m=/[?&]page=(\d+)/.exec(location.search);this.load(m?+m[1]:1);}
    });
  })(nodes[i]);}
})();
"""

PORTAL_COLS: dict[str, Col] = {}
PORTAL_NAV: dict[str, list[tuple[str, str]]] = {g: [] for g, _ in PORTAL_GROUPS}
PORTAL_PAGES: dict[str, str] = {}  # path -> html (written at the end)


def p_head(title: str, extra_css: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<meta name="renderer" content="webkit">\n'
            f'<title>{esc(title)}</title>\n<meta name="keywords" content="渭宁县,渭宁县人民政府,政务公开">\n'
            f'<link rel="stylesheet" href="/static/css/irs-base.css">{extra_css}\n'
            f'<link rel="shortcut icon" href="/favicon.ico">\n</head>\n<body>\n')


def p_top(cur: str = "") -> str:
    nav = []
    for g, gname in [("", "首页")] + PORTAL_GROUPS:
        href = "/" if not g else f"/{g}/index.html"
        panel = ""
        if g and PORTAL_NAV.get(g):
            dls = []
            chunk = PORTAL_NAV[g]
            dls.append("<dl><dt>" + esc(gname) + "</dt><dd>" +
                       "".join(f'<a href="{u}">{esc(n)}</a>' for n, u in chunk) + "</dd></dl>")
            pic = f'<div class="pic"><img src="/static/images/mega-{g}.jpg" alt="{esc(gname)}"></div>'
            panel = f'<div class="mega-panel"><div class="w1200 clearfix">{"".join(dls)}{pic}</div></div>'
        on = ' class="on"' if g == cur else ""
        nav.append(f'<li{on}><a href="{href}">{esc(gname)}</a>{panel}</li>')
    return (
        '<div class="g-top"><div class="w1200"><span id="today"></span><span class="r">'
        '<a href="javascript:void(0)" onclick="toggleAria()">无障碍浏览</a><a href="javascript:void(0)" class="elder">长者模式</a>'
        '<a href="/zjwn/ldzc/index.html">领导之窗</a><a href="javascript:void(0)" onclick="addFav()">加入收藏</a></span></div></div>\n'
        '<div class="g-head"><div class="w1200"><img class="logo" src="/static/images/logo-wn.png" alt="渭宁县人民政府">'
        '<form action="/irs/search" method="get" target="_blank"><input name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>\n'
        f'<div class="mega"><ul class="mega-bar w1200 clearfix">{"".join(nav)}</ul></div>\n'
    )


def p_foot() -> str:
    return (
        '<div class="ft"><div class="w1200">'
        '<p><a href="/zjwn/wngk/index.html">关于我们</a> | <a href="javascript:void(0)">网站地图</a> | <a href="javascript:void(0)">联系我们</a></p>'
        '<p>主办：渭宁县人民政府办公室　承办：渭宁县大数据服务中心　地址：渭宁县人民路166号　电话：0913-6212345</p>'
        '<p>网站标识码：6105990001　<a href="javascript:void(0)">陕ICP备05009127号-1</a>　'
        '<img src="/static/images/gongan.png" alt="">陕公网安备 61059902000131号</p>'
        '<p><a href="javascript:void(0)" onclick="window.open(\'/hdjl/xzxx/index.html\')"><img src="/static/images/jiucuo.png" alt="我为政府网站找错"></a>'
        '<img src="/static/images/dzjg.png" alt="党政机关"></p></div></div>\n'
        '<script src="/static/js/irs-common.js"></script>\n'
    )


def p_article_url(group: str, col: str, d: date, title: str) -> str:
    return f"/{group}/{col}/art/{d.year}/{d.month:02d}/{hexid(col, title, d)}.html"


def p_article(c: Col, group: str, it: Item, body_img: str = "", attach: tuple[str, str] | None = None,
              extra: str = "") -> None:
    when = f"{it.day.isoformat()} {9 + num(it.title, digits=1) % 8:02d}:{num(it.title, 'm', digits=2) % 60:02d}"
    src = it.extra.get("source", "渭宁县融媒体中心")
    ps = "".join(f"<p>{esc(p)}</p>" for p in paras(it.title, it.extra.get("who", "我县"), 4, it.url))
    img = f'<p style="text-align:center"><img src="{body_img}" alt="{esc(it.title)}"></p>' if body_img else ""
    fj = ""
    if attach:
        fj = (f'<div class="fj">附件：<img src="/static/images/icon-pdf.png" alt="" width="16" height="16"> '
              f'<a href="{attach[0]}">{esc(attach[1])}</a></div>')
    page = (p_head(f"{it.title}_{c.name}_{GOV}") + p_top(group) +
            f'<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{group}/index.html">{esc(dict(PORTAL_GROUPS)[group])}</a> &gt; '
            f'<a href="{c.url}">{esc(c.name)}</a> &gt; 正文</div>\n'
            f'<div class="w1200 main article"><h1>{esc(it.title)}</h1>'
            f'<div class="meta"><span>发布时间：{when}</span><span>来源：{esc(src)}</span><span>浏览次数：<b id="hits">{num(it.url, digits=3)}</b></span>'
            f'<span>字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a></span></div>'
            f'<div class="body">{img}{ps}{extra}</div>{fj}'
            '<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div>\n'
            + p_foot() + "</body>\n</html>\n")
    PORTAL_PAGES[it.url] = page


def p_list_page(c: Col, group: str, content: str, aside: str = "", scripts: str = "") -> None:
    cur = ' class="cur"'
    sides = "".join(f'<li{cur if u == c.url else ""}><a href="{u}">{esc(n)}</a></li>' for n, u in PORTAL_NAV[group])
    cls = "w1200 main clearfix with-aside" if aside else "w1200 main clearfix"
    page = (p_head(f"{c.name}_{GOV}") + p_top(group) +
            f'<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{group}/index.html">{esc(dict(PORTAL_GROUPS)[group])}</a> &gt; {esc(c.name)}</div>\n'
            f'<div class="{cls}"><div class="side"><h2>{esc(dict(PORTAL_GROUPS)[group])}</h2><ul>{sides}</ul></div>'
            + (f'<div class="aside">{aside}</div>' if aside else "") +
            f'<div class="cont"><div class="cont-hd">{esc(c.name)}</div>{content}</div></div>\n'
            + p_foot() + scripts + "</body>\n</html>\n")
    PORTAL_PAGES[c.url] = page


def vue_scripts(extra: str = "") -> str:
    return ('<script src="/static/js/vue.min.js"></script>\n<script src="/static/js/irs-list.2c7e41.js"></script>\n' + extra)


def write_json_pages(cid: int, items: list[Item], size: int) -> None:
    pages = max(1, -(-len(items) // size))
    for n in range(1, pages + 1):
        chunk = items[(n - 1) * size: n * size]
        doc = {"code": 200, "total": len(items), "pageSize": size, "pages": pages if items else 0, "page": n,
               "list": [{"id": hexid(it.url), "title": it.title, "url": it.url,
                         "pubDate": f"{it.day.isoformat()} {9 + num(it.title, digits=1) % 8:02d}:{num(it.title, 'm', digits=2) % 60:02d}:00",
                         "source": it.extra.get("source", "渭宁县融媒体中心")} for it in chunk]}
        put(f"/irs-api/channel/{cid}/page-{n}.json", json.dumps(doc, ensure_ascii=False, indent=1))


TITLES = {
    "zwyw": ["县委常委会召开会议传达学习省委全会精神", "县政府召开第三十二次常务会议", "我县召开防汛抗旱工作部署会",
             "县长调研夏粮收购和农业生产工作", "全县优化营商环境推进大会召开", "我县举行重点项目集中开工仪式",
             "县人大常委会召开第十八次会议", "县政协视察城区老旧小区改造工作"],
    "bmdt": ["县市场监管局开展食品安全专项检查", "县人社局举办夏季专场招聘会", "县交通运输局推进农村公路养护",
             "县卫健委开展义诊进社区活动"],
    "xzdt": ["柳湾镇召开乡村振兴推进会", "石桥镇开展夏季防溺水宣传", "城关街道组织消防应急演练", "南塬镇推进高标准农田建设"],
    "mtjj": ["陕西日报：渭宁县苹果产业链延链强链", "陕西网：渭宁县打造15分钟便民生活圈", "新华网：渭宁县农村电商助农增收"],
    "jyxx": ["我县2024年秋季学期义务教育招生工作公告", "县教育局开展中考考务培训", "我县举办中小学生艺术展演"],
    "xczx": ["我县召开巩固拓展脱贫攻坚成果推进会", "县农业农村局调研村集体经济发展", "渭宁县驻村工作队轮换交接工作完成"],
    "tpxw": ["县城夜景亮化工程全面完工", "渭河湿地公园迎来观鸟季", "万亩苹果园喜获丰收", "新建县图书馆正式开放"],
    "tzgg": ["关于2024年度县级财政衔接资金项目计划的公示", "关于开展第二批城镇公益性岗位招聘的通知",
             "渭宁县关于做好2024年防汛工作的通告", "关于调整县城部分公交线路的通知"],
    "zcwj": ["渭宁县人民政府关于印发《渭宁县城乡居民基本医疗保险实施办法》的通知",
             "渭宁县人民政府办公室关于进一步促进民营经济发展壮大的若干措施",
             "渭宁县人民政府关于公布县级行政许可事项清单的通知",
             "渭宁县人民政府办公室关于印发渭宁县农村人居环境整治提升实施方案的通知"],
    "rsxx": ["渭宁县人民政府关于张某某等同志职务任免的通知", "渭宁县2023年事业单位公开招聘拟聘用人员公示",
             "渭宁县人民政府关于李某某同志任职的通知"],
    "ghjh": ["渭宁县2023年国民经济和社会发展计划执行情况", "渭宁县“十四五”综合交通运输发展规划", "渭宁县国土空间总体规划（2021—2035年）草案公示"],
    "czyjs": ["渭宁县2023年县级财政预算公开", "渭宁县2022年县级财政决算公开", "渭宁县2023年政府债务情况说明"],
    "gsgg": ["渭宁县2023年度低保对象动态管理情况公示", "关于渭宁县城区供热管网改造项目的公示", "渭宁县2023年度慈善捐赠情况公示"],
    "cwmc": ["文明实践志愿服务队走进敬老院", "我县开展文明交通劝导志愿服务活动", "渭宁县第三届“最美家庭”评选结果揭晓"],
    "ylws": ["县人民医院开通胸痛中心绿色通道", "我县开展家庭医生签约服务宣传周活动"],
    "zjdc": ["关于《渭宁县城市绿化管理办法（征求意见稿）》公开征求意见的公告", "渭宁县2024年民生实事项目征集"],
}


def portal() -> None:
    cols: list[tuple] = [
        # group, key, name, cat, style, newest, gaps, cid
        ("xwzx", "zwyw", "渭宁要闻", "news", "vue-ymd", "2024-07-09", [1, 2, 3, 2, 4], 1011),
        ("xwzx", "bmdt", "部门动态", "news", "vue-ymd-rel", "2024-06-21", [4, 6], 1012),
        ("xwzx", "xzdt", "乡镇动态", "news", "vue-cn", "2024-06-27", [5, 4, 6], 1013),
        ("xwzx", "tpxw", "图片新闻", "news", "pics", "2024-07-08", [3, 6, 5], 1014),
        ("xwzx", "spxw", "视频新闻", "news", "vue-empty", None, [], 1015),
        ("xwzx", "mtjj", "媒体聚焦", "news", "vue-md", "2024-07-05", [6, 9], 1016),
        ("zwgk", "tzgg", "通知公告", "notice", "table", "2024-07-05", [8, 12, 20], 1021),
        ("zwgk", "zcwj", "政策文件", "policy", "doc", "2024-06-14", [22, 35, 40], 1022),
        ("zwgk", "zcjd", "政策解读", "policy", "vue-broken", None, [], 1023),
        ("zwgk", "rsxx", "人事信息", "personnel", "txt-cn", "2023-04-12", [30, 90], 1024),
        ("zwgk", "ghjh", "规划计划", "plan", "txt-dot", "2023-11-15", [60, 200], 1025),
        ("zwgk", "czyjs", "财政预决算", "other", "table-pdf", "2023-03-20", [5, 10], 1026),
        ("zwgk", "gsgg", "公示公告", "notice", "cards", "2023-12-08", [40, 35], 1027),
        ("zwgk", "jyta", "建议提案办理", "other", "empty-msg", None, [], 1028),
        ("zwgk", "jyxx", "教育信息", "news", "vue-dot", "2024-07-04", [3, 5], 1029),
        ("zwgk", "ylws", "医疗卫生", "news", "table", "2024-07-02", [9], 1030),
        ("hdjl", "zjdc", "征集调查", "notice", "ranges", "2024-07-02", [25], 1041),
        ("ztzl", "xczx", "乡村振兴动态", "news", "vue-ymd", "2024-06-12", [7, 9], 1051),
        ("ztzl", "cwmc", "创建文明城市", "news", "txt-week", "2024-07-03", [6], 1052),
    ]
    singles = [("zjwn", "wngk", "渭宁概况"), ("zjwn", "ldzc", "领导之窗"), ("zjwn", "lsyg", "历史沿革"),
               ("hdjl", "xzxx", "县长信箱")]
    # navigation (in menu order)
    PORTAL_NAV["zjwn"] += [("渭宁概况", "/zjwn/wngk/index.html"), ("领导之窗", "/zjwn/ldzc/index.html"), ("历史沿革", "/zjwn/lsyg/index.html")]
    PORTAL_NAV["xwzx"] += [(n, f"/xwzx/{k}/list.html") for k, n in (("zwyw", "渭宁要闻"), ("bmdt", "部门动态"), ("xzdt", "乡镇动态"),
                                                                    ("tpxw", "图片新闻"), ("spxw", "视频新闻"), ("mtjj", "媒体聚焦"))]
    PORTAL_NAV["zwgk"] += [(n, f"/zwgk/{k}/list.html") for k, n in (("tzgg", "通知公告"), ("zcwj", "政策文件"), ("zcjd", "政策解读"),
                                                                    ("rsxx", "人事信息"), ("ghjh", "规划计划"), ("czyjs", "财政预决算"),
                                                                    ("gsgg", "公示公告"))]
    PORTAL_NAV["zwgk"] += [("重点领域信息公开", "/zwgk/zdly/index.html"), ("建议提案办理", "/zwgk/jyta/list.html"),
                           ("教育信息", "/zwgk/jyxx/list.html"), ("医疗卫生", "/zwgk/ylws/list.html")]
    PORTAL_NAV["zwfw"] += [("办事指南", "/zwfw/bszn/index.html")]
    PORTAL_NAV["hdjl"] += [("县长信箱", "/hdjl/xzxx/index.html"), ("征集调查", "/hdjl/zjdc/list.html")]
    PORTAL_NAV["ztzl"] += [("乡村振兴动态", "/ztzl/xczx/list.html"), ("创建文明城市", "/ztzl/cwmc/list.html")]

    home_blocks: dict[str, list[Item]] = {}
    for g, k, n, cat, style, newest, gaps, cid in cols:
        c = Col(P, k, n, f"/{g}/{k}/list.html", cat)
        if newest:
            for i, d in enumerate(dates(newest, gaps)):
                t = TITLES[k][i]
                it = Item(t, d)
                if style == "table-pdf":
                    it.url = f"/upload/file/{d.year}{d.month:02d}{d.day:02d}/{num(t, digits=13):013d}.pdf"
                    put(it.url, tiny_pdf(t))
                else:
                    it.url = p_article_url(g, k, d, t)
                c.items.append(it)
        PORTAL_COLS[k] = c
        home_blocks[k] = c.items
        items = c.items
        aside = ""
        if k == "bmdt":
            rel = [("3天前", PORTAL_COLS["zwyw"].items[0]), ("5天前", PORTAL_COLS["zwyw"].items[1]), ("1周前", PORTAL_COLS["zwyw"].items[3])]
            aside = ('<div class="aside-box"><h3>最新动态</h3><ul>' +
                     "".join(f'<li><a href="{it.url}">{esc(it.title)}</a><em>{lab}</em></li>' for lab, it in rel) + "</ul></div>")
        if k == "zwyw":
            aside = ('<div class="aside-box"><h3>热点排行</h3><ul>'
                     '<li><a href="/zjwn/lsyg/index.html">渭宁历史沿革</a><em>2023-02-14</em></li>'
                     '<li><a href="/zwgk/czyjs/list.html">渭宁县2023年县级财政预算公开</a><em>2023-03-20</em></li>'
                     '<li><a href="/zjwn/wngk/index.html">渭宁概况</a><em>2023-01-05</em></li></ul></div>')
        scripts = ""
        if style.startswith("vue-") and style not in ("vue-broken",):
            fmt = {"vue-ymd": "ymd", "vue-ymd-rel": "ymd", "vue-cn": "cn", "vue-md": "md", "vue-dot": "dot", "vue-empty": "ymd"}[style]
            write_json_pages(cid, items, 5)
            content = f'<div id="irs-{cid}" data-irs-channel="{cid}" data-irs-fmt="{fmt}"></div>'
            scripts = vue_scripts()
        elif style == "vue-broken":
            content = ('<div id="zcjd-app" class="irs-list" v-cloak><ul class="list-ul"><li v-for="item in docs" :key="item.id">'
                       "<a :href='item.url' target='_blank'>{{ item.title }}</a><span class=\"date\">{{ item.pubDate | ymd }}</span></li></ul>"
                       "<div class=\"irs-pager\" v-if=\"pages > 1\"><button type=\"button\" @click=\"prev\">上一页</button>"
                       "<button type=\"button\" @click=\"next\">下一页</button></div></div>")
            scripts = ('<script src="/static/js/vue.min.js"></script>\n'
                       '<script src="/static/js/chunk-zcjd.6f1b2a.js"></script>\n')
        elif style == "table":
            content = ('<table class="tab-list">' + "".join(
                f'<tr><td class="t"><a href="{it.url}" target="_blank">{esc(it.title)}</a></td><td class="d">{f_slash(it.day)}</td></tr>'
                for it in items) + "</table>")
        elif style == "table-pdf":
            content = ('<table class="tab-list"><tr><th>标题</th><th>公开日期</th></tr>' + "".join(
                f'<tr><td><img src="/static/images/icon-pdf.png" width="16" height="16" alt=""> <a href="{it.url}" target="_blank">{esc(it.title)}</a></td><td class="d">{f_ymd(it.day)}</td></tr>'
                for it in items) + "</table>")
        elif style == "doc":
            rows = "".join(
                f'<tr><td>{i + 1}</td><td><a href="{it.url}">{esc(it.title)}</a></td><td>渭政发〔{it.day.year}〕{12 - i}号</td>'
                f'<td>{f_ymd(it.day - timedelta(days=3))}</td><td>{f_ymd(it.day)}</td></tr>' for i, it in enumerate(items))
            content = ('<table class="tab-list"><tr><th>序号</th><th>文件名称</th><th>文号</th><th>成文日期</th><th>发布日期</th></tr>'
                       + rows + "</table>")
        elif style == "txt-cn":
            content = '<ul class="txt-list">' + "".join(
                f'<li><a href="{it.url}">{esc(it.title)}</a><span>{f_cn(it.day)}</span></li>' for it in items) + "</ul>"
        elif style == "txt-dot":
            content = '<ul class="txt-list">' + "".join(
                f'<li><a href="{it.url}">{esc(it.title)}</a><span>发布：{f_dot(it.day)}</span></li>' for it in items) + "</ul>"
        elif style == "txt-week":
            content = '<ul class="txt-list">' + "".join(
                f'<li><a href="{it.url}">{esc(it.title)}</a><span>{f_cnweek(it.day)}</span></li>' for it in items) + "</ul>"
        elif style == "ranges":
            content = '<ul class="txt-list">' + "".join(
                f'<li><a href="{it.url}">{esc(it.title)}</a><span>征集时间：{f_ymd(it.day)} 至 {f_ymd(it.day + timedelta(days=15))}</span></li>' for it in items) + "</ul>"
        elif style == "cards":
            content = '<div class="card-list">' + "".join(
                f'<div class="card"><h4><a href="{it.url}">{esc(it.title)}</a></h4><p>发布单位：渭宁县民政局　发布日期：{f_ymd(it.day)}</p></div>' for it in items) + "</div>"
        elif style == "pics":
            lis = []
            for i, it in enumerate(items):
                th = f"/upload/image/{it.day.year}{it.day.month:02d}{it.day.day:02d}/thumb_{num(it.title, digits=9):09d}.jpg"
                if i == 2:
                    th = "/upload/image/202406/nopic_load_fail.jpg"
                    put(th, placeholder(360, 240, "图片加载失败"))
                    plant("image.broken", P, c.url, th, note="占位图: a “图片加载失败” graphic served as the card's picture")
                    lis.append(f'<li><a href="{it.url}"><img src="{th}" alt="{esc(it.title)}"></a><p><a href="{it.url}">{esc(it.title)}</a></p><span>发布：{f_dot(it.day)}</span></li>')
                    continue
                put(th, photo(360, 240, th, night=(i == 0)))
                it.thumb = th
                decoy("image.broken", P, c.url, th, "lazily loaded thumbnail (data-echo) that loads")
                lis.append(f'<li><a href="{it.url}"><img src="/static/images/px.gif" data-echo="{th}" alt="{esc(it.title)}"></a>'
                           f'<p><a href="{it.url}">{esc(it.title)}</a></p><span>发布：{f_dot(it.day)}</span></li>')
            content = '<ul class="pic-grid clearfix">' + "".join(lis) + "</ul>"
        elif style == "empty-msg":
            content = ('<table class="tab-list"><tr><td style="text-align:center;color:#999;padding:60px 0">该栏目暂无信息</td></tr></table>')
        else:
            raise SystemExit(style)
        p_list_page(c, g, content, aside, scripts)
        if style == "vue-empty":
            c.blank = "a Vue list whose JSON endpoint returns no rows: only “暂无数据” renders"
        elif style == "vue-broken":
            c.blank = "the list template is hidden by v-cloak and the chunk script that mounts it answers 404: the content area renders blank"
        elif style == "empty-msg":
            c.blank = "“该栏目暂无信息” in an empty table"
        if k == "xzdt":
            c.note = "13 days old"
        # articles
        for i, it in enumerate(items):
            if style == "table-pdf":
                continue
            body_img, attach, extra = "", None, ""
            if k == "zwyw" and i == 0:
                body_img = f"/upload/image/{it.day.year}{it.day.month:02d}{it.day.day:02d}/{num(it.title, digits=9):09d}.jpg"
                put(body_img, photo(720, 420, body_img))
                decoy("image.broken", P, it.url, body_img, "a news photo that loads")
            if k == "tpxw" and it.thumb:
                body_img = it.thumb.replace("thumb_", "")
                put(body_img, photo(720, 460, body_img, night=(i == 0)))
                decoy("image.broken", P, it.url, body_img, "a photo (a night scene with lit windows)" if i == 0 else "a photo")
            if k == "mtjj" and i == 1:
                body_img = "/upload/image/20240629/wx_mmbiz_0629.gif"
                put(body_img, ('<html><head><title>403</title></head><body><h3>此图片来自微信公众平台</h3><p>未经允许不可引用</p></body></html>').encode())
                plant("image.broken", P, it.url, body_img, note="a hotlink-protection HTML page saved under a picture's name: undecodable")
            if k == "zcwj" and i == 1:
                attach = (f"/upload/file/20240529/{num('zcwj-att', digits=13):013d}.pdf", "若干措施.pdf")
                BROKEN[attach[0]] = 404
                plant("link.broken", P, it.url, attach[0], "definite", "a policy attachment that was never uploaded (404)")
            if k == "zcwj" and i == 0:
                attach = (f"/upload/file/20240614/{num('zcwj-att0', digits=13):013d}.pdf", "实施办法.pdf")
                put(attach[0], tiny_pdf("yibao"))
                decoy("link.broken", P, it.url, attach[0], "an attachment that exists")
            if k == "ghjh" and i == 1:
                attach = ("/upload/file/20230518/guihua_jt.pdf", "规划文本.pdf")
                put(attach[0], tiny_pdf("guihua"))
                ROUTES[attach[0]] = {"fail_first": 1, "status": 503}
                decoy("link.broken", P, it.url, attach[0], "an attachment that answers 503 once, then 200")
            p_article(c, g, it, body_img, attach, extra)
        judge(c)

    # single pages
    wngk_img = "/upload/image/2022/wngk_chengqu.jpg"
    put(wngk_img, photo(760, 420, "wngk", grey=True))
    decoy("image.broken", P, "/zjwn/wngk/index.html", wngk_img, "a grey archive photo with detail")
    single_body = {
        "wngk": (f'<p style="text-align:center"><img src="{wngk_img}" alt="渭宁县城区（资料图）"></p>'
                 "<p>渭宁县位于陕西省关中平原东北部，渭河北岸，总面积1186平方公里，辖9镇2街道、186个行政村，户籍人口38.6万人。</p>"
                 "<p>县境地势北高南低，属暖温带半湿润大陆性季风气候，年平均气温13.2℃，年降水量560毫米，是全省重要的优质苹果和设施蔬菜生产基地。</p>"
                 "<p>2023年，全县实现地区生产总值186.4亿元，同比增长5.1%；城乡居民人均可支配收入分别达到39820元和15460元。</p>"),
        "lsyg": ("<p>渭宁历史悠久，西周时为畿内之地，秦置县，汉因之。北魏太和十一年（487年）改置渭宁郡，隋开皇三年（583年）废郡存县。</p>"
                 "<p>1949年5月，渭宁解放，属渭南分区。1950年5月属渭南专区，1956年10月直属陕西省，1961年8月复属渭南专区。</p>"
                 "<p>1983年10月起属渭南地区，1995年1月起属渭南市。2015年，撤销城关镇设立城关街道。2021年12月，完成镇村综合改革。</p>"),
    }
    for g, k, n in singles:
        url = f"/{g}/{k}/index.html"
        c = Col(P, k, n, url, "other")
        if k == "ldzc":
            people = [("王建国", "县委副书记、县长", "主持县政府全面工作。"), ("刘海燕", "县委常委、常务副县长", "负责县政府常务工作，分管财政、审计、发改。"),
                      ("陈志强", "副县长", "负责农业农村、水利、乡村振兴工作。"), ("赵明", "副县长、县公安局局长", "负责公安、司法、信访工作。")]
            rows = []
            for i, (nm, job, duty) in enumerate(people):
                pic = f"/upload/image/ld/ld_{i + 1:02d}.jpg"
                put(pic, portrait(150, 200, nm))
                decoy("image.broken", P, url, pic, "a leader's portrait")
                rows.append(f'<div class="card" style="overflow:hidden"><img src="{pic}" alt="{nm}" style="float:left;width:120px;height:160px;margin-right:20px">'
                            f'<h4>{nm}</h4><p>{job}</p><p style="color:#333">{duty}</p></div>')
            body = '<div class="card-list">' + "".join(rows) + "</div>"
        elif k == "xzxx":
            body = ('<form action="/hdjl/xzxx/submit.do" method="post" class="letter"><p>来信人：<input name="name"></p><p>联系电话：<input name="tel"></p>'
                    '<p>来信标题：<input name="title" style="width:400px"></p><p>来信内容：<textarea name="content" rows="8" cols="60"></textarea></p>'
                    '<p><button type="submit">提交</button></p></form><p style="color:#999">说明：县长信箱受理有关县政府工作的意见建议，一般在5个工作日内答复。</p>')
        else:
            body = single_body[k]
        content = f'<div class="article"><div class="body">{body}</div></div>'
        p_list_page(c, g, content)
        judge(c)

    # group landing pages
    def landing(g: str, body: str) -> None:
        url = f"/{g}/index.html"
        page = (p_head(f"{dict(PORTAL_GROUPS)[g]}_{GOV}") + p_top(g) +
                f'<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; {esc(dict(PORTAL_GROUPS)[g])}</div>\n'
                f'<div class="w1200 main clearfix">{body}</div>\n' + p_foot() + "</body>\n</html>\n")
        PORTAL_PAGES[url] = page
        decoy("column.blank", P, url, dict(PORTAL_GROUPS)[g], "a group landing page (sub-column links, blocks or banners): not blank")

    colors = [(196, 30, 36), (230, 120, 20), (30, 110, 190), (20, 140, 100), (120, 70, 170), (200, 60, 120)]

    def tiles(links: list[tuple[str, str]], prefix: str) -> str:
        out = []
        for i, (n, u) in enumerate(links):
            ic = f"/static/images/{prefix}-{i + 1}.png"
            if ic not in FILES:
                put(ic, icon(40, tuple(max(0, x - 40) for x in colors[i % 6]), n[0]))
            out.append(f'<a href="{u}" style="background:rgb{colors[i % 6]}"><img src="{ic}" alt="">{esc(n)}</a>')
        return '<div class="tiles clearfix">' + "".join(out) + "</div>"

    landing("zjwn", '<div class="cont-hd">走进渭宁</div>' + tiles(PORTAL_NAV["zjwn"], "zjwn") +
            "<p>渭宁县位于陕西省关中平原东北部，素有“关中粮仓”“苹果之乡”之称。</p>")
    blocks = []
    for k in ("zwyw", "bmdt", "xzdt", "mtjj"):
        c = PORTAL_COLS[k]
        blocks.append(f'<div class="third" style="width:575px;margin:0 10px 20px 0"><div class="hblock" style="float:none;width:auto;padding:0">'
                      f'<div class="hd"><span class="on">{esc(c.name)}</span><a class="more" href="{c.url}">更多&gt;&gt;</a></div><ul>' +
                      "".join(f'<li><a href="{it.url}">{esc(it.title)}</a><em>{f_md(it.day)}</em></li>' for it in c.items[:3]) + "</ul></div></div>")
    landing("xwzx", "".join(blocks))
    landing("zwgk", '<div class="cont-hd">政务公开</div>' + tiles(PORTAL_NAV["zwgk"], "zwgk"))
    # 政务服务: a grid of service icons, some to the provincial platform (another host, set by script)
    svc = [("个人办事", "/zwfw/bszn/index.html", None), ("法人办事", "/zwfw/bszn/index.html", None),
           ("陕西政务服务网", None, "/ext/sxzwfw/index.html"), ("社保查询", None, "/ext/sxzwfw/sbcx.html"),
           ("不动产登记", None, "/ext/sxzwfw/index.html"), ("公积金查询", "/zwfw/bszn/index.html", None)]
    out = []
    for i, (n, u, ex) in enumerate(svc):
        ic = f"/static/images/svc-{i + 1}.png"
        put(ic, icon(48, colors[(i + 2) % 6], n[0]))
        decoy("image.broken", P, "/zwfw/index.html", ic, "a service icon")
        href = f'href="{u}"' if u else f'href="javascript:void(0)" data-ext="{ex}"'
        out.append(f'<a {href} style="background:rgb{colors[(i + 2) % 6]}"><img src="{ic}" alt="">{esc(n)}</a>')
    out.append('<a href="/zwfw/bsdt/index.html" style="background:#888">网上办事大厅（旧版）</a>')
    BROKEN["/zwfw/bsdt/index.html"] = 410
    ROUTES["/zwfw/bsdt/"] = {"status": 410}
    plant("link.broken", P, "/zwfw/index.html", "/zwfw/bsdt/index.html", "definite", "the retired online service hall answers 410 Gone")
    landing("zwfw", '<div class="cont-hd">政务服务</div><div class="tiles clearfix">' + "".join(out) + "</div>")
    # 互动交流 and 专题专栏: banner walls
    for g, rows in (("hdjl", [("县长信箱", "/hdjl/xzxx/index.html"), ("征集调查", "/hdjl/zjdc/list.html")]),
                    ("ztzl", [("乡村振兴动态", "/ztzl/xczx/list.html"), ("创建文明城市", "/ztzl/cwmc/list.html")])):
        b = []
        for i, (n, u) in enumerate(rows):
            img = f"/static/images/bn-{g}-{i + 1}.jpg"
            put(img, banner(880, 150, n, img, colors[i * 2 % 6], colors[(i * 2 + 1) % 6]))
            decoy("image.broken", P, f"/{g}/index.html", img, "a banner")
            b.append(f'<a href="{u}"><img src="{img}" alt="{esc(n)}"></a>')
        landing(g, '<div class="banners">' + "".join(b) + "</div>")
    # 重点领域: a grid of sub-column links
    zd = [("教育信息", "/zwgk/jyxx/list.html"), ("医疗卫生", "/zwgk/ylws/list.html")] + [("财政预决算", "/zwgk/czyjs/list.html"), ("公示公告", "/zwgk/gsgg/list.html")]
    zdc = Col(P, "zdly", "重点领域信息公开", "/zwgk/zdly/index.html", "other")
    p_list_page(zdc, "zwgk", tiles(zd, "zdly"))
    decoy("column.blank", P, zdc.url, zdc.name, "a grid of sub-column links: not blank")
    decoy("column.overdue", P, zdc.url, zdc.name, "no list of its own")
    # 办事指南 (a static page under 政务服务)
    bz = Col(P, "bszn", "办事指南", "/zwfw/bszn/index.html", "other")
    p_list_page(bz, "zwfw", '<div class="article"><div class="body"><p>个人办事：户籍办理、婚姻登记、社会保障、医疗卫生、住房保障、交通出行等事项，请登录陕西政务服务网或到县政务服务中心一楼综合窗口办理。</p>'
                "<p>办公时间：周一至周五 上午8:30-12:00，下午14:30-18:00（法定节假日除外）。咨询电话：0913-6218890。</p></div></div>")
    judge(bz)

    # external pages (another host, set by script)
    for pth, t in (("/ext/sxzwfw/index.html", "陕西政务服务网"), ("/ext/sxzwfw/sbcx.html", "社会保险查询")):
        put(pth, f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{t}</title></head><body><h1>{t}</h1><p>欢迎访问。</p></body></html>')

    # the homepage
    zwyw = PORTAL_COLS["zwyw"].items
    f1 = f"/upload/image/{zwyw[0].day.year}{zwyw[0].day.month:02d}{zwyw[0].day.day:02d}/{num(zwyw[0].title, digits=9):09d}.jpg"
    f2 = "/upload/image/20240708/1720411523089.jpg"  # deleted
    BROKEN[f2] = 404
    plant("image.broken", P, "/", f2, note="the second focus picture's file was deleted (404)")
    f3 = "/upload/image/20240705/focus_apple.jpg"
    put(f3, photo(580, 380, f3))
    decoy("image.broken", P, "/", f3, "a focus photo that loads")
    decoy("image.broken", P, "/", f1, "a focus photo that loads")
    strip = "".join(f'<a href="{u}"><img src="{im}" width="180" height="70" alt="" style="margin:4px"></a>'
                    for im, u in ((f1, zwyw[0].url), (f2, zwyw[1].url), (f3, PORTAL_COLS["tpxw"].items[0].url)))
    focus = ('<div class="focus" id="focus" style="height:460px">'
             f'<a href="{zwyw[0].url}"><img src="{f1}" alt="" id="focus-big"></a>'
             f'<div class="cap" style="bottom:80px">{esc(zwyw[0].title)}</div><div class="strip" style="background:#222">{strip}</div></div>')
    def hlist(items: list[Item], fmt=f_md) -> str:
        return "<ul>" + "".join(f'<li><a href="{it.url}" title="{esc(it.title)}">{esc(it.title)}</a><em>{fmt(it.day)}</em></li>' for it in items) + "</ul>"

    tabs = ('<div class="hblock"><div class="hd"><span class="on">渭宁要闻</span><span>部门动态</span><span>乡镇动态</span>'
            '<a class="more" href="/xwzx/zwyw/list.html">更多&gt;&gt;</a></div>' + hlist(zwyw[:6]) +
            '<div style="display:none">' + hlist(PORTAL_COLS["bmdt"].items[:3]) + hlist(PORTAL_COLS["xzdt"].items[:3]) + "</div></div>")
    def third(title: str, col: str, items: list[Item], fmt=f_md) -> str:
        return (f'<div class="third"><div class="hd hblock" style="float:none;width:auto;padding:0"><div class="hd">{title}'
                f'<a class="more" href="{PORTAL_COLS[col].url}">更多&gt;&gt;</a></div></div>{hlist(items, fmt)}</div>')
    lower = (third("通知公告", "tzgg", PORTAL_COLS["tzgg"].items[:4], lambda d: f"{d.month:02d}/{d.day:02d}") +
             third("政策文件", "zcwj", PORTAL_COLS["zcwj"].items[:3], f_ymd) +
             third("图片新闻", "tpxw", PORTAL_COLS["tpxw"].items[:3]))
    ztb = []
    for i, (n, u) in enumerate([("学习贯彻党的二十届三中全会精神", "/ztzl/index.html"), ("乡村振兴 渭宁在行动", "/ztzl/xczx/list.html")]):
        img = f"/static/images/home-zt-{i + 1}.jpg"
        put(img, banner(590, 100, n, img, (170, 10, 20), (240, 160, 40)))
        decoy("image.broken", P, "/", img, "a 专题 banner")
        ztb.append(f'<a href="{u}" style="float:left;width:590px;margin-right:{20 if i == 0 else 0}px"><img src="{img}" alt="{esc(n)}" width="590" height="100"></a>')
    sep = '<img class="sep" src="/static/images/px.gif" width="1200" height="10" alt="">'
    links = ('<div class="w1200" style="background:#fff;padding:10px 16px;margin-bottom:20px">友情链接：'
             '<select id="yqlj"><option value="">--请选择--</option><option value="/ext/sxzwfw/index.html">陕西政务服务网</option>'
             '<option value="/ext/sxzwfw/sbcx.html">陕西省人社厅社保查询</option></select> '
             '<a href="javascript:void(0)" data-ext="/ext/sxzwfw/index.html">陕西政务服务网</a></div>')
    home = (p_head(GOV) + p_top("") +
            f'<div class="w1200"><img src="/static/images/top-banner.jpg" alt="" width="1200" height="120"></div>'
            f'<div class="w1200 home-row">{focus}{tabs}</div>{sep}'
            f'<div class="w1200 home-row">{lower}</div>'
            f'<div class="w1200 home-row">{"".join(ztb)}</div>'
            '<div class="w1200 home-row"><div class="third"><div class="hd" style="line-height:46px;font-size:18px">扫码关注</div>'
            '<img src="/static/images/qr-wnfb.png" alt="渭宁发布" width="120" height="120"></div></div>' + links + p_foot() +
            '<script>(function(){var t=document.querySelectorAll("#focus .strip img"),b=document.getElementById("focus-big");'
            'for(var i=0;i<t.length;i++){t[i].onmouseover=function(){b.src=this.src;};}})();</script>\n'
            "</body>\n</html>\n")
    PORTAL_PAGES["/index.html"] = home
    put("/static/images/top-banner.jpg", banner(1200, 120, "奋进新征程 建功新时代", "top"))
    put("/static/images/qr-wnfb.png", qrcode("wnfb"))
    for img, note in (("/static/images/top-banner.jpg", "a banner"), ("/static/images/qr-wnfb.png", "a QR code"),
                      ("/static/images/px.gif", "a 1×1 spacer stretched to 1200×10")):
        decoy("image.broken", P, "/", img, note)
    for g, _n in PORTAL_GROUPS:
        put(f"/static/images/mega-{g}.jpg", photo(280, 140, f"mega-{g}"))
    # planted slow page / under-limit slow page
    ROUTES[PORTAL_COLS["tzgg"].url] = {"delay_ms": 3300}
    DELAYS.append({"url_path": PORTAL_COLS["tzgg"].url, "ms": 3300})
    plant("site.slow", P, PORTAL_COLS["tzgg"].url, note="the 通知公告 list page answers after 3300 ms")
    ROUTES[PORTAL_COLS["tpxw"].url] = {"delay_ms": 2500}
    DELAYS.append({"url_path": PORTAL_COLS["tpxw"].url, "ms": 2500})
    decoy("site.slow", P, PORTAL_COLS["tpxw"].url, note="2500 ms: under slow_ms")

    # static files
    put("/static/css/irs-base.css", PORTAL_CSS)
    put("/static/js/irs-common.js", PORTAL_JS_COMMON)
    put("/static/js/irs-list.2c7e41.js", PORTAL_VUE_APP)
    put("/static/images/logo-wn.png", logo(460, 80, "渭宁县人民政府", "WEINING COUNTY PEOPLE'S GOVERNMENT"))
    put("/static/images/px.gif", gif1x1())
    put("/static/images/icon-pdf.png", icon(16, (210, 40, 40), "P"))
    put("/static/images/gongan.png", icon(20, (40, 90, 170), "安"))
    put("/static/images/jiucuo.png", logo(110, 50, "找错", "jiucuo", (200, 20, 20), (255, 250, 240)))
    put("/static/images/dzjg.png", logo(110, 50, "党政机关", "dzjg", (200, 20, 20), (255, 255, 255)))
    put("/favicon.ico", _png(Image.open(io.BytesIO(icon(32, (196, 30, 36), "渭")))))
    for pth, page in PORTAL_PAGES.items():
        put(pth, page)
    decoy("link.broken", P, "/", "/ext/sxzwfw/index.html", "an external link (another host, set by script) that works")


# =============================================================================================
# Site 2: the township (weining-lwz) — an old ASP CMS, GBK, tables
# =============================================================================================

T = "weining-lwz"
TW = "柳湾镇"
TROOT = "/lwz"
T_PAGES: dict[str, str] = {}
T_COLS: list[tuple[int, str, Col]] = []  # (class id, menu group, col)

T_TITLES = {
    11: ["柳湾镇召开2024年上半年工作总结会", "镇党委理论学习中心组开展专题学习", "镇领导督导检查夏收夏种工作"],
    12: ["东坡村完成村级活动场所提升改造", "西河村召开村民代表大会", "柳湾村开展人居环境集中整治", "南岭村新建文化广场投入使用",
         "北塬村开展移风易俗宣传", "前进村完成农田水利设施修缮"],
    13: ["镇党委开展“七一”主题党日活动", "镇机关党支部召开组织生活会"],
    14: ["柳湾镇开展安全生产大检查", "镇应急办组织防汛应急演练"],
    15: ["柳湾镇召开综治维稳工作例会", "镇司法所开展法律进乡村活动"],
    16: ["柳湾镇设施蔬菜大棚喜获丰收", "镇电商服务站助力农产品销售", "柳湾镇苹果示范园通过省级验收"],
    17: ["柳湾镇关于开展城乡居民医保参保登记的通知", "关于做好夏季防火工作的通知"],
    18: ["柳湾镇人民政府关于印发《柳湾镇人居环境整治实施方案》的通知", "柳湾镇关于进一步加强村级财务管理的意见"],
    19: ["柳湾镇关于王某某等同志工作分工调整的通知", "柳湾镇2023年公益性岗位拟聘人员公示"],
    20: ["柳湾镇2023年部门预算公开", "柳湾镇2022年部门决算公开"],
    21: ["东坡村2024年第二季度村务公开", "西河村2024年第二季度财务公开"],
    23: ["柳湾镇2023-2025年乡村振兴规划"],
    25: ["柳湾镇开展河道垃圾清理行动", "柳湾镇推进农村改厕工作"],
    26: ["柳湾镇成功签约5000万元果品冷链项目"],
}


def t_page(title: str, body: str, left: str = "", depth: int = 2) -> str:
    up = "../" * depth
    nav = [("首页", "Default.htm"), ("镇情概况", "html/Class10/Index.htm"), ("政务动态", "html/Class11/Index.htm"),
           ("政务公开", "html/Class17/Index.htm"), ("便民服务", "html/Class22/Index.htm"), ("党建工作", "html/Class13/Index.htm"),
           ("村务公开", "html/Class21/Index.htm")]
    navs = '<font color="#FFFFFF">|</font>'.join(
        f'<a href="{up}{u}" class="navlink"><font color="#FFFFFF"><b>{n}</b></font></a>' for n, u in nav)
    left_html = left or t_left(up)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(title)}--渭宁县柳湾镇人民政府</title>
<link href="{up}Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="{up}js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E8EEF4">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="24" bgcolor="#F2F2F2"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td>&nbsp;<font color="#666666"><script language="JavaScript">showDate();</script></font></td>
    <td align="right"><a href="javascript:SetHome()">设为首页</a> | <a href="javascript:AddFav()">加入收藏</a>&nbsp;</td></tr></table></td></tr>
  <tr><td><img src="{up}Images/top_banner.jpg" width="980" height="150" border="0" alt="柳湾镇人民政府"></td></tr>
  <tr><td height="36" background="{up}Images/nav_bg.gif" align="center">{navs}</td></tr>
  <tr><td><img src="{up}Images/spacer.gif" width="1" height="8" alt=""></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="220" valign="top">{left_html}</td>
    <td width="10"><img src="{up}Images/spacer.gif" width="10" height="1" alt=""></td>
    <td valign="top">{body}</td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#2E5D8F">
  <tr><td height="80" align="center"><font color="#FFFFFF">主办单位：渭宁县柳湾镇人民政府　地址：渭宁县柳湾镇府前街8号　电话：0913-6351002<br>
  网站标识码：6105990012　陕ICP备05009127号-3　<a href="javascript:void(0)"><font color="#FFFFFF">我为政府网站找错</font></a><br>
  技术支持：渭宁县信息中心　建议使用1024×768分辨率浏览</font></td></tr>
</table>
</body>
</html>
"""


T_MENU: list[tuple[str, list[tuple[str, int]]]] = []


def t_left(up: str) -> str:
    out = []
    for grp, items in T_MENU:
        out.append(f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="32" background="{up}Images/left_title.gif">'
                   f'&nbsp;&nbsp;<font color="#FFFFFF"><b>{grp}</b></font></td></tr>')
        for n, cid in items:
            out.append(f'<tr><td height="28" style="border-bottom:1px dotted #CCCCCC">&nbsp;<img src="{up}Images/arrow.gif" width="7" height="7" alt=""> '
                       f'<a href="{up}html/Class{cid}/Index.htm">{n}</a></td></tr>')
        out.append('</table><img src="' + up + 'Images/spacer.gif" width="1" height="6" alt=""><br>')
    return "".join(out)


def t_art_url(cid: int, d: date, title: str) -> str:
    return f"{TROOT}/html/Class{cid}/{d.year}{d.month:02d}/{d.year}{d.month:02d}{d.day:02d}{num(title, digits=6):06d}.htm"


def township() -> None:
    spec = [
        # cid, name, cat (inferred/true), config category, style, newest, gaps
        (10, "镇情概况", "other", "other", "single", None, []),
        (11, "工作动态", "news", "news", "font", "2024-06-20", [6, 8]),
        (12, "村务动态", "news", "news", "font-time", "2024-06-14", [3, 5, 4, 6]),
        (13, "党建动态", "news", "news", "paren", "2024-06-05", [12]),
        (14, "安全生产", "news", "news", "font", "2024-05-28", [10]),
        (15, "综治维稳", "news", "news", "cn", "2024-05-17", [15]),
        (16, "产业发展", "news", None, "font", "2024-07-05", [7, 9]),
        (17, "通知公告", "notice", None, "font", "2024-05-20", [30]),
        (18, "政策文件", "policy", "policy", "cn", "2023-11-02", [40]),
        (19, "人事任免", "personnel", "personnel", "font", "2023-07-11", [90]),
        (20, "财务公开", "other", "other", "xls", "2023-01-18", [8]),
        (21, "村务公开", "other", None, "font", "2024-07-02", [1]),
        (22, "便民服务", "other", "other", "single", None, []),
        (23, "规划计划", "plan", "plan", "font", "2023-10-20", []),
        (24, "民生保障", "notice", "notice", "blank", None, []),
        (25, "环境整治", "news", None, "font", "2024-07-04", [6]),
        (26, "招商引资", "other", None, "font", "2024-07-01", []),
    ]
    global T_MENU
    T_MENU = [("政务动态", [("工作动态", 11), ("村务动态", 12), ("党建动态", 13), ("安全生产", 14), ("综治维稳", 15), ("产业发展", 16), ("环境整治", 25)]),
              ("政务公开", [("通知公告", 17), ("政策文件", 18), ("人事任免", 19), ("财务公开", 20), ("规划计划", 23), ("民生保障", 24)]),
              ("便民服务", [("村务公开", 21), ("便民服务", 22), ("招商引资", 26), ("镇情概况", 10)])]
    up = "../../"
    for cid, name, cat, ccat, style, newest, gaps in spec:
        url = f"{TROOT}/html/Class{cid}/Index.htm"
        c = Col(T, f"c{cid}", name, url, cat, config_cat=ccat, configured=cid not in (25, 26), deliberate=(cid == 19),
                note="deliberate: 365 days old, overdue within 1-2 days under calendar months, 365 or 366 days" if cid == 19 else "")
        if newest:
            for i, d in enumerate(dates(newest, gaps)):
                t = T_TITLES[cid][i] if cid in T_TITLES else f"{name}信息{i}"
                it = Item(t, d)
                it.url = (f"{TROOT}/UploadFiles/{d.year}{d.month:02d}/{d.year}{d.month:02d}{d.day:02d}{num(t, digits=6):06d}.xls"
                          if style == "xls" else t_art_url(cid, d, t))
                c.items.append(it)
        T_COLS.append((cid, "", c))
        rel = lambda u: up + u[len(TROOT) + 1:]  # noqa: E731

        def row(it: Item) -> str:
            if style in ("font", "xls"):
                dd = f'<font color="#999999">{f_short(it.day)}</font>'
            elif style == "font-time":
                dd = f'<font color="#999999">{f_short(it.day)} {8 + num(it.title, digits=1) % 9}:{num(it.title, "m", digits=2) % 60:02d}:{num(it.title, "s", digits=2) % 60:02d}</font>'
            elif style == "paren":
                dd = f'<font color="#888888">({f_short(it.day)})</font>'
            else:
                dd = f'<font color="#999999">{f_cn(it.day)}</font>'
            ico = '<img src="../../Images/xls.gif" width="16" height="16" alt=""> ' if style == "xls" else '<img src="../../Images/arrow.gif" width="7" height="7" alt=""> '
            return (f'<tr><td height="28" style="border-bottom:1px dashed #DDDDDD">{ico}<a href="{rel(it.url)}" target="_blank">{esc(it.title)}</a></td>'
                    f'<td width="150" align="right" style="border-bottom:1px dashed #DDDDDD">{dd}</td></tr>')

        head = (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="32" background="../../Images/title_bg.gif">'
                f'&nbsp;<b><font color="#2E5D8F">{name}</font></b></td><td align="right"><font color="#888888">您现在的位置：'
                f'<a href="../../Default.htm">首页</a> &gt;&gt; {name}</font>&nbsp;</td></tr></table>')
        if style == "single":
            if cid == 10:
                img = f"{TROOT}/UploadFiles/lwz_quanjing.jpg"
                put(img, photo(600, 320, "lwz-quanjing"))
                decoy("image.broken", T, url, img, "a photo")
                body = ('<p align="center"><img src="../../UploadFiles/lwz_quanjing.jpg" width="600" height="320" border="0" alt="柳湾镇全景"></p>'
                        "<p>　　柳湾镇位于渭宁县城东南12公里，总面积86平方公里，辖14个行政村，总人口3.2万人。全镇耕地面积7.6万亩，以苹果、设施蔬菜为主导产业。</p>"
                        "<p>　　镇党委、政府驻地柳湾村，距连霍高速出口8公里，交通便利。</p>")
            else:
                body = ('<table width="96%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC" align="center" style="border-collapse:collapse">'
                        "<tr bgcolor=\"#F0F4F8\"><td>事项</td><td>办理地点</td><td>电话</td></tr>"
                        "<tr><td>社保、医保</td><td>镇便民服务中心1号窗口</td><td>0913-6351010</td></tr>"
                        "<tr><td>民政救助</td><td>镇便民服务中心2号窗口</td><td>0913-6351011</td></tr>"
                        "<tr><td>户籍办理</td><td>柳湾派出所</td><td>0913-6351110</td></tr></table>")
            content = head + f'<table width="100%" cellpadding="8"><tr><td>{body}</td></tr></table>'
        elif style == "blank":
            c.blank = "a table with only its header row and a “共0条 第1/1页” pager"
            content = head + ('<table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#DDDDDD"><tr bgcolor="#F0F4F8">'
                              '<td height="28" align="center">标题</td><td width="150" align="center">发布时间</td></tr></table>'
                              '<table width="100%"><tr><td align="center" height="40">共0条　第1/1页　首页 上一页 下一页 尾页</td></tr></table>')
        else:
            shown = c.items
            pager = ""
            if cid == 12:
                shown = c.items[:4]
                pager = (f'<table width="100%"><tr><td align="center" height="40">共{len(c.items) + 1}条　第1/2页　首页 上一页 '
                         '<a href="List_2.htm">下一页</a> <a href="List_2.htm">尾页</a></td></tr></table>')
            content = head + '<table width="100%" border="0" cellspacing="0" cellpadding="0">' + "".join(row(it) for it in shown) + "</table>" + pager
            if cid == 12:
                gone = f"{TROOT}/html/Class12/202403/20240318{num('gone', digits=6):06d}.htm"
                BROKEN[gone] = 404
                plant("link.broken", T, f"{TROOT}/html/Class12/List_2.htm", gone, "definite", "a deleted article still listed on page 2 (404)")
                rest = "".join(row(it) for it in c.items[4:])
                rest += (f'<tr><td height="28" style="border-bottom:1px dashed #DDDDDD"><img src="../../Images/arrow.gif" width="7" height="7" alt=""> '
                         f'<a href="{rel(gone)}" target="_blank">北塬村召开党员大会</a></td><td width="150" align="right"><font color="#999999">2024-3-18</font></td></tr>')
                p2 = head + '<table width="100%" border="0" cellspacing="0" cellpadding="0">' + rest + "</table>" + \
                    (f'<table width="100%"><tr><td align="center" height="40">共{len(c.items) + 1}条　第2/2页　<a href="Index.htm">首页</a> <a href="Index.htm">上一页</a> 下一页 尾页</td></tr></table>')
                T_PAGES[f"{TROOT}/html/Class12/List_2.htm"] = t_page(name + "_第2页", p2)
                decoy("column.blank", T, f"{TROOT}/html/Class12/List_2.htm", name, "page 2 of a list: not a column of its own")
        if cid == 20:
            att403 = c.items[1].url
            BROKEN[att403] = 403
            ROUTES[att403] = {"status": 403}
            plant("link.broken", T, url, att403, "definite", "a withdrawn 决算 spreadsheet answers 403")
            put(c.items[0].url, fake_office("yusuan"))
            decoy("link.broken", T, url, c.items[0].url, "an attachment that exists")
        T_PAGES[url] = t_page(name, content)
        # articles
        if style in ("font", "font-time", "paren", "cn"):
            for i, it in enumerate(c.items):
                ps = "".join(f"<p>　　{esc(p)}</p>" for p in paras(it.title, TW, 3, it.url))
                pic = ""
                if cid == 16 and i == 0:
                    pic = f"{TROOT}/UploadFiles/202407/20240705_dapeng.jpg"
                    put(pic, flat(640, 400, (136, 136, 136)))
                    plant("image.broken", T, it.url, pic, note="a flat grey 640×400 box where the photo should be")
                elif cid == 11 and i == 1:
                    pic = f"{TROOT}/UploadFiles/202406/nopic.jpg"
                    put(pic, placeholder(500, 320, "图片不存在"))
                    plant("image.broken", T, it.url, pic, note="占位图: the CMS's “图片不存在” picture")
                elif cid == 12 and i == 0:
                    pic = f"{TROOT}/UploadFiles/202406/20240614_dongpo.jpg"
                    put(pic, photo(600, 380, pic))
                    decoy("image.broken", T, it.url, pic, "a photo")
                elif cid == 25 and i == 0:
                    pic = f"{TROOT}/UploadFiles/202407/20240704_hedao.jpg"
                    put(pic, photo(600, 380, pic, grey=True))
                    decoy("image.broken", T, it.url, pic, "a grey photo with detail")
                img = f'<p align="center"><img src="{rel(pic).replace("../../", "../../../")}" border="0" alt=""></p>' if pic else ""
                body = (f'<table width="100%" cellpadding="10"><tr><td align="center"><font size="4" color="#C00000"><b>{esc(it.title)}</b></font></td></tr>'
                        f'<tr><td align="center" style="border-bottom:1px solid #DDDDDD"><font color="#888888">作者：镇党政办　来源：柳湾镇　'
                        f'点击数：{num(it.url, digits=3)}　更新时间：{f_short(it.day)}</font></td></tr>'
                        f'<tr><td style="line-height:200%;font-size:14px">{img}{ps}</td></tr>'
                        '<tr><td align="right">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>')
                T_PAGES[it.url] = t_page(it.title, body, t_left("../../../"), 3)
        judge(c)
    # an article that answers slowly
    slow = T_COLS[1][2].items[0].url
    ROUTES[slow] = {"delay_ms": 3700}
    DELAYS.append({"url_path": slow, "ms": 3700})
    plant("site.slow", T, slow, note="a news article answering after 3700 ms")
    # unmonitored and missing
    for cid, _g, c in T_COLS:
        if not c.configured:
            plant("column.unmonitored", T, c.url, c.name, note="in the left menu, not in the config")
        else:
            decoy("column.unmonitored", T, c.url, c.name, "listed in the config")
            decoy("column.missing", T, c.url, c.name, "configured and reachable")
    for nm, cid in (("政务动态", 11), ("政务公开", 17), ("党建工作", 13)):
        decoy("column.unmonitored", T, f"{TROOT}/html/Class{cid}/Index.htm", nm, "a top-bar name for a configured column")
    plant("column.missing", T, f"{TROOT}/html/Class27/Index.htm", "信访维稳", note="configured; the page answers 404 and nothing links it")
    decoy("column.blank", T, f"{TROOT}/html/Class27/Index.htm", "信访维稳", "missing, not blank")
    # homepage
    def col(cid: int) -> Col:
        return next(c for i, _g, c in T_COLS if i == cid)

    def hl(cid: int, n: int = 5) -> str:
        c = col(cid)
        return "".join(f'<tr><td height="26">·<a href="{it.url[len(TROOT) + 1:]}" target="_blank">{esc(it.title)}</a></td>'
                       f'<td align="right"><font color="#999999">{f_short(it.day)}</font></td></tr>' for it in c.items[:n])

    def box(title: str, cid: int) -> str:
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="32" background="Images/title_bg.gif">&nbsp;<b>{title}</b></td>'
                f'<td align="right"><a href="html/Class{cid}/Index.htm">更多&gt;&gt;</a>&nbsp;</td></tr>{hl(cid, 4)}</table>')

    pic0 = "UploadFiles/202407/20240704_hedao.jpg"
    home_body = ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
                 f'<td width="320" valign="top"><img src="{pic0}" width="310" height="200" border="0" alt=""><br><font color="#333333">柳湾镇开展河道垃圾清理行动</font></td>'
                 f'<td valign="top">{box("政务动态", 11)}</td></tr></table>'
                 '<img src="Images/spacer.gif" width="1" height="8" alt=""><br>'
                 f'<table width="100%"><tr><td width="50%" valign="top">{box("通知公告", 17)}</td><td valign="top">{box("村务动态", 12)}</td></tr>'
                 f'<tr><td valign="top">{box("产业发展", 16)}</td><td valign="top">{box("村务公开", 21)}</td></tr></table>'
                 '<marquee direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">'
                 '<font color="#C00000">温馨提示：镇便民服务中心实行“周六不打烊”服务，咨询电话0913-6351010。</font></marquee>')
    T_PAGES[f"{TROOT}/Default.htm"] = t_page("首页", home_body, t_left(""), 0).replace("<title>首页--", "<title>")
    decoy("image.broken", T, f"{TROOT}/Default.htm", f"{TROOT}/Images/spacer.gif", "a 1×1 spacer stretched")
    decoy("image.broken", T, f"{TROOT}/Default.htm", f"{TROOT}/Images/top_banner.jpg", "the banner")
    # static files
    put(f"{TROOT}/Images/top_banner.jpg", banner(980, 150, "渭宁县柳湾镇人民政府", "lwz-top", (30, 80, 140), (90, 160, 210)))
    put(f"{TROOT}/Images/nav_bg.gif", _gif_grad(2, 36, (46, 93, 143), (30, 70, 120)))
    put(f"{TROOT}/Images/left_title.gif", _gif_grad(2, 32, (60, 110, 160), (46, 93, 143)))
    put(f"{TROOT}/Images/title_bg.gif", _gif_grad(2, 32, (240, 244, 248), (220, 228, 238)))
    put(f"{TROOT}/Images/spacer.gif", gif1x1())
    put(f"{TROOT}/Images/arrow.gif", _arrow())
    put(f"{TROOT}/Images/xls.gif", _png_as_gif(icon(16, (30, 120, 60), "X")))
    put(f"{TROOT}/Skin/DefaultSkin.css", "body,td{font-size:12px;font-family:SimSun,serif;color:#333}a{color:#1B4C80;text-decoration:none}a:hover{color:#C00000;text-decoration:underline}p{margin:6px 0}\n", "gbk")
    put(f"{TROOT}/js/menu.js", _js_ascii("function showDate(){var d=new Date(),w=['日','一','二','三','四','五','六'];"
                                 "document.write('今天是：'+d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w[d.getDay()]);}\n"
                                 "function SetHome(){alert('请使用浏览器菜单设置首页');}\nfunction AddFav(){alert('请按 Ctrl+D 收藏本站');}\n"))
    for pth, page in T_PAGES.items():
        put(pth, page, "gbk")


def _js_ascii(js: str) -> str:
    """Old ASP sites keep their scripts in ASCII (\\u escapes): the server sends .js as UTF-8, the pages are GBK."""
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch):04x}" for ch in js)


def _gif_grad(w: int, h: int, c1: tuple, c2: tuple) -> bytes:
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(h):
        t = y / h
        d.line([(0, y), (w, y)], fill=tuple(int(c1[i] * (1 - t) + c2[i] * t) for i in range(3)))
    b = io.BytesIO()
    img.convert("P", palette=Image.Palette.ADAPTIVE).save(b, "GIF")
    return b.getvalue()


def _arrow() -> bytes:
    img = Image.new("RGB", (7, 7), (255, 255, 255))
    ImageDraw.Draw(img).polygon([(1, 0), (6, 3), (1, 6)], fill=(200, 30, 30))
    b = io.BytesIO()
    img.convert("P", palette=Image.Palette.ADAPTIVE).save(b, "GIF")
    return b.getvalue()


def _png_as_gif(png: bytes) -> bytes:
    img = Image.open(io.BytesIO(png)).convert("RGBA")
    bg = Image.new("RGB", img.size, (255, 255, 255))
    bg.paste(img, mask=img.split()[3])
    b = io.BytesIO()
    bg.convert("P", palette=Image.Palette.ADAPTIVE).save(b, "GIF")
    return b.getvalue()


# =============================================================================================
# Site 3: the department (weining-nync) — PHPCMS v9
# =============================================================================================

N = "weining-nync"
NR = "/nyncj"
N_PAGES: dict[str, str] = {}
N_COLS: list[Col] = []

N_TITLES = {
    "nydt": ["县农业农村局召开“三夏”生产调度会", "全县小麦机收进度过九成", "县农业农村局开展农资打假专项行动", "我县举办高素质农民培育示范班",
             "渭宁苹果亮相西部农博会", "县农业农村局部署夏季畜禽防疫工作"],
    "jcdt": ["石桥镇农技站开展玉米病虫害防治指导", "南塬镇召开家庭农场培育现场会", "城关街道推进农村宅基地规范管理"],
    "tzgg": ["关于申报2024年县级农业产业化龙头企业的通知", "关于开展农村集体经济组织年报工作的通知", "渭宁县2024年耕地地力保护补贴发放公示"],
    "zcfg": ["渭宁县农业生产社会化服务项目实施方案", "渭宁县高标准农田建设管护办法", "关于加快发展设施农业的实施意见"],
    "ghjh": ["渭宁县“十四五”农业农村现代化规划", "渭宁县2023年农业农村工作要点"],
    "rsxx": ["县农业农村局2024年事业单位公开招聘拟聘人员公示", "县农业农村局关于干部交流任职的通知"],
    "czzj": ["县农业农村局2023年部门预算", "县农业农村局2022年部门决算"],
    "hnbt": ["2024年农机购置补贴资金兑付公示（第三批）", "2024年耕地地力保护补贴发放情况", "2024年实际种粮农民一次性补贴公示"],
    "njtg": ["县农技中心举办果树夏季管理培训", "设施蔬菜绿色防控技术要点"],
}

N_CSS = """
body{margin:0;font:14px/1.7 "Microsoft YaHei",Arial;color:#333;background:#f0f5ec}a{color:#333;text-decoration:none}a:hover{color:#1a7f37}
ul{margin:0;padding:0;list-style:none}.wrap{width:1100px;margin:0 auto}.header{height:120px;background:#1a7f37 url(../images/head_bg.jpg) no-repeat center}
.header .logo{padding-top:28px}.nav{background:#0f5d27;height:46px}.nav li{float:left}.nav a{display:block;color:#fff;padding:0 22px;line-height:46px;font-size:16px}.nav a.on,.nav a:hover{background:#2fa34f}
.main{background:#fff;padding:20px;overflow:hidden;margin:12px auto}.icons a{float:left;width:16%;margin:1% 2%;text-align:center;padding:16px 0;background:#f6faf4;border-radius:6px}.icons img{display:block;margin:0 auto 6px}
.left{float:left;width:220px}.left h3{background:#1a7f37;color:#fff;margin:0;line-height:48px;text-align:center}.left .tabs a{display:block;line-height:42px;border-bottom:1px solid #e3ecdf;padding-left:24px}.left .tabs a.on{background:#eaf5e6;color:#1a7f37;font-weight:bold}
.right{margin-left:240px}.crumbs{line-height:40px;border-bottom:1px solid #1a7f37;color:#888}.list li{line-height:40px;border-bottom:1px dashed #ddd;overflow:hidden}.list .rt{float:right;color:#999}
.list .thumb{float:left;margin:8px 12px 8px 0}#pages{text-align:center;padding:20px 0}#pages a,#pages span{display:inline-block;border:1px solid #ddd;padding:2px 10px;margin:0 2px}#pages span{background:#1a7f37;color:#fff}
.content h1{text-align:center;font-size:24px}.content .info{text-align:center;color:#999;border-bottom:1px solid #eee;padding-bottom:10px}.content .text p{text-indent:2em;line-height:2}.content .text img{display:block;margin:10px auto}
.footer{background:#0f5d27;color:#cfe8d4;text-align:center;padding:18px 0;line-height:2}.footer a{color:#cfe8d4}.tb{width:100%;border-collapse:collapse}.tb td,.tb th{border:1px solid #e5e5e5;padding:6px 10px}
.hide-list{display:none}
"""


def n_page(title: str, body: str, cur: str = "") -> str:
    nav = [("首页", f"{NR}/index.html", ""), ("机构职能", f"{NR}/html/jgzn/index.html", "jgzn"), ("农业动态", f"{NR}/html/nydt/index.html", "nydt"),
           ("通知公告", f"{NR}/html/tzgg/index.html", "tzgg"), ("政策法规", f"{NR}/html/zcfg/index.html", "zcfg"),
           ("惠农补贴", f"{NR}/html/hnbt/index.html", "hnbt"), ("农技推广", f"{NR}/html/njtg/index.html", "njtg"),
           ("信息公开", f"{NR}/html/rsxx/index.html", "xxgk")]
    on = ' class="on"'
    navs = "".join(f'<li><a href="{u}"{on if k == cur else ""}>{n}</a></li>' for n, u, k in nav)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{esc(title)} - 渭宁县农业农村局</title>
<meta name="keywords" content="渭宁县农业农村局,三农,惠农政策" />
<meta name="description" content="渭宁县农业农村局门户网站" />
<link href="{NR}/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="{NR}/statics/css/default_green.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{NR}/statics/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="wrap"><img class="logo" src="{NR}/statics/images/logo_nync.png" alt="渭宁县农业农村局" /></div></div>
<div class="nav"><ul class="wrap">{navs}</ul></div>
{body}
<div class="footer">主办单位：渭宁县农业农村局　地址：渭宁县农林路27号　联系电话：0913-6225018<br />
网站标识码：6105990034　陕ICP备05009127号-5　<a href="javascript:void(0)">我为政府网站找错</a>　Powered by PHPCMS</div>
</body>
</html>
"""


def n_art_url(cat: str, d: date, aid: int) -> str:
    return f"{NR}/html/{d.year}/{cat}_{d.month:02d}{d.day:02d}/{aid}.html"


def department() -> None:
    spec = [
        # catdir, name, cat, config category, style, newest, gaps
        ("jgzn", "机构职能", "other", "other", "single", None, []),
        ("nydt", "农业动态", "news", "news", "ul-rt", "2024-06-26", [2, 3, 4, 3, 5]),
        ("jcdt", "基层动态", "news", "news", "ul-dot", "2024-06-18", [6]),
        ("tzgg", "通知公告", "notice", None, "ul-cn0", "2024-04-16", [20, 15]),
        ("zcfg", "政策法规", "policy", "policy", "table", "2024-03-05", [30, 40]),
        ("ghjh", "规划计划", "plan", "plan", "ul-rt", "2023-03-28", [60]),
        ("rsxx", "人事信息", "personnel", "personnel", "ul-md", "2024-01-15", [40]),
        ("czzj", "财政资金", "other", "other", "pdf", "2023-02-10", [300]),
        ("hnbt", "惠农补贴", "other", None, "thumbs", "2024-07-01", [12, 20]),
        ("jyta", "建议提案", "other", "other", "blank-pager", None, []),
        ("xzxk", "行政许可", "other", None, "blank-msg", None, []),
        ("sfcj", "示范创建", "other", "other", "blank-tpl", None, []),
        ("nyzf", "农业执法", "news", "news", "blank-rows", None, []),
        ("ldfg", "领导分工", "other", "other", "blank-single", None, []),
        ("njtg", "农技推广", "news", None, "ul-rt", "2024-07-03", [5]),
    ]
    tabs_cfg = [("jgzn", "机构职能"), ("ldfg", "领导分工"), ("nydt", "农业动态"), ("jcdt", "基层动态"), ("nyzf", "农业执法"),
                ("tzgg", "通知公告"), ("zcfg", "政策法规"), ("ghjh", "规划计划"), ("rsxx", "人事信息"), ("czzj", "财政资金"),
                ("hnbt", "惠农补贴"), ("xzxk", "行政许可"), ("sfcj", "示范创建"), ("jyta", "建议提案"), ("njtg", "农技推广")]

    def frame(cur: str, name: str, inner: str) -> str:
        on = ' class="on"'
        tabs = "".join(f'<a href="{NR}/html/{k}/index.html"{on if k == cur else ""}>{n}</a>' for k, n in tabs_cfg)
        return (f'<div class="wrap main"><div class="left"><h3>栏目导航</h3><div class="tabs">{tabs}</div></div>'
                f'<div class="right"><div class="crumbs">当前位置：<a href="{NR}/">首页</a> &gt; {name}</div>{inner}</div></div>')

    aid = 120
    for k, name, cat, ccat, style, newest, gaps in spec:
        url = f"{NR}/html/{k}/index.html"
        c = Col(N, k, name, url, cat, config_cat=ccat, configured=(k != "njtg"), deliberate=(k == "nydt"),
                note="deliberate: exactly 14 days old, not overdue since the limit is more than 14 days" if k == "nydt" else "")
        if newest:
            for i, d in enumerate(dates(newest, gaps)):
                t = N_TITLES[k][i]
                aid += 1 + num(t, digits=1) % 3
                it = Item(t, d)
                it.url = (f"{NR}/uploadfile/{d.year}/{d.month:02d}{d.day:02d}/{d.year}{d.month:02d}{d.day:02d}{num(t, digits=6):06d}.pdf"
                          if style == "pdf" else n_art_url(k, d, aid))
                if style == "pdf":
                    put(it.url, tiny_pdf(k + str(i)))
                c.items.append(it)
        items = c.items
        scripts = ""
        pages_html = ""
        if style == "nydt" or (k == "nydt"):
            shown = items[:4]
            pages_html = (f'<div id="pages" class="text-c"><a class="a1">{len(items)}条</a> <a href="{url}" class="a1">上一页</a> <span>1</span> '
                          f'<a href="2.html">2</a> <a href="2.html" class="a1">下一页</a></div>')
        else:
            shown = items
        if style in ("ul-rt", "ul-dot", "ul-cn0", "ul-md"):
            fmt = {"ul-rt": f_ymd, "ul-dot": lambda d: "发布：" + f_dot(d), "ul-cn0": f_cn0, "ul-md": f_md}[style]
            inner = '<ul class="list">' + "".join(f'<li><span class="rt">{fmt(it.day)}</span>· <a href="{it.url}" target="_blank">{esc(it.title)}</a></li>' for it in shown) + "</ul>" + pages_html
            if k == "nydt":
                p2 = '<ul class="list">' + "".join(f'<li><span class="rt">{f_ymd(it.day)}</span>· <a href="{it.url}" target="_blank">{esc(it.title)}</a></li>' for it in items[4:]) + "</ul>"
                p2 += f'<div id="pages" class="text-c"><a class="a1">{len(items)}条</a> <a href="index.html" class="a1">上一页</a> <a href="index.html">1</a> <span>2</span> <a href="2.html" class="a1">下一页</a></div>'
                N_PAGES[f"{NR}/html/nydt/2.html"] = n_page(f"{name} - 第2页", frame(k, name, p2), "nydt")
        elif style == "table":
            inner = ('<table class="tb"><tr><th>标题</th><th width="160">文号</th><th width="110">发布日期</th></tr>' + "".join(
                f'<tr><td><a href="{it.url}">{esc(it.title)}</a></td><td>渭农发〔{it.day.year}〕{7 + i}号</td><td>{f_ymd(it.day)}</td></tr>'
                for i, it in enumerate(items)) + "</table>")
        elif style == "pdf":
            inner = '<ul class="list">' + "".join(f'<li><span class="rt">{f_ymd(it.day)}</span><img src="{NR}/statics/images/ext/pdf.gif" alt="" /> <a href="{it.url}">{esc(it.title)}</a></li>' for it in items) + "</ul>"
            decoy("link.broken", N, url, items[0].url, "an attachment that exists")
        elif style == "thumbs":
            lis = []
            for i, it in enumerate(items):
                if i == 1:
                    th = f"{NR}/statics/images/nopic_small.jpg"
                    put(th, placeholder(160, 110, "暂无图片"))
                    plant("image.broken", N, url, th, note="占位图: PHPCMS's “暂无图片” default thumbnail")
                else:
                    th = f"{NR}/uploadfile/{it.day.year}/{it.day.month:02d}{it.day.day:02d}/thumb_160_110_{num(it.title, digits=9):09d}.jpg"
                    put(th, photo(160, 110, th))
                    decoy("image.broken", N, url, th, "a list thumbnail")
                lis.append(f'<li style="height:126px"><img class="thumb" src="{th}" width="160" height="110" alt="" />'
                           f'<a href="{it.url}">{esc(it.title)}</a><br /><span style="color:#999">发布时间：{f_ymd(it.day)}</span></li>')
            inner = '<ul class="list">' + "".join(lis) + "</ul>"
        elif style == "single":
            inner = ('<div class="content"><div class="text"><p>渭宁县农业农村局是县政府工作部门，为正科级。主要职责：贯彻落实党中央关于“三农”工作的方针政策和省、市、县委决策部署；'
                     "统筹研究和组织实施全县“三农”工作发展战略、中长期规划、重大政策；负责种植业、畜牧业、渔业、农垦、农业机械化等农业各产业的监督管理。</p>"
                     "<p>内设机构：办公室、发展规划股、农村经济指导股、种植业管理股、畜牧兽医股、农田建设管理股、农业综合执法大队。</p></div></div>")
        elif style == "blank-pager":
            c.blank = "an empty list with a PHPCMS “0条” pager"
            inner = '<ul class="list"></ul><div id="pages" class="text-c"><a class="a1">0条</a> <a class="a1">上一页</a> <a class="a1">下一页</a></div>'
        elif style == "blank-msg":
            c.blank = "“暂无内容！”"
            inner = '<ul class="list"><li style="text-align:center;color:#999;border:0;padding:60px 0">暂无内容！</li></ul>'
        elif style == "blank-tpl":
            c.blank = "a laytpl list whose layui.js answers 404: the container stays empty"
            inner = ('<ul class="list" id="sfcj-list"></ul><div id="sfcj-page"></div>'
                     '<script id="sfcjTpl" type="text/html">{{# layui.each(d.list, function(i, item){ }}'
                     "<li><span class='rt'>{{ item.inputtime }}</span>· <a href='{{ item.url }}'>{{ item.title }}</a></li>{{# }); }}</script>")
            scripts = (f'<script type="text/javascript" src="{NR}/statics/layui/layui.js"></script>'
                       '<script type="text/javascript">layui.use(["laytpl","laypage"],function(){var laytpl=layui.laytpl;'
                       '$.getJSON("' + NR + '/api.php?op=get_linkage&catid=31",function(d){laytpl(document.getElementById("sfcjTpl").innerHTML).render(d,function(h){$("#sfcj-list").html(h);});});});</script>')
        elif style == "blank-rows":
            c.blank = "a numbered table whose title and date cells are all empty"
            rows = "".join(f'<tr><td width="50" align="center">{i}</td><td></td><td width="110"></td></tr>' for i in range(1, 9))
            inner = '<table class="tb"><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>' + rows + "</table>"
        elif style == "blank-single":
            c.blank = "a single-page column whose editor content is only empty paragraphs"
            inner = '<div class="content"><div class="text"><p>&nbsp;</p><p><br /></p><p>&nbsp;</p></div></div>'
        else:
            raise SystemExit(style)
        N_PAGES[url] = n_page(name, frame(k, name, inner) + scripts, k)
        N_COLS.append(c)
        # articles
        if style not in ("pdf",):
            for i, it in enumerate(items):
                extra = ""
                pic = ""
                if k == "nydt" and i == 1:
                    pic = f"{NR}/uploadfile/2024/0624/20240624093512881.jpg"
                    put(pic, photo(640, 400, pic))
                    decoy("image.broken", N, it.url, pic, "a photo")
                if k == "tzgg" and i == 0:
                    att = f"{NR}/uploadfile/2024/0416/20240416153300512.docx"
                    BROKEN[att] = 404
                    extra = f'<p>附件：<img src="{NR}/statics/images/ext/doc.gif" alt="" /> <a href="{att}">申报表.docx</a></p>'
                    plant("link.broken", N, it.url, att, "definite", "the application form attachment was never uploaded (404)")
                if k == "tzgg" and i == 2:
                    dyn = f"{NR}/index.php?m=content&c=index&a=show&catid=12&id=88"
                    BROKEN[dyn] = 502
                    ROUTES[f"{NR}/index.php"] = {"status": 502}
                    extra = f'<p>上批次公示详见：<a href="{dyn.replace("&", "&amp;")}">2024年耕地地力保护补贴发放公示（第一批）</a></p>'
                    plant("link.broken", N, it.url, dyn, "suspect", "a dynamic PHPCMS link whose index.php answers 502 every time")
                if k == "hnbt" and i == 0:
                    q = f"{NR}/njbt/query.php"
                    BROKEN[q] = None
                    ROUTES[q] = {"reset": True}
                    extra = f'<p>补贴资金到账情况可登录<a href="{q}">农机购置补贴信息查询系统</a>查询。</p>'
                    plant("link.broken", N, it.url, q, "suspect", "the subsidy query system resets the connection every time")
                if k == "zcfg" and i == 0:
                    att = f"{NR}/uploadfile/2024/0305/20240305101120337.pdf"
                    put(att, tiny_pdf("shfw"))
                    ROUTES[att] = {"fail_first": 1, "status": 503}
                    extra = f'<p>附件：<img src="{NR}/statics/images/ext/pdf.gif" alt="" /> <a href="{att}">实施方案.pdf</a></p>'
                    decoy("link.broken", N, it.url, att, "an attachment that answers 503 once, then 200")
                ps = "".join(f"<p>{esc(p)}</p>" for p in paras(it.title, "县农业农村局", 4, it.url))
                img = f'<img src="{pic}" alt="" />' if pic else ""
                body = (f'<div class="wrap main content"><div class="crumbs">当前位置：<a href="{NR}/">首页</a> &gt; <a href="{url}">{name}</a> &gt; 正文</div>'
                        f'<h1>{esc(it.title)}</h1><div class="info">发布时间：{it.day.isoformat()} {9 + i}:{num(it.title, digits=2) % 60:02d}:{num(it.url, digits=2) % 60:02d}　'
                        f'来源：渭宁县农业农村局　点击：<span id="hits"></span></div><div class="text">{img}{ps}{extra}</div>'
                        '<p style="text-align:right"><a href="javascript:window.print();">[打印]</a> <a href="javascript:window.close();">[关闭]</a></p></div>')
                N_PAGES[it.url] = n_page(it.title, body, k)
        judge(c)
    # slow: a configured column page; under-limit: an article
    tz = f"{NR}/html/tzgg/index.html"
    ROUTES[tz] = {"delay_ms": 4400}
    DELAYS.append({"url_path": tz, "ms": 4400})
    plant("site.slow", N, tz, note="the 通知公告 column page answers after 4400 ms")
    art = N_COLS[1].items[2].url
    ROUTES[art] = {"delay_ms": 1200}
    DELAYS.append({"url_path": art, "ms": 1200})
    decoy("site.slow", N, art, note="1200 ms: under slow_ms")
    for c in N_COLS:
        if not c.configured:
            plant("column.unmonitored", N, c.url, c.name, note="in the navigation and the side tabs, not in the config")
        else:
            decoy("column.unmonitored", N, c.url, c.name, "listed in the config")
            decoy("column.missing", N, c.url, c.name, "configured and reachable")
    decoy("column.unmonitored", N, f"{NR}/html/rsxx/index.html", "信息公开", "a top-bar name for a configured column")
    plant("column.missing", N, f"{NR}/html/njgz/index.html", "农机购置补贴", note="configured; answers 404 and nothing links it")
    decoy("column.blank", N, f"{NR}/html/njgz/index.html", "农机购置补贴", "missing, not blank")
    # homepage: an icon grid of columns, a banner, lists
    icons = [("机构职能", "jgzn"), ("农业动态", "nydt"), ("通知公告", "tzgg"), ("政策法规", "zcfg"), ("惠农补贴", "hnbt"),
             ("农技推广", "njtg"), ("规划计划", "ghjh"), ("人事信息", "rsxx"), ("财政资金", "czzj"), ("建议提案", "jyta")]
    grid = []
    palette = [(26, 127, 55), (46, 140, 200), (230, 140, 30), (180, 60, 60), (120, 80, 170)]
    for i, (n, k) in enumerate(icons):
        ic = f"{NR}/statics/images/icon/{k}.png"
        put(ic, icon(56, palette[i % 5], n[0]))
        decoy("image.broken", N, f"{NR}/", ic, "an icon on transparent ground")
        grid.append(f'<a href="{NR}/html/{k}/index.html"><img src="{ic}" width="56" height="56" alt="" />{n}</a>')
    white = f"{NR}/uploadfile/2024/0601/20240601083015220.jpg"
    put(white, flat(1100, 160, (255, 255, 255)))
    plant("image.broken", N, f"{NR}/", white, note="a flat white 1100×160 box in the banner slot")
    good_banner = f"{NR}/uploadfile/2024/0520/20240520101543118.jpg"
    put(good_banner, banner(1100, 160, "藏粮于地 藏粮于技", good_banner, (20, 110, 50), (140, 190, 60)))
    decoy("image.broken", N, f"{NR}/", good_banner, "a banner")
    div = f"{NR}/statics/images/line.png"
    put(div, divider(1100, 3))
    decoy("image.broken", N, f"{NR}/", div, "a 1100×3 divider")

    def block(k: str, title: str, n: int = 5) -> str:
        c = next(x for x in N_COLS if x.key == k)
        return (f'<div style="float:left;width:48%;margin:0 1%"><h3 style="border-bottom:2px solid #1a7f37">{title}'
                f'<a href="{c.url}" style="float:right;font-size:12px;font-weight:normal">更多&gt;&gt;</a></h3><ul class="list">' +
                "".join(f'<li><span class="rt">{f_md(it.day)}</span><a href="{it.url}">{esc(it.title)}</a></li>' for it in c.items[:n]) + "</ul></div>")

    home = (f'<div class="wrap main"><img src="{good_banner}" width="1100" height="160" alt="" /><img src="{div}" width="1100" height="3" alt="" />'
            f'<div class="icons">{"".join(grid)}</div></div>'
            f'<div class="wrap main">{block("nydt", "农业动态")}{block("tzgg", "通知公告", 3)}</div>'
            f'<div class="wrap main"><img src="{white}" width="1100" height="160" alt="" />{block("hnbt", "惠农补贴", 3)}{block("zcfg", "政策法规", 3)}</div>')
    N_PAGES[f"{NR}/index.html"] = n_page("首页", home)
    put(f"{NR}/statics/css/reset.css", "html,body,div,p,h1,h2,h3,ul,li{margin:0;padding:0}img{border:0}\n")
    put(f"{NR}/statics/css/default_green.css", N_CSS)
    put(f"{NR}/statics/js/jquery.min.js", JQUERY.read_bytes())
    put(f"{NR}/statics/images/logo_nync.png", logo(420, 64, "渭宁县农业农村局", "WEINING AGRICULTURE AND RURAL AFFAIRS", (255, 255, 255), (26, 127, 55)))
    put(f"{NR}/statics/images/head_bg.jpg", banner(1100, 120, "", "nync-head", (26, 127, 55), (90, 170, 80)))
    put(f"{NR}/statics/images/ext/pdf.gif", _png_as_gif(icon(16, (210, 40, 40), "P")))
    put(f"{NR}/statics/images/ext/doc.gif", _png_as_gif(icon(16, (40, 90, 190), "W")))
    for pth, page in N_PAGES.items():
        put(pth, page)


# =============================================================================================
# Site 4 and the sums
# =============================================================================================

def unreachable() -> None:
    ROUTES["/xzsp/*"] = {"delay_ms": 40000}
    plant("site.unreachable", "weining-xzsp", "/xzsp/", note="the homepage never answers within timeout_s")


def manys() -> None:
    for site, home in ((P, "/"), (T, f"{TROOT}/Default.htm"), (N, f"{NR}/")):
        cols = [c for c in COLUMNS if c.site == site]
        blank = sum(1 for c in cols if c.blank)
        od = [c for c in cols if not c.blank and verdict(c.cat, c.newest, c.deliberate) == "overdue"]
        kinds = sum(1 for c in od if c.cat in ("news", "notice", "policy"))
        news = sum(1 for c in od if c.cat == "news")
        # the first-level reading must not matter
        if (kinds >= 5) != (news >= 5) and len(od) < 10:
            raise SystemExit(f"{site}: overdue_many would depend on what counts as first-level")
        if blank >= 5:
            plant("column.blank_many", site, home, note=f"{blank} blank columns")
        else:
            decoy("column.blank_many", site, home, note=f"{blank} blank columns: under 5")
        if kinds >= 5 or len(od) >= 10:
            plant("column.overdue_many", site, home, note=f"{news} news columns overdue ({len(od)} overdue in all)")
        else:
            decoy("column.overdue_many", site, home, note=f"{kinds} news/notice/policy overdue: under 5")


def get_vue() -> bytes:
    here = SITE / "static/js/vue.min.js"
    if here.exists():
        return here.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"vue@{VUE_VERSION}", "--silent"], cwd=tmp, check=True, capture_output=True)
        with tarfile.open(next(Path(tmp).glob("vue-*.tgz"))) as tf:
            return tf.extractfile("package/dist/vue.min.js").read()


def sites_yaml() -> str:
    def entry(c: Col, full: bool = False) -> str:
        u = ("{base}" + c.url.lstrip("/")) if full else c.url
        cat = f", category: {c.config_cat}" if c.config_cat else ""
        return f'      - {{name: {c.name}, url: "{u}"{cat}}}\n'
    out = ["# The engine-5 holdout's config ({base} is the server's root URL). Generated by generate.py.\n",
           "defaults:\n  timeout_s: 15\n  slow_ms: 3000\nsites:\n",
           f"  - id: {P}\n    name: {GOV}\n    url: \"{{base}}\"\n",
           f"  - id: {T}\n    name: 渭宁县柳湾镇人民政府\n    owner: 渭宁县柳湾镇人民政府\n    url: \"{{base}}lwz/Default.htm\"\n    columns:\n"]
    tc = [c for _i, _g, c in T_COLS if c.configured]
    for i, c in enumerate(tc):
        out.append(entry(c, full=(c.name == "通知公告")))
    out.append('      - {name: 信访维稳, url: "/lwz/html/Class27/Index.htm", category: news}\n')
    out.append(f"  - id: {N}\n    name: 渭宁县农业农村局\n    url: \"{{base}}nyncj/\"\n    columns:\n")
    for c in N_COLS:
        if c.configured:
            if c.key == "zcfg":
                out.append(f'      - {{name: {c.name}, url: "{NR}/html/zcfg/", category: policy}}\n')
            else:
                out.append(entry(c))
    out.append(f'      - {{name: 农机购置补贴, url: "{NR}/html/njgz/index.html", category: notice}}\n')
    out.append("  - id: weining-xzsp\n    name: 渭宁县行政审批服务局\n    url: \"{base}xzsp/\"\n")
    return "".join(out)


def main() -> None:
    vue = get_vue()
    portal()
    township()
    department()
    unreachable()
    manys()
    put("/static/js/vue.min.js", vue)
    validate()
    # crawl seeds: pages only reachable through the Vue lists' JSON
    linked: set[str] = set()
    for path, data in FILES.items():
        if path.endswith((".html", ".htm")):
            text = data.decode("gbk" if path.startswith(TROOT) else "utf-8")
            for m in _REF.finditer(text):
                raw = html.unescape(m.group(1) or m.group(2))
                linked.add(urljoin("http://h" + path, raw)[len("http://h"):].split("#")[0])
    seeds = sorted(p for p in FILES if p.endswith(".html") and p.startswith(("/xwzx/", "/zwgk/", "/ztzl/", "/hdjl/"))
                   and "/art/" in p and p not in linked)
    if SITE.exists():
        shutil.rmtree(SITE)
    for path, data in sorted(FILES.items()):
        f = SITE / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)
    (HERE / "sites.yaml").write_text(sites_yaml(), encoding="utf-8")
    (HERE / "server.yaml").write_text("# Server behaviours by path for benchmarks/accuracy.py (generated by generate.py).\n" +
                                      yaml.safe_dump({"routes": dict(sorted(ROUTES.items()))}, allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")
    exp = {"as_of": AS_OF.isoformat(), "findings": FINDINGS, "delays": DELAYS, "crawl_seeds": seeds, "decoys": DECOYS}
    (HERE / "expected.yaml").write_text("# Planted findings of the engine-5 holdout (generated by generate.py: do not edit).\n" +
                                        yaml.safe_dump(exp, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    n_html = sum(1 for p in FILES if p.endswith((".html", ".htm")) and not p.startswith("/ext/"))
    by: dict[str, int] = {}
    for e in FINDINGS:
        by[e["rule"]] = by.get(e["rule"], 0) + 1
    print(f"{n_html} HTML pages (+{sum(1 for p in FILES if p.startswith('/ext/'))} on the 'other host'), {len(FILES)} files, "
          f"{sum(map(len, FILES.values())) // 1024} KiB; {len(FINDINGS)} planted, {len(DECOYS)} decoys, {len(seeds)} crawl seeds")
    for r, n in sorted(by.items()):
        print(f"  {r:22} {n}")


if __name__ == "__main__":
    main()
