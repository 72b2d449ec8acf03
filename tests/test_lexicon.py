"""The lexicon (Aho-Corasick, file format, suppression) and the text.typo / text.sensitive rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import robot.rules.text  # noqa: F401  registers the text rules
from robot.content.attachments import attachment_text
from robot.content.lexicon import Automaton, Lexicon, LexiconError, parse_lines, read_file, site_lexicon
from robot.content.privacy import find_id_numbers, find_mobiles
from robot.findings import Mark
from robot.snapshots import AttachmentText, PageSnapshot
from robot.testing import HOME, link, page, run_rule, site_config, snapshot

NEWS = "http://127.0.0.1:8000/col/gzdt/202404/t20240408_1.html"
FIXTURES = Path(__file__).parent / "fixtures" / "content"


def fixture_page(name: str, url: str) -> PageSnapshot:
    """A fixture page's title and innerText (a table row a line, spaces folded as dom.js does)."""
    html = (FIXTURES / name).read_text("utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    text, error = attachment_text(html.encode("utf-8"), "page.html")
    assert not error
    return page(url, title=title.group(1).strip() if title else "", text=re.sub(r"[ \t\u3000]+", " ", text), depth=1)


# --- the automaton ------------------------------------------------------------------------------


def test_automaton_finds_every_occurrence_overlaps_included() -> None:
    words = ["he", "she", "his", "hers", "中华人民共合国", "共合国", "人民"]
    automaton = Automaton(words)
    text = "ushers 中华人民共合国 人民共合国"
    found = sorted((start, words[w]) for start, w in automaton.iter(text))
    brute = sorted((i, w) for w in words for i in range(len(text)) if text.startswith(w, i))
    assert found == brute


def test_automaton_matches_brute_force_on_random_text() -> None:
    import random

    rng = random.Random(3)
    alphabet = "abc中华国"
    words = list({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(60)})
    automaton = Automaton(words)
    for _ in range(20):
        text = "".join(rng.choice(alphabet + "xyz，") for _ in range(300))
        found = sorted((s, words[w]) for s, w in automaton.iter(text))
        brute = sorted((i, w) for w in words for i in range(len(text)) if text.startswith(w, i))
        assert found == brute


# --- the file format ----------------------------------------------------------------------------


def test_format_comments_blank_lines_and_empty_right(tmp_path: Path) -> None:
    f = tmp_path / "extra.txt"
    f.write_text("\ufeff# 本单位词库\n\n信丰县攻府\t信丰县人民政府\tsensitive  # 攻府\n某禁用词\t\tsensitive\n"
                 "必需\t必须\ttypo\n必需品\t\tok\n", encoding="utf-8")
    entries = read_file(f)
    assert [(e.wrong, e.right, e.kind) for e in entries] == [
        ("信丰县攻府", "信丰县人民政府", "sensitive"), ("某禁用词", "", "sensitive"),
        ("必需", "必须", "typo"), ("必需品", "", "ok")]
    assert entries[0].source == f"{f}:3"


@pytest.mark.parametrize("line,problem", [
    ("攻府 政府 sensitive", "separate the fields with tabs"),
    ("攻府\t政府", "expected 3 tab-separated fields"),
    ("攻府\t政府\ttypo\textra", "found 4"),
    ("攻府\t政府\terror", "unknown kind 'error'"),
    ("\t政府\ttypo", "the wrong word (first field) is empty"),
    ("政府\t政府\ttypo", "given as its own correction"),
])
def test_bad_lines_name_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    f = tmp_path / "lexicons" / "extra.txt"
    f.parent.mkdir()
    f.write_text(f"# header\n正确\t\tok\n{line}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        Lexicon.load([f])
    assert e.value.path == str(f) and e.value.line == 3
    assert str(e.value).startswith(f"{f}, line 3: ") and problem in str(e.value)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read the lexicon file"):
        Lexicon.load([tmp_path / "missing.txt"])
    f = tmp_path / "gbk.txt"
    f.write_bytes("# 注释\n攻府\t政府\ttypo\n".encode("gbk"))
    with pytest.raises(LexiconError, match=r"line 1: not UTF-8"):
        read_file(f)


# --- scanning and suppression ------------------------------------------------------------------


def test_no_hit_inside_a_correct_longer_word() -> None:
    lexicon = Lexicon(parse_lines(["必需\t必须\ttypo", "必需品\t\tok"], "t"))
    hits = lexicon.scan("生活必需品供应充足，我们必需加强监管。必需品价格稳定。")
    assert [(h.wrong, h.right, h.start) for h in hits] == [("必需", "必须", 12)]
    assert hits[0].context == "必需品供应充足，我们必需加强监管。必需品价格"


def test_a_longer_wrong_word_hides_the_shorter_inside_it() -> None:
    lexicon = Lexicon(parse_lines(["共合国\t共和国\ttypo", "中华人民共合国\t中华人民共和国\tsensitive"], "t"))
    hits = lexicon.scan("中华人民共合国 与 共合国")
    assert [(h.wrong, h.kind) for h in hits] == [("中华人民共合国", "sensitive"), ("共合国", "typo")]


def test_a_site_file_can_silence_or_change_a_default_entry(tmp_path: Path) -> None:
    f = tmp_path / "site.txt"
    f.write_text("内蒙\t\tok\n扫黑险恶\t扫黑除恶\ttypo\n", encoding="utf-8")
    lexicon = Lexicon.default().with_files([f])
    hits = lexicon.scan("内蒙地区开展扫黑险恶工作")
    assert [(h.wrong, h.kind) for h in hits] == [("扫黑险恶", "typo")]
    assert [(h.wrong, h.kind) for h in Lexicon.default().scan("内蒙地区开展扫黑险恶工作")] == [
        ("内蒙", "typo"), ("扫黑险恶", "sensitive")]


def test_default_lexicon_real_cases_and_exceptions() -> None:
    lexicon = Lexicon.default()
    assert len(lexicon) > 300
    text = ("中华人民共合国 扫黑险恶 以习近平总书记为核心的党中央 既往不究 人民检查院 北朝鲜 "
            "东北朝鲜族 内蒙古 自己经常 全部份额")
    found = {h.wrong: (h.right, h.kind) for h in lexicon.scan(text)}
    assert found == {
        "中华人民共合国": ("中华人民共和国", "sensitive"), "扫黑险恶": ("扫黑除恶", "sensitive"),
        "以习近平总书记为核心的党中央": ("以习近平同志为核心的党中央", "sensitive"),
        "既往不究": ("既往不咎", "typo"), "人民检查院": ("人民检察院", "sensitive"), "北朝鲜": ("朝鲜", "sensitive"),
    }


def test_default_lexicon_is_quiet_on_correct_government_text() -> None:
    clean = fixture_page("news_clean.html", NEWS)
    assert Lexicon.default().scan(clean.title) == [] and Lexicon.default().scan(clean.text) == []
    plan = ("各乡（镇）、各部门要认真落实“三审三校”制度，加强信息发布审核，严把保密关。截至2024年3月底，"
            "全市政府网站和政务新媒体共发布信息12万条，答复网民留言1.2万件，办结率99.90%。要坚持以习近平同志为核心的"
            "党中央集中统一领导，不忘初心、牢记使命，统筹推进乡村振兴、营商环境优化和供给侧结构性改革，"
            "叫做为人民服务，立即然后整改，在次日上午，一己经验。")
    assert Lexicon.default().scan(plan) == []


def test_site_lexicon_is_cached_and_resolves_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "extra.txt").write_text("信丰县攻府\t信丰县人民政府\tsensitive\n", encoding="utf-8")
    first = site_lexicon(["lexicons/extra.txt"], tmp_path)
    assert site_lexicon(["lexicons/extra.txt"], tmp_path) is first
    assert [h.wrong for h in first.scan("信丰县攻府办公室")] == ["信丰县攻府"]
    assert site_lexicon([]) is Lexicon.default()


# --- the rules --------------------------------------------------------------------------------------


def test_typos_and_sensitive_expressions_on_a_page() -> None:
    snap = snapshot([page(HOME), fixture_page("news_typos.html", NEWS)])
    sensitive = run_rule("text.sensitive", snap)
    assert {f.target: f.measured["count"] for f in sensitive} == {
        "扫黑险恶": 2, "新时代中国特色社会主意": 1, "中华人民共合国": 1}  # the title counts too
    f = next(f for f in sensitive if f.target == "扫黑险恶")
    assert f.severity.value == "high" and f.url == NEWS and f.mark == Mark(full_page=True, text=("扫黑险恶",))
    assert f.message.startswith("页面出现严重表述错误「扫黑险恶」，应为「扫黑除恶」")
    assert f.measured["right"] == "扫黑除恶" and f.measured["entry"].startswith("robot/data/lexicon.txt:")
    typos = run_rule("text.typo", snap)
    assert sorted(str(f.target) for f in typos) == ["再接再励", "安排布署", "截止目前", "按步就班", "消费卷"]
    assert all(f.severity.value == "medium" and "错别字" in f.message for f in typos)


def test_clean_page_gives_nothing() -> None:
    snap = snapshot([fixture_page("news_clean.html", NEWS)])
    assert run_rule("text.typo", snap) == [] and run_rule("text.sensitive", snap) == []


def test_template_text_is_one_finding() -> None:
    footer = "主办单位：演示县人民攻府办公室 网站标识码：3607220001"
    pages = [page(f"http://127.0.0.1:8000/p{i}.html", text=f"第{i}篇正文。\n{footer}", depth=1) for i in range(5)]
    findings = run_rule("text.sensitive", snapshot(pages))
    assert len(findings) == 1
    f = findings[0]
    assert f.url == "http://127.0.0.1:8000/p0.html" and f.measured["template"] is True
    assert f.measured["seen_on"] == 5 and len(f.measured["other_pages"]) == 4


def test_site_lexicon_files_add_entries(tmp_path: Path) -> None:
    (tmp_path / "extra.txt").write_text("演示县攻府\t演示县人民政府\tsensitive\n新词错\t新词对\ttypo\n", encoding="utf-8")
    snap = snapshot([page(NEWS, text="演示县攻府发布通知，新词错。")])
    site = site_config(lexicons=[str(tmp_path / "extra.txt")])
    assert [f.target for f in run_rule("text.sensitive", snap, site)] == ["演示县攻府"]
    assert [f.target for f in run_rule("text.typo", snap, site)] == ["新词错"]
    rel = site_config(lexicons=["extra.txt"])
    assert [f.target for f in run_rule("text.typo", snap, rel, base_dir=str(tmp_path))] == ["新词错"]


def test_bad_site_lexicon_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("攻府 政府 typo\n", encoding="utf-8")
    site = site_config(lexicons=[str(tmp_path / "bad.txt")])
    with pytest.raises(LexiconError, match=r"bad.txt, line 1"):
        run_rule("text.typo", snapshot([page(NEWS, text="正文")]), site)


def test_attachments_are_scanned_and_contexts_masked() -> None:
    url = "http://127.0.0.1:8000/col/tzgg/P0202404_名单.docx"
    att = AttachmentText(url=url, found_on=NEWS, link_text="表彰名单.docx",
                         text="联系人：张三 13812345678，扫黑险恶先进个人名单")
    listing = page(NEWS, text="附件：表彰名单.docx", links=(link(url, "表彰名单.docx"),))
    findings = run_rule("text.sensitive", snapshot([listing], attachments=[att]))
    assert len(findings) == 1
    f = findings[0]
    assert f.url == NEWS and f.target == f"扫黑险恶 @ {url}" and f.measured["attachment"] == url
    assert f.mark is not None and f.mark.selector == "a"
    blob = json.dumps({"m": f.message, "t": f.target, "x": dict(f.measured)}, ensure_ascii=False)
    assert "138****5678" in blob and not find_mobiles(blob, personal=False) and not find_id_numbers(blob)


# --- patterns (re: entries) ---------------------------------------------------------------------


@pytest.mark.parametrize("sentence, wrong, right", [
    ("全县掀起学习贯彻党的二十大三中全会精神热潮。", "二十大三中全会", "二十届三中全会"),
    ("认真学习十九大四中全会通过的决定。", "十九大四中全会", "十九届四中全会"),
    ("自十八大五中全会提出新发展理念以来，", "十八大五中全会", "十八届五中全会"),
    ("党的二十一大二中全会", "二十一大二中全会", "二十一届二中全会"),
    ("十九大第四次全体会议审议通过", "十九大第四次全体会议", "十九届中央委员会第四次全体会议"),
    ("热烈庆祝中国共产党第二十届全国代表大会胜利召开", "第二十届全国代表大会", "第二十次全国代表大会"),
    ("编制第十四五年规划纲要", "第十四五年规划", "第十四个五年规划"),
    ("十五五年规划编制工作启动", "十五五年规划", "第十五个五年规划"),
    ("“14五”时期全县经济稳步增长", "14五", "十四五"),
    ("国家主席、中共中央总书记习近平发表重要讲话", "国家主席、中共中央总书记", "中共中央总书记、国家主席、中央军委主席"),
    ("中央军委主席、国家主席习近平", "中央军委主席、国家主席", "中共中央总书记、国家主席、中央军委主席"),
    ("深刻领悟“两个确力”的决定性意义", "两个确力", "两个确立"),
    ("坚决做到“两个唯护”", "两个唯护", "两个维护"),
    ("以习近平为核心的党中央", "以习近平为核心的党中央", "以习近平同志为核心的党中央"),
    ("中央中共总书记", "中央中共总书记", "中共中央总书记"),
])
def test_patterns_catch_political_expression_errors(sentence: str, wrong: str, right: str) -> None:
    hits = Lexicon.default().scan(sentence)
    assert [(h.wrong, h.right, h.kind) for h in hits] == [(wrong, right, "sensitive")]
    assert sentence[hits[0].start:hits[0].end] == wrong and hits[0].source.startswith("robot/data/lexicon.txt:")


@pytest.mark.parametrize("sentence", [
    "深入学习贯彻党的二十大和二十届二中、三中全会精神。",
    "学习贯彻党的二十大、二十届三中全会精神，",
    "党的十九届四中全会审议通过了《决定》。",
    "十八届五中全会提出创新、协调、绿色、开放、共享的新发展理念。",
    "党的二十届中央委员会第三次全体会议",
    "中国共产党第二十次全国代表大会、第十四届全国人民代表大会第二次会议",
    "共青团第十九次全国代表大会",
    "国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
    "“十四五”规划、‘十四五’时期、十四五期间、“十五五”规划编制",
    "未来二十五年规划建设的重点，2014五月份数据",
    "中共中央总书记、国家主席、中央军委主席习近平",
    "国家主席习近平、国务院总理李强",
    "深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。",
    "两个围护结构的施工",
    "以习近平同志为核心的党中央",
])
def test_patterns_are_quiet_on_correct_text(sentence: str) -> None:
    assert Lexicon.default().scan(sentence) == []


def test_pattern_lines_in_a_site_file(tmp_path: Path) -> None:
    f = tmp_path / "site.txt"
    f.write_text("re:演示县(?:攻|功)府\t演示县人民政府\tsensitive\nre:(\\d+)号文间\t\\1号文件\ttypo\n"
                 "re:演示县功府办\t\tok\n", encoding="utf-8")
    lexicon = Lexicon.default().with_files([f])
    hits = lexicon.scan("演示县攻府印发3号文间；演示县功府办。")
    assert [(h.wrong, h.right, h.kind, h.start) for h in hits] == [
        ("演示县攻府", "演示县人民政府", "sensitive", 0), ("3号文间", "3号文件", "typo", 7)]
    # a fixed wrong word and a pattern hit overlapping: the longer wins, one finding
    assert [h.wrong for h in lexicon.scan("演示县攻府办")] == ["演示县攻府"]


def test_pattern_rule_finding() -> None:
    snap = snapshot([page(NEWS, title="学习十九大四中全会精神", text="全县学习十九大四中全会精神。十九大四中全会……")])
    (f,) = run_rule("text.sensitive", snap)
    assert f.target == "十九大四中全会" and f.measured["count"] == 3
    assert f.message.startswith("页面出现严重表述错误「十九大四中全会」，应为「十九届四中全会」")


@pytest.mark.parametrize("line, problem", [
    ("re:(十九大\t十九届\tsensitive", "does not compile"),
    ("re:a*\t\tsensitive", "matches the empty string"),
    ("re:(十九)大\t\\2届\tsensitive", "refers to a group the pattern lacks"),
])
def test_bad_pattern_lines(tmp_path: Path, line: str, problem: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_text(f"正确\t\tok\n{line}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        Lexicon.load([f])
    assert e.value.line == 2 and problem in str(e.value)


def test_doubled_short_names_of_congresses_and_forbidden_country_names() -> None:
    from robot.content.lexicon import site_lexicon

    lex = site_lexicon(())

    def hits(text: str) -> list[tuple[str, str]]:
        return [(h.wrong, h.right) for h in lex.scan(text)]

    assert hits("出席十三届全国人大代表大会第二次会议的代表") == [("全国人大代表大会", "全国人民代表大会")]
    assert hits("市第九届人大代表大会第一次会议闭幕") == [("人大代表大会", "人民代表大会")]
    assert hits("省十四届人大代表大会开幕") == [("人大代表大会", "人民代表大会")]
    assert hits("与南朝鲜企业洽谈合作") == [("南朝鲜", "韩国")]
    # right: the full name, the short name with its session, and 人大代表 | 大会 as two words
    assert hits("十四届全国人民代表大会第二次会议；十四届全国人大二次会议；各位人大代表大会发言踊跃") == []


def test_a_pattern_is_tried_only_on_text_holding_its_plain_part() -> None:
    """A pattern entry's plain run of characters must be in every match: the prefilter may skip a
    page only when the pattern cannot match there (alternatives at the top level have none)."""
    from robot.content.lexicon import _required

    assert _required("re:部暑(?![期假])") == "部暑"
    assert _required("re:(?<=届)(全国|[省市县区])?人大代表大会") == "人大代表大会"
    assert _required("re:国家主席[、，]中共中央总书记|中央军委主席[、，]国家主席") == ""
