"""Timings of robot.vision on typical inputs; prints a table (no asserts).

    .venv/bin/python benchmarks/bench_vision.py [--repeat 40]

Target: classify_image median under 15 ms on an 800×600 image. Wall time suffers when the machine
is shared, so CPU time of this process is printed beside it along with the load average.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

from robot import vision  # noqa: E402
from robot.snapshots import Box  # noqa: E402
from robot.vision import images as vision_images  # noqa: E402


def _samples_module():  # type: ignore[no-untyped-def]
    path = ROOT / "tests" / "fixtures" / "images" / "vision_samples.py"
    spec = importlib.util.spec_from_file_location("vision_samples", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def measure(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """(median wall ms, p90 wall ms, median CPU ms)."""
    fn()  # warm caches
    wall, cpu = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    wall.sort()
    return statistics.median(wall), wall[int(0.9 * (len(wall) - 1))], statistics.median(cpu)


def page(height: int, heading: str) -> bytes:
    vs = _samples_module()
    im = Image.new("RGB", (1280, height), "white")
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, 1280, 120), fill=(180, 20, 20))
    d.text((640, 60), heading, font=vs.font(40), fill="white", anchor="mm")
    im.paste(vs.news_list(30, (1000, 1200)), (140, 200))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=40)
    n = ap.parse_args().repeat
    vs = _samples_module()
    vision_images._load_reference.cache_clear()
    t0, c0 = time.perf_counter(), time.process_time()
    refs = vision.ReferenceSet.load()
    cold, cold_cpu = (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000
    warm = measure(vision.ReferenceSet.load, n)[0]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; cv2 threads {cv2.getNumThreads()}")
    print(f"ReferenceSet.load: {len(refs)} references, cold {cold:.1f} ms (cpu {cold_cpu:.1f} ms), warm {warm:.2f} ms")
    images = {
        "photo 800×600 JPEG q85": vs.encode(vs.photo(1), "JPEG", quality=85),
        "photo 800×600 PNG": vs.encode(vs.photo(2)),
        "placeholder 800×600 PNG": vs.encode(vs.placeholder((800, 600))),
        "placeholder 800×600 JPEG": vs.encode(vs.placeholder((800, 600), icon="camera", text="暂无图片"), "JPEG"),
        "grey box 800×600 PNG": vs.encode(Image.new("RGB", (800, 600), (204, 204, 204))),
        "cloudy sky 800×600 JPEG": vs.encode(vs.cloudy_sky(3), "JPEG", quality=85),
        "document scan 620×860 JPEG": vs.encode(vs.document_scan(4), "JPEG", quality=80),
        "chart 600×400 PNG": vs.encode(vs.chart(5)),
    }
    print(f"\n{'classify_image':34s} {'verdict':12s} {'median':>8s} {'p90':>8s} {'cpu':>8s}")
    medians = []
    for name, data in images.items():
        verdict = vision.classify_image(data, refs)[0]
        med, p90, cpu = measure(lambda d=data: vision.classify_image(d, refs), n)  # type: ignore[misc]
        medians.append(med)
        print(f"{name:34s} {verdict:12s} {med:7.1f}ms {p90:7.1f}ms {cpu:7.1f}ms")
    print(f"{'median over the 800×600 set':34s} {'':12s} {statistics.median(medians[:6]):7.1f}ms")

    listing = vs.encode(vs.news_list(10, (1200, 900)))
    empty = vs.encode(Image.new("RGB", (1200, 900), "white"))
    base, changed = page(2000, "信丰县人民政府"), page(2000, "某某网络科技公司")
    rows = [
        ("region_facts list 1200×900", lambda: vision.region_facts(listing)),
        ("region_facts empty 1200×900", lambda: vision.region_facts(empty)),
        ("diff_screens 1280×2000 heading changed", lambda: vision.diff_screens(base, changed)),
        ("draw_boxes 1280×2000", lambda: vision.draw_boxes(base, [Box(100, 10, 500, 100)])),
    ]
    print()
    for name, fn in rows:
        med, p90, cpu = measure(fn, max(5, n // 4))
        print(f"{name:47s} {med:7.1f}ms {p90:7.1f}ms {cpu:7.1f}ms")
    d = vision.diff_screens(base, changed)
    print(f"\ndiff: differs={d.differs} changed_ratio={d.changed_ratio} score={d.score} boxes={d.boxes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
