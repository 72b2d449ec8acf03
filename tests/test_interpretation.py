"""interpretation.* rules (政策解读: missing, late, 双向关联) and the pairing logic under them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

import robot.rules.interpretation  # noqa: F401  registers the rules
from robot.content.policy import (
    clean_title,
    collect_policy,
    document_number,
    interpretation_subject,
    is_interpretation_title,
    needs_interpretation,
    normalise_key,
    numbers_match,
    pair,
    same_subject,
)
from robot.findings import Finding
from robot.snapshots import ColumnSnapshot, ListEntry, PageSnapshot, SiteSnapshot
from robot.testing import HOME, link, page, run_rule, site_config, snapshot

FIXTURES = Path(__file__).parent / "fixtures" / "policy"
AS_OF = date(2024, 4, 30)
DOC_COL = f"{HOME}xxgk/zcwj/"
JD_COL = f"{HOME}xxgk/zcjd/"


def text(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8").strip()


def doc_url(n: str) -> str:
    return f"{HOME}xxgk/zcwj/2024/{n}.html"


def jd_url(n: str) -> str:
    return f"{HOME}xxgk/zcjd/2024/{n}.html"


def columns(docs: list[ListEntry], interps: list[ListEntry]) -> list[ColumnSnapshot]:
    return [
        ColumnSnapshot(name="政策文件", url=DOC_COL, category="policy", configured=True, in_nav=True,
                       entries=tuple(docs)),
        # "政策解读" infers category policy from its name: the name makes it the interpretation column
        ColumnSnapshot(name="政策解读", url=JD_COL, category="policy", configured=True, in_nav=True,
                       entries=tuple(interps)),
    ]


def snap(docs: list[ListEntry], interps: list[ListEntry] = (), pages: list[PageSnapshot] = (),  # type: ignore[assignment]
         *, as_of: date = AS_OF, complete: bool = True) -> SiteSnapshot:
    s = snapshot(list(pages), as_of=as_of, columns=columns(docs, list(interps)))
    s.complete = complete
    return s


def run(rule_id: str, s: SiteSnapshot, **params: Any) -> list[Finding]:
    return run_rule(rule_id, s, **params)


# --- the written rule: which documents need an interpretation ---------------------------------


@pytest.mark.parametrize("title, needs", [
    ("关于印发《信丰县农业产业发展奖补办法》的通知", True),
    ("信丰县人民政府关于加快新型储能产业发展的若干措施", True),
    ("关于印发《信丰县2024年柑橘黄龙病防控工作方案》的通知", True),  # the April 2024 bulletin's case
    ("信丰县人民政府关于进一步优化营商环境的实施意见", True),
    ("关于召开全县安全生产工作会议的通知", False),
    ("关于刘某某等同志任免职务的通知", False),
    ("关于2024年县级农业产业化龙头企业拟认定名单的公示", False),
    ("转发省人民政府关于促进民营经济发展的若干意见的通知", False),  # interpreted upstream
    ("关于公开征求《信丰县城区停车管理办法（征求意见稿）》意见的公告", False),
    ("关于做好2024年五一劳动节放假安排的通知", False),
    ("关于成立信丰县河长制工作领导小组的通知", False),
    ("关于同意设立信丰县某某学校的批复", False),
    ("《信丰县农业产业发展奖补办法》政策解读", False),
])
def test_which_documents_need_an_interpretation(title: str, needs: bool) -> None:
    assert needs_interpretation(title)[0] is needs, needs_interpretation(title)


@pytest.mark.parametrize("title, subject", [
    ("《信丰县农业产业发展奖补办法》政策解读", "信丰县农业产业发展奖补办法"),
    ("关于《信丰县城区停车管理办法》的解读", "信丰县城区停车管理办法"),
    ("一图读懂《关于加快新型储能产业发展的若干措施》", "关于加快新型储能产业发展的若干措施"),
    ("图解：信丰县城区停车管理办法", "信丰县城区停车管理办法"),
    ("信丰县城区停车管理办法政策解读_信丰县人民政府", "信丰县城区停车管理办法"),
])
def test_interpretation_titles_and_subjects(title: str, subject: str) -> None:
    assert is_interpretation_title(title)
    assert interpretation_subject(title) == subject


def test_subjects_compare_without_punctuation_issuer_trial_and_notice_suffix() -> None:
    doc = normalise_key("关于印发《信丰县城区停车管理办法（试行）》的通知")
    assert doc == normalise_key("信丰县城区停车管理办法")
    assert normalise_key("信丰县人民政府关于加快新型储能产业发展的若干措施") == normalise_key(
        "关于加快新型储能产业发展的若干措施")
    assert same_subject(normalise_key("信丰县农业产业发展奖补办法"), normalise_key("农业产业发展奖补办法"))
    # another instrument on the same subject is another document
    assert not same_subject(normalise_key("农业产业发展奖补办法实施细则"), normalise_key("农业产业发展奖补办法"))


def test_document_numbers() -> None:
    assert document_number(text("doc_jiangbu.txt")) == "信府办字〔2024〕12号"
    assert document_number("信府发[2024] 5号") == "信府发〔2024〕5号"
    assert document_number("电话0797-7177965，共12号楼") == ""
    assert numbers_match({"信府发〔2024〕5号"}, {"根据信府发〔2024〕5号"})
    assert not numbers_match({"信府发〔2024〕5号"}, {"信府发〔2024〕6号"})


# --- interpretation.late ------------------------------------------------------------------------


def test_three_working_days_across_a_weekend_is_on_time_four_is_late() -> None:
    # Thursday 11 April 2024: Fri 12, Mon 15, Tue 16 are the three working days
    docs = [ListEntry("关于印发《信丰县农业产业发展奖补办法》的通知", doc_url("a"), date(2024, 4, 11)),
            ListEntry("信丰县人民政府关于加快新型储能产业发展的若干措施", doc_url("b"), date(2024, 4, 11))]
    interps = [ListEntry("《信丰县农业产业发展奖补办法》政策解读", jd_url("a"), date(2024, 4, 16)),
               ListEntry("一图读懂《关于加快新型储能产业发展的若干措施》", jd_url("b"), date(2024, 4, 17))]
    found = run("interpretation.late", snap(docs, interps))
    assert [(f.url, f.target) for f in found] == [(jd_url("b"), "信丰县人民政府关于加快新型储能产业发展的若干措施")]
    f = found[0]
    assert f.severity.value == "medium"
    assert f.measured["workdays"] == 4 and f.measured["allowed_workdays"] == 3
    assert f.measured["published"] == "2024-04-11" and f.measured["interpretation_published"] == "2024-04-17"
    assert f.measured["paired_by"] == "title"
    # neither is missing
    assert run("interpretation.missing", snap(docs, interps)) == []


def test_spring_festival_days_off_and_the_sunday_worked_count_by_the_state_council_calendar() -> None:
    # doc Thu 8 Feb 2024; 9 Feb (除夕) worked, 10-17 off, Sunday 18 worked: 19 Feb is day 3.
    # Monday to Friday counting would say 7 days (late); the calendar says on time.
    docs = [ListEntry("关于印发《信丰县城区停车管理办法（试行）》的通知", doc_url("p"), date(2024, 2, 8)),
            ListEntry("关于印发《信丰县公共租赁住房管理办法》的通知", doc_url("q"), date(2024, 2, 8))]
    interps = [ListEntry("关于《信丰县城区停车管理办法》的解读", jd_url("p"), date(2024, 2, 19)),
               ListEntry("《信丰县公共租赁住房管理办法》政策解读", jd_url("q"), date(2024, 2, 20))]
    found = run("interpretation.late", snap(docs, interps))
    assert [f.target for f in found] == ["关于印发《信丰县公共租赁住房管理办法》的通知"]
    assert found[0].measured["workdays"] == 4


def test_a_year_the_calendar_does_not_know_gives_no_finding_unless_configured() -> None:
    docs = [ListEntry("关于印发《信丰县农业产业发展奖补办法》的通知", doc_url("a"), date(2027, 3, 1))]
    interps = [ListEntry("《信丰县农业产业发展奖补办法》政策解读", jd_url("a"), date(2027, 3, 15))]
    s = snap(docs, interps, as_of=date(2027, 4, 1))
    assert run("interpretation.late", s) == []
    holidays = {2027: {"off": ["2027-01-01"], "work": []}}
    found = run("interpretation.late", s, holidays=holidays)
    assert len(found) == 1 and found[0].measured["workdays"] == 10
    # missing: an undated-year calendar never guesses either
    s2 = snap([ListEntry("关于印发《信丰县某某管理办法》的通知", doc_url("z"), date(2027, 3, 1))], as_of=date(2027, 4, 1))
    assert run("interpretation.missing", s2) == []
    assert len(run("interpretation.missing", s2, holidays=holidays)) == 1


# --- interpretation.missing ---------------------------------------------------------------------


def test_missing_interpretation_and_the_decoys() -> None:
    docs = [
        ListEntry("关于印发《信丰县2024年柑橘黄龙病防控工作方案》的通知", doc_url("hlb"), date(2024, 4, 3)),
        ListEntry("关于召开全县安全生产工作会议的通知", doc_url("hy"), date(2024, 4, 3)),  # needs none
        ListEntry("关于刘某某等同志任免职务的通知", doc_url("rm"), date(2024, 4, 8)),  # needs none
        ListEntry("转发省人民政府关于促进民营经济发展的若干意见的通知", doc_url("zf"), date(2024, 4, 8)),
        # Friday 26 April: Sunday 28 April is a worked day, so on 30 April 3 working days have passed: not due
        ListEntry("关于印发《信丰县城乡环境卫生管理办法》的通知", doc_url("new"), date(2024, 4, 26)),
        ListEntry("关于印发《信丰县城区绿化管理办法》的通知", doc_url("old"), date(2023, 3, 1)),  # > 12 months
        ListEntry("关于印发《信丰县城区排水管理办法》的通知", doc_url("undated"), None),  # never judged
        ListEntry("关于印发《信丰县农业产业发展奖补办法》的通知", doc_url("a"), date(2024, 4, 11)),
    ]
    interps = [ListEntry("《信丰县农业产业发展奖补办法》政策解读", jd_url("a"), date(2024, 4, 16))]
    found = run("interpretation.missing", snap(docs, interps))
    assert [(f.url, f.target) for f in found] == [
        (doc_url("hlb"), "关于印发《信丰县2024年柑橘黄龙病防控工作方案》的通知")]
    f = found[0]
    assert f.severity.value == "medium" and f.measured["workdays_since"] > 3
    assert "未找到对应的政策解读" in f.message
    # a 24-month window brings the 2023 document in; the new one stays not yet due
    wider = run("interpretation.missing", snap(docs, interps), months=24)
    assert {f.url for f in wider} == {doc_url("hlb"), doc_url("old")}


def test_missing_is_not_judged_on_an_incomplete_crawl() -> None:
    docs = [ListEntry("关于印发《信丰县2024年柑橘黄龙病防控工作方案》的通知", doc_url("hlb"), date(2024, 4, 3))]
    assert run("interpretation.missing", snap(docs, complete=False)) == []


def test_interpretation_listed_elsewhere_and_found_by_its_page_counts() -> None:
    docs = [ListEntry("关于印发《信丰县农业产业发展奖补办法》的通知", doc_url("a"), date(2024, 4, 11))]
    # no entry in the 解读 column, but a crawled page titled like one, dated by its 发布时间
    p = page(f"{HOME}art/2024/4/16/jd.html", title="《信丰县农业产业发展奖补办法》政策解读_信丰县人民政府",
             text=text("interp_jiangbu.txt"))
    s = snap(docs, [], [p])
    assert run("interpretation.missing", s) == []
    docs_, interps = collect_policy(s)
    assert interps[0].published == date(2024, 4, 16)


def test_a_normative_page_with_a_document_number_is_a_document_even_outside_policy_columns() -> None:
    p = page(f"{HOME}art/2024/4/3/fa.html", title="关于印发《信丰县城区停车管理办法》的通知",
             text="关于印发《信丰县城区停车管理办法》的通知 信府办发〔2024〕9号 发布时间：2024-04-03 各乡镇……")
    news = page(f"{HOME}art/2024/4/3/xw.html", title="县政府召开停车管理工作座谈会",
                text="发布时间：2024-04-03 4月2日，县政府召开座谈会，研究停车管理。")
    found = run("interpretation.missing", snap([], [], [p, news]))
    assert [(f.url, f.measured["number"], f.measured["published"]) for f in found] == [
        (p.requested_url, "信府办发〔2024〕9号", "2024-04-03")]


# --- interpretation.unlinked and pairing by link / 文号 ------------------------------------------


def test_unlinked_one_finding_per_missing_direction() -> None:
    docs = [ListEntry("关于印发《信丰县农业产业发展奖补办法》的通知", doc_url("a"), date(2024, 4, 11)),
            ListEntry("信丰县人民政府关于加快新型储能产业发展的若干措施", doc_url("b"), date(2024, 4, 11))]
    interps = [ListEntry("《信丰县农业产业发展奖补办法》政策解读", jd_url("a"), date(2024, 4, 16)),
               ListEntry("一图读懂《关于加快新型储能产业发展的若干措施》", jd_url("b"), date(2024, 4, 16))]
    pages = [
        page(doc_url("a"), title="关于印发《信丰县农业产业发展奖补办法》的通知", text=text("doc_jiangbu.txt"),
             links=(link(jd_url("a"), "《信丰县农业产业发展奖补办法》政策解读"),)),
        page(jd_url("a"), title="《信丰县农业产业发展奖补办法》政策解读", text=text("interp_jiangbu.txt")),
        page(doc_url("b"), title="信丰县人民政府关于加快新型储能产业发展的若干措施", text="各乡镇……"),
        page(jd_url("b"), title="一图读懂《关于加快新型储能产业发展的若干措施》", text="（图片）"),
    ]
    found = run("interpretation.unlinked", snap(docs, interps, pages))
    assert sorted((f.url, f.target) for f in found) == sorted([
        (jd_url("a"), doc_url("a")),  # the document links its interpretation, not back
        (doc_url("b"), jd_url("b")),
        (jd_url("b"), doc_url("b")),
    ])
    assert all(f.severity.value == "low" for f in found)
    both = [*pages[:1], page(jd_url("a"), title="《信丰县农业产业发展奖补办法》政策解读",
                             text=text("interp_jiangbu.txt"), links=(link(doc_url("a"), "原文件"),))]
    assert run("interpretation.unlinked", snap(docs[:1], interps[:1], both)) == []


def test_unlinked_needs_both_pages_crawled() -> None:
    docs = [ListEntry("关于印发《信丰县农业产业发展奖补办法》的通知", doc_url("a"), date(2024, 4, 11))]
    interps = [ListEntry("《信丰县农业产业发展奖补办法》政策解读", jd_url("a"), date(2024, 4, 16))]
    only_doc = [page(doc_url("a"), title=docs[0].title, text=text("doc_jiangbu.txt"))]
    assert run("interpretation.unlinked", snap(docs, interps, only_doc)) == []


def test_pairing_by_link_and_by_document_number_when_titles_differ() -> None:
    docs = [ListEntry("关于印发《信丰县农业产业发展奖补办法》的通知", doc_url("a"), date(2024, 4, 11)),
            ListEntry("关于印发《信丰县城区停车管理办法》的通知", doc_url("p"), date(2024, 4, 11))]
    interps = [ListEntry("农业产业奖补新政来了！一文读懂七大看点", jd_url("x"), date(2024, 4, 12)),
               ListEntry("停车新规答记者问", jd_url("y"), date(2024, 4, 12))]
    pages = [page(doc_url("a"), title=docs[0].title, text=text("doc_jiangbu.txt")),
             page(jd_url("x"), title=interps[0].title, text=text("interp_jiangbu.txt")),  # cites 信府办字〔2024〕12号
             page(doc_url("p"), title=docs[1].title, text="信府办发〔2024〕9号 ……", links=(link(jd_url("y")),)),
             page(jd_url("y"), title=interps[1].title, text="记者：……")]
    s = snap(docs, interps, pages)
    pairs = pair(*collect_policy(s))
    how = {p.document.url: [(i.url, h) for i, h in p.interpretations] for p in pairs}
    assert how == {doc_url("a"): [(jd_url("x"), "number")], doc_url("p"): [(jd_url("y"), "link")]}
    assert run("interpretation.missing", s) == []


def test_missing_needs_a_place_where_the_site_publishes_interpretations() -> None:
    docs = [ListEntry("关于印发《信丰县2024年柑橘黄龙病防控工作方案》的通知", doc_url("hlb"), date(2024, 4, 3))]
    only_docs = snapshot([], as_of=AS_OF, columns=columns(docs, [])[:1])  # no 解读 column, no interpretation
    assert run("interpretation.missing", only_docs) == []
    assert len(run("interpretation.missing", only_docs, require_source=False)) == 1
    # a configured channels.interpretations is a place, even when its column was not walked
    found = run_rule("interpretation.missing", only_docs, site_config(channels={"interpretations": "/zcjd/"}))
    assert len(found) == 1
    # an empty 政策解读 column is one too
    assert len(run("interpretation.missing", snap(docs, []))) == 1


def test_a_notice_to_the_public_under_a_document_number_is_a_normative_document() -> None:
    """A 通告 that sets rules for the public is issued under a 文号 (a 规范性文件); one without a
    文号 (a water cut, a road closure) is a notice and needs no interpretation."""
    rules = ListEntry("禾川县农业农村局关于加强春季农药经营使用管理的通告", doc_url("tg1"), date(2024, 4, 8))
    cut = ListEntry("关于城东片区临时停水的通告", doc_url("tg2"), date(2024, 4, 8))
    pages = [
        page(rules.url, title=rules.title,
             text="发布时间：2024-04-08\n禾农发〔2024〕7号\n为规范农药经营使用行为，现通告如下：一、农药经营者应当……"),
        page(cut.url, title=cut.title, text="发布时间：2024-04-08\n因管网改造，4月10日8时至18时城东片区停水。"),
    ]
    found = run("interpretation.missing", snap([rules, cut], [], pages))
    assert [(f.url, f.measured["number"]) for f in found] == [(rules.url, "禾农发〔2024〕7号")]
    # outside a policy column the page is a document by its title and number too
    loose = page(f"{HOME}art/2024/4/8/tg.html", title=rules.title + "_禾川县人民政府", text=pages[0].text)
    assert [f.url for f in run("interpretation.missing", snap([], [], [loose]))] == [loose.requested_url]
    assert needs_interpretation("关于城东片区临时停水的通告")[0] is False


def test_a_notice_that_regulates_under_a_document_number_is_a_normative_document() -> None:
    """关于(进一步)规范…的通知 with a 文号 sets rules (a 规范性文件 issued as a 通知) and needs an
    interpretation; a 通知 arranging work (关于做好…工作的通知) does not, nor one without a 文号."""
    rules = ListEntry("禾川县农业农村局关于进一步规范农机购置补贴申领程序的通知", doc_url("tz1"), date(2024, 4, 9))
    work = ListEntry("禾川县农业农村局关于做好春耕备耕工作的通知", doc_url("tz2"), date(2024, 4, 9))
    pages = [
        page(rules.url, title=rules.title,
             text="发布时间：2024-04-09\n文号：禾农发〔2024〕9号\n为规范农机购置补贴申领，现就有关事项通知如下：一、申领材料……"),
        page(work.url, title=work.title,
             text="发布时间：2024-04-09\n文号：禾农发〔2024〕10号\n各乡镇：当前正值春耕备耕关键时期，请做好以下工作……"),
    ]
    found = run("interpretation.missing", snap([rules, work], [], pages))
    assert [(f.url, f.measured["number"]) for f in found] == [(rules.url, "禾农发〔2024〕9号")]
    assert needs_interpretation(rules.title, "禾农发〔2024〕9号")[0] is True
    assert needs_interpretation(rules.title)[0] is False  # no 文号: not shown to be a 规范性文件
    assert needs_interpretation("关于规范2024年清明节放假安排的通知", "禾农发〔2024〕8号")[0] is False


def test_a_title_suffixed_with_the_departments_disclosure_section_is_still_normative() -> None:
    """A department's pages titled “…的通知｜X局政务公开” (the name of its disclosure section after
    the separator): the suffix comes off, so a normative title with a 文号 is a document."""
    p = page(f"{HOME}gk/wj/2024/0402/77.html",
             title="枫溪县林业局关于印发《枫溪县林下经济扶持资金管理办法》的通知｜枫溪县林业局信息公开专栏",
             text="文号\t枫林发〔2024〕4号\t发布日期\t2024-04-02\n各林业站：现将《办法》印发给你们……")
    found = run("interpretation.missing", snap([], [], [p]))
    assert [(f.url, f.measured["number"]) for f in found] == [(p.requested_url, "枫林发〔2024〕4号")]
    assert clean_title("关于公布2024年度护林员名单的公示_枫溪县林业局政务公开") == "关于公布2024年度护林员名单的公示"
