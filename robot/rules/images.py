"""Images: image.broken — fails to load or decode, or renders as a placeholder or blank box."""

from __future__ import annotations

from collections.abc import Iterator

from robot.findings import Finding, Mark
from robot.rules._common import first_seen_on
from robot.rules.registry import RuleContext, rule
from robot.snapshots import ImageFact, PageSnapshot

MIN_SIDE_PX = 4  # spacer GIFs and tracking pixels are never "blank boxes"
MIN_AREA_PX = 100  # rendered area below which a uniform image is decoration, not content

_VERDICTS = {
    "placeholder": "显示为占位图（图片加载失败提示）",
    "blank": "显示为空白/纯色方块",
    "undecodable": "图片文件无法解码",
}


def _problem(img: ImageFact) -> str | None:
    if not img.src or not (img.raw_src or "").strip():
        return None
    if img.complete and not img.loaded:
        return "图片无法加载"
    if img.visual in ("placeholder", "blank"):
        tiny = min(img.natural_width, img.natural_height) < MIN_SIDE_PX
        small = img.box is not None and img.box.area < MIN_AREA_PX
        if tiny or small or not img.visible:
            return None
        return _VERDICTS[img.visual]
    if img.visual == "undecodable" and not img.loaded:
        return _VERDICTS["undecodable"]
    return None


@rule(
    "image.broken", "high",
    summary="图片无法显示（加载失败、占位图或空白框）",
    hint="重新上传正确的图片文件并核对图片地址；不再需要的图片请删除。",
    needs=("pages", "images"),
)
def image_broken(ctx: RuleContext) -> Iterator[Finding]:
    by_src: dict[str, list[tuple[PageSnapshot, ImageFact, str]]] = {}
    for page in ctx.snapshot.pages:
        for img in page.images:
            why = _problem(img)
            if why:
                by_src.setdefault(img.src, []).append((page, img, why))
    for src, places in sorted(by_src.items()):
        ordered = first_seen_on([(p, (i, w)) for p, i, w in places])
        page, (img, why) = ordered[0]
        yield ctx.finding(
            "image.broken", page.requested_url,
            f"图片无法正常显示：{why}" + (f"（{img.alt[:30]}）" if img.alt else ""),
            target=src if src.startswith(("http://", "https://")) else src[:80],
            measured={
                "loaded": img.loaded, "natural_width": img.natural_width, "natural_height": img.natural_height,
                "visual": img.visual, "visual_detail": img.visual_detail,
                "seen_on": len({p.requested_url for p, _ in ordered}),
            },
            mark=Mark(selector=img.selector, box=img.box),
        )
