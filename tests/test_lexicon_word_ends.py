"""Where a lexicon word ends, and which page a wrong word in a linked title belongs to.

Invented place names: a township 青枫乡 that became 青枫镇 and a county 白湾县 miswritten 白湾市 (a
site's lexicon lists the old and wrong names). The entry's error is its last character; where that
character begins the next word (青枫 + 乡村旅游, 白湾 + 市场监督管理局) the text is right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from robot.content.lexicon import Lexicon, parse_lines
from robot.testing import link, page, run_rule, site_config, snapshot

SITE_LINES = ["青枫乡\t青枫镇\ttypo", "白湾市\t白湾县\tsensitive", "樟溪乡\t樟溪镇\ttypo"]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(list(Lexicon.default().entries.values()) + parse_lines(SITE_LINES, "site.txt"))


def words(lex: Lexicon, text: str) -> list[str]:
    return [h.wrong for h in lex.scan(text)]


@pytest.mark.parametrize("text", [
    "青枫乡村旅游节在茶博园开幕。",        # 青枫 + 乡村旅游
    "全面推进青枫乡村振兴示范片建设。",    # 青枫 + 乡村振兴
    "樟溪乡镇企业服务站挂牌运行。",        # 樟溪 + 乡镇企业
    "白湾市场监督管理局开展食品抽检。",    # 白湾 + 市场监督管理局
    "白湾市民服务中心延时办公。",          # 白湾 + 市民服务中心
])
def test_a_last_character_that_begins_the_next_word_is_no_error(lexicon: Lexicon, text: str) -> None:
    assert words(lexicon, text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("青枫乡人民政府召开专题会议。", "青枫乡"),
    ("督导组赴青枫乡、樟溪镇检查秋冬种。", "青枫乡"),
    ("白湾市人民政府办公室关于印发方案的通知", "白湾市"),
    ("青枫乡村民委员会换届选举顺利完成。", "青枫乡"),  # 青枫乡 + 村民委员会 reads as well: the hit stays
    ("樟溪乡", "樟溪乡"),
])
def test_the_old_name_is_still_found(lexicon: Lexicon, text: str, wrong: str) -> None:
    assert words(lexicon, text) == [wrong]


def test_entries_whose_head_is_wrong_are_not_cut() -> None:
    """中华人民共合国 before 家 (国家) is still wrong: its error is not in its last character."""
    lex = Lexicon.default()
    assert words(lex, "依据中华人民共合国家庭教育促进法") == ["中华人民共合国"]


def test_a_wrong_word_in_a_linked_title_is_the_articles(tmp_path: Path) -> None:
    """A list page shows an article's title with the old name: one finding, on the article."""
    lexfile = tmp_path / "site.txt"
    lexfile.write_text("\n".join(SITE_LINES) + "\n", "utf-8")
    site = site_config(lexicons=[str(lexfile)])
    art = "http://127.0.0.1:8000/news/2031.html"
    title = "青枫乡召开冬春农田水利建设动员会"
    article = page(art, depth=2, title=title, text=f"{title}\n11月20日，青枫乡召开动员会，部署冬春农田水利建设。")
    listing = page("http://127.0.0.1:8000/news/", depth=1, title="乡镇动态",
                   text=f"乡镇动态\n{title} 2025-11-21\n樟溪镇开展森林防火演练 2025-11-19",
                   links=(link(art, title), link("http://127.0.0.1:8000/news/2030.html", "樟溪镇开展森林防火演练")))
    got = run_rule("text.typo", snapshot([listing, article]), site)
    assert [(f.url, f.target) for f in got] == [(art, "青枫乡")]
    # the article not inspected this run (page limit): the list page is where it is seen
    alone = run_rule("text.typo", snapshot([listing]), site)
    assert [(f.url, f.target) for f in alone] == [(listing.requested_url, "青枫乡")]
    # a list that also names the word outside the link keeps its own finding
    own = page("http://127.0.0.1:8000/news/", depth=1, title="乡镇动态",
               text=f"乡镇动态 青枫乡专栏\n{title} 2025-11-21", links=(link(art, title),))
    got = run_rule("text.typo", snapshot([own, article]), site)
    assert sorted(f.url for f in got) == sorted([art, own.requested_url])
