"""政府信息公开工作年度报告: missing by the deadline, 总体情况 too long, sections absent or out of
order, tables that contradict themselves, the superseded layout, copied from last year (雷同).

The reports are ``ctx.snapshot.documents`` of kind ``annual_report`` (see
:mod:`robot.gather.reports`); the analysis is :mod:`robot.content.annual_report`.

No false alarms from what was not gathered:

* ``annual_report.missing`` judges only a site whose report list was opened this run (a document
  of kind ``annual_report_list``). A discovered list (found by a homepage link, not configured)
  that holds no annual report of any year is taken for the wrong page and not judged. A list that
  could not be opened gives no finding here (the page's own trouble is link.broken's business).
* The other rules judge the reports gathered, so no report, no finding. A report whose text has
  fewer than 200 characters or fewer than two section headings (a scanned PDF, an image) is not
  judged for sections, length, tables or format.

Deadlines (条例 Art. 49): the report for year Y is due by 31 January Y+1 from a department (部门)
and by 31 March Y+1 from a government (人民政府, published by its office). A site is a government's
when its ``owner`` (else its ``name``) contains 人民政府 or 政府办公室 (信丰县人民政府办公室,
信丰县人民政府网), else a department's; the param ``level: government|department`` overrides.
The year judged is the latest whose deadline has passed on ``as_of``. A report published after its
deadline is not flagged (list dates are often the date of a later edit).

``annual_report.inconsistent`` reports a table whose figures contradict each other (the contract's
rule: 表三's column, row and 总计 identities, 表四's blocks). The carry-over across years (this
year's 二、上年结转 against last year's 四、结转下年度) is compared only with the param
``across_years: true``: when each year's table adds up on its own, a difference between the two
reports contradicts no table, and which report holds the wrong figure cannot be told (last year's
结转下年度 may be the wrong one), so blaming this year's consistent report would be a false alarm.

The format rules (summary_too_long, missing_section, outdated_format) judge reports for 2021 on
(param ``since_year``), the first year of the 2021 format (国办公开办函〔2021〕30号); a report of
unknown year is judged when it was published in 2022 or later, or its date is unknown too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import Any

from robot.content import annual_report as ar
from robot.findings import Finding, Mark
from robot.rules.registry import RuleContext, rule
from robot.snapshots import DocumentPage

LIST_KIND = "annual_report_list"
KIND = "annual_report"
FORMAT_SINCE = 2021


@lru_cache(maxsize=64)
def _analyse(html: str, text: str, title: str) -> ar.ReportAnalysis:
    return ar.analyse(html=html, text=text, title=title)


def analysis(doc: DocumentPage) -> ar.ReportAnalysis:
    return _analyse(doc.html, doc.text if not doc.html else "", doc.title)


def reports(ctx: RuleContext) -> list[DocumentPage]:
    return [d for d in ctx.snapshot.documents if d.kind == KIND]


def year_of(doc: DocumentPage) -> int | None:
    return doc.year if doc.year is not None else analysis(doc).year


def by_year(ctx: RuleContext) -> dict[int, DocumentPage]:
    out: dict[int, DocumentPage] = {}
    for d in reports(ctx):
        y = year_of(d)
        if y is not None and y not in out:
            out[y] = d
    return out


def is_government(site: Any, level: str | None = None) -> bool:
    """人民政府 or 政府办公室 in the owner (else the name): a government's site; else a department's."""
    if level in ("government", "department"):
        return level == "government"
    owner = (getattr(site, "owner", None) or "").strip()
    words = owner or (getattr(site, "name", None) or "")
    return "人民政府" in words or "政府办公室" in words


def deadline(year: int, government: bool, ctx: RuleContext | None = None) -> date:
    """The last day to publish the report for ``year``."""
    if ctx is not None:
        key = "government_deadline" if government else "department_deadline"
        given = ctx.param("annual_report.missing", key, None)
        if given:
            month, day = (int(x) for x in str(given).split("-"))
            return date(year + 1, month, day)
    return date(year + 1, 3, 31) if government else date(year + 1, 1, 31)


def due_year(as_of: date, government: bool, ctx: RuleContext | None = None) -> int:
    """The latest year whose report is past its deadline on ``as_of``."""
    y = as_of.year - 1
    return y if as_of > deadline(y, government, ctx) else y - 1


def _judged_format(ctx: RuleContext, rule_id: str, doc: DocumentPage) -> bool:
    since = int(ctx.param(rule_id, "since_year", FORMAT_SINCE))
    y = year_of(doc)
    if y is not None:
        return y >= since
    return doc.published is None or doc.published >= date(since + 1, 1, 1)


def _label(doc: DocumentPage) -> str:
    y = year_of(doc)
    return f"{y}年度报告" if y is not None else f"年度报告「{doc.title[:40]}」"


@rule(
    "annual_report.missing", "high",
    summary="政府信息公开工作年度报告未按期发布（部门1月31日前、本级政府3月31日前）",
    hint="按《政府信息公开条例》第四十九条，在期限内于年报栏目公开上一年度的政府信息公开工作年度报告。",
    needs=("documents",),
)
def annual_report_missing(ctx: RuleContext) -> Iterator[Finding]:
    listing = next((d for d in ctx.snapshot.documents if d.kind == LIST_KIND), None)
    if listing is None:
        return  # the list was not read this run: no verdict
    found = by_year(ctx)
    if listing.source != "configured" and not reports(ctx):
        return  # a discovered page holding no report at all is likely not the report list
    government = is_government(ctx.site, ctx.param("annual_report.missing", "level", None))
    year = due_year(ctx.as_of, government, ctx)
    if year in found:
        return
    due = deadline(year, government, ctx)
    who = "本级政府" if government else "部门"
    latest = max(found) if found else None
    yield ctx.finding(
        "annual_report.missing", listing.url,
        f"年报栏目中未找到{year}年度政府信息公开工作年度报告（{who}应于{due.isoformat()}前发布）"
        + (f"，最新为{latest}年度" if latest is not None else ""),
        target=f"{year}年度报告",
        measured={"year": year, "deadline": due.isoformat(), "level": "government" if government else "department",
                  "latest_year": latest, "years_found": sorted(found, reverse=True)},
        mark=Mark(full_page=True),
    )


@rule(
    "annual_report.summary_too_long", "low",
    summary="年度报告“总体情况”部分超过1000字",
    hint="精简“总体情况”，概括主动公开、依申请公开、政府信息管理、平台建设、监督保障等要素，控制在1000字以内。",
    needs=("documents",),
)
def annual_report_summary_too_long(ctx: RuleContext) -> Iterator[Finding]:
    limit = int(ctx.param("annual_report.summary_too_long", "max_chars", ar.SUMMARY_MAX_CHARS))
    for doc in reports(ctx):
        a = analysis(doc)
        if not a.readable or a.summary_chars is None or not _judged_format(ctx, "annual_report.summary_too_long", doc):
            continue
        if a.summary_chars > limit:
            yield ctx.finding(
                "annual_report.summary_too_long", doc.url,
                f"{_label(doc)}“总体情况”部分约{a.summary_chars}字，超过{limit}字",
                target=ar.SECTION_TITLES[0],
                measured={"chars": a.summary_chars, "max_chars": limit, "year": year_of(doc),
                          "counted": "字符数（不计空格，含标点）"},
                mark=Mark(full_page=True),
            )


@rule(
    "annual_report.missing_section", "medium",
    summary="年度报告缺少规定的组成部分或顺序错误（一、总体情况 … 六、其他需要报告的事项）",
    hint="按国办公开办函〔2021〕30号的格式，依次包含总体情况、主动公开、依申请公开、复议诉讼、存在问题及改进、其他事项六部分。",
    needs=("documents",),
)
def annual_report_missing_section(ctx: RuleContext) -> Iterator[Finding]:
    for doc in reports(ctx):
        a = analysis(doc)
        if not a.readable or not _judged_format(ctx, "annual_report.missing_section", doc):
            continue
        found = [s.number for s in a.sections]
        for n in a.missing:
            yield ctx.finding(
                "annual_report.missing_section", doc.url,
                f"{_label(doc)}缺少「{ar.SECTION_TITLES[n - 1]}」部分",
                target=ar.SECTION_TITLES[n - 1],
                measured={"section": n, "problem": "absent", "sections_found": found, "year": year_of(doc)},
                mark=Mark(full_page=True),
            )
        for n in a.out_of_order:
            heading = next(s.heading for s in a.sections if s.number == n)
            yield ctx.finding(
                "annual_report.missing_section", doc.url,
                f"{_label(doc)}的「{heading}」部分顺序错误（应为第{n}部分，各部分出现顺序：{'、'.join(map(str, found))}）",
                target=ar.SECTION_TITLES[n - 1],
                measured={"section": n, "problem": "out_of_order", "sections_found": found, "year": year_of(doc)},
                mark=Mark(full_page=True),
            )


def _inconsistency(ctx: RuleContext, doc: DocumentPage, inc: ar.Inconsistency) -> Finding:
    return ctx.finding(
        "annual_report.inconsistent", doc.url,
        f"{_label(doc)}{inc.table}{inc.where}数据不符：{inc.formula}，左边为{inc.expected}，右边为{inc.found}",
        target=f"{inc.table} {inc.where}",
        measured={"expected": inc.expected, "found": inc.found, "formula": inc.formula, "table": inc.table,
                  "where": inc.where, "year": year_of(doc)},
        mark=Mark(full_page=True),
    )


@rule(
    "annual_report.inconsistent", "medium",
    summary="年度报告表格数据逻辑关系不符（如每列 新收+上年结转 ≠ 总计+结转下年度）",
    hint="核对表格数据：每列“本年新收+上年结转=办理结果总计+结转下年度”，各行总计等于各类申请人之和，复议诉讼总计等于各结果之和，上年结转与上年度报告的结转下年度一致。",
    needs=("documents",),
)
def annual_report_inconsistent(ctx: RuleContext) -> Iterator[Finding]:
    across = bool(ctx.param("annual_report.inconsistent", "across_years", False))
    years = by_year(ctx)
    for doc in reports(ctx):
        a = analysis(doc)
        for inc in a.inconsistencies:
            yield _inconsistency(ctx, doc, inc)
        y = year_of(doc)
        if not across or y is None or years.get(y) is not doc:
            continue
        prev = years.get(y - 1)
        if prev is not None:
            for inc in ar.continuity(analysis(prev).application, a.application):
                yield _inconsistency(ctx, doc, inc)


@rule(
    "annual_report.outdated_format", "low",
    summary="年度报告仍使用2021年以前的旧版表格格式",
    hint="按国办公开办函〔2021〕30号的新格式编制统计表（如“本年制发件数/本年废止件数/现行有效件数”）。",
    needs=("documents",),
)
def annual_report_outdated_format(ctx: RuleContext) -> Iterator[Finding]:
    for doc in reports(ctx):
        a = analysis(doc)
        if not a.outdated_markers or not _judged_format(ctx, "annual_report.outdated_format", doc):
            continue
        shown = "、".join(f"「{m}」" for m in a.outdated_markers[:4])
        yield ctx.finding(
            "annual_report.outdated_format", doc.url,
            f"{_label(doc)}的统计表使用旧版格式（含{shown}等旧表项）",
            target="统计表格式",
            measured={"markers": list(a.outdated_markers), "year": year_of(doc)},
            mark=Mark(full_page=True),
        )


@rule(
    "annual_report.duplicate", "medium",
    summary="年度报告与上一年度报告内容雷同",
    hint="据实编写本年度报告，反映本年度工作情况和数据，不得照搬往年报告。",
    needs=("documents",),
)
def annual_report_duplicate(ctx: RuleContext) -> Iterator[Finding]:
    threshold = float(ctx.param("annual_report.duplicate", "threshold", ar.DUPLICATE_THRESHOLD))
    min_chars = int(ctx.param("annual_report.duplicate", "min_chars", 200))
    years = by_year(ctx)
    for y in sorted(years, reverse=True):
        doc, prev = years[y], years.get(y - 1)
        if prev is None:
            continue
        a, b = analysis(doc), analysis(prev)
        if len(a.prose) < min_chars or len(b.prose) < min_chars:
            continue
        sim = ar.similarity(a.prose, b.prose)
        if sim >= threshold:
            yield ctx.finding(
                "annual_report.duplicate", doc.url,
                f"{y}年度报告与{y - 1}年度报告内容雷同（相似度{sim:.0%}，阈值{threshold:.0%}）",
                target=prev.url,
                measured={"similarity": round(sim, 3), "threshold": threshold, "year": y, "compared_year": y - 1,
                          "compared_with": prev.url, "method": f"{ar.SHINGLE}-gram Jaccard, digits normalised"},
                mark=Mark(full_page=True),
            )
