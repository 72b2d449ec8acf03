"""Start the bundled demo portal and build its config (used by ``zwgk-robot demo``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from robot.config import Config, parse_config

if TYPE_CHECKING:
    from robot.demo.server import SiteServer

DEMO_DIR = Path(__file__).parent
PREFERRED_PORTS = range(8130, 8140)  # a stable port keeps the demo's finding fingerprints stable across runs


@contextmanager
def serve_demo() -> Iterator[SiteServer]:
    """Serve robot/demo/site on a free 127.0.0.1 port (one of 8130–8139 when free, else any)."""
    from robot.demo.server import SiteServer

    last: OSError | None = None
    for port in [*PREFERRED_PORTS, 0]:
        try:
            server = SiteServer(DEMO_DIR / "site", port=port)
            server.start()
        except OSError as e:  # taken: try the next
            last = e
            continue
        try:
            yield server
        finally:
            server.stop()
        return
    raise RuntimeError(f"no free port for the demo portal: {last}")


def demo_config(base_url: str) -> Config:
    """robot/demo/sites.yaml with ``{base}`` replaced by the server's URL."""
    path = DEMO_DIR / "sites.yaml"
    text = path.read_text(encoding="utf-8").replace("{base}", base_url.rstrip("/") + "/")
    return parse_config(text, str(path))
