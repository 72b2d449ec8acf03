"""Columns (栏目): blank, overdue, about to be overdue, not monitored, gone.

Freshness limits by category (国办秘函〔2019〕19号): 动态要闻 14 days; 通知公告 and 政策文件
6 calendar months; 人事 and 规划计划 12 months; other columns none. A column is overdue on day D
when D > newest + limit; a column whose entries carry no date counts as not updated. Limits and
counts can be changed per rule in the config (``ctx.param``), e.g. ``column.overdue: news_days``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

from robot.dates import add_months
from robot.findings import Finding, Mark
from robot.rules._common import describe_failure
from robot.rules.registry import RuleContext, rule
from robot.snapshots import ColumnSnapshot, PageSnapshot
from robot.urls import page_key

CATEGORY_LABELS = {
    "news": "动态类", "notice": "通知公告类", "policy": "政策文件类", "personnel": "人事类", "plan": "规划计划类",
    "other": "其他类",
}
_DEFAULT_LIMITS: dict[str, tuple[str, int | None]] = {  # category → (param name, default)
    "news": ("news_days", 14),
    "notice": ("notice_months", 6),
    "policy": ("policy_months", 6),
    "personnel": ("personnel_months", 12),
    "plan": ("plan_months", 12),
    "other": ("other_days", None),
}


@dataclass(frozen=True, slots=True)
class Limit:
    """How long a column may go without a new item: days or calendar months."""

    amount: int
    unit: str  # "days" | "months"

    def deadline(self, newest: date) -> date:
        """The last day the column is still on time."""
        if self.unit == "days":
            return newest + timedelta(days=self.amount)
        return add_months(newest, self.amount)

    def describe(self) -> str:
        return f"{self.amount}天内" if self.unit == "days" else f"{self.amount}个月内"


@dataclass(frozen=True, slots=True)
class ColumnFreshness:
    """A column's update status on ``as_of``."""

    column: ColumnSnapshot
    limit: Limit
    newest: date | None  # None: entries exist but none is dated
    deadline: date | None
    days_since: int | None
    days_left: int | None  # days until the deadline (0 = the last day on time); negative: overdue

    @property
    def overdue(self) -> bool:
        return self.newest is None or (self.days_left is not None and self.days_left < 0)

    @property
    def requirement(self) -> str:
        return f"{CATEGORY_LABELS.get(self.column.category, '')}栏目要求{self.limit.describe()}更新"


def category_limit(ctx: RuleContext, category: str, rule_id: str = "column.overdue") -> Limit | None:
    """The category's limit: the rule's own setting, else column.overdue's, else the default."""
    name, default = _DEFAULT_LIMITS.get(category, ("other_days", None))
    amount = ctx.param(rule_id, name, ctx.param("column.overdue", name, default))
    if amount is None:
        return None
    return Limit(int(amount), "days" if name.endswith("_days") else "months")


def reachable(col: ColumnSnapshot) -> bool:
    return col.reachable and col.error is None and (col.status is None or col.status < 400)


def judged_columns(ctx: RuleContext) -> list[ColumnSnapshot]:
    """The columns the rules judge: configured ones, and discovered ones not ignored by the config."""
    ignore = set(getattr(ctx.site, "ignore_columns", None) or ())
    return [c for c in ctx.snapshot.columns if c.configured or c.name not in ignore]


def freshness(ctx: RuleContext, col: ColumnSnapshot, rule_id: str = "column.overdue") -> ColumnFreshness | None:
    """None when there is no verdict: unreachable, empty (that is column.blank), or no limit."""
    limit = category_limit(ctx, col.category, rule_id)
    if limit is None or not reachable(col) or not col.entries:
        return None
    newest = col.newest
    if newest is None:
        return ColumnFreshness(col, limit, None, None, None, None)
    deadline = limit.deadline(newest)
    return ColumnFreshness(col, limit, newest, deadline, (ctx.as_of - newest).days, (deadline - ctx.as_of).days)


# A column page without a dated list is blank unless its content area shows real content: text
# with a line at least this long (a paragraph of a single-page column such as 县情概况; an empty
# list shows only short labels: its heading, 标题/发布日期 headers, 暂无信息, 加载中), links to
# items (titles, pictures: a picture wall the list reader does not parse; menus do not count), links
# to at least SUB_COLUMNS of the pages below it (a section's landing page: a grid of its
# sub-columns), or a picture a reader looks at (领导之窗's portraits; a placeholder or blank picture
# is none). Measured when the area is captured.
PARAGRAPH_CHARS = 50
SUB_COLUMNS = 2
# A table of facts (a 便民服务 page's 事项 / 办理地点 / 电话: short cells, no links) is content too:
# at least this many rows of two or more filled cells (a header row alone, or a header and a
# 共0条 pager, is an empty list).
TABLE_ROWS = 3
# A form a reader writes in (a 县长信箱 / 咨询 page: name, telephone, a box for the letter) is the
# page's service, not an empty list: a visible box for a message (a list's filter form has only
# short fields) makes the column not blank.


def sub_columns(col: ColumnSnapshot, columns: Sequence[ColumnSnapshot] = ()) -> set[str]:
    """The pages below ``col`` its content area links: pages in folders under the column's own
    (/zwgk/tzgg/ under /zwgk/; not a pager's index_2.html beside it), and columns of the site one
    level or more deeper (a CMS whose column URLs are not nested: /col/col52/ under /col/col50/)."""
    if col.content is None:
        return set()
    own = urlsplit(page_key(col.url))
    folder = own.path.rsplit("/", 1)[0] + "/"
    deeper = {page_key(c.url) for c in columns if c.level > col.level}
    out: set[str] = set()
    for target in col.content.targets:
        key = page_key(target)
        parts = urlsplit(key)
        if key == page_key(col.url) or parts.netloc != own.netloc:
            continue
        nested = folder != "/" and parts.path.startswith(folder) and "/" in parts.path[len(folder):]
        if nested or key in deeper:
            out.add(key)
    return out


def _shows_pictures(col: ColumnSnapshot, pages: Sequence[PageSnapshot]) -> bool:
    """A picture in the content area not known to be broken: it failed to load, or the image check
    found it a placeholder or a blank box (without that check, a picture is taken to show)."""
    if col.content is None or not col.content.pictures:
        return False
    page = next((p for p in pages if p.requested_url == col.url), None)
    facts = {i.src: i for i in page.images} if page is not None else {}
    for src in col.content.pictures:
        img = facts.get(src)
        failed = img is not None and img.complete and not img.loaded
        if img is not None and img.natural_width > 0 and img.natural_height > 0:
            small, long = sorted((img.natural_width, img.natural_height))
            if small < 48 or long > 3 * small:  # a spacer, an icon or a banner strip (not drawn when measured)
                continue
        if img is None or not (failed or img.visual in ("placeholder", "blank", "undecodable")):
            return True
    return False


def is_blank(col: ColumnSnapshot, pages: Sequence[PageSnapshot] = (), columns: Sequence[ColumnSnapshot] = ()) -> bool:
    """空白栏目: reachable, and its content area renders blank (even with entries in the DOM), or
    it has no entries and shows nothing a reader can use: no paragraph, no link to an item or to
    its sub-columns, no picture. ``pages`` (the crawl's) tell which pictures loaded and look real,
    ``columns`` (the site's) which columns lie below this one."""
    if not reachable(col):
        return False
    c = col.content
    if c is None:
        return not col.entries
    if c.blank:
        return True
    if col.entries or c.text_chars < 0:
        return False
    if len(sub_columns(col, columns)) >= SUB_COLUMNS or _shows_pictures(col, pages):
        return False
    if c.table_rows >= TABLE_ROWS or c.write_boxes > 0:
        return False
    return c.longest_line < PARAGRAPH_CHARS and c.links <= 0


def blank_columns(ctx: RuleContext) -> list[ColumnSnapshot]:
    return [c for c in judged_columns(ctx) if is_blank(c, ctx.snapshot.pages, ctx.snapshot.columns)]


def overdue_columns(ctx: RuleContext, rule_id: str = "column.overdue") -> list[ColumnFreshness]:
    out = []
    for col in judged_columns(ctx):
        f = freshness(ctx, col, rule_id)
        if f is not None and f.overdue:
            out.append(f)
    return out


def _names(cols: Sequence[ColumnSnapshot]) -> str:
    shown = "、".join(f"「{c.name}」" for c in cols[:10])
    return shown + (f"等{len(cols)}个" if len(cols) > 10 else "")


def _render(col: ColumnSnapshot) -> dict[str, object] | None:
    if col.content is None:
        return None
    return {"blank": col.content.blank, "ink_ratio": round(col.content.ink_ratio, 4),
            "edge_density": round(col.content.edge_density, 4), "targets": len(col.content.targets),
            "pictures": len(col.content.pictures), "table_rows": col.content.table_rows, "write_boxes": col.content.write_boxes}


@rule(
    "column.blank", "high",
    summary="空白栏目：栏目无任何信息，或内容区域显示空白",
    hint="在该栏目发布应公开的信息，确无内容的栏目予以撤并；列表不显示的，检查数据接口、脚本和样式。",
    needs=("columns",),
)
def column_blank(ctx: RuleContext) -> Iterator[Finding]:
    for col in blank_columns(ctx):
        if not col.entries:
            message = f"栏目「{col.name}」为空白栏目：栏目页没有任何信息"
        else:
            message = f"栏目「{col.name}」内容区域显示为空白：页面含{len(col.entries)}条信息，但渲染后看不到内容"
        yield ctx.finding(
            "column.blank", col.url, message, target=col.name,
            measured={"entries": len(col.entries), "pages": len(col.pages), "render": _render(col)},
            mark=Mark(full_page=True),
        )


@rule(
    "column.blank_many", "veto",
    summary="空白栏目达到5个及以上（单项否决）",
    hint="逐一整改空白栏目：补充内容或撤并栏目，使空白栏目少于5个。",
    needs=("columns",),
)
def column_blank_many(ctx: RuleContext) -> Iterator[Finding]:
    blank = blank_columns(ctx)
    threshold = int(ctx.param("column.blank_many", "count", 5))
    if len(blank) >= threshold:
        yield ctx.finding(
            "column.blank_many", ctx.snapshot.homepage_url,
            f"网站有{len(blank)}个空白栏目（{threshold}个及以上为单项否决）：{_names(blank)}",
            measured={"count": len(blank), "threshold": threshold, "names": [c.name for c in blank]},
        )


@rule(
    "column.overdue", "high",
    summary="栏目更新不及时：最新信息超过该类栏目的更新期限",
    hint="按栏目类别要求及时发布信息（动态类14天、通知公告和政策文件6个月、人事和规划计划12个月），并在列表中标注发布日期；确无更新的栏目予以撤并。",
    needs=("columns",),
)
def column_overdue(ctx: RuleContext) -> Iterator[Finding]:
    for f in overdue_columns(ctx):
        col = f.column
        if f.newest is None:
            message = f"栏目「{col.name}」的{len(col.entries)}条信息均未标注发布日期，视为未更新（{f.requirement}）"
        else:
            message = f"栏目「{col.name}」最新信息发布于{f.newest.isoformat()}，已{f.days_since}天未更新（{f.requirement}）"
        yield ctx.finding(
            "column.overdue", col.url, message, target=col.name,
            measured={"newest": f.newest.isoformat() if f.newest else None, "days_since": f.days_since,
                      "limit": f.limit.describe(), "category": col.category,
                      "deadline": f.deadline.isoformat() if f.deadline else None, "level": col.level},
            mark=Mark(full_page=True),
        )


@rule(
    "column.overdue_many", "veto",
    summary="超期未更新栏目过多（单项否决）：动态要闻及一级通知公告、政策文件超期5个及以上，或任意类超期10个及以上",
    hint="优先整改动态要闻类和一级通知公告、政策文件类栏目，按期限更新或撤并长期不更新的栏目。",
    needs=("columns",),
)
def column_overdue_many(ctx: RuleContext) -> Iterator[Finding]:
    overdue = overdue_columns(ctx, "column.overdue_many")
    key = [f for f in overdue if f.column.category == "news"
           or (f.column.category in ("notice", "policy") and f.column.level == 1)]
    key_threshold = int(ctx.param("column.overdue_many", "key_count", 5))
    any_threshold = int(ctx.param("column.overdue_many", "any_count", 10))
    if len(key) < key_threshold and len(overdue) < any_threshold:
        return
    if len(key) >= key_threshold:
        why = (f"动态要闻及一级通知公告、政策文件类栏目超期{len(key)}个（{key_threshold}个及以上为单项否决）："
               f"{_names([f.column for f in key])}")
    else:
        why = f"超期未更新栏目共{len(overdue)}个（{any_threshold}个及以上为单项否决）：{_names([f.column for f in overdue])}"
    yield ctx.finding(
        "column.overdue_many", ctx.snapshot.homepage_url, f"栏目更新不及时：{why}",
        measured={"key_count": len(key), "overdue_count": len(overdue), "key_threshold": key_threshold,
                  "any_threshold": any_threshold, "key_names": [f.column.name for f in key],
                  "names": [f.column.name for f in overdue]},
    )


@rule(
    "column.due_soon", "low",
    summary="栏目即将超期（3天内将超过更新期限，预警）",
    hint="在期限前发布新信息，避免栏目超期。",
    needs=("columns",),
)
def column_due_soon(ctx: RuleContext) -> Iterator[Finding]:
    window = int(ctx.param("column.due_soon", "days", 3))
    for col in judged_columns(ctx):
        f = freshness(ctx, col, "column.due_soon")
        if f is None or f.overdue or f.days_left is None or f.deadline is None or f.newest is None:
            continue
        if f.days_left < window:  # overdue on deadline + 1, which falls within the next `window` days
            first_overdue = f.deadline + timedelta(days=1)
            yield ctx.finding(
                "column.due_soon", col.url,
                f"栏目「{col.name}」最新信息发布于{f.newest.isoformat()}，将于{first_overdue.isoformat()}超期"
                f"（距超期还有{f.days_left + 1}天；{f.requirement}），请及时更新",
                target=col.name,
                measured={"newest": f.newest.isoformat(), "deadline": f.deadline.isoformat(),
                          "overdue_from": first_overdue.isoformat(), "days_left": f.days_left,
                          "limit": f.limit.describe(), "category": col.category},
                mark=Mark(full_page=True),
            )


@rule(
    "column.unmonitored", "medium",
    summary="网站导航中的栏目未纳入监测配置",
    hint="将该栏目加入监测配置（SITES.yaml 的 columns），不是栏目的导航项写入 ignore_columns。",
    needs=("columns",),
)
def column_unmonitored(ctx: RuleContext) -> Iterator[Finding]:
    if not getattr(ctx.site, "columns", None):
        return  # no column list in the config: every column is discovered, none is "unmonitored"
    for col in judged_columns(ctx):
        if col.in_nav and not col.configured:
            yield ctx.finding(
                "column.unmonitored", col.url,
                f"栏目「{col.name}」在网站导航中，但未列入监测配置",
                target=col.name,
                measured={"level": col.level, "category": col.category, "entries": len(col.entries)},
                mark=Mark(full_page=True),
            )


@rule(
    "column.missing", "medium",
    summary="监测配置中的栏目在网站上无法访问或已无入口",
    hint="恢复栏目页面或其入口链接；栏目已撤并的，同步更新监测配置。",
    needs=("columns",),
)
def column_missing(ctx: RuleContext) -> Iterator[Finding]:
    for col in ctx.snapshot.columns:
        if not col.configured:
            continue
        if not reachable(col):
            why = describe_failure(col.status, col.error.value if col.error else None)
            message = f"监测配置中的栏目「{col.name}」无法访问：{why}"
        elif ctx.snapshot.complete and not col.linked:
            message = f"监测配置中的栏目「{col.name}」在网站上已找不到入口链接"
        else:
            continue
        yield ctx.finding(
            "column.missing", col.url, message, target=col.name,
            measured={"status": col.status, "error": col.error.value if col.error else None,
                      "linked": col.linked, "reachable": reachable(col)},
            mark=Mark(full_page=True),
        )
