"""Interaction channels: message boards (互动交流), the 依申请公开 form and the 信息公开指南.

Thresholds (国办秘函〔2019〕19号 and the provincial indicators): a letter must be answered within
5 working days (State Council calendar, 调休 included; day one is the day after it arrived); a
letter unanswered for more than 3 calendar months within the last year is a veto. The board must
open and offer a working way to write. Parameters (``rules:`` in the config):
``interaction.unreplied: {workdays: 5}``, ``interaction.reply_overdue: {workdays: 5}``,
``interaction.unreplied_3_months: {months: 3, window_months: 12}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from robot.channels.guide import compare_guide
from robot.channels.probe import replied_state
from robot.dates import months_before
from robot.findings import Finding, Mark
from robot.rules.registry import RuleContext, rule
from robot.snapshots import ChannelSnapshot, Message


def _channels(ctx: RuleContext, kind: str) -> list[ChannelSnapshot]:
    return [c for c in ctx.snapshot.channels if c.kind == kind]


def _open_letters(ctx: RuleContext) -> Iterator[tuple[ChannelSnapshot, Message]]:
    for c in _channels(ctx, "message_board"):
        for m in c.messages:
            if m.submitted is None or m.replied is not None or replied_state(m.state_text):
                continue
            if m.submitted > ctx.as_of:
                continue
            yield c, m


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _title(m: Message) -> str:
    t = m.title.strip() or "（无标题）"
    return t if len(t) <= 40 else t[:39] + "…"


@rule(
    "interaction.unreplied", "high",
    summary="留言超过5个工作日未回复",
    hint="对群众来信来访及时办理答复，5个工作日内回复；不能按期答复的说明情况。",
    needs=("channels",),
)
def interaction_unreplied(ctx: RuleContext) -> Iterator[Finding]:
    limit = int(ctx.param("interaction.unreplied", "workdays", 5))
    for c, m in _open_letters(ctx):
        days = m.workdays_to_reply
        if days is None or days <= limit:
            continue
        yield ctx.finding(
            "interaction.unreplied", m.url or c.url,
            f"留言「{_title(m)}」于{m.submitted}提交，截至{ctx.as_of}已{days}个工作日未回复（要求{limit}个工作日内）",
            target=m.title[:200] or None,
            measured={"submitted": _iso(m.submitted), "workdays_open": days, "limit_workdays": limit,
                      "state": m.state_text},
            mark=Mark(full_page=True),
        )


@rule(
    "interaction.unreplied_3_months", "veto",
    summary="一年内有留言超过3个月未回复（单项否决）",
    hint="立即办理积压留言并公开答复；建立留言办理台账，逐条跟踪到期时间。",
    needs=("channels",),
)
def interaction_unreplied_3_months(ctx: RuleContext) -> Iterator[Finding]:
    months = int(ctx.param("interaction.unreplied_3_months", "months", 3))
    window = int(ctx.param("interaction.unreplied_3_months", "window_months", 12))
    cutoff = months_before(ctx.as_of, months)  # sent before this: open more than `months`
    since = months_before(ctx.as_of, window)
    for c, m in _open_letters(ctx):
        assert m.submitted is not None
        if not (since <= m.submitted < cutoff):
            continue
        yield ctx.finding(
            "interaction.unreplied_3_months", m.url or c.url,
            f"留言「{_title(m)}」于{m.submitted}提交，截至{ctx.as_of}超过{months}个月未回复",
            target=m.title[:200] or None,
            measured={"submitted": _iso(m.submitted), "days_open": (ctx.as_of - m.submitted).days,
                      "workdays_open": m.workdays_to_reply},
            mark=Mark(full_page=True),
        )


@rule(
    "interaction.reply_overdue", "medium",
    summary="留言回复超过5个工作日",
    hint="规范留言办理流程，确保5个工作日内答复。",
    needs=("channels",),
)
def interaction_reply_overdue(ctx: RuleContext) -> Iterator[Finding]:
    limit = int(ctx.param("interaction.reply_overdue", "workdays", 5))
    for c in _channels(ctx, "message_board"):
        for m in c.messages:
            if m.replied is None or m.submitted is None or m.workdays_to_reply is None:
                continue
            if m.workdays_to_reply <= limit:
                continue
            yield ctx.finding(
                "interaction.reply_overdue", m.url or c.url,
                f"留言「{_title(m)}」于{m.submitted}提交，{m.replied}回复，用时{m.workdays_to_reply}个工作日"
                f"（要求{limit}个工作日内）",
                target=m.title[:200] or None,
                measured={"submitted": _iso(m.submitted), "replied": _iso(m.replied),
                          "workdays_to_reply": m.workdays_to_reply, "limit_workdays": limit},
                mark=Mark(full_page=True),
            )


@rule(
    "interaction.channel_unavailable", "veto",
    summary="互动渠道无法使用：留言板/信箱打不开，或没有可用的写信入口（单项否决）",
    hint="恢复留言板或信箱的访问，提供可用的“我要写信/我要留言”表单并确保能够提交。",
    needs=("channels",),
)
def interaction_channel_unavailable(ctx: RuleContext) -> Iterator[Finding]:
    for c in _channels(ctx, "message_board"):
        if not c.available:
            yield ctx.finding(
                "interaction.channel_unavailable", c.url,
                f"留言板/信箱无法打开：{c.error_detail or '页面不可用'}",
                measured={"status": c.status, "error": c.error.value if c.error else None,
                          "response_ms": c.response_ms},
            )
        elif c.write_ok is False:
            yield ctx.finding(
                "interaction.channel_unavailable", c.write_url or c.url,
                f"留言板没有可用的写信途径：{c.write_problem or '写信表单不可用'}",
                target=c.write_url or None,
                measured={"board": c.url, "write_url": c.write_url},
                mark=Mark(full_page=True),
            )


@rule(
    "application.form_unavailable", "high",
    summary="依申请公开：申请表无法打开或无法填写",
    hint="恢复在线申请表或提供可下载的申请表，确保各栏目可以填写。",
    needs=("channels",),
)
def application_form_unavailable(ctx: RuleContext) -> Iterator[Finding]:
    for c in _channels(ctx, "application"):
        f = c.form
        if not c.available or f is None:
            yield ctx.finding(
                "application.form_unavailable", c.url,
                f"依申请公开渠道不可用：{c.error_detail or '没有找到申请表'}",
                measured={"status": c.status, "error": c.error.value if c.error else None,
                          "response_ms": c.response_ms},
            )
        elif not f.fields or (f.source == "html" and not f.fillable):
            yield ctx.finding(
                "application.form_unavailable", f.url,
                f"依申请公开申请表无法填写：{f.problem or '没有可填写的栏目'}",
                target=f.url if f.url != c.url else None,
                measured={"source": f.source, "fields": len(f.fields), "response_ms": c.response_ms},
                mark=Mark(full_page=True) if f.source == "html" else None,
            )


@rule(
    "application.form_missing_field", "medium",
    summary="依申请公开申请表缺少必备要素（受理机关、申请人、联系方式、所需信息描述、获取方式等）",
    hint="按《政府信息公开条例》第二十九条完善申请表，补齐缺少的栏目。",
    needs=("channels",),
)
def application_form_missing_field(ctx: RuleContext) -> Iterator[Finding]:
    for c in _channels(ctx, "application"):
        f = c.form
        if not c.available or f is None or not f.fields:
            continue
        for name in f.missing:
            yield ctx.finding(
                "application.form_missing_field", f.url,
                f"依申请公开申请表缺少“{name}”栏目",
                target=name,
                measured={"source": f.source, "fields": [x.label for x in f.fields][:40],
                          "submit_ms": f.submit_ms, "response_ms": c.response_ms},
                mark=Mark(full_page=True) if f.source == "html" else None,
            )


def _guide_problems(ctx: RuleContext, rule_id: str) -> Iterator[Finding]:
    site = ctx.site
    for c in _channels(ctx, "guide"):
        if not c.available or c.guide is None:
            continue
        problems = compare_guide(c.guide, contact=site.contact, owner=site.owner, jurisdiction=site.jurisdiction,
                                 site_name=site.name)
        for p in problems:
            if p.rule != rule_id:
                continue
            yield ctx.finding(rule_id, c.guide.url or c.url, p.message, target=p.target or None,
                              measured=dict(p.measured), mark=Mark(full_page=True))


@rule(
    "guide.wrong_contact", "high",
    summary="信息公开指南中的地址或电话与实际不符",
    hint="核对并更新指南中的受理机构地址、联系电话，与实际办公信息保持一致。",
    needs=("channels",),
)
def guide_wrong_contact(ctx: RuleContext) -> Iterator[Finding]:
    yield from _guide_problems(ctx, "guide.wrong_contact")


@rule(
    "guide.wrong_unit", "high",
    summary="信息公开指南写错受理机构（写成其他单位）",
    hint="将指南中的受理机构更正为本机关（或其指定的政府信息公开工作机构）。",
    needs=("channels",),
)
def guide_wrong_unit(ctx: RuleContext) -> Iterator[Finding]:
    yield from _guide_problems(ctx, "guide.wrong_unit")


@rule(
    "guide.missing_element", "medium",
    summary="信息公开指南缺少要素（如提供传真申请却无传真号码）",
    hint="补齐指南要素：受理机构、地址、邮编、电话、传真、电子邮箱及各申请方式所需信息。",
    needs=("channels",),
)
def guide_missing_element(ctx: RuleContext) -> Iterator[Finding]:
    yield from _guide_problems(ctx, "guide.missing_element")
