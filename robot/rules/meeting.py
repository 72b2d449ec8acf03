"""Meetings (会议信息): a meeting published more than 14 calendar days after it was held.

Which pages report a meeting and when it was held (the lead-sentence rule; 近日 and other vague
days give no finding): :mod:`robot.content.policy`. The publication date is the date of the list
entry that links the page, else its 发布时间 (or a bare 时间： in the article's meta line).
Parameter (``rules: meeting.late:``): ``days`` (14), calendar days, as the 赣州市 bulletins count them.
"""

from __future__ import annotations

from collections.abc import Iterator

from robot.content.policy import meeting_reports
from robot.findings import Finding, Mark
from robot.rules.registry import RuleContext, rule


@rule(
    "meeting.late", "medium",
    summary="会议信息发布不及时：会议召开14天后才发布",
    hint="重要会议召开后及时发布会议信息，最迟不超过会议召开后14天。",
    needs=("columns", "pages"),
)
def meeting_late(ctx: RuleContext) -> Iterator[Finding]:
    limit = int(ctx.param("meeting.late", "days", 14))
    for m in meeting_reports(ctx.snapshot):
        if m.held is None or m.days is None or m.days <= limit:
            continue
        yield ctx.finding(
            "meeting.late", m.url,
            f"会议于{m.held.isoformat()}召开，信息于{m.published.isoformat()}发布，间隔{m.days}天（要求{limit}天内）",
            target=m.title,
            measured={"held": m.held.isoformat(), "published": m.published.isoformat(), "days": m.days,
                      "limit_days": limit, "held_text": m.spelled, "lead": m.lead[:200], "column": m.column or None},
            mark=Mark(full_page=True),
        )
