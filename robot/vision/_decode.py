"""Decoding and colour statistics shared by the vision modules (nothing of ours imported)."""

from __future__ import annotations

import io
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, UnidentifiedImageError

# uint8 images (BGR or grey); typed loosely because OpenCV's stubs return integer|floating arrays
U8 = NDArray[Any]

cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)  # bad bytes are a verdict, not a log line

# A pixel is background when every channel is within this of the dominant colour: JPEG at
# quality 50 stays within ±8 on flat areas, antialiased glyph edges go well beyond.
BG_TOL = 12


class UndecodableImage(ValueError):
    """The bytes are not an image a browser could show (the message says why)."""


def sniff_text(data: bytes) -> str | None:
    """'svg' or 'html' when the bytes are markup rather than a raster image."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head.startswith(b"<"):
        return None
    if b"<svg" in head and b"<html" not in head:
        return "svg"
    return "html"


def decode(data: bytes) -> U8:
    """BGR uint8 of image bytes (see :func:`decode_scaled`)."""
    return decode_scaled(data)[0]


def decode_scaled(data: bytes, *, reduce: bool = False) -> tuple[U8, int]:
    """BGR uint8, transparency composited on white (the page behind an image is usually white).

    Raises :class:`UndecodableImage` for empty, markup, truncated or corrupt bytes. OpenCV
    refuses truncated PNG and JPEG; GIF and formats OpenCV lacks go through Pillow, which also
    refuses a truncated file. ``reduce`` lets a large JPEG decode at half size (DCT scaling); the
    second value is the factor by which the result is smaller than the natural size.
    """
    if not data:
        raise UndecodableImage("零字节（空文件）")
    if sniff_text(data) == "html":
        snippet = data[:40].decode("utf-8", "replace").strip().replace("\n", " ")
        raise UndecodableImage(f"不是图片而是 HTML/文本（{snippet!r}）")
    img: np.ndarray | None = None
    factor = 1
    # GIF goes to Pillow (faster there); a PNG without its IEND trailer is truncated, and libpng
    # would print its complaint to stderr before OpenCV gives up, so Pillow reports it instead
    png_cut = data.startswith(b"\x89PNG") and b"IEND" not in data[-64:]
    if not data.startswith((b"GIF87a", b"GIF89a")) and not png_cut:
        buf = np.frombuffer(data, np.uint8)
        flag = cv2.IMREAD_UNCHANGED
        if reduce and data.startswith(b"\xff\xd8") and len(data) > 60_000:
            flag, factor = cv2.IMREAD_REDUCED_COLOR_2, 2
        try:
            img = cv2.imdecode(buf, flag)
        except cv2.error:
            img = None
    if img is None:
        try:
            with Image.open(io.BytesIO(data)) as pil:
                frames = getattr(pil, "n_frames", 1)
                pil.seek(frames // 2)  # an animation's middle frame: first frames are often faded in
                pil.load()
                rgba = np.asarray(pil.convert("RGBA"))
        except UnidentifiedImageError as e:
            head = data[:40].decode("utf-8", "replace")
            if head.isprintable():
                raise UndecodableImage(f"不是图片而是文本（{head.strip()!r}）") from e
            raise UndecodableImage(f"不是可识别的图片格式（{len(data)} 字节，开头 {data[:8].hex(' ')}）") from e
        except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as e:
            why = "文件不完整（被截断）" if "truncated" in str(e) else f"{type(e).__name__}: {str(e)[:60]}"
            raise UndecodableImage(f"无法解码：{why}，{len(data)} 字节") from e
        img, factor = cv2.cvtColor(rgba, cv2.COLOR_RGBA2BGRA), 1
    if img.dtype != np.uint8:
        img = (img / 257).astype(np.uint8) if img.dtype == np.uint16 else cv2.convertScaleAbs(img)
    if img.ndim == 2:
        return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR), factor
    if img.shape[2] == 4:
        alpha = img[:, :, 3:4].astype(np.float32) / 255.0
        out = img[:, :, :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha)
        return out.astype(np.uint8), factor
    return img, factor


def shrink(img: U8, side: int) -> U8:
    h, w = img.shape[:2]
    if max(h, w) <= side:
        return img
    k = side / max(h, w)
    return cv2.resize(img, (max(1, round(w * k)), max(1, round(h * k))), interpolation=cv2.INTER_AREA)


def dominant(bgr: U8, tol: int = BG_TOL) -> tuple[NDArray[np.float32], U8]:
    """The most common colour (16-level bins, then the bin's mean) and the 0/255 mask of pixels near it.

    Large images vote with every 4th pixel each way: the dominant colour of a screenshot is
    never a detail.
    """
    step = 4 if bgr.shape[0] * bgr.shape[1] > 200_000 else 1
    sample = bgr[::step, ::step]
    q = sample >> 4
    code = (q[:, :, 0].astype(np.int32) << 8) | (q[:, :, 1].astype(np.int32) << 4) | q[:, :, 2]
    top = int(np.bincount(code.ravel(), minlength=4096).argmax())
    colour = np.array(cv2.mean(sample, mask=(code == top).astype(np.uint8))[:3], np.float32)
    lo = tuple(float(c) - tol for c in colour)
    hi = tuple(float(c) + tol for c in colour)
    return colour, cv2.inRange(bgr, lo, hi)
