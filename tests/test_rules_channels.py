"""Channel rules on hand-built snapshots: letters, write form, request form, guide."""

from __future__ import annotations

from datetime import date

from robot.channels.probe import count_workdays, replied_state
from robot.snapshots import ChannelSnapshot, FormFacts, FormField, GuideFacts, Message, NetError
from robot.testing import HOME, run_rule, site_config, snapshot
from robot.workdays import WorkCalendar

BOARD = HOME + "hdjl/"
AS_OF = date(2024, 10, 31)


def board(*messages: Message, **kw: object) -> ChannelSnapshot:
    base: dict[str, object] = {"site": "demo", "kind": "message_board", "url": BOARD, "available": True,
                               "write_url": BOARD + "write.html", "write_ok": True}
    base.update(kw)
    return ChannelSnapshot(messages=messages, **base)  # type: ignore[arg-type]


def letter(n: int, sent: date | None, replied: date | None = None, state: str = "",
           workdays: int | None = None) -> Message:
    return Message(url=f"{BOARD}{n}.html", title=f"关于第{n}号问题的咨询", submitted=sent, replied=replied,
                   state_text=state, workdays_to_reply=workdays)


def counted(*messages: Message, as_of: date = AS_OF) -> tuple[Message, ...]:
    out, problems = count_workdays(messages, WorkCalendar(), as_of)
    assert not problems
    return tuple(out)


def test_workdays_around_national_day_2024() -> None:
    # sent Fri 27 Sep 2024: Sun 29 and Mon 30 Sep worked, 1-7 Oct off, then 8 and 9 Oct (a Mon-Fri count says 8)
    [m] = counted(letter(1, date(2024, 9, 27), date(2024, 10, 9)))
    assert m.workdays_to_reply == 4
    [m] = counted(letter(2, date(2024, 9, 30), date(2024, 10, 12)))  # 8,9,10,11 Oct + Sat 12 Oct (worked)
    assert m.workdays_to_reply == 5
    [open_] = counted(letter(3, date(2024, 10, 24)))  # open: 25, 28, 29, 30, 31 Oct
    assert open_.workdays_to_reply == 5


def test_unreplied_after_five_workdays_only() -> None:
    msgs = counted(letter(1, date(2024, 10, 24)), letter(2, date(2024, 10, 23)),
                   letter(3, date(2024, 10, 1), date(2024, 10, 8)), letter(4, date(2024, 10, 10), state="已办结"))
    found = run_rule("interaction.unreplied", snapshot(channels=[board(*msgs)], as_of=AS_OF))
    assert [f.url for f in found] == [BOARD + "2.html"]
    assert found[0].measured["workdays_open"] == 6 and "6个工作日未回复" in found[0].message
    assert run_rule("interaction.unreplied", snapshot(channels=[board(*msgs)], as_of=AS_OF), workdays=10) == []


def test_unreplied_three_months_within_the_last_year() -> None:
    msgs = counted(letter(1, date(2024, 7, 31)),  # exactly 3 months: not more
                   letter(2, date(2024, 7, 30)),  # more than 3 months
                   letter(3, date(2023, 10, 30)),  # more than a year ago: outside the window
                   letter(4, date(2024, 5, 6), date(2024, 9, 1)))  # answered, late: not this rule
    found = run_rule("interaction.unreplied_3_months", snapshot(channels=[board(*msgs)], as_of=AS_OF))
    assert [f.url for f in found] == [BOARD + "2.html"]
    assert found[0].severity.value == "veto"


def test_reply_overdue() -> None:
    msgs = counted(letter(1, date(2024, 9, 27), date(2024, 10, 9)),  # 3 working days: fine
                   letter(2, date(2024, 9, 20), date(2024, 10, 9)))  # 23,24,25,26,27,29,30 Sep, 8,9 Oct = 9
    found = run_rule("interaction.reply_overdue", snapshot(channels=[board(*msgs)], as_of=AS_OF))
    assert [(f.url, f.measured["workdays_to_reply"]) for f in found] == [(BOARD + "2.html", 9)]


def test_replied_states() -> None:
    assert replied_state("已回复") and replied_state("已办结") and replied_state(" 已答复 ")
    assert not replied_state("未回复") and not replied_state("办理中") and not replied_state("待回复")
    assert not replied_state("")


def test_channel_unavailable_when_board_fails_or_no_way_to_write() -> None:
    down = board(available=False, status=None, error=NetError.TIMEOUT, error_detail="打开超时")
    found = run_rule("interaction.channel_unavailable", snapshot(channels=[down]))
    assert len(found) == 1 and "打开超时" in found[0].message
    no_write = board(write_ok=False, write_url="", write_problem="没有“我要写信/我要留言”入口")
    [f] = run_rule("interaction.channel_unavailable", snapshot(channels=[no_write]))
    assert f.url == BOARD and "入口" in f.message
    assert run_rule("interaction.channel_unavailable", snapshot(channels=[board()])) == []


def _form(*labels_elements: tuple[str, str], missing: tuple[str, ...] = (), fillable: bool = True,
          source: str = "html") -> FormFacts:
    fields = tuple(FormField(label=lab, kind="text", element=el) for lab, el in labels_elements)
    return FormFacts(url=HOME + "ysqgk/apply.html", source=source, fields=fields, missing=missing,
                     fillable=fillable, submit_control=True)


def test_application_rules() -> None:
    ok = ChannelSnapshot(site="demo", kind="application", url=HOME + "ysqgk/", available=True,
                         form=_form(("申请人姓名", "applicant"), ("所需信息描述", "description")))
    assert run_rule("application.form_missing_field", snapshot(channels=[ok])) == []
    assert run_rule("application.form_unavailable", snapshot(channels=[ok])) == []
    lacking = ChannelSnapshot(site="demo", kind="application", url=HOME + "ysqgk/", available=True,
                              form=_form(("申请人姓名", "applicant"), missing=("受理机关", "获取方式")))
    found = run_rule("application.form_missing_field", snapshot(channels=[lacking]))
    assert [f.target for f in found] == ["受理机关", "获取方式"]
    assert all(f.url == HOME + "ysqgk/apply.html" for f in found)
    gone = ChannelSnapshot(site="demo", kind="application", url=HOME + "ysqgk/", available=False, status=404,
                           error_detail="页面返回 404")
    [f] = run_rule("application.form_unavailable", snapshot(channels=[gone]))
    assert "404" in f.message
    assert run_rule("application.form_missing_field", snapshot(channels=[gone])) == []
    stuck = ChannelSnapshot(site="demo", kind="application", url=HOME + "ysqgk/", available=True,
                            form=_form(("申请人姓名", "applicant"), fillable=False))
    assert len(run_rule("application.form_unavailable", snapshot(channels=[stuck]))) == 1


def test_guide_rules_compare_with_contact() -> None:
    site = site_config(owner="演示县人民政府办公室", jurisdiction="演示县",
                       contact={"unit": "演示县人民政府办公室", "address": "演示县人民大道88号", "phone": "0790-6123456"})
    right = GuideFacts(url=HOME + "zn/", unit="演示县人民政府办公室", address="演示县人民大道88号",
                       phones=("(0790)6123456",), ways=("in_person",), text_chars=800)
    snap = snapshot(channels=[ChannelSnapshot(site="demo", kind="guide", url=HOME + "zn/", available=True,
                                              guide=right)])
    for rid in ("guide.wrong_contact", "guide.wrong_unit", "guide.missing_element"):
        assert run_rule(rid, snap, site) == [], rid
    wrong = GuideFacts(url=HOME + "zn/", unit="演示县教育体育局", address="演示县人民大道88号",
                       phones=("0790-6999999",), fax="", ways=("in_person", "fax"), text_chars=800)
    snap = snapshot(channels=[ChannelSnapshot(site="demo", kind="guide", url=HOME + "zn/", available=True,
                                              guide=wrong)])
    assert len(run_rule("guide.wrong_unit", snap, site)) == 1
    assert len(run_rule("guide.wrong_contact", snap, site)) == 1
    assert len(run_rule("guide.missing_element", snap, site)) == 1
