"""Is an image usable? Placeholder graphics, blank boxes and undecodable bytes (image.broken).

Placeholders are judged three ways, since no single one holds: perceptual hashes (dHash, pHash)
against the reference set, template matching of the reference icons, and a heuristic for designs
no reference shows. Everything is computed at :data:`WORK_SIDE` pixels at most.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import cv2
import numpy as np
from numpy.typing import NDArray

from robot.vision._decode import (
    BG_TOL,
    U8,
    UndecodableImage,
    decode,
    decode_scaled,
    dominant,
    shrink,
    sniff_text,
)

Verdict = Literal["ok", "placeholder", "blank", "undecodable"]

REFS_DIR = Path(__file__).resolve().parent.parent / "vision_refs"
REF_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")

# Placeholder graphics are flat drawings; 256 px keeps a 12 px caption as ink and costs ~1 ms.
WORK_SIDE = 256
# blank: the inside (a frame of FRAME_MARGIN stripped, so a bordered empty box counts) is one
# colour for 99.5 % of its pixels, or so flat (std ≤ 4 levels, ~no Canny edges) that nothing can be
# read. A cloudy sky or a document scan has gradients or text lines far above both.
FRAME_MARGIN = 0.03
BLANK_SHARE = 0.995
BLANK_STD = 4.0
BLANK_EDGES = 0.002
# perceptual hashes (64 bits each, both must be near): a reference rescaled, regreyed or JPEG'd
# stays within 6 bits, look-alike drawings within 10; decoys in the tests come no nearer than 16
# (pHash). Content crops, or whole images, are only compared when their aspect ratios differ by
# at most 20 % (hashes squash the picture to a square).
PHASH_MAX = 10
DHASH_MAX = 12
ASPECT_TOL = 1.2
MIN_HASH_SIDE = 24  # below this an image is an icon, never a placeholder
# template matching: normalised correlation of a reference icon with an ink blob of the image.
# The reference icons rescaled, regreyed or JPEG'd score 0.91–0.98; other picture-icon drawings
# ~0.8; glyphs, chart lines and spinners below 0.3.
TEMPLATE_MIN = 0.85
TEMPLATE_BLUR = 0.7
TEMPLATE_SIDE = 64  # blobs larger than this are compared scaled down (a line icon stays legible)
# placeholder heuristic: a big, mostly flat, neutral background with a small, centred, grey
# (not black, not coloured) glyph. Logos are coloured or dark; banners and scans spread wide.
PH_MIN_SIDE = 40
PH_MIN_AREA = 4800  # 80×60, the smallest list thumbnail
PH_BG_SHARE = 0.82  # background share of the inside
PH_INK_MAX = 0.08  # ink share of the inside (placeholders measure 0.5–5.5 %)
PH_BBOX_MAX = 0.25  # ink bounding box / inside area (placeholders 1–15 %; a shape filling a tile is an icon)
PH_CENTRE_TOL = 0.15  # ink box centre within 15 % of the image centre (both axes)
PH_NEUTRAL = 24  # max − min channel of background and ink: grey, not coloured
# 90th percentile of the ink's distance from the background at working size: light grey glyphs on
# grey measure 35–80; dark grey or black text (a grey heading banner, a logo) 95 and more.
PH_CONTRAST_MAX = 90
# … except a one-line note lost in a big box (暂无图片 in #888 on white): darker ink is allowed
# when the ink box is tiny and low (heading banners and logos use text a fifth of the height or more).
PH_NOTE_CONTRAST_MAX = 160
PH_NOTE_BBOX_MAX = 0.03
PH_NOTE_HEIGHT_MAX = 0.12
PH_BG_STD = 2.5  # the background itself is flat (no photo noise)


def _ink_bbox(ink: U8) -> tuple[int, int, int, int] | None:
    """Bounding box (x0, y0, x1, y1) of the ink, robust to a few stray pixels (1st–99th percentile)."""
    cols, rows = np.count_nonzero(ink, axis=0), np.count_nonzero(ink, axis=1)
    total = int(cols.sum())
    if total < 4:
        return None
    cx, cy = np.cumsum(cols) / total, np.cumsum(rows) / total
    x0, x1 = int(np.searchsorted(cx, 0.01)), int(np.searchsorted(cx, 0.99))
    y0, y1 = int(np.searchsorted(cy, 0.01)), int(np.searchsorted(cy, 0.99))
    return x0, y0, x1 + 1, y1 + 1


def _bits(b: NDArray[np.bool_]) -> int:
    return int.from_bytes(np.packbits(b.ravel()).tobytes(), "big")


def _hashes(gray: U8) -> tuple[int, int]:
    """(dHash, pHash), 64 bits each, of a grey image, contrast-stretched first.

    dHash compares neighbours of a 9×8 thumbnail with a dead zone of 2 levels, so flat areas give
    stable zero bits instead of JPEG noise. pHash thresholds the 8×8 lowest DCT frequencies of a
    32×32 thumbnail at their median.
    """
    lo, hi = cv2.minMaxLoc(gray)[:2]
    g = cv2.convertScaleAbs(gray, alpha=255.0 / max(1.0, hi - lo), beta=-lo * 255.0 / max(1.0, hi - lo))
    d = cv2.resize(g, (9, 8), interpolation=cv2.INTER_AREA).astype(np.float32)
    dhash = _bits((d[:, 1:] - d[:, :-1]) > 2.0)
    t = cv2.resize(g, (32, 32), interpolation=cv2.INTER_AREA).astype(np.float32)
    low = cv2.dct(t)[:8, :8].ravel()
    phash = _bits(low > np.median(low[1:]))
    return dhash, phash


@dataclass(frozen=True, slots=True)
class _Features:
    width: int
    height: int
    gray: U8  # working size
    bg: NDArray[np.float32]
    bg_share: float  # of the inside
    bg_std: float
    std: float  # max channel std of the inside
    edges: float
    ink_ratio: float  # of the inside
    bbox: tuple[int, int, int, int] | None  # ink box in working coordinates (whole image)
    ink_chroma: float
    ink_contrast: float
    crop: U8 | None  # grey content crop (ink box padded) when the image is mostly background


def _features(bgr: U8, width: int, height: int) -> _Features:
    small = shrink(bgr, WORK_SIDE)
    h, w = small.shape[:2]
    m = 0 if min(h, w) < 24 else max(2, round(min(h, w) * FRAME_MARGIN))
    inside = small[m:h - m, m:w - m] if m else small
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    bg, near = dominant(inside)
    ink = cv2.bitwise_not(near)
    n = max(1, near.size)
    bg_share = cv2.countNonZero(near) / n
    std = float(np.max(cv2.meanStdDev(inside)[1]))
    bg_std = float(np.max(cv2.meanStdDev(inside, mask=near)[1])) if bg_share > 0 else 255.0
    edges = cv2.countNonZero(cv2.Canny(gray[m:h - m, m:w - m] if m else gray, 50, 150)) / n
    box = _ink_bbox(ink)
    chroma = contrast = 0.0
    crop = None
    if box is not None and bg_share >= 0.6:  # colour and contrast of the ink matter only on a background
        px = inside[ink > 0].astype(np.float32)
        chroma = float(np.percentile(px.max(axis=1) - px.min(axis=1), 90))
        contrast = float(np.percentile(np.abs(px.mean(axis=1) - bg.mean()), 90))
        x0, y0, x1, y1 = box[0] + m, box[1] + m, box[2] + m, box[3] + m
        box = (x0, y0, x1, y1)
        pad = max(2, round(0.1 * max(x1 - x0, y1 - y0)))
        crop = gray[max(0, y0 - pad):y1 + pad, max(0, x0 - pad):x1 + pad]
    elif box is not None:
        box = (box[0] + m, box[1] + m, box[2] + m, box[3] + m)
    return _Features(width, height, gray, bg, bg_share, bg_std, std, edges,
                     1.0 - bg_share, box, chroma, contrast, crop)


# --- references -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reference:
    """One placeholder picture: hashes of the whole image and of its centred content."""

    name: str
    width: int
    height: int
    dhash: int
    phash: int
    crop_hashes: tuple[int, int] | None
    crop_aspect: float
    template: U8 | None = field(default=None, repr=False)  # icon_* files: grey icon for matching

    @property
    def aspect(self) -> float:
        return self.width / self.height


@functools.lru_cache(maxsize=2048)
def _load_reference(path: str, mtime_ns: int, size: int) -> Reference:
    p = Path(path)
    try:
        bgr = decode(p.read_bytes())
    except UndecodableImage as e:
        raise ValueError(f"{path}: not a usable reference image: {e}") from e
    h, w = bgr.shape[:2]
    f = _features(bgr, w, h)
    dh, ph = _hashes(f.gray)
    crop_h, crop_aspect = None, 0.0
    if f.crop is not None and f.crop.size:
        crop_h, crop_aspect = _hashes(f.crop), f.crop.shape[1] / f.crop.shape[0]
    template = None
    if p.name.startswith("icon_") and f.bbox is not None:
        x0, y0, x1, y1 = f.bbox
        template = f.gray[y0:y1, x0:x1].copy()
    return Reference(p.name, w, h, dh, ph, crop_h, crop_aspect, template)


class ReferenceSet:
    """The placeholder pictures images are compared with: the shipped ones plus a site's own.

    Files named ``icon_*`` are icons searched for by template matching; every other file is a
    whole placeholder compared by perceptual hashes. Features are computed once per file (cached by
    path, size and mtime), so loading the set again costs a directory listing.
    """

    def __init__(self, references: Sequence[Reference]) -> None:
        self.references = tuple(r for r in references if r.template is None)
        self.templates = tuple(r for r in references if r.template is not None)

    @classmethod
    def load(cls, extra_dirs: Sequence[str | Path] = ()) -> ReferenceSet:
        """``robot/vision_refs/*.png`` plus the images in each of ``extra_dirs``.

        Raises FileNotFoundError for a missing folder and ValueError for a file that is not an image.
        """
        paths = sorted(REFS_DIR.glob("*.png"))
        for d in extra_dirs:
            folder = Path(d)
            if not folder.is_dir():
                raise FileNotFoundError(f"reference folder not found: {folder}")
            paths += sorted(p for p in folder.iterdir() if p.suffix.lower() in REF_SUFFIXES)
        refs = []
        for p in paths:
            st = p.stat()
            refs.append(_load_reference(str(p.resolve()), st.st_mtime_ns, st.st_size))
        return cls(refs)

    @property
    def names(self) -> list[str]:
        return [r.name for r in (*self.references, *self.templates)]

    def __len__(self) -> int:
        return len(self.references) + len(self.templates)


@functools.lru_cache(maxsize=1)
def _default_refs() -> ReferenceSet:
    return ReferenceSet.load()


# --- classification ---------------------------------------------------------------------------


def _hex(colour: NDArray[np.float32]) -> str:
    b, g, r = (int(round(float(c))) for c in colour)
    return f"#{r:02x}{g:02x}{b:02x}"


def _match_hashes(f: _Features, refs: ReferenceSet) -> str | None:
    """The nearest reference by perceptual hashes, when near enough.

    When both images are mostly background, their whole-image hashes say little more than "a
    blob in the middle of a flat box" (a grey heading banner hashes like a 暂无图片 banner), so
    the centred content crops are compared instead; whole images are compared otherwise.
    """
    if min(f.width, f.height) < MIN_HASH_SIDE:
        return None
    dh, ph = _hashes(f.gray)
    crop = _hashes(f.crop) if f.crop is not None and f.crop.size else None
    crop_aspect = f.crop.shape[1] / f.crop.shape[0] if crop is not None and f.crop is not None else 0.0
    best: tuple[int, str] | None = None
    for r in refs.references:
        if crop is not None and r.crop_hashes is not None:
            if abs(math.log(crop_aspect / r.crop_aspect)) > math.log(ASPECT_TOL):
                continue
            dp, dd = (crop[1] ^ r.crop_hashes[1]).bit_count(), (crop[0] ^ r.crop_hashes[0]).bit_count()
            what = "居中内容与参考图"
        else:
            if abs(math.log(f.width / f.height / r.aspect)) > math.log(ASPECT_TOL):
                continue
            dp, dd = (ph ^ r.phash).bit_count(), (dh ^ r.dhash).bit_count()
            what = "与参考图"
        if dp <= PHASH_MAX and dd <= DHASH_MAX and (best is None or dp + dd < best[0]):
            best = (dp + dd, f"{what} {r.name} 感知哈希距离 {dp}（dHash {dd}）")
    return best[1] if best else None


def _runs(profile: NDArray[np.intp], min_gap: int) -> list[tuple[int, int]]:
    """(start, end) of the stretches of non-zero entries, split at gaps wider than ``min_gap``."""
    idx = np.flatnonzero(profile)
    if not len(idx):
        return []
    cuts = np.flatnonzero(np.diff(idx) > min_gap + 1)
    starts = np.concatenate(([idx[0]], idx[cuts + 1]))
    ends = np.concatenate((idx[cuts], [idx[-1]])) + 1
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def _blobs(ink: U8) -> list[tuple[int, int, int, int]]:
    """Candidate icon boxes by a two-level XY cut: each ink band (split at empty rows), and each
    piece of a band split at empty columns. A torn icon stays whole (its tear is not a straight
    empty line); the caption under or beside it becomes separate pieces."""
    boxes = []
    for y0, y1 in _runs(np.count_nonzero(ink, axis=1), 2):
        band = ink[y0:y1]
        pieces = _runs(np.count_nonzero(band, axis=0), 2)
        boxes.append((pieces[0][0], y0, pieces[-1][1], y1))
        for x0, x1 in pieces if len(pieces) > 1 else ():
            rows = np.flatnonzero(np.count_nonzero(band[:, x0:x1], axis=1))
            boxes.append((x0, y0 + int(rows[0]), x1, y0 + int(rows[-1]) + 1))
    return boxes


def _match_templates(f: _Features, refs: ReferenceSet) -> str | None:
    """Search for the reference icons among the ink blobs of a mostly-background image.

    Thin line drawings correlate only at nearly the right scale, so instead of sweeping scales the
    template is fitted to each candidate blob's box (±6 %) and matched within a few pixels of it
    (normalised correlation, light blur against resampling differences)."""
    if not refs.templates or f.crop is None or min(f.width, f.height) < PH_MIN_SIDE or f.bg_share < PH_BG_SHARE:
        return None
    luma = 0.114 * float(f.bg[0]) + 0.587 * float(f.bg[1]) + 0.299 * float(f.bg[2])
    ink = cv2.inRange(f.crop, luma - BG_TOL, luma + BG_TOL) == 0
    p = 4
    padded = cv2.copyMakeBorder(f.crop, p, p, p, p, cv2.BORDER_REPLICATE)
    best: tuple[float, str] = (0.0, "")
    for x0, y0, x1, y1 in _blobs(ink):
        bw, bh = x1 - x0, y1 - y0
        if min(bw, bh) < 10:
            continue
        k0 = min(1.0, TEMPLATE_SIDE / max(bw, bh))  # big blobs are compared at TEMPLATE_SIDE
        window = padded[y0:y1 + 2 * p, x0:x1 + 2 * p]
        if k0 < 1.0:
            window = cv2.resize(window, None, fx=k0, fy=k0, interpolation=cv2.INTER_AREA)
        window = cv2.GaussianBlur(window, (0, 0), TEMPLATE_BLUR)
        for r in refs.templates:
            assert r.template is not None
            th0, tw0 = r.template.shape
            if abs(math.log(bw / bh * th0 / tw0)) > math.log(1.3):
                continue
            for k in (1.0, 0.94, 1.06):
                tw, th = round(bw * k0 * k), round(bh * k0 * k)
                if th > window.shape[0] or tw > window.shape[1]:
                    continue
                tpl = cv2.resize(r.template, (tw, th), interpolation=cv2.INTER_AREA)
                tpl = cv2.GaussianBlur(tpl, (0, 0), TEMPLATE_BLUR)
                score = float(cv2.minMaxLoc(cv2.matchTemplate(window, tpl, cv2.TM_CCOEFF_NORMED))[1])
                if score > best[0]:
                    share = bw / f.gray.shape[1]
                    best = (score, f"含参考图标 {r.name}（模板匹配 {score:.2f}，图标宽约占图宽 {share:.0%}）")
                if score >= TEMPLATE_MIN:
                    return best[1]
    return None


def _placeholder_heuristic(f: _Features) -> str | None:
    """A flat neutral background with one small, centred, grey glyph and nothing else."""
    if min(f.width, f.height) < PH_MIN_SIDE or f.width * f.height < PH_MIN_AREA or f.bbox is None:
        return None
    h, w = f.gray.shape
    x0, y0, x1, y1 = f.bbox
    box_share = (x1 - x0) * (y1 - y0) / (w * h)
    dx, dy = abs((x0 + x1) / 2 / w - 0.5), abs((y0 + y1) / 2 / h - 0.5)
    bg_chroma = float(f.bg.max() - f.bg.min())
    note = box_share <= PH_NOTE_BBOX_MAX and (y1 - y0) / h <= PH_NOTE_HEIGHT_MAX
    grey = f.ink_contrast <= (PH_NOTE_CONTRAST_MAX if note else PH_CONTRAST_MAX)
    if (f.bg_share >= PH_BG_SHARE and f.ink_ratio <= PH_INK_MAX and box_share <= PH_BBOX_MAX
            and dx <= PH_CENTRE_TOL and dy <= PH_CENTRE_TOL and bg_chroma <= PH_NEUTRAL
            and f.ink_chroma <= PH_NEUTRAL and grey and f.bg_std <= PH_BG_STD):
        return (f"疑似占位图：{_hex(f.bg)} 纯色底占 {f.bg_share:.0%}，居中灰色图形/文字占 {f.ink_ratio:.1%}"
                f"（范围 {box_share:.0%}，对比度 {f.ink_contrast:.0f}）")
    return None


def classify_image(data: bytes, refs: ReferenceSet | None = None) -> tuple[str, str]:
    """``(verdict, detail)``: is this image something a reader can use?

    * ``undecodable``: empty, markup (an HTML error page served as .jpg), truncated or corrupt.
    * ``blank``: one colour inside an optional frame, or so flat that nothing can be read.
    * ``placeholder``: matches a reference (perceptual hashes of the whole image or of its centred
      content, or a reference icon found by template matching), or looks like one (heuristic).
    * ``ok``: anything else, including SVG, which is not analysed.

    ``detail`` says why in words, for the finding's ``measured.visual_detail``.
    """
    kind = sniff_text(data) if data else None
    if kind == "svg":
        return "ok", "SVG 矢量图，未分析"
    try:
        bgr, factor = decode_scaled(data, reduce=True)
    except UndecodableImage as e:
        return "undecodable", str(e)
    h, w = bgr.shape[0] * factor, bgr.shape[1] * factor  # natural size (±1 px after DCT scaling)
    f = _features(bgr, w, h)
    if f.bg_share >= BLANK_SHARE or (f.std <= BLANK_STD and f.edges <= BLANK_EDGES):
        framed = "（边框内）" if f.bg_share >= BLANK_SHARE and f.std > BLANK_STD else ""
        return "blank", f"纯色/近纯色方块{framed} {_hex(f.bg)}，{w}×{h}，标准差 {f.std:.1f}"
    refs = refs if refs is not None else _default_refs()
    for judge in (_match_hashes, _match_templates):
        why = judge(f, refs)
        if why:
            return "placeholder", why
    why = _placeholder_heuristic(f)
    if why:
        return "placeholder", why
    return "ok", f"{w}×{h}，底色占 {f.bg_share:.0%}，标准差 {f.std:.1f}"
