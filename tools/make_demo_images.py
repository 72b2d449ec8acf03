"""Draw the images of the demo portal and the test portal (real PNG/JPEG/GIF files).

Photos are gradients and shapes with a Chinese caption, drawn with the Noto CJK font; beside
them sit the images the robot must judge: a "图片加载失败" placeholder and a plain grey box
(both image.broken), and decoys that are fine (logo, banner with text, bar chart, badges, a
1×1 counter pixel). Re-running gives the same bytes.

    .venv/bin/python tools/make_demo_images.py
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "robot" / "demo" / "site"
TESTS = ROOT / "tests" / "sites"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SC = 2  # the Simplified Chinese face inside the .ttc collections

RGB = tuple[int, int, int]


def font(size: int, path: str = SANS) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=SC)


def vgradient(w: int, h: int, top: RGB, bottom: RGB) -> Image.Image:
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    return img


def caption(img: Image.Image, text: str) -> None:
    """A dark translucent strip with white text at the bottom, as news photos carry."""
    w, h = img.size
    strip = Image.new("RGBA", (w, 44), (0, 0, 0, 140))
    img.paste(strip, (0, h - 44), strip)
    d = ImageDraw.Draw(img)
    d.text((16, h - 38), text, font=font(22), fill=(255, 255, 255))


# --- photo scenes --------------------------------------------------------------------------


def _hills(d: ImageDraw.ImageDraw, w: int, h: int, base: int, colour: RGB, rnd: random.Random, amp: int = 40) -> None:
    pts = [(0, h)]
    phase = rnd.random() * 6
    for x in range(0, w + 20, 20):
        pts.append((x, base + int(amp * math.sin(x / 90 + phase) + rnd.randint(-6, 6))))
    pts.append((w, h))
    d.polygon(pts, fill=colour)


def scene_construction(w: int, h: int, rnd: random.Random) -> Image.Image:
    img = vgradient(w, h, (120, 170, 225), (215, 230, 245))
    d = ImageDraw.Draw(img)
    _hills(d, w, h, int(h * 0.62), (120, 150, 110), rnd, 25)
    d.rectangle([0, int(h * 0.75), w, h], fill=(160, 130, 95))
    for i, x in enumerate((120, 330, 500)):  # tower cranes
        top = 60 + i * 25
        d.rectangle([x, top, x + 10, int(h * 0.78)], fill=(230, 180, 30))
        d.rectangle([x - 90, top, x + 130, top + 8], fill=(230, 180, 30))
        d.line([(x + 100, top + 8), (x + 100, top + 90)], fill=(60, 60, 60), width=2)
    for x in range(40, w, 110):  # half-built blocks
        bh = rnd.randint(80, 160)
        d.rectangle([x, int(h * 0.75) - bh, x + 70, int(h * 0.75)], fill=(200, 200, 195), outline=(150, 150, 150))
        for yy in range(int(h * 0.75) - bh + 10, int(h * 0.75) - 10, 22):
            for xx in range(x + 8, x + 62, 18):
                d.rectangle([xx, yy, xx + 10, yy + 12], fill=(110, 130, 160))
    d.rectangle([w // 2 - 150, int(h * 0.55), w // 2 + 150, int(h * 0.55) + 36], fill=(200, 30, 30))
    d.text((w // 2 - 138, int(h * 0.55) + 2), "重大项目集中开工仪式", font=font(26, SANS_BOLD), fill=(255, 230, 120))
    return img


def scene_flowers(w: int, h: int, rnd: random.Random) -> Image.Image:
    img = vgradient(w, h, (110, 165, 230), (225, 235, 250))
    d = ImageDraw.Draw(img)
    _hills(d, w, h, int(h * 0.45), (95, 140, 100), rnd, 35)
    _hills(d, w, h, int(h * 0.58), (235, 205, 40), rnd, 12)
    for _ in range(900):
        x, y = rnd.randint(0, w), rnd.randint(int(h * 0.6), h)
        r = 2 + (y - h * 0.6) / (h * 0.4) * 4
        d.ellipse([x - r, y - r, x + r, y + r], fill=(250, rnd.randint(200, 230), rnd.randint(20, 60)))
    for x in range(60, w, 140):  # farmhouses
        y = int(h * 0.5)
        d.rectangle([x, y, x + 60, y + 35], fill=(245, 245, 240))
        d.polygon([(x - 6, y), (x + 30, y - 22), (x + 66, y)], fill=(70, 70, 80))
    return img


def scene_clinic(w: int, h: int, rnd: random.Random) -> Image.Image:
    img = vgradient(w, h, (150, 195, 235), (235, 240, 245))
    d = ImageDraw.Draw(img)
    d.rectangle([0, int(h * 0.68), w, h], fill=(190, 190, 185))
    d.rectangle([80, 90, 560, int(h * 0.68)], fill=(240, 240, 235), outline=(180, 180, 180))
    for yy in range(110, int(h * 0.62), 40):
        for xx in range(100, 540, 50):
            d.rectangle([xx, yy, xx + 30, yy + 24], fill=(120, 160, 200))
    d.rectangle([290, 60, 350, 88], fill=(220, 40, 40))
    d.rectangle([314, 64, 326, 84], fill=(255, 255, 255))
    d.rectangle([304, 70, 336, 78], fill=(255, 255, 255))
    d.polygon([(150, int(h * 0.68)), (230, int(h * 0.56)), (310, int(h * 0.68))], fill=(40, 110, 190))  # tent
    d.rectangle([150, int(h * 0.68), 310, int(h * 0.78)], fill=(50, 120, 200))
    for x in range(360, 600, 34):  # queue of people
        d.ellipse([x, int(h * 0.66), x + 16, int(h * 0.66) + 16], fill=(60, 45, 35))
        d.rectangle([x - 2, int(h * 0.66) + 16, x + 18, int(h * 0.8)], fill=rnd.choice([(200, 60, 60), (60, 90, 160), (90, 90, 90)]))
    return img


def scene_farmland(w: int, h: int, rnd: random.Random) -> Image.Image:
    img = vgradient(w, h, (125, 175, 230), (220, 235, 245))
    d = ImageDraw.Draw(img)
    _hills(d, w, h, int(h * 0.4), (80, 120, 90), rnd, 30)
    horizon = int(h * 0.48)
    for i in range(12):  # paddies in perspective
        y0 = horizon + int((h - horizon) * (i / 12) ** 1.4)
        y1 = horizon + int((h - horizon) * ((i + 1) / 12) ** 1.4)
        g = 150 + (i % 2) * 30
        d.rectangle([0, y0, w, y1], fill=(70, g, 70))
        d.line([(0, y1), (w, y1)], fill=(140, 120, 80), width=2)
    d.rectangle([380, int(h * 0.62), 470, int(h * 0.7)], fill=(200, 40, 40))  # tractor
    d.ellipse([385, int(h * 0.66), 415, int(h * 0.66) + 30], fill=(30, 30, 30))
    d.ellipse([440, int(h * 0.67), 462, int(h * 0.67) + 22], fill=(30, 30, 30))
    return img


def scene_hills(w: int, h: int, rnd: random.Random) -> Image.Image:
    img = vgradient(w, h, (170, 190, 210), (230, 235, 235))
    d = ImageDraw.Draw(img)
    _hills(d, w, h, int(h * 0.35), (120, 145, 130), rnd, 45)
    _hills(d, w, h, int(h * 0.5), (80, 120, 90), rnd, 30)
    _hills(d, w, h, int(h * 0.68), (50, 95, 60), rnd, 20)
    for x in range(30, w, 45):  # trees
        y = int(h * 0.72) + rnd.randint(0, 40)
        d.polygon([(x, y), (x + 14, y - 40), (x + 28, y)], fill=(30, 80, 40))
    d.rectangle([200, int(h * 0.7), 440, int(h * 0.7) + 30], fill=(230, 230, 225))
    d.text((212, int(h * 0.7) + 1), "文明祭扫  绿色清明", font=font(22, SANS_BOLD), fill=(30, 100, 50))
    return img


def scene_park(w: int, h: int, rnd: random.Random) -> Image.Image:
    img = vgradient(w, h, (110, 170, 235), (210, 230, 250))
    d = ImageDraw.Draw(img)
    for x in range(0, w, 70):  # town skyline
        bh = rnd.randint(60, 150)
        d.rectangle([x, int(h * 0.55) - bh, x + 60, int(h * 0.55)], fill=(185, 190, 200))
    d.rectangle([0, int(h * 0.55), w, h], fill=(110, 175, 90))
    d.ellipse([180, int(h * 0.7), 460, int(h * 0.95)], fill=(200, 190, 170))  # plaza
    for _ in range(14):
        x, y = rnd.randint(10, w - 40), rnd.randint(int(h * 0.56), int(h * 0.8))
        d.rectangle([x + 12, y + 20, x + 18, y + 50], fill=(110, 80, 50))
        d.ellipse([x, y - 10, x + 32, y + 28], fill=(40, rnd.randint(110, 150), 50))
    return img


def scene_meeting(w: int, h: int, rnd: random.Random) -> Image.Image:
    img = vgradient(w, h, (120, 80, 60), (160, 120, 90))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 90], fill=(170, 20, 20))
    d.text((w // 2 - 190, 24), "演示县人民政府第32次常务会议", font=font(28, SANS_BOLD), fill=(255, 235, 160))
    d.rectangle([60, 200, w - 60, 250], fill=(235, 235, 230))  # table
    for x in range(90, w - 90, 62):
        d.ellipse([x, 160, x + 30, 190], fill=(40, 30, 25))
        d.rectangle([x - 6, 190, x + 36, 215], fill=(35, 40, 60))
        d.rectangle([x + 4, 215, x + 26, 222], fill=(245, 245, 245))
    for x in range(40, w, 90):
        d.rectangle([x, 290, x + 60, 330], fill=(90, 60, 45))
    return img


@dataclass(frozen=True)
class Photo:
    path: str  # relative to the site root
    scene: Callable[[int, int, random.Random], Image.Image]
    caption: str


# Photos used by robot/demo/site (tools/make_demo_site.py refers to these paths).
PHOTOS: list[Photo] = [
    Photo("col/tpxw/202404/W020240426381547216093.jpg", scene_construction, "演示县2024年第二批重大项目集中开工"),
    Photo("col/tpxw/202404/W020240423290417365812.jpg", scene_flowers, "东山镇万亩油菜花海迎来赏花游客"),
    Photo("col/tpxw/202404/W020240419174632598104.jpg", scene_clinic, "县人民医院开展“义诊进社区”活动"),
    Photo("col/tpxw/202404/W020240412603918274561.jpg", scene_farmland, "青石镇高标准农田春耕生产忙"),
    Photo("col/tpxw/202404/W020240402452761903387.jpg", scene_hills, "龙泉镇开展清明节文明祭扫宣传"),
    Photo("col/tpxw/202403/W020240329718254036912.jpg", scene_park, "县城首批口袋公园正式对外开放"),
    Photo("col/gzdt/202404/W020240428165093827416.jpg", scene_meeting, "县政府召开第32次常务会议"),
]


def make_photo(p: Photo, size: tuple[int, int] = (640, 400)) -> Image.Image:
    rnd = random.Random(p.path)
    img = p.scene(size[0], size[1], rnd)
    caption(img, p.caption)
    return img


# --- site furniture (decoys: fine images) --------------------------------------------------


def emblem(size: int) -> Image.Image:
    """A red round seal with a gold star, standing in for the county's emblem."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([0, 0, size - 1, size - 1], fill=(200, 20, 20), outline=(240, 200, 60), width=max(2, size // 20))
    cx = cy = size / 2
    r1, r2 = size * 0.32, size * 0.13
    pts = []
    for i in range(10):
        r = r1 if i % 2 == 0 else r2
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=(250, 215, 60))
    return img


def make_logo(title: str, subtitle: str, width: int = 460) -> Image.Image:
    img = Image.new("RGBA", (width, 84), (0, 0, 0, 0))
    img.paste(emblem(72), (4, 6), emblem(72))
    d = ImageDraw.Draw(img)
    d.text((90, 2), title, font=font(40, SERIF_BOLD), fill=(255, 255, 255))
    d.text((92, 54), subtitle, font=font(16), fill=(225, 235, 250))
    return img


def make_banner() -> Image.Image:
    w, h = 1200, 180
    img = vgradient(w, h, (20, 90, 170), (120, 180, 230))
    d = ImageDraw.Draw(img)
    rnd = random.Random("banner")
    _hills(d, w, h, 120, (60, 130, 150), rnd, 18)
    _hills(d, w, h, 145, (40, 110, 110), rnd, 12)
    for x in range(700, 1180, 46):
        bh = rnd.randint(40, 100)
        d.rectangle([x, 150 - bh, x + 34, 150], fill=(200, 220, 240))
    d.text((60, 38), "奋力谱写演示高质量发展新篇章", font=font(48, SERIF_BOLD), fill=(255, 240, 180))
    d.text((64, 108), "深化政务公开  建设人民满意的服务型政府", font=font(24), fill=(255, 255, 255))
    return img


def make_chart() -> Image.Image:
    """A bar chart on white: mostly blank background, yet a real picture (a decoy)."""
    w, h = 640, 400
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((150, 14), "2024年一季度一般公共预算收支情况（亿元）", font=font(20, SANS_BOLD), fill=(30, 30, 30))
    x0, y0, y1 = 70, 350, 70
    d.line([(x0, y0), (w - 30, y0)], fill=(60, 60, 60), width=2)
    d.line([(x0, y0), (x0, y1)], fill=(60, 60, 60), width=2)
    for v in range(0, 31, 5):
        y = y0 - v * 9
        d.line([(x0 - 5, y), (w - 30, y)], fill=(225, 225, 225))
        d.text((x0 - 34, y - 10), str(v), font=font(14), fill=(80, 80, 80))
    data = [("1月", 6.8, 9.2), ("2月", 4.9, 8.1), ("3月", 7.6, 11.4), ("一季度", 19.3, 28.7)]
    for i, (label, income, spend) in enumerate(data):
        bx = x0 + 40 + i * 130
        for j, (val, col) in enumerate(((income, (46, 117, 182)), (spend, (237, 125, 49)))):
            top = y0 - val * 9
            d.rectangle([bx + j * 40, top, bx + j * 40 + 34, y0 - 1], fill=col)
            d.text((bx + j * 40 + 1, top - 20), f"{val}", font=font(13), fill=(40, 40, 40))
        d.text((bx + 16, y0 + 8), label, font=font(15), fill=(40, 40, 40))
    d.rectangle([90, 50, 106, 62], fill=(46, 117, 182))
    d.text((112, 45), "收入", font=font(14), fill=(40, 40, 40))
    d.rectangle([160, 50, 176, 62], fill=(237, 125, 49))
    d.text((182, 45), "支出", font=font(14), fill=(40, 40, 40))
    return img


def make_jiucuo() -> Image.Image:
    """The red "我为政府网站找错" entry badge every government site carries."""
    img = Image.new("RGB", (110, 55), (200, 16, 16))
    d = ImageDraw.Draw(img)
    d.rectangle([2, 2, 107, 52], outline=(255, 220, 120), width=1)
    d.text((14, 3), "我为政府", font=font(18, SANS_BOLD), fill=(255, 255, 255))
    d.text((14, 26), "网站找错", font=font(18, SANS_BOLD), fill=(255, 235, 150))
    return img


def make_dzjg() -> Image.Image:
    """The 党政机关 identity badge."""
    img = Image.new("RGBA", (56, 66), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, 55, 65], radius=6, fill=(205, 20, 20))
    d.text((8, 4), "党政", font=font(18, SANS_BOLD), fill=(255, 255, 255))
    d.text((8, 26), "机关", font=font(18, SANS_BOLD), fill=(255, 255, 255))
    d.line([(6, 52), (49, 52)], fill=(255, 215, 80), width=3)
    return img


# --- the broken-looking ones (image.broken) ------------------------------------------------


def make_failed_placeholder(w: int = 400, h: int = 300, icon_above: bool = False) -> Image.Image:
    """The grey "图片加载失败" graphic a CMS shows instead of a photo that went missing."""
    img = Image.new("RGB", (w, h), (238, 238, 238))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w - 1, h - 1], outline=(210, 210, 210), width=2)
    cx, cy = w // 2, h // 2 - (30 if icon_above else 20)
    # a "broken picture" icon: a frame, a mountain and a sun, torn diagonally
    d.rectangle([cx - 40, cy - 32, cx + 40, cy + 32], outline=(175, 175, 175), width=4)
    d.polygon([(cx - 34, cy + 26), (cx - 10, cy - 4), (cx + 6, cy + 12), (cx + 16, cy + 2), (cx + 34, cy + 26)],
              fill=(190, 190, 190))
    d.ellipse([cx + 12, cy - 24, cx + 26, cy - 10], fill=(190, 190, 190))
    d.line([(cx + 8, cy - 36), (cx - 6, cy - 4), (cx + 10, cy + 8), (cx - 4, cy + 36)], fill=(238, 238, 238), width=6)
    f = font(20)
    text = "图片加载失败"
    tw = d.textlength(text, font=f)
    d.text((cx - tw / 2, cy + 46), text, font=f, fill=(150, 150, 150))
    return img


def make_grey_box(w: int = 400, h: int = 300, grey: int = 204) -> Image.Image:
    return Image.new("RGB", (w, h), (grey, grey, grey))


# --- writing -------------------------------------------------------------------------------


def save(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix in (".jpg", ".jpeg"):
        img.convert("RGB").save(path, "JPEG", quality=70, optimize=True)
    elif suffix == ".gif":
        img.save(path, "GIF", transparency=0)
    else:
        img.save(path, "PNG", optimize=True)


# Images the site generator places on purpose (kept here so both scripts agree).
DEMO_PLACEHOLDER = "col/bmdt/202404/W020240418527364019825.png"  # image.broken: 图片加载失败 graphic
DEMO_GREY_BOX = "col/zdly/202404/W020240416208375196432.png"  # image.broken: plain grey box
DEMO_CHART = "col/czzj/202404/W020240412836105724938.png"  # decoy: a chart on white


def demo_images() -> dict[str, Image.Image]:
    out: dict[str, Image.Image] = {
        "images/logo.png": make_logo("演示县人民政府", "YANSHI COUNTY PEOPLE'S GOVERNMENT"),
        "images/banner.jpg": make_banner(),
        "images/jiucuo.png": make_jiucuo(),
        "images/dzjg.png": make_dzjg(),
        "images/count.gif": Image.new("P", (1, 1), 0),
        DEMO_CHART: make_chart(),
        DEMO_PLACEHOLDER: make_failed_placeholder(),
        DEMO_GREY_BOX: make_grey_box(),
    }
    for p in PHOTOS:
        out[p.path] = make_photo(p)
    return out


def test_images() -> dict[str, Image.Image]:
    logo = Image.new("RGBA", (320, 60), (0, 0, 0, 0))
    logo.paste(emblem(52), (4, 4), emblem(52))
    ImageDraw.Draw(logo).text((66, 6), "测试镇人民政府", font=font(32, SERIF_BOLD), fill=(150, 20, 20))
    photo = scene_farmland(480, 300, random.Random("tests-photo"))
    caption(photo, "测试镇召开春耕备耕工作部署会")
    return {
        "images/logo.png": logo,
        "images/jiucuo.png": make_jiucuo(),
        "upload/2024/04/20240412093015.jpg": photo,
        "upload/2024/04/20240408151230.png": make_failed_placeholder(300, 220, icon_above=True),
        "upload/2024/03/20240325104512.png": make_grey_box(320, 240, grey=215),
    }


def main() -> None:
    for root, images in ((DEMO, demo_images()), (TESTS, test_images())):
        for rel, img in images.items():
            save(img, root / rel)
            print(root.relative_to(ROOT) / rel)


if __name__ == "__main__":
    main()
