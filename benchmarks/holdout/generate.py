"""Generate the holdout county portal, its config, server behaviours and expected findings.

One source of truth: every planted problem is declared next to the markup that plants it, and
``expected.yaml`` is written from the same declarations, so the two cannot drift apart.

Run ``.venv/bin/python benchmarks/holdout/generate.py``; the output is deterministic (seeded), and
is committed so the benchmark is stable. Writes, under ``benchmarks/holdout/``:

* ``site/``        the static files (two sites: the portal at ``/``, the water bureau at ``/slj/``)
* ``sites.yaml``   the robot's config, with ``{base}`` for the server's root URL
* ``server.yaml``  what the server does besides serving files (delays, statuses, resets, flakiness)
* ``expected.yaml`` every planted finding and every known delay

The markup imitates Hanweb (大汉) JCMS portals and a home-grown department CMS; it is meant to be
unlike the TRS-style templates the robot's own tests use. Robot authors must not read this.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import math
import random
import shutil
import time
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
AS_OF = date(2024, 4, 30)
FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_INDEX = 2  # Noto Sans CJK SC

FILES: dict[str, bytes] = {}  # url path -> bytes
EXPECTED: list[dict[str, Any]] = []  # planted findings
DELAYS: list[dict[str, Any]] = []  # known server delays
ROUTES: dict[str, dict[str, Any]] = {}  # server behaviours by path


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def put(path: str, data: bytes | str) -> None:
    if path.endswith("/"):
        path += "index.html"
    if path in FILES:
        raise ValueError(f"{path} written twice")
    FILES[path] = data.encode("utf-8") if isinstance(data, str) else data


def expect(site: str, rule: str, url_path: str, target: str | None = None, **extra: Any) -> None:
    item: dict[str, Any] = {"site": site, "rule": rule, "url_path": url_path, "target": target}
    item.update(extra)
    EXPECTED.append(item)


def delay(url_path: str, ms: int, note: str) -> None:
    ROUTES[url_path] = {"delay_ms": ms}
    DELAYS.append({"url_path": url_path, "ms": ms, "note": note})


# --- images ------------------------------------------------------------------------------------


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, size, index=FONT_INDEX)


def jpeg(img: Image.Image, quality: int = 72) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def _lerp(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return (int(a[0] + (b[0] - a[0]) * t), int(a[1] + (b[1] - a[1]) * t), int(a[2] + (b[2] - a[2]) * t))


def photo(seed: int, w: int, h: int) -> Image.Image:
    """A plausible landscape photograph: sky, ridges, water, a town, trees, grain."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    top = (rnd.randint(60, 120), rnd.randint(120, 170), rnd.randint(190, 235))
    low = (rnd.randint(200, 235), rnd.randint(215, 235), rnd.randint(225, 245))
    horizon = int(h * rnd.uniform(0.45, 0.6))
    for y in range(horizon):
        d.line([(0, y), (w, y)], fill=_lerp(top, low, y / horizon))
    # clouds
    for _ in range(rnd.randint(3, 7)):
        cx, cy = rnd.randint(0, w), rnd.randint(0, horizon // 2)
        for _k in range(6):
            rx, ry = rnd.randint(20, 60), rnd.randint(8, 20)
            ox, oy = rnd.randint(-40, 40), rnd.randint(-8, 8)
            d.ellipse([cx + ox - rx, cy + oy - ry, cx + ox + rx, cy + oy + ry], fill=(245, 246, 248))
    # ridges, far to near
    for layer in range(3):
        base_y = horizon - int(h * (0.25 - layer * 0.08))
        col = _lerp((120, 140, 165), (40, 90, 45), layer / 2)
        pts = [(0, h)]
        y = base_y + rnd.randint(-20, 20)
        for x in range(0, w + 20, 20):
            y += rnd.randint(-14, 14)
            y = max(int(h * 0.15), min(horizon + 10, y))
            pts.append((x, y))
        pts.append((w, h))
        d.polygon(pts, fill=col)
    # water
    water_top = horizon + int(h * 0.08)
    for y in range(water_top, h):
        t = (y - water_top) / max(1, h - water_top)
        d.line([(0, y), (w, y)], fill=_lerp((110, 150, 170), (50, 80, 100), t))
    for _ in range(60):
        x, y = rnd.randint(0, w), rnd.randint(water_top, h)
        d.line([(x, y), (x + rnd.randint(10, 40), y)], fill=(170, 195, 210))
    # town on the bank
    bank = water_top - 4
    x = rnd.randint(0, w // 4)
    while x < w * 0.9:
        bw, bh = rnd.randint(18, 46), rnd.randint(20, 90)
        shade = rnd.randint(170, 235)
        d.rectangle([x, bank - bh, x + bw, bank], fill=(shade, shade - 8, shade - 20))
        for wy in range(bank - bh + 5, bank - 4, 9):
            for wx in range(x + 4, x + bw - 4, 8):
                d.rectangle([wx, wy, wx + 3, wy + 4], fill=(80, 90, 110))
        x += bw + rnd.randint(2, 14)
    d.rectangle([0, bank, w, water_top], fill=(90, 110, 70))
    # trees in front
    for _ in range(rnd.randint(6, 14)):
        tx, ty = rnd.randint(0, w), rnd.randint(bank - 10, water_top + 6)
        r = rnd.randint(8, 22)
        d.ellipse([tx - r, ty - 2 * r, tx + r, ty], fill=(rnd.randint(30, 60), rnd.randint(80, 120), rnd.randint(30, 60)))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    noise = Image.effect_noise((w, h), 18).convert("RGB")
    return Image.blend(img, noise, 0.06)


def grey_photo(seed: int, w: int, h: int) -> Image.Image:
    """A legitimately grey-toned (black-and-white archive) photograph: not a blank box."""
    img = photo(seed, w, h).convert("L")
    img = img.point(lambda v: int(30 + v * 0.8))
    return img.convert("RGB")


def logo(text: str, sub: str, w: int = 460, h: int = 90) -> Image.Image:
    """A government logo on white: red emblem, red characters, grey pinyin line."""
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    cx, cy, r = 45, 45, 34
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(200, 20, 30))
    d.ellipse([cx - r + 6, cy - r + 6, cx + r - 6, cy + r - 6], outline=(250, 210, 60), width=3)
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = 16 if k % 2 == 0 else 7
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=(250, 210, 60))
    d.text((95, 8), text, font=font(38), fill=(190, 15, 25))
    d.text((97, 58), sub, font=font(16), fill=(120, 120, 120))
    return img


def placeholder_failed(w: int = 480, h: int = 320) -> Image.Image:
    """The CMS's 'image failed to load' placeholder: light grey box, broken-picture icon, caption."""
    img = Image.new("RGB", (w, h), (243, 243, 243))
    d = ImageDraw.Draw(img)
    ix, iy, iw, ih = w // 2 - 50, h // 2 - 70, 100, 76
    d.rounded_rectangle([ix, iy, ix + iw, iy + ih], radius=8, outline=(196, 196, 196), width=4)
    d.polygon([(ix + 12, iy + ih - 12), (ix + 40, iy + 30), (ix + 60, iy + ih - 12)], fill=(205, 205, 205))
    d.ellipse([ix + 66, iy + 14, ix + 84, iy + 32], fill=(205, 205, 205))
    d.line([(ix + 56, iy - 6), (ix + 44, iy + 30), (ix + 62, iy + 46), (ix + 50, iy + ih + 6)], fill=(243, 243, 243), width=6)
    caption = "图片加载失败"
    f = font(22)
    tw = d.textlength(caption, font=f)
    d.text(((w - tw) / 2, iy + ih + 22), caption, font=f, fill=(160, 160, 160))
    return img


def solid(w: int, h: int, colour: tuple[int, int, int]) -> Image.Image:
    return Image.new("RGB", (w, h), colour)


def badge(text: str, w: int, h: int, bg: tuple[int, int, int], fg: tuple[int, int, int]) -> Image.Image:
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    lines = [text] if len(text) <= 2 else [text[: len(text) // 2], text[len(text) // 2:]]
    size = int(min(h * 0.7 / len(lines), w * 0.8 / max(len(t) for t in lines)))
    f = font(size)
    y = (h - size * 1.25 * len(lines)) / 2
    for t in lines:
        tw = d.textlength(t, font=f)
        d.text(((w - tw) / 2, y), t, font=f, fill=fg)
        y += size * 1.25
    d.rectangle([2, 2, w - 3, h - 3], outline=fg, width=2)
    return img


def pdf(title: str) -> bytes:
    img = Image.new("RGB", (595, 842), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((60, 80), title, font=font(20), fill=(0, 0, 0))
    d.text((60, 130), "（本文件为公开信息，供下载查阅）", font=font(14), fill=(60, 60, 60))
    buf = io.BytesIO()
    when = time.strptime("2024-04-01 09:00:00", "%Y-%m-%d %H:%M:%S")  # fixed: the output must not change between runs
    img.convert("L").save(buf, "PDF", resolution=72, creationDate=when, modDate=when)
    return buf.getvalue()


def docx(text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:

        def put_zip(name: str, text: str) -> None:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 4, 1, 9, 0, 0)), text, zipfile.ZIP_DEFLATED)

        put_zip(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        put_zip(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        put_zip(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body><w:p><w:r><w:t>{esc(text)}</w:t></w:r></w:p></w:body></w:document>",
        )
    return buf.getvalue()


# --- text --------------------------------------------------------------------------------------

SENTENCES = [
    "会议强调，要坚持以人民为中心的发展思想，把各项工作任务抓细抓实。",
    "各乡镇、县直各单位要进一步提高思想认识，压实工作责任，确保各项措施落地见效。",
    "会上，相关单位负责人汇报了前阶段工作进展情况及下一步工作打算。",
    "要聚焦群众急难愁盼问题，主动作为、靠前服务，切实提升群众满意度。",
    "要加强统筹协调，强化督查调度，对照时间节点倒排工期、挂图作战。",
    "近年来，我县持续优化营商环境，深化“放管服”改革，政务服务效能明显提升。",
    "活动现场，工作人员向过往群众发放宣传资料，耐心解答群众咨询。",
    "下一步，我县将继续完善长效机制，推动工作常态化、制度化、规范化。",
    "据了解，该项目总投资约2.6亿元，建成后将有效带动周边群众就业增收。",
    "要守牢安全底线，全面排查整治各类风险隐患，坚决防范遏制重特大事故发生。",
    "与会人员围绕议题进行了深入讨论，并提出了具体意见建议。",
    "此次检查采取实地察看、查阅台账、随机抽查等方式进行。",
]


def paragraphs(seed: int, n: int = 4) -> str:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        out.append("<p>" + "".join(rnd.sample(SENTENCES, 3)) + "</p>")
    return "\n".join(out)


# --- model -------------------------------------------------------------------------------------


@dataclass
class Entry:
    title: str
    day: date
    url: str = ""  # filled when placed
    kind: str = "html"  # html | pdf | missing (the target is deleted: 404)
    image: str = ""  # path of an image shown in the article body
    image_alt: str = ""
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (name, path)
    links: list[tuple[str, str]] = field(default_factory=list)  # related links (text, path)
    source: str = ""


def fmt(d: date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "cn":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "bracket":
        return f"[{d.month:02d}-{d.day:02d}]"
    if style == "md":
        return f"{d.month:02d}-{d.day:02d}"
    raise ValueError(style)


_art_seq = [1000040]


def next_id() -> int:
    _art_seq[0] += 7
    return _art_seq[0]


# =============================================================================================
# Site 1: 安澜县人民政府 — Hanweb JCMS style, at /
# =============================================================================================

S1 = "anlan"
S1_NAME = "安澜县人民政府"
SOURCE_RMT = "安澜县融媒体中心"


@dataclass
class Col:
    cid: int
    name: str
    section: str  # parent nav section key
    style: str  # table | cnlist | dlem | pics | slashlist | jpage | jsonlist | messages | form | single | blank-*
    entries: list[Entry] = field(default_factory=list)
    per_page: int = 0  # >0: static pagination
    source: str = SOURCE_RMT

    @property
    def url(self) -> str:
        return f"/col/col{self.cid}/index.html"


SECTIONS: dict[str, tuple[int, str]] = {
    "zjal": (5530, "走进安澜"),
    "xwzx": (5500, "新闻中心"),
    "zwgk": (5510, "政务公开"),
    "zwfw": (5520, "政务服务"),
    "hdjl": (5540, "互动交流"),
}


def d(m: int, day: int, y: int = 2024) -> date:
    return date(y, m, day)


# --- site-1 columns -----------------------------------------------------------------------------

C_YW = Col(5501, "安澜要闻", "xwzx", "table", per_page=3, entries=[
    Entry("安澜县召开2024年一季度经济运行分析会", d(4, 28)),
    Entry("县委常委会召开会议 研究部署安全生产和森林防火工作", d(4, 26)),
    Entry("安澜县举行2024年春季重大项目集中开工活动", d(4, 25)),
    Entry("县政府党组理论学习中心组开展专题学习", d(4, 23)),
    Entry("我县召开优化营商环境工作推进会", d(4, 19)),
    Entry("县领导督导检查城乡环境综合整治工作", d(4, 15)),
    Entry("安澜县2024年“春风行动”招聘会举行", d(4, 11)),
    Entry("全县农村人居环境整治现场推进会召开", d(3, 29)),
    Entry("我县举办乡村振兴专题培训班", d(3, 18), kind="missing"),
])
C_ZWDT = Col(5505, "政务动态", "xwzx", "cnlist", entries=[
    Entry("县政务服务中心推行“高效办成一件事”集成服务", d(4, 17)),
    Entry("县政府召开第28次常务会议", d(4, 12)),
    Entry("我县开展政府网站和政务新媒体季度检查", d(4, 3)),
])
C_BMDT = Col(5502, "部门动态", "xwzx", "table", entries=[
    Entry("县林业局开展春季森林防火专项检查", d(4, 16)),
    Entry("县市场监管局开展食品安全“你点我检”活动", d(4, 9)),
    Entry("县人社局举办就业政策宣讲进园区活动", d(3, 28)),
])
C_XZDT = Col(5503, "乡镇动态", "xwzx", "dlem", entries=[
    Entry("龙溪镇开展防汛应急演练", d(4, 10)),
    Entry("石桥乡召开村级换届后村干部培训会", d(4, 3)),
])
C_TPXW = Col(5504, "图片新闻", "xwzx", "pics", entries=[
    Entry("安澜湖湿地公园春景如画", d(4, 25)),
    Entry("县城南新区建设如火如荼", d(4, 18)),
    Entry("龙溪河综合治理工程完工", d(4, 10)),
])
C_TZGG = Col(5511, "通知公告", "zwgk", "table", source="安澜县人民政府办公室", entries=[
    Entry("关于做好2024年元旦春节期间安全生产工作的通知", d(11, 30, 2023)),
    Entry("关于开展2023年度政府信息公开工作年度报告编制工作的通知", d(10, 12, 2023)),
])
C_ZCWJ = Col(5512, "政策文件", "zwgk", "table", source="安澜县人民政府办公室", entries=[
    Entry("安澜县人民政府关于印发安澜县促进民营经济发展若干措施的通知", d(8, 15, 2023)),
    Entry("安澜县人民政府办公室关于进一步加强耕地保护工作的通知", d(6, 20, 2023)),
])
C_ZCJD = Col(5513, "政策解读", "zwgk", "jpage", source="安澜县发展和改革委员会", entries=[
    Entry("图解：《安澜县重大项目建设三年行动方案》", d(4, 22)),
    Entry("一图读懂安澜县2024年政府工作报告", d(3, 15)),
    Entry("《安澜县促进民营经济发展若干措施》政策解读", d(8, 18, 2023)),
])
C_RSXX = Col(5514, "人事信息", "zwgk", "table", source="安澜县人力资源和社会保障局", entries=[
    Entry("安澜县2023年公开招聘事业单位工作人员拟聘用人员名单公示", d(12, 20, 2023), kind="pdf"),
    Entry("安澜县2023年公开招聘事业单位工作人员体检结果公告", d(9, 28, 2023), kind="pdf"),
    Entry("安澜县2023年公开招聘事业单位工作人员公告", d(5, 16, 2023), kind="pdf"),
])
C_GHJH = Col(5515, "规划计划", "zwgk", "table", source="安澜县发展和改革委员会", entries=[
    Entry("安澜县2023年国民经济和社会发展计划", d(3, 10, 2023), kind="pdf"),
    Entry("安澜县“十四五”综合交通运输发展规划", d(12, 28, 2022), kind="pdf"),
])
C_TJSJ = Col(5516, "统计数据", "zwgk", "blank-script")
C_CZZJ = Col(5517, "财政资金", "zwgk", "jsonlist", source="安澜县财政局", entries=[
    Entry("安澜县2024年县级一般公共预算收支情况（1-3月）", d(4, 24), kind="pdf"),
    Entry("安澜县2024年政府预算公开", d(2, 5), kind="pdf"),
    Entry("安澜县2023年政府债务限额及余额情况", d(1, 26), kind="pdf"),
])
C_ZDXM = Col(5518, "重大项目", "zwgk", "blank-nodata")
C_JYTA = Col(5519, "建议提案办理", "zwgk", "blank-empty")
C_BSZN = Col(5521, "办事指南", "zwfw", "slashlist", source="安澜县行政审批局", entries=[
    Entry("不动产登记“一窗受理”办事指南", d(4, 23)),
    Entry("个体工商户设立登记办事指南", d(4, 11)),
])
C_BMFW = Col(5522, "便民服务", "zwfw", "slashlist", source="安澜县行政审批局", entries=[
    Entry("2024年县城区中小学招生入学服务指南", d(4, 24)),
    Entry("县城公交线路调整及运营时间公告", d(4, 2)),
])
C_WSLY = Col(5541, "网上留言", "hdjl", "messages", source="安澜县人民政府网", entries=[
    Entry("关于城南新区幼儿园建设进度的咨询", d(4, 26)),
    Entry("龙溪镇部分路段路灯不亮的反映", d(4, 18)),
])
C_YSQ = Col(5542, "依申请公开", "hdjl", "form")
C_ZXFT = Col(5543, "在线访谈", "hdjl", "cnlist", source="安澜县人民政府网", entries=[
    Entry("县教育体育局局长谈“双减”工作成效", d(4, 22)),
    Entry("县医保局负责人解读2024年城乡居民医保政策", d(3, 26)),
])
C_XQGK = Col(5530, "县情概况", "zjal", "single")

S1_COLS = [C_XQGK, C_YW, C_ZWDT, C_BMDT, C_XZDT, C_TPXW, C_TZGG, C_ZCWJ, C_ZCJD, C_RSXX, C_GHJH,
           C_TJSJ, C_CZZJ, C_ZDXM, C_JYTA, C_BSZN, C_BMFW, C_WSLY, C_YSQ, C_ZXFT]


def art_url(cid: int, day: date) -> str:
    return f"/art/{day.year}/{day.month}/{day.day}/art_{cid}_{next_id()}.html"


def pic_name(day: date, n: int, ext: str = "jpg") -> str:
    return f"/picture/0/{day:%y%m%d}{(n * 7919) % 1000000:06d}.{ext}"


def place_s1() -> None:
    """Give every entry its URL and plant the per-entry problems."""
    for col in S1_COLS:
        for e in col.entries:
            e.source = e.source or col.source
            if e.kind == "pdf":
                e.url = f"/attach/0/{hashlib.md5(e.title.encode()).hexdigest()[:20]}.pdf"
                put(e.url, pdf(e.title))
            else:
                e.url = art_url(col.cid, e.day)
    # deleted article still listed on the last list page of 安澜要闻 (404)
    gone = C_YW.entries[-1]
    last_page = f"/col/col{C_YW.cid}/list_3.html"
    expect(S1, "link.broken", last_page, gone.url, certainty="definite", note="已删除的文章仍在列表中（404）")

    # images in article bodies
    for i, e in enumerate([C_YW.entries[0], C_YW.entries[1], C_TPXW.entries[0], C_TPXW.entries[1], C_BMFW.entries[0]]):
        e.image = pic_name(e.day, 11 + i)
        e.image_alt = e.title
        put(e.image, jpeg(photo(100 + i, 600, 380)))
    # planted: placeholder graphic that loads fine
    e = C_YW.entries[2]
    e.image, e.image_alt = pic_name(e.day, 21, "png"), "开工现场"
    put(e.image, png(placeholder_failed()))
    expect(S1, "image.broken", e.url, e.image, note="占位图“图片加载失败”（图片本身可加载）")
    # planted: a uniform grey box
    e = C_BMDT.entries[1]
    e.image, e.image_alt = pic_name(e.day, 22), "检查现场"
    put(e.image, jpeg(solid(600, 400, (204, 204, 204)), 90))
    expect(S1, "image.broken", e.url, e.image, note="灰色纯色方块")
    # planted: a black video poster (single colour)
    e = C_ZWDT.entries[1]
    e.image, e.image_alt = pic_name(e.day, 23), "会议现场视频"
    put(e.image, jpeg(solid(640, 360, (0, 0, 0)), 90))
    expect(S1, "image.broken", e.url, e.image, note="黑色纯色方块（视频封面未生成）")
    # planted: an error page saved under a .jpg name (cannot be decoded)
    e = C_BSZN.entries[0]
    e.image, e.image_alt = pic_name(e.day, 24), "办事流程图"
    put(e.image, "<html><head><title>错误</title></head><body>文件不存在或已被删除</body></html>")
    expect(S1, "image.broken", e.url, e.image, note="图片文件实为网页，无法解码")
    # clean look-alike: a logo-like chart on white in an article
    e = C_ZWDT.entries[0]
    e.image, e.image_alt = "/picture/0/240417101238.png", "“高效办成一件事”标识"
    put(e.image, png(logo("高效办成一件事", "GAOXIAO BANCHENG YIJIANSHI", 520, 90)))

    # attachments
    e = C_TZGG.entries[0]
    ok_pdf = "/attach/0/8b1f0c3e5a7d4f62b9e0a1c2d3e4f5a6.pdf"
    put(ok_pdf, pdf("关于做好2024年元旦春节期间安全生产工作的通知"))
    flaky = "/attach/0/5c2e9d7a1b3f48e6a0d4c8b2e6f1a9d3.docx"
    put(flaky, docx("元旦春节期间安全生产检查表"))
    ROUTES[flaky] = {"fail_first": 1, "status": 503}
    e.attachments = [("关于做好2024年元旦春节期间安全生产工作的通知.pdf", ok_pdf), ("安全生产检查表.docx", flaky)]
    e = C_TZGG.entries[1]
    missing_pdf = "/attach/0/ab39c1f07e5d4e2a9f3b6c8d1e0f2a47.pdf"
    e.attachments = [("年度报告编制要求.pdf", missing_pdf)]
    expect(S1, "link.broken", e.url, missing_pdf, certainty="definite", note="附件文件不存在（404）")
    e = C_ZCWJ.entries[0]
    forbidden = "/attach/0/20230815094512763.doc"
    ROUTES[forbidden] = {"status": 403}
    e.attachments = [("安澜县促进民营经济发展若干措施.doc", forbidden)]
    expect(S1, "link.broken", e.url, forbidden, certainty="definite", note="附件无权访问（403）")
    e = C_ZCJD.entries[0]
    ROUTES["/module/xmcx/index.jsp"] = {"status": 500}
    e.links = [("全县重点项目查询系统", "/module/xmcx/index.jsp")]
    expect(S1, "link.broken", e.url, "/module/xmcx/index.jsp", certainty="suspect", note="应用系统报错（500）")
    e = C_ZXFT.entries[0]
    ROUTES["/module/zxft/live.jsp"] = {"status": 502}
    e.links = [("观看访谈视频回放", "/module/zxft/live.jsp?id=12")]
    expect(S1, "link.broken", e.url, "/module/zxft/live.jsp?id=12", certainty="suspect", note="访谈系统网关错误（502）")
    # clean look-alikes: an attachment that exists, in-page anchors, javascript: links (in the template)
    e = C_ZCJD.entries[2]
    e.links = [("《安澜县促进民营经济发展若干措施》原文", C_ZCWJ.entries[0].url)]
    e = C_ZCWJ.entries[0]
    e.links = [("政策解读", C_ZCJD.entries[2].url)]

    # delays
    delay(C_YW.entries[3].url, 3500, "文章页，响应 3.5 秒：site.slow")
    delay(C_ZXFT.url, 4200, "栏目页，响应 4.2 秒：site.slow")
    delay(C_XQGK.url, 2500, "单页栏目，响应 2.5 秒：低于阈值，不应报告")
    for path in (C_YW.entries[3].url, C_ZXFT.url):
        expect(S1, "site.slow", path, None, note="响应超过 3000 毫秒")

    # column states
    for col in (C_TJSJ, C_ZDXM, C_JYTA):
        expect(S1, "column.blank", col.url, col.name, note={"blank-script": "列表由脚本填充，脚本加载失败，内容区空白（DOM 非空）",
                                                           "blank-nodata": "无条目，仅显示“暂无信息”",
                                                           "blank-empty": "列表容器为空"}[col.style])
    for col in (C_XZDT, C_ZCWJ, C_GHJH):
        expect(S1, "column.overdue", col.url, col.name, note=f"最新 {col.entries[0].day}")
    for col in (C_BMDT, C_ZWDT):
        expect(S1, "column.due_soon", col.url, col.name, note=f"最新 {col.entries[0].day}，3 天内超期")


S1_CSS = """
*{margin:0;padding:0}body{font:14px/1.8 "Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#333;background:#f4f4f4}
a{color:#333;text-decoration:none}a:hover{color:#c00}ul,dl{list-style:none}
.w1200{width:1200px;margin:0 auto}
.topbar{background:#eee;height:32px;line-height:32px;font-size:12px;color:#666}.topbar .r{float:right}.topbar a{margin-left:12px;color:#666}
.header{background:#fff;height:120px}.header .logo{float:left;margin-top:15px}
.header .search{float:right;margin-top:42px}.header .search input{width:240px;height:32px;border:1px solid #c00;padding:0 8px}
.header .search button{height:34px;width:64px;background:#c00;color:#fff;border:0}
.menu{background:#b5111b;height:48px}.menu>ul>li{float:left;position:relative;width:171px;text-align:center}
.menu>ul>li>a{display:block;line-height:48px;color:#fff;font-size:17px}.menu>ul>li:hover{background:#8e0b13}
.menu li ul.sub{display:none;position:absolute;top:48px;left:0;width:171px;background:#fff;border:1px solid #ddd;z-index:99}
.menu li:hover ul.sub{display:block}.menu li ul.sub li a{display:block;line-height:36px;font-size:14px;border-bottom:1px dashed #eee}
.main{background:#fff;margin-top:12px;padding:15px;overflow:hidden;min-height:500px}
.position{border-bottom:1px solid #e5e5e5;line-height:36px;color:#666;margin-bottom:12px}
.left-side{float:left;width:240px}.side-title{background:#b5111b;color:#fff;font-size:18px;line-height:46px;text-align:center}
.side-nav li a{display:block;line-height:42px;border-bottom:1px solid #eee;padding-left:30px;background:#fafafa}.side-nav li.on a{color:#c00;font-weight:bold}
.right-main{float:right;width:900px}.col-title{border-bottom:2px solid #b5111b;line-height:40px;margin-bottom:10px}
.col-title span{font-size:18px;color:#b5111b;font-weight:bold}
.default_pgContainer table{width:100%;border-collapse:collapse}.default_pgContainer tr.item td{border-bottom:1px dashed #ddd;line-height:40px}
.default_pgContainer td.bt_time{width:110px;text-align:right;color:#888}
.default_pgToolbar{text-align:center;margin:18px 0;color:#666}.default_pgToolbar a,.default_pgToolbar span{margin:0 5px}
.default_pgToolbar span.disabled{color:#bbb}
.list-cn li,.bszn li{line-height:40px;border-bottom:1px dashed #ddd;overflow:hidden}.list-cn li span,.bszn li span{float:right;color:#888}
dl.xzdt dd{line-height:40px;border-bottom:1px dotted #ccc;overflow:hidden}dl.xzdt dd em{float:right;font-style:normal;color:#999}
.pic-list li{float:left;width:270px;margin:0 15px 20px 0}.pic-list img{display:block;border:1px solid #eee}.pic-list span{color:#999;font-size:12px}
.nodata{text-align:center;color:#999;padding:60px 0}
.article h1{font-size:24px;text-align:center;color:#222;margin:20px 0 10px}
.art-info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:10px}.art-info span{margin:0 10px}
.art-content{padding:20px 40px;font-size:16px;line-height:2}.art-content p{text-indent:2em;margin-bottom:10px}
.art-content .pic{text-align:center}.fj,.xglj{padding:5px 40px}.fj a,.xglj a{color:#1a5ca8}
.art-tools{text-align:right;padding:10px 40px;color:#999}.art-tools a{margin-left:12px;color:#666}
.home-row{overflow:hidden;margin-bottom:18px}.focus{float:left;width:560px}.focus p{background:#333;color:#fff;padding:6px 10px}
.news-tab{float:right;width:590px}.tab-title{border-bottom:2px solid #b5111b;line-height:40px;overflow:hidden}
.tab-title span{float:left;background:#b5111b;color:#fff;padding:0 18px;font-size:17px}.tab-title .more{float:right;color:#999;font-size:12px}
.home-list li{line-height:36px;overflow:hidden;border-bottom:1px dashed #eee}.home-list li span{float:right;color:#999}
.box{float:left;width:376px;margin-right:16px}.box:last-child{margin-right:0}
.entries{overflow:hidden}.entries a{float:left;width:176px;margin:0 10px 10px 0;line-height:56px;text-align:center;background:#f6eaea;color:#8e0b13;font-size:16px}
.footer{background:#8e0b13;color:#f3d6d6;text-align:center;padding:20px 0;margin-top:20px;line-height:2;font-size:13px}
.footer a{color:#fff}.footer .badges img{vertical-align:middle;margin:0 8px}
.msg-table{width:100%;border-collapse:collapse}.msg-table th{background:#f6eaea;line-height:38px}.msg-table td{border-bottom:1px solid #eee;line-height:38px;text-align:center}
.msg-table td.t{text-align:left}
.apply th{width:160px;text-align:right;padding:8px;font-weight:normal}.apply td{padding:8px}.apply input,.apply select{height:30px;width:360px}
.apply textarea{width:560px;height:100px}
"""

JPAGE_JS = r"""/* jpage: renders the <datastore> records of a column into its default_pgContainer */
(function () {
  function render(box) {
    var xml = box.querySelector('script[type="text/xml"]');
    if (!xml) return;
    var text = xml.textContent || xml.innerHTML;
    var recs = text.match(/<record><!\[CDATA\[([\s\S]*?)\]\]><\/record>/g) || [];
    var perpage = parseInt(box.getAttribute('data-perpage') || '15', 10);
    var rows = recs.slice(0, perpage).map(function (r) {
      return r.replace(/^<record><!\[CDATA\[/, '').replace(/\]\]><\/record>$/, '');
    });
    var c = document.createElement('div');
    c.className = 'default_pgContainer';
    c.innerHTML = '<table>' + rows.join('') + '</table>';
    box.appendChild(c);
    var t = document.createElement('div');
    t.className = 'default_pgToolbar';
    t.innerHTML = '共' + recs.length + '条 第1页 共' + Math.max(1, Math.ceil(recs.length / perpage)) + '页';
    box.appendChild(t);
  }
  var boxes = document.querySelectorAll('div[data-jpage]');
  for (var i = 0; i < boxes.length; i++) render(boxes[i]);
})();
"""


def s1_nav() -> str:
    parts = ['<li><a href="/">首页</a></li>']
    for key, (cid, title) in SECTIONS.items():
        subs = [c for c in S1_COLS if c.section == key]
        sub = "".join(f'<li><a href="{c.url}">{esc(c.name)}</a></li>' for c in subs)
        parts.append(f'<li class="has-sub"><a href="/col/col{cid}/index.html">{esc(title)}</a><ul class="sub">{sub}</ul></li>')
    return '<div class="menu"><ul class="w1200">' + "".join(parts) + "</ul></div>"


def s1_page(title: str, body: str, column: str = "") -> str:
    meta_col = f'<meta name="ColumnName" content="{esc(column)}">' if column else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)}</title>
<meta name="SiteName" content="{S1_NAME}"><meta name="SiteDomain" content="www.anlan.gov.cn"><meta name="SiteIDCode" content="3609990001">
{meta_col}
<link href="/images/anlan.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="topbar"><div class="w1200"><span id="today"></span><span class="r"><a href="javascript:void(0);" onclick="return false;">无障碍浏览</a><a href="javascript:void(0);">长者模式</a><a href="#">手机版</a></span></div></div>
<script>(function(){{var d=new Date(),w='日一二三四五六';document.getElementById('today').innerHTML='今天是：'+d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w.charAt(d.getDay());}})();</script>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" width="460" height="90" alt="{S1_NAME}" /></a>
<form class="search" action="/module/search/index.jsp" method="get" target="_blank"><input type="text" name="searchWord" placeholder="请输入关键字" /><button type="submit">搜索</button></form></div></div>
{s1_nav()}
<div class="main w1200">
{body}
</div>
<div class="footer"><div class="w1200">
<p>主办单位：安澜县人民政府办公室　承办单位：{SOURCE_RMT}　联系电话：0799-6221234</p>
<p>网站标识码：3609990001　<a href="javascript:void(0);">赣ICP备05004321号</a>　<img src="/images/spacer.gif" width="1" height="1" alt="" />赣公网安备 36099902000123号</p>
<p class="badges"><img src="/images/dzjg.png" width="64" height="76" alt="党政机关" /><a href="/jiucuo/"><img src="/images/jiucuo.png" width="110" height="55" alt="我为政府网站找错" /></a></p>
</div></div>
</body></html>
"""


ON = ' class="on"'


def s1_sidebar(col: Col) -> str:
    cid, title = SECTIONS[col.section]
    items = "".join(
        f'<li{ON if c is col else ""}><a href="{c.url}">{esc(c.name)}</a></li>'
        for c in S1_COLS if c.section == col.section
    )
    return f'<div class="left-side"><div class="side-title">{esc(title)}</div><ul class="side-nav">{items}</ul></div>'


def s1_position(col: Col, extra: str = "") -> str:
    cid, title = SECTIONS[col.section]
    return (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{cid}/index.html">{esc(title)}</a>'
            f' &gt; <a href="{col.url}">{esc(col.name)}</a>{extra}</div>')


def s1_rows(col: Col, entries: list[Entry]) -> str:
    st = col.style
    if st == "table":
        rows = "".join(
            f'<tr class="item"><td class="bt_link"><a href="{e.url}" title="{esc(e.title)}" target="_blank">{esc(e.title)}</a></td>'
            f'<td class="bt_time">{fmt(e.day, "iso")}</td></tr>' for e in entries)
        return f'<div class="default_pgContainer"><table width="100%" border="0" cellspacing="0" cellpadding="0">{rows}</table></div>'
    if st == "cnlist":
        return '<ul class="list-cn">' + "".join(
            f'<li><a href="{e.url}" target="_blank" title="{esc(e.title)}">{esc(e.title)}</a><span class="time">{fmt(e.day, "cn")}</span></li>'
            for e in entries) + "</ul>"
    if st == "slashlist":
        return '<ul class="bszn">' + "".join(
            f'<li><a href="{e.url}" target="_blank">{esc(e.title)}</a><span>{fmt(e.day, "slash")}</span></li>' for e in entries) + "</ul>"
    if st == "dlem":
        return '<dl class="xzdt">' + "".join(
            f'<dd><a href="{e.url}" target="_blank" title="{esc(e.title)}">{esc(e.title)}</a><em>{fmt(e.day, "bracket")}</em></dd>'
            for e in entries) + "</dl>"
    if st == "pics":
        items = []
        for i, e in enumerate(entries):
            thumb = pic_name(e.day, 31 + i)
            if i == 2:  # planted: the thumbnail file was never uploaded (404)
                expect(S1, "image.broken", col.url, thumb, note="缩略图文件不存在（404）")
            else:
                put(thumb, jpeg(photo(200 + i, 260, 170).resize((260, 170)), 70))
            items.append(f'<li><a href="{e.url}" target="_blank"><img src="{thumb}" width="260" height="170" alt="{esc(e.title)}" /></a>'
                         f'<p><a href="{e.url}" target="_blank">{esc(e.title)}</a></p><span>{fmt(e.day, "slash")}</span></li>')
        return '<ul class="pic-list">' + "".join(items) + "</ul>"
    raise ValueError(st)


def s1_column_pages(col: Col) -> None:
    head = s1_position(col) + s1_sidebar(col) + f'<div class="right-main"><div class="col-title"><span>{esc(col.name)}</span></div>'
    tail = "</div>"
    title = f"{col.name}_{S1_NAME}"
    st = col.style
    if st in ("table", "cnlist", "slashlist", "dlem", "pics"):
        per = col.per_page or len(col.entries)
        chunks = [col.entries[i:i + per] for i in range(0, len(col.entries), per)]
        n = len(chunks)
        for p, chunk in enumerate(chunks, 1):
            path = col.url if p == 1 else f"/col/col{col.cid}/list_{p}.html"
            pager = ""
            if n > 1:
                def link(k: int, text: str) -> str:
                    return f'<a href="{col.url if k == 1 else f"/col/col{col.cid}/list_{k}.html"}">{text}</a>'
                first = link(1, "首页") if p > 1 else '<span class="disabled">首页</span>'
                prev = link(p - 1, "上一页") if p > 1 else '<span class="disabled">上一页</span>'
                nxt = link(p + 1, "下一页") if p < n else '<span class="disabled">下一页</span>'
                last = link(n, "尾页") if p < n else '<span class="disabled">尾页</span>'
                pager = f'<div class="default_pgToolbar"><span>第{p}页 共{n}页</span> {first} {prev} {nxt} {last}</div>'
            put(path, s1_page(title, head + s1_rows(col, chunk) + pager + tail, col.name))
    elif st == "jpage":
        recs = "".join(
            f'<record><![CDATA[<tr class="item"><td class="bt_link"><a href="{e.url}" title="{esc(e.title)}" target="_blank">{esc(e.title)}</a></td>'
            f'<td class="bt_time">{fmt(e.day, "iso")}</td></tr>]]></record>\n' for e in col.entries)
        box = (f'<div id="{col.cid}" data-jpage="1" data-perpage="15"><script type="text/xml"><datastore>\n'
               f'<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&amp;webid=1&amp;columnid={col.cid}"></a>]]></nextgroup>\n'
               f'<recordset>\n{recs}</recordset></datastore></script></div>\n'
               '<script type="text/javascript" src="/module/jslib/jpage/jpage.js"></script>')
        put(col.url, s1_page(title, head + box + tail, col.name))
    elif st == "jsonlist":
        data = json.dumps([{"title": e.title, "url": e.url, "date": fmt(e.day, "iso")} for e in col.entries], ensure_ascii=False)
        box = ('<div class="default_pgContainer"><table id="czzjList"></table></div>\n'
               f'<script type="text/javascript">\nvar czzjData = {data};\n'
               "(function(){var t=document.getElementById('czzjList');for(var i=0;i<czzjData.length;i++){var r=czzjData[i];"
               "var tr=document.createElement('tr');tr.className='item';tr.innerHTML='<td class=\"bt_link\"><a target=\"_blank\" href=\"'+r.url+'\">'+r.title+'</a></td><td class=\"bt_time\">'+r.date+'</td>';"
               "t.appendChild(tr);}})();\n</script>")
        put(col.url, s1_page(title, head + box + tail, col.name))
    elif st == "blank-script":
        rows = '<tr><td class="bt_link">&nbsp;</td><td class="bt_time">&nbsp;</td></tr>' * 12
        box = (f'<div class="default_pgContainer" id="div{col.cid}"><table width="100%" border="0" cellspacing="0" cellpadding="0">{rows}</table></div>'
               f'<div class="default_pgToolbar" id="pg{col.cid}"></div>\n'
               f'<script type="text/javascript" src="/module/jslib/tjsj/datalist_{col.cid}.js"></script>\n'
               f'<script type="text/javascript">if(window.loadTjsjList){{loadTjsjList("div{col.cid}",{col.cid});}}</script>')
        put(col.url, s1_page(title, head + box + tail, col.name))
    elif st == "blank-nodata":
        put(col.url, s1_page(title, head + '<div class="default_pgContainer"><p class="nodata">暂无信息</p></div>' + tail, col.name))
    elif st == "blank-empty":
        put(col.url, s1_page(title, head + f'<div class="default_pgContainer" id="div{col.cid}"></div>' + tail, col.name))
    elif st == "messages":
        rows = []
        for i, e in enumerate(col.entries, 1):
            replied = e.day.replace(day=min(28, e.day.day + 2))
            rows.append(f'<tr><td>{i}</td><td class="t"><a href="{e.url}" target="_blank">{esc(e.title)}</a></td>'
                        f'<td>{fmt(e.day, "iso")}</td><td>{fmt(replied, "iso")}</td><td>已回复</td></tr>')
        box = ('<table class="msg-table"><tr><th>序号</th><th>留言标题</th><th>留言时间</th><th>回复时间</th><th>状态</th></tr>'
               + "".join(rows) + '</table><p style="text-align:right;margin-top:12px"><a href="javascript:void(0);">我要留言</a></p>')
        put(col.url, s1_page(title, head + box + tail, col.name))
    elif st == "form":
        form_doc = "/attach/0/6f1d2e3c4b5a69788796a5b4c3d2e1f0.docx"
        put(form_doc, docx("安澜县政府信息公开申请表"))
        box = ("""<form class="apply" action="/module/ysqgk/apply.jsp" method="post"><table>
<tr><th>受理机关：</th><td><select name="unit"><option>安澜县人民政府办公室</option><option>安澜县发展和改革委员会</option></select></td></tr>
<tr><th>申请人姓名：</th><td><input name="name" /></td></tr><tr><th>证件号码：</th><td><input name="idno" /></td></tr>
<tr><th>联系电话：</th><td><input name="phone" /></td></tr><tr><th>通信地址：</th><td><input name="addr" /></td></tr>
<tr><th>所需信息描述：</th><td><textarea name="content"></textarea></td></tr>
<tr><th>获取方式：</th><td><label><input type="checkbox" name="way" value="1" style="width:auto;height:auto" />邮寄</label> <label><input type="checkbox" name="way" value="2" style="width:auto;height:auto" />电子邮件</label> <label><input type="checkbox" name="way" value="3" style="width:auto;height:auto" />当面领取</label></td></tr>
<tr><th></th><td><button type="submit">提交申请</button></td></tr></table></form>"""
               f'<p style="padding:10px 40px">也可下载<a href="{form_doc}">《安澜县政府信息公开申请表》</a>填写后邮寄或当面提交。</p>')
        put(col.url, s1_page(title, head + box + tail, col.name))
    elif st == "single":
        if col is C_XQGK:
            img = "/picture/0/1907151030521.jpg"
            put(img, jpeg(grey_photo(77, 640, 400), 80))
            content = (f'<div class="art-content"><p>安澜县位于省境西南部，总面积2142平方千米，辖9镇7乡，总人口52.3万人。'
                       '县境属亚热带季风气候，四季分明，雨量充沛，森林覆盖率达76.8%。</p>'
                       f'<p class="pic"><img src="{img}" width="640" height="400" alt="1958年安澜县城全貌（资料照片）" /></p>'
                       '<p style="text-align:center;text-indent:0;color:#888">1958年安澜县城全貌（资料照片）</p>'
                       '<p>安澜县历史悠久，人文荟萃，是全省重要的粮食生产基地和生态旅游目的地。</p></div>')
        else:
            content = ('<div class="art-content"><p>安澜县古称安澜镇，唐时置县，宋元沿袭，明清两代隶属府治。</p>'
                       '<p>1949年8月安澜县解放，1983年撤地设市后隶属至今。</p>'
                       '<p>境内现存古建筑、古村落众多，其中省级文物保护单位5处。</p></div>')
        put(col.url, s1_page(title, head + content + tail, col.name))
    else:
        raise ValueError(st)


def s1_article(col: Col, e: Entry, seed: int) -> None:
    if e.kind in ("pdf", "missing"):
        return
    body = paragraphs(seed, 4 if col.style != "messages" else 2)
    if col.style == "messages":
        body = (f'<p><b>留言内容：</b>{esc(e.title)}，请相关部门予以答复。</p><p><b>留言时间：</b>{fmt(e.day, "iso")}</p>'
                f'<div style="background:#f7f7f7;padding:10px 20px"><p><b>答复单位：</b>安澜县住房和城乡建设局</p>{paragraphs(seed, 1)}</div>')
    pic = ""
    if e.image:
        pic = f'<p class="pic"><img src="{e.image}" width="600" alt="{esc(e.image_alt)}" /></p>'
    att = ""
    if e.attachments:
        att = '<div class="fj">附件：' + "<br />".join(f'<a href="{p}" target="_blank">{esc(n)}</a>' for n, p in e.attachments) + "</div>"
    rel = ""
    if e.links:
        rel = '<div class="xglj">相关链接：' + "　".join(f'<a href="{esc(p)}" target="_blank">{esc(n)}</a>' for n, p in e.links) + "</div>"
    hits = 100 + (seed * 37) % 900
    page = (s1_position(col, " &gt; 正文")
            + f'<div class="article"><h1>{esc(e.title)}</h1>'
            f'<div class="art-info"><span>发布日期：{fmt(e.day, "iso")} {9 + seed % 8:02d}:{(seed * 13) % 60:02d}</span>'
            f'<span>来源：{esc(e.source)}</span><span>浏览次数：{hits}</span>'
            '<span>字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>'
            f'<div id="zoom" class="art-content">{pic}{body}</div>{att}{rel}'
            '<div class="art-tools"><a href="javascript:window.print()">打印本页</a><a href="javascript:window.close()">关闭窗口</a><a href="#">返回顶部</a></div></div>')
    put(e.url, s1_page(f"{e.title}_{S1_NAME}", page, col.name))


def s1_landing(key: str) -> None:
    cid, title = SECTIONS[key]
    if key == "zjal":
        return  # the section link points at 县情概况 itself
    blocks = []
    for col in S1_COLS:
        if col.section != key or not col.entries or col.style in ("form",):
            continue
        items = "".join(f'<li><a href="{e.url}" target="_blank">{esc(e.title)}</a><span>{fmt(e.day, "iso")}</span></li>'
                        for e in col.entries[:4] if e.kind != "missing")
        blocks.append(f'<div class="box" style="width:560px;margin:0 16px 16px 0"><div class="tab-title"><span>{esc(col.name)}</span>'
                      f'<a class="more" href="{col.url}">更多&gt;&gt;</a></div><ul class="home-list">{items}</ul></div>')
    body = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{cid}/index.html">{esc(title)}</a></div>'
            f'<div class="home-row">{"".join(blocks)}</div>')
    put(f"/col/col{cid}/index.html", s1_page(f"{title}_{S1_NAME}", body, title))


def s1_home() -> None:
    focus = C_YW.entries[0]
    yw = json.dumps([{"t": e.title, "u": e.url, "d": fmt(e.day, "iso")} for e in C_YW.entries[:6]], ensure_ascii=False)

    def block(col: Col, n: int = 5, style: str = "md") -> str:
        items = "".join(f'<li><a href="{e.url}" target="_blank" title="{esc(e.title)}">{esc(e.title)}</a><span>{fmt(e.day, style)}</span></li>'
                        for e in col.entries[:n] if e.kind != "missing")
        return (f'<div class="box"><div class="tab-title"><span>{esc(col.name)}</span><a class="more" href="{col.url}">更多&gt;&gt;</a></div>'
                f'<ul class="home-list">{items}</ul></div>')

    entries = "".join(f'<a href="{c.url}">{esc(c.name)}</a>' for c in (C_ZCWJ, C_ZCJD, C_RSXX, C_GHJH, C_TJSJ, C_CZZJ, C_ZDXM, C_JYTA, C_BSZN, C_WSLY, C_YSQ, C_ZXFT))
    body = f"""<div class="home-row">
<div class="focus"><a href="{focus.url}" target="_blank"><img src="{focus.image}" width="560" height="354" alt="{esc(focus.title)}" /></a><p>{esc(focus.title)}</p></div>
<div class="news-tab"><div class="tab-title"><span>安澜要闻</span><a class="more" href="{C_YW.url}">更多&gt;&gt;</a></div>
<ul class="home-list" id="ywList"></ul>
<script type="text/javascript">
var ywData = {yw};
(function(){{var ul=document.getElementById('ywList');for(var i=0;i<ywData.length;i++){{var r=ywData[i];var li=document.createElement('li');
li.innerHTML='<a href="'+r.u+'" target="_blank" title="'+r.t+'">'+r.t+'</a><span>'+r.d+'</span>';ul.appendChild(li);}}}})();
</script></div></div>
<div class="home-row">{block(C_ZWDT, style="iso")}{block(C_TZGG, style="iso")}{block(C_XZDT)}</div>
<div class="home-row"><div class="tab-title" style="margin-bottom:12px"><span>政务公开</span></div><div class="entries">{entries}</div></div>
"""
    put("/index.html", s1_page(S1_NAME, body))
    put("/jiucuo/index.html", s1_page(f"我为政府网站找错_{S1_NAME}",
        '<div class="position">当前位置：<a href="/">首页</a> &gt; 我为政府网站找错</div>'
        '<div class="art-content"><p>欢迎您对本网站存在的错别字、链接失效、内容更新不及时等问题提出意见。</p>'
        '<p>请拨打0799-6221234或将问题发送至网站管理员，我们将在5个工作日内核实处理并答复。</p></div>'))


def build_site1() -> None:
    place_s1()
    put("/images/anlan.css", S1_CSS)
    put("/module/jslib/jpage/jpage.js", JPAGE_JS)
    put("/module/web/jpage/dataproxy.jsp", '<?xml version="1.0" encoding="utf-8"?><datastore><recordset></recordset></datastore>')
    put("/images/logo.png", png(logo(S1_NAME, "ANLAN COUNTY PEOPLE'S GOVERNMENT")))
    put("/images/spacer.gif", _gif1x1())
    put("/images/dzjg.png", png(badge("党政机关", 64, 76, (200, 20, 30), (255, 230, 120))))
    put("/images/jiucuo.png", png(badge("找错", 110, 55, (255, 255, 255), (200, 20, 30))))
    for col in S1_COLS:
        s1_column_pages(col)
        for i, e in enumerate(col.entries):
            s1_article(col, e, col.cid + i)
    for key in SECTIONS:
        s1_landing(key)
    s1_home()


def _gif1x1() -> bytes:
    buf = io.BytesIO()
    Image.new("P", (1, 1), 0).save(buf, "GIF", transparency=0)
    return buf.getvalue()


# =============================================================================================
# Site 2: 安澜县水利局 — a home-grown department CMS, at /slj/
# =============================================================================================

S2 = "anlan-slj"
S2_NAME = "安澜县水利局"


@dataclass
class Col2:
    slug: str
    name: str
    group: str  # "" (top level) | 政务公开 | 专题专栏
    style: str  # dlem | slash | cn | iso-table | blank-...
    category: str | None  # the config's category; None: not in the config (unmonitored)
    entries: list[Entry] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"/slj/{self.slug}/"


S2_COLS = [
    Col2("slyw", "水利要闻", "", "dlem", None, [
        Entry("县水利局召开2024年水利重点工作推进会", d(4, 26)),
        Entry("我县启动2024年度河湖“清四乱”专项行动", d(4, 20)),
    ]),
    Col2("gcdt", "工程动态", "", "slash", "news", [
        Entry("龙溪河防洪堤加固工程通过完工验收", d(3, 28)),
        Entry("城南水厂二期工程主体完工", d(2, 29)),
    ]),
    Col2("jcdt", "基层动态", "", "dlem", "news", [
        Entry("石桥乡开展山塘水库安全隐患排查", d(4, 2)),
        Entry("云台镇完成农村饮水安全巩固提升工程", d(3, 15)),
    ]),
    Col2("hydt", "行业动态", "", "cn", "news", [
        Entry("全省水利工作会议召开", d(2, 14)),
    ]),
    Col2("szzf", "水政执法", "", "slash", "news", [
        Entry("县水政监察大队开展河道采砂专项执法检查", d(4, 17)),
        Entry("我局开展“世界水日”“中国水周”普法宣传", d(3, 22)),
    ]),
    Col2("tzgg", "通知公告", "政务公开", "slash", "notice", [
        Entry("关于2023年度水利工程建设质量检查情况的通报", d(7, 20, 2023)),
        Entry("关于开展汛前水利工程安全检查的通知", d(3, 10, 2023)),
    ]),
    Col2("gsgg", "公示公告", "政务公开", "cn", "notice", [
        Entry("安澜县2023年小型水库除险加固项目招标结果公示", d(9, 1, 2023)),
        Entry("安澜县水利局2023年部门预算公开", d(2, 8, 2023)),
    ]),
    Col2("zcfg", "政策法规", "政务公开", "iso-table", "policy", [
        Entry("安澜县河道采砂管理办法", d(5, 8, 2023)),
        Entry("安澜县农村供水工程运行管理办法（试行）", d(11, 2, 2022)),
    ]),
    Col2("cwxx", "财务信息", "政务公开", "blank-empty-dl", "other"),
    Col2("ghjh", "规划计划", "政务公开", "blank-header-only", "plan"),
    Col2("rsxx", "人事信息", "政务公开", "blank-fetch-failed", "personnel"),
    Col2("szygb", "水资源公报", "政务公开", "blank-empty-rows", "other"),
    Col2("hzz", "河长制", "专题专栏", "blank-nodata", "other"),
    Col2("stbc", "水土保持", "专题专栏", "blank-hidden", "other", [
        Entry("安澜县2024年水土流失综合治理项目实施方案", d(4, 20)),
        Entry("关于开展生产建设项目水土保持监督检查的通知", d(4, 8)),
    ]),
    Col2("fxkh", "防汛抗旱", "专题专栏", "dlem", None, [
        Entry("安澜县防汛抗旱指挥部召开2024年防汛工作部署会", d(4, 25)),
        Entry("我县开展2024年山洪灾害防御演练", d(4, 12)),
    ]),
    Col2("zdxm", "重点项目", "专题专栏", "slash", None, [
        Entry("安澜县中型灌区续建配套与节水改造项目进展", d(4, 24)),
        Entry("龙溪河流域水环境综合治理项目开工", d(3, 30)),
    ]),
]
# configured columns that are gone from the site (renamed or removed): column.missing
S2_GONE = [("工作动态", "/slj/gzdt/", "news"), ("项目建设", "/slj/xmjs/", "other")]
# configured URL written differently from the link on the site (must still match, not missing/unmonitored)
S2_CONFIG_URL = {"zcfg": "/slj/zcfg/index.html"}

S2_CSS = """
body{margin:0;font:14px/1.75 "SimSun","Noto Sans CJK SC",serif;background:#e9f1f7;color:#222}a{color:#134c7a;text-decoration:none}
#wrapper{width:1100px;margin:0 auto;background:#fff}
#banner{height:130px;background:linear-gradient(#1f6fb2,#5fa4d8);position:relative}#banner img{position:absolute;left:20px;top:20px}
#banner .slogan{position:absolute;right:30px;top:50px;color:#e8f4ff;font-size:20px;letter-spacing:4px}
.menu{background:#0e4f86;height:44px}.menu ul{margin:0;padding:0;list-style:none}.menu>ul>li{float:left;position:relative}
.menu>ul>li>a{display:block;padding:0 17px;line-height:44px;color:#fff;font-size:16px}.menu>ul>li:hover>a{background:#2a7dc4}
.menu li ul{display:none;position:absolute;left:0;top:44px;background:#f4f9fd;border:1px solid #9cc3e4;width:150px;z-index:10}
.menu li:hover ul{display:block}.menu li ul li a{display:block;line-height:34px;padding-left:16px}
.crumb{padding:8px 20px;color:#555;border-bottom:1px solid #dbe7f1}.lm{padding:10px 30px 30px;min-height:420px}
.lm-title{font-size:20px;color:#0e4f86;border-left:5px solid #0e4f86;padding-left:10px;margin:10px 0}
dl.list{margin:0}dl.list dd{margin:0;line-height:38px;border-bottom:1px dotted #bbb}dl.list dd em{float:right;font-style:normal;color:#888}
ul.news{margin:0;padding:0;list-style:none}ul.news li{line-height:38px;border-bottom:1px dotted #bbb}ul.news li span{float:right;color:#888}
table.fg{width:100%;border-collapse:collapse}table.fg th{background:#e3eef8;line-height:34px}table.fg td{border-bottom:1px dotted #bbb;line-height:36px}
table.fg td.date{text-align:center;width:140px;color:#888}
.no-data{color:#888;padding:40px 0;text-align:center}.loading{color:#999}
.xl-title{font-size:22px;text-align:center;font-weight:bold;margin:20px 0 8px}.xl-info{text-align:center;color:#777;border-bottom:1px solid #dbe7f1;padding-bottom:8px}
.xl-con{padding:16px 30px;font-size:16px;line-height:2}.xl-con p{text-indent:2em}
.home{overflow:hidden;padding:15px}.home .blk{float:left;width:515px;margin:0 10px 15px 0}.home .blk h3{margin:0;border-bottom:2px solid #0e4f86;color:#0e4f86;line-height:36px}
#footer{background:#0e4f86;color:#cfe3f5;text-align:center;padding:14px 0;line-height:2;font-size:13px}
"""


def s2_nav() -> str:
    items = ['<li><a href="/slj/">首 页</a></li>']
    for c in S2_COLS:
        if c.group == "":
            items.append(f'<li><a href="{c.url}">{esc(c.name)}</a></li>')
    for group in ("政务公开", "专题专栏"):
        subs = "".join(f'<li><a href="{c.url}">{esc(c.name)}</a></li>' for c in S2_COLS if c.group == group)
        items.append(f'<li><a href="javascript:void(0)">{group}</a><ul>{subs}</ul></li>')
    return '<div class="menu"><ul>' + "".join(items) + '</ul><div style="clear:both"></div></div>'


def s2_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/slj/css/style.css"></head>
<body><div id="wrapper">
<div id="banner"><a href="/slj/"><img src="/slj/images/logo.png" width="420" height="82" alt="{S2_NAME}"></a><div class="slogan">节水优先 · 空间均衡 · 系统治理 · 两手发力</div></div>
{s2_nav()}
{body}
<div id="footer">版权所有：{S2_NAME}　地址：安澜县城北路18号　电话：0799-6235678<br>网站标识码：3609990012　赣ICP备05004321号-3</div>
</div></body></html>
"""


def s2_list(c: Col2, entries: list[Entry]) -> str:
    if c.style == "dlem":
        return '<dl class="list">' + "".join(
            f'<dd><a href="{e.url}" target="_blank">{esc(e.title)}</a><em>{fmt(e.day, "bracket")}</em></dd>' for e in entries) + "</dl>"
    if c.style in ("slash", "cn"):
        f = "slash" if c.style == "slash" else "cn"
        return '<ul class="news">' + "".join(
            f'<li><a href="{e.url}" target="_blank">{esc(e.title)}</a><span>{fmt(e.day, f)}</span></li>' for e in entries) + "</ul>"
    if c.style == "iso-table":
        return ('<table class="fg"><tr><th>标题</th><th>发布日期</th></tr>' + "".join(
            f'<tr><td><a href="{e.url}" target="_blank">{esc(e.title)}</a></td><td class="date">{fmt(e.day, "iso")}</td></tr>'
            for e in entries) + "</table>")
    raise ValueError(c.style)


def build_site2() -> None:
    put("/slj/css/style.css", S2_CSS)
    put("/slj/images/logo.png", png(logo(S2_NAME, "ANLAN WATER RESOURCES BUREAU", 420, 82)))
    seq = 3100
    for c in S2_COLS:
        for e in c.entries:
            seq += 13
            e.url = f"/slj/{c.slug}/{e.day:%Y%m}/t{e.day:%Y%m%d}_{seq}.html"
    # articles
    for c in S2_COLS:
        for i, e in enumerate(c.entries):
            pic = ""
            if c.slug == "slyw" and i == 0:
                pic = '<p style="text-align:center;text-indent:0"><img src="/slj/images/20240426_hy.jpg" width="560" alt="会议现场"></p>'
            body = (f'<div class="crumb">您现在的位置：<a href="/slj/">首页</a> » <a href="{c.url}">{esc(c.name)}</a> » 正文</div>'
                    f'<div class="lm"><div class="xl-title">{esc(e.title)}</div>'
                    f'<div class="xl-info">时间：{fmt(e.day, "slash")}　来源：{S2_NAME}　点击：{37 + i * 11}</div>'
                    f'<div class="xl-con">{pic}{paragraphs(seq + i * 3 + len(e.title), 3)}</div></div>')
            put(e.url, s2_page(f"{e.title}-{S2_NAME}", body))
    put("/slj/images/20240426_hy.jpg", jpeg(photo(501, 560, 350)))
    put("/slj/images/banner_skk.jpg", jpeg(photo(502, 515, 230)))
    # column pages
    for c in S2_COLS:
        head = (f'<div class="crumb">您现在的位置：<a href="/slj/">首页</a> » {esc(c.name)}</div>'
                f'<div class="lm"><div class="lm-title">{esc(c.name)}</div>')
        st = c.style
        if st in ("dlem", "slash", "cn", "iso-table"):
            lst = s2_list(c, c.entries)
        elif st == "blank-empty-dl":
            lst = '<dl class="list"></dl>'
        elif st == "blank-header-only":
            lst = '<table class="fg"><tr><th>标题</th><th>发布日期</th></tr></table>'
        elif st == "blank-fetch-failed":
            lst = ('<ul class="news" id="rsxxList"></ul>\n<script>\n'
                   "fetch('/slj/data/rsxx_list.json').then(function(r){return r.json();}).then(function(rows){"
                   "var ul=document.getElementById('rsxxList');rows.forEach(function(x){var li=document.createElement('li');"
                   "li.innerHTML='<a href=\"'+x.url+'\">'+x.title+'</a><span>'+x.date+'</span>';ul.appendChild(li);});}).catch(function(){});\n</script>")
        elif st == "blank-empty-rows":
            lst = '<ul class="news">' + '<li><a href="javascript:;"></a><span></span></li>' * 8 + "</ul>"
        elif st == "blank-nodata":
            lst = '<div class="no-data">暂无内容</div>'
        elif st == "blank-hidden":
            lst = (f'<div id="stbcList" style="display:none">{s2_list(Col2(c.slug, c.name, "", "slash", None), c.entries)}</div>\n'
                   '<script src="/slj/js/jquery-1.8.3.min.js"></script>\n'
                   "<script>$(function(){$('#stbcList').show();});</script>")
        else:
            raise ValueError(st)
        put(c.url, s2_page(f"{c.name}-{S2_NAME}", head + lst + "</div>"))
    # home
    latest = sorted((e for c in S2_COLS if not c.style.startswith("blank") for e in c.entries), key=lambda e: e.day, reverse=True)

    def blk(title: str, es: list[Entry], more: str, style: str = "md") -> str:
        items = "".join(f'<li><a href="{e.url}" target="_blank">{esc(e.title)}</a><span>{fmt(e.day, style)}</span></li>' for e in es)
        return f'<div class="blk"><h3>{title}<a href="{more}" style="float:right;font-size:12px;font-weight:normal">更多</a></h3><ul class="news">{items}</ul></div>'

    by = {c.slug: c for c in S2_COLS}
    home = ('<div class="home">'
            '<div class="blk"><img src="/slj/images/banner_skk.jpg" width="515" height="230" alt="安澜水库"></div>'
            + blk("水利要闻", latest[:6], by["slyw"].url)
            + blk("通知公告", by["tzgg"].entries, by["tzgg"].url, "slash")
            + blk("防汛抗旱", by["fxkh"].entries, by["fxkh"].url)
            + "</div>")
    put("/slj/index.html", s2_page(S2_NAME, home))

    # expected findings
    delay(by["fxkh"].url, 3300, "栏目页，响应 3.3 秒：site.slow")
    expect(S2, "site.slow", by["fxkh"].url, None, note="响应超过 3000 毫秒")
    delay(by["slyw"].url, 1200, "栏目页，响应 1.2 秒：不应报告")
    blanks = [c for c in S2_COLS if c.style.startswith("blank")]
    for c in blanks:
        expect(S2, "column.blank", c.url, c.name, note=c.style)
    overdue = [c for c in S2_COLS if c.entries and c.category in ("news", "notice", "policy")
               and _overdue(c.entries[0].day, c.category)]
    for c in overdue:
        expect(S2, "column.overdue", c.url, c.name, note=f"{c.category}，最新 {c.entries[0].day}")
    expect(S2, "column.due_soon", by["szzf"].url, by["szzf"].name, note="news，最新 2024-04-17")
    for c in S2_COLS:
        if c.category is None:
            expect(S2, "column.unmonitored", c.url, c.name, note="站点导航中的栏目未列入配置")
    for name, path, _cat in S2_GONE:
        expect(S2, "column.missing", path, name, note="配置的栏目地址已失效（404），站点中无链接")
    assert len(blanks) >= 5 and len(overdue) >= 5, (len(blanks), len(overdue))
    expect(S2, "column.blank_many", "/slj/", None, note=f"{len(blanks)} 个空白栏目")
    expect(S2, "column.overdue_many", "/slj/", None, note=f"{len(overdue)} 个动态/通知公告/政策类栏目超期")


def _overdue(newest: date, category: str) -> bool:
    if category == "news":
        return (AS_OF - newest).days > 14
    months = {"notice": 6, "policy": 6, "personnel": 12, "plan": 12}[category]
    y, m = AS_OF.year, AS_OF.month - months
    while m <= 0:
        y, m = y - 1, m + 12
    return newest < date(y, m, min(AS_OF.day, 28))


# =============================================================================================
# Sites 3 and 4: unreachable homepages (a 503 and a connection reset), on the same server
# =============================================================================================


def build_down() -> None:
    ROUTES["/dag/*"] = {"status": 503}
    ROUTES["/kfq/*"] = {"reset": True}
    expect("anlan-dag", "site.unreachable", "/dag/", None, note="首页持续返回 503")
    expect("anlan-kfq", "site.unreachable", "/kfq/", None, note="首页连接被重置")


# --- config and expected files -----------------------------------------------------------------


def sites_yaml() -> str:
    cols = []
    for c in S2_COLS:
        if c.category is not None:
            cols.append(f"      - {{name: {c.name}, url: {S2_CONFIG_URL.get(c.slug, c.url)}, category: {c.category}}}")
    for name, path, cat in S2_GONE:
        cols.append(f"      - {{name: {name}, url: {path}, category: {cat}}}")
    return f"""# The holdout's robot config. {{base}} is replaced by the holdout server's root URL
# (http://127.0.0.1:PORT/) by benchmarks/accuracy.py. Generated by generate.py: do not edit by hand.
defaults:
  timeout_s: 15
  slow_ms: 3000
sites:
  # the county portal: only id/name/url, so its columns are discovered from the navigation
  - id: {S1}
    name: 安澜县人民政府网
    url: "{{base}}"
  # a department site with its columns listed (so column.unmonitored / column.missing apply)
  - id: {S2}
    name: 安澜县水利局
    url: "{{base}}slj/"
    columns:
{chr(10).join(cols)}
  # two sites whose homepages cannot be opened
  - id: anlan-dag
    name: 安澜县档案馆
    url: "{{base}}dag/"
  - id: anlan-kfq
    name: 安澜高新技术产业园区
    url: "{{base}}kfq/"
"""


def main() -> None:
    _art_seq[0] = 1000040
    build_site1()
    build_site2()
    build_down()
    if SITE.exists():
        shutil.rmtree(SITE)
    total = 0
    for path, data in sorted(FILES.items()):
        out = SITE / path.lstrip("/")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        total += len(data)
    (HERE / "sites.yaml").write_text(sites_yaml(), encoding="utf-8")
    header = "# Generated by generate.py from the same declarations that plant the problems: do not edit by hand.\n"
    (HERE / "server.yaml").write_text(
        header + "# What the holdout server does besides serving site/: keys are URL paths ('*' = prefix).\n"
        + yaml.safe_dump({"routes": ROUTES}, allow_unicode=True, sort_keys=True), encoding="utf-8")
    rules = sorted({e["rule"] for e in EXPECTED})
    counts = {r: sum(1 for e in EXPECTED if e["rule"] == r) for r in rules}
    doc = {"as_of": AS_OF.isoformat(), "counts": counts, "findings": EXPECTED, "delays": DELAYS}
    (HERE / "expected.yaml").write_text(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=140), encoding="utf-8")
    html_pages = sum(1 for p in FILES if p.endswith(".html"))
    print(f"{len(FILES)} files ({html_pages} HTML pages), {total / 1024:.0f} KiB; {len(EXPECTED)} planted findings:")
    for r in rules:
        print(f"  {r:22} {counts[r]}")


if __name__ == "__main__":
    main()
