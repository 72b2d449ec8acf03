"""Image comparison: placeholder and blank images, blank regions, screen differences.

Three jobs, all pure functions of bytes (no browser, no files but the reference images):

* :func:`classify_image` tells whether an image a page shows is usable (``ok``) or is really a
  ``placeholder`` graphic (图片加载失败, 暂无图片 …), a ``blank`` single-colour box, or
  ``undecodable`` bytes (rule ``image.broken``); :class:`ReferenceSet` holds the placeholder
  pictures it compares with (``robot/vision_refs`` plus a site's own folder).
* :func:`region_facts` measures a rendered region (a column's list area) and decides whether a
  reader sees anything in it (rule ``column.blank``, 空白栏目).
* :func:`diff_screens` compares a page's screenshot with its baseline (rule ``page.defaced``) and
  :func:`draw_boxes` marks regions on a screenshot for evidence.

Ground floor: imports nothing of ours but :mod:`robot.snapshots`. Thresholds are module constants
of ``robot.vision.images``, ``.regions`` and ``.screens``, each with the reason for its value.
"""

from __future__ import annotations

from robot.vision._decode import UndecodableImage
from robot.vision.images import REFS_DIR, Reference, ReferenceSet, Verdict, classify_image
from robot.vision.regions import region_facts
from robot.vision.screens import ScreenDiff, diff_screens, draw_boxes

__all__ = [
    "REFS_DIR", "Reference", "ReferenceSet", "ScreenDiff", "UndecodableImage", "Verdict",
    "classify_image", "diff_screens", "draw_boxes", "region_facts",
]
