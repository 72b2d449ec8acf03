"""robot.vision: placeholder/blank/undecodable images, blank regions, screen diffs.

All images are generated here or in tests/fixtures/images/vision_samples.py (drawn with code of
their own, never the shipped references byte for byte). No timing asserts: see
benchmarks/bench_vision.py for figures.
"""

from __future__ import annotations

import importlib.util
import io
from collections import Counter
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from PIL import Image, ImageDraw

from robot import vision
from robot.snapshots import Box, RenderFacts

SAMPLES_PATH = Path(__file__).parent / "fixtures" / "images" / "vision_samples.py"


def _load_samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vision_samples", SAMPLES_PATH)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


vs = _load_samples()
PLACEHOLDERS = vs.placeholders()
BLANKS = vs.blanks()
DECOYS = vs.decoys()
UNDECODABLE = vs.undecodables(vs.encode(vs.photo(20, (300, 200))), vs.encode(vs.photo(21, (300, 200)), "JPEG"))


@pytest.fixture(scope="module")
def refs() -> vision.ReferenceSet:
    return vision.ReferenceSet.load()


def png(im: Image.Image) -> bytes:
    return vs.encode(im)


# --- references -------------------------------------------------------------------------------


def test_shipped_references_load_and_are_cached(refs: vision.ReferenceSet) -> None:
    assert len(refs.references) >= 8 and len(refs.templates) >= 2
    assert {"placeholder_jiazaishibai.png", "icon_broken_picture.png"} <= set(refs.names)
    again = vision.ReferenceSet.load()
    assert all(a is b for a, b in zip(again.references, refs.references, strict=True))  # hashes cached


def test_samples_are_not_the_reference_files() -> None:
    shipped = {p.read_bytes() for p in vision.REFS_DIR.glob("*.png")}
    assert not shipped & {data for _, data, _ in PLACEHOLDERS}


def _site_placeholder(size: tuple[int, int]) -> Image.Image:
    """A colourful branded 'no picture' graphic: nothing the shipped set or the heuristic knows."""
    im = Image.new("RGB", size, (25, 90, 170))
    d = ImageDraw.Draw(im)
    w, h = size
    d.ellipse((w * 0.08, h * 0.2, w * 0.38, h * 0.8), fill=(200, 20, 20))
    d.text((w * 0.45, h * 0.5), "图片已删除", font=vs.font(int(h * 0.18)), fill=(255, 220, 0), anchor="lm")
    return im


def test_a_site_folder_extends_the_reference_set(tmp_path: Path) -> None:
    _site_placeholder((400, 200)).save(tmp_path / "xinfeng_nopic.png")
    seen = vs.encode(_site_placeholder((300, 150)), "JPEG", quality=70)
    assert vision.classify_image(seen, vision.ReferenceSet.load())[0] == "ok"
    verdict, detail = vision.classify_image(seen, vision.ReferenceSet.load([tmp_path]))
    assert verdict == "placeholder" and "xinfeng_nopic.png" in detail


def test_reference_folder_errors_are_loud(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        vision.ReferenceSet.load([tmp_path / "missing"])
    (tmp_path / "bad.png").write_bytes(b"<html>not an image</html>")
    with pytest.raises(ValueError, match="bad.png"):
        vision.ReferenceSet.load([tmp_path])


# --- classify_image ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "expected"), PLACEHOLDERS, ids=[s[0] for s in PLACEHOLDERS])
def test_placeholders(refs: vision.ReferenceSet, name: str, data: bytes, expected: str) -> None:
    verdict, detail = vision.classify_image(data, refs)
    assert (verdict, name) == ("placeholder", name), detail
    assert detail


@pytest.mark.parametrize(("name", "data", "expected"), BLANKS, ids=[s[0] for s in BLANKS])
def test_blank_boxes(refs: vision.ReferenceSet, name: str, data: bytes, expected: str) -> None:
    verdict, detail = vision.classify_image(data, refs)
    assert verdict == "blank", detail


@pytest.mark.parametrize(("name", "data", "expected"), DECOYS, ids=[s[0] for s in DECOYS])
def test_decoys_are_ok(refs: vision.ReferenceSet, name: str, data: bytes, expected: str) -> None:
    verdict, detail = vision.classify_image(data, refs)
    assert verdict == "ok", detail


@pytest.mark.parametrize(("name", "data", "expected"), UNDECODABLE, ids=[s[0] for s in UNDECODABLE])
def test_undecodable(refs: vision.ReferenceSet, name: str, data: bytes, expected: str) -> None:
    verdict, detail = vision.classify_image(data, refs)
    assert verdict == "undecodable" and detail


def test_details_say_why(refs: vision.ReferenceSet) -> None:
    grey = vision.classify_image(png(Image.new("RGB", (300, 200), (204, 204, 204))), refs)
    assert grey == ("blank", "纯色/近纯色方块 #cccccc，300×200，标准差 0.0")
    samples = {n: d for n, d, _ in PLACEHOLDERS}
    by_hash = vision.classify_image(samples["ref_jiazai_480x360_jpeg"], refs)[1]
    assert "placeholder_jiazaishibai.png" in by_hash and "感知哈希距离" in by_hash
    by_template = vision.classify_image(samples["icon_top_left_with_caption"], refs)[1]
    assert "icon_broken_picture.png" in by_template and "模板匹配" in by_template
    by_look = vision.classify_image(samples["drawn_camera_zanwu_360x270"], refs)[1]
    assert by_look.startswith("疑似占位图")
    assert "HTML" in vision.classify_image(b"<!doctype html><title>404</title>", refs)[1]
    assert vision.classify_image(b"", refs)[1].startswith("零字节")


def test_text_bodies_and_animations(refs: vision.ReferenceSet) -> None:
    assert vision.classify_image(b'{"code":404,"msg":"not found"}', refs)[1].startswith("不是图片而是文本")
    frames = [Image.new("RGB", (200, 150), "white")] + [vs.photo(s, (200, 150)) for s in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    assert vision.classify_image(buf.getvalue(), refs)[0] == "ok"  # a fade-in is not a blank box


def test_default_references_are_used_when_none_given() -> None:
    data = {n: d for n, d, _ in PLACEHOLDERS}["ref_zanwu_250x250_jpeg"]
    assert vision.classify_image(data)[0] == "placeholder"


def test_accuracy_on_the_generated_set(refs: vision.ReferenceSet) -> None:
    """≥ 40 images, half placeholders/blank boxes, half decoys: every one must be right."""
    positives = PLACEHOLDERS + BLANKS
    negatives = DECOYS + [(f"photo_{s}", vs.encode(vs.photo(s, (320, 240)), "JPEG"), "ok") for s in range(30, 36)]
    assert len(positives) + len(negatives) >= 40 and abs(len(positives) - len(negatives)) <= 4
    confusion: Counter[tuple[str, str]] = Counter()
    wrong = []
    for name, data, expected in positives + negatives + UNDECODABLE:
        got = vision.classify_image(data, refs)[0]
        confusion[(expected, got)] += 1
        if got != expected:
            wrong.append(name)
    total = sum(confusion.values())
    right = total - len(wrong)
    tp = sum(confusion[(e, e)] for e in ("placeholder", "blank"))
    print(f"\nvision accuracy: {right}/{total} = {right / total:.1%}; "
          f"placeholder/blank recall {tp}/{len(positives)}, decoys ok {confusion[('ok', 'ok')]}/{len(negatives)}")
    for (expected, got), n in sorted(confusion.items()):
        print(f"  expected {expected:11s} got {got:11s} {n}")
    assert not wrong, wrong


def test_jpeg_decoded_at_half_size_reports_the_natural_size(refs: vision.ReferenceSet) -> None:
    data = vs.encode(vs.photo(3, (1600, 1200)), "JPEG", quality=95)
    assert len(data) > 60_000
    verdict, detail = vision.classify_image(data, refs)
    assert verdict == "ok" and detail.startswith("1600×1200")


# --- region_facts -----------------------------------------------------------------------------


def _area(size: tuple[int, int] = (900, 500), *, border: bool = True, note: str | None = None,
          spinner: bool = False, dark: bool = False) -> Image.Image:
    im = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(im)
    w, h = size
    if border:
        d.rectangle((0, 0, w - 1, h - 1), outline=(100, 100, 100) if dark else (221, 221, 221), width=2 if dark else 1)
    if spinner:
        d.arc((w // 2 - 16, h // 2 - 40, w // 2 + 16, h // 2 - 8), 0, 270, fill=(170, 170, 170), width=4)
    if note:
        d.text((w // 2, h // 2), note, font=vs.font(14), fill=(153, 153, 153), anchor="mt")
    return im


def _entry(text: str, date: str | None) -> Image.Image:
    im = _area()
    d = ImageDraw.Draw(im)
    d.text((24, 16), text, font=vs.font(15), fill=(34, 34, 34))
    if date:
        d.text((790, 16), date, font=vs.font(15), fill=(120, 120, 120))
    return im


def _grid() -> Image.Image:
    im = _area()
    d = ImageDraw.Draw(im)
    for y in range(40, 500, 40):
        d.line([(0, y), (899, y)], fill=(190, 190, 190))
    for x in (300, 600):
        d.line([(x, 0), (x, 499)], fill=(190, 190, 190))
    return im


REGIONS = {
    "list of 10 titles with dates": (vs.news_list(10, (900, 500)), False),
    "one entry with its date": (_entry("· 关于做好春节期间安全生产工作的通知", "2024-01-10"), False),
    "one short left-aligned entry": (_entry("· 工作动态", None), False),
    "empty white with 1-px border": (_area(), True),
    "empty, no border": (_area(border=False), True),
    "empty with a dark 2-px border": (_area(dark=True), True),
    "暂无信息 in a dark-bordered box": (_area(note="暂无信息", dark=True), True),
    "uniform grey": (Image.new("RGB", (900, 500), (240, 240, 240)), True),
    "暂无信息 in a big box": (_area(note="暂无信息"), True),
    "加载中... and a spinner": (_area(note="加载中...", spinner=True), True),
    "暂无信息 in a small column box": (_area((300, 120), note="暂无信息"), True),
    "empty table grid": (_grid(), True),
}


@pytest.mark.parametrize("case", list(REGIONS))
def test_region_blankness(case: str) -> None:
    im, blank = REGIONS[case]
    facts = vision.region_facts(png(im))
    assert isinstance(facts, RenderFacts)
    assert facts.blank is blank, facts
    assert 0.0 <= facts.ink_ratio <= 1.0 and 0.0 <= facts.edge_density <= 1.0


def test_region_measures() -> None:
    listing = vision.region_facts(png(vs.news_list(10, (900, 500))))
    assert listing.ink_ratio > 0.01 and listing.edge_density > 0.01
    flat = vision.region_facts(png(Image.new("RGB", (400, 300), (240, 240, 240))))
    assert flat.ink_ratio == 0.0 and flat.edge_density == 0.0


def test_region_box_cuts_the_region_out_of_a_screenshot() -> None:
    page = Image.new("RGB", (1400, 700), "white")
    page.paste(vs.news_list(10, (700, 450)), (20, 100))
    shot = png(page)
    left, right = Box(20, 100, 700, 450), Box(760, 100, 600, 450)
    assert vision.region_facts(shot, left) == RenderFacts(
        box=left, blank=False, edge_density=vision.region_facts(shot, left).edge_density,
        ink_ratio=vision.region_facts(shot, left).ink_ratio)
    assert vision.region_facts(shot, right).blank
    outside = Box(2000, 2000, 10, 10)
    assert vision.region_facts(shot, outside) == RenderFacts(box=outside, blank=True, edge_density=0.0, ink_ratio=0.0)


def test_region_of_garbage_raises() -> None:
    with pytest.raises(ValueError):
        vision.region_facts(b"not a png")


# --- diff_screens / draw_boxes ----------------------------------------------------------------


def _page(heading: str = "信丰县人民政府", height: int = 1000, notice: str = "今日气温 18℃") -> bytes:
    im = Image.new("RGB", (800, height), "white")
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, 800, 90), fill=(180, 20, 20))
    d.text((400, 45), heading, font=vs.font(34), fill="white", anchor="mm")
    d.text((600, 120), notice, font=vs.font(14), fill=(80, 80, 80))
    im.paste(vs.news_list(12, (700, 480)), (50, 200))
    return png(im)


def test_identical_screens_do_not_differ() -> None:
    d = vision.diff_screens(_page(), _page())
    assert (d.differs, d.changed_ratio, d.boxes, d.score) == (False, 0.0, [], 1.0)


def test_a_changed_heading_differs_with_a_box_over_it() -> None:
    d = vision.diff_screens(_page(), _page(heading="某某网络科技有限公司"))
    assert d.differs and d.score < 1.0 and 0 < d.changed_ratio < 0.05
    box = d.boxes[0]
    assert 0 <= box.y and box.y + box.height <= 90 and 150 < box.x + box.width / 2 < 650


def test_a_change_inside_a_mask_does_not_count() -> None:
    mask = Box(590, 110, 210, 40)  # the weather line
    other = "今日多云转小雨 东风3级"
    d = vision.diff_screens(_page(), _page(notice=other), masks=[mask])
    assert not d.differs and d.changed_ratio == 0.0 and d.score == 1.0
    assert vision.diff_screens(_page(), _page(notice=other)).differs
    both = vision.diff_screens(_page(), _page(heading="某某公司", notice=other), masks=[mask])
    assert both.differs and all(b.y + b.height <= 100 for b in both.boxes)


def test_a_speck_below_the_minimum_area_does_not_count() -> None:
    im = Image.open(io.BytesIO(_page()))
    ImageDraw.Draw(im).rectangle((10, 950, 12, 952), fill="black")
    d = vision.diff_screens(_page(), png(im))
    assert not d.differs and d.changed_ratio > 0


def test_a_longer_page_counts_its_extra_height_as_changed() -> None:
    d = vision.diff_screens(_page(), _page(height=1200))
    assert d.differs
    assert d.changed_ratio == pytest.approx(200 / 1200, abs=0.01)
    assert Box(0.0, 1000.0, 800.0, 200.0) in d.boxes
    assert d.score == pytest.approx(1000 / 1200, abs=0.01)


def test_draw_boxes_marks_red_rectangles() -> None:
    shot = _page()
    out = vision.draw_boxes(shot, [Box(100, 300, 200, 100)])
    a = np.asarray(Image.open(io.BytesIO(out)).convert("RGB"))
    b = np.asarray(Image.open(io.BytesIO(shot)).convert("RGB"))
    assert a.shape == b.shape
    assert tuple(a[299, 150]) == (255, 0, 0) and tuple(a[350, 99]) == (255, 0, 0)
    assert (a[305:395, 105:295] == b[305:395, 105:295]).all()  # the content stays readable
    green = np.asarray(Image.open(io.BytesIO(vision.draw_boxes(shot, [Box(100, 300, 200, 100)], (0, 200, 0)))))
    assert tuple(green[299, 150][:3]) == (0, 200, 0)
