"""Screenshot against baseline (page.defaced) and evidence marking."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from robot.snapshots import Box
from robot.vision._decode import U8, decode

SSIM_WINDOW = (11, 11)
SSIM_SIGMA = 1.5
DIFF_GROUP_PX = 15  # changed pixels this close form one region (the glyphs of a heading)


@dataclass(frozen=True, slots=True)
class ScreenDiff:
    """How a screenshot differs from its baseline (rule ``page.defaced``)."""

    changed_ratio: float  # changed pixels / compared (unmasked) pixels, extra height included
    boxes: list[Box]  # changed regions at least ``min_area_ratio`` of the page, largest first
    score: float  # SSIM of the common part × its share of the larger page (1.0 = identical)
    differs: bool  # at least one changed region


def _ssim(a: U8, b: U8) -> float:
    """Mean SSIM of two grey images (Wang et al. 2004; 11×11 Gaussian, σ 1.5), OpenCV only.

    Written with cv2 arithmetic rather than numpy operators: on a 1280×2000 page it is the
    difference between ~50 and ~150 ms.
    """
    x, y = a.astype(np.float32), b.astype(np.float32)
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    blur = functools.partial(cv2.GaussianBlur, ksize=SSIM_WINDOW, sigmaX=SSIM_SIGMA)
    mx, my = blur(x), blur(y)
    mxx, myy, mxy = cv2.multiply(mx, mx), cv2.multiply(my, my), cv2.multiply(mx, my)
    sx = cv2.subtract(blur(cv2.multiply(x, x)), mxx)
    sy = cv2.subtract(blur(cv2.multiply(y, y)), myy)
    sxy = cv2.subtract(blur(cv2.multiply(x, y)), mxy)
    num = cv2.multiply(cv2.addWeighted(mxy, 2.0, mxy, 0.0, c1), cv2.addWeighted(sxy, 2.0, sxy, 0.0, c2))
    den = cv2.multiply(cv2.addWeighted(mxx, 1.0, myy, 1.0, c1), cv2.addWeighted(sx, 1.0, sy, 1.0, c2))
    return float(cv2.mean(cv2.divide(num, den))[0])


def _pixel_box(b: Box, w: int, h: int) -> tuple[int, int, int, int]:
    x0, y0 = min(w, max(0, math.floor(b.x))), min(h, max(0, math.floor(b.y)))
    return x0, y0, min(w, max(x0, math.ceil(b.x + b.width))), min(h, max(y0, math.ceil(b.y + b.height)))


def diff_screens(baseline: bytes, current: bytes, *, masks: Sequence[Box] = (), blur: float = 0.8,
                 pixel_threshold: int = 30, min_area_ratio: float = 0.001) -> ScreenDiff:
    """Compare two screenshots (PNG/JPEG bytes) outside the ``masks`` (page coordinates).

    Both are blurred (σ ``blur``; 0 = off) so antialiasing noise disappears; a pixel has changed
    when a channel differs by more than ``pixel_threshold``. Changed pixels within
    :data:`DIFF_GROUP_PX` of each other form one region; a region counts when its bounding box
    covers at least ``min_area_ratio`` of the larger page. Where the heights (or widths) differ,
    the common part is compared and the extra part counts as changed.
    """
    a, b = decode(baseline), decode(current)
    (ha, wa), (hb, wb) = a.shape[:2], b.shape[:2]
    H, W, h, w = max(ha, hb), max(wa, wb), min(ha, hb), min(wa, wb)
    a_c, b_c = a[:h, :w], b[:h, :w].copy()
    rects = [_pixel_box(m, W, H) for m in masks]
    for x0, y0, x1, y1 in rects:  # masked areas of the current page show the baseline's pixels
        b_c[y0:min(y1, h), x0:min(x1, w)] = a_c[y0:min(y1, h), x0:min(x1, w)]
    if blur > 0:
        a_c, b_c = cv2.GaussianBlur(a_c, (0, 0), blur), cv2.GaussianBlur(b_c, (0, 0), blur)
    changed = np.zeros((H, W), np.uint8)
    chans = cv2.split(cv2.absdiff(a_c, b_c))
    most = cv2.max(cv2.max(chans[0], chans[1]), chans[2])
    changed[:h, :w] = cv2.threshold(most, pixel_threshold, 255, cv2.THRESH_BINARY)[1]
    changed[h:, :] = 255
    changed[:, w:] = 255
    keep = np.full((H, W), 255, np.uint8)
    for x0, y0, x1, y1 in rects:
        keep[y0:y1, x0:x1] = 0
    changed &= keep
    counted = max(1, int(np.count_nonzero(keep)))
    changed_ratio = float(np.count_nonzero(changed)) / counted
    grouped = cv2.dilate(changed, cv2.getStructuringElement(cv2.MORPH_RECT, (DIFF_GROUP_PX, DIFF_GROUP_PX)))
    contours, _ = cv2.findContours(grouped, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    pad = DIFF_GROUP_PX // 2
    boxes = []
    for c in contours:
        x, y, cw, ch = cv2.boundingRect(c)
        x0, y0 = x + pad if x > 0 else x, y + pad if y > 0 else y  # undo the dilation's growth
        x1 = x + cw - pad if x + cw < W else x + cw
        y1 = y + ch - pad if y + ch < H else y + ch
        if x1 > x0 and y1 > y0 and (x1 - x0) * (y1 - y0) >= min_area_ratio * H * W:
            boxes.append(Box(float(x0), float(y0), float(x1 - x0), float(y1 - y0)))
    boxes.sort(key=lambda bx: -bx.area)
    g_a, g_b = cv2.cvtColor(a[:h, :w], cv2.COLOR_BGR2GRAY), cv2.cvtColor(b[:h, :w], cv2.COLOR_BGR2GRAY)
    for x0, y0, x1, y1 in rects:
        g_b[y0:min(y1, h), x0:min(x1, w)] = g_a[y0:min(y1, h), x0:min(x1, w)]
    score = _ssim(g_a, g_b) * (h * w) / (H * W)
    return ScreenDiff(round(changed_ratio, 6), boxes, round(score, 5), bool(boxes))


def draw_boxes(png: bytes, boxes: Sequence[Box], colour: tuple[int, int, int] = (255, 0, 0)) -> bytes:
    """The screenshot as PNG with a rectangle (RGB ``colour``) drawn just outside each box."""
    img = decode(png)
    h, w = img.shape[:2]
    t = max(2, round(max(h, w) / 600))
    bgr = (int(colour[2]), int(colour[1]), int(colour[0]))
    for b in boxes:
        x0, y0, x1, y1 = _pixel_box(b, w, h)
        cv2.rectangle(img, (max(0, x0 - t), max(0, y0 - t)), (min(w - 1, x1 + t - 1), min(h - 1, y1 + t - 1)), bgr, t)
    ok, out = cv2.imencode(".png", img, [cv2.IMWRITE_PNG_COMPRESSION, 3])
    if not ok:
        raise ValueError("PNG encoding failed")
    return out.tobytes()
