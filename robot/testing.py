"""Helpers for rule authors and tests: build snapshots by hand, run one rule in isolation."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from robot.config import Config, SiteConfig, parse_config
from robot.findings import Finding
from robot.rules import REGISTRY, RuleContext
from robot.snapshots import Box, ImageFact, LinkCheck, LinkFact, PageSnapshot, SiteSnapshot

HOME = "http://127.0.0.1:8000/"


def site_config(**overrides: Any) -> SiteConfig:
    data = {"id": "demo", "name": "演示县人民政府网", "url": HOME, **overrides}
    return SiteConfig.model_validate(data)


def config(**site_overrides: Any) -> Config:
    cfg = parse_config("sites:\n  - {id: demo, name: 演示, url: 'http://127.0.0.1:8000/'}\n")
    return cfg.model_copy(update={"sites": [site_config(**site_overrides)]})


def page(url: str = HOME, *, status: int | None = 200, depth: int = 0, **kw: Any) -> PageSnapshot:
    return PageSnapshot(site="demo", requested_url=url, final_url=url, status=status, depth=depth, **kw)


def link(href: str, text: str = "链接", *, visible: bool = True, **kw: Any) -> LinkFact:
    return LinkFact(href=href, raw_href=kw.pop("raw_href", href), text=text, visible=visible,
                    box=Box(10, 10, 80, 16), selector="a", **kw)


def image(src: str, *, loaded: bool = True, w: int = 200, h: int = 120, **kw: Any) -> ImageFact:
    return ImageFact(src=src, raw_src=kw.pop("raw_src", src), alt=kw.pop("alt", ""), loaded=loaded,
                     natural_width=w if loaded else 0, natural_height=h if loaded else 0,
                     box=kw.pop("box", Box(0, 0, w, h)), selector="img", **kw)


def snapshot(pages: Iterable[PageSnapshot] = (), *, as_of: date = date(2024, 4, 30),
             checks: Iterable[LinkCheck] = (), **kw: Any) -> SiteSnapshot:
    pages = list(pages)
    home = next((p for p in pages if p.requested_url == HOME), None)
    return SiteSnapshot(site="demo", homepage_url=HOME, as_of=as_of, homepage=home, pages=pages,
                        link_checks={c.url: c for c in checks}, **kw)


def run_rule(rule_id: str, snap: SiteSnapshot, site: SiteConfig | None = None, **params: Any) -> list[Finding]:
    """Run one registered rule over a snapshot, as the inspection would."""
    cfg = config()
    ctx = RuleContext(snapshot=snap, site=site or cfg.sites[0], defaults=cfg.defaults, as_of=snap.as_of,
                      params={rule_id: params} if params else {})
    func = REGISTRY[rule_id].func
    assert func is not None, f"{rule_id} has no rule function"
    return list(func(ctx))
