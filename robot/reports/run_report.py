"""The HTML report of one inspection run (巡检报告), rendered from the contract's result JSON.

One self-contained file: inline CSS, no scripts, no external assets. Screenshot thumbnails link
to the evidence files by paths relative to the report's folder, so the report keeps working when
its folder (``evidence/run-<id>/``) is copied elsewhere together with the evidence.

Personal data is masked before it reaches this module; here the work is presentation only:
group, count, sort, truncate what is huge, and never let page text become markup or a link.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from robot import __version__

TEMPLATES = Path(__file__).parent / "templates"

SEVERITIES = ("veto", "high", "medium", "low")
SEVERITY_LABELS = {"veto": "单项否决", "high": "高", "medium": "中", "low": "低"}
STATUS_LABELS = {"open": "待整改", "confirmed": "已确认", "ignored": "已忽略", "rectified": "已整改"}
COUNTED_STATUSES = frozenset({"open", "confirmed"})  # ignored = false alarm; rectified = fixed
CERTAINTY_LABELS = {"definite": "确定", "suspect": "疑似（已复测）"}
CHANNEL_LABELS = {
    "message_board": "网上留言",
    "mailbox": "领导信箱",
    "application": "依申请公开",
    "guide": "信息公开指南",
    "annual_reports": "年度报告",
    "interpretations": "政策解读",
}
# Chinese labels for measured keys the rules commonly write; other keys are shown as they are.
MEASURED_LABELS = {
    "status": "状态码", "error": "错误", "attempts": "探测次数", "load_ms": "加载毫秒", "slow_ms": "阈值毫秒",
    "link_text": "链接文字", "seen_on": "出现页数", "other_pages": "其他页面", "entries": "条目数",
    "pages": "页数", "newest": "最新信息日期", "days_since": "未更新天数", "limit": "更新期限",
    "category": "栏目类别", "deadline": "到期日", "level": "栏目层级", "loaded": "已加载",
    "natural_width": "原始宽度", "natural_height": "原始高度", "visual": "图像判断", "visual_detail": "图像说明",
    "submitted": "来信日期", "replied": "回复日期", "workdays_to_reply": "办理工作日", "workdays_open": "已过工作日",
    "limit_workdays": "期限（工作日）", "days_open": "已过天数", "state": "办理状态", "board": "留言板",
    "write_url": "写信页面", "source": "申请表来源", "fields": "表单栏目", "submit_ms": "提交耗时毫秒",
    "guide": "指南写法", "expected": "应为", "changed_ratio": "变化比例", "threshold": "阈值", "regions": "变化区域",
    "baseline": "基准截图",
}
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp"})

MAX_PAGES_SHOWN = 50
MAX_MEASURED_KEYS = 12
MAX_VALUE_CHARS = 160
MAX_TEXT_CHARS = 500


# --- small helpers ------------------------------------------------------------------------------


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _value_text(value: Any) -> str:
    """A measured value as short text; big nested blobs are cut, never dumped whole."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str):
        return _clip(value, MAX_VALUE_CHARS)
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    return _clip(json.dumps(value, ensure_ascii=False, default=str), MAX_VALUE_CHARS)


def _safe_href(url: str | None) -> str | None:
    """Only http(s) URLs become links: page text like ``javascript:`` stays inert text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def _rule_text(rules: Mapping[str, Any], rule_id: str) -> tuple[str, str]:
    """(summary, hint) of a rule; objects with attributes or plain mappings both work."""
    r = rules.get(rule_id)
    if r is None:
        return rule_id, ""
    if isinstance(r, Mapping):
        return str(r.get("summary") or rule_id), str(r.get("hint") or "")
    return str(getattr(r, "summary", "") or rule_id), str(getattr(r, "hint", "") or "")


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _time_text(text: str | None) -> str:
    t = _parse_time(text)
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else (text or "—")


def _duration_text(start: str | None, end: str | None) -> str:
    a, b = _parse_time(start), _parse_time(end)
    if a is None or b is None or (a.tzinfo is None) != (b.tzinfo is None):
        return ""
    seconds = int((b - a).total_seconds())
    if seconds < 0:
        return ""
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h} 小时 {m} 分 {s} 秒" if h else (f"{m} 分 {s} 秒" if m else f"{s} 秒")


def _is_counted(finding: Mapping[str, Any]) -> bool:
    return (finding.get("status") or "open") in COUNTED_STATUSES


def _site_order(result: Mapping[str, Any]) -> list[str]:
    """The run's sites in config order, then any site only the findings or pages mention."""
    order: list[str] = list(result.get("run", {}).get("sites") or [])
    for item in (*result.get("findings", []), *result.get("pages", [])):
        site = item.get("site")
        if site and site not in order:
            order.append(site)
    return order


# --- view model ---------------------------------------------------------------------------------


@dataclass
class Evidence:
    label: str  # the file name
    href: str | None  # relative to the report's folder, URL-quoted; None when the file is missing
    is_image: bool


@dataclass
class FindingView:
    id: Any
    message: str
    url: str
    href: str | None
    target: str
    measured: list[tuple[str, str, str]]  # (label, key, value)
    measured_more: int
    response_ms: str
    certainty: str
    status: str
    status_label: str
    first_seen: str
    last_seen: str
    rectified_at: str
    evidence: list[Evidence]


@dataclass
class RuleGroup:
    rule: str
    summary: str
    hint: str
    severity: str
    severity_label: str
    findings: list[FindingView] = field(default_factory=list)


@dataclass
class SiteSection:
    site: str
    name: str
    counts: dict[str, int]
    total: int
    groups: list[RuleGroup]


def _evidence_views(paths: Iterable[str], report_dir: Path, base_dir: Path) -> list[Evidence]:
    views = []
    for raw in paths:
        p = Path(raw)
        absolute = p if p.is_absolute() else base_dir / p
        is_image = p.suffix.lower() in IMAGE_SUFFIXES
        if not absolute.is_file():
            views.append(Evidence(p.name, None, is_image))
            continue
        rel = os.path.relpath(absolute.resolve(), report_dir.resolve())
        views.append(Evidence(p.name, quote(Path(rel).as_posix()), is_image))
    return views


def _finding_view(f: Mapping[str, Any], report_dir: Path, base_dir: Path) -> FindingView:
    measured = f.get("measured") or {}
    if not isinstance(measured, Mapping):
        measured = {"value": measured}
    shown = [
        (MEASURED_LABELS.get(str(k), str(k)), str(k), _value_text(v))
        for k, v in measured.items()
        if k not in ("response_ms", "certainty") and v not in (None, "", [], {})  # empty says nothing
    ]
    response_ms = measured.get("response_ms")
    status = str(f.get("status") or "open")
    return FindingView(
        id=f.get("id"),
        message=_clip(str(f.get("message") or ""), MAX_TEXT_CHARS),
        url=_clip(str(f.get("url") or ""), MAX_TEXT_CHARS),
        href=_safe_href(f.get("url")),
        target=_clip(str(f.get("target") or ""), MAX_TEXT_CHARS),
        measured=shown[:MAX_MEASURED_KEYS],
        measured_more=max(0, len(shown) - MAX_MEASURED_KEYS),
        response_ms=f"{response_ms} 毫秒" if isinstance(response_ms, int | float) else "",
        certainty=CERTAINTY_LABELS.get(str(measured.get("certainty")), _value_text(measured.get("certainty")))
        if measured.get("certainty") is not None else "",
        status=status,
        status_label=STATUS_LABELS.get(status, status),
        first_seen=str(f.get("first_seen") or "—"),
        last_seen=str(f.get("last_seen") or "—"),
        rectified_at=str(f.get("rectified_at") or ""),
        evidence=_evidence_views(f.get("evidence") or [], report_dir, base_dir),
    )


def _severity_counts(findings: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        if _is_counted(f) and f.get("severity") in counts:
            counts[f["severity"]] += 1
    return counts


def _rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def _site_sections(
    result: Mapping[str, Any], rules: Mapping[str, Any], names: Mapping[str, str], report_dir: Path, base_dir: Path
) -> list[SiteSection]:
    by_site: dict[str, dict[str, list[Mapping[str, Any]]]] = {s: {} for s in _site_order(result)}
    for f in result.get("findings", []):
        by_site.setdefault(f.get("site") or "", {}).setdefault(f.get("rule") or "", []).append(f)
    sections = []
    for site, by_rule in by_site.items():
        groups = []
        for rule_id, fs in by_rule.items():
            severity = min((str(f.get("severity") or "") for f in fs), key=_rank)
            summary, hint = _rule_text(rules, rule_id)
            groups.append(RuleGroup(
                rule=rule_id, summary=summary, hint=hint, severity=severity,
                severity_label=SEVERITY_LABELS.get(severity, severity),
                findings=[_finding_view(f, report_dir, base_dir) for f in fs],
            ))
        groups.sort(key=lambda g: (_rank(g.severity), g.rule))
        all_fs = [f for fs in by_rule.values() for f in fs]
        counts = _severity_counts(all_fs)
        sections.append(SiteSection(site, names.get(site, ""), counts, sum(counts.values()), groups))
    return sections


def _page_rows(pages: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    def slowness(p: Mapping[str, Any]) -> tuple[float, float]:
        return (float(p.get("response_ms") or -1), float(p.get("load_ms") or -1))

    rows = []
    for p in sorted(pages, key=slowness, reverse=True)[:MAX_PAGES_SHOWN]:
        status = p.get("status")
        rows.append({
            "site": p.get("site") or "",
            "url": _clip(str(p.get("url") or ""), MAX_TEXT_CHARS),
            "href": _safe_href(p.get("url")),
            "status": "—" if status is None else str(status),
            "bad": status is None or (isinstance(status, int) and status >= 400),
            "response_ms": "—" if p.get("response_ms") is None else str(p["response_ms"]),
            "load_ms": "—" if p.get("load_ms") is None else str(p["load_ms"]),
            "bytes": _bytes_text(p.get("bytes")),
        })
    return rows


def _bytes_text(n: Any) -> str:
    if not isinstance(n, int | float):
        return "—"
    if n < 1024:
        return f"{int(n)} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def _page_stats(pages: list[Mapping[str, Any]]) -> dict[str, str]:
    times = sorted(p["response_ms"] for p in pages if isinstance(p.get("response_ms"), int | float))
    sizes = [p["bytes"] for p in pages if isinstance(p.get("bytes"), int | float)]
    return {
        "count": str(len(pages)),
        "median_ms": str(int(times[len(times) // 2])) if times else "—",
        "max_ms": str(int(times[-1])) if times else "—",
        "bytes": _bytes_text(sum(sizes)) if sizes else "—",
    }


def _channel_rows(channels: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for c in channels:
        kind = str(c.get("kind") or "")
        rows.append({
            "site": c.get("site") or "",
            "kind": CHANNEL_LABELS.get(kind, kind),
            "url": _clip(str(c.get("url") or ""), MAX_TEXT_CHARS),
            "href": _safe_href(c.get("url")),
            "available": c.get("available"),
            "response_ms": "—" if c.get("response_ms") is None else str(c["response_ms"]),
            "messages": len(c.get("messages") or []),
        })
    return rows


# --- public -------------------------------------------------------------------------------------


def render_summary_rows(
    result: Mapping[str, Any], site_names: Mapping[str, str] | None = None
) -> list[tuple[str, str, int, int, int, int]]:
    """(site, name, veto, high, medium, low) per site, counting open and confirmed findings.

    ``name`` is the site's display name from ``site_names`` ("" where unknown: the result JSON
    carries site IDs only).
    """
    names = site_names or {}
    findings = result.get("findings", [])
    rows = []
    for site in _site_order(result):
        c = _severity_counts(f for f in findings if f.get("site") == site)
        rows.append((site, names.get(site, ""), c["veto"], c["high"], c["medium"], c["low"]))
    return rows


def render_run_report(
    result: Mapping[str, Any],
    out_path: Path,
    *,
    rules: Mapping[str, Any] | None = None,
    title: str = "政务公开巡检报告",
    site_names: Mapping[str, str] | None = None,
    base_dir: Path | None = None,
) -> Path:
    """Write the run's HTML report to ``out_path`` and return the path.

    ``rules`` maps rule ID to an object with ``.summary`` and ``.hint`` (default: the rule
    registry). Relative evidence paths are read against ``base_dir`` (default: the working
    folder) and linked relative to the report's folder.
    """
    if rules is None:
        from robot.rules.registry import REGISTRY  # importing robot.rules registers every family

        rules = REGISTRY
    out_path = Path(out_path)
    report_dir = out_path.parent
    base = base_dir if base_dir is not None else Path.cwd()
    run = result.get("run", {})
    names = site_names or {}
    pages = list(result.get("pages", []))
    sections = _site_sections(result, rules, names, report_dir, base)
    vetoes = [
        (s.site, g, f)
        for s in sections for g in s.groups if g.severity == "veto"
        for f in g.findings if f.status in COUNTED_STATUSES
    ]
    totals = _severity_counts(result.get("findings", []))
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    html = env.get_template("run_report.html.j2").render(
        title=title,
        run={
            "id": run.get("id", "—"),
            "as_of": run.get("as_of") or "—",
            "started": _time_text(run.get("started_at")),
            "finished": _time_text(run.get("finished_at")),
            "duration": _duration_text(run.get("started_at"), run.get("finished_at")),
            "complete": bool(run.get("complete")),
        },
        sites=[(s.site, s.name) for s in sections],
        sections=sections,
        totals=totals,
        total=sum(totals.values()),
        not_counted=sum(1 for f in result.get("findings", []) if not _is_counted(f)),
        vetoes=vetoes,
        severity_labels=SEVERITY_LABELS,
        severities=SEVERITIES,
        pages=_page_rows(pages),
        page_stats=_page_stats(pages),
        channels=_channel_rows(list(result.get("channels", []))),
        generated=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
        version=__version__,
    )
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, out_path)  # a reader never sees half a report
    return out_path
