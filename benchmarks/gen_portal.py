"""Generate a synthetic county government portal (政务公开) for speed benchmarks.

The site looks like what a Chinese government CMS (TRS WCM, Hanweb JCMS) publishes: a homepage
with a navigation bar of ten columns (栏目), column list pages of 20 dated entries each, paginated
as ``index.html``, ``index_1.html``, ``index_2.html`` …, and article pages with Chinese text, two
images and about twenty links. Every link is root-relative and stays on the one host, so the
site can be served from any loopback port.

Planted faults, all recorded in ``stats.json`` so a tool's verdicts can be compared with the truth:

* about 1 % of link occurrences point to article pages that do not exist (404);
* a few attachments (``.pdf``) are linked; most exist, some do not;
* about 1 % of images point to PNG files that do not exist.

Files written under ``out_dir``:

``site/``            the site's document root
``stats.json``       page count, unique link targets, planted broken links and images
``paths.txt``        every HTML page's path, homepage first
``target-paths.txt`` every unique ``<a href>`` and ``<img src>`` target's path
``SITES.yaml``, ``pages.txt``, ``targets.txt``
                     the same with absolute URLs for one base URL (see :func:`materialise`)

Usage: ``python benchmarks/gen_portal.py OUT_DIR --pages 2000 --seed 1 --base http://127.0.0.1:8000/``
"""

from __future__ import annotations

import argparse
import html
import io
import json
import math
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

DEFAULT_BASE = "http://127.0.0.1:8000/"
HOME = "/"  # the homepage's path; every 首页 link points here (the file is /index.html)
SITE_NAME = "示例县人民政府网"
OWNER = "示例县人民政府办公室"
ENTRIES_PER_LIST = 20
P_BROKEN_LINK = 0.04  # per related/inline link (7 of the ~27 links an article has): ≈1 % overall
P_BROKEN_IMAGE = 0.01  # per image
P_ATTACHMENT = 0.08  # articles with an attachment
P_ATTACHMENT_MISSING = 0.25  # of those, the file is missing
SHARED_IMAGES = 6
RELATED = 5

# (path segment, name, contract category, relative weight of articles)
COLUMNS: list[tuple[str, str, str, int]] = [
    ("gzdt", "工作动态", "news", 20),
    ("tzgg", "通知公告", "notice", 12),
    ("zcwj", "政策文件", "policy", 10),
    ("zcjd", "政策解读", "other", 8),
    ("rsxx", "人事信息", "personnel", 6),
    ("ghjh", "规划计划", "plan", 5),
    ("czxx", "财政信息", "other", 7),
    ("zdly", "重点领域信息公开", "other", 8),
    ("xzdt", "乡镇动态", "news", 14),
    ("bmdt", "部门动态", "news", 10),
]
FOOTER_PAGES: list[tuple[str, str]] = [
    ("/wzdt/index.html", "网站地图"),
    ("/lxwm/index.html", "联系我们"),
    ("/wzsm/index.html", "网站声明"),
]

_TOPICS = [
    "县政府召开常务会议", "县长主持召开专题调度会", "全县安全生产工作会议召开", "乡村振兴工作推进会召开",
    "优化营商环境工作部署会", "防汛抗旱工作专题会议", "春季植树造林活动启动", "政务服务“一网通办”再提速",
    "重点项目集中开工仪式举行", "农村人居环境整治现场会", "城乡居民医保缴费工作通知", "高标准农田建设项目公示",
    "义务教育招生工作实施方案", "关于做好清明节期间森林防火工作的通知", "县人民政府关于印发工作要点的通知",
    "财政预算执行情况报告", "公开招聘事业单位工作人员公告", "干部任前公示", "国土空间总体规划草案公示",
    "食品安全专项整治行动", "消费帮扶工作推进会", "生态环境保护督察整改情况", "就业创业服务活动周",
]
_SENTENCES = [
    "为深入贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，进一步提升政府网站信息发布质量。",
    "会议强调，各乡镇、县直各单位要提高政治站位，压实工作责任，确保各项任务落地见效。",
    "县政府办公室组织开展政府网站内容保障专项检查，重点检查栏目更新、信息发布和互动回应情况。",
    "对发现的问题逐一登记、限期整改，确保政府网站权威、准确、及时。",
    "要坚持以人民为中心的发展思想，聚焦群众急难愁盼问题，持续改善民生福祉。",
    "下一步，我县将进一步完善工作机制，加强统筹协调，形成工作合力。",
    "各相关单位要按照职责分工，细化工作措施，明确时间节点，抓好贯彻落实。",
    "今年以来，全县上下紧紧围绕年度目标任务，攻坚克难、真抓实干，经济社会发展稳中有进。",
    "会上，相关部门负责人分别汇报了工作进展情况及下一步工作打算。",
    "要加强宣传引导，及时回应社会关切，营造全社会共同参与的良好氛围。",
    "本次活动共发放宣传资料三千余份，现场解答群众咨询二百余人次。",
    "项目总投资约五点六亿元，建成后将有效带动周边群众就业增收。",
    "请各单位于规定时间内将有关材料报送县政府办公室，逾期视为放弃。",
    "本通知自印发之日起施行，由县人民政府办公室负责解释。",
]
_CSS = """body{margin:0;font:14px/1.8 "Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#333;background:#f5f5f5}
.header{background:#c00;color:#fff;padding:18px 40px}.header h1{margin:0;font-size:28px;letter-spacing:4px}
.nav{background:#a00}.nav ul{margin:0;padding:0 40px;list-style:none;display:flex;flex-wrap:wrap}
.nav li a{display:block;padding:10px 16px;color:#fff;text-decoration:none}
.main{width:1100px;margin:16px auto;background:#fff;padding:20px;min-height:400px}
.list li{display:flex;justify-content:space-between;border-bottom:1px dashed #ddd;padding:4px 0}
.list .date{color:#999}.page{margin-top:16px;text-align:center}.page a{margin:0 4px}
.article h2{text-align:center}.article .info{text-align:center;color:#999;border-bottom:1px solid #eee}
.article img{display:block;margin:12px auto;max-width:600px}
.box{float:left;width:48%;margin:0 1% 16px}.box h3{border-bottom:2px solid #c00}
.footer{clear:both;text-align:center;color:#666;padding:20px;font-size:12px}
"""
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@dataclass
class _Article:
    col: str
    seq: int
    day: int
    title: str
    path: str = ""


@dataclass
class _Plan:
    """What gets written, and the truth about it."""

    pages: list[str] = field(default_factory=list)  # every HTML path, homepage first
    files: dict[str, bytes] = field(default_factory=dict)  # path → content
    links: set[str] = field(default_factory=set)  # unique <a href> targets
    images: set[str] = field(default_factory=set)  # unique <img src> targets
    link_occurrences: int = 0
    image_occurrences: int = 0
    broken_links: list[tuple[str, str]] = field(default_factory=list)  # (page, target)
    broken_images: list[tuple[str, str]] = field(default_factory=list)
    attachments_ok: set[str] = field(default_factory=set)
    attachments_missing: set[str] = field(default_factory=set)


def _png(seed: int, w: int = 320, h: int = 200) -> bytes:
    rnd = random.Random(seed)
    c1 = tuple(rnd.randrange(40, 220) for _ in range(3))
    c2 = tuple(rnd.randrange(40, 220) for _ in range(3))
    img = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(img)
    for y in range(h):  # vertical gradient, then a few shapes
        t = y / (h - 1)
        draw.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2, strict=True)))
    for _ in range(4):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.randrange(10, 50)
        draw.ellipse([x - r, y - r, x + r, y + r], outline=(255, 255, 255), width=3)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def _allocate(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` by ``weights`` (largest remainder), at least 1 each when possible."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    order = sorted(range(len(weights)), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def _list_pages(n_articles: int) -> int:
    return max(1, math.ceil(n_articles / ENTRIES_PER_LIST))


def _plan_counts(pages: int) -> tuple[list[int], int]:
    """Articles per column and extra topic pages so that the HTML page count is exactly ``pages``."""
    fixed = 1 + len(FOOTER_PAGES)
    weights = [c[3] for c in COLUMNS]
    best = [0] * len(COLUMNS)
    lo, hi = 0, max(0, pages)
    for _ in range(64):  # binary search: the most articles that still fit
        if lo > hi:
            break
        mid = (lo + hi) // 2
        alloc = _allocate(mid, weights)
        used = fixed + mid + sum(_list_pages(a) for a in alloc)
        if used <= pages:
            best, lo = alloc, mid + 1
        else:
            hi = mid - 1
    used = fixed + sum(best) + sum(_list_pages(a) for a in best)
    return best, max(0, pages - used)


def _col_url(col: str, k: int = 0) -> str:
    return f"/col/{col}/index.html" if k == 0 else f"/col/{col}/index_{k}.html"


def _shell(title: str, body: str, nav: str, footer: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        f'<meta name="SiteName" content="{SITE_NAME}">\n<meta name="SiteDomain" content="127.0.0.1">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<link rel="stylesheet" href="/css/style.css">\n</head>\n<body>\n'
        f'<div class="header"><h1>{SITE_NAME}</h1></div>\n{nav}\n'
        f'<div class="main">\n{body}\n</div>\n{footer}\n</body>\n</html>\n'
    )


class _Writer:
    def __init__(self, pages: int, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.plan = _Plan()
        self.alloc, self.extra = _plan_counts(pages)
        self.articles: dict[str, list[_Article]] = {}
        self.missing_seq = 0

    # -- link bookkeeping --

    def a(self, page: str, href: str, text: str, broken: bool = False, title: bool = False) -> str:
        self.plan.links.add(href)
        self.plan.link_occurrences += 1
        if broken:
            self.plan.broken_links.append((page, href))
        extra = f' title="{html.escape(text)}" target="_blank"' if title else ""
        return f'<a href="{href}"{extra}>{html.escape(text)}</a>'

    def img(self, page: str, src: str, alt: str, broken: bool = False) -> str:
        self.plan.images.add(src)
        self.plan.image_occurrences += 1
        if broken:
            self.plan.broken_images.append((page, src))
        return f'<img src="{src}" alt="{html.escape(alt)}" width="320" height="200">'

    def missing_article(self, col: str) -> str:
        self.missing_seq += 1
        day = self.rnd.randint(1, 30)
        return f"/art/2024/4/{day}/art_{col}_{90000 + self.missing_seq}.html"

    def nav(self, page: str) -> str:
        items = [f"<li>{self.a(page, HOME, '首页')}</li>"]
        items += [f"<li>{self.a(page, _col_url(c), name)}</li>" for c, name, _, _ in COLUMNS]
        return '<div class="nav"><ul>\n' + "\n".join(items) + "\n</ul></div>"

    def footer(self, page: str) -> str:
        links = " | ".join(self.a(page, p, t) for p, t in FOOTER_PAGES)
        return (
            f'<div class="footer"><p>{links}</p>'
            f"<p>主办单位：{OWNER}　网站标识码：3607000001　赣ICP备12345678号　赣公网安备 36070002000001号</p>"
            f"<p>地址：示例县人民路1号　电话：0797-1234567　{self.a(page, '/wzsm/index.html', '我为政府网站找错')}</p></div>"
        )

    # -- content --

    def build(self) -> _Plan:
        p = self.plan
        for k in range(SHARED_IMAGES):
            p.files[f"/images/photo/p{k + 1}.png"] = _png(1000 + k)
        p.files["/images/banner.png"] = _png(999, 1060, 120)
        p.files["/css/style.css"] = _CSS.encode()
        seq = 1000
        for (col, name, _, _), n in zip(COLUMNS, self.alloc, strict=True):
            arts = []
            for _ in range(n):
                seq += 1
                day = self.rnd.randint(1, 30)
                title = f"{self.rnd.choice(_TOPICS)}（{name}第{seq}号）"
                arts.append(_Article(col, seq, day, title, f"/art/2024/4/{day}/art_{col}_{seq}.html"))
            arts.sort(key=lambda a: (-a.day, -a.seq))  # newest first, as list pages show them
            self.articles[col] = arts
        self.homepage()
        for path, title in FOOTER_PAGES:
            self.simple_page(path, title)
        for k in range(self.extra):
            self.simple_page(f"/ztzl/zt{k + 1}/index.html", f"专题专栏{k + 1}")
        for col, name, _, _ in COLUMNS:
            self.column(col, name)
        for col, name, _, _ in COLUMNS:
            arts = self.articles[col]
            for i, art in enumerate(arts):
                self.article(art, name, arts, i)
        return p

    def homepage(self) -> None:
        page = HOME
        self.plan.pages.append(page)
        boxes = []
        for col, name, _, _ in COLUMNS:
            rows = [
                f'<li>{self.a(page, art.path, art.title, title=True)}<span class="date">2024-04-{art.day:02d}</span></li>'
                for art in self.articles[col][:5]
            ]
            boxes.append(
                f'<div class="box"><h3>{html.escape(name)}<span style="float:right">'
                f'{self.a(page, _col_url(col), "更多>>")}</span></h3><ul class="list">\n' + "\n".join(rows) + "\n</ul></div>"
            )
        topics = "".join(
            f"<li>{self.a(page, f'/ztzl/zt{k + 1}/index.html', f'专题专栏{k + 1}')}</li>" for k in range(self.extra)
        )
        body = (
            self.img(page, "/images/banner.png", "示例县人民政府网横幅")
            + "\n"
            + "\n".join(boxes)
            + (f'\n<div class="box"><h3>专题专栏</h3><ul>{topics}</ul></div>' if topics else "")
        )
        self.plan.files[page] = _shell(SITE_NAME, body, self.nav(page), self.footer(page)).encode()

    def simple_page(self, path: str, title: str) -> None:
        self.plan.pages.append(path)
        body = (
            f'<div class="crumb">当前位置：{self.a(path, HOME, "首页")} &gt; {html.escape(title)}</div>'
            f'<div class="article"><h2>{html.escape(title)}</h2><p>{self.rnd.choice(_SENTENCES)}</p></div>'
        )
        self.plan.files[path] = _shell(f"{title}_{SITE_NAME}", body, self.nav(path), self.footer(path)).encode()

    def column(self, col: str, name: str) -> None:
        arts = self.articles[col]
        n_pages = _list_pages(len(arts))
        for k in range(n_pages):
            path = _col_url(col, k)
            self.plan.pages.append(path)
            chunk = arts[k * ENTRIES_PER_LIST : (k + 1) * ENTRIES_PER_LIST]
            rows = [
                f'<li>{self.a(path, art.path, art.title, title=True)}<span class="date">2024-04-{art.day:02d}</span></li>'
                for art in chunk
            ]
            pager = [f"<span>共{len(arts)}条 {n_pages}页</span>", self.a(path, _col_url(col, 0), "首页")]
            if k > 0:
                pager.append(self.a(path, _col_url(col, k - 1), "上一页"))
            pager += [self.a(path, _col_url(col, j), str(j + 1)) if j != k else f"<b>{j + 1}</b>" for j in range(n_pages)]
            if k < n_pages - 1:
                pager.append(self.a(path, _col_url(col, k + 1), "下一页"))
            pager.append(self.a(path, _col_url(col, n_pages - 1), "尾页"))
            body = (
                f'<div class="crumb">当前位置：{self.a(path, HOME, "首页")} &gt; '
                f"{self.a(path, _col_url(col), name)}</div>\n"
                f'<div class="column"><h2>{html.escape(name)}</h2><ul class="list">\n' + "\n".join(rows) + "\n</ul>\n"
                f'<div class="page">{" ".join(pager)}</div></div>'
            )
            self.plan.files[path] = _shell(f"{name}_{SITE_NAME}", body, self.nav(path), self.footer(path)).encode()

    def article(self, art: _Article, col_name: str, arts: list[_Article], i: int) -> None:
        path, rnd = art.path, self.rnd
        self.plan.pages.append(path)
        paras = []
        for _ in range(rnd.randint(4, 8)):
            paras.append("<p>" + "".join(rnd.choice(_SENTENCES) for _ in range(rnd.randint(2, 5))) + "</p>")
        # two inline links to articles of other columns
        for _ in range(2):
            other = rnd.choice([c for c in self.articles if c != art.col and self.articles[c]] or [art.col])
            if rnd.random() < P_BROKEN_LINK:
                href, text = self.missing_article(other), "相关链接"
                link = self.a(path, href, text, broken=True)
            else:
                target = rnd.choice(self.articles[other])
                link = self.a(path, target.path, target.title)
            paras.insert(rnd.randint(1, len(paras)), f"<p>详见：{link}</p>")
        # two images
        for k in range(2):
            if rnd.random() < P_BROKEN_IMAGE:
                self.missing_seq += 1
                src = f"/uploads/2024/04/img_{art.seq}_{k}_{self.missing_seq}.png"
                im = self.img(path, src, "现场图片", broken=True)
            else:
                im = self.img(path, f"/images/photo/p{rnd.randint(1, SHARED_IMAGES)}.png", "现场图片")
            paras.insert(rnd.randint(0, len(paras)), f'<p style="text-align:center">{im}</p>')
        attach = ""
        if rnd.random() < P_ATTACHMENT:
            fname = f"/module/download/downfile/{art.col}_{art.seq}.pdf"
            if rnd.random() < P_ATTACHMENT_MISSING:
                self.plan.attachments_missing.add(fname)
                attach = f"<p>附件：{self.a(path, fname, f'{art.title}.pdf', broken=True)}</p>"
            else:
                self.plan.attachments_ok.add(fname)
                self.plan.files[fname] = _PDF
                attach = f"<p>附件：{self.a(path, fname, f'{art.title}.pdf')}</p>"
        related = []
        pool = [a for a in arts if a is not art]
        for _ in range(min(RELATED, len(pool)) if pool else 0):
            if rnd.random() < P_BROKEN_LINK:
                related.append(f"<li>{self.a(path, self.missing_article(art.col), '相关信息', broken=True)}</li>")
            else:
                t = rnd.choice(pool)
                related.append(f"<li>{self.a(path, t.path, t.title, title=True)}</li>")
        prev_next = []
        if i > 0:
            prev_next.append("上一篇：" + self.a(path, arts[i - 1].path, arts[i - 1].title))
        if i < len(arts) - 1:
            prev_next.append("下一篇：" + self.a(path, arts[i + 1].path, arts[i + 1].title))
        body = (
            f'<div class="crumb">当前位置：{self.a(path, HOME, "首页")} &gt; '
            f"{self.a(path, _col_url(art.col), col_name)}</div>\n"
            f'<div class="article"><h2>{html.escape(art.title)}</h2>\n'
            f'<div class="info">发布日期：2024-04-{art.day:02d}　来源：{OWNER}　浏览次数：{rnd.randint(20, 900)}</div>\n'
            + "\n".join(paras)
            + f"\n{attach}\n"
            + f'<div class="prevnext"><p>{"</p><p>".join(prev_next)}</p></div>\n'
            + '<div class="related"><h3>相关信息</h3><ul>'
            + "".join(related)
            + "</ul></div></div>"
        )
        self.plan.files[path] = _shell(f"{art.title}_{SITE_NAME}", body, self.nav(path), self.footer(path)).encode()


def generate(out_dir: Path, pages: int = 2000, seed: int = 1, base: str = DEFAULT_BASE) -> dict[str, object]:
    """Write the portal under ``out_dir/site`` (replacing an earlier one) and return its stats."""
    if pages < 1 + len(FOOTER_PAGES) + 2 * len(COLUMNS):
        raise ValueError(f"pages={pages}: at least {1 + len(FOOTER_PAGES) + 2 * len(COLUMNS)} are needed")
    out_dir = Path(out_dir)
    writer = _Writer(pages, seed)
    plan = writer.build()
    site = out_dir / "site"
    if site.exists():
        shutil.rmtree(site)
    for path, data in plan.files.items():
        f = site / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)
    targets = sorted(plan.links | plan.images)
    broken_targets = sorted({t for t in targets if t not in plan.files})
    planted_links = sorted({t for _, t in plan.broken_links})
    planted_images = sorted({t for _, t in plan.broken_images})
    if set(broken_targets) != set(planted_links) | set(planted_images):
        raise AssertionError("a broken target was not planted on purpose")
    if not set(plan.pages) <= plan.links:
        raise AssertionError("a page is not linked from anywhere")
    stats: dict[str, object] = {
        "pages": len(plan.pages),
        "articles": sum(writer.alloc),
        "list_pages": sum(_list_pages(n) for n in writer.alloc),
        "seed": seed,
        "columns": [{"path": _col_url(c), "name": n, "category": cat} for c, n, cat, _ in COLUMNS],
        "unique_targets": len(targets),
        "unique_link_targets": len(plan.links),
        "unique_image_targets": len(plan.images),
        "link_occurrences": plan.link_occurrences,
        "image_occurrences": plan.image_occurrences,
        "broken_link_occurrences": len(plan.broken_links),
        "broken_link_targets": len(planted_links),
        "broken_image_occurrences": len(plan.broken_images),
        "broken_image_targets": len(planted_images),
        "broken_targets": len(broken_targets),
        "attachments_ok": len(plan.attachments_ok),
        "attachments_missing": len(plan.attachments_missing),
        "broken_link_ratio": round(len(plan.broken_links) / max(1, plan.link_occurrences), 4),
        "broken_image_ratio": round(len(plan.broken_images) / max(1, plan.image_occurrences), 4),
        "bytes": sum(len(d) for d in plan.files.values()),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "stats.json").write_text(json.dumps(stats, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out_dir / "paths.txt").write_text("\n".join(plan.pages) + "\n", encoding="utf-8")
    (out_dir / "target-paths.txt").write_text("\n".join(targets) + "\n", encoding="utf-8")
    (out_dir / "broken-paths.txt").write_text("\n".join(broken_targets) + "\n", encoding="utf-8")
    max_list = max(_list_pages(n) for n in writer.alloc)
    (out_dir / "sites.yaml.tmpl").write_text(_sites_yaml(pages, max_list), encoding="utf-8")
    materialise(out_dir, base)
    return stats


def _sites_yaml(pages: int, max_list: int) -> str:
    cols = "\n".join(f"      - {{name: {n}, url: {_col_url(c)}, category: {cat}}}" for c, n, cat, _ in COLUMNS)
    return f"""# Benchmark config for the synthetic portal: LOOPBACK ONLY, THROTTLING OFF.
# These settings suit a local speed benchmark and nothing else. A real government site needs the
# robot's polite defaults (per_host_concurrency 2, a per-host link rate, more retries).
defaults:
  timeout_s: 15
  max_pages: {pages + 100}         # every page of the portal, with room to spare
  per_host_concurrency: 4          # browser tabs open at once on the one host
  allow_private_networks: true     # the portal is on 127.0.0.1
  link_concurrency: 64             # HTTP link pool, all hosts together
  link_rate_per_host: 0            # no per-host request rate limit (throttling off)
  retries: 1                       # one re-probe of a transient failure
  max_list_pages: {max(20, max_list + 5)}
  max_depth: 8
sites:
  - id: bench
    name: {SITE_NAME}
    owner: {OWNER}
    url: {{base}}
    columns:
{cols}
"""


def materialise(out_dir: Path, base: str) -> dict[str, Path]:
    """Write SITES.yaml, pages.txt and targets.txt for the site served at ``base``."""
    out_dir = Path(out_dir)
    root = base.rstrip("/")
    tmpl = (out_dir / "sites.yaml.tmpl").read_text(encoding="utf-8")
    files = {
        "sites": out_dir / "SITES.yaml",
        "pages": out_dir / "pages.txt",
        "targets": out_dir / "targets.txt",
        "broken": out_dir / "broken.txt",
    }
    files["sites"].write_text(tmpl.replace("{base}", root + "/"), encoding="utf-8")
    for key, src in (("pages", "paths.txt"), ("targets", "target-paths.txt"), ("broken", "broken-paths.txt")):
        lines = [ln for ln in (out_dir / src).read_text(encoding="utf-8").splitlines() if ln]
        files[key].write_text("".join(f"{root}{p}\n" for p in lines), encoding="utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate a synthetic county government portal.")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--base", default=DEFAULT_BASE, help=f"base URL for SITES.yaml and the URL lists (default {DEFAULT_BASE})")
    args = ap.parse_args(argv)
    stats = generate(args.out_dir, args.pages, args.seed, args.base)
    print(json.dumps(stats, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
