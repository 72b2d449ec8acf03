"""Does a rendered region show anything a reader can use? (column.blank, 空白栏目)"""

from __future__ import annotations

import math

import cv2

from robot.snapshots import Box, RenderFacts
from robot.vision._decode import decode, dominant

# larger captures are scaled down first: a 1-px stroke of 12 px text at half size still differs
# from white by ~100 levels, well above REGION_INK_TOL
REGION_MAX_PIXELS = 800_000
REGION_INK_TOL = 40  # a pixel is ink when it differs by more than this from the dominant colour
# below this share of content ink the region shows nothing: a speck, a caret. One short entry
# (· 工作动态 at 15 px) in a 900×500 area is 0.0007, so the limit sits well under it.
REGION_EMPTY_INK = 0.0001
RULE_THICK = 4  # a component at most this thick and long is a border or separator line
NOTE_MIN_AREA = 20_000  # only a big region can be "empty except a small note"
NOTE_BBOX_MAX = 0.12  # the note's bounding box covers at most this share of the region
NOTE_WIDTH_MAX = 0.40  # … and at most this share of its width
NOTE_CENTRE = (0.30, 0.70)  # … and is centred horizontally (a left-aligned single entry is content)


def region_facts(png: bytes, box: Box | None = None) -> RenderFacts:
    """How a rendered region looks, and whether a reader sees anything in it (空白栏目).

    ``png`` is a screenshot; ``box`` (CSS pixels, device scale 1) cuts the region out of it, or
    the whole screenshot is the region. ``edge_density`` is the share of Canny edge pixels and
    ``ink_ratio`` the share of pixels differing by more than :data:`REGION_INK_TOL` from the
    dominant colour.

    ``blank`` is decided on *content ink*: the ink left after dropping borders, separator lines and
    empty table grids (connected components that are thin and long, or large and hollow). The
    region is blank when content ink is below :data:`REGION_EMPTY_INK` (uniform colour, an empty
    bordered box, an empty table grid), or when the region is large and its content ink sits in a
    small, horizontally centred cluster (a 暂无信息 / 加载中… note or a spinner): its bounding box
    under :data:`NOTE_BBOX_MAX` of the area and :data:`NOTE_WIDTH_MAX` of the width. A left-aligned
    single entry is content, since it cannot be told from a short title without reading it.

    Raises :class:`~robot.vision.UndecodableImage` (a ValueError) when ``png`` is not an image:
    a capture gone wrong is the robot's problem, never a blank column.
    """
    img = decode(png)
    if box is not None:
        H, W = img.shape[:2]
        x0, y0 = max(0, math.floor(box.x)), max(0, math.floor(box.y))
        x1, y1 = min(W, math.ceil(box.x + box.width)), min(H, math.ceil(box.y + box.height))
        if x1 <= x0 or y1 <= y0:
            return RenderFacts(box=box, blank=True, edge_density=0.0, ink_ratio=0.0)
        img = img[y0:y1, x0:x1]
    h, w = img.shape[:2]
    if h * w > REGION_MAX_PIXELS:
        k = math.sqrt(REGION_MAX_PIXELS / (h * w))
        img = cv2.resize(img, (max(1, round(w * k)), max(1, round(h * k))), interpolation=cv2.INTER_AREA)
        h, w = img.shape[:2]
    area = h * w
    gray = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)
    edge_density = cv2.countNonZero(cv2.Canny(gray, 50, 150)) / area
    ink = cv2.bitwise_not(dominant(img, REGION_INK_TOL)[1])
    ink_ratio = cv2.countNonZero(ink) / area
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    content = 0
    cx0, cy0, cx1, cy1 = w, h, 0, 0
    for i in range(1, n):
        x, y, cw, ch, px = (int(v) for v in stats[i])
        thin_long = min(cw, ch) <= RULE_THICK and (cw >= 0.3 * w or ch >= 0.3 * h)
        hollow_big = (cw >= 0.5 * w or ch >= 0.5 * h) and px < 0.2 * cw * ch
        if thin_long or hollow_big:
            continue
        content += px
        cx0, cy0, cx1, cy1 = min(cx0, x), min(cy0, y), max(cx1, x + cw), max(cy1, y + ch)
    blank = content / area < REGION_EMPTY_INK
    if not blank and area >= NOTE_MIN_AREA:
        bw, bh = cx1 - cx0, cy1 - cy0
        centre = (cx0 + cx1) / 2 / w
        blank = (bw * bh <= NOTE_BBOX_MAX * area and bw <= NOTE_WIDTH_MAX * w
                 and NOTE_CENTRE[0] <= centre <= NOTE_CENTRE[1])
    return RenderFacts(box=box, blank=blank, edge_density=round(edge_density, 5), ink_ratio=round(ink_ratio, 5))
