"""Generate the shipped placeholder references in ``robot/vision_refs/``.

The vision module compares every image of a site with these pictures (perceptual hashes of the
whole image and of its centred content, and template matching for the ``icon_*`` files). They
imitate what CMSs and CDNs serve in place of a missing picture: a light grey box with a
broken-picture or mountain-and-sun icon and a line such as 图片加载失败 / 暂无图片 / Image not
found, in the aspect ratios that list thumbnails and banners use.

Run from the repository root (Pillow and the Noto CJK font are needed; the output is
deterministic, so rerunning leaves the files unchanged):

    .venv/bin/python tools/make_vision_refs.py [--out robot/vision_refs]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_INDEX_SC = 2  # the .ttc holds JP, KR, SC, TC, HK; index 2 is Simplified Chinese

RGB = tuple[int, int, int]
IconDrawer = Callable[[Image.Image, int, int, int, RGB, RGB], None]


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, size, index=FONT_INDEX_SC)


def draw_mountain_sun(im: Image.Image, cx: int, cy: int, s: int, ink: RGB, bg: RGB) -> None:
    """The generic 'picture' icon: a rounded frame, a sun and two mountains; ``s`` is its width."""
    d = ImageDraw.Draw(im)
    w, h = s, int(s * 0.8)
    x0, y0 = cx - w // 2, cy - h // 2
    lw = max(2, s // 16)
    d.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=max(2, s // 12), outline=ink, width=lw)
    r = s // 10
    d.ellipse((x0 + int(w * 0.68) - r, y0 + int(h * 0.3) - r, x0 + int(w * 0.68) + r, y0 + int(h * 0.3) + r), fill=ink)
    base = y0 + h - lw - 1
    d.polygon([(x0 + lw + 1, base), (x0 + int(w * 0.35), y0 + int(h * 0.4)), (x0 + int(w * 0.62), base)], fill=ink)
    d.polygon([(x0 + int(w * 0.45), base), (x0 + int(w * 0.68), y0 + int(h * 0.55)),
               (x0 + w - lw - 1, base)], fill=ink)


def draw_broken_picture(im: Image.Image, cx: int, cy: int, s: int, ink: RGB, bg: RGB) -> None:
    """The browser's broken-image icon: the picture icon torn along a zigzag, halves pulled apart."""
    pad = s // 4
    side = s + 2 * pad
    tile = Image.new("RGB", (side, side), bg)
    draw_mountain_sun(tile, side // 2, side // 2, s, ink, bg)
    steps = 5
    zig = [(side // 2 + (s // 10 if i % 2 else -s // 12), int(side * i / steps)) for i in range(steps + 1)]
    left = Image.new("L", (side, side), 0)
    ImageDraw.Draw(left).polygon([(0, 0), *zig, (0, side)], fill=255)
    right = Image.eval(left, lambda v: 255 - v)
    shift = max(2, s // 14)
    x0, y0 = cx - side // 2, cy - side // 2
    im.paste(bg, (x0, y0, x0 + side, y0 + side))
    im.paste(tile, (x0 - shift, y0 - shift // 2), left)
    im.paste(tile, (x0 + shift, y0 + shift // 2), right)


def draw_spinner(im: Image.Image, cx: int, cy: int, s: int, ink: RGB, bg: RGB) -> None:
    """A loading spinner: eight dots on a circle, fading round."""
    import math

    d = ImageDraw.Draw(im)
    r = s * 0.38
    dot = max(2, s // 10)
    for i in range(8):
        a = 2 * math.pi * i / 8
        k = 0.35 + 0.65 * i / 7
        c = tuple(int(bg[j] + (ink[j] - bg[j]) * k) for j in range(3))
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        d.ellipse((x - dot, y - dot, x + dot, y + dot), fill=c)


def placeholder(size: tuple[int, int], bg: RGB, ink: RGB, text_ink: RGB, icon: IconDrawer | None,
                text: str | None, *, layout: str = "column") -> Image.Image:
    """A grey box with an icon and a caption centred in it (``layout`` column or row)."""
    w, h = size
    im = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(im)
    short = min(w, h)
    s = int(short * 0.28)
    f = font(max(12, int(short * 0.075)))
    tw = th = 0
    if text:
        left, top_, right, bottom = d.textbbox((0, 0), text, font=f)
        tw, th = int(right - left), int(bottom - top_)
    if layout == "row" and icon and text:
        gap = s // 3
        total = s + gap + tw
        ix = (w - total) // 2 + s // 2
        icon(im, ix, h // 2, s, ink, bg)
        d.text((ix + s // 2 + gap, h // 2), text, font=f, fill=text_ink, anchor="lm")
        return im
    gap = s // 4 if (icon and text) else 0
    total = (int(s * 0.8) if icon else 0) + gap + th
    top = (h - total) // 2
    if icon:
        icon(im, w // 2, top + int(s * 0.4), s, ink, bg)
        top += int(s * 0.8) + gap
    if text:
        d.text((w // 2, top + th // 2), text, font=f, fill=text_ink, anchor="mm")
    return im


def icon_template(icon: IconDrawer, bg: RGB, ink: RGB, s: int = 64) -> Image.Image:
    """An icon alone with a small margin of its background, for template matching."""
    side = int(s * 1.25)
    im = Image.new("RGB", (side, side), bg)
    icon(im, side // 2, side // 2, s, ink, bg)
    return im


GREY_BG: RGB = (238, 238, 238)
GREY_INK: RGB = (190, 190, 190)
GREY_TEXT: RGB = (153, 153, 153)

REFERENCES: dict[str, Callable[[], Image.Image]] = {
    "placeholder_jiazaishibai.png": lambda: placeholder(
        (400, 300), GREY_BG, GREY_INK, GREY_TEXT, draw_broken_picture, "图片加载失败"),
    "placeholder_jiazaishibai_wide.png": lambda: placeholder(
        (640, 360), (240, 240, 240), (200, 200, 200), (160, 160, 160), draw_broken_picture, "图片加载失败"),
    "placeholder_zanwutupian.png": lambda: placeholder(
        (300, 300), (242, 242, 242), (200, 200, 200), (170, 170, 170), draw_mountain_sun, "暂无图片"),
    "placeholder_zanwutupian_tall.png": lambda: placeholder(
        (300, 400), (245, 245, 245), (204, 204, 204), (153, 153, 153), draw_mountain_sun, "暂无图片"),
    "placeholder_zhengzaijiazai.png": lambda: placeholder(
        (400, 300), (244, 244, 244), (180, 180, 180), (150, 150, 150), draw_spinner, "图片正在加载中"),
    "placeholder_image_not_found.png": lambda: placeholder(
        (400, 300), (229, 229, 229), (170, 170, 170), (136, 136, 136), draw_broken_picture, "Image not found"),
    "placeholder_picture_icon.png": lambda: placeholder(
        (320, 240), (229, 229, 229), (187, 187, 187), GREY_TEXT, draw_mountain_sun, None),
    "placeholder_zanwutupian_banner.png": lambda: placeholder(
        (900, 300), (240, 240, 240), (200, 200, 200), (160, 160, 160), draw_mountain_sun, "暂无图片", layout="row"),
    "placeholder_jiazaishibai_white.png": lambda: placeholder(
        (360, 270), (255, 255, 255), (204, 204, 204), (170, 170, 170), draw_broken_picture, "图片加载失败"),
    "icon_broken_picture.png": lambda: icon_template(draw_broken_picture, GREY_BG, GREY_INK),
    "icon_mountain_sun.png": lambda: icon_template(draw_mountain_sun, GREY_BG, GREY_INK),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "robot" / "vision_refs"))
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, make in REFERENCES.items():
        make().save(out / name, optimize=True)
        print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
