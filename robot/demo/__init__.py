"""The bundled demo county portal (演示县人民政府网) and the server that plays it.

``SITE_DIR`` holds the static pages, ``SITES_YAML`` the config template (``{base}`` stands for
the server's root URL, e.g. ``http://127.0.0.1:41234/``) and ``PLANTED_YAML`` the problems
planted in the site, as the robot should report them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from robot.demo.server import Request, Response, SiteServer

__all__ = ["PLANTED_YAML", "SITES_YAML", "SITE_DIR", "Request", "Response", "SiteServer", "render_config"]

HERE = Path(__file__).parent
SITE_DIR = HERE / "site"
SITES_YAML = HERE / "sites.yaml"
PLANTED_YAML = HERE / "planted.yaml"


def render_config(base: str, template: Path = SITES_YAML) -> str:
    """The config template's text with ``{base}`` replaced by the server's root URL."""
    if not base.endswith("/"):
        base += "/"
    return template.read_text(encoding="utf-8").replace("{base}", base)


def __getattr__(name: str) -> Any:
    # Lazy, so ``python -m robot.demo.server`` does not import the module twice.
    if name in ("Request", "Response", "SiteServer"):
        from robot.demo import server

        return getattr(server, name)
    raise AttributeError(name)
