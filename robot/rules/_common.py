"""Helpers shared by rule families (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from robot.snapshots import PageSnapshot

T = TypeVar("T")


def first_seen_on(pages: Iterable[tuple[PageSnapshot, T]]) -> list[tuple[PageSnapshot, T]]:
    """Order (page, item) pairs so the page a finding is reported on is stable across runs."""
    return sorted(pages, key=lambda pair: (pair[0].depth, pair[0].requested_url))


def describe_failure(status: int | None, error: str | None) -> str:
    """返回 404 / 连接被拒绝 …, for Chinese messages."""
    if status is not None:
        return f"返回 {status}"
    return {
        "timeout": "响应超时",
        "refused": "连接被拒绝",
        "dns": "域名无法解析",
        "reset": "连接被重置",
        "too_many_redirects": "重定向次数过多（循环跳转）",
        "malformed_url": "链接地址格式错误",
        "tls": "证书或加密连接错误",
    }.get(error or "", "无法访问")
