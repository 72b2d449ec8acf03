"""SITES.yaml validation: one clear message naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot.config import ConfigError, load_config, parse_config

GOOD = """\
defaults:
  timeout_s: 15
sites:
  - id: xinfeng
    name: 信丰县人民政府网
    url: http://127.0.0.1:8000/
    columns:
      - {name: 工作动态, url: /col/gzdt/, category: news}
"""


def test_minimal_site_needs_only_id_name_url() -> None:
    cfg = parse_config("sites:\n  - {id: a, name: 甲, url: 'http://127.0.0.1:9000'}\n")
    site = cfg.sites[0]
    assert site.url == "http://127.0.0.1:9000/"
    assert site.scope == ["127.0.0.1:9000"]
    assert cfg.defaults.timeout_s == 15 and cfg.defaults.slow_ms == 3000 and cfg.defaults.max_pages == 2000


def test_good_config_resolves_column_urls() -> None:
    cfg = parse_config(GOOD, "S.yaml")
    assert cfg.sites[0].absolute(cfg.sites[0].columns[0].url) == "http://127.0.0.1:8000/col/gzdt/"


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        (GOOD.replace("category: news", "category: newz"), 8, "sites[0](xinfeng).columns[0].category", "news"),
        (GOOD.replace("timeout_s", "timeout"), 2, "defaults.timeout", "not a known setting"),
        (GOOD.replace("id: xinfeng", "id: XinFeng"), 4, "sites[0](XinFeng).id", "[a-z0-9-]+"),
        (GOOD.replace("    url: http://127.0.0.1:8000/\n", ""), 4, "sites[0](xinfeng).url", "required"),
        (GOOD.replace("url: http://127.0.0.1:8000/", "url: ftp://x/"), 6, "sites[0](xinfeng).url", "not an http"),
        (GOOD.replace("timeout_s: 15", "timeout_s: -1"), 2, "defaults.timeout_s", "greater than 0"),
    ],
)
def test_bad_config_names_file_line_and_field(text: str, line: int, field: str, words: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(text, "S.yaml")
    e = info.value
    assert (e.path, e.line, e.field) == ("S.yaml", line, field)
    assert words in str(e)
    assert str(e).startswith(f"S.yaml:{line}: {field}: ")


def test_duplicate_site_ids_and_broken_yaml() -> None:
    twice = "sites:\n  - {id: a, name: x, url: 'http://h/'}\n  - {id: a, name: y, url: 'http://g/'}\n"
    with pytest.raises(ConfigError, match="used twice"):
        parse_config(twice, "S.yaml")
    with pytest.raises(ConfigError) as info:
        parse_config("sites: [\n  - id: a\n", "S.yaml")
    assert "not valid YAML" in str(info.value) and info.value.line is not None


def test_holiday_years_are_checked() -> None:
    text = GOOD + "holidays:\n  2027:\n    off: ['2027-01-01', '2026-02-06..2027-02-14']\n"
    with pytest.raises(ConfigError) as info:
        parse_config(text, "S.yaml")
    assert info.value.field == "holidays.2027.off[1]" and info.value.line == 11


def test_load_config_file_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "missing.yaml")
    bad = tmp_path / "gbk.yaml"
    bad.write_bytes("sites: 信丰".encode("gbk"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(bad)


def test_lexicon_paths_are_resolved_and_checked_at_load(tmp_path: Path) -> None:
    from robot.config import ConfigError, load_config

    (tmp_path / "lex").mkdir()
    (tmp_path / "lex" / "ok.txt").write_text("# 本地词库\n扫黑险恶\t扫黑除恶\tsensitive\n", encoding="utf-8")
    (tmp_path / "lex" / "bad.txt").write_text("扫黑险恶\n", encoding="utf-8")
    cfg_file = tmp_path / "sites.yaml"
    cfg_file.write_text("sites:\n  - id: a\n    name: A\n    url: http://127.0.0.1:1/\n    lexicons: [lex/ok.txt]\n",
                        encoding="utf-8")
    cfg = load_config(cfg_file)
    assert cfg.sites[0].lexicons == [str(tmp_path / "lex" / "ok.txt")]
    cfg_file.write_text("sites:\n  - id: a\n    name: A\n    url: http://127.0.0.1:1/\n    lexicons:\n"
                        "      - lex/bad.txt\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(cfg_file)
    assert ":6:" in str(e.value) and "bad.txt, line 1" in str(e.value)
