"""URL normalisation, scope and finding fingerprints."""

from __future__ import annotations

import pytest

from robot.findings import Finding, Severity, fingerprint
from robot.urls import in_scope, is_government, is_private_host, normalise


@pytest.mark.parametrize(
    ("raw", "base", "expected"),
    [
        ("HTTP://Example.GOV.cn:80/a/../b/./c.html#top", None, "http://example.gov.cn/b/c.html"),
        ("./t20240912_1.html", "http://x.gov.cn/col/gzdt/index.html", "http://x.gov.cn/col/gzdt/t20240912_1.html"),
        ("/col/gzdt/", "http://x.gov.cn/", "http://x.gov.cn/col/gzdt/"),
        ("?b=2&a=1&utm_source=x", "http://x.gov.cn/list", "http://x.gov.cn/list?a=1&b=2"),
        ("https://x.gov.cn:443", None, "https://x.gov.cn/"),
        ("javascript:void(0)", "http://x.gov.cn/", ""),
        ("mailto:a@b.cn", "http://x.gov.cn/", ""),
        ("http://[::1", None, ""),
        ("/文件/通知.pdf", "http://x.gov.cn/", "http://x.gov.cn/%E6%96%87%E4%BB%B6/%E9%80%9A%E7%9F%A5.pdf"),
    ],
)
def test_normalise(raw: str, base: str | None, expected: str) -> None:
    assert normalise(raw, base) == expected


def test_scope_government_private() -> None:
    scope = ["127.0.0.1:8000"]
    assert in_scope("http://127.0.0.1:8000/a", scope)
    assert not in_scope("http://127.0.0.1:8001/a", scope)
    assert is_government("http://www.xinfeng.gov.cn/", [], ["gov.cn"])
    assert not is_government("http://gov.cn.evil.com/", [], ["gov.cn"])
    assert is_private_host("http://127.0.0.1/") and is_private_host("http://10.1.2.3/")
    assert is_private_host("http://localhost:8000/") and not is_private_host("http://www.gov.cn/")


def test_fingerprint_is_stable_and_specific() -> None:
    a = fingerprint("s", "link.broken", "http://X.gov.cn/a#frag", "http://x.gov.cn/f.pdf")
    assert a == fingerprint("s", "link.broken", "http://x.gov.cn/a", "http://x.gov.cn/f.pdf")
    assert a != fingerprint("s", "link.broken", "http://x.gov.cn/a", "http://x.gov.cn/g.pdf")
    assert a != fingerprint("t", "link.broken", "http://x.gov.cn/a", "http://x.gov.cn/f.pdf")
    f = Finding("link.broken", Severity.HIGH, "s", "http://x.gov.cn/a", "不可用链接", target="http://x.gov.cn/f.pdf",
                measured={"status": 404})
    assert f.fingerprint == a
    d = f.to_dict()
    assert d["measured"] == {"status": 404} and d["severity"] == "high"
    with pytest.raises(TypeError):
        f.measured["status"] = 200  # type: ignore[index]


def test_severity_order() -> None:
    assert Severity.VETO.rank > Severity.HIGH.rank > Severity.MEDIUM.rank > Severity.LOW.rank
    with pytest.raises(ValueError, match="unknown severity"):
        Severity.parse("critical")
